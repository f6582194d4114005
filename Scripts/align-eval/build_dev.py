#!/usr/bin/env python3
"""Builds aligner development data from ../shared/ref/parallel (NTREX-128 dev part, UN dev set).

Documents are runs of consecutive lines (NTREX: DOCUMENT_IDS.dev.tsv; UN: lines grouped by
document symbol, ordered by their English line number). Each document's line pairs are then
edited so the beads an aligner meets in real archives occur: two adjacent English lines merged
into one (gold 2-1), two adjacent Arabic lines merged (1-2), an Arabic line dropped (0-1: the
English line has no counterpart), an English line dropped (1-0).

Output (under --out):
  <set>/ar/<doc>.txt, <set>/en/<doc>.txt   one segment per line (tarjama align --presegmented)
  <set>/gold.jsonl                          {"id","bead","sourceIds","targetIds"} per gold bead
  <set>-mismatch/ar|en/                     Arabic document k with English document k+1: every
                                            pair is wrong (negatives for calibration, warning tests)
Sets: ntrex (63 documents), un (UN documents with at least 3 lines).

Usage: build_dev.py --shared ../shared --out /tmp/align-dev [--seed 7]
"""
import argparse, json, os, random, re
from collections import OrderedDict

MERGE_EN, MERGE_AR, DROP_AR, DROP_EN = 0.07, 0.07, 0.035, 0.035


def read_lines(path):
    with open(path, encoding="utf-8", newline="") as f:
        return [line.rstrip("\r\n") for line in f.read().split("\n")][:-1]


def join(first, second, rng, comma):
    """Joins two sentences as a translator would: half the time with a full stop and a space,
    half the time turning the first sentence's full stop into a comma (so the sentence count
    of a merged line is not a give-away)."""
    if rng.random() < 0.5 and first.endswith("."):
        return first[:-1] + comma + " " + second
    return first + " " + second


def edit(pairs, rng):
    """Turns 1-1 line pairs into gold beads with merges and drops. Returns [(ar_lines, en_lines)]."""
    beads, i = [], 0
    while i < len(pairs):
        r = rng.random()
        if i + 1 < len(pairs) and r < MERGE_EN:
            beads.append(([pairs[i][0], pairs[i + 1][0]], [join(pairs[i][1], pairs[i + 1][1], rng, ",")])); i += 2
        elif i + 1 < len(pairs) and r < MERGE_EN + MERGE_AR:
            beads.append(([join(pairs[i][0], pairs[i + 1][0], rng, "،")], [pairs[i][1], pairs[i + 1][1]])); i += 2
        elif r < MERGE_EN + MERGE_AR + DROP_AR:
            beads.append(([], [pairs[i][1]])); i += 1
        elif r < MERGE_EN + MERGE_AR + DROP_AR + DROP_EN:
            beads.append(([pairs[i][0]], [])); i += 1
        else:
            beads.append(([pairs[i][0]], [pairs[i][1]])); i += 1
    return beads


def write_set(out, name, documents, rng):
    for side in ("ar", "en"):
        os.makedirs(os.path.join(out, name, side), exist_ok=True)
    counts = {}
    with open(os.path.join(out, name, "gold.jsonl"), "w", encoding="utf-8") as gold:
        for doc, pairs in documents.items():
            beads = edit(pairs, rng)
            ar, en, k = [], [], 0
            for ar_lines, en_lines in beads:
                source_ids = [f"{doc}:{len(ar) + n + 1}" for n in range(len(ar_lines))]
                target_ids = [f"{doc}:{len(en) + n + 1}" for n in range(len(en_lines))]
                ar += ar_lines; en += en_lines; k += 1
                bead = f"{len(ar_lines)}-{len(en_lines)}"
                counts[bead] = counts.get(bead, 0) + 1
                gold.write(json.dumps({"id": f"{doc}:{k}", "bead": bead, "sourceIds": source_ids,
                                       "targetIds": target_ids}, ensure_ascii=False) + "\n")
            for side, lines in (("ar", ar), ("en", en)):
                with open(os.path.join(out, name, side, doc + ".txt"), "w", encoding="utf-8") as f:
                    f.write("\n".join(lines) + "\n")
    # Mismatched pairs: Arabic of document k with the English of document k+1.
    names = list(documents)
    for side in ("ar", "en"):
        os.makedirs(os.path.join(out, name + "-mismatch", side), exist_ok=True)
    for k, doc in enumerate(names):
        other = names[(k + 1) % len(names)]
        with open(os.path.join(out, name + "-mismatch", "ar", doc + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(p[0] for p in documents[doc]) + "\n")
        with open(os.path.join(out, name + "-mismatch", "en", doc + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(p[1] for p in documents[other]) + "\n")
    open(os.path.join(out, name + "-mismatch", "gold.jsonl"), "w").close()
    print(f"{name}: {len(documents)} documents, gold beads {dict(sorted(counts.items()))}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "../../../shared"))
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    ref = os.path.join(args.shared, "ref", "parallel")
    rng = random.Random(args.seed)

    ntrex = os.path.join(ref, "ntrex-dev")
    ar = read_lines(os.path.join(ntrex, "newstest2019-ref.arb.dev.txt"))
    en = read_lines(os.path.join(ntrex, "newstest2019-src.eng.dev.txt"))
    ids = read_lines(os.path.join(ntrex, "DOCUMENT_IDS.dev.tsv"))
    assert len(ar) == len(en) == len(ids), (len(ar), len(en), len(ids))
    documents = OrderedDict()
    for a, e, d in zip(ar, en, ids):
        documents.setdefault(d.strip(), []).append((a.strip(), e.strip()))
    write_set(args.out, "ntrex", documents, rng)

    un = os.path.join(ref, "un-devset")
    ar = read_lines(os.path.join(un, "UNv1.0.devset.ar"))
    en = read_lines(os.path.join(un, "UNv1.0.devset.en"))
    ids = read_lines(os.path.join(un, "UNv1.0.devset.ids"))
    grouped = OrderedDict()
    for a, e, line in zip(ar, en, ids):
        fields = line.split()
        symbol = fields[0]
        en_field = next(f for f in fields[1:] if f.startswith("en:"))
        order = tuple(int(x) for x in en_field.split(":")[1:])
        grouped.setdefault(symbol, []).append((order, a.strip(), e.strip()))
    documents = OrderedDict()
    for symbol, rows in grouped.items():
        if len(rows) < 3:
            continue
        rows.sort()
        documents[re.sub(r"[^A-Za-z0-9]+", "_", symbol).strip("_")] = [(a, e) for _, a, e in rows]
    write_set(args.out, "un", documents, rng)


if __name__ == "__main__":
    main()
