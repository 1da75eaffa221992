"""The three things to do this month, with the customers behind each (issue 18, point 3).

A bookkeeper hands the client a printed pack; its first page says in plain words what to do
now. The picks follow the buying-behaviour segments when there are dates (win back the big
spenders who went quiet, thank the best, bring the new ones back, nudge the drifting), else the
value tiers, else the largest groups. Each names the customers who matter most in it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from desktopseg.core.i18n import N_, _
from desktopseg.core.model import AnalysisResult, Segmentation

#: How many customers a suggestion names before "and N more".
NAMED = 5


@dataclass
class Suggestion:
    """One thing to do: a headline, why, what exactly, and the customers it is about."""

    headline: str
    why: str
    action: str
    segments: list[str]
    customers: int
    revenue: float
    names: list[str] = field(default_factory=list)

    @property
    def more(self) -> int:
        """Customers behind the suggestion that are not named."""
        return max(self.customers - len(self.names), 0)


#: (segments, headline, why, what to do) in order of urgency for the buying-behaviour scheme.
_BEHAVIOUR_PICKS: tuple[tuple[tuple[str, ...], str, str, str], ...] = (
    (("Can't Lose Them", "At Risk"),
     N_("Win back the good customers who have gone quiet"),
     N_("They used to buy often or spend a lot, and have not been back for a while."),
     N_("Call or write to each of them yourself, with a good reason to come back.")),
    (("Champions",),
     N_("Thank your best customers"),
     N_("They buy often, spend the most and came recently: keep them feeling valued."),
     N_("A handwritten card or early access to something new. No discounts: they come "
        "anyway.")),
    (("New", "Promising", "Potential Loyalist"),
     N_("Bring new customers back for a second visit"),
     N_("A second purchase soon after the first is what turns a newcomer into a regular."),
     N_("Send a thank-you with a tip for what they bought and a reason to return this "
        "month.")),
    (("About to Sleep", "Needs Attention"),
     N_("Nudge the customers who are drifting"),
     N_("They are later than usual; a reminder now costs less than winning them back."),
     N_("Send a reminder around the time they usually buy.")),
    (("Loyal",),
     N_("Offer your regulars something that goes with their usual buy"),
     N_("They come back reliably; a small bundle raises what they spend."),
     N_("Suggest an item that goes with what they usually buy, at a small saving.")),
)
_VALUE_PICKS: tuple[tuple[tuple[str, ...], str, str, str], ...] = (
    (("Top customers",),
     N_("Thank your best customers"),
     N_("A small share of customers brings most of the money."),
     N_("A handwritten card or early access to something new. No discounts: they come "
        "anyway.")),
    (("Core",),
     N_("Offer your steady customers something that goes with their usual buy"),
     N_("They buy regularly; a small bundle raises what they spend."),
     N_("Suggest an item that goes with what they usually buy, at a small saving.")),
    (("Long tail",),
     N_("Ask occasional customers for a second purchase"),
     N_("Many customers have bought only a little; a reminder brings some of them back."),
     N_("Send one friendly reminder with something that goes with their first buy.")),
)


def _names(result: AnalysisResult, keys: pd.Index, n: int) -> list[str]:
    """Return the display names of the ``n`` customers in ``keys`` who spent the most."""
    cust = result.customers.loc[keys]
    if "revenue" in cust:
        cust = cust.sort_values("revenue", ascending=False, kind="stable")
    col = "name" if "name" in cust else None
    out = []
    for key, row in cust.head(n).iterrows():
        value = row[col] if col else None
        out.append(str(value) if value is not None and value == value else str(key))
    return out


def _suggestion(result: AnalysisResult, seg: Segmentation, names: tuple[str, ...],
                headline: str, why: str, action: str | None = None) -> Suggestion | None:
    present = [s for s in seg.segments if s.name in names and s.customers > 0]
    if not present:
        return None
    keys = seg.labels.index[seg.labels.isin([s.name for s in present]).to_numpy(bool)]
    if action is None:  # no advice of our own: the persona of the group's biggest earner
        biggest = max(present, key=lambda s: s.revenue or 0)
        persona = biggest.persona
        action = persona.actions[0] if persona and persona.actions else ""
    else:
        action = _(action)
    return Suggestion(
        headline=_(headline), why=_(why), action=action,
        segments=[s.name for s in present],
        customers=int(sum(s.customers for s in present)),
        revenue=float(sum(s.revenue or 0 for s in present)),
        names=_names(result, keys, NAMED),
    )


def pick(result: AnalysisResult, n: int = 3) -> list[Suggestion]:
    """Return up to ``n`` things to do this month, most urgent first."""
    out: list[Suggestion] = []
    for scheme, picks in (("behavioral", _BEHAVIOUR_PICKS), ("value", _VALUE_PICKS)):
        seg = result.segmentations.get(scheme)
        if seg is None:
            continue
        for names, headline, why, action in picks:
            s = _suggestion(result, seg, names, headline, why, action)
            if s is not None:
                out.append(s)
            if len(out) == n:
                return out
        if out:
            return out
    seg = next(iter(result.segmentations.values()), None)
    if seg is None:
        return out
    for profile in sorted(seg.segments, key=lambda s: -(s.revenue or 0))[:n]:
        s = _suggestion(result, seg, (profile.name,),
                        N_("Look after the group '{name}'"), N_("It brings in the most money."))
        if s is not None:
            s.headline = s.headline.format(name=profile.name)
            out.append(s)
    return out
