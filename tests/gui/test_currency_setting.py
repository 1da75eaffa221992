"""Settings: the currency money is shown in, as detected or chosen."""

from __future__ import annotations

from desktopseg.core.model import AnalysisSettings
from desktopseg.gui.settings_panel import SettingsPanel


def test_currency_is_chosen_in_settings(qtbot):
    panel = SettingsPanel()
    qtbot.addWidget(panel)
    panel.set_settings(AnalysisSettings())
    assert panel.settings().currency is None  # as in the file
    with qtbot.waitSignal(panel.settings_changed, timeout=3000) as sig:
        panel.currency_box.set_code("EUR")
    assert sig.args[0].currency == "EUR"
    panel.set_settings(AnalysisSettings(currency="GBP"))
    assert panel.currency_box.code() == "GBP"
    assert panel.currency_box.currentText() == "GBP (£)"
