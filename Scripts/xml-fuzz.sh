#!/usr/bin/env bash
# The XML reader's differential fuzz against xmllint, longer than the run in `swift test`:
#   Scripts/xml-fuzz.sh [COUNT] [SEED] [KEEP_DIR]
# COUNT mutants (default 5000) from SEED (default: a new one, printed so a failure can be
# rerun); mutants the reader and xmllint disagree on are copied to KEEP_DIR
# (default /tmp/tarjama-xml-fuzz). Needs xmllint (apt-get install libxml2-utils).
set -euo pipefail
cd "$(dirname "$0")/.."

count=${1:-5000}
seed=${2:-$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')}
keep=${3:-/tmp/tarjama-xml-fuzz}
command -v xmllint >/dev/null || { echo "xml-fuzz: xmllint is not installed (apt-get install libxml2-utils)" >&2; exit 2; }

echo "xml-fuzz: $count mutants, seed $seed, disagreements kept in $keep"
swift build --build-tests
TARJAMA_XML_FUZZ_COUNT=$count TARJAMA_XML_FUZZ_SEED=$seed TARJAMA_XML_FUZZ_KEEP=$keep \
  swift test --skip-build --filter XMLDifferentialFuzzTests
