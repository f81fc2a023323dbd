"""What blind114's readers found (measured after the blind113 mends: built-in 2.33, LLM
3.67), mended in part: scenes lost (`…手冻得拿不住激光笔还在讲`, a deed going on read as a
bare verb; `缫丝工在汤盆边…`), a doer cut (`值班阿姨` printed `社工值班阿姨`), a scene in the
flagship though a work's title holds its deed (`护士给下肢溃疡的老人清创换药…` of 开展下肢慢性
溃疡专科换药); histories cut or garbled (`批了单独设立天文台` printed `设立立`, `批了单独设科`,
`叫县…中心`, `1978年县里在城关建了…`, `…叫到一起，成立了…`, `给了我们一间房`, `几户人家…搭了
第一批…`, `上了…望远镜`, `两个老师管着`); a figure `测踝肱指数` cut to `测踝肱指`; a blank asked
`年底…给它留个空` left out; the 称谓 `称呼用“尊敬的…”，再问县里、镇里陪同的领导好`; the close
`念完说谢谢各位领导`; a slogan `放在上门那条里` in 工作目标; an organ named twice in one
sentence (`市卫健委《…》…，市卫健委还发文…`); and from blind113's notes `…，可以用在送教车那条里`
and `现有全村612户，全村人口2186人`."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _draft, _facts, section_text, whole_text

from drafter.facts.validate import asks_blank
from drafter.kinds.notes import (
    addressee,
    last_words,
    placed_in_tasks,
    scenes,
    stress_background,
    unit_history,
)
from drafter.project.pipeline import document_lines

B113 = FACTS_DIR / "blind113"
B114 = FACTS_DIR / "blind114"
SKY = "college-observatory-party-branch-plan-2027"
ABACUS = "county-abacus-mental-arithmetic-association-work-summary-2025"
VESSELS = "county-hospital-vascular-surgery-department-work-summary-2026"
MINORS = "county-minors-protection-center-implementation-plan-2026"
SILK = "county-silk-reeling-company-work-plan-2027"
GREENHOUSE = "vegetable-greenhouse-village-creation-report-2026"


def test_scenes_kept_whole_and_placed() -> None:
    sky = scenes(_facts(SKY, B114))
    assert sky["擦亮“周六开放夜”党员服务品牌"] == (
        "党员讲解员冬天零下几度守在圆顶里、手冻得拿不住激光笔还在讲",)
    assert "换药" in scenes(_facts(VESSELS, B114))["开展下肢慢性溃疡专科换药"][0]
    assert any("汤盆边" in s for said in scenes(_facts(SILK, B114)).values() for s in said)
    minors = [s for said in scenes(_facts(MINORS, B114)).values() for s in said]
    assert "值班阿姨半夜起来给发烧的孩子量体温、守到天亮" in minors


def test_histories_whole_and_written() -> None:
    sky = unit_history(_facts(SKY, B114))
    assert "折射镜，由两名老师管理；1999年经学校批准单独设立天文台；2010年配备60厘米" in sky
    assert unit_history(_facts(ABACUS, B114)).startswith(
        "1981年县财政局召集全县会计、出纳中的珠算能手，成立县珠算协会；")
    assert "2020年县老年大学提供一间用房" in unit_history(_facts(ABACUS, B114))
    assert "2015年获批单独设科" in unit_history(_facts(VESSELS, B114))
    assert "2012年获批单独设立，名为县流浪未成年人救助保护中心" in unit_history(
        _facts(MINORS, B114))
    assert "；1978年在城关建成县缫丝厂；" in unit_history(_facts(SILK, B114))
    assert unit_history(_facts(GREENHOUSE, B114)).startswith(
        "1984年分田到户以后，村里几户村民在河滩地上搭建第一批竹竿小拱棚；")


def test_the_report_greets_blanks_and_thanks_as_asked() -> None:
    facts = _facts(GREENHOUSE, B114)
    assert addressee(facts) == "尊敬的市考评组各位领导，县、镇陪同的各位领导"
    assert last_words(facts) == "谢谢各位领导！"
    late = next(f for f in facts.figures if f.todo)
    assert asks_blank(late.name, late.todo, facts.doc.notes)
    facts, project = _draft(GREENHOUSE, B114)
    lines = document_lines(project, facts)[0]
    assert lines[-1].endswith("谢谢各位领导！") or any(
        line.endswith("谢谢各位领导！") for line in lines)
    assert "2026年蔬菜销售总额____万元" in "".join(lines)


def test_slogans_figures_and_bulletins_said_once() -> None:
    assert "两个必见" not in section_text(MINORS, B114, "工作目标")
    assert "围绕“坚持两个必见”" in whole_text(MINORS, B114)
    assert "测踝肱指数3120人" in whole_text(VESSELS, B114)
    told = [said for _, said in stress_background(_facts(VESSELS, B114))]
    assert any(t.startswith("市卫健委在《鸱州卫健信息》") and "，并发文在全市推广" in t
               for t in told)


def test_blind113_remarks_placed_and_counts_joined() -> None:
    branch = _facts("college-continuing-education-school-party-branch-plan-2027", B113)
    assert placed_in_tasks(branch)["擦亮“党员送教车”品牌"] == (
        "尕溪那条线最远，送教车单程要三个多小时，党员老师跑得最多",)
    assert "现有全村612户、2186人，" in whole_text("tofu-making-village-creation-report-2026", B113)


def test_an_earlier_history_no_longer_garbled() -> None:
    """Found in session 48's regression read: blind82's `2019年县里在城郊划了块地给我们建救助站`
    printed `前身为2019年在城郊划了块地给建的救助站`."""
    history = unit_history(_facts("county-small-animal-protection-association-work-summary-2025",
                                  FACTS_DIR / "blind82"))
    assert "；2019年，县在城郊划拨用地建设救助站；" in history
