"""The one way DesktopSeg runs slow work off the GUI thread (DESIGN.md §9).

Contract (read this before you start a task):

* ``TaskRunner.start(fn, *args, **kwargs)`` calls ``fn(*args, progress=..., cancelled=...,
  **kwargs)`` on a worker thread. ``fn`` is a plain core function (``pipeline.load``,
  ``pipeline.analyse``, an exporter...) that reports ``progress(step, fraction)`` and polls
  ``cancelled()``, raising :class:`~desktopseg.core.errors.Cancelled` when it returns True.
* Read every parameter from the widgets BEFORE calling ``start``. Pass plain values in (paths,
  dataclasses, DataFrames the GUI will not touch meanwhile) and get plain results out.
* ``fn`` must never call any Qt UI routine: no widgets, no dialogs, no QPixmap. It runs on another
  thread; Qt widgets may only be used from the GUI thread.
* One task at a time: starting a task cancels the previous one. Its late signals are dropped, so
  a slow, stale task can never overwrite a newer result.
* Signals (connect them to ``@Slot`` methods of GUI objects, not to lambdas, so Qt queues them
  onto the GUI thread and drops them when the receiver is gone):
  ``progress(step, fraction)``, ``finished(result)``, ``failed(exception)`` (a UserError the user
  can fix, or any other exception -- a bug; ``exception.__traceback__`` is kept),
  ``cancelled()``, ``warned(message)`` for each warning the task raised (scikit-learn's
  ConvergenceWarning and friends), and ``busy_changed(bool)``.
* ``shutdown()`` cancels and waits: call it when the window closes, so no thread outlives the
  window ("QThread: Destroyed while thread is still running", borgbase/vorta#684).
"""

from __future__ import annotations

import itertools
import threading
import time
import warnings
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desktopseg.core.errors import Cancelled

#: Emit progress at most this often; core functions may report thousands of times a second.
_PROGRESS_INTERVAL = 0.05

# warnings.catch_warnings swaps process-wide state (python/cpython#91505: not thread-safe before
# 3.14), so only one worker at a time may hold it.
_WARNINGS_LOCK = threading.Lock()


class _JobSignals(QObject):
    """Signals of one job; lives on the GUI thread, emitted from the worker."""

    progress = Signal(int, str, float)
    finished = Signal(int, object)
    failed = Signal(int, object)
    cancelled = Signal(int)
    warned = Signal(int, str)


class _Job(QRunnable):
    """One call of a core function on the pool's thread."""

    def __init__(self, job_id: int, fn: Callable[..., Any], args, kwargs) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner holds it until done; signals must outlive run()
        self.job_id = job_id
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.cancel_event = threading.Event()
        self.done_event = threading.Event()
        self.signals = _JobSignals()
        self._last_emit = 0.0
        self._last_step: str | None = None

    def is_cancelled(self) -> bool:
        """Return True once the user asked this job to stop."""
        return self.cancel_event.is_set()

    def report(self, step: str, fraction: float) -> None:
        """Forward progress, throttled, then honour a cancel request."""
        now = time.monotonic()
        if step != self._last_step or now - self._last_emit >= _PROGRESS_INTERVAL or fraction >= 1:
            self._last_step, self._last_emit = step, now
            self.signals.progress.emit(self.job_id, step, float(fraction))
        if self.cancel_event.is_set():
            raise Cancelled()

    def run(self) -> None:
        """Run the function; turn its outcome into exactly one terminal signal."""
        try:
            if self.cancel_event.is_set():
                raise Cancelled()
            with _WARNINGS_LOCK, warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                try:
                    result = self.fn(
                        *self.args, progress=self.report, cancelled=self.is_cancelled,
                        **self.kwargs,
                    )
                finally:
                    seen: set[str] = set()
                    for w in caught:
                        text = str(w.message)
                        if text not in seen:
                            seen.add(text)
                            self.signals.warned.emit(self.job_id, text)
            if self.cancel_event.is_set():
                raise Cancelled()
        except Cancelled:
            self.signals.cancelled.emit(self.job_id)
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the user
            self.signals.failed.emit(self.job_id, exc)
        else:
            self.signals.finished.emit(self.job_id, result)
        finally:
            self.done_event.set()


class TaskRunner(QObject):
    """Runs one core function at a time on a private single-thread pool."""

    progress = Signal(str, float)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    warned = Signal(str)
    busy_changed = Signal(bool)

    _ids = itertools.count(1)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # A private pool with one thread: jobs never overlap (a cancelled job finishes its
        # current step before the next starts), and shutdown can wait for exactly our work.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._current: _Job | None = None
        self._jobs: dict[int, _Job] = {}
        self._closed = False

    # ---- public API -------------------------------------------------------------------------
    def start(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> int:
        """Cancel whatever runs, then run ``fn(*args, progress=, cancelled=, **kwargs)``."""
        if self._closed:
            raise RuntimeError("TaskRunner was shut down")
        self.cancel()
        job = _Job(next(self._ids), fn, args, kwargs)
        job.signals.progress.connect(self._on_progress)
        job.signals.finished.connect(self._on_finished)
        job.signals.failed.connect(self._on_failed)
        job.signals.cancelled.connect(self._on_cancelled)
        job.signals.warned.connect(self._on_warned)
        self._jobs[job.job_id] = job
        self._current = job
        self._pool.start(job)
        self.busy_changed.emit(True)
        return job.job_id

    def is_busy(self) -> bool:
        """Return True while the current task has not reported its end."""
        return self._current is not None

    def cancel(self) -> None:
        """Ask the current task to stop; ``cancelled`` follows when it has."""
        if self._current is not None:
            self._current.cancel_event.set()

    def wait(self, timeout_ms: int = -1) -> bool:
        """Block until every started job has returned; True if they all did in time."""
        return self._pool.waitForDone(timeout_ms)

    def shutdown(self, timeout_ms: int = 30000) -> bool:
        """Cancel, wait for the thread to finish, and refuse new work."""
        self._closed = True
        for job in self._jobs.values():
            job.cancel_event.set()
        ok = self._pool.waitForDone(timeout_ms)
        self._current = None
        return ok

    # ---- relays (GUI thread) ------------------------------------------------------------------
    def _is_current(self, job_id: int) -> bool:
        return self._current is not None and self._current.job_id == job_id

    def _end(self, job_id: int) -> bool:
        """Forget job ``job_id``; return True if it was the current one."""
        self._jobs.pop(job_id, None)
        if self._is_current(job_id):
            self._current = None
            self.busy_changed.emit(False)
            return True
        return False

    @Slot(int, str, float)
    def _on_progress(self, job_id: int, step: str, fraction: float) -> None:
        if self._is_current(job_id) and not self._current.cancel_event.is_set():
            self.progress.emit(step, fraction)

    @Slot(int, str)
    def _on_warned(self, job_id: int, message: str) -> None:
        if self._is_current(job_id):
            self.warned.emit(message)

    @Slot(int, object)
    def _on_finished(self, job_id: int, result: object) -> None:
        if self._end(job_id):
            self.finished.emit(result)

    @Slot(int, object)
    def _on_failed(self, job_id: int, exc: object) -> None:
        if self._end(job_id):
            self.failed.emit(exc)

    @Slot(int)
    def _on_cancelled(self, job_id: int) -> None:
        if self._end(job_id):
            self.cancelled.emit()
