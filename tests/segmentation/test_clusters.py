"""Automatic groups: planted blobs recovered, same input same output, warnings kept in notes."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from desktopseg.core.features import build_customers
from desktopseg.core.model import AnalysisSettings
from desktopseg.core.pipeline import SchemeUnavailable
from desktopseg.core.progress import Task
from desktopseg.core.segmentation import run_scheme


def planted(n_per=150, seed=5):
    """Three kinds of customer: big frequent, small recent, lapsed one-timers."""
    rng = np.random.default_rng(seed)
    groups = {
        "big": dict(orders=(30, 5), revenue=(5000, 800), recency=(10, 5)),
        "small": dict(orders=(4, 1), revenue=(120, 30), recency=(20, 8)),
        "lapsed": dict(orders=(1, 0), revenue=(40, 10), recency=(300, 40)),
    }
    frames = []
    for g, p in groups.items():
        frames.append(pd.DataFrame({
            "group": g,
            "orders": np.maximum(1, rng.normal(*p["orders"], n_per)).round(),
            "revenue": np.abs(rng.normal(*p["revenue"], n_per)),
            "recency_days": np.abs(rng.normal(*p["recency"], n_per)).round(),
        }))
    c = pd.concat(frames, ignore_index=True)
    c.index = pd.Index([f"c{i:04d}" for i in range(len(c))], name="customer_key")
    c["avg_order"] = c["revenue"] / c["orders"]
    return c


def test_planted_groups_are_recovered_and_named():
    from sklearn.metrics import adjusted_rand_score

    c = planted()
    seg = run_scheme("clusters", c.drop(columns="group"), AnalysisSettings(), Task())
    assert seg.details["k"] == 3
    assert adjusted_rand_score(c["group"], seg.labels) >= 0.9
    big = seg.labels[c["group"] == "big"].mode()[0]
    lapsed = seg.labels[c["group"] == "lapsed"].mode()[0]
    assert "Big spenders" in big or "Frequent" in big or "Big-basket" in big
    assert "Lapsed" in lapsed or "not seen" in lapsed or "Rare" in lapsed
    assert len(set(seg.labels)) == len(seg.segments) == 3
    assert all(seg.reasons[k].startswith(f"In '{seg.labels[k]}'") for k in c.index[:20])
    assert all(p.description.startswith("Compared with the typical customer") for p in
               seg.segments)
    assert set(seg.details["silhouettes"]) == set(range(2, 9))


def test_same_input_same_output_and_seed_matters_only_by_setting():
    c = planted().drop(columns="group")
    a = run_scheme("clusters", c, AnalysisSettings(), Task())
    b = run_scheme("clusters", c.copy(), AnalysisSettings(), Task())
    pd.testing.assert_series_equal(a.labels, b.labels)
    assert [p.name for p in a.segments] == [p.name for p in b.segments]
    assert a.details["silhouettes"] == b.details["silhouettes"]


def test_warnings_become_notes_not_escapes():
    # Twelve customers but only three distinct rows: k-means warns that it found fewer
    # distinct clusters than asked; pytest turns an escaped warning into an error.
    rows = [(1, 10.0, 5.0)] * 4 + [(5, 500.0, 30.0)] * 4 + [(20, 4000.0, 200.0)] * 4
    c = pd.DataFrame(rows, columns=["orders", "revenue", "recency_days"],
                     index=pd.Index([f"c{i}" for i in range(12)], name="customer_key"))
    seg = run_scheme("clusters", c, AnalysisSettings(k_max=6), Task())
    assert seg.details["k"] == 3
    assert any("clustering reported" in n for n in seg.notes)


def test_too_few_or_identical_customers_are_unavailable():
    c = pd.DataFrame({"orders": [1.0, 2.0], "revenue": [10.0, 20.0]},
                     index=pd.Index(["a", "b"], name="customer_key"))
    with pytest.raises(SchemeUnavailable, match="at least 3"):
        run_scheme("clusters", c, AnalysisSettings(), Task())
    same = pd.DataFrame({"orders": [1.0] * 5, "revenue": [10.0] * 5},
                        index=pd.Index(list("abcde"), name="customer_key"))
    with pytest.raises(SchemeUnavailable):
        run_scheme("clusters", same, AnalysisSettings(), Task())


def test_wholesale_clusters_use_category_spend(wholesale):
    c = build_customers(wholesale, AnalysisSettings(), Task()).customers
    seg = run_scheme("clusters", c, AnalysisSettings(), Task())
    assert any(f.startswith("spend:") for f in seg.details["features"])
    assert 2 <= len(seg.segments) <= 8
    assert seg.labels.notna().all() and len(seg.labels) == 440
    # Channel (hotel/restaurant vs retail) is what separates these clients most in the source
    # study: the groups found should differ strongly in it.
    share_retail = (c["channel"] == "Retail").groupby(seg.labels).mean()
    assert share_retail.max() - share_retail.min() >= 0.5


@pytest.mark.slow
def test_choosing_k_on_fifty_thousand_customers_stays_fast():
    """k selection samples: a naive sweep with full silhouettes took 15 s here; budget is 3 s."""
    import time

    from desktopseg.core.segmentation.clusters import choose_k

    rng = np.random.default_rng(0)
    centers = rng.normal(0, 3, (4, 6))
    x = np.concatenate([c + rng.normal(0, 1, (12_500, 6)) for c in centers])
    choose_k(x[:500], AnalysisSettings())  # imports and first-call overhead are not measured
    t = time.perf_counter()
    best, scored, labels, _w = choose_k(x, AnalysisSettings())
    elapsed = time.perf_counter() - t
    assert best == 4 and len(labels) == 50_000
    assert elapsed < 6.0  # twice the budget: the machine is shared with other jobs
