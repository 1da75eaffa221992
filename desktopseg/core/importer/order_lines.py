"""Orders written as several lines where only one line carries the order's own fields.

Shopify, and many shop systems after it, write an order's customer, status, subtotal and
refund on its first line and leave them blank on the lines below (pos_formats.md §2a). Read
line by line, those lines look like walk-ins and the order's discount or refund is lost. The
two rules here read such orders whole: blank customer and status cells take the value the rest
of the order has, and order-level money (a subtotal after discounts, a refunded amount) is set
against the order once.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from desktopseg.core.i18n import _
from desktopseg.core.importer.formats import KnownFormat
from desktopseg.core.importer.values import (
    _np_bool,
    arrow_text,
    as_text,
    null_mask,
    parse_numbers,
)
from desktopseg.core.model import ImportReport

#: Roles that belong to the order, not the line: the same on every line of one order.
ORDER_ROLES = ("customer_id", "email", "customer_name", "company", "first_name", "last_name",
               "event_type")  # fmt: skip


def _col(roles: dict[str, str | None], role: str) -> str | None:
    return next((c for c, r in roles.items() if r == role), None)


def _codes(series: pd.Series) -> np.ndarray:
    """Return an integer per distinct text of the column (-1 where blank)."""
    arr = arrow_text(series)
    arr = pc.if_else(null_mask(arr), pa.scalar(None, arr.type), arr)
    enc = pc.dictionary_encode(arr).combine_chunks()
    return np.asarray(pc.fill_null(enc.indices, -1).to_numpy(zero_copy_only=False), dtype="int64")


def _moment(frame: pd.DataFrame, date_col: str | None, rows: np.ndarray) -> np.ndarray:
    """Return an integer per distinct date text on ``rows`` (-1 blank; all 0 without dates)."""
    if date_col is None or date_col not in frame.columns:
        return np.zeros(len(rows), dtype="int64")
    return _codes(frame[date_col].iloc[rows])


def fill_from_order(
    frame: pd.DataFrame, roles: dict[str, str | None], report: ImportReport
) -> pd.DataFrame:
    """Fill blank customer and status cells from the other lines of the same order.

    Only orders whose lines share one date (an order happens at one moment, a till or
    account number does not) and whose filled cells agree on one value are filled, so a walk-in
    line is never given someone else's name.
    """
    order_col, date_col = _col(roles, "order_id"), _col(roles, "date")
    if order_col is None or order_col not in frame.columns:
        return frame
    cols = [c for c, r in roles.items()
            if r in ORDER_ROLES and c in frame.columns and c != order_col]  # fmt: skip
    blanks = {c: _np_bool(null_mask(arrow_text(frame[c]))) for c in cols}
    cols = [c for c in cols if blanks[c].any() and not blanks[c].all()]
    if not cols:  # the usual export: every line says who bought
        return frame
    codes = _codes(frame[order_col])
    n_orders = int(codes.max()) + 1
    has_order = codes >= 0
    out, filled = frame, np.zeros(len(frame), dtype=bool)
    for col in cols:
        blank = blanks[col]
        # Orders with both a blank and a filled cell here: usually none, and nothing to do.
        mixed = np.zeros(n_orders, dtype=bool)
        mixed[codes[blank & has_order]] = True
        seen = np.zeros(n_orders, dtype=bool)
        seen[codes[~blank & has_order]] = True
        mixed &= seen
        if not mixed.any():
            continue
        rows = np.flatnonzero(has_order & mixed[np.maximum(codes, 0)])
        sub = pd.DataFrame({"o": codes[rows], "v": as_text(frame[col].iloc[rows]).to_numpy(),
                            "d": _moment(frame, date_col, rows)})  # fmt: skip
        # An order happens at one moment (a till or account number does not), and its filled
        # cells agree on one value: else its blank cells are left blank.
        moments = sub.loc[sub["d"] >= 0, ["o", "d"]].drop_duplicates()["o"].value_counts()
        values = sub.loc[sub["v"].notna(), ["o", "v"]].drop_duplicates()
        counts = values["o"].value_counts()
        good = values[values["o"].map(counts).to_numpy() == 1]
        good = good[~good["o"].isin(moments.index[moments.to_numpy() > 1])]
        value_of = pd.Series(good["v"].to_numpy(), index=good["o"].to_numpy())
        fill = sub.loc[sub["v"].isna(), "o"].map(value_of)
        fill = fill[fill.notna()]
        if fill.empty:
            continue
        if out is frame:
            out = frame.copy(deep=False)
        new = as_text(frame[col])
        at = rows[fill.index.to_numpy()]
        new.iloc[at] = fill.to_numpy()
        out[col] = new
        if roles[col] != "event_type":
            filled[at] = True
    if filled.any():
        report.add_problem(
            "info",
            _(
                "{n} lines left the customer blank; they were given the customer of the other "
                "lines of the same order."
            ).format(n=int(filled.sum())),
            column=order_col,
        )
    return out


def set_against_order(
    amount: pd.Series,
    frame: pd.DataFrame,
    roles: dict[str, str | None],
    fmt: KnownFormat | None,
    decimal_hint: str | None,
) -> pd.Series:
    """Return line amounts with the order's discounts taken off once, where they are stated.

    The format's order subtotal (after every discount) is stated on one line of each order:
    the lines of that order are brought to add up to it, the difference taken off that line.
    """
    column = fmt.order_subtotal_column if fmt else None
    order_col = _col(roles, "order_id")
    if not column or column not in frame.columns or order_col is None:
        return amount
    subtotal = parse_numbers(frame[column], decimal_hint).values
    stated = subtotal.notna().to_numpy()
    if not stated.any():
        return amount
    codes, _uniq = pd.factorize(as_text(frame[order_col]))
    ok = codes >= 0
    lines = np.bincount(codes[ok], weights=amount.fillna(0).to_numpy()[ok],
                        minlength=codes.max() + 1)  # fmt: skip
    rows = np.flatnonzero(stated & ok)
    # An order stating its subtotal on two lines (a re-export glued on) is left as it is.
    once = np.bincount(codes[rows], minlength=codes.max() + 1) == 1
    rows = rows[once[codes[rows]]]
    less = lines[codes[rows]] - subtotal.to_numpy()[rows]
    out = amount.copy()
    out.iloc[rows] = amount.to_numpy()[rows] - less
    return out
