"""Persona traits for the customer-list schemes (demographic, needs, your own groups).

attach_personas (core/personas.py) writes every card from the buying figures; a customer list
often has none, or they are not what its groups are about. attach_list_personas rewrites the
tagline, the first line of the story and the actions of these schemes from what defines each
group. TRAITS holds each kind of group's defining trait, tagline and action keys (to move
into core/segment_traits.py with the other schemes' traits when the branches meet).
"""

from __future__ import annotations

import pandas as pd

from desktopseg.core.i18n import N_, _
from desktopseg.core.model import AnalysisResult, Segmentation
from desktopseg.core.segmentation.common import money

#: kind of group -> (defining trait, tagline, actions). Actions are plain suggestions.
TRAITS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "young_single": (N_("under 35, no children at home"), N_("Young, free and trying things"),
                     (N_("Reach them where they browse: social posts and the web shop."),
                      N_("Try a first-order offer on something new in."))),
    "young_family": (N_("under 35 with children at home"), N_("Busy young parents"),
                     (N_("Make it easy: bundles for the family and quick pick-up."),
                      N_("A family loyalty card so every visit adds up."))),
    "family": (N_("35 to 54 with children at home"), N_("Established households"),
               (N_("Offer family-size packs and a reason to come back each month."),
                N_("Thank them with a loyalty reward; they buy for several people."))),
    "midlife": (N_("35 to 54, no children at home"), N_("Settled, time to treat themselves"),
                (N_("Show the premium range: quality over quantity."),
                 N_("Invite them to a tasting or an evening event."))),
    "older_parent": (N_("55 or over with children still at home"),
                     N_("Still shopping for a full house"),
                     (N_("Family-size offers still fit them."),
                      N_("A personal thank-you for staying with you."))),
    "empty_nester": (N_("55 or over, no children at home"), N_("Empty nesters"),
                     (N_("Personal service and a printed newsletter work well."),
                      N_("Gift ideas for children and grandchildren before holidays."))),
    # Age bands of a list that says nothing about children: no word about children at home.
    "young_adult": (N_("under 35"), N_("Young and trying things"),
                    (N_("Reach them where they browse: social posts and the web shop."),
                     N_("Try a first-order offer on something new in."))),
    "midlife_adult": (N_("35 to 54"), N_("In the middle years"),
                      (N_("Show the premium range: quality over quantity."),
                       N_("Invite them to a tasting or an evening event."))),
    "older_adult": (N_("55 or over"), N_("Older customers who value service"),
                    (N_("Personal service and a printed newsletter work well."),
                     N_("Gift ideas for children and grandchildren before holidays."))),
    "age_unknown": (N_("age not known"), N_("We don't know their age"),
                    (N_("Ask for a birthday at the till or in the next mailing."),
                     N_("Stay in touch: a short seasonal newsletter with what's new."))),
    "web": (N_("buy mostly on the web"), N_("Shop online"),
            (N_("Keep the web shop quick; send offers by e-mail."),
             N_("Free delivery above a basket size to grow their orders."))),
    "store": (N_("buy mostly in the shop"), N_("Come into the shop"),
              (N_("Greet them by name; in-store events and samples."),
               N_("Point them to the web shop for repeat buys."))),
    "catalogue": (N_("buy mostly from the catalogue"), N_("Order from the catalogue"),
                  (N_("Keep the printed catalogue coming, with an order form."),
                   N_("Try a phone or e-mail reminder when the new one is out."))),
    "deals": (N_("buy a large share on deals"), N_("Wait for a deal"),
              (N_("Send offers to them and not to full-price buyers."),
               N_("Bundles rather than discounts protect the margin."))),
    "responders": (N_("answer your campaigns"), N_("Answer your campaigns"),
                   (N_("Put them first on every campaign list."),
                    N_("Ask them what they want next; they reply."))),
    "visitors": (N_("visit the web site often"), N_("Browse a lot"),
                 (N_("Follow up a visit with a reminder of what they looked at."),
                  N_("Show new items on the home page first."))),
    "custom": (N_("meet your own condition"), N_("Your own group"),
               (N_("Write to this group with a message that fits its condition."),
                N_("Check how the group grows or shrinks next quarter."))),
    # Grouped by a column of the file (core/group_by.py): the trait is the column's value.
    "grouped": (N_("share one value of the column they are grouped by"),
                N_("One value of your column"),
                (N_("Write to this group in words that fit what they have in common."),
                 N_("Check how the group grows or shrinks next quarter."))),
    "everyone_else": (N_("meet none of your conditions"), N_("Everyone else"),
                      (N_("Look at who is in here: a new group may be hiding."),
                       N_("Stay in touch: a short seasonal newsletter with what's new."))),
}

#: Life stage names (demographic.LIFE_STAGES) -> kind of group.
_STAGE_KIND = {
    "Young singles and couples": "young_single", "Young adults (under 35)": "young_adult",
    "Young families": "young_family", "Established families": "family",
    "Midlife, no children at home": "midlife", "Midlife adults (35 to 54)": "midlife_adult",
    "Older parents with children at home": "older_parent", "Empty nesters": "empty_nester",
    "Older adults (55 and over)": "older_adult", "Age unknown": "age_unknown",
}


def kind_of(seg: Segmentation, name: str) -> str | None:
    """Return the kind of group (a TRAITS key) a segment of a list scheme is."""
    if seg.scheme == "demographic":
        first = name.split(" · ")[0]
        for english, kind in _STAGE_KIND.items():
            if first == _(english):
                return kind
        return None
    if seg.scheme == "needs":
        kinds = seg.details.get("kinds", {}).get(name) or []
        return kinds[0] if kinds else None
    if seg.scheme == "custom" and seg.details.get("group_by"):
        return "grouped"
    if seg.scheme == "custom":
        others = seg.details.get("rules", {}).get("otherwise")
        return "everyone_else" if name == others else "custom"
    return None


def attach_list_personas(seg: Segmentation, result: AnalysisResult) -> None:
    """Rewrite tagline, story opening and actions of a list scheme's cards from its traits."""
    taken: set[str] = set()
    favourites = _favourites(seg, result)
    for p in seg.segments:
        if p.persona is None:
            continue
        if p.name in favourites:
            p.persona.favourites = favourites[p.name]
        kind = kind_of(seg, p.name)
        facts = _facts(seg, p)
        if kind is not None:
            trait, tag, actions = TRAITS[kind]
            tagline = _(tag)
            if seg.scheme == "custom" and kind == "custom":
                tagline = p.description or tagline
            elif kind == "grouped":  # the value is the rule line; the tagline says more
                tagline = p.persona.tagline or p.description or tagline
            kinds = seg.details.get("kinds", {}).get(p.name) or []
            if tagline in taken and len(kinds) > 1 and kinds[1] in TRAITS:
                tagline = _("{a}; {b}").format(a=tagline, b=_(TRAITS[kinds[1]][1]).lower())
            elif tagline in taken and " · " in p.name:
                tagline = f"{tagline} ({p.name.split(' · ')[1].lower()})"
            p.persona.tagline = tagline
            p.persona.actions = [_(a) for a in actions] + p.persona.actions[:1]
            if kind == "grouped":  # "Ann and 74 others: Customer Type is Contractor."
                opener = _("{name} and {n} others: {rule}{facts}.").format(
                    name=p.persona.name, n=max(p.customers - 1, 0), rule=p.description,
                    facts=facts)
            else:
                opener = _("{name} and {n} others {trait}{facts}.").format(
                    name=p.persona.name, n=max(p.customers - 1, 0), trait=_(trait),
                    facts=facts)
            p.persona.story = _joined(opener, p.persona.story, p.persona.name)
            p.extra["trait"] = _(trait) if kind != "grouped" else p.description
            taken.add(tagline)
        elif facts:
            p.persona.story = _joined(_("{name}'s group{facts}.").format(
                name=p.persona.name, facts=facts), p.persona.story, p.persona.name)


def _joined(opener: str, story: str, name: str) -> str:
    """Return the opener, then the story without its placeholder first sentence.

    A list has no orders, so the story began "Oscar is one of your customers.", which says
    nothing after "Oscar and 29 others under 35: typical age 24, …".
    """
    filler = _("{name} is one of your customers.").format(name=name)
    rest = story.replace(filler, "", 1).strip() if story.startswith(filler) else story
    return f"{opener} {rest}".strip()


def _favourites(seg: Segmentation, result: AnalysisResult, top: int = 3) -> dict[str, list]:
    """Each group's biggest spend families from the customer table (not the raw import)."""
    cust = result.customers
    spend = [c for c in cust.columns if str(c).startswith("spend:")]
    if not spend:
        return {}
    sums = cust[spend].apply(pd.to_numeric, errors="coerce").groupby(
        seg.labels.reindex(cust.index)).sum()
    return {str(k): [c.split(":", 1)[1] for c in row.sort_values(ascending=False).index[:top]
                     if row[c] > 0] for k, row in sums.iterrows()}


def _facts(seg: Segmentation, p) -> str:
    bits = []
    if p.extra.get("median_age") is not None:
        bits.append(_("typical age {a:.0f}").format(a=p.extra["median_age"]))
    if p.extra.get("share_with_children") is not None:
        bits.append(_("{pct:.0f}% with children at home").format(
            pct=100 * p.extra["share_with_children"]))
    if p.extra.get("median_income") is not None:
        unit = p.extra.get("income_unit")
        m = money(p.extra["median_income"])
        bits.append(_("typical income {m}").format(m=f"{m} {unit}" if unit else m))
    bits += [str(text) for text in p.extra.get("answers", [])]
    return (": " + ", ".join(bits)) if bits else ""
