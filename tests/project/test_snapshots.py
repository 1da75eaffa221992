"""Snapshots: a newer export added to a project keeps the old one; saved, reopened, compared."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from desktopseg.core.compare import compare_data, summary_dict
from desktopseg.core.errors import UserError
from desktopseg.core.model import AnalysisSettings
from desktopseg.core.pipeline import analyse, load
from desktopseg.core.project import load_project, new_project, save_project
from desktopseg.core.snapshots import add_newer_export, compare_latest, last_sale, timeline
from tests.compare.planted import make_workbook

FIXTURE_V1 = Path(__file__).resolve().parents[1] / "fixtures" / "project_v1.dseg"
DAYS = ("2025-03-31", "2025-09-30")


def _cut(data, day: str):
    tx = data.transactions
    return type(data)(transactions=tx[tx["date"] <= day].reset_index(drop=True),
                      customers=data.customers, report=data.report, mapping=data.mapping)


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    """Three exports of one shop: to March, to September, to December 2025."""
    path = tmp_path_factory.mktemp("snap") / "shop.xlsx"
    make_workbook(path)
    full = load(path)
    return [_cut(full, d) for d in DAYS] + [full]


def _project(exports):
    project = new_project(exports[0], source={"name": "march.xlsx"})
    add_newer_export(project, exports[1], {"name": "september.xlsx"})
    add_newer_export(project, exports[2], {"name": "december.xlsx"})
    return project


def test_adding_a_newer_export_keeps_the_old_data(exports):
    """The project's data becomes the newer export; the replaced one is a dated snapshot."""
    project = _project(exports)
    assert project.data is exports[2]
    assert project.source == {"name": "december.xlsx"}
    assert [s.as_of for s in project.snapshots] == [last_sale(e) for e in exports[:2]]
    assert [s.source["name"] for s in project.snapshots] == ["march.xlsx", "september.xlsx"]


def test_an_export_that_is_not_newer_is_refused(exports):
    """Adding an export that ends on or before the project's data says so and changes nothing."""
    project = new_project(exports[1])
    with pytest.raises(UserError, match="already runs to"):
        add_newer_export(project, exports[0])
    assert project.snapshots == [] and project.data is exports[1]


def test_snapshots_survive_save_and_open(exports, tmp_path):
    """Saved and reopened, every snapshot has its date, source and exactly its tables."""
    path = tmp_path / "shop.dseg"
    save_project(path, _project(exports))
    back = load_project(path)
    assert len(back.snapshots) == 2
    for snap, original in zip(back.snapshots, exports[:2], strict=True):
        assert snap.as_of == last_sale(original)
        assert snap.data.transactions.equals(original.transactions)
        assert snap.data.report.file == original.report.file
    assert back.data.transactions.equals(exports[2].transactions)


def test_a_damaged_snapshot_is_reported(exports, tmp_path):
    """A snapshot table whose bytes changed makes the project say it is damaged."""
    path = tmp_path / "shop.dseg"
    save_project(path, _project(exports))
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE frames SET data = zeroblob(length(data)) "
                     "WHERE name = 'snapshot/0/transactions'")
    conn.close()
    with pytest.raises(UserError):
        load_project(path)


@pytest.mark.skipif(not FIXTURE_V1.exists(), reason="no v1 fixture")
def test_projects_saved_before_snapshots_open_with_none():
    """A project from before this feature opens with an empty list of snapshots."""
    assert load_project(FIXTURE_V1).snapshots == []


def test_timeline_sizes_are_each_moments_segment_sizes(exports):
    """The first point is that export's own segments; later ones use its cut points."""
    project = _project(exports)
    line = timeline(project)
    assert [d for d, _s in line.points] == [last_sale(e) for e in exports]
    first = analyse(exports[0], AnalysisSettings(), only=("behavioral",))
    seg = first.segmentations["behavioral"]
    assert line.points[0][1] == {s.name: s.customers for s in seg.segments}
    cuts = seg.details["thresholds"]
    last = analyse(exports[2], AnalysisSettings(rfm_thresholds=cuts), only=("behavioral",))
    assert line.points[2][1] == {s.name: s.customers
                                 for s in last.segmentations["behavioral"].segments}
    assert date(2025, 3, 31) >= line.points[0][0]
    assert "Cut points of" in line.rules_text


def test_compare_latest_is_the_last_snapshot_against_now(exports):
    """The window's comparison of a project: newest snapshot vs. the current data."""
    project = _project(exports)
    got = summary_dict(compare_latest(project))
    assert got == summary_dict(compare_data(exports[1], exports[2], project.settings))
    assert got["before"]["as_of"] == last_sale(exports[1]).isoformat()
