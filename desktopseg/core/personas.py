"""Persona cards: a person-like portrait of every segment, written from its own numbers.

The character of a segment (lapsed? frequent? high effort for thin margin? brand new?) is read
from the medians of its customers compared with all customers, never from the segment's name, so
the same rules serve RFM names, value tiers, firmographic buckets and automatic clusters.
All text comes from templates passed through ``_()`` and filled with ``.format()``.
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
import weakref
import zlib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import numpy as np
import pandas as pd

from desktopseg.core.features import line_codes
from desktopseg.core.i18n import N_, _, localize_number
from desktopseg.core.model import AnalysisResult, Persona, Segmentation, SegmentProfile
from desktopseg.core.rule_words import RECENT_DAYS
from desktopseg.core.segment_traits import (
    MIN_SPAN_DAYS,
    MIN_SPAN_FOR_RATES,
    choose_tagline,
    filter_actions,
    trait_of,
)
from desktopseg.core.segment_why import reasons_with_rule, rule_text

LANGUAGES: tuple[str, ...] = ("en", "ko", "zh_CN", "fi")

#: One colour per segment position, the same on cards and every chart. Chosen to stay apart
#: for common colour-vision deficiencies (Paul Tol's "muted" and "bright" sets first) and dark
#: enough for white initials.
PALETTE: tuple[str, ...] = (
    "#332288",
    "#117733",
    "#AA3377",
    "#0077BB",
    "#CC6677",
    "#44AA99",
    "#882255",
    "#997700",
    "#EE7733",
    "#774411",
    "#CC3311",
    "#5566AA",
    "#666633",
    "#33BBEE",
    "#AA4499",
    "#009988",
    "#BB5566",
    "#004488",
    "#AA7744",
    "#4477AA",
)
OTHER_COLOR = "#8C8C8C"
#: Bucket names that mean "the rest"; they get a neutral grey.
OTHER_NAMES = frozenset({"Other", "Unknown", "Not known"})


def segment_color(seg: Segmentation, name: str) -> str:
    """Return the colour of segment ``name`` in ``seg`` (by its position; grey for 'Other')."""
    # Bucket names are translated when the segments are made: compare in both languages.
    rest = OTHER_NAMES | {_(n) for n in OTHER_NAMES}
    if name in rest:
        return OTHER_COLOR
    names = [s.name for s in seg.segments if s.name not in rest]
    try:
        i = names.index(name)
    except ValueError:
        i = zlib.crc32(name.encode("utf-8"))
    return PALETTE[i % len(PALETTE)]


@cache
def _names(language: str, more: bool = False) -> tuple[str, ...]:
    """Return the language's first names; ``more``: the ones used after those run out."""
    text = (
        resources.files("desktopseg.core")
        .joinpath("data/persona_names.json")
        .read_text(encoding="utf-8")
    )
    data = json.loads(text)
    if language not in data:
        language = language.split("_")[0] if language.split("_")[0] in data else "en"
    return tuple(data.get("more", {}).get(language, ())) if more else tuple(data[language])


def _spare_name(language: str, taken, start: int, n: int) -> str:
    """Return a name once the first list ran out: a free extra name, else a counted one."""
    for c in _names(language, more=True):
        if c not in taken:
            return c
    pool = _names(language)
    return f"{pool[start % len(pool)]} {n}"


def persona_names(seg: Segmentation, language: str = "en") -> dict[str, str]:
    """Give every segment a first name: stable per scheme/segment, never twice in a scheme."""
    pool = _names(language)
    used: set[str] = set()
    out: dict[str, str] = {}
    for s in seg.segments:
        start = zlib.crc32(f"{seg.scheme}:{s.name}".encode())
        for k in range(len(pool)):
            candidate = pool[(start + k) % len(pool)]
            if candidate not in used:
                break
        else:  # more segments than names: the extra names, then a counter
            candidate = _spare_name(language, used, start, len(used) + 1)
        used.add(candidate)
        out[s.name] = candidate
    return out


def initials(name: str) -> str:
    """Return up to two initials ('Lena' -> 'L', 'Big Tom' -> 'BT', '지민' -> '지')."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalnum()]
    if not words:
        return "?"
    return "".join(w[0] for w in words[:2]).upper()


# ---------------------------------------------------------------------------------------------
# Formatting
# ---------------------------------------------------------------------------------------------


def _ok(x: Any) -> bool:
    return x is not None and not (isinstance(x, float) and math.isnan(x)) and x is not pd.NA


def fmt_money(x: float) -> str:
    """Format money: cents for small amounts, whole units from 100 up; the currency's symbol."""
    from desktopseg.core.currency import current, format_money

    return format_money(localize_number(f"{x:,.0f}" if abs(x) >= 100 else f"{x:,.2f}"),
                        current())


def fmt_count(x: float) -> str:
    """Format a median count rounded half up (a median of 13.5 orders reads '14')."""
    return localize_number(f"{math.floor(x + 0.5):,d}")


def fmt_pct(x: float) -> str:
    """Format a 0..1 share as a percentage with one decimal."""
    return localize_number(f"{x * 100:.1f}%")


def fmt_rate(x: float) -> str:
    """Format a per-year rate: one decimal below 10, whole above."""
    return localize_number(f"{x:,.0f}" if x >= 10 else f"{x:.1f}")


# ---------------------------------------------------------------------------------------------
# Character: how a segment differs from all customers
# ---------------------------------------------------------------------------------------------


@dataclass
class Character:
    """The medians and flags that decide a segment's tagline, story and actions."""

    n: int
    orders: float | None = None
    per_year: float | None = None
    avg_order: float | None = None
    recency: float | None = None
    tenure: float | None = None
    effort: float | None = None
    margin_pct: float | None = None
    refund_rate: float | None = None
    value_index: float | None = None  # revenue per customer / overall revenue per customer
    lapsed: bool = False
    recent: bool = False
    frequent: bool = False
    new: bool = False
    one_timer: bool = False
    valuable: bool = False
    high_effort: bool = False
    thin_margin: bool = False
    loss_making: bool = False
    high_refunds: bool = False
    refunds_only: bool = False
    small_basket: bool = False
    drifting: bool = False


_MEDIAN_COLUMNS = ("orders", "orders_per_year", "avg_order", "recency_days", "tenure_days")


class _Overall:
    """Customer-level reference figures for the whole customer base."""

    def __init__(self, customers: pd.DataFrame) -> None:
        c = customers
        self.n = len(c)
        self.median = {k: _median(c[k]) for k in _MEDIAN_COLUMNS if k in c}
        self.recency_q75 = (
            float(c["recency_days"].quantile(0.75)) if "recency_days" in c and len(c) else None
        )
        self.revenue_per_customer = (
            float(c["revenue"].sum()) / max(self.n, 1) if "revenue" in c else None
        )
        self.effort = (
            float(c["effort"].mean()) if "effort" in c and c["effort"].notna().any() else None
        )
        self.margin_pct = _ratio(c, "margin", "revenue")
        self.refund_rate = _ratio(c, "refunds", "orders")


def _median(s: pd.Series) -> float | None:
    s = pd.to_numeric(s, errors="coerce").dropna()
    return float(s.median()) if len(s) else None


def _ratio(c: pd.DataFrame, num: str, den: str) -> float | None:
    if num not in c or den not in c:
        return None
    d = float(c[den].sum())
    return float(c[num].sum()) / d if d > 0 else None


#: (weak reference to a customers table, {what: figures}): the per-column work of the last
#: table, shared by the cards of every scheme (the table is not changed once built).
_CUSTOMER_MEMO: tuple[Any, dict] | None = None


def _forget(ref: weakref.ref) -> None:
    """Drop what was kept for a table that no longer exists."""
    global _CUSTOMER_MEMO, _ITEM_SALES
    if _CUSTOMER_MEMO is not None and _CUSTOMER_MEMO[0] is ref:
        _CUSTOMER_MEMO = None
    if _ITEM_SALES is not None and _ITEM_SALES[0] is ref:
        _ITEM_SALES = None


def _memo(customers: pd.DataFrame) -> dict:
    global _CUSTOMER_MEMO
    if _CUSTOMER_MEMO is None or _CUSTOMER_MEMO[0]() is not customers:
        _CUSTOMER_MEMO = (weakref.ref(customers, _forget), {})
    return _CUSTOMER_MEMO[1]


class _Columns:
    """The customer columns the cards read, ordered so that each segment is one slice.

    Everything that costs a pass over a column (text conversion and codes for the most common
    value, numbers for the medians) is done once per column (``memo``), not once per segment.
    """

    def __init__(
        self, customers: pd.DataFrame, order: np.ndarray | None = None, memo: dict | None = None
    ) -> None:
        self._frame = customers
        self._order = order
        self._memo = {} if memo is None else memo
        self._series: dict[str, pd.Series] = {}
        self._numbers: dict[str, np.ndarray | pd.Series] = {}
        self._codes: dict[str, tuple[np.ndarray, Any]] = {}

    def __contains__(self, col: str) -> bool:
        return col in self._frame

    def _ordered(self, values):
        if self._order is None:
            return values
        return values.take(self._order)

    def series(self, col: str) -> pd.Series:
        if col not in self._series:
            self._series[col] = self._ordered(self._frame[col])
        return self._series[col]

    def numbers(self, col: str) -> np.ndarray | pd.Series:
        """Float64 array (NaN when missing) when exact as such, else the numeric Series."""
        if col not in self._numbers:
            if ("numbers", col) not in self._memo:
                s = pd.to_numeric(self._frame[col], errors="coerce")
                self._memo[("numbers", col)] = s.to_numpy() if s.dtype == np.float64 else s
            self._numbers[col] = self._ordered(self._memo[("numbers", col)])
        return self._numbers[col]

    def codes(self, col: str) -> tuple[np.ndarray, Any]:
        """Codes of the values as text (-1: missing or blank) and the texts they stand for."""
        if col not in self._codes:
            if ("codes", col) not in self._memo:
                s = self._frame[col]
                ok = s.notna().to_numpy()
                text = s[ok].astype(str)
                filled = (text.str.strip() != "").to_numpy()
                codes = np.full(len(s), -1, dtype=np.int64)
                found, uniques = pd.factorize(text[filled])
                codes[np.flatnonzero(ok)[filled]] = found
                self._memo[("codes", col)] = (codes, uniques)
            codes, uniques = self._memo[("codes", col)]
            self._codes[col] = (self._ordered(codes), uniques)
        return self._codes[col]


class _Part:
    """The customers of one segment: rows ``start:stop`` of ``_Columns``."""

    def __init__(self, cols: _Columns, start: int, stop: int) -> None:
        self.cols, self.start, self.stop = cols, start, stop

    @classmethod
    def of(cls, c: pd.DataFrame | _Part) -> _Part:
        return c if isinstance(c, _Part) else cls(_Columns(c), 0, len(c))

    def __len__(self) -> int:
        return self.stop - self.start

    def __contains__(self, col: str) -> bool:
        return col in self.cols

    def __getitem__(self, col: str) -> pd.Series:
        return self.cols.series(col).iloc[self.start : self.stop]

    def median(self, col: str) -> float | None:
        """Median of the column's numbers (as ``_median``), or None."""
        v = self.cols.numbers(col)
        if isinstance(v, pd.Series):
            return _median(v.iloc[self.start : self.stop])
        v = v[self.start : self.stop]
        v = v[~np.isnan(v)]
        # Series.median of float64 is np.nanmedian of the values present: the same figure.
        return float(np.nanmedian(v)) if len(v) else None

    def mode(self, col: str) -> tuple[Any, float] | None:
        """Most common non-blank value as text and its share of all the rows, or None."""
        if not len(self):
            return None
        codes, uniques = self.cols.codes(col)
        found = codes[self.start : self.stop]
        found = found[found >= 0]
        if not len(found):
            return None
        values, first, counts = np.unique(found, return_index=True, return_counts=True)
        most = counts.max()
        # value_counts sorts stably: of equally common values the one seen first wins.
        best = values[counts == most][np.argmin(first[counts == most])]
        return uniques[best], float(most) / len(self)


def character(
    c: pd.DataFrame | _Part, overall: _Overall, profile: SegmentProfile
) -> Character:
    """Read the character of one segment from its customers ``c``."""
    c = _Part.of(c)
    ch = Character(n=len(c))
    m = {k: c.median(k) for k in _MEDIAN_COLUMNS if k in c}
    ch.orders, ch.per_year = m.get("orders"), m.get("orders_per_year")
    ch.avg_order, ch.recency, ch.tenure = (
        m.get("avg_order"),
        m.get("recency_days"),
        m.get("tenure_days"),
    )
    ch.effort = float(c["effort"].mean()) if "effort" in c and c["effort"].notna().any() else None
    ch.margin_pct = _ratio(c, "margin", "revenue")
    ch.refund_rate = _ratio(c, "refunds", "orders")
    if overall.revenue_per_customer and "revenue" in c and len(c):
        ch.value_index = float(c["revenue"].sum()) / len(c) / overall.revenue_per_customer
    om = overall.median
    if ch.recency is not None and "recency_days" in om:
        ch.lapsed = ch.recency >= max(1.5 * om["recency_days"], overall.recency_q75 or 0, 60)
        # "Seen lately" also in days: within 90, not merely sooner than the shop's median.
        ch.recent = ch.recency <= min(om["recency_days"], RECENT_DAYS["recent90"])
        ch.drifting = not ch.lapsed and not ch.recent
    # orders_per_year alone flatters newcomers (one order in 30 days of tenure is "12 a year"),
    # so frequency also needs several orders: relative to everyone, or every other month.
    if ch.orders is not None and "orders" in om:
        ch.frequent = ch.orders >= max(2 * om["orders"], 3) or (
            ch.orders >= 4 and (ch.per_year or 0) >= 6
        )
    ch.one_timer = ch.orders is not None and ch.orders <= 1
    if ch.tenure is not None and "tenure_days" in om:
        ch.new = (ch.orders or 0) <= 2 and ch.tenure <= max(60, 0.25 * om["tenure_days"])
    ch.valuable = (ch.value_index or 0) >= 1.5
    if ch.effort is not None and overall.effort is not None:
        ch.high_effort = ch.effort >= max(overall.effort + 1.5, 6.5)
    if ch.margin_pct is not None and overall.margin_pct is not None:
        ch.thin_margin = ch.margin_pct < 0.6 * overall.margin_pct
    # Without cost, a negative net revenue (more refunded than bought) is the loss we can see.
    ch.loss_making = (profile.margin is not None and profile.margin < 0) or profile.revenue < 0
    ch.refunds_only = ch.orders is not None and ch.orders < 0.5
    if ch.refund_rate is not None:
        ch.high_refunds = ch.refund_rate >= max(2 * (overall.refund_rate or 0), 0.05)
    if ch.avg_order is not None and "avg_order" in om and om["avg_order"]:
        ch.small_basket = ch.avg_order <= 0.6 * om["avg_order"]
    return ch


# Actions: (key, template). Keys make the choice testable without depending on wording.
ACTIONS: dict[str, str] = {
    "reprice": N_(
        "Reprice or let go: charge for the extra service, set a minimum order, or stop "
        "chasing these accounts."
    ),
    "streamline": N_(
        "Keep the service but make it lighter: one named contact, a standard order "
        "list, fewer special trips."
    ),
    "win_back": N_("Win them back: a personal note or call with a good reason to return."),
    "let_go": N_("Let them go quietly: one last 'we miss you' offer, then stop spending on them."),
    "welcome": N_(
        "Welcome series: a thank-you, a tip for what they bought, and a reason for a "
        "second visit within a month."
    ),
    "second_purchase": N_(
        "Ask for a second purchase: a reminder with something that goes with their first buy."
    ),
    "vip": N_("VIP thank-you: early access or a small gift, a handwritten card."),
    "stop_discounting": N_(
        "Stop discounting: they come anyway; keep offers for people who need a nudge."
    ),
    "loyalty": N_("Loyalty reward: a stamp card or points so regular visits add up."),
    "upsell": N_("Upsell bundle: pair their usual buy with a related item at a small saving."),
    "returns": N_("Find out why they send things back: check descriptions, sizes and quality."),
    "nudge": N_(
        "Remind them before they drift away: a message around the time they usually reorder."
    ),
    "newsletter": N_("Stay in touch: a short seasonal newsletter with what's new."),
}


def choose_actions(ch: Character) -> list[str]:
    """Return 2-3 action keys (see :data:`ACTIONS`) that fit the character, most urgent first."""
    keys: list[str] = []
    if ch.loss_making or (ch.high_effort and ch.thin_margin):
        keys.append("reprice")
    elif ch.high_effort:
        keys.append("streamline")
    if ch.refunds_only:
        return ["returns", "let_go"]
    if ch.lapsed:
        # Repeat or above-average customers are worth a personal try; lapsed one-timers are not.
        worth_it = (ch.value_index or 0) >= 1.0 or (ch.orders or 0) >= 2
        keys.append("win_back" if worth_it else "let_go")
    if ch.high_refunds:
        keys.append("returns")
    if ch.loss_making:
        pass  # a second purchase or a welcome offer would only grow the loss
    elif ch.new and ch.recent:
        keys.append("welcome")
    elif ch.one_timer and not ch.lapsed:
        keys.append("second_purchase")
    if ch.frequent and ch.valuable and ch.drifting:
        keys.append("nudge")  # the most valuable thing to do: notice before they are gone
    if ch.frequent and not ch.lapsed:
        if ch.thin_margin or "reprice" in keys:
            keys.append("stop_discounting")  # rewards would cost margin they don't have
        elif ch.valuable:
            keys += ["vip", "stop_discounting"]
        else:
            keys.append("loyalty")
    if ch.small_basket and not ch.one_timer:
        keys.append("upsell")
    if ch.drifting and not ch.one_timer:
        keys.append("nudge")
    for fallback in ("upsell", "newsletter"):
        if len(keys) >= 2:
            break
        if fallback not in keys and not (fallback == "upsell" and ch.lapsed):
            keys.append(fallback)
    if len(keys) < 2:
        keys.append("newsletter")
    seen: list[str] = []
    for k in keys:
        if k not in seen:
            seen.append(k)
    return seen[:3]


def tagline_keys(ch: Character) -> list[str]:
    """Return every one-line sketch that fits (English source text), the most telling first."""
    rules = [
        (ch.refunds_only, N_("Has only returned things so far")),
        (ch.loss_making, N_("Costs more than they bring")),
        (ch.high_effort and ch.thin_margin, N_("Takes a lot of looking after for a thin margin")),
        (ch.lapsed and ch.valuable, N_("Used to spend well, hasn't been back")),
        (ch.lapsed, N_("Has drifted away")),
        (ch.new and ch.recent, N_("Just getting to know you")),
        (ch.frequent and ch.valuable and ch.drifting,
         N_("Big regular spenders who come less often lately")),
        # Lines that say "recently" or "comes back" need a group seen within 90 days.
        (ch.frequent and ch.valuable and ch.recent,
         N_("Your best customers: often, recently, generously")),
        (ch.high_effort, N_("Needs attention, and pays for it")),
        (ch.frequent and ch.recent, N_("Comes back again and again")),
        (ch.one_timer, N_("Bought once, not back yet")),
        (ch.valuable, N_("Spends well when they come")),
        (ch.small_basket, N_("Small baskets")),
        (ch.drifting, N_("Coming less often than before")),
        # Second choices, so cards in one scheme don't all share a line.
        (ch.lapsed, N_("Last seen a long time ago")),
        (ch.high_refunds, N_("Return more than most")),
        (ch.recent and not ch.frequent, N_("Seen lately, not yet a habit")),
        (ch.value_index is not None and ch.value_index < 0.5,
         N_("Spend less than most customers")),
    ]
    rules.append((ch.frequent and ch.recent, N_("Steady, everyday customers")))
    return [text for fits, text in rules if fits]


def tagline_candidates(ch: Character) -> list[str]:
    """Return every one-line sketch that fits, the most telling first (never empty)."""
    return [_(k) for k in tagline_keys(ch)] + [_("Steady, everyday customers")]


def tagline(ch: Character, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """Return the most telling sketch not ``taken`` by another card (else the most telling)."""
    candidates = tagline_candidates(ch)
    return next((t for t in candidates if t not in taken), candidates[0])


# ---------------------------------------------------------------------------------------------
# Story, figures, favourites
# ---------------------------------------------------------------------------------------------

_BUYER_TYPES = {
    "regular": N_("A regular: buys in most months."),
    "special-occasion": N_("Comes for special occasions, year after year."),
    "first-time": N_("Most are first-time buyers."),
    "occasional": N_("Buys now and then."),
}


#: From this share of one-time buyers, a group's typical order count is told in two parts...
SPLIT_ONE_TIMERS = 0.4
#: ... when fewer than this share of the group bought about the typical (median) number of
#: times (within half of it either way): the median is then nobody's count.
SPLIT_NEAR_MEDIAN = 0.2


def _split_orders(c: _Part) -> tuple[float, float] | None:
    """(share who bought once, typical count of the others) when the group is split so."""
    if "orders" not in c or not len(c):
        return None
    orders = pd.to_numeric(c["orders"], errors="coerce").dropna()
    if not len(orders) or not (orders > 1).any():
        return None
    once = float((orders <= 1).mean())
    typical = math.floor(float(orders.median()) + 0.5)
    near = float(((orders >= 0.5 * typical) & (orders <= 1.5 * typical)).mean())
    if once < SPLIT_ONE_TIMERS or near >= SPLIT_NEAR_MEDIAN:
        return None
    return once, float(orders[orders > 1].median())


def _buyer_mix(c: _Part) -> str:
    """Say the two most common kinds of buyer with their shares ('50% first-time')."""
    shares = c["buyer_type"].dropna().astype(str).value_counts(normalize=True, sort=True)
    kinds = [_("{share} {kind}").format(share=f"{v:.0%}", kind=_(k))
             for k, v in shares.head(2).items()]
    return _("A mix of buyers: {kinds}.").format(kinds=", ".join(kinds))


#: Words a sales channel has; a value without one (a shop's location or company name that an
#: export puts in its channel column, like Square's "Location") is not shown as a channel.
CHANNEL_WORDS = ("store", "shop", "online", "web", "phone", "counter", "app", "mail", "pos",
                 "in person", "in-person", "delivery", "pickup", "pick-up", "collect", "kiosk",
                 "market", "wholesale", "retail", "ecommerce", "e-commerce", "amazon", "ebay",
                 "etsy", "instagram", "facebook", "social", "invoice", "account", "trade",
                 "mixed", "several", "register", "terminal", "call", "catalog", "catalogue",
                 "portal", "marketplace", "b2b", "b2c", "direct", "dealer", "agent", "walk",
                 "drive", "curbside", "takeaway", "take-away", "dine", "order", "fair",
                 "verkkokauppa", "myymälä", "kauppa", "laden", "온라인", "매장", "线上", "门店",
                 "网店", "电话")


def is_channel(value: object) -> bool:
    """Whether ``value`` reads as a sales channel, not a location or company name."""
    from desktopseg.core.business import is_company_name

    text = str(value).strip().lower()
    if not text or is_company_name(text):
        return False
    return any(w in text for w in CHANNEL_WORDS)


def _channel_name(channel: str) -> str:
    return _("Several channels") if channel.strip().lower() == "mixed" else channel.strip()


def _channel_words(channel: str) -> str:
    if channel.strip().lower() == "mixed":
        return _("Buys through several channels.")
    # Channel values are the shop's own words ("Counter", "In store", "Online"): quote them.
    return _("Usual channel: {channel}.").format(channel=channel.strip())


def story(name: str, c: pd.DataFrame | _Part, ch: Character, *,
          span_days: float | None = None, average: float | None = None) -> str:
    """Write the narrative: short sentences, every number a median of the segment's customers.

    ``span_days`` (days the data covers): below ``MIN_SPAN_FOR_RATES`` no rate per year is
    given, only the count in the period. ``average``: the segment's mean order, shown next to
    the typical (median) one so the card and the table agree.
    """
    c = _Part.of(c)
    short = span_days is not None and span_days < MIN_SPAN_FOR_RATES
    parts: list[str] = []
    if ch.orders is not None:
        if ch.refunds_only:
            parts.append(_("{name} has only returned things so far.").format(name=name))
        elif ch.orders <= 1:
            parts.append(_("{name} has bought once so far.").format(name=name))
        elif (split := _split_orders(c)) is not None:
            # Many one-time buyers beside regulars: the median ("9 times") is nobody's count.
            parts.append(_("{name}'s group is split: {share} have bought once, the others "
                           "typically {orders} times.").format(name=name, share=f"{split[0]:.0%}",
                                                               orders=fmt_count(split[1])))
        elif short:
            parts.append(
                _("{name} has bought {orders} times in the {days} days of data.").format(
                    name=name, orders=fmt_count(ch.orders), days=int(round(span_days or 0))
                )
            )
        elif ch.per_year is not None:
            parts.append(
                _("{name} has bought {orders} times, typically {per_year} times a year.").format(
                    name=name, orders=fmt_count(ch.orders), per_year=fmt_rate(ch.per_year)
                )
            )
        else:
            parts.append(
                _("{name} has bought {orders} times.").format(
                    name=name, orders=fmt_count(ch.orders)
                )
            )
    else:
        parts.append(_("{name} is one of your customers.").format(name=name))
    if "preferred_channel" in c and (m := c.mode("preferred_channel")) and is_channel(m[0]):
        # "Usual", "typically" and "usually" only for more than half; else the share.
        parts.append(_channel_words(m[0]) if m[1] > 0.5 or m[0].strip().lower() == "mixed"
                     else _("Most often buys through {channel} ({share}).").format(
                         channel=m[0].strip(), share=f"{m[1]:.0%}"))
    if ch.avg_order is not None and ch.avg_order < 0:
        parts.append(
            _("Returns more than they buy: about {amount} net per order.").format(
                amount=fmt_money(ch.avg_order)
            )
        )
    elif ch.avg_order is not None and average is not None and _ok(average):
        parts.append(_("Typical order about {typical}, average {average}.").format(
            typical=fmt_money(ch.avg_order), average=fmt_money(average)))
    elif ch.avg_order is not None:
        parts.append(_("Typical order about {amount}.").format(amount=fmt_money(ch.avg_order)))
    if ch.recency is not None:
        days = int(round(ch.recency))
        if days == 0:
            parts.append(_("Last seen on the last day of the data."))
        elif days == 1:
            parts.append(_("Last seen 1 day ago."))
        else:
            parts.append(_("Last seen {days} days ago.").format(days=days))
    if "favourite_category" in c and (m := c.mode("favourite_category")):
        parts.append(_("Favourite: {category}.").format(category=_tidy(m[0])))
    if "buyer_type" in c and (m := c.mode("buyer_type")) and m[0] in _BUYER_TYPES:
        # "Most are first-time buyers" only when most are: else the mix, with its shares.
        parts.append(_(_BUYER_TYPES[m[0]]) if m[1] > 0.5 else _buyer_mix(c))
    sector = c.mode("sector") if "sector" in c else None
    size = c.mode("size_band") if "size_band" in c else None
    if sector and size and sector[1] > 0.5 and size[1] > 0.5:
        parts.append(
            _("Typically a business of {size} staff in {sector}.").format(
                size=_size_words(size[0]), sector=sector[0]
            )
        )
    else:
        if sector:
            parts.append(_("Typically in {sector}.").format(sector=sector[0]) if sector[1] > 0.5
                         else _("Most often in {sector} ({share}).").format(
                             sector=sector[0], share=f"{sector[1]:.0%}"))
        if size:
            parts.append(_("Typically a business of {size} staff.").format(
                size=_size_words(size[0])) if size[1] > 0.5
                else _("Most often a business of {size} staff ({share}).").format(
                    size=_size_words(size[0]), share=f"{size[1]:.0%}"))
    place = _place(c)
    if place:
        parts.append(_("Usually from {place}.").format(place=place[0]) if place[1] > 0.5
                     else _("Most often from {place} ({share}).").format(
                         place=place[0], share=f"{place[1]:.0%}"))
    if ch.effort is not None:
        parts.append(
            _("Service effort about {effort} out of 10.").format(
                effort=localize_number(f"{ch.effort:.1f}"))
        )
    return " ".join(parts)


_PLACE_COLUMNS = ("city", "region", "location", "country")


def _place(c: _Part) -> tuple[Any, float] | None:
    from desktopseg.core.business import is_company_name

    for col in _PLACE_COLUMNS:
        # A shop's own location name ("Sunrise Social Club LLC") is not where customers live,
        # and a bare code ("3" for a region a list numbers) is no place a person knows.
        if col in c and (m := c.mode(col)) and not is_company_name(m[0]) \
                and not str(m[0]).strip().replace(".", "").isdigit():
            return m
    return None


def _size_words(size: Any) -> str:
    """Drop a size band's trailing 'employees' or 'staff' ("10-49 employees" -> "10-49").

    The sentences that show it add 'staff' themselves.
    """
    return re.sub(r"\s+(employees|staff|people)$", "", str(size).strip(), flags=re.IGNORECASE)


def key_figures(p: SegmentProfile, *, span_days: float | None = None,
                typical_order: float | None = None) -> list[tuple[str, str]]:
    """(label, value) pairs shown on the card and in the report.

    The typical (median) order is shown next to the average (mean) when known; orders per year
    only when the data covers ``MIN_SPAN_FOR_RATES`` days (``span_days`` None: not known).
    """
    rows = [
        (
            _("Customers"),
            _("{count} ({share})").format(count=f"{p.customers:,}", share=fmt_pct(p.share)),
        )
    ]
    rows.append((_("Revenue share"), fmt_pct(p.revenue_share)))
    if p.margin_share is not None:
        rows.append((_("Margin share"), fmt_pct(p.margin_share)))
    if p.avg_order is not None and _ok(p.avg_order):
        rows.append((_("Average order"), fmt_money(p.avg_order)))
    if typical_order is not None and _ok(typical_order):
        rows.append((_("Typical order"), fmt_money(typical_order)))
    short = span_days is not None and span_days < MIN_SPAN_FOR_RATES
    if p.orders_per_year is not None and _ok(p.orders_per_year) and not short:
        rows.append((_("Average orders per year"), fmt_rate(p.orders_per_year)))
    if p.avg_effort is not None and _ok(p.avg_effort):
        effort = localize_number(f"{p.avg_effort:.1f}")
        rows.append((_("Service effort"), _("{effort} / 10").format(effort=effort)))
    return rows


#: Sales lines that are not something a customer chose (shipping, fees, adjustments).
NOT_PRODUCTS = frozenset(
    {
        "postage",
        "dotcom postage",
        "carriage",
        "shipping",
        "delivery",
        "manual",
        "discount",
        "bank charges",
        "amazon fee",
        "samples",
        "adjust bad debt",
        "tip",
        "tips",
        "gratuity",
        "service charge",
        "gift card",
        "cruk commission",
    }
)


def _tidy(item: object) -> str:
    """Product names in ALL CAPS (common in POS exports) read better in sentence case."""
    text = " ".join(str(item).split())
    return text.capitalize() if text.isupper() and len(text) > 3 else text


@dataclass
class _ItemSales:
    """Positive sales per (customer, item), non-products left out, as integer codes."""

    keys: pd.Index  # customer keys; ``customer`` indexes them
    items: Any  # item names in sorted order; ``item`` indexes them
    customer: np.ndarray
    item: np.ndarray
    amount: np.ndarray  # one sum per (customer, item), in the order the pairs first appear
    positions: tuple[Any, np.ndarray] | None = None  # (customers index, where the keys are)


#: (weak reference to the transactions, column, item sales) of the last call: every scheme's
#: persona cards need the same sums, and they cost a pass over every line.
_ITEM_SALES: tuple[Any, str, _ItemSales] | None = None


def _item_sales(tx: pd.DataFrame, col: str) -> _ItemSales:
    """Positive sales per (customer, item) with non-products left out; cached per table."""
    global _ITEM_SALES
    if _ITEM_SALES is not None and _ITEM_SALES[0]() is tx and _ITEM_SALES[1] == col:
        return _ITEM_SALES[2]
    keep = (tx["customer_key"].notna() & tx[col].notna() & (tx["amount"] > 0)).to_numpy()
    # The customer features made these codes from the same table: usually no new pass.
    customer, keys = line_codes(tx, "customer_key", sort=True)
    item, items = line_codes(tx, col)
    n_items = max(len(items), 1)
    pair = customer[keep].astype(np.int64) * n_items + item[keep]
    sums = pd.Series(tx["amount"].to_numpy()[keep]).groupby(pair, sort=False).sum()
    pair = sums.index.to_numpy()
    # Item names are tested once per distinct name, not once per line.
    bad = pd.Series(items).astype(str).str.strip().str.lower().isin(NOT_PRODUCTS).to_numpy()
    good = ~bad[pair % n_items]
    # Item codes renumbered in name order, the order a groupby sorts them in.
    by_name = pd.factorize(items, sort=True)[0]
    sales = _ItemSales(keys=pd.Index(keys), items=items.take(np.argsort(by_name)),
                       customer=pair[good] // n_items, item=by_name[pair[good] % n_items],
                       amount=sums.to_numpy()[good])
    _ITEM_SALES = (weakref.ref(tx, _forget), col, sales)
    return sales


def _labels_of(sales: _ItemSales, labels: pd.Series, index: pd.Index) -> pd.Series:
    """``labels.reindex(sales.keys)``; labels of the customers table found by position."""
    if not len(labels) or not labels.index.equals(index):
        return labels.reindex(sales.keys)
    # Looking every customer's text key up again for each scheme cost more than the sums
    # themselves, so the positions are kept with the sales.
    if sales.positions is None or sales.positions[0]() is not index:
        same = index.equals(sales.keys)
        where = np.arange(len(index)) if same else index.get_indexer(sales.keys)
        sales.positions = (weakref.ref(index), where)
    where = sales.positions[1]
    out = labels.iloc[np.maximum(where, 0)].set_axis(sales.keys)
    return out.where(where >= 0)


def _favourites_by_label(
    result: AnalysisResult, labels: pd.Series, top: int = 3
) -> dict[str, list[str]]:
    """Top categories (else products) by revenue per segment, in one pass over the sales."""
    tx = result.data.transactions
    if tx is not None and len(tx):
        col = next((k for k in ("category", "product") if k in tx and tx[k].notna().any()), None)
        if col is not None:
            sales = _item_sales(tx, col)
            label, names = pd.factorize(_labels_of(sales, labels, result.customers.index),
                                        sort=True)
            label = label[sales.customer]
            ok = label >= 0
            n_items = max(len(sales.items), 1)
            # Sums per (segment, item), ordered by segment then item name.
            sums = pd.Series(sales.amount[ok]).groupby(
                label[ok].astype(np.int64) * n_items + sales.item[ok]).sum()
            pair = sums.index.to_numpy()
            ranked = pair[sums.reset_index(drop=True).sort_values(ascending=False).index]
            # Within each segment, the order of ``ranked``; the first ``top`` items of each.
            ranked = ranked[np.argsort(ranked // n_items, kind="stable")]
            seg = ranked // n_items
            start = np.r_[0, np.flatnonzero(seg[1:] != seg[:-1]) + 1]
            rank = np.arange(len(seg)) - np.repeat(start, np.diff(np.r_[start, len(seg)]))
            out: dict[str, list[str]] = {}
            for s, i in zip(seg[rank < top], ranked[rank < top] % n_items, strict=True):
                out.setdefault(str(names[s]), []).append(_tidy(sales.items[i]))
            return out
    cust = result.data.customers
    if cust is not None and "customer_key" in cust:
        spend = [k for k in cust.columns if str(k).startswith("spend:")]
        if spend:
            s = cust.set_index("customer_key")[spend]
            sums = s.groupby(labels.reindex(s.index)).sum()
            return {
                str(k): [
                    c.split(":", 1)[1]
                    for c in row.sort_values(ascending=False).index[:top]
                    if row[c] > 0
                ]
                for k, row in sums.iterrows()
            }
    if "favourite_category" in result.customers:
        fav = result.customers["favourite_category"]
        out = {}
        for k, g in fav.groupby(labels.reindex(fav.index)):
            out[str(k)] = [str(x) for x in g.dropna().value_counts().index[:top]]
        return out
    return {}


def typical(c: pd.DataFrame | _Part) -> str:
    """Typical channel, place and industry with their shares, e.g. 'Online (72%) · Leeds (40%)'."""
    c = _Part.of(c)
    bits = []
    if "preferred_channel" in c and (m := c.mode("preferred_channel")) and is_channel(m[0]):
        bits.append((_channel_name(m[0]), m[1]))
    if m := _place(c):
        bits.append(m)
    for col in ("sector", "size_band"):
        if col in c and (m := c.mode(col)):
            bits.append(m)
    return " · ".join(_("{value} ({share})").format(value=v, share=f"{s:.0%}") for v, s in bits)


def attach_personas(seg: Segmentation, result: AnalysisResult, language: str | None = None) -> None:
    """Give every SegmentProfile of ``seg`` a Persona written from its customers' numbers.

    ``language`` picks the list persona names come from; by default the analysis setting
    ``persona_language`` (English when unset).
    """
    if language is None:
        language = getattr(result.settings, "persona_language", None) or "en"
    customers = result.customers
    labels = seg.labels.astype("string")
    memo = _memo(customers)
    if "overall" not in memo:
        memo["overall"] = _Overall(customers)
    overall = memo["overall"]
    favourites = _favourites_by_label(result, labels)
    # Customers ordered by segment (file order within one), so a segment is a slice.
    codes, found = pd.factorize(labels.reindex(customers.index))
    order = np.argsort(codes, kind="stable")
    bounds = np.searchsorted(codes[order], np.arange(len(found) + 1))
    where = {str(v): (bounds[i], bounds[i + 1]) for i, v in enumerate(found)}
    cols = _Columns(customers, order, memo)
    span = _span_days(result)
    if "business" not in memo:
        memo["business"] = _is_business(customers)
    members = {p.name: zlib.crc32(np.sort(order[slice(*where.get(p.name, (0, 0)))]).tobytes())
               for p in seg.segments}
    names = result_persona_names(seg, language, memo.setdefault("persona_names", {}), members)
    taken: set[str] = set()  # so three cards of regulars don't all read "Comes back again..."
    rules: dict[str, str] = {}
    for p in seg.segments:
        c = _Part(cols, *where.get(p.name, (0, 0)))
        ch = character(c, overall, p)
        trait = trait_of(seg.scheme, p.name)
        if span is not None and span < MIN_SPAN_DAYS:
            # The period rule: on a few weeks of data nobody is overdue or lapsed, so no line
            # or action that says so.
            trait = dataclasses.replace(trait, recency=frozenset({"recent"}))
        name = names[p.name]
        if memo["business"]:
            name = _("{name}'s firm").format(name=name)
        old = p.persona
        keys = filter_actions(trait, choose_actions(ch))
        chosen: list[str] = []
        p.persona = Persona(
            segment=p.name,
            name=name,
            initials=initials(names[p.name]),
            tagline=choose_tagline(trait, tagline_keys(ch), taken, keys_out=chosen),
            story=story(name, c, ch, span_days=span, average=p.avg_order),
            key_figures=key_figures(p, span_days=span, typical_order=ch.avg_order),
            favourites=favourites.get(p.name, []),
            typical=typical(c),
            actions=[_(ACTIONS[k]) for k in keys],
            color=segment_color(seg, p.name),
            notes=old.notes if old is not None else "",
        )
        p.persona.rule = rule_text(seg, p, trait, customers)
        if trait.rule:
            rules[p.name] = _(trait.rule)
        p.extra["action_keys"] = keys
        p.extra["tagline_key"] = chosen[-1] if chosen else None
        taken.add(p.persona.tagline)
        if "chance_buy" in c:  # the forecast (core/forecast.py) ran
            from desktopseg.core.forecast import buy_again_sentence

            lapsed = not (trait.recency & {"recent"})  # named for customers who stopped coming
            p.persona.story = " ".join(x for x in (p.persona.story, buy_again_sentence(
                c["chance_buy"], result.settings.forecast_days, lapsed=lapsed)) if x)
    reasons_with_rule(seg, rules, customers=customers)


def _span_days(result: AnalysisResult) -> float | None:
    """Days the data covers (first to last sale), None when unknown."""
    if result.period_start is None or result.period_end is None:
        return None
    return max((result.period_end - result.period_start).total_seconds() / 86400.0, 0.0) + 1


def _is_business(customers: pd.DataFrame) -> bool:
    """Whether the customers are companies: firmographic data, or mostly company names."""
    from desktopseg.core.business import mostly_companies

    for col in ("industry_code", "industry", "sector", "size_band", "employees"):
        if col in customers and customers[col].notna().mean() >= 0.5:
            return True
    return mostly_companies(customers["name"] if "name" in customers else None)


def result_persona_names(seg: Segmentation, language: str, used: dict[str, tuple],
                         members: dict[str, int]) -> dict[str, str]:
    """Names for ``seg``'s segments, unique across every scheme of one result.

    ``used`` (kept per result) maps a name to (scheme, segment, members checksum). A name is
    reused only when the same scheme is run again; every other segment, even one of exactly
    the same customers in another scheme, takes the next free name of the language's list, so
    a name always means one group.
    """
    pool = _names(language)
    out: dict[str, str] = {}
    mine = {n for n, (sch, _seg, _m) in used.items() if sch == seg.scheme}
    for n in mine:  # this scheme is being redone: its old names are free again
        used.pop(n)
    for s in seg.segments:
        start = zlib.crc32(f"{seg.scheme}:{s.name}".encode())
        candidate = None
        for k in range(len(pool)):
            c = pool[(start + k) % len(pool)]
            if c not in used and c not in out.values():
                candidate = c
                break
        if candidate is None:  # more segments than names: the extra names, then a counter
            candidate = _spare_name(language, set(used) | set(out.values()), start,
                                    len(used) + len(out) + 1)
        out[s.name] = candidate
    for s in seg.segments:
        used.setdefault(out[s.name], (seg.scheme, s.name, members.get(s.name)))
    return out


def apply_persona_edits(
    result: AnalysisResult, edits: dict[tuple[str, str], dict[str, str]]
) -> None:
    """Apply the user's saved name/notes edits; edits for vanished segments are ignored."""
    for (scheme, segment), edit in edits.items():
        seg = result.segmentations.get(scheme)
        prof = seg.segment(segment) if seg is not None else None
        if prof is None or prof.persona is None:
            continue
        persona = prof.persona
        new_name = (edit.get("name") or "").strip()
        if new_name and new_name != persona.name:
            persona.story = persona.story.replace(persona.name, new_name)
            persona.name = new_name
            persona.initials = initials(new_name)
        if "notes" in edit and edit["notes"] is not None:
            persona.notes = str(edit["notes"])
