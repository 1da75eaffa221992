"""Remember the column mapping per export format, so the second file of a kind needs no questions.

The signature of a format is a hash of its normalised header set (order-free: exports reorder
columns). Mappings are JSON files in the user's data folder, never next to their data.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from desktopseg.core.appdirs import data_dir
from desktopseg.core.importer.roles import normalise
from desktopseg.core.model import ColumnMapping


def signature(columns: list[str]) -> str:
    """Return a stable id for a header set: sha1 of the sorted normalised names."""
    names = sorted({normalise(c) for c in columns if normalise(c)})
    return hashlib.sha1("\x1f".join(names).encode("utf-8")).hexdigest()[:20]


def _folder() -> Path:
    path = data_dir() / "mappings"
    path.mkdir(parents=True, exist_ok=True)
    return path


def remember_mapping(columns: list[str], mapping: ColumnMapping) -> Path:
    """Save ``mapping`` for files with these ``columns``; returns the JSON file written."""
    path = _folder() / f"{signature(columns)}.json"
    payload = json.loads(mapping.to_json())
    payload["columns"] = list(columns)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(payload, fh, ensure_ascii=False, indent=2)
    os.replace(tmp, path)  # atomic: a crash leaves the old mapping or the new one
    return path


def recall_mapping(columns: list[str]) -> ColumnMapping | None:
    """Return the mapping saved for a file with these columns, or None."""
    path = _folder() / f"{signature(columns)}.json"
    try:
        return ColumnMapping.from_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, TypeError):
        return None
