"""The period rule and the rhythm rule of the buying-behaviour segments.

RFM recency scores are quintiles of the whole customer base: on their own they call a weekly
contractor five weeks out as "recent" as a once-a-year customer five weeks out, and on five days
of data somebody is always "Lost". Two rules correct the grid's names:

Period rule: when the data covers fewer than ``MIN_SPAN_DAYS`` (28) days, or fewer than
``MIN_SPAN_GAPS`` (2) times the typical (median) number of days between one customer's visits,
nobody can be called lapsed. Lapsed names (About to Sleep, At Risk, Can't Lose Them, Hibernating,
Lost) are replaced by the grid's R4 name for the customer's FM, and the scheme says why.

Rhythm rule: "overdue" means overdue against the customer's own rhythm *and* the base:
- a customer with a lapsed name who is not overdue (days since the last order below 1.5 times
  their own typical gap, or for one-time buyers below 1.5 times the typical gap of everyone)
  moves to the grid's R3 name (R4 where R3 is lapsed too);
- a customer with an active name, three or more orders and 3 times their own typical gap since
  the last order (and more than the typical gap of everyone) moves to the grid's R2 name.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from desktopseg.core.i18n import _
from desktopseg.core.segment_traits import LAPSED_SEGMENTS, MIN_SPAN_DAYS, MIN_SPAN_GAPS

#: Days since the last order / own typical gap from which a customer is overdue.
OVERDUE = 1.5
#: ... from which an active regular is moved to a lapsed name.
WELL_OVERDUE = 3.0


def _row(grid: dict, r: int, fm: np.ndarray) -> np.ndarray:
    cells = np.array(grid["cells"][str(r)], dtype=object)
    return cells[np.clip(fm.astype(int), 1, 5) - 1]


def adjust(customers: pd.DataFrame, english: np.ndarray, fm: np.ndarray, grid: dict,
           span_days: float | None) -> tuple[np.ndarray, np.ndarray, list[str], dict]:
    """Return (English names, extra reason per customer or '', notes, details) after the rules.

    ``english``: the grid's name per customer (English keys), ``fm``: FM on the grid's scale.
    """
    english = english.astype(object).copy()
    extra = np.full(len(english), "", dtype=object)
    notes: list[str] = []
    lapsed_names = set(LAPSED_SEGMENTS)
    lapsed = np.isin(english, list(lapsed_names))
    recency = customers["recency_days"].to_numpy(dtype=float)
    orders = customers["orders"].to_numpy(dtype=float)
    gap = (customers["interpurchase_days"].to_numpy(dtype=float)
           if "interpurchase_days" in customers else np.full(len(english), np.nan))
    known = gap[~np.isnan(gap)]
    typical = float(np.median(known)) if len(known) else None
    details = {"span_days": span_days, "typical_gap_days": typical, "min_span_days": MIN_SPAN_DAYS}
    short = span_days is not None and (
        span_days < MIN_SPAN_DAYS or (typical is not None and span_days < MIN_SPAN_GAPS * typical))
    details["too_short_for_lapsed"] = bool(short)
    if short:
        # "Needs Attention" (not bought for a while) can't be told on so short a period either.
        lapsed = lapsed | (english == "Needs Attention")
        if lapsed.any():
            english[lapsed] = _row(grid, 4, fm[lapsed])
            still = np.isin(english, list(lapsed_names))
            english[still] = _row(grid, 5, fm[still])
        gap_words = (_(", or under twice the typical {gap} days between one customer's "
                       "visits").format(gap=f"{typical:.0f}") if typical is not None else "")
        notes.append(_("The data covers only {days} days (under {min} days{gap}): too short to "
                       "tell who has stopped coming, so nobody is called At Risk, Can't Lose "
                       "Them, Hibernating, Lost or About to Sleep, and no rates per year are "
                       "given.").format(days=f"{span_days:.0f}", min=MIN_SPAN_DAYS,
                                        gap=gap_words))
        extra[lapsed] = _("too little data to call anyone lapsed")
        return english, extra, notes, details
    base = typical if typical is not None else 90.0
    usual = np.where(np.isnan(gap), base, gap).clip(min=1.0)
    ratio = recency / usual
    overdue = (ratio >= OVERDUE) & (recency >= OVERDUE * base)
    # Lapsed by the quintiles, but not overdue for them: not lapsed.
    calm = lapsed & ~overdue
    if calm.any():
        english[calm] = _row(grid, 3, fm[calm])
        still = calm & np.isin(english, list(lapsed_names))
        english[still] = _row(grid, 4, fm[still])
        extra[calm] = np.array([
            _("not overdue for them: usually every {gap} days").format(gap=f"{u:.0f}")
            for u in usual[calm]], dtype=object)
    # Active by the quintiles, but long overdue against their own rhythm: lapsed.
    late = ~lapsed & (orders >= 3) & (ratio >= WELL_OVERDUE) & (recency > base) & ~np.isnan(gap)
    if late.any():
        english[late] = _row(grid, 2, fm[late])
        extra[late] = np.array([
            _("overdue for them: usually every {gap} days, now {days}").format(
                gap=f"{u:.0f}", days=f"{d:.0f}") for u, d in zip(usual[late], recency[late],
                                                                 strict=True)], dtype=object)
    moved = int(calm.sum() + late.sum())
    if moved:
        notes.append(_("{n} customers were placed by their own buying rhythm as well as by "
                       "the recency score: 'overdue' means much longer than their usual gap "
                       "between orders.").format(n=moved))
    details["moved_by_rhythm"] = moved
    return english, extra, notes, details


def too_short(customers: pd.DataFrame) -> bool:
    """Whether the data covers too short a period to call anyone lapsed (the period rule)."""
    if "tenure_days" not in customers or not customers["tenure_days"].notna().any():
        return False
    span = float(customers["tenure_days"].max()) + 1
    gap = (customers["interpurchase_days"].dropna() if "interpurchase_days" in customers
           else pd.Series(dtype=float))
    typical = float(gap.median()) if len(gap) else None
    return span < MIN_SPAN_DAYS or (typical is not None and span < MIN_SPAN_GAPS * typical)
