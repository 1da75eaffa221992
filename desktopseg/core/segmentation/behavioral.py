"""Buying behaviour: R, F, M scores and named segments through an editable R x FM grid.

Scores run 1..settings.rfm_levels, higher is better. R comes from recency_days (fewer days,
higher score), F from orders, M from revenue. Automatic cuts are equal-sized groups; F is ranked
first (ties split in list order) so a mass of one-time buyers doesn't collapse the bins, and
falls back to fixed levels (1, 2, 3... orders) when order counts barely vary. Fewer than
2 x levels customers use fewer levels.

settings.rfm_thresholds = {"R": [...], "F": [...], "M": [...]} gives ascending cut points in the
measure's own units (days, orders, money): a value <= cuts[0] is in the lowest bin, and so on,
so k cuts make k + 1 levels; for R the lowest bin (most recent) gets the highest score.
details["thresholds"] reports the cuts actually used in the same form, so the GUI can show them
and give them back.

The grid (core/data/rfm_grid.json, or settings.rfm_grid in the same shape) names each of the
5 x 5 cells R x FM, FM = (F + M) / 2 rounded half up; scores on another scale are mapped onto
1..5 first.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from importlib import resources

import numpy as np
import pandas as pd

from desktopseg.core.errors import UserError
from desktopseg.core.i18n import _
from desktopseg.core.model import AnalysisSettings, Segmentation
from desktopseg.core.progress import Task
from desktopseg.core.segmentation import rhythm
from desktopseg.core.segmentation.common import (
    finish,
    format_rows,
    money_texts,
    require_customers,
    unavailable,
)

#: The grid is always looked up on a 1..5 scale; other scales are mapped onto it.
GRID_LEVELS = 5


@cache
def _default_grid_text() -> str:
    return resources.files("desktopseg.core").joinpath("data", "rfm_grid.json").read_text("utf-8")


def default_grid() -> dict:
    """Return the shipped R x FM grid (a fresh copy the caller may edit)."""
    return json.loads(_default_grid_text())


def segment_names() -> list[str]:
    """Return the eleven segment names, in display order (best first)."""
    return list(default_grid()["names"])


def validate_grid(grid: dict | None) -> dict:
    """Return a complete grid from ``grid`` (full JSON or just its "cells"); UserError if bad."""
    base = default_grid()
    if grid is None:
        return base
    grid = copy.deepcopy(grid)
    cells = grid.get("cells", grid)
    known = set(base["names"]) | set(grid.get("names", {}))
    problems = []
    for r in range(1, GRID_LEVELS + 1):
        row = cells.get(str(r), cells.get(r))
        if not isinstance(row, list | tuple) or len(row) != GRID_LEVELS:
            problems.append(_("row R{r} needs exactly {k} names").format(r=r, k=GRID_LEVELS))
            continue
        for fm, name in enumerate(row, start=1):
            if not isinstance(name, str) or name not in known:
                problems.append(_("cell R{r} FM{fm} has the unknown name '{name}'").format(
                    r=r, fm=fm, name=name))
    if problems:
        raise UserError(_("The segment grid can't be used: {problems}.").format(
            problems="; ".join(problems)),
            hint=_("Each of the 25 cells needs one of: {names}.").format(
                names=", ".join(base["names"])))
    names = dict(base["names"])
    names.update(grid.get("names", {}))
    return {"version": 1, "cells": {str(r): list(cells.get(str(r), cells.get(r)))
                                    for r in range(GRID_LEVELS, 0, -1)}, "names": names}


def grid_lookup(grid: dict, r: np.ndarray, fm: np.ndarray) -> np.ndarray:
    """Segment name per customer from R and FM on the 1..5 scale."""
    table = np.array([grid["cells"][str(i)] for i in range(1, GRID_LEVELS + 1)], dtype=object)
    return table[r.astype(int) - 1, fm.astype(int) - 1]


def fm_score(f: np.ndarray, m: np.ndarray) -> np.ndarray:
    """FM = (F + M) / 2 rounded half up (so F5 M4 is 5, not banker's 4)."""
    return np.floor((f + m) / 2.0 + 0.5).astype(int)


def to_grid_scale(score: np.ndarray, levels: int) -> np.ndarray:
    """Map scores 1..levels onto 1..5 for the grid."""
    if levels == GRID_LEVELS:
        return score.astype(int)
    if levels <= 1:
        return np.full(len(score), 3)
    return np.floor(1 + (score - 1) * (GRID_LEVELS - 1) / (levels - 1) + 0.5).astype(int)


def _score_by_thresholds(values: np.ndarray, cuts: list[float], reverse: bool, levels: int):
    """Score 1..len(cuts)+1: value <= cuts[0] -> 1 ... (reversed for recency)."""
    b = np.searchsorted(np.asarray(sorted(cuts), dtype=float), values, side="left") + 1
    return (levels + 1 - b) if reverse else b


def _auto_cut(values: pd.Series, levels: int, ranked: bool):
    """Quantile bins 1..k (k <= levels): returns (bins, k, method words)."""
    x = values.rank(method="first") if ranked else values
    try:
        bins = pd.qcut(x, levels, labels=False, duplicates="drop")
    except ValueError:
        bins = None
    if bins is None or bins.nunique() < 2:
        return np.zeros(len(values), dtype=int) + 1, 1
    k = int(bins.max()) + 1
    return bins.to_numpy(dtype=int) + 1, k


def score(customers: pd.DataFrame, settings: AnalysisSettings):
    """R, F, M scores (1..levels), the thresholds used and notes. Pure; tests call it."""
    n = len(customers)
    levels = int(settings.rfm_levels)
    notes: list[str] = []
    if n < 2 * levels:
        levels_used = max(2, min(levels, n // 2))
        notes.append(_("Only {n} customers: scores use {k} levels instead of {levels}.").format(
            n=n, k=levels_used, levels=levels))
    else:
        levels_used = levels
    given = settings.rfm_thresholds or {}
    # Positions, not customer keys: the scores pick values by mask, and masks are faster
    # on a plain range index.
    values = {
        "R": customers["recency_days"].astype(float).reset_index(drop=True),
        "F": customers["orders"].astype(float).reset_index(drop=True),
        "M": customers["revenue"].astype(float).fillna(0.0).reset_index(drop=True),
    }
    scores, thresholds, ranges, methods, scale = {}, {}, {}, {}, {}
    for dim, v in values.items():
        reverse = dim == "R"
        if given.get(dim):
            cuts = sorted(float(c) for c in given[dim])
            k = len(cuts) + 1
            s = _score_by_thresholds(v.to_numpy(), cuts, reverse, k)
            methods[dim] = _("your thresholds")
        else:
            distinct = v.nunique()
            if dim == "F" and distinct <= levels_used:
                # Few distinct order counts (e.g. everyone bought once or twice): ranking would
                # split identical customers at random, so use the counts themselves.
                cuts = [float(i) for i in range(1, levels_used)]
                k = levels_used
                s = _score_by_thresholds(v.to_numpy(), cuts, False, k)
                methods[dim] = _("fixed: 1, 2, 3... orders, the top level for more")
            else:
                b, k = _auto_cut(v, levels_used, ranked=(dim == "F"))
                if k < 2:
                    s = np.ones(n, dtype=int)
                    methods[dim] = _("all customers alike")
                else:
                    s = (k + 1 - b) if reverse else b
                    methods[dim] = (_("equal-sized groups after ranking (ties split by order "
                                      "in the list)") if dim == "F"
                                    else _("equal-sized groups"))
                # The cut points actually used, in the same units, so the user can edit them.
                cuts = [float(v[b == i].max()) for i in range(1, k)] if k >= 2 else []
        if k < 2:
            s = np.full(n, (levels + 1) // 2)
            notes.append(_("Every customer has the same {dim} value, so all get the middle "
                           "score.").format(dim=dim))
            k_scale = levels
        else:
            k_scale = k
        scores[dim] = s.astype(int)
        scale[dim] = k_scale
        thresholds[dim] = cuts
        ranges[dim] = {int(sc): [float(v[s == sc].min()), float(v[s == sc].max())]
                       for sc in sorted(set(s.tolist()))}
    frame = pd.DataFrame({d: scores[d] for d in "RFM"}, index=customers.index)
    return frame, {"thresholds": thresholds, "ranges": ranges, "methods": methods,
                   "levels": scale}, notes


def run(customers: pd.DataFrame, settings: AnalysisSettings, task: Task) -> Segmentation:
    """Segment by recency, frequency and money through the R x FM grid."""
    if "recency_days" not in customers or customers["recency_days"].isna().all():
        raise unavailable(_("Buying-behaviour segments need purchase dates, and this data has "
                            "none."))
    if "orders" not in customers:
        raise unavailable(_("Buying-behaviour segments need the number of orders per "
                            "customer, and this data has none."))
    require_customers(customers)
    notes: list[str] = []
    everyone = customers
    dated = customers["recency_days"].notna() & customers["orders"].notna()
    bought = customers["orders"].fillna(0) > 0
    undated = _("No purchase date")
    refunds_only = _("Refunds only")
    if not dated.all():
        notes.append(_("{n} customers without a purchase date or order count are shown as "
                       "'{name}'.").format(n=int((~dated).sum()), name=undated))
    if not (bought | ~dated).all():
        notes.append(_("{n} customers only returned goods in this period and are shown as "
                       "'{name}'.").format(n=int((dated & ~bought).sum()), name=refunds_only))
    if not (dated & bought).all():
        # Only the columns read below: copying every text column of 50,000 customers was slow.
        used = [c for c in ("recency_days", "orders", "revenue", "buyer_type",
                            "interpurchase_days") if c in customers]
        customers = customers[used].loc[(dated & bought).to_numpy()]
        require_customers(customers)
    grid = validate_grid(settings.rfm_grid)
    frame, info, score_notes = score(customers, settings)
    notes += score_notes
    task.report(0.4)
    g = {d: to_grid_scale(frame[d].to_numpy(), info["levels"][d]) for d in "RFM"}
    fm = fm_score(g["F"], g["M"])
    # The grid names segments in English (its keys); customers are labelled in the user's
    # language, as the other schemes' labels are.
    shown = {k: _(k) for k in grid["names"]}
    # The period and rhythm rules (rhythm.py) correct what quintiles alone would call lapsed.
    span = (float(everyone["tenure_days"].max()) + 1 if "tenure_days" in everyone
            and everyone["tenure_days"].notna().any() else None)
    english, why, rhythm_notes, rhythm_details = rhythm.adjust(
        customers, grid_lookup(grid, g["R"], fm), fm, grid, span)
    notes += rhythm_notes
    cells, cell_names = pd.factorize(english)
    names = np.array([shown.get(n, n) for n in cell_names], dtype=object)[cells]
    # FM on the scores' own scale (the same as the grid's unless small data used fewer levels);
    # the grid-scale values are kept too, for drawing the grid.
    frame["FM"] = fm_score(frame["F"].to_numpy(), frame["M"].to_numpy())
    frame["R_grid"] = g["R"]
    frame["FM_grid"] = fm
    frame["segment"] = names
    task.report(0.6)
    # In words, without the R/F/M shorthand; the scores say where the customer stands
    # (the segment itself is shown beside the reason). "1 day", never "1 days".
    scores = _("scores for recency {r}, frequency {f}, spend {m} (of {levels}): {name}")
    many = _("Bought {orders} times, last {days} days ago, spent {spent}; ") + scores
    many_1 = _("Bought {orders} times, last 1 day ago, spent {spent}; ") + scores
    once = _("Bought once, {days} days ago, spent {spent}; ") + scores
    once_1 = _("Bought once, 1 day ago, spent {spent}; ") + scores
    many_0 = _("Bought {orders} times, the last on the last day of the data, spent {spent}; "
               ) + scores
    once_0 = _("Bought once, on the last day of the data, spent {spent}; ") + scores
    orders = customers["orders"].to_numpy()
    once_mask = orders == 1
    days = customers["recency_days"].to_numpy()
    one_day, no_day = days == 1, days == 0
    other = ~one_day & ~no_day
    reasons_dated = np.empty(len(customers), dtype=object)
    for template, rows in ((once, once_mask & other), (once_1, once_mask & one_day),
                           (once_0, once_mask & no_day), (many, ~once_mask & other),
                           (many_1, ~once_mask & one_day), (many_0, ~once_mask & no_day)):
        if rows.any():
            reasons_dated[rows] = format_rows(
                template, orders=orders[rows].astype(np.int64),
                days=customers["recency_days"].to_numpy()[rows].astype(np.int64),
                spent=money_texts(customers["revenue"].fillna(0.0).to_numpy()[rows]),
                r=frame["R"].to_numpy()[rows], f=frame["F"].to_numpy()[rows],
                m=frame["M"].to_numpy()[rows], name=names[rows],
                levels=int(max(frame["R"].max(), frame["F"].max(), frame["M"].max(), 1)))
    has_why = why != ""
    if has_why.any():
        reasons_dated[has_why] = [_("{reason}; {why}").format(reason=r, why=w)
                                  for r, w in zip(reasons_dated[has_why], why[has_why],
                                                  strict=True)]
    # The scored customers are everyone's rows where ``kept``, in the same order.
    kept = (dated & bought).to_numpy()
    labels = np.full(len(everyone), undated, dtype=object)
    labels[dated.to_numpy()] = refunds_only
    labels[kept] = names
    labels = pd.Series(labels, index=everyone.index, dtype=object)
    reasons = np.full(len(everyone), _("No purchase date or order count in the data"),
                      dtype=object)
    reasons[dated.to_numpy()] = _("Only refunds, no purchases, in this period")
    reasons[kept] = reasons_dated
    reasons = pd.Series(reasons, index=everyone.index, dtype=object)
    details = {
        "scores": frame,
        "grid": grid,
        "thresholds": info["thresholds"],
        "score_ranges": info["ranges"],
        "methods": info["methods"],
        "levels": int(max(info["levels"].values())),
        "score_levels": info["levels"],
        "grid_levels": GRID_LEVELS,
        "fm_rule": _("FM = (F + M) / 2, rounded half up"),
        "rhythm": rhythm_details,
    }
    if "buyer_type" in customers:
        details["buyer_types"] = customers["buyer_type"].value_counts().to_dict()
    seg = finish("behavioral", _("Buying behaviour (RFM)"), everyone, labels, reasons,
                 settings, order=[shown[k] for k in grid["names"]],
                 descriptions={shown[k]: _(v) for k, v in grid["names"].items()},
                 details=details, notes=notes)
    # Members by position, from one pass over the labels: comparing every label and selecting
    # by the customer index once per segment took longer than the scoring.
    codes, present = pd.factorize(seg.labels.to_numpy(dtype=object))
    members = {name: np.flatnonzero(codes == i) for i, name in enumerate(present)}
    extra_cols = {col: (key, everyone[col].reset_index(drop=True))
                  for col, key in (("buyer_type", "buyer_types"), ("churn_risk", "churn_risk"))
                  if col in everyone}
    for p in seg.segments:
        rows = members.get(p.name, np.empty(0, dtype=np.intp))
        for key, col in extra_cols.values():
            p.extra[key] = col.iloc[rows].value_counts().to_dict()
    return seg
