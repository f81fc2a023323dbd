"""number.arithmetic: numbers that contradict each other.

- a percentage against the two figures it relates: 「占职工总数的96%」, 「参训率达95.2%」,
  the whole named earlier in the paragraph (「其中卫技人员498人；…高级职称的126人，占卫技人员
  的30%」);
- parts that do not add up to their total: 「共…，其中…、…」, 「40场，其中…、…、…」,
  「15个行政村中…、…，实现全覆盖」, 「…、…、…，三项合计320万元」, a table's 合计 row; parts
  named as kinds of the total (…的, …类) that cover most of it are its breakdown too;
- 「近300余名」 (近 and 余 together) and a fall stated in 倍 or over 100 %.

Sources: RULES.md (number.arithmetic); the proof-reading rule sets surveyed in
shared/research/drafting_anchors.md §4 (abaic2/smart-proofread-agent, kavinxu/docx-proofread:
近…余, 倍数不能表减少, totals ≠ sum of parts, a stated percentage ≠ the computed ratio);
issue 12, kind 6 (rates, parts after 其中 or before 合计, tables)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from drafter.facts import Figure, format_number
from drafter.numbering import parse_cn_numeral
from drafter.rules.model import Finding, Text, finding
from drafter.rules.tables import table_totals

_NEAR_AND_MORE = re.compile(r"近[0-9一二三四五六七八九十百千万.]+余")
_FALL = "(?:下降|减少|降低|缩小|缩减|缩短|压缩|减小|下滑|回落)了?"
_TIMES_LESS = re.compile(rf"{_FALL}(?:[0-9]+(?:\.[0-9]+)?|[一二三四五六七八九十]+)倍")
_FALL_OVER = re.compile(rf"{_FALL}([0-9]+(?:\.[0-9]+)?)[%％]")
_SHARE = re.compile(r"占([^，。；0-9]{1,12}?)的?([0-9]+(?:\.[0-9]+)?)[%％]")
_NUMBER = re.compile(r"([0-9]+(?:\.[0-9]+)?)(万)?(?=[\u4e00-\u9fff])")

# Counted things: the units a part and its total share (名 and 人 alike).
_COUNT_UNIT = ("人次|万人次|户次|场次|批次|件次|家次|艘次|架次|车次|小时|万元|亿元|平方米|立方米|"
               "公里|千米|公顷|千瓦时|千瓦|标箱|"
               "人|名|位|个|项|次|场|件|户|家|"
               "所|条|篇|例|台|期|批|支|笔|份|本|吨|亩|元|座|间|张|处|起|套|辆|村|校|园|"
               "艘|架|册|卷|具|种|株|棵|头|只|栋|幢|箱|米")
_SAME = {"名": "人", "位": "人", "场次": "场"}
_QTY = re.compile(rf"([0-9]+(?:\.[0-9]+)?)(万|亿)?({_COUNT_UNIT})")
_PART = re.compile(rf"^([\u4e00-\u9fff“”]{{0,12}}?)([0-9]+(?:\.[0-9]+)?)(万|亿)?({_COUNT_UNIT})$")
# Words that make a list of parts a selection, not a partition (其中女性…、少数民族…).
_SUBSET = re.compile(r"女|男性|少数民族|党员|团员|以上|以下|高级|中级|副高|正高|硕士|博士|研究生|"
                     r"本科|大专|新增|新建|新发展|等")
# Even after 共…其中, these name a selection, not a partition.
_SELECTION = re.compile(r"女|男性|少数民族|以上|以下|新增|等")
_COVERAGE = re.compile(r"全覆盖|全部|均已|都已|无一遗漏")


def _value(number: str, times: str | None) -> float:
    return float(number) * {"万": 1e4, "亿": 1e8}.get(times or "", 1)


def _unit(unit: str) -> str:
    return _SAME.get(unit, unit)


def _close(a: float, b: float) -> bool:
    return abs(a - b) < 1e-6 * max(1.0, abs(a), abs(b))


def _parts(clause: str) -> list[tuple[str, float, str]] | None:
    """「进社区20场、进学校12场、进企业10场」 → [(进社区, 20, 场), …]; None unless every
    piece of the 、 list is one label and one counted number."""
    pieces = clause.split("、")
    if len(pieces) < 2:
        return None
    out = []
    for piece in pieces:
        m = _PART.match(piece.strip())
        if m is None:
            return None
        out.append((m.group(1), _value(m.group(2), m.group(3)), _unit(m.group(4))))
    return out


def _shared_head(labels: list[str]) -> bool:
    """Parts named alike (成人读者/少儿读者, 进社区/进学校) partition their total."""
    if any(not label for label in labels):
        return False
    suffix = labels[0]
    for label in labels[1:]:
        while suffix and not label.endswith(suffix):
            suffix = suffix[1:]
    return len(suffix) >= 2 or all(label[0] == labels[0][0] for label in labels)


# 「其中安排工作的82人、自主就业的40人」, 「其中历史文化类4个、革命文物类3个」: parts named
# as kinds of the total (…的, …类) that cover most of it are its breakdown; a few picked out
# of a large total (「其中受到表彰的5人、获得奖励的3人」 of 126) are a selection.
_KIND_ENDINGS = "的类"
_MOST = 0.8


def _kinds_of_most(labels: list[str], added: float, total: float) -> bool:
    end = labels[0][-1:] if labels[0] else ""
    return (end != "" and end in _KIND_ENDINGS and added >= _MOST * total
            and all(len(label) >= 2 and label.endswith(end) for label in labels))


_NEARLY = 0.9


def _kinds_of_total(labels: list[str], head: str, added: float, total: float) -> str | None:
    """Whether parts covering nearly all of their total are named as kinds of the thing it
    counts: the labels share a word the total's own name holds (党员 of 支部现有党员, 审计 of
    审计项目; with three or more parts, one character its name ends near: 管 of 供水管网).
    Returns the labels' shared ending when it is the total's noun (「党员」), to read the
    kinds without it; "" when the shared word stands elsewhere; None when not kinds."""
    if not _NEARLY * total <= added < total or not all(labels):
        return None
    noun = head[-8:]
    suffix = labels[0]
    for label in labels[1:]:
        while suffix and not label.endswith(suffix):
            suffix = suffix[1:]
    if len(suffix) >= 2 and head.endswith(suffix) and all(len(x) > len(suffix) for x in labels):
        return suffix
    first = labels[0]
    for k in range(len(first) - 1):
        word = first[k:k + 2]
        if word in noun and all(word in x for x in labels[1:]):
            return ""
    if len(labels) >= 3 and len(suffix) == 1 and suffix in noun[-4:]:
        return ""
    return None


_OF_WHICH = re.compile(
    rf"([0-9]+(?:\.[0-9]+)?)(万|亿)?({_COUNT_UNIT})[\u4e00-\u9fff]{{0,6}}?"
    r"(?:[，,]其中|中[，,](?:有)?)([^。；;]+)")
_STATED_TOTAL = re.compile(r"共[\u4e00-\u9fff]{0,10}$")
# 「完成各类检验1862批次，其中药品…、化妆品…、医疗器械…」: a total of every kind, split
# into three or more kinds, is stated whole too.
_EVERY_KIND = re.compile(r"各类[\u4e00-\u9fff]{0,8}$")
_THEN_TOTAL = re.compile(
    rf"[，,](?:([一二三四五六七八九十两]+)项|以上各项|上述各项|以上)?(?:合计|共计|总计|总共)"
    rf"(?:为|达)?([0-9]+(?:\.[0-9]+)?)(万|亿)?({_COUNT_UNIT})")


def _of_which(i: int, line: str, nested: frozenset[tuple[str, str]] = frozenset(),
              given: Sequence[Figure] = ()) -> Iterator[Finding]:
    """A total with its parts after 其中 (or 「N个X中，」); `nested`: (part, whole) pairs
    of figure names the facts' ratios relate (持证保育师 of 保育人员); `given`: the facts'
    figures, whose parts may leave some of their whole out (全科医技人员18人，其中病理医师
    8人、病理技师9人: the 18th a secretary; a blind81 answer lost the sentence to the
    guard)."""
    for m in _OF_WHICH.finditer(line):
        total, unit = _value(m.group(1), m.group(2)), _unit(m.group(3))
        clause = m.group(4).split("，")[0].split(",")[0]
        rest = m.group(4)[len(clause):]
        parts = _parts(clause)
        if parts is None or {u for *_, u in parts} != {unit} or "%" in clause:
            continue
        added = sum(v for _, v, _ in parts)
        if _close(added, total):
            continue
        labels = [label for label, *_ in parts]
        of_which = "其中" in line[m.end(3):m.start(4)]
        head = line[max(line.rfind(c, 0, m.start()) for c in "。；;，,") + 1:m.start()]
        stated_total = of_which and (_STATED_TOTAL.search(head) is not None or (
            len(parts) >= 3 and _EVERY_KIND.search(head) is not None))
        # Parts named as kinds of the total's own noun (党员15名，其中正式党员…、预备党员…;
        # 审计项目36个，其中预算执行审计…、经济责任审计…、专项审计调查…) split it.
        kinds = _kinds_of_total(labels, head, added, total) if of_which else None
        named = labels
        if kinds:
            labels = [x.removesuffix(kinds) for x in labels]
        # 「N个X中，A…、B…」 partitions X only when the sentence says all are covered.
        exhaustive = stated_total or _COVERAGE.search(rest) is not None or (
            of_which and (_shared_head(labels) or _kinds_of_most(labels, added, total)
                          or kinds is not None)
            and not any(_SUBSET.search(x) for x in labels))
        if added < total and (not exhaustive or any(_SELECTION.search(x) for x in labels)):
            continue  # 其中党员12人、团员8人, 其中女性…、少数民族…: a selection of the total
        if added < total and all(any(_close(f.value, v) and (label in f.name or f.name in label)
                                     for f in given if not f.ratio and not f.todo)
                                 for label, v, _ in parts):
            continue  # each part a figure of the facts: they do not say the parts are all
        if added > total and any(_SUBSET.search(x) for x in named) and not stated_total:
            continue  # overlapping selections (党员 and 女性) may exceed the total
        if added > total and any(f"{y}占{x}" in line for x in labels for y in labels if x != y):
            continue  # 「其中专任教师158人、双师型教师104人，双师型教师占专任教师的65.8%」: nested
        if added > total and any(p in x and w in y for p, w in nested
                                 for x in named for y in named if x != y):
            continue  # 其中保育人员22人、持证保育师18人: one a part of the other by a facts
            # ratio (持证率, a blind28 answer)
        excerpt = line[m.start(1):m.end(3)]
        yield finding("number.arithmetic", "error", i, m.start(1), excerpt,
                      f"总数“{excerpt}”与其中各项之和"
                      f"（{'+'.join(format_number(v) for _, v, _ in parts)}"
                      f"={format_number(added)}）不符")


def _then_total(i: int, line: str) -> Iterator[Finding]:
    """Parts followed by their total: 「…、…、…，三项合计320万元」."""
    for m in _THEN_TOTAL.finditer(line):
        start = max(line.rfind(c, 0, m.start()) for c in "。；;：:，,") + 1
        clause = line[start:m.start()]
        pieces = clause.split("、")
        if len(pieces) < 2:
            continue
        cut = re.search(r"[\u4e00-\u9fff“”]{0,12}[0-9]", pieces[0])
        pieces[0] = pieces[0][cut.start():] if cut else pieces[0]
        parts = _parts("、".join(pieces))
        unit = _unit(m.group(4))
        if parts is None or {u for *_, u in parts} != {unit}:
            continue
        stated = parse_cn_numeral(m.group(1)) if m.group(1) else None
        if stated is not None and stated != len(parts):
            continue  # 「三项合计」 after four numbers: not the list we read
        total, added = _value(m.group(2), m.group(3)), sum(v for _, v, _ in parts)
        if not _close(total, added):
            excerpt = line[m.start(2):m.end(4)]
            yield finding("number.arithmetic", "error", i, m.start(2), excerpt,
                          f"合计“{excerpt}”与所列各项之和"
                          f"（{'+'.join(format_number(v) for _, v, _ in parts)}"
                          f"={format_number(added)}）不符")


_RATE = re.compile(r"([\u4e00-\u9fff]{1,4}?)率(?:达到|达|为|是|提高到|提升到|保持在|超过)?了?"
                   r"([0-9]+(?:\.[0-9]+)?)[%％]")
_GENERIC = set("达率的了有是全年共计总数量人次其中和及与")


def _rate_vs_parts(i: int, line: str, given: frozenset[str] = frozenset()
                   ) -> Iterator[Finding]:
    """「全院540名职工中有486人参加轮训，参训率达95.2%」: a rate against the part and the
    whole it names in the same sentence (same unit, the rate's name echoing the part's);
    not a rate the facts give as a figure of its own (`given`, their values as written:
    抢救危重新生儿62例，危重新生儿抢救成功率96.8% is of the rescued, not 62÷收治新生儿486,
    blind87)."""
    for m in _RATE.finditer(line):
        if m.group(2) in given:
            continue
        start = max(line.rfind(c, 0, m.start()) for c in "。；;") + 1
        found = [(q, _value(q.group(1), q.group(2)), _unit(q.group(3)))
                 for q in _QTY.finditer(line, start, m.start())]
        if len(found) != 2 or found[0][2] != found[1][2]:
            continue
        (qa, a, _), (qb, b, _) = found
        whole, part, pq = (a, b, qb) if a > b else (b, a, qa)
        if not whole or part == whole:
            continue
        stem = set(m.group(1)) - _GENERIC
        left = max(line.rfind(c, start, pq.start()) for c in "，,、") + 1
        right = min((k for k in (line.find(c, pq.end(), m.start()) for c in "，,、") if k >= 0),
                    default=m.start())
        if not stem or not stem & set(line[left:right]):
            continue
        stated = float(m.group(2))
        expected = part / whole * 100
        if abs(stated - expected) > (0.5 if "." not in m.group(2) else 0.051):
            excerpt = line[m.start(2):m.end()]
            yield finding("number.arithmetic", "error", i, m.start(2), excerpt,
                          f"“{m.group(1)}率{excerpt}”与数字不符："
                          f"{format_number(part)}÷{format_number(whole)}≈{expected:.1f}%")


_FALL_WORDS = ("下降", "减少", "降低", "缩小", "缩减", "缩短", "压缩", "减小", "下滑", "回落")
_TOTAL_WORDS = ("合计", "共计", "总计", "总共")


def arithmetic(text: Text) -> Iterator[Finding]:
    """number.arithmetic over the lines holding a trigger word, then the tables."""
    words = ("其中", "中，", "中,", "近", "占", "率", *_FALL_WORDS, *_TOTAL_WORDS)
    figures = text.facts.figures if text.facts is not None else ()
    nested = frozenset((f.ratio[0], f.ratio[1]) for f in figures if f.ratio)
    given = frozenset(format_number(f.value) for f in figures
                      if f.unit == "%" and not f.ratio and not f.todo)
    for i in text.lines_containing(words, plain=False):
        line = text.lines[i]
        if "其中" in line or "中，" in line or "中," in line:
            yield from _of_which(i, line, nested, figures)
        if any(w in line for w in _TOTAL_WORDS):
            yield from _then_total(i, line)
        if "近" in line and "余" in line:
            for m in _NEAR_AND_MORE.finditer(line):
                yield finding("number.arithmetic", "error", i, m.start(), m.group(0),
                              f"“{m.group(0)}”：“近”与“余”自相矛盾，只能用其一")
        if any(w in line for w in _FALL_WORDS):
            for m in _TIMES_LESS.finditer(line):
                yield finding("number.arithmetic", "error", i, m.start(), m.group(0),
                              f"“{m.group(0)}”：减少不能用倍数表示，应写成百分比或减少到几分之几")
            for m in _FALL_OVER.finditer(line):
                if float(m.group(1)) > 100:
                    yield finding("number.arithmetic", "error", i, m.start(), m.group(0),
                                  f"“{m.group(0)}”：减少的幅度不能超过100%")
        if "占" in line:
            yield from _shares(text, i, line)
        if "率" in line:
            yield from _rate_vs_parts(i, line, given)
    yield from table_totals(text)


def _shares(text: Text, i: int, line: str) -> Iterator[Finding]:
    for m in _SHARE.finditer(line):
        parts = _share_parts(text, line, m)
        if parts is None:
            continue
        numerator, denominator = parts
        stated = float(m.group(2))
        expected = numerator / denominator * 100
        if abs(stated - expected) > (0.5 if "." not in m.group(2) else 0.051):
            yield finding("number.arithmetic", "error", i, m.start(2), m.group(2) + "%",
                          f"比例“{m.group(2)}%”与数字不符："
                          f"{format_number(numerator)}÷{format_number(denominator)}"
                          f"≈{expected:.1f}%")


_CLAUSE_MARKS = "，,；;。：:"
_SHARE_LEAD = re.compile(r"^(?:分别|约|均|共|仅|已|又|还|则|其中|合计|累计)*$")
_TOTAL_SUFFIX = re.compile(r"(?:总人数|总数量|总数|总量|总额|总计|人数|数量|的)+$")


_NOTED = re.compile(r"[（(](?:含|其中|包括)[^（）()]*[）)]")


def _scaled(figure: Figure) -> float:
    """A figure's value in the text's reckoning (_NUMBER), where 万 is counted out (有效
    灌溉面积15.2万亩 is 152000 beside 设计灌溉面积 18.6 万亩: a blind35 answer was marked
    wrong, 152000÷18.6)."""
    return (figure.value or 0.0) * (1e4 if figure.unit.startswith("万") else 1)


def _share_parts(text: Text, line: str, m: re.Match[str]) -> tuple[float, float] | None:
    """「…A人，其中B人，占C的Z%」: the numerator is the number of the clause that 占 ends
    (or, when 占 opens its clause, of the clause before); a clause with a subject and no
    number of its own (「新能源公交车占运营车辆的93.6%」) is left to the facts. The
    denominator is the figure named C in the facts, else the nearest earlier number counted
    by a noun C names: in the sentence, or earlier in the paragraph when its clause names
    C whole (「其中卫生技术人员498人；…高级职称的126人，占卫生技术人员的30%」)."""
    start = max(line.rfind(p, 0, m.start()) for p in "。；") + 1
    clause_start = max(line.rfind(p, 0, m.start()) for p in _CLAUSE_MARKS) + 1
    # 「党员17名（含预备党员1名），占全体职工的44.7%」: a part noted in brackets is no
    # numerator (a capable model's answer, blind11 fixtures)
    noted = [b.span() for b in _NOTED.finditer(line, 0, m.start())]
    numbers = [n for n in _NUMBER.finditer(line, 0, m.start())
               if not any(a <= n.start() < b for a, b in noted)]
    values = [float(n.group(1)) * (1e4 if n.group(2) else 1) for n in numbers]
    if _SHARE_OF_TOTAL.match(m.group(1)):
        return _share_of_total(line, start, m, numbers, values)
    own = [k for k, n in enumerate(numbers) if n.start() >= clause_start]
    if own:
        top = own[-1]
    elif _SHARE_LEAD.match(line[clause_start:m.start()].strip(" \u3000")):
        top = next((k for k in range(len(numbers) - 1, -1, -1) if numbers[k].start() >= start),
                   -1)
    else:
        subject = line[clause_start:m.start()].strip(" \u3000")
        figure = text.facts.figure(subject) if text.facts is not None else None
        if figure is None or figure.ratio or not figure.value:
            return None
        numbers.append(m)  # the subject's value stands where 占 is
        values.append(_scaled(figure))
        top = len(values) - 1
    if top < 0:
        return None
    numerator = values[top]
    # 占党员总数的50% is of the facts' 党员 (a blind46 answer was cut for 6÷1: the 预备党员1名
    # said between them)
    figure = (text.facts.figure(m.group(1)) or text.facts.figure(
        _TOTAL_SUFFIX.sub("", m.group(1)))) if text.facts is not None else None
    if figure is not None and not figure.ratio:
        return (numerator, _scaled(figure)) if figure.value else None
    # Without the facts: 「职工627人，其中…539人，占职工总数的86.0%」 — the whole is the
    # nearest earlier number counted by a noun the denominator names (「…读者8万人次，新办
    # 读者证2000张，其中少儿读者证600张，占新办证总数的30%」: 2000, not 8万).
    name = m.group(1)[:2]
    whole = _TOTAL_SUFFIX.sub("", m.group(1))
    for k in range(top - 1, -1, -1):
        n = numbers[k]
        if n.start() >= start:
            clause = line[max(line.rfind("，", start, n.start()) + 1, start):n.start()]
            if name in clause:
                k = _total_of_parts(line, numbers, k, name)
                return (numerator, values[k]) if values[k] else None
        else:
            head = max(line.rfind(p, 0, n.start()) for p in _CLAUSE_MARKS) + 1
            if len(whole) >= 2 and whole in line[head:n.start()]:
                k = _total_of_parts(line, numbers, k, whole)
                return (numerator, values[k]) if values[k] else None
    return None


def _total_of_parts(line: str, numbers: list[re.Match[str]], k: int, whole: str) -> int:
    """The number a share is of: the k-th, unless it is a part listed after 其中 and the
    total those parts split names the whole too (「党员15名，其中正式党员13名、预备党员1名；
    45岁以下党员9名，占党员总数的60%」: 15, not the 1 预备党员 that also holds 党员)."""
    n = numbers[k]
    of_which = line.rfind("其中", 0, n.start())
    if of_which < 0 or any(c in line[of_which:n.start()] for c in "。；;"):
        return k
    for j in range(k - 1, -1, -1):
        if numbers[j].end() <= of_which:
            head = max(line.rfind(p, 0, numbers[j].start()) for p in _CLAUSE_MARKS) + 1
            return j if whole in line[head:numbers[j].start()] else k
    return k


# 「…4200万元，其中…的资金1260万元，占比达到35%」: a share that names no whole is of the
# total its 其中 splits.
_SHARE_OF_TOTAL = re.compile(r"^(?:比|比重)(?:达到|达|为|是|约|仅|超过)*$")


def _share_of_total(line: str, start: int, m: re.Match[str], numbers: list[re.Match[str]],
                    values: list[float]) -> tuple[float, float] | None:
    of_which = line.rfind("其中", start, m.start())
    if of_which < 0:
        return None
    parts = [k for k, n in enumerate(numbers) if n.start() > of_which]
    totals = [k for k, n in enumerate(numbers) if start <= n.start() and n.end() <= of_which]
    if len(parts) != 1 or not totals or not values[totals[-1]]:
        return None  # several parts: which one the share is of is not said
    part, total = numbers[parts[0]], numbers[totals[-1]]
    if line[part.end():part.end() + 2] != line[total.end():total.end() + 2]:
        return None  # counted in other units
    return values[parts[0]], values[totals[-1]]
