"""Estimate how many pages each sheet of a workbook prints on, from its page setup.

    .venv/bin/python benchmarks/print_pages.py WORKBOOK.xlsx [--paper a4|letter] [--json]

No spreadsheet program runs here, so this follows what Excel does with the sheet's own page
setup: orientation, margins, "fit to N pages wide" (never below Excel's 10 % floor), the
header rows repeated on every page, column widths (a character is 7 px and a column has 5 px
of padding at Calibri 11) and row heights (15 pt, or one line of 15 pt per wrapped line when a
cell wraps, as Excel's automatic row height does on opening). "As printed before" is the same
sheet with no page setup at all: portrait, 100 %, columns cut into page-wide bands.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

PAPER_MM = {"a4": (210.0, 297.0), "letter": (215.9, 279.4)}
PT_PER_MM = 72 / 25.4
LINE_PT = 15.0  # Calibri 11 row height


def _col_width_pt(chars: float) -> float:
    return (math.trunc(chars * 7 + 5)) * 0.75  # pixels at 96 dpi -> points


def _text_len(value) -> int:
    if value is None:
        return 0
    if isinstance(value, float):
        return len(f"{value:,.2f}")
    return max((len(line) for line in str(value).splitlines()), default=0)


def sheet_pages(ws, paper: str = "a4", *, with_setup: bool = True) -> dict:
    """Return the estimated pages (wide x tall) and print scale of one openpyxl sheet."""
    from openpyxl.utils import get_column_letter

    ncols = ws.max_column
    if with_setup and ws.print_area:  # only the print area's columns are printed
        from openpyxl.utils.cell import range_boundaries

        area = ws.print_area if isinstance(ws.print_area, str) else ws.print_area[0]
        ncols = min(ncols, range_boundaries(area.split("!")[-1].replace("$", ""))[2])
    widths = []
    for i in range(1, ncols + 1):
        dim = ws.column_dimensions.get(get_column_letter(i))
        widths.append(dim.width if dim is not None and dim.width else 8.43)
    col_pt = [_col_width_pt(w) for w in widths]
    heights = []
    for row in ws.iter_rows():
        lines = 1
        for cell, w in zip(row, widths, strict=False):
            if cell.value is not None and cell.alignment is not None and cell.alignment.wrap_text:
                lines = max(lines, math.ceil(_text_len(cell.value) / max(w - 1, 1)))
            if isinstance(cell.value, str) and "\n" in cell.value:
                lines = max(lines, cell.value.count("\n") + 1)
        heights.append(LINE_PT * lines)
    short, long = PAPER_MM[paper]
    m = ws.page_margins
    landscape = with_setup and ws.page_setup.orientation == "landscape"
    page_w_mm, page_h_mm = (long, short) if landscape else (short, long)
    if with_setup:
        left, right, top, bottom = m.left, m.right, m.top, m.bottom
    else:
        left, right, top, bottom = 0.7, 0.7, 0.75, 0.75  # Excel's "Normal" margins
    avail_w = page_w_mm * PT_PER_MM - (left + right) * 72
    avail_h = page_h_mm * PT_PER_MM - (top + bottom) * 72
    content_w = sum(col_pt)
    fit = with_setup and ws.sheet_properties.pageSetUpPr is not None and \
        ws.sheet_properties.pageSetUpPr.fitToPage and (ws.page_setup.fitToWidth or 0) >= 1
    scale = max(0.10, min(1.0, avail_w * (ws.page_setup.fitToWidth or 1) / content_w)) \
        if fit else 1.0
    # Columns go into page-wide bands (one band when the fit worked).
    bands, band_w = 1, 0.0
    for w in col_pt:
        if band_w and band_w + w * scale > avail_w + 0.5:
            bands, band_w = bands + 1, 0.0
        band_w += w * scale
    titles = 1 if with_setup and ws.print_title_rows else 0
    title_h = sum(heights[:titles]) * scale
    tall, used = 1, title_h
    for h in heights[titles:] if titles else heights:
        if used + h * scale > avail_h + 0.5 and used > title_h:
            tall, used = tall + 1, title_h
        used += h * scale
    return {"sheet": ws.title, "rows": ws.max_row, "columns": ncols,
            "orientation": "landscape" if landscape else "portrait",
            "scale_pct": round(scale * 100), "font_pt": round(11 * scale, 1),
            "pages_wide": bands, "pages_tall": tall, "pages": bands * tall}


def workbook_pages(path: Path, paper: str = "a4", *, with_setup: bool = True) -> list[dict]:
    """Return :func:`sheet_pages` for every sheet of the workbook at ``path``."""
    import openpyxl

    wb = openpyxl.load_workbook(path)
    return [sheet_pages(ws, paper, with_setup=with_setup) for ws in wb]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("workbook", type=Path)
    p.add_argument("--paper", choices=sorted(PAPER_MM), default="a4")
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    now = workbook_pages(args.workbook, args.paper)
    before = workbook_pages(args.workbook, args.paper, with_setup=False)
    if args.json:
        print(json.dumps({"with_setup": now, "without_setup": before}))
        return 0
    print(f"{'Sheet':<22}{'rows':>6}{'cols':>6}  {'orientation':<10}{'scale':>6}{'font':>6}"
          f"{'wide':>6}{'tall':>6}{'pages':>7}{'no setup':>10}")
    for a, b in zip(now, before, strict=True):
        print(f"{a['sheet'][:21]:<22}{a['rows']:>6}{a['columns']:>6}  {a['orientation']:<10}"
              f"{a['scale_pct']:>5}%{a['font_pt']:>6}{a['pages_wide']:>6}{a['pages_tall']:>6}"
              f"{a['pages']:>7}{b['pages']:>10}")
    print(f"{'Total':<22}{'':>56}{sum(a['pages'] for a in now):>7}"
          f"{sum(b['pages'] for b in before):>10}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    raise SystemExit(main())
