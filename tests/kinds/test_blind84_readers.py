"""What blind84's built-in reader found (measured at a105909: 2.33), mended: the asterism ⁂
and a bare symbol opening a remark not read as marks (a catalogue's preface and a wrong
figure printed, ⨷95%…), whose numbers a remark says are another's (…是卡片的); histories
told as said (凑在一起搞了个…, 公社在沓口建了粮站, 那块地上, 上了第一批); a village grown
from no workshop; a year named twice (2026年，2026届…); a year's count compared with the
year before in a summary's 基本情况; a slogan's items a task's words half say; routing 发到
局里各组和指挥中心, 报院党组, 抄送县委政法委; a written report with no inspection; a company's
own 开工大会 greeting its staff too; a branch named by its members (…辅导员党支部)."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, says_none, whole_text

from drafter.kinds.notes import copy_to, listeners, main_to, report_to, unit_history

B84 = FACTS_DIR / "blind84"
STAMPS = "county-philatelic-association-work-summary-2025"
COURT = "county-court-enforcement-bureau-implementation-plan-2026"
GRAIN = "county-grain-post-harvest-service-company-work-plan-2027"
IMAGING = "county-hospital-medical-imaging-department-work-summary-2026"
WICKER = "wicker-weaving-village-creation-report-2026"
COUNSELLORS = "college-counselors-party-branch-plan-2027"


def test_remarks_under_an_asterism_or_a_bare_symbol_are_no_text() -> None:
    says_none(B84, (
        (STAMPS, ("⁂", "五百余人", "千家万户", "开展了个")),
        (COURT, ("⨷", "95%", "报人大")),
        (WICKER, ("⸎", "5000张", "是卡片的"))))
    assert unit_history(_facts(STAMPS, B84)).startswith(
        "我会前身为1983年县邮电局几个老职工自发成立的集邮小组")


def test_histories_told_as_said() -> None:
    grain = unit_history(_facts(GRAIN, B84))
    assert grain.startswith("我公司前身为1978年公社设立的粮站；")
    assert "2018年县农投在粮站老库房原址上建成产后服务中心，配备第一批6台烘干机" in grain
    # a village did not grow from its willow workshop: an event of its history
    # (its clause after the step too, not spoken: session 37)
    assert unit_history(_facts(WICKER, B84)).startswith("1958年，生产队办起柳编组，给供销社编筐；")


def test_a_years_count_beside_the_year_before_and_a_year_said_once() -> None:
    imaging = whole_text(IMAGING, B84)
    assert "2026年，放射检查13.62万人次，比2025年的12.48万人次增加1.14万人次、增长9.1%。" in imaging
    assert imaging.count("13.62万人次") == 1
    branch = whole_text(COUNSELLORS, B84)
    assert "2026年，2026届" not in branch and "2026届毕业生去向落实率91.6%" in branch
    assert "辅导员现有" not in branch


def test_a_slogans_items_half_said_are_explained() -> None:
    court = whole_text(COURT, B84)
    assert "围绕“做到三个即时”（即时查控财产、即时约谈当事人、即时发放案款）" in court


def test_routing_of_a_courts_bureau_and_a_written_report() -> None:
    court = _facts(COURT, B84)
    assert main_to(court) == ("局各组", "执行指挥中心")
    assert report_to(court) == ("砝阳县人民法院党组",)
    assert copy_to(court) == ("中共砝阳县委政法委员会",)
    wicker = whole_text(WICKER, B84)
    assert "此次检查" not in wicker and "我村将对照创建标准" in wicker


def test_a_companys_own_meeting_greets_its_staff_beside_its_guests() -> None:
    assert listeners(_facts(GRAIN, B84)) == "各位镇领导、各位种粮大户代表、同志们"
