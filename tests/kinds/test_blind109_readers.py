"""What blind109's readers found (measured at this session's blind108 mends: built-in
2.33, LLM 3.83), mended in part: the year a flagship began said in the sentence after its
account (`…。2019年开始搞的。这一条要写足写透`: dropped in all six built-in drafts); its
account's clause printed in 基本情况 (`两个钟头内装上冷藏车。`) and one holding the brand's own
number dropped (`…控制在360以下` of “守住360”); histories under a label that is a sentence of
its own (`来历开头交代几句，“创办多年”太笼统。2010年…`), led by `我说：`, or spoken (`批了单独
设立`, `跟省核对平台联网`, `注册了“…”商标`, `引了…苗，在河滩地上试种了二十来亩`); a remark
correcting the pasted answer (`这个答法早不对了，现在是…`); a count said twice (`诚信经纪人
2026年评了128名。诚信经纪人128名。`); the thanks to `乡亲们`; a scene whose doer is a team
opening with 帮 (`帮摘队员…`); a place given by a scene naming the unit's own people
(`老乡跟经纪人…` of an 经纪人协会); a 党支部's genre items among the works the notes order to
the end; `报院里` of a hospital's department; `关节` read as a festival."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, placed_titles, whole_text

from drafter.kinds.notes import brand_told, main_to, opening_thanks, scenes, unit_history

B109 = FACTS_DIR / "blind109"
CANNERY = "county-cannery-company-work-plan-2027"
CHECKS = "county-family-economic-verification-center-implementation-plan-2026"
GIRLS = "county-girls-high-school-party-branch-plan-2027"
GOUT = "county-hospital-rheumatology-department-work-summary-2026"
BROKERS = "county-rural-brokers-association-creation-report-2026"
DAYLILY = "daylily-village-work-summary-2026"


def test_the_year_a_flagship_began_and_its_account() -> None:
    for stem, said in ((CANNERY, "我公司自2019年"), (CHECKS, "我中心自2022年"),
                       (GIRLS, "我支部自2018年"), (GOUT, "我科自2021年"), (BROKERS, "我会自2019年"),
                       (DAYLILY, "我村自2022年")):
        assert f"{said}起开展这项工作" in whole_text(stem, B109), stem
    assert "两个钟头内装上冷藏车。" not in whole_text(CANNERY, B109)
    assert brand_told(_facts(GOUT, B109))["守住360"].startswith(
        "痛风病人建了档，护士每个月打电话、发微信，盯着他把血尿酸控制在360以下")


def test_histories_whole_and_in_written_words() -> None:
    assert unit_history(_facts(CANNERY, B109)).startswith("我公司前身为1972年县供销社")
    assert "2017年获批单独设立县居民家庭经济状况核对中心；2020年系统与省核对平台联网；" in \
        unit_history(_facts(CHECKS, B109))
    assert unit_history(_facts(GIRLS, B109)).startswith(
        "2010年利用原羝岭中学的旧校舍，开办女子高中班；")
    assert "我支部2013年随之单独建立" in unit_history(_facts(GIRLS, B109))
    assert unit_history(_facts(DAYLILY, B109)) == (
        "1983年分田到户以后，老支书满福田从邻县引进黄花菜苗，在河滩地试种二十余亩；2009年成立"
        "黄花菜专业合作社；2021年村里建起第一批烘干房；2024年注册“囤坪黄花”商标。")


def test_remarks_and_counts_said_once() -> None:
    assert "上门核" not in whole_text(CHECKS, B109)
    text = whole_text(BROKERS, B109)
    assert "评了128名" not in text and text.count("诚信经纪人128名") == 1


def test_thanks_scenes_and_order_as_asked() -> None:
    assert opening_thanks(_facts(DAYLILY, B109)) == (
        "首先，感谢乡亲们2026年一年的辛勤付出，特别是帮摘队的年轻人，大家辛苦了！")
    assert scenes(_facts(DAYLILY, B109))["办好“帮摘队”互助采摘"][0].startswith(
        "一年来，帮摘队员天不亮打着手电下地")
    assert placed_titles(BROKERS, B109) == [
        "推行“田头秤”公平交易", "做好购销纠纷调解", "搭建市场信息服务平台"]
    assert scenes(_facts(BROKERS, B109))["做好购销纠纷调解"] == (
        "老乡跟经纪人为压级压价吵起来，调解员骑着摩托赶到地头说和",)
    girls = whole_text(GIRLS, B109)
    assert girls.index("（七）做好发展党员工作") < girls.index("（八）落实全面从严治党责任")


def test_addressed_and_narrated_as_a_department_writes() -> None:
    assert main_to(_facts(GOUT, B109)) == ("钰川县人民医院",)
    assert "我科开展了关节超声检查，开展了超声引导下关节腔穿刺，识别关节内尿酸盐结晶。" in \
        whole_text(GOUT, B109)
