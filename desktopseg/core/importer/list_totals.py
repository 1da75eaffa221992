"""Customer-list columns that add up to totals (issue 12).

Marketing and CRM exports state a customer's behaviour as columns rather than sales lines:
purchases per channel (``NumWebPurchases``, ``NumStorePurchases``...) add up to orders and say
the channel mix; ``Recency`` counts the days since the last purchase; ``Dt_Customer`` is the
date the customer joined. The original columns stay on the customer table under their own
names (``orders:<column>``, ``date_joined``, ``recency_days``) so other code can read them.
"""

from __future__ import annotations

import re

import pandas as pd

from desktopseg.core.i18n import _
from desktopseg.core.importer.roles import normalise
from desktopseg.core.importer.values import parse_dates, parse_numbers


def list_totals(frame, roles, raw, report, out, date_order, prefer) -> dict[str, pd.Series]:
    """Return the extra customer-table columns for channel counts, recency and join date."""
    extra: dict[str, pd.Series] = {}
    channels = [c for c, r in roles.items() if r == "channel_orders"]
    for c in channels:
        extra["orders:" + c] = parse_numbers(frame[c], raw.decimal_hint).values
    if channels and "order_count" not in out:
        counts = pd.DataFrame({c: extra["orders:" + c] for c in channels})
        extra["order_count"] = counts.sum(axis=1, min_count=1)
        report.add_problem(
            "info",
            _("Orders per customer are the sum of {cols}.").format(cols=", ".join(channels)),
        )
    if len(channels) > 1:
        extra.update(_channel_mix(pd.DataFrame({c: extra["orders:" + c] for c in channels})))
    joined = next((c for c, r in roles.items() if r == "date_joined"), None)
    ref = None
    if joined is not None:
        dp = parse_dates(frame[joined], date_order, prefer, raw.date1904)
        values = dp.values.where(dp.values.dt.year.between(1900, 2100))
        extra["date_joined"] = values.astype("datetime64[ns]")
        report.date_format = report.date_format or dp.format
        if values.notna().any():
            ref = values.max().normalize()
    recency = next((c for c, r in roles.items() if r == "recency_days"), None)
    if recency is not None:
        days = parse_numbers(frame[recency], raw.decimal_hint).values
        extra["recency_days"] = days
        if "last_purchase" not in out and days.notna().any():
            # Only the differences between customers matter to the buying-behaviour scores;
            # the dates are counted back from the latest date the list holds.
            ref = ref if ref is not None else pd.Timestamp.today().normalize()
            extra["last_purchase"] = (ref - pd.to_timedelta(days, unit="D")).astype(
                "datetime64[ns]"
            )
            report.add_problem(
                "info",
                _(
                    "'{col}' counts the days since each customer's last purchase; last-purchase "
                    "dates are counted back from {day}, the latest date in the list."
                ).format(col=recency, day=ref.date().isoformat()),
            )
    # A list with both SIC and NAICS codes keeps both: one is the industry code the sector
    # labels use, and each is kept under its own name.
    for c in frame.columns:
        system = _CODE_SYSTEM.match(normalise(c))
        if system:
            extra.setdefault(system.group(1) + "_code", frame[c].astype("string").str.strip())
    return extra


def _channel_name(header: str) -> str:
    """Return 'Web' for 'NumWebPurchases' (the channel a count column names)."""
    m = re.match(r"(?i)^num_?(.+?)_?purchases$", str(header).strip())
    return m.group(1).replace("_", " ").strip() if m else str(header)


def _channel_mix(counts: pd.DataFrame) -> dict[str, pd.Series]:
    """Share of purchases per channel, and the channel most purchases go through.

    The same rule as for sales lines (core/features.py CHANNEL_MAJORITY): one channel is the
    preferred one when it has 60% of the purchases, else the customer is "Mixed".
    """
    counts = counts.astype("float64").clip(lower=0)
    counts.columns = [_channel_name(c) for c in counts.columns]
    total = counts.sum(axis=1)
    share = counts.div(total.where(total > 0), axis=0)
    out: dict[str, pd.Series] = {"channel_share:" + c: share[c] for c in share.columns}
    top = share.fillna(-1).idxmax(axis=1)
    best = share.max(axis=1)
    out["preferred_channel"] = top.where(best >= 0.6, _("Mixed")).where(total > 0).astype("object")
    return out


_CODE_SYSTEM = re.compile(r"^(sic|naics)(?:code)?(?:\d{4})?$")
