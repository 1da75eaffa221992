"""The four segmentation schemes (DESIGN.md §4): customers + settings -> Segmentation."""

from __future__ import annotations

import pandas as pd

from desktopseg.core.i18n import _
from desktopseg.core.model import SCHEMES, AnalysisSettings, Segmentation
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
    else:
        raise ValueError(_("Unknown scheme '{name}'; choose one of {schemes}.").format(
            name=name, schemes=", ".join(SCHEMES)))
    return run(customers, settings, task)


__all__ = ["run_scheme"]
