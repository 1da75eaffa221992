"""Group customers by a text column of their own, such as Customer Type (Contractor/Homeowner).

The choice is the column's header as the file (or a joined sheet) has it, kept in the column
mapping (``ColumnMapping.group_by``, remembered with it; ``ImportOptions.group_by`` and
``--group-by`` on the command line) or given in ``AnalysisSettings.group_by``. The groups are
made by the "your own groups" scheme (``custom``), one group per value of the column:

    carry(...)     importer: keep the column's value on each sales line (transactions
                   "group_by"), record the choice and list the columns that can group customers
    attach(...)    analyse: one value per customer in customers["group_by"] (the most frequent
                   of the customer's lines; none given: "Not given"); returns the settings the
                   schemes run with
    run(...)       the custom scheme's segmentation when a grouping is chosen
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd

from desktopseg.core.errors import UserError
from desktopseg.core.i18n import _
from desktopseg.core.list_columns import PREFIX
from desktopseg.core.model import AnalysisResult, AnalysisSettings, Segmentation
from desktopseg.core.progress import Task

#: The customer column the scheme reads.
COLUMN = "group_by"
#: Most groups a column may give (DESIGN.md §4: 2-20 buckets); more are folded into "Other".
MAX_VALUES = 20
#: Roles a column may have and still describe a kind of customer (not who, when or how much).
_GROUPING_ROLES = frozenset({None, "segment_hint", "industry", "gender", "city", "region",
                             "country", "location", "acquisition_source", "channel",
                             "category"})
#: Share of customers whose lines agree on one value for a sales column to describe them.
_CONSTANT_SHARE = 0.9


def not_given() -> str:
    """Return the name of the group of customers without a value."""
    return _("Not given")


def _text(values: pd.Series) -> pd.Series:
    """Values as trimmed text (whole numbers without '.0'); blanks become missing."""
    if values.dtype.kind == "f":
        whole = values.notna() & (values == values.round())
        out = values.astype(object).where(~whole, values.round().astype("Int64").astype(object))
        values = pd.Series(out, index=values.index)
    text = values.astype("string").str.strip()
    return text.mask(text == "")


def _find(columns, name: str):
    """Return the column labelled ``name`` (as text), or None."""
    return next((c for c in columns if str(c) == name), None)


# ---- importer -----------------------------------------------------------------------------
def carry(raw, options, saved, mapping, transactions, customers, report) -> None:
    """Record joined choices and the grouping on ``mapping``; keep the column on the lines."""
    from desktopseg.core.importer.joined import roles_of

    if report.joined:
        mapping.joined = roles_of(report)
        mapping.left_out = [j["name"] for j in report.joined if not j.get("used")]
    report.group_columns = candidates(raw, mapping, transactions, customers, report)
    column = options.group_by or (saved.group_by if saved is not None else None)
    if not column:
        return
    main = _find(raw.frame.columns, column)
    joined = any(c["name"] == column for j in report.joined for c in j.get("columns", []))
    if main is None and not joined:
        if options.group_by:  # asked for by name: say what there is
            raise UserError(
                _("There is no column called '{column}' to group customers by.").format(
                    column=column),
                hint=_("Columns that can group customers: {columns}.").format(
                    columns=", ".join(report.group_columns) or "-"),
                file=report.file)
        return  # remembered for files of this kind, but this one has no such column
    mapping.group_by = column
    if main is not None and transactions is not None and len(transactions):
        transactions[COLUMN] = _line_values(raw, main, transactions)


def _line_values(raw, column, transactions: pd.DataFrame) -> pd.Series:
    """Return the column's value on each kept sales line (matched by its row in the file)."""
    pos = transactions["source_row"].to_numpy(dtype=np.int64) - raw.first_data_row
    ok = (pos >= 0) & (pos < len(raw.frame))
    values = _text(raw.frame[column]).to_numpy(dtype=object, na_value=None)
    out = np.full(len(transactions), None, dtype=object)
    out[ok] = values[pos[ok]]
    return pd.Series(out, index=transactions.index, dtype="string")


def candidates(raw, mapping, transactions, customers, report) -> list[str]:
    """Text columns of the customer with 2-20 values: the file's own, then joined sheets'."""
    out: list[str] = []
    roles = mapping.roles or {}
    if transactions is not None and len(transactions) and "source_row" in transactions:
        keys = transactions["customer_key"]
        for col in raw.frame.columns:
            if roles.get(str(col)) not in _GROUPING_ROLES:
                continue
            values = _line_values(raw, col, transactions)
            if _few_text_values(values) and _per_customer(keys, values):
                out.append(str(col))
    tables = []
    if report.table_kind == "customers" and customers is not None:
        tables.append((customers, roles))
    for j in report.joined:
        if j.get("used") and customers is not None:
            tables.append((customers, {c["name"]: c["role"] for c in j.get("columns", [])}))
    for table, table_roles in tables:
        for name, role in table_roles.items():
            col = PREFIX + name
            if (name not in out and role in _GROUPING_ROLES and col in table
                    and _few_text_values(_text(table[col]))):
                out.append(name)
    return out


def _few_text_values(values: pd.Series) -> bool:
    given = values.dropna()
    if not len(given):
        return False
    head = given.head(5000)
    if head.nunique() > MAX_VALUES:
        return False
    numeric = pd.to_numeric(head, errors="coerce").notna().mean()
    return numeric < 0.5 and 2 <= given.nunique() <= MAX_VALUES


def _per_customer(keys: pd.Series, values: pd.Series) -> bool:
    """Whether nearly every customer's lines agree on one value (a trait, not a per-sale fact)."""
    frame = pd.DataFrame({"k": keys.to_numpy(), "v": values.to_numpy()}).dropna()
    if not len(frame):
        return False
    per = frame.groupby("k", sort=False)["v"].nunique()
    return bool((per <= 1).mean() >= _CONSTANT_SHARE)


# ---- analysis -----------------------------------------------------------------------------
def most_frequent(keys: pd.Series, values: pd.Series) -> pd.Series:
    """Each customer's most frequent value (ties: the first in alphabetical order)."""
    frame = pd.DataFrame({"k": keys.to_numpy(), "v": values.to_numpy()}).dropna()
    if not len(frame):
        return pd.Series(dtype="string")
    counts = frame.groupby(["k", "v"], sort=False).size().reset_index(name="n")
    counts = counts.sort_values(["k", "n", "v"], ascending=[True, False, True], kind="stable")
    return counts.drop_duplicates("k").set_index("k")["v"].astype("string")


def attach(result: AnalysisResult, settings: AnalysisSettings) -> AnalysisSettings:
    """Put each customer's value in customers["group_by"]; return the settings to run with.

    ``result.settings`` is left as it was: the grouping belongs to the column mapping, so a
    later import without it does not inherit it from saved settings.
    """
    data = result.data
    column = settings.group_by or getattr(data.mapping, "group_by", None)
    if not column:
        return settings
    customers = result.customers
    tx = data.transactions
    values = None
    if tx is not None and COLUMN in tx and data.mapping.group_by == column:
        values = most_frequent(tx["customer_key"], tx[COLUMN])
    elif PREFIX + column in customers:
        values = _text(customers[PREFIX + column])
    if values is not None:
        customers[COLUMN] = values.reindex(customers.index).astype("string")
    return dataclasses.replace(settings, group_by=column)


def run(customers: pd.DataFrame, settings: AnalysisSettings, task: Task) -> Segmentation:
    """One group per value of the chosen column (the custom scheme when a grouping is chosen)."""
    from desktopseg.core.segmentation.common import finish, require_customers, unavailable

    column = settings.group_by
    if COLUMN not in customers:
        raise unavailable(_("The column '{column}' is not in this data (was its sheet left "
                            "out?).").format(column=column))
    require_customers(customers, 1)
    values = customers[COLUMN].astype("string")
    blank = not_given()
    counts = values.value_counts(dropna=True)
    order = [str(v) for v in counts.index]  # biggest first
    labels = values.astype(object).where(values.notna(), blank)
    reasons = pd.Series(index=customers.index, dtype=object)
    descriptions = {}
    for v in order:
        text = _("{column} is {value}").format(column=column, value=v)
        descriptions[v] = text
        reasons[(labels == v).to_numpy()] = text
    if values.isna().any():
        order.append(blank)
        descriptions[blank] = _("{column} is not given").format(column=column)
        reasons[values.isna().to_numpy()] = descriptions[blank]
    task.report(0.6)
    notes = []
    if settings.custom_rules:
        notes.append(_("Your own groups are set aside while customers are grouped by "
                       "{column}.").format(column=column))
    rules = {"name": column,
             "segments": [{"name": v, "when": descriptions[v]} for v in order if v != blank],
             "otherwise": blank}
    details = {"group_by": column, "rules": rules,
               "counts": {v: int((labels == v).sum()) for v in order}, "columns": [column]}
    return finish("custom", _("Grouped by {column}").format(column=column), customers,
                  labels, reasons, settings, order=order, descriptions=descriptions,
                  details=details, notes=notes, fold=len(order) > MAX_VALUES)
