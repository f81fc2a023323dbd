"""`drafter check` says when it could not judge outdated guidance (no year anywhere), and
`--annotate` puts a comment on exactly the excerpt, not on the whole run around it."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import docx

from drafter.cli import main


def test_a_text_without_any_year_is_said_to_be_unchecked(work: Path, capsys) -> None:
    (work / "a.txt").write_text("坚持以十七大精神为指导。\n", encoding="utf-8")
    assert main(["check", "a.txt"]) == 0
    assert "没有年份或成文日期" in capsys.readouterr().err
    assert main(["check", "a.txt", "--format", "json"]) == 0
    notes = json.loads(capsys.readouterr().out)["files"][0]["notes"]
    assert notes and "--year" in notes[0]
    assert main(["check", "a.txt", "--year", "2023"]) == 0
    captured = capsys.readouterr()
    assert "没有年份" not in captured.err and "term.outdated" in captured.out


def test_a_date_anywhere_dates_the_text(work: Path, capsys) -> None:
    (work / "b.txt").write_text("坚持以十七大精神为指导。\n会议于2023年3月5日召开。\n",
                                encoding="utf-8")
    main(["check", "b.txt"])
    captured = capsys.readouterr()
    assert "没有年份" not in captured.err and "term.outdated" in captured.out


def test_a_comment_covers_exactly_the_excerpt(work: Path) -> None:
    source = work / "in.docx"
    document = docx.Document()
    document.add_paragraph("2026年工作计划")
    document.add_paragraph("全院職工积极参与志愿服务，效果很好。")  # one run
    document.save(source)
    assert main(["check", str(source), "--annotate", "out.docx"]) == 1
    xml = zipfile.ZipFile(work / "out.docx").read("word/document.xml").decode("utf-8")
    start, end = xml.index("commentRangeStart"), xml.index("commentRangeEnd")
    commented = "".join(part.split("<", 1)[0] for part in xml[start:end].split("<w:t>")[1:])
    assert commented == "職"
    paragraph = docx.Document(str(work / "out.docx")).paragraphs[1]
    assert paragraph.text == "全院職工积极参与志愿服务，效果很好。"  # the text is unchanged
