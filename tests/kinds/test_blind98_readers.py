"""What blind98's readers found (measured at 2ce6b5e: built-in 2.50, LLM
3.83), mended: the order's second place (`学员在实训室从切土豆丝练起…那块`) given to the
work its place names; a 现场会's account cut after `；又回学校看了…` (the 简报 and the 推广
lost with it); scenes whose doers (`乡厨们`, `媳妇们`, `大夫`) were not read, one printed
`老师乡厨们…`, one missing; a teacher's scene under 师德师风; a point the leader's scene says
again; a figure's due day (`…18号就统计完了`) printed;
`今年要冲…，年底团省委来验收` copied; a plan `印发科里各医疗组、护理组` sent to its 院党委
alone; `院团委`, `局政治处`, `县市场监管局` short in the 版记; history steps' second clauses
lost (`建了实训楼`, `买了第一艘快艇`, `回来在骨科里成立了个…小组`, `1984年分船到户`); a speech
read `元月10号` dated on the document's day; the whole unit's satisfaction hanging after the
last practice; `文明创建永远在路上` where the notes say `少喊口号`."""

from __future__ import annotations

from datetime import date

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, section_text, whole_text

from drafter.kinds.notes import (
    copy_to,
    delivery_date,
    main_to,
    places_of,
    report_to,
    scenes,
    stress_background,
    unit_history,
)

B98 = FACTS_DIR / "blind98"
COOKS = "county-culinary-training-school-work-summary-2026"
HANDS = "county-hospital-hand-foot-surgery-department-implementation-plan-2026"
DOCTORS = "county-village-doctors-association-work-summary-2025"
POLICE = "county-water-police-station-party-branch-plan-2027"
WIGS = "county-wig-company-work-plan-2027"
LAVER = "laver-farming-village-creation-report-2026"


def test_the_order_and_the_scenes() -> None:
    cooks = _facts(COOKS, B98)
    places = {t.title: p for t in cooks.tasks if (p := places_of(cooks, cooks.tasks).get(id(t)))}
    assert places == {"深化“乡厨回炉”食品安全培训": 1, "办好中式烹调和面点全日制班": 2,
                      "推进校企合作和学员就业": 3}
    shown = scenes(cooks)
    assert shown["办好中式烹调和面点全日制班"][0] == "一年来，老师站在灶台边、握着学员的手教颠勺"
    assert shown["深化“乡厨回炉”食品安全培训"] == ("乡厨们挤在实训室里排队学洗手、学分砧板",)
    assert "大夫在显微镜下一坐六七个小时、一针一针接血管" in scenes(_facts(HANDS, B98))[
        "畅通断指再植急诊绿色通道"]
    assert scenes(_facts(WIGS, B98))["深化“发丝进村”村级加工点建设"] == (
        "加工点上的媳妇们晚上趴在灯下、一根一根往网帽上勾头发",)
    doctors = whole_text(DOCTORS, B98)
    assert "老村医带教年轻村医听诊" not in doctors and "老村医手把手教年轻村医听心肺音" in doctors


def test_the_accounts_go_on_after_the_visit() -> None:
    told = [a for _, a in stress_background(_facts(COOKS, B98))]
    assert told[1:] == ["与会人员随后回到我校，实地观摩学员实训的灶台",
                        "市市场监管局《弋州市场监管》2026年第15期刊发了我校的做法",
                        "市市场监管局还发文在全市推广这一做法"]
    police = [a for _, a in stress_background(_facts(POLICE, B98))]
    assert police[1] == "与会人员随后回到我所，实地观摩救援队的潜水训练" and len(police) == 4
    doctors = [a for _, a in stress_background(_facts(DOCTORS, B98))]
    assert doctors[1] == "与会人员又到乡卫生院实地观摩我会的技能培训室"


def test_openings_routing_and_dates() -> None:
    hands = _facts(HANDS, B98)
    assert whole_text(HANDS, B98).startswith(
        "2026年，我科将争创省级青年文明号，年底迎接团省委验收。")
    assert main_to(hands) == ("各医疗组", "护理组")
    assert report_to(hands) == ("中共轵阳县人民医院委员会",)
    assert copy_to(hands) == ("共青团轵阳县人民医院委员会",)
    assert copy_to(_facts(POLICE, B98)) == ("喈川县公安局政治处",)
    assert copy_to(_facts(COOKS, B98))[0] == "铙山县市场监督管理局"
    # (a superior's 有限公司 left out of its short name, 报集团公司, still the superior: the
    # first mend of 县国资集团 had printed 璲江县交通投资集团公司)
    shipyard = _facts("county-shipyard-company-implementation-plan-2027", FACTS_DIR / "blind64")
    assert report_to(shipyard) == ("璲江县交通投资集团有限公司",)
    assert delivery_date(_facts(DOCTORS, B98)) == date(2026, 1, 10)
    assert "永远在路上" not in whole_text(LAVER, B98)


def test_histories_keep_each_steps_clauses() -> None:
    assert "2009年迁至城东，建成实训楼" in unit_history(_facts(COOKS, B98))
    assert "2012年组建巡逻救援队，购置第一艘快艇" in unit_history(_facts(POLICE, B98))
    assert unit_history(_facts(HANDS, B98)).startswith(
        "1984年医院骨科有两名医生去上海进修显微外科，回院后在骨科内成立手外科小组；")
    assert unit_history(_facts(LAVER, B98)).startswith(
        "我村前身为蚶口公社的渔业大队，1984年分船到户；")
    assert "1996年开办发网作坊" in unit_history(_facts(WIGS, B98))


def test_a_summarys_own_figures_and_remarks() -> None:
    cooks = whole_text(COOKS, B98)
    assert "18号" not in cooks
    basics = section_text(COOKS, B98, "基本情况")
    assert "2026年各类培训3120人次；截至2026年11月，学员满意度97.4%。" in basics
    assert "会员满意度97.6%" in section_text(DOCTORS, B98, "基本情况")
