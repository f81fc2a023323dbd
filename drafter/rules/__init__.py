"""The rules checker: every rule of RULES.md over one text model, registered here.

`check` is pure and fast; the draft command, the export gate, the LLM guard, the TUI's
findings panel and `drafter check` all call it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence

from drafter.facts import Facts
from drafter.rules import (
    arithmetic,
    boilerplate,
    canonical,
    claims,
    doubled_unit,
    empty_phrases,
    notes_forbid,
    numbers,
    numformat,
    outdated,
    punct,
    repeated,
    script,
    slogans,
    status,
    structure,
    unit_words,
    working_notes,
)
from drafter.rules.model import Finding, Text
from drafter.terms import Terms, load_terms

Rule = Callable[[Text], Iterator[Finding]]

# The registry: rule id → the function that finds it. Ids are a stable contract.
RULES: dict[str, Rule] = {
    "number.unsourced": numbers.unsourced,
    "number.placeholder": numbers.placeholder,
    "number.arithmetic": arithmetic.arithmetic,
    "number.format": numformat.number_format,
    "number.status": status.status,
    "claim.unsourced": claims.unsourced,
    "slogan.count": slogans.count,
    "slogan.drift": slogans.drift,
    "term.canonical": canonical.canonical,
    "term.outdated": outdated.outdated,
    "script.traditional": script.traditional,
    "script.misconversion": script.misconversion,
    "punct.halfwidth": punct.punctuation,
    "structure.numbering": structure.numbering,
    "boilerplate.web": boilerplate.boilerplate,
    "style.repeated": repeated.repeated,
    "style.doubled_unit": doubled_unit.doubled_unit,
    "style.unit_words": unit_words.unit_words,
    "style.empty_phrases": empty_phrases.empty_phrases,
    "style.notes_forbid": notes_forbid.notes_forbid,
    "style.working_notes": working_notes.working_notes,
}
RULE_IDS: tuple[str, ...] = tuple(RULES)
ADVISORY: frozenset[str] = frozenset(r for r in RULES if r.startswith("style."))
"""Style warnings: reported (the TUI, `drafter check`, the guard's note) but never a
reason for the guard to repair, drop a sentence or fall back to the built-in text."""

__all__ = ["ADVISORY", "RULES", "RULE_IDS", "Finding", "apply_fixes", "check"]


def check(text: str | Sequence[str], facts: Facts | None = None, *, year: int | None = None,
          terms: Terms | None = None, section: str = "") -> list[Finding]:
    """Every finding in `text` (one paragraph a line), sorted by place then rule.
    `section`: the heading text of the one section `text` is, when it has no heading."""
    lines = text.splitlines() if isinstance(text, str) else list(text)
    model = Text(lines, facts, terms or load_terms(), year, section)
    found = {f for rule in RULES.values() for f in rule(model)}
    return sorted(_outside_junk(found, lines), key=lambda f: (f.line, f.col, f.rule, f.excerpt))


def _outside_junk(found: set[Finding], lines: Sequence[str]) -> set[Finding]:
    """Findings of other rules inside junk that boilerplate.web deletes (a site's
    「发布时间：2022-12-28」, a pinyin gloss 「(chuàng)」) are not reported separately."""
    junk: dict[int, list[tuple[int, int]]] = {}
    for f in found:
        if f.rule == "boilerplate.web" and f.fix == "":
            junk.setdefault(f.line, []).append((f.col, f.col + len(f.excerpt)))
    if not junk:
        return found
    kept = set()
    for f in found:
        spans = junk.get(f.line, [])
        if f.rule == "boilerplate.web" or not spans:
            kept.add(f)
        elif f.rule == "punct.halfwidth":  # a sentence's marks, some may be in the junk
            trimmed = punct.outside(f, lines[f.line - 1], [(a - 1, b - 1) for a, b in spans])
            if trimmed is not None:
                kept.add(trimmed)
        elif not any(a <= f.col and f.col + len(f.excerpt) <= b for a, b in spans):
            kept.add(f)
    return kept


def apply_fixes(lines: Sequence[str], findings: Iterable[Finding]) -> list[str]:
    """Apply each fixable finding whose excerpt is still where it was. Fixes that keep
    the excerpt's length change characters (a sentence's half-width marks, full-width
    digits): they apply together as long as no two change the same character. The others
    apply from later columns to earlier, so earlier offsets stay valid, skipping any that
    overlaps a change already made. A line that a fix leaves blank (junk deleted as a
    whole) is dropped, so the result may be shorter."""
    out = list(lines)
    emptied: set[int] = set()
    by_line: dict[int, list[Finding]] = {}
    for f in findings:
        if f.fix is not None:
            by_line.setdefault(f.line, []).append(f)
    for number, items in by_line.items():
        line = out[number - 1]
        chars = list(line)
        touched: set[int] = set()
        others: list[Finding] = []
        for f in sorted(items, key=lambda f: (f.col, f.rule)):
            start = f.col - 1
            fix = f.fix or ""
            if len(fix) == len(f.excerpt) and line[start:start + len(fix)] == f.excerpt:
                changes = [(start + k, c)
                           for k, (a, c) in enumerate(zip(f.excerpt, fix, strict=True)) if a != c]
                if not touched.intersection(p for p, _ in changes):
                    for p, c in changes:
                        chars[p] = c
                        touched.add(p)
                    continue
            others.append(f)
        line = "".join(chars)
        limit = len(line) + 1
        for f in sorted(others, key=lambda f: f.col, reverse=True):
            start = f.col - 1
            end = start + len(f.excerpt)
            if end > limit or line[start:end] != f.excerpt:
                continue
            line = line[:start] + (f.fix or "") + line[end:]
            limit = start
        out[number - 1] = line
        if not line.strip(" \t\u3000"):
            emptied.add(number - 1)
    return [line for k, line in enumerate(out) if k not in emptied]
