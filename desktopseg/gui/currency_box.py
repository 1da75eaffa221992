"""The currency choice in Settings: as detected in the file, or one the user picks."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from desktopseg.core.currency import CURRENCIES, symbol


class CurrencyBox(QComboBox):
    """First item: "As in the file" (None); then every known currency code with its symbol."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.addItem(self.tr("As in the file"), None)
        for code in sorted(CURRENCIES):
            self.addItem(f"{code} ({symbol(code)})", code)
        self.setToolTip(self.tr("The currency money is shown in: tables, cards, report and "
                                "Excel file. Kept with the column choices of this export."))

    def set_detected(self, code: str | None) -> None:
        """Say in the first item what the file's money was found to be."""
        self.setItemText(0, self.tr("As in the file ({code})").format(code=code) if code
                         else self.tr("As in the file (not stated)"))

    def set_code(self, code: str | None) -> None:
        """Show ``code`` (None: as in the file)."""
        i = self.findData(code) if code else 0
        self.setCurrentIndex(max(i, 0))

    def code(self) -> str | None:
        """Return the chosen code, None for "as in the file"."""
        return self.currentData()
