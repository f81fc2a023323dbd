"""What blind47's readers of both writers found (session 18), drafted from the set's own
facts files: a report's results with the practice that produced them, a document read
aloud without a figure due after its date, the notes' account of the stressed work (推广,
简报登过, 现场会, 外宾来看过展演), the order 第一个讲X, histories whole, the copier's header
no text, a company's turnover in 基本情况."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _draft, _facts

from drafter.facts.validate import due_after
from drafter.kinds.notes import ordered, stress_background, stress_items, unit_history

SET = FACTS_DIR / "blind47"
TEMPLE = "county-confucian-temple-management-office-creation-report-2026"
CERAMICS = "county-ceramics-company-work-summary-2026"
HOUSING = "county-housing-expropriation-service-center-work-plan-2027"
SCHOOL = "county-private-foreign-language-school-work-plan-2027"
SOIL = "county-soil-fertilizer-station-party-branch-plan-2027"


def test_a_reports_results_are_said_with_their_practice() -> None:
    # both readers: 48期、5100人次放回国学讲堂一条; 成效部分只有孤立的数字 (blind46's too)
    _, temple = _draft(TEMPLE, SET)
    practices = temple.section("practices").text
    lecture = next(p for p in practices.split("\n") if "四进" in p)
    assert "48期" in lecture and "5100人次" in lecture
    # … and the 创建成效 says the year's other results, not those counts again (blind59's
    # and blind61's readers: a repeat)
    results = temple.section("results").text
    assert "48期" not in results and "23.6万人次" in results and "98.2%" in results


def test_a_document_says_no_figure_due_after_its_date() -> None:
    # the temple's report is heard on 12月16日, its assessment due 12月下旬; the company's
    # summary is read at the 员工大会 (年底员工大会上我要念的) before the 1月 tax return
    _, temple = _draft(TEMPLE, SET)
    assert "评估得分" not in "\n".join(s.text for s in temple.sections)
    _, ceramics = _draft(CERAMICS, SET)
    assert "纳税" not in "\n".join(s.text for s in ceramics.sections)
    # a plan handed out has no blank it cannot fill either (every LLM reader of blind44
    # to blind48: 标记不能带出门), though blind36's and blind37's readers had asked for it
    housing = _facts(HOUSING, SET)
    late = [f for f in housing.figures if f.todo and due_after(f.todo, housing.doc.date)]
    assert late and housing.warnings
    _, plan = _draft(HOUSING, SET)
    assert not any(f.name in s.text for f in late for s in plan.sections)


def test_the_notes_account_of_the_stressed_work_is_told() -> None:
    said = {stem: dict(stress_background(_facts(stem, SET)))
            for stem in (CERAMICS, HOUSING, SCHOOL, SOIL)}
    assert said[CERAMICS]["青瓯学堂"] == "县总工会2026年在我公司召开现场会"
    assert said[HOUSING]["阳光征收"].endswith("市住建局专门把我中心的“三公开”做法作为经验推广")
    assert said[HOUSING]["阳光征收"].startswith("2026年全市房屋征收工作推进会上")
    assert said[SCHOOL]["用外语讲中国故事"] == "2026年市外事办带外宾前来观看展演"
    assert "2026年第18期工作简报刊发了" in said[SOIL]["土专家下田服务"]
    _, ceramics = _draft(CERAMICS, SET)
    first = ceramics.section("practices").text.split("\n")[3]
    assert first.startswith("“青瓯学堂”员工夜校是我公司的工作品牌，"
                            "县总工会2026年在我公司召开现场会。")


def test_the_order_and_the_histories_are_read_as_said() -> None:
    ceramics = _facts(CERAMICS, SET)
    assert ordered(ceramics)[:2] == (("青瓯学堂", 1), ("关爱员工", 2))  # 第一个讲“青瓯学堂”
    assert stress_items(ceramics) == ["青瓯学堂"]
    temple = unit_history(_facts(TEMPLE, SET))
    assert temple.startswith("我所于1983年成立，当时为县文化馆下设的文物组，1990年单独设所")
    assert unit_history(_facts(SCHOOL, SET)).startswith("我校2013年增设高中部")
    assert "我支部2016年单独建立" in unit_history(_facts(SOIL, SET))


def test_no_copiers_header_and_a_companys_turnover_in_its_basics() -> None:
    _, temple = _draft(TEMPLE, SET)
    text = "\n".join(s.text for s in temple.sections)
    assert not any(w in text for w in ("打印稿", "下辖是", "红笔"))
    _, ceramics = _draft(CERAMICS, SET)
    assert "销售收入3.86亿元" in ceramics.section("basics").text
    assert "销售收入" not in ceramics.section("practices").text


def test_blind48s_summary_read_to_its_school_leaves_out_the_late_count() -> None:
    # 12月26日总结会上我要当着全体老师和学员代表念 … 育婴员…12月27日才考 (both readers)
    from drafter.kinds.notes import read_aloud
    school = _facts("county-domestic-service-training-school-work-summary-2026",
                    FACTS_DIR / "blind48")
    assert read_aloud(school)
    _, project = _draft("county-domestic-service-training-school-work-summary-2026",
                        FACTS_DIR / "blind48")
    assert "【待补充" not in "\n".join(s.text for s in project.sections if s.id != "problems")


def test_the_leader_reading_it_aloud_says_he_leads_the_group() -> None:
    # 院长现场念: 我院成立以院长任志诚为组长的… had him read his own name (blind46's and
    # blind48's LLM readers); the notes' 我当面念 with 祁所 (blind47) says the same
    _, hospital = _draft("county-geriatric-hospital-creation-report-2026", FACTS_DIR / "blind46")
    practices = hospital.section("practices").text
    # (its deputies no longer listed: blind58's readers of both writers)
    assert practices.startswith("我院成立创建市级文明单位工作领导小组，我任组长，统筹推进")
    assert "任志诚" not in practices
    _, temple = _draft(TEMPLE, SET)
    assert "领导小组，我任组长，统筹推进" in temple.section("practices").text
    # a written plan keeps post and name (blind10 and blind12 readers)
    _, plan = _draft(HOUSING, SET)
    assert "蒋慕白" in "\n".join(s.text for s in plan.sections)  # 蒋慕白（中心主任）
