"""The clients of a bookkeeping practice: one record and one project folder per client.

    Registry.load() / .add(name, folder, pos) / .remove(id) / .save()
    refresh_clients(clients, practice, progress, cancelled) -> RefreshOutcome

The registry is ``clients/clients.json`` in the app's data folder (never beside the user's
files). Each client has its own folder ``clients/<id>/`` holding everything of that client
only: its remembered column mapping, its autosaves, and its runs (workbook, report and the
run history the next refresh compares against). Clients on the same point-of-sale system share
a mapping *template* (``clients/templates/<pos>.json``: column roles, no data), used until the
client has a mapping of its own. Removing a client deletes its folder: autosaves, mapping, runs.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from desktopseg.core.appdirs import data_dir
from desktopseg.core.errors import Cancelled, UserError
from desktopseg.core.i18n import _
from desktopseg.core.model import ColumnMapping, ImportOptions
from desktopseg.core.progress import CancelFn, ProgressFn, Task

#: File types taken as a client's export when looking for the newest in their folder.
EXPORT_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".tsv", ".txt")


def clients_dir() -> Path:
    """Return (and create) the folder of all clients' records and project folders."""
    d = data_dir() / "clients"
    d.mkdir(parents=True, exist_ok=True)
    return d


@dataclass
class Client:
    """One client: where their exports arrive and what the last refresh found."""

    id: str
    name: str
    folder: str  # where the client's exports arrive
    pos: str = ""  # their point-of-sale / accounting system, e.g. "Square", "QuickBooks"
    last_export: str = ""  # file name of the export last analysed
    last_export_time: str = ""  # its modification time (ISO)
    last_run: str = ""  # when it was last analysed (ISO)
    summary: str = ""  # one line: "Champions 18 %, 3 moved to At Risk"
    problem: str = ""  # what went wrong last time, in plain words ("" when fine)
    hint: str = ""  # what to do about the problem
    last_refresh: str = ""  # id of the refresh that last went through this client

    @property
    def home(self) -> Path:
        """The client's own project folder (mapping, autosaves, runs)."""
        return clients_dir() / self.id

    @property
    def runs(self) -> Path:
        """Where the client's workbooks, reports and run history go."""
        return self.home / "runs"

    @property
    def autosaves(self) -> Path:
        """The client's autosave folder."""
        return self.home / "autosave"

    @property
    def mapping_path(self) -> Path:
        """The client's remembered column mapping."""
        return self.home / "mapping.json"

    @property
    def project_path(self) -> Path:
        """The client's project (.dseg), which the main window opens: data, settings, runs."""
        from desktopseg.core.export import safe_filename
        from desktopseg.core.project import SUFFIX

        return self.home / (safe_filename(self.name, 60) + SUFFIX)


def template_path(pos: str) -> Path | None:
    """Return the shared mapping template file of a point-of-sale system, or None."""
    key = re.sub(r"[^a-z0-9]+", "-", pos.strip().lower()).strip("-")
    if not key:
        return None
    d = clients_dir() / "templates"
    d.mkdir(parents=True, exist_ok=True)
    return d / f"{key}.json"


@dataclass
class Registry:
    """All clients of the practice, saved as one small JSON file."""

    clients: list[Client] = field(default_factory=list)

    @classmethod
    def load(cls) -> Registry:
        """Read the registry (empty when there is none yet)."""
        try:
            raw = json.loads((clients_dir() / "clients.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = Client.__dataclass_fields__
        return cls([Client(**{k: v for k, v in c.items() if k in known})
                    for c in raw.get("clients", []) if isinstance(c, dict)])

    def save(self) -> None:
        """Write the registry atomically."""
        path = clients_dir() / "clients.json"
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps({"version": 1, "clients": [asdict(c) for c in self.clients]},
                                  indent=1, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)

    def get(self, client_id: str) -> Client | None:
        """Return the client with ``client_id`` or None."""
        return next((c for c in self.clients if c.id == client_id), None)

    def add(self, name: str, folder: str | Path, pos: str = "") -> Client:
        """Add a client (names are unique, ignoring case); create its project folder."""
        name = name.strip()
        if not name:
            raise UserError(_("Give the client a name."))
        if any(c.name.lower() == name.lower() for c in self.clients):
            raise UserError(_("There is already a client called '{name}'.").format(name=name),
                            hint=_("Choose another name."))
        client = Client(id=uuid.uuid4().hex[:12], name=name, folder=str(folder), pos=pos.strip())
        client.home.mkdir(parents=True, exist_ok=True)
        self.clients.append(client)
        return client

    def update(self, client: Client) -> None:
        """Replace the record of ``client`` (same id) with ``client``."""
        self.clients = [client if c.id == client.id else c for c in self.clients]

    def remove(self, client_id: str) -> bool:
        """Forget a client and delete its project folder: autosaves, mapping and runs.

        The caller asks the user first; this does not ask. Returns False if unknown.
        """
        client = self.get(client_id)
        if client is None:
            return False
        home = client.home
        _discard_project_autosave(client)
        if home.parent == clients_dir() and home.is_dir():  # never anything outside our folder
            shutil.rmtree(home)
        self.clients = [c for c in self.clients if c.id != client_id]
        return True


def _discard_project_autosave(client: Client) -> None:
    """Delete the autosave the main window kept of the client's project, if any."""
    from desktopseg.core.project import SUFFIX, autosave_dir, discard_autosave, project_summary

    try:
        pid = project_summary(client.project_path).project_id
    except (OSError, UserError):
        return
    if pid:
        discard_autosave(autosave_dir() / f"{pid}{SUFFIX}")


def _previous_project(client: Client):
    """Return the client's saved project, or None (none yet, or unreadable)."""
    from desktopseg.core.project import load_project

    if not client.project_path.exists():
        return None
    try:
        return load_project(client.project_path)
    except (OSError, UserError):
        return None


def keep_project(client: Client, previous, data, result) -> None:
    """Save the run as the client's project, keeping its history and persona edits."""
    from desktopseg.core.project import add_run, new_project, save_project

    project = new_project(data, result.settings)
    if previous is not None:
        project.history = list(previous.history)
        project.persona_edits = dict(previous.persona_edits)
        project.project_id = previous.project_id
    add_run(project, result)
    client.home.mkdir(parents=True, exist_ok=True)
    save_project(client.project_path, project)


def newest_export(folder: str | Path) -> Path | None:
    """Return the most recently modified export in ``folder`` (Excel's lock files ignored)."""
    d = Path(folder)
    if not d.is_dir():
        return None
    files = [p for p in d.iterdir() if p.is_file() and p.suffix.lower() in EXPORT_SUFFIXES
             and not p.name.startswith(("~$", ".", "clients"))]
    return max(files, key=lambda p: (p.stat().st_mtime, p.name), default=None)


def _read_mapping(path: Path | None) -> ColumnMapping | None:
    if path is None:
        return None
    try:
        return ColumnMapping.from_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, TypeError):
        return None


def remembered_mapping(client: Client) -> ColumnMapping | None:
    """Return the client's own mapping, else its POS template, else None (automatic)."""
    return _read_mapping(client.mapping_path) or _read_mapping(template_path(client.pos))


def remember(client: Client, mapping_json: str) -> None:
    """Keep the mapping a run used for the client, and as its POS template if there is none."""
    if not mapping_json:
        return
    client.home.mkdir(parents=True, exist_ok=True)
    for path in (client.mapping_path, template_path(client.pos)):
        if path is None or (path != client.mapping_path and path.exists()):
            continue
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(mapping_json, encoding="utf-8")
        os.replace(tmp, path)


@dataclass
class ClientRefresh:
    """What a refresh did for one client (plain values: it crosses to the window)."""

    client_id: str
    name: str
    export: str = ""
    done: bool = False
    problem: str = ""
    hint: str = ""
    summary: str = ""
    workbook: str = ""
    report: str = ""
    project: str = ""


@dataclass
class RefreshOutcome:
    """Every client a refresh went through, in order, and whether it was stopped."""

    clients: list[ClientRefresh]
    cancelled: bool = False

    @property
    def problems(self) -> list[ClientRefresh]:
        """The clients that could not be refreshed."""
        return [c for c in self.clients if not c.done]


def refresh_client(client: Client, practice: str = "", *, render_pdf=None,
                   task: Task | None = None, logo: str | None = None) -> ClientRefresh:
    """Analyse the newest export of one client into its own folder; never raises UserError."""
    from desktopseg.core.batch import run_batch
    from desktopseg.core.clients_book import one_line, write_clients_book

    task = task or Task()
    out = ClientRefresh(client_id=client.id, name=client.name)
    export = newest_export(client.folder)
    if export is None:
        out.problem = _("No export found in {folder}.").format(folder=client.folder)
        out.hint = _("Save the client's sales export into that folder, or pick another folder.")
        return out
    out.export = export.name
    mapping = remembered_mapping(client)
    previous = _previous_project(client)  # its settings (changed in the window) are kept

    def keep(_path: Path, data, result) -> None:
        keep_project(client, previous, data, result)

    def prepare(result) -> None:  # the names and notes edited in the window, in the reports too
        if previous is not None and previous.persona_edits:
            from desktopseg.core.project import apply_persona_edits

            apply_persona_edits(result, previous.persona_edits)

    def progress(step: str, fraction: float) -> None:
        task.report(fraction)  # one bar: the step keeps the client's name, not "Reading file"

    def attempt(with_mapping: ColumnMapping | None):
        return run_batch([export], client.runs, practice=practice, logo=logo,
                         render_pdf=render_pdf, client_names=[client.name],
                         options_for=lambda _p: ImportOptions(mapping=with_mapping),
                         settings=previous.settings if previous is not None else None,
                         progress=progress, keep=keep, prepare=prepare)

    outcome = attempt(mapping)
    if outcome.cancelled:
        raise Cancelled()
    if mapping is not None and not outcome.clients[0].done:
        outcome = attempt(None)  # the export changed shape: detect the columns afresh
        if outcome.cancelled:
            raise Cancelled()
    run = outcome.clients[0]
    if not run.done:
        out.problem, out.hint = run.problem, run.hint
        return out
    write_clients_book(outcome, client.runs, practice)  # keeps the run history; sets moved
    remember(client, run.mapping)
    out.done = True
    out.summary = one_line(run.summary, run.moved)
    out.workbook = str(run.workbook or "")
    out.report = str(run.report or "")
    out.project = str(client.project_path)
    return out


def refresh_clients(
    clients: list[Client],
    practice: str = "",
    *,
    render_pdf: Callable[..., None] | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
    refresh_id: str = "",
) -> RefreshOutcome:
    """Refresh each client in turn; a client's problem is recorded and the others carry on.

    Each client's record is saved as soon as it is done (:func:`apply_refresh`), marked with
    ``refresh_id``, so a cancel or a closed window keeps what was finished and the window can
    list each client's problem as it comes. A cancel ends the refresh with ``cancelled=True``
    and the clients finished so far.
    """
    task = Task(progress, cancelled)
    outcome = RefreshOutcome(clients=[])
    n = max(len(clients), 1)
    for i, client in enumerate(clients):
        step = _("Client {i} of {n}: {name}").format(i=i + 1, n=len(clients), name=client.name)
        try:
            with task.step(step, i / n, (i + 1) / n) as sub:
                one = refresh_client(client, practice, render_pdf=render_pdf, task=sub)
        except Cancelled:
            outcome.cancelled = True
            break
        outcome.clients.append(one)
        apply_refresh(Registry.load(), RefreshOutcome([one]), refresh_id=refresh_id)
    return outcome


def apply_refresh(registry: Registry, outcome: RefreshOutcome,
                  now: datetime | None = None, refresh_id: str = "") -> None:
    """Write what a refresh found into the clients' records (and save the registry)."""
    stamp = (now or datetime.now()).isoformat(timespec="seconds")
    for r in outcome.clients:
        client = registry.get(r.client_id)
        if client is None:
            continue  # removed while the refresh ran
        client.problem = "" if r.done else r.problem
        client.hint = "" if r.done else r.hint
        client.last_refresh = refresh_id
        if r.done:
            export = Path(client.folder) / r.export
            client.last_export = r.export
            try:
                client.last_export_time = datetime.fromtimestamp(
                    export.stat().st_mtime).isoformat(timespec="seconds")
            except OSError:
                client.last_export_time = ""
            client.last_run = stamp
            client.summary = r.summary
    registry.save()


def as_rows(registry: Registry) -> list[dict[str, Any]]:
    """Return the registry as plain rows for a table (name, folder, last export, run, summary)."""
    return [asdict(c) for c in registry.clients]
