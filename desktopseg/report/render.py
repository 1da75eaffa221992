"""Paint the segment report page by page with QPainter, on a printer or a PDF writer.

Layout works in device pixels: text is laid out by QTextDocument on the target device (so it
wraps and measures at print resolution), charts come from the same ``core.charts`` functions the
window shows, rendered to an image at print resolution.
"""

from __future__ import annotations

import html
import io
import os
import re
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontInfo,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from desktopseg import APP_NAME
from desktopseg.core.currency import format_money
from desktopseg.core.currency import of_result as currency_of
from desktopseg.core.currency import use as use_currency
from desktopseg.core.errors import UserError
from desktopseg.core.i18n import _ as core_
from desktopseg.core.letterhead import Letterhead
from desktopseg.core.model import AnalysisResult, Segmentation, SegmentProfile
from desktopseg.core.progress import Task
from desktopseg.report.cjk_fonts import needs_cjk, no_font_error

#: Which scheme the report shows when none is asked for: the first the data supports.
SCHEME_ORDER = ("behavioral", "value", "firmographic", "clusters")
#: Names of the schemes as the report mentions them (translated in the "report" context).
_SCHEME_NAMES = {
    "behavioral": QT_TRANSLATE_NOOP("report", "Buying behaviour"),
    "value": QT_TRANSLATE_NOOP("report", "Customer value"),
    "firmographic": QT_TRANSLATE_NOOP("report", "Company type"),
    "clusters": QT_TRANSLATE_NOOP("report", "Automatic groups"),
}
#: Territories whose paper is US Letter; everyone else gets A4.
_LETTER_TERRITORIES = {
    "UnitedStates",
    "Canada",
    "Mexico",
    "Philippines",
    "Chile",
    "Colombia",
    "Venezuela",
    "CostaRica",
    "Guatemala",
    "ElSalvador",
    "Nicaragua",
    "Panama",
    "PuertoRico",
    "DominicanRepublic",
}
_PDF_DPI = 300  # text and vectors are resolution-free; this sets the chart images' sharpness
_CHART_DPI_MAX = 200  # enough for print, keeps a 20-page PDF small
_MIN_SCALE = 0.72  # text shrinks down to 72% of its size before a page spills over

# Scripts that the usual Latin UI fonts lack, and the Noto CJK face for each (fonts-noto-cjk on
# Linux); other platforms' own CJK fonts follow as fallbacks.
_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
_KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CJK_FACES = {
    "ko": ["Noto Sans CJK KR", "Source Han Sans KR", "Malgun Gothic", "Apple SD Gothic Neo"],
    "ja": ["Noto Sans CJK JP", "Source Han Sans JP", "Yu Gothic", "Hiragino Sans", "MS Gothic"],
    "zh": ["Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "SimHei"],
}
_CJK_ANY = ["Noto Sans CJK SC", "Noto Sans CJK KR", "Noto Sans CJK JP", "Noto Sans CJK TC"]


def default_scheme(result: AnalysisResult) -> str | None:
    """Return the scheme a report shows when none is chosen: behavioral, else value, etc."""
    for name in SCHEME_ORDER:
        if name in result.segmentations:
            return name
    return next(iter(result.segmentations), None)


# ---------------------------------------------------------------------------------------------
# Fonts and formatting
# ---------------------------------------------------------------------------------------------


def _cjk_families(text: str) -> list[str]:
    """Installed CJK font families the text needs, the best match for its script first."""
    wanted: list[str] = []
    if _HANGUL.search(text):
        wanted += _CJK_FACES["ko"]
    if _KANA.search(text):
        wanted += _CJK_FACES["ja"]
    if _HAN.search(text):
        wanted += _CJK_FACES["zh"]
    if not wanted:
        return []
    installed = _installed_families()
    found = [f for f in wanted + _CJK_ANY if f in installed]
    return list(dict.fromkeys(found))


def _installed_families() -> set[str]:
    """Font families Qt knows on this computer (tests replace this to play a machine without)."""
    return set(QFontDatabase.families())


#: A word every chart prints, to learn whether the core's translation is in a CJK language.
_CORE_SAMPLE = "Customers"


def _mpl_installed(families: list[str]) -> list[str]:
    """Keep the families matplotlib can find (it reads font files, not fontconfig).

    matplotlib keeps its own list of fonts in a cache; a CJK font installed after that cache was
    written is known to Qt but not to matplotlib. Such fonts are added from the system's font
    files once, so the charts get the same glyphs as the text.
    """
    from matplotlib import font_manager

    from desktopseg.report.cjk_fonts import matplotlib_families

    known = {f.name for f in font_manager.fontManager.ttflist}
    if any(f not in known for f in families):
        return matplotlib_families(families)  # Qt knows it, matplotlib's cache does not
    return [f for f in families if f in known]


def _result_text(result: AnalysisResult, seg: Segmentation) -> str:
    parts = [result.data.report.file, seg.title]
    for s in seg.segments:
        parts.append(s.name)
        p = s.persona
        if p is not None:
            parts += [
                p.name,
                p.initials,
                p.tagline,
                p.story,
                p.typical,
                p.notes,
                *p.favourites,
                *p.actions,
                *(f"{a} {b}" for a, b in p.key_figures),
            ]
    return " ".join(str(x) for x in parts if x)


def _locale():
    from PySide6.QtCore import QLocale

    loc = QLocale()
    if loc.language() == QLocale.Language.C:
        # The C locale prints 1234567 without separators; plain English reads better on paper.
        loc = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return loc


def default_page_size() -> QPageSize:
    """A4, or US Letter where the user's locale uses it."""
    from PySide6.QtCore import QLocale

    territory = QLocale.system().territory()
    if getattr(territory, "name", str(territory)) in _LETTER_TERRITORIES:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def _esc(text: object) -> str:
    return html.escape(str(text)).replace("\n", "<br>")


class _Numbers:
    def __init__(self) -> None:
        self.loc = _locale()

    code: str | None = None  # currency of the money (core/currency.py)

    def money(self, x: float | None) -> str:
        if x is None or x != x:
            return "–"
        return format_money(self.loc.toString(float(x), "f", 0), self.code)

    def money2(self, x: float | None) -> str:
        if x is None or x != x:
            return "–"
        return format_money(self.loc.toString(float(x), "f", 2), self.code)

    def count(self, n: int) -> str:
        return self.loc.toString(int(n))

    def share(self, x: float | None) -> str:
        if x is None or x != x:
            return "–"
        return self.loc.toString(100 * float(x), "f", 1) + "%"

    def number(self, x: float | None, digits: int = 1) -> str:
        if x is None or x != x:
            return "–"
        return self.loc.toString(float(x), "f", digits)

    def date(self, d: datetime | None) -> str:
        if d is None:
            return "–"
        from PySide6.QtCore import QDate, QLocale

        # "d MMM yyyy" reads well in English but not in Korean or Chinese, where the year
        # comes first with its own unit; Finnish writes dates with dots.
        pattern = {
            QLocale.Language.Korean: "yyyy년 M월 d일",
            QLocale.Language.Chinese: "yyyy年M月d日",
            QLocale.Language.Finnish: "d.M.yyyy",
        }.get(self.loc.language(), "d MMM yyyy")
        return self.loc.toString(QDate(d.year, d.month, d.day), pattern)


# ---------------------------------------------------------------------------------------------
# Charts
# ---------------------------------------------------------------------------------------------


def _chart(name: str) -> Callable[..., Figure] | None:
    """Return a figure function from core.charts, or None while that module lacks it."""
    try:
        from desktopseg.core import charts
    except ImportError:
        return None
    return getattr(charts, name, None)


def _has_effort(seg: Segmentation, result: AnalysisResult) -> bool:
    return "effort" in result.customers and any(
        s.avg_effort is not None and s.avg_effort == s.avg_effort for s in seg.segments
    )


def _overview_figure(seg: Segmentation, result: AnalysisResult) -> Figure:
    """Effort vs. margin; segment sizes when the data has no effort to plot."""
    if _has_effort(seg, result):
        fn = _chart("effort_margin_figure")
        if fn is not None:
            return fn(seg, result)
    fn = _chart("segment_sizes_figure")
    return fn(seg) if fn is not None else _fallback_sizes_figure(seg)


def _service_fact(result: AnalysisResult) -> str:
    """How effort and cost to serve were worked out, with the minutes used (issue 14)."""
    from desktopseg.core.cost_to_serve import cost_label

    if not getattr(result, "service", None):
        return ""
    if (result.service or {}).get("effort_kind") == "estimated":
        return QCoreApplication.translate("report", "*Effort and cost to serve {how}").format(
            how=cost_label(result))
    return QCoreApplication.translate("report", "Cost to serve {how}").format(
        how=cost_label(result))


def _effort_heading(seg: Segmentation, result: AnalysisResult) -> str:
    """Return the effort column's heading ("estimated from activity" when it is)."""
    estimated = any(s.extra.get("effort_source") == "estimated" for s in seg.segments)
    if estimated:
        return QCoreApplication.translate("report", "Effort*")
    return QCoreApplication.translate("report", "Effort")


def _rating_mark(s: SegmentProfile) -> str:
    if s.extra.get("effort_source") == "rating":
        return " " + _esc(QCoreApplication.translate("report", "(your rating)"))
    return ""


def _fallback_sizes_figure(seg: Segmentation) -> Figure:
    """Draw customers per segment as bars (used only when core.charts is missing)."""
    fig = Figure(figsize=(8, 4), layout="constrained")
    ax = fig.add_subplot()
    names = [s.name for s in seg.segments]
    colors = [s.persona.color if s.persona else "#4C72B0" for s in seg.segments]
    ax.barh(names[::-1], [s.customers for s in seg.segments][::-1], color=colors[::-1])
    ax.set_xlabel("Customers")
    ax.set_title(seg.title, loc="left")
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def _segment_figure(seg: Segmentation, profile: SegmentProfile) -> Figure:
    """Draw the segment's share of all customers, revenue and margin."""
    fn = _chart("segment_share_figure")
    if fn is not None:
        return fn(seg, profile.name)
    measures = [
        (QCoreApplication.translate("report", "Customers"), "share"),
        (QCoreApplication.translate("report", "Revenue"), "revenue_share"),
    ]
    if profile.margin_share is not None:
        measures.append((QCoreApplication.translate("report", "Margin"), "margin_share"))
    fig = Figure(figsize=(7, 0.8 + 0.55 * len(measures)), layout="constrained")
    ax = fig.add_subplot()
    color = profile.persona.color if profile.persona else "#4C72B0"
    ys = list(range(len(measures)))[::-1]
    values = [float(getattr(profile, attr) or 0.0) for _, attr in measures]
    ax.barh(ys, [1.0] * len(ys), color="#E8E8E8", height=0.6)
    # A refunds-only segment has a negative revenue share: no bar, but the number still shows.
    bars = [min(max(v, 0.0), 1.0) for v in values]
    ax.barh(ys, bars, color=color, height=0.6)
    for y, v, bar in zip(ys, values, bars, strict=True):
        inside = bar > 0.82
        ax.text(
            bar - 0.01 if inside else bar + 0.01,
            y,
            f"{v:.0%}",
            va="center",
            ha="right" if inside else "left",
            fontsize=11,
            color="white" if inside else "#222222",
            fontweight="bold",
        )
    ax.set_yticks(ys, [label for label, _ in measures], fontsize=11)
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(lambda v, _pos: f"{v:.0%}")
    ax.set_title(
        QCoreApplication.translate("report", "Share of all customers, revenue and margin"),
        loc="left",
        fontsize=12,
    )
    ax.spines[["top", "right", "left"]].set_visible(False)
    ax.tick_params(axis="y", length=0)
    return fig


def _draw_figure(painter: QPainter, fig: Figure, rect: QRectF, device_dpi: float) -> None:
    """Render ``fig`` at its own size (shrunk to fit ``rect`` if needed) and draw it there.

    The chart functions lay out their labels for the figure size they choose, and their tests
    check that size; drawn at that size, or uniformly shrunk, nothing overlaps that did not on
    screen. ``bbox_inches="tight"`` takes in any label that sticks out of the figure, so
    nothing is cut off either.
    """
    if fig.canvas is None or type(fig.canvas).__name__ == "FigureCanvasBase":
        FigureCanvasAgg(fig)
    width_in, height_in = fig.get_size_inches()
    scale = min(
        rect.width() / (width_in * device_dpi), rect.height() / (height_in * device_dpi), 1.0
    )
    paper_dpi = min(device_dpi, _CHART_DPI_MAX)  # image pixels per printed inch
    buf = io.BytesIO()
    fig.savefig(
        buf,
        format="png",
        dpi=paper_dpi * scale,
        facecolor="white",
        bbox_inches="tight",
        pad_inches=0.04,
    )
    image = QImage.fromData(buf.getvalue(), "PNG")
    size = QSizeF(image.size()) * (device_dpi / paper_dpi)
    if size.width() > rect.width() or size.height() > rect.height():
        size = size.scaled(rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
    target = QRectF(
        rect.left() + (rect.width() - size.width()) / 2, rect.top(), size.width(), size.height()
    )
    painter.drawImage(target, image)


# ---------------------------------------------------------------------------------------------
# Page painting
# ---------------------------------------------------------------------------------------------

_CSS = """
h1 { font-size: 20pt; font-weight: bold; margin: 0; }
h2 { font-size: 12pt; font-weight: bold; }
p { margin-top: 0; margin-bottom: 6pt; }
.muted { color: #555555; }
.small { font-size: 8pt; color: #555555; }
.name { font-size: 20pt; font-weight: bold; }
.tagline { font-size: 12pt; font-style: italic; color: #333333; }
th { background-color: #EEEEEE; font-weight: bold; }
td.num, th.num { text-align: right; }
td.label { color: #555555; }
td.value { font-weight: bold; }
.notes { background-color: #FFF8DC; }
"""


# Qt's rich text takes heading margins from the element's own style, not the default sheet.
_H2 = ' style="margin-top: 10pt; margin-bottom: 3pt"'


def _heading(text: str) -> str:
    return f"<h2{_H2}>{_esc(text)}</h2>"


class _Painter:
    """Painting helpers in device pixels on one paged device."""

    def __init__(self, painter: QPainter, device: QPagedPaintDevice, font: QFont) -> None:
        self.p = painter
        self.device = device
        self.dpi = float(device.logicalDpiY())
        self.width = float(device.width())
        self.height = float(device.height())
        self.font = font

    def pt(self, points: float) -> float:
        """Convert typographic points to device pixels."""
        return points * self.dpi / 72.0

    def doc(
        self, body: str, width: float, scale: float = 1.0, base_pt: float = 10.0
    ) -> QTextDocument:
        """Lay out ``body`` (HTML) at ``width`` on the device, scaled by ``scale``."""
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.device)
        font = QFont(self.font)
        font.setPointSizeF(base_pt * scale)
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        doc.setDefaultStyleSheet(self.device_units(_CSS, scale))
        doc.setHtml(self.device_units(body, scale))
        doc.setTextWidth(width)
        return doc

    def device_units(self, html_text: str, scale: float) -> str:
        """Scale font sizes, margins and cell padding by ``scale``; margins in pt become px.

        Qt rich text ignores margins given in pt and reads px as 1/96 inch on any device,
        like its cellpadding; font sizes in pt follow the device's resolution.
        """

        def scaled(m: re.Match, factor: float = 1.0, unit: str | None = None) -> str:
            value = float(m.group(2)) * scale * factor
            return f"{m.group(1)}{value:.2f}{unit if unit is not None else m.group(3)}"

        html_text = re.sub(r"(font-size:\s*)(\d+(?:\.\d+)?)(pt)", scaled, html_text)
        html_text = re.sub(
            r"((?:margin|padding)[-a-z]*:\s*)(\d+(?:\.\d+)?)(pt)",
            lambda m: scaled(m, 96 / 72, "px"),
            html_text,
        )
        return re.sub(r'((?:cellpadding|cellspacing)=")(\d+(?:\.\d+)?)(")', scaled, html_text)

    def draw_doc(self, doc: QTextDocument, x: float, y: float) -> float:
        """Draw ``doc`` with its top-left at (x, y); return its height."""
        size = doc.size()
        self.p.save()
        self.p.translate(x, y)
        doc.drawContents(self.p, QRectF(0, 0, size.width(), size.height()))
        self.p.restore()
        return size.height()

    def footer(self, left: str, right: str, measure_only: bool = False) -> float:
        """Draw the page footer; return the height it takes."""
        doc = self.doc(
            f'<table width="100%"><tr><td class="small">{_esc(left)}</td>'
            f'<td class="small" align="right">{_esc(right)}</td></tr></table>',
            self.width,
        )
        h = doc.size().height()
        if measure_only:
            return h + self.pt(8)
        self.p.setPen(QColor("#BBBBBB"))
        line_y = self.height - h - self.pt(4)
        self.p.drawLine(QPointF(0, line_y), QPointF(self.width, line_y))
        self.draw_doc(doc, 0, self.height - h)
        return h + self.pt(8)

    def initials(self, text: str, color: str, rect: QRectF) -> None:
        """Draw a circle in the segment colour with the persona's initials."""
        fill = QColor(color) if QColor.isValidColorName(color) else QColor("#4C72B0")
        self.p.save()
        self.p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.setBrush(fill)
        self.p.drawEllipse(rect)
        light = fill.lightnessF() > 0.65
        self.p.setPen(QColor("#222222") if light else QColor("white"))
        font = QFont(self.font)
        font.setBold(True)
        # Initials are letters only: "김(" from "김민준 (Minjun)" would look like a typo.
        text = "".join(ch for ch in text if ch.isalnum())[:3] or "?"
        font.setPointSizeF(26 if len(text) <= 2 else 20)
        self.p.setFont(font)
        self.p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        self.p.restore()


def _fit(
    make: Callable[[float], list[QTextDocument]], available: float, reserve: float
) -> tuple[float, list[QTextDocument]]:
    """Find the largest text scale leaving ``reserve`` of ``available`` free; lay out at it."""
    scale = 1.0
    while True:
        docs = make(scale)
        used = sum(d.size().height() for d in docs)
        if used + reserve <= available or scale <= _MIN_SCALE:
            return scale, docs
        scale = max(scale - 0.07, _MIN_SCALE)


class _ReportWriter:
    def __init__(
        self, result: AnalysisResult, device: QPagedPaintDevice, scheme: str, task: Task,
        comparison=None,
        letterhead: Letterhead | None = None,
    ) -> None:
        self.task = task
        self.comparison = comparison  # a core.compare.Comparison: adds "What changed" pages
        self.letterhead = letterhead  # practice and client on every page
        self.result = result
        self.device = device
        self.seg = result.segmentations[scheme]
        self.fmt = _Numbers()
        self.fmt.code = currency_of(result)
        use_currency(self.fmt.code)  # charts label money in the same currency
        font = QFont(QGuiApplication.font())
        # The resolved family (e.g. DejaVu Sans), not an alias such as "Sans Serif": with an
        # alias first, Qt sets all text in the CJK face, whose digits lose their text mapping
        # in the PDF (pdftotext and screen readers read "Page  of").
        text = _result_text(result, self.seg) + " " + core_(_CORE_SAMPLE)
        cjk = _cjk_families(text)
        if not cjk and needs_cjk(text):
            raise no_font_error(text, QCoreApplication.translate)
        font.setFamilies(list(dict.fromkeys([QFontInfo(font).family(), *cjk])))
        self.font = font
        self.mpl_fonts = {}
        if cjk:
            family = list(matplotlib.rcParams["font.family"])
            if family == ["sans-serif"]:
                family = list(matplotlib.rcParams["font.sans-serif"][:1])
            self.mpl_fonts = {"font.family": [*family, *_mpl_installed(cjk)]}
        self.file_name = Path(result.data.report.file).name
        self.pages_total = 1 + len(self.seg.segments)  # more if long notes spill over
        self.page_no = 0

    def run(self) -> None:
        painter = QPainter()
        if not painter.begin(self.device):
            raise UserError(
                QCoreApplication.translate(
                    "report", "The report could not be started on this printer or file."
                ),
                hint=QCoreApplication.translate(
                    "report", "Check the printer is ready, or that you may write to the folder."
                ),
            )
        try:
            self.paint = _Painter(painter, self.device, self.font)
            self.task.report(0.0)
            layouts = [self.segment_layout(s) for s in self.seg.segments]
            groups = self.page_groups(layouts)  # two persona cards share a page when they fit
            forecast = getattr(self.result, "forecast", None) is not None
            self.pages_total = 1 + forecast + sum(layouts[g[0]][2] for g in groups)
            if self.comparison is not None:
                from desktopseg.report.compare_pages import PAGES

                self.pages_total += PAGES
            if self.letterhead is not None:  # a first page written to the client
                from desktopseg.report.client_page import paint_client_page

                self.pages_total += 1
                paint_client_page(self)
                self.new_page()
            self.overview()
            for group in groups:
                self.task.report((group[0] + 1) / (1 + len(layouts)))
                self.new_page()
                if len(group) == 1:
                    self.segment_page(self.seg.segments[group[0]], layouts[group[0]])
                    continue
                bottom = self.paint.height - self.footer()
                half = (bottom - self.paint.pt(12)) / 2
                for k, i in enumerate(group):
                    top = k * (half + self.paint.pt(12))
                    self.paint.p.save()
                    self.paint.p.translate(0, top)
                    self.segment_page(self.seg.segments[i], layouts[i], bottom=half)
                    self.paint.p.restore()
                    if k == 0:  # a thin rule between the two cards
                        y = half + self.paint.pt(6)
                        self.paint.p.save()
                        self.paint.p.setPen(QColor("#bbbbbb"))
                        self.paint.p.drawLine(QPointF(0, y), QPointF(self.paint.width, y))
                        self.paint.p.restore()
            if forecast:  # a last page of its own (report/forecast_page.py)
                from desktopseg.report.forecast_page import draw_forecast_page

                self.new_page()
                draw_forecast_page(self)
            if self.comparison is not None:
                from desktopseg.report.compare_pages import paint_pages

                paint_pages(self, self.comparison)
            self.task.report(1.0)
        finally:
            painter.end()

    def new_page(self) -> None:
        if not self.device.newPage():
            raise UserError(
                QCoreApplication.translate(
                    "report", "The printer or PDF file stopped taking pages."
                )
            )

    def footer_texts(self, page: int) -> tuple[str, str]:
        today = self.fmt.date(datetime.now())
        left = f"{APP_NAME} · {self.file_name} · {today}"
        if self.letterhead is not None:
            from desktopseg.report.client_page import letterhead_footer

            left = letterhead_footer(self.letterhead, self.file_name, today)
        right = QCoreApplication.translate("report", "Page {page} of {pages}").format(
            page=page, pages=self.pages_total
        )
        return left, right

    def footer_height(self) -> float:
        return self.paint.footer(*self.footer_texts(self.pages_total), measure_only=True)

    def footer(self) -> float:
        self.page_no += 1
        height = self.paint.footer(*self.footer_texts(self.page_no))
        if self.letterhead is not None and self.letterhead.logo is not None:
            from desktopseg.report.client_page import paint_footer_logo

            paint_footer_logo(self, height)
        return height

    # -- overview ---------------------------------------------------------------------------

    def overview_html(self) -> str:
        r, seg, f = self.result, self.seg, self.fmt
        tx = r.data.transactions
        facts = []
        if r.period_start and r.period_end:
            facts.append(
                QCoreApplication.translate("report", "Period: {start} to {end}").format(
                    start=f.date(r.period_start), end=f.date(r.period_end)
                )
            )
        facts.append(
            QCoreApplication.translate("report", "{n} customers").format(
                n=f.count(len(r.customers))
            )
        )
        if tx is not None:
            facts.append(
                QCoreApplication.translate("report", "{n} sales lines").format(n=f.count(len(tx)))
            )
        margin_words = {
            "cost": QCoreApplication.translate("report", "Margin from the cost in the file"),
            "margin_pct": QCoreApplication.translate(
                "report", "Margin estimated at {pct}% of sales"
            ).format(pct=f.number(r.settings.margin_pct, 0)),
            "none": QCoreApplication.translate(
                "report", "No cost in the file, so margin is not known"
            ),
        }
        facts.append(margin_words.get(r.margin_source, ""))
        facts.append(_service_fact(r))
        has_effort = any(s.avg_effort is not None for s in seg.segments)
        has_pas = any(s.extra.get("profit_after_service") is not None for s in seg.segments)
        has_margin = any(s.margin is not None for s in seg.segments)
        has_avg = any(s.avg_order is not None for s in seg.segments)
        head = [
            QCoreApplication.translate("report", "Segment"),
            QCoreApplication.translate("report", "Customers"),
            QCoreApplication.translate("report", "Share"),
            QCoreApplication.translate("report", "Revenue"),
        ]
        if has_margin:
            head.append(QCoreApplication.translate("report", "Margin"))
        if has_avg:
            head.append(QCoreApplication.translate("report", "Average order"))
        if has_effort:
            head.append(_effort_heading(seg, r))
        if has_pas:
            head.append(QCoreApplication.translate("report", "Profit after service"))
        head.append(QCoreApplication.translate("report", "Persona"))
        numeric = set(range(1, len(head) - 1))

        def pad(column: int) -> str:  # air between the last number and the persona's name
            return ' style="padding-left: 10pt"' if column == len(head) - 1 else ""

        rows = []
        for i, s in enumerate(seg.segments):
            color = s.persona.color if s.persona else "#999999"
            cells = [
                f'<span style="color:{_esc(color)}">■</span> {_esc(s.name)}',
                f.count(s.customers),
                f.share(s.share),
                f.money(s.revenue),
                *([f.money(s.margin)] if has_margin else []),
                *([f.money2(s.avg_order)] if has_avg else []),
            ]
            if has_effort:
                cells.append(f.number(s.avg_effort) + _rating_mark(s))
            if has_pas:
                cells.append(f.money(s.extra.get("profit_after_service")))
            cells.append(_esc(s.persona.name) if s.persona else "")
            bg = ' bgcolor="#F7F7F7"' if i % 2 else ""
            # Short names stay on one line ("New/" + "Recent" reads badly); long cluster names
            # may still wrap at spaces.
            first = ' style="white-space: nowrap"' if len(s.name) <= 22 else ""
            rows.append(
                f"<tr{bg}><td{first}>{cells[0]}</td>"
                + "".join(
                    # A number never breaks ("2,427,86/2"): the nowrap attribute alone did not hold.
                    f'<td class="num" style="white-space: nowrap">{c}</td>' if j in numeric
                    else f"<td{pad(j)}>{c}</td>"
                    for j, c in enumerate(cells)
                    if j
                )
                + "</tr>"
            )
        # A heading never breaks inside a word ("Custom/ers", "Avera/ge" on a full table):
        # each word on its own line, none of them wrapped.
        def keep(j: int) -> str:
            pad_left = "; padding-left: 10pt" if j == len(head) - 1 else ""
            return f' style="white-space: nowrap{pad_left}"'

        def words(h: str) -> str:
            return "<br>".join(_esc(w) for w in h.split())

        header = "".join(
            f'<th class="num" valign="bottom"{keep(j)}>{words(h)}</th>'
            if j in numeric
            else f'<th align="left" valign="bottom"{keep(j)}>{words(h)}</th>'
            for j, h in enumerate(head)
        )
        title = QCoreApplication.translate("report", "Customer segments")
        return (
            f"<h1>{_esc(title)}</h1>"
            f'<p class="muted">{_esc(self.file_name)} · {_esc(seg.title)}</p>'
            f"<p>{' · '.join(_esc(x) for x in facts if x)}</p>"
            '<table width="100%" cellspacing="0" cellpadding="4" border="0">'
            f"<tr>{header}</tr>{''.join(rows)}</table>"
        )

    def overview_notes_html(self) -> str:
        notes = list(self.seg.notes) + list(self.result.notes)
        if not _has_effort(self.seg, self.result):
            notes.append(
                QCoreApplication.translate(
                    "report",
                    "To see which segments take more of your time than they bring, add "
                    "a column with service minutes, support tickets or an effort score "
                    "(1-10); the effort-vs-margin chart then appears here.",
                )
            )
        for scheme, reason in self.result.unavailable.items():
            notes.append(
                QCoreApplication.translate(
                    "report", "Not in this report: {scheme} - {reason}"
                ).format(scheme=QCoreApplication.translate(
                    "report", _SCHEME_NAMES.get(scheme, scheme)), reason=reason)
            )
        if not notes:
            return ""
        return "".join(f'<p class="small">{_esc(n)}</p>' for n in notes)

    def overview(self) -> None:
        pa = self.paint
        bottom = pa.height - self.footer()
        min_chart = pa.height * 0.3

        def make(scale: float) -> list[QTextDocument]:
            docs = [pa.doc(self.overview_html(), pa.width, scale)]
            notes = self.overview_notes_html()
            if notes:
                docs.append(pa.doc(notes, pa.width, scale))
            return docs

        gap = pa.pt(10)
        _scale, docs = _fit(make, bottom, min_chart + 2 * gap)
        y = pa.draw_doc(docs[0], 0, 0) + gap
        notes_h = docs[1].size().height() if len(docs) > 1 else 0.0
        chart_bottom = bottom - notes_h - (gap if notes_h else 0)
        self._chart(
            lambda: _overview_figure(self.seg, self.result),
            y,
            chart_bottom,
            max_height=pa.width * 0.62,
        )
        if notes_h:
            pa.draw_doc(docs[1], 0, bottom - notes_h)

    def _chart(
        self, make_figure: Callable[[], Figure], top: float, bottom: float, max_height: float
    ) -> None:
        pa = self.paint
        height = min(bottom - top, max_height)
        if height < pa.pt(72):
            return  # less than an inch left: a chart that small would be unreadable
        rect = QRectF(0, top, pa.width, height)
        # matplotlib picks fonts when a text is created, so the fallback must be set around
        # building the figure as well as drawing it; without it Hangul/Han labels are boxes.
        with matplotlib.rc_context(self.mpl_fonts):
            _draw_figure(pa.p, make_figure(), rect, pa.dpi)

    # -- one page per segment ---------------------------------------------------------------

    def segment_header_html(self, s: SegmentProfile) -> str:
        p = s.persona
        f = self.fmt
        line = (QCoreApplication.translate("report", "Segment: {segment} · 1 customer ({share})")
                if s.customers == 1 else QCoreApplication.translate(
                    "report", "Segment: {segment} · {n} customers ({share})")
                ).format(segment=s.name, n=f.count(s.customers), share=f.share(s.share))
        name = p.name if p else s.name
        tagline = p.tagline if p else s.description
        return (
            f'<p class="name">{_esc(name)}</p>'
            f'<p class="tagline">{_esc(tagline)}</p>'
            f'<p class="muted">{_esc(line)}</p>'
            + (f'<p>{_esc(QCoreApplication.translate("report", "Why this group: {rule}").format(rule=p.rule))}</p>'  # noqa: E501
               if p is not None and getattr(p, "rule", "") else "")
        )

    def key_figures(self, s: SegmentProfile) -> list[tuple[str, str]]:
        f = self.fmt
        figures = list(s.persona.key_figures) if s.persona else []
        labels = {label.strip().lower() for label, _ in figures}
        extra = [
            (
                "customers",
                QCoreApplication.translate("report", "Customers"),
                f"{f.count(s.customers)} ({f.share(s.share)})",
            ),
            ("revenue", QCoreApplication.translate("report", "Revenue"), f.money(s.revenue)),
        ]
        if s.margin is not None:
            # The persona may already show the margin share; then the amount alone.
            share = "" if "margin share" in labels else f" ({f.share(s.margin_share)})"
            extra.append(
                (
                    "margin",
                    QCoreApplication.translate("report", "Margin"),
                    f.money(s.margin) + share,
                )
            )
        if s.avg_order is not None:
            extra.append(
                (
                    "average order",
                    QCoreApplication.translate("report", "Average order"),
                    f.money2(s.avg_order),
                )
            )
        if s.avg_effort is not None:
            extra.append(
                (
                    "effort",
                    QCoreApplication.translate("report", "Service effort"),
                    QCoreApplication.translate("report", "{x} of 10").format(
                        x=f.number(s.avg_effort)
                    ),
                )
            )
        for key, label, value in extra:
            if key not in labels and label.lower() not in labels:
                figures.append((label, value))
        return figures

    def segment_body_html(self, s: SegmentProfile) -> str:
        p = s.persona
        out = []
        if p and p.story:
            out.append(f"<p>{_esc(p.story)}</p>")
        elif s.description:
            out.append(f"<p>{_esc(s.description)}</p>")
        figures = self.key_figures(s)
        if figures:
            out.append(_heading(QCoreApplication.translate("report", "Key figures")))
            cells = [
                f'<td class="label">{_esc(a)}</td><td class="value">{_esc(b)}</td>'
                for a, b in figures
            ]
            rows = ["<tr>" + "".join(cells[i : i + 2]) + "</tr>" for i in range(0, len(cells), 2)]
            out.append(
                '<table width="100%" cellspacing="0" cellpadding="3">' + "".join(rows) + "</table>"
            )
        if p and (p.favourites or p.typical):
            out.append(_heading(QCoreApplication.translate("report", "Favourites")))
            if p.favourites:
                out.append("<p>" + _esc(", ".join(x.strip() for x in p.favourites)) + "</p>")
            if p.typical:
                typical = QCoreApplication.translate("report", "Typically: {x}")
                out.append(f'<p class="muted">{_esc(typical.format(x=p.typical))}</p>')
        if p and p.actions:
            out.append(_heading(QCoreApplication.translate("report", "What to do")) + "<ul>")
            out += [f"<li>{_esc(a)}</li>" for a in p.actions]
            out.append("</ul>")
        if p and p.notes.strip():
            out.append(_heading(QCoreApplication.translate("report", "Notes")))
            out.append(
                '<table width="100%" cellpadding="6"><tr><td class="notes">'
                f"{_esc(p.notes.strip())}</td></tr></table>"
            )
        return "".join(out)

    def segment_layout(self, s: SegmentProfile) -> tuple[QTextDocument, QTextDocument, int]:
        """Lay out a segment page's text; return header, body and how many pages it needs."""
        pa = self.paint
        bottom = pa.height - self.footer_height()
        circle, gap = pa.pt(62), pa.pt(12)
        text_x = circle + gap

        def make(scale: float) -> list[QTextDocument]:
            return [
                pa.doc(self.segment_header_html(s), pa.width - text_x, scale),
                pa.doc(self.segment_body_html(s), pa.width, scale),
            ]

        min_chart = pa.height * 0.22
        _scale, (head, body) = _fit(make, bottom - gap, min_chart + gap)
        room = bottom - (max(head.size().height(), circle) + gap)
        pages = 1
        if body.size().height() > room:
            # It spills over anyway: print it at full size rather than shrunk.
            head, body = make(1.0)
            room = bottom - (max(head.size().height(), circle) + gap)
            body.setPageSize(QSizeF(pa.width, room))  # lines move to the next page, never split
            pages = body.pageCount()
        return head, body, pages

    #: The smallest chart worth printing under a persona card that shares its page.
    HALF_CHART_PT = 84

    def card_height(self, layout: tuple[QTextDocument, QTextDocument, int]) -> float:
        """Return the height a one-page persona card needs with a small chart."""
        pa = self.paint
        head, body, _pages = layout
        circle, gap = pa.pt(62), pa.pt(12)
        return (max(head.size().height(), circle) + gap + body.size().height() + gap
                + pa.pt(self.HALF_CHART_PT))

    #: Text on a shared page is set no smaller than this (of the full-page size).
    HALF_MIN_SCALE = 0.82

    def half_layout(self, s: SegmentProfile, half: float):
        """Lay out a card for half a page, or None when it would not fit readably."""
        pa = self.paint
        circle, gap = pa.pt(62), pa.pt(12)
        text_x = circle + gap

        from desktopseg.report.compact_card import compact_body_html

        def make(scale: float) -> list[QTextDocument]:
            return [
                pa.doc(self.segment_header_html(s), pa.width - text_x, scale),
                pa.doc(compact_body_html(self, s), pa.width, scale),  # same content, less air
            ]

        scale = 1.0
        while scale >= self.HALF_MIN_SCALE - 1e-9:
            head, body = make(scale)
            layout = (head, body, 1)
            if self.card_height(layout) <= half:
                return layout
            scale -= 0.06
        return None

    def page_groups(self, layouts: list) -> list[list[int]]:
        """Pair consecutive persona cards that both fit on half a page; others get a page.

        Paired cards get their half-page layout (slightly smaller text, a smaller chart) in
        ``layouts`` in place.
        """
        pa = self.paint
        half = (pa.height - self.footer_height() - pa.pt(12)) / 2
        halves = [self.half_layout(s, half) if lay[2] == 1 else None
                  for s, lay in zip(self.seg.segments, layouts, strict=True)]
        groups: list[list[int]] = []
        i = 0
        while i < len(layouts):
            if halves[i] is not None and i + 1 < len(layouts) and halves[i + 1] is not None:
                layouts[i], layouts[i + 1] = halves[i], halves[i + 1]
                groups.append([i, i + 1])
                i += 2
            else:
                groups.append([i])
                i += 1
        return groups

    def segment_page(
        self, s: SegmentProfile, layout: tuple[QTextDocument, QTextDocument, int],
        bottom: float | None = None,
    ) -> None:
        pa = self.paint
        head, body, pages = layout
        shared = bottom is not None
        if bottom is None:  # a page of its own (else: the half page it shares)
            bottom = pa.height - self.footer()
        circle, gap = pa.pt(62), pa.pt(12)
        p = s.persona
        pa.initials(
            p.initials if p else s.name[:1],
            p.color if p else "#4C72B0",
            QRectF(0, 0, circle, circle),
        )
        pa.draw_doc(head, circle + gap, max(0.0, (circle - head.size().height()) / 2))
        y = max(head.size().height(), circle) + gap
        if pages == 1:
            y += pa.draw_doc(body, 0, y) + gap
            make = lambda: _segment_figure(self.seg, s)  # noqa: E731
            if shared:  # laid out for the room left, not shrunk as a picture
                from desktopseg.report.compact_card import fit_chart_height

                room = (min(bottom - y, pa.pt(180))) / pa.dpi
                make = lambda: fit_chart_height(_segment_figure(self.seg, s), room)  # noqa: E731
            self._chart(make, y, bottom, max_height=pa.pt(180))
            return
        # Text longer than a page (very long notes): continue on extra pages, no clipping.
        page_h = body.pageSize().height()
        for i in range(pages):
            if i:
                self.new_page()
                self.footer()
            pa.p.save()
            pa.p.translate(0, y - i * page_h)
            body.drawContents(pa.p, QRectF(0, i * page_h, pa.width, page_h))
            pa.p.restore()


def render_report(
    result: AnalysisResult,
    device: QPagedPaintDevice,
    scheme: str | None = None,
    *,
    task: Task | None = None,
    comparison=None,
    letterhead: Letterhead | None = None,
) -> None:
    """Paint the report: an overview page, then one page per segment of ``scheme``.

    ``task`` gets progress per page and may cancel (raises Cancelled) between pages.
    ``comparison`` (core.compare.Comparison) adds the "What changed since <date>" pages. With a
    ``letterhead``, a first page speaks to the client (report/client_page.py) and every page's
    footer names the client and the practice that prepared it.
    """
    scheme = scheme or default_scheme(result)
    if scheme is None or scheme not in result.segmentations:
        reasons = "; ".join(result.unavailable.values())
        raise UserError(
            QCoreApplication.translate("report", "There are no segments to print yet."),
            hint=reasons or QCoreApplication.translate("report", "Run the analysis first."),
        )
    _ReportWriter(result, device, scheme, task or Task(), comparison, letterhead).run()


# ---------------------------------------------------------------------------------------------
# PDF file, print preview
# ---------------------------------------------------------------------------------------------

_app = None  # keeps a headless QGuiApplication alive for the life of the process


def _ensure_gui_app() -> None:
    """Make sure a QGuiApplication exists; without a screen, start one offscreen."""
    global _app
    existing = QCoreApplication.instance()
    if isinstance(existing, QGuiApplication):
        return
    if existing is not None:
        raise RuntimeError("render_report needs a QGuiApplication, not a QCoreApplication")
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        if not os.environ.get("QT_QPA_PLATFORM"):  # unset, or set to nothing
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # A full QApplication (a QGuiApplication is enough to draw): a window opened later in the
    # same process, such as the app after a command-line report, needs widgets.
    from PySide6.QtWidgets import QApplication

    _app = QApplication([sys.argv[0] if sys.argv else APP_NAME])


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:
        return False


def write_pdf(
    result: AnalysisResult,
    path: str | Path,
    scheme: str | None = None,
    *,
    task: Task | None = None,
    comparison=None,
    letterhead: Letterhead | None = None,
) -> None:
    """Write the report to ``path`` as a PDF, atomically; works with no screen.

    A failure or cancel part-way leaves any earlier file at ``path`` as it was.
    """
    path = Path(path)
    source = Path(result.data.report.file)
    if _same_file(path, source) or path.resolve() == source.resolve():
        raise UserError(
            QCoreApplication.translate(
                "report", "The report can't be written over the file the data came from."
            ),
            hint=QCoreApplication.translate("report", "Choose another name for the PDF."),
            file=path,
        )
    _ensure_gui_app()
    if not path.parent.is_dir():
        raise UserError(
            QCoreApplication.translate("report", "The folder for the report doesn't exist."),
            file=path,
        )
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(_PDF_DPI)
        writer.setPageLayout(
            QPageLayout(
                default_page_size(),
                QPageLayout.Orientation.Portrait,
                QMarginsF(15, 15, 15, 15),
                QPageLayout.Unit.Millimeter,
            )
        )
        writer.setTitle(
            QCoreApplication.translate("report", "Customer segments - {file}").format(
                file=source.name
            )
        )
        writer.setCreator(APP_NAME)
        render_report(result, writer, scheme, task=task, comparison=comparison,
                      letterhead=letterhead)
        del writer  # the PDF is finished and closed when the writer goes
        if not tmp.exists() or tmp.stat().st_size == 0:
            raise UserError(
                QCoreApplication.translate("report", "The PDF could not be written."),
                hint=QCoreApplication.translate(
                    "report", "Check that you may write to that folder."
                ),
                file=path,
            )
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def make_print_preview(parent, result: AnalysisResult, scheme: str | None = None):
    """Build (not open) a QPrintPreviewDialog that paints the report for ``result``."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(
            default_page_size(),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    printer.setDocName(QCoreApplication.translate("report", "Customer segments"))
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("report", "Print preview"))
    dialog.paintRequested.connect(lambda p: render_report(result, p, scheme))
    dialog._printer = printer  # the dialog does not own the printer; keep it alive with it
    return dialog


def print_preview(parent, result: AnalysisResult, scheme: str | None = None) -> int:
    """Open the print preview (print or save as PDF from there); return the dialog's result."""
    dialog = make_print_preview(parent, result, scheme)
    return dialog.exec()
