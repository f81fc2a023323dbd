"""The checks on a raw answer (writers/answers.py) and the progress shown while one
arrives (writers/progress.py), with real skeletons and a clock the test moves."""

from __future__ import annotations

import pytest
from support.paths import all_facts_files

from drafter.facts import load_facts
from drafter.kinds import get_kind, kind_ids
from drafter.kinds.render import applicable, render_section
from drafter.writers.answers import (
    REPEATING,
    TOO_LONG,
    chinese_share,
    degenerate,
    last_sentence,
    limits_for,
    mostly_chinese,
)
from drafter.writers.base import RESTART
from drafter.writers.progress import ProgressBoard


def _skeletons() -> list[str]:
    out = []
    for path in all_facts_files():
        facts = load_facts(path, kinds=kind_ids())
        kind = get_kind(facts.doc.kind)
        out += [render_section(kind, s, facts) for s in kind.sections if applicable(s, facts)]
    return out


def test_no_builtin_text_looks_degenerate_or_foreign() -> None:
    skeletons = _skeletons()
    assert len(skeletons) > 20
    for text in skeletons:
        assert degenerate(text, limits_for(len(text), 2048).max_chars) == "", text
        assert mostly_chinese(text), text
        if text.rstrip()[-1] in "。！？；":
            assert last_sentence(text) == text.rstrip(), text


@pytest.mark.parametrize("text", [
    "扎实推进各项工作，" * 6,  # one phrase, exactly
    "我们要加强管理。" * 5,
    "一是要加强领导。" + "二是要狠抓落实，确保各项任务按期完成。" * 5 + "三是",
])
def test_a_looping_answer_is_degenerate(text: str) -> None:
    assert degenerate(text) == REPEATING


def test_repeated_short_lines_of_a_real_list_are_not_a_loop() -> None:
    tasks = "".join(f"{n}.开展第{n}项活动。\n责任部门：党群工作部\n完成时限：全年\n"
                    for n in range(1, 7))
    assert degenerate(tasks) == ""
    assert degenerate("加强领导。" * 2 + "x" * 10, max_chars=5) == TOO_LONG


def test_limits_follow_the_expected_length_under_the_setting() -> None:
    short, long = limits_for(40, 2048), limits_for(600, 2048)
    assert short.max_tokens < long.max_tokens <= 2048
    assert limits_for(5000, 2048).max_tokens == 2048
    assert limits_for(40, 100).max_tokens == 100  # the setting is a ceiling
    assert short.max_chars < long.max_chars


def test_mostly_chinese() -> None:
    assert mostly_chinese("推进“互联网+政务服务”，上线APP和GDP监测平台。")
    assert not mostly_chinese("We will strengthen leadership and 加强领导.")
    assert not mostly_chinese("Strengthen the leadership of the Party committee.")
    assert chinese_share("上线APP") == 2 / 3
    assert chinese_share("2026年") == 1.0 and chinese_share("123") == 1.0


def test_last_sentence() -> None:
    assert last_sentence("一是加强领导。二是扎实推") == "一是加强领导。"
    assert last_sentence("他说：“要抓落实。”然后") == "他说：“要抓落实。”"
    assert last_sentence("第一行\n第二行没写完") == "第一行"
    assert last_sentence("没有句号的半句话") == ""


def test_progress_says_what_waits_how_long_and_what_arrived() -> None:
    now = [100.0]
    board = ProgressBoard(clock=lambda: now[0])
    assert board.line() == ""
    p = board.begin("a", "二、主要任务")
    now[0] += 35
    assert board.line() == "进行中：二、主要任务 等待首字 35 秒"
    p.add("全面推进")
    p.add("各项工作。")
    now[0] += 5
    assert p.describe().startswith("二、主要任务 生成中 40 秒 约 ") and p.tokens() > 0
    p.add(RESTART)  # a retry or a repair turn: waiting again, counted from now
    now[0] += 2
    assert p.describe() == "二、主要任务（第 2 次） 等待首字 2 秒" and p.text == ""
    board.begin("b", "三、保障措施")
    assert board.line().count("；") == 1
    board.end("a")
    board.end("b")
    assert board.line() == ""
