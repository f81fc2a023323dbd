"""Facts that would make later steps slow, crash or print nonsense are refused at the
facts file, with the key and the line: numbers that are no numbers (nan, inf), texts too
long, nesting too deep, a file too big or not a regular file."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from support.paths import EXAMPLE

from drafter.cli import main
from drafter.errors import FactsError, InputError
from drafter.facts import facts_from_data, load_facts, parse_facts
from drafter.facts.limits import MAX_DEPTH, MAX_FILE_BYTES, NOTES_CHARS, TEXT_CHARS, TITLE_CHARS
from drafter.kinds import kind_ids

TEXT = EXAMPLE.read_text(encoding="utf-8")


def replaced(old: str, new: str) -> str:
    assert old in TEXT
    return TEXT.replace(old, new, 1)


def problems(text: str) -> list[str]:
    with pytest.raises(FactsError) as info:
        parse_facts(text, source="f.toml", kinds=kind_ids())
    return [str(p) for p in info.value.problems]


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "+nan"])
def test_a_figure_that_is_no_number_is_one_problem_at_its_line(value: str) -> None:
    (problem,) = problems(replaced("value = 412", f"value = {value}"))
    assert problem.startswith("f.toml:22: figures[1].value: 数值应为确定的数")
    assert value.lstrip("+") in problem


def test_a_title_text_over_the_limit_is_refused_and_one_at_it_is_not() -> None:
    (problem,) = problems(replaced('theme = "创建市级文明单位"',
                                   f'theme = "{"创" * (TITLE_CHARS + 1)}"'))
    assert problem.startswith(f"f.toml:15: doc.theme: 太长（{TITLE_CHARS + 1} 字），"
                              f"最多 {TITLE_CHARS} 字")
    parse_facts(replaced('theme = "创建市级文明单位"', f'theme = "{"创" * TITLE_CHARS}"'),
                kinds=kind_ids())


def test_any_other_text_and_each_list_item_has_a_limit_too() -> None:
    long = "措" * (TEXT_CHARS + 1)
    found = problems(replaced('name = "职工总数"', f'name = "{long}"'))
    assert any(p.startswith("f.toml:21: figures[1].name: 太长") for p in found)
    found = problems(replaced('"召开创建动员大会"', f'"{long}"'))
    assert f"f.toml:67: tasks[1].points: 其中一项太长（{TEXT_CHARS + 1} 字）" in found[0]


def test_notes_hold_a_pasted_page_and_have_a_limit_of_their_own() -> None:
    """A writer pastes a whole chat or page into notes (blind60's 2 600 characters were
    refused at the 2 000 of other texts); past NOTES_CHARS they are refused at their line."""
    theme = 'theme = "创建市级文明单位"'
    facts = parse_facts(replaced(theme, f'{theme}\nnotes = "{"备" * NOTES_CHARS}"'),
                        kinds=kind_ids())
    assert len(facts.doc.notes) == NOTES_CHARS > TEXT_CHARS
    (problem,) = problems(replaced(theme, f'{theme}\nnotes = "{"备" * (NOTES_CHARS + 1)}"'))
    assert problem.startswith(f"f.toml:16: doc.notes: 太长（{NOTES_CHARS + 1} 字），"
                              f"最多 {NOTES_CHARS} 字")


def test_arrays_nested_5000_deep_are_refused_with_their_line() -> None:
    text = replaced('theme = "创建市级文明单位"',
                    'theme = "创建市级文明单位"\nx = ' + "[" * 5000 + "]" * 5000)
    with pytest.raises(FactsError, match="嵌套太深") as info:
        parse_facts(text, source="f.toml")
    (problem,) = info.value.problems
    assert problem.line == 16 and f"嵌套超过 {MAX_DEPTH} 层" in problem.message


def test_data_nested_too_deep_or_of_the_wrong_shape_is_one_problem() -> None:
    facts = load_facts(EXAMPLE, kinds=kind_ids()).data
    deep: list = []
    for _ in range(MAX_DEPTH + 5):
        deep = [deep]
    with pytest.raises(FactsError, match="嵌套太深"):
        facts_from_data({**facts, "extra": deep})
    for shape in ([], "facts", None, 3):
        with pytest.raises(FactsError) as info:
            facts_from_data(shape)  # type: ignore[arg-type]
        assert "事实应为表格" in str(info.value.problems[0])


def test_a_file_too_big_or_not_regular_is_refused_unread(tmp_path: Path) -> None:
    big = tmp_path / "big.toml"
    big.write_text(replaced('theme = "创建市级文明单位"',
                            f'theme = "{"创" * (MAX_FILE_BYTES // 3 + 1)}"'), encoding="utf-8")
    with pytest.raises(InputError, match="太大"):
        load_facts(big)
    fifo = tmp_path / "fifo.toml"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="不是普通文件"):
        load_facts(fifo)
    with pytest.raises(InputError, match="找不到事实文件"):
        load_facts(tmp_path / "无.toml")


def test_the_longest_allowed_title_texts_draft_to_word_quickly(work: Path) -> None:
    """Unit name and theme at their limits: the title stays under Word's 255 characters
    and the title layout (cubic in the title's length) stays fast."""
    text = replaced('name = "清河县中医院"', f'name = "{"清河县中医院" * (TITLE_CHARS // 6)}"')
    (work / "f.toml").write_text(
        text.replace('theme = "创建市级文明单位"', f'theme = "{"创" * TITLE_CHARS}"', 1),
        encoding="utf-8")
    started = time.monotonic()
    assert main(["draft", "f.toml", "-o", "out.docx", "--force"]) in (0, 1)
    assert (work / "out.docx").exists() and time.monotonic() - started < 10
