"""Opening a project shows the results kept in it without running the analysis; a project
without them (older files) or with stale ones is analysed again (issue 19, point 8)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fakes import capture_message_boxes

from desktopseg.core import pipeline
from desktopseg.core.project import load_project, new_project, save_project
from desktopseg.gui import jobs

pytestmark = pytest.mark.gui

TIMEOUT = 60_000
SAMPLE = Path(__file__).resolve().parents[2] / "sample_workbooks" / "florist_square_items.xlsx"


@pytest.fixture(scope="module")
def florist():
    data = pipeline.load(str(SAMPLE))
    return data, pipeline.analyse(data)


def _groups_and_cards(window):
    """Every scheme's groups with counts, and the persona cards of the shown scheme."""
    window.results.tabs.setCurrentIndex(1)  # the cards are built when their tab shows
    groups = {n: [(s.name, s.customers, round(s.revenue, 2)) for s in seg.segments]
              for n, seg in window.result.segmentations.items()}
    cards = [(c.profile.name, c.profile.persona.name, c.profile.persona.story)
             for c in window.results.personas.cards]
    return groups, cards


def test_saved_project_opens_with_the_same_groups_and_cards_without_analysing(
        qtbot, window, florist, tmp_path, monkeypatch):
    data, result = florist
    project = new_project(data, result.settings)
    project.result = result
    project.persona_edits[("behavioral", result.segmentations["behavioral"].segments[0].name)] \
        = {"name": "Fading Jack", "notes": ""}
    save_project(tmp_path / "shop.dseg", project)
    messages = capture_message_boxes(monkeypatch)
    started = []
    real_start = window.runner.start
    monkeypatch.setattr(window.runner, "start",
                        lambda fn, *a, **k: (started.append(fn.__name__), real_start(fn, *a, **k)))
    monkeypatch.setattr(pipeline, "analyse", lambda *a, **k: pytest.fail("analysis ran"))
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        window.open_path(str(tmp_path / "shop.dseg"))
    assert started == ["open_saved_project"]  # no analysis job, here or in the child process
    groups, cards = _groups_and_cards(window)
    assert groups == {n: [(s.name, s.customers, round(s.revenue, 2)) for s in seg.segments]
                      for n, seg in result.segmentations.items()}
    assert cards and cards[0][1] == "Fading Jack" and "Fading Jack" in cards[0][2]
    assert [c[0] for c in cards] == [
        s.name for s in window.result.segmentations[window.results.current_scheme()].segments]
    assert not window.dirty and messages == []


def test_save_from_the_window_keeps_results_and_reopens_them(qtbot, window, florist, tmp_path,
                                                             monkeypatch):
    """The window's own save writes what it shows; reopening shows the same, not re-run."""
    data, result = florist
    old = tmp_path / "old.dseg"
    save_project(old, new_project(data, result.settings))  # as saved before results were kept
    messages = capture_message_boxes(monkeypatch)
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        window.open_path(str(old))  # re-runs: the file holds no results
    before = _groups_and_cards(window)
    target = tmp_path / "again.dseg"
    with qtbot.waitSignal(window.runner.finished, timeout=TIMEOUT):
        window._start("save", jobs.save_project, str(target), window.project)
    assert load_project(target).result is not None
    started = []
    real_start = window.runner.start
    monkeypatch.setattr(window.runner, "start",
                        lambda fn, *a, **k: (started.append(fn.__name__), real_start(fn, *a, **k)))
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        window.open_path(str(target))
    assert started == ["open_saved_project"]
    assert _groups_and_cards(window) == before
    assert messages == []


def test_project_without_results_is_analysed_on_opening(qtbot, window, florist, tmp_path,
                                                        monkeypatch):
    """An older project (no results kept) still opens: its data is analysed again."""
    data, result = florist
    save_project(tmp_path / "old.dseg", new_project(data, result.settings))
    messages = capture_message_boxes(monkeypatch)
    started = []
    real_start = window.runner.start
    monkeypatch.setattr(window.runner, "start",
                        lambda fn, *a, **k: (started.append(fn.__name__), real_start(fn, *a, **k)))
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        window.open_path(str(tmp_path / "old.dseg"))
    assert started == ["open_saved_project", "open_project"]
    assert {n: [s.name for s in seg.segments] for n, seg in window.result.segmentations.items()} \
        == {n: [s.name for s in seg.segments] for n, seg in result.segmentations.items()}
    assert messages == []
