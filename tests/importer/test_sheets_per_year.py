"""A history kept as one sheet per year (the public Online Retail II workbook's shape)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from desktopseg.core.importer import import_file
from desktopseg.core.model import ImportOptions
from desktopseg.core.progress import Task

COLUMNS = ["Invoice", "StockCode", "Description", "Quantity", "InvoiceDate", "Price",
           "Customer ID", "Country"]


def _year(start: str, end: str, seed: int, n: int = 400) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    days = pd.date_range(start, end, freq="D")
    rows = []
    for i in range(n):
        rows.append([f"{seed}{i:05d}", f"2{rng.integers(1000, 9999)}", "JUMBO BAG RED",
                     int(rng.integers(1, 24)), days[rng.integers(len(days))] +
                     pd.Timedelta(hours=int(rng.integers(8, 18))),
                     float(rng.choice([0.85, 1.25, 2.95, 4.95])),
                     float(rng.integers(12346, 12446)), "United Kingdom"])
    return pd.DataFrame(rows, columns=COLUMNS)


@pytest.fixture()
def workbook(tmp_path):
    first = _year("2009-12-01", "2010-12-09", 1)
    second = _year("2010-12-01", "2011-12-09", 2, n=500)
    # The first days of the second year were exported on the first sheet too.
    overlap = second[second["InvoiceDate"] < "2010-12-10"]
    first = pd.concat([first, overlap], ignore_index=True)
    path = tmp_path / "online_retail_II.xlsx"
    with pd.ExcelWriter(path) as w:
        first.to_excel(w, sheet_name="Year 2009-2010", index=False)
        second.to_excel(w, sheet_name="Year 2010-2011", index=False)
        pd.DataFrame({"Customer ID": [12346.0, 12347.0], "Segment": ["Trade", "Retail"]}).to_excel(
            w, sheet_name="Customers", index=False)
    return path, first, second, len(overlap)


@pytest.mark.parametrize("sheet", [None, "Year 2010-2011"], ids=["found", "chosen"])
def test_every_year_is_read_and_an_overlap_counted_once(workbook, sheet):
    path, first, second, overlap = workbook
    assert overlap > 0
    before = path.read_bytes()
    res = import_file(path, ImportOptions(sheet=sheet), Task())
    tx = res.transactions
    truth = pd.concat([first, second]).drop_duplicates()
    assert len(tx) == len(first) + len(second) - overlap == len(truth)
    assert tx["date"].min() == truth["InvoiceDate"].min()
    assert tx["date"].max() == truth["InvoiceDate"].max()
    assert tx["amount"].sum() == pytest.approx((truth["Quantity"] * truth["Price"]).sum())
    text = " ".join(p.message for p in res.report.problems)
    assert "'Year 2009-2010', 'Year 2010-2011' have the same columns" in text
    assert f"{overlap} lines were on two sheets" in text
    # The customer sheet is still joined, not stacked.
    assert res.customers is not None and "Customers" not in res.report.sheet_reason
    assert path.read_bytes() == before
