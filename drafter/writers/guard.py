"""The guard: every model answer is checked against the facts; findings go back to the
model as repair turns that quote them; what is still wrong is fixed deterministically
where a fix exists, and every remaining unsourced number becomes a visible
【待补充：…】 marker. An answer that is not mostly Chinese is refused like a rule
violation: a repair turn, then the built-in text. Nothing passes silently: the report
says what was done.

Style warnings (rules.ADVISORY: style.repeated, style.doubled_unit, style.unit_words,
style.empty_phrases) are reported in the note; they ride along in a repair turn that
errors call for and their fixes are applied, but they never call for a repair turn,
drop a sentence or make the guard fall back to the built-in text."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field

from drafter.facts import Facts, Slogan, format_number
from drafter.kinds.notes import placed, untied
from drafter.kinds.text import unquoted
from drafter.numbering import cn_numeral
from drafter.rules import ADVISORY, Finding, apply_fixes, check
from drafter.rules import check as check_text
from drafter.terms import load_terms
from drafter.writers import answers

MARKED = ("number.unsourced", "number.placeholder")
NOT_CHINESE = "language.chinese"
"""The rule name of an answer that is not mostly Chinese (checked here, not in rules/)."""
Repair = Callable[[Sequence[Finding], str], Awaitable[str]]


@dataclass
class GuardReport:
    repair_turns: int = 0
    first: list[str] = field(default_factory=list)  # rules found in the first answer
    fixed: list[str] = field(default_factory=list)  # rules fixed deterministically
    marked: list[str] = field(default_factory=list)  # excerpts turned into markers
    dropped: list[str] = field(default_factory=list)  # website phrases removed
    dropped_claims: list[str] = field(default_factory=list)  # unsourced claims removed
    remaining: list[str] = field(default_factory=list)  # rules still reported
    fallback: list[str] = field(default_factory=list)  # rules that made it use the skeleton
    dropped_for: list[str] = field(default_factory=list)  # rules whose sentences were dropped
    restored: list[str] = field(default_factory=list)  # the skeleton's guiding sentence put back
    slogans: list[str] = field(default_factory=list)  # slogans the skeleton's sentence put back
    figures: list[str] = field(default_factory=list)  # figures the skeleton's clauses put back
    markdown: bool = False  # Markdown marks were removed
    style: list[str] = field(default_factory=list)  # style warnings left in the text

    def note(self) -> str:
        parts = ["去除 Markdown 标记"] if self.markdown else []
        if self.first:
            parts.append(f"首稿问题：{'、'.join(sorted(set(self.first)))}")
        if self.repair_turns:
            parts.append(f"返修 {self.repair_turns} 轮")
        if self.fixed:
            parts.append(f"自动修正：{'、'.join(sorted(set(self.fixed)))}")
        if self.dropped:
            parts.append(f"删除网站用语 {len(self.dropped)} 处")
        if self.dropped_claims:
            parts.append(f"删除事实中没有的活动或荣誉 {len(self.dropped_claims)} 处")
        if self.marked:
            parts.append(f"标为待补充 {len(self.marked)} 处")
        if self.dropped_for:
            parts.append(f"删除无法修正的句子（{'、'.join(self.dropped_for)}）")
        if self.restored:
            parts.append("指导思想改用内置表述")
        if self.slogans:
            parts.append(f"补回口号 {len(self.slogans)} 处")
        if self.figures:
            parts.append(f"补回数字 {len(self.figures)} 处")
        if self.fallback == [NOT_CHINESE]:
            parts.append("答复不是中文，改用内置稿")
        elif self.fallback:
            parts.append(f"因{'、'.join(self.fallback)}无法自动修正，改用内置稿")
        if self.remaining:
            parts.append(f"仍有问题：{'、'.join(sorted(set(self.remaining)))}")
        if self.style:
            parts.append(f"文风提示 {len(self.style)} 处：{'、'.join(sorted(set(self.style)))}")
        return "；".join(parts)


def _blocking(findings: Sequence[Finding]) -> list[Finding]:
    """The findings the guard must act on: all but the style warnings (ADVISORY)."""
    return [f for f in findings if f.rule not in ADVISORY]


def _actionable(findings: Sequence[Finding]) -> list[Finding]:
    """The blocking findings a repair turn can act on: not a 【待补充：…】 marker, which
    the reference keeps on purpose or the model sets where the facts contradict each
    other (the user fills it in)."""
    return [f for f in _blocking(findings) if "待补充" not in f.excerpt]


def _errors(text: str, facts: Facts, section: str = "") -> list[Finding]:
    """The language finding for an answer that is not mostly Chinese (then nothing else:
    the rules read Chinese), else the checker's findings less an outdated term the user's
    own tasks name (开展党纪学习教育 in a 2026 summary's points: the export still warns, but
    the guard dropped the model's whole sentence with the 九不准 beside it, blind64)."""
    if not answers.mostly_chinese(text):
        return [Finding(NOT_CHINESE, "error", 1, 1, answers.foreign_excerpt(text),
                        "答复不是中文：公文必须全部使用简体中文书写，不得使用英文或其他外文")]
    return _less_own(check(text, facts, year=facts.doc.year, section=section), facts)


def _less_own(findings: Sequence[Finding], facts: Facts) -> list[Finding]:
    """`findings` less an outdated term the user's own tasks name (_errors)."""
    own = "；".join(w for t in facts.tasks for w in (t.title, *t.points))
    return [f for f in findings
            if not (f.rule == "term.outdated" and f.excerpt and f.excerpt in own)]


_CLAUSE_MARK = "，,；;："


def _drop_claims(lines: list[str], findings: Sequence[Finding], report: GuardReport
                 ) -> list[str]:
    """Drop the clause of each unsourced claim (claim.unsourced), keeping the rest of its
    sentence: 「组织开展“道德讲堂”活动，提升了素质。」 → 「提升了素质。」."""
    out = list(lines)
    for f in sorted(findings, key=lambda f: (f.line, f.col), reverse=True):
        line = out[f.line - 1]
        start = f.col - 1
        if line[start:start + len(f.excerpt)] != f.excerpt:
            continue
        head = max((k + 1 for k, c in enumerate(line[:start]) if c in _CLAUSE_MARK + "。！？"),
                   default=0)
        end = start + len(f.excerpt)
        tail = next((k for k in range(end, len(line)) if line[k] in _CLAUSE_MARK + "。！？"),
                    len(line))
        if tail < len(line) and line[tail] in _CLAUSE_MARK:
            out[f.line - 1] = line[:head] + line[tail + 1:]  # the clause and its comma
        elif head > 0 and line[head - 1] in _CLAUSE_MARK:
            opening = max((k + 1 for k, c in enumerate(line[:head - 1]) if c in "。！？"),
                          default=0)
            if re.fullmatch(r"[\u4e00-\u9fff]{1,6}(?:来|以来|期间|之中|同时)",
                            line[opening:head - 1]):
                # its only other clause a time (多年来，协会先后获得一些荣誉。 → 多年来。, a
                # blind85 replay): the sentence goes
                out[f.line - 1] = line[:opening] + line[tail + 1:]
            else:
                out[f.line - 1] = line[:head - 1] + line[tail:]  # the last clause: 「，Y。」
        else:
            out[f.line - 1] = line[:head] + line[tail + 1:]  # a sentence of one clause
        report.dropped_claims.append(f.excerpt)
    return out


def _mark(lines: list[str], findings: Sequence[Finding], report: GuardReport) -> list[str]:
    """Later columns first so earlier offsets stay valid."""
    for f in sorted(findings, key=lambda f: (f.line, f.col), reverse=True):
        line = lines[f.line - 1]
        start, end = f.col - 1, f.col - 1 + len(f.excerpt)
        if line[start:end] != f.excerpt or "待补充" in f.excerpt:
            continue
        if f.rule == "boilerplate.web":  # a website line is junk as a whole
            lines[f.line - 1] = ""
            report.dropped.append(f.excerpt)
        else:  # an unsourced number says what to do with it (擦亮【待补充：三张】名片 read
            # to a blind reader as a broken marker)
            ask = f"核实“{f.excerpt}”" if f.rule == "number.unsourced" else f.excerpt
            lines[f.line - 1] = f"{line[:start]}【待补充：{ask}】{line[end:]}"
            report.marked.append(f.excerpt)
    return lines


def fix_or_mark(text: str, facts: Facts, report: GuardReport, skeleton: str = "",
                section: str = "") -> str:
    """The deterministic part: unsourced claims dropped, fixes, then markers, then a last
    check for the report. `section`: the heading text of the section the text is."""

    def check(lines: Sequence[str] | str, facts: Facts, *, year: int) -> list[Finding]:
        return _less_own(check_text(lines, facts, year=year, section=section), facts)

    lines = [ln for ln in text.splitlines() if ln.strip()]
    for _ in range(4):
        claims = [f for f in check(lines, facts, year=facts.doc.year)
                  if f.rule == "claim.unsourced"]
        if not claims:
            break
        lines = [ln for ln in _drop_claims(lines, claims, report) if ln.strip()]
    for _ in range(3):
        findings = check(lines, facts, year=facts.doc.year)
        fixes = [f for f in findings if f.fix is not None]
        if not fixes:
            break
        lines = apply_fixes(lines, fixes)
        report.fixed.extend(f.rule for f in fixes)
    findings = check(lines, facts, year=facts.doc.year)
    target = [f for f in findings if f.rule in (*MARKED, "boilerplate.web") and f.fix is None]
    lines = _mark(lines, target, report)
    lines = [ln for ln in lines if ln.strip()]
    left = _actionable(check(lines, facts, year=facts.doc.year))
    if left:
        # No deterministic fix (a miscounted slogan, outdated guidance…): drop the
        # sentences they sit in, keeping the rest of each paragraph.
        report.dropped_for = sorted({f.rule for f in left})
        lines = _drop_sentences(lines, left)
        lines = _restore_guiding(lines, left, facts, skeleton, report)
        lines = [ln for ln in lines if ln.strip()]
    final = check(lines, facts, year=facts.doc.year)
    remaining = [f.rule for f in _actionable(final)]
    # Still wrong, or nothing left: the built-in writer's text is correct by construction.
    if (remaining or not lines) and skeleton:
        built_in = check(skeleton, facts, year=facts.doc.year)
        if not _actionable(built_in):
            report.fallback = sorted(set(remaining))
            report.style = [f.rule for f in built_in if f.rule in ADVISORY]
            return skeleton.strip()
    report.remaining = remaining
    report.style = [f.rule for f in final if f.rule in ADVISORY]
    return "\n".join(lines)


_SENTENCE = re.compile(r"[^。！？]*(?:[。！？]+[”’」』）]*|$)")
_GAP = "\x00"  # where a dropped sentence stood, until _restore_guiding has looked


def _sentences(line: str) -> list[tuple[int, int]]:
    """Spans of the sentences in a paragraph, each with its closing mark and quotes."""
    return [m.span() for m in _SENTENCE.finditer(line) if m.end() > m.start()]


def _drop_sentences(lines: list[str], findings: Sequence[Finding]) -> list[str]:
    """Replace every sentence holding a finding by _GAP."""
    hits: dict[int, set[int]] = {}
    for f in findings:
        hits.setdefault(f.line - 1, set()).update(range(f.col - 1, f.col - 1 + len(f.excerpt)))
    out = list(lines)
    for index, cols in hits.items():
        line = lines[index]
        pieces = [_GAP if cols & set(range(a, b)) else line[a:b] for a, b in _sentences(line)]
        out[index] = "".join(pieces)
    return out


def _restore_guiding(lines: list[str], dropped: Sequence[Finding], facts: Facts,
                     skeleton: str, report: GuardReport) -> list[str]:
    """A section whose skeleton states the guiding thought must keep stating it: when the
    sentence carrying it was dropped for outdated guidance, the skeleton's sentence takes
    the place of the first sentence dropped. Other gaps simply close."""
    required = load_terms().guiding_sentence(facts.doc.date)
    text = "\n".join(lines)
    restore = (required in skeleton and required not in text.replace(_GAP, "")
               and any(f.rule.startswith("term.") for f in dropped) and _GAP in text)
    if restore:
        line = next(ln for ln in skeleton.splitlines() if required in ln)
        sentence = next(line[a:b] for a, b in _sentences(line) if required in line[a:b])
        text = text.replace(_GAP, sentence, 1)
        report.restored.append(sentence)
    return text.replace(_GAP, "").split("\n")


_MD_FENCE = re.compile(r"^\s*```")
_MD_LEAD = re.compile(r"^\s*(?:#{1,6}\s+|>\s?|[-*+•]\s+)")  # heading, quote, bullet
_MD_STRONG = re.compile(r"(\*\*|__)(.+?)\1")


def plain(text: str, report: GuardReport) -> str:
    """Models write Markdown though told not to: keep the words, drop the marks."""
    lines = [_MD_STRONG.sub(r"\2", _MD_LEAD.sub("", line))
             for line in text.splitlines() if not _MD_FENCE.match(line)]
    out = "\n".join(lines)
    if out != text.strip("\n"):
        report.markdown = True
    return out


_SALUTATION = re.compile(r"(?![（(一二三四五六七八九十\d])[^，,。；;！!？?：:\n]{2,40}[：:]")
"""A line that only names whom a document addresses (市文明办：, 尊敬的各位领导：)."""


def unaddressed(text: str, skeleton: str) -> str:
    """`text` without a salutation line it opens with where `skeleton` (the reference)
    opens with none: the document prints its 主送 or 称谓 above the section itself
    (GB/T 9704—2012 §7.3.2), so a model's own 市文明办： says it twice (blind103's LLM
    reader)."""
    first, _, rest = text.strip("\n").partition("\n")
    if _SALUTATION.fullmatch(first.strip()) and rest.strip() \
            and not skeleton.lstrip().startswith(first.strip()):
        return rest
    return text


SLOGAN_DROPPED = "slogan.dropped"


def _says(text: str, slogan: Slogan, items: bool) -> bool:
    """Whether `text` states the slogan: as written, by its quoted name, or with its
    counted name quoted (践行“三个始终” of 践行三个始终), and with all its items when
    `items`."""
    names = re.findall(r"“[^”]+”", slogan.text) or [slogan.text]
    named = (slogan.text in text or all(n in text for n in names)
             or unquoted(slogan.text) in unquoted(text))
    return named and (not items or all(i.rstrip("。；;，,") in text for i in slogan.items))


def dropped_slogans(text: str, facts: Facts, skeleton: str, elsewhere: str = "",
                    section: str = "") -> list[Finding]:
    """A finding for each slogan the reference text states that the answer leaves out
    (with its items, when the reference lists them) and the other sections (`elsewhere`:
    their text, or the reference they start from) do not state either: the issue's rule
    that slogans and their items stay mandatory (two blind34 answers lost 当好“两员” and
    “三个转向”). A slogan stated in another section, or one the notes place or ask to be
    said once, may leave this one (a blind35 answer moved 四个公开 out of 工作目标 into
    the work its notes put it in)."""
    out = []
    for slogan in facts.slogans:
        items = _says(skeleton, slogan, items=True)
        # the notes say where it goes (not here), or to say it once: the model reads them
        place = placed(facts, slogan.text)
        away = (bool(place) and place not in section and place not in skeleton) or untied(
            facts, slogan.text)
        if (not _says(skeleton, slogan, items=False) or _says(text, slogan, items)
                or _says(elsewhere, slogan, items) or away):
            continue
        listed = f"及其全部条目（{'、'.join(slogan.items)}）" if items and slogan.items else ""
        out.append(Finding(SLOGAN_DROPPED, "error", 0, 0, slogan.text,
                           f"参考稿中的口号“{unquoted(slogan.text)}”{listed}没有写进本节，"
                           "口号原文和条目必须保留", None))
    return out


def _restore_slogans(text: str, dropped: Sequence[Finding], facts: Facts, skeleton: str,
                     report: GuardReport) -> str:
    """The reference's sentence stating each slogan still left out (with its items where
    one does), as a paragraph after the answer's (the model kept leaving it out)."""
    sentences = [s for line in skeleton.splitlines() for s in _SENTENCE.findall(line) if s]
    added = []
    for f in dropped:
        slogan = next(s for s in facts.slogans if s.text == f.excerpt)
        said = next((s for s in sentences if _says(s, slogan, items=True)), "") or next(
            (s for s in sentences if _says(s, slogan, items=False)), "")
        if said and said not in added:
            added.append(said)
            report.slogans.append(f.excerpt)
    return "\n".join([text, *added]) if added else text


FIGURE_DROPPED = "figure.dropped"


def _stated(value: str, text: str) -> bool:
    """Whether `text` holds the number `value` (486, 8.62) as a number of its own."""
    return re.search(rf"(?<![\d.]){re.escape(value)}(?![\d.])", text) is not None


def dropped_figures(text: str, facts: Facts, skeleton: str, elsewhere: str = ""
                    ) -> list[Finding]:
    """A finding for each figure of the facts (its value, not one still to come or
    computed) the reference text states with its unit that neither the answer nor the
    other sections (`elsewhere`) state: the issue's rule that the facts stay mandatory
    (blind87's answer for a 儿科's 新生儿救治 left out 收治新生儿486例, 抢救危重新生儿62例
    and the 96.8% its reader missed there)."""
    out = []
    for fig in facts.figures:
        if fig.todo or fig.ratio:
            continue
        value = format_number(fig.value)
        # (a small count in words too: 党员九名)
        words = cn_numeral(int(fig.value)) + fig.unit if float(fig.value).is_integer() \
            and 0 < fig.value < 100 else ""
        if not re.search(rf"(?<![\d.]){re.escape(value)}{re.escape(fig.unit)}", skeleton) \
                or _stated(value, text) or _stated(value, elsewhere) \
                or (words and (words in text or words in elsewhere)):
            continue
        out.append(Finding(FIGURE_DROPPED, "error", 0, 0, f"{value}{fig.unit}",
                           f"参考稿中的数字“{fig.name}{value}{fig.unit}”没有写进本节，"
                           "事实表中的数字必须保留", None))
    return out


def _restore_figures(text: str, dropped: Sequence[Finding], skeleton: str,
                     report: GuardReport) -> str:
    """The reference's clauses stating each figure still left out, a sentence for each
    sentence of the reference they come from (with the time that opens it: 2026年，收治
    新生儿486例，抢救危重新生儿62例。), as a paragraph after the answer's."""
    lost = {f.excerpt for f in dropped}
    added = []
    for line in skeleton.splitlines():
        for sentence in _SENTENCE.findall(line):
            clauses = re.split(r"[，；]", sentence.rstrip("。"))
            said = [c for c in clauses if any(_stated(x, c) for x in lost)]
            if not said:
                continue
            when = clauses[0] if re.fullmatch(r"(?:19|20)\d\d年|截至.{2,12}", clauses[0]) else ""
            restored = "，".join([when] * bool(when and when not in said) + said) + "。"
            if restored not in added:
                added.append(restored)
                report.figures += [x for x in lost if _stated(x, restored)]
    return "\n".join([text, "".join(added)]) if added else text


async def guard(text: str, facts: Facts, repair: Repair, *, turns: int = 2,
                skeleton: str = "", section: str = "", elsewhere: str = "",
                keep_figures: bool = True) -> tuple[str, GuardReport]:
    """A model's answer made rule-clean: Markdown reduced to words and a salutation line
    the reference does not open with dropped (unaddressed), then up to `turns`
    repair turns (`repair(findings, text)` asks the model again), then deterministic fixes,
    unfixable sentences dropped and unsourced numbers marked 【待补充：…】, a slogan the
    reference states and neither the answer nor `elsewhere` (the other sections) does put
    back (dropped_slogans), and so is a figure it states (dropped_figures) unless not
    `keep_figures` (a revision the user asked for in words of their own). Returns the text
    and a report of what was done (GuardReport.note() for the version history)."""
    report = GuardReport()

    def cleaned(text: str) -> str:
        text = plain(text, report)
        return unaddressed(text, skeleton) if skeleton else text

    text = cleaned(text)

    def errors(text: str) -> list[Finding]:
        found = _errors(text, facts, section)
        if skeleton and answers.mostly_chinese(text):
            found += dropped_slogans(text, facts, skeleton, elsewhere, section)
            found += dropped_figures(text, facts, skeleton, elsewhere) if keep_figures else []
        return found

    findings = errors(text)
    report.first = [f.rule for f in _actionable(findings)]
    for _ in range(max(0, turns)):
        if not _actionable(findings):
            break  # style warnings and 【待补充】 markers are reported, not repaired
        text = cleaned(await repair(findings, text))
        report.repair_turns += 1
        findings = errors(text)
    if not answers.mostly_chinese(text) and skeleton:
        report.fallback = [NOT_CHINESE]  # the rules cannot fix a language
        return skeleton.strip(), report
    text = _restore_slogans(text, [f for f in findings if f.rule == SLOGAN_DROPPED],
                            facts, skeleton, report)
    text = _restore_figures(text, [f for f in findings if f.rule == FIGURE_DROPPED],
                            skeleton, report)
    return fix_or_mark(text, facts, report, skeleton, section), report
