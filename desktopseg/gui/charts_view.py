"""The Charts tab: the core chart functions drawn into one embedded matplotlib canvas.

The same figure-building functions (desktopseg.core.charts) serve the screen, the print-out and
the PDF; this widget only picks one and gives it a Figure to draw into. matplotlib is imported
here, so this module is imported only when results are first shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Slot
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QWidget

from desktopseg.gui.common import log_exception

if TYPE_CHECKING:
    from desktopseg.core.model import AnalysisResult, Segmentation

CHART_KINDS = ("effort_margin", "rfm_grid", "whale_curve", "segment_sizes")


def draw_chart(kind: str, figure: Figure, result: AnalysisResult, seg: Segmentation | None):
    """Draw chart ``kind`` into ``figure``; return the figure actually drawn."""
    from desktopseg.core import charts

    figure.clear()
    if kind == "effort_margin":
        return charts.effort_margin_figure(seg, result, figure=figure)
    if kind == "rfm_grid":
        rfm = seg if seg is not None and seg.scheme == "behavioral" else \
            result.segmentations.get("behavioral")
        if rfm is None:
            reason = result.unavailable.get("behavioral", "")
            message(figure, QCoreApplication.translate(
                "ChartsView", "The recency × frequency grid needs the buying-behaviour grouping."),
                reason)
            return figure
        return charts.rfm_grid_figure(rfm, figure=figure)
    if kind == "whale_curve":
        return charts.whale_curve_figure(result, seg=seg, figure=figure)
    if kind == "segment_sizes":
        return charts.segment_sizes_figure(seg, figure=figure)
    raise ValueError(kind)


def message(figure: Figure, text: str, detail: str = "") -> None:
    """Replace the figure's content with a centred message (never an empty chart)."""
    figure.clear()
    figure.text(0.5, 0.55, text, ha="center", va="center", fontsize=13, wrap=True)
    if detail:
        figure.text(0.5, 0.45, detail, ha="center", va="center", fontsize=10, color="#555555",
                    wrap=True)


class ChartsView(QWidget):
    """A list of charts on the left, the chosen one on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._result: AnalysisResult | None = None
        self._seg: Segmentation | None = None
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        self.chooser = QListWidget()
        self.chooser.setObjectName("chartChooser")
        titles = {
            "effort_margin": self.tr("Service effort vs. margin"),
            "rfm_grid": self.tr("Recency × frequency grid"),
            "whale_curve": self.tr("Who brings the money"),
            "segment_sizes": self.tr("Segment sizes"),
        }
        for kind in CHART_KINDS:
            item = QListWidgetItem(titles[kind])
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setSizeHint(QSize(0, 34))
            self.chooser.addItem(item)
        self.chooser.setFixedWidth(210)
        self.chooser.currentRowChanged.connect(self._redraw)
        lay.addWidget(self.chooser)
        from desktopseg.gui.common import use_cjk_chart_fonts

        use_cjk_chart_fonts()
        self.figure = Figure(figsize=(8, 5), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setObjectName("chartCanvas")
        lay.addWidget(self.canvas, 1)
        # Labels are placed for the size a chart is drawn at (clear of the bubbles there); at
        # another size they could land on a bubble, so a resized chart is drawn again, once
        # the resizing has paused.
        self._drawn_size: tuple[int, int] | None = None
        self._resized = QTimer(self)
        self._resized.setSingleShot(True)
        self._resized.setInterval(150)
        self._resized.timeout.connect(self._redraw_if_resized)
        self.chooser.setCurrentRow(0)

    def current_kind(self) -> str:
        """Return the kind of chart shown."""
        item = self.chooser.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else CHART_KINDS[0]

    def show_kind(self, kind: str) -> None:
        """Select chart ``kind``."""
        self.chooser.setCurrentRow(CHART_KINDS.index(kind))

    def set_result(self, result: AnalysisResult | None, seg: Segmentation | None) -> None:
        """Draw the charts for ``seg`` of ``result``."""
        self._result, self._seg = result, seg
        self._redraw()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Draw the chart again for its new size after the resizing pauses."""
        super().resizeEvent(event)
        self._resized.start()

    @Slot()
    def _redraw_if_resized(self) -> None:
        if self._result is not None and self._canvas_size() != self._drawn_size:
            self._redraw()

    def _canvas_size(self) -> tuple[int, int]:
        return self.canvas.width(), self.canvas.height()

    @Slot()
    def _redraw(self) -> None:
        fig = self.canvas.figure
        self._drawn_size = self._canvas_size()
        if self._result is None:
            message(fig, self.tr("No results yet."))
        else:
            try:
                drawn = draw_chart(self.current_kind(), fig, self._result, self._seg)
                if drawn is not None and drawn is not fig:
                    # The chart function made its own Figure: show that one.
                    self.canvas.figure = drawn
                    drawn.set_canvas(self.canvas)
                    self.figure = drawn
            except ImportError:
                message(fig, self.tr("Charts are not available in this version."))
            except Exception as exc:  # noqa: BLE001 - a broken chart must not break the window
                path = log_exception(exc)
                message(self.canvas.figure,
                        self.tr("Sorry, this chart could not be drawn."),
                        self.tr("The details are in {path}").format(path=path))
        self.canvas.draw_idle()


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    from desktopseg.gui.preview_data import sample_result

    app = QApplication(sys.argv)
    result = sample_result()
    view = ChartsView()
    view.set_result(result, next(iter(result.segmentations.values()), None))
    view.resize(1200, 700)
    view.show()
    app.exec()
