"""What the built-in writer adds around the facts, so an import of its own export can
tell the facts from the genre's set phrases: the phrase banks' lead/done/aim sentences
(templates/phrases/subjects.toml, their {slots} as wildcards) and the fixed headings
of the templates (「（一）抓好理论学习。」…). Read from templates/ at run time, so a changed
template changes what is recognised."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from drafter.facts import TASK_CATEGORIES
from drafter.kinds.text import phrase_bank
from drafter.paths import templates_dir

_SLOT = re.compile(r"\{[a-z_]+\}")


@dataclass(frozen=True)
class BankSentence:
    category: str  # the FACTS.md task category the subject is, or ""
    use: str  # lead · done · aim · explain
    pattern: re.Pattern[str]


@cache
def bank_sentences() -> tuple[BankSentence, ...]:
    """Every phrase-bank sentence as a full-match pattern ({slots} match any words)."""
    out = []
    for subject, entry in phrase_bank("subjects").items():
        category = subject if subject in TASK_CATEGORIES else ""
        # The subject's own sentences, then those of each unit family's table in it.
        for table in (entry, *(v for v in entry.values() if isinstance(v, dict))):
            for use in ("lead", "done", "aim", "explain"):
                for phrase in table.get(use, []):
                    parts = _SLOT.split(phrase)
                    source = "[^。；]{1,60}?".join(re.escape(p) for p in parts)
                    out.append(BankSentence(category, use, re.compile(source + "$")))
    return tuple(out)


def bank_match(sentence: str) -> BankSentence | None:
    """The phrase-bank sentence `sentence` is an instance of, or None."""
    for entry in bank_sentences():
        if entry.pattern.match(sentence):
            return entry
    return None


_FIXED = re.compile(r"^[（(][一二三四五六七八九十]+[）)]([^。{}\n]{2,30})。", re.M)


@cache
def fixed_headings() -> frozenset[str]:
    """The numbered headings the templates write themselves (not from the facts)."""
    found: set[str] = set()
    for path in templates_dir().glob("*/*.j2"):
        found |= set(_FIXED.findall(path.read_text(encoding="utf-8")))
    return frozenset(found)


# The templates' sentences for an empty list (no problems, no next steps): they state
# nothing, so a paragraph holding one is not imported as a problem or a next step.
GENERIC_MARKERS = ("还有一定差距", "再上新台阶", "常态化、长效化", "查漏补缺，推动创建工作")
