"""The report's forecast page: orders and revenue ahead, how far to trust them, and the chart.

Drawn by report/render.py's writer after the overview when the analysis has a forecast; the
words and the chart are core's (core/forecast.py, core/forecast_charts.py), as in the window.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from desktopseg.core.i18n import localize_number


def _money(x: float, result) -> str:
    from desktopseg.core.currency import format_money, of_result

    return format_money(localize_number(f"{x:,.0f}"), of_result(result))


def forecast_page_html(result) -> str:
    """Heading and the sentences of the forecast page."""
    fc = result.forecast
    head = QCoreApplication.translate(
        "report", "In the next {days} days, the customers you have are expected to place "
        "about {orders} orders worth about {revenue}.").format(
        days=fc.days, orders=localize_number(f"{fc.expected_orders:,.0f}"),
        revenue=_money(fc.expected_revenue, result))
    title = QCoreApplication.translate("report", "Forecast")
    parts = [head, fc.backtest.sentence(), fc.season_sentence(), fc.churn_sentence()]
    return (f"<h2>{html.escape(title)}</h2>"
            + "".join(f"<p>{html.escape(p)}</p>" for p in parts if p))


def draw_forecast_page(writer) -> None:
    """Draw the forecast page with ``writer`` (render.py's _ReportWriter) on a new page."""
    from desktopseg.core.forecast_charts import forecast_figure

    pa = writer.paint
    bottom = pa.height - writer.footer()
    doc = pa.doc(forecast_page_html(writer.result), pa.width)
    y = pa.draw_doc(doc, 0, 0) + pa.pt(10)
    writer._chart(lambda: forecast_figure(writer.result.forecast, title=False), y, bottom,
                  max_height=pa.width * 0.62)
