"""What blind76's and blind77's readers of the built-in drafts found (session 33): the
leader's order lost where the notes named the document before the place (明年计划打头写,
方案头一个讲…), the flagship's 现场会 and 简报 missing or cut, scenes in the wrong task or
left as a placeholder, histories cut to the steps with a known verb, a slogan placed in
a paraphrased task printed elsewhere, a task worked in two spans missing from its
quarters, and an opening asked to name the year's review left without it."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, whole_text

from drafter.kinds.notes import (
    opening_aims,
    ordered,
    placed,
    stress_background,
    task_notes,
    unit_history,
)
from drafter.kinds.prose import places_of

B76 = FACTS_DIR / "blind76"
B77 = FACTS_DIR / "blind77"


def _places(facts) -> dict[str, int]:
    places = places_of(facts, facts.tasks)
    return {t.title: places[id(t)] for t in facts.tasks if id(t) in places}


def test_the_document_named_before_a_place_is_no_work() -> None:
    # 明年计划打头写 after …就是我们的“无语良师”感恩行，是支部的招牌
    anatomy = _facts("medical-college-anatomy-department-party-branch-plan-2027", B76)
    assert all(not w.startswith("明年计划") for w, _ in ordered(anatomy))
    assert _places(anatomy)["开展“无语良师”感恩行"] == 1
    # 方案头一个讲乡镇卫生院医生…那块; 总结头一个讲汛期里会员…那块
    stroke = _facts("county-hospital-stroke-center-implementation-plan-2026", B76)
    assert _places(stroke) == {"推行“接力溶栓”县乡一体救治": 1, "优化院内绿色通道": 2,
                               "做好出院患者随访和康复指导": 3}
    radio = _facts("county-amateur-radio-association-work-summary-2025", B76)
    assert _places(radio)["建好“电波哨兵”应急通信队"] == 1
    # 其余照原稿的先后往后排: the rest as they were, no work placed last
    assert all("原稿" not in w for w, _ in ordered(stroke))


def test_a_pronoun_for_the_flagship_is_the_work_named_before() -> None:
    # 方案里这是重头戏 / 今年计划最要紧的就是它, after the sentence naming the work
    stroke = _facts("county-hospital-stroke-center-implementation-plan-2026", B76)
    assert {w for w, _ in stress_background(stroke)} == {"接力溶栓"}
    dogs = _facts("county-police-dog-squadron-work-plan-2027", B76)
    assert {w for w, _ in stress_background(dogs)} == {"山鼻子"}


def test_the_visitors_go_on_and_the_bulletin_follows() -> None:
    # …；又到碹子沟村，看…。《堞州应急》简报第16期登了，…
    radio = dict.fromkeys(s for _, s in stress_background(
        _facts("county-amateur-radio-association-work-summary-2025", B76)))
    assert any(s.startswith("与会人员又到碹子沟村") for s in radio)
    assert any("《堞州应急》简报" in s for s in radio)
    # 与会的人到3号守望岗，看…: a name's number, no count
    village = whole_text("border-village-creation-report-2026", B77)
    assert "与会人员到3号守望岗" in village
    assert village.count("巡边日志一页一页念给大家听") == 1
    # …上了鹊山，打着头灯在竹林里找网，看…: the visit's, not a line of its own
    birds = whole_text("county-birdwatching-association-work-summary-2025", B77)
    assert "我会打着头灯" not in birds and "打着头灯在竹林里找网" in birds
    # …，《栀州农业》第7期登了，…，这几句在…那一条开头说一次: the account, not the visit
    bees = whole_text("county-beekeeping-association-work-summary-2026", FACTS_DIR / "blind59")
    assert "SELF" not in bees and "这几句" not in bees
    # 在我们学校开的 of a school's 党支部: 在我校
    anatomy = whole_text("medical-college-anatomy-department-party-branch-plan-2027", B76)
    assert "现场会在我校召开" in anatomy and "在我支部召开" not in anatomy


def test_a_scene_goes_to_the_work_it_shows() -> None:
    # the second scene names the 宿舍 work the notes placed second, not the flagship's
    # 宿舍楼下
    college = _facts("normal-college-security-office-party-branch-plan-2027", B77)
    homes = task_notes(college)
    assert any("热得快" in s for s in homes["抓好宿舍消防和实验室安全检查"])
    # scenes whose doers are 老乡, 航标工, 女工, 锅炉工 are scenes, not works at length
    village = whole_text("border-village-creation-report-2026", B77)
    assert "【待补充：“听着山那边的动静”" not in village
    assert "老乡半夜守在岗亭里" in village
    waterway = whole_text("county-waterway-management-station-work-plan-2027", B77)
    assert "待补充" not in waterway and "手冻得握不住扳手" in waterway
    # 三伏天贴敷室里护士…: the doer first
    tcm = _facts("county-tcm-hospital-preventive-care-center-implementation-plan-2026", B77)
    assert any(s.startswith("护士三伏天在贴敷室里")
               for s in task_notes(tcm)["做好冬病夏治三伏贴和冬令膏方"])


def test_every_step_the_leader_tells_under_a_history_label() -> None:
    birds = unit_history(_facts("county-birdwatching-association-work-summary-2025", B77))
    for year in ("2009年", "2014年", "2018年", "2021年", "2023年"):
        assert year in birds
    assert "凑了个" not in birds and "出了" not in birds
    college = unit_history(_facts("normal-college-security-office-party-branch-plan-2027", B77))
    assert "1978年" in college
    village = unit_history(_facts("border-village-creation-report-2026", B77))
    assert "1958年名为芒坝生产队" in village and "2010年修通" in village
    tobacco = unit_history(_facts("tobacco-leaf-redrying-plant-work-summary-2025", B77))
    assert "1958年县在峻坪" in tobacco and "全县在峻坪" not in tobacco


def test_a_slogan_placed_in_a_paraphrased_work() -> None:
    # 放在带孩子们认鸟那条里讲清楚 of the 自然教育 task whose point is 组织小学生…认鸟
    birds = whole_text("county-birdwatching-association-work-summary-2025", B77)
    assert birds.count("三个不打扰") == 1
    assert birds.index("三个不打扰") > birds.index("（二）开展自然教育进校园")
    # 第二讲给村里…老人建档、隔两个月上门号脉那块。“坚持三问”…放在这一条里讲清楚
    tcm = _facts("county-tcm-hospital-preventive-care-center-implementation-plan-2026", B77)
    assert "上门号脉" in placed(tcm, "坚持三问")
    # …——校门、楼门、宿舍门——放在北门值守那条里讲清楚: a statement, no question
    college = _facts("normal-college-security-office-party-branch-plan-2027", B77)
    assert placed(college, "守好三扇门") == "北门值守"


def test_the_rest_keeps_its_order_past_a_pasted_national_key_species() -> None:
    # 国家重点保护鸟类 in a pasted 名录 stresses nothing: 党建, 越冬, 名录 as the form has them
    birds = whole_text("county-birdwatching-association-work-summary-2025", B77)
    assert birds.index("（四）加强协会党建") < birds.index("（五）做好鸳鸯洲越冬水鸟同步调查")
    assert birds.index("（五）做好鸳鸯洲") < birds.index("（六）编修《皎溪县鸟类名录》")


def test_a_task_worked_in_two_spans_is_in_both_quarters() -> None:
    waterway = whole_text("county-waterway-management-station-work-plan-2027", B77)
    quarters = [ln for ln in waterway.splitlines() if "季度（" in ln]
    first, fourth = quarters[0], quarters[3]
    assert "守滩人" in first and "守滩人" in fourth
    # its one-off drill in its 5—9月 span, not the fourth quarter
    assert "应急演练" not in fourth


def test_the_opening_names_the_years_review() -> None:
    tcm = _facts("county-tcm-hospital-preventive-care-center-implementation-plan-2026", B77)
    assert opening_aims(tcm) == "2026年11月，省中医药管理局将来我中心评审“治未病”示范中心。"
    stroke = _facts("county-hospital-stroke-center-implementation-plan-2026", B76)
    assert opening_aims(stroke) == "2026年底前，省卫健委将来我中心现场评审。"


def test_an_honour_names_the_branchs_unit_once() -> None:
    college = whole_text("normal-college-security-office-party-branch-plan-2027", B77)
    # (a part's honour a clause of its own, its holder after the unit: session 46)
    assert "2024年，煜州师范学院保卫处校卫队被" in college and "保卫处保卫处" not in college
    anatomy = whole_text("medical-college-anatomy-department-party-branch-plan-2027", B76)
    assert "所属人体解剖学教研室" not in anatomy


def test_a_branch_plans_own_items_wait_for_the_placed_works() -> None:
    anatomy = whole_text("medical-college-anatomy-department-party-branch-plan-2027", B76)
    assert anatomy.index("开展遗体捐献宣传志愿服务") < anatomy.index("落实全面从严治党责任")


B78 = FACTS_DIR / "blind78"


def test_blind78s_pasted_item_order_and_scenes() -> None:
    """blind78's readers (measured at 8786a88): a pasted 致谢 printed whole under ⟡
    remarks; a brand placed first with no work after the place; 车主打电话 read as 主打;
    scenes of 同事, 桩长, 老木匠 lost or left as a placeholder."""
    career = whole_text("vocational-college-career-center-creation-report-2026", B78)
    assert "学号" not in career and "每晚必去" not in career and "跟岗" not in career
    # nor the header's fields past its 学号 label (a code, 班级：…　指导教师：…)
    assert "2023051327" not in career and "指导教师：" not in career
    ev = _facts("county-ev-charging-company-work-summary-2026", B78)
    assert _places(ev)["推行充电桩“桩长制”"] == 1
    ev_text = whole_text("county-ev-charging-company-work-summary-2026", B78)
    assert "扫不了码" not in ev_text and "都做了" not in ev_text
    assert "桩长半夜接到报修" in ev_text and "同事春节返乡那几天" in ev_text
    sterile = whole_text("county-hospital-sterile-supply-center-work-summary-2025", B78)
    assert "待补充" not in sterile and "骨科钳子" in sterile


def test_a_village_plans_schedule_of_one_quarter_and_its_routine() -> None:
    village = whole_text("traditional-village-work-plan-2027", B78)
    assert "【待补充：分阶段" not in village
    assert "村务、财务每季度公开一次" in village and "重点节点：第一季度" in village

