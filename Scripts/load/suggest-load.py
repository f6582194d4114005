#!/usr/bin/env python3
"""Suggestions per second from `tarjama serve` under concurrent clients (issue 25 item 8).

Starts the service on 127.0.0.1 (a free port, a throwaway store and tokens file, the shipped
glossary unless --glossary), then runs --clients processes, each with its own kept-alive HTTP
connection, posting the sentences of an Arabic text to POST /v1/suggest one after another
(client k starts at sentence k, so the clients do not ask for the same text at the same moment)
for --seconds after a warm-up pass. Prints requests/s, term suggestions/s, latency percentiles,
and the CPU seconds the service used: on a machine the clients share with the service, the
service's CPU per request is the steadier figure (its capacity is the cores over it). Traffic goes to the loopback address only; every loop is
bounded in time and the service is stopped at the end.

  swift build -c release --product tarjama
  python3 Scripts/load/suggest-load.py --binary .build/release/tarjama --clients 8 --seconds 20
"""
import argparse
import http.client
import json
import multiprocessing
import os
import re
import secrets
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def default_text():
    """NTREX's Arabic news sentences (1,997, with many names and numbers) when ../shared is there,
    else the demo sample."""
    shared = os.environ.get("TARJAMA_SHARED") or os.path.join(os.path.dirname(REPO), "shared")
    ntrex = os.path.join(shared, "ref/parallel/ntrex-dev/newstest2019-ref.arb.dev.txt")
    return ntrex if os.path.exists(ntrex) else os.path.join(shared, "samples/aleppo-radio-2016.ar.txt")


def sentences(path, limit):
    """Sentences of the text (cut at . ! ? ؟ and line ends), 20 to 600 characters each."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    pieces = [piece.strip() for piece in re.split(r"(?<=[.!?؟])\s+|\n+", text)]
    return [piece for piece in pieces if 20 <= len(piece) <= 600][:limit]


def start_service(binary, glossary, work):
    token = secrets.token_hex(16)
    tokens = os.path.join(work, "tokens.txt")
    with open(tokens, "w") as handle:
        handle.write(f"reader load {token}\n")
    # Info level logs the "listening" line that carries the port (and one access line per request).
    command = [binary, "serve", "--db", os.path.join(work, "load.sqlite"), "--tokens", tokens, "--port", "0",
               "--log-level", "info"]
    if glossary:
        command += ["--glossary", glossary]
    log = open(os.path.join(work, "serve.log"), "w+")
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log)
    deadline = time.time() + 120
    while time.time() < deadline:
        log.seek(0)
        found = re.search(r"port=(\d+)", log.read())
        if found:
            return process, int(found.group(1)), token, log
        if process.poll() is not None:
            log.seek(0)
            sys.exit(f"serve exited ({process.returncode}): {log.read()[-800:]}")
        time.sleep(0.1)
    process.terminate()
    sys.exit("serve did not start listening within 120 s")


def cpu_seconds(pid):
    """User + system CPU seconds of process `pid` (all threads), from /proc."""
    with open(f"/proc/{pid}/stat") as handle:
        fields = handle.read().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks


def client(port, token, texts, first, stop_at, results):
    """One client process: requests one after another on one kept-alive connection until
    `stop_at` (time.time()); puts (latencies, terms, failures) on `results`."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    index, latencies, terms, failures = first, [], 0, 0
    while time.time() < stop_at:
        body = json.dumps({"text": texts[index % len(texts)]}, ensure_ascii=False).encode()
        index += 1
        start = time.perf_counter()
        try:
            connection.request("POST", "/v1/suggest", body=body, headers=headers)
            response = connection.getresponse()
            payload = response.read()
        except (OSError, http.client.HTTPException):
            failures += 1
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            continue
        latencies.append(time.perf_counter() - start)
        if response.status != 200:
            failures += 1
            continue
        terms += len(json.loads(payload).get("terms", []))
    connection.close()
    results.put((latencies, terms, failures))


def run(port, token, texts, clients, seconds):
    """`clients` processes (not threads: one interpreter would be the bottleneck) for `seconds`."""
    results = multiprocessing.Queue()
    stop_at = time.time() + seconds
    processes = [multiprocessing.Process(target=client, args=(port, token, texts, k * len(texts) // clients, stop_at, results))
                 for k in range(clients)]
    for process in processes:
        process.start()
    collected = [results.get(timeout=seconds + 120) for _ in processes]
    for process in processes:
        process.join(30)
    return collected


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.path.join(REPO, ".build/release/tarjama"))
    parser.add_argument("--text", default=default_text(), help="the Arabic text whose sentences are sent")
    parser.add_argument("--glossary", help="the service's --glossary (default: the shipped glossary)")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--sentences", type=int, default=2000, help="use at most this many sentences")
    arguments = parser.parse_args()
    if not 1 <= arguments.clients <= 64 or not 0 < arguments.seconds <= 300:
        sys.exit("--clients must be 1 to 64 and --seconds 1 to 300")
    if not os.path.exists(arguments.text):
        print(f"skipped: {arguments.text} is absent (give --text)")
        return
    texts = sentences(arguments.text, arguments.sentences)
    if not texts:
        sys.exit(f"{arguments.text}: no sentence of 20 to 600 characters")
    with tempfile.TemporaryDirectory(prefix="tarjama-suggest-load-") as work:
        process, port, token, log = start_service(arguments.binary, arguments.glossary, work)
        try:
            # Warm-up: every sentence once, so the name cache and SQLite pages are as in a long run.
            run(port, token, texts, arguments.clients, min(arguments.seconds, 5))
            cpu_before = cpu_seconds(process.pid)
            wall_start = time.perf_counter()
            results = run(port, token, texts, arguments.clients, arguments.seconds)
            wall = time.perf_counter() - wall_start
            cpu = cpu_seconds(process.pid) - cpu_before
        finally:
            process.terminate()
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
            log.close()
    latencies = sorted(value for result in results for value in result[0])
    terms = sum(result[1] for result in results)
    failures = sum(result[2] for result in results)
    if not latencies:
        sys.exit("no request was answered")

    def percentile(p):
        return latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))] * 1000

    print(f"clients {arguments.clients}, {wall:.1f} s, {len(texts)} distinct sentences, load {os.getloadavg()[0]:.2f}")
    print(f"requests/s {len(latencies) / wall:.1f}  term suggestions/s {terms / wall:.1f}  failures {failures}")
    print(f"latency ms p50 {percentile(50):.1f}  p90 {percentile(90):.1f}  p99 {percentile(99):.1f}")
    print(f"service CPU {cpu:.1f} s ({cpu / wall:.2f} cores), {cpu * 1000 / len(latencies):.2f} ms per request,"
          f" {terms / cpu:.0f} term suggestions per CPU second" if cpu > 0 else f"service CPU {cpu:.1f} s")


if __name__ == "__main__":
    main()
