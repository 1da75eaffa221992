"""Render the main screens to PNG at 1280x800 (README pictures, and for looking at them).

    python -m desktopseg.gui.screenshots docs/screenshots [--sample hardware] [--lang fi]

Writes welcome.png, import-preview.png, buckets.png, persona-cards.png, effort-vs-margin.png
(and report-page.png when the printable report is available). Runs offscreen.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

SIZE = (1280, 800)


def _wait(app, condition, timeout_s: float = 120.0) -> None:
    """Process events until ``condition()`` is true (or fail after ``timeout_s``)."""
    import time

    from PySide6.QtCore import QEventLoop

    end = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the window did not get there in time")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


def _save(window, path: Path, app) -> None:
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(path))
    print(f"wrote {path}")


def render(out: Path, sample: str = "hardware", language: str | None = None) -> list[Path]:
    """Render every main screen into ``out``; return the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QLocale, QSettings

    if language:
        QLocale.setDefault(QLocale(language))
    # Screenshots must not show (or change) the user's own recent files.
    import tempfile

    os.environ["DESKTOPSEG_HOME"] = tempfile.mkdtemp(prefix="desktopseg-shots-home-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      tempfile.mkdtemp(prefix="desktopseg-shots-"))
    from desktopseg.gui.app import make_application

    app = make_application([sys.argv[0]])
    from desktopseg.gui import jobs
    from desktopseg.gui.main_window import MainWindow
    from desktopseg.gui.preview_data import sample_import, sample_path

    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    window = MainWindow()
    window.resize(*SIZE)
    window.show()
    path = sample_path(sample)
    if path:
        window._add_recent(path)
    window.welcome.set_recent(window.recent_files())
    shot = out / "welcome.png"
    _save(window, shot, app)
    written.append(shot)

    # Import preview: through the real importer when it can read the sample.
    try:
        if path is None:
            raise FileNotFoundError("no sample workbook")
        import desktopseg.core.importer  # noqa: F401 - fail here, not in a modal dialog
        window.open_path(path)
        _wait(app, lambda: not window.runner.is_busy() and window.data is not None)
        if window.stack.currentWidget() is not window.preview:
            window.show_preview()
    except Exception as exc:  # noqa: BLE001 - fall back to the fixture data
        print(f"(real import unavailable: {exc!r}; using the fixture)", file=sys.stderr)
        p, data = sample_import(sample)
        window._loaded(jobs.Loaded(p, data))
    shot = out / "import-preview.png"
    _save(window, shot, app)
    written.append(shot)

    window.preview.continue_button.click()
    _wait(app, lambda: window.result is not None and not window.runner.is_busy())
    page = window.results
    page.tabs.setCurrentIndex(0)
    shot = out / "buckets.png"
    _save(window, shot, app)
    written.append(shot)
    page.tabs.setCurrentIndex(1)
    _wait(app, lambda: page.personas.pending() == 0)  # cards are built a few per event turn
    shot = out / "persona-cards.png"
    _save(window, shot, app)
    written.append(shot)
    page.tabs.setCurrentIndex(2)
    page.charts.show_kind("effort_margin")
    shot = out / "effort-vs-margin.png"
    _save(window, shot, app)
    written.append(shot)

    try:
        from PySide6.QtGui import QPageSize
        from PySide6.QtPrintSupport import QPrinter

        from desktopseg.report import render_report

        pdf = out / "_report.pdf"
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setOutputFileName(str(pdf))
        render_report(window.result, printer)
        written.append(_pdf_page_png(pdf, out / "report-page.png"))
        pdf.unlink(missing_ok=True)
    except Exception as exc:  # noqa: BLE001 - the report is another module; screens still count
        print(f"(report page skipped: {exc!r})", file=sys.stderr)
    window.dirty = False
    window.close()
    return written


def _pdf_page_png(pdf: Path, png: Path) -> Path:
    """Render the first page of ``pdf`` to ``png`` with pdftoppm."""
    import shutil
    import subprocess

    if shutil.which("pdftoppm") is None:
        raise RuntimeError("pdftoppm is not installed")
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), str(png.with_suffix(""))], check=True)
    print(f"wrote {png}")
    return png


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("out", nargs="?", default="docs/screenshots", help="folder for the PNGs")
    p.add_argument("--sample", default="hardware",
                   help="part of the sample workbook's name to show (default: hardware)")
    p.add_argument("--lang", help="locale to render in, e.g. fi, ko, zh_CN")
    args = p.parse_args(argv)
    render(Path(args.out), args.sample, args.lang)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
