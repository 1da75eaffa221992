"""A customer list's own columns, kept as the file has them, and what they say.

Your own groups, the demographic and the needs schemes read the columns of the list as
written in the file ("Kidhome", "Marital_Status", "AnnualIncome (k$)"). The importer maps a
few columns to roles and used to drop the rest; ``original_columns`` keeps every column as
``col:<header>`` on ImportResult.customers (so they travel into the customer table, the saved
project and the rules), and ``source_table`` gives them back under their own names.

``fill_from_list`` is the small bridge that lets behaviour and value segments run on a
marketing-style list whose columns are not (yet) recognised as roles: spend = the sum of the
spend-per-category columns (Mnt*), orders = the sum of the purchases-per-channel columns
(Num*Purchases), days since the last purchase from a Recency column, the date joined as the
first purchase. It only fills what the importer did not already give.
"""

from __future__ import annotations

import re
from datetime import date

import numpy as np
import pandas as pd

from desktopseg.core.i18n import _

PREFIX = "col:"


def original_columns(frame: pd.DataFrame) -> dict[str, pd.Series]:
    """Every column of the list under ``col:<header>``: numbers where all values are numbers."""
    out: dict[str, pd.Series] = {}
    for name in frame.columns:
        col = frame[name]
        if col.dtype == object or str(col.dtype).startswith("string"):
            text = col.astype("string").str.strip()
            text = text.mask(text == "")
            nums = pd.to_numeric(text.str.replace(",", "", regex=False), errors="coerce")
            if text.notna().any() and nums.notna().sum() == text.notna().sum():
                col = nums.astype(float)
            else:
                col = text
        out[PREFIX + str(name)] = col
    return out


def source_table(customers: pd.DataFrame) -> pd.DataFrame:
    """Return the list's own columns under their own names (empty columns when there are none)."""
    cols = [c for c in customers.columns if str(c).startswith(PREFIX)]
    table = customers[cols].copy()
    table.columns = [str(c)[len(PREFIX):] for c in cols]
    return table


def rule_table(customers: pd.DataFrame) -> pd.DataFrame:
    """Return what conditions can read: the list's own columns, else the customer figures."""
    table = source_table(customers)
    if table.shape[1]:
        return table
    keep = [c for c in customers.columns if not str(c).startswith(("col:", "channel_share:"))]
    return customers[keep].copy()


def find(table: pd.DataFrame, *patterns: str) -> list[str]:
    """Columns whose header matches any of ``patterns`` (regular expressions, no case)."""
    return [c for c in table.columns
            if any(re.search(p, str(c), flags=re.IGNORECASE) for p in patterns)]


def numbers(table: pd.DataFrame, col: str) -> pd.Series:
    """Return a column as numbers (NaN where a value is not one)."""
    v = table[col]
    if v.dtype.kind in "biuf":
        return v.astype(float)
    return pd.to_numeric(v.astype("string").str.replace(",", "", regex=False),
                         errors="coerce").astype(float)


#: Spend per product family in marketing lists ("MntWines", "MntGoldProds").
SPEND = (r"^mnt", r"^spend[_ ]", r"^amount[_ ]spent")
#: Purchases per channel ("NumWebPurchases"); deals and visits are not purchases in a channel.
CHANNEL_COUNTS = (r"^num.*purchases$",)
RECENCY = (r"^recency$", r"^days[_ ]since[_ ]last", r"^last[_ ]purchase[_ ]days")
JOINED = (r"^dt[_ ]customer$", r"^date[_ ]joined$", r"^customer[_ ]since$", r"^join(ed)?[_ ]date$",
          r"^signup[_ ]date$", r"^member[_ ]since$")


def channel_columns(table: pd.DataFrame) -> list[str]:
    """Purchases per channel (web, catalogue, store); deals are not a channel."""
    return [c for c in find(table, *CHANNEL_COUNTS) if not re.search("deal", c, re.IGNORECASE)]


def spend_columns(table: pd.DataFrame) -> list[str]:
    """Spend per product family."""
    return [c for c in find(table, *SPEND) if numbers(table, c).notna().any()]


def joined_dates(table: pd.DataFrame) -> pd.Series | None:
    """Return the date each customer joined, when the list has one (m/d/yyyy, d-m-yyyy or ISO)."""
    cols = find(table, *JOINED)
    if not cols:
        return None
    text = table[cols[0]].astype("string").str.strip()
    best, best_n = None, -1
    for fmt in ("%Y-%m-%d", "%m/%d/%Y", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y/%m/%d"):
        d = pd.to_datetime(text, format=fmt, errors="coerce")
        if d.notna().sum() > best_n:
            best, best_n = d, int(d.notna().sum())
    return best if best_n > 0 else None


def _family(column: str) -> str:
    """'MntWines' -> 'Wines': the product family a spend column is about."""
    return re.sub(r"^mnt_?", "", column, flags=re.IGNORECASE) or column


def fill_from_list(out: pd.DataFrame, analysis_day, settings, notes: list[str]):
    """Fill spend, orders and purchase dates from a marketing list's columns; see the module.

    Returns (customers, analysis day). Columns the importer already filled are left alone.
    """
    table = source_table(out)
    if not table.shape[1]:
        return out, analysis_day
    spend = spend_columns(table)
    guessed = [c for c in out.columns if str(c).startswith("spend:")
               and str(c)[len("spend:"):] not in spend]
    if spend and guessed and "lifetime_spend" not in table:
        # The list names its spend columns (Mnt*); other numbers read as spend (Income) are not.
        # All of them are set again below, under the product family's name ("Wines").
        out = out.drop(columns=[c for c in out.columns if str(c).startswith("spend:")]
                       + [c for c in ("revenue", "favourite_category") if c in out])
        notes[:] = [n for n in notes if not n.startswith(_("Revenue is the sum")[:18])]
    if "revenue" not in out and spend:
        out["revenue"] = sum(numbers(table, c).fillna(0) for c in spend).astype(float)
        for c in spend:
            out["spend:" + _family(c)] = numbers(table, c)
        notes.append(_("Spend is the sum of the columns {cols}.").format(cols=", ".join(spend)))
        sp = out[["spend:" + _family(c) for c in spend]]
        if "favourite_category" not in out:
            best = sp.fillna(-np.inf).to_numpy().argmax(axis=1)
            names = np.array([s[len("spend:"):] for s in sp.columns], dtype=object)
            out["favourite_category"] = np.where(sp.notna().any(axis=1).to_numpy(),
                                                 names[best], None)
    channels = channel_columns(table)
    if "orders" not in out and channels:
        out["orders"] = sum(numbers(table, c).fillna(0) for c in channels).astype(float)
        notes.append(_("Orders are the sum of the columns {cols}.").format(
            cols=", ".join(channels)))
    recency = find(table, *RECENCY)
    joined = joined_dates(table)
    if "last_purchase" not in out and recency:
        days = numbers(table, recency[0])
        if settings.analysis_date is not None:
            day = pd.Timestamp(settings.analysis_date)
        elif joined is not None and joined.notna().any():
            # A list has no "as of" date; the latest join date is the closest the file says.
            day = joined.max().normalize()
        else:
            day = pd.Timestamp(date.today())
        out["last_purchase"] = (day - pd.to_timedelta(days, unit="D")).astype("datetime64[ns]")
        analysis_day = day
        notes.append(_("Days since the last purchase come from the column '{col}'; the list "
                       "is read as of {day}.").format(col=recency[0], day=day.date().isoformat()))
        if joined is not None and "first_purchase" not in out:
            first = joined.where(joined <= out["last_purchase"], out["last_purchase"])
            out["first_purchase"] = first.astype("datetime64[ns]")
    return out, analysis_day
