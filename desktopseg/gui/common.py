"""Small helpers every screen shares: locale formatting, error dialogs, sample files, roles.

Nothing here imports pandas or the analysis code, so the first window opens fast.
"""

from __future__ import annotations

import math
import traceback
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale
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


def ui_language() -> str:
    """Return the shipped language nearest the window's locale: "en", "fi", "ko" or "zh_CN"."""
    return {
        QLocale.Language.Finnish: "fi",
        QLocale.Language.Korean: "ko",
        QLocale.Language.Chinese: "zh_CN",
    }.get(QLocale().language(), "en")


# ---- numbers -----------------------------------------------------------------------------------
def _is_missing(value) -> bool:
    if value is None:
        return True
    try:
        return math.isnan(float(value))
    except (TypeError, ValueError):
        return False


def fmt_money(value, decimals: int = 0) -> str:
    """Format an amount of money for the user's locale, with the analysis's currency."""
    from desktopseg.core.currency import current, format_money

    if _is_missing(value):
        return "–"
    return format_money(QLocale().toString(float(value), "f", decimals), current())


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


def fmt_date(value) -> str:
    """Format a date (date, datetime or pandas Timestamp) the way the user's locale writes it."""
    try:
        day = QDate(int(value.year), int(value.month), int(value.day))
    except (AttributeError, TypeError, ValueError):  # None, NaT
        return ""
    if not day.isValid():
        return ""
    loc = QLocale()
    # Short formats use two-digit years in some locales (en_US "M/d/yy"); sales span decades.
    pattern = loc.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return loc.toString(day, pattern)


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
    template = QCoreApplication.translate("DesktopSeg", "{where}: {message}")
    text = template.format(where=where, message=message) if where else message
    return text, getattr(exc, "hint", "") or ""


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Tell the user about ``exc``: their problem in plain words, or an apology for a bug."""
    from desktopseg.core.errors import UserError

    if isinstance(exc, UserError):
        text, hint = user_error_text(exc)
        body = text + ("\n\n" + hint if hint else "")
        title = QCoreApplication.translate("DesktopSeg", "Please check this")
        QMessageBox.warning(parent, title, body)
        return
    show_bug(parent, exc)


def show_bug(parent: QWidget | None, exc: BaseException) -> None:
    """Log ``exc`` and show a short apology with the log's path."""
    path = log_exception(exc)
    QMessageBox.critical(
        parent,
        QCoreApplication.translate("DesktopSeg", "Sorry, something went wrong"),
        QCoreApplication.translate(
            "DesktopSeg",
            "Sorry, something went wrong inside DesktopSeg. Your file was not changed.\n\n"
            "The details are in this log file; please send it to us:\n{path}",
        ).format(path=path),
    )


# ---- column roles ------------------------------------------------------------------------------
def role_labels() -> dict[str, str]:
    """Friendly, translated names of the column roles of DESIGN.md §3."""
    return {role: QCoreApplication.translate("roles", text) for role, text in _ROLE_TEXT.items()}


_ROLE_TEXT = {
    "customer_id": QT_TRANSLATE_NOOP("roles", "Customer ID"),
    "customer_name": QT_TRANSLATE_NOOP("roles", "Customer name"),
    "first_name": QT_TRANSLATE_NOOP("roles", "First name"),
    "last_name": QT_TRANSLATE_NOOP("roles", "Last name"),
    "email": QT_TRANSLATE_NOOP("roles", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("roles", "Phone"),
    "company": QT_TRANSLATE_NOOP("roles", "Company"),
    "date": QT_TRANSLATE_NOOP("roles", "Date of sale"),
    "time": QT_TRANSLATE_NOOP("roles", "Time of sale"),
    "order_id": QT_TRANSLATE_NOOP("roles", "Order / invoice number"),
    "amount": QT_TRANSLATE_NOOP("roles", "Amount (line total)"),
    "quantity": QT_TRANSLATE_NOOP("roles", "Quantity"),
    "unit_price": QT_TRANSLATE_NOOP("roles", "Unit price"),
    "cost": QT_TRANSLATE_NOOP("roles", "Cost"),
    "margin": QT_TRANSLATE_NOOP("roles", "Margin"),
    "discount": QT_TRANSLATE_NOOP("roles", "Discount"),
    "tax": QT_TRANSLATE_NOOP("roles", "Tax"),
    "product": QT_TRANSLATE_NOOP("roles", "Product"),
    "category": QT_TRANSLATE_NOOP("roles", "Category"),
    "channel": QT_TRANSLATE_NOOP("roles", "Channel (in store, online…)"),
    "event_type": QT_TRANSLATE_NOOP("roles", "Sale or refund"),
    "location": QT_TRANSLATE_NOOP("roles", "Location / store"),
    "city": QT_TRANSLATE_NOOP("roles", "City"),
    "region": QT_TRANSLATE_NOOP("roles", "Region"),
    "country": QT_TRANSLATE_NOOP("roles", "Country"),
    "postcode": QT_TRANSLATE_NOOP("roles", "Postcode"),
    "acquisition_source": QT_TRANSLATE_NOOP("roles", "How they found you"),
    "industry_code": QT_TRANSLATE_NOOP("roles", "Industry code (SIC/NAICS)"),
    "industry": QT_TRANSLATE_NOOP("roles", "Industry"),
    "employees": QT_TRANSLATE_NOOP("roles", "Employees"),
    "annual_revenue": QT_TRANSLATE_NOOP("roles", "Company revenue"),
    "founded": QT_TRANSLATE_NOOP("roles", "Year founded"),
    "effort_score": QT_TRANSLATE_NOOP("roles", "Service effort (1–10)"),
    "service_minutes": QT_TRANSLATE_NOOP("roles", "Service minutes"),
    "tickets": QT_TRANSLATE_NOOP("roles", "Support tickets"),
    "age": QT_TRANSLATE_NOOP("roles", "Age"),
    "gender": QT_TRANSLATE_NOOP("roles", "Gender"),
    "segment_hint": QT_TRANSLATE_NOOP("roles", "Customer type"),
    "first_purchase": QT_TRANSLATE_NOOP("roles", "First purchase"),
    "last_purchase": QT_TRANSLATE_NOOP("roles", "Last purchase"),
    "order_count": QT_TRANSLATE_NOOP("roles", "Number of orders"),
    "lifetime_spend": QT_TRANSLATE_NOOP("roles", "Total spend"),
    "category_spend": QT_TRANSLATE_NOOP("roles", "Spend on a category"),
    "channel_orders": QT_TRANSLATE_NOOP("roles", "Purchases through a channel"),
    "recency_days": QT_TRANSLATE_NOOP("roles", "Days since last purchase"),
    "date_joined": QT_TRANSLATE_NOOP("roles", "Date joined"),
}


def scheme_labels() -> dict[str, str]:
    """Friendly, translated names of the segmentation schemes."""
    return {k: QCoreApplication.translate("schemes", text) for k, text in _SCHEME_TEXT.items()}


_SCHEME_TEXT = {
    "behavioral": QT_TRANSLATE_NOOP("schemes", "Buying behaviour"),
    "value": QT_TRANSLATE_NOOP("schemes", "Customer value"),
    "firmographic": QT_TRANSLATE_NOOP("schemes", "Company type"),
    "clusters": QT_TRANSLATE_NOOP("schemes", "Automatic groups"),
    "demographic": QT_TRANSLATE_NOOP("schemes", "Who they are"),
    "needs": QT_TRANSLATE_NOOP("schemes", "What they want"),
    "custom": QT_TRANSLATE_NOOP("schemes", "Your own groups"),
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


_CHART_FONTS_SET = False


def use_cjk_chart_fonts() -> None:
    """Let the window's charts draw Korean, Chinese and Japanese text (names, translations).

    matplotlib sets text in one font and falls back glyph by glyph only along ``font.family``,
    so the installed CJK faces (the report finds them the same way) follow the usual Latin one.
    Done once, when the first chart is made; without a CJK font nothing changes.
    """
    global _CHART_FONTS_SET
    if _CHART_FONTS_SET:
        return
    _CHART_FONTS_SET = True
    import matplotlib

    from desktopseg.report.render import _cjk_families, _mpl_installed

    cjk = _mpl_installed(_cjk_families("한漢かな"))
    if not cjk:
        return
    family = list(matplotlib.rcParams["font.family"])
    if family == ["sans-serif"]:
        family = list(matplotlib.rcParams["font.sans-serif"][:1])
    matplotlib.rcParams["font.family"] = list(dict.fromkeys([*family, *cjk]))
