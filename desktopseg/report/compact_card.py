"""The persona card's body set compactly, for two cards on one printed page (issue 19, point 7).

The same content as the full-page card (story, every key figure, favourites, typical, what to
do, notes) with less air: key figures three to a row instead of two, favourites and "typically"
on one line under a run-in label instead of under a heading, and tighter headings. At the
readable text size the sample cards then fit half a page with a small chart.
"""

from __future__ import annotations

# Qt's rich text takes heading margins from the element's own style, not the default sheet.
_H3 = ' style="font-size: 11pt; font-weight: bold; margin-top: 6pt; margin-bottom: 2pt"'
#: Key figures side by side in a row (label, value pairs).
FIGURES_PER_ROW = 3


def _heading(text: str, esc) -> str:
    return f"<p{_H3}>{esc(text)}</p>"


def compact_body_html(writer, s) -> str:
    """Return the card body of segment ``s`` as HTML, in the compact half-page form."""
    from desktopseg.report import render  # its translate, as the rest of the report uses
    from desktopseg.report.render import _esc as esc

    p = s.persona
    out = []
    if p and p.story:
        out.append(f"<p>{esc(p.story)}</p>")
    elif s.description:
        out.append(f"<p>{esc(s.description)}</p>")
    figures = writer.key_figures(s)
    if figures:
        out.append(_heading(render.QCoreApplication.translate("report", "Key figures"), esc))
        cells = [f'<td class="label">{esc(a)}</td><td class="value">{esc(b)}</td>'
                 for a, b in figures]
        n = FIGURES_PER_ROW
        rows = ["<tr>" + "".join(cells[i:i + n]) + "</tr>" for i in range(0, len(cells), n)]
        out.append('<table width="100%" cellspacing="0" cellpadding="2">' + "".join(rows)
                   + "</table>")
    if p and (p.favourites or p.typical):
        parts = []
        if p.favourites:
            label = esc(render.QCoreApplication.translate("report", "Favourites:"))
            parts.append(f"<b>{label}</b> " + esc(", ".join(x.strip() for x in p.favourites)))
        if p.typical:
            typical = render.QCoreApplication.translate("report", "Typically: {x}")
            parts.append(f'<span class="muted">{esc(typical.format(x=p.typical))}</span>')
        out.append('<p style="margin-top: 6pt">' + " · ".join(parts) + "</p>")
    if p and p.actions:
        out.append(_heading(render.QCoreApplication.translate("report", "What to do"), esc)
                   + '<ul style="margin-top: 0pt; margin-bottom: 0pt">')
        out += [f"<li>{esc(a)}</li>" for a in p.actions]
        out.append("</ul>")
    if p and p.notes.strip():
        out.append(_heading(render.QCoreApplication.translate("report", "Notes"), esc))
        out.append('<table width="100%" cellpadding="4"><tr><td class="notes">'
                   f"{esc(p.notes.strip())}</td></tr></table>")
    return "".join(out)


#: Chart text on a shared page is set at this share of its full-page size (still >= 8 pt).
CHART_TEXT_SCALE = 0.8


def fit_chart_height(fig, height_in: float):
    """Give ``fig`` the height it has on a shared page, with slightly smaller text.

    Shrinking the full-size chart as a picture made its labels 4–5 pt on a half page; laid out
    again at the smaller height (constrained layout), the labels keep a readable size.
    """
    width_in, full_in = fig.get_size_inches()
    if height_in >= full_in:
        return fig
    for text in fig.findobj(lambda a: hasattr(a, "get_fontsize") and hasattr(a, "set_fontsize")):
        text.set_fontsize(max(8.0, text.get_fontsize() * CHART_TEXT_SCALE))
    fig.set_size_inches(width_in, height_in)
    return fig
