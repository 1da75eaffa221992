"""The first page of a report a practice hands to its client, and the letterhead on every page.

Written to the client in plain words: who bought in the period, then the three things to do
this month (core/this_month.py picks them) with the customers behind each. The practice's name
and logo head the page; every page's footer names the client and who prepared the report.
Painted by report/render.py's writer when it is given a :class:`Letterhead`.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QImage

from desktopseg.core.letterhead import Letterhead
from desktopseg.core.this_month import pick

if TYPE_CHECKING:
    from desktopseg.report.render import _ReportWriter


def _tr(text: str) -> str:
    return QCoreApplication.translate("client_page", text)


def _esc(text: object) -> str:
    import html

    return html.escape(str(text))


def letterhead_footer(lh: Letterhead, file_name: str, today: str) -> str:
    """Return the footer's left text: client, who prepared it, the file and the date."""
    parts = [lh.client]
    if lh.practice:
        parts.append(_tr("Prepared by {practice}").format(practice=lh.practice))
    parts += [file_name, today]
    return " · ".join(p for p in parts if p)


def _logo(lh: Letterhead) -> QImage | None:
    if lh.logo is None:
        return None
    image = QImage(str(lh.logo))
    return None if image.isNull() else image


def paint_footer_logo(writer: _ReportWriter, footer_height: float) -> None:
    """Draw the practice's logo small in the page footer, just before "Page n of N"."""
    image = _logo(writer.letterhead)
    if image is None:
        return
    pa = writer.paint
    _left, right = writer.footer_texts(writer.page_no)
    text = pa.doc(f'<span class="small">{_esc(right)}</span>', pa.width)
    h = max(footer_height - pa.pt(8), pa.pt(9))
    w = h * image.width() / max(image.height(), 1)
    x = pa.width - 1.3 * text.idealWidth() - pa.pt(12) - w  # clear of the page number
    pa.p.drawImage(QRectF(x, pa.height - h, w, h), image)


def client_page_html(writer: _ReportWriter) -> str:
    """Return the page's text as HTML (the logo is painted separately)."""
    from desktopseg.report.render import _heading

    r, f, lh = writer.result, writer.fmt, writer.letterhead
    suggestions = pick(r)
    out = []
    if lh.practice:
        out.append(f'<p class="muted" align="right">{_esc(lh.practice)}<br/>'
                   f"{_esc(f.date(datetime.now()))}</p>")
    out.append(f"<h1>{_esc(_tr('{client}: what to do this month').format(client=lh.client))}"
               "</h1>")
    revenue = r.customers["revenue"].sum() if "revenue" in r.customers else None
    if r.period_start and r.period_end:
        intro = _tr("From {start} to {end}, {n} customers bought from you, {revenue} in all.")
        intro = intro.format(start=f.date(r.period_start), end=f.date(r.period_end),
                             n=f.count(len(r.customers)), revenue=f.money(revenue))
    else:
        intro = _tr("{n} customers bought from you, {revenue} in all.").format(
            n=f.count(len(r.customers)), revenue=f.money(revenue))
    out.append(f"<p>{_esc(intro)} ")
    if suggestions:
        out.append(_esc(_tr("These are the things most worth doing this month:")) + "</p>")
    else:
        out.append("</p>")
    for i, s in enumerate(suggestions, start=1):
        out.append(_heading(f"{i}. {s.headline}"))
        who = _tr("{n} customers, {revenue} spent so far").format(
            n=f.count(s.customers), revenue=f.money(s.revenue))
        out.append(f"<p>{_esc(s.why)} <span class=\"muted\">({_esc(who)})</span></p>")
        if s.action:
            out.append(f"<p><b>{_esc(_tr('What to do:'))}</b> {_esc(s.action)}</p>")
        names = ", ".join(s.names)
        if s.more:
            names = _tr("{names} and {n} more").format(names=names, n=f.count(s.more))
        out.append(f"<p><b>{_esc(_tr('Start with:'))}</b> {_esc(names)}</p>")
    out.append(f'<p class="small">{_esc(_tr("The pages that follow describe each group of your customers, with the figures behind these suggestions. The full lists are in the workbook."))}</p>')  # noqa: E501
    return "".join(out)


def paint_client_page(writer: _ReportWriter) -> None:
    """Paint the client page on the writer's current page (footer included)."""
    from desktopseg.report.render import _fit

    pa = writer.paint
    bottom = pa.height - writer.footer()
    top = 0.0
    image = _logo(writer.letterhead)
    if image is not None:
        h = pa.pt(40)
        w = min(h * image.width() / max(image.height(), 1), pa.width * 0.4)
        h = w * image.height() / max(image.width(), 1)
        pa.p.drawImage(QRectF(0, 0, w, h), image)
        top = h + pa.pt(4)
    html_text = client_page_html(writer)

    def make(scale: float):
        return [pa.doc(html_text, pa.width, scale)]

    _scale, docs = _fit(make, bottom - top, 0.0)
    pa.draw_doc(docs[0], 0, top)
