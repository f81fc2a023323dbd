"""The jinja2 environment for section templates: sandboxed, StrictUndefined, and the
filters the genre needs (dates, figures, lists, quoted names).

Facts values reach templates only as variables, never as template source, so
`{{ }}` typed into a facts file is printed literally."""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from datetime import date
from functools import cache
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

from drafter.document import format_cn_date
from drafter.kinds import figures, notes, prose
from drafter.kinds.text import (
    SCHOOL_YEAR,
    absolute_years,
    enumerate_cn,
    join_cn,
    school_year,
    strip_end,
)
from drafter.numbering import heading_prefix
from drafter.paths import templates_dir


def cn_date(d: date) -> str:
    return format_cn_date(d)


def cn_span(start: date, end: date) -> str:
    """2026年1月4日—12月31日 (the second year elided when it is the same)."""
    tail = f"{end.month}月{end.day}日" if end.year == start.year else format_cn_date(end)
    return f"{format_cn_date(start)}—{tail}"


def phase_span(name: str, start: date | None, end: date | None) -> str:
    """A phase's dates after its name: （2026年3月1日—3月31日）, （6月30日前）, or ""
    when the name already says them (1月 for the whole of January, 第一季度 for its three
    months, also when it starts later in its first month: a plan dated 1月8日 whose first
    phase starts that day)."""
    if start and end:
        last = calendar.monthrange(end.year, end.month)[1]
        whole = end.day == last and start.year == end.year
        a, b = start.month, end.month
        months = ({f"{a}月", f"{a}月份"} if a == b else
                  {f"{a}{dash}{b}月" for dash in ("—", "-", "－", "至", "~", "～")}
                  | {f"{a}月{dash}{b}月" for dash in ("—", "至")})
        quarter = "一二三四"[(start.month - 1) // 3]
        if start.month % 3 == 1 and end.month == start.month + 2:
            months |= {f"第{quarter}季度", f"{quarter}季度"}
        if whole and name.strip().removeprefix(f"{start.year}年") in months:
            return ""
        return f"（{cn_span(start, end)}）"
    if end:
        return f"（{format_cn_date(end)}前）"
    return ""


def join_people(people: list[str]) -> str:
    """A list of 领导小组 members: 、 between them, or ， when a post holds a 、 itself
    (党支部书记、副处长唐明远，副处长吴凯: not three people)."""
    people = list(people)
    return ("，" if any("、" in p for p in people) else "、").join(people)


def with_work(theme: str) -> str:
    """创建省级文明单位 → 创建省级文明单位工作; 精神文明建设工作 stays as it is, and so does
    a named campaign (“书香晗川”全民阅读推广行动, …工程: blind79's reader struck 推广行动工作
    实施方案)."""
    return theme if theme.endswith(("工作", "行动", "工程")) else f"{theme}工作"


def after_unit(theme: str, unit: str) -> str:
    """The theme as a title says it after the unit's name: without the words of that name
    it opens with (输血科精神文明建设… of 迥川县人民医院输血科 → 精神文明建设…: blind94's reader
    struck 输血科2026年输血科…)."""
    for n in range(min(len(unit), 8), 1, -1):
        if theme.startswith(unit[-n:]) and len(theme) > n + 3:
            return theme[n:]
    # … nor the words of the name it opens with anywhere (伤口造口专科护理工作 of …伤口造口护理
    # 中心 → 专科护理工作; 机动车维修行业诚信建设 of …机动车维修行业协会: blind111's reader
    # struck …中心2026年伤口造口专科护理工作总结)
    # (… its longest such start only, a word left whole: not 务和精神文明建设 of 农业综合服务和
    # …, nor 保护工作 of 知识产权保护工作; a named campaign whole: 校外培训规范治理专项行动)
    n = next((n for n in range(min(len(theme), 12), 3, -1) if theme[:n] in unit), 0)
    rest = theme[n:]
    # (… nor where the rest's first word wanted it: 传承和文化惠民 of 剪纸艺术传承和文化惠民,
    # blind113's readers of both writers)
    if n and len(rest.removesuffix("工作")) >= 4 and not rest.startswith(("和", "暨", "及")) \
            and not re.match(r"[\u4e00-\u9fff]{1,3}[和、及与]", rest) \
            and not theme.endswith(("行动", "工程")):
        return rest
    return theme


def after_self(theme: str, self_ref: str) -> str:
    """The theme as a sentence says it after the unit's own word (我校, 我院, 我公司): without
    the noun of that word it opens with (我校 + 学校工作 → 我校工作: blind95's reader struck
    我校学校工作的目标)."""
    noun = self_ref.removeprefix("我")
    if not self_ref.startswith("我") or not noun:
        return theme
    # (我科 + 科室建设… → 我科建设…, not 室建设…: blind97; a one-character noun is a word only
    # with another, 学校, 医院, 科室)
    heads = (f"{noun}室", *(f"{c}{noun}" for c in "学医全本")) if len(noun) == 1 else (noun,)
    for head in heads:
        if theme.startswith(head) and len(theme) > len(head) + 1:
            return theme[len(head):]
    return theme


def basis_said(basis: Sequence[str]) -> str:
    """根据 + the basis documents + 精神 or 要求: a 测评体系, 标准, 办法, 细则, 条例, 规定 or 准则
    sets requirements, it has no 精神 (blind97's reader struck 根据《全国文明单位测评体系》精神);
    an 意见, 通知, 要点 or 讲话 has."""
    rules = any(re.search(r"(?:测评体系|标准|办法|细则|条例|规定|准则|规范)"
                          r"(?:[（(][^）)]*[）)])?》?$", b) for b in basis)
    return f"根据{join_cn(basis)}{'要求' if rules else '精神'}"


def pushed(theme: str) -> str:
    """扎实推进 before a theme (扎实推进创建市级文明单位工作), other words before one that opens
    with its own verb: 持续深化…, 扎实做好… (blind71's reader: 扎实推进深化“堂屋夜话”…)."""
    if theme.startswith("深化"):
        return f"持续{theme}"
    # (扎实开展…专项行动, not 扎实推进开展…: blind110's reader)
    if theme.startswith(("推进", "推动", "加强", "做好", "抓好", "做实", "提升", "巩固", "开展")):
        return f"扎实{theme}"
    return f"扎实推进{theme}"


_OWN_VERB = re.compile(r"创建|争创|推进|推动|实施|开展|深化|加强|做好|抓好|提升|巩固|打造|建设|"
                       r"创新|完善|落实|以")


def driven(theme: str) -> str:
    """A theme after 全力, with 推进 where it opens with no verb of its own: one opening
    with its name in quotation marks (全力推进“书香晗川”全民阅读推广行动, blind79), a
    campaign (全力推进实验动物质量和福利伦理提升行动, blind80's readers; blind83: 全力铁路
    沿线安全环境专项整治), any work named with no verb (全力独居和高龄老人关爱服务, blind86)."""
    return theme if _OWN_VERB.match(theme) else f"推进{theme}"


def group_work(name: str, theme: str) -> str:
    """What a 领导小组 统筹推进: its own work by its name (民族团结进步示范创建工作领导小组 →
    民族团结进步示范创建工作), not the document's theme (a blind46 reader of each writer:
    a 精神文明建设工作领导小组 统筹推进蚕桑技术推广工作 says the group is what it is not); the
    theme's work when the name is generic (工作领导小组) or the theme is inside it."""
    # … and a 工作小组 or a 委员会 too (镇综合文化站精神文明建设工作小组 → …精神文明建设工作,
    # not …工作小组工作: blind43); the unit's own name before it goes (镇综合文化站)
    own = re.sub(r"(工作)?(领导小组|工作小组|委员会)$", "", name or "")
    # 2027年重点工作推进领导小组 → 2027年重点工作: the group 统筹推进 its work already
    # (blind79's 盐场: 统筹推进2027年重点工作推进工作)
    own = re.sub(r"(?<=工作)(?:推进|推动|落实|督导|督查)$", "", own)
    # (… and one named whole: 燔阳县新型墙体材料有限公司2027年重点工作, blind113's reader of
    # the name twice in one sentence)
    own = re.sub(r"^(?:[\u4e00-\u9fff]{1,6}?[省市县])?[省市县区镇乡]?[^，。]*?"
                 r"(站|所|院|局|中心|公司|馆|校|队)(?=(?:19|20)\d\d年.{4,}$)|"
                 r"^[省市县区镇乡][^，。]*?(站|所|院|局|中心|公司|馆|校|队)(?=.{4,}$)", "", own)
    if len(own) < 4 or in_sentence(theme).removesuffix("工作") in own:
        return with_work(in_sentence(theme))
    return with_work(own)


def in_sentence(theme: str) -> str:
    """The theme inside a sentence: its 暨, a title's word, as 和 (紧紧围绕精神文明建设和创建
    市级文明校园, a blind22 reader: 暨 in a sentence reads wrong)."""
    return theme.replace("暨", "和")


def of_year(theme: str, year: int) -> str:
    """The theme with its year before it, once: 党支部工作 → 2026年党支部工作, 做好… → 2026年…
    (its 做好 the sentence's own); a theme that
    names its year already (2026年党支部工作), or a school year (2025—2026学年预科教育工作: a
    blind91 reader struck 2026年2025—2026学年…), stays as it is."""
    if re.match(rf"{year}年", theme) or school_year(theme):
        return theme
    # (做好消防设施维护保养… → 2027年消防设施…工作: blind111's reader struck the title
    # …2027年做好…工作计划 and 为扎实做好2027年做好…)
    return f"{year}年" + re.sub(r"^(?:做好|抓好|做实)(?=[\u4e00-\u9fff]{4})", "", theme)


def yearless(theme: str) -> str:
    """The theme without the year it opens with (2026年全院工作 → 全院工作): what a
    summary's 新的一年 goes on with (blind64: 新的一年…推动2026年全院工作再上新台阶)."""
    return re.sub(rf"^(?:(?:19|20)\d\d年度?|{SCHOOL_YEAR.pattern})", "", theme) or theme


def civic(theme: str) -> bool:
    """Whether a theme is one of civility (创建省级文明单位, 精神文明建设, 文明校园, 道德讲堂):
    its 指导思想 speaks of 核心价值观 and 文明程度; not a 动物防疫 or 红色资源保护 plan's
    (blind65's readers: the 文明创建 template)."""
    return re.search(r"文明|道德|核心价值观|精神", theme) is not None


@cache
def environment() -> SandboxedEnvironment:
    env = SandboxedEnvironment(
        loader=FileSystemLoader(str(templates_dir())),
        undefined=StrictUndefined,
        autoescape=False,
        # Block-only lines render as blank lines, which render_lines drops; a content
        # line that ends in a tag keeps its newline (trim_blocks would glue it to the next).
        trim_blocks=False,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters.update(
        cn_date=cn_date, join_cn=join_cn, enumerate_cn=enumerate_cn, strip_end=strip_end,
        dated=absolute_years,
        with_work=with_work, pushed=pushed, driven=driven, group_work=group_work,
        in_sentence=in_sentence, of_year=of_year, after_unit=after_unit, after_self=after_self,
        basis_said=basis_said,
        yearless=yearless, school_year=school_year,
        quoted=prose.quoted, tight=prose.tight,
        post=prose.post_of, in_voice=notes.in_voice,
        named_post=prose.named_post, join_people=join_people, office_head=prose.office_head,
        honors_said=prose.honors_said,
        target_figures=figures.target_figures, target_list=figures.target_list,
        result_figures=figures.result_figures,
    )
    env.tests.update(civic=civic)
    env.globals.update(heading=heading_prefix, cn_span=cn_span, phase_span=phase_span,
                       unit_figures=figures.unit_figures)
    return env


def render_lines(template: str, context: dict[str, Any]) -> list[str]:
    """Render a template file to paragraphs: one non-empty line a paragraph; a lone
    （一） (no （二） beside it) is no numbering at all (lone_item)."""
    text = environment().get_template(template).render(**context)
    section = context.get("section")
    return lone_item([line.strip() for line in text.splitlines() if line.strip()],
                     getattr(section, "title", "") or "")


def lone_item(lines: list[str], title: str = "") -> list[str]:
    """A level of numbering with a single item is no list (GB/T 9704 层次序数 number
    several items): （一）X + its paragraph → X。paragraph; （一）X。text → X。text; a head
    that says the section's `title` again (加强党风廉政建设 under 加强作风建设和党风廉政建设)
    is left out (both blind20 readers: 标题和首句重复)."""
    first, second = heading_prefix(2, 1), heading_prefix(2, 2)
    at = [i for i, line in enumerate(lines) if line.startswith(first)]
    if len(at) != 1 or any(line.startswith(second) for line in lines):
        return lines
    i = at[0]
    head = lines[i].removeprefix(first)
    if i + 1 < len(lines) and lines[i + 1].startswith(strip_end(head)):
        return [*lines[:i], *lines[i + 1:]]  # the paragraph opens with the heading's words
    if "。" not in head and i + 1 < len(lines) and says_again(head, title):
        return [*lines[:i], *lines[i + 1:]]
    if "。" in head or i + 1 == len(lines):
        return [*lines[:i], head, *lines[i + 1:]]
    return [*lines[:i], f"{strip_end(head)}。{lines[i + 1]}", *lines[i + 2:]]


def says_again(head: str, title: str) -> bool:
    """Whether a task's head says its section's title again: 40 % of its word pairs in
    the title (加强党风廉政建设 under 加强作风建设和党风廉政建设)."""
    head = strip_end(head)
    words = {head[k:k + 2] for k in range(len(head) - 1)}
    return bool(title and words) and len(
        words & {title[k:k + 2] for k in range(len(title) - 1)}) >= 0.4 * len(words)


def render_string(source: str, context: dict[str, Any]) -> str:
    return environment().from_string(source).render(**context).strip()
