"""`desktopseg compare`: arguments, exit codes, workbook, PDF and projects (issue 15)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import openpyxl
import pytest

from desktopseg.cli import main
from desktopseg.core.compare import compare_data, summary_dict
from desktopseg.core.pipeline import load
from desktopseg.core.project import new_project, save_project
from tests.compare.planted import CUT, make_workbook

SHARED = Path("/work/shared/data")


@pytest.fixture(scope="module")
def shop(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("shop") / "shop_sales.xlsx"
    make_workbook(path)
    return path


def test_needs_a_date_or_a_second_file(shop, capsys):
    """Neither --at nor a newer file, or both: exit 2 with what to write instead."""
    assert main(["compare", str(shop), "-q"]) == 2
    assert "--at YYYY-MM-DD" in capsys.readouterr().err
    assert main(["compare", str(shop), str(shop), "--at", "2025-06-30", "-q"]) == 2


def test_a_date_outside_the_data_is_refused(shop, capsys):
    """A date on or after the last sale, or before the first, says which dates would work."""
    assert main(["compare", str(shop), "--at", "2030-01-01", "-q"]) == 2
    err = capsys.readouterr().err
    assert "no sales after 2030-01-01" in err and "2024-01" in err and "2025-12" in err
    assert main(["compare", str(shop), "--at", "2023-06-30", "-q"]) == 2
    err = capsys.readouterr().err
    assert "no customers yet" in err and "2025-12" in err


@pytest.mark.skipif(not (SHARED / "wholesale_customers.csv").exists(), reason="no shared data")
def test_a_list_without_dates_says_it_cannot(capsys):
    """A customer list has no dates, so there is no 'as of': exit 2, in plain words."""
    assert main(["compare", str(SHARED / "wholesale_customers.csv"), "--at", "2024-06-30",
                 "-q"]) == 2
    assert "no purchase dates" in capsys.readouterr().err


def test_automatic_groups_cannot_be_compared(shop):
    """Clusters are re-made at every run: --scheme clusters is refused by the parser."""
    with pytest.raises(SystemExit) as exc:
        main(["compare", str(shop), "--at", "2025-06-30", "--scheme", "clusters"])
    assert exc.value.code == 2


def test_workbook_has_moves_and_movers(shop, tmp_path):
    """--out writes the usual sheets plus Moves (every move) and Movers (who changed)."""
    out, js = tmp_path / "moves.xlsx", tmp_path / "s.json"
    assert main(["compare", str(shop), "--at", str(CUT), "--out", str(out),
                 "--summary-json", str(js), "-q"]) == 0
    summary = json.loads(js.read_text(encoding="utf-8"))
    wb = openpyxl.load_workbook(out, read_only=True)
    assert {"Summary", "Customers", "Moves", "Movers"} <= set(wb.sheetnames)
    moves = list(wb["Moves"].iter_rows(values_only=True))
    assert len(moves) - 1 == len(summary["moves"])
    assert sum(r[2] for r in moves[1:]) == summary["after"]["customers"]
    movers = list(wb["Movers"].iter_rows(values_only=True))
    changed = sum(m["customers"] for m in summary["moves"] if m["from"] != m["to"])
    assert len(movers) - 1 == changed
    assert movers[0][0] == "Customer ID" and "Name" in movers[0]


def test_pdf_has_what_changed_pages(qapp, shop, tmp_path):
    """--pdf adds 'What changed since <date>' with the sentences and the rules used.

    ``qapp`` first: the PDF writer would otherwise start a bare QGuiApplication that later
    widget tests in the same session cannot use.
    """
    pdf = tmp_path / "r.pdf"
    assert main(["compare", str(shop), "--at", str(CUT), "--pdf", str(pdf), "-q"]) == 0
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    text = " ".join(text.split())
    assert f"What changed since {CUT}" in text
    assert "Cut points of" in text and "slipped from" in text
    assert "Who moved" in text


def test_two_projects_compare_like_two_exports(shop, tmp_path):
    """compare OLD.dseg NEW.dseg gives what comparing their data does, with OLD's settings."""
    data = load(shop)
    tx = data.transactions
    old = type(data)(transactions=tx[tx["date"] <= str(CUT)].copy(), customers=data.customers,
                     report=data.report, mapping=data.mapping)
    save_project(tmp_path / "old.dseg", new_project(old))
    save_project(tmp_path / "new.dseg", new_project(data))
    js = tmp_path / "s.json"
    assert main(["compare", str(tmp_path / "old.dseg"), str(tmp_path / "new.dseg"),
                 "--summary-json", str(js), "-q"]) == 0
    got = json.loads(js.read_text(encoding="utf-8"))
    assert got == json.loads(json.dumps(summary_dict(compare_data(old, data))))
    assert got["new_customers"] > 0
