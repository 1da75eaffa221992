"""A real app session for the crash test: open a file, rename a persona, wait to be killed.

Run as ``python crash_session.py FILE NEW_NAME``; prints EDITED once the unsaved change is made.
The autosave timer (DESKTOPSEG_AUTOSAVE_MS) does the rest, as it would for a user.
"""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402

from desktopseg.gui.app import make_application  # noqa: E402
from desktopseg.gui.main_window import MainWindow  # noqa: E402


def main() -> None:
    app = make_application([sys.argv[0]])
    window = MainWindow()
    window.show()

    def on_results() -> None:
        window.results.tabs.setCurrentIndex(1)
        card = window.results.personas.cards[0]
        card.name_edit.setText(sys.argv[2])
        card.name_edit.editingFinished.emit()
        print("EDITED", flush=True)

    def on_preview() -> None:
        QTimer.singleShot(0, window.preview.continue_button.click)

    window.results_shown.connect(on_results)
    window.preview_shown.connect(on_preview)
    window.open_path(sys.argv[1])
    app.exec()


if __name__ == "__main__":
    main()
