"""The forecast-vs-actual chart, shared by the window and the printed report (like core/charts.py).

Weekly orders of the customers the shop already had: what happened (solid), what the backtest
would have forecast for the held-out weeks (dashed, same colour as the line it is tested
against), and the forecast for the weeks ahead (dotted).
"""

from __future__ import annotations

import textwrap

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from desktopseg.core.charts import _message, _prepare
from desktopseg.core.i18n import _, localize_number

ACTUAL_COLOR = "#4C72B0"
FORECAST_COLOR = "#DD8452"


def forecast_figure(forecast, figure: Figure | None = None, title: bool = True) -> Figure:
    """Draw weekly orders, the backtest's forecast and the forecast ahead; or say why not.

    ``title``: put the backtest's sentence above the chart (the window shows it beside).
    """
    figure = _prepare(figure)
    if forecast is None:
        return _message(figure, _("Forecast"), [_(
            "There is no forecast: the file has no dated sales, or the forecast is switched off.")])
    bt = forecast.backtest
    weekly = bt.weekly if bt.available else None
    ahead = forecast.future_weekly
    ax = figure.add_subplot()
    if weekly is not None and len(weekly):
        ax.plot(weekly["week"], weekly["actual"], color=ACTUAL_COLOR, lw=1.8,
                label=_("Orders that came in (customers you already had)"))
        tested = weekly["forecast"].notna()
        ax.plot(weekly.loc[tested, "week"], weekly.loc[tested, "forecast"], color=FORECAST_COLOR,
                lw=2, ls="--", label=_("What the test would have forecast"))
        ax.axvline(pd.Timestamp(bt.cut) + pd.Timedelta(days=1), color="#888888", lw=0.8)
    if ahead is not None and len(ahead):
        ax.plot(ahead["week"], ahead["forecast"], color=FORECAST_COLOR, lw=2, ls=":",
                label=_("Forecast for the next {n} days").format(n=forecast.days))
    ax.set_ylabel(_("Orders per week"))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: localize_number(f"{v:,.0f}")))
    ax.set_ylim(bottom=0)
    ax.grid(axis="y", color="#e5e5e5")
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(loc="best", fontsize=9, frameon=False)
    if title:
        ax.set_title(textwrap.fill(bt.sentence(), 90), fontsize=10, loc="left")
    figure.autofmt_xdate()
    return figure
