"""import_file on real-shaped exports: one fixture per quirk, headers from pos_formats.md."""

import json
import subprocess
import sys
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from desktopseg.core.errors import UserError
from desktopseg.core.importer import import_file
from desktopseg.core.importer import read as read_mod
from desktopseg.core.importer.memory import recall_mapping, remember_mapping
from desktopseg.core.model import ColumnMapping, ImportOptions
from desktopseg.core.progress import Task

SQUARE_ITEMS = (
    "Date,Time,Time Zone,Category,Item,Qty,Price Point Name,SKU,Modifiers Applied,"
    "Gross Sales,Discounts,Net Sales,Tax,Transaction ID,Payment ID,Device Name,Notes,"
    "Details,Event Type,Location,Dining Option,Customer ID,Customer Name,"
    "Customer Reference ID,Unit,Count,GTIN,Itemization Type,Fulfillment Note,Channel,"
    "Token,Card Brand,PAN Suffix"
)


def load(path, **kw):
    return import_file(Path(path), ImportOptions(**kw), Task())


def balanced(rep):
    return rep.rows_kept + sum(rep.dropped.values()) == rep.rows_read


def square_row(date, item, qty, net, tx, event, cust_id, cust_name):
    money = f"-${abs(net):.2f}" if net < 0 else f"${net:.2f}"
    return (
        f'{date},12:59:30,Eastern Time (US & Canada),None,{item},{qty:.1f},"","","",'
        f'{money},$0.00,{money},$0.62,{tx},P{tx},Square Terminal,"",https://x,{event},'
        f'Shop,"",{cust_id},{cust_name},"",ea,1,"",Physical Good,"",Shop,T,Visa,1234'
    )


def test_square_items_csv_refunds_walkins_and_format(tmp_path):
    rows = [
        square_row("2026-07-18", "Roses", 1, 8.0, "T1", "Payment", "C1", "Ann Lee"),
        square_row("2026-07-18", "Vase", 2, 30.0, "T1", "Payment", "C1", "Ann Lee"),
        square_row("2026-07-19", "Tulips", 1, 12.0, "T2", "Payment", '""', '""'),
        square_row("2026-07-20", "Roses", -1, -9.0, "T3", "Refund", "C2", "Bo Chen"),
    ]
    p = tmp_path / "items-2026-07-18.csv"
    p.write_text(SQUARE_ITEMS + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    res = load(p)
    rep, tx = res.report, res.transactions
    assert rep.format == "Square items"
    roles = {c.name: c.role for c in rep.columns}
    assert roles["Net Sales"] == "amount" and roles["Customer ID"] == "customer_id"
    assert roles["Gross Sales"] is None
    assert tx["amount"].tolist() == [8.0, 30.0, 12.0, -9.0]
    assert tx["is_refund"].tolist() == [False, False, False, True]
    assert rep.refund_rows == 1 and rep.anonymous_rows == 1
    assert tx["customer_key"].isna().tolist() == [False, False, True, False]
    assert tx["date"].iloc[0] == pd.Timestamp("2026-07-18 12:59:30")
    assert tx["source_row"].tolist() == [2, 3, 4, 5]
    assert balanced(rep)


def test_square_transactions_after_excel_round_trip(tmp_path):
    header = (
        "Date,Time,Time Zone,Gross Sales,Discounts,Net Sales,Gift Card Sales,Tax,Tip,"
        "Partial Refunds,Total Collected,Source,Card,Card Entry Methods,Cash,"
        "Square Gift Card,Installment,Other Tender,Other Tender Type,Other Tender Note,Fees,"
        "Net Total,Transaction ID,Payment ID,Card Brand,PAN Suffix,Device Name,Staff Name,"
        "Staff ID,Details,Description,Event Type,Location,Dining Option,Customer ID,"
        "Customer Name,Customer Reference ID,Device Nickname,Deposit ID,Deposit Date,"
        "Deposit Details,Fee Percentage Rate,Fee Fixed Rate,Refund Reason"
    )
    line = (
        '{d},,,"$1,149.00 ",$0.00 ,"{net}",$0.00 ,$0.00 ,$0.00 ,$0.00 ,"$1,149.00 ",,'
        '"$1,149.00 ",,$0.00 ,$0.00 ,$0.00 ,$0.00 ,,,($33.62),"$1,115.38 ",{tx},,,,,,,,,'
        "Payment,,,{cid},,,,,,,2.9,$0.30 ,"
    )
    body = [
        line.format(d="12/27/2018", net="$1,149.00 ", tx="A", cid="K1"),
        line.format(d="11/30/2018", net="$540.00 ", tx="B", cid="K2"),
        line.format(d="11/13/2018", net="($20.00)", tx="C", cid="K2"),
    ]
    p = tmp_path / "transactions.csv"
    p.write_text(header + "\n" + "\n".join(body) + "\n", encoding="utf-8")
    res = load(p)
    assert res.report.format == "Square transactions"
    assert res.transactions["amount"].tolist() == [1149.0, 540.0, -20.0]
    assert res.transactions["date"].iloc[0] == pd.Timestamp("2018-12-27")
    assert res.report.date_format == "mm/dd/yyyy"


def test_shopify_orders_line_items_and_email_keys(tmp_path):
    header = (
        "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,"
        "Accepts Marketing,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,"
        "Discount Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,"
        "Lineitem price,Lineitem compare at price,Lineitem sku,Lineitem requires shipping,"
        "Lineitem taxable,Lineitem fulfillment status,Billing Name"
    )
    rows = [
        "#1001,Ann@Example.com,paid,,,,no,AUD,50.00,0,0,50.00,,0,,2026-06-08 22:55:28 +1000,"
        "1,Shirt,40.00,,,true,true,pending,Ann",
        "#1001,Ann@Example.com,,,,,,,,,,,,,,2026-06-08 22:55:28 +1000,1,Cooler,10.00,,,"
        "false,true,pending,",
        "#1002,,paid,,,,no,AUD,5,0,0,5,,0,,2026-06-09 10:00:00 +1000,2,Sticker,2.50,,,"
        "true,true,pending,",
    ]
    p = tmp_path / "orders_export_1.csv"
    p.write_text(header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    res = load(p)
    tx = res.transactions
    assert res.report.format == "Shopify orders"
    assert tx["amount"].tolist() == [40.0, 10.0, 5.0]
    assert tx["customer_key"].iloc[0] == "ann@example.com"
    assert tx["order_id"].tolist() == ["#1001", "#1001", "#1002"]
    assert pd.isna(tx["customer_key"].iloc[2])


def _quickbooks(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sales by Customer Detail"
    ws.append(["Harbourside Catering Co."])
    ws.append(["Sales by Customer Detail"])
    ws.append(["January - December 2025"])
    ws.append([])
    ws.append(
        [
            None,
            "Transaction Type",
            "Date",
            "Num",
            "Product/Service",
            "Memo/Description",
            "Qty",
            "Sales Price",
            "Amount",
            "Balance",
        ]
    )
    day = datetime(2025, 3, 1)
    for cust, lines in (("Adams Brewing Co", 3), ("Baker, Lee", 2)):
        ws.append([cust])
        total = 0
        for i in range(lines):
            ws.append(
                [
                    None,
                    "Invoice",
                    day + timedelta(days=i),
                    f"10{i}",
                    "Platter",
                    "x",
                    2,
                    "$1,000.50",
                    "2,001.00",
                    total,
                ]
            )
            total += 2001
        ws.append([f"Total for {cust}", None, None, None, None, None, None, None, total])
    ws.append([None, "Credit Memo", day, "CM1", "Platter", "", -1, 50, -50, 0])
    ws.append(["TOTAL", None, None, None, None, None, None, None, 9955])
    ws.append([])
    ws.append(["Accrual basis Tuesday, 3 March 2026 10:01 AM GMTZ"])
    wb.save(path)
    return path


def test_quickbooks_report_titles_groups_totals_footer(tmp_path):
    res = load(_quickbooks(tmp_path / "qb.xlsx"))
    rep, tx = res.report, res.transactions
    assert rep.format == "QuickBooks Sales by Customer Detail"
    assert rep.header_row == 5
    assert tx["customer_name"].tolist()[:5] == ["Adams Brewing Co"] * 3 + ["Baker, Lee"] * 2
    assert tx["amount"].tolist()[:2] == [2001.0, 2001.0]
    assert rep.dropped["total or subtotal row"] == 3
    assert rep.dropped["customer heading row (its name was carried down to the lines below)"] == 2
    assert rep.dropped["report footer or note row"] == 1
    # The credit memo after the last "Total for" belongs to no customer: kept, anonymous.
    assert tx["is_refund"].iloc[-1] and tx["amount"].iloc[-1] == -50
    assert rep.anonymous_rows == 1
    assert balanced(rep)


def test_two_row_header_with_merged_cells(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Customer", None, "Sale", None])
    ws.append(["ID", "Name", "Date", "Amount"])
    ws.merge_cells("A1:B1")
    ws.merge_cells("C1:D1")
    ws.append(["K1", "Ann", datetime(2024, 1, 5), 10.5])
    ws.append(["K2", "Bo", datetime(2024, 1, 6), 7])
    p = tmp_path / "two_rows.xlsx"
    wb.save(p)
    res = load(p)
    names = [c.name for c in res.report.columns]
    assert names == ["Customer ID", "Customer Name", "Sale Date", "Sale Amount"]
    assert res.report.header_row == 2
    assert res.transactions["customer_key"].tolist() == ["K1", "K2"]
    assert res.transactions["amount"].tolist() == [10.5, 7.0]


def test_european_csv_cp1252_semicolon_decimal_comma(tmp_path):
    text = (
        "Bestellnummer;Datum;Kundennummer;Kunde;Artikel;Menge;Einzelpreis;Gesamt\r\n"
        "A-1;31.12.2024;K-001;Jürgen Müller;Blumenstrauß;2;1.234,50;2.469,00\r\n"
        "A-2;01.02.2025;K-002;Zoë Weiß;Vase;1;12,50;12,50\r\n"
    )
    p = tmp_path / "export.csv"
    p.write_bytes(text.encode("cp1252"))
    res = load(p)
    tx = res.transactions
    assert tx["amount"].tolist() == [2469.0, 12.5]
    assert tx["customer_name"].iloc[0] == "Jürgen Müller"
    assert tx["date"].iloc[0] == pd.Timestamp("2024-12-31")
    assert res.report.date_format == "dd.mm.yyyy"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1252"])
def test_encodings_and_tab_delimiter(tmp_path, encoding):
    text = (
        "Customer ID\tCustomer\tDate\tAmount\n"
        "K1\tRenée\t2024-01-05\t10.00\nK1\tRenée\t2024-02-05\t5\n"
    )
    p = tmp_path / "sales.tsv"
    p.write_bytes(text.encode(encoding))
    res = load(p)
    assert res.transactions["customer_name"].tolist() == ["Renée", "Renée"]
    assert res.transactions["amount"].sum() == 15.0


def test_whitespace_aligned_columns(tmp_path):
    text = (
        "CUSTNO   NAME            DATE        AMOUNT\n"
        "1001     ACME LTD        19970101     120.50\n"
        "1002     SMITH & SONS    19970215      80.00\n"
    )
    p = tmp_path / "legacy.txt"
    p.write_text(text, encoding="ascii")
    res = load(p)
    tx = res.transactions
    assert tx["customer_key"].tolist() == ["1001", "1002"]
    assert tx["date"].iloc[1] == pd.Timestamp("1997-02-15")
    assert tx["amount"].tolist() == [120.5, 80.0]


def test_customers_and_invoices_sheets_are_joined(tmp_path):
    wb = openpyxl.Workbook()
    c = wb.active
    c.title = "Customers"
    c.append(["Customer ID", "Company", "NAICS", "Employees", "City"])
    c.append(["B1", "Acme", 445110, 12, "Leeds"])
    c.append(["B2", "Bolt", 238210, 250, "York"])
    inv = wb.create_sheet("Invoices")
    inv.append(["Invoice No", "Invoice Date", "Customer ID", "Amount"])
    for i in range(6):
        inv.append(
            [
                f"I{i}",
                datetime(2025, 1, 1) + timedelta(days=9 * i),
                "B1" if i % 2 else "B2",
                100 + i,
            ]
        )
    p = tmp_path / "b2b.xlsx"
    wb.save(p)
    res = load(p)
    assert res.report.sheet == "Invoices" and res.report.sheets == ["Customers", "Invoices"]
    assert "Customers" in res.report.sheet_reason
    assert res.customers is not None
    cust = res.customers.set_index("customer_key")
    assert cust.loc["B2", "employees"] == 250 and cust.loc["B1", "industry_code"] == "445110"
    assert "Customers" in res.report.customer_source


def test_customer_list_sheet_can_be_chosen(tmp_path):
    p = tmp_path / "b2b.xlsx"
    wb = openpyxl.Workbook()
    c = wb.active
    c.title = "Customers"
    c.append(["Customer ID", "Company", "Employees"])
    c.append(["B1", "Acme", 12])
    c.append(["B2", "Bolt", 250])
    wb.save(p)
    res = load(p, sheet="Customers")
    assert res.report.table_kind == "customers" and res.transactions is None
    assert res.customers["customer_key"].tolist() == ["B1", "B2"]


def test_online_retail_real_sample(shared_data):
    res = load(shared_data / "online_retail_sample.csv")
    rep, tx = res.report, res.transactions
    roles = {c.name: c.role for c in rep.columns}
    assert roles["CustomerID"] == "customer_id" and roles["InvoiceDate"] == "date"
    raw = pd.read_csv(shared_data / "online_retail_sample.csv", dtype=str, keep_default_na=False)
    expected = pd.to_numeric(raw["Quantity"]) * pd.to_numeric(raw["UnitPrice"])
    assert tx["amount"].sum() == pytest.approx(expected.sum())
    cancelled = raw["InvoiceNo"].str.startswith("C")
    assert tx.loc[tx["order_id"].str.startswith("C"), "is_refund"].all()
    assert rep.refund_rows >= int(cancelled.sum())
    assert rep.anonymous_rows == int((raw["CustomerID"] == "NA").sum())
    assert balanced(rep)


def test_wholesale_customer_list_without_ids_or_dates(shared_data):
    res = load(shared_data / "wholesale_customers.csv")
    rep = res.report
    assert rep.table_kind == "customers" and res.transactions is None
    cust = res.customers
    assert len(cust) == 440 and cust["customer_key"].iloc[0] == "row 2"
    assert "spend:Fresh" in cust and cust["spend:Fresh"].iloc[0] == 12669
    text = " ".join(p.message for p in rep.problems)
    assert "row number" in text and "dates" in text


def test_mapping_override_and_memory(tmp_path):
    p = tmp_path / "odd.csv"
    p.write_text("Who,When,HowMuch,Ref\nann,2024-01-01,5,1\nbo,2024-01-02,6,2\n")
    mapping = ColumnMapping(
        roles={"Who": "customer_name", "When": "date", "HowMuch": "amount", "Ref": "order_id"}
    )
    res = load(p, mapping=mapping)
    assert res.transactions["amount"].tolist() == [5.0, 6.0]
    assert {c.name: c.confidence for c in res.report.columns}["HowMuch"] == 1.0
    remember_mapping(["Who", "When", "HowMuch", "Ref"], res.mapping)
    again = recall_mapping(["ref", "HOWMUCH", "when", "who"])
    assert again is not None and again.roles["HowMuch"] == "amount"
    res2 = load(p)  # no mapping given: the remembered one is used
    assert res2.transactions["customer_key"].tolist() == ["ann", "bo"]
    assert ColumnMapping.from_json(res.mapping.to_json()) == res.mapping


def test_max_rows_preview(tmp_path):
    p = tmp_path / "s.csv"
    p.write_text(
        "Customer,Date,Amount\n"
        + "".join(f"c{i},2024-01-{1 + i % 28:02d},{i}\n" for i in range(500))
    )
    res = load(p, max_rows=50)
    assert res.report.rows_read == 50 and len(res.transactions) == 50


def test_excel_1904_serials(tmp_path):
    wb = openpyxl.Workbook()
    wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    ws = wb.active
    ws.append(["Customer", "Date", "Amount"])
    ws.append(["a", datetime(2024, 3, 1), 5])
    p = tmp_path / "mac.xlsx"
    wb.save(p)
    assert load(p).transactions["date"].iloc[0] == pd.Timestamp("2024-03-01")


# ---------------------------------------------------------------- bad input


def _xlsx(path, rows):
    wb = openpyxl.Workbook()
    for r in rows:
        wb.active.append(r)
    wb.save(path)
    return path


def test_missing_file(tmp_path):
    with pytest.raises(UserError, match="can't be found") as e:
        load(tmp_path / "nope.xlsx")
    assert e.value.hint and e.value.file


def test_pdf_renamed_as_xlsx(tmp_path):
    p = tmp_path / "report.xlsx"
    p.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    with pytest.raises(UserError, match="PDF"):
        load(p)


def test_password_protected_workbook(tmp_path):
    # What Excel writes for an encrypted .xlsx: an OLE container with an EncryptedPackage stream.
    p = tmp_path / "locked.xlsx"
    body = bytearray(4096)
    body[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    name = "EncryptedPackage".encode("utf-16-le")
    body[1024 : 1024 + len(name)] = name
    p.write_bytes(bytes(body))
    with pytest.raises(UserError, match="password"):
        load(p)


def test_corrupt_archive(tmp_path):
    good = _xlsx(tmp_path / "g.xlsx", [["Customer", "Date", "Amount"], ["a", "2024-01-01", 1]])
    p = tmp_path / "cut.xlsx"
    p.write_bytes(good.read_bytes()[:1500])
    with pytest.raises(UserError, match="damaged"):
        load(p)


def test_zip_bomb_is_refused_before_reading(tmp_path, monkeypatch):
    p = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"\0" * (8 * 1024**2))
    monkeypatch.setattr(read_mod, "ABSURD_UNPACKED", 4 * 1024**2)
    with pytest.raises(UserError, match="absurd"):
        load(p)


def test_too_large_for_memory(tmp_path, monkeypatch):
    p = tmp_path / "big.csv"
    p.write_text("Customer,Date,Amount\n" + "a,2024-01-01,1\n" * 1000)
    monkeypatch.setattr(read_mod, "_available_memory", lambda: 10_000)
    with pytest.raises(UserError, match="too large"):
        load(p)


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf\r\n  \r\n"])
def test_empty_file(tmp_path, content):
    p = tmp_path / "empty.csv"
    p.write_bytes(content)
    with pytest.raises(UserError, match="empty"):
        load(p)


def test_empty_sheet(tmp_path):
    p = tmp_path / "blank.xlsx"
    openpyxl.Workbook().save(p)
    with pytest.raises(UserError, match="empty"):
        load(p)


def test_header_without_rows(tmp_path):
    p = _xlsx(tmp_path / "h.xlsx", [["Customer", "Date", "Amount"]])
    with pytest.raises(UserError, match="no rows") as e:
        load(p)
    assert e.value.row == 1


def test_no_customer_column(tmp_path):
    p = tmp_path / "n.csv"
    p.write_text("Date,Amount,Item\n2024-01-01,5,rose\n2024-01-02,6,tulip\n")
    with pytest.raises(UserError, match="customer"):
        load(p)


def test_no_usable_amount(tmp_path):
    p = tmp_path / "n.csv"
    p.write_text("Customer,Date,Item\nann,2024-01-01,rose\nbo,2024-01-02,tulip\n")
    with pytest.raises(UserError, match="amount"):
        load(p)


def test_all_dates_invalid(tmp_path):
    p = tmp_path / "n.csv"
    p.write_text("Customer,Date,Amount\nann,soon,5\nbo,later,6\n")
    with pytest.raises(UserError, match="dates") as e:
        load(p)
    assert e.value.column == "Date"


def test_source_file_is_never_modified(tmp_path):
    p = _quickbooks(tmp_path / "qb.xlsx")
    before = (p.read_bytes(), p.stat().st_mtime_ns)
    load(p)
    load(p, max_rows=3)
    assert (p.read_bytes(), p.stat().st_mtime_ns) == before
    assert sorted(x.name for x in tmp_path.iterdir()) == ["qb.xlsx"]


# ---------------------------------------------------------------- sample workbooks + CLI

SAMPLES = {
    "florist_square_items.xlsx": ("Customer ID", "Date", "Net Sales"),
    "hardware_store_sales.xlsx": None,
    "b2b_supplier.xlsx": None,
    "bookkeeper_quickbooks_sales_by_customer.xlsx": None,
    "european_shop_export.csv": None,
}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_inspect_maps_customer_date_amount_on_samples(samples_dir, name):
    path = samples_dir / name
    if not path.exists():
        pytest.skip(f"{name} not generated yet")
    out = subprocess.run(
        [sys.executable, "-m", "desktopseg", "inspect", str(path), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    info = json.loads(out.stdout)
    roles = {c["role"] for c in info["columns"]}
    assert "date" in roles
    assert roles & {"amount", "unit_price"}
    assert roles & {"customer_id", "customer_name", "email"}
    assert info["table_kind"] == "transactions"
    assert info["rows"]["kept"] + sum(info["rows"]["dropped"].values()) == info["rows"]["read"]
    truth = samples_dir / "truth" / (path.stem + ".json")
    if truth.exists() and SAMPLES[name]:
        cols = {c["name"]: c["role"] for c in info["columns"]}
        cid, date, amount = SAMPLES[name]
        assert (cols[cid], cols[date], cols[amount]) == ("customer_id", "date", "amount")


def test_cli_bad_file_exits_2_without_traceback(tmp_path):
    p = tmp_path / "x.xlsx"
    p.write_bytes(b"%PDF-1.4 nothing")
    out = subprocess.run(
        [sys.executable, "-m", "desktopseg", "inspect", str(p)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 2
    assert "PDF" in out.stderr and "Traceback" not in out.stderr


def test_row_numbers_match_the_sheet_when_it_starts_lower(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["B4"], ws["C4"], ws["D4"] = "Customer", "Date", "Amount"
    ws["B5"], ws["C5"], ws["D5"] = "ann", datetime(2024, 1, 2), 5
    ws["B7"], ws["C7"], ws["D7"] = "bo", datetime(2024, 1, 3), "oops"
    p = tmp_path / "low.xlsx"
    wb.save(p)
    res = load(p)
    assert res.report.header_row == 4
    assert res.transactions["source_row"].tolist() == [5]
    assert res.report.dropped == {"blank row": 1, "amount not readable": 1}


def test_ambiguous_dates_follow_dollar_hint_and_override(tmp_path):
    p = tmp_path / "us.csv"
    p.write_text("Customer,Date,Amount\nann,03/04/2024,$5.00\nbo,05/06/2024,$6.00\n")
    auto = load(p)
    assert auto.transactions["date"].iloc[0] == pd.Timestamp("2024-03-04")
    assert any("day-first or month-first" in x.message for x in auto.report.problems)
    forced = load(p, date_order="DMY")
    assert forced.transactions["date"].iloc[0] == pd.Timestamp("2024-04-03")


def test_quickbooks_csv_with_short_title_and_group_lines(tmp_path):
    text = (
        "Harbourside Catering Co.\n"
        "Sales by Customer Detail\n"
        "\n"
        ",Transaction Type,Date,Num,Product/Service,Qty,Sales Price,Amount,Balance\n"
        "Adams Brewing Co\n"
        ",Invoice,09/30/2026,4372,Platter,7,65.00,455.00,455.00\n"
        ",Invoice,09/30/2026,4372,Coffee,88,4.00,352.00,807.00\n"
        'Total for Adams Brewing Co,,,,,,,"$807.00",\n'
        'TOTAL,,,,,,,"$807.00",\n'
        "\n"
        "Accrual basis Friday, June 12, 2026 07:33 AM GMTZ\n"
    )
    p = tmp_path / "qb.csv"
    p.write_text(text)
    res = load(p)
    tx = res.transactions
    assert res.report.header_row == 4
    assert tx["customer_name"].tolist() == ["Adams Brewing Co"] * 2
    assert tx["amount"].sum() == 807.0
    assert balanced(res.report)


def test_cancel_stops_the_import(tmp_path):
    from desktopseg.core.errors import Cancelled

    p = _quickbooks(tmp_path / "qb.xlsx")
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(Cancelled):
        import_file(p, ImportOptions(), Task(None, cancelled))


def test_stray_far_cell_is_refused_before_reading(tmp_path, monkeypatch):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Customer", "Date", "Amount"])
    ws.append(["ann", datetime(2024, 1, 2), 5])
    ws["XFD1048576"] = "x"
    p = tmp_path / "far.xlsx"
    wb.save(p)
    monkeypatch.setattr(read_mod, "_available_memory", lambda: 8 * 1024**3)
    with pytest.raises(UserError, match="XFD1048576") as e:
        load(p)
    assert "Ctrl+End" in e.value.hint


def test_highly_compressed_member_is_a_bomb(tmp_path):
    p = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/worksheets/sheet1.xml", b" " * (60 * 1024**2))
    with pytest.raises(UserError, match="absurd"):
        load(p)


def test_placeholder_dates_are_dropped_not_crashing(tmp_path):
    p = _xlsx(
        tmp_path / "d.xlsx",
        [
            ["Customer", "Date", "Amount"],
            ["ann", datetime(9999, 12, 31), 5],
            ["bo", datetime(2024, 5, 1), 6],
        ],
    )
    res = load(p)
    assert res.transactions["customer_key"].tolist() == ["bo"]
    assert res.report.dropped == {"date not readable": 1}


def test_absurdly_wide_table_is_refused(tmp_path):
    p = tmp_path / "wide.csv"
    p.write_text(",".join(f"c{i}" for i in range(1500)) + "\n" + ",".join("1" * 1500) + "\n")
    with pytest.raises(UserError, match="1500 columns"):
        load(p)


def test_excel_error_cells_drop_their_rows_not_the_workbook(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Customer", "Date", "Amount"])
    ws.append(["ann", datetime(2024, 1, 2), 5.5])
    ws.append(["bo", datetime(2024, 1, 3), "=1/0"])
    ws.append(["cy", datetime(2024, 1, 4), 7])
    p = tmp_path / "err.xlsx"
    wb.save(p)
    # openpyxl writes formulas without cached values; put a real error value in the XML.
    src = zipfile.ZipFile(p).read("xl/worksheets/sheet1.xml").decode()
    src = src.replace("<f>1/0</f><v></v>", "<f>1/0</f><v>#DIV/0!</v>").replace(
        "<f>1/0</f><v />", "<f>1/0</f><v>#DIV/0!</v>"
    )
    src = src.replace('<c r="C3"><f>', '<c r="C3" t="e"><f>')
    out = tmp_path / "err2.xlsx"
    with zipfile.ZipFile(p) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = src.encode()
            zout.writestr(item, data)
    res = load(out)
    assert res.transactions["customer_key"].tolist() == ["ann", "cy"]
    assert balanced(res.report)


def test_header_and_blank_lines_only_is_an_empty_table(tmp_path):
    p = tmp_path / "blank.csv"
    p.write_text("Customer,Date,Amount\n" + ",,\n" * 50 + "\n" * 50)
    with pytest.raises(UserError, match="no rows"):
        load(p)
