"""The one data path (DESIGN.md §2) as plain functions.

The GUI, the command line and the tests all call these; nothing is computed twice elsewhere.

    load(path)           -> ImportResult      (read, map columns, clean)
    analyse(data)        -> AnalysisResult    (customer features, every scheme, personas)
    run(path)            -> AnalysisResult    (both)
    summary_dict(result) -> the summary JSON of DESIGN.md §11
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktopseg.core.errors import UserError
from desktopseg.core.i18n import N_, _
from desktopseg.core.model import (
    ALL_SCHEMES,
    LIST_SCHEMES,
    AnalysisResult,
    AnalysisSettings,
    ImportOptions,
    ImportResult,
)
from desktopseg.core.progress import CancelFn, ProgressFn, Task


class SchemeUnavailable(Exception):
    """A scheme cannot run on this data; ``reason`` says why in plain words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def load(
    path: str | Path | list,
    options: ImportOptions | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
    *,
    task: Task | None = None,
) -> ImportResult:
    """Read ``path`` into the canonical tables. Raises UserError for fixable input problems."""
    from desktopseg.core.importer import import_file
    from desktopseg.core.importer.several import import_files, is_several

    task = Task.of(task, progress, cancelled)
    if is_several(path):  # several files or a folder: stacked, overlaps counted once
        return import_files(path, options or ImportOptions(), task)
    if isinstance(path, (list, tuple)):
        path = path[0]
    return import_file(Path(path), options or ImportOptions(), task)


#: Short names of the schemes for progress and messages (the GUI has its own in common.py).
_SCHEME_NAMES = {
    "behavioral": N_("buying behaviour"),
    "value": N_("customer value"),
    "firmographic": N_("company type"),
    "clusters": N_("automatic groups"),
    "demographic": N_("who your customers are"),
    "needs": N_("what your customers want"),
    "custom": N_("your own groups"),
}


def analyse(
    data: ImportResult,
    settings: AnalysisSettings | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
    *,
    task: Task | None = None,
    only: tuple[str, ...] | None = None,
) -> AnalysisResult:
    """Build customer features and run every scheme the data supports.

    ``only`` limits the schemes run. A scheme that cannot run is recorded in
    ``result.unavailable`` with its reason; when it was asked for by name (``only``), the
    reason is raised as a UserError instead.
    """
    from desktopseg.core.cost_to_serve import apply as apply_cost_to_serve
    from desktopseg.core.features import build_customers
    from desktopseg.core.personas import attach_personas
    from desktopseg.core.segmentation import run_scheme
    from desktopseg.core.service_advice import weigh_service_cost

    settings = settings or AnalysisSettings()
    task = Task.of(task, progress, cancelled)
    schemes = tuple(only) if only else tuple(s for s in settings.schemes if s in ALL_SCHEMES)
    if not only:  # the list schemes join whenever the data supports them
        schemes += tuple(s for s in LIST_SCHEMES if s not in schemes)
    for name in schemes:
        if name not in ALL_SCHEMES:
            raise UserError(
                _("There is no scheme called '{name}'.").format(name=name),
                hint=_("Choose one of: {names}.").format(names=", ".join(ALL_SCHEMES)),
            )

    if settings.analysis_date is not None and not _has_dates(data):
        raise UserError(
            _("This file has no purchase dates, so it can't be analysed as of {day}.").format(
                day=settings.analysis_date.isoformat()),
            hint=_("Leave the date out, or use a sales export with a date on each line."),
            file=data.report.file,
        )
    from desktopseg.core import currency

    currency.use(settings.currency or data.report.currency)
    if settings.currency:  # the user's choice is kept with the column mapping of this export
        data.mapping.currency = settings.currency
    with task.step(N_("Summarising customers"), 0.0, 0.3) as sub:
        result = build_customers(data, settings, sub)
        apply_cost_to_serve(result)
    from desktopseg.core.group_by import attach as attach_groups

    settings = attach_groups(result, settings)  # a column chosen to group customers by
    if settings.forecast_days:
        from desktopseg.core.forecast import attach_forecast

        task.report(0.3, _("Forecasting the next {n} days").format(n=settings.forecast_days))
        attach_forecast(result)

    n = max(len(schemes), 1)
    for i, name in enumerate(schemes):
        step = _("Segmenting: {name}").format(name=_(_SCHEME_NAMES.get(name, name)))
        with task.step(step, 0.3 + 0.7 * i / n, 0.3 + 0.7 * (i + 1) / n) as sub:
            try:
                seg = run_scheme(name, result.customers, settings, sub)
            except SchemeUnavailable as exc:
                if only:
                    raise UserError(
                        _("The {name} analysis can't run on this file: {reason}").format(
                            name=_(_SCHEME_NAMES.get(name, name)), reason=exc.reason)
                    ) from None
                if name not in LIST_SCHEMES or _is_list(data) and name != "custom":
                    result.unavailable[name] = exc.reason
                continue
            attach_personas(seg, result)
            if name in LIST_SCHEMES:
                from desktopseg.core.list_personas import attach_list_personas

                attach_list_personas(seg, result)
            weigh_service_cost(seg, result)
            result.segmentations[name] = seg
    return result


def _is_list(data: ImportResult) -> bool:
    """Whether ``data`` is a customer list (its list schemes' reasons are worth showing)."""
    return data.transactions is None and data.customers is not None


def _has_dates(data: ImportResult) -> bool:
    """Whether ``data`` has sales lines with dates (an as-of date needs them)."""
    tx = data.transactions
    return tx is not None and "date" in tx and bool(tx["date"].notna().any())


def run(
    path: str | Path,
    options: ImportOptions | None = None,
    settings: AnalysisSettings | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
    *,
    only: tuple[str, ...] | None = None,
) -> AnalysisResult:
    """Load ``path`` and analyse it: the whole pipeline in one call."""
    task = Task(progress, cancelled)
    with task.step(N_("Reading file"), 0.0, 0.6) as sub:
        data = load(path, options, task=sub)
    with task.step(N_("Analysing"), 0.6, 1.0) as sub:
        return analyse(data, settings, task=sub, only=only)


def _num(x: Any) -> float | None:
    if x is None:
        return None
    try:
        f = float(x)
    except (TypeError, ValueError):
        return None
    return None if f != f else round(f, 2)  # NaN -> None


def summary_dict(result: AnalysisResult) -> dict[str, Any]:
    """Return the summary JSON of DESIGN.md §11 (stable: tools and tests depend on it)."""
    rep = result.data.report
    tx = result.data.transactions
    schemes: dict[str, Any] = {}
    for name, seg in result.segmentations.items():
        schemes[name] = {
            "title": seg.title,
            "notes": list(seg.notes),
            "segments": [
                {
                    "name": s.name,
                    "customers": int(s.customers),
                    "share": _num(s.share),
                    "revenue": _num(s.revenue),
                    "margin": _num(s.margin),
                    "avg_order": _num(s.avg_order),
                    "avg_effort": _num(s.avg_effort),
                    "effort_source": s.extra.get("effort_source"),
                    "cost_to_serve": _num(s.extra.get("cost_to_serve")),
                    "profit_after_service": _num(s.extra.get("profit_after_service")),
                    "costly_customers": s.extra.get("costly_customers"),
                    "description": s.description,
                    "persona": None
                    if s.persona is None
                    else {
                        "name": s.persona.name,
                        "tagline": s.persona.tagline,
                        "rule": s.persona.rule,
                        "summary": s.persona.story,
                        "actions": list(s.persona.actions),
                    },
                }
                for s in seg.segments
            ],
        }
    out = {
        "file": rep.file,
        "format": rep.format,
        "table_kind": rep.table_kind,
        "customers": int(len(result.customers)),
        "transactions": int(len(tx)) if tx is not None else 0,
        "rows_read": int(rep.rows_read),
        "rows_dropped": dict(rep.dropped),
        "anonymous_rows": int(rep.anonymous_rows),
        "period": {
            "start": result.period_start.date().isoformat() if result.period_start else None,
            "end": result.period_end.date().isoformat() if result.period_end else None,
        },
        "margin_source": result.margin_source,
        "currency": getattr(result.settings, "currency", None) or rep.currency,
        "effort_source": result.effort_source,
        "cost_to_serve": _service_summary(result),
        "schemes": schemes,
        "unavailable": dict(result.unavailable),
        "notes": list(result.notes),
        **({"files": [dict(f) for f in rep.files]} if rep.files else {}),
    }
    if getattr(result, "forecast", None) is not None:  # issue 16
        from desktopseg.core.forecast import forecast_summary

        out["forecast"] = forecast_summary(result.forecast)
    return out


def _service_summary(result: AnalysisResult) -> dict[str, Any] | None:
    """How cost to serve was worked out: sources, minutes per activity, hourly rate."""
    from desktopseg.core.cost_to_serve import cost_label

    service = getattr(result, "service", None) or {}
    if not service:
        return None
    return {
        "effort": service.get("effort_kind"),
        "cost": service.get("cost_source"),
        "minutes": dict(service.get("minutes") or {}),
        "hourly_rate": service.get("hourly_rate"),
        "label": cost_label(result),
    }
