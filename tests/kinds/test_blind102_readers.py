"""What blind102's built-in reader found (measured at the session-43 commit after the
blind101 round: 2.50), mended: 现场会 accounts cut after `；又上五楼看了…` and `；回来又看了
…` (their 简报 and 推广 lost with them) and a 推广 with no one doing it (`，还发文在全市推广`);
`在我们大楼开的` → `在大楼召开`; a brand's account `这就是“…”要管的事：…` and its year
`2019年开的` lost; the order's second place given `这是第二个讲的：…那块` unread; histories
(`1946年在城关文庙里办的…` with no subject, `县里把…划进来` → `全县把…`, `批下来`, `开了4张
床`, `就一台老γ相机、两个人` lost); `我会争做“三型护士”` (a society is no nurse); `民警户籍
内勤…` (the scene before's doer put in front); `2025年底户籍人口是62.4万` printed after
the figure; `娃`; a monthly `月度评选` given to one quarter; `责任部门：教导员`."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, section_text, whole_text

from drafter.kinds.notes import brand_told, places_of, stress_background, unit_history

B102 = FACTS_DIR / "blind102"
STORE = "county-department-store-company-work-plan-2027"
GROUP = "county-experimental-primary-school-education-group-creation-report-2026"
NUCLEAR = "county-hospital-nuclear-medicine-department-work-summary-2026"
NURSES = "county-nursing-society-work-summary-2025"
POLICE = "county-public-security-household-registration-brigade-implementation-plan-2026"


def test_a_field_meeting_account_goes_on_to_its_bulletin() -> None:
    told = [said for _, said in stress_background(_facts(STORE, B102))]
    assert told == [
        "2026年10月全市“老字号”传承发展现场会在我公司召开，与会人员站在一楼柜台边，看廉德顺师傅"
        "十分钟把一块停了的老上海表修好",
        "与会人员又上五楼实地观摩我公司的带徒传艺室",
        "市商务局在《鹱州商务工作简报》2026年第15期刊发了我公司的做法，并发文在全市推广"
        "这一做法"]  # (the organ said once: blind114's reader)
    police = [said for _, said in stress_background(_facts(POLICE, B102))]
    assert police[1] == "与会人员随后回到我大队，实地观摩上门预约台账"
    assert "与会人员随后回到我科，查阅了随访登记本" in whole_text(NUCLEAR, B102)


def test_a_brand_told_as_what_it_takes_care_of_and_its_year() -> None:
    assert brand_told(_facts(NURSES, B102))["护理接力"].endswith(
        "一棒接一棒不掉链子。我会自2021年起开展这项工作")
    assert brand_told(_facts(STORE, B102))["旧物回春柜"].endswith("我公司自2019年起开展这项工作")


def test_the_second_place_given_before_a_colon() -> None:
    group = _facts(GROUP, B102)
    places = places_of(group, group.tasks)
    second = [t.title for t in group.tasks if places.get(id(t)) == 2]
    assert second == ["做好留守儿童关爱和寄宿生管理"]
    text = whole_text(GROUP, B102)
    assert "老师晚上陪着写作业、给女孩梳头" in text and "娃" not in text


def test_histories_in_written_words() -> None:
    assert unit_history(_facts(GROUP, B102)) == (
        "我集团前身为1946年在城关文庙里创办的县立第一完小，仅有两个班；1958年更名为县实验小学；"
        "2003年迁入现在的城南校区；2019年县里将舯坪、粢源、豉岭三所村小划入，组建了教育集团。")
    assert unit_history(_facts(NUCLEAR, B102)).startswith(
        "我科前身为2009年医院在放射科设立的同位素室，当时仅有一台老γ相机和两名工作人员；"
        "2014年获批碘-131治疗资质，开设4张床位；")


def test_a_society_leads_its_members_a_figure_said_once_a_doer_of_its_own() -> None:
    assert "我会引导全体会员争做“三型护士”" in whole_text(NURSES, B102)
    text = whole_text(POLICE, B102)
    assert "户籍人口是62.4万" not in text and "全县户籍人口62.4万人" in text
    assert "民警户籍内勤" not in text and "户籍内勤中午不休息" in text
    assert "责任部门：教导员" not in text


def test_a_monthly_selection_is_routine() -> None:
    steps = section_text(STORE, B102, "时间安排")
    assert steps.count("开展“服务明星”月度评选") == 1
    assert "全年常态化工作：" in steps and "月度评选" in steps.split("\n")[0]


def test_a_meeting_at_the_unit_by_its_name_but_not_its_place_or_branch() -> None:
    """在我们大楼开的 of a 百货大楼有限公司 is the unit's (在我公司召开); 在我们泱河开的 of a
    bank of 泱河县 is the county's, and a 党支部 holds no meeting (blind57, blind64)."""
    assert "现场会在我公司召开" in whole_text(STORE, B102)
    bank = whole_text("county-agricultural-development-bank-branch-creation-report-2026",
                      FACTS_DIR / "blind57")
    assert "市分行在泱河召开" in bank
    tower = whole_text("office-building-joint-party-branch-plan-2027", FACTS_DIR / "blind64")
    assert "在我支部召开" not in tower
