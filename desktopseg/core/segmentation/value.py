"""Value tiers by cumulative share of margin (or revenue), loss-makers, effort quadrants."""

from __future__ import annotations

import numpy as np
import pandas as pd

from desktopseg.core.i18n import _, localize_number
from desktopseg.core.model import AnalysisSettings, Segmentation
from desktopseg.core.progress import Task
from desktopseg.core.segmentation.common import finish, money, require_customers, unavailable

#: Cumulative share of the positive total where "Top customers" and "Core" end.
TIER_SHARES = (0.80, 0.95)


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
    basis_word = _("margin") if by_margin else _("revenue")
    top_name, core_name, tail_name, loss_name = tier_names()
    top_share, core_share = TIER_SHARES

    positive_total = float(basis[basis > 0].sum())
    if positive_total <= 0:
        raise unavailable(_("No customer has a positive {basis}, so there is no value to "
                            "rank.").format(basis=_("margin") if by_margin else _("revenue")))
    order = basis.sort_values(ascending=False, kind="mergesort")
    before = order.clip(lower=0).cumsum().shift(fill_value=0.0)
    # Equal values get the same tier: the one the first of them reaches.
    share_before = (before / positive_total).groupby(order.to_numpy()).transform("min")
    tier = np.select([order < 0, share_before < top_share, share_before < core_share],
                     [loss_name, top_name, core_name], tail_name)
    labels = pd.Series(tier, index=order.index, dtype=object).reindex(customers.index)
    share_before = share_before.reindex(customers.index)
    task.report(0.4)

    effort_q = customers.get("effort_quadrant")
    ltv = customers.get("ltv")
    lost_t = _("Lost {amount} in {basis}")
    gain_t = _("{basis} {amount} ({own} of the total); with the customers who bring "
               "more, {cum:.0f}%")
    word_cap = basis_word.capitalize()

    def pct(x: float) -> str:
        return localize_number("<0.1%" if 0 < x < 0.001 else f"{100 * x:.1f}%")

    parts = [
        lost_t.format(amount=money(-v), basis=basis_word) if v < 0
        else gain_t.format(basis=word_cap, amount=money(v), own=pct(v / positive_total),
                           cum=100 * (sb + v / positive_total))
        for v, sb in zip(basis.to_numpy(), share_before.to_numpy(), strict=True)
    ]
    texts = [p + " -> " + lab for p, lab in zip(parts, labels.to_numpy(), strict=True)]
    if ltv is not None:
        ltv_t = _("; estimated lifetime value {v}")
        texts = [t + ltv_t.format(v=money(v)) for t, v in zip(texts, ltv.to_numpy(),
                                                               strict=True)]
    if effort_q is not None:
        eff_t = _("; effort {e:.1f}/10: {q}")
        texts = [t if q is None or q != q else t + eff_t.format(e=e, q=q)
                 for t, e, q in zip(texts, customers["effort"].to_numpy(),
                                    effort_q.to_numpy(dtype=object), strict=True)]
    reasons = pd.Series(texts, index=customers.index, dtype=object)
    task.report(0.7)

    costly = basis < 0
    if effort_q is not None:
        costly |= effort_q == _("reprice or let go")
    details = {
        "basis": basis_col,
        "tier_shares": {"top": top_share, "core": core_share},
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
    descriptions = {
        top_name: _("The customers who bring the first {pct:.0f}% of {basis}.").format(
            pct=100 * top_share, basis=basis_word),
        core_name: _("The customers who bring the next {pct:.0f}%.").format(
            pct=100 * (core_share - top_share)),
        tail_name: _("Many small customers who bring the last {pct:.0f}%.").format(
            pct=100 * (1 - core_share)),
        loss_name: _("Customers who cost more than they bring (negative {basis}).").format(
            basis=basis_word),
    }
    seg = finish("value", _("Customer value"), customers, labels, reasons, settings,
                 order=tier_names(), descriptions=descriptions, details=details, notes=notes,
                 fold=False)
    if ltv is not None:
        for p in seg.segments:
            p.extra["avg_ltv"] = float(ltv[(seg.labels == p.name).to_numpy()].mean())
    if effort_q is not None:
        med_effort = customers["effort"].median()
        for p in seg.segments:
            members = (seg.labels == p.name).to_numpy()
            p.extra["effort_quadrants"] = effort_q[members].value_counts().to_dict()
            p.extra["cost_more_than_they_bring"] = int(costly.to_numpy()[members].sum())
            if p.avg_effort is not None:
                per_customer = basis[members].mean()
                high_value = per_customer > basis.median() and per_customer > 0
                high_effort = p.avg_effort > med_effort
                p.extra["effort_quadrant"] = (
                    (_("worth the effort") if high_effort else _("stars")) if high_value
                    else (_("reprice or let go") if high_effort else _("low-touch")))
    return seg
