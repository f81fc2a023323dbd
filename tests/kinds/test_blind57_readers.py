"""What blind57's built-in reader found (session 23), drafted from the set's own facts
files: a phone's notification centre and clipboard, a 报价单, a 会议手册 and a 素材汇总
with their reader's remarks read for the remarks only; histories whole (two-digit years,
设了个, 批了, a 学习笔记's 心得体会 label); the orders the notes give (接在它后面, 这三样…
放在最后, 挪到…前头); the flagship's account without a tautology before it."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, says_none, whole_text

from drafter.kinds.notes import ordered, ordered_before, unit_history

SET = FACTS_DIR / "blind57"
BANK = "county-agricultural-development-bank-branch-creation-report-2026"
GARMENT = "county-garment-company-party-branch-plan-2027"
HAIR = "county-hairdressing-beauty-association-work-summary-2026"
SCHOOL = "county-technical-school-work-plan-2027"
RESCUE = "county-wildlife-rescue-station-implementation-plan-2027"
LAND = "township-natural-resources-office-work-plan-2027"


def test_the_pasted_forms_give_their_remarks_only() -> None:
    says_none(SET, (
            (BANK, ("好友中排第", "D3317", "开头就说", "党员24个", "84.6")),
            (HAIR, ("照片", "交货", "文明同行", "“诚信示范店”“", "362", "自律性组织")),
            (SCHOOL, ("〈", "校长批", "26号公布", "了个", "1240")),
            (RESCUE, ("381", "设立个", "放生")),
            (LAND, ("观摩点", "分管负责同志", "最后一公里", "早发现", "……", "162"))))


def test_histories_are_whole() -> None:
    assert unit_history(_facts(BANK, SET)).startswith("我行1996年8月从县农业银行分设成立，")
    assert unit_history(_facts(RESCUE, SET)) == (
        "我站前身为2004年县林业局在嶆岭林场设立的救护点，借用林场两间护林房办公；2012年经县编办"
        "批准，单独成立救护站；2018年在城北建成救治室和笼舍；2021年又加挂县野生动物疫源疫病监测站"
        "牌子。")
    assert unit_history(_facts(SCHOOL, SET)).startswith(
        "我校前身为1979年县劳动局开办的劳动服务公司培训班；")
    garment = unit_history(_facts(GARMENT, SET))
    for step in ("1998年在榰溪老街开办的裁缝铺", "2006年创办玢雅制衣厂",
                 "2022年引进智能吊挂生产线"):
        assert step in garment, step
    assert unit_history(_facts(HAIR, SET)).startswith(
        "我会前身为2006年由县个体劳动者协会牵头成立的县美容美发分会；")


def test_the_orders_the_notes_give() -> None:
    # 技能攻关接在它后面；学习、三会一课、发展党员这三样老规矩的，照原来的先后放在最后
    assert dict(ordered(_facts(GARMENT, SET))) == {
        "妈妈岗": 1, "红针线志愿服务": 2, "技能攻关": 3, "学习": -1, "三会一课": -1,
        "发展党员": -1}
    assert ordered_before(_facts(LAND, SET)) == (("志愿服务", "法治宣传"),)
    land = whole_text(LAND, SET)
    heads = [land.index(t) for t in ("（一）深化“守田人”", "（二）推进规范用地审批",
                                     "开展“田埂上的志愿者”服务", "开展自然资源法治宣传进村")]
    assert heads == sorted(heads)
    school = whole_text(SCHOOL, SET)
    assert school.index("（三）开展“金扳手”志愿义修") > 0


def test_the_flagship_opens_with_its_account_in_the_right_year() -> None:
    # 今年7月…开了 in a 学习笔记 page of November 2026, in a plan dated January 2027
    garment = whole_text(GARMENT, SET)
    work = garment[garment.index("（一）打造“暖心妈妈岗”党建品牌"):garment.index("（二）")]
    assert "\n2026年7月市妇联在我公司召开全市妈妈岗就业现场推进会" in work
    assert "简报2026年第8期" in work and "2027年7月" not in garment
    assert "是我支部的工作品牌" not in garment
    # “两个满意”开头点一下就行
    assert garment.count("两个满意") == 1 and "两个满意" in garment.split("\n")[0]
    school = whole_text(SCHOOL, SET)
    assert "与会人员晚上到实训楼实地观摩夜校上课" in school
    rescue = whole_text(RESCUE, SET)
    assert "【待补充：“保障措施”" not in rescue


def test_a_plan_with_a_routine_of_three_has_its_time_schedule() -> None:
    """The technical school's plan dates one work (暑假…义修) and names four routines: its
    时间安排 was a marker (both readers); each 学期's own work is said in that 学期."""
    school = whole_text(SCHOOL, SET)
    assert "分阶段（或按季度、按月）的时间安排" not in school
    # (by its 学期 since blind95's readers: a school's year is its terms)
    assert ("春季学期（2027年2—7月）：暑假组织学生到乡村义修；建立毕业生跟踪回访制度；"
            "春季学期内举办校园招聘会和校园技能节") in school
    assert ("秋季学期（2027年9—12月）：开展“最美技工教师”评选；"
            "秋季学期内举办校园招聘会和校园技能节") in school
    # two quarters in a row with the same work are one (请老人和家属评议, said twice)
    care = whole_text("community-elderly-care-center-work-plan-2027", FACTS_DIR / "blind6")
    assert "第二、三季度（4—9月）：继续请老人和家属评议。" in care
    assert "开展请" not in care


def test_a_quarterly_branch_plan_says_its_routine_once() -> None:
    """按季度写几句: the monthly and quarterly work in one routine line, each quarter its
    党员大会 and its own dated work (召开本季度党员大会，按月开展主题党日活动 three times read as
    one line repeated to both blind57 readers)."""
    garment = whole_text(GARMENT, SET)
    plan = garment[garment.index("全年常态化工作："):]
    assert "每季度召开一次妈妈岗员工座谈会" in plan.split("\n")[0]
    assert "按月开展主题党日活动" not in plan
    assert "（三）第三季度（7—9月）：召开本季度党员大会。" in plan


def test_a_marker_due_before_the_date_is_kept_by_the_model() -> None:
    """The rescue station's sample count comes on 6 January, before the plan's date: the
    built-in draft marks it, and the prompt asks the model to keep that marker (its LLM
    reader found it dropped, read as told by 先空着)."""
    from drafter.kinds import get_kind
    from drafter.writers.base import SectionRequest
    from drafter.writers.prompts import build_messages

    rescue = whole_text(RESCUE, SET)
    assert "【待补充：1月6日省监测系统关账后补】" in rescue
    facts = _facts(RESCUE, SET)
    kind = get_kind(facts.doc.kind)
    spec = next(s for s in kind.sections if s.id == "basics")
    prompt = build_messages(SectionRequest(kind, spec, facts, skeleton="x"),
                            context_budget=8000)[1]["content"]
    assert "事实表中的待补数（成文以前就能出来的" in prompt and "保留这个标记" in prompt


def test_a_written_report_has_one_lead_in_with_the_slogan_put_at_its_start() -> None:
    """交书面的…开头“尊敬的各位领导”那些都不要: no greeting, but one lead-in sentence, which
    says “守好两个袋子” (开头就说); the 驿站's money is 划到 its 库点, not 划归 (both read by
    blind57's LLM reader)."""
    bank = whole_text(BANK, SET).strip()  # no 称谓
    assert bank.startswith("2026年，我行守好“两个袋子”（守好群众的粮袋子、管好国家的钱袋子），"
                           "扎实推进创建市级文明单位工作。现将有关情况汇报如下。")
    assert bank.count("两个袋子") == 1 and "尊敬的" not in bank
    assert "收购资金划到库点" in bank


def test_the_history_asked_first_comes_before_the_guiding_thought() -> None:
    # 支部和厂子怎么来的，计划开头先说说：…来历说完再写别的 (blind57's LLM reader: 来历 after
    # 指导思想)
    garment = whole_text(GARMENT, SET)
    assert garment.index("前身为1998年") < garment.index("以习近平新时代中国特色社会主义思想为指导")


def test_a_unit_whose_means_were_moved_up_is_funded_from_there() -> None:
    # 2019年机构改革…人财物都上划到县自然资源局 (blind57's LLM reader: 纳入年度预算 in a 所
    # with no budget of its own)
    land = whole_text(LAND, SET)
    assert "各项工作所需经费由县自然资源局统筹保障" in land and "纳入年度预算" not in land
