"""Numeric customer ids in workbooks keep the spelling the user sees in Excel."""

from __future__ import annotations

from datetime import datetime

from openpyxl import Workbook

from desktopseg.core.model import ImportOptions
from desktopseg.core.pipeline import load


def test_whole_number_ids_with_walk_in_blanks_are_not_written_as_floats(tmp_path):
    """Account 10100 with blank walk-in rows stays '10100', not '10100.0'."""
    wb = Workbook()
    ws = wb.active
    ws.append(["Date", "Account No", "Line Total"])
    rows = [(10100, 12.5), (None, 3.0), (10107, 8.0), (10100, 4.25), (None, 1.0)]
    for day, (account, total) in enumerate(rows, start=1):
        ws.append([datetime(2026, 3, day), account, total])
    path = tmp_path / "sales.xlsx"
    wb.save(path)

    data = load(path, ImportOptions())

    keys = data.transactions["customer_key"]
    assert sorted(keys.dropna().unique()) == ["10100", "10107"]
    assert int(keys.isna().sum()) == 2
