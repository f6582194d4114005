#!/usr/bin/env python3
"""Number agreement on parallel text: how often the values Tarjama reads on an Arabic line are
the values it reads on the English reference of the same line, and the other way round.

    python3 Scripts/number-eval.py [--binary .build/debug/tarjama] [--shared ../shared] [--show N]

For each corpus in shared/ref/parallel (NTREX dev, UN dev) it runs `tarjama numbers --format
jsonl` on the Arabic side and `tarjama numbers --english` on the English side, maps the UTF-16
offsets back to lines, and prints per corpus:
  arabic confirmed   share of Arabic numbers whose value is among the English line's values
  english found      share of English numbers whose value Tarjama read on the Arabic line
  out of range       numbers too large to take a value (reported, never a crash)
References paraphrase (a dual for "two", "a third" for 33%), so neither share is a true
precision or recall; read the misses with --show.

Then the number, money and date suggestions of `tarjama suggest` (with the shipped glossary, no
names): the share *confirmed*, whose rendering or an alternative appears, case-insensitively,
in the English line ("four" for أربع, "$3.6 billion", "15 December 2016"), per type.
"""
import argparse
import collections
import json
import sys

from parallel_eval import add_common_arguments, corpora, run_on_lines

def numbers_by_line(binary, lines, english):
    """The (value, text) pairs Tarjama finds on each line."""
    output, line_of = run_on_lines(binary, ["numbers", "--format", "jsonl"] + (["--english"] if english else []), lines)
    found = [[] for _ in lines]
    for record_line in output:
        record = json.loads(record_line)
        found[line_of(record["start"])].append((record.get("value"), record["text"]))
    return found


def suggestions_by_line(binary, glossary, lines):
    """The number, money and date suggestions Tarjama makes on each line."""
    output, line_of = run_on_lines(binary, ["suggest", "--format", "jsonl", "--no-names", "--glossary", glossary], lines)
    found = [[] for _ in lines]
    for record_line in output:
        for suggestion in json.loads(record_line).get("suggestions", []):
            if suggestion.get("match") in ("number", "date"):
                found[line_of(suggestion["start"])].append(suggestion)
    return found


def tally(found, other, kind, hit, index, counts, misses):
    """Counts the numbers of `found` whose value is among `other`'s (each used once)."""
    values = collections.Counter(value for value, _ in other if value is not None)
    for value, text in found:
        if value is None:
            counts["out of range"] += 1
            continue
        counts[kind] += 1
        if values[value] > 0:
            values[value] -= 1
            counts[hit] += 1
        else:
            misses[kind].append((index + 1, text, value))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_common_arguments(parser, glossary=True)
    arguments = parser.parse_args()
    for name, arabic_lines, english_lines in corpora(arguments.shared, "number-eval"):
        arabic = numbers_by_line(arguments.binary, arabic_lines, english=False)
        english = numbers_by_line(arguments.binary, english_lines, english=True)
        counts = collections.Counter()
        misses = {"arabic": [], "english": []}
        for index, (a, e) in enumerate(zip(arabic, english)):
            tally(a, e, "arabic", "arabic confirmed", index, counts, misses)
            tally(e, a, "english", "english found", index, counts, misses)

        def share(part, whole):
            return f"{counts[part] / counts[whole]:.3f} ({counts[part]}/{counts[whole]})" if counts[whole] else "n/a"

        print(f"{name}: arabic confirmed {share('arabic confirmed', 'arabic')}, "
              f"english found {share('english found', 'english')}, out of range {counts['out of range']}")
        for kind in ("arabic", "english"):
            for line, text, value in misses[kind][: arguments.show]:
                print(f"  {kind} miss, line {line}: {text!r} = {value}")
        total, hits, unconfirmed = collections.Counter(), collections.Counter(), []
        for index, (suggestions, english) in enumerate(zip(suggestions_by_line(arguments.binary, arguments.glossary, arabic_lines), english_lines)):
            for suggestion in suggestions:
                renderings = [suggestion.get("rendering", "")] + list(suggestion.get("alternatives", []))
                ok = any(rendering and rendering.lower() in english.lower() for rendering in renderings)
                for key in ("all", suggestion.get("type", "?")):
                    total[key] += 1
                    hits[key] += ok
                if not ok:
                    unconfirmed.append((index + 1, suggestion))
        print(f"  suggestions confirmed: " + ", ".join(
            f"{key} {hits[key] / total[key]:.3f} ({hits[key]}/{total[key]})" for key in sorted(total)))
        for line, suggestion in unconfirmed[: arguments.show]:
            print(f"  unconfirmed, line {line}: {suggestion['text']!r} -> {suggestion['rendering']!r} ({suggestion.get('type')})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
