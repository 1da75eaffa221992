"""The rule editor: live counts equal pandas' counts, errors point at the place, rules re-run."""

from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from desktopseg.core import pipeline
from desktopseg.gui.rules_editor import RulesEditor, quoted

MALL = "/work/shared/data/mall_customers.csv"
TIMEOUT = 60_000


@pytest.fixture(scope="module")
def mall():
    return pipeline.run(MALL), pd.read_csv(MALL)


def open_to_results(qtbot, window, path: str):
    """Open ``path``, accept the column preview if shown, wait for results."""
    with qtbot.waitSignals([window.runner.busy_changed], timeout=TIMEOUT):
        window.open_path(path)
    if window.results is None or window.stack.currentWidget() is not window.results:
        qtbot.waitUntil(lambda: not window.runner.is_busy(), timeout=TIMEOUT)
        if window.stack.currentWidget() is window.preview:
            with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
                window.preview.continue_button.click()
    qtbot.waitUntil(lambda: not window.runner.is_busy(), timeout=TIMEOUT)
    return window.result


def ok_button(dialog):
    return dialog.box.button(QDialogButtonBox.StandardButton.Ok)


def test_counts_per_group_are_pandas_counts(qtbot, mall):
    """First match wins; the counts shown add up to everyone and match pandas."""
    result, raw = mall
    dialog = RulesEditor(result.customers, {"name": "Mall", "segments": [
        {"name": "Young big spenders", "when": 'Age < 35 and "SpendingScore (1-100)" > 60'},
        {"name": "Well off", "when": '"AnnualIncome (k$)" >= 70'}], "otherwise": "Rest"})
    qtbot.addWidget(dialog)
    young = (raw["Age"] < 35) & (raw["SpendingScore (1-100)"] > 60)
    well_off = ~young & (raw["AnnualIncome (k$)"] >= 70)
    counts = dialog.counts()
    assert counts["Young big spenders"] == f"{int(young.sum()):,}"
    assert counts["Well off"] == f"{int(well_off.sum()):,}"
    assert counts["Rest"] == f"{int((~young & ~well_off).sum()):,} customers"
    assert ok_button(dialog).isEnabled()


def test_typing_recounts_and_a_bad_condition_points_at_its_place(qtbot, mall):
    result, raw = mall
    dialog = RulesEditor(result.customers, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not ok_button(dialog).isEnabled()  # nothing to group by yet
    dialog.grid.item(0, 0).setText("Women")
    dialog.grid.item(0, 1).setText("Gender = 'Female'")
    qtbot.waitUntil(lambda: dialog.counts()["Women"] != "", timeout=TIMEOUT)
    assert dialog.counts()["Women"] == f"{int((raw['Gender'] == 'Female').sum()):,}"
    dialog.grid.item(0, 1).setText("Gender.__class__ = 'x'")
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=TIMEOUT)
    lines = dialog.message.text().splitlines()
    assert "'.'" in lines[0] or "Looking inside" in lines[0]
    assert lines[-2][lines[-1].index("^")] == "."
    assert not ok_button(dialog).isEnabled()
    assert dialog.counts()["Women"] == "can't read"
    dialog.grid.item(0, 1).setText("Gender = 'Female' and Age between 20 and 29")
    qtbot.waitUntil(lambda: not dialog.message.isVisible(), timeout=TIMEOUT)
    want = (raw["Gender"] == "Female") & raw["Age"].between(20, 29)
    assert dialog.counts()["Women"] == f"{int(want.sum()):,}"
    assert ok_button(dialog).isEnabled()
    dialog.grab().save("/tmp/rules_editor.png")


def test_moving_a_group_up_changes_who_it_gets(qtbot, mall):
    result, raw = mall
    dialog = RulesEditor(result.customers, {"name": "", "segments": [
        {"name": "Over 30", "when": "Age > 30"}, {"name": "Over 50", "when": "Age > 50"}]})
    qtbot.addWidget(dialog)
    assert dialog.counts()["Over 50"] == "0"
    dialog.grid.setCurrentCell(1, 1)
    dialog.move_group(-1)
    assert dialog.counts()["Over 50"] == f"{int((raw['Age'] > 50).sum()):,}"
    assert [s["name"] for s in dialog.rules()["segments"]] == ["Over 50", "Over 30"]


def test_double_click_inserts_a_quoted_column(qtbot, mall):
    result, _raw = mall
    dialog = RulesEditor(result.customers, None)
    qtbot.addWidget(dialog)
    item = dialog.columns.findItems("AnnualIncome (k$)", pytest.importorskip(
        "PySide6.QtCore").Qt.MatchFlag.MatchExactly)[0]
    dialog._insert_column(item)
    assert dialog.grid.item(0, 1).text().strip() == '"AnnualIncome (k$)"'
    assert quoted("Kidhome") == "Kidhome" and quoted("My col") == '"My col"'


def test_window_runs_the_rules_saves_them_and_offers_them_again(qtbot, window, monkeypatch):
    """Ctrl+G edits the groups; the analysis re-runs with them; the next same file gets them."""
    open_to_results(qtbot, window, MALL)
    assert window.act_rules.shortcut().toString() == "Ctrl+G"
    rules = {"name": "Mall", "segments": [{"name": "Older", "when": "Age >= 50"}],
             "otherwise": "Younger"}

    def fake_exec(dialog):
        dialog.set_rules(rules)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RulesEditor, "exec", fake_exec)
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        window.act_rules.trigger()
    seg = window.result.segmentations["custom"]
    raw = pd.read_csv(MALL)
    assert seg.segment("Older").customers == int((raw["Age"] >= 50).sum())
    assert window.project.settings.custom_rules["segments"][0]["when"] == "Age >= 50"
    # A second file with the same columns: the groups come back by themselves. The changed
    # groups are unsaved work, so opening asks first; the answer here is "Don't save".
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[1] if len(args) > 1 else "")
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", answer)
    open_to_results(qtbot, window, MALL)
    assert asked == ["Save your changes?"]
    assert "custom" in window.result.segmentations
    assert window.result.segmentations["custom"].segment("Younger").customers == int(
        (raw["Age"] < 50).sum())
    assert window.project.settings.custom_rules["name"] == "Mall"


def test_own_groups_take_the_place_of_a_group_by_column_and_say_so(qtbot, window, monkeypatch):
    """Grouped by Gender in the preview, the editor says so; OK shows the owner's groups."""
    import dataclasses

    open_to_results(qtbot, window, MALL)
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        window.run_analysis(dataclasses.replace(window.result.settings, group_by="Gender"))
    assert window.result.segmentations["custom"].details.get("group_by")
    seen = {}

    def fake_exec(dialog):
        seen["note"] = dialog.grouped_by_note.text() if dialog.grouped_by_note.isVisibleTo(
            dialog) else ""
        dialog.set_rules({"name": "Mall", "segments": [{"name": "Older", "when": "Age >= 50"}],
                          "otherwise": "Younger"})
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RulesEditor, "exec", fake_exec)
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        window.act_rules.trigger()
    assert "grouped by the column 'Gender'" in seen["note"]
    seg = window.result.segmentations["custom"]
    assert [s.name for s in seg.segments] == ["Older", "Younger"]
    assert seg.segment("Older").customers == int((pd.read_csv(MALL)["Age"] >= 50).sum())
    assert window.result.settings.group_by is None
    window.dirty = False  # the changed groups are unsaved: closing would ask
