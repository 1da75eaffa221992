"""Customer summaries from accounting reports: names without a header, spend under a period.

QuickBooks Desktop's "Sales by Customer Summary" (pos_formats.md §8b) has the customer in an
unlabelled column and each customer's sales under a header that is the report's period
("Jan - Dec 25"). Neither header says what its column is; what the columns hold does.
"""

from __future__ import annotations

import re

from desktopseg.core.i18n import _

_UNNAMED = re.compile(r"^Column \d+$")  # the name the reader gives a column without a header
_PERIOD = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(19|20)\d\d\b|^total$",
    re.IGNORECASE,
)
_TOTAL = re.compile(r"^\s*total\s*$", re.IGNORECASE)
_WHO = ("customer_id", "email", "customer_name", "company", "first_name", "last_name")


def summary_list_roles(roles: dict, conf: dict, reasons: dict, profiles: dict) -> None:
    """Name the customer and spend columns of a customer list whose headers say neither.

    An unlabelled column of distinct texts is the customer's name; the one money column headed
    by a period ("Jan - Dec 25", "2025", "Total") is each customer's total spend.
    """
    if not any(r in _WHO for r in roles.values()):
        for h, r in roles.items():
            p = profiles[h]
            text = p.number is None or p.number.rate < 0.2
            if (r is None and _UNNAMED.match(h) and text and p.filled >= 2
                    and p.unique >= 0.95 * p.filled):  # fmt: skip
                roles[h], conf[h] = "customer_name", 0.6
                reasons[h] = _("no header, one different text per row: read as the customer's "
                               "name")  # fmt: skip
                break
    if any(r == "lifetime_spend" for r in roles.values()):
        return
    periods = [h for h, r in roles.items()
               if r in (None, "category_spend") and _PERIOD.search(h)
               and profiles[h].number is not None and profiles[h].number.rate > 0.95]  # fmt: skip
    total = [h for h in periods if _TOTAL.match(h)]
    if len(periods) == 1 or len(total) == 1:
        # Months side by side are one spend cut by time, not categories: their total is it.
        h = total[0] if total else periods[0]
        for other in periods:
            if other != h:
                roles[other], conf[other], reasons[other] = None, 0.0, _(
                    "a part of the period; '{h}' holds the whole").format(h=h)
        roles[h], conf[h] = "lifetime_spend", 0.6
        reasons[h] = _("money per customer over the period '{h}': read as each customer's "
                       "total spend").format(h=h)  # fmt: skip
