"""Numbers: number.placeholder and number.unsourced, over the quantities of a text
(number.format is in numformat.py, number.arithmetic in arithmetic.py).

Sources: RULES.md (the facts are the only source of a number); GB/T 15835-2011《出版物上
数字用法》for what counts as one number (ranges, 万/亿 multipliers)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from drafter.facts import Facts, changes, format_number
from drafter.kinds import RETROSPECTIVE
from drafter.kinds.notes import delivery_date
from drafter.kinds.schedule import months_named
from drafter.numbering import FULLWIDTH_TO_ASCII, parse_cn_numeral
from drafter.rules.model import Finding, Text, finding
from drafter.rules.slogans import slogan_core, slogan_counts

# ------------------------------------------------------------------ number.placeholder

# A lone X stands for a number when a measure word follows it (「X艘」, 「X余名」, 「X万元」):
# counters of people, things, times, places and the common units. Words that follow the
# letter X in its own right are left out: X线, X光(片), X射线, X型, X轴, X染色体, X代/世代,
# X部门, X门诊.
_MEASURE_AFTER_X = ("人名年月日个项次万亿元场天周期户家所篇条件台辆套份本批位支起种类"
                    "艘架座栋幢间张把株棵头只匹块亩吨处册首幅副对双组队班届轮节课回千百"
                    "米斤升克")
_PLACEHOLDER = re.compile(
    r"(?<![A-Za-z])(?:[12][09][xX×Ｘ]{2}|[xX×Ｘ]{1,4}(?:[%％例]|余人|余?(?=["
    + _MEASURE_AFTER_X + r"]))"
    r"|[xX×Ｘ]{2,}|××+|\*{2,}|【待补充[^】]*】)(?![A-Za-z])")


_PLACEHOLDER_HINT = re.compile(r"[xX×Ｘ*【]")  # every placeholder holds one of these
# Markdown bold (「**（一）加强教育。**」) is a model's markup, not two 「**」 placeholders:
# it opens at the start of a paragraph or after a blank or mark, and closes before one.
_MARKDOWN_BOLD = re.compile(
    r"(?:^|(?<=[\s\u3000：:，,。；（(“]))\*\*(?=[^*\s])[^*\n]{1,80}?\*\*"
    r"(?=$|[\s\u3000，,。；：:）)”！？、]|[\u4e00-\u9fff（(“])")


def markdown_bold(line: str) -> list[tuple[int, int]]:
    """Spans of Markdown bold runs (with their asterisks) in a line."""
    return [m.span() for m in _MARKDOWN_BOLD.finditer(line)] if "**" in line else []


# A person's name left as 某某: after a post (「由分管副主任某某同志牵头」, 「联系人：某某」) or
# before 同志. 「王某某」 (a surname kept, the rest withheld) is a party's name made
# anonymous, as court and enforcement reports write it, and stays.
_POSTS = ("主任", "书记", "局长", "院长", "校长", "科长", "组长", "部长", "经理", "主席", "处长",
          "所长", "站长", "队长", "馆长", "行长", "主管", "负责人", "联系人", "经办人", "责任人",
          "委员", "干事")
_NAME_LEFT = re.compile("(?:" + "|".join(f"(?<={p})" for p in _POSTS) + ")[：:]?(某某+)"
                        "|(某某+)(?=同志|负责同志)")


def placeholder(text: Text) -> Iterator[Finding]:
    for i in text.lines_containing(("某某",), plain=False):
        line = text.lines[i]
        for m in _NAME_LEFT.finditer(line):
            start = m.start(1) if m.group(1) else m.start(2)
            word = m.group(1) or m.group(2)
            yield finding("number.placeholder", "error", i, start, word,
                          f"“{word}”是未填写的占位符（人名未填），请填入姓名或删去")
    for i in text.lines_with(_PLACEHOLDER_HINT):
        line = text.lines[i]
        bold = markdown_bold(line)
        for m in _PLACEHOLDER.finditer(line):
            if any(m.start() in (a, b - 2) for a, b in bold):
                continue
            yield finding("number.placeholder", "error", i, m.start(), m.group(0),
                          f"“{m.group(0)}”是未填写的占位符，请填入事实或删去这句话")


# ------------------------------------------------------------------ quantities


@dataclass(frozen=True)
class Quantity:
    line: int
    start: int
    end: int
    text: str
    value: float
    unit: str  # what follows the number: 人, %, 年, 月, 期…
    num_start: int = -1  # the digits of this value alone (one end of a range): line[a:b]
    num_end: int = -1
    times: float = 1  # the 万/亿 written after the digits


@dataclass(frozen=True)
class Masked:
    """A span that holds a number but is no quantity: a slogan's count, a fixed
    formulation (三会一课, 十四五), the unit's own name. `kind` is "slogan",
    "formulation" or "unit"; `name` the slogan or formulation it belongs to."""

    line: int
    start: int
    end: int
    text: str
    kind: str
    name: str


_UNITS = ("个百分点|人次|场次|户次|辆次|架次|艘次|车次|件次|家次|台次|万元|亿元|小时|分钟|"
          "批次|平方米|公里|千米|余人|余场|余次|学年|"
          "台时|工日|人日|头次|"  # 排涝开机3860台时 (blind65: read as 3860台, unsourced)
          "间次|张次|所次|份次|条次|个次|项次|"  # 检查1.12万间次 (blind83: read as …万间)
          "[%％人名次场件项条篇例台家所支户元期批届个年月日天周岁分万亿倍节位辆间座张份部门]")
_ARABIC = re.compile(rf"(?<![0-9.．A-Za-z])(?:([0-9０-９]+(?:[.．][0-9０-９]+)?)[—–~～-])?"
                     rf"([0-9０-９]+(?:[.．][0-9０-９]+)?)(万|亿)?({_UNITS})?")
_CN_QUANTITY = re.compile(
    # (not the 百 of 1.3个百分点)
    rf"(?<![〇零一二两三四五六七八九十百千个])([三四五六七八九十百千]+)(余)?(万|亿)?({_UNITS})")
_SAME_UNIT = {"名": "人", "位": "人", "余人": "人", "场次": "场", "余场": "场", "余次": "次",
              "％": "%", "人次": "人次", "学年": "年"}

# Fixed formulations and the genre's own counting words are names, not quantities.
FIXED = ("三会一课", "三重一大", "一岗双责", "两学一做", "三严三实", "四风", "五位一体",
         "四个全面", "八项规定", "两个维护", "两个确立", "四个意识", "四个自信", "四下基层",
         "三个代表", "四个伟大", "五大发展理念", "两个一百年", "十四五", "十五五")


def _masked(line: str, spans: list[tuple[int, int]]) -> str:
    for a, b in spans:
        line = line[:a] + "\u3000" * (b - a) + line[b:]
    return line


_MAYBE_NUMBER = re.compile(r"[0-9０-９三四五六七八九十百千]")


# URLs and website counters are boilerplate.web's business, not numbers of the document.
# Party congresses and plenums (十九大, 二十届三中全会) are names, not counts, too; so are
# idioms that hold a count (千家万户, 三番五次).
_MONTH_LABEL = re.compile(r"\s*((1[0-2]|[1-9])月)(?=[：:])")
"""A month heading a line of a 月度安排 (9月：…)."""
_PLAN_LABEL = re.compile(r"\s*((1[0-2]|[1-9])月?(?:[—\-～~至](1[0-2]|[1-9]))?月)(?=[：:])")
"""A month or months heading a line of a plan's 月度安排 (7月：…, 9—11月：…)."""
_MONTH = re.compile(r"(?<![\d.])(1[0-2]|[1-9])月")
_QUARTER_LABEL = re.compile(r"\s*(?:[（(][一二三四][）)])?第([一二三四])季度"
                            r"(?:[（(][^）)]{2,8}[）)])?[：:]")
"""A quarter heading a line of a plan's 全年工作安排 (（三）第三季度（7—9月）：…)."""
_QUARTER_MONTHS = {"一": (1, 3), "二": (4, 6), "三": (7, 9), "四": (10, 12)}
_PERIOD_LABEL = re.compile(r"\s*(?:[（(][一二三四五六七八九十][）)])?[^：:（()）。]{1,16}"
                           r"[（(](?:(?:19|20)\d\d年)?((1[0-2]|[1-9])月?(?:[—\-～~至](1[0-2]|[1-9]))?月)"
                           r"[）)][：:。]")
"""A named period heading a line of a plan's 全年工作安排 with its months (（三）迎国庆、保黄金周
（9—11月）：…; （三）点火投产后（6—12月）。…; （二）第四季度（2026年10—12月）：…, blind92)."""


def plan_months(line: str) -> list[tuple[int, int]]:
    """In a plan, the spans of a line's month label (9—11月：) and of the months inside
    its range the line names (10月召开党员大会): the calendar a 月度安排 is laid out on,
    not a fact to source, unless a day the line names falls outside it (11月：重阳节).
    A blind58 answer's 7月：, 9—11月： and 10月 were marked 【待补充：核实“7月”】 while
    3—5月 and 8月, which the facts happened to hold, passed; its reader docked the draft
    for the markers. [] for a line without a label."""
    def inside(start: int, first: int, last: int) -> list[tuple[int, int]]:
        return [m.span() for m in _MONTH.finditer(line, start) if first <= int(m.group(1)) <= last]

    label = _PLAN_LABEL.match(line)
    # (… or a quarter's: 第三季度（7—9月）：7月召开第三季度党员大会, a blind90 answer marked
    # 【待补充：核实“7月”】 while 4月 and 10月, which the facts held, passed)
    quarter = _QUARTER_LABEL.match(line) if label is None else None
    if quarter is not None:
        return inside(quarter.end(), *_QUARTER_MONTHS[quarter[1]])
    # (… or any period's whose months it gives: 迎国庆、保黄金周（9—11月）：…10月召开…, a
    # blind91 answer's 全年工作安排 by 春运、暑运、黄金周 and 年底, three months marked)
    period = _PERIOD_LABEL.match(line) if label is None else None
    if period is not None:
        return [period.span(1), *inside(period.end(), int(period.group(2)),
                                        int(period.group(3) or period.group(2)))]
    if label is None:
        return []
    first = int(label.group(2))
    last = int(label.group(3) or first)
    # (a half-year or quarter reported on names no day: 7月：…通报上半年支部工作, a blind88
    # answer marked 【待补充：核实“7月”】)
    days = months_named(re.sub(r"[上下]半年|[一二三四]季度", "", line[label.end():]))
    if days and not any(first <= m <= last for m in days):
        return []  # 11月：重阳节…: the day's month is not the label's
    return [label.span(1), *inside(label.end(), first, last)]

def _year_end(month: str, after: str, points: Sequence[str]) -> bool:
    """Whether 12月 is the month of what the facts' points put 年底/年末 (12月召开… of 年底
    召开…): the text after it begins as such a point goes on."""
    after = re.split(r"[，。；;,]", after, maxsplit=1)[0]
    return month == "12" and len(after) >= 4 and any(
        f"{end}{after[:4]}" in said for end in ("年底", "年末") for said in points)


_MONTH_BEFORE_DAY = re.compile(r"(?<![\d—\-～~至])((1[0-2]|[1-9])月)(?![\d份—\-～~至底末初中上下])"
                               r"(?=[“\u4e00-\u9fff])")
"""A month before the named day of its calendar (8月“八一”期间, 10月重阳节)."""

_NOT_QUANTITIES = re.compile(
    r"(?:https?://|www\.)[\x21-\x7e]+|字[数數]\s*\d+\s*[阅閱][读讀]\s*\d+"
    r"|千家万户|万户千家|三番五次|千方百计|千辛万苦|千军万马|成千上万|五湖四海|四面八方"
    # … and more of them (千人一面: a blind45 answer's 避免疗养内容千人一面)
    r"|千人一面|千篇一律|千差万别|千头万绪|万无一失|一丝不苟|三心二意|七上八下|四平八稳"
    # 四周 as "all around" (场地四周的电线: a blind88 answer's 【待补充：核实“四周”】)
    r"|(?<![第用历经近约满每])四周(?=的|都|全|环境|围|边|[，,。；;])"
    r"|五花八门|十全十美|百花齐放|百家争鸣|千锤百炼|百折不挠|一心一意|九牛一毛"
    r"|[一二三四五六七八九十]+(?:大|届(?=[一二三四五六七八九]中|历次|中央|全国))"
    r"|(?<!个)百分[点之]"  # not 1.3个百分点, a quantity
    # a vague count (几十年来, 十几个, 数百名) and a decade (上世纪六十年代, 90年代): no
    # quantity to source (blind42: 几【待补充：核实“十年”】来)
    r"|[几数][十百千万]+|[十百千]几|(?:[二三四五六七八九]十|[2-9]0)年代"
    # 十分 before a word is the adverb (十分踊跃, 十分重视), not ten points (十分钟 is time)
    r"|十分(?![钟之])(?=[\u4e00-\u9fff])"
    # the years a wedding anniversary is named for (金婚老人…携手走过五十年: a blind26 answer)
    r"|(?<=金婚)[^。；\d]{0,30}?(?:五十|50)(?:周?年)|(?:五十|50)周?年(?=[^。；]{0,6}金婚)"
    # a quarter's own months (第二季度（4—6月）; 第二季度，4—6月。 of a blind87 answer, marked
    # 【待补充：核实“4—6月”】): the calendar's, not a fact
    r"|(?:(?<=季度[（(，,：:])|(?<=季度[（(，,：:]\s))"
    r"(?:1月?[—\-～~至]3|4月?[—\-～~至]6|7月?[—\-～~至]9|10月?[—\-～~至]12)月"
    r"(?=[）)。，,；;：:])")


@cache
def _fixed_pattern(extra: tuple[str, ...]) -> re.Pattern[str]:
    words = sorted(set(FIXED) | set(extra), key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words if w))


def quantities(text: Text) -> list[Quantity]:
    """Every quantity in the text that must have a source: Arabic numbers and Chinese
    numerals ≥ 三 with a measure word, but not slogan counts, 一是/二是 ordinals, heading
    marks or fixed formulations (三会一课…). A Quantity's `start`/`end` are offsets in
    its line with those spans masked, which keeps the original line's offsets."""
    return scan(text)[0]


_HAS_NUMBER = re.compile(r"[0-9０-９〇零一二两三四五六七八九十百千]")


def scan(text: Text) -> tuple[list[Quantity], list[Masked]]:
    """The quantities of `quantities`, and the masked spans that hold a number and are
    sourced as what they are (slogan counts, fixed formulations, the unit's name) —
    the one scan the checker and the ledger (drafter.project.ledger) both read."""
    slogan_names: dict[str, str] = {}
    if text.facts is not None:
        for s in text.facts.slogans:
            for word in (s.text, s.group, slogan_core(s.text) or ""):
                if word:
                    slogan_names.setdefault(word, s.group or s.text)
    unit_name = text.facts.unit.name if text.facts is not None else ""
    names = tuple(f.name for f in text.terms.formulations) + tuple(slogan_names)
    names += (unit_name,) if text.facts is not None else ()
    fixed = _fixed_pattern(names)
    # the facts' own words for a time (年底召开组织生活会: its 12月 is sourced)
    points = [p for t in text.facts.tasks for p in t.points] if text.facts is not None else []
    plan = text.facts is not None and text.facts.doc.kind not in RETROSPECTIVE
    found: list[Quantity] = []
    masked: list[Masked] = []
    for i, line in enumerate(text.lines):
        if not _MAYBE_NUMBER.search(line) or not (
                _ARABIC.search(line) or _CN_QUANTITY.search(line)):
            continue  # no quantity candidate at all: nothing to mask
        mask = []
        here = len(masked)  # masked[here:] are this line's (appended in line order)
        for m in fixed.finditer(line):
            mask.append(m.span())
            word = m.group(0)
            if _HAS_NUMBER.search(word):
                kind = ("slogan" if word in slogan_names else
                        "unit" if word == unit_name else "formulation")
                masked.append(Masked(i, m.start(), m.end(), word, kind,
                                     slogan_names.get(word, word)))
        mark = text.headings[i]
        if mark is not None:
            mask.append((text.heading_cols[i], text.heading_cols[i] + len(mark.prefix)))
        mask += [m.span() for m in _PLACEHOLDER.finditer(line)]
        for m in _NOT_QUANTITIES.finditer(line):
            mask.append(m.span())
            if not m.group(0).startswith(("http", "www", "字")) and _HAS_NUMBER.search(m.group(0)):
                masked.append(Masked(i, m.start(), m.end(), m.group(0), "formulation",
                                     m.group(0)))
        for a, b in plan_months(line) if plan else ():
            mask.append((a, b))
            masked.append(Masked(i, a, b, line[a:b], "formulation", line[a:b]))
        label = _MONTH_LABEL.match(line)
        if label and not plan and (int(label.group(2)) in months_named(line[label.end():])
                      or _year_end(label.group(2), line[label.end() + 1:], points)):
            # 9月：中秋前发送廉洁提醒 — the festival's month, the calendar's, not a fact; 12月：
            # 评选“诚信执业示范岗” of the facts' 年底评选… (a blind52 answer)
            mask.append(label.span(1))
            masked.append(Masked(i, label.start(1), label.end(1), label.group(1),
                                 "formulation", label.group(1)))
        # 8月“八一”期间走访…, 10月重阳节…: the month of the day named after it (a blind26
        # answer: 【待补充：核实“8月”】 before “八一”); 12月 of what the facts put 年底
        for m in _MONTH_BEFORE_DAY.finditer(line):
            after = re.split(r"[，。；;,]", line[m.end():], maxsplit=1)[0]
            if after and (int(m.group(2)) in months_named(after)
                          or _year_end(m.group(2), after, points)) and not any(
                    a <= m.start(1) < b for a, b in mask):
                mask.append(m.span(1))
                masked.append(Masked(i, m.start(1), m.end(1), m.group(1), "formulation",
                                     m.group(1)))
        for a, b in slogan_counts(text, i):
            mask.append((a, b))
            while a < b and line[a] in "“「\"‘":
                a += 1
            if _HAS_NUMBER.search(line[a:b]) and not any(
                    x.start < b and a < x.end for x in masked[here:]):
                masked.append(Masked(i, a, b, line[a:b], "slogan", line[a:b]))
        work = _masked(line, mask)
        for m in _ARABIC.finditer(work):
            times = {"万": 1e4, "亿": 1e8}.get(m.group(3) or "", 1)
            unit = "年" if m.group(4) == "学年" else (m.group(4) or "").translate(
                FULLWIDTH_TO_ASCII)
            for g in (1, 2):  # both ends of a range (6—8名)
                raw = m.group(g)
                if raw is not None:
                    value = float(raw.translate(FULLWIDTH_TO_ASCII)) * times
                    found.append(Quantity(i, m.start(), m.end(), m.group(0), value, unit,
                                          m.start(g), m.end(g), times))
        for m in _CN_QUANTITY.finditer(work):
            number = parse_cn_numeral(m.group(1))
            if number is None or number < 3:
                continue
            if m.group(1) in ("百", "千", "万") and m.group(4) == "年":
                continue  # 古渡千年的故事, 百年老店: a word, no count (a blind23 answer)
            times = {"万": 1e4, "亿": 1e8}.get(m.group(3) or "", 1)
            found.append(Quantity(i, m.start(), m.end(), m.group(0), number * times,
                                  m.group(4), m.start(1), m.end(1), times))
    return found, masked


# ------------------------------------------------------------------ number.unsourced


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


Written = dict[float, dict[str, str]]
"""A number written in the facts → the units after it ("" bare) → where it is written
(a facts path: `tasks[1].points[0]`, `doc.notes`)."""

_CN_WRITTEN = re.compile(rf"([一二两三四五六七八九十百千]+)(?:余)?(万|亿)?({_UNITS})?")


def _add(out: Written, value: float, unit: str, path: str) -> None:
    out.setdefault(value, {}).setdefault(_SAME_UNIT.get(unit, unit), path)


def _numbers_in(value: object, out: Written, *, chinese: bool = True, path: str = ""
                ) -> Written:
    """Every number written in a facts value, with the unit written after it and where:
    「12月」 is a month and sources no 「12期」 (issue 12, kind 3)."""
    if isinstance(value, str) and _ISO_DATE.match(value):
        return out  # dates are sourced as dates (year, month, day), not as counts
    if isinstance(value, str):
        # a year in two digits (我们公司啊，72年就成立了): the 1972 a text writes of it
        for m in re.finditer(r"(?<![\d.０-９])(\d{2})年", value):
            yy = int(m.group(1))
            _add(out, float(1900 + yy if yy >= 30 else 2000 + yy), "年", path)
        for m in _ARABIC.finditer(value):
            unit = (m.group(4) or "").translate(FULLWIDTH_TO_ASCII)
            for raw in (m.group(1), m.group(2)):
                if raw is not None:
                    num = float(raw.translate(FULLWIDTH_TO_ASCII))
                    _add(out, num * {"万": 1e4, "亿": 1e8}.get(m.group(3) or "", 1), unit, path)
                    _add(out, num, unit, path)
        for m in _CN_WRITTEN.finditer(value) if chinese else ():
            n = parse_cn_numeral(m.group(1))
            if n is not None:
                _add(out, n * {"万": 1e4, "亿": 1e8}.get(m.group(2) or "", 1), m.group(3) or "",
                     path)
    elif isinstance(value, dict):
        if isinstance(value.get("value"), int | float) and isinstance(value.get("unit"), str):
            _add(out, float(value["value"]), value["unit"], path)  # a figure: value in unit
        for k, v in value.items():
            if k != "value" or not isinstance(value.get("unit"), str):
                _numbers_in(v, out, chinese=chinese, path=f"{path}.{k}" if path else str(k))
    elif isinstance(value, list):
        for n, v in enumerate(value):
            _numbers_in(v, out, chinese=chinese, path=f"{path}[{n}]")
    elif isinstance(value, int | float) and not isinstance(value, bool):
        _add(out, float(value), "", path)
    return out


@dataclass(frozen=True)
class Sources:
    """What the facts can source, by value: `measures` a figure's value → its unit →
    the figures' names (a ratio's value rounded to one decimal); `written` numbers
    written anywhere in the facts' text; `years` and `date_parts` value → the field."""

    measures: dict[float, dict[str, list[str]]]
    written: Written
    years: dict[float, str]
    date_parts: dict[float, str]


@dataclass(frozen=True)
class Source:
    """Where one quantity comes from. `kind`: "figure", "ratio" (a computed figure),
    "year" (the document's year ±1, a date's or an honour's year), "date" (a month or
    day of doc.date / doc.period), "facts" (a number written in the facts' text),
    "list" (a count in words of the items named just before it), "change" (a count's
    rise or fall from an earlier year's, facts.changes);
    `name`: the figure's name or the facts field (`doc.date`, `tasks[0].points[1]`)."""

    kind: str
    name: str


_UNIT_OR = re.compile(r"^([^（(]+)[（(]([^）)]+)[）)]$")


def unit_forms(unit: str) -> tuple[str, ...]:
    """A unit and the units it names: 「件（套）」 is counted 「26418件（套）」, and the text's
    quantity scan reads its 件 (and a 套 alone)."""
    m = _UNIT_OR.match(unit)
    return (unit, m.group(1), m.group(2)) if m else (unit,)


def sources(facts: Facts) -> Sources:
    measures: dict[float, dict[str, list[str]]] = {}

    def measure(value: float, unit: str, name: str) -> None:
        for form in unit_forms(unit):
            measures.setdefault(value, {}).setdefault(_SAME_UNIT.get(form, form), []).append(
                name)

    for f in facts.figures:
        value = round(f.value, 1) if f.ratio else f.value
        measure(value, f.unit, f.name)
        for prefix, times in (("万", 1e4), ("亿", 1e8)):  # 15万吨 is also 150000吨
            if f.unit.startswith(prefix):
                measure(value * times, f.unit[1:], f.name)
    d = facts.doc
    days = [("doc.date", d.date)]
    if (read := delivery_date(facts)) != d.date:  # the day a speech is read (7号…我自己念)
        days.append(("doc.notes", read))
    if d.period:
        days += [("doc.period.start", d.period.start), ("doc.period.end", d.period.end)]
    for n, p in enumerate(facts.phases):
        days += [(f"phases[{n}].{k}", day) for k, day in (("start", p.start), ("end", p.end))
                 if day]
    years = {float(d.year + k): "doc.year" for k in (-1, 0, 1)}
    for where, day in days:
        years.setdefault(float(day.year), where)
    for n, h in enumerate(facts.honors):
        years.setdefault(float(h.year), f"honors[{n}].year")
    parts: dict[float, str] = {}
    for where, day in days:
        parts.setdefault(float(day.month), where)
        parts.setdefault(float(day.day), where)
    # A slogan's count (三个一) is no source for a stated quantity; its Arabic digits are.
    data = {k: v for k, v in facts.data.items() if k != "slogans"}
    written = _numbers_in(data, {})
    _numbers_in(facts.data.get("slogans", []), written, chinese=False, path="slogans")
    return Sources(measures, written, years, parts)


_CLASSIFIERS = frozenset("座所家处间台辆支条名人位")
"""Measure words a count given with 个 may be written with (19个站有11个 → 11座加油站, a
blind21 model answer; 今年退休了18个 → 18名职工退休, a blind42 one): the thing's own
classifier for the same count."""


def _unit_ok(unit: str, units: Iterable[str]) -> bool:
    unit = _SAME_UNIT.get(unit, unit)
    units = set(units)
    return (not unit or unit in units or "" in units or (unit in ("个", "项") and bool(units))
            or (unit in _CLASSIFIERS and "个" in units))


def _written(src: Sources, value: float, unit: str) -> Source | None:
    units = src.written.get(value)
    if units is None or not _unit_ok(unit, units):
        return None
    unit = _SAME_UNIT.get(unit, unit)
    return Source("facts", units.get(unit) or next(iter(units.values())))


def _figure(src: Sources, facts: Facts, q: Quantity, line: str) -> Source | None:
    """The figure a quantity states: among those of its value whose unit fits, the one
    in the same unit, and among several, the one whose name is written nearest before."""
    units = src.measures.get(q.value) or src.measures.get(round(q.value, 1))
    if units is None or not _unit_ok(q.unit, units):
        return None
    unit = _SAME_UNIT.get(q.unit, q.unit)
    names = units.get(unit) or [n for u in units.values() for n in u]
    if len(names) > 1:
        before = line[:q.start]
        names = sorted(names, key=lambda n: -max(before.rfind(n), before.rfind(n[-2:])))
    figure = facts.figure(names[0])
    return Source("ratio" if figure is not None and figure.ratio else "figure", names[0])


def source_of(q: Quantity, src: Sources, facts: Facts, line: str) -> Source | None:
    """The source of one quantity of `line`, or None: unsourced. The one matching of
    value and what is counted that number.unsourced and the ledger share."""
    if q.unit == "年":
        if q.value in src.years:
            return Source("year", src.years[q.value])
        return _written(src, q.value, q.unit) or _since(q, src, facts, line)
    if q.unit in ("月", "日"):
        if q.value in src.date_parts:
            return Source("date", src.date_parts[q.value])
        return _written(src, q.value, q.unit)
    if q.unit == "个百分点":
        return _written(src, q.value, q.unit) or _change(q, line, facts)
    return (_figure(src, facts, q, line) or _written(src, q.value, q.unit)
            or _listed(q, line) or _parts(q, line, facts) or _anniversary(q, line, facts)
            or _change(q, line, facts))


_CHANGED = re.compile(r"(?:增加|减少|增长|下降|提高|降低|上升|回落|多|少|增|减)了?(?:约|近)?$")
"""Words a year-on-year change is stated after (增加164台, 增长14.9%, 提高1.3个百分点)."""


def _change(q: Quantity, line: str, facts: Facts) -> Source | None:
    """A year-on-year change of a count the facts give for two years (facts.changes:
    比2025年增加164台、增长14.9%), stated after a word of rising or falling: the two
    figures are its source, as a ratio's are (FACTS.md, figures)."""
    if not _CHANGED.search(line[:q.start]):
        return None
    unit = _SAME_UNIT.get(q.unit, q.unit)
    for c in changes(facts.figures, planned=True):
        said = f"{c.later.name}比{c.earlier.name}"
        if c.later.unit == "%":
            if unit == "个百分点" and abs(q.value - abs(c.amount)) < 1e-6:
                return Source("change", said)
        elif unit == "%":
            if c.percent is not None and abs(q.value - c.percent) < 1e-6:
                return Source("change", said)
        elif (abs(q.value - abs(c.amount)) < 1e-6 and _unit_ok(q.unit, [c.later.unit])) or (
                c.later.unit.startswith(("万", "亿")) and _unit_ok(q.unit, [c.later.unit[1:]])
                and abs(q.value - abs(c.amount) * (1e4 if c.later.unit[0] == "万" else 1e8))
                < 1e-6):
            return Source("change", said)
    return None


def _since(q: Quantity, src: Sources, facts: Facts, line: str) -> Source | None:
    """Years since a year the facts write (四十余年来 of a brigade whose notes tell its
    1984 beginning, in a 2026 plan: a blind88 answer was marked 【待补充：核实“四十余年”】):
    the document's year less that year, or, said with 余/多, within the ten after it."""
    if q.value >= 200:
        return None
    vague = bool(re.search(r"[余多]", q.text)) or line[q.end:q.end + 1] in ("余", "多")
    for value, units in src.written.items():
        if "年" in units and 1900 <= value <= facts.doc.year:
            since = facts.doc.year - value
            if since == q.value or (vague and q.value <= since < q.value + 10):
                return Source("year", f"{format_number(value)}年至今")
    return None


_FOUNDED = {"建党": 1921, "新中国成立": 1949, "中华人民共和国成立": 1949, "人民军队建军": 1927,
            "建军": 1927}
"""The years the anniversaries a 公文 counts are counted from: the 中国共产党's 一大 (July
1921), the People's Republic (1949-10-01), the 南昌起义 (1927-08-01)."""


def _anniversary(q: Quantity, line: str, facts: Facts) -> Source | None:
    """An anniversary of the document's year (纪念建党106周年 in 2027: branch_anchors
    writes it; blind55's replay marked a model's copy of it unsourced): the calendar is
    its source."""
    before = line[max(0, q.start - 10):q.start]
    if not line[q.start + len(q.text):].startswith(("周年", "年")) and q.unit not in ("周", "周年"):
        return None
    return next((Source("year", f"{name}{q.text}周年") for name, year in _FOUNDED.items()
                 if before.endswith(name) and q.value == facts.doc.year - year), None)


def _parts(q: Quantity, line: str, facts: Facts) -> Source | None:
    """A count of the parts that follow, the facts' tasks (重点抓了以下六个方面的工作: a
    blind34 answer of each of two models was marked unsourced): the structure is its
    source."""
    after = line[q.start:q.start + len(q.text) + 4]
    if (q.value == len(facts.tasks) and re.search(r"以下$|从$", line[:q.start])
            and re.match(rf"{re.escape(q.text)}(?:个)?(?:方面|项|件)", after)):
        return Source("list", "tasks")
    return None


def _listed(q: Quantity, line: str) -> Source | None:
    """A count in words right after the list it counts (办事、用钱、态度三件事): the list
    is its source. Digits are the facts' to give; a count in words of the items just
    named is only the sentence's own arithmetic."""
    if q.text[:1] not in "两二三四五六七八九十" or q.value != int(q.value):
        return None
    clause = re.split(r"[，,。；;：:（(“”\n]", line[:q.start])[-1]
    items = [i for i in re.split(r"、|和|及", clause) if i]
    if len(items) >= 2 and len(items) == q.value and all(len(i) <= 8 for i in items[1:]):
        return Source("list", clause)
    # a 和 inside the last item (…、创建成效、存在的不足和下一步打算四个方面, blind21)
    items = [i for i in clause.split("、") if i]
    if len(items) >= 3 and len(items) == q.value and all(len(i) <= 12 for i in items[1:]):
        return Source("list", clause)
    return None


_NUMBERED = re.compile(r"\s*(\d{1,2})[.．、]|\s*（(\d{1,2}|[一二三四五六七八九十]{1,3})）")


def _counted_below(q: Quantity, lines: Sequence[str]) -> bool:
    """A count in words of the numbered paragraphs that follow its line (全年重点抓了四个
    方面。 then 1.… 2.… 3.… 4.…: a blind46 answer was marked unsourced): exactly that
    many, numbered from 1."""
    count = int(q.value)
    if q.text[:1] not in "两二三四五六七八九十" or q.value != count or not re.match(
            rf"{re.escape(q.text)}(?:个)?(?:方面|项|件|点|类|部分)", lines[q.line][q.start:]):
        return False
    # 1.… 2.…, or （一）… （二）… with 1.… inside them (一年来，我们主要做了六个方面的工作。
    # then （一）…: a blind49 answer the guard marked): the first item's level
    marks = [(m[1] is None, m[1] or m[2]) for line in lines[q.line + 1:]
             if (m := _NUMBERED.match(line))]
    level = marks[0][0] if marks else False
    numbered = [int(n) if n.isdigit() else parse_cn_numeral(n) for bracketed, n in marks
                if bracketed == level]
    return numbered[:count + 1] == list(range(1, count + 1))  # no item N+1 after them


def unsourced(text: Text) -> Iterator[Finding]:
    if text.facts is None:
        return
    src = sources(text.facts)
    for q in quantities(text):
        if (source_of(q, src, text.facts, text.lines[q.line]) is None
                and not _counted_below(q, text.lines)):
            yield finding("number.unsourced", "error", q.line, q.start, q.text,
                          f"数字“{q.text}”在事实表中找不到来源",
                          None)
