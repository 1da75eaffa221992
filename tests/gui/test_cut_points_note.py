"""Settings: every cut point the analysis used is shown, and when a measure has fewer levels
than chosen (ties merged them) a note says so in words, with how a change re-runs."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from desktopseg.core import pipeline
from desktopseg.gui.settings_panel import SettingsPanel, parse_cuts

pytestmark = pytest.mark.gui

SAMPLES = Path(__file__).resolve().parents[2] / "sample_workbooks"


def _panel(qtbot, result, settings=None):
    panel = SettingsPanel()
    qtbot.addWidget(panel)
    panel.set_settings(settings or result.settings, result)
    return panel


@pytest.fixture(scope="module")
def hardware():
    return pipeline.analyse(pipeline.load(str(SAMPLES / "hardware_store_sales.xlsx")))


def test_merged_levels_are_explained_and_every_cut_shown(qtbot, hardware):
    details = hardware.segmentations["behavioral"].details
    panel = _panel(qtbot, hardware)
    for dim, edit in panel.cut_edits.items():
        assert parse_cuts(edit.text()) == pytest.approx(sorted(details["thresholds"][dim]))
        assert len(parse_cuts(edit.text())) == details["score_levels"][dim] - 1
    merged = [d for d in "RFM" if details["score_levels"][d] < hardware.settings.rfm_levels]
    assert merged == ["R"]  # many of the hardware store's customers bought on the last day
    note = panel.cuts_note.text()
    assert "Days since last purchase: 4 levels, not 5." in note
    assert "share the same value" in note and "Number of orders:" not in note
    assert "works the groups out again" in note


def test_a_repeated_cut_point_is_explained(qtbot):
    result = pipeline.analyse(pipeline.load(str(SAMPLES / "european_shop_export.csv")))
    cuts = result.segmentations["behavioral"].details["thresholds"]["F"]
    assert len(set(cuts)) < len(cuts)  # one-time buyers fill two levels
    panel = _panel(qtbot, result)
    note = panel.cuts_note.text()
    assert "Number of orders: the cut point 1 appears twice" in note


def test_own_cut_points_get_no_merged_levels_note(qtbot, hardware):
    own = dataclasses.replace(hardware.settings, rfm_thresholds={"R": [10, 60]})
    result = dataclasses.replace(hardware, settings=own)
    result.segmentations = dict(hardware.segmentations)
    details = dict(hardware.segmentations["behavioral"].details)
    details["score_levels"] = {**details["score_levels"], "R": 3}
    result.segmentations["behavioral"] = dataclasses.replace(
        hardware.segmentations["behavioral"], details=details)
    panel = _panel(qtbot, result, own)
    note = panel.cuts_note.text()
    assert "levels, not" not in note and "works the groups out again" in note
