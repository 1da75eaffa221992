"""Excel and CSV exports: structure, formats, neutralised cells, atomic writes."""

from __future__ import annotations

import csv
import io
import shutil
import time
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from desktopseg.core import export
from desktopseg.core.errors import UserError
from desktopseg.core.export import (
    CSV_HEADER,
    neutralise,
    safe_filename,
    sheet_names,
    write_segment_csvs,
    write_workbook,
)
from desktopseg.core.personas import attach_personas

from .helpers import (
    HOSTILE_NAMES,
    customers_from_transactions,
    result_from,
    retail_result,
    retail_transactions,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+1 555 0100", "'+1 555 0100"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("Ann Lee", "Ann Lee"),
        ("a=b", "a=b"),
        ("", ""),
        (-5, -5),
        (-2.5, -2.5),
        (0, 0),
        (None, None),
    ],
)
def test_neutralise(value, expected):
    out = neutralise(value)
    assert out == expected and type(out) is type(expected)


def test_sheet_names_are_valid_and_unique():
    wanted = ["Champions", "A/B: [test]*?", "x" * 40, "x" * 40, "History", "champions", "'q'"]
    names = sheet_names(wanted, taken=["Summary", "Customers"])
    assert len(set(n.lower() for n in names)) == len(names)
    for n in names:
        assert 1 <= len(n) <= 31
        assert not set(n) & set("[]:*?/\\")
        assert n.lower() not in {"summary", "customers", "history"}
        assert not n.startswith("'") and not n.endswith("'")
    assert names[0] == "Champions"


def test_safe_filename():
    assert safe_filename("Buying: A/B <test>?") == "Buying_ A_B _test__"
    assert safe_filename("CON") == "_CON"
    assert safe_filename("...") == "segment"
    assert len(safe_filename("y" * 300)) == 80


@pytest.fixture(scope="module")
def written(retail_csv, tmp_path_factory):
    """One result written and read back once for the read-only checks (loading is slow)."""
    result = retail_result(retail_csv)
    for seg in result.segmentations.values():
        attach_personas(seg, result)
    path = tmp_path_factory.mktemp("workbook") / "result.xlsx"
    write_workbook(result, path)
    return result, openpyxl.load_workbook(path), path


@pytest.fixture
def workbook(written):
    return written[1], written[2]


@pytest.fixture
def result_written(written):
    return written[0]


def _header_index(ws) -> dict[str, int]:
    return {c.value: i for i, c in enumerate(ws[1])}


def test_workbook_sheets(result_written, workbook):
    retail = result_written
    wb, path = workbook
    seg = retail.segmentations["behavioral"]
    assert wb.sheetnames == ["Summary", "Customers"] + [s.name for s in seg.segments]
    assert sorted(p.name for p in path.parent.iterdir()) == ["result.xlsx"]  # no temp files
    for s in seg.segments:
        ws = wb[s.name]
        assert ws.max_row == s.customers + 1
        assert ws.freeze_panes == "A2" and ws.auto_filter.ref == f"A1:O{s.customers + 1}"
        ids = {ws.cell(r, 1).value for r in range(2, ws.max_row + 1)}
        assert ids == set(seg.labels[seg.labels == s.name].index)
        assert ws["A1"].font.b


def test_customers_sheet(result_written, workbook):
    retail = result_written
    wb, _path = workbook
    ws = wb["Customers"]
    c = retail.customers
    assert ws.max_row == len(c) + 1
    assert ws.freeze_panes == "A2"
    cols = _header_index(ws)
    last_col = openpyxl.utils.get_column_letter(len(cols))
    assert ws.auto_filter.ref == f"A1:{last_col}{len(c) + 1}"
    assert ws["A1"].value == "Customer ID" and all(cell.font.b for cell in ws[1])
    assert {"Revenue", "Orders", "Last purchase", "Margin", "Service effort (1-10)"} <= set(cols)
    assert [ws.cell(r, 1).value for r in range(2, len(c) + 2)] == list(c.index)
    for seg in retail.segmentations.values():
        label_col = cols[f"{seg.title}: segment"]
        why_col = cols[f"{seg.title}: why"]
        got = [ws.cell(r, label_col + 1).value for r in range(2, len(c) + 2)]
        assert got == seg.labels.reindex(c.index).tolist()
        why = [ws.cell(r, why_col + 1).value for r in range(2, len(c) + 2)]
        assert why == seg.reasons.reindex(c.index).tolist()
    # Formats and types.
    row = 2
    rev = ws.cell(row, cols["Revenue"] + 1)
    assert rev.number_format == "#,##0.00" and rev.value == pytest.approx(c["revenue"].iloc[0])
    last = ws.cell(row, cols["Last purchase"] + 1)
    assert last.is_date and last.number_format == "yyyy-mm-dd"
    assert last.value == c["last_purchase"].iloc[0].to_pydatetime()
    assert ws.cell(row, cols["Orders"] + 1).value == c["orders"].iloc[0]
    assert ws.column_dimensions["B"].width >= 12


def test_hostile_text_stays_text_and_negative_money_stays_numeric(result_written, workbook):
    retail = result_written
    wb, _path = workbook
    ws = wb["Customers"]
    cols = _header_index(ws)
    c = retail.customers
    first_names = c["first_name"].tolist()
    for bad in HOSTILE_NAMES:
        r = first_names.index(bad) + 2
        cell = ws.cell(r, cols["First name"] + 1)
        assert cell.data_type == "s" and cell.value == bad and cell.quotePrefix
    negative = c.index.get_loc(c.index[c["revenue"] < 0][0]) + 2
    cell = ws.cell(negative, cols["Revenue"] + 1)
    assert cell.data_type == "n" and cell.value < 0


def test_summary_sheet(result_written, workbook):
    retail = result_written
    wb, _path = workbook
    ws = wb["Summary"]
    rows = list(ws.iter_rows(values_only=True))
    first_col = [r[0] for r in rows]
    assert rows[first_col.index("File")][1] == "online_retail_sample.csv"
    assert rows[first_col.index("Customers")][1] == len(retail.customers)
    assert rows[first_col.index("Period")][1] == "2010-12-01 to 2011-12-09"
    for seg in retail.segmentations.values():
        start = first_col.index(seg.title)
        header = rows[start + 1 + len(seg.notes)]
        assert header[:3] == ("Segment", "Customers", "Share")
        for i, s in enumerate(seg.segments):
            r = start + 2 + len(seg.notes) + i
            values = rows[r]
            assert values[0] == s.name and values[1] == s.customers
            assert values[2] == pytest.approx(s.share)
            assert values[10] == s.persona.name and values[11] == s.persona.tagline
            assert ws.cell(r + 1, 3).number_format == "0.0%"
            assert ws.cell(r + 1, 4).number_format == "#,##0.00"


def test_workbook_reads_back_with_calamine(result_written, workbook):
    retail = result_written
    """A second, independent reader (the one our importer uses) sees the same table."""
    fastexcel = pytest.importorskip("fastexcel")
    _wb, path = workbook
    df = fastexcel.read_excel(path).load_sheet_by_name("Customers").to_pandas()
    assert len(df) == len(retail.customers)
    assert df["Revenue"].sum() == pytest.approx(retail.customers["revenue"].sum())


def test_never_writes_the_source_file(retail, retail_csv, tmp_path):
    source = tmp_path / "sales.xlsx"
    source.write_bytes(b"original")
    retail.data.report.file = str(source)
    with pytest.raises(UserError):
        write_workbook(retail, source)
    with pytest.raises(UserError):
        write_workbook(retail, tmp_path / "." / "sales.xlsx")
    assert source.read_bytes() == b"original"


def test_failed_write_leaves_old_file_and_no_temp(retail, tmp_path, monkeypatch):
    target = tmp_path / "result.xlsx"
    target.write_bytes(b"previous export")

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(export, "_stream_rows", broken)
    with pytest.raises(OSError):
        write_workbook(retail, target)
    assert target.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["result.xlsx"]


def test_missing_folder_is_a_user_error(retail, tmp_path):
    with pytest.raises(UserError):
        write_workbook(retail, tmp_path / "nope" / "result.xlsx")


@pytest.mark.slow
def test_fifty_thousand_customers_within_ten_seconds(retail_csv, tmp_path):
    tx = retail_transactions(retail_csv)
    c = customers_from_transactions(tx)
    copies = []
    for i in range(-(-50_000 // len(c))):
        part = c.copy()
        part.index = part.index + f"-{i}"
        copies.append(part)
    big = pd.concat(copies).iloc[:50_000]
    big.index.name = "customer_key"
    result = result_from(None, big)
    for seg in result.segmentations.values():
        attach_personas(seg, result)
    # CPU time, not wall time: the shared test machine runs other suites at the same time.
    start = time.process_time()
    write_workbook(result, tmp_path / "big.xlsx")
    elapsed = time.process_time() - start
    assert elapsed < 10, f"writing 50,000 customers took {elapsed:.1f} s of CPU"
    wb = openpyxl.load_workbook(tmp_path / "big.xlsx", read_only=True)
    assert wb["Customers"].max_row == 50_001


# ---------------------------------------------------------------------------------------------
# CSV
# ---------------------------------------------------------------------------------------------


def _read(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline="")))


def test_segment_csvs(retail, tmp_path):
    retail.customers.loc[retail.customers.index[2], "last_name"] = 'Smith\r\nJr, "the second"'
    files = write_segment_csvs(retail, tmp_path / "lists")
    seg = retail.segmentations["behavioral"]
    c = retail.customers
    assert len(files) == len(seg.segments)
    assert all(p.parent == tmp_path / "lists" and p.suffix == ".csv" for p in files)
    seen = {}
    for s, path in zip(seg.segments, files, strict=True):
        rows = _read(path)
        assert tuple(rows[0]) == CSV_HEADER
        members = c[seg.labels.reindex(c.index) == s.name]
        with_mail = members[members["email"].notna()]
        assert len(rows) - 1 == len(with_mail) == files.written[s.name]
        assert files.left_out[s.name] == len(members) - len(with_mail)
        assert {r[4] for r in rows[1:]} == set(with_mail.index)
        assert {r[3] for r in rows[1:]} == {s.name}
        assert path.read_bytes().count(b"\r\n") >= len(rows)
        seen.update({r[4]: r for r in rows[1:]})
    assert files.total_left_out == int(c["email"].isna().sum())
    # Hostile first names come out neutralised; the multi-line last name survives quoting.
    for bad in HOSTILE_NAMES:
        key = c.index[c["first_name"] == bad][0]
        assert seen[key][1] == "'" + bad
    assert seen[c.index[2]][2] == 'Smith\r\nJr, "the second"'
    assert seen[c.index[3]][0] == c["email"].iloc[3]


def test_csv_names_split_from_display_name_and_odd_segment_names(retail, tmp_path):
    c = retail.customers.drop(columns=["first_name", "last_name"])
    c["name"] = c["name"].astype("string")
    retail.customers = c
    seg = retail.segmentations["value"]
    seg.labels = seg.labels.replace({"Gold": "Gold/VIP: top?"})
    for s in seg.segments:
        if s.name == "Gold":
            s.name = "Gold/VIP: top?"
    files = write_segment_csvs(retail, tmp_path, scheme="value")
    names = [p.name for p in files]
    assert "Value tiers - Gold_VIP_ top_.csv" in names
    rows = _read(files[0])
    key = rows[1][4]
    full = c.loc[key, "name"]
    assert rows[1][1] == full.split()[0] or rows[1][1] == "'" + full.split()[0]


def test_csv_without_emails_writes_nothing(retail, tmp_path):
    retail.customers = retail.customers.drop(columns="email")
    files = write_segment_csvs(retail, tmp_path)
    assert files == [] and files.total_left_out == len(retail.customers)
    assert list(tmp_path.iterdir()) == []


def test_csv_refuses_unknown_scheme(retail, tmp_path):
    with pytest.raises(UserError):
        write_segment_csvs(retail, tmp_path, scheme="firmographic")


def test_export_never_touches_copied_source(retail, retail_csv, tmp_path):
    copy = tmp_path / "online_retail_sample.csv"
    shutil.copy(retail_csv, copy)
    before = copy.read_bytes()
    retail.data.report.file = str(copy)
    write_workbook(retail, tmp_path / "out.xlsx")
    write_segment_csvs(retail, tmp_path)
    assert copy.read_bytes() == before


@pytest.mark.parametrize("stop_after", [3, 12, 30])  # building sheets, writing rows, late
def test_progress_rises_and_cancel_leaves_nothing(retail, tmp_path, stop_after):
    from desktopseg.core.errors import Cancelled
    from desktopseg.core.progress import Task

    seen: list[float] = []
    write_workbook(retail, tmp_path / "ok.xlsx", Task(lambda step, f: seen.append(f)))
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) > 30

    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > stop_after

    with pytest.raises(Cancelled):
        write_workbook(retail, tmp_path / "stopped.xlsx", Task(None, cancelled))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ok.xlsx"]


def test_business_names_go_to_company_not_first_name(retail, tmp_path):
    c = retail.customers.copy()
    c = c.drop(columns=["first_name", "last_name"])
    keys = [k for k in c.index if pd.notna(c.at[k, "email"])][:3]
    c.loc[keys[0], "name"] = "Stephens Carpentry LLC"
    c.loc[keys[1], "name"] = "Fisher Bros Remodeling"
    c.loc[keys[2], "name"] = "Ann Lee"
    retail.customers = c
    files = write_segment_csvs(retail, tmp_path)
    rows = {r[4]: r for path in files for r in _read(path)[1:]}
    assert rows[keys[0]][1:3] == ["", ""] and rows[keys[0]][5] == "Stephens Carpentry LLC"
    assert rows[keys[1]][1:3] == ["", ""] and rows[keys[1]][5] == "Fisher Bros Remodeling"
    assert rows[keys[2]][1:3] == ["Ann", "Lee"] and rows[keys[2]][5] == ""
