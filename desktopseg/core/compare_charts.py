"""Charts of a comparison, shared by the window, the print-out and the PDF (see core/charts.py).

flow_figure(cmp)          Sankey-style flows from the earlier segments to the later ones
move_matrix_figure(cmp)   the move matrix as a heat map (customers, or revenue)
timeline_figure(points)   segment sizes over the snapshots of a project
"""

from __future__ import annotations

import textwrap
from datetime import date

import numpy as np
from matplotlib.figure import Figure
from matplotlib.patches import PathPatch, Rectangle
from matplotlib.path import Path as MplPath

from desktopseg.core.charts import LABEL_GID, _message, _prepare
from desktopseg.core.compare import Comparison, money, new_name
from desktopseg.core.i18n import _, localize_number
from desktopseg.core.personas import segment_color

NEW_COLOR = "#9AA5B1"


def _colors(cmp: Comparison) -> dict[str, str]:
    after = cmp.after.segmentations[cmp.scheme]
    before = cmp.before.segmentations[cmp.scheme]
    later = {s.name for s in after.segments}
    out = {n: segment_color(after if n in later else before, n) for n in cmp.order}
    out[new_name()] = NEW_COLOR
    return out


def _count(n: float) -> str:
    return localize_number(f"{int(n):,}")


def flow_figure(cmp: Comparison, figure: Figure | None = None, *, min_share: float = 0.004
                ) -> Figure:
    """Bands from each earlier segment (left) to each later one (right), width = customers.

    Flows smaller than ``min_share`` of all customers are left out of the drawing (they stay in
    the matrix and the lists) so the chart stays readable.
    """
    figure = _prepare(figure, (9.0, 6.5))
    m = cmp.matrix("customers")
    total = float(m.to_numpy().sum())
    if total == 0:
        return _message(figure, _("What changed"), [_("There are no customers to compare.")])
    colors = _colors(cmp)
    ax = figure.add_subplot()
    ax.set_axis_off()
    gap = total * 0.012
    left = {n: float(v) for n, v in m.sum(axis=1).items() if v > 0}
    right = {n: float(v) for n, v in m.sum(axis=0).items() if v > 0}

    def stack(sizes: dict[str, float]) -> dict[str, float]:
        y, tops = 0.0, {}
        for name, v in sizes.items():
            tops[name] = y
            y += v + gap
        return tops

    ltop, rtop = stack(left), stack(right)
    height = max(sum(left.values()) + gap * (len(left) - 1),
                 sum(right.values()) + gap * (len(right) - 1))
    x0, x1, w = 0.0, 1.0, 0.03
    lpos = dict(ltop)
    rpos = dict(rtop)
    for a in left:
        for b in right:
            v = float(m.at[a, b]) if b in m.columns else 0.0
            if v <= 0:
                continue
            ya, yb = lpos[a], rpos[b]
            lpos[a] += v
            rpos[b] += v
            if v < total * min_share:
                continue
            xa, xb = x0 + w, x1 - w
            mid = (xa + xb) / 2
            verts = [(xa, ya), (mid, ya), (mid, yb), (xb, yb), (xb, yb + v), (mid, yb + v),
                     (mid, ya + v), (xa, ya + v), (xa, ya)]
            codes = [MplPath.MOVETO, MplPath.CURVE4, MplPath.CURVE4, MplPath.CURVE4,
                     MplPath.LINETO, MplPath.CURVE4, MplPath.CURVE4, MplPath.CURVE4,
                     MplPath.CLOSEPOLY]
            ax.add_patch(PathPatch(MplPath(verts, codes), facecolor=colors.get(a, NEW_COLOR),
                                   edgecolor="none", alpha=0.45 if a != b else 0.2,
                                   gid="flow"))
    for side, sizes, tops, x, ha, tx in (("left", left, ltop, x0, "right", x0 - 0.01),
                                         ("right", right, rtop, x1 - w, "left", x1 + 0.01)):
        for name, v in sizes.items():
            ax.add_patch(Rectangle((x, tops[name]), w, v, facecolor=colors.get(name, NEW_COLOR),
                                   edgecolor="white", linewidth=0.5, gid=f"node-{side}"))
            ax.text(tx, tops[name] + v / 2, f"{textwrap.shorten(name, 26)}  {_count(v)}"
                    if side == "left" else f"{_count(v)}  {textwrap.shorten(name, 26)}",
                    ha=ha, va="center", fontsize=8.5, color="#222222", gid=LABEL_GID)
    ax.set_xlim(-0.42, 1.42)
    ax.set_ylim(height + gap, -gap * 3)
    ax.text(x0 + w / 2, -gap * 2, cmp.before_as_of.isoformat() if cmp.before_as_of else "",
            ha="center", va="bottom", fontsize=10, fontweight="bold")
    ax.text(x1 - w / 2, -gap * 2, cmp.after_as_of.isoformat() if cmp.after_as_of else "",
            ha="center", va="bottom", fontsize=10, fontweight="bold")
    figure.suptitle(_("Where customers went: {title}").format(
        title=cmp.after.segmentations[cmp.scheme].title), x=0.02, ha="left", fontsize=13)
    return figure


def move_matrix_figure(cmp: Comparison, value: str = "customers",
                       figure: Figure | None = None) -> Figure:
    """Draw the move matrix as a heat map: rows the earlier segment, columns the later one."""
    figure = _prepare(figure, (9.0, 6.5))
    m = cmp.matrix(value)
    if m.empty:
        return _message(figure, _("What changed"), [_("There are no customers to compare.")])
    ax = figure.add_subplot()
    data = m.to_numpy(dtype=float)
    ax.imshow(np.log1p(np.abs(data)), cmap="Blues", aspect="auto")
    top = np.abs(data).max() or 1.0
    for i in range(data.shape[0]):
        for j in range(data.shape[1]):
            v = data[i, j]
            if v == 0:
                continue
            text = _count(v) if value == "customers" else money(v)
            dark = np.log1p(abs(v)) > 0.6 * np.log1p(top)
            same = m.index[i] == m.columns[j]
            ax.text(j, i, text, ha="center", va="center", fontsize=7.5,
                    fontweight="bold" if same else "normal",
                    color="white" if dark else "#222222", gid="cell")
    ax.set_xticks(range(len(m.columns)), labels=[textwrap.fill(str(c), 12) for c in m.columns],
                  fontsize=8, rotation=0)
    ax.set_yticks(range(len(m.index)), labels=[str(r) for r in m.index], fontsize=8.5)
    ax.xaxis.tick_top()
    ax.tick_params(length=0)
    before = cmp.before_as_of.isoformat() if cmp.before_as_of else ""
    after = cmp.after_as_of.isoformat() if cmp.after_as_of else ""
    ax.set_ylabel(_("Segment on {day}").format(day=before))
    ax.set_xlabel(_("Segment on {day}").format(day=after))
    title = (_("Customers moving between segments") if value == "customers"
             else _("Revenue of customers moving between segments (by the later date)"))
    figure.suptitle(title, x=0.02, ha="left", fontsize=13)
    for spine in ax.spines.values():
        spine.set_visible(False)
    return figure


def timeline_figure(points: list[tuple[date, dict[str, int]]], order: list[str] | None = None,
                    figure: Figure | None = None, title: str | None = None) -> Figure:
    """Draw customers per segment at each snapshot: one line per segment."""
    figure = _prepare(figure)
    if len(points) < 2:
        return _message(figure, _("Segment sizes over time"), [
            _("There is only one snapshot yet. Add a newer export to this project "
              "(File > Add a Newer Export) to see how the segments change.")])
    names = list(order or [])
    for _day, sizes in points:
        names += [n for n in sizes if n not in names]
    ax = figure.add_subplot()
    xs = [d for d, _s in points]
    from desktopseg.core.personas import PALETTE

    for i, name in enumerate(names):
        ys = [sizes.get(name, 0) for _d, sizes in points]
        ax.plot(xs, ys, marker="o", color=PALETTE[i % len(PALETTE)], label=name, gid="line")
    ax.set_ylabel(_("Customers"))
    ax.set_title(title or _("Segment sizes over time"), loc="left", fontsize=13)
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(fontsize=8, frameon=False, loc="center left", bbox_to_anchor=(1.0, 0.5))
    figure.autofmt_xdate()
    return figure


__all__ = ["flow_figure", "move_matrix_figure", "timeline_figure"]
