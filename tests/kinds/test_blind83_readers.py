"""What blind83's readers found (measured at 25ff445: built-in 2.50, LLM 3.83), mended: two
remark marks not read as marks (⁜, ⨳), so a pasted report's lines and a forbidden incident
were printed; a number's due day printed; the notes' order lost to a work described with
一点; a count beside the same count of the year before named with its year; a second
发展党员 and a 从严治党 item beside the branch's own tasks; a branch of students named as
a unit; a theme after 全力 with no verb; the superior by its short name; a share of stocks
at a month among the results; doers …的阿姨 and …的小姑娘."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _draft, _facts, says_none, whole_text

from drafter.kinds.notes import copy_to, main_to, ordered, report_to

B83 = FACTS_DIR / "blind83"
BOATS = "county-dragon-boat-association-work-summary-2026"
LIFTS = "college-staff-residential-community-creation-report-2026"
ANAESTHESIA = "county-hospital-anesthesiology-department-work-summary-2025"
BRANCH = "university-graduate-student-party-branch-plan-2027"
RAILWAY = "county-railway-protection-office-implementation-plan-2026"
CONCRETE = "county-ready-mixed-concrete-company-work-plan-2027"


def test_remarks_under_new_marks_are_the_leaders_not_the_pasted_items() -> None:
    # ⁜麦会长：… under a referee's report, ⨳燕书记：… under a lift-consent form: the
    # report's lines (翻舟, 12名队员落水: the incident the leader forbids) and the form's
    # one stairwell (同意11户, 总造价约56万元, 一千余户 corrected to 836) are no facts
    says_none(B83, (
        (BOATS, ("⁜", "麦会长", "落水", "每船22人", "31人", "由舫城县龙舟协会承办",
                 "6号对完账")),
        (LIFTS, ("⨳", "同意11户", "总造价", "一千余户"))))
    assert "1985年陟州师专" in whole_text(LIFTS, B83)


def test_a_work_described_with_its_own_words_keeps_its_place() -> None:
    # 做胃镜肠镜睡一觉就做完、一点不难受那块，总结里排第二讲 (一点 is no instruction here)
    assert [place for _, place in ordered(_facts(ANAESTHESIA, B83))] == [1, 2, 3]
    text = whole_text(ANAESTHESIA, B83)
    assert text.index("（二）开展门诊无痛诊疗") < text.index("（三）办好疼痛门诊")
    # 2024年手术麻醉 beside 2025年手术麻醉, not two sentences apart
    assert "2025年，手术麻醉8640例，比2024年的8120例增加520例、增长6.4%。" in text


def test_a_students_branch_with_its_own_development_and_clean_tasks() -> None:
    text = whole_text(BRANCH, B83)
    assert "做好发展党员工作。按照" not in text and "落实全面从严治党责任" not in text
    assert "三是推荐入党积极分子参加学院党课" in text
    assert "研究生2014年" not in text and "研究生现有" not in text
    assert "挂靠有机教研室支部；" in text


def test_a_campaign_after_its_verb_and_the_superior_in_full() -> None:
    assert "我办全力推进铁路沿线安全环境专项整治。" in whole_text(RAILWAY, B83)
    assert report_to(_facts(RAILWAY, B83)) == ("中共陲川县委政法委员会",)
    boats = _facts(BOATS, B83)
    assert main_to(boats) == ("舫城县文化广电旅游体育局",)
    assert copy_to(boats) == ("舫城县民政局", "舫城县体育总会")


def test_a_share_of_stocks_at_a_month_is_the_communitys_size() -> None:
    said = {s.id: s.text for s in _draft(LIFTS, B83)[1].sections}
    basics, results = said["overview"], said["results"]
    assert "常住人口2180人，其中60岁以上老人1046人，占48.0%" in basics
    assert "2180" not in results


def test_scenes_whose_doers_are_someone_s_people() -> None:
    assert "。助餐点的阿姨推着保温车" in whole_text(LIFTS, B83)
    concrete = whole_text(CONCRETE, B83)
    assert "试验室的小姑娘冬天一天三趟到料场测砂子含水" in concrete
    assert "罐车司机试验室" not in concrete


def test_a_speech_to_staff_asked_less_of_papers_has_a_short_guiding_thought() -> None:
    # 开会、学文件的事少写, read at the 职工大会: the 提法 without 两个确立… (its LLM reader: cut
    # to one line)
    speech = {s.id: s.text for s in _draft(CONCRETE, B83)[1].sections}["guiding"]
    assert speech.startswith("以习近平新时代中国特色社会主义思想为指导")
    assert "两个确立" not in speech
