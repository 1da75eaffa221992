"""Customer features from transactions and from customer lists."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from desktopseg.core.features import build_customers
from desktopseg.core.model import AnalysisSettings
from desktopseg.core.progress import Task

from .conftest import make_import, transactions


def build(tx, customers=None, **settings):
    return build_customers(make_import(tx, customers), AnalysisSettings(**settings), Task())


def test_online_retail_features_match_a_plain_groupby(retail):
    result = build_customers(retail, AnalysisSettings(), Task())
    c = result.customers
    tx = retail.transactions.dropna(subset=["customer_key"])
    g = tx.groupby("customer_key")
    assert len(c) == tx["customer_key"].nunique()
    np.testing.assert_allclose(c["revenue"], g["amount"].sum().reindex(c.index), atol=1e-6)
    sales = tx[~tx["is_refund"]]
    expected_orders = sales.groupby("customer_key")["order_id"].nunique()
    np.testing.assert_array_equal(c["orders"], expected_orders.reindex(c.index).fillna(0))
    end = tx["date"].max().normalize()
    last = sales.groupby("customer_key")["date"].max().dt.normalize()
    recency = (end - last).dt.days.reindex(c.index)
    has_sale = recency.notna()
    np.testing.assert_array_equal(c.loc[has_sale, "recency_days"], recency[has_sale])
    assert result.period_end.date() == end.date()
    assert result.margin_source == "none" and "margin" not in c
    assert result.effort_source is None and "effort" not in c  # never invented
    # Walk-ins are left out but their money is mentioned.
    assert any("without a customer" in n for n in result.notes)
    assert set(c["buyer_type"]) <= {"first-time", "regular", "special-occasion", "occasional"}
    assert (c.loc[c["orders"] == 1, "buyer_type"] == "first-time").all()


def test_refund_only_orders_are_not_orders_and_refunds_reduce_revenue():
    tx = transactions([("a", "2024-01-05", 100, "o1"), ("a", "2024-01-05", 50, "o1"),
                       ("a", "2024-02-01", -30, "r1"), ("b", "2024-02-01", 10, "o2"),
                       ("b", "2024-03-01", 10, "o3"), ("c", "2024-01-01", 5, "o4")])
    c = build(tx).customers
    assert c.loc["a", "orders"] == 1
    assert c.loc["a", "revenue"] == pytest.approx(120)
    assert c.loc["a", "refunds"] == 1 and c.loc["a", "refund_amount"] == pytest.approx(30)
    assert c.loc["a", "last_purchase"] == pd.Timestamp("2024-01-05")  # a refund is no purchase
    assert c.loc["b", "interpurchase_days"] == 29
    assert c.loc["a", "avg_order"] == pytest.approx(120)


def test_analysis_date_setting_cuts_later_sales_and_sets_recency():
    tx = transactions([("a", "2024-01-01", 10), ("a", "2024-06-01", 10), ("b", "2024-03-01", 5)])
    result = build(tx, analysis_date=date(2024, 3, 31))
    c = result.customers
    assert c.loc["a", "orders"] == 1 and c.loc["a", "recency_days"] == 90
    assert c.loc["b", "recency_days"] == 30
    assert any("after the analysis date" in n for n in result.notes)


def test_margin_from_cost_from_margin_pct_or_absent():
    rows = [("a", "2024-01-01", 100), ("a", "2024-02-01", -20), ("b", "2024-01-01", 50)]
    with_cost = transactions(rows, cost=[60.0, 12.0, 45.0])
    r = build(with_cost)
    assert r.margin_source == "cost"
    assert r.customers.loc["a", "margin"] == pytest.approx(40 - 8)  # refunded cost comes back
    r = build(transactions(rows), margin_pct=30)
    assert r.margin_source == "margin_pct"
    assert r.customers.loc["b", "margin"] == pytest.approx(15)
    r = build(transactions(rows))
    assert r.margin_source == "none" and "margin" not in r.customers


def test_effort_given_derived_or_absent():
    rows = [(k, "2024-01-01", 10) for k in "abcd"]
    attrs = pd.DataFrame({"customer_key": pd.array(list("abcd"), dtype="string"),
                          "service_minutes": [0.0, 10.0, 100.0, 1000.0]})
    r = build(transactions(rows), attrs)
    e = r.customers["effort"]
    assert e.is_monotonic_increasing and e.iloc[0] == 1 and e.iloc[-1] == 10
    assert "service minutes" in r.effort_source
    given = attrs.assign(effort_score=[2.0, 9.0, 4.0, 15.0])
    r = build(transactions(rows), given)
    assert r.customers["effort"].tolist() == [2.0, 9.0, 4.0, 10.0]
    assert "given" in r.effort_source
    r = build(transactions(rows + [("a", "2024-01-02", -5)]))
    assert r.effort_source is None and "effort" not in r.customers
    assert "effort_quadrant" not in r.customers


def test_buyer_types_churn_and_channel():
    rows = []
    for m in range(1, 13):  # every month of 2024
        rows.append(("regular", f"2024-{m:02d}-10", 20, f"r{m}"))
    for y in (2022, 2023, 2024):  # the week before Valentine's and Mother's Day each year
        rows += [("valentine", f"{y}-02-12", 60, f"v{y}a"), ("valentine", f"{y}-05-08", 60,
                                                              f"v{y}b")]
    rows += [("once", "2024-11-01", 30, "o1")]
    rows += [("sometimes", "2023-03-03", 10, "s1"), ("sometimes", "2024-08-20", 10, "s2")]
    # Bought every 10 days, then stopped 100 days before the end.
    rows += [("lapsing", f"2024-0{m}-{d:02d}", 10, f"l{m}{d}") for m in (7, 8) for d in (1, 11, 21)]
    tx = transactions(rows)
    tx["channel"] = np.where(tx["customer_key"] == "valentine", "Online", "In store")
    tx.loc[tx["order_id"].isin(["r1", "r2", "r3", "r4", "r5", "r6"]), "channel"] = "Online"
    c = build(tx, analysis_date=date(2024, 12, 31)).customers
    assert c.loc["regular", "buyer_type"] == "regular"
    assert c.loc["valentine", "buyer_type"] == "special-occasion"
    assert c.loc["once", "buyer_type"] == "first-time"
    assert c.loc["sometimes", "buyer_type"] == "occasional"
    assert c.loc["lapsing", "churn_risk"] == "high"
    assert c.loc["regular", "churn_risk"] == "low"
    assert c.loc["valentine", "preferred_channel"] == "Online"
    assert c.loc["regular", "preferred_channel"] == "Mixed"  # 6 of 12 months online
    assert c.loc["lapsing", "overdue_ratio"] == pytest.approx(
        (pd.Timestamp("2024-12-31") - pd.Timestamp("2024-08-21")).days / 10)
    assert (c["ltv"] >= 0).all()
    assert c.loc["lapsing", "ltv"] < c.loc["regular", "ltv"]


def test_wholesale_customer_list_supports_value_not_behaviour(wholesale):
    r = build_customers(wholesale, AnalysisSettings(), Task())
    c = r.customers
    assert len(c) == 440
    raw = wholesale.customers.set_index("customer_key")
    spend = raw[[x for x in raw.columns if x.startswith("spend:")]].sum(axis=1)
    np.testing.assert_allclose(c["revenue"], spend.reindex(c.index))
    assert "recency_days" not in c and "orders" not in c
    assert c.loc["2", "favourite_category"] == "Fresh"
    assert r.period_start is None and r.period_end is None


def test_customer_list_with_totals_derives_rhythm():
    cust = pd.DataFrame({
        "customer_key": pd.array(["a", "b", "c"], dtype="string"),
        "first_purchase": pd.to_datetime(["2024-01-01", "2024-06-01", "2024-12-01"]),
        "last_purchase": pd.to_datetime(["2024-12-01", "2024-07-01", "2024-12-01"]),
        "order_count": [12.0, 2.0, 1.0],
        "lifetime_spend": [600.0, 80.0, 25.0],
    })
    c = build_customers(make_import(None, cust, "customers"), AnalysisSettings(),
                        Task()).customers
    assert c.loc["a", "avg_order"] == pytest.approx(50)
    assert c.loc["b", "recency_days"] == 153
    assert c.loc["a", "interpurchase_days"] == pytest.approx(335 / 11)
    assert c.loc["c", "buyer_type"] == "first-time"


def test_cancel_stops_feature_building_and_progress_rises(retail):
    from desktopseg.core.errors import Cancelled

    seen = []
    task = Task(lambda step, f: seen.append(f), lambda: len(seen) >= 3)
    with pytest.raises(Cancelled):
        build_customers(retail, AnalysisSettings(), task)
    assert len(seen) == 3 and seen == sorted(seen)


def test_cost_per_unit_is_recognised_from_the_data_and_never_multiplied_twice():
    rng = np.random.default_rng(2)
    n = 200
    qty = rng.integers(1, 6, n).astype(float)
    price = np.round(rng.uniform(5, 50, n), 2)
    rows = [(f"k{i % 20}", f"2024-01-{1 + i % 28:02d}", float(q * p), f"o{i}")
            for i, (q, p) in enumerate(zip(qty, price, strict=True))]
    unit = transactions(rows, quantity=qty, unit_price=price, cost=price * 0.6)
    line = transactions(rows, quantity=qty, unit_price=price, cost=qty * price * 0.6)
    r_unit, r_line = build(unit), build(line)
    np.testing.assert_allclose(r_unit.customers["margin"], r_line.customers["margin"])
    np.testing.assert_allclose(r_line.customers["margin"], r_line.customers["revenue"] * 0.4)
    assert any("per unit" in n for n in r_unit.notes)
    assert not any("per unit" in n for n in r_line.notes)
