"""term.canonical: a canonical political formulation quoted or expanded wrongly.

Kinds (issue 12, kind 2 and 7), each read from drafter/data/terms.toml:
- a list formulation (四个意识, 四个自信, 五位一体, 四个全面, 新发展理念, the 24-character
  core values) with an item wrong, missing or out of order — with its name nearby, or
  without it when the items leave no doubt;
- a sentence formulation (两个维护, 两个确立) with its wording changed;
- a formulation named with the wrong tail (“五位一体”战略布局);
- a fixed name mangled: the guiding thought without 习近平 or with a title in its place
  (以主席新时代…思想), one character replaced by a synonym spinner (科学开展观), a known
  wrong wording (习总书记, 重要系列讲话).
A sentence that quotes a wrong form to forbid it is not a use of it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import cache

from drafter.rules.model import Finding, Text, finding, quoted_to_forbid
from drafter.terms import Formulation, Terms

_CHINA_PREFIX = "中国特色社会主义"
_RUN = re.compile(r"[^、，,。；;：:！？!?“”\"（）()\s]+(?:、[^、，,。；;：:！？!?“”\"（）()\s]+)+")
_CORE_VALUES_RUN = re.compile(r"富强(?:[、，][\u4e00-\u9fff]{2}){3,14}")


@cache
def _affix(items: tuple[str, ...]) -> tuple[str, str]:
    """The items' common suffix and common prefix (意识, 全面…)."""
    suffix, prefix = items[0], items[0]
    for it in items[1:]:
        while suffix and not it.endswith(suffix):
            suffix = suffix[1:]
        while prefix and not it.startswith(prefix):
            prefix = prefix[:-1]
    return suffix, prefix


def _is_sentence(f: Formulation) -> bool:
    return len(f.items) == 2 and min(map(len, f.items)) >= 10


def _in_force(f: Formulation, when: date | None) -> bool:
    return when is None or f.since <= when


def canonical(text: Text) -> Iterator[Finding]:
    """term.canonical: every kind of the module docstring, for the formulations in force
    on the document's date; touching findings merged, meta mentions dropped."""
    when = text.doc_date
    found: list[Finding] = []
    found += _wrong_suffix(text)
    for f in text.terms.formulations:
        if not _in_force(f, when):
            continue
        if f.id == "core_values":
            found += _core_values(text, f)
        elif _is_sentence(f):
            found += _sentence(text, f)
        elif _is_clauses(f):
            found += _clauses(text, f)
        elif f.aliases and not _list_kind(f):
            found += _named_list(text, f)
        elif _items_pattern(f.items).search(text.joined_plain):
            found += _list(text, f)
    found += _names(text)
    for f in _merged(found):
        line = text.lines[f.line - 1]
        if not quoted_to_forbid(line, f.col - 1, f.col - 1 + len(f.excerpt)):
            yield f


def _merged(found: list[Finding]) -> list[Finding]:
    """Touching findings on one line (习总书记 + 重要系列讲话) become one."""
    out: list[Finding] = []
    for f in sorted(set(found), key=lambda f: (f.line, f.col)):
        last = out[-1] if out else None
        if last is not None and last.line == f.line and last.col + len(last.excerpt) == f.col \
                and last.fix is not None and f.fix is not None:
            right = last.fix + f.fix
            out[-1] = Finding(last.rule, last.severity, last.line, last.col,
                              last.excerpt + f.excerpt,
                              f"“{last.excerpt + f.excerpt}”的表述不规范，应为“{right}”", right)
        else:
            out.append(f)
    return out


def _report(text: Text, i: int, start: int, end: int, name: str, fix: str) -> Finding:
    excerpt = text.lines[i][start:end]
    return finding("term.canonical", "error", i, start, excerpt,
                   f"“{name}”的表述不规范，应为“{fix}”", fix)


# ------------------------------------------------------------------ lists


def _width(f: Formulation) -> int:
    """The items' length when all have the same (2 for 创新、协调…, 4 for 形式主义…), else 0."""
    return _items_width(f.items)


@cache
def _items_width(items: tuple[str, ...]) -> int:
    widths = {len(it) for it in items}
    return widths.pop() if len(widths) == 1 else 0


def _trim(token: str, f: Formulation, first: bool) -> tuple[int, int]:
    """The item inside a list's first or last token (坚定道路自信 → 道路自信,
    共赢的新发展理念 → 共赢), as a span of the token."""
    suffix, prefix = _affix(f.items)
    known = sorted(set(f.items) | {it.removeprefix(_CHINA_PREFIX) for it in f.items},
                   key=len, reverse=True)
    width = _width(f) or 2
    if first:
        hit = next((it for it in known if token.endswith(it)), None)
        if hit:
            return len(token) - len(hit), len(token)
        if len(suffix) >= 2:
            width = max(map(len, f.items))
            return max(0, len(token) - width), len(token)
        if len(prefix) >= 2 and prefix in token:
            return token.rindex(prefix), len(token)
        return max(0, len(token) - width), len(token)
    hit = next((it for it in known if token.startswith(it)), None)
    if hit:
        return 0, len(hit)
    if len(suffix) >= 2 and suffix in token:
        return 0, token.index(suffix) + len(suffix)
    if len(prefix) >= 2:
        cut = re.search(r"[的等为和及]", token[len(prefix):])
        return 0, len(prefix) + cut.start() if cut else len(token)
    return 0, min(width, len(token))


def _member_like(token: str, f: Formulation) -> bool:
    """Whether a token has an item's shape: the items' suffix or prefix, or (items of one
    length) that length — with the affix's outer character only, a twin of an item
    (严于律己 beside 严以修身)."""
    suffix, prefix = _affix(f.items)
    width = _width(f)
    if not token:  # 、、 or a list's empty end (a blind56 answer crashed the guard)
        return False
    if len(suffix) >= 2:
        return (token.endswith(suffix) and len(token) <= max(map(len, f.items)) + 2) \
            or (len(token) == width and token[-1] == suffix[-1])
    if len(prefix) >= 2:
        return token.startswith(prefix) or (len(token) == width and token[0] == prefix[0])
    return len(token) == (width or 2)


def _list_kind(f: Formulation) -> bool:
    if _is_clauses(f):
        return False
    suffix, prefix = _affix(f.items)
    return len(suffix) >= 2 or len(prefix) >= 2 or _width(f) >= 2


_AND_LAST = re.compile(r"以及|和|及|与")


def _tokens(run: str, f: Formulation) -> list[tuple[int, int]]:
    """A run's tokens as spans: split at 、, and the last one at 和/及/与 when what
    stands before it is an item's shape (享乐主义和奢靡之风)."""
    spans, pos = [], 0
    for token in run.split("、"):
        spans.append((pos, pos + len(token)))
        pos += len(token) + 1
    a, b = spans[-1]
    joint = _AND_LAST.search(run, a, b)
    if joint is not None and joint.start() > a and _member_like(run[a:joint.start()], f):
        spans[-1:] = [(a, joint.start()), (joint.end(), b)]
    return spans


def _window(run: str, spans: list[tuple[int, int]],
            f: Formulation) -> tuple[int, int, list[str]] | None:
    """The widest stretch of the run's tokens that reads as the list — its first token
    trimmed to its tail, its last to its head, every token an item's shape — as (start,
    end, tokens): leading words with a 、 of their own (完整、准确、全面贯彻创新、协调…)
    are left out."""
    def read(s: int, e: int) -> tuple[int, int, list[str]] | None:
        a0, b0 = spans[s]
        a1, b1 = spans[e - 1]
        a, _ = _trim(run[a0:b0], f, True)
        _, b = _trim(run[a1:b1], f, False)
        start, end = a0 + a, a1 + b
        toks = [run[start:b0], *(run[x:y] for x, y in spans[s + 1:e - 1]), run[a1:end]]
        toks = [t.removeprefix(_CHINA_PREFIX) for t in toks]
        return (start, end, toks) if all(_member_like(t, f) for t in toks) else None

    n = len(spans)
    whole = read(0, n)
    if whole is not None or n <= 2:
        return whole
    items = set(_short_items(f.items))
    best: tuple[int, int, tuple[int, int, list[str]]] | None = None
    for s in range(n - 1):
        for e in range(n, s + 1, -1):
            found = read(s, e)
            if found is not None:
                key = (sum(t in items for t in found[2]), len(found[2]))
                if best is None or key > best[:2]:
                    best = (*key, found)
    return best[2] if best is not None else None


def _framed(plain: str, start: int, end: int, name: str) -> bool:
    """Whether the name introduces the list or closes it right there: 「“四个意识”，即A、B」,
    「“四个意识”（A、B）」, 「A、B“四个意识”」."""
    before = re.search(rf"{re.escape(name)}[”」]?[，,：:（(]?(?:即|就是|也就是|包括)?[：:]?$",
                       plain[max(0, start - len(name) - 8):start])
    after = re.match(rf"[”」]?[“「]?{re.escape(name)}", plain[end:])
    return before is not None or after is not None


def _twin_swapped(toks: list[str], items: list[str], f: Formulation) -> bool:
    """All items in their places but one, and that one shares the items' first or last
    character (不愿腐 among 不敢腐、不能腐)."""
    if len(toks) != len(items) or len(items) < 3:
        return False
    other = [(t, it) for t, it in zip(toks, items, strict=True) if t != it]
    if len(other) != 1 or other[0][0] in items:
        return False
    suffix, prefix = _affix(f.items)
    token = other[0][0]
    return bool(prefix and token[0] == prefix[0]) or bool(suffix and token[-1] == suffix[-1])


@cache
def _name_pattern(name: str) -> re.Pattern[str]:
    return re.compile(re.escape(name))


def _list(text: Text, f: Formulation) -> Iterator[Finding]:
    if not _list_kind(f):
        return
    items = [it.removeprefix(_CHINA_PREFIX) for it in f.items]
    fix = f.full or "、".join(f.items)
    short = _short_items(f.items)
    for i in text.lines_containing(short):
        plain = text.plain[i]
        for m in _RUN.finditer(plain):
            run = m.group(0)
            if not any(it in run for it in short):
                continue
            found = _window(run, _tokens(run, f), f)
            if found is None:
                continue
            start, end, toks = found
            start, end = m.start() + start, m.start() + end
            if toks == items:
                continue
            known = [t for t in toks if t in items]
            near = f.name in plain[max(0, start - 12):end + 12]
            order = [items.index(t) for t in known]
            part = len(known) == len(toks) < len(items) and order == sorted(order)
            # Without the name: most of the items and at most one other word, or one
            # item swapped in place for a twin of it (不愿腐 for 不想腐, 严于律己 for 严以律己).
            wrong = (len(known) >= 3 and len(known) >= len(items) - 1
                     and len(toks) - len(known) <= 1 and len(toks) <= len(items) + 1) \
                or _twin_swapped(toks, items, f)
            if near and part:
                # A part of the list in its order (反对形式主义、官僚主义 beside “四风”) is
                # a citation of part, wrong only where the name frames it as the whole.
                wrong = wrong or (len(known) >= 2 and _framed(plain, start, end, f.name))
            elif near:
                wrong = len(known) >= 2
            if wrong:
                yield _report(text, i, start, end, f.name, fix)


@cache
def _items_pattern(items: tuple[str, ...]) -> re.Pattern[str]:
    """Any item of a list: one search tells whether a text holds the list at all (cheaper
    than a find per item over a long text)."""
    return re.compile("|".join(map(re.escape, _short_items(items))))


@cache
def _short_items(items: tuple[str, ...]) -> tuple[str, ...]:
    """A list's items without 中国特色社会主义: lines naming one are worth reading."""
    return tuple(sorted({it.removeprefix(_CHINA_PREFIX) for it in items}))


def _core_values(text: Text, f: Formulation) -> Iterator[Finding]:
    """The 24 characters in three groups of four: a wrong group is reported by itself
    (自由、平等、公平、法治), with the group's right wording as its fix."""
    groups = [f.items[k:k + 4] for k in range(0, len(f.items), 4)]
    full = "，".join("、".join(g) for g in groups)
    for i in text.lines_containing(("富强",)):
        plain = text.plain[i]
        for m in _CORE_VALUES_RUN.finditer(plain):
            spans, pos = [], m.start()
            for part in m.group(0).split("，"):
                spans.append((pos, pos + len(part), part.split("、")))
                pos += len(part) + 1
            if len(spans[0][2]) >= 10:  # all twelve joined by 、
                start, end, toks = spans[0]
                if toks[:12] != list(f.items):
                    yield _report(text, i, start, start + len("、".join(toks[:12])),
                                  f.name, full)
                continue
            # Grouped: only when the second group is the social values (not 富强、民主、
            # 文明、和谐、美丽, the 现代化强国 goal).
            if len(spans) < 2 or len(set(spans[1][2]) & set(groups[1])) < 2:
                continue
            for (start, end, toks), right in zip(spans[:3], groups, strict=False):
                if right is groups[-1] and len(toks) > 4:
                    toks = toks[:4]
                    end = start + len("、".join(toks))
                if toks != list(right):
                    yield _report(text, i, start, end, f.name, "、".join(right))


def _sentence(text: Text, f: Formulation) -> Iterator[Finding]:
    """两个维护/两个确立: each clause from its opening words to its last two characters
    must read exactly as the source (坚决维护习近平总书记的核心地位 lacks 党中央的核心)."""
    for item in f.items:
        anchor, tail = item[:7], item[-2:]
        pattern = _name_pattern(anchor)
        for i in text.lines_containing((anchor,)):
            plain = text.plain[i]
            for m in pattern.finditer(plain):
                end = plain.find(tail, m.end(), m.start() + len(item) + 10)
                if end < 0:
                    continue
                if plain[m.start():end + 2] != item:
                    yield _report(text, i, m.start(), end + 2, f.name, item)


# ------------------------------------------------------------------ clauses


def _is_clauses(f: Formulation) -> bool:
    """A formulation of three or more clauses, each two phrases joined by 、 (三个务必,
    伟大建党精神)."""
    return len(f.items) >= 3 and all("、" in it for it in f.items)


_SENTENCE_END = re.compile(r"[。！？；;!?]")


def _sentence_spans(plain: str) -> Iterator[tuple[int, int]]:
    start = 0
    for m in _SENTENCE_END.finditer(plain):
        yield start, m.start()
        start = m.end()
    if start < len(plain):
        yield start, len(plain)


def _clauses(text: Text, f: Formulation) -> Iterator[Finding]:
    """A clause with one phrase right and the other changed (务必敢于斗争、敢于胜利 for
    务必敢于斗争、善于斗争; 对党忠诚、不负韶华 for 对党忠诚、不负人民), where the formulation is
    cited: its name in the sentence, or (its clauses' shared lead 务必 before this one) its
    other clauses beside it — 「敢于斗争、敢于胜利」 on its own is a saying of its own."""
    _, lead = _affix(f.items)
    lead = lead if len(lead) >= 2 else ""
    halves = [tuple(it[len(lead):].split("、", 1)) for it in f.items]
    keys = tuple(h for pair in halves for h in pair)
    others_needed = max(1, len(f.items) - 2)
    for i in text.lines_containing(keys):
        plain = text.plain[i]
        for a, b in _sentence_spans(plain):
            sentence = plain[a:b]
            if not any(k in sentence for k in keys):
                continue
            right = {k for k, (x, y) in enumerate(halves) if f"{lead}{x}、{y}" in sentence}
            named = f.name in sentence
            for k, (x, y) in enumerate(halves):
                if not named and len(right - {k}) < others_needed:
                    continue
                for m in re.finditer(rf"{re.escape(x)}、([\u4e00-\u9fff]{{{len(y)}}})"
                                     rf"|([\u4e00-\u9fff]{{{len(x)}}})、{re.escape(y)}", sentence):
                    if m.group(0) == f"{x}、{y}" or (lead and sentence[
                            max(0, m.start() - len(lead)):m.start()] != lead):
                        continue
                    yield _report(text, i, a + m.start(), a + m.end(), f.name, f"{x}、{y}")


# ------------------------------------------------------------------ named lists


def _named_list(text: Text, f: Formulation) -> Iterator[Finding]:
    """A list of items that share no shape (三会一课: 支部党员大会、支部委员会会议、党小组会、
    党课), read only where the name introduces it (「落实“三会一课”制度，按时召开A、B、C和D」):
    an item left out and another of the items' kind (a meeting: 民主生活会) in its place is
    wrong. The items go by other names too (支委会: the data's aliases)."""
    names = [{it, *(f.aliases[k] if k < len(f.aliases) else ())} for k, it in enumerate(f.items)]
    every = sorted({n for group in names for n in group}, key=len, reverse=True)
    ends = {it[-1] for it in f.items}
    for i in text.lines_containing((f.name,)):
        plain = text.plain[i]
        for at in (m.end() for m in _name_pattern(f.name).finditer(plain)):
            end = min((m.start() for m in _SENTENCE_END.finditer(plain, at)), default=len(plain))
            run = next((r for r in _RUN.finditer(plain, at, end)
                        if sum(any(t.endswith(n) for n in every) for t in r.group(0).split("、"))
                        >= 2), None)
            if run is None or "、" in plain[at:run.start()] or run.start() - at > 16:
                continue
            tokens = run.group(0).split("、")
            last = _AND_LAST.split(tokens[-1])
            tokens[-1:] = [t for t in last if t]
            first = next((n for n in every if tokens[0].endswith(n)), None)
            if first is None:
                continue
            start = run.start() + len(tokens[0]) - len(first)
            tokens[0] = first
            which = [next((k for k, g in enumerate(names) if any(t.endswith(n) for n in g)),
                          None) for t in tokens]
            told = plain[at:end]  # an item told elsewhere in the sentence is not missing
            missing = {k for k, g in enumerate(names) if k not in which
                       and not any(n in told for n in g)}
            strangers = [t for t, k in zip(tokens, which, strict=True)
                         if k is None and t[-1:] in ends and len(t) <= 8]
            if missing and strangers and len(strangers) == which.count(None):
                fix = "、".join(f.items)
                yield _report(text, i, start, run.end(), f.name, fix)


def _wrong_suffix(text: Text) -> Iterator[Finding]:
    """A formulation named with the wrong tail: “五位一体”战略布局 (总体布局)."""
    for f in text.terms.formulations:
        if len(f.suffix) < 3:
            continue
        head, tail = f.suffix[:-2], f.suffix[-2:]
        pattern = re.compile(
            rf"[“「]?{re.escape(f.name)}[”」]?([\u4e00-\u9fff]{{{len(head)}}}){tail}")
        for i in text.lines_containing((f.name,)):
            plain = text.plain[i]
            for m in pattern.finditer(plain):
                if m.group(1) == head:
                    continue
                excerpt = text.lines[i][m.start():m.end()]
                fix = excerpt[:m.start(1) - m.start()] + head + tail
                yield finding("term.canonical", "error", i, m.start(), excerpt,
                              f"“{f.name}”应称“{f.name}{f.suffix}”", fix)


# ------------------------------------------------------------------ fixed names

_TITLES = ("习总书记", "习主席", "总书记", "主席", "同志")


@cache
def _name_patterns(terms: Terms) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Per fixed name of 5+ characters: its first and last character around any others,
    read as one replaced character when exactly one differs."""
    return tuple((n.name, re.compile(
        re.escape(n.name[0]) + rf"[\u4e00-\u9fff]{{{len(n.name) - 2}}}" + re.escape(n.name[-1])))
        for n in terms.names if len(n.name) >= 5)


@cache
def _cut_pattern(head: str, core: str) -> re.Pattern[str]:
    """The head and the core's first two and last two characters, with up to four
    characters more or fewer between them than the core has."""
    inner = len(core) - 4
    return re.compile(re.escape(head + core[:2]) + rf"[\u4e00-\u9fff]{{{max(0, inner - 4)},"
                      rf"{inner + 4}}}?" + re.escape(core[-2:]))


@cache
def _variant_pattern(terms: Terms) -> re.Pattern[str] | None:
    words = sorted((v.wrong for v in terms.variants), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words))) if words else None


def _names(text: Text) -> Iterator[Finding]:
    terms = text.terms
    for n in terms.names:
        if not n.core or not n.head:
            continue
        pattern = _name_pattern(n.core)
        for i in text.lines_containing((n.core,)):
            plain = text.plain[i]
            for m in pattern.finditer(plain):
                before = plain[max(0, m.start() - 4):m.start()]
                if before.endswith(n.head):
                    continue
                title = next((t for t in _TITLES if before.endswith(t)), "")
                yield _report(text, i, m.start() - len(title), m.end(), n.name,
                              n.head + n.core)
        # the head kept, part of the core dropped or changed (习近平新时代社会主义思想)
        cut = _cut_pattern(n.head, n.core)
        for i in text.lines_containing((n.head + n.core[:2],)):
            for m in cut.finditer(text.plain[i]):
                if m.group(0) != n.name:
                    yield _report(text, i, m.start(), m.end(), n.name, n.name)
    for name, pattern in _name_patterns(terms):
        for i in text.lines_with(pattern, plain=True):
            plain = text.plain[i]
            for m in pattern.finditer(plain):
                diff = [k for k, (a, b) in enumerate(zip(m.group(0), name, strict=True))
                        if a != b]
                if len(diff) == 1 and diff[0] > 0:
                    yield _report(text, i, m.start(), m.end(), name, name)
    variants = _variant_pattern(terms)
    if variants is not None:
        right = {v.wrong: v.right for v in terms.variants}
        for i in text.lines_containing(tuple(right)):
            for m in variants.finditer(text.plain[i]):
                yield _report(text, i, m.start(), m.end(), right[m.group(0)], right[m.group(0)])
