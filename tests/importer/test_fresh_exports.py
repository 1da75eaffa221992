"""Real-shaped exports of a fresh sweep: customers, revenue, orders and period match the truth.

Each file is written by tests/importer/fresh_exports.py, whose ledger records what was really
sold; the figures the pipeline reports are compared with that ledger, counted with pandas.
"""

from __future__ import annotations

import pandas as pd
import pytest

from desktopseg.core.importer.values import parse_dates
from desktopseg.core.pipeline import load, run, summary_dict
from tests.importer import fresh_exports as fe


def _figures(path) -> dict:
    result = run(path)
    summary = summary_dict(result)
    cust = result.customers
    return {
        "customers": summary["customers"],
        "revenue": round(float(cust["revenue"].sum()), 2),
        "orders": int(cust["orders"].sum()),
        "start": summary["period"]["start"],
        "end": summary["period"]["end"],
    }


def _named_truth(ledger) -> dict:
    t = fe.truth(ledger)
    named = ledger[ledger["customer"].notna()]
    t["start"] = named["date"].min().date().isoformat()
    t["end"] = named["date"].max().date().isoformat()
    return {k: t[k] for k in ("customers", "revenue", "orders", "start", "end")}


def test_clover_dates_with_am_pm_and_time_zone(tmp_path):
    """Clover's '23-Aug-2026 09:34 PM EDT' dates are read; FAIL payments and refunds count."""
    path, ledger = fe.clover_payments(tmp_path / "Payments-20260824_1107_EDT.csv")
    tx = load(path).transactions
    assert tx["date"].min() == ledger["date"].min()
    assert _figures(path) == _named_truth(ledger)


@pytest.mark.parametrize("name", sorted(fe.WRITERS))
def test_every_fresh_export_reads_as_its_ledger(tmp_path, name):
    """Customers, net revenue, orders and period equal the generator's own ledger."""
    path, ledger = fe.WRITERS[name](tmp_path / name)
    assert _figures(path) == _named_truth(ledger)


def test_shopify_lines_below_the_first_belong_to_its_order(tmp_path):
    """Blank e-mails on an order's later lines are the order's customer, not walk-ins."""
    path, ledger = fe.shopify_orders(tmp_path / "orders_export_1.csv")
    data = load(path)
    raw = pd.read_csv(path, dtype=str)
    guest_orders = raw.loc[raw["Source"].eq("pos"), "Name"]
    assert data.report.anonymous_rows == int(raw["Name"].isin(guest_orders).sum())
    assert any("same order" in p.message for p in data.report.problems)


def test_shopify_discount_codes_and_refunds_are_taken_off(tmp_path):
    """Subtotal (after the order's discount code) minus Refunded Amount is the revenue;
    a refunded order and a voided one bring none."""
    path, ledger = fe.shopify_orders(tmp_path / "orders_export_1.csv")
    raw = pd.read_csv(path, dtype=str)
    first = raw[raw["Financial Status"].notna()]
    kept = first[~first["Financial Status"].isin(["voided", "refunded"])]
    expected = (kept["Subtotal"].astype(float) - kept["Refunded Amount"].astype(float)).sum()
    tx = load(path).transactions
    assert tx["amount"].sum() == pytest.approx(expected)
    rep = load(path).report
    assert any("'Subtotal', 'Refunded Amount'" in p.message for p in rep.problems)
    lines = raw["Name"].map(first.set_index("Name")["Financial Status"])
    assert rep.dropped["order refunded in full (no revenue)"] == int(lines.eq("refunded").sum())
    assert rep.dropped["not a sale (status or type)"] == int(lines.eq("voided").sum())


def test_xero_voided_and_draft_invoices_are_not_sales(tmp_path):
    """Xero lines whose Status is Voided, Deleted or Draft are left out and counted."""
    path, _ledger = fe.xero_invoices(tmp_path / "Invoices.csv")
    raw = pd.read_csv(path, dtype=str)
    void = raw["Status"].isin(["Voided", "Draft", "Deleted"])
    data = load(path)
    assert data.report.dropped["voided, deleted or draft (never a sale)"] == int(void.sum())
    assert data.transactions["amount"].sum() == pytest.approx(
        raw.loc[~void, "LineAmount"].astype(float).sum()
    )


def test_etsy_order_value_less_the_coupon_and_refunds(tmp_path):
    """Etsy's Order Value is before the coupon (Discount Amount is taken off); a refund is
    the drop from Order Total to Adjusted Order Total, never more than the sale."""
    path, _ledger = fe.etsy_sold_orders(tmp_path / "EtsySoldOrders2020.csv")
    raw = pd.read_csv(path, dtype=str)
    sold = raw["Order Value"].astype(float) - raw["Discount Amount"].astype(float)
    back = (raw["Order Total"].astype(float) - raw["Adjusted Order Total"].astype(float)).fillna(0)
    assert (back > 0).sum() == 3
    expected = (sold - back.clip(upper=sold)).sum()
    assert load(path).transactions["amount"].sum() == pytest.approx(expected)


def test_woocommerce_refunded_and_cancelled_orders_are_not_negative_sales(tmp_path):
    """A refunded or cancelled WooCommerce order brings no revenue (it was not a refund of
    another sale): it is left out and counted, not subtracted."""
    path, _ledger = fe.woocommerce_orders(tmp_path / "woocommerce-orders.csv")
    raw = pd.read_csv(path, dtype=str, encoding="utf-8-sig")
    data = load(path)
    assert not data.transactions["is_refund"].any()
    assert (data.transactions["amount"] > 0).all()
    rep = data.report
    items = raw[["order_item_1", "order_item_2"]].notna().sum(axis=1)
    assert rep.dropped["order refunded in full (no revenue)"] == items[
        raw["status"].eq("refunded")
    ].sum()
    assert rep.dropped["cancelled order (not a sale, not a return)"] == items[
        raw["status"].eq("cancelled")
    ].sum()


def test_total_typed_in_the_date_column_is_a_total_row(tmp_path):
    """'Total' under the dates of an export saved from Excel is a total, not a bad date."""
    path, _ledger = fe.square_items_xlsm(tmp_path / "items.xlsm")
    rep = load(path).report
    assert rep.dropped.get("total or subtotal row") == 1
    assert "date not readable" not in rep.dropped
    assert not any("can't be read" in p.message for p in rep.problems)


def test_walk_ins_sharing_a_number_over_days_stay_walk_ins(tmp_path):
    """Only an order's own lines (one moment, one customer) lend it their customer."""
    lines = ["Order ID,Date,Customer,Amount"]
    for i in range(40):  # orders whose second line leaves the customer blank
        day = f"2024-{1 + i // 28:02d}-{1 + i % 28:02d}"
        lines += [f"T{i},{day},Customer {i % 9},10", f"T{i},{day},,4"]
    lines += ["T90,2024-03-08,Ann Lee,7", "T90,2024-03-09,,9"]  # the number reused next day
    lines += ["T91,2024-03-10,Bo Chen,3", "T91,2024-03-10,Cy Ortiz,5", "T91,2024-03-10,,6"]
    path = tmp_path / "till.csv"
    path.write_text("\n".join(lines) + "\n")
    data = load(path)
    tx = data.transactions
    assert {c.name: c.role for c in data.report.columns}["Order ID"] == "order_id"
    assert tx["customer_key"].iloc[:80].notna().all()
    assert tx["customer_key"].iloc[80:].isna().tolist() == [False, True, False, False, True]


@pytest.mark.parametrize(
    ("texts", "first"),
    [
        (["01-Aug-2026 10:05 AM EDT", "23-Aug-2026 09:34 PM EST"], "2026-08-01 10:05"),
        (["2026-06-08T22:55:28.123Z", "2026-06-09T08:00:00.5Z"], "2026-06-08 22:55:28"),
        (["2026-06-08T22:55:28.123456+00:00"], "2026-06-08 22:55:28"),
        (["8-Jun-26", "30-Dec-25"], "2026-06-08"),  # Excel's d-mmm-yy saved as CSV
    ],
)
def test_dates_with_zones_fractions_and_short_years(texts, first):
    """Time zones after am/pm or after fractions of a second, and d-mmm-yy, are dates."""
    got = parse_dates(pd.Series(texts, dtype="string"))
    assert got.ok.all()
    assert got.values.iloc[0] == pd.Timestamp(first)


def test_sales_in_two_currencies_are_said(tmp_path):
    """A PayPal file with some payments in US dollars warns with the lines per currency."""
    path, _ledger = fe.paypal_activity(tmp_path / "Download.CSV")
    raw = pd.read_csv(path, dtype=str, keep_default_na=False)
    sales = raw["Type"].eq("Express Checkout Payment")
    raw.loc[sales[sales].index[::5], "Currency"] = "USD"
    raw.to_csv(path, index=False, quoting=1)
    data = load(path)
    kept = raw.loc[data.transactions["source_row"] - 2, "Currency"].value_counts()
    warning = next(p.message for p in data.report.problems if "currencies" in p.message)
    assert f"GBP {kept['GBP']}, USD {kept['USD']}" in warning
    assert not any("currencies" in p.message for p in load(fe.paypal_activity(
        tmp_path / "one.CSV")[0]).report.problems)


@pytest.mark.parametrize(
    ("header", "role"),
    [("Net £", "amount"), ("Amount (EUR)", "amount"), ("Betrag (€)", "amount"),
     ("VAT £", "tax"), ("Price (USD)", "unit_price")],
)  # fmt: skip
def test_money_headers_naming_their_currency(header, role):
    """A currency symbol or bracketed code in a money header does not hide its meaning."""
    from desktopseg.core.importer.roles import header_guesses

    assert header_guesses(header)[0].role == role


def test_quickbooks_desktop_customer_summary(tmp_path):
    """The unlabelled customer column and the period-headed sales column are understood."""
    path, truth = fe.quickbooks_desktop_summary_xlsx(tmp_path / "sales_by_customer_summary.xlsx")
    data = load(path)
    roles = {c.name: c.role for c in data.report.columns}
    assert roles["Column 2"] == "customer_name"
    assert roles["Jan - Dec 25"] == "lifetime_spend"
    assert data.report.dropped == {"total or subtotal row": 1}
    result = run(path)
    assert summary_dict(result)["customers"] == len(truth)
    assert result.customers["revenue"].sum() == pytest.approx(truth["spend"].sum())
    assert set(result.customers["customer_name"]) == set(truth["customer"])
