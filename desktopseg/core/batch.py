"""Many clients in one go: analyse each input through the one pipeline, one after another.

    run_batch(inputs, out_dir, ...) -> BatchOutcome

Each input is one client. Its workbook (and, given a ``render_pdf`` callable, its printed report)
goes to ``out_dir/<input name>.xlsx|.pdf``; a client whose file needs fixing is recorded with the
reason and skipped, and the others carry on. Cancel stops between (and inside) clients. Nothing
of one client is kept while the next runs: only its plain summary travels on, so no client's
customers reach another's files. The clients workbook and the run history are written by
:mod:`desktopseg.core.clients_book`.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from desktopseg.core.errors import Cancelled, UserError
from desktopseg.core.i18n import N_, _
from desktopseg.core.letterhead import Letterhead
from desktopseg.core.model import AnalysisResult, AnalysisSettings, ImportOptions
from desktopseg.core.progress import CancelFn, ProgressFn, Task

log = logging.getLogger(__name__)

#: render_pdf(result, path, letterhead) -- the report module's write_pdf, passed in because the
#: core never imports Qt.
RenderPdf = Callable[[AnalysisResult, Path, Letterhead], None]


@dataclass
class ClientRun:
    """What happened to one client of a batch."""

    file: Path
    client: str
    done: bool = False
    problem: str = ""  # what is wrong, in plain words (empty when done)
    hint: str = ""  # what to do about it
    internal: bool = False  # a bug, not the client's file: see the log
    summary: dict[str, Any] | None = None  # pipeline.summary_dict of the run
    labels: dict[str, str] = field(default_factory=dict)  # hashed customer -> main segment
    workbook: Path | None = None
    report: Path | None = None
    suggestions: list[Any] = field(default_factory=list)  # this_month.Suggestion
    mapping: str = ""  # the column mapping this run used (JSON), to remember for next time
    moved: str = ""  # what moved since the previous run (set by the clients workbook)


@dataclass
class BatchOutcome:
    """Every client of a batch, in input order, and whether the user stopped it."""

    clients: list[ClientRun]
    cancelled: bool = False
    finished_at: datetime = field(default_factory=datetime.now)

    @property
    def done(self) -> list[ClientRun]:
        """The clients that were analysed."""
        return [c for c in self.clients if c.done]

    @property
    def skipped(self) -> list[ClientRun]:
        """The clients that were not analysed (their file needs fixing, or a bug)."""
        return [c for c in self.clients if not c.done and (c.problem or c.internal)]


def output_names(inputs: Sequence[Path]) -> list[str]:
    """Return one output base name per input: its name without extension, unique in the batch."""
    seen: set[str] = set()
    out = []
    for p in inputs:
        base = p.stem or p.name
        if base.lower() in seen:  # sales.csv and sales.xlsx both given
            base = f"{p.stem}-{p.suffix.lstrip('.')}"
        n, candidate = 2, base
        while candidate.lower() in seen:
            candidate, n = f"{base}-{n}", n + 1
        seen.add(candidate.lower())
        out.append(candidate)
    return out


def run_client(
    path: Path,
    out_base: Path,
    letterhead: Letterhead,
    *,
    options: ImportOptions | None = None,
    settings: AnalysisSettings | None = None,
    render_pdf: RenderPdf | None = None,
    task: Task | None = None,
    keep: Callable[[Any, AnalysisResult], None] | None = None,
    prepare: Callable[[AnalysisResult], None] | None = None,
) -> ClientRun:
    """Analyse one client's file and write its workbook (and report); raise UserError if broken.

    ``prepare(result)``, when given, is called before anything is written (e.g. to put the
    persona names and notes the bookkeeper edited onto the new results); ``keep(data, result)``
    is called last, e.g. to save the client's project.
    """
    from desktopseg.core import pipeline
    from desktopseg.core.clients_book import hashed_labels
    from desktopseg.core.export import main_scheme, write_workbook
    from desktopseg.core.this_month import pick

    task = task or Task()
    run = ClientRun(file=path, client=letterhead.client)
    with task.step(N_("Reading file"), 0.0, 0.35) as sub:
        data = pipeline.load(path, options, task=sub)
    with task.step(N_("Analysing"), 0.35, 0.75) as sub:
        result = pipeline.analyse(data, settings, task=sub)
    if not result.segmentations:
        reasons = " ".join(dict.fromkeys(why.strip() for why in result.unavailable.values()))
        raise UserError(
            _("No segments could be made from this file.") + (f" {reasons}" if reasons else ""),
            hint=_("Check in 'desktopseg inspect' that the customer, date and amount columns "
                   "were found."),
            file=str(path),
        )
    if prepare is not None:
        prepare(result)
    run.summary = pipeline.summary_dict(result)
    run.mapping = data.mapping.to_json()
    scheme = main_scheme(result)
    run.labels = hashed_labels(result.segmentations[scheme].labels, letterhead.client)
    run.suggestions = pick(result)
    with task.step(N_("Writing Excel file"), 0.75, 0.9) as sub:
        run.workbook = out_base.with_suffix(".xlsx")
        write_workbook(result, run.workbook, sub, letterhead=letterhead)
    if render_pdf is not None:
        with task.step(N_("Writing the report"), 0.9, 1.0):
            run.report = out_base.with_suffix(".pdf")
            render_pdf(result, run.report, letterhead)
    if keep is not None:
        keep(data, result)
    run.done = True
    return run


def run_batch(
    inputs: Sequence[str | Path],
    out_dir: str | Path,
    *,
    practice: str = "",
    logo: str | Path | None = None,
    render_pdf: RenderPdf | None = None,
    options_for: Callable[[Path], ImportOptions | None] | None = None,
    settings: AnalysisSettings | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
    on_client: Callable[[ClientRun], None] | None = None,
    client_names: Sequence[str] | None = None,
    keep: Callable[[Path, Any, AnalysisResult], None] | None = None,
    prepare: Callable[[AnalysisResult], None] | None = None,
) -> BatchOutcome:
    """Analyse each input as one client, one after another; see the module docstring.

    ``on_client`` hears about each client as soon as it is finished or skipped. ``options_for``
    gives a client's remembered column mapping. ``keep(input, data, result)`` is called for
    each analysed client (the Clients view saves the client's project with it). Raises nothing
    for a broken client; a cancel ends the batch with ``cancelled=True`` and the clients
    finished so far.
    """
    paths = [Path(p) for p in inputs]
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    task = Task(progress, cancelled)
    names = output_names(paths)
    outcome = BatchOutcome(clients=[])
    n = max(len(paths), 1)
    for i, (path, base) in enumerate(zip(paths, names, strict=True)):
        client = client_names[i] if client_names else None
        letterhead = Letterhead.for_file(path, practice, logo, client=client)
        step = _("Client {i} of {n}: {name}").format(i=i + 1, n=len(paths), name=letterhead.client)
        try:
            with task.step(step, i / n, (i + 1) / n) as sub:
                run = run_client(
                    path, out / base, letterhead,
                    options=options_for(path) if options_for else None,
                    settings=settings, render_pdf=render_pdf, task=sub,
                    keep=None if keep is None else _bound(keep, path), prepare=prepare,
                )
        except Cancelled:
            outcome.cancelled = True
            break
        except UserError as exc:
            run = ClientRun(file=path, client=letterhead.client, problem=exc.message,
                            hint=exc.hint)
        except MemoryError:
            run = ClientRun(file=path, client=letterhead.client,
                            problem=_("The file is too big to analyse on this computer."),
                            hint=_("Export a shorter period, or close other programs."))
        except Exception:  # noqa: BLE001 - one client's bug must not stop the others
            log.error("batch: %s failed\n%s", path, traceback.format_exc())
            run = ClientRun(file=path, client=letterhead.client, internal=True,
                            problem=_("Something went wrong inside the program."),
                            hint=_("The details are in the log file."))
        outcome.clients.append(run)
        if on_client is not None:
            on_client(run)
    outcome.finished_at = datetime.now()
    return outcome


def _bound(keep: Callable[[Path, Any, AnalysisResult], None], path: Path):
    def call(data: Any, result: AnalysisResult) -> None:
        keep(path, data, result)

    return call
