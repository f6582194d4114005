#!/usr/bin/env python3
"""Converts hunalign's ladder output (`hunalign dict src.txt tgt.txt` without -text: one rung
"source_index<TAB>target_index<TAB>score" per line, 0-based) into the bilingual JSONL form that
score.py reads, so hunalign can be scored on the same development data as tarjama.

Beads lie between consecutive rungs; segment n (1-based) of document DOC has id DOC:n, as with
`tarjama align --presegmented`.

Usage: ladder_to_jsonl.py DOC < ladder.txt >> pred.jsonl
"""
import json, sys


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    doc = sys.argv[1]
    rungs = []
    for line in sys.stdin:
        fields = line.split()
        if len(fields) >= 2:
            rungs.append((int(fields[0]), int(fields[1]), float(fields[2]) if len(fields) > 2 else None))
    for k, ((s0, t0, score), (s1, t1, _)) in enumerate(zip(rungs, rungs[1:])):
        if s1 == s0 and t1 == t0:
            continue
        print(json.dumps({"id": f"{doc}:{k + 1}", "bead": f"{s1 - s0}-{t1 - t0}", "score": score,
                          "sourceIds": [f"{doc}:{n + 1}" for n in range(s0, s1)],
                          "targetIds": [f"{doc}:{n + 1}" for n in range(t0, t1)]}, ensure_ascii=False))


if __name__ == "__main__":
    main()
