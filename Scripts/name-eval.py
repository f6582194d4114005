#!/usr/bin/env python3
"""Precision of name suggestions on parallel text: how often a person name Tarjama romanises on
an Arabic line is spelled that way in the English reference of the same line.

    python3 Scripts/name-eval.py [--binary .build/debug/tarjama] [--shared ../shared] [--show N] [--guesses]

For each corpus in shared/ref/parallel (NTREX dev, UN dev) it runs `tarjama suggest --format
jsonl` with the shipped glossary on the Arabic side, keeps the suggestions of type person that
the glossary did not make (match "dictionary", and "ambiguous" and "guess" with --guesses: the name spotter's),
maps their UTF-16 offsets back to lines, and prints per corpus:
  names        how many name suggestions were made
  confirmed    share whose rendering or an alternative (Steven for Stephen) appears, in any case
               and without accents, in the English line (Kubiš is Kubis in agency copy); in
               brackets, the share confirmed by the rendering itself
  surname      share confirmed or whose last word appears there ("surname confirmed")
and the confirmed count for each spelling source: dictionary (every word from the name
dictionary or glossary) and guess (some vowels guessed by the rules; only with --guesses, which
`tarjama suggest` leaves out by default).
References paraphrase and drop given names, so neither share is a true precision; read the
unconfirmed ones with --show N. The figures are in-sample: the dictionary and the spotter's
rules were written while reading these corpora's misses.
"""
import argparse
import collections
import json
import re
import sys
import unicodedata

from parallel_eval import add_common_arguments, corpora, run_on_lines

def name_suggestions(binary, glossary, lines, guesses=False):
    """The (line index, Arabic, rendering, match, alternatives) of every spotted person suggestion."""
    arguments = ["suggest", "--format", "jsonl", "--glossary", glossary, "--no-numbers"] + (["--guesses"] if guesses else [])
    output, line_of = run_on_lines(binary, arguments, lines)
    found = []
    for record_line in output:
        for suggestion in json.loads(record_line).get("suggestions", []):
            if suggestion.get("type") != "person" or suggestion.get("match") not in ("dictionary", "ambiguous", "guess"):
                continue
            found.append((line_of(suggestion["start"]), suggestion["source"], suggestion["rendering"], suggestion["match"],
                          suggestion.get("alternatives", [])))
    return found


def folded(text):
    """`text` in lower case without accents."""
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))


def appears(text, line):
    """Whether `text` appears in `line` as whole words, in any case, accents ignored."""
    return re.search(r"(?<!\w)" + re.escape(folded(text)) + r"(?!\w)", folded(line)) is not None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_common_arguments(parser, glossary=True)
    parser.add_argument("--guesses", action="store_true", help="also count names with guessed spellings (suggest --guesses)")
    arguments = parser.parse_args()
    for name, arabic_lines, english_lines in corpora(arguments.shared, "name-eval"):
        counts = collections.Counter()
        unconfirmed = []
        for line_index, arabic, rendering, match, alternatives in name_suggestions(arguments.binary, arguments.glossary,
                                                                                  arabic_lines, arguments.guesses):
            english = english_lines[line_index] if line_index < len(english_lines) else ""
            counts["names"] += 1
            counts[match] += 1
            if appears(rendering, english):
                counts["rendering"] += 1
            if any(appears(spelling, english) for spelling in [rendering] + alternatives):
                counts["confirmed"] += 1
                counts["surname"] += 1
                counts[match + " confirmed"] += 1
            elif rendering.split() and appears(rendering.split()[-1], english):
                counts["surname"] += 1
                unconfirmed.append((line_index + 1, arabic, rendering, "surname confirmed", match))
            else:
                unconfirmed.append((line_index + 1, arabic, rendering, "unconfirmed", match))

        def share(part):
            return f"{counts[part] / counts['names']:.3f} ({counts[part]}/{counts['names']})" if counts["names"] else "n/a"

        by_match = ", ".join(f"{match} {counts[match + ' confirmed']}/{counts[match]}" for match in ("dictionary", "ambiguous", "guess") if counts[match])
        print(f"{name}: names {counts['names']}, confirmed {share('confirmed')} (the rendering itself {share('rendering')}),"
              f" surname confirmed {share('surname')}"
              + (f" (confirmed by spelling source: {by_match})" if by_match else ""))
        for line, arabic, rendering, kind, match in unconfirmed[: arguments.show]:
            print(f"  {kind}, line {line}: {arabic} -> {rendering!r} ({match})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
