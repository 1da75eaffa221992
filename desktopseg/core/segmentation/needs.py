"""What customers want: clusters over channel mix, deals, campaign answers and survey answers.

Features (each a share or a rate, so big spenders don't dominate): the share of purchases in
each channel (Num*Purchases: web, catalogue, store), the share bought on a deal
(NumDealsPurchases), the share of campaigns answered (AcceptedCmp*, Response), web visits a
month, and answer/score/rating/preference columns of a survey. k-means on standardized
features, k by clusters.choose_k (the same rule as automatic groups); each cluster is named by
the answers that set it apart ("Web buyers", "Deal seekers", "Campaign responders").
details: features, k, silhouettes, kinds ({segment: [TRAITS keys]}), means (DataFrame).
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from desktopseg.core.i18n import N_, _
from desktopseg.core.list_columns import channel_columns, find, numbers, source_table
from desktopseg.core.model import AnalysisSettings, Segmentation
from desktopseg.core.progress import Task
from desktopseg.core.segmentation.common import finish, require_customers, unavailable

#: |z| a feature needs to name a group.
NAMING_Z = 0.5
_CHANNEL = ((r"web|online|internet", "web", N_("Web buyers"), N_("on the web")),
            (r"catalog", "catalogue", N_("Catalogue buyers"), N_("from the catalogue")),
            (r"store|shop", "store", N_("Store buyers"), N_("in the shop")),
            (r"phone|call", "phone", N_("Phone buyers"), N_("by phone")))
SURVEY = (r"score", r"rating", r"satisf", r"prefer", r"answer", r"^q\d+", r"survey", r"interest")
RESPONSES = (r"^accepted", r"^response$", r"campaign", r"^cmp\d")


def features(table: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, tuple[str, str, str]]]:
    """Feature table and, per feature, (kind, group name when high, words for a reason)."""
    out: dict[str, pd.Series] = {}
    meta: dict[str, tuple[str, str, str]] = {}
    channels = channel_columns(table)
    if len(channels) >= 2:
        counts = pd.DataFrame({c: numbers(table, c) for c in channels})
        total = counts.sum(axis=1).replace(0, np.nan)
        for c in channels:
            for pat, kind, name, where in _CHANNEL:
                if re.search(pat, c, re.IGNORECASE):
                    out[c] = counts[c] / total
                    meta[c] = (kind, _(name), _("{pct} of purchases {where}").format(
                        pct="{pct}", where=_(where)))
                    break
    deals = find(table, r"deal")
    if deals and channels:
        total = sum(numbers(table, c) for c in channels)
        out[deals[0]] = (numbers(table, deals[0]) / total.replace(0, np.nan)).clip(upper=1)
        meta[deals[0]] = ("deals", _("Deal seekers"), _("{pct} bought on a deal"))
    responses = [c for c in find(table, *RESPONSES) if numbers(table, c).notna().any()]
    if responses:
        out["campaigns"] = pd.concat([numbers(table, c) for c in responses], axis=1).mean(axis=1)
        meta["campaigns"] = ("responders", _("Campaign responders"),
                             _("answered {pct} of {n} campaigns").format(
                                 pct="{pct}", n=len(responses)))
    visits = [c for c in find(table, r"visit") if numbers(table, c).notna().any()]
    if visits:
        out[visits[0]] = numbers(table, visits[0])
        meta[visits[0]] = ("visitors", _("Frequent site visitors"),
                           _("{v} visits a month ({col})").format(v="{v}", col=visits[0]))
    for c in find(table, *SURVEY):
        if c in out or c in responses or not numbers(table, c).notna().any():
            continue
        out[c] = numbers(table, c)
        meta[c] = ("survey", _("High {col}").format(col=c), _("{col} {v}").format(
            col=c, v="{v}"))
    frame = pd.DataFrame(out, index=table.index)
    keep = [c for c in frame.columns if frame[c].nunique() > 1]
    return frame[keep], {c: meta[c] for c in keep}


def run(customers: pd.DataFrame, settings: AnalysisSettings, task: Task) -> Segmentation:
    """Cluster customers on what they answer and how they like to buy."""
    from desktopseg.core.segmentation.clusters import choose_k

    require_customers(customers)
    table = source_table(customers)
    table.index = customers.index
    raw, meta = features(table)
    if raw.shape[1] == 0:
        raise unavailable(_("Groups by what customers want need channel, deal, campaign or "
                            "survey-answer columns, and this list has none."))
    filled = raw.fillna(raw.median())
    sd = filled.std(ddof=0).replace(0, 1.0)
    x = ((filled - filled.mean()) / sd).to_numpy(dtype=float)
    task.report(0.1)
    best, scored, labels_k, caught = choose_k(x, settings, task)
    if best is None:
        raise unavailable(_("The customers don't separate into groups by their answers."))
    sizes = np.bincount(labels_k, minlength=best)
    order = np.argsort(-sizes, kind="stable")
    remap = np.empty(best, dtype=int)
    remap[order] = np.arange(best)
    labels_k = remap[labels_k]
    z = pd.DataFrame(x, columns=raw.columns, index=customers.index).groupby(labels_k).mean()
    means = raw.groupby(labels_k).mean()
    names, kinds = _names(z, meta)
    task.report(0.8)
    label_of = np.array([names[c] for c in range(best)], dtype=object)[labels_k]
    reasons = []
    top = {c: [f for f in z.loc[c].abs().sort_values(ascending=False).index][:2]
           for c in range(best)}
    values = raw.to_numpy(dtype=float)
    cols = list(raw.columns)
    for i, c in enumerate(labels_k):
        bits = [_describe(meta[f], values[i, cols.index(f)]) for f in top[c]]
        reasons.append(_("In '{name}': {bits}").format(name=names[c], bits="; ".join(bits)))
    descriptions = {names[c]: _("Compared with all customers: {bits}.").format(
        bits="; ".join(_describe(meta[f], means.loc[c, f]) + " " + _(
            "(all customers: {v})").format(v=_number(meta[f], raw[f].mean()))
            for f in top[c])) for c in range(best)}
    notes = [_("The clustering reported: {msg}").format(msg=m) for m in dict.fromkeys(caught)]
    details = {"features": cols, "k": best, "silhouettes": scored["silhouette"],
               "kinds": {names[c]: kinds[c] for c in range(best)},
               "means": means.rename(index=names), "k_rule": scored.get("rule", "")}
    seg = finish("needs", _("What your customers want"), customers,
                 pd.Series(label_of, index=customers.index, dtype=object),
                 pd.Series(reasons, index=customers.index, dtype=object), settings,
                 order=[names[c] for c in range(best)], descriptions=descriptions,
                 details=details, notes=notes)
    for p in seg.segments:
        c = next((k for k, v in names.items() if v == p.name), None)
        if c is not None:
            p.extra["answers"] = [_describe(meta[f], means.loc[c, f]) for f in top[c]]
    return seg


def _describe(meta: tuple[str, str, str], v: float) -> str:
    kind, _name, words = meta
    if v != v:
        return words.format(pct="-", v="-")
    if kind in ("web", "catalogue", "store", "phone", "deals", "responders"):
        return words.format(pct=f"{100 * v:.0f}%", v=f"{v:.1f}")
    return words.format(pct=f"{v:.0f}", v=f"{v:.1f}")


def _number(meta: tuple[str, str, str], v: float) -> str:
    """Return the figure alone, as _describe writes it."""
    if v != v:
        return "-"
    if meta[0] in ("web", "catalogue", "store", "phone", "deals", "responders"):
        return f"{100 * v:.0f}%"
    return f"{v:.1f}"


def _names(z: pd.DataFrame, meta: dict) -> tuple[dict[int, str], dict[int, list[str]]]:
    """Name each cluster by the answers where it stands out most (high first); unique."""
    names: dict[int, str] = {}
    kinds: dict[int, list[str]] = {}
    used: set[str] = set()
    for c in z.index:
        row = z.loc[c]
        high = [f for f in row.sort_values(ascending=False).index if row[f] >= NAMING_Z]
        picks = high[:2]
        kinds[int(c)] = [meta[f][0] for f in picks if meta[f][0] != "survey"]
        if picks:
            name = meta[picks[0]][1]
            if name in used and len(picks) > 1:
                name = _("{a}, {b}").format(a=name, b=meta[picks[1]][1].lower())
        else:
            low = [f for f in row.sort_values().index
                   if row[f] <= -NAMING_Z and meta[f][0] == "survey"]
            name = (_("Low {col}").format(col=low[0]) if low else _("Middle of the road"))
        base, i = name, 2
        while name in used:
            name, i = f"{base} ({i})", i + 1
        used.add(name)
        names[int(c)] = name
    return names, kinds
