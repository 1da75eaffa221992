"""Warn in the column preview when a chosen role does not fit the column's content.

A drop-down changed by accident (or by mistake) can turn a Channel column into "Sale or refund"
or point the amount at a text column. Before Continue, each column whose chosen role contradicts
what the importer saw in it gets a plain-words warning in its "Why" cell and above Continue.
"""

from __future__ import annotations

import re

import pandas as pd
from PySide6.QtCore import QCoreApplication

from desktopseg.gui.common import role_labels

#: Roles whose values must be numbers.
NUMBER_ROLES = frozenset({
    "amount", "quantity", "unit_price", "cost", "margin", "discount", "tax", "employees",
    "annual_revenue", "effort_score", "service_minutes", "tickets", "age", "order_count",
    "lifetime_spend", "category_spend", "founded",
})
DATE_ROLES = frozenset({"date", "first_purchase", "last_purchase"})
#: Words that mark a sale or a refund in an event/status column (lower case, any language we ship).
_EVENT_WORDS = re.compile(
    r"refund|return|credit|void|cancel|sale|sold|payment|paid|invoice|order|purchase|"
    r"hyvit|palautu|myynti|maksu|erstatt|rück|retour|verkauf|zahlung|"
    r"remb|vente|paiement|devol|venta|pago|annul",
    re.IGNORECASE,
)
#: A detected role this sure is worth a warning when the user picks something unrelated.
SURE = 0.8


def _tr(text: str) -> str:
    return QCoreApplication.translate("RoleCheck", text)


def friendly_reason(reason: str, role: str | None = None) -> str:
    """Return the importer's reason with role keys ('order_id') replaced by their names."""
    labels = role_labels()

    def name(match: re.Match) -> str:
        key = match.group(0)
        return f"“{labels[key]}”" if key in labels else key

    if not reason:
        return reason
    # Only keys with an underscore are code; "date", "tickets" or "time" are the reason's own
    # English ("means support tickets" must not read 'support “Support tickets”').
    keys = sorted((k for k in labels if "_" in k), key=len, reverse=True)
    return re.sub(r"\b(" + "|".join(map(re.escape, keys)) + r")\b", name, reason)


def _share(values: pd.Series, test) -> float:
    vals = values.dropna()
    if vals.empty:
        return 1.0
    return float(vals.map(test).mean())


def _is_number(v) -> bool:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return True
    text = re.sub(r"[\s$€£¥%,.'\-+()]", "", str(v))
    return text.isdigit()


def _is_date(v) -> bool:
    if isinstance(v, pd.Timestamp):
        return True
    return bool(re.search(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}", str(v)))


def check_role(column: str, chosen: str | None, detected: str | None, confidence: float,
               values: pd.Series | None) -> str | None:
    """Return a warning when ``chosen`` contradicts the column's content, else None."""
    if chosen is None or chosen == detected:
        return None
    labels = role_labels()
    chosen_label = labels.get(chosen, chosen)
    if values is not None and not values.dropna().empty:
        sample = ", ".join(str(v) for v in values.dropna().astype(str).unique()[:3])
        if chosen in NUMBER_ROLES and _share(values, _is_number) < 0.8:
            return _tr("“{column}” holds text such as {sample}, not numbers: it cannot be "
                       "used as {role}.").format(column=column, sample=sample, role=chosen_label)
        if chosen in DATE_ROLES and _share(values, _is_date) < 0.8:
            return _tr("“{column}” holds {sample}, not dates: it cannot be used as {role}."
                       ).format(column=column, sample=sample, role=chosen_label)
        if chosen == "event_type" and _share(values, lambda v: bool(
                _EVENT_WORDS.search(str(v)))) < 0.5:
            return _tr("“{column}” holds {sample}, not words like Sale or Refund: as {role} "
                       "its rows could be counted as refunds.").format(
                column=column, sample=sample, role=chosen_label)
    if detected is not None and confidence >= SURE:
        return _tr("“{column}” looks like {detected}, not {role}. Please check this "
                   "choice.").format(column=column, detected=labels.get(detected, detected),
                                     role=chosen_label)
    return None


def column_values(data, column: str) -> pd.Series | None:
    """Return what the importer read from ``column`` (through the role it had), if anything."""
    role = data.mapping.roles.get(column)
    if role is None:
        for c in data.report.columns:
            if c.name == column:
                role = c.role
    if role is None:
        return None
    for frame in (data.transactions, data.customers):
        if frame is not None and role in frame.columns:
            return frame[role].head(2000)
    return None
