"""Canonical ImportResults built by hand with pandas, so segmentation tests need no importer."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from desktopseg.core.model import ColumnMapping, ImportReport, ImportResult

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"


def make_import(tx: pd.DataFrame | None, customers: pd.DataFrame | None = None,
                kind: str = "transactions") -> ImportResult:
    """Wrap canonical tables in an ImportResult."""
    rows = len(tx) if tx is not None else len(customers)
    report = ImportReport(file="test", table_kind=kind, rows_read=rows, rows_kept=rows)
    return ImportResult(transactions=tx, customers=customers, report=report,
                        mapping=ColumnMapping())


def transactions(rows: list[tuple], **extra) -> pd.DataFrame:
    """Canonical transactions from (customer, 'YYYY-MM-DD', amount[, order_id]) tuples."""
    recs = []
    for i, r in enumerate(rows):
        cust, day, amount = r[:3]
        order = r[3] if len(r) > 3 else f"{cust}|{day}"
        recs.append({"customer_key": cust, "date": pd.Timestamp(day), "amount": float(amount),
                     "order_id": order, "is_refund": amount < 0, "source_row": i + 2})
    df = pd.DataFrame(recs)
    df["customer_key"] = df["customer_key"].astype("string")
    df["order_id"] = df["order_id"].astype("string")
    for k, v in extra.items():
        df[k] = v
    return df


def online_retail_import() -> ImportResult:
    """The UCI online-retail sample as the importer's canonical table would hold it."""
    raw = pd.read_csv(SHARED / "online_retail_sample.csv", dtype={"CustomerID": "string",
                                                                  "InvoiceNo": "string"})
    cust = raw["CustomerID"].str.replace(r"\.0$", "", regex=True)
    tx = pd.DataFrame({
        "customer_key": cust.astype("string"),
        "date": pd.to_datetime(raw["InvoiceDate"]),
        "amount": (raw["Quantity"] * raw["UnitPrice"]).astype("float64"),
        "order_id": raw["InvoiceNo"].astype("string"),
        "is_refund": raw["InvoiceNo"].str.startswith("C").fillna(False).astype(bool),
        "source_row": np.arange(2, len(raw) + 2, dtype="int64"),
        "quantity": raw["Quantity"].astype("float64"),
        "unit_price": raw["UnitPrice"].astype("float64"),
        "product": raw["Description"].astype("string"),
        "country": raw["Country"].astype("string"),
    })
    return make_import(tx)


def wholesale_import() -> ImportResult:
    """The UCI wholesale customer list: row numbers as ids, yearly spend per category."""
    raw = pd.read_csv(SHARED / "wholesale_customers.csv")
    cust = pd.DataFrame({"customer_key": pd.array([str(i + 2) for i in range(len(raw))],
                                                  dtype="string")})
    cust["channel"] = raw["Channel"].map({1: "Horeca", 2: "Retail"}).astype("string")
    cust["region"] = raw["Region"].map({1: "Lisbon", 2: "Oporto", 3: "Other"}).astype("string")
    for col in ("Fresh", "Milk", "Grocery", "Frozen", "Detergents_Paper", "Delicassen"):
        cust["spend:" + col] = raw[col].astype("float64")
    return make_import(None, cust, kind="customers")


@pytest.fixture(scope="session")
def retail():
    if not (SHARED / "online_retail_sample.csv").exists():
        pytest.skip("../shared/data is not beside this checkout")
    return online_retail_import()


@pytest.fixture(scope="session")
def wholesale():
    if not (SHARED / "wholesale_customers.csv").exists():
        pytest.skip("../shared/data is not beside this checkout")
    return wholesale_import()
