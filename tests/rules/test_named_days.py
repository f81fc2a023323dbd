"""What a model may say of a time the facts name another way (blind26 answers): the month
of a named day (8月“八一”期间), 12月 of what the facts put 年底, the fifty years of a
金婚; and a task's owner line under each task is no repeated sentence."""

from __future__ import annotations

from drafter.facts import parse_facts
from drafter.rules import check

FACTS = parse_facts("""
[unit]
name = "中共楮坪县商务局机关支部委员会"
self = "我支部"
type = "机关"

[doc]
kind = "party_branch_plan"
year = 2027
date = "2027-01-22"
theme = "以高质量党建引领商务工作提质增效"

[[tasks]]
title = "开展志愿服务和结对共建"
points = ["“八一”建军100周年走访退役军人经营户", "重阳节组织退休党员座谈",
          "年底召开组织生活会、开展民主评议党员", "为金婚老人举办纪念活动"]
owner = "组织委员"

[[tasks]]
title = "加强作风建设"
points = ["4月开展廉政警示教育"]
owner = "组织委员"
""")


def _unsourced(text: str) -> list[str]:
    return [f.excerpt for f in check(text, FACTS) if f.rule == "number.unsourced"]


def test_the_month_of_a_named_day_and_of_the_year_end_is_sourced() -> None:
    assert _unsourced("8月“八一”期间走访退役军人经营户；10月重阳节组织退休党员座谈。") == []
    assert _unsourced("12月召开组织生活会、开展民主评议党员。") == []
    # a month the day does not fall in, or work the facts do not put at the year's end
    assert _unsourced("9月“八一”期间走访退役军人经营户。") == ["9月"]
    assert _unsourced("12月召开表彰大会。") == ["12月"]


def test_the_fifty_years_of_a_golden_wedding_are_sourced() -> None:
    assert _unsourced("为金婚老人举办纪念活动，请携手走过五十年的老人重温承诺。") == []
    assert _unsourced("为结婚五十年的老人举办纪念活动。") == ["五十年"]


def test_an_owner_line_under_each_task_is_no_repeated_sentence() -> None:
    text = ("（一）开展志愿服务\n一是走访退役军人经营户。\n责任人：宣传纪检委员宁卫东。\n"
            "（二）加强作风建设\n一是开展廉政警示教育。\n责任人：宣传纪检委员宁卫东。\n"
            "党员带头走访困难群众，帮助解决实际困难。\n党员带头走访困难群众，帮助解决实际困难。")
    repeated = [f.excerpt for f in check(text, FACTS) if f.rule == "style.repeated"]
    assert repeated == ["党员带头走访困难群众，帮助解决实际困难"]


def test_a_part_of_a_part_and_a_year_said_in_two_digits() -> None:
    facts = parse_facts("""
[unit]
name = "荸塘县托育综合服务中心"
self = "我中心"
type = "幼儿园"

[doc]
kind = "work_summary"
year = 2026
date = "2026-12-20"
theme = "托育服务和精神文明建设"
notes = "我们中心啊，72年就有了，那时候叫县机关托儿所。"

[[figures]]
name = "职工"
value = 34
unit = "人"

[[figures]]
name = "保育人员"
value = 22
unit = "人"

[[figures]]
name = "持证保育师"
value = 18
unit = "人"

[[figures]]
name = "保育师持证率"
ratio = ["持证保育师", "保育人员"]
unit = "%"
""")
    said = check("我中心前身是1972年成立的县机关托儿所。现有职工34人，其中保育人员22人、"
                 "持证保育师18人，保育师持证率81.8%。", facts)
    assert [f.rule for f in said if f.rule.startswith("number")] == []
    # parts that are not one of the other still add up, and 1973 is no year the notes say
    wrong = check("现有职工34人，其中保育人员22人、后勤人员18人。1973年成立。", facts)
    assert sorted(f.excerpt for f in wrong if f.rule.startswith("number")) == ["1973年", "34人"]
