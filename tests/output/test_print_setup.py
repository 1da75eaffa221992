"""Workbooks that print: every sheet has a page setup and columns wide enough (issue 18 pt 4)."""

from __future__ import annotations

import math

import openpyxl
import pytest

from desktopseg.core.export import write_workbook
from desktopseg.core.letterhead import Letterhead
from desktopseg.core.pipeline import run
from desktopseg.core.print_setup import LANDSCAPE_WIDTH, MIN_PRINT_SCALE, PORTRAIT_WIDTH


@pytest.fixture(scope="module")
def hardware_book(samples_dir, tmp_path_factory):
    result = run(samples_dir / "hardware_store_sales.xlsx")
    out = tmp_path_factory.mktemp("print") / "hardware.xlsx"
    write_workbook(result, out, letterhead=Letterhead(client="Dev's Hardware & Co",
                                                      practice="Anna Books Ltd"))
    return result, openpyxl.load_workbook(out)


def _width(ws, col: int) -> float:
    return ws.column_dimensions[openpyxl.utils.get_column_letter(col)].width


def test_every_sheet_fits_one_page_wide_with_the_header_repeated(hardware_book):
    """Each sheet: fit to 1 page wide, any height, landscape when wider than portrait."""
    _result, wb = hardware_book
    for ws in wb.worksheets:
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0, ws.title
        total = sum(_width(ws, c) for c in range(1, ws.max_column + 1))
        expected = "landscape" if total > PORTRAIT_WIDTH else "portrait"
        assert ws.page_setup.orientation == expected, ws.title
        if ws.title != "Summary":
            assert ws.print_title_rows == "$1:$1", ws.title


def test_client_and_practice_are_in_every_header_and_footer(hardware_book):
    """The client in the header centre, the practice left, page numbers in the footer."""
    _result, wb = hardware_book
    for ws in wb.worksheets:
        assert ws.oddHeader.center.text == "Dev's Hardware && Co"  # '&' escaped for Excel
        assert ws.oddHeader.left.text == "Anna Books Ltd"
        assert "Anna Books Ltd" in ws.oddFooter.left.text
        assert "&P" in ws.oddFooter.right.text and "&N" in ws.oddFooter.right.text


def test_columns_are_wide_enough_for_their_contents(hardware_book):
    """No cell is wider than its column unless the column wraps its text."""
    _result, wb = hardware_book
    for ws in wb.worksheets:
        start = 1 if ws.title != "Summary" else 3  # the Summary's title/notes overflow freely
        for row in ws.iter_rows(min_row=start):
            for cell in row:
                if not isinstance(cell.value, str) or cell.value == ws["A1"].value:
                    continue
                filled = [c for c in row if c.value not in (None, "")]
                if ws.title == "Summary" and len(filled) <= 2 and cell is filled[-1]:
                    continue  # a note, or a fact beside its label, runs into empty cells
                width = _width(ws, cell.column)
                if len(cell.value) + 1 > width:
                    assert cell.alignment.wrap_text, (ws.title, cell.coordinate, cell.value)


def test_segment_names_on_the_summary_are_not_truncated(hardware_book):
    """Every segment name fits its Summary column without wrapping."""
    result, wb = hardware_book
    ws = wb["Summary"]
    names = {s.name for seg in result.segmentations.values() for s in seg.segments}
    seen = {c.value for c in ws["A"] if c.value in names}
    assert seen == names
    assert _width(ws, 1) >= max(len(n) for n in names) + 1


def test_print_setup_survives_a_csv_source_with_no_letterhead(samples_dir, tmp_path):
    """Without a practice the client is still named (after the file) and nothing breaks."""
    result = run(samples_dir / "european_shop_export.csv")
    out = tmp_path / "eu.xlsx"
    write_workbook(result, out)
    wb = openpyxl.load_workbook(out)
    for ws in wb.worksheets:
        assert ws.oddHeader.center.text == "european shop export"
        assert not ws.oddHeader.left.text
        assert not math.isnan(_width(ws, 1))


def test_every_sheet_prints_at_a_readable_size(hardware_book):
    """Fit to one page wide never shrinks text below MIN_PRINT_SCALE: a wide sheet prints its
    first columns (the print area), says so in the footer, and keeps every column in the file;
    the Summary's table prints whole (at half size or more), its long texts and headers
    wrapping."""
    _result, wb = hardware_book
    budget = LANDSCAPE_WIDTH / MIN_PRINT_SCALE
    cut = 0
    for ws in wb.worksheets:
        if ws.print_area:
            last = openpyxl.utils.cell.range_boundaries(
                ws.print_area.split("!")[-1].replace("$", ""))[2]
            assert last < ws.max_column, ws.title
            assert f"all {ws.max_column} are in the file" in ws.oddFooter.center.text
            cut += 1
        else:
            last = ws.max_column
        printed = sum(_width(ws, c) for c in range(1, last + 1))
        if ws.title == "Summary":  # its whole table, long segment names included: >= 50 %
            assert not ws.print_area
            assert printed <= LANDSCAPE_WIDTH / 0.5, printed
        else:
            assert printed <= budget, (ws.title, printed)
    assert cut >= 2  # the Customers sheet and the segment sheets are wider than a page
