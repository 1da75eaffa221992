"""Clients view: problems listed as each client finishes, and each client's own project
opened in the main window (issue 18, point 1)."""

from __future__ import annotations

import shutil

import pytest
from fakes import capture_message_boxes
from PySide6.QtWidgets import QMessageBox

from desktopseg.core.clients import Registry
from desktopseg.core.project import load_project
from desktopseg.gui.clients_view import ClientsView

pytestmark = pytest.mark.gui

TIMEOUT = 300_000


def _clients(tmp_path, samples_dir, names):
    """Register clients in order; a name without a sample gets an unreadable export."""
    samples = {"Maria's Flowers": "florist_square_items.xlsx",
               "Dev's Hardware": "hardware_store_sales.xlsx"}
    reg = Registry.load()
    for name in names:
        d = tmp_path / "exports" / name
        d.mkdir(parents=True)
        if name in samples:
            shutil.copy(samples_dir / samples[name], d / samples[name])
        else:
            (d / "sales.csv").write_text("nothing,useful\nhere\n", encoding="utf-8")
        reg.add(name, d)
    reg.save()


def _problems(view) -> list[str]:
    return [view.problems.item(i).text() for i in range(view.problems.count())]


def test_a_problem_is_listed_as_soon_as_its_client_is_done_and_cancel_still_works(
        qtbot, tmp_path, samples_dir):
    """The broken client runs first: its problem shows while the next client is still running;
    cancelling then stops the refresh and keeps the problem listed."""
    _clients(tmp_path, samples_dir, ["Broken Bakery", "Maria's Flowers", "Dev's Hardware"])
    view = ClientsView(with_pdf=False)
    qtbot.addWidget(view)
    seen: dict[str, list[str]] = {}

    def on_progress(step: str, _fraction: float) -> None:
        seen.setdefault(step, _problems(view))  # after the view's own handler ran

    view.runner.progress.connect(on_progress)
    with qtbot.waitSignal(view.runner.progress, timeout=TIMEOUT,
                          check_params_cb=lambda step, _f: step.startswith("Client 2 of 3")):
        view.refresh_all()
    assert view.runner.is_busy()  # the refresh is still going on
    second = next(step for step in seen if step.startswith("Client 2 of 3"))
    assert len(seen[second]) == 1 and seen[second][0].startswith("Broken Bakery: ")
    first = next(step for step in seen if step.startswith("Client 1 of 3"))
    assert seen[first] == []  # nothing listed before the broken client was done
    row = next(r for r in range(view.table.rowCount())
               if view.table.item(r, 0).text() == "Broken Bakery")
    assert view.table.item(row, 4).text().startswith("Needs fixing")  # its row, updated live
    with qtbot.waitSignal(view.runner.cancelled, timeout=60_000):
        view.cancel()
    assert _problems(view) == seen[second]
    assert view.refresh_button.isEnabled() and view.step.text() == "Stopped."
    assert not any(c.last_run for c in Registry.load().clients)  # no client half-recorded


def test_each_client_gets_a_project_the_main_window_opens(
        qtbot, tmp_path, samples_dir, window, monkeypatch):
    """After a refresh the client's folder holds a .dseg with its data and run history; Open
    (double-click) opens it in the main window, which first asks about unsaved work."""
    _clients(tmp_path, samples_dir, ["Maria's Flowers", "Broken Bakery"])
    view = ClientsView(with_pdf=False)
    qtbot.addWidget(view)
    broken = view.registry.clients[1]
    view.table.selectRow(1)
    view.open_client()  # nothing to open yet: says so, stays open
    assert view.chosen_project is None and "Refresh all" in view.step.text()
    for _ in range(2):
        with qtbot.waitSignal(view.runner.finished, timeout=TIMEOUT):
            view.refresh_all()
    client = view.registry.clients[0]
    project = load_project(client.project_path)
    assert client.project_path.parent == client.home and client.project_path.suffix == ".dseg"
    assert len(project.data.customers) == 270 and len(project.history) == 2
    assert project.source["name"] == "florist_square_items.xlsx"
    assert not broken.project_path.exists()  # a client whose file needs fixing has none

    opened = []

    def exec_and_double_click(self):
        self._on_double_click(0, 0)
        opened.append(self.chosen_project)
        return 1

    monkeypatch.setattr(ClientsView, "exec", exec_and_double_click)
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        window.show_clients()
    assert opened == [str(client.project_path)]
    assert len(window.result.customers) == 270
    assert window.project.project_id == project.project_id

    # Unsaved work: the usual question comes first; Cancel keeps the window as it was.
    window.dirty = True
    messages = capture_message_boxes(monkeypatch, QMessageBox.StandardButton.Cancel)
    before = window.result
    window.show_clients()
    assert [m[1] for m in messages] == ["Save your changes?"]
    assert window.result is before and not window.runner.is_busy() and window.dirty
