"""The facts' notes (FACTS.md doc.notes) sorted by what they are: statements about the
unit (基本情况), the year's aims (a plan's 工作目标), achievements (a summary's 成效), and
words to the writer (重点讲…, 汇报时间控制在…), which never reach the text; and a 汇报's
称谓, from doc.addressee or the notes."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache
from itertools import dropwhile, pairwise, takewhile
from types import MappingProxyType

from drafter.facts import Facts, Honor, Slogan, Task, format_number
from drafter.facts.validate import asks_blank, due_after
from drafter.kinds import RETROSPECTIVE
from drafter.kinds.figures import bigrams, task_words
from drafter.kinds.text import absolute_years, unnamed, unquoted
from drafter.numbering import cn_numeral, parse_cn_numeral

# (not a hiring: 2021年开始请堑口村的老乡进厂当监督员, blind97; 聘请)
_INSTRUCTION = re.compile(r"(?<![主重需只纲机])要(?![求素点闻])"
                          # (送教车单程要三个多小时: a duration, blind113)
                          r"(?![一二两三四五六七八九十\d]+个?多?(?:小时|分钟|天))|需要|"
                          # (2017年开始请第三方造价公司协审: a deed of a year, blind101's
                          # history lost it)
                          r"(?<![聘始])(?<!\d年)请(?![^，,。；;把]{1,12}?(?:当|担任)[\u4e00-\u9fff])|"
                          r"应当|应该|重点讲|重点写|"
                          r"^我是|填在表里|补充几点|"
                          # 第三讲经纪人举着手机…那块: a place the notes give (blind92's
                          # 创建成效 printed 我村第三讲经纪人…)
                          r"^第[一二三四五六七八九十]讲(?![座课党])|"
                          r"写进|写成|突出|座谈会|作的汇报|尊敬的|汇报时间|控制在|字数|篇幅|"
                          # (集体经济收入、分红这几个数我跟会计核过了: blind105, printed)
                          # (blind115's 就用这两个数, blind116's 用这两个数: printed)
                          r"这几个数|核过了|用这[两几三]个数|"
                          # (户数、人口对，汇报就用这两个数: the check's first half, blind115)
                          r"^[\u4e00-\u9fff]{2,6}、[\u4e00-\u9fff]{2,6}都?对$|"
                          # (“做到两个留住”汇报一开口，问候完就亮出来: blind104's 创建成效)
                          r"一开口|问候完|问完好|"
                          r"是给.{2,24}看的|"  # 方案是给县文明办和开发区党工委看的 (blind46)
                          r"可以作为|供.{0,20}使用|汇报会|考评组|测评组|本汇报|汇报范围|本方案|"
                          r"本计划|本总结|称谓|落款|口号|措辞|重点还?是|重点就是|重点在|^重点[：:]|叫得响|"
                          r"笔误|写错|抄错|说反|结尾表|表个态|开头总的|讲一下|说一下|"
                          # 总结交开发区党工委 (blind59): where it goes, said by the 版记
                          r"^(?:总结|计划|方案|汇报|材料)稿?(?:交|报|送)|"
                          # 指导思想里完整讲一次, 计划开头带一句 (blind59): where to say it
                          # (“坚持三个不变样”指导思想里带一次, blind91: printed)
                          r"(?:讲|说|提|带)一次(?:就行|就够|即可)?(?=[，,。；;]|$)|[带点提]一句|"
                          # about the text itself (not a deed: 现场写春联, 几个写字的老先生,
                          # blind85), where a number came from, hedges and
                          # opinions: a busy writer's words to whoever drafts, not facts
                          r"(?<![书描编撰抄填])写(?!字|春联|对联|福字|毛笔|大字)|这份|本文|提法|原文|重点想|想讲|想把|少讲|多讲|"
                          r"点到为止|报表|为准|口径|数据截至|数据统计|统计的数|的数$|感觉|觉得|"
                          r"打算(?!申报|争创|创建)|可能|大概|先按|(?<![分区特个级类识派性])别|甭|不用|不要|少用|多用|(?<![夜晨午])一点(?![钟多半])|不算在内|不错|"
                          r"被.{0,8}说|最大的事|那件事|在做|^这[是些个两几三]|是截至|其实|那块(?!地|划到)|那个|"
                          r"出头|左右|带过|确实|那时候?|那会儿|只剩个?|往前排|往后排|带一下|带一笔|提一下|"
                          r"拿得出手|是重点|招牌|正好对上|列在表里|我把|我们把|带出来|就行|"
                          r"按这|后面的内容|统一叫|统一称|"
                          r"是.{1,8}(?:提|报|定|给|统计|算)(?:[\u4e00-\u9fff]{1,3})?的$|"
                          # 5000张、第2版是卡片的: whose numbers they are (blind84)
                          r"^\d[^，,。；;]{0,16}是[\u4e00-\u9fff]{1,6}的$|"
                          # 20张、30分钟是人家的建议; 12个稻种没核实过 (blind87)
                          r"^\d[^，,。；;]{0,16}是(?:人家|别人|他们)的|没核实|未核实|"
                          # blind26
                          r"表里|按表|那条(?![线路河街])|打头|排第[一二三四五六七八九十]|第一个写|[头第][一二三四五六七八九十]个[讲写说]|点他的|点她的|都不点|不点名|"
                          r"刚刚|刚才|又走了|该造|"
                          # blind29
                          r"上次|→|放开头|总的说|总说|"
                          # blind36: 睦邻共建紧跟在开放日后面，…都点到
                          r"紧跟在|跟在.{1,12}后[面头边]|都?(?<![一二三四五六七八九十\d])点到|讲透|写透|写细|写厚实|"
                          r"最实在|一件事$|"
                          # blind60: 说一句就够了, a slogan's items told as 就是我们的“…”, 这就是
                          # “…”, a line corrected (改为“开方施肥”), a number not yet known
                          r"说一句|就够了|就是(?:我们|咱们)的“|^这就是“|^改为“|留着|"
                          r"^第[二三四五六七八九十]是|此处配图|"
                          # 会费和捐款的数6号对完账就有 (blind83): when a number comes
                          r"的数\d{1,2}[号日]|[对结盘核]完账|"
                          r"(?:改造|新建|建设|建成|完成|打造|新增|增加|创建)几[个项家所座条处](?![月年])")
"""Words that make a clause of the notes a word to the writer, not a fact to state."""


_FEW = re.compile(r"十几个|十来个|十多个")
"""A spoken count of people a written history says 十余名 (十几个聋人, blind87)."""

_GREETING = re.compile(r"你好|您好|老师好|^我是|麻烦您|麻烦你|谢谢|说感谢|先感谢")
"""A sentence that greets or introduces the writer (小同志你好，我是局里的老蒲，干地震干了
三十年…, blind24): all of it the writer's."""

_SPOKEN_ONLY = re.compile(r"十来个|十几个|几十个|来个人|百来|千把|忙不过来|轮班守着|挤在|"
                          r"多少(?!年)|还没统计|中间撤过|再填|我填|回头我|好几天|"
                          r"上场|下场|鞠躬|站成一排|向观众|"  # a 三句半's stage directions
                          # a page's header (（2027版·修订稿　内部资料　注意保存）) and a
                          # count in words (现有员工一百三十多人): blind61's 员工手册
                          r"内部资料|注意保存|请勿外传|修订稿|[十百千]多[人名个家户]|"
                          r"\d年(?:评上|被评为|建|办|定|搞)的$|"
                          r"^“[^”]+”是.{0,12}(?:原话|说法|提法)|"
                          # blind26: a bare quoted name, a bare date, the document itself, a
                          # count of things to come (2026年有两个事情)
                          r"^“[^”]+”$|^(?:\d{4}年)?\d{1,2}(?:[—-]\d{1,2})?月(?:份)?(?:\d{1,2}日)?的?$|"
                          r"(?:工作计划|工作总结|实施方案|工作汇报)$|有[两三四几]个?(?:事情|件事|事)$|"
                          r"^“[^”]+”建[党军]\d+周年$|"
                          # blind29: a clause trailing off (“三个故事”呢), a spoken count
                          r"呢$|了[两三四五六七八九十几]个$")
"""A clause of speech that states nothing a document says: a vague count (十来个人), a
complaint, a fragment whose object is in another clause (我们县2022年评上的)."""

_NOT_TEXT = re.compile(r"(?<![其吉])[她他](?![们人])|咱|俺|先说是|手滑|打错|看串|对了台账|怎么|"
                       # blind88's: how to greet (开口先问领导好, …都有人来, 再问…好), a
                       # wording judged (“成立多年”太笼统), the pasted item's own figures
                       # (函里的200米、100米、600人这些是那次活动的安排), a figure to fill in
                       r"(?:先|头一句)问候?[^，,]{1,12}好$|^(?:再|接着)问候?[^，,]{1,12}好$|都有人来$|"
                       # when a figure comes (…网络零售额县商务局10号就出了, blind88)
                       # (政府购买服务的钱24号才到账, blind90)
                       r"\d{1,2}[号日](?:就|才)?(?:出(?:来)?了?|到账)$|"
                       # (…破案率市局8号已经通报了, blind92: printed among the year's results)
                       # (…铸件产量生产部10号就报上来了, blind93)
                       r"\d{1,2}[号日](?:就|已经?|才)?(?:通报|公布|反馈|下发|汇总|报上来|报上去|"
                       r"报过来|交上来)了?$|"
                       r"^“[^”]{2,16}”(?:说得)?(?:太笼统|含糊|太含糊|不清楚|说不清楚|太空|太虚)|"
                       # (支委还是我们三个，写的时候职务后面带上名字: the [branch], blind95)
                       r"^(?:支委|班子|委员)会?(?:还是|就是|仍是)(?:我们)?[一二两三四五六七八九十\d]+个$|"
                       r"^[\u4e00-\u9fff]{1,3}里的[^，,]{2,30}这些(?:都)?是|(?:^|了)[你我]?填上$|"
                       # blind69's: who comes to hear it, the leader's post in speech, where
                       # the text goes (街道和开发区的领导也来; 支委还是三个：我当书记; 报开发区
                       # 党工委; 印出来发到每个党员手上)
                       # (…赞助的几家企业负责人也来: who hears it, blind72)
                       r"(?:领导|负责人|代表|朋友)(?:们)?也(?:来|参加|在场)|我当[\u4e00-\u9fff]{1,4}$|"
                       # (…的领导都来，少年狮班也来几个孩子: who hears it, blind94)
                       r"(?:领导|代表|孩子|家长)(?:们)?都来$|也来几个|"
                       r"^(?:报|呈报|上报|抄送|抄报|印发)[\u4e00-\u9fff、]{1,20}"
                       r"(?:局|委|办|部|府|会|院|处|中心|车间)$|印出来|"
                       r"见附[页件表]|"  # …联系人见附页（共14家） (blind66's 通讯录)
                       # “老干部活动中心”是老牌子，早换成“军休之家”了 (blind58: a word's reason)
                       r"是老(?:牌子|叫法|名字|说法)|早(?:就)?(?:换成|改成)|"
                       r"对过了|没有出入|核完|已和.{0,8}对过|"  # a 周报's checks (blind53)
                       r"这几件事|这几样|几件事放|想了几条|说几条|几点意见|"  # (blind54)
                       r"以台账为准|划掉|我说反了|喂|(?:补充|插话)$|"
                       # blind55's: a photo's caption (说明：2011年…成立时在…门口的合影) and
                       # the folder's count; a 述职's first person (我要求装备股…) and its
                       # excerpt's ……; a 主持词's own title and its 送审 line
                       # (not what visitors looked at: 又到村史馆看了搬迁前的老照片, blind105)
                       r"^(?![^，,]*(?:看了|观摩|参观|察看))[^，,]*(?:合影|留影|照片|截图|翻拍)$|"
                       # (…；又到村史馆看了…: the visitors going on, their account's alone)
                       r"^又(?:跟着)?到[^，,]{2,12}看了|^又翻了|^又回[^，,]{1,6}(?:看了|翻了)|"
                       r"^回来又(?:看了|翻了)|"  # (…；回来又看了会里的巡护台账, blind106)
                       r"以上共\d+张|U盘|"
                       # blind56's: a 责任书's parties, a post's pictures, a struck figure
                       r"[甲乙]方|贴不上|不对$|^(?:今年|明年|\d{4}年)的(?:计划|方案|总结)$|"
                       r"^(?:计划|方案|总结|汇报|稿子)报[\u4e00-\u9fff]{2,12}(?:党委|党组|党工委|文明办)$|"
                       r"^我(?:要求|带领|坚持|多次|经常|第一时间)|……$|主持词|送审稿|送.{1,4}审$|"
                       # a young colleague's to-do list (blind38): 做法第一块 = 文化惠民，全年
                       # KPI 最亮的就是…; slogan “…”只在…里讲一次
                       r"KPI|FYI|[Ss]logan|[Dd]eadline|PPT|[Rr]eview|TODO|(?<![A-Za-z])P[0-3](?!\d)|"
                       r"(?<![\d.])\s=\s|本子|"
                       # the order of the text's parts, not the unit's (游客服务第三，其余照原稿;
                       # 开头不提; blind38: printed in a task and in 理论学习)
                       r"^(?![^，,。]*(?:全[国省市县区]|排|名列|位列|考核|评比|获))[^，,。]{2,12}"
                       r"第[一二三四五六七八九十]$|(?:其余|其他|剩下的?|别的)(?:的)?"
                       r"(?:照|按|随意|不变|顺延)|^(?:开头|结尾)(?:不|别)|"
                       # a count of the people just named (宋局、梅书记、鲍副局长三个人)
                       r"[两三四五六七八九十]个人$|"
                       # where a slogan is said (“实现三个全覆盖”只在这一条里完整讲一遍)
                       r"只在[^，,。]{0,16}(?:讲|说|提)|[讲说提]一遍|不再重复|"
                       # …说一次，后面不再说; 全年安排分四个季度说; 萆坪村就是去年开现场会的
                       # 地方 (blind67: each printed in a task or 基本情况)
                       r"^后面(?:就)?(?:不要|不|别)再?(?:说|提|讲|重复|挂)|"
                       r"分[一二两三四五六七八九十\d]+个?(?:季度|月|阶段|部分|块)(?:说|讲|写)|"
                       r"就是[^，,。]{0,12}开[^，,。]{0,8}会的地方|"
                       # “坚持三个带回”就是这一句; 家长最不愿意听这两个字; …大会上我自己念，
                       # …称呼把家长代表带上，念完说谢谢 (blind68)
                       r"就是这一?[句段条行]|就是这里说的|这[两三几]个字$|我自己念|念完说|"
                       r"称呼把|"
                       # where a part goes and when a figure comes (这一块放最前面; 1月中旬
                       # 才出结果，先空着: blind39, printed in a task and among results)
                       r"^这一?[块条]|放(?:在)?最?(?:前|后)面|出结果|先空着|出来后补|再补$|"
                       # …获奖人次县人社局26号公布，出来了补上 (blind57)
                       r"出来了?(?:再|就)?补上?|\d{1,2}(?:号|日)(?:公布|通报|发布)$|"
                       # blind42: 住建局1月下旬才测出来; a corrected count's reason (…又有
                       # 4名预备党员转正, 党员一下多了9个): speech, not the text's
                       r"才(?:能|会)?(?:测|算|统计|核定|公布|出)(?:得)?出?来|才公布|才(?:能)?有$|"
                       r"才出(?:分|数|结果|成绩)|"  # 满意度测评1月10号才出分 (blind50)
                       r"一下(?:子)?(?:多|少)了|^(?:\d{4}年|去年|今年)?年底又有|六几年|"
                       r"那[台场档](?:晚会|演出|活动|节目)|"  # 9月丰收节那台晚会 (blind43)
                       # the document's drafts and places (其余照原稿; 初稿里的18.6万人次是
                       # 到10月底的; “两企三新”党建指导放第一个; blind40: both printed)
                       r"初稿|原稿|上一稿|上回稿|上次稿|放(?:在)?第[一二三四五六七八九十]|"
                       # a vague count (今年志愿者里来了好几位退休规划师)
                       r"好几[位个名家]|好些|^(?:\d{4}年|今年|明年)?几[块件项]工作$|"
                       r"发的微信|[：:]\s*$|"  # 柯部长（支部书记）1月5日晚上发的微信：
                       # blind41: a meeting's header (…会长办公会，年终总结的事记了几条——), a
                       # place given (做法第一个讲品牌), a slogan said once (指导思想里讲一次就够)
                       r"记了几[条句]|——\s*$|(?:做法|措施)(?:第[一二三四五六七八九十]个?|打头)"
                       r"(?:讲|写|放)|[讲说提写]一次就够|"
                       r"^\d{1,2}月\d{1,2}日[\u4e00-\u9fff]{0,6}(?:办公会|会议|例会|党组会|支委会|"
                       r"务会)$|"
                       # blind47: the copier's header (下面是祁所在打印稿上用红笔批的，我按页抄下来)
                       r"^下面是|用红笔|打印稿上|抄下来|照原样打|转文字|一个字没改|"
                       # blind48: a rehearsal's feedback (“棋进校园”这段念得太快，两三句就过去了;
                       # 念了二十一分钟，太长) and a count's reason (231人里有13个是季节工)
                       r"念得太|念了[^，,。]{1,8}分钟|几句就过去|听着烦|[\d]+人里有[\d]+个|"
                       # where a slogan is said (“六进”宣讲开头提一句，后面不挂, blind49)
                       r"提一句|提一下就行|提一下就够|不挂$|每段都挂|每条都套|别再套|"
                       # blind51: 计划开头点一句; a 领导小组's office and list (the facts')
                       r"点一句|点一下|^(?:领导小组)?办公室设在|名单[见照]|"
                       r"开头(?:讲|提|说|点)一(?:次|句|下)")  # “两个服务”开头讲一次 (blind52)
"""A clause of the notes that is someone speaking, not a statement for the text: a third
person (她先说是三百八十七人), a slip owned (手滑了), the meeting's own check (会上对了台账),
a speaker's verb left at its end (俞晓岚副监狱长补充; blind33: all printed)."""

_CORRECTION = re.compile(r"不是\d+(?:\.\d+)?[个人名位家户项场条期次]?(?:[，,。；;]|$)|"
                         # 这个答法早不对了，现在是我们揣着报告上门核 (blind109: printed)
                         r"(?:答法|说法|写法|提法|讲法|做法)[^，,。]{0,4}(?:不对|错了|过时)|"
                         # 33不对，…现在是29名; 34人不对，那是把…算上了 (blind56)
                         r"(?:^|[：:\s])\d+(?:\.\d+)?万?[个人名位家户]?不对|"
                         r"(?:打|填|写|弄)反了|别再错|初稿(?:里|上)?写的\d|原来稿子上写的\d|"
                         r"按\d+(?:\.\d+)?[个人名位趟次场件户辆家所]?写|(?:初稿|表里|草稿)[^，,。]{0,6}\d+[^，,。]{0,6}不对|"
                         # 会员人数你写的386，不对，是368 (blind44: its reason printed)
                         r"(?:写|填|报)的\d+(?:\.\d+)?[^，,。\d]{0,4}[，,]?\s*(?:不对|错了|有误)|"
                         # 床位你写的280，院长说是260 (blind45: its reason printed)
                         r"(?:写|填|报)的\d+(?:\.\d+)?[^，,。\d]{0,4}[，,]\s*[^，,。\d]{0,6}是\d|"
                         # 员工是412，上回材料里的453不对——453把劳务派遣的41个也算进去了 (blind49);
                         # 十二人是把两个书记员…都算进去了 (blind85)
                         r"(?:材料|稿子|稿|表|提纲)里的\d+(?:\.\d+)?[^，,。\d]{0,4}不对|[也都]算(?:进去|进来|上)了|"
                         # 八千余亩不对，那是把旁边两个村的也算进来了 (blind124: its reason printed)
                         r"余[\u4e00-\u9fff]{0,2}”?不对|"
                         # 讨论稿写党员27人，不对，那是去年初的数 (blind37)
                         r"写[^，,。\d]{0,6}\d+(?:\.\d+)?[^，,。\d]{0,4}[，,]\s*不对")
"""A sentence of the notes correcting a figure (是15个，不是17个; 打反了; 按34人写): the
figures hold the right value, and its reason (今年转出去两个组织关系) is no text."""

_NOTE_SENTENCE = re.compile(r"[；;。！!？?]|\n")
"""Where the notes' sentences end: at 。 and ；, and at a line break (a chat's message, a
list's item: 1）支部的来历：…, blind24, and · 公司前身是…, blind26, read as one sentence
with the line before)."""

_ASIDE = re.compile(r"【[^】]*】|^\s*“[^”]*”\s*$|^\s*问[：:].*$|"
                    r"(?:^|(?<=。))[^。\n]*(?:不写|不要写|别写|不能写|不提|别提)的?[：:][^。\n]*。?|"
                    r"^\s*——+\s*$", re.M)
"""What the notes hold that is no statement of the unit's: a forwarder's comments in 【】,
a leader's instruction quoted on a line of its own, a chat's question (问：…), a line
listing what not to write (五、不写：…；…；…), a rule line (blind26: all leaked)."""

def notes_year(facts: Facts) -> int:
    """The year the notes' 今年 names (their 去年 is the one before): the document's year,
    or its date's when the document was written before its year began (院长说了，明年要冲…
    in a 2027 plan dated 2026-12-28 is 2027, blind22) — and its date's too for a 总结 or
    汇报 written after its year when the notes are signed in that new year (——综合部
    司马静　1月6日) and say 去年, never 今年 (去年9月全市…现场会 on a 2025 summary dated
    2026-01-09 is 2025's, blind63)."""
    notes = facts.doc.notes
    # (or typed then: （合作社会计　綦小燕　1月8日录入：…）, whose 今年 is a plan — 今年打算把
    # 托管扩到隔壁两个村 — in a 2026 summary dated 2027-01-12: blind68)
    signed = re.search(r"——[^）)\n]{0,24}?(\d{1,2})月\d{1,2}日|"
                       r"(\d{1,2})月\d{1,2}日(?:录入|整理|打印|记录)", notes)
    # (今年还打算再添两辆收购车 in a 2026 summary dated 2027-01-15, blind75)
    # (… in the remarks: a pasted board's 今年7月 is its own year, blind79's 渡口 notice)
    own = _remarked(notes)
    planned = all(re.match(r"\s*(?:还|也|再|就)?(?:打算|要|准备|计划|争取|将)", own[m.end():])
                  for m in re.finditer("今年", own))
    if (facts.doc.kind in RETROSPECTIVE and facts.doc.date.year > facts.doc.year
            and signed and int(signed[1] or signed[2]) <= facts.doc.date.month
            and "去年" in notes and planned):
        return facts.doc.date.year
    return min(facts.doc.year, facts.doc.date.year)


def _excerpt(line: re.Match[str]) -> str:
    """A speech's excerpt and the mark the one who chose it set (_FILLERS, blind38)."""
    said = re.sub(r"^[…\.。]+|[…\.]+$", "", line[1]).strip()
    said = re.sub(r"^(?:同志们|各位)[，,]\s*", "", said)
    mark = line[2].strip()
    if re.match(r"用(?![不])", mark):
        rest = re.sub(r"^用[。，,；;：:]?", "", mark)
        return f"{said.rstrip('。')}。{rest}" if rest else f"{said.rstrip('。')}。"
    return re.sub(r"^(?:不用|改)[。，,；;：:]?", "", mark)


_SYMBOL = (r"[\u2041-\u2043\u2051\u2055-\u205e\u2190-\u21ff\u2200-\u22ff"
           r"\u2300-\u23ff\u25a0-\u25ff\u2600-\u27ff\u2900-\u2bff\u2e00-\u2e4f※]")
"""A symbol a reader's remark may be marked with (arrows, circled operators, technical
signs, shapes, dingbats: ↳, ⊙, ✏, ❖, ⦿ of blind59; ⎈ of blind67, whose remarks under an
audit report's lines were all printed; ⟡ of blind78, whose pasted 致谢 was printed; the
dotted punctuation and the supplemental operators: ⁜ and ⨳ of blind83, whose remarks' marks
and pasted lines were printed; the asterism ⁂ of blind84, ⁑ of blind85; the n-ary and
miscellaneous operators, ⋇ and ⋈ of blind120, whose marks were printed with the remarks and
the pasted leaflet's lines); the whole block of operators since ∿ of blind121, whose
cruise plan's table was printed)."""
_WHO = (r"(?:(?=书记)|[\u4e00-\u9fff]{1,4}?)(?:书记|秘书长|站长?|所长?|总|董|主任|主委|经理|主席|"
        r"会长|局长?|队长?|校长|院长|长|老师|负责人)(?:旁批|手批|批注|批|写|说)?")
"""Who wrote a remark, by name and post (亢站批, 鲜会长, 扈站旁批, 寇书记批, 旷总, and a
village school's 杨老师, blind64), or a branch's 书记 by the post alone (✒书记：, blind62:
its block of remarks was lost)."""
_BRACKETED = (r"〈[^〉\n]{1,8}〉|【[^】\n]{1,8}批[^】\n]{0,3}】|〖[^〗\n]{1,10}〗|"
              r"〔[\u4e00-\u9fff]{0,4}(?:书记|董|总|长|主任|经理|主席|批)(?=[：:])")
"""A remark's bracketed mark (〈校长批〉, 【仉所批】, 〖滑书记手批〗, 〔隆书记：…〕)."""
_MARK = rf"(?:[◆◇✎✍☛☞※◎△▲]|{_SYMBOL}[ \t　]*{_WHO}(?=[（(：:])|{_BRACKETED})"
"""A remark's mark (◆, ✎晁总：, ☛会长写：, 〈校长批〉, 【仉所批】, ◎雒所批：, 〔隆书记：…〕;
any symbol before who wrote it: ⊙亢站批：, ↳鲜会长：, ❖旷总：, blind59)."""


_SET_UP = {"设": "设立", "建": "组建"}
"""A history's spoken verbs of setting up, written (…的时候设的 → …时设立的)."""

_FILLERS = (
    # a prompt template in Markdown (blind58's 提示词 v3): its headings, bold marks, quotes
    # and bullets, and the words it says to a chat model (你是一名…, 帮…写一份…, 直接输出正文)
    (re.compile(r"^[ \t　]*#{1,6}[ \t　][^\n]*$|^[ \t　]*>[ \t　]?|\*\*|^[ \t　]*[-*][ \t　]+"
                r"|^[ \t　]*\|?[ \t　]*:?-{3,}[^\n]*$", re.M), ""),
    (re.compile(r"^[ \t　]*(?:\d{1,2}[.．、][ \t　]*)?(?:你是一[名位个]|请你|帮我?(?:写|起草)|"
                r"直接输出|用法[：:]|最后修改[：:]|作者[：:]|不要编造|不要用Markdown)[^\n]*$",
                re.M), ""),
    # 5月省里的现场会在我们这开、与会的人到蜂场看了… (blind59): two clauses
    (re.compile(r"、(?=与会的?(?:人|同志))"), "，"),
    # a timeline's line (2008　在县城租用旧粮站仓库…: a 文化墙's 发展历程, blind59)
    (re.compile(r"^[ \t　]*((?:19|20)\d\d)[ \t　]+(?=[\u4e00-\u9fff“])", re.M), r"\1年"),
    # 96年8月从县农业银行分设出来，成立的支行 (blind57's bank): one step
    (re.compile(r"(分设|分离|独立)出来[，,]\s*成立的?(?:支行|分行|分公司|公司|中心)"), r"\1成立"),
    # blind67's histories told to the writer: 2015年从县医院分出来，单独成立…; 2012年…两个心理
    # 老师，自发搞了个“周三心理沙龙”; 1958年修澍河线，铁路上在澍河站边上设了个养路工区; 2008年
    # 我和五个老师在畦北村租了个废弃的纺织厂房，办起一个看护班; 2011年区教育局批了办学许可，
    # 正式叫畦北学校; 2018年…街道给了一间房，挂牌第一个…
    (re.compile(r"从([^，,。；;\n]{2,10}?)分出来(?=[，,]\s*(?:单独)?成立)"), r"从\1分设"),
    (re.compile(r"((?:19|20)\d\d年)([^，,。；;\n]{4,30}?)[，,]\s*自发(?:搞|开展|成立|办|组织)了?一?个"
                r"(?=“|[\u4e00-\u9fff]{2,12}[，,。；;\n])"), r"前身为\1\2自发组织的"),
    # (1958年修瀹江大堤，县里成立了瀹江修防段: blind68)
    (re.compile(r"((?:19|20)\d\d年)修(?:建)?([^，,。；;\n]{2,8}?[线路桥堤坝渠])[，,]\s*"
                r"[\u4e00-\u9fff]{0,3}?[上里]?(?:在([^，,。；;\n]{2,8}?)(?:边上|旁边|附近)?)?"
                r"(设|成立)了?个?(?=[\u4e00-\u9fff]{2,10}[，,。；;\n])"),
     lambda m: f"前身为{m[1]}修建{m[2]}时{'在' + m[3] if m[3] else ''}"
               f"{'设立' if m[4] == '设' else '成立'}的"),
    (re.compile(r"单独成立了现在的"), "单独成立"),
    # blind68's: 2012年我带着儿子，和另外两个家长在县城租了一套三居室，办了个家长互助小组;
    # 1994年我父亲在…院子里开了个武馆; 2002年县教育局批了，正式办成…学校; 1956年这里是…;
    # 2020年在老院区开了安宁疗护病区; 2018年成了县残联定点康复机构; 84年分田到户以后，村里
    # 办了个砖瓦窑; 2022年建了冷库; 2019年开了初中部; 划给现在的能源集团
    (re.compile(r"((?:19|20)\d\d年)我[^，,。；;\n]{0,8}?[，,]\s*和([^，,。；;\n]{2,10}?)在"
                r"([^，,。；;\n]{2,8}?)租了[^，,。；;\n]{1,10}[，,]\s*办(?:了|起)一?个"),
     r"前身为\1几位家长在\3租房办起的"),
    # 2014年我从…岗位上退下来，和两个老姐妹在县城租了一层楼，办了个产后护理工作室 (blind70)
    (re.compile(r"((?:19|20)\d\d年)我[^。；;\n]{0,30}?[，,]\s*和[^，,。；;\n]{2,10}?在"
                r"([^，,。；;\n]{2,8}?)租了[^，,。；;\n]{1,10}[，,]\s*办(?:了|起)一?个"
                r"(?=[\u4e00-\u9fff]{2,12}(?:室|站|所|部|班|中心|小组))"),
     r"前身为\1在\2租房开办的"),
    (re.compile(r"((?:19|20)\d\d年)我(?:父亲|爷爷|师父|母亲)在([^，,。；;\n]{2,16}?)"
                r"开了个"),
     r"前身为\1在\2开办的"),
    (re.compile(r"((?:19|20)\d\d年)([^，,。；;\n]{2,8}?)批了[，,]\s*正式办成"),
     r"\1经\2批准，正式成立"),
    (re.compile(r"((?:19|20)\d\d年)这里(?:是|叫)(?=[\u4e00-\u9fff]{2,16}[，,。；;\n])"),
     r"\1此处为"),
    (re.compile(r"((?:19|20)\d\d年)在([^，,。；;\n]{2,8}?)开了个?"
                r"(?=[\u4e00-\u9fff]{2,10}(?:病区|科|室|门诊)[，,。；;\n])"),
     r"\1在\2开设"),
    (re.compile(r"(?<=\d{4}年)成了(?=[\u4e00-\u9fff]{2,16}(?:机构|单位|基地|站点))"), "成为"),
    (re.compile(r"(?<!\d)((?:19|20)?\d\d)年分田到户以?后[，,]\s*村里办了个"),
     lambda m: f"{m[1] if len(m[1]) == 4 else '19' + m[1]}年分田到户后村集体办起"),
    (re.compile(r"(?<=\d{4}年)建了(?=[\u4e00-\u9fffA-Z]{2,8}[，,。；;\n])"), "建成"),  # 建了NICU
    # 1986年儿科里腾出一间房，放了两台旧暖箱，就是新生儿室 (blind99)
    (re.compile(r"((?:19|20)\d\d年)([\u4e00-\u9fff]{2,4})里腾出一间房[，,]\s*放了"
                r"([^，,。；;\n]{2,8})[，,]\s*就是([\u4e00-\u9fff]{2,6}室)"),
     r"前身为\1在\2腾出一间房、放置\3设立的\4"),
    # … and a step's next clause (2009年搬到城东，建了实训楼; 2012年组建巡逻救援队，买了第一艘
    # 快艇; …进修显微外科，回来在骨科里成立了个手外科小组: blind98's readers found them lost)
    (re.compile(r"(\d年[^，,。；;\n]{2,20}[，,])\s*建了(?=[\u4e00-\u9fff]{2,8}[，,。；;\n])"),
     r"\1建成"),
    (re.compile(r"(\d年[^，,。；;\n]{2,20}[，,])\s*买了(?=第一)"), r"\1购置"),
    # 1996年办了个发网作坊; 两个大夫去上海进修 (blind98)
    (re.compile(r"(?<=\d{4}年)办了个(?=[\u4e00-\u9fff]{2,8}(?:作坊|厂|店|铺)[，,。；;\n])"),
     "开办"),
    (re.compile(r"(?<=[有是])([一二两三四五六七八九十])个大夫"), r"\1名医生"),
    (re.compile(r"(\d年[^，,。；;\n]{2,30}[，,])\s*回来(?:后)?在([\u4e00-\u9fff]{2,6}?)里"
                r"成立了个?"), r"\1回院后在\2内成立"),
    (re.compile(r"(?<=\d{4}年)开了(?=[\u4e00-\u9fff]{2,6}[部班科][，,。；;\n])"), "开设"),
    (re.compile(r"划给现在的"), "划归"),
    (re.compile(r"((?:19|20)\d\d年)我和[^，,。；;\n]{1,8}?在([^，,。；;\n]{2,8}?)租了个?"
                r"([^，,。；;\n]{2,12})[，,]\s*办起了?一个(?=[\u4e00-\u9fff]{2,8}[，,。；;\n])"),
     r"前身为\1在\2租用\3办起的"),
    (re.compile(r"批了([\u4e00-\u9fff]{2,12})[，,]\s*正式叫"), r"批准\1，正式定名为"),
    # blind69's: 1956年县里在城关办了个民族班; 1978年茼江公社在江边办了个草纸作坊; 1987年县
    # 文化馆办了个诗词函授辅导班 (where each began); 1985年办了高中部; 批了成立产业园社区;
    # 支部也是2018年单独建起来的; …都划了进来; 2009年县医院检验科开始替…代做生化
    (re.compile(r"((?:19|20)\d\d年)([^，,。；;\n]{2,12}?)办了个(?=[\u4e00-\u9fff]{2,12}[，,。；;\n])"),
     # (县里和一家航校合办了个飞行营地: 合办, blind99's 合开办)
     lambda m: f"前身为{m[1]}{m[2].replace('县里', '县')}"
               f"{'办' if m[2].endswith('合') else '开办'}的"),
    (re.compile(r"(?<=\d{4}年)办了(?=[\u4e00-\u9fff]{1,6}[部班科][，,。；;\n])"), "开设"),
    (re.compile(r"[，,]\s*批了成立"), "，经批准成立"),
    # blind70's: 2012年县畜牧局在莶塘镇的山坳里建了个…处理点; 我们的老底子是1953年成立的…;
    # 校医院的底子是1985年…的卫生室; 2017年县委统战部把…叫到一起，搞了个…联谊会; 2017年县里
    # 成立了咱们公司，归县农投集团管; 卫生室扩成了门诊部; 支部是2018年从…分出来单独建的
    (re.compile(r"((?:19|20)\d\d年)([^，,。；;\n]{2,16}?)(建|设)了个(?=[\u4e00-\u9fff]{2,14}"
                r"(?:点|站|所|室|组|队|厂)[，,。；;\n])"),
     # (1986年中心的前身鹕湾卫生院设了个防疫组: one 前身, blind85's reader)
     lambda m: f"前身为{m[1]}{re.sub(r'^[^，,]{1,6}的前身', '', m[2].replace('下面', ''))}"
               f"{'建立' if m[3] == '建' else '设立'}的"),
    (re.compile(r"(?:(?:我们|咱们)的|[\u4e00-\u9fff]{1,4}的)?老?底子是(?=(?:19|20)\d\d年)"),
     "前身为"),
    (re.compile(r"((?:19|20)\d\d年)([^，,。；;\n]{2,10}?)把[^，,。；;\n]{2,30}?叫到一起[，,]\s*"
                r"(?:搞|办|成立)了一?个"), r"前身为\1\2组织成立的"),
    (re.compile(r"((?:19|20)\d\d年)[县市区]里成立了(?:咱们|我们)[\u4e00-\u9fff]{1,3}(?=[，,])"),
     r"\1成立"),
    (re.compile(r"[，,]\s*归([^，,。；;\n]{2,12}?)管(?=[，,。；;\n])"), r"，隶属\1"),
    (re.compile(r"扩成了?(?=[\u4e00-\u9fff]{2,6}[，,。；;\n])"), "扩建为"),
    (re.compile(r"支部是((?:19|20)\d\d年)从([^，,。；;\n]{2,16}?)分出来单独建的"),
     r"支部\1从\2分出并单独成立"),
    # 2012年县妇联牵头办起来的，原名… (blind48)
    (re.compile(r"((?:19|20)\d\d年)([^，,。；;\n]{2,10}?)牵头办起来的"
                r"(?=[，,]\s*(?:原名|当时叫|那时候?叫|原来叫))"), r"\1由\2牵头开办"),
    (re.compile(r"支部也是((?:19|20)\d\d年)单独建起来的"), r"支部\1单独建立"),
    # 支部也是2013年跟着学校单独建起来的 (blind109: lost)
    (re.compile(r"支部也是((?:19|20)\d\d年)跟着(?:学校|医院|单位|公司)单独建起来的"),
     r"支部\1随之单独建立"),
    # blind99's: 村里种藕是1962年开始的，那时候生产队把…改成藕塘，就十几亩; 货场是1971年跟
    # 黝山站一起建的，那时候就一股道、一台吊车，货全靠人扛; 支部也是那年单独建起来的; …机场
    # 建成，我们搬了进来; 2019年买了第一架直升机; 2018年办了藕粉坊; 2018年开通了集装箱业务
    (re.compile(r"[村镇]里([\u4e00-\u9fff]{2,6}?)是((?:19|20)\d\d年)开始的"), r"\2开始\1"),
    (re.compile(r"([\u4e00-\u9fff]{2,4}?)是((?:19|20)\d\d年)跟([\u4e00-\u9fff]{2,8}?)一起建的"),
     r"\1始建于\2，与\3同期建成"),
    (re.compile(r"货全靠人扛"), "货物全靠人工搬运"),
    (re.compile(r"支部也是那年单独建起来的"), "支部同年单独建立"),
    # blind117's: 团委的党支部是2016年单独建起来的，那时候就4个党员 (the step lost)
    (re.compile(r"([\u4e00-\u9fff]{2,4})的党支部是((?:19|20)\d\d年)单独建起来的"),
     r"\2\1党支部单独建立"),
    (re.compile(r"(?<=建成)[，,]\s*(?:我们|咱们)搬了?进来"), "，随即整体迁入"),
    (re.compile(r"(?<=\d{4}年)买了(?=第一)"), "购置"),
    (re.compile(r"(?<=\d{4}年)办了(?=[\u4e00-\u9fff]{2,6}(?:坊|厂|店|铺)[，,。；;\n])"), "开办"),
    (re.compile(r"(?<=\d{4}年)开通了(?=[\u4e00-\u9fff]{2})"), "开通"),
    # blind100's: 1958年修籀岭煤矿，县里修了这条运煤的小铁路; 铁路跟着停了; 2008年县里成立我们
    # 公司，改成观光铁路; 2016年把两台老蒸汽机车修好重新上线; 2004年和商务局分开，单独办公;
    # 2019年市里批了成立中心
    (re.compile(r"((?:19|20)\d\d年)修([^，,。；;\n]{2,8}?)[，,]\s*[县市]里修了这条"
                r"([\u4e00-\u9fff]{0,4}?)的?([\u4e00-\u9fff]{0,2}铁路)"),
     r"前身为\1修建\2时配套修建的\3\4"),
    (re.compile(r"铁路跟着停了"), "铁路随之停运"),
    (re.compile(r"((?:19|20)\d\d年)[县市]里成立了?(?:我们|咱们)公司"), r"\1成立公司"),
    (re.compile(r"((?:19|20)\d\d年)把([^，,。；;\n]{2,12}?)修好重新上线"),
     r"\1修复\2并重新投入运营"),
    (re.compile(r"((?:19|20)\d\d年)和([^，,。；;\n]{2,8}?)分开(?=[，,])"), r"\1与\2分设"),
    (re.compile(r"((?:19|20)\d\d年)[县市]里批了成立(?=[\u4e00-\u9fff]{2,8}[，,。；;\n])"),
     r"\1经批准成立"),
    # blind102's: 1946年在城关文庙里办的县立第一完小，就两个班 (the unit's 前身)
    # blind102's nuclear medicine: …同位素室，就一台老γ相机、两个人；2014年批下来碘-131治疗
    # 资质，开了4张床；…，床位扩到8张
    (re.compile(r"[，,]\s*就一台([^，,。；;\n、]{1,8})、([两三四五])个人(?=[，,；;。\n])"),
     r"，当时仅有一台\1和\2名工作人员"),
    (re.compile(r"((?:19|20)\d\d年)批下来"), r"\1获批"),
    # blind117's: …风景区管理所，就三个人，管着一条上山的土路
    (re.compile(r"(?<=所)[，,]\s*就([两三四五六七八九十])个人(?=[，,；;。\n])"),
     r"，当时仅有\1名工作人员"),
    (re.compile(r"[，,]\s*开了(\d+|[两三四五六七八九十])张床(?=[，,；;。\n])"), r"，开设\1张床位"),
    (re.compile(r"[，,]\s*床位扩到(\d+)张(?=[，,；;。\n])"), r"，床位增至\1张"),
    # …；2019年县里把舯坪、粢源、豉岭三所村小划进来，组建了教育集团
    (re.compile(r"((?:19|20)\d\d年)([县市])里把([^，,。；;\n]{2,24}?)划进来"), r"\1\2里将\3划入"),
    (re.compile(r"(?:^|(?<=[\n：:]))\s*((?:19|20)\d\d年)在([^，,。；;\n]{2,12}?)办的"
                r"(?=[\u4e00-\u9fff]{2,12}[，,])"), r"前身为\1在\2创办的"),
    # blind101's: 1953年在漶口寨的一间竹楼里办起来的，就一个老师、十几个娃; 2003年开始接收对面
    # 过来的孩子上学; 2015年新校舍建成，搬到口岸边上
    (re.compile(r"((?:19|20)\d\d年)在([^，,。；;\n]{2,16}?)办起来的(?=[，,；;。\n])"),
     r"\1在\2创办"),
    (re.compile(r"[，,]\s*就([一两二三四五])个老师、(十几|几十|[二三四五六七八九十]+)个(?:娃|孩子)"
                r"(?=[，,；;。\n])"), r"，当时仅有\1名教师、\2名学生"),
    (re.compile(r"接收对面过来的(?:孩子|娃)上学"), "接收跨境学生就读"),
    (re.compile(r"[，,]\s*搬到([^，,。；;\n]{2,8}?)边上(?=[，,；;。\n])"), r"，迁至\1旁"),
    # blind104's: 研究会是1998年钭老从学校退下来以后，拉着七八个老先生在县文化馆借了一间屋子
    # 搞起来的，那时候叫姓氏文化研究小组 (its beginning lost, the rest printed alone)
    (re.compile(r"(?:^|(?<=[：:；;。\n]))[ \t　]*[\u4e00-\u9fff]{1,4}?是((?:19|20)\d\d年)"
                r"([\u4e00-\u9fff]{1,3}老)?[^，,。；;\n]{0,12}?以后[，,]\s*(?:拉着|带着|叫上)"
                r"([^，,。；;\n]{2,8}?)个老先生在([^，,。；;\n]{2,12}?)(?:借了一?间屋子)?"
                r"(?:搞|办)起来的[，,]\s*(?:那时候?|当时)叫"),
     lambda m: f"前身为{m[1]}由{m[2] + '等' if m[2] else ''}{m[3]}位老先生在{m[4]}创办的"),
    # blind104's: 站里是1958年建港的时候设的，那时候叫港务局引水组，…; 中心是2011年县里
    # 搞新城区建设的时候成立的，那时候叫…; 夜班编辑部是1985年报社复刊的时候设的夜班组 (the
    # department a 支部's notes name kept as the subject, the unit's own word left out)
    (re.compile(r"(?:^|(?<=[：:；;。\n]))[ \t　]*([\u4e00-\u9fff]{1,5}?)是((?:19|20)\d\d年)"
                r"(?:([县市])里)?(搞)?([\u4e00-\u9fff]{2,8}?)(?:的时候|那年)(设|建|成立)的"
                r"(?:[，,]\s*(?:那时候?|当时)叫|(?=[\u4e00-\u9fff]{2,8}[，,]))"),
     lambda m: f"{m[1] if len(m[1]) >= 3 else ''}前身为{m[2]}{'全' + m[3] if m[3] else ''}"
               f"{'开展' if m[4] else ''}{m[5]}时{_SET_UP.get(m[6], m[6])}的"),
    # blind104's: 中心是2003年学院升格的时候在教务处下面设的网络组，就三个人管着一个机房；
    # 2009年单独设网络中心
    (re.compile(r"(?:^|(?<=[：:；;。\n]))[ \t　]*[\u4e00-\u9fff]{1,3}?是((?:19|20)\d\d年)"
                r"([\u4e00-\u9fff]{2,8}?)的时候在([\u4e00-\u9fff]{2,8}?)下面?设的"),
     r"前身为\1\2时在\3下设立的"),
    (re.compile(r"[，,]\s*就([两三四五六七八九十])个人管着一个([\u4e00-\u9fff]{1,4}?)(?=[，,；;。\n])"),
     r"，当时仅有\1名工作人员、一个\2"),
    (re.compile(r"((?:19|20)\d\d年)单独设(?!立)(?=[\u4e00-\u9fff]{2,8}(?:中心|科|室|站|所)[，,；;。\n])"),
     r"\1单独设立"),
    # blind105's: 1984年潦河煤矿在村东开了矿；2009年地面开始往下沉，一半的地泡了水；2016年
    # 整村搬到镇东新村；2019年成立…，在沉下去的水面上建了渔光互补电站
    (re.compile(r"(?<=[\u4e00-\u9fff])开了矿(?=[，,；;。\n])"), "建矿"),
    (re.compile(r"地面开始往下沉[，,]\s*一半的地泡了水"), "地面开始沉陷，一半土地被水淹没"),
    (re.compile(r"地面开始往下沉"), "地面开始沉陷"),
    (re.compile(r"((?:19|20)\d\d年)整村搬到"), r"\1整村搬迁至"),
    (re.compile(r"[，,]\s*在沉下去的水面上建了"), "，在沉陷水面上建成"),
    # blind104's: 2019年县里的学校、医院、保障房这些项目统一交给我们代建 (lost)
    (re.compile(r"((?:19|20)\d\d年)([县市])里的([^，,。；;\n]{2,24}?)这些项目统一交给"
                r"(?:我们|咱们)([\u4e00-\u9fff]{1,4})(?=[，,；;。\n]|$)"),
     r"\1全\2\3等项目开始统一由SELF\4"),
    # blind101's: 2017年开始请第三方造价公司协审
    (re.compile(r"((?:19|20)\d\d年)开始请(?=[^，,。；;\n]{2,12}?(?:公司|机构|单位))"),
     r"\1开始委托"),
    # blind71's: 协会是2004年…带着…自发搞起来的; 门诊是2007年开的，那时候在…两间平房里;
    # 咱们部是1950年建县的时候跟县委一起设的; 支部是2009年建起来的，那时候才5个党员; 局里
    # 驻硐口是2015年开始的; 我是2023年5月来的，是第三批; 我们这一届是2024年8月进校的，年级组
    # 那时候就成立了; 公司的底子是县粮食局饲料厂; 我带着…把厂子盘下来，办起了…; 2019年省里
    # 给配了…，先跑…两个点; 2023年又加了…，成了三个点; …给了我们当活动室; 正式叫现在这个名字
    (re.compile(r"(?:^|(?<=[：:；;。\n]))[ \t　]*[\u4e00-\u9fff]{1,4}?是((?:19|20)\d\d年)"
                r"([^，,。；;\n]{2,30}?)自发(?:搞|办|组织)起来的"), r"前身为\1\2自发组织的团体"),
    (re.compile(r"(?:^|(?<=[：:；;。\n]))[ \t　]*(?:咱们|我们)?[\u4e00-\u9fff]{1,3}?是"
                r"((?:19|20)\d\d年)建县的时候跟([^，,。；;\n]{2,6}?)一起设的"),
     r"\1建县时与\2同步设立"),
    (re.compile(r"(?:^|(?<=[：:；;。\n]))[ \t　]*(支部|党支部)是((?:19|20)\d\d年)建起来的"),
     r"\1\2成立"),
    (re.compile(r"那时候才(\d+)个党员"), r"当时有党员\1名"),
    (re.compile(r"(?:^|(?<=[：:；;。\n]))[ \t　]*(?:咱们|我们)?([\u4e00-\u9fff]{1,3}?)是"
                r"((?:19|20)\d\d年(?:\d{1,2}月)?)(开|办|设)(?:起来)?的"),
     lambda m: m[1] + m[2] + {"开": "开办", "办": "开办", "设": "设立"}[m[3]]),
    (re.compile(r"[，,]\s*那时候在([^，,。；;\n]{2,20}?)里(?=[，,。；;\n])"), r"，当时设在\1"),
    (re.compile(r"[\u4e00-\u9fff]{1,3}?驻([^，,。；;\n]{2,8}?)是((?:19|20)\d\d年)开始的"),
     r"\2开始驻\1"),
    # (… not equipment replaced: 2003年换成多人氧舱, blind89)
    (re.compile(r"(?<=\d{4}年)换成(?![\u4e00-\u9fff]{1,8}(?:舱|设备|机组|车辆|系统)[，,。；;\n])"
                r"(?=[\u4e00-\u9fff]{2,12}[，,。；;\n])"), "更名为"),
    (re.compile(r"我是((?:19|20)\d\d年\d{1,2}月)来的[，,]\s*是第([一二三四五六七八九十])批"),
     r"\1第\2批工作队进驻"),
    (re.compile(r"我们这一届是((?:19|20)\d\d年\d{1,2}月)进校的[，,]\s*([\u4e00-\u9fff]{2,5})"
                r"那时候就成立了"), r"\1本届学生入校，\2同时成立"),
    (re.compile(r"(?:(?:我们|咱们)的|[\u4e00-\u9fff]{1,4}的)?老?底子是(?=[\u4e00-\u9fff]{2,16}"
                r"[，,]\s*(?:19|20)\d\d年)"), "前身为"),
    (re.compile(r"[，,]\s*我带着([^，,。；;\n]{2,10}?)把厂子?盘下来[，,]\s*办起了"),
     r"，由\1接手，组建"),
    (re.compile(r"(?<=\d{4}年)([\u4e00-\u9fff]{1,3}?)里?给配了"), r"\1配备"),
    (re.compile(r"[，,]\s*先跑([^，,。；;\n]{2,12}?)(两|三|四)个点"), r"，先在\1\2个点服务"),
    (re.compile(r"(?<=\d{4}年)又加了([\u4e00-\u9fff]{2,4})[，,]\s*成了(两|三|四|五)个点"),
     r"增设\1，服务点增至\2个"),
    (re.compile(r"([\u4e00-\u9fff]{2,10}?)把([^，,。；;\n]{2,16}?)给了(?:我们|咱们)当"
                r"(?=[\u4e00-\u9fff]{2,6}[，,。；;\n])"), r"\1提供\2作为"),
    (re.compile(r"[，,]\s*正式叫现在(?:这个|的)名字"), "，更为现名"),  # (…的名字: blind104)
    (re.compile(r"[，,]\s*有了(?=[\u4e00-\u9fff]{2,6}[馆室](?:[，,；;。\n]|$))"), "，建成"),
    (re.compile(r"归(我[局院所站会部队]|我们)管(?=[，,。；;\n]|$)"), r"划归\1管理"),
    (re.compile(r"(?<=\d{4}年)([^，,。；;\n]{2,8}?)盖好[，,]\s*(?:我们|咱们)搬到([^，,。；;\n]{2,8}?)住"),
     r"\1建成，工作队搬至\2"),
    (re.compile(r"都?划了进来"), "划入"),
    (re.compile(r"((?:19|20)\d\d年)([^，,。；;\n]{2,10}?)开始替"), r"\1\2开始为"),
    (re.compile(r"((?:19|20)\d\d年)([^，,。；;\n]{2,10}?)给了一间房[，,]\s*挂牌"),
     r"\1在\2提供的用房挂牌设立"),
    (re.compile(r"成立了?(?:我们)?这个(?=[\u4e00-\u9fff]{2,12}(?:支部|协会|中心|站|队|合作社))"),
     "成立"),
    (re.compile(r"(?<=\d{4}年)按([\u4e00-\u9fff]{2,4})分了(?=[\d两三四五六七八九十]+个)"),
     r"按\1设立"),
    (re.compile(r"(?<=[\u4e00-\u9fff])又开了([两三四五六七八九十\d]+)个点"), r"增设\1个服务点"),
    (re.compile(r"(?<=\d{4}年)([\u4e00-\u9fff]{1,6}?)扩到(?=\d)"), r"\1增至"),  # 2022年机器扩到52台
    (re.compile(r"延到现在的规模"), "延伸至现有规模"),
    # a remark's label: 〈校长批〉, ☛会长写（单子背面）：, ✍（封面右上角）： (blind57);
    # 【仉所批】（回执第4行旁边）：, ※冼秘书长批：（…）：, △覃董：, 〔隆书记：（…）：…〕 (blind58)
    # ⊙亢站批：, ↳鲜会长：, 〖滑书记手批〗 (blind59)
    (re.compile(rf"^[ \t　]*(?:[<][^>\n]{{1,8}}[>]|{_BRACKETED}|"
                rf"{_SYMBOL}[ \t　]*{_WHO}(?=[（(：:])|"
                r"[☛☞✍✎➤※◎△▲][ \t　]*(?:[\u4e00-\u9fff]{1,8}?(?=[（(：:]))?|"
                # … and any symbol alone opening a remark (⨷95%、3个百分点是…: blind84)
                rf"{_SYMBOL})"
                r"[ \t　]*[：:]?[ \t　]*"
                r"(?:[（(][^）)\n]{0,30}[）)])?[ \t　]*[：:]?[ \t　]*", re.M), ""),
    (re.compile(r"^([^〔\n]*)〕[ \t　]*$", re.M), r"\1"),  # the end of a 〔…〕 remark
    # … and where it was written, its mark gone with an aside (【仉所批】（首页右上角空白处，
    # 钢笔）：…, blind58)
    (re.compile(r"^[ \t　]*[（(][^）)\n]{1,40}[）)][ \t　]*[：:][ \t　]*", re.M), ""),
    # 县林业局在…林场设了个救护点, 县劳动局办了个…培训班 (blind57): the verb alone
    (re.compile(r"(?<=[\u4e00-\u9fff])(设|办|建)了一?个(?=[\u4e00-\u9fff]{2})"), r"\1"),
    # the paster's own note on what was pasted, one bracketed paragraph signed ——name
    # (（这是公司展厅的讲解词，…——缪思彤　12月21日）, blind56: printed with its bracket open)
    (re.compile(r"^[ \t　]*（[^（）\n]*(?:（[^（）\n]*）[^（）\n]*)*——[^（）\n]{1,16}）[ \t　]*$",
                re.M), ""),
    # a 朋友圈's own lines: 21:47　删除, ♡ …等37人 (blind56)
    (re.compile(r"^[ \t　]*(?:\d{1,2}月\d{1,2}日[ \t　]*)?\d{1,2}:\d{2}[ \t　]+删除[ \t　]*$|"
                r"^[^\n]*等\d+人[ \t　]*$", re.M), ""),
    # a folder's files (07_诚信经营_房价公示牌.jpg　1.7MB, blind55's photo captions): names,
    # and the captions of its photos, no wish (the leader's verdict under each one is)
    (re.compile(r"^[^\n]*\.(?:jpe?g|png|heic|gif|mp4|mov|pdf|docx?|xlsx?|pptx?|zip)\b[^\n]*$",
                re.M | re.I), ""),
    # a label before a dash (记：顺序——惠农账本放头里, blind55's 文件传输助手): the writer's
    (re.compile(r"^([ \t　]*(?:记[：:])?)(?:顺序|排序|次序|位置|标题|篇幅|口气)——"
                r"(?=[\u4e00-\u9fff“])", re.M), r"\1"),
    # blind53's forms. A 腾讯文档 revision log: a rejected or pending revision's words and
    # its proposer's 修订说明 are no wish (#7 移动 …✘已拒绝 / 将“（六）…”整条移至第三条: its
    # reader found the move made), its 拒绝理由 is; an accepted 插入：“….” is the unit's
    # own sentence (#1: the history, lost), a 删除 and a fragment inserted never text
    (re.compile(r"^#\d+[ \t　][^\n]*(?:✘|已拒绝|待处理)[^\n]*\n(?:(?!拒绝理由|─{3,}|#\d)[^\n]*\n)*",
                re.M), ""),
    (re.compile(r"^#\d+[ \t　][^\n]*$|^\s*(?:位置|删除)[：:][^\n]*$|^[—\-\s]*以上为全部修订[^\n]*$|"
                r"^\s*修订记录[^\n]*$|^\s*共\d+处修订[^\n]*$|"
                r"^\s*“[^”\n]*”\s*→\s*“[^”\n]*”\s*$", re.M), ""),
    (re.compile(r"^\s*插入[：:]\s*“([^\n]*[。！])”\s*$", re.M), r"\1"),
    (re.compile(r"^\s*插入[：:][^\n]*$", re.M), ""),
    (re.compile(r"^\s*(?:修订说明|拒绝理由|关闭说明|描述|日程描述)(?:[（(][^）)\n]*[）)])?[：:]\s*",
                re.M), ""),
    # a 飞书 kanban: a closed card no wish (卡片#11 把“极客之家”挪到第三条, closed: its
    # reader found the move made), the cards' fields and group bars no text
    (re.compile(r"^[ \t　]*━+[ \t　]*已关闭[\s\S]*?(?=^[ \t　]*━|\Z)", re.M), ""),
    (re.compile(r"^[ \t　]*(?:━+|▣)[^\n]*$", re.M), ""),
    # a form's named header fields: a kanban card's, a 日志's, a 日程's (blind53), an AI
    # minutes' and a 督办单's (blind50), a fax's (blind54)
    (re.compile(r"^[ \t　]*(?:负责人|关闭人|子任务|空间|视图|导出人|导出时间|日志模板|提交人|"
                r"汇报对象|统计周期|组织者|参与人|提醒|重复|创建时间|主题|时间|地点|"
                r"会议主题|会议时间|会议地点|参会人|参会人员|被检单位|预检时间|预检人员|"
                r"督办编号|督办日期|承办单位|督办事项|办理时限|反馈单位|填表人|办理结果反馈|"
                r"事由|收件单位|发件单位|收件人|发件人|页数)"
                r"(?:[（(][^）)\n]*[）)])?[：:][^\n]*$", re.M), ""),
    (re.compile(r"^[ \t　]*评论[：:]\s*[\u4e00-\u9fff]{2,4}[（(][^）)\n]*[）)][：:]\s*", re.M), ""),
    # a 钉钉 日志's section heads, read count and comment bar (▌本周完成工作, 已读 3/3, ——
    # 评论（6）——), a 回复 line; a WeChat 合并转发 bundle's title, count, date bars and the
    # ┆ of its nested bundle
    (re.compile(r"^[ \t　]*(?:▌[^\n]*|已读\s*\d+/\d+[^\n]*|—+\s*(?:评论|日程讨论)[^\n]*|"
                r"「[^」\n]*聊天记录」[^\n]*|[（(]合并转发[^\n]*|[—\-]{3,}\s*\d{4}-\d{2}-\d{2}\s*[—\-]*|"
                r"回复\s*[\u4e00-\u9fff]{2,4}[：:][^\n]*)$", re.M), ""),
    (re.compile(r"^[ \t　]*┆[ \t　]*", re.M), ""),
    # a 大事记 (blind54): an entry ✗ is not to be written, ★ one to be; an entry's date and
    # its event parted by spaces are one sentence (1984年8月　县里成立…, 1月5日　召开…)
    (re.compile(r"^[^\n]*✗[^\n]*$", re.M), ""),
    (re.compile(r"[★☆]"), ""),
    (re.compile(r"^[ \t　]*((?:(?:19|20)\d\d年)?\d{1,2}月(?:\d{1,2}日)?(?:[—\-]\d{1,2}日)?)[ \t　]+"
                r"(?=[^\s])", re.M), r"\1"),
    (re.compile(r"(?<=月)(?:站|所|院|局|厂|馆|队)里(?=加挂|成立|设立|迁|搬|更名|改)"), ""),
    # histories told as stories (blind53): 1973年修柃溪水库，县里成立移民安置办公室; 2012年
    # 鄂董和谌总在县城租了两间民房，开电脑维修店起家; 2008年我和两个师傅在县城开了家电梯维修部
    (re.compile(r"((?:19|20)\d\d年)修(?:建)?([\u4e00-\u9fff]{2,8}?(?:水库|大坝|电站|水电站))[，,]\s*"
                r"([县市])里(?:设|建|成立)了?([\u4e00-\u9fff]{2,12}?)(?=[；;。，,\n]|$)", re.M),
     r"前身为\1修建\2时成立的\3\4"),
    (re.compile(r"((?:19|20)\d\d年)[^，,。；;\n]{0,12}?在([^，,。；;\n]{2,8}?)(?:租了?[^，,。；;\n]{0,8}?[，,]?\s*)?"
                r"开(?!设|办)(?:了家|了一家|家|了)?([^，,。；;\n]{2,12}?(?:店|部|厂|诊所|作坊|门市|铺))(?:起家)?"
                r"(?=[；;。，,\n]|$)", re.M), r"前身为\1在\2开办的\3"),
    # 2009年县卫生局在城东建了第一座医疗废物处置站: the unit's beginning (blind52)
    (re.compile(r"((?:19|20)\d\d年)([县市][\u4e00-\u9fff]{1,8}?(?:局|委|院|站|所|公司))在([^，,。；;\n]{1,8}?)"
                r"(?:修|建)了(第一[座个家所][\u4e00-\u9fff]{2,12}?(?:站|所|厂|中心|场))"
                r"(?=[；;。，,\n]|$)", re.M),
     r"前身为\1\2在\3建成的\4"),
    # 医院是1983年市民政局办的盲人按摩诊所起家的 (blind63): the unit's beginning
    (re.compile(r"(?:医院|学校|学院|公司|中心|协会|[站所院馆厂]里?)是((?:19|20)\d\d年)"
                r"([^，,。；;\n]{2,12}?)(?:开办|创办|办|建)的([^，,。；;\n]{2,16}?)起家的?"
                r"(?=[；;。，,\n]|$)", re.M), r"前身为\1\2开办的\3"),
    # 2014年计总带着三个退伍兵在城郊租了个仓库，买了两架无人机起家，办起翼农飞防服务队
    # (blind60): the story of a start, its outcome the unit's beginning
    (re.compile(r"((?:19|20)\d\d年)[^；;。\n]{0,40}?(?:起家[，,]\s*|带着[^；;。\n]{0,30}?)办起了?"
                r"([\u4e00-\u9fff]{2,12}?"
                r"(?:队|站|所|厂|店|部|社|中心))(?=[；;。，,\n]|$)", re.M), r"前身为\1创办的\2"),
    # a patrol log's fields (发现情况：复查21日标记枯死木7株…, 巡查路线：…, blind61): the
    # patrol's record, no statement of the unit's
    (re.compile(r"^[ \t　]*(?:发现情况|处置情况|检查情况|巡查(?:路线|人员|面积|范围)|天气|驾驶员)"
                r"[：:][^\n]*$", re.M), ""),
    # a form's row of two cells, its label no text (项目背景｜公司前身是…, blind54)
    (re.compile(r"^[ \t　]*[\u4e00-\u9fff]{2,8}[ \t　]*[｜|][ \t　]*(?=[^｜|\n]+$)", re.M), ""),
    # blind54's forms: a fax's transmission lines (12/23/2026 15:47　FROM：…　P.001/003),
    # its title and foot; a form's (本表一式两份…), its options (☑…　□…) and approvals
    # (同意申报。　晁明川　2026.12.20); a quoted message in a chat search (「芮一诺：…」) and
    # the paster's note on what was pasted (（芮一诺：…我在群里搜了…全贴上了…）); a letter's
    # salutation (小费：) and its signed date (12月23日于党校)
    (re.compile(r"^[^\n]*\bFROM[：:][^\n]*$|^\s*传\s+真\s*$|^\s*[（(](?:完|本(?:表|传真|单|页)"
                r"[^\n]*)[）)]\s*$|^[^\n]*☑[^\n]*□[^\n]*$|^[^\n]*□[^\n]*□[^\n]*$|"
                r"^\s*「[^」\n]*」\s*$|^\s*[-—]\s*[-—\s]{4,}$|^\s*\d{1,2}月\d{1,2}日于[^\n]*$|"
                r"^\s*[\u4e00-\u9fff]{1,4}[：:]\s*$|^\s*[\u4e00-\u9fff]{2,8}[（(]盖章[）)][：:][^\n]*$|"
                r"^\s*[（(](?:对照|依据|根据|参照)《[^》\n]+》[^）)\n]{0,6}[）)]\s*$", re.M), ""),
    (re.compile(r"^\s*[（(][\u4e00-\u9fff]{2,4}[：:](?=[^\n]*(?:贴|导出|搜了|转给|发来|敲出来|整理|"
                r"截图|复制))[^\n]*[）)]\s*$", re.M), ""),
    (re.compile(r"(?:^|(?<=[｜|]))\s*同意(?:申报|立项|上报)[。，,]?(?:\s*[\u4e00-\u9fff]{2,4}\s*"
                r"\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2})?", re.M), ""),
    # a pasted document's title line (2027年创建市级文明单位实施方案（第2稿）,
    # …分镜头脚本（第三稿）)
    (re.compile(r"^[ \t　]*[^\n。，；：:]{0,30}(?:(?:方案|计划|总结|汇报|提纲)[（(][^）)\n]*[）)]|"
                r"[（(]第[一二三四五六七八九十\d]{1,2}稿[）)])[ \t　]*$",
                re.M), ""),
    # a chatbot conversation exported (豆包：, 文心一言：…): only the writer's turns are
    # wishes; the bot's outline (…规范处理泔水) and offers (约4000字) never are
    (re.compile(r"^[ \t　]*(?:豆包|文心一言|Kimi|通义千问|DeepSeek|ChatGPT|元宝|智谱清言)"
                r"[：:][\s\S]*?"
                r"(?=^[ \t　]*我[：:]|\Z)", re.M | re.I), ""),
    (re.compile(r"^[ \t　]*我[：:][ \t　]*$", re.M), ""),
    # blind50's forms: a speech-to-text transcript's header (…走一圈.m4a　时长00:24:37) and
    # speaker lines (说话人1　00:00:09), the writer's key in brackets (（我标了一下：说话人1是
    # 季董…）), a form's header fields two to a line (被检单位：…　　预检时间：…), an AI
    # minutes' header (会议主题：…, 参会人：…) and its chapter times (06:40　小区概况)
    (re.compile(r"^[^\n]*(?:\.(?:m4a|mp3|wav|amr|aac|mp4|docx?|xlsx?|pdf|pptx?)|时长\s*\d)[^\n]*$",
                re.M | re.I), ""),
    (re.compile(r"^\s*(?:说话人|发言人)\s*\d{1,2}(?:[ \t　]+\d{1,2}:\d{2}(?::\d{2})?)?\s*$",
                re.M), ""),
    (re.compile(r"^\s*[（(]我(?!们|[院校局所站厂会队场馆台行社园]|中心|公司|支部)[^\n]*$",
                re.M), ""),
    (re.compile(r"^\s*[\u4e00-\u9fff]{2,8}(?:[（(][^）)\n]{1,6}[）)])?[：:][^\n]{1,40}?"
                r"(?:[ \t　]{2,}|　)"
                r"[\u4e00-\u9fff]{2,6}[：:][^\n]*$", re.M), ""),
    (re.compile(r"^\s*\d{1,2}:\d{2}[ \t　]+[^\n，,。；]{1,10}$", re.M), ""),
    # blind51's: a PPT's notes pages (第4张　重点工作（动画：逐条飞入） / 备注：…), a leader's
    # hand note in 〔〕 (〔鄢庭手批：…〕), a scan's page marks (——第2页——, |||　—3—) and a
    # 便笺's printed fields (No. 0062　年　月　日)
    (re.compile(r"^\s*第\d{1,2}张[ \t　]+([^\n（(]{1,12})[^\n]*\n\s*备注[：:]\s*([^\n]*)", re.M),
     # “四强”在这一页完整讲一次 → “四强”放在指导思想里完整讲一次
     lambda m: re.sub(r"在?(?:这一页|本页|这页)", f"放在{m[1].strip()}里", m[2])),
    (re.compile(r"^\s*第\d{1,2}张[ \t　]+[^\n]{0,24}$", re.M), ""),
    (re.compile(r"^\s*备注[：:]\s*", re.M), ""),
    (re.compile(r"〔[^〕：:\n]{0,8}(?:手批|批注|批示|手写)[：:]\s*([^〕\n]*)〕?"), r"\1"),
    (re.compile(r"^\s*[—\-|｜ \t　]*(?:第\d{1,2}页|—\d{1,2}—)[—\-|｜ \t　]*$", re.M), ""),
    (re.compile(r"^\s*No\.\s*\d+[^\n]*$|^[^\n]*年[ \t　]+月[ \t　]+日\s*$", re.M), ""),
    # blind52's: a 公众号 draft's comments (💬批注（邝振川）：…), its pictures ([图片3张],
    # [封面图] 监测车夜巡.jpg), a group's vote (琮城营业部工作群（11人）, 投票1：…, A. …　6票　75%),
    # a sign-in sheet's count (（应到7人，实到5人…录入…）)
    (re.compile(r"^[^\n]*\.(?:jpe?g|png|gif)\s*$|\[(?:图片|视频|封面图)\d*张?\]\s*", re.M | re.I),
     ""),
    (re.compile(r"^\s*▍\s*([^\s　：:]{1,8}?)[ \t　]+", re.M), r"\1："),  # ▍站史　1991年…
    # ▍护考　… / 💬批注（邝振川）：这是全站最拿得出手的…这块放第二个讲: what the comment's 这
    # points to is the section it is under
    (re.compile(r"^\s*([^：:\n]{1,10})：([^\n]*)\n\s*(?:💬)?\s*批注[（(][^）)\n]{1,8}[）)][：:]\s*"
                r"([^\n]*)", re.M),
     lambda m: f"{m[1]}：{m[2]}\n" + re.sub(r"(^|(?<=[。；]))这(?:块|个|条)?(?=是|放)",
                                            lambda _: m[1].strip(), m[3])),
    (re.compile(r"^\s*(?:💬)?\s*批注[（(][^）)\n]{1,8}[）)][：:]\s*", re.M), ""),
    (re.compile(r"^[^\n]*(?:群[（(]\d+人[）)]|^\s*投票\d+[：:])[^\n]*$|"
                r"^\s*[A-H][.．、]\s*[^\n]*\d+票[^\n]*$", re.M), ""),
    (re.compile(r"^\s*[（(][^）)\n]*(?:应到|实到|录入|整理)[^）)\n]*[）)]\s*$", re.M), ""),
    (re.compile(r"^\s*(?:[·•●○◆■□▪*▍]|-(?!\d))\s*", re.M), ""),   # · 公司前身是… (a bullet)
    # > a quoted e-mail's line; [√] [ ] [×] ☑ a checklist's marks (blind29)
    (re.compile(r"^\s*(?:>+|\[[√×xX✓✗ ]?\]|[☑☐☒✔✘✓✗])\s*", re.M), ""),
    (re.compile(r"^\s*答[：:]\s*", re.M), ""),                        # 答：交书面的
    # blind49's forms: a group's 接龙 (#接龙; 4. 杉坪村 谭春：…; 5. 严书记：…; @贺小溪), a
    # work diary's day lines (12月24日　周四　晴) and its heading
    (re.compile(r"^\s*#\S*\s*$|^[^\n]*(?:接龙|格式[：:])[^\n]*$", re.M), ""),
    (re.compile(r"^\s*\d{1,2}[.、．]\s*(?:[\u4e00-\u9fff]{2,8}[ \t　]+)?"
                r"[\u4e00-\u9fff]{1,4}[：:]\s*",
                re.M), ""),
    (re.compile(r"@[\u4e00-\u9fff]{1,6}[ \t　]*"), ""),
    (re.compile(r"^\s*\d{1,2}月\d{1,2}日[ \t　]*(?:（?(?:周|星期)[一二三四五六日天]）?)?[ \t　]*"
                r"(?:晴|阴|多云|小雨|中雨|大雨|雨|雪|小雪|雾|晴转多云)?[ \t　]*$", re.M), ""),
    (re.compile(r"^\s*工作日记[^\n]*$", re.M), ""),
    # a founder's own words (blind48): 2009年我和我哥在岫坪乡租了几个大棚，办起禾岫菌菇专业
    # 合作社; 2014年注册成公司
    (re.compile(r"((?:19|20)\d\d年)我(?:和我?[\u4e00-\u9fff]{1,3})?在([\u4e00-\u9fff]{2,6}?[乡镇村])"
                r"[^，,。；\n]{0,10}[，,]\s*(?:办起|办了|开起|建起)了?"
                r"([\u4e00-\u9fff]{2,20}?(?:合作社|公司|厂|店|作坊|农场))"),
     r"前身为\1在\2创办的\3"),
    (re.compile(r"((?:19|20)\d\d年)注册成(?:了)?公司"), r"\1注册成立公司"),
    # 2009年我从县医院出来在城关办的禾睦诊所 (blind50's 董事长: his own start, lost)
    (re.compile(r"((?:19|20)\d\d年)我从[^，,。\n]{2,10}?出来[，,]?在([\u4e00-\u9fff]{2,6}?)"
                r"(?:办的|办了|办起了?|开的|开了)([\u4e00-\u9fff]{2,12}?(?:诊所|医院|公司|厂|店|"
                r"学校|合作社|中心|工作室))"),
     r"前身为\1在\2创办的\3"),
    # emoji and a keycap's list mark (1️⃣ 明年是…; 收到👌), a chat's voice-to-text tag, a
    # chat's header line (陈局 12-22 21:14), a record's header lines (时间：…, 来电人：…):
    # no text (blind33: 5️⃣ and 咱们 printed)
    # (and a technical sign a paster marks remarks with: ⎈, blind67)
    (re.compile(r"\d\ufe0f?\u20e3\s*|[\U0001F000-\U0001FAFF\u2300-\u23FF\u2600-\u27BF"
                r"\u2B00-\u2BFF\ufe0f]"), ""),
    (re.compile(r"\[(?:语音转文字|语音|图片|文件|表情)\]\s*"), ""),
    (re.compile(r"^\s*[\u4e00-\u9fff]{1,6}\s*\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}\s*$", re.M), ""),
    (re.compile(r"^\s*(?:时间|地点|主持|主持人|记录|记录人|来电人|发件人|收件人|主题|参会人员|出席|"
                r"列席|整理)[：:][^\n]*$", re.M), ""),
    # a speaker's label or a minutes' speaker (黎总：…, 石振邦监狱长强调，…, 俞晓岚副监狱长
    # 补充，…; blind33)
    (re.compile(r"^\s*[\u4e00-\u9fff]{1,3}(?:副?(?:总经理|总|书记|局长|院长|主任|经理|董事长|所长|"
                r"站长|会长|校长|政委|监狱长|台长|科长|部长|主席))(?:[（(][^）)\n]{1,10}[）)])?"
                r"(?:[：:]|(?:指出|强调|补充|插话|提出|表示|明确|讲了|说|又?补(?:充)?了一句)[，,：:]?)\s*",
                re.M), ""),  # 陶书记补了一句：… (blind40)
    # 第3页：…, 第1页页边：…, 最后一页：…, P4 底下（铅笔）：… (margin notes copied off a
    # printout, blind31, blind32)
    # the label is what a bare placing speaks of (P4 “四型”工信人：挂在理论武装那条里)
    # 学校2009年建校，现有学生2216人……（温：两处都不对。建校是2011年…）: an outline's
    # words the leader's bracket corrects are gone, the bracket's words stay (blind35)
    (re.compile(r"^[^\n（(]*……\s*(?=[（(][\u4e00-\u9fff]{1,3}[：:])", re.M), ""),
    (re.compile(r"^\s*[（(][\u4e00-\u9fff]{1,3}[：:]\s*([^\n]*?)[）)]\s*$", re.M), r"\1"),
    # [批注3] …: a Word comment's number (blind34)
    (re.compile(r"^\s*\[批注\d{1,2}\]\s*", re.M), ""),
    # 第1页“我委组建于2019年”：不全面。: a comment on last year's words, not the unit's
    (re.compile(r"^\s*第[一二三四五六七八九十\d]+页“[^”\n]{0,40}”[：:][^。\n]{0,8}。?", re.M), ""),
    (re.compile(r"^\s*(?:第[一二三四五六七八九十\d]+页|最后一页|末页|[Pp]\s?\d{1,2}(?![\d.]))"
                r"\s*([^：:\n（(]{0,10}(?:[（(][^）)\n]{0,12}[）)])?)[：:]\s*"
                r"(?=(挂在|放在|放到|写进|写在|放进)?)", re.M),
     lambda m: m[1] if m[2] and re.search(r"[“”\u4e00-\u9fff]", m[1]) else ""),
    # （以下是鲍局长…的批注，我按页码照抄下来。——办公室 小覃）: the copyist's line (blind32)
    (re.compile(r"^\s*[（(](?:以下|下面|附|注)[^）)\n]*[）)]\s*$", re.M), ""),
    # 白色那张：…, 小黄条：…, 蓝色小的：… (sticky notes copied off a photo, blind34)
    (re.compile(r"^\s*[^\n：:，。]{0,8}(?:张|那条便签|便签|便利贴|小黄条|色小的|色的|"
                r"色（背面）)[：:]\s*", re.M), ""),
    # 胡队 12/14 08:41：…, 我 08:43：… (a text-message thread, blind34)
    (re.compile(r"^\s*[\u4e00-\u9fff]{1,4}\s+(?:\d{1,2}/\d{1,2}\s+)?\d{1,2}:\d{2}[：:]\s*", re.M),
     ""),
    # 09:35 祁景澄：… (a chat's time and name), 储院长意思：… (who said it, blind32)
    (re.compile(r"^\s*\d{1,2}[:：]\d{2}\s*[\u4e00-\u9fff]{2,4}(?:[（(][^）)\n]{1,10}[）)])?"
                r"[：:]\s*", re.M), ""),   # 09:40 滕亚楠（公益宣传科）：…
    (re.compile(r"^\s*[\u4e00-\u9fff]{1,3}(?:院长|局长|主任|书记|经理|董事长|所长|站长|会长|校长)"
                r"的?(?:意思|说|讲|交代|要求)[：:]\s*", re.M), ""),
    (re.compile(r"(?:^|(?<=[，,。\n]))\s*(?:嗯|然后那个|然后|那个|就是那个)[，,]?\s*"), ""),
    # an AI minutes' third person (厉振华表示，…; 侯静补充，…; 发言人3认为…; 冉晓宇说…:
    # blind50, printed); not an article's 本文介绍了… (blind62: 了… was left as a history step)
    (re.compile(r"(?:^|(?<=[。；\n]))\s*(?!本文)(?:[\u4e00-\u9fff]{2,3}|发言人\d{1,2})"
                r"(?:表示|强调|补充|提醒|提出|介绍|认为|指出)(?![了过])[，,：:]?\s*", re.M), ""),
    # (not 来历我说：1962年…: a history's label, blind95's lost with its first step; nor
    # 这一块说的就是…: what a part of the pasted text is about, blind119's 的就是… printed)
    (re.compile(r"^\s*(?:(?!来历|历史|沿革|[这那])[\u4e00-\u9fff]{2,3}|发言人\d{1,2})说(?=[^，,。\n]{4,})",
                re.M), ""),
    (re.compile(r"(?<=[年月里])呢|(?<=[\u4e00-\u9fff])呢(?=于|是|现在|就|[，,])|"
                r"(?<=[\u4e00-\u9fff”])[哈啊呀嘛](?=[，,。！!\n]|$)"), ""),
    # an approval's record: ③ 安全环保部经理　符小蕖　已同意　01-12 14:20, 意见：…, a form's
    # header fields (流水号：…, 当前环节：…), 拟办意见（办公室主任 苏立桐　1月4日 17:26）：…,
    # （申请人 严梓萌 01-13 17:40 已修改，重新提交）, [企业微信·审批] (blind36: printed)
    (re.compile(r"^[^\n。，]{0,40}(?:已同意|退回修改|同意|已阅|不同意|驳回)\s*"
                r"\d{1,2}[-/]\d{1,2}\s+\d{1,2}:\d{2}\s*$", re.M), ""),
    (re.compile(r"^\s*(?:流水号|密级|缓急|标题|拟稿|核稿|附件|审批编号|申请人|提交时间|当前状态|"
                r"当前环节|抄送|审批流程|印发范围)[：:]?[^\n]*$", re.M), ""),
    (re.compile(r"^\s*\[[^\]\n]{0,20}\][^\n]*$|^\s*[（(][^）)\n]{0,20}\d{1,2}:\d{2}[^）)\n]*[）)]"
                r"\s*$", re.M), ""),
    (re.compile(r"^\s*(?:意见|[\u4e00-\u9fff]{2,4}意见|领导批示|批示)(?:[（(][^）)\n]{0,40}[）)])?"
                r"[：:]\s*", re.M), ""),
    # a duty log (blind38): its shift lines, a line's time, who phoned or reported
    # (12月18日（周五）白班　值班人：褚小禾; 09:25 汪总原话记一下：…; 14:00 团支部报来：…)
    (re.compile(r"^[^\n]*(?:值班人|交班事项|接班人|接班人签字|值班记录)[：:]?[^\n]*$", re.M), ""),
    (re.compile(r"^\s*\d{1,2}:\d{2}\s+", re.M), ""),
    (re.compile(r"^\s*[\u4e00-\u9fff]{1,6}(?:原话记一下|原话|报来|来电|又来电)[，,：:]\s*"
                r"(?:交代[\u4e00-\u9fff]{0,4}[：:])?", re.M), ""),
    # a speech's excerpts marked for use (blind38): （三）“……我们的饭碗就是调查研究……”〔用。
    # 调查研究这块放第一…〕 is the excerpt and the mark's words; 〔不用…〕 and 〔改：…〕 keep only
    # the mark's words (the excerpt is not to be said, or said otherwise)
    (re.compile(r"^\s*[（(][一二三四五六七八九十\d]{1,3}[）)]\s*“([^”\n]*)”\s*〔([^〕\n]*)〕\s*$",
                re.M), _excerpt),
    # a 修改对照表: 序号3 / 原文：the old draft's words / 修改为：… / 说明：… (blind36: 原文
    # is what is no longer said; 修改为 and 说明 what is)
    (re.compile(r"^\s*原文[：:]\s*(“[^”。…\n]{2,20}”)[^\n。]+。?\s*\n\s*(?:修改为|改为)[：:]\s*",
                re.M), r"\1："),  # 原文：“五件实事”出现了四次。修改为：只在…讲一遍
    (re.compile(r"^\s*(?:序号\s*\d{1,2}|原文[：:][^\n]*)\s*$", re.M), ""),
    (re.compile(r"^\s*(?:修改为|改为|说明)[：:]\s*", re.M), ""),
    # 来历讲得太省了。改成：1978年是…; the reviser's lead-in mid-line (blind48)
    (re.compile(r"(?<=[。；])\s*(?:改成|修改为|改为|写成)[：:]\s*"), ""),
    # 中心的来历要交代清楚：…, 基本情况要补公司来历：…, 先把支部的来历写清楚，: what the
    # history is asked, before the history (blind36: 1958年成立县农机站 lost with it)
    # 场史：开头写清楚：… (blind51)
    (re.compile(r"(?:^|(?<=[。；：:\n]))\s*(?:开头|首先|先)?写清楚[：:]"), ""),
    (re.compile(r"(?:^|(?<=[。；\n]))[^。；：:，\n]{0,14}(?:来历|历史|沿革|[场站厂院校所馆]史)[^。；：:，\n]{0,12}"
                r"(?:交代清楚|写清楚|写全|讲清楚|说清楚|补上)?[：:]"), ""),
    # a rhetorical question's tail: …大楼——这几句交代清楚不就够了？; 最后一条：… (blind36)
    # (not a statement: …——放在北门值守那条里讲清楚，别处不挂；“…”指导思想里讲一次就够了。
    # blind77)
    (re.compile(r"——[^——。？?！\n；;]*(?:(?:不就|吗|呢)[^。？?\n；;]*[？?]?|"
                r"(?:就够了|就行了?)[^。？?\n；;]*[？?])"), "。"),
    # a leader's rhetorical questions (blind36): 难道不该放第一个讲吗？ is an instruction,
    # …，为什么排在第五？ and …，不行吗？ its lead and tail
    (re.compile(r"难道不?该(.*?)吗[？?]"), r"应当\1。"),
    (re.compile(r"[，,]\s*为什么[^，。？?\n]*[？?]\s*(?=应当)"), "，"),
    (re.compile(r"[，,]\s*不行吗[？?]"), "。"),
    (re.compile(r"(?:^|(?<=[。\n]))\s*(?:最后一条|第[一二三四五六七八九十]+条)[：:]\s*", re.M), ""),
    # 我补几句供参考：…, 补充两点：… (a reviser's lead-in, blind36)
    (re.compile(r"(?:(?<=[，,。；\n])|^)\s*(?:我|再)?补(?:充)?(?:几|两|三|一)(?:句|点|条)"
                r"(?:供参考)?[：:]\s*", re.M), ""),
    # 卢部长补充：2025年… (blind48's rehearsal notes): a speaker adding a line
    (re.compile(r"^\s*[\u4e00-\u9fff]{2,5}(?:补充|插话|插了一句)[：:]\s*", re.M), ""),
    # 钱：宋老师，…; 宋：先把…: an interview's speakers, a surname or a name (blind36)
    (re.compile(r"^\s*[\u4e00-\u9fff]{1,3}[：:](?=[^\n]{4,})", re.M), ""),
    # 学校是2014年建的——不对，2014年是县里立项…: what the writer took back is gone
    # 党员呢现在是17个——哦不对不对，…: what was taken back goes with its 哦 (blind31)
    # 党员16名——划掉了，改成14名; 八百零六——等下，八百六十 (blind33)
    (re.compile(r"[^，,。；;\n]*——?\s*(?:[哦噢啊嗯]\s*)?(?:不对|算了|说错了|作废|划掉了?|打错了?|"
                r"写错了?|等下|等等|等一下)+[，,。]?"), ""),
    # 汇报里诉讼服务放第二个讲: the document's part, no work's name (blind51)
    (re.compile(r"(?:^|(?<=[：:，,。]))\s*(?:汇报|总结|计划|方案|稿子|材料)里"
                r"(?=[^，,。\n]{2,12}放第)", re.M), ""),
    # 方案里打头, 山地搜救汇报里排第二, 总结第二个讲师带徒那块: the document's part, no
    # work (blind54)
    (re.compile(r"(?:汇报|总结|计划|方案|稿子|材料)里"
                r"(?=打头|放第|排第|第[一二三四五六七八九十])"), ""),
    (re.compile(r"(?<![\u4e00-\u9fff])(?:汇报|总结|计划|方案|稿子|材料)"
                r"(?=第[一二三四五六七八九十]个?(?:讲|写|放|条))"), ""),
    # 年终总结做法第一个讲: the document's part, no work (blind52)
    (re.compile(r"(?:年终|年度)?(?:汇报|总结|计划|方案|稿子|材料)(?:里|的)?(?=做法|措施)"), ""),
    # →只写247; 回复：→工作室是我们的亮点 (blind50's feedback sheet: what he wants changed,
    # printed as “→”工作室); A→B inside a clause is a correction and stays
    (re.compile(r"(?:^|(?<=[。；：:\n]))[ \t　]*→[ \t　]*", re.M), ""),
)
"""A voice message's and a chat's marks around what it says (嗯，然后那个，2026年呢…哈)."""


_TREE = re.compile(r"^[ \t　]*(?:[│├└┬┴┼┌┐┘┤─]+[ \t　]*)+", re.M)
_TREE_NAME = re.compile(r"^([ \t　│├└─]*)(“[^”\n]{2,12}”)[ \t　]*\n[ \t　│├└─]*"
                        r"((?:放|挂|写进|写在|只在|在)[^\n]*)$", re.M)
"""A mind map's node naming a slogan, with one child saying where it goes (“三心” / └─ 放在
白衣志愿那条里讲, blind50): one line, “三心”放在白衣志愿那条里讲."""
"""A mind map's lines exported as a tree (│  ├─ 1984年成立…, blind50: printed with them)."""

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


def _ordered_marks(text: str) -> str:
    """Circled numbers under the notes' 顺序 (措施顺序 / ① 白衣志愿·健康进社区（招牌，写足写透）
    / ② 党员示范岗, blind50's mind map) as the places they give: 白衣志愿·健康进社区放第一，
    招牌，写足写透."""
    # the line naming 顺序 that ① follows (措施顺序; （右边一栏，标题“顺序”）), not 照去年的
    # 顺序 in a sentence before ④ … (blind51)
    heading = re.search(r"^[^\n]*顺序[^\n]*\n[ \t　│├└─]*①", text, re.M)
    if heading is None:
        return text
    at = heading.start()

    def place(line: re.Match[str]) -> str:
        n = cn_numeral(_CIRCLED.index(line[1]) + 1)
        note = f"，{line[3]}" if line[3] else ""
        return f"{line[2].strip()}放第{n}{note}"
    return text[:at] + re.sub(r"^\s*([①-⑩])\s*([^（(\n]+?)(?:[（(]([^）)\n]*)[）)])?\s*$", place,
                              text[at:], flags=re.M)


_MARKED = re.compile(r"^(?P<old>[^【\n]*?)【(?P<mark>改|删|加|留|挪|照)(?P<rest>[^】\n]*)】", re.M)
"""A line of last year's text with the leader's mark after it (blind49: 一、基本情况：我所现有
职工33人……【改：职工28人。33是前年的数…】; 【加：来历要交代。1984年…】; （三）做强…巡讲【挪到
第一条。这是我们的招牌…】)."""


def _marked(line: re.Match[str]) -> str:
    """A marked line as what it asks: the old words struck (删, 改) give way to the mark's;
    kept (留) or moved (挪…, 照原稿) they stay, with the mark's words after them; the
    document's title (标题：…) is the facts'."""
    old, mark = line["old"].strip(), line["mark"]
    rest = line["rest"].lstrip("：:，,。 ")
    if mark in ("删", "改", "加") or re.match(r"标题[：:]", old):
        return "" if re.match(r"标题[：:]", old) else rest
    if mark == "留":  # 【留，挪到第二】: moved as it is
        return f"{old}{rest}" if re.match(r"[挪放排调移]", rest) else ""
    return f"{old}{mark}{rest}" if mark == "挪" else f"{old}，{mark}{rest}"


_WHEN = (r"(?:现在|刚刚|\d{1,2}分钟前|\d{1,2}小时前|"
         r"(?:昨天|前天|今天|明天)(?:[ \t　]*\d{1,2}:\d{2})?|"
         r"\d{1,2}-\d{1,2}[ \t　]+\d{1,2}:\d{2}|\d{1,2}:\d{2}|星期[一二三四五六日])")
"""When a phone's list says an entry came (刚刚, 11分钟前, 昨天 22:41, 01-05 16:20)."""
_NOTICE = re.compile(rf"^[ \t　]*(\S{{1,12}}?)[ \t　]{{2,}}{_WHEN}[ \t　]*$")
"""A notification's header line: its app and when (企业微信　　3分钟前)."""
_CHAT_APPS = re.compile(r"企业微信|微信|短信|信息|钉钉|QQ|TIM|飞书|WeLink|政务微信|浙政钉|粤政易|"
                        r"邮件|邮箱")
"""The apps whose notifications are people's messages; any other app's are the phone's."""
_PHONE_NOISE = re.compile(
    rf"^[ \t　]*{_WHEN}[ \t　]*$|"  # a clipboard entry's time
    r"^[ \t　]*\d{1,2}:\d{2}[ \t　][^\n]*\d{1,3}%[ \t　]*$|"  # the status bar: 21:08 5G 63%
    r"^[^\n]*［(?:清除|管理|清空)[^］\n]*］[^\n]*$|^[^\n]*条通知已折叠[^\n]*$|"
    r"^[^\n\u4e00-\u9fff]*置顶[ \t　]*$|^[ \t　]*统一社会信用代码[^\n]*$|"
    r"^[ \t　]*【[^】\n]{2,12}】[^\n]*(?:您|取件码|验证码|订单)[^\n]*$|https?://\S+", re.M)
"""A phone's own lines in a pasted list: times, status bar, buttons, pinned marks, an
express or ticket SMS (【菜鸟驿站】您的包裹…), a link."""


def _phone_lists(notes: str) -> str:
    """A phone's notification centre or clipboard list pasted as notes (blind57: 在好友中
    排第41名 and a train ticket printed as the bank's history and results): only the
    people's messages (企业微信, 短信…) stay, without their header lines; any other app's
    notifications (微信运动, 铁路12306, 淘宝, 日历) and the phone's own lines go."""
    out: list[str] = []
    keep = True
    for line in notes.split("\n"):
        head = _NOTICE.match(line)
        if head and not re.search(r"[，。；：:]", head[1]):
            keep = bool(_CHAT_APPS.fullmatch(head[1]))
            continue
        if keep:
            out.append(line)
    return _PHONE_NOISE.sub("", "\n".join(out))


_REMARK = re.compile(rf"^\s*{_MARK}")
"""A remark's mark at the start of a line."""
_REMARK_ONLY = re.compile(rf"^\s*{_MARK}\s*[\u4e00-\u9fff]{{0,8}}"
                          r"(?:[（(][^）)\n]{1,20}[）)])?\s*[：:]?\s*$")
"""A remark's mark with nothing after it but who wrote it and where (☛会长写（单子背面）：):
the lines after it are the remark, to the next remark or page mark."""
_NOT_OURS = re.compile(r"^\s*〔(?:编辑|校对|审稿|责编|编者)[：:]")
"""The remark of the source's own editor (a 年鉴's 〔编辑：…〕, blind58): no wish of ours."""
_FIELD_MEETING = (r"(?:现场(?:推进|交流|观摩)?会|工作交流会|(?:研究会|学会|协会)年会|"
                  # (a city's or province's, not the unit's own 创建…工作推进会: blind59)
                  r"全[国省市县区][\u4e00-\u9fff]{2,20}?工作(?:推进|观摩)会|"
                  r"总结推进会|工作研讨会)")
"""A 现场会 by any of its names (现场推进会, 现场交流会, 现场观摩会: blind57, blind58; a
全省高校校友工作交流会 held at the unit, its visitors taken to see the work: blind87; a
全省高校学报研究会年会, blind88; a …总结推进会, blind89; a …教育工作研讨会, blind91; a
全市自然资源执法工作推进会, a …国防教育工作观摩会, blind97)."""
_LISTED = re.compile(r"\s*(?:\d{1,2}[．.、]|[一二三四五六七八九十]是)")
"""An item of a source's numbered list (1．…, 一是…)."""
_PAGE_MARK = re.compile(r"^\s*(?:━{3,}|─{3,}|－\d+－|[（(]?以上第\d+页|第\d+页)")
_HISTORY_LINE = re.compile(r"(?:19|20)\d\d(?:年|[ \t　]+)[^\n]{0,40}?"
                           r"(?:成立|设立|更名|(?<!重新)挂牌|迁|搬|分设|前身|组建)")
_MEETING_LINE = re.compile(rf"{_FIELD_MEETING}|简报")
_SOURCE_KEPT = re.compile(f"{_HISTORY_LINE.pattern}|{_MEETING_LINE.pattern}")
"""A pasted source's line the remarks may send the writer to: the unit's history (来历就照
时间轴这几句) or its work's outside account (现场会、简报、推广这几句…说一次, blind58)."""


_DECLARED = re.compile(rf"(?:标|画|打|加)(?:了|着|上)?[“\"]?"
                       rf"((?:{_SYMBOL}|[〖【〔〈])[^”\"\n。，,]{{0,10}}?)"
                       r"[：:]?[”\"]?(?=[。，,；;）)\n]|$)")
"""The paster's word for the mark the remarks carry (前面标“⊙亢站批：”, 标〖滑书记手批〗:
blind59): the remarks then are the lines it opens, no other mark's (▲ of the source's own
news items; 画了“∿” too, blind121)."""


def _remark_pattern(notes: str) -> re.Pattern[str]:
    """The lines a remark opens (_REMARK), or the declared mark's alone (_DECLARED)."""
    head = notes.split("\n", 1)[0]
    declared = _DECLARED.search(head)
    if declared is not None:
        return re.compile(r"^\s*" + re.escape(declared[1]))
    # … or, undeclared, the symbol that opens three lines or more, the longest on average
    # (⚖ under a 判决书's lines, its paster's line at the end naming no mark: blind68
    # printed the judgment; ❃'s remarks, not a flowchart's ↓ before each short step)
    opening: dict[str, list[int]] = {}
    for m in re.finditer(rf"^\s*({_SYMBOL})([^\n]*)", notes, re.M):
        opening.setdefault(m[1], []).append(len(m[2]))
    # (a remark is a sentence: not a kanban's ▣ 卡片#3 headers, blind53)
    marks = [(sum(n) / len(n), mark) for mark, n in opening.items()
             if len(n) >= 3 and sum(n) / len(n) >= 20]
    return re.compile(r"^\s*" + re.escape(max(marks)[1])) if marks else _REMARK


_SAME_LINES = re.compile(r"照这几[条句行段]|这几[条句行]是对的|历程是对的|就照[^，。\n]{1,8}这几")
"""A remark sending the writer to the source's lines just above it (来历就照这几条写)."""


def _remarked(notes: str) -> str:
    """A pasted source with its reader's remarks (a 会议手册 with ✍, a 报价单 with ☛会长写：,
    a 素材汇总 with 〈校长批〉, a 讲解词 with ✎晁总: blind56, blind57; a 广播实录 with
    ◎雒所批, a 年鉴供稿 with △覃董 and its editor's 〔编辑：…〕: blind58), as the remarks
    and the source's history and account lines only: the source's words are no wish and
    no fact of the text (blind57: a handbook's attendee list, a quote's 交货 terms and a
    解说词 printed). Notes with fewer than three remarks are as they are."""
    lines = notes.split("\n")
    remark = _remark_pattern(notes)
    marks = [line for line in lines if remark.match(line) and not _NOT_OURS.match(line)]
    # a remark telling the 现场会 itself: the source's captions of it are not kept too
    # (↳鲜会长：5月省里的现场会在我们这开…, beside an e-invitation's [图片] lines, blind59)
    # (not one pointing at the source's: 现场会、简报、省局推广这几句…, blind59's clipping)
    told = any(_MEETING_LINE.search(m) and re.search(r"\d{1,2}月", m) for m in marks)
    # three remarks, or two whose bare marks open blocks of them (⦿寇书记批（信纸背面）：)
    if len(marks) < 3 and sum(bool(_REMARK_ONLY.match(m)) for m in marks) < 2:
        return notes
    out: list[str] = []
    block = False  # the lines after a remark's bare mark
    editor = False  # inside the source's editor's 〔…〕
    inside = False  # inside a remark's 〔…〕
    for n, line in enumerate(lines):
        if editor or _NOT_OURS.match(line):
            editor = "〕" not in line
            continue
        if inside or remark.match(line):
            # a 〔…〕 remark goes on to its 〕 (〔戚董批：…几点要求：\n1．…〕, blind55)
            inside = "〕" not in line and (inside or line.lstrip().startswith("〔"))
            # (or the mark the remarks were found by, who wrote them and where after it:
            # ✯禚主委（提案最后一页空白处，写计划的事）：, blind64 read since blind68)
            mark = remark.match(line)
            block = bool(_REMARK_ONLY.match(line) or (mark and re.fullmatch(
                r"\s*[\u4e00-\u9fff]{0,8}(?:[（(][^）)\n]{1,24}[）)])?\s*[：:]\s*",
                line[mark.end():])))
            # 这四条今年都要落到计划里: the source's list just above is the remark's
            # (an 对照检查材料's 整改措施, blind58)
            if re.search(r"这[几两三四五六七八九十\d]*条[^。\n]{0,10}(?:落到|写进|写到|放进|用到)",
                         line):
                listed = list(takewhile(_LISTED.match, reversed(lines[:n])))
                out.extend(reversed(listed))
            # 历程是对的，来历就照这几条写: the source's lines just above (a 文化墙's 发展历程)
            if _SAME_LINES.search(line):
                above = list(dropwhile(lambda li: not li.strip(), reversed(lines[:n])))
                out.extend(li for li in reversed(list(takewhile(
                    lambda li: li.strip() and not remark.match(li), above)))
                    if li not in out and not _NOT_OURS.match(li))  # not the editor's 〔〕
            out.append(line)
        elif not line.strip() or _PAGE_MARK.match(line):
            block = block and not _PAGE_MARK.match(line)
            out.append(line)
        # the paster's note, signed (not the source's own （后台数据：场观4.2万，…）, blind63)
        elif (block or n == 0 or re.fullmatch(r"\s*（[^\n]*——[^\n]*）\s*", line)
              or (_SOURCE_KEPT.search(line) and not (told and _MEETING_LINE.search(line)
                                                     and not _HISTORY_LINE.search(line))
                  and not any(
                  # 来历这段不全，方案开头照这个写：… (blind59: the remark's own history)
                  re.search(r"别照|不要照|不用照|别抄|人家的|别人的|不全|照这个写|按这个写", later)
                  for later in lines[n + 1:n + 3] if remark.match(later)))):
            out.append(line)
    return "\n".join(out)


@lru_cache(maxsize=128)
def _said(notes: str, asides: bool = True) -> str:
    """The notes without their fillers (_FILLERS) and, when `asides`, their asides
    (_ASIDE): the text its statements are read from (what to stress is read with the
    asides: 【讨薪那条请放在…第一位】)."""
    if re.search(r"\.(?:jpe?g|png|heic)\b", notes, re.I):  # a photo's 说明 (blind55)
        notes = re.sub(r"^\s*说明[：:][^\n]*$", "", notes, flags=re.M)
    notes = _struck(_answered(_subtitles(_phone_lists(_remarked(notes)))))
    text = _ordered_marks(_MARKED.sub(_marked, _TREE.sub("", _TREE_NAME.sub(r"\1\2\3", notes))))
    text = _ASIDE.sub("", text) if asides else text
    text = re.sub(r"^[^\n，,。；;]{30,}$", _punctuated, text, flags=re.M)
    text = _wish_column(text)
    text = re.sub(r"^[^\n]*[｜|][^\n]*[｜|][^\n]*[｜|][^\n]*$", _row, text, flags=re.M)
    for pattern, written in _FILLERS:
        text = pattern.sub(written, text)
    text = _TWO_DIGIT_YEAR.sub(r"19\1年", text)
    if asides:  # a quoted line a label stood before (修改为：“年底前创建成…。”, blind36)
        text = re.sub(r"^\s*“[^”\n]*”\s*$", "", text, flags=re.M)
    return text


_TWO_DIGIT_YEAR = re.compile(r"(?<![\d０-９.．了近满达多余整用第共约近每])([5-9]\d)年"
                             r"(?![来以间代底末初中前后内多左上下的工龄头]|\d)")
"""A year said by its last two digits (58年县里…办了个…作坊, 79年建成, 98年改制: blind73's
history), 1950–1999 only (12年 may be twelve years)."""


_WISH_HEAD = re.compile(r"(?:备注|批注|批示|领导意见|[\u4e00-\u9fff]{0,6}如何体现)"
                        r"(?:[（(][^）)]*[）)])?$")
"""A table's column of the leader's wishes, by its head (备注（郦会长）, 方案中如何体现（缪总
意见）)."""


def _wish_column(text: str) -> str:
    """A pasted table whose header names a column of wishes (_WISH_HEAD): its rows as that
    column alone, the header none (blind54: a 分镜头脚本's 画面 and 解说 read as the unit's
    deeds, a 自评表's scores as text; only the 备注 the leader wrote are wishes)."""
    out: list[str] = []
    at, width = -1, 0
    for line in text.split("\n"):
        cells = [c.strip() for c in re.split(r"[｜|]", line)]
        if len(cells) >= 4 and all(len(c) <= 16 for c in cells) and (
                heads := [i for i, c in enumerate(cells) if _WISH_HEAD.match(c)]):
            at, width = heads[-1], len(cells)
            continue
        if at >= 0 and len(cells) == width:
            out.append(cells[at] if cells[at] not in ("—", "-", "无", "") else "")
            continue
        if at >= 0 and line.strip() and len(cells) < 3 and not re.search(r"第\d+页", line):
            at = -1  # the table ends at a line that is no row of it, not at a page mark
        out.append(line)
    return "\n".join(out)


def _row(line: re.Match[str]) -> str:
    """A table row pasted as text (序号｜事项｜提出人｜具体要求｜状态), as 事项：具体要求; the
    header row is nothing (blind35: rows printed whole, 6｜保供数字｜营销部｜…)."""
    cells = [c.strip() for c in re.split(r"[｜|]", line[0])]
    if (cells[0] in ("序号", "编号", "No.", "#") or "具体要求" in cells
            or any(re.match(r"导出时间|有效答卷", c) for c in cells)
            or all(len(c) <= 4 for c in cells)):  # 时间｜地点｜内容｜陪同人员
        return ""
    if len(cells) > 5:  # a 问卷星 answer: each long answer a sentence, not only the longest
        said = [c.rstrip("。") for c in cells if len(c) >= 6 and re.search(r"[\u4e00-\u9fff]{4}", c)
                and not re.match(r"\d{4}[/-]", c)]
        return "。".join(said) + "。" if said else ""
    if re.fullmatch(r"\d{1,2}[.、]?", cells[0]):
        cells = cells[1:]
    topic, said = cells[0], max(cells[1:], key=len, default="")
    return f"{topic}：{said}" if said and len(topic) <= 8 else said or topic


_SRT_TIME = re.compile(r"^\s*\d\d:\d\d:\d\d[,.]\d{3}\s*-->\s*\d\d:\d\d:\d\d[,.]\d{3}\s*$")


def _subtitles(notes: str) -> str:
    """A subtitle file's cues (an .srt a video editor transcribed: number, times, a line
    of speech) as one spoken text, each cue a sentence of clauses parted where the speaker
    paused (blind56: 03年改成现在这个名字 老年人体育协会 read as one clause); other notes
    as they are."""
    lines = notes.split("\n")
    if sum(bool(_SRT_TIME.match(ln)) for ln in lines) < 3:
        return notes
    out = []
    for n, line in enumerate(lines):
        if _SRT_TIME.match(line) or (re.fullmatch(r"\s*\d{1,4}\s*", line) and n + 1 < len(lines)
                                     and _SRT_TIME.match(lines[n + 1])):
            continue
        said = re.sub(r"(?<=[\u4e00-\u9fff\d”）)])[ \u3000]+(?=[\u4e00-\u9fff\d“])", "，",
                      line.strip())
        out.append(f"{said}。" if said and not re.search(r"[。！？：:）)]$", said) else said)
    return "\n".join(out)


_THIS_PART = r"(?:这段|这一段|这部分|这块)"
_STRUCK = re.compile(r"^\s*\S{0,4}?\s*(?:" + _THIS_PART + r"(?:全|都)?"
                     r"(?:不用写|不用管|不要了?|作废|删掉|删了|不写|别写|不用)|"
                     r"[\u4e00-\u9fff]{2,4}网上(?:还是|都是)老的)")
"""A remark striking the pasted section above it (◆ 这段不用写, ◆ 这段全作废…)."""


def _struck(notes: str) -> str:
    """The notes without the pasted sections a remark strikes (blind56's web page: its
    内设机构 and its old 工作亮点 under ◆ 这段不用写 / ◆ 这段全作废 read as the unit's
    facts): the lines from the section's heading (一、…) to the remark, the heading and
    the rest of the remark kept (…现在最拿得出手的是暖灶行动: a wish still)."""
    lines = notes.split("\n")
    for n, line in enumerate(lines):
        if not _STRUCK.match(line):
            continue
        head = next((k for k in range(n - 1, -1, -1)
                     if re.match(r"\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)",
                                 lines[k])), None)
        if head is not None:
            for k in range(head + 1, n):
                if not re.match(r"\s*[◆◇✎※〔【]", lines[k]):  # the remarks stay
                    lines[k] = ""
        lines[n] = re.sub(r"^(\s*\S{0,4}?\s*)(?:" + _THIS_PART + r"|[\u4e00-\u9fff]{2,4}网上)"
                          r"[^。]*。?", r"\1", line)  # the remark's reason too: 沼气池早就…
    return "\n".join(lines)


_ANSWER = re.compile(r"^\s*【参考答案(?:要点)?[：:]\s*([^】]*)】\s*$")


def _answered(notes: str) -> str:
    """A test paper with its 参考答案 (blind56's 应知应会测试卷): a 填空题's blanks filled
    with its answers in order, the answer lines and the 判断题 (（　）1．…, true or false)
    left out; other notes as they are."""
    lines = notes.split("\n")
    if not any(_ANSWER.match(ln) for ln in lines):
        return notes
    out: list[str] = []
    for n, line in enumerate(lines):
        answer = _ANSWER.match(lines[n + 1]) if n + 1 < len(lines) else None
        if _ANSWER.match(line) or re.match(r"\s*[（(][\s　]*[）)]\s*\d", line):
            continue  # an answer, or a 判断题's statement
        if answer and re.search(r"[（(][\s　]*[）)]", line):
            for blank in (a.strip() for a in re.split(r"[；;]", answer[1])):
                line = re.sub(r"[（(][\s　]*[）)]", blank, line, count=1)
        elif answer:
            continue  # a 简答题's question: its answer is the facts' points
        out.append(line)
    return "\n".join(out)


def _punctuated(line: re.Match[str]) -> str:
    """A voice message transcribed with no punctuation, its clauses parted where speech
    turns (然后, 还有, 哦对了, 嗯, …啊): blind34's 董书记 said his order, history and a
    correction in four such lines and none was read."""
    # 中心是2009年成立的 原来挂靠在…: a transcript's spaces where speech turns (blind46);
    # not a chat's line, whose words after its header (胡队 09:12：…) stay one (blind34)
    text = line[0] if re.match(r"[^：:\n]{0,20}[：:]", line[0]) else re.sub(
        r"(?<=[\u4e00-\u9fff\d”])[ \u3000]+(?=[\u4e00-\u9fff\d“])", "，", line[0])
    text = re.sub(r"(?<=[啊呀吧嘛呢])(?=[\u4e00-\u9fff])|(?<=里头讲|那块讲|那条讲)|(?<=那块去)|"
                  r"(?=哦对了|哦还有|然后|再然后|还有|接着|"
                  r"另外|其他的|先说|总结里头|不对不对|我们是|那时候|这个要|那个要|就是\d)|"
                  r"(?<=嗯)", "，", text)
    text = re.sub(r"(?:再，)?然后(?=是|写)", "其次", text)  # 然后是关爱矿工: an order
    text = re.sub(r"，(?=先说|哦对了|下面(?:两|三|四|一)个)", "。", text)  # a new topic
    return re.sub(r"，+", "，", re.sub(r"^，", "", text))

_REMARK_NO = r"(?:\d{1,2}[.、．)）]|[一二三四五六七八九十][、．])"
"""A remark's number before its text: 3．, 2）, 一、 (blind90, blind117)."""
_LIST_MARK = re.compile(r"^\s*(?:\d{1,2}[）).、．]|（(?:\d{1,2}|[一二三四五六七八九十]{1,3})）|"
                        r"[一二三四五六七八九十]、|[①-⑳]|——|—)\s*")
"""A numbered item's mark: 1）, 2., （3）, or a jotted line's dash (——2027年争取申报…,
blind39: printed with its dash)."""

_NOT_WRITTEN = re.compile(r"不要写|别写|一律写|不能写|不写|别提|不要提|别用|不要用|"
                          # 今年先不往计划里写 (blind70); 不往方案里搬 (blind107)
                          r"不往[\u4e00-\u9fff]{0,6}里(?:写|搬|放|挂)|"
                          r"不要再出现|不能再用|不要再用|不能出现|不要出现|不得出现|别出现|"
                          # …那几个人到县政府门口反映诉求的事，只字不提 (blind27: printed)
                          r"只字不提|一字不提|不提了?(?=[，,。；;]|$)|一个字都(?:不要|别|不)|"
                          r"不能提|不许提|不要讲|(?<!特)别讲")
"""A clause telling the writer what not to write: its sentence is about the text, not
the unit (我们是成人学校，没有中小学生，不要写“学生”: 我校是成人学校 read as a fact,
blind20)."""


_GOAL = re.compile(r"力争|迎接|申报|复查|复评|复核|测评|验收|承担.{0,12}任务|争创|冲刺|创成")
_ACHIEVED = re.compile(r"通过了?.{0,24}(验收|复审|复查|复评|评审|评估|认证|测评|年检|考核)|"
                       r"获评|荣获|入选|建成|被?评为|被?评定为|被命名为|获得(?!者)|[未没]有?(出现|发生)|"
                       r"实现了|零事故|零投诉|已(报送|提交|申报|上报)|评上|拿了|拿到|获.{0,12}奖|"
                       r"(?:排|位列)(?:全[国省市县区]|系统|行业)[^，。；]{0,4}第[一二三四五六七八九十\d]|承办了|举办了|"
                       r"保住了?|升到|升为|晋升|当了|当上|直播|选为|投用|投入使用|启用|开通了|"
                       r"上线了?|扩大到|做到|(?:组织|开展|召开|举办|表彰|完成|实现|新建)了|"
                       r"(?:复查|复评|复审|验收|考核|测评)通过|重新(?:开业|开放|开馆)")
"""In a summary, a clause of the notes saying what was achieved goes with the results."""
"""Words that make a clause of the notes the year's aim rather than a fact about the unit."""


def _restates(clause: str, honor: Honor) -> bool:
    """Whether a clause of the notes says again that the honour was won (its title, or
    two words of it and a word of winning: 从三星升到了四星 of 四星级高速公路服务区)."""
    # 市级青年文明号（放疗科）: its holder in brackets (今年放疗科拿了市级青年文明号, blind42)
    title = re.sub(r"[（(][^）)]*[）)]$", "", honor.title.strip("“”"))
    won = any(w in clause for w in ("获评", "评为", "授予", "荣获", "升到", "升为", "晋升",
                                    "拿了", "拿到", "评上", "获得"))
    if title in clause:
        return str(honor.year) in clause or won
    return won and len(bigrams(title) & bigrams(clause)) >= 2


_HOW_MUCH = re.compile(r"比(原来|去年|上年|以前)|翻了|增加了|提高了|扩大|增至|增加到|从.{1,8}到")
"""A clause saying by how much (比原来扩大一倍多): it goes on with the achievement before it."""

_REFORM = re.compile(r"(?:(?:19|20)\d\d年(?:\d{1,2}月)?)?[\u4e00-\u9fff]{0,14}"
                     r"(?:改革时?|以后|之后)|"
                     r"(?:(?:19|20)\d\d年)?撤[地县区乡][设建并][市区乡镇]")  # 2000年撤地设市
"""A reform or an event named as the setting of what the clause after it says (2021年全县
体教融合改革，划归…; 1976年唐山地震以后，县里成立了地震办公室)."""

_COUNT_ONLY = re.compile(r"[\d一二两三四五六七八九十]+[个项]$|^(预计|计划|将|并|已经?|实行|"
                         r"组长分别|负责人分别)|"
                         r"^(设置|增设|开设|新设|配备|配置|新增|开始|有|是|表彰|第二天|同一天|当天)|"
                         r"^(1[0-2]|[1-9])月份?(正式)?[\u4e00-\u9fff]{1,4}$")
"""A clause that names no subject (再培养2个, 预计7月启用, 10月正式启用): it leans on the
clause before it and goes where that one goes."""


_BANNED = re.compile(r"([^，。；：:\n]{2,20}?)(?:的事|这些事|这类事|这些|那件事)[，,]?"
                     r"(?:[^，。；\n]{0,12}[，,])?"  # …那件事，疾控早有结论，一个字都不提 (blind51)
                     r"(?:不写|一个字都别(?:写|提)|一个字都不要(?:写|提)|一个字[都也]不(?:写|提)|"
                     r"只字不提|别提|不要提|不提)")
"""A topic the notes forbid outright: 接待的事不写, 学费、材料费的事一个字都别提."""


_RECORD_FIELDS = re.compile(r"(?<![\d.])\d{7,}(?![\d.]*[万亿元人个户名次件台辆只])|"
                            r"\u3000[^\u3000，,。]{1,8}[：:]")
"""A pasted record's line, no statement: a code, a 学号 or a telephone number of seven
digits or more, or fields parted by ideographic spaces (2023051327　班级：…　指导教师：…,
blind78's 致谢 header, printed in its flagship)."""

_COUNTS_ONLY = re.compile(r"(?:[一二两三四五六七八九十]+[个项条大][\u4e00-\u9fff]{1,4}、?)+")
"""A clause that only names counted things (一个目标、三个品牌、五项举措): a slogan's
outline the slogans state, no fact (blind22)."""


_FORBIDS = re.compile(r"(?:别|不要|不能|不得|不许|千万别|千万不要|避免)(?:再|去|乱|把[^，,]{1,8}?)?"
                      r"(?:写|提|出现|用|说|叫|称)(?:的[：:])?")
"""A clause forbidding words: 别写, 不要再写, 千万别写, 别把居民叫…, 不要出现."""

_ALLOWS = re.compile(r"(?:统一|一律)(?:写|叫|用|称|说)|改(?:成|为|叫|写)|写成|叫做?[^“”]*$")
"""A clause naming the words to use instead (统一叫居民或者搬迁群众, 写成“学员”): its
quoted words are allowed."""

_VAGUE = re.compile(r"^(?:这|那|哪|什么|具体|其他|别的|进去|进来|出来|太|得|成|名字|人名|一个|"
                    r"任何|数量|数字|细节|原因)|名字$|的话$|^(?:全国|全省|全市|全县|国家级?|省级|"
                    r"市级|领导|单位|工作|群众|人员|职工|干部|时间|日期|地点|内容|情况|问题)$")
"""An object after 别写 that names no word (这事, 什么, 具体哪个楼栋, 名字, 数量), or a
scope or a word a whole document needs (千万别写“全国”“全省”先进之类的: 全国爱国卫生月
stays; 不要写领导: 领导小组 stays)."""

_ASKED_NO = re.compile(r"(?:写|用|加|提)“([^“”]{2,12})”吗[？?][\s\S]{0,40}?\n[^\n]{0,4}?"
                       r"(?:不用|不要|别)")
"""A chat's question whether to write words, answered no on a later line."""

_UNWRITTEN_LIST = re.compile(r"(?:不写|不要写|别写|不能写|不提|别提)的?[：:]([^\n。]+)")
"""A line listing what not to write (五、不写：A的事；B的事；“C”这种说法不要出现)."""

_UNSAID_AFTER = re.compile(r"((?:“[^“”]{2,12}”[、和]?)+)(?:这?[两几三]?个字|这个词|这种说法|"
                           r"这类词|这些字眼|[两几三]个词)?"
                           # (“五官科”是老叫法，总结里一律不用: a clause between, blind95)
                           # (not 用“我所”，别用“咱们”: blind55's own word)
                           r"(?:[^，。；;\n“”用写]{2,8}[，,])?[^，。；;\n“”]{0,10}?(?:就?不要了|不要用|别用|"
                           r"不用了|(?:一律)?不用(?=[，,。；;！!\n]|$)|不要出现|不能出现|不得出现|"
                           r"(?:一个都)?别出现|都不要有|不能有|不(?:这么|这样)(?:说|叫|写)了?)")
"""Quoted words forbidden after them (“疫区”这两个字现在不这么说了, blind26; “打卡”两个字
汇报里一律不用, “客户”两个字一个都别出现, blind59; “五官科”是老叫法，总结里一律不用,
blind95)."""

SIGNATURE_NOTE = re.compile(r"落款|署名")
_IN_BODY = re.compile(r"文中|正文|全文|文里")
"""A clause about the 落款: what the clauses after it forbid is the signature's, not the
body's words, unless they say the body (文中也别提…). Notes that speak of a 落款 ask for
one, even on a text read aloud (落款写公司全称, blind47: pipeline.assemble)."""

_LISTS = re.compile(r"^(?:包括|比如|例如|像是?|尤其是?|特别是)")
"""A clause going on with the words a forbidding clause before it names (一个字都别提，
包括“案件”“盗掘”这些词)."""


def forbidden(facts: Facts) -> tuple[str, ...]:
    """The words and topics the notes forbid outright: a topic (接待的事不写，一个字都别写;
    学费、材料费的事一个字都别提), quoted words (千万别写“零投诉”; 一个字都别提，包括“案件”
    “盗掘”这些词; 别把居民叫“贫困户”“搬迁户”) and an unquoted object (计划里别写党小组;
    不要再写优抚、双拥的内容). No sentence of the notes naming one reaches the text, and
    the built-in text drops a clause naming one (a blind23 reader: 党小组 twice in a
    branch plan whose notes said 没有分党小组，计划里别写党小组). Quoted words a clause
    says to use instead (统一写“学员”) are not forbidden."""
    words: list[str] = []
    notes = _said(facts.doc.notes, asides=False)  # no e-mail's > (“> 五”, blind29)
    # ‘包过’两个字绝对不能出现: single quotes and 「」 quote words too (blind31)
    notes = re.sub(r"[‘「]([^‘’「」“”\n]{1,12})[’」]", r"“\1”", notes)
    for m in _BANNED.finditer(notes):
        lead = re.sub(r"^(?:[一二三四五六七八九十\d]+[、.．]|[一二三四五六七八九十]是|还有|另外|"
                      r"但是?|而且)", "",
                      m.group(1).strip().strip("“”"))
        # a long topic whole (9月那位客户到营业部吵闹, blind52: printed)
        words += [w.strip() for w in re.split(r"[、和]", lead) if 2 <= len(w.strip()) <= 16]
    # a chat's question answered no (结尾要写“恳请批评指正”吗？…不用，表个态就行, blind25)
    words += _ASKED_NO.findall(notes)
    for sentence in re.split(r"[。；;\n！!]", notes):
        forbids = signature = False
        for clause in re.split(r"[，,]", sentence):
            # 落款写本中心，不要写数据局: the body may name the 数据局 (blind29)
            signature = signature or bool(SIGNATURE_NOTE.search(clause))
            said = _FORBIDS.split(clause, maxsplit=1)
            if len(said) == 2 and signature and not _IN_BODY.search(clause):
                forbids = False
                continue
            if len(said) == 2:
                forbids, after = True, said[1]
                obj = re.match(r"([\u4e00-\u9fff、]{2,24}?)(?:的内容|的事|这些|方面|$)", after)
                if obj and "“" not in after:
                    words += [w for w in obj.group(1).split("、")
                              if 2 <= len(w) <= 6 and not _VAGUE.search(w)]
            elif forbids and _LISTS.match(clause):
                after = clause
            else:
                forbids = False
                continue
            if not _ALLOWS.search(after):
                words += [w for w in re.findall(r"“([^“”]{2,12})”", after)
                          if not _VAGUE.search(w)]
    # 不写：预制菜产业园招商没落地的事；县城两家商超关停的事 (blind26: printed)
    for listed in _UNWRITTEN_LIST.findall(notes):
        for item in re.split(r"[；;。]", listed):
            item = re.sub(r"（[^）]*）|\([^)]*\)", "", item).strip(" ，,")
            topic = re.match(r"(?:指)?([^，,“”]{2,20}?)(?:的事|这件事|的情况|$|[，,])", item)
            if topic and "“" not in item:
                words += [w for w in topic.group(1).split("、") if len(w) >= 2]
    # “疫区”这两个字现在不这么说了…一处都不要有; 开头那种“尊敬的各位领导”就不要了
    words += [w for run in _UNSAID_AFTER.findall(notes) for w in re.findall(r"“([^“”]+)”", run)
              if not _VAGUE.search(w)]
    return tuple(dict.fromkeys(words))


@lru_cache(maxsize=64)
def unsaid(facts: Facts) -> tuple[str, ...]:
    """The words the notes forbid (`notes.forbidden`) that the user's own facts do not use
    (slogans, tasks, figures, honours and their grantors, problems, next steps, phases):
    those the text must not say (a blind23 branch plan said 党小组 twice where the notes
    said 计划里别写党小组). A word the facts use is theirs: the notes forbid another use of
    it (不要写交通运输局 of the 落款, beside an honour that bureau granted, blind25). Cached:
    style.notes_forbid asks on every check of a model's answer."""
    own = [s.text for s in facts.slogans] + [i for s in facts.slogans for i in s.items]
    own += [w for t in facts.tasks for w in (t.title, *t.points)]
    own += [f.name for f in facts.figures] + [f.todo for f in facts.figures if f.todo]
    own += [w for h in facts.honors for w in (h.title, h.grantor)]
    own += [*facts.problems, *facts.next_steps]
    own += [w for ph in facts.phases for w in ph.work]
    own = [unnamed(o) for o in own]  # “一村一名大学生” uses no 学生 of its own
    return tuple(w for w in forbidden(facts) if not any(w in o for o in own))


_NICKNAMED = re.compile(r"\s*(?:[^，,。：:]{0,6}[：:])?\s*"
                        r"[小老](?![人乡师党年家区学板伙同百姓街屋村店厂])"
                        r"[\u4e00-\u9fff](?:现在|今年|去年|已经|刚刚?)")
"""A sentence about one person called by a nickname (小祁现在是…, 老周去年…)."""


def _note_clauses(facts: Facts) -> list[list[str]]:
    """The notes' sentences as lists of clauses that state something: not words to the
    writer (重点讲…, 要和…结合), not a repeat of an honour or of a figure already stated."""
    # (not a figure still to come: it states no value, and its bare 0 would match every
    # clause naming 2003年, blind55's histories)
    valued = [f for f in facts.figures if not f.ratio and not f.todo]
    stated = [f"{format_number(f.value)}{u}" for f in valued
              for u in ({f.unit} | ({"人", "名", "个人"} if f.unit in ("人", "名") else set()))]
    stated += [f"{cn_numeral(int(f.value))}{f.unit}" for f in valued
               if float(f.value).is_integer() and 0 < f.value < 100]

    # a zero the figures state (安全责任事故 0起 → 未发生安全责任事故) is stated there
    stated += [f.name for f in valued if f.value == 0 and len(f.name) >= 2]

    # a clause naming a figure and its value says it again (辅警里有2个入党积极分子)
    named = [(f.name, format_number(f.value)) for f in facts.figures
             if not f.ratio and not f.todo and len(f.name) >= 3]

    banned = forbidden(facts)

    # a figure's value the notes correct (慰问困难归侨侨眷80户 before 统计完了是86户): the
    # facts' is the one stated (blind29)
    superseded = [(f.name, f.value) for f in facts.figures
                  if not f.ratio and not f.todo and len(f.name) >= 4]

    # a number the notes say is wrong, in an aside too (…是286个，268不要写, blind31)
    # a count the notes then say is right (体检是4.16万人次…按4.16万写): another of its
    # unit and size in the notes is the one corrected (给4.6万人次孩子做了体检, blind56)
    right = {(m[1], m[2]) for m in re.finditer(
        r"是(\d+(?:\.\d+)?)(万?[\u4e00-\u9fff]{1,3}?)[，,。；;\s]", facts.doc.notes)
        if re.search(rf"按{re.escape(m[1])}", facts.doc.notes)}
    wrong_sized = {n for v, unit in right for n in re.findall(
        rf"(?<![\d.])(\d+(?:\.\d+)?){re.escape(unit)}", facts.doc.notes)
        if n != v and 0.5 <= float(n) / float(v) <= 2}
    # (205是合同里签的总数…按168写, 5206不对, 4.6万…不对: blind56's, printed again)
    wrong = set(re.findall(r"(?<![\d.])(\d+(?:\.\d+)?)万?[个人名位家户]?(?=不对|是合同|是把)",
                           facts.doc.notes))
    wrong |= wrong_sized
    wrong |= set(re.findall(r"(?<![\d.])(\d+(?:\.\d+)?)(?:这个数)?(?:不要写|不能用|不要用|"
                           r"不要再出现|不能再用|是错的|是笔误|系笔误)", facts.doc.notes))
    # … and one a later line takes back (全县中小学86所 … 上面打错了，是68所, blind33): a
    # number of the same unit said before it
    for m in re.finditer(r"(?:打错|写错|说错|看错|看串|说反|记错|听错|识别错)了?[^\d。\n]{0,8}?"
                         r"是(\d+(?:\.\d+)?)([\u4e00-\u9fff])", facts.doc.notes):
        before = facts.doc.notes[max(0, m.start() - 200):m.start()]
        wrong |= {v for v in re.findall(rf"(?<![\d.])(\d+(?:\.\d+)?){m[2]}", before) if v != m[1]}

    def corrected(clause: str) -> bool:  # the name, or its last words (走访慰问… → 慰问…)
        if any(re.search(rf"(?<![\d.]){re.escape(v)}(?![\d.])", clause) for v in wrong):
            return True
        return any((m := re.search(re.escape(n[i:]) + r"(?:是|为|有|共|共有)?(\d+(?:\.\d+)?)",
                                   clause)) is not None
                   and float(m.group(1)) != v
                   for n, v in superseded for i in range(len(n) - 3))

    def moved_from(clause: str) -> bool:
        """办公地点位于县城老农机大院 where the notes say 从老农机大院搬到…: gone (blind56)."""
        office = re.search(r"办公地点(?:位于|在)(.{2,14})$", clause)
        return office is not None and re.search(
            rf"[从由][^，,。]{{0,4}}{re.escape(office[1][-4:])}", facts.doc.notes
        ) is not None

    def keep(clause: str) -> bool:
        return not (_INSTRUCTION.search(clause) or _SPOKEN_ONLY.search(clause) or moved_from(clause)
                    or _NOT_TEXT.search(clause)
                    or corrected(clause)
                    or _PLACED.search(clause)  # “当好两个角色”放在总体要求里 (blind25)
                    or re.search(r"[你您]", re.sub(r"“[^”]*”", "", clause))  # to the drafter
                    # … but a history step keeps its count (2016年起陆续接管城区9个农贸市场)
                    # (… and a history's 仅有两名电工 beside 入党积极分子2名, blind110)
                    or (any(s in clause for s in stated) and not _historic(facts, clause)
                        and not re.search(r"仅有|仅由", clause))
                    or any(w in clause for w in banned) or _COUNTS_ONLY.fullmatch(clause)
                    or _RECORD_FIELDS.search(clause)
                    # 去年公司承担的统防统治飞防面积 (…核出来补上): a figure still to come,
                    # said by its marker (blind60)
                    # (… and when it is due: 毕业学员就业率招生就业科18号就统计完了, blind98)
                    or ((not re.search(r"\d", clause)
                         or re.search(r"统计|出来|核定|导出|结账|通报|反馈", clause)) and any(
                        f.todo and _shared_run(clause, f.name) >= 6 for f in facts.figures))
                    # … and a step's count too (2021年按行业分了5个党小组, blind67)
                    or (any(n in clause and v in clause for n, v in named)
                        and not (_historic(facts, clause) and re.match(r"(?:19|20)\d\d年", clause)))
                    or any(_restates(clause, h) for h in facts.honors)
                    # (2017年才正式叫上这个名字: the brand's, brand_told says it, blind111)
                    or re.search(r"这个名(?:字|儿)|这名字", clause) is not None
                    # 人手紧: a fragment (整村拆迁 a history step's, blind99)
                    or (len(clause) < 5 and clause not in ("更为现名", "整村拆迁"))
                    # 2020年开始搞的，是社区的看家本领: when the brand began, its praise
                    # (brand_told says the year; blind99's history printed both)
                    or re.fullmatch(r"(?:19|20)\d\d年(?:就)?(?:开始|起)搞的|是[^，,]{0,12}"
                                    r"(?:看家本领|拿得出手的?|招牌)[^，,]{0,4}", clause) is not None
                    # 领导小组我当组长，…，三个股长当成员: the group's, said by [leadership]
                    # (blind86: printed in 基本情况)
                    or re.search(r"[当任](?:副?组长|成员|办公室主任)$", clause) is not None
                    # …做康复操的事 of 多写…的事；…的事 (blind71: printed), not what was told
                    # of (与几个妈妈交流了接送孩子的事)
                    or (re.search(r"的事(?:情)?$", clause) is not None
                        and not re.search(r"交流|聊|说起|讲起|谈", clause))
                    # “两张网”说的就是“两网融合”: a name glossed for the writer (blind66)
                    or re.fullmatch(r"“[^”]{1,12}”(?:说的|指的)?就是“[^”]{1,12}”", clause)
                    is not None
                    # …放在…那条里讲清楚，就是设计审核、…、隐患整改这四道: a slogan's items
                    # told to the writer (blind66: printed in another task)
                    # (审方、复核、发药交代这几道关，就是我们说的“守牢三道防线”: blind82)
                    or re.search(r"这[一二两三四五六七八九十几]+[道个条项]关$", clause) is not None
                    or re.fullmatch(r"(?:也)?就是[^，,]{2,40}这[一二两三四五六七八九十几]+"
                                    r"[道个条项味种件块样]", clause) is not None
                    # 热线的规矩我们叫“践行三不承诺”：不评判、…: a slogan of the facts and its
                    # items told to the writer (blind67: printed in its task)
                    or any((q := re.search(r"“([^”]{2,16})”[^：:，,。“”]{0,8}[：:]", clause))
                           is not None
                           and (q[1] in sl.text or sl.text in q[1]) for sl in facts.slogans)
                    # 我会常说的“做到三个不办”: a slogan of the facts named, nothing said
                    # of it; 这一本146个人随礼: the pasted item itself (blind72's 礼簿)
                    or any(re.fullmatch(rf"[^，,“”]{{0,10}}“{re.escape(sl.text)}”", clause)
                           for sl in facts.slogans)
                    or re.match(r"这一?[本张份页篇册](?![\u4e00-\u9fff]{0,2}(?:单位|工作))",
                                clause) is not None
                    # 我们是光荣院 (after 养老院别用): what its name says already (blind41)
                    or ((own := re.fullmatch(r"(?:我们)?是([\u4e00-\u9fff]{2,8})", clause))
                        is not None and own[1] in facts.unit.name))

    def dated(clause: str) -> bool:
        """A step of a history the notes give as such (来历：…): kept as it is dated or
        goes on from the step before, unless it is no statement at all."""
        return bool(re.match(r"(?:19|20)\d\d年|那时|当时|一直|后来|同年|次年", clause)) and not (
            _SPOKEN_STEP.search(clause) or _INSTRUCTION.search(clause) or corrected(clause)
            or re.search(r"[你您]", clause)
            # 第二条索道 is no count (blind54: 2023年又上了第二条索道 lost beside 客运索道2条)
            or any(w in clause for w in banned)
            or any(re.search(rf"(?<!第){re.escape(s)}", clause) for s in stated))

    # a question states nothing (他们关心这个吗？ 七月份抗洪转移群众他们在不在？, blind36)
    said = re.sub(r"(?:^|(?<=[。；;！!？?\n]))[^。；;！!？?\n]*[？?]", "", _said(facts.doc.notes))
    # 28不对。草案是10月底弄的，年底老乔…退休了…现在是24名…按24写: a correction's line, its
    # reason too (blind69: 年底…退休了 printed as the plan's aim)
    said = "\n".join(line for line in said.split("\n") if not (
        re.search(r"\d+(?:\.\d+)?万?[\u4e00-\u9fff]?不对", line)  # (60张不对: blind88)
        and re.search(r"按\d+(?:\.\d+)?万?[\u4e00-\u9fff]{0,2}写", line)
        and not re.search(r"(?:19|20)\d\d年", line)) and not (
        # 24个是舱刚装的时候的座位数，2021年改造…拆了6个，现在是18个舱位 (blind89: printed)
        re.search(r"\d+[\u4e00-\u9fff]?是[^，,。]{2,24}的[\u4e00-\u9fff]{0,4}数", line)
        and re.search(r"现在是\d+", line)))
    sentences = [s for s in _NOTE_SENTENCE.split(said) if s.strip()]
    out: list[list[str]] = []
    dropped = history = label_only = stepped = False
    padded = [*sentences, "", ""]
    for n, s in enumerate(sentences):
        after, later = padded[n + 1], padded[n + 2]
        if dropped and re.match(r"\s*[二三四五六七八九十]是", s):
            continue  # the rest of a list whose lead (…：一是…) was left out
        # the leader's account of a branded work (…，这就是我们的“守渠人”，是村里最拿得出手
        # 的…): told by brand_told where it can be, never a statement of its own (blind87:
        # 村里挑了36个种了一辈子田的老农 printed in 基本情况; … the next sentence calling it the
        # best, blind89: 两个人一步一步跑 printed)
        # (… or named the best before its account: 公司最拿得出手的是“六小时进罐”：…两个钟头内
        # 装上冷藏车…, blind109: that clause printed in 基本情况)
        if (_BRAND.search(s) and (re.search(r"拿得出手|招牌|看家本领", s)
                                  or re.match(_THIS_BEST, after) or re.match(_THIS_BEST, later))) \
                or re.search(_BEST_IS + "[：:]", s):
            continue
        # a remark about one person called by a nickname (小祁现在是两个积极分子里的一个，
        # 今年重点培养: blind81, both printed) is the writer's, no text
        if _NICKNAMED.match(s):
            continue
        # a remark the leader sends to the problems (排队这条说得对，熏洗室就四个坐浴位，写进
        # 不足里: blind110, printed in 基本情况), which say it, and a figure still to come with
        # the blank it asks for (日间手术病人30天再入院率，…，给它留个空: blind110, printed in
        # its task), which its marker says
        # … and one saying the text holds it already (…，措施里已经有了，别再当成今年的目标数
        # 写一遍; …，我让他们写进资金监管那条的措施了: blind111, both printed)
        if re.search(r"(?:写进|写到|写在|放进|放到|放在|归到|列进|列入)(?:存在的)?"
                     r"(?:不足|问题|短板)|"
                     r"里已经有了|别再[^。；;\n]{0,12}写一遍|我让[^。；;\n]{0,6}写进", s) \
                or (re.search(r"留个?空|空着|手写上去|填进去|填上去", s)
                    and any(f.todo and _shared_run(s, f.name) >= 4 for f in facts.figures)):
            continue
        # a reason the leader gives for leaving a thing out (那4个中心是学校的，也不用写:
        # blind122, its first clause printed in 基本情况)
        # (对讲机是一人一部，64部就是64个队员，不用另写: blind123's reader found the second
        # clause in 基本情况)
        if re.search(r"[，,]\s*(?:也|就|都|还|这些|这个)?(?:不用|不要|不必|别|不)"
                     r"(?:再|另|另外|单独)?(?:写|提)(?:了|进去)?[。！!；;]?\s*$", s):
            continue
        # a pasted speech's speaker introducing herself (我叫柏玉珍，是甑子坪村人，今年71岁:
        # blind88, printed as the plan's aim) is hers, no fact of the unit
        if re.match(r"\s*我叫[\u4e00-\u9fff]{2,4}(?:[，,]|$)", s):
            continue
        # a list's lead and its ordinals are the writer's (今年主要两件事：一是8月搬进…；二是
        # 3月开通…): each item is a statement of its own (blind14: 我处二是3月开通…)
        s = re.sub(r"^\s*[^：:，,]{0,16}[：:]\s*(?=一是)", "", s)
        # 今年有两件大事：3月…: the lead is the writer's, the items the facts
        s = re.sub(r"^\s*[^：:，。]{0,10}?[两三四几]件(大|要紧的)?事(情)?[：:]", "", s)
        s = re.sub(r"^\s*(今年|去年|这一年|\d{4}年)?主要的?事(情)?[：:]", "", s)
        s = re.sub(r"^\s*[一二三四五六七八九十]是", "", s)
        # a label the writer puts before what it says (跟你说下情况：…, 背景：…, 今年目标就
        # 一个：…, blind21), not a list's lead naming its count (下设三个科室：…)
        s = re.sub(r"^\s*[一二三四五六七八九十]、", "", s)  # 四、2027年的目标就是…
        # 1989年县残联把城里十几个聋人召集到一起，办了个聋人联谊组: where the unit began,
        # its vague count written (blind87: dropped as a spoken count, its history began 2008)
        s = re.sub(r"^(\s*(?:19|20)\d\d年)([县市镇][\u4e00-\u9fff]{1,6}?)把([^，,。]{2,16}?)"
                   r"(?:召集|叫|组织|聚|拢)到一起[，,](?:(?:办|搞|成立|组建)了一?个|成立(?=“))"
                   # (… its name quoted: “巾帼创业联谊会”, blind121)
                   r"(“?[\u4e00-\u9fff]{2,12}”?)"
                   r"(?=[。；;]|$)",
                   lambda m: f"前身为{m[1].strip()}{m[2]}召集{_FEW.sub('十余名', m[3])}成立的{m[4]}"
                   .replace("城里", "城区"), s)
        # 1976年医院设了五官科，眼科、耳鼻喉、口腔都在一起: a step naming a word the notes
        # forbid, told by what it held (blind95: the step dropped, 五官科 banned)
        s = re.sub(r"^(\s*(?:19|20)\d\d年)([\u4e00-\u9fff]{1,6}?)设(?:了个?|立|置)"
                   r"([\u4e00-\u9fff]{2,6})[，,]([\u4e00-\u9fff、]{4,20}?)都(?:在一起|合在一起)$",
                   lambda m: f"{m[1]}{m[2]}设立{m[4]}合设的科室"
                   if any(w in m[3] for w in banned) and m[3].endswith("科") else m[0], s)
        s = _LIST_MARK.sub("", s)  # 1）支部的来历：… (blind24)
        # … after a clause too (别上来就是指导思想，先把来历写清楚：部里2024年3月组建…,
        # blind40: its history lost with the label)
        # … and one with the instruction after it (场里的来历开头交代一下：1958年建场, 医院
        # 来历写清楚——1978年建院, blind42: both founding years lost with their label)
        # (来历交代两句，一段话带过：…, blind55)
        # a form's field before it (心得体会（给佳琪写计划交代的）：…, blind57's 学习笔记)
        s = re.sub(r"^\s*(?:心得体会|学习体会|备注|批注|意见)(?:[（(][^）)]*[）)])?[：:]", "", s)
        told_history = re.search(r"(?:来历|沿革|历史|由来|怎么来的|[院校馆站所会厂场队]史)"
                                 r"[^：:。]{0,12}"
                                 r"(?:[：:]|——|$)", s)
        s = re.sub(r"(?:^|(?<=[，,]))\s*[^：:，,。]{0,12}?的?(?:来历|沿革|历史|由来|特别的日子|"
                   r"[院校馆站所会厂场队]史)"
                   r"[^：:，,。]{0,8}(?:[：:]|——)", "", s)
        # … the history goes on in the sentences after a label alone (开头加一段来历。原市委
        # 机要局1958年就成立了…, blind43) and in those opening with a year
        # … and after a kept step of an earlier year (1991年…成立；…；2024年14个…建成联网,
        # blind52: its label a 公众号 draft's ▍站史)
        early = re.match(r"\s*((?:19|20)\d\d)年", s)
        history = bool(told_history) or (history and (label_only or bool(early))) or (
            stepped and early is not None and int(early[1]) < facts.doc.year)
        label_only = bool(told_history) and not re.search(r"[\u4e00-\u9fff\d]",
                                                           s[told_history.end():])
        s = re.sub(r"^\s*[^：:，,。]{0,6}(?:情况|背景|说明|就一个|就是|跟你说)[：:]", "", s)
        # 公司的情况开头带两句哈：…, 监狱的来历，要求起草时在开头带上：… (blind33)
        # (…开头交代清楚，别写“自组建以来”这种虚话：我们的老底子是…, blind70)
        s = re.sub(r"^[^：:。]{0,24}(?:带上|带一下|带两句|带一句|带几句|交代两句|交代一下|"
                   r"写两句|写几句|开头|补上|加上)[^：:。]{0,24}[：:]", "", s)  # …一段话带过：
        s = re.sub(r"^\s*[^：:，,。]{0,10}(?:节点|大事|几件事)[：:]", "", s)  # 今年几个节点：…
        s = re.sub(r"(?<=[，,])\s*[^：:，,。]{0,6}(?:情况|背景|说明|就一个|就是)[：:]", "", s)
        # a comma inside brackets parts no clauses: 申报县级文明校园（已经报上去了，还没批）
        # 一是…，二是…，四是6月份…: each item without its ordinal (blind20)
        listed = len(re.findall(r"(?:^|[，,])\s*[一二三四五六七八九十]是", s)) >= 2
        raw = [c.strip() for c in re.split(r"[，,](?![^（(]*[）)])", s) if c.strip()]
        # 2015年6月，县分公司挂牌成立: a date alone is the time of the clause after it
        # (blind56: the history's year lost with its comma)
        for n in range(len(raw) - 1, 0, -1):
            if re.fullmatch(r"(?:19|20)\d\d年(?:\d{1,2}月)?(?:\d{1,2}日)?", raw[n - 1]):
                raw[n - 1:n + 1] = [raw[n - 1] + raw[n]]
        # (…的志愿服务交给了我们: the unit by its own word, blind73, not 交给了)
        clauses = [_named_in_full(facts, _aim(_tidy(re.sub(r"^[一二三四五六七八九十]是", "", c)))
                                  .replace("SELF", facts.unit.self_ref)) for c in raw]
        if clauses and _GREETING.search(clauses[0]):
            continue
        # 讲解的小哥说，开展了四十多年了…: a visitor's post, all of it (blind66's 小红书 note)
        if any(_VISITOR.search(c) for c in clauses):
            continue
        # 党员是15个，不是17个，今年转出去两个组织关系; 测报点是12个，不是14个，14个是把…
        # 也算上了: a correction and its reason, all of it the writer's (blind42, blind43)
        if _CORRECTION.search(s):
            continue
        # 800元是第三方机构的检索价，中心预审不收钱，这个数别往总结里搬: the figure's remark,
        # all of it (blind100: printed but its last clause)
        if any(re.match(r"这个?数[^，,]{0,2}(?:别|不要|不用|不能|不必)", c) for c in clauses):
            continue
        if any(_NOT_WRITTEN.search(c) for c in clauses):
            # 我们是成人学校，没有中小学生，不要写“学生”: all of it the writer's (blind20),
            # but not the dated history it opens with (背景：我处前身是1993年成立的…，2003年
            # 改称…，落款…，不要写交通运输局: all of it lost, blind25)
            lead = list(takewhile(lambda c: bool(_STATEMENT.search(c)) and not (
                _NOT_WRITTEN.search(c) or _INSTRUCTION.search(c)
                or re.match(r"对外|还是用|就用", c)), clauses))  # 对外还是用…: the 落款
            if not any(re.search(r"(?:19|20)\d\d年", c) for c in lead):
                continue
            clauses = lead
        # 2019年评上市级文明单位，2024年复查通过: the honour is stated with the honours;
        # what the second clause says is of that honour (blind18: a bare 2024年复查通过)
        for n in range(1, len(clauses)):
            again = re.fullmatch(r"(\d{4}年)(复查|复评|复审)(?:顺利)?(?:通过|保留)", clauses[n])
            if again is None:
                continue
            won = next((h for h in facts.honors if _restates(clauses[n - 1], h)), None)
            if any(str(h.year) == again.group(1)[:4] and again.group(2) in h.title
                   for h in facts.honors):
                clauses[n] = ""  # 2024年复查保留 beside the honour 市级文明单位（复查保留）
            elif won is not None:
                clauses[n] = f"{again.group(1)}通过{won.title.strip('“”')}{again.group(2)}"
        clauses = [c for c in clauses if c]
        # 多写回收员天不亮…进村，在村部门口支起秤，…抬出来的事: the scene asked for
        # (scenes), none of its clauses a statement (blind66: printed again after it)
        asked = next((n for n, c in enumerate(clauses) if c.startswith("多写")), None)
        end = next((n for n in range(asked, len(clauses)) if re.search(
            r"的(?:事情?|场景|情景|故事|细节)$", clauses[n])), None) if asked is not None else None
        # … and the scenes said after it (…的事，设计师会员爬到脚手架上…的事: blind70)
        while end is not None and end + 1 < len(clauses) and re.search(
                r"的(?:事情?|场景|情景|故事|细节)$", clauses[end + 1]):
            end += 1
        if end is not None:
            clauses = clauses[:asked] + clauses[end + 1:]
        if history:  # 2024年14个固定监测站全部建成联网: the step, its count the figures' (blind52)
            clauses = [re.sub(r"^((?:19|20)\d\d年)(?:" + "|".join(map(re.escape, stated))
                              + r")(?=[\u4e00-\u9fff]{2})", r"\1", c) if stated else c
                       for c in clauses]
        # a clause leaning on one left out (其中党员29人 after the total) goes with it
        # (再培养2个: what it counts is in the clause before)
        kept = [c for n, c in enumerate(clauses) if (keep(c) or (history and dated(c))) and not (
            n and (c.startswith(("其中", "还有", "也")) or _COUNT_ONLY.search(c))
            and not keep(clauses[n - 1]))]
        # a count the figures state, then what all of them are (帮办员现在是9个人，都是从窗口
        # 抽出来的，今年不另外加人): the sentence is the count's, gone with it (blind103's
        # reader: 都是从窗口抽出来的，2026年不另外加人 printed in 工作目标)
        if len(clauses) > 1 and not keep(clauses[0]) and clauses[1].startswith(
                ("都是", "都从", "均是", "均从", "全是", "全部是", "全都是")):
            kept = []
        dropped = bool(clauses) and not keep(clauses[0])
        stepped = bool(kept) and bool(
            (y := re.match(r"((?:19|20)\d\d)年", kept[0])) and int(y[1]) < facts.doc.year)
        if listed:  # 一是“暖心守护”品牌，…，四是6月份…: items, each said or not alone
            out.extend([c] for c in kept)
        else:
            out.append(kept)
    return out


_STATEMENT = re.compile(r"下设|下辖|下属|内设|设有|^设|设立|覆盖|负责|承担|管辖|^管|辖区|位于|"
                        r"^当时为|^[\u4e00-\u9fff]{0,6}原为|"  # blind47, blind110
                        r"\d{4}年.{0,4}(?:点火)?投运|全资收购|迁至|\d{4}年.{0,4}引进|"  # blind36
                        r"换届产生|"
                        r"始建|成立于|建于|占地|现有|共有|拥有|人口|定在每|由.{2,40}组成|"
                        r"搬进|搬入|迁入|迁至|搬迁|投入使用|落成|改为|改称|更名为|更为现名|加挂|整合|"
                        # blind39's histories: 2019年改成现名, 1984年设县科学技术委员会,
                        # 秘书处一直设在县委政法委, 2012年开馆
                        # (a year's: 底色改成深蓝 is a 设计稿's, blind59)
                        r"\d{4}年[^，,。；;]{0,12}改成|改成现名|\d{4}年设|设在|\d{4}年开馆|使用原|"
                        r"同年.{0,4}成立|党员转入|"  # blind40: 支部同年4月成立，原…党员转入
                        r"\d{4}年改名|单独设立|合署办公|由.{2,8}主管|"  # blind30
                        r"归.{2,10}(?:统一)?(?:领导|管理)|"  # 归县委组织部统一领导管理
                        r"于.{0,10}(开通|开设|启用|建立)|^现为|^公益[一二]类|始建于|上划|列入|"
                        r"提升改造|借用.{2,16}办公|购买服务|承接运营|日常管理$|撤销|\d{4}年.{0,10}投产|"
                        # blind44: 2017年恢复重建，挂靠在…
                        r"^(?:当时|那时|原)?挂靠|^隶属|\d{4}年恢复(?:重建|成立|设立)|单独建立|"
                        # blind45: 办公地点在县人民医院东门, 作为县政府直属特设机构
                        r"办公(?:地点)?(?:设)?在|^作为.{2,16}(?:机构|单位)$|"
                        # its history (blind17 lost 2003年划归…, 1999年…单独成立, 2006年开始开发)
                        r"前身|划归|划入|划转|职能划出|并入|合并|改制|单独成立|组建|开发|挂牌|升格|试点|"
                        # 小区2011年交房入住 (blind50)
                        r"陆续建成|\d{4}年.{0,10}(?:交房入住|交付使用)|"
                        r"隶属|分设|同年成立|^原名|^最早为|^现[\u4e00-\u9fff]{1,2}涵盖|成立了?[\u4e00-\u9fff]{2,10}(?:办公室|局|站|所|中心|药房|公司|厂|店|合作社)$|\d{4}年.{0,24}成立|"
                        r"\d{4}年(成立|建校|建院|建所|组建|建成|建站|建场|建台|建局|建矿|开园|开办|开业|建店|建厂|建馆|创办)|"
                        r"公益[一二]类|建有|保存|政企分开|常住人口|人民团体|群团组织|^此前与|[\d.]+万(?:人|户|名|家|个)|"
                        r"单设|建立了|^第[一二三四五六七八九十]党小组|改建|正式(?:开学|开业|开园|开馆|运营)|"
                        r"达到.{2,12}标准|"
                        r"耕地|种植|专业村|"
                        r"(\d+|[两三四五六七八九十]+)(个|所|家|支|座|台|名|人|户|张|辆)|"
                        r"是.{1,20}(单位|机构|公司|院|园|学校|中学|小学|高中|企业|部门|支部|"
                        r"中心|馆|站|所|村|局|科|股|处|队)$")
"""What a statement about the unit says (its parts, what it covers, its size): in the
notes a busy writer also chats, and only a clause saying one of these reaches 基本情况."""


_SPOKEN: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = tuple(
    (re.compile(pattern), written) for pattern, written in (
        # 我说：1972年县供销社…: the writer's lead, no part of the step (blind109: printed)
        (r"^我(?:说|讲|来说|说一下)[：:]\s*", ""),
        # 1987年，县里成立中小学卫生保健所 (blind56): the unit founded, its name said after
        (r"^((?:19|20)\d\d年)[县市]里成立(?=[\u4e00-\u9fff]{2,12}(?:所|站|中心|院|馆|队)$)",
         r"\1成立"),
        (r"^(我[\u4e00-\u9fff]{1,2})(\d{4}年)建立?的$", r"\1始建于\2"),  # 我所2008年建的
        # 1958年，县里在榈江边建县糖厂 (blind58's 年鉴 entry): where the unit began
        # (2019年县里在城郊划了块地给我们建救助站: blind82, printed 前身为…划了块地给建的…)
        (r"^((?:19|20)\d\d年)([县市])里在([^，,。]{2,8}?)划了?块地给(?:我们)?建",
         r"\1，\2在\3划拨用地建设"),
        # (1978年县里在城关建了县缫丝厂: blind114, printed 建的了)
        (r"^((?:19|20)\d\d年)[县市]里在([^，,。]{2,10})建了?([县市]?[\u4e00-\u9fff]{1,4}"
         r"[厂站所院校馆场])$", r"前身为\1在\2建的\3"),
        # 58年县里在垆坪山脚下办了个土法熬松香的作坊 (blind73)
        (r"^((?:19|20)\d\d年)[县市]里在([^，,。]{2,12})办了?个?([^，,。]{2,16}"
         # (1962年县里在陀江北岸办了国营胶园: blind95)
         r"(?:作坊|厂|店|站|所|社|班|点|铺|胶园|茶园|果园|林场|农场))$", r"前身为\1在\2创办的\3"),
        (r"^(?:原来|那时候|那会儿)叫(?=.{2,16}$)", "原名"),           # 原来叫市劳动教养管理所
        (r"原来是(.{2,16})下面的(?=.{2,8}$)", r"原为\1下设的"),         # blind38's speech
        # blind47's: 当时是县文化馆下面的文物组, 2009年文庙大修完才对外开放
        (r"^当时是(.{2,16})下面的(?=.{2,8}$)", r"当时为\1下设的"),
        (r"^((?:19|20)\d\d年)是(.{2,16})下面的(?=.{2,8}$)", r"\1为\2下设的"),  # blind48
        # 1985年市政府办公室设外事科, 1984年县卫生防疫站设了个健康教育股 (blind49)
        # (1958年县医院设了儿科: not 设立的了儿科, blind87)
        (r"^((?:19|20)\d\d年)([县市].{0,10}?(?:办公室|政府|局|站|委|院|所))设(?:了个|了|立了?)?"
         r"(?!了)(.{1,8}(?:[科股室组队]|门诊))$",  # 1979年县人民医院设了个瑶医门诊 (blind64)
         r"前身为\1\2设立的\3"),
        # blind48's handover memo: 站是2021年10月挂的牌，…借镇便民服务中心二楼一间屋办公。2023年
        # 搬到老供销社门市改出来的独立站点。2024年起…，交给…承接运营，镇里管日常
        (r"^(.{1,6})是((?:19|20)\d\d年(?:\d{1,2}月)?)挂的牌$", r"\1\2挂牌"),
        # blind49's histories: 2012年从县城搬到磬岩山脚下的新厂区, 2020年新型干法线投产,
        # 学校1958年建, 2005年撤了高中部只办初中
        (r"从(.{2,8}?)搬到", r"由\1迁至"),
        # blind52's: 2012年搬到城南新港区, 1956年县航运站在溦水边上修了第一座货运码头, 2009年
        # 县卫生局在城东建了第一座医疗废物处置站
        (r"(?<=\d{4}年)和(?=[\u4e00-\u9fff]{2,12}脱钩)", "与"),  # 2016年和县商务局脱钩 (blind53)
        (r"单独建起来了?$", "单独建立"),
        # blind54's: 2012年几个户外爱好者自发组建瑗溪户外救援队, 2019年改由县应急管理局主管,
        # 2023年县里把原消防中队旧营房拨给我们做训练基地, 我接过来注册成立雅韵公司
        (r"^((?:19|20)\d\d年)([^，,。；;]{2,10}?)自发(?:组建|成立)了?"
         r"([\u4e00-\u9fff]{2,16}?(?:队|会|社|团|站))$", r"前身为\1由\2自发组建的\3"),
        (r"^((?:19|20)\d\d年)[县市]里把(.{2,16}?)拨给我们做(.{2,8})$", r"\1\2划拨作为\3"),
        (r"^((?:19|20)\d\d年)([县市][\u4e00-\u9fff]{1,10}?(?:局|委|社|公司))办了?"
         r"([县市]?[\u4e00-\u9fff]{2,12}?(?:厂|场|店|社))$", r"前身为\1\2创办的\3"),
        (r"^我接(?:过来|手)(?:后)?", ""),
        (r"(?<=队伍|单位|部门|机构)合在一起$", "整合"),  # 四支执法队伍合在一起，组建了… (blind54)
        (r"^组建了现在的([\u4e00-\u9fff]{1,4})$", r"组建现\1"),
        # 1998年县饮食服务公司牵头成立县烹饪协会: the unit's beginning under another name
        (r"^((?:19|20)\d\d年)([县市][\u4e00-\u9fff]{2,12}?)牵头(?:成立|组建)了?"
         r"([县市][\u4e00-\u9fff]{2,10}?(?:协会|学会|商会|联合会|研究会|促进会|分会))$",
         r"前身为\1由\2牵头成立的\3"),
        (r"^之前我们(?:几个)?党员(?:都)?在(.{2,20}?党(?:总)?支部)$", r"此前党员编入\1"),
        (r"^([\u4e00-\u9fff]{0,4}?)的?前身是", r"\1前身为"),  # 公司前身是2011年…设立的…
        # blind55's: 2003年在东山建了…示范园, 1984年设的, 当时叫…, 92年撤乡建镇, 人财物都
        # 上划县财政局了, 几家老民宿自发搞了个…联谊会
        (r"^我们是(?=\d\d年)", ""),  # 我们是88年成立的 (not …1970年建的矿: its own rule)
        # (84年县一中五个老师入了盟, 96年正式成立县委会: blind64's; not 12年来, 30年代)
        (r"^([3-9]\d)年(?=撤|改|更|成立|搬|迁|建|设|划|在|从|正式|[县市镇乡村]|\d{1,2}月)",
         r"19\1年"),
        (r"^([0-2]\d)年(?=撤|改|更|成立|搬|迁|建|设|划|在|从|正式|[县市镇乡村]|\d{1,2}月)",
         r"20\1年"),
        # blind57's bank: 96年8月从县农业银行分设出来，成立的支行，头三年借农行二楼办公；…
        # 2021年营业室整体改造了一遍
        (r"(?<=分设|分离|剥离|独立)出来$", ""),
        (r"^((?:19|20)\d\d年)跟(.{2,16}?)脱钩$", r"\1与\2脱钩"),  # blind57's association
        # blind58's: 2012年镇里设了城建监察中队，就三个人; 挂牌成立现在的综合行政执法队
        (r"^((?:19|20)\d\d年)([县市镇乡])里设(?:了|立)?(?:一?个)?([\u4e00-\u9fff]{2,12}?"
         r"(?:中队|大队|所|站|办|队|组|室))$", r"前身为\1\2设立的\3"),
        (r"^就[一二两三四五六七八九十\d]+个人$", ""),
        (r"^挂牌成立现在的", "挂牌成立"),
        # blind57's 学习笔记: 2006年办起玢雅制衣厂; 2022年上了智能吊挂生产线
        (r"^((?:19|20)\d\d年)办起了?", r"\1创办"),
        (r"^((?:19|20)\d\d年)上了(.{2,12}?(?:生产线|流水线|拆解线|设备|系统))$", r"\1引进\2"),
        # blind57's: 2012年县编办批了，单独成立救护站; 2004年县林业局在…林场设(了个)救护点
        (r"^((?:19|20)\d\d年)([县市][\u4e00-\u9fff]{1,8}?(?:局|委|办|政府))在(.{2,10}?)设"
         r"([\u4e00-\u9fff]{2,8}(?:点|站|所|室|组|队))$", r"前身为\1\2在\3设立的\4"),
        (r"^((?:19|20)\d\d年)([县市省][\u4e00-\u9fff]{1,8}?)批(?:准)?了$", r"\1经\2批准"),
        (r"^成立的(支行|分行|分公司|公司|中心|站|所)$", r"成立\1"),
        (r"^头([一二三四五六七八九两])年借(?:用)?", r"成立后\1年借用"),
        (r"(?<=[\u4e00-\u9fff]{2})了一遍$", ""),
        (r"^((?:19|20)\d\d年)在(.{2,10}?)建了(?=[\u4e00-\u9fff]{2})", r"\1在\2建成"),
        (r"^((?:19|20)\d\d年)设的$", r"\1设立"),
        # blind56's: 我们是88年成立的, 挂在县老干部局, 85年设的杕坪工商所, 那时候归…管,
        # 改成现在的…所, 2015年6月棻原县分公司挂牌成立
        (r"^((?:19|20)?\d\d年)成立的$", r"\1成立"),
        (r"^挂在(?=.{2,12}$)", "挂靠"),
        (r"^((?:19|20)\d\d年)设的(.{2,12})$", r"前身为\1设立的\2"),
        (r"^那时候归(.{2,12}?)管(?:理)?$", r"当时归\1管理"),
        (r"^改(?:为|成)现在的(?![\u4e00-\u9fff]?名)(.{4,16})$", r"更名为\1"),
        (r"(?<=[室所站局院])改(?:为|成)现在的([\u4e00-\u9fff]{4,16}(?:站|所|局|院|中心))$",
         r"更名为\1"),  # 农村能源办公室改为现在的琭溪县农村能源工作站 (blind56)
        (r"^((?:19|20)\d\d年(?:\d{1,2}月)?)[\u4e00-\u9fff]{2,12}?(?:分公司|公司|协会|中心)"
         r"(?=挂牌成立|成立$|挂牌$)", r"\1"),
        (r"^((?:19|20)\d\d年)改制成立现在的(公司|企业)$", r"\1改制组建现\2"),
        (r"^改(?:为|成)现在的名字$", "更为现名"),
        (r"^当时叫(?=.{2,16}$)", "原名"),
        (r"都(上划|划归|划入|并入)(.{2,12}?)了$", r"\1\2"),
        # (…几位退休的老技术员自发搞了个古树调查小组: blind86)
        (r"^((?:19|20)\d\d年)(.{2,16}?)自发搞了个([\u4e00-\u9fff]{2,16}?(?:会|社|队|团|组))$",
         r"前身为\1由\2自发成立的\3"),
        (r"^((?:19|20)\d\d年)乡财县管$", r"\1实行“乡财县管”"),
        # blind92's: 1958年建校的时候就两个体育老师，在老文庙的院子里上课
        (r"^((?:19|20)\d\d年)建校的时候就(?:只有)?([一二两三四五六七八九十]+)个"
         r"([\u4e00-\u9fff]{0,4}?)老师$", r"\1建校时仅有\2名\3教师"),
        (r"^在(.{2,8}?)的院子里(?=上课|办公|训练)", r"在\1院内"),
        (r"^((?:19|20)\d\d年(?:学校|医院)?)搬到(?=[\u4e00-\u9fff]{2,3}$)", r"\1迁至"),
        (r"^有了第一([条座栋块])(?=[^，,]{0,12}(?:跑道|球场|场馆|教学楼|[楼馆])$)", r"建成第一\1"),
        # blind64's: …，就两个老草医坐诊
        (r"^就(?:只有)?([一二两三四五六七八九十]+)个([\u4e00-\u9fff]{2,6}?)(坐诊|上课|值班)$",
         r"当时仅有\1名\2\3"),
        (r"^((?:19|20)\d\d年)(.{2,12}?)当了我们的业务主管单位$", r"\1\2成为业务主管单位"),
        # blind65's: 1966年县里在畎河边建起第一座电力排灌站，就是现在的城西站，几个电工起家；
        # …；1989年改名县电力排灌站
        (r"^((?:19|20)\d\d年)[县市]里在(.{2,8}?)建起了?(第一座)?", r"\1在\2建成\3"),
        (r"^就是现在的(?=[\u4e00-\u9fff]{2,8}$)", "即现在的"),
        (r"^((?:19|20)\d\d年)改名(?:叫|为)?(?=[\u4e00-\u9fff]{2,16}$)", r"\1更名为"),
        (r"^盖了(?=[\u4e00-\u9fff]{2,8}$)", "新建"),  # 1983年搬到半山腰，盖了砖瓦校舍
        (r"^成立了(?=[\u4e00-\u9fff]{2,12}$)", "成立"),  # …入了盟，成立了民盟菥阳小组
        (r"^划到([\u4e00-\u9fff]{2,20}?)了?$", r"划归\1"),  # 2014年随路段移交，划到… (blind66)
        (r"(?<=[师人员])入了盟$", "加入民盟"),
        (r"^((?:19|20)\d\d年)改成(?!现)(?=[\u4e00-\u9fff]{2,10}$)", r"\1改为"),  # 88年改成县总支部
        (r"(?<=[局委办院所站])设的(?=[\u4e00-\u9fff]{2,16}$)", "设立的"),  # 县交通局设的…所
        (r"^((?:19|20)\d\d年)又?成立了", r"\1成立"),  # 1994年又成立了县交通征费稽查所
        (r"(?<=\d{4}年)(?:所|厂|院|站|公司|中心)里(?=成立|设立|建立)", ""),  # 2010年所里成立党支部
        (r"^((?:19|20)\d\d年)([县市])里的", r"\1\2"),  # 2018年县里的永达会计师事务所并进来
        # 2004年在琮城县人民路开设证券服务部: the unit's beginning, the unit not named
        (r"^((?:19|20)\d\d年)在(.{2,14}?)开设(.{2,10}?(?:部|所|站|店|点|室|处|中心))$",
         r"前身为\1在\2开设的\3"),
        (r"(?<=[水江河湖])边上", "岸边"),
        (r"(挂靠[\u4e00-\u9fff]{2,16}?)下面$", r"\1"),  # 挂靠有机教研室支部下面 (blind83)
        # 在粮站老库房那块地上建了产后服务中心 (blind84): 在…原址上建成…
        (r"那块地上建了(?=[\u4e00-\u9fff]{2})", "原址上建成"),
        (r"(?<=[\u4e00-\u9fff])(?:修|建)了(?=第一[座个条家所])", "建成"),
        # blind50's: 2013年批成一级医院, 2017年搬到城东现在这个院区, 1987年设蘅渚乡司法办公室
        (r"(?<=\d{4}年)批成了?", "获批为"),
        # blind51's: 2009年县残联借原县福利院两间平房办起“阳光家园”日间照料站, 2023年开了
        # 全日制寄宿托养, 城西新盖的托养楼
        (r"^((?:19|20)\d\d年)([县市][\u4e00-\u9fff]{1,6}?)借(?:用)?(.{2,12}?)(?:[两几一]间)?"
         r"(?:平房|房子|屋子?)?办起了?(.{2,20})$", r"前身为\1\2借用\3开办的\4"),
        (r"^((?:19|20)\d\d年)开了(?=.{2,12}$)", r"\1开设"),
        (r"新盖的", "新建的"),
        # 2024年上了第二条生产线, 2012年开始连锁经营, 今年干路面 (blind51)
        (r"^((?:19|20)\d\d年)又?上了(?=第[一二三四五六七八九十]条)", r"\1建成"),
        (r"^(一是|二是|三是)(?=.{2,12}$)", ""),
        (r"干路面", "开展路面施工"),
        (r"现在这个(?=院区|校区|厂区|园区|站区)", "现"),
        (r"^((?:19|20)\d\d年)设([\u4e00-\u9fff]{1,6}[乡镇县市区][\u4e00-\u9fff]{2,10}?"
         r"(?:办公室|所|站|股|科|组))$", r"前身为\1设立的\2"),
        # blind50's mind map: 1972年县卫生局办赤脚医生培训班; 支部：1984年建校就有
        (r"^((?:19|20)\d\d年)([县市].{0,10}?(?:局|委|院|站|所))办(.{2,12}?(?:培训班|学习班|学校|夜校))$",
         r"前身为\1\2举办的\3"),
        (r"^((?:19|20)\d\d年)建(校|院|厂|站|所)就有$", r"支部\1随建\2成立"),
        (r"^(学校|医院|公司|厂|所|站|院|局|馆|中心)((?:19|20)\d\d年)建的?$", r"\1始建于\2"),
        (r"^((?:19|20)\d\d年)撤了(.{2,6}部)(?:只办(.{2,4}))?$", r"\1撤销\2"),
        # 村晚今年县融媒体中心来拍了，明年想多办几场 (blind49)
        (r"^(.{2,4}?)(今年|去年|(?:19|20)\d\d年)(.{2,12}?)来拍了$", r"\1\2由\3录制报道"),
        (r"^(明年|今年|(?:19|20)\d\d年)想多办几场$", r"\1计划增加场次"),
        (r"^先借(?:用)?(.{2,16}?)的?(?:一间屋|一间房|两间屋|几间房|一间)?办公$", r"初期借用\1办公"),
        (r"^借(?:用)?(.{2,16}?)的?(?:一间屋|一间房|两间屋|几间房|一间)?办公$", r"借用\1办公"),
        (r"搬到(.{2,12}?)改(?:出来)?的", r"迁入由\1改建的"),
        (r"^交给(?=.{2,24}(?:承接|运营|管理))", "交由"),
        (r"^([镇乡县])里管日常$", r"\1里负责日常管理"),
        # 县里明年还要搞社工站星级评定，咱们奔着四星去
        (r"^([县市省])里(今年|明年)还?要搞(.{2,12}?评定)$", r"\2全\1开展\3"),
        (r"^(?:咱们|我们)奔着(.{1,3}星)去$", r"力争达到\1标准"),           # 咱们奔着四星去
        (r"完才(?=对外开放|开放|启用|投入使用)", "后"),
        (r"^((?:19|20)\d\d年)加了(.{1,4}部)$", r"\1增设\2"),          # 2013年加了高中部
        (r"(\d{4}年)单独建起来$", r"\1单独建立"),                      # 支部2016年单独建起来
        # 2022年8月县局党委批了单独设中心, 2024年建起…平台 (blind72)
        # (1999年学校批了单独设立天文台: blind114, printed 设立立天文台)
        (r"^((?:19|20)\d\d年(?:\d{1,2}月)?)([\u4e00-\u9fff]{2,10}?)批了单独设立?"
         r"(?=[\u4e00-\u9fff]{1,6}$)", r"\1经\2批准单独设立"),
        (r"^([\u4e00-\u9fff]{1,4})招齐了(\d+)个$", r"\1配齐\2名"),     # 辅警招齐了22个
        (r"^((?:19|20)\d\d年)全县有了第一届", r"\1全县举办第一届"),  # (blind72)
        (r"^上了(.{2,12}生产线)$", r"建成\1"),                          # 上了蒸汽法生产线
        (r"交给了?(?:我们|咱们)$", "交由SELF承担"),                       # (blind73)
        # 2008年县里把鞔鼓巷的老茶馆交给我们，办起了书场 (blind118: 全县把…, its 书场 lost)
        (r"^((?:19|20)\d\d年)([县市])里把(?=.{2,16}交由)", r"\1\2里将"),
        (r"^办起了?([\u4e00-\u9fff]{2,4})$", r"开办\1"),
        (r"^((?:19|20)\d\d年)分了(\d+个)", r"\1设立\2"),                # 2021年分了8个…分会
        (r"^((?:19|20)\d\d年)([\u4e00-\u9fff]{2,8}?)批了$", r"\1经\2批准"),  # 2021年学院批了
        (r"^((?:19|20)\d\d年)[县市区镇]里把(.{2,24}?)给了", r"\1\2划归"),  # …把…楼给了小院
        (r"^((?:19|20)\d\d年(?:\d{1,2}月)?)建起(?=.{2,24}$)", r"\1建成"),
        (r"^(?:我们)?是((?:19|20)\d\d年)建的矿$", r"\1建矿"),        # 我们是1970年建的矿
        (r"改制成现在这个", "改制为"),                                 # 2003年改制成现在这个…
        (r"^建(校|院|所|站|厂|馆|局|台|矿|队)是((?:19|20)\d\d年)$", r"\2建\1"),  # 建校是2011年
        (r"才?改名叫.{2,12}$", "更为现名"),                            # 才改名叫城南学校 (blind35)
        (r"^改成(?=.{2,10}$)", "改为"),                                # 改成九年一贯制
        (r"改制成现在的(?:公司|有限责任公司)$", "改制组建现公司"),      # 1998年改制成现在的公司
        (r"整体搬到(?=.{2,10}$)", "整体迁入"),                        # 2012年整体搬到城北新厂区
        (r"改成现名$|改成现在的名字$", "更为现名"),                  # 2019年改成现名 (blind39)
        # 今年目标就是拿下市级文明单位 (blind40: 拿下 printed)
        (r"(?:目标)?就是拿下(?=.{2,8}文明单位$)", "创建"),
        (r"拿下(?=.{2,8}文明单位$)", "创建"),
        # 下面4个片区管理站, 现在下面有6个项目部 (blind39, blind40)
        (r"^(?:(?:现在)?下面有|下面)(?=\d+个)", "下设"),
        (r"^(?:前身为|原来是)(.{2,16}?)兼着$", r"此前由\1兼管"),       # …志愿服务科兼着 (blind41)
        (r"^原来(.{2,8})的几名党员转过来$", r"原\1部分党员转入"),      # blind40's branch
        (r"^部里(?=\d{4}年)", "部机关"),                               # 部里2024年3月组建
        (r"^((?:19|20)\d\d年)设(县.{2,16}(?:委员会|局|所|站|中心))$", r"前身为\1设立的\2"),
        (r"^用的是原来(.{2,16})的老楼$", r"使用原\1旧楼"),           # 用的是原来县工人俱乐部的老楼
        (r"^(.{2,10})也是那年拿的$", r"同年取得\1"),                  # 定点屠宰资格也是那年拿的
        # blind33's histories in speech: 我们1953年就建起来了, 院里1958年建的, 就是我们局呢
        # 是1980年恢复设立的, 一级站是1972年建成发电的, 山顶那座发射塔是1985年立起来的,
        # 最早是一个劳动生产农场, 体育那块划出去了, 就改成现在的教育局, 后来陆续又建了…
        (r"^(?:我们|[院局厂台所站]里)?((?:19|20)\d\d年)就?建(?:起来)?了?的?$", r"\1成立"),
        (r"^就是(?=我们|我[\u4e00-\u9fff]|[局院所站台厂])", ""),
        (r"^我们(?=[局院所站台厂](?:是|\d))", "我"),
        (r"^([\u4e00-\u9fff]{1,8}?)那?座?(?<!是)是((?:19|20)\d\d年(?:\d{1,2}月)?)"
         r"(恢复设立|建成发电|建成投产|建成|投产|投运|立起来)的$", r"\1\2\3"),
        (r"立起来$", "建成"),
        (r"^山顶那座", "山顶"),
        (r"^最早是一?个?", "最早为"),
        (r"^(.{2,6})那块划出去了?$", r"\1职能划出"),
        # (2016年执法那块划到县农业综合执法大队，站里专门搞试验、检验和推广: blind124's reader
        # found the step left out)
        (r"^((?:19|20)\d\d年)?(.{2,6})那块划到(?=.{2,16}$)", r"\1\2职能划转"),
        (r"^([站所院局厂馆队])里(?=专门搞[\u4e00-\u9fff、和]{2,16}$)", r"我\1"),
        (r"专门搞(?=[\u4e00-\u9fff、和]{2,16}$)", "专门从事"),
        (r"^就?改成(?:了)?现在的.{0,8}$", "更为现名"),
        (r"才?改成(?:了)?现在的.{2,14}$", "更为现名"),     # 2019年机构改革才改成现在的…
        (r"^后来陆续又?建了", "此后陆续建成"),
        (r"(改制成立|单独成立)的公司$", r"\1公司"),
        # 支局是2024年1月挂牌的 → 支局于2024年1月挂牌 (blind30)
        (r"^([\u4e00-\u9fff]{1,6})是(\d{4}年(?:\d{1,2}月)?)((?:调整|单独|恢复)?设立|挂牌|成立|"
         r"组建|建成)的$",
         r"\1于\2\3"),
        (r"^前身是", "前身为"),
        # 58年这里叫芒坝生产队, 2010年修通了到镇上的水泥路, 夜校是2019年借村小两间教室办
        # 起来的 (blind77)
        (r"^((?:19|20)\d\d年)(?:这里|这儿|当时)叫(.{2,12})$", r"\1名为\2"),
        # 2021年县里在江堤里头建了安置小区; 2022年撤了渔业村 (blind86's reader: copied as
        # said)
        (r"^((?:19|20)\d\d年)([县市镇])里(?=在)", r"\1\2"),
        (r"^((?:19|20)\d\d年[^，,；;]{0,10}?)里头建了(?!个)", r"\1内建成"),
        (r"^((?:19|20)\d\d年)撤了", r"\1撤销"),
        (r"单独建了(?=党?支部|党总支)", "单独建立"),  # 2016年支教团单独建了党支部 (blind86)
        (r"(?<=\d年)搞(?=第[一二三四五六七八九十]次)", "开展"),  # 2014年到2018年搞第二次…普查
        # 犁港原来是个渔业村 (blind86: printed after the figures, as said)
        (r"^([\u4e00-\u9fff]{2,4})原来是个?([\u4e00-\u9fff]{2,6}?村)$", r"前身为\1\2"),
        # 1986年县文化馆几个老师傅凑了个风筝兴趣小组 (blind88): where the unit began
        (r"^((?:19|20)\d\d年)([^，,]{2,16}?)几个(?!人)([^，,]{1,6}?)凑了一?个"
         r"([\u4e00-\u9fff]{2,10}(?:组|会|队|社|班))$", r"前身为\1\2几位\3组成的\4"),
        (r"^((?:19|20)\d\d年[县市][\u4e00-\u9fff]{1,8}?(?:局|委|站|院))组了一?个", r"\1组建"),
        # …几个人自发凑了个观鸟小组; 1981年…几个写字的老先生凑了个书法组 (blind85)
        (r"(自发)?凑了一?个", r"\1组成"),
        (r"建了(?=(?:分会|分站|联络站|服务站|工作站|站点)$)", "建立"),  # 在9个乡镇建了分会
        # (2017年批了单独设立…中心: 获批单独设立, blind109: 获批设立单独设立 printed)
        (r"^((?:19|20)\d\d年)批了(?=单独设|单独成立|设立|成立)", r"\1获批"),
        (r"^((?:19|20)\d\d年)批了", r"\1获批设立"),  # 2012年批了“治未病”科
        (r"^((?:19|20)\d\d年)出了第一", r"\1编印第一"),  # 2023年出了第一版名录
        # 1979年学校还叫聿州师专，出了第一期《聿州师专学报》，那时候就两个编辑 (blind88)
        (r"^出了第一期(《[^》]+》)$", r"创办\1"),
        (r"^((?:19|20)\d\d年)由(.{2,4})改成", r"\1由\2改为"),  # 2015年由季刊改成双月刊
        (r"^(?:那时候|那会儿|当时)就([两三四五六七八九十])个人$", r"当时仅有\1人"),
        # blind117's: …风景区管理所，就三个人，管着一条上山的土路; …腌菜作坊，就七八口大缸、
        # 五六个人; 2015年整个搬到县城工业园的新厂区; 那时候就设了团总支; 县里单独成立…
        (r"^管着(一[条座片个][\u4e00-\u9fff]{2,8})$", r"负责管护\1"),
        (r"^就([一二两三四五六七八九十]{1,2})口大?缸、([一二两三四五六七八九十]{1,2})个人$",
         r"当时仅有\1口大缸、\2名工人"),
        (r"^((?:19|20)\d\d年)整个搬到([\u4e00-\u9fff]{2,12}?)的?(新[厂校院园]区)$",
         r"\1整体迁至\2\3"),
        (r"^(?:那时候|那会儿|当时)就设了", "当时即设立"),
        (r"几家([\u4e00-\u9fff]{2,6}?)的老板", r"几家\1的负责人"),
        (r"^[县市]里(?=单独(?:成立|设立))", ""),
        # (1998年村里几户村民从外地引了二十来只湖羊试着养, blind117's reader: spoken;
        # 1998年几户人家从邻县引了魔芋种试着种, blind118's)
        (r"^((?:19|20)\d\d年)(?:村里)?几户(?:村民|人家)从([\u4e00-\u9fff]{2,4}?)引了"
         r"(?:([一二两三四五六七八九十]{1,2})来只)?([\u4e00-\u9fff]{1,4}?)试着([种养])$",
         lambda m: f"{m[1]}，村民从{m[2]}引进{m[3] + '余只' if m[3] else ''}{m[4]}试{m[5]}"),
        # blind118's: …两个生产队，1984年合成一个村; 就四条木壳船、六十来个人; 2005年第一次开
        # 出去到公海; 2019年钹川渔鼓进了省级非遗名录; 开了第二个执勤现场
        (r"^((?:19|20)\d\d年)合成一个村$", r"\1合并为一个村"),
        (r"^就([一二两三四五六七八九十]{1,2})条([\u4e00-\u9fff]{1,3}船)、"
         r"([一二两三四五六七八九十]{1,2})来个人$", r"当时仅有\1条\2、\3余人"),
        (r"^((?:19|20)\d\d年)第一次开出去到公海$", r"\1首次开赴公海作业"),
        (r"^去的是([\u4e00-\u9fff]{2,8}?)钓鱿鱼$", r"赴\1开展鱿钓作业"),
        (r"^归([\u4e00-\u9fff]{2,12}?)管$", r"隶属\1"),
        (r"^就(二十几|十几|几十|[一二两三四五六七八九十]{1,3})个人、一条([\u4e00-\u9fff]{2,4})$",
         r"当时仅有\1名工作人员、一条\2"),
        (r"^((?:19|20)\d\d年)([\u4e00-\u9fff]{2,8}?)进了(省级|国家级|市级)非遗名录$",
         r"\1\2列入\3非物质文化遗产代表性项目名录"),
        (r"^开了第([二三四五])个([\u4e00-\u9fff]{2,6})$", r"开设第\1个\2"),
        # blind119's: 1984年分田到户以后，家家户户又干起了打银; 开始接出口的单子; 1986年县医院
        # 外科里分了个肝胆组; 2019年做了全县第一台腹腔镜…; 2021年把老粮站腾出来
        (r"^家家户户又干起了([\u4e00-\u9fff]{1,4})$", r"家家户户重操\1旧业"),
        (r"^开始接出口的单子$", "开始承接出口订单"),
        (r"^((?:19|20)\d\d年)([\u4e00-\u9fff]{2,10}?)里分了个([\u4e00-\u9fff]{2,6})$",
         r"\1\2分设\3"),
        (r"^((?:19|20)\d\d年)做了(全[县市省])第一台([\u4e00-\u9fff]{2,16})$", r"\1开展\2首例\3"),
        (r"^((?:19|20)\d\d年)把([\u4e00-\u9fff]{2,8})腾出来$", r"\1腾出\2"),
        # blind104's: …，那时候叫港务局引水组，就五个老引水员
        (r"^就([两三四五六七八九十])个(老?[\u4e00-\u9fff]{1,3}员)$", r"当时仅有\1名\2"),
        (r"划[到归]([\u4e00-\u9fff]{2,8}?)下面$", r"划归\1管理"),

        (r"^(?:那时候|那会儿|当时)就([两三四五六七八九十])个([\u4e00-\u9fff]{0,2}"
         r"(?:编辑|老师|医生|护士|干部|职工|民警|大夫))$", r"当时仅有\1名\2"),
        (r"^((?:19|20)\d\d年开始)换", r"\1更换"),    # 2021年开始换太阳能航标灯
        (r"整段交给(?:我们)?管$", "整段移交管理"),
        (r"^((?:19|20)\d\d年)([\u4e00-\u9fff]{1,6}?)关了$", r"\1\2关停"),  # 2003年砖窑关了
        (r"房顶上了光伏$", "房顶安装光伏"),  # 2024年村部和冷库房顶上了光伏 (blind68)
        (r"^上了第一(?!批)", "建成第一"),                  # 84年建起…厂，上了第一条打叶线
        # blind87's rafting company: 2003年碉岭村几户人家凑钱买了十几条橡皮艇，在缨江上带人
        # 漂；2010年县旅游局接过来，办了县缨江漂流管理站；2016年改制，注册成公司，归县文旅
        # 集团；2020年修了碉岭新码头，上了救援快艇 (its reader: the 管理站 and 快艇 lost)
        (r"(?<=村)几户人家凑钱买了", "村民集资购置"),
        (r"(?<=购置)(?:十几|十来)(?=[条艘辆台])", "十余"),
        (r"(?<=购置)几十(?=[条艘辆台])", "数十"),
        (r"(?<=[江河湖])上带人漂$", "上开展漂流经营"),
        (r"^((?:19|20)\d\d年)([县市][\u4e00-\u9fff]{1,8}?(?:局|委|办|公司|集团))接过来了?$",
         r"\1由\2接管"),
        (r"^办了个?(?=[县市]?[\u4e00-\u9fff]{2,14}?(?:站|所|处|中心|队)$)", "设立"),
        (r"^注册成公司$", "注册成立公司"),
        (r"^归(?=[县市][\u4e00-\u9fff]{1,10}$)(?!.*管理?$)", "隶属"),  # (归…管: below)
        (r"^((?:19|20)\d\d年)修了([\u4e00-\u9fff]{2,4}?)新", r"\1新建\2"),
        (r"^((?:19|20)\d\d年)修了", r"\1修建"),
        (r"^上了(?=[\u4e00-\u9fff]{0,4}(?:艇|船|车|设备|系统)$)", "配备"),
        (r"^上了第一(?=批)", "配备第一"),  # …建成…中心，上了第一批6台烘干机 (blind84)
        (r"^((?:19|20)\d\d年)([\u4e00-\u9fff]{2,8}?)开了个", r"\1\2开设"),  # …开了个…门诊
        (r"修通了", "修通"),
        # 1993年…装了一台单人氧舱，就一个人管；2003年换成多人氧舱；2021年氧舱改造，加了急救位
        # (blind89: 更名为多人氧舱, 仅有一个人管, its 急救位 lost)
        (r"^就一个人管$", "仅有一名工作人员"),
        (r"(?<=[\u4e00-\u9fff])装了(?=一[台套部])", "配备"),
        (r"^((?:19|20)\d\d年)办了第一(?=[届期次])", r"\1举办第一"),  # 2015年办了第一届…
        (r"(?<=\d年)换成(?=[\u4e00-\u9fff]{2,8}(?:舱|设备|机组|车辆|系统))", "更换为"),
        (r"^加了(?=[\u4e00-\u9fff]{2,6}$)", "增设"),
        # 院里在民行科下面设了个公益诉讼组; 在…村挂了第一个…联络站 (blind89)
        (r"院里在([\u4e00-\u9fff]{2,8}?)下面设了?个?", r"院在\1下设"),
        (r"挂了第一个", "设立第一个"),
        # 1998年医院在医务科下面设了个院感办，就一个护士兼着; 科里有了自己的微生物实验室;
        # 2018年城里乡下11个合唱团都入了会 (blind90)
        (r"(?<=[院局校司])在([\u4e00-\u9fff]{2,8}?)下面设了?个?", r"在\1下设"),
        (r"^(?:仅有|就)一个人兼着$", "仅由一人兼职负责"),  # (not 一名人: blind94's reader)
        (r"^(?:仅有|就)一个([\u4e00-\u9fff]{1,4})兼着$", r"仅由一名\1兼职负责"),
        # blind101's endoscopy centre: 就一台胃镜，一个大夫兼着; 2013年上了第一台电子肠镜，开了
        # 无痛胃肠镜; 洗消室、复苏室都是新建的
        (r"^(?:仅有|就)?一个大夫兼着$", "由一名医生兼职负责"),
        (r"^((?:19|20)\d\d年)上了第一台", r"\1引进第一台"),
        (r"^开了(无痛[\u4e00-\u9fff]{2,6})$", r"开展\1诊疗"),
        (r"^([\u4e00-\u9fff、]{2,16}?)都是新建的$", r"新建\1"),
        (r"^[科站所室队馆]里有了自己的(?=[\u4e00-\u9fff]{2,10}$)", "SELF建有独立的"),
        (r"城里乡下", "城乡"),
        # 1972年学校还叫衮州农机学校，办了个校办工厂，就几台旧车床 (blind90: the 工厂 lost)
        # (…合在一起，办了个铁业社; 学院还叫…，办了个民族预科班，就两个班八十来个学生; 段里从
        # 普速车队抽了二十几个人，组了动车一队第五乘务组: blind91, each step's work lost)
        (r"^办了个(?=校办工厂$|[\u4e00-\u9fff]{2,8}(?:工厂|车间|作坊|社|班|组|站|所|店|队)$)",
         "开办"),
        (r"^就([两三四五六七八九十])个班([二三四五六七八九]十)来个学生$", r"仅有\1个班\2余名学生"),
        (r"^(?:段|厂|局|院|站|所|公司)里从(.{2,8}?)抽了([二三四五六七八九]十)几个人$",
         r"从\1抽调\2余人"),
        (r"^组了(?=[\u4e00-\u9fff]{2,14}(?:组|队|班)$)", "组建"),
        # 1961年修鼋山水库，山下几个生产队搬到半山腰 (blind90)
        (r"^((?:19|20)\d\d年)修(?=[\u4e00-\u9fff]{2,8}(?:水库|公路|铁路|电站)$)", r"\1兴建"),
        (r"(?<=生产队)搬到(?=[\u4e00-\u9fff]{2,6}$)", "迁至"),
        (r"(?<=[个支家])([\u4e00-\u9fff]{1,6})都入了会$", r"\1全部入会"),
        # 2004年城西拆迁，区里在这儿建了安置小区，叫禧安新村 (blind89: its 安置小区 lost)
        (r"^([县市区镇])里在这儿建了", r"\1在此建设"),
        # 2013年又建了两期公租房，回族、藏族、东乡族好多人家搬了进来; 2018年…中心建起来
        (r"^([\u4e00-\u9fff、]{2,16}?)好多人家搬了进来$", r"\1等各族群众陆续迁入"),
        (r"(?<=[中心站馆室楼园])建起来$", "建成"),
        (r"^叫(?=[\u4e00-\u9fff]{2,8}$)", "名为"),
        (r"^((?:19|20)\d\d年)又建了", r"\1又建成"),
        # 2014年村里第一个大学生回来开了网店；2017年镇里帮着建了村电商服务站；2020年注册了
        # “缤岭粉条”商标 (blind88)
        (r"回来开了(?=网店|店|厂|作坊)", "返乡开办"),
        (r"^((?:19|20)\d\d年)([县市镇乡])里帮着建了", r"\1在\2政府支持下建成"),
        (r"^((?:19|20)\d\d年)注册了", r"\1注册"),
        # 1958年县医院设了儿科，就三个大夫；1992年儿科从内科病房分出来 (blind87)
        (r"(?<=[一二两三四五六七八九十])个大夫$", "名医生"),
        (r"(从[\u4e00-\u9fff]{2,8})分出来$", r"\1分出"),
        # 1998年眼科、口腔分出去，耳鼻喉单独设科 (blind95)
        (r"^((?:19|20)\d\d年)([\u4e00-\u9fff、]{2,12}?)分出去$", r"\1\2分出"),
        (r"^(.{2,6})是((?:19|20)\d\d年)(.{2,16}?)办起来的$", r"\2\3开办\1"),
        # 58年檎州卫校建校的时候就设了解剖组，就两个老师、一间平房 (blind76)
        (r"的时候就?(?=设立?了?|成立|建立|组建|有了)", "时"),
        (r"^就(?=[一两二三四五六七八九十几][个间名位台辆座张条架艘亩]|十几)", "仅有"),
        (r"^(\d{1,2}月)搞的", r"\1举办了"),                          # 10月搞的首届…直播节
        (r"^(今年|明年|年内)要(?=争取|力争|申报|创建|迎接|完成|实现)", r"\1"),  # 今年要争取申报…
        # 明年站里要申报县级文明单位 (blind48)
        (r"^(今年|明年|年内)?([站院所局厂校馆台队])里要?(?=争取|力争|申报|创建|迎接|完成|实现)",
         r"\1我\2"),
        (r"^(前身为.{2,12}?[局委办厅院])里的", r"\1所属"),       # 县商务局里的电商办
        (r"^之前(?:我们)?(?:几个)?党员的组织关系都?挂在(.{4,24})$", r"此前党员组织关系隶属\1"),
        (r"^也是(?=.{2,12}(?:第一次|首次))", "今年也是"),  # 今年是…之年，也是…第一次…
        # blind31: 2021年分设，成了公益一类事业单位; 跟6家银行签了…
        (r"成了(?=公益[一二]类|[全差]额)", "为"),
        (r"^((?:今年|去年|\d{4}年)?)跟(.{1,10}?)签了", r"\1与\2签订了"),
        # 会议纪要: 杭若愚局长指出，今年是…: the speaker is the minutes', not the text's
        (r"^[\u4e00-\u9fff]{0,4}(?:局长|书记|主任|院长|校长|经理|董事长|会长|所长|站长|会议)"
         r"(?:指出|强调|要求|表示|认为)$", ""),
        (r"(\d{4}年)就成立了", r"\1成立"),                          # 县总工会1951年就成立了
        (r"^还有(?=.{2,40}[一二两三四五六七八九十\d]+个)", "另有"),   # 还有…两个二级单位
        (r"^(但是?|而且?|另外|还有|其实)", ""),                    # 但主题党日…
        (r"(?:(?<=我们)|(?<=咱们)|(?<![\u4e00-\u9fff]))(馆|场|所|院|局|园|厂|站|校|队|处|行|社)里"
         r"(?=的|有|是|共|设|[0-9一二三四五六七八九十])", r"本\1"),  # 馆里的 → 本馆的
        (r"^分(?=.+[个支][组科室部股队中])", "内设"),               # 分农技、综合四个组
        (r"^分(?=[\d一二三四五六七八九十]+个(?!阶段|步|环节|批))", "下设"),  # 分6个作业中队
        (r"^(?:机关)?(?:现在有|现有|有)?(?=(?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8}"
         r"[一二三四五六七八九十]个(?:部室|科室|股室|处室|部门)$)", "内设"),  # 办公室、…五个部室
        (r"^下面设", "下设"),                                          # 下面设两个党小组
        (r"加起来(全年)?(?:一共)?是", r"\1共"),                        # …加起来全年是11个考次
        (r"(划(?:归|到).{2,12}?)下面管(?:理)?", r"\1管理"),           # 划到市盐业公司下面管
        (r"^现在是它的", "现为其"),                                     # 现在是它的全资子公司
        (r"^现在这个(支部|单位|中心|局|所)管(.{4,30}?)[两三四几]块$", r"现\1涵盖\2"),  # 管…两块
        (r"^下面管?(?=.+[个支所座])", "下辖"),                          # 下面…3个管理站
        (r"还?加挂了?(.{2,20}?)的?牌子$", r"加挂\1牌子"),              # 还加挂了…的牌子
        (r"一共(?=[\d一二三四五六七八九十])", "共有"),                  # 三级林长一共1026名
        (r"^(\d{4}年)恢复$", r"\1恢复设立"),                          # 中间撤过，1980年恢复
        (r"分出来单独(成立|设立)", r"分出并单独\1"),                    # 从防疫站分出来单独成立
        (r"(?<=\d月)才(?=迁入|搬)", ""),                               # 2026年10月才迁入
        (r"下面有(?=[\d一二三四五六七八九十]+个)", "下设"),             # 我中心下面有3个站
        (r"^分在(?=.{2,24}[个片区])", "分布在"),                       # 分在渡口、北山…三个片区
        # 拿到一等奖, not 再到拿到县城义卖 (blind26: 获得县城义卖)
        (r"拿(?:了|到)(?=[^，。；]{0,12}(?:奖|称号|荣誉|证书|第|名|资格|认证|牌))", "获得"),
        (r"改成(了)?现在的名字", "更为现名"),                        # 2005年改成现在的名字
        (r"^(\d{4}年)改的现名$", r"\1更为现名"),                      # 1995年改的现名 (blind32)
        (r"还?给([^，,。]{2,14}?)捐了", r"向\1捐赠了"),                # 还给市儿童福利院捐了一辆
        # its history told in speech (blind23: every one lost)
        (r"^原来归(.{2,12})管(?:理)?$", r"原隶属\1"),                # 原来归县体育局管
        (r"^原来归(.{2,12}?(?:党委|党组|总支))$", r"原隶属\1"),       # …归县卫生局党委 (blind50)
        (r"^归(.{2,12})管(?:理)?$", r"隶属\1"),                      # 归文旅局管
        (r"(?<!资金)(?<![款钱])划到(.{2,12}?)去?了?$", r"划归\1"),  # 划到教育体育局了
        (r"分设出来了?$", "分设"),                                    # 从县委统战部分设出来
        (r"^(.{1,6})也是(?:那|同)一?年成立的$", r"\1同年成立"),        # 支部也是那年成立的
        (r"^(\d{4}年.{0,4}月?)正式成立", r"\1成立"),                # 2020年6月正式成立社区
        (r"^现在有", "现设"),                                         # 现在有四个科室
        (r"^(?=[一二三四五六七八九十]+个(科|科室|部门|股室|处室|部)（)", "内设"),  # 三个科（…）
        (r"(?<![被])评上了?", "被评为"),                              # 2015年评上4A级景区
        (r"全部通了", "全部开通"),                                    # 全部通了千兆光网
        (r"设了(?=[\d一二三四五六七八九十])", "设置"),                # 设了5个综合窗口
        (r"^(今年|去年|\d{4}年)?主要就是", r"\1"),                    # 今年主要就是创…
        (r"^再一个是", ""),
        (r"^(我[\u4e00-\u9fff]{1,2}|本[\u4e00-\u9fff])?原来是", r"\1前身为"),  # 原来是两个单位
        (r"合并成现在的", "合并组建为"),                              # 2019年合并成现在的质安站
        (r"搬进(?!了)", "迁入"),                                       # 2023年搬进县行政服务大楼
        (r"([省市县])里((?:年底|年初|上半年|下半年|\d{1,2}月)?)要?来(测评|检查|验收|考核|复查|复核)",
         r"\2迎接\1级\3"),                                           # 省里年底来测评
        (r"^(年底|年初|上半年|下半年|\d{1,2}月)([省市县])里(测评|检查|验收|考核|复查)$",
         r"\1迎接\2级\3"),                                           # 年底省里测评
        (r"^([省市县])里(年底|年初|上半年|下半年|\d{1,2}月)(测评|检查|验收|考核|复查)$",
         r"\2迎接\1级\3"),                                           # 市里11月测评
        (r"搬到(?=.{2,12}(新址|旧址|新站区|新区|新楼|新馆|大楼|中心|园区|院区|校区))", "迁入"),
        (r"冲(?=[省市县]级)", "争创"),                                  # 今年冲市级
        # blind106's histories: 1976年县种子公司在村里搞了第一块杂交稻制种田; 1998年…，在老图书馆
        # 一楼腾出两间屋，办了个校史陈列室; 1991年…，县民政局在老粮站借了两间仓库放帐篷 (each
        # step lost or 开展了…制种田)
        (r"搞了第一块(?=[\u4e00-\u9fff]{2,10}田$)", "建起第一块"),
        # (2017年招了第一个专职社工; 2024年有了安宁疗护社工组; 村集体牵头办了…合作社; 全村制种田
        # 连成了片; 县林业局作业务主管单位: blind106's, said as spoken)
        (r"^((?:19|20)\d\d年)招了第一个(?=[\u4e00-\u9fff]{2,8}$)", r"\1招聘第一名"),
        (r"^((?:19|20)\d\d年)有了(?=[\u4e00-\u9fff]{2,10}(?:组|队|站|室|中心)$)", r"\1成立"),
        (r"牵头办了(?=[\u4e00-\u9fff]{2,16}(?:合作社|公司|协会)$)", "牵头成立"),
        (r"(?<!才)连成?了片$", "实现连片"),
        # (2021年搬到…七楼，扩到24张床，建了微创治疗室; 2019年县里在我们村搞盐碱地综合治理，挖了
        # 排碱沟; 2017年加了救生培训，改名游泳救生协会; 只管新建工程: blind107's, cut or spoken)
        (r"^扩到(\d+)张床(?:位)?$", r"床位增至\1张"),
        (r"^床位扩到(\d+)张$", r"床位增至\1张"),  # (blind109)
        # (2010年县里把原羝岭中学的旧校舍腾出来，办了个女子高中班，就两个班九十来个女娃:
        # blind109's first step lost)
        # (… and 2022年村里把老粮站腾出来，办了个珍珠文化馆: blind112's second clause lost)
        (r"^((?:19|20)\d\d年)(?:[县市]里|村里|镇里)把([^，,。]{2,16}?)腾出来$", r"\1利用\2"),
        (r"^办了个(?=[\u4e00-\u9fff]{2,8}(?:班|馆)$)", "开办"),  # (a 室's 设立 below: blind106)
        # blind112's: 2018年医用气体站划进来; 就两个电工出身的老师傅; …开始管乡镇卫生院的设备
        (r"^((?:19|20)\d\d年)([\u4e00-\u9fff]{2,10}?)划进来$", r"\1\2划入"),
        (r"仅有([两三四五])个(?=[\u4e00-\u9fff]{0,6}(?:老?师傅|技工|工人)$)", r"仅有\1名"),
        (r"开始管([\u4e00-\u9fff]{2,10}?)的设备$", r"开始负责\1的设备管理"),
        # (1979年设县体委，在老县城河滩上修了个灯光球场起家: blind112)
        (r"^在([^，,。]{2,12}?)修了个([\u4e00-\u9fff]{2,8})起家$", r"在\1修建\2起步"),
        # (2009年几个老导游在县旅游局牵头下搞了个导游联谊会: blind112, printed 开展了个…)
        (r"^((?:19|20)\d\d年)几个([\u4e00-\u9fff]{1,6}?)在([\u4e00-\u9fff]{2,10}?)牵头下搞了个"
         r"([\u4e00-\u9fff]{2,10})$", r"\1，在\3牵头下，几名\2成立\4"),
        # (1972年…试养河蚌，插了第一批珠; 2019年全荡拆了网箱: blind112)
        (r"^([插种栽])了第一批", r"\1下第一批"),
        (r"^((?:19|20)\d\d年)([\u4e00-\u9fff]{0,4}?)拆了(?=[\u4e00-\u9fff]{2,4}$)", r"\1\2拆除"),
        (r"(?<=[\u4e00-\u9fff])女娃$", "女生"),
        # blind114's histories: 叫县流浪未成年人救助保护中心; 有了12张床位; 1978年县里在城关建了
        # 县缫丝厂; 上了12组自动缫丝机; 1981年县财政局把…打算盘打得好的叫到一起，成立了…; 给了
        # 我们一间房; 几户人家在河滩地上搭了第一批竹竿小拱棚; 上了60厘米反射望远镜; 盖的一间
        # 小圆顶观测室; 两个老师管着 (each cut, garbled or spoken)
        (r"^叫(?=[县市][\u4e00-\u9fff]{4,20}$)", "名为"),
        (r"^有了(\d+)张床位?$", r"设有床位\1张"),
        (r"^上了(?=\d+[组台套条])", "引进"),
        (r"^((?:19|20)\d\d年)([\u4e00-\u9fff]{2,8}?)把(.{2,24}?)(?:叫|召集|聚)到一起$",
         r"\1\2召集\3"),
        (r"里?打算盘打得好的", "中的珠算能手"),
        (r"^成立了(?=[县市][\u4e00-\u9fff]{2,12}$)", "成立"),
        (r"给了?(?:我们)?一间房(?=[，,]|$)", "提供一间用房"),
        (r"几户人家", "几户村民"),
        (r"搭了第一批", "搭建第一批"),
        (r"^((?:19|20)\d\d年)上了(?=[\u4e00-\u9fff\d]{0,10}望远镜$)", r"\1配备"),
        (r"盖的(?=一间)", "建成的"),
        (r"^([两三四五])个([\u4e00-\u9fff]{1,3})管着$", r"由\1名\2管理"),
        (r"、([两三四五])个([\u4e00-\u9fff]{1,3})管着$", r"，由\1名\2管理"),
        (r"(?<=全[县市省])搞(?=“)", "实施"),
        # blind113's: 2009年轮窑拆了，建了第一条页岩砖隧道窑; 支部也是那年跟着单独建起来的，当时
        # 8个党员; 把老供销社腾出两间房给我们 (each step cut or its object lost)
        (r"^((?:19|20)\d\d年)([\u4e00-\u9fff]{2,4}?)拆了$", r"\1拆除\2"),
        (r"^建了第一([条座台个])", r"建成第一\1"),
        (r"^支部也是(?:那年|同年|当年)(?:跟着)?单独(?:建起来|建立|成立)的$", "同年单独建立支部"),
        (r"^(?:当时|那时候就?)(\d+)个党员$", r"当时有党员\1名"),
        (r"把([\u4e00-\u9fff]{2,6}?)腾出([一二两三四五])间房给(?:我们)?$", r"腾出\1\2间房屋"),
        # (…处理点，两口深埋井、一台小焚烧炉: what it began with, blind70's under a label
        # that is a sentence of its own)
        # (… not one that says it began so: 两个技术员、一辆旧吉普起家, blind68)
        (r"^(?!.*起家$)(?=[两三四五六七八九十一][口台间个辆张座][\u4e00-\u9fff]{1,6}"
         r"(?:、[一两三四五六七八九十][口台间个辆张座][\u4e00-\u9fff]{1,6})+$)", "仅有"),
        # (1983年分田到户以后，老支书满福田从邻县引了黄花菜苗，在河滩地上试种了二十来亩)
        (r"^([\u4e00-\u9fff]{2,8}?)从([\u4e00-\u9fff]{1,4}?)引了(?=[\u4e00-\u9fff]{2,8}$)",
         r"\1从\2引进"),
        (r"^在([\u4e00-\u9fff]{2,6}?)上?试种了([一二三四五六七八九十]+)来亩$", r"在\1试种\2余亩"),
        # (2020年系统跟省核对平台联网; 2024年注册了“囤坪黄花”商标: blind109, lost)
        (r"^((?:19|20)\d\d年[\u4e00-\u9fff]{1,4}?)跟(?=[\u4e00-\u9fff]{2,10}联网$)", r"\1与"),
        (r"^((?:19|20)\d\d年)注册了(?=“[^”]{2,12}”商标$)", r"\1注册"),
        (r"^建了(?=[\u4e00-\u9fff]{2,10}(?:室|中心|站|库|馆|房|基地)$)", "建成"),
        (r"^挖了(?=[\u4e00-\u9fff]{2,6}[沟渠]$)", "开挖"),
        (r"(?<=[村镇县])搞(?=[\u4e00-\u9fff]{2,14}(?:治理|试点|改造|整治)$)", "开展"),
        (r"^((?:19|20)\d\d年)加了(?=[\u4e00-\u9fff]{2,8}$)", r"\1增设"),
        (r"^改名(?=[\u4e00-\u9fff]{2,16}$)", "更名为"),
        (r"^只管(?=[\u4e00-\u9fff]{2,8}$)", "专门负责"),
        (r"^([处科股室])里(?=单独)", r"我\1"),
        (r"^组建现在的(?=[\u4e00-\u9fff]{1,4}$)", "组建现"),
        (r"(?<=[局委办会])作业务主管单位$", "担任业务主管单位"),
        (r"^办了个(?=[\u4e00-\u9fff]{2,8}(?:陈列室|展室|阅览室|活动室)$)", "设立"),
        (r"^([县市][\u4e00-\u9fff]{1,8}?(?:局|委|办))在([\u4e00-\u9fff]{2,8}?)借了"
         r"([一两二三四五六七八九十]间[\u4e00-\u9fff]{1,4}?)放(?=[\u4e00-\u9fff]{2,6}$)",
         r"\1借用\2\3存放"),
        # (2012年县机关事务管理局在老粮站租了两间仓库，放各单位撤并下来的桌椅: blind123)
        (r"(?<=[\u4e00-\u9fff])租了(?=[\u4e00-\u9fff]{0,8}?[一两二三四五六七八九十]间)", "租用"),
        (r"^放(?=[\u4e00-\u9fff]{2,16}(?:桌椅|家具|物资|设备|资产)$)", "存放"),
        # blind111's: 那年村里几个妇女就搞了个缝补组; …以后缝补组散过两年，1986年又恢复了
        (r"^那年([\u4e00-\u9fff]{1,4}?)几个([\u4e00-\u9fff]{1,3}?)就?搞了个"
         r"([\u4e00-\u9fff]{2,8}[组队社班会])$", r"当年\1几名\2自发成立\3"),
        (r"以后([\u4e00-\u9fff]{2,6}?)散过[两几]年$", r"后\1一度停办"),
        (r"^((?:19|20)\d\d年)又?恢复了?$", r"\1恢复"),
        # (…召集到一起，搞了个“巾帼创业联谊会”: a body founded, blind121's printed 开展了个…)
        (r"^搞了一?个(?=“[\u4e00-\u9fff]{2,10}(?:会|社|队|组|班|站|中心)”$)", "成立"),
        (r"搞了", "开展了"),                                           # 搞了疏散演练
        (r"(?<=[\u4e00-\u9fff])开了(?=.{0,30}(会|大会))", "召开了"),      # 县里开了…表彰大会
        (r"(改造|装修|维修|施工)了(大半年|半年多?|一年多?|几个月)", r"经过\1"),  # 改造了大半年
        (r"(?<=\d)到(?=\d{1,2}月)", "—"),                            # 1到4月 → 1—4月
        (r"开始推(?=[\u4e00-\u9fff]{2})(?!行|进|出|动)", "开始推行"),     # 开始推灵活就业…
        # blind79's: 2021年开始在农家书屋搞“夜读灯”, 2022年开始搞“公寓家长”, 正式叫…促进会,
        # 2003年学院还叫…学校，总务处下面有个宿舍科
        # (…，开始搞“切片不出县”: the year in the clause before, blind81)
        # (… 2023年开始搞老屋托管, unquoted: blind78)
        # (2022年冬天开始搞“进村查炉”: a season between, blind89)
        (r"(?:^|(?<=[，,；;]))((?:19|20)\d\d年(?:[春夏秋冬]天|[春夏秋冬]季|年初|年底)?)?开始"
         r"(在[^，,；;]{2,12}?)?搞(?=“|[\u4e00-\u9fff]{2,8}$)", r"\1开始\2推行"),
        (r"(?<!批准[\u4e00-\u9fff]{2})正式叫(?=[\u4e00-\u9fff“])", "正式定名为"),
        (r"^((?:19|20)\d\d年)([\u4e00-\u9fff]{1,4}?)还叫(?=[\u4e00-\u9fff]{4})", r"\1\2名为"),
        (r"下面有个(?=[\u4e00-\u9fff]{2,8}$)", "下设"),
        (r"(?<=年)创(?=[省市县区]级)", "创建"),                       # 今年创市级文明单位
        (r"(迎接|接受|通过)([省市县])里(?=复审|复查|复评|测评|考核|验收|检查)", r"\1\2级"),
        # blind36: 1950年县里就设了水利科，1984年才改为水利局; 1986年才搬到城北现在这个
        # 地方; 2019年跟县农机推广站合并; 最早是人民公园里头的一个动物角
        (r"^([省市县])里就?(?:设|建|成立)了?([\u4e00-\u9fff]{2,8})$", r"设立\1\2"),
        # (2009年市里建成会展中心: 建成的, not 设立的市成…, blind103's reader)
        (r"^(\d{4}年(?:\d{1,2}月)?)([省市县])里建成了?([\u4e00-\u9fff]{2,16})$",
         r"前身为\1建成的\2\3"),
        (r"^(\d{4}年(?:\d{1,2}月)?)([省市县])里就?(?:设|建|成立)了?(?:\2)?([\u4e00-\u9fff]{2,16})$",
         r"前身为\1设立的\2\3"),
        # blind60: 1987年区房管局设了房屋安全鉴定站, 1998年市工商局办了个市场服务中心
        # (1958年县农林科在城西河滩办了个苗圃, 1956年县文化馆在旧址设了个文物保管组, 1962年
        # 县食品公司在城南办了个屠宰组: blind65)
        # (2006年省高速公路建设指挥部在芣岭脚下设了个临时收费点, blind66)
        # (1976年矿务局在砟坪矿设了个救护小队: blind68, no county before its organ)
        (r"^(\d{4}年)([省县市区]?[\u4e00-\u9fff]{1,12}?(?:局|委|院|站|所|公司|政府|科|馆|社|"
         r"指挥部))"
         r"(?:下面|下边|在这里|在此|在[\u4e00-\u9fff]{1,6}?)?"
         r"(?:办起|设|办|建|开)(?:了个?)?"
         # (1958年县交通局在江边办了个木船修造社, blind64)
         # (2009年县医院肾内科在住院楼三楼开了个透析室, blind67)
         # (1978年公社在沓口建了粮站: not 设立的了粮站, blind84)
         r"(?!了)([\u4e00-\u9fff]{1,14}(?:站|所|中心|队|厂|场|公司|办公室|社|组|收费点|室)|苗圃)$",
         r"前身为\1\2设立的\3"),
        (r"(?<=[\u4e00-\u9fff])设了个?(?=[\u4e00-\u9fff]{2})", "设立"),  # 在…二楼设了协会活动室
        (r"(?<=\d{4}年)划给", "划归"), (r"(?<=\d{4}年)划进", "划入"),  # 2002年划给县质监局
        (r"^(划归[\u4e00-\u9fff]{2,12}?)(?<!直)管$", r"\1"),  # 划归市残联管 (blind63)
        # a village school's story (blind64): 1956年村里在老祠堂办起莙岭小学; 2012年高年级
        # 并到镇中心学校，这里改成教学点，只留一到三年级; 2021年加办了幼儿班
        (r"^(\d{4}年)([村镇乡]里)在([\u4e00-\u9fff]{2,8}?)办起了?([\u4e00-\u9fff]{2,10}?"
         r"(?:小学|中学|学校|卫生室|诊所|幼儿园))$", r"前身为\1\2在\3办起的\4"),
        (r"^(\d{4}年[\u4e00-\u9fff]{2,6}?)并到", r"\1并入"),
        (r"^这里改成", "改设"), (r"^只留(.{2,8})$", r"保留\1"),
        (r"^(\d{4}年)加办了?", r"\1增设"),
        (r"(?<=\d{4}年)才(?=改|更|迁|搬|成立|设立|单独|分设)", ""),
        # (…搬到城南物流园现在这个库, blind123)
        (r"搬到(.{1,8}?)现在(?:这个|的)(?:地方|位置|地址|库|院子|楼)", r"迁至\1现址"),
        (r"搬到(.{1,8}?)现在(?:这栋|这座|的)(办公楼|大楼|楼)", r"迁入\1\2"),
        (r"^((?:19|20)\d\d年)成立([省市县][\u4e00-\u9fff]{2,8})$", r"前身为\1成立的\2"),
        (r"^(?:那时候?|当时)叫(?=.{2,16}$)", "原名"),
        (r"^((?:19|20)\d\d年)[省市县]里(?=引进)", r"\1"),
        (r"^((?:\d{4}年|今年|明年))正好(?=建|成立)", r"\1是"),
        (r"搞([\u4e00-\u9fff]{2,10}年)$", r"开展“\1”活动"),
        (r"(\d{4}年)就是([省市县]级)了$", r"\1已是\2文明单位"),
        (r"((?:\d{4}年|今年|明年))就是(?=争创|创建|申报|冲)", r"\1"),
        (r"^(?:我们)?((?:\d{4}年|今年|明年)?)的?目标就是(?=[省市县]级)", r"\1的目标是创建"),
        (r"^((?:19|20)\d\d年)?([^\d年，]{2,8})全资收购$", r"\1由\2全资收购"),
        (r"^(?:园子|厂子)(?=\d|始建|是|最早)", ""),
        (r"^[部局院所站]里这个(支部|党支部)是", r"我\1"),
        (r"^(我[\u4e00-\u9fff]{1,2})((?:19|20)\d\d年)(单独成立|成立|组建)的$", r"\1于\2\3"),
        (r"^((?:19|20)\d\d年)?跟(.{2,12}?)(合并|合署)", r"\1与\2\3"),
        # 之前跟县委办合在一个支部里过组织生活; 民宗局、侨办都并进了统战部; 2019年换届才
        # 有了现在这个支委会 (blind36's interview)
        (r"^之前跟(.{2,10}?)合在一个支部里?(?:过组织生活)?$", r"此前与\1合设一个党支部"),
        (r"都?并进了?(?=.{2,10}$)", "并入"),
        (r"^((?:19|20)\d\d年)换届才?有了现在(?:这个|的)(支委会|班子|委员会)$", r"\1换届产生现任\2"),
        (r"(?<=[\u4e00-\u9fff])里头(?=的)", "内"),
        # (not 58年县里在峻坪办了个烤烟房: the county's doing, blind77)
        # (1958年县里办了耘阳师范: the county's founding, blind95's 全县办了)
        (r"^((?:19|20)\d\d年)([省市县])里(?:开?办了|创办了?)(?:一所|一个|个)?(?=[\u4e00-\u9fff]{2})",
         r"\1\2里创办"),
        # 县里登革热… → 全县 (not 县里将…划入, blind102)
        (r"([省市县])里(?![的面在]|成立|创办|将)(?=[\u4e00-\u9fff])", r"全\1"),
        (r"当了|当上", "成为"),
        (r"^(今年|去年|明年|\d{4}年)是(?=第一次|首次)", r"\1"),     # 今年是第一次申报
        (r"(复查|复评|复审)保住了?", r"通过\1"),
        (r"(?<=[\u4e00-\u9fff])那场", ""),
        (r"直播过", "直播"),
        (r"(?<=[\u4e00-\u9fff])(这块|这边|这一块)", ""),           # 非遗这块新进了…
        (r"(?<=[\u4e00-\u9fff])加上?(?=[\u4e00-\u9fff]{2,8}[、，,])", "和"),  # 本部加城北、…
        (r"(?<!位列)排(?=(?:全[国省市县区]|系统|行业)[^，。；]{0,4}第)", "位列"),  # 排全县第二
        (r"(?<=\d月)(\d{1,2})号", r"\1日"),                       # 7月10号 → 7月10日
        (r"投用了?", "投入使用"),
        (r"^(今年|去年|\d{4}年)?(变化|变动)?最大的(变化|事|事情)?是", r"\1"),  # 变化最大的是…
        (r"^(今年|去年|明年|\d{4}年)?的?大事是", r"\1"),                  # 今年的大事是…
        (r"(?<=日)那天", ""),                                       # 9月3日…那天
        (r"扩到了?", "扩大到"),
        (r"改成了?(?=.{2,12}(单位|机构|中心|局|所|处))", "改为"),      # 改成公益二类事业单位
        (r"(?<![\u4e00-\u9fff])还?上了(?=.{2,16}(系统|平台))", "上线了"),  # 还上了…系统
        (r"大了(?=[一两三四五六七八九十\d])", "扩大"),              # 比原来大了一倍多
        # blind20
        (r"是((?:今年|去年|前年|\d{4}年)?(?:\d{1,2}月)?)(开通|建成|成立|设立|启用|开设|建立)的$",
         r"于\1\2"),                                                # 热线是去年10月开通的
        (r"24小时有人接(?!听)", "实行24小时接听"),
        (r"把(.{2,20})并进来", r"将\1并入"),                          # 把县交投…并进来
        (r"把(.{2,40}?)(?:几块(执法|业务))?合在一起",  # (…工贸几块执法, blind107)
         lambda m: f"整合{m[1]}" + (f"等{m[2]}职能" if m[2] else "")),  # 把原来的农业局…合在一起
        (r"(?<=[\u4e00-\u9fff])还有(?=[\u4e00-\u9fff]{2,10}的)", "以及"),  # 农机中心还有畜牧的
        (r"(?<=\d{4}年)建的", "建立的"),                              # 1979年建的
        (r"^现在是", "现为"),
        (r"^现在(?=在编)", "现有"),                                    # 现在在编52人
        (r"^同时挂", "同时加挂"),                                      # 同时挂…两块牌子
        (r"按([\u4e00-\u9fff]{1,4})分了", r"按\1设立"),               # 支部按委室分了三个党小组
        (r"(\d{4}年)就有了", r"始建于\1"),                           # 1956年就有了
        (r"以?后才?叫现在这个名字|才叫现在这个名字", "后更为现名"),    # 上划中石化以后才叫…
        (r"(?<=\d{4}年)评的", "被评为"),                              # 2018年评的二级甲等…
        (r"进了(?=.{2,20}名录)", "列入"),                             # 2015年进了市级非遗名录
        (r"^支部(?=[两三四五六七八九十\d]+个党小组)", "支部设"),      # 支部两个党小组：…
        # blind22
        # 陵园是1957年建的, 小院是2019年3月建的 (blind72)
        (r"是(\d{4}年(?:\d{1,2}月)?)建立?的$", r"始建于\1"),
        (r"做过一次", "进行了一次"),                                  # 2023年做过一次提升改造
        (r"改成(了)?现在这个名字", "更为现名"),
        (r"([\u4e00-\u9fff]{2,8})后来专门表扬过", r"受到\1专门表扬"),  # 县防指后来专门表扬过
        (r"一直在喊", "持续播报预警"),                                # 村村响一直在喊
        (r"整合过来", "完成整合"),                                    # 全省一张网整合过来
        (r"^((?:\d{4}年|今年|明年)?)的?目标就是", r"\1"),              # 2027年的目标就是创成…
        # blind25
        (r"改革后是(公益[一二]类)$", r"改革后定为\1事业单位"),      # …改革后是公益一类
        (r"^(本[\u4e00-\u9fff])有个", r"\1建有"),                   # 所里有个…种质资源库
        (r"^((?:\d{4}年)?\d{1,2}月)的?(洪水|暴雨|山洪|台风|地震|冰冻灾害)$", r"\1遭遇\2"),
        (r"把(.{1,4})送进去了?$", r"将\1送达"),                      # 三天之内把盐送进去了
        (r"大概(?=[\d一二两三四五六七八九十])", "约"),                  # 常住人口大概41万
        (r"^(\d{4}年)(.{2,12}?)整合进来了?$", r"\1整合\2"),          # 2023年城东工业园整合进来
        (r"(\d+)万(\d)千", r"\1.\2万"),                               # 3万2千人
        (r"([\d.]+万?(?:人|家|个|户|名|吨))左右$", r"约\1"),           # 职工3.2万人左右
        (r"^之前跟(.{2,12})是(联合[\u4e00-\u9fff]{1,4})$", r"此前与\1为\2"),  # …是联合支部
        # blind26
        (r"(\d{4}年.{0,12}?)就建了", r"\1建立了"),                  # 1979年…时期就建了机关支部
        (r"那年(?=迁|搬|成立|设)", "当年"),                            # 2022年…施行那年迁入
        (r"[，,]?设了(?=[\u4e00-\u9fff]{2,4}$)", "，设立"),             # 一楼设了窗口
        (r"^(?:真正|正式)?(开学|开业|开园|开馆|运营)[^，,]*?是(\d{4}年\d{1,2}月)$", r"\2正式\1"),
        (r"^校址是(.{4,30}?)改建的$", r"校址由\1改建"),              # 校址是原…老校区改建的
        (r"才?改叫(.{2,12}?)的?$", r"更名为\1"),                      # 1975年才改叫血防站的
        (r"^(?:那时候?|当时)叫", "原名"),                              # 那时候叫芩江县血防组
        (r"(?<!通)又?过了(?=.{0,14}(?:考核|验收|评审|复审|复核|达标))", "通过了"),  # 又过了…考核
        (r"拿到(?=[\u4e00-\u9fff]{2,6}义卖)", "送到"),                  # 再到拿到县城义卖
        (r"全程自己干", "全程自主完成"),
        (r"^前身为(.{2,12}?)下面的$", r"原隶属\1"),                   # 原来是县公安局下面的
        (r"^前身为(.{2,12}?[局委办厅院])下面的(.{2,8})$", r"前身为\1所属\2"),  # …的路灯队
        (r"才(?=更为现名|更名|改名)", ""),                              # …才更为现名
        # 那时候跟县计生委合署办公，2019年机构改革以后单独设的，业务上归卫健局管 (blind30)
        (r"^那时候?跟(.{2,10})合署办公$", r"成立时与\1合署办公"),
        (r"(\d{4}年.{0,8}?)以后单独设的?$", r"\1后单独设立"),
        (r"^业务上归(.{2,8})管$", r"业务上由\1主管"),
        (r"^(全[县市区])现在建了", r"\1已建成"),                        # 全县现在建了5个…
        (r"单设(?:了|出来了?)$", "单设"),
        (r"在全([市县省区])第一个搞", r"在全\1率先开展"),             # 在全市第一个搞仪式化颁证
        (r"^(?:另)?一个(?:就)?是", ""),                                 # 一个是下半年…
        (r"([省市县])里的(?=.{0,8}(?:考核|验收|评审|复审|复核|测评|检查))", r"\1级"),
        (r"改革后是(?=.{2,16}(?:团体|组织|单位|机构)$)", "改革后为"),  # 机构改革后是…人民团体
        # blind42's histories: 一直挂在县工商局, 2015年三局合一以后挂到市场监管局,
        # 联络站全部建起来, 第五分场并进第四分场 (last: the rules above come first)
        # blind43's: 现在下面两个党小组, 那时候党员组织关系都挂在青岚村, 是村党支部下面的
        # 一个党小组, 2016年单独建的支部, 原市委机要局1958年就成立了, 和…合在一起, 机要
        # 交通站是1993年设的, 站里1963年成立, 下面分测报、检疫、防治三个股, 站是1984年建的,
        # 搬到…那栋新楼
        (r"^(?:现在)?下面(?:有)?(?=[两三四五六七八九十\d]+个)", "下设"),
        (r"^下面分(?=.{2,24}[两三四五六七八九十\d]+个)", "下设"),
        (r"^那时候?党员组织关系都?挂在(.{2,8})$", r"当时党员组织关系隶属\1"),
        (r"^是(.{2,10}?)下面的一个(.{2,6})$", r"为\1下设的\2"),
        (r"^((?:19|20)\d\d年)单独建的(党?支部)$", r"\1单独建立\2"),
        (r"^原(.{2,10}?)((?:19|20)\d\d年)就?成立了?$", r"前身为\2成立的原\1"),
        (r"(?:和|跟)(.{2,12}?)合在一起$", r"与\1合并"),  # 跟巡警合在一起 (blind96)
        (r"^(.{2,10}?)是((?:19|20)\d\d年)设的$", r"\1\2设立"),
        (r"^([站院局所馆台厂])里(?=(?:19|20)\d\d年)", r"我\1"),
        (r"^([站院局所馆台厂])是((?:19|20)\d\d年)建的$", r"我\1始建于\2"),
        (r"那栋新楼$", "新楼"),
        (r"^((?:19|20)\d\d年)和(.{2,12}?)合并$", r"\1与\2合并"),
        (r"^原来挂在(?=.{2,12}$)", "原挂靠"),
        (r"以后业务主管归(.{2,12})$", r"后业务主管单位改为\1"),
        (r"^一直挂在(?=.{2,12}$)", "长期挂靠"),
        (r"以后挂到(?=.{2,12}$)", "后改为挂靠"),
        (r"^(?:那时候?|当时)挂在(?=.{2,12}$)", "当时挂靠"),
        (r"^挂在(?=.{2,12}$)", "挂靠"),
        (r"全部建起来了?$", "全部建成"),
        (r"(?<![都也])并进(?=.{2,10}$)", "并入"),
        (r"并(?:进|入)来了?$", "并入"),                                 # 老干部局并进来了
        (r"^(?:之前|以前)跟(.{2,10})合一个(党?支部)$", r"此前与\1合设一个\2"),  # …跟县委办
        # blind45: 那时候挂在县委老干部局, 支部是2013年才单独建起来的, 按市里统一要求
        (r"^(.{1,4}?)是((?:19|20)\d\d年)才?单独建起来的$", r"\1\2单独建立"),
        (r"按市里(?:的)?统一要求", "按照市级统一部署"),
        (r"^(全[市县省区])(?:我们)?是第一家$", r"在\1率先开展"),
        # blind46: 中心是2009年成立的, 原来挂靠在…, 划到自然资源局, 从…车间分出来单干
        (r"^(.{1,4}?)是((?:19|20)\d\d年)成立的$", r"\1\2成立"),
        (r"^原来挂靠在(?=.{2,12}$)", "原挂靠"),
        (r"(?<!资金)(?<![款钱])划到(?=.{2,12}$)", "划归"),  # not 收购资金划到库点 (blind57)
        (r"从(.{2,16}?)分出来(?:单干|单独干|单独经营)$", r"从\1分立"),
        (r"搬到(.{2,12}?)办公$", r"迁至\1办公"),
        (r"(?<=\d{4}年)搬到", "迁至"),  # 2012年搬到城南新港区: a move no row above names (blind52)
        (r"连着干了", "连续奋战"),                                      # 麦收志愿队连着干了9天
        # blind93's histories: …几个老师凑钱买了台望远镜，搞了个观星小组; 2021年县科协作业务
        # 主管单位; 民一庭下面设了个婚姻家庭合议庭，就两个法官; 2019年庭里的党支部单独建立;
        # 总务股下面就三个电工、一个烧锅炉的师傅; 锅炉房、氧气站都搬到了后院; 村里组了个泥瓦
        # 副业队，给公社盖仓库; 一批瓦匠出去包活; 上了两台中频电炉; 每个年级都设了心理辅导站
        (r"凑钱买了(?:一)?台", "自筹资金购置一台"),
        (r"^((?:19|20)\d\d年)?(?:搞|开展)了(?:一)?个(?=[\u4e00-\u9fff]{2,10}(?:组|队|社|会|班)$)",
         r"\1成立"),
        # blind94's: 注册成了河道保洁公司; 把各乡的龙灯队叫到一起，办了第一届龙狮大赛
        (r"注册成了(?=[\u4e00-\u9fff]{2,12}$)", "注册成立"),
        (r"^((?:19|20)\d\d年)?(.{2,8}?)把(.{2,10}?)叫到一起$", r"\1\2召集\3"),
        (r"^办了第一届", "举办第一届"),
        (r"^((?:19|20)\d\d年)([县市][\u4e00-\u9fff]{1,6}?)作业务主管单位$",
         r"\1起由\2作为业务主管单位"),
        (r"(?<=[\u4e00-\u9fff])下面(?:就)?设(?:了个|了|立)?(?=[\u4e00-\u9fff]{2})", "下设"),
        # (总务处下面就两个电工、一个水暖工, blind110: printed as said)
        (r"(?<=[股科室站所队组部处])下面就(?:只有)?(?=[一二两三四五六七八九十]+个)", "仅有"),
        (r"(?:^就|仅有)([一二两三四五六七八九十]+)个人(?=、|$)", r"仅有\1人"),
        # (of people only: 就四个池子 is no 四名池子, blind101's reader)
        (r"(?:^就|仅有)([一二两三四五六七八九十]+)个(?!人)(?=[\u4e00-\u9fff]{0,4}"
         r"(?:[师生员工医士警夫匠手]|司机|司药|会计|干部|保安|[法警检]官)(?:、|$))", r"仅有\1名"),
        (r"^就(?=[一二两三四五六七八九十]+个[\u4e00-\u9fff]{1,5}$)", "仅有"),
        (r"(?<=名[\u4e00-\u9fff]{2})、([一二两三四五六七八九十])个(?=[\u4e00-\u9fff]{0,3}[工员师]$)",
         r"、\1名"),  # 仅有两名电工、一个水暖工 (blind110)
        # 1978年学校还是地区农机校 (blind110: printed as said)
        # (2004年学院还是鹃州工业学校的时候: 尚为…时, blind80)
        (r"^((?:19|20)\d\d年)([\u4e00-\u9fff]{1,4})还是([\u4e00-\u9fff]{2,12}?)(的时候)?$",
         lambda m: f"{m[1]}{m[2]}尚为{m[3]}{'时' if m[4] else ''}"),
        # blind101's: 1958年县里在泉眼边上盖了个公共浴池
        (r"在([\u4e00-\u9fff]{1,6}?)边上盖了个(?=[\u4e00-\u9fff]{2,8}$)", r"在\1旁修建了"),
        (r"^成立现在的(公司|企业)$", r"成立现\1"),
        (r"(?<=[、，])([一二两三四五六七八九十])个烧锅炉的师傅$", r"\1名锅炉工"),
        (r"(?<=仅有[一二两三四五六七八九十]名)([\u4e00-\u9fff]{1,4})老师$", r"\1教师"),
        (r"^((?:19|20)\d\d年)(?:庭|科|所|站|队|院|室)里的党支部单独(?:建立|成立)$",
         r"\1单独成立党支部"),
        (r"^([\u4e00-\u9fff、]{2,12}?)都搬到了?(?=[\u4e00-\u9fff]{2,6}$)", r"\1迁至"),
        (r"^((?:19|20)\d\d年)村里组了个", r"\1村里组建"),
        # blind97's: 三组几户人家在荒坡上栽了第一批花椒; 2021年开始请堑口村的老乡进厂当监督员
        (r"^(.{2,8}?)在(.{2,8}?)栽了第一批(?=[\u4e00-\u9fff]{1,6}$)", r"\1在\2栽下第一批"),
        (r"^((?:19|20)\d\d年)开始请(.{2,10}?)的老乡(.{0,6}?)当(?=[\u4e00-\u9fff]{2,6}$)",
         r"\1开始聘请\2村民\3担任"),
        # 2011年拆了老炉子 (blind97)
        (r"^((?:19|20)\d\d年)拆了(?=[老旧])", r"\1拆除"),
        # 1983年县文化馆组了个信鸽爱好者小组 (blind95)
        (r"(?<=[\u4e00-\u9fff])组了(?:一)?个(?=[\u4e00-\u9fff]{2,12}(?:组|队|社|会|班)$)", "组建"),
        (r"^给(.{1,4}?)盖(?=[\u4e00-\u9fff]{2,4}$)", r"为\1修建"),
        (r"^一批(.{1,4}?)出去包活$", r"一批\1外出承包工程"),
        (r"^上了(?=[一二两三四五六七八九十]+台)", "引进"),
        (r"每个(年级|科室|村|社区|班组|车间)都", r"各\1均"),
        (r"^有了(?=[\u4e00-\u9fff]{2,6}室(?:、|$))", "建成"),
        # blind99's: 那时候生产队把村东的烂泥塘改成藕塘; 那时候就一股道、一台吊车 (after the
        # rows above that say 那时候 their own way)
        (r"^那时候就(?=十几|[一二两三四五六七八九十]{1,2}[亩间个台名架艘辆张位股])", "当时仅有"),
        (r"^那时候(?=[\u4e00-\u9fff]{2,4}把)", "当时"),
        # blind110's: 管售房款里提的那点维修的钱，那时候就一个会计兼着
        (r"^管([\u4e00-\u9fff]{2,6}?)里提的那点([\u4e00-\u9fff]{1,6}?)的钱$",
         r"负责管理从\1中提取的\2资金"),
        (r"^当时仅有一个([\u4e00-\u9fff]{1,4})兼着$", r"当时仅由一名\1兼职负责"),
        (r"仅有([二两三四五])个人兼着$", r"仅由\1人兼职负责"),  # (就两个人兼着, blind111)
        (r"^((?:今年|明年|(?:19|20)\d\d年)?)还想招一批", r"\1计划招募一批"),  # (blind111)
        # blind111's: 2012年村里把老学校腾出两间屋，给兵妈妈当活动室；2019年村里开了拥军小超市
        (r"把([\u4e00-\u9fff]{2,6}?)腾出([一二两三四五])间屋$", r"腾出\1\2间房屋"),
        (r"^给([\u4e00-\u9fff]{2,6}?)当([\u4e00-\u9fff]{2,5}室)$", r"作为\1\2"),
        (r"(?<=[\u4e00-\u9fff])开了(?=[\u4e00-\u9fff]{2,8}(?:超市|商店|小店|食堂|诊所)$)", "开办"),
        # …山坳里建了营房
        (r"在([\u4e00-\u9fff]{2,8}?)里建了(?=[\u4e00-\u9fff]{2,4}$)", r"在\1建起"),
        (r"^给([\u4e00-\u9fff]{2,4}?)补衣服$", r"为\1缝补衣物"),
        # 柒里原来是城关镇的一个生产队 (blind110: read after the figures, in speech), after the
        # rows above that make a 前身 of it (我局原来是两个单位, 犁港原来是个渔业村, 盍庄原来是
        # 城边上的一个村: blind19, blind86, blind99)
        (r"^(?![我本])([\u4e00-\u9fff]{2,6})(?:原来|原先|早先)是(?!一?个)"
         r"(?=[\u4e00-\u9fff]{2,16}$)(?![\u4e00-\u9fff]*村$)", r"\1原为"),
        # blind110's: 1986年县民政局在鏊山脚下划了一块坡地，那时候就三个人看山
        (r"在([\u4e00-\u9fff]{2,8}?)划了一块(?=[\u4e00-\u9fff]{0,2}地$)", r"在\1划出一片"),
        (r"^(当时)?仅有([一二两三四五六七八九十])个人([看守管护][\u4e00-\u9fff])$",
         r"\1仅有\2人负责\3"),
    ))
"""How a busy writer says it (left) and how the text states it (right), applied in order."""


@lru_cache(maxsize=64)
def _colleagues(facts: Facts) -> tuple[str, ...]:
    """The names of the 领导小组's and the 支部委员会's members (书记：王敏 → 王敏)."""
    group = facts.leadership
    names = (re.sub(r"^.*[：:\s]", "", n) for n in (
        *((group.leader, *group.deputies, *group.members) if group else ()),
        *(facts.branch.committee if facts.branch else ())))
    return tuple(n for n in names if re.fullmatch(r"[\u4e00-\u9fff]{2,3}", n))


def _named_in_full(facts: Facts, clause: str) -> str:
    """A clause with a colleague the notes call by a nickname (小郏, 老鄂) named in full
    with 同志, where one person of the 领导小组 or the 支部委员会 has that surname (blind73's
    reader: 县医院检验科的小郏 in a speech before the 局 and 血站's leaders)."""
    names = _colleagues(facts)

    def full(m: re.Match[str]) -> str:
        same = [n for n in names if n[0] == m[1]]
        return f"{same[0]}同志" if len(set(same)) == 1 else m[0]
    return re.sub(r"(?:(?<![\u4e00-\u9fff])|(?<=的))[小老]([\u4e00-\u9fff])(?=[带的和跟在是，,])",
                  full, clause)


def _tidy(clause: str) -> str:
    """A clause of the notes in the text's words (_SPOKEN), without the writer's 我们
    unless it opens the clause or owns something (我们的特色: 是的特色 is no sentence):
    但主题党日我们定在每月10日 → 主题党日定在每月10日."""
    for spoken, written in _SPOKEN:
        clause = spoken.sub(written, clause)
    # 今年我们的“岭泉酒传统酿造技艺”进了…: a name needs no owner (blind32 reader: spoken)
    clause = re.sub(r"(?<!是)我们的(?=“)", "", clause)
    if clause.startswith("我们") or "我们的" in clause:  # 是我们的特色: not 是的特色
        return clause
    # (就在我们场开的 → 在我场召开, not 在场召开: blind88)
    clause = re.sub(r"(?<=在)我们(?=[场局院所站校馆厂队会科村](?![长里]))", "我", clause)
    return clause.replace("我们", "")


def _aim(clause: str) -> str:
    """A word to the writer that states the year's aim, as the aim (全年工作要围绕复查达标来
    安排 → 全年工作围绕复查达标来安排)."""
    if _GOAL.search(clause):  # 年底前还要迎接省级复审 (blind17); 今年打算申报市级 (blind20)
        return re.sub(r"(?:还?要|打算)(?=围绕|以|按照|对照|确保|迎接|申报|接受|争创|创建|冲刺)",
                      "", clause)
    # the year's own arrangement (下半年全县要开展换届选举, blind20) is no word to the writer
    return re.sub(r"^((?:今年|明年|上半年|下半年|年中|年底|年内)[^，]{0,8}?)要"
                  r"(?=开展|完成|举办|进行|组织|实施|迎接)", r"\1", clause)


_SPOKEN_STEP = re.compile(r"了|的$|就|都|又|出去|进来|起来|到了|一下|先建|建的|咱|俺|啥|挺|那会|"
                          r"用的是")
"""Words of speech a history step keeps after _SPOKEN (设计规模到了每天10万吨, 又划出去,
先建的…): such a step is left out, not printed as said."""
_STEP = re.compile(r"建[成立于局院校站场所厂馆台矿队]|组建|成立|挂靠|获批|并入|迁[入至]|改为|重建|"
                   r"购置第一|分[田船地山林]到户|"  # 买了第一艘快艇, 1984年分船到户 (blind98)
                   r"征地|整村拆迁|"  # 2016年高铁新城征地，整村拆迁 (blind99)
                   r"统一交给|统一由|"  # …这些项目统一交给我们代建 (blind104)
                   r"借用[\u4e00-\u9fff]{2,8}?[一两二三四五六七八九十]间|"  # (blind106)
                   r"被水淹没|"  # 2009年地面开始沉陷，一半土地被水淹没 (blind105)
                   r"脱钩|改由|划拨|在[县市]?[\u4e00-\u9fff]{1,6}(?:重新)?登记|乡财县管|"  # blind55
                   r"并网|开工建设|进场|合龙|贯通|改制|连锁经营|生产线|开设|"
                   r"移交|分立|"
                   r"划[归入转出]|设立|单设|单独设[所站院校馆局科]|增设|对外开放|更名|名为|合一|撤[销并]|"
                   r"升格|业务主管单位|凑到一起|完成[^，,。]{0,10}改造|"
                   # 2018年开通热线, 2014年…电气化改造完工, 2011年区教育局批准办学许可 (blind67)
                   r"(?<!全部)(?<!均已)(?<!全面)开通|改造完工|竣工|批准[\u4e00-\u9fff]{0,6}许可|增至|"
                   # 1956年此处为…, 2018年成为…定点康复机构, 2002年经…批准 (blind68)
                   r"此处为|成为[^，,。]{2,16}(?:机构|单位|基地|站点)|办起|^(?:19|20)\d\d年经.{2,10}批准|"
                   r"扩建为|单独成立党支部|"  # 卫生室扩成了门诊部 (blind70)
                   # 2007年开办, 2019年省配备流动服药车, 2019年机构改革，…划回部里, 2023年
                   # 5月第三批工作队进驻, …提供…作为活动室, 选科走班 (blind71)
                   r"开办|配备|划回|进驻|搬至|作为[\u4e00-\u9fff]{0,4}(?:室|用房|阵地)|"
                   r"联网|注册“|"  # 2020年系统与省核对平台联网, 2024年注册“…”商标 (blind109)
                   r"重新分[成为]|走班|开始驻|修通|开市")
"""A step in a unit's history, as _SPOKEN writes it (挂到 → 改为挂靠, 并进 → 并入)."""


def _visit_goes_on(before: Sequence[str], clause: str) -> bool:
    """Whether a clause goes on about a 现场会's visitors the clauses before tell (与会的人
    到…看的展柜，还在民宿里吃了农家菜, blind55; …，看了我们的按摩师上门推拿, blind63;
    …，放学又跟着路队把孩子送过了石板桥, blind64; …，又跟着巡诊队进了瑶寨，看医生在火塘边…,
    blind64: each clause after the visitors' goes on): it belongs with them, in the
    meeting's account, never the year's result."""
    opened = [n for n, b in enumerate(before) if b.startswith("与会")]
    if not opened:
        return False
    after = [*before[opened[-1] + 1:], clause]
    # what they were shown, once said, goes on to the sentence's end (…看村医在院坝里摆一张
    # 小桌子，量血压、测血糖，…，再用红笔在药盒上画太阳、月亮: blind72, cut after 小桌子)
    # (与会的人到草库看了一垛一垛…的羊草，每垛挂着牌子，…: blind76; …上了鹊山，打着头灯在
    # 竹林里找网，看…: blind77, printed apart as 我会打着头灯…)
    return all(_GOES_ON.match(c) for c in after) or bool(re.match(r"看|听|实地观摩", after[0])) \
        or (not re.search(r"SELF|^我", clause)
            # (not the 简报 and the placing after it: blind59's …，《栀州农业》第7期登了，…)
            and not re.search(r"[《》]|简报|刊发|登了|登过|发文|推广|这几句|那一?条|说一次|"
                              r"不再重复", clause))


# (跟着到…接病人: blind67)
_GOES_ON = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:还|并|也|又)|看|听|跟|随|实地观摩|"
                      r"(?:坐|站|蹲)在|来到|走进|"  # 坐在学生家火塘边上听… (blind69)
                      # 在院坝里看老票友唱《锁麟囊》 (blind96: printed apart as 我会在院坝里…)
                      r"在[\u4e00-\u9fff]{1,8}?[看听]|"
                      # …看老会员坐在病床边，拉着…病人的手，讲自己当年…: what they saw goes
                      # on (blind71: 我会拉着…的手 printed apart)
                      r"拉着|握着|讲(?!话)|陪着|教|扶着|手把手|一边|围着|围坐|"
                      r"(?:一|有)[位个名](?=[\u4e00-\u9fff]{2,})")  # 一位老大娘拿… (blind66)


def _role(clause: str, retrospective: bool, year: int) -> str:
    """achieved (a summary's result of its year), goal (a plan's aim; not one already
    reached: 通过…复评 is a fact), fact (a statement about the unit: _STATEMENT, an
    achievement of an earlier year, or in a summary or report a first bid: 首次申报…) or
    "" (neither: left out)."""
    # in a plan, the year's own arrangement (下半年全县开始…, 新业务用房年中搬迁) is its
    # aim, even one worded as done (年底通过省级文明单位测评: still to come, blind21)
    # (not 年底老乔、老檀、老鲍三个退休了, a change already made: blind69)
    # (今年宣讲方案的重头戏就是“堂屋夜话”: the flagship named, no aim, blind71)
    if re.search(_LABEL, clause):
        return ""
    if not retrospective and re.match(r"(今年|明年|年底|年内|年中|上半年|下半年)", clause) \
            and not re.search(r"了$", clause):
        return "goal"
    if clause.startswith("与会"):  # the 现场会's visitors, told with it (blind55: 我馆与会…)
        return ""
    if _AT_OPENING.search(clause):  # “守好两个袋子”开头就说: where a slogan goes (blind57)
        return ""
    if re.match(r"此后|后来|之后|一直|长期|当时仅有", clause) and not _SPOKEN_STEP.search(clause):
        return "fact"  # 此后陆续建成二、三、四级站 (blind33); not 一直用的是…老楼 (blind43)
    # an earlier year's step of its history (2015年三局合一以后挂到…, blind42)
    if ((m := re.match(r"((?:19|20)\d\d)年", clause)) and int(m[1]) < year
            and _STEP.search(clause) and not _SPOKEN_STEP.search(clause)):
        return "fact"
    if _ACHIEVED.search(clause):
        earlier = any(int(y) < year for y in re.findall(r"((?:19|20)\d\d)年", clause))
        return "achieved" if retrospective and not earlier else "fact"
    if _GOAL.search(clause) and not retrospective:
        return "goal"
    if _GOAL.search(clause) and re.search(r"首次|第一次", clause):
        return "fact"  # in a summary or report: 今年首次申报省级文明单位
    # in a summary, a change dated in its year (8月搬进了…, 4月23日重新开业) is one of
    # the year's results
    dated = re.match(r"(今年|\d{4}年)?(1[0-2]|[1-9])(?:—\d{1,2})?月", clause)
    if retrospective and dated and dated.group(1) in (None, "今年", f"{year}年"):
        return "achieved"
    if not _STATEMENT.search(clause):
        return ""
    return "achieved" if retrospective and dated and not (
        dated.group(1) and dated.group(1) != "今年" and int(dated.group(1)[:4]) < year) else "fact"


@lru_cache(maxsize=64)
def _note_list(facts: Facts, role: str) -> tuple[str, ...]:
    """The notes' sentences in `role` (_role), in the text's words, each without its
    end mark (cached: every section's context asks for each role, some twice)."""
    back = facts.doc.kind in RETROSPECTIVE
    sentences = []
    for clauses in _note_clauses(facts):
        roles = [_role(c, back, facts.doc.year) for c in clauses]
        # a clause naming no subject goes where the one before it goes (预计7月启用)
        # (3月服务大厅搬进…，设置5个综合窗口: both the move's, blind17)
        for n in range(1, len(clauses)):
            # (…自发组织的“周三心理沙龙”，借县图书馆的会议室起家: the beginning's, blind67)
            if (_COUNT_ONLY.search(clauses[n]) or _visit_goes_on(clauses[:n], clauses[n])
                    or (clauses[n].endswith("起家") and roles[n - 1] == "fact")):
                roles[n] = roles[n - 1]  # …与会的人到…看的展柜，还在民宿里吃了…(blind55)
        # a sentence of an earlier year, no clause dated again, is a step of the unit's
        # history, not the year's result (2003年…老乡凑到一起，搞了个联谊会: blind64)
        # (not a practice since a year: 2024年起，草原站组建“草原流动课堂”… is the work's,
        # blind59)
        # (前身为1986年…设立的防疫组，每月逢五集中接种: blind85, its second clause lost)
        early = re.match(r"(?:前身为)?((?:19|20)\d\d)年(?!(?:\d{1,2}月)?(?:起|以来))",
                         clauses[0]) \
            if clauses else None
        # (2009年在市民政局登记，正式成立菂塘商会: the founding too)
        # (2009年县医院检验科开始为…代做生化，一辆面包车拉标本起家: where it began, blind69)
        began = bool(early) and clauses[-1].endswith("起家")
        if began and not roles[-1]:
            roles[-1] = "fact"
        # a step alone in its sentence (2018年村民代表大会通过了章程), and the sentence of
        # an earlier year a step holds told whole (2008年秋收以后，…小伙子在稻场上立了两块
        # 木头篮板，打了第一场“秋收球赛”: blind72's history cut to its registration)
        if (early and int(early[1]) < facts.doc.year and not any(roles)
                and any(_MOVED.search(c) for c in clauses)):
            roles = ["fact"] * len(clauses)
        if early and int(early[1]) < facts.doc.year and any(roles) and not any(
                re.search(r"(?:19|20)\d\d年", c) for c in clauses[1:]):
            roles = ["fact" if r == "achieved" or (n and not r and (
                c.startswith("即现在的")
                or (_STEP.search(c) and not _SPOKEN_STEP.search(c)))) else r
                     for n, (c, r) in enumerate(zip(clauses, roles, strict=True))]
            # … its year's setting with it (2011年干线二期通气，改为…管理处; 2012年园区建了
            # 第一批职工宿舍，开发区在宿舍楼下设…: blind69's steps lost their years)
            # (not 2019年畜牧兽医站又划出去了, speech: blind27)
            # (2024年建起24小时值守的预警劝阻平台，辅警招齐了22个: a step, blind72)
            if not roles[0] and "fact" in roles[1:] and (
                    len(clauses[0]) <= 16 or began or _MOVED.search(clauses[0])) \
                    and not re.search(r"又|出去|进来|所以|咱|俺", clauses[0]):
                roles[0] = "fact"
        # a step going on from a step of an earlier year (…，2016年高铁新城征地，整村拆迁:
        # blind99's 整村拆迁 lost)
        if any(int(y) < facts.doc.year for y in re.findall(r"((?:19|20)\d\d)年", "".join(clauses))):
            for n in range(1, len(clauses)):
                if not roles[n] and roles[n - 1] == "fact" and _STEP.search(clauses[n]) \
                        and not _SPOKEN_STEP.search(clauses[n]):
                    roles[n] = "fact"
        # a reform the clause after it tells the outcome of (2021年全县体教融合改革，划归…)
        for n in range(len(clauses) - 2, -1, -1):
            if _REFORM.fullmatch(clauses[n]):
                # … through the one clause it sets before it (2023年全县综合执法改革，执法权
                # 下放到镇，挂牌成立…, blind58)
                k = next((k for k in range(n + 1, min(n + 3, len(roles)))
                          if roles[k] or re.search(r"了$|原来|所以", clauses[k])), n + 1)
                roles[n:k] = [roles[k] if k < len(roles) else ""] * (k - n)
            # … and an earlier year's step the unit's fact after it goes on from (2012年经
            # 县编办批准，单独成立救护站; 2004年县林业局在…设救护点，借用…办公: blind57)
            elif (not roles[n] and roles[n + 1] == "fact"
                  and (y := re.match(r"((?:19|20)\d\d)年", clauses[n]))
                  and int(y[1]) < facts.doc.year
                  and re.search(r"批准|批了|设立的|前身为", clauses[n])):
                roles[n] = "fact"
        # … and every step of the history the leader tells under its label (来历开头交代
        # 几句：2009年…凑了个观鸟小组；2012年批了…科；2023年出了第一版名录: blind77's
        # histories cut to their registrations)
        if early and int(early[1]) < facts.doc.year and int(early[1]) in _history_years(facts):
            # (its step's own clause may keep its 了: 2016年做了全院第一例静脉溶栓; not
            # 2019年畜牧兽医站又划出去了, speech: blind27; nor the unit's own name after
            # 更为现名: blind66)
            # (nor a clause after its step said as spoken: …地名办公室，搞第一次地名普查,
            # …文物保管组，两间厢房管着几件红军用过的东西)
            roles = ["fact" if not r and not re.search(r"咱|俺|啥|挺|所以|又|[划调分搬]出去|"
                                                       r"进来|先建|建的|那会|用的是", c) and (
                n == 0 or not (_SPOKEN_STEP.search(c) or re.search(r"搞|东西", c)))
                and not facts.unit.name.endswith(re.sub(r"^[县市区]", "", c)) else r
                     for n, (c, r) in enumerate(zip(clauses, roles, strict=True))]
        if back and "achieved" in roles:  # 职工服务中心搬进新楼，10月正式启用: one event
            first = roles.index("achieved")
            # … but not the unit's history before it (我所是2004年从…分出并单独成立的，
            # 2026年10月迁入…: blind24 told its founding among the year's results)
            history = any(int(y) < facts.doc.year for c in clauses[:first]
                          for y in re.findall(r"((?:19|20)\d\d)年", c))
            # … and so is an undated fact told after it (7月洪水，三个乡镇被淹，我公司三天
            # 之内…: the flooded towns alone in 基本情况, blind25)
            roles = ["achieved" if r == "fact" and (
                (n < first and not history) or (
                    n > first and not re.search(r"(?:19|20)\d\d年", c)))
                     else r for n, (c, r) in enumerate(zip(clauses, roles, strict=True))]
        # an achievement keeps the clauses before it that say what it was achieved in
        # (今年在登革热输入病例处置中反应快，没有出现本地续发病例: not the bare result)
        # (今年是“十五五”开局之年，下半年全县开始…: the year's aim with its setting)
        context = role in ("achieved", "goal") and role in roles
        # … and an achievement the clauses after it telling how much or more of the
        # event (候车面积比原来扩大一倍多; 4月23日重新开业，城市书房同一天开放, blind18)
        sentences.append("，".join(c for n, (c, r) in enumerate(zip(clauses, roles, strict=True))
                                  if r == role or (context and not r and (
                                      n < roles.index(role) or (
                                          role == "achieved" and n > roles.index(role)) or (
                                          roles[n - 1] == role and _HOW_MUCH.search(c))))))
    # a statement that opens with its time (今年第一次申报…) gets the unit as its subject
    own = facts.unit.self_ref
    if re.fullmatch(r"我[\u4e00-\u9fff]", own):  # 局里 → 本局 beside 我局: 我局 (blind18)
        sentences = [re.sub(f"(?<=，)本{own[1]}(?=有|设)", "", s) if s.startswith(own)
                     else s for s in sentences]  # 我局1984年组建，(本局)有五个股室
        sentences = [s.replace(f"本{own[1]}", own) for s in sentences]
    if own.startswith("我") and not own.startswith("我们"):  # 我们场/支行 → 我场/支行
        sentences = [s.replace(f"我们{own[1:]}", own) for s in sentences]
        # 是我们的办学目标 → 是我校的办学目标 (blind22)
        sentences = [s.replace("我们的", f"{own}的") for s in sentences]
        # …，我们三天之内把盐送进去了 → …，我公司三天之内… (blind25)
        sentences = [re.sub(r"(?<=[，,])我们(?![县市区镇乡村省])", own, s) for s in sentences]
    # 今年学校通过了… → 2025年通过了…: the unit named again after its year
    # (… not the hospital a department is of: 2015年医院搬到城北新院区 of its 感染管理科,
    # blind90: printed 我科2015年迁入…)
    sentences = [re.sub(r"^((?:今年|去年|\d{4}年)?)(学校|全校|医院|全院|中心|单位|公司|"
                        r"本[馆场所院局园厂站校队])(?=通过|获|被|荣获|入选|完成|建成|搬|迁|始建|"
                        r"是(?:19|20)\d\d年)",
                        lambda m: m[1] if m[2] not in ("学校", "医院", "中心", "公司")
                        or facts.unit.name.endswith(m[2]) or not _hosted(facts.unit.name, m[2])
                        else m[0], s) for s in sentences]
    def subjectless(s: str) -> bool:
        return bool(_SUBJECTLESS.match(s)) and not _YEARS_IT_IS.match(s)

    # 我们学校是1978年建的 → 我校始建于1978年 (not 我校学校…, blind23)
    ours = re.compile(r"^我们(?:学校|医院|中心|公司|单位|社区|机关|支部)?(?![县市区镇乡村省])")

    def subject(s: str, told: bool = False) -> str:
        """`s` with its subject; `told`: a step of the history is before it (a branch's
        host is named before the first only)."""
        if s.startswith(own):
            return s
        # (1958年建校时仅有两名体育教师 of a school's 教研组: the school's founding, blind92)
        if _school_founding(facts, s):
            return s
        if re.match(r"我们[县市区镇乡村省]", s):  # 我们县2022年… is the county's: 我县
            return s.replace("我们", "我", 1)
        # 我们政研室原来是…: the unit named by its short name (a branch's host: not 我支部政研室,
        # blind38)
        if re.match(r"我们[\u4e00-\u9fff]{1,3}(?:室|局|院|所|站|队|馆|厂|中心)(?!里)", s) and (
                not ours.match(s) or ours.match(s).end() == 2):
            return s.removeprefix("我们")
        if s.startswith("我们") and own.startswith("我") and not own.startswith("我们"):
            return ours.sub(own, s, count=1)
        # a 党支部 plan's unit history is its unit's (前身为…赤脚医生培训班, 2003年更为现名),
        # not the branch's (blind50: 我支部前身为…)
        # (… its first step only: 2006年成立校友总会 after 1986年…，学校在校办设… is the
        # school's, not 斐州大学校友工作办公室2006年成立校友总会, blind87's reader)
        host = branch_parent(facts.unit.name, facts.doc.notes) \
            if facts.doc.kind == "party_branch_plan" else ""
        if host and subjectless(s) and not re.search(r"支部|党员|党组织", s) and (
                re.match(r"前身为", s) or _historic(facts, s)):
            # (… or the step founding the host itself: 2011年成立研究生支教团, blind86)
            own_step = re.search(r"(?:成立|组建|设立)的?([\u4e00-\u9fff]{2,16})(?=$|[，,])", s)
            # (… and a bare founding, 1986年成立, is the host's: blind75)
            bare = re.fullmatch(r"(?:19|20)\d\d年(?:\d{1,2}月)?(?:正式)?(?:成立|组建|设立|建立)", s)
            return s if told and not bare and not (own_step and host.endswith(own_step[1])) \
                else f"{host}{s}"
        return f"{own}{s.removeprefix('我们')}" if subjectless(s) else s

    # (… a branch's host named once, before its history's first step: 2011年成立招标办 after
    # 1993年学校…设了个采购组；2004年升格为赍州学院, not 赍州学院招标采购中心2011年成立
    # 招标办, blind124's reader; 2006年成立校友总会 after 1986年…，学校在校办设…, blind87's)
    sentences = [subject(s, any(_historic(facts, t) for t in sentences[:n]))
                 for n, s in enumerate(sentences)]
    # 第一次申报省级 names the level, the theme the title (创建省级文明单位 → 省级文明单位)
    # … or, for a theme naming no level (“公正检测”品牌创建), the title a unit of its type
    # bids for (今年打算申报市级 → 申报市级文明单位, blind20)
    sentences = [_titled(facts, s) for s in sentences]
    # counted from the document's year, or from its date's when it was written before
    # that year began (院长说了，明年要冲… in a 2027 plan dated 2026-12-28 is 2027, blind22)
    if year_setting(facts):  # the opening says it (2027年是申报…的关键一年，…: the rest stays)
        sentences = ["，".join(c for c in s.split("，") if not _YEARS_IT_IS.fullmatch(c))
                     for s in sentences]
    base = notes_year(facts)
    return tuple(absolute_years(s, base) for s in sentences
                 if s and not _placed_already(facts, s)  # a task's, not 基本情况's
                 and not _ARRANGING.match(s))


_ARRANGING = re.compile(r"(?:头一个|第[一二三四五六]个?|最后一个)是|"
                        r"分[一二三四五六\d]个(?:阶段|步)")
"""A statement of the notes arranging the text, not the unit (头一个是联系服务民营企业; 分四个
阶段：3月动员部署, blind36: both printed in 基本情况)."""


@lru_cache(maxsize=64)
def _history_years(facts: Facts) -> frozenset[int]:
    """The years of the steps the notes tell under a history's label (来历计划开头交代两句：
    78年…；92年…；2008年…: 1978, 1992, 2008), a two-digit year of 50 and over read as
    19xx, one below as 20xx: every step of the label, also one _TWO_DIGIT_YEAR leaves
    for the digit after it (96年8月 of blind57's history)."""
    years: set[int] = set()
    # (… or its label a sentence, its steps a list: 来历开头交代几句，“创办多年”太笼统。2010年
    # …；2013年…, blind109; not 来历交代一下。2005年…。2019年机构改革，…并到我们这边, blind29)
    for colon, listed in re.findall(r"(?:来历|历史|沿革|[校院站厂馆]史)[^：:\n。]{0,24}"
                                    r"(?:[：:]([^\n]+)|。\s*((?:19|20)\d\d年[^。\n]*；[^\n]+))",
                                    facts.doc.notes):
        told = colon or listed
        for y in re.findall(r"(?:^|[；;。：:，,])\s*((?:19|20)?\d\d)年", told):
            years.add(int(y) if len(y) == 4 else 1900 + int(y) if int(y) >= 50 else 2000 + int(y))
    return frozenset(years)


def _titled(facts: Facts, text: str) -> str:
    """A bid named by its level only (第一次申报省级, 2027年是冲市级的第一年), with the
    title bid for: the theme's (创建省级文明单位 → 省级文明单位), or, for a theme naming
    no level (“公正检测”品牌创建), the one a unit of its type bids for (今年打算申报市级 →
    申报市级文明单位, blind20)."""
    title = re.search(r"(?:省级|市级|县级|区级|国家级|全国)(\S+?)(?:工作)?$", facts.doc.theme)
    named = title.group(1) if title else (
        "文明校园" if facts.unit.type in ("学校", "幼儿园") else "文明单位")
    return re.sub(r"(申报|争创|创建|冲刺)(省级|市级|县级|区级|国家级|全国)(?=的|$)",
                  rf"\1\2{named}", text)


def _notes(facts: Facts, role: str) -> str:
    text = "；".join(_note_list(facts, role))
    return f"{text}。" if text else ""


_SIZE = re.compile(r"现有|共有|下设|下辖|下属|内设|位于|成立|始建|建于|占地|人口|辖区|覆盖|组成|"
                   r"\d+(个|所|家|支|座|台|名|人|户|张|辆)")
"""A statement of the unit's size or make-up: 基本情况's, whatever task shares its words."""


_IN_TASK = re.compile(r"(?:写|放|挂|归|(?<=可以)用)(?:在|到|进)([^，,。；;]{2,12}?)"
                      r"(?:那一?条|那一?块|那部分)里?|"
                      r"^\s*([^，,。；;“”]{2,12}?)那一?[块条](?:可以|能)?用(?:上|得上)")
"""A clause of the notes putting the rest of its sentence in one task (…，写在茶农帮扶那条
里; 数字助老那块可以用上这个数: blind29 and blind30, both lost or left in 基本情况)."""


_IN_THIS = re.compile(r"\s*(?:写|放|挂|归)(?:进|在|到)这一?[条块](?:里面?)?\s*")
"""A clause putting its sentence in the task the sentence opens with (写进这一条)."""


@lru_cache(maxsize=64)
def placed_in_tasks(facts: Facts) -> Mapping[str, tuple[str, ...]]:
    """The notes' statements a clause of their sentence puts in one task
    (_IN_TASK, _IN_THIS), by its title: the task whose title, abbreviated title or points
    name the place, when one does (今年要在5个乡镇各建一个鲜叶初制服务点，写在茶农帮扶那条里
    → 在5个乡镇各建一个鲜叶初制服务点, in 深化茶农帮扶). Cached, read-only."""
    out: dict[str, tuple[str, ...]] = {}
    base = notes_year(facts)
    for sentence in _NOTE_SENTENCE.split(_said(facts.doc.notes)):
        sentence = _LIST_MARK.sub("", sentence.strip())
        # (…是上面的规定，我让他们写进资金监管那条的措施了: placed already, blind111; 规范是协会的，
        # 清点人数放在示范团那条里讲，…别的不用抄: what of the pasted item goes where, blind112)
        if re.search(r"我(?:让|叫)[^。；;\n]{0,6}写进[^。；;\n]{0,16}了|别的不用抄|其余不用抄",
                     sentence):
            continue
        clauses = [c.strip() for c in re.split(r"[，,](?![^（(]*[）)])", sentence) if c.strip()]
        found = _placement(clauses)
        if found is None:
            continue
        place, clauses, at, placing = found
        homes = ([t for t in facts.tasks if place in unquoted(t.title)]
                 or [t for t in facts.tasks if _abbreviates(place, t.title)]
                 or [t for t in facts.tasks if place in task_words(t)])
        # what it places: the clauses before (今年要…，写在…那条里), else the clause's own
        # words before it (10月搞的首届…直播节放在直播培训那条里讲, blind31), else after
        # (爱心助考写进志愿服务那一条，今年为考生家长提供免费休息室214人次, blind30)
        own = re.sub(r"(?:放|写|挂|归)$", "", clauses[at][:placing.start()]) if placing else ""
        before = clauses[:at] or ([own] if len(own) >= 6 and re.search(r"\d", own) else [])
        said = [_tidy(re.sub(r"^(?:[一二三四五六七八九十]、)?(今年|明年|全年|年内)?要", r"\1", c))
                for c in (before or clauses[at + 1:])]
        said = [c for c in said if c and (re.search(r"\d", c)  # a new count stays …
                                          or not (homes and _says(homes[0], c)))]  # … not
        if len(homes) == 1 and said and not any(                   # what the task says
                # (教室和菜园，就是我们说的“种好两块田”：…，放在劳动教育那条里讲清楚: the
                # slogan's place, blind64)
                any(unquoted(s.text) in unquoted(c) for s in facts.slogans)
                or _NOT_WRITTEN.search(c) or _PLACED.search(c) or _IN_TASK.search(c)
                or _AT_OPENING.search(c)  # “守好两个袋子”开头就说，“四心迎客”放在… (blind57)
                or _INSTRUCTION.search(c) or _NOT_TEXT.search(c)
                # (防疫、溯源、分红这几条是合作社的规矩，照着意思写进托羊所那条: the pasted
                # rules named, blind117's reader of the remark printed)
                or re.search(r"[这那][几些][条项]是[^，,]{0,10}(?:规矩|规定|条款|须知)", c)
                for c in said):
            out[homes[0].title] = (*out.get(homes[0].title, ()),
                                   absolute_years("，".join(said), base))
    return MappingProxyType(out)


def _placement(clauses: list[str]
               ) -> tuple[str, list[str], int, re.Match[str] | None] | None:
    """(the place a sentence's clauses name, the clauses it places with the placing one,
    the placing clause's index, its _IN_TASK match), or None: 写在X那条里 (_IN_TASK), or
    写进这一条 after a first clause naming the task (no match: “编制服务进基层”放第二，全县
    16个乡镇…，写进这一条, blind31)."""
    found = next(((n, m) for n, c in enumerate(clauses) if (m := _IN_TASK.search(c))), None)
    if found is not None:
        at, m = found
        return next(g for g in m.groups() if g).removeprefix("在").strip("“”"), clauses, at, m
    this = next((n for n, c in enumerate(clauses) if n > 1 and _IN_THIS.fullmatch(c)), None)
    named = _IN_ORDER.match(clauses[0]) if clauses else None
    if this is None or named is None:
        return None
    return unquoted(named.group(1)), clauses[1:this + 1], this - 1, None


def _abbreviates(short: str, title: str) -> bool:
    """Whether `short` is an abbreviation of words in `title`: its characters there, in
    order, the first two within four characters of each other (防非 of 筑牢防范非法集资防线)."""
    at = title.find(short[:1])
    if at < 0 or len(short) < 2:
        return False
    rest = title[at + 1:]
    return short[1] in rest[:4] and all(c in rest for c in short[1:])


def task_notes(facts: Facts) -> dict[str, list[str]]:
    """The notes' statements and aims that belong to one task, by its title: an
    arrangement that names what only that task names (主题党日固定在每月第二个周三下午
    beside 每月主题党日集中学习; 支部和东坡社区是共建单位 beside 到东坡社区开展宣传): the
    blind13 reader moved them out of 基本情况 into the work they arrange. Not one the
    task already says (主题党日定在每月10日 beside 每月10日开展主题党日), not a
    statement of the unit's size or make-up (_SIZE), which stays in 基本情况, and not in
    a summary or report, whose notes tell what was done."""
    if facts.doc.kind in RETROSPECTIVE:  # told in the task's account (achieved_by_task)
        return {}
    out: dict[str, list[str]] = {t: list(said) for t, said in placed_in_tasks(facts).items()}
    for title, said in scenes(facts).items():  # 多写检定员背着标准器下社区…的事
        out.setdefault(title, []).extend(said)
    # (not a clause of what the leader says a branded work is, said where it opens:
    # brand_told; blind86's reader found 队员周末两人一组、背着书包… twice)
    told = "；".join(brand_told(facts).values())
    for sentence, task, said in _homes(facts):
        if not said and not _placed_already(facts, sentence) and sentence not in told \
                and not _opens(facts, sentence):
            out.setdefault(task.title, []).append(sentence)
    return out


def _placed_already(facts: Facts, sentence: str) -> bool:
    """Whether the sentence states what placed_in_tasks puts in a task (half its pairs)."""
    words = bigrams(sentence)
    return any(len(words & bigrams(said)) >= 0.5 * len(words)
               for placed in placed_in_tasks(facts).values() for said in placed)


def _homes(facts: Facts) -> list[tuple[str, Task, bool]]:
    """(sentence, the one task it belongs to, whether that task already says it)."""
    if facts.doc.kind in RETROSPECTIVE:
        return []
    out = []
    goals = _note_list(facts, "goal")
    for told in [*_note_list(facts, "fact"), *goals]:
        # … not the stressed work's outside account, said where that work opens (blind58:
        # a 现场观摩会 again in the study task, which shares its 县委社会工作部)
        sentence = _less_background(facts, told)
        if not sentence:
            continue
        # 村晚2026年县融媒体中心来拍了，2027年想多办几场: a topic and what is said of it,
        # the one task its title names (blind49's 接龙: printed among the 工作目标)
        topic = re.match(r"([\u4e00-\u9fff]{2,4}?)(?=今年|明年|去年|(?:19|20)\d\d年)", sentence)
        named = [t for t in facts.tasks if topic and topic[1] in t.title]
        if len(named) == 1 and not _SIZE.search(sentence):
            out.append((sentence, named[0], False))
            continue
        if _SIZE.search(sentence) or any(  # its history stays in 基本情况 (blind19)
                int(y) < facts.doc.year for y in re.findall(r"((?:19|20)\d\d)年", sentence)):
            continue
        homes = [t for t in facts.tasks if _shared_run(sentence, task_words(t)) >= 4]
        if len(homes) == 1:
            says = _says(homes[0], sentence)
            if says and told in goals:  # the year's aim its task carries out stays an
                continue                    # aim (下半年全县开展换届选举, blind20)
            out.append((sentence, homes[0], says))
    return out


def _contained(sentence: str, text: str) -> bool:
    """Whether nearly all the sentence's word pairs are in the text (a task's point said
    again: 每月两次进社区义修 of 每月两次进社区义修家电、电动车)."""
    words = bigrams(sentence)
    return bool(words) and len(words & bigrams(text)) >= 0.8 * len(words)


def _says(task: Task, sentence: str) -> bool:
    """Whether the task's own words say the sentence already (half its word pairs)."""
    words = bigrams(sentence)
    return len(words & bigrams(task_words(task))) >= 0.5 * len(words)


def _shared_run(a: str, b: str) -> int:
    """The longest run of Chinese characters the two texts share."""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if not re.fullmatch(r"[\u4e00-\u9fff]+", a[i:j]) or a[i:j] not in b:
                break
            best = j - i
    return best


_STRESS = re.compile(r"重点(?!保护|人群|人员|区域|部位|单位|项目|工程|企业|领域|时段|对象|场所|"
                     r"时期|行业|车辆|路段|岗位|环节)|突出|特色|亮点|主打|一定要写")
"""A sentence of the notes asking something brought forward; not 重点 of a compound
(国家重点保护鸟类 in a pasted 名录, blind77: its task moved up)."""


def stressed(facts: Facts) -> str:
    """The notes' sentences that say what the document should bring forward (重点是红白
    理事会和积分超市, “温馨产房”是我们的特色), joined; "" when none."""
    return "；".join(s for s in re.split(r"[。；;\n]", facts.doc.notes) if _STRESS.search(s))


_LABEL = r"(?:重头戏|重中之重|招牌)"
"""What the notes call the work they stress, no work itself (创建方案的重头戏是“…”, 今年
支部的招牌就是“…”: blind70)."""
_ASKED = re.compile(_LABEL + r"(?:就)?是“([^”]{2,16})”|"
                    # (not 车主打电话来…: blind78)
                    r"(?:重点(?:就)?(?:写|讲|突出|是)|多写|突出|(?<![车店户业房货船摊])主打|"
                    r"最拿得出手的(?:就)?是|"
                    r"最要紧的(?:就)?是)"  # 今年总结最要紧的就是米粉坊 (blind71)
                    r"(?:一下|一些|点)?([^，。；;]+)|"
                    r"([^，。；;]{2,24}?)(?:可以|要|得)?(?:多写(?:几句|一些|一点|点)?|是重点|"
                    r"一定要写足|要写[足实细透])|"
                    # 爱心送考是我们最拿得出手的，放前面，写足 (blind25)
                    r"(?:^|(?<=[，,]))\s*“?([^，。；;是]{2,24}?)是(?:我们|咱们)?(?:的)?(?:在全[省市县])?(?:最拿得出手|"
                    # (not “百年老号”是招牌上的话: a signboard's words, blind118's reader)
                    r"最大的特色|最大的亮点|招牌(?!上)|看家本领|叫得响|重中之重|今年[两三几]件大事|命根子)|"
                    # 篇幅上劳动教育要给得最多; 快检…这一块多给篇幅 (blind26)
                    r"篇幅上([^，。；;]{2,12}?)要?给得?最多|^\s*([^，。；;是]{2,12}?)(?:这一?块)?多给篇幅|"
                    # 【讨薪那条请放在几项工作的第一位…】 (blind26)
                    r"(?:^|(?<=[，,]))\s*[【“]?把?([^，。；;【“]{2,10}?)(?:那条|那块|这块|这一条)?请?"
                    r"(?:放在|放到|排在|放)[^，。；;]{0,8}?(?:第一位|第一个|最前面?)"
                    r"(?=[，,。；;]|说|写|讲|$)|"
                    r"(?:^|(?<=[，,]))(?:顺序)?(?:还是|就是)?([^，。；;]{2,10}?)打头")
_FILLER = re.compile(r"(这个牌子|这块|这一块|那块|那一块|那段|这段|"
                     r"这[两三几][个块][\u4e00-\u9fff]{0,3}|这些.*|那些.*|方面|的事|工作)$")


_THESE = re.compile(r"^\s*这[两三四几]?[块件项个类样方面]+(?:事|工作)?(?:都)?是重点")
"""Notes stressing the list just read (…一是第四次全国文物普查的实地调查…；二是文物安全…。
这两块是重点，放在前面写)."""

_LEADS = re.compile(r"最前面|放在前面|按这.{0,6}展开|统领")
"""Notes asking a slogan to lead the text (放在最前面说，后面的内容按这两个重点展开)."""

_BOAST = re.compile(r"拿得出手|叫得响|看家本领|招牌|亮点|重头戏|学不来|比不了|重中之重|头等大事|"
                    r"最大的|写得|单薄|篇幅|多写|写足|写实|"
                    # (not 在全市重点排污单位推广: a kind of unit, blind97's lost clause)
                    r"重点(?![\u4e00-\u9fff]{0,4}(?:单位|企业|项目|工程|人群|区域|行业|领域|"
                    r"专科|学科|实验室))")
"""A clause of the notes that praises the work to the writer, or speaks of the text:
no background for it (这是我们这几年最拿得出手的; 去年这条写得太单薄)."""

_READ_FIGURE = (r"念([\u4e00-\u9fff]{2,8}?)的数(?![\u4e00-\u9fff])", r"念出\1的数值")
"""A figure read off a screen in spoken words, in written ones (看监督员老汉对着大屏念二氧化硫
的数 → 念出二氧化硫的数值: blind97), in an account (_BACKGROUND_SPOKEN) and in a brand's
account or a scene (written_told) alike."""

_BACKGROUND_SPOKEN: tuple[tuple[str, str], ...] = (
    (r"^[一二三四五六七八九十]是(?=.{4,})", ""),  # 二是今年6月…开过…现场会 (blind52's outline)
    # (教二十几个小学生揉面: a count in written words, blind103's account lost for its 十几个)
    (r"([二三四五六七八九]?十)几个(?=小学生|学生|孩子|老人|群众|村民|居民|职工|干部|党员|队员|"
     r"志愿者|人)", r"\1余名"),
    (r"([二三四五六七八九]?十)几个(?=[\u4e00-\u9fff])", r"\1余个"),
    (r"咱们", "我们"),
    # 看了黄精组培苗怎么从瓶子里移进穴盘, 看他们怎么给货车司机递热水 (blind66): how, no
    # question
    (r"(看了?|观摩)([^，,。？?]{0,14}?)怎么(?=[^，,。？?]{2,})", r"\1\2如何"),
    # (看暖箱怎么固定、呼吸机怎么接电: both, blind99; 看他跟调度对车号: 与)
    # (看怎么给造口换底盘、怎么教老伴…: blind111's reference text kept the second)
    # (先看了烘干塔怎么排号、怎么烘: a one-character deed after the second, blind120)
    (r"(如何[^，,。？?]{1,12}、[^，,。？?]{0,8}?)怎么(?=[^，,。？?]{1,})", r"\1如何"),
    (r"(?<=看[他她])跟(?=[\u4e00-\u9fff]{2,8}[对核查])", "与"),
    (r"(?<=与调度)对(?=车号)", "核对"), (r"^与会(?:的人|人员)上了", "与会人员登上"),
    (r"看楼道里堆没堆东西", "察看楼道有无堆放杂物"),
    _READ_FIGURE,
    (r"^(.{2,10}?)把(?:我们|咱们)的做法印发(.{2,12}?)学习$", r"\1将SELF的做法印发\2学习"),
    (r"我们(公司|厂|院|局|所|站|台|中心)", r"我\1"),
    # (教二十几个娃唱歌，又到美术室看了娃们画的画: blind102, written words)
    (r"(?:娃娃|(?<!娃)娃)们", "孩子们"), (r"(?<=[的个])娃(?![娃们])", "孩子"),
    # (…现场会就是在我们办开的；又回办里看了…: a 台办's, blind101's reader of 在办召开)
    (r"在(?:我们|咱们)办(?=开|召开)", "在我办"), (r"(?<=[回到])办里", "我办"),
    # (…现场会就在我们的训练基地开的: 在我会训练基地召开, blind94)
    # (…现场会就放在我们的逶河巡河点开的: 在我会逶河巡河点召开, blind107's reader)
    (r"(?:就?放)?在(?:我们|咱们)的(?=[\u4e00-\u9fff]{2,8}?(?:基地|场|馆|园|部|室|楼|点|站)"
     r"(?:召开|开))", "在SELF"),
    # 还跟卖菜的老乡聊了一阵 (blind60): 还与…进行了交流, not 交流了一阵
    (r"^还跟(.{1,10}?)聊了(?:一阵|一会儿?|聊|几句)?$", r"还与\1进行了交流"),
    (r"^还跟(.{1,8}?)聊了", r"还与\1交流了"),  # 还跟几个妈妈聊了接送孩子的事 (blind57)
    # 2025年市文物局还专门在我所召开现场会: 还 goes on from nothing when it opens the work
    (r"^((?:19|20)\d\d年(?:\d{1,2}月)?[\u4e00-\u9fff]{2,8}?)还(?=专门|在)", r"\1"),
    # 专门刊发了我们的做法，市里让各县推广 (blind56)
    (r"(?<=刊发了|登载了|介绍了)我们的(?=做法|经验)", "SELF的"),
    (r"^([县市省])里?让各(?:县|区|县区|县市区|乡镇)(?:都)?(?:推广|学习?)$", r"随后在全\1推广"),
    (r"^这(?:个|块)?是全(市|县|省)独一家$", r"这项工作在全\1独此一家"),
    (r"^这(?:个|块)?是", "这项工作是"),                  # 这是我们公司的老传统
    # (…老传统，2017年才正式叫上这个名字: blind111, printed in the history)
    (r"^((?:19|20)\d\d年)才?正式(?:叫上|叫|起)了?(?:这个)?名(?:字|儿)$", r"\1正式定名"),
    (r"那会儿就开始搞了?$", "时就已开展"),               # 从建一级站那会儿就开始搞了
    (r"就开始搞了?$", "就已开展"),
    (r"^(厂|公司|院|局|所|站|台)里", r"我\1"),          # 厂里女工多
    (r"这些都是", "等都是"),                             # 夫妻房、暑期托管班这些都是
    (r"自己摸索出来的$", "自主探索形成的"),
    (r"好几家", "多家"),
    (r"好几拨", "多批"),
    (r"好几个", "多个"),
    (r"来学过$", "前来学习借鉴"),
    # blind47's: 市住建局专门把我们的“三公开”做法作为经验推广过, 省文物局的简报登过, 县总工会
    # 今年在我们这儿开过现场会的, 去年市外事办还带外宾来看过展演
    (r"(做法|经验)([^，,。]*?)(推广|推介)过$", r"\1\2\3"),
    (r"把我们的(.{2,12}?)作为经验(推广|推介)过?$", r"把SELF的\1作为经验\2"),  # blind48
    # 《…简报》…登了小站的做法: the work's own name, no unit before it (blind52)
    (r"(简报|》)([^，,。]{0,12}?)[也还]?(?:上)?登(?:过|了)(?!我们)([^，,。]{1,8}?)的做法$",
     r"\1\2刊发了\3的做法"),
    (r"(简报|》)([^，,。]{0,12}?)[也还]?(?:上)?登(?:过|了)(?:我们的?)?([^，,。]{0,8}?)的?(?:做法)?$",
     r"\1\2刊发了SELF\3的做法"),
    (r"(?<=[》期])专门刊发$", "专门刊发了SELF的做法"),  # 9月《全省外事工作简报》第15期专门刊发
    # 在咱们县开了 (blind53): the county, not the unit
    (r"(在|到)我们(?=[县市镇乡区](?![\u4e00-\u9fff]{0,2}(?:局|委|院|站|所|中心)))", r"\1我"),
    (r"(?:在|到)我们这儿|在我们这里|在我们这(?=开|召开)", "在SELF"),  # 在我们这开了 (blind54)
    (r"在(?:我们|咱们)?点上(?=开|召开)", "在SELF"),  # …现场会就在我们点上开的 (blind64)
    # 5月省里的现场会在我们这开 (blind59's 会长, no name for it)
    (rf"^(\d{{1,2}}月)?([省市县])里的?({_FIELD_MEETING})在SELF(?:开|召开)了?的?$",
     r"\1全\2\3在SELF召开"),
    # 到咱们学校观摩, 在咱们站开了… (blind48)
    # (…现场会就在我们学校开的of a school's 党支部: 在我校, not 在我支部, blind76; 在我们院
    # of a hospital's centre: 在我院)
    (r"(在|到)我们学校", r"\1我校"),
    (r"(在|到)我们医院", r"\1我院"),
    # (…交流会就是在我们协会开的: 在我会, not 在协会, blind95)
    # (…就是在我们大队开的: blind96's 在大队; a 大队's 党支部 says 在我大队 too, blind97)
    (r"(在|到)我们([大中支]队)", r"\1我\2"),
    (r"(在|到)我们(?:[站院所局厂校馆台队]|单位|公司|中心|这里|这儿|(?:协|学|商|研究|联合)会)",
     r"\1SELF"),
    # …现场会就在我们村开的 of a 合作社 (blind68); 在我们社区开的 (blind81)
    (r"(在|到)我们(?=[村镇乡]|社区)", r"\1我"),
    (r"(?<!来)开过现场会的?$", "召开现场会"),
    # blind48's: 2025年省体育局在咱们这儿开过全省棋类进校园现场会, 6月份市农业农村局在我们
    # 这里开了全市…现场会, 7月份市里还组织各县政法委的同志到我们包联的网格来看过
    (rf"(?<!来)开(?:过|了)([^，,。]{{2,24}}{_FIELD_MEETING})的?$", r"召开\1"),
    (r"^(\d{1,2}月)份", r"\1"),
    (r"^(\d{1,2}月)?([县市省])里还?组织(.{2,16}?)到我们(.{0,10}?)来看过$", r"\1\3到SELF\4实地观摩"),
    (r"还带", "带"),
    (r"专门来交流过$", "专门前来交流学习"),  # 邻县三所卫校专门来交流过 (blind50)
    (r"专门到(.{1,10}?)看了$", r"专门到\1观摩"),  # 与会人员专门到工作室看了 (blind50)
    # 与会的人到驿站实地看了, 与会的到结对的学校听了… (blind54's readers: the notes' words)
    # (与会的人上了砩山顶, 与会的人先到阢口镇卫生院: blind76)
    (r"^与会的(?:人|同志)?(?:就是|一早|都|也)?((?:晚上|上午|下午|夜里)?[^，,]{0,6}?)"
     r"(?=[到在去跟上先])",
     r"与会人员\1"),
    (r"^(与会人员)跟着", r"\1跟随"),  # 与会的人跟着粮车到某部营区看了… (blind59)
    # 与会的人跟着我们的学生到…看了一堂音乐活动课，回来又看了琴房和舞蹈房 (blind95)
    (r"(?<=跟随)(?:我们|咱们)的?", "SELF"),
    # (又回来看了听力中心的隔声室; 又回科里看了糖尿病足护理室, 又回公司看了质检中心: blind96)
    (r"^又?回(?:来|([科院局所站校队厂])里|(公司|中心))(?:又|还)?看了",
     lambda m: "随后又察看了" + ("SELF" if m[1] or m[2] else "")),
    (r"^又回([\u4e00-\u9fff]{2,5}?)看了", r"随后又回\1察看了"),
    # (又回中心看了我们在手机上怎么审应急单: blind110 printed 察看了我中心我们在…; 又回公司
    # 看了我们的碳票登记簿, blind122's 察看了我公司我们的…)
    (r"(?<=察看了SELF)(?:我们|咱们)(?:的|(?=在))", ""),
    # …，又跟着到雉山村小看了查验和补种, 又到村里的水质监测点看了 (blind85's readers: the
    # notes' spoken words)
    (r"^又(跟着)?到([^，,。]{2,12}?)看了$",
     lambda m: f"又{'随同' if m[1] else ''}到{m[2]}实地观摩"),
    (r"^又(跟着)?到([^，,。]{2,12}?)看了(?=[^，,。]{2})",
     lambda m: f"又{'随同' if m[1] else ''}到{m[2]}察看了"),
    # (又到护士站看了我们的随访本; 与会的人在病区看一个…病人: blind110, printed as said)
    (r"(?<=察看了)(?:我们|咱们)的", ""),
    (r"(?<=跟随)([^，,。]{2,10}?)爬了(?=[\u4e00-\u9fff\d])", r"\1登上"),  # (blind112)
    (r"^(与会人员在[^，,。]{1,8}?)看一个", r"\1看到一名"),
    # 省供销社在咱们县开的全省…现场会 (blind59): the meeting held
    (rf"在([^，,。]{{1,8}}?)开的(全[省市县国][^，,。]{{2,30}}{_FIELD_MEETING})$", r"在\1召开\2"),
    (r"^(与会人员)到这个(村|镇|社区|乡)看的", r"\1到\2里观摩"),
    # …现场推进会就在雪场开的, …观摩会在我县城南安置小区二期开的 (blind62)
    (rf"({_FIELD_MEETING})(?:就是|就)?在([^，,。]{{1,14}}?)开的$", r"\1在\2召开"),
    # 与会的人看了红盔先锋… (blind62), 与会的人坐巡湖船看了… (blind63)
    (r"^与会的(?:人|同志)(?=[^，,。]{0,8}?(?:看了|听了))", "与会人员"),
    (r"^与会的(?:人|同志)(?=[\u4e00-\u9fff])", "与会人员"),  # …沿着江堤走了两公里 (blind81)
    (r"^[县市省]里的(?=《)", ""),  # 县里的《…信息》…也登了 (blind55)
    # 在嶂坪开全市…现场会 (blind54)
    (r"(?<=[在到][\u4e00-\u9fff]{2})开(?=全[国省市县区][^，,。]{2,24}会)", "召开"),
    # (与会人员又回所里看了救援队的潜水训练 → 与会人员随后回到SELF，实地观摩…: blind98)
    # (the place as said: 所里 → 我所, also in the 所's 党支部's plan)
    (r"^与会人员又回(?:到)?(?:学(校)|([校所院科站队厂局会村])里|(中心|公司|单位))"
     r"(?:看了|观看了|参观了)(?:(?:我们|咱们)的?)?",  # (…看了我们的随访档案: blind104)
     lambda m: f"与会人员随后回到我{m[1] or m[2] or m[3]}，实地观摩"),
    (r"^与会人员(又|还)翻了(?:(?:我们|咱们)的?)?", r"与会人员\1查阅了"),
    # (又回协会翻了夜诊登记本: blind105)
    (r"^与会人员又回(?:到)?(?:[协学商]会|中心|公司|单位|[科院局所站校队厂]里)翻了(?:(?:我们|咱们)的?)?",
     "与会人员随后回到SELF，查阅了"),
    # (回来又看了我们的上门预约台账, 回来又翻了我们的随访登记本: blind102)
    (r"^与会人员回来(?:又|还)?看了(?:我们|咱们)?的?", "与会人员随后回到SELF，实地观摩"),
    # (回来又到调度室看了我们的引航动态大屏, blind104: lost with its 简报)
    (r"^与会人员回来(?:又|还)?到([^，,。]{2,8}?)看了(?:我们|咱们)?的?",
     # (回来又到中心看了…: 回到我中心, not 我中心中心, blind111's reference text)
     lambda m: "与会人员随后回到SELF" + ("" if m[1] in ("中心", "公司", "单位") else m[1])
     + "，实地观摩"),
    (r"^与会人员回来(?:又|还)?翻了(?:我们|咱们)?的?", "与会人员随后回到SELF，查阅了"),
    # (又回博物馆翻了巡护台账: 随后回到…查阅了, blind117's reader of 翻了)
    (r"^与会人员又回([\u4e00-\u9fff]{2,6}?)翻了((?:我们|咱们)的?)?",
     lambda m: f"与会人员随后回到{m[1]}查阅了{'SELF的' if m[2] else ''}"),
    # (又到村东的羊粪有机肥厂看了。: 参观, not 实地观摩 of nothing, blind117's reader)
    (r"^(与会人员[^，,。]{0,30}?)(?:实地|现场)?看了$", r"\1参观"),
    # (看了扫码查羊、看了羊舍: the second 察看, blind117's reader of …实地观摩…、看了羊舍)
    (r"^(与会人员[^，,。]{0,16}?看了[^，,。]{2,12}?)、看了", r"\1，察看了"),
    # (又到乡卫生院看了我们的技能培训室: 实地观摩SELF…, blind98's 我们 printed)
    (r"^(与会人员[^，,。]{0,16}?)(?:实地|现场)?看了((?:我们|咱们)的?)?",
     lambda m: f"{m[1]}实地观摩{'SELF的' if m[2] else ''}"),
    (r"来看过(展演|演出|展示|展览)$", r"前来观看\1"),
    # 省局去年专门发文推广过
    # blind57's: 市局后来发文把乡镇联络员这一套在全市推广; 市人社局后来发文让各县都学
    (r"发文把(.{2,12}?)这一套在全[省市县]推广$", r"发文在全市推广\1工作做法"),
    (r"发文让各(?:县|区|县区|县市区)都学(?:习)?(?:这一套)?$", "发文在全市推广这一做法"),
    (r"^(?!.*(?:做法|作为经验))(.*?)(推广|推介|表扬|报道)过?$", r"\1\2这一做法"),
    (r"(推广|推介)(?:我们|咱们)的(?:做法|经验)$", r"\1这一做法"),  # (blind76)
    # blind43's: 县里组织部来看过两回, 全省测报工作会上还做过典型发言, 县里春晚连着三年都
    # 从我们这儿选节目, 市局去年还专门来开过现场会
    (r"^([县市])里(组织部|宣传部|统战部|政法委)", r"\1委\2"),
    (r"^(\d{1,2}月)?([县市省])里", r"\1\2"),
    (r"来看过([两三四五几])回$", r"\1次前来调研"),
    (r"^(全[省市县国][^，,。]{2,12}会)上还?做过典型发言$", r"曾在\1上作典型发言"),
    (r"连着([两三四五六七八九十])年都?", r"连续\1年"),
    (r"从我们这儿|从我们这里", "从SELF"),
    (r"选节目$", "选送节目"),
    (r"还?专门来开过现场会$", "专门召开现场会推广这一做法"),
    # …现场会就是在我中心开的 (blind46); …现场会是在我们村开的 (blind90)
    (r"(?:就是|是|就)在(.{1,8}?)开的$", r"在\1召开"),
    # (…就是在我们的适老化改造展示厅开的: 在SELF…, blind117's reader of 我们的 printed)
    (r"在(?:我们|咱们)的(?=[\u4e00-\u9fff]{2,12}(?:开的|召开)$)", "在SELF"),
    # 省林业局在我们处开全省…现场会 (blind61): 召开
    (r"(在(?:我[\u4e00-\u9fff]{1,2}|我们[\u4e00-\u9fff]{0,2}|SELF|这里?))(?<!召)开"
     r"(?=全[省市县区])", r"\1召开"),
    (r"^(\d{1,2}月)还(?=承办|举办|召开|组织)", r"\1"),  # 11月还承办了…现场会 (blind10)
)


def _full_names(facts: Facts, clause: str) -> str:
    """`clause` with a colleague called by a nickname (小陆) named in full where the notes,
    the 领导小组 or the 支委 name one person of that surname (随访护士：陆晓棠): blind96's
    reader struck 与会人员跟随小陆到… in a plan read before the hospital's leaders."""
    group = facts.leadership
    listed = [*((group.leader, *group.deputies, *group.members, group.office_head)
                if group else ()), *(facts.branch.committee if facts.branch else ())]

    def full(m: re.Match[str]) -> str:
        # (… or one the notes' account follows: 跟着罗一鸣到…, blind99's 小罗)
        names = set(re.findall(rf"(?:[：:　\s]|护士|医生|老师|师傅)({m[1]}[\u4e00-\u9fff]{{1,2}}?)"
                               r"(?=[　\s，,。；;（(]|$)", facts.doc.notes))
        names |= set(re.findall(rf"跟(?:着|随)({m[1]}[\u4e00-\u9fff]{{1,2}}?)(?=到)",
                                facts.doc.notes))
        # (… or in the 领导小组 or the 支委: 小卜 of 卜延东, blind97)
        names |= {n[1] for p in listed
                  if (n := re.search(rf"(?:^|[：:])({m[1]}[\u4e00-\u9fff]{{1,2}})(?:[（(]|$)", p))}
        return names.pop() if len(names) == 1 else m[0]
    clause = re.sub(r"(?<![大从缩变最弱矮])小([\u4e00-\u9fff])"
                    r"(?=[到在给带去和跟揣拿骑背扛陪蹲守开提])", full, clause)
    # (… 老沃 too: 气体站的老沃大年三十… of the 领导小组's 沃建军, blind112's reader)
    clause = re.sub(r"(?<=的)老([\u4e00-\u9fff])(?=大年|半夜|夜里|天不亮|守在|守着|蹲在)",
                    lambda m: (named := full(m)) + ("同志" if named != m[0] else ""), clause)
    # … and one the 领导小组 gives a post, by it (看卞海涛他们划着皮划艇… → 看救生服务队队长
    # 卞海涛等人…: blind107's reader of a name with no post, in a report to the 体育局)
    for person in listed:
        if (posted := re.fullmatch(r"([\u4e00-\u9fff]{2,3})[（(]([\u4e00-\u9fff]{2,12})[）)]",
                                   person)) and posted[2] not in clause:
            clause = re.sub(rf"(?<![\u4e00-\u9fff]{{2}}[长员任记师])({posted[1]})(他们|她们)?",
                            lambda m, p=posted[2]: p + m[1] + ("等人" if m[2] else ""),
                            clause, count=1)
    return clause


def _unnamed_patient(facts: Facts, clause: str) -> str:
    """`clause` with a patient a hospital's notes call by surname (在韩老汉床边下针) as 患者:
    a hospital's document names no patient (blind97's reader of the LLM draft: privacy)."""
    if facts.unit.type != "医院":
        return clause
    return re.sub(r"(?![位个的名群些老])[\u4e00-\u9fff](?:老汉|老太太?|大爷|大娘|奶奶|爷爷|"
                  r"阿婆|婆婆|阿公|老伯)", "患者", clause)


def _account_words(clause: str) -> str:
    """A clause of the notes' account of a stressed work in the text's words
    (_BACKGROUND_SPOKEN), the unit still SELF."""
    clause = clause.strip()
    for spoken, written in _BACKGROUND_SPOKEN:
        clause = re.sub(spoken, written, clause)
    return clause


_BACKGROUND = re.compile(r"传统|就已开展|正式定名|独此一家|唯一|第一家|首创|率先|首个|推广|"
                         r"前来学习|"
                         rf"{_FIELD_MEETING}|"
                         r"^与会|"  # …现场会，与会人员到村里现场扫码查账 (blind54)
                         r"交流学习|"
                         r"学习借鉴|取经|经验交流|表扬|报道|推介|自主探索|前来调研|典型发言|选送|"
                         r"简报|刊发|外宾|前来观看|会上$|观摩|现场推进会|"
                         # 市卫健委把我们的做法印发全市各医院学习 (blind94)
                         r"做法印发")
"""What a clause says of a stressed work that the text can state: its history (老传统,
从建一级站时就已开展), that it is the first or only one, that others took it up (省局
发文推广, 园区多家前来学习借鉴, 全市开过现场会, 简报登过, 外宾来看过展演), the meeting it was
taken up at (全市房屋征收工作推进会上)."""


@lru_cache(maxsize=64)
def stress_background(facts: Facts) -> tuple[tuple[str, str], ...]:
    """What the notes say of a work they ask to be written at length, beside the asking
    (头一条写库区帮扶，这是我们公司的老传统，从建一级站那会儿就开始搞了，多写几句 →
    (库区帮扶, 这项工作是我公司的老传统，从建一级站时就已开展)), as (the stressed item,
    the sentence without its end mark): the blind33 reader of each built-in draft asked
    for it (“老传统”的来历一字没写; 省局去年专门发文推广一句没写). Praise to the writer
    and words about the text are left out (_BOAST). Cached: every task's text asks."""
    # any stressed work: 这一块篇幅要给足 (blind47) asks at length as much as 写足 does
    # (not the words of a scene asked for, 杜大夫他们 of 多写杜大夫他们这些退休医生…的事: a
    # 现场会 whose visitors watched them is the stressed work's, blind81)
    asked = asked_scenes(facts)
    items = [i for i in stress_items(facts) if stress_home(i, facts.tasks) is not None
             or not any(i in scene for scene in asked)]  # (米粉坊 of a scene: blind71's work)
    firsts = stress_items(facts, first=True)
    out: list[tuple[str, str]] = []
    base = notes_year(facts)
    # 今年7月…开了…现场推进会 in the notes of a plan dated January: written the year
    # before, and so is the rest of the account (blind57's 学习笔记: 2027年7月)
    past = re.search(r"今年(\d{1,2})月[^。\n]{0,40}?(?:开了|召开了|开过|举办了|办了|来了|召开|"
                     r"开(?=全[省市县区]))",  # 今年9月省林业局在我县开全省…现场会 (blind61)
                     facts.doc.notes)
    if past and int(past[1]) > facts.doc.date.month and base == facts.doc.date.year:
        base -= 1
    previous = ""
    visit = False  # whether the last sentence told a 现场会's visitors
    own_name = re.sub(r"(?:股份)?有限(?:责任)?公司$", "", facts.unit.name)
    branch = facts.doc.kind == "party_branch_plan"
    told_of = _told_of(_said(facts.doc.notes), items)
    for at, sentence in enumerate(_NOTE_SENTENCE.split(_said(facts.doc.notes))):
        # （此处插播短片，3分钟）: a remark between keeps the work named (blind52)
        if not sentence.strip() or re.fullmatch(r"\s*[（(][^）)]*[）)]\s*", sentence):
            continue
        # …；看巴图孟克翻开借草本子…；还到一户…牧民家 / 。又到碹子沟村，看… (blind76): the
        # visitors go on in the next sentence
        # (；又在孝老饭堂跟老人们一起吃了一顿午饭, blind90: placed under the 饭堂's work)
        # (；又回学校看了学员实训的灶台, blind98: the rest of the account lost with it)
        # (；又上五楼看了…; 回来又看了我们的上门预约台账, blind102: both lost with their 简报)
        if visit and previous and re.match(r"\s*(?:又|还|再|随后|然后|接着|最后)?"
                                           r"(?:到|去|来到|走进|看|听|跟着|(?<=[又还])在|"
                                           r"(?<=[又再])[回上]|回来(?:又|还)?[看翻查到]|"
                                           # (；又翻了我们的咨询记录本, blind105: lost)
                                           r"(?<=[又还])翻了)",
                                           sentence):
            sentence = "与会人员" + sentence.strip()
        visit = bool(re.search(r"(?:^|[，,])\s*与会", sentence))
        # the longest it names (病虫测报, not 测报 in 全省测报工作会上: blind43)
        named = max((i for i in items if i in unquoted(sentence)
                     or (len(i) > 4 and i[-4:] in sentence)  # 下田服务 of “土专家”下田服务
                     # 直通车9月份…现场会 of 健康直通车, the sentence's topic (blind50)
                     or (len(i) > 4 and sentence.lstrip().startswith(i[-3:]))
                     # 明眸那条开头要讲 of 明眸行动 (blind56's 朋友圈 reply)
                     or any(_abbreviates(m[1], i) for m in re.finditer(
                         r"([\u4e00-\u9fff]{2,4}?)那一?[条块段]", sentence))),
                    key=len, default="")
        # “工友之家”放头里。厂里女工多，…，多写点: the work just placed; 阳光征收这一条要写足写透。
        # 去年…市住建局专门把…做法作为经验推广过 (blind47): what the last sentence named
        # … unless it names another work (“办好三个节”是我们的老传统 after 一老一小, blind23)
        opens = re.match(r"\s*“([^”]{2,12})”", sentence)
        other = opens is not None and opens[1] not in previous
        # …县防指后来专门表扬过，这段写实一点，多写两句夜里值守的事: the work just named is
        # what was praised; the one its closing request names is a part to write more of
        # (blind22)
        if named and previous and all(_AT_LENGTH.search(c) for c in re.split(r"[，,]", sentence)
                                      if named in unquoted(c)):
            named = previous
        # … and one a scene asked for names (its doer), of the same work as the last named, by
        # that name (看保管员邬长贵开箱… after 方案头一个讲前置点，写足写透, beside 多写保管员和司机
        # 冒雨进山…的事: blind106's “保管员是我库的一项重点工作”)
        if named and previous and named != previous and any(named in a for a in asked) and (
                home := stress_home(named, facts.tasks)) is not None and home is stress_home(
                previous, facts.tasks):
            named = previous
        # … in the text's words (《滃州政法》…登了工作室的做法 → 刊发, blind50)
        named = named or told_of.get(at, "")
        item = named or (previous if (_AT_LENGTH.search(sentence) or any(
            _BACKGROUND.search(_account_words(c)) for c in re.split(r"[，,：:]", sentence)))
                         and not other else "")
        # a 现场会 held where the unit is, naming no work, is of the one work the notes put
        # first (a 大事记's 6月17日 …在我县召开全市…现场会, blind54)
        # … or the one work they stress (马路医生, blind58's transcript)
        leads = firsts or items
        # (药田课堂 and 下地讲课, two names of one work put first: blind66)
        one = len({id(h) for i in leads if (h := stress_home(i, facts.tasks))}) == 1
        if not item and (len(leads) == 1 or one) and re.search(
                # (…在我们栲川开了全市…现场会: blind58's radio transcript)
                rf"在(?:我|咱们|我们)[^，,。]{{0,4}}(?:召开|开了|开过|开的)[^，,。]{{2,30}}"
                rf"{_FIELD_MEETING}|"
                # (…现场会就在我们这开的: blind63's, its work's name a label stripped)
                # (…现场会就是在我们会蹀坪村辅导点开的, blind123: printed as said in 成效)
                rf"{_FIELD_MEETING}[^，,。]{{0,4}}在(?:我|咱们|我们)[^，,。]{{0,10}}开的",
                sentence):
            item = leads[0]
        previous = item  # a work stays named while the sentences go on about it (blind48)
        if not item or _IN_TASK.search(sentence):  # a placing's statement: placed_in_tasks
            continue
        said = []
        when = ""  # 今年8月，全省…现场会在我县召开: a time standing alone goes with the next
        # 省林业和草原局随后发文，在全省推广“流动课堂”做法 (blind59's clipping): one clause
        sentence = re.sub(r"发文[，,]\s*(?=在全)", "发文", sentence)
        # (这是今年省里认可的亮点：7月省外办…推广了这个做法: the account after a colon, blind49)
        for n, clause in enumerate(re.split(r"[，,：:]", sentence)):
            # (3．今年9月，全省…现场会就是在我们…开的, blind117: a remark's number before it)
            if re.fullmatch(rf"\s*(?:{_REMARK_NO}\s*)?"
                            r"(?:今年|去年|前年|(?:19|20)\d\d年)?\d{1,2}月份?\s*", clause):
                when = re.sub(rf"^\s*{_REMARK_NO}", "",
                              clause).strip()
                continue
            clause, when = when + clause.strip(), ""
            # (…现场会就是在我们大楼开的 of a 百货大楼有限公司: the unit, blind102's 在大楼召开)
            # (… not a place the unit's name holds, 在我们泱河开的 of 泱河县…支行, nor in a 党支部's
            # plan, whose 我支部 held no meeting)
            # (… a place the notes name in full elsewhere: 在我们会馆开的 of the 醪阳会馆 the
            # association moved to, blind103's 在我会馆召开)
            clause = re.sub(r"在(?:我们|咱们)([\u4e00-\u9fff]{2})(?=开|召开)", lambda m: (
                "在SELF" if own_name.endswith(m[1]) and not branch
                # (not the body the unit is part of: 在我们医院开的 of a 疼痛科, not 在正规医院
                # of the card's 请到正规医院诊治, blind107)
                else f"在{full[0]}" if not host_noun(m[1]) and (full := re.search(
                    rf"(?<=[的至到])(?!我们|咱们)[\u4e00-\u9fff]{{2}}{m[1]}", facts.doc.notes))
                else m[0]), clause)
            # (…现场会就是在我们充装站开的: 在我公司充装站召开, blind124's reader of 在充装站;
            # not in a 党支部's plan, nor before the unit's own kind, 在我们学会的培训基地)
            if not branch:
                clause = re.sub(r"在(?:我们|咱们)(?!的|学会|协会|商会|公司|中心|单位|"
                                r"[会站所院局校馆队厂村镇乡县市区省])"
                                r"(?=[\u4e00-\u9fff]{2,8}?(?:基地|场|馆|园|部|室|楼|点|站|间|库)"
                                r"(?:召开|开))", "在SELF", clause)
            clause = _account_words(clause)  # before the filters: 这是, 那会儿
            if said and _visit_goes_on(said, clause):
                # 与会人员…，还在民宿里吃了农家菜 (blind55); …，看了我们的按摩师上门推拿
                # (blind63): what they saw, the unit's
                # (又看了我们认河的责任牌: blind81, 我们 printed)
                # (又翻了我们的设备声音档案: 又翻阅了我支部的…)
                clause = re.sub(r"^(又|还)([看翻查])了(?:我们|咱们)", lambda m: m[1] + {
                    "看": "察看", "翻": "翻阅", "查": "查阅"}[m[2]] + "了" + facts.unit.self_ref,
                                clause)
                # (又翻看了我们一摞一摞的红笔改稿档案: 又翻阅了一摞一摞的…, blind88)
                clause = re.sub(r"^(又|还)(翻看|查看)了(?:我们|咱们)的?",
                                lambda m: m[1] + {"翻看": "翻阅", "查看": "查阅"}[m[2]] + "了",
                                clause)
                said.append(re.sub(r"^看了((?:我们|咱们)的?)?", lambda m: "实地观摩" + (
                    "SELF" if m[1] else ""), clause).replace("SELF", facts.unit.self_ref))
                continue
            # 直通车9月份县卫健委在…: the work the sentence is about, no subject of it
            if n == 0 and len(item) > 4 and clause.startswith(item[-3:]) and re.match(
                    r"\d{1,2}月", clause[3:]):
                clause = _account_words(clause[3:])
            # 2．7月全省…现场会就在茇川开的 (blind72): a remark's number no part of it
            # (一、去年11月全市…现场会, blind90)
            if n == 0:
                clause = re.sub(rf"^\s*{_REMARK_NO}\s*"
                                r"(?=\d{1,2}月|今年|去年|(?:19|20)\d\d年)", "", clause)
            # 2．“指尖送暖”今年6月全省…现场会就在我院开的 (blind63): a remark's number and
            # the work named before its time are no part of the account
            if n == 0 and (bare := re.match(rf"\s*(?:\d{{1,2}}[.、．)）]\s*)?“?{re.escape(item)}”?"
                                            r"(?=今年|去年|(?:19|20)\d\d年|\d{1,2}月)", clause)):
                clause = _account_words(clause[bare.end():])
            # the item named in its outside account is said (全市食用菌产业联农带农现场会)
            if (len(clause) < 4 or (item in unquoted(clause) and not re.search(
                    rf"{_FIELD_MEETING}|简报|作为经验|刊发|观摩|^与会|发文", clause))
                    or _BOAST.search(clause)
                    or not _BACKGROUND.search(clause)
                    or _INSTRUCTION.search(clause)
                    # (看他跟调度对车号 after 跟随罗一鸣到…: the one followed, no speech's 他,
                    # blind99's account lost)
                    or _NOT_TEXT.search(re.sub(r"(?<=看)[他她](?=[\u4e00-\u9fff])", "其", clause)
                                        if re.search(r"跟随|跟着", clause) else clause)
                    or _SPOKEN_ONLY.search(clause) or _PLACED.search(clause)
                    or _IN_ORDER.match(clause) or _NAMED_PLACE.match(clause)
                    or _FIRST.search(clause) or _AT_LENGTH.search(clause)
                    or _NOT_WRITTEN.search(clause) or re.search(r"[你您？?]", clause)
                    # 现场会、简报、省局推广这几句; …那句可以带上 (blind59): the notes' own
                    or re.search(r"这几句|那句|这几行|可以带上", clause)
                    # 现场会、市里简报、市委组织部推广: the account's parts named, no account
                    or re.search(rf"{_FIELD_MEETING}、[^，,]{{0,8}}简报", clause)
                    # a year, a month or a 简报's issue may be said (2026年第18期工作简报;
                    # 7月, this year's); a count not
                    # (3号守望岗, 127号界碑: a name, blind77; 全省110接处警工作现场会: the
                    # meeting's, blind80)
                    # (a visited person's age: 一位92岁老校友家里, blind87)
                    # (… nor a height the visitors saw: 孩子们在1.2米的桩上走步, blind94)
                    or re.search(r"\d", re.sub(r"(?:19|20)\d\d年|第\d{1,3}期|(?<=一位)\d{2,3}岁|"
                                                r"(?<=在)\d+(?:\.\d+)?米(?=的|高)|"
                                                r"\d{1,2}月(?:\d{1,2}日)?|\d{1,4}号(?!人)|"
                                                # (7栋的盍成林, 5分钟装好担架: a building's
                                                # name, a time the visitors saw, blind99)
                                                r"\d{1,3}栋(?=的)|\d{1,2}分钟(?=[\u4e00-\u9fff])|"
                                                # (爬了主峰1800级台阶: a place's steps the
                                                # visitors climbed, blind112)
                                                r"\d{2,5}级(?=台阶)|"
                                                rf"\d+(?=[\u4e00-\u9fff]{{2,24}}{_FIELD_MEETING})",
                                                "", clause))):
                continue
            if m := re.match(r"(\d{1,2})月", clause):  # 7月份市里…: the last July (blind48)
                year = facts.doc.date.year - (int(m[1]) > facts.doc.date.month)
                clause = f"{year}年{clause}"
            clause = absolute_years(_tidy(clause), base).replace("SELF", facts.unit.self_ref)
            if "自主探索" in clause and facts.unit.self_ref not in clause:  # whose (blind33)
                clause = clause.replace("自主探索", f"{facts.unit.self_ref}自主探索", 1)
            said.append(clause)
        if said and said[0].startswith("在") and "推广" in said[0]:
            said = said[1:]  # 在全省推广过 with its agent left out (blind37): whose?
        if said and said[-1].endswith("会上"):
            said = said[:-1]  # 全市…工作会上 with what happened there left out (blind48)
        if said:
            # (实地观摩 said once: …实地观摩河段公示牌，又到水葫芦堆肥场察看, blind94's reader)
            # (every clause's people by name: 小卜 in full, a hospital's patient unnamed,
            # the clauses on what the visitors saw too: blind97)
            told = _unnamed_patient(facts, _full_names(facts, "，".join(said)))
            # (市商务局《…》…刊发了…，还发文在全市推广: whose 发文, blind102's reader; the
            # organ the subject of both, not named twice: 市卫健委在《…》…刊发了…，并发文…,
            # blind114's reader of 市卫健委…市卫健委还发文)
            told = re.sub(r"^((?:(?:19|20)\d\d年)?[省市县区][\u4e00-\u9fff]{1,10}?"
                          r"(?:局|委|厅|办|部|会|联|院|中心))(《[^》]{2,24}》[^，,]*)[，,]还发文",
                          r"\1在\2，并发文", told)
            head, seen, tail = told.partition("实地观摩")
            out.append((item, head + seen + tail.replace("实地观摩", "察看")))
    return tuple(out)


_TOLD_BACK = re.compile(r"^\s*(?:这些|这几句话?|这段话?|以上|上面这些|上面几句|这些话)"
                        r"[^，,。；;]{0,6}?放在([^，,。；;]{2,16}?)那一?[条块段项]")
"""A placing of the sentences before it (…简报第8期登了我们的做法。这些放在院坝问诊那条开头
说一次)."""


def _told_of(notes: str, items: Sequence[str]) -> dict[int, str]:
    """The stressed item each sentence of the notes (by its index in their split at
    _NOTE_SENTENCE) tells of by a placing after it on the same line (_TOLD_BACK: 这些放在
    绣坊那条开头说一次 after the 现场会 and the 简报, blind72's account naming no item)."""
    out: dict[int, str] = {}
    at = 0
    for line in notes.split("\n"):
        sentences = _NOTE_SENTENCE.split(line)
        for n, sentence in enumerate(sentences):
            if (m := _TOLD_BACK.match(sentence)) and (item := next(
                    (i for i in items if m[1] in unquoted(i) or _abbreviates(m[1], i)), "")):
                out.update({at + k: item for k in range(n)})
        at += len(sentences)
    return out


_AT_LENGTH = re.compile(r"写足|写实|多写|写细|写透|展开写|铺开写|写得厚实|多给篇幅|给得?最多|"
                        r"写扎实|篇幅给足|给足篇幅|讲透|讲足|讲细|写厚|写得厚|舍得给")
"""Notes asking for more of one thing than the facts may give (春运那一块一定要写足)."""


_BARE_AT_LENGTH = re.compile(r"\s*(?:这个|这一?[条块段项]|这一块)?(?:也)?(?:一定)?要?"
                             r"(?:一步一步|一样一样|一条一条|一件一件|逐项|逐条)?"
                             r"(?:(?:写足|写透|写细|写实在?点?|写扎实|展开写|铺开写|"
                             r"讲透|讲足|写厚(?:实|一点|点|些)?|篇幅(?:要)?给得?(?:最多|多一些|多点)|"
                             r"多写(?:几句|几段|点|一些|一点)?|(?:今年)?篇幅给足|给足篇幅)[、和]?){1,3}\s*")
"""A clause asking for length and naming nothing (送药下乡放在做法第一条，写足)."""

_PLACED = re.compile(r"(?:(?:放|写|归|挂|挪)(?:在|到|进)|"
                     # “做到四个严格”放规范执法那段里讲清楚 (blind37: printed in 基本情况)
                     r"放(?=[^，,。；;在到进]{2,16}?(?:那一?块|那部分|那段|那一?条)))"
                     r"([^，,。；;]{2,24}?)"
                     # (…坐下来喝碗茶说开那条: 下 of 坐下来 ends no place, blind89)
                     # (半夜来了中毒病人那条: 中 of 中毒 ends no place either)
                     r"(?:那一?块|那部分|那段|那一?条|部分|里面?|中(?=[，,。；;讲说写]|$)|的地方|"
                     r"这一?块|下面|后面|前面|后头|前头|"
                     r"下(?=[，,。；;讲说写]|$)|"
                     r"(?<=目标|思想|要求)(?=[，,。；;]|$))")
"""Where the notes put a slogan (放在宣传教育那块里说清楚; 放到“科学训练出成绩”讲安全的
地方说)."""


def _slogan_names(text: str) -> set[str]:
    """What the notes may call a slogan (its `text` as the facts give it): itself, without
    its verb (两条红线 of 守住两条红线), its quoted name (“四服务” of 坚持“四服务”…), its
    numbered tail (四项宗旨 of 践行福彩四项宗旨, blind32)."""
    bare = unquoted(text)
    names = {bare, bare[2:]} if len(bare) >= 6 else {bare}
    names |= set(re.findall(r"“([^”]{2,12})”", text))
    tail = re.search(r"[一二两三四五六七八九十]+[项个条种大]?[\u4e00-\u9fff]{1,3}$", bare)
    return names | ({tail[0]} if tail and len(tail[0]) >= 3 else set())


_EXPLAINED = re.compile(r"讲清楚|说清楚|写清楚|讲透|讲明白|说明白|解释清楚")
"""Notes asking a slogan explained where it goes (“守住两条通道”放在鱼刺急诊那条里讲清楚)."""


def explain_asked(facts: Facts, text: str) -> bool:
    """Whether the notes ask the slogan `text` explained (_EXPLAINED) in the clauses said of
    it: its items named there even where the task's words say each in part (blind95's
    reader: 围绕“守住两条通道” beside 咽喉异物急诊…危重气道…抢救 never names the two)."""
    names = _slogan_names(text)
    others = _other_names(facts, text)
    return any(_EXPLAINED.search(c) for sentence in re.split(r"[。；;\n]", facts.doc.notes)
               for c in _own_clauses(sentence, names, others))


def _own_clauses(sentence: str, names: set[str], others: set[str]) -> list[str]:
    """The clauses of a sentence of the notes from the first naming a slogan (`names`) to
    the one before a clause naming another (`others`): what is said of that slogan."""
    clauses = re.split(r"[，,\s]+", sentence)
    at = next((i for i, c in enumerate(clauses) if any(n in unquoted(c) for n in names)), None)
    if at is None:
        return []
    end = next((i for i in range(at + 1, len(clauses))
                if any(o in unquoted(clauses[i]) for o in others)), len(clauses))
    return clauses[at:end]


def _other_names(facts: Facts, text: str) -> set[str]:
    """What the notes may call the facts' other slogans."""
    return {n for s in facts.slogans if s.text != text
            for n in _slogan_names(s.text)} - _slogan_names(text)


def untied(facts: Facts, text: str) -> bool:
    """Whether the notes ask a slogan not to be tied to each task (“三个福彩”开头总的讲一下
    就行，不要每条都套; “一事三帮”…不要每条措施都去套: both blind32 writers tied it to each)."""
    names, others = _slogan_names(text), _other_names(facts, text)
    # “一二三”工作思路在开头总的提一次就行 (blind45): a member's group names it too
    group = next((s.group for s in facts.slogans if s.text == text and s.group), "")
    names |= _slogan_names(group) if group else set()
    # …开场点一句就行, 四个不在开头总的提一句就行 (blind34): said once, at the opening
    # …别每段都挂, 别每条都拉出来说, 其他地方不再重复 (blind36)
    return any(re.search(r"(?:不要|不用|别|不必)每[条项段](?:措施|任务|做法)?都?去?[套挂扣提拉]|"
                             r"每[条项段](?:措施|任务|做法)?都?(?:不要|不用|别|不必)再?[套挂扣提拉]|"
                             r"(?:开头|开场|开篇)总的提一(?:次|下|句)|"
                             r"(?:开头|开场|开篇)[^，,。]{0,8}(?:点|提)一(?:句|下)(?:就行|即可|就够)|"
                             # (“念好两本致富经”问候完就点一句, blind107: 围绕… in a task)
                             r"(?:问候|称呼|问完好)完?[^，,。]{0,8}?就(?:点|提)一(?:句|下)|"
                             # …总结开头点一句就够，后面不挂 (blind63)
                             r"后面(?:各条|各段)?(?:就)?不(?:再)?挂|"
                             r"(?:开头|开场|开篇)(?:讲|说|提)一(?:次|遍)|每一?段都[套挂]|"
                             # 别的地方不再重复, 别处不重复 (blind44: tied to two tasks)
                             r"(?:其他|别的|其余)(?:地方|部分|各节|各段)(?:就)?不(?:要)?再?"
                             r"(?:重复|提|出现)|别处(?:就)?不(?:要)?再?(?:重复|提)",
                             "，".join(_own_clauses(s, names, others)))
               for s in re.split(r"[。；;\n]", _said(facts.doc.notes, asides=False)))


def placed(facts: Facts, text: str) -> str:
    """Where the notes ask a slogan to be said (its `text` as the facts give it): the
    words naming that part of the document (宣传教育; “科学训练出成绩”讲安全), "" when
    they put it nowhere. 放在最前面 is no part (_LEADS)."""
    names = _slogan_names(text)
    # a chat's question and its answer are one sentence (问：“七声”服务放哪？\n答：归到窗口
    # 服务那一条里讲, blind26); 里要有 puts the slogan in the part before it (指导思想里要有
    # “四个最严”)
    # … and so are a chat's, with no labels (四项宗旨放哪里讲？\n放在公益活动那块里, blind32)
    # “三个转向”全文出现了四次，太多了。指导思想里讲一次就够 (a line, blind34)
    # … in its own sentence of the line (“建好三个阵地”在指导思想里讲一次就够；“办好四季
    # 文化”放在职工文化活动那条里说清楚: the second is the task's, blind38)
    for line in re.split(r"[\n；;]", facts.doc.notes):
        # … the clause naming it (“三良”指导思想里讲一次就够，“五心服务”放在科技下乡那条里:
        # 五心服务 is the task's, blind41, where the guard put it back into 指导思想)
        # (the line's only slogan: “三道防线”全文出现了四次…。指导思想里讲一次就够, blind34)
        alone = not any(o in unquoted(line) for o in _other_names(facts, text))
        for clause in [line] if alone else re.split(r"[，,。]", line):
            # (…指导思想里带一次, blind110: loose in 工作目标 and atop 主要工作)
            part = re.search(r"(指导思想|工作目标|总体要求)里(?:完整)?(?:讲|写|说|提|表述|带|点)",
                             clause)
            if part and any(n in unquoted(clause) for n in names):
                return part[1]
    notes = re.sub(r"[？?]\s*\n\s*答[：:]", "，", facts.doc.notes)
    notes = re.sub(r"[？?]\s*\n(?=\s*(?:就|还是)?(?:放|写|归|挂)(?:在|到|进))", "，",
                   _said(notes, asides=False))
    # an interview's question naming a slogan and the answer about it (“同心三联”呢？\n宋：
    # 那是我们支部的老传统了…这个写进支部年度目标里, blind36): one text, 这个 the slogan
    notes = re.sub(r"(“[^”\n]{2,12}”)呢[？?]\s*\n", r"\1，", notes)
    others = _other_names(facts, text)
    before = ""
    for sentence in re.split(r"[。；;\n]", notes):
        if not sentence.strip():
            continue  # a line's end after its 。: the sentence before stays the one before
        prev = before
        # (…就是我们说的“拧紧五颗安全螺丝”：…。放在量轨距、查设备那条里讲清楚，别处不挂:
        # the place said in a sentence of its own, blind67)
        # (计划里放在跟银行一起拦转账那条里讲清楚 after the sentence naming it, blind72)
        if re.match(r"\s*(?:(?:计划|方案|总结|汇报|材料)[里中])?(?:这个|这条|这一条|它|"
                    r"(?:放|写|归|挂)(?:在|到|进))", sentence) \
                and not any(n in unquoted(sentence) for n in names):
            sentence = f"{before}，{sentence}"
        before = sentence
        # 根治欠薪是…看家本领，放在…第一条；“实现三个全覆盖”只在这一条里完整讲一遍: the
        # work the sentence before is about (blind38: the slogan went to 工作目标)
        # … or the work its own first clause names (农民工权益那条紧跟在文明工地后面，“两个
        # 确保”归到这一条里, blind40)
        # (…那块，“管牢三扇门”就放在那一条里讲清楚: the work its first clause names, blind123)
        this = re.search(r"(?:在[这那]一?[条块段]里?(?:完整)?(?:讲|写|说|表述)|"
                         r"(?:归|放|写)(?:到|进|在)[这那]一?[条块段])", sentence)
        # (病房里陪病人、帮病人了心愿、给家属做疏导那块，“践行三个陪伴”就放在这一条里: blind68)
        about = (re.match(r"\s*(?:[-·•]\s*)?([^，,是“”：:]{2,24}?)那一?[条块]", sentence)
                 or re.match(r"\s*(?:[-·•]\s*)?([^，,是“”：:]{2,12})是", prev)
                 # …只在马路医生那条开头说一次。“三个当日”放在这一条里讲清楚 (blind58)
                 or re.search(r"(?<=[在到])([^，,。是“”：:]{2,8}?)那一?[条块]", prev)
                 # …这些放在“老树换新头”那条开头说一次。“种好两片林”就放在这一条里讲清楚
                 # (blind123: hung on the practices' lead-in)
                 or re.search(r"(?<=[在到])(“[^”]{2,12}”)那一?[条块]", prev)
                 # 第二讲给村里…老人建档、隔两个月上门号脉那块。“坚持三问”…放在这一条里
                 # 讲清楚 (blind77)
                 or re.search(r"(?:第[一二三四五六七八]|头一)个?(?:讲|写|说)([^。是“”：:]{2,30}?)"
                              r"那一?[条块]", prev)
                 # 食堂师傅中午把饭菜装进保温箱…那块，总结第二个讲。“做实三助服务”就放在这一条里
                 # 讲清楚 (blind103: its place after it)
                 or re.search(r"([^。是“”：:，,☉]{2,40}?)那一?[条块][，,]\s*"
                              r"(?:总结|计划|方案|汇报)?(?:第[一二三四五六七八]|头一)个?(?:讲|写|说)",
                              prev))
        if this and about and any(n in unquoted(sentence[:this.start()]) for n in names):
            return about[1]
        # “两张牌”“三条红线”开头总的讲一下，“五好”放在思想道德教育那条里: each its own
        # clause's place (blind32: all three went to 思想道德教育), or the next clauses'
        # before another slogan's (三道防线放在安全文化那块里头讲，四特精神呢，放到企业文化
        # 那块去; 三项制度放规范执法那段 四个不在开头…: blind34)
        for own in _own_clauses(sentence, names, others):
            if _LEADS.search(own) or re.search(r"开头|开场|开篇|总的讲|总体讲|统起来讲", own):
                return ""
            # …应在善款募集和管理一节完整表述; “三个品牌”于救助品牌一节表述 (blind35)
            m = (_PLACED.search(own) or re.search(r"放([^，,。\s]{2,8}?)那一?[段条块]", own)
                 or re.search(r"(?:应?在|于)([^，,。；\s]{2,12}?)一节", own)
                 # 只在水利惠民那一条里完整讲一遍 (blind36's 修改对照表)
                 or re.search(r"在([^，,。；\s]{2,8}?)那一?[段条块]里?(?:完整)?(?:讲|写|说|表述)",
                              own))
            if m and not re.match(r"开头|前面|最前|后面|最后|结尾", m[1]):
                return m[1]
        said = unquoted(sentence)
        inside = re.search(r"([^，,。；;·•\s]{2,8}?)里要有", sentence)
        if inside and any(n in said[said.find("要有"):] for n in names):
            return inside.group(1)

        if any(n in said for n in names) and not _LEADS.search(sentence):
            m = _PLACED.search(sentence)
            if m and not re.match(r"开头|前面|最前|后面|最后|结尾", m.group(1)):
                return m.group(1)
    return ""


_IN_PASSING = re.compile(r"开头(?:总的)?(?:提|点|说|讲)一(?:句|下)|提一(?:句|下)就(?:行|够)|"
                         r"后面不挂|"
                         r"别每[段条]都挂|不用每[段条]都挂")
"""Notes asking a slogan named once in passing (“六进”宣讲开头提一句，后面不挂, blind49)."""


def in_passing(facts: Facts, text: str) -> bool:
    """Whether the notes ask the slogan (its `text` as the facts give it) only named in
    passing (_IN_PASSING): no measures are asked for its items (a blind49 reader struck
    【待补充：“进村组”“进企业”的具体措施】 after 开头提一句，后面不挂)."""
    names = _slogan_names(text)
    return any(any(n in unquoted(s) for n in names) and _IN_PASSING.search(s)
               for s in re.split(r"[。；;\n]", facts.doc.notes))


_AT_OPENING = re.compile(r"(?:开头|开场白?|开篇)(?:第一段|头一段|那段)?(?:里)?(?:总的|就)?"
                         r"(?:提|点|说|讲|带|亮)|"
                         # (总结开篇第一段提一句; 汇报一开口就带上: blind93; 开场白里带一句,
                         # 计划头一段提一下, 一开篇问候完就亮出来: blind94)
                         r"一?开口就?(?:提|点|说|讲|带)|(?:计划|方案|总结|汇报)?头一段(?:里)?"
                         r"(?:提|点|说|讲|带)|"
                         r"(?:放|写)(?:在)?(?:开头|开篇)|"
                         # (问候完考评组就点一句, blind91)
                         # (总结第一段带一下, blind97)
                         r"(?:计划|方案|总结|汇报)第一段(?:里)?(?:提|点|说|讲|带)|"
                         # (问完好就把“抻好三根面”亮一下, blind96)
                         r"(?:问候|称呼|问完好)完?[^，,。]{0,8}?就?(?:提|点|说|讲|带|亮)")
"""Notes placing a slogan at the document's start (“两个守护”开头提一句; “三型”风电场开头讲
一次就行, blind51; “推进两个清洁”开场点一句就行, blind56)."""


def at_opening(facts: Facts, text: str) -> bool:
    """Whether the notes place the slogan (its `text`) at the document's start, in the
    clause naming it (_AT_OPENING): a plan states it in its opening sentence (blind50's and
    blind51's readers of both writers: “四邻”公约、“两个守护”、“三型” stood as a bare line
    in 工作目标)."""
    names = _slogan_names(text)
    others = _other_names(facts, text)
    # … or in a clause after it about it (“坚持三个带回”就是这一句，开头点一句就行: blind68)
    return any(_AT_OPENING.search("，".join(_own_clauses(s, names, others)))
               for s in re.split(r"[。；;\n]", facts.doc.notes))


def slogan_leads(facts: Facts) -> bool:
    """Whether the notes put one of the slogans before everything else (“聚焦两个重点”…放在
    最前面说，后面的内容按这两个重点展开): a summary's practices then open with it, its
    year's indicators after the practices (both blind23 readers: the indicators and an
    honour came first)."""
    return any(_leading(facts, s) for s in re.split(r"[。；;\n]", facts.doc.notes))


def _leading(facts: Facts, sentence: str) -> list[Slogan]:
    """The slogans a sentence of the notes asks to lead the text (_LEADS), by their text
    with or without quotes; [] for any other sentence."""
    if not _LEADS.search(sentence):
        return []
    bare = unquoted(sentence)
    return [s for s in facts.slogans if unquoted(s.text) in bare]


_FIRST = re.compile(r"放(?:在)?最?前面?|放第一|第一个(?:说|写|讲)|排(?:在)?第一|往前排|第一位|打头|"
                    # 做法第一条写“阳光村账” (blind54)
                    r"(?:做法|措施)?(?:第一条|头一条)(?:写|讲|是)")
"""Notes asking the stressed work to open the practices (爱心送考…放前面，写足, blind25)."""


_NAMED_PLACE = re.compile(r"\s*(?:(?:今年|明年|全年)?的?(?:工作)?(?:计划|方案|总结|汇报)"
                         r"(?:里|中)?)?"
                         r"(?:[一二三四五六七八九十]是)?(?:措施|做法|任务)?(?:第|头(?=一))"
                         r"([一二三四五六七八])(?:条|项|块|个)?"
                         r"(?:写|是|放|讲|说)(“?[^，,。；;”]{2,30}?(?:”[^，,。；;“”]{0,4})?)"
                         r"(?:那一?[条块段])?$")
"""A clause naming what goes in a place: 措施第一条写“一件事一次办” (blind29), 头一条写高粱
订单助农, 第二写工匠精神 (blind32: neither read), 第一个讲“青瓯学堂” (blind47), 第三讲派人到
乡镇卫生院手把手带检验员那块 (blind69: a long paraphrase lost)."""
_SPEAKER = re.compile(r"^(?:他|她|[\u4e00-\u9fff]{1,2}[长总任记])说")
"""Who said it, before what the notes name (顺序他说劳模疗休养打头, blind45)."""
_ORDINALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8}
_IN_ORDER = re.compile(r"^\s*(?:把)?([^，,。；;：:（(]{2,24}?)"
                       r"(?:那[一两]?[条段]|那块|这条|这块|的工作)?要?(?:放|排|摆|[挪调移提]到)?(?:在)?"
                       r"(?:做法|措施|任务|工作)?(?:第([一二三四五六七八])(?:条|个|位|项)?|"
                       r"(最前面?|最前头|打头|头里|前头|(?<=[放排])头一[个条])|"
                       r"(最后(?:一条|一个|面)?))(?=[，,。；;、]|写|说|讲|$)")
"""A clause of the notes giving a task its place (保育照护放第一条, 院感放第二, 党建那条放
最后, 日常巡查第一, “助企服务”挪到第一条)."""


def _shorthand(sentence: str) -> str:
    """A to-do list's shorthand in words (blind38): 做法第一块 = 文化惠民 → 做法第一块写文化
    惠民; 思想道德那块 move 到后面 → 思想道德那块往后放."""
    sentence = re.sub(r"(第[一二三四五六七八]块)\s*=\s*", r"\1写", sentence)
    # 他说打头写“代理家长”: the first place named before its work (blind49)
    # … 做法打头写“阳光工坊” (blind51)
    sentence = re.sub(r"(?:^|(?<=[，,]))\s*(?:他|她)?说?((?:做法|措施|任务)?)打头(?=[写讲说])",
                      lambda m: f"{m[1]}第一个" if m[1] else "第一", sentence)
    return re.sub(r"\s*move\s*到后面", "往后放", sentence, flags=re.IGNORECASE)


_PARTS = re.compile(r"来历|历史|沿革|[校院馆厂]史|开头|结尾|标题|指导思想|基本情况")
"""The document's own parts, no work to order or stress (来历放最前面, blind50)."""


@lru_cache(maxsize=64)
def ordered(facts: Facts) -> tuple[tuple[str, int], ...]:
    """The places the notes give the tasks, as (what the notes call the task, its place:
    1, 2, … or -1 for the last), in the notes' order (blind28: each of six notes set the
    order of its practices, and no draft followed it). Cached: every section's tasks are
    arranged by it."""
    out: list[tuple[str, int]] = []
    brand_before = ""  # the brand the last sentences name
    before = ""  # the sentence before
    for sentence in re.split(r"[。；;\n]", _said(facts.doc.notes, asides=False)):
        # 这一块说的就是以前嫁姑娘…，现在红白理事会管着。这个汇报里排第三讲 (blind119: what
        # the part of a pasted text is about, placed by the sentence after it)
        about_part = re.match(r"\s*这一?[块条段]说的(?:就)?是(.{4,60})", before)
        before = sentence
        if about_part and (place := re.fullmatch(
                r"\s*这个?(?:汇报|总结|计划|方案)?(?:里|中)?(?:排|放)(?:在)?第([一二三四五六七八])"
                r"[个条]?(?:讲|写|说)?\s*", sentence)):
            out.append((about_part[1], _ORDINALS[place[1]]))
            continue
        # 做法按这个顺序排：节约、服务质量、志愿服务…: each item its place (blind30)
        listed = re.match(r"[^：:]{0,16}顺序(?:排|来|写)?[：:]\s*([^，,]+(?:、[^，,、]+){2,})\s*$",
                          sentence) or re.match(
            # 甘：送技上门、防疫示范岗、…、发展党员，就按这个排 (blind55: the list before)
            r"\s*(?:[^：:，,]{0,8}[：:])?\s*([^，,：:]+(?:、[^，,、]+){2,})[，,]\s*(?:就|都)?"
            r"(?:按|照)(?:这个|此)(?:顺序)?(?:排|来|写)", sentence)
        if listed:
            out += [(re.sub(r"^(?:再|然后|最后)", "", w.strip()).strip("“”"), n)
                    for n, w in enumerate(listed.group(1).split("、"), start=1)]
            continue
        sentence = re.sub(r"^.*?(?:顺序|按这个顺序排)[：:]", "", sentence)
        # 这是第二个讲的：成员校的娃周末住校…那块 (blind102: its place before a colon)
        sentence = re.sub(r"^\s*(?:这|这个|这块)?是?第([一二三四五六七八九十])个?"
                          r"(?:讲|写|说)的?[：:]", r"第\1讲", sentence)
        sentence = _shorthand(sentence)
        # 第二写…，接着是服务网点、秸秆; 剩下学习、三会一课、发展党员按原来的次序排在后面
        # (blind56): each after the last place given, in the list's order
        # (剩下学习、三会一课、发展党员、廉政照原来的先后放在后面: 廉政, blind66)
        runs = [run[1].split("、") for run in re.finditer(
            r"(?:接着是|然后是|再往后是|剩下的?|其余的?)([^，,。：:]{2,12}"
            r"(?:、[^，,、。]{2,12}?)+?)(?=[，,。]|$|(?:按|照)(?:原来|原稿))", sentence)]
        sentence = re.sub(r"(?:接着是|然后是|再往后是|剩下的?|其余的?)[^，,。：:]{2,12}"
                          r"(?:、[^，,、。]{2,12})+?(?=[，,。]|$|(?:按|照)(?:原来|原稿))[^，,。]*",
                          "", sentence)
        # 根治欠薪是2025年最大的亮点，放第一条: the place of what the sentence is about
        about = re.match(r"\s*(?:\d{1,2}[.、．)）]\s*)?([^，,是]{2,12})是", sentence)
        placed_here = len(out)
        pieces = re.split(r"([，,、])", sentence)
        clauses, joined = pieces[::2], ["", *pieces[1::2]]

        def block_rest(at: int, clause: str, clauses: list[str] = clauses,
                       joined: list[str] = joined) -> str:
            """The clauses from `at` up to the one ending its 那块 (three at most, thirty
            characters), with their marks: a place named over them (…，一遍一遍调燃烧器、
            算气耗那块); "" when `clause` ends its block itself or none does."""
            end = next((k for k in range(at, min(at + 3, len(clauses)))
                        if re.search(r"那一?[条块段]$", clauses[k])), None)
            if (end is None or joined[at] not in "，," or re.search(r"那一?[条块段]$", clause)
                    or len("".join(clauses[at:end + 1])) > 30):
                return ""
            return re.sub(r"那一?[条块段]$", "", "".join(
                j + c for j, c in zip(joined[at:end + 1], clauses[at:end + 1], strict=True)))
        for n, (previous, clause) in enumerate(zip(["", *clauses], clauses, strict=False)):
            # ——聂场长：做法第一条写志愿服务; 措施排一下：投诉调解第一 (blind42: a speaker's or
            # a lead's colon before the place)
            clause = re.sub(r"^[^：:“”]*[：:]", "", clause)
            clause = re.sub(r"^\s*\d{1,2}[.、．)）]\s*", "", clause)  # 3．第二条写… (blind54)
            # 医德医风往后放，放第三: the place of the work the clause before moved
            # (blind42: read as the last)
            then_place = re.fullmatch(r"\s*(?:放|排)(?:在)?第([一二三四五六七八])(?:条|个|位)?",
                                      clause)
            if then_place and len(out) > placed_here:
                out[-1] = (out[-1][0], _ORDINALS[then_place[1]])
                continue
            # 二是做法第一条写收费服务: the notes' own list, not the work's (blind39)
            clause = re.sub(r"^\s*[一二三四五六七八九十]是"
                            r"(?=[^，,]{0,6}(?:第[一二三四五六七八]|放|排|打头))", "", clause)
            # 服务网络那条跟在培训后面; 学习那条往后放 (blind31: neither followed)
            # 亲情帮教跟在它后面写, 资助和控辍保学紧跟在后面: the one just placed (blind33)
            after = re.match(r"\s*(.{2,10}?)(?:那一?[条段]|那块)?(?:紧?跟在|[放排接]在)(.{0,10}?)"
                             r"(?:那一?条)?后面?写?$", clause)
            # 帮扶老矿工跟着 (blind63): right after the work just placed
            follows = re.match(r"\s*(.{2,10}?)(?:那一?[条段块])?紧?跟着$", clause)
            if follows and len(out) > placed_here and out[-1][1] > 0:
                out.append((unquoted(follows[1]), out[-1][1] + 1))
                continue
            it = after is not None and re.fullmatch(r"它|这条|这一条|前面那条|上面那条|", after[2])
            earlier = next((p for w, p in out[::-1] if after and (it or w in after[2])), None)
            # (调解那两条（庭前调解、“1+3”网络）接在后面: a list in brackets, no one work)
            if after and earlier is not None and earlier > 0 and not re.search(r"[（(、）)]",
                                                                                after[1]):
                out.append((unquoted(after[1]), earlier + 1))
                continue
            # 总结里头打头的就是安全文化…，其次是关爱矿工…，其次是党建 (blind34's voice)
            head = re.match(r".{0,8}?打头的?(?:就)?是([^，,]{2,8}?)(?:这个|那个|这块|$)", clause)
            then = re.match(r"\s*其次(?:是|写)([^，,]{2,8}?)(?:这个|那个|这块|[^\u4e00-\u9fff]|$)",
                            clause)
            if head or (then and out and out[-1][1] > 0):
                out.append((head[1] if head else then[1], 1 if head else out[-1][1] + 1))
                continue
            if _BEFORE.match(clause):  # 志愿服务挪到法治宣传前头: ordered_before's
                continue
            later = re.match(r"\s*(.{2,10}?)(?:那一?[条段]|那块)?(?:往后放|放后面|往后排|靠后)$",
                             clause)
            # (其余照原稿的先后往后排: the rest as they were, no work: blind76)
            if later and not re.search(r"原稿|原来的|先后", later[1]):
                out.append((unquoted(later[1]), -1))
                continue
            # 早筛是咱们的看家本领，放做法第一条 (blind42); …顺序，老区调研帮扶是我们会里的
            # 本行，放头一个 (blind45: the clause before names it, not the sentence's head)
            # (第3章讲的就是反诈宣讲那块，计划里排第三: what it is, blind77)
            # (老先生带徒弟、手把手教认药开方那块，方案里排第三: blind77)
            lead = "".join(c + j for c, j in zip(clauses[:n], joined[1:n + 1], strict=True))
            put_block = False
            said = (re.search(r"(?:就是)?([^，,。：:是“”]{2,24}?)(?:那一?[块条段]|这一?块)[，,]?$",
                              lead)
                    or re.match(r"\s*([^，,是]{2,12})是", previous) or about)
            # (食堂师傅中午把饭菜装进保温箱、网格员…送到…老人手上那块，总结第二个讲: the
            # scene is the work, blind103's reader found it missing)
            told_at = re.fullmatch(r"\s*(?:(?:计划|方案|总结|汇报)(?:里|中)?)?"
                                   r"(?:第([一二三四五六七八])|(头一))个?(?:讲|写|说)", clause)
            block = told_at and re.search(r"([^，,。：:是“”]{12,40}?)那一?[块条段][，,]?$", lead)
            if block:
                out.append((unquoted(block[1]), _ORDINALS[told_at[1]] if told_at[1] else 1))
                continue
            if said and (put := re.match(r"\s*(?:(?:计划|方案|总结|汇报)(?:里|中)?)?(?=(?:放|排)"
                                         r"(?:在)?(?:做法|措施|任务)?的?"
                                         r"(?:第[一二三四五六七八]|最前|最后|头一[个条]))",
                                         clause)):
                clause = said.group(1) + clause[put.end():]
                # (its words are the work's, not the writer's: …睡一觉就做完、一点不难受那块，
                # 总结里排第二讲, blind83, whose 一点 read as an instruction)
                put_block = True
            # 措施第一条写“一件事一次办”，第二条写数字助老 (blind29)
            named = _NAMED_PLACE.match(clause)
            if named:
                what = unquoted(named[2])
                # 第三讲考证、学手艺那块: the pieces after it name the work too (blind70)
                nxt = n + 1
                closed = bool(re.search(r"那一?[条块段]$", clause))
                while nxt < len(clauses) and joined[nxt] == "、" and not closed:
                    closed = bool(re.search(r"那一?[条块段]$", clauses[nxt]))
                    what += "、" + re.sub(r"那一?[条块段]$", "", clauses[nxt])
                    nxt += 1
                # (… its block closed by its 那块, not the next place's: 第二讲车间里磨辊、筛子、
                # 除尘一样一样查那块，第三讲跑超市…那块, blind105's order lost)
                if closed:
                    out.append((what, _ORDINALS[named[1]]))
                    continue
                # 第二讲洞里一报警，救援班的人拎着灭火器…跑到现场那块: the clause after, up
                # to its 那块, goes on naming it (blind90: placed by 洞里一报警 alone)
                # (… over its 、 too: 技术员蹲在窑边，一遍一遍调燃烧器、算气耗那块, blind92)
                what += block_rest(nxt, clause)
                out.append((what, _ORDINALS[named[1]]))
                continue
            # 接着讲晚上守宿舍、管孩子吃住那块: the place after the last one given (blind69)
            # (接着讲冬天早上六点半，老师…跑那块: the clause after, up to its 那块, goes on
            # naming it, blind92)
            going_on = re.match(r"\s*(?:接着|然后|再)(?:讲|写|说)([^，,]{2,24}?)"
                                r"(?:那一?[条块段])?$", clause)
            given = [p for _, p in out if p > 0]
            if going_on and given:
                out.append((unquoted(going_on[1] + block_rest(n + 1, clause)), max(given) + 1))
                continue
            m = _IN_ORDER.match(clause)
            if m is None or (_INSTRUCTION.search(m.group(1)) and not put_block
                             and not re.search(r"那条|那块", clause)):
                continue
            # 党员认管段、在地里走线那块打头: the work is both pieces (blind69: 在地里走线
            # alone named the 进村 task)
            if joined[n] == "、" and n and not _IN_ORDER.match(previous) \
                    and not _NAMED_PLACE.match(previous):
                m = _IN_ORDER.match(f"{previous}、{clause}") or m
            # 3·15第二: a name that opens with its digits (blind42), not a list's mark
            what = unquoted(re.sub(r"^.*】|^\s*\d{1,2}[.、．)）]\s*|^[^\u4e00-\u9fff“\d]+|"
                                   r"^(?:其余|其他|顺序)|"
                                   r"^[一二三四五六七八九十]、|"
                                   r"^(?:做法|措施)(?:部分|里|中)?|那一?段$|[呢吧啊的]$|"
                                   # 收储征迁是我们的本行放头一个 (blind46)
                                   r"是(?:我们|咱们)?的?[^，,]{0,6}(?:本行|招牌|主业|老本)$", "",
                                   m.group(1)))
            # 顺序他说劳模疗休养打头, 政治学习呢放第二 (blind45)
            what = _SPEAKER.sub("", what)
            # 是支部的招牌，明年计划打头写: the work the sentence names (blind76)
            what = _antecedent(facts, what, lead)
            # (放心消费 is a work: blind56's 放心消费排第二个写 lost)
            # (放鱼养水 is a work too: blind63's 放鱼养水第三 lost)
            if (len(what) >= 2 and not re.match(r"(?:放|排|摆)(?=在|到|第|最|头|前|后|进)|写|"
                                                r"重点|亮点|特色", what)
                    and "那块" not in what
                    # 来历按我最后写的来: where the leader wrote it (blind66)
                    and not re.search(r"按[我你他]$|^来历|原稿|原来的|先后", what)
                    and not re.search(r"在全|全[市县省行国]", what)):  # a rank, no place
                out.append((what, _ORDINALS[m[2]] if m[2] else 1 if m[3] else -1))
        # 学习、三会一课、发展党员这三样老规矩的，照原来的先后放在最后 (blind57): each last,
        # in their order
        # … 学习、三会一课、发展党员照原来的次序放在后头 (blind59)
        # (not 然后再写展览、社教，党建那块放最后: blind27's, each its own place)
        # … 学习、三会一课、发展党员三块挪到最后，先后不动 (blind62)
        # … 学习、三会一课、发展党员、廉政，照原稿的先后排在后头 (blind69)
        last = re.search(r"([^，,：:]{2,12}(?:、[^，,、：:]{2,12}?)+?)"
                         r"[，,]?(?:这?[两三四五几](?:样|块|项)[^，,]*?|照原(?:来|稿)的?(?:先后|次序|顺序))"
                         r"[，,]?[^，,]{0,12}?"
                         r"(?:放|排|挪|移)(?:到|在)?(?:最后|后头|后面)", sentence)
        if last:
            out = [o for o in out if not re.search(r"原来|原稿|先后|次序", o[0])
                   and o[0] not in last[0]]
            out += [(w.strip("“”"), -1)
                    for w in last[1].split("、")]
        # …那块，就是我们的“桩长制”，是公司最拿得出手的，总结头一个讲 (blind78): the brand
        # the sentence names, when it placed nothing else
        # (… or the sentence before: 这是支部的招牌，计划打头写, blind88)
        own_brand = _BRAND.search(sentence)
        if len(out) == placed_here and re.search(r"(?:头一个|第一个)(?:讲|写|说)|打头", sentence) \
                and (own_brand or (brand_before and re.match(_THIS_BEST, sentence))):
            out.append((own_brand[1] if own_brand else brand_before, 1))
        brand_before = own_brand[1] if own_brand else brand_before
        for run in runs:  # after the places the sentence gave
            last = max((p for _, p in out if p > 0), default=0)
            out += [(w.strip("“”"), last + n) for n, w in enumerate(run, 1)]
    out = list(dict.fromkeys(out))  # said twice (放在做法第一条 … 做法第一块 = 志愿服务)
    named = {w for w, _ in out}
    # the places given already, each to a task no other place names (头一个讲村里办米粉坊那块
    # is 壮大村集体经济's, not the 改善村里基础设施 its 村里 names: blind71; 给各村浇地放水,
    # whose words name the 夜巡队 placed first, gives its place to the cue's task: blind65)
    homes = [(q, id(h)) for w, q in out if (h := stress_home(w, facts.tasks)) is not None]
    # (… one task said twice at one place is still that place's: 无语良师 and its scene 党员半夜
    # 接到电话，赶到捐献者家里接大体老师… both first, blind76 since blind92's longer scenes)
    taken = {q for q, h in homes if all(g == h for p, g in homes if p == q)
             and all(p == q for p, g in homes if g == h)}
    return tuple((w, p) for w, p in out if not _PARTS.fullmatch(w)) + tuple(
        (t, p) for t, p in _cued(facts) if not any(w in t or _abbreviates(w, t) for w in named)
        and not (p > 0 and p in taken))


_BEST_WORDS = r"拿得出手|招牌|看家本领|重头戏"
"""The leader's words for the unit's best work (最拿得出手的, 支部的招牌, 今年的重头戏)."""
# (。是中心最拿得出手的: its subject left out, blind100's account lost)
_THIS_BEST = (r"\s*(?:(?:19|20)\d\d年[^，,。]{0,16}?[，,]\s*(?:这|它)?|这|它)?(?:就|也)?是"
              rf"[^，,]{{0,12}}(?:{_BEST_WORDS})")
"""A sentence calling the work the one before names the unit's best (这是支部的招牌; 2021年
开始搞的，是学校最拿得出手的: blind95, its 现场会 and 简报 lost)."""
_BEST_IS = rf"(?:{_BEST_WORDS})的?(?:就)?是“([^”]{{2,12}})”"
"""A sentence naming the unit's best work by its brand before telling it (公司最拿得出手的是
“六小时进罐”：…; 支部的招牌是“火塘家访”：…, blind108, blind109; 今年方案的重头戏是“一村一面
锣”：…, blind113)."""
_BRAND = re.compile(r"就是(?:我们|咱们)?的?“([^”]{2,12})”")
"""A work the notes name by its brand (…那块，就是我们的“守夜灯”: blind77, blind78)."""

_TOLD_BRAND = re.compile(r"([^：:。；;\n（）()“”]{8,80}?)"
                         r"(?:的?那一?块[，,]?\s*这?|([，,])\s*这?)\s*"
                         r"就是(?:我们|咱们)的?“([^”]{2,12})”")
"""The leader's own account of a work named by its brand (护士背着冷藏箱进山、到村小一个孩子
一个孩子翻接种证、漏了哪针当场补上的那块，就是我们的“补种到村”)."""
# (进山远，所以才有“进山前置点”：…, blind106; …不是贷款，是“雨天抢收队”：…, blind120)
_TOLD_AFTER = re.compile(r"(?:这?就是(?:(?:我们|咱们)的)?|所以才有|(?<=[，,])是)“([^”]{2,12})”"
                         r"(?:要管的事|这件事|这项工作)?"
                         r"[：:]([^。\n：:“”]{8,100})。\s*"
                         r"(?:[^。；;\n]{0,40}。\s*)?"  # (以前余货都堆在…，最让人揪心。: blind89)
                         + _THIS_BEST)
"""The leader's account of a branded work after its name, the work called the unit's best
next (这就是我们的“一案一专班”：一起积案一个专班，…。这是大队最拿得出手的; …。2021年开始搞的，
是学校最拿得出手的: blind95, its year said with it)."""


@lru_cache(maxsize=64)
def brand_told(facts: Facts) -> Mapping[str, str]:
    """What the notes say a branded work is, in the leader's words (_TOLD_BRAND), by its
    brand, as a clause of the text, 我们 the unit's own word (护士背着冷藏箱进山、到村小一个
    孩子一个孩子翻接种证、漏了哪针当场补上). None holding a number (no figure of the facts),
    a forbidden word or words to the writer. The readers of a flagship asked 写足写透 found
    its points and figures but not what the work is (blind85's, both writers: "write 信箱
    as the operation it is"). Cached, read-only."""
    banned = unsaid(facts)
    own = facts.unit.self_ref
    out: dict[str, str] = {}
    notes = _said(facts.doc.notes, asides=False)
    accounts = []  # (the account, the brand)
    began: dict[str, str] = {}  # the year each began
    for m in _TOLD_BRAND.finditer(notes):
        # (…，这就是我们的“守渠人”, blind87: only where the notes go on to call it the unit's
        # best, not 吴老师这一年去过这孩子家三回，这就是我们的“一寨一访” of blind69)
        # (… or after the year it began: …，这就是我们的“党员赶粉队”。2019年开始搞的，是支部的
        # 招牌, blind106)
        if not m[2] or re.match(r"(?:。\s*(?:19|20)\d\d年[^。；;\n]{0,8}?的)?[，,]?[^。；;\n]{0,16}"
                                r"(?:拿得出手|招牌|看家本领)", notes[m.end():]):
            # (这封信当天半夜就拦下来了，第二天晚上工程师…就到各栋宿舍楼…: the pasted item's
            # clause is no part of the work, blind104's reader of 就是这封信…)
            told = re.sub(r"^\s*这[封张份本条趟][^，,]{0,16}[，,]\s*(?:第二天|次日)?"
                          r"(?:晚上|早上|一早|上午|下午)?", "", m[1])
            if told != m[1]:
                told = re.sub(r"^([^，,]{2,12}?)就(?=[到去上进])", r"\1", told)
            # (方案头一个讲村里请来的巡护员…那块，这就是我们的“护石人”: the placing no part of
            # it, blind117's reader found the work never told)
            told = re.sub(r"^\s*(?:[一二三四五六七八九十][、．]|\d{1,2}[.．、])?\s*"
                          r"(?:总结|计划|方案|汇报)?(?:头一个|第[一二三]个?)(?:讲|写)", "", told)
            accounts.append((told, m[3]))
            # (… and the year it began, said after it: ，2022年开始搞的，是中心最拿得出手的;
            # ，是局里最拿得出手的，2017年开始搞的, blind117)
            if year := re.match(r"(?:[，,][^。；;\n]{0,16}?)?[，,。]\s*((?:19|20)\d\d)年(?:就)?"
                                r"(?:开始|起)(?:搞|办|做)?的", notes[m.end():]):
                began[m[3]] = year[1]
    # … or after it, the unit's best said next (这就是我们的“一案一专班”：一起积案一个专班，
    # …。这是大队最拿得出手的, blind88)
    # (今年最拿得出手的是“结石随访到村”：医生护士背着便携B超到村里…，2022年开始搞的，总结
    # 头一个讲: blind104's reader found neither what it is nor when it began)
    # (今年方案的重头戏是“一村一面锣”：…, blind113's readers found neither)
    # (…是“老坛匠”工作室：…, blind117: the brand's kind after it)
    for m in re.finditer(r"(?:最拿得出手的|招牌|看家本领|重头戏)是“([^”]{2,12})”"
                         r"[\u4e00-\u9fff]{0,4}[：:]"
                         r"([^。\n：:“”]{8,100}?)(?:[，,]\s*((?:19|20)\d\d)年(?:就)?(?:开始|起)(?:搞|办|做)?的)?"
                         r"(?=[，,]\s*(?:总结|计划|方案|汇报|材料)|。|$)", notes):
        accounts.append((m[2], m[1]))
        # (… or in the sentence after it: 。2019年开始搞的。这一条要写足写透, blind109's readers
        # of all six built-in drafts found the year dropped)
        after = re.match(r"。\s*((?:19|20)\d\d)年(?:就)?(?:开始|起)(?:搞|办|做)?的",
                         notes[m.end():])
        if m[3] or after:
            began[m[1]] = m[3] or after[1]
    # (… and the year it began, said after it: 2021年开始搞的 → 我校自2021年起开展这项工作)
    for m in _TOLD_AFTER.finditer(notes):
        accounts.append((m[2], m[1]))
        # (… 2019年开的, blind102's store; 2021年支部一建起来就开始搞的, blind120's reader
        # found the year in 基本情况 and the brand with none)
        if year := re.search(r"。\s*((?:19|20)\d\d)年(?:[^。，,；;]{0,12}?(?:就)?(?:开始|起)"
                             r"|开的|办的|建的)", m[0]):
            began[m[1]] = year[1]
    # (… or called the unit's best before its account: 这块就是我们的“护泉公约”，村里的看家
    # 本领：2018年全村开大会订的十条，…, blind120's reader found it 一项重点工作 and untold)
    for m in re.finditer(rf"就是(?:(?:我们|咱们)的)?“([^”]{{2,12}})”[，,][^：:，,。“”]{{0,8}}?"
                         rf"(?:{_BEST_WORDS})的?[：:]([^。\n：:“”]{{8,100}})。", notes):
        accounts.append((m[2], m[1]))
    pointed = {n for t in facts.tasks for n in re.findall(r"(?<![\d.])\d+(?![\d.])",
                                                           task_words(t))}
    for account, brand in accounts:
        # (我们县里医生: the county's, no 我们; 送进我们科床位: 我科床位, blind80, blind84)
        told = re.sub(r"(?:我们|咱们)(?=[县市乡镇村])", "", account.strip())
        told = re.sub(rf"(?:我们|咱们)(?!的){re.escape(own[-1])}?", own, told)
        # (我们的手语翻译就赶过去: the unit's people, 我会手语翻译, blind87)
        told = re.sub(r"(?:我们|咱们)的(?=[\u4e00-\u9fff]{0,4}"
                      r"(?:员|翻译|医生|护士|老师|志愿者|师傅|同志|干部|职工))", own, told)
        # (我们的人就守到…地头: the unit's staff, blind115's account lost for it)
        told = re.sub(r"(?:我们|咱们)的人(?=[就都也还])", f"{own}人员", told)
        # (… a count of its own left out, the rest kept: 28栋楼，每栋请一个原来的生产队长当
        # 楼栋长，… of blind99's 一栋一个老队长, whose account was lost for it)
        # (… but not an age, 周边三个乡镇60岁以上的老人，办张卡，…: its subject, and no figure,
        # blind101's reader of a 晨汤 with no one to bathe)
        # (… nor a year: 2018年全村开大会订的十条 of “护泉公约”, blind120)
        figure = r"(?<![\d.])(?!(?:19|20)\d\d年)\d(?![\d.]*岁)"
        clauses = told.split("，")
        if len(clauses) > 2 and re.search(figure, clauses[0]) \
                and not re.search(figure, "".join(clauses[1:])):
            told = "，".join(clauses[1:])
        # (… but the brand's own number: 盯着他把血尿酸控制在360以下 of “守住360”, blind109's
        # reader found it never explained)
        bare = told
        for number in re.findall(r"\d+", brand):
            bare = re.sub(rf"(?<!\d){number}(?!\d)", "", bare)
        # (… and a count the figures give with its unit: 到医共体18家乡镇卫生院挨个巡检 beside
        # 巡诊乡镇卫生院18家, blind112's account lost for it)
        for f in facts.figures:
            if not f.ratio and not f.todo and f.value and f.unit:
                counted = rf"(?<![\d.]){re.escape(f.number)}(?={re.escape(f.unit)})"
                bare = re.sub(counted, "", bare)
        # (… and a time limit the work keeps: 出院48小时内护士上门 of blind119's “带管护航”,
        # whose account was lost for it)
        bare = re.sub(r"\d+(?=个?(?:小时|分钟|天|日)内)", "", bare)
        # (… and a number the tasks' points give, or a year: 心电室24小时有人，…同时通知120 of
        # “守心夜班”, whose points say 24小时值守 and 通知120; 2018年全村开大会订的十条 of
        # “护泉公约”, blind120's reader found both untold)
        bare = re.sub(r"(?:19|20)\d\d年", "", bare)
        for number in set(re.findall(r"\d+", told)) & pointed:
            bare = re.sub(rf"(?<![\d.]){number}(?![\d.])", "", bare)
        if (re.search(rf"{figure}|[你您]|我们|咱们|这块|那块|这条|那条", bare)
                or any(w in told for w in banned) or brand in out):
            continue
        # (… its everyday words the readers struck written: 给娃娃称体重, 没人应声半个钟头内
        # 上门看, blind86's)
        # (… its 是…的 kept: 工人下了班衣服还是干净的, blind93's reader of 还是干净。)
        told = written_told(told)
        told = told if re.search(r"[还都也就]是[\u4e00-\u9fff]{1,4}的$", told) \
            else told.removesuffix("的")
        out[brand] = told + (f"。{own}自{began[brand]}年起开展这项工作" if brand in began else "")
    return MappingProxyType(out)


_TOLD_WRITTEN = {"半个钟头": "半小时", "一个钟头": "一小时", "娃娃": "孩子", "没人应声": "无人应答",
                 # blind101's border school (the 国门 across from a 口岸)
                 # blind101's endoscopy centre
                 "筛出来的高危的": "筛查出的高危人群", "用班车拉到": "用班车接到",
                 "对面过来的孩子": "跨境就读的孩子", "对面过来的娃": "跨境就读的孩子",
                 "马上报": "及时报告",
                 # blind87's deaf association
                 "手机上发个视频过来": "用手机发来视频", "就赶过去": "随即赶到",
                 "一句一句翻": "逐句翻译",
                 # blind88's criminal investigation brigade
                 "退了休的": "退休的", "请回来出主意": "请回来出谋划策",
                 # blind93's family tribunal (吵架的两口子: 当事夫妻, the readers of both)
                 "两口子": "夫妻双方",
                 # blind96's special police (上学、放学两个点，铁骑队员…)
                 "放学两个点": "放学两个时段",
                 # blind97's zinc company (请厂边上几个村的老乡当监督员，…每月还进厂转一圈)
                 "厂边上": "厂区周边", "村的老乡": "村的村民",
                 # (not 围着车转一圈 of blind112's 出车前…)
                 "进厂转一圈": "进厂实地察看一次",
                 # blind120's telemedicine centre (运维组的小伙子开着车下乡、爬到…房顶上调信号)
                 "的小伙子": "的年轻同志", "调信号": "调试信号"}
"""A leader's everyday words in an account of a work, and the written ones (brand_told)."""


def written_told(text: str) -> str:
    """A leader's account of a work or scene of it in written words (_TOLD_WRITTEN;
    三个钟头喂一次奶 → 三小时喂一次奶, blind87's reader)."""
    for said, written in _TOLD_WRITTEN.items():
        text = text.replace(said, written)
    text = re.sub(r"([一两二三四五六七八九十])个钟头", r"\1小时", text)
    text = re.sub(r"(?:娃娃|(?<!娃)娃)们", "孩子们", text).replace("女娃", "女孩")  # (blind102)
    text = re.sub(r"(?<=[的个])娃(?!娃)", "孩子", text)  # 给发烧的娃喂药 (blind101)
    # (…的老人，办张卡，每天…只收两块钱, blind101's 晨汤)
    text = re.sub(r"[，,]办张卡[，,]", "办卡后，", text)
    text = re.sub(r"([一两二三四五六七八九十])块钱", r"\1元", text)
    # 请…的村民当监督员 → 聘请…担任监督员; 念二氧化硫的数 → 念出二氧化硫的数值 (blind97)
    text = re.sub(r"(?<![聘邀申])请([^，,。；;]{2,14}?)当(?=[\u4e00-\u9fff]{1,4}员)",
                  r"聘请\1担任", text)
    return re.sub(*_READ_FIGURE, text)


_BEFORE = re.compile(r"\s*([^，,。；;]{2,10}?)(?:那一?[条块])?(?:挪|放|排|调)(?:到|在)"
                     r"([^，,。；;]{2,10}?)(?:那一?[条块])?(?:前头|前面|之前)$")
"""A work the notes move before another (志愿服务挪到法治宣传前头, blind57)."""


def ordered_before(facts: Facts) -> tuple[tuple[str, str], ...]:
    """The works the notes move before another (_BEFORE), as (the work, the other), in
    the notes' words."""
    clauses = re.split(r"[。；;，,\n]", _said(facts.doc.notes, asides=False))
    return tuple((m[1], m[2]) for c in clauses
                 if (m := _BEFORE.match(re.sub(r"^[^：:“”]*[：:]", "", c))))


_AT_END = r"(?:条|个|项|位)?(?:讲|写|说)?(?:[!！]+)?$"
_CUES = ((re.compile(r"头一个|头一条|打头|最前|排前面|放前面|头号工作|首先讲|先讲|居首|"
                     rf"(?<![每月周全])第一{_AT_END}"), 1),
         (re.compile(r"^(?:接着|再|其次|随后)(?:讲|写|说|是)|跟在|紧跟|(?<![放摆排在])后头|"
                     # 跟着写…那块；再往后是…那块 (blind71)
                     r"^(?:跟着|再往后|再往下|往下|然后)(?:就)?(?:讲|写|说|是)|"
                     r"次之$"), 0),
         # (not a ranking: 测评我们排全县第二, blind10)
         *((re.compile(rf"(?<![每月周全排县市省区])第{n}{_AT_END}"), p)
           for n, p in (("二", 2), ("三", 3), ("四", 4))),
         # (来历按我最后写的来 is where the leader wrote it, no place: blind66)
         (re.compile(r"放最后|最后讲|(?<![我你他])最后写|殿后|压轴|往后挪|往后放|"
                     r"[放摆排](?:在)?后头"), -1))
"""Words of the notes giving the work they name a place (头一个讲, 接着讲…, 禁渔跟在农资
后头, 排在最前面); 0: the place after the one just given."""
_GENERIC = frozenset(("开展", "加强", "推进", "深化", "建设", "工作", "活动", "抓好", "做好",
                      "强化", "提升", "持续", "落实", "全面", "推动", "服务", "文明", "管理",
                      "规范", "打造", "创建", "实施", "完善", "健全", "行动"))


def _cued(facts: Facts) -> list[tuple[str, int]]:
    """Places the notes give tasks they name by their words, by a cue in the clause or
    the sentence (_CUES: 尘肺病康复站…是这两年最亮的牌子，做法部分第一个讲。接着讲“劳动者
    健康守护”志愿服务，再讲医德医风; blind34 set orders in five notes that ordered's
    shapes missed), as (task title, place)."""
    def mentioned(clause: str) -> Task | None:
        # (这是协会最拿得出手的: the work the sentence before names, no 加强协会自身建设 for
        # its 协会, blind88)
        if re.match(r"\s*(?:这|它)(?:就|也)?是", clause):
            return None
        clause = unquoted(clause)
        words = bigrams(clause) | bigrams(_formal(clause))
        # the titles, else for a work described (…那块) their points too (在还没有点的村里添
        # 宣讲点、把堂屋收拾出来那块 of 建好用好宣讲阵地, whose points 新建…宣讲点, the 宣讲
        # of every title a tie: blind71)
        described = re.search(r"那一?[块条]$", clause) is not None
        # a described work by its points first where two or more of their words single one
        # out (食堂师傅中午把饭菜装进保温箱、网格员一家一家送到…老人手上那块 of 助餐, whose
        # point says 网格员…送餐上门, not of 开展网格化服务 for its title's 网格: blind103)
        # (… not where the leader's word for the work names a title: 给各村浇地放水那块 of
        # 做好抗旱灌溉服务, _FORMAL, though the 夜巡队's points say 各村 and 放水: blind65)
        formal = any((bigrams(unquoted(t.title)) & words) - bigrams(clause) for t in facts.tasks)
        if described and not formal:
            scored = [(len((bigrams(unquoted(task_words(t))) - _GENERIC) & words), t)
                      for t in facts.tasks]
            best = max(scored, key=lambda x: x[0], default=(0, None))
            if best[0] >= 3 and [n for n, _ in scored].count(best[0]) == 1 \
                    and all(n <= best[0] - 2 for n, _ in scored if n != best[0]):
                return best[1]
        for text in (lambda t: t.title, task_words) if described else (lambda t: t.title,):
            scored = [(len((bigrams(unquoted(text(t))) - _GENERIC) & words), t)
                      for t in facts.tasks]
            best = max(scored, key=lambda x: x[0], default=(0, None))
            if best[0] >= 1 and [n for n, _ in scored].count(best[0]) == 1:
                return best[1]
        return None

    out: list[tuple[str, int]] = []
    last = 0
    best: Task | None = None  # the work a sentence just called the unit's best, by brand
    since_best = 0
    for sentence in _NOTE_SENTENCE.split(_said(facts.doc.notes, asides=False)):
        if brand := re.search(_BEST_IS, sentence):
            best, since_best = next((t for t in facts.tasks if brand[1] in t.title), None), 0
        since_best += 1
        current = None
        pending: int | None = None  # a cue whose work the next clause names (…那块，就是…)
        # (a work told in pieces is one: 再往下是在还没有点的村里添宣讲点、把堂屋收拾出来那块,
        # blind71)
        for clause in re.split(r"[，,\s]+|、(?![^，,\s]*那一?[块条])", sentence):
            found = next(((m, p) for pattern, p in _CUES if (m := pattern.search(clause))), None)
            # 接着是苗子把关那块，就是检疫和质量 (blind65): the cue's work said again plainly
            if found is None and pending is not None and re.match(r"(?:也就|就|即|指的)是|即",
                                                                 clause):
                current, cue, pending = mentioned(clause), pending, None
            else:
                # 禁渔跟在农资后头: the work before the cue, not the one it follows; without a
                # cue the sentence's topic stays (公众开放日是我们的招牌，…，市里的环境教育基地
                # 就是这么评上的，放在做法第一条: not 美化厂区环境, blind36)
                current = ((mentioned(clause[:found[0].start()]) or mentioned(clause)
                            or current) if found else (current or mentioned(clause)))
                cue = found[1] if found else None
                pending = (cue if cue is not None and current is None else None) if found \
                    else pending
            if cue is None or current is None or any(t == current.title for t, _ in out):
                continue
            place = cue or (last + 1 if last > 0 else None)
            if place is not None:
                out.append((current.title, place))
                last = place
        # a cue naming no work just after the unit's best was told is that work's (最拿得出手
        # 的是“扶手行动”：…。2021年开始搞的。总结头一个讲, blind117's reader found it fourth)
        if pending is not None and best is not None and since_best <= 3 and not re.search(
                r"那一?[块条]", sentence) and all(t != best.title for t, _ in out):
            out.append((best.title, pending or last + 1))
            last, pending = pending or last + 1, None
        # a cue whose work no task's words name still takes its place (接着讲冬天早上六点半，
        # 老师…跑那块: ordered's; 再往后是…那块 is the one after it, blind92)
        if pending is not None:
            last = pending or (last + 1 if last > 0 else 0)
    return out


_FORMAL = {"浇地": "灌溉", "浇水": "灌溉", "放水": "灌溉", "苗子": "苗木", "手艺": "技术",
           "看病": "诊疗", "鲜活农产品": "绿通", "练兵": "训练",  # 练兵那条 (blind68)
           "拍照": "摄影", "考证": "取证",  # 教孩子们拍照那块 (blind63), 考证 (blind70)
           "看小病": "常见病诊疗", "开药": "用药",  # 看小病、开药那条 (blind72)
           "教": "培训",  # 教护树人认树、巡树那条 of 培训乡村护树人 (blind86)
           # 手把手教孩子拿毛笔、拿剪刀那块 of 办好书法、剪纸…兴趣课程; 下到病房，跟外科大夫
           # 一起算…要不要输 of 加强临床合理用血管理 (blind94)
           "毛笔": "书法", "剪刀": "剪纸", "病房": "临床", "大夫": "医生",
           "守着": "值守",  # 技师半夜两点一个人守着离心机… of 疑难配血24小时有人值守 (blind94)
           # 会员把鸽舍打扫干净、跟左邻右舍处好关系那块 of 倡导文明养鸽和邻里和睦 (blind95)
           "打扫": "清扫", "左邻右舍": "邻里",
           "练走路": "康复训练",  # …一边扶着病人练走路那块 of …针灸康复病区 (blind97)
           # 大水一过、连夜下到桥墩底下看…那块 of 汛后…水下基础排查; 给工地上要不到工钱的人打
           # 官司那块 of 护薪…农民工欠薪案件; 年轻律师跟着老律师出庭…那块 of 青年律师 (blind105)
           "大水一过": "汛后", "桥墩底下": "水下基础", "要不到工钱": "欠薪", "打官司": "代理案件",
           "年轻": "青年",
           # 大太阳底下党员带着老乡钻进田里、一棵一棵拔杂株那块 of 抓好制种技术服务…, whose
           # point says 各开展一次去杂 (blind106)
           "杂株": "去杂",
           # 学习、三会一课、廉政… of 加强廉洁从业教育…; 护士拿着评分尺一床一床问疼那块 of
           # 规范疼痛评估… (blind107)
           "廉政": "廉洁", "问疼": "疼痛评估",
           # 护士半夜在监护室床边…给病人吸痰 of …气道管理 (blind108)
           "吸痰": "气道管理",
           "大年三十": "节假日",  # 大年三十守在波谱室 of 寒暑假和节假日专人值守 (blind108)
           "量树": "检尺",  # 外业队上山量树那块 of …计量监测… whose point says 每木检尺 (blind122)
           # 杀猪酒、流水席压下来那块 of 推进移风易俗 whose point says 红白事操办标准; 赶集的时候
           # 摆个摊…那块 of the 科普 whose point says 在集市设点; 手机上约好几点来那块 of 推行
           # 分时段预约诊疗 (blind124)
           "杀猪酒": "红白事", "流水席": "红白事", "赶集": "集市", "约好": "预约",
           # 开标室里摄像头对着、一家一家唱标那块 of 深化阳光采购 whose point says 开标评标全程
           # 录音录像 (blind124)
           "摄像头": "录像", "唱标": "开标"}
"""A leader's everyday words for a work and the word a task's title uses for it (再讲给各村
浇地放水那块 of 做好抗旱灌溉服务, blind65)."""
_COLLOQUIAL = re.compile("|".join(_FORMAL))


def _fielded(text: str, tasks: Sequence[Task]) -> list[tuple[str, Task]]:
    """The field's words for the leader's everyday ones in `text` (_FORMAL) that one task
    alone says, each with that task (拔杂株 → 去杂, of the one task whose point says 去杂:
    blind106); not a word of any teaching or watch (教颠勺 is no 培训 of blind98's 乡厨,
    守着…老人 no 值守 of blind83's 产房)."""
    out = []
    for word in dict.fromkeys(_FORMAL[w] for w in _COLLOQUIAL.findall(text)):
        saying = [t for t in tasks if word in task_words(t)]
        if len(saying) == 1 and word not in ("培训", "值守"):
            out.append((word, saying[0]))
    return out


def _formal(text: str) -> str:
    """`text` with the leader's everyday words for a work in the field's (_FORMAL)."""
    return _COLLOQUIAL.sub(lambda m: _FORMAL[m[0]], text)


def _antecedent(facts: Facts, what: str, before: str) -> str:
    """`what`, or where it is a pronoun (就它, 这个, 这块) the work the clause before it
    names, as a task's title has it (投教小站票数最多，就它打头 → 投教小站, blind52)."""
    # 方案里这是重头戏 after a sentence naming “接力溶栓”; 明年计划打头写 (blind76): the
    # document named, no work
    if not _DOC_WORD.fullmatch(what):
        what = re.sub(r"^(?:计划|方案|总结|汇报)(?:里|中)", "", what)
        # (2021年开始搞的，这一条要写足写透 after 最拿得出手的是“早八点品评”：…, blind108)
        if not re.fullmatch(r"(?:就|还是)?(?:它|这|这个|这块|这一块|这一?条|那个|那块)", what):
            return what
    # (…老先生带徒弟、手把手教认药开方那块，方案里排第三: the work the words before
    # paraphrase, blind77)
    if run := re.search(r"(?:就是)?([^，,。：:是“”]{2,24}?)(?:那一?[块条段]|这一?块)[，,]?\s*$",
                        before):
        return run[1]
    quoted = [q for q in re.findall(r"“([^”]{2,12})”", before)
              if any(q in t.title for t in facts.tasks)]
    return quoted[-1] if quoted else _task_run(facts, re.split(r"[，,]", before.rstrip("，, "))[-1])


_DOC_WORD = re.compile(r"(?:今年|明年|全年|下一?年)?的?(?:工作)?(?:计划|方案|总结|汇报)(?:里|中)?")
"""The document itself, where the notes name it in a work's place (明年计划打头写, 总结头一个讲:
blind76)."""


def _task_run(facts: Facts, clause: str) -> str:
    """The longest run of at least three characters the clause shares with a task's
    title (投教小站票数最多 → 投教小站, of 办好“琮城投教小站”); "" when none."""
    runs = [clause[i:j] for t in facts.tasks for i in range(len(clause))
            for j in range(i + 3, len(clause) + 1) if clause[i:j] in unquoted(t.title)]
    return max(runs, key=len, default="")


def stress_items(facts: Facts, at_length: bool = False, first: bool = False) -> list[str]:
    """What the notes ask the document to stress, item by item (重点写为农服务、党员带头和
    社有企业诚信经营 → 为农服务, 党员带头, 社有企业诚信经营; 讲解员队伍可以多写几句 →
    讲解员队伍), each without the writer's 这个牌子, 这些…的事; `at_length`: only those
    asked to be written at length (…一定要写足, 多写两句…, 写实一点); `first`: only
    those asked to open the practices (_FIRST)."""
    items: list[str] = []
    last_placed = ""  # what the last sentence giving a place placed
    listed: list[str] = []  # the heads of the list just read (今年两件大事：一是…；二是…)
    brand_before = ""  # the brand the last sentences name (…就是我们的“余货回库”：…)
    split = ["", "", *re.split(r"[。；;\n]", _said(facts.doc.notes, asides=False))]
    # (prior: the sentence before sentence_before)
    for prior, sentence_before, sentence in zip(split, split[1:], split[2:], strict=False):
        if named_brand := _BRAND.search(sentence_before):
            brand_before = named_brand[1]
        # a remark in 【】 that asks nothing is no part of the sentence (重点【这两个字画了
        # 圈】母婴安全); one that does is read (【讨薪那条请放在…第一位】)
        sentence = _shorthand(re.sub(r"【[^】]*】", lambda m: m[0] if _FIRST.search(m[0])
                                     or _ASKED.search(m[0]) else "", _LIST_MARK.sub("", sentence)))
        heads = re.findall(r"(?:^|[：:，,])\s*[一二三四五]是([^，,。；;]{2,16})", sentence)
        # 这两块是重点: the list just read is what is stressed (blind23)
        if not at_length and listed and _THESE.search(sentence):
            items += [re.sub(r"的?(?:工作|事)$", "", h) for h in listed]
        listed = heads if re.match(r"\s*[^，,]{0,16}[：:]?\s*一是", sentence) else (
            listed + heads if heads else [])
        # “聚焦两个重点”…放在最前面说，后面的内容按这两个重点展开: the slogan's items lead
        # (a blind23 reader: the draft did not follow them)
        if not at_length:
            items += [i.rstrip("。；;，,") for s in _leading(facts, sentence) for i in s.items]
        before = last_placed
        if placing_first := _IN_ORDER.match(re.sub(r"^[^：:]{0,12}[：:]", "", sentence)):
            last_placed = unquoted(re.sub(r"^(?:做法|措施)(?:部分|里|中)?", "", placing_first[1]))
        if (at_length and not _AT_LENGTH.search(sentence)) or (
                first and not _FIRST.search(sentence)):
            continue
        # 重点是啥呢，一个是校园，送电影进校园，这块你给我写足；还有一个是敬老院，…，这个
        # 也多写几句: what 这块/这个 points back to, the last 一个是 (blind28)
        named = ""
        clauses = re.split(r"[，,]", sentence)
        # 送药下乡放在做法第一条，写足，…: a bare 写足 stresses the work the sentence
        # places (blind29: the company's stressed work written as briefly as the rest)
        # (监督检查是今年的重头戏，…，放第一条，写足: what the sentence is about, blind31)
        # (…：今年的总结，头一条写高粱订单助农，这个在全市是叫得响的，要写足: the nearest
        # clause before that names its work, blind32)
        # (…是我们今年最实在的一件事，128场，…，应当放第一个讲、讲透: blind36's question)
        # (…是咱学校的命根子，要写厚写细：怎么结对、…都写上: what it lists is the work's,
        # blind49)
        bare = next((i for i, c in enumerate(clauses) if i and _BARE_AT_LENGTH.fullmatch(
            re.sub(r"^\s*(?:应当|应该)?放?(?:在)?第[一二三]个?(?:讲|写|条)?、?|[：:].*$", "", c))),
                    0)
        for k in reversed(range(bare)):
            # 钟书记说这是…: who said it is no work (blind48)
            clause = _SPEAKER.sub("", re.sub(r"^[^：:]{0,12}[：:]", "", clauses[k]))
            # 还有一个是敬老院，…，这个也多写几句: the work it names (blind28)
            # … 我们准备办一个科普展，这个要写足: the work the clause sets up (blind24)
            if one := (re.match(r"\s*(?:还有|另)?一个(?:就)?是([^，,]{2,12})$", clause)
                       or re.match(r"\s*(?:我们)?(?:准备|打算|计划|要)(?:办|举办|搞|开展)"
                                   r"(?:一个|一场|一次|一批)?([^，,]{2,10})$", clause)):
                items.append(one[1])
                break
            named_place = _NAMED_PLACE.match(clause)
            placing = (_IN_ORDER.match(clause) or re.match(r"\s*([^，,是]{2,16})是", clause)
                       # 4. 在县人民医院、县中医院设院内调解工作室是我们的亮点 (blind45)
                       or re.match(r"\s*(?:\d{1,2}[.、．)）]\s*)?在[^，,是]{2,16}?设立?"
                                   r"([^，,是、]{2,12})是", clause)
                       or named_place)
            what = re.sub(r"^(?:[一二三四五六七八九十][、是]|\d{1,2}[.、．)）])?\s*把?"
                          r"(?:(?:做法|措施)(?:部分|里|中)?)?", "",
                          named_place[2] if named_place else placing[1]) if placing else ""
            # (方案里这是重头戏 opening its sentence: the one before names it, blind76)
            what = _antecedent(facts, what, "，".join(clauses[:k]) or sentence_before)
            # 创建方案的重头戏是“送检下晒场”: the work it names, not the label (blind70)
            if re.search(_LABEL + "$", what) and (q := re.search(r"是“([^”]{2,16})”", clause)):
                what = q[1]
            # 放在创建措施第一条: the place, no work; the clause before names it (blind38)
            # 全市我们是第一家: a rank, the work is before it (blind45)
            # 总结里放头一条: the document's part, no work (blind37)
            if what and not (re.match(r"重点|今年|去年|前年|这|那|我们|全[省市县区]|"
                                      r"(?:放|摆|排)(?:在|到|做法|措施|第)|"
                                      r"(?:总结|计划|方案|汇报|材料|稿子|正文)(?:里|中)?$", what)
                             or re.search(r"这些|那些|都$|就$|我们$", what)):
                items.append(unquoted(what))
                break
        else:  # “工友之家”放头里。厂里女工多，…，多写点，写扎实: the work just placed (blind33)
            # (… or the brand the sentence before calls the best: 今年最拿得出手的是“一口气
            # 查肺”：…。2021年开始搞的，写足写透, blind108)
            # (… or the one before the year it began: …最拿得出手的是“扶手行动”：…。2021年开始
            # 搞的。总结头一个讲，写足写透, blind117's reader found it written as the rest)
            best = re.search(_BEST_IS, sentence_before) or (
                re.search(_BEST_IS, prior) if re.match(r"\s*(?:19|20)\d\d年[^，,]{0,8}的$",
                                                       sentence_before) else None)
            if bare and (before or best):
                items.append(before or best[1])
        for clause in clauses:
            one = re.match(r"\s*(?:还有|另)?一个(?:就)?是([^，,]{2,12})$", clause)
            if one:
                named = one.group(1)
            elif named and re.match(r"\s*(?:这块|这一块|这个|这些)(?:你)?(?:给我)?(?:也)?(?:要)?"
                                    r"(?:写足|写细|写实|多写|展开写)", clause):
                items.append(named)
                named = ""
        # 我们2019年在全市第一个搞仪式化颁证，这是招牌，一定要铺开写 (blind26)
        this = re.search(r"(?:搞|开展|推出|推行|实行|创办)了?([^，,。；;]{2,10})[，,]"
                         r"这(?:是|就是)(?:我们的?)?(?:招牌|特色|亮点|品牌)", sentence)
        if this:
            items.append(this.group(1))
        # …那块，就是我们的“守夜灯”，是支部的招牌，计划头一个写 (blind76, blind77): the
        # work the sentence names by its brand, or the sentence before (这是支部的招牌，计划
        # 打头写 after …就是我们的“改稿面对面”：…, blind88)
        brand = _BRAND.search(sentence) if re.search(_BEST_WORDS, sentence) else None
        if brand:
            items.append(brand[1])
        # (… or a bare 写足写透 after the sentence calling it the best: …那块，这就是我们的
        # “护石人”，是局里最拿得出手的，2017年开始搞的。写足写透。, blind117's reader found it
        # written briefly)
        elif brand_before and (re.match(_THIS_BEST, sentence) or (
                _BARE_AT_LENGTH.fullmatch(sentence)
                and re.search(_BEST_WORDS, sentence_before))):
            items.append(brand_before)
        for m in _ASKED.finditer(sentence):
            # (今年计划最要紧的就是它 after “山鼻子” named: blind76)
            what = _antecedent(facts, next((g for g in m.groups() if g), "").strip(),
                               f"{sentence_before}，{sentence[:m.start()]}")
            # “荻陂蓝马甲”应急志愿者320名，在全市应急系统都是叫得响的: the sentence's
            # named work, not the half clause before 是 (blind36)
            if re.search(r"都$|^在全[省市县区]", what) and (
                    named_work := re.search(r"“([^”]{2,12})”", sentence[:m.start()])):
                what = named_work[1]
            # 重点写两件事：一个是讲解，一个是为烈士寻亲: the list goes on past the comma
            more = re.match(r"(?:[，,](?:另?一个是|[二三四五]是)[^，。；;]+)+", sentence[m.end():])
            if more and re.search(r"[：:]\s*(?:一个是|一是)", what):
                what += "、" + "、".join(re.findall(r"(?:另?一个是|[二三四五]是)([^，。；;、]+)",
                                                   more.group(0)))
            # 三件事：…; but 最拿得出手的是“早八点品评”：每天早上八点… names its brand (blind108)
            what = quoted_name[1] if (quoted_name := re.match(r"“([^”]{2,12})”[：:]", what)) \
                else re.sub(r"^[^：:]{0,8}[：:]", "", what)
            if re.search(_LABEL + "$", what):  # 创建方案的重头戏: a label
                continue
            what = re.sub(r"^(所以|因此|还有|另外|重点|而且|并且|同时)", "", what)
            # 、 parts the list, 和 its last two (楼道和背街小巷的环境、老年人助餐: one item),
            # and 和 after a quoted name (“五必访”和活动中心)
            parts = [p for part in what.split("、") for p in re.split(r"(?<=”)和", part)]
            parts[-1:] = re.split(r"以及|和|及|与", parts[-1])
            for item in parts:
                # 一个是讲解 (a list's ordinal), 两句夜里值守 (how much to write), 有温度的东西
                # (a quality, no topic): the writer's words, not the item (blind22)
                if re.search(r"的东西$", item):
                    continue
                item = re.sub(r"^(?:另?一个是|再一个是|[一二三四五]是|[一两几]句)", "",
                              item.strip())
                item = re.sub(r"（[^）]*）|【[^】]*】|那场|这场|^[·•●○◆■□▪*\-]\s*|"
                              r"^[一二三四五六七八九十]、|^\d{1,2}[.、．)）]\s*", "", item).strip()
                item = _FILLER.sub("", item).strip("“”")
                if item.count("“") != item.count("”"):  # “农技110”热线 split at 、: no quotes
                    item = unquoted(item)
                # 这次多写具体做了什么: 这次 is no item (blind21)
                # 今年重点是啥呢: a question, no item (a blind28 skeleton asked for “啥呢”)
                # 突出创建特色和群众获得感 (a notice's words): qualities, no work (blind34)
                if (len(item) >= 2 and not _INSTRUCTION.search(item)
                        and not re.search(r"^(?:创建)?特色$|获得感$|满意度$|^亮点$", item)
                        and not re.search(r"方案|计划|总结|汇报|材料|稿|^文中|里$", item)
                        and not re.search(r"啥|什么|哪|咋|怎么|吗|呢$", item)
                        and not re.fullmatch(r"[这那][\u4e00-\u9fff]{0,2}|一定", item)
                        # 问题要写实，明年打算写具体: the document's own sections (blind36:
                        # 【待补充：“问题”的具体做法和成效】)
                        and not re.fullmatch(r"(?:存在的?)?(?:问题|不足)|(?:明年|下一步)?的?打算|"
                                             r"成效|目标|基本情况|开头|结尾|总体思路|"
                                             r"做法|措施|任务|保障措施|组织领导|指导思想|"
                                             # 保障措施要写实 (blind57): a section, no work
                                             r"工作目标|实施步骤|时间安排|工作要求", item)
                        # 在全市应急系统都是叫得响的: a half clause, no work (blind36)
                        and not re.search(r"都$|在全[省市县区][^，]{0,8}$", item)):
                    items.append(item)
    # 放在创建措施第一条 / 毛病是重点不突出: where a work goes and what is wrong with the
    # draft are no work (blind38: 【待补充：“毛病”“放在创建”的具体措施】)
    # 保密印刷党员把关这条是…立身之本: the work, not 这条 (blind39)
    items = [re.sub(r"(?<=[\u4e00-\u9fff”])(?:[这那]一?[条块项个段]|[这那]件事|这事)$", "", i)
             for i in items]
    # 顺序他说劳模疗休养打头; 帮竹农这件事是…老本 (blind45: “他说劳模疗休养”, “帮竹农这件事”)
    items = [_SPEAKER.sub("", i) for i in items]
    items = [_LIST_MARK.sub("", i) for i in items]  # ——病虫测报, a jotted line's (blind43)
    # 计划里流动课堂打头写 (blind59): the document's part is no part of the work
    items = [re.sub(r"^(?:计划|方案|总结|汇报|报告|材料)(?:里|中)", "", i) for i in items]
    # the account of a brand, by its brand (今年最拿得出手的是“结石随访到村”：医生护士背着便携
    # B超到村里…，…头一个讲: blind104's reader of 医生护士背着…是我科的一项重点工作)
    told = brand_told(facts)
    items = [next((b for b, said in told.items() if len(i) >= 8 and said.startswith(i)), i)
             for i in items]
    # 多写几段 asks for length of nothing named; 三是 is the notes' own list (blind44)
    # … nor is a scene of the staff's work one (多写收购站的人天不亮就开门、守着磅秤…的事:
    # the scene's, put where its deed goes, blind73, not a work whose task is stressed),
    # though a work the scene names (米粉坊) still is
    people = facts.unit.people or "干部职工"
    scenes = [sc for sc in asked_scenes(facts) if _scene(sc, people)]
    return list(dict.fromkeys(i for i in items if not re.match(
        r"(?:放|摆|排)(?:在|到|做法|措施|第)|(?:毛病|缺点|短板|不足|问题)$|"
        r"几[段句笔行页]$|[一二三四五六七八九十]是$|"
        # (这个 of 这个汇报里排第三讲: a pronoun, blind119's stressed work none)
        r"[这那][个些块条]?$", i) and not _PARTS.fullmatch(i)
        # (… nor its last deed: 贴标签 of …擦干净、贴标签的事, blind108's 【待补充：…】; but
        # 米粉坊 of …到米粉坊帮着磨浆 is the work it names, blind71)
        and not (len(i) >= 3 and any(i in sc and (len(i) >= 4 or sc.endswith(i))
                                     for sc in scenes)
                 and not any(i in t.title for t in facts.tasks))))


# (写三千来字, 两千多字: blind97's LLM answer was asked the pasted script's 时长约6分钟)
_LENGTH = re.compile(r"([一二两三四五六七八九十\d]+千(?:[一二两三四五六七八九\d]百)?"
                     r"(?=[来多余]?字|以内|左右|上下)|\d{3,5}(?=[来多余]?字))[来多余]?字?"
                     r"|(?<![第最后这那上下每])(一页半到两|一页半|[一两二三四五])页(?!页)"
                     # 念十五分钟左右 (blind70: no length asked of a model, 2198 of 3750)
                     # (汇报时间只有十来分钟: blind7's, no length read)
                     r"|(?<![\d一二两三四五六七八九十第])((?:\d{1,2}|[一二两三四五六七八九十]{1,3})"
                     r"(?=来?分钟))来?分钟")
_READ = 250
"""Characters read out in a minute: a 汇报 of 15分钟 is about 3750."""
_PAGE = 650
"""Characters on one page of a 公文 in the GB/T 9704 layout (22 lines of 28, less the
head and the spacing): 两页纸 asks for about 1300."""


_QUOTED_MAIL = re.compile(r"-{3,}\s*(?:原始邮件|转发的?邮件|Original Message)\s*-{3,}",
                          re.IGNORECASE)
"""The line a mail program sets above the older mail it quotes: a thread reads newest first."""


_JOINED = re.compile(r"((?:(?<!\d)\d{1,2}、\d{1,2}月(?:和|、|，|,)?)+)[^。；;\n]{0,8}?(?:放假|假期)"
                     r"[^。；;\n]{0,12}?(?:并成|合成|并在|合并)")
"""Holiday months the notes ask said in one line each pair (1、2月和7、8月放假，各并成一行写)."""


def joined_months(notes: str) -> tuple[tuple[int, int], ...]:
    """The pairs of months the notes ask a plan's monthly schedule to say in one line, the
    holidays (_JOINED: ((1, 2), (7, 8))); () when they ask none. blind111's readers of both
    writers."""
    m = _JOINED.search(notes)
    return tuple((int(a), int(b)) for a, b in re.findall(r"(\d{1,2})、(\d{1,2})月", m[1])
                 if int(a) + 1 == int(b)) if m else ()


def asked_length(notes: str) -> int:
    """The length in characters the notes ask for (三千字左右 → 3000, 两千五百字 → 2500,
    4000字以内 → 3600, a tenth under the limit, 一页半到两页 → 1300, 念15分钟 → 3750), or 0
    when they name none; the last the notes name in characters (a later instruction
    overrides), characters
    before pages and minutes (十分钟，两千字 → 2000); no page of the notes themselves
    (最后一页：三千字左右 → 3000, blind31 asked a model for 650). A forwarded mail thread
    (-----原始邮件-----) reads newest first: the newest mail naming a length gives it (a
    blind36 thread asked 2800 above the older 五千字 its top line overruled); a pasted
    item's remarks (_remarked) before the item."""
    for mail in _QUOTED_MAIL.split(notes):
        # the remarks' length before a pasted item's own (本稿约900字，念约5分钟 of the
        # farewell speech a 场长's 念十二分钟左右 was written on: blind79 asked 900)
        if found := _length_in(_remarked(mail)) or _length_in(mail):
            return found
    return 0


def _length_in(notes: str) -> int:
    # （第1版写的“不少于4000字”，队长说太长，…改了）: a length taken back (blind58)
    notes = re.sub(r"[（(][^）)\n]*(?:改了|不对|第\d版|原来写的|太长|太短)[^）)\n]*[）)]", "",
                   notes)
    # 一千五六百字 → 一千五百字 (blind31: no length read, a model wrote 40 % over)
    notes = re.sub(r"([一二两三四五六七八九])千([一二三四五六七八九])[一二三四五六七八九]百",
                   r"\1千\2百", notes)
    # 一千五以内 → 一千五百 (blind32: no 字, no length read)
    notes = re.sub(r"([一二两三四五六七八九])千([一二三四五六七八九])(?=以内|左右|上下)",
                   r"\1千\2百", notes)
    found = list(_LENGTH.finditer(notes))
    # the last length in characters: a later instruction overrides an earlier one (不要少
    # 于五千字 … 三千五左右足够了, the later leader's: a blind35 prompt asked for 5000)
    # … else the reading time the leader gives (念十八分钟左右), not a pasted item's minutes
    # (谜条揭下后须在10分钟内…: blind74's speech asked 2500, not 4500)
    read = [f for f in found if f.group(3)
            and re.search(r"念|讲|读|汇报|发言", notes[max(0, f.start() - 8):f.start()])]
    m = next((f for f in reversed(found) if f.group(1)),
             read[-1] if read else found[0] if found else None)
    if m is None:
        return 0
    # a limit, not a length: aim a tenth under it, so a draft a tenth over its aim is
    # still within (两千五百字以内: a blind39 report ran 2610 on an aim of 2500)
    before = notes[:m.start()]
    capped = (re.match(r"字?(?:以内|之内)", notes[m.end():])
              or re.search(r"(?:不超过|不要超过|不能超过|控制在)$", before))
    if m.group(1):
        words = m.group(1)
        if words.isdigit():
            value = int(words)
        else:
            thousands, _, hundreds = words.partition("千")
            # (3千字上下: blind34's chat, no length read)
            value = (int(thousands) if thousands.isdigit()
                     else parse_cn_numeral(thousands.replace("两", "二")) or 0) * 1000
            if hundreds:
                value += (parse_cn_numeral(hundreds.removesuffix("百").replace("两", "二"))
                          or 0) * 100
        return int(round(value * 0.9, -1)) if capped else value
    if m.group(3):
        said = m.group(3)
        minutes = int(said) if said.isdigit() else parse_cn_numeral(said.replace("两", "二")) or 0
        limit = capped or re.search(r"别超过$", before)
        return int(round(minutes * _READ * (0.9 if limit else 1), -1))
    pages = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "一页半到两": 2, "一页半": 1.5}
    return int(pages[m.group(2)] * _PAGE)


_BRIEF = re.compile(r"空话|简短|简洁|短一点|别太长|不要太长|不用太长|别写太长|[一两三]页|一页半|"
                    r"[两三]千字以内|[两三]千字左右|精简|大道理")


def brief(facts: Facts) -> bool:
    """Whether the notes ask for a short document (少写空话, 一页半到两页, 三千字以内)."""
    return bool(_BRIEF.search(facts.doc.notes))


# (全年安排按春夏秋冬四个季度写, blind90)
_QUARTERLY = re.compile(r"按季度|月度安排不用|不用按月|不按月|不要按月|分四个季度|"
                        r"按[^，,。]{0,6}四个季度|"
                        r"[每一]个?季度(?:写)?一段|(?:别|不要|不用)一个月一个月")
"""Notes asking a 党支部 plan's 全年工作安排 by quarter (月度安排不用单列，按季度写几句;
月份也别一个月一个月地排…一个季度写一段就行, blind36)."""


def firm(facts: Facts) -> bool:
    """Whether the notes ask a plan's targets in a firm voice (口气硬一点，别老写“争取”:
    a blind33 reader counted four 力争)."""
    # … or 不要写成“力争”, and any forbidding of the word (blind44's test: the 150场 target
    # cut with the forbidden 力争 its sentence opened with)
    # … or its targets 写实/说死 (blind74's reader of the built-in 实施方案: 目标写实, and
    # 力争…达到45个)
    return bool(re.search(r"口气(?:要)?硬|(?:别|不要|少)(?:老|总)?(?:写成?|用|说成)?[“‘]?"
                          r"(?:争取|力争)|目标(?:都|要|也)?(?:写|定|说)(?:得)?(?:实|死)",
                          facts.doc.notes)) or "力争" in forbidden(facts)


_BASICS_FIRST = re.compile(r"(?:别|不要)上来就(?:写|是|讲)?指导思想|"
                          r"先(?:把|写|讲)[^，。；\n]{0,6}(?:来历|基本情况|历史|沿革)|"
                          r"(?:基本情况|来历)(?:放|写|排)(?:在)?(?:最)?前(?:面|头)|"
                          # 支部来历放在指导思想前面讲 (blind51)
                          r"(?:基本情况|来历)(?:放|写|排)(?:在)?指导思想(?:的)?前(?:面|头)|"
                          r"指导思想(?:往后|放后面|挪到后面)|"
                          # 开头把厂子的来历简单交代一下 (blind39: the branch plan opened with
                          # 指导思想, its history second)
                          r"(?:开头|开篇)[^，。；\n]{0,3}把[^，。；\n]{0,8}(?:来历|历史|沿革)|"
                          # 支部和厂子怎么来的，计划开头先说说…来历说完再写别的 (blind57)
                          r"(?:来历|历史|沿革)说完再写|怎么来的[，,]\s*[^。；\n]{0,4}开头先|"
                          # 来历开头交代一下：… (blind66: the history second)
                          r"(?:来历|历史|沿革)[^，。；\n]{0,2}(?:开头|最前面)先?(?:交代|说|写|讲)")


def basics_first(facts: Facts) -> bool:
    """Whether the notes ask the unit's 基本情况 before the guiding thought (先把支部的来历
    写清楚，别上来就是指导思想: both blind36 readers found 指导思想 first)."""
    return bool(_BASICS_FIRST.search(facts.doc.notes))


_POST = re.compile(r"([\u4e00-\u9fff])(副?(?:院长|局长|书记|主任|所长|站长|校长|馆长|园长|会长|"
                   r"主席|部长|队长|台长|行长|社长|团长|总经理|董事长|政委|庭长))(?![\u4e00-\u9fff]{0,1}[：:])")
"""A leader named by surname and post in the notes (冯院长, 严局长, 柴副书记)."""


def with_posts(facts: Facts) -> Facts:
    """The facts with each 领导小组 leader and deputy the facts give by name alone named
    with the post the notes call them by (冯启元 and the notes' 冯院长 → 院长 冯启元): both
    blind37 readers struck a group of bare names (邢绍钧任组长: no post, blind36). Only a
    surname no other member shares, with one post in the notes, and only when the leader
    has one (deputies by post under a bare leader read uneven, blind10); none when the
    notes say 不用加职务 (blind38); the facts as they are otherwise."""
    group = facts.leadership
    if group is None or not facts.doc.notes or re.search(r"(?:不用|不要|不必|别)[加写]?职务",
                                                         facts.doc.notes):
        return facts  # 宋局、梅书记…三个人，不用加职务 (blind38)
    said: dict[str, set[str]] = {}
    for m in _POST.finditer(facts.doc.notes):
        said.setdefault(m[1], set()).add(m[2])
    everyone = [group.leader, *group.deputies, *group.members]
    surnames = [e.strip()[:1] for e in everyone if e.strip()]

    def posted(entry: str) -> str:
        name = entry.strip()
        if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name):
            return entry
        # 鄢振岳（庭长）, the name whole with its post (a 行程单's column, blind51)
        # (… not what he wrote of: ☶衡振宇（写方案的事）：, blind117's 组长：写方案的事衡振宇)
        if (whole := re.search(rf"{name}[（(]([\u4e00-\u9fff、]{{2,10}})[）)]", facts.doc.notes)) \
                and re.search(r"(?:长|书记|主任|经理|委员|主席|政委|干事|总监|秘书|主管)$",
                              whole[1]):
            return f"{whole[1]} {name}"
        if surnames.count(name[0]) != 1:
            return entry
        posts = said.get(name[0], set())
        return f"{next(iter(posts))} {name}" if len(posts) == 1 else entry

    leader, deputies = posted(group.leader), tuple(posted(d) for d in group.deputies)
    if leader == group.leader:  # deputies by post under a bare leader read uneven
        return facts
    # a deputy the notes call by the leader's own post is his deputy (郤主任 under 逯主任:
    # 副主任 郤晓岚, blind108's reader of 副组长：主任郤晓岚), as people call a 副 by it
    top = leader.split(" ")[0]
    deputies = tuple(f"副{d}" if d.split(" ")[0] == top and " " in d else d for d in deputies)
    return replace(facts, leadership=replace(group, leader=leader, deputies=deputies))


_NO_NAMES = re.compile(r"不列(?:人员)?名单|支委按职务写|按职务写|只写职务|写职务不写名字")
"""The notes asking the committee by its posts alone (计划里不列名单，支委按职务写)."""


def by_posts(facts: Facts) -> Facts:
    """The facts with the 支部委员会 by its posts alone (书记：笪明远 → 书记) where the notes
    ask it (_NO_NAMES): its members named nowhere, neither in 基本情况 nor beside each
    task's owner (blind72's readers of the built-in writer: 计划里不列名单，支委按职务写,
    and every 责任人 named); the facts as they are otherwise."""
    if facts.branch is None or not _NO_NAMES.search(facts.doc.notes):
        return facts
    posts = tuple(re.split(r"[：:]", c)[0].strip() for c in facts.branch.committee)
    return replace(facts, branch=replace(facts.branch, committee=posts))


def quarterly(facts: Facts) -> bool:
    """Whether the notes ask for the year's arrangement by quarter, not by month (a
    blind20 reader: the notes said 按季度写几句 and the draft listed twelve months)."""
    return bool(_QUARTERLY.search(facts.doc.notes))


_OWN_ONLY = re.compile(r"别再?自己加|不要自己加|不要再?加别的|就按我列的")
"""Notes asking for the writer's measures only (措施就按我列的这几条写，别再自己加别的)."""


def own_only(facts: Facts) -> bool:
    """Whether the notes ask for the listed measures and nothing added: no 经费 or 考核
    line the facts do not give (a blind20 reader struck one as made up)."""
    return bool(_OWN_ONLY.search(facts.doc.notes))


_PLAIN = re.compile(r"口气|腔|官话|套话|大道理|朴实|实在点|实在些|大词")
"""Notes asking for plain words (别写成工作报告那种口气, 别打官腔)."""


def plain(facts: Facts) -> bool:
    """Whether the notes ask for plain words: a summary then opens with what it sums up,
    not 在…的正确领导下，坚持以…为指导 (blind14: the notes said 别写成工作报告那种口气)."""
    return bool(_PLAIN.search(facts.doc.notes))


_NO_FILLER = re.compile(r"空话|套话|大话|虚话|官话|假大空|形容词|喊口号|口号式|满篇口号|朴实|平实|"
                        r"实在[点些]|实在一点|稳妥实在")
"""Notes asking for no stock phrases (口气实在一点，别写空话; 空话套话删掉), or for plain
words (实在点，少用形容词; 口气稳妥实在，别喊口号: both blind46 readers struck a purpose
after every point of those plans)."""


_TARGETS_IN_TASKS = re.compile(r"目标(?:数)?(?:就|都|也)?(?:写|放|说)(?:在|进|到)"
                               r"(?:各自|各项|每项|各条|每条|那项|那条)?(?:任务|工作|措施)?"
                               r"(?:里|中|下)|目标不(?:要|用)(?:单独|集中)")
"""Notes keeping a plan's targets with their tasks (目标写进各项任务里; 目标不用单独列)."""


def targets_gathered(facts: Facts) -> bool:
    """Whether a plan's 工作目标 states every target, those of the tasks too (figure_roles
    `gathered`), said there once: the default, unless the notes keep them in their tasks
    (_TARGETS_IN_TASKS). Session 32 counted, over blind65–74, 21 of 60 LLM drafts and 24
    of 60 built-in drafts whose reader found 工作目标 template text while the targets
    closed the tasks (目标写实 unmet, as blind54's readers of both writers); blind46's
    readers had asked the opposite (targets heaped in 工作目标, none in (一)): the targets
    are listed there a task a clause (target_list), in the tasks' order."""
    return not _TARGETS_IN_TASKS.search(facts.doc.notes)


def no_filler(facts: Facts) -> bool:
    """Whether the notes forbid stock phrases: no point then gets a purpose clause
    (blind41: seven of them in a 工作计划 whose notes said 别写空话, its reader's second
    defect)."""
    return bool(_NO_FILLER.search(facts.doc.notes))


_SUBJECTLESS = re.compile(r"(今年|去年|明年|\d{4}年)?(首次|第一次|申报|争创|迎接|通过|完成|获|是|"
                          r"搬|迁|内设|下设|设有|建院|建校|建站|建馆|进行|始建|恢复成立|成立|"
                          r"从|开馆|开园|开业|前身)")  # blind39: 2017年从…分设; 2012年开馆
"""A note sentence that opens with its time or its verb: the unit is its subject."""
_YEARS_IT_IS = re.compile(r"(今年|去年|明年|\d{4}年)(?:也|又|还)?是[^，。；]*(年|周年)"
                          r"(?=[，。；]|$)")
"""今年是“十五五”开局之年, 今年是世妇会召开30周年: the year's setting, no subject's."""


_WRITTEN = re.compile(r"交书面|书面的|书面材料|书面汇报|不是念的|不用念|带回去看|不是上台念|带走看|"
                      r"装档案盒|(?:称呼|称谓)[^。\n]{0,12}(?:去掉|不要|删)")
"""Notes saying a 汇报 is handed in, not read out (交书面的…材料他们带回去看, blind26)."""


def starts_with_unit(facts: Facts) -> bool:
    """Whether the notes ask a written report to begin with the unit itself (直接从我们处
    的情况写起, blind26): no lead-in sentence."""
    return bool(re.search(r"直接从[^。，,；;\n]{0,12}写起", facts.doc.notes))


def funded_by(facts: Facts) -> str:
    """The body the notes say holds the unit's 人财物 (人财物都上划到县自然资源局 → 县自然
    资源局), "" when none: its 经费 come from there, not from a budget of its own
    (blind57's LLM reader: 纳入年度预算 in a 所 that has none)."""
    m = re.search(r"人财物(?:都|全部|已)?上划(?:归|到|至)?([县市][\u4e00-\u9fff]{2,12}?"
                  r"(?:局|委|中心|办))", facts.doc.notes)
    if m is None:
        return ""
    # …；2019年机构改革划归县农业农村局: the body it went to later (blind65: 经费由县畜牧局
    # 统筹保障 in a station under 县农业农村局 since 2019)
    later = re.findall(r"划(?:归|入|到)([县市][\u4e00-\u9fff]{2,12}?(?:局|委|中心|办))",
                       facts.doc.notes[m.end():].split("\n")[0])
    return later[-1] if later else m[1]


def written(facts: Facts) -> bool:
    """Whether a 汇报 is a written submission: the notes say so, or forbid its 称谓
    (开头那种“尊敬的各位领导”就不要了): then it has no 称谓, no welcome and no 谢谢 (a
    blind26 reader: the speech's opening and closing the notes forbade)."""
    return bool(_WRITTEN.search(facts.doc.notes)) or any(
        w.startswith("尊敬的") for w in forbidden(facts))


I_READ = re.compile(r"我(?:要|来|自己)?(?:当着[^。，,；;\n]{1,16}|当面)?念|"
                    r"我[^。，,；;\n]{0,16}(?:自己|亲自|当面)念")  # 我31号在全站大会上自己念
"""The notes' writer saying he reads the document out (我要念的; 我当面念; 我要当着全体老师和
学员代表念, blind48)."""
_READ_OUT = re.compile(rf"{I_READ.pattern}|当面念|现场念|上台念|念给|宣读|"
                       r"会上(?:自己|亲自)?念|"  # 26号我自己在会上念 (blind59)
                       r"当着[^。，,；;\n]{1,16}念|"
                       # 12月29日全镇干部大会上队长自己念 (blind58)
                       r"(?:队长|局长|所长|站长|院长|校长|书记|主任|会长|行长|经理)(?:自己|亲自)念|"
                       # 我用手语讲，禹秘书长在旁边同步念 (blind87: no 称谓, no thanks)
                       r"同步念|在旁边念|替我念|帮我念|代我念")
"""Notes saying the document is read out, by its writer (I_READ) or another (院长现场念; 他要
当着全体老师念的, blind49)."""


def read_aloud(facts: Facts) -> bool:
    """Whether a document is read out to its listeners: a 汇报 not handed in (written), a
    summary whose notes say it is read (年底员工大会上我要念), or a 工作计划 whose notes say
    so (计划元月12号…大会上我自己念，开头称呼“同志们”, blind65: a filed document's voice
    read aloud, no 称谓, no thanks). A plan's 宣读 is no reading of it (宣读表彰决定)."""
    if written(facts) or facts.doc.kind not in (*RETROSPECTIVE, "work_plan"):
        return False
    if facts.doc.kind == "work_plan":
        return bool(_READ_OUT.search(facts.doc.notes.replace("宣读", "")))
    # (… nor a pasted item's own reading: 本引导词每舱次宣读约4分钟，宣读人签字, blind89's
    # written summary printed as a speech)
    notes = re.sub(r"(?:本|每)[^。；;\n]{0,8}宣读|宣读人", "", facts.doc.notes)
    return facts.doc.kind == "creation_report" or bool(_READ_OUT.search(notes))


# (not an address: 18号院是人家房东的私宅，…念出来不好, blind110's speech dated the 18th)
# (… nor a door, but a 门诊部: 12月31号门诊部年终总结会上我自己念, blind121's reader)
_DELIVERED = re.compile(r"(?<![\d.月])(?:(\d{1,2}|元)月)?(\d{1,2})[号日]"
                        r"(?![\d前后院楼栋室房线]|门(?!诊))"
                        r"(?:念(?=之?前)|(?:(?!\d{1,2}[号日])[^。；;\n]){0,20}?"
                        # (27号会员代表大会上我用手语讲，…同步念: blind87's)
                        r"(?:(?<!不)念(?!到|之?前)|宣读|我[^，,。；;]{0,6}讲(?=[，,。；;])))")
"""The day the notes say a text is read (7号职工大会上我自己念), the nearest before 念 (3号,
not 31号, of …31号秘书处才对得完账，…，3号念之前: blind89); not a deadline (每月15日前
汇报), nor a figure's day before where the reading reaches it (…20号才结得出来，稿子上给它
空个格，念到那儿我照财务的数报: blind93's speech dated the 20th). Its month where the notes
say it (总结1月10号会员代表大会上我自己念 of a summary dated 12月29日: blind95; 元月10号,
blind98); a figure's day a clause before 念之前 is not (会计15号就结了账，念之前你找她要来:
blind99); nor a figure's day that will not be read (第三方1月11号才反馈，赶不上就不念了 before
30号…我自己念: blind113's speech dated the 11th)."""


def delivery_date(facts: Facts) -> date:
    """The day a text read aloud is delivered where its notes' remarks name it, within a
    month after the document's date (7号职工大会上我自己念 of a plan dated 1月6日: blind79's
    readers of both writers dated the speech 1月7日); else the document's date."""
    written = facts.doc.date
    # (… not a figure's day that comes too late: 1月20号审计报告才出来，念的时候赶不上,
    # blind115's plan dated the 20th)
    m = next((d for d in _DELIVERED.finditer(_remarked(facts.doc.notes))
              if not re.search(r"赶不上|才出来|出不来|才有", d[0])), None)
    if m is None or not read_aloud(facts):
        return written
    day = int(m[2])
    month, year = written.month, written.year
    if m[1]:  # (元月10号: January, blind98)
        month = 1 if m[1] == "元" else int(m[1])
        year += month < written.month
    elif day < written.day:
        month, year = (1, year + 1) if month == 12 else (month + 1, year)
    try:
        said = date(year, month, day)
    except ValueError:
        return written
    return said if (said - written).days <= 31 else written


def one_voice(facts: Facts) -> bool:
    """Whether one person speaks the document (read_aloud, or a 汇报 in its reporter's
    voice even when handed in): its 我 is the speaker's, not a note-taker's (RULES.md
    style.working_notes)."""
    return read_aloud(facts) or facts.doc.kind == "creation_report"


def as_delivered(facts: Facts) -> Facts:
    """The facts a document states on its date: none still to report after it (due_after)
    unless the notes ask for its blank (asks_blank: 先空着, 出来再补). Nobody asked, such a
    blank cannot be filled by the date: read aloud it cannot be read out (blind46's and
    blind47's readers: 全年出院【待补充：12月31日统计后补】人次 heard in mid-December),
    written it cannot be sent (blind31, blind32, blind35, blind44 to blind48). Asked for, it
    is the leader's own slot (blind80 to blind82 readers of both writers, FACTS.md session
    36), a blank (Figure.blank: ____, session 38). The user is told by the facts' warning
    (facts.validate._late_todos)."""
    parts = {p for f in facts.figures for p in f.ratio or ()}
    late = [f.todo and due_after(f.todo, facts.doc.date) for f in facts.figures]
    asked = [bool(f.todo) and asks_blank(f.name, f.todo, facts.doc.notes) for f in facts.figures]
    # (… the slot asked for a clean blank, ____, not a bracketed note: blind87's reader)
    kept = tuple(replace(f, blank=True) if is_late and is_asked else f
                 for f, is_late, is_asked in zip(facts.figures, late, asked, strict=True)
                 if not (is_late and f.name not in parts and not is_asked))
    return facts if kept == facts.figures else replace(facts, figures=kept)


def addressee(facts: Facts) -> str:
    """A 汇报's 称谓: doc.addressee, else one the notes give (尊敬的考评组各位领导、各位专家),
    else the genre's 尊敬的各位领导."""
    if facts.doc.addressee:
        # (… and those the notes greet after it: 称呼先问候考评组各位领导，再问县教体局陪同的
        # 领导 beside addressee 尊敬的考评组各位领导, blind101's reader missed the second)
        # (an organ by its name, not one the addressee names: no 各位局领导 after 县自然资源局
        # 各位领导, blind65)
        greeted = called(facts)
        more = [g for g in greeted[1:] if g not in facts.doc.addressee and (((
            # (县社科联的领导, blind104)
            # (学校陪同的领导, blind106)
            organ := re.match(r"[\u4e00-\u9fff]{1,10}?(?:局|委|部|办|厅|院|校|会|中心|联)", g))
                and not g.startswith("各位") and organ[0] not in facts.doc.addressee)
                # (县里、镇里陪同的领导: 县、镇陪同的各位领导, blind114's reader)
                or re.fullmatch(r"[县市镇乡区、]{1,8}陪同的各位领导", g))]
        if greeted and greeted[0] in facts.doc.addressee and more:
            return _greeting(facts.doc.addressee, *more)
        return facts.doc.addressee
    found = re.search(r"尊敬的[^，。；;“”\n]{2,30}?(?=[：:”」』，。；]|$)", facts.doc.notes)
    if found:
        # (… and those greeted after it: 称呼用“尊敬的市考评组各位领导”，再问县里、镇里陪同的
        # 领导好, blind114's reader found the second missing)
        return _greeting(found[0], *(g for g in called(facts)[1:] if g not in found[0]))
    # 称呼把考评组各位领导和科协领导都带上 → 尊敬的考评组各位领导、科协各位领导 (blind60)
    return f"尊敬的{_greeting(*greeted)}" if (greeted := called(facts)) else "尊敬的各位领导"


def _greeting(*greeted: str) -> str:
    """Those a 称谓 greets in one line, parted by 、, or by ， where one of them holds a list
    (尊敬的省考评组各位专家，市、县、镇陪同的各位领导: blind107's reader)."""
    return ("，" if any("、" in g for g in greeted) else "、").join(greeted)


_COPY_TO = re.compile(r"(?<![不别])(?<!不用|不要|无需|不必)抄送(?![：:\s人”])"
                      r"([^，,。；;：:）)\n｜|]{2,40})")
"""A 抄送 the notes ask of the document (写好报分公司党委，抄送县文明办; blind50–52), not a
pasted form's header field (抄送：组织委员　贝立群, a line opening 抄送： or 抄送 人), nor the
word quoted (这个“抄送”是人家事务所的: blind119's printed ”是人家事务所的)."""


_MAIN_TO = re.compile(
    r"(?:(?:计划|方案|总结|汇报|材料|稿子|这份|这篇|写好|定稿|审完)[^。；;\n]{0,8}?|"
    # 印发各乡镇（街道）武装部，报军分区 (blind63); 发到各村民小组，报镇党委 (blind72)
    r"(?:印发|发到|下发到?)[^。；;\n]{2,30}?[，,][ \t　]*|"
    r"(?:^|(?<=[。；;]))[ \t　]*|"  # a sentence of its own: 报市文明办。 (blind62)
    # a clause of its own before the 抄送's (…，书面交，报院党委，抄送县公安局城关派出所:
    # blind123's reader found no 主送)
    r"[，,][ \t　]*(?=报[^，,。；;：:]{2,20}[，,][ \t　]*抄送))"
    # (…总结，不念，抄送县民政局: no 送 of 抄送, blind91)
    r"(?:(?<![简汇日周月季年快情上申填呈通举预测])报(?:给|送)?|交(?![代流通接易纳办心由叉付警往谈书])(?:给)?|"
    r"(?<!抄)送(?:给)?)"
    r"([^，,。；;：:（）()“”\s]{2,30}?)(?=审定|审核|审批|备案|推荐|的|[，,。；;\s）)]|$)", re.M)
"""The organs the notes send the document to (计划报局党组, 方案印发全站，报市粮储局, 总结
要报市卫健委和市文明办, 这份是报市委办和市文明办的, 1月20日前报局党委), not a
简报/通报/举报/报名 or a figure 报 before (上次报局里的9680盏 names no document)."""

_ORGAN = re.compile(r"(?:党组|党委|党工委|工委|委员会|文明办|文明实践中心|局|委|办|办公室|"
                    r"中心|部|厅|集团|公司|政府|总工会|总会|大队|站|爱卫会|联合会|分区|"
                    r"[商侨妇文残]联|[科消]协|卫生院|[学医]院|学校|党总支|防指|"
                    r"办事处)(?:里)?$")  # 报街道党工委和办事处 (blind103's reader)
"""How an organ's name ends (局党组, 县文明办, 集团党群工作部, 局里; 学院 for a college's
own centre, blind80's 报学院)."""


def main_to(facts: Facts) -> tuple[str, ...]:
    """The document's 主送机关, printed under its title (GB/T 9704—2012 §7.3.2): doc.main_to,
    else the organs the notes send it to (_MAIN_TO), a short name completed from the unit's
    superior or its own name (局党组 of a unit under 县林业和草原局 → 县林业和草原局党组; 局里 →
    县林业和草原局); none for a document read out (its 称谓 addresses the listeners). Not
    repeated in the 版记's 抄送 line (copy_to). blind59's LLM readers: 计划报局党组 with no
    主送 line."""
    if facts.doc.main_to:
        return facts.doc.main_to
    if read_aloud(facts):
        return ()
    if issued := _issued_to(facts):  # 印发各作业点，报县气象局: the 作业点 (blind63)
        return issued
    found = _reported_to(facts)
    # 周五前报局里 and 总结报局党组: one organ, its 党组
    return tuple(n for n in found if not any(o != n and o.startswith(n) for o in found))


_ISSUED = re.compile(r"(?:印发|发到|下发到?)"
                     # (农场各队、各组 of a university's farm, blind81)
                     r"((?:局机关|机关|局属|所属|院内|全院|全县|全镇|"
                     # (发到局里各组和指挥中心, blind84)
                     # (印发科里各医疗组、护理组, blind98)
                     # (印发基地各部, blind121)
                     r"[\u4e00-\u9fff]{0,3}[场站所院局校馆队园厂司心科地]里?)?各"
                     r"[^，,。；;：:\s的《]{1,40}?)(?=执行|落实|学习|[，,。；;\s]|$)")
"""The subordinate organs a plan is issued to (方案印发各作业点, 印发各乡镇（街道）武装部,
印发局机关各股室、局属各单位: blind70's LLM reader found the plan sent to 县文明办 alone;
印发中心各组, blind80)."""


def _issued_to(facts: Facts) -> tuple[str, ...]:
    """The organs the notes issue the document to (_ISSUED): its 主送 then, the organs it
    is 报 to going to the 版记 (blind63's readers of both writers: 印发各作业点，报县气象局
    printed 主送 县气象局 while the text speaks to its 作业点)."""
    # (… a department by its name in the unit's: 指挥中心 → 执行指挥中心, blind84)
    # (…竞技体育股和县国民体质监测站: two, not 竞技体育股和… for 体质监测站, blind112)
    departments = re.split(r"[、，,；;]|和(?=[\u4e00-\u9fff]{2,12}$)", facts.unit.departments or "")
    return tuple(dict.fromkeys(
        next((d for d in departments if d.endswith(n) and "各" not in n), n)
        for m in _ISSUED.finditer(facts.doc.notes)
        for n in (re.sub(r"^([\u4e00-\u9fff]{1,3})里(?=各)",
                         lambda p: "" if p[1] == "科" and facts.unit.self_ref == "我科"
                         else p[1], part)
                  for part in re.split(r"、|和(?=[\u4e00-\u9fff]{2,8}$)", m[1]))))


def _in_full(name: str, facts: Facts) -> str:
    """A county's or city's organ named short, by its full name (县文明办 → 泐水县精神文明
    建设委员会办公室, 县卫健局 → 浲阳县卫生健康局, 县妇联 → 浲阳县妇女联合会, 县民政局 → 浲阳县
    民政局), the place found in the unit's superior or its own name: the 版记 and the 主送
    name organs in full (GB/T 9704—2012 §7.3.2, §7.4.2; blind69's readers of both writers,
    blind70's LLM reader of 主送浲阳县卫健局, 抄送县妇联); the unit's superior where the
    name shortens it (县委政法委, 县文广旅体局: blind83); any other name as it is, and this
    one too where neither name holds the place."""
    # the superior by its short name: 县委政法委 of 中共陲川县委政法委员会 (blind83's reader:
    # 报：中共陲川县委政法委)
    # … or its words in order (县文广旅体局 of 舫城县文化广电旅游体育局, blind83's reader:
    # 主送 abbreviated)
    sup = facts.unit.superior
    # 报学校 of a school's 中心: the superior by its common noun (blind93's readers: 报：学校。)
    if name in ("学校", "医院", "公司", "学院") and sup and host_noun(name) == host_noun(sup):
        return sup
    # 院团委, 局政治处 of a body the unit is part of: its name (抄送院团委 → 共青团轵阳县人民医院
    # 委员会, 局政治处 → 喈川县公安局政治处: blind98's readers)
    # (学院纪委 of a college's office's branch: 中共…学院纪律检查委员会, blind105's reader)
    if part := re.fullmatch(r"(学院|学校|大学|医院|[院局校])(团委|党委|纪委|工会|"
                            r"[\u4e00-\u9fff]{1,4}[处科室部])", name):
        for whole in (sup, facts.unit.name):
            if host := re.match(rf"(?:中共)?([\u4e00-\u9fff]{{2,16}}?{part[1]})", whole):
                body = host[1]
                return {"团委": f"共青团{body}委员会", "党委": f"中共{body}委员会",
                        "纪委": f"中共{body}纪律检查委员会"}.get(part[2], body + part[2])
    # 局机关纪委 of a branch under 中共…局机关委员会 → 中共…局机关纪律检查委员会 (blind97's
    # LLM reader: 抄送：局机关纪委)
    # (… and 中心纪委 of a branch under 中共…中心委员会: blind99's reader)
    if (body := re.fullmatch(r"([\u4e00-\u9fff]{1,4}?)纪委", name)) and sup.endswith("委员会") \
            and sup.removesuffix("委员会").endswith(body[1]) and sup.startswith("中共"):
        return sup.removesuffix("委员会") + "纪律检查委员会"
    if name.endswith("委") and sup.endswith("委员会") and (sup.startswith(name) or (
            name[0] in "县市区" and re.fullmatch(
                rf"(?:中共)?[\u4e00-\u9fff]{{1,6}}?{re.escape(name)}员会", sup))):
        return sup
    short = re.fullmatch(r"([\u4e00-\u9fff]{0,6}?[县市区])([\u4e00-\u9fff]{3,10})", name)
    # (县国资集团 of 崛山县国有资本运营集团有限公司: blind97's reader of 报：崛山县国资集团)
    bare = re.sub(r"有限(?:责任)?公司$", "", sup)
    if short and sup != name and any(whole.endswith(name[-1]) and re.fullmatch(
            rf"[\u4e00-\u9fff]{{0,6}}?{re.escape(short[1])}"
            + ".*?".join(map(re.escape, short[2])), whole) for whole in {sup, bare}):
        return sup
    # 洵溪县菽塘镇党委 → 中共洵溪县菽塘镇委员会, …街道党工委 → 中共…街道工作委员会 (blind72)
    if town := re.fullmatch(r"(?:中共)?(.{2,12}?(?:镇|乡|街道))党(工)?委", name):
        return f"中共{town[1]}{'工作' if town[2] else ''}委员会"
    # 县委办 → 中共茳川县委办公室, 县委组织部 → 中共泇源县委组织部 (blind71), 县委老干部局
    # → 中共熹平县委老干部局 (blind73)
    # … 县直机关工委 → 中共…县直属机关工作委员会 (blind75)
    # … 县委政法委 → 中共…县委政法委员会 (blind84's 抄送)
    committee = re.fullmatch(r"[县市区](?:委(?:办(?:公室)?|[\u4e00-\u9fff]{1,6}[部局室]|"
                             r"[\u4e00-\u9fff]{2,4}委)|直机关工委)", name)
    if not committee and not re.fullmatch(
            rf"[县市区](?!局|委)[\u4e00-\u9fff]{{0,12}}{_ORGAN.pattern}", name):
        return name
    body = _unabbreviated(name[1:])
    body = re.sub(r"委办$", "委办公室", body) if committee else body
    body = re.sub(r"^(委[\u4e00-\u9fff]{2,4})委$", r"\1委员会", body) if committee else body
    # the place opening the superior's or the unit's name (泇源县…), else two characters
    # before its 县 (民盟菥阳县委员会 → 菥阳县, not 盟菥阳县)
    wholes = [re.sub(r"^中共", "", w) for w in (facts.unit.superior, facts.unit.name) if w]
    for pattern in (rf"^(?:(?![省市县区])[\u4e00-\u9fff]){{1,3}}?{name[0]}(?=[\u4e00-\u9fff])",
                    rf"(?:(?![省市县区])[\u4e00-\u9fff]){{2}}{name[0]}(?=[\u4e00-\u9fff])"):
        for whole in wholes:
            if place := re.search(pattern, whole):
                return ("中共" if committee else "") + place[0] + body
    # … or the organ as the facts name it whole elsewhere (市体育局 of a county bureau whose
    # honour 骠州市体育局 granted: blind112's reader of 抄送：市体育局)
    named = "、".join((*(h.grantor for h in facts.honors), *facts.doc.basis))
    if not committee and (whole := re.search(rf"(?:(?![省市县区])[\u4e00-\u9fff]){{2}}"
                                             rf"{re.escape(name[0] + body)}", named)):
        return whole[0]
    # … or where the honours name one city (市文明办 of a village whose honours 牿州市妇女联合会
    # granted: blind117's reader of 主送 市文明办 beside the 抄送's full names)
    if not committee and len(places := set(re.findall(
            rf"((?:(?![省市县区])[\u4e00-\u9fff]){{2}}){name[0]}(?=[\u4e00-\u9fff])", named))) == 1:
        return f"{places.pop()}{name[0]}{body}"
    return name


def _unabbreviated(name: str) -> str:
    """An organ's name with its short form written out (卫健局 → 卫生健康局, 文明办 → 精神文明
    建设委员会办公室), by _SHORT_ORGAN; the name itself when it holds none."""
    for short, full in _SHORT_ORGAN.items():
        if name.endswith(short) and not name.endswith(full):
            return name.removesuffix(short) + full
    return name


def _reported_to(facts: Facts) -> list[str]:
    """The organs the notes 报 the document to (_MAIN_TO), short names completed."""
    found: list[str] = []
    for match in _MAIN_TO.finditer(facts.doc.notes):
        # (本方案经公示无异议后，报…经管站备案: a pasted document's own 报, blind71)
        if facts.doc.notes[max(0, match.start() - 1):match.start()] == "本":
            continue
        # 报县教育局、抄送县文明办: the 抄送 is copy_to's (blind51)
        for name in _organs(match[1].split("抄送")[0].rstrip("、")):
            name = _in_full(_organ_name(name.strip(), facts), facts)
            if name and name not in found:
                found.append(name)
    return found


def _organs(text: str) -> list[str]:
    """The organs a list names (县文明办、县总工会; 市委办和市文明办), not parting an
    organ's own 和 (县文化和旅游局, blind65: 抄送：县文化，旅游局)."""
    parts = re.split(r"(、|及|和)", text)
    out = [parts[0]]
    for mark, part in zip(parts[1::2], parts[2::2], strict=True):
        if mark == "和" and not _ORGAN.search(out[-1]):
            out[-1] += mark + part
        else:
            out.append(part)
    return out


_HOST_DISCIPLINE = ("学校纪委", "校纪委", "院纪委")
"""The discipline committee of the college or hospital a unit is part of, as its staff
call it (_organ_name completes it)."""


def _organ_name(name: str, facts: Facts) -> str:
    """An organ named as the unit's superior or the unit itself names it, completed by
    the longest start of the name found there (局党组 of 荭原县林业和草原局 → 荭原县林业和
    草原局党组, 开发区党工委 → 琏坪县经济开发区党工委, 县委政法委 → 中共苓溪县委政法委; one
    character only for 局 and 镇); 局里 → the superior; a name not an organ's → ""."""
    # 报院里 of a hospital's department: its hospital (blind109: no 主送 printed)
    if name in ("院里", "医院") and facts.unit.superior.endswith("医院"):
        return facts.unit.superior
    # 报后勤总支 of a branch under 中共…后勤服务中心总支部委员会: that 总支 (blind110: no 主送)
    if (re.fullmatch(r"[\u4e00-\u9fff]{0,6}(?:党总支|总支)", name)
            and facts.unit.superior.endswith("总支部委员会")
            and (name.startswith("党") or name[:2] in facts.unit.superior)):
        return facts.unit.superior
    # a 目标责任书's 报甲方办公室备案 is the contract's party, not an organ's name; a 提案's
    # 交县教育体育局主办 is who handles it (blind64's 审查意见)
    if not _ORGAN.search(name) or re.search(r"\d|^[甲乙]方|[主会承协]办$", name):
        return ""
    name = re.sub(r"^[县市区]局", "局", name)  # 县局党组: the superior's
    # 市工商联 of a 商会 under 玭州市工商业联合会: by its full name there (blind64); 县卫健局
    # under 浲阳县卫生健康局 no 浲阳县卫健局 (blind70)
    # under 浲阳县卫生健康局 no 浲阳县卫健局 (blind70); one completed nowhere stays as said
    said, name = name, _unabbreviated(name)
    # 学校 of a university's own farm: the university (blind81: 报学校 printed so)
    if name in ("学校", "学院", "大学") and re.search(r"(?:大学|学院|学校)$", facts.unit.superior):
        return facts.unit.superior
    # 院党委 of a hospital's own centre: 中共…医院委员会 (blind76: 报院党委 printed short)
    # (… of a college's branch, whose name opens 中共: blind117's reader of 中共中共…)
    if name == "院党委" and (hospital := re.match(r"(?:中共)?(.{2,20}?[医学]院)", facts.unit.name)):
        return f"中共{hospital[1]}委员会"
    # 学校纪委 of a college's branch: 中共…学院纪律检查委员会 (blind124's LLM reader of
    # 抄送：学校纪委; 院纪委 of a hospital's department likewise)
    if name in _HOST_DISCIPLINE and (
            host := re.match(r"(?:中共)?(.{2,20}?(?:大学|学院|学校|医院))", facts.unit.name)):
        return f"中共{host[1]}纪律检查委员会"
    # 院党组 of a court's own bureau: its court's 党组 (blind84: 报院党组 printed short)
    if name == "院党组" and facts.unit.superior.endswith("院"):
        return f"{facts.unit.superior}党组"
    # 中心党总支 of a branch under 中共…中心总支部委员会: the superior by its name (blind74)
    if name.endswith("党总支") and facts.unit.superior.endswith("总支部委员会") and \
            name[:-3] in facts.unit.superior:
        return facts.unit.superior
    # 集团党委 of a company's branch under 中共…集团有限公司委员会: the superior by its name,
    # not 中共…集团党委 (blind81)
    if name.endswith("党委") and re.fullmatch(r"中共.+委员会", facts.unit.superior) and \
            len(name) > 3 and name[:-2] in facts.unit.superior:
        return facts.unit.superior
    for whole in (facts.unit.superior, facts.unit.name):
        for n in range(len(name), 0, -1):
            if n == 1 and name[0] not in "局镇":
                break
            at = whole.rfind(name[:n])
            if at >= 0:
                return whole[:at + n] + name[n:].removesuffix("里")
    return "" if said.endswith("里") else said


_SHORT_ORGAN = {
    "工商联": "工商业联合会", "侨联": "归国华侨联合会", "妇联": "妇女联合会",
    "残联": "残疾人联合会", "文联": "文学艺术界联合会", "科协": "科学技术协会",
    "消协": "消费者协会",  # (抄送…县消协: blind111's reader)
    "文明办": "精神文明建设委员会办公室", "少工委": "少先队工作委员会",
    "直机关工委": "直属机关工作委员会",
    "卫健局": "卫生健康局", "卫健委": "卫生健康委员会", "人社局": "人力资源和社会保障局",
    "市监局": "市场监督管理局", "住建局": "住房和城乡建设局", "发改委": "发展和改革委员会",
    "发改局": "发展和改革局", "文旅局": "文化和旅游局", "教体局": "教育和体育局",
    "应急局": "应急管理局", "医保局": "医疗保障局", "交通局": "交通运输局",
    "粮储局": "粮食和物资储备局", "资规局": "自然资源和规划局", "林草局": "林业和草原局",
    "科技局": "科学技术局", "工信局": "工业和信息化局", "经信局": "经济和信息化局",
    "民宗局": "民族宗教事务局", "退役军人局": "退役军人事务局", "城管局": "城市管理局",
    "国资委": "国有资产监督管理委员会", "机关事务局": "机关事务管理局", "统战部": "统一战线工作部",
    "政府办": "人民政府办公室", "政府办公室": "人民政府办公室", "政府": "人民政府",
    "疾控中心": "疾病预防控制中心",  # 抄送县疾控中心 (blind85's reader: in full)
    # 抄送县人武部、县关工委 (blind97's reader: in full)
    "人武部": "人民武装部", "关工委": "关心下一代工作委员会",
    "市场监管局": "市场监督管理局",  # 抄送县市场监管局 (blind98's readers of both writers)
    "交警大队": "交通警察大队",  # 抄送县公安局交警大队 (blind105's readers of both writers)
    "防指": "防汛抗旱指挥部",  # 报县防指 (blind113's readers of both writers: no 报 line)
}
"""The short names of organs and 人民团体 as people say them, and the full names of the
organs the 机构改革 of 2018–2019 set up in counties and cities (卫生健康局, 应急管理局, 医疗
保障局…) and of the 人民团体 (their 章程)."""


def report_to(facts: Facts) -> tuple[str, ...]:
    """The organs a document issued downwards is 报 to, printed in the 版记 as `报：…。`
    above its 抄送 line: doc.report_to, else the notes' 报… of a document they issue to
    its own 各… (印发各中队，报县应急局，抄送县林业局 → 县应急管理局; with a typed 主送 of
    those 各… only: 报市委宣传部 kept, blind71). The 报、送、发 lines are the 党委 system's
    practice beside GB/T 9704—2012 §7.4.2's 抄送; readers of both writers found the routing
    wrong in 33 drafts of blind65–74, a superior filed under 抄送 its commonest form, and
    blind74's and blind75's wrote the 报 line out."""
    if facts.doc.report_to:
        return facts.doc.report_to
    if _issued_to(facts) and all("各" in m for m in facts.doc.main_to):
        return tuple(_reported_to(facts))
    return ()


def copy_to(facts: Facts) -> tuple[str, ...]:
    """The document's 抄送机关, in the order given: doc.copy_to, else those the notes name
    (报集团党委，抄送县文明办 → 县文明办; 抄送县文明办、县总工会各一份 → both), none of
    the organs it is 报 to (report_to). Printed in the 版记 under the 成文日期 (GB/T
    9704—2012 §7.4.2; blind50's, blind51's and blind52's LLM readers asked for the line the
    notes named)."""
    # (a typed 县林业局 is the notes' 荼岭县林业局)
    reported = {name for r in report_to(facts) for name in (r, _in_full(r, facts))}
    if facts.doc.copy_to:
        return tuple(c for c in facts.doc.copy_to if c not in reported)
    found: list[str] = []
    for match in _COPY_TO.finditer(facts.doc.notes):
        for name in _organs(match[1]):
            name = re.sub(r"(?:各|也)?(?:一份|报一份|备案)$|^(?:给|到)", "", name.strip())
            # 镇文明办: the town found in the unit's names (blind72); 硗坪镇党委 holds it
            # (… and 学校纪委 of a college's branch: its college's, blind124's LLM reader)
            if re.match(r"[镇乡]", name) or name in _HOST_DISCIPLINE:
                name = _organ_name(name, facts) or name
            name = _in_full(name, facts)
            if len(name) >= 2 and name not in found and name not in reported:
                found.append(name)
    return tuple(found)


_CALLED = re.compile(r"称呼[^。\n，,]{0,4}把([^。，,；;\n]{2,30}?)都?带上")
"""Whom the notes' writer greets (称呼把考评组各位领导和科协领导都带上, 称呼把领导和会员代表
都带上: blind59's and blind60's readers of both writers found them left out)."""


def called(facts: Facts) -> tuple[str, ...]:
    """The listeners the notes ask the 称谓 to greet, each as the 称谓 calls them (考评组各位
    领导, 科协领导 → 科协各位领导, 会员代表 → 各位会员代表, 部长 → 部长), in their order;
    () when the notes name none."""
    found = _CALLED.search(facts.doc.notes)
    # 开头先招呼集团领导，再招呼同志们; 开头先叫镇里领导，再叫各位居民代表 (blind86: 各位
    # 领导、同志们 printed for both)
    # (… 开口先问候省考评组各位领导，县里、镇里来的领导也带上: blind87's 尊敬的各位领导)
    # (开口先问候县体育总会来的领导，再问各位会员代表好: blind95's 同志们 printed)
    # (开口先向省考评组各位领导问好，再问候县里、镇里陪同的同志, blind99)
    # (开口先问候城服集团来的领导，接着是全体职工, blind107: 同志们 printed)
    # (开头问候市考评组各位领导，再问县里、镇里陪同的领导好, blind123's reader: the second
    # left out)
    hailed = re.search(r"(?:先|开头|开口)(?:招呼|叫|问候|向)([^。，,；;\n]{2,16}?)(?:问好)?[，,]\s*"
                       r"(?:(?:再|接着|然后)(?:是|招呼|叫|问候?)([^。，,；;\n]{2,16}?)好?|"
                       r"([^。，,；;\n]{2,16}?)也带上)"
                       r"(?=[，,。；;\n])", facts.doc.notes) or re.search(
        # 开口先问领导好，县体育总会…都有人来，再问各位会员代表好 (blind88: 同志们 printed)
        # (头一句问县文联领导好，接着问各位会员好, blind90)
        r"(?:先|头一句|开口|开头)问(?:候)?([^。，,；;\n]{2,12}?)好[，,][^。；;\n]{0,30}?"
        r"(?:再|接着|然后|后面)问(?:候)?([^。，,；;\n]{2,12}?)好"
        # (…，最后是同事们: blind106's 同事们 left out)
        r"(?:[，,]\s*最后(?:是|问(?:候)?)([^。，,；;\n]{2,12}?)好?(?=[，,。；;\n]))?",
        facts.doc.notes) or re.search(
        # 称呼头一个是管理处来的领导，后面是同志们 (blind90: 各位领导 printed)
        # (称呼先问候暨校长，后面是老师们, blind92: 各位分管的暨校长 printed)
        # (称呼先问集团来的领导好，后面是同志们, blind106)
        r"称呼(?:头一个是|先问候?|先招呼|先叫)([^。，,；;\n]{2,16}?)好?[，,]\s*"
        # (…，后面是市里、县里、镇里陪同的领导: blind112's 尊敬的各位领导 printed)
        r"(?:后面|然后|接着|再)(?:是|问候|招呼|叫)([^。，,；;\n]{2,16}?)"
        # (…，最后是咱们中心和各病区的同事: blind111's 同志们 printed)
        r"(?:[，,]\s*最后(?:是|问(?:候)?)([^。，,；;\n]{2,16}?)好?)?"
        r"(?=[，,。；;\n])", facts.doc.notes) or re.search(
        # (称呼用“尊敬的考评组各位领导”，再问县司法局的领导好, blind105; 开头称呼“同志们”，
        # 再问各位师傅好, blind113's 同志们 alone printed)
        r"称呼用?“(?:尊敬的)?([^”]{2,16})”[，,]\s*(?:再|接着|然后)问(?:候)?"
        r"([^。，,；;\n]{2,12}?)好()", facts.doc.notes)
    # (称呼就“同志们”，集团璩总也来，先问璩总好: the guest first, blind123's reader of
    # 同志们 alone)
    guest_first = None if found or hailed else re.search(
        r"称呼(?:就|用)?“([^”]{2,16})”[，,][^。；;\n]{0,20}?先问(?:候)?([^。，,；;\n]{2,8}?)好",
        facts.doc.notes)
    if found is None and hailed is None and guest_first is None:
        return ()
    out = []
    hails = [w for w in (hailed.groups() if hailed else ()) if w] or (
        [guest_first[2], guest_first[1]] if guest_first else [])
    # 县体育总会、县残联来的领导和会员代表: the bodies before 来的领导 are one greeting
    # (县体育总会、县残联各位领导, blind89: 各位县体育总会 printed)
    for who in (re.split(r"和|及|、(?![^、和及]{2,12}来的领导)", found[1]) if found else hails):
        # 县里、镇里来的领导 → 县镇各位领导
        # 县里、镇里陪同的领导 → 县、镇陪同的各位领导 (blind96: 县镇里陪同各位领导 printed)
        if re.search(r"陪同的?(?:领导|同志)$", who):
            out.append(re.sub(r"陪同的?(领导|同志)$",
                              lambda m: "陪同的各位领导" if m[1] == "领导" else "陪同的同志们",
                              re.sub(r"([县市镇乡区])里(?=、|陪同)", r"\1", who)))
            continue
        # 局里来的分管领导 → 局分管领导 (blind99: 局里分管各位领导 printed)
        if re.fullmatch(r"([\u4e00-\u9fff]{1,3}?)里?(?:来的)?分管(?:的)?领导", who):
            out.append(re.sub(r"里?(?:来的)?分管(?:的)?领导$", "分管领导", who))
            continue
        who = re.sub(r"(?<=[县市镇乡区])、(?=[县市镇乡区])", "",
                     re.sub(r"([县市镇乡区])里(?=、|来|的)|来的", r"\1", who))
        # 测评组的各位领导; 省考评组的专家 (blind107: 各位省考评组的专家 printed)
        who = re.sub(r"^([省市县区]?(?:测评组|考评组|评估组|验收组))的", r"\1", who.strip())
        who = re.sub(r"^([镇乡村县市区])里(?=领导)", r"\1", who)  # 镇里领导 → 各位镇领导
        who = re.sub(r"的(?=领导$|各位领导$)", "", who)  # 残联的领导 → 残联各位领导 (blind87)
        # 国投的领导 where the notes say 县国投 elsewhere: 县国投各位领导 (blind119's reader)
        if (organ := re.fullmatch(r"([\u4e00-\u9fff]{2,4})领导", who)) and (
                level := re.search(rf"([县市区]){re.escape(organ[1])}", facts.doc.notes)):
            who = level[1] + who
        # 分管的詹院长 → 詹院长; 咱们中心和各病区的同事 → 中心和各病区的同事们 (blind111)
        who = re.sub(r"^分管的?(?=[\u4e00-\u9fff]{1,2}(?:[院局校所站馆]长|书记|主任)$)", "", who)
        if re.match(r"咱们|我们", who):
            who = re.sub(r"^(?:咱们|我们)", "", who)
            who = who if who.endswith("们") else f"{who}们"
        if not who:
            continue
        # 集团来的郁总 → 郁总, a person (blind122's reader: 各位集团郁总 printed)
        who = re.sub(r"^[\u4e00-\u9fff]{2,4}?(?=[\u4e00-\u9fff]总$)", "", who)
        if "各位" not in who:
            # 院领导 → 各位院领导 (blind82's readers of both writers: 院各位领导)
            who = (f"各位{who}" if who.endswith("领导") and len(who) == 3
                   else f"{who[:-2]}各位{who[-2:]}" if who.endswith(("领导", "专家"))
                   and len(who) > 2
                   else "各位领导" if who == "领导"
                   else who if re.search(r"[长记任席们]$|^[\u4e00-\u9fff]总$", who)
                   # 全科同事 → 各位同事 (blind80's reader: 各位全科同事)
                   else f"各位{re.sub(r'^全[体院校科所站局部处队](?=[^，,]{2})', '', who)}")
        # 校长 of 庞校长也来: the one the notes name (blind71's reader: 称呼 should name him)
        if re.fullmatch(r"(?:校|院|局|所|站|馆|会|部|厂|行|社)长|书记|主任|董事长|经理", who) and (
                guest := re.search(rf"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]){who}(?:也|都)"
                                   r"(?:来|在|参加|出席|到场)",
                                   facts.doc.notes)) and guest[1] not in "副老新的这那":
            who = guest[1] + who
        out.append(who)
    # … and those the notes say are there too (视障跑者代表也在场, blind89)
    # (not 家长委员会的代表也来 beside 各位家长代表: blind68)
    # (… not those a greeting names already: 各位会员、各位同学 of 学生会员代表也在场, blind93)
    if out and (present := re.search(r"([\u4e00-\u9fff]{2,8}代表)也在场", facts.doc.notes)) \
            and present[1][:2] not in "".join(out) \
            and not any(re.sub(r"^各位|们$", "", w) in present[1]
                        for greeting in out for w in greeting.split("、")):
        out.append(f"各位{present[1]}")
    return tuple(out)


def says_hello(facts: Facts) -> bool:
    """Whether the notes ask the speaker to greet his listeners with 好 (开口先问候集团来的
    领导，再问各位职工好): the 称谓 then goes on 大家好！ (blind99's and blind100's readers of
    both writers: the greeting asked, none said)."""
    return re.search(r"(?:开口|开头|头一句|称呼)[^。；;\n]{0,30}?问(?:候)?[^。，,；;\n]{1,20}好",
                     facts.doc.notes) is not None


# (…再问各位会员代表好；先谢谢大家一年的支持，特别是…: the greeting's, blind108)
_THANK_REASON = (r"(?:一学期|一年到头|一年来|一年(?=[打跑走出做干接看])|去年|今年|这一年|"
                 r"[\u4e00-\u9fff]{2,6}(?:那一?几?个月|那阵子|那段时间|那[\u4e00-\u9fff]{1,4}天))")
"""How the notes open what people are thanked for (一学期有一半的晚上睡在学校; 三夏那一个月
吃住都在地头, 下乡筛查那几个月手术常常排到晚上九点: blind115's readers found both dropped)."""
_THANKS = re.compile(r"(?:开头|开口|称呼后[头面边]?|称呼完|问候完|好[；;，,]\s*(?=先))"
                     r"(?:(?!念完|说完|讲完|结尾|最后|末了)[^。；;\n]){0,12}?(?:先)?"
                     r"(?:说感谢[，,]\s*)?(?:谢谢|感谢)(大家|同志们|乡亲们|父老乡亲们?|全[\u4e00-\u9fff]{1,3}老少|"
                     r"各位[\u4e00-\u9fff]{0,4})"
                     r"(去年|今年)?(?:一年到头|一年)?(?:来)?的?(辛苦|付出|支持)?"
                     # (开口先感谢大家去年连轴转，尤其是半夜出车的收送部, blind106)
                     r"(?:[\u4e00-\u9fff]{0,4}?[，,]\s*(?:特别是|尤其是)([^，,。；;\n]{2,40}))?"
                     # (…，特别是住校年级的班主任，一学期有一半的晚上睡在学校: blind112's reader
                     # found the reason dropped)
                     # (…，砍菜季那四十来天，天天凌晨三点就进了车间: a comma after its time,
                     # blind117's reader found it dropped)
                     r"(?:[，,]\s*(" + _THANK_REASON + r"(?:[，,](?=天天|每天|常常|经常))?"
                     r"[^，,。；;\n]{4,24}))?")
"""Notes asking a speech to open on thanks for the year's work (开头谢谢大家一年的辛苦;
先谢谢大家去年一年的辛苦，特别是引航员和艇员; 称呼后头先说感谢，谢谢全村老少一年到头的支持，
特别是塘长们…; 开头先谢谢大家，特别是…收购部、质检中心的同志; 开口先感谢大家去年连轴转，
尤其是…)."""


def opening_thanks(facts: Facts) -> str:
    """The thanks a document read aloud opens with where the notes ask for it (_THANKS),
    for the year the plan follows or the summary closes (首先，感谢同志们2026年一年的辛勤
    付出，特别是引航员和艇员，大家辛苦了！), "" when they do not: blind104's readers of a
    plan and a summary found the thanks asked and none said."""
    m = _THANKS.search(facts.doc.notes)
    if m is None or not read_aloud(facts):
        return ""
    back = facts.doc.kind in RETROSPECTIVE
    year = facts.doc.year - (0 if back or m[2] == "今年" else 1)
    whom = m[1] if m[1] != "大家" else "大家" if back else "同志们"
    # (帮摘队那帮年轻人 → 帮摘队的年轻人: blind109)
    whom_most = re.sub(r"那帮(?=[\u4e00-\u9fff]{2})", "的", m[4] or "")
    why = _thanked_for(m[5]) if whom_most else ""
    most = f"，特别是{written_told(whom_most)}{why}" if whom_most else ""
    if m[3] == "支持":
        return f"首先，感谢{whom}{year}年一年来的支持{most}！"
    return f"首先，感谢{whom}{year}年一年的辛勤付出{most}，大家辛苦了！"


_CLOSING_THANKS = re.compile(r"(?:念完|讲完|说完|结尾|最后|末了)[^。；;\n]{0,8}?(?:谢谢|感谢)"
                             r"大家[，,]\s*(?:特别|尤其)(?:是|要)?(?:谢谢|感谢)?([^。，,；;\n]{2,30})"
                             r"(?:[，,]\s*(" + _THANK_REASON + r"[^。；;\n]{4,24}))?")
"""Notes asking a speech to close on thanks to some of its listeners (念完谢谢大家，特别谢谢
夜里出车的防制一部, blind107)."""


def closing_thanks(facts: Facts) -> str:
    """Those the notes ask a speech read aloud to thank at its close (_CLOSING_THANKS), in
    written words (每周四跟车下乡的护士), "" when they ask none or it is not read aloud:
    blind107's reader of a plan and a summary found the thanks asked and none said."""
    m = _CLOSING_THANKS.search(facts.doc.notes)
    if m is None or not read_aloud(facts):
        return ""
    # … with what they are thanked for (…，去年一年他们没歇过一个整周末: blind111's reader
    # found the reason dropped), the year said as the speech's
    why = re.sub(r"^(?:去年|今年|这一年)一年|^一年来", "过去一年" if facts.doc.kind == "work_plan"
                 else "一年来", m[2] or "")
    return written_told(m[1]) + _thanked_for(why)


def _thanked_for(reason: str | None) -> str:
    """What the notes thank people for, after them (，一学期有一半的晚上睡在学校), without
    the leader's 他们; "" for none or words to the writer."""
    why = re.sub(r"(?:他们|她们|大家)", "", reason or "")
    return f"，{why}" if why and not _INSTRUCTION.search(why) else ""


def listeners(facts: Facts) -> str:
    """Who hears a document read aloud, as its 称谓 calls them: those the notes read it
    before (当着全体老师和学员代表念 → 各位老师、各位学员代表), 同志们 otherwise (a 员工大会,
    blind47 and blind50)."""
    # 称呼就“老师们、同志们”: the 称谓 as the notes quote it (blind69: 同志们 alone)
    quoted = re.search(r"称呼(?:就|只|还是)?(?:是|用|写|叫)?[：:]?“([^”]{2,24}?)[：:，,]?”",
                       facts.doc.notes)
    # (… and those greeted after it: 开头称呼“同志们”，再问各位师傅好, blind113's reader)
    # (… or a guest greeted before it: 称呼就“同志们”，集团璩总也来，先问璩总好, blind123)
    if quoted and re.match(r"[，,]\s*(?:(?:再|接着|然后)问|[^。；;\n]{0,20}?先问)",
                           facts.doc.notes[quoted.end():]) and (greeted := called(facts)):
        return "、".join(greeted)
    if quoted:
        return quoted[1]
    # 当着全体会员代表自己念: who reads it is no listener (blind53)
    before = re.search(r"当着(?:全体|全院|全校|全公司|全所|全站)?([^。，,；;\n念]{2,16}?)"
                       r"(?:自己|亲自|当面)?念", facts.doc.notes)
    if not before:
        # 家属代表也在场: those guests first, then the staff (blind51)
        guests = re.search(r"([\u4e00-\u9fff]{2,6}?)(?:也在场|也参加|也来|都来)", facts.doc.notes)
        if greeted := called(facts):  # 称呼把领导和会员代表都带上 (blind59)
            # the leaders brought along, the meeting's own people still greeted (称呼要把
            # 领导带上: 各位领导、同志们)
            # (each one greeted: 各位居民代表、各位老队长 is no leaders' list, blind99)
            leaders = all(re.search(r"领导$|[长记任席]$", part)
                          for w in greeted for part in w.split("、"))
            # … and at the unit's own meeting its people too (全体教职工大会上我自己念，家长
            # 委员会的代表也来听，称呼把家长代表带上: blind68's 各位家长代表 alone)
            # (全校教职工和兼职老师的年终会上我自己念: blind70's 称谓 without the staff)
            # (25号开工大会上我自己念: the company's own, blind84's reader missed 同志们)
            # (…各位居民代表 greeted at the 居民代表大会: the meeting's own, no 同志们 after,
            # blind99; 家长代表 at a 教职工大会 are guests, 同志们 still: blind68)
            reps = re.search(r"([\u4e00-\u9fff]{2,4}代表)大会", facts.doc.notes)
            own = re.search(r"全体[\u4e00-\u9fff]{1,6}大会|职工大会|员工大会|指战员大会|"
                            r"开工大会|动员大会|总结大会|年终大会|"
                            r"全(?:校|院|所|站|局|公司)[\u4e00-\u9fff和]{0,12}?(?:年终会|年会|大会)",
                            facts.doc.notes) and not any(
                                re.search(r"们$|(?:师傅|同事|职工|员工)$", part)
                                or (reps is not None and part.endswith(reps[1]))
                                for w in greeted for part in w.split("、"))
            # (巫院长、各位师傅: no 同志们 after, blind93)
            return "、".join(greeted + (("同志们",) if leaders or own else ()))
        if guests and "领导" in guests[1]:  # 县工商联和镇里的领导也来 (blind54)
            return "各位领导、同志们"
        if re.search(r"称呼[^。\n]{0,6}(?:把|带上|要有)[^。\n]{0,4}领导", facts.doc.notes):
            return "各位领导、同志们"  # 总结开头的称呼要把领导带上 (blind55)
        if guests and (person := re.search(r"[\u4e00-\u9fff](?:校|院|局|所|站|馆|厂)长$|"
                                           r"[\u4e00-\u9fff](?:书记|主任)$", guests[1])):
            return f"{person[0]}、同志们"  # 分管的暨校长也来 (blind92: 各位分管的暨校长)
        return f"各位{guests[1]}、同志们" if guests else "同志们"
    # … and a guest the notes ask greeted, first (当着全体会员念，县文联仝主席也来，称呼把仝主席
    # 带上: 尊敬的仝主席、各位会员, blind85's readers of both writers)
    guests = tuple(f"尊敬的{w}" if re.fullmatch(r"[\u4e00-\u9fff][\u4e00-\u9fff]{1,3}[长记任席]", w)
                   else w for w in called(facts) if w not in before[1])
    return "、".join((*guests, *(f"各位{re.sub(r'^(?:全体|全院|全校)', '', who)}"
                                for who in re.split(r"[和、]", before[1]) if who)))


_HISTORY = re.compile(r"^[\u4e00-\u9fff]{0,6}原为|成立|组建|前身|合并|更名|改称|更为现名|划归|划入|"
                      r"并入|整合|始建|建于|创办|"
                      r"单独设立|独立设置|加挂|上划|建院|建校|挂靠|三局合一|"
                      r"作业务主管单位|业务主管单位(?:改为|变更)")  # 2020年起由县委统战部作…
"""Words of a unit's history (我站1993年成立，前身为…)."""


def _unit_facts(facts: Facts) -> list[str]:
    """The notes' statements about the unit, less those that go with one task
    (task_notes) or that one task already says."""
    routed = _routed(facts)
    # … nor the stressed work's outside account, said where the work opens (blind49: the
    # 现场推进会 in 基本情况 and again in its task)
    # …办公室设在站里: the unit by its own word (blind54's 大事记)
    return [re.sub(r"设在(?:站|所|院|局|馆|队|中心)里", f"设在{facts.unit.self_ref}", b)
            for s in _note_list(facts, "fact") if s not in routed
            and (b := _stated_clauses(facts, s))]


def _stated_clauses(facts: Facts, sentence: str) -> str:
    """A statement's clauses that state something: not one only restating figures the
    facts give (员工38个; 医生13个、护士23个, each a figure, and the rest of the count after
    such a lead, 两个是技师和文员: blind119's reader found them printed after the staff's
    sentence), nor one naming what is kept (土地流转证明两人以上核实、登记备查这些，放在党建
    那条里照写: blind118's reader); "" when none."""
    counted = _restates_figure(facts, sentence.split("，")[0])
    return "，".join(c for c in _less_background(facts, sentence).split("，")
                    if not all(_restates_figure(facts, p) for p in c.split("、"))
                    and not (counted and re.match(r"(?:还有)?[两二三四五六七八九几]个是", c))
                    and not re.search(r"[这那](?:些|几[条样项])$", c)
                    and not re.fullmatch(_WORK_BEGAN, c))


_WORK_BEGAN = r"(?:19|20)\d\d年[^。，,；;]{0,12}?(?:就)?(?:开始|起)(?:搞|办|做|干)?的"
"""When a work began, its subject left out (2021年支部一建起来就开始搞的, said after the
unit's best work: brand_told's, no statement of the unit's, blind120's reader found it in
基本情况)."""


def _restates_figure(facts: Facts, clause: str) -> bool:
    """Whether a clause only states a figure the facts give (员工38个，党员24个，这些你表里
    都有: blind57's bank printed 党员24个 after 党员24人)."""
    m = re.fullmatch(r"(?:现有)?([\u4e00-\u9fff]{1,8}?)(\d+(?:\.\d+)?)(?:个|名|人|家|户|位)",
                     clause)
    said = (m[1], m[2]) if m else None
    # (68个护堤员是聘的 beside 聘用护堤员68人: blind68)
    if said is None and (m := re.fullmatch(r"(\d+(?:\.\d+)?)(?:个|名|位)([\u4e00-\u9fff]{2,8}?)是"
                                           r"[\u4e00-\u9fff]{1,4}的", clause)):
        said = (m[2], m[1])
    # (诚信经纪人2026年评了128名 beside 诚信经纪人128名: blind109's reader of both)
    if said is None and (m := re.fullmatch(r"([\u4e00-\u9fff]{2,8}?)(?:(?:19|20)\d\d年|今年|去年)?"
                                           r"(?:评了|评出|评出了|发展了|培训了)(\d+(?:\.\d+)?)"
                                           r"(?:个|名|人|家|户|位)", clause)):
        said = (m[1], m[2])
    if said is not None and any(f.name.endswith(said[0]) and f.value == float(said[1])
                                for f in facts.figures):
        return True
    # (科里自己的人是24个 beside 全科医护人员24人: a correction's remark, blind95)
    if (m := re.fullmatch(r"[\u4e00-\u9fff]{0,10}?的人(?:还)?(?:是|有)(\d+)(?:个|名|人|位)",
                          clause)) and any(f.unit in ("人", "名") and f.value == float(m[1])
                                           for f in facts.figures if not f.ratio and not f.todo):
        return True
    # 门诊现在管着的适龄儿童是1.42万名 beside 在册管理适龄儿童 1.42万人 (blind85's reader: the
    # figure said again in the leader's words): its last four characters end the figure's name
    # (… its time before it and its unit left out: 2025年底户籍人口是62.4万, blind102's reader)
    m = re.fullmatch(r"(?:(?:19|20)\d\d年[底末]?)?[\u4e00-\u9fff]*?([\u4e00-\u9fff]{4})"
                     r"(?:是|有|共|为)(\d+(?:\.\d+)?)(万?)(?:个|名|人|家|户|位|(?<=万))", clause)
    return m is not None and any(f.name.endswith(m[1]) and f.value == float(m[2])
                                 and f.unit.startswith(m[3]) for f in facts.figures)


def _routed(facts: Facts) -> set[str]:
    """The notes' sentences that go with one task (_homes)."""
    return {sentence for sentence, _, _ in _homes(facts)}


def _historic(facts: Facts, sentence: str) -> bool:
    """Whether a statement of the notes tells the unit's history: its words (_HISTORY),
    or an earlier year's move, opening or rebuilding (2016年9月正式开学, 2022年…迁入…:
    blind26 told them after the figures, apart from the founding)."""
    years = [int(y) for y in re.findall(r"((?:19|20)\d\d)年", sentence)]
    return bool(_HISTORY.search(sentence)) or (
        bool(years) and min(years) < facts.doc.year
        and bool(_MOVED.search(sentence) or _STEP.search(sentence)  # 1992年改为… (blind53)
                 or min(years) in _history_years(facts)))


_MOVED = re.compile(r"建立|迁入|获批为|交房入住|交付使用|同年取得|^(?:19|20)\d\d年开设|"
                    # (…交由我会承担，开办书场; …列入省级…名录: blind118's steps lost)
                    r"交由[^，,。；;]{1,6}承担|列入[^，,。；;]{2,16}名录|"
                    # blind51's: a wind farm's 并网, a road project's 进场, 合龙, 贯通
                    r"并网|开工建设|进场|合龙|贯通|开始连锁经营|建成第二条|改制|"
                    r"搬迁|搬入|开学|开业|开园|开馆|改建|设立|单设|投入使用|"
                    r"启用|落成|建台|建站|建院|建校|建厂|建局|建矿|建场|建成|"  # 我台1978年建台
                    # 2016年引进…项目，2018年底点火投运 (blind36)
                    r"投运|投产|引进|收购|原名|承接运营|挂牌|撤销|迁至|"
                    # 10台压接机起步, 开了个废品收购站起家, 通过…认证, 改成… (blind59)
                    r"起步|起家|通过[^，,。；;]{2,30}认证|改成|搬到|合署办公|"
                    # 2016年起陆续接管…, 2020年在…设了协会活动室 (blind60)
                    r"接管|设了|"
                    # …老乡凑到一起, 2015年评上二级甲等…, …当了业务主管单位 (blind64)
                    r"凑到一起|评[为上][一二三]级[甲乙丙]等|业务主管单位|"
                    # (a step of _STEP is one too: _historic reads both)
                    # 1958年县里在榈江边建县糖厂 (blind58's 年鉴 entry)
                    r"建[县市镇乡]?[\u4e00-\u9fff]{0,3}[厂站所院校馆场](?=[，,。；;]|$)|"
                    r"^(?:19|20)\d\d年为.{2,16}下设的|"  # 1978年为市体委下设的棋类队 (blind48)
                    r"通过[^，,。；;]{2,20}验收|"  # 2024年PCR实验室通过…验收 (blind69)
                    r"从[^，,；;]{2,16}?(?:分出|分设)|扩建为|"  # 支部…从…分出, …扩建为 (blind70)
                    # 2024年建起…平台, 2018年…通过了章程, 2022年县里把…楼给了小院, 2024年从柑橘
                    # 扩到脐橙 (blind72)
                    r"建起|批了单独设|通过了?[^，,]{0,6}章程|把[^，,]{2,24}给了|扩大?到|"
                    r"有了第一[届个]|举办第一届|第一场|分了\d+个|"  # 2014年全县有了第一届…
                    # 1958年县里在垆坪山脚下办了个土法熬松香的作坊 (blind73)
                    r"在[^，,]{2,12}办(?:了个?)?[^，,]{2,16}(?:作坊|厂|店|站|所|社|班|点|铺)$|"
                    # 1958年生产队在后山栽了第一批核桃, 2012年…在老粮站租了两间仓库 (blind123's
                    # reader: the speech's first steps left out)
                    r"[栽种][下了]第一批|租(?:了|用)[^，,。；;]{0,8}?[一两二三四五六七八九十]间")


def note_sentences(facts: Facts, history: bool = True) -> str:
    """The notes' statements about the unit (_unit_facts), as one sentence ("" when
    none); without its history (unit_history) when `history` is False."""
    text = "；".join(s for s in _unit_facts(facts) if history or not _historic(facts, s))
    return f"{text}。" if text else ""


def branch_parent(name: str, said: str = "") -> str:
    """The unit a 党支部 is the branch of, by the branch's name (中共…公司支部委员会 →
    …公司); "" when the name gives none. A name ending in no organ's noun takes the one
    `said` (the notes) puts after it (…后勤服务中心水电维修 → …水电维修中心 where the notes
    say 单独设立水电维修中心: blind110 printed …水电维修现有中心职工34人)."""
    # …项目经理部临时党支部 → …项目经理部, not …项目经理部临时 (blind51)
    parent = re.sub(r"^中共|(?:第[一二三四五六七八九十]+)?(?:临时|联合)?(?:党总支|党支部|"
                    r"总支部委员会|支部委员会)$", "", name)
    # 中共糈川县驻芘州流动党员党支部: its members' branch, no unit's (blind67: 糈川县驻芘州
    # 流动党员现有…老乡1.8万人); …有机化学研究生党支部 too (blind83: …有机化学研究生2014年
    # 迁入…)
    members = re.search(r"(?:党员|研究生|本科生|学生|离退休人员|退休人员|退休教师|退休职工|"
                        r"辅导员)$", parent)  # …学生工作部辅导员党支部 (blind84)
    if parent == name or len(parent) < 4 or members:
        return ""
    if said and not re.search(r"[心司局院校所站厂馆队班组部处科室会社村场台店行园]$", parent) and (
            noun := re.search(re.escape(parent[-4:]) + r"(中心|班|组|队|站|所|科|室|部|处)", said)):
        return parent + noun[1]
    return parent


def unit_history(facts: Facts) -> str:
    """The notes' statements of the unit's history, as one sentence ("" when none), in
    the order of their years: a 基本情况 opens with them, before the figures (a blind19
    reader: 分公司2019年组建 tacked on after the headcount and the lines)."""
    # (… not a step the honours state: 2019年“鹉坪瓦匠”评上省级劳务品牌 beside the honour
    # 省级劳务品牌（“鹉坪瓦匠”）of 2019, blind93's reader found it twice)
    told = [s for s in _unit_facts(facts) if _historic(facts, s) and not (
        "，" not in s and any(_restates(s, h) and str(h.year) in s for h in facts.honors))]
    # (… a setting whose step is left out no step: 1983年分田到户以后, its 鱼塘包给了… in speech,
    # read as a sentence cut off by blind120's reader)
    told = [re.sub(r"[，,][^，,]*(?:以后|之后)$", "", s) for s in told
            if not re.fullmatch(r"[^，,]*(?:以后|之后)", s)]

    def first_year(s: str) -> int:
        years = re.findall(r"((?:19|20)\d\d)年", s)
        # 原名…, 最早为… with no year: where it began (blind33: 原名 after 2012年搬迁)
        # (我社区前身为犁港渔业村 too, blind86)
        # (柒里原为城关镇的一个生产队, blind110: read after the figures)
        origin = re.match(r"(?:我[\u4e00-\u9fff]{1,3}|[\u4e00-\u9fff]{1,4}(?=原为))?"
                          r"(?:原名|原为|最早|前身)", s)
        return int(years[0]) if years else 0 if origin else facts.doc.year
    told.sort(key=first_year)
    own = facts.unit.self_ref
    # (1992年成立县贸促会 of the 贸促会 a 党支部 is of: its founding, no 前身 of its own, blind100)
    whole = branch_parent(facts.unit.name, facts.doc.notes) or facts.unit.name
    told = [re.sub(r"^([\u4e00-\u9fff]{0,12}?)前身为((?:19|20)\d\d年)成立的([\u4e00-\u9fff]{2,12})"
                   r"(?=[，,]|$)",
                   lambda m: f"{m[1]}{m[2]}成立" if _same_unit(m[3], whole) else m[0], t)
            for t in told]
    # 2003年几个…老乡凑到一起，搞了个联谊会: the unit's beginning (blind64)
    # (… 成立联谊会 once _SPOKEN has read its 搞了个: blind93's row)
    told = [re.sub(r"^((?:19|20)\d\d年)(.{2,30}?)凑(?:到|在)一起[，,]?"
                   r"(?:(?:搞|开展|成立|办)了一?个|成立)([\u4e00-\u9fff]{2,12})$",
                   r"前身为\1\2自发成立的\3", t) for t in told]
    bare = re.compile(r"^(中心|学校|医院|公司|单位|支部|机关|本单位|大队|支队|中队|协会|学会|"
                      r"[站院局所馆台厂场])"
                      r"(?=(?:19|20)\d\d年|始建于|前身为)|"
                      r"^(?=(?:19|20)\d\d年(?:\d{1,2}月)?(?:正式|加挂|成立|组建|迁入|搬|更名|改为|"
                      r"单设|设立|建立|始建|整体搬迁|改制|升格|恢复设立|增设|为.{2,16}下设的|挂牌|"
                      r"注册成立|[一二三]?期?开工|从[^，,；;]{2,12}?(?:分设|分出|划出)|"
                      r"建[局校院所站台厂馆矿队场]|由[^，,；;]{2,12}?开办|开办|开始驻|"
                      r"建县时|在[^，,；;]{2,16}?创办(?=[，,；;]|$)|"
                      # (2012年在县民政局登记，成立县女企业家协会: blind121's, no subject)
                      r"在[^，,；;]{2,12}?(?:登记|注册)(?=[，,；;]|$)))|"
                      r"^(?=原名|原隶属|原属|原为|最早为|前身为)")
    # a 党支部's plan tells its unit's history, not the branch's (我支部原隶属县广播电视局,
    # blind33)
    branch = facts.doc.kind == "party_branch_plan"
    first = bare.match(told[0]) if told and own.startswith("我") and not branch else None
    # (1958年建校时… of a school's 教研组: the school's founding, not 我组's, blind92)
    if first and _school_founding(facts, told[0]):
        first = None
    # 中心2003年成立 / 2021年加挂…牌子: the unit, by its own word, opens its history; not
    # another's (公司1988年成立 in a company's branch's plan is the company's, a blind29
    # reader: 我支部1988年成立 beside 支部是2015年单独成立的)
    if first is not None and (not first.group(1) or own.endswith(first.group(1))
                              or first.group(1) in ("单位", "本单位")):
        told[0] = bare.sub(own, told[0], count=1)
    elif told and own.startswith("我") and not branch and (
            short := re.match(r"([\u4e00-\u9fff]{2,8}?)(?=(?:19|20)\d\d年)", told[0])) and (
            len(name := re.sub(r"^[县市区]", "", short[1])) >= 2
            and facts.unit.name.endswith(name)):
        told[0] = own + told[0][short.end():]  # 县法学会1987年成立 of 樗湾县法学会 (blind44)
    # 会里于1992年成立 … 支部2013年单独建立 (blind45's voice message): the unit by its name
    # in its branch's plan, by its own word otherwise; the branch as 我支部
    parent = branch_parent(facts.unit.name, facts.doc.notes) or facts.unit.name
    home = parent if branch and parent != facts.unit.name else own
    named = parent if branch else facts.unit.name  # 公司1988年成立 in a 机关's branch: another's
    told = [re.sub(r"^([会所院站局厂馆队]|公司|中心)里?(?=于?(?:19|20)\d\d年)",
                   lambda m: home if named.endswith(m[1]) else m[0], t) for t in told]
    if branch:
        # 支部是2020年单独成立的 (blind54)
        told = [re.sub(r"^支部是((?:19|20)\d\d年)单独(成立|建立)的$", r"我支部\1单独\2", t)
                for t in told]
        told = [re.sub(r"(^|[，,])支部(?=(?:19|20)\d\d年)", r"\1我支部", t) for t in told]
        # 2010年所里成立党支部, the branch its subject: 我支部2010年成立 (blind52)
        told = [re.sub(r"^我支部((?:19|20)\d\d年)成立党?支部$", r"我支部\1成立", t) for t in told]
        # … and the branch's own history after the unit's (blind50's reader: 我支部1984年…
        # read between the school's 1984 and 2003)
        if told and told[0].startswith(parent):
            told = sorted(told, key=lambda t: t.startswith("我支部"))
        # (恂阳县自然资源执法监察大队2006年成立县国土资源执法监察大队: the unit's former
        # name founded, no subject of it, blind97's reader)
        told = [re.sub(rf"^{re.escape(parent)}((?:19|20)\d\d年成立([\u4e00-\u9fff]{{4,20}}))$",
                       lambda m: m[1] if m[2][-2:] == parent[-2:] else m[0], t) for t in told]
    # a village grew from no workshop of its own: 1958年生产队办了个柳编组 is an event of its
    # history, not its 前身 (blind84's reader: 我村前身为1958年生产队开办的柳编组); one an
    # outside organ set up may be (1962年县林业局在麂子坪设立的伐木队, blind82)
    if facts.unit.type in ("村", "社区"):
        told = [re.sub(r"^(?:我[村社]区?)?前身为((?:19|20)\d\d年)"
                       r"((?:生产队|大队|村里?|村集体|村委会)[^，,；;]{0,8}?)"
                       # (村里几位老艺人组成的影戏组, blind91: printed 我村前身为…)
                       r"(?:开办|创办|设立|组织成立|自发组织|组成|组建)的(.+)$",
                       r"\1，\2办起\3", t) for t in told]
    # 前身为1993年成立的县港务公司 of 溦水县港务有限公司: the unit's own founding (blind52)
    told = [re.sub(rf"^(?:{own})?前身为((?:19|20)\d\d年)成立的([县市][\u4e00-\u9fff]{{2,10}})$",
                   lambda m: f"{own}{m[1]}成立" if _same_unit(m[2], facts.unit.name) else m[0], t)
            for t in told]
    # 我公司2016年注册成立瑀陂县云栈网络科技有限公司: the unit registers no one else
    told = [re.sub(rf"^({own}(?:19|20)\d\d年)注册成立{re.escape(facts.unit.name)}",
                   r"\1注册成立", t) for t in told]
    # 1987年，县里成立中小学卫生保健所 → 我所1987年成立 (blind56), not …设立…保健所
    # (… and its 借…两间平房起家 after it: blind67's 起家 kept with its step)
    told = [re.sub(rf"^({own}(?:19|20)\d\d年)(?:设立|成立)([县市]?[\u4e00-\u9fff]{{2,16}})"
                   r"(?=$|[，,])",
                   lambda m: f"{m[1]}成立" if _same_unit(m[2], facts.unit.name) else m[0], t)
            for t in told]
    # one 前身 only: a later predecessor founded is a step (1994年又成立了…稽查所, blind54)
    # (… and one another organ set up: 2021年市里成立快递行业党委, after 2013 and 2018,
    # was no 前身 of blind79's branch)
    told[1:] = [re.sub(rf"^(?:{own}|{re.escape(named)})?前身为((?:19|20)\d\d年)([^，,；;]{{0,16}}?)"
                       r"(成立|设立|开办|建立|建成|组建)的", r"\1\2\3", t)
                for t in told[1:]]
    # (… 前身为1978年在城关建的县缫丝厂 after 1958's: 1978年在城关建成…, blind114)
    told[1:] = [re.sub(rf"^(?:{own}|{re.escape(named)})?前身为((?:19|20)\d\d年)"
                       r"(在[^，,；;给]{2,12}?)建的", r"\1\2建成", t) for t in told[1:]]
    if told and told[0].startswith(own):
        told[0] = re.sub(r"^(我公司(?:19|20)\d\d年)注册成立公司", r"\1注册成立", told[0])
        # (我公司2016年成立现在的公司: the unit said once, blind121's reader)
        told[0] = re.sub(rf"^({re.escape(own)})((?:19|20)\d\d年)(?:正式)?成立现在的"
                         rf"{re.escape(own[1:])}(?=[，,；;]|$)", r"\1于\2成立", told[0])
    # 我中心前身为…；2014年成立…: the unit named once, by the first sentence that names it
    # (blind50, blind51); 1956年县航运站…；我公司1993年成立；2012年迁至… (blind52)
    for n in range(1, len(told)):
        said = "；".join(told[:n])
        for name in (own, named):
            if told[n].startswith(name) and (said.count(own) if name == own
                                             else _shared_run(said, name) >= 6):
                # (…于1988年成立 without its subject: 1988年成立)
                told[n] = re.sub(r"^于(?=(?:19|20)\d\d年)", "", told[n].removeprefix(name))
    # …研究生支教团2011年成立研究生支教团: the unit founded, named once (blind86's reader)
    told = [re.sub(r"^([\u4e00-\u9fff]{4,30}?)((?:19|20)\d\d年)(成立|组建)([\u4e00-\u9fff]{2,16})"
                   r"(?=$|[，,])", lambda m: m[1] + m[2] + m[3] if m[1].endswith(m[4]) else m[0], t)
            for t in told]
    # (我组1984年成立体育教研组: the unit's founding by its name needs no 我组 before it, blind92)
    # (… nor 我部1995年成立总务科, a predecessor under its own name: blind93's reader)
    told = [re.sub(rf"^{own}((?:19|20)\d\d年(?:成立|组建)[\u4e00-\u9fff]{{2,12}}"
                   rf"{'' if n else own[-1]})$", r"\1", t) if own.startswith("我") else t
            for n, t in enumerate(told)]
    text = "；".join(re.sub(r"设了个?", "设立", t) for t in told)
    # …划归县应急管理局；…与局里合署办公: the bureau named before (blind113's readers)
    text = re.sub(r"与局里(?=合署|合并)", lambda m: next(
        (f"与{b}" for b in reversed(re.findall(r"[县市区][\u4e00-\u9fff]{2,10}?局",
                                               text[:m.start()]))), m[0]), text)
    return f"{text}。" if text else ""


_HOSTS = (("学校", r"[中小大]学|学校|学院"), ("医院", r"医院"), ("公司", r"公司"))
"""The bodies a unit may be a part of, by the common noun its people call them (学校 of
洫阳县第一中学, 医院, 公司) and the words of their names."""


def host_noun(name: str, last: bool = False) -> str:
    """The common noun of the body `name` names (_HOSTS: 学校 of 漭川县第二中学, 医院, 公司), ""
    when none: 报学校 names the school (_in_full), a group whose office is the unit is set up
    by it (render.founder), its history is its own (_hosted). `last`: only the word `name`
    ends with (…集团有限公司艽州工务段 is no 公司)."""
    return next((noun for noun, body in _HOSTS
                 if re.search(f"(?:{body})$" if last else body, name)), "")


def _hosted(unit: str, word: str) -> bool:
    """Whether the unit is a part of the body `word` names (学校, 医院, 中心, 公司): a
    department whose name holds it (县人民医院急诊医学科), or a school's group (洫阳县第一
    中学体育与健康教研组: 2003年学校搬到城东 is the school's move, blind92)."""
    return word in unit or (word == "学校" and host_noun(unit) == "学校"
                            and re.search(r"(?:学|学校|学院|校)$", unit) is None)


def _school_founding(facts: Facts, step: str) -> bool:
    """Whether a step of the history is the founding of the school or hospital the unit is
    a part of (1958年建校时仅有两名体育教师 of a school's 教研组: the school's, not 我组's,
    blind92; 1952年建院的时候门诊就三间平房 of a hospital's 门诊部, blind121)."""
    founded = re.match(r"(?:19|20)\d\d年(?:\d{1,2}月)?建([校院])", step)
    return (founded is not None and not facts.unit.self_ref.endswith(founded[1])
            and _hosted(facts.unit.name, {"校": "学校", "院": "医院"}[founded[1]]))


def _same_unit(name: str, unit: str) -> bool:
    """Whether a name the notes give is the unit's own, as people shorten it: 县港务公司 of
    溦水县港务有限公司 (the county and 有限/股份 left out)."""
    def core(n: str) -> str:
        return re.sub(r"^.{0,4}?[县市]|(?:股份)?有限(?:责任)?", "", n)
    return core(name) == core(unit)


_SETTING = re.compile(r"(今年|明年|\d{4}年)(?:也|又|还)?(?:正好|恰好|刚好)?是"
                      r"([^，,。；;]*?(?:年|周年))"
                      r"(?:[，,]\s*(?:又|也|还|同时)是([^，,。；;]*?(?:年|周年)))?(?=[，,。；;]|$)")


_SETTING_BARE = re.compile(r"(?:^|(?<=[：:\n]))\s*"
                           r"(“[^”]{2,8}”(?:第一年|开局之年|收官之年|最后一年))"
                           r"(?:[，,]\s*(?:又|也|还|同时)是([^，,。；;]*?周年))?"
                           r"(?=[，,。；;]|$)", re.M)


_OWN_EVENT = re.compile(r"(?:恢复)?(?:重建|成立|组建|创办|建[院校站馆局所场厂台队会])"
                        r"[一二三四五六七八九十百\d]+周年")
"""An anniversary of the unit's own founding (恢复重建十周年, 建院70周年), not the
country's or the Party's (建党105周年 names its subject)."""


def year_setting(facts: Facts) -> str:
    """In a plan, the year's setting the notes give (今年是“十五五”开局之年，又是建党105周年
    → 2026年是“十五五”开局之年，也是建党105周年。): its opening says it (a blind23
    reader: 这两个要在开头点到, and the draft had it among the 工作目标); "" when none."""
    if facts.doc.kind in RETROSPECTIVE:
        return ""
    found = [m for m in _SETTING.finditer(facts.doc.notes)
             if not re.search(r"干的|我们|咱", m[0])]  # 在新楼里干的第一个整年: speech
    if not found:  # 第1页页边：“十五五”第一年，又是建党105周年 (blind31: no 今年是)
        bare = _SETTING_BARE.search(_said(facts.doc.notes, asides=False))
        if bare is None:
            return ""
        text = f"{facts.doc.year}年是{bare[1]}" + (f"，也是{bare[2]}" if bare[2] else "")
        return text + "。"
    said = [_titled(facts, _tidy(what)) for m in found for what in (m[2], m[3]) if what]
    # 今年正好是恢复重建十周年: the unit's own anniversary, with the unit (blind44)
    said = [f"{facts.unit.self_ref}{w}" if _OWN_EVENT.match(w) else w for w in said]
    text = f"{found[0][1]}是{said[0]}" + "".join(f"，也是{w}" for w in said[1:])
    # …第二年，全县要迎接…督导评估，这是头等大事，计划一开头就要点到: the event the opening
    # is asked to name goes with the setting (a blind33 reader: only in 工作目标)
    rest = facts.doc.notes[found[0].end():].split("\n")[0]
    rest = re.split(r"[。；;]", rest)[0]
    # (党的二十一大也要召开, its verb last; and a setting after it, 又是我局冲市级文明单位的
    # 关键一年: blind42 opened with the first only, the last a fragment among the goals)
    event = re.match(r"[，,]\s*([^，,]{1,40}?(?:迎接|举办|承办|开展|实施|召开|要开(?=[，,]|$))"
                     r"(?:[^，,]{4,40})?)(?=[，,]|$)", rest)
    if event and re.search(r"开头", rest):
        clause = re.sub(r"(?:也|还)?(?:还?要|将要|要)(?=迎接|举办|承办|开展|实施|召开)", "将",
                        re.sub(r"(?:也|还)?要开$", "将召开", event[1]))  # 二十一大也要开 (blind43)
        text += f"，{clause}"
        again = re.match(r"[，,]\s*(?:又|也|还|同时)是([^，,。；;]*?(?:年|周年))(?=[，,]|$)",
                         rest[event.end():])
        if again:
            text += f"，也是{_titled(facts, _tidy(again[1]))}"
    return absolute_years(text, notes_year(facts)) + "。"


_AT_START = re.compile(r"(?:^|[：:\n。；;])\s*"
                       r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[．.、]\s*)?"
                       r"([^。；;：:\n]{4,40}?)"
                       r"(?:[，,]([^。；;\n，,]{0,12}))?[，,]\s*(?:计划|方案|总结|汇报)?(?:一)?开头"
                       r"(?:带|点|提|说|写)(?:一|上)?(?:句|下|笔)")
"""A plan's aim the notes ask said in its opening sentence (今年要争创全县“五星级党支部”，
计划开头带一句; 今年11月省应急管理厅来评审，这是今年的头等大事，方案开头带一句)."""


def last_words(facts: Facts) -> str:
    """The thanks the notes ask a speech to end on (念完说谢谢各位领导 → 谢谢各位领导！), "" when
    they name none: blind114's reader of a report ending 谢谢！"""
    m = re.search(r"(?:念完|讲完|最后|结尾)(?:了)?(?:说|讲)一?句?[“\"]?(谢谢[\u4e00-\u9fff]{2,8}?)"
                  r"(?=就行|就可以|就好|[”\"，,。；;\n]|$)", facts.doc.notes)
    return f"{m[1]}！" if m else ""


def probation_month(facts: Facts) -> int:
    """The month the notes say a 预备党员's year of probation ends (那个预备党员今年4月满一年，
    到时候按期办转正 → 4), 0 when they say none: its 转正 is a node of a 党支部's year
    (《中国共产党章程》 第七条: 预备期为一年, 期满按期转正; blind113's reader found it in no
    month)."""
    # (not one done: 有一名去年12月已经按期转正, blind40)
    # (预备党员是去年10月接收的，今年10月到期，按期办转正: the month it ends, not the one it
    # began, blind119's reader found no 转正 in the year)
    m = re.search(r"预备党员[^。；;\n]{0,30}?转正", _said(facts.doc.notes, asides=False))
    months = re.findall(r"(?<!去年)(?<!\d)(\d{1,2})月", m[0]) if m else []
    return int(months[-1]) if months and 1 <= int(months[-1]) <= 12 and "已" not in m[0] else 0


def opening_aims(facts: Facts) -> str:
    """In a plan, the aims the notes ask its opening to name (_AT_START), each a sentence
    with the unit as its subject (2027年，我支部将争创全县“五星级党支部”。; 2026年底，市
    文明委将来我所测评。), "" when none: blind64's and blind66's readers of four plans found
    them in 工作目标 as the leader's own words (2026年年底市文明委来测评。) or not at all.
    Not a year's setting (今年是…: year_setting) nor a slogan's placing."""
    return "".join(said for _, said in _opening_aims(facts))


_AREA = r"(全[县市省区]|[县市省区]里)"
"""An area the notes name as the one acting (全县, 县里): an aim that is not the unit's."""


def _whole(area: str) -> str:
    """An _AREA as a document says it: 县里 → 全县, 全县 as it is."""
    body = area.replace("里", "")
    return body if body.startswith("全") else f"全{body}"


def _opening_aims(facts: Facts) -> list[tuple[str, str]]:
    """opening_aims as (the notes' words, years made absolute; the sentence said): the
    first is what note_goals leaves out."""
    if facts.doc.kind in RETROSPECTIVE:
        return []
    own, base = facts.unit.self_ref, notes_year(facts)
    out: list[tuple[str, str]] = []
    for m in _AT_START.finditer(_said(facts.doc.notes, asides=False)):
        aim = m[1].strip()
        # 学院党委今年要评“先锋党支部”: the one acting before the year, after it here
        # (blind113's readers: the opening aim missing)
        if (ahead := re.fullmatch(r"([\u4e00-\u9fff]{2,8}?)((?:今年|明年|(?:19|20)\d\d年)"
                                  r"(?:年?底前?|上半年|下半年|\d{1,2}月份?)?)(要[^，,]{2,30})",
                                  aim)):
            aim = ahead[2] + ahead[1] + ahead[3]
        setting = re.match(r"(?:今年|明年|\d{4}年)(?:也|又|还)?(?:正好|恰好)?是", aim)
        slogan = "“" in m[0] and any(n in m[0] for sl in facts.slogans
                                     for n in _slogan_names(sl.text))
        if setting or slogan:
            continue
        when = re.match(r"(今年|明年|(?:19|20)\d\d年)"  # 今年底 too (blind82)
                        r"(年?底前?|年初|年中|\d{1,2}月份?|上半年|下半年)?", aim)
        if when is None:
            continue
        rest = aim[when.end():]
        year = absolute_years(when[1], base)
        at = f"{year}{when[2] or ''}".replace("年年", "年")
        # (今年年底前省卫健委要来现场评审, blind76; 今年11月省中医药管理局要来评“治未病”示范
        # 中心, blind77: neither opened its plan)
        # (今年下半年市民政局要来验收社会组织规范化建设: what they inspect after, blind95)
        if (came := re.fullmatch(r"(.{2,12}?)要?来(?:我们[\u4e00-\u9fff])?(现场)?"
                                 # (…要来督查校外培训治理, blind111; …要来复核我们的…示范项目,
                                 # blind112)
                                 r"(测评验收|测评|评审|评估|评定|验收|检查|考核|复查|复核|督导|督查)"
                                 r"(?:我们的?)?([\u4e00-\u9fff“”]{2,24})?", rest)):
            # (今年年底省发改委要来评估示范县: the county is assessed, not the centre, blind103)
            county = came[4] and re.search(r"[县市区](?:（[市区县、]+）)?$", came[4]) \
                and not own.endswith(came[4][-1])
            out.append((absolute_years(aim, base),
                        f"{at}，{came[1]}将开展{came[4]}{came[3]}。" if county else
                        f"{at}，{came[1]}将来{own}{came[2] or ''}{came[3]}{came[4] or ''}。"))
        elif (judged := re.fullmatch(r"(.{2,12}?)要?来评(?:审|选)?"
                                     r"(“[^”]{2,16}”[\u4e00-\u9fff]{0,8})", rest)):
            out.append((absolute_years(aim, base),
                        f"{at}，{judged[1]}将来{own}评审{judged[2]}。"))
        # (学院党委今年要评“先锋党支部”，咱们奔着它去: the committee holds it, blind113)
        elif (held := re.fullmatch(r"([\u4e00-\u9fff]{2,8}?)要?评选?(“[^”]{2,16}”)(?:评选)?",
                                   rest)) and not re.search(_AREA, held[1]) \
                and re.search(r"党委|党组|工委|委员会|[局委办厅会]$", held[1]):
            out.append((absolute_years(aim, base),
                        f"{at}，{held[1]}将开展{held[2]}评选，{own}以此为目标。"))
        # 今年全县要评“移风易俗示范村”，咱们奔着这个去: the county holds the 评选, the unit
        # aims at it (blind72's reader: 我会将评… says the council awards it)
        elif (held := re.fullmatch(rf"{_AREA}要?(?:评选?|开展)(“[^”]{{2,16}}”)(?:评选)?", rest)):
            out.append((absolute_years(aim, base),
                        f"{at}，{_whole(held[1])}开展{held[2]}评选，{own}以此为目标。"))
        # 今年县里要申报全省书香县: the county's aim, not the unit's (blind79's reader: 我会
        # 将申报全省书香县 of a reading association)
        # (今年底市里要对乡村著名行动验收: the city inspects, the unit is inspected, blind82)
        elif (area := re.fullmatch(rf"{_AREA}(?:还|也)?要对(.{{2,24}}?)进?行?"
                                   r"(验收|检查|考核|复查|测评|评估|督导)", rest)):
            out.append((absolute_years(aim, base),
                        f"{at}，将迎接{area[1][0]}级对{area[2]}的{area[3]}。"))
        # 今年下半年市住建局要对代建单位搞星级评定，咱们奔着五星去 (blind104's readers of
        # both writers: 力争达到五星标准 in 工作目标, the 评定 not said)
        # (今年11月市交通运输局要对各县农村公路桥梁管养搞考核验收: blind105's, missing)
        elif (rated := re.fullmatch(r"([\u4e00-\u9fff]{2,8}?)要对([\u4e00-\u9fff]{2,12}?)"
                                    r"(?:搞|开展|进行)([\u4e00-\u9fff]{0,4}?(?:评定|评级|评估|"
                                    r"验收|考核|检查|督导|测评|复查))", rest)):
            goal = re.fullmatch(r"(?:咱们|我们)?(?:就)?(?:奔着|冲着|争取)([^，,]{1,8}?)去?",
                                m[2] or "")
            aimed = f"，{own}力争达到{goal[1]}标准" if goal else ""
            out.append((absolute_years(f"{aim}，{m[2]}" if goal else aim, base),
                        f"{at}，{rated[1]}将对{rated[2]}开展{rated[3]}{aimed}。"))
        elif (area := re.fullmatch(rf"{_AREA}(?:还|也)?要(.{{2,30}})", rest)):
            out.append((absolute_years(aim, base), f"{at}，{_whole(area[1])}将{area[2]}。"))
        # 今年路局要评“标杆党支部”，支部奔着这个去: the body above holds the 评选 (blind99's
        # reader of 我支部将评“标杆党支部”; 县直机关工委要评…: blind100's, left out)
        # (… and 县直机关工委要评“对台工作标杆”党支部, its kind after the quote: blind101's)
        elif (held := re.fullmatch(r"([\u4e00-\u9fff]{2,8}?)要?评选?(“[^”]{2,16}”"
                                   r"(?:党支部|支部|单位|集体|科室|窗口|班组)?)(?:评选)?",
                                   rest)) and not own.endswith(held[1][-1]):
            out.append((absolute_years(aim, base),
                        f"{at}，{held[1]}将开展{held[2]}评选，{own}以此为目标。"))
        # (今年社区要争创市级文明社区: the unit by its kind, blind69)
        elif (aims := re.fullmatch(r"(我们|咱们|[\u4e00-\u9fff]{2,3}?)?(?:还|也)?要(.{2,30})",
                                   rest)):
            # (今年公司要争创市级文明单位 in a 党支部's plan: the company's aim, not the
            # branch's, blind95's reader)
            host = aims[1] if aims[1] in ("公司", "学校", "医院", "集团", "单位", "企业", "工厂") \
                and "支部" in own else own
            # (今年要冲省级青年文明号，年底团省委来验收: 争创, and the inspection after it,
            # blind98's reader found both copied as said)
            then = re.fullmatch(r"(年底|年初|年中|\d{1,2}月份?|上半年|下半年)?(.{2,10}?)要?来"
                                r"(验收|测评|评审|评估|检查|考核|复查|评)", m[2] or "")
            met = (f"，{then[1] or ''}迎接{then[2]}{'评审' if then[3] == '评' else then[3]}"
                   if then else "")  # 年底省妇联来评 → 年底迎接省妇联评审 (blind99)
            out.append((absolute_years(f"{aim}，{then[0]}" if then else aim, base),
                        f"{at}，{host}将{re.sub(r'^冲(?!刺)', '争创', aims[2])}{met}。"))
    return out


def _opens(facts: Facts, sentence: str) -> bool:
    """Whether a sentence of the notes says an aim the plan's opening says (_opening_aims),
    as the notes say it or as the opening does (县里要申报… → 全县将申报…, blind79): not
    again among the goals, nor in a task (今年要冲省级巾帼文明岗，年底省妇联来评 printed in
    医德医风 too: blind99)."""
    def bare(text: str) -> str:  # 我部2026年申报… and 2026年要申报…: one aim
        return re.sub(rf"{re.escape(facts.unit.self_ref)}|\d{{4}}年|今年|明年|[要将来，。]", "",
                      text)
    aims = [bare(words) for pair in _opening_aims(facts) for words in pair]
    said = bare(sentence)
    # (… or most of its pairs, its 冲 said 争创 by then: blind99)
    return bool(said) and any(said in a or a in said or len(bigrams(said) & bigrams(a))
                              >= 0.7 * len(bigrams(said)) for a in aims)


def note_goals(facts: Facts) -> str:
    """In a plan, the notes' clauses saying what the year aims at (迎接复查, 申报省级…),
    less one that goes with one task (迎接全省对监测数据质量的专项检查 beside 守住监测数据
    三条底线, blind18) and one that only says the theme again (今年冲市级 in a plan to
    创建市级文明单位)."""
    routed = _routed(facts)
    own = re.compile(rf"^{re.escape(facts.unit.self_ref)}|\d{{4}}年|今年|争创|创建|冲刺|申报")
    # 2027年创成省级文明单位，年底迎接省级测评 in a plan to 创建省级文明单位: the theme
    # says the first clause (blind23: said twice in one paragraph)
    # (明年6月高考: when an exam falls is no aim, blind92's stray 2027年6月高考。)
    goals = ("，".join(c for c in s.split("，")
                      if own.sub("", c).replace("创成", "创建") not in facts.doc.theme
                      and not re.fullmatch(r"(?:(?:19|20)\d\d年|明年|今年)?\d{1,2}月"
                                           r"[\u4e00-\u9fff]{2,3}", c))
             # … nor the stressed work's outside account (今年6月…在我们这开了…现场会 in a plan
             # dated the year before, read as an aim: blind54)
             for s in (_less_background(facts, g) for g in _note_list(facts, "goal")
                       if g not in routed
                       # (年底关账那几天 of 多写…年底关账那几天，核算科的同志…的事: a scene's
                       # time, no aim, blind119's reader)
                       and not any(g in scene for scene in asked_scenes(facts))
                       # (一季度第三方测评的分数，稿子里先空一格: the figure a blank is left
                       # for, no aim, blind118's reader)
                       and not re.search(re.escape(g) + r"[，,][^。；;\n]{0,8}(?:先空|留个?空|"
                                         r"空一格|空着|划条线)", facts.doc.notes)) if s)
    opening = year_setting(facts)
    # 今年要争创…，计划开头带一句: the opening's (opening_aims), not again here
    goals = (s for s in goals if not _opens(facts, s))
    # …第二年，全县将迎接…督导评估 opens the plan: not again here (blind33)
    # 今年正好是恢复重建十周年 opens the plan, not among its aims (blind44)
    goals = (s for s in goals if not (opening and _SETTING.search(s)))
    # 明年每月两次进社区义修 of a pasted submission: a task's point, no aim (blind57)
    goals = (s for s in goals if not any(_contained(re.sub(r"^(?:\d{4}年|明年|今年)", "", s),
                                                    task_words(t)) for t in facts.tasks))
    said = [s for s in goals if s and re.sub(r"^(?:全[县市区])?(?:迎接|举办|承办|开展|实施|召开)|"
                                             r"^(?:又|也|还|同时)是", "", s) not in opening]
    # 2027年是市级文明单位复查年 opens the plan; its aim is passing it (a blind25 reader:
    # 复查年 never reached the goals)
    review = re.search(r"是([^，,。；;]{2,16}?)(复查|复评|复审|验收)年", opening)
    if review and not any(review[2] in s for s in said):
        said.insert(0, f"确保顺利通过{review[1]}{review[2]}")
    text = spelled_out(facts, "；".join(said))
    return f"{text}。" if text else ""


def spelled_out(facts: Facts, text: str) -> str:
    """`text` with the Latin abbreviations the notes spell out written whole (SP of
    标准化病人（SP）: blind111's reader of 2027年还想招一批男SP in a plan's 工作目标)."""
    for full, short in re.findall(r"([\u4e00-\u9fff]{2,8})[（(]([A-Z]{2,5})[）)]", facts.doc.notes):
        text = re.sub(rf"(?<![A-Za-z]){short}(?![A-Za-z])", full, text)
    return text


def in_voice(text: str, who: str, name: str) -> str:
    """A sentence of the notes with the unit as its subject: 获评… → 我站获评…; after its
    date when it opens with one (7月10日新候车厅投入使用 → 7月10日，我站新候车厅…); as it is
    when it names the unit already."""
    if text.startswith(("我", who, name)) or re.match(
            r"((19|20)\d\d年)?([县市区镇乡省]|本|全)", text):
        return text  # 县职工服务中心搬进新楼: its own subject
    date = re.match(r"(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:起|以来)?", text)
    if date and not text[date.end():].startswith(("，", "前", "底", "份")):
        return f"{date.group(0)}，{who}{text[date.end():]}"
    return f"{who}{text}"


def told(facts: Facts) -> str:
    """Everything the notes say was achieved, a task's own result included."""
    return _notes(facts, "achieved")


LEADERSHIP_TITLE = re.compile(r"组织领导|领导机制|组织保障")
"""A task on the unit's own 组织领导 (加强组织领导): the 领导小组's practice."""

_UNTOLD = re.compile(r"我们|咱|一[处个家户]一[处个家户]|跑到|啥|咋|还没|尚未|待定|回头|才|再补|"
                     r"反馈|重点|说|报(?!名|道)|汇报|材料|"
                     # 做法的顺序：小蚕共育放头一个 (blind46: printed in the task it placed)
                     r"顺序|放头一?[个条]|放第[一二三四五六七八]|打头|往后放|放最后|依次|"
                     # 资助育人是主任最看重的，…就是在这儿开的 (blind46): the leader's view, speech
                     r"看重|在这儿|在这里|"
                     # a post's comment (山那边的阿杰：…, blind66's 小红书 note); a visitor's
                     # words are no statements at all (_VISITOR: _note_clauses drops them)
                     r"^[^：:，,。]{1,12}[：:]|姐妹")
"""Words that keep a sentence of no role from a task's account: speech, what is still
to come, words to the writer (职工医疗互助参保数市总12月底才反馈; 今年重点说两块)."""
_VISITOR = re.compile(r"带娃|遛娃|打卡|网红|姐妹们|宝子|(?<!快递)小哥|攻略|出片")
"""A visitor's words in a pasted post (国庆假期带娃去了…, 讲解的小哥说…): no statement."""


@lru_cache(maxsize=64)
def achieved_by_task(facts: Facts) -> Mapping[str, tuple[str, ...]]:
    """In a summary or report, the notes' achievements that tell one task's work, by its
    title (开心农场从翻地、下苗到挖红薯…孩子们全程自主完成 beside 在“开心农场”开展春种
    秋收全过程劳动: a blind26 reader looked for it in 劳动教育, not among the year's
    results); not one the task already says. Cached, read-only: each task's account asks."""
    if facts.doc.kind not in RETROSPECTIVE:
        return MappingProxyType({})
    out: dict[str, tuple[str, ...]] = dict(placed_in_tasks(facts))  # 写进…那一条
    for title, said in scenes(facts).items():  # 多写压雪司机半夜上山…的事
        out[title] = (*out.get(title, ()), *said)
    # … and a sentence telling how a task's work went, which states nothing of the unit
    # (开心农场从翻地、下苗到挖红薯，再到送到县城义卖: no role of its own)
    own = facts.unit.self_ref
    told = [re.sub(r"^我们", own, s) for s in ("，".join(c) for c in _note_clauses(facts)
                                               if c and not any(_role(x, True, facts.doc.year)
                                                                for x in c))
            if len(s) >= 12]
    told = [s for s in told if not _UNTOLD.search(s)]
    theme = facts.doc.theme.removesuffix("工作")
    history = unit_history(facts)  # what 基本情况 tells (read once, not a sentence at a time)
    # (… nor a part of what the leader says a branded work is, said where it opens: 采的时候
    # 只采开伞前的，采完用松针… after blind101's 所谓“留菌养山”，就是…)
    # (… nor a part of a scene the notes ask for, written whole above: 我们的医生周末开车到
    # 姣岭镇卫生院 again after it, blind113's reader)
    branded = bigrams("；".join([*brand_told(facts).values(), *asked_scenes(facts)]))
    for sentence in [*_note_list(facts, "achieved"), *told]:
        sentence = _less_background(facts, sentence)
        # 2027年是创建省级文明单位的关键一年: the year's, no task's; 写进…那一条: placed
        if not sentence or theme in sentence or _placed_already(facts, sentence) \
                or 5 * len(bigrams(sentence) & branded) >= 4 * len(bigrams(sentence)):
            continue
        # … nor a step of the unit's history, which 基本情况 tells (2023年协会的功能型党支部
        # 建起来了 said there and again in the branch's task: blind76)
        if re.search(r"(?:19|20)\d\d年", sentence) and _historic(facts, sentence) and \
                sentence in history:
            continue
        homes = [t for t in facts.tasks if _shared_run(sentence, task_words(t)) >= 4
                 and not LEADERSHIP_TITLE.search(t.title)]
        if len(homes) == 1 and not _says(homes[0], sentence):
            out[homes[0].title] = (*out.get(homes[0].title, ()), sentence)
    # … nor one only stating a figure the facts give, which the task says with its figures
    return MappingProxyType({title: kept for title, said in out.items()
                             if (kept := tuple(s for s in said
                                               if not _restates_figure(facts, s)))})


_SCENE = re.compile(r"多写(?:写)?(?:一些|一点|点|几句)?([^。；;\n：:]{4,60}?)的"
                    r"(?:事情?|场景|情景|故事|细节)")
"""多写检定员背着标准器下社区、蹲在摊位前校秤的事: the scene of the staff's work a leader
asks for, in 38 of the blind facts files (blind15–62)."""
# (宣讲队的年轻讲解员, blind65; not 周末陪刚来的小姑娘…, a deed: blind69)
# (教年轻人打鼓点 names no doer: its 教 opens a deed, blind94's scene cut in two)
_DOER = re.compile(r"(?:(?:(?![着跟给帮陪带到把向为])[\u4e00-\u9fff]){1,8}的)?"
                   # (送教那天带队老师天不亮…: a 带队 doer, blind95's 老师送教那天带队老师…)
                   # (帮摘队员天不亮…: a team's name opening with 帮, blind109's scene lost)
                   r"(?:帮[\u4e00-\u9fff](?=队员)|"
                   r"(?:(?![着跟给帮陪到在把向为和与]|带(?![队班])|教(?![员研务]))[\u4e00-\u9fff]){0,6})"
                   r"(?:人员|员|师傅|技师|工程师|[\u4e00-\u9fff]师|医生|护士|教练|专家|导游|工人|"
                   r"检察官|法官|警官|教官|"  # 检察官陪着孩子… (blind85: printed 干警检察官)
                   r"兽医|村医|管家|"  # 田坎兽医半夜…, 苗管家骑着摩托车… (blind65)
                   r"干部|干事|同志|党员|司机|哨兵|[飞炮]手|督学|经理|总监|志愿者|民警|辅警|职工|"
                   # 工友半夜… (blind67), 盐工夏天… (blind79)
                   # (织工坐在织机前… of a carpet company, blind119: read as three items)
                   r"干警|社工|书记|主任|代表|工友|[渔民技电焊药盐钻织绣纺矿]工|"
                   # 领读人晚上打着手电… (blind79), a role's 人
                   r"(?:领读|带头|讲解|联络|守护|调解|养护|接线|护林|放映|护树|巡护|看护|经纪)人|"
                   # 服务站值班的人半夜…, 托管队的人天不亮…, 烘干房的人守着… (blind97)
                   r"(?:[\u4e00-\u9fff]{1,4}(?:队|组|站|房|室))?(?:值班|值守)?的人|"
                   r"助产士|战士|渔民|"  # 护树人揣着卷尺…, 助产士抱着…, 老渔民裹着… (blind86)
                   r"翻译(?![成了过着])|同学|"  # 手语翻译半夜…, 同学们背着摄像机… (blind87)
                   r"编辑(?![了过着稿部室])|"  # 编辑揣着红笔稿… (blind88)
                   r"陪跑员|陪诊员|陪护员|"  # 陪跑员天不亮就到体育场… (blind89)
                   r"(?:保洁|宿管|食堂)(?:阿姨|大姐)|护工|"  # 保洁阿姨每天下班前… (blind90)
                   # 值班阿姨半夜起来… (blind114: printed 社工值班阿姨…), 缫丝工在汤盆边…
                   r"(?:值班|生活|保育)阿姨|[\u4e00-\u9fff]{2}工(?=在)|"
                   # 宿管刀玉香半夜守在宿舍门口 (blind101: printed 老师宿管刀玉香…)
                   r"宿管(?=[\u4e00-\u9fff]{2,3}(?:半夜|夜里|晚上|每天|天天|凌晨|早上))|"
                   r"邻居|"  # 结对的邻居天刚亮去敲门… (blind90)
                   r"列车长|乘务长|乘务员|老?艺人|"  # 列车长蹲下来…, 老艺人握着… (blind91)
                   # 挑选女工夜班…, 锅炉工三伏天…, 航标工冬天…, 老乡半夜… (blind77)
                   # 酿造工半夜两点爬上发酵罐顶取样 (blind108: its scene placed nowhere)
                   r"[女炉标钳]工|(?:酿造|酿酒|灌装|机修|挡车)工|老乡|乡亲|村民|牧民|农户|老百姓|居民|队员|"
                   r"[菌果茶菜蔗烟棉瓜]农|"  # 菌农天不亮打着电筒上山… (blind101)
                   r"内勤|外勤|"  # 户籍内勤中午不休息… (blind102: printed 民警户籍内勤…)
                   # 桩长半夜…, 去污区的同事…, 老木匠七十多岁还… (blind78)
                   r"同事|[木篾铁瓦石泥面银锡鞋漆]匠|[桩班片段]长|"
                   r"(?:维修|操作|装卸|搬运|巡线|管道)工|"  # 维修工大冬天… (blind69)
                   # 浇注工穿着…, 洗衣房大姐把被服…, 合作社会计腊月里… (blind93)
                   r"(?:浇注|炉前|铸造|锅炉|电梯|水电|叉车)工|[\u4e00-\u9fff]{1,4}(?:大姐|大嫂)|"
                   r"会计|出纳|"
                   # 烧成工半夜守在窑头…, 装卸班冬天天不亮… (blind113: both scenes placed nowhere)
                   # (not 水暖工大冬天… after 、, one scene of blind110's)
                   r"[\u4e00-\u9fff]{2}[工班](?=[\u4e00-\u9fff]{0,2}(?:半夜|夜里|晚上|凌晨|天不亮|早上|"
                   r"每天|大年))|"
                   r"年轻人|老师|班主任|会员|"  # 融媒体中心的年轻人 (blind71)
                   # 研究生凌晨…, 绣娘晚上…, 理事天不亮…, 老裁判骑摩托车… (blind72)
                   # (井长半夜打着手电…: blind115's scene placed nowhere)
                   r"[究学考]生|[绣厨]娘|理事|裁判|工匠|[站村院会所组队社庭科股船井]长|"
                   r"(?:安装|施工|巡逻|巡护|救援|突击|抢修|服务)队|"  # 安装队冒雨… (blind82)
                   # 渔嫂们天不亮… (blind73), 老钓友 (blind81)
                   # (车嫂们半夜守着手机…, 机手夜里在地里打捆…: blind116's scenes placed nowhere)
                   r"[渔大车]嫂|机手|护士长|[钓棋书跑驴球]友|"
                   # (羊倌正月里半夜蹲在产房…: blind117's scene placed nowhere)
                   r"[羊牛猪马鸭]倌|"
                   # 乡厨们挤在实训室里…, 媳妇们晚上趴在灯下…, 大夫在显微镜下… (blind98)
                   # 陪读妈妈们坐在工坊里一边干活一边看钟… (blind110: its scene placed nowhere)
                   r"乡厨|媳妇|大夫|妇女|(?:陪读|兵)?妈妈)们?|"  # 妇女们半夜起来在藕粉坊… (blind99)
                   # 小罗揣着本子在厂里专用线上… (blind99: a colleague by his nickname)
                   r"小[\u4e00-\u9fff](?=揣|拿着|带着|骑|背着|扛着|陪|蹲|守着|开着|提着)|"
                   # 气体站的老沃大年三十守在液氧罐旁边… (blind112: printed 工程师气体站的老沃…)
                   r"(?:[\u4e00-\u9fff]{1,6}的)?老[\u4e00-\u9fff](?=大年|半夜|夜里|天不亮|守在|守着|蹲在)|"
                   # 东北来的老人教本地孩子…、本地阿婆教他们… (blind81: the volunteers), not
                   # the old people a deed is for (…给村里老人孩子…, blind69)
                   # 助餐点的阿姨推着保温车…, 试验室的小姑娘冬天… (blind83)
                   # (not whom a deed is with: 周末陪刚来的小姑娘…, blind69)
                   r"(?:(?:(?![着跟给帮陪带到把向为])[\u4e00-\u9fff]){1,8}的|本地|外地|北方|南方|"
                   # (SP阿姨下了考站追着学生说…: a standardized patient, blind111's scene
                   # printed with the doer before it, 党员SP阿姨)
                   r"退休|[A-Z]{1,4})(?:老人|阿婆|阿公|大爷|大妈|阿姨|大姐|大哥|小姑娘|姑娘|小伙子)们?|"
                   # 老人们在火塘边教年轻人… (blind82: printed 管护员老人们…)
                   r"(?:老人|阿婆|阿公|大爷|大妈)们")
def deed_of(facts: Facts, text: str, least: int = 8, staff: bool = False) -> str:
    """`text` without the doer opening it (_DOER: 检察官隔一个月就去河边… → 隔一个月就去河边…)
    where the doer is the unit's own staff by a word of its name or people (检察官 of a
    检察院's department) and at least `least` characters are left, else `text` as it is
    (党员背着工具包下村…, 老教师手把手带学生… name their work by their doers too: blind75,
    blind76). `staff`: also a doer after the time opening the text, and one a headcount of
    the facts names (7月发大水那几天驾驶员开着越野车… of a center counting 驾驶员26名,
    blind90), whose name says nothing of which work it is."""
    lead = re.match(r"(?:\d{1,2}月)?[\u4e00-\u9fff]{0,6}?(?:那几天|那天|那阵子|期间|的时候|前)",
                    text) if staff else None
    start = lead.end() if lead and _DOER.match(text, lead.end()) else 0
    doer = _DOER.match(text, start)
    words = [facts.unit.name, facts.unit.people]
    if staff:
        words += [f.name for f in facts.figures if f.unit in ("人", "名")]
    own = bigrams("".join(words))
    return text[:start] + text[doer.end():] if doer and len(text) - doer.end() >= least \
        and not _GENERIC_PEOPLE.search(doer[0]) and bigrams(doer[0]) & own \
        and not _served_by_title(doer[0], facts.tasks) else text


def _served_by_title(doer: str, tasks: Sequence[Task]) -> bool:
    """Whether a doer is whom a task's title says the work is for (周末中小学生排着队进来…
    of 面向中小学生开展…: the 中小学生 name that work, not the museum's 学生讲解员, blind106)."""
    return any(re.search(rf"(?:面向|为|服务|帮扶|关爱|走访|陪伴){re.escape(doer[n:])}", t.title)
               for n in range(len(doer) - 2) for t in tasks)


_OWN_PEOPLE = re.compile(r"^(?:(?:咱们|我们|俺们)(?:的人|几个人|这些人|几个)|"
                         r"[\u4e00-\u9fff]里的人|大伙儿?|大家伙儿?)")  # 大伙连夜… (blind80)
_PLACE_PEOPLE = re.compile(r"^([\u4e00-\u9fff]{1,3}[站所院馆屋室点队场房厅会班社组部])的人"
                           r"(?=[\u4e00-\u9fff])")
"""驿站的人腊月里…: the people of a place the unit runs, its 工作人员 (blind64); not whom
a deed is for (给献血的人冲红糖水, blind73: printed 给献血工作人员)."""


def _scene(text: str, people: str) -> list[str]:
    """The leader's scene as clauses of the people's deeds, one for each subject (压雪司机
    半夜上山 | 巡逻员一天在雪道上来回几十趟; parts sharing one keep 、: 党员下社区、帮老人
    跑腿), or [] when it names no one doing something (受助的孩子、获奖的老师; 应急救护和博爱
    送万家这些群众看得见) or ends in a bare verb (老师、学生动手干; 干部下村办). 所里的人/
    咱们几个人 are the unit's `people`; a plan too tells what they do, not what they are
    to do (blind63's reader of 老党员要天不亮来食堂择菜…: "copied as an instruction")."""
    # 杜大夫他们这些退休医生每周…: the people the names stand for (blind81)
    text = re.sub(r"^[\u4e00-\u9fff]{1,4}(?:他们|她们)(?:这些|那些|几个)", "", text)
    # 搬家的时候大伙连夜…: a time run on into the unit's own people, its own clause (blind80)
    text = re.sub(r"^([\u4e00-\u9fff]{2,8}?(?:的时候|那几天|之前|以后|期间))"
                  r"(?=大伙|大家伙|咱们|我们|俺们)", r"\1，", text)
    # 帮喝多了的、发高烧的工友叫车: one list of whom, no second doer (blind69)
    pieces = re.split(r"((?<!的)、|[，,])", text)
    # (救援队的人: its 队员, volunteers, not 工作人员: blind81's reader)
    # (分会的人天不亮…: its 会员, blind88: printed 老师傅分会的人…)
    # (机电班的人凌晨…, blind90; 班社的人农忙完了… , blind91)
    # (院前组的人半夜抬着担架…, blind92: its 人员 → 院前组人员)
    # (观测部的人扛着…, 工会的人冬夜…: a 会's department its 会员, a 工会 its 干部, blind93)
    members = {"队": "队员", "会": "会员", "班": "职工", "社": "成员", "组": "人员",
               "部": "会员" if people.endswith("会员") else "人员"}
    # (理事会的人: its 成员, blind68's once its 农机手 was a doer)
    parts = [_PLACE_PEOPLE.sub(lambda m: m[1] + ("干部" if m[1].endswith("工会") else
                                                 "成员" if m[1].endswith(("理事会", "委员会",
                                                                          "董事会", "监事会"))
                                                 else members.get(m[1][-1], "工作人员")),
                               _OWN_PEOPLE.sub(people, p.strip()))
             for p in pieces[::2]]
    marks = ["、", *pieces[1::2]]  # the mark before each part
    # 春节返乡那几天，同事在服务区站里…: the time its own clause, the doer after it (blind78)
    if len(parts) > 1 and not _DOER.match(parts[0]) and _DOER.match(parts[1]) and re.search(
            r"(?:那几天|那阵子|期间|的时候|时候|前后|那天|里|之前|以前|之后|以后|[前后时])$",
            parts[0]):  # 台风来之前，职工连夜… (blind79)
        who = _DOER.match(parts[1])
        parts[:2] = [f"{parts[1][:who.end()]}{parts[0]}{parts[1][who.end():]}"]
        marks[1:2] = []
    # 三伏天贴敷室里护士一上午弯着腰…: the doer after the time and place, said first
    # (护士三伏天在贴敷室里…, blind77)
    lead = re.match(r"([\u4e00-\u9fff]{0,4}?(?:天|季|夜|里))?(在?[\u4e00-\u9fff]{2,6}[里上])"
                    r"(?=[\u4e00-\u9fff]{2})", parts[0]) if parts else None
    if lead and not _DOER.match(parts[0]) and (who := _DOER.match(parts[0][lead.end():])):
        rest = parts[0][lead.end():]
        place = lead[2] if lead[2].startswith("在") else f"在{lead[2]}"
        parts[0] = f"{rest[:who.end()]}{lead[1] or ''}{place}{rest[who.end():]}"
    # (…手冻得拿不住激光笔还在讲: a deed going on, not a bare verb, blind114's scene lost)
    if not parts or re.search(r"(?:这些|那些|这种|那种)|(?<!还在)(?<!一直)[干办讲做弄搞]$", text) \
            or not _DOER.match(parts[0]):
        return []
    clauses: list[str] = []
    subject = ""
    for part, mark in zip(parts, marks, strict=True):
        who = _DOER.match(part)
        head, deed = (part[:who.end()], part[who.end():]) if who else ("", part)
        if head and not deed:  # 乡镇农经员、村报账员下村: a subject alone
            subject += f"{head}、"
            continue
        head = subject + head
        subject = ""
        if head or not clauses:
            clauses.append(head + deed)
        else:  # …拄着盲杖、跟着志愿者一户一户上门，手把手带徒弟摸穴位: the doer's deeds go on
            clauses[-1] += ("，" if mark in "，," else "、") + deed
    return clauses if not subject and len("".join(clauses)) >= 6 else []


_TIME_PAIR = re.compile(r"晚上|半夜|夜里|深夜|凌晨|早上|清早|白天|中午|下午|上午|周末|天亮|天黑")
"""A pair of a scene's deed that says only when it is done (晚上, 半夜)."""
_LATIN = re.compile(r"[A-Za-z]{2,}")
"""A Latin word in a scene or a task (AED), matched whole as the Chinese words' pairs are."""
_GENERIC_PEOPLE = re.compile(r"干部|职工|员工|党员|同志|人员|老人|年轻人")
"""People's generic names, no work's (老人 of 东北来的老人教本地孩子包饺子 names no 候鸟老人
健康服务: blind81)."""
# (师德师风, 医德医风: 老师…握着学员的手教颠勺 of the 全日制班, not of 师德师风 for its
# 最美实训老师, blind98)
# (建设标准化病人队伍: a team the unit trains to serve, no staff of its own, blind111)
_INWARD_TITLE = re.compile(r"党建|思想|理论|学习|廉|作风|(?<!病人)队伍|政治建设|班子|道德|办公|"
                           r"[师医]德|"
                           # (not 绘制乡村文化墙, work done outside: blind70)
                           r"文化建设|企业文化|机关文化|校园文化|文体|关爱(?:员工|职工)")


def _scene_home(facts: Facts, said: str, tasks: Sequence[Task], at_length: Sequence[str],
                before: Task | None = None, later: bool = False,
                titled: bool = True) -> Task | None:
    """The task a scene's clause shows: of the outward tasks (not the unit's study, ethics
    or care, unless the notes stress it: blind62's 党员总监 in a 党建品牌), the stressed
    work when it shares a pair of the deed (按摩师们…一户一户上门 of blind63's 上门服务,
    not of 志愿服务 for its 志愿者), else the one sharing most pairs of the deed, then of
    the doer, people's generic names left out (压雪司机 of 抓好雪场安全管理, not 干部职工
    of 加强思想道德建设); none shared, the task of the clause `before` it, else the work
    the notes ask to be written at length, which is where a leader wants the scene; else
    the work the notes put first (在集上、进店、下村 of blind56's 红盾赶集日); else None.
    `at_length`: the notes' stress_items(at_length=True), read once for every clause;
    `later`: a scene after the first the notes ask for, which shows the stressed work only
    where it holds the deed or its doer's name (the first shows it unless another task
    holds far more of the deed); `titled`: the scene names its doer itself (not carried
    from the scene before), whose name in a task's title makes that task its home."""
    # (a Latin abbreviation the notes spell out read whole: SP阿姨 of 标准化病人（SP）, the
    # 标准化病人队伍's, not the 考站's for its 考站, blind111)
    said = spelled_out(facts, said)
    # … not the scene's own words, unless they name the work (田坎兽医半夜… of 做强“田坎
    # 兽医”服务队, blind65)
    stressed = [h for i in at_length if (h := stress_home(i, tasks)) and (
        f"“{i}”" in h.title
        or (not set(re.split(r"[，、]", said)) & set(i.split("、")) and i not in said))]
    outward = [t for t in tasks if t in stressed or not _INWARD_TITLE.search(t.title)]
    who = _DOER.match(said)
    head = said[:who.end()] if who else ""
    doer = bigrams(_GENERIC_PEOPLE.sub("", head))
    # (设计师会员 of a 会 whose people are its 会员: 会员 names no work of its own, blind70)
    named = bigrams(_GENERIC_PEOPLE.sub("", head.replace(facts.unit.people or "干部职工", "")))
    duty = head[-3:-1] if re.search(r"[\u4e00-\u9fff]{2}员$", head) else ""  # 防疫 of 防疫员
    # (… people's generic names no deed's: 给老人装扶手 of 适老化改造, not of the stressed
    # 晨问 for its 独居老人, blind86)
    # (… nor a preposition's pair: 在村 of 守在村部…, no 到…所在村组讲解, blind67)
    rest = said[who.end():] if who else said
    # (… nor a pair inside a thing's name: 安全 of 系安全带, no 飞行安全's: blind99's 引导员)
    rest = re.sub(r"安全[带帽绳网]", "　　　", rest)
    # (… nor the unit's served by their name: 老师晚上守在琴房、一个一个给学生纠指法 of the
    # 基本功 whose point says 琴房 and 指法, not of the stressed 送教 for its 每名学生, blind95)
    generic = "、".join((*_GENERIC_PEOPLE.pattern.split("|"),
                         *re.split(r"[和、]", facts.unit.served)))
    # (… nor a counting word's: 第一次坐飞机 no 第一时间's, blind99)
    deed = {p for p in bigrams(rest) - bigrams(generic)
            if p[0] not in "在到给把向从对为被跟和与" and "的" not in p
            and p not in ("第一", "一次", "一个", "一些", "一起", "一下", "一遍")}
    # (… and the field's word for a leader's everyday one that one task alone says: 认杂株 of
    # the 技术服务 whose point says 去杂, not of 党员联系… for its 老党员 and 田埂, blind106)
    for word, _ in _fielded(rest, tasks):
        deed |= bigrams(word)
    # (… and its Latin words: 背着AED… of the 守牢赛事安全 whose point 配备AED, blind89)
    latin = set(_LATIN.findall(rest))
    deed |= latin
    words = {id(t): bigrams(task_words(t)) | set(_LATIN.findall(task_words(t))) for t in outward}
    # the one work, the unit's own care too, whose words hold the deed's occasion (核算科的同志
    # 年底关账那几天守着电脑对账… of the 廉洁 work whose point says 年终关账前…, not of the
    # stressed 流动报账台 for the 电脑 of its point: blind119's reader)
    if occasion := re.search(r"([\u4e00-\u9fff]{2,6}?)(?:那几天|那阵子|那段时间)", said):
        pairs = bigrams(occasion[1]) - {"年底", "年初", "年终", "月底", "周末", "晚上", "夜里"}
        holders = [t for t in tasks if pairs & bigrams(task_words(t))]
        if len(holders) == 1:
            return holders[0]
    # the one work whose title names a Latin word of the deed (夜班护士凌晨两点蹲在床边看PICC
    # 管子… of 加强PICC和化疗护理, not of the stressed 输血不误课 for its 护士: blind113's reader)
    titled_latin = [t for t in outward if latin & set(_LATIN.findall(t.title))]
    if len(titled_latin) == 1:
        return titled_latin[0]
    # the stressed work when what the notes tell of it (its brand's account, its visitors'
    # first stop) holds at least three pairs of the deed and more than twice any other
    # work's words (晚上九点多党员老师还跪在模拟人旁边…按压 of the 不熄灯训练室 whose visitors
    # 晚上九点…看党员老师跪在地上…纠正…按压, not of the 考站 for its 模拟人: blind111)
    # (… its doer's words too: 晚上九点多党员老师 its time)
    both = deed | doer
    other = max((len(both & words[id(t)]) for t in outward if t not in stressed), default=0)
    # (… told, two pairs at least: its own words holding the scene are for the rules below,
    # 保卫干部在宿舍楼里一间间敲门… of the 一间间宿舍敲门查电器 placed second, blind77)
    for t in stressed:
        # (… no counting words' pairs: 一枚一枚认邮戳 of 邮史研究, not of the 方寸课堂 whose
        # visitors saw stamps 一枚一枚…, blind84)
        told = {p for p in (both & _told_words(facts, t)) - words[id(t)]
                if "一" not in p} if t in outward else set()
        if len(told) >= 2 and len(both & words[id(t)]) + len(told) >= max(3, 2 * other + 1):
            return t
    # … and the one its doer names (田坎兽医半夜…进山、…接生打针 of 做强“田坎兽医”服务队,
    # not of 春秋两季集中免疫 for its 打针: blind65)
    # … or whose words name its doer (志愿者凌晨两三点守着电话… of the 热线 its 值守志愿者
    # keep, not of 进乡村 for its 说话: blind67)
    first = next((stress_home(name, tasks) for name, place in ordered(facts) if place == 1), None)
    # … the work the notes placed in words the deed shares (保卫干部在宿舍楼里一间间敲门… of
    # the 一间间宿舍敲门查电器 placed second, not of the stressed 守夜灯 for its 宿舍楼下:
    # blind77)
    told, named_home, placed_as = max(
        ((deed & bigrams(name), home, name) for name, _ in ordered(facts)
         if (home := stress_home(did := deed_of(facts, name), tasks)
             or paraphrased(did, tasks, {id(first): 1} if first else {})) is not None),
        # (a tie: the work holding more of the deed, 过年还有人守着液氦罐 of 实验室安全 before the
        # stressed 晚上十点还在电镜室…, each a pair: blind108)
        key=lambda p: (len(p[0]), len(deed & bigrams(task_words(p[1])))),
        default=(set(), None, ""))
    most = max((len(deed & words[id(t)]) for t in outward), default=0)
    held = max((len(deed & words[id(t)]) for t in stressed if t in outward), default=0)
    # (a later scene whose deed no task's words hold, by a pair of the words the notes place
    # it in: 车间师傅冬天…给车补胎、修锁 of the 车间里师傅…修锁桩那块, blind86; 老会员…拓碑
    # of the 拓碑…那块, blind85)
    # (… or two pairs where the words the notes place it in name its doer too: 老师傅蹲在牛棚里
    # 手把手教新人… of the 新来的配种员跟着老师傅在牛棚里…那块, not of the stressed 一个电话到
    # 牛棚 for its 牛棚; 护士长凌晨蹲在暖箱边…早产儿… of the 护士夜里给小早产儿…那块: blind99)
    # (… its own 队伍 work too)
    # (… or a pair of it where the work placed holds two more of the deed than the stressed
    # one, which holds some, and whose own place's words share none but a time, and no work
    # more (大夫在显微镜下…接血管 of no such work, blind98; …送审资料扫进系统 of the 系统 holding
    # more than the 老板拿着资料… work, blind101): 党员工程师大年三十守在波谱室、…看一次
    # 液氦表 of the 过年还有人守着液氦罐那块, whose points say 节假日 and 液氦, not of the stressed
    # 样品不过夜 for the 晚上 of 晚上十点还在电镜室…, blind108's reader; but 志愿者凌晨…守着电话、
    # …陪人说话 of the stressed 半夜守电话, not of 下村里陪留守老人说话, blind67)
    placed_stressed = {p for name, _ in ordered(facts)
                       if (h := stress_home(deed_of(facts, name), tasks)) in stressed
                       for p in deed & bigrams(name) if not _TIME_PAIR.search(p)}
    if (named_home in outward and (len(told) >= 3 or (later and not most and told
                                                      and before is None)
                                   or (told and named_home not in stressed and held
                                       and not placed_stressed
                                       and most == len(deed & words[id(named_home)]) >= held + 2)
                                   )) \
            or (named_home is not None and later and titled and len(told) >= 2
                and bool(named & bigrams(placed_as))):
        return named_home
    # a later scene goes to the one work holding at least three pairs of its deed and two
    # more than the stressed work (簦岭村的大嫂在古道口摆摊卖笋干 of 带动古道沿线村民增收, whose
    # points say 古道口 and 笋干, not of the stressed 古道认养 for its 古道: blind91)
    if later:
        strong = [t for t in outward if t not in stressed
                  and len(deed & words[id(t)]) >= max(3, held + 2)]
        if len(strong) == 1:
            return strong[0]
        # … or the one work whose words name its doer, the stressed work's not (宿管阿姨半夜给
        # 发烧的学生熬姜汤 of 学生管理, whose point says 宿管员夜间值守, blind91)
        holders = [t for t in outward if named & words[id(t)]] if titled else []
        # (… unless another holds more of its deed: 护士交班前蹲在留观室里…擦身、翻身 of the
        # 留观患者生活护理, not of 分诊 for its 分诊护士, blind92)
        if len(holders) == 1 and holders[0] not in stressed \
                and len(deed & words[id(holders[0])]) >= most:
            return holders[0]
    # a later scene whose doer is the department one work alone is owned by, holding a pair of
    # its deed (登记股的同志…在窗口帮老会长一条一条改章程 of 提升登记审批服务效能, owned by
    # 登记审查股, not of the stressed 帮年检 its 登记审查股 shares: blind95's readers)
    dept = re.match(r"([\u4e00-\u9fff]{2})[\u4e00-\u9fff]{0,2}?([股科室处部])的?", head)
    if later and titled and dept:
        # (… a department its longer name (调解部 of 质量投诉调解部, blind111)
        owned = [t for t in outward if re.fullmatch(
            rf"[\u4e00-\u9fff]{{0,6}}{dept[1]}[\u4e00-\u9fff]{{0,2}}{dept[2]}", t.owner)]
        sole = [t for t in owned if deed & words[id(t)]]
        # (… or the one work it owns, sharing none of the deed's pairs: 调解部的老技师周末被叫到
        # 店里…给车主和店家评理 of 做好维修质量纠纷调解, blind111)
        if len(sole) == 1 or (not sole and len(owned) == 1):
            return (sole or owned)[0]
    # a later scene whose doer a work's title names whole goes to that work where the stressed
    # one holds at most one more pair of its deed (校友导师下了班…帮学生改简历 of 推进校友导师
    # 结对毕业生, not of the stressed 带校徽回家 for its 学生志愿者: blind87's reader)
    if later and titled and len(named) >= 2:
        whole = [t for t in outward if named <= bigrams(t.title)]
        if len(whole) == 1 and whole[0] not in stressed \
                and len(deed & words[id(whole[0])]) + 1 >= held:
            return whole[0]
    # a later scene whose deed no task's words hold goes to the one work spelling most of its
    # pairs, character by character, when the stressed work spells none (老会员…拿棕刷一下
    # 一下拓碑 of 拓制碑刻拓片, blind85; 老专家…爬上树补洞 of 修补树洞, blind86)
    # (… not a clause going on from the one before: 队员们下山帮着吆喝 after the 大嫂's 卖笋干,
    # blind91: put under 安全防线 for the 下 and 山 of its words)
    if later and not most and before is None:
        spelled = {id(t): sum(set(p) <= set(task_words(t)) for p in deed
                              if not set(p) & set("了着还的一是不也都就又个上下来去"))
                   for t in outward}
        best = max(outward, default=None, key=lambda t: spelled[id(t)])
        if best is not None and spelled[id(best)] and not any(
                spelled[id(t)] for t in stressed if t in outward):
            return best
    # a group of the unit doing it whose name the title of one work other than the stressed
    # one says, that work holding a pair of the deed (监测组的人半夜盯着雨量屏幕、…打电话叫应
    # of 加强雨水情监测预警, not of the stressed 一村一面锣 for its 叫应: blind113; not 查验
    # 民警…拓印车架号 of blind81's 查验 work, told at its flagship's market)
    group = re.match(r"([\u4e00-\u9fff]{2,4})[组科股室队站部](?:的人|人员|的同志)", head)
    by_title = [t for t in outward if t not in stressed and group
                and bigrams(group[1]) & bigrams(t.title) - bigrams(facts.unit.name)]
    if titled and len(by_title) == 1 and deed & words[id(by_title[0])]:
        return by_title[0]
    # a work other than the stressed one whose title holds three pairs of the deed, more
    # than the stressed work's words hold (护士给下肢溃疡的老人清创换药… of 开展下肢慢性溃疡
    # 专科换药, not of the stressed 保肢到乡 for its 下肢: blind114's reader)
    in_title = [t for t in outward if t not in stressed and len(deed & bigrams(t.title)) >= 3]
    if len(in_title) == 1 and len(deed & bigrams(in_title[0].title)) > held:
        return in_title[0]
    # the one work holding two pairs of the deed or more, where the works whose titles name
    # the doer hold none (护士长凌晨两点提着夜灯… of 夜灯巡房 whose points say 凌晨 and 夜灯,
    # not of 新入职护士…培训 for the 护士 of its title, blind122's reader)
    deeded = [t for t in outward if len(deed & words[id(t)]) >= 2]
    by_doer = [t for t in outward if named & bigrams(t.title) - bigrams(facts.unit.name)]
    if len(deeded) == 1 and by_doer and deeded[0] not in by_doer \
            and not any(deed & words[id(t)] for t in by_doer) and not stressed:
        return deeded[0]
    # (… or whose words name the doer whole: 夜班护士一个人守着四十多张床… of 夜灯巡房 whose
    # point says 夜班护士在岗情况)
    whole = [t for t in outward if len(head) >= 4 and head in task_words(t)]
    if len(whole) == 1 and by_doer and whole[0] not in by_doer and not stressed:
        return whole[0]
    # the one work holding a pair of the deed few works hold, where the stressed work holds
    # only pairs three works or more hold (老师陪着选手在实训楼里练到半夜 of the 竞赛 whose
    # point says 选手, not of the stressed 焊花进村 for the 实训 of its 实训车, blind121's
    # reader)
    # (… its time's words too: the 赛前 of 比赛前一晚 in 竞赛前组织选手集训)
    common = {p for p in deed if sum(p in words[id(t)] for t in outward) >= 3}
    telling = {id(t): len((deed | doer) - common & words[id(t)]) for t in outward}
    best = max(outward, default=None, key=lambda t: telling[id(t)])
    if best is not None and best not in stressed and telling[id(best)] >= 2 \
            and list(telling.values()).count(telling[id(best)]) == 1 and any(
                deed & words[id(t)] <= common and deed & words[id(t)] for t in stressed):
        return best
    # … unless another's words hold far more of the deed (网格员半夜守在公寓大堂等下夜班的
    # 工友… of the 夜间值守 whose points say 公寓大堂, 值夜班, 送医: not of the stressed 落脚
    # 第一站 for its 公寓, blind69)
    shared = max(outward, default=None, key=lambda t: (  # the stressed work first
        # (… unless another holds the deed and it neither the deed nor the doer's name:
        # 设计师会员爬到脚手架上…画文化墙 of the 文化墙, not of the stressed 逢集有约 for the
        # 计师 of its 会计师, blind70; 志愿者…守着电话 of the 热线 its 志愿者 keep, blind67)
        t in stressed and (most < 4 or 2 * len(deed & words[id(t)]) >= most)
        and (not later or most < 1 or bool(deed & words[id(t)])
             or len(named & bigrams(t.title)) >= 2
             # (… or its words alone name the duty of the doer (…员), not the doer, where no
             # work holds two pairs of the deed: 防疫员在羊圈里…打针 of the stressed 托羊所
             # whose point says 统一防疫, not of 党员志愿服务 for the 羊圈 of 修羊圈, blind117's
             # reader; not 检测员守着色谱仪… of blind116's 赶集快检车, the 色谱 work's points
             # saying 检测 too, nor blind86's 助产士…陪产妇 of the 七日访 its 助产士 make)
             or (most < 2 and bool(duty) and duty in task_words(t)
                 and head[-3:] not in task_words(t) and not any(
                     duty in task_words(u) for u in outward
                     if u is not t and len(deed & words[id(u)]) == most)))
        and bool(deed & words[id(t)] or doer & words[id(t)]
                 or doer & bigrams("".join(re.findall(r"“([^”]+)”", t.title)))),
        # (a tie: the work most of the stressed words go to, 天亮前把线路开通 of the 天窗
        # 突击队, not of 安全宣传 for its 道心里: blind67)
        # (… the doer's own name in a title before the deed's words: 渔嫂们天不亮到码头帮着
        # 卸鱼 of 开展渔嫂互助志愿服务, not of the 码头 in 环境整治's points, blind73)
        titled and bool(named & bigrams(t.title) - bigrams(facts.unit.name)),
        len(deed & words[id(t)]), len(doer & words[id(t)]), stressed.count(t), t is first))
    # a deed no outward work holds and one of the unit's own care does (工会的人冬夜把…饺子
    # 送到夜班工人手里 of 关心关爱职工生活, whose point says 为夜班职工送夜餐: blind93, put
    # under the stressed 清爽车间)
    inward = [t for t in tasks if t not in outward]
    if not most and inward:
        held_in = {id(t): len(deed & bigrams(task_words(t))) for t in inward}
        best = max(inward, key=lambda t: held_in[id(t)])
        if held_in[id(best)] and list(held_in.values()).count(held_in[id(best)]) == 1:
            return best
    # …，救护员给受伤的鸟上夹板 / 渔工站在冰水里起网: the scene's task goes on unless the
    # deed itself is another task's (志愿者陪孩子跟爸妈视频 of 亲情连线)
    if before is not None and not (shared is not None and deed & words[id(shared)]):
        return before
    if shared is not None and (deed | doer) & words[id(shared)]:
        return shared
    if stressed:
        return stressed[0]
    return first


def _told_words(facts: Facts, task: Task) -> set[str]:
    """The pairs of what the notes tell of a stressed work apart from its points: its
    brand's account (brand_told) and its outside account (stress_background), people's
    generic names left out."""
    told = [said for brand, said in brand_told(facts).items() if stress_home(brand, [task])]
    # (… the visitors' first stop only: 又到标准化病人工作室看了… is the next work's, blind111)
    told += [re.split(r"(?:^|[，,。；;])\s*(?:与会人员)?(?:随后)?(?:又|还|再)", said)[0]
             for item, said in stress_background(facts) if stress_home(item, [task])]
    return bigrams(_GENERIC_PEOPLE.sub("", "；".join(told)))


# (…的事；还有进了门坐在床边，…教他们认“96110”来电的事: blind72, a comma and a quote)
_MORE_SCENE = re.compile(r"[，,；;]\s*(?:还有|以及|另外|再就是)?"
                         r"((?:(?!少写|别写|不写|少讲|多写)[^。；;\n：:]){4,60}?)"
                         r"的(?:事情?|场景|情景|故事|细节)"
                         r"(?!\s*(?:少|别|不|就不|一概))")  # not 开会、发文的事少写
"""A second scene after the first (多写…等家长下夜班的事，周末给…孩子包饺子的事: blind67)."""


_SPEAKER_POST = r"(?:主任|书记|院长|校长|局长|站长|所长|队长|会长|场长|馆长|园长|经理|社长|部长)"


def speaker_post(facts: Facts) -> str:
    """The post of the one whose remarks the notes type (⟟禄主任：… → 主任), as the facts'
    points or owners name it (科主任每月下乡一次 → 科主任); "" when no remark names one."""
    posts = re.findall(rf"^\S{{0,2}}[\u4e00-\u9fff]({_SPEAKER_POST})[（(：:]", facts.doc.notes,
                       re.M)
    if not posts:
        return ""
    post = max(dict.fromkeys(posts), key=posts.count)  # the first of a tie
    words = "；".join([*(p for t in facts.tasks for p in t.points),
                      *(t.owner for t in facts.tasks)])
    named = re.search(rf"[\u4e00-\u9fff]{{0,2}}{post}", words)
    return named[0] if named and not re.match(r"[副由和、]", named[0]) else post


_KEPT = re.compile(r"([^。；;！!\n]{2,60}?)"
                   r"(?:这些|这个|那些|这几样|这几条|这条|那条|这一条|那一条)?"
                   r"(?:都|也)?照写")
"""What the notes keep after striking a topic (滑倒那件事只字不提。防滑垫、台阶扶手、池边提示
这些照写): the work the leader wants written instead of the incident."""
_KEPT_PLACE = re.compile(r"([\u4e00-\u9fff]{2,8}?)那一?条里")
"""Where a kept item goes (结伴进山、防迷路这些，进山那条里照写): its task's word."""


def kept_asked(facts: Facts) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The work the notes ask written after striking a topic (_KEPT: 止血夹、术后观察、次日
    回访这些照写), by the title of the task it belongs to, as the lists it gives (each
    item in the leader's words), those whose items the task's own words all say left out:
    the task a place names (进山那条里), else the one sharing most of their word pairs (two
    at least), else none. blind101's readers found
    four such lists of six missing (the notes strike a topic and keep its safeguards;
    each blind set holds several, and the tasks' points say most)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    notes = _said(facts.doc.notes, asides=False)
    tasks = [t for t in facts.tasks if not LEADERSHIP_TITLE.search(t.title)]
    for m in _KEPT.finditer(notes):
        parts = re.split(r"[，,]", m[1])
        place = next((p[1] for part in parts if (p := _KEPT_PLACE.search(part))), "")
        said = [q for q in parts if not _KEPT_PLACE.search(q)]
        if not said:
            continue
        items = [re.sub(r"^[“\"]|[”\"]$|(?:这些|这个|那些)?(?:规矩|措施|做法)?$|"
                        r"的(?:规矩|措施|做法)$", "", i).strip()
                 for i in re.split(r"、", said[-1])]
        items = [i for i in items if len(i) >= 2 and i not in ("原文", "原样")]
        if not items:
            continue
        home = next((t for t in tasks if place and place in task_words(t)), None)
        if home is None:
            words = bigrams("".join(items)) - {"工作", "开展", "落实", "管理"}
            best = max(tasks, key=lambda t: len(words & bigrams(task_words(t))), default=None)
            if best is not None and len(words & bigrams(task_words(best))) >= 2:
                home = best
        if home is None:
            continue
        if not all(said_by(i, task_words(home)) for i in items):
            out.setdefault(home.title, []).append(tuple(items))
    return {k: tuple(v) for k, v in out.items()}


def half_said(item: str, body: str) -> bool:
    """Whether `body` holds an item verbatim or half its word pairs at least."""
    return item in body or 2 * len(bigrams(item) & bigrams(body)) >= len(bigrams(item))


def said_by(item: str, body: str) -> bool:
    """Whether `body` says an item of the leader's: half_said, or (a four-character item
    whose second word is a generic handling) by its object (异议处理 of 信用信息异议当日受理,
    blind103's reader found it said twice; not 窑炉检修 of 窑炉应急处置演练, nor 家长跟车 of
    家长会)."""
    return half_said(item, body) or (
        # (… or a generic system: 签版制度 of 党员签版岗, blind104's reader)
        len(item) == 4 and item[2:] in ("处理", "管理", "办理", "受理", "工作", "落实", "制度",
                                        "机制")
        and item[:2] in body) or (
        # (… or by both its words, the second parted by a word: 巡田测温 of 每天巡田，测水温,
        # blind94's 同时，巡田测温等措施落实到位 after it)
        len(item) == 4 and item[:2] in body
        and re.search(f"{re.escape(item[2])}[\u4e00-\u9fff]{{1,2}}{re.escape(item[3])}", body)
        is not None)


_SCENE_ON = re.compile(r"[，,]\s*((?:(?!少写|别写|不写|少讲|多写|写|念|稿|放在|不要|别)"
                       r"[^。；;\n：:“”]){4,40})(?=[；;]\s*(?:还有|以及|另外|再就是))")
"""A scene's own words after its 的事, before the next scene (…啃着馒头备课的事，冬天车里冷，
老师们裹着大衣在车上改作业；还有…的事: blind113's readers of both plans found the second
half and the next scene missing)."""


def asked_scenes(facts: Facts) -> tuple[str, ...]:
    """The scenes the notes ask for (多写…的事, _SCENE, with what the notes add of it,
    _SCENE_ON, and those said after it, _MORE_SCENE), in their words."""
    notes = facts.doc.notes
    out = []
    for m in _SCENE.finditer(notes):
        out.append(m[1])
        end = m.end()
        while True:
            if (on := _SCENE_ON.match(notes, end)) is not None:
                out[-1] += "，" + on[1]
                end = on.end()
            if (more := _MORE_SCENE.match(notes, end)) is None:
                break
            out.append(more[1])
            end = more.end()
    return tuple(out)


@lru_cache(maxsize=64)
def scenes(facts: Facts) -> Mapping[str, tuple[str, ...]]:
    """The scenes of the staff's work the notes ask for (多写…的事, _SCENE), by the title
    of the task each shows (_scene_home, clause by clause: 技术员开车下乡村学校修设备 of
    blind55's 专递课堂, 志愿者陪孩子跟爸妈视频 of its 亲情连线), one sentence a task: the
    blind readers' costliest gap in a built-in draft was the leader's scene missing or
    asked for with a 【待补充】 marker, though the leader gave it. Not a clause the task
    says already, nor a scene with a word the notes forbid, nor one no task shows.
    Cached, read-only: each task's account asks."""
    out: dict[str, tuple[str, ...]] = {}
    tasks = [t for t in facts.tasks if not LEADERSHIP_TITLE.search(t.title)]
    banned = unsaid(facts)
    people = facts.unit.people or "干部职工"
    asked = asked_scenes(facts)
    at_length = stress_items(facts, at_length=True) if asked else []
    doer = ""
    last: Task | None = None  # the task the scene before showed
    for n, scene in enumerate(asked):
        # 还有我周末开车下乡…: the one who wrote the remarks, by his post (科主任周末…,
        # blind81: printed 技师我周末…)
        me = re.match(r"我(?![们会科院站所局校馆队司厂场中支村])", scene)
        if me and (post := speaker_post(facts)):
            scene = post + scene[me.end():]
        # 我们的医生周末开车… → 我科医生周末开车… (blind113's reader: spoken)
        ours = re.match(r"我们的?", scene)
        if ours and _DOER.match(scene, ours.end()):
            scene = facts.unit.self_ref + scene[ours.end():]
        # 周末给回不了老家的孩子包饺子 after 老师晚上骑电动车…: the first scene's doer's too
        # (第三方施工的时候在坑边一站一整天: the doer after its time, blind69)
        when = re.match(r"[^，,、]{2,12}?(?:的时候|之时)[，,]?", scene) if doer else None
        # (小孩子想家哭了，教练陪着…: a setting, its doer after it, blind68; 下雪天车开不上去，
        # 司机和护士…, blind71)
        # (直升机半夜落在乡镇中学操场上、医生护士抬着担架…: its doers in its second part,
        # blind99's first scene lost)
        parts = re.split(r"[，,、]", scene)
        later = any(_DOER.match(p.strip()) for p in re.split(r"[，,]", scene)[1:]) or (
            not _DOER.match(scene) and len(parts[0]) >= 6 and bool(_SCENE_DEED.search(parts[0]))
            and any(_DOER.match(p.strip()) for p in parts[1:]))
        # (发大水那天驾驶员踩着…: its own doer after its time, not the scene before's put in
        # front, blind90: printed 驾驶员发大水那天驾驶员…)
        then = re.match(r"[\u4e00-\u9fff]{2,10}?(?:那几天|那天|那阵子|那晚)", scene)
        later = later or bool(then and _DOER.match(scene, then.end()))
        # (“放疗之家”里几家人凑在一个灶上做饭…: its own people after its place, no doer of the
        # scene before put in front, blind117's reader of 技师“放疗之家”里几家人…)
        later = later or bool(re.match(r"“?[^，,、“”]{2,10}”?(?:里|上|中)[\u4e00-\u9fff]{0,2}"
                                       r"(?:家人|户人家|家属|病友|邻居|乡亲|老乡)", scene))
        # (… nor before a scene whose many are its doers, after its time: 白露前后全村老老少少
        # 在场院里剥青皮, 年底大家半夜对着发票…, 孩子们周末压腿…: blind123's readers of
        # 嫁接队队员白露前后全村老老少少…, 处里的同志年底大家…, 会员孩子们…)
        # (not those the deed is done to: 教孩子们勾脸谱…, blind96)
        later = later or bool(re.match(r"[^，,、教给帮陪带把跟为对向和与看]{0,6}?"
                                       r"(?:大家|全村|全家|家家户户|老老少少|"
                                       r"(?:孩子|娃娃|老人|乡亲|村民|学生|小朋友)们)", scene))
        clauses = _scene(scene, people) or ([scene] if later and (doer or not n) else []) or (
            [f"{when[0].rstrip('，,')}，{c}" for c in _scene(doer + scene[when.end():], people)]
            if when else _scene(doer + scene, people) if doer else [])
        doer = (who[0] if (who := _DOER.match(scene)) else "") or doer
        if any(w in c for c in clauses for w in banned):
            continue
        shown: dict[str, list[str]] = {}
        own = bool(_DOER.match(scene))  # its doer named, not carried from the one before
        # (… carried, the scene goes on where the one before it was, unless its deed is
        # another work's: 还有进了门坐在床边，… of blind72's 夜敲门, blind86's change)
        home = None if own else last
        for clause in clauses:
            home = _scene_home(facts, clause, tasks, at_length, home, later=n > 0, titled=own)
            if home is not None and not _contained(clause, task_words(home)):
                shown.setdefault(home.title, []).append(clause)
        last = home
        for title, said in shown.items():
            # the year's scene in a summary, once (一年来，压雪司机半夜上山，…)
            lead = "一年来，" if facts.doc.kind == "work_summary" and not out else ""
            # (小罗揣着本子… → 罗一鸣揣着本子…: blind99)
            out[title] = (*out.get(title, ()),
                          _full_names(facts, written_told(lead + "，".join(said))))
    # … and the scene the notes name a work's place by, with its doer (接着讲冬天早上六点半，
    # 老师打着手电在操场陪体重超标的孩子一圈一圈跑那块: blind92's reader found each such scene
    # missing), in the work placed there, unless that work says it already
    places = places_of(facts, tasks)
    # (… nor where the work has its brand's account, which the paraphrase only says again:
    # blind108's readers of both writers found 考评员背着量具到厂里… and four more such
    # sentences "the leader's ordering notes leaked")
    branded = {id(h) for b in brand_told(facts) if (h := stress_home(b, tasks)) is not None}
    for what, place in ordered(facts):
        home = next((t for t in tasks if places.get(id(t)) == place), None)
        if home is not None and id(home) in branded:
            continue
        text = written_told(_placed_scene(what, people)) if home is not None and len(what) >= 12 \
            else ""
        # (… nor one saying a point again, half its pairs: a vivid scene says more than its
        # point, 老师傅天不亮掀缸盖、翻酱、看酱色 of blind74; nor the scene asked for in its work
        # again, five pairs of it: 干部职工晚上、周末…进小区敲门查无证补课点 beside 监管股的同志
        # 晚上九点还在小区单元楼里一层一层敲门…找补课点, blind111's reader)
        if not text or any(w in text for w in banned) or _contained(text, task_words(home)) \
                or any(len(bigrams(text) & bigrams(said)) >= min(5, len(bigrams(text)) // 2)
                       for said in out.get(home.title, ())) \
                or any(len(bigrams(text) & bigrams(p)) >= max(4, len(bigrams(text)) / 2)
                       for p in home.points) \
                or _restates_points(text, home.points):
            continue
        out[home.title] = (*out.get(home.title, ()), text)
    for title, said in quoted_voices(facts, tasks):
        out[title] = (*out.get(title, ()), said)
    # two short scenes of one doer one sentence (质检员大热天趴在渠底…。质检员在工地上钻芯
    # 取样…: blind119's reader, "two choppy sentences repeating the subject"), sixty
    # characters at most
    for title, said in out.items():
        merged: list[str] = []
        alone = True  # the last sentence one scene
        for scene in said:
            who, before = _DOER.match(scene), _DOER.match(merged[-1]) if merged else None
            # (not 护士长… beside 护士…: two doers, blind99)
            if who and before and who[0] == before[0] and alone \
                    and not re.match(r"[长头]", merged[-1][before.end():]) \
                    and len(merged[-1]) + len(scene) - len(who[0]) <= 60:
                merged[-1] = f"{merged[-1]}，{scene[who.end():]}"
                alone = False
            else:
                merged.append(scene)
                alone = True
        out[title] = tuple(merged)
    return MappingProxyType(out)


_QUOTED = re.compile(r"([\u4e00-\u9fff]{1,4}?)(留言|反映|来信|写道|说)[：:]\s*“([^”\n]{8,90})”")
"""A voice the pasted item quotes (患者留言：“做完手术下午就回家了…”)."""
_SAID_SO = re.compile(r"(?:她们|他们|大家|大伙儿?)都说[：:，,]?\s*([^。；;\n，,“”]{6,30})[。；;\n]")
"""What the people of a work say of it, told by the leader (她们都说给兵娃子缝东西心里踏实)."""
_QUOTE_USED = re.compile(r"(?:这句话?|这段话|这句留言|这话|这句意思|这个意思)[^。；;\n]{0,6}?"
                         r"(?:可以|能)?"
                         r"(?:放在|用在|写进|放到|用到|放进)([^。；;\n，,]{1,14}?)(?:里|中)?(?:用|引用)?"
                         r"(?=[，,。；;\n]|$)")
"""The leader's remark placing the quote before it (病人这句话可以放在第一条里用)."""


def quoted_voices(facts: Facts, tasks: Sequence[Task]) -> list[tuple[str, str]]:
    """The voices the pasted item quotes that the notes ask to be used in a work, as
    (the work's title, 有患者留言：“…”): the work by its place (第一条, as the notes order
    the works: places_of) or its name (日归肛肠那条). A voice holding a word the notes
    forbid is left out. blind110's reader of 病人这句话可以放在第一条里用，不点名: not used."""
    banned = unsaid(facts)
    out: list[tuple[str, str]] = []
    for use in _QUOTE_USED.finditer(facts.doc.notes):
        voice = next(reversed(list(_QUOTED.finditer(facts.doc.notes, 0, use.start()))), None)
        said = voice and (voice[1], voice[2], voice[3])
        # (… or what they say, told in the sentence before: 她们都说给兵娃子缝东西心里踏实。这句
        # 意思可以放进针线组那条, blind111)
        if so := _SAID_SO.search(facts.doc.notes, max(0, use.start() - 80), use.start() + 1):
            said = ("大家", "都说", so[1])
        if said is None or any(w in said[2] for w in banned):
            continue
        where = re.sub(r"那一?[条块段]$", "", use[1])
        if rank := re.fullmatch(r"第([一二三四五六七八九十])[条块项个]", where):
            places = places_of(facts, tasks)
            home = next((t for t in tasks if places.get(id(t)) == parse_cn_numeral(rank[1])),
                        None)
        else:
            home = stress_home(where, tasks) if len(where) >= 2 else None
        if home is not None:
            # (a quote that is part of the sentence: its end mark after it, GB/T 15834—2011)
            who = said[0] if said[0] == "大家" else f"有{said[0]}"
            out.append((home.title, f"{who}{said[1]}：“{said[2].rstrip('。！!')}”"))
    return out


def _restates_points(text: str, points: Sequence[str]) -> bool:
    """Whether a placed paraphrase only runs through the points again: each clause says a
    point, by two pairs of it or, a short one, two thirds of its characters, and the clauses
    say two points or more (战士帮着抢收玉米、修水渠，村卫生室给战士看头疼脑热 beside 官兵帮助
    村民抢收玉米、部队帮助修建灌溉渠、村卫生室为驻地官兵提供常见病诊疗: blind111's reader found
    it said twice); not one showing a time, a manner or a count but a 着, nor the scene of one
    point (老教师坐在最后一排听年轻老师上课、下了课拉着人家改教案 of 老教师随堂听课并指导修改
    教案, blind103)."""
    if _VIVID.search(text.replace("着", "")):
        return False
    said: set[int] = set()
    for piece in (p for p in re.split(r"[，,、]", text) if len(p) >= 3):
        hits = [n for n, p in enumerate(points) if len(bigrams(piece) & bigrams(p)) >= 2 or (
            len(piece) <= 5 and len(set(piece) & set(p)) * 3 >= 2 * len(set(piece)))]
        if not hits:
            return False
        said.add(hits[0])
    return len(said) >= 2


def places_of(facts: Facts, tasks: Sequence[Task]) -> dict[int, int]:
    """id of each of `tasks` the notes give a place (notes.ordered) → that place (1, 2, …;
    -1 the last), each found as a stressed item is (stress_home), the first place given."""
    places: dict[int, int] = {}
    # a work named by its title is placed before the paraphrases, whose words may share
    # more with it than with their own work (游客拿着护照到界碑…盖章 of the 旅游, not of the
    # 守望岗 placed first for its 游客 and 界碑: blind77)
    def titled(what: str) -> bool:  # the one task whose title holds it
        return len(unquoted(what)) >= 4 and sum(unquoted(what) in unquoted(t.title)
                                                for t in tasks) == 1

    paraphrased_places: set[int] = set()  # places given by the leader's own words for a work
    for what, place in sorted(ordered(facts), key=lambda wp: not titled(wp[0])):
        # (a description opening with its doer names the work by its deed: 检察官隔一个月就去
        # 河边数补种的树… of 督促生态修复, not of 检察队伍建设 for its 检察, blind89)
        said, what = what, deed_of(facts, what)
        # (… or in the title's words: 年轻律师跟着老律师出庭…那块 of 加强青年律师培养, blind105)
        # (… or its doer the one task's owner: 运维组的小伙子开着车下乡、爬到村卫生室房顶上调
        # 信号 of 做好网络运维保障, owned by 运维组, not of 培训乡村医生… for its 村卫生室,
        # blind120's reader)
        # (… or by the field's word for its everyday one, which no other reading overrides:
        # 外业队上山量树 of the 计量监测 whose point says 每木检尺, not of 外业安全 for its 外业,
        # blind122's reader)
        owner = _owner_home(what, tasks, places)
        formal = _formal(said)
        by_field = stress_home(formal, tasks) if formal != said else None
        home = owner or stress_home(what, tasks) or by_field
        # (… the paraphrase read without the staff doing it: 7月发大水那几天驾驶员开着越野车…
        # of 做好应急…用车保障, not of 抓好驾驶员队伍建设 for its 驾驶员, blind90)
        bare = deed_of(facts, what, staff=True)
        # … and without the place it is done in (学员在实训室从切土豆丝练起 of the 全日制班
        # whose point says 从刀工基本功练起, not of 抓好实训室安全 for its 实训室: blind98)
        unset = re.sub(r"^在[\u4e00-\u9fff]{1,6}?(?:室|房|间|馆|厅|堂|库|里|上)"
                       r"(?=[\u4e00-\u9fff]{4})", "", bare)
        # (… a leader's everyday word whose field word one task alone says, where no task says
        # the work: 一棵一棵拔杂株 of the task whose point says 去杂, not of 党员联系… for its
        # 党员 and 老乡, blind106)
        by_words = [t for _, t in _fielded(said, tasks)]  # a task for each field word
        fielded = {id(t): t for t in by_words}
        field = next(iter(fielded.values())) if home is None and len(fielded) == 1 else None
        home = home or field
        weak = home is None  # (found by the looser readings below only)
        other = None if field or owner or (by_field is not None and home is by_field
                                           and by_words == [by_field]) \
            else _field_home(what, tasks, places) or paraphrased(
            unset, tasks, places) or (
            _doer_home(what, tasks, places) if home is None else None)
        # (… the unit's own people by its name naming no work: 老乡跟经纪人为压级压价吵起来，
        # 调解员…说和 of 做好购销纠纷调解, not of 开展经纪人培训… for the 经纪人 of 农村经纪人
        # 协会, blind109)
        core = re.sub(r"^.{0,6}?[县市区]|(?:协会|学会|商会|联合会|公司|中心)$", "", facts.unit.name)
        plain = unset.replace(core[-3:], "") if len(core) >= 3 else unset
        # (… by more of its characters, not by one more and fewer of its words' pairs where its
        # own holds two:
        # 推着轮椅、牵着看不见的游客摸古镇石碑 of 开展无障碍讲解服务 whose point says 轮椅游客,
        # not of 推进文明旅游宣传 for the characters 文, 游, 客…, blind112's reader)
        held = len(bigrams(plain) & bigrams(task_words(home))) if home is not None else 0
        if other is not None and (home is None or named_by(plain, other) > named_by(plain, home) + 1
                                  or (named_by(plain, other) > named_by(plain, home) and (
                                      held < 2 or len(bigrams(plain) & bigrams(task_words(other)))
                                      >= held))):
            home = other
        # (the same place said again in the leader's words: 老教师进课堂听…课 of the 结对
        # placed second by its title, blind73, then gave 政治理论学习 that place)
        if home is not None and places.get(id(home)) == place:
            continue
        if home is not None and id(home) in places and len(what) >= 6 \
                and unquoted(what) not in unquoted(home.title):
            # placed already: the next work a long paraphrase names (放学后把孩子看到家长下班
            # of 课后延时托管, not the 灯下家访 placed first, whose scene tells of 家长下夜班:
            # blind67); not a work's title or short name said again (an earlier order's)
            left = [t for t in tasks if id(t) not in places]
            # (教孩子们拍照 of 开展摄影公益培训和进校园 when 照相馆 is placed: blind63)
            home = stress_home(what, left, loose=False) or paraphrased(what, left, {})
        # (… nor a place given already, said again in other words only the looser readings
        # place: 第二讲化验室的人每天早上背着采样箱下村…那块 of the 水质 work, then 顺序：…第二讲
        # 化验室的人下村接水那块, whose words drew the 志愿服务 once the 水质 was placed,
        # blind122's reader)
        if home is not None and id(home) not in places and not (
                weak and place in paraphrased_places):
            places[id(home)] = place
            if not titled(said) and place > 0:
                paraphrased_places.add(place)
    return places


def _placed_scene(what: str, people: str) -> str:
    """The scene the notes name a work's place by, as a sentence of its doers' deeds: one
    that opens with its doer, by a post or a people's name (_scene; 分诊台护士一眼看脸色…),
    its setting kept before them (冬天早上六点半，老师打着手电…; 三伏天车间里五十多度，党员
    推着冰桶车…); one that opens with its time or its deed, the unit's staff its doers
    (周末带着橡皮人到村小… → 医护人员周末带着橡皮人…: `people` less its 全体/全科); "" for
    any other (学习、三会一课; 收购站当天过磅…, whose doer is not said; 后面依次是…)."""
    # (… and one that tells no deed: 候鸟党员亮身份、南北议事会)
    if re.search(r"依次|其余|剩下|原稿|照旧|先后", what) or not _SCENE_DEED.search(what):
        return ""
    def doers(text: str) -> list[str]:
        """The scene's clauses where its first names a doer by a post or a people's name,
        not one the loose _DOER reads in a deed (进村进学校教老百姓…, 接新来的工友…)."""
        clauses = _scene(text, people)
        who = _DOER.match(clauses[0]) if clauses else None
        loose = r"[进教接给看望的把在到从向对为跟和与帮陪带派]"
        # (教练泡在水里托着孩子…: a 教练 is a post, blind107's scene placed nowhere)
        # (nor a time's words, 执业医师技能考试那几天, blind111)
        # (nor a department's people: 运维组的小伙子开着车下乡…, blind120's scene placed nowhere)
        bare = re.sub(r"^[\u4e00-\u9fff]{1,5}[组科室队站部班所]的(?=[\u4e00-\u9fff]{2})", "",
                      who[0]) if who else ""
        return clauses if who and len(who[0]) <= 7 and not re.search(
            loose, re.sub(r"教(?:练|师|员|官|授)", "", bare)) \
            and who[0] not in ("动员", "人员") \
            and not re.search(r"(?:那几天|那天|那阵子|期间|的时候)$", re.split(r"[，,]", text)[0]) \
            else []

    # (科里的人下到病房，跟外科大夫一起算…: its doer first, blind94; 冬天早上六点半，老师…:
    # its setting, then its doer)
    # (… one that shows a time, a manner or a count of the work, or tells it at length, not
    # its name in other words: 老师傅带徒弟、比谁刷罐刷得干净 read as the leader's ordering note
    # leaked, blind108; 科里的人下到病房，跟外科大夫一起算…要不要输、输多少, blind94)
    if (clauses := doers(what)) and (_VIVID.search(what) or len(what) >= 20):
        return "，".join(clauses)
    setting, _, rest = what.partition("，")
    # (执业医师技能考试那几天: a time, no doer for its 医师, blind111's 凌晨五点就来调试…)
    if not rest or len(setting) > 12 or (
            _DOER.match(setting)
            and not re.search(r"(?:那几天|那天|那阵子|期间|的时候|前后)$", setting)):
        setting, rest = "", what
    if setting and (clauses := doers(rest)):
        return f"{setting}，{'，'.join(clauses)}"
    staff = re.sub(r"^全(?:体|[组站科院校所局队村厂室部会])", "", people)
    # (not where a doer is named in it: 每天出车前驾驶员围着车…, 半夜来了…、护士跟着…)
    staffed = re.search(r"(?:教师|职工|员工|人员|民警|辅警|党员|干部|队员|会员|医生|护士)$", staff)
    # (… nor one the leader's 我们 does, its opening another's: 半夜卡了鱼刺来看急诊、我们随叫
    # 随到, blind95: printed 医护人员半夜卡了鱼刺…)
    # (… nor a paraphrase of the work that shows no time, manner or count of it: 给刚出生的
    # 娃娃和学校的孩子查耳朵, 给烂脚的病人清创换药 read as the leader's labels leaked,
    # repeating the points, by blind95's and blind96's readers)
    # (… but one whose doer is the leader's 我们 after its setting: 病区一个电话，我们十来分钟
    # 赶到床边看压疮, blind111's scene placed nowhere)
    ours = re.match(r"(?:我们|咱们)(?=[\u4e00-\u9fff]{4})", rest) if setting else None
    rest = rest[ours.end():] if ours else rest
    # (… nor one the staff are given: 夏天给车间送绿豆汤、办职工书屋 of 关心关爱职工, printed
    # 职工夏天给车间送绿豆汤… and read garbled by blind117's reader)
    if not staffed or staff == "人员" or not (ours or _STAFF_DEED.match(rest)) \
            or re.search(r"给(?:车间|班组|一线|职工|员工|工人|干部)", rest) \
            or re.search(r"员|师|医生|护士|干部|工人|派|我们|咱们", rest) \
            or not (setting or _VIVID.search(rest)) \
            or re.search(r"(?:病人|患者|伤员|孩子|老人|群众)(?:送进来|送来|来了|进来)", rest):
        # (半夜胆管炎的病人送进来、一个电话二十分钟人就站到手术台边: the patient its subject,
        # blind119's reader of 医护人员半夜胆管炎的病人送进来…)
        return ""
    return f"{setting}，{staff}{rest}" if setting else staff + rest


_VIVID = re.compile(r"着|一[\u4e00-\u9fff]一|半夜|深夜|凌晨|天不亮|天刚亮|连夜|手把手|挨家|挨个|"
                    r"周末|晚上|夜里|清早|一早|早上|[春夏秋冬]天|汛期|节假日|逢年过节|下班后|"
                    r"放学后|暑假|寒假|过年|\d|[一两二三四五六七八九十几]+(?:分钟|小时|天|个月|遍|趟|回|圈)")
"""What makes a scene its staff do unnamed more than the work's name: a time, a manner or a
count (周末带着橡皮人…; 一针一线; 守30分钟)."""

_STAFF_DEED = re.compile(r"(?:周末|半夜|深夜|晚上|夜里|凌晨|清早|一早|早上|白天|放学后|下班后|"
                         r"天不亮|每天|每周|平时|[春夏秋冬]天|汛期里?|节假日|逢年过节|"
                         r"大风天|下雨天|[雨雪]天|台风天|"  # 大风天夜里打着探照灯… (blind99)
                         # (出车前围着车转一圈、拿手电照罐口密封条: blind112's scene placed nowhere)
                         r"出车前|开工前|上岗前)|"
                         r"(?:到|去|进|给|陪着?|带着?|帮着?|教(?![练师官])|守着?|背着|开着|扛着|拎着|骑着|"
                         r"接|上门|下[村乡])")
"""How a scene the notes give a work's place by opens when the staff do it unnamed: its
time or its deed (周末带着橡皮人到村小…, 进村进学校教老百姓认滑坡征兆)."""

_SCENE_DEED = re.compile(r"着|[给到把在陪带教守帮跟]|一[个遍趟棵块圈针刀包眼口把户]|上门|挨个|"
                         # (凌晨五点就来调试模拟人: blind111)
                         r"挨家|天天|天不亮|半夜|连夜|凌晨|手把手")
"""Words of a deed a scene shows (…背着…, 给…, 一个一个…)."""


_PERIODS = re.compile(r"按([^，,。；;：:、]{2,8}(?:、[^，,。；;：:、]{2,8}){1,3})"
                      r"[两二三四]段(?:来)?写[：:，,]?([^。；;\n]*)")
"""The year's work set out by the periods of one event (全年安排就按冷修前、冷修中、点火
投产后三段写：4月停窑冷修，5月底点火: blind92)."""


def named_periods(facts: Facts) -> tuple[tuple[str, int, int], ...]:
    """The periods the notes ask a plan's year set out by (_PERIODS), as (name, first
    month, last month): one before an event (…前, from January), during it (…中/…期间, from
    the first month the notes name), after it (…后, from the month after the last they
    name), each running up to the next; () when the notes ask none or their months do not
    give each period's start, in order (春运、暑运…: festivals' spans are not the year's)."""
    m = _PERIODS.search(facts.doc.notes)
    if m is None:
        return ()
    names = m[1].split("、")
    months = [int(x) for x in re.findall(r"(?<!\d)(1[0-2]|[1-9])月", m[2])]
    starts: list[int] = []
    for n, name in enumerate(names):
        if name.endswith("前") and n == 0:
            starts.append(1)
        elif re.search(r"(?:中|期间)$", name) and months:
            starts.append(months[0])
        elif name.endswith("后") and months:
            starts.append(months[-1] + 1)
        else:
            return ()
    if any(b <= a for a, b in pairwise(starts)) or starts[-1] > 12:
        return ()
    ends = [b - 1 for b in starts[1:]] + [12]
    return tuple(zip(names, starts, ends, strict=True))


def said_in(item: str, bodies: Iterable[str]) -> bool:
    """Whether a slogan item is said in one of the task bodies: its words (预约上门 of
    老弱病残预约上门办理), two of its word pairs, or its quoted name."""
    return any(item in b or len(bigrams(item) & bigrams(b) - {"办理", "服务"}) >= 2
               or any(q in b for q in re.findall(r"“([^”]{1,20})”", item)) for b in bodies)

def stress_home(item: str, tasks: Sequence[Task], loose: bool = True) -> Task | None:
    """The task a stressed item (notes.stress_items) is about: the first whose title says
    it, or a short one in order (四普 of 扎实推进第四次全国文物普查); else the first whose
    points say it (`said_in`); else, when `loose`, the first sharing a word of a short one;
    else the only one holding each of its characters (早筛); None when none does (blind23:
    四普 went to a volunteering task whose point was 四普资料整理)."""
    def abbreviates(title: str) -> bool:
        spread = re.search(".*?".join(map(re.escape, item)), title) if len(item) <= 4 else None
        return spread is not None and len(spread[0]) <= 10
    # 早筛 (早期筛查) of 推进癌症早诊早治, whose points say 筛查: the one task holding each
    # of a short item's characters (blind42: its place and its stress lost)
    spelt = [t for t in tasks if len(item) <= 3 and all(c in task_words(t) for c in item)]
    # 干部下村办 of 移民连心 (干部职工分片包村…上门代办): the one task holding all but one of a
    # longer item's characters (blind53: a 【待补充】 paragraph for its stressed work)
    near = [t for t in tasks if loose and 4 <= len(item) <= 6
            and sum(c not in task_words(t) for c in item) <= 1]
    # of the tasks whose words say it, the one saying most of it (古建筑白蚁防治 of 守护文物
    # 古建筑, not of a 学习 task whose point names 白蚁防治研究所, blind45)
    said = [t for t in tasks if said_in(item, [task_words(t)])]
    return (next((t for t in tasks if item in t.title or abbreviates(t.title)), None)
            or max(said, default=None, key=lambda t: (
                item in task_words(t), len(bigrams(item) & bigrams(task_words(t)))))
            # … a short one's word in a title before one in a point (科普宣传 of 推进白蚁防治
            # 科普, not of 守护文物古建筑 whose point says 宣传, blind45)
            or max((t for t in tasks if loose and len(item) <= 4
                    and bigrams(item) & bigrams(task_words(t))), default=None,
                   key=lambda t: len(bigrams(item) & bigrams(t.title)))
            or (spelt[0] if len(spelt) == 1 else None)
            or (near[0] if len(near) == 1 else None)
            # 上门修船那支队伍 of 打造“江上船医”流动服务队 (blind64: its 现场会 lost, and a
            # 【待补充】 for it): the leader's own words for one task, as places_of reads them
            or (paraphrased(item, tasks, {}) if loose and len(item) <= 12 else None))


def named_by(what: str, task: Task) -> int:
    """How much of a leader's own words for a work a task holds: the characters of `what`
    in its title, counted twice, and in its words (炮点达标: 推进作业点标准化建设 4, 加强…
    作风建设 2 for its point 开展“炮点上的党课”…)."""
    what = re.sub(r"那一?[条块段]|这一?[条块段]|的事|那些|跟着|打头|[的了们]", "", what)
    # … and the field's word for the leader's everyday one (查鲜活农产品车 of 推进“绿通”快检,
    # blind66)
    chars = set(what) | set(_formal(what))
    return len(chars & set(task.title)) + len(chars & set(task_words(task)))


def _doer_home(what: str, tasks: Sequence[Task], placed: Mapping[int, int]) -> Task | None:
    """The one task not yet placed whose point names the post of the paraphrase's doer,
    by its first two characters, where that point is the post at work, not its training
    (宿管阿姨半夜给发烧的娃喂药… of 抓好住校生生活照料 for its 宿管员24小时值守: blind101's
    reader found the order's third place given to 党建); None otherwise."""
    who = _DOER.match(what)
    if who is None or len(who[0]) < 3:
        return None
    post = who[0][:2]
    homes = [t for t in tasks if any(post in p for p in (t.title, *t.points))]
    if len(homes) != 1 or id(homes[0]) in placed:
        return None
    at_work = [p for p in (homes[0].title, *homes[0].points) if post in p]
    trained = any(re.search(r"培训|队伍|持证|比武|带教|练兵", p) for p in at_work)
    return None if trained else homes[0]


def _owner_home(what: str, tasks: Sequence[Task], placed: Mapping[int, int]) -> Task | None:
    """The one task not yet placed whose owner, a department (three characters at least, no
    other task's), opens the paraphrase as its doer (运维组的小伙子…); None otherwise."""
    owned = [t for t in tasks if len(t.owner) >= 3 and re.match(
        rf"{re.escape(t.owner)}(?:的|里|那)", what)]
    if len(owned) != 1 or id(owned[0]) in placed \
            or sum(t.owner == owned[0].owner for t in tasks) != 1:
        return None
    return owned[0]


_POST_FIELD = {"护士": "护理"}
"""A post and the field a task's title names its work by (_field_home)."""


def _field_home(what: str, tasks: Sequence[Task], placed: Mapping[int, int]) -> Task | None:
    """The one task not yet placed whose title names the field of the paraphrase's doer
    (_POST_FIELD: 护士教病人别把身上的线擦掉… of 做好放疗全程护理, not of 加强人才培养 for
    the 培 and 训 of 教, blind117's reader found the order's second place given to the
    training); None otherwise."""
    field = _POST_FIELD.get(who[0], "") if (who := _DOER.match(what)) else ""
    titled = [t for t in tasks if field and field in t.title and id(t) not in placed]
    return titled[0] if len(titled) == 1 else None


def paraphrased(what: str, tasks: Sequence[Task], placed: Mapping[int, int]) -> Task | None:
    """The one task not yet placed that a leader's own words for it name most (放鱼养水 of
    推行保水渔业, 炮点达标 of 推进作业点标准化建设, blind63: every reader found the third
    place slipped), at least 3 by named_by and more than any other; None otherwise."""
    scores = sorted(((named_by(what, t), n) for n, t in enumerate(tasks)
                     if id(t) not in placed), reverse=True)
    if not scores or scores[0][0] < 3 or (len(scores) > 1 and scores[1][0] == scores[0][0]):
        return None
    return tasks[scores[0][1]]


def _less_background(facts: Facts, sentence: str) -> str:
    """The sentence without the clauses of the stressed work's outside account
    (stress_background), told where the work opens (blind48: 现场会 and 邻县好几拨合作社
    said twice in one paragraph, then once more among the results); "" when nothing else
    is left, the sentence itself when it tells none of it."""
    # … the account of a work with a task, where it is said (not 夜里值守's, blind22)
    background = [said for item, said in stress_background(facts)
                  if stress_home(item, facts.tasks) is not None]

    def told(clause: str) -> bool:  # as stress_background writes it (好几拨 → 多批)
        # … its quoted names read through (全市“枫桥式人民法庭”创建现场推进会, blind51)
        clause = unquoted(_account_words(clause).replace("SELF", facts.unit.self_ref))
        # … and any 现场会 once the account tells one (5月省里的现场会在这开, blind59)
        # (… a short clause of it whole: 与会的人到三组, 量血压、测血糖, blind72)
        return any(clause in unquoted(said)
                   or _shared_run(clause, unquoted(said)) >= min(8, max(len(clause), 5)) or (
            re.search(_FIELD_MEETING, clause) and re.search(_FIELD_MEETING, said))
            for said in background)
    clauses = re.split(r"[，,]", sentence)
    gone = [told(c) for c in clauses]
    if not any(gone):
        return sentence
    # … and what its visitors went on to see (又看了认河的责任牌 after the account's
    # 又察看了我会认河的责任牌: blind81, printed as 我会又看了…)
    # (… and its visitors themselves: …集体婚礼上开的，与会的人看了28对新人…, blind110's
    # 创建成效 printed 我会与会的人看了…)
    for n in range(1, len(clauses)):
        if gone[n - 1] and not gone[n] and (clauses[n].startswith("与会")
                                            or _visit_goes_on(clauses[:n], clauses[n])):
            gone[n] = True
    return "，".join(c for c, g in zip(clauses, gone, strict=True) if not g)


_FEW_MEETINGS = re.compile(r"(?:开会|会议|发文件?|学文件|填报表)[^。；\n]{0,8}少写|"
                           r"少写[^。；\n]{0,6}(?:开会|会议)")
"""Notes asking less of the unit's meetings (开会、发文件的事少写)."""


_VISIT = re.compile(r"(?:考评|检查|验收|评估|测评|暗访)组|来(?:检查|验收|评估|考评|测评)")
"""A team the notes say comes to the unit (18号考评组来, 市里来验收)."""


def visited(facts: Facts) -> bool:
    """Whether the notes speak of a team coming to inspect (_VISIT): a written report then
    closes on 以此次检查为契机; one handed in with no visit closes on the 创建标准 (blind84's
    reader: 此次检查 in a report 报镇党委 with no inspection), as does one whose notes say
    the team does not come (考评组这回不下来: blind97's reader)."""
    # (市文明办这回不派考评组下来，汇报交书面的: blind103's reader of 以此次检查为契机)
    # (… nor one reading the papers: 考评组看材料也不能让他们看出来, blind111's reader)
    return any(not re.match(r"[^，,。；;\n]{0,6}不(?:下来|来|到)|[^，,。；;\n]{0,2}看(?:材料|汇报)",
                            facts.doc.notes[m.end():])
               and not re.search(r"(?:不|没|不会|没有)(?:再)?(?:派|组织)[^，,。；;\n]{0,4}$",
                                 facts.doc.notes[max(0, m.start() - 10):m.start()])
               for m in _VISIT.finditer(facts.doc.notes))


_PLEDGE = re.compile(r"(?:结尾|最后|末尾|收尾)[^：:\n。；;]{0,8}?"
                     r"(?:表个?态|表决心|说|讲|带一句|加一句)[^：:\n。；;]{0,4}[：:]\s*"
                     r"“?([^\n“”]{4,60}?)”?\s*(?:[。！!]|$)", re.M)
"""The leader's own closing words a spoken document ends on (结尾表个态：争创省级文明村，我们
有信心，也请考评组多提意见)."""


def closing_pledge(facts: Facts) -> str:
    """The closing words the notes give for a text spoken to its listeners (_PLEDGE), as a
    sentence; "" when none or the text is written (blind95's reader of a village's report:
    the secretary's 争创省级文明村，我们有信心 missing, stock lines in its place)."""
    if not one_voice(facts) or written(facts):
        return ""
    m = _PLEDGE.search(_remarked(facts.doc.notes))
    return f"{m[1].rstrip('，,')}。" if m else ""


def visitors(facts: Facts) -> tuple[str, str]:
    """Whom a 汇报 read to a visiting team welcomes and asks for comments, and what their
    visit is: (各位专家, 评审) where its 称谓 greets experts first and the notes say they
    come to 评审 (尊敬的专家组各位专家、各位院领导 for a 重点专科 panel: blind86's reader
    struck 各位领导莅临我科检查指导 and 以此次检查为契机), else (各位领导, 检查); a graded
    assessment's team (创建4A级社会组织, 星级, 等级评估) comes to 评估, not to 检查 a 文明创建
    (blind63's reader of a 摄影家协会's report)."""
    greeted = addressee(facts)
    # (… or to 评估: 市社会组织评估组来, 尊敬的评估组各位专家, blind104)
    judged = re.search(r"评审|评估", facts.doc.notes)
    guests, visit = (("各位专家", judged[0])
                     if re.match(r"尊敬的[^、，]{0,8}专家", greeted) and judged
                     else ("各位领导", "检查"))
    # (考评组各位领导、各位专家: both thanked, blind91's reader; 评估组各位专家、县社科联
    # 各位领导, blind104's)
    if guests == "各位领导" and re.search(r"领导[^，：]*专家", greeted):
        guests = "各位领导、各位专家"
    # (… not the unit's own 各位院领导, who come to no visit: blind86's reader)
    # (省考评组各位专家，市、县、镇陪同的各位领导 come to 检查: both welcomed, blind107)
    elif (guests == "各位专家"
          and re.search(r"专家、(?!各位[院校局所站科])[^，：]*领导", greeted)) or (
            guests == "各位领导" and re.match(r"尊敬的[^、，]{0,8}专家[、，][^：]*领导", greeted)):
        guests = "各位专家、各位领导"
    return guests, "评估" if re.search(r"[1-5]A|等级|星级|评估", facts.doc.theme) else visit


def few_meetings(facts: Facts) -> bool:
    """Whether the notes ask less of meetings and papers (开会、发文件的事少写): a summary's
    or report's practices then do not open with the 领导小组 it set up (session 32: readers
    of both writers struck that line as the meeting material the leader had cut, in 10
    drafts of blind65–75)."""
    return bool(_FEW_MEETINGS.search(facts.doc.notes))


def note_results(facts: Facts) -> str:
    """In a summary or report, the notes' clauses saying what was achieved (通过复审…),
    less those a task already says (观看了纪念大会直播 beside the point that arranged it)
    and those its account tells (achieved_by_task)."""
    routed = {s for told in achieved_by_task(facts).values() for s in told}
    # 站里开会、发文的事少写: the unit's own meetings are no result (blind53, blind54)
    meetings = few_meetings(facts)
    text = "；".join(b for s in _note_list(facts, "achieved")
                    if s not in routed and not any(_says(t, s) for t in facts.tasks)
                    and not (meetings
                             and re.search(r"召开[^，。；]{0,10}(?:大会|会议)|述职|测评", s))
                    and (b := _less_background(facts, s)))
    return f"{text}。" if text else ""
