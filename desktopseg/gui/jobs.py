"""The plain functions the window runs on the worker thread (see worker.py for the contract).

Step names are marked with ``N_`` and translated by the window when shown (context "core").

Each takes plain values plus ``progress`` and ``cancelled`` and returns a plain result. They
call the real pipeline; nothing here touches Qt.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktopseg.core.i18n import N_
from desktopseg.core.progress import Task
from desktopseg.gui.worker import in_child, in_process


@dataclass
class Loaded:
    """What reading a spreadsheet produced."""

    path: str
    data: Any  # ImportResult
    remembered: bool = False  # True: a mapping saved for this export format was applied
    #: A UserError the columns as detected led to (no date column...). ``data`` then holds the
    #: columns only, so the preview can let the user fix the mapping.
    error: Exception | None = None
    #: Name, size and SHA-256 of the file for the project (core.project.describe_source),
    #: worked out here: hashing a 100 MB export on the GUI thread stalled the window.
    source: dict | None = None


@dataclass
class Opened:
    """What opening a project produced."""

    project: Any  # core.project.Project
    result: Any  # AnalysisResult
    source_changed: bool = False  # the file the data came from changed since it was read


def _memory():
    """Return the importer's mapping memory module, or None if this build has none."""
    try:
        from desktopseg.core.importer import memory
    except ImportError:
        return None
    return memory if hasattr(memory, "remember_mapping") else None


def preload_views() -> None:
    """Import the plotting modules the results screen needs, here rather than on the GUI thread.

    matplotlib with its Qt backend takes ~0.7 s to import; done on the GUI thread when the
    first results arrive, it froze the window for that long. Importing defines classes only:
    no widget is created, so it is safe on a worker thread. Never in the worker's child
    process: the window's process is the one that draws.
    """
    if in_child():
        return
    import matplotlib.backends.backend_qtagg  # noqa: F401

    import desktopseg.core.charts  # noqa: F401
    import desktopseg.gui.charts_view  # noqa: F401


def preload_screens() -> None:
    """Import what the preview and results screens need, on a background thread.

    pandas, matplotlib and the screens took ~0.9 s to import in the window's process; on the
    GUI thread that froze the window when the first file's preview opened, and on the job's
    own thread it held back the job's progress and result. A thread of its own, started soon
    after the window opens (and again, at no cost, when a file is read), does it while the
    user picks a file; the interpreter switches back to the GUI thread every few milliseconds.
    Class definitions only, no widgets.
    """
    global _PRELOAD
    if in_child() or _PRELOAD is not None:
        return
    _PRELOAD = threading.Thread(target=_preload_quietly, name="desktopseg-preload", daemon=True)
    _PRELOAD.start()


_PRELOAD: threading.Thread | None = None


def _preload_quietly() -> None:
    try:
        import desktopseg.core.importer.memory  # noqa: F401
        import desktopseg.core.project  # noqa: F401
        import desktopseg.gui.import_preview  # noqa: F401
        import desktopseg.gui.personas_view  # noqa: F401
        import desktopseg.gui.results  # noqa: F401
        import desktopseg.gui.settings_panel  # noqa: F401

        preload_views()
    except Exception:  # noqa: BLE001,S110 - only a head start: the screens import on first use
        pass


@in_process(also_here=preload_screens)
def load_file(path: str, options=None, *, progress=None, cancelled=None) -> Loaded:
    """Read ``path``; ``remembered`` says the importer applied a mapping the user confirmed.

    The importer itself recalls mappings by the file's set of column titles (the export format
    in practice), so the second file of a kind needs no questions.
    """
    from desktopseg.core.errors import UserError
    from desktopseg.core.i18n import _
    from desktopseg.core.pipeline import load

    task = Task(progress, cancelled)
    try:
        with task.step(N_("Reading file"), 0.0, 0.9) as sub:
            data = load(path, options, task=sub)
    except UserError as exc:
        columns = _columns_only(path, options, task)
        if columns is None:
            raise
        return Loaded(path, columns, error=exc)
    label = _("remembered from an earlier file")
    remembered = any(c.reason == label for c in data.report.columns)
    return Loaded(path, data, remembered=remembered, source=_source(path))


def _source(path: str) -> dict | None:
    from desktopseg.core.project import describe_source

    try:
        return describe_source(path)
    except (OSError, TypeError):
        return None  # gone already (or several files): the project describes it by name


def _columns_only(path: str, options, task):
    """Detect the columns without cleaning the rows; None when the file can't be read.

    Uses the importer's own steps (private names, guarded): when cleaning fails because a role
    is missing, the user needs the columns on screen to pick the right one.
    """
    from desktopseg.core.errors import UserError
    from desktopseg.core.model import ImportOptions, ImportReport, ImportResult

    try:
        from desktopseg.core import importer as imp

        options = options or ImportOptions()
        raw, sheets, reason, _others, _wb = imp._read_main(Path(path), options, task)
        if raw.frame.shape[0] == 0:
            return None
        prefer = imp._prefer_order(raw, imp.recognise([str(c) for c in raw.frame.columns]))
        mapping, fmt, infos, _extra = imp.detect_mapping(raw, options, prefer)
    except (UserError, ImportError, AttributeError, TypeError, ValueError):
        return None
    report = ImportReport(
        file=str(path), sheet=raw.sheet, sheets=sheets, sheet_reason=reason,
        header_row=raw.header_row, format=fmt.name if fmt else None, columns=infos,
        table_kind=mapping.table_kind or "transactions", rows_read=len(raw.frame))
    return ImportResult(transactions=None, customers=None, report=report, mapping=mapping)


def remember(data) -> None:
    """Save the mapping the user confirmed, for the next file with the same columns."""
    memory = _memory()
    if memory is None:
        return
    columns = [c.name for c in data.report.columns] or list(data.mapping.roles)
    try:
        memory.remember_mapping(columns, data.mapping)
    except Exception:  # noqa: BLE001,S110 - remembering is a convenience, never a failure
        pass


@in_process(also_here=preload_views)
def analyse(data, settings, edits=None, *, progress=None, cancelled=None):
    """Run every scheme on ``data``; put the user's persona edits back on the new personas."""
    from desktopseg.core.pipeline import analyse as run_analysis

    result = run_analysis(data, settings, progress, cancelled)
    if edits:
        from desktopseg.core.project import apply_persona_edits

        apply_persona_edits(result, edits)
    preload_views()
    return result


def open_saved_project(path: str, *, progress=None, cancelled=None) -> Opened:
    """Open a .dseg project here, on the worker thread; ``result`` None when it must re-run.

    A project that keeps its results (core/saved_results.py) needs no analysis: reading it
    takes a few tenths of a second, while starting the worker's child process alone took
    seconds on a busy machine. Projects without usable results go on to :func:`open_project`.
    """
    from desktopseg.core.project import load_project, source_changed

    Task(progress, cancelled).report(0.0, N_("Opening project"))
    project = load_project(path)
    # The plotting modules (0.5 s) are not waited for: the results open on the Groups table
    # (the charts are built when their tab is first shown), and the window's preload thread
    # (preload_screens) imports them meanwhile.
    return Opened(project, project.result, source_changed(project))


@in_process(also_here=preload_views)
def open_project(path: str, *, progress=None, cancelled=None) -> Opened:
    """Open a .dseg project; show the results kept in it, or recompute them when stale/missing."""
    from desktopseg.core.project import apply_persona_edits, load_project, source_changed

    task = Task(progress, cancelled)
    with task.step(N_("Opening project"), 0.0, 0.2):
        project = load_project(path)
    if project.result is not None:  # kept in the file and still matching (core/saved_results)
        return Opened(project, project.result, source_changed(project))
    with task.step(N_("Analysing"), 0.2, 1.0) as sub:
        from desktopseg.core.pipeline import analyse as run_analysis

        result = run_analysis(project.data, project.settings, task=sub)
    apply_persona_edits(result, project.persona_edits)
    preload_views()
    return Opened(project, result, source_changed(project))


def save_project(path: str, project, *, progress=None, cancelled=None) -> str:
    """Save ``project`` to ``path`` (atomically); return the path."""
    from desktopseg.core.project import save_project as save

    Task(progress, cancelled).report(0.0, N_("Saving project"))
    save(path, project)
    return path


def autosave(project, *, progress=None, cancelled=None) -> Path:
    """Write the autosave copy of an unsaved project."""
    from desktopseg.core.project import write_autosave

    return write_autosave(project)


def export_workbook(result, path: str, comparison=None, *, progress=None,
                    cancelled=None) -> str:
    """Write the Excel workbook of ``result`` (with Moves and Movers sheets of ``comparison``)."""
    from desktopseg.core.export import write_workbook

    extra = []
    if comparison is not None:
        from desktopseg.core.compare import movers_table, moves_table
        from desktopseg.core.i18n import _

        extra = [(_("Moves"), moves_table(comparison)), (_("Movers"), movers_table(comparison))]
    task = Task(progress, cancelled)
    with task.step(N_("Writing Excel workbook"), 0.0, 1.0) as sub:
        write_workbook(result, Path(path), sub, extra_sheets=extra)
    return path


def export_pdf(result, path: str, scheme: str | None, comparison=None, *, progress=None,
               cancelled=None) -> str:
    """Write the printable report as PDF (with "What changed" pages of ``comparison``).

    Safe off the GUI thread: the report paints on a QPdfWriter with QTextDocument, which Qt
    allows in worker threads (unlike widgets or QPixmap).
    """
    from desktopseg.report import write_pdf

    task = Task(progress, cancelled)
    with task.step(N_("Writing the report"), 0.0, 1.0) as sub:
        write_pdf(result, Path(path), scheme, task=sub, comparison=comparison)
    return path


def export_csvs(result, folder: str, scheme: str | None, *, progress=None, cancelled=None):
    """Write one CSV per segment into ``folder``; return what the exporter returned."""
    from desktopseg.core.export import write_segment_csvs

    Task(progress, cancelled).report(0.0, N_("Writing customer lists"))
    written = write_segment_csvs(result, Path(folder), scheme=scheme)
    return written if written is not None else folder
