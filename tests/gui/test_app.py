"""Start-up: fast first window without heavy imports, translators, the crash handler."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

pytestmark = pytest.mark.gui


def test_first_window_loads_no_heavy_library(tmp_path):
    """`python -m desktopseg` shows its window before pandas, sklearn or matplotlib load."""
    from desktopseg.gui.startup_probe import measure_once

    seconds, heavy = measure_once({"XDG_CONFIG_HOME": str(tmp_path)})
    assert heavy == "none"
    assert seconds > 0


def test_core_text_goes_through_qt_translation(qapp, monkeypatch):
    from desktopseg.core import i18n
    from desktopseg.gui import app

    calls = []
    monkeypatch.setattr(QCoreApplication, "translate",
                        staticmethod(lambda ctx, text, *a: calls.append(ctx) or text.upper()))
    try:
        app.install_translators(qapp)
        assert i18n._("Lost") == "LOST"
        assert calls == ["core"]
    finally:
        i18n.set_translator(None)


def test_unhandled_exception_is_logged_with_an_apology(qapp, monkeypatch, capsys):
    from desktopseg.core.appdirs import log_path
    from desktopseg.gui.app import _excepthook

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    try:
        raise RuntimeError("the sky fell")
    except RuntimeError:
        _excepthook(*sys.exc_info())
    assert "RuntimeError: the sky fell" in log_path().read_text(encoding="utf-8")
    assert len(shown) == 1 and str(log_path()) in shown[0]
    assert "sky fell" not in shown[0]  # the user gets an apology, not the internals
