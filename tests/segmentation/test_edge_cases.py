"""Awkward data shapes: every scheme gives a sensible result or says plainly why it can't."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from desktopseg.core.features import build_customers
from desktopseg.core.model import SCHEMES, AnalysisSettings
from desktopseg.core.pipeline import SchemeUnavailable
from desktopseg.core.progress import Task
from desktopseg.core.segmentation import run_scheme

from .conftest import make_import, transactions


def tiny():
    return make_import(transactions([("a", "2024-01-01", 10), ("b", "2024-02-01", 20),
                                     ("b", "2024-03-01", 25), ("c", "2024-03-15", 300),
                                     ("d", "2024-04-01", 40)]))


def single():
    return make_import(transactions([("a", "2024-01-01", 10), ("a", "2024-02-01", 20)]))


def one_time_only():
    rng = np.random.default_rng(11)
    days = pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, 300, 80), unit="D")
    return make_import(transactions([(f"k{i}", str(d.date()), float(a)) for i, (d, a) in
                                     enumerate(zip(days, rng.lognormal(3, 1, 80), strict=True))]))


def no_cost_with_refund_only_customer():
    return make_import(transactions([("a", "2024-01-01", 10), ("b", "2024-01-05", 50),
                                     ("c", "2024-02-01", -15), ("d", "2024-03-01", 70),
                                     ("e", "2024-03-02", 5), ("e", "2024-04-02", 5)]))


def no_dates():
    cust = pd.DataFrame({"customer_key": pd.array([f"r{i}" for i in range(30)], dtype="string"),
                         "lifetime_spend": np.linspace(10, 3000, 30),
                         "employees": np.arange(1, 301, 10).astype(float),
                         "industry_code": pd.array(["5812", "2834", "42", None, "7372"] * 6,
                                                   dtype="string")})
    return make_import(None, cust, kind="customers")


def all_same():
    return make_import(transactions([(k, "2024-01-01", 10) for k in "abcdef"]))


CASES = {"tiny": tiny, "single": single, "one_time_only": one_time_only,
         "no_cost": no_cost_with_refund_only_customer, "no_dates": no_dates, "all_same": all_same}


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("scheme", SCHEMES)
def test_sensible_result_or_clear_reason(case, scheme):
    result = build_customers(CASES[case](), AnalysisSettings(), Task())
    c = result.customers
    try:
        seg = run_scheme(scheme, c, AnalysisSettings(), Task())
    except SchemeUnavailable as exc:
        assert len(exc.reason) > 20 and "Traceback" not in exc.reason
        if case == "single":
            assert "at least 3" in exc.reason
        return
    assert case != "single"
    assert seg.labels.index.equals(c.index) and seg.labels.notna().all()
    assert (seg.reasons.str.len() > 5).all()
    assert 1 <= len(seg.segments) <= 20
    assert sum(p.customers for p in seg.segments) == len(c)
    if len(seg.segments) == 1:
        assert any("one group" in n for n in seg.notes)


def test_expected_availability():
    def ok(case, scheme):
        c = build_customers(CASES[case](), AnalysisSettings(), Task()).customers
        try:
            run_scheme(scheme, c, AnalysisSettings(), Task())
        except SchemeUnavailable:
            return False
        return True

    assert ok("tiny", "behavioral") and ok("tiny", "value") and ok("tiny", "clusters")
    assert not ok("no_dates", "behavioral")
    assert ok("no_dates", "value") and ok("no_dates", "firmographic")
    assert not ok("all_same", "clusters")
    assert ok("one_time_only", "behavioral")


@pytest.mark.parametrize("seed", range(6))
def test_random_small_shops_never_crash_or_warn(seed):
    """Random small tables (refunds, missing costs, same-day orders) run through every scheme."""
    rng = np.random.default_rng(seed)
    n_cust = int(rng.integers(3, 40))
    n = int(rng.integers(n_cust, 6 * n_cust))
    keys = rng.integers(0, n_cust, n)
    days = pd.Timestamp("2023-01-01") + pd.to_timedelta(rng.integers(0, 700 if seed % 3 else 2,
                                                                     n), unit="D")
    amount = np.round(rng.lognormal(3, 1, n), 2) * np.where(rng.random(n) < 0.1, -1, 1)
    rows = [(f"c{k}", str(d.date()), float(a), f"o{i // 2}-{k}")
            for i, (k, d, a) in enumerate(zip(keys, days, amount, strict=True))]
    cost = np.where(rng.random(n) < 0.2, np.nan, np.abs(amount) * rng.uniform(0.3, 1.3, n))
    tx = transactions(rows, cost=cost) if seed % 2 else transactions(rows)
    attrs = None
    if seed % 4 == 0:
        uniq = sorted(set(tx["customer_key"]))
        attrs = pd.DataFrame({"customer_key": pd.array(uniq, dtype="string"),
                              "service_minutes": rng.gamma(1, 20, len(uniq)),
                              "employees": rng.integers(1, 500, len(uniq)).astype(float),
                              "industry_code": pd.array(rng.choice(["742", "5411", "99999",
                                                                    "62"], len(uniq)),
                                                        dtype="string")})
    result = build_customers(make_import(tx, attrs), AnalysisSettings(), Task())
    for scheme in SCHEMES:
        try:
            seg = run_scheme(scheme, result.customers, AnalysisSettings(), Task())
        except SchemeUnavailable as exc:
            assert exc.reason
            continue
        assert seg.labels.notna().all() and len(seg.labels) == len(result.customers)
        assert sum(p.customers for p in seg.segments) == len(result.customers)
