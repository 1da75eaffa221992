"""Planted movers land in the right cells of the move matrix (issue 15, point 7)."""

from __future__ import annotations

import pytest

from desktopseg.core.compare import compare_at, compare_data, new_name
from desktopseg.core.pipeline import load
from tests.compare.planted import CUT, make_workbook

#: Grid rows: the names of recent customers (R 4-5) and of ones not seen for long (R 1-2).
RECENT = {"Champions", "Loyal", "Potential Loyalist", "New", "Promising"}
LONG_GONE = {"Lost", "Hibernating", "At Risk", "About to Sleep", "Can't Lose Them"}
BEST = {"Champions", "Loyal"}
SLIPPED = {"At Risk", "Can't Lose Them"}


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    path = tmp_path_factory.mktemp("planted") / "shop_sales.xlsx"
    groups = make_workbook(path)
    return load(path), groups


@pytest.fixture(scope="module")
def comparison(planted):
    data, _groups = planted
    return compare_at(data, CUT)


def test_stoppers_slip_from_the_best_to_at_risk(comparison, planted):
    """Best customers who stopped in the last quarter go from Champions/Loyal to At Risk-ish."""
    groups = planted[1]
    c = comparison.customers
    stoppers = c.loc[groups["stoppers"]]
    assert set(stoppers["before"]) <= BEST, stoppers["before"].value_counts()
    assert set(stoppers["after"]) <= SLIPPED, stoppers["after"].value_counts()
    # And nobody else made that move: the cells hold exactly the planted stoppers.
    slipped = c.index[c["before"].isin(BEST) & c["after"].isin(SLIPPED)]
    assert set(slipped) == set(groups["stoppers"])


def test_lapsed_customers_who_come_back_move_up(comparison, planted):
    """Customers gone for a year and a half who bought again are found among the returns."""
    groups = planted[1]
    c = comparison.customers
    back = c.loc[groups["returners"]]
    assert set(back["before"]) <= LONG_GONE, back["before"].value_counts()
    assert set(back["after"]) <= RECENT, back["after"].value_counts()
    m = comparison.matrix("customers")
    returned = int(m.loc[[r for r in m.index if r in LONG_GONE],
                         [k for k in m.columns if k in RECENT]].to_numpy().sum())
    assert returned >= len(groups["returners"])


def test_newcomers_have_no_earlier_segment(comparison, planted):
    """Customers first seen after the date come from 'New customers', and only they do."""
    groups = planted[1]
    c = comparison.customers
    assert set(c.index[c["before"].isna()]) == set(groups["newcomers"])
    assert comparison.matrix().loc[new_name()].sum() == len(groups["newcomers"])


def test_regulars_never_look_gone(comparison, planted):
    """Customers who kept their rhythm are in no long-gone segment at either date."""
    c = comparison.customers.loc[planted[1]["regulars"]]
    assert not c["before"].isin(LONG_GONE).any()
    assert not c["after"].isin(LONG_GONE).any()


def test_the_sentences_name_the_stoppers_move(comparison, planted):
    """The plain sentences lead with the biggest slip, which is the stoppers'."""
    n = len(planted[1]["stoppers"])
    slips = [s for s in comparison.sentences() if "slipped" in s]
    assert slips
    counted = sum(int(s.split()[0].replace(",", "")) for s in slips
                  if any(f"from {a} to {b}" in s for a in BEST for b in SLIPPED))
    assert counted == n


def test_two_exports_give_the_same_moves_as_one_file_and_a_date(planted, tmp_path):
    """An export cut at the date compared with the full one gives the --at comparison."""
    data, _groups = planted
    tx = data.transactions
    old = type(data)(transactions=tx[tx["date"] <= str(CUT)].copy(), customers=data.customers,
                     report=data.report, mapping=data.mapping)
    last_old = tx.loc[tx["date"] <= str(CUT), "date"].max().date()
    two = compare_data(old, data)
    one = compare_at(data, last_old)
    assert two.before_as_of == last_old
    assert two.rules_text == one.rules_text
    assert two.moves().equals(one.moves())
