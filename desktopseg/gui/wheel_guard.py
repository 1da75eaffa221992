"""Drop-downs and number boxes ignore the mouse wheel unless the user has focused them.

Scrolling a table or panel with the pointer over a "Used as" drop-down must scroll, never change
the choice (the usual Qt pitfall). One event filter, installed on the application, passes such
wheel events on to the scroll area around the widget instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget


def _guarded(obj: QObject) -> QWidget | None:
    """Return the combo or spin box ``obj`` belongs to (its line edit counts), if any."""
    w = obj
    for _ in range(2):
        if isinstance(w, (QComboBox, QAbstractSpinBox)):
            return w
        w = w.parent() if isinstance(w, QObject) else None
        if w is None:
            return None
    return None


class WheelGuard(QObject):
    """Event filter: an unfocused combo or spin box passes wheel events to its scroll area."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Pass wheel events over an unfocused box to its scroll area; True = eaten."""
        if event.type() != QEvent.Type.Wheel:
            return False
        box = _guarded(obj)
        if box is None or box.hasFocus():
            return False
        # Scroll whatever scrolls around the box; the box itself stays as it is.
        parent = box.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            QCoreApplication.sendEvent(parent.viewport(), event)
        event.accept()
        return True


_guard: WheelGuard | None = None


def install_wheel_guard(target: QObject | None = None) -> WheelGuard:
    """Install the guard on ``target`` (default: the whole application); return it."""
    global _guard
    target = target or QCoreApplication.instance()
    if _guard is None:
        _guard = WheelGuard(QCoreApplication.instance())
    target.installEventFilter(_guard)
    return _guard


def prefer_click_focus(box: QWidget) -> None:
    """Let a box take focus by click or Tab only, so hovering never focuses it for the wheel."""
    box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
