"""The printable segment report (DESIGN.md §7): print preview, printer, PDF.

- ``render_report(result, device, scheme=None)``: paint it on a QPrinter or QPdfWriter.
- ``write_pdf(result, path, scheme=None)``: write it as a PDF file (works without a screen).
- ``print_preview(parent, result, scheme=None)``: open Qt's print preview dialog.
"""

from desktopseg.report.render import (
    default_scheme,
    make_print_preview,
    print_preview,
    render_report,
    write_pdf,
)

__all__ = ["default_scheme", "make_print_preview", "print_preview", "render_report", "write_pdf"]
