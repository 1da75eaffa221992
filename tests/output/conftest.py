"""Fixtures for the output tests: hand-built results with personas attached."""

from __future__ import annotations

import copy

import pytest

from desktopseg.core.personas import attach_personas

from .helpers import planted_result, retail_result


def _with_personas(result):
    for seg in result.segmentations.values():
        attach_personas(seg, result)
    return result


@pytest.fixture(scope="session")
def retail_csv(shared_data):
    return shared_data / "online_retail_sample.csv"


@pytest.fixture(scope="session")
def _retail_once(retail_csv):
    return _with_personas(retail_result(retail_csv))


@pytest.fixture
def retail(_retail_once):
    """The Online Retail sample as a result with behavioral and value schemes and personas.

    A deep copy per test, so tests may change it.
    """
    return copy.deepcopy(_retail_once)


@pytest.fixture
def planted():
    """(result, cluster name -> planted group) for the four-group synthetic shop."""
    result, groups = planted_result()
    return _with_personas(result), groups
