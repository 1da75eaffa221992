"""Nothing the user made is lost: every path that replaces or closes the project asks to save,
and the autosave goes only after the user saved or chose to discard."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

pytestmark = pytest.mark.gui

TIMEOUT = 60_000
SB = QMessageBox.StandardButton


@pytest.fixture
def answers(monkeypatch):
    """Answer "Save your changes?" with the queued buttons; record every question."""
    queue: list = []
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(title)
        return queue.pop(0) if queue else SB.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a, **k: SB.Ok)
    return queue, asked


def _dirty_project(qtbot, window, path: str) -> None:
    """Open ``path`` to results, type a note on a card, let the autosave write it."""
    with qtbot.waitSignals([window.runner.busy_changed], timeout=TIMEOUT):
        window.open_path(path)
    if window.stack.currentWidget() is not window.results:
        qtbot.waitUntil(lambda: not window.runner.is_busy(), timeout=TIMEOUT)
        if window.stack.currentWidget() is window.preview:
            with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
                window.preview.continue_button.click()
    window.results.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: bool(window.results.personas.cards), timeout=TIMEOUT)
    window.results.personas.cards[0].notes_edit.setPlainText("call in spring")
    assert window.dirty
    with qtbot.waitSignal(window.runner.finished, timeout=TIMEOUT):
        window._autosave()


def _autosaves() -> list:
    from desktopseg.core.project import pending_autosaves

    return pending_autosaves()


@pytest.fixture
def other_file(spreadsheet, tmp_path) -> str:
    other = tmp_path / "other_shop.csv"
    shutil.copy(spreadsheet, other)
    return str(other)


def _via_open_dialog(window, path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (path, ""))
    window.act_open.trigger()


def _via_recent(window, path, monkeypatch):
    window._add_recent(path)
    action = next(a for a in window.recent_menu.actions() if a.data() == path)
    action.trigger()


def _via_sample_list(window, path, monkeypatch):
    window.welcome.open_requested.emit(path)


def _via_drop(window, path, monkeypatch):
    from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(path)])
    window.dropEvent(QDropEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))


def _via_close(window, path, monkeypatch):
    window.act_close.trigger()


PATHS = {"open": _via_open_dialog, "recent": _via_recent, "sample": _via_sample_list,
         "drop": _via_drop, "close": _via_close}


@pytest.mark.parametrize("how", list(PATHS))
def test_cancel_keeps_the_project_and_its_autosave(qtbot, window, spreadsheet, other_file,
                                                   answers, monkeypatch, how):
    """Cancel on "Save your changes?" leaves the edited project on screen, autosave kept."""
    queue, asked = answers
    _dirty_project(qtbot, window, spreadsheet)
    project = window.project
    queue.append(SB.Cancel)
    PATHS[how](window, other_file, monkeypatch)
    qtbot.wait(50)
    assert asked == ["Save your changes?"]
    assert not window.runner.is_busy()
    assert window.project is project and window.dirty
    assert window.stack.currentWidget() is window.results
    assert len(_autosaves()) == 1


@pytest.mark.parametrize("how", list(PATHS))
def test_discard_goes_on_and_deletes_the_autosave(qtbot, window, spreadsheet, other_file,
                                                  answers, monkeypatch, how):
    """Discard replaces (or closes) the project and the autosave is not offered back."""
    queue, asked = answers
    _dirty_project(qtbot, window, spreadsheet)
    old = window.project
    queue.append(SB.Discard)
    PATHS[how](window, other_file, monkeypatch)
    qtbot.waitUntil(lambda: not window.runner.is_busy(), timeout=TIMEOUT)
    assert asked == ["Save your changes?"]
    assert window.project is not old
    assert _autosaves() == []
    if how == "close":
        assert window.project is None and window.stack.currentWidget() is window.welcome
        assert window.windowTitle() == "DesktopSeg"
    else:
        assert Path(window.path).name == "other_shop.csv"


def test_save_writes_the_project_before_opening_another(qtbot, window, spreadsheet, other_file,
                                                        answers, monkeypatch, tmp_path):
    """Save asks where, writes the project with the note, then opens the other file."""
    from PySide6.QtWidgets import QFileDialog

    from desktopseg.core.project import load_project

    queue, asked = answers
    _dirty_project(qtbot, window, spreadsheet)
    target = tmp_path / "kept"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    queue.append(SB.Save)
    window.welcome.open_requested.emit(other_file)
    qtbot.waitUntil(lambda: not window.runner.is_busy(), timeout=TIMEOUT)
    saved = Path(str(target) + ".dseg")
    assert saved.exists()
    notes = [e["notes"] for e in load_project(saved).persona_edits.values()]
    assert "call in spring" in notes
    assert _autosaves() == []
    assert Path(window.path).name == "other_shop.csv"


def test_cancelled_save_dialog_stays(qtbot, window, spreadsheet, other_file, answers,
                                     monkeypatch):
    """Choosing Save and then cancelling the file dialog opens nothing and loses nothing."""
    from PySide6.QtWidgets import QFileDialog

    queue, _ = answers
    _dirty_project(qtbot, window, spreadsheet)
    project = window.project
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    queue.append(SB.Save)
    window.open_path(other_file)
    assert window.project is project and window.dirty and len(_autosaves()) == 1


def test_quit_with_cancel_stays_open(qtbot, window, spreadsheet, answers):
    """Quit asks too; Cancel keeps the window and the autosave."""
    queue, asked = answers
    _dirty_project(qtbot, window, spreadsheet)
    queue.append(SB.Cancel)
    window.close()
    assert window.isVisible() and asked == ["Save your changes?"] and len(_autosaves()) == 1


def test_clean_project_is_replaced_without_a_question(qtbot, window, spreadsheet, other_file,
                                                      answers):
    """No changes, no question."""
    _, asked = answers
    with qtbot.waitSignals([window.runner.busy_changed], timeout=TIMEOUT):
        window.open_path(spreadsheet)
    qtbot.waitUntil(lambda: not window.runner.is_busy(), timeout=TIMEOUT)
    with qtbot.waitSignal(window.preview_shown, timeout=TIMEOUT):
        window.open_path(other_file)
    assert asked == []
    assert window.windowTitle().startswith("other_shop.csv")
