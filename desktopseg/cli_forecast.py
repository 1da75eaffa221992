"""Command-line options of the forecast (issue 16), registered from cli.py.

    desktopseg segment FILE [--until YYYY-MM-DD] [--forecast-days N] [--customers-csv OUT.csv]

``--customers-csv`` writes one row per customer: customer_id, expected_orders, chance_active,
expected_revenue (and chance_buy_again) for the N days after the analysis date (``--until``,
else the last day in the data). ``--forecast-days 0`` switches the forecast off.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from desktopseg.core.errors import UserError

#: Columns of the customers CSV, in order (a stable contract: scripts read it).
CSV_COLUMNS = ("customer_id", "expected_orders", "chance_active", "expected_revenue",
               "chance_buy_again")


def _days(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = -1
    if not 0 <= n <= 3650:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a number of days; give a whole number from 0 to 3650, e.g. 90")
    return n


def add_forecast_options(sp: argparse.ArgumentParser) -> None:
    """Add --forecast-days and --customers-csv to the segment command."""
    sp.add_argument("--forecast-days", type=_days, metavar="N", default=None,
                    help="forecast the N days after the analysis date (default 90; 0: off)")
    sp.add_argument("--customers-csv", metavar="OUT.csv",
                    help="write one row per customer with the forecast")


def apply_forecast_options(args, settings) -> None:
    """Copy the forecast options into the analysis settings."""
    if getattr(args, "forecast_days", None) is not None:
        settings.forecast_days = args.forecast_days
    if getattr(args, "customers_csv", None) and not settings.forecast_days:
        raise UserError("--customers-csv needs a forecast; leave out --forecast-days 0.")


def write_forecast_outputs(args, result) -> None:
    """Write the customers CSV when asked for."""
    out = getattr(args, "customers_csv", None)
    if not out:
        return
    if result.forecast is None or "expected_orders" not in result.customers:
        raise UserError(
            "This file has no dated sales, so no forecast could be made for the customers CSV.",
            hint="Use a sales export with a date on each line.", file=args.file)
    write_customers_csv(result, Path(out))


def write_customers_csv(result, path: Path) -> None:
    """Write the per-customer forecast as CSV (UTF-8, one row per customer)."""
    from desktopseg.core.export import neutralise

    c = result.customers
    cols = [c[k].fillna(0.0).to_numpy() for k in ("expected_orders", "chance_active",
                                                  "expected_revenue", "chance_buy")]
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(CSV_COLUMNS)
        for key, eo, ca, er, cb in zip(c.index, *cols, strict=True):
            w.writerow([neutralise(str(key)), f"{eo:.4f}", f"{ca:.4f}", f"{er:.2f}", f"{cb:.4f}"])
