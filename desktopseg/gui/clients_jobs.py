"""Background job of the Clients view: refresh every client (runs in the worker's child).

A module of its own so the child process imports only this and the core, not the widgets.
"""

from __future__ import annotations

from desktopseg.gui.worker import in_process


def _render_pdf(result, path, letterhead) -> None:
    from desktopseg.report import write_pdf

    write_pdf(result, path, letterhead=letterhead)


@in_process()
def refresh_all(clients, practice: str = "", with_pdf: bool = True, *, progress=None,
                cancelled=None):
    """Refresh ``clients`` (core.clients.Client records) one after another; return the outcome.

    In the child process the whole batch (reading, analysis, workbook, PDF) holds no lock the
    window needs, so the window stays live while clients run.
    """
    from desktopseg.core.clients import refresh_clients

    return refresh_clients(clients, practice, render_pdf=_render_pdf if with_pdf else None,
                           progress=progress, cancelled=cancelled)
