"""The clients workbook of a batch (``clients.xlsx``) and the run history it compares against.

One row per analysed client: file, customers, revenue, largest segments and, when there is an
earlier run in the same folder, what moved since. A "Needs fixing" sheet lists the clients that
were skipped and why. The history (``clients_history.json`` beside the workbook) keeps, per
client, the date, segment sizes and each customer's segment under a salted hash of the customer
key: enough to count who moved, with no customer names, e-mails or ids in it.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill

from desktopseg.core.export import FORMULA_STARTS, INTEGER, MONEY, main_scheme_of_summary
from desktopseg.core.i18n import N_, _
from desktopseg.core.letterhead import Letterhead
from desktopseg.core.print_setup import content_widths, setup_sheet

HISTORY_NAME = "clients_history.json"
BOOK_NAME = "clients.xlsx"
#: Segments named in "Largest segments".
LARGEST = 3


def hashed_labels(labels: pd.Series, client: str) -> dict[str, str]:
    """Return {salted hash of customer key: segment}: who is where, without who they are."""
    salt = client.encode("utf-8") + b"\0"
    return {
        hashlib.sha256(salt + str(k).encode("utf-8")).hexdigest()[:16]: str(v)
        for k, v in labels.items()
        if v is not None and v == v
    }


def load_history(folder: Path) -> dict[str, Any]:
    """Return the run history kept in ``folder`` (empty when there is none or it is unreadable)."""
    try:
        data = json.loads((Path(folder) / HISTORY_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"version": 1, "clients": {}}
    if not isinstance(data, dict) or not isinstance(data.get("clients"), dict):
        return {"version": 1, "clients": {}}
    return data


def save_history(folder: Path, history: dict[str, Any]) -> None:
    """Write the run history atomically."""
    path = Path(folder) / HISTORY_NAME
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(history, indent=1, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def segment_sizes(summary: dict[str, Any]) -> list[tuple[str, int]]:
    """Return (segment, customers) of the summary's main scheme, largest first."""
    scheme = main_scheme_of_summary(summary)
    if scheme is None:
        return []
    segs = summary["schemes"][scheme]["segments"]
    return sorted(((s["name"], int(s["customers"])) for s in segs), key=lambda x: -x[1])


def total_revenue(summary: dict[str, Any]) -> float | None:
    """Return the revenue of all customers (the main scheme's segments add up to it)."""
    scheme = main_scheme_of_summary(summary)
    if scheme is None:
        return None
    values = [s["revenue"] for s in summary["schemes"][scheme]["segments"]]
    if all(v is None for v in values):
        return None
    return round(sum(v or 0.0 for v in values), 2)


def largest_segments(summary: dict[str, Any], n: int = LARGEST) -> str:
    """Return e.g. "Champions 38 %, Lost 12 %, Loyal 14 %" (largest first)."""
    total = max(int(summary.get("customers") or 0), 1)
    return ", ".join(
        _("{segment} {pct} %").format(segment=name, pct=round(100 * count / total))
        for name, count in segment_sizes(summary)[:n]
    )


def moves(previous: dict[str, str] | None, current: dict[str, str], n: int = 2) -> str:
    """Return what moved since ``previous``: "3 moved to At Risk, 2 moved to Lost" or ""."""
    if previous is None:
        return ""
    moved = Counter(seg for key, seg in current.items()
                    if key in previous and previous[key] != seg)
    new = sum(1 for key in current if key not in previous)
    parts = [_("{n} moved to {segment}").format(n=count, segment=seg)
             for seg, count in moved.most_common(n)]
    if new:
        parts.append(_("{n} new").format(n=new))
    return ", ".join(parts) if parts else _("no one moved")


def one_line(summary: dict[str, Any], moved: str) -> str:
    """Return the one-line summary of a client: "Champions 18 %, 3 moved to At Risk"."""
    first = largest_segments(summary, 1)
    return ", ".join(x for x in (first, moved) if x)


def update_history(history: dict[str, Any], runs: list, when: datetime) -> dict[str, str]:
    """Record the finished ``runs`` in ``history``; return client -> what moved since before."""
    out = {}
    for run in runs:
        before = history["clients"].get(run.client)
        previous = before.get("labels") if isinstance(before, dict) else None
        moved = moves(previous, run.labels)
        if before:
            end = before.get("sales_up_to")
            moved = moved and (
                _("since the run of {day} (sales up to {end}): {moves}").format(
                    day=str(before.get("at", ""))[:10], end=end, moves=moved)
                if end else _("since the run of {day}: {moves}").format(
                    day=str(before.get("at", ""))[:10], moves=moved))
        out[run.client] = moved
        run.moved = moved
        history["clients"][run.client] = {
            "at": when.isoformat(timespec="seconds"),
            "file": run.file.name,
            "customers": run.summary["customers"],
            "sales_up_to": run.summary["period"]["end"],
            "segments": dict(segment_sizes(run.summary)),
            "labels": run.labels,
        }
    return out


def _text(ws, value: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        c = WriteOnlyCell(ws, value=value)
        c.data_type = "s"
        c.quotePrefix = True
        return c
    return value


def _sheet(wb: Workbook, title: str, headers: list[str], rows: list[list[Any]],
           formats: list[str | None], letterhead: Letterhead) -> None:
    ws = wb.create_sheet(title)
    ws.freeze_panes = "A2"
    widths = content_widths(rows, len(headers), header=headers)
    setup_sheet(ws, widths, letterhead)
    hdr = []
    for h in headers:
        c = WriteOnlyCell(ws, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="E8EEF4")
        hdr.append(c)
    ws.append(hdr)
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        cells = []
        for v, fmt, width in zip(row, formats, widths, strict=True):
            if fmt and isinstance(v, int | float):
                c = WriteOnlyCell(ws, value=v)
                c.number_format = fmt
                cells.append(c)
            elif isinstance(v, str) and len(v) + 2 > width:
                c = WriteOnlyCell(ws, value=v)
                if v.startswith(FORMULA_STARTS):
                    c.data_type = "s"
                    c.quotePrefix = True
                c.alignment = wrap
                cells.append(c)
            else:
                cells.append(_text(ws, v))
        ws.append(cells)


def client_rows(outcome, moved: dict[str, str]) -> list[list[Any]]:
    """Return the Clients sheet's rows: one per analysed client."""
    rows = []
    for run in outcome.done:
        s = run.summary
        rows.append([
            run.client,
            run.file.name,
            int(s["customers"]),
            total_revenue(s),
            largest_segments(s),
            moved.get(run.client) or _("first run"),
            run.workbook.name if run.workbook else "",
            run.report.name if run.report else "",
        ])
    return rows


CLIENT_HEADERS = (N_("Client"), N_("File"), N_("Customers"), N_("Revenue"),
                  N_("Largest segments"), N_("What moved"), N_("Workbook"), N_("Report"))


def write_clients_book(outcome, folder: Path, practice: str = "") -> Path:
    """Write ``folder/clients.xlsx`` for ``outcome`` and update the run history; return the path."""
    folder = Path(folder)
    history = load_history(folder)
    moved = update_history(history, outcome.done, outcome.finished_at)
    letterhead = Letterhead(client=_("All clients"), practice=practice)
    wb = Workbook(write_only=True)
    headers = [_(h) for h in CLIENT_HEADERS]
    _sheet(wb, _("Clients"), headers, client_rows(outcome, moved),
           [None, None, INTEGER, MONEY, None, None, None, None], letterhead)
    fixing = [[r.client, r.file.name, r.problem, r.hint] for r in outcome.skipped]
    _sheet(wb, _("Needs fixing"), [_("Client"), _("File"), _("What is wrong"), _("What to do")],
           fixing, [None] * 4, letterhead)
    path = folder / BOOK_NAME
    tmp = path.with_name("." + path.name + ".tmp")
    wb.save(tmp)
    os.replace(tmp, path)
    save_history(folder, history)
    return path
