"""The Forecast tab: how many orders to expect, how far to trust it, and the backtest chart.

The text and the chart come from core (core/forecast.py, core/forecast_charts.py), so the
window and the printed report say the same thing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktopseg.gui.common import fmt_money, fmt_number, mute

if TYPE_CHECKING:
    from desktopseg.core.model import AnalysisResult


class ForecastView(QWidget):
    """Expected orders and revenue ahead, the backtest sentence and forecast-vs-actual chart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        self.headline = QLabel()
        self.headline.setObjectName("forecastHeadline")
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.headline.setFont(font)
        lay.addWidget(self.headline)
        self.trust = QLabel()
        self.trust.setObjectName("forecastTrust")
        self.trust.setWordWrap(True)
        lay.addWidget(self.trust)
        self.source = QLabel()
        self.source.setWordWrap(True)
        mute(self.source)
        lay.addWidget(self.source)
        from desktopseg.gui.common import use_cjk_chart_fonts

        use_cjk_chart_fonts()
        self.figure = Figure(figsize=(8, 4.5), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setObjectName("forecastCanvas")
        lay.addWidget(self.canvas, 1)

    def set_result(self, result: AnalysisResult | None) -> None:
        """Show the forecast of ``result`` (or say why there is none)."""
        from desktopseg.core.forecast_charts import forecast_figure

        fc = getattr(result, "forecast", None) if result is not None else None
        if fc is None:
            self.headline.setText(self.tr(
                "No forecast: it needs sales with dates, and it can be switched off in the "
                "settings."))
            self.trust.setText("")
            self.source.setText("")
        else:
            self.headline.setText(self.tr(
                "In the next {days} days, the customers you have are expected to place about "
                "{orders} orders worth about {revenue}.").format(
                    days=fc.days, orders=fmt_number(fc.expected_orders),
                    revenue=fmt_money(fc.expected_revenue)))
            self.trust.setText("\n".join(
                t for t in (fc.backtest.sentence(), fc.season_sentence()) if t))
            self.source.setText(fc.churn_sentence())
        forecast_figure(fc, figure=self.figure, title=False)
        self.canvas.draw_idle()


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    from desktopseg.gui.preview_data import sample_result

    app = QApplication(sys.argv)
    view = ForecastView()
    view.set_result(sample_result())
    view.resize(1000, 650)
    view.show()
    app.exec()
