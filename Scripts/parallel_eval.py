"""What the evaluation scripts (number-eval, term-eval, name-eval) share: the parallel corpora in
shared/ref/parallel, their common options, and running the built `tarjama` on a corpus side
with its JSONL offsets mapped back to lines."""
import bisect
import os
import subprocess
import sys
import tempfile

CORPORA = {
    "ntrex-dev": ("parallel/ntrex-dev/newstest2019-ref.arb.dev.txt", "parallel/ntrex-dev/newstest2019-src.eng.dev.txt"),
    "un-dev": ("parallel/un-devset/UNv1.0.devset.ar", "parallel/un-devset/UNv1.0.devset.en"),
}

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def add_common_arguments(parser, glossary=False):
    """--binary, --shared, --show (and --glossary)."""
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/debug/tarjama"))
    parser.add_argument("--shared", default=os.environ.get("TARJAMA_SHARED", os.path.join(os.path.dirname(ROOT), "shared")))
    if glossary:
        parser.add_argument("--glossary", default=os.path.join(ROOT, "Glossaries"))
    parser.add_argument("--show", type=int, default=0, help="print this many misses per corpus")


def corpora(shared, script):
    """(name, Arabic lines, English lines) per corpus; none, with a line on stderr, when absent."""
    reference = os.path.join(shared, "ref")
    if not os.path.isdir(reference):
        print(f"{script}: {reference} is absent; nothing to measure", file=sys.stderr)
        return
    for name, (arabic_path, english_path) in CORPORA.items():
        with open(os.path.join(reference, arabic_path), encoding="utf-8") as handle:
            arabic = handle.read().split("\n")[:-1]
        with open(os.path.join(reference, english_path), encoding="utf-8") as handle:
            english = handle.read().split("\n")[:-1]
        yield name, arabic, english


def run_on_lines(binary, arguments, lines):
    """The JSONL lines `tarjama <arguments[0]> FILE <arguments[1:]>` prints for `lines` written
    one per line, and a function from a UTF-16 offset to its 0-based line."""
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as handle:
        handle.write("\n".join(lines) + "\n")
        path = handle.name
    try:
        command = [binary, arguments[0], path] + list(arguments[1:])
        output = subprocess.run(command, capture_output=True, check=True, text=True).stdout
    finally:
        os.unlink(path)
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line.encode("utf-16-le")) // 2 + 1

    def line_of(utf16_offset):
        return max(0, bisect.bisect_right(starts, utf16_offset) - 1)

    return output.splitlines(), line_of
