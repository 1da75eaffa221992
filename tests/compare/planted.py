"""A shop's sales workbook with planted movers, for the comparison tests (issue 15, point 7).

Two years of sales (2024-01-01 .. 2025-12-31), seeded. Compared as of 2025-09-30 (the start of
the last quarter) with the end:
- ``stoppers``: the best customers (every few days, big baskets) until mid-September 2025,
  then nothing in the last quarter;
- ``returners``: a few purchases in early 2024, nothing for a year and a half, back in December
  2025;
- ``newcomers``: first purchase in November 2025;
- background ``regulars`` (every 1-3 weeks throughout) and ``occasional`` (2-6 visits at random).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import numpy as np
from openpyxl import Workbook

START, END, CUT = date(2024, 1, 1), date(2025, 12, 31), date(2025, 9, 30)
FIRST = ["Ada", "Ben", "Cleo", "Dev", "Eva", "Finn", "Gita", "Hugo", "Iris", "Jon", "Kai", "Lena",
         "Mo", "Nina", "Omar", "Pia", "Quinn", "Rosa", "Sam", "Tara"]
LAST = ["Berg", "Cole", "Diaz", "Engel", "Fox", "Gray", "Hale", "Ito", "Jung", "Kerr"]


def _visits(rng, first: date, last: date, gap: tuple[int, int]) -> list[date]:
    out, day = [], first + timedelta(days=int(rng.integers(0, gap[1])))
    while day <= last:
        out.append(day)
        day += timedelta(days=int(rng.integers(gap[0], gap[1] + 1)))
    return out


def make_workbook(path: Path, seed: int = 7) -> dict[str, list[str]]:
    """Write the workbook to ``path``; return the planted groups as lists of customer ids."""
    rng = np.random.default_rng(seed)
    groups: dict[str, list[str]] = {}
    rows: list[tuple] = []
    span = (END - START).days
    n = 0

    def customer(group: str, days: list[date], low: float, high: float) -> None:
        nonlocal n
        n += 1
        cid = f"C{1000 + n}"
        name = f"{FIRST[n % len(FIRST)]} {LAST[(n // len(FIRST)) % len(LAST)]}"
        groups.setdefault(group, []).append(cid)
        for day in days:
            rows.append((day, cid, name, f"{name.split()[0].lower()}{n}@example.com",
                         round(float(rng.uniform(low, high)), 2)))

    for _ in range(60):
        customer("regulars", _visits(rng, START, END, (5, 20)), 20, 60)
    for _ in range(60):
        k = int(rng.integers(2, 7))
        days = sorted(START + timedelta(days=int(d)) for d in rng.integers(0, span + 1, k))
        customer("occasional", days, 15, 50)
    for _ in range(20):
        customer("stoppers", _visits(rng, START, date(2025, 9, 20), (4, 8)), 80, 200)
    for _ in range(15):
        early = _visits(rng, START, date(2024, 4, 30), (20, 35))[:5]
        back = _visits(rng, date(2025, 12, 1), END, (5, 10))[-3:]
        customer("returners", early + back, 30, 80)
    for _ in range(10):
        customer("newcomers", _visits(rng, date(2025, 11, 1), END, (7, 21)), 20, 60)

    rows.sort(key=lambda r: (r[0], r[1]))
    wb = Workbook()
    ws = wb.active
    ws.title = "Sales"
    ws.append(["Date", "Order No", "Customer ID", "Customer Name", "Email", "Amount"])
    for i, (day, cid, name, email, amount) in enumerate(rows):
        ws.append([day, f"S{10000 + i}", cid, name, email, amount])
    wb.save(path)
    return groups
