"""What blind119's built-in reader found (measured at session 49's last code: built-in 2.50,
LLM 3.83), mended in part: remarks printed as the text (`年底关账那几天。` as an aim, `抄送：”是
人家事务所的`, `医生13个、护士23个，两个是技师和文员。`, `的就是以前嫁姑娘…`); a scene whose
doer (`织工`) went unread, its clauses taken for three works; a scene put in the flagship for the
`电脑` of its point though its occasion (`年底关账那几天`) is another work's; a 预备党员 taken in
last October whose 转正 fell in no month; a 时间安排 node without whom it honours (`年底表彰10名`);
a summary's year counts no task holds hung after its last practice (`我会全年新入会会员38人。`);
a plan's blank for the year before in its 干部队伍 work (`2025年度项目区新增粮食产能____万吨`); the
flagship's account lost for its time limit (`出院48小时内`); spoken history steps; a part of the
pasted text (`这一块说的就是…。这个汇报里排第三讲`) in no place; a kept-up work's yearly count glued
to its point; one doer's two scenes two choppy sentences."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, section_text, whole_text

from drafter.kinds.notes import copy_to, note_goals, probation_month, scenes, stress_items

B119 = FACTS_DIR / "blind119"
FINANCE = "college-finance-office-party-branch-plan-2027"
CARPET = "county-carpet-company-work-plan-2026"
LIVER = "county-hospital-hepatobiliary-pancreatic-surgery-department-work-summary-2025"
VET = "county-veterinary-association-work-summary-2026"
SILVER = "silversmith-village-creation-report-2026"


def test_remarks_are_not_printed() -> None:
    finance = _facts(FINANCE, B119)
    assert "关账" not in note_goals(finance)
    assert copy_to(finance) == ("中共帑州学院纪律检查委员会",)
    assert "两个是技师" not in whole_text(LIVER, B119)
    assert "医生13个" not in whole_text(LIVER, B119)
    silver = whole_text(SILVER, B119)
    assert "的就是以前" not in silver and "嫁姑娘" not in silver
    assert "这个" not in stress_items(_facts(SILVER, B119), at_length=True)


def test_scenes_go_to_their_work() -> None:
    carpet = scenes(_facts(CARPET, B119))
    assert carpet["开展织工技能培训"] == ("织工坐在织机前、一排一排栽绒打结、一天打上万个结",)
    assert any("技术员骑着摩托" in s for s in carpet["推进“织机进村”带动妇女就业"])
    assert stress_items(_facts(CARPET, B119), at_length=True) == []
    finance = scenes(_facts(FINANCE, B119))
    assert any("关账" in s for s in finance["守好财经纪律和廉洁防线"])
    assert not any("关账" in s for s in finance["擦亮“流动报账台”党员服务品牌"])


def test_probation_and_honours_in_the_year() -> None:
    assert probation_month(_facts(FINANCE, B119)) == 10
    plan = section_text(FINANCE, B119, "全年工作安排")
    assert "10月：按期办理预备党员转正" in plan
    assert "年底表彰10名“最美织工”" in section_text(CARPET, B119, "时间安排")


def test_a_summarys_year_count_no_task_holds_in_its_basics() -> None:
    basics = section_text(VET, B119, "基本情况")
    assert "新入会会员38人" in basics
    assert whole_text(VET, B119).count("新入会会员38人") == 1


def test_a_plans_blank_of_the_year_before_in_its_basics() -> None:
    farmland = "county-high-standard-farmland-construction-center-implementation-plan-2026"
    assert "2025年度项目区新增粮食产能____万吨" in section_text(farmland, B119, "基本情况")
    assert "粮食产能" not in section_text(farmland, B119, "主要任务")


def test_the_flagship_told_and_the_histories_written() -> None:
    liver = whole_text(LIVER, B119)
    assert "所谓“带管护航”，就是病人带着T管、引流管回家，出院48小时内护士上门" in liver
    assert "我科自2022年起开展这项工作" in liver
    assert "2019年开展全县首例腹腔镜胆总管探查" in liver and "分了个" not in liver
    assert "半夜胆管炎的病人送进来" not in liver
    silver = whole_text(SILVER, B119)
    assert "1984年分田到户以后，家家户户重操打银旧业；" in silver
    assert "2021年腾出老粮站，设立银饰陈列室" in silver
    assert "开始承接出口订单" in whole_text(CARPET, B119)


def test_a_part_of_the_pasted_text_placed_by_the_sentence_after_it() -> None:
    silver = whole_text(SILVER, B119)
    assert "（三）推进移风易俗" in silver


def test_a_kept_up_works_count_and_one_doers_scenes() -> None:
    assert "逐家检查会员单位兽药处方和进货台账，全年共检查42家次" in whole_text(VET, B119)
    farmland = "county-high-standard-farmland-construction-center-implementation-plan-2026"
    assert "质检员大热天趴在渠底量渠壁厚度，在工地上钻芯取样" in whole_text(farmland, B119)


def test_the_greeting_names_the_organ_at_its_level() -> None:
    assert whole_text(CARPET, B119).count("县国投各位领导、同志们") == 2


def test_a_quarters_routine_with_its_doer_before_its_deed() -> None:
    timeline = section_text(CARPET, B119, "时间安排")
    assert "继续由党支部书记讲党课" in timeline and "开展由" not in timeline
