"""Precision and recall of ``drafter.rules.check`` on the labelled corpus.

Corpus: ``tests/corpus/*.txt`` (one paragraph a line) with a sidecar
``<name>.toml`` holding ``facts`` (path relative to tests/corpus), ``year`` and
``[[expect]]`` rows ``{rule, line, excerpt}``.  Seed labels live in
``tests/corpus/seeds/<stem>.toml`` and point at ``shared/seeds/<stem>.txt``;
for seeds only recall of the listed labels is measured.

Run: ``.venv/bin/python tests/rules/corpus_report.py [FOLDER]`` (FOLDER defaults to
tests/corpus; ``tests/corpus/blind`` scores the blind set, whose ``facts`` paths are
relative to that folder). Seeds are scored only with the default folder.
"""

from __future__ import annotations

import sys
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
REPO = HERE.parents[2]
CORPUS = REPO / "tests" / "corpus"
SEEDS_DIR = REPO.parent / "shared" / "seeds"
SEED_LABELS = CORPUS / "seeds"
SPEC = REPO.parent / "shared" / "spec" / "RULES.md"

RULE_IDS = (
    "number.unsourced",
    "number.placeholder",
    "number.arithmetic",
    "number.format",
    "slogan.count",
    "slogan.drift",
    "term.canonical",
    "term.outdated",
    "script.traditional",
    "script.misconversion",
    "punct.halfwidth",
    "structure.numbering",
    "boilerplate.web",
    "style.repeated",
    "style.doubled_unit",
    "style.unit_words",
    "style.empty_phrases",
    "style.working_notes",
)
STYLE_IDS = tuple(r for r in RULE_IDS if r.startswith("style."))
"""Warnings added after the first four corpora were written: labelled in tests/corpus/blind5
(written blind to them); in the older corpora every finding of theirs is a false alarm."""


@dataclass(frozen=True)
class Label:
    rule: str
    line: int
    excerpt: str


@dataclass
class Doc:
    name: str
    path: Path
    lines: list[str]
    facts_path: Path | None
    year: int | None
    labels: list[Label]
    seed: bool = False


@dataclass
class Result:
    tp: list[tuple[Doc, Label]] = field(default_factory=list)
    fp: list[tuple[Doc, Any]] = field(default_factory=list)
    fn: list[tuple[Doc, Label]] = field(default_factory=list)
    merged: list[tuple[Doc, Label]] = field(default_factory=list)
    """Labels inside the span of a finding matched to another label of the same fault."""


def _read_sidecar(path: Path) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def _labels(meta: dict[str, Any]) -> list[Label]:
    rows = meta.get("expect", [])
    return [Label(str(e["rule"]), int(e["line"]), str(e["excerpt"])) for e in rows]


def load_corpus(corpus: Path = CORPUS) -> list[Doc]:
    docs = []
    for txt in sorted(corpus.glob("*.txt")):
        side = txt.with_suffix(".toml")
        meta = _read_sidecar(side) if side.exists() else {}
        facts = meta.get("facts")
        docs.append(
            Doc(
                name=txt.name,
                path=txt,
                lines=txt.read_text(encoding="utf-8").splitlines(),
                facts_path=(corpus / facts) if facts else None,
                year=meta.get("year"),
                labels=_labels(meta),
            )
        )
    return docs


def seed_label_files() -> list[Path]:
    return sorted(SEED_LABELS.glob("*.toml"))


def load_seed(label_file: Path) -> Doc:
    meta = _read_sidecar(label_file)
    txt = SEEDS_DIR / (label_file.stem + ".txt")
    return Doc(
        name="seeds/" + txt.name,
        path=txt,
        lines=txt.read_text(encoding="utf-8").splitlines(),
        facts_path=None,
        year=meta.get("year"),
        labels=_labels(meta),
        seed=True,
    )


def load_seeds() -> list[Doc]:
    if not SEEDS_DIR.is_dir():
        return []
    return [load_seed(f) for f in seed_label_files() if (SEEDS_DIR / (f.stem + ".txt")).exists()]


def load_doc_facts(doc: Doc) -> Any:
    if doc.facts_path is None:
        return None
    from drafter.facts import load_facts

    return load_facts(doc.facts_path)


def run_check(doc: Doc) -> list[Any]:
    """The checker's findings for the rules these corpora label (RULE_IDS). Rules added
    after the corpora were written (claim.unsourced, number.status) are measured by their
    own tests: their labels would have to be written blind first."""
    from drafter.rules import check

    found = check(doc.lines, load_doc_facts(doc), year=doc.year)
    return [f for f in found if f.rule in RULE_IDS]


def _span(finding: Any) -> tuple[int, int]:
    start = finding.col - 1
    return start, start + len(finding.excerpt or "")


def _places(doc: Doc, label: Label) -> list[tuple[int, int]]:
    """Where the label's excerpt stands in its line (every occurrence)."""
    line = doc.lines[label.line - 1] if 0 < label.line <= len(doc.lines) else ""
    places, k = [], line.find(label.excerpt)
    while k >= 0 and label.excerpt:
        places.append((k, k + len(label.excerpt)))
        k = line.find(label.excerpt, k + 1)
    return places


def _matches(label: Label, finding: Any, doc: Doc | None = None) -> bool:
    """Same rule, same line, and the excerpts name the same place: one holds the other,
    or (the document at hand) the finding's span overlaps the labelled excerpt — a label
    「覆盖全体学生,主题班会」 and a finding 「,主题班会每月不少于2次,」 (one sentence in
    half-width mode) point at the same fault."""
    if finding.rule != label.rule or finding.line != label.line:
        return False
    ex = finding.excerpt or ""
    if not ex:
        return False
    if ex in label.excerpt or label.excerpt in ex:
        return True
    if doc is None:
        return False
    a, b = _span(finding)
    return any(s < b and a < e for s, e in _places(doc, label))


def _covers(finding: Any, label: Label, doc: Doc) -> bool:
    """Whether the label lies inside the finding's span (a per-character label of a
    fault the finding reports as one span)."""
    if finding.rule != label.rule or finding.line != label.line:
        return False
    a, b = _span(finding)
    return any(a <= s and e <= b for s, e in _places(doc, label))


def match(doc: Doc, findings: list[Any], result: Result) -> None:
    """Each label matched at most once and each finding at most once; seeds count no
    false positives. A label left over that lies inside a finding already matched to
    another label is merged into that one (counted neither as found twice nor as
    missed): the older corpora label 「(」 and 「)」 of one 「(…)」 apart, the checker
    reports the pair — one fault, one finding."""
    free = list(findings)
    matched: list[Any] = []
    missed: list[Label] = []
    for by_place in (False, True):  # excerpts holding each other first, then overlaps
        left, missed = missed if by_place else doc.labels, []
        for label in left:
            hit = next((f for f in free if _matches(label, f, doc if by_place else None)),
                       None)
            if hit is None:
                missed.append(label)
            else:
                free.remove(hit)
                matched.append(hit)
                result.tp.append((doc, label))
    for label in missed:
        if any(_covers(f, label, doc) for f in matched):
            result.merged.append((doc, label))
        else:
            result.fn.append((doc, label))
    if not doc.seed:
        result.fp.extend((doc, f) for f in free)


def evaluate(docs: list[Doc]) -> tuple[Result, dict[str, list[Any]]]:
    result = Result()
    per_doc: dict[str, list[Any]] = {}
    for doc in docs:
        findings = run_check(doc)
        per_doc[doc.name] = findings
        match(doc, findings, result)
    return result, per_doc


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def table(result: Result) -> dict[str, tuple[int, int, int]]:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for rule in RULE_IDS:
        counts[rule]
    for _, label in result.tp:
        counts[label.rule][0] += 1
    for _, f in result.fp:
        counts[f.rule][1] += 1
    for _, label in result.fn:
        counts[label.rule][2] += 1
    return {k: (v[0], v[1], v[2]) for k, v in counts.items()}


def precision_recall(result: Result) -> tuple[float, float]:
    tp, fp, fn = len(result.tp), len(result.fp), len(result.fn)
    return _ratio(tp, tp + fp), _ratio(tp, tp + fn)


def main(argv: list[str] | None = None) -> int:
    """Print per-rule precision/recall, then every false alarm and miss, for the corpus
    folder given as the only argument (default tests/corpus)."""
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]).resolve() if args else CORPUS
    docs = load_corpus(folder)
    seeds = load_seeds() if folder == CORPUS else []
    result, _ = evaluate(docs)
    print(f"corpus: {folder}: {len(docs)} documents, {sum(len(d.labels) for d in docs)} labels")
    print(f"{'rule':24} {'TP':>4} {'FP':>4} {'FN':>4} {'prec':>6} {'recall':>6}")
    for rule, (tp, fp, fn) in sorted(table(result).items()):
        prec, rec = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
        print(f"{rule:24} {tp:4} {fp:4} {fn:4} {prec:6.3f} {rec:6.3f}")
    p, r = precision_recall(result)
    tp, fp, fn = len(result.tp), len(result.fp), len(result.fn)
    print(f"{'overall':24} {tp:4} {fp:4} {fn:4} {p:6.3f} {r:6.3f}")
    if result.merged:
        print(f"merged: {len(result.merged)} labels lie inside a finding matched to another "
              "label of the same span (labelled per character, reported per span)")
    for doc, f in result.fp:
        print(f"FP {doc.name}:{f.line} {f.rule} «{f.excerpt}»")
    for doc, label in result.fn:
        print(f"FN {doc.name}:{label.line} {label.rule} «{label.excerpt}»")
    if seeds:
        sres, _ = evaluate(seeds)
        _, srec = precision_recall(sres)
        found, total = len(sres.tp), len(sres.tp) + len(sres.fn)
        print(f"seeds: {found}/{total} labels found (recall {srec:.3f})")
        for doc, label in sres.fn:
            print(f"FN {doc.name}:{label.line} {label.rule} «{label.excerpt}»")
    elif folder == CORPUS:
        print("seeds: not present, skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
