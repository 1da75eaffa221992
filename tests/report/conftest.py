"""Report tests paint with Qt: make the one QApplication first, as the GUI tests expect."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

# tests/packaging/__init__.py makes a package called "packaging" importable from tests/, which
# pytest puts first on sys.path; matplotlib would then import it instead of the real library
# (ModuleNotFoundError: packaging.version). Load the real one before that can happen.
if "packaging" not in sys.modules:
    _tests = os.path.abspath(Path(__file__).resolve().parents[1])
    _saved = list(sys.path)
    sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != _tests]
    try:
        import packaging.version  # noqa: F401
    finally:
        sys.path[:] = _saved


@pytest.fixture(autouse=True)
def _qt_application(qapp):
    return qapp
