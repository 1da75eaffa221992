"""Shared fixtures: paths to the sample workbooks and the real data in ../shared/data."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# GUI tests run without a screen; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep logs, autosaves and remembered mappings of test runs out of the user's profile.
os.environ.setdefault("DESKTOPSEG_HOME", tempfile.mkdtemp(prefix="desktopseg-test-home-"))

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_workbooks"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not (SHARED_DATA / "online_retail_sample.csv").exists():
        pytest.skip("../shared/data is not beside this checkout")
    return SHARED_DATA


@pytest.fixture(autouse=True)
def _money_without_a_currency_between_tests():
    """An analysis shows money in its file's currency (core/currency.py keeps it per process):
    start every test without one, so a file read by an earlier test leaves no "$" behind."""
    from desktopseg.core import currency

    currency.use(None)
    yield
    currency.use(None)
