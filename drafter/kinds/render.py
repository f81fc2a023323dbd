"""Everything that turns facts into a section's text or the title: the unit's vocabulary,
which sections apply, which tasks go where, and the kind's jinja2 templates rendered with
the phrase banks in templates/phrases/. Deterministic, no model, no network.

It states no number of its own: every figure, date and count comes from the facts
(the phrase banks are written without numbers)."""

from __future__ import annotations

from typing import Any

from drafter.facts import Facts, Task
from drafter.kinds import Kind, SectionSpec
from drafter.kinds.jinja import fill, phrase_bank, pick, render_lines, render_string
from drafter.terms import load_terms


def vocabulary(facts: Facts) -> dict[str, str]:
    """The words a unit of this type uses for itself, its people and its work."""
    units = phrase_bank("units")
    vocab: dict[str, str] = dict(units["其他"])
    vocab.update(units.get(facts.unit.type, {}))
    self_ref = facts.unit.self_ref
    # 我院 → 院 (全院), 我们社区 → 社区 (全社区); a self-reference without 我 keeps the type's word.
    place = self_ref.removeprefix("我们").removeprefix("我") if self_ref.startswith("我") else ""
    place = place or vocab["place"]
    vocab.update(
        self=self_ref,
        place=place,
        whole=f"全{place}",
        unit=facts.unit.name,
        theme=facts.doc.theme,
        superior=facts.unit.superior or vocab["superior"],
    )
    return vocab


def applicable(spec: SectionSpec, facts: Facts) -> bool:
    """Whether the facts give the section anything to say (e.g. no 领导小组, no section)."""
    need = spec.requires
    if not need:
        return True
    if need == "tasks.when":
        return any(t.when for t in facts.tasks)
    value = getattr(facts, need, None)
    return bool(value)


def assign_tasks(kind: Kind, facts: Facts) -> dict[str, tuple[Task, ...]]:
    """Each task goes to exactly one section: the first whose categories name it, else
    the section marked "*"."""
    owners: dict[str, list[Task]] = {s.id: [] for s in kind.sections if s.task_categories}
    catch_all = next((s.id for s in kind.sections if "*" in s.task_categories), None)
    for task in facts.tasks:
        target = next((s.id for s in kind.sections
                       if task.category and task.category in s.task_categories), catch_all)
        if target:
            owners[target].append(task)
    return {k: tuple(v) for k, v in owners.items()}


class _Phrases:
    """Phrase-bank access for templates: category leads and aims, filled for the unit."""

    def __init__(self, facts: Facts, vocab: dict[str, str]) -> None:
        self.facts = facts
        self.vocab = vocab
        self.bank = phrase_bank("categories")

    def _entry(self, task: Task) -> dict[str, list[str]]:
        return self.bank.get(task.category) or self.bank["通用"]

    def lead(self, task: Task, tense: str = "plan") -> str:
        key = "done" if tense == "done" else "lead"
        return fill(pick(self._entry(task)[key], task.title, key), self.vocab)

    def aim(self, task: Task) -> str:
        return fill(pick(self._entry(task)["aim"], task.title, "aim"), self.vocab)


def section_context(kind: Kind, spec: SectionSpec, facts: Facts) -> dict[str, Any]:
    vocab = vocabulary(facts)
    terms = load_terms()
    return {
        "facts": facts,
        "unit": facts.unit,
        "doc": facts.doc,
        "v": vocab,
        "kind": kind,
        "section": spec,
        "tasks": assign_tasks(kind, facts).get(spec.id, facts.tasks),
        "guiding": terms.guiding_sentence(facts.doc.date),
        "companion": terms.companion_clause(facts.doc.date),
        "say": _Phrases(facts, vocab),
        "dated_figures": [f for f in facts.figures if f.period],
        "base_figures": [f for f in facts.figures if not f.period],
    }


def render_section(kind: Kind, spec: SectionSpec, facts: Facts) -> str:
    """The section's finished text, one paragraph a line."""
    # A bare name is the kind's own template; "common/…" is shared between kinds.
    path = spec.template if "/" in spec.template else f"{kind.id}/{spec.template}"
    lines = render_lines(path, section_context(kind, spec, facts))
    return "\n".join(lines)


def render_title(kind: Kind, facts: Facts) -> str:
    if facts.doc.title:
        return facts.doc.title
    return render_string(kind.title, {"unit": facts.unit, "doc": facts.doc,
                                      "v": vocabulary(facts)})
