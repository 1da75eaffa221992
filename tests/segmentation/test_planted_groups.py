"""Planted groups in the bundled sample workbooks land in the segments they should.

Measure: the share of a planted group's members whose label is one of the expected labels.
Threshold: 0.7 unless stated (the generators add noise on purpose; exact groups like one-time
buyers are held to 0.95).
"""

from __future__ import annotations

import pytest

from desktopseg.core.features import build_customers
from desktopseg.core.model import AnalysisSettings
from desktopseg.core.progress import Task
from desktopseg.core.segmentation import run_scheme

from . import samples

RISK = {"At Risk", "Can't Lose Them", "Hibernating", "Lost"}


def analysed(loader, name):
    if not (samples.SAMPLES / "truth" / f"{name}.json").exists():
        pytest.skip("sample workbooks not generated")
    result = build_customers(loader(), AnalysisSettings(), Task())
    return result, samples.truth(name)["groups"]


def share(labels, members, expected):
    got = labels.reindex(members)
    return float(got.isin(set(expected)).mean())


def test_florist_occasions_regulars_lapsed_one_time_and_big_events():
    result, groups = analysed(samples.florist, "florist_square_items")
    c = result.customers
    rfm = run_scheme("behavioral", c, AnalysisSettings(), Task()).labels
    value = run_scheme("value", c, AnalysisSettings(), Task()).labels
    assert share(c["buyer_type"], groups["valentines_mothers_day"], {"special-occasion"}) >= 0.7
    assert share(c["buyer_type"], groups["monthly_regulars"], {"regular"}) >= 0.7
    assert share(rfm, groups["monthly_regulars"], {"Champions", "Loyal"}) >= 0.7
    assert share(rfm, groups["lapsed"], RISK) >= 0.7
    assert share(c["churn_risk"], groups["lapsed"], {"high"}) >= 0.7
    assert share(c["buyer_type"], groups["one_time"], {"first-time"}) >= 0.95
    assert share(value, groups["big_event_spenders"], {"Top customers"}) >= 0.7
    assert share(c["buyer_type"], groups["occasional"], {"special-occasion"}) <= 0.3


def test_hardware_costly_contractors_are_reprice_or_let_go():
    result, groups = analysed(samples.hardware, "hardware_store_sales")
    c = result.customers
    assert result.margin_source == "cost" and "service minutes" in result.effort_source
    value = run_scheme("value", c, AnalysisSettings(), Task())
    costly = set(value.details["cost_more_than_they_bring"])
    assert share(c["effort_quadrant"], groups["contractors_costly"], {"reprice or let go"}) >= 0.7
    assert len(costly & set(groups["contractors_costly"])) >= 0.7 * len(
        groups["contractors_costly"])
    assert share(c["effort_quadrant"], groups["contractors_good"],
                 {"stars", "worth the effort"}) >= 0.7
    assert share(value.labels, groups["contractors_good"], {"Top customers"}) >= 0.7
    assert share(c["buyer_type"], groups["homeowners_regular"], {"regular"}) >= 0.7
    assert share(c["effort_quadrant"], groups["homeowners_occasional"], {"low-touch"}) >= 0.7


@pytest.mark.parametrize(
    ("column", "expected"),
    [
        ("SIC Code", {
            "manufacturing": "Manufacturing", "retail": "Retail Trade",
            "transportation_warehousing": "Transportation, Communications and Utilities",
            "professional_services": "Services", "health_care": "Services",
            "agricultural_services": "Agriculture, Forestry and Fishing"}),
        ("NAICS Code", {
            "manufacturing": "Manufacturing", "retail": "Retail Trade",
            "transportation_warehousing": "Transportation and Warehousing",
            "professional_services": "Professional, Scientific, and Technical Services",
            "health_care": "Health Care and Social Assistance"}),
    ],
)
def test_b2b_sectors_sizes_and_costly_accounts(column, expected):
    result, groups = analysed(lambda: samples.b2b(column), "b2b_supplier")
    c = result.customers
    seg = run_scheme("firmographic", c, AnalysisSettings(min_segment_share=0.0), Task())
    for group, sector in expected.items():
        assert share(seg.labels, groups[group], {sector}) >= 0.9, group
    sizes = samples.truth("b2b_supplier")["size_bands"]
    by_size = run_scheme("firmographic", c, AnalysisSettings(firmographic_dimensions=("size",)),
                         Task()).labels
    for band, members in sizes.items():
        assert share(by_size, members, {f"{band} employees"}) == 1.0
    assert share(c["effort_quadrant"], groups["high_support_low_margin"],
                 {"reprice or let go"}) >= 0.7


def test_european_christmas_buyers_and_regulars():
    result, groups = analysed(samples.european, "european_shop_export")
    c = result.customers
    assert share(c["buyer_type"], groups["christmas_buyers"], {"special-occasion"}) >= 0.7
    assert share(c["buyer_type"], groups["regulars"], {"regular"}) >= 0.9
    assert share(c["buyer_type"], groups["one_time"], {"first-time"}) >= 0.95
    clusters = run_scheme("clusters", c, AnalysisSettings(), Task()).labels
    # Regulars form their own automatic group: at least 90% of them share one label that
    # holds few one-time buyers.
    main = clusters.reindex(groups["regulars"]).mode()[0]
    assert share(clusters, groups["regulars"], {main}) >= 0.9
    assert share(clusters, groups["one_time"], {main}) <= 0.1
