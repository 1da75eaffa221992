"""Names of customers and personas: telling a business from a person, renaming a persona.

A business keeps its one name ("Patel Remodeling" is never "Patel" / "Remodeling", so a mail
merge never says "Hi Patel"). A renamed persona is renamed everywhere its name is written.
"""

from __future__ import annotations

import re

import pandas as pd

from desktopseg.core.i18n import N_

#: Legal forms and words that only a business name carries (several languages).
_LEGAL = (
    r"llc|l\.l\.c|ltd|limited|inc|incorporated|corp|corporation|co|company|gmbh|ag|kg|oy|oyj|ky|"
    r"ab|asa|sa|sas|sarl|srl|spa|bv|nv|plc|llp|pty|pte|bros|brothers|sons|group|"
    r"holdings|partners|associates|enterprises|industries|international|intl|mfg|manufacturing"
)
#: Trades and kinds of shop: a name ending in one of these is a firm, not a person.
_TRADES = (
    r"remodel(?:ing|ers)?|roofing|plumbing|electric(?:al)?|heating|hvac|construction|"
    r"contracting|contractors?|builders?|building|carpentry|joinery|landscap(?:ing|es)|"
    r"painting|painters|flooring|masonry|concrete|renovations?|restorations?|homes|"
    r"properties|realty|services|supplies|supply|studio|design|consulting|solutions|"
    r"systems|technologies|tech|motors|auto|garage|bakery|cafe|café|catering|restaurant|"
    r"bistro|deli|salon|florist|flowers|hotel|clinic|dental|pharmacy|school|academy|church|"
    r"council|university|hospital|farm|farms|foods|store|shop|market|office|furniture|"
    r"logistics|transport|trucking|printing|media|labs?|works|workshop"
)
_BUSINESS = re.compile(
    rf"(?:\b(?:{_LEGAL})\b\.?|\b(?:{_TRADES})\b|&|주식회사|有限公司|公司|株式会社)",
    re.IGNORECASE,
)


def is_business(name: object) -> bool:
    """Return True when ``name`` reads as a company ("Wagner Roofing LLC", "A & B")."""
    if name is None or (isinstance(name, float) and name != name):
        return False
    text = str(name).strip()
    if not text or "@" in text:
        return False
    return bool(_BUSINESS.search(text))


def business_mask(names: pd.Series) -> pd.Series:
    """Return a boolean Series: which of ``names`` are businesses (vectorised)."""
    text = names.astype("string")
    found = text.str.contains(_BUSINESS, regex=True).fillna(False).astype(bool)
    return found & ~text.str.contains("@", regex=False).fillna(False).astype(bool)


def rename_in_text(text: str, old: str, new: str) -> str:
    """Replace the whole word ``old`` by ``new`` in ``text`` (never inside another word)."""
    if not text or not old or old == new:
        return text
    return re.sub(rf"(?<!\w){re.escape(old)}(?!\w)", lambda _m: new, text)


def rename_persona(persona, new_name: str) -> None:
    """Rename ``persona`` in its name, initials, story and tagline."""
    from desktopseg.core.personas import initials

    new_name = (new_name or "").strip()
    old = persona.name
    if not new_name or new_name == old:
        return
    persona.story = rename_in_text(persona.story, old, new_name)
    persona.tagline = rename_in_text(persona.tagline, old, new_name)
    persona.name = new_name
    persona.initials = initials(new_name)


#: The schemes' names as a person reads them (the keys are for files and the command line).
_SCHEME_TITLES = {
    "behavioral": N_("Buying behaviour (RFM)"),
    "value": N_("Customer value"),
    "firmographic": N_("Company profile"),
    "clusters": N_("Automatic groups"),
}


def scheme_title(scheme: str) -> str:
    """Return the translated, readable name of a scheme key ('firmographic' -> 'Company …')."""
    from desktopseg.core.i18n import _

    return _(_SCHEME_TITLES[scheme]) if scheme in _SCHEME_TITLES else scheme
