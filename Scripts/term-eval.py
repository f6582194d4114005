#!/usr/bin/env python3
"""Glossary term suggestions on parallel text: how often a suggestion's rendering is in the
English reference of the same line.

    python3 Scripts/term-eval.py [--binary .build/debug/tarjama] [--shared ../shared]
                                 [--glossary Glossaries] [--show N]

For each corpus in shared/ref/parallel (NTREX dev, UN dev) it runs `tarjama suggest --format
jsonl --no-names --no-numbers` with the shipped glossary on the Arabic side, maps the UTF-16
offsets back to lines, and prints per corpus the count of glossary suggestions and the share
*confirmed*: the rendering or one of its alternatives appears, case-insensitively, in the
English line. Then the same per match kind (exact, clitic, contracted, plural, ...) and per
entry type. References paraphrase ("the fighting" for وقف إطلاق النار is not a miss of the
matcher), so the share is no true precision; read the unconfirmed ones with --show N.
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

CORPORA = {
    "ntrex-dev": ("parallel/ntrex-dev/newstest2019-ref.arb.dev.txt", "parallel/ntrex-dev/newstest2019-src.eng.dev.txt"),
    "un-dev": ("parallel/un-devset/UNv1.0.devset.ar", "parallel/un-devset/UNv1.0.devset.en"),
}


def suggestions_by_line(binary, glossary, lines):
    """The glossary suggestions Tarjama makes on each line."""
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as handle:
        handle.write("\n".join(lines) + "\n")
        path = handle.name
    try:
        command = [binary, "suggest", path, "--format", "jsonl", "--no-names", "--no-numbers", "--glossary", glossary]
        output = subprocess.run(command, capture_output=True, check=True, text=True).stdout
    finally:
        os.unlink(path)
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line.encode("utf-16-le")) // 2 + 1
    found = [[] for _ in lines]
    line_index = 0
    for record_line in output.splitlines():
        record = json.loads(record_line)
        for suggestion in record.get("suggestions", []):
            if suggestion.get("match") in ("number", "romanised"):
                continue
            while line_index + 1 < len(starts) and starts[line_index + 1] <= suggestion["start"]:
                line_index += 1
            found[line_index].append(suggestion)
    return found


def confirmed(suggestion, english):
    lowered = english.lower()
    renderings = [suggestion.get("rendering", "")] + list(suggestion.get("alternatives", []))
    return any(rendering and rendering.lower() in lowered for rendering in renderings)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser.add_argument("--binary", default=os.path.join(root, ".build/debug/tarjama"))
    parser.add_argument("--shared", default=os.environ.get("TARJAMA_SHARED", os.path.join(os.path.dirname(root), "shared")))
    parser.add_argument("--glossary", default=os.path.join(root, "Glossaries"))
    parser.add_argument("--show", type=int, default=0, help="print this many unconfirmed suggestions per corpus")
    arguments = parser.parse_args()
    reference = os.path.join(arguments.shared, "ref")
    if not os.path.isdir(reference):
        print(f"term-eval: {reference} is absent; nothing to measure", file=sys.stderr)
        return 0
    for name, (arabic_path, english_path) in CORPORA.items():
        with open(os.path.join(reference, arabic_path), encoding="utf-8") as handle:
            arabic_lines = handle.read().split("\n")[:-1]
        with open(os.path.join(reference, english_path), encoding="utf-8") as handle:
            english_lines = handle.read().split("\n")[:-1]
        found = suggestions_by_line(arguments.binary, arguments.glossary, arabic_lines)
        total, hits = collections.Counter(), collections.Counter()
        unconfirmed = []
        for index, (suggestions, english) in enumerate(zip(found, english_lines)):
            for suggestion in suggestions:
                keys = ["all", "match " + suggestion.get("match", "?"), "type " + suggestion.get("type", "?")]
                ok = confirmed(suggestion, english)
                for key in keys:
                    total[key] += 1
                    hits[key] += ok
                if not ok:
                    unconfirmed.append((index + 1, suggestion))

        def share(key):
            return f"{hits[key] / total[key]:.3f} ({hits[key]}/{total[key]})" if total[key] else "n/a"

        print(f"{name}: term suggestions {total['all']}, confirmed {share('all')}")
        print("  " + ", ".join(f"{key} {share(key)}" for key in sorted(total) if key != "all"))
        for line, suggestion in unconfirmed[: arguments.show]:
            print(f"  unconfirmed, line {line}: {suggestion.get('text', suggestion['source'])!r} "
                  f"-> {suggestion['rendering']!r} ({suggestion.get('match')}, {suggestion.get('type')})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
