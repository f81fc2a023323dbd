"""What blind60's built-in reader found (session 24, fixed in session 25), drafted from the
set's own facts files: an 倡议书 with ◈逯董's remarks, a 党课讲稿 with ✐缪书记's, a 三句半
script with ✿钭会长's, a 推荐材料 with ✚敖主任's and a 明白纸 with ◐邰所's — a history
told as the paster's story (1998年市工商局办了个市场服务中心), a slogan's items told as
就是我们的“…”, a placement (说一句就够了, 这段留着), an order (第二是…), a caption and a
stage direction are no statements; the document's 主送机关 from 报…."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _draft, _facts, says_none

from drafter.document import Role
from drafter.kinds.notes import addressee, listeners, main_to, unit_history
from drafter.project.pipeline import assemble

SET = FACTS_DIR / "blind60"
MARKET = "city-farmers-market-management-company-implementation-plan-2027"
DRONE = "county-agricultural-drone-service-company-party-branch-plan-2027"
ELDERS = "county-retired-sci-tech-workers-association-creation-report-2026"
VILLAGES = "county-rural-revitalization-service-center-work-summary-2026"
HOUSES = "district-house-safety-appraisal-center-work-summary-2025"


def test_the_paster_s_words_are_not_statements() -> None:
    says_none(SET, (
            (MARKET, ("就是我们的", "改造几个", "交流了一阵")),
            (DRONE, ("计总", "2026年公司承担的统防统治飞防面积。", "交流了。")),
            (ELDERS, ("上场", "鞠躬", "这就是“", "改为“")),
            (VILLAGES, ("留着", "配图", "第二是", "第三是", "场次214场")),
            (HOUSES, ("就够了", "就是我们的"))))


def test_histories_begin_where_the_notes_begin() -> None:
    for stem, start, step in (
            (MARKET, "我公司前身为1998年市工商局开办的市场服务中心",
             "2016年起陆续接管城区9个农贸市场"),
            (HOUSES, "我所前身为1987年区房管局设立的房屋安全鉴定站", "2019年机构改革划归区住建局"),
            (ELDERS, "我会前身为1993年", "2020年在县科技馆二楼设立协会活动室")):
        history = unit_history(_facts(stem, SET))
        assert history.startswith(start), (stem, history)
        assert step in history, (stem, history)


def test_a_written_document_is_addressed_to_whom_it_is_sent() -> None:
    assert main_to(_facts(DRONE, SET)) == ("中共瑃阳县两新工委",)  # 报县两新工委
    facts, project = _draft(HOUSES, SET)
    blocks = assemble(project, facts).blocks
    assert (blocks[1].role, blocks[1].text) == (Role.SALUTATION, "瑅州市柰川区住房和城乡建设局：")
    # the summary read at the year-end meeting has its 称谓 instead
    facts, project = _draft(VILLAGES, SET)
    assert main_to(facts) == ()
    blocks = assemble(project, facts).blocks
    assert [b.text for b in blocks if b.role is Role.SALUTATION] == ["各位领导、同志们："]


def test_the_salutation_greets_whom_the_notes_name() -> None:
    # 称呼把考评组各位领导和科协领导都带上 (the 老科协's report to the 考评组)
    assert addressee(_facts(ELDERS, SET)) == "尊敬的考评组各位领导、县科协各位领导"
    # 称呼把领导和会员代表都带上 (blind59's beekeepers' summary, read at their congress)
    bees = _facts("county-beekeeping-association-work-summary-2026", FACTS_DIR / "blind59")
    assert listeners(bees) == "各位领导、各位会员代表"
    # 称呼把领导和同志们都带上: the staff as they are called, not 各位同志们
    assert listeners(_facts(VILLAGES, SET)) == "各位领导、同志们"
