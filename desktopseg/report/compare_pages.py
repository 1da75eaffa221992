"""The printed report's "What changed since <date>" pages (issue 15).

Painted by report/render.py's writer after the segment pages when ``comparison=`` is given:
page 1 the rules, one sentence per important move and the flow chart; page 2 the move matrix
and the biggest lists of movers (first names of each, so the owner knows whom to call).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from desktopseg.core.compare import Comparison

#: Pages this module adds to the report.
PAGES = 2
_MOVERS_SHOWN = 8  # names listed per move on paper; the workbook has them all


def _tr(text: str) -> str:
    return QCoreApplication.translate("report", text)


def _summary_html(cmp: Comparison, esc) -> str:
    day = cmp.before_as_of.isoformat() if cmp.before_as_of else ""
    title = _tr("What changed since {day}").format(day=day)
    facts = _tr("{before} customers on {day}, {after} on {end}; {new} new.").format(
        before=int(cmp.customers["before"].notna().sum()), day=day,
        after=sum(cmp.after_sizes().values()),
        end=cmp.after_as_of.isoformat() if cmp.after_as_of else "", new=cmp.new_customers())
    items = "".join(f"<li>{esc(s)}</li>" for s in cmp.sentences())
    return (f"<h1>{esc(title)}</h1><p>{esc(facts)}</p>"
            f'<p class="muted">{esc(cmp.rules_text)}</p><ul>{items}</ul>')


def _movers_html(cmp: Comparison, esc) -> str:
    from desktopseg.core.compare import money

    parts = [f"<h2>{esc(_tr('Who moved'))}</h2>"]
    for _text, row in cmp.important_moves(6):
        if row.get("from") is None:
            continue
        movers = cmp.movers(row["from"], row["to"])
        names = movers["name"].head(_MOVERS_SHOWN).astype(str).tolist() if "name" in movers \
            else [str(k) for k in movers.index[:_MOVERS_SHOWN]]
        more = len(movers) - len(names)
        line = ", ".join(names) + (_tr(" and {n} more").format(n=more) if more > 0 else "")
        head = _tr("{a} → {b}: {n} customers, {money} spent by the earlier date").format(
            a=row["from"], b=row["to"], n=len(movers), money=money(row["revenue_before"]))
        parts.append(f"<p><b>{esc(head)}</b><br/>{esc(line)}</p>")
    return "".join(parts)


def paint_pages(writer, cmp: Comparison) -> None:
    """Paint the two pages on ``writer`` (render.py's _ReportWriter) after a new page."""
    from desktopseg.core.compare_charts import flow_figure, move_matrix_figure
    from desktopseg.report.render import _esc

    pa = writer.paint
    writer.new_page()
    bottom = pa.height - writer.footer()
    gap = pa.pt(10)
    y = pa.draw_doc(pa.doc(_summary_html(cmp, _esc), pa.width, 0.95), 0, 0) + gap
    writer._chart(lambda: flow_figure(cmp), y, bottom, max_height=pa.width * 0.8)
    writer.new_page()
    bottom = pa.height - writer.footer()
    y = 0.0
    writer._chart(lambda: move_matrix_figure(cmp), y, bottom, max_height=pa.width * 0.62)
    y += min(bottom, pa.width * 0.62) + gap
    doc = pa.doc(_movers_html(cmp, _esc), pa.width, 0.85)
    if y + doc.size().height() <= bottom:
        pa.draw_doc(doc, 0, y)
