"""A persona the bookkeeper renamed in a client's project is renamed in the next refresh's
workbook and project too (the reports a practice hands over say what the window says)."""

from __future__ import annotations

import shutil

import openpyxl

from desktopseg.core.clients import Registry, refresh_client
from desktopseg.core.project import load_project, save_project


def _summary_personas(path) -> set[str]:
    ws = openpyxl.load_workbook(path, read_only=True)["Summary"]
    header = None
    names: set[str] = set()
    for row in ws.iter_rows(values_only=True):
        if row and row[0] == "Segment":
            header = list(row)
        elif header and row and row[0] and len(row) > header.index("Persona"):
            names.add(row[header.index("Persona")])
    names.discard(None)
    return names


def test_a_renamed_persona_reaches_the_next_refresh(tmp_path, samples_dir):
    folder = tmp_path / "exports"
    folder.mkdir()
    shutil.copy(samples_dir / "florist_square_items.xlsx", folder / "items.xlsx")
    reg = Registry.load()
    client = reg.add("Rosa's Flowers (edits)", folder)
    reg.save()
    first = refresh_client(client)
    assert first.done, first.problem
    project = load_project(client.project_path)
    assert len(project.history) == 1
    old = sorted(_summary_personas(first.workbook))
    assert old and "Fading Jack" not in old
    project.persona_edits = {("behavioral", "Champions"): {"name": "Fading Jack",
                                                             "notes": "Call before Easter"}}
    save_project(client.project_path, project)

    second = refresh_client(client)
    assert second.done, second.problem
    assert "Fading Jack" in _summary_personas(second.workbook)
    kept = load_project(client.project_path)
    assert kept.persona_edits[("behavioral", "Champions")]["name"] == "Fading Jack"
    assert len(kept.history) == 2
