"""What blind87's built-in reader found (measured at e337dc7: 2.67), mended: a speech the
secretary reads beside the chairman (`禹秘书长在旁边同步念`) written with no 称谓 and no thanks;
greetings given as `称呼先叫…的领导，再叫…` and `开口先问候…，…来的领导也带上`; remarks
printed (`20张、30分钟是人家的建议`, `12个稻种没核实过`, the first clause of the leader's
account of the flagship: `村里挑了36个种了一辈子田的老农`); `县医院设立的了儿科`; each
figure of one year saying its year again (`…，2025年蹲点146天`, `其中2025年按期办结…`)."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, whole_text

from drafter.kinds.notes import addressee, listeners, read_aloud, unit_history

B87 = FACTS_DIR / "blind87"
DEAF = "county-deaf-association-work-summary-2025"
OVERSIGHT = "county-government-supervision-office-implementation-plan-2026"
PEDIATRICS = "county-hospital-pediatrics-department-work-summary-2026"
TERRACES = "terraced-fields-village-creation-report-2026"


def test_a_speech_read_beside_its_speaker_greets_as_the_notes_ask() -> None:
    deaf = _facts(DEAF, B87)
    assert read_aloud(deaf) and listeners(deaf) == "残联各位领导、各位会员代表"
    text = whole_text(DEAF, B87)
    assert "残联各位领导、各位会员代表：" in text
    assert text.rstrip().endswith("谢谢大家！")
    assert addressee(_facts(TERRACES, B87)) == "尊敬的省考评组各位领导、县镇各位领导"


def test_remarks_and_the_leaders_account_are_no_statements() -> None:
    assert "人家的建议" not in whole_text(PEDIATRICS, B87)
    village = whole_text(TERRACES, B87)
    assert "没核实" not in village and "村里挑了36个" not in village


def test_a_history_and_a_years_figures_as_written() -> None:
    assert unit_history(_facts(PEDIATRICS, B87)).startswith("我科前身为1958年县医院设立的儿科，")
    text = whole_text(OVERSIGHT, B87)
    assert "2025年蹲点督查重点项目28个，蹲点146天，现场解决问题213个，推动重点项目" in text
    assert "其中按期办结督办事项362项" in text
