#!/usr/bin/env python3
"""Over-generates the candidate rows that Evaluation/*.tsv were adjudicated from.

    python3 Evaluation/build-candidates.py [--shared ../shared] [--binary /path/to/tarjama] OUTDIR

Written independently of Tarjama's Swift code: its own Arabic folding, its own inflection rules
for glossary terms, its own digit/number-word spotting and a crude letter-skeleton aligner for
names. With --binary it also adds every span that `tarjama suggest` marks, so the tool's false
positives get judged. The output (OUTDIR/{terms,numbers,names}.candidates.tsv) carries a
*proposed* decision only; the gold files hold the annotator's decisions, never these proposals.
Stdlib only.
"""
import argparse
import collections
import difflib
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "Scripts"))
from parallel_eval import corpora, run_on_lines  # noqa: E402
from gold_sets import ROOT, select_lines  # noqa: E402

DIACRITICS = re.compile("[\u064B-\u065F\u0670\u0640]")
ARABIC_LETTER = "\u0621-\u064A\u0671-\u06D3"
FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})


def fold(text):
    """Folded text and, for each folded character, its index in `text`."""
    out, where = [], []
    for index, char in enumerate(text):
        if DIACRITICS.match(char):
            continue
        out.append(char.translate(FOLD))
        where.append(index)
    return "".join(out), where


def clean(text):
    return re.sub(r"\s", " ", text)


def utf16(text, index):
    return len(text[:index].encode("utf-16-le")) // 2


# ---- terms -------------------------------------------------------------------------------

def word_forms(word):
    """Regex alternatives for one folded glossary word: the article comes and goes, sound plural
    and dual endings swap, ة takes ات/تان/تين."""
    definite = word.startswith("ال") and len(word) > 3
    stem = word[2:] if definite else word
    stems = {stem}
    if stem.endswith("ه"):  # folded ة
        base = stem[:-1]
        stems |= {base + "ات", base + "تان", base + "تين", base + "ت"}
    elif stem.endswith("ين") or stem.endswith("ون"):
        base = stem[:-2]
        stems |= {base + "ين", base + "ون", base + "ان"}
    elif stem.endswith("ات"):
        stems |= {stem[:-2] + "ه"}
    else:
        stems |= {stem + "ان", stem + "ين", stem + "ون"}
    return sorted(stems, key=len, reverse=True)


def term_pattern(term):
    words = fold(term)[0].split()
    parts = []
    for position, word in enumerate(words):
        forms = "|".join(map(re.escape, word_forms(word)))
        prefix = r"(?:[وف]?(?:[بكل]?ال|لل)|[وف]?[بكل]|[وف])?" if position == 0 else r"(?:ال|لل|ل|لل)?"
        suffix = r"(?:ه|ها|هم|هما|هن|كم|نا)?" if position == len(words) - 1 else ""
        parts.append(prefix + "(?:" + forms + ")" + suffix)
    return re.compile(rf"(?<![{ARABIC_LETTER}])" + r"\s+".join(parts) + rf"(?![{ARABIC_LETTER}])")


def glossary_entries(directory):
    for name in sorted(os.listdir(directory)):
        if not name.endswith(".tsv"):
            continue
        with open(os.path.join(directory, name), encoding="utf-8") as handle:
            header = handle.readline().rstrip("\n").split("\t")
            for row in handle:
                cells = dict(zip(header, row.rstrip("\n").split("\t")))
                forms = [cells["source"]] + [v.strip() for v in cells.get("variants", "").split("|") if v.strip()]
                targets = [cells["target"]] + [v.strip() for v in cells.get("alternatives", "").split("|") if v.strip()]
                yield cells["source"], cells.get("type", ""), forms, targets


def term_patterns(entries):
    return [(source, kind, targets, [term_pattern(f) for f in forms]) for source, kind, forms, targets in entries]


def term_candidates(lines, patterns):
    for number, arabic, english in lines:
        folded, where = fold(arabic)
        for source, kind, targets, regexes in patterns:
            for regex in regexes:
                for match in regex.finditer(folded):
                    start, end = where[match.start()], where[match.end() - 1] + 1
                    seen = any(t.lower() in english.lower() for t in targets)
                    yield number, start, end, source, kind, "yes" if seen else "?"


# ---- numbers -----------------------------------------------------------------------------

DIGITS = "0-9\u0660-\u0669\u06F0-\u06F9"
DIGIT_RUN = re.compile(rf"[{DIGITS}]+(?:(?:[.,\u066B\u066C]|\s(?=[{DIGITS}]{{3}}(?![{DIGITS}])))[{DIGITS}]+)*")
UNITS = {"واحد": 1, "اثن": 2, "ثلاث": 3, "اربع": 4, "خمس": 5, "ست": 6, "سبع": 7, "ثمان": 8, "تسع": 9, "عشر": 10}
NUMBER_WORD = re.compile(
    rf"(?<![{ARABIC_LETTER}])[وفبل]?(?:ال)?"
    r"(?:واحد[هي]?|اثن(?:ان|ين|تان|تين)|ثلاث[هي]?|اربع[هي]?|خمس[هي]?|ست[هي]?|سبع[هي]?|ثماني?[هي]?|تسع[هي]?|عشر[هي]?|"
    r"(?:عشر|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع)(?:ون|ين)|مائ?[هت]|مئ?[هت]|مئتي?ن?|مائتي?ن?|الف|الاف|الفين|الفان|"
    r"مليون|ملايين|مليار|مليارات|نصف|ثلث[يا]?|ربع|"
    r"اول[يى]?|ثاني?ه?|ثالث[هة]?|رابع[هة]?|خامس[هة]?|سادس[هة]?|سابع[هة]?|ثامن[هة]?|تاسع[هة]?|عاشر[هة]?|حادي[هة]?)"
    rf"(?![{ARABIC_LETTER}])")


def number_candidates(lines):
    for number, arabic, english in lines:
        folded, where = fold(arabic)
        spans = [(m.start(), m.end(), "digits") for m in DIGIT_RUN.finditer(arabic)]
        words = [(where[m.start()], where[m.end() - 1] + 1) for m in NUMBER_WORD.finditer(folded)]
        merged = []
        for start, end in words:  # words joined by a space or و form one number
            if merged and re.fullmatch(r"\s+و?", arabic[merged[-1][1]:start]) is None and arabic[merged[-1][1]:start].strip() == "":
                merged[-1] = (merged[-1][0], end)
            elif merged and re.fullmatch(r"\s+", arabic[merged[-1][1]:start]):
                merged[-1] = (merged[-1][0], end)
            else:
                merged.append((start, end))
        spans += [(s, e, "words") for s, e in merged]
        for start, end, form in spans:
            yield number, start, end, form


# ---- names -------------------------------------------------------------------------------

LATIN = {"ا": "", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
         "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "g", "ف": "f",
         "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w", "ي": "y", "ء": "", "ڤ": "v", "پ": "p",
         "گ": "g", "چ": "ch"}
STOP = set("The A An In On At Of For And But Or To By With From As It He She They We I This That These Those His Her "
           "Their Its Our Mr Mrs Ms Dr Sir Lord But If When While After Before During Since There Here Some Many "
           "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
           "August September October November December Also However What Who Which Why How Not No Yes All".split())


def skeleton_latin(word):
    w = word.lower()
    for a, b in (("ph", "f"), ("ck", "k"), ("c", "k"), ("q", "k"), ("x", "ks"), ("v", "f"), ("p", "b"), ("g", "j"),
                 ("e", ""), ("a", ""), ("i", "y"), ("o", "w"), ("u", "w"), ("'", ""), ("-", "")):
        w = w.replace(a, b)
    return re.sub(r"(.)\1", r"\1", w)


def skeleton_arabic(word):
    w = fold(word)[0]
    w = re.sub(r"^(?:[وبلف]?ال|[وبلف]|لل)(?=...)", "", w) if len(w) > 4 else w
    s = "".join(LATIN.get(c, "") for c in w).replace("g", "j").replace("v", "f").replace("p", "b")
    return re.sub(r"(.)\1", r"\1", s)


def name_candidates(lines):
    """Arabic words whose letter skeleton is close to a capitalised English word of the same line;
    neighbours that match neighbouring English words become one span."""
    for number, arabic, english in lines:
        tokens = [(m.start(), m.end(), m.group()) for m in re.finditer(rf"[{ARABIC_LETTER}]+", arabic)]
        caps = [(m.start(), m.end(), m.group(), skeleton_latin(m.group())) for m in re.finditer(r"\b[A-Z][\w'’-]+", english)
                if m.group() not in STOP and not m.group().isupper()]
        found = []
        for start, end, token in tokens:
            arabic_skeleton = skeleton_arabic(token)
            if len(arabic_skeleton) < 2:
                continue
            best, best_index = 0.0, None
            for index, (_, _, word, latin) in enumerate(caps):
                matcher = difflib.SequenceMatcher(None, arabic_skeleton, latin)
                if matcher.real_quick_ratio() <= best or matcher.quick_ratio() <= best:
                    continue
                ratio = matcher.ratio()
                if ratio > best:
                    best, best_index = ratio, index
            if best >= (1.0 if len(arabic_skeleton) < 3 else 0.8):
                if (found and found[-1][3] + 1 == best_index and arabic[found[-1][1]:start].strip() == ""
                        and re.fullmatch(r"\s*-?\s*", english[caps[found[-1][3]][1]:caps[best_index][0]])):
                    found[-1] = (found[-1][0], end, found[-1][2], best_index, min(best, found[-1][4]))
                else:
                    found.append((start, end, best_index, best_index, best))
        for start, end, first, last, ratio in found:
            yield number, start, end, english[caps[first][0]:caps[last][1]], ratio


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", default=os.environ.get("TARJAMA_SHARED", os.path.join(os.path.dirname(ROOT), "shared")))
    parser.add_argument("--binary")
    parser.add_argument("--un-lines", type=int, default=800)
    parser.add_argument("outdir")
    arguments = parser.parse_args()
    os.makedirs(arguments.outdir, exist_ok=True)
    entries = term_patterns(glossary_entries(os.path.join(ROOT, "Glossaries")))
    out = {kind: open(os.path.join(arguments.outdir, kind + ".candidates.tsv"), "w", encoding="utf-8") for kind in ("terms", "numbers", "names")}
    with open(os.path.join(arguments.outdir, "lines.tsv"), "w", encoding="utf-8") as handle:
        print("corpus\tline\tdocument\tfold", file=handle)
        for name in ("ntrex-dev", "un-dev"):
            for line, doc, fold_number in select_lines(name, arguments.shared, arguments.un_lines):
                print(f"{name}\t{line}\t{doc}\t{fold_number}", file=handle)
    for name, arabic_lines, english_lines in corpora(arguments.shared, "build-candidates"):
        selected = [line for line, _, _ in select_lines(name, arguments.shared, arguments.un_lines)]
        lines = [(n, arabic_lines[n - 1], english_lines[n - 1]) for n in selected]
        tool = collections.defaultdict(list)
        if arguments.binary:
            output, line_of = run_on_lines(arguments.binary, ["suggest", "--format", "jsonl", "--glossary", os.path.join(ROOT, "Glossaries")], arabic_lines)
            starts, offset = [], 0
            for line in arabic_lines:
                starts.append(offset)
                offset += len(line.encode("utf-16-le")) // 2 + 1
            for record in output:
                for s in json.loads(record).get("suggestions", []):
                    index = line_of(s["start"])
                    tool[index + 1].append((s["start"] - starts[index], s["end"] - starts[index], s))
        for number, arabic, english in lines:
            def span(start, end):
                return f"{name}\t{number}\t{utf16(arabic, start)}\t{utf16(arabic, end) - utf16(arabic, start)}\t{clean(arabic[start:end])}"
            for n, start, end, source, kind, proposal in term_candidates([(number, arabic, english)], entries):
                print(f"{span(start, end)}\t{source}\t{kind}\t{proposal}\tmine", file=out["terms"])
            for n, start, end, form in number_candidates([(number, arabic, english)]):
                print(f"{span(start, end)}\t{form}\tmine", file=out["numbers"])
            for n, start, end, word, ratio in name_candidates([(number, arabic, english)]):
                print(f"{span(start, end)}\t{word}\t{ratio:.2f}\tmine", file=out["names"])
            for start16, end16, s in tool.get(number, []):
                row = f"{name}\t{number}\t{start16}\t{end16 - start16}\t{clean(s['text'])}"
                s = {key: clean(value) if isinstance(value, str) else value for key, value in s.items()}
                if s["type"] == "number":
                    print(f"{row}\t{s['rendering']}\ttool", file=out["numbers"])
                elif s["match"] in ("dictionary", "romanised"):
                    print(f"{row}\t{s['rendering']}\t{s['type']}\ttool", file=out["names"])
                else:
                    print(f"{row}\t{s['source']}\t{s['type']}\t{s['rendering']}\ttool", file=out["terms"])
                    if s["type"] in ("person", "place", "organisation"):
                        print(f"{row}\t{s['rendering']}\t{s['type']}\ttool", file=out["names"])
    for handle in out.values():
        handle.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
