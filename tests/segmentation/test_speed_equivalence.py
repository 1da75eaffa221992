"""The fast paths give exactly what the plain ones gave: same silhouettes, same reason texts."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from desktopseg.core.features import build_customers
from desktopseg.core.i18n import set_number_marks
from desktopseg.core.model import AnalysisSettings
from desktopseg.core.progress import Task
from desktopseg.core.segmentation import run_scheme
from desktopseg.core.segmentation.clusters import _all_rows_equal, _varies, silhouettes
from desktopseg.core.segmentation.common import (
    _compact,
    distinct_texts,
    format_rows,
    join_rows,
    money,
    money_texts,
    template_pieces,
)

from .conftest import make_import, transactions


def silhouette(x: np.ndarray, labels: np.ndarray) -> float:
    from sklearn.metrics import pairwise_distances

    return silhouettes(pairwise_distances(x), [labels])[0]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_silhouette_is_sklearns_to_the_last_bit(seed):
    from sklearn.metrics import silhouette_score

    rng = np.random.default_rng(seed)
    x = np.vstack([rng.normal(c, 1.0, (n, 4)) for c, n in ((0, 120), (3, 60), (6, 20))])
    for labels in (rng.integers(0, 3, len(x)), np.repeat([0, 1, 2], [120, 60, 20]),
                   rng.integers(0, 7, len(x)) * 3 + 5):  # ids with gaps, as predict can give
        assert silhouette(x, labels) == silhouette_score(x, labels)
    lone = np.zeros(len(x), dtype=int)
    lone[[5, 77]] = [1, 2]  # clusters of one score 0, as sklearn's
    assert silhouette(x, lone) == silhouette_score(x, lone)


def test_silhouettes_of_several_ks_in_one_pass_match():
    from sklearn.cluster import KMeans
    from sklearn.metrics import pairwise_distances, silhouette_score

    rng = np.random.default_rng(7)
    x = rng.lognormal(0, 1, (800, 6))
    labellings = [KMeans(n_clusters=k, n_init=1, random_state=0).fit_predict(x)
                  for k in range(2, 9)]
    got = silhouettes(pairwise_distances(x), labellings)
    want = [silhouette_score(x, labels) for labels in labellings]
    assert np.allclose(got, want, rtol=0, atol=1e-9)
    assert got == want


def test_all_rows_equal_is_unique_rows_below_two():
    same = np.ones((5, 3))
    diff = same.copy()
    diff[3, 1] = 2.0
    signed_zero = np.zeros((4, 2))
    signed_zero[1, 0] = -0.0
    with_nan = same.copy()
    with_nan[0, 0] = np.nan
    for x in (same, diff, signed_zero, with_nan, with_nan[:1], np.ones((1, 3))):
        assert _all_rows_equal(x) == (len(np.unique(x, axis=0)) < 2)


def test_varies_is_nunique_above_one():
    for values in ([1.0, 1.0], [1.0, 2.0], [np.nan, 1.0, np.nan], [np.nan, np.nan], [],
                   [0.0, -0.0], [np.inf, 1.0], [np.inf, np.inf], [-np.inf, np.inf, np.nan]):
        col = pd.Series(values, dtype=float)
        assert _varies(col) == (col.notna().any() and col.nunique() > 1), values


def _plain(template, **fields):
    n = next(len(v) for v in fields.values() if isinstance(v, np.ndarray | list))
    return [template.format(**{k: (v[i] if isinstance(v, np.ndarray | list) else v)
                               for k, v in fields.items()}) for i in range(n)]


TEMPLATES = [
    "Bought {orders} times, last {days} days ago, spent {spent}: R{r} F{f} M{m} -> {name}",
    "{name} x{r}: {v:,.0f} / {v:.1f} / {v:>9.2f}",  # a field twice, specs, padding
    "{{literal}} {name}{r}{f}",  # escaped braces, fields side by side
    "{v!r} and {name!s}",  # conversions: formatted row by row
    "{v:{w}}",  # nested spec: formatted row by row
    "no fields at all, {name}",
    "{r}",
]


@pytest.mark.parametrize("template", TEMPLATES)
def test_format_rows_is_str_format_per_row(template):
    rng = np.random.default_rng(3)
    n = 400
    v = rng.normal(0, 1000, n).round(1)
    v[::3] = v[::3].round()  # repeated values, formatted once
    v[:6] = [0.0, -0.0, np.nan, np.inf, -np.inf, 1e12]  # -0.0 formats as "-0", not "0"
    fields = {"orders": rng.integers(1, 40, n), "days": rng.integers(0, 700, n) * 10**9,
              "spent": v, "r": rng.integers(1, 6, n), "f": rng.integers(1, 6, n),
              "m": rng.integers(1, 6, n), "v": v, "w": "8",
              "name": np.array(["Champions", "At risk", "Lost", "{x}"], dtype=object)[
                  rng.integers(0, 4, n)]}
    assert format_rows(template, **fields) == _plain(template, **fields)


def test_format_rows_takes_coded_texts_spliced_pieces_and_constants():
    rng = np.random.default_rng(4)
    amounts = rng.choice([1.5, -2.25, 1234.5, np.nan, -0.0], 300)
    spent = money_texts(amounts)
    plain = [money(a) for a in amounts]
    assert spent.rows().tolist() == plain
    assert distinct_texts(repr, amounts).rows().tolist() == [repr(a) for a in amounts.tolist()]
    words = np.array(["a", "bb", "ccc"], dtype=object)[rng.integers(0, 3, 300)]
    got = format_rows("In '{name}': {vals} ({spent})", name="Group", spent=spent,
                      vals=(words, "; ", spent))
    assert got == [f"In 'Group': {w}; {s} ({s})" for w, s in zip(words, plain, strict=True)]
    assert format_rows("{a} and {b}", a="x", b=np.array([1, 2, 3])) == ["x and 1", "x and 2",
                                                                        "x and 3"]
    pieces = template_pieces("R{r}: {name}", r=np.array([1, 2, 1]),
                             name=np.array(["p", "q", "p"], dtype=object))
    assert join_rows("<", *pieces, ">") == ["<R1: p>", "<R2: q>", "<R1: p>"]


def test_money_texts_use_the_locales_marks():
    values = np.array([1234567.891, -0.5, 0.0, np.nan, 12.0])
    try:
        set_number_marks("\u00a0", ",")
        assert money_texts(values).rows().tolist() == [money(v) for v in values]
        assert money_texts(values).rows().tolist()[0] == "1\u00a0234\u00a0567,89"
    finally:
        set_number_marks(None)


def test_join_rows_combines_few_valued_columns_without_changing_texts():
    rng = np.random.default_rng(5)
    n = 1000
    cols = [rng.integers(1, 4, n), rng.integers(1, 6, n), rng.integers(0, 10**6, n)]
    pieces = template_pieces("R{a} F{b} | {c} | {a}{b}", a=cols[0], b=cols[1], c=cols[2])
    assert len(_compact(pieces)) < len(pieces)  # small columns and fixed texts merged
    assert join_rows(*pieces) == [f"R{a} F{b} | {c} | {a}{b}" for a, b, c in zip(*cols,
                                                                                strict=True)]


def _customers():
    rng = np.random.default_rng(9)
    rows = []
    for i in range(300):
        for j in range(int(rng.integers(1, 6))):
            day = pd.Timestamp("2024-01-01") + pd.Timedelta(days=int(rng.integers(0, 360)))
            rows.append((f"c{i}", str(day.date()), round(float(rng.lognormal(4, 1)), 2),
                         f"o{i}-{j}"))
    rows += [("refunder", "2024-03-01", -20.0), ("zero", "2024-05-01", 0.0)]
    result = build_customers(make_import(transactions(rows)), AnalysisSettings(), Task())
    return result.customers


def test_behavioral_reasons_as_formatted_one_customer_at_a_time():
    customers = _customers()
    seg = run_scheme("behavioral", customers, AnalysisSettings())
    scores = seg.details["scores"]
    tail = "; scores for recency {r}, frequency {f}, spend {m} (of {levels}): {name}"
    many = "Bought {orders} times, last {days} days ago, spent {spent}" + tail
    once = "Bought once, {days} days ago, spent {spent}" + tail
    levels = int(max(scores["R"].max(), scores["F"].max(), scores["M"].max()))
    for key, row in scores.iterrows():
        c = customers.loc[key]
        text = (once if c["orders"] == 1 else many).format(
            orders=int(c["orders"]), days=int(c["recency_days"]), spent=money(c["revenue"]),
            r=row["R"], f=row["F"], m=row["M"], name=row["segment"], levels=levels)
        if int(c["recency_days"]) == 1:
            text = text.replace("1 days ago", "1 day ago")
        if int(c["recency_days"]) == 0:
            text = text.replace("last 0 days ago", "the last on the last day of the data")
            text = text.replace("once, 0 days ago", "once, on the last day of the data")
        assert seg.reasons[key].startswith(text)


def test_value_reasons_as_formatted_one_customer_at_a_time():
    customers = _customers()
    seg = run_scheme("value", customers, AnalysisSettings(), Task())
    by_margin = "margin" in customers and customers["margin"].notna().any()
    basis = customers["margin" if by_margin else "revenue"].astype(float).fillna(0.0)
    total = float(basis[basis > 0].sum())
    order = basis.sort_values(ascending=False, kind="mergesort")
    before = order.clip(lower=0).cumsum().shift(fill_value=0.0)
    share = (before / total).groupby(order.to_numpy()).transform("min").reindex(basis.index)
    word = "margin" if by_margin else "revenue"
    for key, v in basis.items():
        own = v / total
        pct = "<0.1%" if 0 < own < 0.001 else f"{100 * own:.1f}%"
        head = (f"Lost {money(-v)} in {word}" if v < 0 else
                f"{word.capitalize()} {money(v)} ({pct} of the total); with the customers who "
                f"bring more, {100 * (share[key] + own):.0f}%")
        text = head + ": " + seg.labels[key]
        if "ltv" in customers:
            text += f"; estimated lifetime value {money(customers.loc[key, 'ltv'])}"
        assert seg.reasons[key] == text
    assert (basis < 0).any() and (basis > 0).any()  # both kinds of reason were checked
