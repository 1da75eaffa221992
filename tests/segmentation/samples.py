"""Canonical tables of the bundled sample workbooks, read by hand with pandas.

The segmentation tests use these so that they test segmentation, not the importer; the pipeline
test runs the real importer on the same files when it is there.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd

from .conftest import make_import

SAMPLES = Path(__file__).resolve().parents[2] / "sample_workbooks"


def truth(name: str) -> dict:
    return json.loads((SAMPLES / "truth" / f"{name}.json").read_text(encoding="utf-8"))


def _money(s: pd.Series) -> pd.Series:
    text = s.astype(str).str.replace(r"[$,\s]", "", regex=True)
    neg = text.str.startswith("(") | text.str.startswith("-")
    val = pd.to_numeric(text.str.strip("()-"), errors="coerce")
    return val.where(~neg, -val).astype("float64")


def _canonical(key, date, amount, order, refund, **extra) -> pd.DataFrame:
    key = key.astype("string").str.strip().str.replace(r"\.0$", "", regex=True)
    df = pd.DataFrame({"customer_key": key.where(key != "", pd.NA), "date": date,
                       "amount": amount, "order_id": order.astype("string"),
                       "is_refund": refund.astype(bool),
                       "source_row": np.arange(2, len(key) + 2, dtype="int64")})
    for k, v in extra.items():
        df[k] = v.to_numpy() if hasattr(v, "to_numpy") else v
    return df


def florist():
    x = pd.read_excel(SAMPLES / "florist_square_items.xlsx", sheet_name="Items",
                      engine="calamine", dtype={"Customer ID": str})
    refund = x["Event Type"].eq("Refund")
    amount = _money(x["Net Sales"])
    amount = amount.where(~refund, -amount.abs())
    tx = _canonical(x["Customer ID"].fillna(""), pd.to_datetime(x["Date"].astype(str)), amount,
                    x["Transaction ID"], refund,
                    category=x["Category"].astype("string"), product=x["Item"].astype("string"),
                    channel=x["Channel"].astype("string"))
    return make_import(tx)


def hardware():
    x = pd.read_excel(SAMPLES / "hardware_store_sales.xlsx", sheet_name="Sales",
                      engine="calamine")
    log = pd.read_excel(SAMPLES / "hardware_store_sales.xlsx", sheet_name="Service log",
                        engine="calamine")
    amount = pd.to_numeric(x["Line Total"]).astype(float)
    tx = _canonical(x["Account No"].astype("string").fillna(""),
                    pd.to_datetime(x["Date"]), amount, x["Invoice"], amount < 0,
                    cost=(x["Qty"] * x["Unit Cost"]).astype(float),
                    channel=x["Channel"].astype("string"),
                    category=x["Category"].astype("string"))
    cust = pd.DataFrame({
        "customer_key": log["Account No"].astype("string").str.replace(r"\.0$", "", regex=True),
        "service_minutes": log["Service Minutes"].astype(float),
        "tickets": log["Phone Calls"].astype(float),
        "segment_hint": log["Customer Type"].astype("string"),
    })
    return make_import(tx, cust)


def b2b(code_column: str = "SIC Code"):
    inv = pd.read_excel(SAMPLES / "b2b_supplier.xlsx", sheet_name="Invoices", engine="calamine")
    cus = pd.read_excel(SAMPLES / "b2b_supplier.xlsx", sheet_name="Customers", engine="calamine")
    amount = pd.to_numeric(inv["Amount"]).astype(float)
    tx = _canonical(inv["Customer ID"], pd.to_datetime(inv["Invoice Date"]), amount,
                    inv["Invoice No"], amount < 0, cost=pd.to_numeric(inv["Cost"]).astype(float),
                    category=inv["Category"].astype("string"))
    cust = pd.DataFrame({
        "customer_key": cus["Customer ID"].astype("string"),
        "company": cus["Company"].astype("string"),
        "industry_code": cus[code_column].astype("string"),
        "employees": cus["Employees"].astype(float),
        "annual_revenue": cus["Annual Revenue"].astype(float),
        "city": cus["City"].astype("string"),
        "country": cus["Country"].astype("string"),
        "service_minutes": cus["Support Hours"].astype(float) * 60,
    })
    return make_import(tx, cust)


def european():
    x = pd.read_csv(SAMPLES / "european_shop_export.csv", sep=";", decimal=",", thousands=".",
                    encoding="cp1252", dtype={"Kundennummer": "string", "Datum": "string"})
    key = x["Kundennummer"].fillna(x["E-Mail"].str.lower())
    amount = pd.to_numeric(x["Gesamt"]).astype(float)
    tx = _canonical(key, pd.to_datetime(x["Datum"], format="%d.%m.%Y"), amount,
                    x["Bestellnummer"].astype(str), amount < 0,
                    channel=x["Kanal"].astype("string"), category=x["Kategorie"].astype("string"))
    return make_import(tx)
