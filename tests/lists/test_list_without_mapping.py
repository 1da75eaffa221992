"""A marketing-campaign list imports with no help, and its groups speak in words, not codes."""

from __future__ import annotations

import re

from desktopseg.core import pipeline
from desktopseg.core.segmentation.clusters import category_words


def test_marketing_list_imports_without_a_mapping(marketing):
    """ID, Mnt…, Num…Purchases and Recency are recognised by the importer itself; every
    scheme that needs spend, orders and recency then runs on the list."""
    path, frame, _mapping = marketing
    result = pipeline.run(path)
    assert len(result.customers) == frame["ID"].nunique()
    for scheme in ("behavioral", "value", "demographic", "needs"):
        assert scheme in result.segmentations, (scheme, result.unavailable.get(scheme))
    spend = frame.filter(regex="^Mnt").sum(axis=1)
    revenue = result.customers["revenue"].sort_index()
    assert abs(revenue.sum() - spend.sum()) < 0.01 * spend.sum()


def test_group_names_say_product_families_in_words(marketing):
    path, _frame, _mapping = marketing
    result = pipeline.run(path)
    names = [s.name for seg in result.segmentations.values() for s in seg.segments]
    assert names and not [n for n in names if re.search(r"Mnt|Num\w*Purchases|_", n)], names


def test_category_words():
    assert category_words("MntGoldProds") == "gold products"
    assert category_words("MntWines") == "wines"
    assert category_words("Detergents_Paper") == "detergents paper"
    assert category_words("Bouquets") == "Bouquets"  # already words: left as written
    assert category_words("Gift Cards") == "Gift Cards"
