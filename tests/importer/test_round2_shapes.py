"""Issue 12: real-shaped exports are read for what they are, and inspect never refuses them."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from desktopseg.cli import main
from desktopseg.core.errors import UserError
from desktopseg.core.model import ImportOptions
from desktopseg.core.pipeline import load, run, summary_dict
from tests.importer import shapes


def _roles(result) -> dict[str, str | None]:
    return {c.name: c.role for c in result.report.columns}


def test_whitespace_text_with_yyyymmdd_dates(tmp_path):
    """CDNOW-style text: dollar_value is the amount, number_of_cds a quantity, dates yyyymmdd."""
    path = shapes.cdnow_text(tmp_path / "cdnow.txt")
    data = load(path)
    roles = _roles(data)
    assert roles["customer_id"] == "customer_id"
    assert roles["date"] == "date"
    assert roles["dollar_value"] == "amount"
    assert roles["number_of_cds"] == "quantity"
    raw = pd.read_csv(path, sep=r"\s+")
    tx = data.transactions
    assert len(tx) == len(raw)
    assert tx["amount"].sum() == pytest.approx(raw["dollar_value"].sum())
    assert tx["date"].min() == pd.Timestamp(str(raw["date"].min()))


def test_campaign_customer_list_roles_and_totals(tmp_path):
    """ID, Mnt… spend, Num…Purchases counts, Recency and Dt_Customer are understood."""
    path = shapes.campaign_customers(tmp_path / "marketing_campaign.csv")
    data = load(path)
    roles = _roles(data)
    raw = pd.read_csv(path, encoding="utf-8-sig")
    assert data.report.table_kind == "customers"
    assert roles["ID"] == "customer_id"
    assert {roles[c] for c in raw.columns if c.startswith("Mnt")} == {"category_spend"}
    assert {roles[c] for c in raw.columns if c.endswith("Purchases")} == {"channel_orders"}
    assert roles["Recency"] == "recency_days"
    assert roles["Dt_Customer"] == "date_joined"
    for not_money in ("Income", "Z_Revenue", "Z_CostContact", "NumWebVisitsMonth"):
        assert roles[not_money] is None, not_money
    cust = data.customers.set_index("customer_key")
    first = raw.iloc[0]
    row = cust.loc[str(first["ID"])]
    purchases = [c for c in raw.columns if c.endswith("Purchases")]
    assert row["order_count"] == first[purchases].sum()
    assert row["orders:NumWebPurchases"] == first["NumWebPurchases"]
    assert row["recency_days"] == first["Recency"]
    counts = first[purchases].astype(float)
    web_share = first["NumWebPurchases"] / counts.sum()
    assert row["channel_share:Web"] == pytest.approx(web_share)
    top = counts.idxmax()[len("Num") : -len("Purchases")]
    assert row["preferred_channel"] == (top if counts.max() / counts.sum() >= 0.6 else "Mixed")
    m, d, y = (int(x) for x in first["Dt_Customer"].split("/"))
    assert row["date_joined"] == pd.Timestamp(y, m, d)
    # The most recent customer (smallest Recency) has the latest last purchase.
    assert cust["last_purchase"].idxmax() == str(raw.loc[raw["Recency"].idxmin(), "ID"])
    result = run(path)
    summary = summary_dict(result)
    assert summary["customers"] == len(raw)
    spend = raw[[c for c in raw.columns if c.startswith("Mnt")]].sum().sum()
    assert result.customers["revenue"].sum() == pytest.approx(spend)


def test_b2b_order_number_chosen_by_content(tmp_path):
    """`salesdata` is the order number, not `orderlinenumber`; order counts match the data."""
    path = shapes.b2b_order_lines(tmp_path / "sales_data_sample.csv")
    data = load(path)
    roles = _roles(data)
    assert roles["salesdata"] == "order_id"
    assert roles["orderlinenumber"] is None
    assert roles["coustomername"] == "customer_name"
    assert roles["quantityorderded"] == "quantity"
    assert roles["dayssincelastorder"] is None  # the dates say more on sales lines
    reasons = {c.name: c.reason for c in data.report.columns}
    assert "order_id" not in " ".join(reasons.values())
    raw = pd.read_csv(path)
    sold = raw[raw["status"] != "Cancelled"]
    expected = sold.groupby(sold["coustomername"].str.casefold())["salesdata"].nunique()
    got = data.transactions.groupby("customer_key")["order_id"].nunique()
    assert got.sort_index().tolist() == expected.sort_index().tolist()


def test_statuses_cancelled_left_out_on_hold_flagged(tmp_path):
    """Cancelled lines are neither sales nor returns; On Hold / Disputed are kept and said."""
    path = shapes.b2b_order_lines(tmp_path / "sales_data_sample.csv")
    data = load(path)
    raw = pd.read_csv(path)
    cancelled = int((raw["status"] == "Cancelled").sum())
    assert cancelled > 0
    assert sum(n for r, n in data.report.dropped.items() if "cancelled" in r) == cancelled
    assert len(data.transactions) == len(raw) - cancelled
    assert not data.transactions["is_refund"].any()
    flagged = int(raw["status"].isin(["On Hold", "Disputed"]).sum())
    assert any(str(flagged) in p.message and "On Hold" in p.message for p in data.report.problems)


def test_workbook_customer_id_shows_the_name_as_written(tmp_path):
    """The Customer ID column of the workbook shows "Anna's Decorations, Ltd", not lower case."""
    from openpyxl import load_workbook

    from desktopseg.core.export import write_workbook

    path = shapes.b2b_order_lines(tmp_path / "sales_data_sample.csv")
    out = tmp_path / "result.xlsx"
    write_workbook(run(path), out)
    wb = load_workbook(out, read_only=True)
    ws = next(ws for ws in wb.worksheets if ws.title.lower().startswith("customer"))
    ids = {row[0] for row in ws.iter_rows(min_row=2, values_only=True)}
    assert "Anna's Decorations, Ltd" in ids
    assert "anna's decorations, ltd" not in ids


def test_square_transactions_without_customers(tmp_path, capsys):
    """inspect shows the columns (exit 0); segment exits 2 saying the customer is missing."""
    path = shapes.square_transactions_no_customer(tmp_path / "transactions.csv")
    data = load(path, ImportOptions(inspect=True))
    assert _roles(data)["Net Sales"] == "amount"
    assert any(p.severity == "error" and "customer" in p.message for p in data.report.problems)
    with pytest.raises(UserError, match="customer"):
        load(path)
    assert main(["inspect", str(path), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert len(info["columns"]) == len(shapes.SQUARE_TX_COLUMNS)
    assert main(["segment", str(path), "-q"]) == 2
    assert "customer" in capsys.readouterr().err


@pytest.mark.parametrize(
    "writer", [shapes.cdnow_text, shapes.campaign_customers, shapes.b2b_order_lines]
)
def test_inspect_exits_0_on_every_shape(tmp_path, writer, capsys):
    """Every real shape is shown by inspect, with no internal keys in the reasons."""
    path = writer(tmp_path / ("x.txt" if writer is shapes.cdnow_text else "x.csv"))
    assert main(["inspect", str(path)]) == 0
    out = capsys.readouterr().out
    assert "means order_id" not in out and "False" not in out


def test_inspect_exits_2_on_unreadable(tmp_path):
    """A file that is not a table at all still exits 2."""
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    assert main(["inspect", str(path)]) == 2


def test_missing_roles_name_candidate_columns(tmp_path, capsys):
    """segment exits 2 naming the column that could be the customer; inspect lists it too."""
    path = tmp_path / "till.csv"
    path.write_text(
        "Who,When,Paid,Till\nAnn,2024-01-02,10.50,1\nBob,2024-01-03,20.00,2\n"
        "Ann,2024-01-09,5.25,1\nCy,2024-01-10,7.25,1\nBob,2024-01-11,3.10,2\n"
    )
    assert main(["segment", str(path), "-q"]) == 2
    err = capsys.readouterr().err
    assert "customer" in err and "'Who'" in err and "'Till'" not in err
    assert main(["inspect", str(path), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    errors = [p["message"] for p in info["problems"] if p["severity"] == "error"]
    assert len(errors) == 1 and "'Who'" in errors[0]
    assert {c["name"]: c["role"] for c in info["columns"]}["Paid"] == "amount"
