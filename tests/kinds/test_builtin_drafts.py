"""The built-in writer: genre structure, unit vocabulary, guidance by date, only sourced numbers."""

from __future__ import annotations

import asyncio
import re
from datetime import date
from pathlib import Path

import pytest
from support.paths import FACTS_DIR, all_facts_files, example_path
from support.projects import leaves

from drafter.document import Document, Role
from drafter.facts import Facts, format_number, load_facts, parse_facts
from drafter.kinds import get_kind, kind_ids
from drafter.kinds.text import unquoted
from drafter.project.pipeline import assemble, draft_sections, new_project
from drafter.terms import load_terms
from drafter.writers.builtin import BuiltinWriter


def build(facts: Facts) -> Document:
    project = new_project(facts, get_kind(facts.doc.kind))
    asyncio.run(draft_sections(project, facts, BuiltinWriter(), save=False))
    return assemble(project, facts)


def doc_for(path: Path) -> tuple[Facts, Document]:
    facts = load_facts(path, kinds=kind_ids())
    return facts, build(facts)


def text_of(document: Document) -> str:
    return "\n".join(document.text_lines())


# ------------------------------------------------------------------ numbers

_ARABIC = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_CN_QUANTITY = re.compile(r"[三四五六七八九十百千万]+[个项名人次场件条篇例台家所支户元]")


def sourced_numbers(facts: Facts) -> set[str]:
    """Every number the facts give: figure values, computed ratios, the date and period,
    the year ±1, ISO dates in the facts (a phase's start and end) as year, month and day,
    and numbers written inside any other facts text."""
    numbers = {f.number for f in facts.figures}
    d = facts.doc
    dates = [d.date] + ([d.period.start, d.period.end] if d.period else [])
    for day in dates:
        numbers |= {str(day.year), str(day.month), str(day.day)}
    numbers |= {str(d.year - 1), str(d.year), str(d.year + 1)}
    for value in leaves(facts.data):
        if isinstance(value, str) and (iso := _ISO_DATE.fullmatch(value)):
            # a phase's start/end: printed as 2026年3月1日, so its month and day are 3 and 1
            numbers |= {str(int(part)) for part in iso.groups()}
        elif isinstance(value, str):
            numbers.update(_ARABIC.findall(value))
        elif isinstance(value, int | float) and not isinstance(value, bool):
            numbers.add(format_number(value))
    return numbers


def facts_text(facts: Facts) -> str:
    return "\n".join(v for v in leaves(facts.data) if isinstance(v, str))


@pytest.mark.parametrize("path", all_facts_files(), ids=lambda p: p.stem)
def test_every_number_in_the_output_appears_in_the_facts(path: Path) -> None:
    facts, document = doc_for(path)
    allowed = sourced_numbers(facts)
    text = text_of(document)
    stated = set(_ARABIC.findall(text))
    assert stated, "the document should state some numbers"
    assert stated <= allowed, f"unsourced: {sorted(stated - allowed)}"
    # Chinese-numeral quantities (三十余场…) only where the facts wrote them (slogans, points);
    # fixed formulations (四个意识, 三会一课…) are names, not quantities.
    source = facts_text(facts)
    for formulation in load_terms().formulations:
        text = text.replace(formulation.name, "")
    for m in _CN_QUANTITY.finditer(text):
        assert m.group(0) in source, f"unsourced Chinese quantity {m.group(0)!r}"


def test_the_number_check_catches_an_invented_figure() -> None:
    """The helper above must be able to fail: a stray number is not in the facts."""
    facts, _ = doc_for(example_path("implementation_plan"))
    assert "95" not in sourced_numbers(facts)
    assert "86.4" in sourced_numbers(facts)


# ------------------------------------------------------------------ structure


@pytest.mark.parametrize("path", all_facts_files(), ids=lambda p: p.stem)
def test_structure_and_contents(path: Path) -> None:
    facts, document = doc_for(path)
    kind = get_kind(facts.doc.kind)
    text = text_of(document)
    blocks = document.blocks
    assert blocks[0].role is Role.TITLE and facts.unit.name in blocks[0].text
    d = facts.doc.date
    day = f"{d.year}年{d.month}月{d.day}日"
    bylines = [b.text for b in blocks if b.role is Role.BYLINE]
    if bylines:  # read aloud: the unit and date under the title, no 落款
        assert [b.role for b in blocks[1:len(bylines) + 1]] == [Role.BYLINE] * len(bylines)
        assert bylines in ([f"（{day}）"], [facts.unit.name, f"（{day}）"])
        assert not {Role.SIGNATURE, Role.DATE} & {b.role for b in blocks}
    else:
        assert blocks[-2].role is Role.SIGNATURE and blocks[-2].text == facts.unit.name
        assert blocks[-1].role is Role.DATE and blocks[-1].text == day
    # Level-1 headings in kind order, numbered 一、二、… without gaps.
    headings = [b.text for b in blocks if b.role is Role.HEADING and b.level == 1]
    expected = [s.title for s in kind.sections if s.title]
    titles = [h.split("、", 1)[1] for h in headings]
    assert titles == [t for t in expected if t in titles]
    numerals = "一二三四五六七八九十"
    assert [h.split("、", 1)[0] for h in headings] == list(numerals[: len(headings)])
    # Every task is a heading; every slogan is followed by exactly its items.
    for task in facts.tasks:
        assert any(b.role is Role.HEADING and task.title in b.text for b in blocks), task.title
    # (its counted name may be quoted: 围绕“一个目标” of 围绕一个目标)
    plain = unquoted(text)
    for slogan in facts.slogans:
        assert unquoted(slogan.text) in plain
        # The sentence after the slogan gives exactly its items, in order.
        stated = re.search(re.escape(unquoted(slogan.text)) + "(，即|：|（)", plain)  # 两优，即
        assert stated, slogan.text
        after = plain[stated.end():].split("。", 1)[0]
        where = [after.find(unquoted(item.rstrip("。；"))) for item in slogan.items]
        assert -1 not in where and where == sorted(where), slogan.text
        if "一是" in after:
            assert f"{numerals[len(slogan.items)]}是" not in after, slogan.text
    # Level-2 headings restart at （一） inside every level-1 section.
    counter = 0
    for b in blocks:
        if b.role is Role.HEADING and b.level == 1:
            counter = 0
        elif b.role is Role.HEADING and b.level == 2:
            counter += 1
            assert b.text.startswith(f"（{numerals[counter - 1]}）"), b.text


def test_salutation_of_a_report() -> None:
    _, document = doc_for(example_path("creation_report"))
    assert document.blocks[3].role is Role.SALUTATION  # after the title and its byline
    assert document.blocks[3].text == "尊敬的各位领导："


def test_deterministic() -> None:
    path = example_path("implementation_plan")
    assert text_of(doc_for(path)[1]) == text_of(doc_for(path)[1])


# ------------------------------------------------------------------ unit vocabulary

HOSPITAL_WORDS = ("医院", "患者", "医务人员", "医德医风", "医疗")


@pytest.mark.parametrize(("name", "forbidden", "expected"), [
    ("school-work-summary", HOSPITAL_WORDS, ("我校", "学生", "师德师风")),
    ("township-work-plan", (*HOSPITAL_WORDS, "学生", "师生"), ("我镇", "群众", "全镇")),
    ("cdc-implementation-plan", HOSPITAL_WORDS, ("我中心", "全中心")),
])
def test_a_unit_speaks_its_own_language(name: str, forbidden: tuple[str, ...],
                                        expected: tuple[str, ...]) -> None:
    _, document = doc_for(FACTS_DIR / f"{name}.toml")
    text = text_of(document)
    for word in forbidden:
        assert word not in text, f"{name} mentions {word}"
    for word in expected:
        assert word in text, f"{name} lacks {word}"


# ------------------------------------------------------------------ guidance by date

def guiding_for(day: date) -> str:
    source = example_path("work_plan").read_text(encoding="utf-8")
    source = source.replace('date = "2026-01-04"', f'date = "{day.isoformat()}"')
    source = source.replace("year = 2026", f"year = {day.year}")
    return text_of(build(parse_facts(source, kinds=kind_ids())))


def test_guiding_sentence_follows_the_document_date() -> None:
    assert "全面贯彻党的二十大和二十届历次全会精神" in guiding_for(date(2026, 1, 4))
    mid_2024 = guiding_for(date(2024, 3, 1))
    assert "二十届二中全会精神" in mid_2024 and "三中" not in mid_2024
    assert "二十届二中、三中全会精神" in guiding_for(date(2025, 3, 1))
    for day in (date(2023, 6, 1), date(2026, 1, 4)):
        text = guiding_for(day)
        assert "十七大" not in text and "十九大" not in text and "科学发展观" not in text
