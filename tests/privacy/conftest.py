"""Load the real 'packaging' library before tests/packaging/ can shadow it (see below)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# tests/packaging/__init__.py is importable as "packaging" once pytest puts tests/ first on
# sys.path; matplotlib (used by the PDF report) would import it instead of the real library and
# fail with "No module named 'packaging.version'". tests/report/conftest.py does the same.
if "packaging" not in sys.modules:
    _tests = os.path.abspath(Path(__file__).resolve().parents[1])
    _saved = list(sys.path)
    sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != _tests]
    try:
        import packaging.version  # noqa: F401
    finally:
        sys.path[:] = _saved
