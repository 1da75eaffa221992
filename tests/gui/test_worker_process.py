"""The worker's child-process path: result, progress, warnings, errors and a prompt cancel."""

from __future__ import annotations

import time

import pytest

from desktopseg.core.errors import UserError
from desktopseg.gui import jobs
from desktopseg.gui.worker import RemoteTraceback, TaskRunner, in_process

pytestmark = pytest.mark.gui


@in_process()
def child_pid_and_load(path, *, progress=None, cancelled=None):
    """Load a real workbook in the child; return the child's pid with what was read."""
    import os

    return os.getpid(), jobs.load_file(path, progress=progress, cancelled=cancelled)


@in_process()
def spin(*, progress=None, cancelled=None):
    """Ignore cancel requests on purpose: only terminating the child stops it."""
    import os

    progress("Spinning", 0.0)
    while True:
        os.getpid()


@in_process()
def warn_then_fail(kind, *, progress=None, cancelled=None):
    import warnings

    warnings.warn("k-means did not converge", RuntimeWarning, stacklevel=1)
    if kind == "user":
        raise UserError("No column holds customer names.", hint="Choose one.", file="x.csv")
    return {}["missing"]


def _mixed_table(rows: int):
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(3)
    frame = pd.DataFrame({
        "customer_key": pd.array([f"C{i % 997}" if i % 11 else None for i in range(rows)],
                                 dtype="string"),
        "date": pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, 400, rows), "D"),
        "amount": rng.normal(50, 20, rows).round(2),
        "is_refund": rng.random(rows) < 0.05,
        "qty": pd.array([i % 7 if i % 5 else None for i in range(rows)], dtype="Int64"),
        "channel": pd.Categorical(rng.choice(["shop", "web"], rows)),
        "note": np.array([f"n{i % 13}" for i in range(rows)], dtype=object),
    }, index=pd.Index([f"row{i}" for i in range(rows)], name="key"))
    frame.attrs["source"] = "till"
    return frame


@in_process()
def tables(rows, *, progress=None, cancelled=None):
    """Return a big table (sent column by column) and a small one (sent whole), twice."""
    big = _mixed_table(rows)
    return {"big": big, "again": big, "small": _mixed_table(50)}


@pytest.fixture
def runner(qtbot):
    r = TaskRunner(mode="process", prewarm_ms=-1)
    yield r
    assert r.shutdown(10000)
    assert r._child is None


def test_result_comes_back_from_another_process(qtbot, runner, samples_dir):
    import os

    path = str(next(samples_dir.glob("*.xlsx")))
    steps = []
    runner.progress.connect(lambda step, f: steps.append(step))
    with qtbot.waitSignal(runner.finished, timeout=60000) as sig:
        runner.start(child_pid_and_load, path)
    pid, loaded = sig.args[0]
    assert pid != os.getpid()
    assert loaded.data.transactions is not None and len(loaded.data.transactions) > 0
    assert loaded.data.report.rows_kept == len(loaded.data.transactions)
    assert steps, "progress from the child reached the window"
    # The warm child is reused by the next job.
    first_child = runner._child.process.pid
    with qtbot.waitSignal(runner.finished, timeout=60000) as sig:
        runner.start(child_pid_and_load, path)
    assert sig.args[0][0] == first_child == pid


def test_cancel_terminates_a_busy_child_promptly(qtbot, runner):
    with qtbot.waitSignal(runner.progress, timeout=60000):
        runner.start(spin)
    child = runner._child.process
    t = time.monotonic()
    with qtbot.waitSignal(runner.cancelled, timeout=5000):
        runner.cancel()
    assert time.monotonic() - t < 3
    # The pool thread reaps the child; polling here (not a second join, which can race that
    # reap and miss the exit status) sees it gone.
    deadline = time.monotonic() + 5
    while child.is_alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not child.is_alive()
    assert not runner.is_busy()


@pytest.mark.parametrize("kind", ["user", "bug"])
def test_errors_and_warnings_are_forwarded(qtbot, runner, kind):
    warned = []
    runner.warned.connect(warned.append)
    with qtbot.waitSignal(runner.failed, timeout=60000) as sig:
        runner.start(warn_then_fail, kind)
    exc = sig.args[0]
    if kind == "user":
        assert isinstance(exc, UserError)
        assert exc.hint == "Choose one." and exc.file == "x.csv"
    else:
        assert isinstance(exc, KeyError)
    assert isinstance(exc.__cause__, RemoteTraceback)
    assert "warn_then_fail" in str(exc.__cause__)  # the child's traceback for the log file
    assert warned == ["k-means did not converge"]


def test_analyse_runs_in_the_child_and_keeps_the_data_object(qtbot, runner, samples_dir):
    """The analysis result points at the window's own data, not a copy sent back."""
    from desktopseg.core.model import AnalysisSettings
    from desktopseg.core.pipeline import load

    data = load(next(samples_dir.glob("*.xlsx")))
    with qtbot.waitSignal(runner.finished, timeout=60000) as sig:
        runner.start(jobs.analyse, data, AnalysisSettings(), None)
    result = sig.args[0]
    assert result.data is data
    assert result.segmentations and len(result.customers) > 0


def test_the_loaded_table_goes_back_to_the_child_as_a_token(qtbot, runner, samples_dir):
    """Analysing what the child loaded sends a reference, not the rows; a fresh child gets rows."""
    from desktopseg.core.model import AnalysisSettings
    from desktopseg.gui.worker import _dumps_job

    path = str(next(samples_dir.glob("*.xlsx")))
    with qtbot.waitSignal(runner.finished, timeout=60000) as sig:
        runner.start(jobs.load_file, path)
    data = sig.args[0].data
    job = (jobs.analyse, (data, AnalysisSettings(), None), {})
    assert runner._remote is not None and runner._remote[1] is data
    assert len(_dumps_job(job, runner._remote)) * 20 < len(_dumps_job(job, None))
    with qtbot.waitSignal(runner.finished, timeout=60000) as sig:
        runner.start(jobs.analyse, data, AnalysisSettings(), None)
    assert sig.args[0].data is data and sig.args[0].segmentations

    runner._remote = (10_000, data)  # a token the child never gave out: it asks for the rows
    with qtbot.waitSignal(runner.finished, timeout=60000) as sig:
        runner.start(jobs.analyse, data, AnalysisSettings(), None)
    assert sig.args[0].data is data and len(sig.args[0].customers) > 0


@in_process()
def translate_in_child(text, *, progress=None, cancelled=None):
    """Return how the core's _() words ``text`` inside the child."""
    from desktopseg.core.i18n import _

    return _(text)


def test_core_text_in_the_child_speaks_the_window_language(qtbot, monkeypatch):
    """Persona and reason text written in the child follows $DESKTOPSEG_LANGUAGE."""
    from desktopseg.gui.app import CORE_LANGUAGE_ENV

    monkeypatch.setenv(CORE_LANGUAGE_ENV, "fi")
    runner = TaskRunner(mode="process", prewarm_ms=-1)
    try:
        with qtbot.waitSignal(runner.finished, timeout=60000) as sig:
            runner.start(translate_in_child, "Champions")
        assert sig.args[0] not in ("", "Champions")
    finally:
        assert runner.shutdown(10000)


def test_big_tables_come_back_whole_and_identical(qtbot, runner):
    import pandas as pd

    from desktopseg.gui.worker import _SPLIT_CELLS

    rows = _SPLIT_CELLS // 4  # 7 columns: over the size sent column by column
    with qtbot.waitSignal(runner.finished, timeout=60000) as sig:
        runner.start(tables, rows)
    out = sig.args[0]
    want = _mixed_table(rows)
    for key in ("big", "again"):
        pd.testing.assert_frame_equal(out[key], want, check_exact=True)
        assert out[key].attrs == {"source": "till"}
    assert out["again"] is out["big"]  # one table referred to twice stays one object
    pd.testing.assert_frame_equal(out["small"], _mixed_table(50), check_exact=True)


def test_big_tables_travel_one_column_per_message():
    from types import SimpleNamespace

    import pandas as pd

    from desktopseg.gui.worker import _SPLIT_CELLS, _Parts, _put_result

    big, small = _mixed_table(_SPLIT_CELLS // 4), _mixed_table(50)
    sent: list[tuple] = []
    _put_result(SimpleNamespace(put=sent.append),
                ("finished", {"big": big, "again": big, "small": small}, None))
    # One header and one message per column for the big table (once, though named twice);
    # the small one rides in the last message with everything else.
    assert [m[0] for m in sent] == ["frame"] + ["column"] * big.shape[1] + ["pickled"]
    assert len(sent[-1][1]) < big.memory_usage(deep=True).sum() / 20
    parts = _Parts()
    for m in sent[:-1]:
        parts.add(m)
    kind, out, token = parts.message(sent[-1][1])
    assert (kind, token) == ("finished", None)
    pd.testing.assert_frame_equal(out["big"], big, check_exact=True)
    assert out["again"] is out["big"] and out["big"].attrs == big.attrs
    pd.testing.assert_frame_equal(out["small"], small, check_exact=True)
