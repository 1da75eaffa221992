"""Planted groups survive the whole path: the real importer, features and every scheme.

Measure: share of a planted group's members whose label is one of the expected labels
(threshold 0.7; exact groups such as one-time buyers 0.95). Customer keys are matched
case-insensitively, because the importer keys customers without an id by normalised name.
"""

from __future__ import annotations

import json
from functools import cache

import pytest

from desktopseg.core.model import AnalysisSettings

from .samples import SAMPLES
from .test_pipeline_real_data import importer_ready

pytestmark = pytest.mark.skipif(not importer_ready(), reason="the importer has not landed yet")

RISK = {"At Risk", "Can't Lose Them", "Hibernating", "Lost"}


@cache
def analysed(filename: str):
    from desktopseg.core.pipeline import analyse, load

    path = SAMPLES / filename
    truth_path = SAMPLES / "truth" / (path.stem + ".json")
    if not path.exists() or not truth_path.exists():
        pytest.skip("sample workbooks not generated")
    result = analyse(load(path), AnalysisSettings())
    by_lower = {str(k).strip().lower(): k for k in result.customers.index}
    groups = {g: [by_lower.get(str(k).strip().lower(), k) for k in members]
              for g, members in json.loads(truth_path.read_text("utf-8"))["groups"].items()}
    return result, groups


def share(labels, members, expected):
    return float(labels.reindex(members).isin(set(expected)).mean())


# (file, planted group, where to look, expected labels, minimum share)
CASES = [
    ("florist_square_items.xlsx", "valentines_mothers_day", "buyer_type", {"special-occasion"},
     0.7),
    ("florist_square_items.xlsx", "monthly_regulars", "behavioral", {"Champions", "Loyal"}, 0.7),
    ("florist_square_items.xlsx", "lapsed", "behavioral", RISK, 0.7),
    ("florist_square_items.xlsx", "one_time", "buyer_type", {"first-time"}, 0.95),
    ("florist_square_items.xlsx", "big_event_spenders", "value", {"Top customers"}, 0.7),
    ("hardware_store_sales.xlsx", "contractors_costly", "effort_quadrant",
     {"reprice or let go"}, 0.7),
    ("hardware_store_sales.xlsx", "contractors_good", "value", {"Top customers"}, 0.7),
    ("hardware_store_sales.xlsx", "homeowners_regular", "buyer_type", {"regular"}, 0.7),
    ("b2b_supplier.xlsx", "manufacturing", "firmographic", {"Manufacturing"}, 0.9),
    ("b2b_supplier.xlsx", "retail", "firmographic", {"Retail Trade"}, 0.9),
    ("b2b_supplier.xlsx", "high_support_low_margin", "effort_quadrant", {"reprice or let go"},
     0.7),
    ("bookkeeper_quickbooks_sales_by_customer.xlsx", "big_regular", "behavioral",
     {"Champions", "Loyal"}, 0.7),
    ("bookkeeper_quickbooks_sales_by_customer.xlsx", "one_off", "buyer_type", {"first-time"},
     0.95),
    ("bookkeeper_quickbooks_sales_by_customer.xlsx", "declining", "behavioral", RISK, 0.7),
    ("european_shop_export.csv", "christmas_buyers", "buyer_type", {"special-occasion"}, 0.7),
    ("european_shop_export.csv", "regulars", "buyer_type", {"regular"}, 0.9),
]


@pytest.mark.parametrize(("filename", "group", "where", "expected", "minimum"), CASES,
                         ids=[f"{c[0].split('.')[0]}-{c[1]}" for c in CASES])
def test_planted_group_recovered(filename, group, where, expected, minimum):
    result, groups = analysed(filename)
    labels = (result.segmentations[where].labels if where in result.segmentations
              else result.customers[where])
    members = groups[group]
    assert labels.reindex(members).notna().all(), "planted customers missing from the analysis"
    assert share(labels, members, expected) >= minimum
