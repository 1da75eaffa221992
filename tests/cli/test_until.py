"""`--until` analyses the sales up to a date as if that date were today."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from desktopseg.cli import main


def _summary(tmp_path, *args):
    out = tmp_path / "s.json"
    rc = main(["segment", *args, "-q", "--summary-json", str(out)])
    return rc, (json.loads(out.read_text(encoding="utf-8")) if rc == 0 else None)


def test_until_counts_only_customers_seen_by_then(tmp_path, shared_data):
    path = shared_data / "online_retail_sample.csv"
    rc, s = _summary(tmp_path, str(path), "--until", "2011-06-30", "--scheme", "value")
    assert rc == 0
    assert s["period"]["end"] == "2011-06-30"
    raw = pd.read_csv(path)
    day = pd.to_datetime(raw["InvoiceDate"], format="mixed", dayfirst=False)
    # Customers with a sale (a positive line) on or before the date.
    by_then = raw[(day < "2011-07-01") & raw["CustomerID"].notna()]
    assert s["customers"] == by_then["CustomerID"].nunique()


def test_until_on_a_list_without_dates_says_why(tmp_path, shared_data, capsys):
    wholesale = str(shared_data / "wholesale_customers.csv")
    rc, _ = _summary(tmp_path, wholesale, "--until", "2024-06-30")
    assert rc == 2
    assert "no purchase dates" in capsys.readouterr().err


def test_until_rejects_a_malformed_date(tmp_path, samples_dir, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["segment", str(samples_dir / "florist_square_items.xlsx"), "--until", "30/06/2024"])
    assert exc.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
