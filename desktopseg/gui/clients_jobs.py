"""Background job of the Clients view: refresh every client (runs in the worker's child).

A module of its own so the child process imports only this and the core, not the widgets.
"""

from __future__ import annotations

import os

from desktopseg.gui.worker import in_child, in_process

#: How much lower than the window the batch runs (Unix niceness): on a busy two-core machine
#: the window then gets the CPU first, which keeps its timer gaps short.
_NICENESS = 5
_niced = False


def _yield_cpu_to_the_window() -> None:
    global _niced
    if _niced or not in_child() or not hasattr(os, "nice"):
        return  # Windows has no nice(); the thread mode shares this process with the window
    try:
        os.nice(_NICENESS)
    except OSError:
        pass
    _niced = True


def _render_pdf(result, path, letterhead) -> None:
    from desktopseg.report import write_pdf

    write_pdf(result, path, letterhead=letterhead)


@in_process()
def refresh_all(clients, practice: str = "", with_pdf: bool = True, *, progress=None,
                cancelled=None, refresh_id: str = ""):
    """Refresh ``clients`` (core.clients.Client records) one after another; return the outcome.

    In the child process the whole batch (reading, analysis, workbook, PDF) holds no lock the
    window needs, so the window stays live while clients run.
    """
    from desktopseg.core.clients import refresh_clients

    _yield_cpu_to_the_window()  # this child belongs to the Clients view: only batches run here
    return refresh_clients(clients, practice, render_pdf=_render_pdf if with_pdf else None,
                           progress=progress, cancelled=cancelled, refresh_id=refresh_id)
