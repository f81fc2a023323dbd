"""The guard's deterministic end, with real facts, the real checker and a real skeleton:
a model that keeps citing outdated guidance must not cost a section its guiding thought."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from drafter.facts import format_number, load_facts
from drafter.kinds import all_kinds, kind_ids
from drafter.kinds.render import render_section
from drafter.kinds.text import unquoted
from drafter.rules import Finding, check
from drafter.terms import load_terms
from drafter.writers.guard import GuardReport, guard

KIND = all_kinds()["implementation_plan"]
FACTS = load_facts(KIND.directory / "example.toml", kinds=kind_ids())
GUIDING = next(s for s in KIND.sections if s.id == "guiding")
SKELETON = render_section(KIND, GUIDING, FACTS)
REQUIRED = load_terms().guiding_sentence(FACTS.doc.date)

STALE = "我院坚持以党的十七大精神为指导，推动创建工作深入开展。"
GOOD = "全院上下要统一思想、凝心聚力，把创建工作融入医疗服务全过程。"


def stubborn(answer: str):
    async def repair(findings: Sequence[Finding], text: str) -> str:
        return answer  # the model ignores every repair turn

    return repair


def left_out_again(skeleton: str) -> tuple[str, GuardReport, list[str]]:
    """GOOD guarded against `skeleton` by a model that is asked once and leaves out again
    what it left out: the text, the report and what the repair turn asked for."""
    asked: list[str] = []

    async def repair(findings: Sequence[Finding], text: str) -> str:
        asked.extend(f.message for f in findings)
        return text

    text, report = asyncio.run(guard(GOOD, FACTS, repair, turns=1, skeleton=skeleton))
    return text, report, asked


def run(answer: str, skeleton: str = SKELETON):
    return asyncio.run(guard(answer, FACTS, stubborn(answer), turns=2, skeleton=skeleton))


def test_outdated_guidance_gives_way_to_the_guiding_sentence_in_place() -> None:
    text, report = run(STALE + GOOD + "\n坚持问题导向，补齐服务短板。")
    assert REQUIRED in text and "十七大" not in text
    first, second = text.splitlines()
    assert first.startswith(REQUIRED) and first.endswith(GOOD)  # in the sentence's place
    assert second == "坚持问题导向，补齐服务短板。"  # the good sentences survive
    assert [f for f in check(text, FACTS, year=FACTS.doc.year)] == []
    assert report.repair_turns == 2 and report.restored
    assert "指导思想改用内置表述" in report.note() and not report.fallback


def test_a_section_without_the_guiding_thought_just_loses_the_sentence() -> None:
    opening = next(s for s in KIND.sections if s.id == "opening")
    text, report = run(STALE + GOOD, render_section(KIND, opening, FACTS))
    assert text == GOOD and not report.restored
    assert "删除无法修正的句子（term.outdated）" in report.note()


def test_an_unsourced_number_becomes_one_marker_reported_once() -> None:
    text, report = run(GOOD + "全年开展义诊活动137场。")
    assert text.count("【待补充：核实“137场”】") == 1
    assert report.marked == ["137场"] and report.note().count("标为待补充 1 处") == 1
    assert [f.rule for f in check(text, FACTS, year=FACTS.doc.year)] == ["number.placeholder"]


def test_markdown_marks_go_and_the_words_stay() -> None:
    answer = ("```\n## 一、加强组织领导\n**成立创建工作领导小组**，统筹推进各项工作。\n"
              "- 完善工作制度；\n> 定期督导检查。\n```")
    text, report = run(answer)
    assert text.splitlines() == ["一、加强组织领导", "成立创建工作领导小组，统筹推进各项工作。",
                                 "完善工作制度；", "定期督导检查。"]
    assert report.repair_turns == 0 and not report.marked  # no ** taken for a placeholder
    assert report.note().startswith("去除 Markdown 标记")
    clean, report = run("未完成的***处要补齐。")
    assert clean == "未完成的【待补充：***】处要补齐。" and not report.markdown  # a placeholder


# -------------------------------------------------------- style warnings (issue 11, item 6)

REPEATED = "全面提升医疗服务质量和群众满意度。加强业务培训。全面提升医疗服务质量和群众满意度。"


class Counting:
    """A model that answers the same each time, counting the repair turns asked."""

    def __init__(self, answer: str) -> None:
        self.answer, self.asked = answer, []

    async def __call__(self, findings: Sequence[Finding], text: str) -> str:
        self.asked.append(sorted({f.rule for f in findings}))
        return self.answer


def test_style_warnings_alone_are_reported_not_repaired() -> None:
    model = Counting(REPEATED)
    text, report = asyncio.run(guard(REPEATED, FACTS, model, turns=2, skeleton=SKELETON))
    assert text == REPEATED and model.asked == []  # no repair turn, no fallback
    assert report.style == ["style.repeated"] and not report.fallback
    assert not report.first and not report.remaining and not report.dropped_for
    assert report.note() == "文风提示 1 处：style.repeated"


def test_style_warnings_ride_along_but_never_drop_or_fall_back() -> None:
    answer = STALE + REPEATED + "\n组织全体教职工参加廉洁教育。"
    model = Counting(answer)
    text, report = asyncio.run(guard(answer, FACTS, model, turns=2, skeleton=SKELETON))
    assert model.asked == [["style.repeated", "style.unit_words", "term.outdated"]] * 2
    assert "十七大" not in text and REPEATED in text and "教职工" in text  # only the error goes
    assert sorted(report.style) == ["style.repeated", "style.unit_words"]
    assert report.dropped_for == ["term.outdated"] and not report.fallback
    assert "文风提示 2 处" in report.note()


def test_a_doubled_measure_word_is_fixed() -> None:
    text, report = run(GOOD + "建成两个个志愿服务站。")
    assert text == GOOD + "建成两个志愿服务站。"
    assert "style.doubled_unit" in report.fixed and not report.style


def test_a_slogan_the_reference_states_and_the_answer_leaves_out_is_put_back() -> None:
    # two blind34 answers lost a slogan the reference stated (当好“两员”, “三个转向”); the
    # model is asked for it, and when it still leaves it out the reference's sentence
    # comes back
    slogan = FACTS.slogans[0]
    section = next(s for s in KIND.sections if render_section(KIND, s, FACTS).count(slogan.text))
    skeleton = render_section(KIND, section, FACTS)
    text, report, asked = left_out_again(skeleton)
    assert any(f"“{slogan.text.strip('“”')}”" in m or slogan.text in m for m in asked)
    assert unquoted(slogan.text) in unquoted(text) and all(i in text for i in slogan.items)
    assert text.startswith(GOOD) and slogan.text in report.slogans
    assert f"补回口号 {len(report.slogans)} 处" in report.note()
    _, kept_report = run(skeleton)  # an answer that keeps them is left alone
    assert not kept_report.slogans and kept_report.repair_turns == 0


def test_a_figure_the_reference_states_and_the_answer_leaves_out_is_put_back() -> None:
    # blind87's answer for a 儿科's 新生儿救治 left out its three figures, which its reader
    # missed there: the model is asked for them, and when it still leaves them out the
    # reference's clauses stating them come back, with the time that opens their sentence
    figure = next(f for f in FACTS.figures if not f.ratio and not f.todo
                  and any(f"{format_number(f.value)}{f.unit}" in render_section(KIND, s, FACTS)
                          for s in KIND.sections))
    said = f"{format_number(figure.value)}{figure.unit}"
    section = next(s for s in KIND.sections if said in render_section(KIND, s, FACTS))
    skeleton = render_section(KIND, section, FACTS)
    text, report, asked = left_out_again(skeleton)
    assert any(said in m and figure.name in m for m in asked)
    first, restored = text.split("\n")
    assert first == GOOD and said in restored and restored.endswith("。")
    assert said in report.figures and f"补回数字 {len(report.figures)} 处" in report.note()
    # … not where another section states it, nor where the answer says it in its own words
    _, elsewhere = asyncio.run(guard(GOOD, FACTS, stubborn(GOOD), turns=0, skeleton=skeleton,
                                     elsewhere=f"全年{figure.name}{said}。"))
    assert said not in elsewhere.figures
    # … nor in a revision the user asked for in words (the whole journey's 突出患者满意度)
    _, revised = asyncio.run(guard(GOOD, FACTS, stubborn(GOOD), turns=0, skeleton=skeleton,
                                   keep_figures=False))
    assert not revised.figures
    _, kept = run(skeleton)
    assert not kept.figures and kept.repair_turns == 0


def test_an_outdated_term_the_users_own_task_names_is_not_dropped() -> None:
    # blind64: a 2026 summary's task point 开展党纪学习教育 (a 2024 campaign); the model's
    # sentence saying it with the 九不准 beside it was dropped whole. The export still warns.
    from dataclasses import replace

    task = replace(FACTS.tasks[0], points=("开展党纪学习教育", *FACTS.tasks[0].points))
    facts = replace(FACTS, tasks=(task, *FACTS.tasks[1:]),
                    doc=replace(FACTS.doc, year=2026, date=FACTS.doc.date.replace(year=2026)))
    said = "我院开展了党纪学习教育，落实医务人员“九不准”。"
    assert any(f.rule == "term.outdated" for f in check(said, facts, year=2026))
    text, report = asyncio.run(guard(said, facts, stubborn(said), turns=2))
    assert text == said and report.repair_turns == 0 and not report.dropped_for


def test_a_salutation_the_document_prints_already_is_not_said_twice() -> None:
    """blind103's LLM reader: a model's own 市文明办： under the 主送 the document prints."""
    text, _ = run("市文明办：\n" + GOOD, skeleton="2026年，我院扎实推进创建工作。")
    assert text.splitlines()[0] == GOOD
    text, _ = run("同志们：\n" + GOOD, skeleton="同志们：\n2026年，我院扎实推进创建工作。")
    assert text.splitlines()[0] == "同志们："  # a 称谓 the reference itself opens with


def test_a_year_on_year_change_a_model_states_is_kept() -> None:
    """A model's 比上年增加54例、增长25.2% of 2025年个案服务214例 and 2026年个案服务268例
    (blind106's readers of both writers asked for the rise; prompts/system.j2 rule 1 allows
    it): sourced by the two figures, kept as written, no repair turn; a wrong rise is not."""
    from support.paths import FACTS_DIR
    facts = load_facts(FACTS_DIR / "blind106"
                       / "county-hospital-medical-social-work-department-work-summary-2026.toml",
                       kinds=kind_ids())
    said = "2026年，我部开展个案服务268例，比上年增加54例、增长25.2%。"
    text, report = asyncio.run(guard(said, facts, stubborn(said), turns=1))
    assert text == said and report.repair_turns == 0
    wrong = "2026年，我部开展个案服务268例，比上年增加64例。"
    text, _ = asyncio.run(guard(wrong, facts, stubborn(wrong), turns=1))
    assert "增加64例" not in text and "【待补充：核实“64例”】" in text
