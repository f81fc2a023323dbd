"""The facts model (FACTS.md v1): the typed, validated facts every step reads."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from drafter.errors import Problem
from drafter.numbering import parse_cn_numeral

FIGURE_STATES = ("planned", "done")
"""The `status` a figure may carry (FACTS.md): planned 计划, done 已完成 (the default)."""
UNIT_TYPES = ("医院", "学校", "机关", "社区", "企业", "其他",
              "幼儿园", "卫生院", "街道", "村", "国有企业")
"""FACTS.md [unit].type: the six of v1, then the v1.1 subtypes (see `UNIT_FAMILY`)."""
UNIT_FAMILY = {"幼儿园": "学校", "卫生院": "医院", "街道": "社区", "村": "社区",
               "国有企业": "企业"}
"""A v1.1 subtype's v1 type: what it shares phrase banks and rules with."""
DEFAULT_SELF = {"医院": "我院", "学校": "我校", "机关": "我单位", "社区": "我社区",
                "企业": "我公司", "其他": "我单位", "幼儿园": "我园", "卫生院": "我院",
                "街道": "我街道", "村": "我村", "国有企业": "我公司"}
TASK_CATEGORIES = ("思想教育", "医德医风", "志愿服务", "环境建设", "文化建设", "党建",
                   "服务质量", "法治")


@dataclass(frozen=True)
class Unit:
    name: str
    self_ref: str  # FACTS.md key `self`
    type: str
    superior: str = ""
    people: str = ""  # v1.1 vocabulary overrides: everyone in the unit,
    served: str = ""  # whom it serves,
    departments: str = ""  # its internal units (各科室)

    @property
    def family(self) -> str:
        """The v1 type this unit's type belongs to (幼儿园 → 学校)."""
        return UNIT_FAMILY.get(self.type, self.type)


@dataclass(frozen=True)
class Period:
    start: date
    end: date


@dataclass(frozen=True)
class Doc:
    kind: str
    year: int
    date: date
    theme: str
    title: str = ""
    period: Period | None = None
    basis: tuple[str, ...] = ()
    notes: str = ""
    addressee: str = ""  # v1.1: a 汇报's 称谓 (尊敬的考评组各位领导)
    copy_to: tuple[str, ...] = ()  # 抄送机关, printed in the 版记 (GB/T 9704—2012 §7.4.2)
    main_to: tuple[str, ...] = ()  # 主送机关, under the title (GB/T 9704—2012 §7.3.2)
    # the organs a document issued downwards is 报 to: the 版记's 报 line, above 抄送
    report_to: tuple[str, ...] = ()


BLANK = "____"
"""The blank a document leaves where its leader asked for one (先空着, 留个空: the figure
comes after the document's date and is written in by hand; blind87's reader of a
bracketed 【待补充：4月10日统计后补】 there: "it should be a clean ____%")."""


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str = ""
    period: str = ""
    ratio: tuple[str, str] | None = None
    task: str = ""  # the [[tasks]] title this figure measures (v1.1)
    todo: str = ""  # still to report (no value yet): the text shows 【待补充：todo】
    status: str = ""  # "planned" | "done" as the facts state it; "" (not stated) is done
    # a figure still to report whose notes ask the document to leave it blank (set by
    # kinds.notes.as_delivered, never read from a facts file): the text shows ____
    blank: bool = False
    # a ratio whose share is a whole percentage only once rounded (58 of 386 is 15.0%, not
    # 15%: blind108's reader), set by facts.validate where it computes the share
    inexact: bool = False

    @property
    def planned(self) -> bool:
        """Whether the figure is a plan (拟新建12个), not yet achieved."""
        return self.status == "planned"

    @property
    def text(self) -> str:
        """The figure as prose writes it: 627人, 86.0%, 1.5万元; 【待补充：实际完成值】人次
        for a figure whose value is still to report."""
        if self.todo:
            return f"{BLANK}{self.unit}" if self.blank else f"【待补充：{self.todo}】{self.unit}"
        return f"{self.number}{self.unit}"

    @property
    def number(self) -> str:
        """The value as prose writes it, without the unit (format_number: 627, 86.0, 75,
        15.0 for a share whole only once rounded)."""
        return format_number(self.value, ratio=self.ratio is not None, inexact=self.inexact)


_NAMED_YEAR = re.compile(r"^((?:19|20)\d\d)年度?")


def earlier_same(past: Figure, figure: Figure, loose: bool = False) -> bool:
    """Whether `past` is the same count as `figure` in an earlier year, named with its
    year (2025年放射检查 of 2026年放射检查, or of 放射检查 with no year); `loose`: also of a
    name opening 全年/年度 or closing with a tag in brackets (全年执法检查企业, 随队检查企业
    （2026年目标）: a plan's targets, blind107)."""
    def bare(name: str) -> str:
        name = _NAMED_YEAR.sub("", name)
        return re.sub(r"^(?:全年|年度)|[（(][^（）()]*[）)]$", "", name) if loose else name
    # (… or, loose, a year's count by its period: 举办乡村体育赛事 of 2025年 beside 举办乡村体育
    # 赛事（2026年目标）, blind112's answers marked 【待补充：核实“14场”】)
    dated = bool(_NAMED_YEAR.match(past.name)) or (
        loose and bool(re.fullmatch(r"(?:19|20)\d\d年度?", past.period or ""))
        and not _NAMED_YEAR.match(figure.name) and figure.name != past.name)
    return (past is not figure and dated
            and bare(past.name) == bare(figure.name) and past.name < figure.name)


@dataclass(frozen=True)
class Change:
    """A count the facts give for two years (2025年住院手术1104台, 2026年住院手术1268台):
    the later year's rise or fall, computed, never typed, like a ratio (FACTS.md, figures:
    a year-on-year change). A 工作总结 states it (比2025年增加164台、增长14.9%: blind105's
    reader found the two counts side by side and the rise the notes asked for unsaid)."""

    earlier: Figure
    later: Figure

    @property
    def year(self) -> str:
        """The earlier count's year as its name writes it (2025)."""
        m = _NAMED_YEAR.match(self.earlier.name) or _NAMED_YEAR.match(self.earlier.period or "")
        return m.group(1) if m else ""

    @property
    def amount(self) -> float:
        """later − earlier, in their unit, rounded to the decimals the two are given in."""
        places = max(len(format_number(f.value).partition(".")[2])
                     for f in (self.earlier, self.later))
        return round(self.later.value - self.earlier.value, places)

    @property
    def percent(self) -> float | None:
        """The rise as a share of the earlier count, one decimal (14.9), or None: a
        change of a percentage is said in 个百分点, and nothing grows from 0."""
        if self.later.unit == "%" or not self.earlier.value:
            return None
        return round(abs(self.amount) / self.earlier.value * 100, 1)

    @property
    def clause(self) -> str:
        """比2025年的1104台增加164台、增长14.9% / 比2025年的95.2%提高1.3个百分点 /
        与2025年持平."""
        if not self.amount:
            return f"与{self.year}年持平"
        up = self.amount > 0
        size = format_number(abs(self.amount))
        said = f"比{self.year}年的{self.earlier.text}"
        if self.later.unit == "%":
            return f"{said}{'提高' if up else '下降'}{size}个百分点"
        # one decimal, none for an exact whole percentage (a ratio's rule: 126 of 842 is
        # 15.0%, not 15%; 50 of 200 is 25%)
        exact = self.percent is not None and abs(self.amount) * 100 % self.earlier.value == 0
        share = "" if self.percent is None else (
            f"、{'增长' if up else '下降'}"
            f"{format_number(self.percent, ratio=True, inexact=not exact)}%")
        return f"{said}{'增加' if up else '减少'}{size}{self.later.unit}{share}"


def changes(figures: Sequence[Figure], planned: bool = False) -> list[Change]:
    """Each count given for an earlier year too (earlier_same), with the latest earlier
    year's: typed values in one unit, each of a whole year (no period, or one of a year),
    no ratio; `planned`: a plan's target too, against the year before's count (随队检查企业
    500家次, 比2025年增加72家次: a blind107 answer, rule number.unsourced)."""
    def whole_year(f: Figure) -> bool:  # not part of a year (2026年1—10月: no match for
        return not f.period or bool(re.fullmatch(r"(?:19|20)\d\d年度?", f.period))  # a year's)

    out = []
    for f in figures:
        if f.todo or f.ratio or (f.planned and not planned) or not f.unit or not whole_year(f):
            continue
        pasts = [p for p in figures if earlier_same(p, f, loose=planned) and p.unit == f.unit
                 and not (p.todo or p.ratio or p.planned) and whole_year(p)]
        if pasts:
            out.append(Change(max(pasts, key=lambda p: p.name), f))
    return out


@dataclass(frozen=True)
class Slogan:
    text: str
    items: tuple[str, ...]
    group: str = ""

    @property
    def count(self) -> int | None:
        return slogan_count(self.text)


@dataclass(frozen=True)
class Task:
    title: str
    points: tuple[str, ...] = ()
    owner: str = ""
    when: str = ""
    category: str = ""


@dataclass(frozen=True)
class Phase:
    """One step of 实施步骤 / 时间安排 / 月度安排 (FACTS.md v1.1 [[phases]])."""

    name: str
    start: date | None = None
    end: date | None = None
    work: tuple[str, ...] = ()


@dataclass(frozen=True)
class Guarantees:
    """保障措施 (FACTS.md v1.1 [guarantees]): 经费保障 and 考核奖惩 points."""

    funding: tuple[str, ...] = ()
    assessment: tuple[str, ...] = ()


@dataclass(frozen=True)
class Branch:
    """The party branch (FACTS.md v1.1 [branch]): its committee, "书记：王敏" each."""

    committee: tuple[str, ...] = ()


@dataclass(frozen=True)
class Leadership:
    name: str = ""
    leader: str = ""
    deputies: tuple[str, ...] = ()
    members: tuple[str, ...] = ()
    office: str = ""
    office_head: str = ""


@dataclass(frozen=True)
class Honor:
    year: int
    title: str
    grantor: str = ""


@dataclass(frozen=True)
class Facts:
    unit: Unit
    doc: Doc
    figures: tuple[Figure, ...] = ()
    slogans: tuple[Slogan, ...] = ()
    tasks: tuple[Task, ...] = ()
    leadership: Leadership | None = None
    honors: tuple[Honor, ...] = ()
    problems: tuple[str, ...] = ()
    next_steps: tuple[str, ...] = ()
    phases: tuple[Phase, ...] = ()
    guarantees: Guarantees = Guarantees()
    branch: Branch = Branch()
    warnings: tuple[Problem, ...] = field(default=(), compare=False)
    data: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def figure(self, name: str) -> Figure | None:
        return next((f for f in self.figures if f.name == name), None)

    @property
    def slogan_groups(self) -> list[tuple[str, list[Slogan]]]:
        """Slogans in file order, grouped by `group` ("" for stand-alone ones)."""
        groups: dict[str, list[Slogan]] = {}
        for s in self.slogans:
            groups.setdefault(s.group or f"\0{s.text}", []).append(s)
        return [("" if k.startswith("\0") else k, v) for k, v in groups.items()]


def format_number(value: float, *, ratio: bool = False, inexact: bool = False) -> str:
    """627 → "627", 95.0 → "95", 86.04 (a ratio) → "86.0", a ratio of exactly 75 → "75"
    (a reader marks 75.0% as stiff), one `inexact` (rounded to 15.0 from 15.03) → "15.0";
    never scientific notation."""
    if ratio:
        return str(round(value)) if abs(value - round(value)) < 1e-9 and not inexact \
            else f"{value:.1f}"
    if float(value).is_integer():
        return str(int(value))
    return f"{value:f}".rstrip("0").rstrip(".")


# 零 is left out: in 三零 it is the thing counted, not part of the count.
_SLOGAN_COUNT = re.compile(r"[0-9]+|[一二两三四五六七八九十百千]+")


def slogan_count(text: str) -> int | None:
    """The count a numbered slogan states: 紧盯两项目标 → 2, 十大教育 → 10, 三个一 → 3,
    三零 → 3."""
    m = _SLOGAN_COUNT.search(text)
    if not m:
        return None
    return int(m.group(0)) if m.group(0).isdigit() else parse_cn_numeral(m.group(0))
