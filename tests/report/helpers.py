"""Build real-shaped ImportResult / AnalysisResult objects from the shared Online Retail sample.

The report and project tests use these until (and as a fallback when) the real pipeline cannot
run. Everything follows the contracts in desktopseg/core/model.py.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from desktopseg.core.model import (
    AnalysisResult,
    AnalysisSettings,
    ColumnInfo,
    ColumnMapping,
    ImportReport,
    ImportResult,
    Persona,
    Segmentation,
    SegmentProfile,
)

SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
SHARED_CSV = SHARED_DATA / "online_retail_sample.csv"

HEADERS = {
    "InvoiceNo": "order_id",
    "StockCode": None,
    "Description": "product",
    "Quantity": "quantity",
    "InvoiceDate": "date",
    "UnitPrice": "unit_price",
    "CustomerID": "customer_id",
    "Country": "country",
}


def load_import(csv: Path = SHARED_CSV, nrows: int | None = None) -> ImportResult:
    """Read the Online Retail sample into the canonical tables (a stand-in for the importer)."""
    raw = pd.read_csv(csv, dtype=str, keep_default_na=False, nrows=nrows)
    n = len(raw)
    qty = pd.to_numeric(raw["Quantity"]).astype("float64")
    price = pd.to_numeric(raw["UnitPrice"]).astype("float64")
    cid = raw["CustomerID"].replace({"NA": None}).astype("string")
    tx = pd.DataFrame(
        {
            "customer_key": cid,
            "date": pd.to_datetime(raw["InvoiceDate"], format="%Y-%m-%d %H:%M:%S").astype(
                "datetime64[ns]"
            ),
            "amount": (qty * price).round(2),
            "order_id": raw["InvoiceNo"].astype("string"),
            "is_refund": raw["InvoiceNo"].str.startswith("C").astype(bool),
            "source_row": pd.Series(np.arange(2, n + 2), dtype="int64"),
            "quantity": qty,
            "unit_price": price,
            "customer_id": cid,
            "product": raw["Description"].replace({"": None}).astype("string"),
            "country": raw["Country"].astype("string"),
        }
    )
    known = tx.dropna(subset=["customer_key"])
    customers = (
        known.groupby("customer_key", sort=True)
        .agg(country=("country", "first"), first_purchase=("date", "min"))
        .reset_index()
    )
    customers["customer_key"] = customers["customer_key"].astype("string")
    customers["country"] = customers["country"].astype("string")
    report = ImportReport(
        file=str(csv),
        sheet=None,
        header_row=1,
        format="Online Retail (UCI)",
        columns=[ColumnInfo(h, r, 0.9 if r else 0.0, "header") for h, r in HEADERS.items()],
        rows_read=n,
        rows_kept=n,
        date_format="YMD",
        anonymous_rows=int(tx["customer_key"].isna().sum()),
        refund_rows=int(tx["is_refund"].sum()),
    )
    report.add_problem("info", "Some unit prices are 0; those lines count as free items.",
                       column="UnitPrice")
    mapping = ColumnMapping(roles=dict(HEADERS), header_row=1, date_order="YMD", decimal=".")
    return ImportResult(tx, customers, report, mapping)


# Persona names deliberately include Korean and Chinese text: the report must render them.
_PERSONAS = {
    "Champions": ("Charlotte", "Buys often, spends the most, came back recently."),
    "Loyal": ("김민준 (Minjun)", "단골 고객 - comes back month after month."),
    "New/Recent": ("Nadia", "First orders in the last few weeks."),
    "At Risk": ("王芳 (Wang Fang)", "曾经的好客户 - used to buy a lot, quiet for months."),
    "Lost": ("Leonard", "Bought once or twice, long ago."),
}
_COLORS = ["#4C72B0", "#55A868", "#C44E52", "#8172B2", "#CCB974", "#64B5CD"]


def _label(row) -> str:
    if row.recency_days <= 60 and row.orders >= 5:
        return "Champions"
    if row.orders >= 3 and row.recency_days <= 150:
        return "Loyal"
    if row.tenure_days <= 60:
        return "New/Recent"
    if row.orders >= 2 and row.recency_days > 150:
        return "At Risk"
    return "Lost"


def build_result(data: ImportResult | None = None) -> AnalysisResult:
    """A realistic AnalysisResult: customer features, an RFM-like scheme, personas."""
    data = data or load_import()
    tx = data.transactions.dropna(subset=["customer_key"])
    end = tx["date"].max()
    settings = AnalysisSettings(margin_pct=30.0, schemes=("behavioral",))
    g = tx.groupby("customer_key")
    cust = pd.DataFrame(
        {
            "first_purchase": g["date"].min(),
            "last_purchase": g["date"].max(),
            "orders": g["order_id"].nunique().astype("int64"),
            "revenue": g["amount"].sum(),
            "refunds": g["is_refund"].sum().astype("int64"),
            "favourite_product": g["product"].agg(
                lambda s: s.mode().iloc[0] if s.notna().any() else None
            ),
            "country": g["country"].first(),
        }
    )
    cust.index.name = "customer_key"
    cust["name"] = "Customer " + cust.index.astype(str)
    cust["recency_days"] = (end - cust["last_purchase"]).dt.days.astype("int64")
    cust["tenure_days"] = (end - cust["first_purchase"]).dt.days.astype("int64")
    cust["margin"] = cust["revenue"] * 0.3
    cust["avg_order"] = cust["revenue"] / cust["orders"]
    cust["orders_per_year"] = cust["orders"] * 365 / cust["tenure_days"].clip(lower=30)
    cust["effort"] = (1 + cust["refunds"] * 2 + cust["orders"] / 4).clip(upper=10).round(1)

    labels = cust.apply(_label, axis=1).astype("string")
    reasons = ("Last order " + cust["recency_days"].astype(str) + " days ago, "
               + cust["orders"].astype(str) + " orders").astype("string")
    total_rev = cust["revenue"].sum()
    total_margin = cust["margin"].sum()
    segments = []
    for i, name in enumerate(_PERSONAS):
        members = cust[labels == name]
        if members.empty:
            continue
        rev = float(members["revenue"].sum())
        margin = float(members["margin"].sum())
        share = len(members) / len(cust)
        pname, tagline = _PERSONAS[name]
        persona = Persona(
            segment=name,
            name=pname,
            initials=pname[0].upper(),
            tagline=tagline,
            story=(
                "{n} has placed about {o:.1f} orders, spending around £{a:,.0f} each time; "
                "on average the last order was {r:.0f} days ago. Mostly buys {p}. "
                "This group brings {rs:.0%} of the revenue from {cs:.0%} of the customers."
            ).format(
                n=pname, o=members["orders"].mean(), a=members["avg_order"].mean(),
                r=members["recency_days"].mean(),
                p=str(members["favourite_product"].mode().iloc[0]).lower(),
                rs=rev / total_rev, cs=share,
            ),
            key_figures=[
                ("Customers", f"{len(members):,} ({share:.0%})"),
                ("Revenue", f"£{rev:,.0f} ({rev / total_rev:.0%})"),
                ("Margin", f"£{margin:,.0f}"),
                ("Average order", "£{:,.2f}".format(members["avg_order"].mean())),
                ("Orders per year", "{:.1f}".format(members["orders_per_year"].mean())),
                ("Effort", "{:.1f} / 10".format(members["effort"].mean())),
            ],
            favourites=[str(p).title() for p in
                        members["favourite_product"].value_counts().index[:3]],
            typical="Mostly " + str(members["country"].mode().iloc[0]),
            actions=[
                "Send a thank-you note with early access to new stock.",
                "Offer a small loyalty reward on the next order.",
                "Ask what they would like to see in the shop next season.",
            ],
            color=_COLORS[i % len(_COLORS)],
        )
        segments.append(
            SegmentProfile(
                name=name,
                customers=len(members),
                share=share,
                revenue=rev,
                revenue_share=rev / total_rev,
                margin=margin,
                margin_share=margin / total_margin,
                avg_order=float(members["avg_order"].mean()),
                orders_per_year=float(members["orders_per_year"].mean()),
                avg_effort=float(members["effort"].mean()),
                description="Rule: " + name,
                persona=persona,
            )
        )
    seg = Segmentation(
        scheme="behavioral",
        title="Buying behaviour (RFM)",
        labels=labels,
        reasons=reasons,
        segments=segments,
    )
    return AnalysisResult(
        data=data,
        customers=cust,
        segmentations={"behavioral": seg},
        unavailable={"firmographic": "The file has no industry or company size column."},
        settings=settings,
        period_start=tx["date"].min().to_pydatetime(),
        period_end=end.to_pydatetime(),
        margin_source="margin_pct",
        effort_source="refunds and order count",
    )


def real_result(csv: Path = SHARED_CSV) -> AnalysisResult:
    """The real pipeline's result; while the importer is missing, analyse :func:`load_import`."""
    from desktopseg.core import pipeline

    try:
        return pipeline.run(csv)
    except ImportError:
        return pipeline.analyse(load_import(csv))
