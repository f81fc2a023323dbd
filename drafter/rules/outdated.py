"""term.outdated: guidance superseded before the document's date, presented as current.

Kinds (issue 12, kind 1), each dated by drafter/data/terms.toml:
- an earlier 党代会 or plenum as the guiding spirit (十九大精神 in 2024; a list of
  二十届 plenums that stops before the latest one held);
- a 「以……为指导」 clause whose newest thought is not the one in force
  (以邓小平理论和“三个代表”重要思想为指导 in 2024);
- a congress spoken of as upcoming after it was held (迎接党的二十大胜利召开 in 2025);
- an NPC/CPPCC session dated to another year (十四届全国人大二次会议将于2025年…召开), or
  cited as current after a later one met;
- a year placed in the wrong five-year plan (2026年是“十四五”攻坚之年), or called its
  开局/收官 year when it is not; a plan (a sector's too: “十三五”体育发展规划) that ended
  more than a year before cited as the task at hand (总结“十三五”规划实施经验 in 2023), or
  in the year after its end its targets as still to reach (确保“十四五”…目标全面完成 in 2026);
- a party-wide campaign presented as current work in a later year (开展党史学习教育 in 2026);
- a goal achieved, presented as future (为全面建成小康社会打下坚实基础 in 2022);
- a regulation cited after it was replaced (《国家行政机关公文处理办法》 after 2012-07-01).
History (党的十八大以来, “十四五”期间) and sentences that quote a form to forbid it stay silent.
A congress's or plenum's spirit is judged at the document's stated date, an undated text at
the start of its year, and a summary at the start of the period it looks back over: the
plenum a unit studied during 2025 is history in its 2025 summary (_guidance_cutoff) — but
the part of a summary that looks ahead (下一步, 工作打算) is judged as a plan is (_ahead)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import cache

from drafter.kinds import RETROSPECTIVE
from drafter.numbering import parse_cn_numeral
from drafter.rules.model import Finding, Text, finding, quoted_to_forbid
from drafter.terms import Named, Terms

_HISTORY = re.compile(r"以来|期间|召开|胜利|闭幕|之后|前夕")
_PAST = re.compile(r"以来|期间|之后|以后|成果|回顾|总结|曾|已经|已于|先后|此前|当年|历史")


def outdated(text: Text) -> Iterator[Finding]:
    """term.outdated: every kind of the module docstring against the document's date
    (none without a date); meta mentions dropped."""
    when = text.doc_date
    if when is None:
        return
    found: list[Finding] = []
    found += _stale_congresses(text, when)
    found += _thoughts(text, when)
    found += _upcoming_congress(text, when)
    found += _unheld_congress(text, when)
    found += _sessions(text, when)
    found += _periods(text, when)
    found += _plans_cited(text, when)
    found += _campaigns(text, when)
    found += _goals(text, when)
    found += _superseded(text, when)
    found += _revised(text, when)
    for f in found:
        if not quoted_to_forbid(text.lines[f.line - 1], f.col - 1, f.col - 1 + len(f.excerpt)):
            yield f


def _report(text: Text, i: int, start: int, end: int, message: str) -> Finding:
    return finding("term.outdated", "warning", i, start, text.lines[i][start:end], message)


# ------------------------------------------------------------------ congresses and plenums


# A text that looks back over its period (a 工作总结, a 创建汇报, a 述职报告): the spirit it
# studied during that period is history, not its guidance for the future.
_LOOKS_BACK_TITLE = re.compile(r"总结|汇报|述职|报告|回顾")
# A sentence narrating an earlier year: 「2024年，我们深入学习贯彻……」, 「去年……」.
_NARRATED_YEAR = re.compile(
    r"^[^，,]{0,6}?((?:19|20)\d\d)年(?:以来|来|，|,|我|全|在|上半年|下半年)")
_LAST_YEAR = re.compile(r"^[^，,]{0,6}?(?:去年|上年|上一年)")


def _looks_back(text: Text) -> bool:
    if text.facts is not None:
        return text.facts.doc.kind in RETROSPECTIVE
    title = next((line for line in text.lines[:3] if line.strip()), "")
    return _LOOKS_BACK_TITLE.search(title) is not None


def _guidance_cutoff(text: Text, when: date) -> date:
    """The date a congress's or plenum's spirit is judged at: a later meeting held before
    it makes the spirit outdated. A dated plan is judged at its date; an undated text at
    the start of its year (it may well have been written then); a summary at the start of
    the period it looks back over (a plenum that was the latest one during that period is
    what the unit studied then)."""
    if _looks_back(text):
        period = text.facts.doc.period if text.facts is not None else None
        if period is not None:
            return period.start
        year = text.year if text.year is not None and text.year <= when.year else when.year
        return date(year, 1, 1)  # a 2025 summary dated 2026-01-08 looks back over 2025
    if text.stated_date is None:
        return date(when.year, 1, 1)
    return when


# The part of a look-back text that looks ahead: 「五、下一步工作打算」, 「2025年工作思路」.
_AHEAD_HEADING = re.compile(r"下一步|下步|今后|明年|打算|思路|展望|努力方向|工作安排|工作计划")
_AHEAD_SENTENCE = re.compile(r"^[^，,]{0,6}?(?:下一步|下步|今后|明年|新的一年)")


def _ahead(text: Text, i: int, start: int) -> bool:
    """Whether (line i, column start) of a look-back text speaks of the time after it: its
    sentence opens with 下一步/今后/明年, or its section's top heading announces the plans."""
    plain = text.plain[i]
    head = plain[max(plain.rfind(c, 0, start) for c in "。！？；") + 1:start]
    if _AHEAD_SENTENCE.search(head):
        return True
    for k in range(i, -1, -1):
        mark = text.headings[k]
        if mark is not None and mark.level == 1:
            return _AHEAD_HEADING.search(text.plain[k]) is not None
    return False


def _line_cutoff(text: Text, i: int, start: int, when: date, cutoff: date) -> date:
    """The cutoff at one place: a look-back text's own plans are judged as a plan is."""
    if cutoff < when and _looks_back(text) and _ahead(text, i, start):
        return when if text.stated_date is not None else max(cutoff, date(when.year, 1, 1))
    return cutoff


def _sentence_cutoff(plain: str, start: int, cutoff: date) -> date:
    """An earlier cutoff for a sentence narrating an earlier year (2024年，我们…)."""
    head = plain[max(plain.rfind(c, 0, start) for c in "。！？；") + 1:start]
    m = _NARRATED_YEAR.search(head)
    if m is not None and int(m.group(1)) < cutoff.year:
        return date(int(m.group(1)), 1, 1)
    if _LAST_YEAR.search(head):
        return min(cutoff, date(cutoff.year - 1, 1, 1))
    return cutoff


def _stale_congresses(text: Text, when: date) -> Iterator[Finding]:
    """An earlier 党代会 (or a plenum of its Central Committee) as the guiding spirit,
    once a later congress was held before the cutoff (_guidance_cutoff)."""
    cutoff = _guidance_cutoff(text, when)
    congresses = sorted(text.terms.congresses, key=lambda s: s.start)
    held = [c for c in congresses if c.end < when]
    if not held:
        return
    # Every congress superseded by the document's date; each match is then judged at
    # its own cutoff (a narrated year moves it back).
    names = {c.name: c for c in held[:-1]}
    names.update({c.name.removesuffix("大") + "届": c for c in held[:-1]})
    if names:
        alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        pattern = re.compile(rf"(?:党的)?((?:{alternatives})(?:及|和)?[^。；，]{{0,24}}?精神)")
        for i in text.lines_containing(tuple(names)):
            plain = text.plain[i]
            for m in pattern.finditer(plain):
                tail = plain[m.end():m.end() + 8]
                head = plain[max(0, m.start() - 6):m.start()]
                if _HISTORY.search(tail) or _HISTORY.search(m.group(0)) or "回顾" in head:
                    continue
                named = names[next(n for n in names if m.group(1).startswith(n))]
                at = _sentence_cutoff(plain, m.start(),
                                      _line_cutoff(text, i, m.start(), when, cutoff))
                if not any(c.start > named.start and c.end < at for c in congresses):
                    continue
                yield _report(text, i, m.start(1), m.end(1),
                              f"成文于{when.year}年的文件仍以“{m.group(1)}”为指导，已过时；"
                              f"应为“{text.terms.guiding_sentence(at)}”")
    yield from _stale_plenums(text, when, cutoff)


_PLENUM_NUMBER = re.compile(r"([一二三四五六七八九])中")


def _stale_plenums(text: Text, when: date, cutoff: date) -> Iterator[Finding]:
    """A list of the current congress's plenums that stops before the latest one held
    by the cutoff (without 历次); the current congress is the latest held by each
    match's own cutoff."""
    congresses = sorted(text.terms.congresses, key=lambda c: c.start)
    held_by_doc = [c for c in congresses if c.end < max(when, cutoff)]
    for congress in held_by_doc[-2:]:
        term = congress.name.removesuffix("大") + "届"
        plenums = [p for p in sorted(text.terms.plenums, key=lambda p: p.start)
                   if p.name.startswith(term)]
        if not plenums:
            continue
        pattern = re.compile(rf"{re.escape(term)}((?:[一二三四五六七八九]中[、和]?)+)全会精神")
        for i in text.lines_containing((term,)):
            plain = text.plain[i]
            for m in pattern.finditer(plain):
                at = _sentence_cutoff(plain, m.start(),
                                      _line_cutoff(text, i, m.start(), when, cutoff))
                current = [c for c in congresses if c.end < at]
                if not current or current[-1] is not congress:
                    continue
                held = [p for p in plenums if p.end < at]
                if not held:
                    continue
                last = parse_cn_numeral(held[-1].name.removeprefix(term)[0])  # 4 of 四中全会
                named = [parse_cn_numeral(k) for k in _PLENUM_NUMBER.findall(m.group(1))]
                if last is not None and max(n or 0 for n in named) < last:
                    yield _report(text, i, m.start(), m.end(),
                                  f"成文时{held[-1].name}已召开，“{m.group(0)}”的表述已过时；"
                                  f"应为“{text.terms.guiding_sentence(at)}”")


_UPCOMING = re.compile(r"(?:迎接|喜迎|献礼|迎|即将召开的)(?:党的)?([一二三四五六七八九十]+大)"
                       r"(?:的)?(?:胜利)?(?:召开)?")


_BACK_THEN = re.compile(r"上半年|年初|前期|此前|当时|曾|回顾|去年")


def _upcoming_congress(text: Text, when: date) -> Iterator[Finding]:
    """A congress spoken of as upcoming after it was held; a summary of the year in which
    it was held may narrate the run-up (喜迎二十大 in a 2022 summary)."""
    starts = {c.name: c.start for c in text.terms.congresses}
    cutoff = min(when, _guidance_cutoff(text, when)) if _looks_back(text) else when
    for i in text.lines_containing(("迎", "即将召开")):
        for m in _UPCOMING.finditer(text.plain[i]):
            start = starts.get(m.group(1))
            told = text.plain[i][max(0, m.start() - 15):m.start()]
            if _BACK_THEN.search(told):
                continue  # 「上半年，我们以迎接党的二十大胜利召开为主线」: narrated
            at = _line_cutoff(text, i, m.start(), when, cutoff)
            if start is not None and text.stated_date is None and start.year == when.year:
                continue  # only the year is known: before the congress, or after?
            if start is not None and start <= at and m.group(0) != "迎" + m.group(1):
                yield _report(text, i, m.start(), m.end(),
                              f"党的{m.group(1)}已于{start.year}年{start.month}月召开，"
                              f"成文于{when.year}年的文件不应再写“{m.group(0)}”")


_UNHELD = re.compile(r"(?:学习|宣传|贯彻|落实|领会)[^。；，]{0,8}?(?:党的)?"
                     r"([一二三四五六七八九十]+大)精神")
_ONCE_HELD = re.compile(r"召开后|召开以后|召开之后|胜利召开|闭幕后|待.{0,6}召开")


def _unheld_congress(text: Text, when: date) -> Iterator[Finding]:
    """The next congress's spirit studied as if it had been held (深入学习宣传贯彻党的二十一
    大精神 in a plan dated February 2027): the one after the latest congress terms.toml
    knows is held five years after it (《中国共产党章程》第十九条: 每五年举行一次), so a
    document dated before that anniversary cannot study it yet — unless the sentence says
    after it meets (党的二十一大召开后，…). Silent from the anniversary on: the date is not
    known. A blind24 reader."""
    congresses = sorted(text.terms.congresses, key=lambda c: c.start)
    if not congresses:
        return
    latest = congresses[-1]
    number = parse_cn_numeral(latest.name.removesuffix("大"))
    if number is None:
        return
    due = latest.start.replace(year=latest.start.year + 5)
    if when >= due:
        return
    for i in text.lines_containing(("大精神",)):
        plain = text.plain[i]
        for m in _UNHELD.finditer(plain):
            if parse_cn_numeral(m.group(1).removesuffix("大")) != number + 1:
                continue
            sentence = plain[plain.rfind("。", 0, m.start()) + 1:m.end()]
            if _ONCE_HELD.search(sentence):
                continue
            yield _report(text, i, m.start(1), m.end(0),
                          f"党的{m.group(1)}尚未召开（上一次是{latest.start.year}年的党的"
                          f"{latest.name}，每五年举行一次），成文于{when.year}年{when.month}月"
                          f"的文件不能写学习贯彻“{m.group(1)}精神”；可写“党的{m.group(1)}召开后，"
                          f"及时学习宣传贯彻大会精神”")


# ------------------------------------------------------------------ guiding thoughts


@cache
def _thought_pattern(terms: Terms) -> re.Pattern[str]:
    names = sorted((t.name for t in terms.thoughts), key=len, reverse=True)
    one = "|".join(re.escape(n).replace("“", "[“\"]?").replace("”", "[”\"]?") for n in names)
    return re.compile(rf"以((?:{one})(?:(?:[、和及与，]|以及)(?:{one}))*)为(?:指导|指针|行动指南)")


def _thoughts(text: Text, when: date) -> Iterator[Finding]:
    thoughts = [t for t in text.terms.thoughts if t.since <= when]
    if not thoughts:
        return
    newest = max(thoughts, key=lambda t: t.since)
    pattern = _thought_pattern(text.terms)
    for i in text.lines_containing(("为指导", "为指针", "为行动指南")):
        for m in pattern.finditer(text.plain[i]):
            named = m.group(1).replace("\"", "")
            if newest.name.replace("“", "").replace("”", "") in named.replace("“", "").replace(
                    "”", ""):
                continue
            yield _report(text, i, m.start(), m.end(),
                          f"成文于{when.year}年的文件仍“{m.group(0)}”，缺少{newest.name}，已过时；"
                          f"应为“{text.terms.guiding_sentence(when)}”")


# ------------------------------------------------------------------ NPC and CPPCC sessions

_BODY = r"(全国人大|全国人民代表大会|全国政协|全国人民政治协商会议(?:全国委员会)?)"
_SESSION = re.compile(
    rf"第?(十[一二三四五六七八九]?)届{_BODY}(?:第)?([一二三四五六七八九])次(?:全体)?会议"
    rf"|{_BODY}(十[一二三四五六七八九]?)届([一二三四五六七八九])次会议")
_STATED_YEAR = re.compile(r"((?:19|20)\d\d)年")


def _sessions(text: Text, when: date) -> Iterator[Finding]:
    sessions = text.terms.sessions
    if not sessions:
        return
    bodies = ("全国人大", "全国人民代表大会", "全国政协", "全国人民政治协商")
    for i in text.lines_containing(bodies):
        plain = text.plain[i]
        for m in _SESSION.finditer(plain):
            term_cn, body, number_cn = (m.group(1, 2, 3) if m.group(1) else m.group(5, 4, 6))
            body = "全国人大" if "人" in body[:3] and "政治" not in body else "全国政协"
            term, number = parse_cn_numeral(term_cn), parse_cn_numeral(number_cn)
            same = [s for s in sessions if s.body == body and s.term == term]
            this = next((s for s in same if s.number == number), None)
            if this is None:
                continue
            sentence_end = min((k for k in (plain.find(c, m.end()) for c in "。；") if k >= 0),
                               default=len(plain))
            stated = [int(y) for y in _STATED_YEAR.findall(plain[m.end():sentence_end])]
            if stated and stated[0] != this.start.year and "将" in plain[m.end():sentence_end]:
                yield _report(text, i, m.start(), m.end(),
                              f"{this.name}于{this.start.year}年召开，"
                              f"不是{stated[0]}年（疑为套用旧稿）")
                continue
            if not plain.startswith("精神", m.end()) or _PAST.search(
                    plain[max(0, m.start() - 8):m.start()]):
                continue
            later = [s for s in sessions if s.body == body and s.end < when
                     and (s.term, s.number) > (this.term, this.number)]
            if later:
                latest = max(later, key=lambda s: (s.term, s.number))
                yield _report(text, i, m.start(), m.end() + 2,
                              f"成文时{latest.name}已召开，“{m.group(0)}精神”已不是最新的会议精神")


# ------------------------------------------------------------------ five-year plans

_PERIOD = re.compile(r"((?:19|20)\d\d年|今年|明年)是[^，。；]{0,10}?(“?(十[一二三四五六七八九]五)”?"
                     r"(?:规划|时期)?[^，。；“”]{0,8}?([\u4e00-\u9fff]{2})(?:之|一)年)")
_FIRST = ("开局", "起步", "开篇", "启动", "首年")
_LAST = ("收官", "决胜", "完成", "冲刺", "终结")


def _periods(text: Text, when: date) -> Iterator[Finding]:
    periods = {p.name: p for p in text.terms.periods}
    if not periods:
        return
    for i in text.lines_containing(("之年", "一年")):
        for m in _PERIOD.finditer(text.plain[i]):
            period = periods.get(m.group(3))
            if period is None:
                continue
            said = m.group(1)
            year = when.year + (1 if said == "明年" else 0) if said in ("今年", "明年") \
                else int(said[:4])
            if not period.first <= year <= period.last:
                right = next((p.name for p in periods.values() if p.first <= year <= p.last),
                             "")
                message = f"{year}年不在“{period.name}”时期（{period.first}—{period.last}年）内" \
                    + (f"，属于“{right}”时期" if right else "")
            elif m.group(4) in _FIRST and year != period.first:
                message = f"“{period.name}”的开局之年是{period.first}年，不是{year}年"
            elif m.group(4) in _LAST and year != period.last:
                message = f"“{period.name}”的收官之年是{period.last}年，不是{year}年"
            else:
                continue
            yield _report(text, i, m.start(2), m.end(2), message + "（疑为套用旧稿）")


# A five-year plan cited as the current task or experience: 「总结“十三五”规划实施经验」,
# 「落实“十三五”规划确定的目标任务」, 「紧扣“十三五”体育发展规划确定的目标任务」 in 2023.
# History (期间, 以来, 圆满完成) is fine.
_PLAN_CITED = re.compile(
    r"(?:总结|落实|实施|推进|贯彻|执行|对标|对照|围绕|按照|依据|根据|确保完成|完成好|抓好|"
    r"紧扣|紧盯|聚焦|锚定|瞄准|对接|确保|完成|实现|推动|促进)(?:好)?"
    r"(“?(十[一二三四五六七八九]五)”?[\u4e00-\u9fff]{0,12}?(?:规划"
    r"(?:[\u4e00-\u9fff]{1,6}?(?=[，,。；;、：:]|$))?|经验))")
# The plan, or (summed up) the period's work: 「总结“十三五”检验检测工作经验」 in 2024.
_PLAN_NAMED = re.compile(r"十[一二三四五六七八九]五”?[\u4e00-\u9fff]{0,12}(?:规划|经验)")
_PLAN_HISTORY = re.compile(r"期间|以来|时期|收官|圆满|顺利|胜利|已|曾|回顾|取得|完成了|实现了")
# In the year after a plan's end it is summed up and measured against, no longer carried
# out: 「总结“十四五”规划实施经验」 in 2026 is right, 「确保“十四五”规划目标全面完成」 is not.
_LOOKING_BACK = ("总结", "对照", "对标")
# A plan's close aimed at (实现/确保…圆满收官) is its targets still to reach.
_AIMING = ("实现", "确保", "推动", "促进", "完成好", "抓好")
_AIMED = ("收官", "圆满", "顺利")


def _plans_cited(text: Text, when: date) -> Iterator[Finding]:
    """A five-year plan that ended before the document cited as the task at hand, or, more
    than a year after its end, as current experience; in the year after its end it may
    still be summed up or measured against (_LOOKING_BACK)."""
    periods = {p.name: p for p in text.terms.periods}
    cutoff = _guidance_cutoff(text, when)
    for i in text.lines_with(_PLAN_NAMED, plain=True):
        plain = text.plain[i]
        told = [m.span(2) for m in _PERIOD.finditer(plain)]  # _periods' own findings
        for m in _PLAN_CITED.finditer(plain):
            period = periods.get(m.group(2))
            if period is None or ("规划" not in m.group(1)
                                  and not plain.startswith("总结", m.start())):
                continue  # the period's 经验 only as summed up
            # The year spoken of: a summary's own year, a narrated year (2025年，我们…).
            year = _sentence_cutoff(plain, m.start(),
                                    _line_cutoff(text, i, m.start(), when, cutoff)).year
            if year <= period.last:
                continue
            if any(a < m.end(1) and m.start(1) < b for a, b in told):
                continue
            head = plain[max(plain.rfind(c, 0, m.start()) for c in "。！？；") + 1:m.start()]
            tail = plain[m.end(1):m.end(1) + 10]
            said = _PLAN_HISTORY.findall(m.group(1)) + _PLAN_HISTORY.findall(tail)
            if plain[m.start():m.start(1)] in _AIMING and all(h in _AIMED for h in said):
                said = []  # 「奋力实现“十四五”规划圆满收官」: the close aimed at, not told
            if _PLAN_HISTORY.search(head) or said:
                continue
            if year == period.last + 1:
                if plain[m.start():m.start(1)].removesuffix("好") in _LOOKING_BACK:
                    continue
                yield _report(text, i, m.start(1), m.end(1),
                              f"“{period.name}”规划（{period.first}—{period.last}年）已于"
                              f"{period.last}年结束，{year}年的工作不应再以完成它的"
                              f"目标为任务（疑为套用旧稿）")
                continue
            yield _report(text, i, m.start(1), m.end(1),
                          f"“{period.name}”规划（{period.first}—{period.last}年）早已结束，"
                          f"成文于{when.year}年的文件不应再把它作为当前的工作依据或经验"
                          f"（疑为套用旧稿）")


# ------------------------------------------------------------------ campaigns and goals

_CURRENT_WORK = re.compile(r"开展|启动|抓好|推进")


@cache
def _campaign_pattern(name: str) -> re.Pattern[str]:
    return re.compile(re.escape(name).replace("“", "[“\"]?").replace("”", "[”\"]?"))


@cache
def _core(name: str) -> tuple[str, ...]:
    """The longest quote-free piece of a name, for the literal pre-search."""
    return (max(re.split(r"[“”《》]", name), key=len),)


def _campaigns(text: Text, when: date) -> Iterator[Finding]:
    # a summary or report tells the year it covers: a campaign of that year is its work
    # (a 2025 summary dated 2026-01-12 tells 3月至7月开展…学习教育, a blind21 model answer)
    doc = text.facts.doc if text.facts is not None else None
    year = doc.year if doc is not None and doc.kind in ("work_summary", "creation_report") \
        else when.year
    for c in text.terms.campaigns:
        if c.until is None or year <= c.until.year:
            continue
        pattern = _campaign_pattern(c.name)
        for i in text.lines_containing(_core(c.name)):
            plain = text.plain[i]
            for m in pattern.finditer(plain):
                before = plain[max(0, m.start() - 6):m.start()]
                after = plain[m.end():m.end() + 6]
                if not _CURRENT_WORK.search(before) or _PAST.search(before + after):
                    continue
                if _STATED_YEAR.search(plain[max(0, m.start() - 20):m.start()]):
                    continue  # 「2021年，开展党史学习教育」: history with its year
                yield _report(text, i, m.start(), m.end(),
                              f"{c.name}已于{c.until.year}年结束，成文于{when.year}年的文件"
                              f"不应再把它作为当前工作部署")


# Words that make a goal a future one: 为/确保/决胜…全面建成小康社会, 打赢脱贫攻坚战.
# 如期 may stand between (确保如期全面建成小康社会).
_GOAL_LEAD = re.compile(r"(?:(?:为|确保|决胜|夺取|冲刺|迈向|助力|奋力|打赢|打好)(?:如期)?"
                        r"|如期(?:实现)?)$")


# The last push before a goal's year (决胜全面建成小康社会, 决战脱贫攻坚) is over once that
# year is (`until`), even before the goal was declared achieved.
_PUSH_LEAD = re.compile(r"(?:决胜|决战|冲刺)(?:如期)?$")
_PUSH_DONE = re.compile(r"取得|成就|胜利|决定性|圆满|完成|之年|阶段|时期|期间|了")
_ACHIEVED = re.compile(r"取得|成就|决定性")


def _goals(text: Text, when: date) -> Iterator[Finding]:
    for g in text.terms.goals:
        if g.since > when:
            if g.until is not None and g.until <= when:
                yield from _pushes(text, when, g)
            continue
        for i, start, end, after in _led(text, g.name, _GOAL_LEAD, 6):
            if _PAST.search(after) or "了" in after or _ACHIEVED.search(after):
                continue  # 「为全面建成小康社会作出了贡献」, 「…取得决定性成就」: history
            yield _report(text, i, start, end,
                          f"“{g.name}”已于{g.since.year}年实现，成文于{when.year}年的文件"
                          f"不应再把它作为奋斗目标")


def _pushes(text: Text, when: date, g: Named) -> Iterator[Finding]:
    for i, start, end, after in _led(text, g.name, _PUSH_LEAD, 4):
        if _PAST.search(after) or _PUSH_DONE.search(after):
            continue
        yield _report(text, i, start, end,
                      f"“{text.plain[i][start:end]}”是{g.until.year - 1}年及以前的提法，"
                      f"成文于{when.year}年的文件不应再把它作为当前任务")


def _led(text: Text, name: str, lead: re.Pattern[str], width: int
         ) -> Iterator[tuple[int, int, int, str]]:
    """Each mention of a goal `name` that `lead` (ending within `width` characters before
    it: 为, 决胜…) leads into, as (line, start of the lead, end, the 8 characters after)."""
    pattern = _campaign_pattern(name)
    for i in text.lines_containing(_core(name)):
        plain = text.plain[i]
        for m in pattern.finditer(plain):
            found = lead.search(plain[max(0, m.start() - width):m.start()])
            if found is not None:
                yield i, m.start() - len(found.group(0)), m.end(), plain[m.end():m.end() + 8]


_PRC = "中华人民共和国"


@cache
def _regulation_pattern(name: str) -> re.Pattern[str]:
    """《name》, a law also by its short title (《合同法》 for 《中华人民共和国合同法》)."""
    short = name.removeprefix(_PRC)
    head = f"(?:{_PRC})?" if short != name else ""
    return re.compile(f"《{head}{re.escape(short)}》")


def _cited(text: Text, word: str, pattern: re.Pattern[str], told: str,
           message: str) -> Iterator[Finding]:
    """Each citation `pattern` finds on a line holding `word`, unless the words around it
    tell it as the old one (`told`: 原…, …已废止, 对照…)."""
    for i in text.lines_containing((word,)):
        plain = text.plain[i]
        for m in pattern.finditer(plain):
            if not re.search(told, plain[max(0, m.start() - 6):m.end() + 8]):
                yield _report(text, i, m.start(), m.end(), message)


def _superseded(text: Text, when: date) -> Iterator[Finding]:
    for s in text.terms.superseded:
        if s.since <= when:
            yield from _cited(text, s.name.removeprefix(_PRC) + "》",
                              _regulation_pattern(s.name), r"原|废止|停止执行|取代|代替|替代",
                              f"《{s.name}》已于{s.since.year}年{s.since.month}月{s.since.day}日"
                              f"停止执行，应依据《{s.other}》")


@cache
def _edition_pattern(name: str, edition: int) -> re.Pattern[str]:
    """「2018年修订的《name》」, 「2018版《name》」, 「《name》（2018年修订）」."""
    title = f"《{re.escape(name)}》"
    return re.compile(rf"{edition}年?(?:新修订|修订|修正|版|印发|颁布|发布)?(?:后)?的?{title}"
                      rf"|{title}[（(]{edition}年?(?:修订|修正)?版?[)）]")


def _revised(text: Text, when: date) -> Iterator[Finding]:
    for r in text.terms.revised:
        if r.since <= when:
            yield from _cited(text, r.name + "》", _edition_pattern(r.name, r.edition),
                              r"原|废止|停止执行|取代|代替|替代|对照|比较|相比",
                              f"{r.edition}年版《{r.name}》已于{r.since.year}年{r.since.month}月"
                              f"{r.since.day}日被修订后的版本取代，应依据{r.other}")
