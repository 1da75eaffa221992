"""Are the customers companies? Read from their names (Ltd, LLC, Inc, GmbH, Oy, Co., ...).

When most named customers are companies, persona cards speak of businesses ("Marco's firm")
rather than private persons.
"""

from __future__ import annotations

import re

import pandas as pd

#: Legal-form words and abbreviations that mark a company name, in any letter case.
_FORMS = (
    r"ltd\.?", r"limited", r"llc", r"l\.l\.c\.", r"inc\.?", r"incorporated", r"corp\.?",
    r"corporation", r"co\.", r"company", r"plc", r"gmbh", r"oyj", r"sarl", r"srl", r"s\.a\.",
    r"s\.r\.l\.", r"s\.p\.a\.", r"pty", r"pte", r"llp", r"kft", r"sp\. z o\.o\.", r"b\.v\.",
    r"group", r"holdings", r"partners", r"& sons", r"trading", r"enterprises",
)
#: Short forms that are also surnames or words in lower case ("Ab", "As"): written as firms do.
_SHORT_FORMS = (r"AB", r"AG", r"KG", r"Oy", r"OY", r"A/S", r"AS", r"ASA", r"ApS", r"BV", r"NV",
                r"SA", r"SpA", r"LP", r"Co")
_COMPANY = re.compile(
    r"(?:^|[\s,(])(?:" + "|".join(_FORMS) + r")(?=$|[\s,.)])", re.IGNORECASE)
_SHORT = re.compile(r"(?:^|[\s,(])(?:" + "|".join(_SHORT_FORMS) + r")(?=$|[\s,.)])")
_CJK_COMPANY = re.compile(r"(주식회사|㈜|有限公司|公司)")


def is_company_name(name: object) -> bool:
    """Whether ``name`` carries a company's legal form ("Sunrise Social Club LLC")."""
    text = str(name).strip()
    if not text:
        return False
    return bool(_COMPANY.search(text) or _SHORT.search(text) or _CJK_COMPANY.search(text))


def mostly_companies(names: pd.Series | None, share: float = 0.5) -> bool:
    """Whether at least ``share`` of the distinct named customers are companies."""
    if names is None:
        return False
    s = pd.Series(names).dropna().astype(str).str.strip()
    s = s[s != ""].drop_duplicates()
    if len(s) < 3:
        return False
    hits = s.map(is_company_name).mean()
    return bool(hits >= share)
