"""What blind120's built-in reader found (measured after the blind119 mends: built-in 2.83,
LLM 3.67), mended in part: remarks marked `⋈` and `⋇` (operators outside the marks known)
read as no remarks, so the pasted guide's and leaflet's lines were printed as facts (a
forbidden incident, `2026年7月，我村曾有游客在泉眼处戏水滑倒摔伤`; `现有会员农场四百余家`,
which the leader corrected), the marks with them (`…工作品牌，⋈2026年5月…`); the visitors' sight
at a 现场会 lost for its second `怎么` (`先看了烘干塔怎么排号、怎么烘`), the rest printed as the
association's own deed (`我会又到…麦地里看了…`); a place the notes name (`菸坪镇`) "corrected" by
the guard as traditional script in a model's answer (`烟坪镇`)."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, section_text, whole_text

from drafter.kinds.notes import stress_background
from drafter.rules import check

B120 = FACTS_DIR / "blind120"
FISH = "cold-water-fish-village-creation-report-2026"
FARMS = "county-family-farm-association-work-summary-2026"


def test_operator_marks_are_remarks() -> None:
    fish = whole_text(FISH, B120)
    assert "⋈" not in fish and "摔伤" not in fish and "禁止游泳、戏水、洗涤" not in fish
    farms = whole_text(FARMS, B120)
    assert "⋇" not in farms and "四百余家" not in farms and "主心骨" not in farms


def test_the_visitors_sight_told_whole() -> None:
    told = "。".join(t for b, t in stress_background(_facts(FARMS, B120)) if b == "雨天抢收队")
    assert "与会人员先实地观摩烘干塔如何排号、如何烘，又到阪上镇一家会员农场的麦地里" in told
    assert "我会又到" not in whole_text(FARMS, B120)


def test_a_place_the_notes_name_is_no_traditional_script() -> None:
    facts = _facts("county-hospital-telemedicine-center-work-summary-2025", B120)
    found = check("我中心派员到菸坪镇卫生院察看远程心电设备。", facts)
    assert not [f for f in found if f.rule == "script.traditional"]
    # (a traditional word the notes do not name a place by is still one)
    assert [f for f in check("我中心加强衛生管理。", facts) if f.rule == "script.traditional"]


def test_the_flagship_told_with_its_standing_and_year() -> None:
    """Three flagships the notes call the unit's best (`是支部的招牌`, `是中心最拿得出手的`,
    `村里的看家本领`) in forms brand_told did not read: the account after `是“X”：` (not
    `就是我们的“X”：`), the year as `2021年支部一建起来就开始搞的` (more than eight characters
    between the year and 的), an account holding the points' own numbers (`24小时`, `120`) or a
    year, the standing said before the account (`“护泉公约”，村里的看家本领：…`). The readers
    found each `一项重点工作`, untold, its year lost (or printed in 基本情况)."""
    night = whole_text("college-innovation-entrepreneurship-school-party-branch-plan-2027", B120)
    assert "“创业夜诊”是我支部的工作品牌" in night and "我支部自2021年起开展这项工作" in night
    assert "所谓“创业夜诊”，就是每周三晚上七点到十点" in night and "一建起来" not in night
    farms = whole_text(FARMS, B120)
    assert "“雨天抢收队”是我会的工作品牌" in farms and "我会自2019年起开展这项工作" in farms
    heart = whole_text("county-hospital-telemedicine-center-work-summary-2025", B120)
    assert "所谓“守心夜班”，就是心电室24小时有人" in heart and "自2020年起" in heart
    assert "所谓“护泉公约”，就是2018年全村开大会订的十条" in whole_text(FISH, B120)


def test_the_second_place_by_its_doer_the_owner_and_its_scene_told() -> None:
    """`第二讲运维组的小伙子开着车下乡、爬到村卫生室房顶上调信号那块`: 运维组 owns one task,
    which the reader found last, its scene missing (the 村卫生室 of the training's point had
    drawn the place, and a department's people, `运维组的小伙子`, read as no doer)."""
    stem = "county-hospital-telemedicine-center-work-summary-2025"
    practice = section_text(stem, B120, "主要做法")
    assert practice.index("（二）做好网络运维保障") < practice.index("（三）培训乡村医生")
    upkeep = practice.split("（二）")[1].split("（三）")[0]
    assert "运维组的年轻同志开着车下乡、爬到村卫生室房顶上调试信号" in upkeep


def test_a_coverage_of_stocks_at_a_month_is_the_units_size() -> None:
    """村卫生室联网覆盖率 of 联网村卫生室 142 and 全县村卫生室 158, both at 2025年12月: the
    network's size, in 基本情况 (the reader found it alone after the last practice)."""
    stem = "county-hospital-telemedicine-center-work-summary-2025"
    assert "覆盖率89.9%" in section_text(stem, B120, "基本情况")
    assert "覆盖率" not in section_text(stem, B120, "主要做法")


def test_no_part_of_another_measure_and_a_facility_goal_as_its_point_says() -> None:
    """`受精蛋入孵2646万枚，其中出雏2318万只`: chicks are no part of the eggs (其中 only for a
    part in the whole's own measure); `一是智能化孵化厅1座` where the point says only
    `开工建设智能化孵化厅` (readers of both writers: the goal is to start building it)."""
    text = whole_text("county-poultry-hatchery-company-work-plan-2026", B120)
    assert "受精蛋入孵2646万枚，出雏2318万只" in text
    assert "开工建设智能化孵化厅1座" in text and "一是智能化孵化厅" not in text
