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

from desktopseg.core.i18n import _
from desktopseg.core.importer.formats import KnownFormat
from desktopseg.core.importer.values import as_text, parse_numbers
from desktopseg.core.model import ImportReport

#: Roles that belong to the order, not the line: the same on every line of one order.
ORDER_ROLES = ("customer_id", "email", "customer_name", "company", "first_name", "last_name",
               "event_type")  # fmt: skip


def _col(roles: dict[str, str | None], role: str) -> str | None:
    return next((c for c, r in roles.items() if r == role), None)


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
    todo = []
    for col, role in roles.items():
        if role in ORDER_ROLES and col in frame.columns and col != order_col:
            text = as_text(frame[col])
            blank = text.isna().to_numpy()
            if blank.any() and not blank.all():
                todo.append((col, text, blank))
    if not todo:
        return frame
    codes, _uniq = pd.factorize(as_text(frame[order_col]))
    one_moment = np.ones(codes.max() + 2, dtype=bool)  # index -1 (no order) is the last slot
    one_moment[-1] = False
    if date_col is not None and date_col in frame.columns:
        pairs = pd.DataFrame({"o": codes, "d": pd.factorize(as_text(frame[date_col]))[0]})
        moments = pairs[(pairs["o"] >= 0) & (pairs["d"] >= 0)].drop_duplicates()["o"].value_counts()
        one_moment[moments.index[moments.to_numpy() > 1]] = False
    filled = np.zeros(len(frame), dtype=bool)
    out = frame
    for col, text, blank in todo:
        known = pd.DataFrame({"o": codes[~blank], "v": text.to_numpy()[~blank]})
        known = known[known["o"] >= 0].drop_duplicates()
        counts = known["o"].value_counts()
        single = known[known["o"].map(counts).to_numpy() == 1]
        value_of = pd.Series(single["v"].to_numpy(), index=single["o"].to_numpy())
        rows = np.flatnonzero(blank & (codes >= 0) & one_moment[codes])
        fill = pd.Series(codes[rows]).map(value_of)
        got = fill.notna().to_numpy()
        if not got.any():
            continue
        if out is frame:
            out = frame.copy(deep=False)
        new = text.copy()
        new.iloc[rows[got]] = fill[got].to_numpy()
        out[col] = new
        if roles[col] != "event_type":
            filled[rows[got]] = True
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
