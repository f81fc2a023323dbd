"""Validating facts data (FACTS.md v1, ../shared/spec/FACTS.md); facts/load.py reads
and parses the file.

Validation collects every problem at once — one Chinese message per problem, naming
the key and the line — so the writer fixes the file in one pass. Which keys a table
may hold comes from `drafter.facts.schema`; any other key is warned about, not fatal."""

from __future__ import annotations

import calendar
import math
import re
from dataclasses import replace
from datetime import date
from typing import Any

import drafter.facts.limits as limits
from drafter.errors import FactsError, Problem
from drafter.facts.model import (
    DEFAULT_SELF,
    FIGURE_STATES,
    TASK_CATEGORIES,
    UNIT_TYPES,
    Branch,
    Doc,
    Facts,
    Figure,
    Guarantees,
    Honor,
    Leadership,
    Period,
    Phase,
    Slogan,
    Task,
    Unit,
    slogan_count,
)
from drafter.facts.schema import known_keys
from drafter.facts.toml import LineIndex

_MISSING = object()


class _Validator:
    def __init__(self, lines: LineIndex | None, source: str) -> None:
        self.lines = lines
        self.source = source
        self.errors: list[Problem] = []
        self.warnings: list[Problem] = []

    # -- reporting
    def _problem(self, message: str, table: str, index: int | None, key: str) -> Problem:
        line = self.lines.line(table, index or 0, key) if self.lines else None
        where = table if index is None else f"{table}[{index + 1}]"
        name = ".".join(p for p in (where, key) if p)
        return Problem(message, self.source, line, name)

    def error(self, message: str, table: str, index: int | None = None, key: str = "") -> None:
        self.errors.append(self._problem(message, table, index, key))

    def warn(self, message: str, table: str, index: int | None = None, key: str = "") -> None:
        self.warnings.append(self._problem(message, table, index, key))

    # -- typed getters: report and return a default on a wrong type
    def required_table(self, data: dict[str, Any], table: str, what: str) -> dict[str, Any]:
        """The required table `[table]` of the file, checked for unknown keys; an error
        (naming `what` it should hold) and an empty table when it is missing."""
        found = data.get(table)
        if not isinstance(found, dict):
            self.error(f"缺少 [{table}] 表（{what}）", table)
            found = {}
        self.table(found, table)
        return found

    def table(self, data: dict[str, Any], table: str, index: int | None = None) -> None:
        for key in data:
            if key not in known_keys(table):
                self.warn(f"未知的键“{key}”，已忽略（请检查拼写）", table, index, key)

    def text(self, data: dict[str, Any], key: str, table: str, index: int | None = None,
             *, required: bool = False) -> str:
        value = data.get(key, _MISSING)
        if value is _MISSING:
            if required:
                self.error("缺少必填项", table, index, key)
            return ""
        if not isinstance(value, str):
            self.error(f"应为文本（用英文双引号括起），实际是{_type_name(value)}",
                       table, index, key)
            return ""
        if required and not value.strip():
            self.error("不能为空", table, index, key)
        if len(value) > (limit := limits.text_limit(table, key)):
            self.error(limits.too_long(value, limit), table, index, key)
            return ""
        return value.strip()

    def texts(self, data: dict[str, Any], key: str, table: str,
              index: int | None = None) -> tuple[str, ...]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.error("应为文本列表，如 [\"甲\", \"乙\"]", table, index, key)
            return ()
        if long := next((v for v in value if len(v) > limits.TEXT_CHARS), None):
            self.error(f"其中一项{limits.too_long(long, limits.TEXT_CHARS)}", table, index, key)
            return ()
        return tuple(v.strip() for v in value if v.strip())

    def integer(self, data: dict[str, Any], key: str, table: str, index: int | None = None,
                *, required: bool = False) -> int | None:
        value = data.get(key, _MISSING)
        if value is _MISSING:
            if required:
                self.error("缺少必填项", table, index, key)
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.error(f"应为阿拉伯数字写的整数（如 2026），实际是{_describe(value)}",
                       table, index, key)
            return None
        return value

    def date(self, value: Any, table: str, index: int | None, key: str) -> date | None:
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                self.error(f"“{value}”不是有效日期，应写成 2026-01-04 的形式", table, index, key)
                return None
        self.error(f"应为日期（如 \"2026-01-04\"），实际是{_describe(value)}", table, index, key)
        return None

    def rows(self, data: dict[str, Any], table: str) -> list[dict[str, Any]]:
        value = data.get(table, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.error(f"应写成 [[{table}]] 表格数组", table)
            return []
        return value


def _type_name(value: Any) -> str:
    return {bool: "真假值", int: "整数", float: "小数", str: "文本", list: "列表",
            dict: "表格"}.get(type(value), type(value).__name__)


def _describe(value: Any) -> str:
    return f"文本“{value}”" if isinstance(value, str) else _type_name(value)


def validate(data: dict[str, Any], *, lines: LineIndex | None, source: str,
             kinds: tuple[str, ...] | None) -> Facts:
    """Facts data (a dict shaped as `tomllib.loads` returns it) checked against FACTS.md:
    the typed `Facts`, or FactsError with every problem; `lines` gives them line numbers.
    Data that is no table, or nests deeper than `limits.MAX_DEPTH`, is one problem."""
    limits.refuse_shape(data, source, lines.line if lines else None)
    v = _Validator(lines, source)
    v.table(data, "")

    # [unit]
    unit_data = v.required_table(data, "unit", "单位名称、类型等")
    utype = v.text(unit_data, "type", "unit", required=True)
    if utype and utype not in UNIT_TYPES:
        v.error(f"单位类型“{utype}”不在可选范围内：{'、'.join(UNIT_TYPES)}", "unit", key="type")
    unit = Unit(
        name=v.text(unit_data, "name", "unit", required=True),
        self_ref=v.text(unit_data, "self", "unit") or DEFAULT_SELF.get(utype, "我单位"),
        type=utype if utype in UNIT_TYPES else "其他",
        superior=v.text(unit_data, "superior", "unit"),
        people=v.text(unit_data, "people", "unit"),
        served=v.text(unit_data, "served", "unit"),
        departments=v.text(unit_data, "departments", "unit"),
    )

    # [doc]
    doc_data = v.required_table(data, "doc", "文种、年份、成文日期、主题")
    kind = v.text(doc_data, "kind", "doc", required=True)
    if kind and kinds is not None and kind not in kinds:
        v.error(f"未知的文种“{kind}”，可选：{'、'.join(kinds)}", "doc", key="kind")
    year = v.integer(doc_data, "year", "doc", required=True)
    if year is not None and not 1949 <= year <= 2100:
        v.error(f"年份 {year} 不合理", "doc", key="year")
    doc_date = None
    if "date" in doc_data:
        doc_date = v.date(doc_data["date"], "doc", None, "date")
    else:
        v.error("缺少必填项（成文日期，如 \"2026-01-04\"）", "doc", key="date")
    if doc_date and year and abs(doc_date.year - year) > 1:
        v.warn(f"成文日期 {doc_date.isoformat()} 与年份 {year} 相差超过一年，请核对", "doc",
               key="date")
    period = None
    if "period" in doc_data:
        p = doc_data["period"]
        if not isinstance(p, dict) or set(p) != {"start", "end"}:
            v.error("应写成 { start = \"2026-01-04\", end = \"2026-12-31\" }", "doc", key="period")
        else:
            start = v.date(p["start"], "doc", None, "period")
            end = v.date(p["end"], "doc", None, "period")
            if start and end:
                if start > end:
                    v.error("实施期限的开始日期晚于结束日期", "doc", key="period")
                period = Period(start, end)
    doc = Doc(
        kind=kind,
        year=year or 0,
        date=doc_date or date(year or 2000, 1, 1),
        theme=v.text(doc_data, "theme", "doc", required=True),
        title=v.text(doc_data, "title", "doc"),
        period=period,
        basis=v.texts(doc_data, "basis", "doc"),
        notes=v.text(doc_data, "notes", "doc"),
        addressee=v.text(doc_data, "addressee", "doc").rstrip("：:"),
        copy_to=tuple(c.rstrip("。，,") for c in v.texts(doc_data, "copy_to", "doc")),
        main_to=tuple(c.rstrip("：:。，,") for c in v.texts(doc_data, "main_to", "doc")),
        report_to=tuple(c.rstrip("。，,") for c in v.texts(doc_data, "report_to", "doc")),
    )

    figures = _figures(v, data)
    if doc_date:
        _late_todos(v, data, doc_date, doc.notes)
    slogans = _slogans(v, data)

    tasks = []
    for i, row in enumerate(v.rows(data, "tasks")):
        v.table(row, "tasks", i)
        category = v.text(row, "category", "tasks", i)
        if category and category not in TASK_CATEGORIES:
            v.warn(f"任务类别“{category}”不在短语库中（{'、'.join(TASK_CATEGORIES)}），"
                   "将使用通用表述", "tasks", i, "category")
        task = Task(title=v.text(row, "title", "tasks", i, required=True),
                    points=v.texts(row, "points", "tasks", i),
                    owner=v.text(row, "owner", "tasks", i),
                    when=v.text(row, "when", "tasks", i), category=category)
        if not task.points:
            v.warn("没有填写具体措施（points），这一项只能写得很笼统", "tasks", i, "points")
        tasks.append(task)

    leadership = None
    if "leadership" in data:
        ld = data["leadership"]
        if not isinstance(ld, dict):
            v.error("应写成 [leadership] 表", "leadership")
        else:
            v.table(ld, "leadership")
            leadership = Leadership(
                name=v.text(ld, "name", "leadership"), leader=v.text(ld, "leader", "leadership"),
                deputies=v.texts(ld, "deputies", "leadership"),
                members=v.texts(ld, "members", "leadership"),
                office=v.text(ld, "office", "leadership"),
                office_head=v.text(ld, "office_head", "leadership"))

    honors = []
    for i, row in enumerate(v.rows(data, "honors")):
        v.table(row, "honors", i)
        hy = v.integer(row, "year", "honors", i, required=True)
        honors.append(Honor(year=hy or 0, title=v.text(row, "title", "honors", i, required=True),
                            grantor=v.text(row, "grantor", "honors", i)))

    titles = {t.title for t in tasks}
    figure_rows = data.get("figures") if isinstance(data.get("figures"), list) else []
    figure_rows = [r for r in figure_rows if isinstance(r, dict)]
    for i, row in enumerate(figure_rows):
        linked = v.text(row, "task", "figures", i)
        if linked and linked not in titles:
            v.warn(f"所属任务“{linked}”不是任何一项任务的标题，这个数字将写入成效部分",
                   "figures", i, "task")
    links = {row.get("name", "").strip(): row.get("task", "").strip()
             for row in figure_rows
             if isinstance(row.get("name"), str) and isinstance(row.get("task"), str)}
    figures = [replace(f, task=links[f.name]) if links.get(f.name) in titles else f
               for f in figures]

    phases = []
    for i, row in enumerate(v.rows(data, "phases")):
        v.table(row, "phases", i)
        start = v.date(row["start"], "phases", i, "start") if "start" in row else None
        end = v.date(row["end"], "phases", i, "end") if "end" in row else None
        if start and end and start > end:
            v.error("开始日期晚于结束日期", "phases", i, "start")
        phases.append(Phase(name=v.text(row, "name", "phases", i, required=True),
                            start=start, end=end, work=v.texts(row, "work", "phases", i)))

    guarantees, branch = Guarantees(), Branch()
    if isinstance(g := data.get("guarantees"), dict):
        v.table(g, "guarantees")
        guarantees = Guarantees(funding=v.texts(g, "funding", "guarantees"),
                                assessment=v.texts(g, "assessment", "guarantees"))
    elif "guarantees" in data:
        v.error("应写成 [guarantees] 表", "guarantees")
    if isinstance(b := data.get("branch"), dict):
        v.table(b, "branch")
        branch = Branch(committee=v.texts(b, "committee", "branch"))
    elif "branch" in data:
        v.error("应写成 [branch] 表", "branch")

    lists = {}
    for table in ("problems", "next_steps"):
        items = []
        for i, row in enumerate(v.rows(data, table)):
            v.table(row, table, i)
            if t := v.text(row, "text", table, i, required=True):
                items.append(t)
        lists[table] = tuple(items)

    if v.errors:
        n = len(v.errors)
        raise FactsError(f"事实文件有 {n} 处问题，未生成任何文件：", v.errors)
    return Facts(unit=unit, doc=doc, figures=tuple(figures), slogans=tuple(slogans),
                 tasks=tuple(tasks), leadership=leadership, honors=tuple(honors),
                 problems=lists["problems"], next_steps=lists["next_steps"],
                 phases=tuple(phases), guarantees=guarantees, branch=branch,
                 warnings=tuple(v.warnings), data=_plain(data))


_TODO_DATE = re.compile(r"(?:((?:19|20)\d\d)年)?(?<!\d)(1[0-2]|[1-9])月"
                        r"(?:(\d{1,2})[日号]|(底|末|下旬|中旬|上旬))?")
_PART_OF_MONTH = {"上旬": 10, "中旬": 20, "下旬": 21}


def due_after(todo: str, on: date) -> str:
    """The date words of a figure still to report (`todo`) when they put it after the
    document's date `on` (在保余额…12月31日 in a summary dated 12月25日; 11月底 in a report
    of 11月5日; 审计报告3月出来 in a plan of 2月22日: its first day; 12月下旬: the 21st), else
    "". A date with no year half a year or more after the document is the year before's
    (12月31日 in a summary dated 1月14日), half a year or more before it the year after's
    (1月中旬 in a plan dated 12月28日)."""
    m = _TODO_DATE.search(todo)
    if m is None:
        return ""
    year, month = int(m[1]) if m[1] else on.year, int(m[2])
    last = calendar.monthrange(year, month)[1]
    day = min(int(m[3]), last) if m[3] else _PART_OF_MONTH.get(m[4], last if m[4] else 1)
    try:
        when = date(year, month, max(day, 1))
    except ValueError:
        return ""
    if not m[1] and (when - on).days > 183:
        return ""  # the year before's
    return m[0] if (not m[1] and (on - when).days > 183) or when > on else ""


# (给它留个位置，出来我自己填: blind88)
# (总结里给它空出来，念的时候我自己报: blind90; 给它空一截，念到那儿我口头报, 先留白，汇报时
# 我嘴上补: blind91)
_ASKS_BLANK = re.compile(r"空着|留空|留个空|空出来|空一截|留白|再补|补上|后补|到时候补|再填|补进|"
                         r"留个?位置|自己填|我来填|自己报|口头报|嘴上补|"
                         r"挖个?空|手写上|画一?道?横线|空个?格|先不填|嘴上说|留一格|拿笔添|"
                         r"空框|口头说|口头补|用笔填|拿笔填|手填|空一格|手写")
# (blind92: 挖个空…手写上去, 画道横线; blind93: 空个格, 那一栏先不填，念到那儿我嘴上说个数;
# blind95: 稿子上那个数先画个空框，念到那儿我口头说; blind99: 先画一道横线，念到那儿我口头补)
_NO_BLANK = re.compile(r"算了|不写|不用写|别写|不要写|去掉|不提")


def asks_blank(name: str, todo: str, notes: str) -> bool:
    """Whether the notes ask the draft to keep a blank for the figure `name` still to report
    (`todo`): a sentence that says 先空着, 出来再补, 出来以后你补上… and names the figure's
    month (1月中旬才出来) or four characters of its name, and not 赶不上就算了. Such a figure
    due after the document's date keeps its 【待补充】 marker (FACTS.md session 36: blind80's
    LLM reader and blind81's and blind82's readers of both writers asked for the slot the
    leader had asked for, in every document whose notes said so)."""
    month = _TODO_DATE.search(todo)
    # the figure by its day (出口的数20号海关才出来 of 1月20日) or by its month's end (游客的数
    # 月底县里才给 of 10月31日), or by the first words of its name and 的数 (出口的数 of
    # 2026年出口交货值: blind91)
    day = month[3] if month else None
    last = bool(month and day and int(day) >= 28)
    core = re.sub(r"^(?:(?:19|20)\d\d年)?(?:\d{1,2}[—–-]\d{1,2}月)?", "", name)
    split = re.split(r"[。！？!?\n]", notes)
    for before, sentence in zip(["", *split], split, strict=False):
        if not _ASKS_BLANK.search(sentence) or _NO_BLANK.search(sentence):
            continue
        # (…医保科1月8号才对得完账。那个数先空着，划条线: the figure the sentence before
        # names, blind118's blank left out)
        if re.match(r"\s*(?:那个|这个)数", sentence):
            sentence = f"{before}，{sentence}"
        if month and re.search(rf"(?<![\d—–-]){month[2]}月", sentence):
            return True
        if day and re.search(rf"(?<!\d){day}[号日]", sentence):
            return True
        if last and re.search(r"月底|月末", sentence):
            return True
        # (… or by the end of its month, December's the year's end: 年底合作社结了账才有，…
        # 给它留个空 of 12月底…后补, blind114's blank left out)
        if month and not day and re.search(r"[底末]", todo) and re.search(
                r"月底|月末" + (r"|年底|年末|年终" if int(month[2]) == 12 else ""), sentence):
            return True
        # (… or by its first and last words, the middle left out: 村集体收入 of 2026年村集体
        # 经济收入, blind107)
        if any(name[i:i + 4] in sentence for i in range(len(name) - 3)) or (
                len(core) >= 2 and f"{core[:2]}的数" in sentence) or (
                len(core) >= 6 and re.search(
                    rf"{re.escape(core[:3])}[\u4e00-\u9fff]{{0,3}}{re.escape(core[-2:])}",
                    sentence)):
            return True
    return False


def _late_todos(v: _Validator, data: dict[str, Any], on: date, notes: str) -> None:
    """Warn of a figure still to report (`todo`) dated after the document (due_after): the
    draft keeps a blank (____) where the notes ask for it (asks_blank), and else leaves it
    out (kinds.notes.as_delivered), since a marker nobody asked for cannot be filled by
    then (blind31, blind32, blind35 and blind44 to blind48 readers of both writers). One
    dated on or before the document's date is out by then: the warning asks for its value
    (blind87–89 readers of both writers: "the draft is dated after the 8th, fill it in")."""
    for i, row in enumerate(v.rows(data, "figures")):
        todo = row.get("todo") if isinstance(row, dict) else None
        name = row.get("name") if isinstance(row, dict) else None
        if not isinstance(todo, str) or "value" in row:
            continue
        if not (when := due_after(todo, on)):
            if (due := _TODO_DATE.search(todo)) is not None:
                v.warn(f"待补的数{due[0]}就有，到成文日期{on.month}月{on.day}日已经出来：请把数填进"
                       "这一项的 value 再起草，否则稿中留【待补充】标记，印发前要补上",
                       "figures", i, "todo")
            continue
        if isinstance(name, str) and asks_blank(name, todo, notes):
            v.warn(f"待补的数要到{when}才有，晚于成文日期{on.month}月{on.day}日：备注要求先空着，"
                   "稿中留出空白（____），数出来后补上再印发", "figures", i, "todo")
        else:
            v.warn(f"待补的数要到{when}才有，晚于成文日期{on.month}月{on.day}日，稿中不写这一项"
                   "（成文时补不上，备注也没说先空着）：可改用最近一期的数并写明截至时间，"
                   "或把成文日期改到数字出来之后", "figures", i, "todo")


def _figures(v: _Validator, data: dict[str, Any]) -> list[Figure]:
    rows = v.rows(data, "figures")
    names: dict[str, int] = {}
    for i, row in enumerate(rows):
        name = row.get("name")
        if isinstance(name, str) and name.strip():
            if name.strip() in names:
                v.error(f"数字名称“{name}”重复（第{names[name.strip()] + 1}项已用过）",
                        "figures", i, "name")
            names.setdefault(name.strip(), i)
    values: dict[str, Figure] = {}
    pending: list[tuple[int, str, str, str, str, str, Any]] = []
    for i, row in enumerate(rows):
        v.table(row, "figures", i)
        name = v.text(row, "name", "figures", i, required=True)
        unit = v.text(row, "unit", "figures", i)
        period = v.text(row, "period", "figures", i)
        todo = v.text(row, "todo", "figures", i)  # a value still to report (drafter next)
        status = v.text(row, "status", "figures", i)
        if status and status not in FIGURE_STATES:
            v.error(f"状态应为 planned（计划）或 done（已完成），实际是“{status[:20]}”",
                    "figures", i, "status")
            status = ""
        if "ratio" in row:
            ratio = row["ratio"]
            if (not isinstance(ratio, list) or len(ratio) != 2
                    or not all(isinstance(r, str) for r in ratio)):
                v.error("ratio 应写成 [\"分子名称\", \"分母名称\"]", "figures", i, "ratio")
                continue
            if unit and unit != "%":
                v.warn(f"比例的单位总是 %，已忽略“{unit}”", "figures", i, "unit")
            pending.append((i, name, ratio[0].strip(), ratio[1].strip(), period, status,
                            row.get("value", _MISSING)))
            continue
        value = row.get("value", _MISSING)
        if value is _MISSING and todo:
            if name:
                values[name] = Figure(name, 0.0, unit, period, todo=todo, status=status)
        elif value is _MISSING:
            v.error("缺少 value（数值），或用 ratio 由其他数字计算", "figures", i, "value")
        elif isinstance(value, bool) or not isinstance(value, int | float):
            v.error(f"数值应为阿拉伯数字，实际是{_describe(value)}", "figures", i, "value")
        elif not math.isfinite(value):
            v.error(f"数值应为确定的数，实际是 {value}（不是数或无穷大）", "figures", i, "value")
        elif name:
            values[name] = Figure(name, float(value), unit, period, status=status)
    for i, name, num, den, period, status, typed in pending:
        bad = [r for r in (num, den) if r not in values]
        for r in bad:
            if r in names and "ratio" not in rows[names[r]]:
                continue  # a figure whose own value is wrong: reported at its value
            hint = "（比例不能引用另一个比例）" if r in names else ""
            v.error(f"ratio 引用了不存在的数字“{r}”{hint}", "figures", i, "ratio")
        if bad:
            continue
        if todo := values[num].todo or values[den].todo:  # a part still to report
            values[name] = Figure(name, 0.0, "%", period, (num, den), todo=todo,
                                  status=status)
            continue
        if values[den].value == 0:
            v.error(f"分母“{den}”为 0，无法计算比例", "figures", i, "ratio")
            continue
        if values[num].unit != values[den].unit:
            v.warn(f"“{num}”与“{den}”的单位不同，比例可能没有意义", "figures", i, "ratio")
        exact = values[num].value / values[den].value * 100
        share = round(exact, 1)
        # A value typed beside the ratio is the user's own arithmetic: fine when it agrees
        # (to the 0.1 the text shows), an error naming both numbers when it does not.
        if typed is not _MISSING and (isinstance(typed, bool)
                                      or not isinstance(typed, int | float)
                                      or abs(typed - share) > 0.05 + 1e-9):
            v.error(f"比例由 ratio 计算为 {share}%，与填写的 value（{typed}）不一致；"
                    "删去 value 即可", "figures", i, "value")
            continue
        values[name] = Figure(name, share, "%", period, (num, den), status=status,
                              inexact=abs(exact - share) > 1e-9)
    # keep file order
    order = [r.get("name", "").strip() for r in rows if isinstance(r.get("name"), str)]
    return [values[n] for n in order if n in values]


def _slogans(v: _Validator, data: dict[str, Any]) -> list[Slogan]:
    slogans = []
    seen: set[str] = set()
    for i, row in enumerate(v.rows(data, "slogans")):
        v.table(row, "slogans", i)
        text = v.text(row, "text", "slogans", i, required=True)
        items = v.texts(row, "items", "slogans", i)
        group = v.text(row, "group", "slogans", i)
        if not text:
            continue
        if text in seen:
            v.error(f"口号“{text}”重复", "slogans", i, "text")
        seen.add(text)
        count = slogan_count(text)
        if count is None:
            v.error(f"口号“{text}”中没有数量（如“两项”“四件”），不是编号口号", "slogans", i, "text")
        elif count != len(items):
            v.error(f"口号“{text}”写明 {count} 项，items 却有 {len(items)} 项",
                    "slogans", i, "items")
        slogans.append(Slogan(text, items, group))
    return slogans


def _plain(value: Any) -> Any:
    """TOML data as JSON-safe data (dates become ISO strings)."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value
