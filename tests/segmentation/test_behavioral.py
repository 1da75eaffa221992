"""R, F, M scores and the R x FM grid."""

from __future__ import annotations

import itertools
import re

import numpy as np
import pandas as pd
import pytest

from desktopseg.core.errors import UserError
from desktopseg.core.features import build_customers
from desktopseg.core.model import AnalysisSettings
from desktopseg.core.pipeline import SchemeUnavailable
from desktopseg.core.progress import Task
from desktopseg.core.segmentation import run_scheme
from desktopseg.core.segmentation.behavioral import (
    default_grid,
    fm_score,
    grid_lookup,
    segment_names,
    validate_grid,
)

from .conftest import make_import, transactions

ELEVEN = {"Champions", "Loyal", "Potential Loyalist", "New", "Promising", "Needs Attention",
          "About to Sleep", "At Risk", "Can't Lose Them", "Hibernating", "Lost"}


def customers_of(tx, **settings):
    return build_customers(make_import(tx), AnalysisSettings(**settings), Task()).customers


def test_scores_equal_a_straightforward_computation(retail):
    """R, F, M from raw lines with a plain groupby and pd.qcut agree with the scheme's scores."""
    seg = run_scheme("behavioral", build_customers(retail, AnalysisSettings(), Task()).customers,
                     AnalysisSettings(), Task())
    tx = retail.transactions.dropna(subset=["customer_key"])
    sales = tx[~tx["is_refund"]]
    end = tx["date"].max().normalize()
    last = sales.groupby("customer_key")["date"].max().dt.normalize()
    last = last.combine_first(tx.groupby("customer_key")["date"].max().dt.normalize())
    recency = (end - last).dt.days
    orders = sales.groupby("customer_key")["order_id"].nunique().reindex(recency.index,
                                                                          fill_value=0)
    # Customers who only returned goods are not scored: they have their own label.
    refunds_only = orders.index[orders == 0]
    assert len(refunds_only) > 0 and (seg.labels[refunds_only] == "Refunds only").all()
    recency, orders = recency[orders > 0], orders[orders > 0]
    money = tx.groupby("customer_key")["amount"].sum().reindex(recency.index)
    expected = pd.DataFrame({
        "R": 5 - pd.qcut(recency, 5, labels=False),
        "F": pd.qcut(orders.rank(method="first"), 5, labels=False) + 1,
        "M": pd.qcut(money, 5, labels=False) + 1,
    })
    got = seg.details["scores"][["R", "F", "M"]]
    pd.testing.assert_frame_equal(got.astype(int), expected.reindex(got.index).astype(int),
                                  check_names=False)
    # The reported thresholds reproduce R and M when given back as settings.
    again = run_scheme("behavioral", build_customers(retail, AnalysisSettings(), Task()).customers,
                       AnalysisSettings(rfm_thresholds={k: seg.details["thresholds"][k]
                                                        for k in ("R", "M")}), Task())
    pd.testing.assert_frame_equal(again.details["scores"][["R", "M"]], got[["R", "M"]])
    assert seg.details["methods"]["R"] == "equal-sized groups"


def test_every_cell_has_one_known_name_and_every_name_is_reachable():
    grid = default_grid()
    assert set(grid["names"]) == ELEVEN and segment_names()[0] == "Champions"
    cells = [grid["cells"][str(r)] for r in range(1, 6)]
    assert all(len(row) == 5 and all(n in ELEVEN for n in row) for row in cells)
    reached = set()
    for r, f, m in itertools.product(range(1, 6), repeat=3):
        reached |= set(grid_lookup(grid, np.array([r]), fm_score(np.array([f]), np.array([m]))))
    assert reached == ELEVEN
    assert fm_score(np.array([5]), np.array([4]))[0] == 5  # half rounds up
    assert fm_score(np.array([2]), np.array([3]))[0] == 3


def test_grid_validation_and_override():
    bad = default_grid()
    bad["cells"]["3"][2] = "Wonderful"
    with pytest.raises(UserError, match="R3 FM3"):
        validate_grid(bad)
    with pytest.raises(UserError, match="R1"):
        validate_grid({"cells": {str(r): ["Lost"] * 5 for r in range(2, 6)}})
    everyone_loyal = {"cells": {str(r): ["Loyal"] * 5 for r in range(1, 6)}}
    tx = transactions([(k, f"2024-0{i % 9 + 1}-01", 10 * i) for i, k in enumerate("abcdefghij")])
    seg = run_scheme("behavioral", customers_of(tx), AnalysisSettings(rfm_grid=everyone_loyal),
                     Task())
    assert set(seg.labels) == {"Loyal"}
    assert any("one group" in n for n in seg.notes)


def test_user_thresholds_are_applied_as_given():
    rows = [("a", "2024-12-30", 500), ("b", "2024-11-15", 50), ("c", "2024-06-01", 5),
            ("d", "2023-06-01", 5)]
    c = customers_of(transactions(rows))
    seg = run_scheme("behavioral", c, AnalysisSettings(
        rfm_thresholds={"R": [30, 90, 180, 365], "F": [1, 2, 3, 4], "M": [10, 100, 200, 400]}),
        Task())
    s = seg.details["scores"]
    assert s.loc[["a", "b", "c", "d"], "R"].tolist() == [5, 4, 2, 1]
    assert s.loc[["a", "b", "c", "d"], "M"].tolist() == [5, 2, 1, 1]
    assert (s["F"] == 1).all()
    assert seg.details["thresholds"]["R"] == [30, 90, 180, 365]


def test_reasons_explain_every_label():
    tx = transactions([(k, f"2024-{m:02d}-0{d}", 10 + m)
                       for k, n in zip("abcdefghijkl", range(1, 13), strict=True)
                       for m, d in zip(range(13 - n, 13), itertools.cycle(range(1, 8)),
                                       strict=False)])
    seg = run_scheme("behavioral", customers_of(tx), AnalysisSettings(), Task())
    assert seg.labels.index.equals(seg.reasons.index) and len(seg.labels) == 12
    for key, label in seg.labels.items():
        # The rhythm rule may add why after the label ("...: Promising; not overdue for them").
        reason = seg.reasons[key]
        assert reason.endswith(": " + label) or (": " + label + "; ") in reason \
            or "grouped into" in reason
        assert "->" not in reason and not re.search(r"\bR\d F\d M\d\b", reason)
    assert seg.labels["l"] in {"Champions", "Loyal"}
    assert sum(p.customers for p in seg.segments) == 12
    assert sum(p.share for p in seg.segments) == pytest.approx(1)


def test_tiny_data_uses_fewer_levels():
    tx = transactions([("a", "2024-01-01", 10), ("b", "2024-03-01", 20), ("b", "2024-03-05", 20),
                       ("c", "2024-05-01", 300), ("d", "2024-06-01", 40)])
    seg = run_scheme("behavioral", customers_of(tx), AnalysisSettings(), Task())
    assert any("2 levels" in n for n in seg.notes)
    assert set(seg.details["scores"]["R"]) <= {1, 2}
    assert len(seg.labels) == 4 and 1 <= len(seg.segments) <= 4


def test_single_customer_and_no_dates_are_unavailable(wholesale):
    one = customers_of(transactions([("a", "2024-01-01", 10), ("a", "2024-02-01", 10)]))
    with pytest.raises(SchemeUnavailable, match="at least 3"):
        run_scheme("behavioral", one, AnalysisSettings(), Task())
    c = build_customers(wholesale, AnalysisSettings(), Task()).customers
    with pytest.raises(SchemeUnavailable, match="dates"):
        run_scheme("behavioral", c, AnalysisSettings(), Task())


def test_one_time_buyers_only_get_one_frequency_level():
    rng = np.random.default_rng(3)
    rows = [(f"c{i}", str(pd.Timestamp("2024-01-01") + pd.Timedelta(days=int(d))).split()[0],
             float(a)) for i, (d, a) in enumerate(zip(rng.integers(0, 365, 200),
                                                      rng.lognormal(3, 1, 200), strict=True))]
    c = customers_of(transactions(rows))
    seg = run_scheme("behavioral", c, AnalysisSettings(), Task())
    assert (seg.details["scores"]["F"] == 1).all()
    assert "fixed" in seg.details["methods"]["F"]
    assert len(seg.segments) >= 2
    assert set(seg.labels) <= ELEVEN | {"Other"}


def test_three_levels_map_onto_the_grid_and_reasons_read_naturally(retail):
    c = build_customers(retail, AnalysisSettings(), Task()).customers
    seg = run_scheme("behavioral", c, AnalysisSettings(rfm_levels=3), Task())
    s = seg.details["scores"]
    assert set(s["R"]) == {1, 2, 3} and set(s["R_grid"]) == {1, 3, 5}
    assert seg.details["levels"] == 3
    best = s.index[(s["R"] == 3) & (s["F"] == 3) & (s["M"] == 3)]
    assert (seg.labels[best] == "Champions").all() and len(best) > 0
    once = c.index[c["orders"] == 1][0]
    assert seg.reasons[once].startswith("Bought once,")
