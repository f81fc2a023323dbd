"""claim.unsourced (issue 13, item 5): a named activity or honour the facts do not give.

Models add past-tense activities the unit never held — 「组织开展“道德讲堂”活动，举办文艺
展演」 — and the number rules cannot see them. With facts given, this rule reads
- in the past-tense kinds (work_summary, creation_report): every section except those
  about plans and shortcomings (下一步打算, 存在的不足 …);
- in any other kind: the sections about results and practices (成效, 做法, 成绩 …), and
  any clause elsewhere that claims completion (已举办、成功举办、圆满完成 …);
and in them the claims of three shapes: a quoted name with an activity or honour word
(“最美医生”评选), 开展/举办/组织/召开/举行 … 活动/讲座/比赛/评选/培训/展演/晚会/论坛…,
and 被评为/荣获/获评/被授予/获得 … 称号/荣誉. Each claim's name must be found in the
facts (task titles and points, honours, notes, slogans, theme, basis, next steps,
problems): verbatim, or most of its character pairs. A clause in the future tense
(拟/将/计划/要/力争 …) is a plan, not a claim, unless it also claims completion. Generic
objects (开展各类活动, 组织培训) name nothing and are left alone. One finding a clause.

When the text is one section without its heading (the LLM guard), `Text.section` names
the section. Source: RULES.md (the facts are the only source — of numbers and of claims)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafter.facts import Facts
from drafter.kinds import RETROSPECTIVE
from drafter.rules.model import Finding, Text, finding, quoted_to_forbid

_RESULTS = re.compile(r"成效|成果|成绩|做法|经验|亮点|工作开展情况|完成情况|基本情况")
_NOT_CLAIMS = re.compile(r"下一步|打算|计划|思路|目标|安排|措施|要求|建议|不足|问题|努力方向")
_CLAUSE = re.compile(r"[^，,。；;：:！？!?\n]+")
_FUTURE = re.compile(r"拟|将|计划|(?<![重主需只必纲])要(?![求点素闻件])|力争|争取|准备|预计|"
                     r"下一步|打算|今后|明年|着力|进一步")
_DONE = re.compile(r"已|圆满|成功举|先后|累计|曾|顺利举")
_QUOTED = re.compile(r"[“「\"]([^“”「」\"]{2,20})[”」\"]")
_NOUNS = r"活动|讲座|比赛|竞赛|评选|培训班|培训|展演|汇演|晚会|论坛|讲堂|大赛|运动会|联欢会|演讲"
_ACTIVITY = re.compile(
    rf"(?:组织开展|开展了?|举办了?|组织了?|召开了?|举行了?)([^，,。；;：:！？!?]{{0,16}}?)({_NOUNS})")
_HONOUR = re.compile(
    r"(?:被评为|荣获|获评|被授予|获得了?)([^，,。；;：:！？!?]{2,24}?)(称号|荣誉|表彰|(?=[，,。；;！？!?]|$))")
_QUOTE_WORDS = re.compile(rf"^(?:主题)?(?:{_NOUNS}|称号|荣誉|评比|系列)")
_BARE_HONOUR = re.compile(r"(?:先进|优秀)?(?:集体|单位|个人)$")  # 被评为先进集体: names nothing
_GENERIC = re.compile(
    r"了|各类|各种|各项|多种形式的?|形式多样的?|丰富多彩的?|内容丰富的?|一系列|系列|主题|专题|"
    r"相关|多次|多场|多期|经常性|常态化|集中|全员|业务|专项|的|[0-9０-９一二三四五六七八九十百余多]+"
    r"(?:次|场|期|项|个|轮)")


def _corpus(facts: Facts) -> str:
    parts = [facts.doc.theme, facts.doc.title, facts.doc.notes, *facts.doc.basis,
             *facts.problems, *facts.next_steps]
    for task in facts.tasks:
        parts += [task.title, *task.points]
    for honour in facts.honors:
        parts += [honour.title, honour.grantor]
    for slogan in facts.slogans:
        parts += [slogan.text, *slogan.items]
    parts += [f.name for f in facts.figures]
    return _squeeze("\n".join(parts))


def _squeeze(text: str) -> str:
    return re.sub(r"[\s“”「」\"‘’《》]", "", text)


def _pairs(text: str) -> list[str]:
    """The text's overlapping character pairs (最佳项目 → 最佳, 佳项, 项目)."""
    return [text[k:k + 2] for k in range(len(text) - 1)]


def sourced(name: str, corpus: str) -> bool:
    """Whether a claim's name is in the facts: verbatim, or most of its character pairs."""
    name = _squeeze(name)
    if name in corpus:
        return True
    pairs = _pairs(name)
    return bool(pairs) and sum(p in corpus for p in pairs) * 3 >= len(pairs) * 2


def _honoured(name: str, facts: Facts) -> bool:
    """Whether an honour claimed in other words is one of the facts' honours: its last
    word and half its character pairs in one title (获得市级最佳项目表彰 of 蓥州市最佳志愿服务
    项目, a blind41 answer the guard cut)."""
    pairs = set(_pairs(name))
    # … at its level: a 全国 or 省级 claim is no 市级 title's
    levels = {k for k in "国省市县" if k in name}
    return len(name) >= 4 and any(
        name[-2:] in h.title and all(k in h.title for k in levels)
        and len(set(_pairs(h.title)) & pairs) >= 2
        for h in facts.honors)


def _core(middle: str) -> str:
    """The object of an activity without generic words: 「丰富多彩的文艺」 → 「文艺」."""
    return _GENERIC.sub("", middle)


def _claims(clause: str) -> Iterator[tuple[int, str, str, str]]:
    """(start, excerpt, name, the name as written) of each named claim in a clause: an
    activity's name less its generic words, and as written (开展研学四个一活动: 研学一 is
    no name, 研学四个一 is the facts' slogan, a blind40 answer the guard cut)."""
    for m in _QUOTED.finditer(clause):
        after = clause[m.end():m.end() + 6]
        honour = re.search(r"被评为|荣获|获评|被授予|授予$", clause[:m.start()])
        if _QUOTE_WORDS.match(after) or honour:
            noun = _QUOTE_WORDS.match(after)
            end = m.end() + (noun.end() if noun else 0)
            yield m.start(), clause[m.start():end], m.group(1), m.group(1)
    for m in _ACTIVITY.finditer(clause):
        middle, noun = m.group(1), m.group(2)
        if _QUOTED.search(middle) or re.search(r"参加|参与|参训|、|开展|举办", middle):
            continue  # the quoted name speaks for it; attending is no claim of holding
        # 组织志愿者在周末陪伴孩子们学习和活动, 提升骨干组织和带领活动的能力: people
        # organised to do something, a verb among verbs, a plain 活动 after 和 — no named
        # activity (three blind41 answers the guard cut)
        if re.match(r"[和与及]|(?:志愿者|党员|干部|职工|员工|群众|居民|学生|青年|团员|队员|骨干|"
                    r"孩子|老人)", middle) or (noun == "活动" and re.search(r"[和与及]$", middle)):
            continue
        core = _core(middle)
        if len(core) < 2:
            continue  # 开展活动, 组织各类培训: nothing named
        name = core if noun == "活动" else core + noun
        yield m.start(), m.group(0), name, middle
    for m in _HONOUR.finditer(clause):
        middle = m.group(1)
        if _QUOTED.search(middle) or not (m.group(2) or re.search(r"单位|先进|模范|示范|标兵|"
                                                                    r"之星|集体|个人|奖", middle)):
            continue
        # 获得的又一项市级荣誉, 这一荣誉: an honour named before, not a new one (blind40);
        # 先后获得几项荣誉：/以下荣誉： the facts' honours it leads to (blind48 answers)
        if re.match(r"的|又一|这一|该|多项|几项|以下|下列|如下|这些|各项|一批|一系列", middle):
            continue
        core = _core(middle)
        if len(core) >= 2 and not _BARE_HONOUR.match(core):
            yield m.start(), m.group(0), core, middle


def _in_scope(kind: str, section: str, clause: str) -> bool:
    """Whether a clause of a section (its heading text) is read for claims."""
    done = bool(_DONE.search(clause))
    if _FUTURE.search(clause) and not done:
        return False
    if kind in RETROSPECTIVE:
        return not _NOT_CLAIMS.search(section) or (done and not _FUTURE.search(clause))
    return (bool(_RESULTS.search(section)) and not _NOT_CLAIMS.search(section)) or done


def unsourced(text: Text) -> Iterator[Finding]:
    facts = text.facts
    if facts is None:
        return
    corpus = _corpus(facts)
    kind = facts.doc.kind
    section = text.section
    for index, line in enumerate(text.lines):
        mark = text.headings[index]
        if mark is not None and mark.level == 1:
            section = line  # the section's heading: its top-level numbering
        for c in _CLAUSE.finditer(line):
            clause = c.group(0)
            if not _in_scope(kind, section, clause):
                continue
            for start, excerpt, name, written in _claims(clause):
                col = c.start() + start
                if (sourced(name, corpus) or _squeeze(written) in corpus or _honoured(name, facts)
                        or quoted_to_forbid(line, col, col + len(excerpt))):
                    continue
                yield finding("claim.unsourced", "warning", index, col, excerpt,
                              f"「{excerpt}」：事实中没有这项活动或荣誉（{name}）；"
                              "请删去，或在事实的任务要点、荣誉或备注中写明")
                break
