"""Text that Word can hold: XML-invalid control characters are removed, never a crash."""

from __future__ import annotations

import re

_INVALID = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    return _INVALID.sub("", text)
