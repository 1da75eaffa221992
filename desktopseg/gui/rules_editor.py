"""View > Your Own Groups…: named groups with a condition each, and a live count per group.

The dialog edits a RuleSet (core/segmentation/rules.py) over the file's own columns; every
change is counted again a moment later, on the same table and with the same function the
analysis uses, so the numbers shown are the numbers the groups will have. A condition that
can't be read shows its message with a caret under the place, and OK stays off until it is
fixed. The dialog only returns the rules; the window saves them in the project and re-runs.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtGui import QBrush, QColor, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktopseg.core.list_columns import rule_table
from desktopseg.core.segmentation.rules import (
    RuleError,
    RuleGroup,
    RuleSet,
    apply_rules,
    everyone_else,
    parse,
)
from desktopseg.gui.common import mute

#: Wait this long after a keystroke before counting again.
RECOUNT_MS = 250
NAME, WHEN, COUNT = range(3)


def quoted(column: str) -> str:
    """Return a column name as a condition needs it (double quotes when not a plain word)."""
    plain = column.replace("_", "a").isalnum() and not column[:1].isdigit()
    return column if plain else '"' + column.replace('"', '""') + '"'


class RulesEditor(QDialog):
    """Edit your own groups on ``customers`` (the analysis' customer table)."""

    def __init__(self, customers: pd.DataFrame, rules: dict[str, Any] | None = None,
                 parent: QWidget | None = None, grouped_by: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rules_editor")
        self.setWindowTitle(self.tr("Your Own Groups"))
        self.table = rule_table(customers)
        self.errors: dict[int, RuleError] = {}
        self._timer = QTimer(self, singleShot=True, interval=RECOUNT_MS)
        self._timer.timeout.connect(self.recount)

        lay = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Name your groups and say who belongs in each, using the columns of your file. "
            "A customer goes into the first group whose condition fits. Examples: "
            "<i>Kidhome + Teenhome &gt; 0</i> · <i>Marital_Status in ('Married', 'Together')"
            "</i> · <i>Income between 30000 and 60000</i> · <i>Education contains 'PhD'</i> · "
            "<i>Income is empty</i>."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.grouped_by_note = QLabel()
        self.grouped_by_note.setObjectName("grouped_by_note")
        self.grouped_by_note.setWordWrap(True)
        if grouped_by:
            # Both choices show in the same place: the last one made is the one shown.
            self.grouped_by_note.setText(self.tr(
                "<b>Customers are grouped by the column '{column}' now</b> (chosen when the "
                "file was read). OK puts your own groups in its place.").format(
                    column=grouped_by))
        self.grouped_by_note.setVisible(bool(grouped_by))
        lay.addWidget(self.grouped_by_note)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Your own groups"))
        form.addRow(self.tr("Name of this grouping:"), self.name_edit)
        lay.addLayout(form)

        middle = QHBoxLayout()
        self.grid = QTableWidget(0, 3)
        self.grid.setHorizontalHeaderLabels([self.tr("Group"), self.tr("Who is in it"),
                                             self.tr("Customers")])
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(WHEN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COUNT, QHeaderView.ResizeMode.ResizeToContents)
        self.grid.setColumnWidth(NAME, 170)
        self.grid.verticalHeader().setVisible(False)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.itemChanged.connect(self._edited)
        middle.addWidget(self.grid, 3)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Columns (double-click to add):")))
        self.columns = QListWidget()
        self.columns.addItems([str(c) for c in self.table.columns])
        self.columns.itemDoubleClicked.connect(self._insert_column)
        side.addWidget(self.columns)
        middle.addLayout(side, 1)
        lay.addLayout(middle, 1)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add group"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.add_button.clicked.connect(self.add_group)
        self.remove_button.clicked.connect(self.remove_group)
        self.up_button.clicked.connect(lambda: self.move_group(-1))
        self.down_button.clicked.connect(lambda: self.move_group(1))
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch()
        lay.addLayout(buttons)

        rest = QHBoxLayout()
        rest.addWidget(QLabel(self.tr("Everyone else:")))
        self.otherwise_edit = QLineEdit()
        self.otherwise_edit.setPlaceholderText(everyone_else())
        self.otherwise_edit.textChanged.connect(self._schedule)
        rest.addWidget(self.otherwise_edit, 1)
        self.otherwise_count = QLabel()
        self.otherwise_count.setObjectName("otherwise_count")
        rest.addWidget(self.otherwise_count)
        lay.addLayout(rest)

        self.message = QLabel()
        self.message.setObjectName("rule_message")
        self.message.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setWordWrap(False)
        lay.addWidget(self.message)
        self.total = mute(QLabel())
        lay.addWidget(self.total)

        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                    | QDialogButtonBox.StandardButton.Cancel)
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        lay.addWidget(self.box)
        self.resize(860, 520)
        self.set_rules(rules)

    # ---- content -------------------------------------------------------------------------------
    def set_rules(self, rules: dict[str, Any] | None) -> None:
        """Show ``rules`` (the RULES.json shape); one empty group when there are none."""
        rs = RuleSet.from_dict(rules) if rules else RuleSet()
        self.name_edit.setText(rs.name)
        self.otherwise_edit.setText(rs.otherwise)
        self.grid.blockSignals(True)
        self.grid.setRowCount(0)
        for g in rs.groups or [RuleGroup("", "")]:
            self._append(g.name, g.when)
        self.grid.blockSignals(False)
        self.recount()

    def rules(self) -> dict[str, Any]:
        """Return the groups on screen in the RULES.json shape (empty rows left out)."""
        groups = [RuleGroup(n or self.tr("Group {i}").format(i=i + 1), w)
                  for i, (n, w) in enumerate(self._rows()) if w.strip()]
        return RuleSet(self.name_edit.text().strip(), groups,
                       self.otherwise_edit.text().strip()).to_dict()

    def _rows(self) -> list[tuple[str, str]]:
        out = []
        for r in range(self.grid.rowCount()):
            name, when = self.grid.item(r, NAME), self.grid.item(r, WHEN)
            out.append(((name.text() if name else "").strip(), when.text() if when else ""))
        return out

    def _append(self, name: str, when: str) -> None:
        r = self.grid.rowCount()
        self.grid.insertRow(r)
        self.grid.setItem(r, NAME, QTableWidgetItem(name))
        self.grid.setItem(r, WHEN, QTableWidgetItem(when))
        count = QTableWidgetItem("")
        count.setFlags(Qt.ItemFlag.ItemIsEnabled)
        count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.grid.setItem(r, COUNT, count)

    # ---- editing -------------------------------------------------------------------------------
    @Slot()
    def add_group(self) -> None:
        """Add an empty group at the end and start editing its name."""
        self.grid.blockSignals(True)
        self._append(self.tr("Group {i}").format(i=self.grid.rowCount() + 1), "")
        self.grid.blockSignals(False)
        row = self.grid.rowCount() - 1
        self.grid.setCurrentCell(row, WHEN)
        self._schedule()

    @Slot()
    def remove_group(self) -> None:
        """Remove the selected group."""
        row = self.grid.currentRow()
        if row >= 0:
            self.grid.removeRow(row)
            self._schedule()

    def move_group(self, step: int) -> None:
        """Move the selected group up (-1) or down (+1): order decides who goes where."""
        row = self.grid.currentRow()
        other = row + step
        if row < 0 or not 0 <= other < self.grid.rowCount():
            return
        rows = self._rows()
        rows[row], rows[other] = rows[other], rows[row]
        self.grid.blockSignals(True)
        for r, (name, when) in enumerate(rows):
            self.grid.item(r, NAME).setText(name)
            self.grid.item(r, WHEN).setText(when)
        self.grid.blockSignals(False)
        self.grid.setCurrentCell(other, self.grid.currentColumn())
        self.recount()

    @Slot(object)
    def _insert_column(self, item) -> None:
        row = max(self.grid.currentRow(), 0)
        if self.grid.rowCount() == 0:
            self.add_group()
        cell = self.grid.item(row, WHEN)
        text = cell.text().rstrip()
        cell.setText((text + " " if text else "") + quoted(item.text()) + " ")

    @Slot(object)
    def _edited(self, item) -> None:
        if item.column() != COUNT:
            self._schedule()

    @Slot()
    def _schedule(self) -> None:
        self._timer.start()

    # ---- counting ------------------------------------------------------------------------------
    @Slot()
    def recount(self) -> None:
        """Count every group again; show the first problem with a caret under its place."""
        self._timer.stop()
        rows = self._rows()
        self.errors = {}
        valid: list[RuleGroup] = []
        valid_rows: list[int] = []
        for r, (name, when) in enumerate(rows):
            if not when.strip():
                continue
            try:
                parse(when, self.table.columns)
            except RuleError as exc:
                exc.group = name
                self.errors[r] = exc
                continue
            valid.append(RuleGroup(name or f"#{r + 1}", when))
            valid_rows.append(r)
        names = [g.name for g in valid]
        twice = {n for n in names if names.count(n) > 1}
        other = self.otherwise_edit.text().strip() or everyone_else()
        outcome = apply_rules(RuleSet("", valid, other), self.table) if not twice else None
        self.grid.blockSignals(True)
        for r in range(len(rows)):
            cell = self.grid.item(r, COUNT)
            when_cell = self.grid.item(r, WHEN)
            if r in self.errors:
                cell.setText(self.tr("can't read"))
                when_cell.setForeground(QBrush(QColor("#b00020")))
            else:
                when_cell.setForeground(QBrush())
                if outcome is not None and r in valid_rows:
                    cell.setText(f"{outcome.counts[valid[valid_rows.index(r)].name]:,}")
                else:
                    cell.setText("")
        self.grid.blockSignals(False)
        n = len(self.table)
        rest = outcome.counts[other] if outcome is not None else None
        self.otherwise_count.setText(self.tr("{n} customers").format(n=f"{rest:,}")
                                     if rest is not None else "")
        if self.errors:
            first = self.errors[min(self.errors)]
            self.message.setText(str(first))
        elif twice:
            self.message.setText(self.tr("Each group needs its own name; used twice: "
                                         "{names}.").format(names=", ".join(sorted(twice))))
        else:
            self.message.setText("")
        self.message.setVisible(bool(self.message.text()))
        self.total.setText(self.tr("{n} customers in all; each is counted in one group only.")
                           .format(n=f"{n:,}"))
        ok = self.box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not self.errors and not twice and bool(valid))

    def counts(self) -> dict[str, str]:
        """Return the count shown per group name (and for everyone else), as on screen."""
        out = {name: self.grid.item(r, COUNT).text() for r, (name, _w) in enumerate(self._rows())}
        out[self.otherwise_edit.text().strip() or everyone_else()] = \
            self.otherwise_count.text()
        return out


def edit_rules(window) -> bool:
    """Open the editor for ``window``'s result; on OK save the rules and analyse again.

    The rules go into the project's settings (saved with it) and are remembered for files
    with the same columns. Returns whether the rules were changed.
    """
    import dataclasses

    from desktopseg.core.rules_memory import remember_rules

    result = window.result
    if result is None:
        return False
    data = getattr(window, "data", None)
    mapping = getattr(data, "mapping", None)
    grouped_by = result.settings.group_by or getattr(mapping, "group_by", None)
    dialog = RulesEditor(result.customers, result.settings.custom_rules, window,
                         grouped_by=grouped_by)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    rules = dialog.rules()
    remember_rules(list(dialog.table.columns), rules)
    if mapping is not None and getattr(mapping, "group_by", None):
        mapping.group_by = None  # the owner's own groups take the grouping's place
    settings = dataclasses.replace(result.settings, custom_rules=rules, group_by=None)
    if window.project is not None:
        window.project.settings = settings
    window.dirty = True
    window.run_analysis(settings)
    return True


def offer_remembered_rules(window, data) -> None:
    """Use the groups saved for an earlier file with the same columns, and say so."""
    from desktopseg.core.rules_memory import columns_of, recall_rules

    columns = columns_of(data)
    rules = recall_rules(columns) if columns else None
    if rules is None or window.project is None:
        return
    window.project.settings.custom_rules = rules
    window.statusBar().showMessage(
        QCoreApplication.translate(
            "RulesEditor", "Your own groups from an earlier file with the same columns are "
            "used again (View > Your Own Groups… to change them)."), 15000)


if __name__ == "__main__":  # a preview on the shared mall list: python -m desktopseg.gui...
    import sys

    from PySide6.QtWidgets import QApplication

    from desktopseg.core import pipeline

    app = QApplication(sys.argv)
    result = pipeline.run(sys.argv[1] if len(sys.argv) > 1
                          else "/work/shared/data/mall_customers.csv")
    dialog = RulesEditor(result.customers, {"name": "Mall", "segments": [
        {"name": "Young big spenders", "when": 'Age < 35 and "SpendingScore (1-100)" > 60'},
        {"name": "Well off", "when": '"AnnualIncome (k$)" >= 70'}]})
    dialog.show()
    app.exec()
