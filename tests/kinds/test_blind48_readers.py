"""What blind48's reader of the built-in drafts found (session 19), drafted from the set's
own facts files: the notes' words printed (改成：…, a rehearsal's 念得太快, a count's
reason), histories cut short (a founder's 我和我哥…办起…合作社, a memo's 挂的牌, 借…办公,
搬到…改出来的), the stressed work's outside account missing or told twice, a goal in speech
(站里要申报, 奔着四星去), 全年全年."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, whole_text

from drafter.kinds.notes import note_goals, stress_background, unit_history

SET = FACTS_DIR / "blind48"
CHESS = "city-chess-academy-creation-report-2026"
FUNGUS = "county-edible-fungus-company-work-summary-2026"
BRANCH = "county-politics-law-committee-party-branch-plan-2027"
TB = "county-tuberculosis-control-institute-implementation-plan-2027"
STATION = "township-social-work-station-work-plan-2027"


def _text(stem: str) -> str:
    return whole_text(stem, SET)


def test_the_notes_words_to_the_writer_are_not_printed() -> None:
    chess = _text(CHESS)
    assert not any(w in chess for w in ("改成", "念得太快", "两三句", "4100"))
    fungus = _text(FUNGUS)
    assert "季节工" not in fungus and "231" not in fungus


def test_histories_are_told_whole() -> None:
    assert unit_history(_facts(CHESS, SET)).startswith("我院1978年为市体委下设的棋类队；1992年")
    assert unit_history(_facts(FUNGUS, SET)).startswith(
        "我公司前身为2009年在岫坪乡创办的禾岫菌菇专业合作社；2014年注册成立公司；")
    station = unit_history(_facts(STATION, SET))
    assert station.startswith("我站2021年10月挂牌，借用镇便民服务中心二楼办公；")
    assert "由老供销社门市改建的独立站点" in station and "镇里负责日常管理" in station


def test_the_stressed_works_outside_account_is_told_once_where_it_opens() -> None:
    said = {stem: dict(stress_background(_facts(stem, SET)))
            for stem in (CHESS, FUNGUS, BRANCH, STATION)}
    assert said[CHESS]["棋进校园"] == ("2025年省体育局在我院召开全省棋类进校园现场会，"
                                      "省教育厅的简报2026年第7期刊发了我院的做法")
    assert said[FUNGUS]["联农带农"].startswith("2026年6月市农业农村局在我公司召开全市食用菌产业")
    assert said[BRANCH]["党员下沉网格"].endswith(
        "2026年7月各县政法委的同志到我支部包联的网格实地观摩")
    assert said[STATION]["一老一小"].startswith(
        "2026年9月县民政局在我站召开全县社工站建设现场推进会")
    chess = _text(CHESS)
    # the account opens the work with its own date and subject: no 是我院的工作品牌 before it
    # (a tautology to blind57's reader)
    assert "\n2025年省体育局在我院召开全省棋类进校园现场会" in chess
    assert "是我院的工作品牌" not in chess
    fungus = _text(FUNGUS)
    assert fungus.count("现场会") == 1 and fungus.count("合作社专门") == 1
    tb = _text(TB)
    assert tb.count("是我所的工作品牌") == 1  # two accounts, one opening
    assert "作为经验推广。" in tb and "工作会上。" not in tb


def test_a_goal_in_speech_and_a_target_saying_its_year() -> None:
    assert note_goals(_facts(STATION, SET)) == ("2027年我站申报县级文明单位；2027年全县开展"
                                               "社工站星级评定，力争达到四星标准。")
    branch = _text(BRANCH)
    assert "全年入户走访1200户次" in branch and "全年全年" not in branch
