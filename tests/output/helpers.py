"""Hand-built AnalysisResult objects for the output tests, independent of features/schemes.

Two sources:
- ``retail_result``: the real UCI Online Retail sample, summarised with a plain pandas groupby,
  with made-up names/e-mails (some hostile, to test neutralising) and a derived effort score.
- ``planted_result``: a small synthetic shop with four clearly different groups of customers
  (loyal regulars, lapsed big spenders, high-effort thin-margin accounts, brand-new buyers).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from desktopseg.core.model import (
    AnalysisResult,
    AnalysisSettings,
    ColumnMapping,
    ImportReport,
    ImportResult,
    Segmentation,
    SegmentProfile,
)

HOSTILE_NAMES = ['=HYPERLINK("http://evil","x")', "+1 555 0100", "@cmd", "-2+3", "\tTab"]


def profiles(customers: pd.DataFrame, labels: pd.Series) -> list[SegmentProfile]:
    """Compute SegmentProfile numbers the way a scheme would (sum/mean per label)."""
    total_rev = customers["revenue"].sum()
    has_margin = "margin" in customers
    total_margin = customers["margin"].sum() if has_margin else None
    out = []
    n = len(customers)
    for name, idx in labels.groupby(labels, sort=False).groups.items():
        c = customers.loc[idx]
        rev = float(c["revenue"].sum())
        margin = float(c["margin"].sum()) if has_margin else None
        out.append(
            SegmentProfile(
                name=str(name),
                customers=len(c),
                share=len(c) / n,
                revenue=rev,
                revenue_share=rev / total_rev if total_rev else 0.0,
                margin=margin,
                margin_share=(margin / total_margin) if has_margin and total_margin else None,
                avg_order=rev / c["orders"].sum() if c["orders"].sum() else None,
                orders_per_year=float(c["orders_per_year"].mean()),
                avg_effort=float(c["effort"].mean()) if "effort" in c else None,
                description=f"{name} bucket",
            )
        )
    out.sort(key=lambda s: -s.customers)
    return out


def _segmentation(scheme, title, customers, labels, reasons, details=None) -> Segmentation:
    labels = labels.astype(str)
    return Segmentation(
        scheme=scheme,
        title=title,
        labels=labels,
        reasons=reasons.astype(str),
        segments=profiles(customers, labels),
        details=details or {},
    )


def retail_transactions(csv: Path) -> pd.DataFrame:
    """Canonical transactions from the Online Retail sample (cancellations are refunds)."""
    raw = pd.read_csv(csv, dtype={"CustomerID": "string", "InvoiceNo": "string"})
    tx = pd.DataFrame(
        {
            "customer_key": raw["CustomerID"].str.replace(r"\.0$", "", regex=True),
            "date": pd.to_datetime(raw["InvoiceDate"]),
            "amount": (raw["Quantity"] * raw["UnitPrice"]).astype("float64"),
            "order_id": raw["InvoiceNo"],
            "is_refund": raw["InvoiceNo"].str.startswith("C").fillna(False).astype(bool),
            "source_row": np.arange(2, len(raw) + 2, dtype="int64"),
            "quantity": raw["Quantity"].astype("float64"),
            "unit_price": raw["UnitPrice"].astype("float64"),
            "product": raw["Description"].astype("string"),
            # The sample has no category: the last word of the description is a fair stand-in.
            "category": raw["Description"].astype("string").str.split().str[-1].str.title(),
            "country": raw["Country"].astype("string"),
        }
    )
    tx["cost"] = tx["amount"] * 0.6
    rng = np.random.default_rng(7)
    tx["channel"] = pd.Series(
        rng.choice(["Online", "Phone", "In store"], size=len(tx), p=[0.7, 0.1, 0.2]),
        dtype="string",
    )
    return tx


def customers_from_transactions(tx: pd.DataFrame, with_effort: bool = True) -> pd.DataFrame:
    """One row per customer with the CUSTOMER_FEATURES a plain groupby can give."""
    tx = tx[tx["customer_key"].notna()]
    end = tx["date"].max()
    g = tx.groupby("customer_key")
    c = pd.DataFrame(
        {
            "first_purchase": g["date"].min(),
            "last_purchase": g["date"].max(),
            "orders": tx[~tx["is_refund"]].groupby("customer_key")["order_id"].nunique(),
            "revenue": g["amount"].sum(),
            "margin": g["amount"].sum() - g["cost"].sum(),
            "refunds": g["is_refund"].sum(),
        }
    )
    c["orders"] = c["orders"].fillna(0).astype("int64")
    c["recency_days"] = (end - c["last_purchase"]).dt.days.astype("float64")
    c["tenure_days"] = (end - c["first_purchase"]).dt.days.astype("float64")
    c["avg_order"] = c["revenue"] / c["orders"].where(c["orders"] > 0)
    c["orders_per_year"] = c["orders"] * 365 / c["tenure_days"].clip(lower=30)
    chan = tx.groupby(["customer_key", "channel"])["amount"].sum().reset_index()
    chan = chan.sort_values("amount").drop_duplicates("customer_key", keep="last")
    c["preferred_channel"] = chan.set_index("customer_key")["channel"]
    cat = tx.groupby(["customer_key", "category"])["amount"].sum().reset_index()
    cat = cat.sort_values("amount").drop_duplicates("customer_key", keep="last")
    c["favourite_category"] = cat.set_index("customer_key")["category"]
    c["buyer_type"] = np.where(
        c["orders"] <= 1, "first-time", np.where(c["orders"] >= 6, "regular", "occasional")
    )
    c["buyer_type"] = c["buyer_type"].astype("string")
    country = tx.groupby("customer_key")["country"].first()
    c["country"] = country
    if with_effort:
        # Many small orders and refunds take counter time: a plausible derived effort 1-10.
        basket = np.log1p(c["avg_order"].fillna(0).clip(lower=0))
        raw = np.log1p(c["orders"]) * 2 + c["refunds"] * 1.5 - basket
        c["effort"] = (1 + 9 * (raw - raw.min()) / (raw.max() - raw.min())).round(1)
    # Names and e-mails: most customers have them; a few carry spreadsheet-formula lookalikes.
    keys = c.index.to_list()
    first = ["Olivia", "Noah", "Amelia", "George", "Isla", "Harry", "Ava", "Jack", "Mia", "Leo"]
    last = ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Thomas", "Roberts"]
    c["first_name"] = pd.Series([first[i % len(first)] for i in range(len(keys))], index=c.index)
    c["last_name"] = pd.Series([last[i % len(last)] for i in range(len(keys))], index=c.index)
    for pos, bad in zip((1, 3, 4, 6, 7), HOSTILE_NAMES, strict=True):  # rows with an e-mail
        c.iloc[pos, c.columns.get_loc("first_name")] = bad
    c["name"] = c["first_name"] + " " + c["last_name"]
    email = pd.Series([f"customer{k}@example.com" for k in keys], index=c.index, dtype="string")
    email[::5] = pd.NA  # every fifth customer bought without leaving an e-mail
    c["email"] = email
    c.index.name = "customer_key"
    cols = ["name", "email", "first_name", "last_name"] + [
        x for x in c.columns if x not in ("name", "email", "first_name", "last_name")
    ]
    c = c[cols]
    for col in (
        "preferred_channel",
        "favourite_category",
        "country",
        "first_name",
        "last_name",
        "name",
    ):
        c[col] = c[col].astype("string")
    return c


def rfm_labels(c: pd.DataFrame) -> tuple[pd.Series, pd.Series, dict]:
    """A small R x FM rule set standing in for the real behavioral scheme."""
    r = pd.qcut(-c["recency_days"].rank(method="first"), 5, labels=False) + 1
    f = pd.qcut(c["orders"].rank(method="first"), 5, labels=False) + 1
    m = pd.qcut(c["revenue"].rank(method="first"), 5, labels=False) + 1
    fm = ((f + m) / 2).round().astype(int)
    lab = pd.Series("Needs Attention", index=c.index)
    lab[(r >= 4) & (fm >= 4)] = "Champions"
    lab[(r == 3) & (fm >= 4)] = "Loyal"
    lab[(r <= 2) & (fm >= 4)] = "At Risk"
    lab[(r >= 4) & (fm <= 2)] = "New"
    lab[(r <= 2) & (fm <= 2)] = "Lost"
    lab[(r == 1) & (fm == 3)] = "Hibernating"
    reason = "R " + r.astype(str) + ", F " + f.astype(str) + ", M " + m.astype(str)
    scores = pd.DataFrame({"R": r, "F": f, "M": m}, index=c.index)
    return lab, reason, {"scores": scores}


def result_from(
    tx: pd.DataFrame | None,
    c: pd.DataFrame,
    file: str = "sales.csv",
    schemes=("behavioral", "value"),
    margin_source="cost",
) -> AnalysisResult:
    """Wrap a customers table into an AnalysisResult with hand-made schemes."""
    report = ImportReport(
        file=file, rows_read=0 if tx is None else len(tx), rows_kept=0 if tx is None else len(tx)
    )
    data = ImportResult(transactions=tx, customers=None, report=report, mapping=ColumnMapping())
    segs = {}
    if "behavioral" in schemes:
        lab, why, det = rfm_labels(c)
        segs["behavioral"] = _segmentation("behavioral", "Buying behaviour (RFM)", c, lab, why, det)
    if "value" in schemes:
        order = c["margin"].sort_values(ascending=False)
        cum = order.cumsum() / order.sum()
        tier = pd.Series("Bronze", index=order.index)
        tier[cum <= 0.8] = "Silver"
        tier[cum <= 0.5] = "Gold"
        tier[order < 0] = "Loss-making"
        tier = tier.reindex(c.index)
        segs["value"] = _segmentation(
            "value",
            "Value tiers",
            c,
            tier,
            "top " + (cum.reindex(c.index) * 100).round(0).astype(str) + "% of margin",
        )
    return AnalysisResult(
        data=data,
        customers=c,
        segmentations=segs,
        unavailable={},
        settings=AnalysisSettings(),
        period_start=None if tx is None else tx["date"].min().to_pydatetime(),
        period_end=None if tx is None else tx["date"].max().to_pydatetime(),
        margin_source=margin_source,
        effort_source="derived from orders and refunds" if "effort" in c else None,
    )


def retail_result(csv: Path, with_effort: bool = True) -> AnalysisResult:
    """The Online Retail sample as an AnalysisResult with behavioral and value schemes."""
    tx = retail_transactions(csv)
    c = customers_from_transactions(tx, with_effort=with_effort)
    return result_from(tx, c, file=str(csv))


def planted_customers(seed: int = 1) -> pd.DataFrame:
    """A shop with four groups whose character is obvious from the numbers."""
    rng = np.random.default_rng(seed)
    groups = {
        # name: (n, recency, orders, avg_order, margin %, effort, refunds, tenure)
        "Regulars": (60, 12, 24, 45.0, 0.40, 3.0, 0, 900),
        "Lapsed big spenders": (25, 320, 14, 210.0, 0.40, 3.5, 0, 1200),
        "Needy accounts": (20, 20, 30, 35.0, 0.04, 9.0, 4, 900),
        "Newcomers": (40, 10, 1, 40.0, 0.35, 2.0, 0, 15),
    }
    rows = []
    for group, (n, rec, orders, avg, mpct, eff, ref, ten) in groups.items():
        for i in range(n):
            o = max(1, int(round(orders * rng.uniform(0.8, 1.2))))
            a = avg * rng.uniform(0.8, 1.2)
            rev = o * a
            rows.append(
                {
                    "customer_key": f"{group[:3].upper()}{i:03d}",
                    "group": group,
                    "name": f"{group[:3]} customer {i}",
                    "email": f"{group[:3].lower()}{i}@shop.example" if i % 4 else None,
                    "first_name": f"{group[:3]}{i}",
                    "last_name": "Example",
                    "recency_days": float(max(0, rec + rng.integers(-5, 6))),
                    "tenure_days": float(ten),
                    "orders": o,
                    "revenue": rev,
                    "margin": rev * mpct,
                    "avg_order": a,
                    "orders_per_year": o * 365 / max(ten, 30),
                    "refunds": ref,
                    "effort": min(10.0, max(1.0, eff + rng.uniform(-0.5, 0.5))),
                    "preferred_channel": "In store" if group != "Newcomers" else "Online",
                    "favourite_category": {
                        "Regulars": "Roses",
                        "Lapsed big spenders": "Weddings",
                        "Needy accounts": "Plants",
                        "Newcomers": "Bouquets",
                    }[group],
                    "buyer_type": "first-time" if o == 1 else "regular",
                    "sector": "Retail trade" if group == "Needy accounts" else pd.NA,
                }
            )
    c = pd.DataFrame(rows).set_index("customer_key")
    end = pd.Timestamp("2025-06-30")
    c["last_purchase"] = end - pd.to_timedelta(c["recency_days"], unit="D")
    c["first_purchase"] = end - pd.to_timedelta(c["tenure_days"], unit="D")
    for col in (
        "group",
        "name",
        "email",
        "first_name",
        "last_name",
        "preferred_channel",
        "favourite_category",
        "buyer_type",
        "sector",
    ):
        c[col] = c[col].astype("string")
    return c


def planted_result(with_effort: bool = True) -> AnalysisResult:
    """The planted shop with its groups as the 'clusters' scheme (names deliberately neutral)."""
    c = planted_customers()
    if not with_effort:
        c = c.drop(columns="effort")
    # Neutral names: actions must come from the numbers, not from a telling segment name.
    neutral = {g: f"Cluster {i + 1}" for i, g in enumerate(c["group"].unique())}
    labels = c["group"].map(neutral)
    res = result_from(None, c.drop(columns="group"), file="planted.xlsx", schemes=())
    res.segmentations["clusters"] = _segmentation(
        "clusters", "Automatic groups", res.customers, labels, pd.Series("similar", index=c.index)
    )
    res.period_start = pd.Timestamp("2022-01-01").to_pydatetime()
    res.period_end = pd.Timestamp("2025-06-30").to_pydatetime()
    return res, {v: k for k, v in neutral.items()}
