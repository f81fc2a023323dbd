"""Sensitive content that must not leave this machine without the user's consent: 密级
marks (绝密/机密/秘密 followed by ★), citizen ID numbers (18 characters whose check digit
is right) and batches of phone numbers (3 or more distinct ones).

Before facts or a document go to an endpoint whose host is not this machine, the caller
scans what would be sent (`scan_sources`) and refuses (`SensitiveRefused`, exit 2) unless
the user consented: `--allow-sensitive` on the command line, a dialog in the TUI. An
endpoint on this machine (localhost, a loopback address such as 127.0.0.1 or ::1) is not
affected. No network is touched here: the host is judged by its name alone."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from drafter.errors import InputError

PHONE_BATCH = 3  # this many distinct phone numbers make a batch

_MARK = re.compile(r"(绝密|机密|秘密)\s*★")
_ID = re.compile(r"(?<![0-9A-Za-z])([1-9]\d{16}[\dXx])(?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<!\d)(?:\+?86[- ]?)?(1[3-9]\d[- ]?\d{4}[- ]?\d{4})(?!\d)")
_LANDLINE = re.compile(r"(?<![\d-])(0\d{2,3}-\d{7,8})(?![\d-])")
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"


@dataclass(frozen=True)
class Hit:
    """One sensitive item: `kind` (密级标志 / 身份证号 / 电话号码), `shown` (the item as
    a message may show it: an ID number masked), `where` (e.g. 事实 tasks[1].points[0])."""

    kind: str
    shown: str
    where: str


class SensitiveRefused(InputError):
    """Sensitive content would go to an endpoint off this machine without consent:
    `hits` what was found, `base_url` where it would have gone."""

    def __init__(self, base_url: str, hits: list[Hit]) -> None:
        super().__init__(
            f"事实或文稿中有敏感信息，未发送到非本机的模型端点 {base_url}：\n  "
            + "\n  ".join(describe(hits))
            + "\n如确需发送，请加 --allow-sensitive（全屏界面中会弹出确认框）；"
              "或改用本机端点（如 --preset ollama），或用内置写作引擎（--backend builtin）。")
        self.base_url = base_url
        self.hits = hits


def is_loopback(host: str) -> bool:
    """True for the names and addresses only this machine can reach: localhost (and
    *.localhost), 127.0.0.0/8 and ::1."""
    host = host.strip("[]").rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def is_local(base_url: str) -> bool:
    """Whether the endpoint's host is this machine: localhost (or a *.localhost name) or a
    loopback address (127.0.0.0/8, ::1). Any other host — a LAN address included — is
    not."""
    try:
        return is_loopback(urlsplit(base_url).hostname or "")
    except ValueError:
        return False


def id_number_valid(candidate: str) -> bool:
    """An 18-character citizen ID number whose check character (GB 11643) is right."""
    if len(candidate) != 18 or not candidate[:17].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(candidate[:17], _WEIGHTS, strict=True))
    return _CHECK[total % 11] == candidate[17].upper()


def _mask(number: str) -> str:
    return f"{number[:4]}{'*' * (len(number) - 8)}{number[-4:]}"


def scan(text: str, where: str) -> list[Hit]:
    """Every 密级 mark and ID number in `text`, and its phone numbers (all of them; the
    batch rule applies across everything scanned, in `refusal`)."""
    hits = [Hit("密级标志", m.group(0).replace(" ", ""), where) for m in _MARK.finditer(text)]
    hits += [Hit("身份证号", _mask(m.group(1)), where) for m in _ID.finditer(text)
             if id_number_valid(m.group(1))]
    phones = {re.sub(r"[- ]", "", m.group(1)) for m in _MOBILE.finditer(text)}
    phones |= {m.group(1) for m in _LANDLINE.finditer(text)}
    hits += [Hit("电话号码", _mask(p), where) for p in sorted(phones)]
    return hits


def _strings(value: Any, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, Mapping):
        for k, v in value.items():
            yield from _strings(v, f"{path}.{k}" if path else str(k))
    elif isinstance(value, list | tuple):
        for i, v in enumerate(value):
            yield from _strings(v, f"{path}[{i}]")
    elif isinstance(value, str | int):
        yield str(value), path


def scan_sources(facts: Mapping[str, Any], texts: Iterable[tuple[str, str]] = ()
                 ) -> list[Hit]:
    """What `refusal` judges: the facts data (every string, at its key path) and texts
    as (label, text) pairs — each section's text, a revision's current text. Phone numbers
    count only in a batch: PHONE_BATCH or more distinct ones across everything."""
    hits: list[Hit] = []
    for text, path in _strings(facts, ""):
        hits += scan(text, f"事实 {path}")
    for label, text in texts:
        hits += scan(text, label)
    phones = {h.shown for h in hits if h.kind == "电话号码"}
    if len(phones) < PHONE_BATCH:
        hits = [h for h in hits if h.kind != "电话号码"]
    return hits


def describe(hits: Iterable[Hit], limit: int = 8) -> list[str]:
    """One line per hit (at most `limit`, then a count of the rest), e.g.
    `密级标志“机密★”（事实 tasks[0].points[0]）`."""
    hits = list(hits)
    lines = [f"{h.kind}“{h.shown}”（{h.where}）" for h in hits[:limit]]
    if len(hits) > limit:
        lines.append(f"另有 {len(hits) - limit} 处")
    return lines


def refusal(base_url: str, hits: list[Hit]) -> SensitiveRefused | None:
    """The error to raise before sending `hits` to `base_url`, or None when nothing was
    found or the endpoint is on this machine."""
    if not hits or is_local(base_url):
        return None
    return SensitiveRefused(base_url, hits)
