"""One row of features per customer, from transactions or from a customer list (DESIGN.md §4).

Formulas the user sees (kept here so the GUI's "how is this computed" can point at one place):

- recency_days: whole days from the last purchase day to the analysis day.
- orders: distinct order ids with at least one sale line (refund-only orders not counted).
- revenue: sum of line amounts, refunds (negative lines) subtracted.
- margin: revenue minus cost when the data has cost (or a margin column); else revenue x the
  margin-% setting; absent when neither exists.
- interpurchase_days: median days between consecutive purchase days.
- orders_per_year: orders per 365 days of tenure, tenure taken as at least 30 days (at least a
  year for one-time buyers, so a first order last week does not read as 12 a year).
- overdue_ratio: recency_days / interpurchase_days (one-time buyers: the median gap of all
  repeat buyers). churn_risk: low below 1.5, medium below 3, high from 3.
- buyer_type: first-time (one order); regular (bought in at least 7 of the last 12 months,
  scaled down when the data is shorter); special-occasion (two or more purchases that recur
  within about 10 days of the same date in different years, or nearly all inside the gift
  seasons of Valentine's Day, Mother's Day and Christmas in two or more seasons); else
  occasional.
- upsell_potential: for repeat buyers not at high churn risk: high when their average order is
  in the lowest 40% while they buy at least as often as the median customer, medium when the
  average order is below the 60th percentile; low otherwise.
- ltv (lifetime value): yearly value x expected years x chance still active, where
  yearly value = margin (or revenue) per order x orders a year (orders / tenure, tenure
  counted as at least one year, so short histories are not extrapolated); expected years =
  1 / yearly churn rate of the customer base, between 1 and 10 (3 when the data spans less
  than 13 months); chance still active = 1 while not overdue, else 1 / overdue_ratio.
- effort: the given 1-10 score, or 1 + 9 x the mean percentile rank of the service inputs found
  (service minutes, tickets; refunds and many small orders only add to one of these).
"""

from __future__ import annotations

import math
import weakref
from datetime import datetime
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from desktopseg.core.errors import UserError
from desktopseg.core.i18n import _, localize_number
from desktopseg.core.list_columns import fill_from_list
from desktopseg.core.model import AnalysisResult, AnalysisSettings, ImportResult
from desktopseg.core.progress import Task
from desktopseg.core.segmentation.industry import band_labels, sector_labels

#: Share of revenue one channel needs to be the customer's preferred channel.
CHANNEL_MAJORITY = 0.6
#: Months with a purchase in the last 12 (scaled down for shorter data) that make a regular.
REGULAR_MONTHS = 7
#: overdue_ratio limits between low/medium and medium/high churn risk.
CHURN_LIMITS = (1.5, 3.0)
#: Days either side of a day of the year that still count as "the same date" another year.
OCCASION_WINDOW_DAYS = 10
#: Share of a customer's orders that must recur around the same dates for special-occasion.
OCCASION_SHARE = 0.6

#: Gift seasons as (MMDD from, MMDD to): the two weeks before Valentine's Day, the weeks before
#: Mother's Day in May (US, Germany and most countries), and the Christmas shopping season.
GIFT_SEASONS = ((201, 214), (425, 514), (1115, 1224))

TOTAL_COLUMNS = ("first_purchase", "last_purchase", "order_count", "lifetime_spend")
_DESCRIPTIVE = ("customer_name", "first_name", "last_name", "email", "phone", "company",
                "location", "city", "region", "country", "postcode", "acquisition_source")


def _money(x: float) -> str:
    from desktopseg.core.currency import current, format_money

    return format_money(localize_number(f"{x:,.2f}"), current())


def build_customers(data: ImportResult, settings: AnalysisSettings,
                    task: Task | None = None) -> AnalysisResult:
    """Summarise ``data`` into one row per customer with the CUSTOMER_FEATURES it supports."""
    task = task or Task()
    notes: list[str] = []
    tx = data.transactions
    if tx is not None and len(tx) and tx["customer_key"].notna().any():
        customers, analysis_day, margin_source = _from_transactions(data, settings, task, notes)
    elif data.customers is not None and len(data.customers):
        customers, analysis_day, margin_source = _from_customer_list(data, settings, notes)
    else:
        raise UserError(
            _("No customers were found in this file."),
            hint=_("Check that a column identifies the customer (an id, e-mail or name)."),
            file=data.report.file,
        )
    task.report(0.7)
    _derived(customers, analysis_day, notes)
    task.report(0.8)
    effort_source = _effort(customers, settings, notes)
    _quadrants(customers)
    _firmographic_columns(customers, settings)
    task.report(0.95)

    period_start = None
    if "first_purchase" in customers and customers["first_purchase"].notna().any():
        period_start = customers["first_purchase"].min().to_pydatetime()
    period_end = None if analysis_day is None else analysis_day.to_pydatetime()
    return AnalysisResult(
        data=data, customers=customers, segmentations={}, unavailable={}, settings=settings,
        period_start=period_start, period_end=period_end, margin_source=margin_source,
        effort_source=effort_source, notes=notes,
    )


# ------------------------------------------------------------------------------------------
# Transactions
# ------------------------------------------------------------------------------------------

#: (weak reference to a transactions table, {(column, sorted): (codes, uniques)}): the codes of
#: the last table, so the persona cards reuse the customer and item codes made here.
_LINE_CODES: tuple[Any, dict] | None = None


def _forget_line_codes(ref: weakref.ref) -> None:
    global _LINE_CODES
    if _LINE_CODES is not None and _LINE_CODES[0] is ref:
        _LINE_CODES = None  # the table is gone: so are its codes


def line_codes(tx: pd.DataFrame, col: str, sort: bool = False) -> tuple[np.ndarray, Any]:
    """``pd.factorize(tx[col], sort=sort)``, remembered for the last table asked about."""
    global _LINE_CODES
    if _LINE_CODES is None or _LINE_CODES[0]() is not tx:
        _LINE_CODES = (weakref.ref(tx, _forget_line_codes), {})
    memo = _LINE_CODES[1]
    if (col, sort) not in memo:
        memo[(col, sort)] = pd.factorize(tx[col], sort=sort)
    return memo[(col, sort)]


def _first_rows(mask: np.ndarray, codes: np.ndarray, n: int) -> np.ndarray:
    """Position of the first line per customer among ``mask`` (-1 when there is none)."""
    rows = np.flatnonzero(mask)
    first = np.full(n, len(codes), dtype=np.int64)
    np.minimum.at(first, codes[rows], rows)
    return np.where(first < len(codes), first, -1)


def _first_per_group(values: pd.Series, first: np.ndarray) -> np.ndarray:
    """Values at the lines ``first`` (object array, None where there is no line)."""
    out = np.full(len(first), None, dtype=object)
    have = first >= 0
    # Only the chosen rows become Python objects: converting a million strings cost 0.3 s.
    out[have] = values.iloc[first[have]].to_numpy(dtype=object, na_value=None)
    return out


def _codes_of_kept(tx: pd.DataFrame, col: str, keep: np.ndarray | None):
    """``pd.factorize(tx[col][keep])`` from the codes of the whole column."""
    codes, uniques = line_codes(tx, col)
    if keep is None:
        return codes, uniques
    codes = codes[keep]
    # Renumber in order of first appearance among the kept lines, as factorize would.
    used = pd.unique(codes[codes >= 0])
    renumber = np.full(len(uniques) + 1, -1, dtype=np.int64)
    renumber[used] = np.arange(len(used))
    return renumber[codes], uniques.take(used)


def _order_ids_as_numbers(ids: pd.Series, rows: np.ndarray) -> np.ndarray | None:
    """Order ids at ``rows`` as equal-for-equal uint64, or None when that is not possible.

    Ids of up to 8 bytes (e.g. "T1000000") are their own bytes read as one number, so telling
    orders apart needs no string hashing (hashing 500,000 distinct ids took 0.1 s).
    """
    arr = ids.array
    if not hasattr(arr, "_pa_array") or not len(rows):
        return None
    chunked = arr._pa_array
    if chunked.null_count or not (pa.types.is_string(chunked.type)
                                  or pa.types.is_large_string(chunked.type)):
        return None
    col = chunked.combine_chunks() if chunked.num_chunks != 1 else chunked.chunk(0)
    width = np.int64 if pa.types.is_large_string(col.type) else np.int32
    offsets = np.frombuffer(col.buffers()[1], dtype=width)[col.offset:col.offset + len(col) + 1]
    start = offsets[rows].astype(np.int64)
    size = offsets[rows + 1] - offsets[rows]
    if len(size) and int(size.max()) > 8:
        return None
    if col.buffers()[2] is None:
        return None
    data = np.frombuffer(col.buffers()[2], dtype=np.uint8)
    if int(size.min()) == 8 and len(data) == 8 * len(col) and col.offset == 0:
        return data.view(np.uint64)[start // 8] if not (start % 8).any() else None
    # Shorter ids: zero-padded to 8 bytes, unambiguous as long as no id holds a NUL byte.
    if (data[offsets[0]:offsets[-1]] == 0).any():
        return None
    pos = start[:, None] + np.arange(8)
    inside = np.arange(8) < size[:, None]
    packed = np.where(inside, data[np.where(inside, pos, 0)], 0).astype(np.uint8)
    return packed.view(np.uint64).ravel()


def _order_codes(ids: pd.Series, rows: np.ndarray, customer: np.ndarray) -> np.ndarray:
    """Give the distinct (customer, order id) pairs of the lines ``rows`` numbers (any order)."""
    packed = _order_ids_as_numbers(ids, rows)
    if packed is None:
        order = pd.factorize(ids.iloc[rows] if len(rows) < len(ids) else ids)[0]
    else:
        # Read big-endian the numbers compare as the ids do; a file in order-id order (as
        # tills number their tickets) then has each id in one run of lines: no hashing needed.
        text_order = packed.byteswap() if np.little_endian else packed
        if len(packed) and (text_order[1:] >= text_order[:-1]).all():
            order = np.cumsum(np.r_[False, text_order[1:] != text_order[:-1]])
        else:
            order = pd.factorize(packed)[0]
    order = order.astype(np.int64)
    if not len(order):
        return order
    # An order id almost always belongs to one customer: then the id alone is the order.
    owner = np.full(int(order.max()) + 2, -1, dtype=np.int64)
    owner[order] = customer
    if (owner[order] == customer).all() and (order >= 0).all():
        return order
    return pd.factorize(customer * (int(order.max()) + 2) + order)[0]


def _factorize_small(key: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """``pd.factorize(key)`` for whole numbers 0 <= key < size, by table look-up when it fits."""
    if size > 4 * len(key) + (1 << 20) or len(key) >= 2**31 - 1:
        return pd.factorize(key)
    # First line of each value; values numbered by where that first line is, as factorize does.
    # 32-bit numbers: half the table to jump around in, three times faster than 64-bit.
    line = np.arange(len(key), dtype=np.int32)
    table = np.full(size, len(key), dtype=np.int32)
    np.minimum.at(table, key, line)
    uniques = key[table[key] == line]
    table[uniques] = np.arange(len(uniques), dtype=np.int32)
    return table[key], uniques


def _sum_per_group(values: np.ndarray, ids: np.ndarray, n: int) -> np.ndarray:
    """Sum ``values`` per group 0..n-1 (every group present) exactly as pandas' groupby sum.

    pandas adds up each group in the order of the lines with compensated (Kahan) summation,
    which a bincount does not match to the last digit. Its groupby spends most of its time
    hashing the keys again, so its summing routine is called on the numbers made here.
    """
    try:
        from pandas._libs.groupby import group_sum

        out = np.zeros((n, 1))
        group_sum(out, np.zeros(n, dtype=np.int64), values.reshape(-1, 1), ids, None)
        return out[:, 0]
    except (ImportError, TypeError, ValueError):  # another pandas: its public way
        return pd.Series(values, copy=False).groupby(ids, sort=True).sum().to_numpy()


def _top_by_revenue(lcodes: np.ndarray, uniques, codes: np.ndarray, amount: np.ndarray, n: int,
                    shares: bool = False):
    """(label with most positive revenue, its share of the customer's positive revenue)."""
    ok = (lcodes >= 0) & (amount > 0)
    top = np.full(n, None, dtype=object)
    share = np.full(n, np.nan)
    if not ok.any():
        return top, share, None
    nl = len(uniques)
    key = codes[ok].astype(np.int64) * nl + lcodes[ok]
    ids, pair = _factorize_small(key, n * nl)
    a = _sum_per_group(amount[ok], ids.astype(np.intp, copy=False), len(pair))
    c, lab = pair // nl, pair % nl
    # Position of each customer's biggest label (ties: the one seen first in the file).
    most = np.full(n, -np.inf)
    np.maximum.at(most, c, a)
    best = np.flatnonzero(a == most[c])
    first = np.full(n, len(a))
    np.minimum.at(first, c[best], best)
    first = first[first < len(a)]
    top[c[first]] = np.asarray(uniques, dtype=object)[lab[first]]
    if not shares:
        return top, share, None
    total = np.bincount(c, weights=a, minlength=n)
    frame = pd.DataFrame({"c": c, "l": lab, "a": a, "share": a / total[c]})
    share[c[first]] = frame["share"].to_numpy()[first]
    return top, share, (frame, uniques)


def _from_transactions(data, settings, task, notes):
    tx = data.transactions
    known = tx["customer_key"].notna().to_numpy()
    if (~known).any():
        anon_amount = float(pd.to_numeric(tx.loc[~known, "amount"]).sum())
        notes.append(
            _("{n} sales lines without a customer (walk-ins or guests, {amount} in total) are "
              "counted in the import but left out of the customer analysis.").format(
                n=int((~known).sum()), amount=_money(anon_amount)))
    # The lines analysed are ``keep``; columns are read whole and cut with it (cheaper than
    # copying the table, and codes of the whole column serve the persona cards too).
    keep = known.copy()
    dates = pd.to_datetime(tx["date"][known])
    if settings.analysis_date is not None:
        analysis_day = pd.Timestamp(settings.analysis_date)
        later = (dates >= analysis_day + pd.Timedelta(days=1)).to_numpy()
        if later.any():
            notes.append(_("{n} sales lines after the analysis date {day} are left out.").format(
                n=int(later.sum()), day=analysis_day.date().isoformat()))
            keep[np.flatnonzero(known)[later]] = False
            dates = dates[~later]
        if not keep.any():
            raise UserError(_("There are no sales on or before the analysis date {day}.").format(
                day=analysis_day.date().isoformat()), hint=_("Choose a later analysis date."))
    else:
        analysis_day = dates.max().normalize() if dates.notna().any() else None
    everything = bool(keep.all())
    kept = None if everything else keep

    def column(name: str) -> pd.Series:
        return tx[name] if everything else tx[name][keep]

    filled_lines: dict[str, np.ndarray] = {}

    def filled(name: str) -> np.ndarray:
        """Lines analysed that have a value in column ``name``."""
        if name not in filled_lines:
            filled_lines[name] = tx[name].notna().to_numpy() & keep
        return filled_lines[name]

    def has(name: str) -> bool:
        return name in tx and bool(filled(name).any())

    codes, keys = line_codes(tx, "customer_key", sort=True)
    codes = codes[keep]
    used = np.bincount(codes, minlength=len(keys)) > 0
    if not used.all():  # customers whose every line is after the analysis date
        codes = (np.cumsum(used) - 1)[codes]
        keys = keys[used]
    n = len(keys)
    amount = pd.to_numeric(column("amount")).astype("float64").fillna(0.0).to_numpy()
    is_refund = (column("is_refund").fillna(False).astype(bool).to_numpy()
                 if "is_refund" in tx else amount < 0)
    day = dates.dt.normalize().to_numpy().astype("datetime64[ns]")
    task.report(0.1)

    out: dict[str, object] = {}
    revenue = np.bincount(codes, weights=amount, minlength=n)
    out["refunds"] = np.bincount(codes, weights=is_refund.astype(float), minlength=n)
    out["refund_amount"] = 0.0 - np.bincount(codes, weights=np.where(is_refund, amount, 0.0),
                                        minlength=n)

    # Orders: distinct (customer, order id) among sale lines; an order's day is its first.
    sale = ~is_refund & ~np.isnat(day)
    csale = codes[sale].astype(np.int64)
    order = _order_codes(tx["order_id"], np.flatnonzero(keep)[sale], csale)
    n_orders = int(order.max()) + 1 if len(order) else 0
    task.report(0.2)
    dsale = day[sale].view(np.int64) // _DAY_NS  # whole days since 1970
    order_day = np.full(n_orders, np.iinfo(np.int64).max)
    np.minimum.at(order_day, order, dsale)
    order_customer = np.zeros(n_orders, dtype=np.int64)
    order_customer[order] = csale
    out["orders"] = np.bincount(order_customer, minlength=n).astype(float)
    task.report(0.3)

    # First and last purchase days from sale lines; customers with refunds only use any line.
    first = np.full(n, np.iinfo(np.int64).max)
    last = np.full(n, np.iinfo(np.int64).min)
    np.minimum.at(first, csale, dsale)
    np.maximum.at(last, csale, dsale)
    missing = first == np.iinfo(np.int64).max
    if missing.any():
        dated = ~np.isnat(day) & missing[codes]
        np.minimum.at(first, codes[dated], day[dated].view(np.int64) // _DAY_NS)
        np.maximum.at(last, codes[dated], day[dated].view(np.int64) // _DAY_NS)
    out["first_purchase"] = _as_days(first, first == np.iinfo(np.int64).max)
    out["last_purchase"] = _as_days(last, last == np.iinfo(np.int64).min)

    # Distinct (customer, order day) pairs, sorted by customer then day.
    if n_orders:
        low = int(order_day.min())
        span = int(order_day.max()) - low + 1
        pairs = _unique(order_customer * span + (order_day - low))
        uc, ud = pairs // span, pairs % span + low
    else:
        uc, ud = np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)

    # Rhythm: median gap between consecutive distinct purchase days.
    same = uc[1:] == uc[:-1]
    gc, gap = uc[1:][same], np.diff(ud)[same]
    out["interpurchase_days"] = _median_per_group(gc, gap, n)
    task.report(0.45)

    if analysis_day is not None:
        recent = ud * _DAY_NS > (analysis_day - pd.Timedelta(days=365)).value
        rc = uc[recent]
        rm = ud[recent].astype("datetime64[D]").astype("datetime64[M]").view(np.int64)
        new = np.r_[True, (rc[1:] != rc[:-1]) | (rm[1:] != rm[:-1])] if len(rc) else recent[:0]
        out["months_active_12"] = np.bincount(rc[new], minlength=n).astype(float)
        task.report(0.5)
        out["_special"] = _special_occasion(uc, ud, n)

    # Margin.
    margin_source = "none"
    if has("margin"):
        out["margin"] = np.bincount(codes, weights=pd.to_numeric(column("margin")).fillna(0.0)
                                    .to_numpy(dtype=float), minlength=n)
        margin_source = "cost"
    elif has("cost"):
        cost = pd.to_numeric(column("cost")).astype("float64").to_numpy()
        qty = (np.abs(pd.to_numeric(column("quantity")).astype("float64").to_numpy())
               if "quantity" in tx else None)
        if _looks_like_unit_cost(cost, amount, qty):
            cost = cost * np.abs(pd.to_numeric(column("quantity")).astype("float64")
                                 .fillna(1.0).to_numpy())
            notes.append(_("The cost column looks like cost per unit, so it was multiplied by "
                           "the quantity of each line."))
        have = ~np.isnan(cost)
        # A refund line's cost goes back on the shelf whatever sign the export gives it.
        line_margin = amount - np.sign(amount) * np.abs(np.nan_to_num(cost))
        if not have.all():
            rate = line_margin[have].sum() / max(amount[have].sum(), 1e-9)
            line_margin = np.where(have, line_margin, amount * rate)
            notes.append(_("{n} sales lines have no cost; their margin is estimated at the "
                           "average rate of the others ({pct:.0f}%).").format(
                               n=int((~have).sum()), pct=100 * rate))
        out["margin"] = np.bincount(codes, weights=line_margin, minlength=n)
        margin_source = "cost"
    elif settings.margin_pct is not None:
        out["margin"] = revenue * float(settings.margin_pct) / 100.0
        margin_source = "margin_pct"
    out["revenue"] = revenue
    task.report(0.55)

    # Channel, favourites.
    if has("channel"):
        top, share, parts = _top_by_revenue(*_codes_of_kept(tx, "channel", kept), codes,
                                            amount, n, shares=True)
        out["preferred_channel"] = np.where(share >= CHANNEL_MAJORITY, top,
                                            np.where(pd.isna(top), None, _("Mixed")))
        sums, uniques = parts
        if len(uniques) <= 8:  # shares per channel are only readable for a handful of channels
            for i, name in enumerate(uniques):
                col = np.zeros(n)
                sel = sums[sums["l"] == i]
                col[sel["c"].to_numpy()] = sel["share"].to_numpy()
                out["channel_share:" + str(name)] = col
        task.report(0.6)
    for role, col in (("category", "favourite_category"), ("product", "favourite_product")):
        if has(role):
            out[col] = _top_by_revenue(*_codes_of_kept(tx, role, kept), codes, amount, n)[0]
    task.report(0.65)

    n_kept = int(keep.sum())
    all_codes = np.full(len(tx), -1, dtype=np.int64)
    all_codes[keep] = codes
    first_line = None
    for role in _DESCRIPTIVE:
        if has(role):
            if filled(role).sum() == n_kept:  # no gaps: every column takes the same lines
                first_line = _first_rows(keep, all_codes, n) if first_line is None else first_line
                rows = first_line
            else:
                rows = _first_rows(filled(role), all_codes, n)
            out[role] = _first_per_group(tx[role], rows)

    index = pd.Index(keys, name="customer_key")
    customers = pd.DataFrame(out, index=index)
    customers = _join_attributes(customers, data.customers, drop=TOTAL_COLUMNS, notes=notes)
    _names(customers)
    return customers, analysis_day, margin_source


_DAY_NS = 86_400 * 10**9


def _as_days(days: np.ndarray, absent: np.ndarray) -> np.ndarray:
    """Whole days since 1970 as datetime64[ns], NaT where ``absent``."""
    out = (np.where(absent, 0, days) * _DAY_NS).view("datetime64[ns]")
    out[absent] = np.datetime64("NaT")
    return out


def _unique(x: np.ndarray) -> np.ndarray:
    """Sorted distinct values of an integer array (np.unique's hashing was several times slower)."""
    x = np.sort(x)
    return x[np.r_[True, x[1:] != x[:-1]]] if len(x) else x


def _median_per_group(groups: np.ndarray, values: np.ndarray, n: int) -> np.ndarray:
    """Median of the whole numbers ``values`` per group 0..n-1 (NaN for groups without any)."""
    out = np.full(n, np.nan)
    if not len(values):
        return out
    low = int(values.min())
    span = int(values.max()) - low + 1
    if values.dtype.kind in "iu" and n * span < 2**62:
        # One number per (group, value): sorting it is sorting by group, then value. Stable
        # (timsort) because the groups come in ascending runs; several times faster than lexsort.
        both = np.sort(groups.astype(np.int64) * span + (values - low), kind="stable")
        g, v = both // span, (both % span + low).astype(float)
    else:
        order = np.lexsort((values, groups))
        g, v = groups[order], values[order].astype(float)
    start = np.flatnonzero(np.r_[True, g[1:] != g[:-1]])
    count = np.diff(np.r_[start, len(g)])
    lo = start + (count - 1) // 2
    hi = start + count // 2
    # Whole numbers: (a + b) / 2 is exact, so this equals the groupby median.
    out[g[start]] = (v[lo] + v[hi]) / 2
    return out


def _looks_like_unit_cost(cost: np.ndarray, amount: np.ndarray, qty: np.ndarray | None) -> bool:
    """Tell whether ``cost`` is per unit although the table promises cost per line.

    Exports such as "Unit Cost" columns give the cost of one item. Judged from the data, not
    the header, so a cost that is already per line is never multiplied twice: on lines of
    several items, per-unit cost makes cost / amount shrink with the quantity. ``qty`` is the
    absolute quantity of each line (None without a quantity column).
    """
    if qty is None:
        return False
    ok = (amount > 0) & (cost > 0) & np.isfinite(qty)
    one, many = np.flatnonzero(ok & (qty == 1)), np.flatnonzero(ok & (qty >= 2))
    if len(one) < 20 or len(many) < 20:
        return False
    cost_many, amount_many = cost[many], amount[many]
    # The ratios are temporary arrays: the medians may reorder them instead of copying.
    ref = np.median(cost[one] / amount[one], overwrite_input=True)
    as_line = np.median(cost_many / amount_many, overwrite_input=True)
    as_unit = np.median(cost_many * qty[many] / amount_many, overwrite_input=True)
    return bool(as_line < 0.7 * ref and abs(as_unit - ref) < 0.5 * abs(as_line - ref))


def _spread(groups: np.ndarray, values: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Smallest and largest of the whole numbers ``values`` per group 0..n-1."""
    low = np.full(n, np.iinfo(values.dtype).max, dtype=values.dtype)
    high = np.full(n, np.iinfo(values.dtype).min, dtype=values.dtype)
    np.minimum.at(low, groups, values)
    np.maximum.at(high, groups, values)
    return low, high


#: Days before the first of each month in a year that is not a leap year.
_MONTH_START = np.array([0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334])


def _calendar(days: np.ndarray) -> tuple[np.ndarray, ...]:
    """Year, month, day of month and day of year of whole days since 1970.

    Integer arithmetic (H. Hinnant's civil_from_days), several times faster than datetime64
    conversions to years and months.
    """
    z = days.astype(np.int64) + 719_468  # days since 0000-03-01
    era = z // 146_097
    doe = z - era * 146_097
    yoe = (doe - doe // 1460 + doe // 36_524 - doe // 146_096) // 365
    since_march = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * since_march + 2) // 153
    dom = since_march - (153 * mp + 2) // 5 + 1
    month = np.where(mp < 10, mp + 3, mp - 9)
    year = yoe + era * 400 + (month <= 2)
    leap = (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
    doy = _MONTH_START[month - 1] + dom + (leap & (month > 2))
    return year, month, dom, doy


#: Customers per block when matching days across years (bounds the memory of that step).
_OCCASION_BLOCK = 1 << 15


def _special_occasion(c: np.ndarray, days: np.ndarray, n: int) -> np.ndarray:
    """Flag customers whose purchases recur around the same dates or gift seasons.

    ``days`` are the distinct purchase days (whole days since 1970), ``c`` their customers in
    ascending order. Every test below asks for two or more different years or seasons, which
    is the same as smallest != largest: no counting of distinct values needed.
    """
    out = np.zeros(n, dtype=bool)
    if not len(days):
        return out
    year, month, dom, doy = _calendar(days)
    year = (year - int(year.min())).astype(np.int32)
    bins = 366 // OCCASION_WINDOW_DAYS + 1
    b = (doy - 1) // OCCASION_WINDOW_DAYS
    # Each (customer, year) day also counts for the neighbouring windows, so 10 Feb and 14 Feb
    # or 30 Dec and 2 Jan match across years: a hit has two years within (customer, window +-1).
    hits = np.zeros(len(days), dtype=bool)
    for lo in range(0, n, _OCCASION_BLOCK):
        r0, r1 = np.searchsorted(c, [lo, lo + _OCCASION_BLOCK])
        if r0 == r1:
            continue
        cell = (c[r0:r1] - lo) * bins + b[r0:r1]
        low, high = _spread(cell, year[r0:r1], min(_OCCASION_BLOCK, n - lo) * bins)
        low, high = low.reshape(-1, bins), high.reshape(-1, bins)
        low = np.minimum(low, np.minimum(np.roll(low, 1, axis=1), np.roll(low, -1, axis=1)))
        high = np.maximum(high, np.maximum(np.roll(high, 1, axis=1), np.roll(high, -1, axis=1)))
        hits[r0:r1] = high.ravel()[cell] > low.ravel()[cell]
    window = np.full(len(days), -1)
    md = month * 100 + dom
    for i, (lo, hi) in enumerate(GIFT_SEASONS):
        window[(md >= lo) & (md <= hi)] = i
    gift = window >= 0
    days_n = np.bincount(c, minlength=n)
    size = np.maximum(days_n, 1)
    share = np.bincount(c, weights=hits.astype(float), minlength=n) / size
    in_season = np.bincount(c, weights=gift.astype(float), minlength=n) / size
    low, high = _spread(c, year, n)
    recurring = (high > low) & (share >= OCCASION_SHARE)
    # Gift seasons: nearly every purchase falls in them, in at least two different seasons
    # (Valentine's and Mother's Day of one year count as two).
    low, high = _spread(c[gift], (year * len(GIFT_SEASONS) + window)[gift], n)
    gifts = (in_season >= 0.8) & (high > low)
    out[(recurring | gifts) & (days_n >= 2)] = True
    return out


def _join_attributes(customers: pd.DataFrame, attrs: pd.DataFrame | None, drop=(), notes=None):
    """Copy customer-list attributes (industry_code, employees, city...) onto the customers."""
    if attrs is None or attrs.empty or "customer_key" not in attrs:
        return customers
    a = attrs.drop_duplicates("customer_key").set_index("customer_key")
    a = a.drop(columns=[c for c in a.columns
                        if c in drop or c in customers.columns or c == "source_row"])
    a = a.drop(columns=[c for c in a.columns if c.startswith("spend:")] if drop else [])
    if notes is not None:
        unused = int((customers.index.get_indexer(a.index) < 0).sum())
        if unused:
            notes.append(_("{n} customers on the customer list have no sales in this period and "
                           "are left out.").format(n=unused))
    if a.shape[1]:
        customers = customers.join(a, how="left")
    return customers


def _names(customers: pd.DataFrame) -> None:
    """Fill name / first_name / last_name from what is known."""
    name = pd.Series(customers.index.astype(str), index=customers.index, dtype=object)
    stripped = {}  # each column converted and stripped once
    for col in ("email", "company", "customer_name"):
        if col in customers:
            v = customers[col].astype(object)
            # A column already of the type astype(str) makes needs no round trip through it.
            as_text = (customers[col] if customers[col].dtype == v.iloc[:0].astype(str).dtype
                       else v.astype(str))
            stripped[col] = as_text.str.strip()
            name = v.where(v.notna() & (stripped[col] != ""), name)
    if "first_name" in customers and "last_name" in customers:
        full = (customers["first_name"].fillna("").astype(str) + " "
                + customers["last_name"].fillna("").astype(str)).str.strip()
        name = full.where(full != "", name)
    customers["name"] = name
    if "customer_name" in customers and "first_name" not in customers:
        person = customers["customer_name"].astype(object)
        text = stripped["customer_name"].where(person.notna(), "")
        # Stripping only removes white space, so it changes no match of [@\d].
        looks_personal = person.notna() & ~stripped["customer_name"].str.contains(r"[@\d]",
                                                                                  na=True)
        # A business keeps its one name: no "Patel" / "Remodeling" split (core/names.py).
        from desktopseg.core.names import business_mask

        business = business_mask(stripped["customer_name"]) & person.notna()
        looks_personal &= ~business
        if business.any():
            company = customers["company"] if "company" in customers else pd.Series(
                None, index=customers.index, dtype=object)
            customers["company"] = company.astype(object).where(
                company.notna() | ~business, person)
        # text.split(" ", 1), in arrow: before and after the first space.
        parts = pc.split_pattern(pa.array(text, type=pa.large_string()), " ", max_splits=1)
        two = pc.equal(pc.list_value_length(parts), 2).to_numpy(zero_copy_only=False)
        first = pc.list_element(parts, 0).to_numpy(zero_copy_only=False)
        rest = np.full(len(text), None, dtype=object)
        rest[two] = pc.list_flatten(pc.list_slice(parts, 1, 2)).to_numpy(zero_copy_only=False)
        customers["first_name"] = pd.Series(first, index=customers.index,
                                            dtype=object).where(looks_personal)
        customers["last_name"] = pd.Series(rest, index=customers.index,
                                           dtype=object).where(looks_personal & two)


# ------------------------------------------------------------------------------------------
# Customer lists
# ------------------------------------------------------------------------------------------

def _from_customer_list(data, settings, notes):
    c = data.customers.drop_duplicates("customer_key").set_index("customer_key")
    c.index = c.index.astype(object)
    c.index.name = "customer_key"
    out = pd.DataFrame(index=c.index)
    spend_cols = [col for col in c.columns if col.startswith("spend:")]
    if "lifetime_spend" in c and c["lifetime_spend"].notna().any():
        out["revenue"] = pd.to_numeric(c["lifetime_spend"]).astype(float)
    elif spend_cols:
        out["revenue"] = c[spend_cols].apply(pd.to_numeric).sum(axis=1, min_count=1).astype(float)
        notes.append(_("Revenue is the sum of the spend columns ({cols}).").format(
            cols=", ".join(s[len("spend:"):] for s in spend_cols)))
    if spend_cols:
        sp = c[spend_cols].apply(pd.to_numeric).astype(float)
        best = sp.fillna(-np.inf).to_numpy().argmax(axis=1)
        fav = np.array([s[len("spend:"):] for s in spend_cols], dtype=object)[best]
        out["favourite_category"] = np.where(sp.notna().any(axis=1).to_numpy(), fav, None)
    if "order_count" in c and c["order_count"].notna().any():
        out["orders"] = pd.to_numeric(c["order_count"]).astype(float)
    analysis_day = None
    for col in ("first_purchase", "last_purchase"):
        if col in c and c[col].notna().any():
            out[col] = pd.to_datetime(c[col]).dt.normalize()
    if "last_purchase" in out:
        analysis_day = (pd.Timestamp(settings.analysis_date) if settings.analysis_date
                        else out["last_purchase"].max())
        if "first_purchase" in out and "orders" in out:
            span = (out["last_purchase"] - out["first_purchase"]).dt.days.astype(float)
            out["interpurchase_days"] = (span / (out["orders"] - 1)).where(out["orders"] > 1)
            notes.append(_("Days between purchases are estimated as (last - first purchase) / "
                           "(orders - 1): the customer list has no individual sales."))
    margin_source = "none"
    if "revenue" in out and settings.margin_pct is not None:
        out["margin"] = out["revenue"] * float(settings.margin_pct) / 100.0
        margin_source = "margin_pct"
    if "revenue" not in out:
        notes.append(_("The customer list has no spend figures, so value analysis is not "
                       "possible."))
    out = _join_attributes(out, c.reset_index(), drop=(), notes=None)
    out = out.drop(columns=[x for x in TOTAL_COLUMNS if x in out and x not in
                            ("first_purchase", "last_purchase")])
    out, analysis_day = fill_from_list(out, analysis_day, settings, notes)  # Mnt*, Recency...
    _names(out)
    return out, analysis_day, margin_source


# ------------------------------------------------------------------------------------------
# Derived features (both paths)
# ------------------------------------------------------------------------------------------

def _derived(c: pd.DataFrame, analysis_day, notes) -> None:
    has_dates = "last_purchase" in c and analysis_day is not None
    if has_dates:
        c["recency_days"] = (analysis_day - c["last_purchase"]).dt.days.astype(float).clip(lower=0)
        if "first_purchase" in c:
            c["tenure_days"] = (analysis_day - c["first_purchase"]).dt.days.astype(float)
    if "revenue" in c and "orders" in c:
        c["avg_order"] = (c["revenue"] / c["orders"]).where(c["orders"] > 0)
    if "orders" in c and "tenure_days" in c:
        # One order says nothing about a rate: a first order last week is not 12 a year.
        floor = np.where(c["orders"] > 1, 30.0, 365.0)
        c["orders_per_year"] = c["orders"] / np.maximum(c["tenure_days"], floor) * 365.0

    if has_dates and "orders" in c:
        # Overdue against the customer's own rhythm; one-time buyers against the usual rhythm.
        gap = c.get("interpurchase_days")
        typical = float(gap.median()) if gap is not None and gap.notna().any() else np.nan
        if gap is None:
            gap = pd.Series(np.nan, index=c.index)
        if math.isnan(typical):
            typical = 90.0
            notes.append(_("No customer bought twice, so 'overdue' is measured against 90 "
                           "days."))
        usual = gap.fillna(typical).clip(lower=1.0)
        c["overdue_ratio"] = (c["recency_days"] / usual).round(2)
        lo, hi = CHURN_LIMITS
        c["churn_risk"] = np.select([c["overdue_ratio"] < lo, c["overdue_ratio"] < hi],
                                    [_("low"), _("medium")], _("high"))
        c["buyer_type"] = _buyer_type(c, analysis_day)

    if "orders" in c and "avg_order" in c:
        repeat = c["orders"] >= 2
        aov_rank = c["avg_order"].rank(pct=True)
        freq_rank = c.get("orders_per_year", c["orders"]).rank(pct=True)
        engaged = repeat & (c.get("churn_risk", pd.Series(_("low"), index=c.index))
                            != _("high"))
        c["upsell_potential"] = np.select(
            [engaged & (aov_rank <= 0.4) & (freq_rank >= 0.5), engaged & (aov_rank <= 0.6)],
            [_("high"), _("medium")], _("low"))
        c["ltv"] = _ltv(c)
    elif "revenue" in c:
        c["ltv"] = c.get("margin", c["revenue"]).astype(float)
        notes.append(_("Lifetime value equals the spend so far: the data has no order counts "
                       "or dates to project from."))
    if "_special" in c:
        c.drop(columns="_special", inplace=True)


def _buyer_type(c: pd.DataFrame, analysis_day) -> pd.Series:
    months = c.get("months_active_12")
    special = c.pop("_special") if "_special" in c else None
    span_months = 12
    if "first_purchase" in c and c["first_purchase"].notna().any():
        span = (analysis_day - c["first_purchase"].min()).days / 30.44
        span_months = int(min(12, max(1, round(span))))
    need = max(2, math.ceil(REGULAR_MONTHS * span_months / 12))
    if months is not None:
        regular = months >= need
    else:  # customer list: no months; most months means about one order a month, recently
        regular = (c.get("orders_per_year", 0) >= 8) & (c["recency_days"] <= 62)
    first_time = c["orders"] <= 1
    occasion = (special.astype(bool) if special is not None
                else pd.Series(False, index=c.index))
    return pd.Series(np.select([first_time, regular, occasion],
                               [_("first-time"), _("regular"), _("special-occasion")],
                               _("occasional")), index=c.index, dtype=object)


def _ltv(c: pd.DataFrame) -> pd.Series:
    per_order = (c["margin"] if "margin" in c else c["revenue"]) / c["orders"].where(
        c["orders"] > 0)
    # Orders over at least a year of tenure: two quick orders are not a monthly habit, and a
    # first order last week is not twelve a year.
    if "tenure_days" in c:
        per_year = c["orders"] / c["tenure_days"].clip(lower=365) * 365.0
    else:
        per_year = c["orders"].clip(upper=1.0)
    yearly = per_order * per_year
    years = 3.0
    if "tenure_days" in c and c["tenure_days"].max() >= 395:
        old = c["tenure_days"] >= 365
        churned = (c.loc[old, "recency_days"] > 365).mean() if old.any() else np.nan
        if churned == churned and churned > 0:
            years = float(np.clip(1.0 / churned, 1.0, 10.0))
        elif churned == 0:
            years = 10.0
    active = 1.0 / c["overdue_ratio"].clip(lower=1.0) if "overdue_ratio" in c else 1.0
    c.attrs["ltv_expected_years"] = years
    return (yearly * years * active).fillna(0.0).round(2)


def _effort(c: pd.DataFrame, settings: AnalysisSettings, notes) -> str | None:
    """Add the effort column when the data supports it; return how it was made, in words."""
    inputs = set(settings.effort_inputs)
    if "effort_score" in c and "effort_score" in inputs:
        score = pd.to_numeric(c["effort_score"], errors="coerce").astype(float)
        if score.notna().any():
            c["effort"] = score.clip(1, 10)
            return _("the effort score (1-10) given in the data")
    direct = [col for col in ("service_minutes", "tickets") if col in inputs and col in c
              and pd.to_numeric(c[col], errors="coerce").notna().any()]
    extra = []
    if "refunds" in inputs and "refunds" in c and c["refunds"].gt(0).any():
        extra.append("refunds")
    if "small_orders" in inputs and "orders" in c and "avg_order" in c:
        extra.append("small_orders")
    if not direct and not (extra and "small_orders" in extra):
        return None  # never invent effort from sales alone unless the user chose so
    parts = {}
    for col in direct + extra:
        if col == "small_orders":
            # Many orders of little value each: orders weighted by how small they are.
            v = c["orders"] / c["avg_order"].clip(lower=1e-9).rank(pct=True)
        else:
            v = pd.to_numeric(c[col], errors="coerce").astype(float)
        r = v.rank(method="min")
        parts[col] = (r - 1) / max(r.max() - 1, 1)
    score = pd.DataFrame(parts).mean(axis=1, skipna=True)
    c["effort"] = (1 + 9 * score).round(1)
    words = {"service_minutes": _("service minutes"), "tickets": _("support tickets"),
             "refunds": _("refunds"), "small_orders": _("many small orders")}
    return _("derived from {inputs}: each ranked among all customers and scaled to 1-10").format(
        inputs=", ".join(words[p] for p in parts))


def _quadrants(c: pd.DataFrame) -> None:
    if "effort" not in c:
        return
    value = c["margin"] if "margin" in c else c.get("revenue")
    if value is None:
        return
    high_value = (value > value.median()) & (value > 0)
    high_effort = c["effort"] > c["effort"].median()
    c["effort_quadrant"] = np.select(
        [high_value & ~high_effort, high_value & high_effort, ~high_value & ~high_effort],
        [_("stars"), _("worth the effort"), _("low-touch")], _("reprice or let go"))
    c.loc[c["effort"].isna(), "effort_quadrant"] = None


def _firmographic_columns(c: pd.DataFrame, settings: AnalysisSettings) -> None:
    if "industry_code" in c and c["industry_code"].notna().any():
        labels, _reasons, system = sector_labels(c["industry_code"])
        c["sector"] = labels
        c.attrs["industry_system"] = system
    elif "industry" in c and c["industry"].notna().any():
        c["sector"] = c["industry"].astype(object).where(c["industry"].notna(),
                                                         _("Sector unknown"))
    if "employees" in c and pd.to_numeric(c["employees"], errors="coerce").notna().any():
        c["size_band"] = band_labels(c["employees"], settings.size_bands, "employees")
    if "annual_revenue" in c and pd.to_numeric(c["annual_revenue"],
                                               errors="coerce").notna().any():
        c["revenue_band"] = band_labels(c["annual_revenue"], settings.revenue_bands, "revenue")


def analysis_day_of(result: AnalysisResult) -> datetime | None:
    """Return the analysis date actually used (the period end)."""
    return result.period_end
