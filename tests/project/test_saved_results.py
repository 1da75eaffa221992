"""Results kept in the project file: reopened exactly without re-running, and only while they
still describe the project (same data, source, settings, app version and format)."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from desktopseg.core import pipeline, saved_results
from desktopseg.core import project as projmod
from desktopseg.core.project import load_project, new_project, save_project

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "sample_workbooks"
FIXTURE_V1 = ROOT / "tests" / "fixtures" / "project_v1.dseg"


def assert_same(a, b, where="result"):
    """Deep equality of two results: tables exactly (dtypes and indexes too), values, types."""
    assert type(a) is type(b), where
    if isinstance(a, pd.DataFrame):
        pd.testing.assert_frame_equal(a, b, check_exact=True, obj=where)
    elif isinstance(a, pd.Series):
        pd.testing.assert_series_equal(a, b, check_exact=True, obj=where)
    elif dataclasses.is_dataclass(a):
        for f in dataclasses.fields(a):
            assert_same(getattr(a, f.name), getattr(b, f.name), f"{where}.{f.name}")
    elif isinstance(a, dict):
        assert list(a) == list(b), where
        for k in a:
            assert_same(a[k], b[k], f"{where}[{k!r}]")
    elif isinstance(a, (list, tuple)):
        assert len(a) == len(b), where
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            assert_same(x, y, f"{where}[{i}]")
    elif isinstance(a, float) and np.isnan(a):
        assert np.isnan(b), where
    else:
        assert a == b, where


@pytest.fixture(scope="module")
def florist():
    data = pipeline.load(str(SAMPLES / "florist_square_items.xlsx"))
    return data, pipeline.analyse(data)


def _project_with_result(data, result):
    project = new_project(data, result.settings)
    project.result = result
    return project


@pytest.fixture
def no_analysis(monkeypatch):
    """Fail the test if anything runs the analysis."""
    def refuse(*a, **k):
        raise AssertionError("the analysis ran")

    monkeypatch.setattr(pipeline, "analyse", refuse)


@pytest.mark.parametrize("sample", ["florist_square_items.xlsx", "b2b_supplier.xlsx"])
def test_saved_results_come_back_exactly_without_running_the_analysis(sample, tmp_path,
                                                                       monkeypatch):
    """Every table, label, reason, persona and the forecast are as computed; nothing re-runs."""
    data = pipeline.load(str(SAMPLES / sample))
    result = pipeline.analyse(data)
    save_project(tmp_path / "shop.dseg", _project_with_result(data, result))
    monkeypatch.setattr(pipeline, "analyse", lambda *a, **k: pytest.fail("analysis ran"))
    back = load_project(tmp_path / "shop.dseg")
    assert back.result is not None
    assert back.result.data is back.data  # the imported data is kept once, not twice
    result_without_data = dataclasses.replace(result, data=None)
    assert_same(dataclasses.replace(back.result, data=None), result_without_data)
    assert back.result.forecast is not None and back.result.segmentations


def test_shared_customer_list_round_trips(shared_data, tmp_path):
    """A customer list (text customer keys, list schemes) keeps its index dtypes too."""
    data = pipeline.load(str(shared_data / "mall_customers.csv"))
    result = pipeline.analyse(data)
    save_project(tmp_path / "mall.dseg", _project_with_result(data, result))
    back = load_project(tmp_path / "mall.dseg").result
    assert_same(dataclasses.replace(back, data=None), dataclasses.replace(result, data=None))


def test_persona_renames_and_notes_are_on_the_reopened_result(florist, tmp_path, no_analysis):
    data, result = florist
    project = _project_with_result(data, result)
    first = result.segmentations["behavioral"].segments[0]
    project.persona_edits[("behavioral", first.name)] = {"name": "Fading Jack",
                                                         "notes": "call in May"}
    save_project(tmp_path / "p.dseg", project)
    back = load_project(tmp_path / "p.dseg").result
    persona = back.segmentations["behavioral"].segments[0].persona
    assert (persona.name, persona.notes) == ("Fading Jack", "call in May")
    assert "Fading Jack" in persona.story


def test_old_project_without_results_opens_and_asks_for_a_run(tmp_path):
    """A project saved before results were kept opens with its data; the result is to compute."""
    back = load_project(FIXTURE_V1)
    assert back.result is None and back.data.transactions is not None


def test_changed_data_and_source_are_analysed_again(florist, tmp_path):
    """A result of other data (the source re-read or a newer export) is not kept as this one's."""
    data, result = florist
    project = _project_with_result(data, result)
    newer = pipeline.load(str(SAMPLES / "hardware_store_sales.xlsx"))
    project.data = newer
    project.source = projmod.describe_source(newer.report.file)
    save_project(tmp_path / "p.dseg", project)
    with sqlite3.connect(tmp_path / "p.dseg") as conn:
        names = [n for (n,) in conn.execute("SELECT name FROM frames")]
    assert not [n for n in names if n.startswith(saved_results.FRAME_PREFIX)]  # nothing stale
    assert load_project(tmp_path / "p.dseg").result is None


def test_a_different_source_description_invalidates_the_saved_result(florist, tmp_path):
    """The key covers the source file's size and hash: edit them in the file, the result goes."""
    data, result = florist
    path = tmp_path / "p.dseg"
    save_project(path, _project_with_result(data, result))
    assert load_project(path).result is not None
    with sqlite3.connect(path) as conn:
        source = json.loads(conn.execute("SELECT value FROM meta WHERE key='source'")
                            .fetchone()[0])
        source["size"] += 1
        conn.execute("UPDATE meta SET value=? WHERE key='source'", (json.dumps(source),))
    assert load_project(path).result is None


def test_changed_settings_are_analysed_again(florist, tmp_path):
    data, result = florist
    project = _project_with_result(data, result)
    project.settings = dataclasses.replace(result.settings, k_max=5)  # run not finished yet
    save_project(tmp_path / "p.dseg", project)
    assert load_project(tmp_path / "p.dseg").result is None


def test_results_of_an_older_format_or_app_version_are_not_used(florist, tmp_path,
                                                                monkeypatch):
    data, result = florist
    save_project(tmp_path / "p.dseg", _project_with_result(data, result))
    monkeypatch.setattr(saved_results, "FORMAT_VERSION", saved_results.FORMAT_VERSION + 1)
    assert load_project(tmp_path / "p.dseg").result is None
    monkeypatch.undo()
    monkeypatch.setattr(saved_results, "__version__", "99.0")
    assert load_project(tmp_path / "p.dseg").result is None


def test_a_file_naming_foreign_classes_is_not_trusted(florist, tmp_path):
    """Only desktopseg.core dataclasses are rebuilt: a file cannot make the app call os.system."""
    data, result = florist
    doc, frames = saved_results.encode(result)
    doc["fields"]["notes"] = {"__dc__": "os:system", "fields": {}}
    with pytest.raises(ValueError):
        saved_results.decode(doc, frames, data)
    doc["fields"]["notes"] = {"__dc__": "desktopseg.core.project:Path", "fields": {}}
    with pytest.raises(ValueError):
        saved_results.decode(doc, frames, data)


def test_the_result_costs_little_room(florist, tmp_path):
    """Kept results add a few hundred kilobytes at most on a sample (no imported data twice)."""
    data, result = florist
    save_project(tmp_path / "with.dseg", _project_with_result(data, result))
    save_project(tmp_path / "without.dseg", new_project(data, result.settings))
    extra = (tmp_path / "with.dseg").stat().st_size - (tmp_path / "without.dseg").stat().st_size
    assert 0 < extra < 400_000
