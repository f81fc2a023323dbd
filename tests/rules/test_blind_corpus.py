"""The blind corpora (tests/corpus/blind*, each labelled by someone who never read the
rules): the checker's precision and recall on each (issue 12: recall ≥ 0.90 at precision
≥ 0.95), and silence on the clean documents of every one of them.
Report: .venv/bin/python tests/rules/corpus_report.py tests/corpus/blindN

Every set was measured once before any rule was tuned on it (the figures are in the
closing notes); a set is gated on recall only after its misses were worked on (TUNED).
The newest set is measured, not gated: it is the check that the rules generalise."""

from __future__ import annotations

import pytest
from support.corpus import cr

TUNED = ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8",
         "blind9", "blind11", "blind12")
FOLDERS = sorted(p.name for p in cr.CORPUS.glob("blind*") if p.is_dir())
DOCS = {name: cr.load_corpus(cr.CORPUS / name) for name in FOLDERS}
pytestmark = pytest.mark.skipif(not FOLDERS, reason="no tests/corpus/blind* present")


@pytest.mark.parametrize("folder", [f for f in TUNED if f in DOCS])
def test_precision_and_recall_on_a_blind_set(folder: str) -> None:
    result, _ = cr.evaluate(DOCS[folder])
    p, r = cr.precision_recall(result)
    report = [f"FP {d.name}:{f.line} {f.rule} «{f.excerpt}»" for d, f in result.fp]
    report += [f"FN {d.name}:{lab.line} {lab.rule} «{lab.excerpt}»" for d, lab in result.fn]
    assert p >= 0.95 and r >= 0.90, f"precision {p:.3f} recall {r:.3f}\n" + "\n".join(report)


@pytest.mark.parametrize("folder", FOLDERS)
def test_precision_holds_on_every_blind_set(folder: str) -> None:
    result, _ = cr.evaluate(DOCS[folder])
    p, _ = cr.precision_recall(result)
    assert p >= 0.95, [f"FP {d.name}:{f.line} {f.rule} «{f.excerpt}»" for d, f in result.fp]


@pytest.mark.parametrize("doc", [d for name in FOLDERS for d in DOCS[name] if not d.labels],
                         ids=lambda d: d.name)
def test_clean_blind_document_has_no_findings(doc) -> None:
    findings = cr.run_check(doc)
    assert findings == [], [(f.line, f.rule, f.excerpt) for f in findings]
