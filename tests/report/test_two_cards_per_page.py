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


def _short(result):
    """The florist's cards cut to a few lines each: the size a card has on a small shop's
    first months (a one-line story, two actions, no notes)."""
    result = copy.deepcopy(result)
    seg = result.segmentations[default_scheme(result)]
    for s in seg.segments:
        p = s.persona
        p.story = p.story.split(". ")[0] + "."
        p.actions = p.actions[:2]
        p.notes = ""
    return result, seg


@pytest.fixture
def small_text(monkeypatch):
    """Since cards carry why-this-group, typical and average, cost to serve and the forecast,
    the sample's cards no longer fit half a page at the readable text size; these tests check
    the pairing itself with a smaller floor for the shared page's text."""
    from desktopseg.report import render

    monkeypatch.setattr(render._ReportWriter, "HALF_MIN_SCALE", 0.5)


def test_short_cards_are_printed_two_to_a_page(florist, tmp_path, small_text):
    florist, seg = _short(florist)
    pdf = tmp_path / "r.pdf"
    write_pdf(florist, pdf)
    pages = pdf_pages(pdf)
    forecast = florist.forecast is not None  # the forecast has a last page of its own
    assert pages == 1 + (len(seg.segments) + 1) // 2 + forecast
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


def test_a_card_with_long_notes_gets_its_own_page(florist, tmp_path, small_text):
    result, seg = _short(florist)
    seg.segments[0].persona.notes = " ".join(["Call them before the spring delivery."] * 90)
    pdf = tmp_path / "r.pdf"
    write_pdf(result, pdf)
    page2 = pdf_text(pdf, page=2)
    assert seg.segments[0].persona.name in page2 and seg.segments[1].persona.name not in page2
    forecast = result.forecast is not None  # the forecast has a last page of its own
    assert pdf_pages(pdf) == (2 + len(seg.segments[1:]) // 2 + len(seg.segments[1:]) % 2
                              + forecast)
