"""What blind72's readers of both writers found (session 30): a slogan's place said in
the sentence after the one naming it (这就是我们说的“守好三道闸门”。计划里放在跟银行一起拦
转账那条里讲清楚，别处不挂), unread, so the slogan hung in 工作目标 and two other tasks, and the
guard put it back where two models had rightly left it out; 看小病、开药那条 read as the
院坝问诊 task, not 规范常见病诊疗和合理用药."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, whole_text

from drafter.kinds.notes import placed
from drafter.kinds.prose import Say
from drafter.kinds.render import vocabulary

SET = FACTS_DIR / "blind72"
FRAUD = "county-anti-telecom-fraud-center-work-plan-2027"
COUNCIL = "village-wedding-funeral-council-implementation-plan-2026"
CLINIC = "village-clinic-work-summary-2026"


def _carrier(stem: str, text: str) -> str:
    facts = _facts(stem, SET)
    slogan = next(s for s in facts.slogans if s.text == text)
    task = Say(facts, vocabulary(facts)).carrier(slogan)
    return task.title if task else ""


def test_a_slogans_place_said_in_the_next_sentence() -> None:
    assert placed(_facts(FRAUD, SET), "守好三道闸门") == "跟银行一起拦转账"
    assert _carrier(FRAUD, "守好三道闸门") == "深化与银行、通信企业协作"
    assert _carrier(COUNCIL, "做到三个不办") == "落实婚丧事宜报备和上门帮办"
    assert _carrier(CLINIC, "守住三个不出村") == "规范常见病诊疗和合理用药"
    fraud = whole_text(FRAUD, SET)
    assert fraud.count("三道闸门") == 1
    bank = fraud.split("深化与银行、通信企业协作\n")[1].split("\n（")[0]
    assert "围绕“守好三道闸门”，也就是预警闸门、劝阻闸门、止付闸门" in bank
