"""Text helpers shared by the templates' filters and the phrase choices (`prose`):
Chinese lists and enumerations, sentence endings, the phrase banks and their slots."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import Any

from drafter.numbering import ordinal_lead
from drafter.paths import templates_dir


def join_cn(items: Iterable[str], last: str = "和") -> str:
    """["甲", "乙", "丙"] → 甲、乙和丙."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return "、".join(items[:-1]) + last + items[-1]


def enumerate_cn(items: Sequence[str], end: str = "。") -> str:
    """一是…；二是…。 — the genre's in-sentence enumeration (a single item stands alone);
    an item that only goes on about the one before it (主要用于…, 其中…) is part of it,
    not a second item."""
    merged: list[str] = []
    for item in items:
        if merged and item.startswith(_GOES_ON):
            merged[-1] = f"{strip_end(merged[-1])}，{item}"
        else:
            merged.append(item)
    items = merged
    if len(items) == 1:
        return strip_end(items[0]) + end
    parts = [f"{ordinal_lead(i)}{strip_end(item)}" for i, item in enumerate(items, start=1)]
    return "；".join(parts) + end if parts else ""


_GOES_ON = ("主要用于", "重点用于", "用于", "其中", "具体用于")


def absolute_years(text: str, year: int) -> str:
    """今年/去年/明年/前年 in the user's words as the years they mean, counted from the
    document's year (今年有3名教师离职 in a summary of 2025 dated January 2026 → 2025年有…):
    a relative year read after the date it was written misleads."""
    for word, delta in (("今年", 0), ("去年", -1), ("明年", 1), ("前年", -2)):
        text = text.replace(word, f"{year + delta}年")
    return text


def strip_end(text: str) -> str:
    """Drop trailing sentence punctuation so a fragment can be woven into a sentence."""
    return text.rstrip(_SENTENCE_END)


_SENTENCE_END = "。；;，,、.！! \u3000"


@cache
def phrase_bank(name: str) -> dict[str, Any]:
    """templates/phrases/<name>.toml."""
    return tomllib.loads((templates_dir() / "phrases" / f"{name}.toml").read_text("utf-8"))


def fill(phrase: str, vocab: dict[str, str]) -> str:
    """Fill a phrase-bank sentence's {slots} from the unit vocabulary."""
    return phrase.format_map(vocab)


def drop_clauses(line: str, words: Sequence[str]) -> str:
    """`line` without its clauses (between ，；。！？) that name one of `words`: the notes
    forbid them (计划里别写党小组 → …支部委员按分工各负其责。, not …，各党小组抓好具体落实。).
    A sentence whose last clause goes ends at the clause before it; one left with only a
    lead (按照条例要求，) goes whole; a line left with no words is empty. A word inside a
    quoted or titled name is the name's (“一村一名大学生” beside 不要写“学生”)."""
    pattern = forbidding(words)
    if pattern is None or not pattern.search(unnamed(line)):
        return line
    return _without(line, lambda clause, _: bool(pattern.search(unnamed(clause))))


def _without(line: str, goes: Callable[[str, int], bool]) -> str:
    """`line` without the clauses `goes` holds, given each clause and where it starts in
    `line` (drop_clauses' way)."""
    out: list[str] = []
    at = 0
    for sentence in re.findall(r"[^。！？]+[。！？]?", line):
        parts = re.split(r"([，；。！？])", sentence)
        kept: list[str] = []
        for clause, mark in zip(parts[::2], [*parts[1::2], ""], strict=True):
            start, at = at, at + len(clause) + len(mark)
            if not (clause or mark):
                continue
            if goes(clause, start):
                if mark and mark in "。！？" and kept and kept[-1] in "，；":
                    kept[-1] = mark
                continue
            kept += [clause, mark]
        if len(kept) == 2 and _LEAD.match(kept[0]) and len(parts) > 3:
            continue
        out += kept
    return "".join(out).strip()


def forbidding(words: Sequence[str]) -> re.Pattern[str] | None:
    """A pattern finding any of `words`, a long one also with a few words inside it (恳请
    批评指正 in 恳请各位领导批评指正: the notes name the phrase, the text addresses its
    readers, blind24); None for no words."""
    if not words:
        return None
    # … and a phrase ending in a formula by the formula (不足之处恳请批评指正 forbids 以上
    # 汇报不妥之处，恳请各位领导批评指正 too: blind28)
    return re.compile("|".join(
        f"{re.escape(w[:2])}[^，。；]{{0,6}}?{re.escape(w[2:])}"
        + "".join(f"|{f}" for f in _FORMULAS if w.endswith(f) and w != f)
        if len(w) >= 5 else re.escape(w)
        for w in sorted(words, key=len, reverse=True)))


_FORMULAS = ("批评指正", "莅临指导", "衷心的感谢")
"""The fixed close of a polite phrase: the words that say it, whatever leads them."""


NAMED = re.compile(r"“[^“”]*”|《[^《》]*》")
"""A quoted or titled name (“一村一名大学生”, 《…》): its words are the name's."""


def unquoted(text: str) -> str:
    """The text without its quotation marks (筑牢“三道”防线 → 筑牢三道防线)."""
    return text.replace("“", "").replace("”", "")


def unnamed(text: str) -> str:
    """`text` without its quoted and titled names (NAMED)."""
    return NAMED.sub("", text)


_LEAD = re.compile(r"(?:按照|根据|依据|为了?|围绕|结合|通过|对照|以上)")
"""A clause leading the one after it: left alone, it says nothing."""


_PLACE = r"(?:打头|头一个|第一个|第二个|第三个)(?:讲|写)"
"""Where a work goes in the document (头一个讲, 打头写), as a leader tells the writer."""
_REMARK = re.compile(
    r"写[足实]写透|先空着|别处(?:不挂|不再[提讲写挂说]|都不[挂提写])|"
    r"(?:开头|结尾|最后|前面|后面)(?:点|带|提)一句|(?:点|提|带)一句就(?:行|够了?|可以)|"
    r"照(?:他|她|我|领导|[\u4e00-\u9fff]{1,2}(?:长|主任|书记))?批的(?:话)?写|照原样[录写抄]|"
    r"按这个(?:数)?写|一个字都(?:不|别|没)(?:要|提|写|说)|一个都不(?:写|提|要)|"
    r"这(?:几句|一句|段话?|句话?|个数)(?:话)?(?:放在|挪到|移到|删|再|不对|要改|太)|"
    r"放在[^，。；]{1,24}?那(?:条|块|段|节)(?:里|开头|后面)|[”」\0]太(?:虚|空|含糊|笼统|空泛)了?"
    r"(?=[，。；！]|$)|放在一起(?:讲|写|说)|"  # (blind74: “组建多年”太含糊, …放在一起讲)
    r"写得太(?:虚|空|啰嗦|长|短)|念[\d一二两三四五六七八九十]+分钟|"
    r"(?:此处|这里|这个数|这个数字|该数)(?:待|要|需|请)(?:核实|核对|确认|再补|补上)|"
    # blind11 (session 31): asks of a colleague, edits, where a piece goes, its length
    # (not 逐组检查一遍, a rule's own check: blind67's draft)
    r"(?<![检调排巡审督普抽盘])(?:查|核|碰|问|翻|确认|核对|核实|斟酌|推敲|商量|看)(?:一下|看看|一遍)|"
    r"再看看|"
    r"删掉|删了吧|去掉吧|拿掉吧|改成[“\0]|(?:此处|记得|都要|要)(?:换成|改成|改为)|"
    # blind12 (session 31): size, sources, leaving out
    r"字太多|压到(?:半页|一页|\d+字)|再加一条|字数和|照搬|样稿|(?:就|先|这次)不写了|"
    r"(?:^|(?<=[。；！？]))(?:批注|注意|提醒)[：:]|(?:别|不要)(?:写|提|点名)(?![出供高升前交倡])|别用|"
    r"定稿前(?:务必|一定|记得|要|再)|原话|写[重轻细短长]一?点|合成一句|→[^，。；]{0,12}|【(?:批注|备注|注)[：:]?"
    r"|(?:这|本)(?:段|部分|节|句|块)[^，。；]{0,10}?(?:字数|控制在|压缩|精简|删|改写|太|写)|"
    r"(?:是不是|要不要|能不能|行不行|对不对|有没有)[^。；？]{0,20}？|"
    # …这两条是真问题 (blind73: a leader's verdict on the pasted item's findings)
    r"这[一两二三四几]条(?:是|才是|就是|都是)(?:真|实|老)?问题|"
    # …，总结头一个讲 (blind75: the order the leader set, left in the practice it names)
    # (方案头一个讲…: after the document's name, anywhere)
    rf"(?:总结|计划|方案|汇报|稿子)里?{_PLACE}|{_PLACE}(?=[，。；]|$)|"
    # 预约、远程启动今年都做了 (blind78: the leader confirming points the facts list)
    r"(?:都|也都|已经)(?:做|办|弄|搞)(?:了|过了)(?=[，。；]|$)|"
    # “落实四个好”就是养好、训好…; “做到三个提前”——提前识别…——说的就是对策四 (blind74,
    # blind76: the leader's gloss of a slogan, whose items the text says in its own place)
    r"(?:^|(?<=[。；]))\0{4,14}(?:——[^。；]{2,40}——)?(?:说的)?就是")
"""A remark on the text addressed to whoever writes it (写足写透, 先空着, 别处不挂, 开头点一
句就行, 照他批的写, 一个字都不提, “成立于上世纪末”太虚): a 公文 never speaks of its own
writing (RULES.md style.working_notes; blind72's readers of the built-in writer's drafts)."""

_OWN_I = re.compile(r"(?<![自忘你敌无唯为])我(?=[和跟带与在是也就说想觉调去来当任把给要能对都"
                    r"还已曾这那自一刚拿照看回到盯了])(?!这里|这儿|在这里)")
"""The note-taker's own 我, by what follows a person's 我 (就我带着三个研究生, 我想还是按月列,
这回我调去开发区), not a unit's (我院, 我公司, 我会), 我们, 自我, 忘我, nor a pledge's 在我这里."""

_YOU = re.compile(r"(?<![迷])你(?![们我追争])")
"""The note's reader addressed (这块你写重一点, 回头发你): a 公文 says 你 to no one (你追我赶
is a set phrase)."""

_SIGNED = re.compile(
    r"[（(]?——[^，。；（）()]{1,24}?(?:\d{1,2}|[一二三四五六七八九十]{1,2})月"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})日[）)]?|"
    r"(?<=[。；])[\u4e00-\u9fff·]{2,4}[\u3000 ]+(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日|"
    r"[\u4e00-\u9fff]{2,16}[\u3000 ]+[\u4e00-\u9fff]{2,8}(?:[\u3000 ]+[\u4e00-\u9fff·]{2,4})?"
    r"[\u3000 ]+(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日[）)]?")
"""A note's signature and date (（——综合组　谈雨晴　1月6日）, 荟塘村卫生室　乡村医生　贲晓雨　12月
14日）)."""


def working_notes(line: str, spoken: bool = False) -> list[tuple[int, int]]:
    """The spans of `line` (one paragraph) that are the writer's working material, not the
    document's (RULES.md style.working_notes): a remark on the text (_REMARK); the
    note-taker's own 我 (_OWN_I) where the document is not `spoken` by one person, from
    the clause's start to the 我 and the word after it; a note's signature inside a
    paragraph of sentences (_SIGNED; a 落款 line alone is the document's); a closing
    bracket that no opening one matches, from its clause's start. Quoted and titled names
    (“我为群众办实事”) are the document's. Spans are (start, end), 0-based, in order."""
    bare = NAMED.sub(lambda m: "\0" * len(m[0]), line)
    spans = [m.span() for m in _REMARK.finditer(bare)]
    spans += [m.span() for m in _YOU.finditer(bare)]
    # a bracket that holds a remark, a 我, a 你, a question or a reviewer's label (（法制股：
    # …）, （核：…？）) is the remark's whole
    spans += [m.span() for m in re.finditer(r"（[^（）]{2,60}）", bare)
              if _REMARK.search(m[0]) or _YOU.search(m[0]) or _OWN_I.search(m[0])
              or "？" in m[0] or re.match(r"（(?!注)[\u4e00-\u9fff]{1,6}[：:]", m[0])]
    if not spoken:
        spans += [(_clause_start(bare, m.start()), min(len(line), m.end() + 2))
                  for m in _OWN_I.finditer(bare)]
    for m in _SIGNED.finditer(line):
        if any(c in line[:m.start()] for c in "。；！？") or m[0].endswith(("）", ")")):
            spans.append(m.span())
    depth = 0
    for at, mark in enumerate(bare):
        if mark == "（":  # an ASCII 1) is a list's mark (punct.halfwidth's)
            depth += 1
        elif mark == "）":
            if depth:
                depth -= 1
            else:
                spans.append((_clause_start(bare, at), at + 1))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding `at` starts (after the last ，。；：！？ before it)."""
    return max(text.rfind(mark, 0, at) for mark in "，。；：！？") + 1


def drop_working_notes(text: str, spoken: bool = False) -> str:
    """`text` (one paragraph a line) without the clauses that hold working material
    (working_notes), as drop_clauses drops a forbidden word's."""
    lines = []
    for line in text.splitlines():
        if spans := working_notes(line, spoken):
            line = _without(line, lambda clause, at: any(
                a < at + len(clause) and at < b for a, b in spans))
        if line:
            lines.append(line)
    return "\n".join(lines)


SCHOOL_YEAR = re.compile(r"(?:19|20)\d\d[—\-～~至](?:19|20)?\d\d学年(?:度)?")


def school_year(theme: str) -> bool:
    """Whether the theme opens with a school year (2025—2026学年预科教育工作): a summary of
    it says 这一学年 and 新的学年, not its calendar year's (blind91's readers)."""
    return bool(SCHOOL_YEAR.match(theme))
