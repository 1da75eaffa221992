"""File > Clients…: clients apart, refresh all in the background, cancel, remove (issue 18)."""

from __future__ import annotations

import re
import shutil

import openpyxl
import pytest
from PySide6.QtWidgets import QMessageBox

from desktopseg.core.clients import Registry, newest_export, remembered_mapping, template_path
from desktopseg.gui.clients_view import ClientsView

pytestmark = pytest.mark.gui


@pytest.fixture
def practice_clients(tmp_path, samples_dir):
    """Three clients: florist and hardware store on exports, one with an unreadable file."""
    folders = {}
    for name, sample in (("Maria's Flowers", "florist_square_items.xlsx"),
                         ("Dev's Hardware", "hardware_store_sales.xlsx")):
        d = tmp_path / "exports" / name
        d.mkdir(parents=True)
        shutil.copy(samples_dir / sample, d / sample)
        folders[name] = d
    broken = tmp_path / "exports" / "Broken Bakery"
    broken.mkdir(parents=True)
    (broken / "sales.csv").write_text("nothing,useful\nhere\n", encoding="utf-8")
    folders["Broken Bakery"] = broken
    reg = Registry.load()
    reg.add("Maria's Flowers", folders["Maria's Flowers"], pos="Square")
    reg.add("Dev's Hardware", folders["Dev's Hardware"])
    reg.add("Broken Bakery", broken, pos="Square")
    reg.save()
    return folders


def _refresh(qtbot, view, timeout=300_000):
    with qtbot.waitSignal(view.runner.finished, timeout=timeout):
        view.refresh_all()


def test_refresh_all_runs_every_client_lists_problems_and_keeps_data_apart(
        qtbot, practice_clients, tmp_path):
    """Two clients refreshed with a summary line; the broken one is listed; no data crosses."""
    view = ClientsView(with_pdf=False)
    qtbot.addWidget(view)
    assert view.table.rowCount() == 3
    _refresh(qtbot, view)
    by_name = {c.name: c for c in view.registry.clients}
    for name in ("Maria's Flowers", "Dev's Hardware"):
        c = by_name[name]
        assert c.last_run and c.last_export.endswith(".xlsx")
        assert re.fullmatch(r"[A-Za-z' ]+ \d+ %", c.summary), c.summary  # largest segment
        assert (c.runs / c.last_export).with_suffix(".xlsx").exists()
    assert by_name["Broken Bakery"].problem
    problems = [view.problems.item(i).text() for i in range(view.problems.count())]
    assert len(problems) == 1 and problems[0].startswith("Broken Bakery: ")
    assert view.table.item(2, 4).text().startswith("Needs fixing")
    # No client's customers in another's files.
    florist = openpyxl.load_workbook(
        by_name["Maria's Flowers"].runs / "florist_square_items.xlsx", read_only=True)
    florist_ids = {r[0] for r in florist["Customers"].iter_rows(min_row=2, values_only=True)}
    hardware_dir = by_name["Dev's Hardware"].runs
    text = "".join(p.read_bytes().decode("latin-1") for p in hardware_dir.iterdir()
                   if p.suffix == ".json")
    hardware = openpyxl.load_workbook(hardware_dir / "hardware_store_sales.xlsx", read_only=True)
    hw_ids = {r[0] for r in hardware["Customers"].iter_rows(min_row=2, values_only=True)}
    assert (len(florist_ids), len(hw_ids)) == (270, 200)  # each its own customers, all of them
    assert not (florist_ids & hw_ids)
    assert not any(f"\"{k}\"" in text for k in florist_ids | hw_ids)  # history: hashes only
    # The mapping was remembered for the client, and as the template of its till system.
    flowers = by_name["Maria's Flowers"]
    assert flowers.mapping_path.exists() and template_path("Square").exists()
    assert remembered_mapping(by_name["Broken Bakery"]) is not None  # shares Square's template
    view.grab().save(str(tmp_path / "clients_view.png"))


def test_a_second_refresh_says_what_moved(qtbot, practice_clients):
    """Refreshed again on the same export, the summary says no one moved."""
    view = ClientsView(with_pdf=False)
    qtbot.addWidget(view)
    _refresh(qtbot, view)
    _refresh(qtbot, view)
    flowers = next(c for c in view.registry.clients if c.name == "Maria's Flowers")
    assert "no one moved" in flowers.summary


def test_cancel_stops_the_refresh_and_the_view_is_usable_again(qtbot, practice_clients):
    """Cancel while the first client runs: the view stops, and nothing is half-recorded."""
    view = ClientsView(with_pdf=False)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.runner.progress, timeout=120_000):
        view.refresh_all()
    with qtbot.waitSignal(view.runner.cancelled, timeout=60_000):
        view.cancel()
    assert view.refresh_button.isEnabled() and not view.cancel_button.isEnabled()
    assert view.step.text() == "Stopped."
    done = [c for c in Registry.load().clients if c.last_run]
    assert len(done) < 3


def test_remove_asks_then_deletes_autosaves_mapping_and_runs(
        qtbot, practice_clients, monkeypatch):
    """No: nothing happens. Yes: the client's folder goes; its exports stay."""
    view = ClientsView(with_pdf=False)
    qtbot.addWidget(view)
    client = view.registry.clients[0]
    client.autosaves.mkdir(parents=True)
    (client.autosaves / "x.dseg").write_bytes(b"autosave")
    client.mapping_path.write_text("{}", encoding="utf-8")
    view.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.No)
    view.remove_client()
    assert client.home.exists() and view.table.rowCount() == 3
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.remove_client()
    assert not client.home.exists()
    assert view.table.rowCount() == 2 and client.id not in {c.id for c in Registry.load().clients}
    assert newest_export(practice_clients[client.name]) is not None  # their file is untouched
