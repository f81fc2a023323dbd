"""What blind70's reader of the built-in drafts found (session 29), drafted from the
set's own facts files: histories without their first steps (…在…山坳里建了个…处理点, 我们
的老底子是…, …的底子是…的卫生室, …把…叫到一起，搞了个…联谊会, 我从…退下来，和…在…租了一层
楼，办了个…工作室, 县里成立了咱们公司，归…管, 扩成了门诊部, 支部是…分出来单独建的, 批了
医疗机构执业许可证，正式叫…) or with a speaker's fragment printed (和两个老姐妹在县城租了一层
楼); a second scene asked (…的事，…的事) printed as a statement; 今年先不往计划里写 no
statement; 我任组长 in the mouth of a deputy whose 组长 is a guest at the reading (统战部隋
部长也在); figure names said twice in a row (爸妈课堂开课96场，爸妈课堂听课…); a stock the
unit serves at a date (服务乡镇卫生院16家) in 基本情况, no result; one rate said again beside
a 创建成效 of its own; 军训 and a contest as times of a branch's months."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, says_none, whole_text

from drafter.kinds.notes import unit_history

SET = FACTS_DIR / "blind70"
ANIMAL = "county-animal-harmless-treatment-company-work-plan-2027"
GRAIN = "county-grain-material-reserve-bureau-implementation-plan-2026"
STRATA = "county-new-social-strata-association-creation-report-2026"
CARE = "county-postpartum-care-company-work-summary-2026"
ADULT = "township-adult-culture-technical-school-work-summary-2025"
CLINIC = "vocational-college-clinic-party-branch-plan-2027"


def test_histories_from_their_first_steps() -> None:
    assert unit_history(_facts(ANIMAL, SET)).startswith(
        "我公司前身为2012年县畜牧局在莶塘镇的山坳里建立的病死猪无害化处理点，仅有两口深埋井、"
        "一台小焚烧炉；2017年成立，隶属县农投集团；")  # (what it began with: session 46)
    assert unit_history(_facts(GRAIN, SET)).startswith("我局前身为1953年成立的荁溪县粮食局")
    assert unit_history(_facts(STRATA, SET)).startswith(
        "我会前身为2017年县委统战部组织成立的新阶层人士联谊会；2019年")
    assert unit_history(_facts(CARE, SET)).startswith(
        "我公司前身为2014年在县城租房开办的产后护理工作室，仅有六张床；2018年")
    clinic = unit_history(_facts(CLINIC, SET))
    assert "；2003年几所中专合并升格成职业技术学院，卫生室扩建为门诊部；" in clinic
    assert "正式定名为校医院；我支部2018年从学院机关第二党支部分出并单独成立。" in clinic


def test_the_notes_words_stay_out() -> None:
    says_none(SET, ((CARE, ("老姐妹", "爸妈课堂听课", "上门公益访视420次", "现有接待")),
                    (STRATA, ("脚手架上一笔一笔画文化墙的事", "开展了个", "我任组长")),
                    (ANIMAL, ("两回",)),
                    (CLINIC, ("两个校医、一间药房。",))))
    # (its notes' 开会、学文件的事少写 drop the 领导小组 line since session 32: few_meetings)
    assert "领导小组" not in whole_text(STRATA, SET)


def test_stocks_the_unit_serves_are_its_basics() -> None:
    lab = whole_text("county-regional-medical-laboratory-center-creation-report-2026",
                     FACTS_DIR / "blind69")
    basics = lab.split("主要做法")[0]
    assert "服务乡镇卫生院16家" in basics and "开展检验项目612项" in basics
    assert "通过创建，危急值及时报告率达到100%" not in lab  # said in its practice


def test_a_branchs_months_hold_its_training_and_contest() -> None:
    months = dict(line.split("：", 1) for line in whole_text(CLINIC, SET).splitlines()
                  if line[:3].rstrip("：").endswith("月") and "：" in line)
    assert "军训期间在训练场设医疗保障点" in months["9月"]
    assert any("开展急救技能竞赛" in work for work in months.values())


def test_an_order_whose_place_names_its_work_in_pieces() -> None:
    from drafter.kinds.prose import in_notes_order
    facts = _facts(ADULT, SET)
    assert [t.title for t in in_notes_order(facts, facts.tasks)][:3] == [
        "办好“田头夜校”送教进村", "办好老年学堂", "开展职业技能培训和取证"]


def test_the_flagship_named_after_its_label_and_a_plan_issued_downwards() -> None:
    from drafter.kinds.notes import copy_to, main_to, report_to
    grain = whole_text(GRAIN, SET)
    assert "重头戏" not in grain and "2025年10月全市秋粮收购工作现场会" in grain
    facts = _facts(GRAIN, SET)
    assert main_to(facts) == ("局机关各股室", "局属各单位")
    # 报县文明办 on the 版记's 报 line since session 32
    assert report_to(facts) == ("荁溪县精神文明建设委员会办公室",)
    assert copy_to(facts) == ("鹟州市粮食和物资储备局",)


def test_the_greeting_keeps_the_staff_and_the_flagship_its_name() -> None:
    from drafter.kinds.notes import listeners
    assert listeners(_facts(ADULT, SET)) == "各位领导、各位兼职老师、同志们"
    clinic = whole_text(CLINIC, SET)
    assert "“楼栋健康哨”党员示范岗是我支部的工作品牌" in clinic
    assert "宿管电话是我支部" not in clinic
    says_none(SET, ((ANIMAL, ("服务服务",)), (ADULT, ("现有争取",))))


def test_organs_the_notes_name_short_are_printed_in_full() -> None:
    """主送县卫健局，抄送县妇联 of a company under 浲阳县卫生健康局 (blind70's LLM reader:
    浲阳县卫健局, a name half completed), and the 县委办 and 县政府办 of blind63's 抄送."""
    from drafter.kinds.notes import copy_to, main_to
    care = _facts(CARE, SET)
    assert main_to(care) == ("浲阳县卫生健康局",)
    assert copy_to(care) == ("浲阳县妇女联合会",)
    armed = copy_to(_facts("county-peoples-armed-forces-department-work-plan-2026",
                           FACTS_DIR / "blind63"))
    assert armed == ("中共茳川县委办公室", "茳川县人民政府办公室")


def test_a_speech_says_a_slogans_items_without_brackets() -> None:
    """Read aloud, “两个卫士”（…、…） cannot be read out (blind70's LLM reader of three
    speeches); a written plan keeps its brackets."""
    animal = whole_text(ANIMAL, SET)
    assert "当好“两个卫士”，也就是生态环境卫士、畜牧业健康发展卫士。" in animal
    assert "”（" not in animal
    assert "“两个舍不得”（舍不得让种粮农民吃亏、舍不得浪费粮食）" in whole_text(GRAIN, SET)


def test_a_topic_the_notes_forbid_is_never_printed() -> None:
    """…那几个人到县政府门口反映诉求的事，只字不提 (blind27's notes): printed at the end of
    the report's 创建成效 until session 30."""
    says_none(FACTS_DIR / "blind27", (("county-veterans-affairs-bureau-creation-report-2026",
                                       ("县政府门口", "反映诉求")),))


def test_a_reading_time_in_chinese_numerals_asks_a_length() -> None:
    """念十五分钟左右 (blind70's 新联会: its model asked for no length wrote 2198 characters
    for fifteen minutes); a limit aimed a tenth under, as one in characters."""
    from drafter.kinds.notes import asked_length
    assert asked_length(_facts(STRATA, SET).doc.notes) == 3750
    assert asked_length("讲二十分钟以内") == 4500
    assert asked_length("汇报时间十二分钟，稿子两千五百字上下") == 2500
    assert asked_length("这是第3分钟的画面") == 0


def test_a_plans_quarters_hold_its_undated_activities_and_every_task_its_owner() -> None:
    """blind70's readers of both writers: 第一季度 read 建设整洁美丽厂区（3—11月）, the
    quarterly training twice and the 应急演练 and the 最美收集员 selection never scheduled;
    (五) alone with no 牵头 line, its owner and time those of (四)."""
    animal = whole_text(ANIMAL, SET)
    quarters = {line[1]: line for line in animal.splitlines() if line.startswith("（")
                and "季度（" in line}
    assert "3月起建设整洁美丽厂区，持续到11月" in quarters["一"]
    assert "开展生物安全应急演练" in quarters["二"] and "开展“最美收集员”评选" in quarters["二"]
    assert sum("开展生物安全和安全生产培训" in q for q in quarters.values()) == 0
    care = animal.split("（五）关心关爱一线员工")[1].split("（六）")[0]
    assert "这项工作也由综合办公室牵头，全年推进。" in care


def test_a_second_scene_goes_to_the_work_it_shows() -> None:
    """设计师会员爬到脚手架上一笔一笔画文化墙 of 绘制乡村文化墙, not of the stressed 逢集有约
    for the 会计师 of its points (blind70's reader: the scaffold line in the wrong item)."""
    from drafter.kinds.notes import scenes
    shown = scenes(_facts(STRATA, SET))
    assert shown["绘制乡村文化墙"] == ("设计师会员爬到脚手架上一笔一笔画文化墙",)
    assert shown["开展“逢集有约”专业服务"] == ("律师会员在集上一坐一上午、嗓子都说哑了",)
