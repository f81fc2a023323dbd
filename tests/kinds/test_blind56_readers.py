"""What blind56's built-in reader found (session 22), drafted from the set's own facts
files: a video's .srt subtitles, a test paper with its 参考答案, a web page whose sections a
remark strikes, a 展厅讲解词, a 目标管理责任书 and a 朋友圈 post read for their wishes only;
histories whole (a date alone before its comma, two-digit years); corrected figures never
printed again; the orders the notes give in lists."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, whole_text

from drafter.kinds.notes import ordered, unit_history
from drafter.rules import check

SET = FACTS_DIR / "blind56"
TOWER = "county-communication-tower-company-work-summary-2026"
ELDERS = "county-elderly-sports-association-creation-report-2026"
FURNITURE = "county-furniture-company-party-branch-plan-2027"
ENERGY = "county-rural-energy-station-work-plan-2027"
SCHOOLS = "county-school-health-care-institute-work-summary-2026"
MARKET = "township-market-regulation-office-implementation-plan-2027"


def test_histories_are_whole_in_every_form() -> None:
    # 2015年6月，棻原县分公司挂牌成立: the date before its comma is the step's
    assert unit_history(_facts(TOWER, SET)).startswith("我公司2015年6月挂牌成立，")
    # a test paper's blanks filled from its 参考答案
    assert unit_history(_facts(FURNITURE, SET)) == (
        "公司前身为董事长父亲1996年在县城南关开办的鸿楹木器加工厂；2008年注册成立楱岭县鸿楹家具"
        "有限公司；2012年公司整体搬入县经济开发区；我支部于2013年经县经济开发区党工委批准成立。")
    # .srt cues: 我们是88年成立的 / 03年改成现在这个名字 / 16年在民政局重新登记
    elders = unit_history(_facts(ELDERS, SET))
    for step in ("1988年成立", "2003年更为现名", "2016年在民政局重新登记", "2020年迁入"):
        assert step in elders, step
    # (its beginning's 起家 kept with it since blind67)
    assert unit_history(_facts(SCHOOLS, SET)).startswith("我所1987年成立，借县防疫站两间平房起家；")
    assert unit_history(_facts(MARKET, SET)).startswith(
        "我所前身为1985年设立的杕坪工商所，当时归县工商局管理；")
    assert "2019年机构改革，农村能源办公室更名为" in unit_history(_facts(ENERGY, SET))


def test_forms_say_their_wishes_only_and_corrected_figures_never() -> None:
    for stem, noise in ((TOWER, ("（这是", "205个")), (ELDERS, ("闵会长不会打字", "-->", "3260")),
                        (FURNITURE, ("（　）", "33名", "计划报")),
                        (ENERGY, ("34人", "办公地点", "内设", "猪—沼—果", "最拿得出手")),
                        (SCHOOLS, ("删除", "贴不上", "等37人", "4.6万", "的人跑")),
                        (MARKET, ("乙方", "甲方", "5206", "的人在集上"))):
        text = whole_text(stem, SET)
        for word in noise:
            assert word not in text, (stem, word)


def test_the_orders_the_notes_give_in_lists() -> None:
    # 暖巢托管班放第二，先锋岗第三，剩下学习、三会一课、发展党员按原来的次序排在后面
    assert dict(ordered(_facts(FURNITURE, SET))) == {
        "暖巢托管班": 2, "先锋岗": 3, "学习": 4, "三会一课": 5, "发展党员": 6,
        "建好“党员匠心工作室”": 1}
    # 打头写暖灶，第二写…，接着是服务网点、秸秆，思想道德和志愿服务这两条放后头
    places = dict(ordered(_facts(ENERGY, SET)))
    assert places["服务网点"] == 3 and places["秸秆"] == 4 and places["加强思想道德建设"] == -1
    # 放心消费排第二个写 (放心 is no 放)
    assert ("放心消费", 2) in ordered(_facts(MARKET, SET))


def test_a_models_answers_are_checked_without_crashing() -> None:
    # 抓好…建设、企业文化建设和“铁塔蓝”志愿服务 once raised in the 提法 check (an empty item)
    tower = _facts(TOWER, SET)
    line = ("二是巩固市级文明单位成果，继续抓好员工思想道德建设、企业文化建设和“铁塔蓝”志愿服务，"
            "争创省级文明单位。")
    assert isinstance(check(line, tower, year=2026), list)


def test_a_text_read_aloud_asks_the_model_for_we() -> None:
    # both LLM readers of blind56's read-aloud texts: 我公司 twenty times, stiff to read out
    from drafter.kinds import get_kind
    from drafter.writers.base import SectionRequest
    from drafter.writers.prompts import build_messages

    def prompt(stem: str) -> str:
        facts = _facts(stem, SET)
        kind = get_kind(facts.doc.kind)
        spec = next(s for s in kind.sections if s.id in ("practices", "tasks"))
        request = SectionRequest(kind, spec, facts, skeleton="x")
        return build_messages(request, context_budget=8000)[1]["content"]
    assert "叙述时多用“我们”，“我公司”只在需要点明单位时用" in prompt(TOWER)
    assert "叙述时多用“我们”" not in prompt(ENERGY)  # a plan handed in


def test_farm_seasons_fill_the_quarters_and_a_routine_verb_keeps_its_own() -> None:
    """The energy station's 夏收、秋收期间驻村指导 dates its work in June and September (the
    idle quarters said 开展培训村级服务员 twice: a verb behind 开展, and one sentence
    repeated)."""
    text = whole_text(ENERGY, SET)
    schedule = text[text.index("第一季度（1—3月）"):]
    assert "第二季度（4—6月）：夏收期间驻村指导" in schedule
    assert "第三季度（7—9月）：秋收期间驻村指导" in schedule
    assert "开展培训" not in text


def test_a_slogan_said_at_the_start_opens_the_plan() -> None:
    """“推进两个清洁”开场点一句就行: the opening sentence states it (it stood alone under
    工作目标)."""
    text = whole_text(ENERGY, SET)
    assert text.startswith("为扎实做好2027年争创市级文明单位工作，推进“两个清洁”（清洁能源进农家、"
                           "清洁田园美乡村），")
    assert text.count("两个清洁") == 1


def test_the_flagship_named_short_keeps_its_account_and_its_slogan_is_said_once() -> None:
    """明眸那条开头要讲：9月…现场会 (a 朋友圈 reply naming 明眸行动 short) opens the work
    with its account (it was lost); 落实“护眼四个一”, a point that is the slogan alone,
    takes its items (围绕“护眼四个一”（…），我所落实“护眼四个一” said it twice)."""
    text = whole_text(SCHOOLS, SET)
    work = text[text.index("（一）推进“明眸行动”近视防控"):text.index("（二）")]
    assert "2026年9月市教育局和市卫健委在我县召开全市儿童青少年近视防控现场会" in work
    assert "《琫州教育简报》第13期刊发了我所的做法" in work
    assert "落实“护眼四个一”（每天坚持一次眼保健操、" in work
    assert work.count("护眼四个一") == 1
