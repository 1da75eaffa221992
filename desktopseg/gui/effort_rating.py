"""The owner's own service-effort rating (1-10) per segment (issue 14).

Typed in the Groups table (the effort column is editable) or on a persona card; saved in the
analysis settings (so in the project), and the chart, cards and report follow at once. A
per-customer effort column in the file still wins over a rating.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QWidget

if TYPE_CHECKING:
    from desktopseg.core.model import SegmentProfile

#: The spin box value that means "not rated".
NOT_RATED = 0


class EffortRatingBox(QWidget):
    """A "Your effort rating" spin box for one segment; 0 shows "not rated"."""

    rated = Signal(str, float)  # segment name, rating (0: cleared)

    def __init__(self, profile: SegmentProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Your effort rating (1–10):"))
        self.spin = QSpinBox()
        self.spin.setObjectName("effortRating")
        self.spin.setRange(NOT_RATED, 10)
        self.spin.setSpecialValueText(self.tr("not rated"))
        self.spin.setToolTip(self.tr(
            "How much of your time these customers take, 1 = little, 10 = a lot. Your rating "
            "replaces the estimate in the chart and the report (a service column in the file "
            "still wins)."))
        rating = profile.extra.get("effort_rating")
        self.spin.setValue(int(round(rating)) if rating else NOT_RATED)
        if profile.extra.get("effort_source") == "column":
            self.spin.setEnabled(False)  # the file's own service figures win
            self.spin.setToolTip(self.tr(
                "The file has its own service figures for each customer; those are used."))
        label.setBuddy(self.spin)
        lay.addWidget(label)
        lay.addWidget(self.spin)
        lay.addStretch(1)
        self.spin.editingFinished.connect(self._on_edited)

    @Slot()
    def _on_edited(self) -> None:
        value = self.spin.value()
        before = self.profile.extra.get("effort_rating") or NOT_RATED
        if value != before:
            self.rated.emit(self.profile.name, float(value))


def rating_text(profile: SegmentProfile) -> str:
    """Return the Groups table's effort cell: the figure and where it comes from."""
    from desktopseg.gui.common import fmt_number

    value = fmt_number(profile.avg_effort, 1)
    source = profile.extra.get("effort_source")
    if source == "rating":
        return QCoreApplication.translate("EffortRating", "{value} (your rating)").format(
            value=value)
    if source == "estimated":
        return QCoreApplication.translate(
            "EffortRating", "{value} (estimated from activity)").format(value=value)
    return value
