"""Progress reporting and cancellation for long core functions.

Every long core function takes two plain callables and never knows who is listening:

- ``progress(step: str, fraction: float)`` -- ``step`` is a short user-facing name
  ("Reading file", "Scoring customers"); ``fraction`` runs 0..1 over the whole task.
- ``cancelled() -> bool`` -- polled often (at least every ~0.2 s of work); when it returns True
  the function raises :class:`~desktopseg.core.errors.Cancelled`.

:class:`Task` bundles both and splits the 0..1 range into weighted steps, so nested functions
can report their own 0..1 without knowing their place in the whole.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from desktopseg.core.errors import Cancelled

ProgressFn = Callable[[str, float], None]
CancelFn = Callable[[], bool]


def _no_progress(step: str, fraction: float) -> None:
    return None


def _never() -> bool:
    return False


class Task:
    """Progress and cancellation for one run, with nested weighted sub-ranges."""

    def __init__(
        self,
        progress: ProgressFn | None = None,
        cancelled: CancelFn | None = None,
        *,
        _start: float = 0.0,
        _span: float = 1.0,
    ) -> None:
        self._progress = progress or _no_progress
        self._cancelled = cancelled or _never
        self._start = _start
        self._span = _span
        self._step = ""

    @classmethod
    def of(cls, task: Task | None = None, progress=None, cancelled=None) -> Task:
        """Return ``task`` if given, else a Task around the two callables."""
        return task if task is not None else cls(progress, cancelled)

    def check(self) -> None:
        """Raise Cancelled if the user asked to stop."""
        if self._cancelled():
            raise Cancelled()

    def report(self, fraction: float, step: str | None = None) -> None:
        """Report ``fraction`` (0..1) of this (sub)task done, then check for cancel."""
        if step is not None:
            self._step = step
        fraction = min(max(fraction, 0.0), 1.0)
        self._progress(self._step, self._start + self._span * fraction)
        self.check()

    @contextmanager
    def step(self, name: str, start: float, end: float) -> Iterator[Task]:
        """Run a named sub-step occupying ``start..end`` of this task's range."""
        sub = Task(
            self._progress,
            self._cancelled,
            _start=self._start + self._span * start,
            _span=self._span * (end - start),
        )
        sub._step = name
        sub.report(0.0)
        yield sub
        sub.report(1.0)
