"""The results screen: a scheme selector and tabs for buckets, persona cards and charts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktopseg.gui.buckets_view import BucketsView, CustomersDialog, bucket_customers
from desktopseg.gui.common import fmt_date, fmt_number, mute, scheme_labels
from desktopseg.gui.personas_view import PersonaCardsView

if TYPE_CHECKING:
    from desktopseg.core.model import AnalysisResult, Segmentation

SCHEME_ORDER = ("behavioral", "value", "firmographic", "clusters")


class ResultsPage(QWidget):
    """Everything the analysis found, one scheme at a time."""

    persona_edited = Signal(str)
    scheme_changed = Signal(str)
    effort_rated = Signal(str, str, float)  # scheme, segment, the owner's rating (0 clears)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: AnalysisResult | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 8)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        f = self.summary.font()
        f.setWeight(QFont.Weight.DemiBold)
        self.summary.setFont(f)
        top.addWidget(self.summary, 1)
        top.addWidget(QLabel(self.tr("Group customers by:")))
        self.scheme_combo = QComboBox()
        self.scheme_combo.setObjectName("schemeCombo")
        self.scheme_combo.setMinimumContentsLength(22)
        self.scheme_combo.currentIndexChanged.connect(self._on_scheme_index)
        top.addWidget(self.scheme_combo)
        # Settings are also under View; here they are where the results are read.
        from PySide6.QtWidgets import QPushButton

        self.settings_button = QPushButton(self.tr("Settings…"))
        self.settings_button.setObjectName("settingsButton")
        self.settings_button.setToolTip(self.tr("Change how customers are grouped; the "
                                                "groups are worked out again at once"))
        top.addWidget(self.settings_button)
        lay.addLayout(top)
        self.unavailable_label = QLabel()
        self.unavailable_label.setObjectName("unavailable")
        self.unavailable_label.setWordWrap(True)
        mute(self.unavailable_label)
        lay.addWidget(self.unavailable_label)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.buckets = BucketsView()
        self.buckets.drill_down.connect(self.show_bucket)
        self.personas = PersonaCardsView()
        self.personas.persona_edited.connect(self.persona_edited)
        self.buckets.effort_rated.connect(self._on_effort_rated)
        self.personas.effort_rated.connect(self._on_effort_rated)
        self._charts = None  # built when first needed: matplotlib is slow to import
        self._charts_holder = QWidget()
        QVBoxLayout(self._charts_holder).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.buckets, self.tr("Groups"))
        self.tabs.addTab(self.personas, self.tr("Persona cards"))
        self.tabs.addTab(self._charts_holder, self.tr("Charts"))
        self._forecast = None  # the Forecast tab, built with the charts (matplotlib)
        self._forecast_holder = QWidget()
        QVBoxLayout(self._forecast_holder).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self._forecast_holder, self.tr("Forecast"))
        lay.addWidget(self.tabs, 1)
        # Tabs are filled when first looked at: building every card and chart for a result
        # the user may never view would stall the window for a second on each run.
        self._stale: set[int] = set()
        self.tabs.currentChanged.connect(self._on_tab_changed)

    # ---- content -------------------------------------------------------------------------------
    def set_result(self, result: AnalysisResult, scheme: str | None = None) -> None:
        """Show ``result``, keeping the chosen scheme when it still exists."""
        previous = scheme or self.current_scheme()
        self.result = result
        labels = scheme_labels()
        self.scheme_combo.blockSignals(True)
        self.scheme_combo.clear()
        model: QStandardItemModel = self.scheme_combo.model()
        reasons = []
        for name in SCHEME_ORDER:
            seg = result.segmentations.get(name)
            if seg is not None:
                self.scheme_combo.addItem(labels.get(name, name), name)
            elif name in result.unavailable:
                self.scheme_combo.addItem(
                    self.tr("{scheme} (not available)").format(scheme=labels.get(name, name)),
                    name)
                item = model.item(self.scheme_combo.count() - 1)
                item.setEnabled(False)
                item.setToolTip(result.unavailable[name])
                reasons.append(self.tr("{scheme}: {reason}").format(
                    scheme=labels.get(name, name), reason=result.unavailable[name]))
        for name, seg in result.segmentations.items():  # schemes this screen doesn't know yet
            if name not in SCHEME_ORDER:  # grouped by a column: "Group customers by: Type"
                self.scheme_combo.addItem(seg.details.get("group_by") or seg.title, name)
        target = previous if previous in result.segmentations else next(
            (n for n in SCHEME_ORDER if n in result.segmentations), None)
        idx = self.scheme_combo.findData(target) if target else -1
        self.scheme_combo.setCurrentIndex(max(idx, 0))
        self.scheme_combo.blockSignals(False)
        self.unavailable_label.setText(
            self.tr("Not available for this file: ") + " · ".join(reasons) if reasons else "")
        self.unavailable_label.setVisible(bool(reasons))
        self.summary.setText(self._summary_text(result))
        self._show_scheme()

    @property
    def charts(self):
        """The Charts tab's view, built on first use (None if charts cannot be shown)."""
        self._ensure_charts()
        return self._charts

    @property
    def forecast(self):
        """The Forecast tab's view, built with the charts on first use."""
        self._ensure_charts()
        return self._forecast

    def _ensure_charts(self) -> None:
        # Not when results arrive: the Groups table shows first, and importing matplotlib
        # (0.5 s) then held back a reopened project's results.
        if self._charts is not None or self._charts_holder.layout().count():
            return
        try:
            from desktopseg.gui.charts_view import ChartsView
        except Exception as exc:  # noqa: BLE001 - a missing plotting library must not hide results
            from desktopseg.gui.common import log_exception

            path = log_exception(exc)
            label = QLabel(self.tr("Sorry, charts could not be shown. The details are in "
                                   "{path}").format(path=path))
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._charts_holder.layout().addWidget(label)
            return
        self._charts = ChartsView()
        self._charts_holder.layout().addWidget(self._charts)
        from desktopseg.gui.forecast_view import ForecastView

        self._forecast = ForecastView()
        self._forecast_holder.layout().addWidget(self._forecast)

    def _summary_text(self, result: AnalysisResult) -> str:
        tx = result.data.transactions
        parts = [self.tr("{n} customers").format(n=fmt_number(len(result.customers)))]
        if tx is not None:
            parts.append(self.tr("{n} sales lines").format(n=fmt_number(len(tx))))
        if result.period_start is not None and result.period_end is not None:
            parts.append(self.tr("{start} to {end}").format(
                start=fmt_date(result.period_start), end=fmt_date(result.period_end)))
        return " · ".join(parts)

    def current_scheme(self) -> str | None:
        """Return the scheme shown (its key, e.g. 'behavioral')."""
        return self.scheme_combo.currentData()

    def current_segmentation(self) -> Segmentation | None:
        """Return the Segmentation shown, or None."""
        if self.result is None:
            return None
        return self.result.segmentations.get(self.current_scheme() or "")

    def select_scheme(self, name: str) -> bool:
        """Show scheme ``name``; False if it is not available."""
        idx = self.scheme_combo.findData(name)
        if idx < 0 or not self.scheme_combo.model().item(idx).isEnabled():
            return False
        self.scheme_combo.setCurrentIndex(idx)
        return True

    @Slot(int)
    def _on_scheme_index(self, index: int) -> None:
        self._show_scheme()
        self.scheme_changed.emit(self.current_scheme() or "")

    def _show_scheme(self) -> None:
        self._stale = {0, 1, 2, 3}
        self._refresh_tab(self.tabs.currentIndex())

    def _refresh_tab(self, index: int) -> None:
        if index not in self._stale:
            return
        self._stale.discard(index)
        seg = self.current_segmentation()
        if index == 0:
            self.buckets.set_segmentation(seg)
        elif index == 1:
            self.personas.set_segmentation(seg)
        elif index == 2 and self.charts is not None:
            self.charts.set_result(self.result, seg)
        elif index == 3 and self.forecast is not None:
            self.forecast.set_result(self.result)

    def refresh_all(self) -> None:
        """Fill every tab now (printing screenshots, tests), not on first view."""
        for index in sorted(self._stale):
            self._refresh_tab(index)

    @Slot(int)
    def _on_tab_changed(self, index: int) -> None:
        self._refresh_tab(index)

    @Slot(str, float)
    def _on_effort_rated(self, segment: str, rating: float) -> None:
        """Re-weigh the segment with the owner's rating; every tab shows it at once."""
        from desktopseg.core.service_advice import rerate

        scheme = self.current_scheme()
        if self.result is None or not scheme:
            return
        rerate(self.result, scheme, segment, rating or None)
        self._stale = {0, 1, 2}
        self._refresh_tab(self.tabs.currentIndex())
        self.effort_rated.emit(scheme, segment, rating)

    @Slot(str)
    def show_bucket(self, segment: str) -> CustomersDialog | None:
        """Open the list of customers in ``segment``."""
        seg = self.current_segmentation()
        if seg is None or self.result is None:
            return None
        dialog = CustomersDialog(bucket_customers(self.result, seg, segment), segment, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    from desktopseg.gui.preview_data import sample_result

    app = QApplication(sys.argv)
    page = ResultsPage()
    page.set_result(sample_result())
    page.resize(1280, 800)
    page.show()
    app.exec()
