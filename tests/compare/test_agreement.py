"""The compare summary agrees exactly with `segment --until` and `segment` (issue 15, point 2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktopseg.cli import main
from desktopseg.core.compare import sizes_from_moves
from desktopseg.core.model import AnalysisSettings
from desktopseg.core.pipeline import analyse, load, summary_dict

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path("/work/shared/data/online_retail_sample.csv")
#: Every sample and shared file with sale dates, and a day inside its data.
CASES = [(ROOT / "sample_workbooks" / name, "2026-06-30") for name in (
    "florist_square_items.xlsx", "hardware_store_sales.xlsx", "b2b_supplier.xlsx",
    "bookkeeper_quickbooks_sales_by_customer.xlsx", "european_shop_export.csv")]
if SHARED.exists():
    CASES += [(SHARED, "2011-06-30"), (SHARED, "2011-03-31")]


def _json(tmp_path: Path, name: str, argv: list[str]) -> dict:
    out = tmp_path / name
    assert main([*argv, "--summary-json", str(out), "-q"]) == 0
    return json.loads(out.read_text(encoding="utf-8"))


def _sizes(summary: dict, scheme: str) -> dict[str, int]:
    return {s["name"]: s["customers"] for s in summary["schemes"][scheme]["segments"]}


@pytest.mark.parametrize("scheme", ["behavioral", "value"])
@pytest.mark.parametrize(("path", "day"), CASES, ids=lambda c: getattr(c, "name", c))
def test_from_and_to_sizes_are_the_segment_sizes(tmp_path, path, day, scheme):
    """'from' sizes = segment --until DAY; 'to' = segment with the cut points compare names."""
    file = str(path)
    until = _json(tmp_path, "until.json", ["segment", file, "--until", day, "--scheme", scheme])
    end = _json(tmp_path, "end.json", ["segment", file, "--scheme", scheme])
    cmp = _json(tmp_path, "cmp.json", ["compare", file, "--at", day, "--scheme", scheme])
    each = _json(tmp_path, "each.json", ["compare", file, "--at", day, "--scheme", scheme,
                                         "--rules", "each"])

    assert cmp["before"]["as_of"] == day
    assert cmp["after"]["as_of"] == end["period"]["end"]
    for c in (cmp, each):
        assert sizes_from_moves(c["moves"], "from") == _sizes(until, scheme)
        assert c["before"]["customers"] == until["customers"]
        assert c["after"]["customers"] == end["customers"]
        assert c["new_customers"] == end["customers"] - until["customers"]
        assert sum(m["customers"] for m in c["moves"] if m["from"] is None) == c["new_customers"]
    # Each moment with its own cut points: the later sizes are plain `segment`'s.
    assert sizes_from_moves(each["moves"], "to") == _sizes(end, scheme)
    frozen = cmp["rules"]["rfm_thresholds"]
    if scheme != "behavioral":
        assert frozen is None
        assert sizes_from_moves(cmp["moves"], "to") == _sizes(end, scheme)
        return
    # The earlier date's cut points at both dates: the later sizes are `segment`'s with them.
    assert set(frozen) == {"R", "F", "M"}
    assert day in cmp["rules"]["text"]
    again = analyse(load(file), AnalysisSettings(rfm_thresholds=frozen), only=(scheme,))
    assert sizes_from_moves(cmp["moves"], "to") == _sizes(summary_dict(again), scheme)
    # Revenue adds up as well: the moves' "after" revenue is the whole data's.
    total = sum(s["revenue"] for s in end["schemes"][scheme]["segments"])
    assert sum(m["revenue_after"] for m in cmp["moves"]) == pytest.approx(total, abs=0.05)
