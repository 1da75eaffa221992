"""No internal words on any screen: every visible string of every screen, on every sample and
shared data file, in all four languages, is scanned for role keys, scheme keys, R/F/M codes,
raw codes shown as places and counts not made singular (see visible_text.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))

from visible_text import internal_words, scan, visible_strings  # noqa: E402

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
FILES = sorted(p for p in (ROOT / "sample_workbooks").iterdir()
               if p.suffix in (".xlsx", ".csv")) + sorted(
    (ROOT.parent / "shared" / "data").glob("*.csv"))
LANGUAGES = ("en", "fi", "ko", "zh_CN")


def test_the_scanner_finds_what_it_must():
    """The scanner itself: each kind of internal word is caught, plain text passes."""
    assert internal_words("header 'Receipt' means order_id")
    assert internal_words("Bought 3 times: R2 F1 M2 -> About to Sleep")
    assert internal_words("Not run: firmographic")
    assert internal_words("1 customers in Lost")
    assert internal_words("last bought 1 days ago")
    assert internal_words("Usually from 3")
    assert internal_words("50 employees staff")
    assert not internal_words("Bought 3 times, last 12 days ago; 1 customer in Lost")
    assert not internal_words("Typically: 73% in store")


def screens_strings(qtbot, path: Path, language: str) -> list[str]:
    """Every string the welcome page, menus, preview, results, drill-down and settings show."""
    from desktopseg.core import pipeline
    from desktopseg.core.model import AnalysisSettings
    from desktopseg.gui.app import install_translators
    from desktopseg.gui.main_window import MainWindow
    from desktopseg.gui.settings_panel import SettingsPanel

    app = QApplication.instance()
    QLocale.setDefault(QLocale(language))
    translators = install_translators(app, QLocale(language))
    try:
        data = pipeline.load(str(path))
        result = pipeline.analyse(data, AnalysisSettings(persona_language=language))
        window = MainWindow()
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        strings = visible_strings(window)
        for menu_action in window.menuBar().actions():
            strings.append(menu_action.text().replace("&", ""))
            menu = menu_action.menu()
            if menu is not None:
                strings += [a.text().replace("&", "") for a in menu.actions()]
        window.path, window.data = str(path), data
        window.show_preview()
        strings += visible_strings(window.preview)
        page = window._ensure_results()
        page.set_result(result)
        window.stack.setCurrentWidget(page)
        for i in range(page.scheme_combo.count()):
            if not page.scheme_combo.model().item(i).isEnabled():
                continue
            page.scheme_combo.setCurrentIndex(i)
            page.refresh_all()
            qtbot.waitUntil(lambda: page.personas.pending() == 0, timeout=60_000)
            for tab in range(page.tabs.count()):
                page.tabs.setCurrentIndex(tab)
                strings += visible_strings(page)
            charts = page.charts
            for row in range(charts.chooser.count()):
                charts.chooser.setCurrentRow(row)
                strings += visible_strings(charts)
            seg = page.current_segmentation()
            if seg is not None and seg.segments:
                dialog = page.show_bucket(seg.segments[0].name)
                strings += visible_strings(dialog)
                dialog.close()
        panel = SettingsPanel()
        qtbot.addWidget(panel)
        panel.set_settings(result.settings, result)
        panel.show()
        strings += visible_strings(panel)
        window.dirty = False
        window.close()
        return strings
    finally:
        for t in translators:
            app.removeTranslator(t)
        QLocale.setDefault(QLocale("en_US"))
        install_translators(app, QLocale("en_US"))
        QTimer.singleShot(0, lambda: None)


#: Kinds of finding that come from the persona cards' wording ("Usually from 3" for a coded
#: region, "employees staff"), checked on the two files that used to show them, below.
PERSONA_WORDING = ("raw code as a place", "doubled word")


def _split(found: dict[str, list[str]]) -> tuple[dict, dict]:
    mine, elsewhere = {}, {}
    for text, why in found.items():
        rest = [w for w in why if not w.startswith(PERSONA_WORDING)]
        if rest:
            mine[text] = rest
        if len(rest) < len(why):
            elsewhere[text] = [w for w in why if w.startswith(PERSONA_WORDING)]
    return mine, elsewhere


def _report(found: dict) -> str:
    return "\n".join(f"{text[:120]!r}: {why}" for text, why in list(found.items())[:40])


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_internal_words_on_any_screen(qtbot, path, language):
    mine, _elsewhere = _split(scan(screens_strings(qtbot, path, language)))
    assert not mine, _report(mine)


@pytest.mark.parametrize("name", ["wholesale_customers.csv", "b2b_supplier.xlsx"])
def test_persona_cards_name_places_and_sizes_in_words(qtbot, name):
    path = next(p for p in FILES if p.name == name)
    _mine, elsewhere = _split(scan(screens_strings(qtbot, path, "en")))
    assert not elsewhere, _report(elsewhere)
