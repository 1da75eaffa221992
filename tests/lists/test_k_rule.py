"""How many automatic groups: 3-8 preferred, 2 only when clearly better, or the owner's number."""

from __future__ import annotations

import pytest

from desktopseg.core import pipeline
from desktopseg.core.model import AnalysisSettings
from desktopseg.core.segmentation.clusters import TWO_GROUPS_MARGIN, pick_k


def test_two_groups_need_a_clear_margin():
    scores = {2: 0.50, 3: 0.45, 4: 0.47, 5: 0.30}
    assert pick_k(list(scores), scores)[0] == 4  # 0.50 < 0.47 + 0.10
    scores[2] = 0.47 + TWO_GROUPS_MARGIN + 0.001
    assert pick_k(list(scores), scores)[0] == 2


def test_the_owners_number_wins_and_says_so():
    scores = {2: 0.9, 3: 0.1, 4: 0.2}
    k, rule = pick_k(list(scores), scores, own=3)
    assert k == 3 and "as you chose" in rule


def test_only_two_possible_gives_two():
    assert pick_k([2], {2: 0.3})[0] == 2


@pytest.mark.parametrize("name", ["online_retail_sample.csv", "wholesale_customers.csv"])
def test_shared_files_get_groups_a_person_can_act_on(name):
    """Both shared files used to get two groups; now 3-8 unless two are clearly better."""
    result = pipeline.run(f"/work/shared/data/{name}", only=("clusters",))
    det = result.segmentations["clusters"].details
    sil = det["silhouettes"]
    best38 = max(v for k, v in sil.items() if 3 <= k <= 8)
    if det["k"] == 2:
        assert sil[2] >= best38 + TWO_GROUPS_MARGIN
    else:
        assert 3 <= det["k"] <= 8 and sil[det["k"]] == best38
    assert det["k_rule"] in " ".join(result.segmentations["clusters"].notes)


def test_k_groups_setting_is_used():
    result = pipeline.run("/work/shared/data/wholesale_customers.csv", only=("clusters",),
                          settings=AnalysisSettings(k_groups=5))
    seg = result.segmentations["clusters"]
    assert seg.details["k"] == 5
    assert len({s for s in seg.labels}) == 5
