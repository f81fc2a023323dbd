"""slogan.count for lists written without 一是/二是: the count after its list
(「物质文明、政治文明、社会文明、生态文明“五个文明”」, 「“A”、“B”…等四项活动」), a list
after 即 or a colon (「“三个结合”，即…相结合、…相结合…」) or, its items all ending
with the counted noun, after a comma (「“三个到位”，做到…到位、…到位」), and the 一X
phrases that spell out an 「N个一」 (「“三个一”活动。每名党员讲一次微党课、参与一次
志愿服务。」), and a quoted count without a measure word whose items repeat its verb
(「“四进”宣传活动：进楼栋、进家庭、进商铺」).

Issue 12, kind 5. A list ending in 等 may hold fewer items than its count, never more."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from drafter.numbering import parse_cn_numeral
from drafter.rules.model import Finding, Text, finding

_MEASURES = "个|项|大|种|类|条|件|方面|型|支|道"
_COUNT = re.compile(rf"(等)?([“「]?)([两二三四五六七八九十]+)({_MEASURES})([\u4e00-\u9fff]{{1,4}})")
_QUOTED_CHAIN = re.compile(
    r"(?:[“「][^“”「」]{1,20}[”」][\u4e00-\u9fff]{0,6}?(?:、|和|及|与|以及)?)+$")
_AND = re.compile(r"以及|和|及")  # not 与: it joins the words of one name (特藏与古籍部)

ItemsAfter = Callable[[int, int], "int | None"]


def _message(excerpt: str, stated: int, found: int, where: str) -> str:
    return f"“{excerpt}”写明 {stated} 项，{where}却列了 {found} 项"


def _noun_end(token: str, noun: str) -> bool:
    """Whether a list item ends with the counted noun (文明 of 五个文明建设)."""
    return any(token.endswith(noun[:k]) for k in range(len(noun), 1, -1))


# Counted groups of people (三支队伍, 两类人才) and the words their items, kinds of people,
# end with (干部, 委员, 志愿者, 技术人员).
_GROUPS = frozenset(("队伍", "人才", "群体", "力量"))
_PERSON = re.compile(r"(?:干部|委员|人员|志愿者|骨干|党员|代表|职工|员工|工作者|教师|医生|"
                     r"护士|专家|人才|能手|工匠|社工|网格员|辅导员|指导员|联络员|信息员|"
                     r"管理员|讲解员|宣讲员)$")


def _whole(s: str) -> int:
    """How many items the clause ending at the end of `s` lists in all, parted by 、 and
    its last two by 和 (从涉外企业服务、因公出国（境）窗口服务、政治引领、纪律建设、志愿服务
    和机关文化: six, of widths _before does not take for one list; a blind49 answer the
    guard cut)."""
    clause = re.split(r"[，,。；;：:！？\n]", s.removesuffix("的"))[-1]
    tokens = [t for t in re.split(r"、(?![^（(]*[）)])", clause) if t]
    if len(tokens) < 3:
        return 0
    pieces = [p for p in _AND.split(tokens[-1]) if p]
    return len(tokens) + (len(pieces) == 2) if all(len(t) <= 12 for t in tokens) else 0


def _before(s: str, noun: str) -> int:
    """How many items a list ending at the end of `s` holds (0: no list there); a 的
    may join the list to its count (「…到位、…到位的“三个到位”」)."""
    s = s.removesuffix("的")
    chain = _QUOTED_CHAIN.search(s)
    if chain is not None and chain.group(0).count("“") + chain.group(0).count("「") >= 2:
        return chain.group(0).count("“") + chain.group(0).count("「")
    # a closing bracket ends a list too: 「“三爱”（A、B、C）和“两条底线”」 lists nothing
    # before 两条底线
    clause = re.split(r"[，,。；;：:！？\n）)]", s)[-1]
    tokens = clause.split("、")
    if len(tokens) < 2:
        return 0
    last = tokens[-1]
    pieces = _AND.split(last)
    if len(pieces) == 2 and all(pieces) and abs(len(pieces[0]) - len(pieces[1])) <= 2:
        tokens = tokens[:-1] + pieces
    if noun in _GROUPS and len(tokens) >= 3 and all(_PERSON.search(t) for t in tokens):
        return len(tokens)  # 「干部、专职委员、志愿者、技术人员“三支队伍”」: kinds of people
    if len(noun) >= 2 and _noun_end(tokens[-1], noun):
        n = 0
        for token in reversed(tokens):
            if not _noun_end(token, noun):
                break
            n += 1
        return n if n >= 2 else 0
    if len(tokens[-1]) > 6:
        return 0
    widths = {len(tokens[-1])}
    n = 1
    for token in reversed(tokens[:-1]):
        n += 1
        if min(abs(len(token) - w) for w in widths) > 2:
            break  # the first item, with the words that lead into the list
        widths.add(len(token))  # items of two widths (采编部、流通阅览部) are one list
    return n if n >= 3 else 0


# After a comma, a few words may lead into the list when every item ends with the counted
# noun: 「坚持“三个到位”，做到宣传到位、封存到位、巡查到位、归港到位」.
_COMMA_LEAD = re.compile(r"[”」]?[\u4e00-\u9fff]{0,4}?[，,]")


def _last_joined(tokens: list[str], noun: str) -> list[str]:
    """The list's items with its last two joined by 和/及 told apart (值班制度、巡查制度和
    回访制度: three, a blind18 model answer the guard cut as two), when both halves end
    with the counted noun."""
    pieces = re.split(r"以及|和|及", tokens[-1])
    if len(tokens) >= 2 and len(pieces) == 2 and len(noun) >= 2 and all(
            p.endswith(noun) and len(p) > len(noun) for p in pieces):
        return [*tokens[:-1], *pieces]
    return tokens


def _after(rest: str, noun: str) -> int:
    """Items of a list right after a count: 「，即A相结合、B相结合」, 「：A、B、C」 or
    「（A、B、C）」, or
    after a comma a list whose items all end with the counted noun (「，做到A到位、B到位」)."""
    bracket = re.match(r"[”」]?[（(]([^（()）]{3,80})[）)]", rest)
    if bracket is not None:  # 「“三爱”（爱孩子、爱岗位、爱学习）」
        tokens = bracket.group(1).split("、")
        widths = [len(t) for t in tokens]
        if len(tokens) >= 2 and max(widths) <= 16 and not re.search(r"[，,；;]", bracket.group(1)):
            return len(tokens)
        return 0
    m = re.match(r"[”」]?[\u4e00-\u9fff]{0,4}?(?:[，,。]?即|[：:])", rest)
    if m is None:
        m = _COMMA_LEAD.match(rest)
        if m is None or len(noun) < 2:
            return 0
        tokens = _last_joined(re.split(r"[，,。；;！？!?]", rest[m.end():])[0].split("、"),
                              noun)
        if len(tokens) < 2 or len(tokens[0]) > 12 \
                or not all(t.endswith(noun) and len(t) > len(noun) for t in tokens):
            return 0
        return len(tokens)
    # items parted by ；, each a clause with 、 of its own (从三个方面增加停车资源：利用边角地、
    # 闲置地建设…，把…；推动…；在医院、学校周边…: three, a blind39 answer the guard cut)
    # (after a colon only: …，即A、B、C，守住…；力争… lists three before its ；)
    parts = [p for p in re.split(r"[；;]", re.split(r"[。！？]", rest[m.end():])[0]) if p.strip()]
    if len(parts) >= 2 and m.group(0).endswith(("：", ":")):
        return len(parts)
    clauses = re.split(r"[，,]", re.split(r"[。；;！？]", rest[m.end():])[0])
    if len(noun) >= 2 and clauses[0].startswith(noun):
        # Clauses each opening with the counted word, holding a 、 of their own: 「“三个
        # 务必”，即务必A、B，务必C、D，务必E、F」 counts its clauses, not the 、 items.
        opened = 0
        for clause in clauses:
            if not clause.startswith(noun):
                break
            opened += 1
        if opened >= 2:
            return opened
    clause = clauses[0]
    tokens = _last_joined(clause.split("、"), noun)
    # (…：基本情况、主要做法和成效、存在的不足，还有下一步的打算: four, a blind100 answer the
    # guard cut as three)
    if len(clauses) > 1 and re.match(r"(?:还有|以及|另有)", clauses[1]) and len(clauses[1]) <= 12:
        tokens = [*tokens, re.sub(r"^(?:还有|以及|另有)", "", clauses[1])]
    if len(tokens) < 2 or (rest[m.end():m.end() + 2] == "一是"):
        return 0
    if len(noun) >= 2 and _noun_end(tokens[0], noun):
        return len(tokens) if all(_noun_end(t, noun) for t in tokens) else 0
    widths = [len(t) for t in tokens]
    return len(tokens) if max(widths) - min(widths) <= 3 and max(widths) <= 10 else 0


def _ones(rest: str) -> int:
    """「一次微党课、一次志愿服务」: the 一X phrases in the sentence after an 「N个一」."""
    m = re.match(r"[”」]?[\u4e00-\u9fff]{0,6}?[。：:；;]", rest)
    if m is None:
        return 0
    sentence = re.split(r"[。；;]", rest[m.end():])[0]
    pieces = [p for p in re.split(r"[、，,]", sentence) if p]
    if len(pieces) < 2 or not all("一" in p for p in pieces):
        return 0  # not the enumeration of the 一X items
    return len(pieces)


def listed_counts(text: Text, lines: list[int], items_after: ItemsAfter) -> Iterator[Finding]:
    """slogan.count for the lists of this module on the given lines; a count already
    followed by 一是… items (`items_after`) is slogans.count's, and a canonical formulation
    (四个意识 after three of its items) is term.canonical's."""
    names = tuple(f.name for f in text.terms.formulations)
    for i in lines:
        line, plain = text.lines[i], text.plain[i]
        for m in _COUNT.finditer(plain):
            stated = parse_cn_numeral(m.group(3))
            if stated is None or stated < 2 or (m.group(4) == "大" and stated >= 10):
                continue  # 二十大 is a congress, not a count
            quote = plain.find("”", m.start(), m.end() + 1) if m.group(2) else -1
            noun = m.group(5)[:quote - m.start(5)] if quote >= m.start(5) else m.group(5)
            end = quote + 1 if quote >= 0 else m.end()
            if plain.startswith(names, m.start(3)):
                continue
            # 「…、全员家访、“双减”和“五项管理”落实」: a count after 和/、 is one member of
            # the list before it, not its total (a blind35 answer's 结尾 lost a sentence)
            member = re.search(r"(?:和|及|与|以及|、)$", plain[:m.start()]) is not None
            found = 0 if member else _before(plain[:m.start()], noun)
            # a 和 inside the last item (…、创建成效、存在的不足和下一步打算四个方面: a
            # blind21 model answer the guard marked) is read either way, and so is one
            # joining the last two (…、纪律建设、志愿服务和机关文化六个方面: a blind49 answer
            # the guard cut)
            last = re.split(r"[，,。；;：:！？\n）)]", plain[:m.start()])[-1].split("、")[-1]
            joined = (found == stated + 1 and not m.group(1) and _AND.search(last) is not None
                      and "”和“" not in last) or _whole(plain[:m.start()]) == stated
            if found and not joined and (found > stated if m.group(1) else found != stated) \
                    and items_after(i, end) is None:
                start = m.start() if m.group(1) else m.start(3)
                excerpt = line[start:m.start(5) + len(noun)]
                yield finding("slogan.count", "error", i, start, excerpt,
                              _message(excerpt, stated, found, "前面"))
                continue
            rest = plain[m.start(5) + len(noun):]
            found = _ones(rest) if noun.startswith("一") else _after(rest, noun)
            if found and found != stated and items_after(i, end) is None:
                start = m.start() + (len(m.group(1) or "") + len(m.group(2)))
                excerpt = line[start:m.start(5) + len(noun)]
                yield finding("slogan.count", "error", i, start, excerpt,
                              _message(excerpt, stated, found, "后面"))


# 「“四进”」, 「“三下”」, 「“五心”」: a count and one character, quoted, no measure word;
# the counted word may be two characters (「“四不准”」) or the count the name of something
# (「“五星支部”」: five 星).
_BARE = re.compile(r"[“「]([两二三四五六七八九十]+)([\u4e00-\u9fff])([\u4e00-\u9fff]{0,2})[”」]")
_NOT_COUNTED = frozenset("个项大件条种类点型支方会学讲")
# What leads from the count to its items: 「即」, a colon, or a comma and a few words
# (「“四进”活动，组织员工走进社区、走进农村」), or a full stop after the name of the activity
# (「“四进”活动。组织教师走进社区、走进乡村」).
_BARE_LEAD = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:[，,]?即|[：:]|[，,。])")
_DEFINING = re.compile(r"(?:文明)?(?:要求|内容|标准|规范|准则|行为|服务|承诺|活动|行动|工作|"
                       r"原则|理念|精神|作风|措施|举措|制度)?(?:是|为|包括|指)?")
"""Words between a bare count and its items that still introduce them (“六不”要求：…,
“五心”服务，即…)."""
_NUMERALS = frozenset("一二两三四五六七八九十百千万零")


def _verb_items(rest: str, verb: str) -> int:
    """Items of 「：进楼栋、进家庭、进商铺」 after a bare count: each holds the counted
    character, all but the first (which may carry the words leading into it, 文艺演出进社区)
    at the same place — starting with it, or after the same word (走进社区、走进农村) —
    or all ending with it (「“五心”：接待热心、解答耐心」)."""
    lead = _BARE_LEAD.match(rest)
    if lead is None:
        return 0
    words = re.sub(r"[，,。]|即$", "", lead.group(0))
    # 设置“六不”提示牌，提醒游客不乱刻乱画…: a thing the count names, then words leading
    # into the list: some of its items, named as an example (blind17 model answer)
    loose = bool(words) and not words.endswith(("：", ":")) and not _DEFINING.fullmatch(words)
    clause = re.split(r"[，,。；;！？!?：:]", rest[lead.end():])[0]
    tokens = clause.split("、")
    pieces = _AND.split(tokens[-1])
    if len(pieces) == 2 and all(verb in p for p in pieces):
        tokens = tokens[:-1] + pieces
    if len(tokens) >= 3 and all(t.endswith(verb) for t in tokens[:-1]):
        # the last item ending with the word too, the sentence going on after it
        # (「政治建设星、…、作风建设星逐项对照评星定级」)
        width = len(tokens[-2])
        if tokens[-1][:width].endswith(verb):
            tokens[-1] = tokens[-1][:width]
    if len(tokens) < 2 or not all(tokens) or any(len(t) > 8 for t in tokens[1:]):
        return 0
    if all(t.endswith(verb) for t in tokens) and len({len(t) for t in tokens[1:]}) == 1:
        return len(tokens)
    at = tokens[1].find(verb)
    if not 0 <= at <= 2:
        return 0
    prefix = tokens[1][:at + len(verb)]
    if not all(t.startswith(prefix) for t in tokens[1:]) or prefix not in tokens[0] or (
            loose and not tokens[0].startswith(prefix)):
        return 0
    return len(tokens)


def bare_counts(text: Text, items_after: ItemsAfter) -> Iterator[Finding]:
    """slogan.count for a quoted count without a measure word: its 一是… items, else the
    list of verb phrases after it."""
    names = tuple(f.name for f in text.terms.formulations)
    for i in text.lines_with(_BARE, plain=True):
        line, plain = text.lines[i], text.plain[i]
        for m in _BARE.finditer(plain):
            stated = parse_cn_numeral(m.group(1))
            verb, more = m.group(2), m.group(3)
            if stated is None or stated < 2 or verb in _NUMERALS or verb in _NOT_COUNTED \
                    or plain.startswith(names, m.start(1)):
                continue
            found = items_after(i, m.end())
            if not found:
                # the word counted: one character, or both (不准); the rest a name (支部)
                for word in dict.fromkeys((verb + more[:1], verb) if more else (verb,)):
                    found = _verb_items(plain[m.end():], word)
                    if found:
                        break
            if found and found != stated:
                excerpt = line[m.start(1):m.end(3)]
                yield finding("slogan.count", "error", i, m.start(1), excerpt,
                              _message(excerpt, stated, found, "后面"))
