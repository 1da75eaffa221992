"""Customer lists (a group's drill-down, everyone who moved) are saved like every export:
the dialog starts in the last folder saved to, and Open / Show in folder follow."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktopseg.gui import export_done
from desktopseg.gui.export_done import export_list, remember_save

pytestmark = pytest.mark.gui


def test_a_list_starts_in_the_last_folder_and_offers_open(qtbot, tmp_path, monkeypatch):
    parent = QWidget()
    qtbot.addWidget(parent)
    earlier = tmp_path / "exports"
    earlier.mkdir()
    remember_save(earlier / "last.xlsx")
    asked = []
    target = tmp_path / "elsewhere" / "Champions.csv"
    target.parent.mkdir()

    def save_name(_parent, _title, start, _filter):
        asked.append(start)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    shown = []
    monkeypatch.setattr(export_done, "show_export_done",
                        lambda _p, path, text: shown.append((str(path), text)))
    written = export_list(parent, "Export customer list", "Champions.csv",
                          lambda p: Path(p).write_text("id\n"))
    assert asked == [str(earlier / "Champions.csv")]
    assert written == str(target) and target.read_text() == "id\n"
    assert shown and shown[0][0] == str(target)
    assert export_done.save_folder() == target.parent  # the next dialog starts here


def test_a_list_that_cannot_be_written_says_so(qtbot, tmp_path, monkeypatch):
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: (str(tmp_path / "no" / "x.csv"), ""))
    errors = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, body: errors.append(body))
    monkeypatch.setattr(export_done, "show_export_done", lambda *a: pytest.fail("not written"))

    def fail(_path):
        raise PermissionError(13, "Permission denied")

    assert export_list(parent, "Export", "x.csv", fail) is None
    assert errors and "could not be saved" in " ".join(errors)
