"""Killing the app with unsaved work: the next start offers that work back."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

pytestmark = pytest.mark.gui

HERE = Path(__file__).resolve().parent


def test_work_of_a_killed_session_is_offered_back(qtbot, tmp_path, monkeypatch, samples_dir):
    """SIGKILL after a persona rename: a fresh window offers the autosave and shows the name."""
    home = tmp_path / "home"
    monkeypatch.setenv("DESKTOPSEG_HOME", str(home))
    env = dict(os.environ, DESKTOPSEG_AUTOSAVE_MS="300", QT_QPA_PLATFORM="offscreen",
               DESKTOPSEG_WORKER="thread")
    child = subprocess.Popen(
        [sys.executable, str(HERE / "crash_session.py"),
         str(samples_dir / "florist_square_items.xlsx"), "Renamed before the crash"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert child.stdout.readline().strip() == "EDITED", child.stderr.read()[-3000:]
        folder = home / "autosave"
        deadline = time.monotonic() + 60
        while not list(folder.glob("*.dseg")) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert list(folder.glob("*.dseg")), "no autosave was written within a minute"
        time.sleep(0.5)  # let an autosave in flight finish; the kill may still land mid-save
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL

    from desktopseg.gui import app
    from desktopseg.gui.main_window import MainWindow

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Open)
    fresh = MainWindow()
    qtbot.addWidget(fresh)
    with qtbot.waitSignal(fresh.results_shown, timeout=60000):
        app.offer_autosaves(fresh)
    scheme = fresh.results.current_scheme()
    names = [s.persona.name for s in fresh.result.segmentations[scheme].segments]
    assert "Renamed before the crash" in names
    fresh.dirty = False
    fresh.close()
