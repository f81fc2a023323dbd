"""Reading documents to check: Word tables and notes are read, UTF-16 text is text, and a
broken or hostile file (malformed XML, nested entities, a zip bomb, a PDF) is refused
with one Chinese message, quickly, through `drafter check` as a user runs it."""

from __future__ import annotations

import hashlib
import json
import os
import struct
import subprocess
import sys
import time
import zipfile
import zlib
from pathlib import Path

import docx
import pytest

from drafter.errors import InputError
from drafter.export.reading import MAX_PACKAGE_BYTES, read_docx, read_lines

ROOT = Path(__file__).resolve().parents[2]
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def check(*argv: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI", "DRAFTER"))}
    env.update(DRAFTER_CONFIG=str(cwd / "无配置.toml"), PYTHONPATH=str(ROOT))
    try:
        return subprocess.run([sys.executable, "-m", "drafter", "check", *argv], cwd=cwd,
                              env=env, capture_output=True, text=True, timeout=10)
    except subprocess.TimeoutExpired:
        pytest.fail(f"drafter check {' '.join(argv)} 超过 10 秒仍未结束")


# ------------------------------------------------------------------ building packages


def raw_zip(path: Path, members: list[tuple[str, bytes, int, int, int]]) -> None:
    """A zip written by hand: (name, stored or raw-deflated bytes, method, crc, size)."""
    out, central = bytearray(), bytearray()
    for name, data, method, crc, size in members:
        offset, encoded = len(out), name.encode()
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x21, crc, len(data),
                           size, len(encoded), 0) + encoded + data
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0x21,
                               crc, len(data), size, len(encoded), 0, 0, 0, 0, 0,
                               offset) + encoded
    start = len(out)
    out += central + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members),
                                 len(central), start, 0)
    path.write_bytes(bytes(out))


def word_parts(tmp_path: Path) -> list[tuple[str, bytes, int, int, int]]:
    """The parts of a small real .docx, stored."""
    base = tmp_path / "base.docx"
    document = docx.Document()
    document.add_paragraph("正文")
    document.save(str(base))
    with zipfile.ZipFile(base) as zf:
        parts = [(i.filename, zf.read(i.filename)) for i in zf.infolist()]
    base.unlink()
    return [(name, data, 0, zlib.crc32(data), len(data)) for name, data in parts]


def with_document_xml(tmp_path: Path, name: str, xml: bytes) -> Path:
    parts = [p for p in word_parts(tmp_path) if p[0] != "word/document.xml"]
    path = tmp_path / name
    raw_zip(path, [*parts, ("word/document.xml", xml, 0, zlib.crc32(xml), len(xml))])
    return path


def zip_bomb(tmp_path: Path, gigabytes: int = 1) -> Path:
    """A .docx whose document.xml inflates to `gigabytes` GB from about 1 MB: one deflated
    megabyte of spaces, flushed so its bytes repeat, written 1024 times per GB."""
    head = (f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body><w:p><w:r>'
            "<w:t>").encode()
    tail = b"</w:t></w:r></w:p></w:body></w:document>"
    chunk = b" " * (1 << 20)
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = deflate.compress(head) + deflate.flush(zlib.Z_FULL_FLUSH)
    block = deflate.compress(chunk) + deflate.flush(zlib.Z_FULL_FLUSH)
    last = deflate.compress(tail) + deflate.flush()
    count = 1024 * gigabytes
    crc = zlib.crc32(head)
    for _ in range(count):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(tail, crc)
    parts = [p for p in word_parts(tmp_path) if p[0] != "word/document.xml"]
    path = tmp_path / "bomb.docx"
    raw_zip(path, [*parts, ("word/document.xml", first + block * count + last, 8, crc,
                            len(head) + count * len(chunk) + len(tail))])
    return path


LAUGHS = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
          + b"".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i > 1 else "&lol;" * 10}">'
                     .encode() for i in range(1, 10))
          + f']>\n<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>'
            "</w:body></w:document>".encode())


def with_table_and_footnote(tmp_path: Path) -> Path:
    """正文, a 2×2 table (X% in a cell), a footnote with 小编 referenced from the text."""
    document = docx.Document()
    paragraph = document.add_paragraph("正文一段，见注")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "项目", "指标"
    table.cell(1, 0).text, table.cell(1, 1).text = "抢救成功率", "X%"
    ref = paragraph.add_run()._r
    note_ref = ref.makeelement(f"{{{W}}}footnoteReference", {f"{{{W}}}id": "1"})
    ref.append(note_ref)
    document.add_paragraph("结尾一段。")
    plain = tmp_path / "plain.docx"
    document.save(str(plain))
    notes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W}">'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
             '</w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>小编认为这很好。</w:t></w:r>'
             "</w:p></w:footnote></w:footnotes>").encode()
    path = tmp_path / "table.docx"
    with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/word/footnotes.xml" '
                                    b'ContentType="application/vnd.openxmlformats-officedocument'
                                    b'.wordprocessingml.footnotes+xml"/></Types>')
            elif info.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdNotes" Type='
                                    b'"http://schemas.openxmlformats.org/officeDocument/2006/'
                                    b'relationships/footnotes" Target="footnotes.xml"/>'
                                    b"</Relationships>")
            zout.writestr(info, data)
        zout.writestr("word/footnotes.xml", notes)
    plain.unlink()
    return path


# ------------------------------------------------------------------ what is read


def test_table_rows_and_footnotes_are_lines_in_reading_order(tmp_path: Path) -> None:
    assert read_lines(with_table_and_footnote(tmp_path)) == [
        "正文一段，见注", "项目\t指标", "抢救成功率\tX%", "结尾一段。", "小编认为这很好。"]


def test_check_finds_what_is_in_a_table_cell_and_a_footnote(tmp_path: Path) -> None:
    with_table_and_footnote(tmp_path)
    done = check("table.docx", "--format", "json", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    found = {(f["line"], f["excerpt"])
             for f in json.loads(done.stdout)["files"][0]["findings"]}
    assert (3, "X%") in found
    assert any(line == 5 and "小编" in excerpt for line, excerpt in found)


def test_annotate_anchors_cell_findings_in_the_cell_and_note_findings_at_the_mark(
        tmp_path: Path) -> None:
    source = with_table_and_footnote(tmp_path)
    before = source.read_bytes()
    done = check("table.docx", "--annotate", "out.docx", cwd=tmp_path)
    assert done.returncode == 1 and "2 条批注" in done.stderr, done.stderr
    assert source.read_bytes() == before
    out = docx.Document(str(tmp_path / "out.docx"))
    comments = {c.text.split("：")[0]: c for c in out.comments}
    assert "脚注1" in comments and len(out.comments) == 2
    body = out.element.body
    cell = body.find(f".//{{{W}}}tc/{{{W}}}p/{{{W}}}commentRangeStart/..")
    assert cell is not None and "X%" in "".join(cell.itertext())
    mark = next(body.iter(f"{{{W}}}footnoteReference")).getparent()
    assert mark.getprevious().tag == f"{{{W}}}commentRangeStart"


def test_utf16_text_is_read_with_or_without_a_byte_order_mark(tmp_path: Path) -> None:
    text = "危重病儿抢救成功率X%。\n2026年工作。\n"
    for name, data in (("bom.txt", text.encode("utf-16")),
                       ("le.txt", text.encode("utf-16-le")),
                       ("be.txt", text.encode("utf-16-be"))):
        (tmp_path / name).write_bytes(data)
        assert read_lines(tmp_path / name) == text.splitlines(), name
    done = check("bom.txt", cwd=tmp_path)
    assert done.returncode == 1 and "X%" in done.stdout, done.stderr


def test_a_docx_named_txt_is_read_as_word(tmp_path: Path) -> None:
    path = with_table_and_footnote(tmp_path)
    renamed = path.rename(tmp_path / "其实是word.txt")
    assert read_lines(renamed)[2] == "抢救成功率\tX%"


# ------------------------------------------------------------------ what is refused


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(("name", "build", "says"), [
    ("malformed", lambda d: with_document_xml(d, "bad.docx", b"<w:document><w:body><w:p>"),
     "XML 格式有误"),
    ("billion-laughs", lambda d: with_document_xml(d, "lol.docx", LAUGHS), "实体声明"),
    ("zip-bomb", zip_bomb, "解压后过大"),
    ("not-a-zip", lambda d: (d / "x.docx").write_bytes(b"plain text") and d / "x.docx",
     "不是 zip 压缩包"),
    ("pdf", lambda d: (d / "a.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"
                                                b"<< /Type /Catalog >>\nendobj\n%%EOF\n")
     and d / "a.pdf", "这是 PDF 文件"),
    ("pdf-named-txt", lambda d: (d / "a.txt").write_bytes(b"%PDF-1.7\nBT (Hello) Tj ET\n")
     and d / "a.txt", "这是 PDF 文件"),
    ("old-word", lambda d: (d / "a.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" * 64)
     and d / "a.doc", "旧版 Word 文件"),
    ("binary", lambda d: (d / "b.txt").write_bytes(bytes(range(256)) * 8) and d / "b.txt",
     "二进制文件"),
])
@pytest.mark.parametrize("annotate", [False, True], ids=["check", "annotate"])
def test_broken_or_hostile_files_are_refused(tmp_path: Path, name: str, build, says: str,
                                              annotate: bool) -> None:
    path = build(tmp_path)
    digest = sha(path)
    started = time.monotonic()
    extra = ["--annotate", "out.docx"] if annotate else []
    done = check(path.name, *extra, cwd=tmp_path)
    first = done.stderr.splitlines()[0]
    assert (done.returncode, "Traceback" in done.stderr) == (2, False), done.stderr
    assert says in first and path.name in first, first
    assert time.monotonic() - started < 10
    assert sha(path) == digest and not (tmp_path / "out.docx").exists()


def test_the_bomb_is_refused_before_anything_is_inflated(tmp_path: Path) -> None:
    path = zip_bomb(tmp_path)
    assert path.stat().st_size < 3 * 1024 * 1024
    with zipfile.ZipFile(path) as zf:
        assert sum(i.file_size for i in zf.infolist()) > MAX_PACKAGE_BYTES
    started = time.monotonic()
    with pytest.raises(InputError, match="解压后过大"):
        read_docx(path)
    assert time.monotonic() - started < 2
