"""Personas, exports and charts on results of the real pipeline (importer, features, schemes)."""

from __future__ import annotations

import csv
import io
import json
import math

import openpyxl
import pandas as pd
import pytest
from matplotlib.text import Text

from desktopseg.core import charts
from desktopseg.core.export import write_segment_csvs, write_workbook
from desktopseg.core.model import Segmentation
from desktopseg.core.personas import ACTIONS, attach_personas
from desktopseg.core.pipeline import run

from .helpers import profiles


@pytest.fixture(scope="module")
def hardware(samples_dir):
    """The hardware store sample (cost, channels, service minutes, e-mails) through the pipeline."""
    path = samples_dir / "hardware_store_sales.xlsx"
    if not path.exists():
        pytest.skip("sample workbooks not generated")
    return run(path, only=("behavioral", "value"))


@pytest.fixture(scope="module")
def truth(samples_dir):
    data = json.loads((samples_dir / "truth" / "hardware_store_sales.json").read_text("utf-8"))
    return data["groups"]


def _keys(persona) -> set[str]:
    text_to_key = {v: k for k, v in ACTIONS.items()}
    return {text_to_key[a] for a in persona.actions}


def test_every_segment_of_every_scheme_has_a_persona(hardware):
    assert set(hardware.segmentations) == {"behavioral", "value"}
    for seg in hardware.segmentations.values():
        names = [s.persona.name for s in seg.segments]
        assert len(set(names)) == len(names)
        for s in seg.segments:
            assert s.persona.story.startswith(s.persona.name) and 2 <= len(s.persona.actions) <= 3


def test_story_numbers_match_medians_on_real_features(hardware):
    c = hardware.customers
    seg = hardware.segmentations["behavioral"]
    med = c.groupby(seg.labels)[["orders", "recency_days"]].median()
    for s in seg.segments:
        m = med.loc[s.name]
        story = s.persona.story
        if m["orders"] > 1:
            assert f"bought {math.floor(m['orders'] + 0.5)} times" in story
        days = int(round(m["recency_days"]))
        assert (f"{days} days ago" in story) if days > 1 else ("Last seen" in story)


def test_planted_groups_get_the_actions_their_numbers_call_for(hardware, truth):
    """With the planted groups as segments, costly contractors get 'reprice', good ones don't."""
    c = hardware.customers
    member = {k: g for g, keys in truth.items() for k in keys}
    labels = pd.Series([member.get(str(k)) for k in c.index], index=c.index, dtype="string")
    labels = labels.dropna()
    sub = c.loc[labels.index]
    seg = Segmentation("clusters", "Planted", labels, labels, profiles(sub, labels))
    attach_personas(seg, hardware)
    keys = {s.name: _keys(s.persona) for s in seg.segments}
    assert "reprice" in keys["contractors_costly"]
    assert not keys["contractors_good"] & {"reprice", "let_go", "win_back", "welcome"}
    assert keys["contractors_good"] & {"vip", "loyalty"}
    assert not keys["homeowners_occasional"] & {"vip", "reprice"}


def test_workbook_and_csvs_from_the_real_result(hardware, tmp_path):
    write_workbook(hardware, tmp_path / "out.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "out.xlsx", read_only=True)
    seg = hardware.segmentations["behavioral"]
    assert wb.sheetnames[:2] == ["Summary", "Customers"]
    assert len(wb.sheetnames) == 2 + len(seg.segments)
    ws = wb["Customers"]
    rows = list(ws.iter_rows(values_only=True))
    assert len(rows) == len(hardware.customers) + 1
    header = rows[0]
    assert header[0] == "Customer ID" and "Revenue" in header and "Last purchase" in header
    assert [r[0] for r in rows[1:]] == [str(k) for k in hardware.customers.index]
    for scheme in hardware.segmentations.values():
        assert f"{scheme.title}: segment" in header and f"{scheme.title}: why" in header

    files = write_segment_csvs(hardware, tmp_path / "csv")
    emails = hardware.customers["email"]
    for s in seg.segments:
        members = emails[seg.labels.reindex(emails.index) == s.name]
        assert files.written[s.name] + files.left_out[s.name] == s.customers
        assert files.written[s.name] == int(members.notna().sum())
    for path in files:
        text = path.read_bytes()[3:].decode("utf-8")
        rows = list(csv.reader(io.StringIO(text, newline="")))
        assert all("@" in r[0] for r in rows[1:])
        # The store's accounts are firms ("Stephens Carpentry LLC"): no "Hi Stephens".
        assert all(r[1:3] == ["", ""] for r in rows[1:] if r[5])


def test_charts_from_the_real_result(hardware):
    seg = hardware.segmentations["behavioral"]
    fig = charts.effort_margin_figure(seg, hardware)
    ax = fig.axes[0]
    assert len(ax.collections[0].get_offsets()) == len(seg.segments)
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    boxes = [Text.get_window_extent(t, r) for t in ax.texts if t.get_gid() == charts.LABEL_GID]
    assert len(boxes) == len(seg.segments)
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])

    grid = charts.rfm_grid_figure(seg)
    counts = [
        int(t.get_text().rsplit("\n", 1)[1].split()[0].replace(",", ""))
        for t in grid.axes[0].texts
        if t.get_text().endswith(("customers", "customer"))
    ]
    assert sum(counts) == len(seg.details["scores"])
    sizes = charts.segment_sizes_figure(seg)
    assert len(sizes.axes[0].patches) == len(seg.segments)


def test_online_retail_effort_is_estimated_and_the_chart_says_so(retail_csv):
    """No effort column: effort is estimated from activity and the chart labels it so."""
    result = run(retail_csv, only=("behavioral",))
    assert result.service["effort_kind"] == "estimated"
    fig = charts.effort_margin_figure(result.segmentations["behavioral"], result)
    text = " ".join(ax.get_title(loc="right") for ax in fig.axes)
    assert "estimated from activity" in text and "order 4 min" in text


def test_a_customer_list_without_activity_still_explains_the_chart(shared_data):
    result = run(shared_data / "wholesale_customers.csv", only=("clusters",))
    assert "effort" not in result.customers
    fig = charts.effort_margin_figure(result.segmentations["clusters"], result)
    text = " ".join(t.get_text() for ax in fig.axes for t in ax.texts)
    assert "service minutes" in text and "effort score" in text
