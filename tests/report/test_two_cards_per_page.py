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
    """These tests check the pairing rule itself on short cards, with a smaller floor for the
    shared page's text (the sample's full cards are checked at the real floor below)."""
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


def test_the_sample_cards_share_pages_at_the_readable_size(florist, tmp_path):
    """The florist's full cards (why, typical, cost to serve, forecast) pair up two to a page
    at the normal floor for text, and nothing of any card is left out."""
    from desktopseg.report import render

    seg = florist.segmentations[default_scheme(florist)]
    pdf = tmp_path / "r.pdf"
    write_pdf(florist, pdf)
    forecast = florist.forecast is not None
    assert render._ReportWriter.HALF_MIN_SCALE >= 0.8
    assert pdf_pages(pdf) == 1 + (len(seg.segments) + 1) // 2 + forecast
    page2 = pdf_text(pdf, page=2)
    assert seg.segments[0].persona.name in page2 and seg.segments[1].persona.name in page2
    every = pdf_text(pdf)
    for s in seg.segments:
        p = s.persona
        assert norm(p.story) in every and norm(p.tagline) in every
        for action in p.actions:
            assert norm(action) in every
        for favourite in p.favourites:
            assert norm(favourite.strip()) in every
        for label, value in p.key_figures:  # a long value may wrap inside its cell
            assert norm(label.split()[0]) in every and norm(value.split(" (")[0]) in every
