#!/usr/bin/env python3
"""Checks that translate-toolkit and Tarjama read each other's TMX and XLIFF.

  translate-toolkit-interop.py read  KIND FILE EXPECTED.jsonl   translate-toolkit reads FILE (written by
                                                                  Tarjama); exit 0 when it finds the same
                                                                  number of units with the same texts as
                                                                  the bilingual JSONL EXPECTED.
  translate-toolkit-interop.py write KIND INPUT.jsonl OUTPUT     translate-toolkit writes INPUT's pairs as
                                                                  KIND, for Tarjama to read back.

KIND is tmx, xliff (1.2) or xliff2. Exit 2 when translate-toolkit is not installed
(pip install translate-toolkit).
"""
import json
import sys

try:
    from translate.storage import tmx, xliff, xliff2
except ImportError as error:  # the caller skips with this reason
    print(f"translate-toolkit is not importable: {error}", file=sys.stderr)
    sys.exit(2)

STORES = {
    "tmx": lambda **kw: tmx.tmxfile(**kw),
    "xliff": lambda **kw: xliff.xlifffile(**kw),
    "xliff2": lambda **kw: xliff2.Xliff2File(**kw),
}


def pairs(path):
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def read(kind, path, expected_path):
    with open(path, "rb") as handle:
        store = STORES[kind](inputfile=handle)
    units = [unit for unit in store.units if not unit.isheader()]
    expected = pairs(expected_path)
    problems = []
    if len(units) != len(expected):
        problems.append(f"{len(units)} units, expected {len(expected)}")
    for index, (unit, record) in enumerate(zip(units, expected), start=1):
        if str(unit.source) != record["source"]:
            problems.append(f"unit {index}: source differs")
        if str(unit.target or "") != record.get("target", ""):
            problems.append(f"unit {index}: target differs")
    for problem in problems[:10]:
        print(f"{path}: {problem}", file=sys.stderr)
    print(f"translate-toolkit read {len(units)} units from {path}")
    return 1 if problems else 0


def write(kind, input_path, output_path):
    records = pairs(input_path)
    source = records[0].get("sourceLang", "ar") if records else "ar"
    target = records[0].get("targetLang", "en") if records else "en"
    store = STORES[kind](sourcelanguage=source, targetlanguage=target)
    for record in records:
        unit = store.addsourceunit(record["source"])
        unit.target = record.get("target", "")
        if kind != "tmx":
            unit.setid(record["id"].replace(":", "_"))
    with open(output_path, "wb") as handle:
        store.serialize(handle)
    print(f"translate-toolkit wrote {len(records)} units to {output_path}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 5 or sys.argv[1] not in ("read", "write") or sys.argv[2] not in STORES:
        print(__doc__, file=sys.stderr)
        sys.exit(64)
    command, kind, first, second = sys.argv[1:]
    sys.exit(read(kind, first, second) if command == "read" else write(kind, first, second))
