"""The plain functions the window runs on the worker thread (see worker.py for the contract).

Each takes plain values plus ``progress`` and ``cancelled`` and returns a plain result. They
call the real pipeline; nothing here touches Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktopseg.core.progress import Task


@dataclass
class Loaded:
    """What reading a spreadsheet produced."""

    path: str
    data: Any  # ImportResult
    remembered: bool = False  # True: a mapping saved for this export format was applied


@dataclass
class Opened:
    """What opening a project produced."""

    project: Any  # core.project.Project
    result: Any  # AnalysisResult


def _memory():
    """Return the importer's mapping memory module, or None before it exists."""
    try:
        from desktopseg.core.importer import memory
    except ImportError:
        return None
    return memory if hasattr(memory, "recall_mapping") else None


def load_file(path: str, options=None, *, progress=None, cancelled=None) -> Loaded:
    """Read ``path``; when its export format has a remembered mapping, read it with that."""
    from desktopseg.core.pipeline import load

    task = Task(progress, cancelled)
    with task.step("Reading file", 0.0, 0.5) as sub:
        data = load(path, options, task=sub)
    explicit = options is not None and options.mapping is not None
    memory = _memory()
    fmt = data.report.format
    if memory is None or explicit or not fmt:
        return Loaded(path, data)
    try:
        saved = memory.recall_mapping(fmt)
    except Exception:  # noqa: BLE001 - a damaged memory file must not stop an import
        saved = None
    if saved is None or saved.roles == data.mapping.roles:
        return Loaded(path, data, remembered=saved is not None)
    from dataclasses import replace

    from desktopseg.core.model import ImportOptions

    opts = replace(options, mapping=saved) if options is not None else ImportOptions(mapping=saved)
    with task.step("Reading file with your saved columns", 0.5, 1.0) as sub:
        return Loaded(path, load(path, opts, task=sub), remembered=True)


def remember(data) -> None:
    """Save the mapping the user confirmed, for the next file of the same export format."""
    memory = _memory()
    fmt = data.report.format or data.mapping.format_name
    if memory is not None and fmt:
        try:
            memory.remember_mapping(fmt, data.mapping)
        except Exception:  # noqa: BLE001,S110 - remembering is a convenience, never a failure
            pass


def analyse(data, settings, edits=None, *, progress=None, cancelled=None):
    """Run every scheme on ``data``; put the user's persona edits back on the new personas."""
    from desktopseg.core.pipeline import analyse as run_analysis

    result = run_analysis(data, settings, progress, cancelled)
    if edits:
        from desktopseg.core.project import apply_persona_edits

        apply_persona_edits(result, edits)
    return result


def open_project(path: str, *, progress=None, cancelled=None) -> Opened:
    """Open a .dseg project and recompute its results from the saved data and settings."""
    from desktopseg.core.project import apply_persona_edits, load_project

    task = Task(progress, cancelled)
    with task.step("Opening project", 0.0, 0.2):
        project = load_project(path)
    with task.step("Analysing", 0.2, 1.0) as sub:
        from desktopseg.core.pipeline import analyse as run_analysis

        result = run_analysis(project.data, project.settings, task=sub)
    apply_persona_edits(result, project.persona_edits)
    return Opened(project, result)


def save_project(path: str, project, *, progress=None, cancelled=None) -> str:
    """Save ``project`` to ``path`` (atomically); return the path."""
    from desktopseg.core.project import save_project as save

    Task(progress, cancelled).report(0.0, "Saving project")
    save(path, project)
    return path


def autosave(project, *, progress=None, cancelled=None) -> Path:
    """Write the autosave copy of an unsaved project."""
    from desktopseg.core.project import write_autosave

    return write_autosave(project)


def export_workbook(result, path: str, *, progress=None, cancelled=None) -> str:
    """Write the Excel workbook of ``result``."""
    from desktopseg.core.export import write_workbook

    Task(progress, cancelled).report(0.0, "Writing Excel workbook")
    write_workbook(result, Path(path))
    return path


def export_csvs(result, folder: str, scheme: str | None, *, progress=None, cancelled=None):
    """Write one CSV per segment into ``folder``; return what the exporter returned."""
    from desktopseg.core.export import write_segment_csvs

    Task(progress, cancelled).report(0.0, "Writing customer lists")
    written = write_segment_csvs(result, Path(folder), scheme=scheme)
    return written if written is not None else folder
