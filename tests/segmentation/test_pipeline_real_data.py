"""The whole analysis on the real shared data sets, through the pipeline the CLI and GUI use."""

from __future__ import annotations

import json

import pytest

from desktopseg.core.errors import UserError
from desktopseg.core.model import SCHEMES, AnalysisSettings
from desktopseg.core.pipeline import analyse, summary_dict


def check_every_scheme(result):
    c = result.customers
    for name, seg in result.segmentations.items():
        assert seg.labels.index.equals(c.index), name
        assert seg.reasons.notna().all() and (seg.reasons.str.len() > 10).all(), name
        assert 1 <= len(seg.segments) <= 20, name
        assert sum(p.customers for p in seg.segments) == len(c), name
        assert {p.name for p in seg.segments} == set(seg.labels), name
    json.dumps(summary_dict(result), default=str)


def test_online_retail_transactions(retail):
    result = analyse(retail, AnalysisSettings())
    check_every_scheme(result)
    assert set(result.segmentations) == {"behavioral", "value", "clusters"}
    assert "industry codes" in result.unavailable["firmographic"]
    rfm = result.segmentations["behavioral"]
    assert rfm.segment("Champions").revenue_share > 0.3  # the best fifth brings the most
    lost = rfm.segment("Lost")
    assert lost is None or lost.customers / len(result.customers) < 0.2


def test_wholesale_customer_list(wholesale):
    result = analyse(wholesale, AnalysisSettings())
    check_every_scheme(result)
    assert set(result.segmentations) == {"value", "clusters"}
    assert "dates" in result.unavailable["behavioral"]
    with pytest.raises(UserError, match="dates"):
        analyse(wholesale, AnalysisSettings(), only=("behavioral",))


def importer_ready() -> bool:
    try:
        from desktopseg.core.importer import import_file  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.mark.skipif(not importer_ready(), reason="the importer has not landed yet")
def test_whole_pipeline_from_the_files(shared_data):
    from desktopseg.core.pipeline import run

    retail = run(shared_data / "online_retail_sample.csv")
    check_every_scheme(retail)
    assert {"behavioral", "value", "clusters"} <= set(retail.segmentations)
    assert retail.customers["orders"].sum() > 1000
    wholesale = run(shared_data / "wholesale_customers.csv")
    check_every_scheme(wholesale)
    assert len(wholesale.customers) == 440
    assert "behavioral" in wholesale.unavailable
    assert set(SCHEMES) == set(retail.segmentations) | set(retail.unavailable)
