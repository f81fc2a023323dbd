"""The scene of the staff's work a leader asks for (多写…的事) is said, in the leader's
words, in the task it shows (notes.scenes), not left out or asked for with a 【待补充】
marker: the blind readers' costliest gap in built-in drafts (blind55–62)."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, whole_text

from drafter.kinds.notes import scenes


def _section_of(text: str, heading: str) -> str:
    """The task paragraph under `heading`, up to the next numbered heading."""
    after = text.split(heading, 1)[1]
    return after.split("\n（", 1)[0]


def test_a_summarys_scene_is_the_years_in_the_task_it_shows() -> None:
    ski = "city-ski-resort-company-work-summary-2026"
    text = whole_text(ski, FACTS_DIR / "blind62")
    safety = _section_of(text, "抓好雪场安全管理")
    assert "一年来，压雪司机半夜上山，巡逻员一天在雪道上来回几十趟。" in safety
    assert text.count("压雪司机半夜上山") == 1


def test_a_plans_scene_tells_what_the_people_do_and_asks_for_no_marker() -> None:
    metrology = "county-metrology-verification-institute-implementation-plan-2026"
    text = whole_text(metrology, FACTS_DIR / "blind62")
    flagship = _section_of(text, "打造“量心小站”民生计量服务品牌")
    assert "检定员背着标准器下社区、蹲在摊位前校秤。" in flagship
    assert "摊位前校秤”" not in text  # no 【待补充：“蹲在摊位前校秤”的具体措施】


def test_each_doer_goes_to_the_work_it_shows_and_our_people_are_the_units() -> None:
    audio = _facts("county-audio-visual-education-center-work-summary-2026",
                   FACTS_DIR / "blind55")
    assert dict(scenes(audio)) == {  # the stressed work first when its words share some
        "推进“云端同上一堂课”专递课堂": ("一年来，技术员开车下乡村学校修设备",),
        "开展“亲情连线”关爱留守儿童志愿服务": ("志愿者陪孩子跟爸妈视频",)}
    market = _facts("township-market-regulation-office-implementation-plan-2027",
                     FACTS_DIR / "blind56")  # 我们的人在集上、进店、下村
    assert dict(scenes(market)) == {"打造“红盾赶集日”服务品牌": ("干部职工在集上、进店、下村",)}


def test_a_scene_with_commas_keeps_its_doers_deeds_together() -> None:
    massage = _facts("city-blind-massage-hospital-work-summary-2026", FACTS_DIR / "blind63")
    assert dict(scenes(massage)) == {"开展“指尖送暖”上门服务": (
        "一年来，按摩师们拄着盲杖、跟着志愿者一户一户上门，手把手带徒弟摸穴位",)}
    weather = _facts("county-weather-modification-office-implementation-plan-2026",
                     FACTS_DIR / "blind63")
    (said,) = scenes(weather).values()
    assert said == ("炮手们夏天守在山顶炮点、一蹲就是几十天，雹云一来几分钟里就要打出去",)


def test_a_places_people_are_its_staff_and_a_yao_pharmacist_is_a_doer() -> None:
    chamber = _facts("city-hometown-chamber-of-commerce-work-summary-2026",
                     FACTS_DIR / "blind64")
    (said,) = scenes(chamber).values()
    assert said[0].startswith("一年来，驿站工作人员腊月里天不亮到火车站出站口举着牌子接老乡")
    hospital = _facts("county-yao-medicine-hospital-work-summary-2026", FACTS_DIR / "blind64")
    (said,) = scenes(hospital).values()
    assert said[0].endswith("在火塘边给老人号脉、针挑，老药工手把手教徒弟认药、切药")


def test_no_scene_where_the_notes_name_no_one_doing_a_thing() -> None:
    for stem, folder in (("county-technical-school-work-plan-2027", "blind57"),  # 老师、学生动手干
                         ("county-education-development-foundation-work-plan-2027",
                          "blind58"),  # 受助的孩子、获奖的老师
                         ("county-red-cross-work-summary-2025", "blind16")):  # 这些群众看得见
        assert not scenes(_facts(stem, FACTS_DIR / folder)), stem
