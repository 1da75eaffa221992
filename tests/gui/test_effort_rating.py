"""The owner's effort rating per segment: typed in the Groups table or on a card, shown as
"your rating", and still there after save, close and reopen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktopseg.gui.models import BucketsModel

pytestmark = pytest.mark.gui

TIMEOUT = 60_000  # the first analysis imports scikit-learn on a busy 2-core machine


def open_to_results(qtbot, window, path: str):
    """Open ``path``, accept the column preview if shown, wait for results."""
    with qtbot.waitSignals([window.runner.busy_changed], timeout=TIMEOUT):
        window.open_path(path)
    if window.results is None or window.stack.currentWidget() is not window.results:
        qtbot.waitUntil(lambda: not window.runner.is_busy(), timeout=TIMEOUT)
        with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
            window.preview.continue_button.click()
    return window.result


@pytest.fixture
def messages(monkeypatch):
    """Capture message boxes instead of blocking on them."""
    from PySide6.QtWidgets import QMessageBox

    seen: list[tuple[str, str]] = []

    def capture(kind):
        def show(parent, title, text, *args, **kwargs):
            seen.append((kind, text))
            return QMessageBox.StandardButton.Discard

        return show

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, capture(kind))
    return seen


def _effort_index(window, row: int):
    model = window.results.buckets.model
    return model, model.index(row, BucketsModel.COLUMNS.index("effort"))


def test_rating_in_the_groups_table_updates_card_and_chart(qtbot, window, spreadsheet, messages):
    result = open_to_results(qtbot, window, spreadsheet)
    window.results.refresh_all()
    model, index = _effort_index(window, 0)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    segment = model.segment_at(0)
    assert segment.extra.get("effort_source") == "estimated"
    assert "estimated from activity" in model.data(index)
    with qtbot.waitSignal(window.results.effort_rated, timeout=5000):
        assert model.setData(index, 9, Qt.ItemDataRole.EditRole)
    scheme = window.results.current_scheme()
    assert result.settings.effort_ratings[scheme][segment.name] == 9.0
    assert segment.avg_effort == 9.0 and segment.extra["effort_source"] == "rating"
    assert window.dirty
    model, index = _effort_index(window, 0)  # the tab was rebuilt
    assert "your rating" in model.data(index)
    figures = dict(segment.persona.key_figures)
    assert "your rating" in figures["Service effort"]
    assert "(your rating)" in segment.persona.story
    # The chart is redrawn from the rated figure at once.
    window.results.tabs.setCurrentIndex(2)
    window.results.charts.show_kind("effort_margin")
    texts = [t.get_text() for t in window.results.charts.figure.axes[0].texts]
    assert any("your rating" in t for t in texts)


def test_ratings_survive_save_close_and_reopen(qtbot, window, spreadsheet, tmp_path,
                                               monkeypatch, messages):
    from PySide6.QtWidgets import QFileDialog

    from desktopseg.gui.main_window import MainWindow

    open_to_results(qtbot, window, spreadsheet)
    window.results.tabs.setCurrentIndex(1)
    card = window.results.personas.cards[0]
    name = card.profile.name
    with qtbot.waitSignal(window.results.effort_rated, timeout=5000):
        card.rating_box.spin.setValue(3)
        card.rating_box.spin.editingFinished.emit()
    target = tmp_path / "rated"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "DesktopSeg projects (*.dseg)"))
    with qtbot.waitSignal(window.runner.finished, timeout=TIMEOUT):
        window.act_save.trigger()
    saved = Path(str(target) + ".dseg")
    assert saved.exists() and not window.dirty
    window.close()

    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    try:
        with qtbot.waitSignal(again.results_shown, timeout=TIMEOUT):
            again.open_path(str(saved))
        seg = again.result.segmentations[again.results.current_scheme()]
        rated = seg.segment(name)
        assert rated.avg_effort == 3.0 and rated.extra["effort_source"] == "rating"
        again.results.tabs.setCurrentIndex(1)
        card = next(c for c in again.results.personas.cards if c.profile.name == name)
        assert card.rating_box.spin.value() == 3
        # Clearing the rating brings the estimate back.
        with qtbot.waitSignal(again.results.effort_rated, timeout=5000):
            card.rating_box.spin.setValue(0)
            card.rating_box.spin.editingFinished.emit()
        assert rated.extra["effort_source"] == "estimated"
        assert rated.avg_effort == rated.extra["effort_measured"]
    finally:
        again.dirty = False
        again.close()
    assert messages == []
