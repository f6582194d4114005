#!/usr/bin/env python3
"""Scores an aligner's output against gold beads: strict pair precision, recall and F1.

Both files are JSONL with "sourceIds" and "targetIds" per pair (the bilingual segment file of
the design note; other fields are ignored), so any aligner's output converted to that form can
be scored on the same data. A pair counts only when its source ids AND target ids are exactly a
gold pair's (strict). 1-0 and 0-1 pairs count like the others; F1 without them is reported too.
If predicted pairs carry "score", the precision of pairs with score >= --threshold is reported.

Usage: score.py GOLD.jsonl PRED.jsonl [--threshold 0.8] [--json]
"""
import argparse, json, sys
from collections import Counter


def load(path):
    pairs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                pairs.append((tuple(r.get("sourceIds") or []), tuple(r.get("targetIds") or []), r.get("score")))
    return pairs


def doc_of(pair):
    ids = pair[0] or pair[1]
    return ids[0].rsplit(":", 1)[0] if ids else None


def prf(gold, pred):
    g, p = Counter(gold), Counter(pred)
    tp = sum((g & p).values())
    precision = tp / max(1, sum(p.values()))
    recall = tp / max(1, sum(g.values()))
    f1 = 2 * precision * recall / max(1e-12, precision + recall)
    return precision, recall, f1


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold"); parser.add_argument("pred")
    parser.add_argument("--threshold", type=float, default=0.8)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    gold = load(args.gold); pred = load(args.pred)
    gold_docs = {doc_of(p) for p in gold}
    pred = [p for p in pred if doc_of(p) in gold_docs] if gold_docs else pred
    key = lambda p: (p[0], p[1])
    gold_keys = [key(p) for p in gold]; pred_keys = [key(p) for p in pred]
    precision, recall, f1 = prf(gold_keys, pred_keys)
    nonnull = lambda ks: [k for k in ks if k[0] and k[1]]
    _, _, f1_nonnull = prf(nonnull(gold_keys), nonnull(pred_keys))
    gold_set = Counter(gold_keys)
    confident = [p for p in pred if p[2] is not None and p[2] >= args.threshold]
    confident_correct = sum(1 for p in confident if gold_set[key(p)] > 0)
    by_bead = {}
    for k in gold_keys:
        bead = f"{len(k[0])}-{len(k[1])}"
        hit = k in Counter(pred_keys)
        t = by_bead.setdefault(bead, [0, 0]); t[0] += 1; t[1] += hit
    result = {
        "gold": len(gold_keys), "pred": len(pred_keys), "precision": round(precision, 4), "recall": round(recall, 4),
        "f1": round(f1, 4), "f1_without_null": round(f1_nonnull, 4),
        "confident": len(confident), "confident_share": round(len(confident) / max(1, len(pred)), 4),
        "confident_precision": round(confident_correct / max(1, len(confident)), 4),
        "recall_by_bead": {b: f"{h}/{n}" for b, (n, h) in sorted(by_bead.items())},
    }
    if args.json:
        print(json.dumps(result))
    else:
        for k, v in result.items():
            print(f"{k:>20}: {v}")


if __name__ == "__main__":
    main()
