"""What blind68's readers of the built-in drafts found (session 28), drafted from the
set's own facts files: remarks under a pasted source whose paster names no mark (⚖ under
a 判决书, its paster's line at the end), read by the symbol that opens their lines, not a
flowchart's ↓; histories told in speech (设了个救护小队 by an organ with no county before
it, 修瀹江大堤，县里成立了…, 我带着儿子，和另外两个家长在县城租了…办了个…, 我父亲在…开了个武馆,
批了，正式办成…, 这里是…, 在老院区开了…病区, 成了…定点康复机构, 84年分田到户以后村里办了个…,
建了冷库); a 重新挂牌 line no history; a slogan's opening place said after it (就是这一句，
开头点一句就行), its place named by a long phrase (…给家属做疏导那块) or the leader's word for
the work (练兵那条); 就是这一句, 就是这里说的, 这两个字, 我自己念 no statements; a visit's
second sight after 看了; another reading for the leader (代我念) not 我任组长; a summary of
2026 typed in January 2027 whose notes' 去年 is 2026; 在我们村开的 of a 合作社."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, says_none, whole_text

from drafter.kinds.notes import notes_year, placed, unit_history

SET = FACTS_DIR / "blind68"
MINE = "city-mine-rescue-brigade-work-plan-2027"
AUTISM = "county-autism-rehabilitation-center-party-branch-plan-2027"
HOSPICE = "county-hospice-care-center-creation-report-2025"
LEVEE = "county-levee-management-office-implementation-plan-2026"
WUSHU = "county-martial-arts-school-work-summary-2025"
VILLAGE = "village-joint-stock-economic-cooperative-work-summary-2026"


def test_an_undeclared_mark_keeps_the_source_out() -> None:
    says_none(SET, ((LEVEE, ("判处", "勘验", "63公里", "是聘的")),
                    (VILLAGE, ("附记", "号牌", "举牌")),
                    (MINE, ("受伤", "就是这一句")),
                    (AUTISM, ("这两个字",)),
                    (WUSHU, ("就是这里说的", "自己念", "我校又看"))))
    assert "“守堤人”巡堤查险被" in whole_text(LEVEE, SET)


def test_histories_told_in_speech() -> None:
    assert unit_history(_facts(MINE, SET)).startswith(
        "我大队前身为1976年矿务局在砟坪矿设立的救护小队，七八个人、两台老式氧气呼吸器起家；1988年")
    assert unit_history(_facts(LEVEE, SET)).startswith(
        "我所前身为1958年修建瀹江大堤时成立的瀹江修防段；1983年")
    assert "前身为2012年几位家长在县城租房办起的家长互助小组；" in unit_history(_facts(AUTISM, SET))
    assert "2018年成为县残联定点康复机构；" in unit_history(_facts(AUTISM, SET))
    assert unit_history(_facts(WUSHU, SET)).startswith(
        "我校前身为1994年在崶山脚下老粮站的院子里开办的武馆；"
        "2002年经县教育局批准，正式成立崶山武术学校，文化课、武术课一起上；")
    hospice = unit_history(_facts(HOSPICE, SET))
    assert hospice.startswith("1956年此处为县城关卫生院；1992年")
    assert "2020年在老院区开设安宁疗护病区，8张床起家；" in hospice
    assert unit_history(_facts(VILLAGE, SET)).startswith(
        "1984年分田到户后村集体办起砖瓦窑；2003年砖窑关停；2019年")


def test_slogans_where_the_leader_put_them() -> None:
    mine = whole_text(MINE, SET)
    assert mine.count("三个带回") == 1 and mine.index("三个带回") < mine.index("前身为1976年")
    assert "围绕“练就四种本领”，也就是快速出动本领" in mine  # read aloud (session 30)
    assert placed(_facts(HOSPICE, SET), "践行三个陪伴") == (
        "病房里陪病人、帮病人了心愿、给家属做疏导")
    hospice = whole_text(HOSPICE, SET)
    assert hospice.count("三个陪伴") == 1
    assert "（二）做好病人心理疏导" in hospice[:hospice.index("三个陪伴")]


def test_who_reads_it_and_when_it_was_typed() -> None:
    hospice = whole_text(HOSPICE, SET)
    assert "我任组长" not in hospice and "以主任佘慧敏为组长" in hospice
    assert whole_text(WUSHU, SET).startswith("各位家长代表、同志们：")
    assert notes_year(_facts(VILLAGE, SET)) == 2027
    assert "2026年9月全县农村集体经济发展现场会在我村召开" in whole_text(VILLAGE, SET)
