"""The Forecast tab and the "chance to buy again" column of the drill-down."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktopseg.core.pipeline import run
from desktopseg.gui.buckets_view import CustomersDialog, bucket_customers
from desktopseg.gui.forecast_view import ForecastView
from desktopseg.gui.models import SORT_ROLE
from desktopseg.gui.results import ResultsPage


@pytest.fixture(scope="module")
def retail(shared_data):
    return run(shared_data / "online_retail_sample.csv")


def test_forecast_tab_says_how_far_to_trust_it(qtbot, retail, tmp_path):
    """The tab shows the orders ahead, the backtest's sentence and a drawn chart."""
    page = ResultsPage()
    qtbot.addWidget(page)
    page.set_result(retail)
    page.refresh_all()
    view = page.forecast
    assert isinstance(view, ForecastView)
    bt = retail.forecast.backtest
    # A year of sales, forecast into the Christmas weeks: the season cannot be known
    assert view.trust.text() == bt.sentence() + "\n" + retail.forecast.season_sentence()
    assert "same weeks of an earlier year" in view.trust.text()
    assert f"{bt.best['actual_orders']:,.0f}" in view.trust.text()
    assert f"next {retail.forecast.days} days" in view.headline.text()
    axes = view.figure.axes
    assert axes and len(axes[0].lines) >= 3  # actual, tested forecast, forecast ahead
    page.resize(1100, 700)
    page.tabs.setCurrentIndex(3)
    page.grab().save(str(tmp_path / "forecast_tab.png"))
    page.grab().save("/tmp/x16/forecast_tab.png")


def test_forecast_tab_without_a_forecast_says_why(qtbot, retail):
    view = ForecastView()
    qtbot.addWidget(view)
    view.set_result(None)
    assert "No forecast" in view.headline.text()
    assert view.trust.text() == ""


def test_drill_down_sorts_by_chance_to_buy_again(qtbot, retail):
    """The drill-down has a 'Chance to buy again' column; sorting it puts the likeliest first."""
    seg = retail.segmentations["behavioral"]
    name = seg.segments[0].name
    frame = bucket_customers(retail, seg, name)
    dialog = CustomersDialog(frame, name)
    qtbot.addWidget(dialog)
    cols = list(frame.columns)
    col = cols.index("chance_buy")
    assert dialog.model.headerData(col, Qt.Orientation.Horizontal) == "Chance to buy again (%)"
    dialog.table.sortByColumn(col, Qt.SortOrder.DescendingOrder)
    proxy = dialog.proxy
    top = [proxy.data(proxy.index(r, col), SORT_ROLE) for r in range(min(20, proxy.rowCount()))]
    assert top == sorted(top, reverse=True)
    expected = retail.customers.loc[frame["customer"], "chance_buy"].max() * 100
    assert top[0] == pytest.approx(round(expected))


def test_settings_panel_switches_the_forecast_off(qtbot):
    """The forecast days show in the settings; 0 ('off') reaches the analysis settings."""
    from desktopseg.core.model import AnalysisSettings
    from desktopseg.gui.settings_panel import SettingsPanel

    panel = SettingsPanel()
    qtbot.addWidget(panel)
    panel.set_settings(AnalysisSettings())
    assert panel.forecast_spin.value() == 90
    with qtbot.waitSignal(panel.settings_changed, timeout=5000) as blocker:
        panel.forecast_spin.setValue(0)
    assert blocker.args[0].forecast_days == 0
    assert panel.forecast_spin.text() == "off"
