"""Where file dialogs start, and the message shown after an export (Open / Show in folder).

Dialogs start in the last folder the user saved or exported to; before any save, in the folder
of the last file opened unless that is the bundled samples' folder (then the home folder).
Opening goes through QDesktopServices with a local file URL only: nothing leaves the computer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

SAVE_KEY = "paths/last_save_folder"
OPEN_KEY = "paths/last_folder"


def _existing(value) -> Path | None:
    if not value:
        return None
    p = Path(str(value))
    return p if p.is_dir() else None


def _is_bundled(folder: Path) -> bool:
    from desktopseg.gui.common import sample_workbooks

    try:
        samples = {p.parent.resolve() for p in sample_workbooks()}
        return folder.resolve() in samples
    except Exception:  # noqa: BLE001 - a start folder is a convenience only
        return False


def open_folder() -> Path:
    """Where an Open dialog starts: the folder of the last file opened."""
    s = QSettings()
    return _existing(s.value(OPEN_KEY)) or _existing(s.value(SAVE_KEY)) or Path.home()


def save_folder() -> Path:
    """Where a Save or Export dialog starts: the last folder saved to, never the samples."""
    s = QSettings()
    saved = _existing(s.value(SAVE_KEY))
    if saved is not None:
        return saved
    opened = _existing(s.value(OPEN_KEY))
    if opened is not None and not _is_bundled(opened):
        return opened
    docs = Path.home() / "Documents"
    return docs if docs.is_dir() else Path.home()


def remember_save(path: str | Path) -> None:
    """Remember the folder of a file (or the folder) just saved or exported to."""
    p = Path(path)
    QSettings().setValue(SAVE_KEY, str(p if p.is_dir() else p.parent))


def open_local(path: str | Path) -> bool:
    """Open a local file or folder with the system's program for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).resolve())))


class ExportDoneBox(QMessageBox):
    """A non-blocking "Written to …" message with Open and Show in folder."""

    def __init__(self, path: str | Path, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("Export finished"))
        self.setText(text)
        self.open_button: QPushButton | None = None
        if self.path.is_file():
            self.open_button = self.addButton(self.tr("Open"), QMessageBox.ButtonRole.ActionRole)
            self.open_button.clicked.connect(self.open_file)
        self.folder_button = self.addButton(self.tr("Show in folder"),
                                            QMessageBox.ButtonRole.ActionRole)
        self.folder_button.clicked.connect(self.show_folder)
        self.addButton(QMessageBox.StandardButton.Close)
        self.setModal(False)

    @Slot()
    def open_file(self) -> None:
        """Open the written file."""
        open_local(self.path)
        self.accept()

    @Slot()
    def show_folder(self) -> None:
        """Show the folder the file was written to."""
        open_local(self.path if self.path.is_dir() else self.path.parent)
        self.accept()


def show_export_done(parent: QWidget, path: str | Path, text: str) -> ExportDoneBox:
    """Show the message without blocking the window; return it (tests click its buttons)."""
    box = ExportDoneBox(path, text, parent)
    box.setObjectName("exportDone")
    box.open()
    return box


def export_list(parent: QWidget, title: str, suggested: str, write) -> str | None:
    """Save a CSV list where the user chooses; return the path written, or None.

    The dialog starts in the last folder saved to; ``write(path)`` writes the list; afterwards
    Open / Show in folder are offered, and a disk error is said plainly.
    """
    from PySide6.QtWidgets import QFileDialog

    from desktopseg.core.errors import UserError
    from desktopseg.gui.common import show_error

    path, _f = QFileDialog.getSaveFileName(
        parent, title, str(save_folder() / suggested),
        QCoreApplication.translate("export_done", "CSV file (*.csv)"))
    if not path:
        return None
    try:
        write(path)
    except OSError as exc:
        show_error(parent, UserError(
            QCoreApplication.translate("export_done", "The list could not be saved: {error}")
            .format(error=exc.strerror or exc),
            hint=QCoreApplication.translate("export_done", "Choose another folder or file name."),
            file=path))
        return None
    remember_save(path)
    show_export_done(parent, path, QCoreApplication.translate(
        "export_done", "The list was saved to {path}.").format(path=path))
    return path

