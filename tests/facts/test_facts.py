"""Facts loading and validation (FACTS.md): every problem reported with key and line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from support.paths import KIND_IDS, all_facts_files, example_path

from drafter.errors import FactsError, InputError
from drafter.facts import format_number, load_facts, parse_facts, slogan_count
from drafter.kinds import kind_ids

GOOD = example_path("implementation_plan").read_text(encoding="utf-8")


def problems_of(text: str) -> list:
    with pytest.raises(FactsError) as info:
        parse_facts(text, source="f.toml", kinds=kind_ids())
    return info.value.problems


@pytest.mark.parametrize("path", all_facts_files(), ids=lambda p: p.stem)
def test_shipped_and_test_facts_validate_without_warnings(path: Path) -> None:
    facts = load_facts(path, kinds=kind_ids())
    assert facts.warnings == ()
    assert facts.doc.kind in KIND_IDS


def test_ratio_is_computed_from_its_figures() -> None:
    facts = parse_facts(GOOD)
    ratio = facts.figure("卫生专业技术人员占比")
    assert ratio is not None
    assert ratio.value == round(356 / 412 * 100, 1) == 86.4
    assert ratio.unit == "%" and ratio.text == "86.4%"


@pytest.mark.parametrize(("text", "count"), [
    ("紧盯两项目标", 2), ("十大教育", 10), ("三个一", 3), ("三零", 3), ("围绕一个中心", 1),
    ("开展五项争创", 5), ("没有数量", None), ("抓好12项工作", 12),
])
def test_slogan_count(text: str, count: int | None) -> None:
    assert slogan_count(text) == count


def test_number_formatting() -> None:
    assert format_number(627.0) == "627"
    assert format_number(97.2) == "97.2"
    assert format_number(86.04, ratio=True) == "86.0"  # a ratio keeps its one decimal…
    assert format_number(75.0, ratio=True) == "75"  # …but for an exact one (9/12): blind14
    # … one whole only once rounded keeps it (58/386 is 15.0%: blind108's reader)
    assert format_number(15.0, ratio=True, inexact=True) == "15.0"
    assert format_number(0.0001) == "0.0001"


def test_missing_unit_name_names_key_and_line() -> None:
    text = GOOD.replace('name = "清河县中医院"', "")
    [p] = problems_of(text)
    assert p.key == "unit.name"
    assert p.line == GOOD.splitlines().index("[unit]") + 1  # the table's line
    assert "缺少必填项" in p.message


def test_year_in_chinese_numerals_is_rejected_with_its_line() -> None:
    text = GOOD.replace("year = 2026", 'year = "二〇二六"')
    [p] = problems_of(text)
    assert p.key == "doc.year"
    assert p.line == next(i for i, ln in enumerate(text.splitlines(), 1) if ln.startswith("year"))
    assert "二〇二六" in p.message and "阿拉伯数字" in p.message


def test_ratio_of_unknown_figure() -> None:
    text = GOOD.replace('ratio = ["卫生专业技术人员", "职工总数"]',
                        'ratio = ["卫技人数", "职工总数"]')
    [p] = problems_of(text)
    assert p.key == "figures[3].ratio"
    assert "卫技人数" in p.message
    assert text.splitlines()[p.line - 1].startswith("ratio")


def test_slogan_count_differs_from_items() -> None:
    text = GOOD.replace('items = ["医德医风建设", "中医药文化传承"]', 'items = ["医德医风建设"]')
    [p] = problems_of(text)
    assert p.key == "slogans[2].items"
    assert "2 项" in p.message and "1 项" in p.message
    assert text.splitlines()[p.line - 1].startswith("items")


def test_every_problem_is_reported_at_once() -> None:
    text = (GOOD.replace('name = "清河县中医院"', "")
            .replace("year = 2026", 'year = "二〇二六"')
            .replace('date = "2026-01-04"', 'date = "2026-02-30"'))
    keys = [p.key for p in problems_of(text)]
    assert keys == ["unit.name", "doc.year", "doc.date"]


def test_broken_toml_gives_line() -> None:
    text = GOOD.replace('theme = "创建市级文明单位"', 'theme = "创建市级文明单位')
    [p] = problems_of(text)
    assert p.line == next(i for i, ln in enumerate(text.splitlines(), 1)
                          if ln.startswith("theme"))
    assert "语法错误" in p.message


def test_unknown_keys_warn_and_do_not_fail() -> None:
    facts = parse_facts(GOOD.replace('type = "医院"', 'type = "医院"\nnmae = "x"'), source="f.toml")
    [w] = facts.warnings
    assert w.key == "unit.nmae" and w.line is not None and "未知的键" in w.message


def test_unknown_kind_lists_the_choices() -> None:
    [p] = problems_of(GOOD.replace('kind = "implementation_plan"', 'kind = "memo"'))
    assert p.key == "doc.kind" and "work_plan" in p.message


def test_a_value_typed_beside_a_ratio_must_agree_with_it() -> None:
    text = GOOD.replace('ratio = ["卫生专业技术人员", "职工总数"]',
                        'ratio = ["卫生专业技术人员", "职工总数"]\nvalue = 90')
    [p] = problems_of(text)
    assert p.key == "figures[3].value"
    assert "86.4%" in p.message and "90" in p.message
    agreeing = GOOD.replace('ratio = ["卫生专业技术人员", "职工总数"]',
                            'ratio = ["卫生专业技术人员", "职工总数"]\nvalue = 86.4')
    share = next(f for f in parse_facts(agreeing, kinds=kind_ids()).figures if f.ratio)
    assert share.value == 86.4  # and no error


def test_template_syntax_and_control_characters_are_data() -> None:
    text = GOOD.replace('title = "加强宣传发动"', 'title = "加强{{ 宣传 }}发动{% if x %}"')
    facts = parse_facts(text)
    assert facts.tasks[0].title == "加强{{ 宣传 }}发动{% if x %}"


def test_missing_file_and_non_utf8(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="找不到事实文件"):
        load_facts(tmp_path / "nope.toml")
    bad = tmp_path / "gbk.toml"
    bad.write_bytes("[unit]\nname = \"人民医院\"\n".encode("gbk"))
    with pytest.raises(FactsError) as info:
        load_facts(bad)
    assert info.value.problems[0].line == 2


@pytest.mark.parametrize(("todo", "late"), [
    ("12月31日审计后补", True), ("11月底测评结果出来再补", False), ("12月下旬通报", True),
    ("上月底的数", False), ("2024年6月底的数", False), ("1月中旬出", True),
    ("审计报告3月出来后补", True), ("12月出来后补", False), ("结果出来后补", False),
])
def test_a_figure_to_report_after_the_documents_date_is_warned_of(todo: str, late: bool) -> None:
    # both blind31 and blind32 readers: a marker that can never be filled by the date
    # (dated 12月15日); a month alone is its first day, a month half a year before the
    # date the next year's. The facts keep the figure; the draft leaves it out
    # (kinds.notes.as_delivered) and the warning says so
    text = GOOD.replace('date = "2026-01-04"', 'date = "2026-12-15"').replace(
        "[[figures]]", f'[[figures]]\nname = "待补数"\nunit = "个"\ntodo = "{todo}"\n\n'
                       "[[figures]]", 1)
    facts = parse_facts(text, source="f.toml")
    warned = [w for w in facts.warnings if w.key.endswith(".todo")]
    late_warned = [w for w in warned if "晚于成文日期" in w.message]
    assert bool(late_warned) is late, (todo, facts.doc.date)
    if late:
        assert warned[0].line is not None and "稿中不写这一项" in warned[0].message
    # a dated figure due by the document's date is out by then: the warning asks for its
    # value (blind87–89 readers: "dated after the 8th, fill it in"); one with no date is
    # left alone
    due = [w for w in warned if "请把数填进" in w.message]
    assert bool(due) is (not late and bool(re.search(r"\d月", todo))), todo
    if due:
        assert "到成文日期12月15日已经出来" in due[0].message and due[0].line is not None
    assert facts.figure("待补数") is not None
