"""Sample workbooks: reproducible, readable, holding the groups their truth names; datagen."""

from __future__ import annotations

import csv
import functools
import importlib.util
import json
import os
import re
import subprocess
import sys
import zipfile
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[2]
END = date(2026, 10, 31)


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


generate = _load("sample_generate", ROOT / "sample_workbooks" / "generate.py")
datagen = _load("bench_datagen", ROOT / "benchmarks" / "datagen.py")
SAMPLE_FILES = sorted(generate.SAMPLES)


def truth_of(samples_dir: Path, name: str) -> dict:
    return json.loads((samples_dir / "truth" / f"{Path(name).stem}.json").read_text("utf-8"))


@functools.lru_cache(maxsize=16)
def sheet_rows(path: Path, sheet: str) -> list[tuple]:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return list(wb[sheet].iter_rows(values_only=True))
    finally:
        wb.close()


def as_records(rows: list[tuple], header_row: int = 0) -> list[dict]:
    header = rows[header_row]
    return [dict(zip(header, r, strict=False)) for r in rows[header_row + 1:]]


def german_csv(path: Path) -> list[dict]:
    with path.open(encoding="cp1252", newline="") as f:
        return list(csv.DictReader(f, delimiter=";"))


def de_number(text: str) -> float:
    return float(text.replace(".", "").replace(",", "."))


def usd(text: str) -> float:
    return float(text.replace("$", "").replace(",", ""))


# ------------------------------------------------------------------------------ reproducible


def _run_generator(out: Path) -> Path:
    """Run the generator as `make samples` does, in a fresh interpreter."""
    env = {k: v for k, v in os.environ.items() if k != "OPENPYXL_LXML"}
    subprocess.run([sys.executable, str(ROOT / "sample_workbooks" / "generate.py"), "--out",
                    str(out)], check=True, env=env, capture_output=True)
    return out


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory) -> Path:
    return _run_generator(tmp_path_factory.mktemp("samples"))


@pytest.fixture(scope="module")
def reference(regenerated, samples_dir, tmp_path_factory) -> Path:
    """The committed files; a second fresh run where other library versions made them.

    numpy does not promise the same random streams across versions, and openpyxl or zlib
    upgrades change the bytes of an unchanged workbook.
    """
    made_with = json.loads((samples_dir / "generated_with.json").read_text("utf-8"))
    if made_with == json.loads((regenerated / "generated_with.json").read_text("utf-8")):
        return samples_dir
    return _run_generator(tmp_path_factory.mktemp("samples_again"))


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_generator_reproduces_committed_files_byte_for_byte(regenerated, reference, name):
    """Running the generator again gives exactly the committed file and truth."""
    assert (regenerated / name).read_bytes() == (reference / name).read_bytes()
    stem = Path(name).stem
    assert (regenerated / "truth" / f"{stem}.json").read_bytes() == (
        reference / "truth" / f"{stem}.json").read_bytes()


def test_saved_workbook_does_not_carry_the_time_it_was_written(tmp_path):
    """openpyxl stamps 'modified' and zip entries with now; the saver replaces both."""
    wb = generate._new_workbook()
    wb.active.append(["x"])
    path = tmp_path / "a.xlsx"
    generate.save_workbook_reproducibly(wb, path)
    with zipfile.ZipFile(path) as z:
        assert {i.date_time for i in z.infolist()} == {generate.ZIP_STAMP}
        core = z.read("docProps/core.xml").decode()
    assert "2026-11-02T09:14:00Z" in core
    assert datetime.now().strftime("%Y-%m-%dT%H") not in core


# ------------------------------------------------------------------------------ truth present


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_truth_groups_partition_the_identified_customers(samples_dir, name):
    """Every identified customer in the file is in exactly one (non-overlapping) group."""
    truth = truth_of(samples_dir, name)
    overlapping = set(truth.get("overlapping_groups", []))
    path = samples_dir / name
    key = truth["customer_key_column"]
    if name.endswith(".csv"):
        records = german_csv(path)
        guest_key = truth["guest_key_column"]
        keys = {r[key] or r[guest_key] for r in records}
    elif name.startswith("bookkeeper"):
        records = as_records(sheet_rows(path, "Sales by Customer Detail"), header_row=4)
        keys = {r[key] for r in records if r.get("Type")}
    else:
        wb = openpyxl.load_workbook(path, read_only=True)
        sheet = wb.sheetnames[-1] if name.startswith("b2b") else wb.sheetnames[0]
        wb.close()
        records = as_records(sheet_rows(path, sheet))
        keys = {str(r[key]) for r in records if r[key] not in (None, "")}
    members = [k for g, ids in truth["groups"].items() if g not in overlapping for k in ids]
    assert len(members) == len(set(members)), "a customer sits in two groups"
    assert set(members) == keys
    for g in overlapping:
        assert set(truth["groups"][g]) <= keys
    assert all(len(ids) >= 10 for ids in truth["groups"].values())


# ------------------------------------------------------------------------------ florist


@pytest.fixture(scope="module")
def florist(samples_dir):
    path = samples_dir / "florist_square_items.xlsx"
    return as_records(sheet_rows(path, "Items")), truth_of(samples_dir, path.name), path


def test_florist_has_the_real_square_items_header_and_text_money(florist):
    records, _truth, path = florist
    header = sheet_rows(path, "Items")[0]
    assert ",".join(header) == ",".join(generate.SQUARE_ITEMS_HEADER)
    assert len(header) == 35
    sample = records[0]
    assert sample["Net Sales"].startswith(("$", "-$")) and sample["Qty"].endswith(".0")
    refunds = [r for r in records if r["Event Type"] == "Refund"]
    assert all(r["Net Sales"].startswith("-$") and float(r["Qty"]) < 0 for r in refunds)
    assert 0.02 <= len(refunds) / len(records) <= 0.045
    walk_in = sum(r["Customer ID"] is None for r in records) / len(records)
    assert 0.25 <= walk_in <= 0.35
    assert any("," in r["Gross Sales"] for r in records), "some line over $1,000"


def _visits(records) -> dict[str, list[date]]:
    out = defaultdict(list)
    for r in records:
        if r["Customer ID"] and r["Event Type"] == "Payment":
            out[r["Customer ID"]].append(date.fromisoformat(r["Date"]))
    return out


def test_florist_groups_behave_as_planted(florist):
    records, truth, _path = florist
    visits = _visits(records)
    groups = truth["groups"]
    holidays = [date(2025, 2, 14), date(2026, 2, 14), date(2025, 5, 11), date(2026, 5, 10)]
    for cid in groups["valentines_mothers_day"]:
        assert all(any(0 <= (h - d).days < 7 for h in holidays) for d in visits[cid])
        assert len(visits[cid]) >= 2
    months = [len({(d.year, d.month) for d in visits[c]}) for c in groups["monthly_regulars"]]
    assert min(months) >= 16 and np.median(months) >= 20  # of 24
    for cid in groups["lapsed"]:
        assert max(visits[cid]) < END - timedelta(days=182)
        assert len({(d.year, d.month) for d in visits[cid]}) >= 6
    tickets = defaultdict(set)
    for r in records:
        if r["Customer ID"]:
            tickets[r["Customer ID"]].add(r["Transaction ID"])
    assert all(len(tickets[c]) == 1 for c in groups["one_time"])
    big = [sum(usd(r["Net Sales"]) for r in records if r["Customer ID"] == c)
           for c in groups["big_event_spenders"][:10]]
    assert min(big) > 400


def test_florist_customer_directory_has_emails_for_most(florist, samples_dir):
    _records, truth, path = florist
    directory = as_records(sheet_rows(path, "Customers"))
    ids = {r["Square Customer ID"] for r in directory}
    assert ids == {c for g in truth["groups"].values() for c in g}
    with_mail = [r for r in directory if r["Email Address"]]
    assert len(with_mail) / len(directory) > 0.8
    assert all("@" in r["Email Address"] for r in with_mail)


# ------------------------------------------------------------------------------ hardware


def test_hardware_costly_contractors_are_thin_margin_and_high_effort(samples_dir):
    path = samples_dir / "hardware_store_sales.xlsx"
    truth = truth_of(samples_dir, path.name)
    sales = pd.DataFrame(as_records(sheet_rows(path, "Sales")))
    log = pd.DataFrame(as_records(sheet_rows(path, "Service log"))).set_index("Account No")
    walk_in = sales["Account No"].isna()
    assert (sales.loc[walk_in, "Customer"] == "CASH SALE").all() and walk_in.mean() > 0.05
    sales = sales[~walk_in]
    sales["margin"] = sales["Line Total"] - sales["Unit Cost"] * sales["Qty"]
    per = sales.groupby("Account No").agg(revenue=("Line Total", "sum"),
                                          margin=("margin", "sum"),
                                          orders=("Invoice", "nunique"))
    per["minutes_per_100"] = log["Service Minutes"].reindex(per.index) / per["revenue"] * 100
    per["margin_pct"] = per["margin"] / per["revenue"]
    group = {int(k): g for g, ids in truth["groups"].items() for k in ids}
    stats = per.groupby(per.index.map(group)).median()
    good, costly = stats.loc["contractors_good"], stats.loc["contractors_costly"]
    assert costly["margin_pct"] < 0.10 < 0.18 < good["margin_pct"]
    assert costly["minutes_per_100"] > 10 * good["minutes_per_100"]
    assert good["revenue"] > 3 * stats.loc["homeowners_regular", "revenue"]
    assert stats.loc["homeowners_occasional", "orders"] <= 5
    assert stats.loc["homeowners_regular", "orders"] >= 12
    assert log["Email"].notna().mean() > 0.85


# ------------------------------------------------------------------------------ B2B


def test_b2b_codes_sectors_and_support(samples_dir):
    path = samples_dir / "b2b_supplier.xlsx"
    truth = truth_of(samples_dir, path.name)
    customers = {r["Customer ID"]: r for r in as_records(sheet_rows(path, "Customers"))}
    naics_sector = {"manufacturing": range(31, 34), "retail": range(44, 46),
                    "transportation_warehousing": range(48, 50),
                    "professional_services": [54], "health_care": [62]}
    for group, sectors in naics_sector.items():
        for cid in truth["groups"][group]:
            assert customers[cid]["NAICS Code"] // 10_000 in sectors
            assert 1000 <= customers[cid]["SIC Code"] <= 9999
    # Agricultural services: SIC 0742/0781 as Excel keeps them, without the leading zero.
    assert {customers[c]["SIC Code"] for c in truth["groups"]["agricultural_services"]} <= {742,
                                                                                           781}
    invoices = pd.DataFrame(as_records(sheet_rows(path, "Invoices")))
    assert (invoices["Amount"].round(2) == (invoices["Quantity"] * invoices["Unit Price"])
            .round(2)).all()
    per = invoices.groupby("Customer ID")[["Amount", "Cost"]].sum()
    margin = 1 - per["Cost"] / per["Amount"]
    costly = set(truth["groups"]["high_support_low_margin"])
    assert margin[list(costly)].max() < 0.10 < 0.25 < margin.drop(list(costly)).min()
    hours = {c: customers[c]["Support Hours"] for c in customers}
    assert min(hours[c] for c in costly) > max(h for c, h in hours.items() if c not in costly)
    for band, ids in truth["size_bands"].items():
        low = {"1-9": 1, "10-49": 10, "50-249": 50, "250+": 250}[band]
        assert all(customers[c]["Employees"] >= low for c in ids)


# ------------------------------------------------------------------------------ QuickBooks


def test_quickbooks_report_layout_and_totals(samples_dir):
    path = samples_dir / "bookkeeper_quickbooks_sales_by_customer.xlsx"
    truth = truth_of(samples_dir, path.name)
    rows = sheet_rows(path, "Sales by Customer Detail")
    assert rows[1][0] == "Sales by Customer Detail" and all(v is None for v in rows[3])
    assert rows[4][1:] == ("Type", "Date", "Num", "Product/Service", "Memo/Description", "Name",
                           "Qty", "Sales Price", "Amount", "Balance")
    assert rows[-1][0].startswith("Accrual basis ")
    amounts: dict[str, float] = defaultdict(float)
    current = None
    grand = 0.0
    for row in rows[5:]:
        label = row[0]
        if label and label.startswith("Total for "):
            assert label == f"Total for {current}"
            assert row[9] == pytest.approx(amounts[current])
            grand += row[9]
        elif label == "TOTAL":
            assert row[9] == pytest.approx(grand)
        elif label and not label.startswith("Accrual"):
            current = label
        elif row[1]:
            assert row[6] == current and isinstance(row[2], datetime)
            amounts[current] += row[9]
    assert any(v < 0 for v in amounts.values()) is False
    one_off = truth["groups"]["one_off"]
    assert {n for g in truth["groups"].values() for n in g} == set(amounts)
    declining = truth["groups"]["declining"]
    late = {n: 0.0 for n in declining}
    early = {n: 0.0 for n in declining}
    for row in rows[5:]:
        if row[1] and row[6] in late:
            (early if row[2] < datetime(2025, 11, 1) else late)[row[6]] += row[9]
    assert all(late[n] < 0.6 * early[n] for n in declining)
    assert all(amounts[n] > 0 for n in one_off)


# ------------------------------------------------------------------------------ German CSV


def test_german_csv_format_and_groups(samples_dir):
    path = samples_dir / "european_shop_export.csv"
    truth = truth_of(samples_dir, path.name)
    raw = path.read_bytes()
    assert b"\r\n" in raw and "ü".encode("cp1252") in raw
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    records = german_csv(path)
    assert list(records[0])[:4] == ["Bestellnummer", "Datum", "Kundennummer", "Kunde"]
    german_money = re.compile(r"^-?\d{1,3}(\.\d{3})*,\d{2}$")
    for r in records:
        assert german_money.match(r["Gesamt"]) and german_money.match(r["Einzelpreis"])
        assert de_number(r["Gesamt"]) == pytest.approx(int(r["Menge"]) *
                                                      de_number(r["Einzelpreis"]))
        datetime.strptime(r["Datum"], "%d.%m.%Y")
    assert any("." in r["Gesamt"] for r in records), "some total over 1.000,00"
    guests = [r for r in records if not r["Kundennummer"]]
    assert guests and all("@" in r["E-Mail"] for r in guests)
    days = defaultdict(list)
    for r in records:
        days[r["Kundennummer"] or r["E-Mail"]].append(datetime.strptime(r["Datum"], "%d.%m.%Y"))
    for key in truth["groups"]["christmas_buyers"]:
        assert all(d.month == 12 and d.day <= 23 or d.month == 11 and d.day >= 15
                   for d in days[key])
    assert all(len(set(days[k])) == 1 for k in truth["groups"]["one_time"])
    assert np.median([len(set(days[k])) for k in truth["groups"]["regulars"]]) >= 10
    returning_guest = [k for k in truth["groups"]["christmas_buyers"]
                       if "@" in k and len({d.year for d in days[k]}) == 2]
    assert returning_guest, "a guest who came back must be found by e-mail"


# ------------------------------------------------------------------------------ datagen


def test_datagen_sizes_and_shape():
    df = datagen.make_pos_lines(20_000, 800, seed=3)
    assert len(df) == 20_000
    assert list(df.columns) == list(datagen.COLUMNS)
    assert df["Customer ID"].nunique() == 800
    assert 0.12 < df["Customer ID"].isna().mean() < 0.25
    refunds = df["Event Type"] == "Refund"
    assert 0.015 < refunds.mean() < 0.05
    assert (df.loc[refunds, "Net Sales"] < 0).all() and (df.loc[~refunds, "Net Sales"] > 0).all()
    assert df["Date"].max() <= pd.Timestamp("2026-10-31")
    assert df["Date"].is_monotonic_increasing
    walk = df["Customer ID"].isna()
    assert df.loc[walk, ["Customer Name", "Email"]].isna().all().all()
    assert df.loc[~walk, "Email"].notna().mean() > 0.7


def test_datagen_is_seeded():
    a = datagen.make_pos_lines(3_000, 200, seed=7)
    b = datagen.make_pos_lines(3_000, 200, seed=7)
    c = datagen.make_pos_lines(3_000, 200, seed=8)
    pd.testing.assert_frame_equal(a, b)
    assert not a["Net Sales"].equals(c["Net Sales"])


def test_datagen_writers_round_trip(tmp_path):
    df = datagen.make_pos_lines(400, 50, seed=1)
    datagen.write_csv(df, tmp_path / "p.csv")
    back = pd.read_csv(tmp_path / "p.csv", dtype={"Customer ID": "str"})
    assert len(back) == 400 and back["Net Sales"].sum() == pytest.approx(df["Net Sales"].sum())
    datagen.write_xlsx(df, tmp_path / "p.xlsx")
    rows = sheet_rows(tmp_path / "p.xlsx", "Items")
    assert rows[0] == tuple(datagen.COLUMNS) and len(rows) == 401
    assert isinstance(rows[1][0], datetime) and rows[1][2] == df["Transaction ID"].iloc[0]


def test_datagen_command_line_writes_named_files(tmp_path):
    assert datagen.main(["--lines", "2000", "--out", str(tmp_path), "--seed", "2"]) == 0
    assert (tmp_path / "pos_2000.csv").exists() and (tmp_path / "pos_2000.xlsx").exists()
    with (tmp_path / "pos_2000.csv").open(encoding="utf-8") as f:
        assert sum(1 for _ in f) == 2001
