"""The one background worker: results, errors, warnings, cancel, supersede, shutdown."""

from __future__ import annotations

import threading
import time
import warnings

import pytest

from desktopseg.core.errors import Cancelled, UserError
from desktopseg.core.progress import Task
from desktopseg.gui.worker import TaskRunner

pytestmark = pytest.mark.gui


def count_to(n, *, progress=None, cancelled=None, delay=0.0):
    """A plain core-style function: reports progress, honours cancel."""
    task = Task(progress, cancelled)
    total = 0
    for i in range(n):
        total += i
        time.sleep(delay)
        task.report((i + 1) / n, "Counting")
    return total


def wait_forever(started: threading.Event, *, progress=None, cancelled=None):
    started.set()
    while not cancelled():
        time.sleep(0.005)
    raise Cancelled()


def broken(*, progress=None, cancelled=None):
    raise UserError("No column holds customer names.", hint="Choose one.", file="x.csv")


def buggy(*, progress=None, cancelled=None):
    return {}["missing"]


def noisy(*, progress=None, cancelled=None):
    warnings.warn("k-means did not converge", RuntimeWarning, stacklevel=1)
    warnings.warn("k-means did not converge", RuntimeWarning, stacklevel=1)
    return "done"


@pytest.fixture
def runner(qtbot):
    r = TaskRunner()
    yield r
    assert r.shutdown(5000)


def test_result_arrives_with_progress_on_the_gui_thread(qtbot, runner):
    """finished carries the return value; progress reaches 1.0 with the step name."""
    seen = []
    runner.progress.connect(lambda step, f: seen.append((step, f, threading.current_thread())))
    with qtbot.waitSignal(runner.finished, timeout=5000) as blocker:
        runner.start(count_to, 200)
    assert blocker.args == [sum(range(200))]
    assert seen and seen[-1][:2] == ("Counting", 1.0)
    assert all(t is threading.main_thread() for _, _, t in seen)
    assert not runner.is_busy()


def test_user_error_and_bug_reach_failed(qtbot, runner):
    """A UserError arrives as itself; a bug arrives with its traceback."""
    with qtbot.waitSignal(runner.failed, timeout=5000) as blocker:
        runner.start(broken)
    exc = blocker.args[0]
    assert isinstance(exc, UserError) and "customer names" in str(exc)
    with qtbot.waitSignal(runner.failed, timeout=5000) as blocker:
        runner.start(buggy)
    assert isinstance(blocker.args[0], KeyError)
    assert blocker.args[0].__traceback__ is not None


def test_warnings_are_forwarded_once(qtbot, runner):
    """Warnings raised in the worker become warned(message) signals, deduplicated."""
    messages = []
    runner.warned.connect(messages.append)
    with qtbot.waitSignal(runner.finished, timeout=5000):
        runner.start(noisy)
    assert messages == ["k-means did not converge"]


def test_cancel_midway(qtbot, runner):
    """Cancel stops a running task and emits cancelled, not finished."""
    started = threading.Event()
    finished = []
    runner.finished.connect(finished.append)
    with qtbot.waitSignal(runner.cancelled, timeout=5000):
        runner.start(wait_forever, started)
        assert started.wait(5)
        runner.cancel()
    assert finished == []
    assert not runner.is_busy()


def test_new_task_supersedes_old_and_old_result_is_dropped(qtbot, runner):
    """Starting a task cancels the previous one; only the new result arrives."""
    results = []
    runner.finished.connect(results.append)
    with qtbot.waitSignals([runner.busy_changed, runner.finished], timeout=5000):
        runner.start(count_to, 1000, delay=0.002)
        runner.start(count_to, 10)
    runner.wait(5000)
    qtbot.wait(50)
    assert results == [sum(range(10))]


def test_shutdown_cancels_and_waits(qtbot):
    """shutdown() returns only when the worker thread is idle, and refuses new work."""
    r = TaskRunner()
    started = threading.Event()
    r.start(wait_forever, started)
    assert started.wait(5)
    assert r.shutdown(5000)
    assert r._pool.activeThreadCount() == 0
    with pytest.raises(RuntimeError):
        r.start(count_to, 1)
