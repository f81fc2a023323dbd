"""style.unit_words: words of another kind of unit — a 范文 of a hospital reused for a
school keeps its 患者 and 诊疗, one of a school reused for a company its 师生.

The unit's family comes from the facts (`unit.type`, refined by `unit.name`), else from
the unit named in the title or the 落款: 医疗 (医院, 卫生院, 卫生服务中心, 疾控中心…),
学校, 幼儿园, 企业 (公司, 集团…), 机关 (局, 委员会, 办公室, 政府…, and a 站 that is an
office of its field: 林业工作站, 农技推广站, 水文站 — not 高铁站, 变电站; an enforcement
squad: 执法大队, 稽查支队), 基层 (社区, 街道, 村).
Kept conservative (precision over recall):
- a 机关 whose name shows the field (卫生健康局, 教育局, 市场监督管理局) may use its
  field's words, and one over every field (政府, 县委, 财政局) all of them — but not a
  bureau a committee runs (区委老干部局); so may a school or a company of that field
  (医学院, 医药公司);
- a sentence that names a unit of the word's own kind (「组织志愿者到医院为患者服务」,
  「走进校园为师生开展健康讲座」) speaks of that unit, not of the writer's;
- words with a common other sense are left out or read in their telling forms only:
  患者 in 「以患者为中心」「患者满意」 (in a school's text at all, but not in 「为白血病患者
  捐款」); 课堂 only as 课堂教学 and the like (a hospital runs a 「健康妈妈课堂」);
  车间 not in 扶贫车间, 实训车间 (a brand or a standard nearby is not a works unit: 「在各
  科室、车间设立党员示范岗，擦亮党建品牌」), nor where a regulator inspects one — unless
  it is the unit's own (深入车间班组开展安全检查); a 车间 listed with the unit's own
  科室/部门 (各科室、车间) is foreign to an office or a community even where its field
  lets it speak of firms (a 统计局, a 应急管理局); 产品质量 not in 农产品质量; 患者 as the ones
  served (患者排队, 患者满意) in any unit but a health one; 学生 in a kindergarten not
  as 小学生, 实习学生.
Issue 11, item 6."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, cached_property

from drafter.rules.model import Finding, Text, finding

MEDICAL, SCHOOL, KINDERGARTEN, COMPANY, OFFICE, GRASSROOTS = (
    "医疗机构", "学校", "幼儿园", "企业", "机关", "社区（村）")

# facts.unit.type (and the subtypes FACTS.md may add) → family; 其他 and unknown types are
# read from the unit's name.
TYPE_FAMILY: dict[str, str] = {
    "医院": MEDICAL, "卫生院": MEDICAL, "学校": SCHOOL, "幼儿园": KINDERGARTEN,
    "机关": OFFICE, "社区": GRASSROOTS, "街道": GRASSROOTS, "村": GRASSROOTS,
    "企业": COMPANY, "国有企业": COMPANY,
}

# A unit name's last unit word decides its family (…大学附属医院 is a hospital).
_NAME_FAMILY: tuple[tuple[str, str], ...] = (
    (r"医院|卫生院|卫生服务中心|卫生服务站|卫生室|保健院|保健所|疾病预防控制中心|疾控中心|"
     r"诊所|门诊部|急救中心|血站", MEDICAL),
    (r"幼儿园|托儿所|保育院", KINDERGARTEN),
    (r"学校|中学|小学|完小|大学|学院|中专|技校|职校|职业技术学校|教学点", SCHOOL),
    (r"公司|集团|工厂|[^工]厂|银行|信用社", COMPANY),
    (r"局|委员会|办公室|人民政府|政府|(?<![党团])委|厅|署|办事处|法院|检察院|派出所|管理处|"
     # A 站 that is an office of its field (林业工作站, 农技推广站, 渔政管理站, 水文站);
     # a railway or a power station (高铁东站, 变电站) is a works unit, named by none.
     r"工作站|管理站|推广站|指导站|监测站|保护站|防治站|救助站|"
     r"(?:林业|农技|农业|农机|畜牧|兽医|水利|水保|水文|文化|渔政|植保|动物防疫|经管|农经|"
     r"土肥|种子|气象|地震)站|"
     # A 所 that is an office of its field (市场监督管理所, 环境卫生管理所, 司法所, 财政所);
     # a 研究所, 事务所 or 设计所 is none
     r"(?:管理|监督|监管|司法|财政|税务|国土|自然资源|规划|环卫|林业|水利|水务|农技|农机|"
     r"畜牧|兽医|文化|统计|劳动保障|审计|工商|房管|经管|农经|交管)所|"
     # a people's organisation the party runs (残联, 妇联, 总工会)
     r"残联|妇联|文联|科协|侨联|工商联|残疾人联合会|妇女联合会|总工会|"
     # an enforcement body's unit (城市管理综合执法大队, 市场监管稽查支队), not a 生产大队
     r"(?:执法|稽查|监察|交警|交通警察|巡警|特警)(?:总队|支队|大队|中队)", OFFICE),
    (r"街道办事处|街道办|社区|街道|居民委员会|村民委员会|居委会|村委会|村", GRASSROOTS),
)
_NAME = re.compile("|".join(f"(?P<f{k}>{p})" for k, (p, _) in enumerate(_NAME_FAMILY)))

# Fields a unit's name may show; a unit of a field may use its words.
_FIELD = {
    # 环境卫生 (a 环卫所) is sanitation, not health
    MEDICAL: re.compile(r"(?<!环境)卫生|卫健|医|药|疾控|疾病|健康|计生|红十字|残联|护理"),
    SCHOOL: re.compile(r"教育|教体|学|校|招生|考试|培训|少年宫|青少年"),
    COMPANY: re.compile(r"工信|经信|工业|市场监督|市场监管|质监|质量|商务|发改|发展和改革|国资|"
                        r"应急|安监|经济|科技|统计|税务|海关|工商|开发区|园区|供销|产业|"
                        r"职业|技术|技工|职校|职教|工程|机电"),
}
# Offices over every field (a government, a party committee, finance, statistics…). A
# bureau the committee runs is an office of its own field (区委老干部局, 市委机要局), not
# the committee.
# The government and the party committee with its departments direct every unit (a
# sentence of theirs may address every school's staff); the bureaus over every field
# (财政, 人社) serve them all but have staff of their own.
_OVER_ALL = (r"政府|人大|政协|"
             r"[县市区省州旗镇乡]委(?![\u4e00-\u9fff]{1,6}?(?:局|中心|馆|站|所))|"
             r"组织部|宣传部|统战部|政法委|"
             # a township's own government, not an office of a field in it (镇林业工作站)
             r"[乡镇](?:人民政府|政府|党委|委员会)?$")
_DIRECTING = re.compile(_OVER_ALL)
_GENERAL = re.compile(rf"{_OVER_ALL}|发改|发展和改革|财政|审计|统计|人社|人力资源")


@dataclass(frozen=True)
class Word:
    pattern: re.Pattern[str]
    owner: str  # the family whose word it is
    foreign_in: frozenset[str]
    own_units: re.Pattern[str]  # a sentence naming such a unit speaks of it
    keys: tuple[str, ...]  # literal words every match holds one of (the line pre-search)
    # The word as a part of the writer's own unit (各科室、车间): foreign to an office or a
    # community even where its field lets it speak of such words (a 统计局 surveys firms,
    # it has no workshops of its own).
    own_parts: re.Pattern[str] | None = None
    # Whether an office of the word's own field (an 教育局 of 教职工) is read for its own
    # parts too; else only an office over every field (人社局, 财政局) is.
    parts_in_field: bool = True


_HOSPITALS = re.compile(r"医院|卫生院|卫生室|诊所|医疗机构|医疗卫生|卫生服务|病房|医务室|保健室|"
                        r"义诊|献血|家庭医生|签约医生|校医|助医|巡诊|体检")
# (助医, 巡诊, 体检: a medical service another unit arranges for those it serves, 组织医护
# 人员上门助医 of a 老干部局, blind21)
# 中学/大学 as schools, not in 集中学习, 干中学, 大学习大讨论.
_SCHOOLS = re.compile(r"学校|校园|进校|院校|学院|大学(?!习)|(?<![集干])中学(?!习)|小学|幼儿园|学生|"
                      r"家长|夏令营|研学")
# A works unit named, or a workshop of another kind (扶贫车间, 实训车间), or a regulator at
# work in one.
_WORKSHOPS = re.compile(r"企业|公司|工厂|厂区|园区|扶贫|就业|帮扶|实训|实习|教学|共享|家门口|工坊|"
                        r"监管|检查|抽检|执法|制造|工业|产业|"
                        r"加工")  # 建设虾稻米烘干、精加工车间: a village's (blind94's next steps)
# A workshop the writer's own unit is made of — its 车间班组, 各车间, 车间主任 — is the
# 范文's unit speaking, even where the sentence inspects it (深入车间班组开展安全检查):
# a regulator at work names the works unit it visits.
_OWN_DIVISIONS = re.compile(r"(?:各|本|我)(?:科室|股室|处室|部室|部门)[、和及与]车间"
                            r"|车间[、和及与](?:科室|股室|处室|部室|部门)")
_OWN_WORKSHOP = re.compile(rf"(?:各|本|我)车间|车间(?:班组|主任|负责人|党支部)"
                           rf"|{_OWN_DIVISIONS.pattern}")
_REGULATING = re.compile(r"监管|检查|抽检|执法")
# 产品质量 is read more loosely: a brand, a standard, farm produce, food and medicine.
_WORKS = re.compile(f"{_WORKSHOPS.pattern}|品牌|标准|农|食|药")

# Mentions of the sick that any unit may make: a donation, an epidemic, a caseload the
# unit manages (严重精神障碍患者, 职业病患者).
_ILL = re.compile(r"捐|救助|慰问|帮扶|结对|传染|疫情|确诊|疑似|病例|隔离|献血|大病|重病|白血病|癌|"
                  r"残疾|精神|慢性|尘肺|职业病|困难")
_ALL_BUT_HEALTH = frozenset({SCHOOL, KINDERGARTEN, COMPANY, OFFICE})

WORDS: tuple[Word, ...] = (
    # A hospital's words: its patients as the ones it serves, its diagnosis and treatment,
    # its staff and their ethics.
    Word(re.compile(r"以(?:病人|患者)为中心|(?:病人|患者)(?:满意|就医|就诊|安全|权益|隐私|至上|需求|"
                    r"排队|等候|候诊|挂号|投诉|体验|来访|咨询|诉求|急难愁盼)|"
                    r"(?:服务|方便|关爱|每一位|每位|广大)(?:病人|患者)|为(?:病人|患者)(?:提供|服务)|"
                    r"诊疗|医务人员|医护人员|医德医风"),
         MEDICAL, _ALL_BUT_HEALTH, _HOSPITALS,
         ("病人", "患者", "诊疗", "医务人员", "医护人员", "医德医风")),
    # Patients at all: in a school or a kindergarten, unless the sentence is about illness
    # as such (a sick pupil's family helped, an epidemic).
    Word(re.compile(r"病人|患者"), MEDICAL, frozenset({SCHOOL, KINDERGARTEN}),
         re.compile(f"{_HOSPITALS.pattern}|{_ILL.pattern}"), ("病人", "患者")),
    Word(re.compile(r"(?<![大中小习医师研留范])学生(?!志愿|实习|见习)"),
         SCHOOL, frozenset({KINDERGARTEN}),
         re.compile(r"小学|中学|大学|职校|学校|院校|校外|高校|实习|见习|师范|专业|毕业"),
         ("学生",)),
    Word(re.compile(r"教职工|教职员工|(?:全体|全校|广大|全院)师生|"
                    # the ones a unit serves: 解决师生急难愁盼问题 in a company's text
                    r"师生(?=急难愁盼|诉求|满意|获得感|幸福感|安全感|切身利益|合法权益)|"
                    r"课堂(?:教学|纪律|效率|质量|改革|提问)|高效课堂|班主任"),
         SCHOOL, frozenset({MEDICAL, COMPANY, OFFICE}), _SCHOOLS,
         ("教职", "师生", "课堂", "班主任"),
         # the unit's own staff (组织全体教职工学习): a bureau over every field (人社局)
         # speaks of the county's teachers (全县教职工), never of its own as such
         re.compile(r"(?<![市县区镇乡省州旗校园学])(?:全体|本单位|本局|我局)教职(?:员)?工"),
         parts_in_field=False),
    # A hospital's ward as a part of the writer's own unit (各病区): foreign even to a unit
    # of the field that serves the ill (a 残联).
    Word(re.compile(r"病区"), MEDICAL, _ALL_BUT_HEALTH | {GRASSROOTS}, _HOSPITALS, ("病区",),
         re.compile(r"(?:各|本|我)病区|病区(?:主任|护士长)")),
    Word(re.compile(r"车间|生产线"),
         COMPANY, frozenset({GRASSROOTS, OFFICE, SCHOOL, KINDERGARTEN}), _WORKSHOPS,
         ("车间", "生产线"), _OWN_DIVISIONS),
    Word(re.compile(r"(?<![农食药水畜渔])产品质量"),
         COMPANY, frozenset({GRASSROOTS, OFFICE, SCHOOL, KINDERGARTEN}), _WORKS,
         ("产品质量",)),
)


def family_of_name(name: str) -> str | None:
    """The family of a unit name: the family of its last unit word."""
    best: tuple[int, int, str] | None = None
    for m in _NAME.finditer(name):
        k = int(next(g for g, v in m.groupdict().items() if v is not None)[1:])
        key = (m.end(), m.end() - m.start(), _NAME_FAMILY[k][1])
        if best is None or key[:2] > best[:2]:
            best = key
    return best[2] if best else None


_TITLE_YEAR = re.compile(r"(?:19|20)\d\d(?:—(?:19|20)\d\d)?年度?")
_TITLE_CUT = re.compile(r"关于|工作|实施方案|计划|总结|汇报|报告|方案|规划|要点")
_DATE_LINE = re.compile(r"^[\s\u3000]*(?:19|20)\d\d年\d{1,2}月\d{1,2}日[\s\u3000]*$")


def _named_unit(text: Text) -> str:
    """The unit the text is written by: the title's words before its year or kind, else
    a short 落款 line near the end."""
    for line in text.lines[:2]:
        if len(line) > 40 or any(c in line for c in "。，；"):
            continue  # not a title
        head = _TITLE_CUT.split(_TITLE_YEAR.sub("", line.strip()), maxsplit=1)[0]
        if head and family_of_name(head):
            return head
    for line in reversed(text.lines[-4:]):
        body = line.strip(" \u3000")
        if 2 <= len(body) <= 30 and not _DATE_LINE.match(body) \
                and not any(c in body for c in "。，；：！？") and family_of_name(body):
            return body
    return ""


@dataclass
class Unit:
    family: str | None
    name: str

    @cached_property
    def fields(self) -> frozenset[str]:
        """The families whose words this unit may use besides its own."""
        if self.family == OFFICE and _GENERAL.search(self.name):
            return frozenset(_FIELD)
        return frozenset(f for f, p in _FIELD.items() if p.search(self.name))


def unit_of(text: Text) -> Unit:
    """The writer's unit: the facts' type (a kindergarten by its name too), else the
    family of the unit the text names."""
    if text.facts is not None:
        name = text.facts.unit.name
        family = TYPE_FAMILY.get(text.facts.unit.type)
        by_name = family_of_name(name)
        if family is None or (family, by_name) in ((SCHOOL, KINDERGARTEN),
                                                   (OFFICE, GRASSROOTS)):
            family = by_name
        return Unit(family, name)
    name = _named_unit(text)
    return Unit(family_of_name(name) if name else None, name)


_SENTENCE_ENDS = "。！？；"


@cache
def _keys_pattern(keys: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(keys))


def _sentence(line: str, start: int, end: int) -> str:
    head = max(line.rfind(c, 0, start) for c in _SENTENCE_ENDS) + 1
    tails = [k for k in (line.find(c, end) for c in _SENTENCE_ENDS) if k >= 0]
    return line[head:min(tails, default=len(line))]


_NO_OWN_PARTS = frozenset({OFFICE, GRASSROOTS})  # families never made of another's parts


def _reads_parts(w: Word, unit: Unit) -> bool:
    """Whether a word of a field the unit may speak of is read as the unit's own part."""
    if w.own_parts is None:
        return False
    if w.parts_in_field:
        return unit.family in _NO_OWN_PARTS
    return unit.family == OFFICE and not _FIELD[w.owner].search(unit.name) \
        and not _DIRECTING.search(unit.name)


def unit_words(text: Text) -> Iterator[Finding]:
    unit = unit_of(text)
    if unit.family is None:
        return
    words = [w for w in WORDS if unit.family in w.foreign_in and (
        w.owner not in unit.fields or _reads_parts(w, unit))]
    if not words:
        return
    keys = tuple(dict.fromkeys(k for w in words for k in w.keys))
    # a word naming one of the unit's own counts in the facts is its own (a 军休所's
    # 医护人员9人, blind58)
    own = "；".join(f.name for f in text.facts.figures) if text.facts is not None else ""
    # … and so is a 车间 or a 生产线 its tasks or next steps name as one of its own
    # (整治检验车间和仪器库房 of a 特种设备检验所, blind66; 建设核桃仁分级包装生产线 of a
    # village, blind123); not a word its tasks copy from another unit's 范文
    # (… and a word a task of the facts says beside a unit of its kind, below: 对教职工开展
    # 入职查询 in a task whose other point names 学校, a procuratorate's, blind85)
    tasked = ["；".join((t.title, *t.points)) for t in text.facts.tasks] \
        if text.facts is not None else []
    planned = "；".join((*tasked, *text.facts.next_steps)) if text.facts is not None else ""
    own += "；" + "；".join(re.findall(r"(?<![各、])[\u4e00-\u9fff]{2}(?:车间|生产线)", planned))
    for i in text.lines_with(_keys_pattern(keys), plain=True):
        plain = text.plain[i]
        taken: list[tuple[int, int]] = []
        for w in words:
            # A word of a field the unit may speak of is foreign only as its own part.
            only_parts = w.owner in unit.fields
            parts = [p.span() for p in w.own_parts.finditer(plain)] \
                if only_parts and w.own_parts is not None else []
            for m in w.pattern.finditer(plain):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue  # 以患者为中心 read already, not 患者 again
                if only_parts and not any(a <= m.start() < b for a, b in parts):
                    continue  # a word of the unit's field, not named as its own part
                sentence = _sentence(plain, m.start(), m.end())
                rest = sentence.replace(m.group(0), "")
                named = w.own_units.search(rest)
                if named and w.own_units is _WORKSHOPS and _REGULATING.fullmatch(named.group(0)) \
                        and _OWN_WORKSHOP.search(plain, max(0, m.start() - 1), m.end() + 3) \
                        and not _WORKSHOPS.search(_REGULATING.sub("", rest)):
                    named = None  # inspecting its own workshops: a works unit's words
                if named:
                    continue
                taken.append(m.span())
                excerpt = text.lines[i][m.start():m.end()]
                if excerpt in own or any(
                        excerpt in said and w.own_units.search(said.replace(excerpt, ""))
                        for said in tasked):
                    continue
                yield finding("style.unit_words", "warning", i, m.start(), excerpt,
                              f"“{excerpt}”是{w.owner}的用语，出现在{unit.family}的文件中，"
                              f"疑为套用其他单位的范文，请核对")
