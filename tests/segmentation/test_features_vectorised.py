"""The vectorised customer features give what the plain pandas formulations give."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from desktopseg.core import features
from desktopseg.core.features import GIFT_SEASONS, OCCASION_SHARE, build_customers
from desktopseg.core.model import AnalysisSettings
from desktopseg.core.progress import Task

from .conftest import make_import


def _special_reference(c: np.ndarray, days: np.ndarray, n: int) -> np.ndarray:
    """Special-occasion buyers as first written: groupby nunique over spread windows."""
    d = pd.Series(days.astype("datetime64[D]").astype("datetime64[ns]"))
    doy, year = d.dt.day_of_year.to_numpy(), d.dt.year.to_numpy()
    bins = 366 // features.OCCASION_WINDOW_DAYS + 1
    b = (doy - 1) // features.OCCASION_WINDOW_DAYS
    base = pd.DataFrame({"c": c, "b": b, "y": year}).drop_duplicates()
    spread = pd.concat([base.assign(b=(base["b"] + s) % bins) for s in (-1, 0, 1)])
    near = spread.groupby(["c", "b"])["y"].nunique()
    hits = near.reindex(pd.MultiIndex.from_arrays([c, b])).to_numpy() >= 2
    window = np.full(len(d), -1)
    md = d.dt.month.to_numpy() * 100 + d.dt.day.to_numpy()
    for i, (lo, hi) in enumerate(GIFT_SEASONS):
        window[(md >= lo) & (md <= hi)] = i
    season = np.where(window >= 0, year * 10 + window, -1)
    per = pd.DataFrame({"c": c, "hit": hits, "y": year, "in": window >= 0,
                        "season": season}).groupby("c").agg(
        share=("hit", "mean"), years=("y", "nunique"), days=("hit", "size"),
        in_season=("in", "mean"), seasons=("season", "nunique"))
    recurring = (per["years"] >= 2) & (per["share"] >= OCCASION_SHARE)
    gifts = (per["in_season"] >= 0.8) & (per["seasons"] - (per["in_season"] < 1) >= 2)
    out = np.zeros(n, dtype=bool)
    out[per.index.to_numpy()[((recurring | gifts) & (per["days"] >= 2)).to_numpy()]] = True
    return out


@pytest.mark.parametrize("block", [None, 3])
@pytest.mark.parametrize("seed", range(6))
def test_special_occasion_matches_the_groupby_formulation(seed, block, monkeypatch):
    if block:  # several blocks of customers, as with very many customers
        monkeypatch.setattr(features, "_OCCASION_BLOCK", block)
    rng = np.random.default_rng(seed)
    n = 40
    # Few distinct dates per customer over 1969-2025, many near year ends and gift seasons.
    c = rng.integers(0, n, 600)
    start = np.datetime64("1968-12-20").astype(np.int64)
    days = start + rng.choice(np.r_[0:30, 40:60, 320:400, 700:760, 20000:20800], 600)
    days = days + 365 * rng.integers(0, 3, 600)
    pairs = np.unique(c * 100_000 + (days - start))
    c, days = pairs // 100_000, pairs % 100_000 + start
    got = features._special_occasion(c, days, n + 5)  # 5 customers without days
    np.testing.assert_array_equal(got, _special_reference(c, days, n + 5))
    assert got.any() and not got.all()


def test_first_and_last_name_split_at_the_first_space_like_str_split():
    names = ["Ann  Lee", "Bob", "", "  X Y Z ", "Émile\tZola x", "a@b.com", "Shop 42", None,
             "李 小龙", "Jo\nAnn Smith"]
    keys = [f"C{i}" for i in range(len(names))]
    c = pd.DataFrame({"customer_name": np.array(names, dtype=object)},
                     index=pd.Index(keys, name="customer_key"))
    features._names(c)
    for name, first, last in zip(names, c["first_name"], c["last_name"], strict=True):
        personal = name is not None and not any(ch == "@" or ch.isdigit() for ch in name)
        parts = name.strip().split(" ", 1) if personal else []
        assert (first if personal else None) == (parts[0] if personal else None)
        assert pd.isna(first) == (not personal)
        if personal and len(parts) > 1:
            assert last == parts[1]
        else:
            assert pd.isna(last)


def _tx(rows, **extra) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=["customer_key", "date", "amount", "order_id", "channel"])
    df["customer_key"] = df["customer_key"].astype("string")
    df["order_id"] = df["order_id"].astype("string")
    df["channel"] = df["channel"].astype("string")
    df["date"] = pd.to_datetime(df["date"])
    df["is_refund"] = df["amount"] < 0
    for k, v in extra.items():
        df[k] = v
    return df


def test_lines_after_the_analysis_date_and_walk_ins_leave_no_trace():
    tx = _tx([
        ("A", "2024-01-05", 10.0, "1", "Online"),
        ("A", "2024-02-05", 10.0, "2", "Shop"),
        ("B", "2024-01-07", 5.0, "3", "Shop"),
        ("Z", "2024-05-01", 99.0, "4", "Phone"),  # only after the analysis date
        (None, "2024-01-02", 7.0, "5", "Kiosk"),  # walk-in
    ], category=pd.Series(["x", "y", "y", "z", "w"], dtype="string"))
    c = build_customers(make_import(tx), AnalysisSettings(analysis_date=date(2024, 3, 1)),
                        Task()).customers
    assert list(c.index) == ["A", "B"]
    # Channel columns in order of first appearance among the analysed lines only.
    assert [k for k in c if k.startswith("channel_share:")] == [
        "channel_share:Online", "channel_share:Shop"]
    assert c.loc["A", "preferred_channel"] == "Mixed" and c.loc["B", "favourite_category"] == "y"
    # Equal revenue: the channel and category seen first win.
    assert c.loc["A", "favourite_category"] == "x"


def test_refund_only_customers_take_their_dates_from_any_line():
    tx = _tx([
        ("A", "2024-01-05", 10.0, "1", "Shop"),
        ("R", "2024-01-09", -4.0, "2", "Shop"),
        ("R", "2024-01-03", -2.0, "3", "Shop"),
    ])
    c = build_customers(make_import(tx), AnalysisSettings(), Task()).customers
    assert c.loc["R", "first_purchase"] == pd.Timestamp("2024-01-03")
    assert c.loc["R", "last_purchase"] == pd.Timestamp("2024-01-09")
    assert c.loc["R", "orders"] == 0 and c.loc["A", "orders"] == 1


@pytest.mark.parametrize("ids", [
    [f"T{i:07d}" for i in np.random.default_rng(1).integers(0, 300, 2000)],  # 8 bytes each
    [f"T{i}" for i in np.random.default_rng(2).integers(0, 3000, 2000)],  # 2-5 bytes
    [f"é{i}" for i in np.random.default_rng(3).integers(0, 40, 500)],  # not ASCII
    [f"INV-{i:09d}" for i in np.random.default_rng(4).integers(0, 50, 500)],  # too long
    [None, "A", "A", "B"] * 50,  # missing ids
    sorted(f"T{i:07d}" for i in np.random.default_rng(5).integers(0, 300, 2000)),  # in order
    sorted(f"{i}" for i in np.random.default_rng(6).integers(0, 300, 2000)),  # text order
])
def test_order_codes_group_like_factorize(ids):
    rng = np.random.default_rng(0)
    s = pd.Series(ids, dtype="string").iloc[3:]  # a slice: arrow offset not 0
    rows = np.flatnonzero(rng.random(len(s)) < 0.7)
    customer = rng.integers(0, 3, len(rows)) if len(set(ids)) < 100 else np.zeros(len(rows), int)
    got = features._order_codes(s, rows, customer.astype(np.int64))
    o = pd.factorize(s.iloc[rows])[0].astype(np.int64)
    want = pd.factorize(customer * (o.max() + 2) + o)[0]
    # Same grouping, whatever the numbering.
    assert len(set(zip(got, want, strict=True))) == len(set(got)) == len(set(want))


@pytest.mark.parametrize("size", [50, 10**8])  # by table look-up; by hashing
def test_factorize_small_and_group_sums_match_pandas(size):
    rng = np.random.default_rng(7)
    key = rng.integers(0, min(size, 40), 5000) * (size // 40 if size > 40 else 1)
    ids, uniques = features._factorize_small(key, size)
    want_ids, want_uniques = pd.factorize(key)
    assert np.array_equal(ids, want_ids) and np.array_equal(uniques, want_uniques)
    values = rng.random(5000) * 10.0 ** rng.integers(-3, 8, 5000)
    sums = features._sum_per_group(values, ids.astype(np.intp), len(uniques))
    want = pd.Series(values).groupby(key, sort=False).sum().to_numpy()
    assert np.array_equal(sums.view(np.int64), want.view(np.int64))  # to the last bit


def test_names_split_at_the_first_space():
    raw = ["Ann Lee", " Bo  de la Cruz ", "Zoë\nvan Dijk", "Mononym", "a@b.com", "R2 D2", None,
           "", "  ", "Jürgen Müller-Lüdenscheid", "Ana\u00a0Maria Souza", "José\tLuis Ortiz"]
    c = pd.DataFrame({"customer_name": pd.array(raw, dtype="str")},
                     index=pd.Index([f"C{i}" for i in range(len(raw))], name="customer_key"))
    features._names(c)
    for i, value in enumerate(raw):
        text = (value or "").strip()
        personal = value is not None and not any(ch == "@" or ch.isdigit() for ch in text)
        want = text.split(" ", 1) if personal else []
        got_first, got_last = c["first_name"].iloc[i], c["last_name"].iloc[i]
        assert (got_first if isinstance(got_first, str) else None) == (want[0] if want else None)
        assert (got_last if isinstance(got_last, str) else None) == (
            want[1] if len(want) == 2 else None)


def test_calendar_matches_datetime64():
    days = np.arange(-150_000, 150_000)  # about 1559 to 2380
    d = days.astype("datetime64[D]")
    year, month, dom, doy = features._calendar(days)
    first_of_year, first_of_month = d.astype("datetime64[Y]"), d.astype("datetime64[M]")
    assert np.array_equal(year, first_of_year.view(np.int64) + 1970)
    assert np.array_equal(month, first_of_month.view(np.int64) % 12 + 1)
    assert np.array_equal(dom, (d - first_of_month.astype("datetime64[D]")).view(np.int64) + 1)
    assert np.array_equal(doy, (d - first_of_year.astype("datetime64[D]")).view(np.int64) + 1)


def test_median_per_group_matches_groupby():
    rng = np.random.default_rng(8)
    groups = np.sort(rng.integers(0, 300, 4000))
    values = rng.integers(1, 900, 4000)
    got = features._median_per_group(groups, values, 310)
    want = pd.Series(values.astype(float)).groupby(groups).median().reindex(range(310))
    assert np.array_equal(got, want.to_numpy(), equal_nan=True)
