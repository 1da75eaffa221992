"""Sales written in several currencies are said, not silently added together.

PayPal, Stripe and Shopify exports carry a currency per row (pos_formats.md §11-12): a shop
paid in dollars and pounds has both in one file. Amounts are added as they are written, so the
user is told which currencies the sales lines use and how many lines each.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from desktopseg.core.currency import CURRENCIES
from desktopseg.core.i18n import _
from desktopseg.core.model import ImportReport

_CURRENCY_HEADER = re.compile(r"^\s*(currency|valuutta|währung|devise|moneda|통화|货币|币种)\s*$",
                              re.IGNORECASE)  # fmt: skip


def note_mixed_currencies(
    frame: pd.DataFrame, first_data_row: int, transactions: pd.DataFrame, report: ImportReport
) -> None:
    """Warn when the kept sales lines are in more than one currency (by a currency column)."""
    column = next((c for c in frame.columns if _CURRENCY_HEADER.match(str(c))), None)
    if column is None or transactions is None or not len(transactions):
        return
    pos = transactions["source_row"].to_numpy(dtype="int64") - first_data_row
    pos = pos[(pos >= 0) & (pos < len(frame))]
    codes = frame[column].iloc[np.unique(pos)].astype("string").str.strip().str.upper()
    counts = codes[codes.isin(list(CURRENCIES))].value_counts()
    if len(counts) < 2:
        return
    listed = ", ".join(f"{code} {int(n)}" for code, n in counts.items())
    report.add_problem(
        "warning",
        _(
            "The sales are in {k} currencies (lines: {list}). Their amounts are added as they "
            "are written, without converting; export one currency at a time for true totals."
        ).format(k=len(counts), list=listed),
        column=str(column),
    )
