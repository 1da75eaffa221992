"""Where the app's own read-only files are: inside the frozen bundle, or in the source checkout.

The installers put ``resources/`` (icons, translations) and ``sample_workbooks/`` at the top of
the PyInstaller bundle (``sys._MEIPASS``), the same place they have relative to the package in a
checkout, so one relative path works in both. Nothing here imports Qt or pandas.
"""

from __future__ import annotations

import sys
from pathlib import Path

import desktopseg


def is_frozen() -> bool:
    """Return True when running from a PyInstaller bundle rather than from Python."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def bundle_root() -> Path:
    """Return the folder the bundled data files are relative to."""
    if is_frozen():
        return Path(sys._MEIPASS)  # type: ignore[attr-defined]  # set by PyInstaller's bootloader
    return Path(desktopseg.__file__).resolve().parent.parent


def bundled_path(relative: str | Path) -> Path:
    """Return the path of a bundled file, e.g. ``bundled_path("sample_workbooks/x.xlsx")``."""
    return bundle_root() / Path(relative)
