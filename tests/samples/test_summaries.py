"""Every sample's and shared file's summary is the kept one: a change to them is on purpose.

See tests/samples/summaries.py (and ``python -m tests.samples.summaries --update``).
"""

from __future__ import annotations

import json

import pytest

from tests.samples import summaries

FILES = summaries.files()


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_summary_is_the_kept_one(path):
    kept_file = summaries.kept_path(path)
    assert kept_file.exists(), f"no kept summary for {path.name}: run the --update command"
    kept = json.loads(kept_file.read_text(encoding="utf-8"))
    diff = summaries.differences(kept, summaries.summary(path))
    assert not diff, (f"{path.name}: the summary changed in {len(diff)} places. If on purpose, "
                      "run `python -m tests.samples.summaries --update` and say why in the "
                      "closing note.\n" + "\n".join(diff[:30]))


def test_a_changed_group_is_found():
    kept = {"schemes": {"value": {"segments": [{"name": "Core", "customers": 28,
                                                "persona": {"tagline": "The solid middle"}}]}}}
    now = json.loads(json.dumps(kept))
    assert summaries.differences(kept, now) == []
    now["schemes"]["value"]["segments"][0]["customers"] = 29
    now["schemes"]["value"]["segments"][0]["persona"]["tagline"] = "The middle"
    diff = summaries.differences(kept, now)
    assert diff == ["/schemes/value/segments[0]/customers: 28 -> 29",
                    '/schemes/value/segments[0]/persona/tagline: "The solid middle" -> '
                    '"The middle"']
    now["schemes"]["value"]["segments"][0]["customers"] = 28.00001  # another BLAS: the same
    assert len(summaries.differences(kept, now)) == 1
