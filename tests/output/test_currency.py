"""The export's currency is found, shown on cards, reasons, report and workbook, and settable."""

from __future__ import annotations

import csv

import pandas as pd
import pytest
from openpyxl import load_workbook

from desktopseg.core import currency, pipeline
from desktopseg.core.currency import detect, excel_format, format_money
from desktopseg.core.model import AnalysisSettings, ColumnMapping, ImportOptions


@pytest.fixture(autouse=True)
def _no_currency_left_behind():
    yield
    currency.use(None)


def _csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def _sales(path, amount_text, header_amount="Amount"):
    rows = [(f"C{i % 12}", f"2024-{1 + i % 12:02d}-{1 + i % 27:02d}", amount_text(10 + i))
            for i in range(120)]
    return _csv(path, ["Customer", "Date", header_amount], rows)


@pytest.mark.parametrize(("text", "code"), [
    (lambda x: f"${x}.00", "USD"), (lambda x: f"{x},00 €", "EUR"), (lambda x: f"£{x}.50", "GBP"),
    (lambda x: f"EUR {x}.00", "EUR"), (lambda x: f"₩{x}000", "KRW"), (lambda x: f"{x}.00", None),
])
def test_currency_is_read_from_the_amounts(tmp_path, text, code):
    data = pipeline.load(_sales(tmp_path / "s.csv", text))
    assert data.report.currency == code
    assert data.mapping.currency == code  # remembered with the column choices


def test_currency_from_a_header_and_from_a_currency_column():
    frame = pd.DataFrame({"Total (USD)": ["1.00"], "Customer": ["a"]})
    assert detect(frame, {"Total (USD)": "amount", "Customer": "customer_id"})[0] == "USD"
    frame = pd.DataFrame({"Amount": ["1.00"] * 5, "Currency": ["SEK"] * 5})
    assert detect(frame, {"Amount": "amount"})[0] == "SEK"


def test_currency_from_the_country_when_the_amounts_say_nothing(shared_data):
    data = pipeline.load(shared_data / "online_retail_sample.csv")
    assert data.report.currency == "GBP"  # a UK gift retailer, prices in pounds


def test_cards_reasons_and_summary_show_the_currency(tmp_path):
    result = pipeline.run(_sales(tmp_path / "s.csv", lambda x: f"${x}.00"))
    seg = result.segmentations["behavioral"]
    assert all("$" in s.persona.story for s in seg.segments)
    assert any(f == "Average order" and v.startswith("$") for s in seg.segments
               for f, v in s.persona.key_figures)
    assert seg.reasons.str.contains(r"spent \$", regex=True).all()
    assert pipeline.summary_dict(result)["currency"] == "USD"


def test_the_workbook_formats_money_in_the_currency(tmp_path):
    from desktopseg.core.export import write_workbook

    result = pipeline.run(_sales(tmp_path / "s.csv", lambda x: f"{x},00 €"))
    out = tmp_path / "out.xlsx"
    write_workbook(result, out)
    wb = load_workbook(out)
    formats = {c.number_format for ws in wb.worksheets for row in ws.iter_rows() for c in row}
    assert excel_format("#,##0.00", "EUR") in formats


def test_settings_override_the_file_and_are_kept_with_the_mapping(tmp_path):
    path = _sales(tmp_path / "s.csv", lambda x: f"${x}.00")
    data = pipeline.load(path)
    result = pipeline.analyse(data, AnalysisSettings(currency="CAD"))
    assert "CA$" in result.segmentations["value"].segments[0].persona.story
    saved = ColumnMapping.from_json(data.mapping.to_json())
    assert saved.currency == "CAD"
    again = pipeline.load(_sales(tmp_path / "t.csv", lambda x: f"{x}.00"),
                          ImportOptions(mapping=saved))
    assert again.report.currency == "CAD"


def test_format_money_places_the_symbol():
    assert format_money("1,234.50", "USD") == "$1,234.50"
    assert format_money("-12.00", "GBP") == "-£12.00"
    assert format_money("1 234,50", "EUR") == "1 234,50 €"
    assert format_money("12.00", None) == "12.00"


def test_the_starting_staff_hour_is_in_the_shops_currency(tmp_path):
    """A won shop's staff hour starts at thousands of won, not at 25; the owner's rate wins."""
    won = pipeline.run(_sales(tmp_path / "won.csv", lambda x: f"₩{x}000"))
    dollars = pipeline.run(_sales(tmp_path / "usd.csv", lambda x: f"${x}.00"))
    assert dollars.service["hourly_rate"] == 25.0
    assert won.service["hourly_rate"] >= 5000
    # Same activity on both files: the cost to serve scales with the staff hour, not the money.
    ratio = won.customers["cost_to_serve"].sum() / dollars.customers["cost_to_serve"].sum()
    assert ratio == pytest.approx(won.service["hourly_rate"] / 25.0, rel=0.01)
    own = pipeline.run(tmp_path / "won.csv", settings=AnalysisSettings(hourly_rate=12000.0))
    assert own.service["hourly_rate"] == 12000.0
