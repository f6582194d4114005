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
import sys

from parallel_eval import add_common_arguments, corpora, run_on_lines

def suggestions_by_line(binary, glossary, lines):
    """The glossary suggestions Tarjama makes on each line."""
    output, line_of = run_on_lines(binary, ["suggest", "--format", "jsonl", "--no-names", "--no-numbers", "--glossary", glossary], lines)
    found = [[] for _ in lines]
    for record_line in output:
        for suggestion in json.loads(record_line).get("suggestions", []):
            if suggestion.get("match") in ("number", "date", "dictionary", "guess", "romanised"):  # numbers and the name spotter's, not the glossary's
                continue
            found[line_of(suggestion["start"])].append(suggestion)
    return found


def confirmed(suggestion, english):
    lowered = english.lower()
    renderings = [suggestion.get("rendering", "")] + list(suggestion.get("alternatives", []))
    return any(rendering and rendering.lower() in lowered for rendering in renderings)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_common_arguments(parser, glossary=True)
    arguments = parser.parse_args()
    for name, arabic_lines, english_lines in corpora(arguments.shared, "term-eval"):
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
