"""The chosen language reaches the window, the core, persona names, numbers, dates and the PDF."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from importlib import resources

import pytest
from PySide6.QtCore import QLocale, QTranslator

from desktopseg.core import i18n
from desktopseg.gui.app import install_core_translator, translation_dirs
from desktopseg.gui.i18n_build import TS_DIR

pytestmark = pytest.mark.gui


@pytest.fixture
def locale_as():
    """Switch the default QLocale for one test; restore it and the core translator after."""
    before = QLocale()

    def switch(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield switch
    QLocale.setDefault(before)
    i18n.set_translator(None)
    i18n.set_number_marks(None)


def _persona_pool(language: str) -> set[str]:
    text = resources.files("desktopseg.core").joinpath("data/persona_names.json").read_text(
        "utf-8")
    return set(json.loads(text)[language])


@pytest.mark.parametrize("language,menu", [("fi", "&Tiedosto"), ("ko", "파일(&F)"),
                                           ("zh_CN", "文件(&F)")])
def test_the_app_finds_and_loads_each_compiled_translation(language, menu):
    """The window's loader (translation_dirs + QTranslator) finds desktopseg_<lang>.qm."""
    assert TS_DIR in translation_dirs()
    tr = QTranslator()
    assert tr.load(QLocale(language), "desktopseg", "_", str(TS_DIR))
    assert tr.translate("MainWindow", "&File") == menu


def test_core_text_in_a_worker_process_uses_the_window_language(locale_as):
    """Without a QApplication (the worker's child), core _() text is still translated."""
    assert install_core_translator("ko")
    assert i18n._("Champions") == "최우수 고객"
    assert i18n._("{n:,} customers").format(n=3000) == "고객 3,000명"
    assert i18n._("no such text in the catalogue") == "no such text in the catalogue"
    assert not install_core_translator("xx_YY") or i18n._("Champions") != "Champions"


@pytest.mark.parametrize("language,expected", [("fi", "fi"), ("ko", "ko"), ("zh_CN", "zh_CN"),
                                               ("de_DE", "en"), ("en_US", "en")])
def test_persona_language_follows_the_window(locale_as, language, expected):
    from desktopseg.gui.common import ui_language

    locale_as(language)
    assert ui_language() == expected


@pytest.mark.parametrize("language", ["ko", "zh_CN", "fi"])
def test_persona_names_come_from_the_chosen_language(samples_dir, language):
    """An analysis with persona_language set names every persona from that language's list."""
    from desktopseg.core import pipeline
    from desktopseg.core.model import AnalysisSettings

    data = pipeline.load(samples_dir / "florist_square_items.xlsx")
    result = pipeline.analyse(data, AnalysisSettings(persona_language=language),
                              only=("behavioral",))
    names = [s.persona.name for s in result.segmentations["behavioral"].segments if s.persona]
    pool = _persona_pool(language)
    assert names and all(n.split(" ")[0] in pool for n in names), names


@pytest.mark.parametrize("language,money,date", [
    ("fi", "12 345,50", "31.12.2024"),
    ("ko", "12,345.50", "2024. 12. 31."),
    ("zh_CN", "12,345.50", "2024/12/31"),
    ("en_US", "12,345.50", "12/31/2024"),
])
def test_numbers_and_dates_in_views_follow_the_locale(locale_as, language, money, date):
    from desktopseg.gui.common import fmt_date, fmt_money

    locale_as(language)
    # Finnish groups thousands with a no-break space.
    assert fmt_money(12345.5, 2).replace("\u00a0", " ") == money
    assert fmt_date(dt.date(2024, 12, 31)) == date
    assert fmt_date(None) == ""


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_korean_report_embeds_a_cjk_font(qapp, samples_dir, tmp_path, locale_as):
    """A report printed in Korean carries a font with Hangul, so no tofu boxes on paper."""
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    from desktopseg.core import pipeline
    from desktopseg.report import render_report

    locale_as("ko")
    assert install_core_translator("ko")
    data = pipeline.load(samples_dir / "florist_square_items.xlsx")
    from desktopseg.core.model import AnalysisSettings

    result = pipeline.analyse(data, AnalysisSettings(persona_language="ko"),
                              only=("behavioral",))
    pdf = tmp_path / "report.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setOutputFileName(str(pdf))
    from desktopseg.report.render import _cjk_families

    if not _cjk_families("한국어"):  # no CJK font here: a clear message, not empty boxes
        from desktopseg.core.errors import UserError

        with pytest.raises(UserError, match="no font for those letters"):
            render_report(result, printer)
        return
    render_report(result, printer)
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout
    assert "CJK" in fonts, fonts
    text = subprocess.run(["pdftotext", "-l", "1", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "최우수 고객" in text or "충성 고객" in text, text[:500]


def test_numbers_the_core_writes_follow_the_locale(locale_as):
    """Stories and key figures use the locale's marks: 12 346 and 51,45 in Finnish."""
    from desktopseg.core.personas import fmt_money, fmt_pct

    assert install_core_translator("fi")
    assert fmt_money(12345.5).replace("\u00a0", " ") == "12 346"
    assert fmt_money(51.45) == "51,45"
    assert fmt_pct(0.551) == "55,1%"
    i18n.set_number_marks(None)
    assert fmt_money(51.45) == "51.45"


@pytest.mark.parametrize("language,title,start", [("fi", "&Tiedosto", "Keitä asiakkaasi"),
                                                  ("zh_CN", "文件(&F)", "您的客户是谁")])
def test_the_window_speaks_the_chosen_language(qtbot, qapp, locale_as, language, title, start):
    """With the translators of a language installed, menus and the start page use it."""
    from PySide6.QtWidgets import QLabel

    from desktopseg.gui.app import install_translators
    from desktopseg.gui.main_window import MainWindow

    installed = install_translators(qapp, QLocale(language))
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        assert window.menuBar().actions()[0].text() == title
        texts = " ".join(w.text() for w in window.findChildren(QLabel))
        assert start in texts
        window.dirty = False
        window.close()
    finally:
        for tr in installed:
            qapp.removeTranslator(tr)
