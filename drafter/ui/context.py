"""The typed way from any screen or widget to the app's services."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.dom import DOMNode

if TYPE_CHECKING:
    from drafter.ui.app import DrafterApp


def drafter_app(node: DOMNode) -> DrafterApp:
    """`node.app`, typed as the DrafterApp it always is inside drafter's UI."""
    return cast("DrafterApp", node.app)
