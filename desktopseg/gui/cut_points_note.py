"""The line under the Settings' cut points: why fewer than the levels, and that a change re-runs.

With 5 score levels a measure has 4 cut points, unless many customers share one value (say,
everyone last bought on the same few days): equal-sized groups then cannot be cut between
them, and those levels merge. The fields show every cut point the analysis used; this note says
in words why a field holds fewer, instead of leaving the user to count.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def measure_names() -> dict[str, str]:
    """Return the three measures as the cut-point fields name them, in running text."""
    return {
        "R": QCoreApplication.translate("SettingsPanel", "days since last purchase"),
        "F": QCoreApplication.translate("SettingsPanel", "number of orders"),
        "M": QCoreApplication.translate("SettingsPanel", "spend"),
    }


def cut_points_note(details: dict[str, Any] | None, settings) -> str:
    """Return the note for the buying-behaviour ``details`` of the last run under ``settings``."""
    details = details or {}
    levels = int(settings.rfm_levels)
    own = settings.rfm_thresholds or {}
    used = details.get("score_levels") or {}
    cuts = details.get("thresholds") or {}
    scores = details.get("scores")
    customers = len(scores) if scores is not None else None
    # A small file uses fewer levels for every measure; the analysis notes already say so.
    expected = levels if customers is None or customers >= 2 * levels else \
        max(2, min(levels, customers // 2))
    names = measure_names()
    lines = []
    merged = [d for d in "RFM" if d not in own and 2 <= int(used.get(d, expected)) < expected]
    for dim in merged:
        # n is 2 or more: never a singular to word differently
        text = QCoreApplication.translate("SettingsPanel", "{measure}: {n} levels, not {k}.")
        lines.append(text.format(measure=names[dim].capitalize(), n=int(used[dim]), k=expected))
    if merged:
        lines.append(QCoreApplication.translate(
            "SettingsPanel", "Many customers share the same value there, so the levels that "
            "would have split them were merged. Every cut point used is shown."))
    for dim in "RFM":
        values = list(cuts.get(dim) or [])
        twice = sorted({v for v in values if values.count(v) > 1})
        if dim in own or not twice:
            continue
        text = QCoreApplication.translate(
            "SettingsPanel", "{measure}: the cut point {value} appears twice, because so many "
            "customers have that value that they fill two levels; they are split between them "
            "by their place in the file.")
        lines.append(text.format(measure=names[dim].capitalize(), value=f"{twice[0]:g}"))
    lines.append(QCoreApplication.translate(
        "SettingsPanel", "Changing the levels or a cut point (then Enter) works the groups out "
        "again."))
    return " ".join(lines)
