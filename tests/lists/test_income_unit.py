"""An income column headed with its unit ("AnnualIncome (k$)") keeps the unit on every figure."""

from __future__ import annotations

import pandas as pd
import pytest

from desktopseg.core.pipeline import run
from desktopseg.core.segmentation.demographic import income_unit


@pytest.mark.parametrize("header, unit", [("AnnualIncome (k$)", "k$"), ("Income [EUR]", "EUR"),
                                          ("Income", ""), ("Income (before tax) total", "")])
def test_unit_from_the_header(header, unit):
    assert income_unit(header) == unit


def test_the_mall_list_says_thousands_of_dollars(shared_data):
    seg = run(shared_data / "mall_customers.csv").segmentations["demographic"]
    raw = pd.read_csv(shared_data / "mall_customers.csv")
    assert any("k$" in n for n in seg.notes)
    for p in seg.segments:
        assert "typical income" in p.persona.story and " k$" in p.persona.story
    # The figure is the group's median, in the file's own unit (thousands of dollars).
    young_low = seg.segments[0]
    members = seg.labels[seg.labels == young_low.name].index
    income = raw.set_index(raw["CustomerID"].astype(str))["AnnualIncome (k$)"]
    assert f"{income.reindex(members.astype(str)).median():.2f} k$" in young_low.persona.story


def test_list_cards_do_not_end_on_a_sentence_that_says_nothing(shared_data):
    """'Oscar and 29 others under 35: typical age 24, …' was followed by 'Oscar is one of your
    customers.'"""
    result = run(shared_data / "mall_customers.csv")
    for seg in result.segmentations.values():
        for p in seg.segments:
            assert "is one of your customers" not in p.persona.story, (seg.scheme, p.name)
            assert p.persona.story.startswith(p.persona.name)
