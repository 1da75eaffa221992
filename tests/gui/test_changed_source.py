"""A shop exports to the same file every month: opening the project offers the new month."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from fakes import capture_message_boxes
from PySide6.QtWidgets import QMessageBox

from desktopseg.core import pipeline
from desktopseg.core.project import describe_source, new_project, save_project

pytestmark = pytest.mark.gui

TIMEOUT = 60_000


def _sales(first: str, last: str, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    days = pd.date_range(first, last, freq="D")
    n = 600
    return pd.DataFrame({"Customer": [f"C{v:03d}" for v in rng.integers(0, 120, n)],
                         "Date": days[rng.integers(len(days), size=n)].strftime("%Y-%m-%d"),
                         "Amount": rng.gamma(2.0, 25.0, n).round(2)})


def _project(tmp_path):
    src = tmp_path / "sales.csv"
    _sales("2025-01-01", "2025-10-31", 1).to_csv(src, index=False)
    data = pipeline.load(str(src))
    result = pipeline.analyse(data)
    project = new_project(data, result.settings, source=describe_source(src))
    project.result = result
    save_project(tmp_path / "shop.dseg", project)
    return src, tmp_path / "shop.dseg"


def test_a_file_exported_again_is_offered_as_a_newer_export(qtbot, window, tmp_path,
                                                              monkeypatch):
    src, dseg = _project(tmp_path)
    # Next month the shop exports to the same file: November added.
    old = pd.read_csv(src)
    added = _sales("2025-11-01", "2025-11-30", 2)
    pd.concat([old, added]).to_csv(src, index=False)
    messages = capture_message_boxes(monkeypatch, answer=QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        window.open_path(str(dseg))
    asked = [m for m in messages if m[0] == "question"]
    assert len(asked) == 1 and "'sales.csv' has changed since this project read it" in asked[0][2]
    # Yes: the file is read as a newer export and analysed again.
    qtbot.waitUntil(lambda: window.project.snapshots and window.result is not None
                    and str(window.result.period_end)[:10] == added["Date"].max() or False,
                    timeout=TIMEOUT)
    assert [s.as_of.isoformat() for s in window.project.snapshots] == [old["Date"].max()]
    assert window.dirty


def test_an_unchanged_file_asks_nothing(qtbot, window, tmp_path, monkeypatch):
    _src, dseg = _project(tmp_path)
    messages = capture_message_boxes(monkeypatch)
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        window.open_path(str(dseg))
    assert messages == [] and not window.project.snapshots
