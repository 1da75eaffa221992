"""Forecast models recover the process a history was drawn from; the backtest says it plainly."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest
from scipy.integrate import quad

from desktopseg.core import forecast as F
from desktopseg.core.forecast_models import _pareto_log_a0, fit, fit_spend
from tests.forecast.simulate import simulate_history

WEEK = 7.0


def _summary(tx, holdout=0):
    lines = F.prepare_lines(tx)
    end = int(lines.p_day.max())
    return lines, end, F.summarise(lines, end - holdout)


def test_pareto_nbd_fit_recovers_the_rates_it_was_drawn_from():
    """Pareto/NBD on a CDNOW-like history: mean buying and drop-out rates within 20 %."""
    r, alpha, s, beta = 0.55, 10.6 * WEEK, 0.61, 11.7 * WEEK
    _l, _e, h = _summary(simulate_history(6000, params=(0.55, 10.6, 0.61, 11.7), seed=3))
    m = fit("pareto", h.x, h.t_x, h.T)
    fr, fa, fs, fb = m.params
    assert fr / fa == pytest.approx(r / alpha, rel=0.2)
    assert fs / fb == pytest.approx(s / beta, rel=0.35)


def test_bg_nbd_fit_recovers_the_rates_it_was_drawn_from():
    r, alpha, a, b = 0.24, 4.41 * WEEK, 0.79, 2.43
    tx = simulate_history(6000, process="bgnbd", params=(0.24, 4.41, 0.79, 2.43), seed=4)
    _l, _e, h = _summary(tx)
    m = fit("bgnbd", h.x, h.t_x, h.T)
    fr, fa, fa_, fb = m.params
    assert fr / fa == pytest.approx(r / alpha, rel=0.2)
    assert fa_ / (fa_ + fb) == pytest.approx(a / (a + b), rel=0.25)  # chance to drop out


def test_pareto_integral_matches_adaptive_quadrature():
    params = (0.6, 70.0, 0.7, 400.0)
    x = np.array([0.0, 1.0, 5.0, 30.0])
    t_x = np.array([0.0, 40.0, 100.0, 300.0])
    T = np.array([200.0, 200.0, 350.0, 310.0])
    got = _pareto_log_a0(params, x, t_x, T)
    r, a, s, b = params
    for i in range(len(x)):
        v, _err = quad(lambda u, i=i: (a + u) ** -(r + x[i]) * (b + u) ** -(s + 1), t_x[i], T[i],
                       epsrel=1e-12)
        assert got[i] == pytest.approx(np.log((r + s + x[i]) * v), abs=2e-3)


def test_gamma_gamma_recovers_the_average_spend():
    tx = simulate_history(4000, spend=(6.25, 3.74, 15.44), seed=5)
    _l, _e, h = _summary(tx)
    model = fit_spend(h.mean_spend, h.days)
    truth = 6.25 * 15.44 / (3.74 - 1)  # mean spend per purchase of the population
    assert model.p * model.v / (model.q - 1) == pytest.approx(truth, rel=0.15)


def test_backtest_forecasts_a_stationary_history_closely_and_says_so():
    tx = simulate_history(5000, seed=6)
    lines, end, _h = _summary(tx)
    bt, _preds = F.run_backtest(lines, end, 90)
    assert bt.available and bt.days == 90
    cut = pd.Timestamp(bt.cut)
    known = set(tx.loc[tx["date"] <= cut, "customer_key"])
    later = tx[(tx["date"] > cut) & tx["customer_key"].isin(known)]
    assert bt.best["actual_orders"] == later["order_id"].nunique()
    assert bt.best["total_error"] == pytest.approx(0, abs=0.12)
    assert bt.best["auc_chance_active"] > 0.6
    sentence = bt.sentence()
    assert re.fullmatch(
        r"Over the last 90 days \(to \d{4}-\d\d-\d\d\) we would have forecast [\d,]+ orders "
        r"from the customers we already had; there were [\d,]+\.", sentence)
    assert f"{later['order_id'].nunique():,}" in sentence


def test_seasonal_correction_is_kept_only_where_the_test_shows_it_helps():
    """Three years with a Christmas peak: the same weeks last year correct the total."""
    tx = simulate_history(5000, days=3 * 365, births=730, seasonal=1.5, start="2021-01-01",
                          seed=9)
    tx = tx[tx["date"] <= "2023-12-20"]
    lines, end, _h = _summary(tx)
    bt, preds = F.run_backtest(lines, end, 90)
    assert "season" in bt.corrections_checked
    # "trend" is the recent miss less its season, times the season ahead: it carries it too.
    assert bt.correction in ("season", "trend") and bt.factor > 1.2
    plain = abs(bt.measures[bt.model]["total_error"])
    assert plain > 0.25  # a model without seasons misses the Christmas peak
    assert abs(bt.best["total_error"]) < plain / 2


def test_too_short_a_history_says_so_without_numbers():
    tx = simulate_history(500, days=60, births=30, seed=8)
    lines, end, _h = _summary(tx)
    bt, _preds = F.run_backtest(lines, end, 90)
    assert not bt.available
    assert "too short" in bt.sentence()
    assert not re.search(r"\d", bt.sentence())


def test_pipeline_adds_forecast_columns_and_persona_sentence(shared_data):
    from desktopseg.core.model import AnalysisSettings
    from desktopseg.core.pipeline import run

    result = run(shared_data / "online_retail_sample.csv", settings=AnalysisSettings(
        forecast_days=60))
    c = result.customers
    for col in ("expected_orders", "chance_active", "expected_revenue", "chance_buy"):
        assert col in c and c[col].notna().mean() > 0.95
    bought = c["orders"] > 0  # customers who only returned things get no forecast
    assert c.loc[bought, ["expected_orders", "chance_active", "chance_buy"]].notna().all().all()
    assert c.loc[~bought, "expected_orders"].isna().all()
    assert c.loc[bought, "chance_active"].between(0, 1).all()
    assert c.loc[bought, "chance_buy"].between(0, 1).all()
    assert (c.loc[bought, "chance_buy"] <= c.loc[bought, "chance_active"] + 1e-9).all()
    # Frequent recent buyers are expected to buy more than one-time buyers long gone.
    busy = c["orders"] >= c["orders"].quantile(0.9)
    gone = (c["orders"] == 1) & (c["recency_days"] > 200)
    assert c.loc[busy, "expected_orders"].mean() > 3 * c.loc[gone, "expected_orders"].mean()
    fc = result.forecast
    assert fc.days == 60 and fc.churn_source in ("model", "rules")
    seg = result.segmentations["behavioral"]
    story = seg.segments[0].persona.story
    assert re.search(r"(About \d+|Fewer than 1) in 10 are expected to buy again in the next "
                     r"60 days\.", story)


def test_forecast_can_be_switched_off(shared_data):
    from desktopseg.core.model import AnalysisSettings
    from desktopseg.core.pipeline import run

    result = run(shared_data / "online_retail_sample.csv",
                 settings=AnalysisSettings(forecast_days=0, schemes=("value",)))
    assert result.forecast is None and "expected_orders" not in result.customers


def test_buy_again_sentence_rounds_to_tenths():
    assert F.buy_again_sentence([0.55, 0.65], 90) == (
        "About 6 in 10 are expected to buy again in the next 90 days.")
    assert F.buy_again_sentence([0.01], 30).startswith("Fewer than 1 in 10")
    assert F.buy_again_sentence([], 30) == ""
