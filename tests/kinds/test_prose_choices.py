"""What the readers of the blind drafts asked for, each as a behaviour of the built-in
writer: the 领导小组 as a report's first practice, a slogan item tied to the task that
carries it out by the item's own words, the 条例's meetings a branch leaves out, a
ranking that is no 称号, a lone （一） that is no list. The facts are written here."""

from __future__ import annotations

import asyncio
import re

from drafter.facts import Facts, parse_facts
from drafter.kinds import get_kind
from drafter.kinds.jinja import lone_item
from drafter.kinds.prose import Say, _results_asked, honor_clause
from drafter.kinds.render import vocabulary
from drafter.project.model import Project
from drafter.project.pipeline import draft_sections, new_project
from drafter.writers.builtin import BuiltinWriter

REPORT = """
[unit]
name = "江城县林业局"
self = "我局"
type = "机关"

[doc]
kind = "creation_report"
year = 2025
date = "2025-11-18"
theme = "创建市级文明单位"

[[slogans]]
text = "守好三道防线"
items = ["森林防火防线", "林业有害生物防线", "野生动物保护防线"]

[[tasks]]
title = "守好防线，护绿增绿"
points = ["森林防火隐患排查", "林业有害生物普查和疫木清理"]

[[tasks]]
title = "开展“绿色江城”志愿服务"
points = ["组织干部职工义务植树", "进校园讲解森林防火知识"]

[leadership]
name = "创建市级文明单位工作领导小组"
leader = "局党组书记、局长 马晓东"
deputies = ["副局长 吴桐"]
office = "局办公室"

[[honors]]
year = 2024
title = "全市林业系统综合考核第一名"
grantor = "江城市林业局"
"""

BRANCH = """
[unit]
name = "中共江城县林业局机关支部委员会"
self = "我支部"
type = "机关"

[doc]
kind = "party_branch_plan"
year = 2026
date = "2026-01-10"
theme = "2026年党支部工作"

[[tasks]]
title = "严格组织生活"
points = ["每月召开一次支委会", "每季度召开一次党员大会"]
"""


def recap_only(project: object) -> bool:
    """Whether a report's 创建成效, if any, asks for nothing while its practices state
    their results (Say.recap says their rates again: blind57's and blind58's readers of
    both writers asked a 成效; blind59's and blind61's called the counts a repeat)."""
    return all("【待补充" not in s.text for s in project.sections  # type: ignore[attr-defined]
               if s.id == "results")


def drafted(facts: Facts) -> Project:
    """The facts' project, every section drafted by the built-in writer."""
    project = new_project(facts, get_kind(facts.doc.kind))
    asyncio.run(draft_sections(project, facts, BuiltinWriter(), save=False))
    return project


def draft(text: str) -> tuple[Facts, Project]:
    facts = parse_facts(text)
    return facts, drafted(facts)


def test_a_report_opens_its_practices_with_the_leading_group() -> None:
    _, project = draft(REPORT)
    practices = project.section("practices").text
    # unnumbered: a numbered 加强组织领导 the facts do not list read as added and broke the
    # order the notes gave (blind26, blind28 readers)
    assert practices.startswith("我局成立以")
    assert "加强组织领导" not in practices
    # its leader by post and name (blind10 and blind12 readers), one clause: the deputies
    # and the office cut (blind58's readers of both writers)
    assert ("我局成立以局党组书记、局长马晓东为组长的创建市级文明单位工作领导小组，"
            "统筹推进创建市级文明单位工作。") in practices


def test_a_slogan_item_goes_to_the_task_that_shares_its_own_words() -> None:
    facts, _ = draft(REPORT)
    say = Say(facts, vocabulary(facts))
    pairs = {item: task.title for item, task in say.item_tasks(facts.slogans[0])}
    # 防火 and 有害生物 are the items' own words; 防线, shared by all three, decides nothing
    assert pairs == {"森林防火防线": "守好防线，护绿增绿",
                     "林业有害生物防线": "守好防线，护绿增绿"}
    clause = say.link_clause(facts.tasks[0], "done")
    assert clause == "围绕“三道防线”中“森林防火防线”“林业有害生物防线”，"
    assert say.link_clause(facts.tasks[1], "done") == ""  # nothing ties it to the slogan


def test_a_point_naming_only_an_activity_is_told_as_done() -> None:
    _, project = draft(REPORT)
    practices = project.section("practices").text
    assert "开展了森林防火隐患排查" in practices  # and told as done
    assert "开展组织干部职工" not in practices  # a point with its own verb stays as written


def test_a_ranking_is_no_title() -> None:
    assert honor_clause("全市林业系统综合考核第一名", "江城市林业局") == (
        "在江城市林业局组织的全市林业系统综合考核中获第一名")
    assert honor_clause("市级文明单位", "江城市文明委") == "被江城市文明委授予“市级文明单位”称号"
    assert honor_clause("五一劳动奖状", "县总工会") == "被县总工会授予“五一劳动奖状”"
    # a work's award is said as it is, not granted as a title (blind44)
    assert honor_clause("杂技节目《竹韵》获全省杂技比赛银奖", "省文化和旅游厅") == (
        "杂技节目《竹韵》获全省杂技比赛银奖")
    # a case chosen is no title of the unit (both blind24 readers)
    assert honor_clause("全市卫生健康行政执法优秀案例", "市卫健委") == (
        "报送的案例被市卫健委评为“全市卫生健康行政执法优秀案例”")
    _, project = draft(REPORT)
    assert "第一名”称号" not in project.section("overview").text


def test_a_branch_gets_the_meetings_its_own_points_leave_out() -> None:
    _, project = draft(BRANCH)
    text = "\n".join(s.text for s in project.sections)
    own = next(line for line in text.splitlines() if "每月召开一次支委会" in line)
    assert "支部书记每年至少为党员讲一次党课" in own
    assert "支部委员会会议每月召开一次" not in own  # the branch said it already
    assert "党小组会" not in own  # the facts name no 党小组: none assumed (blind13)
    assert "以2026年党支部工作为主线" not in text  # the theme only names the document
    # a point naming 三会一课 is completed in place, 年底 is a frequency, 党小组 named
    _, project = draft(BRANCH.replace(
        '"每季度召开一次党员大会"]',
        '"落实“三会一课”，每季度召开一次党员大会", "年底召开组织生活会", "党小组每月学习"]'))
    text = "\n".join(s.text for s in project.sections)
    assert ("落实“三会一课”，每季度召开一次党员大会，党小组会每月召开一次，"
            "支部书记每年至少为党员讲一次党课，每月相对固定一天开展主题党日，"
            "开展一次民主评议党员") in text
    assert "组织生活会" not in text.replace("年底召开组织生活会", "")
    assert "按照《中国共产党支部工作条例（试行）》要求" not in text


def test_a_lone_first_item_is_no_list() -> None:
    merged = ["加强党风廉政建设。签订责任书。"]
    assert lone_item(["（一）加强党风廉政建设", "签订责任书。"]) == merged
    assert lone_item(["（一）落实责任。书记负总责。"]) == ["落实责任。书记负总责。"]
    two = ["（一）甲", "正文。", "（二）乙", "正文。"]
    assert lone_item(two) == two
    # a lone head that says the section's title again goes (blind20 readers of both writers)
    assert lone_item(["（一）加强党风廉政建设", "签订责任书。"], "加强作风建设和党风廉政建设") == [
        "签订责任书。"]
    assert lone_item(["（一）推行包村联户服务", "走访农户。"], "加强作风建设") == [
        "推行包村联户服务。走访农户。"]


def test_one_time_label_for_the_whole_document() -> None:
    facts, _ = draft(BRANCH)
    assert Say(facts, vocabulary(facts)).time_label() == "时间安排"  # no task is timed
    timed_task = '''
[[tasks]]
title = "发展党员"
points = ["做好发展对象考察"]
when = "6月底前"
'''
    timed = parse_facts(BRANCH.replace('kind = "party_branch_plan"', 'kind = "work_plan"')
                        + timed_task)
    # the untimed task is 全年 beside it (when_of), no deadline: 时间安排
    assert Say(timed, vocabulary(timed)).time_label() == "时间安排"
    # … but a branch's year is its 全年工作安排's: no 全年 line (both blind23 readers)
    branch = parse_facts(BRANCH + timed_task)
    assert Say(branch, vocabulary(branch)).time_label() == "完成时限"
    assert Say(branch, vocabulary(branch)).when_of(branch.tasks[0]) == ""
    deadlines = parse_facts(BRANCH.replace('"每季度召开一次党员大会"]',
                                           '"每季度召开一次党员大会"]\nwhen = "12月底前"')
                            + timed_task)
    assert Say(deadlines, vocabulary(deadlines)).time_label() == "完成时限"
    mixed = parse_facts(BRANCH.replace('"每季度召开一次党员大会"]',
                                       '"每季度召开一次党员大会"]\nwhen = "每月"') + timed_task)
    assert Say(mixed, vocabulary(mixed)).time_label() == "时间安排"


def test_a_post_is_read_off_either_way_a_user_types_it() -> None:
    from drafter.kinds.prose import post_of
    assert post_of("局党组书记、局长 马晓东") == "局党组书记、局长"
    assert post_of("陈国栋（党委书记、董事长）") == "党委书记、董事长"
    assert post_of("办公室主任") == "办公室主任"  # nothing to part: as typed


def test_the_notes_give_statements_and_keep_the_chat_out() -> None:
    """A busy writer's notes (our own words): the statements reach the text, the words to
    the drafter, the hedges and where a number came from do not; an achievement of the
    report's own year is a result, an earlier one a fact; what the notes stress comes
    first among the practices."""
    from drafter.kinds.notes import note_results, note_sentences
    from drafter.kinds.render import assign_tasks
    notes = ("我们是县里的老单位，1985年成立，下设4个科室。数据是办公室统计的，大概不会变。"
             "今年10月通过了省级标准化验收，2023年评上市级文明单位。"
             "汇报别太长，重点是“绿色江城”志愿服务。")
    facts = parse_facts(REPORT.replace('theme = "创建市级文明单位"',
                                       f'theme = "创建市级文明单位"\nnotes = "{notes}"'))
    assert note_sentences(facts) == ("我局是县里的老单位，1985年成立，下设4个科室；"
                                     "2023年被评为市级文明单位。")
    assert note_results(facts) == "2025年10月通过了省级标准化验收。"  # 今年 as its year
    order = [t.title for t in assign_tasks(get_kind("creation_report"), facts)["practices"]]
    assert order == ["开展“绿色江城”志愿服务", "守好防线，护绿增绿"]


SUMMARY = """
[unit]
name = "临河县城关镇中心幼儿园"
self = "我园"
type = "幼儿园"

[doc]
kind = "work_summary"
year = 2025
date = "2026-01-12"
theme = "文明园所创建"
notes = "去年搬进了新园舍。"

[[problems]]
text = "今年有2名教师调离"

[[slogans]]
text = "落实“三检”制度"
items = ["晨检", "午检", "晚检"]

[[tasks]]
title = "严格“三检”，守护幼儿健康"
points = ["每天晨检记录到班", "每月一次消防疏散演练"]

[[tasks]]
title = "保教质量"
points = ["每周三下午教研活动"]

[[figures]]
name = "安全责任事故"
value = 0
unit = "起"
period = "2025年"
task = "严格“三检”，守护幼儿健康"

[[honors]]
year = 2025
title = "县级“文明班级”（大一班）"
grantor = "临河县教育局"
"""


def test_a_summary_reads_as_done_and_dated() -> None:
    _, project = draft(SUMMARY)
    text = "\n".join(s.text for s in project.sections)
    # the slogan is explained in the task named after it, not listed above the practices,
    # as written when the title words it otherwise (严格“三检” of 落实“三检”制度)
    assert "落实“三检”制度（晨检、午检、晚检），我园坚持每天晨检" in text
    assert text.count("晨检、午检") == 1
    assert "2025年，未发生安全责任事故" in text and "0起" not in text
    assert "每周三下午开展教研活动" in text  # a time before an activity gets its verb
    assert "每月开展一次消防疏散演练" in text
    assert "2025年有2名教师调离" in text and "今年" not in text  # relative years as years
    assert "我园2024年搬进了新园舍" in text
    # a part's honour, its holder after the unit (session 46: no 所属)
    assert "我园大一班被临河县教育局授予县级“文明班级”称号" in text


def test_a_reports_results_are_said_with_the_work_that_produced_them() -> None:
    # blind9's readers asked for them gathered in 创建成效, blind10's (both writers) for
    # them back in the practices; the readers of blind17–blind23 found a 创建成效 of
    # honours only; blind25's, blind33's, both writers' of blind46 and blind47 each
    # practice's results with it (成效部分只有孤立的数字, 做法部分没有成效). With the
    # practice, and 创建成效 keeps what no practice holds
    _, project = draft(REPORT + '''
[[figures]]
name = "森林火灾"
value = 0
unit = "起"
period = "2025年"
task = "守好防线，护绿增绿"

[[figures]]
name = "义务植树"
value = 3200
unit = "株"
period = "2025年"
task = "开展“绿色江城”志愿服务"
''')
    practices = project.section("practices").text
    green = practices[practices.index("（二）开展“绿色江城”"):]
    assert "2025年，义务植树3200株。" in green
    assert "未发生森林火灾" in practices[:practices.index("（二）")]
    assert recap_only(project)


def test_targets_say_what_kind_of_number_they_are() -> None:
    from drafter.facts import Figure
    from drafter.kinds.figures import figure_clause
    assert figure_clause(Figure(name="事故救援平均到达时间", value=22, unit="分钟",
                                status="planned")) == "事故救援平均到达时间控制在22分钟以内"
    assert figure_clause(Figure(name="发展对象", value=2, unit="名",
                                status="planned")) == "确定发展对象2名"


def test_a_phase_named_after_its_quarter_needs_no_dates() -> None:
    from datetime import date

    from drafter.kinds.jinja import phase_span
    assert phase_span("第一季度", date(2026, 1, 8), date(2026, 3, 31)) == ""
    assert phase_span("第一季度", date(2026, 1, 8), date(2026, 3, 20)) != ""


def test_an_item_going_on_about_the_one_before_is_part_of_it() -> None:
    from drafter.kinds.text import enumerate_cn
    assert enumerate_cn(["安排创建经费30万元", "主要用于环境改造", "纳入考核"]) == (
        "一是安排创建经费30万元，主要用于环境改造；二是纳入考核。")


TIMED = '''
[[tasks]]
title = "志愿服务"
points = ["5月举办开放日", "清明节组织祭扫", "年底开展评选", "3月至11月每月一次义诊",
          "每季度召开一次讲评会", "春节前和国庆节前各开展一次环境整治",
          "学雷锋纪念日和全国土地日在广场设点宣传", "“七一”前评选优秀党员",
          "3月开展警示教育，组织观看案例片", "按期收缴党费，每季度公示",
          "门诊大厅设置学雷锋志愿服务岗", "中秋节前、国庆节前开展廉政提醒",
          "7月至8月举办天文季，每周六晚上开展天文观测", "春节、“八一”、中秋节走访慰问"]
'''


def test_a_plans_time_nodes_come_from_its_dated_points() -> None:
    from drafter.kinds.schedule import calendar
    facts = parse_facts(BRANCH.replace('kind = "party_branch_plan"', 'kind = "work_plan"')
                        + TIMED)
    cal = calendar(facts.tasks[-1:])  # the task above
    # recurring work apart, a short one with its whole point, one within a span of months
    # not the year's; each time its own work, in calendar order, one quarter's said once;
    # 七一前 is June's, 国庆节前 September's; a name is no time, but in a list of times it is
    assert cal.routine == ["每季度召开一次讲评会", "按期收缴党费，每季度公示"]
    assert cal.quarters == [
        ("第一季度（1—3月）", ["春节前开展一次环境整治", "春节走访慰问", "3月至11月每月一次义诊",
                             "学雷锋纪念日在广场设点宣传", "3月开展警示教育，组织观看案例片"]),
        ("第二季度（4—6月）", ["清明节组织祭扫", "5月举办开放日", "全国土地日在广场设点宣传",
                             "“七一”前评选优秀党员"]),
        ("第三季度（7—9月）", ["7月至8月举办天文季，每周六晚上开展天文观测",
                             "“八一”、中秋节走访慰问", "国庆节前开展一次环境整治",
                             "中秋节前、国庆节前开展廉政提醒"]),
        ("第四季度（10—12月）", ["年底开展评选"])]
    _, project = draft(BRANCH.replace('kind = "party_branch_plan"', 'kind = "work_plan"')
                       + TIMED)
    text = "\n".join(s.text for s in project.sections)
    assert "（二）第二季度（4—6月）：清明节组织祭扫；5月举办开放日" in text
    assert "每季度召开一次讲评会；按期收缴党费，每季度公示。" in text
    assert text.count("全年常态化工作：") == 1


FARM = """
[unit]
name = "青岭县国有林场"
self = "我场"
type = "其他"

[doc]
kind = "work_summary"
year = 2026
date = "2026-12-28"
theme = "精神文明建设"
notes = '''
我们场有5个管护站。分营林、防火、综合三个组。今年学校通过了市级文明单位复查。
《林海》专题片拿了省林业好新闻二等奖，年度考核排全县第三。全年没有发生森林火灾。
场里的职工大多住在山上。'''

[[slogans]]
text = "守好两条红线"
items = ["森林防火红线", "生态保护红线"]

[[tasks]]
title = "森林防火"
points = ["改造3个瞭望塔", "新修防火通道", "每月开展一次防火巡查"]

[[tasks]]
title = "职工文化"
points = ["开设职工书屋"]

[[figures]]
name = "新修防火通道"
value = 8
unit = "公里"
period = "2026年"
task = "森林防火"

[[figures]]
name = "森林火灾"
value = 0
unit = "起"
period = "2026年"
task = "森林防火"
"""


def test_a_summary_tells_the_notes_and_the_work_in_the_units_words() -> None:
    _, project = draft(FARM)
    text = "\n".join(s.text for s in project.sections)
    assert "我场有5个管护站" in text and "我场场" not in text
    assert "我场内设营林、防火、综合三个组" in text
    assert "我场2026年通过了市级文明单位复查" in text  # not 2026年学校通过
    assert "获得省林业好新闻二等奖" in text and "位列全县第三" in text and "拿了" not in text
    assert "场里" not in text  # 场里的职工 → 本场的职工
    assert text.count("森林火灾") == 1  # the note says again what the zero says
    assert "改造了3个瞭望塔" in text and "开设了职工书屋" in text  # done, once
    assert "每月开展一次防火巡查" in text  # recurring: as written
    assert "新修了防火通道8公里" in text and text.count("防火通道") == 1
    assert "我们" not in project.section("practices").text  # one voice: 我场


def test_the_formula_tying_tasks_to_slogans_varies() -> None:
    facts = parse_facts(REPORT.replace('kind = "creation_report"', 'kind = "work_plan"')
                        .split("[[tasks]]")[0] + '''
[[tasks]]
title = "守好防火防线"
points = ["森林防火隐患排查", "防火宣传"]

[[tasks]]
title = "守好生物防线"
points = ["林业有害生物普查", "疫木清理"]

[[tasks]]
title = "守好保护防线"
points = ["野生动物保护执法", "候鸟巡护"]
''')
    say = Say(facts, vocabulary(facts))
    clauses = [say.link_clause(t) for t in facts.tasks]
    assert all(clauses) and len(set(c.split("“")[0] for c in clauses)) == 3, clauses


def test_a_reports_notes_keep_its_story_and_drop_the_chat() -> None:
    from drafter.kinds.notes import note_results, note_sentences
    facts = parse_facts(REPORT.replace('theme = "创建市级文明单位"', '''theme = "创建市级文明单位"
notes = \'\'\'
今年是第一次申报市级。2023年复查保住了。
今年的重点：申报县级文明校园（已经报上去了，还没批）。
专题片春节那场还当了省里展播节目，在省台直播过。5月星级评定从三星升到了四星。\'\'\'
''') + '''
[[honors]]
year = 2025
title = "四星级林业服务站"
grantor = "省林业局"
''')
    stated = note_sentences(facts)
    assert "我局2025年第一次申报市级" in stated and "我局2023年通过复查" in stated
    assert "（已经报上去了" not in stated + note_results(facts)  # no bracket cut in two
    results = note_results(facts)
    assert "专题片春节还成为全省展播节目，在省台直播" in results
    assert "四星" not in results  # the honour says it


def test_a_unit_asking_for_few_words_gets_the_short_guiding_sentence() -> None:
    plan = BRANCH.replace('kind = "party_branch_plan"', 'kind = "work_plan"')
    long_ = render_guiding(plan)
    asked = 'theme = "2026年党支部工作"\nnotes = "少写空话，两页纸就够。"'
    short = render_guiding(plan.replace('theme = "2026年党支部工作"', asked))
    assert "两个确立" in long_ and "两个确立" not in short


def render_guiding(text: str) -> str:
    _, project = draft(text)
    return project.section("guiding").text


def test_a_note_pointing_back_at_what_it_said_stays_out() -> None:
    from drafter.kinds.notes import note_results, note_sentences
    facts = parse_facts(REPORT.replace('theme = "创建市级文明单位"', '''theme = "创建市级文明单位"
notes = "重点讲护林志愿服务队和森林课堂，这两个是我们的特色。"'''))
    said = note_sentences(facts) + note_results(facts)
    assert "是的特色" not in said and "这两个" not in said


def test_a_summarys_year_in_figures_closes_its_practices_and_its_honours_are_its_basics() -> None:
    _, project = draft(SUMMARY + '''
[[figures]]
name = "开展亲子活动"
value = 32
unit = "场"
period = "2025年"

[[figures]]
name = "接待家长来访"
value = 860
unit = "人次"
period = "2025年"
''')
    lines = project.section("practices").text.splitlines()
    # after the practices they came of (blind54's and blind55's readers of both writers:
    # a line of indicators opening 做法 read as a grab-bag; earlier readers asked it first)
    assert "开展亲子活动32场" in lines[-1]
    assert not lines[-1].startswith("（")
    # … but the year's workload is the unit's size, said in 基本情况 (session 32: an orphan
    # line after the last practice in 10 of 60 drafts of blind65–74, both writers)
    assert "2025年，我园接待家长来访860人次。" in project.section("basics").text
    assert "860" not in project.section("practices").text
    # the year's honours after the earlier ones in 基本情况 (both blind26 readers: an
    # honour opening 做法 reads misplaced; both blind39 readers: one closing it reads as
    # the last practice's result)
    assert "授予" not in project.section("practices").text
    assert "授予" in project.section("basics").text


def test_a_reports_recent_honours_are_its_results() -> None:
    report = REPORT.replace('office = "局办公室"', '''office = "局办公室"
office_head = "程亮"
members = ["局办公室主任 程亮"]''') + '''
[[figures]]
name = "森林火灾受害率"
value = 0.2
unit = "‰"
period = "2025年1—10月"
task = "守好防线，护绿增绿"

[[figures]]
name = "林火处置平均用时"
value = 1.5
unit = "小时"
period = "2025年1—10月"
task = "守好防线，护绿增绿"

[[figures]]
name = "义务植树"
value = 1200
unit = "株"
period = "2025年"
task = "开展“绿色江城”志愿服务"
'''
    _, project = draft(report)
    practices = project.section("practices").text
    # results are their practices' (above)
    assert "林火处置平均用时1.5小时" in practices and "义务植树1200株" in practices
    # last year's honour is a result of a report early in the year (blind13), where the
    # unit starts from in one of its second half (blind32 and blind33 readers): no 创建成效
    # is left of this one
    assert recap_only(project)
    assert "综合考核中获第一名" in project.section("overview").text
    _, early = draft(report.replace('date = "2025-11-18"', 'date = "2025-04-18"'))
    assert "综合考核中获第一名" in early.section("results").text
    assert "\n".join(s.text for s in project.sections).count("综合考核") == 1
    # nobody bare before the 考评组: the office head by post and name
    # (the office no longer named in a report's one-clause group: blind58's readers)
    assert "程亮" not in practices


def test_a_plan_asks_for_the_measures_of_a_service_no_task_arranges() -> None:
    plan = BRANCH.replace('kind = "party_branch_plan"', 'kind = "work_plan"') + '''
[[slogans]]
text = "落实三项便民举措"
items = ["午间延时服务", "老人预约上门办理", "咨询耐心"]

[[tasks]]
title = "优化窗口服务"
points = ["对行动不便的老人预约上门受理"]
'''
    _, project = draft(plan)
    text = "\n".join(s.text for s in project.sections)
    # the service no task arranges is asked for; the one a task arranges in its own words
    # and the quality that needs no arrangement (咨询耐心, blind17) are not
    assert "【待补充：“午间延时服务”的具体措施】" in text
    assert text.count("的具体措施】") == 1


def test_a_note_arranging_one_task_goes_with_it() -> None:
    branch = BRANCH.replace('theme = "2026年党支部工作"', '''theme = "2026年党支部工作"
notes = """支部现有党员15名，下设2个党小组。主题党日固定在每月第二个周三下午。
支部和东坡社区是共建单位。"""''') + '''
[[tasks]]
title = "加强理论学习"
points = ["每月主题党日集中学习一次"]

[[tasks]]
title = "开展共建和志愿服务"
points = ["每季度到东坡社区开展一次法治宣传"]

[[tasks]]
title = "推进文明监管和安全防范"
points = ["坚持每日巡视"]
category = "法治"
'''
    _, project = draft(branch)
    basics = project.section("basics").text
    assert "下设2个党小组" in basics  # the branch's make-up stays in 基本情况
    assert "主题党日" not in basics and "东坡社区" not in basics
    text = "\n".join(s.text for s in project.sections)
    assert "每月主题党日集中学习一次。主题党日固定在每月第二个周三下午。" in text
    assert "支部和东坡社区是共建单位。" in project.section("activities").text
    # a 法治 task that names no conduct is the unit's work: 中心工作, not 作风
    assert "推进文明监管和安全防范" in project.section("activities").text


def test_a_practice_tied_to_a_slogan_keeps_its_subject() -> None:
    report = REPORT.replace('points = ["组织干部职工义务植树", "进校园讲解森林防火知识"]',
                            'points = ["“3·12”植树节组织干部职工义务植树"]')
    report = report.replace('items = ["森林防火防线", "林业有害生物防线", "野生动物保护防线"]',
                            'items = ["森林防火防线", "林业有害生物防线", "“绿色江城”植树防线"]')
    _, project = draft(report)
    practices = project.section("practices").text
    # an item whose quoted name the task carries needs no 围绕…中 (blind13)
    assert "中“" not in practices.split("（二）")[1]


def test_a_summary_tells_the_years_main_event_from_the_notes() -> None:
    summary = FARM.replace("场里的职工大多住在山上。",
                           "7月10号新管护站投用了，住房面积比原来大了一倍多。") + '''
[[figures]]
name = "巡护里程"
value = 3200
unit = "公里"
period = "2026年"

[[figures]]
name = "群众来信表扬"
todo = "场办公室还在统计"
unit = "件"
period = "2026年"
'''
    _, project = draft(summary)
    text = "\n".join(s.text for s in project.sections)
    # the notes' event in written words, after its date, with how much it changed
    assert "7月10日新管护站投入使用，住房面积比原来扩大一倍多。" in text
    # a count still to come in at year end is a result, not 基本情况
    assert "群众来信表扬【待补充：场办公室还在统计】件" in project.section("practices").text


def test_a_note_opening_with_its_date_gets_the_unit_after_it() -> None:
    from drafter.kinds.notes import in_voice
    assert in_voice("7月10日新候车厅投入使用", "我站", "溪宁站") == "7月10日，我站新候车厅投入使用"
    assert in_voice("获评市级文明单位", "我站", "溪宁站") == "我站获评市级文明单位"
    assert in_voice("我站获评市级文明单位", "我站", "溪宁站") == "我站获评市级文明单位"
    assert in_voice("6月底前完成验收", "我站", "溪宁站") == "我站6月底前完成验收"


def test_a_lists_items_in_the_notes_are_statements_of_their_own() -> None:
    summary = FARM.replace("场里的职工大多住在山上。",
                           "今年主要两件事：一是8月搬进了新的管护中心；二是3月开通了网上预约。"
                           "2017年改成公益一类事业单位，那时候就五个人。")
    _, project = draft(summary)
    text = "\n".join(s.text for s in project.sections)
    # no 我场二是…: the list's lead and its ordinals are the writer's (blind14)
    assert "二是3月" not in text and "两件事" not in text
    assert "8月，我场搬进了新的管护中心" in text or "8月搬进了新的管护中心" in text
    assert "2017年改为公益一类事业单位" in text and "那时候" not in text


def test_a_reports_first_bid_names_what_it_bids_for() -> None:
    report = REPORT.replace('theme = "创建市级文明单位"', '''theme = "创建市级文明单位"
notes = "今年是第一次申报市级。今年变化最大的是9月新服务大厅投用，座席从6个扩到9个。"''')
    _, project = draft(report)
    text = "\n".join(s.text for s in project.sections)
    assert "2025年第一次申报市级文明单位" in text
    assert "9月，我局新服务大厅投入使用，座席从6个扩大到9个" in text
    assert "变化最大" not in text


def test_a_branch_arranges_its_year_by_month() -> None:
    branch = BRANCH + '''
[[tasks]]
title = "开展走访慰问"
points = ["春节、“八一”、中秋节走访慰问困难党员", "3月和9月各举办一场招聘会"]
'''
    _, project = draft(branch)
    monthly = project.section("monthly").text
    assert "3月：举办一场招聘会" in monthly and "9月：" in monthly
    assert "8月：“八一”走访慰问困难党员" in monthly
    # the year every branch has (支部工作条例; blind41 readers of both writers): opened by
    # its 党员大会, 七一 with the anniversary of the year, closed by the 组织生活会 and the
    # summary 工作要求 promises
    every, *rows = monthly.splitlines()
    assert rows[0] == "1月：召开党员大会，部署全年支部工作。"
    assert "6月：“七一”前夕开展纪念建党105周年主题党日活动" in monthly
    assert "12月：召开年度组织生活会，开展民主评议党员，总结全年支部工作。" in monthly
    # the meetings the plan holds monthly said once above the months (blind68's readers
    # of both writers: not in each), each quarter its 党员大会 (blind63's readers), a
    # the months nothing else dates in one line after the others (blind72's readers of
    # both writers: 落实每月固定工作 month after month is filler)
    assert every == "每月固定工作：召开支部委员会会议、开展主题党日活动。"
    assert not any("支部委员会会议" in row for row in rows)
    assert sum("固定工作" in row for row in rows) == 1
    assert re.match(r"(?:\d{1,2}月、)+\d{1,2}月：落实每月固定工作。", rows[-1])
    assert "5月、" in rows[-1]
    for quarter in range(4):
        assert any("党员大会" in row and int(row.split("月")[0]) in range(quarter * 3 + 1,
                                                                   quarter * 3 + 4)
                   for row in rows), quarter


def test_a_branch_year_names_its_own_anniversary_work_once() -> None:
    branch = BRANCH + '''
[[tasks]]
title = "开展主题党日"
points = ["“七一”前评选表彰优秀党员", "12月召开组织生活会，开展民主评议党员",
          "夏季送清凉、冬季送温暖"]
'''
    _, project = draft(branch)
    monthly = project.section("monthly").text
    assert "建党" not in monthly and monthly.count("组织生活会") == 1
    assert "7月：夏季送清凉" in monthly and "冬季送温暖" in monthly.split("12月：")[1]


def test_words_that_read_twice_are_avoided() -> None:
    from drafter.facts import Figure
    from drafter.kinds.figures import unit_figures
    # …管理所有干部职工 reads 所有 as "all" (blind16): 现有 after the period
    staff = Figure(name="干部职工", value=526, unit="人", period="截至2025年底")
    assert unit_figures("桐河县环境卫生管理所", [staff]) == (
        "截至2025年底，桐河县环境卫生管理所现有干部职工526人")
    # a 会's 全会 reads as a party plenum
    facts = parse_facts(REPORT.replace('name = "江城县林业局"\nself = "我局"',
                                       'name = "江城县残疾人联合会"\nself = "我会"'))
    assert vocabulary(facts)["whole"] == "全单位"


def test_a_branch_gets_no_paragraph_its_facts_do_not_ask_for() -> None:
    _, project = draft(BRANCH)
    text = "\n".join(s.text for s in project.sections)
    # 党员日常管理 is no genre requirement: a reader struck it as invented (blind15)
    assert "加强党员日常管理" not in text
    assert "做好发展党员工作" in text and "抓好理论学习" in text  # those the genre needs


def test_a_branch_puts_each_task_where_its_title_says_and_states_a_slogan_once() -> None:
    branch = BRANCH + '''
[[slogans]]
text = "落实两项联系制度"
items = ["支委联系党员", "党员联系社区"]

[[tasks]]
title = "加强政治建设"
points = ["每月第一个周五集中学习", "“七一”书记讲专题党课"]

[[tasks]]
title = "推进党建和林业业务融合"
points = ["每月组织党员进林区巡护", "12月4日国家宪法日开展森林法宣传"]

[[tasks]]
title = "落实两项联系制度"
points = ["支委分片联系党员，每季度谈心一次", "党员每月联系一个社区"]
'''
    _, project = draft(branch)
    # 政治建设 is the branch's 思想政治建设; 党建和业务融合 its 中心工作 (the 法 of 森林法
    # is no conduct, blind16)
    # (its lone title, which says the section's again, left out: blind20 readers)
    assert project.section("ideology").text.startswith("一是每月第一个周五集中学习")
    assert "推进党建和林业业务融合" in project.section("activities").text
    # the task named after the slogan arranges each item: the slogan is not listed again
    activities = project.section("activities").text
    assert "支委联系党员" not in activities
    # “七一” in its own quotes is the day
    assert "7月：“七一”书记讲专题党课" in project.section("monthly").text


def test_a_summarys_compound_slogan_leads_its_practices_once() -> None:
    summary = REPORT.replace('kind = "creation_report"', 'kind = "work_summary"').replace(
        '''[[slogans]]
text = "守好三道防线"''', '''[[slogans]]
group = "“两守一促”工作"
text = "推动“一促”"
items = ["促进增绿"]

[[slogans]]
group = "“两守一促”工作"
text = "守好三道防线"''').replace('title = "守好防线，护绿增绿"',
                                    'title = "守好三道防线，护绿增绿"')
    _, project = draft(summary)
    practices = project.section("practices").text
    assert ("2025年，我局围绕“两守一促”工作，推动“一促”（促进增绿），守好“三道防线”，"
            "重点抓了以下几方面工作。") in practices
    # the part a task is named after is explained in that task, and only there
    assert practices.count("森林防火防线") == 1


def test_a_units_history_in_the_notes_is_told_in_written_words() -> None:
    from drafter.kinds.notes import note_goals, note_results, note_sentences
    history = ("我局前身是1956年成立的县林业站，2005年改成现在的名字，现在有四个科室，"
               "1999年机构改革后单独成立，2003年划归市林业局统一管理。"
               "今年的大事是5月搬到新址，年底前还要迎接省里复审。")
    plan = parse_facts(REPORT.replace('kind = "creation_report"', 'kind = "work_plan"').replace(
        'theme = "创建市级文明单位"', f'theme = "创建市级文明单位"\nnotes = "{history}"'))
    said = note_sentences(plan)
    # history clauses are facts (blind17 dropped 划归, 单独成立 and 更名 and kept 现在有)
    for part in ("2005年更为现名", "现设四个科室", "1999年机构改革后单独成立",
                 "2003年划归市林业局统一管理"):
        assert part in said, part
    assert "年底前迎接省级复审" in note_goals(plan)  # the aim, not a word to the writer
    events = ("今年有两件大事：3月服务大厅整体搬进县政务服务中心，设了5个综合窗口；"
              "7月起作为全市试点县之一，开始推灵活就业人员缴存。")
    report = parse_facts(REPORT.replace('theme = "创建市级文明单位"',
                                        f'theme = "创建市级文明单位"\nnotes = "{events}"'))
    results = note_results(report)
    assert "两件大事" not in results
    assert "3月服务大厅整体迁入县政务服务中心，设置5个综合窗口" in results
    assert "开始推行灵活就业人员缴存" in results


def test_figures_going_on_from_the_one_before_say_only_what_they_add() -> None:
    from drafter.facts import Figure
    from drafter.kinds.figures import figures_sentence
    loans = Figure(name="发放个人住房公积金贷款", value=806, unit="笔")
    amount = Figure(name="发放个人住房公积金贷款金额", value=2.41, unit="亿元")
    assert figures_sentence([loans, amount]) == "发放个人住房公积金贷款806笔，金额2.41亿元"
    sites = Figure(name="村级综合服务社", value=168, unit="个")
    villages = Figure(name="全县行政村", value=214, unit="个")
    rate = Figure(name="村级综合服务社覆盖率", value=78.5, unit="%",
                  ratio=("村级综合服务社", "全县行政村"))
    assert figures_sentence([villages, sites, rate]).endswith("村级综合服务社168个，覆盖率78.5%")


def test_the_units_stock_says_what_each_count_is() -> None:
    from drafter.facts import Figure
    from drafter.kinds.figures import unit_figures
    end = "截至2025年底"
    figs = [Figure(name="干部职工", value=34, unit="人", period=end),
            Figure(name="党员", value=19, unit="人", period=end),
            Figure(name="村级防疫员", value=186, unit="人", period=end),
            Figure(name="规模养殖场", value=412, unit="个", period=end),
            Figure(name="旅游厕所", value=17, unit="座", period=end)]
    # the vets of the villages and the farms served are not the centre's staff (blind17)
    assert unit_figures("县动物疫病预防控制中心", figs) == (
        "截至2025年底，县动物疫病预防控制中心现有干部职工34人，党员19人；建有旅游厕所17座；"
        "有村级防疫员186人；服务规模养殖场412个")
    # a first count that is no staff's keeps the plain list
    assert unit_figures("县残联", [Figure(name="持证残疾人", value=8746, unit="人", period=end)]
                        ) == "截至2025年底，县残联现有持证残疾人8746人"


def test_a_plans_slogan_and_target_are_said_with_the_task_they_belong_to() -> None:
    plan = REPORT.replace('kind = "creation_report"', 'kind = "implementation_plan"').replace(
        'title = "守好防线，护绿增绿"', 'title = "守好三道防线"') + '''
[[figures]]
name = "森林防火巡查"
value = 120
unit = "次"
period = "2025年"
status = "planned"
task = "守好三道防线"
'''
    _, project = draft(plan)
    tasks = project.section("measures").text
    # the slogan a task is named after is explained in it, not in a 总体思路 of its own
    # and again in a 对照“守好三道防线”的要求 (blind17)
    assert ("围绕“三道防线”（森林防火防线、林业有害生物防线、野生动物保护防线），"
            "重点做好以下工作：") in tasks
    assert "对照“守好三道防线”" not in tasks
    assert "overall" not in [s.id for s in project.sections]
    # its target is said once (both blind37 readers: 确保全年开展惠民演出52场 twice), in
    # 工作目标 since session 32 (blind46's readers had asked it in its task)
    assert "开展森林防火巡查120次" in project.section("goals").text  # since session 32
    assert "120次" not in tasks


def test_a_time_node_leaves_the_how_to_its_task() -> None:
    from drafter.kinds.schedule import node
    # 同步修订… is how the task does it: the 时间安排 names the node (blind17 readers)
    assert node("5月完成实验室搬迁，同步修订实验室管理制度") == "5月完成实验室搬迁"
    assert node("12月召开组织生活会，开展民主评议党员") == "12月召开组织生活会，开展民主评议党员"


def test_what_the_notes_stress_comes_first_or_is_asked_for() -> None:
    from drafter.kinds.notes import stress_items
    ask = "总结写三千字左右，重点写为农服务、党员带头和林下经济。"
    summary = REPORT.replace('kind = "creation_report"', 'kind = "work_summary"').replace(
        'theme = "创建市级文明单位"', f'theme = "创建市级文明单位"\nnotes = "{ask}"') + '''
[[tasks]]
title = "发展林下经济"
points = ["推广林下种植"]

[[tasks]]
title = "做实为农服务"
points = ["春耕前送技术下乡"]
'''
    facts, project = draft(summary)
    assert stress_items(facts) == ["为农服务", "党员带头", "林下经济"]
    practices = project.section("practices").text
    heads = [line for line in practices.splitlines() if line.startswith("（")]
    # in the order the notes ask for them (blind17), the rest after
    assert heads[0:2] == ["（一）做实为农服务", "（二）发展林下经济"]
    # what no task says is asked for, not passed over
    assert "【待补充：“党员带头”的具体做法和成效】" in practices


def test_the_years_events_in_the_notes_are_told_whole() -> None:
    from drafter.kinds.notes import note_goals, note_results, note_sentences, year_setting
    events = ("县妇联1950年成立，机关现在有办公室、权益部、家庭和儿童工作部三个部室。"
              "今年是北京世妇会召开30周年，3月县里开了纪念大会，表彰了一批三八红旗手。"
              "1到4月中心门店闭店改造，4月23日重新开业，城市书房同一天开放。")
    summary = parse_facts(REPORT.replace('kind = "creation_report"', 'kind = "work_summary"')
                          .replace('theme = "创建市级文明单位"',
                                   f'theme = "创建市级文明单位"\nnotes = "{events}"'))
    # an event of the year is told with its setting and what went on (blind18 lost them)
    assert note_results(summary) == (
        "2025年是北京世妇会召开30周年，3月全县召开了纪念大会，表彰了一批三八红旗手；"
        "1—4月中心门店闭店改造，4月23日重新开业，城市书房同一天开放。")
    assert "内设办公室、权益部、家庭和儿童工作部三个部室" in note_sentences(summary)
    plan_notes = ("我局1984年组建，局里有五个股室，2019年评上市级文明单位，2024年复查通过。"
                  "今年是“十五五”开局之年，下半年全县开始经济责任审计全覆盖。")
    plan = parse_facts(REPORT.replace('kind = "creation_report"', 'kind = "work_plan"').replace(
        'theme = "创建市级文明单位"', f'theme = "创建市级文明单位"\nnotes = "{plan_notes}"') + '''
[[honors]]
year = 2019
title = "市级文明单位"
grantor = "江城市委、市政府"
''')
    # the re-examination is the honour's; the year's own arrangement is its aim, its
    # setting the opening's (a blind23 reader: 这两个要在开头点到)
    assert note_sentences(plan) == ("我局1984年组建，有五个股室，"
                                    "2024年通过市级文明单位复查。")
    assert note_goals(plan) == "下半年全县开始经济责任审计全覆盖。"
    assert year_setting(plan) == "2025年是“十五五”开局之年。"


def test_a_branch_aims_to_be_the_branch_its_slogan_names() -> None:
    branch = BRANCH.replace('theme = "2026年党支部工作"',
                            'theme = "以高质量党建引领林业工作"') + '''
[[slogans]]
text = "创建“四强”党支部"
items = ["政治功能强", "支部班子强", "党员队伍强", "作用发挥强"]
'''
    _, project = draft(branch)
    goals = project.section("goals").text
    # the branch it aims to be is its goal, not an activity (blind18), and a theme worded
    # 以… is no 以以…为主线
    assert "创建“四强”党支部，即政治功能强、支部班子强、党员队伍强、作用发挥强。" in goals
    # the 主线 is the opening's; the goals do not say it again (a blind25 reader), and
    # the 指导思想 ends with the work the theme leads, not a 窗口单位's 为民服务
    opening = project.section("opening").text
    assert "以高质量党建引领林业工作为主线" in opening and "以以" not in opening
    assert "主线" not in goals
    guiding = project.section("guiding").text
    assert guiding.endswith("以高质量党建引领林业工作。") and "为民服务" not in guiding
    assert "四强" not in project.section("activities").text


def test_a_target_for_part_of_the_year_says_which_part() -> None:
    plan = REPORT.replace('kind = "creation_report"', 'kind = "work_plan"') + '''
[[figures]]
name = "街面巡查"
value = 88
unit = "次"
period = "2025年3—12月"
status = "planned"
task = "守好防线，护绿增绿"

[[figures]]
name = "到联系村开展志愿服务"
value = 12
unit = "次"
period = "2025年"
status = "planned"
task = "开展“绿色江城”志愿服务"
'''
    _, project = draft(plan)
    # a plan's targets are its 工作目标's, a task a clause (since session 32)
    goals = project.section("goals").text
    assert "3—12月开展街面巡查88次" in goals  # the months, no 全年
    assert "到联系村开展志愿服务12次" in goals and "开展到" not in goals
    assert "88次" not in project.section("tasks").text


def test_a_plans_slogans_are_its_aims() -> None:
    plan = REPORT.replace('kind = "creation_report"', 'kind = "work_plan"')
    _, project = draft(plan)
    ids = [s.id for s in project.sections]
    # a slogan no task is named after is one of the year's aims, its items tied to the
    # tasks that carry them; no 总体思路 listing it apart (blind17, blind18 readers)
    assert "overall" not in ids
    assert "守好“三道防线”，即森林防火防线、林业有害生物防线、野生动物保护防线" in (
        project.section("goals").text)


def test_a_summarys_sum_still_to_come_is_its_basic_facts() -> None:
    summary = REPORT.replace('kind = "creation_report"', 'kind = "work_summary"') + '''
[[figures]]
name = "全年征收人防工程易地建设费"
todo = "财政对账后的全年征收数"
unit = "万元"
period = "2025年"
'''
    _, project = draft(summary)
    # not a line of its own opening the practices (blind18 readers of both writers)
    assert "易地建设费" in project.section("basics").text
    assert "易地建设费" not in project.section("practices").text


def test_a_branchs_development_points_make_their_own_paragraph() -> None:
    branch = BRANCH.replace('points = ["每月召开一次支委会", "每季度召开一次党员大会"]',
                            'points = ["每月召开一次支委会", "每季度召开一次党员大会", '
                            '"6月做好预备党员转正", "“七一”前开展纪念活动，按期办理预备党员转正"]')
    _, project = draft(branch)
    organization = project.section("organization").text
    # the genre's 发展党员 paragraph holds the branch's own point, which leaves its task;
    # a point mixing it with other work stays where it was (blind18)
    assert ("做好发展党员工作。按照“坚持标准、保证质量、改善结构、慎重发展”的方针，"
            "6月做好预备党员转正。") in organization
    assert organization.count("6月做好预备党员转正") == 1
    assert "“七一”前开展纪念活动，按期办理预备党员转正" in organization


def test_a_branchs_clean_government_points_go_to_its_conduct_section() -> None:
    branch = BRANCH + '''
[[tasks]]
title = "守住监测数据底线"
category = "法治"
points = ["年初签订数据质量承诺书", "每季度开展一次内部审核", "每半年开展一次廉政警示教育"]
'''
    _, project = draft(branch)
    # a 党风廉政 section with no task of its own is not its duty paragraph alone (blind18)
    conduct = project.section("conduct").text
    assert "加强廉洁教育，每半年开展一次廉政警示教育。" in conduct
    assert "廉政警示教育" not in project.section("activities").text


def test_a_summary_tells_its_dated_and_recurring_work_as_done() -> None:
    from drafter.kinds.prose import done
    # after its day, a one-off action is done; the first recurring one is kept up (blind18:
    # a summary that read as a plan)
    assert done("9月18日组织全县防空警报试鸣") == "9月18日组织了全县防空警报试鸣"
    assert done("重阳节走访慰问包联村独居老人") == "重阳节走访慰问了包联村独居老人"
    summary = REPORT.replace('kind = "creation_report"', 'kind = "work_summary"').replace(
        'points = ["森林防火隐患排查", "林业有害生物普查和疫木清理"]',
        'points = ["每周五下午集中学习", "每月巡查一次", "9月18日组织防火演练"]')
    _, project = draft(summary)
    practices = project.section("practices").text
    # the work kept up and the dated work a sentence each (blind20: not one chain)
    assert "坚持每周五下午集中学习，每月巡查一次。9月18日组织了防火演练。" in practices


def test_the_notes_of_blind19_are_told_in_written_words() -> None:
    from drafter.facts import Figure
    from drafter.kinds.figures import figures_sentence, unit_figures
    from drafter.kinds.notes import note_goals, note_results, note_sentences
    from drafter.kinds.prose import honor_clause
    plan_notes = ("我局原来是两个单位，2019年合并成现在的林业局，下面管八个林场，还有县林科所、"
                  "县种苗站两个二级单位。2021年评上市级文明单位，2024年复查保留，"
                  "今年推荐我们申报省级，省里年底来测评，时间按年底测评往前排。")
    plan = parse_facts(REPORT.replace('kind = "creation_report"', 'kind = "work_plan"').replace(
        'theme = "创建市级文明单位"', f'theme = "创建省级文明单位"\nnotes = "{plan_notes}"') + '''
[[honors]]
year = 2024
title = "市级文明单位（复查保留）"
grantor = "江城市文明委"
''')
    said, goals = note_sentences(plan), note_goals(plan)
    assert "我局前身为两个单位，2019年合并组建为林业局，下辖八个林场" in said
    assert "另有县林科所、县种苗站两个二级单位" in said
    assert "年底迎接省级测评" in goals  # not 全省年底来测评
    assert "往前排" not in said + goals and "复查保留" not in said + goals
    # an honour kept at re-examination is no new title
    assert honor_clause("市级文明单位（复查保留）", "江城市文明委") == (
        "通过江城市文明委复查，继续保留“市级文明单位”称号")
    assert honor_clause("市级文明单位（复查合格）", "江城市文明委") == (  # blind38
        "通过江城市文明委复查，继续保留“市级文明单位”称号")
    summary = parse_facts(REPORT.replace('kind = "creation_report"', 'kind = "work_summary"')
                          .replace('theme = "创建市级文明单位"', 'theme = "创建市级文明单位"\n'
                                   'notes = "今年主要的事：6月局机关搬进新办公楼。"'))
    assert note_results(summary) == "6月局机关迁入新办公楼。"
    # a share named after its part says its own word (好评率, not 率)
    good = Figure(name="好评", value=214105, unit="件")
    total = Figure(name="评价总数", value=214360, unit="件")
    rate = Figure(name="好评率", value=99.9, unit="%", ratio=("好评", "评价总数"))
    assert figures_sentence([total, good, rate]).endswith("好评214105件，好评率99.9%")
    towns = Figure(name="全县乡镇（街道）", value=15, unit="个")
    assert "现有全县" not in unit_figures("县就业中心", [towns])


def test_what_the_blind19_reader_struck_as_noise_or_misplaced() -> None:
    # a report asks no task for its results (the summary does): noise to an inspector
    _, report = draft(REPORT)
    assert "取得的成效（" not in report.section("practices").text
    # nor does a summary the notes ask short, nor one of its 职业道德 (both blind32 readers)
    summary = REPORT.replace('kind = "creation_report"', 'kind = "work_summary"').replace(
        'date = "2025-11-18"', 'date = "2026-01-09"')
    # … asked only of the work the notes stress (blind38 and both blind39 readers: a
    # marker after every other practice reads as a gap the draft made)
    _, plain_summary = draft(summary)
    assert "取得的成效（" not in plain_summary.section("practices").text
    _, asked = draft(summary.replace('theme = "创建市级文明单位"',
                                     'theme = "创建市级文明单位"\nnotes = "志愿服务要写足。"'))
    assert "志愿服务取得的成效（" in asked.section("practices").text
    _, short = draft(summary.replace('theme = "创建市级文明单位"',
                                     'theme = "创建市级文明单位"\nnotes = "短点，一千五以内。"'))
    assert "取得的成效（" not in short.section("practices").text
    # … and what it asks fits the work (a blind35 reader: no 群众评价 of a factory's grounds)
    assert _results_asked("改善厂区环境") == "投入、完成的项目和面积等"
    assert _results_asked("加强医德医风建设").startswith("制度落实")
    assert _results_asked("开展送医下乡志愿服务") == "服务人次、群众评价等"
    assert _results_asked("推进智慧仓储") == "完成数量等"
    # a “三心” item worded 诚心帮办 names how, not work to arrange
    plan = BRANCH.replace('kind = "party_branch_plan"', 'kind = "work_plan"') + '''
[[slogans]]
text = "践行“三心”服务"
items = ["热心接待", "耐心解答", "诚心帮办"]
'''
    _, project = draft(plan)
    assert "的具体措施】" not in "\n".join(s.text for s in project.sections)
    # a branch's task on the unit's 法治 work is its 中心工作, not its 作风
    branch = BRANCH + '''
[[tasks]]
title = "推进信访工作法治化"
category = "法治"
points = ["依法分类处理信访事项", "律师每周坐班接访"]
'''
    _, project = draft(branch)
    assert "推进信访工作法治化" in project.section("activities").text


def test_a_branchs_lecture_and_membership_timeline_go_where_the_genre_puts_them() -> None:
    branch = BRANCH.replace('title = "严格组织生活"', 'title = "落实“三会一课”制度"').replace(
        'points = ["每月召开一次支委会", "每季度召开一次党员大会"]',
        'points = ["每月召开一次支委会", "每季度召开一次党员大会", '
        '"按程序发展党员，做好入党积极分子培养考察"]') + '''
[[tasks]]
title = "加强政治理论学习"
points = ["每月第一个周三集中学习", "3月学习全国两会精神", "支部书记全年至少讲一次专题党课"]

[[figures]]
name = "预备党员"
value = 1
unit = "名"

[[figures]]
name = "发展党员"
value = 1
unit = "名"
status = "planned"
task = "落实“三会一课”制度"

[[phases]]
name = "6月"
work = ["确定发展对象，开展政治审查"]

[[phases]]
name = "11月"
work = ["按程序讨论接收预备党员"]
'''
    _, project = draft(branch)
    organization = project.section("organization").text
    # the 一课 is said with the three meetings, not in 理论学习 (blind19 readers of both
    # writers); the 发展党员 paragraph holds its months, and says the 预备党员's 转正 as
    # the branch's duty, which nothing else says (blind19: 写得太虚, 该问而没有问; both
    # blind48 readers struck the marker that had asked for it)
    assert "三是支部书记全年至少讲一次专题党课" in organization
    assert "党课" not in project.section("ideology").text
    assert ("一是按程序发展党员，做好入党积极分子培养考察；二是6月确定发展对象，开展政治审查；"
            "三是11月按程序讨论接收预备党员。"
            "加强对1名预备党员的教育考察，符合条件的按期办理转正手续。") in organization
    # its target is said once (a blind37 reader: 发展党员1名 three times), in 工作目标
    assert "发展党员1名" in project.section("goals").text  # since session 32, once
    assert "发展党员1名" not in organization


def test_a_reports_older_honours_are_where_the_unit_starts_from() -> None:
    report = REPORT + '''
[[honors]]
year = 2022
title = "市级青年文明号"
grantor = "共青团江城市委员会"

[[honors]]
year = 2023
title = "县级文明单位"
grantor = "江城县文明委"
'''
    _, project = draft(report.replace('date = "2025-11-18"', 'date = "2025-04-18"'))
    basics = project.section("overview").text
    # an honour of the report's year or (early in it) the one before is 创建成效; an older
    # one is no result of this year's work (both blind19 readers), and the old ones go by
    # year
    assert "2022年被共青团江城市委员会授予“市级青年文明号”称号，2023年" in basics
    assert "综合考核中获第一名" in project.section("results").text
    assert "青年文明号" not in project.section("results").text


def test_a_time_node_is_its_work_not_the_tasks_sentence() -> None:
    from drafter.kinds.schedule import calendar, node
    # the clause naming the work is the node; what goes on about it is the task's, but a
    # clause with a verb of its own is more work, and a routine within a span stays
    # (blind19 readers of both writers: 时间安排整段照抄)
    assert node("1—2月开展“就业援助月”，上门走访就业困难人员") == "1—2月开展“就业援助月”"
    assert node("春节前在汽车站设立服务点，登记务工意愿") == "春节前在汽车站设立服务点"
    assert node("10月结合纪念长征胜利90周年，组织参观纪念馆") == (
        "10月结合纪念长征胜利90周年，组织参观纪念馆")
    assert node("12月召开组织生活会，开展民主评议党员") == "12月召开组织生活会，开展民主评议党员"
    # a point whose later times say not what (全部建成) is one node, whole (a blind19
    # reader: 11月底前全部建成 without a subject)
    facts = parse_facts(BRANCH.replace('kind = "party_branch_plan"', 'kind = "work_plan"')
                        + '''
[[tasks]]
title = "建强服务阵地"
points = ["3月完成选址，6月底前建成4个服务站，11月底前全部建成", "9月开展招聘月"]
''')
    quarters = calendar(facts.tasks[-1:]).quarters
    assert quarters[0] == ("第一季度（1—3月）",
                           ["3月完成选址，6月底前建成4个服务站，11月底前全部建成"])
    assert "全部建成" not in str(quarters[1:])


def test_a_work_plans_guarantees_have_funds_and_assessment() -> None:
    plan = REPORT.replace('kind = "creation_report"', 'kind = "work_plan"').replace(
        'date = "2025-11-18"', 'date = "2025-01-18"')
    _, project = draft(plan)
    guarantee = project.section("guarantee").text
    # the genre's 经费 and 考核 (blind18, blind19 readers of both writers), as the plain
    # commitment when the facts give none: no marker
    assert "落实经费保障。各项工作所需经费纳入年度预算统筹安排" in guarantee
    assert "强化督促考核" in guarantee and "年度考核" in guarantee
    assert "待补充" not in guarantee


def test_a_summarys_count_completes_the_point_that_names_it() -> None:
    from drafter.kinds.prose import done
    # 了 after the second verb of a serial action (a blind19 reader: 评选了表彰, 组织了收看)
    assert done("评选表彰“最美地铁人”") == "评选表彰了“最美地铁人”"
    assert done("9月3日组织收看纪念大会") == "9月3日组织收看了纪念大会"
    assert done("清明节组织青年员工祭扫") == "清明节组织了青年员工祭扫"
    summary = REPORT.replace('kind = "creation_report"', 'kind = "work_summary"').replace(
        'points = ["组织干部职工义务植树", "进校园讲解森林防火知识"]',
        'points = ["在林区设立党员先锋岗，党员亮身份", "新建护林站，配备巡护车辆"]') + '''
[[figures]]
name = "设立党员先锋岗"
value = 12
unit = "个"
task = "开展“绿色江城”志愿服务"

[[figures]]
name = "护林站"
value = 30
unit = "个"
task = "开展“绿色江城”志愿服务"
'''
    _, project = draft(summary)
    practices = project.section("practices").text
    # the count goes after the action it counts, not in a sentence repeating it (blind19);
    # a stock named after another verb (新建护林站) is no count of that action
    assert "在林区设立党员先锋岗12个，党员亮身份" in practices
    assert practices.count("党员先锋岗") == 1
    assert "新建了护林站30个" not in practices and "新建护林站30个" not in practices


def test_a_basic_facts_paragraph_opens_with_the_units_history() -> None:
    history = 'notes = "我局1993年成立，2019年合并组建为现在的林业局。"'
    summary = REPORT.replace('kind = "creation_report"', 'kind = "work_summary"').replace(
        'theme = "创建市级文明单位"', f'theme = "创建市级文明单位"\n{history}') + '''
[[figures]]
name = "干部职工"
value = 86
unit = "人"
period = "2025年底"
'''
    _, project = draft(summary)
    # the genre's 基本情况 says where the unit comes from, then what it has (a blind19
    # reader: 分公司2019年组建 tacked on after the figures)
    assert project.section("basics").text.startswith(
        "我局1993年成立，2019年合并组建为现在的林业局。截至2025年底")


def test_the_notes_of_blind20_are_told_in_written_words() -> None:
    from drafter.kinds.notes import note_goals, note_results, note_sentences, unit_history
    plan_notes = ("中心是2019年由三家单位整合成立的，公益一类事业单位。现在在编52人，编外聘用20人。"
                  "今年打算申报市级。下半年全县要开展县乡两级人大换届选举，机关任务很重。"
                  "我们是成人学校，没有中小学生，不要写“学生”。")
    plan = parse_facts(REPORT.replace('kind = "creation_report"', 'kind = "work_plan"').replace(
        'theme = "创建市级文明单位"', f'theme = "精神文明建设"\nnotes = "{plan_notes}"'))
    said, goals = note_sentences(plan), note_goals(plan)
    # an aim with 打算 or 要 is an aim, completed when it names only a level (blind20: 申报
    # 市级 was lost, 换届选举 too); what not to write takes its sentence with it
    assert "申报市级文明单位" in goals and "下半年全县开展县乡两级人大换届选举" in goals
    assert "公益一类事业单位" in unit_history(plan) and "现有在编52人" in said
    assert "成人学校" not in said + goals
    summary_notes = ("我们局前身是1979年建的县精神病防治院，2023年搬到城北滨河路新院区，"
                     "现在是二级精神专科医院。今年主要干了这几件事：一是“暖心守护”服务品牌，"
                     "二是社区患者随访管理，三是6月份市里来复查文明单位。"
                     "心理援助热线是去年10月开通的，24小时有人接，这个可以提一句。"
                     "集团2021年国企改革时把县交投、县文旅投并进来。")
    summary = parse_facts(REPORT.replace('kind = "creation_report"', 'kind = "work_summary"')
                          .replace('theme = "创建市级文明单位"',
                                   f'theme = "精神文明建设"\nnotes = "{summary_notes}"'))
    history = unit_history(summary)
    assert "1979年建立的县精神病防治院，2023年迁入城北滨河路新院区，现为二级精神专科医院" in history
    assert "将县交投、县文旅投并入" in history
    assert "心理援助热线于2024年10月开通，实行24小时接听" in note_sentences(summary)
    # a list's items are each a statement or nothing: no “四是…” and no topic names
    assert note_results(summary) == "6月份迎接市级复查文明单位。"


def test_what_the_notes_ask_of_a_plans_layout_is_done() -> None:
    notes = 'notes = "月度安排不用单列，按季度写几句。"'
    branch = BRANCH.replace('theme = "2026年党支部工作"', f'theme = "2026年党支部工作"\n{notes}')
    branch += '''
[[tasks]]
title = "服务换届选举"
points = ["3月学习全国两会精神", "下半年组建换届选举党员先锋队", "9月起深入乡镇宣传选举法",
          "12月4日国家宪法日组织宪法宣誓"]
'''
    _, project = draft(branch)
    monthly = project.section("monthly").text
    # by quarter as the notes ask; 下半年 work starts in July; 9月起 keeps its month
    # (blind20: twelve months listed, 下半年 in December, “9月：起深入…”)
    # (each quarter its 党员大会 first, blind53; the monthly work said once, in the routine
    # line above the quarters: 按月开展主题党日活动 in three quarters read as one line
    # repeated to blind57's readers)
    assert ("第三季度（7—9月）：召开本季度党员大会；下半年组建换届选举党员"
            "先锋队；9月起深入乡镇宣传选举法") in monthly
    assert monthly.startswith("全年常态化工作：")
    assert "12月：" not in monthly
    # … said in speech (a blind36 interview: 月份也别一个月一个月地排…一个季度写一段就行)
    spoken = branch.replace("月度安排不用单列，按季度写几句。",
                            "月份也别一个月一个月地排，太碎，一个季度写一段就行。")
    _, project = draft(spoken)
    assert "第三季度（7—9月）：" in project.section("monthly").text
    plan = REPORT.replace('kind = "creation_report"', 'kind = "work_plan"').replace(
        'date = "2025-11-18"', 'date = "2025-01-18"').replace(
        'theme = "创建市级文明单位"',
        'theme = "创建市级文明单位"\nnotes = "措施就按我列的这几条写，别再自己加别的。"')
    _, project = draft(plan)
    # no 经费 line the facts do not give when the notes ask for theirs alone (blind20)
    assert "经费" not in project.section("guarantee").text


def test_a_bureaus_villages_are_its_countys() -> None:
    from drafter.facts import Figure
    from drafter.kinds.figures import unit_figures
    staff = Figure(name="干部职工", value=146, unit="人", period="2026年底")
    villages = Figure(name="行政村", value=186, unit="个")
    stations = Figure(name="基层农技推广区域站", value=6, unit="个")
    text = unit_figures("桐垣县农业农村局", [staff, villages, stations])
    # the places of its area are the county's, not 我局现有 (blind20)
    assert text.endswith("现有基层农技推广区域站6个；全县有行政村186个")
    dated = Figure(name="行政村", value=186, unit="个", period="2026年底")
    assert "全县有行政村186个" in unit_figures("桐垣县农业农村局", [staff, dated])


def test_a_slogan_a_point_names_is_explained_in_that_task() -> None:
    plan = REPORT.replace('kind = "creation_report"', 'kind = "work_plan"').replace(
        'date = "2025-11-18"', 'date = "2025-01-18"') + '''
[[slogans]]
text = "践行“田间四问”工作法"
items = ["问苗情", "问农需", "问难题", "问建议"]

[[tasks]]
title = "推行包村联户服务"
points = ["干部包联行政村，践行“田间四问”工作法", "每季度走访一次"]
'''
    _, project = draft(plan)
    # not in 工作目标 and again in the task whose point names it (blind20 readers)
    assert "田间四问" not in project.section("goals").text
    # … in brackets in the point naming it, not a sentence before that point saying it
    # again (a blind22 reader: X即……。一是X)
    assert "一是干部包联行政村，践行“田间四问”工作法（问苗情、问农需、问难题、问建议）；" in (
        project.section("tasks").text)


def test_a_branchs_counts_say_what_is_part_of_what() -> None:
    from drafter.facts import Figure
    from drafter.kinds.figures import figures_sentence, unit_figures
    members = Figure(name="党员", value=29, unit="名")
    probation = Figure(name="预备党员", value=1, unit="名")
    # a kind of the one before is part of it (a blind20 reader read 党员29名，预备党员1名
    # as thirty), and an organ's staff are its 机关's, not its committee's
    assert figures_sentence([members, probation]) == "党员29名（其中预备党员1名）"
    staff = Figure(name="干部职工", value=38, unit="人")
    assert unit_figures("中共雩塘县人大常委会机关支部委员会", [staff, members]).startswith(
        "雩塘县人大常委会机关现有干部职工38人")


def test_a_part_said_after_its_whole_is_its_qizhong_and_a_years_work_is_the_units() -> None:
    from drafter.facts import Figure
    from drafter.kinds.figures import figures_sentence, unit_figures
    # blind44's reader: 机关党员5人，占机关工作人员的83.3%，个人会员368人… read as one list;
    # the part after its whole is 其中…, its share 占…, and the next whole after a ；
    staff = Figure(name="机关工作人员", value=6, unit="人")
    party = Figure(name="机关党员", value=5, unit="人")
    share = Figure(name="机关党员占比", ratio=("机关党员", "机关工作人员"), unit="%", value=83.3)
    members = Figure(name="个人会员", value=368, unit="人")
    assert figures_sentence([staff, party, share, members]) == (
        "机关工作人员6人，其中机关党员5人，占83.3%；个人会员368人")
    # a rate keeps the words its part does not say (一次通过率 stays whole)
    sat = Figure(name="参加考试学员", value=2196, unit="人")
    passed = Figure(name="一次通过学员", value=2041, unit="人")
    rate = Figure(name="科目二一次通过率", ratio=("一次通过学员", "参加考试学员"), unit="%",
                  value=92.9)
    assert figures_sentence([sat, passed, rate]).endswith(
        "一次通过学员2041人，科目二一次通过率92.9%")
    villages = Figure(name="全县行政村", value=136, unit="个")
    with_hall = Figure(name="建有讲堂的行政村", value=118, unit="个")
    cover = Figure(name="讲堂覆盖率", ratio=("建有讲堂的行政村", "全县行政村"), unit="%",
                   value=86.8)
    talks = Figure(name="举办法治讲座", value=52, unit="场", period="2026年")
    text = unit_figures("", [staff, villages, with_hall, cover, talks], "我会")
    assert "全县行政村136个，其中建有讲堂的行政村118个，覆盖率86.8%" in text
    assert text.endswith("。2026年，我会举办法治讲座52场")  # the year's work: a sentence of its own


def test_the_notes_of_blind21_are_told_in_written_words() -> None:
    from drafter.kinds.notes import note_goals, note_sentences, stress_items, unit_history
    plan_notes = ("跟你说下情况：我院1962年建院，褚氏正骨2015年进了市级非物质文化遗产名录，"
                  "这是我们的招牌，传承这块一定要写足。2024年复查保留，今年目标就一个：年底通过"
                  "省级文明单位测评。支部两个党小组：机关党小组、活动中心党小组，组长分别是"
                  "钟一鸣和邹卫红。所以“五必访”和活动中心这两个阵地是重点，一定要写足。"
                  "今年是“十五五”开局之年，计划开头带一下。")
    plan = parse_facts(REPORT.replace('kind = "creation_report"', 'kind = "work_plan"').replace(
        'theme = "创建市级文明单位"', f'theme = "精神文明建设"\nnotes = "{plan_notes}"'))
    said, goals = note_sentences(plan), note_goals(plan)
    # a label before what the writer says is the writer's (跟你说下情况：, 今年目标就一个：);
    # so are 带一下, 是重点, 招牌, and 分别 is no 别 (blind21: each leaked into a draft)
    assert unit_history(plan).startswith("我院1962年建院")
    assert "跟你说" not in said + goals and "带一下" not in said + goals
    assert "褚氏正骨2015年列入市级非物质文化遗产名录" in unit_history(plan)
    assert "年底通过省级文明单位测评" in goals
    assert "组长分别是钟一鸣和邹卫红" in said and "是重点" not in said
    assert stress_items(plan) == ["传承", "五必访", "活动中心"]
    summary_notes = ("我们公司前身是澄阳县石油公司，1956年就有了，"
                     "2000年上划中石化以后才叫现在这个名字。今年最拿得出手的是送戏下乡和戏曲进校园，这两块多写。"
                     "（给写稿的：这次多写具体做了什么，少喊口号。）")
    summary = parse_facts(REPORT.replace('kind = "creation_report"', 'kind = "work_summary"')
                          .replace('theme = "创建市级文明单位"',
                                   f'theme = "精神文明建设"\nnotes = "{summary_notes}"'))
    assert "始建于1956年，2000年上划中石化后更为现名" in unit_history(summary)
    assert "拿得出手" not in note_sentences(summary)
    assert stress_items(summary) == ["送戏下乡", "戏曲进校园"]  # not 这次


def test_a_compound_group_a_task_is_named_after_is_explained_there_alone() -> None:
    plan = REPORT.replace('kind = "creation_report"', 'kind = "work_plan"').replace(
        'date = "2025-11-18"', 'date = "2025-01-18"').replace('''[[slogans]]
text = "守好三道防线"''', '''[[slogans]]
group = "“三精五心”服务品牌"
text = "坚持“三精”"
items = ["精湛医术", "精细护理", "精心管理"]

[[slogans]]
group = "“三精五心”服务品牌"
text = "做到“五心”"
items = ["接诊热心", "诊疗细心", "解释耐心", "护理用心", "回访真心"]

[[slogans]]
text = "守好三道防线"''') + '''
[[tasks]]
title = "深化“三精五心”服务品牌"
points = ["门诊设“一站式”服务中心", "出院患者7日内电话回访"]
'''
    _, project = draft(plan)
    # no 总体思路 saying it a third time (a blind21 reader): the task explains its parts
    assert "overall" not in [s.id for s in project.sections]
    tasks = project.section("tasks").text
    assert "坚持“三精”（精湛医术、精细护理、精心管理），做到“五心”（" in tasks


def test_two_dated_days_of_one_point_are_two_nodes() -> None:
    from drafter.kinds.schedule import months_named
    # 5月12日国际护士节、8月19日中国医师节开展…: May's and August's (a blind21 reader
    # found 医师节 in the second quarter)
    assert months_named("5月12日国际护士节、8月19日中国医师节开展服务技能比武") == {5, 8}


def test_every_task_of_a_plan_says_its_timing_once_one_does() -> None:
    plan = REPORT.replace('kind = "creation_report"', 'kind = "work_plan"').replace(
        'date = "2025-11-18"', 'date = "2025-01-18"').replace(
        'title = "守好防线，护绿增绿"', 'title = "守好防线，护绿增绿"\nwhen = "3—11月"').replace(
        'title = "开展“绿色江城”志愿服务"', 'title = "开展“绿色江城”志愿服务"\nwhen = "每月"')
    tasks = """
[[tasks]]
title = "纪念植树节"
points = ["3月12日植树节组织义务植树"]

[[tasks]]
title = "加强理论学习"
points = ["集中学习", "专题研讨"]
"""
    _, project = draft(plan + tasks)
    text = project.section("tasks").text
    # 时间安排 on some tasks and not others read uneven (blind20, blind21 readers): 全年
    # for an undated task when half the tasks are timed; a task whose every point names
    # its month needs none
    assert "时间安排：3—11月。" in text and "时间安排：全年。" in text
    assert text.count("时间安排") == 3
    # … but when few are, 全年 on every other task reads mechanical (blind22, blind23)
    _, few = draft(REPORT.replace('kind = "creation_report"', 'kind = "work_plan"').replace(
        'date = "2025-11-18"', 'date = "2025-01-18"').replace(
        'title = "守好防线，护绿增绿"', 'title = "守好防线，护绿增绿"\nwhen = "3—11月"') + tasks)
    assert "全年" not in few.section("tasks").text


def test_the_notes_of_blind22_are_told_in_written_words() -> None:
    from drafter.kinds.notes import forbidden, note_goals, note_sentences, stress_items
    plan_notes = ("原县机关事务管理局和县政府接待办合并成中心。接待的事不写，一个字都别写。"
                  "总体思路就是“1+3+5”，一个目标、三个品牌、五项举措。"
                  "现在主要是三块，正好对上“三个中心”。时间安排按季度写，我把四个季度列在表里了。"
                  "院长说了，明年要冲市级文明单位复查优秀。"
                  "要突出的：儿童康复和家庭康复上门这两块，有温度的东西多写点。")
    plan = parse_facts(REPORT.replace('kind = "creation_report"', 'kind = "work_plan"').replace(
        'year = 2025\ndate = "2025-11-18"', 'year = 2027\ndate = "2026-12-28"').replace(
        'theme = "创建市级文明单位"', f'theme = "精神文明建设"\nnotes = "{plan_notes}"'))
    said, goals = note_sentences(plan), note_goals(plan)
    # a topic the notes forbid takes its sentences with it; a slogan's outline, 正好对上…
    # and 我把…列在表里了 are the writer's; 明年 in a plan written the December before is
    # its own year (blind22: 接待办, 2028年 and 我把四个季度列在表里了 in the drafts)
    assert forbidden(plan) == ("接待",)
    assert "接待" not in said + goals and "一个目标" not in said
    assert "对上" not in said and "列在表里" not in said
    assert "2027年争创市级文明单位复查优秀" in goals
    assert stress_items(plan) == ["儿童康复", "家庭康复上门"]
    summary_notes = ("背景：陵园是1957年建的，2023年做过一次提升改造。重点写两件事：一个是讲解，"
                     "一个是为烈士寻亲。7月中旬那场大雨，村村响一直在喊，县防指后来专门表扬过，"
                     "这段写实一点，多写两句夜里值守的事。")
    summary = parse_facts(REPORT.replace('theme = "创建市级文明单位"',
                                         f'theme = "创建市级文明单位"\nnotes = "{summary_notes}"'))
    assert "始建于1957年" in note_sentences(summary)
    assert stress_items(summary)[:2] == ["讲解", "为烈士寻亲"]
    assert "夜里值守" in stress_items(summary)


def test_a_themes_ji_is_a_titles_word() -> None:
    summary = REPORT.replace('kind = "creation_report"', 'kind = "work_summary"').replace(
        'theme = "创建市级文明单位"', 'theme = "精神文明建设暨创建市级文明单位"')
    _, project = draft(summary)
    # 紧紧围绕精神文明建设和创建…, not 暨 inside the sentence (a blind22 reader)
    assert "扎实推进精神文明建设和创建市级文明单位工作" in project.section("opening").text


def test_a_summary_asks_no_marker_for_work_to_be_written_at_length() -> None:
    notes = 'notes = "春运那一块一定要写足，多写两句夜里值守的事。"'
    summary = REPORT.replace('kind = "creation_report"', 'kind = "work_summary"').replace(
        'theme = "创建市级文明单位"', f'theme = "创建市级文明单位"\n{notes}') + '''
[[tasks]]
title = "春运暖心服务"
points = ["春运期间设立暖心服务点", "夜里安排专人值守"]
'''
    _, project = draft(summary)
    practices = project.section("practices").text
    # the facts give the points, written as they are: blind21 and blind22 readers had
    # asked a marker for what happened, blind41 and blind42 readers of both writers struck
    # it as the draft not finished (这等于把书记的要求原样转成了标记)
    assert "夜里安排专人值守" in practices and "具体经过" not in practices


def test_the_notes_of_blind22_give_their_sentences_a_subject() -> None:
    from drafter.kinds.notes import note_sentences, unit_history
    notes = ("1972年建院，原来是县第二人民医院。“三个老有”是我们的办学目标。"
             "2014年全省一张网整合过来。")
    plan = parse_facts(REPORT.replace('kind = "creation_report"', 'kind = "work_summary"')
                       .replace('theme = "创建市级文明单位"',
                                f'theme = "创建市级文明单位"\nnotes = "{notes}"'))
    # a history opening with its year has the unit as subject; 我们的 is the unit's
    assert unit_history(plan).startswith("我局1972年建院，前身为县第二人民医院")
    assert "是我局的办学目标" in note_sentences(plan)
    assert "完成整合" in unit_history(plan)


def test_the_notes_of_blind23_are_told_in_written_words() -> None:
    from drafter.kinds.notes import note_goals, note_sentences, stress_items, unit_history
    notes = ("跟你说下情况：我们学校是1978年建的，现在是全县唯一一所体校。"
             "四、2027年的目标就是创成省级文明单位。三张名片在措施里各自带出来就行。"
             "书记让我跟你说：福安社区是全县最大的易地扶贫搬迁集中安置点。"
             "统一叫居民或者搬迁群众。四普那段多写两句。")
    plan = parse_facts(REPORT.replace('kind = "creation_report"', 'kind = "work_plan"').replace(
        'self = "我局"', 'self = "我校"').replace(
        'theme = "创建市级文明单位"', f'theme = "创建省级文明单位"\nnotes = "{notes}"'))
    said, goals = note_sentences(plan), note_goals(plan)
    # no 我校学校, no 四、, no words to the writer (blind23: three drafts leaked them)
    assert unit_history(plan).startswith("我校始建于1978年")
    # (创成省级文明单位 in a plan to 创建省级文明单位: the theme says it, not the goals)
    assert "四、" not in goals and "创成省级文明单位" not in goals
    assert "带出来" not in said and "让我跟你说" not in said and "统一叫" not in said
    assert "福安社区是全县最大的易地扶贫搬迁集中安置点" in said
    assert stress_items(plan) == ["四普"]


def test_an_adults_school_has_no_pupils_mission() -> None:
    summary = REPORT.replace('kind = "creation_report"', 'kind = "work_summary"').replace(
        'name = "江城县林业局"\nself = "我局"\ntype = "机关"',
        'name = "江城县老年大学"\nself = "我校"\ntype = "学校"\nserved = "学员"')
    _, project = draft(summary)
    opening = project.section("opening").text
    # a blind22 reader: 立德树人 in a 老年大学's summary is the 中小学味 its notes warned of;
    # one formulation opens it, no stack (blind63's readers)
    assert "立德树人" not in opening and "正确领导" not in opening
    assert opening.startswith("2025年，我校坚持以习近平新时代中国特色社会主义思想为指导，")


def test_a_slogan_the_notes_put_first_leads_the_tasks() -> None:
    notes = 'notes = "“守好三道防线”放在最前面说，后面的内容按这三道防线展开。"'
    summary = REPORT.replace('kind = "creation_report"', 'kind = "work_summary"').replace(
        'theme = "创建市级文明单位"', f'theme = "创建市级文明单位"\n{notes}').replace(
        '''[[tasks]]
title = "守好防线，护绿增绿"''', '''[[tasks]]
title = "加强理论学习"
points = ["每月集中学习一次"]

[[tasks]]
title = "守好防线，护绿增绿"''')
    _, project = draft(summary)
    practices = project.section("practices").text
    # the tasks carrying its items come first (a blind23 reader: not organised as asked)
    assert practices.index("守好防线，护绿增绿") < practices.index("加强理论学习")


def test_a_focus_slogan_is_not_circled_round() -> None:
    summary = REPORT.replace('kind = "creation_report"', 'kind = "work_summary"').replace(
        '''[[slogans]]
text = "守好三道防线"
items = ["森林防火防线", "林业有害生物防线", "野生动物保护防线"]''', '''[[slogans]]
text = "聚焦两个重点"
items = ["森林防火", "林业有害生物防治"]''')
    _, project = draft(summary)
    practices = project.section("practices").text
    # 我局聚焦两个重点（…）, 落实“聚焦两个重点”中…: not 围绕聚焦… (a blind23 reader)
    assert "围绕聚焦" not in practices and "围绕“聚焦" not in practices
    assert "我局聚焦“两个重点”（森林防火、林业有害生物防治）" in practices


def test_a_slogan_that_is_a_bare_name_is_quoted_and_given_its_verb() -> None:
    # blind39's built-in reader: 三必访，即…; 三个零，即… as a goal; 四比四争（…） pasted
    # into 指导思想 with no verb; 围绕三美（…）: none quoted
    from drafter.kinds.prose import named, with_verb
    assert with_verb("三个零") == "实现“三个零”" and with_verb("四比四争") == "开展“四比四争”"
    assert with_verb("三个一流") == "争创“三个一流”" and with_verb("三美") == "践行“三美”"
    assert with_verb("三必访") == "落实“三必访”" and named("三美") == "“三美”"
    # a slogan with its verb has its counted name quoted (践行“三个始终”: blind58's
    # readers of both writers); one quoted already as written
    assert with_verb("推行四项便民措施") == "推行“四项便民措施”"
    assert named("践行三个始终") == "践行“三个始终”"
    assert named("建设一支高素质队伍") == "建设一支高素质队伍"
    assert named("坚守“三条红线”") == "坚守“三条红线”"
    plan = REPORT.replace('kind = "creation_report"', 'kind = "work_plan"').replace(
        'text = "守好三道防线"', 'text = "三道防线"')
    _, project = draft(plan)
    assert "“三道防线”" in "\n".join(s.text for s in project.sections)


def test_pieces_with_their_own_times_are_dated_apart() -> None:
    from drafter.facts import Task
    from drafter.kinds.schedule import calendar
    task = Task(title="关爱职工", points=(
        "夏季送清凉、冬季送温暖",  # two pieces of work (blind41: both in 第三季度)
        "4月15日全民国家安全教育日、12月4日国家宪法日开展普法宣传"))  # one work, two days
    quarters = dict(calendar([task]).quarters)
    assert quarters["第三季度（7—9月）"] == ["夏季送清凉"]
    assert quarters["第二季度（4—6月）"] == ["4月15日全民国家安全教育日开展普法宣传"]
    assert quarters["第四季度（10—12月）"] == ["12月4日国家宪法日开展普法宣传", "冬季送温暖"]
    # 春节和中秋、国庆前: three times of one work, never 春节 alone as a month's work (a
    # blind17 branch's 2月：春节；…)
    task = Task(title="守好廉洁关口", points=("春节和中秋、国庆前发送廉洁过节提醒",))
    quarters = dict(calendar([task]).quarters)
    assert quarters["第一季度（1—3月）"] == ["春节前发送廉洁过节提醒"]
    assert quarters["第三季度（7—9月）"] == ["中秋前、国庆前发送廉洁过节提醒"]


def test_a_summary_whose_theme_names_its_year_says_the_year_once() -> None:
    # 2025年，我校落实…，扎实推进2025年精神文明建设和学校工作 (blind68's readers)
    _, project = draft(SUMMARY.replace('theme = "文明园所创建"',
                                       'theme = "2025年文明园所创建工作"'))
    opening = "\n".join(s.text for s in project.sections)
    assert "扎实推进文明园所创建工作" in opening and "推进2025年" not in opening


def test_a_plans_targets_are_its_goals_unless_the_notes_keep_them_in_their_tasks() -> None:
    # session 32: 工作目标 without the plan's targets read as template text (21 of 60 LLM
    # and 24 of 60 built-in drafts of blind65–74); a leader may still keep them apart
    plan = REPORT.replace('kind = "creation_report"', 'kind = "work_plan"') + '''
[[figures]]
name = "森林防火巡查"
value = 120
unit = "次"
period = "2025年"
status = "planned"
task = "守好防线，护绿增绿"
'''
    _, gathered = draft(plan)
    assert "开展森林防火巡查120次" in gathered.section("goals").text
    assert "文明素质" not in gathered.section("goals").text  # no stock clause beside them
    kept = plan.replace('theme = "创建市级文明单位"',
                        'theme = "创建市级文明单位"\nnotes = "目标写进各项任务里。"')
    _, apart = draft(kept)
    assert "120次" not in apart.section("goals").text
    assert "120次" in apart.section("tasks").text


def test_an_implementation_plans_own_guarantees_need_no_stock_responsibility_item() -> None:
    # session 32: 压实工作责任…第一责任人 struck as boilerplate after the facts' 经费 and 考核
    plan = REPORT.replace('kind = "creation_report"', 'kind = "implementation_plan"')
    _, bare = draft(plan)
    assert "压实工作责任" in bare.section("safeguards").text
    _, given = draft(plan + '''
[guarantees]
funding = ["创建经费纳入年度预算"]
assessment = ["创建任务纳入年度考核"]
''')
    text = given.section("safeguards").text
    assert "创建经费纳入年度预算" in text and "压实工作责任" not in text
