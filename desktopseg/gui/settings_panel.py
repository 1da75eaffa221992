"""Analysis settings that matter; any change re-runs the analysis in the background.

The panel reflects an AnalysisSettings dataclass and emits a fresh copy (debounced) when the
user changes something; it never runs anything itself.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktopseg.gui.common import mute, role_labels

if TYPE_CHECKING:
    from desktopseg.core.model import AnalysisResult, AnalysisSettings

DEBOUNCE_MS = 600


def format_cuts(values) -> str:
    """Show cut points as '30; 90; 180' (no thousands separators: they are typed back)."""
    return "; ".join(f"{float(v):g}" for v in values)


def parse_cuts(text: str) -> list[float] | None:
    """Read '30; 90; 180' (or with decimal commas) back; None if any part is not a number."""
    parts = [p.strip().replace(",", ".") for p in text.split(";") if p.strip()]
    try:
        return sorted(float(p) for p in parts)
    except ValueError:
        return None


class SettingsPanel(QScrollArea):
    """Settings form; ``settings_changed(AnalysisSettings)`` fires after the user pauses."""

    settings_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._settings: AnalysisSettings | None = None
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)

        inner = QWidget()
        lay = QVBoxLayout(inner)
        self.rerun_note = QLabel(self.tr("A change here works the groups out again at once."))
        self.rerun_note.setObjectName("rerunNote")
        self.rerun_note.setWordWrap(True)
        lay.addWidget(self.rerun_note)

        general = QGroupBox(self.tr("All groupings"))
        form = QFormLayout(general)
        # Labels above fields: the dock is narrow, and translations run longer than English.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.last_date_check = QCheckBox(self.tr("the last sale"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.last_date_check.toggled.connect(self._on_last_date_toggled)
        date_row = QHBoxLayout()
        date_row.addWidget(self.last_date_check)
        date_row.addWidget(self.date_edit)
        date_row.addStretch()
        form.addRow(self.tr("Count days up to:"), date_row)
        self.margin_spin = QDoubleSpinBox()
        self.margin_spin.setRange(0, 100)
        self.margin_spin.setDecimals(0)
        self.margin_spin.setSuffix(" %")
        self.margin_spin.setSpecialValueText(self.tr("not set"))
        self.margin_spin.setToolTip(self.tr(
            "When your file has no cost column, margin is estimated as this share of sales."))
        form.addRow(self.tr("Margin when costs are unknown:"), self.margin_spin)
        from desktopseg.gui.currency_box import CurrencyBox

        self.currency_box = CurrencyBox()
        self.currency_box.currentIndexChanged.connect(self._changed)
        form.addRow(self.tr("Currency:"), self.currency_box)
        self.margin_note = QLabel()
        self.margin_note.setWordWrap(True)
        mute(self.margin_note)
        form.addRow(self.margin_note)
        self.min_share_spin = QDoubleSpinBox()
        self.min_share_spin.setRange(0, 20)
        self.min_share_spin.setDecimals(1)
        self.min_share_spin.setSuffix(" %")
        form.addRow(self.tr("Fold groups smaller than:"), self.min_share_spin)
        self.forecast_spin = QSpinBox()  # issue 16: days to forecast, 0 switches it off
        self.forecast_spin.setRange(0, 730)
        self.forecast_spin.setSuffix(self.tr(" days"))
        self.forecast_spin.setSpecialValueText(self.tr("off"))
        self.forecast_spin.setToolTip(self.tr(
            "Forecast who buys again in this many days after the last date, tested on your own "
            "history. Turn it off to analyse large files faster."))
        form.addRow(self.tr("Forecast the next:"), self.forecast_spin)
        lay.addWidget(general)

        rfm = QGroupBox(self.tr("Buying behaviour"))
        rform = QFormLayout(rfm)
        # Labels above fields: a list of cut points needs the dock's whole width.
        rform.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.levels_spin = QSpinBox()
        self.levels_spin.setRange(2, 5)
        self.levels_spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.levels_spin.setToolTip(self.tr("How many score levels for recency, frequency "
                                            "and money (5 is usual; fewer for small files)"))
        rform.addRow(self.tr("Score levels:"), self.levels_spin)
        self.custom_cuts_check = QCheckBox(self.tr("Set the cut points myself"))
        self.custom_cuts_check.setToolTip(self.tr(
            "The values where one score ends and the next begins, separated by ';'. "
            "Shown: the cuts the last analysis used."))
        self.custom_cuts_check.toggled.connect(self._on_custom_cuts_toggled)
        rform.addRow(self.custom_cuts_check)
        self.cut_edits: dict[str, QLineEdit] = {}
        for dim, text in (("R", self.tr("Days since last purchase:")),
                          ("F", self.tr("Number of orders:")),
                          ("M", self.tr("Spend:"))):
            edit = QLineEdit()
            edit.setObjectName(f"cuts:{dim}")
            edit.setPlaceholderText("30; 90; 180; 365")
            edit.setMinimumWidth(120)
            edit.setEnabled(False)
            edit.editingFinished.connect(self._changed)
            self.cut_edits[dim] = edit
            rform.addRow(text, edit)
        self.cuts_note = QLabel()  # fewer cut points than levels, and that a change re-runs
        self.cuts_note.setObjectName("cutsNote")
        self.cuts_note.setWordWrap(True)
        mute(self.cuts_note)
        rform.addRow(self.cuts_note)
        lay.addWidget(rfm)

        clusters = QGroupBox(self.tr("Automatic groups"))
        cform = QFormLayout(clusters)
        krow = QHBoxLayout()
        self.k_min_spin = QSpinBox()
        self.k_min_spin.setRange(2, 20)
        self.k_max_spin = QSpinBox()
        self.k_max_spin.setRange(2, 20)
        krow.addWidget(self.k_min_spin)
        krow.addWidget(QLabel(self.tr("to")))
        krow.addWidget(self.k_max_spin)
        krow.addStretch()
        cform.addRow(self.tr("Number of groups:"), krow)
        # Issue 17: the owner can pick the number; the scores behind the choice are shown.
        self.k_choice = QComboBox()
        self.k_choice.setObjectName("k_groups")
        self.k_choice.addItem(self.tr("Chosen from the data"), None)
        for k in range(2, 21):
            self.k_choice.addItem(str(k), k)
        self.k_choice.currentIndexChanged.connect(self._changed)
        cform.addRow(self.tr("Use:"), self.k_choice)
        self.k_scores_label = QLabel()
        self.k_scores_label.setObjectName("k_scores")
        self.k_scores_label.setWordWrap(True)
        cform.addRow(self.k_scores_label)
        lay.addWidget(clusters)

        firmo, self.dimension_checks = self._check_group(
            self.tr("Company type (pick one or two)"), "dimension", self._on_dimension_toggled, (
                ("sector", self.tr("Industry sector")),
                ("size", self.tr("Number of employees")),
                ("revenue", self.tr("Company revenue")),
                ("location", self.tr("Location")),
                ("deal_size", self.tr("Deal size")),
            ))
        lay.addWidget(firmo)

        who, self.demographic_checks = self._check_group(
            self.tr("Who they are (pick one or two)"), "demographic",
            self._on_demographic_toggled, (
                ("life_stage", self.tr("Life stage (age and children at home)")),
                ("income", self.tr("Income")),
                ("location", self.tr("Where they live")),
                ("gender", self.tr("Gender")),
                ("marital", self.tr("Marital status")),
            ))
        lay.addWidget(who)
        self.who_box = who

        effort = QGroupBox(self.tr("Service effort counts"))
        el = QVBoxLayout(effort)
        self.effort_checks: dict[str, QCheckBox] = {}
        labels = role_labels()
        for key in ("effort_score", "service_minutes", "tickets", "refunds"):
            text = labels.get(key) if key != "refunds" else self.tr("Refunds and returns")
            box = QCheckBox(text)
            box.setObjectName(f"effort:{key}")
            box.toggled.connect(self._changed)
            self.effort_checks[key] = box
            el.addWidget(box)
        lay.addWidget(effort)
        from desktopseg.gui.cost_settings import CostToServeBox

        self.cost_box = CostToServeBox()
        self.cost_box.changed.connect(self._changed)
        lay.addWidget(self.cost_box)
        lay.addStretch()
        self.setWidget(inner)

        for w in (self.margin_spin, self.min_share_spin, self.forecast_spin):
            w.valueChanged.connect(self._changed)
        for w in (self.levels_spin, self.k_min_spin, self.k_max_spin):
            w.valueChanged.connect(self._changed)
        self.date_edit.dateChanged.connect(self._changed)

    # ---- showing -------------------------------------------------------------------------------
    @staticmethod
    def _check_group(title: str, prefix: str, slot, items) -> tuple[QGroupBox, dict]:
        """Make a titled box of tick boxes, one per (key, text); each toggles ``slot``."""
        group = QGroupBox(title)
        column = QVBoxLayout(group)
        checks: dict[str, QCheckBox] = {}
        for key, text in items:
            box = QCheckBox(text)
            box.setObjectName(f"{prefix}:{key}")
            box.toggled.connect(slot)
            checks[key] = box
            column.addWidget(box)
        return group, checks

    def set_settings(self, settings: AnalysisSettings, result: AnalysisResult | None = None):
        """Show ``settings`` (and what ``result`` says about the data) without emitting."""
        self._loading = True
        try:
            self._settings = settings
            end = result.period_end if result is not None else None
            start = result.period_start if result is not None else None
            if start is not None and end is not None:
                self.date_edit.setDateRange(QDate(start.year, start.month, start.day),
                                            QDate(2100, 12, 31))
            shown = settings.analysis_date or (end.date() if end is not None else None)
            if shown is not None:
                self.date_edit.setDate(QDate(shown.year, shown.month, shown.day))
            self.last_date_check.setChecked(settings.analysis_date is None)
            self.date_edit.setEnabled(settings.analysis_date is not None)
            # A customer list has no sale dates, so "as of a date" can't apply (issue 15).
            undated = result is not None and end is None
            self.last_date_check.setEnabled(not undated)
            self.last_date_check.setToolTip(self.tr(
                "This file has no purchase dates, so it can't be analysed as of a date.")
                if undated else "")
            self.margin_spin.setValue(settings.margin_pct or 0)
            self.currency_box.set_detected(
                result.data.report.currency if result is not None else None)
            self.currency_box.set_code(settings.currency)
            has_cost = result is not None and result.margin_source == "cost"
            self.margin_spin.setEnabled(not has_cost)
            self.margin_note.setText(
                self.tr("Your file has costs, so margins are exact.") if has_cost else "")
            self.margin_note.setVisible(has_cost)
            self.min_share_spin.setValue(settings.min_segment_share * 100)
            self.forecast_spin.setValue(settings.forecast_days)
            self.levels_spin.setValue(settings.rfm_levels)
            used = {}
            rfm = result.segmentations.get("behavioral") if result is not None else None
            if rfm is not None:
                used = rfm.details.get("thresholds") or {}
            shown = settings.rfm_thresholds or used
            for dim, edit in self.cut_edits.items():
                edit.setText(format_cuts(shown.get(dim) or []))
                edit.setToolTip(edit.text())  # whole, should a long list still not fit
                edit.setEnabled(settings.rfm_thresholds is not None)
            self.custom_cuts_check.setChecked(settings.rfm_thresholds is not None)
            from desktopseg.gui.cut_points_note import cut_points_note

            self.cuts_note.setText(cut_points_note(rfm.details if rfm else None, settings))
            self.k_min_spin.setValue(settings.k_min)
            self.k_max_spin.setValue(settings.k_max)
            self.k_choice.setCurrentIndex(max(0, self.k_choice.findData(settings.k_groups))
                                          if settings.k_groups else 0)
            self.k_scores_label.setText(self._k_scores(result))
            for key, box in self.dimension_checks.items():
                box.setChecked(key in settings.firmographic_dimensions)
            for key, box in self.demographic_checks.items():
                box.setChecked(key in settings.demographic_dimensions)
            self.who_box.setVisible(result is None or "demographic" in result.segmentations)
            for key, box in self.effort_checks.items():
                box.setChecked(key in settings.effort_inputs)
            self.cost_box.set_values(settings, result)
        finally:
            self._loading = False

    def settings(self) -> AnalysisSettings:
        """Return a new AnalysisSettings with the values on screen."""
        from desktopseg.core.model import AnalysisSettings
        from desktopseg.gui.common import ui_language

        base = self._settings or AnalysisSettings(persona_language=ui_language())
        qd = self.date_edit.date()
        k_min, k_max = sorted((self.k_min_spin.value(), self.k_max_spin.value()))
        dims = tuple(k for k, b in self.dimension_checks.items() if b.isChecked())
        return dataclasses.replace(
            base,
            analysis_date=None if self.last_date_check.isChecked() else qd.toPython(),
            margin_pct=self.margin_spin.value() or None,
            min_segment_share=self.min_share_spin.value() / 100,
            forecast_days=self.forecast_spin.value(),
            rfm_levels=self.levels_spin.value(),
            rfm_thresholds=self._chosen_cuts(),
            k_min=k_min,
            k_max=k_max,
            k_groups=self.k_choice.currentData(),
            firmographic_dimensions=dims or base.firmographic_dimensions,
            demographic_dimensions=tuple(
                k for k, b in self.demographic_checks.items() if b.isChecked())
            or base.demographic_dimensions,
            effort_inputs=tuple(k for k, b in self.effort_checks.items() if b.isChecked()),
            currency=self.currency_box.code(),
            **self.cost_box.values(),
        )

    def _k_scores(self, result: AnalysisResult | None) -> str:
        """Return the silhouette of every number of groups tried, and the rule that picked one."""
        seg = result.segmentations.get("clusters") if result is not None else None
        if seg is None or not seg.details.get("silhouettes"):
            return ""
        scores = seg.details["silhouettes"]
        parts = [(f"<b>{k}: {v:.2f}</b>" if k == seg.details.get("k") else f"{k}: {v:.2f}")
                 for k, v in scores.items() if v == v]
        return self.tr("How well the groups separate (higher is better): {scores}. {rule}") \
            .replace("{scores}", ", ".join(parts)) \
            .replace("{rule}", seg.details.get("k_rule", ""))

    def _chosen_cuts(self) -> dict[str, list[float]] | None:
        """Return the cut points typed in, per R/F/M; None for automatic cuts."""
        if not self.custom_cuts_check.isChecked():
            return None
        cuts = {}
        for dim, edit in self.cut_edits.items():
            values = parse_cuts(edit.text())
            edit.setToolTip("" if values is not None else self.tr(
                "Numbers separated by ';', e.g. 30; 90; 180"))
            if values:
                cuts[dim] = values
        return cuts or None

    # ---- changes -------------------------------------------------------------------------------
    @Slot(bool)
    def _on_custom_cuts_toggled(self, checked: bool) -> None:
        for edit in self.cut_edits.values():
            edit.setEnabled(checked)
        self._changed()

    @Slot(bool)
    def _on_last_date_toggled(self, checked: bool) -> None:
        self.date_edit.setEnabled(not checked)
        self._changed()

    @Slot(bool)
    @Slot(bool)
    def _on_demographic_toggled(self, checked: bool) -> None:
        chosen = [b for b in self.demographic_checks.values() if b.isChecked()]
        if len(chosen) > 2:  # as for company type: two at most
            sender = self.sender()
            sender.blockSignals(True)
            sender.setChecked(False)
            sender.blockSignals(False)
            return
        self._changed()

    def _on_dimension_toggled(self, checked: bool) -> None:
        chosen = [b for b in self.dimension_checks.values() if b.isChecked()]
        if len(chosen) > 2:  # two dimensions at most, or the buckets multiply past reading
            sender = self.sender()
            sender.blockSignals(True)
            sender.setChecked(False)
            sender.blockSignals(False)
            return
        self._changed()

    @Slot()
    def _changed(self) -> None:
        if not self._loading:
            self._timer.start()

    def flush(self) -> None:
        """Emit a pending change now (tests, and before saving)."""
        if self._timer.isActive():
            self._timer.stop()
            self._emit()

    @Slot()
    def _emit(self) -> None:
        new = self.settings()
        if new != self._settings:
            self._settings = new
            self.settings_changed.emit(new)


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    from desktopseg.core.model import AnalysisSettings

    app = QApplication(sys.argv)
    panel = SettingsPanel()
    panel.set_settings(AnalysisSettings())
    panel.settings_changed.connect(print)
    panel.resize(360, 700)
    panel.show()
    app.exec()
