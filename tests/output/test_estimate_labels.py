"""An estimate never appears unlabelled: report text and workbook say "estimated from activity"
with the minutes used, wherever an estimated effort or cost to serve is shown."""

from __future__ import annotations

import re
import subprocess

import openpyxl
import pytest

from desktopseg.core import pipeline
from desktopseg.core.export import write_workbook


@pytest.fixture(scope="module")
def florist(samples_dir):
    return pipeline.run(samples_dir / "florist_square_items.xlsx")


def test_workbook_labels_every_estimated_column(florist, tmp_path):
    assert florist.service["effort_kind"] == "estimated"
    path = tmp_path / "florist.xlsx"
    write_workbook(florist, path)
    wb = openpyxl.load_workbook(path, read_only=True)
    for name in wb.sheetnames:
        header = next(wb[name].iter_rows(min_row=1, max_row=1, values_only=True))
        if name == "Summary":
            continue
        for title in header:
            title = str(title or "")
            if title.startswith(("Service effort", "Cost to serve", "Service minutes")):
                assert "estimated from activity" in title, (name, title)
    rows = {r[0]: r[1] for r in wb["Summary"].iter_rows(values_only=True)
            if len(r) > 1 and r[0]}
    assert "estimated from activity" in rows["Service effort"]
    assert "order 4 min" in rows["Cost to serve"] and "25.00 an hour" in rows["Cost to serve"]
    # Each scheme's table says where its effort comes from, segment by segment.
    summary = list(wb["Summary"].iter_rows(values_only=True))
    header = next(r for r in summary if r and r[0] == "Segment")
    col = list(header).index("Effort from")
    start = summary.index(header)
    assert summary[start + 1][col] == "estimated from activity"


def test_report_text_labels_the_estimate(florist, tmp_path):
    from desktopseg.report import write_pdf

    pdf = tmp_path / "florist.pdf"
    write_pdf(florist, pdf)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    flat = " ".join(text.replace("ﬀ", "ff").split())
    assert "Effort*" in flat
    assert "*Effort and cost to serve estimated from activity (order 4 min" in flat
    # Every effort figure on a card says where it comes from.
    assert "out of 10 (estimated from activity)" in flat
    assert not re.search(r"Service effort about [\d.,]+ out of 10\.", flat)


def test_summary_json_says_where_effort_comes_from(florist):
    summary = pipeline.summary_dict(florist)
    assert "estimated from activity" in summary["cost_to_serve"]["label"]
    for scheme in summary["schemes"].values():
        for s in scheme["segments"]:
            assert s["effort_source"] == "estimated"
            assert s["cost_to_serve"] is not None
