"""The printed report reads right against the shop's own figures (persona-card truth sweep).

The florist sample has a group of one customer and no cost column: its page says
"1 customer", and the staff rate behind the estimated cost to serve carries the dollar sign
like every other sum in the report.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktopseg.core import pipeline
from desktopseg.report import write_pdf
from report.test_report import norm, pdf_text

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def florist_pdf(tmp_path_factory):
    result = pipeline.run(ROOT / "sample_workbooks" / "florist_square_items.xlsx")
    path = tmp_path_factory.mktemp("truth") / "florist.pdf"
    write_pdf(result, path)
    return result, pdf_text(path)


def test_a_group_of_one_reads_one_customer(florist_pdf):
    result, text = florist_pdf
    seg = result.segmentations["behavioral"]
    ones = [s for s in seg.segments if s.customers == 1]
    assert ones  # the florist's New group holds one customer
    for s in ones:
        assert norm(f"Segment: {s.name} · 1 customer (") in text
    assert not re.search(r"\b1 customers\b", text)


def test_the_staff_rate_is_money_in_the_shops_currency(florist_pdf):
    _result, text = florist_pdf
    assert "staff time at $25.00 an hour" in text
    assert "staff time at 25.00 an hour" not in text


def test_table_headings_never_break_inside_a_word(tmp_path):
    """The hardware store's full table (margin, effort, profit after service) printed
    'Custom/ers' and 'Revenu/e'; headings now break between words only."""
    result = pipeline.run(ROOT / "sample_workbooks" / "hardware_store_sales.xlsx")
    path = tmp_path / "hardware.pdf"
    write_pdf(result, path)
    overview = pdf_text(path, page=1)
    for heading in ("Segment", "Customers", "Share", "Revenue", "Margin", "Persona"):
        assert re.search(rf"\b{heading}\b", overview), heading


def test_table_numbers_never_break(tmp_path):
    """The b2b supplier's overview printed Champions' revenue as '2,427,86' over '2'."""
    result = pipeline.run(ROOT / "sample_workbooks" / "b2b_supplier.xlsx")
    path = tmp_path / "b2b.pdf"
    write_pdf(result, path)
    overview = pdf_text(path, page=1)
    seg = result.segmentations["behavioral"]
    for s in seg.segments:
        assert f"{s.revenue:,.0f}" in overview, s.name
        if s.margin is not None:
            assert f"{s.margin:,.0f}" in overview, s.name
