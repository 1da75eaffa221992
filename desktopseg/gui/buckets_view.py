"""The Buckets tab: a sortable table of segments; double-click lists the customers in one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktopseg.gui.common import fmt_number, mute
from desktopseg.gui.models import SEGMENT_ROLE, SORT_ROLE, BucketsModel, DataFrameModel

if TYPE_CHECKING:
    import pandas as pd

    from desktopseg.core.model import AnalysisResult, Segmentation

#: Customer columns shown in a drill-down, in this order, when present.
_DRILL_COLUMNS = ("name", "reason", "email", "orders", "revenue", "margin", "avg_order",
                  "last_purchase", "recency_days", "effort", "cost_to_serve",
                  "profit_after_service", "buyer_type", "churn_risk", "chance_buy")
#: "Why here" is long: it comes second, this wide, wrapped, whole in its tooltip, so it is on
#: screen at 1024 pixels rather than past the right edge.
_REASON_WIDTH = 340
_MONEY = ("revenue", "margin", "avg_order", "cost_to_serve", "profit_after_service")


def bucket_customers(result: AnalysisResult, seg: Segmentation, segment: str) -> pd.DataFrame:
    """Return the customers labelled ``segment`` with the reason each is there."""
    members = seg.labels.index[seg.labels == segment]
    frame = result.customers.loc[result.customers.index.intersection(members)].copy()
    frame["reason"] = seg.reasons.reindex(frame.index)
    if "chance_buy" in frame.columns:  # shown as a whole percentage, sortable as a number
        frame["chance_buy"] = (frame["chance_buy"] * 100).round()
    cols = [c for c in _DRILL_COLUMNS if c in frame.columns]
    out = frame[cols]
    if "profit_after_service" in out.columns and (out["profit_after_service"] < 0).any():
        out = out.sort_values("profit_after_service", kind="mergesort")  # costly ones first
    elif "revenue" in out.columns:
        out = out.sort_values("revenue", ascending=False)
    out.index.name = "customer"
    return out.reset_index()


def write_csv(frame: pd.DataFrame, path: str) -> None:
    """Write ``frame`` as UTF-8 CSV with BOM (Excel opens it); formulas are neutralised."""
    safe = frame.copy()
    for col in safe.columns:
        if safe[col].dtype == object or str(safe[col].dtype).startswith("string"):
            # A cell such as "=HYPERLINK(...)" would run as a formula in Excel (CSV injection).
            s = safe[col].astype("string")
            risky = s.str.match(r"^[=+\-@\t\r]", na=False)
            safe[col] = s.where(~risky, "'" + s)
    safe.to_csv(path, index=False, encoding="utf-8-sig")


class CustomersDialog(QDialog):
    """The customers in one bucket, with the reason each is there; exportable to CSV."""

    def __init__(self, frame: pd.DataFrame, segment: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Customers in {segment}").format(segment=segment))
        self.resize(1000, 600)
        self.segment = segment
        lay = QVBoxLayout(self)
        template = (self.tr("1 customer in {segment}") if len(frame) == 1
                    else self.tr("{n} customers in {segment}"))
        lay.addWidget(QLabel(template.format(n=fmt_number(len(frame)), segment=segment)))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Find a customer…"))
        self.filter.setClearButtonEnabled(True)
        lay.addWidget(self.filter)
        headers = {
            "customer": self.tr("Customer ID"), "name": self.tr("Name"),
            "email": self.tr("E-mail"), "reason": self.tr("Why here"),
            "orders": self.tr("Orders"), "revenue": self.tr("Revenue"),
            "margin": self.tr("Margin"), "avg_order": self.tr("Average order"),
            "last_purchase": self.tr("Last purchase"), "recency_days": self.tr("Days since"),
            "effort": self.tr("Effort"), "buyer_type": self.tr("Buyer type"),
            "churn_risk": self.tr("Churn risk"),
            "chance_buy": self.tr("Chance to buy again (%)"),
        }
        self.model = DataFrameModel(frame, self, money_columns=_MONEY, headers=headers)
        # Paging would hide rows from the filter, so load everything for the dialog.
        while self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        # Enabling sorting sorts by the first column; show the biggest spenders first instead.
        if "revenue" in frame.columns:
            self.table.sortByColumn(list(frame.columns).index("revenue"),
                                    Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        for col in range(len(frame.columns) - 1):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 260))
        if "reason" in frame.columns:
            self.table.setColumnWidth(list(frame.columns).index("reason"), _REASON_WIDTH)
            self.table.setWordWrap(True)
            self.table.resizeRowsToContents()
        lay.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(self.tr("Export list…"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self._on_export)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def export_to(self, path: str) -> None:
        """Write the whole list to ``path`` as CSV."""
        write_csv(self.model.frame(), path)

    @Slot()
    def _on_export(self) -> None:
        from desktopseg.gui.export_done import export_list

        safe_name = "".join(ch if ch.isalnum() else "-" for ch in self.segment).strip("-")
        export_list(self, self.tr("Export customer list"), f"{safe_name or 'customers'}.csv",
                    self.export_to)


#: Width of the "What it means" column (its text wraps inside it).
DESCRIPTION_WIDTH = 280


class BucketsView(QWidget):
    """The table of segments for the chosen scheme."""

    drill_down = Signal(str)  # segment name
    effort_rated = Signal(str, float)  # segment name, the owner's rating (0 clears it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        lay.addWidget(self.caption)
        self.model = BucketsModel(self)
        self.model.effort_rated.connect(self.effort_rated)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("bucketsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the scheme's own order
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Long group names and "What it means" wrap into the row (no "…" above empty space).
        self.table.setWordWrap(True)
        # Row heights follow column widths once per burst of resizes (fitting the columns
        # to a new scheme resizes a dozen sections; fitting the rows after each cost 0.1 s).
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_rows)
        self.table.horizontalHeader().sectionResized.connect(self._fit_timer.start)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.table.activated.connect(self._on_double_clicked)
        lay.addWidget(self.table, 1)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        mute(self.notes)
        lay.addWidget(self.notes)

    def set_segmentation(self, seg: Segmentation | None) -> None:
        """Show the buckets of ``seg``."""
        self.model.set_segmentation(seg)
        self.table.resizeColumnsToContents()
        # The description is long: let it take what is left (full text in its tooltip) rather
        # than push the numbers off screen.
        last = len(BucketsModel.COLUMNS) - 1
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 200))
        # "What it means" comes right after the name, wide enough to read and wrapped, so a
        # narrow window (1024 pixels, settings open) scrolls numbers, never the meaning.
        header = self.table.horizontalHeader()
        if header.visualIndex(last) != 1:
            header.moveSection(header.visualIndex(last), 1)
        header.setSectionResizeMode(last, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(last, DESCRIPTION_WIDTH)
        self.table.setMinimumWidth(0)
        self._fit_rows()
        self._fit_timer.stop()  # the rows were just fitted to these widths
        if seg is None:
            self.caption.setText("")
            self.notes.setText("")
            return
        self.caption.setText(self.tr(
            "{title}: {n} groups. Double-click a group to see its customers and why each is "
            "there.").format(title=seg.title, n=len(seg.segments)))
        self.notes.setText("\n".join(seg.notes))

    @Slot()
    def _fit_rows(self) -> None:
        """Give each row the height its wrapped name and description need."""
        self.table.resizeRowsToContents()

    @Slot(QModelIndex)
    def _on_double_clicked(self, index: QModelIndex) -> None:
        name = self.proxy.data(index, SEGMENT_ROLE)
        if index.column() == BucketsModel.COLUMNS.index("effort"):
            return  # a double-click there types a rating
        if name:
            self.drill_down.emit(name)


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    from desktopseg.gui.preview_data import sample_result

    app = QApplication(sys.argv)
    result = sample_result()
    view = BucketsView()
    view.set_segmentation(next(iter(result.segmentations.values())))
    view.resize(1000, 500)
    view.show()
    app.exec()
