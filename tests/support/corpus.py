"""tests/rules/corpus_report.py (a script, run from the shell) loaded once as a module for
the tests that measure the checker on the labelled corpora."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_PATH = Path(__file__).resolve().parent.parent / "rules" / "corpus_report.py"
_spec = importlib.util.spec_from_file_location("corpus_report", _PATH)
assert _spec is not None and _spec.loader is not None
cr = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("corpus_report", cr)
_spec.loader.exec_module(cr)
