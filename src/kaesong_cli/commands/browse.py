"""`kaesong browse`: the full-screen explorer (tui/). The only command that imports Textual."""

from __future__ import annotations

import sys

from ..errors import UsageError
from . import Session


def browse(session: Session, *, fmt: str, theme: str = "dark") -> None:
    """Runs the app; returns no view (it drew the terminal itself)."""
    try:
        terminal = sys.stdout.isatty() and sys.stdin.isatty()
    except (AttributeError, ValueError):
        terminal = False
    if not terminal:
        raise UsageError("kaesong browse is a full-screen explorer and needs a terminal; in a script or a pipe, "
                         "use kaesong timeline, entity, quotes, search or ask")
    index = session.index
    from ..tui.app import KaesongApp

    KaesongApp(index, theme=theme).run()
