"""The blind corpus (tests/corpus/blind, labelled without reading the rules): the checker's
precision and recall on it (issue 12: recall ≥ 0.90 at precision ≥ 0.95), and silence on
its clean documents. Report: .venv/bin/python tests/rules/corpus_report.py tests/corpus/blind"""

from __future__ import annotations

import pytest
from support.corpus import cr

BLIND = cr.CORPUS / "blind"
DOCS = cr.load_corpus(BLIND) if BLIND.is_dir() else []
pytestmark = pytest.mark.skipif(not DOCS, reason="tests/corpus/blind not present")


def test_precision_and_recall_on_the_blind_set() -> None:
    result, _ = cr.evaluate(DOCS)
    p, r = cr.precision_recall(result)
    report = [f"FP {d.name}:{f.line} {f.rule} «{f.excerpt}»" for d, f in result.fp]
    report += [f"FN {d.name}:{lab.line} {lab.rule} «{lab.excerpt}»" for d, lab in result.fn]
    assert p >= 0.95 and r >= 0.90, f"precision {p:.3f} recall {r:.3f}\n" + "\n".join(report)


@pytest.mark.parametrize("doc", [d for d in DOCS if not d.labels], ids=lambda d: d.name)
def test_clean_blind_document_has_no_findings(doc) -> None:
    findings = cr.run_check(doc)
    assert findings == [], [(f.line, f.rule, f.excerpt) for f in findings]
