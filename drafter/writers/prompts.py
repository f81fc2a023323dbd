"""The prompts an LLM writer sends: the system prompt, one section's request (the facts
it needs, the built-in skeleton, what the other sections say) and a revision, rendered
from the jinja2 files in prompts/. No transport here: LLMWriter sends them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from drafter.document import format_cn_date
from drafter.facts import Facts
from drafter.kinds import RETROSPECTIVE, get_kind
from drafter.kinds.notes import (
    as_delivered,
    asked_length,
    asked_scenes,
    few_meetings,
    notes_year,
    placed,
    read_aloud,
    scenes,
    stress_home,
    stress_items,
    targets_gathered,
    unsaid,
    untied,
)
from drafter.kinds.prose import quoted_list
from drafter.kinds.render import assign_tasks, render_section, render_title, vocabulary
from drafter.paths import prompts_dir
from drafter.terms import load_terms
from drafter.writers import tokens
from drafter.writers.base import SectionRequest

Messages = list[dict[str, str]]
"""Chat messages as the SDK takes them: [{"role": "system"|"user"|"assistant",
"content": str}, …]."""

CONTEXT_SUMMARY = 1200  # characters of other sections' text before it is summarised


@lru_cache(maxsize=1)
def _env() -> Environment:
    return Environment(loader=FileSystemLoader(str(prompts_dir())), undefined=StrictUndefined,
                       keep_trailing_newline=False, autoescape=False)


def render(name: str, **values: Any) -> str:
    return _env().get_template(name).render(**values).strip()


def _fmt(value: Any, indent: str = "") -> list[str]:
    if isinstance(value, dict):
        out = []
        for k, v in value.items():
            if isinstance(v, dict | list):
                out.append(f"{indent}{k}：")
                out.extend(_fmt(v, indent + "  "))
            else:
                out.append(f"{indent}{k}：{v}")
        return out
    if isinstance(value, list):
        out = []
        for item in value:
            if isinstance(item, dict):
                inner = "；".join(f"{k}：{v}" for k, v in item.items())
                out.append(f"{indent}- {inner}")
            else:
                out.append(f"{indent}- {item}")
        return out
    return [f"{indent}{value}"]


def facts_table(facts: Facts, uses: Sequence[str]) -> str:
    """Only the facts the section needs (SectionSpec.uses), plus the unit and document;
    no figure due after its date unless the notes ask for its blank (notes.as_delivered: a
    blind48 answer asked for the one the skeleton had left out)."""
    keys = ["unit", "doc", *[k for k in uses if k not in ("unit", "doc")]]
    stated = {f.name for f in as_delivered(facts).figures}
    data = {**facts.data, "figures": [row for row in facts.data.get("figures") or ()
                                      if not isinstance(row, dict) or row.get("name") in stated]}
    lines: list[str] = []
    for key in keys:
        if key in data and data[key] not in (None, "", [], {}):
            lines.append(f"【{key}】")
            lines.extend(_fmt(data[key], "  "))
    return "\n".join(lines)


def joined(messages: list[dict[str, str]]) -> str:
    return "\n".join(m["content"] for m in messages)


def summarise(context: str) -> str:
    if len(context) <= CONTEXT_SUMMARY:
        return context
    heads = [ln.strip()[:40] for ln in context.splitlines() if ln.strip()]
    return "（摘要）\n" + "\n".join(heads)




@lru_cache(maxsize=64)
def _reference_sizes(kind_id: str, facts: Facts) -> dict[str, int]:
    kind = get_kind(kind_id)
    return {s.id: len(render_section(kind, s, facts)) for s in kind.sections}


_FIXED_LENGTH = {"guiding"}  # section ids whose length does not grow with the document's


def section_length(request: SectionRequest) -> int:
    """This section's share of the length the notes ask for (characters), in proportion
    to its reference text among all the kind's sections' reference texts (0: the notes
    ask none). Not among the other sections' current texts: those drafted already are a
    model's, longer than their references, and shrank the later sections' shares."""
    total = asked_length(request.facts.doc.notes)
    own = len(request.skeleton)
    # a 称谓 is what it is: no share (a spoken summary's 同志们： asked 50 characters)
    if not total or not own or request.spec.role == "salutation":
        return 0
    sizes = _reference_sizes(request.kind.id, request.facts)
    # a 指导思想 is one paragraph of formulations whatever the document's length: asked to
    # grow with it (310 characters of a 4500-character plan) a model padded it with five
    # 坚持… lines (blind80's LLM reader); it keeps its reference's length, the rest share
    if request.spec.id in _FIXED_LENGTH:
        return int(max(50, round(own, -1)))
    total -= sum(n for k, n in sizes.items() if k in _FIXED_LENGTH)
    others = sum(n for k, n in sizes.items() if k != request.spec.id and k not in _FIXED_LENGTH)
    return int(max(50, round(total * own / (own + others), -1)))  # 2150, not 2150.0


def said_once(facts: Facts) -> list[str]:
    """The slogans (and compound slogans) the notes say where to state, or ask stated
    once and tied to no task (notes.placed, notes.untied): the blind36 LLM reader's
    second costliest defect was a model tying each task to a slogan the notes had said
    once (三线四员 in 指导思想, 其他地方不再重复), as the prompt's rule 5 asks of others."""
    names = [*dict.fromkeys(s.group for s in facts.slogans if s.group),
             *(s.text for s in facts.slogans)]
    return [n for n in names if untied(facts, n) or placed(facts, n)]


def stressed_here(request: SectionRequest) -> list[str]:
    """The titles of this section's tasks the notes ask to be written at length (notes.
    stress_items: 查螺灭螺和晚血病人随访这两块…展开写), when it has at least three tasks:
    the prompt gives them half the section (a blind26 reader: the two stressed tasks one
    short paragraph each, as long as the other four)."""
    tasks = assign_tasks(request.kind, request.facts).get(request.spec.id, ())
    if len(tasks) < 3:
        return []
    # a scene asked for (多写技术员背着仪器箱爬上村小的楼顶…的事) is its doer's task's, as
    # notes.scenes reads it, not the first task naming 技术员 (blind66's prompt gave a 学习
    # task half the section)
    shown = scenes(request.facts)
    asked = "；".join(asked_scenes(request.facts))
    homes = {id(h) for i in stress_items(request.facts, at_length=True) if i not in asked
             and (h := stress_home(i, tasks, loose=False)) is not None}
    return [t.title for t in tasks if id(t) in homes or t.title in shown]


_PART_YEAR = re.compile(r"截至(?:1[01]|[1-9])月|(?:^|[^\d])1[—\-至到~～](?:1[01]|[1-9])月")
"""A period that ends before the year does (截至11月底, 2026年1—10月)."""


def system_prompt(request: SectionRequest) -> str:
    """The rules every section's answer is checked against; the notes' 今年 is the
    document's year, or its date's when written before that year began (FACTS.md: a
    blind42 model dated the notes' 去年 of a 2027 plan written in December 2026 to 2026;
    notes.notes_year)."""
    facts = request.facts
    return render("system.j2", unit=facts.unit, title=render_title(request.kind, facts),
                  kind=request.kind, guiding=load_terms().guiding_sentence(facts.doc.date),
                  v=vocabulary(facts),
                  notes_year=notes_year(facts))


def build_messages(request: SectionRequest, *, context_budget: int, model: str = ""
                   ) -> Messages:
    """The system and user messages for one section (a revision when the request holds
    an instruction). Only the other sections' context is cut to fit `context_budget`
    tokens, never the rules or the facts."""
    system = system_prompt(request)
    table = facts_table(request.facts, request.spec.uses)
    section = {"label": request.spec.label, "title": request.spec.title, "id": request.spec.id}
    doc = request.facts.doc
    tense = {"retrospective": request.kind.id in RETROSPECTIVE, "kind_name": request.kind.name,
             "theme": doc.theme, "length": asked_length(doc.notes),
             "share": section_length(request),
             "stressed": quoted_list(stressed_here(request)),
             "unsaid": "、".join(f"“{w}”" for w in unsaid(request.facts)),
             "once": quoted_list(said_once(request.facts)),
             # read aloud: 我们, not 我公司 twenty times (blind54's and blind56's LLM readers)
             "spoken": read_aloud(request.facts), "self_ref": request.facts.unit.self_ref,
             # 开会、发文件的事少写: no 领导小组 set up in a summary (notes.few_meetings)
             "few_meetings": request.kind.id in RETROSPECTIVE and few_meetings(request.facts),
             # a plan whose notes ask its targets 写实: gathered in 工作目标 (figure_roles)
             "gathered": request.kind.id not in RETROSPECTIVE and targets_gathered(request.facts),
             # a summary or report written before the year is out: no 全年 for its figures
             "year_open": (request.kind.id in RETROSPECTIVE and doc.date.year == doc.year
                           and doc.date.month < 12) and format_cn_date(doc.date),
             # … nor for a figure counted over part of it (截至11月底, 1—10月: blind54's
             # LLM reader found 全年轮训…296人次 in a summary dated in December)
             "part_year": request.kind.id in RETROSPECTIVE and any(
                 _PART_YEAR.search(f.period) for f in request.facts.figures)}
    if request.instruction:
        user = render("revise.j2", section=section, current=request.current,
                      instruction=request.instruction)
        user = render("section.j2", section=section, facts_table=table,
                      skeleton=request.skeleton, context="", **tense) + "\n\n" + user
        return [{"role": "system", "content": system}, {"role": "user", "content": user}]
    fixed = system + render("section.j2", section=section, facts_table=table,
                            skeleton=request.skeleton, context="", **tense)
    context = tokens.fit_context(fixed, summarise(request.context), context_budget - 16, model)
    user = render("section.j2", section=section, facts_table=table,
                  skeleton=request.skeleton, context=context, **tense)
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]
