"""Effort vs margin chart on every sample: no label overlaps another label, a quadrant name or
a bubble (issue 19, point 5), at the screen's and the print-out's sizes."""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import pytest
from matplotlib.figure import Figure
from matplotlib.text import Text

from desktopseg.core import charts, pipeline

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "sample_workbooks").glob("*.xlsx")) + sorted(
    (ROOT / "sample_workbooks").glob("*.csv"))
SIZES = {"window 1024x700": (7.4, 4.6), "screen 1280x800": (10.0, 6.2),
         "default": charts.DEFAULT_SIZE}


@pytest.fixture(scope="module", params=SAMPLES, ids=lambda p: p.name)
def analysed(request):
    return pipeline.analyse(pipeline.load(str(request.param)))


def _bubbles(fig: Figure, renderer):
    """(x, y, radius) in display pixels of every bubble of the chart."""
    ax = fig.axes[0]
    bubbles = ax.collections[0]
    centres = ax.transData.transform(bubbles.get_offsets())
    px_per_pt = fig.dpi / 72.0
    return [(x, y, math.sqrt(s) / 2 * px_per_pt)
            for (x, y), s in zip(centres, bubbles.get_sizes(), strict=True)]


def _circle_hits_box(circle, box, tolerance: float = 1.0) -> bool:
    x, y, r = circle
    nx, ny = min(max(x, box.x0), box.x1), min(max(y, box.y0), box.y1)
    return math.hypot(x - nx, y - ny) < r - tolerance


def label_clashes(fig: Figure) -> list[str]:
    """Every pair of (label, label/quadrant name/bubble) that overlap, in words."""
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    ax = fig.axes[0]
    labels = [(t.get_text(), Text.get_window_extent(t, renderer)) for t in ax.texts
              if t.get_gid() == charts.LABEL_GID]
    quadrants = [(t.get_text(), Text.get_window_extent(t, renderer)) for t in ax.texts
                 if t.get_gid() == charts.QUADRANT_GID]
    out = [f"{a!r} on {b!r}" for (a, ba), (b, bb) in itertools.combinations(labels, 2)
           if ba.overlaps(bb)]
    out += [f"{a!r} on {q!r}" for a, ba in labels for q, bq in quadrants if ba.overlaps(bq)]
    out += [f"{a!r} on bubble {i}" for a, ba in labels
            for i, c in enumerate(_bubbles(fig, renderer)) if _circle_hits_box(c, ba)]
    return out


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_labels_clear_of_each_other_and_the_bubbles(analysed, size):
    checked = 0
    for scheme, seg in analysed.segmentations.items():
        fig = charts.effort_margin_figure(seg, analysed, figure=Figure(figsize=size))
        if not fig.axes or not fig.axes[0].collections:
            continue  # no effort in this data: a message, not a chart
        names = [t for t in fig.axes[0].texts if t.get_gid() == charts.LABEL_GID]
        assert len(names) == len(fig.axes[0].collections[0].get_offsets()), scheme
        assert label_clashes(fig) == [], scheme
        checked += 1
    assert checked  # every sample has the chart (estimated effort at least)
