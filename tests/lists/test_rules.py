"""Conditions of your own groups: parsed by an allow-list, never eval; results match pandas."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktopseg.core.segmentation.rules import (
    RuleError,
    RuleSet,
    apply_rules,
    evaluate,
    parse,
)

COLUMNS = ["Kidhome", "Teenhome", "Income", "Marital_Status", "Annual Income (k$)"]


def table(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=COLUMNS)


frames = st.lists(
    st.tuples(st.integers(0, 3), st.integers(0, 3),
              st.one_of(st.none(), st.floats(0, 200000, allow_nan=False).map(round)),
              st.sampled_from(["Married", "single", " Together ", "YOLO", None]),
              st.integers(1, 150)),
    min_size=1, max_size=60).map(table)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(frames, st.integers(0, 5), st.floats(0, 200000, allow_nan=False))
def test_conditions_match_pandas(df, k, limit):
    """Arithmetic, comparisons, in, between, contains, is empty, and/or/not agree with pandas."""
    kids = df["Kidhome"] + df["Teenhome"]
    status = df["Marital_Status"].str.strip().str.casefold()
    income = df["Income"].astype(float)
    cases = {
        f"Kidhome + Teenhome > {k}": kids > k,
        f"Kidhome * 2 - Teenhome <= {k}": df["Kidhome"] * 2 - df["Teenhome"] <= k,
        f"Income >= {limit!r}": income >= limit,
        f"not Income >= {limit!r}": ~(income >= limit),
        "Marital_Status in ('married', 'Together')": status.isin(["married", "together"]),
        "Marital_Status not in ('married')": ~status.isin(["married"]).fillna(False),
        f'"Annual Income (k$)" between {k} and {k * 20}':
            df["Annual Income (k$)"].between(k, k * 20),
        "Marital_Status contains 'o'": status.str.contains("o", regex=False).fillna(False)
            .astype(bool),
        "Income is empty": df["Income"].isna(),
        "Income is not empty and Kidhome = 0 or Teenhome > 2":
            (df["Income"].notna() & (df["Kidhome"] == 0)) | (df["Teenhome"] > 2),
        "Income / Kidhome > 1000": (income / df["Kidhome"].replace(0, np.nan)) > 1000,
        "(Kidhome > 0 or Teenhome > 0) and not Marital_Status = 'single'":
            (kids > 0) & ~(status == "single"),
    }
    for condition, expected in cases.items():
        got = evaluate(condition, df)
        pd.testing.assert_series_equal(got, expected.fillna(False).astype(bool),
                                       check_names=False, obj=condition)


@settings(max_examples=40, deadline=None)
@given(frames, st.integers(0, 3), st.integers(0, 3))
def test_first_match_wins_and_everyone_is_counted_once(df, a, b):
    """Groups take customers in order; the counts add up to everyone, as pandas counts them."""
    rules = RuleSet.from_dict({"name": "t", "segments": [
        {"name": "Families", "when": f"Kidhome + Teenhome > {a}"},
        {"name": "Teens", "when": f"Teenhome >= {b}"}], "otherwise": "Rest"})
    out = apply_rules(rules, df)
    fam = (df["Kidhome"] + df["Teenhome"]) > a
    teens = ~fam & (df["Teenhome"] >= b)
    assert out.counts == {"Families": int(fam.sum()), "Teens": int(teens.sum()),
                          "Rest": int((~fam & ~teens).sum())}
    assert sum(out.counts.values()) == len(df)
    assert (out.labels[fam] == "Families").all()


INJECTIONS = [
    ("__import__('os').system('rm -rf /')", "__import__", "("),
    ("Income.__class__", "Income", "."),
    ("open('/etc/passwd')", "open", "("),
    ("Kidhome > 0 and exec('x')", "exec", "("),
    ("Kidhome > 0; import os", ";", ";"),
    ("lambda: 1", ":", ":"),
    ("Kidhome[0] > 1", "[", "["),
    ("Kidhome > 0 or globals()", "globals", "("),
    ("Income if 1 else 2", "if", "if"),
    ("__builtins__ > 0", "__builtins__", "_"),
]


@pytest.mark.parametrize(("condition", "_word", "at"), INJECTIONS)
def test_injection_attempts_are_refused_with_a_pointer(condition, _word, at):
    """Calls, attribute access and anything outside the allow-list: RuleError, caret placed."""
    with pytest.raises(RuleError) as info:
        parse(condition, COLUMNS)
    err = info.value
    assert err.condition == condition
    assert condition[err.position:].startswith(at), (err.position, str(err))
    caret_line = str(err).splitlines()[-1]
    assert caret_line.index("^") - 2 == err.position


def test_unknown_column_suggests_the_close_one():
    with pytest.raises(RuleError, match="Did you mean 'Kidhome'"):
        parse("Kidhom > 1", COLUMNS)


def test_deep_nesting_is_refused_not_crashing():
    with pytest.raises(RuleError, match="nested too deeply"):
        parse("(" * 500 + "Kidhome > 1" + ")" * 500, COLUMNS)
    with pytest.raises(RuleError, match="nested too deeply"):
        parse("not " * 200 + "Kidhome > 1", COLUMNS)


@pytest.mark.parametrize("condition", ["Kidhome", "Kidhome + 1", "'a'", "(Kidhome > 1) + 1",
                                       "Kidhome between 1", "Kidhome in 1", ""])
def test_incomplete_or_mistyped_conditions_are_refused(condition):
    with pytest.raises(RuleError):
        parse(condition, COLUMNS)
