#!/usr/bin/env python3
"""Precision of name suggestions on parallel text: how often a person name Tarjama romanises on
an Arabic line is spelled that way in the English reference of the same line.

    python3 Scripts/name-eval.py [--binary .build/debug/tarjama] [--shared ../shared] [--show N]

For each corpus in shared/ref/parallel (NTREX dev, UN dev) it runs `tarjama suggest --format
jsonl` with the shipped glossary on the Arabic side, keeps the suggestions of type person that
the glossary did not make (match "romanised": the name spotter's), maps their UTF-16 offsets back
to lines, and prints per corpus:
  names        how many name suggestions were made
  confirmed    share whose rendering appears, in any case, in the English line
  surname      share confirmed or whose last word appears there ("surname confirmed")
and the confirmed count for each spelling source: dictionary (every word from the name
dictionary or glossary) and romanised (some vowels guessed by the rules).
References paraphrase and drop given names, so neither share is a true precision; read the
unconfirmed ones with --show N. The figures are in-sample: the dictionary and the spotter's
rules were written while reading these corpora's misses.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

CORPORA = {
    "ntrex-dev": ("parallel/ntrex-dev/newstest2019-ref.arb.dev.txt", "parallel/ntrex-dev/newstest2019-src.eng.dev.txt"),
    "un-dev": ("parallel/un-devset/UNv1.0.devset.ar", "parallel/un-devset/UNv1.0.devset.en"),
}


def name_suggestions(binary, glossary, lines):
    """The (line index, Arabic, rendering, match) of every spotted person suggestion."""
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as handle:
        handle.write("\n".join(lines) + "\n")
        path = handle.name
    try:
        command = [binary, "suggest", path, "--format", "jsonl", "--glossary", glossary, "--no-numbers"]
        output = subprocess.run(command, capture_output=True, check=True, text=True).stdout
    finally:
        os.unlink(path)
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line.encode("utf-16-le")) // 2 + 1
    found = []
    for record_line in output.splitlines():
        for suggestion in json.loads(record_line).get("suggestions", []):
            if suggestion.get("type") != "person" or suggestion.get("match") not in ("romanised", "dictionary"):
                continue
            start = suggestion["start"]
            line_index = 0
            low, high = 0, len(starts) - 1
            while low <= high:
                middle = (low + high) // 2
                if starts[middle] <= start:
                    line_index, low = middle, middle + 1
                else:
                    high = middle - 1
            found.append((line_index, suggestion["source"], suggestion["rendering"], suggestion["match"]))
    return found


def appears(text, line):
    """Whether `text` appears in `line` as whole words, in any case."""
    return re.search(r"(?<!\w)" + re.escape(text.lower()) + r"(?!\w)", line.lower()) is not None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser.add_argument("--binary", default=os.path.join(root, ".build/debug/tarjama"))
    parser.add_argument("--glossary", default=os.path.join(root, "Glossaries"))
    parser.add_argument("--shared", default=os.environ.get("TARJAMA_SHARED", os.path.join(os.path.dirname(root), "shared")))
    parser.add_argument("--show", type=int, default=0, help="print this many unconfirmed suggestions per corpus")
    arguments = parser.parse_args()
    reference = os.path.join(arguments.shared, "ref")
    if not os.path.isdir(reference):
        print(f"name-eval: {reference} is absent; nothing to measure", file=sys.stderr)
        return 0
    for name, (arabic_path, english_path) in CORPORA.items():
        with open(os.path.join(reference, arabic_path), encoding="utf-8") as handle:
            arabic_lines = handle.read().split("\n")[:-1]
        with open(os.path.join(reference, english_path), encoding="utf-8") as handle:
            english_lines = handle.read().split("\n")[:-1]
        counts = collections.Counter()
        unconfirmed = []
        for line_index, arabic, rendering, match in name_suggestions(arguments.binary, arguments.glossary, arabic_lines):
            english = english_lines[line_index] if line_index < len(english_lines) else ""
            counts["names"] += 1
            counts[match] += 1
            if appears(rendering, english):
                counts["confirmed"] += 1
                counts["surname"] += 1
                counts[match + " confirmed"] += 1
            elif rendering.split() and appears(rendering.split()[-1], english):
                counts["surname"] += 1
                unconfirmed.append((line_index + 1, arabic, rendering, "surname confirmed"))
            else:
                unconfirmed.append((line_index + 1, arabic, rendering, "unconfirmed"))

        def share(part):
            return f"{counts[part] / counts['names']:.3f} ({counts[part]}/{counts['names']})" if counts["names"] else "n/a"

        by_match = ", ".join(f"{match} {counts[match + ' confirmed']}/{counts[match]}" for match in ("dictionary", "romanised") if counts[match])
        print(f"{name}: names {counts['names']}, confirmed {share('confirmed')}, surname confirmed {share('surname')}"
              + (f" (confirmed by spelling source: {by_match})" if by_match else ""))
        for line, arabic, rendering, kind in unconfirmed[: arguments.show]:
            print(f"  {kind}, line {line}: {arabic} -> {rendering!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
