"""What blind107's readers found (measured at session 45's first commit, the blind106
round's mends: built-in 2.50, LLM 3.83), mended in part: greetings asked `开口先问候X，
接着是Y` and `称呼先问候省考评组的专家，再问市里、县里、镇里陪同的领导`, and thanks asked
at the close (`念完谢谢大家，特别谢谢…`); a leader's remark kept out (`…是卡上给企业的话，
不往方案里搬`); stock purposes after points naming a person or a paper (`技术检查员`,
`整改方案`) or a pest company's night check of kitchens; `在我们医院开的` read from a card's
`请到正规医院诊治`; a slogan said once after the greeting (`问候完就点一句`); a blank asked
by the figure's shortened name (`村集体收入`); `廉政` of a task saying 廉洁 and `问疼` of
疼痛评估 in the order asked; a coach's scene placed second; people named by their posts;
histories cut or spoken (`扩到…，建了…`, `挖了排碱沟，全村稻田连了片`, `加了…，改名…`)."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, placed_titles, section_text, whole_text

from drafter.kinds.notes import addressee, closing_thanks, scenes, stress_background, unit_history
from drafter.kinds.prose import in_notes_order

B107 = FACTS_DIR / "blind107"
BRANCH = "college-infrastructure-department-party-branch-plan-2027"
BRIGADE = "county-emergency-management-enforcement-brigade-implementation-plan-2026"
PAIN = "county-hospital-pain-department-work-summary-2026"
PEST = "county-pest-vector-control-company-work-plan-2027"
SWIM = "county-swimming-lifesaving-association-work-summary-2025"
VILLAGE = "saline-alkali-rice-village-creation-report-2026"


def test_greetings_and_closing_thanks_as_asked() -> None:
    text = whole_text(PEST, B107)
    assert text.startswith("城服集团各位领导、各位职工：")
    assert "特别感谢夜里出车的防制一部，大家辛苦了！谢谢大家！" in text
    assert closing_thanks(_facts(PAIN, B107)) == "每周四跟车下乡的护士"
    assert "特别感谢每周四跟车下乡的护士！" in whole_text(PAIN, B107)
    assert addressee(_facts(VILLAGE, B107)) == "尊敬的省考评组各位专家，市、县、镇陪同的各位领导"
    assert "对各位专家、各位领导莅临我村检查指导工作" in whole_text(VILLAGE, B107)


def test_remarks_and_stock_purposes_kept_out() -> None:
    text = whole_text(BRIGADE, B107)
    assert "卡上给企业的话" not in text
    assert "一是从退休国企安全工程师中选聘技术检查员；二是每个检查组随队一名技术检查员；" \
           "三是检查后出具隐患清单并帮助企业制定整改方案。" in text
    assert "严把食品加工全过程安全关" not in whole_text(PEST, B107)


def test_the_unit_where_a_meeting_was_held() -> None:
    told = [said for _, said in stress_background(_facts(PAIN, B107))]
    assert told[0].startswith("2026年9月全市癌痛规范化治疗工作推进会在我院召开")
    told = [said for _, said in stress_background(_facts(SWIM, B107))]
    assert told[0].startswith("2025年7月全市中小学生防溺水工作现场会在我会逶河巡河点召开")


def test_a_slogan_said_once_after_the_greeting_and_a_blank_asked() -> None:
    text = whole_text(VILLAGE, B107)
    assert "感谢！我村始终念好“两本致富经”，也就是碱地稻米经、稻田养蟹经。下面，" in text
    assert text.count("两本致富经") == 1
    assert "2026年村集体经济收入____万元" in section_text(VILLAGE, B107, "创建成效")


def test_places_and_scenes_in_the_order_asked() -> None:
    facts = _facts(BRANCH, B107)
    assert [t.title[:4] for t in in_notes_order(facts, facts.tasks)] == [
        "推行“党", "抓好工程", "保障农民", "加强政治", "严格落实", "加强廉洁", "做好发展"]
    assert placed_titles(PAIN, B107) == [
        "推行“镇痛到炕头”居家癌痛随访", "开展神经阻滞和微创介入治疗", "规范疼痛评估和镇痛用药"]
    assert scenes(_facts(PAIN, B107))["规范疼痛评估和镇痛用药"] == ("护士拿着评分尺一床一床问疼",)
    assert scenes(_facts(SWIM, B107))["开展暑期公益游泳培训"] == (
        "教练泡在水里托着孩子肚子一个一个教憋气、教漂",)


def test_people_by_their_posts() -> None:
    told = [said for _, said in stress_background(_facts(SWIM, B107))]
    assert "看救生服务队队长卞海涛等人划着皮划艇" in told[0]
    told = [said for _, said in stress_background(_facts(VILLAGE, B107))]
    assert "看合作社技术员贲小满把速测仪插进泥里读数" in told[0]


def test_histories_whole_and_in_written_words() -> None:
    assert unit_history(_facts(PAIN, B107)).endswith("2021年迁入住院部新楼七楼，建成微创治疗室。")
    assert unit_history(_facts(VILLAGE, B107)).endswith(
        "2019年县在我村开展盐碱地综合治理，开挖排碱沟，全村稻田实现连片。")
    assert "2017年增设救生培训，更名为游泳救生协会" in unit_history(_facts(SWIM, B107))
    history = unit_history(_facts(BRIGADE, B107))
    assert history.endswith("2021年整合矿山、危化、工贸等执法职能，组建现大队。")
    assert unit_history(_facts(BRANCH, B107)).endswith(
        "2010年开建篚山新校区，我处单独建立党支部；2019年与后勤处的维修科分设，专门负责新建工程。")


def test_a_parts_honour_said_of_the_part() -> None:
    assert "我科2024年被皙阳县人民医院授予“院级先进科室”称号；2025年，我科护理组被皙阳县" \
           "妇女联合会授予“县级巾帼文明岗”称号。" in whole_text(PAIN, B107)
    assert "2024年，我公司防制一部被共青团婵州市委员会授予“市级青年文明号”称号；2025年，我公司被" \
           in whole_text(PEST, B107)
    assert "2025年，缵州理工学院基建处负责建设的学生活动中心被" in whole_text(BRANCH, B107)
    assert "所属" not in whole_text(PAIN, B107) + whole_text(PEST, B107)
