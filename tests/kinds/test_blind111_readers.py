"""What blind110's readers found and session 46 left (measured at session 46's last code:
built-in 2.33, LLM 3.67), mended in session 47: remarks kept out (`熏洗室就四个坐浴位，写进
不足里`, `…再入院率，…，给它留个空`), histories in written words (`柒里原来是…生产队` read
first, `总务处下面就两个电工、一个水暖工`, `管售房款里提的那点维修的钱`, `划了一块坡地`), a
slogan placed `指导思想里带一次`, a visitors' clause out of 创建成效, `报后勤总支` as the 主送,
the branch's unit named whole, `扎实推进开展…`, a served people's scene (`陪读妈妈们…`), and
a quote the notes ask to be used (`病人这句话可以放在第一条里用`).

Then what blind111's readers found (measured at that code: built-in 3.17, LLM 3.67): a
history as said (`搞了个缝补组`, `散过两年，1986年又恢复了`, `2017年才正式叫上这个名字`);
scenes placed by what the notes tell of the stressed work (its account, its visitors' first
stop), a department's scene in the work it owns, a standardized patient (`SP阿姨`), a team
the unit trains (`标准化病人队伍`) no staff work, a scene whose doer is `我们` or a time's
words; a paraphrase only restating the points left out; the close where the team does not
come; a title and opening without `做好` twice or the unit's words again; the 称谓 and the
thanks as asked; remarks about the text kept out; the holidays of a monthly schedule in one
line; a count said once; `县消协` in full."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, section_text, whole_text

from drafter.kinds.notes import (
    called,
    closing_thanks,
    joined_months,
    main_to,
    note_goals,
    opening_aims,
    scenes,
    stress_background,
    unit_history,
)

B110 = FACTS_DIR / "blind110"
CEMETERY = "county-public-cemetery-company-work-plan-2027"
FUND = "county-housing-maintenance-fund-center-implementation-plan-2026"
RENTALS = "school-side-rental-community-work-summary-2025"
ANORECTAL = "county-hospital-anorectal-department-work-summary-2026"
WEDDING = "county-wedding-industry-association-creation-report-2026"
BRANCH = "college-utility-maintenance-center-party-branch-plan-2027"


def test_remarks_to_the_writer_kept_out() -> None:
    text = whole_text(ANORECTAL, B110)
    assert "就四个坐浴位" not in text and "留个空" not in text
    assert "熏洗治疗室只有四个坐浴位" in text
    assert "与会的人" not in section_text(WEDDING, B110, "创建成效")


def test_histories_in_written_words() -> None:
    assert unit_history(_facts(RENTALS, B110)).startswith("柒里原为城关镇的一个生产队；1996年")
    assert unit_history(_facts(BRANCH, B110)).startswith(
        "1978年学校尚为地区农机校，总务处仅有两名电工、一名水暖工；2004年")
    assert "负责管理从售房款中提取的维修资金，当时仅由一名会计兼职负责" in unit_history(
        _facts(FUND, B110))
    assert unit_history(_facts(CEMETERY, B110)).startswith(
        "1986年县民政局在鏊山脚下划出一片坡地，当时仅有三人负责看山")


def test_slogans_and_names_where_the_notes_put_them() -> None:
    guiding = section_text(FUND, B110, "指导思想")
    assert "守住“三笔明白账”" in guiding and "扎实开展住宅专项维修资金" in guiding
    assert "守住“三笔明白账”" not in section_text(FUND, B110, "工作目标")
    assert "推进开展" not in whole_text(FUND, B110)
    assert "随后又察看了我中心在手机上" in whole_text(FUND, B110)
    assert "送好“两份暖”" in section_text(BRANCH, B110, "指导思想")
    assert main_to(_facts(BRANCH, B110)) == ("中共鼐州职业技术学院后勤服务中心总支部委员会",)
    assert "后勤服务中心水电维修中心现有" in whole_text(BRANCH, B110)


def test_a_served_peoples_scene_and_a_quote_used_where_asked() -> None:
    assert scenes(_facts(RENTALS, B110))["办好“半日工坊”"] == (
        "一年来，陪读妈妈们坐在工坊里一边干活一边看钟、掐着点去接娃",)
    first = scenes(_facts(ANORECTAL, B110))["开展“日归肛肠”日间手术"]
    assert first[-1] == "有患者留言：“做完手术下午就回家了，晚上护士还打电话来问，比我想的强多了”"
    assert "又到护士站察看了随访本" in whole_text(ANORECTAL, B110)
    assert "我社区对出租房屋开展逐户巡查" in whole_text(RENTALS, B110)


B111 = FACTS_DIR / "blind111"
VILLAGE = "army-support-village-creation-report-2026"
FIRE = "county-fire-protection-maintenance-company-work-plan-2027"
WOUND = "county-hospital-wound-ostomy-nursing-center-work-summary-2026"
REPAIR = "county-motor-vehicle-repair-association-work-summary-2025"
TUTORING = "county-off-campus-training-supervision-center-implementation-plan-2026"
SKILLS = "medical-college-clinical-skills-center-party-branch-plan-2027"


def test_a_village_history_and_its_flagships_name_written() -> None:
    assert unit_history(_facts(VILLAGE, B111)) == (
        "1965年部队在村北山坳建起营房，当年村里几名妇女自发成立缝补组，为战士缝补衣物；"
        "1984年分田到户后缝补组一度停办，1986年恢复；2012年村里腾出老学校两间房屋，作为兵妈妈"
        "活动室；2019年村里开办拥军小超市。")
    told = [said for _, said in stress_background(_facts(VILLAGE, B111))]
    assert told[0] == "这项工作是村里几十年的老传统，2017年正式定名"
    assert "仅由两人兼职负责" in unit_history(_facts(TUTORING, B111))


def test_scenes_in_the_work_they_show() -> None:
    village = scenes(_facts(VILLAGE, B111))
    assert list(village) == ["做实“兵妈妈针线组”拥军服务"]
    assert village["做实“兵妈妈针线组”拥军服务"][1:] == (
        "今年开春拉练的战士在村里过夜，兵妈妈们连夜烧热水、围着火盆给战士烘鞋子",
        "大家都说：“给兵娃子缝东西心里踏实”")
    assert scenes(_facts(REPAIR, B111))["做好维修质量纠纷调解"] == (
        "调解部的老技师周末被叫到店里，躺在车底下看漏油、给车主和店家评理",)
    skills = scenes(_facts(SKILLS, B111))
    assert skills["擦亮“不熄灯训练室”党员服务品牌"] == (
        "晚上九点多党员老师还跪在模拟人旁边，一遍一遍帮学生找按压位置",)
    assert skills["建设标准化病人队伍"][0] == "SP阿姨下了考站追着学生说“你刚才问诊没看我的眼睛”"
    assert skills["做好执业医师技能考试考站保障"] == (
        "执业医师技能考试那几天，党员凌晨五点就来调试模拟人、摆器械",)
    assert scenes(_facts(WOUND, B111))["做好院内伤口造口护理会诊"] == (
        "病区一个电话，护理人员十来分钟赶到床边看压疮",)
    assert scenes(_facts(FIRE, B111))["开展消防宣传进楼院进学校"] == (
        "员工背着灭火器到老年活动中心、小学门口，教人拔销子、对准火苗根部喷",)
    assert list(scenes(_facts(TUTORING, B111))["开展联合执法检查"]) == [
        "监管股的同志晚上九点还在小区单元楼里一层一层敲门、对着家长群里转来的截图找补课点"]


def test_titles_openings_and_closings_as_asked() -> None:
    fire = whole_text(FIRE, B111)
    assert "为扎实做好2027年消防设施维护保养和检测服务工作，" in fire
    assert "课余生活" not in fire
    assert "特别感谢灭火器维修站的师傅们，过去一年没歇过一个整周末，大家辛苦了！" in fire
    assert closing_thanks(_facts(FIRE, B111)).endswith("过去一年没歇过一个整周末")
    assert called(_facts(WOUND, B111)) == ("詹院长", "护理部各位领导", "中心和各病区的同事们")
    assert "我村将对照创建标准，巩固成果" in whole_text(VILLAGE, B111)
    assert "中心中心" not in whole_text(WOUND, B111)
    assert opening_aims(_facts(TUTORING, B111)) == (
        "2026年下半年，省教育厅将来我中心督查校外培训治理。")


def test_remarks_kept_out_and_counts_said_once() -> None:
    tutoring = whole_text(TUTORING, B111)
    assert "承诺" not in tutoring and "上面的规定" not in tutoring
    assert "其中7个工作日内办结退费诉求121件" in tutoring
    assert note_goals(_facts(SKILLS, B111)) == "2027年计划招募一批男标准化病人。"
    assert whole_text(FIRE, B111).count("新增持证维保人员8人") == 1
    assert "我会春节前在高速路口" in whole_text(REPAIR, B111)
    assert "“不熄灯训练室”是我支部的党员服务品牌。" in whole_text(SKILLS, B111)


def test_a_monthly_schedule_with_its_holidays_in_one_line() -> None:
    assert joined_months(_facts(SKILLS, B111).doc.notes) == ((1, 2), (7, 8))
    months = section_text(SKILLS, B111, "全年工作安排")
    assert "1—2月：" in months and "7—8月：" in months
    assert "\n2月：" not in months and "\n7月：" not in months
