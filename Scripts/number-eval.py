#!/usr/bin/env python3
"""Number agreement on parallel text: how often the values Tarjama reads on an Arabic line are
the values it reads on the English reference of the same line, and the other way round.

    python3 Scripts/number-eval.py [--binary .build/debug/tarjama] [--shared ../shared] [--show N]

For each corpus in shared/ref/parallel (NTREX dev, UN dev) it runs `tarjama numbers --format
jsonl` on the Arabic side and `tarjama numbers --english` on the English side, maps the UTF-16
offsets back to lines, and prints per corpus:
  arabic confirmed   share of Arabic numbers whose value is among the English line's values
  english found      share of English numbers whose value Tarjama read on the Arabic line
  out of range       numbers too large to take a value (reported, never a crash)
References paraphrase (a dual for "two", "a third" for 33%), so neither share is a true
precision or recall; read the misses with --show.
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

CORPORA = {
    "ntrex-dev": ("parallel/ntrex-dev/newstest2019-ref.arb.dev.txt", "parallel/ntrex-dev/newstest2019-src.eng.dev.txt"),
    "un-dev": ("parallel/un-devset/UNv1.0.devset.ar", "parallel/un-devset/UNv1.0.devset.en"),
}


def numbers_by_line(binary, lines, english):
    """The (value, text) pairs Tarjama finds on each line."""
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as handle:
        handle.write("\n".join(lines) + "\n")
        path = handle.name
    try:
        command = [binary, "numbers", path, "--format", "jsonl"] + (["--english"] if english else [])
        output = subprocess.run(command, capture_output=True, check=True, text=True).stdout
    finally:
        os.unlink(path)
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line.encode("utf-16-le")) // 2 + 1
    found = [[] for _ in lines]
    line_index = 0
    for record_line in output.splitlines():
        record = json.loads(record_line)
        while line_index + 1 < len(starts) and starts[line_index + 1] <= record["start"]:
            line_index += 1
        found[line_index].append((record.get("value"), record["text"]))
    return found


def tally(found, other, kind, hit, index, counts, misses):
    """Counts the numbers of `found` whose value is among `other`'s (each used once)."""
    values = collections.Counter(value for value, _ in other if value is not None)
    for value, text in found:
        if value is None:
            counts["out of range"] += 1
            continue
        counts[kind] += 1
        if values[value] > 0:
            values[value] -= 1
            counts[hit] += 1
        else:
            misses[kind].append((index + 1, text, value))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser.add_argument("--binary", default=os.path.join(root, ".build/debug/tarjama"))
    parser.add_argument("--shared", default=os.environ.get("TARJAMA_SHARED", os.path.join(os.path.dirname(root), "shared")))
    parser.add_argument("--show", type=int, default=0, help="print this many misses of each kind per corpus")
    arguments = parser.parse_args()
    reference = os.path.join(arguments.shared, "ref")
    if not os.path.isdir(reference):
        print(f"number-eval: {reference} is absent; nothing to measure", file=sys.stderr)
        return 0
    for name, (arabic_path, english_path) in CORPORA.items():
        with open(os.path.join(reference, arabic_path), encoding="utf-8") as handle:
            arabic_lines = handle.read().split("\n")[:-1]
        with open(os.path.join(reference, english_path), encoding="utf-8") as handle:
            english_lines = handle.read().split("\n")[:-1]
        arabic = numbers_by_line(arguments.binary, arabic_lines, english=False)
        english = numbers_by_line(arguments.binary, english_lines, english=True)
        counts = collections.Counter()
        misses = {"arabic": [], "english": []}
        for index, (a, e) in enumerate(zip(arabic, english)):
            tally(a, e, "arabic", "arabic confirmed", index, counts, misses)
            tally(e, a, "english", "english found", index, counts, misses)

        def share(part, whole):
            return f"{counts[part] / counts[whole]:.3f} ({counts[part]}/{counts[whole]})" if counts[whole] else "n/a"

        print(f"{name}: arabic confirmed {share('arabic confirmed', 'arabic')}, "
              f"english found {share('english found', 'english')}, out of range {counts['out of range']}")
        for kind in ("arabic", "english"):
            for line, text, value in misses[kind][: arguments.show]:
                print(f"  {kind} miss, line {line}: {text!r} = {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
