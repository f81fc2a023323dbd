"""What blind64's readers found (session 26), drafted from the set's own facts files: a
village school's 杨老师 marks remarks (the pupil's essay is the source, not the text); its
history told as 村里在老祠堂办起…, 高年级并到…, 加办了幼儿班; a 现场会 held 在我们点上 and
what the visitors did after (放学又跟着路队…); a slogan's placing (…就是我们说的“种好两块
田”…，放在劳动教育那条里讲清楚) no statement; a distance no stock (距镇中心学校14.5公里);
a 提案's 交县教育体育局主办 no 主送."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, says_none, whole_text

from drafter.kinds.notes import main_to, unit_history

SET = FACTS_DIR / "blind64"
SCHOOL = "village-teaching-point-creation-report-2026"
LEAGUE = "county-democratic-league-committee-work-plan-2027"


def test_the_pupils_essay_is_the_source() -> None:
    says_none(SET, ((SCHOOL, ("只有三个老师", "我们说的", "现有距", "在点上", "我校放学")),))
    school = whole_text(SCHOOL, SET)
    assert ("现场会在我校召开，与会人员先听了一节复式课，放学又跟着路队把孩子送过了石板桥。"
            in school)
    assert "距镇中心学校14.5公里" in school


def test_the_village_schools_history_and_the_leagues_addressee() -> None:
    assert unit_history(_facts(SCHOOL, SET)) == (
        "我校前身为1956年村里在老祠堂办起的莙岭小学；1983年迁至半山腰现址；"
        "2012年高年级并入镇中心学校；2021年增设幼儿班。")
    assert main_to(_facts(LEAGUE, SET)) == ("民盟市委",)
