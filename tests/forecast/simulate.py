"""Purchase histories drawn from known Pareto/NBD or BG/NBD processes (CDNOW-like by default).

Used by the forecast tests and benchmarks/bench_forecast.py: the truth is known, so a fit can be
checked against it, and the holdout is drawn from the same process as the calibration.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def simulate_history(n: int = 2000, *, process: str = "pareto", params=(0.55, 10.6, 0.61, 11.7),
                     spend=(6.25, 3.74, 15.44), days: int = 546, births: int = 84,
                     start: str = "1997-01-01", seasonal: float = 0.0, seed: int = 0,
                     ) -> pd.DataFrame:
    """Return sales lines (customer_key, date, amount, order_id) of ``n`` customers.

    ``process`` "pareto": (r, alpha, s, beta) with rates per week, exponential lifetimes;
    "bgnbd": (r, alpha, a, b), death after each purchase with chance p ~ Beta(a, b).
    First purchases fall evenly in the first ``births`` days (CDNOW: a 12-week cohort, 78
    weeks observed). ``seasonal`` > 0 multiplies the buying rate by 1 + seasonal in the
    six weeks before Christmas (and scales the rest so the yearly average stays the same).
    Spend per purchase: Gamma-Gamma with (p, q, gamma).
    """
    rng = np.random.default_rng(seed)
    r, alpha = params[0], params[1]
    lam = rng.gamma(r, 1.0 / alpha, n) / 7.0  # per day
    birth = rng.integers(0, births, n).astype(float)
    if process == "pareto":
        mu = rng.gamma(params[2], 1.0 / params[3], n) / 7.0
        death = birth + rng.exponential(1.0 / np.maximum(mu, 1e-12))
        pdrop = None
    else:
        death = np.full(n, np.inf)
        pdrop = rng.beta(params[2], params[3], n)
    t0 = pd.Timestamp(start)
    doy = ((t0 + pd.to_timedelta(np.arange(days + 1), "D")).day_of_year.to_numpy())
    boost = np.where((doy >= 310) & (doy <= 358), 1.0 + seasonal, 1.0)
    boost = boost / boost.mean()
    top = float(boost.max())
    p_, q_, g_ = spend
    nu = rng.gamma(q_, 1.0 / g_, n)
    cust = [np.arange(n)]
    when = [birth.copy()]
    t = birth.copy()
    alive = np.ones(n, bool)
    while alive.any():
        idx = np.flatnonzero(alive)
        t[idx] += rng.exponential(1.0 / (lam[idx] * top + 1e-12))
        end = np.minimum(death[idx], days)
        alive[idx[t[idx] >= end]] = False
        idx = idx[t[idx] < end]
        keep = rng.random(len(idx)) < boost[t[idx].astype(int)] / top
        hit = idx[keep]
        cust.append(hit)
        when.append(t[hit].copy())
        if pdrop is not None:  # BG/NBD: may drop out after a purchase
            gone = hit[rng.random(len(hit)) < pdrop[hit]]
            alive[gone] = False
    c = np.concatenate(cust)
    d = np.floor(np.concatenate(when)).astype(int)
    amount = rng.gamma(p_, 1.0 / nu[c])
    frame = pd.DataFrame({"customer_key": pd.array([f"C{i:06d}" for i in c], dtype="string"),
                          "date": t0 + pd.to_timedelta(d, "D"), "amount": amount.round(2)})
    frame = frame.sort_values(["date", "customer_key"], kind="stable").reset_index(drop=True)
    frame["order_id"] = pd.array([f"O{i}" for i in range(len(frame))], dtype="string")
    return frame
