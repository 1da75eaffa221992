"""File > Clients…: the practice's clients, one row each, and "Refresh all" (issue 18).

A table of clients (name, where their exports arrive, last export, last run, a one-line
summary); Add… and Remove… (asks first: removing deletes the client's autosaves, remembered
mapping and runs); "Refresh all" runs every client one after another through the app's one
worker (core.clients.refresh_clients in the worker's child process), with one progress bar,
each client's problem listed as soon as that client is finished (the refresh saves each
client's record as it goes, marked with the refresh's id; the view reads it back when the bar
moves on to the next client), and Cancel that works at any point. Each refreshed client has
its own project (.dseg); Open (or a double-click on the row) opens it in the main window
through the window's usual open path, which asks to save unsaved work first.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import QSettings, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktopseg.core.clients import Registry
from desktopseg.core.errors import UserError
from desktopseg.gui.worker import TaskRunner

#: QSettings key of the practice's name (printed on every report page).
PRACTICE_KEY = "clients/practice"


def _when(iso: str) -> str:
    if not iso:
        return ""
    try:
        return datetime.fromisoformat(iso).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


class ClientsView(QDialog):
    """The clients of the practice and their refresh."""

    def __init__(self, parent: QWidget | None = None, runner: TaskRunner | None = None,
                 with_pdf: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clients"))
        self.resize(980, 520)
        self.registry = Registry.load()
        self.with_pdf = with_pdf
        # Its own runner: a refresh must not cancel the analysis open in the main window.
        self.runner = runner or TaskRunner(self)
        self.runner.progress.connect(self._on_progress)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.runner.cancelled.connect(self._on_cancelled)
        self.runner.busy_changed.connect(self._on_busy)

        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Client"), self.tr("Exports arrive in"), self.tr("Last export"),
            self.tr("Last run"), self.tr("Summary")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.cellDoubleClicked.connect(self._on_double_click)
        #: The project the user chose to open; the main window opens it once this closes.
        self.chosen_project: str | None = None
        self._refresh_id = ""
        self._listed: set[str] = set()  # clients of this refresh already shown as finished
        self._last_step = ""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        self.practice = QLineEdit(self)
        self.practice.setPlaceholderText(self.tr("Your practice's name, printed on each report"))
        self.practice.setText(str(QSettings().value(PRACTICE_KEY, "") or ""))
        self.practice.editingFinished.connect(self._remember_practice)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.remove_button = QPushButton(self.tr("Remove…"), self)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setToolTip(self.tr("Open the client's last results in the main window"))
        self.refresh_button = QPushButton(self.tr("Refresh all"), self)
        self.refresh_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.step = QLabel(self)
        self.problems = QListWidget(self)
        self.problems.setMaximumHeight(110)
        self.problems.setWordWrap(True)
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems_label = QLabel(self.tr("Problems"), self)

        self.add_button.clicked.connect(self.add_client)
        self.remove_button.clicked.connect(self.remove_client)
        self.open_button.clicked.connect(self.open_client)
        self.refresh_button.clicked.connect(self.refresh_all)
        self.cancel_button.clicked.connect(self.cancel)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(QLabel(self.tr("Practice:"), self))
        buttons.addWidget(self.practice, 1)
        buttons.addWidget(self.refresh_button)
        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        layout.addWidget(self.step)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems)
        self._on_busy(False)
        self.fill()

    # ---- table ------------------------------------------------------------------------------
    def fill(self) -> None:
        """Show the registry's clients, one row each."""
        self.table.setRowCount(len(self.registry.clients))
        for row, c in enumerate(self.registry.clients):
            summary = c.summary if not c.problem else self.tr("Needs fixing: {problem}").format(
                problem=c.problem)
            values = [c.name, c.folder, c.last_export, _when(c.last_run), summary]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                if col == 4:
                    item.setToolTip(summary)
                self.table.setItem(row, col, item)
        self.problems_label.setVisible(self.problems.count() > 0)
        self.problems.setVisible(self.problems.count() > 0)

    def selected_id(self) -> str | None:
        """Return the id of the selected client, or None."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)

    # ---- add / remove -----------------------------------------------------------------------
    @Slot()
    def add_client(self) -> None:
        """Ask for a name, a folder and the till system; add the client."""
        name, ok = QInputDialog.getText(self, self.tr("Add a client"), self.tr("Client's name:"))
        if not ok or not name.strip():
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Where do {name}'s exports arrive?").format(name=name))
        if not folder:
            return
        pos, _ok = QInputDialog.getText(
            self, self.tr("Add a client"),
            self.tr("Their till or accounting system (optional, e.g. Square, QuickBooks):"))
        self.add(name, folder, pos)

    def add(self, name: str, folder: str, pos: str = "") -> None:
        """Add a client without dialogs (the dialogs' last step; tests call it directly)."""
        try:
            self.registry.add(name, folder, pos)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Add a client"), str(exc))
            return
        self.registry.save()
        self.fill()

    @Slot()
    def remove_client(self) -> None:
        """Ask, then remove the selected client with its autosaves and remembered mapping."""
        client = self.registry.get(self.selected_id() or "")
        if client is None or self.runner.is_busy():
            return
        answer = QMessageBox.question(
            self, self.tr("Remove client"),
            self.tr("Remove {name}? Their autosaves, remembered column mapping and past runs "
                    "kept by the app are deleted. Their own export files are not touched.")
            .format(name=client.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.registry.remove(client.id)
        self.registry.save()
        self.fill()

    # ---- open -------------------------------------------------------------------------------
    @Slot(int, int)
    def _on_double_click(self, row: int, _column: int) -> None:
        self.table.selectRow(row)
        self.open_client()

    @Slot()
    def open_client(self) -> None:
        """Close this view and have the main window open the selected client's project."""
        client = self.registry.get(self.selected_id() or "")
        if client is None or self.runner.is_busy():
            return
        if not client.project_path.exists():
            self.step.setText(self.tr("{name} has no results yet: click Refresh all first.")
                              .format(name=client.name))
            return
        self.chosen_project = str(client.project_path)
        self.accept()

    # ---- refresh ----------------------------------------------------------------------------
    @Slot()
    def refresh_all(self) -> None:
        """Run every client one after another in the background."""
        from desktopseg.gui.clients_jobs import refresh_all

        if not self.registry.clients or self.runner.is_busy():
            return
        self._remember_practice()
        self.problems.clear()
        self._listed.clear()
        self._last_step = ""
        self._refresh_id = uuid.uuid4().hex
        self.progress.setValue(0)
        self.step.setText(self.tr("Starting…"))
        self.runner.start(refresh_all, list(self.registry.clients), self.practice.text().strip(),
                          self.with_pdf, refresh_id=self._refresh_id)

    def _show_finished(self) -> None:
        """Show the clients this refresh has finished so far: their rows and their problems."""
        registry = Registry.load()
        new = [c for c in registry.clients
               if c.last_refresh == self._refresh_id and c.id not in self._listed]
        if not new:
            return
        for c in new:
            self._listed.add(c.id)
            if c.problem:
                self._add_problem(c.name, c.problem, c.hint)
        self.registry = registry
        self.fill()

    def _add_problem(self, name: str, problem: str, hint: str) -> None:
        self.problems.addItem(f"{name}: {problem}" + (f" {hint}" if hint else ""))
        self.problems.scrollToBottom()

    @Slot()
    def _remember_practice(self) -> None:
        QSettings().setValue(PRACTICE_KEY, self.practice.text().strip())

    @Slot()
    def cancel(self) -> None:
        """Stop the refresh; clients finished so far keep their results."""
        self.runner.cancel()

    @Slot(str, float)
    def _on_progress(self, step: str, fraction: float) -> None:
        self.progress.setValue(int(fraction * 1000))
        self.step.setText(step)
        if step != self._last_step:  # the next client has started: the last one is recorded
            self._last_step = step
            self._show_finished()

    @Slot(bool)
    def _on_busy(self, busy: bool) -> None:
        self.refresh_button.setEnabled(not busy)
        self.add_button.setEnabled(not busy)
        self.remove_button.setEnabled(not busy)
        self.open_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)

    @Slot(object)
    def _on_finished(self, outcome) -> None:
        self._show_finished()
        self.registry = Registry.load()  # the refresh saved each client as it finished
        for r in outcome.problems:
            if r.client_id not in self._listed:  # e.g. removed from the registry meanwhile
                self._listed.add(r.client_id)
                self._add_problem(r.name, r.problem, r.hint)
        done = len(outcome.clients) - len(outcome.problems)
        if outcome.cancelled:
            text = (self.tr("Stopped after 1 client.") if done == 1
                    else self.tr("Stopped after {n} clients."))
        else:
            text = (self.tr("1 client refreshed.") if done == 1
                    else self.tr("{n} clients refreshed."))
        self.step.setText(text.format(n=done))
        self.fill()

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        self.step.setText(self.tr("The refresh stopped: {error}").format(error=exc))

    @Slot()
    def _on_cancelled(self) -> None:
        self._show_finished()
        self.registry = Registry.load()  # clients finished before the cancel keep their run
        self.fill()
        self.step.setText(self.tr("Stopped."))

    def done(self, result: int) -> None:  # noqa: D102 - closing cancels and waits
        self.runner.shutdown()
        super().done(result)


if __name__ == "__main__":  # a look at the screen: python -m desktopseg.gui.clients_view
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    view = ClientsView()
    view.show()
    sys.exit(app.exec())
