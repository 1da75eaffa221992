"""Round 2 of role detection (issue 12): headers as people really write them, and content.

- Headers in snake_case, run together, misspelt (``coustomername``) or abbreviated the way
  marketing exports do (``MntWines``, ``NumWebPurchases``, ``Dt_Customer``, ``Recency``) are
  matched here when the synonym table has no exact word for them.
- The order number is chosen by what the column holds: an order number stays the same on every
  line of one customer's purchase and differs between purchases. A line number inside the
  order ("1, 2, 3" for every order) is shared by different customers on different dates.
- When a role is missing, the problem names the columns that could hold it.
"""

from __future__ import annotations

import difflib
import re

import pandas as pd

from desktopseg.core.i18n import _
from desktopseg.core.importer.roles import SYNONYMS, RoleGuess, normalise

_ALL_WORDS = {w: role for role, words in SYNONYMS.items() for w in words if len(w) >= 5}
_WORD_LIST = sorted(_ALL_WORDS)

#: A number marker before or after a word, in the languages of the synonym table.
_NUMBER_MARK = r"(?:n°|no|nr|num|numero|numéro|número|nummer|numer|nro)"
_NUMBERED = (r"^" + _NUMBER_MARK + r"(?:de|du|d|der|des|del)?({words})$"
             r"|^({words})" + _NUMBER_MARK + r"$")
_ORDER_WORDS = (r"facture|factura|commande|pedido|rechnung|rechnungs|bestellung|bestell|beleg"
                r"|ticket|reçu|recibo|lasku|tilaus|kuitti|invoice|order|receipt")
_CUSTOMER_WORDS = r"client|cliente|kunde|kunden|asiakas|customer"

#: Patterns on the normalised header, tried in order; the first that matches wins.
#: (pattern, role, confidence, reason) -- the reason is formatted with h (header) and the
#: pattern's first group.
_PATTERNS: tuple[tuple[re.Pattern, str, float, str], ...] = (
    # Visits to the web site are not purchases; income and birth years are not spend.
    (re.compile(r"^num.*visits.*$|^(?:yearbirth|birthyear|income|householdincome)$"), "", 0.0, ""),
    (re.compile(r"^mnt(.+)$"), "category_spend", 0.85, "spend on {g}"),
    (re.compile(r"^num(.+)purchases$"), "channel_orders", 0.85, "purchases through {g}"),
    (
        re.compile(
            r"^(?:recency|recencydays|dayssince(?:the)?last(?:purchase|order|visit|sale)"
            r"|dayssincelast|daysince(?:last)?(?:purchase|order|visit))$"
        ),
        "recency_days",
        0.85,
        "days since the last purchase",
    ),
    (
        re.compile(r"^dt(customer|joined|signup|registered|created)$"),
        "date_joined",
        0.92,
        "date the customer joined",
    ),
    (
        re.compile(r"^(?:datejoined|joindate|joined|signupdate|registrationdate|membersince)$"),
        "date_joined",
        0.92,
        "date the customer joined",
    ),
    # "N° facture", "Facture n°", "Nr. Rechnung", "Bestell-Nr.": a number of an invoice or
    # order is the order number; "N° client", "Kunden-Nr." the customer's ID.
    (re.compile(_NUMBERED.format(words=_ORDER_WORDS)), "order_id", 0.85, "the number of {g}"),
    (re.compile(_NUMBERED.format(words=_CUSTOMER_WORDS)), "customer_id", 0.85,
     "the number of {g}"),
    (re.compile(r"^id$"), "customer_id", 0.7, "the customer's ID"),
    (re.compile(r"^(?:amt|amnt)(.*)$"), "amount", 0.8, "'Amt' is short for amount"),
    (
        re.compile(r"^(?:dollar|usd|eur|gbp)?(?:value|dollars|dollarvalue)$|^(.+)dollarvalue$"),
        "amount",
        0.8,
        "money value",
    ),
    (re.compile(r"^(?:amount)?paid$|^paidamount$|^totalpaid$"), "amount", 0.8, "amount paid"),
    (re.compile(r"^(?:numberof|nof)(.+)$"), "quantity", 0.7, "number of {g}"),
    (re.compile(r"^qty(.*)$|^(.*)qty$"), "quantity", 0.85, "'Qty' is short for quantity"),
)

#: Number columns of a customer list that are not money the customer spent with the shop.
NOT_SPEND = re.compile(r"income|salary|wage|birth|kid|teen|child|visits|score|response|cmp")

#: Roles that are plain numbers (checked against the values like roles.NUMERIC_ROLES).
NUMERIC_NEW = frozenset({"channel_orders", "recency_days"})
DATE_NEW = frozenset({"date_joined"})


def is_exact(header: str) -> bool:
    """Return True when the synonym table knows the header word for word."""
    norm = normalise(header)
    return any(norm in words for words in SYNONYMS.values())


def tolerant_guesses(header: str) -> list[RoleGuess]:
    """Roles for headers the synonym table misses: abbreviations, then close misspellings."""
    norm = normalise(header)
    if not norm:
        return []
    for pattern, role, conf, why in _PATTERNS:
        m = pattern.match(norm)
        if m and not role:
            return [RoleGuess("", 0.0, "")]
        if m:
            g = next((x for x in m.groups() if x), "") if m.groups() else ""
            reason = _("header '{h}' reads as {what}").format(h=header, what=_(why).format(g=g))
            return [RoleGuess(role, conf, reason)]
    if len(norm) < 6:
        return []
    close = difflib.get_close_matches(norm, _WORD_LIST, n=1, cutoff=0.9)
    if close:
        role = _ALL_WORDS[close[0]]
        return [
            RoleGuess(
                role,
                0.8,
                _("header '{h}' looks like a misspelling of '{w}'").format(h=header, w=close[0]),
            )
        ]
    return []


def _key_text(frame: pd.DataFrame, col: str) -> pd.Series:
    return frame[col].astype("string").str.strip().str.casefold()


def order_purity(frame: pd.DataFrame, col: str, who: str, when: str) -> tuple[float, float]:
    """Return (share of values tied to one customer and date, values per purchase).

    An order number is tied to one (customer, date): purity near 1. A line number is shared by
    many customers on many dates: purity near 0.
    """
    values = frame[col].astype("string").str.strip()
    ok = values.notna() & (values != "")
    if ok.sum() < 2:
        return 0.0, 0.0
    sub = pd.DataFrame(
        {
            "v": values[ok],
            # A line leaving the customer blank is not another customer (shop exports
            # often write the customer on an order's first line only).
            "who": _key_text(frame, who)[ok].replace("", pd.NA),
            "when": frame[when].astype("string")[ok],
        }
    )
    pairs = sub.groupby("v", sort=False)[["who", "when"]].nunique()
    tied = ((pairs["who"] <= 1) & (pairs["when"] <= 1)).mean()
    purchases = sub[["who", "when"]].drop_duplicates().shape[0]
    return float(tied), len(pairs) / max(purchases, 1)


def choose_order_id(
    frame: pd.DataFrame,
    roles: dict[str, str | None],
    conf: dict[str, float],
    reasons: dict[str, str],
) -> str | None:
    """Give the order-number role to the column whose values behave like one; return a note.

    Only sales-line tables with a customer and a date column are judged; the header's guess
    stands when its values behave like an order number.
    """
    who = next(
        (
            h
            for r in ("customer_id", "email", "customer_name", "company")
            for h, x in roles.items()
            if x == r
        ),
        None,
    )
    when = next((h for h, r in roles.items() if r == "date"), None)
    if who is None or when is None or len(frame) < 4:
        return None
    current = next((h for h, r in roles.items() if r == "order_id"), None)
    if current is not None:
        purity, _ratio = order_purity(frame, current, who, when)
        if purity >= 0.95:
            return None
    best, best_purity = None, 0.0
    free = (None, "product", "category", "event_type", "order_id")
    for h in frame.columns:
        if roles.get(h) not in free or h == current:
            continue
        col = frame[h]
        if col.dtype.kind in "fmM":
            continue
        filled = col.notna().mean()
        uniq = col.nunique()
        if filled < 0.95 or uniq < 2 or uniq > 0.9 * col.notna().sum():
            continue  # an order number repeats on the lines of one order
        purity, ratio = order_purity(frame, h, who, when)
        if purity >= 0.95 and 0.8 <= ratio <= 3 and purity > best_purity:
            best, best_purity = h, purity
    if current is None and best is None:
        return None
    if current is not None:
        roles[current], conf[current] = None, 0.0
        reasons[current] = _(
            "not the order number: the same values appear for different customers on "
            "different dates (a line number inside the order)"
        )
    if best is not None:
        roles[best], conf[best] = "order_id", round(0.75 + 0.2 * best_purity, 3)
        reasons[best] = _(
            "the order number: the same on all lines of one purchase, different between purchases"
        )
        return _("'{col}' was taken as the order number because of what it holds.").format(col=best)
    return _(
        "'{col}' is not an order number (its values repeat across customers and dates), "
        "so each customer's purchases are counted by date."
    ).format(col=current)


def candidates_for(role: str, frame: pd.DataFrame, roles: dict[str, str | None]) -> list[str]:
    """Columns that could hold ``role`` (customer, date or amount), best first, at most five."""
    out = []
    for h in frame.columns:
        if roles.get(h) is not None and role != "customer":
            continue
        col = frame[h].dropna()
        if col.empty:
            continue
        num = pd.to_numeric(
            col.astype("string").str.replace(r"[$€£,\s]", "", regex=True), errors="coerce"
        )
        numeric = num.notna().mean() > 0.9
        if role == "amount" and numeric and (num % 1 != 0).mean() > 0.2:
            out.append(h)
        elif role == "date" and not numeric:
            parsed = pd.to_datetime(col.astype("string").head(200), errors="coerce", format="mixed")
            if parsed.notna().mean() > 0.8:
                out.append(h)
        elif role == "customer" and roles.get(h) is None and not numeric:
            uniq = col.nunique()
            if 1 < uniq < 0.9 * len(col):
                out.append(h)
    return out[:5]


MISSING = {
    "customer": "No column says who the customer was (an ID, name or e-mail).",
    "date": "No column with sale dates was found.",
    "amount": "No column with amounts (or quantity and unit price) was found.",
}


def missing_role_problems(frame: pd.DataFrame, roles: dict[str, str | None], kind: str):
    """Yield (message, hint) for each role the analysis needs and no column has."""
    present = set(roles.values())
    needs = []
    if (
        not present
        & {"customer_id", "email", "customer_name", "company", "first_name", "last_name"}
        and kind != "customers"
    ):
        needs.append("customer")
    if kind != "customers":
        if "date" not in present:
            needs.append("date")
        if "amount" not in present and not {"quantity", "unit_price"} <= present:
            needs.append("amount")
    for need in needs:
        cands = candidates_for(need, frame, roles)
        if cands:
            hint = _(
                "Columns that could hold it: {cols}. Choose one in the import preview, "
                "or pass --mapping."
            ).format(cols=", ".join(f"'{c}'" for c in cands))
        else:
            hint = _("No column looks like it: export the report with that column.")
        yield _(MISSING[need]), hint


_NEED_OF_MESSAGE = {
    "No column says who the customer was (an ID, name or e-mail).": "customer",
    "None of the rows says who the customer was.": "customer",
    "No column with sale dates was found.": "date",
    "No column with amounts (or quantity and unit price) was found.": "amount",
}


def with_candidates(exc, frame: pd.DataFrame, roles: dict[str, str | None], kind: str):
    """Return ``exc`` with a hint naming the columns that could hold the missing role."""
    need = next((n for m, n in _NEED_OF_MESSAGE.items() if exc.message == _(m)), None)
    if need is None:
        return exc
    cands = candidates_for(need, frame.head(5000), roles)
    if cands:
        hint = _(
            "Columns that could hold it: {cols}. Choose one in the import preview, or pass a "
            "mapping (--mapping)."
        ).format(cols=", ".join(f"'{c}'" for c in cands))
    else:
        hint = _("No column looks like it; {hint}").format(hint=exc.hint[:1].lower() + exc.hint[1:])
    exc.hint = hint
    return exc
