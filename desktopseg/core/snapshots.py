"""Snapshots: the earlier exports kept in a project, so it can show how segments change.

A project's ``data`` is always the newest export. Adding a newer export (File > Add a Newer
Export...) keeps the data it replaces as a :class:`Snapshot`; the project file stores each
snapshot's tables beside the current ones (frames ``snapshot/<i>/transactions`` and
``.../customers``, document ``snapshots``), so older app versions simply ignore them.

    add_newer_export(project, data, source) -> Snapshot   keep the old data, take the new
    moments(project)                        -> [(as_of, ImportResult)], oldest first
    timeline(project, scheme)               -> Timeline: segment sizes at every moment
    compare_latest(project, scheme)         -> Comparison of the last snapshot with now
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

import pandas as pd

from desktopseg.core.errors import UserError
from desktopseg.core.i18n import _
from desktopseg.core.model import ImportResult
from desktopseg.core.progress import Task

if TYPE_CHECKING:
    from desktopseg.core.compare import Comparison
    from desktopseg.core.project import Project

_PREFIX = "snapshot/"


@dataclass
class Snapshot:
    """An earlier export of the same shop, as it was imported."""

    as_of: date
    data: ImportResult
    #: {"name", "path", "size", "sha256", "imported_at"} of that export, as Project.source.
    source: dict[str, Any] = field(default_factory=dict)


@dataclass
class Timeline:
    """Segment sizes at each moment, oldest first, under one set of rules (``rules_text``)."""

    points: list[tuple[date, dict[str, int]]]
    order: list[str]
    rules_text: str


def last_sale(data: ImportResult) -> date | None:
    """Return the day of the last dated sale in ``data`` (None without dates)."""
    tx = data.transactions
    if tx is None or "date" not in tx or not tx["date"].notna().any():
        return None
    return pd.Timestamp(tx["date"].max()).date()


def add_newer_export(project: Project, data: ImportResult,
                     source: dict[str, Any] | None = None) -> Snapshot:
    """Keep the project's current data as a snapshot and make ``data`` the current data.

    Raises UserError when either has no dates or the "newer" export does not reach further.
    """
    old_end, new_end = last_sale(project.data), last_sale(data)
    if old_end is None or new_end is None:
        raise UserError(
            _("Only sales exports with dates can be added as a newer export."),
            hint=_("Open the file on its own instead."), file=data.report.file)
    if new_end <= old_end:
        raise UserError(
            _("This export ends on {new}, but the project's data already runs to {old}.").format(
                new=new_end.isoformat(), old=old_end.isoformat()),
            hint=_("Choose an export made after {old}.").format(old=old_end.isoformat()),
            file=data.report.file)
    snap = Snapshot(as_of=old_end, data=project.data, source=dict(project.source))
    project.snapshots.append(snap)
    project.data = data
    project.source = dict(source or {"name": data.report.file})
    return snap


def moments(project: Project) -> list[tuple[date, ImportResult]]:
    """Return every moment the project knows, oldest first: the snapshots, then now."""
    out = [(s.as_of, s.data) for s in sorted(project.snapshots, key=lambda s: s.as_of)]
    end = last_sale(project.data)
    if end is not None:
        out.append((end, project.data))
    return out


def compare_latest(project: Project, scheme: str = "behavioral",
                   task: Task | None = None) -> Comparison:
    """Compare the newest snapshot with the current data (project settings, frozen cut points)."""
    from desktopseg.core.compare import compare_data

    if not project.snapshots:
        raise UserError(_("This project has only one export, so there is nothing to compare "
                          "yet."), hint=_("Add a newer export (File > Add a Newer Export)."))
    snap = max(project.snapshots, key=lambda s: s.as_of)
    return compare_data(snap.data, project.data, project.settings, scheme=scheme, task=task)


def timeline(project: Project, scheme: str = "behavioral", task: Task | None = None) -> Timeline:
    """Segment sizes at every moment, with the first moment's cut points used throughout."""
    from desktopseg.core.compare import _frozen, _order
    from desktopseg.core.pipeline import analyse

    task = task or Task()
    points: list[tuple[date, dict[str, int]]] = []
    settings = dataclasses.replace(project.settings, analysis_date=None)
    rules_text, first, order = "", None, []
    all_moments = moments(project)
    for i, (as_of, data) in enumerate(all_moments):
        with task.step(_("Analysing {day}").format(day=as_of.isoformat()),
                       i / len(all_moments), (i + 1) / len(all_moments)) as sub:
            result = analyse(data, settings, task=sub, only=(scheme,))
        if first is None:
            first = result
            settings, rules_text = _frozen(settings, result, scheme, "earlier")
        seg = result.segmentations[scheme]
        points.append((as_of, {s.name: int(s.customers) for s in seg.segments}))
        order = _order(first, result, scheme) if not order else order + [
            s.name for s in seg.segments if s.name not in order]
    return Timeline(points=points, order=order, rules_text=rules_text)


# ---- storage (called by core/project.py) ------------------------------------------------------

def frames_to_save(project: Project) -> list[tuple[str, pd.DataFrame]]:
    """Return the (frame name, table) pairs the project file stores for the snapshots."""
    out = []
    for i, snap in enumerate(project.snapshots):
        for kind in ("transactions", "customers"):
            df = getattr(snap.data, kind)
            if df is not None:
                out.append((f"{_PREFIX}{i}/{kind}", df))
    return out


def document(project: Project) -> list[dict[str, Any]]:
    """Return the JSON document describing the snapshots (their tables are frames)."""
    return [{"as_of": s.as_of.isoformat(), "source": s.source,
             "report": dataclasses.asdict(s.data.report),
             "mapping": json_mapping(s.data)} for s in project.snapshots]


def json_mapping(data: ImportResult) -> dict[str, Any]:
    """Return the column mapping of ``data`` as a plain dict."""
    import json

    return json.loads(data.mapping.to_json())


def from_saved(doc: list[dict[str, Any]] | None, frames: dict[str, pd.DataFrame],
               report_from_dict) -> list[Snapshot]:
    """Rebuild the snapshots from the saved document and frames (inverse of the two above)."""
    import json

    from desktopseg.core.model import ColumnMapping

    out = []
    for i, d in enumerate(doc or []):
        data = ImportResult(
            transactions=frames.get(f"{_PREFIX}{i}/transactions"),
            customers=frames.get(f"{_PREFIX}{i}/customers"),
            report=report_from_dict(d["report"]),
            mapping=ColumnMapping.from_json(json.dumps(d["mapping"])),
        )
        out.append(Snapshot(as_of=date.fromisoformat(d["as_of"]), data=data,
                            source=d.get("source") or {}))
    return out


__all__ = ["Snapshot", "Timeline", "add_newer_export", "compare_latest", "last_sale", "moments",
           "timeline"]
