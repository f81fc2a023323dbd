"""Sentences chosen per task, per unit and per document, and where each figure belongs.

A task's opening and closing sentences come from templates/phrases/subjects.toml: the
first subject whose `match` keywords occur in the task's title (then its points, then
its category), the unit family's own variants first. Within one document no two tasks
get the same variant of a subject, and `variant` (a revision's 重新生成/更正式) shifts
every choice, so one facts file can be written several ways, all from the same facts.

Figures (FACTS.md [[figures]]) go where the genre puts them (`FigureRoles`): a figure
linked to a task (`task`) inside that task's paragraph; a target (status planned, or a
name saying 目标/计划) in the goals; a result of the year (a `period`) in 成效 of a
summary; everything else in 基本情况/现有基础. No number is stated here: every number
printed comes from a figure."""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from drafter.facts import Facts, Figure, Honor, Slogan, Task, format_number
from drafter.kinds.text import enumerate_cn, fill, join_cn, phrase_bank
from drafter.numbering import cn_numeral

TARGET_WORDS = ("目标", "计划", "力争", "预计")
"""Words in a figure's name that make it a target rather than an achieved value."""
_REACH = ("率", "度", "指数", "比例", "占比", "覆盖面")
"""Name endings after which a target is stated as 达到 N (率 → 达到99.95%)."""


def figure_name(fig: Figure) -> str:
    """The name as prose states it: without a trailing copy of its unit (门诊服务人次 +
    人次 → 门诊服务) and without 目标 (城网供电可靠率目标 → 城网供电可靠率)."""
    name = fig.name
    for suffix in ("目标", "目标值"):
        name = name.removesuffix(suffix)
    # A one-character unit ends many names legitimately (在院老人 + 人): only a longer
    # one (人次; 万人次 counts as 人次) doubles.
    unit = fig.unit.lstrip("万亿") or fig.unit
    if len(unit) > 1 and len(name) > len(unit) and name.endswith(unit):
        name = name[: -len(unit)]
    if unit and name.endswith(f"{unit}数") and len(name) > len(unit) + 1:
        name = name[: -len(unit) - 1]  # 家访人数 + 人 → 家访, 供水户数 + 万户 → 供水
    elif (fig.unit in ("人", "名") and name.endswith("数") and not name.endswith("总数")
          and len(name) > 2):
        name = name[:-1]  # 家访学生数 + 人 → 家访学生 (职工总数 stays)
    return name


def is_target(fig: Figure) -> bool:
    """Whether the figure is a plan, not an achieved value (FACTS.md status = planned)."""
    return fig.planned or any(w in fig.name for w in TARGET_WORDS)


_DOING = re.compile(r"^(开展|举办|组织|完成|接待|服务|新增|受理|培训|发放|救治|出动|办理|帮扶|慰问|"
                    r"走访|开放|宣传|义诊|调解|审结|办结|结案|巡查|检查|查处|回访|捐|招募|发展|评选|"
                    r"表彰|安置|资助|征集|改造|建成|新建|种植|修复|清理|处置|上门|推出|发布|举行|"
                    r"实施|签约|筛查|随访|体检|接诊|门诊|急诊|住院|手术|分娩|客运|运送|供水|供电|"
                    r"借阅|外借|参观|入馆|讲解|演出|播出|回收|减少|下降|提高|节约)")
_DONE_UNITS = ("场", "次", "人次", "万人次", "小时", "期", "篇", "场次", "例", "批次", "万册次")


_VERB = re.compile(r"开展|组织|举办|落实|推进|加强|完善|建立|实施|推行|制定|召开|设立|组建|深化|"
                   r"持续|坚持|抓好|做好|强化|提升|优化|打造|创建|评选|签订|邀请|利用|依托|围绕|"
                   r"结合|按照|聘请|聚焦|实行|完成|建成|新建|改造|开通|上线|发放|走访|慰问|"
                   r"成立|健全|规范|严格|选派|培训|引进|招募|修订|编制|建设|参与|参加|配合")
"""A point that opens with a verb: it needs the unit before it as its subject."""


def is_result(fig: Figure) -> bool:
    """Whether a figure of the year is something done or achieved (开展志愿服务86场,
    满意度96.8%) rather than a stock or headcount (职工627人, 运营车辆1326辆), which
    belongs in 基本情况 even with a period."""
    return (bool(_DOING.search(fig.name)) or fig.unit in _DONE_UNITS or fig.unit == "%"
            or fig.name.endswith(("率", "度", "量", "额", "收入")))


def figure_clause(fig: Figure, *, period: bool = True) -> str:
    """One figure as a clause: 职工总数412人 / 党员占职工总数的40.8% / 城网供电可靠率达到
    99.95% (a target) / 2025年开展志愿服务86场 (with its period)."""
    when = fig.period if period else ""
    if fig.ratio:
        return f"{when}{fig.ratio[0]}占{fig.ratio[1]}的{fig.text}"
    name = figure_name(fig)
    if is_target(fig):
        name = name.removeprefix("计划").removeprefix("力争").removeprefix("预计")
        if fig.unit == "%" or name.endswith(_REACH):
            return f"{when}{name}达到{fig.text}"
        if fig.unit in _DONE_UNITS and not (_DOING.search(name) or _VERB.match(name)):
            return f"{when}开展{name}{fig.text}"  # 志愿服务活动180场 → 开展…
    return f"{when}{name}{fig.text}"


def figures_sentence(figures: Sequence[Figure], *, period: bool = True) -> str:
    """Figures as one clause list (a ratio right after its numerator, sharing it):
    职工总数412人，其中党员168人，占职工总数的40.8%."""
    figures = _bases_first(figures)
    names = {f.name for f in figures}
    after = {f.ratio[0]: f for f in figures if f.ratio and f.ratio[0] in names}
    parts: list[str] = []
    for f in figures:
        if f.ratio and after.get(f.ratio[0]) is f:
            continue
        part = figure_clause(f, period=period)
        if f.name in after:
            r = after[f.name]
            part += f"，占{r.ratio[1]}的{r.text}" if r.ratio else ""
        parts.append(part)
    return "，".join(parts)


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

    def of(self, task: Task) -> tuple[Figure, ...]:
        return self.by_task.get(task.title, ())


def _guess_task(fig: Figure, tasks: Sequence[Task], least: int = 2) -> str:
    """The one task a result plainly belongs to (at least `least` shared words with its
    title and points, more than with any other task), or ""."""
    grams = _bigrams(fig.name)
    scores = [(len(grams & _bigrams(t.title + "；".join(t.points))), t.title) for t in tasks]
    scores.sort(reverse=True)
    if scores and scores[0][0] >= least and (len(scores) == 1 or scores[1][0] < scores[0][0]):
        return scores[0][1]
    return ""


def figure_roles(facts: Facts, *, retrospective: bool, funds_apart: bool = False
                 ) -> FigureRoles:
    """Where each figure goes. `retrospective` (a summary or report): a figure with a
    period is a result, stated in the task it plainly belongs to when the facts link no
    figure to a task themselves; in a plan everything not a target and not linked is
    the base. `funds_apart` (a kind with 经费保障): planned money is no goal."""
    titles = {t.title for t in facts.tasks}
    if retrospective and not any(f.task for f in facts.figures):
        facts = replace(facts, figures=tuple(
            replace(f, task=_guess_task(f, facts.tasks)) if f.period and not f.ratio
            and not is_target(f) and is_result(f) else f for f in facts.figures))
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
        if f.task in titles or ratio_of_linked:
            owner = f.task if f.task in titles else next(
                g.task for g in facts.figures if f.ratio and g.name == f.ratio[0])
            by_task.setdefault(owner, []).append(f)
        elif funds_apart and is_target(f) and f.unit.endswith("元"):
            funds.append(f)
        elif is_target(f):
            targets.append(f)
        elif retrospective and f.period and is_result(f):
            results.append(f)
        else:
            base.append(f)
    # A share is stated beside its numerator, wherever that went (家访学生1743人，占在校
    # 学生的93.7%), never alone where its parts cannot be read.
    lists = [base, targets, results, funds, *by_task.values()]
    for f in facts.figures:
        if not f.ratio:
            continue
        home = next((lst for lst in lists if any(g.name == f.ratio[0] for g in lst)), None)
        here = next((lst for lst in lists if f in lst), None)
        if home is not None and here is not None and home is not here:
            here.remove(f)
            home.append(f)
    return FigureRoles(tuple(base), tuple(targets), tuple(results),
                       {k: tuple(v) for k, v in by_task.items()}, tuple(funds))


_QUOTED = re.compile(r"“([^”]{1,20})”")
_STOP = frozenset(("开展", "加强", "建设", "工作", "活动", "提升", "推进", "深化", "落实",
                   "持续", "全面", "创建", "服务", "组织", "完善", "进一步", "文明", "管理"))


def _bigrams(text: str) -> set[str]:
    han = re.sub(r"[^\u4e00-\u9fff]", " ", text)
    grams = {w[i:i + 2] for w in han.split() for i in range(len(w) - 1)}
    return grams - _STOP


class Say:
    """Phrase choices for one document. `variant` 0 is the default draft; another number
    gives other variants of every sentence (a revision without a model)."""

    def __init__(self, facts: Facts, vocab: dict[str, str], variant: int = 0,
                 concise: bool = False) -> None:
        self.facts, self.vocab, self.variant = facts, vocab, variant
        self.concise = concise  # only the facts: no opening or closing sentence per task
        self.family = vocab.get("family", "其他")
        bank = phrase_bank("subjects")
        self.connect: dict[str, list[str]] = bank.get("connect", {})
        self.subjects: dict[str, dict[str, Any]] = {
            k: v for k, v in bank.items() if k != "connect" and isinstance(v, dict)}
        self._occurrence: dict[str, int] = {}
        self._explained: dict[str, int] = {}  # explanations given so far, by subject
        seen: dict[str, int] = {}
        for task in facts.tasks:
            s = self.subject(task)
            self._occurrence[task.title] = seen.get(s, 0)
            seen[s] = seen.get(s, 0) + 1

    # ------------------------------------------------------------------ choosing
    def subject_of(self, *texts: str) -> str:
        """The subject whose keywords cover most of the texts (the first text counts
        three times as much as the others; a longer keyword more than a shorter one);
        the earlier subject in the file on a tie; "通用" when no keyword occurs."""
        best, best_score = "通用", 0
        for name, entry in self.subjects.items():
            score = sum(len(k) * (3 if n == 0 else 1)
                        for n, text in enumerate(texts) if text
                        for k in entry.get("match", ()) if k in text)
            if score > best_score:
                best, best_score = name, score
        return best

    def subject(self, task: Task) -> str:
        """The subject a title names outright, else the best keyword match."""
        return (self.named(task.title)
                or self.subject_of(task.title, "；".join(task.points), task.category))

    def _options(self, subject: str, key: str) -> list[str]:
        entry = self.subjects.get(subject) or self.subjects.get("通用", {})
        own = entry.get(self.family, {})
        options = list(own.get(key, ())) + list(entry.get(key, ()))
        if not options and subject != "通用":
            return self._options("通用", key)
        return options

    def _choose(self, options: Sequence[str], slot: str, n: int, **extra: str) -> str:
        if not options:
            return ""
        seed = zlib.crc32(f"{self.facts.unit.name}|{slot}".encode())
        return fill(options[(seed + n + self.variant) % len(options)], {**self.vocab, **extra})

    def named(self, text: str) -> str:
        """The subject a title names outright (one of its `title` keywords), or ""."""
        for name, entry in self.subjects.items():
            if any(k in text for k in entry.get("title", ())):
                return name
        return ""

    def narrate(self, task: Task) -> str:
        """A summary's account of a task: its points as one sentence of what the unit did
        (我校开展…，组织…，评选…。), the unit named in the first task only."""
        if not task.points:
            return ""
        points = [p.rstrip("。；;，,") for p in task.points]
        sep = "；" if any("，" in p for p in points) else "，"
        first = bool(self.facts.tasks) and task is self.facts.tasks[0]
        subject = self.vocab["self"] if first and _VERB.match(points[0]) else ""
        return f"{subject}{sep.join(points)}。"

    def confident(self, task: Task) -> bool:
        """Whether the task's title itself names its subject: only then does a sentence
        about that subject frame the task (a guess from the points alone reads wrong)."""
        return bool(self.named(task.title)) and self.named(task.title) == self.subject(task)

    def lead(self, task: Task, tense: str = "plan") -> str:
        """The task paragraph's opening. A plan: a sentence on the task's subject when
        the title names it, else none. A summary: a short neutral frame before the
        points, since what was done is the facts' to say. "" when concise."""
        if self.concise:
            return ""
        n = self._occurrence.get(task.title, 0)
        if tense == "done":
            index = self.facts.tasks.index(task) if task in self.facts.tasks else 0
            return self._choose(self.connect.get("done_frame", ()), "done", index)
        if not self.confident(task):
            return ""
        s = self.subject(task)
        return self._choose(self._options(s, "lead"), f"{s}|lead", n)

    def aim(self, task: Task) -> str:
        """The sentence closing a plan's task paragraph: what the work is for, when the
        title names the subject ("" otherwise, and when concise)."""
        if self.concise or not self.confident(task):
            return ""
        s = self.subject(task)
        return self._choose(self._options(s, "aim"), f"{s}|aim",
                            self._occurrence.get(task.title, 0))

    # ------------------------------------------------------------------ slogans
    def tasks_for(self, slogan: Slogan) -> list[Task]:
        """The tasks that plainly realise a slogan: one of its items (or the slogan
        itself) named in the task, a shared quoted name, or a subject both name outright;
        at most three, in file order."""
        text = slogan.text + "；".join(slogan.items)
        named = {self.named(i) for i in (slogan.text, *slogan.items)} - {""}
        quoted = set(_QUOTED.findall(text))
        parts = [p.strip("“”") for p in (slogan.text, *slogan.items) if len(p.strip("“”")) >= 4]
        found = []
        for task in self.facts.tasks:
            body = task.title + "；".join(task.points)
            if (any(p in body for p in parts) or quoted & set(_QUOTED.findall(body))
                    or (self.named(task.title) in named)):
                found.append(task)
        return found[:3]

    def explain(self, slogan: Slogan) -> str:
        """A sentence saying what a slogan asks, when its words name a subject outright,
        or ""."""
        subject = self.named(slogan.text + "；".join(slogan.items))
        if not subject:
            return ""
        n = self._explained.get(subject, 0)
        self._explained[subject] = n + 1
        return self._choose(self._options(subject, "explain"), f"{subject}|explain", n)

    def item_tasks(self, slogan: Slogan) -> list[tuple[str, Task]]:
        """Each item of a slogan with the one task that plainly carries it out: the
        item, or a quoted name in it, found in the task's title or points, else at least
        three shared words and more than with any other task."""
        pairs = []
        for item in slogan.items:
            item = item.rstrip("。；")
            quoted = set(_QUOTED.findall(item))
            named = [t for t in self.facts.tasks if item in t.title + "；".join(t.points)]
            by_name = [t for t in self.facts.tasks
                       if quoted & set(_QUOTED.findall(t.title + "；".join(t.points)))]
            hits = named or by_name
            hit = hits[0] if len(hits) == 1 else None
            if hit is None:
                title = _guess_task(Figure(item, 0.0), self.facts.tasks, least=3)
                hit = next((t for t in self.facts.tasks if t.title == title), None)
            if hit is not None:
                pairs.append((item, hit))
        return pairs

    def realised_by(self, slogan: Slogan) -> str:
        """Where the slogan is carried out: item by item when its items map onto tasks
        (“彩虹”志愿服务品牌依托打响“彩虹”志愿服务品牌落实；…), else the tasks that
        realise it as a whole, or ""."""
        pairs = self.item_tasks(slogan)
        if len(slogan.items) > 1 and len({t.title for _, t in pairs}) >= 2:
            by_task: dict[str, list[str]] = {}
            for item, task in pairs:
                by_task.setdefault(task.title, []).append(item)
            said = "；".join(f"{'、'.join(items)}由{quoted(title)}一项落实"
                            for title, items in by_task.items())
            return f"其中，{said}。"
        tasks = [t for t in self.tasks_for(slogan) if slogan.text not in t.title]
        if not tasks:
            return ""
        names = join_cn([t.title for t in tasks]) + "等任务"
        return self._choose(self.connect.get("realised_by", ()), f"{slogan.text}|link", 0,
                            tasks=names)

    def _where(self, slogan: Slogan, tense: str) -> str:
        """，落实在甲和乙等工作中 — the clause naming the tasks that carry a slogan out."""
        tasks = [t for t in self.tasks_for(slogan) if slogan.text not in t.title]
        if not tasks:
            return ""
        names = join_cn([t.title for t in tasks])
        verb = "落实在" if tense == "done" else "通过"
        tail = "等工作中" if tense == "done" else "等工作落实"
        return f"，{verb}{names}{tail}"

    def slogan_line(self, slogan: Slogan) -> str:
        """建强两支队伍，即共产党员服务队和青年志愿服务队。 (one or two short items);
        三个一：一是…；二是…；三是…。 (more, or longer ones)."""
        items = [i.rstrip("。；;，,") for i in slogan.items]
        if not items:
            return f"{slogan.text}。"
        if len(items) == 1 or (len(items) == 2 and all(len(i) <= 16 for i in items)):
            return f"{slogan.text}，即{join_cn(items)}。"
        if all(len(i) <= 8 for i in items):
            return f"{slogan.text}，即{'、'.join(items)}。"
        return f"{slogan.text}：{enumerate_cn(items)}"

    # ------------------------------------------------------------------ figures, owners
    def task_figures(self, task: Task, roles: FigureRoles, tense: str = "plan") -> str:
        """The figures linked to the task, as one sentence: what was achieved (done) or
        what is aimed at (plan)."""
        figs = roles.of(task)
        if not figs:
            return ""
        text = result_figures(figs)
        if tense == "done" or text.startswith(("计划", "力争")):
            return f"{text}。"
        return f"力争{text}。"

    def results_lead(self) -> str:
        """Opens the list of the year's results."""
        options = ("全年主要工作指标完成情况如下：", "从主要指标看，",
                   "主要指标完成情况是：")
        return options[(zlib.crc32(self.facts.unit.name.encode()) + self.variant)
                       % len(options)]

    def owner_label(self, owner: str) -> str:
        """One label for the whole document: 责任人 when every owner is a person or post
        (支部书记), 责任部门 when none is, else 牵头负责."""
        owners = [t.owner for t in self.facts.tasks if t.owner] or [owner]
        people = [o.endswith(_PERSON_POSTS) for o in owners]
        return "责任人" if all(people) else "责任部门" if not any(people) else "牵头负责"

    def covered(self, subject: str, *words: str) -> bool:
        """Whether one of the unit's own tasks is about `subject`, or has one of `words`
        in its title or points (then a built-in item on it gives way: nothing is said
        twice)."""
        return any(self.subject(t) == subject
                   or any(w in t.title + "；".join(t.points) for w in words)
                   for t in self.facts.tasks)

    MEETINGS = ("支部党员大会一般每季度召开一次，支部委员会会议一般每月召开一次，党小组会一般每月"
                "召开一次，支部书记每年至少为党员讲一次党课；每月相对固定一天开展主题党日；每年"
                "召开一次组织生活会，开展一次民主评议党员。")
    """三会一课 and the other meetings at the frequencies of the 《中国共产党支部工作条例（试行）》
    (中共中央, 2018-10-28), 第十九条 (党员大会每季度、支委会和党小组会每月、党课), 第十九条
    (主题党日每月相对固定1天), 第二十条 (组织生活会一般每年1次, 民主评议党员每年1次)."""

    def meetings(self) -> str:
        return self.MEETINGS

    def extra(self, task: Task) -> str:
        """What the genre adds to one of the unit's own tasks: in a 党支部工作计划, the
        meeting frequencies to the branch's own 组织生活 task (merged, not said twice)."""
        if self.facts.doc.kind != "party_branch_plan":
            return ""
        own = [t for t in self.facts.tasks
               if self.subject(t) == "组织生活" or "三会一课" in t.title]
        said = any(w in "；".join(task.points) for w in ("每月", "每季度", "每年"))
        return self.MEETINGS if own and own[0] is task and not said else ""

    def mentions_superior(self) -> bool:
        """Whether the basis documents already name the superior (市水务集团《…》): then
        the opening does not name it again."""
        superior = self.facts.unit.superior
        head = superior[:4]
        return bool(superior) and any(superior in b or head in b for b in self.facts.doc.basis)

    def core_goal(self) -> str:
        """The year's aim in the theme's own words: 创建市级文明乡镇 → 对照测评体系补齐短板，
        成功创建市级文明乡镇; 巩固…成果 stays as it is; another theme → 推动…取得新成效."""
        theme = self.facts.doc.theme.removesuffix("工作")
        if theme.startswith(("创建", "争创")):
            return f"对照测评标准补齐短板，成功{theme}"
        if theme.startswith(("巩固", "保持", "迎接")):
            return theme
        return f"推动{theme}取得新成效"

    def timed(self) -> bool:
        """Whether the tasks' timings say more than 全年 (at least two others)."""
        return len({t.when for t in self.facts.tasks if t.when and t.when != "全年"}) > 1

    def by_time(self) -> list[tuple[str, list[str]]]:
        """Task titles grouped by their `when`, in first-mention order."""
        groups: dict[str, list[str]] = {}
        for t in self.facts.tasks:
            if t.when:
                groups.setdefault(t.when, []).append(f"“{t.title}”")
        return list(groups.items())

    # ------------------------------------------------------------------ slogan groups
    def slogan_groups(self) -> list[tuple[str, list[Slogan]]]:
        """The slogan groups, compound ones (named: “1234工程”) first: the plan's frame
        comes before the unit's other slogans."""
        groups = self.facts.slogan_groups
        return [g for g in groups if g[0]] + [g for g in groups if not g[0]]

    def group_line(self, group: str, slogans: Sequence[Slogan]) -> str:
        """The plan's statement of a compound slogan: its parts and its short name."""
        doc = self.facts.doc
        theme = doc.theme if doc.theme.endswith("工作") else f"{doc.theme}工作"
        parts = "、".join(s.text for s in slogans)
        return f"{doc.year}年{theme}的总体思路是：{parts}，简称{quoted(group)}。"

    def slogan_summary(self, tense: str = "plan") -> str:
        """The slogans, for kinds that do not give them a section: a line naming the
        group (if any), then each slogan with its items and the tasks that carry it out,
        a paragraph each (one line a paragraph)."""
        lines = []
        for group, slogans in self.slogan_groups():
            if group:
                lines.append(self.group_line(group, slogans))
            lines += [self.slogan_line(s).rstrip("。") + self._where(s, tense) + "。"
                      for s in slogans]
        return "\n".join(lines)


_PERSON_POSTS = ("书记", "委员", "组长", "主任", "负责人", "院长", "校长", "园长", "经理",
                 "局长", "站长", "所长", "馆长", "行长", "队长")


def tight(text: str) -> str:
    """A name as the user typed it, without the spaces between Chinese characters (党委书记、
    局长 林国栋 → 党委书记、局长林国栋)."""
    return re.sub(r"(?<=[\u4e00-\u9fff）)])\s+(?=[\u4e00-\u9fff（(])", "", text.strip())


def quoted(text: str) -> str:
    """“text”, unless it already holds quotation marks (then bare: no nested ““…””)."""
    return text if "“" in text or "”" in text else f"“{text}”"


def _by_period(figures: Sequence[Figure]) -> list[tuple[str, list[Figure]]]:
    """The figures of each period together, periods in first-mention order; a share
    counts as of its numerator's period, so that it stays beside it."""
    names = {f.name: f for f in figures}

    def period(f: Figure) -> str:
        return names[f.ratio[0]].period if f.ratio and f.ratio[0] in names else f.period

    groups: dict[str, list[Figure]] = {}
    for f in figures:
        groups.setdefault(period(f), []).append(f)
    return list(groups.items())


def target_figures(figures: Sequence[Figure]) -> str:
    """Targets after 力争/具体目标是 (the sentence already names the year)."""
    return figures_sentence(figures, period=False)


def result_figures(figures: Sequence[Figure]) -> str:
    """Results, the period said once for figures that share it: 2025年，门急诊41260人次，
    住院2315人次；第四季度患者满意度96.8%."""
    return "；".join(f"{period}，{figures_sentence(figs, period=False)}" if period
                    else figures_sentence(figs, period=False)
                    for period, figs in _by_period(figures))


_INSTRUCTION = re.compile(r"(?<![主重需只纲])要(?![求素点闻])|需要|请|应当|应该|重点讲|重点写|"
                          r"写进|写成|突出|座谈会|作的汇报|尊敬的|汇报时间|控制在|字数|篇幅|"
                          r"可以作为|供.{0,20}使用|汇报会|考评组|测评组|本汇报|汇报范围|本方案|"
                          r"本计划|本总结|称谓|落款")
"""Words that make a clause of the notes a word to the writer, not a fact to state."""


_GOAL = re.compile(r"力争|迎接|申报|复查|复评|测评|验收|承担.{0,12}任务|争创|冲刺")
_ACHIEVED = re.compile(r"通过了?.{0,12}(验收|复审|复查|复评|评审|评估|认证|测评)|获评|荣获|"
                       r"入选|建成|被评为|被命名为|获得|未出现|未发生|实现了")
"""In a summary, a clause of the notes saying what was achieved goes with the results."""
"""Words that make a clause of the notes the year's aim rather than a fact about the unit."""


def _restates(clause: str, honor: Honor) -> bool:
    """Whether a clause of the notes says again that the honour was won."""
    return honor.title.strip("“”") in clause and (
        str(honor.year) in clause or any(w in clause for w in ("获评", "评为", "授予", "荣获")))


def _note_clauses(facts: Facts) -> list[list[str]]:
    """The notes' sentences as lists of clauses that state something: not words to the
    writer (重点讲…, 要和…结合), not a repeat of an honour or of a figure already stated."""
    stated = [f"{format_number(f.value)}{f.unit}" for f in facts.figures if not f.ratio]
    stated += [f"{cn_numeral(int(f.value))}{f.unit}" for f in facts.figures
               if not f.ratio and float(f.value).is_integer() and 0 < f.value < 100]

    def keep(clause: str) -> bool:
        return not (_INSTRUCTION.search(clause) or any(s in clause for s in stated)
                    or any(_restates(clause, h) for h in facts.honors))

    sentences = [s for s in re.split(r"[；;。]", facts.doc.notes) if s.strip()]
    out: list[list[str]] = []
    dropped = False
    for s in sentences:
        if dropped and re.match(r"\s*[二三四五六七八九十]是", s):
            continue  # the rest of a list whose lead (…：一是…) was left out
        clauses = [c.strip() for c in re.split(r"[，,]", s) if c.strip()]
        kept = [c for c in clauses if keep(c)]
        dropped = bool(clauses) and not keep(clauses[0])
        out.append(kept)
    return out


def _role(clause: str, retrospective: bool) -> str:
    if retrospective and _ACHIEVED.search(clause):
        return "achieved"
    return "goal" if _GOAL.search(clause) and not retrospective else "fact"


def _notes(facts: Facts, role: str) -> str:
    back = facts.doc.kind in ("work_summary", "creation_report")
    sentences = ["，".join(c for c in clauses if _role(c, back) == role)
                 for clauses in _note_clauses(facts)]
    text = "；".join(s for s in sentences if s)
    return f"{text}。" if text else ""


def addressee(facts: Facts) -> str:
    """A 汇报's 称谓: doc.addressee, else one the notes give (尊敬的考评组各位领导、各位专家),
    else the genre's 尊敬的各位领导."""
    if facts.doc.addressee:
        return facts.doc.addressee
    found = re.search(r"尊敬的[^，。；;“”\n]{2,30}?(?=[：:”」』，。；]|$)", facts.doc.notes)
    return found.group(0) if found else "尊敬的各位领导"


def note_sentences(facts: Facts) -> str:
    """The notes' statements about the unit, as one sentence ("" when none)."""
    return _notes(facts, "fact")


def note_goals(facts: Facts) -> str:
    """In a plan, the notes' clauses saying what the year aims at (迎接复查, 申报省级…)."""
    return _notes(facts, "goal")


def note_results(facts: Facts) -> str:
    """In a summary or report, the notes' clauses saying what was achieved (通过复审…)."""
    return _notes(facts, "achieved")


_ORGAN = re.compile(r"(人民政府|居民委员会|村民委员会|总支部委员会|支部委员会|党总支|党支部|"
                    r"党委|委员会)$")


def place_of(name: str) -> str:
    """The place an organ's figures describe (青石镇人民政府 → 青石镇, 中共东坡村总支部委员会 →
    东坡村): its people and villages are the place's, not the government's."""
    bare = _ORGAN.sub("", name.removeprefix("中共"))
    return bare if len(bare) >= 2 else name


def unit_figures(name: str, figures: Sequence[Figure]) -> str:
    """The base figures as the 基本情况's sentence about the unit `name` (no 。): 某院现有
    职工627人…; figures that open with their own period (截至2025年底，…) stand without
    the name, which may not be theirs (a branch's report of its unit's staff)."""
    text = base_figures(figures)
    if re.match(r"[0-9一二三四五六七八九十〇零]|截至", text):
        return text
    return f"{place_of(name)}{text}"


def base_figures(figures: Sequence[Figure]) -> str:
    """Base figures after the unit's name, those of one period together: 现有职工412人，
    党员168人，占职工总数的40.8%；截至2024年末，有指战员94人 (a total's 总数 dropped: 现有
    already says it; a share stated first gets no 现有)."""
    parts = []
    for period, figs in _by_period(figures):
        text = figures_sentence(figs, period=False)
        wholes = {g.ratio[1] for g in figures if g.ratio}  # 占职工总数的…: keep its name
        for f in figs:
            if (f.name.endswith("总数") and f.unit in ("人", "名") and not f.ratio
                    and f.name not in wholes):
                text = text.replace(f"{f.name}{f.text}", f"{f.name[:-2]}{f.text}", 1)
        share = bool(re.match(r"[^，；]*占[^，；]*的", text))
        if period.endswith(("末", "底", "月")):
            text = f"截至{period}，{text}"
        elif period:
            text = f"{period}，{text}"
        elif not share:
            text = f"现有{text}"
        parts.append(text)
    return "；".join(parts)
