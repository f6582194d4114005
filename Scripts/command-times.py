#!/usr/bin/env python3
"""Times the main `tarjama` commands end to end, as a user runs them, on the benchmark corpora.

The package benchmarks (Benchmarks/) time library passes; this times whole processes on the same
inputs, so the closing note can put each command beside the pass it calls:

  segment  40 MB Arabic                      ↔ Segmentation "SentenceSegmenter Arabic with re-flow"
  suggest  40 MB Arabic, shipped glossary    ↔ Glossary "Suggest pass"
  suggest  4 MB, empty glossary, terms only  ↔ Glossary "Suggest pass, terms only"
  tmx convert 100k units TMX→JSONL, JSONL→TMX ↔ Formats "TMX read" / "TMX write"
  align    10k segments, pre-segmented        ↔ Alignment "Align 10000 segments"

The corpora are built exactly as Benchmarks/Sources/BenchmarkSupport/Corpus.swift builds them
(NTREX dev then UN dev Arabic lines, joined by spaces into paragraphs of eight). Each command
runs --runs times (default 3); the script prints the best wall time, MB/s or units/s, and the
peak resident memory of that run. Needs ../shared/ref/parallel (or $TARJAMA_SHARED).

  swift build -c release && python3 Scripts/command-times.py --binary .build/release/tarjama
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)


def shared_root():
    for candidate in [os.environ.get("TARJAMA_SHARED"), os.path.join(os.path.dirname(REPO), "shared")]:
        if candidate and os.path.isdir(os.path.join(candidate, "ref")):
            return candidate
    return None


def lines(root, files):
    result = []
    for name in files:
        with open(os.path.join(root, name), encoding="utf-8") as handle:
            result += [line for line in handle.read().splitlines() if line.strip()]
    return result


ARABIC = ["ref/parallel/ntrex-dev/newstest2019-ref.arb.dev.txt", "ref/parallel/un-devset/UNv1.0.devset.ar"]
ENGLISH = ["ref/parallel/ntrex-dev/newstest2019-src.eng.dev.txt", "ref/parallel/un-devset/UNv1.0.devset.en"]


def arabic_text(arabic_lines, megabytes):
    """The benchmark corpus: lines joined by spaces, a blank line after every eighth."""
    target = megabytes * 1_000_000
    parts, size, index = [], 0, 0
    while size < target:
        line = arabic_lines[index % len(arabic_lines)].encode("utf-8")
        index += 1
        separator = b"\n\n" if index % 8 == 0 else b" "
        parts += [line, separator]
        size += len(line) + len(separator)
    return b"".join(parts)


def bilingual_jsonl(arabic_lines, english_lines, count):
    out = []
    for index in range(count):
        k = index % len(arabic_lines)
        out.append(json.dumps({"id": f"bench:{index + 1}", "source": arabic_lines[k], "target": english_lines[k],
                               "sourceLang": "ar", "targetLang": "en"}, ensure_ascii=False))
    return ("\n".join(out) + "\n").encode("utf-8")


def timed(command, runs):
    """Best wall time over `runs`, and the peak RSS (MB) and CPU seconds (user + system, all
    threads) of that run's process. On a loaded machine the CPU time is the steadier figure; wall
    time below CPU time shows the work spread over cores."""
    best = None
    for _ in range(runs):
        with tempfile.NamedTemporaryFile() as errors, tempfile.NamedTemporaryFile(mode="r") as peak:
            # GNU time reports the command's own peak; a fork's ru_maxrss would count the parent's.
            start = time.perf_counter()
            result = subprocess.run(["/usr/bin/time", "-f", "%M %U %S", "-o", peak.name] + command,
                                    stdout=subprocess.DEVNULL, stderr=errors)
            elapsed = time.perf_counter() - start
            if result.returncode != 0:
                errors.seek(0)
                sys.exit(f"{' '.join(command)} failed ({result.returncode}): {errors.read().decode(errors='replace')[:400]}")
            fields = peak.read().split()
            kilobytes, cpu = int(fields[-3]), float(fields[-2]) + float(fields[-1])
        if best is None or elapsed < best[0]:
            best = (elapsed, kilobytes / 1024, cpu)
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.path.join(REPO, ".build/release/tarjama"))
    parser.add_argument("--megabytes", type=int, default=40)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", action="append", help="run only the commands whose label contains this")
    parser.add_argument("--glossary", default=os.path.join(REPO, "Glossaries"),
                        help="the glossary for suggest (an older binary needs the glossary of its own commit)")
    arguments = parser.parse_args()
    root = shared_root()
    if root is None:
        print("skipped: ../shared/ref is absent (set TARJAMA_SHARED)")
        return
    arabic, english = lines(root, ARABIC), lines(root, ENGLISH)
    glossary = arguments.glossary
    with tempfile.TemporaryDirectory(prefix="tarjama-command-times-") as work:
        def write(name, data):
            path = os.path.join(work, name)
            with open(path, "wb") as handle:
                handle.write(data)
            return path

        big = write("arabic-40.txt", arabic_text(arabic, arguments.megabytes))
        small = write("arabic-4.txt", arabic_text(arabic, max(1, arguments.megabytes // 10)))
        empty_glossary = os.path.join(work, "empty-glossary")
        os.mkdir(empty_glossary)
        write("empty-glossary/empty.tsv", b"source\ttarget\tnote\n")
        pairs = write("pairs-100k.jsonl", bilingual_jsonl(arabic, english, 100_000))
        memory = os.path.join(work, "pairs-100k.tmx")
        subprocess.run([arguments.binary, "tmx", "convert", pairs, "-o", memory], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        source_side = write("align-ar.txt", ("\n".join(arabic[i % len(arabic)] for i in range(10_000)) + "\n").encode())
        target_side = write("align-en.txt", ("\n".join(english[i % len(english)] for i in range(10_000)) + "\n").encode())
        out = os.path.join(work, "out")

        big_mb = os.path.getsize(big) / 1e6
        small_mb = os.path.getsize(small) / 1e6
        jobs = [
            (f"segment, {big_mb:.0f} MB Arabic", [arguments.binary, "segment", big, "--format", "jsonl", "-o", out], big_mb, "MB"),
            (f"suggest, {big_mb:.0f} MB Arabic, shipped glossary",
             [arguments.binary, "suggest", big, "--glossary", glossary, "--format", "jsonl", "-o", out], big_mb, "MB"),
            (f"suggest, {small_mb:.0f} MB Arabic, empty glossary, no names, no numbers",
             [arguments.binary, "suggest", small, "--glossary", empty_glossary, "--no-names", "--no-numbers",
              "--format", "jsonl", "-o", out], small_mb, "MB"),
            ("tmx convert, 100,000 units TMX → JSONL", [arguments.binary, "tmx", "convert", memory, "-o", out + ".jsonl"],
             100_000, "units"),
            ("tmx convert, 100,000 units JSONL → TMX", [arguments.binary, "tmx", "convert", pairs, "-o", out + ".tmx"],
             100_000, "units"),
            ("align, 10,000 segments a side, pre-segmented",
             [arguments.binary, "align", source_side, target_side, "--presegmented", "-o", out + ".align.jsonl"],
             10_000, "segments"),
        ]
        print(f"{'command':<62} {'best s':>8} {'rate':>16} {'peak RSS':>10} {'CPU s':>7}")
        for label, command, amount, unit in jobs:
            if arguments.only and not any(part in label for part in arguments.only):
                continue
            seconds, peak, cpu = timed(command, arguments.runs)
            rate = f"{amount / seconds:,.1f} {unit}/s" if unit == "MB" else f"{amount / seconds:,.0f} {unit}/s"
            print(f"{label:<62} {seconds:8.2f} {rate:>16} {peak:8.0f} MB {cpu:7.2f}", flush=True)


if __name__ == "__main__":
    main()
