"""The "What changed" tab: who moved between segments since an earlier date or export.

The view only reads its widgets into a plain :class:`CompareRequest` and emits it; the window
runs :func:`run_compare` (a job: plain values in, a :class:`CompareOutcome` out) on its one
worker and hands the outcome back with :meth:`CompareView.set_outcome`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktopseg.gui.common import fmt_money, fmt_number, mute, scheme_labels

if TYPE_CHECKING:
    from desktopseg.core.compare import Comparison
    from desktopseg.core.snapshots import Timeline

#: Schemes the tab offers (automatic groups are re-made at every run, so never compared).
SCHEMES = ("behavioral", "value", "firmographic")
CHARTS = ("flow", "matrix", "timeline")
#: What the "Compare ..." choice holds: a date in the data, or the project's earlier export.
AS_OF_DATE, EARLIER_EXPORT = "date", "snapshot"


@dataclass
class CompareRequest:
    """What the user asked to compare, read from the widgets before the job starts."""

    scheme: str = "behavioral"
    day: date | None = None  # compare the data as of this day with its end...
    snapshot: bool = False  # ...or the project's newest earlier export with the current data


@dataclass
class CompareOutcome:
    """The comparison and the timeline of segment sizes to show."""

    comparison: Comparison
    timeline: Timeline | None = None


def run_compare(data, project, settings, request: CompareRequest, *, progress=None,
                cancelled=None) -> CompareOutcome:
    """Compare as the request says (the job); with snapshots, also build the timeline."""
    from desktopseg.core.compare import compare_at
    from desktopseg.core.i18n import N_
    from desktopseg.core.progress import Task
    from desktopseg.core.snapshots import compare_latest, timeline

    task = Task(progress, cancelled)
    snapshots = project is not None and bool(project.snapshots)
    with task.step(N_("Comparing"), 0.0, 0.6 if snapshots else 1.0) as sub:
        if request.snapshot and snapshots:
            cmp = compare_latest(project, request.scheme, task=sub)
        else:
            cmp = compare_at(data, request.day, settings, scheme=request.scheme, task=sub)
    line = None
    if snapshots:
        with task.step(N_("Segment sizes over time"), 0.6, 1.0) as sub:
            line = timeline(project, request.scheme, task=sub)
    return CompareOutcome(cmp, line)


def _points(outcome: CompareOutcome) -> tuple[list, list[str], str]:
    """Timeline points: the project's snapshots, else the comparison's two dates."""
    cmp = outcome.comparison
    if outcome.timeline is not None:
        return outcome.timeline.points, outcome.timeline.order, outcome.timeline.rules_text
    return ([(cmp.before_as_of, cmp.before_sizes()), (cmp.after_as_of, cmp.after_sizes())],
            cmp.order, cmp.rules_text)


class CompareView(QWidget):
    """Move matrix, flow chart, mover lists with drill-down, sentences and a timeline."""

    compare_requested = Signal(object)  # CompareRequest
    #: Emitted when a comparison is on screen (tests wait for it).
    shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome: CompareOutcome | None = None
        self._data = None
        self._snapshot_day: date | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Compare")))
        self.scheme_combo = QComboBox()
        self.scheme_combo.setObjectName("compareScheme")
        labels = scheme_labels()
        for key in SCHEMES:
            self.scheme_combo.addItem(labels.get(key, key), key)
        top.addWidget(self.scheme_combo)
        self.source_combo = QComboBox()
        self.source_combo.setObjectName("compareSource")
        self.source_combo.currentIndexChanged.connect(self._on_source_changed)
        top.addWidget(self.source_combo)
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("compareDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        top.addWidget(self.date_edit)
        self.to_label = QLabel(self.tr("with the end of the data"))
        top.addWidget(self.to_label)
        self.compare_button = QPushButton(self.tr("Compare"))
        self.compare_button.setObjectName("compareButton")
        self.compare_button.setDefault(True)
        self.compare_button.clicked.connect(self._on_compare)
        top.addWidget(self.compare_button)
        top.addStretch(1)
        lay.addLayout(top)

        self.summary = QLabel(self.tr("Pick an earlier date and press Compare to see who moved "
                                      "between segments since then."))
        self.summary.setObjectName("compareSummary")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.rules = QLabel()
        self.rules.setObjectName("compareRules")
        self.rules.setWordWrap(True)
        mute(self.rules)
        lay.addWidget(self.rules)
        self.sentences = QLabel()
        self.sentences.setObjectName("compareSentences")
        self.sentences.setWordWrap(True)
        self.sentences.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.sentences)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.tables = QTabWidget()
        self.tables.setDocumentMode(True)
        split.addWidget(self.tables)

        matrix_page = QWidget()
        ml = QVBoxLayout(matrix_page)
        ml.setContentsMargins(0, 4, 0, 0)
        row = QHBoxLayout()
        self.show_counts = QRadioButton(self.tr("Customers"))
        self.show_revenue = QRadioButton(self.tr("Revenue"))
        self.show_counts.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.show_counts)
        group.addButton(self.show_revenue)
        self.show_counts.toggled.connect(self._fill_matrix)
        how = QLabel(self.tr("Rows: segment at the earlier date · columns: at the "
                             "later date. Double-click a number for the customers."))
        how.setWordWrap(True)  # a long line would make the whole window wider than the screen
        row.addWidget(how, 1)
        row.addStretch(1)
        row.addWidget(self.show_counts)
        row.addWidget(self.show_revenue)
        ml.addLayout(row)
        self.matrix = QTableWidget()
        self.matrix.setObjectName("moveMatrix")
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.cellDoubleClicked.connect(self._on_matrix_cell)
        ml.addWidget(self.matrix, 1)
        self.tables.addTab(matrix_page, self.tr("Move matrix"))

        movers_page = QWidget()
        vl = QVBoxLayout(movers_page)
        vl.setContentsMargins(0, 4, 0, 0)
        self.moves = QTableWidget()
        self.moves.setObjectName("moverLists")
        self.moves.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.moves.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.moves.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.moves.cellDoubleClicked.connect(self._on_move_row)
        vl.addWidget(self.moves, 1)
        buttons = QHBoxLayout()
        self.drill_button = QPushButton(self.tr("Show customers…"))
        self.drill_button.clicked.connect(self._on_drill)
        self.export_button = QPushButton(self.tr("Export everyone who moved…"))
        self.export_button.setObjectName("exportMovers")
        self.export_button.clicked.connect(self._on_export)
        buttons.addWidget(self.drill_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        vl.addLayout(buttons)
        self.tables.addTab(movers_page, self.tr("Who moved"))

        chart_side = QWidget()
        cl = QVBoxLayout(chart_side)
        cl.setContentsMargins(0, 0, 0, 0)
        self.chart_combo = QComboBox()
        self.chart_combo.setObjectName("compareChart")
        for key, text in zip(CHARTS, (self.tr("Flow between the two dates"),
                                      self.tr("Move matrix (chart)"),
                                      self.tr("Segment sizes over time")), strict=True):
            self.chart_combo.addItem(text, key)
        self.chart_combo.currentIndexChanged.connect(self._draw_chart)
        cl.addWidget(self.chart_combo)
        self._chart_holder = QVBoxLayout()
        cl.addLayout(self._chart_holder, 1)
        self.figure = None
        self.canvas = None
        split.addWidget(chart_side)
        split.setSizes([560, 640])
        lay.addWidget(split, 1)
        self._move_rows: list[dict[str, Any]] = []
        self._enable(False)

    # ---- input -----------------------------------------------------------------------------
    def set_source(self, data, project=None) -> None:
        """Offer the dates of ``data`` and, when the project has them, its earlier exports."""
        from desktopseg.core.snapshots import last_sale

        if data is not self._data:
            self._clear()
        self._data = data
        tx = data.transactions if data is not None else None
        dated = tx is not None and "date" in tx and bool(tx["date"].notna().any())
        self.source_combo.blockSignals(True)
        self.source_combo.clear()
        self.source_combo.addItem(self.tr("the data as of"), AS_OF_DATE)
        self._snapshot_day = None
        if project is not None and project.snapshots:
            self._snapshot_day = max(s.as_of for s in project.snapshots)
            self.source_combo.addItem(self.tr("the earlier export (to {day})").format(
                day=self._snapshot_day.isoformat()), EARLIER_EXPORT)
            self.source_combo.setCurrentIndex(1)
        self.source_combo.blockSignals(False)
        if dated:
            start = tx["date"].min()
            end = last_sale(data)
            self.date_edit.setDateRange(QDate(start.year, start.month, start.day),
                                        QDate(end.year, end.month, end.day).addDays(-1))
            mid = start + (tx["date"].max() - start) / 2
            if self.outcome is None:
                self.date_edit.setDate(QDate(mid.year, mid.month, mid.day))
        else:
            self.summary.setText(self.tr("This file has no purchase dates, so there is no "
                                         "earlier moment to compare with."))
        self.compare_button.setEnabled(dated)
        self._on_source_changed()

    def request(self) -> CompareRequest:
        """Return what the widgets ask for."""
        snapshot = self.source_combo.currentData() == EARLIER_EXPORT
        return CompareRequest(scheme=self.scheme_combo.currentData() or "behavioral",
                              day=None if snapshot else self.date_edit.date().toPython(),
                              snapshot=snapshot)

    @Slot()
    def _on_source_changed(self) -> None:
        self.date_edit.setVisible(self.source_combo.currentData() != EARLIER_EXPORT)

    @Slot()
    def _on_compare(self) -> None:
        self.compare_requested.emit(self.request())

    # ---- output ----------------------------------------------------------------------------
    def _clear(self) -> None:
        self.outcome = None
        self.matrix.clear()
        self.matrix.setRowCount(0)
        self.moves.clear()
        self.moves.setRowCount(0)
        self.sentences.setText("")
        self.rules.setText("")
        self._enable(False)

    def _enable(self, on: bool) -> None:
        for w in (self.drill_button, self.export_button, self.show_counts, self.show_revenue,
                  self.chart_combo):
            w.setEnabled(on)

    def set_outcome(self, outcome: CompareOutcome) -> None:
        """Show a finished comparison."""
        self.outcome = outcome
        cmp = outcome.comparison
        idx = self.scheme_combo.findData(cmp.scheme)
        if idx >= 0:
            self.scheme_combo.setCurrentIndex(idx)
        before = int(cmp.customers["before"].notna().sum())
        after = sum(cmp.after_sizes().values())
        self.summary.setText(self.tr(
            "{before} customers on {day}, {after} on {end}; {new} new since then.").format(
            before=fmt_number(before), day=_iso(cmp.before_as_of), after=fmt_number(after),
            end=_iso(cmp.after_as_of), new=fmt_number(cmp.new_customers())))
        self.rules.setText(cmp.rules_text)
        items = "".join(f"<li>{_html(s)}</li>" for s in cmp.sentences())
        self.sentences.setText(f"<ul style='margin: 0'>{items}</ul>" if items else "")
        self._fill_matrix()
        self._fill_moves()
        self._enable(True)
        self._draw_chart()
        self.shown.emit()

    @Slot()
    def _fill_matrix(self) -> None:
        if self.outcome is None:
            return
        value = "customers" if self.show_counts.isChecked() else "revenue"
        m = self.outcome.comparison.matrix(value)
        self.matrix.clear()
        self.matrix.setRowCount(len(m.index))
        self.matrix.setColumnCount(len(m.columns))
        self.matrix.setHorizontalHeaderLabels([str(c) for c in m.columns])
        self.matrix.setVerticalHeaderLabels([str(r) for r in m.index])
        for i, r in enumerate(m.index):
            for j, c in enumerate(m.columns):
                v = m.at[r, c]
                text = "" if not v else (fmt_number(v) if value == "customers" else fmt_money(v))
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if r == c:
                    f = item.font()
                    f.setBold(True)
                    item.setFont(f)
                self.matrix.setItem(i, j, item)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.
                                                            ResizeToContents)

    def _fill_moves(self) -> None:
        cmp = self.outcome.comparison
        m = cmp.moves()
        changed = m[m["from"].isna() | (m["from"] != m["to"])]
        changed = changed.sort_values("customers", ascending=False)
        self._move_rows = changed.to_dict("records")
        heads = [self.tr("Move"), self.tr("Customers"), self.tr("Revenue before"),
                 self.tr("Revenue now")]
        self.moves.clear()
        self.moves.setColumnCount(len(heads))
        self.moves.setHorizontalHeaderLabels(heads)
        self.moves.setRowCount(len(self._move_rows))
        for i, row in enumerate(self._move_rows):
            cells = [self.move_text(row), fmt_number(row["customers"]),
                     fmt_money(row["revenue_before"]), fmt_money(row["revenue_after"])]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.moves.setItem(i, j, item)
        self.moves.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if self._move_rows:
            self.moves.selectRow(0)

    def move_text(self, row: dict[str, Any]) -> str:
        """'Champions → At Risk: 12 customers' for one row of the moves."""
        from desktopseg.core.compare import new_name

        n = int(row["customers"])
        text = self.tr("{a} → {b}: 1 customer") if n == 1 else self.tr("{a} → {b}: {n} customers")
        return text.format(a=row["from"] if row["from"] is not None else new_name(), b=row["to"],
                           n=f"{n:,}")

    # ---- drill-down and export ---------------------------------------------------------------
    def movers_dialog(self, frm: str | None, to: str):
        """Open the list of customers who went from ``frm`` (None: new) to ``to``."""
        from desktopseg.core.compare import movers_table, new_name
        from desktopseg.gui.buckets_view import CustomersDialog

        frame = movers_table(self.outcome.comparison, frm, to)
        title = self.tr("{a} → {b}").format(a=frm if frm is not None else new_name(), b=to)
        dialog = CustomersDialog(frame, title, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    @Slot(int, int)
    def _on_matrix_cell(self, row: int, column: int) -> None:
        from desktopseg.core.compare import new_name

        if self.outcome is None:
            return
        frm = self.matrix.verticalHeaderItem(row).text()
        to = self.matrix.horizontalHeaderItem(column).text()
        self.movers_dialog(None if frm == new_name() else frm, to)

    @Slot(int, int)
    def _on_move_row(self, row: int, _column: int = 0) -> None:
        if 0 <= row < len(self._move_rows):
            r = self._move_rows[row]
            self.movers_dialog(r["from"], r["to"])

    @Slot()
    def _on_drill(self) -> None:
        rows = self.moves.selectionModel().selectedRows()
        if rows:
            self._on_move_row(rows[0].row())

    def export_to(self, path: str) -> None:
        """Write everyone whose segment changed (and the new customers) to ``path`` as CSV."""
        from desktopseg.core.compare import movers_table
        from desktopseg.gui.buckets_view import write_csv

        write_csv(movers_table(self.outcome.comparison), path)

    @Slot()
    def _on_export(self) -> None:
        if self.outcome is None:
            return
        from desktopseg.gui.export_done import export_list

        export_list(self, self.tr("Export everyone who moved"), "movers.csv", self.export_to)

    # ---- charts ----------------------------------------------------------------------------
    def _ensure_canvas(self) -> None:
        if self.canvas is not None:
            return
        # matplotlib is slow to import: only when a comparison is first shown.
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        from desktopseg.gui.common import use_cjk_chart_fonts

        use_cjk_chart_fonts()
        self.figure = Figure(figsize=(7, 5), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setMinimumSize(360, 300)
        self._chart_holder.addWidget(self.canvas)

    @Slot()
    def _draw_chart(self) -> None:
        if self.outcome is None:
            return
        from desktopseg.core.compare_charts import flow_figure, move_matrix_figure, timeline_figure

        self._ensure_canvas()
        kind = self.chart_combo.currentData()
        cmp = self.outcome.comparison
        self.figure.clear()
        if kind == "flow":
            flow_figure(cmp, figure=self.figure)
        elif kind == "matrix":
            move_matrix_figure(cmp, "customers" if self.show_counts.isChecked() else "revenue",
                               figure=self.figure)
        else:
            points, order, _rules = _points(self.outcome)
            timeline_figure(points, order, figure=self.figure)
        self.canvas.draw_idle()

    def current_chart(self) -> str:
        """Return the key of the chart shown (flow, matrix, timeline)."""
        return self.chart_combo.currentData()

    def show_chart(self, kind: str) -> None:
        """Show chart ``kind``."""
        self.chart_combo.setCurrentIndex(max(self.chart_combo.findData(kind), 0))


def _iso(d: date | None) -> str:
    return d.isoformat() if d else "-"


def _html(text: str) -> str:
    import html

    return html.escape(text)


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    from desktopseg.gui.preview_data import sample_import

    app = QApplication(sys.argv)
    _path, data = sample_import("florist")
    view = CompareView()
    view.set_source(data)
    view.set_outcome(run_compare(data, None, None, view.request()))
    view.resize(1280, 800)
    view.show()
    app.exec()
