"""Advice that weighs the cost to serve (issue 14).

Runs after the persona cards are written (``weigh_service_cost`` in core/pipeline.py):

- the owner's own effort rating (1-10) per segment replaces the measured or estimated average,
  labelled "your rating" (a per-customer effort column in the file still wins);
- every segment gets its cost to serve and profit after service (margin minus cost to serve);
- no card recommends rewarding a group whose profit after service is thin or negative without
  saying that its service must be repriced first;
- a segment that mixes profitable and costly customers says how many of each;
- the value scheme's "Cost more than they bring" group gets its own card: reprice, charge for
  the service, set a minimum order, or let go.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from desktopseg.core.i18n import N_, _, localize_number
from desktopseg.core.model import AnalysisResult, Segmentation, SegmentProfile
from desktopseg.core.plural import plural

#: The value group of customers whose margin does not pay for the staff time they take.
COSTLY_GROUP = N_("Cost more than they bring")

#: The new segment's defining trait and card wording, for the segment-traits table (issue 13):
#: the lead merges this into core/segment_traits.TRAITS.
COSTLY_TRAIT = {
    "segment": COSTLY_GROUP,
    "trait": N_("Their margin does not pay for the staff time they take (profit after service "
                "below zero)."),
    "tagline": N_("Takes more time than their margin pays for"),
    "actions": (
        N_("Reprice: put their prices up to a level that pays for the time they take."),
        N_("Charge for the service: a delivery fee, a phone-order fee, and a minimum order "
           "for free delivery."),
        N_("If they won't pay for the service, let them go politely: stop the extra "
           "trips and calls."),
    ),
}

#: Profit after service below this share of the margin counts as thin.
THIN_SHARE = 0.2

#: Share of costly customers from which a segment's rewards go to the profitable ones only.
MIXED_SHARE = 0.1

#: Actions that reward or court a group: they need a repricing first when service eats the
#: margin (keys of personas.ACTIONS).
REWARD_ACTIONS = ("vip", "loyalty", "upsell", "stop_discounting")


def costly_customers(customers: pd.DataFrame) -> pd.Series:
    """Mark customers whose positive margin their cost to serve more than eats."""
    if "profit_after_service" not in customers or "margin" not in customers:
        return pd.Series(False, index=customers.index)
    pas = customers["profit_after_service"]
    return (pas < 0) & (customers["margin"] >= 0)


def relabel_costly(labels: pd.Series, customers: pd.DataFrame,
                   loss_name: str) -> pd.Series:
    """Move the customers who cost more than they bring into their own value group."""
    costly = costly_customers(customers).reindex(labels.index, fill_value=False).to_numpy()
    if not costly.any():
        return labels
    out = labels.copy()
    keep = out.to_numpy(dtype=object) == loss_name  # a negative margin stays loss-making
    out[costly & ~keep] = _(COSTLY_GROUP)
    return out


def costly_description() -> str:
    """Return the one-line description of the group."""
    return _(COSTLY_TRAIT["trait"])


def apply_ratings(seg: Segmentation, result: AnalysisResult) -> None:
    """Put the owner's effort ratings on the segments; remember what was measured."""
    ratings = ((result.settings.effort_ratings or {}).get(seg.scheme) or {})
    kind = (result.service or {}).get("effort_kind")
    for p in seg.segments:
        if "effort_measured" not in p.extra:
            p.extra["effort_measured"] = p.avg_effort
        measured = p.extra["effort_measured"]
        rating = ratings.get(p.name)
        p.extra["effort_rating"] = None if rating is None else float(rating)
        if kind == "column" or rating is None:  # a per-customer column still wins
            p.avg_effort = measured
            p.extra["effort_source"] = kind if measured is not None else None
        else:
            p.avg_effort = float(min(max(float(rating), 1.0), 10.0))
            p.extra["effort_source"] = "rating"


def effort_words(p: SegmentProfile, result: AnalysisResult) -> str:
    """Return the effort as shown: "6.0 / 10 (your rating)", "(estimated from activity)"."""
    if p.avg_effort is None:
        return ""
    value = _("{effort} / 10").format(effort=localize_number(f"{p.avg_effort:.1f}"))
    source = p.extra.get("effort_source")
    if source == "rating":
        return _("{value} (your rating)").format(value=value)
    if source == "estimated":
        return _("{value} (estimated from activity)").format(value=value)
    return value


def _money(x: float) -> str:
    from desktopseg.core.currency import current, format_money

    return format_money(localize_number(f"{x:,.0f}"), current())


def _rows_of(seg: Segmentation, customers: pd.DataFrame) -> dict[str, np.ndarray]:
    labels = seg.labels.reindex(customers.index).to_numpy(dtype=object)
    codes, uniques = pd.factorize(labels)
    return {str(name): np.flatnonzero(codes == i) for i, name in enumerate(uniques)}


def weigh_service_cost(seg: Segmentation, result: AnalysisResult) -> None:
    """Add cost to serve and profit after service to each segment and let them shape the card."""
    from desktopseg.core.personas import ACTIONS

    apply_ratings(seg, result)
    c = result.customers
    if "cost_to_serve" not in c:
        _refresh_effort_figure(seg, result)
        return
    rows_of = _rows_of(seg, c)
    cost = c["cost_to_serve"].to_numpy(dtype=float)
    minutes = c["cost_minutes"].to_numpy(dtype=float)
    pas = (c["profit_after_service"].to_numpy(dtype=float)
           if "profit_after_service" in c else None)
    margin = c["margin"].to_numpy(dtype=float) if "margin" in c else None
    costly_all = costly_customers(c).to_numpy() | ((pas < 0) if pas is not None else False)
    reward_texts = {_(ACTIONS[k]) for k in REWARD_ACTIONS}
    costly_name = _(COSTLY_GROUP)
    for p in seg.segments:
        rows = rows_of.get(p.name, np.empty(0, dtype=np.intp))
        p.extra["cost_to_serve"] = float(np.nansum(cost[rows]))
        p.extra["service_minutes"] = float(np.nansum(minutes[rows]))
        if pas is None or margin is None:
            p.extra["profit_after_service"] = None
            continue
        seg_pas = float(np.nansum(pas[rows]))
        seg_margin = float(np.nansum(margin[rows]))
        n_costly = int(costly_all[rows].sum())
        n_profitable = int((pas[rows] >= 0).sum())
        p.extra.update(profit_after_service=seg_pas, costly_customers=n_costly,
                       profitable_customers=n_profitable)
        thin = seg_pas < 0 or seg_pas < THIN_SHARE * max(seg_margin, 0.0)
        p.extra["thin_after_service"] = bool(thin)
        persona = p.persona
        if persona is None:
            continue
        if seg.scheme == "value" and p.name == costly_name:
            persona.tagline = _(COSTLY_TRAIT["tagline"])
            persona.actions = [_(a) for a in COSTLY_TRAIT["actions"]]
        elif thin:
            # A loss reads as a loss, not as "they bring -7,142".
            first = (_("Reprice their service first (after the cost of serving them they cost "
                       "you {loss} more than they bring). Only then: {action}") if seg_pas < 0
                     else _("Reprice their service first (after the cost of serving them they "
                            "bring {pas}). Only then: {action}"))
            # The reason is given once; a second reward on the card only says it waits too.
            rewards = [a for a in persona.actions if a in reward_texts]
            persona.actions = [
                (first.format(pas=_money(seg_pas), loss=_money(-seg_pas),
                              action=a[:1].lower() + a[1:]) if a == rewards[0]
                 else _("After repricing: {action}").format(action=a[:1].lower() + a[1:]))
                if a in reward_texts else a
                for a in persona.actions
            ]
        elif n_costly >= MIXED_SHARE * max(p.customers, 1):
            persona.actions = [
                plural(n_profitable,
                       N_("Only for the {n} customer who is profitable after service: {action}"),
                       N_("Only for the {good} who are profitable after service: {action}"),
                       good=n_profitable, action=a[:1].lower() + a[1:])
                if a in reward_texts else a
                for a in persona.actions
            ]
        if n_costly and n_profitable and seg.scheme != "value":
            persona.story = (persona.story.rstrip() + " " + costly_sentence(
                n_profitable, n_costly))
    _refresh_effort_figure(seg, result)


def costly_sentence(good: int, bad: int) -> str:
    """Say how many are profitable and how many cost more, in the singular for a count of 1."""
    good_words = plural(good, N_("{n} of these customers is profitable"),
                        N_("{n} of these customers are profitable"))
    bad_words = plural(bad, N_("{n} costs more than it brings"),
                       N_("{n} cost more than they bring"))
    return _("After the cost of serving them, {good} and {bad}.").format(
        good=good_words, bad=bad_words)


def _effort_sentence(effort: float) -> str:
    return _("Service effort about {effort} out of 10.").format(
        effort=localize_number(f"{effort:.1f}"))


def _label_story(p: SegmentProfile) -> None:
    """Make the story's effort sentence say where the figure comes from."""
    persona = p.persona
    measured = p.extra.get("effort_measured")
    source = p.extra.get("effort_source")
    if persona is None or measured is None or measured != measured:
        return
    plain = _effort_sentence(measured)
    shown = p.extra.get("effort_sentence", plain)
    if source == "rating":
        new = _("Service effort {effort} out of 10 (your rating).").format(
            effort=localize_number(f"{p.avg_effort:.1f}"))
    elif source == "estimated":
        new = _("Service effort about {effort} out of 10 (estimated from activity).").format(
            effort=localize_number(f"{measured:.1f}"))
    else:
        new = plain
    if shown in persona.story:
        persona.story = persona.story.replace(shown, new, 1)
        p.extra["effort_sentence"] = new


def _refresh_effort_figure(seg: Segmentation, result: AnalysisResult) -> None:
    """Key figures on each card: effort with its source, cost to serve, profit after service."""
    label_effort = _("Service effort")
    for p in seg.segments:
        if p.persona is None:
            continue
        _label_story(p)
        rows = [(k, v) for k, v in p.persona.key_figures
                if k not in (label_effort, _("Cost to serve"), _("Profit after service"))]
        if p.avg_effort is not None and p.avg_effort == p.avg_effort:
            rows.append((label_effort, effort_words(p, result)))
        if p.extra.get("cost_to_serve") is not None:
            rows.append((_("Cost to serve"), _money(p.extra["cost_to_serve"])))
        if p.extra.get("profit_after_service") is not None:
            rows.append((_("Profit after service"), _money(p.extra["profit_after_service"])))
        p.persona.key_figures = rows


def rerate(result: AnalysisResult, scheme: str, segment: str, rating: float | None) -> None:
    """Set (or clear, with None) the owner's rating of one segment and update its figures."""
    ratings = dict(result.settings.effort_ratings or {})
    mine = dict(ratings.get(scheme) or {})
    if rating is None:
        mine.pop(segment, None)
    else:
        mine[segment] = float(min(max(float(rating), 1.0), 10.0))
    ratings[scheme] = mine
    result.settings.effort_ratings = ratings
    seg = result.segmentations.get(scheme)
    if seg is not None:
        apply_ratings(seg, result)
        _refresh_effort_figure(seg, result)
