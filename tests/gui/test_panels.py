"""Smaller screens on their own: settings panel, welcome page, window geometry, drag filter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent

from desktopseg.core.model import AnalysisSettings
from desktopseg.gui.settings_panel import SettingsPanel
from desktopseg.gui.welcome import WelcomePage

pytestmark = pytest.mark.gui


def test_settings_panel_emits_one_debounced_copy(qtbot):
    """Several quick edits give one settings_changed carrying all of them."""
    panel = SettingsPanel()
    qtbot.addWidget(panel)
    panel.set_settings(AnalysisSettings())
    seen = []
    panel.settings_changed.connect(seen.append)
    panel.levels_spin.setValue(3)
    panel.k_max_spin.setValue(12)
    panel.effort_checks["refunds"].setChecked(False)
    assert seen == []  # still waiting for the user to pause
    with qtbot.waitSignal(panel.settings_changed, timeout=5000):
        pass
    assert len(seen) == 1
    s = seen[0]
    assert (s.rfm_levels, s.k_max) == (3, 12)
    assert "refunds" not in s.effort_inputs


def test_settings_panel_allows_two_firmographic_dimensions_at_most(qtbot):
    panel = SettingsPanel()
    qtbot.addWidget(panel)
    panel.set_settings(AnalysisSettings(firmographic_dimensions=("sector", "size")))
    panel.dimension_checks["location"].setChecked(True)
    assert not panel.dimension_checks["location"].isChecked()
    assert panel.settings().firmographic_dimensions == ("sector", "size")


def test_settings_panel_analysis_date(qtbot):
    """Unticking 'the last sale' uses the date chosen; ticking it goes back to automatic."""
    from datetime import date

    panel = SettingsPanel()
    qtbot.addWidget(panel)
    panel.set_settings(AnalysisSettings(analysis_date=date(2026, 6, 30)))
    assert not panel.last_date_check.isChecked()
    assert panel.settings().analysis_date == date(2026, 6, 30)
    panel.last_date_check.setChecked(True)
    assert panel.settings().analysis_date is None


def test_welcome_lists_samples_and_opens_the_chosen_one(qtbot, samples_dir):
    page = WelcomePage()
    qtbot.addWidget(page)
    files = sorted(p for p in samples_dir.iterdir() if p.suffix in (".xlsx", ".csv"))
    if not files:
        pytest.skip("no sample workbooks")
    assert page.samples.count() == len(files)
    item = page.samples.item(0)
    with qtbot.waitSignal(page.open_requested, timeout=1000) as blocker:
        page.samples.itemActivated.emit(item)
    assert blocker.args[0] == str(files[0]) or blocker.args[0].endswith(files[0].name)


def test_window_size_is_remembered(qtbot):
    from desktopseg.gui.main_window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 500)


def test_only_files_we_can_open_are_accepted_for_dropping(qtbot, tmp_path):
    from desktopseg.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)

    def drag(name: str) -> bool:
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(tmp_path / name))])
        event = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        event.setAccepted(False)
        window.dragEnterEvent(event)
        return event.isAccepted()

    assert drag("sales.xlsx") and drag("client.dseg") and drag("export.CSV")
    assert not drag("holiday.jpg")


def test_language_choice_is_stored_for_the_next_start(qtbot):
    from PySide6.QtCore import QSettings

    from desktopseg.gui.app import LANGUAGE_KEY
    from desktopseg.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    finnish = next(a for a in window.language_menu.actions() if a.data() == "fi")
    finnish.trigger()
    assert QSettings().value(LANGUAGE_KEY) == "fi"
    assert finnish.isChecked()
    assert "next time" in window.statusBar().currentMessage()


def test_rfm_cut_points_show_what_was_used_and_can_be_set(qtbot):
    """The cuts of the last run are shown; ticking the box and editing sends them back."""

    from fakes import fake_result

    result = fake_result()
    result.segmentations["behavioral"].details["thresholds"] = {
        "R": [30.0, 90.0], "F": [1.0, 2.0], "M": [50.5, 120.0]}
    panel = SettingsPanel()
    qtbot.addWidget(panel)
    panel.set_settings(AnalysisSettings(), result)
    assert panel.cut_edits["R"].text() == "30; 90"
    assert not panel.cut_edits["R"].isEnabled()
    assert panel.settings().rfm_thresholds is None
    panel.custom_cuts_check.setChecked(True)
    panel.cut_edits["R"].setText("14; 60; 200")
    panel.cut_edits["M"].setText("50,5; 120")
    s = panel.settings()
    assert s.rfm_thresholds == {"R": [14.0, 60.0, 200.0], "F": [1.0, 2.0], "M": [50.5, 120.0]}
    panel.cut_edits["F"].setText("two; three")
    assert "F" not in panel.settings().rfm_thresholds


def test_persona_cards_arrive_a_few_per_turn_and_all_are_there_when_asked(qtbot):
    from desktopseg.core.pipeline import run
    from desktopseg.gui.common import REPO_DIR
    from desktopseg.gui.personas_view import PersonaCard, PersonaCardsView

    result = run(REPO_DIR / "sample_workbooks" / "florist_square_items.xlsx")
    seg = max(result.segmentations.values(),
              key=lambda s: sum(p.persona is not None for p in s.segments))
    want = [p.name for p in seg.segments if p.persona is not None]
    assert len(want) > PersonaCardsView.FIRST_CARDS  # the fixture must need more than one turn
    view = PersonaCardsView()
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.set_segmentation(seg)
    # The first screenful is there at once; the rest follow between events.
    assert len(view.findChildren(PersonaCard)) == PersonaCardsView.FIRST_CARDS
    assert view.pending() == len(want) - PersonaCardsView.FIRST_CARDS
    qtbot.waitUntil(lambda: view.pending() == 0, timeout=5000)
    assert [c.profile.name for c in view.findChildren(PersonaCard)] == want
    # A new segmentation replaces the old cards, and reading .cards never misses one.
    view.set_segmentation(seg)
    assert [c.profile.name for c in view.cards] == want and view.pending() == 0
    qtbot.wait(20)
    assert len(view.findChildren(PersonaCard)) == len(want)
