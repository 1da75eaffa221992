"""Issue 12, point 4: CJK dates, NUL bytes, hidden sheets, WooCommerce items, SIC + NAICS."""

from __future__ import annotations

import csv

import pandas as pd
import pytest

from desktopseg.core.importer.content_roles import tolerant_guesses
from desktopseg.core.importer.values import parse_dates
from desktopseg.core.pipeline import load


@pytest.mark.parametrize(
    "texts",
    [
        ["2024. 3. 5.", "2024. 12. 25."],
        ["2024년 3월 5일", "2024년 12월 25일"],
        ["2024年3月5日", "2024年12月25日"],
    ],
)
def test_korean_and_chinese_dates(texts):
    """Year-month-day written the Korean and Chinese ways are read as dates."""
    got = parse_dates(pd.Series(texts, dtype="string"))
    assert list(got.values) == [pd.Timestamp(2024, 3, 5), pd.Timestamp(2024, 12, 25)]


def test_nul_bytes_dropped_and_counted(tmp_path):
    """A CSV with NUL bytes inside a few fields imports; the NULs are counted."""
    path = tmp_path / "till.csv"
    path.write_bytes(
        b"Customer ID,Date,Amount,Note\nC1,2024-01-02,10.50,ok\n"
        b"C2,2024-01-03,20.00,b\x00ad\nC1,2024-01-09,5.00,\x00\x00\n"
    )
    data = load(path)
    assert len(data.transactions) == 3
    assert data.transactions["amount"].sum() == pytest.approx(35.5)
    assert any("3 NUL" in p.message for p in data.report.problems)


def test_hidden_sheet_ranks_below_visible(tmp_path):
    """A hidden sheet of sales is not chosen over a visible one."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "Notes"
    wb.active.append(["Note"])
    hidden = wb.create_sheet("Sales data")
    visible = wb.create_sheet("Orders")
    for ws, n in ((hidden, 60), (visible, 20)):
        ws.append(["Customer ID", "Date", "Amount", "Order ID"])
        for i in range(n):
            ws.append([f"C{i % 5}", f"2024-02-{i % 28 + 1:02d}", 5 + i, f"{ws.title[0]}{i}"])
    hidden.sheet_state = "hidden"
    path = tmp_path / "book.xlsx"
    wb.save(path)
    assert load(path).report.sheet == "Orders"


def test_woocommerce_order_items_split(tmp_path):
    """order_item_N cells (legacy and named parts) become one line per item."""
    cols = ["order_id", "date", "status", "order_total", "customer_user", "billing_email",
            "order_item_1", "order_item_2"]  # fmt: skip
    path = tmp_path / "woo.csv"
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        w.writerow([4993, "5/31/2016 0:37", "completed", 50, 1, "a@x.com",
                    "product_id:4959|1|30|size: Medium",
                    "name:Mug|product_id:12|quantity:2|total:20.00"])  # fmt: skip
        w.writerow([4994, "6/02/2016 9:10", "completed", 30, 2, "b@x.com",
                    "product_id:4959|1|30|size: Large", ""])  # fmt: skip
    data = load(path)
    tx = data.transactions
    assert len(tx) == 3
    assert sorted(tx["amount"]) == [20.0, 30.0, 30.0]
    assert set(tx["product"]) == {"4959", "Mug"}
    assert tx.groupby("order_id").size().to_dict() == {"4993": 2, "4994": 1}


def test_sic_and_naics_both_kept(tmp_path):
    """A list with SIC and NAICS columns keeps both codes."""
    path = tmp_path / "firms.csv"
    path.write_text(
        "Customer ID,Company,SIC Code,NAICS Code,Employees\n"
        "C1,Acme,5943,453210,12\nC2,Bolt,1711,238220,40\nC3,Cafe,5812,722511,8\n"
    )
    cust = load(path).customers.set_index("customer_key")
    assert cust.loc["C2", "sic_code"] == "1711"
    assert cust.loc["C2", "naics_code"] == "238220"
    assert cust.loc["C2", "industry_code"] in ("1711", "238220")


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("coustomername", "customer_name"),  # English, misspelt
        ("Kundennumer", "customer_id"),  # German, one letter missing
        ("numero_client", "customer_id"),  # French, snake_case
        ("nombre_del_clente", "customer_name"),  # Spanish, misspelt
        ("asiakasnumro", "customer_id"),  # Finnish, misspelt
        ("MntWines", "category_spend"),
        ("NumStorePurchases", "channel_orders"),
        ("days_since_last_purchase", "recency_days"),
        ("Dt_Customer", "date_joined"),
        ("AmtPaid", "amount"),
    ],
)
def test_tolerant_headers(header, role):
    """Misspelt, snake_case and abbreviated headers in several languages find their role."""
    got = tolerant_guesses(header)
    assert got and got[0].role == role


def test_korean_and_chinese_headers_exact():
    """Korean and Chinese headers are matched by the synonym table as before."""
    from desktopseg.core.importer.roles import header_guesses

    assert header_guesses("고객번호")[0].role == "customer_id"
    assert header_guesses("客户名称")[0].role == "customer_name"
