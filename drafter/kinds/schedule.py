"""A plan's year in time, read from its own points: the recurring work they name, monthly
or rarer (每月评选“服务之星”, 每季度召开一次讲评会), and the dated work (3月开展…, 春节前…,
全国土地日…) by quarter or by month. It is the 时间安排 of a 工作计划 and the 全年工作安排 of
a 党支部工作计划 whose facts give no phases, and the 常态化工作 line above the phases where
they do (readers of blind13:
a 时间安排 that copies each point under the first festival it names, out of calendar order,
with no word of the monthly and quarterly work, is rewritten from scratch)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from drafter.facts import Task

_DAYS: dict[str, int] = {
    "元旦": 1, "年初": 1, "寒假": 1, "春运": 1, "春节": 2, "元宵": 2, "正月": 2,
    "学雷锋": 3, "植树": 3, "三八": 3, "妇女节": 3, "消费者权益": 3, "3·15": 3,
    "清明": 4, "世界读书日": 4, "读书日": 4, "全民国家安全教育日": 4, "国家安全教育日": 4,
    "世界知识产权日": 4, "五一": 5, "劳动节": 5, "五四": 5, "青年节": 5, "母亲节": 5,
    "护士节": 5, "防灾减灾日": 5, "助残日": 5, "六一": 6, "儿童节": 6, "端午": 6,
    "全国土地日": 6, "世界环境日": 6, "安全生产月": 6, "禁毒日": 6, "上半年": 6,
    "中考": 6, "高考": 6,
    "七一": 7, "暑期": 7, "暑假": 7, "暑运": 7, "八一": 8, "建军节": 8, "医师节": 8,
    "开学": 9, "秋季学期": 9, "教师节": 9, "中秋": 9, "全国科普日": 9, "国庆": 10,
    "重阳": 10, "消防宣传月": 11, "国际志愿者日": 12, "宪法日": 12, "下半年": 7,
    "年底": 12, "年末": 12, "岁末": 12, "年终": 12, "夏季": 7, "冬季": 12, "双十一": 11,
    "冬至": 12, "立冬": 11, "腊八": 1, "小年": 2, "除夕": 2,  # 春节、端午、中秋、冬至前 (blind65)
    "春耕": 3, "春播": 4, "夏收": 6, "三夏": 6, "麦收": 6, "秋收": 9, "三秋": 10, "秋播": 10,
    "汛期": 6, "主汛期": 7, "军训": 9,
    "春季": 3, "秋季": 9,  # 春季举办校园运动会 (blind92: no work of its 春季学期)
    "入冬": 10,  # 入冬前完成全部锁桩防冻检修 (blind86); 10月入冬前: one time
    "三伏": 7, "入伏": 7,  # 三伏天开展三伏贴贴敷: 入伏 is mid-July (blind97's readers)
    "冬春": 1,  # 冬春配种旺季实行轮流值班 (blind99): the year's first months
}
"""The month a festival, 纪念日 or season falls in (the usual one for a lunar festival:
春节 2, 中秋 9; 夏季送清凉 July's, 冬季送温暖 December's, “双十一” November's; the farm
seasons at their usual start in central China: 夏收 June's, 秋收 September's, 三秋
October's; 上半年's work is done by its end, 下半年's starts in July: 下半年组建…先锋队
is no December's, blind20; the flood season from June, its 主汛期 from July: 汛期和麦收、
秋收季节加密巡查 is June's and September's, blind69; a college's 军训 September's, blind70)."""
_FIRST_DAY = ("元旦", "五一", "六一", "七一", "八一", "国庆", "暑假", "暑期")
"""Days on the first of their month, and the summer break that starts with July: the work
before them falls in the month before (“七一”前评选 is June's, 国庆节前 September's, 暑假前
开展防溺水培训 June's: blind39's readers found it in 第三季度)."""

_TIME = re.compile(
    r"“?(?:(?P<day>(?<![\d])\d{1,2})·\d{1,2}|(?<![\d至—\-~～])(?P<month>1[0-2]|[1-9])月"
    # (寒暑假 is both breaks, no July's: 寒暑假和节假日专人值守 put under 7月, blind108's reader)
    r"(?![\d]?[至—\-~～])(?!份以)|(?<!寒)(?P<word>" + "|".join(sorted(_DAYS, key=len, reverse=True))
    + r"))”?(?P<tail>纪念日|节|日|月)?(?P<suffix>前后|前夕|前|后|期间|当天|之际|底前|底|上旬|中旬|"
    r"下旬|初|季(?!节))?")
"""One time a clause names: a month (5月, 6月底前; not 3月至11月), a date (“4·15”) or a
festival, 纪念日 or season (_DAYS), with what it says of the time (前, 期间, 底前)."""
_NAMES = ("学雷锋", "植树", "三八", "五四", "五一", "六一", "七一", "八一", "开学", "消费者权益",
          "安全生产月")
"""Days whose names also name things (学雷锋志愿服务岗, 七一勋章): a time only with 节, 日, 月,
纪念日 or 前, 期间… after them."""
_JOINED = re.compile(r"[和、及与]|以及")
_ROUTINE = re.compile(r"^(?:坚持|实行|落实)?每(日|天|周|月|季度|季|半年|学期|年)")
_OWN_ROUTINE = re.compile(r"^(?:(?=[\u4e00-\u9fff]{2,3}、[\u4e00-\u9fff]{2,3}每)"
                          r"[\u4e00-\u9fff、]{5,7}?|(?:支部)?(?:书记|所长|队长|站长|院长|校长|"
                          r"主任|局长|行长|馆长)(?=每(?:季度|季|月|半年))|"
                          # 液氮罐每月检查一次 (blind99: no 时间安排 for want of it)
                          r"(?!坚持|实行|落实)[\u4e00-\u9fff]{2,4}(?=每(?:日|天|周|月|季度|季|半年|学期)"
                          r"[\u4e00-\u9fff]))"
                          r"每(日|天|周|月|季度|季|半年|学期|年)")
"""A routine whose subjects come before its frequency (村务、财务每季度公开一次; 书记每季度
讲一次党课: blind98's readers found the 党课 in no quarter; a yearly one is branch_anchors')."""
_PERIODIC = re.compile(r"(月度|季度)(?:评选|评比|讲评|考核|例会|分析会|点评)")
"""A routine said by its period's adjective (开展“服务明星”月度评选)."""
_HOW_OFTEN = re.compile(r"^(?:坚持|实行|落实)?每(?:日|天|周[一二三四五六日]?|月|季度|季|半年|"
                        r"学期|年)|[一两二三四五六七八九十\d]+次")
"""What a routine clause says of how often (每周五, 一次): the rest says what it does."""
_FREQUENCY = {"日": 0, "天": 0, "周": 1, "月": 2, "季度": 3, "季": 3, "半年": 4, "学期": 4,
              "年": 5}
_MONTHLY = 2
"""The least frequency a 时间安排 lists (每月; a reader calls 每天开馆前巡查 noise there)."""
_QUARTERS = ("第一季度（1—3月）", "第二季度（4—6月）", "第三季度（7—9月）", "第四季度（10—12月）")


@dataclass(frozen=True)
class Calendar:
    """`routine`: the recurring work, most frequent first (每月… before 每季度…);
    `quarters`: (label, work) for each quarter with dated work, in calendar order, the
    work of a quarter in the order of its months; `months`: the same work by month
    (1月, 2月…: a 党支部's 全年工作安排 is monthly, the issue and its readers);
    `every_month`: the work of each month, said once above them (a 党支部's meetings and
    its own monthly routine)."""

    routine: list[str]
    quarters: list[tuple[str, list[str]]]
    months: list[tuple[str, list[str]]] = field(default_factory=list)
    every_month: str = ""

    def __bool__(self) -> bool:
        """Whether it says enough to be a 时间安排: three pieces of work, the dated ones
        in two quarters at least, or a routine of three (a technical school's monthly and
        each 学期's work with its summer's alone: blind57's reader found no 时间安排), or a
        routine of two beside one quarter's nodes (a village's 正月十五 跳傩 and its 3月起
        整治 with its monthly and quarterly work: blind78's readers of both writers found
        the section a 【待补充】), or of one beside one quarter's two nodes or more (春节前
        走访… and 3月起推进船队更新改造 with 每月…: blind118's reader of a speech's 时间安排
        a 【待补充】)."""
        dated = sum(len(w) for _, w in self.quarters)
        return dated + len(self.routine) >= 3 and (
            len(self.quarters) >= 2 or not dated or len(self.routine) >= 3
            or (len(self.quarters) == 1 and len(self.routine) >= (1 if dated >= 2 else 2)))


def calendar(tasks: Iterable[Task], year_end: str = "",
             anchors: Iterable[tuple[int, int, str]] = (), idle_quarter: str = "",
             idle_month: str = "", first_month: int = 1,
             undated: Iterable[str] = (), terms: tuple[str, str] = ("", ""),
             each_line: bool = False, joined: Sequence[tuple[int, int]] = ()) -> Calendar:
    """The year's routine and dated work from the tasks' points (clauses split at ，/；
    outside brackets and quotes). A dated clause takes the undated clauses after it
    (3月开展廉政警示教育，组织观看案例片: both are March's); one naming several times
    (春节前和国庆节前各开展一次整治) is one piece of work at each, the pieces of one quarter
    said once (中秋节前、国庆节前开展廉政提醒); a point that names its span (7月至8月举办
    天文季，每周六开展观测) is dated at its start, its routine not the year's; a task with
    no dated point whose timing is a span (4月至10月) starts in its first month. `year_end`
    closes the fourth quarter when nothing else does (a 党支部's 年底总结, which its
    工作要求 states); `anchors` are (month, day, work) every such year has
    (branch_anchors), day 0 opening its month and 32 closing it; `idle_quarter` is the
    work of a quarter whose work holds no 党员大会 (a 党支部's quarterly 党员大会: blind45's
    reader found a year of three quarters, blind53's one of two such meetings), first in
    it; `idle_month` the work of a month from `first_month` nothing dates (a 党支部's monthly
    支委会 and 主题党日: blind54's readers of both writers found four months of twelve);
    `undated` the one-off work no time names (one_offs), shared out in order among the
    quarters nothing dates, at most three a quarter (blind54's LLM reader: a 时间安排 of
    three quarters, 新建“暖途驿站”2个 and the 安全档案 with no time node). `terms` labels a
    school year's two 学期 (秋季学期（2026年9月—2027年1月）, 春季学期（2027年2—7月）): its
    dated work goes by them, not by the calendar's quarters (blind92's reader: a 2026—2027
    学年 plan by 第二、三、四季度), the one-off work shared between them. `each_line`: every
    month its own line in its place, the fixed work named where it holds nothing else
    (月度安排按月份一行一行列: blind93's readers of both writers found 3月、8月、11月：落实
    每月固定工作 after 12月). `joined`: pairs of months said in one line, holidays given no
    work of their own (1、2月和7、8月放假，各并成一行写: blind111's readers of both writers
    found 1月, 2月 and 7月 each a line and work put in the holidays)."""
    routine: list[tuple[int, int, str]] = []
    within: dict[str, set[int]] = {}  # a routine's months, where its task names its span
    dated: list[_Work] = []
    running: list[tuple[int, int, str]] = []  # (first month, last, title) of each span
    for task in tasks:
        running += [(a, b, task.title) for a, b in _spans(task.when) if task.title]
        before = len(dated)
        for point in task.points:
            span = _SPAN.search(point)
            if span:  # 7月至8月举办暑期天文季，每周六晚上开展天文观测: all of it July's
                dated.append(_Work(int(span.group(1)), len(dated), point.rstrip("。；;，,")))
                continue
            if _fragmented(point):  # 3月完成选址，6月底前建成4个服务站，11月底前全部建成
                month = min(months_named(point))
                dated.append(_Work(month, len(dated), point.rstrip("。；;，,"), whole=True))
                continue
            current: list[_Work] = []
            for clause in _clauses(point):
                # (村务、财务每季度公开一次: its subject before its frequency, blind78)
                m = _ROUTINE.match(clause) or _OWN_ROUTINE.match(clause)
                if not m and (periodic := _PERIODIC.search(clause)):
                    # 开展“服务明星”月度评选: a monthly routine (blind102's reader found it in
                    # 第三季度 alone)
                    routine.append((_FREQUENCY["月" if periodic[1] == "月度" else "季度"],
                                    len(routine), clause.removeprefix("坚持")))
                    current = []
                    continue
                if m and m.group(1) == "年" and _times(clause[m.end():]):
                    # 每年3月、9月各到每个村宣讲一次: dated, twice (blind55: no 时间安排)
                    clause, m = clause[m.end():], None
                if m and current:  # 暑期开放天文台，每周六晚上开放: the summer's routine
                    for work in current:
                        work.text, work.rest = f"{work.text}，{clause}", ""
                elif m and _FREQUENCY[m.group(1)] < _MONTHLY:
                    current = []  # daily and weekly work is no time node
                elif m:
                    # 每季度公示 alone says nothing of what: the whole point does, or the
                    # task's title when the point opens with it (每月一期，通过…点单: a
                    # blind20 reader read it as no sentence)
                    # (每季度张榜公布: 张榜公布 says not what either, a blind23 reader)
                    what = _HOW_OFTEN.sub("", clause)
                    said = len(what) >= 7 or (len(what) >= 4 and bool(_ACTION.search(what)))
                    # …包联86家规上企业，每月至少上门走访一次: who visits whom is the point's
                    # (a blind25 reader: 缺主语)
                    said = said and not (len(what) <= 8 and re.match(r"至少|均|都|上门|入户", what))
                    text = (clause if said else re.sub(r"（[^）]*）", "", point.rstrip("。；;，,"))
                            if not point.startswith(clause) or not task.title
                            else f"{task.title.rstrip('。')}，{clause}")
                    routine.append((_FREQUENCY[m.group(1)], len(routine),
                                    text.removeprefix("坚持")))
                    if spans := _spans(task.when):  # done within its task's months
                        within[text.removeprefix("坚持")] = {
                            m for a, b in spans for m in range(a, b + 1)}
                    current = []
                elif at := _times(clause):
                    current = [_Work(month, len(dated) + k, _honoured(text, point, clause),
                                     when, rest)
                               for k, (month, text, when, rest) in enumerate(at)]
                    dated.extend(current)
                else:  # goes on with the dated clause before it, if any
                    for work in current:
                        work.text, work.rest = f"{work.text}，{clause}", ""
        spans = _spans(task.when)
        # 3月起建设整洁美丽厂区，持续到11月 (blind70's readers of both writers: …（3—11月）
        # in 第一季度 read as a date range copied from the facts); each span of a task worked
        # in two (1—3月、11—12月 of a 枯水期值守: blind77's reader found none); a yearly drill
        # among its points hides no span (台风季海堤安全 5—10月 with 每年开展一次防台风应急演练:
        # blind79's 盐场 had no 第二季度), nor a point dated in another month (4—9月's
        # training with 汛期前开展水上安全宣传: blind82's readers of both writers found it
        # in no quarter), unless the span is the whole year (1—12月)
        own = {w.month for w in dated[before:]}
        # (a team the title sets up works each season, set up once: 7月起组织“党员赶粉队”…,
        # not 7月起组建…, blind106's readers of both writers)
        title = re.sub(r"^(?:组建|成立)(?=“)", "组织", task.title)
        dated += [_Work(start, len(dated) + k, f"{start}月起{title}，持续到{end}月",
                        whole=True, span=True)
                  for k, (start, end) in enumerate(spans) if task.title and start not in own
                  and not (own and (start, end) == (1, 12))]
    for month, day, work in anchors:
        dated.append(_Work(month, len(dated), work, whole=True, day=day))
    if year_end and not any(w.month >= 10 for w in dated):
        dated.append(_Work(12, len(dated), year_end))
    if all(terms):
        return _by_terms(routine, dated, list(undated), terms)
    quarters: dict[int, list[_Work]] = {}
    months: dict[int, list[_Work]] = {}
    # the quarters whose work holds a 党员大会
    met = {(w.month - 1) // 3 for w in dated if "党员大会" in w.text}
    if idle_quarter and dated:
        # … and of one whose work holds none (blind53's reader: 党员大会 said to meet each
        # quarter, in two of the four)
        for q in {0, 1, 2, 3} - met:
            quarters[q] = [_Work(q * 3 + 1, -1, idle_quarter, whole=True, day=0)]
    for work in dated:
        quarters.setdefault((work.month - 1) // 3, []).append(work)
        months.setdefault(work.month, []).append(work)
    idle = [q for q in range(4) if q not in quarters]
    pending = list(undated)
    # … only in a 时间安排 the dated work makes (Calendar.__bool__), never one of its own
    # (… or one the one-off work fills: a year of monthly routine, one festival and three
    # works started once, blind69's community with a 【待补充】 for its 时间安排)
    enough = len(dated) + len(routine) >= 3 and (
        len(quarters) >= 2 or len(routine) >= 3 or len(pending) >= 2)
    # a school's quarter idle in a 学期 holds that 学期's own work, before the one-off
    # work (每学期举办一次校园技能节 → 春季学期内举办校园技能节: blind57's technical school)
    each_term = _each(routine, "学期")
    if enough and each_term:
        # (a quarter holding only a task's span is free too: blind/01's kindergarten lost its
        # 春季学期 once 3月起提升保育教育质量 held its first quarter)
        for term, span in (("春季学期", (1, 0)), ("秋季学期", (3, 2))):
            q = next((q for q in span if all(w.span for w in quarters.get(q, []))), None)
            if q is not None:
                quarters[q] = [*quarters.get(q, []),
                               _Work(q * 3 + 2, 0, _term_work(term, each_term), whole=True)]

    # (a quarter holding only its 党员大会 is idle too: blind71's readers of both writers
    # found 第三季度：召开本季度党员大会。 alone)
    # (… and one holding only a task's span, 9月起做好动物防疫…，持续到11月: blind10's
    # 农技培训 lost when its quarter held one)
    idle = [q for q in range(4) if all(w.text == idle_quarter or w.span
                                       for w in quarters.get(q, []))]
    if idle and pending and enough:
        # in order, as evenly as they go, at most three a quarter (four works in three idle
        # quarters: 2, 1, 1, not 2, 2 and an empty third)
        shown = pending[:3 * len(idle)]
        for n, q in enumerate(idle):
            share = shown[-(-n * len(shown) // len(idle)):-(-(n + 1) * len(shown) // len(idle))]
            for k, text in enumerate(share):
                quarters[q] = [*quarters.get(q, []), _Work(q * 3 + 2, k, text, whole=True)]
    # a quarter still idle holds the quarter's own routine (每季度开展一次廉政警示教育 →
    # 开展廉政警示教育), never left out of the four
    each_quarter = _each(routine, "季度?")
    # (said to go on, 继续…: listed in the 常态化 line and again only in 第三、四季度 it read
    # as work of the second half alone, blind81's reader)
    if enough and dated and each_quarter:
        for q in (q for q in range(4) if q not in quarters):
            # (由党支部书记讲党课 its doer before its deed: no 开展 before it, blind119's reader
            # of 继续开展由党支部书记讲党课)
            quarters[q] = [_Work(q * 3 + 2, k, ("继续" if q and not k else "") + (
                text if _ACTION.search(text) or _DOING.match(text) or text.startswith("由")
                else f"开展{text}"),
                                 whole=True)
                           for k, text in enumerate(each_quarter)]

    # a quarter still empty holds the work whose span runs through it (5月起…，持续到10月
    # in 第三季度: blind87's reader found 第二 then 第四 季度, the third missing)
    if enough and dated:
        for q in (q for q in range(4) if q not in quarters):
            going = _unique(title for a, b, title in running if a <= q * 3 and b >= q * 3 + 3)
            if going:
                quarters[q] = [_Work(q * 3 + 2, 0, f"继续{_and(going)}", whole=True)]

    # under 3月, 3月举办招聘会 says its month twice: 举办招聘会 (3月30日… keeps its day)
    # (3月起推进…，持续到11月 → 3月：推进…，持续到11月)
    by_month = [(m, f"{m}月", [re.sub(rf"^{m}月(?:起(?=[\u4e00-\u9fff]{{4}}))?"
                                      r"(?![\d日底上中下初起份前后至])", "", t)
                               for t in _said(w)])
                for m, w in sorted(months.items())]
    every = ""
    if idle_month and dated:  # every month of the plan listed (按月列: blind54's readers)
        every, by_month = _month_lines([b for b in by_month if b[0] >= first_month],
                                       first_month, idle_month, met, routine, pending,
                                       each_line, within, joined)
    # a 党员大会 in each of the four quarters is not the routine's too (每季度召开党员大会
    # beside four 召开本季度党员大会: blind82's LLM reader)
    if idle_quarter and all(any("党员大会" in w.text for w in quarters.get(q, ()))
                            for q in range(4)):
        routine = [r for r in routine if not re.search(r"季度.*党员大会", r[2])]
    return Calendar(
        routine=_unique(t for _, _, t in sorted(routine)),
        quarters=_merged([(q, _said(w)) for q, w in sorted(quarters.items())]),
        months=[(label, work) for _, label, work in by_month], every_month=every)


_ONE_OFF = re.compile(r"^(?:新建|建成|建立|组建|签订|聘请|评选|制定|修订|编制|开通|设立|成立|"
                      r"选树|表彰|命名|出版|拍摄|举办|"
                      r"编印|编写|印制|"  # 编印《…手册》 (blind97's readers: no quarter held it)
                      r"实施[\u4e00-\u9fff]{2,16}(?:改造|工程|项目)$|"  # 实施除臭系统二期改造
                      # 开展急救技能竞赛 (blind70: a contest, once a year)
                      r"开展[\u4e00-\u9fff]{0,8}(?:竞赛|比赛|比武|大赛)$)")
"""Work done once, on some day of the year (建立…安全档案, 签订廉洁承诺书, 新建驿站2个),
not a way of working all year (全面落实…记录, 对首次轻微违法…不予处罚)."""


def one_offs(tasks: Iterable[Task], targets: Mapping[str, Sequence[str]] | None = None
             ) -> list[str]:
    """The one-off work each task names with no time and no routine: its planned targets'
    (`targets`: task title → target names; 新建“暖途驿站”, its count said elsewhere), then
    its points' first clauses (建立农村客运驾驶员安全档案), in the tasks' order: what a
    时间安排's idle quarters hold."""
    out = []
    for task in tasks:
        if _spans(task.when):  # its span holds it (calendar)
            continue
        out += [t for t in (targets or {}).get(task.title, ()) if _ONE_OFF.match(t)]
        out += _one_off_points(task)
    return _distinct(out)


def _distinct(works: Iterable[str]) -> list[str]:
    """`works` with each said once, one opening with the four characters of one before it
    left out (新建岸电泊位 of a target, 新建岸电设施 of a point: blind52)."""
    said = _unique(works)
    # (… its count left out: 新建2艘超低温…船 of a point after the target 新建超低温…船,
    # blind118's 时间安排 said both)
    bare = [re.sub(r"\d+(?:\.\d+)?[个名艘座台家条处所项辆套块间]", "", t) for t in said]
    return [t for n, t in enumerate(said) if not any(o[:4] == bare[n][:4] for o in bare[:n])]


def span_work(tasks: Iterable[Task], targets: Mapping[str, Sequence[str]] | None = None
              ) -> list[tuple[int, int, str]]:
    """The one-off work and the activities of each task whose `when` names its spans of
    months (_spans), as calendar's `anchors` at the start of its first span (组织一次水上
    应急演练 of a 5—9月 task: blind77's reader found it in the fourth quarter, where the
    quarters nothing dates took it as one_offs' work)."""
    out: list[tuple[int, int, str]] = []
    for task in tasks:
        if spans := _spans(task.when):
            works = [t for t in (targets or {}).get(task.title, ()) if _ONE_OFF.match(t)]
            # (not work its title says, which the span's own line names: 3月起优化站点布局
            # 和新建站点，持续到10月；新建站点, blind86)
            out += [(spans[0][0], -1, w) for w in _distinct(
                [*works, *_one_off_points(task), *_activity_points(task)])
                if w not in task.title]
    return out


def _one_off_points(task: Task) -> list[str]:
    """The first clauses of the task's points that name one-off work with no time and no
    routine (建立农村客运驾驶员安全档案; _ONE_OFF)."""
    out = []
    for point in task.points:
        first = _clauses(point, pieces=False)[0] if point.strip() else ""
        if (_ONE_OFF.match(first) and not months_named(point) and not _SPAN.search(point)
                and "每" not in point and not _PERIODIC.search(point)):
            out.append(first.rstrip("。；;，,"))
    return out


def _spans(when: str | None) -> list[tuple[int, int]]:
    """The spans of months a task's `when` names (1—3月、11—12月 → [(1, 3), (11, 12)]),
    [] when it names none or more than its spans (全年, 3月底前)."""
    spans = [(int(a), int(b)) for a, b in _SPAN.findall(when or "")]
    rest = _SPAN.sub("", when or "").strip("、，, 和及")
    return spans if spans and not rest else []


_ACTIVITY = re.compile(r"^(?:开展|组织)[^，,；;。]{2,24}(?:教育|讲座|宣传|学习|培训|竞赛|比赛|"
                       r"比武|演练|评议|评选)$")
"""A point naming an activity held on some day (开展医德医风专题教育, 组织党员学习《…》):
what a 党支部's months with no other work hold (blind70's readers of both writers: four
months of 落实每月固定工作)."""


def activities(tasks: Iterable[Task]) -> list[str]:
    """The activities the tasks' points name with no time and no routine (_ACTIVITY), in
    the tasks' order, after their one-off work (one_offs)."""
    said = one_offs(tasks)
    out = [a for t in tasks if not _spans(t.when) for a in _activity_points(t)]
    return [*said, *(a for a in _unique(out) if a not in said)]


def _activity_points(task: Task) -> list[str]:
    """The task's points naming an activity with no time and no routine (_ACTIVITY)."""
    return [p.rstrip("。；;，,") for p in task.points
            if _ACTIVITY.match(p.rstrip("。；;，,")) and "每" not in p and not _PERIODIC.search(p)
            and not months_named(p)
            and not _SPAN.search(p) and not _MEETINGS.search(p)]


_MEETINGS = re.compile(r"支委会|支部委员会|主题党日|党员大会|党课")
"""The branch's own meetings (三会一课), said by a 党支部's idle months themselves."""


def _month_lines(dated: Sequence[tuple[int, str, list[str]]], first: int, work: str,
                 met: set[int], routine: Sequence[tuple[int, int, str]] = (),
                 undated: Sequence[str] = (), each_line: bool = False,
                 within: Mapping[str, set[int]] | None = None,
                 joined: Sequence[tuple[int, int]] = ()
                 ) -> tuple[str, list[tuple[int, str, list[str]]]]:
    """The work of every month (`work`, the branch's meetings: 召开支部委员会会议、开展主题党日
    活动, with the unit's own monthly routine: 每月进村义检不少于3场 → 进村义检不少于3场), said
    once, and every month from `first`, a line each: the month's `dated` work; the
    党员大会 of a quarter that holds none (`met`: quarters 0–3) and each quarter's own
    routine (每季度开展一次廉政警示教育), shared out in turn among the quarter's months
    nothing dates (all its months when each holds some); the one-off work and activities
    no time names (`undated`, schedule.activities: 修订完善村规民约, 开展医德医风专题教育)
    spread over the months still empty, one each; the months that hold nothing else one
    line after the others (3月、5月、9月：落实每月固定工作: blind72's readers of both writers
    found it said five times, filler). blind58's
    readers of both writers found a 党支部's months lumped (3—5月) and its tasks' monthly
    and quarterly work missing;
    blind63's a quarter with no 廉政警示教育; blind68's of both writers the monthly routine
    copied into every one of the eleven months (月度安排按月列，一个月一两句). `within`: the
    months a routine is done in, where its task names its span (每季度评选“先锋割胶能手” of a
    4—11月 task: not in February's 停割期, blind95's readers of both writers). `joined`:
    pairs of holiday months said in one line (1—2月), given none of the quarter's or the
    undated work where another month can hold it."""
    monthly = [t for t in _each(list(routine), "月") if not _MEETINGS.search(t)]
    quarterly = [t for t in _each(list(routine), "季度?") if not _MEETINGS.search(t)]
    # each quarterly work's months, by its text as _each says it
    months_of = {said[0]: months for text, months in (within or {}).items()
                 if (said := _each([(0, 0, text)], "季度?"))}
    every = "，".join(p for p in (work, "、".join(monthly)) if p)
    busy = {m: said for m, _, said in dated}
    held = {m for pair in joined for m in pair}  # the holidays
    extra: dict[int, list[str]] = {}
    for q in range(4):
        months = [m for m in range(max(first, q * 3 + 1), q * 3 + 4)]
        if not months:
            continue
        pool = [m for m in months if m not in busy and m not in held] or [
            m for m in months if m not in held] or months
        meeting = [f"召开第{_NUMERALS[q]}季度党员大会"] if q not in met else []
        for n, each in enumerate(meeting + quarterly):
            allowed = months_of.get(each)
            fits = [m for m in pool if allowed is None or m in allowed] or [
                m for m in months if allowed is not None and m in allowed]
            if fits:
                extra.setdefault(fits[n % len(fits)], []).append(each)
    # the one-off work no time names, spread over the months that hold nothing
    idle = [m for m in range(first, 13) if m not in busy and m not in extra and m not in held]
    for n, text in enumerate(undated[:len(idle)]):
        extra[idle[n * len(idle) // min(len(undated), len(idle))]] = [text]
    out = []
    fixed_only = []  # the months nothing but the fixed work fills
    pairs = {a: b for a, b in joined if first <= a < b <= 12}
    for month in range(first, 13):
        said = busy.get(month, [])
        own = [_and(extra[month])] if month in extra else []
        if month in pairs:  # 1—2月: both months' work in one line
            later = pairs[month]
            both = [*said, *own, *busy.get(later, []),
                    *([_and(extra[later])] if later in extra else [])]
            out.append((month, f"{month}—{later}月", both or ["落实每月固定工作"]))
            continue
        if month in pairs.values():
            continue
        # the month's own work first, its quarter's routine after (3月：举办一场…招聘会；召开…)
        if said or own:
            out.append((month, f"{month}月", [*said, *own]))
        else:
            fixed_only.append(month)
    if fixed_only and each_line:  # each in its place, its fixed work named (blind93)
        out = sorted(out + [(m, f"{m}月", [work]) for m in fixed_only], key=lambda line: line[0])
    elif fixed_only:  # one line after the others (blind72); one month in its place, not
        # after 12月 (blind81's reader: 9月 after 12月 read as garbled)
        out.append((fixed_only[0], "、".join(f"{m}月" for m in fixed_only),
                    ["落实每月固定工作"]))
        if len(fixed_only) == 1:
            out.sort(key=lambda line: line[0])
    return every, out


_FOUNDED = 1921
"""The year the 中国共产党 was founded (its 一大, July 1921): 建党106周年 is 2027's."""


def branch_anchors(tasks: Iterable[Task], year: int, first_month: int = 1,
                   probation: int = 0) -> list[tuple[int, int, str]]:
    """(month, day, work) that every 党支部's year holds, unless its points name that work:
    the 党员大会 that sets out the year's work (`first_month`, the plan's own month in
    its year), the 主题党日 of the party's anniversary before 七一 (June) and a yearly
    党课 no month names with it, and the 组织生活会 with 民主评议党员 that close the year
    (December). Source: 《中国共产党支部工作条例（试行）》 (中共中央, 2018-10-28): 党员大会
    each quarter, 主题党日 each month, 组织生活会 and 民主评议党员 once a year; blind41's
    readers of both writers found a 党支部's quarters without 七一, the year's 组织生活会
    or its first 党员大会. `probation`: the month a 预备党员's year ends (notes.
    probation_month), whose 转正 is that month's work (blind113's reader)."""
    points = [p for t in tasks for p in t.points]
    said = "".join(points)
    anchors = [] if re.search(r"部署全年|年度工作计划", said) else [
        (first_month, 0, "召开党员大会，部署全年支部工作")]
    if not re.search(r"七一|建党", said):
        anchors.append((6, 30, f"“七一”前夕开展纪念建党{year - _FOUNDED}周年主题党日活动"))
    # 书记每年讲党课不少于1次, no month named: the 党课 of 七一 (blind63's readers of both
    # writers: no month of the twelve held it)
    lecture = next((p for p in points if "党课" in p), "")
    if re.search(r"每年|全年|年内", lecture) and not months_named(lecture):
        anchors.append((6, 31, "书记讲党课"))
    # (… unless a point dates it: 做好预备党员转正工作 names no month, blind118's reader
    # found 6月到期，按期办转正 in no quarter)
    if probation and not any("转正" in p and months_named(p) for p in points):
        anchors.append((probation, 15, "按期办理预备党员转正"))
    if "组织生活会" not in said:
        # (年底开展民主评议党员 in the points: not said twice in December, blind69)
        rating = "" if "民主评议" in said else "开展民主评议党员，"
        anchors.append((12, 32, f"召开年度组织生活会，{rating}总结全年支部工作"))
    return anchors


_ASIDE = re.compile(r"^(同步|同时|并|确保|做到|及时)")
"""A clause going on about how (同步修订…制度): detail the task gives, not a node."""
_ACTION = re.compile(r"开展|举办|举行|组织|召开|设立|设置|建成|完成|评选|启动|印发|制定|"
                     r"修订|发放|成立|参加|迎接|接受|集中|走访|慰问|表彰|签订|发布|上线|开通")
"""A verb that makes a clause a whole piece of work (1—2月开展“就业援助月”)."""
_DOING = re.compile(r"培训|检查|抽查|巡查|排查|督查|调度|讲评|分析|研判|通报|考核|走访|回访|"
                    r"慰问|学习|研究|听取|督导|演练|清理|核查|请|邀请")
"""A verb opening a routine's work that needs no 开展 (每季度培训一次村级服务员 →
培训村级服务员)."""
_SETTING = re.compile(r"^(?:结合|围绕|借助|利用|趁|以|逢|每逢)")
"""A clause that only sets the time or occasion of the work after it (10月结合纪念…，组织…)."""


def _honoured(work: str, point: str, clause: str) -> str:
    """A dated clause's work with whom it honours where only the clause before names them
    (开展“最美织工”评选，年底表彰10名 → 年底表彰10名“最美织工”: blind119's reader found
    第四季度：年底表彰10名。); `work` as it is otherwise."""
    named = re.findall(r"“[^”]{2,12}”", point.split(clause)[0])
    counted = re.search(r"(?:表彰|评选|评出|命名|选树)\d+[名个人位]$", work)
    return work + named[-1] if named and counted else work


def node(text: str) -> str:
    """A piece of dated work as a time node: its first clause when that names the work
    (1—2月开展“就业援助月”，上门走访困难人员 → 1—2月开展“就业援助月”), else without
    the clauses going on about how (5月完成实验室搬迁，同步修订实验室管理制度 → 5月完成
    实验室搬迁): readers of both writers (blind14, blind15, blind17, blind19) struck a
    时间安排 that copies the tasks' sentences."""
    clauses = _clauses(text)
    first = _TIME.sub("", clauses[0], count=1) if clauses else ""
    named = bool(_ACTION.search(first)) and not _SETTING.match(first)
    # a clause opening with its own verb is another piece of work (召开组织生活会，开展
    # 民主评议党员); one going on about the first (上门走访…, 登记务工意愿) is the task's
    kept = [c for n, c in enumerate(clauses) if not n or not (
        _ASIDE.match(c) or (named and not (_ACTION.match(c) or _ROUTINE.match(c))))]
    return "，".join(kept) or text


def _fragmented(point: str) -> bool:
    """Whether a point names several times, one of them with work too short to stand
    alone (3月完成选址，…，11月底前全部建成: 全部建成 says not what): its time nodes
    would read without a subject (a blind19 reader), so the point is one node."""
    dated = [c for c in _clauses(point, pieces=False) if _times(c)]
    return len(dated) >= 2 and any(len(_TIME.sub("", c, count=1)) <= 5 for c in dated)


def months_named(text: str) -> set[int]:
    """The months of the times a text names (中秋前、国庆前发送廉洁提醒 → {9}: 国庆前 is
    September's), read as the calendar reads a point."""
    return {month for clause in _clauses(text) for month, *_ in _times(clause)}


def _day(text: str) -> int:
    """The day of its month a piece of work names (3月5日 5, 3月底前 31, 下旬 25), else the
    middle: within one month, work goes in the order of its days."""
    m = re.search(r"\d{1,2}月(\d{1,2})日|月(底|末)|(上|中|下)旬", text)
    if m is None:  # “七一”, “八一”: the first of their month (before 7—8月…, blind23)
        first = re.search(r"“?[五六七八]一”?(前(?!后))?", text)  # 前后: about the first
        return 15 if first is None else 30 if first[1] else 1
    if m.group(1):
        return int(m.group(1))
    return 31 if m.group(2) else {"上": 5, "中": 15, "下": 25}[m.group(3)]


@dataclass
class _Work:
    """One piece of dated work: its month, its place in the facts, its text; a piece
    split off a clause naming several times also keeps its time (`when`) and the rest."""

    month: int
    order: int
    text: str
    when: str = ""
    rest: str = ""
    whole: bool = False  # said as written, not cut to its first clause (_fragmented)
    day: int = -1  # its place in its month when its text names no day (an anchor's)
    span: bool = False  # a task's span of months (3月起…，持续到5月), no work of its own day


def _said_once(work: list[_Work]) -> list[str]:
    """The quarter's work, pieces of one clause with the same rest said once with their
    times joined (中秋节前、国庆节前开展节日廉政提醒)."""
    out: list[str] = []
    joined: dict[str, int] = {}
    for w in work:
        if w.rest and w.rest in joined:
            n = joined[w.rest]
            out[n] = out[n].removesuffix(w.rest) + f"、{w.when}{w.rest}"
            continue
        if w.rest:
            joined[w.rest] = len(out)
        out.append(w.text)
    return out


_SPAN = re.compile(r"(1[0-2]|[1-9])月?(?:份)?(?:至|到|—|-|~|～)(1[0-2]|[1-9])月")
"""A span of months (7月至8月, 4—10月)."""


def _clauses(point: str, pieces: bool = True) -> list[str]:
    """A point's clauses: split at ，；; outside （…） and “…”, and with `pieces` at 、
    between pieces of work of their own times (_own_times)."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(point):
        if ch in "（(“":
            depth += 1
        elif ch in "）)”":
            depth = max(0, depth - 1)
        elif ch in "，,；;。" and depth == 0:
            out.append(point[start:i])
            start = i + 1
    out.append(point[start:])
    return [part for c in out if c.strip()
            for part in (_own_times(c.strip()) if pieces else [c.strip()])]


def _own_times(clause: str) -> list[str]:
    """A clause of pieces joined by 、 that each open with their own time and say their
    own work (夏季送清凉、冬季送温暖: July's and December's), as those pieces; else the
    clause (春节、端午、中秋节前走访: one piece of work at three times)."""
    parts = clause.split("、")
    if len(parts) < 2:
        return [clause]
    for part in parts:
        m = _TIME.match(part)
        if not m or not _is_time(m):
            return [clause]
        day = _DAY_NAMED.match(part, m.end()) if m.group("month") else None
        work = part[day.end() if day else m.end():]
        if len(work) < 2 or work.endswith(("节", "日", "月", "前", "后")) or _JOINED.match(work):
            # 4月15日全民国家安全教育日、12月4日…: times, one work; 春节和中秋、国庆前发送…
            # too (blind17: 2月：春节；, a reader of the months)
            return [clause]
    return parts


def _month(m: re.Match[str]) -> int:
    if m.group("month"):
        # 7月1日前推出…专题展: done in June (blind65's readers: in the third quarter)
        first_day = re.match(r"1日(?:之?前|前夕)", m.string[m.end():])
        return max(1, int(m.group("month")) - 1) if first_day else int(m.group("month"))
    if m.group("day"):
        return int(m.group("day"))
    word = m.group("word")
    month = _DAYS[word]
    if word in _FIRST_DAY and m.group("suffix") in ("前", "前夕"):
        month = max(1, month - 1)
    return month


def _times(clause: str) -> list[tuple[int, str, str, str]]:
    """The work of a clause at each time it names, as (month, text, time, rest; the last
    two only for a clause split by its times): [] when it names none; one entry when
    it names one, or several not at its start; one per time when it opens with times
    joined by 和/、 (学雷锋纪念日和全国土地日在广场设点宣传 → 学雷锋纪念日在广场…, 全国土地日
    在广场…), a 前 on the last one holding for all (春节、端午、中秋节前: each 前), and
    各…一次 said of each (春节前和国庆节前各开展一次 → 春节前开展一次), and 分两批 too
    (3月、9月分两批组织新兵起运交接 → 3月组织…)."""
    head = re.match(r"(逢|每逢|在|于)?", clause)
    lead = head.group(0) if head else ""
    pos = len(lead)
    found: list[tuple[int, str, str]] = []  # (month, words, suffix)
    joint: re.Match[str] | None = None
    # a day whose name names things too is a time in a list of times (春节、“八一”、中秋节)
    while (m := _TIME.match(clause, pos)) and (_is_time(m) or (found and joint)):
        month, suffix = _month(m), m.group("suffix") or ""
        words = m.group(0)
        # 5月12日国际护士节、8月19日中国医师节开展…: a date with its day's name is one time
        day = _DAY_NAMED.match(clause, m.end()) if m.group("month") and not suffix else None
        if day:
            words += day.group(0)
        if found and not joint and found[-1][0] == month:  # “4·15”全民国家安全教育日: one day
            found[-1] = (month, found[-1][1] + words, suffix)
        else:
            found.append((month, words, suffix))
        pos = m.end() + (day.end() - day.start() if day else 0)
        joint = _JOINED.match(clause, pos)
        if joint:
            pos = joint.end()
    if joint:  # 和 after the last time joins no other
        pos = joint.start()
    # 中秋、国庆等节点前: one node; 春节、中秋等节点前: one in each quarter (a blind24
    # reader: the whole point in the first quarter)
    etc = re.match(r"等(?:重要)?(?:节点|节日|节假日)?(前后|前夕|前|后|期间)?", clause[pos:])
    last = found[-1][2] if found else ""
    shared = (etc.group(1) if etc and etc.group(1) else
              last if last in ("前", "后", "期间", "前后", "前夕") else "")

    def when(month: int, words: str, suffix: str) -> int:
        return month if suffix or not shared else _shifted(month, words, shared)

    if len(found) >= 2 and (not etc or len({(when(*f) - 1) // 3 for f in found}) > 1):
        # 3月、9月分两批组织…: each time one batch (blind63's reader: 3月分两批 and 9月分两批)
        rest = clause[pos + etc.end():] if etc else re.sub(
            r"^(?:各|分[两二三四](?:批|次|期|轮))", "", clause[pos:])
        return [(when(month, words, suffix),
                 f"{lead}{words}{'' if suffix else shared}{rest}",
                 f"{words}{'' if suffix else shared}", rest)
                for month, words, suffix in found]
    m = next((t for t in _TIME.finditer(clause) if _is_time(t)), None)
    return [(_month(m), clause, "", "")] if m else []


_DAY_NAMED = re.compile(r"\d{1,2}日(?:[\u4e00-\u9fff“”·]{0,10}?(?:节|纪念日|日))?")
"""The day after a month and the name of that day before another time (5月12日国际护士节、…)."""


def _shifted(month: int, words: str, suffix: str) -> int:
    """The month of a time given a 前 it was written without (春节、国庆节前: 国庆节前)."""
    m = _TIME.match(f"{words}{suffix}")
    return _month(m) if m else month


def _is_time(m: re.Match[str]) -> bool:
    """Whether a match is a time: a day whose name names things too (_NAMES) only with
    节, 日, 前… after it or in quotes of its own (“七一”建党106周年: the day)."""
    quoted = m.group(0).startswith("“") and f"{m.group('word')}”" in m.group(0)
    # 组织2028年春节返乡包车 in a 2027 plan: a day of the year it names, not a time of this
    # year's (blind67's plan put it in the first quarter)
    if m.group("word") and re.search(r"\d{4}年$", m.string[:m.start()]):
        return False
    # (春季、秋季两次集中受理…: both seasons, each year's routine, not spring's: blind58)
    if m.group("word") in ("春季", "秋季") and (
            re.match(r"[、和及与]", m.string[m.end():m.end() + 1])
            or re.search(r"[、和及与]$", m.string[:m.start()])):
        return False
    return quoted or not (m.group("word") in _NAMES
                          and not (m.group("tail") or m.group("suffix")))


def _and(works: Sequence[str]) -> str:
    """开展研讨交流、客户满意度回访、组织维修技能比武: works in a row, a verb the work
    before opens with not said again."""
    out = []
    for n, work in enumerate(works):
        out.append(work[2:] if n and len(work) > 4 and work[:2] == works[n - 1][:2]
                   and _ACTION.match(work) else work)
    return "、".join(out)


def _each(routine: list[tuple[int, int, str]], period: str) -> list[str]:
    """The routine work done once each `period` (a pattern: 季度?, 学期), in the routine's
    order, without its time (每季度开展一次廉政警示教育 → 开展廉政警示教育)."""
    # (每学期末组织专项技能考核 → 学期末组织…, not 末组织…: blind92)
    lead = rf"^(?:坚持|实行|落实)?(?:每(?={period}[末初中])|每{period})"
    return [re.sub(r"[一1]次", "", re.sub(lead, "", t)) for _, _, t in sorted(routine)
            if re.match(lead, t)]


_NUMERALS = "一二三四"


def _said(work: list[_Work], first_month: int = 1) -> list[str]:
    """A period's work as said, in the order of its months from `first_month` (8: a school
    year's, August first), then of its days and of the facts; a clause cut to its node
    unless said whole."""
    ordered = sorted(work, key=lambda w: ((w.month - first_month) % 12,
                                          w.day if w.day >= 0 else _day(w.text), w.order))
    whole = {w.text for w in ordered if w.whole}
    return _unique(t if t in whole else node(t) for t in _said_once(ordered))


def _term_work(term: str, each_term: list[str]) -> str:
    """A 学期's own routine work said as one, in that `term` (举办校园招聘会、举办校园技能节 →
    春季学期内举办校园招聘会和校园技能节; 春季学期末举办…, not 春季学期内学期末…: blind94's
    reader)."""
    verb = each_term[0][:2]
    work = (verb + "和".join(t[2:] for t in each_term)
            if all(t.startswith(verb) for t in each_term) else "、".join(each_term))
    return re.sub(rf"^{term}内学期(?=[末初中])", term, f"{term}内{work}")


def _by_terms(routine: list[tuple[int, int, str]], dated: list[_Work], undated: list[str],
              terms: tuple[str, str]) -> Calendar:
    """A school year's calendar: the dated work of August to January in its 秋季学期, of
    February to July in its 春季学期, each in the school year's order of months; or, where
    `terms` opens with the 春季学期 (a school's calendar year), January to July in it and
    August to December in its 秋季学期; the one-off work no time names shared between
    them, at most three each, and each 学期's routine work in both."""
    calendar_year = terms[0].startswith("春季")
    halves: tuple[list[_Work], list[_Work]] = ([], [])
    for work in dated:
        autumn = work.month >= 8 or (work.month == 1 and not calendar_year)
        halves[int(autumn == calendar_year)].append(work)
    shown = undated[:6]
    first = (len(shown) + 1) // 2
    each_term = _each(routine, "学期")
    for n, half in enumerate(halves):
        # the half's last month: after its dated work
        last = (7, 12)[n] if calendar_year else (1, 7)[n]
        half += [_Work(last, len(dated) + k, text, whole=True)
                 for k, text in enumerate(shown[first:] if n else shown[:first])]
        # … and each 学期's own routine work, last (每学期举办一次校园技能节: blind57's reader
        # found a 时间安排 without it)
        if each_term:
            half.append(_Work(last, len(dated) + len(shown),
                              _term_work(terms[n].split("（")[0], each_term), whole=True, day=32))
    return Calendar(routine=_unique(t for _, _, t in sorted(routine)),
                    quarters=[(label, _said(half, first_month=1 if calendar_year else 8))
                              for label, half in zip(terms, halves, strict=True) if half])


def _merged(quarters: list[tuple[int, list[str]]]) -> list[tuple[str, list[str]]]:
    """The quarters labelled, two or more in a row with the same work as one (第二、三季度
    （4—9月）：请老人和家属评议: blind6's elderly care plan said it twice)."""
    runs: list[list[tuple[int, list[str]]]] = []
    for q, work in quarters:
        if runs and runs[-1][-1][1] == work and runs[-1][-1][0] == q - 1:
            runs[-1].append((q, work))
        else:
            runs.append([(q, work)])
    return [(_QUARTERS[run[0][0]] if len(run) == 1 else
             f"第{'、'.join(_NUMERALS[q] for q, _ in run)}季度"
             f"（{run[0][0] * 3 + 1}—{run[-1][0] * 3 + 3}月）", run[0][1]) for run in runs]


def _unique(texts: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(texts))
