"""What each segment means, in one table, so a persona card cannot contradict its segment.

Every (scheme, segment) has a defining :class:`Trait`: which recency, frequency and value its
customers can have (e.g. At Risk: used to buy several times, now overdue). Every tagline and
every suggested action *claims* something about the same three things ("Comes back again and
again" claims a recent habit). A line is used on a card only when each of its claims agrees
with the segment's trait; when no line that agrees is left, the card takes the trait's own line.
There is no "next free tagline": a line that is true of another segment but not of this one is
never picked.

Adding a segment: add one row to :data:`TRAITS` with the segment's name as the scheme gives it
(the English source text). A segment without a row gets :data:`NEUTRAL`: lines that claim
nothing about recency, frequency or value, so it never contradicts itself (and never crashes);
``tests/output/test_persona_truth.py::test_segments_without_a_trait`` lists such segments.

The period rule (see also docs/persona_truth.md): below :data:`MIN_SPAN_DAYS` days of data, or
below twice the typical (median) gap between a customer's visits, nobody can be called lapsed:
the lapsed labels (:data:`LAPSED_SEGMENTS`) are not given, the scheme says why in its notes, and
no per-year rate is shown (:data:`MIN_SPAN_FOR_RATES` days are needed for that).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktopseg.core.i18n import N_, _

# The three things a segment, a tagline or an action can say something about.
RECENCY = ("recent", "overdue", "lapsed")
FREQUENCY = ("one-off", "repeat", "habit")
VALUE = ("high", "mid", "low", "loss")

ANY_RECENCY = frozenset(RECENCY)
ANY_FREQUENCY = frozenset(FREQUENCY)
ANY_VALUE = frozenset(VALUE)

#: Below this many days of data no customer is called lapsed (see the module docstring).
MIN_SPAN_DAYS = 28
#: ... nor below this many times the typical (median) gap between one customer's visits.
MIN_SPAN_GAPS = 2.0
#: Rates per year are shown only when the data covers this many days (else "N times in D days").
MIN_SPAN_FOR_RATES = 90

#: RFM names that say a customer has stopped coming; not given on too short a period.
LAPSED_SEGMENTS = ("About to Sleep", "At Risk", "Can't Lose Them", "Hibernating", "Lost")


@dataclass(frozen=True)
class Trait:
    """The defining trait of one segment: what its customers may be, and its own words."""

    recency: frozenset[str] = ANY_RECENCY
    frequency: frozenset[str] = ANY_FREQUENCY
    value: frozenset[str] = ANY_VALUE
    line: str = N_("A group of your customers")  # the trait's own tagline (N_ text)
    rule: str = ""  # "why this group" in plain words (N_ text); empty: the scheme's description
    #: What the rule's words say in days, orders and spend (core/rule_words.py), checked
    #: against the group's own numbers before the words are shown.
    says: tuple[str, ...] = ()

    def allows(self, claim: Claim) -> bool:
        """Whether every part of ``claim`` agrees with this trait."""
        return all(c is None or bool(c & t) for c, t in (
            (claim.recency, self.recency), (claim.frequency, self.frequency),
            (claim.value, self.value)))


@dataclass(frozen=True)
class Claim:
    """What a tagline or action says about its customers (None: says nothing about it)."""

    recency: frozenset[str] | None = None
    frequency: frozenset[str] | None = None
    value: frozenset[str] | None = None


def _t(recency="", frequency="", value="", line="", rule="", says="") -> Trait:
    def part(text: str, every: frozenset[str]) -> frozenset[str]:
        return frozenset(text.split()) if text else every
    return Trait(part(recency, ANY_RECENCY), part(frequency, ANY_FREQUENCY),
                 part(value, ANY_VALUE), line or N_("A group of your customers"), rule,
                 tuple(says.split()))


def _c(recency="", frequency="", value="") -> Claim:
    return Claim(*(frozenset(x.split()) if x else None for x in (recency, frequency, value)))


#: A segment without a row in TRAITS: claims nothing, so only neutral lines fit it.
NEUTRAL = Trait(line=N_("A group of your customers"))

#: (scheme, segment name as the scheme writes it in English) -> its defining trait.
TRAITS: dict[tuple[str, str], Trait] = {
    # Buying behaviour (RFM): the R x FM grid of core/data/rfm_grid.json.
    ("behavioral", "Champions"): _t(
        "recent", "repeat habit", "high mid", N_("Buy often, recently and well"),
        N_("bought the most recently and often, and spent the most"),
        says="recent30 often most"),
    ("behavioral", "Loyal"): _t(
        "recent", "repeat habit", "", N_("Regulars who keep coming"),
        N_("bought fairly recently, more often than most"),
        says="recent90 often"),
    ("behavioral", "Potential Loyalist"): _t(
        "recent", "one-off repeat", "", N_("Recent buyers who could become regulars"),
        N_("bought recently, fewer times than your regulars so far"),
        says="recent60 fewer"),
    ("behavioral", "New"): _t(
        "recent", "one-off", "", N_("Newest, lightest buyers"),
        N_("bought very recently, with the fewest orders and lowest spend so far"),
        says="recent30 seldom little"),
    ("behavioral", "Promising"): _t(
        "recent", "one-off repeat", "low mid", N_("Recent buyers who have spent little so far"),
        N_("bought recently, but little so far"),
        says="recent60 little"),
    ("behavioral", "Needs Attention"): _t(
        "recent overdue", "", "", N_("Middle of the road"),
        N_("average buyers whose last purchase was a while ago"),
        says="longer"),
    ("behavioral", "About to Sleep"): _t(
        "overdue lapsed", "one-off repeat", "low mid", N_("Visits fading, not been back lately"),
        N_("bought little, and not for longer than usual"),
        says="little longer"),
    ("behavioral", "At Risk"): _t(
        "overdue lapsed", "repeat habit", "", N_("Used to buy well, now overdue"),
        N_("bought often before, but not for longer than usual"),
        says="often longer"),
    ("behavioral", "Can't Lose Them"): _t(
        "overdue lapsed", "repeat habit", "high mid", N_("Were among your best, now overdue"),
        N_("were among the best customers, but have not been back for longer than usual"),
        says="most longer"),
    ("behavioral", "Hibernating"): _t(
        "lapsed", "one-off repeat", "low mid", N_("Small, occasional buyers, not seen for long"),
        N_("bought little and seldom, and not for a long time"),
        says="little seldom longer"),
    ("behavioral", "Lost"): _t(
        "lapsed", "one-off repeat", "low mid", N_("Bought little, long ago"),
        N_("bought little, long ago"),
        says="little longer"),
    ("behavioral", "Refunds only"): _t(
        "", "one-off", "loss low", N_("Has only returned things so far"),
        N_("only returned goods in this period")),
    ("behavioral", "No purchase date"): _t(line=N_("No purchase date known")),
    # Customer value: tiers by cumulative share of margin (or revenue).
    ("value", "Top customers"): _t(
        "", "", "high", N_("Bring most of your money"),
        N_("the customers who together bring 80% of the total"),
        says="share80"),
    ("value", "Core"): _t(
        "", "", "mid high", N_("The solid middle"),
        N_("the customers who bring the next 15% of the total"),
        says="share15"),
    ("value", "Long tail"): _t(
        "", "", "low mid", N_("Many customers, small sums each"),
        N_("the many customers who together bring the last 5%"),
        says="share5"),
    ("value", "Loss-making"): _t(
        "", "", "loss", N_("Costs more than they bring"),
        N_("bring less than nothing: returns or costs exceed what they buy")),
    ("value", "Cost more than they bring"): _t(
        "", "", "loss low", N_("Costs more than they bring"),
        N_("cost more to serve than they bring")),
}

#: What each tagline (English source text, as in core/personas.py) says about its customers.
TAGLINE_CLAIMS: dict[str, Claim] = {
    "Has only returned things so far": _c("", "one-off", "loss low"),
    "Costs more than they bring": _c("", "", "loss"),
    "Takes a lot of looking after for a thin margin": _c("", "", "low mid loss"),
    "Used to spend well, hasn't been back": _c("lapsed", "", "high mid"),
    "Has drifted away": _c("lapsed overdue"),
    "Just getting to know you": _c("recent", "one-off"),
    "Big regular spenders who come less often lately": _c("overdue", "habit", "high"),
    "Your best customers: often, recently, generously": _c("recent", "habit", "high"),
    "Needs attention, and pays for it": _c("", "", "high mid"),
    "Comes back again and again": _c("recent", "habit"),
    "Bought once, not back yet": _c("", "one-off"),
    "Spends well when they come": _c("", "", "high"),
    "Small baskets": _c("", "", "low mid"),
    "Coming less often than before": _c("overdue", "repeat habit"),
    "Last seen a long time ago": _c("lapsed"),
    "Return more than most": _c(),
    "Seen lately, not yet a habit": _c("recent", "one-off"),
    "Spend less than most customers": _c("", "", "low"),
    "Steady, everyday customers": _c("recent", "habit"),
}

#: What each suggested action (key of core.personas.ACTIONS) assumes about its customers.
ACTION_CLAIMS: dict[str, Claim] = {
    "reprice": _c("", "", "low loss"),
    "streamline": _c(),
    "win_back": _c("overdue lapsed"),
    "let_go": _c("lapsed", "", "low loss"),
    "welcome": _c("recent", "one-off"),
    "second_purchase": _c("recent overdue", "one-off"),
    "vip": _c("recent overdue", "repeat habit", "high mid"),
    "stop_discounting": _c("recent", "repeat habit"),
    "loyalty": _c("recent overdue", "repeat habit"),
    "upsell": _c("recent overdue"),
    "returns": _c(),
    "nudge": _c("recent overdue", "repeat habit"),
    "newsletter": _c(),
}

#: Words in automatic-group names (clusters.py) and the trait part they set.
_CLUSTER_WORDS: tuple[tuple[str, str, str], ...] = (
    ("Lapsed customers", "recency", "overdue lapsed"),
    ("not seen for a while", "recency", "overdue lapsed"),
    ("Recent buyers", "recency", "recent"),
    ("who bought recently", "recency", "recent"),
    ("Newcomers", "recency", "recent"),
    ("Newcomers", "frequency", "one-off repeat"),
    ("who are new to you", "recency", "recent"),
    ("who are new to you", "frequency", "one-off repeat"),
    ("Frequent buyers", "frequency", "repeat habit"),
    ("who order often", "frequency", "repeat habit"),
    ("Steady customers", "frequency", "repeat habit"),
    ("who buy most months", "frequency", "repeat habit"),
    ("Rare buyers", "frequency", "one-off repeat"),
    ("who seldom order", "frequency", "one-off repeat"),
    ("Sporadic customers", "frequency", "one-off repeat"),
    ("who buy in few months", "frequency", "one-off repeat"),
    ("Big spenders", "value", "high mid"),
    ("who spend a lot", "value", "high mid"),
    ("Small spenders", "value", "low mid"),
    ("who spend little", "value", "low mid"),
)


def _cluster_trait(name: str) -> Trait | None:
    parts: dict[str, frozenset[str]] = {}
    for words, part, allowed in _CLUSTER_WORDS:
        if words in name or _(words) in name:
            parts[part] = parts.get(part, frozenset(allowed.split())) & frozenset(allowed.split())
    if not parts:
        return None
    return Trait(parts.get("recency", ANY_RECENCY), parts.get("frequency", ANY_FREQUENCY),
                 parts.get("value", ANY_VALUE), NEUTRAL.line, "")


def english_name(scheme: str, name: str) -> str:
    """Return the English source text of the segment name shown (translated) as ``name``."""
    for sch, key in TRAITS:
        if sch == scheme and (name == key or name == _(key)):
            return key
    return name


def trait_of(scheme: str, name: str) -> Trait:
    """Return the trait of segment ``name`` in ``scheme``; :data:`NEUTRAL` when unknown."""
    key = english_name(scheme, name)
    if (scheme, key) in TRAITS:
        return TRAITS[(scheme, key)]
    if scheme == "clusters":
        return _cluster_trait(name) or NEUTRAL
    return NEUTRAL


def has_trait(scheme: str, name: str) -> bool:
    """Whether the table (or the cluster naming words) defines ``name``'s trait."""
    return trait_of(scheme, name) is not NEUTRAL


def agrees(trait: Trait, tagline_key: str) -> bool:
    """Whether a tagline (English source text) agrees with ``trait``; unknown lines do not."""
    claim = TAGLINE_CLAIMS.get(tagline_key)
    return claim is not None and trait.allows(claim)


def choose_tagline(trait: Trait, candidates: list[str], taken: set[str],
                   keys_out: list[str] | None = None) -> str:
    """Pick the most telling candidate (English keys) that agrees and is not taken (translated).

    When none is left, the trait's own line: true by construction, never a line meant for
    another segment. The English key chosen is appended to ``keys_out`` when given.
    """
    chosen = next((k for k in candidates if agrees(trait, k) and _(k) not in taken), trait.line)
    if keys_out is not None:
        keys_out.append(chosen)
    return _(chosen)


def filter_actions(trait: Trait, keys: list[str]) -> list[str]:
    """Keep the action keys that agree with ``trait``; add the trait's own when too few."""
    kept = [k for k in keys if k in ACTION_CLAIMS and trait.allows(ACTION_CLAIMS[k])]
    wanted: list[str] = []
    if trait.recency <= {"overdue", "lapsed"}:
        worth = bool(trait.frequency & {"repeat", "habit"}) or bool(trait.value & {"high"})
        wanted.append("win_back" if worth or "let_go" not in ACTION_CLAIMS else "let_go")
    if trait.value == frozenset({"loss"}):
        wanted.append("reprice")
    # "Win them back" and "Let them go" never share a card: the group's own numbers (the
    # character's choice) decide between them.
    for chosen, other in (("let_go", "win_back"), ("win_back", "let_go")):
        if chosen in kept:
            wanted = [k for k in wanted if k != other]
    for k in wanted + ["upsell", "newsletter", "returns"]:
        if len(kept) >= 2:
            break
        if k not in kept and trait.allows(ACTION_CLAIMS[k]):
            kept.append(k)
    # The trait's own action goes first when the character missed it.
    for k in reversed(wanted):
        if k not in kept[:1] and trait.allows(ACTION_CLAIMS[k]):
            if k in kept:
                kept.remove(k)
            kept.insert(0, k)
    return kept[:3]


def describe(trait: Trait) -> dict[str, str]:
    """Return the trait as plain words for notes and tests: recency, frequency, value."""
    def words(part: frozenset[str], every: tuple[str, ...]) -> str:
        return "any" if part == frozenset(every) else "/".join(v for v in every if v in part)
    return {"recency": words(trait.recency, RECENCY),
            "frequency": words(trait.frequency, FREQUENCY),
            "value": words(trait.value, VALUE)}
