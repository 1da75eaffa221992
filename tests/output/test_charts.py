"""Chart builders: right number of marks, readable text, no overlapping labels, PNG output."""

from __future__ import annotations

import io
import itertools

import numpy as np
import pandas as pd
import pytest
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from matplotlib.text import Text

from desktopseg.core import charts
from desktopseg.core.model import Segmentation

from .helpers import planted_result, profiles

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
SIZES = {"screen 1280x800": (12.8, 8.0), "default": charts.DEFAULT_SIZE, "A4 half": (7.5, 5.0)}


def _png(fig: Figure) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100)
    data = buf.getvalue()
    assert data.startswith(PNG_MAGIC) and len(data) > 5_000
    return data


def _texts(fig: Figure) -> list:
    return [t for ax in fig.axes for t in ax.texts] + list(fig.texts)


def _all_text(fig: Figure) -> str:
    parts = [t.get_text() for t in _texts(fig)]
    for ax in fig.axes:
        parts += [ax.get_xlabel(), ax.get_ylabel(), ax.get_title(loc="left")]
    return " ".join(" ".join(parts).split())  # wrapped lines read as one


def _boxes(fig: Figure, gid: str):
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    # Text.get_window_extent: the text itself, without the leader line an Annotation adds.
    return [Text.get_window_extent(t, r) for ax in fig.axes for t in ax.texts if t.get_gid() == gid]


def _assert_inside_figure(fig: Figure) -> None:
    """Every visible text lies within the figure (nothing clipped at the edges)."""
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    w, h = fig.canvas.get_width_height()
    texts = _texts(fig) + [
        lab for ax in fig.axes for lab in (ax.xaxis.label, ax.yaxis.label, ax.title, ax._left_title)
    ]
    for t in texts:
        if not t.get_visible() or not t.get_text():
            continue
        bb = t.get_window_extent(r)
        assert bb.x0 >= -1 and bb.y0 >= -1 and bb.x1 <= w + 1 and bb.y1 <= h + 1, t.get_text()


def _assert_no_overlap(boxes) -> None:
    for a, b in itertools.combinations(boxes, 2):
        assert not a.overlaps(b), (a, b)


def test_effort_margin_bubbles(retail):
    seg = retail.segmentations["behavioral"]
    fig = charts.effort_margin_figure(seg, retail)
    ax = fig.axes[0]
    bubbles = ax.collections[0]
    assert len(bubbles.get_offsets()) == len(seg.segments)
    xs = bubbles.get_offsets()[:, 0]
    ys = bubbles.get_offsets()[:, 1]
    assert list(xs) == pytest.approx([s.avg_effort for s in seg.segments])
    assert list(ys) == pytest.approx([s.margin / s.customers for s in seg.segments])
    sizes = bubbles.get_sizes()
    order = np.argsort([s.customers for s in seg.segments])
    assert list(np.argsort(sizes)) == list(order)  # bigger segment, bigger bubble
    colors = [to_hex(c) for c in bubbles.get_facecolors()]
    assert colors == [s.persona.color.lower() for s in seg.segments]
    quadrants = {t.get_text() for t in ax.texts if t.get_gid() == charts.QUADRANT_GID}
    assert quadrants == {"Stars", "Worth the effort", "Low-touch", "Reprice or let go"}
    # Quadrant lines at the overall averages.
    vline, hline = ax.lines[0], ax.lines[1]
    assert vline.get_xdata()[0] == pytest.approx(retail.customers["effort"].mean())
    per_customer = retail.customers["margin"].sum() / len(retail.customers)
    assert hline.get_ydata()[0] == pytest.approx(per_customer)
    assert "margin" in ax.get_ylabel().lower()
    _png(fig)


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_effort_margin_labels_do_not_overlap(retail, size):
    seg = retail.segmentations["behavioral"]
    fig = charts.effort_margin_figure(seg, retail, figure=Figure(figsize=size))
    labels = _boxes(fig, charts.LABEL_GID)
    assert sorted(
        t.get_text() for t in fig.axes[0].texts if t.get_gid() == charts.LABEL_GID
    ) == sorted(s.name for s in seg.segments)
    _assert_no_overlap(labels + _boxes(fig, charts.QUADRANT_GID))
    _assert_inside_figure(fig)


def test_crowded_bubbles_still_get_separate_labels(planted, tmp_path):
    """Twelve segments piled on almost the same spot: labels spread out, none overlapping."""
    result, _groups = planted
    c = result.customers
    rng = np.random.default_rng(3)
    labels = pd.Series([f"Group number {i % 12}" for i in range(len(c))], index=c.index)
    c = c.copy()
    c["effort"] = 5 + rng.normal(0, 0.05, len(c))
    result.customers = c
    seg = Segmentation("clusters", "Automatic groups", labels, labels, profiles(c, labels))
    fig = charts.effort_margin_figure(seg, result)
    boxes = _boxes(fig, charts.LABEL_GID)
    assert len(boxes) == 12
    _assert_no_overlap(boxes + _boxes(fig, charts.QUADRANT_GID))
    fig.savefig(tmp_path / "crowded.png", dpi=100)


def test_no_effort_data_says_which_column_would_help():
    result, _groups = planted_result(with_effort=False)
    seg = result.segmentations["clusters"]
    for s in seg.segments:
        s.avg_effort = None
    fig = charts.effort_margin_figure(seg, result)
    text = _all_text(fig)
    assert "service minutes" in text and "support tickets" in text and "effort score" in text
    assert all(len(ax.collections) == 0 for ax in fig.axes)
    _png(fig)
    _assert_inside_figure(fig)


def test_without_cost_the_axis_says_revenue(retail):
    retail.margin_source = "none"
    seg = retail.segmentations["value"]
    fig = charts.effort_margin_figure(seg, retail)
    ax = fig.axes[0]
    assert "revenue" in ax.get_ylabel().lower() and "no cost" in ax.get_ylabel().lower()
    ys = ax.collections[0].get_offsets()[:, 1]
    assert list(ys) == pytest.approx([s.revenue / s.customers for s in seg.segments])
    fig = charts.whale_curve_figure(retail)
    assert "revenue" in fig.axes[0].get_ylabel().lower()


def test_rfm_grid(retail):
    seg = retail.segmentations["behavioral"]
    fig = charts.rfm_grid_figure(seg)
    ax = fig.axes[0]
    cells = [p for p in ax.patches if isinstance(p, Rectangle)]
    assert len(cells) == 25
    counts = [
        int(t.get_text().rsplit("\n", 1)[1].split()[0].replace(",", ""))
        for t in ax.texts
        if "customers" in t.get_text()
    ]
    assert sum(counts) == len(retail.customers)
    scores = seg.details["scores"]
    fm = np.floor((scores["F"] + scores["M"]) / 2 + 0.5).astype(int)
    champions_cell = ((scores["R"] == 5) & (fm == 5)).sum()
    texts = {t.get_text() for t in ax.texts}
    assert f"Champions\n{champions_cell:,} customers" in texts
    _png(fig)
    _assert_inside_figure(fig)


def test_rfm_grid_for_another_scheme_explains(retail):
    fig = charts.rfm_grid_figure(retail.segmentations["value"])
    assert "behaviour" in _all_text(fig)
    _png(fig)


def test_whale_curve(retail):
    seg = retail.segmentations["behavioral"]
    fig = charts.whale_curve_figure(retail, seg)
    ax = fig.axes[0]
    curve = ax.lines[0]
    x, y = curve.get_xdata(), curve.get_ydata()
    assert x[0] == 0 and x[-1] == pytest.approx(1.0)
    assert y[-1] == pytest.approx(1.0)
    margin = retail.customers["margin"].sort_values(ascending=False)
    top20 = margin.iloc[: int(np.ceil(0.2 * len(margin)))].sum() / margin.sum()
    assert f"bring {top20:.0%} of the total" in _all_text(fig)
    legend = fig.legends[0]
    assert [t.get_text() for t in legend.get_texts()] == [s.name for s in seg.segments]
    _png(fig)
    _assert_inside_figure(fig)


def test_segment_sizes(retail):
    seg = retail.segmentations["value"]
    fig = charts.segment_sizes_figure(seg)
    ax = fig.axes[0]
    bars = [p for p in ax.patches if isinstance(p, Rectangle)]
    assert [b.get_width() for b in bars] == [s.customers for s in seg.segments]
    names = [t.get_text() for t in ax.get_yticklabels()]
    ticks = sorted(zip(ax.get_yticks(), names, strict=True), reverse=True)
    assert [name for _y, name in ticks] == [s.name for s in seg.segments]  # first on top
    _assert_no_overlap(_boxes(fig, charts.LABEL_GID))
    _png(fig)
    _assert_inside_figure(fig)


def test_figures_reuse_the_canvas_figure(retail):
    """The GUI passes its canvas's figure; the builders clear and fill that same figure."""
    fig = Figure(figsize=(6, 4))
    seg = retail.segmentations["behavioral"]
    for build in (
        lambda f: charts.effort_margin_figure(seg, retail, figure=f),
        lambda f: charts.rfm_grid_figure(seg, figure=f),
        lambda f: charts.whale_curve_figure(retail, seg, figure=f),
        lambda f: charts.segment_sizes_figure(seg, figure=f),
    ):
        assert build(fig) is fig
        assert len(fig.axes) == 1
    _png(fig)


def test_charts_never_use_pyplot():
    import sys

    before = "matplotlib.pyplot" in sys.modules
    import desktopseg.core.charts  # noqa: F401

    assert "matplotlib.pyplot" in sys.modules or not before  # importing adds no pyplot
    source = charts.__file__
    with open(source, encoding="utf-8") as fh:
        assert "pyplot" not in fh.read().replace("never pyplot", "")


@pytest.mark.parametrize("size", [(12.8, 8.0), (6.5, 4.2)], ids=["1280x800", "A4 half page"])
def test_every_chart_fits_screen_and_page(retail, size):
    """No title, axis label, caption or legend text runs off the figure at either size."""
    seg = retail.segmentations["behavioral"]
    builders = (
        lambda f: charts.effort_margin_figure(seg, retail, figure=f),
        lambda f: charts.rfm_grid_figure(seg, figure=f),
        lambda f: charts.whale_curve_figure(retail, seg, figure=f),
        lambda f: charts.segment_sizes_figure(seg, figure=f),
    )
    for build in builders:
        fig = build(Figure(figsize=size))
        _assert_inside_figure(fig)
        fig.canvas.draw()
        r = fig.canvas.get_renderer()
        w, h = fig.canvas.get_width_height()
        for legend in fig.legends:
            bb = legend.get_window_extent(r)
            assert bb.x0 >= 0 and bb.y0 >= 0 and bb.x1 <= w + 1 and bb.y1 <= h + 1
