"""Where each figure goes and how it is stated (FACTS.md [[figures]]).

A figure linked to a task (`task`) is stated inside that task's paragraph; a target
(status planned, or a name saying 目标/计划) in the goals; planned money in 经费保障; a
result of the year (something done, with a period) in 成效 of a summary; everything else
in 基本情况/现有基础. A figure the facts' own text already states is not stated again. No
number is made here: every number printed comes from a figure."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from drafter.facts import Change, Facts, Figure, Honor, Task, changes, earlier_same
from drafter.numbering import ordinal_lead

TARGET_WORDS = ("目标", "计划", "力争", "预计")
"""Words in a figure's name that make it a target rather than an achieved value."""
_REACH = ("率", "度", "指数", "比例", "占比", "覆盖面")
"""Name endings after which a target is stated as 达到 N (率 → 达到99.95%)."""


NAME_TAG = re.compile(r"[（(][^（）()]{0,12}(?:目标|计划|基数|实际|现状|预计|任务)"
                      r"[^（）()]{0,6}[）)]$")
"""A tag the writer puts after a figure's name to keep two of one name apart (流动宣讲
（2026年目标） beside 流动宣讲: figure names are unique): no words of the text."""


def figure_name(fig: Figure) -> str:
    """The name as prose states it: without a trailing copy of its unit (门诊服务人次 +
    人次 → 门诊服务) and without 目标 (城网供电可靠率目标 → 城网供电可靠率)."""
    # a tag keeping two names apart (…上线人数（目标）, blind71: 人数达到760人) is no word
    name = NAME_TAG.sub("", fig.name) or fig.name
    if fig.period.endswith("年") and name.startswith(("年", "全年")) and len(name) > 3:
        name = name.removeprefix("全").removeprefix("年")  # 2025年 + 年门急诊 → 门急诊
    year = re.match(r"(\d{4})年(度)?", fig.period)
    # 2025年 + 2025年防震减灾科普宣传 (blind24); 2026年 + 2026年度支部考核得分, its 度 too
    # (blind42: 2026年，度支部考核得分)
    # … but not its 底 (2027年底注册志愿者: 底注册志愿者 read broken, blind49)
    own = re.match(rf"{year.group(1)}年度?(?![底末初中])", name) if year else None
    if own and len(name) > own.end() + 1:
        name = name[own.end():]
    when = re.sub(r"^\d{4}年(度)?", "", fig.period)
    if len(when) >= 2 and name.startswith(when) and len(name) > len(when) + 1:
        name = name[len(when):]  # 2025年清明节期间 + 清明节期间接待… → 接待…
    for suffix in ("目标", "目标值"):
        name = name.removesuffix(suffix)
    # A one-character unit ends many names legitimately (在院老人 + 人): only a longer
    # one (人次; 万人次 counts as 人次) doubles.
    unit = fig.unit.lstrip("万亿") or fig.unit
    if len(unit) > 1 and len(name) > len(unit) and name.endswith(unit):
        name = name[: -len(unit)]
    elif unit in ("场", "人", "户") and len(name) > 3 and name.endswith(f"{unit}次"):
        name = name[:-2]  # “火塘夜话”场次 + 场 → “火塘夜话” (blind60: 场次214场)
    if unit and name.endswith(f"{unit}数") and len(name) > len(unit) + 1:
        name = name[: -len(unit) - 1]  # 家访人数 + 人 → 家访, 供水户数 + 万户 → 供水
    elif unit in ("户", "人") and name == f"{unit}数":
        name = ""  # 户数 + 户 → 现有468户 (blind115: 户数468户, style.doubled_unit)
    # (… not 测踝肱指数 + 人, a count of those measured: blind114's 测踝肱指3120人)
    elif (fig.unit in ("人", "名") and name.endswith("数")
          and not name.endswith(("总数", "指数", "系数", "基数")) and len(name) > 2):
        name = name[:-1]  # 家访学生数 + 人 → 家访学生 (职工总数 stays)
    return name


def is_target(fig: Figure) -> bool:
    """Whether the figure is a plan, not an achieved value (FACTS.md status = planned), or
    its name says so (…目标, 计划…), not the name of an assessment (目标责任考核得分,
    目标管理考评: blind55's, a score still to come, read as a target)."""
    name = re.sub(r"目标(?:责任|管理|考核)|计划生育", "", fig.name)
    # a plan the count measures work against, done (完成全年精读计划的学生骨干, 读书会精读计划
    # 完成率: blind103's reader found last year's results as a 2027 plan's goals)
    name = re.sub(r"完成[^，,（(]{0,8}计划|计划(?=的|完成率|执行率|完成情况)", "", name)
    # … nor the plan a count works on (2026年核对招生计划, blind105's reader: last year's
    # count as a 2027 target): 计划 marks a target only opening the name, after its year or
    # in brackets (计划开展…, 2027年计划…, （计划）)
    name = re.sub(r"(?<=[\u4e00-\u9fff])(?<![年（(])计划(?![数量])", "", name)
    return fig.planned or any(w in name for w in TARGET_WORDS)


DOING = re.compile(r"^(开展|举办|开办|开设|组织|完成|接待|发送|服务|新增|受理|培训|发放|救治|出动|"
                   r"新入|新招|新加入|"  # 新入会会员54名: the year's, no 现有 (blind71)
                   r"办理|"
                    r"帮扶|慰问|参加|参与|"
                    r"走访|开放|宣传|义诊|调解|审结|办结|结案|巡查|检查|查处|回访|捐|招募|发展|评选|"
                    r"表彰|安置|资助|征集|改造|建成|新建|种植|修复|清理|处置|上门|推出|发布|举行|"
                    r"实施|签约|筛查|随访|体检|接诊|门诊|急诊|住院|手术|分娩|客运|运送|供水|供电|"
                    r"借阅|外借|参观|入馆|讲解|演出|播出|回收|减少|下降|提高|节约|收到)")
"""A figure name that counts work done (开展志愿服务86场, 发送旅客386万人次)."""
_DONE_UNITS = ("场", "次", "人次", "万人次", "小时", "期", "篇", "场次", "例", "批次", "万册次",
               "车次")


VERB = re.compile(r"开展|组织|举办|落实|推进|加强|完善|建立|实施|推行|制定|召开|设立|组建|深化|"
                   r"持续|坚持|抓好|做好|强化|提升|优化|打造|创建|评选|签订|邀请|利用|依托|围绕|"
                   r"结合|按照|聘请|聚焦|实行|完成|建成|新建|改造|开通|上线|发放|走访|慰问|"
                   r"成立|健全|规范|严格|选派|培训|引进|招募|修订|编制|建设|参与|参加|配合|举行|安排|推出|推动|"
                   r"为[^，,；;]{1,12}提供")
"""A point that opens with a verb: it needs the unit before it as its subject."""


_DEMOGRAPHIC = re.compile(r"老龄化率|城镇化率|人口自然增长率|人口出生率|人口密度")
"""A rate of the people the unit serves, no result of its work (老龄化率 of a village's
户籍人口 at 2026年10月: blind90's reader found it its 创建成效's only figure)."""


def is_result(fig: Figure) -> bool:
    """Whether a figure of the year is something done or achieved (开展志愿服务86场,
    满意度96.8%) rather than a stock or headcount (职工627人, 运营车辆1326辆), which
    belongs in 基本情况 even with a period."""
    # a balance is a stock at its date (各项贷款余额48.6亿元: blind57's reader found it the
    # whole of a report's 创建成效)
    if fig.name.endswith(("余额", "存量", "保有量")) or _DEMOGRAPHIC.search(fig.name):
        return False
    # … and the unit's own staff at a date (门诊职工14人 at 2026年10月底, blind71: a report's
    # 创建成效 of its headcount, 基本情况 silent on it)
    # (… by its department's name: 门诊部人员34人, not a deed of its 门诊, blind121's reader
    # found it after the rest of the 基本情况)
    if fig.unit in ("人", "名") and (fig.name.endswith(("职工", "员工", "干部", "工作人员"))
                                    or re.fullmatch(r"[\u4e00-\u9fff]{0,6}[部科室处所站队院心组]"
                                                    r"(?:全体)?人员", fig.name)):
        return False
    # … and so is what the unit serves or offers at a point in time (服务乡镇卫生院16家,
    # 开展检验项目612项 at 2026年10月底: blind69's reader found them the 创建成效 of a
    # report, its 基本情况 silent on them), not what it added (新建…, 建成…)
    # (… or at a month, 开放床位16张 at 2026年11月: blind80, a line after the practices)
    if _AT_A_MONTH.search(fig.period) and \
            fig.unit not in ("%", "万元", "元", "亿元") and \
            re.match(r"(?:服务|开展|开设|开放|覆盖|管辖|联系|辐射)(?!.*(?:新|增|建成|完成))",
                     fig.name):  # (开放床位30张 at 2026年底: blind74's readers of both)
        return False
    return (bool(DOING.search(fig.name) or _DONE_WITHIN.search(fig.name))
            or fig.unit in _DONE_UNITS or fig.unit == "%"
            or fig.name.endswith(("率", "度", "量", "额", "收入", "得分")))


_OUTCOME = re.compile(r"零售额|销售额|营业额|营业收入|销售收入|产值|集体经济收入|"
                      r"人均[^，,]{0,6}收入|增收")
"""What a unit's 创建 yields in money: its sales, income, output (网络零售额, 村集体经济收入)."""


_DONE_WITHIN = re.compile(r"领办|找回|追回|挽回|带动|促成|化解|救助|帮助|解决|办结|受理|救起|争取|"
                          r"劝导|结对|帮扶|获奖")
"""A deed inside a figure's name, after whom it was done by or for (帮车主找回遗失物品37件,
学员领办家庭农场和农民合作社37家: blind39's readers found both among the units' size in
基本情况; …技能竞赛获奖项目, blind63's readers in a line after the practices, not in the
人才培养 whose point sends the staff to that contest)."""


_STAGES = {"发展对象": "确定", "入党积极分子": "培养", "积极分子": "培养"}
"""Stages of 发展党员 (《中国共产党发展党员工作细则》): a target names the step that yields them."""
_EVENTS = ("事故", "事件", "案件", "病例", "火灾", "险情", "事故数")
_SPANS = ("分钟", "小时", "天", "日", "个工作日", "秒")


def figure_clause(fig: Figure, *, period: bool = True) -> str:
    """One figure as a clause: 职工总数412人 / 党员占职工总数的40.8% / 城网供电可靠率达到
    99.95% (a target) / 2025年开展志愿服务86场 (with its period)."""
    when = fig.period if period else ""
    if fig.ratio:
        named = share_clause(fig)
        return f"{when}{named}" if not named.startswith("占") else f"{when}{fig.ratio[0]}{named}"
    name = figure_name(fig)
    if (fig.value == 0 and not fig.todo and not is_target(fig) and not fig.ratio
            and fig.unit != "%"):
        # 安全责任事故0起 → 未发生安全责任事故; 有效投诉0件 → 有效投诉为零
        return f"{when}未发生{name}" if name.endswith(_EVENTS) else f"{when}{name}为零"
    if is_target(fig):
        # 2027年县域内就诊率目标: the sentence says the year (力争全年2027年…, blind34)
        name = re.sub(r"^(?:19|20)\d\d年(?:度)?(?![底末初])", "", name)  # not 2027年底… (blind49)
        name = name.removeprefix("计划").removeprefix("力争").removeprefix("预计")
        if fig.value == 0 and name.endswith(_EVENTS):  # 力争…事故0起 → 不发生…事故
            return f"{when}不发生{name}"
        if name in _STAGES:  # 发展对象2名 is no count to reach: 确定发展对象2名
            return f"{when}{_STAGES[name]}{name}{fig.text}"
        if name.endswith(("时间", "用时", "时限")) and fig.unit in _SPANS:
            return f"{when}{name}控制在{fig.text}以内"  # 平均到达时间22分钟: an upper bound
        if fig.unit == "%" or name.endswith(_REACH):
            return f"{when}{name}达到{fig.text}"
        bare = re.sub(r"^(全年|年度|年内|每年)", "", name)  # 全年接待观众: 接待 leads
        # a named place or brand before the act (“暖途驿站”服务货车驾驶员: blind54's reader
        # struck 开展全年“暖途驿站”服务…) is its subject: the act after it leads
        # (not a bare act after it: “送法进场所”培训 is a count of trainings, blind28)
        act = re.sub(r"^“[^”]+”(?=[\u4e00-\u9fff])", "", bare)
        if (done := DOING.match(act)) and len(act) >= done.end() + 2:
            bare = act
        if fig.unit in _DONE_UNITS and not (DOING.search(bare) or VERB.match(bare)
                                            or "开展" in bare  # 到联系村开展志愿服务
                                            # 夜校开课, 夜校培训务工人员 (blind51: 开展夜校开课)
                                            # (not 职工技能培训, a count of trainings)
                                            or re.search(r"开课|开班|(?:培训|授课|讲解|巡诊)"
                                                         r"(?=[\u4e00-\u9fff])", bare)
                                            # (全年认定规模: a scale, blind108)
                                            or re.search("每人|每名|人均", name)
                                            or name.endswith(("时长", "总数", "总量", "规模"))):
            return f"{when}开展{name}{fig.text}"  # 志愿服务活动180场 → 开展…
        # a facility to build (冻干鹿茸片生产线1条: a blind88 reader found the goal verbless)
        if fig.planned and fig.unit in ("条", "座", "个", "处", "间", "所") and not (
                VERB.match(bare) or DOING.match(bare) or bare.startswith("新")) and re.search(
                r"(?:生产线|流水线|基地|站点|驿站|工坊|车间|冷库|展厅|展馆)$", bare):
            return f"{when}建成{name}{fig.text}"
        if (fig.unit in ("人", "名", "个", "家", "支", "户", "所", "小时")
                or name.endswith(("时长", "总数", "总量", "规模"))) and not (
                VERB.match(bare) or DOING.match(bare)):
            return f"{when}{name}达到{fig.text}"  # 注册志愿者3000人 → …达到3000人
    # a count of events names its act (a blind23 reader: 体育志愿服务46场次 is a label):
    # 开展体育志愿服务46场次, not for a name saying its own (志愿服务惠及群众, 门急诊)
    if (fig.period and fig.unit in ("场", "次", "场次", "期", "批次") and _EVENT.search(name)
            and not (DOING.search(name) or VERB.match(name) or _OWN_ACT.search(name))):
        return f"{when}开展{name}{fig.text}"
    # a count of medals or complaints names no act: 在…锦标赛上获得金牌38枚, 受理消费投诉
    # 9件 (a blind23 reader: 全市青少年锦标赛金牌38枚 lacks its 获得)
    if medal := re.fullmatch(r"(.{2,20}?(?:赛|运动会))(金牌|银牌|铜牌|奖牌)", name):
        return f"{when}在{medal[1]}上获得{medal[2]}{fig.text}"
    if re.fullmatch(r"[\u4e00-\u9fff]{0,8}(?:金牌|银牌|铜牌|奖牌|奖项)", name):
        return f"{when}获得{name}{fig.text}"
    # … but not one naming its own act (受理金融消费投诉, 按期办结投诉: blind30 printed
    # 受理受理…, 受理按期办结…)
    if (re.fullmatch(r"[\u4e00-\u9fff]{0,6}投诉", name) and fig.unit in ("件", "起", "次")
            and not (DOING.search(name) or re.search(r"办结|处理|调解|化解|回复", name))):
        return f"{when}受理{name}{fig.text}"
    return f"{when}{name}{fig.text}"


_EVENT = re.compile(r"活动|志愿服务|宣传|宣讲|宣教|培训|巡查|检查|演练|讲座|义诊|慰问|排查|走访|"
                    r"主题党日|党课|讲堂|比赛|展览|演出")
"""A name counting events the unit held."""
_OWN_ACT = re.compile(r"惠及|参加|参与|覆盖|受益|接受|开展|举办|组织|提供|达|累计")
"""Words by which a name says its own act."""


_RATE_WORD = re.compile(r"(?:覆盖|合格|完成|满意|注册|达标|上岗|到位|参与|知晓|普及|整改|办结|"
                        r"结案|治愈|入学|巩固|就业|签约|建档|接种|使用|利用|安置|化解|归还|配置|持证|取证)率$")
"""A rate that says what it is alone once its part and whole are named."""


def share_clause(fig: Figure) -> str:
    """A share after its numerator: 本科上线率76.8% when the name is a rate (…率), else
    占在校学生的93.7% (…占比 after its numerator only says the numerator twice)."""
    assert fig.ratio is not None
    if fig.name.endswith("率") and fig.name != fig.ratio[0]:
        # (2025年认定合格率 of 2025年取证 and 2025年技能等级认定: their year, said once
        # before them, blind108's reader of 2025年，取证4387人，2025年认定合格率84.1%)
        year = re.match(r"(?:19|20)\d\d年(?=[\u4e00-\u9fff]{2})", fig.name)
        name = fig.name[year.end():] if year and all(
            p.startswith(year[0]) for p in fig.ratio) else fig.name
        return f"{name}{fig.text}"
    return f"占{fig.ratio[1]}的{fig.text}"


_BUILDING = re.compile(r"(?:开工|启动|动工)(?:建设|新建|改造)?|建成|新建|改造|改建|扩建")
"""How a point says how far a facility's work goes (开工建设智能化孵化厅; not a bare 建设,
whose goal is 建成: blind88's reader)."""


def _as_pointed(fig: Figure, facts: Facts) -> Figure:
    """A planned facility (智能化孵化厅1座, no verb) named as its task's point says its work
    (开工建设智能化孵化厅: the goal 开工建设智能化孵化厅1座, not one built, blind120's readers
    of both writers); the figure unchanged otherwise, a ratio's part too."""
    if not fig.planned or fig.ratio or any(fig.name in g.ratio for g in facts.figures if g.ratio):
        return fig
    for task in facts.tasks:
        for point in task.points:
            if point.endswith(fig.name) and _BUILDING.fullmatch(point[:-len(fig.name)]):
                return replace(fig, name=point)
    return fig


def _measure(unit: str) -> str:
    """What a unit counts, less its order of magnitude (万只 → 只, 亿元 → 元): people by
    any of their measure words (名, 位 → 人), bodies and places too (支, 家, 所, 座, 处 → 个)."""
    unit = re.sub(r"^[万亿千百]+", "", unit)
    return {"名": "人", "位": "人", "支": "个", "家": "个", "所": "个", "座": "个",
            "处": "个"}.get(unit, unit)


def _common_start(a: str, b: str) -> str:
    """The characters two names open with alike (爸妈课堂开课, 爸妈课堂听课 → 爸妈课堂)."""
    n = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return a[:n]


def _year_pairs(figures: Sequence[Figure]) -> tuple[list[Figure], dict[str, Change]]:
    """The figures less each count an earlier year's is said with, and the later year's
    change by its name (facts.changes; no target's): a count given for an earlier year too
    is said once, the later year's with its change (2026年住院手术1268台，比2025年的1104台
    增加164台、增长14.9%: blind105's reader; 268例 beside 214例 of blind106's, both writers)."""
    paired = {c.later.name: c for c in changes(figures)
              if not (is_target(c.later) or is_target(c.earlier))}
    earlier = {c.earlier.name for c in paired.values()}
    return [f for f in figures if f.name not in earlier], paired


def figures_sentence(figures: Sequence[Figure], *, period: bool = True,
                     paired: Mapping[str, Change] | None = None) -> str:
    """Figures as one clause list (a ratio right after its numerator, sharing it):
    职工总数412人，其中党员168人，占职工总数的40.8%. `paired`: the changes _year_pairs found
    over a longer list the caller splits (by period), else this list's own."""
    if paired is None:
        figures, paired = _year_pairs(figures)
    figures = _bases_first(figures)
    names = {f.name for f in figures}
    after = {f.ratio[0]: f for f in figures if f.ratio and f.ratio[0] in names}
    parts: list[str] = []
    closes: set[int] = set()  # parts that end a whole and its 其中: a ；after them
    changed: dict[int, str] = {}  # parts said with their year-on-year change (_year_pairs)
    whole: tuple[str, Figure] | None = None  # the last whole said with a part in brackets
    for n, f in enumerate(figures):
        if f.ratio and after.get(f.ratio[0]) is f:
            continue
        part = figure_clause(f, period=period)
        before = figures[n - 1] if n else None
        if (parts and before is not None and not f.ratio and not before.ratio
                and figure_name(f) == figure_name(before) and f.unit != before.unit
                and parts[-1].startswith(figure_name(f))):
            parts[-1] += f"、{f.text}"  # 减免基本殡葬服务费4120户、386.5万元
            continue
        lead = re.match(r"“[^”]+”", part)
        if lead and parts and parts[-1].startswith(lead[0]) and len(part) > len(lead[0]):
            part = part[len(lead[0]):]  # “乡村振兴贷”支持农户642户，发放金额1.86亿元
        # a name going on from the one before says only what it adds (发放贷款806笔，
        # 发放贷款金额2.41亿元 → …806笔，金额2.41亿元, blind17)
        name = figure_name(f)
        prev = figure_name(before) if before is not None and not before.ratio else ""
        # (… the 开展 figure_clause puts before its name too: 开展引航梯检查1260次，其中合格
        # 1236次, not 其中开展引航梯检查合格…, blind104's reader)
        verb = re.match(f"开展(?={re.escape(name)})", part) if name else None
        if (parts and not f.ratio and len(prev) >= 4 and name.startswith(prev)
                and len(name) - len(prev) >= 2 and (part.startswith(name) or verb)):
            part = re.sub(r"^中的", "", part[len(prev) + (verb.end() if verb else 0):])
        # … and one sharing its first words with the one before says them once (爸妈课堂
        # 开课96场，爸妈课堂听课3860人次 → …，听课3860人次; 上门公益访视困难家庭148户，上门公益
        # 访视420次 → …，访视420次: blind70)
        elif (parts and not f.ratio and f.value and prev and part.startswith(name)
              and re.fullmatch(r"[\u4e00-\u9fff“”]{4,}", common := _common_start(prev, name))
              and common != prev):
            # (农产品交易量…，交易额…; not 易额, nor a year's digits: 2025届…, 2025年…)
            rest = name[len(common) - (0 if len(name) - len(common) >= 2 else 2):]
            part = rest + part[len(name):]
        if f.name in after:
            r = after[f.name]
            share = share_clause(r)
            if (before is not None and r.ratio[1] == before.name and parts
                    and parts[-1].endswith(before.text) and not part.startswith("其中")
                    # (… of the whole's own measure: not 受精蛋入孵2646万枚，其中出雏2318万只,
                    # chicks no part of the eggs, blind120's reader)
                    and _measure(f.unit) == _measure(before.unit)
                    # a kind of the whole named by it goes in brackets (below)
                    and not figure_name(f).endswith(figure_name(before))):
                # the whole just said: 机关工作人员6人，其中机关党员5人，占83.3% (blind44's
                # reader: 机关党员5人，占机关工作人员的83.3%, a list with no structure)
                part = f"其中{part}"
                share = share.replace(f"占{before.name}的", "占", 1)
                rate = _RATE_WORD.search(r.name)
                if rate and share.startswith(r.name) and set(r.name[:rate.start()]) <= set(
                        f.name + before.name):  # …，其中建有讲堂的118个，覆盖率86.8% (not
                    share = share[rate.start():]  # 一次通过率 → 通过率: the rest says more)
                closes.add(len(parts))
            if share.startswith(f.name) and len(share[len(f.name):].rstrip(
                    "0123456789.%")) >= 2:  # 村级综合服务社168个，覆盖率78.5% (not 率99.9%)
                share = share[len(f.name):]
            part += f"，{share}"
        # a kind of the one before, of the same unit (党员29名 + 预备党员1名): part of it,
        # not more of them (a blind20 reader read 党员29名，预备党员1名 as 30)
        if (parts and before is not None and not f.ratio and not before.ratio
                and len(prev) >= 2 and name.endswith(prev) and name != prev
                and f.unit == before.unit and f.value <= before.value
                and part.startswith(name) and "（其中" not in parts[-1]):
            said = f"{prev}{before.text}"  # right after the whole, before its share
            at = parts[-1].find(said)
            at = at + len(said) if at >= 0 else len(parts[-1])
            parts[-1] = f"{parts[-1][:at]}（其中{part}）{parts[-1][at:]}"
            whole = (prev, before)
            continue
        # … and every other kind of it with the first (其中民事…698件、行政…36件: not
        # one inside the brackets and one after them, blind26)
        if (whole is not None and not f.ratio and name.endswith(whole[0]) and name != whole[0]
                and f.unit == whole[1].unit and f.value <= whole[1].value
                and part.startswith(name) and "）" in parts[-1]):
            at = parts[-1].rindex("）")
            # after a share inside the brackets, a ；(其中…21名，占党员的45.7%；流动党员7名)
            mark = "；" if "，" in parts[-1][parts[-1].rindex("（其中"):at] else "、"
            parts[-1] = f"{parts[-1][:at]}{mark}{part}{parts[-1][at:]}"
            continue
        whole = None
        if f.name in paired:  # said after the whole's own clause, before its 其中
            changed[len(parts)] = paired[f.name].clause
        parts.append(part)
    parts = [f"{p}，{changed[n]}" if n in changed else p for n, p in enumerate(parts)]
    text = "".join(p if not n else ("；" if n - 1 in closes else "，") + p
                   for n, p in enumerate(parts))
    # names opening with the same year say it once (2025年蹲点督查重点项目28个，蹲点146天，
    # not …，2025年蹲点146天; 其中按期办结…: blind87's reader)
    year = re.match(r"(?:19|20)\d\d年(?![底末初\d])", text)
    if year:
        # (… before a count too: 其中7个工作日内办结…, blind111's reader; not a month's 12月)
        again = rf"(?:(?<=[，；])|(?<=其中)){year[0]}(?![底末初]|\d{{1,2}}月|[，,])"
        text = year[0] + re.sub(again, "", text[year.end():])
    return text


def _bases_first(figures: Sequence[Figure]) -> list[Figure]:
    """The figures with each ratio's denominator moved before its numerator, so that a
    share is never stated before the whole it is a share of."""
    out = list(figures)
    for f in figures:
        if f.ratio:
            num = next((g for g in out if g.name == f.ratio[0]), None)
            den = next((g for g in out if g.name == f.ratio[1]), None)
            if num and den and out.index(den) > out.index(num):
                out.remove(den)
                out.insert(out.index(num), den)
    return out


@dataclass(frozen=True)
class FigureRoles:
    """Each figure once, in the place the genre gives it."""

    base: tuple[Figure, ...] = ()  # 基本情况 / 现有基础
    targets: tuple[Figure, ...] = ()  # 工作目标
    results: tuple[Figure, ...] = ()  # 成效 not linked to a task
    by_task: dict[str, tuple[Figure, ...]] = field(default_factory=dict)
    funds: tuple[Figure, ...] = ()  # money planned: 经费保障, not a goal
    workload: tuple[Figure, ...] = ()  # a 工作总结's year of work in 基本情况 (门诊接诊…)

    def of(self, task: Task) -> tuple[Figure, ...]:
        return self.by_task.get(task.title, ())


_STOCK = re.compile(r"[末底]$")
"""A figure's period that ends at a date: a stock then (宣讲团成员37人 at 2026年10月末)."""


def recap_figures(facts: Facts, roles: FigureRoles) -> list[Figure]:
    """The results a 创建工作汇报's practices state (roles.by_task, in task order) that its
    创建成效 says again together (Say.recap): not a stock at its period's end (宣讲团成员
    37人), not the parts of a rate (its rate says them), not a figure still to come; []
    with fewer than two."""
    linked = [f for t in facts.tasks for f in roles.of(t)]
    parts = {p for f in linked if f.ratio for p in f.ratio}
    figs = [f for f in linked
            if f.name not in parts and not f.todo and not _STOCK.search(f.period)]
    return figs if len(figs) >= 2 else []


def task_words(task: Task) -> str:
    """A task's title and points as one text, the words it is matched by."""
    return task.title + "；".join(task.points)


def honor_task(honor: Honor, tasks: Sequence[Task]) -> Task | None:
    """The one task an honour was won for: the task whose title quotes a name the honour's
    title holds (“禾睦健康直通车” of 汭川县工人先锋号（“禾睦健康直通车”医疗队）), or whose title
    holds a name the honour quotes or brackets (时间银行 of 办好“邻里时间银行”, 民间河长 of
    （渌溪县民间河长队伍）); None when no task or more than one does. blind50's readers of
    five drafts of six moved such an honour from 基本情况 into the work that won it."""
    names = [n.strip("“”") for n in re.findall(r"“([^”]{3,})”|[（(]([^）)]{3,})[）)]",
                                                 honor.title) for n in n if n]
    names += [q for n in names for q in re.findall(r"“([^”]{3,})”", n)]

    def won_by(task: Task) -> bool:
        own = re.findall(r"“([^”]{2,})”", task.title)
        return (any(q in honor.title for q in own)
                or any(n in task.title or any(n in q or q in n for q in own if len(q) >= 3)
                       for n in names if len(n) >= 3))
    hits = [t for t in tasks if won_by(t)]
    return hits[0] if len(hits) == 1 else None


def guess_task(fig: Figure, tasks: Sequence[Task], least: int = 2) -> str:
    """The one task a result plainly belongs to (at least `least` shared words with its
    title and points, more than with any other task), or "". The time its name opens
    with names no work (2026年一季度晨问上门次数: 季度 of 每季度… in two other tasks)."""
    grams = bigrams(re.sub(r"^(?:(?:19|20)\d\d年)?(?:[一二三四]季度|[上下]半年|"
                           r"(?:1[0-2]|[1-9])(?:—(?:1[0-2]|[1-9]))?月)?", "", fig.name))
    scores = [(len(grams & bigrams(task_words(t))), t.title) for t in tasks]
    scores.sort(reverse=True)
    if scores and scores[0][0] >= least and (len(scores) == 1 or scores[1][0] < scores[0][0]):
        return scores[0][1]
    return ""


_SPENDING = re.compile(r"经费|资金|投入|投资|预算|列支|拨付|补助|奖励|支出|专款")
"""A planned sum that is money spent (创建专项经费), 经费保障's; not one to be earned or
raised (带动签约茶农户均增收 3000元 read as 安排带动…增收3000元 there, blind30)."""


_STOCK_UNITS = ("个", "张", "座", "家", "所", "处", "辆", "台", "艘", "名", "人", "户", "支", "条",
                "平方米", "万平方米", "亩", "公里", "套", "间", "床", "项")
"""Units a unit's stock is counted in (床位360张, 服务窗口14个): 基本情况's, dated or not."""


def _year_result(figure: Figure) -> bool:
    """Whether a figure with no period is still plainly a count of the year's work in a
    summary (调解协议履行81件, 接待疗休养职工3.12万人次, 客户满意度98.3%: FACTS.md, a
    result unless a headcount or stock; blind45's readers found them in 基本情况), not a
    share and not counted in a stock's units."""
    # (接待入住家庭412户: households received in the year, no stock: blind70's 现有…)
    return (not figure.ratio and is_result(figure)
            and (figure.unit not in _STOCK_UNITS
                 or bool(re.match(r"接待|受理|救助|新[增入招加]", figure.name)))
            and not re.match(r"开放|服务(?!对象)", figure.name)
            and not re.search(r"容量|面积|规模|里程|总数$", figure.name))  # 总装机容量: stock


def earlier(figure: Figure, year: int) -> bool:
    """Whether a figure was measured only in years before `year` (period 2025年 in a 2026
    summary): the setting of the year, 基本情况's, not one of its results (blind38: 2025年入园
    游客142.6万人次 among a 2026 report's 成效); with no period, the year opening its name
    (2025年分娩 in a 2026 report: blind86's reader found it alone in 创建成效)."""
    named = re.match(r"(?:19|20)\d\d年", figure.name)
    period = figure.period or (named[0] if named else "")
    if re.search(r"以来|至今|起", period):  # 2025年以来: up to the document's own time
        return False
    years = [int(y) for y in re.findall(r"((?:19|20)\d\d)年", period)]
    return bool(years) and max(years) < year


_WORKLOAD = re.compile(r"量$|门诊|急诊|住院|接诊|收治|出诊|分娩|手术|客运|旅客|运送|接待|办理|受理|"
                       r"办件|承办|审结|结案|公证|诊断")  # 组织病理和细胞学诊断1.86万例 (blind81)
"""A count of the unit's everyday workload in its year (门诊接诊, 发送旅客, 办理公证): its
size, said in a 工作总结's 基本情况."""
_UNIT_WIDE = re.compile(r"满意[度率]$|^(?:(?:19|20)\d\d年)?(?:全年|各类)")
"""A whole unit's indicator of its year (学员满意度, 2026年各类培训): a 工作总结's 基本情况's."""
_INWARD = re.compile(r"党建|队伍|作风|思想|理论|学习|廉")
"""A work on the unit's own people and conduct (加强干部队伍和作风建设): no home for a
figure of the year before."""
_OWN_SIZE = re.compile(r"入会|会员$|(?:演出|营业|经营|销售)?收入$|营业额$|销售额$")
"""The unit's own size of its year (新入会会员, 书场演出收入): a 工作总结's 基本情况."""
_ACHIEVED = re.compile(r"获|奖|表扬|锦旗|感谢|事故|投诉|差错|评")
"""What the year achieved or avoided (获奖37项, 未发生安全责任事故, 锦旗27次): a result."""


def _everyday(figure: Figure) -> bool:
    """Whether a figure counts the unit's everyday workload (_WORKLOAD), not an
    achievement, a rate or a figure still to come."""
    return (not figure.todo and not figure.ratio and figure.unit != "%"
            and not re.search(r"[率度]$", figure.name)
            and bool(_WORKLOAD.search(figure.name)) and not _ACHIEVED.search(figure.name))


def _recurring(figure: Figure, figures: Sequence[Figure]) -> bool:
    """Whether the facts give the same count for an earlier year too (earlier_same): a
    yearly volume compared across years, a 工作总结's 基本情况 (2026年放射检查13.62万人次
    beside 2025年's, blind84: the year's in a task, the year before's in 基本情况)."""
    return not figure.ratio and any(earlier_same(g, figure) for g in figures)


_TIME_OPENING = re.compile(r"^(?:(?:19|20)\d\d年度?)?(?:[一二三四]季度|[上下]半年|[春秋]季学期|"
                           r"(?:1[0-2]|[1-9])(?:—(?:1[0-2]|[1-9]))?月)?")
"""The time a figure's name opens with (2026年春季学期报到学生, 2026年一季度…): no part of
what it counts."""


def _headcount(figure: Figure) -> bool:
    """Whether a figure counts people the unit has or serves at a time (2026年春季学期报到
    学生 ____人: 基本情况's, not the safety work's for the 学期 and 学生 of its points,
    blind95), not people reached by a deed (新招学生, 帮扶…)."""
    bare = _TIME_OPENING.sub("", figure.name)
    return (figure.unit in ("人", "名")
            and bool(re.search(r"(?:学生|学员|职工|员工|人员|会员|党员|居民|群众|儿童|幼儿|老人|"
                               r"患者|人口)$", bare))
            and not DOING.search(bare) and not _DONE_WITHIN.search(bare))


def figure_roles(facts: Facts, *, retrospective: bool, funds_apart: bool = False,
                 gathered: bool = False, workload_in_basics: bool = False) -> FigureRoles:
    """Where each figure goes. `retrospective` (a summary or report): a figure with a
    period is a result, stated in the task it plainly belongs to when the facts link no
    figure to a task themselves; in a plan everything not a target and not linked is
    the base. `funds_apart` (a kind with 经费保障): planned money is no goal. `gathered`
    (a plan whose notes ask its 目标 写实, notes.targets_gathered): every target is the
    工作目标's, those linked to a task too, said there once (blind54's readers of both
    writers: 目标写实 unmet while 3万人次, 1200车次, 60场 closed the tasks).
    `workload_in_basics` (a 工作总结): a workload count of the year no task holds (门诊
    接诊2.36万人次, _WORKLOAD) is its 基本情况's, `workload`, not a line after the last
    practice (session 32: readers of both writers found such an orphan line in 10 of 60
    drafts of blind65–74); what the year achieved, rates and figures still to come stay
    its results."""
    titles = {t.title for t in facts.tasks}
    facts = replace(facts, figures=tuple(_as_pointed(f, facts) for f in facts.figures))
    if retrospective:  # an unlinked result goes to the one task it plainly belongs to
        # (not one still to come: a 全年销售总额 the audit gives goes with the year's
        # results, not at the end of the 诚信经营 work that shares its 社有企业, blind17)
        # … and the parts of a rate the facts link to a task go with it (参加中考学员 and
        # 升入高中阶段学校学员 of 中考升学率 under 抓好文化教育, blind23: not one in 基本情况
        # and one at the end of the training)
        # … but not a whole another share of the unit is of (员工总数 of 党员占员工总数的
        # 15.1% stays in 基本情况: blind30 gave the share there alone)
        shared = {f.ratio[1] for f in facts.figures if f.ratio and not f.task}
        # … nor a whole that is a stock of the unit or its area (会员单位326家 at 2026年底
        # of 诚信示范店占会员单位比例: blind57's reader missed it in 基本情况)
        # (… at a month too, the unit's own: 农户436户 at 2026年10月 of 认领库岸农户占比,
        # blind85's reader of a village's report found it in the task, not its 基本情况; not
        # a place's, 鲵溪乡村小和幼儿园15所 of a clinic's 补种覆盖率)
        shared |= {f.name for f in facts.figures if not f.ratio and (
            re.search(r"[底末]$", f.period) or re.match(r"全[县市区镇乡]", f.name)
            or (_AT_A_MONTH.search(f.period)
                and not re.match(r"[\u4e00-\u9fff]{1,4}?[省市县区乡镇村]", f.name)))}
        rated = {part: f.task for f in facts.figures if f.ratio and f.task in titles
                 for part in f.ratio if part == f.ratio[0] or part not in shared}
        facts = replace(facts, figures=tuple(
            # (an average of the whole unit, 门诊日均服药人数, is no one task's: blind71 put it
            # in 医德医风 for the 服药 of a point)
            replace(f, task=rated.get(f.name) or (
                "" if re.search(r"日均|月均|年均|平均|人均", f.name)
                # (… nor a satisfaction of the whole unit still to come: 第四季度患儿家长满意度 of a
                # 儿科, not of its 哮喘 task for the 患儿家长课堂 of a point, blind87's reader)
                or (f.todo and re.search(r"满意度|满意率", f.name))
                # (nor the unit's workload a 工作总结 says in 基本情况: 收治危重患者1126人次
                # of an ICU, not of its “床到床” transport for its 危重患者, blind80)
                or (workload_in_basics and (_everyday(f) or _recurring(f, facts.figures)))
                # (a count still to come that is no result, by three pairs at least: not
                # 检测车辆 of the 6S task for its 检测, blind38)
                else guess_task(f, facts.tasks, least=2 if is_result(f) or f.name in rated
                                else 3)))
            if (f.period or f.todo or _year_result(f)) and not f.ratio and not f.task
            and not is_target(f) and not earlier(f, facts.doc.year)
            # a sum to come: the year's, unless raised for others by a work (2026年帮助困难患者
            # 争取救助资金: the 救助's, blind106's readers of both writers)
            and not (f.todo and f.unit.endswith("元") and not re.match(
                r"(?:(?:19|20)\d\d年)?(?:帮助|协助|帮|为)[\u4e00-\u9fff]{2,8}?(?:争取|筹集|募集)",
                f.name))
            # (a count still to come too: 护树人上传巡护照片 of 一树一护, blind86's reader found
            # it alone after the last practice)
            and (is_result(f) or f.todo or f.name in rated) else f for f in facts.figures))
    else:  # a plan's count still to come goes with the work it counts (2026年一季度晨问
        # 上门次数 of 推行“晨问一声”…, blind86's reader found it in 基本情况)
        facts = replace(facts, figures=tuple(
            # (not a score of the whole unit: 全市…能力评价得分, blind62)
            replace(f, task=guess_task(f, facts.tasks))
            # (… not a headcount still to come: 2026年春季学期报到学生, 基本情况's, not the
            # safety work's for the 学期 and 学生 of its points, blind95)
            # (… nor an average of the whole unit: 2026年割胶工人均年收入, not the 带教 of new
            # 割胶工, blind95's readers of both writers)
            if f.todo and not f.task and not f.ratio and not is_target(f) and not _headcount(f)
            and not re.search(r"得分|评分|满意度|满意率|日均|月均|年均|平均|人均", f.name)
            # (… nor a result of a year before the plan's the unit's own care would hold:
            # 2025年度项目区新增粮食产能, 基本情况's, not the 干部队伍 work's for the 项目区 of its
            # point, blind119's readers of both writers)
            and not (earlier(f, facts.doc.year)
                     and _INWARD.search(guess_task(f, facts.tasks) or ""))
            # (… nor the unit's own measure of an earlier period: 2026年一季度结算评审审减金额
            # beside 2025年审减金额, blind101's reader found it in 限时办结)
            and not any(g is not f and not g.task and not g.todo and len(f.name) >= 4
                        and g.name.endswith(f.name[-4:]) for g in facts.figures) else f
            for f in facts.figures))
    by_task: dict[str, list[Figure]] = {}
    base, targets, results, funds = [], [], [], []
    # What the facts' own text already says (a point 年内发展党员2名, a funding line): a
    # figure found there is stated where the user put it, not a second time.
    said = "；".join([*(p for t in facts.tasks for p in t.points),
                     *facts.guarantees.funding, *facts.guarantees.assessment,
                     *(w for ph in facts.phases for w in ph.work)])
    for f in facts.figures:
        if not f.ratio and not f.todo and (f"{figure_name(f)}{f.text}" in said
                                           or f"{f.name}{f.text}" in said):
            continue
        ratio_of_linked = f.ratio and any(
            g.task in titles for g in facts.figures if g.name == f.ratio[0])
        # (not investment the unit delivers: 完成代建投资5.2亿元 is an agency's output, its
        # goal; blind104's readers of both writers found it in 经费保障)
        spending = (funds_apart and is_target(f) and f.unit.endswith("元")
                    and bool(_SPENDING.search(f.name))
                    and not re.search(r"完成[^，,]{0,4}投资", f.name))
        if (f.task in titles or ratio_of_linked) and not spending and not (
                gathered and not retrospective and is_target(f)):
            # a plan's target too: said in the task it measures (both blind46 readers of
            # each writer: 5个工作站 and 8个示范单位 heaped in 工作目标, none in (一);
            # blind44's: 新创节目2个 with no task), once (blind37: not there and again)
            owner = f.task if f.task in titles else next(
                g.task for g in facts.figures if f.ratio and g.name == f.ratio[0])
            by_task.setdefault(owner, []).append(f)
        elif spending:
            funds.append(f)
        elif is_target(f):
            targets.append(f)
        elif retrospective and not f.ratio and f.unit.endswith(_OUTPUT) and (
                f.todo or _PRODUCED.search(f.name)) and not (
                # (… but a 创建工作汇报's sales or income of the year is what the 创建
                # achieved: blind88's readers of both writers asked 网络零售额 in 创建成效)
                facts.doc.kind == "creation_report" and _OUTCOME.search(f.name)):
            # a sum still to come that no task made (易地建设费 the finance bureau has yet to
            # reconcile, 销售总额 the annual report gives) is the year's 基本情况, not a line
            # opening the practices (blind17, blind18), nor is an output's (发电量…亿千瓦时:
            # both blind33 readers)
            base.append(f)
        elif retrospective and not earlier(f, facts.doc.year) and (f.todo or (
                (f.period or _year_result(f))
                # (a share of stocks at a point in time, 五年以上康复会员占比 at 2026年底, is
                # the unit's size: blind71's reader found 会员468名 after the practices)
                and not (f.ratio and _AT_A_POINT.search(f.period))
                # (… at a month too, 老年人口占比 of 常住人口 at 2026年10月: blind83's reader
                # found the community's size in its 创建成效; not a survey's rate)
                and not (f.ratio and _AT_A_MONTH.search(f.period)
                         and not f.name.endswith(("率", "度"))
                         and not any(is_result(g) for g in facts.figures if g.name in f.ratio))
                and (is_result(f) or (f.value == 0 and f.name.endswith(_EVENTS))))):
            # counted at year end; 未发生事故 too; one with no period is the year's as well
            # (FACTS.md: a result unless a headcount or stock; blind45's readers found 调解协议
            # 履行81件 and 接待3.12万人次 among a summary's 基本情况)
            results.append(f)
        else:
            base.append(f)
    # A share is stated beside its numerator, wherever that went (家访学生1743人，占在校
    # 学生的93.7%), never alone where its parts cannot be read.
    lists = [base, targets, results, funds, *by_task.values()]
    for f in facts.figures:
        if not f.ratio:
            continue
        parts = [g for g in facts.figures if g.name in f.ratio]
        # a rate of the year's survey, dated by its parts (满意率 of 582 of 600 问卷 in
        # 2026年), is a result, not the unit's size (blind25: in 基本情况)
        surveyed = (retrospective and not f.period and f in base and f.name.endswith(("率", "度"))
                    and not _DEMOGRAPHIC.search(f.name)
                    and bool(parts) and all(g.period for g in parts)
                    # (not a share of the unit's households or people at a month, 合作社入社率
                    # of 全村户数: blind101's village printed it after its last practice)
                    and not any(re.search(r"户数|人口$|总人数$", g.name)
                                and _AT_A_MONTH.search(g.period) for g in parts)
                    # (nor a coverage of stocks at a month, 村卫生室联网覆盖率 of 联网村卫生室
                    # and 全县村卫生室 at 2025年12月: blind120's reader found it after the last
                    # practice, not in 基本情况)
                    and not (re.search(r"覆盖率|普及率|联网率|入网率|通达率|占比$", f.name)
                             and all(_AT_A_MONTH.search(g.period) for g in parts)))
        if surveyed:
            base.remove(f)
            results.append(f)
        if retrospective and (f.period or surveyed) and f in results and all(
                g in base or (surveyed and g in results) for g in parts):
            for part in parts:  # a survey's parts go with its rate
                (base if part in base else results).remove(part)
                results.insert(results.index(f), part)
            continue
        home = next((lst for lst in lists if any(g.name == f.ratio[0] for g in lst)), None)
        here = next((lst for lst in lists if f in lst), None)
        if home is not None and here is not None and home is not here:
            here.remove(f)
            home.append(f)
            here = home
        # a counted whole of the year goes with its part and the rate (转办工单 with
        # 按时办结工单: blind14 read them apart in two sections), and so does a whole
        # outside the unit (全县行政村: no unit 现有 a county's villages, blind17); the
        # unit's headcount stays
        for lst in (results, base):
            # (a stock at a point in time, 2026年底防空警报器42台, stays: blind18)
            # (… but the unit's own workload stays in its 基本情况: 窗口和流动车办理业务12.6万笔
            # of the 流动服务车's share, blind81's readers of both writers)
            for whole in [g for g in lst if g.name == f.ratio[1] and here is not None
                          and not (lst is base and _everyday(g))
                          and here is not lst and (lst is results or _OUTSIDE.match(g.name)
                                                   or (g.period and not _AT_A_MONTH.search(
                                                       g.period)))]:
                lst.remove(whole)
                if not whole.period:  # counted when its part is
                    part = next((g for g in here if g.name == f.ratio[0]), None)
                    whole = replace(whole, period=part.period if part else f.period)
                here.insert(here.index(f), whole)
    if workload_in_basics:
        parts = {p for f in facts.figures if f.ratio for p in f.ratio}
        # (… and the unit's whole-year indicators, its served's satisfaction and its 各类培训:
        # blind97's and blind98's readers of both writers found them hanging after the last
        # practice, 截至2025年11月，会员满意度97.6%。)
        counts = [f for f in results if f.name not in parts
                  and (_everyday(f) or _recurring(f, facts.figures))]
        # (… only where nothing else is left to close the practices, typed, no share whose
        # parts the practices' closing says: 有效问卷1920份，满意问卷1863份 of blind13)
        wide = [f for f in results if f.name not in parts and f not in counts and not f.todo
                and not f.ratio and _UNIT_WIDE.search(f.name)]
        # (… and the unit's own size, its members and takings of the year, where no
        # achievement is left to close the practices: 我会全年新入会会员38人。 and 2026年书场
        # 演出收入12.6万元。 hung after the last practice, blind118's and blind119's readers;
        # not what its work came to, 涉及赔付金额326.8万元 of a 调解委员会, blind45)
        rest = [f for f in results if f not in counts and f not in wide]
        own = [f for f in rest if f.name not in parts and not f.todo and not f.ratio
               and _OWN_SIZE.search(f.name)]
        if len(own) == len(rest):
            counts += own + wide
        results = [f for f in results if f not in counts]
        # the same count of an earlier year beside it, not two sentences apart (2025年
        # 接待疗休养职工2.93万人次 then 3.12万人次 of 2026, blind45)
        # (… named with its own year too: 2024年手术麻醉 beside 2025年手术麻醉, blind83)
        for count in list(counts):
            pasts = sorted((b for b in base if earlier_same(b, count)), key=lambda b: b.name)
            if pasts:  # 2026年，接待…: each year says its own
                base[:] = [b for b in base if b not in pasts]
                at = counts.index(count)
                counts[at:at + 1] = [*pasts, count if count.period
                                     else replace(count, period=f"{facts.doc.year}年")]
    else:
        counts = []
    # the same count of an earlier year goes beside this year's, wherever else that went
    # (2025年住院手术1312台 alone in 基本情况, 1486台 of 2026 in a practice: blind104's reader)
    if retrospective:
        for lst in (results, *by_task.values()):
            for f in list(lst):
                for past in [b for b in base if earlier_same(b, f) and not b.ratio]:
                    base.remove(past)
                    lst.insert(lst.index(f), past)
    return FigureRoles(tuple(base), tuple(targets), tuple(results),
                       {k: tuple(v) for k, v in by_task.items()}, tuple(funds), tuple(counts))


_PRODUCED = re.compile(r"(?:处理|发电|供电|上网电|产|供水|售水|销售|吞吐|运输|装卸)量$|"
                       r"(?:销售|营业|经营|主营业务)收入$|产值$|利税$|营收$|"
                       # (a village's 村集体经济收入, its year's size: blind101's reader found it
                       # hanging after the last practice)
                       r"集体经济收入$")
"""A figure naming the year's output or turnover (入厂生活垃圾处理量26.3万吨; 销售收入3.86亿
元): the unit's size that year, its 基本情况's, not a result opening the practices (a
blind36 reader; both blind47 readers of a company's summary)."""
_AT_A_POINT = re.compile(r"底|末|截至|截止|\d日$")
"""A period that is a point in time (2026年底): a stock, not a count of the year."""
_AT_A_MONTH = re.compile(rf"{_AT_A_POINT.pattern}|年\d{{1,2}}月$")
"""… or a month, for a stock or headcount (会员412人 at 2025年12月, blind81: gone to the task
whose 参保率 it is the whole of; not a survey's rate of that month)."""
_OUTSIDE = re.compile(r"全(?:省|市|县|区|镇|乡|旗)|辖区")
"""A figure name counting something outside the unit (全县行政村, 辖区企业)."""

_STOP = frozenset(("开展", "加强", "建设", "工作", "活动", "提升", "推进", "深化", "落实",
                   "持续", "全面", "创建", "服务", "组织", "完善", "进一步", "文明", "管理"))


def bigrams(text: str) -> set[str]:
    """The two-character words of the text's Chinese runs, less the genre's common ones."""
    han = re.sub(r"[^\u4e00-\u9fff]", " ", text)
    grams = {w[i:i + 2] for w in han.split() for i in range(len(w) - 1)}
    return grams - _STOP


def _by_period(figures: Sequence[Figure], wholes_first: bool = False
               ) -> list[tuple[str, list[Figure]]]:
    """The figures of each period together, periods in first-mention order; a share
    counts as of its numerator's period, so that it stays beside it. `wholes_first` (a
    task's figures, not the unit's own in 基本情况, whose headcount opens it): a period whose
    stock a share of another period is taken of first."""
    names = {f.name: f for f in figures}

    def period(f: Figure) -> str:
        return names[f.ratio[0]].period if f.ratio and f.ratio[0] in names else f.period

    groups: dict[str, list[Figure]] = {}
    for f in figures:
        groups.setdefault(period(f), []).append(f)
    # a stock a share of another period is taken of goes first (截至2026年11月，全县中小学
    # 63所；2026年…走进学校47所，覆盖率74.6%: blind97's reader found the 63所 hanging after)
    wholes = {f.ratio[1]: period(f) for f in figures if f.ratio} if wholes_first else {}
    first = [p for p, figs in groups.items()
             if any(wholes.get(f.name, p) != p for f in figs)]
    return [*((p, groups[p]) for p in first),
            *((p, g) for p, g in groups.items() if p not in first)]


_SPAN_OF_MONTHS = re.compile(r"\d{1,2}(?:月)?[—至-]\d{1,2}月")
"""A period that is part of a year (2027年3—12月)."""


def target_figures(figures: Sequence[Figure]) -> str:
    """Targets after 力争/具体目标是 (the sentence already names the year); a target of
    part of the year says which part (3—12月开展街面巡查88次, not the year's: blind18)."""
    groups: list[tuple[str, list[Figure]]] = []
    for f in figures:
        span = m[0] if (m := _SPAN_OF_MONTHS.search(f.period)) else ""
        if groups and groups[-1][0] == span:
            groups[-1][1].append(f)
        else:
            groups.append((span, [f]))
    return "，".join(f"{span}{figures_sentence(figs, period=False)}" for span, figs in groups)


def target_list(figures: Sequence[Figure], lead: str = "", listed: str = "") -> str:
    """The targets a 工作目标 gathers (figure_roles `gathered`): those of three tasks or
    more one clause a task after `listed` (目标是：一是…；二是…), not one heap of seven
    figures; fewer after `lead` (力争, 确保) as target_figures says them."""
    by_task: dict[str, list[Figure]] = {}
    for f in figures:
        by_task.setdefault(f.task, []).append(f)
    if len(by_task) < 3:
        return f"{lead}{target_figures(figures)}"
    return listed + "；".join(f"{ordinal_lead(n)}{target_figures(figs)}"
                             for n, figs in enumerate(by_task.values(), 1))


def result_figures(figures: Sequence[Figure]) -> str:
    """Results, the period said once for figures that share it: 2025年，门急诊41260人次，
    住院2315人次；第四季度患者满意度96.8%."""
    figures, paired = _year_pairs(figures)
    return "；".join(_led(period, figures_sentence(figs, period=False, paired=paired),
                         held=all(f.name.startswith(period) for f in figs))
                    for period, figs in _by_period(figures, wholes_first=True))


def _led(period: str, said: str, held: bool = False) -> str:
    """Figures after their period (_after_period), or alone when they open with its year
    themselves (2026届毕业生…, not 2026年，2026届毕业生…: blind84's reader). `held`: the
    figures' names say their month themselves, what was done in it (2026年5月爱心义卖筹款:
    2026年5月，…, not 截至2026年5月, a total since, blind106's reader)."""
    if not period:
        return said
    if re.fullmatch(r"(?:19|20)\d\d年", period) and said.startswith(period[:4]):
        return said
    # a point in time (2025年11月, 2026年底): 截至…, the stock then (blind86's reader of 2025年
    # 11月，护渔队员38名)
    at = "截至" if not held and re.fullmatch(r"(?:19|20)\d\d年(?:(?:1[0-2]|[1-9])月|底|末)",
                                           period) else ""
    return f"{at}{period}，{_after_period(period, said)}"


def _after_period(period: str, said: str) -> str:
    """The figures said after their period without the words that close it again
    (2025—2026年越冬期，越冬期监测到候鸟 → 监测到候鸟: blind57's reader)."""
    for n in range(min(len(period), 6), 1, -1):
        if re.fullmatch(r"[\u4e00-\u9fff]+", period[-n:]) and said.startswith(period[-n:]) \
                and len(said) > n + 2:
            return said[n:]
    return said


_ORGAN = re.compile(r"(人民政府|居民委员会|村民委员会|总支部委员会|支部委员会|党总支|党支部|"
                    r"党委|委员会)$")


def place_of(name: str) -> str:
    """The place an organ's figures describe (青石镇人民政府 → 青石镇, 中共东坡村总支部委员会 →
    东坡村): its people and villages are the place's, not the government's."""
    bare = _ORGAN.sub("", name.removeprefix("中共"))
    # only a place's organ describes the place (东坡村党总支 → 东坡村), or a body's
    # branch the body (…分局支部委员会: the 分局 has the staff and the stations); a
    # branch named after its members (…学院教工第一党支部) keeps its name
    places = ("村", "镇", "乡", "街道", "社区", "县", "区", "市", "州", "盟", "旗")
    bodies = ("局", "院", "校", "中心", "公司", "所", "站", "馆", "厂", "行", "库", "场", "机关",
              "室")
    return bare if len(bare) >= 2 and bare.endswith(places + bodies) else name


def unit_figures(name: str, figures: Sequence[Figure], who: str = "") -> str:
    """The base figures as the 基本情况's sentence about the unit `name` (no 。): 某院现有
    职工627人…; figures that open with their own period name the unit after it (截至2025年
    底，某中心现有…; 2025年，某会…), except an organ's (a branch's report of its unit's
    staff), whose figures may not be its own."""
    level = re.search(r"(?<=[\u4e00-\u9fff])[县市区](?!级)", name)
    text = base_figures(figures, own=not _ORGAN.search(name),
                        area=f"全{level.group(0)}" if level else "", who=who)
    # 全村612户，全村人口2186人 → 全村612户、2186人 (blind113's reader; five villages so)
    text = re.sub(r"(全[村镇乡](?:农户)?[\d.]+万?户)，(?:全[村镇乡])?(?:户籍)?人口([\d.]+万?人)",
                  r"\1、\2", text)
    period, _, rest = text.partition("，")
    dated = re.fullmatch(r"(19|20)\d\d年|截至.*", period) is not None
    if dated and rest and not _ORGAN.search(name):  # not a branch's report of its unit's
        # 2025年，澄川县总工会机关干部22人; 截至2025年底，某中心现有干部职工52人 (not
        # …管理所有干部职工: 所有 reads as "all")
        have = "现有" if period.startswith("截至") and not _HAVING.match(rest) else ""
        # (…夜班编辑部现有夜班编辑部全体人员32人: the name said once, blind104's reader)
        place = place_of(name)
        said = next((place[-n:] for n in range(len(place), 2, -1) if rest.startswith(place[-n:])
                     and len(rest) > n and not rest[n].isdigit()), "")
        return f"{period}，{place}{have}{rest[len(said):]}"
    if dated or re.match(r"[0-9一二三四五六七八九十〇零]", text):
        return text
    return f"{place_of(name)}{text}"


_OUTPUT = ("元", "千瓦时", "吨", "立方米")
"""Units of what a unit earns or produces in its year: a figure still to come in them is
its 基本情况's."""
_SERVED = re.compile(r"用户|客户|缴存|养殖|服务对象|居民|群众|患者|旅客|乘客|学员|纳税人|参保|"
                     r"市场主体|经营主体|持证残疾人")
"""A stock of those the unit serves (宽带用户, 缴存单位, 规模养殖场)."""
_STAFF = re.compile(r"职工|干部|员工|人员|民警|干警|教师|医护|医务|在编")
"""A headcount of the unit's own people (干部职工, 机关干部)."""
_HAVE_VERBS = {"座": "建有", "台": "配有", "辆": "配有", "套": "配有"}
_HAVING = re.compile(r"(服务|建有|配有|有)(?![^，；]*占)")


_PLACES = re.compile(r"(行政村|自然村|村|社区|城乡社区|城市社区|农村社区|村（社区）|村（居）|乡镇|"
                     r"行政村（社区）|乡镇（街道）|街道|村民小组|中小学校|中小学|"
                     r"[^，；已]{0,8}(?:不可移动文物|文物保护单位))")
"""A count of the places of the unit's area (行政村 186个 of a 县农业农村局: 全县有…; its
不可移动文物, blind23: not 文物保护中心现有)."""

_COUNTY_PLACES = re.compile(r"乡镇|乡镇（街道）|行政村|自然村|行政村（社区）")
"""Places only a county has: their area is 全县 where the unit's name names none (14个乡镇
of 鹤汀支公司, blind23: not 现有乡镇14个)."""


def _own_parts(figs: Sequence[Figure], area: str = "") -> list[tuple[str, list[Figure]]]:
    """The unit's stock figures by what they count, each with the verb that says so: its
    staff and the rest after 现有 ("" verb), its buildings and equipment (建有, 配有),
    other people than its staff (有), those it serves (服务); a share stays with its
    numerator. A blind17 reader: 现有干部职工34人，党员19人，村级防疫员186人，规模养殖场
    412个 puts the villages' vets and the farms it serves among the centre's staff; the
    places of its `area` (全县) with that area (全县有行政村186个, blind20: not 我局现有). Only
    when the first headcount is the staff's (_STAFF): else [("", figs)]."""
    plain = [f for f in figs if not f.ratio]

    def heads(f: Figure) -> float | None:
        return {"人": 1, "名": 1, "万人": 1e4}.get(f.unit, 0) * (f.value or 0) or None

    people = [f for f in plain if heads(f) and not _SERVED.search(f.name)]
    wholes = {r.ratio[1] for r in figs if r.ratio}
    if not people or not _STAFF.search(people[0].name):
        return [("", list(figs))]
    staff = max(heads(f) or 0 for f in people if f is people[0] or f.name in wholes)
    groups: dict[str, list[Figure]] = {}
    for f in plain:
        if _SERVED.search(f.name) and f.unit in ("户", "万户", "家", "人", "万人", "名", "个"):
            # (服务养殖场户3260户 names its verb: not 服务服务…, blind70)
            verb = "" if f.name.startswith("服务") else "服务"
        elif _OUTSIDE.match(f.name):  # 全县乡镇（街道）15个, 全县在校中小学生45820人: not
            verb = "全"               # the unit's (blind19; blind33: 有全县在校中小学生)
        elif heads(f):
            verb = "" if (heads(f) or 0) <= staff else "有"
        elif re.match(r"已建|已有|现有|已配", f.name):
            verb = ""
        elif (area or _COUNTY_PLACES.fullmatch(f.name)) and _PLACES.fullmatch(f.name):
            verb = f"{area or '全县'}有"
        else:
            # 无线转播广播电视节目9套 names its own act: no 配有 (blind33)
            own_act = re.search(r"转播|播出|开设|开办|承担|维保|维护|运维", f.name)
            verb = "" if own_act else _HAVE_VERBS.get(f.unit, "")
        groups.setdefault(verb, []).append(f)
    for r in (f for f in figs if f.ratio):
        home = next((v for v, g in groups.items() if any(x.name == r.ratio[0] for x in g)), "")
        # a part of the area's places goes with them (全县有乡镇14个（其中建有…的乡镇14个…）)
        whole = next((v for v, g in groups.items()
                      if (v == "全" or (v.endswith("有") and v.startswith("全")))
                      and any(x.name == r.ratio[1] for x in g)), None)
        if whole is not None and home != whole:
            part = next((x for x in groups.get(home, []) if x.name == r.ratio[0]), None)
            if part is not None:
                groups[home].remove(part)
                at = next(n for n, x in enumerate(groups[whole]) if x.name == r.ratio[1])
                groups[whole].insert(at + 1, part)
                home = whole
        groups.setdefault(home, []).append(r)
    groups = {v: g for v, g in groups.items() if g}
    order = ("", "建有", "配有", "有", "服务", f"{area}有", "全县有", "全")
    return [("" if v == "全" else v, groups[v]) for v in sorted(groups, key=order.index)]


def base_figures(figures: Sequence[Figure], *, own: bool = False, area: str = "",
                 who: str = "") -> str:
    """Base figures after the unit's name, those of one period together: 现有职工412人，
    党员168人，占职工总数的40.8%；截至2024年末，有指战员94人 (a total's 总数 dropped: 现有
    already says it; a share stated first gets no 现有). `own` (the 基本情况's figures of
    the unit itself): those of one period by what they count (_own_parts): 现有干部职工58人，
    党员21人；建有旅游厕所17座；服务宽带用户6.8万户."""
    parts = []
    figures, paired = _year_pairs(figures)
    # a figure still to report goes last, not between the unit's counts (…团体会员58个，2026年
    # 发放奖励和慰问金【待补充】万元；有个人会员312名: blind39's reader)
    groups = [*_by_period([f for f in figures if not f.todo], wholes_first=not own),
              *_by_period([f for f in figures if f.todo])]
    for n, (period, figs) in enumerate(groups):
        # the unit's stock: its first period's (a year's results are counts of work)
        pieces = _own_parts(figs, area) if own and n == 0 else [("", list(figs))]
        if own and n and not period and area:  # 行政村 with no date: still the area's
            places = [f for f in figs if _PLACES.fullmatch(f.name)]
            rest = [f for f in figs if f not in places]
            pieces = [(v, g) for v, g in (("", rest), (f"{area}有", places)) if g]
        text = "；".join(f"{verb}{figures_sentence(group, period=False, paired=paired)}"
                        for verb, group in pieces)
        wholes = {g.ratio[1] for g in figures if g.ratio}  # 占职工总数的…: keep its name
        for f in figs:
            if (f.name.endswith("总数") and f.unit in ("人", "名") and not f.ratio
                    and f.name not in wholes):
                text = text.replace(f"{f.name}{f.text}", f"{f.name[:-2]}{f.text}", 1)
        share = bool(re.match(r"[^，；]*占[^，；]*的", text))
        if who and n and period and (DOING.match(text) or _DONE_WITHIN.match(text)):
            text = f"{who}{text}"  # 2026年，我会举办法治讲座52场 (blind44: no subject)
        if period.endswith(("末", "底", "月")) and not re.search("[—－~～至-]", period):
            text = f"截至{period}，{text}"  # a point in time; 1—11月 is a span
        elif period:
            text = _led(period, text)
        elif not share and not _HAVING.match(text) and not _OUTSIDE.match(text) and not all(
                f.todo for f in figs) and not re.match(r"距|离(?!退|休)|(?:19|20)\d\d", text):
            # (nor 现有2026年收购脐橙…, 现有2026届毕业生…: a year's count, blind85's reader)
            # not 现有2026年发放…【待补充】万元, nor 现有距镇中心学校14.5公里 (blind64)
            # 现有员工74人 after …有限公司, not 现有公司员工 (blind53's reader)
            text = re.sub(r"^(?:公司|单位)(?=[\u4e00-\u9fff]{2})", "", text)
            text = f"现有{text}"
        # an earlier year's work, a sentence of its own after the unit's stock (its year
        # in its name too: 2025年分娩1862例, blind86)
        dated = period or all(re.match(r"(?:19|20)\d\d年", f.name) for f in figs)
        parts.append(("。" if own and n and dated and parts else "；" if parts else "") + text)
    return "".join(parts)
