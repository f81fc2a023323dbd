"""Taiwan-usage words in a mainland text, for script.misconversion: what a 简→繁 converter
that swaps vocabulary (OpenCC's s2twp, a word processor's 「转换常用词汇」) leaves behind
when the text is turned back to simplified character by character — 最佳化 for 优化,
资讯化 for 信息化, 上公升 for 上升.

The words are OpenCC's own (its TWPhrases.txt and TWPhrasesRev.txt, shipped with
opencc-python-reimplemented), simplified character by character. Kept for precision:
- words of three characters or more — a two-character Taiwan word is most often an
  ordinary mainland word too (建立, 执行, 资料, 档案, 智慧, 线上) or is read across a word
  boundary in mainland text (推进阶段 holds 进阶, 安全形势 holds 全形);
- a two-character word with 化 (资讯化, 数位化, 网路化: 信息化, 数字化, 网络化), the shape
  the converter gives the mainland -化 terms;
- not the words of `SHARED`, which mainland usage shares or which a mainland text holds
  across a word boundary, nor a word inside the longer mainland word it is part of
  (厄瓜多 in 厄瓜多尔).
公升 (not in OpenCC's tables: a word processor's 升 → 公升) after a number is the Taiwan
name of the unit 升; after a character that makes a mainland word with 升 (上升, 提升, 晋升:
OpenCC's STPhrases.txt) or before one that makes a verb with it (公升级 for 升级) it is a
mangled 升."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from drafter.rules.normalise import _dictionary, traditional_table

# Words of the tables that mainland usage shares (使用者, 正规化 of 革命化、正规化, 资料来源,
# 区域性, 分散式, 重新整理, 通话记录…), that hold a mainland word boundary in mainland text
# (执行长 in 执行长效机制, 工作列 in 工作列入, 数据机 in 大数据机制, 许可权 in 许可权限,
# 非同步 in 并非同步, 原始档 in 原始档案, 网络卡 in 网络卡顿), that name a mainland
# nationality (哈萨克族, 塔吉克族, 乌兹别克族) or a place (狮子山), or whose mainland form in
# OpenCC is not what a mainland text would have meant (乔治亚 for 佐治亚州, not 格鲁吉亚).
SHARED = frozenset({
    "使用者", "正规化", "扫描器", "狮子山", "脚踏车", "高空弹跳", "平行计算", "文书处理",
    "表示式", "运算式", "速食面", "通话记录", "重新整理", "重新命名", "结束通话", "优先顺序",
    "微控制器", "进位制", "分散式", "区域性", "区域网", "互动式", "行动式", "行动电话",
    "行动资料", "行动通讯", "视觉化", "视讯会议", "资讯科技", "作业系统", "资料库", "资料夹",
    "资料包", "资料来源", "执行长", "技术长", "营运长", "资讯长", "工作列", "状态列", "命令列",
    "参数列", "数据机", "许可权", "非同步", "点阵图", "永续性", "电脑科学", "原生代码",
    "单核心", "真实模式", "实体地址", "调色盘", "通话卡", "目的码", "预设值", "蓝色画面",
    "哈萨克", "塔吉克", "乌兹别克", "土库曼", "乔治亚", "原始档", "网络卡", "工作管理员",
    # 化 words mainland usage shares (智慧化改造, 程式化, 档案化管理, 序列化, 指标化管理,
    # 业务线上化…) or that hold a word boundary (协调变化, 推进阶化).
    "智慧化", "程式化", "档案化", "文字化", "序列化", "互动化", "线上化", "离线化", "社群化",
    "指标化", "向量化", "专案化", "整合化", "元件化", "核心化", "批次化", "调变化", "进阶化",
    "高阶化", "低阶化", "图示化", "触控化", "通道化", "装置化", "物件化", "简报化", "效能化",
    "储存化", "资料化", "影片化", "视讯化", "连结化", "夏农化", "子音化", "位元化", "字元化",
})

_DIGITS = "0123456789０１２３４５６７８９一二三四五六七八九十百千万两几多余数半"


def _simplified(word: str) -> str:
    mapping, _ = traditional_table()
    return "".join(mapping.get(c, c) for c in word)


@cache
def taiwan_words() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Taiwan word → its mainland words (the first is the usual one), and for each
    Taiwan word the longer mainland words that hold it (厄瓜多 → 厄瓜多尔)."""
    pairs: dict[str, list[str]] = {}
    mainland: set[str] = set()
    for key, values in _dictionary("TWPhrases.txt").items():  # mainland → Taiwan
        left = _simplified(key)
        mainland.add(left)
        for value in values:
            pairs.setdefault(_simplified(value), []).append(left)
    for key, values in _dictionary("TWPhrasesRev.txt").items():  # Taiwan → mainland
        tw = _simplified(key)
        found = pairs.setdefault(tw, [])
        found[:0] = [_simplified(value) for value in values]  # its own order first
    words: dict[str, tuple[str, ...]] = {}
    for tw, lefts in pairs.items():
        rights = tuple(dict.fromkeys(r for r in lefts if r != tw))
        if not rights or tw in mainland or tw in lefts or not _is_han(tw):
            continue  # the same word on both sides, or a mainland word as well
        if len(tw) >= 3 and tw not in SHARED:
            words[tw] = rights
        if len(tw) == 2 and tw + "化" not in SHARED:
            words[tw + "化"] = tuple(r + "化" for r in rights)
    words = {w: r for w, r in words.items() if w not in mainland}
    longer = {w: tuple(m for m in mainland if w in m and m != w) for w in words}
    return words, {w: ms for w, ms in longer.items() if ms}


def _is_han(word: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" for c in word)


def _trie_pattern(words: list[str]) -> str:
    """One regex for many literal words, grouped by their first characters, so the engine
    reads a character once instead of trying every word in turn."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for c in word:
            node = node.setdefault(c, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [re.escape(c) + emit(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return emit(trie)


@cache
def _trie() -> re.Pattern[str]:
    words, _ = taiwan_words()
    return re.compile(_trie_pattern(list(words)))


@cache
def pattern() -> re.Pattern[str]:
    """The third character of where a Taiwan word may stand, its first three characters
    read by class (the third class is the rarest in text, so the engine skips to it
    fastest); the words themselves (`_trie`) are read only there — a branch of hundreds
    of words tried at every common character is slow."""
    words, _ = taiwan_words()
    assert all(len(w) >= 3 for w in words)
    first, second, third = ("".join(sorted({w[k] for w in words})) for k in range(3))
    return re.compile(f"[{third}](?<=[{first}][{second}][{third}])")


@cache
def _rising() -> frozenset[str]:
    """Characters that make a mainland word with a following 升 (上升, 提升, 晋升, 攀升)."""
    import opencc

    table = Path(opencc.__file__).parent / "dictionary" / "STPhrases.txt"
    words = re.findall(r"^(.)升\t", table.read_text(encoding="utf-8"), re.MULTILINE)
    return frozenset(words) - {"公"}


# Characters before a 公 of a word of its own (办公, 因公, 奉公, 外公): 「办公升级」 is 办公
# and 升级.
_OWN_GONG = frozenset("办外充奉秉因为天老主相公包大至恩太舅叔雷")


@cache
def _risen() -> frozenset[str]:
    """Characters that make a mainland verb after a 升 (升级, 升学, 升温), from OpenCC's
    STPhrases.txt — those a measure's 公升 is not followed by (每公升的, 公升水, 公升汽油:
    function words and what is measured are left out)."""
    import opencc

    table = Path(opencc.__file__).parent / "dictionary" / "STPhrases.txt"
    words = re.findall(r"^升(.)\t", table.read_text(encoding="utf-8"), re.MULTILINE)
    return frozenset(words) & frozenset("级学温值华旗格职迁降腾幅阶压势")


def taiwan_spans(line: str) -> list[tuple[int, int, tuple[str, ...], bool]]:
    """Taiwan words in a line (or in lines joined by newlines: no word holds one): (start,
    end, the mainland words, whether it is a word with 升 mangled to 公升 — 上公升,
    reported with its first character — rather than a Taiwan word)."""
    words, longer = taiwan_words()
    found: list[tuple[int, int, tuple[str, ...], bool]] = []
    trie, end = _trie(), 0
    for hit in pattern().finditer(line):
        at = hit.start() - 2
        m = trie.match(line, at) if at >= end else None
        if m is None:
            continue
        end, word = m.end(), m.group(0)
        if not any(_covers(line, m.start(), m.end(), w) for w in longer.get(word, ())):
            found.append((m.start(), m.end(), words[word], False))
    at = line.find("公升")
    while at >= 0:
        before = line[at - 1:at]
        if before and before in _DIGITS:
            found.append((at, at + 2, ("升",), False))
        elif before and before in _rising():  # 上公升: the verb and its 升
            found.append((at - 1, at + 2, (before + "升",), True))
        elif line[at + 2:at + 3] in _risen() and before not in _OWN_GONG:
            # 公升级: 升级 with its 升 mangled (not 办公|升级)
            found.append((at, at + 3, ("升" + line[at + 2],), True))
        at = line.find("公升", at + 2)
    return sorted(found)


def _covers(line: str, start: int, end: int, word: str) -> bool:
    """Whether `word` stands in `line` over the span start..end."""
    lo = max(0, end - len(word))
    k = line.find(word, lo, start + len(word))
    while 0 <= k <= start:
        if k + len(word) >= end:
            return True
        k = line.find(word, k + 1, start + len(word))
    return False
