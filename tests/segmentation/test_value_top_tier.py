""""Top customers" stays a minority where spending is spread evenly, and says how it was cut."""

from __future__ import annotations

import numpy as np
import pandas as pd

from desktopseg.core import pipeline
from desktopseg.core.segmentation.value import TOP_MAX_SHARE


def _list(path, spend):
    frame = pd.DataFrame({"Customer ID": [f"C{i:04d}" for i in range(len(spend))],
                          "Total spend": np.round(spend, 2)})
    frame.to_csv(path, index=False)
    return pipeline.run(path, only=("value",))


def _shares(result):
    seg = result.segmentations["value"]
    spend = result.customers["revenue"]
    top = seg.labels == "Top customers"
    return top.mean(), spend[top].sum() / spend.sum(), seg


def test_an_even_list_gets_the_best_third_and_the_description_says_so(tmp_path):
    rng = np.random.default_rng(7)
    result = _list(tmp_path / "even.csv", rng.uniform(400, 600, 600))
    share_of_customers, share_of_spend, seg = _shares(result)
    assert share_of_customers <= TOP_MAX_SHARE + 0.01
    spend = result.customers["revenue"]
    top = seg.labels == "Top customers"
    assert spend[top].min() >= spend[~top].max()  # the best, not any third
    text = next(p.description for p in seg.segments if p.name == "Top customers")
    assert f"{100 * share_of_spend:.0f}%" in text and "third" in text
    core = seg.labels == "Core"
    core_text = next(p.description for p in seg.segments if p.name == "Core")
    assert f"{100 * spend[core].sum() / spend.sum():.0f}%" in core_text


def test_a_skewed_list_keeps_the_first_80_percent(tmp_path):
    rng = np.random.default_rng(7)
    result = _list(tmp_path / "skewed.csv", rng.pareto(1.2, 600) * 100 + 5)
    share_of_customers, share_of_spend, seg = _shares(result)
    assert share_of_customers < TOP_MAX_SHARE
    assert 0.78 <= share_of_spend <= 0.85
    text = next(p.description for p in seg.segments if p.name == "Top customers")
    assert "first 80%" in text
