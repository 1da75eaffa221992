"""Project files: exact round trips, old versions, damaged files, atomic saves, autosave."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date, datetime
from pathlib import Path

import pandas as pd
import pytest
from report.helpers import build_result, load_import

from desktopseg.core import project as projmod
from desktopseg.core.errors import UserError
from desktopseg.core.model import AnalysisSettings
from desktopseg.core.project import (
    SCHEMA_VERSION,
    Project,
    add_run,
    apply_persona_edits,
    compare_runs,
    discard_autosave,
    load_project,
    new_project,
    pending_autosaves,
    project_summary,
    save_project,
    write_autosave,
)

FIXTURE_V1 = Path(__file__).resolve().parents[1] / "fixtures" / "project_v1.dseg"
HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def data(shared_data):
    return load_import(shared_data / "online_retail_sample.csv")


def test_round_trip_keeps_every_value_and_dtype(data, tmp_path):
    """Transactions and customers come back equal, dtypes included (<NA> strings, datetimes)."""
    project = new_project(data)
    save_project(tmp_path / "shop.dseg", project)
    back = load_project(tmp_path / "shop.dseg")
    pd.testing.assert_frame_equal(back.data.transactions, data.transactions, check_exact=True)
    pd.testing.assert_frame_equal(back.data.customers, data.customers, check_exact=True)
    assert back.data.transactions["customer_key"].isna().sum() == data.report.anonymous_rows > 0
    assert back.data.transactions["customer_key"].dtype == "string"
    assert back.data.transactions["date"].dtype == "datetime64[ns]"
    assert back.data.report == data.report
    assert back.data.mapping == data.mapping
    assert back.source["sha256"] == project.source["sha256"]
    assert back.source["size"] == (data_file := Path(data.report.file)).stat().st_size
    assert back.source["name"] == data_file.name


def test_indexed_frame_keeps_its_index_dtype(tmp_path):
    """A frame indexed by customer_key (string with <NA>) keeps index dtype and name."""
    result = build_result(load_import(nrows=2000))
    customers = result.customers
    assert customers.index.dtype == "string"
    blob, names = projmod._frame_to_blob(customers)
    back = projmod._frame_from_blob(blob, names)
    pd.testing.assert_frame_equal(back, customers, check_exact=True)


def test_settings_persona_edits_and_history_survive(data, tmp_path):
    """What the user changed (settings, persona names and notes, runs) is there on reopening."""
    result = build_result(data)
    settings = AnalysisSettings(analysis_date=date(2011, 12, 31), margin_pct=42.5, k_max=6,
                                rfm_thresholds={"R": [30, 60, 120, 240]},
                                firmographic_dimensions=("size", "location"))
    project = Project(data=data, settings=settings)
    project.persona_edits[("behavioral", "Loyal")] = {"name": "Mina", "notes": "Call in May."}
    project.persona_edits[("value", "Top 20%")] = {"name": "王芳", "notes": ""}
    add_run(project, result, at=datetime(2011, 9, 30, 17, 0))
    add_run(project, result, at=datetime(2011, 12, 31, 17, 0))
    save_project(tmp_path / "p.dseg", project)
    back = load_project(tmp_path / "p.dseg")
    assert back.settings == settings
    assert back.persona_edits == project.persona_edits
    assert back.project_id == project.project_id
    assert [r.at for r in back.history] == [datetime(2011, 9, 30, 17), datetime(2011, 12, 31, 17)]
    loyal = next(s for s in back.history[0].segments["behavioral"] if s["segment"] == "Loyal")
    profile = result.segmentations["behavioral"].segment("Loyal")
    assert loyal["customers"] == profile.customers
    assert loyal["revenue"] == pytest.approx(profile.revenue)
    # Re-applying the edits to a fresh result puts the user's name and notes on the persona.
    apply_persona_edits(result, back.persona_edits)
    assert profile.persona.name == "Mina" and profile.persona.notes == "Call in May."


def test_compare_runs_shows_change_per_segment(data):
    """Two runs' segment sizes line up by segment name with the change between them."""
    project = new_project(data)
    early = build_result(load_import(nrows=10000))
    late = build_result(data)
    add_run(project, early)
    add_run(project, late)
    table = compare_runs(*project.history, "behavioral")
    champions_now = late.segmentations["behavioral"].segment("Champions").customers
    champions_before = early.segmentations["behavioral"].segment("Champions").customers
    assert table.loc["Champions", "customers_change"] == champions_now - champions_before


def test_save_does_not_touch_the_source_file(data, tmp_path):
    """Saving over the imported spreadsheet is refused."""
    src = tmp_path / "export.csv"
    shutil.copy(data.report.file, src)
    project = new_project(data)
    project.source = projmod.describe_source(src)
    before = src.read_bytes()
    with pytest.raises(UserError, match="came from"):
        save_project(src, project)
    assert src.read_bytes() == before


def test_first_schema_version_fixture_opens(shared_data):
    """The committed version-1 file opens with its data, settings, edits and history intact."""
    with sqlite3.connect(FIXTURE_V1) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    before = FIXTURE_V1.read_bytes()
    project = load_project(FIXTURE_V1)
    assert FIXTURE_V1.read_bytes() == before  # opening never writes
    expected = load_import(shared_data / "online_retail_sample.csv", nrows=300)
    pd.testing.assert_frame_equal(project.data.transactions, expected.transactions,
                                  check_exact=True)
    assert project.settings.margin_pct == 35.0
    assert project.persona_edits[("behavioral", "Loyal")]["name"] == "김민준"
    assert len(project.history) == 1
    assert project_summary(FIXTURE_V1).transactions == 300


def test_older_schema_is_migrated_in_memory(monkeypatch, tmp_path):
    """With a newer schema, a v1 file is migrated on open and the file itself stays unchanged."""
    copy = tmp_path / "old.dseg"
    shutil.copy(FIXTURE_V1, copy)
    before = copy.read_bytes()

    def add_column(conn):
        conn.execute("ALTER TABLE persona_edits ADD COLUMN colour TEXT")

    monkeypatch.setattr(projmod, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(projmod, "MIGRATIONS", [add_column])
    conn = projmod._open_checked(copy)
    columns = [r[1] for r in conn.execute("PRAGMA table_info(persona_edits)")]
    conn.close()
    assert "colour" in columns
    assert load_project(copy).persona_edits[("behavioral", "Loyal")]["name"] == "김민준"
    assert copy.read_bytes() == before


def test_newer_version_is_refused_with_a_clear_message(tmp_path):
    newer = tmp_path / "newer.dseg"
    shutil.copy(FIXTURE_V1, newer)
    with sqlite3.connect(newer) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(UserError, match="newer version"):
        load_project(newer)


def test_files_that_are_not_projects(shared_data, tmp_path):
    """A spreadsheet, an empty file and some other SQLite database are all 'not a project'."""
    other_db = tmp_path / "other.dseg"
    with sqlite3.connect(other_db) as conn:
        conn.execute("CREATE TABLE t (x)")
    empty = tmp_path / "empty.dseg"
    empty.write_bytes(b"")
    for path in (shared_data / "online_retail_sample.csv", empty, other_db):
        with pytest.raises(UserError, match="not a DesktopSeg project") as err:
            load_project(path)
        assert err.value.file == path


@pytest.mark.parametrize("keep", [50, 4096, 0.5, 0.9])
def test_truncated_or_damaged_files_say_so(keep, tmp_path):
    """Cut-off files give a UserError naming the damage, never an sqlite or pyarrow traceback."""
    data = FIXTURE_V1.read_bytes()
    cut = int(len(data) * keep) if isinstance(keep, float) else keep
    bad = tmp_path / "cut.dseg"
    bad.write_bytes(data[:cut])
    with pytest.raises(UserError, match="damaged"):
        load_project(bad)


def test_missing_file_is_a_user_error(tmp_path):
    with pytest.raises(UserError, match="can't be found"):
        load_project(tmp_path / "gone.dseg")


def test_unreadable_file_is_a_user_error(tmp_path):
    locked = tmp_path / "locked.dseg"
    shutil.copy(FIXTURE_V1, locked)
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as a user who can read anything (root)")
        with pytest.raises(UserError, match="can't be read"):
            load_project(locked)
    finally:
        locked.chmod(0o644)


def test_scribbled_data_blob_is_reported_as_damaged(tmp_path):
    bad = tmp_path / "scribbled.dseg"
    shutil.copy(FIXTURE_V1, bad)
    with sqlite3.connect(bad) as conn:
        conn.execute("UPDATE frames SET data = zeroblob(length(data))")
    with pytest.raises(UserError, match="damaged"):
        load_project(bad)


def test_autosave_is_offered_back_then_discarded(data, tmp_path):
    """An autosave lives in the app folder, lists with its summary, reloads, and can be removed."""
    project = new_project(data)
    project.persona_edits[("behavioral", "Lost")] = {"name": "Leo", "notes": "unsaved"}
    for old in pending_autosaves():
        discard_autosave(old.path)
    path = write_autosave(project)
    assert path.parent.name == "autosave"
    assert tmp_path not in path.parents and Path(data.report.file).parent not in path.parents
    pending = pending_autosaves()
    assert [p.path for p in pending] == [path]
    assert pending[0].customers == data.customers.shape[0]
    assert "online_retail_sample.csv" in pending[0].tooltip()
    recovered = load_project(pending[0].path)
    assert recovered.persona_edits == project.persona_edits
    assert recovered.project_id == project.project_id
    assert recovered.path is None  # an autosave is not the project's own file
    discard_autosave(project)
    assert pending_autosaves() == []
    with pytest.raises(ValueError):
        discard_autosave(tmp_path / "someone-elses.dseg")


def _kill_saves(tmp_path: Path, iterations: int, budget_s: float) -> tuple[int, int]:
    """Kill savers at random moments; the file must always open as a whole version."""
    path = tmp_path / "killed.dseg"
    save_project(path, new_project(load_import(nrows=200)))
    zygote = subprocess.Popen(
        [sys.executable, str(HERE / "save_loop.py")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1,
    )
    rng = random.Random(1234)
    survived = mid_save = 0
    file_rev = None  # revision the file holds (None: the initial save)
    deadline = time.monotonic() + budget_s
    try:
        for _ in range(iterations):
            if time.monotonic() > deadline:
                break
            start = 0 if file_rev is None else file_rev + 1
            zygote.stdin.write(f"fork {path} {start}\n")
            line = zygote.stdout.readline()
            while not line.startswith("pid "):
                line = zygote.stdout.readline()
            pid = int(line.split()[1])
            time.sleep(rng.uniform(0, 0.12))
            os.kill(pid, signal.SIGKILL)
            zygote.stdin.write(f"reap {pid}\n")
            saved = []
            for line in iter(zygote.stdout.readline, ""):
                if line.startswith("reaped"):
                    break
                saved.append(int(line.split()[1]))
            mid_save += any(p.suffix == ".tmp" for p in tmp_path.iterdir())
            project = load_project(path)  # never raises: the file is always whole
            rev = project.source.get("revision")
            last_done = saved[-1] if saved else file_rev
            allowed = {last_done, start if last_done is None else last_done + 1}
            assert rev in allowed, (rev, saved, file_rev)
            if rev is not None:
                assert project.persona_edits[("behavioral", "Loyal")]["name"] == f"rev {rev}"
            file_rev = rev
            survived += 1
    finally:
        zygote.stdin.write("quit\n")
        zygote.stdin.close()
        zygote.wait(10)
        zygote.stdout.close()
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != path.name]
    save_project(path, load_project(path))
    assert [p.name for p in tmp_path.iterdir()] == [path.name], leftovers  # temps cleaned up
    return survived, mid_save


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the kill loop forks savers (POSIX)")
def test_killed_saves_leave_a_whole_file_quick(tmp_path, shared_data):
    survived, mid_save = _kill_saves(tmp_path, iterations=20, budget_s=10)
    assert survived >= 15 and mid_save >= 3  # most kills land inside a save


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="the kill loop forks savers (POSIX)")
def test_killed_saves_leave_a_whole_file(tmp_path, shared_data):
    survived, mid_save = _kill_saves(tmp_path, iterations=250, budget_s=18)
    assert survived >= 60 and mid_save >= 20


def test_reopened_project_recomputes_the_same_results(data, tmp_path):
    """Analysing the reopened data gives exactly the results of the original (no source needed)."""
    from desktopseg.core.pipeline import analyse, summary_dict

    settings = AnalysisSettings(margin_pct=30.0)
    project = Project(data=data, settings=settings)
    save_project(tmp_path / "again.dseg", project)
    back = load_project(tmp_path / "again.dseg")
    before = summary_dict(analyse(data, settings))
    after = summary_dict(analyse(back.data, back.settings))
    assert after == before
    assert before["schemes"]["behavioral"]["segments"]


def test_customer_list_project_without_transactions(shared_data, tmp_path):
    """A pure customer list (no sales lines) saves and reopens with its columns intact."""
    from desktopseg.core.model import ColumnMapping, ImportReport, ImportResult

    raw = pd.read_csv(shared_data / "wholesale_customers.csv")
    customers = raw.astype("float64")
    customers.insert(0, "customer_key", pd.array([f"C{i:03d}" for i in range(len(raw))],
                                                 dtype="string"))
    customers.columns = ["customer_key", *(f"spend:{c}" if c not in ("Channel", "Region") else c
                                           for c in raw.columns)]
    report = ImportReport(file=str(shared_data / "wholesale_customers.csv"),
                          table_kind="customers", rows_read=len(raw), rows_kept=len(raw))
    data = ImportResult(None, customers, report, ColumnMapping(table_kind="customers"))
    save_project(tmp_path / "list.dseg", new_project(data))
    back = load_project(tmp_path / "list.dseg")
    assert back.data.transactions is None
    assert back.data.table_kind == "customers"
    pd.testing.assert_frame_equal(back.data.customers, customers, check_exact=True)
    assert project_summary(tmp_path / "list.dseg").customers == len(raw) == 440


def _frames():
    from hypothesis import strategies as st

    text = st.none() | st.text(max_size=12)
    floats = st.floats(allow_nan=True, allow_infinity=True)
    stamps = st.none() | st.datetimes(min_value=datetime(1900, 1, 1),
                                      max_value=datetime(2200, 12, 31))
    rows = st.lists(st.tuples(text, floats, stamps, st.booleans(), st.none() | st.integers(
        min_value=-(2**53), max_value=2**53)), max_size=40)

    def build(rows):
        names, amounts, dates, flags, counts = (list(c) for c in zip(*rows, strict=True)) \
            if rows else ([], [], [], [], [])
        return pd.DataFrame({
            "customer_key": pd.array(names, dtype="string"),
            "amount": pd.array(amounts, dtype="float64"),
            "date": pd.array(dates, dtype="datetime64[ns]"),
            "is_refund": pd.array(flags, dtype="bool"),
            "orders": pd.array(counts, dtype="Int64"),
            "channel": pd.Categorical([n if n is None else n[:1] for n in names]),
        })

    return rows.map(build)


def test_any_table_round_trips_exactly():
    """Random frames (text with <NA>, NaN/inf, NaT, nullable ints, categories) come back equal."""
    from hypothesis import given, settings

    @settings(max_examples=40, deadline=None)
    @given(_frames())
    def check(frame):
        blob, names = projmod._frame_to_blob(frame)
        pd.testing.assert_frame_equal(projmod._frame_from_blob(blob, names), frame,
                                      check_exact=True)
        indexed = frame.set_index("customer_key")
        blob, names = projmod._frame_to_blob(indexed)
        pd.testing.assert_frame_equal(projmod._frame_from_blob(blob, names), indexed,
                                      check_exact=True)

    check()


def test_random_damage_never_escapes_as_a_traceback(tmp_path):
    """Bytes scribbled anywhere in a project: it opens, or says it is damaged; nothing else."""
    original = FIXTURE_V1.read_bytes()
    rng = random.Random(7)
    outcomes = {"opened": 0, "refused": 0}
    for i in range(60):
        data = bytearray(original)
        start = rng.randrange(len(data))
        for j in range(start, min(start + rng.choice([1, 8, 512]), len(data))):
            data[j] = rng.randrange(256)
        path = tmp_path / f"damaged{i}.dseg"
        path.write_bytes(bytes(data))
        try:
            load_project(path)
            outcomes["opened"] += 1
        except UserError as exc:
            assert exc.file == path and str(exc)
            outcomes["refused"] += 1
    assert outcomes["refused"] > 0


def test_changed_table_bytes_are_caught_by_the_checksum(data, tmp_path):
    """A table blob altered inside an otherwise valid database is refused, not misread."""
    path = tmp_path / "tampered.dseg"
    save_project(path, new_project(data))
    with sqlite3.connect(path) as conn:
        (blob,) = conn.execute("SELECT data FROM frames WHERE name = 'transactions'").fetchone()
        other = projmod._frame_to_blob(data.transactions.iloc[:-1])[0]
        conn.execute("UPDATE frames SET data = ? WHERE name = 'transactions'", (other,))
    assert other != blob
    with pytest.raises(UserError, match="damaged"):
        load_project(path)
