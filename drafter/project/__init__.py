"""The project: the draft state (`model`), the one pipeline the CLI and the TUI both
call (`pipeline`), the changes a user makes by hand (`editing`), and findings placed in
sections (`findings`)."""

from __future__ import annotations

from drafter.project.model import FORMAT_VERSION, Project, Section, Status, Version, load_project

__all__ = ["FORMAT_VERSION", "Project", "Section", "Status", "Version", "load_project"]
