"""Two persona cards share a printed page when both fit; a long card keeps its own page."""

from __future__ import annotations

import copy

import pytest

from desktopseg.report import default_scheme, write_pdf
from report.helpers import real_result
from report.test_report import norm, pdf_pages, pdf_text


@pytest.fixture(scope="module")
def florist(samples_dir):
    path = samples_dir / "florist_square_items.xlsx"
    if not path.exists():
        pytest.skip("sample workbook not generated")
    return real_result(path)


def test_short_cards_are_printed_two_to_a_page(florist, tmp_path):
    seg = florist.segmentations[default_scheme(florist)]
    pdf = tmp_path / "r.pdf"
    write_pdf(florist, pdf)
    pages = pdf_pages(pdf)
    assert pages == 1 + (len(seg.segments) + 1) // 2
    # Page 2 holds the first two cards, each whole, in order.
    text = pdf_text(pdf, page=2)
    first, second = seg.segments[0].persona, seg.segments[1].persona
    assert norm(first.story) in text and norm(second.story) in text
    assert text.index(first.name) < text.index(second.name)
    assert f"Page 2 of {pages}" in text
    every = pdf_text(pdf)
    for s in seg.segments:
        assert norm(s.persona.story) in every
        for action in s.persona.actions:
            assert norm(action) in every


def test_a_card_with_long_notes_gets_its_own_page(florist, tmp_path):
    result = copy.deepcopy(florist)
    seg = result.segmentations[default_scheme(result)]
    seg.segments[0].persona.notes = " ".join(["Call them before the spring delivery."] * 30)
    pdf = tmp_path / "r.pdf"
    write_pdf(result, pdf)
    page2 = pdf_text(pdf, page=2)
    assert seg.segments[0].persona.name in page2 and seg.segments[1].persona.name not in page2
    assert pdf_pages(pdf) == 2 + len(seg.segments[1:]) // 2 + len(seg.segments[1:]) % 2
