"""Export a Document to Word (GB/T 9704 layout on named styles), Markdown or plain text.

Every write is atomic: the file is built in memory and replaces the target in one
rename, so a failed export never leaves half a file or destroys an existing one."""

from __future__ import annotations

from pathlib import Path

from drafter.document import Document
from drafter.errors import InputError
from drafter.export.options import (
    FONT_PROFILES,
    FORMATS,
    ExportOptions,
    Highlight,
    LayoutSettings,
)
from drafter.files import atomic_write, check_writable, os_error_text

__all__ = ["FONT_PROFILES", "FORMATS", "ExportOptions", "Highlight", "LayoutSettings",
           "check_output", "export"]


def check_output(path: Path, option: str = "输出文件") -> None:
    """Refuse, before any work is done, an output path whose suffix is not an export
    format, or that cannot or must not be written (a directory, a read-only file, a
    missing or unwritable folder, a name too long: `drafter.files.check_writable`).
    Raises InputError."""
    suffixes = tuple(f".{f}" for f in FORMATS)
    if path.suffix.lower() not in suffixes:
        raise InputError(f"输出文件 {path} 的扩展名应为 {'、'.join(suffixes)} 之一")
    check_writable(path, option)


def export(doc: Document, path: Path, options: ExportOptions | None = None, *,
           fmt: str | None = None) -> None:
    """Write `doc` to `path` as docx, md or txt (by `fmt` or the path's suffix)."""
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    options = options or ExportOptions()
    if fmt == "docx":
        from drafter.export.docx import render_docx

        data = render_docx(doc, options)
    elif fmt == "md":
        from drafter.export.text import to_markdown

        data = to_markdown(doc).encode("utf-8")
    elif fmt == "txt":
        from drafter.export.text import to_text

        data = to_text(doc).encode("utf-8")
    else:
        raise InputError(f"不支持的导出格式“{fmt}”（{path}），可选：{'、'.join(FORMATS)}")
    try:
        atomic_write(path, data)
    except OSError as e:
        raise InputError(f"无法写入 {path}：{os_error_text(e)}。没有写出任何文件") from None
