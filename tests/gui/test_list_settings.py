"""Settings for customer lists: the scores behind the number of groups, the owner's number."""

from __future__ import annotations

from desktopseg.core import pipeline
from desktopseg.gui.settings_panel import SettingsPanel

WHOLESALE = "/work/shared/data/wholesale_customers.csv"
MALL = "/work/shared/data/mall_customers.csv"


def test_scores_are_shown_and_the_owner_can_pick_the_number(qtbot):
    result = pipeline.run(WHOLESALE)
    panel = SettingsPanel()
    qtbot.addWidget(panel)
    panel.set_settings(result.settings, result)
    det = result.segmentations["clusters"].details
    text = panel.k_scores_label.text()
    for k, v in det["silhouettes"].items():
        assert f"{k}: {v:.2f}" in text
    assert f"<b>{det['k']}: " in text and det["k_rule"] in text
    assert panel.settings().k_groups is None
    with qtbot.waitSignal(panel.settings_changed, timeout=5000) as blocker:
        panel.k_choice.setCurrentIndex(panel.k_choice.findData(5))
    assert blocker.args[0].k_groups == 5
    panel.set_settings(blocker.args[0], result)
    assert panel.k_choice.currentData() == 5
    panel.resize(420, 900)
    panel.grab().save("/tmp/settings_k.png")


def test_demographic_dimensions_are_offered_for_lists_only(qtbot):
    mall = pipeline.run(MALL)
    panel = SettingsPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.set_settings(mall.settings, mall)
    assert panel.who_box.isVisible()
    with qtbot.waitSignal(panel.settings_changed, timeout=5000) as blocker:
        panel.demographic_checks["income"].setChecked(False)
        panel.demographic_checks["gender"].setChecked(True)
    assert blocker.args[0].demographic_dimensions == ("life_stage", "gender")
    panel.demographic_checks["marital"].setChecked(True)  # a third is refused
    assert not panel.demographic_checks["marital"].isChecked()
    sales = pipeline.run(WHOLESALE)
    panel.set_settings(sales.settings, sales)
    assert not panel.who_box.isVisible()
