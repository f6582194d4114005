#!/usr/bin/env python3
"""Recall and precision of `tarjama suggest` against the gold sets in Evaluation/.

    python3 Scripts/suggestion-eval.py [--binary .build/debug/tarjama] [--shared ../shared]
                                       [--glossary Glossaries] [--show N] [--judge FILE]
                                       [--held-out FOLD]

Runs `tarjama suggest --format jsonl` with the glossary on each corpus's Arabic side (the whole
file, so segments see their real neighbours), keeps the suggestions that fall on annotated lines
(Evaluation/lines.tsv) and prints per corpus and type:
  recall     gold occurrences with a suggestion at an overlapping span whose answer is right
             (terms: the same glossary entry; numbers: the same value; names: the reference
             spelling, case-insensitive and al-/Al- folded, or one containing it)
  precision  suggestions judged right / suggestions judged; a suggestion on a span no gold row
             overlaps is *unjudged*, counted apart and listed with --show
  agency     person names: share of the right person suggestions (where the reference spells
             the name) whose rendering is the reference spelling, case-insensitive, al-/el- folded
             (--show lists the others as "spelled otherwise")
Precision for names asks whether the span is a name of the suggested class (person, or place /
organisation); the spelling is what recall and agency measure.
Types: terms (glossary suggestions of any entry type, against terms.tsv), numbers (numbers.tsv),
person names and other names (person, and place/organisation suggestions, against names.tsv).
Then the same for the number reader (`tarjama numbers`, which also reads Latin digits: the
"value in Arabic ↔ value in English" figure). Each figure is also given over the 5 document folds of lines.tsv as mean ± standard deviation.

--judge FILE writes every unjudged suggestion as a gold row with its decision column "?" (and the
tool's answer in the note); fill in the decision and answer columns by reading the Arabic line and
its English reference, then append the rows to the matching Evaluation/*.tsv.
"""
import argparse
import collections
import json
import os
import re
import statistics
import sys

from gold_sets import read_lines, read_tsv
from parallel_eval import add_common_arguments, corpora, run_on_lines

WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
         "ten": 10, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
         "eighth": 8, "ninth": 9, "tenth": 10, "half": 0.5}
SCALES = {"thousand": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}
TYPES = ("terms", "numbers", "person names", "other names")


def number_value(text):
    """The value an English rendering says: 2,015 / 69th / four / 3.6 billion / 40%."""
    text = text.lower().replace(",", "").strip()
    match = re.fullmatch(r"[$€£]?(\d+(?:\.\d+)?)(?:st|nd|rd|th|%)?\s*(thousand|million|billion|bn|m)?", text)
    if match:
        return float(match.group(1)) * SCALES.get(match.group(2), 1)
    return float(WORDS[text]) if text in WORDS else None


def fold_name(text):
    text = re.sub(r"\b(?:al|el)[- ]", "", text.lower().replace("’", "'"))
    return " ".join(re.findall(r"[\w']+", text))


def name_right(rendering, english):
    rendering, english = fold_name(rendering), fold_name(english)
    if not rendering or not english:
        return False
    return rendering == english or set(english.split()) <= set(rendering.split()) or set(rendering.split()) <= set(english.split())


def suggestion_type(suggestion):
    if suggestion["type"] in ("number", "money", "date"):
        return "numbers"
    if suggestion["type"] == "person":
        return "person names"
    if suggestion["type"] in ("place", "organisation"):
        return "other names"
    return "terms"


def is_right(kind, suggestion, row, spelling=True):
    """Whether a suggestion gives the answer of an overlapping gold row. For names the class must
    agree (a person suggestion on a person, a place or organisation one on any other name) and,
    with `spelling`, the rendering or an alternative must be the reference spelling where the
    reference spells the name."""
    if kind == "terms":
        return row["occurrence"] == "yes" and row["entry"] == suggestion["source"]
    if kind == "numbers":
        # A date suggestion (15 December 2016) holds the day and the year the gold has as numbers.
        values = ([float(n) for n in re.findall(r"\d+", suggestion["rendering"])] if suggestion["type"] == "date"
                  else [number_value(suggestion["rendering"])])
        try:
            return row["number"] == "yes" and any(v is not None and abs(v - float(row["value"])) < 1e-9 for v in values)
        except ValueError:  # an empty or not yet judged value
            return False
    if row["name"] != "yes" or (row["class"] == "person") != (kind == "person names"):
        return False
    if not spelling or not row["english"]:
        return True
    return any(name_right(r, row["english"]) for r in [suggestion["rendering"]] + list(suggestion.get("alternatives", [])))


def number_form(span):
    if re.search(r"[0-9]", span):
        return "latin digits"
    if re.search(r"[\u0660-\u0669\u06F0-\u06F9]", span):
        return "arabic digits"
    return "words"


def gold_rows(kind, corpus):
    filename = {"terms": "terms.tsv", "numbers": "numbers.tsv"}.get(kind, "names.tsv")
    rows = [r for r in read_tsv(filename) if r["corpus"] == corpus]
    if kind == "person names":
        positives = [r for r in rows if r["name"] == "yes" and r["class"] == "person"]
    elif kind == "other names":
        positives = [r for r in rows if r["name"] == "yes" and r["class"] != "person"]
    else:
        positives = [r for r in rows if r[{"terms": "occurrence", "numbers": "number"}[kind]] == "yes"]
    return rows, positives


def overlaps(row, line, start, end):
    begin = int(row["start"])
    return int(row["line"]) == line and begin < end and start < begin + int(row["length"])


def suggestions_on_lines(binary, glossary, arabic_lines, annotated):
    """{line: [(start, end, suggestion)]} with offsets from the start of the line."""
    output, line_of = run_on_lines(binary, ["suggest", "--format", "jsonl", "--glossary", glossary], arabic_lines)
    starts, offset = [], 0
    for line in arabic_lines:
        starts.append(offset)
        offset += len(line.encode("utf-16-le")) // 2 + 1
    found = collections.defaultdict(list)
    for record in output:
        for suggestion in json.loads(record).get("suggestions", []):
            index = line_of(suggestion["start"])
            if index + 1 in annotated:
                found[index + 1].append((suggestion["start"] - starts[index], suggestion["end"] - starts[index], suggestion))
    return found


def readings_on_lines(binary, arabic_lines, annotated):
    """What `tarjama numbers` reads on the annotated lines, shaped like number suggestions: the
    reader every number feature shares (suggestions, `check`, alignment anchors), which also reads
    the Latin digits that `suggest` never offers."""
    output, line_of = run_on_lines(binary, ["numbers", "--format", "jsonl"], arabic_lines)
    starts, offset = [], 0
    for line in arabic_lines:
        starts.append(offset)
        offset += len(line.encode("utf-16-le")) // 2 + 1
    found = collections.defaultdict(list)
    for record in output:
        number = json.loads(record)
        index = line_of(number["start"])
        if index + 1 in annotated:
            value = number.get("value")
            reading = {"type": "number", "text": number["text"], "source": number["text"], "alternatives": [],
                       "rendering": "" if value is None else str(value)}
            found[index + 1].append((number["start"] - starts[index], number["end"] - starts[index], reading))
    return found


def score(kind, corpus, found, folds):
    """Counters per fold (and 'all'): gold, recalled, judged, right, unjudged, agency."""
    rows, positives = gold_rows(kind, corpus)
    by_line = collections.defaultdict(list)
    for row in rows:
        by_line[int(row["line"])].append(row)
    counts = collections.defaultdict(collections.Counter)
    details = collections.defaultdict(list)
    relevant = {line: [(s, e, x) for s, e, x in items if considered(kind, x)] for line, items in found.items()}
    for row in positives:
        line = int(row["line"])
        hit = any(overlaps(row, line, s, e) and is_right(kind, x, row) for s, e, x in relevant.get(line, []))
        keys = ["all", folds[line][1]] + (["form " + number_form(row["span"])] if kind == "numbers" else [])
        for key in keys:
            counts[key]["gold"] += 1
            counts[key]["recalled"] += hit
        if not hit:
            details["missed"].append((line, row["span"], answer(kind, row)))
    for line, items in relevant.items():
        for start, end, suggestion in items:
            touching = [row for row in by_line.get(line, []) if overlaps(row, line, start, end)]
            keys = ("all", folds[line][1])
            if not touching:
                for key in keys:
                    counts[key]["unjudged"] += 1
                details["unjudged"].append((line, start, end, suggestion))
                continue
            right = any(is_right(kind, suggestion, row, spelling=False) for row in touching)
            spelled = [row for row in touching if kind == "person names" and right and row["name"] == "yes" and row["english"]]
            for key in keys:
                counts[key]["judged"] += 1
                counts[key]["right"] += right
                if spelled:
                    counts[key]["spelled"] += 1
                    counts[key]["agency"] += fold_name(suggestion["rendering"]) == fold_name(spelled[0]["english"])
            if spelled and fold_name(suggestion["rendering"]) != fold_name(spelled[0]["english"]):
                details["spelled"].append((line, suggestion["text"], suggestion["rendering"], spelled[0]["english"]))
            if not right:
                details["wrong"].append((line, suggestion["text"], suggestion["rendering"], answer(kind, touching[0])))
    return counts, details


def considered(kind, suggestion):
    if kind == "numbers" and suggestion["type"] == "date" and not re.search(r"\d", suggestion["rendering"]):
        return False  # a month alone (يونيو → June) is a date rendering, not a number
    if kind == "terms":
        return (suggestion["type"] not in ("number", "money", "date")
                and suggestion.get("match") not in ("dictionary", "romanised", "guess", "ambiguous"))
    return suggestion_type(suggestion) == kind


def answer(kind, row):
    if kind == "terms":
        return f"{row['entry']} {row['occurrence']}"
    if kind == "numbers":
        return f"{row['value']} {row['kind']} {row['number']}"
    return f"{row['class']} {row['english']!r} {row['name']}"


def ratio(part, whole):
    return part / whole if whole else None


def fmt(counts, part, whole):
    value = ratio(counts[part], counts[whole])
    return f"{value:.3f} ({counts[part]}/{counts[whole]})" if value is not None else "n/a"


def spread(counts, part, whole):
    values = [ratio(counts[f][part], counts[f][whole]) for f in range(5)]
    values = [v for v in values if v is not None]
    if len(values) < 2:
        return "n/a"
    return f"{statistics.mean(values):.3f}±{statistics.stdev(values):.3f}"


def judge_row(kind, corpus, line, start, end, suggestion):
    suggestion = {key: " ".join(value.split()) if isinstance(value, str) else value for key, value in suggestion.items()}
    span = f"{corpus}\t{line}\t{start}\t{end - start}\t{suggestion['text']}"
    if kind == "terms":
        return f"{span}\t{suggestion['source']}\t{suggestion['type']}\t?\ttool: {suggestion['match']}"
    if kind == "numbers":
        return f"{span}\t?\t?\t?\t?\ttool: {suggestion['rendering']}"
    return f"{span}\t?\t?\t?\ttool: {suggestion['type']} {suggestion['rendering']}"


def stale_rows(corpus, arabic_lines):
    """Gold rows whose span is no longer at its offsets (the corpus file changed)."""
    stale = 0
    for filename in ("terms.tsv", "numbers.tsv", "names.tsv"):
        for row in read_tsv(filename):
            if row["corpus"] != corpus:
                continue
            line = arabic_lines[int(row["line"]) - 1].encode("utf-16-le") if int(row["line"]) <= len(arabic_lines) else b""
            start = int(row["start"]) * 2
            text = line[start:start + int(row["length"]) * 2].decode("utf-16-le", errors="replace")
            stale += " ".join(text.split()) != row["span"]
    return stale


def report(label, kind, counts, details, show, folds, held_out):
    """Prints one type's figures (overall and over the folds) and up to `show` of each error.

    With `held_out`, the errors shown come from the other folds only, and that fold's own
    figures are printed apart: rules written while reading the shown errors are scored on text
    their author did not read."""
    c = counts["all"]
    folded = {f: counts[f] for f in range(5)}
    line = (f"  {label:12} recall {fmt(c, 'recalled', 'gold')} [{spread(folded, 'recalled', 'gold')}]"
            f"  precision {fmt(c, 'right', 'judged')} [{spread(folded, 'right', 'judged')}]"
            f"  unjudged {c['unjudged']}")
    if kind == "person names":
        line += f"  agency {fmt(c, 'agency', 'spelled')} [{spread(folded, 'agency', 'spelled')}]"
    print(line)
    if held_out is not None:
        h = counts[held_out]
        line = (f"    held-out fold {held_out}: recall {fmt(h, 'recalled', 'gold')}"
                f"  precision {fmt(h, 'right', 'judged')}")
        if kind == "person names":
            line += f"  agency {fmt(h, 'agency', 'spelled')}"
        print(line)
        for key in details:
            details[key] = [item for item in details[key] if folds[item[0]][1] != held_out]
    if kind == "numbers":
        print("    recall by form: " + ", ".join(f"{key[5:]} {fmt(counts[key], 'recalled', 'gold')}" for key in sorted(k for k in counts if str(k).startswith("form "))))
    for item in details["missed"][:show]:
        print(f"    missed, line {item[0]}: {item[1]} ({item[2]})")
    for item in details["wrong"][:show]:
        print(f"    wrong, line {item[0]}: {item[1]} -> {item[2]!r} (gold: {item[3]})")
    for item in details["spelled"][:show]:
        print(f"    spelled otherwise, line {item[0]}: {item[1]} -> {item[2]!r} (reference: {item[3]!r})")
    for line_number, start, end, suggestion in details["unjudged"][:show]:
        print(f"    unjudged, line {line_number}: {suggestion['text']} -> {suggestion['rendering']!r}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_common_arguments(parser, glossary=True)
    parser.add_argument("--judge", help="write the unjudged suggestions as gold rows to fill in")
    parser.add_argument("--held-out", type=int, choices=range(5), metavar="FOLD",
                        help="print this fold's figures apart and show (and --judge) errors from the other folds only")
    arguments = parser.parse_args()
    annotated = read_lines()
    if not annotated:
        print("suggestion-eval: Evaluation/lines.tsv is absent or empty", file=sys.stderr)
        return 1
    to_judge = []
    for corpus, arabic_lines, _ in corpora(arguments.shared, "suggestion-eval"):
        folds = annotated.get(corpus, {})
        found = suggestions_on_lines(arguments.binary, arguments.glossary, arabic_lines, folds)
        print(f"{corpus}: {len(folds)} annotated lines")
        stale = stale_rows(corpus, arabic_lines)
        if stale:
            print(f"suggestion-eval: {stale} gold rows of {corpus} no longer match the corpus text", file=sys.stderr)
        # Each suggestion type, then the number reader (recall and precision of the values it
        # reads against the same gold).
        for label, kind, items in [(kind, kind, found) for kind in TYPES] + [
                ("number reader", "numbers", readings_on_lines(arguments.binary, arabic_lines, folds))]:
            counts, details = score(kind, corpus, items, folds)
            report(label, kind, counts, details, arguments.show, folds, arguments.held_out)
            if label == kind:
                filename = {"terms": "terms.tsv", "numbers": "numbers.tsv"}.get(kind, "names.tsv")
                to_judge += [(filename, judge_row(kind, corpus, *item)) for item in details["unjudged"]]
    if arguments.judge:
        with open(arguments.judge, "w", encoding="utf-8") as handle:
            for filename, row in to_judge:
                print(f"{filename}\t{row}", file=handle)
        print(f"{len(to_judge)} unjudged suggestions written to {arguments.judge} (first column: the gold file to append to)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
