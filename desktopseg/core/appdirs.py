"""Where DesktopSeg keeps its own files (logs, autosaves, remembered mappings).

Never next to the user's data. ``DESKTOPSEG_HOME`` overrides the location (tests use it).
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

from desktopseg import APP_NAME, ORG_NAME


def data_dir() -> Path:
    """Return (and create) the per-user data folder."""
    override = os.environ.get("DESKTOPSEG_HOME")
    path = Path(override) if override else user_data_path(APP_NAME, ORG_NAME)
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_path() -> Path:
    """Return the path of the log file that holds tracebacks of internal errors."""
    d = data_dir() / "logs"
    d.mkdir(parents=True, exist_ok=True)
    return d / "desktopseg.log"
