"""'Why this group': one rule line per segment, and the same words in each customer's reason.

The card's rule (``Persona.rule``) is the segment's defining trait in plain words
(core/segment_traits.py) followed by the ranges its customers actually have ("bought several
times before, but not for longer than usual: last purchase 95-210 days ago, 3-9 orders").
Each customer's reason in the drill-down starts with the same trait words.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from desktopseg.core.i18n import _, localize_number
from desktopseg.core.model import Segmentation, SegmentProfile
from desktopseg.core.rule_words import (
    Shop,
    customers_fit,
    group_fits,
    share_fits,
    shop_figures,
)
from desktopseg.core.segment_traits import Trait, trait_of


def _range(v: np.ndarray) -> tuple[float, float] | None:
    v = v[~np.isnan(v)]
    return (float(v.min()), float(v.max())) if len(v) else None


def _span(lo: float, hi: float) -> str:
    a, b = localize_number(f"{lo:,.0f}"), localize_number(f"{hi:,.0f}")
    return a if a == b else f"{a}–{b}"


def rule_text(seg: Segmentation, p: SegmentProfile, trait: Trait,
              customers: pd.DataFrame | None = None) -> str:
    """Return the rule that defines ``p`` in ``seg`` in plain words ('' when none).

    The trait's words are used only when the group's typical customer fits them
    (core/rule_words.py); else the group's numbers are shown next to the typical customer's.
    A figure's range is shown when every customer fits the words, else its typical value.
    """
    head = _(trait.rule) if trait.rule else (p.description or "")
    if trait.rule and p.description and not share_fits(trait.says, p):
        head = p.description  # the scheme's own words, written from the real shares
    if customers is None or not len(customers):
        return _capital(head)
    members = seg.labels.index[seg.labels.astype(str).to_numpy() == p.name]
    c = customers.reindex(members)
    bits = []
    if seg.scheme == "behavioral" and "recency_days" in c:
        says = trait.says if trait.rule else ()
        shop = shop_figures(customers, seg.labels, seg.scheme)
        if says and len(c) and not group_fits(says, c, shop):
            return _compared(c, shop, says)
        recency = _numbers(c, "recency_days")
        orders = _numbers(c, "orders") if "orders" in c else None
        o = _range(orders) if orders is not None else None
        refunds_only = o == (0.0, 0.0)
        r = _range(recency)
        if r:
            if refunds_only:
                bits.append(_("last seen {days} days ago").format(days=_span(*r)))
            elif customers_fit(says, c, shop, ("recency_days",)).all():
                bits.append(_("last purchase {days} days ago").format(days=_span(*r)))
            else:
                bits.append(_("last purchase typically {days} days ago").format(
                    days=_whole(np.nanmedian(recency))))
        if o:
            if refunds_only:
                bits.append(_("no orders"))
            elif not customers_fit(says, c, shop, ("orders",)).all():
                bits.append(_orders_typically(float(np.nanmedian(orders))))
            else:
                bits.append(_("1 order") if o == (1.0, 1.0)
                            else _("{orders} orders").format(orders=_span(*o)))
    if not bits:
        return _capital(head)
    return _("{rule}: {ranges}").format(rule=_capital(head).rstrip(".。"),
                                        ranges=", ".join(bits))


def _numbers(c: pd.DataFrame, col: str) -> np.ndarray:
    return pd.to_numeric(c[col], errors="coerce").to_numpy(dtype=float)


def _whole(x: float) -> str:
    return localize_number(f"{math.floor(x + 0.5):,d}")


def _orders_typically(n: float) -> str:
    if math.floor(n + 0.5) == 1:
        return _("typically 1 order")
    return _("typically {orders} orders").format(orders=_whole(n))


def _compared(c: pd.DataFrame, shop: Shop, says: tuple[str, ...]) -> str:
    """Return the group's typical figures next to the typical customer's, in plain words."""
    from desktopseg.core.personas import fmt_money

    facts = []
    if shop.recency is not None and "recency_days" in c:
        days = np.nanmedian(_numbers(c, "recency_days"))
        facts.append(_("last purchase {days} days ago (typical customer: {shop} days ago)").format(
            days=_whole(days), shop=_whole(shop.recency)))
    if shop.orders is not None and "orders" in c:
        n = np.nanmedian(_numbers(c, "orders"))
        facts.append(_("{orders} (typical customer: {shop})").format(
            orders=_orders(n), shop=_orders(shop.orders)))
    if shop.revenue is not None and "revenue" in c and {"most", "little"} & set(says):
        spent = np.nanmedian(_numbers(c, "revenue"))
        facts.append(_("spent {amount} (typical customer: {shop})").format(
            amount=fmt_money(spent), shop=fmt_money(shop.revenue)))
    return _("Compared with your typical customer: {facts}").format(facts=", ".join(facts))


def _orders(n: float) -> str:
    if math.floor(n + 0.5) == 1:
        return _("1 order")
    return _("{orders} orders").format(orders=_whole(n))


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def reasons_with_rule(seg: Segmentation, rules: dict[str, str],
                      customers: pd.DataFrame | None = None) -> None:
    """Start each customer's reason with its segment's trait words (``rules``: name -> words).

    With ``customers``, the words go only to the customers whose own numbers fit them, in
    groups whose card uses them (core/rule_words.py). Idempotent: a reason that already starts
    with the words is left alone.
    """
    if not rules or seg.reasons is None or not len(seg.reasons):
        return
    labels = seg.labels.astype(str)
    reasons = seg.reasons.astype(object).copy()
    shop = None
    for name, words in rules.items():
        if not words:
            continue
        mask = (labels == name).to_numpy().copy()
        if not mask.any():
            continue
        says = trait_of(seg.scheme, name).says
        if not share_fits(says, seg.segment(name)):
            continue
        if customers is not None and says:
            shop = shop or shop_figures(customers, seg.labels, seg.scheme)
            c = customers.reindex(labels.index[mask])
            if not group_fits(says, c, shop):
                continue
            mask[mask] = customers_fit(says, c, shop)
        prefix = _("{rule}. ").format(rule=_capital(words))
        old = reasons[mask].astype(str)
        reasons[mask] = np.where(old.str.startswith(prefix), old, prefix + old)
    seg.reasons = reasons
