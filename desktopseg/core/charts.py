"""Figure-building functions shared by the window, the print-out and the PDF report.

Each function fills a :class:`matplotlib.figure.Figure` (never pyplot, never Qt) and returns it.
Pass ``figure=`` to draw into an existing figure (the GUI's canvas); it is cleared first.
Segment colours come from :func:`desktopseg.core.personas.segment_color`, so a segment has the
same colour on its persona card and in every chart.
"""

from __future__ import annotations

import math
import textwrap

import numpy as np
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from matplotlib.ticker import FuncFormatter, PercentFormatter

from desktopseg.core.i18n import N_, _, localize_number
from desktopseg.core.model import AnalysisResult, Segmentation
from desktopseg.core.personas import segment_color

DEFAULT_SIZE = (8.0, 5.0)  # inches: ~800x500 px on screen at 100 dpi, half an A4 page in print
LABEL_GID = "segment-label"  # gid of the per-segment text labels (tests check their overlap)
QUADRANT_GID = "quadrant-label"

#: Names of the four effort-vs-margin quadrants, by (high effort?, high margin?).
QUADRANTS = {
    (False, True): N_("Stars"),
    (True, True): N_("Worth the effort"),
    (False, False): N_("Low-touch"),
    (True, False): N_("Reprice or let go"),
}


def _prepare(figure: Figure | None, size: tuple[float, float] = DEFAULT_SIZE) -> Figure:
    if figure is None:
        figure = Figure(figsize=size, layout="constrained")
    else:
        figure.clear()
        figure.set_layout_engine("constrained")
    if figure.canvas is None or type(figure.canvas).__name__ == "FigureCanvasBase":
        FigureCanvasAgg(figure)  # a renderer is needed to measure label sizes
    return figure


def _message(figure: Figure, title: str, lines: list[str]) -> Figure:
    """Fill ``figure`` with a message that explains, in words, why there is no chart."""
    ax = figure.add_subplot()
    ax.set_axis_off()
    ax.text(0.02, 0.98, title, fontsize=13, ha="left", va="top", transform=ax.transAxes)
    body = "\n\n".join(textwrap.fill(line, 70) for line in lines)
    ax.text(
        0.5,
        0.55,
        body,
        ha="center",
        va="center",
        fontsize=11,
        color="#333333",
        transform=ax.transAxes,
        wrap=True,
    )
    return figure


def _money_axis(value: float, _pos: object = None) -> str:
    from desktopseg.core.currency import current, format_money

    if abs(value) >= 1_000_000:
        text = localize_number(f"{value / 1_000_000:,.1f}M")
    elif abs(value) >= 10_000:
        text = localize_number(f"{value / 1000:,.0f}k")
    else:
        text = localize_number(f"{value:,.0f}")
    return format_money(text, current())  # the same currency as the table and the cards


# ---------------------------------------------------------------------------------------------
# Label placement
# ---------------------------------------------------------------------------------------------


def _overlaps(a, b) -> float:
    """Overlap area of two (x0, y0, x1, y1) boxes."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def _place_labels(ax, points, texts, radii_pt, colors, fontsize=9) -> None:
    """Put one label beside each point so labels overlap neither each other nor the bubbles.

    Greedy: biggest bubble first, candidate offsets around the bubble at growing distances;
    the first free spot inside the axes wins, else the least-overlapping one (with a leader line).
    """
    fig = ax.figure
    fig.draw_without_rendering()  # run the layout so display coordinates are final
    renderer = fig.canvas.get_renderer()
    px_per_pt = fig.dpi / 72.0
    axbox = ax.get_window_extent(renderer)
    axb = (axbox.x0, axbox.y0, axbox.x1, axbox.y1)
    disp = ax.transData.transform(np.asarray(points, dtype=float))
    taken = []  # boxes already used: bubbles and labels
    for (x, y), r in zip(disp, radii_pt, strict=True):
        rp = r * px_per_pt
        taken.append((x - rp, y - rp, x + rp, y + rp))
    for t in ax.texts:
        if t.get_gid() == QUADRANT_GID:
            bb = t.get_window_extent(renderer)
            taken.append((bb.x0, bb.y0, bb.x1, bb.y1))
    legend = ax.get_legend()
    if legend is not None:  # "after the cost of serving them"
        bb = legend.get_window_extent(renderer)
        taken.append((bb.x0, bb.y0, bb.x1, bb.y1))
    for marks in ax.collections[1:]:  # the profit-after-service triangles
        half = math.sqrt(float(np.max(marks.get_sizes()))) / 2 * px_per_pt
        for mx, my in ax.transData.transform(marks.get_offsets()):
            taken.append((mx - half, my - half, mx + half, my + half))
    placed = []
    order = sorted(range(len(points)), key=lambda i: -radii_pt[i])
    directions = [(1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (-1, 1), (1, -1), (-1, -1)]
    for i in order:
        probe = ax.text(0, 0, texts[i], fontsize=fontsize)
        bb = probe.get_window_extent(renderer)
        probe.remove()
        pad = 0.3 * fontsize * px_per_pt  # the white box drawn behind the label
        w, h = bb.width + pad, bb.height + pad
        x, y = disp[i]
        best = None
        for step in (0, 1, 2, 3, 4, 6):
            gap = (radii_pt[i] + 3 + step * 8) * px_per_pt
            for dx, dy in directions:
                # Anchor the box so it grows away from the bubble on the chosen side.
                cx = x + dx * (gap + w / 2) if dx else x
                cy = y + dy * (gap + h / 2) if dy else y
                if dx and dy:
                    cx = x + dx * (gap * 0.75 + w / 2)
                    cy = y + dy * (gap * 0.75 + h / 2)
                box = (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
                inside = (
                    box[0] >= axb[0] + 2
                    and box[2] <= axb[2] - 2
                    and box[1] >= axb[1] + 2
                    and box[3] <= axb[3] - 2
                )
                cost = sum(_overlaps(box, o) for j, o in enumerate(taken) if j != i)
                cost += 0 if inside else w * h * 10
                cost += step * 0.01  # prefer close spots among free ones
                if best is None or cost < best[0]:
                    best = (cost, box, step)
            if best[0] < 1:
                break
        _cost, box, step = best
        cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        offset = ((cx - x) / px_per_pt, (cy - y) / px_per_pt)
        # A label nearer another bubble than its own (bubbles in a heap) gets a leader line,
        # so which bubble it names is never a guess.
        own = math.hypot(cx - x, cy - y) - radii_pt[i] * px_per_pt
        nearer = any(math.hypot(cx - ox, cy - oy) - radii_pt[j] * px_per_pt < own
                     for j, (ox, oy) in enumerate(disp) if j != i)
        if nearer:
            step = max(step, 2)
        ann = ax.annotate(
            texts[i],
            points[i],
            xytext=offset,
            textcoords="offset points",
            ha="center",
            va="center",
            fontsize=fontsize,
            color="#1a1a1a",
            gid=LABEL_GID,
            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8},
            arrowprops=None
            if step < 2
            else {
                "arrowstyle": "-",
                "color": colors[i],
                "lw": 0.8,
                "shrinkA": 0,
                "shrinkB": radii_pt[i],
            },
        )
        ann.set_in_layout(False)
        taken.append(box)
        placed.append(box)


# ---------------------------------------------------------------------------------------------
# Charts
# ---------------------------------------------------------------------------------------------


def effort_margin_figure(
    seg: Segmentation, result: AnalysisResult, figure: Figure | None = None
) -> Figure:
    """Bubble per segment: x average service effort, y margin per customer, size = customers."""
    figure = _prepare(figure)
    title = _("Service effort vs. margin")
    segs = [
        s
        for s in seg.segments
        if s.avg_effort is not None and s.customers > 0 and not math.isnan(s.avg_effort)
    ]
    if not segs or "effort" not in result.customers:
        return _message(
            figure,
            title,
            [
                _(
                    "This data has no information about service effort, so this chart would only "
                    "be guesswork."
                ),
                _(
                    "Add a column with service minutes, support tickets or an effort score (1-10) "
                    "per customer or per sale, and this chart will show which segments take more "
                    "time than they bring."
                ),
            ],
        )
    use_margin = result.margin_source != "none" and all(s.margin is not None for s in segs)
    ys = [(s.margin if use_margin else s.revenue) / s.customers for s in segs]
    xs = [float(s.avg_effort) for s in segs]
    counts = np.array([s.customers for s in segs], dtype=float)
    area = 80 + 2200 * counts / counts.max()
    colors = [segment_color(seg, s.name) for s in segs]

    cust = result.customers
    x0 = float(cust["effort"].mean())
    value_col = "margin" if use_margin and "margin" in cust else "revenue"
    y0 = float(cust[value_col].sum()) / max(len(cust), 1)

    ax = figure.add_subplot()
    ax.scatter(xs, ys, s=area, c=colors, alpha=0.75, edgecolors="white", linewidths=1.5, zorder=3)
    ax.axvline(x0, color="#888888", lw=1, ls="--", zorder=1)
    ax.axhline(y0, color="#888888", lw=1, ls="--", zorder=1)
    # Limits: every bubble plus the quadrant cross, with room for the biggest bubble and labels.
    lo_x, hi_x = min(xs + [x0]), max(xs + [x0])
    lo_y, hi_y = min(ys + [y0]), max(ys + [y0])
    pad_x = max((hi_x - lo_x) * 0.35, 0.5)
    pad_y = max((hi_y - lo_y) * 0.30, abs(hi_y) * 0.1, 1.0)
    ax.set_xlim(max(lo_x - pad_x, 0), min(hi_x + pad_x, 10.5) if hi_x <= 10 else hi_x + pad_x)
    ax.set_ylim(lo_y - pad_y, hi_y + pad_y)
    for (high_effort, high_margin), name in QUADRANTS.items():
        ax.text(
            0.99 if high_effort else 0.01,
            0.98 if high_margin else 0.02,
            _(name),
            transform=ax.transAxes,
            ha="right" if high_effort else "left",
            va="top" if high_margin else "bottom",
            fontsize=10,
            color="#666666",
            fontweight="bold",
            gid=QUADRANT_GID,
            zorder=2,
        )
    ax.set_xlabel(_("Average service effort (1 = little, 10 = a lot)"))
    ax.set_ylabel(
        _("Average margin per customer")
        if use_margin
        else _("Average revenue per customer (no cost in the data)")
    )
    ax.yaxis.set_major_formatter(FuncFormatter(_money_axis))
    ax.set_title(title, loc="left", fontsize=13)
    ax.grid(True, alpha=0.25, zorder=0)
    ax.spines[["top", "right"]].set_visible(False)
    if result.effort_source:
        # Beside the title, not the axis label: the source can be a long sentence.
        ax.set_title(
            textwrap.fill(_("Effort: {source}").format(source=result.effort_source), 60),
            loc="right",
            fontsize=7,
            color="#666666",
        )
    _profit_after_service_marks(ax, segs, xs, ys, use_margin)
    radii = [math.sqrt(a) / 2 for a in area]
    names = [textwrap.fill(s.name, 22) for s in segs]  # cluster names can be a sentence
    names = [n + ("\n" + _("(your rating)") if s.extra.get("effort_source") == "rating" else "")
             for n, s in zip(names, segs, strict=True)]
    _place_labels(ax, list(zip(xs, ys, strict=True)), names, radii, colors)
    return figure


def _profit_after_service_marks(ax, segs, xs, ys, use_margin: bool) -> None:
    """Mark under each bubble the profit per customer after the cost of serving them."""
    if not use_margin:
        return
    pas = [s.extra.get("profit_after_service") for s in segs]
    if not any(v is not None for v in pas):
        return
    pts = [(x, y, v / s.customers) for x, y, v, s in zip(xs, ys, pas, segs, strict=True)
           if v is not None]
    for x, y, after in pts:
        ax.plot([x, x], [y, after], color="#444444", lw=0.8, ls=":", zorder=2)
    ax.scatter([p[0] for p in pts], [p[2] for p in pts], marker="v", s=36, color="#333333",
               zorder=4, label=_("after the cost of serving them"))
    lo, hi = ax.get_ylim()
    low = min(p[2] for p in pts)
    if low < lo:
        ax.set_ylim(low - 0.1 * (hi - low), hi)
    ax.axhline(0, color="#B22222", lw=0.8, zorder=1)
    ax.legend(loc="upper center", fontsize=8, frameon=False)


def _scores(seg: Segmentation) -> pd.DataFrame | None:
    """Per-customer R and FM scores from the scheme's details, or None."""
    d = seg.details or {}
    sc = d.get("scores")
    if isinstance(sc, pd.DataFrame):
        cols = {str(c).upper(): c for c in sc.columns}
        # Scores on other scales come with their place on the grid's 1..5 scale.
        if "R_GRID" in cols and "FM_GRID" in cols:
            cols["R"], cols["FM"] = cols["R_GRID"], cols["FM_GRID"]
        if "R" in cols and ("FM" in cols or ("F" in cols and "M" in cols)):
            r = pd.to_numeric(sc[cols["R"]], errors="coerce")
            if "FM" in cols:
                fm = pd.to_numeric(sc[cols["FM"]], errors="coerce")
            else:  # the usual R x FM grid averages F and M, rounding half up
                f = pd.to_numeric(sc[cols["F"]], errors="coerce")
                m = pd.to_numeric(sc[cols["M"]], errors="coerce")
                fm = np.floor((f + m) / 2 + 0.5)
            return pd.DataFrame({"R": r, "FM": fm}).dropna().astype(int)
    return None


def _grid_name(grid, r: int, fm: int) -> str | None:
    """Name of cell (r, fm) from a grid given as {"r,fm": name}, {r: {fm: name}} or rows."""
    if not grid:
        return None
    if isinstance(grid, dict):
        cells = grid.get("cells", grid)
        if isinstance(cells, dict):
            for key in (f"{r},{fm}", f"{r}{fm}", (r, fm)):
                if key in cells:
                    return str(cells[key])
            inner = cells.get(str(r), cells.get(r))
            if isinstance(inner, dict):
                v = inner.get(str(fm), inner.get(fm))
                return None if v is None else str(v)
            if isinstance(inner, list):  # cells[R] lists the names for FM = 1..levels
                return str(inner[fm - 1]) if 0 < fm <= len(inner) else None
        if isinstance(cells, list):
            grid = cells
    if isinstance(grid, list):
        try:
            return str(grid[r - 1][fm - 1])
        except (IndexError, TypeError):
            return None
    return None


def rfm_grid_figure(seg: Segmentation, figure: Figure | None = None) -> Figure:
    """Draw the R x FM grid: each cell coloured and named by its segment, with its count."""
    figure = _prepare(figure)
    title = _("Recency x frequency & spend")
    scores = _scores(seg)
    if scores is None:
        return _message(
            figure,
            title,
            [
                _("This grid belongs to the buying-behaviour (RFM) segments."),
                _("Choose the behaviour scheme to see it."),
            ],
        )
    labels = seg.labels.reindex(scores.index).astype("string")
    levels = int(
        max(
            scores["R"].max(),
            scores["FM"].max(),
            seg.details.get("grid_levels", seg.details.get("levels", 0)) or 0,
        )
    )
    grid = seg.details.get("grid")
    ax = figure.add_subplot()
    table = pd.DataFrame({"R": scores["R"], "FM": scores["FM"], "label": labels})
    counts = table.groupby(["R", "FM"]).size()
    names = table.dropna().groupby(["R", "FM"])["label"].agg(lambda s: s.value_counts().index[0])
    for r in range(1, levels + 1):
        for fm in range(1, levels + 1):
            n = int(counts.get((r, fm), 0))
            # Empty cells show the grid's (English) name in the user's language, as labels are.
            name = names.get((r, fm)) if n else _grid_name(grid, r, fm)
            name = _(name) if name and not n else name
            color = segment_color(seg, str(name)) if name else "#DDDDDD"
            rgb = to_rgb(color)
            fill = rgb if n else tuple(0.55 + 0.45 * c for c in rgb)  # pale when empty
            ax.add_patch(
                Rectangle((r - 0.5, fm - 0.5), 1, 1, facecolor=fill, edgecolor="white", lw=2)
            )
            text = textwrap.fill(str(name), 11) if name else ""
            count = localize_number(f"{n:,}")
            many = _("1 customer") if n == 1 else _("{count} customers").format(count=count)
            text += "\n" + many if n else ""
            ax.text(
                r,
                fm,
                text,
                ha="center",
                va="center",
                fontsize=8,
                color="white" if n else "#333333",
                gid=LABEL_GID,
            )
    ax.set_xlim(0.5, levels + 0.5)
    ax.set_ylim(0.5, levels + 0.5)
    ax.set_xticks(range(1, levels + 1))
    ax.set_yticks(range(1, levels + 1))
    ax.set_xlabel(_("Recency score (higher = bought more recently)"))
    ax.set_ylabel(_("Frequency & spend score (higher = more)"))
    ax.set_title(title, loc="left", fontsize=13)
    ax.set_aspect("auto")
    for side in ("top", "right", "left", "bottom"):
        ax.spines[side].set_visible(False)
    ax.tick_params(length=0)
    return figure


def whale_curve_figure(
    result: AnalysisResult, seg: Segmentation | None = None, figure: Figure | None = None
) -> Figure:
    """Cumulative share of margin (or revenue) against share of customers, best first."""
    figure = _prepare(figure)
    cust = result.customers
    use_margin = result.margin_source != "none" and "margin" in cust
    col = "margin" if use_margin else "revenue"
    title = _("Who brings the margin") if use_margin else _("Who brings the revenue")
    values = pd.to_numeric(cust[col], errors="coerce").fillna(0.0) if col in cust else None
    if values is None or len(values) == 0 or values.sum() <= 0:
        return _message(figure, title, [_("There is no positive total to share out yet.")])
    order = values.sort_values(ascending=False, kind="stable")
    total = float(order.sum())
    cum = order.cumsum().to_numpy() / total
    n = len(cum)
    x = np.arange(1, n + 1) / n
    # Keep at most ~2,000 points: the curve looks the same and big files stay quick to draw.
    step = max(1, n // 2000)
    xs = np.concatenate([[0.0], x[::step], [1.0]])
    ys = np.concatenate([[0.0], cum[::step], [cum[-1]]])
    ax = figure.add_subplot()
    ax.plot(xs, ys, color="#222222", lw=2, zorder=3)
    ax.plot([0, 1], [0, 1], color="#AAAAAA", lw=1, ls=":", zorder=2)
    ax.axhline(1.0, color="#AAAAAA", lw=0.8, zorder=1)
    top = int(math.ceil(0.2 * n)) - 1
    share20 = cum[max(top, 0)]
    # The text sits in the empty lower right (below the curve and the diagonal) so it stays
    # inside the axes however narrow the figure is.
    ax.annotate(
        textwrap.fill(
            _("Top 20% of customers bring {share} of the total").format(share=f"{share20:.0%}"),
            28,
        ),
        (x[max(top, 0)], share20),
        xytext=(0.97, 0.3),
        textcoords="axes fraction",
        ha="right",
        fontsize=9,
        arrowprops={"arrowstyle": "->", "lw": 0.8},
    )
    peak = int(np.argmax(cum))
    if cum[peak] > 1.005:
        words = (
            _("Peak {peak}: the last {rest} of customers lose money")
            if use_margin
            else _("Peak {peak}: the last {rest} of customers returned more than they bought")
        )
        ax.annotate(
            words.format(peak=f"{cum[peak]:.0%}", rest=f"{1 - x[peak]:.0%}"),
            (x[peak], cum[peak]),
            xytext=(-20, 18),
            textcoords="offset points",
            ha="right",
            fontsize=9,
            arrowprops={"arrowstyle": "->", "lw": 0.8},
        )
    if seg is not None:
        # A strip under the curve: which segment each customer (in curve order) belongs to.
        lab = seg.labels.reindex(order.index).astype("string").fillna("")
        names = [s.name for s in seg.segments]
        colors = {nm: to_rgb(segment_color(seg, nm)) for nm in names}
        idx = np.linspace(0, n - 1, min(n, 800)).astype(int)
        strip = np.array([[colors.get(lab.iloc[i], (0.85, 0.85, 0.85)) for i in idx]])
        lo = min(0.0, float(cum.min())) - 0.12
        ax.imshow(
            strip, extent=(0, 1, lo, lo + 0.07), aspect="auto", zorder=1, interpolation="nearest"
        )
        handles = [Rectangle((0, 0), 1, 1, color=colors[nm]) for nm in names]
        # Beside the plot on a wide figure, below it on a narrow one (half an A4 page).
        wide = figure.get_figwidth() >= 7.5
        figure.legend(
            handles,
            [textwrap.fill(nm, 22) for nm in names],
            fontsize=8,
            loc="outside right upper" if wide else "outside lower center",
            ncols=1 if wide else min(3, len(names)),
            frameon=False,
            title=textwrap.fill(seg.title, 22) if wide else seg.title,
            title_fontsize=8,
        )
        ax.set_ylim(lo - 0.02, max(1.05, float(cum.max()) + 0.1))
    else:
        ax.set_ylim(min(0.0, float(cum.min())) - 0.02, max(1.05, float(cum.max()) + 0.1))
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(PercentFormatter(1.0))
    ax.yaxis.set_major_formatter(PercentFormatter(1.0))
    ax.set_xlabel(_("Share of customers, biggest first"))
    ax.set_ylabel(
        _("Cumulative share of margin")
        if use_margin
        else _("Cumulative share of revenue (no cost in the data)")
    )
    ax.set_title(title, loc="left", fontsize=13)
    ax.grid(True, alpha=0.25)
    ax.spines[["top", "right"]].set_visible(False)
    return figure


def segment_sizes_figure(seg: Segmentation, figure: Figure | None = None) -> Figure:
    """Horizontal bars: customers per segment, labelled with count, share and revenue share."""
    figure = _prepare(figure)
    segs = list(seg.segments)
    ax = figure.add_subplot()
    names = [s.name for s in segs]
    counts = [s.customers for s in segs]
    colors = [segment_color(seg, s.name) for s in segs]
    ypos = np.arange(len(segs))[::-1]  # first segment on top
    ax.barh(ypos, counts, color=colors, height=0.7, gid="segment-bar")
    ax.set_yticks(ypos, labels=[textwrap.fill(n, 24) for n in names])
    top = max(counts) if counts else 1
    for y, s in zip(ypos, segs, strict=True):
        ax.text(
            s.customers + top * 0.01,
            y,
            _("{count} ({share}) · {revenue} of revenue").format(
                count=localize_number(f"{s.customers:,}"), share=f"{s.share:.0%}",
                revenue=f"{s.revenue_share:.0%}",
            ),
            va="center",
            fontsize=8.5,
            color="#333333",
            gid=LABEL_GID,
        )
    ax.set_xlim(0, top * 1.45)  # room for the text after the longest bar
    ax.set_xlabel(_("Customers"))
    ax.set_title(_("Segment sizes: {title}").format(title=seg.title), loc="left", fontsize=13)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{v:,.0f}"))
    ax.spines[["top", "right"]].set_visible(False)
    ax.tick_params(axis="y", length=0)
    if len(segs) > 12:
        ax.tick_params(axis="y", labelsize=8)
    return figure
