"""What blind81's readers found in the drafts (measured at 80c396a), mended: a remark about
one person printed, a 现场会 told among the results under a scene's words, the visitors'
last sight printed alone, a headcount at a month after the practices, the leader's own
scene under another's doer, routing and a 领导小组 its unit cannot set up, a month out of
order, a meeting said twice; the guard's two false repairs of an answer."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _draft, _facts

from drafter.kinds.notes import main_to, report_to
from drafter.rules import check

B81 = FACTS_DIR / "blind81"
TUNNEL = "utility-tunnel-operation-company-party-branch-plan-2027"
SNOWBIRD = "snowbird-seniors-community-creation-report-2026"
ANGLING = "county-angling-association-work-summary-2025"
PATHOLOGY = "county-hospital-pathology-department-work-summary-2026"
FARM = "university-teaching-experimental-farm-implementation-plan-2026"
VEHICLES = "county-vehicle-administration-office-work-plan-2027"


def _sections(stem: str) -> dict[str, str]:
    return {s.id: s.text for s in _draft(stem, B81)[1].sections}


def test_the_branch_plan() -> None:
    facts = _facts(TUNNEL, B81)
    assert main_to(facts) == ("中共骧州城市建设投资集团有限公司委员会",)
    sections = _sections(TUNNEL)
    text = "\n".join(sections.values())
    assert "小祁" not in text and "重点培养。" not in text
    assert "党员13名" in sections["basics"]
    months = [line.split("：")[0] for line in sections["monthly"].splitlines()
              if line[:2].rstrip("月").isdigit()]
    assert months == sorted(months, key=lambda m: int(m.rstrip("月")))
    assert "每年召开一次组织生活会" not in text and "开展一次民主评议党员" not in text


def test_the_field_meeting_and_scenes_of_the_community_report() -> None:
    sections = _sections(SNOWBIRD)
    practices, results = sections["practices"], sections["results"]
    assert "2026年4月全省旅居养老服务现场会在我社区召开，与会人员在驿站看" in practices
    assert "现场会" not in results and "杜大夫他们”" not in practices
    assert "【待补充：“杜大夫" not in practices
    assert "周五在“候鸟之家”义诊量血压1.38" not in practices
    assert "东北来的老人教本地孩子包饺子，本地阿婆教他们做椰子饭" in practices


def test_the_angling_summary() -> None:
    sections = _sections(ANGLING)
    practices = sections["practices"]
    assert "现有会员412人" in sections["basics"] and "会员412人" not in practices
    assert "又看了认河" not in practices and "与会的人" not in practices
    assert "又察看了我会认河的责任牌" in practices
    assert "救援队队员下了班轮流守在野泳点" in practices
    assert "老钓友大冬天蹲在江边石头缝里抠渔线、手冻得通红" in practices
    # (in 基本情况 since session 42: blind97's and blind98's readers)
    assert "万元。2025年，会员满意率达到97.6%。\n" in sections["basics"]
    assert "满意率" not in practices
    assert "【待补充：“手冻得通红”" not in practices


def test_the_pathology_summary() -> None:
    sections = _sections(PATHOLOGY)
    assert "开始推行“切片不出县”" in sections["basics"]
    assert "科主任周末开车下乡给卫生院医生讲怎么取材" in sections["practices"]
    assert "技师我" not in sections["practices"]


def test_the_farm_plan_routing_opening_and_group() -> None:
    facts = _facts(FARM, B81)
    assert main_to(facts) == ("农场各队", "各组") and report_to(facts) == ("宥州农业大学",)
    sections = _sections(FARM)
    assert sections["opening"].startswith("2026年12月，省教育厅将来我场评估。")
    assert "省教育厅来评估" not in sections["goals"]
    assert "顺利推进，成立" in sections["leadership"] and "我场成立" not in sections["leadership"]


def test_a_quarter_holding_only_the_routine_says_it_goes_on() -> None:
    timeline = _sections(VEHICLES)["timeline"]
    assert "第三、四季度（7—12月）：继续开展窗口民警辅警廉政警示教育" in timeline


def test_the_guard_keeps_a_facts_sentence_and_a_facts_name() -> None:
    # the parts of a headcount the facts give need not add up to it (the 18th a secretary);
    # 於 of the 领导小组's 於佳 is a surname, not 于 in the traditional script
    pathology = _facts(PATHOLOGY, B81)
    line = "截至2026年11月，我科有全科医技人员18人，其中病理医师8人、病理技师9人。"
    assert not [f for f in check(line, pathology) if f.rule == "number.arithmetic"]
    assert [f for f in check(line) if f.rule == "number.arithmetic"]
    vehicles = _facts(VEHICLES, B81)
    line = "考试科科长於佳、查验组组长来晓东为成员。"
    assert not [f for f in check(line, vehicles) if f.rule.startswith("script.")]
    assert [f for f in check(line) if f.rule.startswith("script.")]
