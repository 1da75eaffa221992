"""Small exports: numeric ids and short cp1252 files read as the user sees them."""

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


def test_short_cp1252_file_with_a_euro_sign_reads_its_amounts(tmp_path):
    """A few cp1252 bytes (the euro sign) are too few to guess from: cp1252 is assumed."""
    text = "Customer ID;Date;Amount\r\n" + "C100;2023-01-01;0,01 €\r\n" * 3
    path = tmp_path / "export.csv"
    path.write_bytes(text.encode("cp1252"))

    data = load(path, ImportOptions())

    assert data.transactions["amount"].round(2).tolist() == [0.01, 0.01, 0.01]


def test_a_stray_carriage_return_inside_a_line_does_not_split_the_sale(tmp_path):
    """A lone CR typed into a product name of an LF file keeps the line whole."""
    text = (
        "Customer ID,Date,Product,Amount\n"
        "C1,2024-06-14,Roses\rred,101.73\n"
        "C2,2024-06-15,Tulips,14.19\n"
        "C1,2024-07-01,Orchid,20.00\n"
    )
    path = tmp_path / "export.csv"
    path.write_bytes(text.encode("utf-8"))
    before = path.read_bytes()

    data = load(path, ImportOptions())

    assert data.report.rows_read == 3 and data.report.rows_kept == 3
    assert round(float(data.transactions["amount"].sum()), 2) == 135.92
    assert path.read_bytes() == before
