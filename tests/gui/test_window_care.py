"""The window as a shop owner uses it: no accidental edits, nothing stale, exports that say
where they went, dialogs that start where the user was, things easy to find."""

from __future__ import annotations

from pathlib import Path

import pytest
from fakes import capture_message_boxes
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox

pytestmark = pytest.mark.gui

TIMEOUT = 60_000


@pytest.fixture
def messages(monkeypatch):
    """Capture message boxes, answering No, instead of blocking on them."""
    return capture_message_boxes(monkeypatch, QMessageBox.StandardButton.No)


def _wheel(widget, dy=-120):
    pos = QPointF(widget.rect().center())
    event = QWheelEvent(pos, QPointF(widget.mapToGlobal(pos.toPoint())), QPoint(0, 0),
                        QPoint(0, dy), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def _preview(qtbot, window, path):
    with qtbot.waitSignal(window.preview_shown, timeout=TIMEOUT):
        window.open_path(str(path))
    return window.preview


def _combo(preview, column) -> QComboBox:
    return next(preview.columns.cellWidget(r, 1) for r in range(preview.columns.rowCount())
                if preview.columns.cellWidget(r, 1).property("column") == column)


def test_wheel_over_an_unfocused_drop_down_changes_nothing(qtbot, window, samples_dir,
                                                          messages):
    """Scrolling over "Used as" scrolls the table; the role stays; once focused it may change."""
    preview = _preview(qtbot, window, samples_dir / "hardware_store_sales.xlsx")
    window.resize(1024, 700)
    before = preview.chosen_roles()
    combo = _combo(preview, "Channel")
    for _ in range(3):
        _wheel(combo)
    assert preview.chosen_roles() == before
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    index = combo.currentIndex()
    _wheel(combo)
    assert combo.currentIndex() != index  # a focused box still answers the wheel


def test_a_role_that_contradicts_the_content_is_flagged_before_continue(qtbot, window,
                                                                        samples_dir, messages):
    """Channel chosen as "Sale or refund": the Why cell and a line above Continue say so, and
    Continue asks before analysing."""
    preview = _preview(qtbot, window, samples_dir / "hardware_store_sales.xlsx")
    row = next(r for r in range(preview.columns.rowCount())
               if preview.columns.item(r, 0).text() == "Channel")
    before_why = preview.columns.item(row, 2).text()
    assert preview.role_warning.isHidden()
    preview.set_role("Channel", "event_type")
    why = preview.columns.item(row, 2).text()
    assert why != before_why and "Channel" in why and "Delivery" in why
    assert not preview.role_warning.isHidden() and "Channel" in preview.role_warning.text()
    preview.continue_button.click()  # the question is answered No
    assert [m[0] for m in messages] == ["warning"]
    assert not window.runner.is_busy() and window.stack.currentWidget() is preview
    # Back to what the importer found: the reason comes back, the warning goes.
    preview.set_role("Channel", "channel")
    assert preview.columns.item(row, 2).text() == before_why
    assert preview.role_warning.isHidden()


def test_text_column_as_amount_is_flagged(qtbot, window, samples_dir, messages):
    preview = _preview(qtbot, window, samples_dir / "hardware_store_sales.xlsx")
    preview.set_role("Item", "quantity")
    assert "Item" in preview.role_warnings() and "not numbers" in preview.role_warnings()["Item"]


def test_reasons_name_roles_in_words(qtbot, window, samples_dir, messages):
    """No role key (order_id, segment_hint) in the Why column."""
    from desktopseg.core.model import ALL_ROLES

    preview = _preview(qtbot, window, samples_dir / "hardware_store_sales.xlsx")
    whys = [preview.columns.item(r, 2).text() for r in range(preview.columns.rowCount())]
    assert any(whys)
    for text in whys:
        # Keys with an underscore are code; "date" or "tickets" are plain English words.
        for role in (r for r in ALL_ROLES if "_" in r):
            assert f" {role}" not in text and f"{role} " not in text, (role, text)


def test_title_follows_the_file_in_the_preview(qtbot, window, spreadsheet, samples_dir,
                                               messages):
    """Results of one file, then another file's preview: the title names the new file."""
    from tests.gui.test_window import open_to_results

    open_to_results(qtbot, window, spreadsheet)
    assert window.windowTitle().startswith("shop_sales.csv")
    _preview(qtbot, window, samples_dir / "hardware_store_sales.xlsx")
    assert window.windowTitle().startswith("hardware_store_sales.xlsx")


def test_renamed_persona_is_renamed_in_its_story(qtbot, window, spreadsheet, messages):
    from tests.gui.test_window import open_to_results

    open_to_results(qtbot, window, spreadsheet)
    window.results.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: bool(window.results.personas.cards), timeout=TIMEOUT)
    card = next(c for c in window.results.personas.cards
                if c.story_label is not None and c.profile.persona.name in c.story_label.text())
    old = card.profile.persona.name
    card.name_edit.setText("Fading " + old)
    card.name_edit.editingFinished.emit()
    assert ("Fading " + old) in card.story_label.text()
    # And after a re-run with the saved edits (what the report and exports are made from).
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        window.run_analysis()
    scheme = window.results.current_scheme()
    seg = window.result.segmentations[scheme].segment(card.profile.name)
    assert seg.persona.name == "Fading " + old and ("Fading " + old) in seg.persona.story


def test_export_offers_open_and_show_in_folder_and_remembers_the_folder(
        qtbot, window, spreadsheet, tmp_path, monkeypatch, messages):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    from tests.gui.test_window import open_to_results

    open_to_results(qtbot, window, spreadsheet)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    starts = []
    out = tmp_path / "exports" / "out.xlsx"
    out.parent.mkdir()

    def save_name(parent, title, start, filt):
        starts.append(Path(start).parent)
        return str(out), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    with qtbot.waitSignal(window.runner.finished, timeout=TIMEOUT):
        window.act_export_xlsx.trigger()
    box = window.export_box
    assert box.isVisible() and str(out) in box.text()
    box.open_button.click()
    assert opened[-1].isLocalFile() and Path(opened[-1].toLocalFile()) == out.resolve()
    with qtbot.waitSignal(window.runner.finished, timeout=TIMEOUT):
        window.act_pdf.trigger()
    window.export_box.folder_button.click()
    assert Path(opened[-1].toLocalFile()) == out.parent.resolve()
    # The second dialog started where the first export went, not in the program's folder.
    assert starts[1] == out.parent


def test_save_dialog_does_not_start_in_the_samples_folder(qtbot, window, samples_dir,
                                                          monkeypatch, messages):
    from desktopseg.gui.export_done import save_folder

    window.open_path(str(samples_dir / "florist_square_items.xlsx"))
    qtbot.waitUntil(lambda: not window.runner.is_busy(), timeout=TIMEOUT)
    assert save_folder().resolve() != samples_dir.resolve()


def test_file_close_and_settings_button(qtbot, window, spreadsheet, messages):
    from tests.gui.test_window import open_to_results

    open_to_results(qtbot, window, spreadsheet)
    window.results.settings_button.click()
    assert window.settings_dock.isVisible()
    assert window.act_close.isEnabled()
    window.act_close.trigger()
    assert window.stack.currentWidget() is window.welcome and window.result is None
    assert not window.act_close.isEnabled() and not window.act_export_xlsx.isEnabled()
    assert not window.settings_dock.isVisible()


def test_single_click_on_a_sample_says_how_to_open_it(qtbot, window, messages):
    samples = window.welcome.samples
    if not samples.item(0).data(Qt.ItemDataRole.UserRole):
        pytest.skip("no sample workbooks")
    before = window.welcome.hint.text()
    rect = samples.visualItemRect(samples.item(0))
    qtbot.mouseClick(samples.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert samples.currentRow() == 0
    assert window.welcome.hint.text() != before and "double-click" in window.welcome.hint.text()
    assert not window.runner.is_busy()


def test_remembered_columns_message_is_cleared_for_another_file(qtbot, window, spreadsheet,
                                                                samples_dir, messages):
    window.statusBar().showMessage("Columns set as you chose last time for a file like this.")
    _preview(qtbot, window, samples_dir / "hardware_store_sales.xlsx")
    assert "last time" not in window.statusBar().currentMessage()


def test_a_joined_sheet_is_named_in_the_preview(qtbot, window, samples_dir, messages):
    """The hardware store's Service log is joined: the preview says so and what it adds."""
    preview = _preview(qtbot, window, samples_dir / "hardware_store_sales.xlsx")
    text = preview.joined_label.text()
    assert not preview.joined_label.isHidden()
    assert "Service log" in text and "Service minutes" in text
