"""Start the desktop app: QApplication, translations, crash handler, the main window.

Keep this module's imports light: the window must be on screen within 1.5 s of process start,
and pandas, scikit-learn and matplotlib together take longer than that to import. They load
when a file is opened.
"""

from __future__ import annotations

import functools
import os
import sys
import time
import traceback
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    Qt,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

import desktopseg
from desktopseg.gui.common import PACKAGE_DIR, REPO_DIR

#: QSettings key of the language chosen in the window ("" or missing: follow the system).
LANGUAGE_KEY = "ui/language"
#: Languages DesktopSeg ships, as (locale name, name in that language).
LANGUAGES = (("en", "English"), ("fi", "Suomi"), ("ko", "한국어"), ("zh_CN", "简体中文"))

#: Environment variable carrying the window's locale name (e.g. "ko") to worker processes, so
#: text the core writes there comes out in the window's language.
CORE_LANGUAGE_ENV = "DESKTOPSEG_LANGUAGE"

#: When set, print the seconds from this environment variable's epoch time (or from the
#: interpreter's start) to the first shown window, then quit (see startup_probe.py).
STARTUP_PROBE_ENV = "DESKTOPSEG_STARTUP_PROBE"


def translation_dirs() -> list[Path]:
    """Folders that may hold compiled translations (packaged first, then the checkout)."""
    return [PACKAGE_DIR / "resources" / "translations", REPO_DIR / "resources" / "translations"]


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install Qt's own and DesktopSeg's translations for ``locale``; route core text via Qt."""
    locale = locale or QLocale()
    installed = []
    qt_tr = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_tr.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt_tr)
        installed.append(qt_tr)
    for folder in translation_dirs():
        if not folder.is_dir():
            continue
        ours = QTranslator(app)
        if ours.load(locale, "desktopseg", "_", str(folder)):
            app.installTranslator(ours)
            installed.append(ours)
            break
    from desktopseg.core.i18n import set_number_marks, set_translator

    set_translator(_translate_core)
    # Numbers the core writes into stories and reasons use the same marks as the views.
    set_number_marks(locale.groupSeparator(), locale.decimalPoint())
    return installed


def _translate_core(text: str) -> str:
    return QCoreApplication.translate("core", text)


def install_core_translator(language: str | None = None) -> bool:
    """Translate core text into ``language`` (default: $DESKTOPSEG_LANGUAGE) without an app.

    For the worker's child process: it has no QCoreApplication, so the core's ``_()`` looks
    the text up in DesktopSeg's .qm directly. Returns False (English stays) when none loads.
    """
    language = language or os.environ.get(CORE_LANGUAGE_ENV, "")
    if not language:
        return False
    from desktopseg.core.i18n import set_number_marks, set_translator

    set_number_marks(QLocale(language).groupSeparator(), QLocale(language).decimalPoint())
    translator = QTranslator()
    for folder in translation_dirs():
        if folder.is_dir() and translator.load(QLocale(language), "desktopseg", "_", str(folder)):
            global _child_translator
            _child_translator = translator  # keep it alive for the process's life
            set_translator(functools.partial(translator.translate, "core"))
            return True
    return False


_child_translator: QTranslator | None = None


def _excepthook(exc_type, exc, tb) -> None:
    """Log an unhandled exception and apologise, instead of letting Qt abort."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    from desktopseg.core.appdirs import log_path

    path = log_path()
    try:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write("".join(traceback.format_exception(exc_type, exc, tb)) + "\n")
    except OSError:
        pass
    sys.__excepthook__(exc_type, exc, tb)
    if QApplication.instance() is not None:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("DesktopSeg", "Sorry, something went wrong"),
            QCoreApplication.translate(
                "DesktopSeg",
                "Sorry, something went wrong inside DesktopSeg. Your file was not changed.\n\n"
                "The details are in this log file; please send it to us:\n{path}",
            ).format(path=path),
        )


class _ShowProbe(QObject):
    """Prints the time to the first shown window and quits (startup measurement)."""

    def __init__(self, epoch: float) -> None:
        super().__init__()
        self.epoch = epoch
        self.done = False

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if not self.done and event.type() == QEvent.Type.Expose and obj.isWidgetType() is False:
            self.done = True
            elapsed = time.time() - self.epoch
            heavy = [m for m in ("pandas", "sklearn", "matplotlib", "numpy") if m in sys.modules]
            print(f"startup_seconds={elapsed:.3f} heavy_modules={','.join(heavy) or 'none'}",
                  flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


def _process_start_epoch() -> float:
    """Wall-clock time this process started (falls back to now on unusual systems)."""
    given = os.environ.get(STARTUP_PROBE_ENV, "")
    try:
        value = float(given)
        if value > 1e9:
            return value
    except ValueError:
        pass
    try:
        import psutil

        return psutil.Process().create_time()
    except Exception:  # noqa: BLE001
        return time.time()


def make_application(argv: list[str] | None = None) -> QApplication:
    """Create (or return) the QApplication with DesktopSeg's identity and settings."""
    app = QApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(desktopseg.ORG_NAME)
    app.setApplicationName(desktopseg.APP_NAME)
    app.setApplicationVersion(desktopseg.__version__)
    app.setDesktopFileName("desktopseg")
    for folder in (PACKAGE_DIR / "resources", REPO_DIR / "resources"):
        icon = folder / "icon.png"
        if icon.exists():
            app.setWindowIcon(QIcon(str(icon)))
            break
    chosen = QSettings().value(LANGUAGE_KEY, "")
    if chosen:
        # The user picked a language in View > Language (applies from the next start).
        QLocale.setDefault(QLocale(str(chosen)))
    elif QLocale().language() == QLocale.Language.C:
        # LANG unset (servers, CI, some launchers): Qt falls back to the C locale, which omits
        # thousands separators; money reads far better as 12,345.
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    # No style or palette is forced: Qt 6 follows the system's light/dark scheme by itself.
    install_translators(app)
    os.environ[CORE_LANGUAGE_ENV] = QLocale().name()
    return app


def offer_autosaves(window) -> None:
    """After a crash, offer the newest autosaved project back."""
    from desktopseg.core.appdirs import data_dir

    folder = data_dir() / "autosave"
    if not folder.is_dir() or not any(folder.glob("*.dseg")):
        return  # the common case costs no import of pandas
    from desktopseg.core.project import discard_autosave, pending_autosaves

    for summary in pending_autosaves()[:1]:
        answer = QMessageBox.question(
            window,
            window.tr("Recover your work?"),
            window.tr("DesktopSeg closed unexpectedly last time. Open the work it saved "
                      "automatically?\n\n{details}").format(details=summary.tooltip()),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Open,
        )
        if answer == QMessageBox.StandardButton.Open:
            window.open_path(str(summary.path))
        else:
            discard_autosave(summary.path)


def run_app(file: str | None = None) -> int:
    """Open the window (and ``file``, a spreadsheet or a .dseg project); return the exit code."""
    probe_epoch = _process_start_epoch() if os.environ.get(STARTUP_PROBE_ENV) else None
    app = make_application()
    sys.excepthook = _excepthook
    from desktopseg.gui.main_window import MainWindow

    window = MainWindow()
    if probe_epoch is not None:
        probe = _ShowProbe(probe_epoch)
        app.installEventFilter(probe)
    window.show()
    if file:
        window.open_path(str(file))
    elif probe_epoch is None:
        QTimer.singleShot(300, functools.partial(offer_autosaves, window))
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(run_app(sys.argv[1] if len(sys.argv) > 1 else None))
