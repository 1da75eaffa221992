"""A group named for customers who stopped coming, which the forecast still expects back."""

from __future__ import annotations

import re

from desktopseg.core import forecast as F
from desktopseg.core.pipeline import run
from desktopseg.core.segment_traits import trait_of


def test_the_sentence_says_why_name_and_forecast_differ():
    assert F.buy_again_sentence([0.6, 0.62], 90) == (
        "About 6 in 10 are expected to buy again in the next 90 days.")
    assert F.buy_again_sentence([0.6, 0.62], 90, lapsed=True) == (
        "Even so, judged by each customer's own buying rhythm, about 6 in 10 are expected to "
        "buy again in the next 90 days.")
    # Few expected back: nothing to explain.
    assert F.buy_again_sentence([0.2, 0.3], 90, lapsed=True).startswith("About 2 in 10")


def test_lost_customers_the_forecast_expects_back_are_explained(samples_dir):
    """The wholesaler's 'Lost' firms (last order 80-227 days ago) read 'About 6 in 10 are
    expected to buy again' next to their name."""
    seg = run(samples_dir / "b2b_supplier.xlsx").segmentations["behavioral"]
    explained = 0
    for p in seg.segments:
        lapsed = not (trait_of("behavioral", p.name).recency & {"recent"})
        m = re.search(r"about (\d+) in 10 are expected to buy again", p.persona.story,
                      re.IGNORECASE)
        assert m, p.name
        if lapsed and int(m.group(1)) >= 5:
            assert "Even so, judged by each customer's own buying rhythm" in p.persona.story
            explained += 1
        else:
            assert "Even so" not in p.persona.story, p.name
    assert explained and seg.segment("Lost") is not None
