"""Cost to serve: what a customer costs in staff time, estimated from what the export records.

Time-driven activity-based costing (Kaplan & Anderson, "Time-Driven Activity-Based Costing",
Harvard Business Review, November 2004): count the activities a customer causes (orders, lines,
deliveries, returns...), multiply each by the minutes it takes, and price the minutes at the
cost of an hour of staff time. The minutes below are starting points for a small shop, not
measurements: the owner edits them in Settings (remembered per shop) or with
``--effort-minutes FILE.json``.

Where the file records service minutes per customer, those minutes are used instead of the
estimate (a per-customer column always wins). Margin comes from a cost column when the file has
one; otherwise from a margin % overall or per product category.

    apply(result)             adds cost_to_serve, profit_after_service... to result.customers
    estimate_label(result)    "estimated from activity (order 4 min, line 1 min, ...)"
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from desktopseg.core.i18n import N_, _, localize_number
from desktopseg.core.model import AnalysisResult, AnalysisSettings

#: Minutes of staff time per activity: documented starting points the owner edits.
DEFAULT_MINUTES: dict[str, float] = {
    "order": 4.0,  # taking and ringing up an order, the invoice or receipt
    "line": 1.0,  # picking and checking each line of an order
    "remote_order": 6.0,  # an order taken by phone or e-mail (on top of the order itself)
    "delivery": 20.0,  # preparing, loading and driving a delivery
    "pickup": 3.0,  # setting an order aside and handing it over
    "return": 15.0,  # a return or refund: checking, restocking, paperwork
    "discount": 2.0,  # agreeing and applying a discount
    "cancellation": 10.0,  # a cancelled order or invoice
    "dispute": 45.0,  # a payment dispute or chargeback
    "ticket": 12.0,  # a support ticket or service call
}
#: Cost of an hour of staff time, in the file's currency (wage plus overheads), when the
#: currency is unknown or not in the table below.
DEFAULT_HOURLY_RATE = 25.0
#: The same starting point in other currencies: a small shop's staff hour (wage plus overheads)
#: rounded to a figure an owner would type, not a conversion of 25 dollars (a yen or won shop's
#: staff hour is thousands, not 25). Starting points to change in Settings, like the minutes.
DEFAULT_HOURLY_RATES: dict[str, float] = {
    "USD": 25.0, "CAD": 30.0, "AUD": 35.0, "NZD": 32.0, "GBP": 20.0, "EUR": 25.0,
    "CHF": 40.0, "SEK": 250.0, "NOK": 300.0, "DKK": 220.0, "PLN": 45.0, "CZK": 300.0,
    "HUF": 4000.0, "JPY": 1800.0, "CNY": 45.0, "KRW": 15000.0, "TWD": 250.0, "HKD": 90.0,
    "SGD": 20.0, "INR": 200.0, "BRL": 30.0, "MXN": 100.0, "ZAR": 80.0, "ILS": 70.0,
    "TRY": 200.0, "RUB": 500.0, "THB": 120.0, "PHP": 150.0, "VND": 50000.0, "NGN": 2500.0,
    "UAH": 150.0,
}

#: What each activity is called where the owner reads it.
ACTIVITY_NAMES: dict[str, str] = {
    "order": N_("order"),
    "line": N_("line"),
    "remote_order": N_("phone/e-mail order"),
    "delivery": N_("delivery"),
    "pickup": N_("pick-up"),
    "return": N_("return/refund"),
    "discount": N_("discount"),
    "cancellation": N_("cancellation"),
    "dispute": N_("dispute"),
    "ticket": N_("support ticket"),
}

#: Where the figures come from (shown beside the Settings box and in the report).
SOURCE = N_("Time-driven activity-based costing (Kaplan & Anderson, Harvard Business Review, "
            "2004). The minutes are starting points for a small shop: change them to yours.")

#: Channel words (lower case, regular expressions) that mark an order's kind of service.
_REMOTE = r"phone|telefon|tel\b|e-?mail|fax|call"
_DELIVERY = r"deliver|liefer|versand|ship|courier|livraison"
_PICKUP = r"pick.?up|collect|abhol|click"
#: Invoice numbers that mark a cancellation (Online Retail numbers them "C536379").
_CANCELLED_ID = r"^[Cc]\d"


def minutes_used(settings: AnalysisSettings) -> dict[str, float]:
    """Return the minutes per activity in force: the defaults, overridden by the owner's own."""
    out = dict(DEFAULT_MINUTES)
    for key, value in (getattr(settings, "activity_minutes", None) or {}).items():
        if key in out and value is not None and float(value) >= 0:
            out[key] = float(value)
    return out


def default_hourly_rate(currency: str | None = None) -> float:
    """Return the starting hourly rate for a shop whose money is in ``currency``."""
    return DEFAULT_HOURLY_RATES.get((currency or "").upper(), DEFAULT_HOURLY_RATE)


def hourly_rate(settings: AnalysisSettings, currency: str | None = None) -> float:
    """Return the hourly rate in force (the currency's default when the owner set none)."""
    rate = getattr(settings, "hourly_rate", None)
    if rate is None or float(rate) < 0:
        return default_hourly_rate(currency)
    return float(rate)


# ------------------------------------------------------------------------------------------
# Counting activity
# ------------------------------------------------------------------------------------------


def _lines(result: AnalysisResult) -> pd.DataFrame | None:
    """Return the lines the customer analysis used (known customers, up to its day)."""
    tx = result.data.transactions
    if tx is None or not len(tx) or "customer_key" not in tx:
        return None
    keep = tx["customer_key"].notna() & tx["customer_key"].isin(result.customers.index)
    if result.period_end is not None and "date" in tx:
        keep &= ~(tx["date"] >= pd.Timestamp(result.period_end) + pd.Timedelta(days=1))
    lines = tx.loc[keep.to_numpy()]
    return lines if len(lines) else None


def _matches(values: pd.Series, pattern: str) -> pd.Series:
    return values.astype("string").str.lower().str.contains(pattern, regex=True).fillna(False)


def count_activity(result: AnalysisResult) -> pd.DataFrame:
    """Per customer, how often each activity of :data:`DEFAULT_MINUTES` happened."""
    c = result.customers
    counts = pd.DataFrame(0.0, index=c.index, columns=list(DEFAULT_MINUTES))
    lines = _lines(result)
    if lines is None:  # a customer list: its order counts are all there is
        if "orders" in c:
            counts["order"] = c["orders"].fillna(0.0).astype(float)
        if "refunds" in c:
            counts["return"] = c["refunds"].fillna(0.0).astype(float)
    else:
        key = lines["customer_key"].astype(object)
        refund = lines["is_refund"].fillna(False).astype(bool)
        order = lines["order_id"].astype(object).fillna("")
        sale = ~refund
        orders = pd.DataFrame({"c": key[sale], "o": order[sale]})
        first = ~orders.duplicated()
        counts["order"] = orders[first].groupby("c").size().reindex(c.index, fill_value=0)
        counts["line"] = key[sale].value_counts().reindex(c.index, fill_value=0)
        if "channel" in lines:
            channel = lines["channel"][sale][first.to_numpy()]
            who = orders["c"][first]
            for col, pattern in (("remote_order", _REMOTE), ("delivery", _DELIVERY),
                                 ("pickup", _PICKUP)):
                hit = _matches(channel, pattern).to_numpy(dtype=bool)
                counts[col] = who[hit].value_counts().reindex(c.index, fill_value=0)
        back = pd.DataFrame({"c": key[refund], "o": order[refund]}).drop_duplicates()
        cancelled = back["o"].astype(str).str.match(_CANCELLED_ID)
        counts["cancellation"] = back["c"][cancelled].value_counts().reindex(c.index,
                                                                               fill_value=0)
        counts["return"] = back["c"][~cancelled].value_counts().reindex(c.index, fill_value=0)
        if "discount" in lines:
            disc = pd.to_numeric(lines["discount"], errors="coerce").fillna(0.0).abs() > 0
            with_disc = pd.DataFrame({"c": key[disc & sale], "o": order[disc & sale]})
            counts["discount"] = (with_disc.drop_duplicates()["c"].value_counts()
                                  .reindex(c.index, fill_value=0))
    if "tickets" in c:
        counts["ticket"] = pd.to_numeric(c["tickets"], errors="coerce").fillna(0.0)
    if "disputes" in c:  # no importer role yet: counted when a caller supplies the column
        counts["dispute"] = pd.to_numeric(c["disputes"], errors="coerce").fillna(0.0)
    return counts.astype(float)


# ------------------------------------------------------------------------------------------
# Margin without a cost column
# ------------------------------------------------------------------------------------------


def _category_margin(result: AnalysisResult) -> bool:
    """Margin from a margin % per product category; True when it was applied."""
    table = getattr(result.settings, "category_margin_pct", None) or {}
    table = {str(k).strip().lower(): float(v) for k, v in table.items() if v is not None}
    if not table or result.margin_source == "cost":
        return False  # a cost column wins
    lines = _lines(result)
    if lines is None or "category" not in lines:
        return False
    fallback = result.settings.margin_pct
    if fallback is None:
        fallback = table.pop("*", None)
    if fallback is None:
        fallback = float(np.mean(list(table.values())))
    pct = (lines["category"].astype("string").str.strip().str.lower().map(table)
           .astype(float).fillna(float(fallback)))
    amount = pd.to_numeric(lines["amount"], errors="coerce").fillna(0.0)
    margin = (amount * pct / 100.0).groupby(lines["customer_key"].astype(object)).sum()
    result.customers["margin"] = margin.reindex(result.customers.index, fill_value=0.0)
    result.margin_source = "margin_pct"
    return True


# ------------------------------------------------------------------------------------------
# The whole step
# ------------------------------------------------------------------------------------------


def apply(result: AnalysisResult) -> None:
    """Add per-customer cost to serve and profit after service to ``result.customers``.

    Columns: ``service_minutes_est`` (estimated from activity), ``cost_minutes`` (the recorded
    service minutes where the file has them, else the estimate), ``cost_to_serve`` (money),
    ``profit_after_service`` (margin minus cost to serve, when a margin is known). When the
    file has no effort of its own, ``effort`` (1-10) is the estimated minutes ranked among all
    customers. ``result.service`` records which source each figure has and the minutes used.
    """
    from desktopseg.core import currency
    from desktopseg.core.features import _quadrants

    c = result.customers
    settings = result.settings
    if not len(c):
        return
    margin_changed = _category_margin(result)
    minutes = minutes_used(settings)
    rate = hourly_rate(settings, currency.of_result(result))
    counts = count_activity(result)
    est = (counts * pd.Series(minutes)).sum(axis=1)
    c["service_minutes_est"] = est.round(1)
    recorded = (pd.to_numeric(c["service_minutes"], errors="coerce")
                if "service_minutes" in c else pd.Series(np.nan, index=c.index))
    cost_from_column = bool(recorded.notna().any())
    if not cost_from_column and not est.gt(0).any():
        del c["service_minutes_est"]
        return  # no activity recorded (a list of yearly totals): nothing to estimate from
    c["cost_minutes"] = recorded.where(recorded.notna(), est).astype(float).round(1)
    c["cost_to_serve"] = (c["cost_minutes"] / 60.0 * rate).round(2)
    if "margin" in c and c["margin"].notna().any():
        c["profit_after_service"] = (c["margin"] - c["cost_to_serve"]).round(2)
    effort_kind = "column" if "effort" in c and c["effort"].notna().any() else None
    if effort_kind is None and est.gt(0).any():
        r = est.rank(method="min")
        c["effort"] = (1 + 9 * (r - 1) / max(r.max() - 1, 1)).round(1)
        effort_kind = "estimated"
        c.attrs["effort_estimated"] = True
    if effort_kind == "estimated" or margin_changed:
        _quadrants(c)
    used = [k for k in DEFAULT_MINUTES if k in ("order", "line") or counts[k].gt(0).any()]
    result.service = {
        "effort_kind": effort_kind,
        "cost_source": "column" if cost_from_column else "estimated",
        "minutes": {k: minutes[k] for k in used},
        "hourly_rate": rate,
    }
    if effort_kind == "estimated":
        result.effort_source = estimate_label(result)


def _num(x: float) -> str:
    return localize_number(f"{x:g}")


def minutes_text(result: AnalysisResult) -> str:
    """Return the minutes used, in words: "order 4 min, line 1 min, delivery 20 min"."""
    mins = (getattr(result, "service", None) or {}).get("minutes") or {}
    return ", ".join(_("{activity} {m} min").format(activity=_(ACTIVITY_NAMES[k]), m=_num(v))
                     for k, v in mins.items())


def estimate_label(result: AnalysisResult) -> str:
    """Return the label every estimated figure carries, with the minutes and hourly rate used."""
    service = getattr(result, "service", None) or {}
    rate = service.get("hourly_rate", DEFAULT_HOURLY_RATE)
    from desktopseg.core.currency import current, format_money

    # The rate is money like every other figure: in the file's currency ("$25.00 an hour").
    return _("estimated from activity ({minutes}; staff time at {rate} an hour)").format(
        minutes=minutes_text(result), rate=format_money(localize_number(f"{rate:,.2f}"),
                                                        current()))


def cost_label(result: AnalysisResult) -> str:
    """Where the cost-to-serve figures come from, in words (always labelled)."""
    service = getattr(result, "service", None) or {}
    if service.get("cost_source") == "column":
        return _("from the service minutes in the file (customers without them: {label})").format(
            label=estimate_label(result))
    return estimate_label(result)


# ------------------------------------------------------------------------------------------
# Remembered per shop
# ------------------------------------------------------------------------------------------

#: The settings remembered per shop.
SHOP_KEYS = ("activity_minutes", "hourly_rate", "margin_pct", "category_margin_pct")


def shop_signature(result_or_columns: Any) -> str:
    """Return a stable id for the shop's export: its file name stem and its header set."""
    rep = getattr(result_or_columns, "report", None)  # an ImportResult
    if isinstance(result_or_columns, AnalysisResult):
        rep = result_or_columns.data.report
    if rep is not None:
        names = sorted(str(col.name).strip().lower() for col in rep.columns)
        stem = Path(rep.file or "").stem.lower()
    else:
        names, stem = sorted(str(x).strip().lower() for x in result_or_columns), ""
    return hashlib.sha1("\x1f".join([stem, *names]).encode("utf-8")).hexdigest()[:20]


def _shop_file(signature: str) -> Path:
    from desktopseg.core.appdirs import data_dir

    folder = data_dir() / "cost_to_serve"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{signature}.json"


def remember_shop(signature: str, settings: AnalysisSettings) -> Path:
    """Save the shop's minutes, hourly rate and margins; returns the file written."""
    path = _shop_file(signature)
    payload = {k: getattr(settings, k, None) for k in SHOP_KEYS}
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(payload, fh, ensure_ascii=False, indent=2)
    os.replace(tmp, path)
    return path


def recall_shop(signature: str) -> dict[str, Any]:
    """Return the shop's remembered settings ({} when none)."""
    try:
        data = json.loads(_shop_file(signature).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in data.items() if k in SHOP_KEYS and v is not None} \
        if isinstance(data, Mapping) else {}


# ------------------------------------------------------------------------------------------
# Labels for the workbook and the report (an estimate never appears unlabelled)
# ------------------------------------------------------------------------------------------

#: Customer columns that hold an estimate when the effort or the cost was estimated.
_ESTIMATED_WHEN = {"effort": "effort_kind", "cost_to_serve": "cost_source",
                   "profit_after_service": "cost_source", "cost_minutes": "cost_source"}


def labelled_headers(result: AnalysisResult, features: list[str],
                     titles: list[str]) -> list[str]:
    """Return column ``titles`` with "(estimated from activity)" on each estimated column."""
    service = getattr(result, "service", None) or {}
    suffix = _("estimated from activity")
    out = []
    for col, title in zip(features, titles, strict=True):
        kind = _ESTIMATED_WHEN.get(col)
        if kind and service.get(kind) == "estimated" and suffix not in title:
            title = _("{title} ({how})").format(title=title, how=suffix)
        out.append(title)
    return out


def service_summary_rows(result: AnalysisResult) -> list[list[str]]:
    """Rows for the workbook's summary: how cost to serve was worked out, with the minutes."""
    service = getattr(result, "service", None) or {}
    if not service:
        return []
    rows = [[_("Cost to serve"), cost_label(result)]]
    if "profit_after_service" not in result.customers:
        rows.append([_("Profit after service"),
                     _("not known: set a margin % (no cost in the data)")])
    else:
        rows.append([_("Profit after service"), _("margin minus cost to serve")])
    rows.append([_("Minutes per activity from"), _(SOURCE)])
    return rows


def effort_from(p: Any) -> str | None:
    """Where a segment's effort comes from, in words (the workbook's "Effort from")."""
    source = p.extra.get("effort_source")
    if p.avg_effort is None or source is None:
        return None
    return {"rating": _("your rating"), "estimated": _("estimated from activity"),
            "column": _("the file")}.get(source, source)
