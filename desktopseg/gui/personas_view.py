"""Persona cards (DESIGN.md §5): one card per segment, in a grid that reflows with the width.

Name and notes are editable; edits go straight into the Persona objects of the result (which the
project file saves) and are announced with ``persona_edited``.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktopseg.gui.common import fmt_number, fmt_percent, mute
from desktopseg.gui.effort_rating import EffortRatingBox

if TYPE_CHECKING:
    from desktopseg.core.model import Persona, Segmentation, SegmentProfile

CARD_WIDTH = 380


def text_colour_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background`` (WCAG relative luminance)."""

    def lin(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    lum = 0.2126 * lin(background.redF()) + 0.7152 * lin(background.greenF()) + \
        0.0722 * lin(background.blueF())
    return QColor("#000000") if lum > 0.36 else QColor("#ffffff")


class InitialsBadge(QWidget):
    """A filled circle in the segment colour with the persona's initials."""

    def __init__(self, initials: str, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.initials = initials[:3]
        self.colour = QColor(colour) if QColor.isValidColorName(colour) else QColor("#4C72B0")
        self.setFixedSize(56, 56)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Return the badge size."""
        return QSize(56, 56)

    def paintEvent(self, event) -> None:  # noqa: N802
        """Paint the circle and initials."""
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self.colour)
        rect = QRectF(1, 1, self.width() - 2, self.height() - 2)
        p.drawEllipse(rect)
        f = QFont(self.font())
        f.setPixelSize(20)
        f.setWeight(QFont.Weight.Bold)
        p.setFont(f)
        p.setPen(text_colour_on(self.colour))
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.initials)
        p.end()


class PersonaCard(QFrame):
    """One persona as a card."""

    edited = Signal(str)  # segment name
    effort_rated = Signal(str, float)  # segment name, the owner's rating (0 clears it)

    def __init__(self, profile: SegmentProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        persona: Persona = profile.persona
        self.setObjectName("personaCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setStyleSheet(
            "#personaCard { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 10px;"
            f" border-top: 5px solid {QColor(persona.color).name()}; }}"
        )
        self.setFixedWidth(CARD_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Maximum)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 12, 14, 12)
        lay.setSpacing(6)

        head = QHBoxLayout()
        self.badge = InitialsBadge(persona.initials, persona.color)
        head.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        names = QVBoxLayout()
        names.setSpacing(0)
        self.name_edit = QLineEdit(persona.name)
        self.name_edit.setObjectName("personaName")
        self.name_edit.setFrame(False)
        self.name_edit.setToolTip(self.tr("Click to rename this persona"))
        f = self.name_edit.font()
        f.setPointSizeF(f.pointSizeF() * 1.35)
        f.setWeight(QFont.Weight.DemiBold)
        self.name_edit.setFont(f)
        self.name_edit.editingFinished.connect(self._on_name_edited)
        names.addWidget(self.name_edit)
        template = (self.tr("{segment} · 1 customer ({share})") if profile.customers == 1
                    else self.tr("{segment} · {n} customers ({share})"))
        seg_line = QLabel(template.format(segment=profile.name,
                                          n=fmt_number(profile.customers),
                                          share=fmt_percent(profile.share, 0)))
        seg_line.setObjectName("segmentLine")
        seg_line.setWordWrap(True)
        names.addWidget(seg_line)
        head.addLayout(names, 1)
        lay.addLayout(head)

        self.tagline_label = self.story_label = None
        if persona.tagline:
            tagline = self.tagline_label = QLabel(persona.tagline)
            tagline.setWordWrap(True)
            ft = tagline.font()
            ft.setItalic(True)
            tagline.setFont(ft)
            lay.addWidget(tagline)
        if getattr(persona, "rule", ""):
            rule = QLabel(self.tr("<b>Why this group:</b> {rule}").format(
                rule=html.escape(persona.rule)))
            rule.setObjectName("personaRule")
            rule.setWordWrap(True)
            lay.addWidget(rule)
        if persona.story:
            story = self.story_label = QLabel(persona.story)
            story.setWordWrap(True)
            lay.addWidget(story)

        if persona.key_figures:
            grid = QGridLayout()
            grid.setHorizontalSpacing(12)
            grid.setVerticalSpacing(2)
            for i, (label, value) in enumerate(persona.key_figures):
                r, c = divmod(i, 2)
                name = QLabel(label)
                mute(name)
                name.setWordWrap(True)
                val = QLabel(f"<b>{html.escape(str(value))}</b>")
                box = QVBoxLayout()
                box.setSpacing(0)
                box.addWidget(name)
                box.addWidget(val)
                grid.addLayout(box, r, c)
            lay.addLayout(grid)

        extras = []
        if persona.favourites:
            extras.append(self.tr("<b>Favourites:</b> {items}").format(
                items=html.escape(", ".join(map(str, persona.favourites[:5])))))
        if persona.typical:
            extras.append(self.tr("<b>Typically:</b> {text}").format(
                text=html.escape(persona.typical)))
        for text in extras:
            label = QLabel(text)
            label.setWordWrap(True)
            lay.addWidget(label)

        if persona.actions:
            items = "".join(f"<li>{html.escape(a)}</li>" for a in persona.actions)
            actions = QLabel(self.tr("<b>What to do</b>") +
                             f"<ul style='margin-left:-20px'>{items}</ul>")
            actions.setObjectName("actions")
            actions.setWordWrap(True)
            lay.addWidget(actions)

        if profile.avg_effort is not None or profile.extra.get("effort_source"):
            self.rating_box = EffortRatingBox(profile)
            self.rating_box.rated.connect(self.effort_rated)
            lay.addWidget(self.rating_box)
        self.notes_edit = QPlainTextEdit(persona.notes)
        self.notes_edit.setObjectName("personaNotes")
        self.notes_edit.setPlaceholderText(self.tr("Your notes about these customers…"))
        self.notes_edit.setFixedHeight(64)
        self.notes_edit.textChanged.connect(self._on_notes_edited)
        lay.addWidget(self.notes_edit)
        # Wrapped labels report their height only for a given width, and a grid in a scroll
        # area squeezes them (overlapping lines) unless the card's height is pinned for its
        # fixed width.
        self.setFixedHeight(self.heightForWidth(CARD_WIDTH))

    @Slot()
    def _on_name_edited(self) -> None:
        text = self.name_edit.text().strip()
        persona = self.profile.persona
        if text and text != persona.name:
            from desktopseg.core.names import rename_persona

            rename_persona(persona, text)  # the story says the new name too
            self._show_story()
            self.edited.emit(self.profile.name)
        elif not text:
            self.name_edit.setText(persona.name)

    def _show_story(self) -> None:
        """Show the persona's (renamed) story, tagline and initials."""
        persona = self.profile.persona
        if self.story_label is not None:
            self.story_label.setText(persona.story)
        if self.tagline_label is not None:
            self.tagline_label.setText(persona.tagline)
        self.badge.initials = persona.initials[:3]
        self.badge.update()

    @Slot()
    def _on_notes_edited(self) -> None:
        self.profile.persona.notes = self.notes_edit.toPlainText()
        self.edited.emit(self.profile.name)


class PersonaCardsView(QScrollArea):
    """A scrollable grid of persona cards for one segmentation.

    The first cards are built at once and the rest a few at a time between events: a card
    takes ~6 ms to lay out, and twenty built in one go held the window for over 100 ms. Reading
    ``cards`` builds any still waiting, so callers always see every card.
    """

    persona_edited = Signal(str)
    effort_rated = Signal(str, float)

    #: Cards built before set_segmentation returns (the first screenful), then per event turn.
    FIRST_CARDS = 3
    CARDS_PER_TURN = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._inner = QWidget()
        self._grid = QGridLayout(self._inner)
        self._grid.setContentsMargins(16, 16, 16, 16)
        self._grid.setSpacing(16)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.setWidget(self._inner)
        self._cards: list[PersonaCard] = []
        self._pending: list[SegmentProfile] = []
        self._columns = 0
        self._empty = QLabel()
        self._empty.setWordWrap(True)
        self._more = QTimer(self)
        self._more.setSingleShot(True)
        self._more.setInterval(0)
        self._more.timeout.connect(self._build_more)

    @property
    def cards(self) -> list[PersonaCard]:
        """Return every card of the segmentation shown (building any still waiting)."""
        self._build(len(self._pending))
        return self._cards

    def pending(self) -> int:
        """Return how many cards are still to be built."""
        return len(self._pending)

    def set_segmentation(self, seg: Segmentation | None) -> None:
        """Show one card per segment of ``seg`` that has a persona."""
        self._more.stop()
        for card in self._cards:
            card.setParent(None)
            card.deleteLater()
        self._cards = []
        self._empty.setParent(None)
        self._pending = [p for p in (seg.segments if seg is not None else [])
                         if p.persona is not None]
        if not self._pending:
            self._empty.setText(self.tr("No persona cards for this grouping."))
            self._grid.addWidget(self._empty, 0, 0)
        self._columns = 0
        self._reflow()
        self._build(self.FIRST_CARDS)

    @Slot()
    def _build_more(self) -> None:
        self._build(self.CARDS_PER_TURN)

    def _build(self, count: int) -> None:
        """Build the next ``count`` waiting cards and place them; schedule the rest."""
        for profile in self._pending[:count]:
            card = PersonaCard(profile)
            card.edited.connect(self.persona_edited)
            card.effort_rated.connect(self.effort_rated)
            self._place(card, len(self._cards))
            self._cards.append(card)
        del self._pending[:count]
        if self._pending:
            self._more.start()
        else:
            self._more.stop()

    def _place(self, card: PersonaCard, i: int) -> None:
        r, c = divmod(i, max(self._columns, 1))
        self._grid.addWidget(card, r, c, Qt.AlignmentFlag.AlignTop)

    def _reflow(self) -> None:
        width = self.viewport().width() - 32
        columns = max(1, (width + 16) // (CARD_WIDTH + 16))
        if columns == self._columns:
            return
        self._columns = columns
        for card in self._cards:
            self._grid.removeWidget(card)
        for i, card in enumerate(self._cards):
            self._place(card, i)

    def resizeEvent(self, event) -> None:  # noqa: N802
        """Reflow the cards for the new width."""
        super().resizeEvent(event)
        self._reflow()


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    from desktopseg.gui.preview_data import sample_result

    app = QApplication(sys.argv)
    result = sample_result()
    view = PersonaCardsView()
    view.set_segmentation(next(iter(result.segmentations.values())))
    view.resize(1200, 800)
    view.show()
    app.exec()
