"""Small helpers every screen shares: locale formatting, error dialogs, sample files, roles.

Nothing here imports pandas or the analysis code, so the first window opens fast.
"""

from __future__ import annotations

import math
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

import desktopseg

PACKAGE_DIR = Path(desktopseg.__file__).resolve().parent
REPO_DIR = PACKAGE_DIR.parent

#: File types the importer reads, for the Open dialog and drag and drop.
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".tsv", ".txt")
PROJECT_SUFFIX = ".dseg"


def tr(text: str, context: str = "DesktopSeg") -> str:
    """Translate ``text`` in ``context`` (for module-level helpers without ``self.tr``)."""
    return QCoreApplication.translate(context, text)


# ---- numbers -----------------------------------------------------------------------------------
def _is_missing(value) -> bool:
    if value is None:
        return True
    try:
        return math.isnan(float(value))
    except (TypeError, ValueError):
        return False


def fmt_money(value, decimals: int = 0) -> str:
    """Format an amount of money for the user's locale (no currency: files rarely say which)."""
    if _is_missing(value):
        return "–"
    return QLocale().toString(float(value), "f", decimals)


def fmt_number(value, decimals: int = 0) -> str:
    """Format a plain number for the user's locale."""
    if _is_missing(value):
        return "–"
    if decimals == 0:
        return QLocale().toString(int(round(float(value))))
    return QLocale().toString(float(value), "f", decimals)


def fmt_percent(fraction, decimals: int = 1) -> str:
    """Format a 0..1 share as a percentage for the user's locale."""
    if _is_missing(fraction):
        return "–"
    loc = QLocale()
    return loc.toString(float(fraction) * 100, "f", decimals) + loc.percent()


# ---- files -------------------------------------------------------------------------------------
def sample_workbooks() -> list[Path]:
    """Return the bundled sample workbooks (packaged copy first, then the source checkout)."""
    for folder in (PACKAGE_DIR / "resources" / "sample_workbooks", REPO_DIR / "sample_workbooks"):
        if folder.is_dir():
            files = sorted(
                p for p in folder.iterdir()
                if p.suffix.lower() in SPREADSHEET_SUFFIXES and not p.name.startswith((".", "~"))
            )
            if files:
                return files
    return []


def is_openable(path: str | Path) -> bool:
    """Return True if ``path`` has a suffix DesktopSeg opens."""
    suffix = Path(path).suffix.lower()
    return suffix in SPREADSHEET_SUFFIXES or suffix == PROJECT_SUFFIX


# ---- errors ------------------------------------------------------------------------------------
def log_exception(exc: BaseException) -> Path:
    """Append ``exc``'s traceback to the log file and return the log's path."""
    from desktopseg.core.appdirs import log_path

    path = log_path()
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    try:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(text + "\n")
    except OSError:
        pass  # a full disk must not turn an apology into a second crash
    return path


def user_error_text(exc) -> tuple[str, str]:
    """Split a UserError into (what is wrong and where, what to do)."""
    where = exc.where() if hasattr(exc, "where") else ""
    message = getattr(exc, "message", str(exc))
    text = tr("{where}: {message}").format(where=where, message=message) if where else message
    return text, getattr(exc, "hint", "") or ""


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Tell the user about ``exc``: their problem in plain words, or an apology for a bug."""
    from desktopseg.core.errors import UserError

    if isinstance(exc, UserError):
        text, hint = user_error_text(exc)
        body = text + ("\n\n" + hint if hint else "")
        QMessageBox.warning(parent, tr("This file needs a look"), body)
        return
    show_bug(parent, exc)


def show_bug(parent: QWidget | None, exc: BaseException) -> None:
    """Log ``exc`` and show a short apology with the log's path."""
    path = log_exception(exc)
    QMessageBox.critical(
        parent,
        tr("Sorry, something went wrong"),
        tr(
            "Sorry, something went wrong inside DesktopSeg. Your file was not changed.\n\n"
            "The details are in this log file; please send it to us:\n{path}"
        ).format(path=path),
    )


# ---- column roles ------------------------------------------------------------------------------
def role_labels() -> dict[str, str]:
    """Friendly, translated names of the column roles of DESIGN.md §3."""
    t = lambda s: QCoreApplication.translate("roles", s)  # noqa: E731 - local shorthand
    return {
        "customer_id": t("Customer ID"),
        "customer_name": t("Customer name"),
        "first_name": t("First name"),
        "last_name": t("Last name"),
        "email": t("E-mail"),
        "phone": t("Phone"),
        "company": t("Company"),
        "date": t("Date of sale"),
        "time": t("Time of sale"),
        "order_id": t("Order / invoice number"),
        "amount": t("Amount (line total)"),
        "quantity": t("Quantity"),
        "unit_price": t("Unit price"),
        "cost": t("Cost"),
        "margin": t("Margin"),
        "discount": t("Discount"),
        "tax": t("Tax"),
        "product": t("Product"),
        "category": t("Category"),
        "channel": t("Channel (in store, online…)"),
        "event_type": t("Sale or refund"),
        "location": t("Location / store"),
        "city": t("City"),
        "region": t("Region"),
        "country": t("Country"),
        "postcode": t("Postcode"),
        "acquisition_source": t("How they found you"),
        "industry_code": t("Industry code (SIC/NAICS)"),
        "industry": t("Industry"),
        "employees": t("Employees"),
        "annual_revenue": t("Company revenue"),
        "founded": t("Year founded"),
        "effort_score": t("Service effort (1–10)"),
        "service_minutes": t("Service minutes"),
        "tickets": t("Support tickets"),
        "age": t("Age"),
        "gender": t("Gender"),
        "segment_hint": t("Customer type"),
        "first_purchase": t("First purchase"),
        "last_purchase": t("Last purchase"),
        "order_count": t("Number of orders"),
        "lifetime_spend": t("Total spend"),
        "category_spend": t("Spend on a category"),
    }


def scheme_labels() -> dict[str, str]:
    """Friendly, translated names of the segmentation schemes."""
    t = lambda s: QCoreApplication.translate("schemes", s)  # noqa: E731
    return {
        "behavioral": t("Buying behaviour"),
        "value": t("Customer value"),
        "firmographic": t("Company type"),
        "clusters": t("Automatic groups"),
    }


def mute(widget: QWidget, amount: float = 0.65) -> QWidget:
    """Give ``widget`` a secondary text colour that still reads well in light and dark themes.

    The disabled colour Qt offers is too faint for captions (it failed a contrast check in our
    screenshots); this mixes the text colour with the background instead.
    """
    from PySide6.QtGui import QColor, QPalette

    pal = widget.palette()
    fg = pal.color(QPalette.ColorRole.WindowText)
    bg = pal.color(QPalette.ColorRole.Window)
    mixed = QColor(
        round(fg.red() * amount + bg.red() * (1 - amount)),
        round(fg.green() * amount + bg.green() * (1 - amount)),
        round(fg.blue() * amount + bg.blue() * (1 - amount)),
    )
    pal.setColor(QPalette.ColorRole.WindowText, mixed)
    pal.setColor(QPalette.ColorRole.Text, mixed)
    widget.setPalette(pal)
    return widget
