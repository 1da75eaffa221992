"""Real-shaped exports the importer met in the wild (issue 12), written deterministically.

Each writer copies the header and the quirks of a public export (CDNOW text file, the iFood
marketing-campaign customer list, a B2B order-line sample with misspelt run-together headers,
Square transactions and item sales) with invented values, and returns the path written.
Run as a script to write the folder demo: ``python tests/importer/shapes.py DIR``.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd


def _cdnow_purchases(customers: int, seed: int, most_cds: int):
    """(customer number, day, CDs, dollars) of a CDNOW-like cohort bought in early 1997."""
    rng = np.random.RandomState(seed)
    for cid in range(1, customers + 1):
        day = date(1997, 1, 1) + timedelta(days=int(rng.randint(0, 80)))
        for _ in range(int(rng.randint(1, 6))):
            cds = int(rng.randint(1, most_cds))
            yield cid, day, cds, round(cds * rng.uniform(9, 16), 2)
            day += timedelta(days=int(rng.randint(5, 120)))


def cdnow_text(path: Path, customers: int = 60) -> Path:
    """Whitespace-aligned text: customer_id, yyyymmdd date, number_of_cds, dollar_value."""
    lines = [f"{'customer_id':>11} {'date':>10} {'number_of_cds':>14} {'dollar_value':>13}"]
    lines += [f"{cid:>11} {day.strftime('%Y%m%d'):>10} {cds:>14} {value:>13.2f}"
              for cid, day, cds, value in _cdnow_purchases(customers, 1997, 5)]
    path.write_text("\n".join(lines) + "\n", encoding="ascii")
    return path


def cdnow_as_shipped(path: Path, customers: int = 60) -> Path:
    """The CDNOW master file as it is passed around: values aligned, header not.

    " customer_id  date number_of_cds  dollar_value" over " 00001 19970101  1   11.77", CRLF
    line ends: split by two or more spaces, the header has three names for four columns.
    """
    lines = [" customer_id  date number_of_cds  dollar_value"]
    lines += [f" {cid:05d} {day.strftime('%Y%m%d')} {cds:>2} {value:>7.2f}"
              for cid, day, cds, value in _cdnow_purchases(customers, 1998, 9)]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("ascii"))
    return path


CAMPAIGN_COLUMNS = [
    "ID", "Year_Birth", "Education", "Marital_Status", "Income", "Kidhome", "Teenhome",
    "Dt_Customer", "Recency", "MntWines", "MntFruits", "MntMeatProducts", "MntFishProducts",
    "MntSweetProducts", "MntGoldProds", "NumDealsPurchases", "NumWebPurchases",
    "NumCatalogPurchases", "NumStorePurchases", "NumWebVisitsMonth", "AcceptedCmp3",
    "AcceptedCmp4", "AcceptedCmp5", "AcceptedCmp1", "AcceptedCmp2", "Complain",
    "Z_CostContact", "Z_Revenue", "Response",
]  # fmt: skip


def campaign_customers(path: Path, n: int = 120) -> Path:
    """One row per customer, 29 columns, UTF-8 BOM, CRLF, m/d/yyyy join dates."""
    rng = np.random.RandomState(2014)
    rows = []
    for i in range(n):
        joined = date(2012, 7, 30) + timedelta(days=int(rng.randint(0, 700)))
        row = {
            "ID": int(rng.randint(0, 11200)) * 10 + i % 10,
            "Year_Birth": int(rng.randint(1940, 1997)),
            "Education": rng.choice(["Graduation", "PhD", "Master", "Basic", "2n Cycle"]),
            "Marital_Status": rng.choice(["Single", "Together", "Married", "Divorced", "Widow"]),
            "Income": "" if i % 40 == 7 else int(rng.randint(15000, 110000)),
            "Kidhome": int(rng.randint(0, 3)),
            "Teenhome": int(rng.randint(0, 3)),
            "Dt_Customer": f"{joined.month}/{joined.day}/{joined.year}",
            "Recency": int(rng.randint(0, 100)),
        }
        for c in CAMPAIGN_COLUMNS[9:15]:
            row[c] = int(rng.gamma(1.2, 120))
        for c in CAMPAIGN_COLUMNS[15:19]:
            row[c] = int(rng.randint(0, 12))
        row["NumWebVisitsMonth"] = int(rng.randint(0, 10))
        for c in CAMPAIGN_COLUMNS[20:26]:
            row[c] = int(rng.rand() < 0.08)
        row["Z_CostContact"], row["Z_Revenue"] = 3, 11
        row["Response"] = int(rng.rand() < 0.15)
        rows.append(row)
    frame = pd.DataFrame(rows, columns=CAMPAIGN_COLUMNS).drop_duplicates("ID")
    text = frame.to_csv(index=False, lineterminator="\r\n")
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    return path


B2B_COLUMNS = [
    "salesdata", "quantityorderded", "priceeach", "orderlinenumber", "sales", "orderdate",
    "dayssincelastorder", "status", "productline", "msrp", "productcode", "coustomername",
    "phone", "addressline1", "city", "postalcode", "country", "contactlastname",
    "contactfirstname", "dealsize",
]  # fmt: skip
B2B_STATUSES = ("Shipped", "Shipped", "Shipped", "Shipped", "Cancelled", "On Hold", "Disputed")


def b2b_order_lines(path: Path, customers: int = 89, orders_each: int = 3) -> Path:
    """Order lines: `salesdata` is the order number, `orderlinenumber` the line in it."""
    rng = np.random.RandomState(2003)
    names = [f"Company {i:02d} & Co., Ltd" for i in range(customers)]
    names[0] = "Anna's Decorations, Ltd"
    rows = []
    order_no = 10100
    for c, name in enumerate(names):
        day = date(2003, 1, 6) + timedelta(days=int(rng.randint(0, 60)))
        last = None
        for _o in range(orders_each):
            status = B2B_STATUSES[int(rng.randint(0, len(B2B_STATUSES)))]
            since = (day - last).days if last else ""
            for line in range(1, int(rng.randint(2, 12)) + 1):
                qty = int(rng.randint(20, 50))
                price = round(float(rng.uniform(30, 100)), 2)
                rows.append({
                    "salesdata": order_no, "quantityorderded": qty, "priceeach": price,
                    "orderlinenumber": line, "sales": round(qty * price, 2),
                    "orderdate": f"{day.month}/{day.day}/{day.year} 0:00",
                    "dayssincelastorder": since, "status": status,
                    "productline": rng.choice(["Classic Cars", "Motorcycles", "Planes"]),
                    "msrp": int(price * 1.2), "productcode": f"S{10 + line}_{1000 + c}",
                    "coustomername": name, "phone": f"555-{c:04d}",
                    "addressline1": f"{c} Main St", "city": "Nantes", "postalcode": "44000",
                    "country": "France", "contactlastname": "Roulet",
                    "contactfirstname": "Janine", "dealsize": "Medium",
                })  # fmt: skip
            order_no += 1
            last = day
            day += timedelta(days=int(rng.randint(20, 200)))
    pd.DataFrame(rows, columns=B2B_COLUMNS).to_csv(path, index=False)
    return path


SQUARE_TX_COLUMNS = [
    "Date", "Time", "Time Zone", "Gross Sales", "Discounts", "Service Charges", "Net Sales",
    "Gift Card Sales", "Tax", "Tip", "Partial Refunds", "Total Collected", "Source", "Card",
    "Card Entry Methods", "Cash", "Square Gift Card", "Other Tender", "Other Tender Type",
    "Fees", "Net Total", "Transaction ID", "Payment ID", "Card Brand", "PAN Suffix",
    "Device Name", "Staff Name", "Details", "Description", "Event Type", "Location",
    "Dining Option",
]  # fmt: skip


def square_transactions_no_customer(path: Path, n: int = 80) -> Path:
    """Square transactions export from a till that never records who bought."""
    rng = np.random.RandomState(7)
    rows = []
    for i in range(n):
        day = date(2024, 3, 1) + timedelta(days=i // 4)
        net = round(float(rng.uniform(3, 40)), 2)
        row = dict.fromkeys(SQUARE_TX_COLUMNS, "")
        row.update({
            "Date": f"{day:%m/%d/%Y}", "Time": f"{8 + i % 9:02d}:{i % 60:02d}:00",
            "Time Zone": "Eastern Time (US & Canada)", "Gross Sales": f"${net:.2f}",
            "Discounts": "$0.00", "Net Sales": f"${net:.2f}", "Tax": f"${net * 0.08:.2f}",
            "Total Collected": f"${net * 1.08:.2f}", "Source": "Point of Sale",
            "Card": f"${net * 1.08:.2f}", "Transaction ID": f"T{i:05d}xq",
            "Payment ID": f"P{i:05d}", "Event Type": "Payment", "Location": "Main St",
            "Description": "Custom Amount", "Fees": f"-${net * 0.03:.2f}",
            "Net Total": f"${net * 1.05:.2f}",
        })  # fmt: skip
        rows.append(row)
    pd.DataFrame(rows, columns=SQUARE_TX_COLUMNS).to_csv(path, index=False)
    return path


SQUARE_ITEMS_OLD = [
    "Date", "Time", "Time Zone", "Category", "Item", "Qty", "Price Point Name", "SKU",
    "Modifiers Applied", "Gross Sales", "Discounts", "Net Sales", "Tax", "Transaction ID",
    "Payment ID", "Device Name", "Notes", "Details", "Event Type", "Location",
    "Dining Option", "Customer ID", "Customer Name", "Customer Reference ID", "Unit",
    "Count", "Itemization Type", "Fulfillment Note", "Channel", "Token", "Card Brand",
    "PAN Suffix", "Employee",
]  # fmt: skip
SQUARE_ITEMS_NEW = SQUARE_ITEMS_OLD[:12] + ["Commission"] + SQUARE_ITEMS_OLD[12:] + ["GTIN"]
CAFE_ITEMS = (
    ("Coffee", "Latte", 4.5),
    ("Coffee", "Flat White", 4.2),
    ("Food", "Croissant", 3.0),
    ("Food", "Bagel", 3.5),
    ("Tea", "Chai", 4.0),
    ("Coffee", "Espresso", 2.8),
)


def square_item_week(path: Path, week: int, first_day: date, new_layout: bool) -> Path:
    """One week of Square item sales from a café: 33 columns, or 35 once Square added two."""
    rng = np.random.RandomState(100 + week)
    columns = SQUARE_ITEMS_NEW if new_layout else SQUARE_ITEMS_OLD
    rows = []
    for t in range(40 + int(rng.randint(0, 20))):
        day = first_day + timedelta(days=int(rng.randint(0, 7)))
        cust = int(rng.randint(0, 70))
        walk_in = rng.rand() < 0.2
        tx = f"W{week:02d}T{t:03d}"
        for _line in range(int(rng.randint(1, 4))):
            cat, item, price = CAFE_ITEMS[int(rng.randint(0, len(CAFE_ITEMS)))]
            qty = int(rng.randint(1, 3))
            row = dict.fromkeys(columns, "")
            row.update({
                "Date": f"{day:%m/%d/%Y}", "Time": f"{7 + t % 10:02d}:{t % 60:02d}:00",
                "Time Zone": "Pacific Time (US & Canada)", "Category": cat, "Item": item,
                "Qty": qty, "Price Point Name": "Regular", "Gross Sales": f"${qty * price:.2f}",
                "Discounts": "$0.00", "Net Sales": f"${qty * price:.2f}",
                "Tax": f"${qty * price * 0.09:.2f}", "Transaction ID": tx,
                "Payment ID": tx + "P", "Device Name": "Counter", "Event Type": "Payment",
                "Location": "Harbour Café", "Dining Option": "For Here",
                "Customer ID": "" if walk_in else f"CUST{cust:04d}",
                "Customer Name": "" if walk_in else f"Guest Number {cust}",
                "Itemization Type": "Physical Item", "Channel": "Harbour Café",
                "Token": f"tok{week}{t}", "Employee": "Sam",
            })  # fmt: skip
            if new_layout:
                row.update({"Commission": "$0.00", "GTIN": ""})
            rows.append(row)
    pd.DataFrame(rows, columns=columns).to_csv(path, index=False)
    return path


def square_weeks_folder(folder: Path) -> Path:
    """Twelve weekly item-sales files (weeks 1-6 old layout, 7-12 new) plus one overlap file.

    The overlap file is Square's export of weeks 4 and 5 together, as a user re-exporting a
    fortnight would get: its lines are also in the files of weeks 4 and 5.
    """
    folder.mkdir(parents=True, exist_ok=True)
    start = date(2024, 1, 1)
    for w in range(1, 13):
        square_item_week(
            folder / f"items-2024-week{w:02d}.csv", w, start + timedelta(weeks=w - 1), w > 6
        )
    both = pd.concat(
        [pd.read_csv(folder / f"items-2024-week{w:02d}.csv", dtype=str) for w in (4, 5)]
    )
    both.to_csv(folder / "items-2024-weeks04-05-reexport.csv", index=False)
    return folder


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "square-weeks")
    square_weeks_folder(out)
    print(out)
