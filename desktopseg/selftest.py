"""``desktopseg --self-test``: prove a build works end to end, with no screen and no user files.

The installers run it against the frozen binary (installers/build.sh, the CI workflow, the .deb
test) because a bundle can import fine and still miss a hidden import, a data file or a Qt
plugin that only the window, the analysis or the PDF writer touches. Each step prints one line;
the first failure prints what went wrong and the exit code is 1.

Steps:
 1. open the main window offscreen and wait until it is shown (the time is printed);
 2. open a bundled sample workbook in that window and let its background worker analyse it;
 3. run the pipeline (``desktopseg.core.pipeline.run``) with every scheme on the bundled
    samples until each scheme has run at least once;
 4. write the PDF report to a temporary folder and check it is a non-empty PDF.

The user's settings, recent files and data folder are not touched: the test runs with its own
temporary ``DESKTOPSEG_HOME`` and Qt settings folder, removed afterwards.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from desktopseg import APP_NAME, __version__
from desktopseg.paths import bundled_path, is_frozen

#: Samples tried in order; the first is opened in the window. The B2B workbook carries SIC/NAICS
#: codes (firmographic), the florist's has the dates and repeat buyers the other schemes need.
SAMPLES = (
    "sample_workbooks/b2b_supplier.xlsx",
    "sample_workbooks/florist_square_items.xlsx",
    "sample_workbooks/hardware_store_sales.xlsx",
)
#: Generous bounds for a slow CI runner; the whole test normally takes a few seconds.
WINDOW_TIMEOUT_S = 30.0
ANALYSIS_TIMEOUT_S = 120.0


#: References to None held to make up for those the bindings probe made the Qt bindings drop.
_NONE_REFS_REPAID: list[None] = []


class SelfTestFailure(Exception):
    """A step failed; the message says which and why."""


def _say(text: str) -> None:
    # Windowed builds on Windows have no console; entry.py points stdout at the log file then.
    if sys.stdout is not None:
        print(f"self-test: {text}", flush=True)


def sample_files() -> list[Path]:
    """Return the bundled sample workbooks, preferred ones first, then any others found."""
    found = [p for p in (bundled_path(s) for s in SAMPLES) if p.is_file()]
    folder = bundled_path("sample_workbooks")
    if folder.is_dir():
        extra = sorted(p for p in folder.iterdir()
                       if p.suffix.lower() in (".xlsx", ".xls", ".ods", ".csv") and p not in found)
        found += extra
    return found


def _isolate(tmp: Path) -> None:
    """Point the app's data folder and Qt settings into ``tmp`` (before QApplication exists)."""
    os.environ["DESKTOPSEG_HOME"] = str(tmp / "home")
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))


def _wait(app, done: Callable[[], bool], timeout: float, what: str, dialogs: list[str]) -> None:
    """Run the event loop until ``done()`` holds; fail after ``timeout`` s or on a dialog.

    A nested QEventLoop checked by a timer, not a processEvents() busy-loop: the window's
    worker gets the interpreter lock, and the test makes a handful of Qt calls instead of
    thousands (see step_bindings for why that count matters).
    """
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.perf_counter() + timeout
    failure: list[str] = []
    loop = QEventLoop()

    def check() -> None:
        if done():
            loop.quit()
        elif dialogs:
            failure.append(f"{what}: the app showed a message: {dialogs[-1]}")
            loop.quit()
        elif time.perf_counter() > deadline:
            failure.append(f"{what}: not done after {timeout:.0f} s")
            loop.quit()

    if done():
        return
    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    if failure:
        raise SelfTestFailure(failure[0])


def _dialog_watchdog(app, dialogs: list[str]):
    """Close any modal dialog the window opens (nobody can click it offscreen) and record it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    def close_modal() -> None:
        widget = app.activeModalWidget()
        if widget is None:
            return
        text = widget.text() if isinstance(widget, QMessageBox) else widget.windowTitle()
        dialogs.append(" ".join(str(text).split()))
        widget.close()

    timer = QTimer()
    timer.setInterval(100)
    timer.timeout.connect(close_modal)
    timer.start()
    return timer


def step_bindings(state: dict) -> str:
    """Check the Qt bindings keep Python's reference count of None (a crash in waiting).

    PySide6 6.12.0 running on Python 3.11 drops one reference to None on every Qt call that
    returns nothing (setText, start, processEvents...). Python 3.12+ makes None immortal, so
    nothing happens there; on 3.11 the app dies with "Fatal Python error: none_dealloc" after
    a few thousand such calls -- seconds into an analysis. Catch that combination here, by name.
    """
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QObject

    python = ".".join(map(str, sys.version_info[:3]))
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(200):
        probe.setObjectName("probe")
    lost = before - sys.getrefcount(None)
    # Give back what this probe took, so the check itself never brings the crash closer.
    _NONE_REFS_REPAID.extend([None] * max(lost, 0))
    if lost > 20:
        raise SelfTestFailure(
            f"PySide6 {pyside_version} on Python {python} loses a reference to None on each "
            f"Qt call that returns nothing ({lost} in 200 calls); the app would crash with "
            "'deallocating None' within seconds. Build with Python 3.12 or newer, or with a "
            "PySide6 release without this fault.")
    return f"PySide6 {pyside_version} on Python {python} keeps None's reference count"


def step_window(state: dict) -> str:
    """Open the main window offscreen and wait until it is exposed."""
    from desktopseg.gui.app import make_application
    from desktopseg.gui.main_window import MainWindow

    started = time.perf_counter()
    app = make_application([sys.argv[0] if sys.argv else APP_NAME])
    state["app"] = app
    state["watchdog"] = _dialog_watchdog(app, state["dialogs"])
    window = MainWindow()
    state["window"] = window
    window.show()
    _wait(app, lambda: window.isVisible() and window.windowHandle() is not None
          and window.windowHandle().isExposed(), WINDOW_TIMEOUT_S, "window", state["dialogs"])
    return f"main window shown in {time.perf_counter() - started:.2f} s"


def step_open_in_window(state: dict) -> str:
    """Open the first sample in the window and let the window's worker analyse it."""
    from desktopseg.core.model import AnalysisSettings

    app, window = state["app"], state["window"]
    sample = state["samples"][0]
    started = time.perf_counter()
    window.open_path(str(sample))
    asked = False

    def analysed() -> bool:
        nonlocal asked
        if window.result is not None:
            return True
        busy = window.runner.is_busy()
        if not busy and window.data is not None and not asked:
            # The import preview waits for the user to confirm the columns: confirm as they would.
            asked = True
            window.run_analysis(AnalysisSettings())
        return False

    _wait(app, analysed, ANALYSIS_TIMEOUT_S, f"opening {sample.name} in the window",
          state["dialogs"])
    result = window.result
    if not result.segmentations:
        raise SelfTestFailure(f"the window analysed {sample.name} but found no segments: "
                              f"{result.unavailable}")
    counts = ", ".join(f"{k} {len(v.segments)}" for k, v in result.segmentations.items())
    return (f"{sample.name} opened and analysed in the window in "
            f"{time.perf_counter() - started:.2f} s (segments: {counts})")


def step_pipeline(state: dict) -> str:
    """Run every scheme through the pipeline on the samples until each has run once."""
    from desktopseg.core.model import SCHEMES, AnalysisSettings
    from desktopseg.core.pipeline import run

    started = time.perf_counter()
    ran: dict[str, str] = {}
    why_not: dict[str, str] = {}
    for sample in state["samples"]:
        result = run(sample, settings=AnalysisSettings(schemes=SCHEMES))
        state.setdefault("result", result)
        for name, seg in result.segmentations.items():
            if not seg.segments:
                raise SelfTestFailure(f"scheme {name} gave no segments on {sample.name}")
            ran.setdefault(name, f"{len(seg.segments)} segments on {sample.name}")
        why_not.update(result.unavailable)
        if set(SCHEMES) <= set(ran):
            break
    missing = [s for s in SCHEMES if s not in ran]
    if missing:
        raise SelfTestFailure("these schemes never ran on the bundled samples: " + "; ".join(
            f"{m} ({why_not.get(m, 'no reason given')})" for m in missing))
    return (f"every scheme ran in {time.perf_counter() - started:.2f} s: "
            + ", ".join(f"{k} {v}" for k, v in ran.items()))


def step_report(state: dict) -> str:
    """Write the PDF report into the temporary folder and check it."""
    from desktopseg.report import write_pdf

    pdf = state["tmp"] / "self-test-report.pdf"
    started = time.perf_counter()
    write_pdf(state["result"], pdf)
    size = pdf.stat().st_size if pdf.exists() else 0
    if size < 1000:
        raise SelfTestFailure(f"the PDF report is {size} bytes")
    with open(pdf, "rb") as fh:
        if fh.read(5) != b"%PDF-":
            raise SelfTestFailure("the report file is not a PDF")
    return f"PDF report written ({size:,} bytes) in {time.perf_counter() - started:.2f} s"


def step_close(state: dict) -> str:
    """Close the window; its worker must stop (a "save changes?" question is answered No)."""
    window = state.pop("window", None)
    if window is None:
        return "no window to close"
    before = len(state["dialogs"])
    window.close()
    asked = state["dialogs"][before:]  # e.g. "save changes?", answered by closing it
    del state["dialogs"][before:]
    _wait(state["app"], lambda: not window.runner.is_busy(), WINDOW_TIMEOUT_S,
          "closing the window", [])
    window.deleteLater()
    return "window closed" + (f" (it asked: {asked[0]})" if asked else "")


def step_setup(state: dict) -> str:
    """Isolate the test from the user's profile and find the bundled samples."""
    _isolate(state["tmp"])
    state["samples"] = sample_files()
    if not state["samples"]:
        raise SelfTestFailure(f"no sample workbooks in {bundled_path('sample_workbooks')}")
    return f"{len(state['samples'])} sample workbooks in {state['samples'][0].parent}"


def _print_log_tail(log: Path, lines: int = 40) -> None:
    """Show the end of the test's own log (the traceback behind an apology dialog)."""
    if log.is_file():
        tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:]
        print(f"--- end of {log.name} ---", *tail, sep="\n", file=sys.stderr)


STEPS: tuple[tuple[str, Callable[[dict], str]], ...] = (
    ("setup", step_setup),
    ("bindings", step_bindings),
    ("window", step_window),
    ("open", step_open_in_window),
    ("schemes", step_pipeline),
    ("report", step_report),
    ("close", step_close),
)


def self_test() -> int:
    """Run every step; print one line each; return 0 when all pass, 1 on the first failure."""
    if not os.environ.get("QT_QPA_PLATFORM"):  # unset, or set to nothing
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    total = time.perf_counter()
    mode = "frozen bundle" if is_frozen() else "Python " + sys.version.split()[0]
    _say(f"{APP_NAME} {__version__} ({mode}, {sys.platform})")
    tmp = Path(tempfile.mkdtemp(prefix="desktopseg-selftest-"))
    state: dict = {"tmp": tmp, "dialogs": []}
    try:
        # Diagnosis only: DESKTOPSEG_SELFTEST_SKIP=bindings,... leaves steps out (named in output).
        skip = {n for n in os.environ.get("DESKTOPSEG_SELFTEST_SKIP", "").split(",") if n}
        for name, step in STEPS:
            if name in skip:
                _say(f"{name}: skipped (DESKTOPSEG_SELFTEST_SKIP)")
                continue
            try:
                _say(f"{name}: ok - {step(state)}")
            except SelfTestFailure as exc:
                raise SelfTestFailure(f"{name}: {exc}") from None
            except ImportError as exc:
                raise SelfTestFailure(f"{name}: a part of the app is missing: {exc}") from exc
            except Exception as exc:  # noqa: BLE001 - any failure is the answer the test gives
                raise SelfTestFailure(f"{name}: {type(exc).__name__}: {exc}") from exc
    except SelfTestFailure as exc:
        _say(f"FAILED {exc}")
        if sys.stderr is not None:
            if exc.__cause__ is not None:
                traceback.print_exception(exc.__cause__, file=sys.stderr)
            _print_log_tail(tmp / "home" / "logs" / "desktopseg.log")
        return 1
    finally:
        timer = state.get("watchdog")
        if timer is not None:
            timer.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    _say(f"passed in {time.perf_counter() - total:.2f} s")
    return 0
