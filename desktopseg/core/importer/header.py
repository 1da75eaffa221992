"""Find the header row under report titles, join two-row headers, name blank columns.

Only the first rows are looked at (a bounded head), so this costs nothing on big files.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from desktopseg.core.importer.roles import SYNONYMS, normalise

_KNOWN = frozenset(w for words in SYNONYMS.values() for w in words) | {
    "transactiontype",
    "memodescription",
    "balance",
    "productservice",
    "salesprice",
    "qty",
    "gross",
    "fee",
    "currency",
    "status",
    "type",
    "num",
    "no",
}
_NUMBERISH = re.compile(r"^[\s$€£¥(+-]*[\d.,\s%/:-]+[)€$%\s]*$")


def _filled(v) -> bool:
    return v is not None and not (isinstance(v, float) and v != v) and str(v).strip() != ""


def _is_text(v) -> bool:
    """Return True for a cell that could be a header label (text, not a number or date)."""
    if isinstance(v, (int, float, date, datetime)) or not _filled(v):
        return False
    s = str(v).strip()
    return not _NUMBERISH.match(s) and len(s) <= 80


def _known(v) -> bool:
    return _is_text(v) and normalise(str(v)) in _KNOWN


def _row_stats(row) -> tuple[int, int, int]:
    cells = [v for v in row if _filled(v)]
    return len(cells), sum(_is_text(v) for v in cells), sum(_known(v) for v in cells)


def detect_header(grid: list[list]) -> tuple[int, int]:
    """Return (index of the first header row, number of header rows: 1 or 2) in ``grid``."""
    stats = [_row_stats(r) for r in grid]
    width = max((s[0] for s in stats), default=0)
    if width == 0:
        return 0, 1
    scores = []
    for i, (k, text, known) in enumerate(stats):
        if k < min(2, width) or text < max(1, 0.6 * k):
            scores.append(-1.0)
            continue
        # A header is wide, all labels, and uses words we know; the rows under it are data.
        score = text + 3 * known + 0.5 * k
        below = next((s for s in stats[i + 1 :] if s[0]), None)
        if below is not None and below[1] < below[0]:
            score += 2  # the next row holds numbers or dates
        if k < 0.5 * width:
            score *= 0.5
        scores.append(score)
    best = max(scores)
    if best <= 0:
        return 0, 1
    start = next(i for i, s in enumerate(scores) if s >= 0.8 * best)
    n = 1
    if start > 0:
        # A group row right above the header ("Customer" over "ID | Name", merged cells):
        # labels only, fewer of them, with gaps where the header has labels.
        above, here = grid[start - 1], grid[start]
        k0, text0, _k = stats[start - 1]
        gaps = any(not _filled(a) and _filled(b) for a, b in zip(above, here, strict=False))
        if k0 >= 2 and text0 == k0 and k0 < stats[start][0] and gaps:
            start, n = start - 1, 2
    return start, n


def _label(v) -> str:
    if not _filled(v):
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return re.sub(r"\s+", " ", str(v)).strip()


def header_names(rows: list[list]) -> list[str]:
    """Column names from one or two header rows: merged top cells carried right, blanks named."""
    width = max((len(r) for r in rows), default=0)
    rows = [list(r) + [None] * (width - len(r)) for r in rows]
    if len(rows) == 2:
        top, bottom = rows
        carried, last = [], ""
        for a in top:
            last = _label(a) or last  # a merged cell spans to the right until the next label
            carried.append(last)
        names = [
            " ".join(x for x in (t, _label(b)) if x) for t, b in zip(carried, bottom, strict=True)
        ]
    else:
        names = [_label(v) for v in rows[0]] if rows else []
    out: list[str] = []
    seen: dict[str, int] = {}
    for i, name in enumerate(names):
        name = name or f"Column {i + 1}"
        if name in seen:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        else:
            seen[name] = 1
        out.append(name)
    return out
