"""What blind123's readers found (measured after the blind122 mends: built-in 2.33, LLM
3.67), mended in part in session 52: a scene's doer carried from the scene before put in
front of a scene whose many do it themselves (`嫁接队队员白露前后全村老老少少…`); a slogan
the notes place in one work (`“种好两片林”就放在这一条里讲清楚`, after the sentence naming
the flagship; `…那块，“管牢三扇门”就放在那一条里讲清楚`) hung on the practices' lead-in; a
note line the leader says needs no writing (`64部就是64个队员，不用另写`) in 基本情况; no
主送 for `…，报院党委，抄送…`; greetings without the second listeners
(`再问县里、镇里陪同的领导好`) or the guest greeted first (`先问璩总好`); a 现场会 held at a
named place of the unit (`在我们会蹀坪村辅导点开的`) printed as said; the first steps of a
spoken history left out (`1958年生产队在后山栽了第一批核桃`, `…在老粮站租了两间仓库`)."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, section_text, whole_text

from drafter.kinds.notes import main_to

B123 = FACTS_DIR / "blind123"
WALNUT = "walnut-village-creation-report-2026"
DANCERS = "county-dancers-association-work-summary-2026"
GUARDS = "county-hospital-security-department-work-summary-2025"
CARS = "county-used-car-market-company-work-plan-2027"


def _work(stem: str, n: str, after: str) -> str:
    """The text of the numbered work `n` (（一）…) up to the next, `after`."""
    return whole_text(stem, B123).split(n)[1].split(after)[0]


def test_a_scene_whose_many_do_it_takes_no_doer_before_it() -> None:
    assert "白露前后全村老老少少在场院里剥青皮" in whole_text(WALNUT, B123)
    assert "队员白露前后" not in whole_text(WALNUT, B123)
    assert "会员孩子们" not in whole_text(DANCERS, B123)
    assert "处里的同志年底大家" not in whole_text("college-audit-office-party-branch-plan-2027",
                                                 B123)


def test_a_slogan_placed_in_one_work_is_said_there_not_on_the_lead_in() -> None:
    assert "围绕“种好两片林”" in _work(WALNUT, "（一）", "（二）")
    assert "围绕“管牢三扇门”" in _work(GUARDS, "（二）", "（三）")
    assert "围绕“坚持两个到场”" in _work(GUARDS, "（一）", "（二）")
    assert "把住“三个口”" not in section_text(CARS, B123, "工作目标")
    assert "围绕“把住三个口”" in _work(CARS, "（一）", "（二）")


def test_a_line_the_leader_says_needs_no_writing_is_left_out() -> None:
    assert "64部" not in whole_text(GUARDS, B123)


def test_a_summary_reported_upwards_has_its_main_organ() -> None:
    assert main_to(_facts(GUARDS, B123)) == ("中共阃阳县人民医院委员会",)


def test_the_listeners_the_notes_greet_second_or_first() -> None:
    assert "尊敬的市考评组各位领导，县、镇陪同的各位领导：" in whole_text(WALNUT, B123)
    assert "璩总、同志们：大家好！" in whole_text(CARS, B123)


def test_a_meeting_held_at_a_named_place_of_the_unit_is_the_flagships_account() -> None:
    flagship = _work(DANCERS, "（一）", "（二）")
    assert "全市群众文艺进村工作现场会在我会蹀坪村辅导点召开" in flagship
    assert "就是在我会" not in whole_text(DANCERS, B123)


def test_the_first_steps_of_a_spoken_history_are_kept_in_written_words() -> None:
    assert "1958年生产队在后山栽下第一批核桃" in section_text(WALNUT, B123, "基本情况")
    base = section_text("county-public-property-warehouse-center-implementation-plan-2026", B123,
                        "基本情况")
    assert "2012年县机关事务管理局在老粮站租用两间仓库，存放各单位撤并下来的桌椅" in base
    assert "迁至城南物流园现址" in base
