"""What drafter reads at run time lies inside the installed package. After a plain
`pip install .` (as CI installs it) this checks the wheel's contents; in an editable
checkout it checks the same paths in the repository."""

from __future__ import annotations

import hashlib
from pathlib import Path

import drafter
from drafter.kinds import all_kinds
from drafter.paths import prompts_dir, templates_dir
from drafter.writers import tokens

PACKAGE = Path(drafter.__file__).resolve().parent


def test_prompts_are_found() -> None:
    assert {p.name for p in prompts_dir().glob("*.j2")} >= {"system.j2", "section.j2",
                                                      "revise.j2", "repair.j2"}


def test_every_kind_has_its_templates() -> None:
    # Every folder of section templates is a kind (all_kinds finds it by its kind.toml),
    # except the shared ones; and every kind ships an example facts file.
    shared = {"common", "phrases"}
    folders = {d.name for d in templates_dir().iterdir() if d.is_dir() and d.name not in shared}
    assert folders == set(all_kinds())
    for kind in all_kinds().values():
        assert (kind.directory / "example.toml").is_file()


def test_the_tokenizer_file_ships_with_its_pinned_hash() -> None:
    shipped = tokens.DATA_DIR / "cl100k_base.tiktoken"
    assert shipped.is_relative_to(PACKAGE)
    digest = hashlib.sha256(shipped.read_bytes()).hexdigest()
    assert digest == tokens.SPECS["cl100k_base"].sha256
