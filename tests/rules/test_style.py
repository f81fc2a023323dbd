"""The style warnings (issue 11, item 6): style.repeated, style.doubled_unit,
style.unit_words, style.empty_phrases. Every minimal input gives its finding; beside it a
clean near-miss of the same shape stays silent. Cases are our own words."""

from __future__ import annotations

import pytest
from support.paths import example_path

from drafter.facts import Facts, parse_facts
from drafter.kinds import kind_ids
from drafter.rules import ADVISORY, RULES, check
from drafter.rules.unit_words import (
    COMPANY,
    GRASSROOTS,
    KINDERGARTEN,
    MEDICAL,
    OFFICE,
    SCHOOL,
    TYPE_FAMILY,
    family_of_name,
)

STYLE = ("style.repeated", "style.doubled_unit", "style.unit_words", "style.empty_phrases",
         "style.working_notes")
SOURCE = example_path("implementation_plan").read_text(encoding="utf-8")


def facts_of(unit_type: str, name: str) -> Facts:
    """The example facts with another unit."""
    text = SOURCE.replace('name = "清河县中医院"', f'name = "{name}"', 1)
    return parse_facts(text.replace('type = "医院"', f'type = "{unit_type}"', 1), kinds=kind_ids())


def style_findings(text: str, facts: Facts | None = None) -> list[tuple[str, str]]:
    return sorted((f.rule, f.excerpt) for f in check(text, facts, year=2025)
                  if f.rule in STYLE)


# name: (text, facts (unit type, name) or None, [(rule, excerpt)])
HITS: dict[str, tuple[str, tuple[str, str] | None, list[tuple[str, str]]]] = {
    # style.repeated
    "sentence-again-later": ("我院坚持把群众满意作为检验工作的根本标准。\n二、主要措施\n"
                             "加强组织领导。我院坚持把群众满意作为检验工作的根本标准。", None,
                             [("style.repeated", "我院坚持把群众满意作为检验工作的根本标准")]),
    "sentence-again-same-paragraph": ("增强职工的认同感和归属感。组织读书活动。"
                                      "增强职工的认同感和归属感！", None,
                                      [("style.repeated", "增强职工的认同感和归属感")]),
    "sentence-three-times": ("持续改善群众就医体验和服务环境。\n持续改善群众就医体验和服务环境。\n"
                             "持续改善群众就医体验和服务环境。", None,
                             [("style.repeated", "持续改善群众就医体验和服务环境"),
                              ("style.repeated", "持续改善群众就医体验和服务环境")]),
    "paragraphs-pasted-twice": (
        "（一）加强领导。成立创建工作领导小组，院长任组长。明确各科室职责。\n"
        "（二）强化宣传。利用院报和宣传栏广泛宣传创建工作。\n"
        "（一）加强领导。成立创建工作领导小组，院长任组长。明确各科室职责。\n"
        "（二）强化宣传。利用院报和宣传栏广泛宣传创建工作。", None,
        [("style.repeated", "（一）加强领导。成立创建工作领导小组，院长任组长。明确各科室职责")]),
    # style.doubled_unit
    "counted-by-lines-and-cases": ("全年播发稿件条数420条，查处案件起数12起。", None,
                                   [("style.doubled_unit", "条数420条"),
                                    ("style.doubled_unit", "起数12起")]),
    "name-ends-in-unit": ("2025年门诊服务人次218640人次。", None,
                          [("style.doubled_unit", "人次218640人次")]),
    "name-ends-in-unit-linked": ("全年培训学时达32学时，服务人次为1.5万人次。", None,
                                 [("style.doubled_unit", "学时达32学时"),
                                  ("style.doubled_unit", "人次为1.5万人次")]),
    "measure-doubled": ("新建12个个村级服务站。", None, [("style.doubled_unit", "12个个")]),
    "unit-doubled": ("接待群众300人次人次。", None, [("style.doubled_unit", "300人次人次")]),
    "count-name-and-its-unit": ("完成老旧小区改造户数1260户，参训人数达320人，发展会员人数85名。",
                                None, [("style.doubled_unit", "户数1260户"),
                                       ("style.doubled_unit", "人数达320人"),
                                       ("style.doubled_unit", "人数85名")]),
    # style.unit_words: by the facts' unit type
    "patients-in-a-school": ("坚持以患者为中心，提升服务水平。", ("学校", "城关第一小学"),
                             [("style.unit_words", "以患者为中心")]),
    "patients-in-a-kindergarten": ("认真做好患者接待工作。", ("学校", "阳光幼儿园"),
                                   [("style.unit_words", "患者")]),
    "treatment-in-a-company": ("规范诊疗服务，落实医德医风要求。", ("企业", "江州燃气有限公司"),
                               [("style.unit_words", "诊疗"), ("style.unit_words", "医德医风")]),
    "medics-in-a-bureau": ("组织全体医务人员参加业务培训。", ("机关", "县自然资源局"),
                           [("style.unit_words", "医务人员")]),
    "pupils-in-a-kindergarten": ("全园学生家长满意率稳步提高。", ("学校", "阳光幼儿园"),
                                 [("style.unit_words", "学生")]),
    "staff-of-a-school-in-a-hospital": ("组织全体教职工参加廉洁教育。", ("医院", "县人民医院"),
                                        [("style.unit_words", "教职工")]),
    "teachers-and-pupils-in-a-company": ("全体师生积极参与志愿服务。", ("企业", "江州燃气有限公司"),
                                         [("style.unit_words", "全体师生")]),
    "classroom-in-a-bureau": ("深化课堂教学改革，提高工作效率。", ("机关", "县自然资源局"),
                              [("style.unit_words", "课堂教学")]),
    "workshop-in-a-community": ("加强车间安全管理，提高产品质量。",
                                ("社区", "幸福里社区居民委员会"),
                                [("style.unit_words", "车间"), ("style.unit_words", "产品质量")]),
    "workshops-at-a-field-station": ("站长带队深入车间班组开展防火检查。",
                                     ("其他", "城关镇林业工作站"), [("style.unit_words", "车间")]),
    "production-line-at-an-extension-station": ("加强车间和生产线安全管理。",
                                                ("其他", "县农技推广站"),
                                                [("style.unit_words", "车间"),
                                                 ("style.unit_words", "生产线")]),
    "workshop-in-a-school": ("加强车间管理，规范操作流程。", ("学校", "临河市第三中学"),
                             [("style.unit_words", "车间")]),
    "patients-queue-at-a-bank": ("增设自助设备，减少患者排队时间。", ("企业", "城北农村商业银行"),
                                 [("style.unit_words", "患者排队")]),
    "workshop-beside-own-offices": ("在各科室、车间设立党员先锋岗，打造机关党建品牌。",
                                    ("街道", "城南街道办事处"),
                                    [("style.unit_words", "车间")]),
    # style.unit_words: the unit named by the title or the 落款
    "title-names-a-school": ("城关第一小学2025年工作计划\n提高患者满意度，改善就医环境。", None,
                             [("style.unit_words", "患者满意")]),
    "signature-names-a-company": ("一、工作目标\n全体教职工要增强服务意识。\n"
                                  "江州市燃气集团有限公司\n2025年1月4日", None,
                                  [("style.unit_words", "教职工")]),
    # style.empty_phrases
    "stacked-phrases": ("各单位要高度重视，精心组织，周密部署，狠抓落实，确保取得实效。", None,
                        [("style.empty_phrases", "各单位要高度重视，精心组织，周密部署，狠抓落实，"
                          "确保取得实效")]),
    "stacked-phrases-run-on": ("我们将统筹协调、扎实推进、真抓实干、常抓不懈。", None,
                               [("style.empty_phrases",
                                 "我们将统筹协调、扎实推进、真抓实干、常抓不懈")]),
    "other-set-phrases": ("全院干部职工提高站位、凝心聚力、埋头苦干、久久为功，"
                          "推动各项工作再上新台阶。", None,
                          [("style.empty_phrases", "全院干部职工提高站位、凝心聚力、埋头苦干、"
                            "久久为功")]),
    "stacked-clause-in-empty-sentence": ("二是转变作风，全体党员要统一思想、振奋精神、奋勇争先，"
                                         "以更加饱满的热情投入工作。", None,
                                         [("style.empty_phrases",
                                           "全体党员要统一思想、振奋精神、奋勇争先")]),
    # style.repeated: a numbered paragraph's lead sentence repeated in a later paragraph
    "heading-sentence-again-in-body": ("（一）严格执行请销假制度，推动考勤管理规范化。每月通报。\n"
                                       "二、保障措施\n加强监督。严格执行请销假制度，"
                                       "推动考勤管理规范化。", None,
                                       [("style.repeated",
                                         "严格执行请销假制度，推动考勤管理规范化")]),
    # blind7 shapes
    "patients-at-a-port-authority": ("优化政务窗口服务，及时回应患者诉求。",
                                     ("机关", "市港航管理局"),
                                     [("style.unit_words", "患者诉求")]),
    "pupils-in-a-company": ("落实职工疗休养制度，切实解决师生急难愁盼问题。",
                            ("企业", "市粮油储备有限公司"), [("style.unit_words", "师生")]),
    "workshops-in-an-enforcement-squad": ("城市管理行政执法支队第二党支部2022年工作计划\n"
                                          "（一）在各中队、车间设立党员示范岗。", None,
                                          [("style.unit_words", "车间")]),
    # blind8 shapes
    "workshop-beside-own-offices-of-a-statistics-bureau": ("各科室、车间要细化工作措施。",
                                                            ("机关", "县统计局"),
                                                            [("style.unit_words", "车间")]),
    "staff-of-a-school-in-a-committee-bureau": ("市委老干部局2024年工作计划\n"
                                                "全年集中学习12次，组织全体教职工参加专题党课。",
                                                None, [("style.unit_words", "教职工")]),
    # blind9 shapes
    "counted-by-entries-and-boards": ("全年结算笔数达到1260万笔，拆除广告块数86块。", None,
                                      [("style.doubled_unit", "笔数达到1260万笔"),
                                       ("style.doubled_unit", "块数86块")]),
    "stack-of-five-in-a-clause": (
        "各单位要切实提高政治站位，做到高度重视、统筹谋划、精心组织、扎实推进、"
        "务求实效，确保活动取得预期成效。", None,
        [("style.empty_phrases", "各单位要切实提高政治站位，做到高度重视、统筹谋划、"
          "精心组织、扎实推进、务求实效，确保活动取得预期成效")]),
    "one-adverb-on-four-verbs": (
        "全面提高、全面加强、全面推进、全面落实创建各项工作，绿化率达到40%。", None,
        [("style.empty_phrases", "全面提高、全面加强、全面推进、全面落实")]),
    "aspects-each-with-a-set-phrase": (
        "做到思想上高度重视、行动上积极作为、工作上精益求精，纠治“四风”。", None,
        [("style.empty_phrases", "思想上高度重视、行动上积极作为、工作上精益求精")]),
    "ward-as-own-part-of-a-disabled-persons-federation": (
        "2022年残联党支部工作计划\n指导各乡镇残联和各病区加强组织建设。", None,
        [("style.unit_words", "病区")]),
    "treatment-in-a-sanitation-office": (
        "县环境卫生管理所2025年工作计划\n把提升诊疗服务水平作为落脚点。", None,
        [("style.unit_words", "诊疗")]),
    "own-staff-of-a-school-in-a-bureau-over-every-field": (
        "县人社局2023年工作计划\n组织全体教职工开展政治理论学习。", None,
        [("style.unit_words", "教职工")]),
}

SILENT: dict[str, tuple[str, tuple[str, str] | None]] = {
    # style.repeated
    "owner-lines-alike": ("（一）宣传发动\n召开动员会，设立宣传栏。\n"
                          "责任部门：办公室。完成时限：全年。\n"
                          "（二）志愿服务\n组建服务队，结对社区。\n"
                          "责任部门：办公室。完成时限：全年。", None),
    "short-sentence-again": ("加强组织领导。\n二、措施\n加强组织领导。", None),
    "headings-again": ("一、加强党的建设和思想政治工作\n二、措施\n"
                       "一、加强党的建设和思想政治工作", None),
    "heading-line-again": ("（三）加强督导检查，确保各项任务落到实处。\n二、措施\n"
                           "（三）加强督导检查，确保各项任务落到实处。", None),
    "trainees-at-a-kindergarten": ("接收学前教育专业学生来园见习。", ("学校", "阳光幼儿园")),
    "heading-text-again": ("（一）加强理论学习和思想政治教育。组织集中学习。\n"
                           "（一）加强理论学习和思想政治教育。开展专题讨论。", None),
    "signature-again": ("青川县人民医院精神文明建设办公室\n青川县人民医院精神文明建设办公室", None),
    "table-cells-again": ("| 按计划推进各项工作任务落实 | 1月 |\n"
                          "| 按计划推进各项工作任务落实 | 2月 |", None),
    "alike-not-same": ("全面提升医疗服务质量和群众满意度。\n"
                       "全面提升护理服务质量和群众满意度。", None),
    # style.doubled_unit
    "person-times-alone": ("全年接待群众1.2万人次，人次同比增长12%。", None),
    "per-person-time": ("门诊每人次费用下降5%，每人次补助50元。", None),
    "name-of-another-unit": ("接待游客3.2万人，帮扶责任人120人，示范户30户。", None),
    "counted-name-and-other-unit": ("稿件条数同比增长8%，全年稿件420条，案件起数下降。", None),
    "workshops-of-a-railway-station": ("各车间主任带队开展安全检查，客运车间落实值守。",
                                       ("其他", "市高铁南站")),
    "workshops-of-a-railway-company": ("客运车间、设备车间落实值守。", ("企业", "市高铁南站")),
    "regulator-inspects-workshops": ("执法人员深入车间开展排污检查。", ("机关", "县生态环境局")),
    "count-name-bare-number": ("游客人数3.2万，住院分娩人数同比增长5%，党员人数120人次。", None),
    "one-by-one": ("一个个鲜活的案例，一项项工作，个个争先。", None),
    "measure-starts-a-word": ("评选表彰12个个人，实施5项项目，设立3个个案管理员，"
                              "防制二部部长到场。", None),
    # style.unit_words
    "patients-in-a-hospital": ("坚持以患者为中心，组织医务人员开展义诊。", ("医院", "县人民医院")),
    "patients-at-a-health-bureau": ("督促医疗机构改善患者就医体验。", ("机关", "县卫生健康局")),
    "volunteers-at-a-hospital": ("组织职工到县医院为患者提供导诊服务。",
                                 ("企业", "江州燃气有限公司")),
    "donation-for-patients": ("全校师生为白血病患者捐款。", ("学校", "临河市第三中学")),
    "school-doctor": ("校医务室配备专职医务人员。", ("学校", "临河市第三中学")),
    "pupils-in-a-school": ("在校学生2160人，教职工142名。", ("学校", "临河市第三中学")),
    "primary-pupils-at-a-kindergarten": ("组织大班幼儿参观小学，体验小学生活。",
                                         ("学校", "阳光幼儿园")),
    "hospital-visits-a-school": ("走进校园为全体师生开展健康讲座。", ("医院", "县人民医院")),
    "teaching-hospital-classroom": ("依托“健康妈妈课堂”开展孕产期保健宣讲。",
                                    ("医院", "县妇幼保健院")),
    "education-bureau": ("指导学校深化课堂教学改革，关心教职工。", ("机关", "县教育局")),
    "poverty-workshop": ("引进扶贫车间2个，带动就业。", ("社区", "幸福里社区居民委员会")),
    "farm-produce-quality": ("加强农产品质量安全监管。", ("社区", "幸福里社区居民委员会")),
    "market-regulator": ("深入企业车间开展产品质量抽检。", ("机关", "县市场监督管理局")),
    "vocational-school": ("建设实训车间，规范生产线管理。", ("学校", "东平职业技术学校")),
    "government-over-all": ("组织医务人员下乡义诊，关心师生健康，提升产品质量。",
                            ("机关", "石桥镇人民政府")),
    "other-unit": ("坚持以患者为中心，提升诊疗服务。", ("其他", "县图书馆")),
    "no-unit-named": ("2025年工作计划\n坚持以患者为中心。", None),
    # style.empty_phrases
    "two-phrases": ("各单位要高度重视，精心组织，确保取得实效。", None),
    "phrases-with-substance": ("高度重视安全生产，精心组织“安全生产月”活动，"
                               "周密部署3次应急演练。", None),
    "phrases-lead-in": ("高度重视，精心组织，周密部署，在全院范围内开展医疗质量安全专项检查，"
                        "逐科室核查病历书写、处方点评和院感防控制度执行情况并限期整改。", None),
    "phrases-over-sentences": ("各科室要高度重视。精心组织。周密部署。", None),
    "stacked-clause-then-work": ("各科室要统一思想、提高站位、精心组织，在全院开展医疗质量安全"
                                 "专项检查，逐科室核查病历书写和处方点评情况。", None),
    # style.unit_words
    "workshop-of-a-company-visited": ("组织党员走进辖区企业车间开展政策宣讲。",
                                      ("街道", "城南街道办事处")),
    "patients-queue-at-a-hospital": ("增设自助设备，减少患者排队时间。", ("医院", "县人民医院")),
    "petitions-at-a-health-bureau": ("及时回应患者诉求。", ("机关", "县卫生健康局")),
    "pupils-visit-a-company": ("接待师生到厂区参观研学，听取师生意见。",
                               ("企业", "市粮油储备有限公司")),
    "school-serves-its-pupils": ("切实解决师生急难愁盼问题。", ("学校", "临河市第三中学")),
    # blind8 shapes
    "statistics-bureau-surveys-workshops": ("深入企业车间开展统计调查，各科室要细化工作措施。",
                                            ("机关", "县统计局")),
    "committee-office-over-all": ("县委办公室2024年工作计划\n组织全体教职工集中学习。", None),
    "party-school-of-a-committee": ("县委党校2024年工作计划\n组织全体教职工集中学习。", None),
    "committee-bureau-visits-a-school": ("市委老干部局2024年工作计划\n"
                                         "组织老干部走进中学，为全体师生讲党课。", None),
    # blind9 shapes
    "entries-counted-once": ("全年结算笔数达到1260万，拆除违规广告86块。", None),
    "adverb-on-verbs-with-their-objects": (
        "全面加强党的建设、全面推进依法治国、全面落实从严治党。", None),
    "aspects-without-set-phrases": ("做到组织上保证、制度上规范、经费上支持。", None),
    "ward-of-a-hospital-visited": (
        "2022年残联党支部工作计划\n组织志愿者到县医院病区开展慰问。", None),
    "treatment-in-a-health-inspection-office": (
        "县卫生监督所2025年工作计划\n规范医疗机构诊疗行为。", None),
    "county-teachers-in-a-bureau-over-every-field": (
        "县人社局2023年工作计划\n做好全县教职工工资核定，组织全县全体教职工参保。", None),
    "own-staff-in-an-education-bureau": ("县教育局2023年工作计划\n组织全体教职工开展师德师风学习。",
                                         None),
}


@pytest.mark.parametrize("name", HITS)
def test_style_kind_is_found(name: str) -> None:
    text, unit, expected = HITS[name]
    facts = facts_of(*unit) if unit else None
    assert style_findings(text, facts) == sorted(expected)


@pytest.mark.parametrize("name", SILENT)
def test_style_near_miss_is_silent(name: str) -> None:
    text, unit = SILENT[name]
    facts = facts_of(*unit) if unit else None
    assert style_findings(text, facts) == []


def test_style_rules_are_registered_as_warnings() -> None:
    # style.notes_forbid needs the notes: tests/rules/test_notes_forbid.py
    assert set(STYLE) <= set(RULES) and frozenset(STYLE) | {"style.notes_forbid"} == ADVISORY
    line = ("门诊服务人次218640人次。新建12个个站点。患者满意。"
            "各单位要高度重视，精心组织，周密部署，狠抓落实。这一段字太多，压到半页。")
    text = line + "\n" + line
    found = [f for f in check(text, facts_of("学校", "城关第一小学")) if f.rule in STYLE]
    assert {f.rule for f in found} == set(STYLE)
    assert all(f.severity == "warning" for f in found)


def test_doubled_measure_has_a_fix_and_the_others_none() -> None:
    found = {f.excerpt: f.fix for f in check("新建12个个站点，门诊服务人次218640人次。")
             if f.rule == "style.doubled_unit"}
    assert found == {"12个个": "12个", "人次218640人次": None}


def test_repeated_sees_only_the_text_it_is_given() -> None:
    """The guard checks one section: a sentence repeated from another section is not
    seen there; the whole document shows it."""
    first = "坚持把群众满意作为检验工作的根本标准。"
    second = "加强组织领导。坚持把群众满意作为检验工作的根本标准。"
    assert style_findings(second) == []
    assert style_findings(first + "\n" + second) == [
        ("style.repeated", "坚持把群众满意作为检验工作的根本标准")]


def test_repeated_stretch_is_one_finding() -> None:
    block = ["一、工作目标", "全面提升医疗服务质量，群众满意度稳步提高。", "二、主要措施",
             "加强组织领导，成立工作专班，细化任务分工。", "强化督导检查，每季度通报一次进展。"]
    found = [f for f in check(block + block) if f.rule == "style.repeated"]
    assert [(f.line, f.excerpt) for f in found] == [(7, block[1].rstrip("。"))]
    assert "共4段" in found[0].message  # from the first repeated paragraph to the last


@pytest.mark.parametrize(("name", "family"), [
    ("青川县人民医院", MEDICAL), ("县中心卫生院", MEDICAL), ("东关街道社区卫生服务中心", MEDICAL),
    ("某大学附属医院", MEDICAL), ("东湖街道中心幼儿园", KINDERGARTEN), ("临河市第三中学", SCHOOL),
    ("城关镇中心小学党支部", SCHOOL), ("江州市燃气集团有限公司客户服务中心党支部", COMPANY),
    ("县卫生健康委员会", OFFICE), ("青川县人民医院党委", MEDICAL), ("滨河街道办事处", GRASSROOTS),
    ("东关街道幸福里社区居民委员会", GRASSROOTS), ("柳树村党支部", GRASSROOTS), ("县图书馆", None),
    ("城关镇林业工作站", OFFICE), ("县水文站", OFFICE), ("县渔政管理站", OFFICE),
    ("市高铁东站", None), ("县110千伏变电站", None), ("县中心血站", MEDICAL),
    ("城市管理综合执法大队第一党支部", OFFICE), ("红旗生产大队", None),
    ("镇市场监督管理所党支部", OFFICE), ("县环境卫生管理所", OFFICE), ("县残联党支部", OFFICE),
    ("中科院化学研究所", None), ("律师事务所", None),
])
def test_family_of_a_unit_name(name: str, family: str | None) -> None:
    assert family_of_name(name) == family


def test_every_unit_type_has_a_family() -> None:
    """The facts' unit types, and the subtypes planned for them (幼儿园 卫生院 街道 村
    国有企业); 其他 is read from the name."""
    from drafter.facts.model import UNIT_TYPES

    assert set(UNIT_TYPES) - set(TYPE_FAMILY) == {"其他"}
    assert {"幼儿园", "卫生院", "街道", "村", "国有企业"} <= set(TYPE_FAMILY)


def test_a_medical_service_another_unit_arranges_is_no_borrowed_word() -> None:
    from drafter.facts import parse_facts
    from drafter.rules import check
    facts = parse_facts('[unit]\nname = "枫渡县委老干部局"\ntype = "机关"\n[doc]\n'
                        'kind = "work_plan"\nyear = 2026\ndate = "2026-01-16"\n'
                        'theme = "老干部工作"\n')
    text = "枫渡县委老干部局2026年工作计划\n每季度组织一次医护人员上门助医服务。\n"
    # a bureau for retired cadres arranges doctors' home visits (blind21): its words
    assert not [f for f in check(text, facts=facts) if f.rule == "style.unit_words"]
