"""Who prepared a report and for whom: the practice's name and logo, and the client's name.

A bookkeeper hands each client a printed pack; every page of the PDF and every printed sheet of
the workbook says whose figures they are and who prepared them. Plain values: the report
renderer and :mod:`desktopseg.core.print_setup` read them, nothing here draws.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktopseg.core.errors import UserError
from desktopseg.core.i18n import _


@dataclass(frozen=True)
class Letterhead:
    """The practice (may be blank) and the client a report is prepared for."""

    client: str = ""
    practice: str = ""
    logo: Path | None = None

    @classmethod
    def for_file(cls, path: str | Path, practice: str = "", logo: str | Path | None = None,
                 client: str | None = None) -> Letterhead:
        """Return the letterhead of one client's file: the client is named after the file."""
        logo_path = Path(logo) if logo else None
        if logo_path is not None and not logo_path.is_file():
            raise UserError(
                _("The logo '{name}' can't be found.").format(name=logo_path.name),
                hint=_("Pass a PNG file that exists, or leave the logo out."),
                file=str(logo_path),
            )
        return cls(client=client if client is not None else client_name(path),
                   practice=(practice or "").strip(), logo=logo_path)

    def prepared_by(self) -> str:
        """Return the line naming who prepared the report, or '' without a practice."""
        if not self.practice:
            return ""
        return _("Prepared by {practice}").format(practice=self.practice)


def client_name(path: str | Path) -> str:
    """Return a readable client name from an export's file name ("acme_sales-2024" -> ...)."""
    stem = Path(path).stem.replace("_", " ").strip()
    return stem or Path(path).name
