"""Reader benchmark: a POS-like .xlsx read by openpyxl, python-calamine, fastexcel and import_file.

    .venv/bin/python benchmarks/bench_readers.py [--rows N]

Generates (seeded) benchmarks/data/pos_<N>.xlsx with openpyxl's write-only mode, times each reader
and the longest interval during which a background Python thread could not run (the GIL hold),
prints ratios against pandas+openpyxl measured in the same run and writes
benchmarks/results/readers.json. pandas+openpyxl is timed on the first min(N, 100000) rows and
scaled linearly to N (it reads row by row, so its time is linear in rows).
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
HEADER = [
    "Date",
    "Time",
    "Category",
    "Item",
    "Qty",
    "Gross Sales",
    "Discounts",
    "Net Sales",
    "Transaction ID",
    "Event Type",
    "Customer ID",
    "Customer Name",
]


def generate(path: Path, rows: int, seed: int = 42) -> None:
    """Write a Square-items-like workbook of ``rows`` lines x 12 columns."""
    from openpyxl import Workbook

    rng = np.random.default_rng(seed)
    n_customers = max(rows // 20, 10)
    cust = rng.integers(0, n_customers, rows)
    anon = rng.random(rows) < 0.3
    refund = rng.random(rows) < 0.02
    days = rng.integers(0, 3 * 365, rows)
    secs = rng.integers(8 * 3600, 20 * 3600, rows)
    qty = rng.integers(1, 5, rows).astype(float)
    price = np.round(rng.gamma(2.0, 12.0, rows), 2)
    disc = np.where(rng.random(rows) < 0.1, np.round(price * 0.1, 2), 0.0)
    cats = ["Roses", "Tulips", "Bouquets", "Plants", "Cards", "Vases"]
    items = [f"Item {i}" for i in range(200)]
    start = datetime(2023, 1, 1)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Items")
    ws.append(HEADER)
    for i in range(rows):
        sign = -1.0 if refund[i] else 1.0
        gross = sign * qty[i] * price[i]
        d = start + timedelta(days=int(days[i]))
        ws.append(
            [
                d,
                f"{secs[i] // 3600:02d}:{secs[i] % 3600 // 60:02d}:{secs[i] % 60:02d}",
                cats[int(cust[i]) % len(cats)],
                items[(int(cust[i]) * 7 + i) % len(items)],
                sign * qty[i],
                round(gross, 2),
                -sign * disc[i],
                round(gross - sign * disc[i], 2),
                f"T{i // 3:08d}",
                "Refund" if refund[i] else "Payment",
                None if anon[i] else f"C{int(cust[i]):06d}",
                None if anon[i] else f"Customer {int(cust[i])}",
            ]
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)


class GilProbe:
    """A Python thread ticking every 5 ms; the longest gap is how long others held the GIL."""

    def __init__(self, interval: float = 0.005) -> None:
        self.interval = interval
        self.longest = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        last = time.perf_counter()
        while not self._stop.is_set():
            time.sleep(self.interval)
            now = time.perf_counter()
            self.longest = max(self.longest, now - last - self.interval)
            last = now

    def __enter__(self) -> GilProbe:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def timed(fn):
    """Run ``fn`` under a GIL probe; return (seconds, longest GIL hold in seconds, result)."""
    with GilProbe() as probe:
        t0 = time.perf_counter()
        out = fn()
        dt = time.perf_counter() - t0
    return dt, probe.longest, out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=200_000)
    ap.add_argument("--skip-openpyxl", action="store_true", help="leave out the slow baseline")
    args = ap.parse_args(argv)
    n = args.rows
    path = HERE / "data" / f"pos_{n}.xlsx"
    if not path.exists():
        t0 = time.perf_counter()
        generate(path, n)
        print(
            f"generated {path.name} ({path.stat().st_size / 1e6:.1f} MB) "
            f"in {time.perf_counter() - t0:.1f} s",
            flush=True,
        )

    import pandas as pd

    results: dict[str, dict] = {}

    def record(name: str, seconds: float, gil: float, note: str = "") -> None:
        results[name] = {
            "seconds": round(seconds, 3),
            "longest_gil_hold_s": round(gil, 3),
            "note": note,
        }
        print(
            f"{name:<28} {seconds:8.2f} s   longest GIL hold {gil * 1000:7.0f} ms  {note}",
            flush=True,
        )

    if not args.skip_openpyxl:
        sample = min(n, 100_000)
        dt, gil, df = timed(lambda: pd.read_excel(path, engine="openpyxl", nrows=sample))
        assert len(df) == sample
        scale = n / sample
        record(
            "pandas+openpyxl",
            dt * scale,
            gil,
            f"timed on the first {sample} rows, scaled x{scale:.2f}" if scale != 1 else "",
        )

    def calamine_read():
        from python_calamine import CalamineWorkbook

        wb = CalamineWorkbook.from_path(str(path))
        return wb.get_sheet_by_index(0).to_python()

    dt, gil, rows = timed(calamine_read)
    assert len(rows) == n + 1
    record("python-calamine", dt, gil)

    def fastexcel_read():
        import fastexcel

        return fastexcel.read_excel(str(path)).load_sheet(0).to_pandas()

    dt, gil, df = timed(fastexcel_read)
    assert len(df) == n
    record("fastexcel", dt, gil)

    from desktopseg.core.importer import import_file
    from desktopseg.core.model import ImportOptions
    from desktopseg.core.progress import Task

    dt, gil, res = timed(lambda: import_file(path, ImportOptions(), Task()))
    assert res.report.rows_read == n, res.report.rows_read
    record("desktopseg import_file", dt, gil, "read + header + roles + clean")

    base = results.get("pandas+openpyxl", {}).get("seconds")
    print()
    for name, r in results.items():
        if base:
            r["speedup_vs_openpyxl"] = round(base / r["seconds"], 1)
            print(f"{name:<28} {r['speedup_vs_openpyxl']:6.1f}x faster than pandas+openpyxl")
    fe = results["fastexcel"]["seconds"]
    imp = results["desktopseg import_file"]["seconds"]
    print(f"import_file / fastexcel read: {imp / fe:.2f} (after-read overhead {imp / fe - 1:+.0%})")

    out = HERE / "results" / "readers.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        json.dumps(
            {
                "rows": n,
                "columns": len(HEADER),
                "file_mb": round(path.stat().st_size / 1e6, 1),
                "python": sys.version.split()[0],
                "machine": platform.machine(),
                "results": results,
            },
            indent=2,
        )
    )
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
