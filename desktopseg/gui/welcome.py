"""The first screen: drop a file, open one, try a sample, or pick a recent file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktopseg.gui.common import mute, sample_workbooks

_SAMPLE_TITLES = {
    # Friendly titles for the bundled samples; unknown files show their file name.
    "florist": QT_TRANSLATE_NOOP("WelcomePage", "A florist (Square export)"),
    "hardware": QT_TRANSLATE_NOOP("WelcomePage", "A hardware store"),
    "b2b": QT_TRANSLATE_NOOP("WelcomePage", "An office-supply wholesaler (two sheets)"),
    "supplier": QT_TRANSLATE_NOOP("WelcomePage", "An office-supply wholesaler (two sheets)"),
    "quickbooks": QT_TRANSLATE_NOOP("WelcomePage", "A bookkeeper's QuickBooks report"),
    "bookkeeper": QT_TRANSLATE_NOOP("WelcomePage", "A bookkeeper's QuickBooks report"),
    "european": QT_TRANSLATE_NOOP("WelcomePage", "A European shop (CSV)"),
}


class WelcomePage(QWidget):
    """Drop zone, Open…, sample workbooks and recent files; emits the path to open."""

    open_requested = Signal(str)
    browse_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 32, 48, 32)
        outer.setSpacing(18)

        title = QLabel(self.tr("Who are your customers?"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        outer.addWidget(title)
        intro = QLabel(self.tr(
            "DesktopSeg reads the sales or customer export from your till, web shop or "
            "accounting program and sorts your customers into groups you can act on. "
            "Your file stays on this computer and is never changed."
        ))
        intro.setWordWrap(True)
        outer.addWidget(intro)

        self.drop_zone = QFrame()
        self.drop_zone.setObjectName("dropZone")
        self.drop_zone.setFrameShape(QFrame.Shape.StyledPanel)
        # Dashed outline in the palette's mid colour so it reads in light and dark themes.
        self.drop_zone.setStyleSheet(
            "#dropZone { border: 2px dashed palette(mid); border-radius: 12px; }"
        )
        self.drop_zone.setMinimumHeight(150)
        dz = QVBoxLayout(self.drop_zone)
        dz.setAlignment(Qt.AlignmentFlag.AlignCenter)
        drop_label = QLabel(self.tr("Drop a spreadsheet or a DesktopSeg project here"))
        f2 = drop_label.font()
        f2.setPointSizeF(f2.pointSizeF() * 1.3)
        drop_label.setFont(f2)
        drop_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        dz.addWidget(drop_label)
        formats = QLabel(self.tr("Excel (.xlsx, .xls), OpenDocument (.ods), CSV or text exports"))
        formats.setAlignment(Qt.AlignmentFlag.AlignCenter)
        mute(formats)
        dz.addWidget(formats)
        row = QHBoxLayout()
        row.addStretch()
        self.open_button = QPushButton(self.tr("Open a file…"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.browse_requested)
        row.addWidget(self.open_button)
        row.addStretch()
        dz.addLayout(row)
        outer.addWidget(self.drop_zone)

        lists = QGridLayout()
        lists.setHorizontalSpacing(24)
        lists.addWidget(self._heading(self.tr("Try a sample")), 0, 0)
        lists.addWidget(self._heading(self.tr("Recent files and projects")), 0, 1)
        self.samples = QListWidget()
        self.samples.setObjectName("samples")
        self.recent = QListWidget()
        self.recent.setObjectName("recent")
        for w in (self.samples, self.recent):
            w.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            w.itemActivated.connect(self._on_item_activated)
            w.itemClicked.connect(self._on_item_clicked)
        lists.addWidget(self.samples, 1, 0)
        lists.addWidget(self.recent, 1, 1)
        # A single click selects; this line says how to open (double-click or Enter).
        self.hint = QLabel(self.tr("Double-click a sample or a recent file to open it."))
        self.hint.setObjectName("openHint")
        self.hint.setWordWrap(True)
        mute(self.hint)
        lists.addWidget(self.hint, 2, 0, 1, 2)
        outer.addLayout(lists, 1)
        self.set_samples(sample_workbooks())

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        f = label.font()
        f.setWeight(QFont.Weight.DemiBold)
        label.setFont(f)
        return label

    def set_samples(self, paths: list[Path]) -> None:
        """List the sample workbooks."""
        self.samples.clear()
        for p in paths:
            key = next((k for k in _SAMPLE_TITLES if k in p.stem.lower()), None)
            text = QCoreApplication.translate("WelcomePage", _SAMPLE_TITLES[key]) if key else p.name
            item = QListWidgetItem(f"{text}  —  {p.name}" if key else text)
            item.setData(Qt.ItemDataRole.UserRole, str(p))
            item.setToolTip(str(p))
            self.samples.addItem(item)
        if not paths:
            item = QListWidgetItem(self.tr("No sample workbooks were found."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.samples.addItem(item)

    def set_recent(self, paths: list[str]) -> None:
        """List recently opened files, newest first; missing ones are left out."""
        self.recent.clear()
        for p in paths:
            if not Path(p).exists():
                continue
            item = QListWidgetItem(f"{Path(p).name}  —  {Path(p).parent}")
            item.setData(Qt.ItemDataRole.UserRole, p)
            item.setToolTip(p)
            self.recent.addItem(item)
        if self.recent.count() == 0:
            item = QListWidgetItem(self.tr("Files you open will be listed here."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(item)

    @Slot(QListWidgetItem)
    def _on_item_clicked(self, item: QListWidgetItem) -> None:
        if item.data(Qt.ItemDataRole.UserRole):
            self.hint.setText(self.tr("“{name}” is selected: double-click it or press Enter to "
                                      "open it.").format(name=item.text().split("  —  ")[0]))
            f = self.hint.font()
            f.setWeight(QFont.Weight.DemiBold)
            self.hint.setFont(f)

    @Slot(QListWidgetItem)
    def _on_item_activated(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:
            self.open_requested.emit(path)


if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    page = WelcomePage()
    page.set_recent([])
    page.resize(1000, 700)
    page.show()
    app.exec()
