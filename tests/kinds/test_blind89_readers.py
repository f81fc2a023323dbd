"""What blind89's built-in reader found (measured at 6a1a762: 2.33), mended: a written
summary printed as a speech for the pasted item's own reading (`本引导词每舱次宣读约4分钟`);
a greeting merged wrong (`各位县体育总会`) and the one `也在场` left out; the day read taken
from a figure's date (`31号…3号念之前`); the leader's account printed as a fact (`两个人一步一步
跑`); a scene's doer missed (`陪跑员`), scenes placed by their doer's word (`安全员`, `检察官`)
or short of a Latin one (`AED`); a place described from its doer (`检察官隔一个月…`, its
scene `检察官拿着卷尺…` still under 认河: left); a slogan's
place cut at `中`/`下` (`半夜来了中毒病人那条`, `坐下来喝碗茶说开那条`); the brand two
sentences before `这是…最拿得出手的` and a `…总结推进会` missed; a purpose that fits no work
(`留存考核评估所需的翔实依据`); histories as said (`换成多人氧舱` → 更名为, `院里在…下面设了个`)."""

from __future__ import annotations

from datetime import date

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, section_text, whole_text

from drafter.kinds.notes import (
    called,
    delivery_date,
    main_to,
    placed,
    read_aloud,
    unit_history,
)

B89 = FACTS_DIR / "blind89"
FIREWORKS = "county-fireworks-wholesale-company-work-plan-2027"
OXYGEN = "county-hospital-hyperbaric-oxygen-department-work-summary-2025"
RUNNING = "county-long-distance-running-association-work-summary-2026"
RIVERS = "county-procuratorate-public-interest-litigation-department-implementation-plan-2026"
COMMUNITY = "multi-ethnic-embedded-community-creation-report-2025"
VETS = "university-teaching-veterinary-hospital-party-branch-plan-2027"


def test_a_written_summary_is_no_speech_and_a_speech_greets_and_dates_as_asked() -> None:
    oxygen = _facts(OXYGEN, B89)
    assert not read_aloud(oxygen) and main_to(oxygen) == ("中共酃川县人民医院委员会",)
    text = whole_text(OXYGEN, B89)
    assert "同志们" not in text and "谢谢大家" not in text
    running = _facts(RUNNING, B89)
    assert called(running) == ("县体育总会、县残联各位领导", "各位会员代表", "各位视障跑者代表")
    assert delivery_date(running) == date(2027, 1, 3)


def test_scenes_go_to_the_work_they_show() -> None:
    running = whole_text(RUNNING, B89)
    assert "陪跑员天不亮就到体育场" in running
    assert running.index("（二）守牢赛事安全") < running.index("医疗志愿者背着AED") \
        < running.index("（三）")
    assert "两个人一步一步跑" not in section_text(RUNNING, B89, "基本情况")
    assert "（二）督促生态修复" in whole_text(RIVERS, B89)  # the place described from its doer
    fireworks = whole_text(FIREWORKS, B89)
    assert "所谓“余货回库”，就是元宵一过" in fireworks
    assert fireworks.index("安全员元宵一过挨家上门") < fireworks.index("（二）")
    assert "翔实依据" not in fireworks


def test_places_slogans_and_meetings_as_the_notes_say() -> None:
    assert placed(_facts(COMMUNITY, B89), "用好两张桌子") == "邻居吵了架坐下来喝碗茶说开"
    assert placed(_facts(OXYGEN, B89), "坚持三个零等待") == "半夜来了中毒病人"
    assert "2026年10月全省高校暑期社会实践总结推进会在我校召开，与会人员" in whole_text(VETS, B89)


def test_histories_as_written() -> None:
    oxygen = unit_history(_facts(OXYGEN, B89))
    assert "2003年更换为多人氧舱" in oxygen and "2021年氧舱改造，增设急救位" in oxygen
    assert "座位数" not in whole_text(OXYGEN, B89)
    assert "院在民行科下设公益诉讼组" in unit_history(_facts(RIVERS, B89))
    community = unit_history(_facts(COMMUNITY, B89))
    assert "区在此建设安置小区，名为禧安新村" in community
    assert "回族、藏族、东乡族等各族群众陆续迁入" in community
