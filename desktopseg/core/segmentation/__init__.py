"""The four segmentation schemes (DESIGN.md §4): customers + settings -> Segmentation.

Every scheme labels every customer, gives a plain-words reason per label, and builds its
profiles with common.finish (small buckets fold into "Other"; 2-20 buckets or a note saying
the data can't support them). What each puts in Segmentation.details:

- behavioral: scores (DataFrame R, F, M, FM, R_grid, FM_grid, segment), grid (the validated
  grid JSON), thresholds ({"R"|"F"|"M": cut points, the settings.rfm_thresholds format}),
  score_ranges ({dim: {score: [min, max]}}), methods, levels (int), score_levels, grid_levels,
  fm_rule, buyer_types. SegmentProfile.extra: buyer_types, churn_risk counts.
- value: basis ("margin"|"revenue"), tier_shares, positive_total, cost_more_than_they_bring
  (customer keys), ltv_formula, ltv_expected_years, effort_quadrants. extra: avg_ltv,
  effort_quadrants, effort_quadrant (of the segment), cost_more_than_they_bring (count).
- firmographic: dimensions, per dimension its detail (code_system, bands, column),
  counts_before_folding.
- clusters: k, silhouettes ({k: score}), smallest_cluster_share, min_cluster_share, features,
  features_left_out, feature_importance (Series), z_scores and medians (DataFrame per cluster),
  seed, silhouette_sample.
"""

from __future__ import annotations

import pandas as pd

from desktopseg.core.i18n import _
from desktopseg.core.model import ALL_SCHEMES, AnalysisSettings, Segmentation
from desktopseg.core.progress import Task


def run_scheme(name: str, customers: pd.DataFrame, settings: AnalysisSettings,
               task: Task | None = None) -> Segmentation:
    """Run the scheme called ``name``; raises SchemeUnavailable when the data can't support it."""
    task = task or Task()
    if name == "behavioral":
        from desktopseg.core.segmentation.behavioral import run
    elif name == "value":
        from desktopseg.core.segmentation.value import run
    elif name == "firmographic":
        from desktopseg.core.segmentation.firmographic import run
    elif name == "clusters":
        from desktopseg.core.segmentation.clusters import run
    elif name == "demographic":
        from desktopseg.core.segmentation.demographic import run
    elif name == "needs":
        from desktopseg.core.segmentation.needs import run
    elif name == "custom":
        from desktopseg.core.segmentation.custom import run
    else:
        raise ValueError(_("Unknown scheme '{name}'; choose one of {schemes}.").format(
            name=name, schemes=", ".join(ALL_SCHEMES)))
    return run(customers, settings, task)


__all__ = ["run_scheme"]
