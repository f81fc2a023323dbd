"""What blind113's readers found (measured at session 47's last code: built-in 2.50, LLM
3.67), mended in part: a speech dated by the day a figure comes back (`第三方1月11号才反馈，
赶不上就不念了` before `30号…我自己念`); scenes asked and placed nowhere (`烧成工半夜…`,
`装卸班冬天天不亮…`), cut after their first half (`…的事，冬天车里冷，老师们…；还有…的事`),
or put in the flagship though a work's title names their doer (`监测组的人…` of 监测预警) or
a Latin word of them (`…看PICC管子` of 加强PICC和化疗护理); a scene's clause said again
(`我科的医生周末开车到姣岭镇卫生院。`); the 称谓 `称呼“同志们”，再问各位师傅好`; a slogan
placed `在锣那条里`; a flagship called the `重头戏` with no account; a title without the
theme's first words (`2025年传承和文化惠民工作总结`); `报县防指` with no 报 line; an aim
`学院党委今年要评“先锋党支部”…开头带一句`; a 预备党员's 转正 month; histories cut or spoken
(`轮窑拆了，建了第一条…`, `支部也是那年跟着单独建起来的`, `腾出两间房给我们`, `跟局里合署办公`);
a report that begins with its history losing the slogan `汇报开头就说`; `“前店后坊”豆腐街改造是
我村的工作品牌`; `开展了办好村晚…`; a 领导小组's unit named twice; the closing motto where the
notes say `别喊口号` or `别写空话`."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _draft, _facts, section_text, whole_text

from drafter.kinds.jinja import after_unit, group_work
from drafter.kinds.notes import (
    delivery_date,
    opening_aims,
    probation_month,
    report_to,
    scenes,
    unit_history,
)
from drafter.project.pipeline import document_lines

B113 = FACTS_DIR / "blind113"
BRANCH = "college-continuing-education-school-party-branch-plan-2027"
FLOOD = "county-flood-drought-control-office-implementation-plan-2026"
BLOOD = "county-hospital-hematology-department-work-summary-2026"
PAPER = "county-paper-cutting-art-association-work-summary-2025"
BRICK = "county-shale-brick-company-work-plan-2027"
TOFU = "tofu-making-village-creation-report-2026"


def _lines(stem: str) -> list[str]:
    facts, project = _draft(stem, B113)
    return document_lines(project, facts)[0]


def test_a_speech_dated_the_day_it_is_read() -> None:
    assert str(delivery_date(_facts(BLOOD, B113))) == "2026-12-30"
    assert "（2026年12月30日）" in _lines(BLOOD)


def test_scenes_placed_whole_in_their_works() -> None:
    brick = scenes(_facts(BRICK, B113))
    assert brick["抓好安全生产和窑炉稳定运行"] == ("烧成工半夜守在窑头，盯着火眼、听风机声音",)
    assert brick["擦亮“暖砖进村”服务品牌"] == ("装卸班冬天天不亮给建房户装车",)
    branch = scenes(_facts(BRANCH, B113))["擦亮“党员送教车”品牌"]
    assert branch[0].endswith("冬天车里冷，老师们裹着大衣在车上改作业")
    assert branch[1].startswith("老师下了课在教学点门口给学员一个一个答疑")
    flood = scenes(_facts(FLOOD, B113))
    assert flood["加强雨水情监测预警"][0].endswith("他们两天两夜没合眼")
    assert flood["推行“一村一面锣”叫应机制"] == ("村里老党员提着锣、打着手电沿河边挨家敲门",)
    blood = scenes(_facts(BLOOD, B113))
    assert "PICC管子" in blood["加强PICC和化疗护理"][0]
    assert blood["开展贫血筛查进乡村"] == ("我科医生周末开车到姣岭镇卫生院，给老人扎手指查贫血",)
    text = whole_text(BLOOD, B113)
    assert text.count("周末开车到姣岭镇卫生院") == 1


def test_greeting_slogan_place_and_flagship_account() -> None:
    assert _lines(BRICK)[2].startswith("同志们、各位师傅：")
    flood = whole_text(FLOOD, B113)
    assert "两个不漏" not in section_text(FLOOD, B113, "工作目标")
    assert "围绕“做到两个不漏”" in flood
    assert "所谓“一村一面锣”，就是山里一停电、信号一断" in flood
    assert "我办自2023年起开展这项工作" in flood


def test_titles_routing_aims_and_months() -> None:
    assert after_unit("剪纸艺术传承和文化惠民", "钗川县剪纸艺术协会") == "剪纸艺术传承和文化惠民"
    assert after_unit("伤口造口专科护理工作", "洇川县人民医院伤口造口护理中心") == "专科护理工作"
    assert report_to(_facts(FLOOD, B113)) == ("鲧川县防汛抗旱指挥部",)
    assert opening_aims(_facts(BRANCH, B113)) == (
        "2027年，学院党委将开展“先锋党支部”评选，我支部以此为目标。")
    assert probation_month(_facts(BRANCH, B113)) == 4
    assert "4月：按期办理预备党员转正。" in _lines(BRANCH)
    assert group_work("燔阳县新型墙体材料有限公司2027年重点工作推进领导小组", "生产经营") == (
        "2027年重点工作")


def test_histories_whole_and_written() -> None:
    assert "2009年拆除轮窑，建成第一条页岩砖隧道窑，更名为" in unit_history(_facts(BRICK, B113))
    assert unit_history(_facts(BRANCH, B113)).endswith(
        "2014年更名为继续教育学院，同年单独建立支部，当时有党员8名。")
    assert "2020年绡坪镇腾出老供销社两间房屋，设立剪纸传习所" in unit_history(_facts(PAPER, B113))
    assert unit_history(_facts(FLOOD, B113)).endswith("与县应急管理局合署办公。")


def test_report_and_closings_as_the_notes_ask() -> None:
    tofu = whole_text(TOFU, B113)
    assert "我村始终守住“三样老家当”（老石磨、老卤水、老灶火）。" in tofu
    assert "“前店后坊”是我村的工作品牌" in tofu
    assert "开展了办好" not in tofu
    assert "不断取得新成效" not in tofu  # 实在点，别写空话
    assert "再上新台阶" not in whole_text(BLOOD, B113)  # 说大实话，别喊口号
