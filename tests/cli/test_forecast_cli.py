"""`segment --until D --forecast-days N --customers-csv OUT.csv`: one forecast row per customer."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from desktopseg.cli import main
from desktopseg.cli_forecast import CSV_COLUMNS


def _run(tmp_path, *args):
    out, summary = tmp_path / "f.csv", tmp_path / "s.json"
    rc = main(["segment", *args, "-q", "--customers-csv", str(out), "--summary-json",
               str(summary)])
    if rc:
        return rc, None, None
    return rc, pd.read_csv(out, dtype={"customer_id": str}), json.loads(summary.read_text())


def test_customers_csv_forecasts_the_days_after_until(tmp_path, shared_data):
    path = shared_data / "online_retail_sample.csv"
    rc, csv, s = _run(tmp_path, str(path), "--until", "2011-09-09", "--forecast-days", "90",
                      "--scheme", "value")
    assert rc == 0
    assert tuple(csv.columns[:4]) == CSV_COLUMNS[:4]
    assert len(csv) == s["customers"] and csv["customer_id"].is_unique
    fc = s["forecast"]
    assert fc["days"] == 90 and fc["start"] == "2011-09-10"
    assert fc["expected_orders"] == pytest.approx(csv["expected_orders"].sum(), rel=1e-3)
    assert fc["backtest"]["available"] and "we would have forecast" in fc["backtest"]["sentence"]
    assert fc["churn_and_upsell_from"] in ("model", "rules")
    assert csv["chance_active"].between(0, 1).all()
    assert (csv["expected_orders"] >= 0).all() and (csv["expected_revenue"] >= 0).all()
    # Those who bought in the 90 days after the date had, on average, a higher forecast.
    raw = pd.read_csv(path, dtype={"CustomerID": str})
    day = pd.to_datetime(raw["InvoiceDate"], format="mixed")
    later = raw[(day > "2011-09-09") & (day <= "2011-12-08")]
    came = csv["customer_id"].str.replace(r"\.0$", "", regex=True).isin(
        later["CustomerID"].str.replace(r"\.0$", "", regex=True))
    assert came.any() and (~came).any()
    assert csv.loc[came, "expected_orders"].mean() > 1.5 * csv.loc[~came, "expected_orders"].mean()


def test_forecast_days_change_the_horizon(tmp_path, shared_data):
    path = str(shared_data / "online_retail_sample.csv")
    _rc, short, _s = _run(tmp_path, path, "--until", "2011-09-09", "--forecast-days", "30",
                          "--scheme", "value")
    _rc, long, _s = _run(tmp_path, path, "--until", "2011-09-09", "--forecast-days", "180",
                         "--scheme", "value")
    assert long["expected_orders"].sum() > 3 * short["expected_orders"].sum()


def test_customers_csv_needs_dated_sales(tmp_path, shared_data, capsys):
    rc, _csv, _s = _run(tmp_path, str(shared_data / "wholesale_customers.csv"))
    assert rc == 2
    assert "no dated sales" in capsys.readouterr().err


def test_forecast_days_must_be_a_whole_number(tmp_path, samples_dir, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["segment", str(samples_dir / "florist_square_items.xlsx"), "--forecast-days", "x"])
    assert exc.value.code == 2
    assert "whole number" in capsys.readouterr().err


def test_workbook_customers_sheet_carries_the_forecast(tmp_path, shared_data):
    from openpyxl import load_workbook

    book, out = tmp_path / "r.xlsx", tmp_path / "f.csv"
    rc = main(["segment", str(shared_data / "online_retail_sample.csv"), "-q", "--until",
               "2011-09-09", "--scheme", "value", "--out", str(book), "--customers-csv",
               str(out)])
    assert rc == 0
    wb = load_workbook(book, read_only=True)
    rows = list(wb["Customers"].iter_rows(values_only=True))
    wb.close()
    header = list(rows.pop(0))
    cols = {name: header.index(title) for name, title in (
        ("expected_orders", "Expected orders (forecast)"),
        ("chance_active", "Chance still active"),
        ("expected_revenue", "Expected revenue (forecast)"))}
    sheet = {str(r[0]): r for r in rows}
    csv = pd.read_csv(out, dtype={"customer_id": str}).set_index("customer_id")
    assert len(sheet) == len(csv)
    for key in list(csv.index[:50]):
        for name, i in cols.items():
            assert (sheet[key][i] or 0) == pytest.approx(csv.loc[key, name], abs=0.01)
