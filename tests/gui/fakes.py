"""A hand-built AnalysisResult for GUI work while (or where) the real engine is not needed.

Shaped like the real thing (model.py contracts): a florist with 60 customers in four behavioural
segments and three value tiers, personas, reasons, no effort data.
"""

from __future__ import annotations

from datetime import datetime, timedelta

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

BEHAVIORAL = {
    "Champions": ("#2E7D32", 10),
    "Loyal": ("#1565C0", 15),
    "At Risk": ("#EF6C00", 20),
    "Lost": ("#757575", 15),
}
VALUE = {"Top 20%": ("#6A1B9A", 12), "Middle": ("#00838F", 24), "Long tail": ("#9E9D24", 24)}


def _transactions(n_customers: int, rng) -> pd.DataFrame:
    rows = []
    start = datetime(2025, 1, 1)
    for c in range(n_customers):
        for k in range(int(rng.integers(1, 6))):
            rows.append({
                "customer_key": f"C{c:03d}",
                "customer_name": f"Customer {c}",
                "date": start + timedelta(days=int(rng.integers(0, 365))),
                "amount": float(rng.gamma(2.0, 30.0)),
                "order_id": f"O{c:03d}-{k}",
                "is_refund": False,
                "source_row": len(rows) + 2,
            })
    return pd.DataFrame(rows)


def _segmentation(scheme, title, spec, customers, rng) -> Segmentation:
    names = [name for name, (_, n) in spec.items() for _ in range(n)]
    labels = pd.Series(names, index=customers.index)
    reasons = labels.map(lambda s: f"Placed in {s} by the test fixture")
    segments = []
    total_rev = float(customers["revenue"].sum())
    for name, (color, n) in spec.items():
        members = customers[labels == name]
        rev = float(members["revenue"].sum())
        persona = Persona(
            segment=name,
            name=f"{name.split()[0]} Persona",
            initials=name[:2].upper(),
            tagline=f"The {name.lower()} crowd",
            story=f"{n} customers who spend about {rev / n:.0f} each.",
            key_figures=[("Customers", str(n)), ("Revenue", f"{rev:,.0f}")],
            favourites=["Roses", "Tulips"],
            typical="Mostly in store",
            actions=["Send a thank-you note", "Offer a loyalty card"],
            color=color,
        )
        segments.append(SegmentProfile(
            name=name, customers=n, share=n / len(customers), revenue=rev,
            revenue_share=rev / total_rev, margin=rev * 0.4, margin_share=rev / total_rev,
            avg_order=float(members["avg_order"].mean()), orders_per_year=3.0, avg_effort=None,
            description=f"Fixture bucket {name}", persona=persona,
        ))
    return Segmentation(scheme=scheme, title=title, labels=labels, reasons=reasons,
                        segments=segments)


def fake_result(seed: int = 1) -> AnalysisResult:
    """Return a complete, consistent AnalysisResult without running the engine."""
    rng = np.random.default_rng(seed)
    n = sum(n for _, n in BEHAVIORAL.values())
    tx = _transactions(n, rng)
    grouped = tx.groupby("customer_key")
    customers = pd.DataFrame({
        "name": grouped["customer_name"].first(),
        "first_purchase": grouped["date"].min(),
        "last_purchase": grouped["date"].max(),
        "orders": grouped["order_id"].nunique(),
        "revenue": grouped["amount"].sum(),
    })
    customers["avg_order"] = customers["revenue"] / customers["orders"]
    customers["recency_days"] = (tx["date"].max() - customers["last_purchase"]).dt.days
    report = ImportReport(
        file="fake.csv", sheet=None, header_row=1, format=None,
        columns=[ColumnInfo("Customer", "customer_name", 0.9), ColumnInfo("Date", "date", 0.95),
                 ColumnInfo("Total", "amount", 0.9)],
        rows_read=len(tx), rows_kept=len(tx), date_format="YYYY-MM-DD",
    )
    mapping = ColumnMapping(roles={"Customer": "customer_name", "Date": "date", "Total": "amount"})
    data = ImportResult(transactions=tx, customers=None, report=report, mapping=mapping)
    segs = {
        "behavioral": _segmentation("behavioral", "Buying behaviour (RFM)", BEHAVIORAL,
                                    customers, rng),
        "value": _segmentation("value", "Customer value", VALUE, customers, rng),
    }
    return AnalysisResult(
        data=data, customers=customers, segmentations=segs,
        unavailable={"firmographic": "The file has no industry, size or company revenue columns.",
                     "clusters": "Needs at least 100 customers."},
        settings=AnalysisSettings(), period_start=tx["date"].min(), period_end=tx["date"].max(),
        margin_source="margin_pct", effort_source=None,
    )


def capture_message_boxes(monkeypatch, answer=None) -> list[tuple[str, str, str]]:
    """Answer every message box with ``answer`` (default Discard) instead of blocking on it;
    return the list of (kind, title, text) shown, filled as the test goes."""
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.StandardButton.Discard if answer is None else answer
    seen: list[tuple[str, str, str]] = []

    def capture(kind):
        def show(parent, title, text, *args, **kwargs):
            seen.append((kind, title, text))
            return answer

        return show

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, capture(kind))
    return seen
