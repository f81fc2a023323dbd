"""What blind87's built-in reader found (measured at e337dc7: 2.67), mended: a speech the
secretary reads beside the chairman (`禹秘书长在旁边同步念`) written with no 称谓 and no thanks;
greetings given as `称呼先叫…的领导，再叫…` and `开口先问候…，…来的领导也带上`; remarks
printed (`20张、30分钟是人家的建议`, `12个稻种没核实过`, the first clause of the leader's
account of the flagship: `村里挑了36个种了一辈子田的老农`); `县医院设立的了儿科`; each
figure of one year saying its year again (`…，2025年蹲点146天`, `其中2025年按期办结…`)."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, section_text, whole_text

from drafter.kinds.notes import addressee, listeners, read_aloud, unit_history

B87 = FACTS_DIR / "blind87"
DEAF = "county-deaf-association-work-summary-2025"
OVERSIGHT = "county-government-supervision-office-implementation-plan-2026"
PEDIATRICS = "county-hospital-pediatrics-department-work-summary-2026"
TERRACES = "terraced-fields-village-creation-report-2026"


def test_a_speech_read_beside_its_speaker_greets_as_the_notes_ask() -> None:
    deaf = _facts(DEAF, B87)
    assert read_aloud(deaf) and listeners(deaf) == "县残联各位领导、各位会员代表"
    text = whole_text(DEAF, B87)
    assert "县残联各位领导、各位会员代表：" in text
    assert text.rstrip().endswith("谢谢大家！")
    assert addressee(_facts(TERRACES, B87)) == "尊敬的省考评组各位领导、县镇各位领导"


def test_remarks_and_the_leaders_account_are_no_statements() -> None:
    assert "人家的建议" not in whole_text(PEDIATRICS, B87)
    village = whole_text(TERRACES, B87)
    assert "没核实" not in village and "村里挑了36个" not in village


def test_a_history_and_a_years_figures_as_written() -> None:
    assert unit_history(_facts(PEDIATRICS, B87)).startswith("我科前身为1958年县医院设立的儿科，")
    text = whole_text(OVERSIGHT, B87)
    assert "2025年蹲点督查重点项目28个，蹲点146天，现场解决问题213个，推动重点项目" in text
    assert "其中按期办结督办事项362项" in text


# What blind87's readers found that session 37 left, mended before blind88 (c0fcc3e; each
# fails at 1de09d5)
ALUMNI = "university-alumni-office-party-branch-plan-2027"
RAFTING = "county-rafting-company-work-plan-2027"


def test_histories_begin_where_the_notes_say_and_steps_keep_their_subjects() -> None:
    assert unit_history(_facts(DEAF, B87)).startswith(
        "我会前身为1989年县残联召集城区十余名聋人成立的聋人联谊组；2008年")
    alumni = unit_history(_facts(ALUMNI, B87))
    assert "学校在校办设校友联络组；2006年成立校友总会" in alumni  # the school's, not the office's
    rafting = unit_history(_facts(RAFTING, B87))
    assert "2010年由县旅游局接管，设立县缨江漂流管理站" in rafting
    assert "2020年新建碉岭码头，配备救援快艇" in rafting and "几户人家" not in rafting
    assert "仅有三名医生；1992年儿科从内科病房分出，" in unit_history(_facts(PEDIATRICS, B87))


def test_the_flagship_is_told_what_it_is_and_what_the_visitors_saw() -> None:
    deaf = whole_text(DEAF, B87)
    assert "所谓“手语陪办”，就是聋人要去医院、派出所、法院、银行办事，用手机发来视频" in deaf
    assert "手语翻译半夜接到视频电话、骑电动车赶到医院急诊" in deaf
    pediatrics = whole_text(PEDIATRICS, B87)
    assert "“月亮门诊”是我科的工作品牌" in pediatrics
    assert "与会人员晚上八点到门诊看值班医生给发烧的孩子看病" in pediatrics
    assert "三小时喂一次奶" in pediatrics and "钟头" not in pediatrics
    alumni = whole_text(ALUMNI, B87)
    assert "与会人员跟随志愿者到一位92岁老校友家里" in alumni
    assert "同学们背着摄像机爬五楼" in alumni
    # a later scene goes to the work its doer's title names
    assert alumni.index("（二）推进校友导师结对毕业生") < alumni.index("校友导师下了班")


def test_a_satisfaction_to_come_is_the_units_and_a_blank_asked_for_is_blank() -> None:
    asthma = section_text(PEDIATRICS, B87, "主要做法")
    asthma = asthma[asthma.index("（五）"):asthma.index("（六）")]
    assert "满意度" not in asthma
    assert "2026年第四季度患儿家长满意度【待补充" in whole_text(PEDIATRICS, B87)
    assert "2026年一季度督办事项按期办结率____%" in whole_text(OVERSIGHT, B87)


def test_a_speech_before_the_group_names_it_as_greeted_and_runs_every_quarter() -> None:
    text = whole_text(RAFTING, B87)
    assert "按照集团的工作部署" in text and "投资集团有限公司的工作部署" not in text
    assert "由安全救援部牵头负责，5—10月组织实施。" in text
    assert "（三）第三季度（7—9月）：继续提升游客服务质量、推行“一弯一岗”安全守护。" in text
    assert "有章可循" not in text
