"""`desktopseg batch`: many clients in one go, a broken one skipped with its reason (issue 18)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import unicodedata

import openpyxl
import pytest

from desktopseg.cli import main
from desktopseg.core.clients_book import HISTORY_NAME

SAMPLES = ("florist_square_items.xlsx", "hardware_store_sales.xlsx", "b2b_supplier.xlsx",
           "european_shop_export.csv")
PRACTICE = "Anna Books & Co"


@pytest.fixture(scope="module")
def batch(samples_dir, tmp_path_factory):
    """One batch over four samples and a broken file; returns (rc, out_dir, stdout)."""
    base = tmp_path_factory.mktemp("batch")
    broken = base / "broken_client.csv"
    broken.write_text("not,a,sales\nexport\n", encoding="utf-8")
    out = base / "out"
    inputs = [str(samples_dir / s) for s in SAMPLES[:2]] + [str(broken)]
    inputs += [str(samples_dir / s) for s in SAMPLES[2:]]
    proc = subprocess.run(
        [sys.executable, "-m", "desktopseg", "batch", *inputs,
         "--out-dir", str(out), "--practice", PRACTICE],
        capture_output=True, text=True, timeout=600,
        env=_env(),
    )
    return proc.returncode, out, proc.stdout + proc.stderr


def _env():
    return dict(os.environ, QT_QPA_PLATFORM="offscreen")


def test_a_broken_client_is_named_with_its_reason_and_the_rest_are_done(batch):
    """Exit 2; the broken file is named with why; every other client has its PDF and workbook."""
    rc, out, text = batch
    assert rc == 2
    assert "broken client: SKIPPED" in text
    assert "No segments could be made" in text
    for name in SAMPLES:
        stem = name.rsplit(".", 1)[0]
        assert (out / f"{stem}.pdf").stat().st_size > 10_000
        assert openpyxl.load_workbook(out / f"{stem}.xlsx", read_only=True).sheetnames[0] == \
            "Summary"
    assert not (out / "broken_client.xlsx").exists()
    wb = openpyxl.load_workbook(out / "clients.xlsx")
    fixing = list(wb["Needs fixing"].iter_rows(min_row=2, values_only=True))
    assert [r[1] for r in fixing] == ["broken_client.csv"]
    assert "No segments could be made" in fixing[0][2]


def test_clients_workbook_rows_match_each_clients_own_summary(batch, samples_dir, tmp_path):
    """Customers, revenue and largest segments equal `segment --summary-json` of each file."""
    _rc, out, _text = batch
    ws = openpyxl.load_workbook(out / "clients.xlsx")["Clients"]
    header = [c.value for c in ws[1]]
    rows = {r[1]: dict(zip(header, r, strict=True))
            for r in ws.iter_rows(min_row=2, values_only=True)}
    assert set(rows) == set(SAMPLES)
    for name in SAMPLES:
        js = tmp_path / f"{name}.json"
        assert main(["segment", str(samples_dir / name), "-q", "--summary-json", str(js)]) == 0
        s = json.loads(js.read_text(encoding="utf-8"))
        segs = s["schemes"]["behavioral" if "behavioral" in s["schemes"] else
                            next(iter(s["schemes"]))]["segments"]
        row = rows[name]
        assert row["Customers"] == s["customers"]
        assert row["Revenue"] == pytest.approx(sum(x["revenue"] for x in segs), abs=0.05)
        biggest = max(segs, key=lambda x: x["customers"])
        assert row["Largest segments"].startswith(
            f"{biggest['name']} {round(100 * biggest['customers'] / s['customers'])} %")
        assert row["What moved"] == "first run"


def test_the_practice_name_is_on_every_page_of_each_report(batch):
    """pdftotext finds the practice and the client on every page; page 1 speaks to the client."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    _rc, out, _text = batch
    for name in SAMPLES:
        stem = name.rsplit(".", 1)[0]
        text = subprocess.run(["pdftotext", "-layout", str(out / f"{stem}.pdf"), "-"],
                              capture_output=True, text=True, check=True).stdout
        text = unicodedata.normalize("NFKC", text)  # the PDF sets "fl" as a ligature
        pages = [" ".join(p.split()) for p in text.split("\f") if p.strip()]
        assert len(pages) >= 3
        client = stem.replace("_", " ")
        for page in pages:
            assert f"Prepared by {PRACTICE}" in page
            assert client in page
        assert "what to do this month" in pages[0]
        assert pages[0].count("Start with:") == 3


def test_a_second_run_says_what_moved_and_history_holds_no_customer_names(
        samples_dir, tmp_path):
    """Run as of an earlier date, then today: the clients workbook counts who moved."""
    florist = str(samples_dir / "florist_square_items.xlsx")
    out = tmp_path / "out"
    assert main(["batch", florist, "--out-dir", str(out), "--no-pdf", "-q",
                 "--until", "2026-06-30"]) == 0
    assert main(["batch", florist, "--out-dir", str(out), "--no-pdf", "-q"]) == 0
    ws = openpyxl.load_workbook(out / "clients.xlsx")["Clients"]
    moved = ws.cell(row=2, column=6).value
    assert moved.startswith("since the run of ") and "(sales up to 2026-06-30)" in moved
    assert " moved to " in moved
    history = (out / HISTORY_NAME).read_text(encoding="utf-8")
    assert "Leila Harrison" not in history and "@" not in history
