"""The Settings box for cost to serve: minutes per activity, hourly rate, margin % per category.

Remembered per shop (core/cost_to_serve.remember_shop): the next export of the same shop opens
with the same figures. Part of issue 14; the settings panel adds this box with a few lines.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktopseg.core import currency
from desktopseg.core.cost_to_serve import (
    ACTIVITY_NAMES,
    DEFAULT_HOURLY_RATE,
    DEFAULT_MINUTES,
    SOURCE,
    default_hourly_rate,
)
from desktopseg.core.i18n import _ as core_
from desktopseg.gui.common import mute

if TYPE_CHECKING:
    from desktopseg.core.model import AnalysisResult, AnalysisSettings, ImportResult

#: Categories shown in the margin table at most (the biggest by sales).
MAX_CATEGORIES = 30


class CostToServeBox(QGroupBox):
    """Minutes per activity, hourly rate and margin % per category; ``changed`` on any edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Cost to serve"), parent)
        self.setObjectName("costToServe")
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Minutes of staff time per activity. Without service figures in your file, each "
            "customer's effort and cost to serve are estimated from these."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.minute_spins: dict[str, QDoubleSpinBox] = {}
        for key, default in DEFAULT_MINUTES.items():
            spin = QDoubleSpinBox()
            spin.setObjectName(f"minutes:{key}")
            spin.setRange(0, 600)
            spin.setDecimals(1)
            spin.setSuffix(self.tr(" min"))
            spin.setValue(default)
            spin.valueChanged.connect(self._on_changed)
            self.minute_spins[key] = spin
            form.addRow(core_(ACTIVITY_NAMES[key]).capitalize() + ":", spin)
        self.rate_spin = QDoubleSpinBox()
        self.rate_spin.setObjectName("hourlyRate")
        self.rate_spin.setRange(0, 10000)
        self.rate_spin.setDecimals(2)
        self._default_rate = DEFAULT_HOURLY_RATE
        self.rate_spin.setValue(DEFAULT_HOURLY_RATE)
        self.rate_spin.setToolTip(self.tr("What an hour of staff time costs you, wages and "
                                          "overheads, in the file's currency."))
        self.rate_spin.valueChanged.connect(self._on_changed)
        form.addRow(self.tr("Staff time per hour:"), self.rate_spin)
        lay.addLayout(form)
        source = QLabel(core_(SOURCE))
        source.setWordWrap(True)
        mute(source)
        lay.addWidget(source)

        self.margin_label = QLabel(self.tr(
            "Margin % per product category (blank: the margin above). A cost column in the "
            "file wins."))
        self.margin_label.setWordWrap(True)
        lay.addWidget(self.margin_label)
        self.category_table = QTableWidget(0, 2)
        self.category_table.setObjectName("categoryMargins")
        self.category_table.setHorizontalHeaderLabels([self.tr("Category"), self.tr("Margin %")])
        self.category_table.verticalHeader().setVisible(False)
        self.category_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.category_table.setMaximumHeight(180)
        self.category_table.itemChanged.connect(self._on_changed)
        lay.addWidget(self.category_table)
        self._loading = False

    def set_values(self, settings: AnalysisSettings, result: AnalysisResult | None) -> None:
        """Show ``settings``; fill the category table with the file's categories."""
        self._loading = True
        try:
            mine = settings.activity_minutes or {}
            for key, spin in self.minute_spins.items():
                spin.setValue(float(mine.get(key, DEFAULT_MINUTES[key])))
            code = settings.currency or (currency.of_result(result) if result is not None
                                         else None)
            self._default_rate = default_hourly_rate(code)
            self.rate_spin.setValue(settings.hourly_rate if settings.hourly_rate is not None
                                    else self._default_rate)
            cats = categories_of(result) if result is not None else []
            table = settings.category_margin_pct or {}
            cats += [c for c in table if c not in cats and c != "*"]
            self.category_table.setRowCount(len(cats))
            for row, cat in enumerate(cats):
                name = QTableWidgetItem(cat)
                name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.category_table.setItem(row, 0, name)
                pct = table.get(cat)
                self.category_table.setItem(row, 1, QTableWidgetItem(
                    "" if pct is None else f"{float(pct):g}"))
            has_cost = result is not None and result.margin_source == "cost"
            visible = bool(cats) and not has_cost
            self.margin_label.setVisible(visible)
            self.category_table.setVisible(visible)
        finally:
            self._loading = False

    def values(self) -> dict[str, Any]:
        """Return the AnalysisSettings fields this box sets (None: the defaults)."""
        minutes = {k: s.value() for k, s in self.minute_spins.items()
                   if abs(s.value() - DEFAULT_MINUTES[k]) > 1e-9}
        rate = self.rate_spin.value()
        table: dict[str, float] = {}
        for row in range(self.category_table.rowCount()):
            cat, pct = self.category_table.item(row, 0), self.category_table.item(row, 1)
            text = (pct.text() if pct is not None else "").strip().replace(",", ".").rstrip("%")
            try:
                value = float(text)
            except ValueError:
                continue
            if cat is not None and -100 <= value <= 100:
                table[cat.text()] = value
        return {
            "activity_minutes": minutes or None,
            "hourly_rate": None if abs(rate - self._default_rate) < 1e-9 else rate,
            "category_margin_pct": table or None,
        }

    @Slot()
    def _on_changed(self, *_args) -> None:
        if not self._loading:
            self.changed.emit()


def categories_of(result: AnalysisResult) -> list[str]:
    """Return the file's product categories, biggest sales first."""
    tx = result.data.transactions
    if tx is None or "category" not in tx or not tx["category"].notna().any():
        return []
    sales = tx.groupby(tx["category"].astype("string").str.strip())["amount"].sum()
    return [str(c) for c in sales.sort_values(ascending=False).index[:MAX_CATEGORIES]]


def recall_for(data: ImportResult, settings: AnalysisSettings) -> AnalysisSettings:
    """Put the shop's remembered minutes, rate and margins on ``settings``."""
    from desktopseg.core.cost_to_serve import recall_shop, shop_signature

    for key, value in recall_shop(shop_signature(data)).items():
        setattr(settings, key, value)
    return settings


def remember_for(data: ImportResult | None, settings: AnalysisSettings) -> None:
    """Remember the shop's minutes, rate and margins for its next export."""
    from desktopseg.core.cost_to_serve import remember_shop, shop_signature

    if data is not None:
        try:
            remember_shop(shop_signature(data), settings)
        except OSError:
            pass  # remembering is a convenience: a read-only data folder must not stop work
