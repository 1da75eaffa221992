"""Real-shaped exports of a fresh sweep: customers, revenue, orders and period match the truth.

Each file is written by tests/importer/fresh_exports.py, whose ledger records what was really
sold; the figures the pipeline reports are compared with that ledger, counted with pandas.
"""

from __future__ import annotations

from desktopseg.core.pipeline import load, run, summary_dict
from tests.importer import fresh_exports as fe


def _figures(path) -> dict:
    result = run(path)
    summary = summary_dict(result)
    cust = result.customers
    return {
        "customers": summary["customers"],
        "revenue": round(float(cust["revenue"].sum()), 2),
        "orders": int(cust["orders"].sum()),
        "start": summary["period"]["start"],
        "end": summary["period"]["end"],
    }


def _named_truth(ledger) -> dict:
    t = fe.truth(ledger)
    named = ledger[ledger["customer"].notna()]
    t["start"] = named["date"].min().date().isoformat()
    t["end"] = named["date"].max().date().isoformat()
    return {k: t[k] for k in ("customers", "revenue", "orders", "start", "end")}


def test_clover_dates_with_am_pm_and_time_zone(tmp_path):
    """Clover's '23-Aug-2026 09:34 PM EDT' dates are read; FAIL payments and refunds count."""
    path, ledger = fe.clover_payments(tmp_path / "Payments-20260824_1107_EDT.csv")
    tx = load(path).transactions
    assert tx["date"].min() == ledger["date"].min()
    assert _figures(path) == _named_truth(ledger)
