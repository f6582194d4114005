#!/usr/bin/env python3
"""Evaluates aligners on long bitexts: one file pair of thousands of lines, not a document.

Builds, from ../shared/ref/parallel (issue 23):
  un-4k          UN v1.0 dev set as one file (4,000 lines, every gold bead 1-1)
  mix-<N>        NTREX dev + UN dev lines concatenated and repeated to N lines (1-1)
  <set>-edit     the same lines with build_dev.py's merges and drops (2-1, 1-2, 0-1, 1-0 beads)
and runs `tarjama align --presegmented` on each (and hunalign with an empty dictionary when it is
on PATH), printing per input: exact pairs (gold beads found exactly / gold beads), strict pair
F1 (score.py's), predicted null beads, warnings, wall time and the process's maximum RSS.

Only the sets asked for are written (`--sizes 1000000 --sets mix-1000000` writes one 1M-line pair,
about 420 MB, by repeating the dev lines). hunalign is looked up on PATH or given with --hunalign
(built by hand outside the repository; nothing here builds it); it runs only on sets of at most
--hunalign-max-lines gold beads and is stopped after --hunalign-timeout seconds (at 50k lines it
took over 12 minutes and 1.8 GB).

Usage: long_eval.py --tarjama .build/debug/tarjama [--shared ../shared] [--out /tmp/align-long]
                    [--sizes 10000,50000] [--sets un-4k,mix-10000,...] [--seed 7] [--json]
                    [--hunalign PATH] [--hunalign-max-lines 60000] [--hunalign-timeout 900]
"""
import argparse, json, os, random, shutil, subprocess, sys, tempfile, threading, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_dev import edit, read_lines  # noqa: E402
from score import prf  # noqa: E402

DOC = "long"


def line_pairs(ref):
    """(NTREX dev pairs, UN dev pairs) in file order, lines with an empty side left out."""
    def pairs(ar_path, en_path):
        ar, en = read_lines(ar_path), read_lines(en_path)
        assert len(ar) == len(en), (ar_path, len(ar), len(en))
        return [(a.strip(), e.strip()) for a, e in zip(ar, en) if a.strip() and e.strip()]
    ntrex = pairs(os.path.join(ref, "ntrex-dev", "newstest2019-ref.arb.dev.txt"),
                  os.path.join(ref, "ntrex-dev", "newstest2019-src.eng.dev.txt"))
    un = pairs(os.path.join(ref, "un-devset", "UNv1.0.devset.ar"), os.path.join(ref, "un-devset", "UNv1.0.devset.en"))
    return ntrex, un


def write_bitext(directory, beads):
    """Writes ar/long.txt, en/long.txt and gold.jsonl for beads [(ar_lines, en_lines)]."""
    for side in ("ar", "en"):
        os.makedirs(os.path.join(directory, side), exist_ok=True)
    ar, en, gold = [], [], []
    for ar_lines, en_lines in beads:
        gold.append((tuple(f"{DOC}:{len(ar) + n + 1}" for n in range(len(ar_lines))),
                     tuple(f"{DOC}:{len(en) + n + 1}" for n in range(len(en_lines)))))
        ar += ar_lines; en += en_lines
    for side, lines in (("ar", ar), ("en", en)):
        with open(os.path.join(directory, side, DOC + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    with open(os.path.join(directory, "gold.jsonl"), "w", encoding="utf-8") as f:
        for s, t in gold:
            f.write(json.dumps({"bead": f"{len(s)}-{len(t)}", "sourceIds": list(s), "targetIds": list(t)}) + "\n")
    return gold


def build(args, wanted=None):
    """Writes the sets named in `wanted` (every set when None); returns their gold beads by name."""
    ntrex, un = line_pairs(os.path.join(args.shared, "ref", "parallel"))
    mix = ntrex + un
    sets = {"un-4k": lambda: un}
    for size in args.sizes:
        sets[f"mix-{size}"] = lambda size=size: [mix[k % len(mix)] for k in range(size)]
    built = {}
    for name, make in sets.items():
        if wanted is not None and name not in wanted and name + "-edit" not in wanted:
            continue
        pairs = make()
        if wanted is None or name in wanted:
            built[name] = write_bitext(os.path.join(args.out, name), [([a], [e]) for a, e in pairs])
        if wanted is None or name + "-edit" in wanted:
            built[name + "-edit"] = write_bitext(os.path.join(args.out, name + "-edit"), edit(pairs, random.Random(args.seed)))
    return built


def run_measured(command, stdout_path, timeout=None):
    """Runs command; returns (wall seconds, CPU seconds, max RSS in MB, stderr text). A command
    still running after `timeout` seconds is killed (its stderr then ends with "timed out")."""
    start = time.monotonic()
    with open(stdout_path, "w") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen(command, stdout=out, stderr=err, text=True)
        timer = threading.Timer(timeout, process.kill) if timeout else None
        if timer:
            timer.start()
        _, status, usage = os.wait4(process.pid, 0)
        if timer:
            timer.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read()
        if timeout and time.monotonic() - start >= timeout:
            stderr += "\ntimed out"
    seconds = time.monotonic() - start
    if process.returncode != 0:
        sys.stderr.write(f"{' '.join(command)} failed ({process.returncode}):\n{stderr[-2000:]}\n")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, stderr


def load_pred(path):
    pred = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                pred.append((tuple(r.get("sourceIds") or []), tuple(r.get("targetIds") or [])))
    return pred


def score(gold, pred):
    _, _, f1 = prf(gold, pred)
    found = set(pred)
    exact = sum(1 for g in gold if g in found)
    return {"gold": len(gold), "exact": exact, "exact_share": round(exact / max(1, len(gold)), 4), "f1": round(f1, 4),
            "pred_0-1": sum(1 for s, t in pred if not s), "pred_1-0": sum(1 for s, t in pred if not t)}


def run_tarjama(args, name, directory, gold):
    out = os.path.join(directory, "tarjama.jsonl")
    command = [args.tarjama, "align", "--presegmented", os.path.join(directory, "ar", DOC + ".txt"),
               os.path.join(directory, "en", DOC + ".txt"), "-o", out] + args.extra
    seconds, cpu, rss, stderr = run_measured(command, os.devnull)
    result = score(gold, load_pred(out)) if os.path.exists(out) else {}
    result.update(aligner="tarjama", set=name, seconds=round(seconds, 2), cpu=round(cpu, 2), rss_mb=round(rss),
                  warnings=[line for line in stderr.splitlines() if line.startswith("warning")])
    return result


def run_hunalign(args, name, directory, gold):
    dictionary = os.path.join(args.out, "empty.dic")
    open(dictionary, "w").close()
    ladder = os.path.join(directory, "hunalign.ladder")
    seconds, cpu, rss, stderr = run_measured([args.hunalign, dictionary, os.path.join(directory, "ar", DOC + ".txt"),
                                              os.path.join(directory, "en", DOC + ".txt")], ladder, timeout=args.hunalign_timeout)
    if stderr.endswith("timed out"):
        return dict(aligner="hunalign", set=name, seconds=round(seconds, 2), cpu=round(cpu, 2), rss_mb=round(rss),
                    warnings=[f"warning: stopped after {args.hunalign_timeout} s"])
    out = os.path.join(directory, "hunalign.jsonl")
    with open(ladder) as source, open(out, "w") as target:
        subprocess.run([sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)), "ladder_to_jsonl.py"), DOC],
                       stdin=source, stdout=target, check=False)
    result = score(gold, load_pred(out))
    result.update(aligner="hunalign", set=name, seconds=round(seconds, 2), cpu=round(cpu, 2), rss_mb=round(rss), warnings=[])
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tarjama", default=".build/debug/tarjama")
    parser.add_argument("--shared", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../shared"))
    parser.add_argument("--out", default="/tmp/align-long")
    parser.add_argument("--sizes", default="10000,50000")
    parser.add_argument("--sets", default="", help="comma-separated names to run (default: all built)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--hunalign", default=shutil.which("hunalign"), help="hunalign binary (default: on PATH)")
    parser.add_argument("--hunalign-max-lines", type=int, default=60000, help="skip hunalign on larger sets")
    parser.add_argument("--hunalign-timeout", type=float, default=900, help="stop hunalign after this many seconds")
    parser.add_argument("extra", nargs="*", help="extra arguments for tarjama align (after --)")
    args = parser.parse_args()
    args.sizes = [int(s) for s in args.sizes.split(",") if s]
    asked = [s for s in args.sets.split(",") if s]
    built = build(args, set(asked) if asked else None)
    wanted = [s for s in asked if s in built] or list(built)
    for name in asked:
        if name not in built:
            print(f"{name}: no such set (un-4k, mix-<size> for --sizes, each with -edit)")
    has_hunalign = args.hunalign is not None and os.path.exists(args.hunalign)
    if not has_hunalign:
        print("hunalign: not installed")
    print(f"{'set':<18} {'aligner':<9} {'exact':>15} {'F1':>7} {'0-1':>6} {'1-0':>6} {'wall s':>8} {'CPU s':>8} {'RSS MB':>7}  warnings")
    for name in wanted:
        directory = os.path.join(args.out, name)
        runs = [run_tarjama(args, name, directory, built[name])]
        if has_hunalign and len(built[name]) <= args.hunalign_max_lines:
            runs.append(run_hunalign(args, name, directory, built[name]))
        for r in runs:
            if args.json:
                print(json.dumps(r))
                continue
            exact = f"{r.get('exact', 0)}/{r.get('gold', 0)} {100 * r.get('exact_share', 0):.1f}%"
            print(f"{name:<18} {r['aligner']:<9} {exact:>15} {r.get('f1', 0):>7.4f} {r.get('pred_0-1', 0):>6} "
                  f"{r.get('pred_1-0', 0):>6} {r['seconds']:>8.2f} {r['cpu']:>8.2f} {r['rss_mb']:>7}  {len(r['warnings'])}"
                  + (f" ({r['warnings'][0][-80:]})" if r['warnings'] else ""), flush=True)


if __name__ == "__main__":
    main()
