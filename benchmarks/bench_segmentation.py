"""Time customer features and every scheme on a generated 1,000,000-line, 50,000-customer table.

Run:  .venv/bin/python benchmarks/bench_segmentation.py [--lines 1000000] [--customers 50000]

In the same run it times the RFM summary of lifetimes.utils.summary_data_from_transaction_data
and of a plain pandas groupby on the same table, and prints our build_customers against both,
then times the choice of k (silhouette on a sample) on the 50,000 customers.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktopseg.core.features import build_customers  # noqa: E402
from desktopseg.core.model import AnalysisSettings, ColumnMapping, ImportReport, ImportResult  # noqa: E402
from desktopseg.core.progress import Task  # noqa: E402
from desktopseg.core.segmentation import run_scheme  # noqa: E402


def generate(lines: int, customers: int, seed: int = 7) -> ImportResult:
    """A canonical transaction table with customer attributes, vectorised and seeded."""
    rng = np.random.default_rng(seed)
    n_orders = lines // 4
    weight = rng.lognormal(0, 1.2, customers)
    # Everyone orders at least once; the rest of the orders go to customers by a skewed weight.
    cust_of_order = np.concatenate([np.arange(customers), rng.choice(
        customers, n_orders - customers, p=weight / weight.sum())])
    start = rng.integers(0, 700, customers)
    life = rng.integers(1, 730, customers)
    day = start[cust_of_order] + (rng.random(n_orders) * life[cust_of_order]).astype(int)
    day = np.minimum(day, 729)
    base = np.datetime64("2024-01-01")
    order_date = base + day.astype("timedelta64[D]") + rng.integers(
        8 * 3600, 20 * 3600, n_orders).astype("timedelta64[s]")
    lines_per = 1 + rng.poisson(3, n_orders)
    order_of_line = np.repeat(np.arange(n_orders), lines_per)[:lines]
    if len(order_of_line) < lines:
        extra = rng.integers(0, n_orders, lines - len(order_of_line))
        order_of_line = np.sort(np.concatenate([order_of_line, extra]))
    n = len(order_of_line)
    qty = rng.integers(1, 6, n).astype(float)
    price = np.round(rng.lognormal(2.5, 0.8, n), 2)
    refund = rng.random(n) < 0.02
    amount = np.where(refund, -1, 1) * qty * price
    cost = qty * price * rng.uniform(0.4, 0.8, n) * np.where(refund, -1, 1)
    products = np.array([f"Product {i}" for i in range(500)], dtype=object)
    categories = np.array(["Flowers", "Plants", "Tools", "Paint", "Garden", "Gifts"], dtype=object)
    channels = np.array(["In store", "Online", "Phone"], dtype=object)
    prod = rng.integers(0, 500, n)
    keys = np.array([f"C{i:06d}" for i in range(customers)], dtype=object)
    tx = pd.DataFrame({
        "customer_key": pd.array(keys[cust_of_order[order_of_line]], dtype="string"),
        "date": pd.to_datetime(order_date[order_of_line]).astype("datetime64[ns]"),
        "amount": amount,
        "order_id": pd.array(np.char.add("O", order_of_line.astype(str)), dtype="string"),
        "is_refund": refund,
        "source_row": np.arange(2, n + 2, dtype=np.int64),
        "quantity": qty,
        "unit_price": price,
        "cost": cost,
        "product": pd.array(products[prod], dtype="string"),
        "category": pd.array(categories[prod % 6], dtype="string"),
        "channel": pd.array(channels[(cust_of_order[order_of_line] + (rng.random(n) < 0.2))
                                     % 3], dtype="string"),
    })
    sic = rng.choice([742, 1521, 2834, 4213, 5045, 5411, 5812, 6021, 7372, 8011, 9111], customers)
    attrs = pd.DataFrame({
        "customer_key": pd.array(keys, dtype="string"),
        "industry_code": pd.array(sic.astype(str), dtype="string"),
        "employees": rng.lognormal(2.5, 1.5, customers).round(),
        "annual_revenue": rng.lognormal(14, 2, customers).round(),
        "service_minutes": rng.gamma(1.5, 30, customers).round(),
    })
    report = ImportReport(file="generated", rows_read=n, rows_kept=n)
    return ImportResult(transactions=tx, customers=attrs, report=report, mapping=ColumnMapping())


def timed(label: str, fn, repeat: int = 1):
    best, out = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t)
    print(f"{label:<52} {best:7.2f} s")
    return best, out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=1_000_000)
    ap.add_argument("--customers", type=int, default=50_000)
    ap.add_argument("--repeat", type=int, default=3, help="best of N runs per timing")
    args = ap.parse_args()

    t = time.perf_counter()
    data = generate(args.lines, args.customers)
    tx = data.transactions
    print(f"generated {len(tx):,} lines, {tx['customer_key'].nunique():,} customers "
          f"in {time.perf_counter() - t:.1f} s")
    settings = AnalysisSettings()
    import sklearn.cluster  # noqa: F401  (import time is not what we measure)
    import sklearn.metrics  # noqa: F401

    def pandas_rfm():
        g = tx.groupby("customer_key", observed=True)
        return pd.DataFrame({"last": g["date"].max(), "orders": g["order_id"].nunique(),
                             "revenue": g["amount"].sum()})

    def lifetimes_rfm():
        from lifetimes.utils import summary_data_from_transaction_data

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return summary_data_from_transaction_data(
                tx, "customer_key", "date", monetary_value_col="amount",
                observation_period_end=tx["date"].max())

    rep = args.repeat
    t_pd, _ = timed("plain pandas groupby RFM summary", pandas_rfm, rep)
    t_lt, _ = timed("lifetimes summary_data_from_transaction_data", lifetimes_rfm, rep)
    t_bc, result = timed("build_customers (all features)", lambda: build_customers(
        data, settings, Task()), rep)
    print(f"  build_customers / pandas groupby = {t_bc / t_pd:.2f}x; "
          f"build_customers / lifetimes = {t_bc / t_lt:.2f}x "
          f"(it computes {result.customers.shape[1]} columns, not 3)")
    total = t_bc
    for name in ("behavioral", "value", "firmographic", "clusters"):
        t_s, seg = timed(f"scheme {name}", lambda n=name: run_scheme(
            n, result.customers, settings, Task()), rep)
        total += t_s
        print(f"  {len(seg.segments)} segments: "
              + ", ".join(f"{p.name} ({p.customers})" for p in seg.segments[:6])
              + (" ..." if len(seg.segments) > 6 else ""))
        if name == "clusters":
            small = seg.details["smallest_cluster_share"]
            print(f"  k={seg.details['k']}; k: silhouette (smallest cluster share) "
                  + " ".join(f"{k}:{v:.3f}({small[k]:.1%})"
                             for k, v in seg.details["silhouettes"].items()))
    print(f"{'features + every scheme':<52} {total:7.2f} s")

    from desktopseg.core.segmentation.clusters import _standardize, choose_k, feature_matrix

    x = _standardize(feature_matrix(result.customers)[0])
    timed(f"choose k in {settings.k_min}..{settings.k_max} on {len(x):,} customers",
          lambda: choose_k(x, settings), rep)


if __name__ == "__main__":
    main()
