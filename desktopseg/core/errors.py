"""The two kinds of failure the user can meet: ones they can fix, and cancellation."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class Cancelled(Exception):
    """The user asked a long task to stop; not an error."""


@dataclass
class UserError(Exception):
    """A problem with the input that the user can fix.

    ``message`` says what is wrong in plain words; ``hint`` says what to do. The location fields
    say where, using the numbers the user sees in their spreadsheet program (1-based rows).
    The CLI prints ``str(error)`` and exits 2; the GUI shows it in a dialog.
    """

    message: str
    hint: str = ""
    file: str | Path | None = None
    sheet: str | None = None
    row: int | None = None
    column: str | None = None

    def __post_init__(self) -> None:
        super().__init__(self.message)

    def where(self) -> str:
        """Return 'file, sheet, row, column' for the parts that are known."""
        parts = []
        if self.file is not None:
            parts.append(Path(self.file).name)
        if self.sheet:
            parts.append(f"sheet '{self.sheet}'")
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column '{self.column}'")
        return ", ".join(parts)

    def __str__(self) -> str:
        where = self.where()
        text = f"{where}: {self.message}" if where else self.message
        if self.hint:
            text += f"\n{self.hint}"
        return text
