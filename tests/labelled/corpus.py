"""Precision and recall of the checker on the labelled corpus (tests/labelled/docs).

A finding matches a label with the same rule and line whose excerpt contains, or is
contained in, the finding's; each label is matched once. Unmatched findings are false
positives, unmatched labels false negatives. Run: .venv/bin/python tests/labelled/corpus.py"""

from __future__ import annotations

import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from drafter.facts import load_facts
from drafter.kinds import kind_ids
from drafter.rules import ADVISORY, RULE_IDS, Finding, check

DOCS = Path(__file__).resolve().parent / "docs"


@dataclass
class Score:
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)  # what went wrong, file:line
    clean_findings: list[str] = field(default_factory=list)

    def precision(self, rule: str | None = None) -> float:
        tp = self.tp[rule] if rule else sum(self.tp.values())
        fp = self.fp[rule] if rule else sum(self.fp.values())
        return tp / (tp + fp) if tp + fp else 1.0

    def recall(self, rule: str | None = None) -> float:
        tp = self.tp[rule] if rule else sum(self.tp.values())
        fn = self.fn[rule] if rule else sum(self.fn.values())
        return tp / (tp + fn) if tp + fn else 1.0


def documents() -> list[Path]:
    return sorted(DOCS.glob("*.txt"))


def labels_of(doc: Path) -> dict:
    return tomllib.loads(doc.with_suffix(".toml").read_text(encoding="utf-8"))


def findings_of(doc: Path, meta: dict) -> list[Finding]:
    facts = load_facts(DOCS.parent / meta["facts"], kinds=kind_ids()) if "facts" in meta else None
    found = check(doc.read_text(encoding="utf-8").splitlines(), facts, year=meta.get("year"))
    return [f for f in found if f.rule not in ADVISORY]  # not labelled in this corpus


def evaluate() -> Score:
    score = Score()
    for doc in documents():
        meta = labels_of(doc)
        expected = list(meta.get("expect", []))
        for f in findings_of(doc, meta):
            match = next((e for e in expected if e["rule"] == f.rule and e["line"] == f.line
                          and (e["excerpt"] in f.excerpt or f.excerpt in e["excerpt"])), None)
            if match is not None:
                expected.remove(match)
                score.tp[f.rule] += 1
            else:
                score.fp[f.rule] += 1
                score.misses.append(f"FP {doc.name}:{f.line} {f.rule} «{f.excerpt}»")
                if not meta.get("expect"):
                    score.clean_findings.append(f"{doc.name}:{f.line} {f.rule} «{f.excerpt}»")
        for e in expected:
            score.fn[e["rule"]] += 1
            score.misses.append(f"FN {doc.name}:{e['line']} {e['rule']} «{e['excerpt']}»")
    return score


def main() -> None:
    score = evaluate()
    docs = documents()
    clean = sum(1 for d in docs if not labels_of(d).get("expect"))
    print(f"{len(docs)} documents ({clean} clean, {len(docs) - clean} with planted errors)")
    print(f"{'rule':24} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>10} {'recall':>8}")
    for rule in RULE_IDS:
        print(f"{rule:24} {score.tp[rule]:4} {score.fp[rule]:4} {score.fn[rule]:4} "
              f"{score.precision(rule):10.3f} {score.recall(rule):8.3f}")
    print(f"{'overall':24} {sum(score.tp.values()):4} {sum(score.fp.values()):4} "
          f"{sum(score.fn.values()):4} {score.precision():10.3f} {score.recall():8.3f}")
    for line in score.misses:
        print(line)


if __name__ == "__main__":
    main()
