"""Remember your own groups per file layout, so the next file with the same columns gets them.

Like the column mappings (core/importer/memory.py): a JSON file per header set in the user's
data folder, never next to their data.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from desktopseg.core.appdirs import data_dir
from desktopseg.core.importer.memory import signature


def _folder() -> Path:
    path = data_dir() / "rules"
    path.mkdir(parents=True, exist_ok=True)
    return path


def remember_rules(columns: list[str], rules: dict[str, Any]) -> Path:
    """Save ``rules`` (the RULES.json shape) for files with these ``columns``."""
    path = _folder() / f"{signature([str(c) for c in columns])}.json"
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump({"columns": [str(c) for c in columns], "rules": rules}, fh,
                  ensure_ascii=False, indent=2)
    os.replace(tmp, path)
    return path


def recall_rules(columns: list[str]) -> dict[str, Any] | None:
    """Return the rules saved for a file with these columns, or None."""
    path = _folder() / f"{signature([str(c) for c in columns])}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    rules = data.get("rules") if isinstance(data, dict) else None
    return rules if isinstance(rules, dict) and rules.get("segments") else None


def columns_of(data) -> list[str] | None:
    """Return the headers of a customer list's own columns (ImportResult), or None."""
    from desktopseg.core.list_columns import PREFIX

    cust = getattr(data, "customers", None)
    if cust is None:
        return None
    cols = [str(c)[len(PREFIX):] for c in cust.columns if str(c).startswith(PREFIX)]
    return cols or None
