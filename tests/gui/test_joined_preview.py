"""The import preview shows each joined sheet with its columns and roles; a text column of the
customer can group them. Driven through the real window on the hardware store sample."""

from __future__ import annotations

import pytest
from fakes import capture_message_boxes
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox

pytestmark = pytest.mark.gui

TIMEOUT = 90_000
SHEET = "Service log"


@pytest.fixture
def messages(monkeypatch):
    """Capture message boxes instead of blocking on them."""
    return capture_message_boxes(monkeypatch)


@pytest.fixture
def hardware(samples_dir):
    path = samples_dir / "hardware_store_sales.xlsx"
    if not path.exists():
        pytest.skip("sample workbook not generated")
    return str(path)


def _preview(qtbot, window, path):
    with qtbot.waitSignal(window.preview_shown, timeout=TIMEOUT):
        window.open_path(path)
    return window.preview


def _combo(preview, name) -> QComboBox:
    return preview.findChild(QComboBox, name)


def test_joined_sheet_columns_are_listed_with_roles(qtbot, window, hardware, messages):
    """Every column of the Service log has a row and a "Used as" drop-down under its heading."""
    preview = _preview(qtbot, window, hardware)
    joined = window.data.report.joined
    assert [j["name"] for j in joined] == [SHEET] and joined[0]["used"]
    roles = preview.chosen_joined()[SHEET]
    import pandas as pd

    headers = list(pd.read_excel(hardware, sheet_name=SHEET, nrows=1, engine="openpyxl").columns)
    assert list(roles) == headers
    assert roles["Service Minutes"] == "service_minutes"
    assert SHEET not in preview.chosen_roles()  # the file's own columns stay apart
    assert "Service Minutes" not in preview.chosen_roles()
    box = preview._joined_boxes[SHEET]
    assert box.isChecked() and SHEET in box.text()
    combo = _combo(preview, f"joined:{SHEET}:Service Minutes")
    assert combo is not None and combo.isEnabled()
    assert SHEET in combo.toolTip()
    assert "below" in preview.joined_label.text()
    window.resize(1024, 700)
    preview.columns.scrollToItem(preview.columns.item(combo.property("row"), 0))
    qtbot.wait(50)
    window.grab().save("/tmp/joined_preview.png")


def test_wheel_over_a_joined_drop_down_does_not_change_it(qtbot, window, hardware, messages):
    """An unfocused joined-column drop-down ignores the wheel, like the file's own ones."""
    preview = _preview(qtbot, window, hardware)
    combo = _combo(preview, f"joined:{SHEET}:Phone Calls")
    before = combo.currentIndex()
    combo.clearFocus()
    event = QWheelEvent(QPointF(5, 5), QPointF(combo.mapToGlobal(QPoint(5, 5))), QPoint(0, 0),
                        QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(combo, event)
    assert combo.currentIndex() == before


def test_changed_joined_role_reaches_the_analysis(qtbot, window, hardware, messages):
    """Service Minutes set to "not used": the effort then comes from somewhere else."""
    preview = _preview(qtbot, window, hardware)
    preview.set_joined_role(SHEET, "Service Minutes", None)
    why = preview.columns.item(_combo(preview, f"joined:{SHEET}:Service Minutes")
                               .property("row"), 2).text()
    assert why  # the reason follows the choice
    assert preview.changed()
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        preview.continue_button.click()
    assert messages == []
    data = window.data
    assert data.mapping.joined[SHEET]["Service Minutes"] is None
    assert data.report.joined[0]["used"]
    assert "service_minutes" not in data.customers.columns
    assert "service_minutes" not in window.result.customers.columns
    assert "tickets" in window.result.customers.columns  # the rest of the sheet still joined


def test_a_joined_sheet_left_out_is_not_used_and_is_remembered(qtbot, window, hardware,
                                                               messages):
    """Unticking the Service log: no service columns; the next open remembers the choice."""
    preview = _preview(qtbot, window, hardware)
    preview._joined_boxes[SHEET].setChecked(False)
    assert not _combo(preview, f"joined:{SHEET}:Service Minutes").isEnabled()
    assert preview.left_out() == [SHEET]
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        preview.continue_button.click()
    assert messages == []
    data = window.data
    assert data.mapping.left_out == [SHEET]
    assert data.report.customer_source is None
    cust = window.result.customers
    assert not {"service_minutes", "tickets", "email"} & set(cust.columns)
    assert not [c for c in cust.columns if str(c).startswith("col:")]
    # The next open remembers the choice (no questions); the sheet is still listed, unticked,
    # so it can come back.
    window.dirty = False
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        window.open_path(hardware)
    assert window.data.mapping.left_out == [SHEET]
    assert window.data.report.joined[0]["used"] is False
    assert "service_minutes" not in window.result.customers.columns
    preview.set_import(hardware, window.data)
    assert preview._joined_boxes[SHEET].isChecked() is False
    assert "Left out" in preview.joined_label.text()


def test_group_by_customer_type_from_the_preview(qtbot, window, hardware, messages):
    """Choosing "Customer Type" gives a scheme whose groups are the column's values."""
    preview = _preview(qtbot, window, hardware)
    combo = preview.group_combo
    assert combo.findData("Customer Type") > 0
    assert combo.currentData() is None  # nothing is grouped until the owner asks
    combo.setCurrentIndex(combo.findData("Customer Type"))
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        preview.continue_button.click()
    assert messages == []
    seg = window.result.segmentations["custom"]
    assert {s.name for s in seg.segments} == {"Contractor", "Homeowner"}
    page = window.results
    assert page.select_scheme("custom")
    assert page.scheme_combo.currentText() == "Customer Type"
    model = page.buckets.model
    names = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert names == {"Contractor", "Homeowner"}
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.personas.pending() == 0, timeout=TIMEOUT)
    rules = {s.persona.rule for s in seg.segments}
    assert rules == {"Customer Type is Contractor", "Customer Type is Homeowner"}
    page.tabs.setCurrentIndex(0)
    window.resize(1024, 700)
    qtbot.wait(50)
    window.grab().save("/tmp/grouped_results.png")
    assert window.data.mapping.group_by == "Customer Type"
