"""Persona names never run out into "Omar 29": the extra names come first."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from desktopseg.core.personas import _names, result_persona_names


def _scheme(name: str, n: int):
    return SimpleNamespace(scheme=name, segments=[SimpleNamespace(name=f"{name} group {i}")
                                                  for i in range(n)])


@pytest.mark.parametrize("language", ["en", "fi", "ko", "zh_CN"])
def test_forty_groups_in_one_result_get_forty_plain_first_names(language):
    used: dict = {}
    names = []
    for scheme, n in (("behavioral", 11), ("value", 5), ("clusters", 5), ("custom", 20)):
        names += result_persona_names(_scheme(scheme, n), language, used, {}).values()
    assert len(names) == 41 == len(set(names))
    assert not [n for n in names if re.search(r"\d", n)]
    # The first list is used up before any extra name, so the usual names do not move.
    first = set(_names(language))
    assert first <= set(names) and len(set(names) - first) == 41 - len(first)
