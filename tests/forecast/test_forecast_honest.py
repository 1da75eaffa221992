"""The forecast as the app makes it on the day of a split, scored on what came after.

Nothing here looks at the held-out days before the forecast is made: ``forecast_lines`` gets
the sales up to the cut-off only; its own test inside that part picks the model and any
correction (issue 16: corrections decided from the calibration data alone).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from desktopseg.core import forecast as F
from desktopseg.core.forecast_models import _pareto_ll, _pareto_ll_grad, fit
from tests.forecast.simulate import simulate_history


def _split(tx, hold):
    lines = F.prepare_lines(tx)
    end = int(lines.p_day.max())
    cut = end - hold
    h, pred, bt = F.forecast_lines(lines.upto(cut), cut, hold)
    actual = F._actuals(lines, h, cut, end)[0]
    plain = fit(pred.model.kind, h.x, h.t_x, h.T)
    plain_total = F.predict(h, plain, None, hold).expected_orders.sum()
    return pred, bt, actual.sum(), plain_total


def test_one_earlier_christmas_is_enough_to_forecast_the_peak():
    """Two years like the public Online Retail II (2009-12 to 2011-12), forecast from September.

    A model without seasons misses the pre-Christmas weeks by about a third; the same weeks of
    the one earlier year, checked by the app's own test in the summer, bring it close.
    """
    tx = simulate_history(6000, days=740, births=600, seasonal=1.5, start="2009-12-01", seed=21)
    tx = tx[tx["date"] <= "2011-12-09"]
    lines = F.prepare_lines(tx)
    cut = int(lines.p_day.max()) - 90
    assert F.seasonal_factor(lines.upto(cut), cut, 90) > 1.2  # from a single earlier year
    pred, bt, actual, plain = _split(tx, 90)
    assert plain / actual - 1 < -0.2
    assert bt.correction in ("season", "trend")
    assert pred.expected_orders.sum() / actual - 1 == pytest.approx(0, abs=0.15)


def test_a_quiet_summer_is_not_carried_into_the_christmas_weeks():
    """Three years with a Christmas peak, forecast from late September.

    The app's test holds out the summer, when the model forecasts too much; that miss is the
    season, so it must not scale the forecast of the busiest weeks down.
    """
    tx = simulate_history(6000, days=3 * 365, births=730, seasonal=1.5, start="2021-01-01",
                          seed=22)
    tx = tx[tx["date"] <= "2023-12-20"]
    pred, bt, actual, plain = _split(tx, 90)
    assert bt.available and bt.correction
    assert plain / actual - 1 < -0.2
    assert pred.factor > 1.2
    assert pred.expected_orders.sum() / actual - 1 == pytest.approx(0, abs=0.15)


def test_a_stationary_history_is_left_uncorrected_or_nearly():
    tx = simulate_history(6000, seed=23)
    pred, bt, actual, plain = _split(tx, 180)
    assert 0.85 < pred.factor < 1.15
    assert pred.expected_orders.sum() / actual - 1 == pytest.approx(0, abs=0.12)


def test_pareto_gradient_matches_finite_differences():
    rng = np.random.default_rng(0)
    x = rng.integers(0, 20, 200).astype(float)
    T = rng.uniform(10, 400, 200)
    t_x = np.where(x > 0, T * rng.uniform(0, 1, 200), 0.0)
    p = np.array([0.6, 70.0, 0.7, 90.0])
    ll, grad = _pareto_ll_grad(p, x, t_x, T)
    assert ll == pytest.approx(_pareto_ll(p, x, t_x, T))
    for i in range(4):
        d = np.zeros(4)
        d[i] = 1e-6 * p[i]
        num = (_pareto_ll(p + d, x, t_x, T) - _pareto_ll(p - d, x, t_x, T)) / (2 * d[i])
        assert grad[:, i] == pytest.approx(num, rel=1e-3, abs=1e-4)


def test_every_customer_is_fitted_not_a_sample():
    """A 20,000-customer fit equals the fit on everyone (a sample would move the parameters)."""
    tx = simulate_history(20000, seed=24)
    lines = F.prepare_lines(tx)
    h = F.summarise(lines, int(lines.p_day.max()))
    default = fit("pareto", h.x, h.t_x, h.T)
    everyone = fit("pareto", h.x, h.t_x, h.T, size=10**9)
    assert default.params == pytest.approx(everyone.params, rel=1e-6)


def test_modified_bg_nbd_gradient_matches_finite_differences():
    from desktopseg.core.forecast_models import _bg_ll, _mbg_ll_grad

    rng = np.random.default_rng(1)
    x = rng.integers(0, 20, 200).astype(float)
    T = rng.uniform(10, 400, 200)
    t_x = np.where(x > 0, T * rng.uniform(0, 1, 200), 0.0)
    p = np.array([0.6, 70.0, 0.8, 1.3])
    ll, grad = _mbg_ll_grad(p, x, t_x, T)
    for i in range(4):
        d = np.zeros(4)
        d[i] = 1e-6 * p[i]
        num = (_bg_ll(p + d, x, t_x, T, True) - _bg_ll(p - d, x, t_x, T, True)) / (2 * d[i])
        assert grad[:, i] == pytest.approx(num, rel=1e-4, abs=1e-6)


def test_the_weekly_forecast_follows_the_season_it_was_corrected_for():
    """The chart's held-out weeks: with a season correction, the Christmas weeks are forecast
    busier than October, as they were; the weeks still add up to the forecast's total."""
    tx = simulate_history(6000, days=740, births=600, seasonal=1.5, start="2009-12-01", seed=21)
    tx = tx[tx["date"] <= "2011-12-09"]
    lines = F.prepare_lines(tx)
    bt, _preds = F.run_backtest(lines, int(lines.p_day.max()), 90)
    assert bt.correction in ("season", "trend")
    w = bt.weekly[bt.weekly["forecast"].notna()].set_index("week")
    october, december = w.loc["2011-10-01":"2011-10-31"], w.loc["2011-11-20":"2011-12-09"]
    assert december["actual"].mean() > 1.5 * october["actual"].mean()  # the peak is there
    assert december["forecast"].mean() > 1.5 * october["forecast"].mean()
    days = np.minimum(7, (pd.Timestamp(bt.end) - w.index).days + 1)
    assert (w["forecast"] * days / 7).sum() == pytest.approx(bt.best["forecast_orders"], rel=1e-6)


@pytest.mark.parametrize("days, known", [(300, False), (900, True)])
def test_the_forecast_says_when_it_cannot_know_the_season(tmp_path, days, known):
    """Under a year of sales cannot show the weeks ahead a year earlier: the forecast says so.

    The shared online retail sample (a year of sales, forecast into the Christmas weeks) missed
    by a third for this reason; a history that covers those weeks once says nothing.
    """
    from desktopseg.core.model import AnalysisSettings
    from desktopseg.core.pipeline import run
    from desktopseg.report.forecast_page import forecast_page_html

    tx = simulate_history(1500, days=days, births=min(days // 2, 300), start="2022-01-01",
                          seed=23)
    src = tmp_path / "sales.csv"
    tx.rename(columns={"customer_key": "Customer", "date": "Date", "amount": "Amount",
                       "order_id": "Order"}).to_csv(src, index=False)
    result = run(src, settings=AnalysisSettings(forecast_days=90, schemes=("value",)))
    fc = result.forecast
    assert fc.season_known is known
    sentence = fc.season_sentence()
    assert bool(sentence) is not known
    assert (sentence in fc.notes) is not known
    if not known:
        assert "same weeks of an earlier year" in sentence
        assert "same weeks of an earlier year" in forecast_page_html(result)
