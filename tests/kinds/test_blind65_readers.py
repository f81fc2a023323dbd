"""What blind65's readers of the built-in drafts found (session 27), drafted from the
set's own facts files: histories whose first step is 某年X在Y办了个Z (a 苗圃, a 文物保管组,
a 屠宰组), 建起第一座… and 改名…; the leader's scene whose doer is 宣讲队的年轻讲解员, a
苗管家 or the 田坎兽医 said in its task, not asked for with a 【待补充】; a figure name's
tag (流动宣讲（2026年目标）) no words of the text; 抄送县文化和旅游局 one organ; a 工作计划
read aloud with its 称谓 and thanks; the order in the leader's words (浇地放水那块, …那块，
就是检疫和质量); 冬至 in December and 7月1日前 in June."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, whole_text

from drafter.kinds.notes import copy_to, ordered, read_aloud, scenes, unit_history

SET = FACTS_DIR / "blind65"
PUMPS = "county-electric-pumping-station-work-summary-2026"
ABATTOIR = "county-pig-slaughterhouse-party-branch-plan-2027"
HALL = "county-revolutionary-memorial-hall-work-plan-2026"
NURSERY = "county-state-nursery-implementation-plan-2027"
VETS = "township-animal-husbandry-veterinary-station-work-plan-2027"


def test_histories_open_with_their_first_step() -> None:
    assert unit_history(_facts(PUMPS, SET)).startswith(
        "1966年在畎河边建成第一座电力排灌站，即现在的城西站，几个电工起家；1975年成立县排灌管理所；"
        "1989年更名为县电力排灌站；")
    assert unit_history(_facts(NURSERY, SET)).startswith(
        "我圃前身为1958年县农林科在城西河滩开办的苗圃，几个老农起家育杨树苗；1973年更名为"
        "县国营苗圃；")  # (the clause after its step kept, session 37)
    assert unit_history(_facts(HALL, SET)).startswith(
        "我馆前身为1956年县文化馆在旧址设立的文物保管组；")
    assert "前身为1962年县食品公司在城南开办的屠宰组，几个老屠工起家；1985年" in unit_history(
        _facts(ABATTOIR, SET))
    # 就是现在的城西站 and 1989年改名… were printed after the headcounts
    pumps = whole_text(PUMPS, SET)
    assert "就是现在的" not in pumps and pumps.count("1989年") == 1


def test_the_leaders_scenes_are_said_in_their_tasks() -> None:
    cases = ((HALL, "做强“马灯宣讲队”流动宣讲", "宣讲队的年轻讲解员提着马灯"),
             (NURSERY, "开展“苗管家”进村服务", "苗管家骑着摩托车"),
             (VETS, "做强“田坎兽医”服务队", "田坎兽医半夜接了电话骑摩托车进山"))
    for stem, title, scene in cases:
        assert scenes(_facts(stem, SET))[title][0].startswith(scene), stem
        text = whole_text(stem, SET)
        assert scene in text and "【待补充：“" not in text, stem


def test_tags_addressees_and_a_plan_read_aloud() -> None:
    hall = whole_text(HALL, SET)
    assert "（2026年目标）" not in hall and "开展流动宣讲220场" in hall
    assert copy_to(_facts(HALL, SET)) == ("穄岭县文化和旅游局",)
    vets = _facts(VETS, SET)
    assert read_aloud(vets)
    text = whole_text(VETS, SET)
    assert text.startswith("同志们：") and text.rstrip().endswith("谢谢大家！")
    assert "由我任组长" in text  # the 站长 reads it: not his own name
    # 1998年人财物上划县畜牧局；2019年机构改革划归县农业农村局
    assert "经费由县农业农村局统筹保障" in text and "县畜牧局统筹" not in text


def test_order_in_the_leaders_words_and_the_months_of_festivals() -> None:
    assert ("做好抗旱灌溉服务", 3) in ordered(_facts(PUMPS, SET))  # 再讲给各村浇地放水那块
    # 接着是苗子把关那块，就是检疫和质量
    assert ("严格苗木检疫和质量管理", 2) in ordered(_facts(NURSERY, SET))
    abattoir = whole_text(ABATTOIR, SET)
    assert "12月：冬至前开展“放心肉”进社区" in abattoir
    assert "2月：春节前开展“放心肉”进社区" in abattoir
    assert "6月：7月1日前开展纪念建党106周年主题党日" in abattoir
    assert "（二）第二季度（4—6月）：7月1日前推出" in whole_text(HALL, SET)


def test_a_theme_not_of_civility_has_no_civility_template() -> None:
    """The 指导思想's 核心价值观…文明程度 and the 工作目标's 文明素质 clause are a 文明创建
    plan's: blind65's readers struck them in a 红色资源保护 plan and a 动物防疫 plan, whose
    targets then make the 工作目标 (目标按我在表里给的写)."""
    for stem in (HALL, VETS):
        text = whole_text(stem, SET)
        assert "文明程度" not in text and "文明素质" not in text, stem
        assert "思想保证和精神动力" not in text, stem
    assert "工作的目标是：一是开展流动宣讲220场；二是接待中小学生研学3.5万人次；" in whole_text(
        HALL, SET)
    assert "文明程度" in whole_text(NURSERY, SET)  # 创建省级文明单位
