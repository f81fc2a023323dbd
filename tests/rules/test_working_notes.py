"""style.working_notes: the writer's working material left in a document, reported by the
checker and dropped from the built-in writer's clauses (drafter.kinds.text.working_notes).
The examples are written here; tests/corpus/blind11 measures the rule on material written
blind to it."""

from __future__ import annotations

import pytest

from drafter.kinds.text import drop_working_notes, working_notes
from drafter.rules import apply_fixes, check

TITLE = "某县档案馆2027年工作计划"


def _found(body: str, title: str = TITLE) -> list[str]:
    return [f.excerpt for f in check([title, body, "某县档案馆", "2027年1月8日"])
            if f.rule == "style.working_notes"]


@pytest.mark.parametrize(("body", "excerpt"), [
    ("数字化扫描是全年重点，这一条要写足写透，全年完成扫描12万页。", "写足写透"),
    ("馆藏利用人次先空着，等统计局反馈后再填。", "先空着"),
    ("“三个服务”在开头点一句就行，全年做好查档服务。", "开头点一句"),
    ("全馆现有职工26人。我跟老周核对过，人数没错。", "我跟老"),
    ("档案开放鉴定按期完成；馆办公室　钟晓岚　1月5日）。全年接待查档群众3200人次。",
     "馆办公室　钟晓岚　1月5日）"),
    ("库房改造的事一个字都不提，年内完成消防设施检测。", "一个字都不提"),
])
def test_working_material_is_reported(body: str, excerpt: str) -> None:
    assert any(excerpt in e for e in _found(body)), _found(body)


@pytest.mark.parametrize("body", [
    "深入开展“我为群众办实事”实践活动，我馆全体职工坚持自我批评，忘我工作。",
    "全年查档人次【待补充：统计年报出来后补】，馆藏开放比例（2026—2030年）稳步提高。",
    "坚持先行先试，写好新时代档案工作答卷，按照上级批复要求执行。",
    "落实“五不让”承诺：不让群众在我这里受冷落。",
    "1)完善制度；2)强化培训。",
])
def test_the_documents_own_words_are_silent(body: str) -> None:
    assert _found(body) == []


def test_a_speech_has_its_speakers_i() -> None:
    speech = "我代表馆领导班子，向大家汇报一年来的工作。我和班子成员一起走访了12个乡镇。"
    assert _found(speech, "某县档案馆2026年工作总结") == []
    assert _found(speech.replace("我代表馆领导班子，", "")) != []


def test_the_built_in_writer_drops_the_clause_and_keeps_its_neighbours() -> None:
    line = "2019年建馆，就我带着两个老同志；2022年迁入新库房。"
    assert working_notes(line) and drop_working_notes(line) == "2019年建馆，2022年迁入新库房。"
    assert drop_working_notes(line, spoken=True) == line
    kept = "党员9名（其中预备党员1名；入党积极分子2名），全年发展党员1名。"
    assert drop_working_notes(kept) == kept


def test_a_sentence_routing_the_document_is_deleted_by_its_fix() -> None:
    """本计划报…，抄送…。 in the body (blind97's LLM answer): the 版头 and 版记 say it."""
    body = ("各股室要按照本计划抓好落实。本计划报县档案局，抄送县委办公室。"
            "全年接待查档群众3200人次。")
    lines = [TITLE, body, "某县档案馆", "2027年1月8日"]
    found = [f for f in check(lines) if f.rule == "style.working_notes"]
    assert [f.excerpt for f in found] == ["本计划报县档案局，抄送县委办公室。"]
    assert apply_fixes(lines, found)[1] == "各股室要按照本计划抓好落实。全年接待查档群众3200人次。"
    assert _found("本方案自印发之日起施行，按照本计划报送的时间节点推进。") == []
