"""What blind49's readers found (session 19), drafted from the set's own facts files: a
党支部's work in the order its notes give across the category sections (one section, the
genre's own items after the last task of their kind), the notes' new forms no text (a
group's 接龙, a work diary's day lines, a dictation's correction and its reason, an old
draft's 【改】【删】 marks), histories whole, the stressed work's outside account, a slogan
named in passing asking no measures."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _draft, _facts, whole_text

from drafter.kinds import get_kind
from drafter.kinds.notes import ordered, stress_background, stress_items, unit_history
from drafter.kinds.render import in_order

SET = FACTS_DIR / "blind49"
LOCK = "county-ship-lock-management-office-party-branch-plan-2027"
CEMENT = "county-cement-company-work-summary-2026"
HEALTH = "county-health-education-institute-implementation-plan-2027"
FOREIGN = "city-foreign-affairs-office-creation-report-2026"
SCHOOL = "township-boarding-junior-middle-school-work-summary-2026"
PRACTICE = "township-civilization-practice-institute-work-plan-2027"


def _text(stem: str) -> str:
    return whole_text(stem, SET)


def test_a_branchs_work_goes_in_the_order_its_notes_give() -> None:
    # “船民之家”放第一，先锋闸口第二，其余照初稿: the reader's own fix, 船民之家、先锋闸口、
    # 政治建设和理论学习、严格组织生活（含发展党员）、党风廉政、结对共建
    lock = _facts(LOCK, SET)
    assert in_order(get_kind("party_branch_plan"), lock)
    _, project = _draft(LOCK, SET)
    assert [s.id for s in project.sections if s.id in ("work", "organization")] == ["work"]
    heads = [ln.split("。")[0] for ln in project.section("work").text.split("\n")
             if ln.startswith("（")]
    assert heads == ["（一）开展“船民之家”服务", "（二）建设党员先锋闸口",
                     "（三）加强政治建设和理论学习", "（四）严格组织生活",
                     "（五）做好发展党员工作", "（六）加强党风廉政建设", "（七）结对联系沿河村"]
    # the 预备党员's 转正 said as the branch's duty, no marker (both blind48 readers)
    assert "加强对1名预备党员的教育考察，符合条件的按期办理转正手续" in project.section("work").text
    assert "【待补充" not in _text(LOCK)


def test_the_notes_new_forms_are_no_text() -> None:
    cement = _text(CEMENT)
    assert "453" not in cement and "算进去" not in cement  # 上回材料里的453不对——…
    school = _text(SCHOOL)
    assert not any(w in school for w in ("周四", "晴。", "681"))  # 12月24日　周四　晴
    practice = _text(PRACTICE)
    assert not any(w in practice for w in ("谭春：", "严书记", "后面不挂", "2416", "：底注册"))
    assert "2027年底注册志愿者达到2600人" in practice
    assert "村晚2026年由县融媒体中心录制报道，2027年计划增加场次" in practice
    health = _text(HEALTH)  # 【改：职工28人。33是前年的数…】, 【删。…150早就超了】
    assert not any(w in health for w in ("33", "150", "宣教车"))


def test_histories_are_told_whole() -> None:
    assert unit_history(_facts(FOREIGN, SET)).startswith(
        "我办前身为1985年市政府办公室设立的外事科，1993年单独成立外事办公室")
    assert unit_history(_facts(HEALTH, SET)).startswith(
        "我所前身为1984年县卫生防疫站设立的健康教育股，1996年单独设所")
    assert unit_history(_facts(SCHOOL, SET)).startswith(
        "我校始建于1958年，原名苔埠农业中学，1983年更为现名，2005年撤销高中部")
    cement = unit_history(_facts(CEMENT, SET))
    assert "2012年由县城迁至磬岩山脚下的新厂区，2020年新型干法线投产" in cement
    assert unit_history(_facts(PRACTICE, SET)).startswith(
        "我所2019年挂牌，是全县第一批试点；初期借用镇综合文化站二楼办公，2022年迁入由老粮站改建的")


def test_the_stressed_work_its_place_and_its_outside_account() -> None:
    school = _facts(SCHOOL, SET)  # 他说打头写“代理家长”…“代理家长”是咱学校的命根子，要写厚写细：…
    assert stress_items(school) == ["代理家长"] and ordered(school)[0] == ("代理家长", 1)
    said = {stem: dict(stress_background(_facts(stem, SET))) for stem in (FOREIGN, HEALTH)}
    assert said[FOREIGN]["涉外企业服务直通车"] == (
        "2026年7月省外办在全省外事系统推广了这个做法，"
        "2026年9月《全省外事工作简报》第15期专门刊发了我办的做法")
    assert said[HEALTH]["做强健康大讲堂巡讲"].startswith("2026年6月市卫健委在我县召开全市健康科普")
    assert ordered(_facts(HEALTH, SET))[:2] == (("推进无烟环境建设", 2),
                                                 ("做强“健康大讲堂”巡讲", 1))
    assert "\n2026年6月市卫健委在我县召开全市健康科普" in _text(HEALTH)  # no 是我所的工作品牌
    practice = _text(PRACTICE)  # said once, where the work opens, not in 基本情况 too
    assert practice.count("现场推进会") == 1 and "邻县多个乡镇前来学习借鉴" in practice


def test_a_slogan_named_in_passing_asks_no_measures_and_one_placed_gets_no_section() -> None:
    _, project = _draft(PRACTICE, SET)  # “六进”宣讲开头提一句，后面不挂; “三会一超市”放在善美积分
    assert "【待补充" not in "\n".join(s.text for s in project.sections)
    assert "overall" not in [s.id for s in project.sections]


def test_blind50s_mind_map_is_read_as_its_branch_asks() -> None:
    # a XMind tree (│  ├─ …) printed whole by the built-in draft, its ① ② under 措施顺序 not
    # followed (both blind50 readers: the one 3 of the LLM replay), its history the branch's
    stem, folder = "county-health-vocational-school-party-branch-plan-2027", FACTS_DIR / "blind50"
    school = _facts(stem, folder)
    assert ordered(school) == (("白衣志愿·健康进社区", 1), ("党员示范岗", 2))  # not 来历
    assert unit_history(school).startswith(
        "浛湾县卫生职业中等专业学校前身为1972年县卫生局举办的赤脚医生培训班；1984年成立")
    _, project = _draft(stem, folder)
    text = "\n".join(s.text for s in project.sections)
    assert not any(c in text for c in "│├└") and "162" not in text
    heads = [ln for ln in project.section("work").text.split("\n") if ln.startswith("（")]
    assert heads[0].startswith("（一）开展“白衣志愿·健康进社区”") and "示范岗" in heads[1]
