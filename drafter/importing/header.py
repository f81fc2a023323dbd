"""[unit] and [doc] from a document: the unit's name (落款, title, 我代表…全体), how it
refers to itself, its type (read off the name), its superior; the kind, year, 成文日期,
theme, basis and implementation period.

Each value is put into `Imported` with its source line. A value the text does not
state is left out, so the writer lists it as still to fill; a blank such as 某医院 or
20xx年 is noted, not imported."""

from __future__ import annotations

import re

from drafter.importing.model import Imported, Origin
from drafter.importing.outline import Outline
from drafter.importing.text import has_placeholder, parse_cn_date, strip_end

_ORG_END = re.compile(
    r"(?:医院|卫生院|中心|学校|小学|中学|大学|学院|幼儿园|局|委员会|政府|办事处|街道|社区|村|镇|乡|"
    r"公司|集团|厂|所|站|馆|院|校|园|支部|总支|党委|部|处|室|队|会|团|委)$")
_GENERIC = {"医院", "学校", "单位", "机关", "社区", "企业", "公司", "本院", "本单位", "我院"}

# (unit type, pattern over the unit's name): the first that matches decides.
_TYPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("医院", re.compile(r"医院|卫生院|保健院")),
    ("学校", re.compile(r"学校|小学|中学|大学|学院|幼儿园|职业技术|一中|二中")),
    ("社区", re.compile(r"社区|村(?:民委员会|委会|党支部|支部委员会|党总支)?$|居委会")),
    ("企业", re.compile(r"公司|集团|厂$|企业|有限")),
    ("机关", re.compile(r"局$|局机关|委员会$|政府$|办事处$|街道$|人大|政协|委$|镇$|乡$|机关|厅$")),
)
_SELF_TYPES = {"我院": "医院", "我校": "学校", "我园": "学校", "我镇": "机关", "我局": "机关",
               "我乡": "机关", "我们社区": "社区", "我社区": "社区", "我村": "社区",
               "我公司": "企业", "医院": "医院", "学校": "学校", "公司": "企业"}

_KIND_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("implementation_plan", re.compile(r"方案$")),
    ("creation_report", re.compile(r"汇报$|汇报材料$")),
    ("work_summary", re.compile(r"总结$")),
    ("party_branch_plan", re.compile(r"(?:党支部|支部|党总支)(?:\d{4}年度?)?(?:工作)?计划$")),
    ("work_plan", re.compile(r"(?:计划|规划|要点)$")),
)
_YEAR = re.compile(r"(\d{4})年度?")
_BLANK_YEAR = re.compile(r"(?:19|20)[\dxX×*]{0,2}[xX×*]{1,2}年|[xX×]{2,4}年")
_KIND_WORDS = re.compile(r"(?:工作)?(?:实施方案|方案|计划|规划|要点|总结|汇报材料|汇报|报告)$")


def kind_from_title(title: str) -> str:
    """The kind a title names (…实施方案 → implementation_plan), or ""."""
    for kind, rule in _KIND_RULES:
        if rule.search(title):
            return kind
    return ""


def unit_type(name: str, self_ref: str = "") -> str:
    """医院/学校/社区/企业/机关 read off the unit's name (or its self-reference), or ""."""
    for kind, rule in _TYPES:
        if rule.search(name):
            return kind
    return _SELF_TYPES.get(self_ref, "")


def read_header(outline: Outline, out: Imported, *, kind: str = "") -> None:
    """Fill [unit] and [doc] in `out` from `outline`; `kind` (the --kind option) wins
    over the kind the title names."""
    title = outline.title
    opening = [b.para for s in outline.role("opening") for b in s.blocks]
    # -- unit name: the 落款, else the title before its year, else 我代表…全体
    name, name_line = "", 0
    if outline.signature and not has_placeholder(outline.signature.text):
        name, name_line = outline.signature.text, outline.signature.line
    elif outline.signature:
        out.note(outline.signature.line, f"落款“{outline.signature.text}”是占位符，未导入")
    if not name and title:
        # the unit before the title's year, or the title's longest opening the text names
        # again (清河县中医院创建市级文明单位工作汇报: a speech's byline gives only its date)
        head = _YEAR.split(title.text)[0] if _YEAR.search(title.text) else \
            _named_again(title.text, outline)
        if head and _ORG_END.search(head) and len(head) >= 4:
            if has_placeholder(head):
                out.note(title.line, f"标题中的单位名称“{head}”是占位符，未导入")
            else:
                name, name_line = head, title.line
    if not name:
        for p in opening:
            if m := re.search(r"我代表(.{3,30}?)全体", p.text):
                if not has_placeholder(m.group(1)):
                    name, name_line = m.group(1), p.line
                break
    if name:
        out.put("unit", "name", name, Origin((name_line,)))

    # -- self-reference and type
    self_ref, self_line = _self_reference(outline)
    if self_ref:
        out.put("unit", "self", self_ref, Origin((self_line,)))
    utype = unit_type(name, self_ref)
    if utype:
        basis = f"由单位名称“{name}”判断" if name and unit_type(name) else \
            f"由自称“{self_ref}”判断"
        out.put("unit", "type", utype, Origin((name_line if name else self_line,), note=basis))

    # -- kind, year, theme from the title
    text = title.text if title else ""
    found = kind_from_title(text)
    if kind:
        out.put("doc", "kind", kind, Origin(note="--kind 指定"))
    elif found and title:
        out.put("doc", "kind", found, Origin((title.line,), note="由标题判断"))
    if title and (m := _YEAR.search(text)):
        out.put("doc", "year", int(m.group(1)), Origin((title.line,)))
    elif title and (blank := _BLANK_YEAR.search(text)):
        out.note(title.line, f"标题中的年份“{blank.group(0)}”是占位符，未导入")
    if "year" not in out.data.get("doc", {}) and opening and \
            (m := re.match(r"(\d{4})年[，,]", opening[0].text)):
        out.put("doc", "year", int(m.group(1)), Origin((opening[0].line,)))
    theme, theme_line = _theme(text, name), title.line if title else 0
    if not theme:
        theme, theme_line = _theme_in_body(outline)
    if theme:
        out.put("doc", "theme", theme, Origin((theme_line,)))

    # -- 成文日期, superior, basis, period
    if outline.date:
        day = parse_cn_date(outline.date.text)
        if day:
            out.put("doc", "date", day.isoformat(), Origin((outline.date.line,)))
    if opening:
        _superior_and_basis(opening[0].text, opening[0].line, out)
    if "superior" not in out.data.get("unit", {}):
        for section in outline.sections:
            for b in section.blocks:
                m = _LED.search(b.text)
                if m and _real_superior(m.group(1) or m.group(2)):
                    out.put("unit", "superior", m.group(1) or m.group(2), Origin((b.line,)))
                    break
            if "superior" in out.data.get("unit", {}):
                break
    for section in outline.role("schedule"):
        for b in section.blocks[:1]:
            _period(b.text, b.line, out)


def _named_again(title: str, outline: Outline) -> str:
    """The longest opening of `title` ending as a unit's name does (医院, 社区…) that the
    body says again, or ""."""
    body = "\n".join(b.para.text for s in outline.sections for b in s.blocks)
    for end in range(min(len(title), 40), 3, -1):
        head = title[:end]
        if _ORG_END.search(head) and head in body:
            return head
    return ""


_SUMMARY_OPENING = re.compile(r"^\d{4}年，(?:在[^，]+?的正确领导下，)?([^，]{1,8}?)坚持")


def _self_reference(outline: Outline) -> tuple[str, int]:
    """How the text names its unit: 结合我院实际, 莅临我们社区检查, 2025年，我院坚持…;
    else the commonest 我院/我校/我中心…; else the X of 结合X实际 (公司, 医院)."""
    counts: dict[str, list[int]] = {}
    framed: tuple[str, int] | None = None
    for section in outline.sections:
        for b in section.blocks:
            m = _SUMMARY_OPENING.match(b.text) if section.role == "opening" else None
            m = m or re.search(r"结合(.{1,6}?)(?:工作)?实际|莅临(.{1,6}?)检查", b.text)
            if m and framed is None:
                word = next(g for g in m.groups() if g)
                if "的" not in word and not has_placeholder(word):
                    framed = (word, b.line)
            for w in re.findall(r"我(?:们社区|中心|公司|街道|单位|支部|[院校园局镇乡村馆站所厂委])",
                                b.text):
                counts.setdefault(w, []).append(b.line)
    if framed and framed[0].startswith("我"):
        return framed
    if counts:
        word, lines = max(counts.items(), key=lambda kv: len(kv[1]))
        return word, lines[0]
    return framed or ("", 0)


def _theme(title: str, unit: str) -> str:
    text = title
    if unit and text.startswith(unit):
        text = text[len(unit):]
    years = [m for m in (_YEAR.search(text), _BLANK_YEAR.search(text)) if m]
    if years:
        first = min(years, key=lambda m: m.start())
        text = text[first.end():]  # what precedes the year is the unit
    text = _KIND_WORDS.sub("", text)
    text = re.sub(r"^(?:党支部|支部)|(?:党支部|支部)$", "", text)
    text = strip_end(text.removesuffix("工作"))
    if len(text) < 2 or text in _GENERIC or has_placeholder(text):
        return ""
    return text


def _theme_in_body(outline: Outline) -> tuple[str, int]:
    for section in outline.role("opening", "guiding"):
        for b in section.blocks:
            m = re.search(r"以([^，。；]{2,24}?)为(?:抓手|主线)|紧紧围绕([^，。；“”]{2,24}?)，",
                          b.text)
            if m:
                theme = m.group(1) or m.group(2)
                if not has_placeholder(theme) and "思想" not in theme:
                    return theme, b.line
    return "", 0


def _real_superior(words: str) -> bool:
    """Not 上级有关部门 or a phrase bank's stand-in for an unnamed superior."""
    from drafter.kinds.text import phrase_bank

    defaults = {v.get("superior") for v in phrase_bank("units").values() if isinstance(v, dict)}
    return bool(words) and not words.startswith("上级") and words not in defaults and \
        not has_placeholder(words)


_REQUEST = re.compile(r"根据([^，。；]{2,80}?)(?:有关要求|的工作部署|的部署)")
_LED = re.compile(r"在([^，。；]{2,40}?)的(?:正确)?领导下|统一到([^，。；]{2,40}?)的决策部署上来")


def _superior_and_basis(text: str, line: int, out: Imported) -> None:
    titles: list[str] = []
    if m := _REQUEST.search(text):
        clause = m.group(1)
        titles = re.findall(r"《[^》]+》", clause)
        rest = clause.rsplit("》", 1)[-1].removeprefix("和").removeprefix("及") if titles \
            else clause
        if _real_superior(rest):
            out.put("unit", "superior", rest, Origin((line,)))
    if not titles and (m := re.search(r"根据((?:《[^》]+》[、和及]?)+)", text)):
        titles = re.findall(r"《[^》]+》", m.group(1))
    titles = [t for t in titles if not has_placeholder(t)]
    if titles:
        out.put("doc", "basis", titles, Origin((line,)))


_SPAN = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日\s*[—–\-~～至到]+\s*(?:(\d{4})年)?"
                   r"(\d{1,2})月(\d{1,2})日")


def _period(text: str, line: int, out: Imported) -> None:
    from datetime import date

    m = _SPAN.match(text)
    if not m:
        return
    y1, m1, d1, y2, m2, d2 = m.groups()
    try:
        start = date(int(y1), int(m1), int(d1))
        end = date(int(y2 or y1), int(m2), int(d2))
    except ValueError:
        return
    if start <= end:
        out.put("doc", "period", {"start": start.isoformat(), "end": end.isoformat()},
                Origin((line,)))
