"""Run the visible-text scan over every file and language; print the distinct findings.

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen python tests/gui/scan_all_screens.py . en,fi,ko,zh_CN

The first argument is the source tree to scan (another checkout gives a "before" list).
"""

from __future__ import annotations

import collections
import os
import re
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["DESKTOPSEG_HOME"] = tempfile.mkdtemp()
sys.path.insert(0, sys.argv[1] if len(sys.argv) > 1 else ".")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import test_no_internal_words as t  # noqa: E402
from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from visible_text import scan  # noqa: E402


class _Bot:
    """Just enough of pytest-qt's qtbot for screens_strings."""

    def __init__(self, app: QApplication) -> None:
        self.app = app

    def addWidget(self, widget) -> None:  # noqa: N802 - qtbot API
        """Keep nothing: the script ends with the process."""

    def waitUntil(self, check, timeout: int = 60_000) -> None:  # noqa: N802 - qtbot API
        """Process events until ``check()`` is true."""
        end = time.time() + timeout / 1000
        while not check() and time.time() < end:
            self.app.processEvents()


def main() -> None:
    app = QApplication([])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    QCoreApplication.setOrganizationName("scan")
    QCoreApplication.setApplicationName("scan")
    languages = sys.argv[2].split(",") if len(sys.argv) > 2 else t.LANGUAGES
    found: dict[str, set[str]] = collections.defaultdict(set)
    for path in t.FILES:
        for lang in languages:
            try:
                strings = t.screens_strings(_Bot(app), path, lang)
            except Exception as exc:  # noqa: BLE001 - report and go on
                found[f"ERROR {type(exc).__name__}: {exc}"[:150]].add(f"{path.name}/{lang}")
                continue
            for text, why in scan(strings).items():
                key = re.sub(r"\d[\d,.\s]*", "N", text.replace("\n", " / "))[:110]
                found[f"{'; '.join(why)} :: {key}"].add(f"{path.name}/{lang}")
    for k in sorted(found):
        print(f"- {k}   [{len(found[k])} screens, e.g. {sorted(found[k])[0]}]")


if __name__ == "__main__":
    main()
