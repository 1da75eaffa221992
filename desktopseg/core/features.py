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
from datetime import datetime

import numpy as np
import pandas as pd

from desktopseg.core.errors import UserError
from desktopseg.core.i18n import _, localize_number
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
    return localize_number(f"{x:,.2f}")


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

def _first_per_group(values: pd.Series, codes: np.ndarray, n: int) -> np.ndarray:
    """First non-missing value per customer code (object array, None when absent)."""
    ok = values.notna().to_numpy()
    out = np.full(n, None, dtype=object)
    if ok.any():
        rows = np.flatnonzero(ok)
        first = np.unique(codes[rows], return_index=True)
        # Only the chosen rows become Python objects: converting a million strings cost 0.3 s.
        out[first[0]] = values.iloc[rows[first[1]]].to_numpy(dtype=object, na_value=None)
    return out


def _top_by_revenue(labels: pd.Series, codes: np.ndarray, amount: np.ndarray, n: int):
    """(label with most positive revenue, its share of the customer's positive revenue)."""
    lcodes, uniques = pd.factorize(labels)
    ok = (lcodes >= 0) & (amount > 0)
    top = np.full(n, None, dtype=object)
    share = np.full(n, np.nan)
    if not ok.any():
        return top, share, None
    nl = len(uniques)
    key = codes[ok].astype(np.int64) * nl + lcodes[ok]
    sums = pd.Series(amount[ok]).groupby(key, sort=False).sum()
    c = sums.index.to_numpy() // nl
    lab = sums.index.to_numpy() % nl
    a = sums.to_numpy()
    total = np.bincount(c, weights=a, minlength=n)
    frame = pd.DataFrame({"c": c, "l": lab, "a": a, "share": a / total[c]})
    # Position of each customer's biggest label (ties: the one seen first in the file).
    first = pd.Series(a).groupby(c, sort=False).idxmax().to_numpy()
    top[c[first]] = np.asarray(uniques, dtype=object)[lab[first]]
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
    tx = tx.loc[known]
    dates = pd.to_datetime(tx["date"])
    if settings.analysis_date is not None:
        analysis_day = pd.Timestamp(settings.analysis_date)
        later = (dates >= analysis_day + pd.Timedelta(days=1)).to_numpy()
        if later.any():
            notes.append(_("{n} sales lines after the analysis date {day} are left out.").format(
                n=int(later.sum()), day=analysis_day.date().isoformat()))
            tx, dates = tx.loc[~later], dates.loc[~later]
        if tx.empty:
            raise UserError(_("There are no sales on or before the analysis date {day}.").format(
                day=analysis_day.date().isoformat()), hint=_("Choose a later analysis date."))
    else:
        analysis_day = dates.max().normalize() if dates.notna().any() else None

    codes, keys = pd.factorize(tx["customer_key"], sort=True)
    n = len(keys)
    amount = pd.to_numeric(tx["amount"]).astype("float64").fillna(0.0).to_numpy()
    is_refund = (tx["is_refund"].fillna(False).astype(bool).to_numpy()
                 if "is_refund" in tx else amount < 0)
    day = dates.dt.normalize().to_numpy()
    task.report(0.1)

    out: dict[str, object] = {}
    revenue = np.bincount(codes, weights=amount, minlength=n)
    out["refunds"] = np.bincount(codes, weights=is_refund.astype(float), minlength=n)
    out["refund_amount"] = 0.0 - np.bincount(codes, weights=np.where(is_refund, amount, 0.0),
                                        minlength=n)

    # Orders: distinct (customer, order id) among sale lines.
    sale = ~is_refund & ~np.isnat(day)
    ocode = pd.factorize(tx["order_id"])[0][sale].astype(np.int64)
    okey = codes[sale].astype(np.int64) * (int(ocode.max()) + 2 if len(ocode) else 1) + ocode
    task.report(0.2)
    orders_frame = pd.DataFrame({"c": codes[sale], "k": okey, "d": day[sale],
                                 "a": amount[sale]})
    per_order = orders_frame.groupby("k", sort=False).agg(c=("c", "first"), d=("d", "min"),
                                                          a=("a", "sum"))
    out["orders"] = np.bincount(per_order["c"].to_numpy(), minlength=n).astype(float)
    task.report(0.3)

    # First and last purchase days from sale lines; customers with refunds only use any line.
    first = np.full(n, np.datetime64("NaT"), dtype="datetime64[ns]")
    last = first.copy()
    dd = pd.DataFrame({"c": codes[sale], "d": day[sale]}).groupby("c")["d"].agg(["min", "max"])
    first[dd.index.to_numpy()] = dd["min"].to_numpy()
    last[dd.index.to_numpy()] = dd["max"].to_numpy()
    missing = np.isnat(first)
    if missing.any():
        anyd = pd.DataFrame({"c": codes, "d": day}).groupby("c")["d"].agg(["min", "max"])
        anyd = anyd.reindex(np.arange(n))
        first[missing] = anyd["min"].to_numpy()[missing]
        last[missing] = anyd["max"].to_numpy()[missing]
    out["first_purchase"] = first
    out["last_purchase"] = last

    # Rhythm: median gap between consecutive distinct purchase days.
    days_u = pd.DataFrame({"c": per_order["c"].to_numpy(), "d": per_order["d"].to_numpy()})
    days_u = days_u.drop_duplicates().sort_values(["c", "d"])
    gaps = days_u["d"].diff().dt.days.to_numpy(dtype=float)
    same = days_u["c"].to_numpy()[1:] == days_u["c"].to_numpy()[:-1]
    gap_frame = pd.DataFrame({"c": days_u["c"].to_numpy()[1:][same], "g": gaps[1:][same]})
    inter = np.full(n, np.nan)
    med = gap_frame.groupby("c")["g"].median()
    inter[med.index.to_numpy()] = med.to_numpy()
    out["interpurchase_days"] = inter
    task.report(0.45)

    if analysis_day is not None:
        month = days_u["d"].dt.year * 12 + days_u["d"].dt.month
        recent = (days_u["d"] > analysis_day - pd.Timedelta(days=365)).to_numpy()
        active = pd.DataFrame({"c": days_u["c"].to_numpy()[recent],
                               "m": month.to_numpy()[recent]}).drop_duplicates()
        out["months_active_12"] = np.bincount(active["c"].to_numpy(), minlength=n).astype(float)
        task.report(0.5)
        out["_special"] = _special_occasion(days_u, n)

    # Margin.
    margin_source = "none"
    if "margin" in tx and tx["margin"].notna().any():
        out["margin"] = np.bincount(codes, weights=pd.to_numeric(tx["margin"]).fillna(0.0)
                                    .to_numpy(dtype=float), minlength=n)
        margin_source = "cost"
    elif "cost" in tx and tx["cost"].notna().any():
        cost = pd.to_numeric(tx["cost"]).astype("float64").to_numpy()
        if _looks_like_unit_cost(cost, amount, tx):
            cost = cost * np.abs(pd.to_numeric(tx["quantity"]).astype("float64")
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
    if "channel" in tx and tx["channel"].notna().any():
        top, share, parts = _top_by_revenue(tx["channel"], codes, amount, n)
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
        if role in tx and tx[role].notna().any():
            out[col] = _top_by_revenue(tx[role], codes, amount, n)[0]
    task.report(0.65)

    for role in _DESCRIPTIVE:
        if role in tx and tx[role].notna().any():
            out[role] = _first_per_group(tx[role], codes, n)

    index = pd.Index(keys, name="customer_key")
    customers = pd.DataFrame(out, index=index)
    customers = _join_attributes(customers, data.customers, drop=TOTAL_COLUMNS, notes=notes)
    _names(customers)
    return customers, analysis_day, margin_source


def _looks_like_unit_cost(cost: np.ndarray, amount: np.ndarray, tx: pd.DataFrame) -> bool:
    """Tell whether ``cost`` is per unit although the table promises cost per line.

    Exports such as "Unit Cost" columns give the cost of one item. Judged from the data, not
    the header, so a cost that is already per line is never multiplied twice: on lines of
    several items, per-unit cost makes cost / amount shrink with the quantity.
    """
    if "quantity" not in tx:
        return False
    qty = np.abs(pd.to_numeric(tx["quantity"]).astype("float64").to_numpy())
    ok = (amount > 0) & (cost > 0) & np.isfinite(qty)
    one, many = ok & (qty == 1), ok & (qty >= 2)
    if one.sum() < 20 or many.sum() < 20:
        return False
    ref = np.median(cost[one] / amount[one])
    as_line = np.median(cost[many] / amount[many])
    as_unit = np.median(cost[many] * qty[many] / amount[many])
    return bool(as_line < 0.7 * ref and abs(as_unit - ref) < 0.5 * abs(as_line - ref))


def _special_occasion(days_u: pd.DataFrame, n: int) -> np.ndarray:
    """Flag customers whose purchases recur around the same dates or gift seasons."""
    d = days_u["d"]
    doy = d.dt.day_of_year.to_numpy()
    year = d.dt.year.to_numpy()
    c = days_u["c"].to_numpy()
    bins = 366 // OCCASION_WINDOW_DAYS + 1
    b = (doy - 1) // OCCASION_WINDOW_DAYS
    base = pd.DataFrame({"c": c, "b": b, "y": year}).drop_duplicates()
    # Each (customer, year) day also counts for the neighbouring windows, so 10 Feb and 14 Feb
    # or 30 Dec and 2 Jan match across years.
    spread = pd.concat([base.assign(b=(base["b"] + s) % bins) for s in (-1, 0, 1)])
    years_near = spread.groupby(["c", "b"])["y"].nunique()
    hits = years_near.reindex(pd.MultiIndex.from_arrays([c, b])).to_numpy() >= 2
    window = np.full(len(d), -1)
    md = d.dt.month.to_numpy() * 100 + d.dt.day.to_numpy()
    for i, (lo, hi) in enumerate(GIFT_SEASONS):
        window[(md >= lo) & (md <= hi)] = i
    season = np.where(window >= 0, year * 10 + window, -1)
    per = pd.DataFrame({"c": c, "hit": hits, "y": year, "in": window >= 0,
                        "season": season}).groupby("c").agg(
        share=("hit", "mean"), years=("y", "nunique"), days=("hit", "size"),
        in_season=("in", "mean"), seasons=("season", "nunique"))
    recurring = (per["years"] >= 2) & (per["share"] >= OCCASION_SHARE)
    # Gift seasons: nearly every purchase falls in them, in at least two different seasons
    # (Valentine's and Mother's Day of one year count as two).
    gifts = (per["in_season"] >= 0.8) & (per["seasons"] - (per["in_season"] < 1) >= 2)
    ok = (recurring | gifts) & (per["days"] >= 2)
    out = np.zeros(n, dtype=bool)
    out[per.index.to_numpy()[ok.to_numpy()]] = True
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
    for col in ("email", "company", "customer_name"):
        if col in customers:
            v = customers[col].astype(object)
            name = v.where(v.notna() & (v.astype(str).str.strip() != ""), name)
    if "first_name" in customers and "last_name" in customers:
        full = (customers["first_name"].fillna("").astype(str) + " "
                + customers["last_name"].fillna("").astype(str)).str.strip()
        name = full.where(full != "", name)
    customers["name"] = name
    if "customer_name" in customers and "first_name" not in customers:
        person = customers["customer_name"].astype(object)
        parts = person.where(person.notna(), "").astype(str).str.strip().str.split(" ", n=1)
        looks_personal = person.notna() & ~person.astype(str).str.contains(r"[@\d]", na=True)
        customers["first_name"] = parts.str[0].where(looks_personal)
        customers["last_name"] = parts.str[1].where(looks_personal & (parts.str.len() > 1))


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
