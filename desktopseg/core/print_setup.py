"""Page setup for every sheet the app writes, so a printed workbook is readable.

Without it the hardware sample's workbook printed as 181 pages with columns cut mid-word.
Each sheet gets: landscape when its columns are wider than a portrait page, fit to one page
wide (as many pages tall as needed), the header row repeated on every page, the client and the
practice in the header and the page number in the footer, and column widths from the contents.

openpyxl's write-only sheets write their properties before the first row: call
:func:`setup_sheet` right after ``create_sheet`` and before any ``append``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from desktopseg.core.i18n import _
from desktopseg.core.letterhead import Letterhead

#: Character widths that fit across an A4/Letter page at 100 % with default margins.
PORTRAIT_WIDTH = 95
LANDSCAPE_WIDTH = 140
#: Smallest print scale that still reads (11 pt text printed at 6.6 pt). A sheet wider than
#: that at one page wide prints its first columns only (the print area); the rest stay in the
#: file, and the footer says which columns were printed.
MIN_PRINT_SCALE = 0.6
#: Narrowest and widest column, in Excel's character units.
MIN_WIDTH, MAX_WIDTH = 8, 60


def text_width(value: Any) -> int:
    """Return the characters ``value`` takes in a cell (numbers as formatted with separators)."""
    if value is None:
        return 0
    if isinstance(value, bool):
        return 5
    if isinstance(value, float):
        return len(f"{value:,.2f}") + 2  # room for a currency sign ("$" or " €")
    if isinstance(value, int):
        return len(f"{value:,}")
    if hasattr(value, "isoformat"):
        return 10
    text = str(value)
    return max((len(line) for line in text.splitlines()), default=0)


def content_widths(rows: Iterable[Sequence[Any]], ncols: int, *, header_pad: int = 3,
                   header: Sequence[str] = (), cap: int = MAX_WIDTH,
                   header_wraps: bool = False) -> list[float]:
    """Return column widths that fit the longest value of each column (header included).

    ``header_wraps``: the header cells wrap, so a header needs only its longest word's width.
    """
    longest = [0] * ncols
    for i, h in enumerate(header[:ncols]):
        words = str(h).split() if header_wraps else [h]
        longest[i] = max(text_width(w) for w in words or [""]) + header_pad  # filter button
    for row in rows:
        for i, v in enumerate(row[:ncols]):
            w = text_width(v)
            if w > longest[i]:
                longest[i] = w
    return [float(min(max(w + 2, MIN_WIDTH), cap)) for w in longest]


def _escape(text: str) -> str:
    """Escape Excel's header/footer codes: a literal '&' is written '&&'."""
    return text.replace("&", "&&")


def setup_sheet(ws, widths: Sequence[float], letterhead: Letterhead | None = None, *,
                title_rows: str | None = "1:1", set_widths: bool = True,
                all_columns: bool = False) -> None:
    """Give ``ws`` its widths, orientation, fit-to-width, repeated header and header/footer."""
    if set_widths:
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = w
    wide = sum(widths) > PORTRAIT_WIDTH
    printed = len(widths) if all_columns else printed_columns(widths)
    if printed < len(widths):
        last = get_column_letter(printed)
        ws.print_area = f"A1:{last}1048576"
    ws.page_setup.orientation = "landscape" if wide else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages tall as the rows need
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.gridLines = False
    if title_rows:
        ws.print_title_rows = title_rows
    lh = letterhead or Letterhead()
    header = ws.oddHeader
    if lh.practice:
        header.left.text = _escape(lh.practice)
    if lh.client:
        header.center.text = _escape(lh.client)
    header.right.text = "&A"  # the sheet's name
    footer = ws.oddFooter
    if lh.practice:
        footer.left.text = _escape(lh.prepared_by())
    footer.right.text = _escape(_("Page {page} of {pages}")).format(page="&P", pages="&N")
    if printed < len(widths):
        footer.center.text = _escape(_("Columns A to {last} printed; all {n} are in the file")
                                     .format(last=get_column_letter(printed), n=len(widths)))


def printed_columns(widths: Sequence[float]) -> int:
    """Return how many leading columns print at :data:`MIN_PRINT_SCALE` or larger."""
    budget = LANDSCAPE_WIDTH / MIN_PRINT_SCALE
    total, n = 0.0, 0
    for w in widths:
        if n and total + w > budget:
            break
        total, n = total + w, n + 1
    return n
