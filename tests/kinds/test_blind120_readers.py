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
from test_blind45_46_readers import _facts, whole_text

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
