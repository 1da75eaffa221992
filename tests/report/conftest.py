"""Report tests paint with Qt: make the one QApplication first, as the GUI tests expect."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _qt_application(qapp):
    return qapp
