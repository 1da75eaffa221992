"""Whether the words of a group's 'why' line are true of its customers' own numbers.

The buying-behaviour scores are ranks within one shop, so "bought fairly recently" can stand for
a last purchase 263 days ago when most customers are seasonal, and "bought often" for a group
whose typical customer bought once. A shop owner reads those words in days and orders, so each
word is checked against the numbers before it is shown (see docs/persona_truth.md, "The words
rule"):

- ``recent30`` / ``recent60`` / ``recent90``: the last purchase was at most 30 / 60 / 90 days
  ago ("very recently" / "recently" / "fairly recently");
- ``longer``: the last purchase was at least as long ago as the typical (median) customer's,
  or the customer is past their own usual gap ("not for longer than usual", "long ago");
- ``often``: two orders or more, and more than the typical customer;
- ``fewer``: fewer orders than the typical regular (the Champions and Loyal groups);
- ``seldom``: no more orders than the typical customer;
- ``most`` / ``little``: spent at least / at most what the typical customer spent;
- ``share80`` / ``share15`` / ``share5``: the group brings 80 / 15 / 5 % of the margin (of
  the revenue when no cost is known), give or take :data:`SHARE_SLACK` points. Where spending is
  spread evenly the top third of customers may bring only 59 %: the value scheme's own
  description, written from the real shares, is shown instead.

A group's words are used when its typical (median) customer fits every one of them; the range
of a figure is shown when every customer fits, else the typical value. A group whose typical
customer does not fit is described by its numbers next to the typical customer's instead.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from desktopseg.core.segment_traits import english_name

#: Days since the last purchase that the recency words allow.
RECENT_DAYS = {"recent30": 30.0, "recent60": 60.0, "recent90": 90.0}

#: Shares of the total that the value words claim, in percent.
SHARES = {"share80": 80.0, "share15": 15.0, "share5": 5.0}
#: How far (percentage points) a group's real share may be from the share its words claim.
SHARE_SLACK = 2.5

#: Segments whose customers are the shop's regulars, for ``fewer``.
REGULAR_SEGMENTS = ("Champions", "Loyal")

#: The column each word is about.
COLUMN = {"recent30": "recency_days", "recent60": "recency_days", "recent90": "recency_days",
          "longer": "recency_days", "often": "orders", "fewer": "orders", "seldom": "orders",
          "most": "revenue", "little": "revenue"}


@dataclass(frozen=True)
class Shop:
    """The typical (median) customer of the whole shop, and of its regulars."""

    recency: float | None
    orders: float | None
    revenue: float | None
    regular_orders: float | None


def _median(s: pd.Series | None) -> float | None:
    if s is None:
        return None
    s = pd.to_numeric(s, errors="coerce").dropna()
    return float(s.median()) if len(s) else None


def shop_figures(customers: pd.DataFrame, labels: pd.Series | None = None,
                 scheme: str = "behavioral") -> Shop:
    """Return the shop's typical customer; regulars: ``labels`` in :data:`REGULAR_SEGMENTS`."""
    regular = None
    if labels is not None and "orders" in customers:
        names = labels.astype(str).map(lambda n: english_name(scheme, n))
        members = names.index[names.isin(REGULAR_SEGMENTS).to_numpy()]
        regular = _median(customers["orders"].reindex(members))
    return Shop(
        recency=_median(customers.get("recency_days")),
        orders=_median(customers.get("orders")),
        revenue=_median(customers.get("revenue")),
        regular_orders=regular,
    )


def fits(word: str, values: np.ndarray, shop: Shop,
         overdue_ratio: np.ndarray | None = None) -> np.ndarray:
    """For each value, whether ``word`` is true of it (unknown words and figures: True)."""
    v = np.asarray(values, dtype=float)
    ok = np.ones(len(v), dtype=bool)
    known = ~np.isnan(v)
    if word in RECENT_DAYS:
        ok = v <= RECENT_DAYS[word]
    elif word == "longer" and shop.recency is not None:
        ok = v >= shop.recency
        if overdue_ratio is not None:
            ok |= np.asarray(overdue_ratio, dtype=float) >= 1.0
    elif word == "often" and shop.orders is not None:
        ok = (v >= 2) & (v > shop.orders)
    elif word == "fewer" and shop.regular_orders is not None:
        ok = v < shop.regular_orders
    elif word == "seldom" and shop.orders is not None:
        ok = v <= shop.orders
    elif word == "most" and shop.revenue is not None:
        ok = v >= shop.revenue
    elif word == "little" and shop.revenue is not None:
        ok = v <= shop.revenue
    return ok | ~known


def _column(c: pd.DataFrame, col: str) -> np.ndarray | None:
    if col not in c:
        return None
    return pd.to_numeric(c[col], errors="coerce").to_numpy(dtype=float)


def group_fits(words: tuple[str, ...], c: pd.DataFrame, shop: Shop) -> bool:
    """Whether the group's typical (median) customer fits every word."""
    for w in words:
        v = _column(c, COLUMN.get(w, ""))
        if v is None or not (~np.isnan(v)).any():
            continue
        typical = np.array([np.nanmedian(v)])
        ratio = _column(c, "overdue_ratio")
        r = None if ratio is None or np.isnan(ratio).all() else np.array([np.nanmedian(ratio)])
        if not fits(w, typical, shop, r)[0]:
            return False
    return True


def customers_fit(words: tuple[str, ...], c: pd.DataFrame, shop: Shop,
                  columns: tuple[str, ...] | None = None) -> np.ndarray:
    """For each customer of ``c``, whether they fit every word (about ``columns`` only)."""
    ok = np.ones(len(c), dtype=bool)
    ratio = _column(c, "overdue_ratio")
    for w in words:
        col = COLUMN.get(w, "")
        if columns is not None and col not in columns:
            continue
        v = _column(c, col)
        if v is not None:
            ok &= fits(w, v, shop, ratio)
    return ok


def share_fits(words: tuple[str, ...], profile) -> bool:
    """Whether the group's share of the margin (else revenue) is the share its words claim."""
    claimed = [SHARES[w] for w in words if w in SHARES]
    if not claimed or profile is None:
        return True
    share = profile.margin_share if profile.margin_share is not None else profile.revenue_share
    if share is None or share != share:
        return True
    return all(abs(share * 100 - c) <= SHARE_SLACK for c in claimed)
