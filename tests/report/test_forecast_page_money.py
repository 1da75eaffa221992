"""Money on the report's forecast page and in the import notes carries the file's currency."""

from __future__ import annotations

import re

from desktopseg.core import pipeline
from desktopseg.report.forecast_page import forecast_page_html


def test_forecast_revenue_and_guest_sales_are_in_pounds(shared_data):
    result = pipeline.run(shared_data / "online_retail_sample.csv")
    assert result.forecast is not None
    page = forecast_page_html(result)
    assert re.search(r"worth about £\d[\d,]*", page), page
    guests = [n for n in result.notes if "without a customer" in n]
    assert guests and re.search(r"£\d[\d,]*\.\d\d in total", guests[0]), guests
