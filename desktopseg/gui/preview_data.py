"""Data for running one screen on its own (``python -m desktopseg.gui.<screen>``).

Uses the real pipeline on a bundled sample workbook; falls back to the hand-built result in
tests/gui/fakes.py (source checkouts only) when the engine cannot run.
"""

from __future__ import annotations

import sys

from desktopseg.gui.common import REPO_DIR, sample_workbooks


def _fake():
    sys.path.insert(0, str(REPO_DIR / "tests" / "gui"))
    from fakes import fake_result  # type: ignore[import-not-found]

    return fake_result()


def sample_path(prefer: str = "hardware") -> str | None:
    """Return a sample workbook's path, preferring one whose name contains ``prefer``."""
    files = sample_workbooks()
    for p in files:
        if prefer in p.stem.lower():
            return str(p)
    return str(files[0]) if files else None


def sample_import(prefer: str = "hardware"):
    """Return (path, ImportResult) of a sample workbook."""
    path = sample_path(prefer)
    if path:
        try:
            from desktopseg.core.pipeline import load

            return path, load(path)
        except Exception as exc:  # noqa: BLE001 - a preview falls back to the fixture
            print(f"(real import failed: {exc!r}; showing the fixture)", file=sys.stderr)
    result = _fake()
    return "fake.csv", result.data


def sample_result(prefer: str = "hardware"):
    """Return an AnalysisResult of a sample workbook."""
    path = sample_path(prefer)
    if path:
        try:
            from desktopseg.core.pipeline import run

            return run(path)
        except Exception as exc:  # noqa: BLE001
            print(f"(real analysis failed: {exc!r}; showing the fixture)", file=sys.stderr)
    return _fake()
