"""What blind66's readers of the built-in drafts found (session 27), drafted from the
set's own facts files: a plan's aim the notes ask said in its opening (今年要争创…，计划开头
带一句; 今年年底市文明委来测评，方案开头带一句); a slogan placed by the leader's own words for
its task (放在测数据出报告那条里) and its items told to the writer (就是…这四道) no
statement; a 小红书 post's comments and a visitor's words no statements; the flagship's
现场会 when two of the notes' names for it are put first, its visitors' 看…怎么… a how;
histories from 某年县供销社在城南办了个废品收购站, 省…指挥部…设了个临时收费点, 划到…,
完成ETC改造; 来历按我最后写的来 no place; 查鲜活农产品车那块 the 绿通 task's; a scene asked
for said once; an address book's 见附页 no statement."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, says_none, whole_text

from drafter.kinds.notes import opening_aims, ordered, stress_background, unit_history
from drafter.kinds.prose import places_of

SET = FACTS_DIR / "blind66"
HERBS = "county-chinese-herbal-medicine-industry-center-creation-report-2026"
LIGHTNING = "county-lightning-protection-center-work-plan-2027"
RECYCLING = "county-renewable-resources-recycling-company-work-summary-2026"
BOILERS = "county-special-equipment-inspection-institute-implementation-plan-2026"
DRAINS = "county-urban-drainage-management-office-party-branch-plan-2027"
TOLLS = "expressway-toll-station-creation-report-2027"


def test_aims_asked_in_the_opening_open_the_plan() -> None:
    assert opening_aims(_facts(DRAINS, SET)) == "2027年，我支部将争创全县“五星级党支部”。"
    assert opening_aims(_facts(BOILERS, SET)) == "2026年底，市文明委将来我所测评。"
    drains = whole_text(DRAINS, SET)
    assert drains.startswith("2027年，我支部将争创全县“五星级党支部”。")
    assert drains.count("五星级党支部") == 1
    assert "2026年年底市文明委来测评" not in whole_text(BOILERS, SET)


def test_slogans_where_the_leader_put_them() -> None:
    lightning = whole_text(LIGHTNING, SET)
    assert lightning.count("把牢四道防雷关") == 1
    at = lightning.index("把牢四道防雷关")
    assert lightning.rfind("（二）规范防雷装置检测", 0, at) > lightning.rfind("（一）", 0, at)
    herbs = whole_text(HERBS, SET)
    assert "围绕“种好三味药”（黄精、天麻、重楼），我中心扩大黄精组培苗繁育规模" in herbs
    says_none(SET, ((LIGHTNING, ("这四道",)), (HERBS, ("这三味",))))


def test_a_posts_comments_and_visitors_are_no_statements() -> None:
    says_none(SET, ((HERBS, ("阿杰", "带娃", "小哥", "四十多年")),
                    (RECYCLING, ("我公司一位老大娘", "说的就是", "的事。")),
                    (BOILERS, ("见附页",))))


def test_the_flagships_meeting_and_its_visitors() -> None:
    said = stress_background(_facts(HERBS, SET))[0][1]
    assert said.startswith("2026年7月全市中药材产业发展现场会在我中心召开，与会人员先在组培室"
                           "实地观摩黄精组培苗如何从瓶子里移进穴盘，又到苤坪村的林子里")
    assert "看他们如何给货车司机递热水" in whole_text(TOLLS, SET)
    # 一位老大娘拿一捆旧纸箱换了两块肥皂: what the visitors saw, in the meeting's account
    assert "扫码付钱，一位老大娘拿一捆旧纸箱换了两块肥皂。" in whole_text(RECYCLING, SET)


def test_histories_and_orders_in_the_leaders_words() -> None:
    assert unit_history(_facts(RECYCLING, SET)).startswith(
        "我公司前身为1974年县供销社在城南开办的废品收购站，三个老职工一副担子两杆秤起家；1987年")
    assert "2018年引进废旧家电拆解线。" in unit_history(_facts(RECYCLING, SET))
    assert unit_history(_facts(TOLLS, SET)) == (
        "我站前身为2006年省高速公路建设指挥部在芣岭脚下设立的临时收费点，两间板房一根栏杆起家；"
        "2008年芣岭收费站正式建成开通；"
        "2014年随路段移交，划归翚州高速公路运营管理有限公司；2020年完成ETC改造；"
        "2023年新建站区综合楼。")
    assert not any(w.startswith("来历") for w, _ in ordered(_facts(HERBS, SET)))
    assert ("廉政", 7) in ordered(_facts(DRAINS, SET))
    tolls = _facts(TOLLS, SET)
    places = places_of(tolls, tolls.tasks)
    assert {t.title: places.get(id(t)) for t in tolls.tasks}["推进“绿通”快检"] == 3
