"""Which currency the money in an export is in, and how to show it.

Detected, most telling first, from:
1. a currency column ("Currency": USD/EUR/...), when one code fills most rows;
2. money column headers ("Amount (USD)", "Price €", "Total GBP");
3. the money cells themselves ("$17.00", "17,00 €", "EUR 12.50", "¥1,200");
4. the customers' country, when one country fills most rows (a UK gift shop's prices are GBP).
Nothing found: no currency is shown (a wrong symbol is worse than none). The user can set it
(``AnalysisSettings.currency``; Settings in the window); the choice is kept with the column
mapping (``ColumnMapping.currency``) so the next import of the same export needs no question.

``format_money(12.5, "USD")`` -> "$12.50"; ``format_money(1234, "EUR")`` -> "1,234 €".
"""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd

#: ISO code -> (symbol, symbol goes before the number).
CURRENCIES: dict[str, tuple[str, bool]] = {
    "USD": ("$", True), "CAD": ("CA$", True), "AUD": ("A$", True), "NZD": ("NZ$", True),
    "GBP": ("£", True), "EUR": ("€", False), "JPY": ("¥", True), "CNY": ("¥", True),
    "KRW": ("₩", True), "INR": ("₹", True), "CHF": ("CHF", True), "SEK": ("kr", False),
    "NOK": ("kr", False), "DKK": ("kr.", False), "PLN": ("zł", False), "BRL": ("R$", True),
    "MXN": ("MX$", True), "ZAR": ("R", True), "HKD": ("HK$", True), "SGD": ("S$", True),
    "TWD": ("NT$", True), "CZK": ("Kč", False), "HUF": ("Ft", False), "ILS": ("₪", True),
    "TRY": ("₺", True), "RUB": ("₽", False), "THB": ("฿", True), "PHP": ("₱", True),
    "VND": ("₫", False), "NGN": ("₦", True), "UAH": ("₴", False),
}

#: Symbols found in cells or headers -> code (an ambiguous "$" or "¥" counts as USD / JPY).
_SYMBOLS: tuple[tuple[str, str], ...] = (
    ("CA$", "CAD"), ("A$", "AUD"), ("NZ$", "NZD"), ("HK$", "HKD"), ("S$", "SGD"),
    ("NT$", "TWD"), ("R$", "BRL"), ("MX$", "MXN"), ("US$", "USD"), ("€", "EUR"),
    ("£", "GBP"), ("₩", "KRW"), ("₹", "INR"), ("￥", "CNY"), ("元", "CNY"), ("원", "KRW"),
    ("¥", "JPY"), ("zł", "PLN"), ("₪", "ILS"), ("₺", "TRY"), ("₽", "RUB"), ("฿", "THB"),
    ("₱", "PHP"), ("₫", "VND"), ("₦", "NGN"), ("₴", "UAH"), ("Kč", "CZK"), ("$", "USD"),
)

#: Country (as exports write it) -> currency.
COUNTRIES: dict[str, str] = {
    "united kingdom": "GBP", "uk": "GBP", "great britain": "GBP", "england": "GBP",
    "united states": "USD", "usa": "USD", "us": "USD", "united states of america": "USD",
    "canada": "CAD", "australia": "AUD", "new zealand": "NZD", "ireland": "EUR", "eire": "EUR",
    "germany": "EUR", "france": "EUR", "spain": "EUR", "italy": "EUR", "portugal": "EUR",
    "netherlands": "EUR", "belgium": "EUR", "austria": "EUR", "finland": "EUR", "greece": "EUR",
    "sweden": "SEK", "norway": "NOK", "denmark": "DKK", "poland": "PLN", "switzerland": "CHF",
    "japan": "JPY", "china": "CNY", "korea": "KRW", "south korea": "KRW", "india": "INR",
    "brazil": "BRL", "mexico": "MXN", "south africa": "ZAR", "singapore": "SGD",
    "hong kong": "HKD", "israel": "ILS", "czech republic": "CZK", "hungary": "HUF",
}

_CODE = re.compile(r"(?<![A-Za-z])(" + "|".join(CURRENCIES) + r")(?![A-Za-z])")
_MONEY_ROLES = ("amount", "unit_price", "cost", "lifetime_spend", "margin", "discount", "tax")
_SAMPLE = 500


def symbol(code: str | None) -> str:
    """Return the symbol shown for ``code`` (empty when none or unknown)."""
    if not code:
        return ""
    return CURRENCIES.get(code.upper(), (code.upper(), True))[0]


def format_money(number_text: str | float, code: str | None) -> str:
    """Add ``code``'s symbol to an already formatted number ("1,234.50" -> "$1,234.50")."""
    text = number_text if isinstance(number_text, str) else f"{number_text:,.2f}"
    if not code:
        return text
    sym, before = CURRENCIES.get(code.upper(), (code.upper(), False))
    if before:
        return ("-" + sym + text[1:]) if text.startswith("-") else sym + text
    return f"{text} {sym}"


def excel_format(base: str, code: str | None) -> str:
    """Return an Excel number format for money in ``code`` ('#,##0.00' -> '"$"#,##0.00')."""
    if not code:
        return base
    sym, before = CURRENCIES.get(code.upper(), (code.upper(), False))
    return f'"{sym}"{base}' if before else f'{base}" {sym}"'


def _from_text(values) -> str | None:
    """Return the currency most of these texts name by symbol or code, or None."""
    found: Counter[str] = Counter()
    for v in values:
        text = str(v)
        m = _CODE.search(text)
        if m:
            found[m.group(1)] += 1
            continue
        for sym, code in _SYMBOLS:
            if sym in text:
                found[code] += 1
                break
    if not found:
        return None
    code, n = found.most_common(1)[0]
    return code if n >= 0.5 * sum(found.values()) else None


def detect(frame: pd.DataFrame, roles: dict[str, str | None]) -> tuple[str | None, str]:
    """Return (ISO code or None, plain-words source) for the money in ``frame``."""
    head = frame.head(_SAMPLE)
    # 1. A currency column.
    for col in head.columns:
        if re.search(r"currency|valuutta|통화|货币|币种", str(col), re.IGNORECASE):
            vals = head[col].dropna().astype(str).str.strip().str.upper()
            vals = vals[vals.isin(list(CURRENCIES))]
            if len(vals) and vals.value_counts(normalize=True).iloc[0] >= 0.8:
                return vals.value_counts().index[0], f"column '{col}'"
    money_cols = [c for c, r in roles.items() if r in _MONEY_ROLES and c in head.columns]
    # 2. Headers of money columns.
    code = _from_text([c for c in money_cols])
    if code:
        return code, "column headers"
    # 3. The cells.
    cells = []
    for col in money_cols:
        s = head[col].dropna()
        cells += [v for v in s.tolist() if isinstance(v, str)]
    code = _from_text(cells)
    if code:
        return code, "amounts"
    # 4. One country for most customers.
    for col, role in roles.items():
        if role == "country" and col in frame.columns:
            vals = frame[col].dropna().astype(str).str.strip().str.lower()
            if len(vals):
                share = vals.value_counts(normalize=True)
                if share.iloc[0] >= 0.6 and share.index[0] in COUNTRIES:
                    return COUNTRIES[share.index[0]], f"country '{share.index[0].title()}'"
    # 5. The export's language (headers) and the customers' e-mail domains.
    code = _from_locale(frame, roles)
    if code:
        return code
    return None, ""


#: Header words of exports written in a language whose country has one currency.
_HEADER_WORDS: tuple[tuple[str, str], ...] = (
    ("EUR", r"^(bestell|datum$|kunde|gesamt|einzelpreis|menge$|betrag|rechnung|artikel)"),
    ("EUR", r"^(päivämäärä|summa$|asiakas|tilaus|hinta$|määrä$|tuote$)"),
    ("EUR", r"^(commande|montant|client$|quantité|prix)"),
    ("EUR", r"^(bestelling|klant|bedrag|aantal$|prijs$)"),
    ("EUR", r"^(pedido|importe|cliente$|cantidad|precio)"),
    ("SEK", r"^(kund$|belopp|antal$|pris$|ordernummer)"),
    ("KRW", r"(주문|금액|고객|날짜|수량)"),
    ("CNY", r"(订单|金额|客户|日期|数量)"),
    ("JPY", r"(注文|金額|顧客|日付)"),
)
_TLDS = {"de": "EUR", "fr": "EUR", "fi": "EUR", "at": "EUR", "nl": "EUR", "es": "EUR",
         "it": "EUR", "be": "EUR", "ie": "EUR", "pt": "EUR", "uk": "GBP", "se": "SEK",
         "no": "NOK", "dk": "DKK", "pl": "PLN", "ch": "CHF", "jp": "JPY", "kr": "KRW",
         "cn": "CNY", "au": "AUD", "nz": "NZD", "ca": "CAD", "in": "INR"}


def _from_locale(frame: pd.DataFrame, roles: dict[str, str | None]) -> tuple[str, str] | None:
    votes: Counter[str] = Counter()
    for col in frame.columns:
        name = str(col).strip().lower()
        for code, pattern in _HEADER_WORDS:
            if re.search(pattern, name):
                votes[code] += 1
                break
    if votes:
        code, n = votes.most_common(1)[0]
        if n >= 2:
            return code, "the export's language"
    for col, role in roles.items():
        if role == "email" and col in frame.columns:
            tld = (frame[col].head(_SAMPLE).dropna().astype(str).str.strip().str.lower()
                   .str.extract(r"\.([a-z]{2})$")[0].dropna())
            if len(tld) >= 5:
                share = tld.value_counts(normalize=True)
                if share.iloc[0] >= 0.6 and share.index[0] in _TLDS:
                    return _TLDS[share.index[0]], "e-mail addresses"
    return None


# The currency money is shown in while one analysis is formatted (set by the pipeline).
_current: str | None = None


def use(code: str | None) -> None:
    """Show money in ``code`` from now on (None: no symbol)."""
    global _current
    _current = code.upper() if code else None


def current() -> str | None:
    """Return the currency money is shown in now (None: no symbol)."""
    return _current


def of_result(result) -> str | None:
    """Return the currency of an analysis: the user's setting, else what the import detected."""
    chosen = getattr(result.settings, "currency", None)
    if chosen:
        return str(chosen).upper()
    return getattr(result.data.report, "currency", None)
