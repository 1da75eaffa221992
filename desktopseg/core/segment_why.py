"""'Why this group': one rule line per segment, and the same words in each customer's reason.

The card's rule (``Persona.rule``) is the segment's defining trait in plain words
(core/segment_traits.py) followed by the ranges its customers actually have ("bought several
times before, but not for longer than usual: last purchase 95-210 days ago, 3-9 orders").
Each customer's reason in the drill-down starts with the same trait words.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from desktopseg.core.i18n import _, localize_number
from desktopseg.core.model import Segmentation, SegmentProfile
from desktopseg.core.segment_traits import Trait


def _range(v: np.ndarray) -> tuple[float, float] | None:
    v = v[~np.isnan(v)]
    return (float(v.min()), float(v.max())) if len(v) else None


def _span(lo: float, hi: float) -> str:
    a, b = localize_number(f"{lo:,.0f}"), localize_number(f"{hi:,.0f}")
    return a if a == b else f"{a}–{b}"


def rule_text(seg: Segmentation, p: SegmentProfile, trait: Trait,
              customers: pd.DataFrame | None = None) -> str:
    """Return the rule that defines ``p`` in ``seg`` in plain words ('' when none)."""
    head = _(trait.rule) if trait.rule else (p.description or "")
    if customers is None or not len(customers):
        return _capital(head)
    members = seg.labels.index[seg.labels.astype(str).to_numpy() == p.name]
    c = customers.reindex(members)
    bits = []
    if seg.scheme == "behavioral" and "recency_days" in c:
        r = _range(pd.to_numeric(c["recency_days"], errors="coerce").to_numpy(dtype=float))
        if r:
            bits.append(_("last purchase {days} days ago").format(days=_span(*r)))
        o = _range(pd.to_numeric(c.get("orders"), errors="coerce").to_numpy(dtype=float)) \
            if "orders" in c else None
        if o:
            bits.append(_("1 order") if o == (1.0, 1.0)
                        else _("{orders} orders").format(orders=_span(*o)))
    if not bits:
        return _capital(head)
    return _("{rule}: {ranges}").format(rule=_capital(head), ranges=", ".join(bits))


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def reasons_with_rule(seg: Segmentation, rules: dict[str, str]) -> None:
    """Start each customer's reason with its segment's trait words (``rules``: name -> words).

    Idempotent: a reason that already starts with the words is left alone.
    """
    if not rules or seg.reasons is None or not len(seg.reasons):
        return
    labels = seg.labels.astype(str)
    reasons = seg.reasons.astype(object).copy()
    for name, words in rules.items():
        if not words:
            continue
        mask = (labels == name).to_numpy()
        if not mask.any():
            continue
        prefix = _("{rule}. ").format(rule=_capital(words))
        old = reasons[mask].astype(str)
        reasons[mask] = np.where(old.str.startswith(prefix), old, prefix + old)
    seg.reasons = reasons
