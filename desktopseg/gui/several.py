"""Opening several exports at once in the window (issue 12): drop them, or open files/a folder.

The importer stacks them (core/importer/several.py); the window only gathers the paths and
names the set. ``path`` below is what the window keeps as "the source": one file's path, a
folder's path, or a list of file paths.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog

from desktopseg.gui.common import SPREADSHEET_SUFFIXES, is_openable


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("several", text, "", n)


def display_name(path) -> str:
    """Return the name the title bar and preview show for ``path``."""
    if isinstance(path, (list, tuple)):
        if len(path) == 1:
            return Path(path[0]).name
        more = len(path) - 1
        text = _tr("{first} and 1 more file") if more == 1 else _tr("{first} and {n} more files")
        return text.format(first=Path(path[0]).name, n=more)
    return Path(path or "").name


def stem(path) -> str:
    """Return a file-name stem for results made from ``path``."""
    if isinstance(path, (list, tuple)):
        return Path(path[0]).stem + "-and-more" if path else "customers"
    return Path(path).stem


def dropped_paths(mime) -> list[str]:
    """Return the dropped files DesktopSeg can open and dropped folders, in order."""
    if not mime.hasUrls():
        return []
    out = []
    for url in mime.urls():
        if url.isLocalFile():
            local = url.toLocalFile()
            if Path(local).is_dir() or is_openable(local):
                out.append(local)
    return out


def open_paths(window, paths: list[str]) -> None:
    """Open one file as before; several files or a folder are read together."""
    paths = [str(p) for p in paths]
    if not paths:
        return
    if len(paths) == 1 and not Path(paths[0]).is_dir():
        window.open_path(paths[0])
        return
    from desktopseg.gui import jobs

    QSettings().setValue("paths/last_folder", str(Path(paths[0]).parent))
    source = paths[0] if len(paths) == 1 else paths
    window._start("load", jobs.load_file, source, None, context={"path": source})


def add_menu_actions(window, menu) -> None:
    """Add "Open Several Files…" and "Open Folder…" to ``menu``."""
    files = menu.addAction(_tr("Open Several &Files…"))
    files.setToolTip(_tr("Read several exports of one shop together (e.g. one per week)"))
    files.triggered.connect(lambda: _ask_files(window))
    folder = menu.addAction(_tr("Open &Folder…"))
    folder.setToolTip(_tr("Read every export in a folder together"))
    folder.triggered.connect(lambda: _ask_folder(window))
    window.act_open_several, window.act_open_folder = files, folder


def _ask_files(window) -> None:
    start = QSettings().value("paths/last_folder", str(Path.home()))
    patterns = " ".join(f"*{s}" for s in SPREADSHEET_SUFFIXES)
    paths, _chosen = QFileDialog.getOpenFileNames(
        window, _tr("Open several files"), str(start),
        _tr("Spreadsheets ({patterns})").format(patterns=patterns),
    )  # fmt: skip
    open_paths(window, sorted(paths))


def _ask_folder(window) -> None:
    start = QSettings().value("paths/last_folder", str(Path.home()))
    folder = QFileDialog.getExistingDirectory(window, _tr("Open a folder of exports"), str(start))
    if folder:
        open_paths(window, [folder])


def files_text(rep) -> list[str]:
    """Return one line per file read: lines taken from it and overlaps with earlier files."""
    out = []
    for f in rep.files:
        out.append(
            _tr("{name}: {lines} lines, {overlaps} already in an earlier file").format(
                name=Path(f["file"]).name, lines=f["lines"], overlaps=f["overlaps"]
            )
        )
    return out
