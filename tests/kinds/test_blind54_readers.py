"""What blind54's built-in reader found (session 21), drafted from the set's own facts
files: a table's column of wishes read alone (a 分镜头脚本's 备注, a 自查表's 方案中如何体现),
a 大事记's ★/✗ and dated lines, a fax, an application form and a chat search read for their
wishes only; histories whole; the order the notes give."""

from __future__ import annotations

import re

from support.paths import FACTS_DIR
from test_blind45_46_readers import _draft, _facts, whole_text

from drafter.kinds.notes import listeners, ordered, stress_background, unit_history
from drafter.rules import check

SET = FACTS_DIR / "blind54"
STATION = "county-rural-economic-management-station-work-summary-2026"
ROPEWAY = "county-ropeway-company-implementation-plan-2027"
FOLK = "county-folk-musical-instrument-company-work-summary-2026"
RESCUE = "county-emergency-rescue-association-creation-report-2026"
COLD = "county-cold-chain-logistics-company-party-branch-plan-2027"
TRANSPORT = "county-transport-law-enforcement-brigade-work-plan-2027"


def test_a_tables_column_of_wishes_is_read_alone() -> None:
    # 镜号｜景别｜画面｜解说词／同期声｜时长｜备注（郦会长）: 画面 and 解说 are no deeds
    rescue = whole_text(RESCUE, SET)
    for noise in ("头灯连成一线", "分镜头", "夕阳下的河湾", "驴友", "71人", "解说"):
        assert noise not in rescue, noise
    assert unit_history(_facts(RESCUE, SET)).startswith(
        "我会前身为2012年由几个户外爱好者自发组建的瑗溪户外救援队；2016年")
    # 序号｜测评项目｜标准分｜自评分｜失分原因｜方案中如何体现（缪总意见）, across its page mark
    ropeway = whole_text(ROPEWAY, SET)
    for noise in ("礼仪轮训没有全员覆盖", "利用率低", "对照《", "自评分", "备案"):
        assert noise not in ropeway, noise
    assert unit_history(_facts(ROPEWAY, SET)).endswith("2023年建成第二条索道观霞索道。")


def test_a_chronicles_marks_and_dates_and_its_history() -> None:
    station = _facts(STATION, SET)
    assert unit_history(station) == (
        "我站前身为1984年8月设立的县农村合作经济经营管理站，设在县农业局院内；1996年3月加挂县"
        "农民负担监督管理办公室牌子；2019年2月机构改革，更名为柽原县农村经营管理站，划归县农业"
        "农村局；2022年9月迁至县农业农村局综合楼三楼办公。")
    text = whole_text(STATION, SET)
    for noise in ("　", "春节前到驻村帮扶点走访", "试验区评估", "这几件事", "★", "✗"):
        assert noise not in text, noise
    # 3．第二条写土地承包纠纷调处; the 现场会 of the one work placed first, said once
    assert ordered(station) == (("阳光村账", 1), ("土地承包纠纷调处", 2))
    told = [said for _, said in stress_background(station)]
    assert told[0].startswith("2026年6月17日嵚州市农业农村局在我县召开全市农村集体“三资”监管"
                              "现场会，")
    assert text.count("监管现场会") == 1


def test_a_fax_a_form_and_a_chat_search_say_their_wishes_only() -> None:
    transport = whole_text(TRANSPORT, SET)
    for noise in ("FROM", "事由", "想了几条", "在这召开", "3.2万", "查车"):
        assert noise not in transport, noise
    assert unit_history(_facts(TRANSPORT, SET)).startswith(
        "我大队前身为1986年县交通局设立的公路运输管理所；1994年成立县交通征费稽查所；")
    cold = whole_text(COLD, SET)
    for noise in ("盖章", "编号", "一式两份", "同意申报", "项目背景", "45辆", "☑"):
        assert noise not in cold, noise
    assert unit_history(_facts(COLD, SET)).endswith("我支部2020年单独成立。")
    folk = whole_text(FOLK, SET)
    for noise in ("240", "芮一诺：", "搜了", "查看上下文", "作坊"):
        assert noise not in folk, noise
    assert unit_history(_facts(FOLK, SET)).startswith(
        "我公司前身为1979年县二轻局创办的县民族乐器厂")


def test_the_chairman_reading_at_the_annual_meeting() -> None:
    # 总结我31号年会上自己念，县工商联和镇里的领导也来; the leader 简怀瑾, called 简董
    folk = _facts(FOLK, SET)
    assert listeners(folk) == "各位领导、同志们"
    _, project = _draft(FOLK, SET)
    assert project.section("salutation").text == "各位领导、同志们："
    assert "我任组长" in project.section("practices").text
    # 总结第二个讲师带徒那块: the document's part no work, the work second
    assert ordered(folk)[1] == ("师带徒", 2)
    heads = [ln for ln in project.section("practices").text.split("\n") if ln.startswith("（")]
    assert heads[1] == "（二）弘扬制琴工匠精神"


def test_a_branch_plan_by_month_lists_every_month_and_few_meetings_are_results() -> None:
    # 月度安排按月列: every month, a line each (blind58's readers of both writers: not
    # 3—5月 lumped), each quarter's 党员大会 where none dates, in its first idle month
    _, project = _draft(COLD, SET)
    every, *lines = project.section("monthly").text.split("\n")
    # (the months of the fixed work alone in one line after the others: blind72's readers)
    months = [int(m) for ln in lines for m in re.findall(r"(\d{1,2})月", ln.split("：")[0])]
    assert sorted(months) == list(range(1, 13)) and lines[-1].endswith("落实每月固定工作。")
    # the branch's own monthly routine too (每月第二个周日晚上集中学习: blind58's readers),
    # said once above the months (blind68's readers: not copied into each)
    assert every == "每月固定工作：召开支部委员会会议、开展主题党日活动，第二个周日晚上集中学习。"
    assert not any("集中学习" in ln for ln in lines)
    assert [ln.split("：")[0] for ln in lines if re.search("召开.{0,5}党员大会", ln)] == [
        "1月", "4月", "8月", "10月"]
    assert len(set(lines)) == len(lines)
    # 站里开会、发文的事少写: the 大事记's meetings are no result
    practices = whole_text(STATION, SET)
    assert "召开全站干部职工大会" not in practices and "述职测评" not in practices
    # 查车 inside 检查车辆 is not the forbidden word (its notes write 执法检查)
    transport = _facts(TRANSPORT, SET)
    found = [f.excerpt for f in check("重点检查车辆安全状况。严禁查车乱罚。", transport, year=2027)
             if f.rule == "style.notes_forbid"]
    assert found == ["查车"]
