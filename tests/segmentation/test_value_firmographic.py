"""Value tiers, effort quadrants and company (firmographic) segments."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from desktopseg.core.features import build_customers
from desktopseg.core.model import AnalysisSettings
from desktopseg.core.pipeline import SchemeUnavailable
from desktopseg.core.progress import Task
from desktopseg.core.segmentation import run_scheme

from .conftest import make_import, transactions


def b2b(n=60, seed=1):
    """Invoices with cost and a customer list with codes, sizes and service minutes."""
    rng = np.random.default_rng(seed)
    keys = [f"K{i:03d}" for i in range(n)]
    rows, cost = [], []
    for i, k in enumerate(keys):
        for j in range(1 + i % 5):
            amount = float(100 + 50 * i)
            rows.append((k, f"2024-{1 + j * 2:02d}-{1 + i % 27:02d}", amount, f"{k}-{j}"))
            rate = 1.2 if i < 3 else (0.95 if i % 10 == 0 else 0.6)  # three lose money
            cost.append(amount * rate)
    tx = transactions(rows, cost=cost)
    codes = ["742", "5812", "541940", "9999"] * (n // 4)
    attrs = pd.DataFrame({
        "customer_key": pd.array(keys, dtype="string"),
        "industry_code": pd.array([["5812", "2834", "5045", "742"][i % 4] for i in range(n)],
                                  dtype="string"),
        "employees": [5, 20, 100, 400][::1] * (n // 4),
        "annual_revenue": rng.lognormal(15, 1, n),
        "service_minutes": [600.0 if i % 10 == 0 else 10.0 * (i % 7) for i in range(n)],
        "city": pd.array(["Leeds", "York"] * (n // 2), dtype="string"),
    })
    del codes
    return build_customers(make_import(tx, attrs), AnalysisSettings(), Task())


def test_value_tiers_follow_cumulative_margin_and_list_who_costs_more():
    result = b2b()
    c = result.customers
    seg = run_scheme("value", c, AnalysisSettings(), Task())
    assert seg.details["basis"] == "margin"
    top = seg.labels == "Top customers"
    margin = c["margin"]
    total = margin[margin > 0].sum()
    # Top customers are the biggest ones and bring at least 80% (the one crossing the line too),
    # unless that would make more than a third of them "top" (margins spread evenly, as here).
    assert margin[top].min() >= margin[~top].max()
    if seg.details["top_capped"]:
        assert top.sum() <= -(-(margin > 0).sum() // 3) < (margin > 0).sum() / 2
        assert margin[top].sum() < 0.8 * total
    else:
        assert margin[top].sum() >= 0.8 * total
        assert margin[top].sum() - margin[top].min() < 0.8 * total
    loss = set(c.index[margin < 0])
    assert loss == set(seg.labels.index[seg.labels == "Loss-making"]) and len(loss) == 3
    costly = set(seg.details["cost_more_than_they_bring"])
    assert loss <= costly
    assert set(c.index[c["effort_quadrant"] == "reprice or let go"]) <= costly
    assert all("effort" in r for r in seg.reasons)
    p = seg.segment("Loss-making")
    assert p.margin < 0 and p.avg_effort is not None
    assert sum(s.margin_share for s in seg.segments) == pytest.approx(1)


def test_value_without_cost_uses_revenue_and_says_so(retail):
    c = build_customers(retail, AnalysisSettings(), Task()).customers
    seg = run_scheme("value", c, AnalysisSettings(), Task())
    assert seg.details["basis"] == "revenue"
    assert any("by revenue" in n for n in seg.notes)
    assert {p.name for p in seg.segments} >= {"Top customers", "Core", "Long tail"}
    top = seg.segment("Top customers")
    assert 0.8 <= top.revenue_share < 0.85 and top.share < 0.5
    assert seg.details["cost_more_than_they_bring"] == list(
        c.index[c["revenue"] < 0].astype(str))


def test_firmographic_sector_then_two_dimensions_and_folding():
    c = b2b().customers
    seg = run_scheme("firmographic", c, AnalysisSettings(), Task())
    assert set(seg.labels) == {"Retail Trade", "Manufacturing", "Wholesale Trade",
                               "Agriculture, Forestry and Fishing"}
    assert seg.reasons["K003"] == "SIC code 0742: Agriculture, Forestry and Fishing"
    two = run_scheme("firmographic", c, AnalysisSettings(
        firmographic_dimensions=("sector", "size")), Task())
    assert two.labels["K000"] == "Retail Trade · 1-9 employees"
    folded = run_scheme("firmographic", c, AnalysisSettings(
        firmographic_dimensions=("revenue", "location"), min_segment_share=0.2), Task())
    assert "Other" in set(folded.labels)
    assert any("Other" in n for n in folded.notes)
    other = folded.segment("Other")
    assert other.customers == int((folded.labels == "Other").sum())


def test_firmographic_unavailable_without_company_attributes(retail):
    c = build_customers(retail, AnalysisSettings(), Task()).customers
    with pytest.raises(SchemeUnavailable, match="industry codes"):
        run_scheme("firmographic", c, AnalysisSettings(), Task())
    # Location alone only when asked for.
    seg = run_scheme("firmographic", c, AnalysisSettings(firmographic_dimensions=("location",)),
                     Task())
    uk = c.index[c["country"] == "United Kingdom"][0]
    assert seg.labels[uk] == "United Kingdom"
    assert seg.labels["12347"] == "Other"  # the only customer from Iceland
    assert "Iceland" in seg.reasons["12347"]
    assert 2 <= len(seg.segments) <= 20
