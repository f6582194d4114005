"""The gold evaluation sets in Evaluation/: which corpus lines are annotated (lines.tsv, with each
line's document and cross-validation fold) and the adjudicated rows of terms.tsv, numbers.tsv and
names.tsv. Offsets in the gold files are UTF-16 units from the start of the line (0-based), the
line 1-based, as tarjama's JSONL offsets are UTF-16 units from the start of the file."""
import collections
import csv
import hashlib
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EVALUATION = os.path.join(ROOT, "Evaluation")
DOCUMENTS = {
    "ntrex-dev": "parallel/ntrex-dev/DOCUMENT_IDS.dev.tsv",
    "un-dev": "parallel/un-devset/UNv1.0.devset.ids",
}
FOLDS = 5


def _digest(text):
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def documents(name, shared):
    """The document of each line of a corpus (1-based list index + 1)."""
    with open(os.path.join(shared, "ref", DOCUMENTS[name]), encoding="utf-8") as handle:
        return [line.split()[0] if line.split() else "" for line in handle.read().split("\n")[:-1]]


def select_lines(name, shared, un_lines=800):
    """(line, document, fold) of the lines to annotate: all of NTREX dev; for UN dev whole documents
    taken in an order that interleaves the document series (a, s, e, npt, ...) proportionally,
    until `un_lines` lines are in. Folds: documents in digest order, dealt round-robin."""
    docs = documents(name, shared)
    by_doc = collections.defaultdict(list)
    for index, doc in enumerate(docs):
        by_doc[doc].append(index + 1)
    chosen = sorted(by_doc, key=_digest)
    if name == "un-dev":
        strata = collections.defaultdict(list)
        for doc in sorted(by_doc, key=_digest):
            strata[doc.split("/")[1] if "/" in doc else doc].append(doc)
        keyed = [((rank + 0.5) / len(members), _digest(doc), doc) for members in strata.values() for rank, doc in enumerate(members)]
        chosen, count = [], 0
        for _, _, doc in sorted(keyed):
            if count >= un_lines:
                break
            chosen.append(doc)
            count += len(by_doc[doc])
        chosen.sort(key=_digest)
    fold_of = {doc: rank % FOLDS for rank, doc in enumerate(chosen)}
    return sorted((line, doc, fold_of[doc]) for doc in chosen for line in by_doc[doc])


def read_lines():
    """{corpus: {line: (document, fold)}} from Evaluation/lines.tsv."""
    result = collections.defaultdict(dict)
    for row in read_tsv("lines.tsv"):
        result[row["corpus"]][int(row["line"])] = (row["document"], int(row["fold"]))
    return result


def read_tsv(filename):
    path = os.path.join(EVALUATION, filename)
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8", newline="") as handle:
        rows = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE))
