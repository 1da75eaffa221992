"""Translation tests: load the real ``packaging`` before tests/packaging can shadow it."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# tests/packaging/__init__.py makes a package called "packaging" importable from tests/, which
# pytest puts first on sys.path; matplotlib (the report test) would import it instead of the
# real library (ModuleNotFoundError: packaging.version). Same workaround as tests/report.
if "packaging" not in sys.modules:
    _tests = os.path.abspath(Path(__file__).resolve().parents[1])
    _saved = list(sys.path)
    sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != _tests]
    try:
        import packaging.version  # noqa: F401
    finally:
        sys.path[:] = _saved
