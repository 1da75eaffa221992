"""Issue 12: several files or a folder load together; overlaps are counted once."""

from __future__ import annotations

import json
import time

import pandas as pd

from desktopseg.cli import main
from desktopseg.core.pipeline import load
from tests.importer import shapes


def _independent_counts(folder):
    """Customers and lines of the twelve weekly files, counted with pandas alone."""
    weeks = sorted(folder.glob("items-2024-week[0-9][0-9].csv"))
    frame = pd.concat([pd.read_csv(f, dtype=str) for f in weeks], ignore_index=True)
    return frame["Customer ID"].dropna().nunique(), len(frame), weeks


def test_folder_of_weekly_square_exports(tmp_path):
    """Twelve weeks in two layouts plus a re-export of two weeks: every line counted once."""
    folder = shapes.square_weeks_folder(tmp_path / "weeks")
    customers, lines, weeks = _independent_counts(folder)
    widths = {len(pd.read_csv(f, nrows=0).columns) for f in weeks}
    assert widths == {33, 35}
    out = tmp_path / "summary.json"
    start = time.perf_counter()
    assert main(["segment", str(folder), "-q", "--summary-json", str(out)]) == 0
    elapsed = time.perf_counter() - start
    summary = json.loads(out.read_text(encoding="utf-8"))
    assert summary["customers"] == customers
    assert summary["transactions"] == lines
    files = {f["file"].rsplit("/", 1)[-1]: f for f in summary["files"]}
    assert len(files) == 13
    re_export = files["items-2024-weeks04-05-reexport.csv"]
    overlap = sum(len(pd.read_csv(folder / f"items-2024-week{w:02d}.csv")) for w in (4, 5))
    assert re_export["overlaps"] == overlap and re_export["lines"] == 0
    assert sum(f["lines"] for f in files.values()) == lines
    assert elapsed < 120


def test_files_listed_one_by_one_equal_the_folder(tmp_path):
    """`segment A B C` reads the same lines as the folder holding them."""
    folder = shapes.square_weeks_folder(tmp_path / "weeks")
    listed = load(sorted(str(p) for p in folder.glob("*.csv")))
    whole = load(folder)
    assert len(listed.transactions) == len(whole.transactions)
    assert listed.report.files == whole.report.files


def test_identical_lines_inside_one_file_are_kept(tmp_path):
    """Two equal lines in one file are two sales; the same line in a second file is an overlap."""
    header = "customer_id date number_of_cds dollar_value\n"
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(header + "1 19970101 1 11.77\n1 19970101 1 11.77\n2 19970102 2 20.00\n")
    b.write_text(header + "1 19970101 1 11.77\n3 19970105 1 9.99\n")
    data = load([a, b])
    assert len(data.transactions) == 4  # both copies from a, the new line from b
    assert [f["overlaps"] for f in data.report.files] == [0, 1]


def test_customer_list_and_sales_files_join(tmp_path):
    """A customer list given beside a sales file joins as with --customers."""
    sales = tmp_path / "sales.txt"
    sales.write_text(
        "customer_id date number_of_cds dollar_value\n"
        "1 19970101 1 11.77\n2 19970102 2 20.00\n3 19970105 1 9.99\n"
    )
    people = tmp_path / "people.csv"
    people.write_text("Customer ID,City,Employees\n1,Oslo,5\n2,Bergen,40\n3,Oslo,12\n")
    data = load([sales, people])
    assert data.customers is not None
    assert set(data.customers["city"]) == {"Oslo", "Bergen"}
