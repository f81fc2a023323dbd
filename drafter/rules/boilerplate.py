"""boilerplate.web: junk carried over with the text — from 范文 websites (小编, URLs,
字数/阅读 counters, 【篇二】, （精选3篇）, 网友整理…供您参考), from document hosts' page
chrome (「- 约 16页」, 「- 举报」, 「—PAGE1—」, 您可能关注的文档, 浏览次数：1826,
【字体：大 中 小】, 下载完整版Word文档), from public accounts (点击上方“蓝字”关注我们,
点击上方“方志之窗”关注我们, 本文转载自…如需转载请后台留言授权), from LLM chats
(好的，这是根据您提供的信息整理的…, 当然可以！下面是为贵单位撰写的…,
以下是为您撰写的…, 以上就是为你生成的…, 希望这份计划能够满足您的需求,
如果需要，我还可以帮您…, 可根据贵局实际情况进行调整, a lone 「---」, Markdown 「# 」 and
「**…**」), and pinyin glosses a site added (「創(chuàng)建」). 范文 as an ordinary word
(编印优秀作文范文集) is no junk: only a site's 范文网, 范文大全, 相关范文.

Each finding's fix deletes the junk (or unwraps Markdown bold): a line that is junk as a
whole is reported once, whole, and `apply_fixes` drops it. Source: RULES.md
(boilerplate.web), issue 12 kind 4."""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafter.rules.model import Finding, Text, finding
from drafter.rules.numbers import markdown_bold

# A whole paragraph of junk: host chrome, a site's navigation, a separator line.
_JUNK_LINE = re.compile(
    r"^(?:[-–—•·*][ \u3000]*[^。，；！？]{0,24}?(?:页|举报|收藏|下载|分享|点赞|打印|评论|发布|"
    r"KB|MB|次阅读|人阅读|次浏览)[ \u3000|]*$"
    r"|[—–-]+[ \u3000]*PAGE[ \u3000]*\d+[ \u3000]*[—–-]+"
    r"|第[ \u3000]*\d+[ \u3000]*页(?:[，,/ ]*共[ \u3000]*\d+[ \u3000]*页)?"
    r"|(?:上传者|上传时间|贡献者|下载券|文档格式)[：:]"
    r"|(?:(?:相关|更多)[\u4e00-\u9fff]{0,4}(?:推荐|阅读)[：:]|您可能关注的文档|相关推荐|猜你喜欢|热门推荐|相关文章|推荐阅读|相关范文|精品文档|上一篇|下一篇|"
    r"本文来源|文章来源|信息来源|原文链接|原文地址|本文链接|发布时间|发布日期|浏览次数|阅读次数|点击次数|"
    r"责任编辑|免责声明|版权声明|版权所有|下载文档|文档下载|立即下载|收藏本文)"
    r"|[-*_=]{3,}$"
    r"|[（(]?(?:篇|范文)[一二三四五六七八九十0-9]+[）)]?$|篇[一二三四五六七八九十0-9]+[：:])")
# A web page's chrome fields: a counter, the font-size switch, print and close buttons. A
# line of them with no sentence in it (「作者：办公室　浏览次数：1826　【字体：大 中 小】」)
# is chrome as a whole.
# A document host's fields: the points a download costs, its VIP badge, the uploader
# (「文档贡献者上传 | 共6页 | 下载积分：3」, 「VIP专享文档 · 第1页/共5页」).
_CHROME = re.compile(r"(?:浏览|阅读|点击|访问)(?:次数|量|数)[：:][ \u3000]*\d+"
                     r"|【字体[：:][^】]{0,8}】|【(?:打印|关闭)(?:本页|窗口)?】"
                     r"|下载(?:所需)?(?:积分|券|币)[：:][ \u3000]*\d+"
                     r"|(?:VIP|vip)(?:专享|免费|专属)(?:文档|资料)?|文档贡献者上传")
# A site's sub-title: a short heading ending in 篇一/篇2 (「医院工作计划篇一」).
_PIECE_TITLE = re.compile(r"^[\u4e00-\u9fff（）()“”]{2,30}篇[一二三四五六七八九十\d]+$")
# Sentences a chat or a site speaks to its reader in.
_SPEECH = re.compile(
    r"小编|本站|为(?:您|你)(?:撰写|整理|起草|生成|编写|精心|准备|拟写|拟定)|以上就是(?:为(?:您|你)|我为)|"
    r"我(?:还|也)?(?:可以|能|可)(?:再|继续)?(?:帮|为|给)(?:您|你)|(?:如果|如|若)(?:您|你)?(?:有)?需要[，,]?我(?![们局院校委办单司部所站队馆中区县市镇乡村行处科])|"
    r"(?:可|可以)(?:根据|结合)贵(?:单位|局|院|校|公司|中心|所|委|办|部门|行|馆|站|队)(?:的)?实际|"
    r"点击(?:上方|下方|文末|底部|左下角|右上角)?[“\"]?(?:蓝字|阅读原文|关注)|"
    # 「点击上方“方志之窗”关注我们」: the account's own name between the click and 关注.
    r"点击(?:上方|下方|文末|底部|左下角|右上角)[“\"「]?[^。！？!?“”\"「」]{1,16}[”\"」]?(?:并|，|,)?关注|"
    r"关注我们[，,]?(?:获取|了解|查看|第一时间)|长按(?:识别)?二维码|"
    r"下载(?:完整版|全文|原文|本文)|完整版(?:Word|WORD|word|PDF|pdf)?文档|"
    r"更多[^。！？!?]{0,30}相关(?:范文|文章|文档|资料)|网友[^。！？!?]{0,12}(?:整理|上传|分享|提供|投稿|收集)|转载请(?:保留|注明)|"
    r"分享整理|整理分享|供您参考|仅供(?:大家|您|读者|各位)?参考|(?:请|可以)?随时告诉我|"
    # A chat's opening words (「这是根据您提供的材料整理的……」).
    r"(?:这是|以下是|下面是|以上是)(?:根据|按照|结合|基于)(?:您|你)|"
    r"(?:根据|按照|结合|基于)(?:您|你)(?:所)?(?:提供|给出|给|发来|上传)的[^。！？!?]{0,12}?"
    r"(?:整理|撰写|起草|生成|拟写|编写|草拟|拟定|制作)|"
    # A public account's reprint notice (「本文转载自……微信公众号，如需转载请后台留言」).
    r"(?:本文|文章|原文)转载自|如需转载|转载请(?:联系|后台|私信|务必|标明)|"
    r"(?:后台|私信)留言(?:授权|获取|联系|索取)|未经(?:授权|许可)[，,]?(?:禁止|不得|严禁|谢绝)转载|"
    r"欢迎(?:转发|分享)(?:到|至)?朋友圈|"
    # A public account's tail asking for a like (「觉得有用？点个“在看”再走吧」).
    r"点(?:个|一下)?[“\"「]在看[”\"」]|点个?在看再走|点个赞(?:再走|支持|吧|鼓励|哦)|"
    r"(?:分享|点赞|转发)[、，,]?(?:点赞|在看|收藏)[、，,]?(?:在看|收藏|三连)|一键三连|"
    r"^(?:觉得|感觉)(?:有用|不错|有帮助|有收获|写得好)[？?！!，,]?$|"
    r"由互联网用户分享|文章地址|"
    r"希望(?:这|以上|本|上述|该)[^。！？!?]{0,16}(?:对您|满足您|您的需求)|"
    r"希望[^。！？!?]{0,16}?对(?:您|你)[^。！？!?]{0,6}?有(?:所)?(?:帮助|启发|借鉴)|"
    r"以上就是[^。！？!?]{0,20}?(?:这篇|本篇|本文|文章)[^。！？!?]{0,12}?的全部内容|"
    r"(?:如需|如果您|如有任何|若需|如您)[^。！？!?]{0,30}(?:[您我][^。！？!?]{0,12}(?:随时|告诉|告知|联系)"
    r"|(?:随时|告诉|告知|联系)[^。！？!?]{0,6}[您我])|以下是(?:为您|根据您|我为|一份|一篇)|您可以根据|"
    r"作为(?:一个)?(?:AI|人工智能)|(?:您|你)可以(?:根据|结合|参照|按照|在此基础上)")
# A chat's answer opening its line: 「好的，这是……」, 「好的！以下是……：」 (junk as a whole).
# 当然/没问题 open prose too (「当然，这是一个长期过程」): only with 您 after them.
_YOU = r"(?:我(?:已|将|来|这就)?(?:为|帮|给)|(?:根据|按照|为))(?:您|你)"
# After an answer's 好的/当然可以/没问题 the one addressed may be the user's unit too
# (「当然可以！下面是为贵单位撰写的…」).
_YOURS = (r"(?:我(?:已|将|来|这就)?(?:为|帮|给)|(?:根据|按照|为))(?:您|你|贵(?:单位|局|院|校|"
          r"公司|中心|所|委|办|部门|行|馆|站|队))")
_OPENER = re.compile(rf"^(?:(?:好的|当然可以|没问题)[，,！!。]\s*[^。！？!?]{{0,6}}?"
                     rf"(?:这是|以下是|以下为|下面是|{_YOURS})"
                     rf"|(?:当然|没问题|明白了?|收到)[，,！!。]\s*[^。！？!?]{{0,6}}?{_YOU})")
# Follow-up sentences of a chat tail (「如需……，可以提供……」) once the line is a chat tail.
_FOLLOW_UP = re.compile(r"^(?:如需|如果|如有|若需|若有|您也可以|也可以|需要的话)")
# Junk inside an otherwise good paragraph: delete the token.
_TOKEN = re.compile(
    r"(?:https?://|www\.)[\x21-\x7e]+|字[数數]\s*\d+\s*[阅閱][读讀]\s*\d+|"
    r"【篇[一二三四五六七八九十\d]+】|[（(](?:汇总|精选|通用|优选|推荐|热门|优秀|最新)?\d+篇[)）]|"
    r"\d+篇附目录|(?<=[\u4e00-\u9fff])篇[一二三四五六七八九十]$|^篇\d+[：:]|"
    r"文章地址|申明敬告|文档介绍|由互联网用户分享|本文档|下载地址|范文(?:网|大全|模板|下载)|"
    rf"{_CHROME.pattern}|"
    r"(?<=[\u4e00-\u9fff])[(（](?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}[)）]")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}[ \u3000]+")
_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]*[”’」』）)]*")
_BLANKS = " \t\u3000"
_PUNCT_ONLY = re.compile(r"^[\s\u3000，。、；：！？,.;:!?—–\-·•|]*$")

# Lines worth reading: those holding a marker word or a tone-marked vowel, or starting
# with a mark that page chrome and Markdown start with.
_HINT_WORDS = (
    "小编", "本站", "您", "网友", "范文", "篇", "PAGE", "页", "举报", "推荐", "来源", "链接",
    "地址", "发布", "次数", "编辑", "声明", "下载", "收藏", "http", "www.", "字数", "字數", "文章",
    "文档", "申明", "AI", "人工智能", "**", "分享", "参考", "告诉我", "上传", "转载", "贡献者",
    "有所帮助", "全部内容", "浏览", "点击", "字体", "关注我们", "二维码", "你", "需要，我",
    "需要,我", "贵", "完整版", "积分", "VIP", "vip", "在看", "点个赞", "三连", "觉得",
    *"āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ")
_HINT_STARTS = frozenset("#-—–•·*_=第好当没明收")


# 本站 is a site speaking of itself — unless the document is a station's own (市水文站,
# 林业工作站: 「结合本站实际」), where it is the unit, and junk only with a site's words.
_SITE_SELF = re.compile(r"(?:访问|联系|关注|尽在|来源[：:]?)本站|"
                        r"来自本站(?!职工|干部|员工|人员|党员|志愿者)|本站(?:原创|首页|删除|为大家|"
                        r"为您|栏目|所有|部分内容|整理|收集|发布|提供|网|会员|用户|地址|链接)")
_STATION_LINE = re.compile(r"^[^。，；：！？]{0,30}站(?:党支部|党总支|党委)?"
                           r"(?:(?:19|20)\d\d年|$)")


def _station(lines: list[str]) -> bool:
    """Whether the title or the 落款 names a station as the writer (市水文站2025年…)."""
    return any(_STATION_LINE.match(line.strip(_BLANKS)) for line in (*lines[:2], *lines[-4:]))


def _speech(said: str, station: bool) -> bool:
    if station and "本站" in said and not _SITE_SELF.search(said):
        said = said.replace("本站", "本单位")
    return _SPEECH.search(said) is not None


def _spans(line: str, plain: str, station: bool = False) -> list[tuple[int, int, str]]:
    """Junk in one line as (start, end, fix) — whole line, sentences, or tokens."""
    body = plain.strip(_BLANKS)
    lead = len(plain) - len(plain.lstrip(_BLANKS))
    whole = (lead, lead + len(body), "")
    if (_JUNK_LINE.match(body) and len(body) <= 80) or _PIECE_TITLE.match(body) \
            or _OPENER.match(body):
        return [whole]
    if len(body) <= 120 and _CHROME.search(body) and not any(c in body for c in "。！？"):
        return [whole]
    spans: list[tuple[int, int, str]] = []
    sentences = [m for m in _SENTENCE.finditer(plain) if m.group(0).strip(_BLANKS)]
    chat = False
    for m in sentences:
        said = m.group(0).strip(_BLANKS)
        if _speech(said, station) or (chat and (_FOLLOW_UP.match(said) or "您" in said)):
            start = m.start() + len(m.group(0)) - len(m.group(0).lstrip(_BLANKS))
            spans.append((start, start + len(said), ""))
            chat = True
    md = _MARKDOWN_HEADING.match(plain, lead)
    if md:
        spans.append((md.start(), md.end(), ""))
    for a, b in markdown_bold(line):
        spans.append((a, b, line[a + 2:b - 2]))
    for m in _TOKEN.finditer(plain):
        if not any(a <= m.start() < b for a, b, _ in spans):
            spans.append((m.start(), m.end(), ""))
    if not spans:
        return []
    deleted = [(a, b) for a, b, fix in spans if fix == ""]
    rest = "".join(c for k, c in enumerate(plain) if not any(a <= k < b for a, b in deleted))
    if deleted and len(deleted) == len(spans) and _PUNCT_ONLY.match(rest):
        return [whole]
    return sorted(spans)


def boilerplate(text: Text) -> Iterator[Finding]:
    """boilerplate.web: one finding per junk stretch (a whole junk line once), each with
    the fix that deletes it (or unwraps Markdown bold)."""
    starts = {i for i, line in enumerate(text.lines)
              if line.lstrip(_BLANKS)[:1] in _HINT_STARTS}
    station: bool | None = None
    for i in sorted(starts.union(text.lines_containing(_HINT_WORDS))):
        line = text.lines[i]
        if station is None and "本站" in text.plain[i]:
            # a station's facts say so even where the text checked is one section (a
            # blind24 model's 存在的不足 of a 客运站 lost whole: 力量主要来自本站职工)
            station = _station(text.lines) or (text.facts is not None and (
                text.facts.unit.name.endswith("站") or "站" in text.facts.unit.self_ref))
        for a, b, fix in _spans(line, text.plain[i], bool(station)):
            excerpt = line[a:b]
            if fix:
                message = f"“{excerpt}”带有 Markdown 标记，应去掉星号"
            else:
                message = f"“{excerpt}”是从网站或对话中带来的内容，应删除"
            yield finding("boilerplate.web", "error", i, a, excerpt, message, fix)
