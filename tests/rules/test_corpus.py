"""The labelled corpus: well-formedness (no checker needed) and the checker's quality on it."""

from __future__ import annotations

import re

import pytest
from support.corpus import cr

DOCS = cr.load_corpus()
SEED_FILES = cr.seed_label_files()
SEEDS_PRESENT = cr.SEEDS_DIR.is_dir()


def _spec_rule_ids() -> set[str]:
    """The text rules RULES.md lists (coverage rules compare a summary with its plan,
    which `drafter check --plan` does, not the checker of one text)."""
    if not cr.SPEC.exists():
        return set(cr.RULE_IDS)
    spec = cr.SPEC.read_text(encoding="utf-8").split("\n## Coverage")[0]
    return set(re.findall(r"^\|\s*`([a-z]+\.[a-z_]+)`", spec, re.M))


# ---- well-formedness: passes without the checker -------------------------

def test_corpus_size():
    assert len(DOCS) >= 40
    assert sum(1 for d in DOCS if not d.labels) >= 14


@pytest.mark.parametrize("doc", DOCS, ids=lambda d: d.name)
def test_document_well_formed(doc):
    assert 12 <= len(doc.lines) <= 40, doc.name
    assert all(line.strip() for line in doc.lines), "no empty lines"
    for label in doc.labels:
        assert label.rule in cr.RULE_IDS, label
        assert 1 <= label.line <= len(doc.lines), label
        assert label.excerpt and label.excerpt in doc.lines[label.line - 1], label
    if doc.facts_path is None:
        assert not any(lab.rule == "number.unsourced" for lab in doc.labels)


@pytest.mark.parametrize("path", sorted((cr.CORPUS / "facts").glob("*.toml")), ids=lambda p: p.name)
def test_facts_file_loads(path):
    from drafter.facts import load_facts

    assert load_facts(path) is not None


def test_sidecar_facts_exist():
    for doc in DOCS:
        if doc.facts_path is not None:
            assert doc.facts_path.exists(), doc.name


def test_every_rule_labelled_three_times():
    """The style warnings are labelled in the blind5 set, not here (cr.STYLE_IDS)."""
    counts = {r: 0 for r in cr.RULE_IDS if r not in cr.STYLE_IDS}
    for doc in DOCS:
        for label in doc.labels:
            counts[label.rule] += 1
    assert _spec_rule_ids() <= set(cr.RULE_IDS)
    assert all(n >= 3 for n in counts.values()), counts


@pytest.mark.skipif(not SEEDS_PRESENT, reason="shared/seeds not present")
@pytest.mark.parametrize("label_file", SEED_FILES, ids=lambda p: p.stem)
def test_seed_labels_well_formed(label_file):
    doc = cr.load_seed(label_file)
    assert doc.labels
    for label in doc.labels:
        assert label.rule in cr.RULE_IDS
        assert label.excerpt in doc.lines[label.line - 1], label


# ---- checker quality ------------------------------------------------------

@pytest.fixture(scope="module")
def evaluation():
    return cr.evaluate(DOCS)


def test_precision_and_recall(evaluation):
    result, _ = evaluation
    p, r = cr.precision_recall(result)
    report = [f"FP {d.name}:{f.line} {f.rule} «{f.excerpt}»" for d, f in result.fp]
    report += [f"FN {d.name}:{lab.line} {lab.rule} «{lab.excerpt}»" for d, lab in result.fn]
    assert p >= 0.95 and r >= 0.95, f"precision {p:.3f} recall {r:.3f}\n" + "\n".join(report)


def test_every_rule_has_a_true_positive(evaluation):
    result, _ = evaluation
    found = {lab.rule for _, lab in result.tp}
    assert _spec_rule_ids() - found - set(cr.STYLE_IDS) == set()


@pytest.mark.parametrize("doc", [d for d in DOCS if not d.labels], ids=lambda d: d.name)
def test_clean_document_has_no_findings(doc):
    findings = cr.run_check(doc)
    assert findings == [], [(f.line, f.rule, f.excerpt) for f in findings]


@pytest.mark.skipif(not SEEDS_PRESENT, reason="shared/seeds not present")
@pytest.mark.parametrize("label_file", SEED_FILES, ids=lambda p: p.stem)
def test_seed_labels_found(label_file):
    doc = cr.load_seed(label_file)
    result = cr.Result()
    cr.match(doc, cr.run_check(doc), result)
    assert not result.fn, [(lab.line, lab.rule, lab.excerpt) for _, lab in result.fn]
