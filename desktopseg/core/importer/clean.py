"""Raw rows -> the canonical tables of core/model.py, with every dropped row counted."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from desktopseg.core.errors import UserError
from desktopseg.core.i18n import N_, _
from desktopseg.core.importer.formats import KnownFormat
from desktopseg.core.importer.order_lines import fill_from_order, set_against_order
from desktopseg.core.importer.read import RawTable
from desktopseg.core.importer.values import (
    NULL_TEXTS,
    _np_bool,
    arrow_text,
    as_text,
    is_blank,
    lower,
    null_mask,
    null_or_in,
    parse_dates,
    parse_numbers,
)
from desktopseg.core.list_columns import original_columns
from desktopseg.core.model import ImportReport
from desktopseg.core.progress import Task

# Reasons shown in the report (dropped: reason -> count).
BLANK = N_("blank row")
TOTAL = N_("total or subtotal row")
GROUP = N_("customer heading row (its name was carried down to the lines below)")
FOOTER = N_("report footer or note row")
NO_DATE = N_("no date")
BAD_DATE = N_("date not readable")
NO_AMOUNT = N_("no amount")
BAD_AMOUNT = N_("amount not readable")
NOT_SALE = N_("not a sale (status or type)")
PAID_BACK = N_("order refunded in full (no revenue)")
VOID = N_("voided, deleted or draft (never a sale)")

_TOTAL_RE = (
    r"^(?:grand\s*total|sub-?\s*total|totals?|total\s+for\b|total\s+\S|summe|gesamt|"
    r"yhteensä|total général|合计|总计|합계|총계|소계)"
)
_HOURS = re.compile(r"hour|hrs|\bh\b|stunden|tunnit|heures|horas|시간|小时")
ANONYMOUS = frozenset(
    {
        "na",
        "n/a",
        "guest",
        "walk-in",
        "walkin",
        "walk in",
        "anonymous",
        "anon",
        "cash",
        "cash customer",
        "cash sale",
        "unknown",
        "none",
        "-",
        "no customer",
        "walk-in customer",
        "guest checkout",
        "null",
        "nan",
        "asiakas",
        "gast",
        "invité",
        "invitado",
        "비회원",
        "散客",
        "顾客",
    }
)

TEXT_ROLES = (
    "customer_id",
    "customer_name",
    "first_name",
    "last_name",
    "email",
    "phone",
    "company",
    "product",
    "category",
    "channel",
    "location",
    "city",
    "region",
    "country",
    "postcode",
    "acquisition_source",
)
NUMBER_ROLES = ("quantity", "unit_price", "cost", "discount", "tax", "margin")
CUSTOMER_TEXT = ("industry_code", "industry", "gender", "segment_hint") + TEXT_ROLES
CUSTOMER_NUM = (
    "employees",
    "annual_revenue",
    "founded",
    "effort_score",
    "service_minutes",
    "tickets",
    "age",
    "order_count",
    "lifetime_spend",
)


def _col(roles: dict[str, str | None], role: str) -> str | None:
    return next((c for c, r in roles.items() if r == role), None)


def _text_matches(series: pd.Series, pattern: str) -> np.ndarray:
    """Cells whose text (lower case) matches ``pattern``; each distinct text is tested once."""
    arr = arrow_text(series)
    uniq = pc.unique(arr)
    hits = uniq.filter(pc.fill_null(pc.match_substring_regex(lower(uniq), pattern), False))
    if len(hits) == 0:
        return np.zeros(len(series), dtype=bool)
    return _np_bool(pc.is_in(arr, value_set=hits))


def _require_rows(frame: pd.DataFrame, raw: RawTable, file: str) -> None:
    if len(frame) == 0:
        raise UserError(
            _("The table has a header but no rows under it (only blank or total rows)."),
            hint=_("Export a period that has sales in it."),
            file=file,
            sheet=raw.sheet,
            row=raw.header_row,
        )


def _blank_fast(series: pd.Series) -> np.ndarray:
    """Return True for empty cells; like is_blank but without trimming (row shapes only)."""
    if series.dtype.kind in "biufcmM":
        return series.isna().to_numpy()
    try:
        arr = pa.chunked_array(pa.array(series, from_pandas=True))
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return is_blank(series).to_numpy()
    if not pa.types.is_string(arr.type) and not pa.types.is_large_string(arr.type):
        return is_blank(series).to_numpy()
    hit = null_or_in(arr, _BLANK_TEXTS)
    return np.asarray(pc.fill_null(hit, True).to_numpy(zero_copy_only=False), dtype=bool)


_BLANK_TEXTS = pa.array(sorted({v for t in NULL_TEXTS for v in (t, t.upper(), t.title())} | {" "}))


def _row_shape(frame: pd.DataFrame, date_col: str | None) -> tuple[list, np.ndarray]:
    """Return the blank masks of the first and the date column, and filled cells per row.

    Only "none", "one" and "more" filled cells matter for the row shapes, so the count stops
    at 2: once the first columns fill a row, the other columns are not looked at for it (on a
    plain export that is every row after two columns).
    """
    n = len(frame)
    cols = list(frame.columns)
    date_pos = cols.index(date_col) if date_col in cols else None
    full: list = [_blank_fast(frame.iloc[:, 0]), None]
    if date_pos is not None:
        full[1] = full[0] if date_pos == 0 else _blank_fast(frame.iloc[:, date_pos])
    filled = (~full[0]).astype("int8")
    if date_pos not in (None, 0):
        filled += ~full[1]
    for i in range(1, len(cols)):
        if i == date_pos:
            continue
        open_rows = np.flatnonzero(filled < 2)
        if len(open_rows) == 0:
            break
        if len(open_rows) > n // 2:
            filled = np.minimum(filled + ~_blank_fast(frame.iloc[:, i]), 2).astype("int8")
        else:
            filled[open_rows] += ~_blank_fast(frame.iloc[open_rows, i])
    return full, np.minimum(filled, 2)


def structure_rows(
    raw: RawTable, roles: dict[str, str | None], report: ImportReport, key_roles_present: bool
) -> tuple[pd.DataFrame, np.ndarray, pd.Series | None]:
    """Drop blank, total, group-heading and footer rows; carry group names down.

    Returns the kept frame, its 1-based source rows, and the carried group name (or None).
    """
    frame = raw.frame
    n = len(frame)
    rows = np.arange(raw.first_data_row, raw.first_data_row + n, dtype="int64")
    if n == 0:
        return frame, rows, None
    date_col = _col(roles, "date")
    full, filled = _row_shape(frame, date_col)
    first_blank = full[0]
    drop = np.zeros(n, dtype=bool)
    is_blank_row = filled == 0
    report.drop(_(BLANK), int(is_blank_row.sum()))
    drop |= is_blank_row
    text_cols = [
        c for c in frame.columns[: min(6, frame.shape[1])] if frame[c].dtype.kind not in "biufmM"
    ]
    total = np.zeros(n, dtype=bool)
    # Totals carry no date; a product called "Total Care Kit" on a dated line is a sale. So
    # only undated rows are searched (few of them in a big export).
    look = (full[1] if full[1] is not None else np.ones(n, dtype=bool)) & ~drop
    if look.any():
        sub = frame.loc[look]
        for c in text_cols:
            hit = _text_matches(sub[c], _TOTAL_RE)
            total[np.flatnonzero(look)[hit]] = True
    if date_col is not None and frame[date_col].dtype.kind not in "biufmM":
        # A total typed into the date column itself ("Total" under the dates of an export
        # opened in Excel): the few distinct texts of the column are searched, not every cell.
        total |= _text_matches(frame[date_col], _TOTAL_RE)
    total &= ~drop
    report.drop(_(TOTAL), int(total.sum()))
    drop |= total
    single = (filled == 1) & ~drop
    if frame.shape[1] == 1 or single.sum() > 0.5 * max(int((~drop).sum()), 1):
        single[:] = False  # a one-column table: single cells are its data, not notes
    group = None
    if single.any():
        first_col = frame.columns[0]
        only_first = single & ~first_blank
        others_blank_below = first_blank
        # A heading row opens a block of lines whose first cell is empty (QuickBooks layout).
        detail_after = np.r_[others_blank_below[1:], False] & (np.r_[filled[1:], 0] > 1)
        heading = only_first & detail_after
        if heading.sum() >= 1 and frame[first_col].dtype.kind not in "biufmM":
            names = as_text(frame[first_col]).where(heading)
            carried = names.ffill()
            # The block ends at its "Total for ..." row; later lines belong to no heading.
            ends = pd.Series(np.where(total, "", None), index=frame.index, dtype="object")
            carried = names.astype("object").where(heading, ends.where(total)).ffill()
            carried = carried.replace("", pd.NA)
            group = pd.Series(carried, index=frame.index).astype("string")
            report.drop(_(GROUP), int(heading.sum()))
            drop |= heading
            single &= ~heading
        report.drop(_(FOOTER), int(single.sum()))
        drop |= single
    keep = ~drop
    if keep.all():  # the usual export: no copy of a million rows
        return frame, rows, group
    kept = frame.loc[keep]
    return kept, rows[keep], (group.loc[keep] if group is not None else None)


def build_transactions(
    raw: RawTable,
    roles: dict[str, str | None],
    fmt: KnownFormat | None,
    report: ImportReport,
    date_order: str | None,
    prefer: str,
    file: str,
    task: Task | None = None,
) -> pd.DataFrame:
    """Build the canonical transaction table (model.TRANSACTION_REQUIRED + optional columns)."""
    task = task or Task()
    frame, rows, group = structure_rows(raw, roles, report, True)
    task.report(0.2)
    _require_rows(frame, raw, file)
    where = {"file": file, "sheet": raw.sheet}
    if group is not None and not any(
        _col(roles, r) for r in ("customer_id", "customer_name", "email")
    ):
        frame = frame.assign(**{"Customer (from heading rows)": group})
        roles = {**roles, "Customer (from heading rows)": "customer_name"}
        report.customer_source = _("customer names carried down from heading rows")
    frame = fill_from_order(frame, roles, report)
    out: dict[str, pd.Series] = {}
    date_col = _col(roles, "date")
    if date_col is None:
        raise UserError(
            _("No column with sale dates was found."),
            hint=_(
                "Choose the date column in the import preview, or export the "
                "report with a date column."
            ),
            **where,
        )
    dp = parse_dates(frame[date_col], date_order, prefer, raw.date1904)
    if dp.ambiguous:
        report.add_problem(
            "warning",
            _(
                "Dates like 03/04 could be day-first or month-first; read as {order}. Change it "
                "in the preview if that is wrong."
            ).format(order=dp.order),
            column=date_col,
        )
    # Placeholder dates (9999-12-31, 1899-12-30) are not sales and overflow the ns table.
    plausible = _in_years(dp.values, 1900, 2100)
    dp.ok = dp.ok & plausible
    report.date_format = dp.format
    dates = dp.values.where(plausible)
    task.report(0.4)
    time_col = _col(roles, "time")
    if time_col is not None and _all_midnight(dates):
        dates = dates + _time_of_day(frame[time_col])
    n_filled = int((~dp.blank).sum())
    if n_filled and not dp.ok.any():
        sample = as_text(frame[date_col]).dropna().head(1)
        raise UserError(
            _("None of the dates in column '{col}' can be read (for example '{ex}').").format(
                col=date_col, ex=sample.iloc[0] if len(sample) else ""
            ),
            hint=_(
                "Check that this is the date column, or save the dates in a "
                "standard form such as 2024-03-31."
            ),
            column=date_col,
            row=int(rows[0]) if len(rows) else None,
            **where,
        )
    amount, amount_note = _amount(frame, roles, fmt, raw.decimal_hint, report, where)
    task.report(0.5)
    refund = np.zeros(len(frame), dtype=bool)
    ev_col = _col(roles, "event_type")
    not_sale = np.zeros(len(frame), dtype=bool)
    cancelled = np.zeros(len(frame), dtype=bool)
    if ev_col is not None:
        ev = pc.utf8_trim_whitespace(lower(_arrow(as_text(frame[ev_col]))))
        refund_values = (
            fmt.refund_values
            if fmt
            else (
                "refund",
                "refunded",
                "return",
                "credit memo",
                "credit note",
            )
        )
        refund |= _is_in(ev, refund_values)
        if fmt and fmt.not_sales:
            not_sale = _is_in(ev, fmt.not_sales)
        if fmt and fmt.refunded_in_full:
            paid_back = _is_in(ev, fmt.refunded_in_full) & ~not_sale
            report.drop(_(PAID_BACK), int(paid_back.sum()))
            not_sale |= paid_back
            cancelled |= paid_back  # counted under its own reason above
        from desktopseg.core.importer.statuses import read_statuses

        gone = read_statuses(ev, frame[ev_col], report, ev_col, skip=not_sale) & ~not_sale
        report.drop(_("cancelled order (not a sale, not a return)"), int(gone.sum()))
        not_sale |= gone
        cancelled |= gone
    if fmt and fmt.refunded_column and not fmt.refunded_in_full \
            and fmt.refunded_column in frame.columns:
        # A payment paid back in full on its own row (Stripe, Clover) is no purchase, as a
        # refunded order is none where the export says so by its status (Shopify).
        back = parse_numbers(frame[fmt.refunded_column], raw.decimal_hint).values
        back = np.abs(back.fillna(0).to_numpy(dtype=float))
        left = np.nan_to_num(np.asarray(amount, dtype=float))
        paid_back = (back > 0) & (left <= 0.005) & (left + back > 0.005) & ~not_sale
        report.drop(_(PAID_BACK), int(paid_back.sum()))
        not_sale |= paid_back
        cancelled |= paid_back
    if fmt and fmt.void_status and fmt.void_status[0] in frame.columns:
        status = pc.utf8_trim_whitespace(lower(_arrow(as_text(frame[fmt.void_status[0]]))))
        void = _is_in(status, fmt.void_status[1]) & ~not_sale
        report.drop(_(VOID), int(void.sum()))
        not_sale |= void
        cancelled |= void
    order_col = _col(roles, "order_id")
    order = as_text(frame[order_col]) if order_col else None
    if order is not None:
        # Online Retail (UCI) and similar: cancelled invoices are numbered "C536379". Only
        # numbers starting with C are matched (most exports have none).
        order_arr = _arrow(order)
        c_first = np.flatnonzero(
            _np_bool(pc.or_(pc.starts_with(order_arr, "C"), pc.starts_with(order_arr, "c")))
        )
        if len(c_first):
            hit = order.iloc[c_first].str.match(r"^[Cc]\d+$").fillna(False).to_numpy(bool)
            refund[c_first[hit]] = True
    qty_col = _col(roles, "quantity")
    qty = parse_numbers(frame[qty_col], raw.decimal_hint).values if qty_col else None
    parsed = {"quantity": qty} if qty is not None else {}
    if qty is not None:
        refund |= (qty < 0).fillna(False).to_numpy(dtype=bool)
    amt = amount.to_numpy(dtype="float64", na_value=np.nan)
    refund |= amt < 0
    amt = np.where(refund & (amt > 0), -amt, amt)
    # Drop rows: not a sale, no/bad date, no/bad amount (each counted once, in this order).
    drop = not_sale.copy()
    report.drop(_(NOT_SALE), int((not_sale & ~cancelled).sum()))
    for mask, reason in (
        (dp.blank.to_numpy() & ~drop, NO_DATE),
        (~dp.blank.to_numpy() & ~dp.ok.to_numpy() & ~drop, BAD_DATE),
    ):
        report.drop(_(reason), int(mask.sum()))
        drop |= mask
    amount_blank = amount_note["blank"] & ~drop
    report.drop(_(NO_AMOUNT), int(amount_blank.sum()))
    drop |= amount_blank
    amount_bad = np.isnan(amt) & ~drop
    report.drop(_(BAD_AMOUNT), int(amount_bad.sum()))
    drop |= amount_bad
    if n_filled and int((~dp.blank.to_numpy() & ~dp.ok.to_numpy()).sum()):
        first_bad = np.flatnonzero(~dp.blank.to_numpy() & ~dp.ok.to_numpy())[0]
        report.add_problem(
            "warning",
            _("{n} dates in column '{col}' can't be read; those rows were left out.").format(
                n=int((~dp.blank.to_numpy() & ~dp.ok.to_numpy()).sum()), col=date_col
            ),
            row=int(rows[first_bad]),
            column=date_col,
        )
    keep = ~drop
    if not keep.any():
        raise UserError(
            _("No row has both a readable date and an amount."),
            hint=_("Check the column choices in the import preview."),
            **where,
        )
    task.report(0.6)
    key, anon = customer_keys(frame, roles, fmt, where, True)
    task.report(0.7)
    out["customer_key"] = key
    out["date"] = dates.astype("datetime64[ns]")
    out["amount"] = pd.Series(amt, index=frame.index, copy=False)
    if order is not None and not order.isna().any():
        out["order_id"] = order
    else:
        # No order number: one order per customer and moment of sale.
        missing = order.isna() if order is not None else pd.Series(True, index=frame.index)
        synth = (
            key[missing].fillna("?")
            + "|"
            + dates[missing].dt.strftime("%Y-%m-%d %H:%M").astype("string")
        )
        base = order if order is not None else pd.Series(pd.NA, index=frame.index, dtype="string")
        out["order_id"] = base.where(~missing, synth)
    out["is_refund"] = pd.Series(refund, index=frame.index, copy=False)
    out["source_row"] = pd.Series(rows, index=frame.index, dtype="int64", copy=False)
    out.update(_mapped_columns(frame, roles, TEXT_ROLES, NUMBER_ROLES, raw.decimal_hint, parsed))
    if "email" in out:
        email = out["email"]
        out["email"] = pd.Series(
            lower(_arrow(email)).to_pandas().astype("string").array, index=email.index
        )
    table = pd.DataFrame(out, copy=False)  # the columns are new: no second copy
    table = (table if keep.all() else table.loc[keep]).reset_index(drop=True)
    task.report(0.9)
    report.refund_rows = int(table["is_refund"].sum())
    report.anonymous_rows = int(table["customer_key"].isna().sum())
    if report.anonymous_rows:
        report.add_problem(
            "info",
            _(
                "{n} lines have no customer (walk-in or guest); they are "
                "kept and counted, not joined into one customer."
            ).format(n=report.anonymous_rows),
        )
    # Only lines sharing date and amount with another line need the full comparison, which
    # keeps this cheap on a million lines.
    kept_pos = np.flatnonzero(keep)[_twins(table)]
    report.duplicate_rows, first = _duplicates(frame.iloc[kept_pos], rows[kept_pos])
    if report.duplicate_rows:
        report.add_problem(
            "warning",
            _(
                "{n} lines are exact copies of an earlier line. They "
                "were kept (two identical sales are possible); check "
                "the export if that is unexpected."
            ).format(n=report.duplicate_rows),
            row=first,
        )
    if table["customer_key"].isna().all():
        raise UserError(
            _("None of the rows says who the customer was."),
            hint=_(
                "Export the report with a customer column (ID, name or e-mail), "
                "or choose it in the import preview."
            ),
            **where,
        )
    return table


def _arrow(text: pd.Series) -> pa.ChunkedArray:
    """Return the Arrow strings of a column as_text made (already trimmed, no copy)."""
    arr = pa.array(text.array)
    return arr if isinstance(arr, pa.ChunkedArray) else pa.chunked_array([arr])


def _is_in(arr: pa.ChunkedArray, words) -> np.ndarray:
    return _np_bool(pc.is_in(arr, value_set=pa.array(list(words), arr.type)))


def _twins(table: pd.DataFrame) -> np.ndarray:
    """Return True for lines whose (date, amount) hash is shared with another line.

    Identical lines have identical dates and amounts, so this is a superset of them (a hash
    collision or a different customer only adds candidates, which _duplicates compares in
    full); one integer column is hashed several times faster than the three columns.
    """
    dates = table["date"].to_numpy().view("uint64")
    amounts = table["amount"].to_numpy(dtype="float64").view("uint64")
    h = dates ^ (amounts ^ (amounts >> np.uint64(29))) * np.uint64(0x94D049BB133111EB)
    return pd.Series(h, copy=False).duplicated(keep=False).to_numpy()


def _duplicates(frame: pd.DataFrame, rows: np.ndarray) -> tuple[int, int | None]:
    """How many lines repeat an earlier line exactly, and the first such row."""
    if len(frame) == 0:
        return 0, None
    # Exact row identity from per-column codes, folded pairwise and re-compressed before the
    # product could overflow: far faster than DataFrame.duplicated on text columns.
    combined = np.zeros(len(frame), dtype="int64")
    size = 1
    for c in frame.columns:
        codes, uniques = pd.factorize(frame[c], use_na_sentinel=False)
        width = len(uniques) + 1
        if size * width >= 2**62:
            combined, u = pd.factorize(combined)
            size = len(u)
        combined = combined * width + codes
        size *= width
    dup = pd.Series(combined).duplicated().to_numpy()
    n_dup = int(dup.sum())
    return n_dup, (int(rows[np.flatnonzero(dup)[0]]) if n_dup else None)


def _amount(frame, roles, fmt, decimal_hint, report, where):
    amount_col = _col(roles, "amount")
    qty_col, price_col = _col(roles, "quantity"), _col(roles, "unit_price")
    if amount_col is not None:
        np_ = parse_numbers(frame[amount_col], decimal_hint)
        if np_.ok.sum() == 0 and (qty_col is None or price_col is None):
            raise UserError(
                _("The amount column '{col}' holds no numbers.").format(col=amount_col),
                hint=_("Choose the column with the sale amounts in the import preview."),
                column=amount_col,
                **where,
            )
        amount = np_.values
        blank = np_.blank.to_numpy()
        if np_.percent:
            report.add_problem("warning", _("Some amounts are percentages."), column=amount_col)
        amount = _less(amount, frame, fmt, decimal_hint)
        return amount, {"blank": blank}
    if qty_col is not None and price_col is not None:
        q = parse_numbers(frame[qty_col], decimal_hint)
        p = parse_numbers(frame[price_col], decimal_hint)
        amount = q.values * p.values
        amount = _less(amount, frame, fmt, decimal_hint, roles)
        report.add_problem(
            "info",
            _("Amounts are quantity x unit price ('{q}' x '{p}').").format(q=qty_col, p=price_col),
        )
        stated = [c for c in (fmt.order_subtotal_column, fmt.refunded_column) if c] if fmt else []
        if any(c in frame.columns for c in stated):
            report.add_problem(
                "info",
                _("Discounts and refunds written once per order ({cols}) are taken off that "
                  "order.").format(cols=", ".join(f"'{c}'" for c in stated if c in frame.columns)),
            )
        return amount, {"blank": (q.blank | p.blank).to_numpy()}
    raise UserError(
        _("No column with amounts (or quantity and unit price) was found."),
        hint=_(
            "Choose the amount column in the import preview, or export the "
            "report with sales amounts."
        ),
        **where,
    )


def _less(amount, frame, fmt, decimal_hint, roles=None):
    """Take the format's discounts not yet taken off, then its refunds, off the amount."""
    if fmt is None:
        return amount
    for column in fmt.amount_less:
        if column in frame.columns:
            amount = amount - parse_numbers(frame[column], decimal_hint).values.fillna(0).abs()
    if roles is not None:
        amount = set_against_order(amount, frame, roles, fmt, decimal_hint)
    if fmt.refunded_column and fmt.refunded_column in frame.columns:
        refunded = parse_numbers(frame[fmt.refunded_column], decimal_hint).values.fillna(0)
        amount = amount - refunded.abs()
    if fmt.total_after_refunds and set(fmt.total_after_refunds) <= set(frame.columns):
        total, after = (parse_numbers(frame[c], decimal_hint).values
                        for c in fmt.total_after_refunds)  # fmt: skip
        # The refund may include shipping and tax: it takes the sale to nothing, not below.
        paid_back = (total - after).where(after.notna(), 0).clip(lower=0).fillna(0)
        amount = amount - np.minimum(paid_back, amount.clip(lower=0).fillna(0))
    return amount


def _norm_name(s: pd.Series) -> pd.Series:
    arr = arrow_text(s)
    arr = pc.utf8_trim_whitespace(pc.replace_substring_regex(lower(arr), r"\s+", " "))
    return pd.Series(arr.to_pandas().astype("string").array, index=s.index)


def _in_years(values: pd.Series, first: int, last: int) -> pd.Series:
    """Return True where a date falls in the years first..last (False for NaT)."""
    v = values.to_numpy()
    if v.dtype.kind != "M":
        return values.dt.year.between(first, last)
    # Compared as datetime64 directly: the .dt.year accessor is slow on a million dates.
    lo, hi = np.datetime64(f"{first:04d}-01-01"), np.datetime64(f"{last + 1:04d}-01-01")
    inside = (v >= lo) & (v < hi)
    return pd.Series(inside, index=values.index, copy=False)


def _all_midnight(dates: pd.Series) -> bool:
    """Tell whether every date is read and falls on midnight (the times are in another column).

    Same as ``(dates.dt.normalize() == dates).all()`` on a non-empty column (NaT never equals
    itself), on the integer ticks: normalize is slow on a million dates.
    """
    v = dates.to_numpy()
    if len(v) == 0 or v.dtype.kind != "M":
        return bool(dates.notna().any() and (dates.dt.normalize() == dates).all())
    unit, count = np.datetime_data(v.dtype)
    per_day = int(np.timedelta64(1, "D") // np.timedelta64(count, unit))
    ticks = v.view("int64")
    return bool(not np.isnat(v).any() and not (ticks % per_day).any())


def _time_of_day(series: pd.Series) -> np.ndarray:
    """Time-of-day cells ('13:50:46', '9:05') as timedelta64; 0 where unreadable."""
    if series.dtype.kind == "M":
        t = series - series.dt.normalize()
        return t.fillna(pd.Timedelta(0)).to_numpy()
    codes = None
    if isinstance(series.array, pd.arrays.ArrowStringArray):
        # A day has 86,400 seconds: a big export repeats its times, so each distinct text is
        # trimmed and read once (one hash pass), then spread back by its code.
        enc = pc.dictionary_encode(pa.chunked_array(pa.array(series.array)).combine_chunks())
        codes = enc.indices
        arr = pc.utf8_trim_whitespace(enc.dictionary)
        probe = pc.utf8_trim_whitespace(pc.drop_null(pa.array(series.array)).slice(0, 200))
    else:
        arr = arrow_text(series)
        probe = pc.drop_null(arr).slice(0, 200)
    formats = [
        f
        for f in ("%H:%M:%S", "%H:%M", "%I:%M:%S %p", "%I:%M %p")
        if pc.strptime(probe, format=f, unit="s", error_is_null=True).null_count < len(probe)
    ] or ["%H:%M:%S"]
    # A day has 86,400 seconds: a big export repeats its times, so each is read once.
    uniq = arr if codes is not None else pc.unique(arr)
    few = codes is None and 4 * len(uniq) < len(arr)
    texts = uniq if few else arr
    secs = None
    for fmt in formats:
        got = pc.strptime(texts, format=fmt, unit="s", error_is_null=True)
        # Arrow dates a bare time on 1900-01-01; keep the seconds since midnight.
        part = pc.subtract(
            pc.cast(pc.cast(got, pa.timestamp("s")), pa.int64()),
            pc.cast(pc.floor_temporal(got, unit="day"), pa.int64()),
        )
        secs = part if secs is None else pc.coalesce(secs, part)
    if codes is not None:
        secs = secs.take(codes)
    elif few:
        secs = secs.take(pc.index_in(arr, value_set=uniq))
    out = np.asarray(pc.fill_null(secs, 0).to_numpy(zero_copy_only=False), dtype="int64")
    return out.astype("timedelta64[s]")


def _mapped_columns(
    frame: pd.DataFrame,
    roles: dict[str, str | None],
    text_roles: tuple[str, ...],
    number_roles: tuple[str, ...],
    decimal_hint: str | None,
    parsed: dict[str, pd.Series] | None = None,
) -> dict[str, pd.Series]:
    """Return the mapped text columns as text and the number columns parsed, by role.

    ``parsed`` holds number columns the caller has already parsed, by role.
    """
    out: dict[str, pd.Series] = {}
    for role in text_roles:
        c = _col(roles, role)
        if c is not None:
            out[role] = as_text(frame[c])
    for role in number_roles:
        c = _col(roles, role)
        if c is not None:
            done = (parsed or {}).get(role)
            out[role] = done if done is not None else parse_numbers(frame[c], decimal_hint).values
    return out


def _key_part(series: pd.Series, role: str, anon_set: pa.Array) -> pa.ChunkedArray:
    """One customer column as key text: anonymous words and empty cells are null."""
    arr = arrow_text(series)
    arr = pc.if_else(pc.is_in(arr, value_set=anon_set), pa.scalar(None, arr.type), arr)
    arr = pc.if_else(pc.equal(arr, ""), pa.scalar(None, arr.type), arr)
    if role == "email":
        arr = lower(arr)
    elif role in ("customer_name", "company"):
        arr = pc.utf8_trim_whitespace(pc.replace_substring_regex(lower(arr), r"\s+", " "))
    return arr


def customer_keys(
    frame: pd.DataFrame,
    roles: dict[str, str | None],
    fmt: KnownFormat | None,
    where: dict,
    transactions: bool,
) -> tuple[pd.Series, pd.Series]:
    """customer_key per row: id, else lower-cased e-mail, else normalised name; <NA> anonymous."""
    anon_words = set(ANONYMOUS) | set(fmt.anonymous_ids if fmt else ())
    # "Guest", "GUEST" and "guest" without lower-casing every cell of a million-row column.
    anon_set = pa.array(sorted({v for w in anon_words for v in (w, w.upper(), w.title())}))
    parts = [
        (role, c)
        for role in ("customer_id", "email", "customer_name", "company")
        if (c := _col(roles, role)) is not None
    ]
    found = bool(parts)
    key = pd.Series(pd.NA, index=frame.index, dtype="string")
    if parts:
        # The first column that has a value wins; later columns are only read on the rows
        # still without one (walk-ins), not on every line.
        merged = _key_part(frame[parts[0][1]], parts[0][0], anon_set).combine_chunks()
        for role, c in parts[1:]:
            todo = pc.is_null(merged)
            rows = np.flatnonzero(_np_bool(todo))
            if len(rows) == 0:
                break
            series = frame[c]
            if series.dtype.kind in "OSU" or isinstance(series.dtype, pd.StringDtype):
                fill = _key_part(series.iloc[rows], role, anon_set)
            else:  # numbers and dates are written out the same way for the whole column
                fill = _key_part(series, role, anon_set).take(pa.array(rows))
            if fill.null_count == len(fill):
                continue  # nothing to fill in from this column
            # Spread the fills to their rows and pick them where needed: several times faster
            # than pc.replace_with_mask on a million texts.
            pos = np.zeros(len(merged), dtype="int64")
            pos[rows] = np.arange(len(rows))
            spread = fill.combine_chunks().cast(merged.type).take(pa.array(pos))
            merged = pc.if_else(todo, spread, merged)
        merged = pc.if_else(null_mask(merged), pa.scalar(None, merged.type), merged)
        key = pd.Series(merged.to_pandas().astype("string").array, index=frame.index)
    if not found:
        first, last = _col(roles, "first_name"), _col(roles, "last_name")
        if first or last:
            found = True
            parts = [as_text(frame[c]).fillna("") for c in (first, last) if c]
            full = parts[0] if len(parts) == 1 else parts[0] + " " + parts[1]
            key = _norm_name(full).replace("", pd.NA)
    if not found and transactions:
        raise UserError(
            _("No column says who the customer was (an ID, name or e-mail)."),
            hint=_(
                "Choose the customer column in the import preview, or export the "
                "report with customer details."
            ),
            **where,
        )
    return key, key.isna()


def build_customers(
    raw: RawTable,
    roles: dict[str, str | None],
    fmt: KnownFormat | None,
    report: ImportReport,
    date_order: str | None,
    prefer: str,
    file: str,
) -> pd.DataFrame:
    """One row per customer from a customer list (totals, attributes, spend per category)."""
    frame, rows, _group = structure_rows(raw, roles, report, False)
    _require_rows(frame, raw, file)
    where = {"file": file, "sheet": raw.sheet}
    key, _anon = customer_keys(frame, roles, fmt, where, False)
    has_key = any(
        _col(roles, r)
        for r in ("customer_id", "email", "customer_name", "company", "first_name", "last_name")
    )
    if not has_key:
        key = pd.Series([f"row {r}" for r in rows], index=frame.index, dtype="string")
        report.add_problem(
            "info",
            _(
                "The customer list has no ID or name column, so each "
                "customer is known by their row number."
            ),
        )
    else:
        missing = key.isna()
        if missing.any():
            key = key.fillna(
                pd.Series([f"row {r}" for r in rows], index=frame.index, dtype="string")
            )
    out: dict[str, pd.Series] = {"customer_key": key}
    out.update(_mapped_columns(frame, roles, CUSTOMER_TEXT, CUSTOMER_NUM, raw.decimal_hint))
    # Every column as the file has it (col:<header>): own groups and list schemes read them.
    out.update(original_columns(frame))
    c = _col(roles, "service_minutes")
    if c is not None and _HOURS.search(c.casefold()):
        out["service_minutes"] = out["service_minutes"] * 60
        report.add_problem(
            "info", _("'{col}' is in hours; it was turned into minutes.").format(col=c), column=c
        )
    for role in ("first_purchase", "last_purchase"):
        c = _col(roles, role)
        if c is not None:
            dp = parse_dates(frame[c], date_order, prefer, raw.date1904)
            out[role] = dp.values.where(dp.values.dt.year.between(1900, 2100)).astype(
                "datetime64[ns]"
            )
            report.date_format = report.date_format or dp.format
    for c, r in roles.items():
        if r == "category_spend":
            out["spend:" + c] = parse_numbers(frame[c], raw.decimal_hint).values
    from desktopseg.core.importer.list_totals import list_totals

    out.update(list_totals(frame, roles, raw, report, out, date_order, prefer))
    table = pd.DataFrame(out)
    table["source_row"] = rows
    dup = table["customer_key"].duplicated()
    if dup.any():
        report.add_problem(
            "warning",
            _(
                "{n} customers appear more than once in the list; the first row of each is used."
            ).format(n=int(dup.sum())),
            row=int(rows[dup.to_numpy()][0]),
        )
        report.drop(_("customer listed twice"), int(dup.sum()))
        table = table.loc[~dup]
    if not any(c in table for c in ("first_purchase", "last_purchase")):
        report.add_problem(
            "info",
            _(
                "This customer list has no purchase dates, so the "
                "buying-behaviour (RFM) analysis needs a sales file with "
                "dates; value and cluster analysis work on it."
            ),
        )
    return table.reset_index(drop=True)


def is_excel_error(series: pd.Series) -> pd.Series:
    """Return True where a cell holds an Excel error value (#REF!, #DIV/0!...)."""
    if series.dtype.kind in "biufmM":
        return pd.Series(False, index=series.index)
    return pd.Series(
        _text_matches(series, r"^#(?:ref!|div/0!|value!|n/a|num!|name\?|null!)$"),
        index=series.index,
    )
