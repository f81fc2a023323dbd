"""Reading documents for the checker: .txt/.md as text, .docx one paragraph a line."""

from __future__ import annotations

import zipfile
from pathlib import Path

from drafter.errors import InputError

MAX_BYTES = 64 * 1024 * 1024


def read_lines(path: Path) -> list[str]:
    """A document's paragraphs, one a line: .docx one paragraph a line, any other file as
    text tried as UTF-8 (with or without BOM), then GB18030. Raises InputError for a
    missing file, a folder, a file over MAX_BYTES, binary data, or an unreadable .docx."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"找不到文件：{path}")
    if path.is_dir():
        raise InputError(f"{path} 是目录，不是文档")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise InputError(f"{path} 太大（{size // 1024 // 1024} MB），超过 64 MB 的上限")
    if path.suffix.lower() == ".docx":
        return _docx_lines(path)
    raw = path.read_bytes()
    if b"\x00" in raw[:8192]:
        raise InputError(f"{path} 是二进制文件，不是文本文档（支持 .txt、.md、.docx）")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding).splitlines()
        except UnicodeDecodeError:
            continue
    raise InputError(f"{path} 的编码无法识别，请另存为 UTF-8")


def _docx_lines(path: Path) -> list[str]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as e:
        raise InputError(f"{path} 不是有效的 Word 文档（.docx）：{e}") from None
    return [p.text for p in document.paragraphs]
