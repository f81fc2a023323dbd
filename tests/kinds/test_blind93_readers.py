"""What blind93's built-in reader found (measured at 5045c0f: 2.50), mended: remarks printed
(`“组建以来”说得太笼统。`, `…生产部10号就报上来了。`); blanks asked as `空个格` and `先不填…嘴上
说个数` missing; a speech dated by a figure's day before `念到那儿`; slogans asked at the
opening (`开篇第一段提一句`, `一开口就带上`) put in 主要做法; scenes lost for their doers
(`浇注工`, `合作社会计`, `观测部的人`, `洗衣房大姐`) or under the stressed work though the care
task holds their deed; histories in spoken words; a centre setting up the group its school's
head leads, `报：学校`; a monthly list asked `一行一行` ending in a line of idle months; a
greeting adding those it names already and `同志们` after the staff; `争创“种下三颗星”`."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, section_text, whole_text

from drafter.kinds.notes import delivery_date, listeners, report_to, scenes, unit_history

B93 = FACTS_DIR / "blind93"
STARS = "county-amateur-astronomy-association-work-summary-2025"
COURT = "county-court-family-tribunal-party-branch-plan-2027"
FOUNDRY = "county-foundry-company-work-summary-2026"
HOSPITAL = "county-hospital-logistics-department-work-plan-2027"
MASONS = "mason-labour-village-creation-report-2026"
MINDS = "middle-school-psychological-education-center-implementation-plan-2026"


def test_remarks_blanks_and_the_day_read() -> None:
    assert "笼统" not in whole_text(COURT, B93)
    assert "报上来" not in whole_text(FOUNDRY, B93)
    assert "2026年全院能耗总费用____万元" in whole_text(HOSPITAL, B93)
    assert "2026年全村外出务工总收入____万元" in whole_text(MASONS, B93)
    assert str(delivery_date(_facts(HOSPITAL, B93))) == "2027-01-11"


def test_slogans_at_the_opening() -> None:
    foundry = whole_text(FOUNDRY, B93)
    assert "守好“两个饭碗”" in foundry.split("\n一、")[0]
    masons = whole_text(MASONS, B93)
    assert "砌好“三面墙”" in masons.split("\n一、")[0]
    assert "我代表村两委和全村干部群众" in masons
    assert "种下“三颗星”" in whole_text(STARS, B93)


def test_scenes_found_and_where_their_deeds_are() -> None:
    foundry = scenes(_facts(FOUNDRY, B93))
    assert any("浇注工穿着厚厚的防护服" in s for s in foundry["打造“清爽车间”职业健康品牌"])
    assert foundry["关心关爱职工生活"] == ("工会干部冬夜把热乎乎的饺子送到夜班工人手里",)
    masons = scenes(_facts(MASONS, B93))
    assert any(s.startswith("合作社会计腊月里") for s in masons["推行“工钱到家”劳务服务"])
    stars = scenes(_facts(STARS, B93))
    assert stars["办好天象观测和天文摄影"] == (
        "观测部会员扛着几十斤的赤道仪爬上山顶、守到天亮拍彗星",)
    hospital = scenes(_facts(HOSPITAL, B93))
    assert hospital["提升洗衣、车队和院区环境服务质量"] == (
        "洗衣房大姐把被服按科室叠得方方正正、推着车送上楼",)


def test_histories_in_written_words() -> None:
    assert unit_history(_facts(STARS, B93)).startswith(
        "2009年县一中几个老师自筹资金购置一台望远镜，成立观星小组；")
    assert "2021年起由县科协作为业务主管单位" in unit_history(_facts(STARS, B93))
    assert unit_history(_facts(HOSPITAL, B93)).startswith(
        "1978年医院总务股仅有三名电工、一名锅炉工；1995年成立总务科；2010年新住院楼投入使用，"
        "锅炉房、氧气站迁至后院")
    masons = unit_history(_facts(MASONS, B93))
    assert masons.startswith("1958年村里组建泥瓦副业队，为公社修建仓库；1984年分田到户以后，"
                             "一批瓦匠外出承包工程；")
    assert "2019年" not in masons  # the honour says it
    court = unit_history(_facts(COURT, B93))
    assert court.startswith("2008年民一庭下设婚姻家庭合议庭，仅有两名法官")


def test_routing_greetings_and_the_monthly_list() -> None:
    minds = whole_text(MINDS, B93)
    assert "学校成立创建市级" in minds and "我中心成立" not in minds
    assert report_to(_facts(MINDS, B93)) == ("莆川县第二中学",)
    assert "打造素质过硬" not in minds
    assert listeners(_facts(HOSPITAL, B93)) == "巫院长、各位师傅"
    assert listeners(_facts(STARS, B93)) == "县科协各位领导、各位会员、各位同学"
    months = section_text(COURT, B93, "全年工作安排").split("\n")
    assert [m.split("：")[0] for m in months[1:]] == [f"{n}月" for n in range(1, 13)]
    assert "（用心倾听、用心调解、用心裁判、用心回访）" in whole_text(COURT, B93)
