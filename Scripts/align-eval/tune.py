#!/usr/bin/env python3
"""Coordinate search over the aligner's cost parameters on development data (strict pair F1).

Runs `tarjama align --batch --presegmented --parameter NAME=VALUE ...` on a set built by
build_dev.py and keeps each change that raises F1. The defaults in
Sources/Tarjama/Alignment/AlignmentParameters.swift were set from its output on the NTREX set
(seed 7); UN and NTREX seed 11 are kept for reporting, not tuning.

Usage: tune.py --data /tmp/align-dev/ntrex [--data /tmp/align-dev/seed11/ntrex] [--binary .build/debug/tarjama] [--rounds 2]
"""
import argparse, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
START = {"nullPenalty": 4.5, "mergePenalty": 3.0, "twoToTwoPenalty": 9.0, "oneToThreePenalty": 8.0,
         "numberWeight": 6.0, "nameWeight": 2.5, "punctuationWeight": 1.0, "sentenceWeight": 2.5,
         "anchorSaturation": 4.0, "priorLengthVariance": 3.0}
STEPS = {"anchorSaturation": [2, 3, 4, 6], "priorLengthVariance": [2, 3, 4.5, 6]}


def evaluate(binary, data, params):
    out = tempfile.NamedTemporaryFile(suffix=".jsonl", delete=False).name
    cmd = [binary, "align", "--batch", "--presegmented", os.path.join(data, "ar"), os.path.join(data, "en"), "-o", out]
    for k, v in params.items():
        cmd += ["--parameter", f"{k}={v}"]
    subprocess.run(cmd, check=True, stderr=subprocess.DEVNULL)
    result = subprocess.run([sys.executable, os.path.join(HERE, "score.py"), os.path.join(data, "gold.jsonl"), out, "--json"],
                            check=True, capture_output=True, text=True)
    os.unlink(out)
    return json.loads(result.stdout)["f1"]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", required=True, action="append", help="a set built by build_dev.py; repeat to tune on the mean F1 of several")
    parser.add_argument("--binary", default=".build/debug/tarjama")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    params = dict(START)
    score = lambda p: round(sum(evaluate(args.binary, d, p) for d in args.data) / len(args.data), 4)
    best = score(params)
    print(f"start F1 {best}", flush=True)
    for _ in range(args.rounds):
        for name in list(params):
            values = STEPS.get(name) or [params[name] * f for f in (0.6, 0.8, 1.25, 1.6)]
            for value in values:
                trial = dict(params, **{name: round(value, 3)})
                f1 = score(trial)
                if f1 > best:
                    best, params = f1, trial
                    print(f"{name}={trial[name]} -> F1 {f1}", flush=True)
    print("best", best, json.dumps(params))


if __name__ == "__main__":
    main()
