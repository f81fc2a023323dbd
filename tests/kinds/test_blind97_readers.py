"""What blind97's built-in reader found (measured at 0959c2b: 2.17), mended: the order's
`病房里一边扎针、一边扶着病人练走路那块` not placed; a `…工作推进会`/`…工作观摩会` held at the
unit missing from its account; a scene's doer (`服务站值班的人`) not read, the scene before's
put in front; `小卜` of a 领导小组 member; a slogan asked `总结第一段带一下`; `此次检查` where
`考评组这回不下来`; the department head's own hospital named in full; `我科室建设…`; history
steps garbled or cut."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, whole_text

from drafter.kinds.jinja import after_self
from drafter.kinds.notes import places_of, scenes, stress_background, unit_history, visited

B97 = FACTS_DIR / "blind97"
BRIGADE = "county-natural-resources-enforcement-brigade-party-branch-plan-2027"
FREIGHT = "county-road-freight-association-work-summary-2025"
ACU = "county-tcm-hospital-acupuncture-department-work-plan-2027"
CADETS = "county-youth-military-school-work-summary-2026"
PEPPER = "sichuan-pepper-village-creation-report-2026"


def test_order_accounts_and_scenes() -> None:
    acu = _facts(ACU, B97)
    places = {t.title: p for t in acu.tasks if (p := places_of(acu, acu.tasks).get(id(t)))}
    assert places["办好中风后遗症针灸康复病区"] == 2
    account = stress_background(_facts(BRIGADE, B97))[0][1]
    assert account.startswith("2026年11月全市自然资源执法工作推进会在我大队召开，与会人员")
    assert "跟随卜延东到稠溪村" in stress_background(acu)[0][1]
    freight = scenes(_facts(FREIGHT, B97))
    assert freight["办好甫口会员服务站"][0].startswith("服务站值班的人半夜")


def test_openings_closings_and_histories() -> None:
    assert "“两条根”" in whole_text(CADETS, B97).split("\n一、")[0]
    assert not visited(_facts(PEPPER, B97))
    assert "此次检查" not in whole_text(PEPPER, B97)
    acu = whole_text(ACU, B97)
    assert "按照医院的工作部署" in acu and "我科建设和针灸诊疗服务工作的目标是" in acu
    assert after_self("校园文化建设", "我校") == "校园文化建设"
    assert "；2006年成立县国土资源执法监察大队；" in unit_history(_facts(BRIGADE, B97))
    assert unit_history(_facts(PEPPER, B97)).startswith(
        "1983年分田到户，三组几户村民在荒坡上栽下第一批花椒")  # (几户村民: session 48)
