#!/usr/bin/env python3
"""translate-toolkit's tmxfile on the units of the Formats benchmark, for comparison.

  python3 Benchmarks/Scripts/translate_toolkit_tmx.py write 100000 OUT.tmx
  python3 Benchmarks/Scripts/translate_toolkit_tmx.py read IN.tmx

Units are built exactly as Benchmarks/Formats builds them: line i (cycled) of the shared
NTREX + UN development files, tuid bench:<i>, the same creationdate, props x-score and x-bead
(tmxunit has no setter for these, so they go in through lxml, before the tuvs as the DTD orders).
The file it writes is the one Tarjama's benchmark writes but for white space and attribute
order, so `read` can time either file. Run write and read as separate processes: each prints
units/s and the process's peak resident memory.
"""
import os
import resource
import sys
import time

from lxml import etree
from translate.storage import tmx

SHARED = os.environ.get("TARJAMA_SHARED") or os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared")
FILES = {
    "ar": ["ref/parallel/ntrex-dev/newstest2019-ref.arb.dev.txt", "ref/parallel/un-devset/UNv1.0.devset.ar"],
    "en": ["ref/parallel/ntrex-dev/newstest2019-src.eng.dev.txt", "ref/parallel/un-devset/UNv1.0.devset.en"],
}


def lines(language):
    result = []
    for name in FILES[language]:
        with open(os.path.join(SHARED, name), encoding="utf-8", newline="") as handle:
            # Swift's split(whereSeparator: \.isNewline) treats CRLF as one separator.
            result += [line for line in handle.read().replace("\r\n", "\n").split("\n") if line]
    return result


def peak_megabytes():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def add_properties(unit, index):
    # tmxunit.setid is the base class's no-op: tuid is set on the element.
    unit.xmlelement.set("tuid", f"bench:{index + 1}")
    unit.xmlelement.set("creationdate", "20161124T150640Z")
    first_tuv = unit.xmlelement.find(unit.namespaced("tuv"))
    for kind, value in (("x-score", f"{index % 100 / 100:g}"), ("x-bead", "1-1")):
        prop = etree.Element(unit.namespaced("prop"))
        prop.set("type", kind)
        prop.text = value
        first_tuv.addprevious(prop)


def write(count, path):
    arabic, english = lines("ar"), lines("en")
    start = time.perf_counter()
    store = tmx.tmxfile(sourcelanguage="ar", targetlanguage="en")
    for index in range(count):
        line = index % len(arabic)
        unit = store.addsourceunit(arabic[line])
        unit.target = english[line]
        add_properties(unit, index)
    with open(path, "wb") as handle:
        store.serialize(handle)
    elapsed = time.perf_counter() - start
    print(f"translate-toolkit tmxfile write {count} units: {elapsed:.2f} s, {count / elapsed:,.0f} units/s, "
          f"peak RSS {peak_megabytes():.0f} MB")


def read(path):
    start = time.perf_counter()
    with open(path, "rb") as handle:
        store = tmx.tmxfile(inputfile=handle)
    characters = 0
    for unit in store.units:
        characters += len(unit.target or "")
    count = len(store.units)
    elapsed = time.perf_counter() - start
    print(f"translate-toolkit tmxfile read {count} units: {elapsed:.2f} s, {count / elapsed:,.0f} units/s, "
          f"peak RSS {peak_megabytes():.0f} MB")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "write":
        write(int(sys.argv[2]), sys.argv[3])
    elif len(sys.argv) == 3 and sys.argv[1] == "read":
        read(sys.argv[2])
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(64)
