"""Customer lists in the shapes small businesses export, written fresh for each test run.

- ``marketing_campaign``: the shape of the widely used "customer personality analysis" list
  (ID, Year_Birth, Education, Marital_Status, Income, Kidhome, Teenhome, Dt_Customer m/d/yyyy,
  Recency, Mnt*, Num*Purchases, NumWebVisitsMonth, AcceptedCmp1-5, Response), written as
  UTF-8 with a byte-order mark and CRLF line ends, with its known oddities: a few birth years
  before 1900, marital statuses "YOLO" and "Absurd", missing incomes.
- ``b2b_orders``: an order export of a B2B seller: order number, customer company, country,
  city, deal size (Small/Medium/Large), order date and sales; no industry codes.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

MNT = ("MntWines", "MntFruits", "MntMeatProducts", "MntFishProducts", "MntSweetProducts",
       "MntGoldProds")
CHANNELS = ("NumWebPurchases", "NumCatalogPurchases", "NumStorePurchases")


def marketing_campaign_frame(n: int = 600, seed: int = 7) -> pd.DataFrame:
    """The list as a DataFrame (the values the CSV holds)."""
    rng = np.random.default_rng(seed)
    birth = rng.integers(1945, 1998, n)
    birth[:3] = (1893, 1899, 1900)  # the known impossible birth years
    kids = rng.choice([0, 1, 2], n, p=[0.58, 0.38, 0.04])
    teens = np.where(birth < 1975, rng.choice([0, 1, 2], n, p=[0.4, 0.5, 0.1]),
                     rng.choice([0, 1], n, p=[0.85, 0.15]))
    marital = rng.choice(["Married", "Together", "Single", "Divorced", "Widow"], n,
                         p=[0.39, 0.26, 0.21, 0.1, 0.04]).astype(object)
    marital[3], marital[4], marital[5] = "YOLO", "Absurd", "Alone"
    income = np.round(rng.normal(52000, 20000, n).clip(2000, 160000))
    income_col = income.astype(object)
    income_col[rng.choice(n, 8, replace=False)] = ""
    # Three kinds of buyer so the needs scheme has something to find.
    kind = rng.choice(["web", "store", "catalog"], n, p=[0.35, 0.45, 0.2])
    web = np.where(kind == "web", rng.integers(6, 12, n), rng.integers(0, 3, n))
    store = np.where(kind == "store", rng.integers(6, 13, n), rng.integers(0, 4, n))
    cat = np.where(kind == "catalog", rng.integers(5, 11, n), rng.integers(0, 2, n))
    deals = np.where(rng.random(n) < 0.25, rng.integers(5, 15, n), rng.integers(0, 2, n))
    responder = rng.random(n) < 0.15
    frame = pd.DataFrame({
        "ID": rng.permutation(np.arange(1000, 1000 + n)),
        "Year_Birth": birth,
        "Education": rng.choice(["Graduation", "PhD", "Master", "Basic", "2n Cycle"], n),
        "Marital_Status": marital,
        "Income": income_col,
        "Kidhome": kids,
        "Teenhome": teens,
        "Dt_Customer": [f"{d.month}/{d.day}/{d.year}" for d in
                        pd.Timestamp("2012-07-30") + pd.to_timedelta(rng.integers(0, 700, n),
                                                                      unit="D")],
        "Recency": rng.integers(0, 100, n),
    })
    for i, col in enumerate(MNT):
        frame[col] = (rng.gamma(1.2, 60 + 40 * (i == 0) + 30 * (i == 2), n)
                      * (1 + income / 60000)).round().astype(int)
    frame["NumDealsPurchases"] = deals
    frame["NumWebPurchases"] = web
    frame["NumCatalogPurchases"] = cat
    frame["NumStorePurchases"] = store
    frame["NumWebVisitsMonth"] = np.where(kind == "web", rng.integers(5, 10, n),
                                          rng.integers(1, 5, n))
    for k in range(1, 6):
        frame[f"AcceptedCmp{k}"] = ((rng.random(n) < (0.5 if k != 2 else 0.1)) & responder
                                    ).astype(int)
    frame["Response"] = (responder & (rng.random(n) < 0.7)).astype(int)
    return frame


def write_marketing_campaign(path: Path, n: int = 600, seed: int = 7) -> pd.DataFrame:
    """Write the list as UTF-8 with BOM and CRLF; returns the frame written."""
    frame = marketing_campaign_frame(n, seed)
    text = frame.to_csv(index=False, lineterminator="\r\n")
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    return frame


def write_b2b_orders(path: Path, n_orders: int = 400, seed: int = 3) -> pd.DataFrame:
    """A B2B order export with country, city and deal size; no industry codes."""
    rng = np.random.default_rng(seed)
    places = [("USA", "NYC"), ("USA", "San Francisco"), ("France", "Paris"),
              ("France", "Lyon"), ("Spain", "Madrid"), ("UK", "London"),
              ("Australia", "Melbourne")]
    companies = [f"{w} {s}" for w in ("Land of Toys", "Euro Shopping", "Mini Gifts",
                                      "Corporate Gift Ideas", "Australian Collectors",
                                      "La Rochelle Gifts", "Baane Mini Imports",
                                      "Dragon Souveniers", "Muscle Machine", "Diecast Classics")
                 for s in ("Inc.", "Co.", "Ltd")]
    where = {c: places[i % len(places)] for i, c in enumerate(companies)}
    rows = []
    for i in range(n_orders):
        company = companies[int(rng.integers(0, len(companies)))]
        sales = float(np.round(rng.gamma(2.0, 1800), 2))
        size = "Small" if sales < 3000 else "Medium" if sales < 7000 else "Large"
        day = pd.Timestamp("2024-01-02") + pd.Timedelta(days=int(rng.integers(0, 700)))
        rows.append({"ORDERNUMBER": 10100 + i, "ORDERDATE": day.strftime("%m/%d/%Y"),
                     "SALES": sales, "CUSTOMERNAME": company,
                     "CITY": where[company][1], "COUNTRY": where[company][0],
                     "DEALSIZE": size})
    frame = pd.DataFrame(rows)
    frame.to_csv(path, index=False)
    return frame
