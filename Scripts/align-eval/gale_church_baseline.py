#!/usr/bin/env python3
"""Aligns the development documents with NLTK's Gale–Church aligner
(`nltk.translate.gale_church`, the length-only method that hunalign also falls back on when it
has no dictionary) and writes the JSONL that score.py reads, so Tarjama's figure stands beside a
published baseline on the same data.

To be fair to the baseline, the Arabic→English character ratio is estimated per document pair
(as Tarjama does) instead of NLTK's language-independent 1.0; priors and variance are Gale and
Church's. NLTK reports links, not beads, so its traceback is replaced by one that keeps the beads
(1-0 and 0-1 included) that its dynamic programme chose.

Usage: gale_church_baseline.py DEV_DIR > pred.jsonl     (DEV_DIR holds ar/ and en/ as
       build_dev.py writes them: one segment per line)
Needs: pip install nltk
"""
import json, os, sys

from nltk.translate import gale_church


def beads(backlinks, source_lengths, target_lengths):
    """The beads on the best path, first to last, as (source indices, target indices)."""
    found = []
    position = (len(source_lengths), len(target_lengths))
    while position != (0, 0):
        # NLTK leaves a cell without a move when every move costs infinity, and steps
        # diagonally there; so does this.
        s, t = backlinks[position] or (min(1, position[0]), min(1, position[1]))
        found.append((range(position[0] - s, position[0]), range(position[1] - t, position[1])))
        position = (position[0] - s, position[1] - t)
    return found[::-1]


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    root = sys.argv[1]
    gale_church.trace = beads  # align_blocks looks the traceback up by name
    for name in sorted(os.listdir(os.path.join(root, "ar"))):
        doc = name.removesuffix(".txt")
        with open(os.path.join(root, "ar", name), encoding="utf-8") as f:
            source = [line.strip() for line in f if line.strip()]
        with open(os.path.join(root, "en", name), encoding="utf-8") as f:
            target = [line.strip() for line in f if line.strip()]
        source_lengths = [len(s) for s in source]
        target_lengths = [len(t) for t in target]

        class Params(gale_church.LanguageIndependent):
            AVERAGE_CHARACTERS = sum(target_lengths) / max(1, sum(source_lengths))

        if not source or not target:
            path = [(range(i, i + 1), range(0)) for i in range(len(source))] + \
                   [(range(0), range(j, j + 1)) for j in range(len(target))]
        else:
            path = gale_church.align_blocks(source_lengths, target_lengths, Params)
        for k, (s, t) in enumerate(path):
            print(json.dumps({"id": f"{doc}:{k + 1}", "bead": f"{len(s)}-{len(t)}",
                              "sourceIds": [f"{doc}:{n + 1}" for n in s],
                              "targetIds": [f"{doc}:{n + 1}" for n in t]}, ensure_ascii=False))


if __name__ == "__main__":
    main()
