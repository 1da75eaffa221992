"""Counts in words that read right in the singular too ("1 customer", "1 day ago").

Core code has no Qt numerus forms, so each count gets its own singular and plural message, both
going through the translation system: ``plural(n, N_("{n} customer"), N_("{n} customers"))``.
"""

from __future__ import annotations

from desktopseg.core.i18n import _


def plural(n: int, one: str, many: str, **fields) -> str:
    """Return ``one`` or ``many`` (translated), formatted with ``n`` and ``fields``."""
    template = _(one) if int(n) == 1 else _(many)
    return template.format(n=n, **fields)
