"""One "Save your changes?" guard for every path that replaces or closes the current project.

Open, Open Recent, a sample, a dropped file, File > Close, re-reading the file from the column
preview and quitting all call :func:`confirm_replace` first. The project's autosave is deleted
only once the user has saved or chosen to discard; Cancel leaves everything as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox


def _tr(text: str) -> str:
    return QCoreApplication.translate("UnsavedChanges", text)


def confirm_replace(window, *, closing: bool = False) -> bool:
    """Ask to save unsaved changes; True when the caller may go on (saved or discarded)."""
    if not getattr(window, "dirty", False) or window.project is None:
        return True
    text = (_tr("Your persona names, notes or settings have changed. Save the project before "
                "closing?") if closing else
            _tr("Your persona names, notes or settings have changed. Save the project before "
                "opening another one?"))
    buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
               | QMessageBox.StandardButton.Cancel)
    answer = QMessageBox.question(window, _tr("Save your changes?"), text, buttons,
                                  QMessageBox.StandardButton.Save)
    if answer == QMessageBox.StandardButton.Save:
        window.runner.cancel()
        window.runner.wait()
        window._save_now()  # asks where when the project was never saved
        return not window.dirty  # the save dialog was cancelled or failed: stay
    if answer == QMessageBox.StandardButton.Discard:
        discard(window)
        return True
    return False  # Cancel, or the box was closed


def discard(window) -> None:
    """Forget the unsaved changes: the autosave is not offered back next time."""
    window.dirty = False
    window._autosave_timer.stop()
    if window.project is not None:
        try:
            from desktopseg.core.project import discard_autosave

            discard_autosave(window.project)
        except Exception:  # noqa: BLE001,S110 - discarding must never stop the user
            pass
