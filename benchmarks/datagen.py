"""Generate large, seeded POS line-item tables for the speed benchmarks.

    python benchmarks/datagen.py --lines 1000000 --out benchmarks/data/

writes pos_1000000.csv and pos_1000000.xlsx (about 50,000 customers at 1M lines). Generation is
vectorised numpy (a few seconds for 1M lines); the .xlsx write goes through openpyxl's write-only
mode and takes minutes at that size.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
import unicodedata
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

COLUMNS = ("Date", "Time", "Transaction ID", "Customer ID", "Customer Name", "Email", "Item",
           "Category", "Qty", "Net Sales", "Cost", "Channel", "Event Type")

#: category -> [(item, price)]; cost is a per-category share of the price.
CATALOG = {
    "Bouquets": [("Seasonal Bouquet", 45.0), ("Petite Bouquet", 28.0), ("Deluxe Bouquet", 75.0)],
    "Roses": [("Dozen Red Roses", 65.0), ("Single Stem Rose", 6.0)],
    "Plants": [("Orchid Pot", 42.0), ("Peace Lily", 35.0), ("Succulent Trio", 22.0)],
    "Gifts": [("Greeting Card", 5.0), ("Chocolate Box", 18.0), ("Scented Candle", 24.0)],
    "Coffee": [("Latte", 5.5), ("Espresso", 3.2), ("Cold Brew", 4.8)],
    "Bakery": [("Croissant", 3.9), ("Sourdough Loaf", 8.5), ("Cinnamon Roll", 4.6)],
    "Hardware": [("Deck Screws 5lb", 34.97), ("Claw Hammer", 24.97), ("LED Bulbs 4pk", 9.98)],
    "Garden": [("Potting Soil", 7.97), ("Garden Hose", 29.98), ("Grass Seed", 34.98)],
}
COST_SHARE = {"Bouquets": 0.45, "Roses": 0.5, "Plants": 0.55, "Gifts": 0.6, "Coffee": 0.3,
              "Bakery": 0.35, "Hardware": 0.62, "Garden": 0.55}
FIRST = ("Olivia Liam Emma Noah Ava Elijah Sophia James Isabella William Mia Benjamin Charlotte "
         "Lucas Amelia Henry Harper Theodore Evelyn Jack Abigail Levi Emily Alexander Ella Mateo "
         "Camila Daniel Luna Michael Sofia Mason Priya Arjun Mei Wei Hana Kenji Fatima Omar Aisha "
         "Yusuf Ngozi Chidi Rosa Diego Lucia Marco Ingrid Lars Siobhan Declan Maria Dev Anh "
         "Jürgen Björn Zoë Renée José").split()
LAST = ("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez "
        "Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson "
        "White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott "
        "Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter "
        "Patel Kim Chen Tran Singh Nakamura Okafor Haddad Kowalski Müller O'Brien").split()
DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "proton.me")
CHANNELS = ("In store", "Online", "Phone")
END = np.datetime64("2026-10-31")
DAYS = 730


def _text(values: Sequence[str], codes: np.ndarray) -> pd.Series:
    """Strings values[codes] as a pandas string column; code -1 gives a missing value.

    Built with pyarrow's take: converting a million Python strings one by one costs seconds.
    """
    table = pa.array(list(values), type=pa.string())
    return pd.Series(table.take(pa.array(codes, mask=codes < 0)).to_pandas())


def make_pos_lines(n_lines: int, n_customers: int, seed: int = 0) -> pd.DataFrame:
    """Return n_lines POS line items from n_customers (18% of tickets walk-in, 3% refunds).

    Every customer buys at least once when there are enough tickets; rows come sorted by
    date and time, lines of a ticket together.
    """
    if n_lines < 1 or n_customers < 1:
        raise ValueError("n_lines and n_customers must be at least 1")
    rng = np.random.default_rng(seed)

    # Tickets hold 1-5 lines; draw enough tickets, then cut at exactly n_lines.
    per_ticket = rng.choice(np.arange(1, 6), size=n_lines, p=[0.45, 0.28, 0.15, 0.08, 0.04])
    n_tickets = int(np.searchsorted(np.cumsum(per_ticket), n_lines)) + 1
    per_ticket = per_ticket[:n_tickets]
    per_ticket[-1] -= per_ticket.sum() - n_lines

    # Heavy-tailed loyalty: a few customers buy very often, most a handful of times.
    walk_in = rng.random(n_tickets) < 0.18
    weight = rng.lognormal(0.0, 1.1, n_customers)
    cust = rng.choice(n_customers, size=n_tickets, p=weight / weight.sum())
    known = np.flatnonzero(~walk_in)
    cust[known[:n_customers]] = rng.permutation(n_customers)[: len(known)]
    # Each customer is active inside their own window of the two years.
    first = rng.integers(0, DAYS, n_customers)
    span = (rng.beta(0.9, 0.7, n_customers) * (DAYS - first)).astype(np.int64)
    day = first[cust] + (rng.random(n_tickets) * (span[cust] + 1)).astype(np.int64)
    day = np.where(walk_in, rng.integers(0, DAYS, n_tickets), np.minimum(day, DAYS - 1))
    second = rng.integers(8 * 3600, 20 * 3600, n_tickets)
    habit = np.where(rng.random(n_customers) < 0.7, 0, rng.integers(1, 3, n_customers))
    channel = np.where(walk_in, 0, habit[cust])
    channel = np.where(rng.random(n_tickets) < 0.1, rng.integers(0, 3, n_tickets), channel)
    refund = rng.random(n_tickets) < 0.03

    # Order tickets by time so the lines come out sorted without a DataFrame sort.
    order = np.lexsort((second, day))
    per_ticket, walk_in, cust, day, second, channel, refund = (
        a[order] for a in (per_ticket, walk_in, cust, day, second, channel, refund))
    ticket = np.repeat(np.arange(n_tickets), per_ticket)

    items = [(cat, item, price) for cat, lst in CATALOG.items() for item, price in lst]
    item_idx = rng.integers(0, len(items), n_lines)
    price = np.array([p for _c, _i, p in items])[item_idx]
    cost_share = np.array([COST_SHARE[c] for c, _i, _p in items])[item_idx]
    qty = rng.choice(np.arange(1, 7), size=n_lines, p=[0.7, 0.16, 0.07, 0.04, 0.02, 0.01])
    sign = np.where(refund[ticket], -1, 1)
    net = np.round(sign * qty * price, 2)
    cost = np.round(net * cost_share, 2)

    first_names = np.array(FIRST, dtype=object)[rng.integers(0, len(FIRST), n_customers)]
    last_names = np.array(LAST, dtype=object)[rng.integers(0, len(LAST), n_customers)]
    names = first_names + " " + last_names
    domains = rng.integers(0, len(DOMAINS), n_customers)
    has_email = rng.random(n_customers) >= 0.15  # not every customer leaves an e-mail
    emails = [
        f"{unicodedata.normalize('NFKD', f).encode('ascii', 'ignore').decode().lower()}."
        f"{unicodedata.normalize('NFKD', la).encode('ascii', 'ignore').decode().lower()}"
        f"{i + 1}@{DOMAINS[d]}".replace("'", "")
        for i, (f, la, d) in enumerate(zip(first_names, last_names, domains, strict=True))]
    email_code = np.where(has_email, np.arange(n_customers), -1)
    clock = [f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}" for s in range(86400)]
    tx_names = [f"{'R' if r else 'T'}{i + 1_000_000}" for i, r in enumerate(refund)]

    line_cust = np.where(walk_in[ticket], -1, cust[ticket])
    start = END - np.timedelta64(DAYS - 1, "D")
    return pd.DataFrame({
        "Date": (start + day[ticket].astype("timedelta64[D]")).astype("datetime64[s]"),
        "Time": _text(clock, second[ticket]),
        "Transaction ID": _text(tx_names, ticket),
        "Customer ID": _text([f"C{i + 1:06d}" for i in range(n_customers)], line_cust),
        "Customer Name": _text(names, line_cust),
        "Email": _text(emails, np.where(line_cust >= 0, email_code[line_cust], -1)),
        "Item": _text([i for _c, i, _p in items], item_idx),
        "Category": _text([c for c, _i, _p in items], item_idx),
        "Qty": (sign * qty).astype(np.int64),
        "Net Sales": net,
        "Cost": cost,
        "Channel": _text(CHANNELS, channel[ticket]),
        "Event Type": _text(["Payment", "Refund"], refund[ticket].astype(np.int64)),
    })


def write_csv(df: pd.DataFrame, path: Path) -> None:
    """Write as a plain UTF-8 CSV with ISO dates, as most POS systems export."""
    df.to_csv(path, index=False, date_format="%Y-%m-%d", float_format="%.2f",
              quoting=csv.QUOTE_MINIMAL)


def write_xlsx(df: pd.DataFrame, path: Path) -> None:
    """Write one sheet with openpyxl's write-only mode (streams rows; dates as date cells)."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Items")
    ws.append(list(df.columns))
    columns = []
    for name in df.columns:
        col = df[name]
        if pd.api.types.is_datetime64_any_dtype(col):
            # write-only cells holding a date get a date number format by themselves
            columns.append([d.date() for d in col.dt.to_pydatetime()])
        else:
            columns.append(col.astype(object).where(col.notna(), None).tolist())
    for row in zip(*columns, strict=True):
        ws.append(row)
    wb.save(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a large POS line-item table.")
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--customers", type=int, default=None,
                        help="default: one customer per 20 lines (50,000 at 1M lines)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "data")
    parser.add_argument("--no-xlsx", action="store_true", help="write only the CSV")
    args = parser.parse_args(argv)
    customers = args.customers or max(1, args.lines // 20)
    args.out.mkdir(parents=True, exist_ok=True)

    t0 = time.perf_counter()
    df = make_pos_lines(args.lines, customers, args.seed)
    t1 = time.perf_counter()
    print(f"generated {len(df):,} lines, {df['Customer ID'].nunique():,} customers "
          f"in {t1 - t0:.2f} s", file=sys.stderr)
    csv_path = args.out / f"pos_{args.lines}.csv"
    write_csv(df, csv_path)
    t2 = time.perf_counter()
    print(f"wrote {csv_path} in {t2 - t1:.1f} s", file=sys.stderr)
    if not args.no_xlsx:
        xlsx_path = args.out / f"pos_{args.lines}.xlsx"
        write_xlsx(df, xlsx_path)
        print(f"wrote {xlsx_path} in {time.perf_counter() - t2:.1f} s "
              f"({datetime.now():%H:%M})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
