#!/usr/bin/env python3
"""Calibrates `check`'s length model (target-too-short / target-too-long, LengthRatioCheck.swift)
on the correct NTREX dev and UN dev pairs, with document folds.

    python3 Scripts/qa-length-calibrate.py [--shared ../shared] [--budget 0.15] [--acronym-weight 5]

The model is Gale and Church's: z = (t - ratio * s) / sqrt(variance * s), s and t the source
and target lengths in characters (white space, tatweel and Arabic diacritics left out; each
letter of an English acronym counted --acronym-weight times, since it stands for a word the
Arabic spells out). Documents are dealt into 5 folds as the gold sets deal them (SHA-1 order of
the document id, round-robin, per corpus). For each fold, ratio and variance are fitted on the
other folds, and each threshold is the z below (above) which `--budget` alarms per 100 training
pairs fall; the held-out fold then gives the alarms per 100 correct pairs and the recall on the
same pairs with half the English words dropped (the first or the second half, by a fixed seed).
Printed: per fold and as mean over the folds (cross-validated), then the parameters fitted on
folds 0-3 (what LengthRatioCheck ships) with their in-sample figures and those of fold 4, held
out. Pairs whose source is under 10 characters are not judged (as in the check).
"""
import hashlib
import argparse
import math
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from parallel_eval import ROOT  # noqa: E402

MINIMUM = 10
SKIPPED = set(range(0x064B, 0x0653)) | {0x0670, 0x0640}


ACRONYM_WEIGHT = 5


def length(text):
    return sum(1 for c in text if not c.isspace() and ord(c) not in SKIPPED)


def acronym_letters(text):
    """The letters of the acronyms in `text`, as LengthRatioCheck.acronymLetters counts them."""
    letters = 0
    for token in text.split():
        core = token
        while core and not core[0].isalnum():
            core = core[1:]
        while core and not core[-1].isalnum():
            core = core[:-1]
        if core.endswith("'s") or core.endswith("\u2019s"):
            core = core[:-2]
        if not core or not (core[0].isascii() and core[0].isupper()):
            continue
        parts = core.split("-")
        if len(parts) > 2 or not all(c.isascii() and (c.isupper() or c.isdigit()) for c in parts[0]):
            continue
        if len(parts) == 2 and not (parts[1] and all(c.isascii() and c.isdigit() for c in parts[1])):
            continue
        count = sum(1 for c in parts[0] if c.isalpha())
        if count >= 2:
            letters += count
    return letters


def target_length(text):
    return length(text) + acronym_letters(text) * max(0, ACRONYM_WEIGHT - 1)


def half_dropped(text, rng):
    """The text with the first or the second half of its words dropped."""
    words = text.split()
    half = len(words) // 2
    if half == 0:
        return text
    return " ".join(words[half:] if rng.random() < 0.5 else words[:len(words) - half])


def load(shared, only=None):
    """(fold, Arabic, English) per non-blank pair of NTREX dev and UN dev (or of `only`, "ntrex"
    or "un")."""
    base = os.path.join(shared, "ref", "parallel")
    def lines(path):
        with open(os.path.join(base, path), encoding="utf-8") as handle:
            return handle.read().split("\n")[:-1]
    pairs = []
    for corpus, (arabic, english, ids) in enumerate((
        ("ntrex-dev/newstest2019-ref.arb.dev.txt", "ntrex-dev/newstest2019-src.eng.dev.txt", "ntrex-dev/DOCUMENT_IDS.dev.tsv"),
        ("un-devset/UNv1.0.devset.ar", "un-devset/UNv1.0.devset.en", "un-devset/UNv1.0.devset.ids"),
    )):
        if only is not None and only != ("ntrex", "un")[corpus]:
            continue
        documents = [line.split()[0] if line.split() else "" for line in lines(ids)]
        order = sorted(set(documents), key=lambda d: hashlib.sha1(d.encode()).hexdigest())
        fold_of = {d: i % 5 for i, d in enumerate(order)}
        for document, source, target in zip(documents, lines(arabic), lines(english)):
            if source.strip() and target.strip():
                pairs.append((fold_of[document], source, target))
    return pairs


def fit(pairs):
    kept = [p for p in pairs if length(p[1]) >= MINIMUM]
    sources = [length(p[1]) for p in kept]
    targets = [target_length(p[2]) for p in kept]
    ratio = sum(targets) / sum(sources)
    variance = sum((t - ratio * s) ** 2 / s for s, t in zip(sources, targets)) / len(kept)
    return ratio, variance


def z_score(ratio, variance, source, target):
    s = length(source)
    if s < MINIMUM:
        return None
    return (target_length(target) - ratio * s) / math.sqrt(variance * s)


def thresholds(pairs, ratio, variance, budget, long_budget=None):
    """The z below which `budget` alarms per 100 pairs fall, and above which `long_budget` do
    (`budget` when None)."""
    scores = sorted(z for z in (z_score(ratio, variance, p[1], p[2]) for p in pairs) if z is not None)
    k = max(0, int(len(pairs) * budget / 100))
    j = max(0, int(len(pairs) * (budget if long_budget is None else long_budget) / 100))
    return scores[k] if k < len(scores) else scores[-1], scores[-j - 1] if j < len(scores) else scores[0]


def measure(pairs, ratio, variance, short, long_, seed):
    rng = random.Random(seed)
    alarms = caught = 0
    for _, source, target in pairs:
        z = z_score(ratio, variance, source, target)
        if z is not None and (z < short or z > long_):
            alarms += 1
        z = z_score(ratio, variance, source, half_dropped(target, rng))
        if z is not None and z < short:
            caught += 1
    return 100 * alarms / len(pairs), caught / len(pairs)


def main():
    global ACRONYM_WEIGHT
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default=os.environ.get("TARJAMA_SHARED", os.path.join(os.path.dirname(ROOT), "shared")))
    parser.add_argument("--budget", type=float, default=0.15, help="alarms per 100 training pairs allowed on each side")
    parser.add_argument("--long-budget", type=float, help="alarms per 100 training pairs allowed above (default: --budget);"
                        " an addition costs a reader less than an omission")
    parser.add_argument("--acronym-weight", type=int, default=5)
    parser.add_argument("--seed", type=int, default=20)
    parser.add_argument("--corpus", choices=("ntrex", "un"), help="calibrate on one corpus only (a per-corpus model)")
    arguments = parser.parse_args()
    ACRONYM_WEIGHT = arguments.acronym_weight
    if not os.path.isdir(os.path.join(arguments.shared, "ref")):
        print(f"qa-length-calibrate: {arguments.shared}/ref is absent; nothing to calibrate", file=sys.stderr)
        return
    pairs = load(arguments.shared, arguments.corpus)
    held = []
    for fold in range(5):
        train = [p for p in pairs if p[0] != fold]
        test = [p for p in pairs if p[0] == fold]
        ratio, variance = fit(train)
        short, long_ = thresholds(train, ratio, variance, arguments.budget, arguments.long_budget)
        alarms, recall = measure(test, ratio, variance, short, long_, arguments.seed + fold)
        held.append((alarms, recall))
        print(f"fold {fold}: {len(test)} pairs  ratio {ratio:.4f} variance {variance:.3f}  thresholds {short:.2f} / {long_:.2f}"
              f"  held-out alarms/100 {alarms:.2f}  half-drop recall {recall:.3f}")
    print(f"cross-validated (mean of 5 folds): alarms per 100 correct pairs {sum(a for a, _ in held) / len(held):.2f}, "
          f"half-sentence-drop recall {sum(r for _, r in held) / len(held):.3f}")
    train = [p for p in pairs if p[0] != 4]
    ratio, variance = fit(train)
    short, long_ = thresholds(train, ratio, variance, arguments.budget, arguments.long_budget)
    alarms, recall = measure(train, ratio, variance, short, long_, arguments.seed)
    held_alarms, held_recall = measure([p for p in pairs if p[0] == 4], ratio, variance, short, long_, arguments.seed)
    print(f"fitted on folds 0-3 (what LengthRatioCheck ships): ratio {ratio:.4f} variance {variance:.3f} thresholds {short:.2f} / {long_:.2f}")
    print(f"  in-sample (folds 0-3, {len(train)} pairs): alarms/100 {alarms:.2f}  half-drop recall {recall:.3f}")
    print(f"  held out (fold 4, {len(pairs) - len(train)} pairs): alarms/100 {held_alarms:.2f}  half-drop recall {held_recall:.3f}")

if __name__ == "__main__":
    main()
