"""What blind79's readers found in the built-in drafts (measured at 58c435a), mended:
titles that said the unit and the year twice, a 现场会 dated a year early, a county's aim
given to the unit, a 时间安排 without the flood season, doers outside the list."""

from __future__ import annotations

from datetime import date

from support.paths import FACTS_DIR
from test_blind45_46_readers import _draft, _facts, whole_text

from drafter.document import Role
from drafter.kinds import get_kind
from drafter.kinds.notes import (
    asked_length,
    copy_to,
    delivery_date,
    listeners,
    main_to,
    notes_year,
    report_to,
    scenes,
    unit_history,
)
from drafter.kinds.render import render_title, unit_work
from drafter.project.pipeline import assemble

B79 = FACTS_DIR / "blind79"
NUTRITION = "county-hospital-clinical-nutrition-department-work-summary-2026"
VILLAGE = "river-island-village-work-summary-2025"
SALT = "county-state-salt-works-work-plan-2027"
READING = "county-reading-promotion-association-implementation-plan-2026"


def test_a_theme_naming_the_unit_and_year_is_said_once() -> None:
    for stem, title, work in (
            (NUTRITION, "煦阳县人民医院临床营养科2026年工作总结", "扎实推进临床营养科工作"),
            (VILLAGE, "漩江县峭石镇鸪洲村2025年工作总结", "扎实推进鸪洲村工作")):
        facts = _facts(stem, B79)
        assert unit_work(facts)
        assert render_title(get_kind(facts.doc.kind), facts) == title
        text = whole_text(stem, B79)
        # (a speech's opening slogan a sentence of its own since session 45: no theme after it)
        assert (work in text or stem == VILLAGE) and "2026年工作。" not in text
        assert "鸪洲村2025年工作" not in text


def test_the_remarks_last_year_past_a_pasted_boards_this_year() -> None:
    """The notes typed 1月12日 say 去年6月 of the 2025 summary's 现场会; the board's own 今年7月
    is the board's year, no plan of the leader's."""
    facts = _facts(VILLAGE, B79)
    assert notes_year(facts) == 2026
    assert "2025年6月全市农村渡口安全管理现场会" in whole_text(VILLAGE, B79)


def test_the_salt_works_plan() -> None:
    facts, project = _draft(SALT, B79)
    text = "\n".join(s.text for s in project.sections)
    # a span beside a yearly drill: the typhoon season has its quarter
    # (its 春季 修滩 in the first quarter since blind92's 春季举办校园运动会: the one-off
    # 评选 goes with the typhoon season's line)
    quarter = next(line for line in text.split("\n")
                   if line.startswith("（二）第二季度（4—6月）："))
    assert quarter.endswith("5月起抓好台风季海堤安全，持续到10月。")
    assert "（一）第一季度（1—3月）：春季完成结晶池修滩和塑苫铺设" in text
    assert "统筹推进2027年重点工作。" in text and "推进工作。" not in text
    # 沃场长 reads it himself (我自己念) and leads the group
    assert "由我任组长" in text and "沃长海" not in text
    # scenes of 盐工 and of 职工 after a time clause (台风来之前，职工连夜…)
    assert set(scenes(facts)) == {"办好“盐田课堂”工业研学", "抓好台风季海堤安全"}
    assert "职工台风来之前连夜在堤上扛沙袋" in text and "【待补充：“脚底板" not in text
    assert "城里的学生到结晶池边上。" not in text
    # the length the 场长 asks (念十二分钟左右), not the pasted speech's own 本稿约900字
    assert asked_length(facts.doc.notes) == 3000


def test_a_countys_aim_and_a_quoted_theme() -> None:
    text = whole_text(READING, B79)
    assert text.startswith("2026年，全县将申报全省书香县。") and "我会将申报" not in text
    assert "我会全力推进“书香晗川”全民阅读推广行动。" in text
    assert "全县申报全省书香县" not in text  # not again among the goals
    assert "领读人晚上打着手电、走田埂去书屋" in text and "【待补充：“走田埂" not in text


def test_histories_in_written_words() -> None:
    """开始搞 → 开始推行, 正式叫 → 正式定名为, 还叫 → 名为, 下面有个 → 下设; an organ another
    set up later is no 前身 (2021年市里成立快递行业党委, after the branch's 2013 and 2018)."""
    told = {stem: unit_history(_facts(stem, B79)) for stem in (
        READING, "college-student-apartment-service-center-creation-report-2026",
        "city-postal-administration-bureau-party-branch-plan-2027")}
    assert "2021年开始在农家书屋推行“夜读灯”" in told[READING] and "正式定名为" in told[READING]
    apartment = told["college-student-apartment-service-center-creation-report-2026"]
    assert "2003年学院名为鹄州师范专科学校，总务处下设宿舍科" in apartment
    assert "搞" not in "".join(told.values())
    postal = told["city-postal-administration-bureau-party-branch-plan-2027"]
    # (… with the clause after it, session 37: 日常联络放在支部)
    assert "前身" not in postal and postal.endswith("2021年设立市快递行业党委，日常联络放在支部。")


def test_a_speech_is_dated_the_day_its_notes_say_it_is_read() -> None:
    """7号职工大会上我自己念 (dated 1月6日), 15号村民代表大会上我自己念 (1月14日), 18号考评组来，
    汇报我在会上自己念 (11月16日): the byline says the day it is read; a written document,
    or one whose notes name no day, keeps its date."""
    cases = ((B79, SALT, date(2027, 1, 7)), (B79, VILLAGE, date(2026, 1, 15)),
             (FACTS_DIR / "blind78", "vocational-college-career-center-creation-report-2026",
              date(2026, 11, 18)),
             (B79, NUTRITION, date(2026, 12, 30)))  # written: its own date
    for folder, stem, day in cases:
        facts = _facts(stem, folder)
        assert delivery_date(facts) == day, stem
    facts, project = _draft(SALT, B79)
    bylines = [b.text for b in assemble(project, facts).blocks if b.role is Role.BYLINE]
    assert bylines == ["（2027年1月7日）"]


B80 = FACTS_DIR / "blind80"


def test_blind80s_account_scenes_and_salutation() -> None:
    """blind80's built-in reader (measured at 14aaccd): a 现场会 whose name holds digits
    (全省110接处警工作现场会) split from its visitors and printed garbled in 创建成效; 各位全科
    同事; the 钻工's and 大伙's scenes a placeholder or lost; 全力 before a campaign with no
    verb."""
    police = whole_text("county-police-110-command-center-creation-report-2026", B80)
    assert "2026年5月全省110接处警工作现场会在我中心召开，与会人员戴上耳机" in police
    assert "就在中心开的" not in police and "名字、村名都不点" not in police
    icu = _facts("county-hospital-intensive-care-unit-work-summary-2026", B80)
    assert listeners(icu) == "各位院领导、各位同事"
    rig = whole_text("oilfield-drilling-crew-work-plan-2027", B80)
    assert "夜班钻工零下二十来度在钻台上起下钻、手套冻在钻杆上" in rig
    assert "【待补充：“夜班" not in rig
    assert "全队职工搬家的时候连夜拆井架、装车" in rig
    animals = whole_text("medical-college-laboratory-animal-center-implementation-plan-2026", B80)
    assert "我中心全力推进实验动物质量和福利伦理提升行动" in animals


def test_blind80s_llm_reader_the_routing_and_the_figures_apart() -> None:
    """blind80's LLM reader (answers to 14aaccd's prompts): the plan 印发中心各组，报学院
    lost both its 主送 and its 报 line; an ICU's beds (a stock at 2026年11月) and its year's
    admissions (its workload, not its transport's) after the practices or in a task; a
    summary's one result of the year alone after the last practice."""
    animals = _facts("medical-college-laboratory-animal-center-implementation-plan-2026", B80)
    assert main_to(animals) == ("中心各组",)
    assert report_to(animals) == ("桷州医学院",)
    assert copy_to(animals) == ("科研处", "国资处")
    stem = "county-hospital-intensive-care-unit-work-summary-2026"
    _, project = _draft(stem, B80)
    sections = {s.id: s.text for s in project.sections}
    assert "开放床位16张" in sections["basics"] and "收治危重患者1126人次" in sections["basics"]
    practices = sections["practices"]
    assert "1126" not in practices and "开放床位" not in practices
    assert practices.splitlines()[-1] == "全年抢救成功率达到91.6%。"
    # the same count of the year before beside this year's (blind45's sanatorium)
    sanatorium = "\n".join(s.text for s in _draft(
        "city-workers-sanatorium-work-summary-2026", FACTS_DIR / "blind45")[1].sections)
    # (said once with its rise since session 45: blind105's and blind106's readers)
    assert "2026年，我院接待疗休养职工3.12万人次，比2025年的2.93万人次增加0.19万人次" in sanatorium
