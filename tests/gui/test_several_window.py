"""Issue 12: the window opens a folder or several dropped files and reads them together."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QUrl

from desktopseg.gui import several

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "importer"))
import shapes  # noqa: E402

pytestmark = pytest.mark.gui
TIMEOUT = 60_000


def test_open_folder_shows_lines_per_file(qtbot, window, tmp_path):
    """A folder of weekly exports opens to the preview, which says the lines of each file."""
    folder = shapes.square_weeks_folder(tmp_path / "weeks")
    with qtbot.waitSignal(window.preview_shown, timeout=TIMEOUT):
        several.open_paths(window, [str(folder)])
    rep = window.data.report
    assert len(rep.files) == 13
    noticed = [window.preview.problems.item(i).text()
               for i in range(window.preview.problems.count())]
    re_export = next(f for f in rep.files if "reexport" in f["file"])
    assert re_export["overlaps"] > 0
    expected = f"items-2024-weeks04-05-reexport.csv: 0 lines, {re_export['overlaps']} already"
    assert any(line.startswith(expected) for line in noticed)
    assert "13 file" in window.preview.rows_label.text()
    assert "weeks" in window.preview.title.text()
    window.preview.grab().save(str(tmp_path / "preview.png"))


def test_drop_several_files(qtbot, window, tmp_path):
    """Dropping two files reads both; the title names the first and counts the rest."""
    folder = shapes.square_weeks_folder(tmp_path / "weeks")
    files = sorted(str(p) for p in folder.glob("items-2024-week0[12].csv"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(f) for f in files])
    assert several.dropped_paths(mime) == files
    with qtbot.waitSignal(window.preview_shown, timeout=TIMEOUT):
        several.open_paths(window, several.dropped_paths(mime))
    assert [Path(f["file"]).name for f in window.data.report.files] == [
        Path(f).name for f in files
    ]
    assert "items-2024-week01.csv and 1 more" in window.preview.title.text()
