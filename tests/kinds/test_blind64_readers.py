"""What blind64's readers found (session 26), drafted from the set's own facts files: a
village school's 杨老师 marks remarks (the pupil's essay is the source, not the text); its
history told as 村里在老祠堂办起…, 高年级并到…, 加办了幼儿班; a 现场会 held 在我们点上 and
what the visitors did after (放学又跟着路队…); a slogan's placing (…就是我们说的“种好两块
田”…，放在劳动教育那条里讲清楚) no statement; a distance no stock (距镇中心学校14.5公里);
a 提案's 交县教育体育局主办 no 主送."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, says_none, whole_text

from drafter.kinds.notes import main_to, note_results, note_sentences, unit_history

SET = FACTS_DIR / "blind64"
SCHOOL = "village-teaching-point-creation-report-2026"
LEAGUE = "county-democratic-league-committee-work-plan-2027"
HOSPITAL = "county-yao-medicine-hospital-work-summary-2026"
CHAMBER = "city-hometown-chamber-of-commerce-work-summary-2026"


def test_the_pupils_essay_is_the_source() -> None:
    says_none(SET, ((SCHOOL, ("只有三个老师", "我们说的", "现有距", "在点上", "我校放学")),))
    school = whole_text(SCHOOL, SET)
    assert ("现场会在我校召开，与会人员先听了一节复式课，放学又跟着路队把孩子送过了石板桥。"
            in school)
    assert "距镇中心学校14.5公里" in school


def test_the_village_schools_history_and_the_leagues_addressee() -> None:
    assert unit_history(_facts(SCHOOL, SET)) == (
        "我校前身为1956年村里在老祠堂办起的莙岭小学；1983年迁至半山腰现址，新建砖瓦校舍；"
        "2012年高年级并入镇中心学校，改设教学点，保留一到三年级；2021年增设幼儿班。")
    assert main_to(_facts(LEAGUE, SET)) == ("民盟市委",)


def test_histories_whose_steps_read_as_results_or_fragments_are_whole() -> None:
    """Session 27, the blind64 drafts read again: the 会长's 2003年…凑到一起，搞了个联谊会
    was printed among the 2026 results and his 2016 step was lost; the 院长's 1979 step
    was lost and its 就两个老草医坐诊 printed alone after the headcounts."""
    chamber = _facts(CHAMBER, SET)
    assert unit_history(chamber) == (
        "我会前身为2003年几个在玭州做建材生意的菂塘老乡自发成立的联谊会；"
        "2009年在市民政局登记，正式成立菂塘商会；2016年市工商联成为业务主管单位；"
        "2019年商会党支部成立；2022年迁至商贸大厦9楼现在的会所。")
    assert "联谊会" not in note_results(chamber)
    hospital = _facts(HOSPITAL, SET)
    assert unit_history(hospital).startswith(
        "我院前身为1979年县人民医院设立的瑶医门诊，当时仅有两名老草医坐诊；1987年")
    assert "2015年被评为二级甲等民族医医院；2020年" in unit_history(hospital)
    assert note_sentences(hospital, history=False) == ""
    # 84年县一中五个老师入了盟，成立了民盟菥阳小组…；88年改成县总支部；96年正式成立县委会
    assert unit_history(_facts(LEAGUE, SET)).startswith(
        "1984年县一中五个老师加入民盟，成立民盟菥阳小组，当时归全市直接管理；1988年改为县总支部；"
        "1996年成立县委会；")


def test_a_visit_goes_on_past_its_second_clause_and_a_short_organ_name_is_completed() -> None:
    hospital = whole_text(HOSPITAL, SET)
    assert "又跟着巡诊队进了瑶寨，看医生在火塘边给老人号脉、做针挑。" in hospital
    assert "我院看医生" not in hospital
    # 新的一年…: not the summary's own year again
    assert "新的一年，让我们继续齐心协力，推动全院工作再上新台阶。" in hospital
    # 总结书面报市工商联 of a 商会 under 玭州市工商业联合会
    assert main_to(_facts(CHAMBER, SET)) == ("玭州市工商业联合会",)


def test_the_leaders_own_name_for_a_work_finds_its_task() -> None:
    """上门修船那支队伍 (顺序：…打头) and 服务队的事：去年11月…现场会… are the 江上船医
    task's: the meeting was lost and a 【待补充：“上门修船那支队伍”的具体措施】 printed."""
    yard = whole_text("county-shipyard-company-implementation-plan-2027", SET)
    # (… a sentence of its own before the dated account, session 45: blind106's reader)
    assert ("“江上船医”流动服务队是我公司的一项重点工作。2026年11月全省内河船舶修造安全"
            "工作现场会在我厂召开") in yard
    assert "上门修船那支队伍" not in yard
    assert yard.index("现场会") < yard.index("（二）")
