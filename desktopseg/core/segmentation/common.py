"""What every scheme shares: folding tiny buckets, segment profiles, bucket-count checks."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from desktopseg.core.i18n import _, localize_number
from desktopseg.core.model import AnalysisSettings, Segmentation, SegmentProfile

#: Fewer customers than this and no scheme can say anything useful.
MIN_CUSTOMERS = 3


def unavailable(reason: str):
    """Return the SchemeUnavailable to raise (imported late: pipeline imports us lazily)."""
    from desktopseg.core.pipeline import SchemeUnavailable

    return SchemeUnavailable(reason)


def require_customers(customers: pd.DataFrame, minimum: int = MIN_CUSTOMERS) -> None:
    """Raise SchemeUnavailable when there are too few customers to form segments."""
    n = len(customers)
    if n < minimum:
        raise unavailable(
            _("Only {n} customer(s) in the data: segments need at least {m}.").format(
                n=n, m=minimum))


def money(x: float | None) -> str:
    """Format an amount the way reasons show it."""
    if x is None or x != x:
        return "-"
    return localize_number(f"{x:,.2f}")


def other_name() -> str:
    """Return the name of the bucket small segments fold into."""
    return _("Other")


def fold_small(labels: pd.Series, reasons: pd.Series, settings: AnalysisSettings,
               order: Sequence[str] | None = None) -> tuple[pd.Series, pd.Series, list[str]]:
    """Fold buckets below settings.min_segment_share (and beyond max_segments) into "Other"."""
    n = len(labels)
    counts = labels.value_counts()
    small = [s for s, c in counts.items() if c / n < settings.min_segment_share]
    keep = [s for s in counts.index if s not in small]
    limit = max(2, int(settings.max_segments))
    if len(keep) + (1 if small else 0) > limit:
        # Keep the biggest buckets; the rest join "Other".
        keep_sorted = sorted(keep, key=lambda s: (-counts[s], str(s)))
        small += keep_sorted[limit - 1:]
        keep = keep_sorted[: limit - 1]
    notes: list[str] = []
    if len(small) < 2:
        # One small group keeps its own name: "Other" would say less about the same customers.
        return labels, reasons, notes
    folded = labels.isin(small)
    other = other_name()
    reasons = reasons.copy()
    reasons[folded] = [
        _("{reason} (grouped into '{other}': only {count} customers in '{name}')").format(
            reason=r, other=other, count=int(counts[lab]), name=lab)
        for r, lab in zip(reasons[folded], labels[folded], strict=True)
    ]
    labels = labels.where(~folded, other)
    notes.append(_("{k} small groups ({names}) with {n} customers in all are shown together as "
                   "'{other}'.").format(k=len(small), names=", ".join(map(str, small)),
                                        n=int(folded.sum()), other=other))
    return labels, reasons, notes


def _sum(col: pd.Series | None, mask: np.ndarray) -> float | None:
    if col is None:
        return None
    return float(np.nansum(col.to_numpy(dtype=float)[mask]))


def _mean(col: pd.Series | None, mask: np.ndarray) -> float | None:
    """Mean of the known values under ``mask`` (None when there are none; no numpy warning)."""
    if col is None:
        return None
    v = col.to_numpy(dtype=float)[mask]
    v = v[np.isfinite(v)]
    return float(v.mean()) if len(v) else None


def profiles(customers: pd.DataFrame, labels: pd.Series, order: Sequence[str] | None = None,
             descriptions: Mapping[str, str] | None = None) -> list[SegmentProfile]:
    """One SegmentProfile per label present, in ``order`` (then by size), "Other" last."""
    n = len(customers)
    lab = labels.reindex(customers.index).to_numpy(dtype=object)
    revenue = customers.get("revenue")
    margin = customers.get("margin")
    orders = customers.get("orders")
    opy = customers.get("orders_per_year")
    effort = customers.get("effort")
    total_rev = _sum(revenue, np.ones(n, bool)) or 0.0
    total_margin = _sum(margin, np.ones(n, bool))
    present = pd.Series(lab).value_counts()
    rank = {name: i for i, name in enumerate(order or [])}
    other = other_name()
    names = sorted(present.index, key=lambda s: (s == other, rank.get(s, len(rank)),
                                                 -present[s], str(s)))
    out = []
    for name in names:
        mask = lab == name
        count = int(mask.sum())
        rev = _sum(revenue, mask) or 0.0
        mar = _sum(margin, mask)
        n_orders = _sum(orders, mask)
        avg_order = rev / n_orders if n_orders else None
        out.append(SegmentProfile(
            name=str(name),
            customers=count,
            share=count / n if n else 0.0,
            revenue=rev,
            revenue_share=rev / total_rev if total_rev else 0.0,
            margin=mar,
            margin_share=(mar / total_margin) if mar is not None and total_margin else None,
            avg_order=avg_order,
            orders_per_year=_mean(opy, mask),
            avg_effort=_mean(effort, mask),
            description=(descriptions or {}).get(name, ""),
        ))
    return out


def finish(scheme: str, title: str, customers: pd.DataFrame, labels: pd.Series,
           reasons: pd.Series, settings: AnalysisSettings, *, order: Sequence[str] | None = None,
           descriptions: Mapping[str, str] | None = None, details: dict | None = None,
           notes: list[str] | None = None, fold: bool = True) -> Segmentation:
    """Fold tiny buckets, build profiles and the bucket-count notes: the end of every scheme."""
    notes = list(notes or [])
    labels = labels.reindex(customers.index).astype(object)
    reasons = reasons.reindex(customers.index).astype(object)
    if fold:
        labels, reasons, fold_notes = fold_small(labels, reasons, settings, order)
        notes += fold_notes
    descriptions = dict(descriptions or {})
    if other_name() in set(labels) and other_name() not in descriptions:
        descriptions[other_name()] = _("Small groups shown together.")
    segs = profiles(customers, labels, order, descriptions)
    if len(segs) < 2:
        notes.append(_("All {n} customers fall into one group: the data can't support two or "
                       "more segments for this analysis.").format(n=len(customers)))
    return Segmentation(scheme=scheme, title=title, labels=labels, reasons=reasons,
                        segments=segs, details=details or {}, notes=notes)
