#!/usr/bin/env python3
"""False alarms of `tarjama check` on correct human translations, and its recall on planted errors.

    python3 Scripts/qa-eval.py [--binary .build/debug/tarjama] [--shared ../shared]
                               [--glossary Glossaries] [--per-type 200] [--seed 20] [--show N]

For NTREX dev and UN dev (shared/ref/parallel; line n of the Arabic and English files is a pair)
it writes a bilingual JSONL of the correct pairs ({"id","source","target"}, id corpus:document:line,
so that the checks comparing pairs compare those of one document) and a planted copy in which, per edit type, up to --per-type pairs (drawn with the fixed seed) carry
one seeded edit of the English:
  number        a digit of a figure in the target changed (the correct pair has no number finding);
                not a paragraph label opening the target ("25. The Committee"), which check
                leaves out on purpose (the two language editions may number paragraphs apart),
                nor a figure glued to letters (a code: HER2, SS19, B2C, km2), which is no count
  forbidden     a glossary term's rendering replaced by one of its forbidden spellings
  dropped-term  a glossary term's rendering (its only occurrence) deleted
  half-drop     the first or the second half of the words deleted (targets of 6 words or more)
Terms are those `tarjama suggest` finds in the source with the shipped glossary whose rendering
stands in the target (and, for the term edits, the correct pair has no finding of that code).
It runs `tarjama check --glossary G --format jsonl` on both and prints:
  alarms per 100 correct pairs by code (and by severity), per corpus, and apart for document
  folds 0-3 (in-sample: where rules and thresholds were tuned) and fold 4 (held out)
  recall by edit type: planted pairs with a finding the correct pair did not have, of the code
  the edit calls for (number-mismatch or date-mismatch; forbidden-rendering; missing-rendering;
  for half-drop any code, since a dropped clause can only show through what it took with it),
  and, beside it, with any new finding.
"""
import argparse
import collections
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from parallel_eval import ROOT, corpora, run_on_lines  # noqa: E402

EDITS = ("number", "forbidden", "dropped-term", "half-drop")
CODES = {"number": {"number-mismatch", "date-mismatch"}, "forbidden": {"forbidden-rendering"},
         "dropped-term": {"missing-rendering"}, "half-drop": None}
FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


IDS = {"ntrex-dev": "parallel/ntrex-dev/DOCUMENT_IDS.dev.tsv", "un-dev": "parallel/un-devset/UNv1.0.devset.ids"}


def line_documents(shared, name):
    """Per line, the id of the document it belongs to."""
    with open(os.path.join(shared, "ref", IDS[name]), encoding="utf-8") as handle:
        return [line.split()[0] if line.split() else "" for line in handle.read().split("\n")[:-1]]


def document_folds(shared, name):
    """Per line, the document fold (0-4) as the gold sets and qa-length-calibrate deal them:
    documents in SHA-1 order of their id, round-robin. Folds 0-3 are where rules and thresholds
    are tuned (in-sample), fold 4 is held out."""
    documents = line_documents(shared, name)
    order = sorted(set(documents), key=lambda d: hashlib.sha1(d.encode()).hexdigest())
    fold_of = {d: i % 5 for i, d in enumerate(order)}
    return [fold_of[d] for d in documents]


def glossary_renderings(directory):
    """entry target -> (alternatives, forbidden) for every entry of the shipped glossaries."""
    entries = {}
    for name in sorted(os.listdir(directory)):
        if not name.endswith(".tsv"):
            continue
        with open(os.path.join(directory, name), encoding="utf-8") as handle:
            header = handle.readline().rstrip("\n").split("\t")
            for line in handle:
                row = dict(zip(header, line.rstrip("\n").split("\t")))
                split = lambda key: [x.strip() for x in row.get(key, "").split("|") if x.strip()]
                entries.setdefault(row.get("target", ""), (split("alternatives"), split("forbidden")))
    return entries


def occurrences(rendering, text):
    """Spans of `rendering` as whole words in `text`."""
    return [m.span() for m in re.finditer(r"(?<![\w-])" + re.escape(rendering) + r"(?![\w-])", text)]


def terms_by_line(binary, glossary, arabic, entries):
    """Per line, the (rendering, alternatives, forbidden) of the glossary terms suggest finds."""
    output, line_of = run_on_lines(binary, ["suggest", "--glossary", glossary, "--format", "jsonl"], arabic)
    found = collections.defaultdict(list)
    for line in output:
        segment = json.loads(line)
        for suggestion in segment.get("suggestions", []):
            rendering = suggestion.get("rendering", "")
            if rendering in entries and suggestion.get("type") not in ("number", "date"):
                alternatives, forbidden = entries[rendering]
                found[line_of(suggestion["start"])].append((rendering, alternatives, forbidden))
    return found


def plant(kind, target, terms, rng):
    """The target with one edit of `kind`, or None when the pair offers none."""
    if kind == "number":
        label = re.match(r"\s*[(\[]?\d+[.)\]]\s", target)
        figures = [f for f in FIGURE.finditer(target)
                   if not (label and f.start() < label.end())
                   and not (f.start() > 0 and target[f.start() - 1].isalpha())
                   and not (f.end() < len(target) and target[f.end()].isalpha())]
        if not figures:
            return None
        figure = rng.choice(figures)
        digits = [i for i in range(figure.start(), figure.end()) if target[i].isdigit()]
        position = rng.choice(digits)
        choices = [d for d in "0123456789" if d != target[position] and not (d == "0" and position == figure.start())]
        return target[:position] + rng.choice(choices) + target[position + 1:]
    if kind in ("forbidden", "dropped-term"):
        usable = []
        for rendering, alternatives, forbidden in terms:
            spans = occurrences(rendering, target)
            others = [a for a in alternatives if a.lower() not in rendering.lower() and a.lower() in target.lower()]
            if len(spans) == 1 and target.lower().count(rendering.lower()) == 1 and not others and (kind == "dropped-term" or forbidden):
                usable.append((rendering, forbidden, spans[0]))
        if not usable:
            return None
        rendering, forbidden, (start, end) = rng.choice(usable)
        if kind == "forbidden":
            return target[:start] + rng.choice(forbidden) + target[end:]
        return re.sub(r"\s{2,}", " ", (target[:start] + target[end:]).strip())
    words = target.split()
    if len(words) < 6:
        return None
    half = len(words) // 2
    return " ".join(words[half:] if rng.random() < 0.5 else words[:len(words) - half])


def check(binary, glossary, records):
    """Findings of `tarjama check` per record id."""
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".jsonl", delete=False) as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        path = handle.name
    try:
        result = subprocess.run([binary, "check", path, "--glossary", glossary, "--format", "jsonl"],
                                capture_output=True, text=True)
    finally:
        os.unlink(path)
    if result.returncode not in (0, 1) or (result.returncode == 1 and not result.stdout):
        sys.exit(f"qa-eval: check failed ({result.returncode}): {result.stderr.strip()}")
    findings = collections.defaultdict(list)
    for line in result.stdout.splitlines():
        finding = json.loads(line)
        findings[finding["id"]].append(finding)
    return findings


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/debug/tarjama"))
    parser.add_argument("--shared", default=os.environ.get("TARJAMA_SHARED", os.path.join(os.path.dirname(ROOT), "shared")))
    parser.add_argument("--glossary", default=os.path.join(ROOT, "Glossaries"))
    parser.add_argument("--per-type", type=int, default=200)
    parser.add_argument("--seed", type=int, default=20)
    parser.add_argument("--show", type=int, default=0, help="print this many misses per edit type, and the new-check alarms")
    arguments = parser.parse_args()
    entries = glossary_renderings(arguments.glossary)
    totals = collections.Counter()
    for name, arabic, english in corpora(arguments.shared, "qa-eval"):
        rng = random.Random(f"{arguments.seed}:{name}")
        # Pair ids name the document (corpus:document:line), as a file's segment ids do
        # (`<name>:<n>`): the checks that compare pairs compare those of one document.
        documents = line_documents(arguments.shared, name)
        correct = [{"id": f"{name}:{documents[i]}:{i + 1}", "source": a, "target": e}
                   for i, (a, e) in enumerate(zip(arabic, english)) if a.strip() and e.strip()]
        alarms = check(arguments.binary, arguments.glossary, correct)
        count = len(correct)
        by_code = collections.Counter(f["code"] for found in alarms.values() for f in found)
        by_severity = collections.Counter(f["severity"] for found in alarms.values() for f in found)
        print(f"{name}: {count} correct pairs, {sum(by_code.values())} alarms = "
              f"{100 * sum(by_code.values()) / count:.2f} per 100 pairs "
              f"(errors {100 * by_severity['error'] / count:.2f}, warnings {100 * by_severity['warning'] / count:.2f})")
        folds = document_folds(arguments.shared, name)
        held = [folds[int(r["id"].rsplit(":", 1)[1]) - 1] == 4 for r in correct]
        held_ids = {r["id"] for r, h in zip(correct, held) if h}
        held_alarms = sum(len(found) for rid, found in alarms.items() if rid in held_ids)
        in_pairs, held_pairs = held.count(False), held.count(True)
        in_alarms = sum(by_code.values()) - held_alarms
        print(f"  in-sample folds 0-3: {in_alarms}/{in_pairs} = {100 * in_alarms / max(1, in_pairs):.2f} per 100; "
              f"held-out fold 4: {held_alarms}/{held_pairs} = {100 * held_alarms / max(1, held_pairs):.2f} per 100")
        for code, n in sorted(by_code.items(), key=lambda item: -item[1]):
            print(f"  {code:26} {n:5}  {100 * n / count:6.2f} per 100")
        if arguments.show:
            glossary_codes = {"missing-rendering", "forbidden-rendering", "number-mismatch", "date-mismatch", "inconsistent-rendering"}
            for found in alarms.values():
                for finding in found:
                    if finding["code"] not in glossary_codes:
                        print("   ", finding["message"][:200])
        terms = terms_by_line(arguments.binary, arguments.glossary, arabic, entries)
        planted, origin = [], {}
        for kind in EDITS:
            candidates = list(correct)
            rng.shuffle(candidates)
            made = 0
            for record in candidates:
                if made >= arguments.per_type:
                    break
                line = int(record["id"].rsplit(":", 1)[1]) - 1
                codes = {f["code"] for f in alarms.get(record["id"], [])}
                if CODES[kind] and codes & CODES[kind]:
                    continue
                edited = plant(kind, record["target"], terms.get(line, []), rng)
                if edited is None or edited == record["target"]:
                    continue
                pid = f"{kind}/{record['id']}"
                planted.append({"id": pid, "source": record["source"], "target": edited})
                origin[pid] = (kind, record["id"])
                made += 1
        found = check(arguments.binary, arguments.glossary, planted)
        print(f"  planted-error recall ({len(planted)} planted pairs; by the code the edit calls for | by any new finding):")
        for kind in EDITS:
            ids = [pid for pid, (k, _) in origin.items() if k == kind]
            caught = caught_any = 0
            misses = []
            for pid in ids:
                before = collections.Counter((f["code"], f.get("source"), f.get("found")) for f in alarms.get(origin[pid][1], []))
                new = [f for f in found.get(pid, []) if before[(f["code"], f.get("source"), f.get("found"))] == 0]
                new_codes = {f["code"] for f in new}
                hit_any = bool(new)
                hit = hit_any if CODES[kind] is None else bool(new_codes & CODES[kind])
                caught += hit
                caught_any += hit_any
                if not hit:
                    misses.append(pid)
            totals[kind, "n"] += len(ids)
            totals[kind, "hit"] += caught
            totals[kind, "any"] += caught_any
            if ids:
                print(f"    {kind:13} {caught:4}/{len(ids):<4} = {caught / len(ids):.3f} | {caught_any / len(ids):.3f}")
            for pid in misses[:arguments.show]:
                record = next(r for r in planted if r["id"] == pid)
                print(f"      missed {pid}: {record['target'][:160]}")
    if totals:
        n = sum(totals[k, "n"] for k in EDITS)
        hits = sum(totals[k, "hit"] for k in EDITS)
        print(f"all planted: recall {hits}/{n} = {hits / max(1, n):.3f} (" +
              ", ".join(f"{k} {totals[k, 'hit'] / max(1, totals[k, 'n']):.3f}" for k in EDITS) + ")")


if __name__ == "__main__":
    main()
