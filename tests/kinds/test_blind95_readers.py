"""What blind95's readers found (measured at 8b84083: built-in 2.67, LLM 4.17), mended: a
blank asked `画个空框，念到那儿我口头说` missing; a speech read on 1月10日 dated on its
document's day and greeted `同志们` against `开口先问候县体育总会来的领导，再问各位会员代表好`;
the pigeon association's order (`会员把鸽舍打扫干净、跟左邻右舍处好关系那块`); remarks printed
(`科里自己的人是24个`, `支委还是三个`); a scene's doer wrong (`医护人员半夜卡了鱼刺…`); slogans
the notes ask `讲清楚` listed without their items; the branch, not its company, said to
`争创市级文明单位`; the village secretary's own closing words missing; a school's calendar year
by quarters, its undated work in 第三季度 (the summer holiday); a quarterly routine in its
task's off season; the normal school's flagship without its 现场会, 简报 and 推广; history
steps dropped (`来历我说：1962年…`, `…分出去`) or in a forbidden word (`五官科`)."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, section_text, whole_text

from drafter.kinds.notes import (
    brand_told,
    delivery_date,
    listeners,
    places_of,
    scenes,
    unit_history,
)
from drafter.kinds.prose import honor_clause

B95 = FACTS_DIR / "blind95"
ENT = "county-hospital-otolaryngology-department-work-summary-2026"
NORMAL = "county-kindergarten-teachers-normal-school-work-plan-2026"
PIGEON = "county-racing-pigeon-association-work-summary-2025"
RUBBER = "county-rubber-company-party-branch-plan-2027"
BUREAU = "county-social-organization-administration-bureau-implementation-plan-2026"
VILLAGE = "stone-carving-village-creation-report-2026"


def test_speech_day_greeting_and_order() -> None:
    pigeon = _facts(PIGEON, B95)
    assert str(delivery_date(pigeon)) == "2026-01-10"
    assert listeners(pigeon) == "县体育总会各位领导、各位会员代表"
    places = {t.title: p for t in pigeon.tasks if (p := places_of(pigeon, pigeon.tasks).get(id(t)))}
    assert places == {"推行“护鸽回家”失鸽救助服务": 1, "倡导文明养鸽和邻里和睦": 2,
                      "开展“信鸽进校园”科普活动": 3}
    text = whole_text(PIGEON, B95)
    assert "同志们" not in text and "在我会召开" in text


def test_blank_remarks_and_scenes() -> None:
    basics = section_text(NORMAL, B95, "基本情况")
    assert "2026年春季学期报到学生____人" in basics
    ent = whole_text(ENT, B95)
    assert "科里自己的人" not in ent and "医护人员半夜卡了鱼刺" not in ent
    assert "五官科" not in ent
    assert "支委还是" not in whole_text(RUBBER, B95)
    normal = scenes(_facts(NORMAL, B95))
    assert normal["强化弹唱说跳画基本功训练"] == ("老师晚上守在琴房、一个一个给学生纠指法",)
    assert normal["深化“送教进山园”实践教学"][0].startswith("送教那天带队老师")
    bureau = scenes(_facts(BUREAU, B95))
    assert bureau["提升登记审批服务效能"][0].startswith("登记股的同志")


def test_slogans_explained_and_aims() -> None:
    assert "“守住两条通道”（守住咽喉异物急诊通道、守住危重气道抢救通道）" in whole_text(ENT, B95)
    assert "“戴好两样宝”，也就是戴好防尘口罩、戴好护目镜" in whole_text(VILLAGE, B95)
    rubber = whole_text(RUBBER, B95)
    assert "2027年，公司将争创市级文明单位。我支部将以" in rubber
    assert "2026年下半年，市民政局将来我局验收社会组织规范化建设。" in whole_text(BUREAU, B95)
    village = whole_text(VILLAGE, B95)
    assert village.rstrip().endswith("争创省级文明村，我们有信心，也请考评组多提意见。谢谢！")


def test_school_terms_and_seasonal_routine() -> None:
    schedule = section_text(NORMAL, B95, "时间安排")
    assert "春季学期（2026年2—7月）" in schedule and "秋季学期（2026年9—12月）" in schedule
    assert "季度" not in schedule
    assert "我校工作的目标" in whole_text(NORMAL, B95)
    months = section_text(RUBBER, B95, "全年工作安排")
    february = next(line for line in months.split("\n") if line.startswith("2月"))
    assert "先锋割胶能手" not in february


def test_flagship_accounts_and_histories() -> None:
    normal = whole_text(NORMAL, B95)
    assert "2025年10月全市学前教育实践教学现场会在我校召开，与会人员跟随我校学生" in normal
    assert "随后又察看了琴房和舞蹈房" in normal
    assert brand_told(_facts(NORMAL, B95))["送教进山园"].endswith("我校自2021年起开展这项工作")
    assert unit_history(_facts(RUBBER, B95)).startswith(
        "陀江县橡胶有限公司前身为1962年在陀江北岸创办的国营胶园")
    assert unit_history(_facts(ENT, B95)).startswith(
        "1976年医院设立眼科、耳鼻喉、口腔合设的科室；1998年眼科、口腔分出，耳鼻喉单独设科")
    assert unit_history(_facts(PIGEON, B95)).startswith("1983年县文化馆组建信鸽爱好者小组")
    assert unit_history(_facts(NORMAL, B95)).startswith("1958年县里创办耘阳师范")
    assert honor_clause("辕州市临床重点专科建设项目", "辕州市卫生健康委员会") == (
        "被辕州市卫生健康委员会确定为“辕州市临床重点专科建设项目”")
