"""Draft every blind facts file with the built-in writer into one folder, one .txt per
facts file, for a reader to score (see README.md beside this file).

Run: .venv/bin/python tests/review/draft_blind.py OUT_DIR [FACTS_DIR]
(FACTS_DIR defaults to tests/facts/blind; tests/facts/blind2 is the second set)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BLIND = Path(__file__).resolve().parent.parent / "facts" / "blind"


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "review-drafts")
    out.mkdir(parents=True, exist_ok=True)
    exe = str(Path(sys.executable).with_name("drafter"))
    folder = Path(sys.argv[2]) if len(sys.argv) > 2 else BLIND
    for facts in sorted(folder.glob("*.toml")):
        target = out / f"{facts.stem}.txt"
        done = subprocess.run([exe, "draft", str(facts), "-o", str(target), "--force",
                               "--backend", "builtin"], capture_output=True, text=True)
        print(f"{facts.stem}: exit {done.returncode}")


if __name__ == "__main__":
    main()
