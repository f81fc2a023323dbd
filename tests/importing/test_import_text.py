"""The importer's pieces on small inputs: normalising a 范文 line, 一是… enumerations,
headings and their roles, the title, figures, slogans, and the origin comments."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.importing.extract import import_document
from drafter.importing.header import kind_from_title, unit_type
from drafter.importing.model import Origin
from drafter.importing.outline import block, role_of
from drafter.importing.provenance import origins_in
from drafter.importing.slogans import last_quoted, unquote
from drafter.importing.source import Para, normalise
from drafter.importing.text import enumerations, has_placeholder


def test_normalise_a_pasted_traditional_line() -> None:
    assert normalise("總體規劃是圍繞乙個中心,緊盯兩項目標,簡稱「123456」工程") == \
        "总体规划是围绕一个中心，紧盯两项目标，简称“123456”工程"
    assert normalise("(一)廣泛宣傳,深入發動。") == "（一）广泛宣传，深入发动。"
    assert normalise("㈠开展“医德排行榜”评比活动") == "（一）开展“医德排行榜”评比活动"
    assert normalise("制作led迴圈宣傳標語") == "制作led循环宣传标语"
    assert normalise("一、 指导思想") == "一、指导思想"
    assert normalise("２０２６年") == "2026年"


def test_enumerations() -> None:
    [run] = enumerations("坚持以文化人。一是召开动员大会；二是设置宣传栏；三是开设专栏。"
                         "增强认同感。")
    assert run.items == ("召开动员大会", "设置宣传栏", "开设专栏")
    assert enumerations("统一思想，统一是关键") == []
    two = enumerations("两优：一是优质服务；二是优良作风。三零：一是零投诉；二是零缺陷。")
    assert [r.items for r in two] == [("优质服务", "优良作风"), ("零投诉", "零缺陷")]
    long = enumerations("一是形势教育；二是道德教育；三是普法教育，"
                        "并将各项教育与医院主题活动有机结合，"
                        "既打破了枯燥、乏味的感觉，又达到了寓教于乐的效果。")
    assert long[0].items[-1] == "普法教育"


def test_headings_and_roles() -> None:
    b = block(Para(3, "（二）突出两个重点。一是医德医风建设；二是中医药文化传承。"))
    assert (b.level, b.number, b.heading) == (2, 2, "突出两个重点")
    assert b.rest.startswith("一是")
    assert block(Para(1, "1、成立创建领导小组。根据…")).level == 3
    assert block(Para(1, "四.不足与思考")).heading == "不足与思考"
    assert role_of("存在的不足和下一步打算") == "outlook"
    assert role_of("下一步打算") == "next"
    assert role_of("创建措施") == "tasks"
    assert role_of("实施日期") == "schedule"
    assert role_of("组织领导") == "leadership"


@pytest.mark.parametrize(("title", "kind"), [
    ("清河县中医院2026年创建市级文明单位工作实施方案", "implementation_plan"),
    ("平原县自然资源局机关党支部2026年工作计划", "party_branch_plan"),
    ("中共柳塘村支部委员会党支部2026年工作计划", "party_branch_plan"),
    ("某学院教工支部委员会2026年推进党支部标准化规范化建设工作计划", "work_plan"),
    ("安平县妇幼保健院2025年精神文明建设工作总结", "work_summary"),
    ("东城街道桂园社区创建市级文明社区工作汇报", "creation_report"),
    ("关于做好防汛工作的通知", ""),
])
def test_kind_from_title(title: str, kind: str) -> None:
    assert kind_from_title(title) == kind


@pytest.mark.parametrize(("name", "kind"), [
    ("宁陵县石桥镇中心卫生院", "医院"), ("抚州市临川区文昌第二幼儿园", "学校"),
    ("东城街道桂园社区", "社区"), ("国网桐溪县供电公司", "企业"), ("青山镇人民政府", "机关"),
    ("国家税务总局青溪县税务局", "机关"), ("常平县图书馆", ""),
])
def test_unit_type_from_the_name(name: str, kind: str) -> None:
    assert unit_type(name) == kind


def test_placeholders() -> None:
    for blank in ("20xx年", "XX%", "***医院", "××县人民医院", "某医院", "X余人", "201x年"):
        assert has_placeholder(blank), blank
    for real in ("2026年", "95%", "清河县人民医院", "led显示屏"):
        assert not has_placeholder(real), real


def test_quoted_slogans() -> None:
    assert last_quoted("努力实现“建设“五型”机关”") == "建设“五型”机关"
    assert unquote("“围绕一个主题”") == "围绕一个主题"
    assert unquote("建设“五型”机关") == "建设“五型”机关"
    assert unquote("“四爱”“三零”") == "“四爱”“三零”"


def test_a_plain_text_document(tmp_path: Path) -> None:
    doc = tmp_path / "总结.txt"
    doc.write_text("\n".join([
        "青山镇人民政府2025年新时代文明实践工作总结",
        "2025年，在平川县委、县政府的正确领导下，我镇坚持以人民为中心，取得了明显成效。",
        "一、主要做法",
        "（一）建强文明实践阵地",
        "我镇着力完善阵地。一是完善村级实践站功能；二是打造镇文明实践广场。",
        "（二）实施“三亮三比”",
        "三亮：一是亮身份；二是亮承诺；三是亮实绩。三比：一是比学习；二是比奉献；三是比实绩。",
        "二、工作成效",
        "目前，全镇行政村18个，志愿服务队伍26支；全年开展志愿服务活动约300场。",
        "我镇2024年被平川县精神文明建设委员会授予“县级文明乡镇”称号。",
        "三、存在的不足",
        "工作中还存在一些不足：一是阵地利用率不高；二是志愿者老龄化。",
        "四、下一步打算",
        "下一步，我镇将重点做好以下工作：一是完善积分激励办法；二是培育青年志愿者队伍。",
        "",
        "青山镇人民政府",
        "2026年1月8日",
    ]), encoding="utf-8")
    data = import_document(doc).data
    assert data["unit"] == {"name": "青山镇人民政府", "self": "我镇", "type": "机关",
                            "superior": "平川县委、县政府"}
    assert data["doc"] == {"kind": "work_summary", "year": 2025, "date": "2026-01-08",
                           "theme": "新时代文明实践"}
    assert [(t["title"], t["points"]) for t in data["tasks"]] == [
        ("建强文明实践阵地", ["完善村级实践站功能", "打造镇文明实践广场"])]
    assert [(s["group"], s["text"], s["items"]) for s in data["slogans"]] == [
        ("三亮三比", "三亮", ["亮身份", "亮承诺", "亮实绩"]),
        ("三亮三比", "三比", ["比学习", "比奉献", "比实绩"])]
    assert [(f["name"], f["value"], f["unit"]) for f in data["figures"]] == [
        ("全镇行政村", 18, "个"), ("志愿服务队伍", 26, "支")]  # 约300场 is not exact
    assert data["honors"] == [{"year": 2024, "title": "县级文明乡镇",
                               "grantor": "平川县精神文明建设委员会"}]
    assert [p["text"] for p in data["problems"]] == ["阵地利用率不高", "志愿者老龄化"]
    assert [p["text"] for p in data["next_steps"]] == ["完善积分激励办法", "培育青年志愿者队伍"]


def test_origin_comments_read_back() -> None:
    text = "\n".join([
        "# 由 a.docx 导入",
        "[unit]",
        'name = "清河县中医院"  # 原文第42行',
        'type = "医院"  # 原文第42行（由单位名称“清河县中医院”判断）',
        'self = "我院"  # 自称，写在这里的注释不是来源',
        "",
        "[[tasks]]",
        'title = "加强宣传发动"  # 总结.toml 第18行（上年的下一步打算）',
        'points = ["甲"]',
    ])
    assert origins_in(text) == {("unit", 0, "name"): "原文第42行",
                                ("unit", 0, "type"): "原文第42行（由单位名称“清河县中医院”判断）",
                                ("tasks", 0, "title"): "总结.toml 第18行（上年的下一步打算）"}
    assert Origin((12, 13, 14)).text() == "原文第12—14行"
    assert Origin((3,), "总结.toml", "上年").text() == "总结.toml 第3行（上年）"
    assert Origin(note="--kind 指定").text() == "--kind 指定"


def test_the_slogans_of_this_years_drafts_come_back(tmp_path: Path) -> None:
    # where drafter states slogans since 2026-12-02: a summary's opening sentence around
    # its compound group, a plan's 工作目标 lines, a task named after the slogan
    doc = tmp_path / "总结.txt"
    doc.write_text("\n".join([
        "青山镇人民政府2025年新时代文明实践工作总结",
        "一、主要做法和成效",
        "2025年，我镇围绕“12工程”，坚持一条主线（党建引领），建强两支队伍（党员服务队、"
        "青年志愿服务队），重点抓了以下几方面工作。",
        "（一）推进“四治融合”",
        "四治融合即自治、法治、德治和智治。全镇推广社区议事会。",
        "党员干部“三个一”：一是联系一户群众；二是办好一件实事；三是讲好一堂微党课。",
        "",
        "青山镇人民政府",
        "2026年1月8日",
    ]), encoding="utf-8")
    slogans = {s["text"]: (s["items"], s.get("group", ""))
               for s in import_document(doc).data["slogans"]}
    assert slogans["坚持一条主线"] == (["党建引领"], "12工程")
    assert slogans["建强两支队伍"] == (["党员服务队", "青年志愿服务队"], "12工程")
    assert slogans["四治融合"] == (["自治", "法治", "德治", "智治"], "")
    assert slogans["党员干部“三个一”"][1] == ""  # its own quoted name is no group


def test_a_part_in_brackets_is_a_figure_of_its_own(tmp_path: Path) -> None:
    doc = tmp_path / "branch.txt"
    doc.write_text("\n".join([
        "中共柳塘村支部委员会2026年工作计划",
        "一、支部基本情况",
        "柳塘村现有党员46名（其中60岁以上党员21名，占党员的45.7%），流动党员7名。",
        "二、工作目标",
        "全年发展党员1名。",
        "",
        "中共柳塘村支部委员会",
        "2026年1月8日",
    ]), encoding="utf-8")
    figures = import_document(doc).data["figures"]
    # 党员46名（其中…）: the whole, its part and the part's share (the built-in writer's
    # form since session 9, and a common one in real documents)
    assert [(f["name"], f["value"]) for f in figures if "ratio" not in f][:3] == [
        ("党员", 46), ("60岁以上党员", 21), ("流动党员", 7)]
    assert [f["ratio"] for f in figures if "ratio" in f] == [["60岁以上党员", "党员"]]
