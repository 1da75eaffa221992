"""Drive the real window: open -> column preview -> results -> cards and charts; settings
re-run; cancel; close while busy; bad files; drill-down; persona edits; projects."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from fakes import capture_message_boxes
from PySide6.QtWidgets import QMessageBox

from desktopseg.gui.personas_view import PersonaCard

pytestmark = pytest.mark.gui

TIMEOUT = 60_000  # the first analysis imports scikit-learn on a busy 2-core machine


@pytest.fixture
def messages(monkeypatch):
    """Capture message boxes instead of blocking on them."""
    return capture_message_boxes(monkeypatch)


def open_to_results(qtbot, window, path: str):
    """Open ``path``, accept the column preview if shown, wait for results."""
    with qtbot.waitSignals([window.runner.busy_changed], timeout=TIMEOUT):
        window.open_path(path)
    if window.results is None or window.stack.currentWidget() is not window.results:
        qtbot.waitUntil(lambda: not window.runner.is_busy(), timeout=TIMEOUT)
        assert window.stack.currentWidget() is window.preview
        with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
            window.preview.continue_button.click()
    return window.result


def test_open_preview_results_cards_and_charts(qtbot, window, spreadsheet, messages):
    """A spreadsheet goes through the column preview to results with one card per segment."""
    with qtbot.waitSignal(window.preview_shown, timeout=TIMEOUT):
        window.open_path(spreadsheet)
    preview = window.preview
    assert preview.columns.rowCount() >= 3
    roles = preview.chosen_roles()
    assert "amount" in roles.values() and "date" in roles.values()
    assert preview.preview_model.rowCount() > 0
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        preview.continue_button.click()
    assert messages == []
    result = window.result
    assert result is not None and result.segmentations
    page = window.results
    seg = page.current_segmentation()
    assert page.buckets.model.rowCount() == len(seg.segments)
    page.tabs.setCurrentIndex(1)
    # Cards are built a few per event turn so the window keeps answering.
    qtbot.waitUntil(lambda: page.personas.pending() == 0, timeout=TIMEOUT)
    cards = page.personas.findChildren(PersonaCard)
    assert len(cards) == sum(1 for s in seg.segments if s.persona is not None) > 0
    # Unavailable schemes are listed, disabled, with their reason.
    for name, reason in result.unavailable.items():
        idx = page.scheme_combo.findData(name)
        assert idx >= 0 and not page.scheme_combo.model().item(idx).isEnabled()
        assert reason in page.unavailable_label.text()
    # Every chart draws something (axes or a message), never an empty canvas.
    page.tabs.setCurrentIndex(2)
    charts = page.charts
    for row in range(charts.chooser.count()):
        charts.chooser.setCurrentRow(row)
        fig = charts.canvas.figure
        assert fig.axes or fig.texts, charts.current_kind()
    assert spreadsheet in window.recent_files()
    assert messages == []


def test_scheme_switch_updates_every_tab(qtbot, window, spreadsheet, messages):
    result = open_to_results(qtbot, window, spreadsheet)
    page = window.results
    for name, seg in result.segmentations.items():
        assert page.select_scheme(name)
        assert page.buckets.model.rowCount() == len(seg.segments)
        page.tabs.setCurrentIndex(1)
        assert len(page.personas.cards) == len(seg.segments)
        page.tabs.setCurrentIndex(0)


def test_changing_a_setting_reruns_in_background(qtbot, window, spreadsheet, messages):
    """A new margin % re-runs the analysis; the new result carries the setting."""
    old = open_to_results(qtbot, window, spreadsheet)
    window.results.tabs.setCurrentIndex(1)
    card = window.results.personas.cards[0]
    card.name_edit.setText("Kept across runs")
    card.name_edit.editingFinished.emit()
    panel = window.settings_panel
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        panel.margin_spin.setValue(25)
        panel.flush()
    assert window.result is not old
    assert window.result.settings.margin_pct == 25
    assert window.result.margin_source == "margin_pct"
    assert window.project.settings.margin_pct == 25
    assert len(window.project.history) == 2
    assert window.results.personas.cards[0].name_edit.text() == "Kept across runs"


def test_cancel_midway_keeps_previous_result(qtbot, window, spreadsheet, messages):
    old = open_to_results(qtbot, window, spreadsheet)
    shown = []
    window.results_shown.connect(lambda: shown.append(1))
    with qtbot.waitSignal(window.runner.cancelled, timeout=TIMEOUT):
        with qtbot.waitSignal(window.runner.progress, timeout=TIMEOUT):
            window.run_analysis()
        assert window.cancel_button.isVisible()
        window.cancel_button.click()
    assert window.result is old
    assert shown == []
    assert window.results.buckets.model.rowCount() == len(
        window.results.current_segmentation().segments)
    assert not window.cancel_button.isVisible()
    assert "previous results" in window.statusBar().currentMessage()


def test_close_during_a_run_leaves_no_thread(qtbot, spreadsheet, messages):
    from desktopseg.gui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    before = threading.active_count()
    with qtbot.waitSignal(w.runner.progress, timeout=TIMEOUT):
        w.open_path(spreadsheet)
    w.close()
    assert w.runner._pool.activeThreadCount() == 0
    assert threading.active_count() <= before
    assert messages == []


def test_bad_file_gives_a_readable_message(qtbot, window, tmp_path, spreadsheet, messages):
    """A PDF renamed .xlsx is refused in plain words, not with a traceback."""
    bad = tmp_path / "sales.xlsx"
    bad.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    with qtbot.waitSignal(window.runner.failed, timeout=TIMEOUT):
        window.open_path(str(bad))
    assert len(messages) == 1
    kind, title, text = messages[0]
    assert kind == "warning"
    assert "sales.xlsx" in text
    assert "Traceback" not in text and "Error" not in title
    assert window.stack.currentWidget() is window.welcome


def test_bug_shows_apology_with_log_path(qtbot, window, monkeypatch, messages):
    from desktopseg.core.appdirs import log_path
    from desktopseg.gui import jobs

    def explode(path, options=None, *, progress=None, cancelled=None):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(jobs, "load_file", explode)
    with qtbot.waitSignal(window.runner.failed, timeout=TIMEOUT):
        window.open_path("whatever.csv")
    kind, _, text = messages[0]
    assert kind == "critical" and str(log_path()) in text
    assert "ZeroDivisionError: boom" in log_path().read_text(encoding="utf-8")


def test_drill_down_lists_the_bucket_with_reasons_and_exports(qtbot, window, spreadsheet,
                                                              tmp_path, messages):
    open_to_results(qtbot, window, spreadsheet)
    seg = window.results.current_segmentation()
    biggest = max(seg.segments, key=lambda s: s.customers)
    dialog = window.results.show_bucket(biggest.name)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == biggest.customers
    frame = dialog.model.frame()
    assert (frame["reason"].astype(str).str.len() > 0).all()
    out = tmp_path / "bucket.csv"
    dialog.export_to(str(out))
    text = out.read_text(encoding="utf-8-sig")
    assert len(text.strip().splitlines()) == biggest.customers + 1
    dialog.close()


def test_persona_edits_are_kept_in_the_project(qtbot, window, spreadsheet, messages):
    open_to_results(qtbot, window, spreadsheet)
    window.results.tabs.setCurrentIndex(1)
    card = window.results.personas.cards[0]
    card.name_edit.setText("Our Regulars")
    card.name_edit.editingFinished.emit()
    card.notes_edit.setPlainText("Invite to the spring open day")
    key = (window.results.current_scheme(), card.profile.name)
    assert window.project.persona_edits[key] == {
        "name": "Our Regulars", "notes": "Invite to the spring open day"}
    assert card.profile.persona.name == "Our Regulars"
    assert window.dirty


def test_save_and_reopen_project_shows_same_results(qtbot, window, spreadsheet, tmp_path,
                                                    monkeypatch, messages):
    from PySide6.QtWidgets import QFileDialog

    result = open_to_results(qtbot, window, spreadsheet)
    window.results.tabs.setCurrentIndex(1)
    card = window.results.personas.cards[0]
    card.name_edit.setText("Renamed")
    card.name_edit.editingFinished.emit()
    target = tmp_path / "client"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "DesktopSeg projects (*.dseg)"))
    with qtbot.waitSignal(window.runner.finished, timeout=TIMEOUT):
        window.act_save.trigger()
    saved = Path(str(target) + ".dseg")
    assert saved.exists() and not window.dirty
    assert window.windowTitle().startswith("client.dseg")
    before = {n: [(s.name, s.customers) for s in seg.segments]
              for n, seg in result.segmentations.items()}
    window.result = None
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        window.open_path(str(saved))
    after = {n: [(s.name, s.customers) for s in seg.segments]
             for n, seg in window.result.segmentations.items()}
    assert after == before
    scheme = window.results.current_scheme()
    assert window.result.segmentations[scheme].segments[0].persona.name == "Renamed"
    assert messages == []


def test_drop_a_file_anywhere_opens_it(qtbot, window, spreadsheet, messages):
    from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(spreadsheet)])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.preview_shown, timeout=TIMEOUT):
        window.dropEvent(event)
    assert event.isAccepted()


def test_shortcuts_are_set(window):
    from PySide6.QtGui import QKeySequence

    assert window.act_open.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert window.act_save.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert window.act_print.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert window.act_export_xlsx.shortcut() == QKeySequence("Ctrl+E")
    assert window.act_quit.shortcut() == QKeySequence("Ctrl+Q")


def test_sample_workbook_to_persona_cards(qtbot, window, samples_dir, messages):
    """The hardware store sample: preview, then one card per segment in every scheme."""
    path = samples_dir / "hardware_store_sales.xlsx"
    if not path.exists():
        pytest.skip("sample workbook not generated")
    with qtbot.waitSignal(window.preview_shown, timeout=TIMEOUT):
        window.open_path(str(path))
    assert window.preview.sheet_combo.count() >= 1
    assert window.preview.sheet_combo.currentText() == window.data.report.sheet
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        window.preview.continue_button.click()
    assert messages == []
    page = window.results
    assert "behavioral" in window.result.segmentations
    for name, seg in window.result.segmentations.items():
        assert page.select_scheme(name)
        assert page.buckets.model.rowCount() == len(seg.segments) >= 2
        page.tabs.setCurrentIndex(1)
        assert len(page.personas.cards) == len(seg.segments)
        page.tabs.setCurrentIndex(0)
        assert sum(s.customers for s in seg.segments) == len(window.result.customers)
    page.tabs.setCurrentIndex(2)
    page.charts.show_kind("effort_margin")
    assert page.charts.canvas.figure.axes[0].collections, "no bubbles drawn"


def test_changed_role_is_used_and_remembered(qtbot, window, spreadsheet, messages):
    """A role picked in the preview is applied; the next file with those columns skips it."""
    with qtbot.waitSignal(window.preview_shown, timeout=TIMEOUT):
        window.open_path(spreadsheet)
    receipt = next(c for c, r in window.preview.chosen_roles().items() if r == "order_id")
    window.preview.set_role(receipt, None)
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        window.preview.continue_button.click()
    assert window.data.mapping.roles[receipt] is None
    previews = []
    window.preview_shown.connect(lambda: previews.append(1))
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        window.open_path(spreadsheet)
    assert previews == []
    assert window.data.mapping.roles[receipt] is None


def test_a_mapping_mistake_is_fixed_in_the_preview(qtbot, window, spreadsheet, messages):
    """Unsetting the date column gives a plain message and the preview stays to fix it."""
    with qtbot.waitSignal(window.preview_shown, timeout=TIMEOUT):
        window.open_path(spreadsheet)
    date_col = next(c for c, r in window.preview.chosen_roles().items() if r == "date")
    window.preview.set_role(date_col, None)
    with qtbot.waitSignal(window.preview_shown, timeout=TIMEOUT):
        window.preview.continue_button.click()
    assert len(messages) == 1 and messages[0][0] == "warning"
    assert "date" in messages[0][2].lower()
    assert window.stack.currentWidget() is window.preview
    assert window.result is None
    window.preview.set_role(date_col, "date")
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        window.preview.continue_button.click()
    assert window.data.mapping.roles[date_col] == "date"


def test_exports_from_the_menu_write_real_files(qtbot, window, spreadsheet, tmp_path,
                                                monkeypatch, messages):
    """Excel, per-segment CSV lists and the PDF report, each written in the background."""
    import zipfile

    from PySide6.QtWidgets import QFileDialog

    open_to_results(qtbot, window, spreadsheet)
    targets = iter([str(tmp_path / "out.xlsx"), str(tmp_path / "report.pdf")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (next(targets), ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    with qtbot.waitSignal(window.runner.finished, timeout=TIMEOUT):
        window.act_export_xlsx.trigger()
    assert zipfile.is_zipfile(tmp_path / "out.xlsx")
    with qtbot.waitSignal(window.runner.finished, timeout=TIMEOUT):
        window.act_export_csv.trigger()
    # This shop's file has no e-mail addresses: nothing to import into a mailing tool, said so.
    assert [m[0] for m in messages] == ["information"] and "e-mail" in messages[0][2]
    messages.clear()
    with qtbot.waitSignal(window.runner.finished, timeout=TIMEOUT):
        window.act_pdf.trigger()
    assert (tmp_path / "report.pdf").read_bytes()[:5] == b"%PDF-"
    assert messages == []
    assert "report.pdf" in window.statusBar().currentMessage()


def test_csv_lists_for_mailing_tools(qtbot, window, samples_dir, tmp_path, monkeypatch,
                                    messages):
    """The florist's customers have e-mails: one list per segment that has any."""
    from PySide6.QtWidgets import QFileDialog

    path = samples_dir / "florist_square_items.xlsx"
    if not path.exists():
        pytest.skip("sample workbook not generated")
    open_to_results(qtbot, window, str(path))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    with qtbot.waitSignal(window.runner.finished, timeout=TIMEOUT) as blocker:
        window.act_export_csv.trigger()
    files = list(tmp_path.glob("*.csv"))
    assert len(files) == sum(1 for n in blocker.args[0].written.values() if n) > 1
    assert messages == []
    assert "lists written" in window.statusBar().currentMessage()


def test_print_preview_renders_the_report(qtbot, window, spreadsheet, tmp_path, messages):
    """What the print preview paints is the report (here sent to a PDF printer)."""
    from PySide6.QtPrintSupport import QPrinter

    open_to_results(qtbot, window, spreadsheet)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    window._render(printer)
    assert messages == []
    assert (tmp_path / "printed.pdf").stat().st_size > 1000


def test_unsaved_work_is_offered_back_after_a_crash(qtbot, window, spreadsheet, monkeypatch,
                                                    messages):
    """An autosave left by a crashed session is offered on the next start and reopens."""
    from desktopseg.gui import app

    open_to_results(qtbot, window, spreadsheet)
    window.results.tabs.setCurrentIndex(1)
    card = window.results.personas.cards[0]
    card.name_edit.setText("Saved by autosave")
    card.name_edit.editingFinished.emit()
    with qtbot.waitSignal(window.runner.finished, timeout=TIMEOUT):
        window._autosave()
    # A new session: the question is answered "Open".
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Open)
    from desktopseg.gui.main_window import MainWindow

    fresh = MainWindow()
    qtbot.addWidget(fresh)
    with qtbot.waitSignal(fresh.results_shown, timeout=TIMEOUT):
        app.offer_autosaves(fresh)
    scheme = fresh.results.current_scheme()
    names = [s.persona.name for s in fresh.result.segmentations[scheme].segments]
    assert "Saved by autosave" in names
    fresh.dirty = False
    fresh.close()


def test_closing_with_discard_leaves_no_autosave(qtbot, spreadsheet, monkeypatch, messages):
    """Answering Discard on close means the work is not offered back on the next start."""
    from desktopseg.core.project import pending_autosaves
    from desktopseg.gui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    open_to_results(qtbot, w, spreadsheet)
    w.results.tabs.setCurrentIndex(1)
    card = w.results.personas.cards[0]
    card.notes_edit.setPlainText("call in spring")
    with qtbot.waitSignal(w.runner.finished, timeout=TIMEOUT):
        w._autosave()
    assert len(pending_autosaves()) == 1
    w.close()  # the captured question answers Discard
    assert [m[0] for m in messages] == ["question"]
    assert pending_autosaves() == []


def test_own_rfm_cut_points_rerun_the_grouping(qtbot, window, spreadsheet, messages):
    """Cut points typed in the settings reach the engine and come back as the cuts used."""
    open_to_results(qtbot, window, spreadsheet)
    panel = window.settings_panel
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        panel.custom_cuts_check.setChecked(True)
        panel.cut_edits["R"].setText("20; 60; 120; 240")
        panel.flush()
    rfm = window.result.segmentations["behavioral"]
    assert rfm.details["thresholds"]["R"] == [20.0, 60.0, 120.0, 240.0]
    assert panel.cut_edits["R"].text() == "20; 60; 120; 240"
    assert messages == []
