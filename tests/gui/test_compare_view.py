"""The "What changed" tab: matrix, mover lists, drill-down, export, charts; and in the window,
Compare and File > Add a Newer Export (issue 15)."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtWidgets import QMessageBox

from desktopseg.core.pipeline import load

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.compare.planted import CUT, make_workbook  # noqa: E402

pytestmark = pytest.mark.gui
TIMEOUT = 60_000


@pytest.fixture(scope="module")
def shop(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("shop") / "shop_sales.xlsx"
    make_workbook(path)
    return path


@pytest.fixture
def messages(monkeypatch):
    seen = []
    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind,
                            lambda *a, _k=kind, **kw: seen.append((_k, a[1:3])) or
                            QMessageBox.StandardButton.Discard)
    return seen


@pytest.fixture
def view_with_outcome(qtbot, shop):
    from desktopseg.gui.compare_view import CompareView, run_compare

    data = load(shop)
    view = CompareView()
    qtbot.addWidget(view)
    view.set_source(data)
    view.date_edit.setDate(CUT)
    request = view.request()
    assert request.day == CUT and not request.snapshot
    with qtbot.waitSignal(view.shown, timeout=TIMEOUT):
        view.set_outcome(run_compare(data, None, None, request))
    view.resize(1300, 850)
    return view


def test_matrix_shows_the_comparisons_counts_and_revenue(view_with_outcome):
    """Every cell of the on-screen matrix is the comparison's number, counts or revenue."""
    view = view_with_outcome
    m = view.outcome.comparison.matrix("customers")
    assert view.matrix.rowCount() == len(m.index)
    assert [view.matrix.horizontalHeaderItem(j).text() for j in range(len(m.columns))] == \
        list(m.columns)
    shown = sum(int(view.matrix.item(i, j).text().replace(",", "") or 0)
                for i in range(len(m.index)) for j in range(len(m.columns)))
    assert shown == int(m.to_numpy().sum())
    view.show_revenue.setChecked(True)
    r = view.outcome.comparison.matrix("revenue")
    i = list(r.index).index("Champions")
    j = list(r.columns).index("Champions")
    assert view.matrix.item(i, j).text().replace(",", "").startswith(
        str(int(r.iat[i, j]))[:3])


def test_mover_lists_read_like_the_owner_says_them(view_with_outcome):
    """Rows say 'Champions → At Risk: 12 customers', biggest first, only real moves."""
    view = view_with_outcome
    texts = [view.moves.item(i, 0).text() for i in range(view.moves.rowCount())]
    assert texts and all("→" in t and "customer" in t for t in texts)
    counts = [int(view.moves.item(i, 1).text().replace(",", "")) for i in
              range(view.moves.rowCount())]
    assert counts == sorted(counts, reverse=True)
    assert not any(t.startswith(f"{a} → {a}:") for t in texts
                   for a in view.outcome.comparison.order)


def test_drill_down_and_export_list_the_movers(view_with_outcome, tmp_path):
    """Double-clicking a move lists exactly its customers; export writes everyone who moved."""
    view = view_with_outcome
    cmp = view.outcome.comparison
    row = next(r for r in view._move_rows if r["from"] == "Champions")
    dialog = view.movers_dialog(row["from"], row["to"])
    assert dialog.model.rowCount() == row["customers"] == len(cmp.movers("Champions", row["to"]))
    dialog.close()
    out = tmp_path / "movers.csv"
    view.export_to(str(out))
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    c = cmp.customers
    assert len(rows) - 1 == int((c["before"].isna() | (c["before"] != c["after"])).sum())


def test_sentences_and_rules_are_shown(view_with_outcome):
    """One plain sentence per important move, and which cut points were used."""
    view = view_with_outcome
    assert "slipped from" in view.sentences.text()
    assert CUT.isoformat() in view.rules.text()
    assert "new since then" in view.summary.text()


@pytest.mark.parametrize("kind", ["flow", "matrix", "timeline"])
def test_every_chart_draws(view_with_outcome, kind, tmp_path):
    """Flow, matrix and timeline each draw into the tab's canvas."""
    view = view_with_outcome
    view.show_chart(kind)
    assert view.current_chart() == kind
    assert view.figure.axes, kind
    if kind == "flow":
        assert any(p.get_gid() == "flow" for p in view.figure.axes[0].patches)
    if kind == "timeline":
        assert len(view.figure.axes[0].get_lines()) >= 5
    view.grab().save(str(tmp_path / f"{kind}.png"))


def test_window_compare_and_add_a_newer_export(qtbot, window, shop, tmp_path, messages):
    """Compare in the window, then add a newer export: the tab offers the earlier export."""
    from tests.gui.test_window import open_to_results

    data = load(shop)
    tx = data.transactions
    early = tmp_path / "early.csv"
    cut = tx[tx["date"] <= pd.Timestamp(CUT)]
    pd.DataFrame({"Date": cut["date"].dt.strftime("%Y-%m-%d"), "Order No": cut["order_id"],
                  "Customer ID": cut["customer_key"], "Amount": cut["amount"]}).to_csv(
        early, index=False)
    late = tmp_path / "late.csv"
    pd.DataFrame({"Date": tx["date"].dt.strftime("%Y-%m-%d"), "Order No": tx["order_id"],
                  "Customer ID": tx["customer_key"], "Amount": tx["amount"]}).to_csv(
        late, index=False)
    open_to_results(qtbot, window, str(early))
    view = window.compare_view
    window.results.tabs.setCurrentWidget(view)
    assert window.act_add_newer.isEnabled()
    with qtbot.waitSignal(view.shown, timeout=TIMEOUT):
        view.compare_button.click()
    assert view.outcome.comparison.after_as_of == CUT
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        window.add_newer_export(str(late))
    assert messages == []
    assert len(window.project.snapshots) == 1 and window.dirty
    assert view.source_combo.currentData() == "snapshot"
    with qtbot.waitSignal(view.shown, timeout=TIMEOUT):
        view.compare_button.click()
    cmp = view.outcome.comparison
    assert cmp.before_as_of == CUT and cmp.after_as_of == tx["date"].max().date()
    assert view.outcome.timeline is not None and len(view.outcome.timeline.points) == 2
    window.compare_view.grab().save(str(tmp_path / "window_compare.png"))


def test_window_exports_carry_the_comparison(qtbot, window, shop, tmp_path, messages):
    """With a comparison on screen, Excel gets Moves/Movers sheets and the PDF its pages."""
    import subprocess

    import openpyxl

    from desktopseg.gui import jobs
    from tests.gui.test_window import open_to_results

    open_to_results(qtbot, window, str(shop))
    assert window._comparison() is None
    view = window.compare_view
    view.date_edit.setDate(CUT)
    with qtbot.waitSignal(view.shown, timeout=TIMEOUT):
        view.compare_button.click()
    cmp = window._comparison()
    assert cmp is not None and cmp.before_as_of == CUT
    xlsx = jobs.export_workbook(window.result, str(tmp_path / "r.xlsx"), cmp)
    assert {"Moves", "Movers"} <= set(openpyxl.load_workbook(xlsx, read_only=True).sheetnames)
    pdf = jobs.export_pdf(window.result, str(tmp_path / "r.pdf"), None, cmp)
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True,
                          check=True).stdout
    assert f"What changed since {CUT}" in " ".join(text.split())


@pytest.mark.skipif(not Path("/work/shared/data/wholesale_customers.csv").exists(),
                    reason="no shared data")
def test_date_field_is_off_for_a_customer_list(qtbot):
    """A customer list has no dates: the window's 'as of' field says it can't be used."""
    from desktopseg.core.model import AnalysisSettings
    from desktopseg.core.pipeline import run
    from desktopseg.gui.settings_panel import SettingsPanel

    result = run("/work/shared/data/wholesale_customers.csv")
    panel = SettingsPanel()
    qtbot.addWidget(panel)
    panel.set_settings(AnalysisSettings(), result)
    assert not panel.last_date_check.isEnabled() and not panel.date_edit.isEnabled()
    assert "no purchase dates" in panel.last_date_check.toolTip()
    assert panel.settings().analysis_date is None
    dated = run(str(Path(__file__).resolve().parents[2] / "sample_workbooks"
                    / "florist_square_items.xlsx"))
    panel.set_settings(AnalysisSettings(), dated)
    assert panel.last_date_check.isEnabled() and panel.last_date_check.toolTip() == ""
