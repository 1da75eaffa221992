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

Child process: a function decorated with :func:`in_process` (the importer and the analysis, see
jobs.py) runs in a spawned child interpreter instead, because pandas, numpy, scikit-learn and
pyarrow steps hold the interpreter lock for up to seconds at a time on a million lines, and a
worker *thread* then freezes the window anyway. Same signals, same contract, plus: arguments and
result must pickle (plain values do), ``fn`` must be a module-level function, and cancelling
terminates the child at once (a fresh one is started for the next job). One child is kept warm
between jobs so a run does not pay the interpreter start. The child keeps the table its last
job returned (``result.data``); passing that same object to the next job sends a token instead
of a million rows, so treat what a child job returned as read-only. Big DataFrames in a result
come back one column per message (unpickled a few milliseconds at a time on this side), so
receiving a million-line table never holds the interpreter lock long enough to stall the window.
``DESKTOPSEG_WORKER=thread`` turns the child off (benchmarks compare both). Frozen builds call
``multiprocessing.freeze_support()`` in their entry point (desktopseg/__main__.py,
installers/entry.py).
"""

from __future__ import annotations

import io
import itertools
import multiprocessing
import os
import pickle
import queue
import sys
import threading
import time
import traceback
import warnings
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

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
            self._deliver(self._call)
        finally:
            self.done_event.set()

    def _deliver(self, work: Callable[[], Any]) -> None:
        """Emit exactly one of finished / cancelled / failed for what ``work()`` does."""
        try:
            if self.cancel_event.is_set():
                raise Cancelled()
            result = work()
            if self.cancel_event.is_set():
                raise Cancelled()
        except Cancelled:
            self.signals.cancelled.emit(self.job_id)
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the user
            self.signals.failed.emit(self.job_id, exc)
        else:
            self.signals.finished.emit(self.job_id, result)

    def _call(self) -> Any:
        with _WARNINGS_LOCK, warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                return self.fn(
                    *self.args, progress=self.report, cancelled=self.is_cancelled, **self.kwargs,
                )
            finally:
                seen: set[str] = set()
                for w in caught:
                    text = str(w.message)
                    if text not in seen:
                        seen.add(text)
                        self.signals.warned.emit(self.job_id, text)


def default_mode() -> str:
    """``process`` (jobs marked :func:`in_process` run in a child) or ``thread``."""
    mode = os.environ.get("DESKTOPSEG_WORKER", "process").strip().lower()
    return mode if mode in ("process", "thread") else "process"


def in_process(also_here: Callable[[], Any] | None = None):
    """Mark a module-level job function to run in the worker's child process.

    ``also_here`` runs on the worker thread of this process meanwhile (e.g. importing the
    plotting modules the results screen will need here, not in the child).
    """
    def mark(fn: Callable[..., Any]) -> Callable[..., Any]:
        fn.desktopseg_in_process = True  # type: ignore[attr-defined]
        fn.desktopseg_also_here = also_here  # type: ignore[attr-defined]
        return fn
    return mark


def in_child() -> bool:
    """Return True inside the worker's child process."""
    return multiprocessing.current_process().name == _CHILD_NAME


class RemoteTraceback(Exception):
    """The traceback of an exception raised in the child, as text (concurrent.futures' idea)."""

    def __str__(self) -> str:
        return self.args[0]


class _ArgRef:
    """Stands for the job's argument ``index`` in a result, so big inputs are not sent back."""

    def __init__(self, index: int) -> None:
        self.index = index


def _strip_args(result: Any, args: tuple) -> Any:
    """Replace ``result.data`` by a reference when it is one of the arguments (analyse)."""
    data = getattr(result, "data", None)
    if data is not None:
        for i, a in enumerate(args):
            if data is a:
                result.data = _ArgRef(i)
                break
    return result


def _restore_args(result: Any, args: tuple) -> Any:
    ref = getattr(result, "data", None)
    if isinstance(ref, _ArgRef):
        result.data = args[ref.index]
    return result


class _MissingRef(Exception):
    """The child no longer holds an object the parent referred to (it was restarted)."""


def _dumps_job(job: tuple, remote: tuple[int, Any] | None) -> bytes:
    """Pickle (fn, args, kwargs); the object the child already holds goes as its token."""
    buf = io.BytesIO()
    pickler = pickle.Pickler(buf, protocol=pickle.HIGHEST_PROTOCOL)
    if remote is not None:
        token, held = remote
        pickler.persistent_id = lambda obj: token if obj is held else None
    pickler.dump(job)
    return buf.getvalue()


def _loads_job(payload: bytes, cache: dict[int, Any]) -> tuple:
    """Unpickle a job in the child, resolving tokens from ``cache``."""
    unpickler = pickle.Unpickler(io.BytesIO(payload))

    def load(token: int) -> Any:
        if token not in cache:
            raise _MissingRef(token)
        return cache[token]

    unpickler.persistent_load = load
    return unpickler.load()


#: DataFrames with at least this many cells travel from the child column by column.
_SPLIT_CELLS = 100_000


def _put_result(outbox, message: tuple) -> None:
    """Send ``message`` (a finished job) with its big tables split into one message per column.

    The window's process unpickles what arrives on its worker thread while holding the
    interpreter lock; a million-line table in one piece held it for ~100 ms (the window
    stalled), one column at a time takes a few ms each and lets the GUI thread run between.
    """
    frames: list[Any] = []
    numbers: dict[int, int] = {}
    buf = io.BytesIO()
    pickler = pickle.Pickler(buf, protocol=pickle.HIGHEST_PROTOCOL)
    pd = sys.modules.get("pandas")  # never imported for this: a job without tables has none
    frame_type = pd.DataFrame if pd is not None else None

    def persistent_id(obj: Any):
        # Called for every object pickled (each string of a text column): keep it cheap.
        if type(obj) is frame_type and obj.shape[0] * obj.shape[1] >= _SPLIT_CELLS:
            # Asked before the memo: a table referred to twice must stay one table.
            if id(obj) not in numbers:
                numbers[id(obj)] = len(frames)
                frames.append(obj)
            return numbers[id(obj)]
        return None

    pickler.persistent_id = persistent_id
    pickler.dump(message)
    for i, frame in enumerate(frames):
        outbox.put(("frame", i, frame.index, frame.columns, dict(frame.attrs), frame.shape[1]))
        for j in range(frame.shape[1]):
            outbox.put(("column", i, j, frame.iloc[:, j].array))
    outbox.put(("pickled", buf.getvalue()))


class _Parts:
    """The window's side of :func:`_put_result`: collects columns, rebuilds the message."""

    def __init__(self) -> None:
        self.frames: dict[int, dict[str, Any]] = {}

    def add(self, msg: tuple) -> None:
        if msg[0] == "frame":
            _kind, i, index, columns, attrs, n = msg
            self.frames[i] = {"index": index, "columns": columns, "attrs": attrs,
                              "arrays": [None] * n}
        else:
            _kind, i, j, array = msg
            self.frames[i]["arrays"][j] = array

    def message(self, payload: bytes) -> tuple:
        import pandas as pd

        built: dict[int, Any] = {}
        for i, part in self.frames.items():
            frame = pd.DataFrame(dict(enumerate(part["arrays"])), index=part["index"],
                                 copy=False)
            frame.columns = part["columns"]
            frame.attrs = part["attrs"]
            built[i] = frame
        unpickler = pickle.Unpickler(io.BytesIO(payload))
        unpickler.persistent_load = built.__getitem__
        return unpickler.load()


def _picklable_error(exc: BaseException) -> BaseException:
    """``exc`` if it survives pickling, else a RuntimeError with its text."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # noqa: BLE001 - any pickling failure: keep the words, lose the class
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc


def _serve(inbox, outbox, cancel) -> None:
    """Run each (fn, args, kwargs) the child is sent; report back over ``outbox``."""
    # Load what every job needs while the user is still choosing a file (scikit-learn alone
    # takes 1.5 s to import here).
    import fastexcel  # noqa: F401
    import pyarrow.csv  # noqa: F401
    import sklearn.cluster  # noqa: F401
    import sklearn.metrics  # noqa: F401

    import desktopseg.core.features  # noqa: F401
    import desktopseg.core.importer  # noqa: F401
    import desktopseg.core.personas  # noqa: F401
    import desktopseg.core.pipeline  # noqa: F401
    import desktopseg.core.segmentation.behavioral  # noqa: F401
    import desktopseg.core.segmentation.clusters  # noqa: F401
    import desktopseg.core.segmentation.value  # noqa: F401
    import desktopseg.gui.jobs  # noqa: F401
    from desktopseg.gui.app import install_core_translator

    # Persona stories, reasons and step names are written here, in the window's language
    # (passed down in $DESKTOPSEG_LANGUAGE by make_application).
    install_core_translator()

    # The table the last job returned or used (``result.data``), kept here so the next job
    # (analyse after load, a re-run after a settings change) gets a token, not a million rows
    # pickled again on the window's side. Objects the child returned count as read-only.
    cache: dict[int, Any] = {}
    tokens = itertools.count(1)
    while True:
        payload = inbox.get()
        if payload is None:
            return
        try:
            fn, args, kwargs = _loads_job(payload, cache)
        except _MissingRef:
            outbox.put(("missing",))
            continue
        last = [0.0, None]

        def report(step: str, fraction: float, last: list = last) -> None:
            now = time.monotonic()
            if step != last[1] or now - last[0] >= _PROGRESS_INTERVAL or fraction >= 1:
                last[0], last[1] = now, step
                outbox.put(("progress", step, float(fraction)))
            if cancel.is_set():
                raise Cancelled()

        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                try:
                    result = fn(*args, progress=report, cancelled=cancel.is_set, **kwargs)
                finally:
                    seen: set[str] = set()
                    for w in caught:
                        text = str(w.message)
                        if text not in seen:
                            seen.add(text)
                            outbox.put(("warned", text))
            data = getattr(result, "data", None)
            token = None
            if data is not None:
                token = next((t for t, o in cache.items() if o is data), None)
                if token is None:
                    token = next(tokens)
                    cache.clear()
                    cache[token] = data
            _put_result(outbox, ("finished", _strip_args(result, args), token))
        except Cancelled:
            outbox.put(("cancelled",))
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the user
            tb = "".join(traceback.format_exception(exc))
            outbox.put(("failed", _picklable_error(exc), tb))


_CHILD_NAME = "desktopseg-worker"


class _Child:
    """A spawned interpreter running :func:`_serve`; one job at a time."""

    def __init__(self) -> None:
        # "spawn" everywhere: fork would copy Qt's threads and state into the child.
        ctx = multiprocessing.get_context("spawn")
        self.inbox = ctx.Queue()
        self.outbox = ctx.Queue()
        self.cancel = ctx.Event()
        self.process = ctx.Process(target=_serve, args=(self.inbox, self.outbox, self.cancel),
                                   name=_CHILD_NAME, daemon=True)
        self.process.start()

    def alive(self) -> bool:
        return self.process.is_alive()

    def kill(self) -> None:
        """Stop the child now (cancel or shutdown); its queues go with it."""
        if self.process.is_alive():
            self.process.terminate()
        self.process.join(2)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(2)
        for q in (self.inbox, self.outbox):
            q.cancel_join_thread()  # never block on data the dead child will not read
            q.close()

    def stop(self) -> None:
        """Ask an idle child to exit, then make sure it did."""
        try:
            self.inbox.put(None)
            self.process.join(1)
        finally:
            self.kill()


class _ProcessJob(_Job):
    """One call of a job function in the runner's child process (run() is on the pool thread)."""

    def __init__(self, job_id: int, fn, args, kwargs, runner: TaskRunner) -> None:
        super().__init__(job_id, fn, args, kwargs)
        self.runner = runner

    def run(self) -> None:
        """Send the job to the child, relay what comes back, kill the child on cancel."""
        self._child: _Child | None = None
        self._busy = False  # True while the child works on this job: a cancel then kills it
        try:
            self._deliver(self._call)
        finally:
            if self._busy and self._child is not None:
                # Cancelled (or failed here) mid-job: stop the child's work at once.
                self.runner._drop_child(self._child)
            self.done_event.set()

    def _call(self) -> Any:
        child = self._child = self.runner._child_for_job()
        child.cancel.clear()
        self._busy = True
        job = (self.fn, self.args, self.kwargs)
        parts = _Parts()
        child.inbox.put(_dumps_job(job, self.runner._remote))
        also_here = getattr(self.fn, "desktopseg_also_here", None)
        if also_here is not None:
            also_here()
        while True:
            if self.cancel_event.is_set():
                raise Cancelled()
            try:
                msg = child.outbox.get(timeout=0.05)
            except queue.Empty:
                if not child.alive():
                    self._busy = False
                    self.runner._drop_child(child)
                    raise RuntimeError(
                        f"The worker process stopped unexpectedly "
                        f"(exit code {child.process.exitcode}).") from None
                continue
            kind = msg[0]
            if kind in ("frame", "column"):
                parts.add(msg)
                continue
            if kind == "pickled":
                msg = parts.message(msg[1])
                kind = msg[0]
            if kind == "progress":
                self.report(msg[1], msg[2])
            elif kind == "warned":
                self.signals.warned.emit(self.job_id, msg[1])
            elif kind == "finished":
                self._busy = False
                result = _restore_args(msg[1], self.args)
                data = getattr(result, "data", None)
                self.runner._remote = None if msg[2] is None else (msg[2], data)
                return result
            elif kind == "missing":  # a fresh child: send the objects themselves
                self.runner._remote = None
                child.inbox.put(_dumps_job(job, None))
            elif kind == "cancelled":
                self._busy = False
                raise Cancelled()
            elif kind == "failed":
                self._busy = False
                exc = msg[1]
                exc.__cause__ = RemoteTraceback(msg[2])
                raise exc


class TaskRunner(QObject):
    """Runs one core function at a time on a private single-thread pool."""

    progress = Signal(str, float)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    warned = Signal(str)
    busy_changed = Signal(bool)

    _ids = itertools.count(1)

    def __init__(self, parent: QObject | None = None, mode: str | None = None,
                 prewarm_ms: int = 1500) -> None:
        super().__init__(parent)
        # A private pool with one thread: jobs never overlap (a cancelled job finishes its
        # current step before the next starts), and shutdown can wait for exactly our work.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._current: _Job | None = None
        self._jobs: dict[int, _Job] = {}
        self._closed = False
        self.mode = mode or default_mode()
        self._child: _Child | None = None
        #: (token, object) the child holds too; sent as its token instead of by value.
        self._remote: tuple[int, Any] | None = None
        self._child_lock = threading.Lock()
        if self.mode == "process" and prewarm_ms >= 0:
            # Started a moment after the window shows, not before: the child's imports would
            # compete with start-up for the CPU.
            QTimer.singleShot(prewarm_ms, self, self._prewarm)

    # ---- public API -------------------------------------------------------------------------
    def start(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> int:
        """Cancel whatever runs, then run ``fn(*args, progress=, cancelled=, **kwargs)``."""
        if self._closed:
            raise RuntimeError("TaskRunner was shut down")
        self.cancel()
        if self.mode == "process" and getattr(fn, "desktopseg_in_process", False):
            job: _Job = _ProcessJob(next(self._ids), fn, args, kwargs, self)
        else:
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
        with self._child_lock:
            child, self._child = self._child, None
        if child is not None:
            child.stop()
        return ok

    # ---- the child process (pool thread, or the GUI thread for the prewarm) ----------------------
    @Slot()
    def _prewarm(self) -> None:
        if self._current is not None and not self._closed:
            # A job runs here (reopening a project that keeps its results): the child's
            # imports would take the CPU from it. Warm up once it is done.
            QTimer.singleShot(1000, self, self._prewarm)
            return
        if not self._closed:
            threading.Thread(target=self._child_for_job, name="worker-prewarm",
                             daemon=True).start()

    def _child_for_job(self) -> _Child:
        """Return the warm child, started now if there is none (or it died)."""
        with self._child_lock:
            if self._closed and self._child is None:
                raise Cancelled()
            if self._child is None or not self._child.alive():
                self._child = _Child()
            return self._child

    def _drop_child(self, child: _Child) -> None:
        """Kill ``child`` (cancelled or dead); the next job starts a fresh one."""
        with self._child_lock:
            if self._child is child:
                self._child = None
                self._remote = None
        child.kill()

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
