"""drafter: facts → structured sections → rule-checked prose → GB/T 9704 Word files."""

from __future__ import annotations

__version__ = "0.1.0"
