#!/usr/bin/env python3
"""Fits the aligner's confidence calibration: logistic regression from each pair's evidence
(`tarjama align --explain`) to whether the pair is exactly a gold pair.

Training data: the NTREX development set built by build_dev.py (seed 7) and its mismatched
document pairs (every pair wrong), so a translation that is not one scores low. The fitted
intercept and coefficients are written into
Sources/Tarjama/Alignment/AlignmentConfidence+Calibrated.swift with --write. Reliability
(predicted vs observed accuracy per score bin) is printed for the training set and, as a check
that was not fitted on, for the UN set.

Usage: fit_confidence.py --data /tmp/align-dev [--binary .build/debug/tarjama] [--write]
"""
import argparse, json, os, re, subprocess, tempfile
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
MISMATCH_WEIGHT = 0.25
FEATURES = ["logitPosterior", "lengthDeviation", "numbers", "names", "punctuation", "terms",
            "null", "merge", "large", "documentAnchorAgreement", "documentLengthMisfit"]


def run(binary, directory):
    out = tempfile.NamedTemporaryFile(suffix=".jsonl", delete=False).name
    subprocess.run([binary, "align", "--batch", "--presegmented", "--explain", "--uncalibrated",
                    os.path.join(directory, "ar"), os.path.join(directory, "en"), "-o", out],
                   check=True, stderr=subprocess.DEVNULL)
    with open(out, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    os.unlink(out)
    with open(os.path.join(directory, "gold.jsonl"), encoding="utf-8") as f:
        gold = {(tuple(r["sourceIds"]), tuple(r["targetIds"])) for r in map(json.loads, f)}
    X = np.array([[r["evidence"][name] for name in FEATURES] for r in records])
    y = np.array([1.0 if (tuple(r["sourceIds"]), tuple(r["targetIds"])) in gold else 0.0 for r in records])
    return X, y


def fit(X, y, weights, l2=1.0, iterations=50):
    A = np.hstack([np.ones((len(X), 1)), X])
    w = np.zeros(A.shape[1])
    penalty = np.full(A.shape[1], l2); penalty[0] = 0
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-A @ w))
        gradient = A.T @ (weights * (p - y)) + penalty * w
        hessian = (A * (weights * p * (1 - p))[:, None]).T @ A + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def reliability(name, X, y, w):
    p = 1 / (1 + np.exp(-(w[0] + X @ w[1:])))
    print(f"{name}: {len(y)} pairs, accuracy {y.mean():.3f}; precision of score>=0.8: "
          f"{y[p >= 0.8].mean() if (p >= 0.8).any() else float('nan'):.4f} ({(p >= 0.8).mean():.1%} of pairs)")
    for lo in (0, 0.2, 0.4, 0.6, 0.8, 0.9, 0.95):
        hi = {0: 0.2, 0.2: 0.4, 0.4: 0.6, 0.6: 0.8, 0.8: 0.9, 0.9: 0.95, 0.95: 1.01}[lo]
        mask = (p >= lo) & (p < hi)
        if mask.any():
            print(f"   score {lo:.2f}-{min(hi, 1):.2f}: {mask.sum():5d} pairs, mean score {p[mask].mean():.3f}, correct {y[mask].mean():.3f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", required=True)
    parser.add_argument("--binary", default=os.path.join(REPO, ".build/debug/tarjama"))
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    X1, y1 = run(args.binary, os.path.join(args.data, "ntrex"))
    X2, y2 = run(args.binary, os.path.join(args.data, "ntrex-mismatch"))
    X, y = np.vstack([X1, X2]), np.concatenate([y1, y2])
    # Mismatched documents teach "not a translation"; weighted down so they do not swamp the
    # calibration of ordinary pairs (there are more of them than real pairs).
    weights = np.concatenate([np.ones(len(y1)), np.full(len(y2), MISMATCH_WEIGHT)])
    w = fit(X, y, weights)
    print("intercept", round(w[0], 4))
    for name, value in zip(FEATURES, w[1:]):
        print(f"  {name:>24} {value: .4f}")
    reliability("NTREX (fitted on)", X1, y1, w)
    reliability("NTREX mismatched documents (fitted on)", X2, y2, w)
    for check in ("un", "un-mismatch", "seed11/ntrex"):
        if os.path.isdir(os.path.join(args.data, check)):
            Xc, yc = run(args.binary, os.path.join(args.data, check))
            reliability(f"{check} (not fitted on)", Xc, yc, w)
    if args.write:
        path = os.path.join(REPO, "Sources/Tarjama/Alignment/AlignmentConfidence+Calibrated.swift")
        source = open(path, encoding="utf-8").read()
        body = (f"        intercept: {w[0]:.4f},\n        coefficients: ["
                + ", ".join(f"{v:.4f}" for v in w[1:]) + "])")
        source = re.sub(r"        intercept: [^\n]*\n        coefficients: \[[^\]]*\]\)", body, source)
        open(path, "w", encoding="utf-8").write(source)
        print("wrote", path)


if __name__ == "__main__":
    main()
