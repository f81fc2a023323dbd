"""Coarse checks on a LibreOffice render (fonts are substituted there: the XML tests
check the fonts; this checks pages, page numbers and lines a page)."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from drafter.document import Block, Document, Role, classify_paragraph
from drafter.export import export

pytestmark = [
    pytest.mark.libreoffice,
    pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                       reason="LibreOffice or poppler-utils not installed"),
]

LINE = "本段为测试行距的正文。"  # one line each


def example() -> Document:
    blocks = [Block(Role.TITLE, "清河县中医院2026年创建市级文明单位工作实施方案"),
              classify_paragraph("一、指导思想"),
              *[Block(Role.BODY, LINE)] * 50,
              classify_paragraph("（一）加强组织领导。成立创建工作领导小组，统筹推进。"),
              Block(Role.SIGNATURE, "清河县中医院"), Block(Role.DATE, "2026年1月4日")]
    return Document(blocks[0].text, blocks, "清河县中医院", date(2026, 1, 4))


def render(tmp_path: Path, doc: Document) -> Path:
    export(doc, tmp_path / "p.docx")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
                    "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    str(tmp_path / "p.docx")], check=True, capture_output=True, timeout=180)
    return tmp_path / "p.pdf"


def test_page_numbers_and_22_lines_a_page(tmp_path: Path) -> None:
    pdf = render(tmp_path, example())
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    pages = [p for p in text.split("\f") if p.strip()]
    assert len(pages) == 3
    # pdftotext may drop the thin half-width spaces around the number
    for n, page in enumerate(pages, 1):
        assert re.search(rf"—\s?{n}\s?—", page), n
    assert len([ln for ln in pages[1].splitlines() if LINE in ln]) == 22


def test_page_number_sits_about_7_mm_below_the_type_area(tmp_path: Path) -> None:
    pdf = render(tmp_path, example())
    html = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "2", str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    pt_mm = 25.4 / 72
    pages = html.split("<page ")[1:]
    for n, page in enumerate(pages, 1):
        height = float(re.search(r'height="([\d.]+)"', page).group(1))
        words = re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                           rf"{n}<", page)
        assert words, n
        x_min, y_min, x_max, y_max = map(float, words[-1])
        middle_from_bottom = (height - (y_min + y_max) / 2) * pt_mm
        assert abs(middle_from_bottom - 28) <= 2.5, middle_from_bottom
        # odd pages right (one character in from the right margin), even pages left
        if n % 2:
            assert x_max * pt_mm > 210 - 26 - 15
        else:
            assert x_min * pt_mm < 28 + 15


def test_body_lines_start_two_characters_into_the_type_area(tmp_path: Path) -> None:
    pdf = render(tmp_path, example())
    html = subprocess.run(["pdftotext", "-bbox", "-f", "2", "-l", "2", str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    starts = [float(x) * 25.4 / 72 for x in
              re.findall(r'<word xMin="([\d.]+)"[^>]*>本段为测试行距的正文。<', html)]
    assert len(starts) == 22
    # left margin 28 mm + 2 condensed 3号 characters (2 × 315 twips ≈ 11.1 mm)
    assert all(abs(x - 39.1) <= 2 for x in starts), starts[:3]


def test_the_example_renders_with_page_numbers_and_full_pages(tmp_path: Path) -> None:
    """The implementation_plan example, drafted offline by the built-in writer."""
    import sys

    from drafter.kinds import all_kinds

    facts = all_kinds()["implementation_plan"].directory / "example.toml"
    subprocess.run([sys.executable, "-m", "drafter", "draft", str(facts), "-o",
                    str(tmp_path / "p.docx"), "--backend", "builtin"], cwd=tmp_path,
                   check=True, capture_output=True, timeout=300)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
                    "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    str(tmp_path / "p.docx")], check=True, capture_output=True, timeout=180)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "p.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    pages = [p for p in text.split("\f") if p.strip()]
    assert len(pages) >= 3 and re.search(r"—\s?1\s?—", pages[0])
    # a full page in the middle: 22 lines of text above the page number
    lines = [ln for ln in pages[1].splitlines() if ln.strip()]
    assert re.fullmatch(r"\s*—\s?2\s?—\s*", lines[-1])
    assert len(lines) - 1 == 22


def test_two_hundred_pages_render(tmp_path: Path) -> None:
    body = "为进一步加强精神文明建设，提升干部职工文明素质，结合本单位实际，制定本方案。"  # 2 lines
    blocks = [Block(Role.TITLE, "清河县中医院工作方案"), *[Block(Role.BODY, body)] * 2200,
              Block(Role.SIGNATURE, "清河县中医院"), Block(Role.DATE, "2026年1月4日")]
    pdf = render(tmp_path, Document(blocks[0].text, blocks, "清河县中医院"))
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert 200 <= pages <= 202  # 2 + 4400 + 3 lines at 22 a page
    last = subprocess.run(["pdftotext", "-f", str(pages), "-l", str(pages), str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert re.search(rf"—\s?{pages}\s?—", last)


def test_a_report_line_and_copy_to_share_the_frame_at_the_foot(tmp_path: Path) -> None:
    """A document issued downwards: its 报 line above the 抄送 line, both in the one 版记
    at the foot of the last page, one line apart and not drawn over each other (session
    32: notes.report_to)."""
    doc = example()
    doc.blocks.append(Block(Role.COPY_TO, "报：县应急管理局。"))
    doc.blocks.append(Block(Role.COPY_TO, "抄送：县文明办，县总工会。"))
    pdf = render(tmp_path, doc)
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    pages = html.split("<page ")[1:]
    words = re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<', pages[-1])
    report = [float(y1) * 25.4 / 72 for _, y1, w in words if w.startswith("报：")]
    copy = [float(y1) * 25.4 / 72 for _, y1, w in words if w.startswith("抄送")]
    assert len(report) == 1 and len(copy) == 1, words[-6:]
    assert 5 <= copy[0] - report[0] <= 12  # the next line down, not drawn over it
    assert abs(copy[0] - (297 - 35)) <= 6, copy


def test_copy_to_sits_at_the_foot_of_the_last_page(tmp_path: Path) -> None:
    """The 版记 stands on the last page with its last line at the foot of the 版心
    (GB/T 9704—2012 §7.4.2), however short that page's text."""
    doc = example()
    doc.blocks.append(Block(Role.COPY_TO, "抄送：县文明办，县总工会。"))
    pdf = render(tmp_path, doc)
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    pages = html.split("<page ")[1:]
    where = [n for n, page in enumerate(pages, 1) if "抄送" in page]
    assert where == [len(pages)] == [3]
    words = re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<', pages[-1])
    date_bottom = max(float(y1) for _, y1, w in words if "2026" in w) * 25.4 / 72
    copy_bottom = max(float(y1) for _, y1, w in words if "抄送" in w) * 25.4 / 72
    assert copy_bottom - date_bottom > 60  # not right under the date: the foot of the page
    assert abs(copy_bottom - (297 - 35)) <= 6, copy_bottom
