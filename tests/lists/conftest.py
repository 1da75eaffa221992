"""Customer lists for the list tests: the shared mall list and fixtures written per session."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from tests.lists.fixtures import write_b2b_orders, write_marketing_campaign

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
MALL = Path("/work/shared/data/mall_customers.csv")
if not MALL.exists():
    MALL = SHARED / "mall_customers.csv"


@pytest.fixture(scope="session")
def lists_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("lists")


@pytest.fixture(scope="session")
def marketing(lists_dir) -> tuple[Path, pd.DataFrame, Path]:
    """(csv path, the frame written, a mapping JSON naming ID as the customer id).

    Today's importer reads this list as sales lines (Dt_Customer looks like a sale date) and
    maps Income/Num* columns to wrong roles; the mapping says "a customer list keyed on ID,
    every other column ignored" so these tests exercise the list schemes, which read the
    list's own columns. Recognising the roles is the importer issue's work.
    """
    path = lists_dir / "marketing_campaign.csv"
    frame = write_marketing_campaign(path)
    mapping = lists_dir / "marketing_mapping.json"
    mapping.write_text(json.dumps({
        "roles": {c: ("customer_id" if c == "ID" else None) for c in frame.columns},
        "table_kind": "customers"}), encoding="utf-8")
    return path, frame, mapping


@pytest.fixture(scope="session")
def b2b(lists_dir) -> tuple[Path, pd.DataFrame]:
    path = lists_dir / "b2b_orders.csv"
    return path, write_b2b_orders(path)
