"""GUI test fixtures: an isolated settings store, the real window, and a leak check."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # for fakes.py


from fakes import fake_result  # noqa: E402
from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402


def importer_available() -> bool:
    try:
        import desktopseg.core.importer  # noqa: F401
    except ImportError:
        return False
    return hasattr(desktopseg.core.importer, "import_file")


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory, qapp):
    """Keep recent files and window geometry of tests out of the user's settings."""
    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QCoreApplication.setOrganizationName("DesktopSegTests")
    QCoreApplication.setApplicationName("DesktopSegTests")
    QSettings().clear()
    yield


@pytest.fixture(autouse=True)
def private_home(tmp_path, monkeypatch):
    """Each test gets its own data folder: remembered mappings, autosaves and logs."""
    monkeypatch.setenv("DESKTOPSEG_HOME", str(tmp_path / "home"))


@pytest.fixture
def fake_data():
    """A hand-built ImportResult (the real analysis runs on it)."""
    return fake_result().data


@pytest.fixture
def spreadsheet(tmp_path, monkeypatch, fake_data) -> str:
    """A small sales CSV. Until the importer lands, reading it returns the fixture data."""
    rows = fake_data.transactions
    path = tmp_path / "shop_sales.csv"
    out = rows.rename(
        columns={
            "customer_name": "Customer",
            "date": "Date",
            "amount": "Total",
            "order_id": "Receipt",
        }
    )[["Customer", "Date", "Receipt", "Total"]]
    out.to_csv(path, index=False)
    if not importer_available():
        from desktopseg.core import pipeline

        def load(p, options=None, progress=None, cancelled=None, *, task=None):
            from desktopseg.core.errors import UserError

            if not str(p).endswith(".csv"):
                raise UserError("This file is not a spreadsheet.", file=p)
            data = fake_result().data
            data.report.file = str(p)
            if options is not None and options.mapping is not None:
                data.mapping = options.mapping
            return data

        monkeypatch.setattr(pipeline, "load", load)
    return str(path)


@pytest.fixture
def window(qtbot):
    """The real main window; on teardown it must close with no worker thread left."""
    from desktopseg.gui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    yield w
    w.dirty = False  # no "save changes?" question in teardown
    w.close()
    assert w.runner._pool.activeThreadCount() == 0, "a worker thread outlived the window"


@pytest.fixture(autouse=True)
def bugs_fail_the_test(monkeypatch):
    """An internal error the window would show in a modal "something went wrong" box fails the
    test at once, with its traceback, instead of leaving the suite waiting on the box."""
    import desktopseg.gui.main_window as main_window

    def fail(parent, exc):
        raise AssertionError(f"the window would show a bug report: {exc!r}") from exc

    monkeypatch.setattr(main_window, "show_bug", fail)

