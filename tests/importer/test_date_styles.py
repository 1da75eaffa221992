"""Date styles seen in real exports that were refused: "18-May-13", "18-05-13", "18/May/2013"."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from desktopseg.core.importer.values import parse_dates
from desktopseg.core.pipeline import load


@pytest.mark.parametrize("values, expected", [
    (["18-May-13", "01-JAN-14", "31-Dec-12"], ["2013-05-18", "2014-01-01", "2012-12-31"]),
    (["18-05-13", "01-01-14", "31-12-12"], ["2013-05-18", "2014-01-01", "2012-12-31"]),
    (["05-18-13", "01-31-14"], ["2013-05-18", "2014-01-31"]),
    (["18 May 13", "1 Jun 14"], ["2013-05-18", "2014-06-01"]),
    (["18/May/2013", "2/Jun/2014"], ["2013-05-18", "2014-06-02"]),
    (["18-May-2013", "02-June-2014"], ["2013-05-18", "2014-06-02"]),
])
def test_date_styles(values, expected):
    d = parse_dates(pd.Series(values))
    assert d.values.dt.strftime("%Y-%m-%d").tolist() == expected


def test_transactions_dated_day_month_name_two_digit_year(tmp_path):
    """customer_id, trans_date ("11-Feb-13"), tran_amount: the whole file was refused."""
    rng = np.random.default_rng(13)
    days = pd.Timestamp("2011-05-16") + pd.to_timedelta(rng.integers(0, 1400, 800), "D")
    frame = pd.DataFrame({"customer_id": [f"CS{v}" for v in rng.integers(1112, 1400, 800)],
                          "trans_date": days.strftime("%d-%b-%y"),
                          "tran_amount": rng.integers(10, 106, 800)})
    path = tmp_path / "Retail_Data_Transactions.csv"
    frame.to_csv(path, index=False)
    tx = load(path).transactions
    assert len(tx) == 800
    assert tx["amount"].sum() == frame["tran_amount"].sum()
    assert tx["date"].min() == days.min() and tx["date"].max() == days.max()
