"""Scan progress: one line that redraws in place, on a terminal (rich) or in a notebook.

`scan(progress=...)` takes a callable `(done, total, label)`, True (this bar), False (none)
or None (the default: this bar in a Jupyter notebook, nothing elsewhere). The CLI shows it
on a terminal's stderr.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Callable, Iterator

Progress = Callable[[int, int, str], None]

#: Labels longer than this are cut with an ellipsis, so the bar stays on one line.
LABEL_WIDTH = 40


def in_notebook() -> bool:
    return "ipykernel" in sys.modules


def short(label: str, width: int = LABEL_WIDTH) -> str:
    """`label` cut in the middle to `width`, keeping its end (the table name) whole."""
    if len(label) <= width:
        return label
    head = width // 3
    return label[:head] + "…" + label[-(width - head - 1):]


class ProgressBar:
    """A progress bar for `scan(progress=...)`; close it (or use `with`) when the scan ends.

    `console` is a rich Console (default: stderr); in a notebook it shows as one output line
    that is updated in place.
    """

    def __init__(self, console=None, description: str = "scanning") -> None:
        self._console = console
        self._description = description
        self._bar = None
        self._task = None
        self._handle = None

    def __call__(self, done: int, total: int, label: str) -> None:
        if self._console is None and in_notebook():
            self._notebook(done, total, label)
            return
        if self._bar is None:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
            from rich.table import Column

            self._bar = Progress(
                TextColumn(self._description),
                BarColumn(bar_width=24),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TextColumn("{task.description}", markup=False,
                           table_column=Column(no_wrap=True, overflow="ellipsis", max_width=LABEL_WIDTH)),
                console=self._console or Console(stderr=True),
                transient=False,
            )
            self._bar.start()
            self._task = self._bar.add_task("", total=total)
        self._bar.update(self._task, completed=done, total=total, description=short(label))

    def _notebook(self, done: int, total: int, label: str) -> None:
        from IPython.display import display

        text = f"{self._description} {done}/{total} tables  {short(label)}"
        if self._handle is None:
            self._handle = display(text, display_id=True)
        else:
            self._handle.update(text)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    def __enter__(self) -> "ProgressBar":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


@contextmanager
def reporter(progress: Progress | bool | None) -> Iterator[Progress | None]:
    """The callable a scan reports to, for `scan(progress=...)`'s four kinds of value."""
    if progress is None:
        progress = in_notebook()
    if progress is True:
        with ProgressBar() as bar:
            yield bar
    else:
        yield progress or None
