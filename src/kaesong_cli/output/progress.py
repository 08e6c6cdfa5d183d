"""A progress bar on stderr while a large fact base is validated and indexed."""

from __future__ import annotations

import time


class BuildProgress:
    """Called as progress(phase, done, total); draws nothing until a build has run for 0.3 s, and
    is closed by whoever opened the index (before any output is drawn)."""

    def __init__(self, stream):
        self.stream = stream
        self.started = time.monotonic()
        self.bar = None
        self.task = None

    def __call__(self, phase: str, done: int, total: int) -> None:
        if self.bar is None:
            if time.monotonic() - self.started < 0.3 and phase != "validating":
                return
            from rich.console import Console
            from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn

            self.bar = Progress(TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(),
                                TimeElapsedColumn(), console=Console(file=self.stream), transient=True)
            self.bar.start()
            self.task = self.bar.add_task("", total=total)
        self.bar.update(self.task, description=f"kaesong: {phase} the fact base (first run)", completed=done,
                        total=total)

    def close(self) -> None:
        """Stop drawing (also when the build failed half-way)."""
        if self.bar is not None:
            self.bar.stop()
            self.bar = None
        self.started = time.monotonic()  # a later phase (embedding statements) waits its own 0.3 s
