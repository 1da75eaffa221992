"""Project files (``.dseg``): one file the user can save, copy and reopen (DESIGN.md §8).

A project is an SQLite database used as an application file format
(https://www.sqlite.org/appfileformat.html). It holds the cleaned data (as Parquet blobs, which
keep pandas dtypes: datetimes, nullable strings, floats), the import report and column mapping,
the analysis settings, the user's persona edits and the history of runs, and the last analysis
of that data (core/saved_results.py), so a reopened project shows its results without re-running
them. Saved results are shown only while they match the saved data, source, settings and app
version; otherwise ``pipeline.analyse(project.data, project.settings)`` recomputes them
deterministically, as it does for projects saved before results were kept.

Saves are atomic: the new file is written in full beside the old one, flushed to disk, then
swapped in with ``os.replace``, so a crash at any moment leaves the old or the new file, never a
mix. Opening never writes to the file; older schema versions are migrated in memory.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd

from desktopseg import __version__
from desktopseg.core import saved_results
from desktopseg.core.appdirs import data_dir
from desktopseg.core.errors import UserError
from desktopseg.core.i18n import _
from desktopseg.core.model import (
    AnalysisResult,
    AnalysisSettings,
    ColumnInfo,
    ColumnMapping,
    ImportReport,
    ImportResult,
    Problem,
)

#: File name extension of projects.
SUFFIX = ".dseg"
#: SQLite ``PRAGMA application_id``: "DSEG" in ASCII, so tools (and we) can tell our files apart.
APPLICATION_ID = 0x44534547
#: The schema this code writes. Bump it and append a migration when the layout changes.
SCHEMA_VERSION = 1

PersonaEdits = dict[tuple[str, str], dict[str, str]]

_SCHEMA_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (name TEXT PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE frames (
    name TEXT PRIMARY KEY,
    format TEXT NOT NULL,
    index_names TEXT NOT NULL,
    rows INTEGER NOT NULL,
    data BLOB NOT NULL
);
CREATE TABLE persona_edits (
    scheme TEXT NOT NULL,
    segment TEXT NOT NULL,
    name TEXT,
    notes TEXT,
    PRIMARY KEY (scheme, segment)
);
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    settings TEXT NOT NULL,
    segments TEXT NOT NULL
);
"""

#: MIGRATIONS[i] upgrades an open connection from schema version i + 1 to i + 2. Version 1 is the
#: first; append here (never edit) when the schema changes, and keep a fixture of each version.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = []


@dataclass
class RunRecord:
    """One analysis run kept in the history, enough to compare segments quarter on quarter."""

    at: datetime
    settings: dict[str, Any]
    #: scheme -> [{"segment", "customers", "revenue", "margin"}, ...]
    segments: dict[str, list[dict[str, Any]]]
    period_start: str | None = None
    period_end: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able dict."""
        d = asdict(self)
        d["at"] = self.at.isoformat(timespec="seconds")
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> RunRecord:
        """Inverse of :meth:`to_dict`; unknown keys ignored."""
        kw = {k: v for k, v in d.items() if k in cls.__dataclass_fields__}
        kw["at"] = datetime.fromisoformat(str(kw["at"]))
        return cls(**kw)


@dataclass
class Project:
    """Everything a saved project holds. ``source`` describes the imported file."""

    data: ImportResult
    settings: AnalysisSettings = field(default_factory=AnalysisSettings)
    persona_edits: PersonaEdits = field(default_factory=dict)
    history: list[RunRecord] = field(default_factory=list)
    #: {"name", "path", "size", "sha256", "imported_at"} of the imported file.
    source: dict[str, Any] = field(default_factory=dict)
    #: Stable identity across saves; names this project's autosave file.
    project_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    #: Where the project was last saved or opened from (not stored in the file).
    path: Path | None = None
    #: Earlier exports kept when a newer one was added (core/snapshots.py), oldest first.
    snapshots: list = field(default_factory=list)
    #: The last analysis of ``data`` (an AnalysisResult), kept in the file when it still matches
    #: the data and settings; after loading, None when the analysis must run again.
    result: Any = None


@dataclass
class ProjectSummary:
    """What the Open Recent list shows about a project, read without loading the data."""

    path: Path
    source_name: str | None
    customers: int | None
    transactions: int | None
    period_start: str | None
    period_end: str | None
    saved_at: str | None
    runs: int
    project_id: str | None = None
    original_path: str | None = None  # for autosaves: the project file they belong to

    def tooltip(self) -> str:
        """Return a few plain lines for a tooltip."""
        lines = [self.path.name]
        if self.source_name:
            lines.append(_("Data from {name}").format(name=self.source_name))
        if self.customers is not None:
            lines.append(_("{n:,} customers").format(n=self.customers))
        if self.period_start and self.period_end:
            lines.append(_("{start} to {end}").format(start=self.period_start,
                                                      end=self.period_end))
        if self.saved_at:
            lines.append(_("Saved {when}").format(when=self.saved_at.replace("T", " ")))
        return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Source file and history helpers
# ---------------------------------------------------------------------------------------------


def describe_source(path: str | Path) -> dict[str, Any]:
    """Name, size, SHA-256 and import time of the file the data came from."""
    p = Path(path)
    digest = hashlib.sha256()
    with open(p, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return {
        "name": p.name,
        "path": str(p.resolve()),
        "size": p.stat().st_size,
        "sha256": digest.hexdigest(),
        "imported_at": datetime.now().isoformat(timespec="seconds"),
    }


def source_changed(project: Project) -> bool:
    """Return True when the file the data came from is still there but no longer the same.

    A shop that exports to the same file every month opens its project to an old month: the
    window offers to read the file again as a newer export. Size first; the SHA-256 only when
    the size is the same (read on the worker thread that opens the project).
    """
    src = project.source or {}
    path, size, digest = src.get("path"), src.get("size"), src.get("sha256")
    if not path or size is None or not digest:
        return False
    p = Path(path)
    try:
        if not p.is_file():
            return False
        if p.stat().st_size != size:
            return True
        return describe_source(p)["sha256"] != digest
    except OSError:
        return False


def new_project(data: ImportResult, settings: AnalysisSettings | None = None,
                source: dict[str, Any] | None = None) -> Project:
    """Start a project for freshly imported data, describing the source file when it exists.

    ``source``: what :func:`describe_source` said, when the caller already asked (the window
    has the file hashed where it was read, not on its own thread).
    """
    if source is None:
        source = {"name": Path(data.report.file).name}
        try:
            source = describe_source(data.report.file)
        except OSError:
            pass  # the file moved or was never a file (a test double): keep the name only
    return Project(data=data, settings=settings or AnalysisSettings(), source=source)


def add_run(project: Project, result: AnalysisResult, at: datetime | None = None) -> RunRecord:
    """Append a summary of ``result`` to the project's history and return it."""
    segments = {
        scheme: [
            {
                "segment": s.name,
                "customers": int(s.customers),
                "revenue": float(s.revenue),
                "margin": None if s.margin is None else float(s.margin),
            }
            for s in seg.segments
        ]
        for scheme, seg in result.segmentations.items()
    }
    record = RunRecord(
        at=at or datetime.now().replace(microsecond=0),
        settings=result.settings.to_dict(),
        segments=segments,
        period_start=result.period_start.isoformat() if result.period_start else None,
        period_end=result.period_end.isoformat() if result.period_end else None,
    )
    project.history.append(record)
    return record


def compare_runs(old: RunRecord, new: RunRecord, scheme: str) -> pd.DataFrame:
    """Segment by segment change between two runs: customers, revenue, margin and their deltas."""
    cols = ["customers", "revenue", "margin"]

    def frame(run: RunRecord) -> pd.DataFrame:
        rows = run.segments.get(scheme, [])
        df = pd.DataFrame(rows, columns=["segment", *cols]).set_index("segment")
        return df.astype("float64")

    a, b = frame(old), frame(new)
    out = a.join(b, how="outer", suffixes=("_before", "_now"))
    for c in cols:
        out[c + "_change"] = out[c + "_now"].fillna(0) - out[c + "_before"].fillna(0)
    return out


def apply_persona_edits(result: AnalysisResult, edits: PersonaEdits) -> None:
    """Put the user's persona names and notes onto a freshly computed result."""
    for (scheme, segment), edit in edits.items():
        seg = result.segmentations.get(scheme)
        profile = seg.segment(segment) if seg else None
        if profile is None or profile.persona is None:
            continue  # the segment no longer exists with these settings; keep the edit
        if edit.get("name"):
            from desktopseg.core.names import rename_persona

            rename_persona(profile.persona, edit["name"])  # in its story too
        if "notes" in edit and edit["notes"] is not None:
            profile.persona.notes = edit["notes"]


# ---------------------------------------------------------------------------------------------
# (De)serialising the pieces
# ---------------------------------------------------------------------------------------------


_DTYPES_KEY = b"desktopseg.dtypes"


def _frame_to_blob(df: pd.DataFrame) -> tuple[bytes, list[str]]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    # A named index goes in as ordinary columns: pyarrow restores an index's string dtype with
    # the default na_value (NaN) rather than the <NA> it had, while columns round-trip exactly.
    index_names: list[str] = []
    index_dtypes: dict[str, str] = {}
    if not isinstance(df.index, pd.RangeIndex) or df.index.name is not None:
        index_names = [str(n) if n is not None else f"__index_{i}__"
                       for i, n in enumerate(df.index.names)]
        # reset_index turns an object index of text into a "str" column: keep what it was
        index_dtypes = {n: str(df.index.get_level_values(i).dtype)
                        for i, n in enumerate(index_names)}
        df = df.copy()
        df.index.names = index_names
        df = df.reset_index()
    table = pa.Table.from_pandas(df, preserve_index=False)
    # The dtype of every column, so the few that Arrow cannot tell apart come back as they
    # were (an empty category column, object columns of text).
    dtypes = json.dumps({str(c): str(t) for c, t in df.dtypes.items()} | index_dtypes).encode()
    table = table.replace_schema_metadata({**(table.schema.metadata or {}),
                                           _DTYPES_KEY: dtypes})
    buf = io.BytesIO()
    pq.write_table(table, buf, compression="zstd")
    return buf.getvalue(), index_names


def _frame_from_blob(blob: bytes, index_names: list[str]) -> pd.DataFrame:
    import pyarrow.parquet as pq

    table = pq.read_table(io.BytesIO(blob))
    df = table.to_pandas()
    stored = json.loads((table.schema.metadata or {}).get(_DTYPES_KEY, b"{}"))
    for column, dtype in stored.items():
        if column in df and str(df[column].dtype) != dtype:
            try:
                df[column] = df[column].astype(dtype)
            except (TypeError, ValueError):
                pass  # keep what Arrow gave: close, and better than failing to open
    if index_names:
        df = df.set_index(index_names)
        df.index.names = [None if n.startswith("__index_") else n for n in index_names]
    return df


def _report_from_dict(d: dict[str, Any]) -> ImportReport:
    kw = {k: v for k, v in d.items() if k in ImportReport.__dataclass_fields__}
    kw["columns"] = [ColumnInfo(**c) for c in kw.get("columns", [])]
    kw["problems"] = [Problem(**p) for p in kw.get("problems", [])]
    return ImportReport(**kw)


def _meta_values(project: Project) -> dict[str, Any]:
    data = project.data
    tx, cu = data.transactions, data.customers
    period = (None, None)
    if tx is not None and "date" in tx and len(tx):
        period = (str(tx["date"].min())[:10], str(tx["date"].max())[:10])
    customers = None
    if cu is not None:
        customers = int(len(cu))
    elif tx is not None and "customer_key" in tx:
        customers = int(tx["customer_key"].nunique())
    return {
        "schema_version": SCHEMA_VERSION,
        "app_version": __version__,
        "saved_at": datetime.now().isoformat(timespec="seconds"),
        "project_id": project.project_id,
        "source": project.source,
        "customers": customers,
        "transactions": None if tx is None else int(len(tx)),
        "period_start": period[0],
        "period_end": period[1],
        "runs": len(project.history),
    }


def _write_db(conn: sqlite3.Connection, project: Project, extra_meta: dict[str, Any]) -> None:
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.executescript(_SCHEMA_V1)
    blobs = {}
    for name in ("transactions", "customers"):
        df = getattr(project.data, name)
        if df is not None:
            blobs[name] = (*_frame_to_blob(df), len(df))
    from desktopseg.core import snapshots

    for name, df in snapshots.frames_to_save(project):
        blobs[name] = (*_frame_to_blob(df), len(df))
    # SQLite keeps no checksums and Parquet's are not checked on read: a SHA-256 per table
    # lets a damaged file say so instead of opening with silently wrong numbers.
    checksums = {name: hashlib.sha256(b[0]).hexdigest() for name, b in blobs.items()}
    saved_result = _result_to_save(project, checksums)
    if saved_result is not None:
        for name, df in saved_result[1].items():
            blob = _frame_to_blob(df)
            blobs[name] = (*blob, len(df))
            checksums[name] = hashlib.sha256(blob[0]).hexdigest()
    meta = _meta_values(project) | {"frame_sha256": checksums} | extra_meta
    with conn:
        conn.executemany("INSERT INTO meta VALUES (?, ?)",
                         [(k, json.dumps(v, ensure_ascii=False)) for k, v in meta.items()])
        docs = {
            "report": asdict(project.data.report),
            "mapping": json.loads(project.data.mapping.to_json()),
            "settings": project.settings.to_dict(),
        }
        if project.snapshots:
            docs["snapshots"] = snapshots.document(project)
        if saved_result is not None:
            docs[saved_results.DOCUMENT] = saved_result[0]
        conn.executemany("INSERT INTO documents VALUES (?, ?)",
                         [(k, json.dumps(v, ensure_ascii=False, default=str))
                          for k, v in docs.items()])
        for name, (blob, index_names, rows) in blobs.items():
            conn.execute("INSERT INTO frames VALUES (?, 'parquet', ?, ?, ?)",
                         (name, json.dumps(index_names), rows, blob))
        conn.executemany(
            "INSERT INTO persona_edits VALUES (?, ?, ?, ?)",
            [(scheme, segment, e.get("name"), e.get("notes"))
             for (scheme, segment), e in project.persona_edits.items()],
        )
        conn.executemany(
            "INSERT INTO runs (at, settings, segments) VALUES (?, ?, ?)",
            [(r.at.isoformat(timespec="seconds"), json.dumps(r.settings, default=str),
              json.dumps({k: v for k, v in r.to_dict().items() if k not in ("at", "settings")},
                         ensure_ascii=False))
             for r in project.history],
        )


def _data_sha256(checksums: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in checksums.items() if k in ("transactions", "customers")}


def _same_data(a: ImportResult, b: ImportResult) -> bool:
    """Return True when ``a`` and ``b`` hold the same tables.

    A result comes back from the worker's process with a copy of the data it analysed, so
    identity alone cannot tell.
    """
    if a is b:
        return True
    for name in ("transactions", "customers"):
        x, y = getattr(a, name), getattr(b, name)
        if (x is None) != (y is None) or (x is not None and (x is not y and not x.equals(y))):
            return False
    return True


def _result_to_save(project: Project, checksums: dict[str, str]):
    """(document, tables) of the project's result, or None when it does not describe the data."""
    result = project.result
    if result is None or not _same_data(result.data, project.data):
        return None  # e.g. a newer export was added and its analysis has not finished
    if result.settings.to_dict() != project.settings.to_dict():
        return None  # settings changed since: the result shown is not what the project says
    try:
        doc, frames = saved_results.encode(result)
    except TypeError:
        return None  # something new in the result this format cannot hold: re-run on open
    doc["key"] = saved_results.key(_data_sha256(checksums), project.source,
                                   result.settings.to_dict())
    return doc, frames


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a folder for fsync; MoveFileEx with replace is durable enough
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_stale_temps(path: Path) -> None:
    """Delete temp files left by saves that were killed half-way (their process is gone)."""
    for tmp in path.parent.glob(f".{path.name}.*.tmp"):
        try:
            pid = int(tmp.name.rsplit(".", 2)[-2])
        except ValueError:
            continue
        if pid == os.getpid() or _pid_alive(pid):
            continue
        try:
            tmp.unlink()
        except OSError:
            pass


def _pid_alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # be safe: leave the file
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _save(path: Path, project: Project, extra_meta: dict[str, Any]) -> None:
    # Autosaves run on a worker thread while the window may edit a persona: write a snapshot
    # of the mutable parts, never dicts that could change while they are being iterated.
    project = replace(project, persona_edits={k: dict(v) for k, v in
                                              dict(project.persona_edits).items()},
                      history=list(project.history), source=dict(project.source))
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_temps(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.unlink(missing_ok=True)
        conn = sqlite3.connect(tmp)
        try:
            # A fresh private file: no journal needed; we fsync the whole file ourselves below.
            conn.execute("PRAGMA journal_mode = OFF")
            conn.execute("PRAGMA synchronous = OFF")
            _write_db(conn, project, extra_meta)
        finally:
            conn.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except BaseException:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        raise


def save_project(path: str | Path, project: Project) -> None:
    """Write ``project`` to ``path`` atomically: a crash leaves the old file or the new one."""
    path = Path(path)
    source = project.source.get("path")
    if source and path.exists() and Path(source).exists() and path.samefile(source):
        raise UserError(
            _("The project can't be saved over the file the data came from."),
            hint=_("Choose another name; projects end in {suffix}.").format(suffix=SUFFIX),
            file=path,
        )
    try:
        _save(path, project, {})
    except OSError as exc:
        raise UserError(
            _("The project could not be saved: {reason}").format(reason=exc.strerror or exc),
            hint=_("Check there is free space and that you may write to that folder."),
            file=path,
        ) from None
    project.path = path


# ---------------------------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------------------------


def _not_a_project(path: Path) -> UserError:
    return UserError(
        _("This file is not a DesktopSeg project."),
        hint=_("Open a spreadsheet export to start a new analysis, or pick a {suffix} file.")
        .format(suffix=SUFFIX),
        file=path,
    )


def _corrupt(path: Path) -> UserError:
    return UserError(
        _("This project file is damaged and can't be opened."),
        hint=_("If you have a copy or an autosave of it, open that; otherwise import the "
               "spreadsheet again."),
        file=path,
    )


def _open_checked(path: Path) -> sqlite3.Connection:
    """Open read-only, check it is ours, and migrate an older schema in an in-memory copy."""
    if not path.is_file():
        raise UserError(_("The project file can't be found."), file=path)
    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise UserError(
            _("The project file can't be read: {reason}").format(reason=exc.strerror or exc),
            hint=_("Check that the file is not open in another program and that you may "
                   "read it."),
            file=path,
        ) from None
    if not header.startswith(b"SQLite format 3\x00"):
        raise _not_a_project(path)
    if len(header) < 100:
        raise _corrupt(path)
    # The header says so too, but ask SQLite: it reads the same bytes with its own checks.
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        raise _corrupt(path) from None
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise _not_a_project(path)
        if version > SCHEMA_VERSION:
            raise UserError(
                _("This project was saved by a newer version of DesktopSeg."),
                hint=_("Update DesktopSeg to open it."),
                file=path,
            )
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise _corrupt(path)
        if version < SCHEMA_VERSION:
            memory = sqlite3.connect(":memory:")
            conn.backup(memory)
            conn.close()
            conn = memory
            with conn:
                for step in MIGRATIONS[version - 1:SCHEMA_VERSION - 1]:
                    step(conn)
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except sqlite3.DatabaseError:
        conn.close()
        raise _corrupt(path) from None
    except BaseException:
        conn.close()
        raise
    return conn


def _read_meta(conn: sqlite3.Connection) -> dict[str, Any]:
    return {k: json.loads(v) for k, v in conn.execute("SELECT key, value FROM meta")}


def load_project(path: str | Path) -> Project:
    """Open a project file. Raises UserError for not-a-project, newer-version or damaged files."""
    import pyarrow as pa

    path = Path(path)
    conn = _open_checked(path)
    try:
        meta = _read_meta(conn)
        docs = {k: json.loads(v) for k, v in conn.execute("SELECT name, json FROM documents")}
        frames: dict[str, pd.DataFrame] = {}
        result_blobs: dict[str, tuple[bytes, list[str]]] = {}
        for name, fmt, index_names, blob in conn.execute(
            "SELECT name, format, index_names, data FROM frames"
        ):
            expected = (meta.get("frame_sha256") or {}).get(name)
            if fmt != "parquet" or (expected and hashlib.sha256(blob).hexdigest() != expected):
                raise _corrupt(path)
            if name.startswith(saved_results.FRAME_PREFIX):
                result_blobs[name] = (blob, json.loads(index_names))
                continue  # read only if the saved result still holds (below)
            frames[name] = _frame_from_blob(blob, json.loads(index_names))
        edits = {
            (scheme, segment): {"name": name, "notes": notes}
            for scheme, segment, name, notes in conn.execute(
                "SELECT scheme, segment, name, notes FROM persona_edits"
            )
        }
        history = []
        for at, settings, segments in conn.execute(
            "SELECT at, settings, segments FROM runs ORDER BY id"
        ):
            history.append(
                RunRecord.from_dict({"at": at, "settings": json.loads(settings)}
                                    | json.loads(segments))
            )
        data = ImportResult(
            transactions=frames.get("transactions"),
            customers=frames.get("customers"),
            report=_report_from_dict(docs["report"]),
            mapping=ColumnMapping.from_json(json.dumps(docs["mapping"])),
        )
        from desktopseg.core import snapshots

        project = Project(
            snapshots=snapshots.from_saved(docs.get("snapshots"), frames, _report_from_dict),
            data=data,
            settings=AnalysisSettings.from_dict(docs["settings"]),
            persona_edits=edits,
            history=history,
            source=meta.get("source") or {},
            project_id=meta.get("project_id") or uuid.uuid4().hex,
            path=None if meta.get("autosave_of") is not None else path,
        )
        project.result = _saved_result(docs, meta, result_blobs, project)
        return project
    except (sqlite3.DatabaseError, KeyError, ValueError, TypeError, OSError,
            pa.ArrowException) as exc:
        raise _corrupt(path) from exc
    finally:
        conn.close()


def _saved_result(docs: dict[str, Any], meta: dict[str, Any],
                  blobs: dict[str, tuple[bytes, list[str]]], project: Project):
    """Return the result kept in the file, or None when it is missing, stale or unreadable."""
    doc = docs.get(saved_results.DOCUMENT)
    if not isinstance(doc, dict):
        return None  # saved before results were kept, or the result was stale when saved
    expected = saved_results.key(_data_sha256(meta.get("frame_sha256") or {}), project.source,
                                 project.settings.to_dict())
    if doc.get("key") != expected:
        return None  # other data, settings, app version or format: analyse again
    try:
        frames = {name: _frame_from_blob(*blob) for name, blob in blobs.items()}
        result = saved_results.decode(doc, frames, project.data)
    except Exception:  # noqa: BLE001 - a result we cannot rebuild is simply recomputed
        return None
    apply_persona_edits(result, project.persona_edits)
    return result


def project_summary(path: str | Path) -> ProjectSummary:
    """Read the few facts the Open Recent list shows, without loading the data."""
    path = Path(path)
    conn = _open_checked(path)
    try:
        meta = _read_meta(conn)
    except (sqlite3.DatabaseError, ValueError):
        raise _corrupt(path) from None
    finally:
        conn.close()
    source = meta.get("source") or {}
    return ProjectSummary(
        path=path,
        source_name=source.get("name"),
        customers=meta.get("customers"),
        transactions=meta.get("transactions"),
        period_start=meta.get("period_start"),
        period_end=meta.get("period_end"),
        saved_at=meta.get("saved_at"),
        runs=int(meta.get("runs") or 0),
        project_id=meta.get("project_id"),
        original_path=meta.get("autosave_of") or None,
    )


# ---------------------------------------------------------------------------------------------
# Autosave and crash recovery
# ---------------------------------------------------------------------------------------------


def autosave_dir() -> Path:
    """Return the autosave folder (in the app's data folder, never beside user files)."""
    d = data_dir() / "autosave"
    d.mkdir(parents=True, exist_ok=True)
    return d


def autosave_path(project: Project) -> Path:
    """Where ``project``'s autosave lives (one file per project, replaced on each autosave)."""
    return autosave_dir() / f"{project.project_id}{SUFFIX}"


def write_autosave(project: Project) -> Path:
    """Save an unsaved project's state to its autosave file, atomically; return the path."""
    path = autosave_path(project)
    _save(path, project, {"autosave_of": str(project.path) if project.path else ""})
    return path


def pending_autosaves() -> list[ProjectSummary]:
    """Autosaves left behind (by a crash) that can be offered back, newest first."""
    found = []
    for p in autosave_dir().glob(f"*{SUFFIX}"):
        try:
            found.append(project_summary(p))
        except UserError:
            continue  # a damaged autosave is worth nothing to offer
    return sorted(found, key=lambda s: s.saved_at or "", reverse=True)


def discard_autosave(target: Project | str | Path) -> None:
    """Delete an autosave: of a project (after a real save or close) or by its path."""
    path = autosave_path(target) if isinstance(target, Project) else Path(target)
    if path.parent.resolve() != autosave_dir().resolve():
        raise ValueError(f"{path} is not an autosave")  # a guard against deleting user files
    path.unlink(missing_ok=True)
