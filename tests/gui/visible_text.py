"""Collect every string a person can read on a screen, and find internal words among them.

``visible_strings(widget)`` walks the visible widgets under ``widget``: labels, buttons, line
edits, combo box items, tab titles, list and table cells and headers (item views through their
models), tooltips of elided cells, and the texts drawn on matplotlib canvases.
``internal_words(text)`` names what a shop owner should never read: role keys (order_id), scheme
keys (firmographic), R/F/M codes with arrows, unpluralised counts ("1 customers") and the like.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

MAX_ROWS = 150  # rows read from each table or list (enough to meet every kind of text)


def _plain(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", text or "")).strip()


def _columns(model, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # list models keep columnCount private: one column
        return 1


def _model_strings(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    out = []
    for i in range(_columns(model, QModelIndex())):
        out.append(str(model.headerData(i, Qt.Orientation.Horizontal,
                                        Qt.ItemDataRole.DisplayRole) or ""))

    def walk(parent: QModelIndex, depth: int) -> None:
        for r in range(min(model.rowCount(parent), MAX_ROWS)):
            for c in range(_columns(model, parent)):
                idx = model.index(r, c, parent)
                out.append(str(model.data(idx, Qt.ItemDataRole.DisplayRole) or ""))
                tip = model.data(idx, Qt.ItemDataRole.ToolTipRole)
                if tip:
                    out.append(str(tip))
            child = model.index(r, 0, parent)
            if depth < 2 and model.rowCount(child) > 0:
                walk(child, depth + 1)

    walk(QModelIndex(), 0)
    return out


def visible_strings(root: QWidget) -> list[str]:
    """Return every readable string of the visible widgets under (and including) ``root``."""
    out: list[str] = [root.windowTitle()]
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) and w is not root:
            continue
        if isinstance(w, QLabel):
            out.append(_plain(w.text()))
        elif isinstance(w, QAbstractButton):
            out.append(w.text().replace("&", ""))
        elif isinstance(w, QLineEdit):
            out += [w.text(), w.placeholderText()]
        elif isinstance(w, (QTextEdit, QPlainTextEdit)):
            out.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QTabWidget):
            out += [w.tabText(i).replace("&", "") for i in range(w.count())]
        elif isinstance(w, QAbstractItemView):
            out += _model_strings(w)
        if w.toolTip():
            out.append(_plain(w.toolTip()))
        figure = getattr(w, "figure", None)
        if figure is not None and hasattr(figure, "findobj"):
            from matplotlib.text import Text

            out += [t.get_text() for t in figure.findobj(Text) if t.get_visible()]
    return [s.strip() for s in out if s and s.strip()]


#: Keys of the code that a person must never read (roles with underscores, scheme keys...).
def _internal_keys() -> set[str]:
    from desktopseg.core.model import ALL_ROLES

    keys = {r for r in ALL_ROLES if "_" in r}
    keys |= {"customer_key", "is_refund", "source_row", "behavioral", "firmographic",
             "segment_hint", "recency_days", "avg_order", "buyer_type", "churn_risk"}
    return keys


_CHECKS: list[tuple[str, re.Pattern]] = [
    ("R/F/M code", re.compile(r"\bR\s?\d\s?F\s?\d\s?M\s?\d\b")),
    ("arrow", re.compile(r"\s->\s")),
    ("count not made plural/singular",
     re.compile(r"(?<![\d.,])\b1\s+(customers|orders|days|times|lists|visits|months|weeks|years|"
                r"purchases|employees|segments|groups|rows|columns|sheets)\b", re.IGNORECASE)),
    ("doubled word", re.compile(r"\b(employees staff|staff employees)\b", re.IGNORECASE)),
    ("raw code as a place", re.compile(r"\b(?:Usually from|Typically:?)\s+\d+\b(?!\s*%|[.,]\d)")),
    ("Python value", re.compile(r"\b(?:None|NaN|nan|<NA>|NaT)\b")),
]


def internal_words(text: str) -> list[str]:
    """Return what in ``text`` is an internal word, each as 'kind: match'."""
    found = []
    for key in _internal_keys():
        if re.search(rf"(?<![\w/.@]){re.escape(key)}(?![\w/.@])", text):
            found.append(f"internal key: {key}")
    for kind, pattern in _CHECKS:
        m = pattern.search(text)
        if m:
            found.append(f"{kind}: {m.group(0)}")
    return found


def scan(strings: list[str]) -> dict[str, list[str]]:
    """Return {text: [what is wrong]} for the strings with internal words."""
    out: dict[str, list[str]] = {}
    for s in strings:
        bad = internal_words(s)
        if bad:
            out[s] = bad
    return out
