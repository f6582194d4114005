#!/usr/bin/env python3
"""pyahocorasick on the same corpus and glossary terms as the Glossary benchmark suite.

Export the inputs first (the suite writes them when asked):
    cd Benchmarks && TARJAMA_GLOSSARY_BENCH_EXPORT=/tmp/tarjama-glossary-bench \
        swift package benchmark --target Glossary
    python3 Scripts/pyahocorasick_compare.py /tmp/tarjama-glossary-bench

pyahocorasick matches raw substrings: no normalisation (حماة and حماه differ), no word
boundaries (a term matches inside a longer word), no clitics, no leftmost-longest selection, no
numbers or names. It therefore does strictly less work than Tarjama's suggest pass; the figures
are its lower bound for "find these strings in this text".
"""
import resource
import sys
import time

import ahocorasick


def rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(directory):
    with open(f"{directory}/corpus.txt", encoding="utf-8") as f:
        text = f.read()
    megabytes = len(text.encode("utf-8")) / 1_000_000
    for count in (1000, 100000):
        with open(f"{directory}/terms-{count}.txt", encoding="utf-8") as f:
            terms = [line for line in f.read().split("\n") if line]
        before = rss_mb()
        start = time.perf_counter()
        automaton = ahocorasick.Automaton()
        for index, term in enumerate(terms):
            automaton.add_word(term, index)
        automaton.make_automaton()
        build = time.perf_counter() - start
        grown = rss_mb() - before
        runs = []
        for _ in range(3):
            start = time.perf_counter()
            matches = 0
            for _ in automaton.iter(text):
                matches += 1
            runs.append(time.perf_counter() - start)
        best = min(runs)
        print(f"pyahocorasick {ahocorasick.__name__} {count:>7} terms: build {build * 1000:.0f} ms "
              f"(max RSS grew {grown:.0f} MB); iter over {megabytes:.1f} MB: best {best * 1000:.0f} ms "
              f"= {megabytes / best:.1f} MB/s, {matches} matches")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/tarjama-glossary-bench")
