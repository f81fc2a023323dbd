"""What blind104's built-in reader found (measured at the session-44 commit after the
blind103 round: 2.33), mended in part: histories told in a sentence the notes' speaker
opens with the unit (`研究会是1998年钭老…搞起来的，那时候叫…`, `站里是1958年建港的时候设的`,
`中心是2003年学院升格的时候在教务处下面设的网络组`, `夜班编辑部是1985年报社复刊的时候设的
夜班组`), their first step lost and a clause printed alone; an instruction printed in
创建成效 (`“做到两个留住”汇报一开口，问候完就亮出来`); the second greeting asked
(`再问县社科联的领导好`); the year's thanks asked at the opening; a brand told as
`最拿得出手的是“…”：…` or after a pasted item's clause (`这封信当天半夜就拦下来了，…`);
a 现场会 account going on `回来又到调度室看了…`; an agency's own output target (`完成代建
投资5.2亿元`) in 经费保障; `其中开展引航梯检查合格…`; `…现有夜班编辑部全体人员32人`."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, section_text, whole_text

from drafter.kinds.notes import addressee, brand_told, stress_background, unit_history

B104 = FACTS_DIR / "blind104"
PAPER = "city-daily-night-editorial-department-party-branch-plan-2027"
NETWORK = "college-network-information-center-work-summary-2025"
GENEALOGY = "county-genealogy-culture-society-creation-report-2026"
AGENCY = "county-government-project-agent-construction-center-implementation-plan-2026"
UROLOGY = "county-hospital-urology-department-work-summary-2026"
PILOTS = "port-pilot-station-work-plan-2027"


def test_histories_opened_by_their_subject_keep_their_first_step() -> None:
    assert unit_history(_facts(GENEALOGY, B104)).startswith(
        "我会前身为1998年由钭老等七八位老先生在县文化馆创办的姓氏文化研究小组；2005年")
    assert unit_history(_facts(PILOTS, B104)).startswith(
        "我站前身为1958年建港时设立的港务局引水组，当时仅有五名老引水员；1984年")
    assert "2016年港务集团改制，划归集团管理" in unit_history(_facts(PILOTS, B104))
    assert unit_history(_facts(NETWORK, B104)).startswith(
        "我中心前身为2003年学院升格时在教务处下设立的网络组，当时仅有三名工作人员、一个机房；"
        "2009年单独设立网络中心；")
    assert unit_history(_facts(PAPER, B104)).startswith(
        "夜班编辑部前身为1985年报社复刊时设立的夜班组，当时仅有四名编辑；1998年")
    agency = unit_history(_facts(AGENCY, B104))
    assert agency.startswith("我中心前身为2011年全县开展新城区建设时成立的新城建设指挥部工程处")
    assert agency.endswith("2019年全县学校、医院、保障房等项目开始统一由我中心代建。")
    for stem in (GENEALOGY, PILOTS):
        assert "原名" not in section_text(stem, B104, "基本情况")


def test_an_instruction_on_the_opening_is_not_printed() -> None:
    assert "一开口" not in whole_text(GENEALOGY, B104)


def test_the_second_greeting_and_the_experts_come_to_assess() -> None:
    facts = _facts(GENEALOGY, B104)
    assert addressee(facts) == "尊敬的评估组各位专家、县社科联各位领导"
    text = whole_text(GENEALOGY, B104)
    assert "对各位专家、各位领导莅临我会评估指导工作" in text
    assert "以此次评估为契机" in text and "此次检查" not in text


def test_thanks_asked_at_the_opening_open_the_speech() -> None:
    plan = section_text(PILOTS, B104, "开头") or whole_text(PILOTS, B104)
    assert "首先，感谢同志们2026年一年的辛勤付出，特别是引航员和艇员，大家辛苦了！" in plan
    summary = whole_text(UROLOGY, B104)
    assert "首先，感谢大家2026年一年的辛勤付出" in summary
    assert summary.count("感谢") == 1  # not again in its closing


def test_a_brand_told_after_its_name_or_after_a_pasted_item() -> None:
    told = brand_told(_facts(UROLOGY, B104))
    assert told["结石随访到村"].startswith("医生护士背着便携B超到村里给结石病人复查")
    assert told["结石随访到村"].endswith("我科自2022年起开展这项工作")
    text = whole_text(UROLOGY, B104)
    assert "“结石随访到村”是我科的工作品牌" in text and "复查是我科" not in text
    assert "【待补充" not in section_text(UROLOGY, B104, "主要做法")
    network = brand_told(_facts(NETWORK, B104))["网络医生进宿舍"]
    assert network.startswith("工程师和学生网络医生到各栋宿舍楼")
    assert "这封信" not in whole_text(NETWORK, B104)


def test_a_field_meeting_account_going_on_back_at_the_unit() -> None:
    told = [said for _, said in stress_background(_facts(PILOTS, B104))]
    assert told[1] == "与会人员随后回到我站调度室，实地观摩引航动态大屏"
    assert "《全省港航工作简报》2026年第21期" in told[2]
    assert "实地观摩我们的" not in whole_text(UROLOGY, B104)


def test_an_agencys_investment_target_is_a_goal_and_its_rating_opens_the_plan() -> None:
    assert "5.2亿元" in section_text(AGENCY, B104, "工作目标")
    assert "5.2亿元" not in section_text(AGENCY, B104, "保障措施")
    assert whole_text(AGENCY, B104).count("五星") == 1
    assert "2026年下半年，市住建局将对代建单位开展星级评定，我中心力争达到五星标准。" \
        in whole_text(AGENCY, B104)


def test_a_part_and_a_name_said_once() -> None:
    assert "其中合格1236次" in whole_text(PILOTS, B104)
    text = whole_text(PAPER, B104)
    assert "现有全体人员32人" in text and "现有夜班编辑部全体人员" not in text
    assert "签版制度等" not in text


def test_last_years_count_beside_this_years() -> None:
    text = whole_text(UROLOGY, B104)
    # (session 45: said once, with its rise, blind105's and blind106's readers)
    assert ("2026年，住院手术1486台，比2025年的1312台增加174台、增长13.3%，其中微创手术1238台"
            in text)
    assert "1312" not in section_text(UROLOGY, B104, "基本情况")


def test_an_owner_said_again_and_a_purpose_that_fits() -> None:
    text = whole_text(PILOTS, B104)
    assert "这项工作也由调度室牵头负责。" in text and "同样由" not in text
    assert "保障重点时段" not in text
