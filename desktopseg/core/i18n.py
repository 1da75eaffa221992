"""Translation hook for text built in the core (persona stories, reasons, export headers).

Core code marks user-visible text with ``_("...")`` and formats it afterwards with
``.format(...)``, never f-strings, so the template is what a translator sees. The GUI installs a
translator (Qt's ``QCoreApplication.translate`` with the context ``"core"``) via
:func:`set_translator`; without one the English source text is used.
"""

from __future__ import annotations

from collections.abc import Callable

_translate: Callable[[str], str] | None = None
#: (thousands separator, decimal mark) of the user's locale; None keeps Python's "," and ".".
_number_marks: tuple[str, str] | None = None


def set_translator(fn: Callable[[str], str] | None) -> None:
    """Install (or remove, with None) the function that translates core text."""
    global _translate
    _translate = fn


def _(text: str) -> str:
    """Translate ``text`` with the installed translator, or return it unchanged."""
    if _translate is None:
        return text
    return _translate(text) or text


def N_(text: str) -> str:
    """Mark ``text`` for translation without translating it now (for constants)."""
    return text


def set_number_marks(group: str | None, decimal: str | None = None) -> None:
    """Use ``group`` and ``decimal`` in numbers the core writes (None: back to "," and ".")."""
    global _number_marks
    _number_marks = None if group is None or decimal is None else (group, decimal)


def localize_number(text: str) -> str:
    """Swap Python's "," and "." in a formatted number for the user's locale's marks."""
    if _number_marks is None:
        return text
    group, decimal = _number_marks
    return text.translate({ord(","): group, ord("."): decimal})
