"""Per-customer forecasts for the next N days, and a backtest on the shop's own history.

    summarise(tx, cut)        -> Histories   (x, t_x, T per customer in days; spend; orders)
    forecast_histories(...)   -> per-customer expected orders, chance active, expected revenue
    backtest(tx, end, days)   -> Backtest    (hold out the last part, forecast it, compare)
    attach_forecast(result)   -> adds the forecast columns to result.customers (pipeline hook)

Formulas the user sees:
- A purchase is a customer's buying on one day (several orders on a day count as one purchase;
  an order without an order id is a customer's purchases on one day). Expected orders are
  expected purchase days times the shop's orders per purchase day.
- expected_orders, chance_active: the purchase model (BG/NBD, modified BG/NBD or Pareto/NBD,
  fitted by maximum likelihood on every customer; of those that ranked who bought again best
  in the backtest, the one whose chance still active told the returning customers best; with
  no backtest, the likeliest).
- chance_buy (shown as "chance to buy again"): chance of at least one purchase in the N days,
  E / (1 + E) for E expected purchase days (a geometric count), at most chance_active.
- expected_revenue: expected purchase days x expected spend per purchase day (Gamma-Gamma).
- Seasonal correction: when the history covers the same days a year earlier (a year and a half
  before them) and the backtest confirms it helps, forecasts are scaled by how busy those days
  were against their year. Trend correction: how far the model missed the last days tested,
  less their season, times the season ahead; also kept only when the backtest shows it helps.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import numpy as np
import pandas as pd

from desktopseg.core.forecast_models import (
    MODELS,
    FittedModel,
    SpendModel,
    fit,
    fit_sample,
    fit_spend,
)
from desktopseg.core.i18n import N_, _, localize_number

#: Plain names of the purchase models.
MODEL_NAMES = {
    "bgnbd": N_("BG/NBD purchase model"),
    "mbgnbd": N_("modified BG/NBD purchase model"),
    "pareto": N_("Pareto/NBD purchase model"),
}
#: Models the app tries (plain BG/NBD is kept for comparisons: it calls every customer who
#: never came back certainly still active).
APP_MODELS = ("mbgnbd", "pareto")
#: Fewest customers with a repeat purchase the backtest's first part needs.
MIN_REPEATERS = 20
#: Shortest holdout (days) worth reporting.
MIN_HOLDOUT_DAYS = 28
#: Forecast columns added to the customers table (and the CSV / Customers sheet).
FORECAST_COLUMNS = ("expected_orders", "chance_active", "expected_revenue", "chance_buy")
#: chance_buy limits for the model's churn risk: high below the first, medium below the second.
CHURN_CHANCE_LIMITS = (0.2, 0.5)

_DAY = np.timedelta64(1, "D")


@dataclass
class Histories:
    """One row per customer, in days from the first purchase; index order = ``keys``."""

    keys: pd.Index
    x: np.ndarray  # repeat purchase days
    t_x: np.ndarray  # day of the last purchase, counted from the first
    T: np.ndarray  # days from the first purchase to the cut-off
    days: np.ndarray  # purchase days (x + 1)
    mean_spend: np.ndarray  # spend per purchase day
    orders: np.ndarray  # distinct orders
    orders_per_day: float  # the shop's orders per purchase day
    codes: np.ndarray | None = None  # the customers' codes in Lines


@dataclass
class Lines:
    """Sales lines boiled down once per analysis to what every step below reads.

    keys: the customer keys, by code. Purchases (a customer's buying on one day), sorted by
    customer then day: p_cust, p_day (days since 1970-01-01), p_spend. Orders (an order id
    belongs to one customer; a line without one is a customer's purchases on one day):
    o_cust, o_day (the day of its first line).
    """

    keys: pd.Index
    p_cust: np.ndarray
    p_day: np.ndarray
    p_spend: np.ndarray
    o_cust: np.ndarray
    o_day: np.ndarray

    @property
    def first_day(self) -> int:
        """Return the first day with a purchase."""
        return int(self.p_day.min()) if len(self.p_day) else 0

    def upto(self, end: int) -> Lines:
        """Return the purchases and orders on or before day ``end``."""
        p, o = self.p_day <= end, self.o_day <= end
        if p.all() and o.all():
            return self
        return Lines(self.keys, self.p_cust[p], self.p_day[p], self.p_spend[p], self.o_cust[o],
                     self.o_day[o])


def _day_numbers(dates) -> np.ndarray:
    return np.asarray(dates).astype("datetime64[D]").astype(np.int64)


def prepare_lines(tx: pd.DataFrame) -> Lines:
    """Lines with a customer and a date, refund lines left out, as :class:`Lines`."""
    keep = tx["customer_key"].notna().to_numpy() & tx["date"].notna().to_numpy()
    if "is_refund" in tx:
        keep &= ~tx["is_refund"].fillna(False).astype(bool).to_numpy()
    cust, keys = pd.factorize(tx["customer_key"][keep], sort=True)
    cust = cust.astype(np.int64)
    day = _day_numbers(tx["date"][keep])
    amount = np.nan_to_num(pd.to_numeric(tx["amount"][keep], errors="coerce").to_numpy(float))
    d0 = int(day.min()) if len(day) else 0
    width = int(day.max(initial=d0) - d0) + 1
    pair, inv = np.unique(cust * width + (day - d0), return_inverse=True)
    spend = np.bincount(inv.ravel(), weights=amount, minlength=len(pair))
    if "order_id" in tx:
        order = pd.factorize(tx["order_id"][keep])[0].astype(np.int64)
        missing = order < 0
        order[missing] = order.max(initial=-1) + 1 + inv.ravel()[missing]
    else:
        order = inv.ravel().astype(np.int64)
    _u, first = np.unique(order, return_index=True)
    return Lines(pd.Index(keys, name="customer_key"), pair // width, pair % width + d0, spend,
                 cust[first], day[first])


def _firsts(sorted_codes: np.ndarray) -> np.ndarray:
    """Mask of the first element of each run of equal codes."""
    return np.r_[True, sorted_codes[1:] != sorted_codes[:-1]] if len(sorted_codes) else \
        np.zeros(0, bool)


def summarise(lines: Lines, cut: int) -> Histories:
    """Summarise the lines on or before day ``cut``, one row per customer who bought by then."""
    sel = lines.p_day <= cut
    pc, pday, spend = lines.p_cust[sel], lines.p_day[sel], lines.p_spend[sel]
    starts = _firsts(pc)
    present = pc[starts]
    n = len(present)
    idx = np.cumsum(starts) - 1  # customer position of every purchase
    ndays = np.bincount(idx, minlength=n).astype(float)
    first = pday[starts]
    last = pday[np.r_[np.flatnonzero(starts)[1:] - 1, len(pday) - 1]] if n else first
    mean_spend = np.bincount(idx, weights=spend, minlength=n) / np.maximum(ndays, 1)
    pos = np.full(len(lines.keys), -1)
    pos[present] = np.arange(n)
    oc = pos[lines.o_cust[lines.o_day <= cut]]
    orders = np.bincount(oc[oc >= 0], minlength=n).astype(float)
    total_days = ndays.sum()
    return Histories(
        keys=lines.keys[present],
        x=ndays - 1, t_x=(last - first).astype(float), T=(cut - first).astype(float),
        days=ndays, mean_spend=mean_spend, orders=orders,
        orders_per_day=float(orders.sum() / total_days) if total_days else 1.0, codes=present)


@dataclass
class Prediction:
    """Per-customer forecast for ``days`` days after the cut-off (arrays in Histories order)."""

    model: FittedModel
    spend: SpendModel | None
    expected_days: np.ndarray
    chance_active: np.ndarray
    chance_buy: np.ndarray
    expected_orders: np.ndarray
    expected_revenue: np.ndarray
    factor: float = 1.0  # seasonal correction applied


def predict(h: Histories, model: FittedModel, spend: SpendModel | None, days: int,
            factor: float = 1.0) -> Prediction:
    """Forecast ``days`` days ahead with a fitted model; ``factor`` scales the counts."""
    e, alive, _exact = model.predict(h.x, h.t_x, h.T, days)
    e = e * factor
    # Chance of buying at least once: a geometric count with the expected number as its mean,
    # never above the chance still active. The models' own zero terms ranked who bought again
    # worse than the expected number did in the backtests (CDNOW, online retail) and came out
    # lower than what happened; this one ranks exactly as the expected number.
    buy = np.minimum(e / (1.0 + e), alive)
    per_day = (spend.expected_spend(h.mean_spend, h.days) if spend is not None
               else np.full(len(e), float(np.mean(h.mean_spend)) if len(e) else 0.0))
    return Prediction(model, spend, e, alive, buy, e * h.orders_per_day, e * per_day, factor)


# ---------------------------------------------------------------------------------------------
# Seasonal correction
# ---------------------------------------------------------------------------------------------

def season_index(lines: Lines, cut: int) -> np.ndarray | None:
    """Seasonal index by week of the year (52 values, NaN where unknown) from the days to ``cut``.

    Classic ratio to a centred 52-week moving average: purchases per week divided by the
    average of the year around it (so growth or decline of the customer base cancels out),
    averaged by week of the year over the years the history covers; repeat purchases only.
    None when the history is shorter than 60 weeks.
    """
    keep = lines.p_day <= cut
    # Repeat purchase days only (what the models forecast): the first of each customer is
    # when the shop won them, which follows its marketing, not the customers' season.
    day = lines.p_day[keep][~_firsts(lines.p_cust[keep])]
    if not len(day):
        return None
    first = int(day.min())
    weeks = (cut - first + 1) // 7  # whole weeks ending on the cut-off
    if weeks < 52 + 8:
        return None
    origin = cut + 1 - 7 * weeks
    counts = np.bincount((day[day >= origin] - origin) // 7, minlength=weeks)[:weeks].astype(float)
    cma = np.convolve(counts, np.ones(52) / 52.0, mode="valid")  # centred on week i + 26
    ratio = counts[26:26 + len(cma)] / np.maximum(cma, 1e-9)
    woy = _week_of_year(origin + 7 * np.arange(26, 26 + len(cma)))
    index = np.full(52, np.nan)
    sums = np.bincount(woy, weights=ratio, minlength=52)
    n = np.bincount(woy, minlength=52)
    index[n > 0] = sums[n > 0] / n[n > 0]
    return index


def _week_of_year(days: np.ndarray) -> np.ndarray:
    return ((days - 4) % 365) // 7 % 52


def _index_mean(index: np.ndarray, lo: int, hi: int) -> float | None:
    """Mean index over days ``lo`` .. ``hi`` - 1; None unless it is known for most of them."""
    v = index[_week_of_year(np.arange(lo, hi))]
    return float(np.nanmean(v)) if np.isfinite(v).mean() >= 0.8 else None


def seasonal_factor(lines: Lines, cut: int, days: int) -> float | None:
    """How much busier the ``days`` after ``cut`` usually are than the year before ``cut``.

    From :func:`season_index`. None unless the history gives an index for most of the weeks
    ahead (a year and a half before them is enough: two years of sales for a forecast of the
    next quarter).
    """
    index = season_index(lines, cut)
    if index is None:
        return None
    ahead = _index_mean(index, cut + 1, cut + 1 + days)
    before = _index_mean(index, cut + 1 - 365, cut + 1)
    if before is None:
        # One earlier year leaves the index unknown for the months just before ``cut`` (their
        # centred average lies in the future). A ratio to a centred yearly average averages
        # 1 over a year by construction, so the year before is taken as 1.
        before = 1.0
    if ahead is None or before <= 0:
        return None
    return ahead / before


# ---------------------------------------------------------------------------------------------
# Backtest
# ---------------------------------------------------------------------------------------------

def _ranks(a: np.ndarray) -> np.ndarray:
    return pd.Series(a).rank().to_numpy()  # average ranks for ties (scipy.stats is slow to load)


def _auc(score: np.ndarray, truth: np.ndarray) -> float:
    pos = truth.astype(bool)
    n1, n0 = int(pos.sum()), int((~pos).sum())
    if n1 == 0 or n0 == 0:
        return float("nan")
    r = _ranks(score)
    return float((r[pos].sum() - n1 * (n1 + 1) / 2) / (n1 * n0))


def _spearman(a: np.ndarray, b: np.ndarray) -> float:
    if len(a) < 3 or np.all(a == a[0]) or np.all(b == b[0]):
        return float("nan")
    return float(np.corrcoef(_ranks(a), _ranks(b))[0, 1])


def scores(pred: Prediction, actual_orders: np.ndarray, actual_revenue: np.ndarray
           ) -> dict[str, float]:
    """Backtest measures of one prediction against what happened (per customer arrays)."""
    bought = actual_orders > 0
    fo, ao = float(pred.expected_orders.sum()), float(actual_orders.sum())
    fr, ar = float(pred.expected_revenue.sum()), float(actual_revenue.sum())
    return {
        "forecast_orders": fo, "actual_orders": ao,
        "total_error": (fo - ao) / ao if ao else float("nan"),
        "rank_correlation": _spearman(pred.expected_orders, actual_orders),
        "auc_bought_again": _auc(pred.chance_buy, bought),
        "auc_chance_active": _auc(pred.chance_active, bought),
        "mae": float(np.mean(np.abs(pred.expected_orders - actual_orders))),
        "forecast_revenue": fr, "actual_revenue": ar,
        "revenue_error": (fr - ar) / ar if ar else float("nan"),
        "mean_chance_buy": float(np.mean(pred.chance_buy)) if len(actual_orders) else float("nan"),
    }


@dataclass
class Backtest:
    """What the forecast would have said at ``cut`` for the ``days`` up to ``end``, and truth."""

    available: bool
    reason: str = ""  # plain words when not available
    cut: date | None = None
    end: date | None = None
    days: int = 0
    model: str = ""  # key of the chosen model
    factor: float = 1.0  # correction of the totals used (1: none)
    correction: str = ""  # "season" | "trend" | "" (none helped or none could be checked)
    corrections_checked: tuple[str, ...] = ()  # the corrections the history allowed to test
    fitted: FittedModel | None = None  # the chosen model as fitted at the cut
    measures: dict[str, dict[str, float]] = field(default_factory=dict)  # model -> scores
    rules_auc: float = float("nan")  # the rule of thumb (overdue ratio) on "bought again"
    weekly: pd.DataFrame | None = None  # week start, actual, forecast (existing customers)

    @property
    def best(self) -> dict[str, float]:
        """Measures of the model used."""
        return self.measures.get("ours", {})

    @property
    def model_beats_rules(self) -> bool:
        """Whether the model ranked who bought again better than the overdue rule of thumb."""
        auc = self.best.get("auc_bought_again", float("nan"))
        return bool(self.available and auc == auc and self.rules_auc == self.rules_auc
                    and auc > self.rules_auc)

    def sentence(self) -> str:
        """One plain sentence on how reliable the forecast is for this shop."""
        if not self.available:
            return self.reason
        b = self.best
        period = (_("Over the last 90 days") if self.days == 90
                  else _("Over the last {n} days").format(n=self.days))
        return localize_number(_(
            "{period} (to {end}) we would have forecast {forecast:,.0f} orders from the "
            "customers we already had; there were {actual:,.0f}.").format(
                period=period, end=self.end.isoformat(), forecast=b["forecast_orders"],
                actual=b["actual_orders"]))


def _rules_score(h: Histories) -> np.ndarray:
    """Return the rule of thumb's "likely to buy again" score: minus times overdue."""
    gap = np.where(h.x > 0, h.t_x / np.maximum(h.x, 1), np.nan)
    typical = np.nanmedian(gap) if np.isfinite(gap).any() else 90.0
    usual = np.maximum(np.where(np.isfinite(gap), gap, typical), 1.0)
    return -(h.T - h.t_x) / usual


def _actuals(lines: Lines, h: Histories, cut: int, end: int) -> tuple[np.ndarray, np.ndarray]:
    """Orders and revenue in days ``cut`` + 1 .. ``end`` of the customers in ``h``."""
    pos = np.full(len(lines.keys), -1)
    pos[h.codes] = np.arange(len(h.codes))
    o = pos[lines.o_cust[(lines.o_day > cut) & (lines.o_day <= end)]]
    orders = np.bincount(o[o >= 0], minlength=len(h.codes))
    p = (lines.p_day > cut) & (lines.p_day <= end)
    c = pos[lines.p_cust[p]]
    revenue = np.bincount(c[c >= 0], weights=lines.p_spend[p][c >= 0], minlength=len(h.codes))
    return orders.astype(float), revenue


#: Customers the backtest fits on (the forecast itself uses FIT_SAMPLE): the test compares
#: models and corrections, which a smaller sample decides about as well, in less time.
TEST_SAMPLE = 20_000
#: Customers whose forecasts draw the weekly curves (scaled to the forecast's total).
CURVE_SAMPLE = 10_000


def fit_all(h: Histories, kinds=MODELS, seed: int = 0, size: int = TEST_SAMPLE
            ) -> tuple[dict[str, FittedModel], SpendModel | None]:
    """Fit every purchase model in ``kinds`` and the spend model on ``h``."""
    models = {k: fit(k, h.x, h.t_x, h.T, seed, size=size) for k in kinds}
    return models, fit_spend(h.mean_spend, h.days, seed)


def run_backtest(lines: Lines, end: int, days: int, seed: int = 0,
                 kinds=APP_MODELS, hold_days: int | None = None
                 ) -> tuple[Backtest, dict[str, Prediction]]:
    """Hold out the last ``days`` (at most a third of the history), forecast them, compare.

    Every model in ``kinds`` is fitted on the rest; the one used ("ours") ranks who bought
    again about as well as the best and tells who is still active best. A correction of its
    total -- by the same days a year earlier ("season"), or by how far the model missed the
    period before the holdout, less that period's season, times the holdout's ("trend") -- is
    kept only when it brings the total closer here.
    ``hold_days`` sets the holdout instead (benchmarks: the classic 39 + 39 weeks of CDNOW).
    """
    span = int(end - lines.first_day) if len(lines.p_day) else 0
    hold = int(min(days, span // 3)) if hold_days is None else int(hold_days)
    if hold < MIN_HOLDOUT_DAYS:
        return Backtest(False, _(
            "The sales history is too short to test the forecast on it, so treat the forecast "
            "as a rough guide.")), {}
    cut = end - hold
    h = summarise(lines, cut)
    if int((h.x > 0).sum()) < MIN_REPEATERS:
        return Backtest(False, _(
            "Too few customers bought twice early enough to test the forecast, so treat it as "
            "a rough guide.")), {}
    models, spend = fit_all(h, kinds, seed)
    actual_orders, actual_revenue = _actuals(lines, h, cut, end)
    preds = {k: predict(h, m, spend, hold) for k, m in models.items()}
    measures = {k: scores(p, actual_orders, actual_revenue) for k, p in preds.items()}
    # The model to use: of those that rank who bought again about as well as the best, the one
    # whose chance still active picked the returning customers better, then the likelier.
    # Not the closest total: a total in one window follows that window's season and trend,
    # which the corrections below handle, and which model came closer flipped between
    # windows of the same history (CDNOW), while the ranking of chance still active held.
    top = max(np.nan_to_num(m["auc_bought_again"]) for m in measures.values())
    near = [k for k in preds if np.nan_to_num(measures[k]["auc_bought_again"]) >= top - 0.01]
    chosen = min(near, key=lambda k: (
        -round(float(np.nan_to_num(measures[k]["auc_chance_active"])), 3), -models[k].loglik))
    ours = preds[chosen]
    season = seasonal_factor(lines, cut, hold)
    trend = _trend_factor(lines, cut, hold, models[chosen], seed)
    corrections = {"season": season,
                   "trend": None if trend is None else trend * (season or 1.0)}
    checked = {k: v for k, v in corrections.items() if v is not None}
    used, factor = "", 1.0
    truth = float(actual_orders.sum())

    def miss(p: Prediction) -> float:  # the totals decide; the rankings do not change
        return abs(float(p.expected_orders.sum()) - truth)

    for name, f in checked.items():
        trial = predict(h, models[chosen], spend, hold, f)
        if miss(trial) < miss(ours):
            ours, used, factor = trial, name, f
    measures["ours"] = (measures[chosen] if ours is preds[chosen]
                        else scores(ours, actual_orders, actual_revenue))
    preds["ours"] = ours
    bt = Backtest(True, cut=_date(cut), end=_date(end), days=hold, model=chosen,
                  factor=factor, correction=used, corrections_checked=tuple(checked),
                  measures=measures, rules_auc=_auc(_rules_score(h), actual_orders > 0))
    bt.fitted = models[chosen]
    shape = season_index(lines, cut) if used and season is not None else None
    bt.weekly = _weekly(lines, h, ours, cut, end, shape)
    return bt, preds


def _date(day: int) -> date:
    return date(1970, 1, 1) + timedelta(days=int(day))


#: A trend correction never scales the forecast by more than this (or less than its inverse).
MAX_TREND = 2.0


def _trend_factor(lines: Lines, cut: int, days: int, model: FittedModel, seed: int
                  ) -> float | None:
    """How far ``model`` missed the ``days`` before ``cut``: actual / forecast orders.

    Fitted at ``cut - days`` (starting from ``model``); None when that leaves too little.
    Where the history gives a seasonal index for those days, the miss it explains is taken
    out (the trend is what is left; the season of the days forecast is applied separately).
    """
    cut2 = cut - days
    if cut2 - lines.first_day < 2 * days:
        return None
    h = summarise(lines, cut2)
    if int((h.x > 0).sum()) < MIN_REPEATERS:
        return None
    m = fit(model.kind, h.x, h.t_x, h.T, seed, start=model, size=TEST_SAMPLE)
    forecast = float(predict(h, m, None, days).expected_orders.sum())
    actual = float(_actuals(lines, h, cut2, cut)[0].sum())
    if forecast <= 0 or actual <= 0:
        return None
    return float(np.clip(actual / forecast / (seasonal_factor(lines, cut2, days) or 1.0),
                         1 / MAX_TREND, MAX_TREND))


def _sampled(h: Histories, seed: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """(x, t_x, T) of a sample of the customers and the factor that scales its sums up."""
    idx = fit_sample(len(h.x), seed, CURVE_SAMPLE)
    if idx is None:
        return h.x, h.t_x, h.T, 1.0
    return h.x[idx], h.t_x[idx], h.T[idx], len(h.x) / len(idx)


#: Weeks the seasonal index is averaged over (centred) before it shapes a weekly curve: one
#: or two years of a small shop give a noisy index week by week.
SHAPE_WEEKS = 5


def _week_shape(index: np.ndarray, starts: np.ndarray, stop: int) -> np.ndarray:
    """Mean seasonal index of the weeks starting on ``starts`` (the last ends before ``stop``).

    The index is first averaged over SHAPE_WEEKS neighbouring weeks of the year (wrapping
    round the year's end).
    """
    pad = SHAPE_WEEKS // 2
    known = np.isfinite(index)
    ring = np.ones(SHAPE_WEEKS)
    sums = np.convolve(np.r_[np.where(known, index, 0.0)[-pad:], np.where(known, index, 0.0),
                             np.where(known, index, 0.0)[:pad]], ring, "valid")
    counts = np.convolve(np.r_[known[-pad:], known, known[:pad]].astype(float), ring, "valid")
    index = np.where(counts > 0, sums / np.maximum(counts, 1.0), np.nan)
    out = np.ones(len(starts))
    for i, a in enumerate(starts):
        v = index[_week_of_year(np.arange(a, min(a + 7, stop)))]
        if np.isfinite(v).any():
            out[i] = float(np.nanmean(v))
    return out


def _weekly(lines: Lines, h: Histories, pred: Prediction, cut: int, end: int,
            shape: np.ndarray | None = None) -> pd.DataFrame:
    """Orders per week by the customers known at ``cut``: actual, and forecast after ``cut``.

    ``shape``: a seasonal index (:func:`season_index`) to spread the forecast over the weeks.
    """
    known = np.zeros(len(lines.keys), bool)
    known[h.codes] = True
    dd = lines.o_day[known[lines.o_cust] & (lines.o_day <= end)]
    week = (dd - (cut + 1)) // 7  # weeks from the cut-off (the first after it = 0)
    start_week = int(week.min()) if len(week) else 0
    counts = np.bincount(week - start_week)
    idx = np.arange(start_week, start_week + len(counts))
    starts = [date(1970, 1, 1) + timedelta(days=int(cut + 1 + 7 * w)) for w in idx]
    forecast = np.full(len(idx), np.nan)
    x, t_x, T, up = _sampled(h)
    prev = 0.0
    for i, w in enumerate(idx):
        if w < 0:
            continue
        e = float(pred.model.predict(x, t_x, T, min(7 * (w + 1), end - cut))[0].sum())
        forecast[i] = e - prev
        prev = e
    # A sample draws the curve; its total is the forecast's (shaped by the season when the
    # forecast was corrected for it).
    after = idx >= 0
    if shape is not None and after.any():
        forecast[after] *= _week_shape(shape, cut + 1 + 7 * idx[after], end + 1)
    if after.any() and np.nansum(forecast[after]) > 0:
        forecast[after] *= float(pred.expected_orders.sum()) / float(np.nansum(forecast[after]))
    # A last, shorter week is drawn as a weekly rate, like the others.
    covered = np.minimum(end - (cut + 1 + 7 * idx) + 1, 7)
    actual = counts.astype(float) * 7.0 / covered
    forecast = forecast * 7.0 / covered
    return pd.DataFrame({"week": pd.to_datetime(starts), "actual": actual,
                         "forecast": forecast})


# ---------------------------------------------------------------------------------------------
# The pipeline hook
# ---------------------------------------------------------------------------------------------

@dataclass
class ForecastResult:
    """The forecast of one analysis: settings, backtest, what the window and report show."""

    days: int
    model: str  # key of the model used
    backtest: Backtest
    start: date  # first day forecast
    expected_orders: float
    expected_revenue: float
    churn_source: str  # "model" | "rules"
    factor: float = 1.0
    notes: list[str] = field(default_factory=list)
    future_weekly: pd.DataFrame | None = None  # week, forecast (for the chart)
    season_known: bool = True  # the history covers the days ahead in an earlier year

    def season_sentence(self) -> str:
        """Empty, or a warning that the forecast cannot know the season of the days ahead."""
        if self.season_known:
            return ""
        return _("Your sales history does not yet cover the same weeks of an earlier year, so "
                 "this forecast cannot allow for a busy or quiet time of year in them, such as "
                 "a holiday rush.")

    def churn_sentence(self) -> str:
        """Which churn risk / upsell measure is shown, and why."""
        if self.churn_source == "model":
            return localize_number(_(
                "Churn risk and upsell potential come from the forecast: in the test it picked "
                "who bought again better than the 'overdue' rule of thumb ({m:.2f} against "
                "{r:.2f}, where 0.5 is guessing and 1 is perfect).").format(
                    m=self.backtest.best["auc_bought_again"], r=self.backtest.rules_auc))
        if self.backtest.available:
            return _("Churn risk and upsell potential use the 'overdue' rule of thumb: in the "
                     "test it picked who bought again at least as well as the forecast.")
        return _("Churn risk and upsell potential use the 'overdue' rule of thumb, because the "
                 "forecast could not be tested on this history.")


def forecast_lines(lines: Lines, end: int, days: int, seed: int = 0,
                   test: bool = True):
    """Backtest, then fit the chosen model on everything up to ``end`` and forecast ``days``.

    Returns (Histories, Prediction, Backtest).
    """
    if test:
        bt, preds = run_backtest(lines, end, days, seed)
    else:
        bt, preds = Backtest(False, _("The forecast test was switched off.")), {}
    h = summarise(lines, end)
    if bt.available:
        model = fit(bt.model, h.x, h.t_x, h.T, seed, start=bt.fitted)
    else:
        fits = {k: fit(k, h.x, h.t_x, h.T, seed) for k in APP_MODELS}
        model = max(fits.values(), key=lambda m: m.loglik)
    spend = fit_spend(h.mean_spend, h.days, seed)
    factor = 1.0
    if bt.correction == "season":
        factor = seasonal_factor(lines, end, days) or 1.0
    elif bt.correction == "trend":
        # The miss of the last days tested, less their season, times the season ahead (each
        # where the history gives one).
        plain = preds[bt.model].expected_orders.sum()
        actual = bt.best["actual_orders"]
        miss = actual / plain / (seasonal_factor(lines, end - bt.days, bt.days) or 1.0) \
            if plain > 0 else 1.0
        factor = float(np.clip(miss, 1 / MAX_TREND, MAX_TREND)) * (
            seasonal_factor(lines, end, days) or 1.0)
    return h, predict(h, model, spend, days, factor), bt


def attach_forecast(result, task=None) -> ForecastResult | None:
    """Add expected_orders, chance_active, expected_revenue and chance_buy to the customers.

    Does nothing when forecasts are switched off or the data has no dated sales. Churn risk
    and upsell potential switch to the model when the backtest shows it ranks better.
    """
    settings = result.settings
    days = int(getattr(settings, "forecast_days", 90) or 0)
    tx = result.data.transactions
    if days <= 0 or tx is None or "date" not in tx or result.period_end is None:
        return None
    end = int(np.datetime64(pd.Timestamp(result.period_end).normalize(), "D").astype(np.int64))
    lines = prepare_lines(tx).upto(end)
    if not len(lines.p_day):
        return None
    h, pred, bt = forecast_lines(lines, end, days, int(getattr(settings, "seed", 0)),
                                 test=getattr(settings, "forecast_backtest", True))
    c = result.customers
    cols = pd.DataFrame({"expected_orders": pred.expected_orders,
                         "chance_active": pred.chance_active,
                         "expected_revenue": pred.expected_revenue,
                         "chance_buy": pred.chance_buy}, index=h.keys)
    cols = cols.reindex(c.index)
    for name in FORECAST_COLUMNS:
        c[name] = cols[name].astype(float).round(4 if name.startswith("chance") else 2)
    source = "rules"
    if bt.model_beats_rules and "churn_risk" in c:
        source = "model"
        _model_churn(c)
    fr = ForecastResult(
        days=days, model=pred.model.kind, backtest=bt,
        start=(pd.Timestamp(result.period_end) + pd.Timedelta(days=1)).date(),
        expected_orders=float(np.nansum(pred.expected_orders)),
        expected_revenue=float(np.nansum(pred.expected_revenue)), churn_source=source,
        factor=pred.factor, season_known=seasonal_factor(lines, end, days) is not None)
    seasonal = bt.correction and seasonal_factor(lines, end, days) is not None
    shape = season_index(lines, end) if seasonal else None
    fr.future_weekly = _future_weekly(h, pred, days, fr.start, shape)
    fr.notes.append(bt.sentence())
    if fr.season_sentence():
        fr.notes.append(fr.season_sentence())
    fr.notes.append(fr.churn_sentence())
    result.forecast = fr
    return fr


def forecast_summary(fc: ForecastResult) -> dict[str, Any]:
    """Return the forecast's part of the summary JSON: totals, backtest, what was used."""
    bt = fc.backtest
    return {
        "days": fc.days, "start": fc.start.isoformat(), "model": fc.model,
        "expected_orders": round(fc.expected_orders, 2),
        "expected_revenue": round(fc.expected_revenue, 2),
        "churn_and_upsell_from": fc.churn_source,
        "backtest": {
            "available": bt.available, "sentence": bt.sentence(),
            "holdout_days": bt.days, "correction": bt.correction or None,
            **({k: round(float(v), 4) for k, v in bt.best.items()} if bt.available else {}),
            "rule_of_thumb_auc_bought_again": round(float(bt.rules_auc), 4)
            if bt.available else None,
        },
        "notes": list(fc.notes),
    }


def _model_churn(c: pd.DataFrame) -> None:
    """Churn risk and upsell potential from the chance to buy again (see CHURN_CHANCE_LIMITS)."""
    buy = c["chance_buy"].fillna(0.0)
    lo, hi = CHURN_CHANCE_LIMITS
    c["churn_risk"] = np.select([buy >= hi, buy >= lo], [_("low"), _("medium")], _("high"))
    if "upsell_potential" in c and "avg_order" in c:
        aov = c["avg_order"].rank(pct=True)
        likely = c["expected_orders"].rank(pct=True)
        engaged = buy >= hi
        c["upsell_potential"] = np.select(
            [engaged & (aov <= 0.4) & (likely >= 0.5), engaged & (aov <= 0.6)],
            [_("high"), _("medium")], _("low"))


def _future_weekly(h: Histories, pred: Prediction, days: int, start: date,
                   shape: np.ndarray | None = None) -> pd.DataFrame:
    weeks = max(1, int(np.ceil(days / 7)))
    x, t_x, T, _up = _sampled(h)
    prev = 0.0
    rows = []
    for w in range(weeks):
        t = min(7 * (w + 1), days)
        e = float(pred.model.predict(x, t_x, T, t)[0].sum())
        rows.append((pd.Timestamp(start) + pd.Timedelta(days=7 * w),
                     (e - prev) * 7.0 / (t - 7 * w)))
        prev = e
    out = pd.DataFrame(rows, columns=["week", "forecast"])  # orders per week
    if shape is not None:
        first = int(np.datetime64(start, "D").astype(np.int64))
        out["forecast"] *= _week_shape(shape, first + 7 * np.arange(weeks), first + days)
    # Per-week rates; their days add up to the forecast's total.
    covered = np.minimum(days - 7 * np.arange(weeks), 7)
    total = float((out["forecast"] * covered / 7.0).sum())
    if total > 0:
        out["forecast"] *= float(pred.expected_orders.sum()) / total
    return out


def buy_again_sentence(chances: Any, days: int, lapsed: bool = False) -> str:
    """'About 6 in 10 are expected to buy again in the next 90 days.' from customers' chances.

    ``lapsed``: the group is named for customers who stopped coming (Lost, At Risk…). When the
    forecast still expects half or more of them back, the sentence says why the two differ:
    the name compares them with the shop's other customers, the forecast follows each one's
    own rhythm.
    """
    values = pd.to_numeric(pd.Series(chances), errors="coerce").dropna()
    if values.empty:
        return ""
    p = float(values.mean())
    tens = int(round(p * 10))
    if tens == 0:
        return _("Fewer than 1 in 10 are expected to buy again in the next {d} days.").format(
            d=days)
    if lapsed and tens >= 5:
        return _("Even so, judged by each customer's own buying rhythm, about {k} in 10 are "
                 "expected to buy again in the next {d} days.").format(k=tens, d=days)
    return _("About {k} in 10 are expected to buy again in the next {d} days.").format(
        k=tens, d=days)
