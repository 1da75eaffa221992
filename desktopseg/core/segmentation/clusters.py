"""Automatic groups: k-means on standardized log-scaled features, k chosen by silhouette."""

from __future__ import annotations

import re
import warnings
from functools import cache

import numpy as np
import pandas as pd

from desktopseg.core.i18n import N_, _
from desktopseg.core.model import AnalysisSettings, Segmentation
from desktopseg.core.progress import Task
from desktopseg.core.segmentation.common import (
    CodedTexts,
    finish,
    format_rows,
    money,
    money_texts,
    require_customers,
    unavailable,
)

#: Silhouettes are computed on at most this many customers (full silhouettes are O(n^2)).
SILHOUETTE_SAMPLE = 3000
#: Choosing k fits each candidate on at most this many customers (same seed, same rows).
FIT_SAMPLE = 10000
#: k-means restarts per k; the seed makes the result repeatable.
N_INIT = 3
#: |z| below this does not describe a cluster.
DISTINCT_Z = 0.35
#: ... nor a typical (median) customer less than this share away from everyone's median.
DISTINCT_MEDIAN = 0.2

#: feature -> (words when high, words when low), each as (noun phrase, "who ..." clause).
_WORDS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "recency_days": ((N_("Lapsed customers"), N_("not seen for a while")),
                     (N_("Recent buyers"), N_("who bought recently"))),
    "orders": ((N_("Frequent buyers"), N_("who order often")),
               (N_("Rare buyers"), N_("who seldom order"))),
    "revenue": ((N_("Big spenders"), N_("who spend a lot")),
                (N_("Small spenders"), N_("who spend little"))),
    "avg_order": ((N_("Big-basket buyers"), N_("with big baskets")),
                  (N_("Small-basket buyers"), N_("with small baskets"))),
    "margin": ((N_("High-margin customers"), N_("with high margins")),
               (N_("Low-margin customers"), N_("with thin margins"))),
    "effort": ((N_("High-maintenance customers"), N_("who need a lot of service")),
               (N_("Low-maintenance customers"), N_("who need little service"))),
    "tenure_days": ((N_("Long-standing customers"), N_("who have known you for long")),
                    (N_("Newcomers"), N_("who are new to you"))),
    "months_active_12": ((N_("Steady customers"), N_("who buy most months")),
                         (N_("Sporadic customers"), N_("who buy in few months"))),
}
_BASE = ("recency_days", "orders", "revenue", "avg_order", "margin", "effort", "tenure_days",
         "months_active_12")


def category_words(cat: str) -> str:
    """Say a spend column's product family in words: 'MntGoldProds' -> 'gold products'.

    Lists name their spend columns like code (Mnt…, Amt_…, CamelCase, snake_case); such names
    are split into lower-case words. A category written as words ("Bouquets") stays as it is.
    """
    raw = str(cat).strip()
    coded = re.search(r"[a-z][A-Z]|_", raw) or re.match(r"(mnt|amt|spend)", raw, re.IGNORECASE)
    if " " in raw or not coded:
        return raw
    text = re.sub(r"^(mnt|amt|spend)_?", "", raw, flags=re.IGNORECASE) or raw
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text).replace("_", " ").split()
    words = ["products" if w.lower() in ("prods", "prod") else w.lower() for w in words]
    return " ".join(words) or raw


def _words(feature: str, high: bool) -> tuple[str, str]:
    if feature.startswith("spend:"):
        cat = category_words(feature[len("spend:"):])
        if high:
            return (_("{cat} buyers").format(cat=cat),
                    _("who buy a lot of {cat}").format(cat=cat))
        return (_("Light {cat} buyers").format(cat=cat),
                _("who buy little {cat}").format(cat=cat))
    pair = _WORDS[feature][0 if high else 1]
    return _(pair[0]), _(pair[1])


def feature_matrix(customers: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """Return the raw features used (numeric, not constant) and those left out."""
    cols = [c for c in _BASE if c in customers]
    if customers.attrs.get("effort_estimated"):
        cols.remove("effort")  # counted from orders and lines: it would weigh them twice
    cols += [c for c in customers.columns if str(c).startswith("spend:")]
    raw = customers[cols].apply(pd.to_numeric, errors="coerce").astype(float)
    if "revenue" in raw and "margin" in raw and "spend:" not in " ".join(cols):
        # Margin and revenue move together; keep margin only when it tells a different story.
        if (_varies(raw["revenue"]) and _varies(raw["margin"])
                and raw["revenue"].corr(raw["margin"]) > 0.95):
            raw = raw.drop(columns="revenue")
    keep = [c for c in raw.columns if _varies(raw[c])]
    return raw[keep], [c for c in cols if c not in keep]


def _varies(col: pd.Series) -> bool:
    """Whether the known values are not all equal (``nunique() > 1``, without hashing)."""
    v = col.to_numpy(dtype=float)
    v = v[~np.isnan(v)]
    return bool(len(v)) and bool(v.min() < v.max())


def _standardize(raw: pd.DataFrame) -> np.ndarray:
    x = raw.fillna(raw.median()).to_numpy(dtype=float)
    x = np.sign(x) * np.log1p(np.abs(x))  # signed: margin can be negative
    sd = x.std(axis=0)
    sd[sd == 0] = 1.0
    return (x - x.mean(axis=0)) / sd


def _all_rows_equal(x: np.ndarray) -> bool:
    """Whether ``np.unique(x, axis=0)`` has fewer than two rows (without sorting all rows)."""
    if len(x) == 0:
        return True
    if not np.isfinite(x).all():
        return len(np.unique(x, axis=0)) < 2
    return bool((x == x[0]).all())


def choose_k(x: np.ndarray, settings: AnalysisSettings, task: Task | None = None):
    """Pick k by silhouette: fit each k on a fixed sample, then fit the best k on everyone.

    Returns (best k or None, {"silhouette": {k: score}, "smallest_share": {k: share}},
    labels of everyone for the best k, warnings caught). A k whose smallest cluster is under
    settings.min_cluster_share is only chosen when every k is.
    """
    # k-means' OpenMP threads spin-wait; on a busy two-core machine one fit took 1 s instead of
    # 10 ms. One thread is fast enough for these sizes and leaves a core for the window.
    with _thread_pools().limit(limits=1):
        return _choose_k(x, settings, task)


@cache
def _thread_pools():
    """Return the BLAS and OpenMP pools k-means uses, found once (a search takes ~20 ms)."""
    import sklearn.cluster  # noqa: F401  (loads the OpenMP runtime first, so it is found)
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def silhouettes(dist: np.ndarray, labellings: list[np.ndarray]) -> list[float]:
    """Return sklearn's ``silhouette_score`` of each labelling of the same samples.

    ``dist`` is the samples' distance matrix (``pairwise_distances``). A cluster's distance
    sums are the matrix's columns added one at a time, in order: the same additions in the
    same order as sklearn's per-row bincount, so the same scores to the last bit
    (tests/segmentation/test_speed_equivalence.py) in a fraction of the time (sklearn loops
    over the samples in Python and recomputes the distances for every labelling). Every
    labelling needs 2 <= distinct labels < samples.
    """
    n = len(dist)
    coded = [np.unique(labels, return_inverse=True)[1].reshape(-1) for labels in labellings]
    sums = [np.zeros((lab.max() + 1, n)) for lab in coded]
    block = 64  # columns turned into rows at a time: small enough to stay in the cache
    for start in range(0, n, block):
        columns = np.ascontiguousarray(dist[:, start:start + block].T)
        for cluster_sums, lab in zip(sums, coded, strict=True):
            for column, c in zip(columns, lab[start:start + block].tolist(), strict=True):
                cluster_sums[c] += column
    return [_silhouette_score(cluster_sums.T, lab)
            for cluster_sums, lab in zip(sums, coded, strict=True)]


def _silhouette_score(dist_to: np.ndarray, lab: np.ndarray) -> float:
    """Finish as sklearn's silhouette_samples; ``dist_to[i, c]``: sample i's sum to cluster c."""
    freqs = np.bincount(lab)
    rows = np.arange(len(lab))
    intra = dist_to[rows, lab]
    dist_to[rows, lab] = np.inf
    dist_to /= freqs
    inter = dist_to.min(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        intra /= (freqs - 1).take(lab, mode="clip")
        scores = (inter - intra) / np.maximum(intra, inter)
    return float(np.mean(np.nan_to_num(scores)))  # NaN: a cluster of one, scored 0


def _choose_k(x, settings, task):
    from sklearn.cluster import KMeans
    from sklearn.metrics import pairwise_distances

    n = len(x)
    own = getattr(settings, "k_groups", None)
    k_hi = min(max(int(settings.k_max), int(own or 0)), 20, n - 1)
    k_lo = max(2, min(int(settings.k_min), int(own or settings.k_min)))
    ks = list(range(k_lo, k_hi + 1))
    rng = np.random.default_rng(settings.seed)
    perm = rng.permutation(n) if n > FIT_SAMPLE else np.arange(n)
    fit_rows = np.sort(perm[:FIT_SAMPLE])
    sil_rows = np.sort(perm[:SILHOUETTE_SAMPLE])  # a subset of the fitted rows
    xs, xsil = x[fit_rows], x[sil_rows]
    centers: dict[int, np.ndarray] = {}
    shares: dict[int, float] = {}
    caught: list[str] = []
    scored: dict[int, np.ndarray] = {}  # sample labels of each k that can have a silhouette
    for i, k in enumerate(ks):
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            km = KMeans(n_clusters=k, n_init=N_INIT, random_state=settings.seed, max_iter=100)
            labels = km.fit_predict(xs)
            sl = km.predict(xsil)
        caught += [str(m.message) for m in w]
        centers[k] = km.cluster_centers_
        shares[k] = np.bincount(labels, minlength=k).min() / len(xs)
        if 2 <= len(np.unique(sl)) < len(xsil):
            scored[k] = sl
        if task is not None:
            task.report(0.1 + 0.6 * (i + 1) / len(ks))
    found: dict[int, float] = {}
    if scored:  # every k's silhouette from one distance matrix of the sample, in one pass
        found = dict(zip(scored, silhouettes(pairwise_distances(xsil), list(scored.values())),
                         strict=True))
    scores = {k: found.get(k, float("nan")) for k in ks}
    valid = [k for k in ks if scores[k] == scores[k] and shares[k] >= settings.min_cluster_share]
    pool = valid or [k for k in ks if scores[k] == scores[k]]
    scores_out = {"silhouette": scores, "smallest_share": shares}
    if not pool:
        return None, scores_out, None, caught
    best, rule = pick_k(pool, scores, own)
    scores_out["rule"] = rule
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        # Start from the sample's centres: one short run instead of N_INIT full restarts.
        km = KMeans(n_clusters=best, init=centers[best], n_init=1, max_iter=100)
        labels = km.fit_predict(x)
    caught += [str(m.message) for m in w]
    return best, scores_out, labels, caught


#: Numbers of groups a person can act on; two only when clearly better (TWO_GROUPS_MARGIN).
PREFERRED_K = (3, 8)
#: How much higher k=2's silhouette must be than the best of 3-8 for two groups to win.
TWO_GROUPS_MARGIN = 0.10


def pick_k(pool: list[int], scores: dict[int, float], own: int | None = None):
    """Return (k, the rule in words) from the candidate ``pool`` and their silhouettes.

    The rule: the owner's number when they chose one (k_groups); else the best silhouette
    among 3-8 groups, unless 2 groups score at least 0.10 higher (two groups say little:
    "sporadic" vs. "steady"); else the best silhouette of what is left.
    """
    if own is not None and own in scores and own >= 2:
        return int(own), _("{k} groups, as you chose.").format(k=own)
    preferred = [k for k in pool if PREFERRED_K[0] <= k <= PREFERRED_K[1]]
    if preferred:
        best = max(preferred, key=lambda k: (round(scores[k], 6), -k))
        if 2 in pool and scores[2] >= scores[best] + TWO_GROUPS_MARGIN:
            return 2, _("2 groups: their score ({two:.2f}) beats the best of 3 to 8 groups "
                        "({k} groups, {s:.2f}) by {m:.2f} or more.").format(
                            two=scores[2], k=best, s=scores[best], m=TWO_GROUPS_MARGIN)
        return best, _("{k} groups: the best score among 3 to 8 groups ({s:.2f}); 2 groups "
                       "would need {m:.2f} more to be chosen.").format(
                           k=best, s=scores[best], m=TWO_GROUPS_MARGIN)
    best = max(pool, key=lambda k: (round(scores[k], 6), -k))
    return best, _("{k} groups: the best score of those possible.").format(k=best)


def _median_agrees(f: str, high: bool, med: float, overall: float) -> bool:
    """Whether the typical (median) customer of a cluster bears out its word for ``f``.

    Means of log-scaled numbers can lean one way while the typical customer barely differs
    ("small baskets" at $51 against $55.50): the word is used only when the cluster's median
    is on the same side of everyone's median, by at least :data:`DISTINCT_MEDIAN`.
    """
    if med != med or overall != overall:
        return True
    diff = med - overall if high else overall - med
    return diff > 0 and diff >= DISTINCT_MEDIAN * abs(overall)


def _name_clusters(z: pd.DataFrame, med: pd.DataFrame | None = None,
                   med_all: pd.Series | None = None) -> dict[int, tuple[str, list[str]]]:
    """Name each cluster from its most distinctive features; names are unique.

    With the medians (``med`` per cluster, ``med_all`` of everyone), a feature describes a
    cluster only when its typical customer bears the word out (:func:`_median_agrees`).
    """
    out: dict[int, tuple[str, list[str]]] = {}
    used: set[str] = set()
    for c in z.index:
        row = z.loc[c]
        top = row.abs().sort_values(ascending=False)
        feats = [f for f in top.index if abs(row[f]) >= DISTINCT_Z]
        if med is not None and med_all is not None:
            feats = [f for f in feats if f not in med.columns or _median_agrees(
                f, row[f] > 0, float(med.loc[c, f]), float(med_all[f]))]
        name = None
        for j in range(len(feats)):
            first = _words(feats[j], row[feats[j]] > 0)[0]
            for f2 in [f for f in feats if f != feats[j]] + [None]:
                # A template, so languages that put the qualifier first (Korean) can.
                cand = first if f2 is None else _("{name} {qualifier}").format(
                    name=first, qualifier=_words(f2, row[f2] > 0)[1])
                if cand not in used:
                    name = cand
                    break
            if name:
                break
        if name is None:
            base = _("Typical customers")
            name, i = base, 2
            while name in used:
                name, i = f"{base} ({i})", i + 1
        used.add(name)
        out[int(c)] = (name, feats[:3])
    return out


def run(customers: pd.DataFrame, settings: AnalysisSettings, task: Task) -> Segmentation:
    """Let the data form its own groups and describe each in plain words."""
    require_customers(customers)
    raw, dropped = feature_matrix(customers)
    if raw.shape[1] == 0:
        raise unavailable(_("Automatic groups need numbers that differ between customers "
                            "(spend, orders, dates), and this data has none."))
    x = _standardize(raw)
    task.report(0.05)
    if _all_rows_equal(x.round(9)):
        raise unavailable(_("All customers look the same in the data, so there are no "
                            "groups to find."))
    best, scored, labels_k, caught = choose_k(x, settings, task)
    scores = scored["silhouette"]
    if best is None:
        raise unavailable(_("The customers don't separate into groups (too few distinct "
                            "customers)."))
    # Renumber clusters by size so the same data gives the same names in the same order.
    sizes = np.bincount(labels_k, minlength=best)
    order = np.argsort(-sizes, kind="stable")
    remap = np.empty(best, dtype=int)
    remap[order] = np.arange(best)
    labels_k = remap[labels_k]

    xf = pd.DataFrame(x, columns=raw.columns, index=customers.index)
    z = xf.groupby(labels_k).mean()  # overall mean is 0 and sd 1: the mean is the z-score
    # Period rule (segment_traits.py): on a few weeks of data nobody is "lapsed" by name.
    from desktopseg.core.segmentation.rhythm import too_short

    med_all = raw.median()
    med = raw.groupby(labels_k).median()
    named = _name_clusters(z.drop(columns=["recency_days"], errors="ignore")
                           if too_short(customers) else z, med, med_all)
    descriptions, names = {}, {}
    for c, (name, feats) in named.items():
        names[c] = name
        bits = [_describe(f, med.loc[c, f], med_all[f]) for f in feats] or [
            _("close to the average customer on every measure")]
        descriptions[name] = _("Compared with the typical customer: {bits}.").format(
            bits="; ".join(bits))
    task.report(0.85)

    label_names = np.array([names[c] for c in range(best)], dtype=object)[labels_k]
    feats_of = {c: (named[c][1] or list(raw.columns[:2]))[:3] for c in named}
    shown = {f for feats in feats_of.values() for f in feats}
    # Each feature's texts only for the customers whose reason shows it.
    formatted = {f: _feature_values(f, raw[f].to_numpy(dtype=float, na_value=np.nan),
                                    np.isin(labels_k, [c for c in feats_of if f in feats_of[c]]))
                 for f in shown}
    template = _("In '{name}': {vals}")
    # Joined a cluster at a time from the per-value texts instead of one str.format per customer.
    reasons = np.empty(len(x), dtype=object)
    for c in range(best):
        rows = np.flatnonzero(labels_k == c)
        if not len(rows):
            continue
        feats = feats_of[c]
        vals = tuple(p for j, f in enumerate(feats)  # "; ".join, spliced into the template
                     for p in ([] if j == 0 else ["; "]) + [formatted[f].take(rows)])
        reasons[rows] = format_rows(template, name=names[c], vals=vals)
    importance = (z.pow(2).mul(sizes[order], axis=0).sum() / len(x)).sort_values(
        ascending=False)
    notes = [_("How many groups: {rule}").format(rule=scored["rule"])] if scored.get("rule") \
        else []
    for msg in dict.fromkeys(caught):
        notes.append(_("The clustering reported: {msg}").format(msg=msg))
    if len(x) > SILHOUETTE_SAMPLE:
        notes.append(_("The number of groups was chosen on a sample of {n} customers.").format(
            n=SILHOUETTE_SAMPLE))
    details = {
        "k": best,
        "silhouettes": scores,
        "k_rule": scored.get("rule", ""),
        "smallest_cluster_share": scored["smallest_share"],
        "min_cluster_share": settings.min_cluster_share,
        "features": list(raw.columns),
        "features_left_out": dropped,
        "feature_importance": importance,
        "z_scores": z.rename(index=names),
        "medians": med.rename(index=names),
        "seed": settings.seed,
        "silhouette_sample": min(len(x), SILHOUETTE_SAMPLE),
    }
    return finish("clusters", _("Automatic groups"), customers,
                  pd.Series(label_names, index=customers.index, dtype=object),
                  pd.Series(reasons, index=customers.index, dtype=object), settings,
                  order=[names[c] for c in range(best)], descriptions=descriptions,
                  details=details, notes=notes)


_UNITS = {
    "recency_days": N_("last bought {v:,.0f} days ago"),
    "orders": N_("{v:,.0f} orders"),
    "revenue": N_("spent {m}"),
    "avg_order": N_("{m} per order"),
    "margin": N_("margin {m}"),
    "effort": N_("effort {v:.1f}/10"),
    "tenure_days": N_("customer for {v:,.0f} days"),
    "months_active_12": N_("bought in {v:.0f} of the last 12 months"),
}
#: The same for a count of exactly one ("1 order", never "1 orders").
_UNITS_ONE = {
    "recency_days": N_("last bought 1 day ago"),
    "orders": N_("1 order"),
    "tenure_days": N_("customer for 1 day"),
}


def _unit(f: str, v: float) -> str:
    return _UNITS_ONE[f] if f in _UNITS_ONE and round(v) == 1 else _UNITS[f]


def _feature_value(f: str, v: float) -> str:
    if v != v:
        return _("{f} unknown").format(f=f)
    if f.startswith("spend:"):
        return _("{m} on {cat}").format(m=money(v), cat=category_words(f[len("spend:"):]))
    return _(_unit(f, v)).format(v=v, m=money(v))


def _feature_values(f: str, values: np.ndarray,
                    needed: np.ndarray | None = None) -> CodedTexts:
    """``_feature_value`` of every value; each distinct value is formatted once.

    Run for every customer: formatting 50,000 customers x several features one by one took
    a second. With ``needed`` (a mask), only the values of those rows are formatted; the
    others are left empty.
    """
    uniq, inverse = np.unique(values, return_inverse=True)  # NaNs fold into one entry
    inverse = inverse.reshape(-1)
    wanted = np.ones(len(uniq), dtype=bool)
    if needed is not None:
        wanted[:] = False
        wanted[inverse[needed]] = True
    known = (uniq == uniq) & wanted
    texts = np.full(len(uniq), "", dtype=object)
    texts[~(uniq == uniq) & wanted] = _("{f} unknown").format(f=f)
    if known.any():  # as _feature_value, a template filled for all values at once
        v = uniq[known]
        if f.startswith("spend:"):
            texts[known] = format_rows(_("{m} on {cat}"), m=money_texts(v),
                                       cat=category_words(f[len("spend:"):]))
        else:
            texts[known] = format_rows(_(_UNITS[f]), v=v, m=money_texts(v))
            if f in _UNITS_ONE:
                one = known.copy()
                one[known] = np.round(v.astype(float)) == 1
                texts[one] = _(_UNITS_ONE[f])
    return CodedTexts(texts, inverse)


def _describe(f: str, cluster: float, overall: float) -> str:
    return _("{this} (typical customer: {all})").format(this=_feature_value(f, cluster),
                                                       all=_feature_value(f, overall))
