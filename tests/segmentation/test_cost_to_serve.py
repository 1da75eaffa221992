"""Cost to serve estimated from activity finds the customers who cost more than they bring."""

from __future__ import annotations

import json

import openpyxl
import pandas as pd
import pytest

from desktopseg.core import cost_to_serve, pipeline
from desktopseg.core.model import AnalysisSettings
from desktopseg.core.personas import ACTIONS
from desktopseg.core.service_advice import COSTLY_GROUP, REWARD_ACTIONS

from .conftest import make_import, transactions


@pytest.fixture(scope="module")
def hardware_truth(samples_dir):
    return json.loads((samples_dir / "truth" / "hardware_store_sales.json").read_text())["groups"]


@pytest.fixture(scope="module")
def sales_only(samples_dir, tmp_path_factory):
    """The hardware sample without its service log: only what the sales lines record."""
    wb = openpyxl.load_workbook(samples_dir / "hardware_store_sales.xlsx")
    del wb["Service log"]
    path = tmp_path_factory.mktemp("hw") / "hardware_sales_only.xlsx"
    wb.save(path)
    return pipeline.run(path)


def test_planted_costly_contractors_are_found_by_the_estimate(sales_only, hardware_truth):
    """Without any service column, the estimate puts the planted costly contractors in the group."""
    result = sales_only
    assert result.service["effort_kind"] == "estimated"
    assert result.service["cost_source"] == "estimated"
    labels = result.segmentations["value"].labels
    costly = hardware_truth["contractors_costly"]
    found = int((labels.reindex(costly) == COSTLY_GROUP).sum())
    assert found >= 32, found
    others = [k for g, keys in hardware_truth.items() if g != "contractors_costly" for k in keys]
    assert int((labels.reindex(others) == COSTLY_GROUP).sum()) <= 4
    c = result.customers
    good = hardware_truth["contractors_good"]
    # Many small phone and delivery orders: more minutes than the big, frequent accounts.
    assert c.loc[costly, "service_minutes_est"].median() > 2 * c.loc[
        good, "service_minutes_est"].median()
    assert (c.loc[costly, "profit_after_service"] < 0).mean() >= 0.8


def test_with_the_service_log_the_recorded_minutes_win(samples_dir, hardware_truth):
    result = pipeline.run(samples_dir / "hardware_store_sales.xlsx")
    assert result.service["cost_source"] == "column"
    assert result.service["effort_kind"] == "column"
    c = result.customers
    recorded = pd.to_numeric(c["service_minutes"], errors="coerce")
    assert (c["cost_minutes"][recorded.notna()] == recorded[recorded.notna()].round(1)).all()
    labels = result.segmentations["value"].labels
    assert int((labels.reindex(hardware_truth["contractors_costly"]) == COSTLY_GROUP).sum()) >= 32


def test_no_card_rewards_a_group_that_loses_money_after_service(sales_only):
    rewards = {ACTIONS[k] for k in REWARD_ACTIONS}
    for seg in sales_only.segmentations.values():
        for s in seg.segments:
            if s.extra.get("thin_after_service") and s.persona is not None:
                assert not rewards & set(s.persona.actions), (seg.scheme, s.name)
    card = sales_only.segmentations["value"].segment(COSTLY_GROUP).persona
    text = " ".join(card.actions).lower()
    for word in ("reprice", "charge for the service", "minimum order", "let them go"):
        assert word in text


def test_a_mixed_segment_says_how_many_are_costly(sales_only):
    mixed = [s for s in sales_only.segmentations["behavioral"].segments
             if s.extra.get("costly_customers") and s.extra.get("profitable_customers")]
    assert mixed
    for s in mixed:
        good, bad = s.extra["profitable_customers"], s.extra["costly_customers"]
        verb = "is" if good == 1 else "are"
        assert f"{good} of these customers {verb} profitable" in s.persona.story
        costs = "costs more than it brings" if bad == 1 else "cost more than they bring"
        assert f"{bad} {costs}" in s.persona.story


def _tiny():
    tx = transactions([
        ("busy", "2024-01-02", 20.0, "A1"), ("busy", "2024-01-03", 20.0, "A2"),
        ("busy", "2024-01-04", 20.0, "A3"), ("busy", "2024-01-05", -20.0, "A4"),
        ("calm", "2024-01-02", 200.0, "B1"), ("calm", "2024-01-09", 150.0, "B2"),
        ("calm", "2024-01-10", 100.0, "B3"),
    ], channel=["Phone", "Delivery", "Phone", "Counter", "Counter", "Counter", "Counter"],
        category=["Roses", "Roses", "Roses", "Roses", "Plants", "Plants", "Roses"])
    return make_import(tx)


def test_minutes_and_rate_follow_the_settings():
    """Counts times the owner's minutes, priced at the owner's hourly rate."""
    settings = AnalysisSettings(activity_minutes={"delivery": 60}, hourly_rate=30.0,
                                margin_pct=50.0, schemes=())
    result = pipeline.analyse(_tiny(), settings)
    c = result.customers
    # busy: 3 orders x 4 + 3 lines x 1 + 2 phone x 6 + 1 delivery x 60 + 1 return x 15
    assert c.loc["busy", "service_minutes_est"] == pytest.approx(12 + 3 + 12 + 60 + 15)
    assert c.loc["busy", "cost_to_serve"] == pytest.approx(102 / 60 * 30)
    assert c.loc["busy", "profit_after_service"] == pytest.approx(
        c.loc["busy", "margin"] - 102 / 60 * 30)
    assert c.loc["calm", "service_minutes_est"] == pytest.approx(3 * 4 + 3)


def test_margin_per_category_and_a_cost_column_wins():
    settings = AnalysisSettings(category_margin_pct={"roses": 50, "Plants": 10}, schemes=())
    result = pipeline.analyse(_tiny(), settings)
    assert result.margin_source == "margin_pct"
    assert result.customers.loc["calm", "margin"] == pytest.approx(350 * 0.10 + 100 * 0.5)
    data = _tiny()
    data.transactions["cost"] = data.transactions["amount"].abs() * 0.9
    with_cost = pipeline.analyse(data, settings)
    assert with_cost.margin_source == "cost"
    assert with_cost.customers.loc["calm", "margin"] == pytest.approx(450 * 0.1)


def test_shop_settings_are_remembered(tmp_path, monkeypatch):
    monkeypatch.setenv("DESKTOPSEG_HOME", str(tmp_path))
    settings = AnalysisSettings(activity_minutes={"delivery": 35}, hourly_rate=31.5,
                                category_margin_pct={"Roses": 45})
    cost_to_serve.remember_shop("abc", settings)
    back = cost_to_serve.recall_shop("abc")
    assert back == {"activity_minutes": {"delivery": 35}, "hourly_rate": 31.5,
                    "category_margin_pct": {"Roses": 45}}
    assert cost_to_serve.recall_shop("other") == {}


@pytest.mark.parametrize("name", ["florist_square_items.xlsx", "european_shop_export.csv",
                                  "bookkeeper_quickbooks_sales_by_customer.xlsx",
                                  "b2b_supplier.xlsx"])
def test_every_sample_with_sales_lines_has_effort(samples_dir, name):
    result = pipeline.run(samples_dir / name, only=("behavioral",))
    seg = result.segmentations["behavioral"]
    assert all(s.avg_effort is not None for s in seg.segments)
    assert all(s.extra.get("cost_to_serve") is not None for s in seg.segments)


def test_online_retail_has_effort_and_cancellations(shared_data):
    result = pipeline.run(shared_data / "online_retail_sample.csv", only=("behavioral",))
    assert result.service["effort_kind"] == "estimated"
    assert "cancellation" in result.service["minutes"]
    assert "estimated from activity" in result.effort_source
