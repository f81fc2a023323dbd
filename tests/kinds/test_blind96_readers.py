"""What blind96's readers found (measured at a7fda17: built-in 2.50, LLM 3.50), mended: a
greeting asked `再问县里、镇里陪同的领导好` garbled (`县镇里陪同各位领导`); a slogan asked
`问完好就把“…”亮一下` said after 基本情况; a scene of the 面匠 missing; a visit's clause
(`在院坝里看老票友唱《锁麟囊》`) printed apart as the unit's; a colleague by her nickname
(`小陆`) in the 现场会's account; `…在大队召开`, `又回科里看了…`; a history step spoken
(`跟巡警合在一起`); points read as activities (`每周开展到学校授课`, `开展面匠每年健康体检`)
or as a festival's (`更换高效节能风机`); `由科主任牵头负责` read by the 科主任; the brand's
definition before points that say it again; the order's plain paraphrases (`医护人员给烂脚的
病人清创换药`) printed as scenes."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, section_text, whole_text

from drafter.kinds.notes import addressee, scenes, stress_background, unit_history
from drafter.kinds.prose import as_clause

B96 = FACTS_DIR / "blind96"
COLLEGE = "college-international-education-school-party-branch-plan-2027"
FERTILIZER = "county-fertilizer-company-work-summary-2026"
ENDO = "county-hospital-endocrinology-department-work-plan-2027"
OPERA = "county-peking-opera-amateurs-association-work-summary-2025"
POLICE = "county-special-police-brigade-implementation-plan-2026"
NOODLE = "hand-stretched-noodle-village-creation-report-2026"


def test_greeting_opening_and_scenes() -> None:
    noodle = _facts(NOODLE, B96)
    assert addressee(noodle) == "尊敬的考评组各位领导，县、镇陪同的各位领导"
    opening = whole_text(NOODLE, B96).split("\n一、")[0]
    assert "“抻好三根面”" in opening
    assert "面匠凌晨三点起来和面、盘条" in "".join(s for v in scenes(noodle).values() for s in v)


def test_accounts_of_the_flagship() -> None:
    opera = whole_text(OPERA, B96)
    assert "与会人员跟随演出队到芥坪村，在院坝里看老票友唱《锁麟囊》，随后又回文化宫察看了" in opera
    assert "我会在院坝里" not in opera
    endo = stress_background(_facts(ENDO, B96))[0][1]
    assert "跟随陆晓棠到鞘岭村" in endo and "随后又察看了我科糖尿病足护理室" in endo
    assert "现场会在我大队召开" in whole_text(POLICE, B96)
    assert "所谓“田头配肥站”" not in whole_text(FERTILIZER, B96)


def test_points_histories_and_owners() -> None:
    assert as_clause("每周到学校授课") == "每周到学校授课"
    assert as_clause("面匠每年健康体检") == "每年组织面匠健康体检"
    fertilizer = section_text(FERTILIZER, B96, "主要做法")
    assert "复合肥车间加装余热锅炉，更换了高效节能风机，推行吨肥煤耗日考核。" in fertilizer
    assert "2005年与巡警合并" in unit_history(_facts(POLICE, B96))
    endo = whole_text(ENDO, B96)
    assert "由我牵头负责" in endo and "由科主任牵头" not in endo
    assert "医护人员给烂脚的病人" not in endo and "医护人员教乡镇卫生院大夫" not in endo
    assert "“党员语伴”" in whole_text(COLLEGE, B96)
