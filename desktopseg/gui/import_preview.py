"""The import preview: what the importer saw, with every decision open to change.

Shows the sheet (with a chooser), the header row, each column's role (a drop-down per column),
the recognised export format, how dates are read, the problems found and the first cleaned rows.
Changing the sheet, header row or date order re-reads the file; Continue analyses with the
mapping as shown. A sheet or file joined on the customer (a Service log, a Customers sheet) has
its own section in the column table, with its columns' roles and a tick box to leave it out;
"Group customers by" picks a text column of the customer whose values become the groups.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStyle,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktopseg.gui.common import fmt_number, mute, role_labels
from desktopseg.gui.models import DataFrameModel
from desktopseg.gui.role_check import check_role, column_values, friendly_reason
from desktopseg.gui.wheel_guard import prefer_click_focus

if TYPE_CHECKING:
    from desktopseg.core.model import ImportOptions, ImportResult

#: Canonical columns worth showing in the preview, in this order.
_PREVIEW_COLUMNS = (
    "source_row", "customer_key", "customer_name", "email", "date", "order_id", "amount",
    "quantity", "product", "category", "channel", "cost", "is_refund",
    # customer lists (issue 12): the totals the list states or adds up
    "order_count", "lifetime_spend", "first_purchase", "last_purchase", "date_joined",
    "recency_days",
)
PREVIEW_ROWS = 50


class ImportPreviewPage(QWidget):
    """Shows one ImportResult and collects the user's corrections."""

    reload_requested = Signal(object)  # ImportOptions: read the file again with these choices
    continue_requested = Signal(object)  # ImportOptions, or None when nothing was changed
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: ImportResult | None = None
        self._path: str | None = None
        self._updating = False
        self.date_ambiguous = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        self.title = QLabel()
        f = self.title.font()
        f.setPointSizeF(f.pointSizeF() * 1.5)
        f.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(f)
        outer.addWidget(self.title)
        self.format_label = QLabel()
        self.format_label.setWordWrap(True)
        outer.addWidget(self.format_label)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        sheet_row = QHBoxLayout()
        self.sheet_combo = QComboBox()
        self.sheet_combo.setMinimumContentsLength(18)
        self.sheet_combo.activated.connect(self._on_choice_changed)
        sheet_row.addWidget(self.sheet_combo)
        self.sheet_reason = QLabel()
        mute(self.sheet_reason)
        # A long reason must neither widen the window nor wrap (QFormLayout clips wrapped rows):
        # it is cut at the window's edge and shown whole in its tooltip and in the problems list.
        self.sheet_reason.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sheet_row.addWidget(self.sheet_reason, 1)
        form.addRow(self.tr("Sheet:"), sheet_row)
        self.header_spin = QSpinBox()
        self.header_spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.header_spin.setRange(1, 1000)
        self.header_spin.setToolTip(self.tr("The row that holds the column titles"))
        self.header_spin.editingFinished.connect(self._on_header_changed)
        form.addRow(self.tr("Column titles in row:"), self.header_spin)
        date_row = QHBoxLayout()
        self.date_combo = QComboBox()
        for text, value in (
            (self.tr("Automatic"), None),
            (self.tr("Day first (31/12/2024)"), "DMY"),
            (self.tr("Month first (12/31/2024)"), "MDY"),
            (self.tr("Year first (2024-12-31)"), "YMD"),
        ):
            self.date_combo.addItem(text, value)
        self.date_combo.activated.connect(self._on_choice_changed)
        for combo in (self.sheet_combo, self.date_combo, self.header_spin):
            prefer_click_focus(combo)
        for combo in (self.sheet_combo, self.date_combo):
            combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        date_row.addWidget(self.date_combo)
        self.date_label = QLabel()
        self.date_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        date_row.addWidget(self.date_label, 1)
        form.addRow(self.tr("Dates:"), date_row)
        # A text column of the customer (Customer Type) whose values become the groups.
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("groupBy")
        self.group_combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.group_combo.setToolTip(self.tr(
            "Your customers are also put in one group per value of this column"))
        prefer_click_focus(self.group_combo)
        form.addRow(self.tr("Group customers by:"), self.group_combo)
        outer.addLayout(form)
        # Outside the form: a QFormLayout row clips a wrapped label to one line's height.
        self.rows_label = QLabel()
        self.rows_label.setObjectName("rows")
        self.rows_label.setWordWrap(True)
        outer.addWidget(self.rows_label)
        # A second sheet or file joined on the customer: say so, and what it adds.
        self.joined_label = QLabel()
        self.joined_label.setObjectName("joined")
        self.joined_label.setWordWrap(True)
        self.joined_label.hide()
        outer.addWidget(self.joined_label)

        split = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.columns = QTableWidget(0, 3)
        self.columns.setObjectName("columns")
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column in your file"), self.tr("Used as"), self.tr("Why")]
        )
        self.columns.verticalHeader().setVisible(False)
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        hh = self.columns.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        hh.setStretchLastSection(True)
        top_layout.addWidget(self.columns, 3)
        problems_box = QVBoxLayout()
        problems_box.addWidget(QLabel(self.tr("Things we noticed")))
        self.problems = QListWidget()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        problems_box.addWidget(self.problems)
        top_layout.addLayout(problems_box, 2)
        split.addWidget(top)
        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(QLabel(self.tr("First rows as they will be analysed")))
        self.preview = QTableView()
        self.preview.setObjectName("preview")
        self.preview_model = DataFrameModel(parent=self, money_columns=("amount", "cost"),
                                            headers=self._preview_headers())
        self.preview.setModel(self.preview_model)
        self.preview.verticalHeader().setVisible(False)
        bl.addWidget(self.preview)
        split.addWidget(bottom)
        split.setSizes([300, 200])
        outer.addWidget(split, 1)

        # Choices that contradict a column's content, said before Continue (role_check.py).
        self.role_warning = QLabel()
        self.role_warning.setObjectName("roleWarning")
        self.role_warning.setWordWrap(True)
        self.role_warning.setStyleSheet("color: #b00020;")
        self.role_warning.hide()
        outer.addWidget(self.role_warning)

        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.clicked.connect(self.back_requested)
        buttons.addWidget(self.back_button)
        buttons.addStretch()
        self.continue_button = QPushButton(self.tr("Continue"))
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self._on_continue)
        buttons.addWidget(self.continue_button)
        outer.addLayout(buttons)

    def _preview_headers(self) -> dict[str, str]:
        labels = role_labels()
        headers = {c: labels.get(c, c) for c in _PREVIEW_COLUMNS}
        headers.update({
            "source_row": self.tr("Row in file"),
            "customer_key": self.tr("Customer (as grouped)"),
            "amount": self.tr("Amount"),
            "is_refund": self.tr("Refund"),
        })
        return headers

    # ---- showing -------------------------------------------------------------------------------
    def set_import(self, path: str, data: ImportResult) -> None:
        """Show what the importer made of ``path``."""
        self._path, self._data = path, data
        rep = data.report
        self._updating = True
        try:
            from desktopseg.gui.several import display_name

            self.title.setText(self.tr("Check how {name} was read").format(
                name=display_name(path)))
            if rep.format:
                self.format_label.setText(
                    self.tr("Recognised as a {format} export.").format(format=rep.format)
                )
            else:
                self.format_label.setText(self.tr(
                    "Not an export we know by name, so the columns were recognised from their "
                    "titles and contents. Please check them."
                ))
            self.sheet_combo.clear()
            sheets = rep.sheets or ([rep.sheet] if rep.sheet else [])
            for s in sheets:
                self.sheet_combo.addItem(s, s)
            if rep.sheet:
                self.sheet_combo.setCurrentIndex(max(self.sheet_combo.findData(rep.sheet), 0))
            self.sheet_combo.setEnabled(len(sheets) > 1)
            self.sheet_reason.setText(rep.sheet_reason or "")
            self.sheet_reason.setToolTip(rep.sheet_reason or "")
            self.header_spin.setValue(rep.header_row or 1)
            self.date_combo.setCurrentIndex(
                max(self.date_combo.findData(data.mapping.date_order), 0)
            )
            date_col = data.mapping.column_for("date")
            self.date_ambiguous = any(
                p.severity == "warning" and p.column and p.column == date_col
                for p in rep.problems)
            text = (self.tr("read as {format}").format(format=rep.date_format)
                    if rep.date_format else "")
            if self.date_ambiguous:
                # The importer could read these dates both ways: make the choice stand out.
                text = self.tr("<b>Please check:</b> these dates could be day-first or "
                               "month-first; {read}").format(read=text)
            self.date_label.setText(text)
            self.rows_label.setText(self._rows_text(rep))
            joined = self._joined_text(data)
            self.joined_label.setText(joined)
            self.joined_label.setVisible(bool(joined))
            self._fill_columns(data)
            self._fill_group_by(data)
            self._fill_problems(rep)
            tx = data.transactions if data.transactions is not None else data.customers
            if tx is not None:
                cols = [c for c in _PREVIEW_COLUMNS if c in tx.columns] or list(tx.columns)
                self.preview_model.set_frame(tx.head(PREVIEW_ROWS)[cols])
                self.preview.resizeColumnsToContents()
        finally:
            self._updating = False

    def _rows_text(self, rep) -> str:
        parts = [self.tr("Rows: {read} read, {kept} kept").format(
            read=fmt_number(rep.rows_read), kept=fmt_number(rep.rows_kept))]
        for reason, n in rep.dropped.items():
            parts.append(self.tr("{n} left out: {reason}").format(n=fmt_number(n), reason=reason))
        if rep.anonymous_rows:
            parts.append(self.tr("{n} sales without a customer (walk-ins) counted but not "
                                 "grouped").format(n=fmt_number(rep.anonymous_rows)))
        if rep.files:
            n = len(rep.files)
            parts.append(self.tr("1 file read") if n == 1
                         else self.tr("{n} files read together").format(n=n))
        return "; ".join(parts)

    def _joined_text(self, data: ImportResult) -> str:
        """Say which sheet or file was joined on the customer and what it adds, if any."""
        source = data.report.customer_source
        left = [j["label"] for j in data.report.joined if not j.get("used")]
        if left and not source:
            return self.tr("Left out: {sources}.").format(sources=", ".join(left))
        if not source or data.customers is None or data.transactions is None:
            return ""
        labels = role_labels()
        own = set(data.transactions.columns)
        added = [labels.get(c, c) for c in data.customers.columns
                 if c not in own and c in labels]
        text = self.tr("Also read: {source}.").format(source=source)
        if added:
            text += " " + self.tr("It adds: {columns}.").format(columns=", ".join(added))
        if data.report.joined:
            text += " " + self.tr("Its columns are listed below the file's own; untick it to "
                                  "leave it out.")
        return text

    def _fill_columns(self, data: ImportResult) -> None:
        labels = role_labels()
        from desktopseg.core.model import ALL_ROLES

        info = {c.name: c for c in data.report.columns}
        names = list(info) or list(data.mapping.roles)
        joined = data.report.joined
        self.columns.clearSpans()
        self.columns.setRowCount(len(names) + sum(1 + len(j["columns"]) for j in joined))
        self._joined_boxes: dict[str, QCheckBox] = {}
        for row, name in enumerate(names):
            self.columns.setItem(row, 0, QTableWidgetItem(name))
            role = data.mapping.roles.get(name, info[name].role if name in info else None)
            combo = self._role_combo(name, role, row, labels, ALL_ROLES)
            combo.setObjectName(f"role:{name}")
            self.columns.setCellWidget(row, 1, combo)
            item = QTableWidgetItem(self._why(name))
            item.setToolTip(item.text())
            self.columns.setItem(row, 2, item)
        row = len(names)
        for j in joined:  # each joined sheet or file: a heading row, then its columns
            self._joined_heading(row, j)
            row += 1
            for c in j["columns"]:
                from_text = self.tr("From {source}").format(source=j["label"])
                item = QTableWidgetItem("    " + c["name"])
                item.setToolTip(from_text)
                self.columns.setItem(row, 0, item)
                combo = self._role_combo(c["name"], c["role"], row, labels, ALL_ROLES)
                combo.setObjectName(f"joined:{j['name']}:{c['name']}")
                combo.setProperty("source", j["name"])
                combo.setToolTip(from_text)
                combo.setEnabled(bool(j.get("used")))
                self.columns.setCellWidget(row, 1, combo)
                why = QTableWidgetItem(self._joined_why(c))
                why.setToolTip(why.text())
                self.columns.setItem(row, 2, why)
                row += 1
        self.columns.resizeColumnsToContents()
        self._check_roles()

    def _role_combo(self, name: str, role, row: int, labels, roles) -> QComboBox:
        """Return a wheel-safe "Used as" drop-down for column ``name`` showing ``role``."""
        combo = QComboBox()
        combo.addItem(self.tr("(not used)"), None)
        for r in roles:
            combo.addItem(labels.get(r, r), r)
        combo.setCurrentIndex(max(combo.findData(role), 0))
        combo.setProperty("column", name)
        combo.setProperty("row", row)
        prefer_click_focus(combo)
        combo.currentIndexChanged.connect(self._on_role_changed)
        return combo

    def _joined_heading(self, row: int, joined: dict) -> None:
        """Add the heading row of a joined sheet or file: its name and a tick box to use it."""
        box = QCheckBox(self.tr("Use {source}, joined on the customer").format(
            source=joined["label"]))
        box.setObjectName(f"use:{joined['name']}")
        box.setChecked(bool(joined.get("used")))
        f = box.font()
        f.setWeight(QFont.Weight.DemiBold)
        box.setFont(f)
        box.setProperty("source", joined["name"])
        box.toggled.connect(self._on_use_toggled)
        holder = QWidget()
        lay = QHBoxLayout(holder)
        lay.setContentsMargins(6, 2, 6, 2)
        lay.addWidget(box)
        lay.addStretch()
        self.columns.setSpan(row, 0, 1, 3)
        for col in range(3):  # empty cells under the span: every row reads like the others
            self.columns.setItem(row, col, QTableWidgetItem(""))
        self.columns.setCellWidget(row, 0, holder)
        self._joined_boxes[joined["name"]] = box

    def _joined_why(self, c: dict) -> str:
        why = friendly_reason(c.get("reason", ""), c.get("role"))
        if c.get("role"):
            why = self.tr("{reason} (sure: {pct})").format(
                reason=why or self.tr("detected"), pct=f"{round(c['confidence'] * 100)}%")
        return why

    def _fill_group_by(self, data: ImportResult) -> None:
        self.group_combo.clear()
        self.group_combo.addItem(self.tr("(no grouping)"), None)
        for column in data.report.group_columns:
            self.group_combo.addItem(column, column)
        chosen = getattr(data.mapping, "group_by", None)
        if chosen and self.group_combo.findData(chosen) < 0:
            self.group_combo.addItem(chosen, chosen)
        self.group_combo.setCurrentIndex(max(self.group_combo.findData(chosen), 0))
        self.group_combo.setEnabled(self.group_combo.count() > 1)

    @Slot(bool)
    def _on_use_toggled(self, used: bool) -> None:
        """Enable or grey out the drop-downs of a joined sheet as it is used or left out."""
        source = self.sender().property("source")
        for row in range(self.columns.rowCount()):
            combo = self.columns.cellWidget(row, 1)
            if isinstance(combo, QComboBox) and combo.property("source") == source:
                combo.setEnabled(used)

    def _why(self, name: str) -> str:
        """Return the importer's reason for the role of ``name``, in plain words."""
        c = next((c for c in self._data.report.columns if c.name == name), None) \
            if self._data is not None else None
        if c is None:
            return ""
        why = friendly_reason(c.reason, c.role)
        if c.role:
            why = self.tr("{reason} (sure: {pct})").format(
                reason=why or self.tr("detected"), pct=f"{round(c.confidence * 100)}%")
        return why

    def role_warnings(self) -> dict[str, str]:
        """Column -> warning for every chosen role that contradicts the column's content."""
        if self._data is None:
            return {}
        info = {c.name: c for c in self._data.report.columns}
        out = {}
        for column, role in self.chosen_roles().items():
            c = info.get(column)
            detected = c.role if c is not None else self._data.mapping.roles.get(column)
            warning = check_role(column, role, detected, c.confidence if c else 0.0,
                                 column_values(self._data, column))
            if warning:
                out[column] = warning
        for source, roles in self.chosen_joined().items():
            if source in self.left_out():
                continue
            detected = {c["name"]: c for j in self._data.report.joined if j["name"] == source
                        for c in j["columns"]}
            values = self._data.customers
            for column, role in roles.items():
                c = detected.get(column, {})
                col = "col:" + column
                warning = check_role(column, role, c.get("role"), c.get("confidence", 0.0),
                                     values[col].head(2000) if values is not None
                                     and col in values else None)
                if warning:
                    out[f"{source}:{column}"] = warning
        return out

    def _check_roles(self) -> None:
        warnings = self.role_warnings()
        self.role_warning.setText("\n".join(warnings.values()))
        self.role_warning.setVisible(bool(warnings))

    @Slot()
    def _on_role_changed(self) -> None:
        """Say why the row now has its role (the user's choice, or a warning) — never stale."""
        combo = self.sender()
        if self._updating or self._data is None or not isinstance(combo, QComboBox):
            return
        row, name = combo.property("row"), combo.property("column")
        if combo.property("source"):
            self._on_joined_role_changed(combo)
            return
        c = next((c for c in self._data.report.columns if c.name == name), None)
        detected = c.role if c is not None else None
        if combo.currentData() == detected:
            text = self._why(name)
        else:
            text = check_role(name, combo.currentData(), detected,
                              c.confidence if c else 0.0, column_values(self._data, name)) \
                or self.tr("You chose this")
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        self.columns.setItem(row, 2, item)
        self._check_roles()

    def _on_joined_role_changed(self, combo: QComboBox) -> None:
        source, name, row = combo.property("source"), combo.property("column"), \
            combo.property("row")
        c = next((c for j in self._data.report.joined if j["name"] == source
                  for c in j["columns"] if c["name"] == name), {})
        if combo.currentData() == c.get("role"):
            text = self._joined_why(c)
        else:
            values = self._data.customers
            col = "col:" + name
            text = check_role(name, combo.currentData(), c.get("role"),
                              c.get("confidence", 0.0),
                              values[col].head(2000) if values is not None and col in values
                              else None) or self.tr("You chose this")
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        self.columns.setItem(row, 2, item)
        self._check_roles()

    def _fill_problems(self, rep) -> None:
        self.problems.clear()
        icons = {
            "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
            "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
        }
        if rep.sheet and len(rep.sheets) > 1:
            item = QListWidgetItem(self.tr("Sheet '{sheet}' was chosen: {reason}").format(
                sheet=rep.sheet, reason=rep.sheet_reason or self.tr("it has the most data")))
            item.setIcon(self.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxInformation))
            self.problems.addItem(item)
        from desktopseg.gui.several import files_text

        for line in files_text(rep):  # lines taken from each file, and the overlaps
            item = QListWidgetItem(line)
            item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon))
            self.problems.addItem(item)
        for p in rep.problems:
            where = []
            if p.row:
                where.append(self.tr("row {row}").format(row=p.row))
            if p.column:
                where.append(self.tr("column '{column}'").format(column=p.column))
            text = p.message + (f" ({', '.join(where)})" if where else "")
            item = QListWidgetItem(text)
            pix = icons.get(p.severity, QStyle.StandardPixmap.SP_MessageBoxInformation)
            item.setIcon(self.style().standardIcon(pix))
            self.problems.addItem(item)
        if self.problems.count() == 0:
            self.problems.addItem(self.tr("Nothing unusual."))

    # ---- choices -------------------------------------------------------------------------------
    def chosen_roles(self) -> dict[str, str | None]:
        """Return column -> role as the drop-downs show it now."""
        roles: dict[str, str | None] = {}
        for row in range(self.columns.rowCount()):
            combo = self.columns.cellWidget(row, 1)
            if isinstance(combo, QComboBox) and not combo.property("source"):
                roles[combo.property("column")] = combo.currentData()
        return roles

    def chosen_joined(self) -> dict[str, dict[str, str | None]]:
        """Return {joined sheet or file: {column: role}} as the drop-downs show it now."""
        out: dict[str, dict[str, str | None]] = {}
        for row in range(self.columns.rowCount()):
            combo = self.columns.cellWidget(row, 1)
            if isinstance(combo, QComboBox) and combo.property("source"):
                out.setdefault(combo.property("source"), {})[combo.property("column")] = \
                    combo.currentData()
        return out

    def left_out(self) -> list[str]:
        """Return the joined sheets or files the user unticked."""
        return [name for name, box in getattr(self, "_joined_boxes", {}).items()
                if not box.isChecked()]

    def set_joined_role(self, source: str, column: str, role: str | None) -> None:
        """Set the drop-down of ``column`` of the joined ``source`` (tests, keyboard users)."""
        for row in range(self.columns.rowCount()):
            combo = self.columns.cellWidget(row, 1)
            if (isinstance(combo, QComboBox) and combo.property("source") == source
                    and combo.property("column") == column):
                combo.setCurrentIndex(max(combo.findData(role), 0))

    def group_by(self) -> str | None:
        """Return the column chosen to group customers by, or None."""
        return self.group_combo.currentData()

    def set_role(self, column: str, role: str | None) -> None:
        """Set the drop-down of ``column`` (tests and keyboard users)."""
        for row in range(self.columns.rowCount()):
            combo = self.columns.cellWidget(row, 1)
            if (isinstance(combo, QComboBox) and not combo.property("source")
                    and combo.property("column") == column):
                combo.setCurrentIndex(max(combo.findData(role), 0))

    def options(self, *, keep_mapping: bool = True) -> ImportOptions:
        """Return the ImportOptions for the choices on screen."""
        from desktopseg.core.model import ImportOptions

        assert self._data is not None
        sheet = self.sheet_combo.currentData()
        date_order = self.date_combo.currentData()
        mapping = None
        if keep_mapping:
            mapping = copy.deepcopy(self._data.mapping)
            mapping.roles = self.chosen_roles()
            mapping.sheet = sheet
            mapping.header_row = self.header_spin.value()
            mapping.date_order = date_order
            mapping.joined = self.chosen_joined()
            mapping.left_out = self.left_out()
            mapping.group_by = self.group_by()
        return ImportOptions(sheet=sheet, mapping=mapping, date_order=date_order)

    def changed(self) -> bool:
        """Return True if the user changed anything the last read did not use."""
        if self._data is None:
            return False
        m = self._data.mapping
        current = {k: v for k, v in m.roles.items()}
        for c in self._data.report.columns:
            current.setdefault(c.name, c.role)
        joined = {j["name"]: {c["name"]: c["role"] for c in j["columns"]}
                  for j in self._data.report.joined if j["columns"]}
        left = [j["name"] for j in self._data.report.joined if not j.get("used")]
        return (
            self.chosen_roles() != current
            or self.chosen_joined() != joined
            or self.left_out() != left
            or self.group_by() != getattr(m, "group_by", None)
            or self.date_combo.currentData() != m.date_order
            or self.header_spin.value() != (self._data.report.header_row or 1)
        )

    @Slot()
    def _on_choice_changed(self) -> None:
        if self._updating or self._data is None:
            return
        # A new sheet has other columns: let the importer detect them afresh.
        new_sheet = self.sheet_combo.currentData() != self._data.report.sheet
        self.reload_requested.emit(self.options(keep_mapping=not new_sheet))

    @Slot()
    def _on_header_changed(self) -> None:
        if self._data is not None and self.header_spin.value() != (self._data.report.header_row
                                                                    or 1):
            opts = self.options(keep_mapping=True)
            # Other header, other column names: only the header row and sheet carry over.
            opts.mapping.roles = {}
            self.reload_requested.emit(opts)

    @Slot()
    def _on_continue(self) -> None:
        warnings = self.role_warnings()
        if warnings:
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.warning(
                self, self.tr("Please check the columns"),
                "\n\n".join(warnings.values()) + "\n\n" + self.tr("Continue anyway?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.continue_requested.emit(self.options() if self.changed() else None)


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    from desktopseg.gui.preview_data import sample_import

    app = QApplication(sys.argv)
    path, data = sample_import()
    page = ImportPreviewPage()
    page.set_import(path, data)
    page.resize(1200, 800)
    page.show()
    app.exec()
