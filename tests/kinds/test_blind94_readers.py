"""What blind94's built-in reader found (measured at 9a2824d: 2.67), mended: slogans asked
`一开篇问候完就亮出来`, `开场白里带一句`, `计划头一段提一下`, `汇报开头就亮出来` said in the
opening;
`…的领导都来，少年狮班也来几个孩子` printed; a blank asked `先留一格…拿笔添上` missing; histories
in spoken words (`搞了个`, `叫到一起，办了第一届…`, `就一个人兼着` → `一名人`, `注册成了`); a
stacked `做到…，做到…`; `春季学期内学期末…`; a title saying the unit twice (`输血科2026年输血科…`);
a medal conferred as a title; the order's works named by a brush and scissors, a centrifuge,
a ward not placed; a scene cut at its `教`; the 现场会's visitors dropped for a height
(`1.2米的桩上`) and the 印发 of the 做法; `实地观摩` twice in one sentence."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _draft, _facts, section_text, whole_text

from drafter.kinds.notes import scenes, stress_background, unit_history
from drafter.kinds.prose import honor_clause

B94 = FACTS_DIR / "blind94"
LIONS = "county-dragon-lion-dance-association-work-summary-2025"
BLOOD = "county-hospital-blood-transfusion-department-work-summary-2026"
APPRAISAL = "county-labor-capacity-appraisal-center-implementation-plan-2026"
RIVER = "county-river-cleaning-company-party-branch-plan-2027"
AFTER = "primary-school-after-school-service-center-work-plan-2026"
SHRIMP = "rice-crayfish-village-creation-report-2026"


def _opening(stem: str) -> str:
    return whole_text(stem, B94).split("\n一、")[0]


def test_slogans_said_at_the_opening() -> None:
    assert "“两种精气神”" in _opening(LIONS)
    assert "“给足两个时间”" in _opening(AFTER)
    assert "“两个河工”" in _opening(RIVER)
    assert "“拿稳两份钱”" in _opening(SHRIMP)


def test_remarks_blanks_titles_and_honours() -> None:
    lions = whole_text(LIONS, B94)
    assert "都来" not in lions and "也来几个孩子" not in lions
    assert "2026年虾稻米总产量____万斤" in whole_text(SHRIMP, B94)
    assert _draft(BLOOD, B94)[1].title.startswith("迥川县人民医院输血科2026年精神文明建设")
    assert honor_clause("全省龙狮锦标赛传统南狮项目金奖", "省体育局") == (
        "在省体育局组织的全省龙狮锦标赛传统南狮项目中获金奖")
    appraisal = whole_text(APPRAISAL, B94)
    assert "做到“两个维护”，引导中心干部职工做到“两个少跑”" in appraisal
    schedule = section_text(AFTER, B94, "时间安排")
    assert "春季学期末举办兴趣课程成果展演" in schedule and "学期内学期" not in schedule


def test_histories_in_written_words() -> None:
    assert unit_history(_facts(LIONS, B94)).startswith(
        "1956年城关几个搬运工凑钱扎了头狮子，成立城关狮子班；1983年县文化馆召集各乡的龙灯队，"
        "举办第一届龙狮大赛")
    assert "仅由一人兼职负责" in unit_history(_facts(APPRAISAL, B94))
    assert "注册成立河道保洁" in unit_history(_facts(RIVER, B94))
    assert "1998年成立水产养殖小组" in unit_history(_facts(SHRIMP, B94))


def test_the_order_and_its_scenes() -> None:
    blood = [line for line in section_text(BLOOD, B94, "主要做法").split("\n")
             if line.startswith("（")]
    assert blood[1].startswith("（二）做好疑难配血")
    assert blood[2].startswith("（三）加强临床合理用血")
    after = [line for line in section_text(AFTER, B94, "主要任务").split("\n")
             if line.startswith("（")]
    assert after[1].startswith("（二）办好书法、剪纸")
    said = scenes(_facts(BLOOD, B94))
    assert said["做好疑难配血和输血相容性检测"] == (
        "技师半夜两点一个人守着离心机、对着灯看试管里有没有凝集",)
    assert said["加强临床合理用血管理"][0].startswith("全科人员下到病房")
    lions = scenes(_facts(LIONS, B94))
    assert lions["保护传承凰岭狮鼓和狮头扎作技艺"][0] == (
        "锣鼓队的老人冬夜在祠堂里敲到半夜、教年轻人打鼓点")


def test_the_field_meetings_account() -> None:
    lions = stress_background(_facts(LIONS, B94))[0][1]
    assert lions.startswith("2025年10月全市群众体育工作现场会在我会训练基地召开，与会人员")
    assert "1.2米的桩上走步" in lions
    blood = [said for _, said in stress_background(_facts(BLOOD, B94))]
    assert "市卫健委将我科的做法印发全市各医院学习" in blood
    river = stress_background(_facts(RIVER, B94))[0][1]
    assert river.count("实地观摩") == 1 and river.endswith("又到水葫芦堆肥场察看")
