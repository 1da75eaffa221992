"""Value tiers by cumulative share of margin (or revenue), loss-makers, effort quadrants."""

from __future__ import annotations

import numpy as np
import pandas as pd

from desktopseg.core.i18n import _, localize_number
from desktopseg.core.model import AnalysisSettings, Segmentation
from desktopseg.core.progress import Task
from desktopseg.core.segmentation.common import (
    distinct_texts,
    finish,
    format_rows,
    join_rows,
    money_texts,
    require_customers,
    take_rows,
    template_pieces,
    unavailable,
)
from desktopseg.core.service_advice import COSTLY_GROUP, costly_description, relabel_costly

#: Cumulative share of the positive total where "Top customers" and "Core" end.
TIER_SHARES = (0.80, 0.95)
#: At most this share of the customers with a positive value are "Top customers": where spending
#: is spread evenly (a list of yearly totals), the first 80% comes from most customers, and
#: calling 57% of them "top" says nothing. Then the top tier is the best third.
TOP_MAX_SHARE = 1 / 3


def tier_names() -> list[str]:
    """Tier names, best first."""
    return [_("Top customers"), _("Core"), _("Long tail"), _("Loss-making")]


def run(customers: pd.DataFrame, settings: AnalysisSettings, task: Task) -> Segmentation:
    """Tiers: the customers making the first 80% of margin, the next 15%, the rest, losses."""
    if "revenue" not in customers or customers["revenue"].isna().all():
        raise unavailable(_("Value tiers need sales amounts or spend per customer, and this "
                            "data has none."))
    require_customers(customers)
    by_margin = "margin" in customers and customers["margin"].notna().any()
    basis_col = "margin" if by_margin else "revenue"
    basis = customers[basis_col].astype(float).fillna(0.0)
    # Customers by position from here on: the customer keys are text, and selecting or
    # reordering by them took longer than the tiers themselves.
    by_pos = basis.reset_index(drop=True)
    basis_word = _("margin") if by_margin else _("revenue")
    top_name, core_name, tail_name, loss_name = tier_names()
    top_share, core_share = TIER_SHARES

    positive_total = float(by_pos[by_pos > 0].sum())
    if positive_total <= 0:
        raise unavailable(_("No customer has a positive {basis}, so there is no value to "
                            "rank.").format(basis=_("margin") if by_margin else _("revenue")))
    order = by_pos.sort_values(ascending=False, kind="mergesort")
    before = order.clip(lower=0).cumsum().shift(fill_value=0.0)
    # Equal values get the same tier: the one the first of them reaches.
    share_before = (before / positive_total).groupby(order.to_numpy()).transform("min")
    share_sorted = share_before.to_numpy()
    sorted_values = order.to_numpy()
    in_top = share_sorted < top_share
    n_positive = int((sorted_values > 0).sum())
    top_cap = max(1, int(np.ceil(TOP_MAX_SHARE * n_positive)))
    capped = bool(in_top.sum() > top_cap)
    if capped:  # equal values still share a tier: the cut falls after the last equal one
        in_top &= sorted_values >= sorted_values[top_cap - 1]
    tier = np.select([sorted_values < 0, in_top, share_sorted < core_share],
                     [loss_name, top_name, core_name], tail_name)
    top_brings = float(sorted_values[in_top].sum()) / positive_total
    core_brings = float(sorted_values[tier == core_name].sum()) / positive_total
    back = np.empty(len(order), dtype=np.intp)  # sorted position of each customer
    back[order.index.to_numpy()] = np.arange(len(order))
    labels = pd.Series(tier[back], index=customers.index, dtype=object)
    labels = relabel_costly(labels, customers, loss_name)  # profit after service below zero
    share_before = share_sorted[back]
    task.report(0.4)

    effort_q = customers.get("effort_quadrant")
    ltv = customers.get("ltv")
    lost_t = _("Lost {amount} in {basis}")
    gain_t = _("{basis} {amount} ({own} of the total); with the customers who bring "
               "more, {cum:.0f}%")
    word_cap = basis_word.capitalize()

    def pct(x: float) -> str:
        return localize_number("<0.1%" if 0 < x < 0.001 else f"{100 * x:.1f}%")

    # Filled a distinct value at a time and joined once per customer (common.template_pieces):
    # one str.format per customer and piece took most of this scheme's time.
    v = basis.to_numpy()
    own = v / positive_total
    tiers = labels.to_numpy()
    tail: list = []
    if ltv is not None:
        tail += template_pieces(_("; estimated lifetime value {v}"),
                                v=money_texts(ltv.to_numpy()))
    if effort_q is not None:
        q = effort_q.to_numpy(dtype=object)
        shown = np.array([not (x is None or x != x) for x in q.tolist()], dtype=bool)
        eff = np.full(len(q), "", dtype=object)
        if shown.any():
            eff[shown] = format_rows(_("; effort {e:.1f}/10: {q}"),
                                     e=customers["effort"].to_numpy()[shown], q=q[shown])
        tail.append(eff)
    pas = customers.get("profit_after_service")
    if pas is not None:
        tail += template_pieces(_("; after the cost of serving them {v}"),
                                v=money_texts(pas.fillna(0.0).to_numpy()))
    texts = np.empty(len(v), dtype=object)
    lost = v < 0
    for rows in (lost, ~lost):
        if not rows.any():
            continue
        if rows is lost:
            head = template_pieces(lost_t, amount=money_texts(-v[rows]), basis=basis_word)
        else:
            head = template_pieces(gain_t, basis=word_cap, amount=money_texts(v[rows]),
                                   own=distinct_texts(pct, own[rows]),
                                   cum=100 * (share_before[rows] + own[rows]))
        texts[rows] = join_rows(*head, *template_pieces(": {tier}", tier=tiers[rows]),
                                *take_rows(tail, rows))
    reasons = pd.Series(texts, index=customers.index, dtype=object)
    task.report(0.7)

    costly = (basis < 0) | (labels == _(COSTLY_GROUP))
    if effort_q is not None:
        costly |= effort_q == _("reprice or let go")
    details = {
        "basis": basis_col,
        "tier_shares": {"top": top_share, "core": core_share},
        "top_capped": capped,
        "positive_total": positive_total,
        "cost_more_than_they_bring": [str(k) for k in customers.index[costly.to_numpy()]],
        "ltv_formula": _("yearly value x expected years x chance still active (see the "
                         "customer features)"),
        "ltv_expected_years": customers.attrs.get("ltv_expected_years"),
    }
    if effort_q is not None:
        details["effort_quadrants"] = effort_q.value_counts().to_dict()
    notes = []
    if not by_margin:
        notes.append(_("No cost or margin is known, so tiers are by revenue. Set a margin % "
                       "to see margin."))
    top_text = (_("The best third of customers by {basis}; together they bring {pct:.0f}% of "
                  "it. Spending is spread evenly here, so the first 80% comes from more than "
                  "a third of the customers.") if capped
                else _("The customers who bring the first {pct:.0f}% of {basis}."))
    descriptions = {
        top_name: top_text.format(pct=100 * (top_brings if capped else top_share),
                                  basis=basis_word),
        core_name: _("The customers who bring the next {pct:.0f}%.").format(
            pct=100 * (core_brings if capped else core_share - top_share)),
        tail_name: _("Many small customers who bring the last {pct:.0f}%.").format(
            pct=100 * (1 - core_share)),
        loss_name: _("Customers who cost more than they bring (negative {basis}).").format(
            basis=basis_word),
        _(COSTLY_GROUP): costly_description(),
    }
    seg = finish("value", _("Customer value"), customers, labels, reasons, settings,
                 order=[*tier_names()[:3], _(COSTLY_GROUP), loss_name],
                 descriptions=descriptions, details=details, notes=notes,
                 fold=False)
    codes, present = pd.factorize(seg.labels.to_numpy(dtype=object))
    members = {name: np.flatnonzero(codes == i) for i, name in enumerate(present)}
    none = np.empty(0, dtype=np.intp)
    if ltv is not None:
        ltv_pos = ltv.reset_index(drop=True)
        for p in seg.segments:
            p.extra["avg_ltv"] = float(ltv_pos.iloc[members.get(p.name, none)].mean())
    if effort_q is not None:
        med_effort = customers["effort"].median()
        quadrants = effort_q.reset_index(drop=True)
        for p in seg.segments:
            rows = members.get(p.name, none)
            p.extra["effort_quadrants"] = quadrants.iloc[rows].value_counts().to_dict()
            p.extra["cost_more_than_they_bring"] = int(costly.to_numpy()[rows].sum())
            if p.avg_effort is not None:
                per_customer = by_pos.iloc[rows].mean()
                high_value = per_customer > basis.median() and per_customer > 0
                high_effort = p.avg_effort > med_effort
                p.extra["effort_quadrant"] = (
                    (_("worth the effort") if high_effort else _("stars")) if high_value
                    else (_("reprice or let go") if high_effort else _("low-touch")))
    return seg
