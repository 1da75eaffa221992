"""Persona figures read from precomputed codes equal the plain pandas formulations."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from desktopseg.core import personas
from desktopseg.core.model import (
    AnalysisResult,
    AnalysisSettings,
    ColumnMapping,
    ImportReport,
    ImportResult,
)
from desktopseg.core.personas import NOT_PRODUCTS, _Columns, _Part, _tidy


def _mode_reference(s: pd.Series):
    if not len(s):
        return None
    counts = s.dropna().astype(str)
    counts = counts[counts.str.strip() != ""].value_counts()
    if counts.empty:
        return None
    return counts.index[0], float(counts.iloc[0]) / len(s)


def _median_reference(s: pd.Series):
    s = pd.to_numeric(s, errors="coerce").dropna()
    return float(s.median()) if len(s) else None


@pytest.mark.parametrize("seed", range(5))
def test_mode_and_median_of_each_slice_match_pandas(seed):
    rng = np.random.default_rng(seed)
    n = 400
    frame = pd.DataFrame({
        "text": pd.Series(rng.choice(["a", "b", " ", "", "c ", "c", None], n), dtype=object),
        "str": pd.Series(rng.choice(["x", "y", "z", None], n), dtype="string"),
        "num": np.where(rng.random(n) < 0.2, np.nan, rng.integers(0, 5, n) / 4),
        "ints": pd.Series(rng.integers(0, 9, n), dtype="Int64"),
        "mixed": pd.Series(rng.choice([1, "1", 2.5, None], n), dtype=object),
    })
    labels = rng.integers(0, 7, n)
    order = np.argsort(labels, kind="stable")
    bounds = np.searchsorted(labels[order], np.arange(8))
    cols = _Columns(frame, order)
    for k in range(7):
        part = _Part(cols, bounds[k], bounds[k + 1])
        group = frame[labels == k]
        for col in ("text", "str", "mixed"):
            assert part.mode(col) == _mode_reference(group[col])
        for col in ("num", "ints"):
            assert part.median(col) == _median_reference(group[col])
    empty = _Part(cols, 0, 0)
    assert empty.mode("text") is None and empty.median("num") is None
    # A DataFrame given directly reads the same.
    assert _Part.of(frame).mode("text") == _mode_reference(frame["text"])


def _favourites_reference(tx: pd.DataFrame, col: str, labels: pd.Series, top: int = 3):
    keep = tx["customer_key"].notna() & tx[col].notna() & (tx["amount"] > 0)
    sales = pd.DataFrame({"customer_key": tx["customer_key"], "item": tx[col],
                          "amount": tx["amount"]})[keep]
    sums = sales.groupby(["customer_key", "item"], sort=False)["amount"].sum().reset_index()
    bad = sums["item"].astype(str).str.strip().str.lower().isin(NOT_PRODUCTS)
    sums = sums[~bad]
    sums = sums.assign(label=sums["customer_key"].map(labels))
    sums = sums[sums["label"].notna()]
    by = sums.groupby(["label", "item"])["amount"].sum().sort_values(ascending=False)
    return {str(k): [_tidy(i) for i in g.index.get_level_values("item")[:top]]
            for k, g in by.groupby(level="label", sort=False)}


def _result(tx: pd.DataFrame, keys) -> AnalysisResult:
    data = ImportResult(tx, None, ImportReport(file="t", table_kind="transactions"),
                        ColumnMapping())
    customers = pd.DataFrame({"revenue": 1.0}, index=pd.Index(keys, name="customer_key",
                                                                dtype="string"))
    return AnalysisResult(data, customers, {}, {}, AnalysisSettings())


@pytest.mark.parametrize("seed", range(4))
def test_favourites_match_the_groupby_formulation(seed):
    rng = np.random.default_rng(seed)
    n = 3000
    keys = pd.Series([f"K{i:03d}" for i in rng.integers(0, 120, n)], dtype="string")
    keys[rng.random(n) < 0.1] = pd.NA
    items = ["ROSES", "Tulips", "Postage", " gift card ", "Vases", "vases", "Lilies", None]
    tx = pd.DataFrame({
        "customer_key": keys,
        "category": pd.Series(rng.choice(items, n), dtype="string"),
        # Amounts that tie and that round differently depending on the order of addition.
        "amount": rng.choice([0.1, 0.2, 0.3, 5.0, -5.0, 10.0], n),
    })
    customers = sorted(keys.dropna().unique())
    result = _result(tx, customers)
    for scheme in range(3):
        labels = pd.Series(rng.choice(["Alpha", "Beta", "Gamma", None], len(customers)),
                           index=result.customers.index, dtype="string")
        got = personas._favourites_by_label(result, labels)
        assert got == _favourites_reference(tx, "category", labels), scheme
    # Labels for other customers than the table's: looked up by key.
    other = pd.Series("Delta", index=pd.Index(customers[::2], dtype="string"), dtype="string")
    assert personas._favourites_by_label(result, other) == _favourites_reference(
        tx, "category", other)
    # A new table with the same shape is never served the sums of the last one.
    tx2 = tx.assign(amount=tx["amount"][::-1].to_numpy())
    labels = pd.Series("Alpha", index=result.customers.index, dtype="string")
    assert personas._favourites_by_label(_result(tx2, customers), labels) == \
        _favourites_reference(tx2, "category", labels)


def test_nothing_is_kept_for_tables_that_are_gone():
    import gc

    from desktopseg.core import features

    tx = pd.DataFrame({"customer_key": pd.Series(["a", "b"], dtype="string"),
                       "category": pd.Series(["x", "y"], dtype="string"), "amount": [1.0, 2.0]})
    result = _result(tx, ["a", "b"])
    labels = pd.Series(["S", "T"], index=result.customers.index, dtype="string")
    assert personas._favourites_by_label(result, labels) == {"S": ["x"], "T": ["y"]}
    personas._memo(result.customers)
    assert personas._ITEM_SALES is not None and features._LINE_CODES is not None
    del result, tx
    gc.collect()
    assert personas._ITEM_SALES is None and personas._CUSTOMER_MEMO is None
    assert features._LINE_CODES is None
