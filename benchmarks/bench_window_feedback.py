"""How fast the window answers: a .dseg opened from the command line, print preview, quit.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_window_feedback.py \
        [--file sample_workbooks/florist_square_items.xlsx ...] [--repeat 3] [--json]

For each file: analyse it, save it as a project, then

- **open**: start a fresh interpreter as a file manager would (``python -m desktopseg FILE.dseg``
  path through ``run_app``) and time, from the process start, the window on screen and the
  results on screen; once for a project that keeps its results (shown as saved) and once, as
  the baseline in the same run, for the same project saved without them (the analysis re-runs,
  as it did for every project before results were kept, and still does for older files);
- **print preview**: in this process, from the menu command to the first feedback (the status
  line and busy cursor) and to the preview dialog on screen;
- **quit**: from ``close()`` to the window gone (feedback) and to ``close()`` returning.

Targets (issue 19): results within 1 s of the window on a sample; preview and quit feedback
within 100 ms. Times are medians of ``--repeat`` runs; the open times of each run are listed too.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DESKTOPSEG_HOME", tempfile.mkdtemp(prefix="desktopseg-bench-"))

_CHILD = r"""
import os, sys, time, json
t0 = float(os.environ["BENCH_T0"])
sys.path.insert(0, os.environ["BENCH_ROOT"])
from desktopseg.gui.app import make_application
app = make_application()
from PySide6.QtCore import QTimer
from desktopseg.gui.main_window import MainWindow
w = MainWindow()
marks = {}
w.results_shown.connect(lambda: (marks.setdefault("results", time.time() - t0), app.quit()))
w.show()
app.processEvents()
marks["window"] = time.time() - t0
w.open_path(sys.argv[1])
QTimer.singleShot(60000, app.quit)
app.exec()
w.dirty = False
w.close()
print(json.dumps(marks))
"""


def bench_open(project: Path) -> dict:
    env = dict(os.environ, BENCH_T0=repr(time.time()), BENCH_ROOT=str(ROOT))
    out = subprocess.run([sys.executable, "-c", _CHILD, str(project)], env=env,
                         capture_output=True, text=True, check=True, timeout=120)
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench_preview_and_quit(path: Path) -> dict:
    from PySide6.QtCore import QTimer
    from PySide6.QtPrintSupport import QPrintPreviewDialog
    from PySide6.QtWidgets import QApplication

    from desktopseg.gui.app import make_application
    from desktopseg.gui.main_window import MainWindow

    app = QApplication.instance() or make_application()
    w = MainWindow()
    w.show()
    done = []
    w.results_shown.connect(lambda: done.append(1))
    w.open_path(str(path))
    end = time.time() + 120
    while not done and time.time() < end:
        app.processEvents()
        if w.stack.currentWidget() is w.preview and not w.runner.is_busy():
            w.preview.continue_button.click()
        time.sleep(0.005)
    marks: dict[str, float] = {}
    t0 = [0.0]
    w.statusBar().messageChanged.connect(
        lambda m: marks.setdefault("preview_feedback", time.perf_counter() - t0[0]) if m else None)

    def close_dialog():
        for top in app.topLevelWidgets():
            if isinstance(top, QPrintPreviewDialog) and top.isVisible():
                marks.setdefault("preview_shown", time.perf_counter() - t0[0])
                top.reject()
                return
        QTimer.singleShot(5, close_dialog)

    QTimer.singleShot(5, close_dialog)
    t0[0] = time.perf_counter()
    w.print_preview()
    # Quit.
    w.dirty = False
    hidden = []
    app.processEvents()
    t = time.perf_counter()
    QTimer.singleShot(0, lambda: None)
    orig_hide = w.hide

    def hide():
        hidden.append(time.perf_counter() - t)
        orig_hide()

    w.hide = hide
    w.close()
    marks["quit_feedback"] = hidden[0] if hidden else float("nan")
    marks["quit_total"] = time.perf_counter() - t
    return marks


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--file", action="append", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    files = args.file or sorted((ROOT / "sample_workbooks").glob("*.xlsx"))
    from desktopseg.core import pipeline
    from desktopseg.core.project import new_project, save_project

    report = {}
    tmp = Path(tempfile.mkdtemp(prefix="bench-dseg-"))
    for f in files:
        data = pipeline.load(str(f))
        result = pipeline.analyse(data)
        project = new_project(data, result.settings, {"path": str(f)})
        rerun = tmp / (f.stem + "-rerun.dseg")
        save_project(rerun, project)  # no results kept: opening analyses again
        project.result = result
        dseg = tmp / (f.stem + ".dseg")
        save_project(dseg, project)
        opens, reruns = [], []
        for _ in range(args.repeat):  # interleaved, so both see the same machine load
            opens.append(bench_open(dseg))
            reruns.append(bench_open(rerun))
        other = bench_preview_and_quit(f)
        report[f.name] = {
            "window_s": statistics.median(o["window"] for o in opens),
            "results_s": statistics.median(o.get("results", float("nan")) for o in opens),
            "results_runs_s": [round(o.get("results", float("nan")), 2) for o in opens],
            "rerun_results_s": statistics.median(o.get("results", float("nan"))
                                                 for o in reruns),
            "rerun_runs_s": [round(o.get("results", float("nan")), 2) for o in reruns],
            **{k: round(v, 4) for k, v in other.items()},
        }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"{'file':44} {'window':>7} {'results':>8} {'re-run':>7} {'pv fb':>7} "
              f"{'pv shown':>9} {'quit fb':>8} {'quit':>7}")
        for name, r in report.items():
            print(f"{name:44} {r['window_s']:7.2f} {r['results_s']:8.2f} "
                  f"{r['rerun_results_s']:7.2f} "
                  f"{r.get('preview_feedback', float('nan')):7.3f} "
                  f"{r.get('preview_shown', float('nan')):9.2f} {r['quit_feedback']:8.3f} "
                  f"{r['quit_total']:7.2f}")
            print(f"    results, each run: {r['results_runs_s']}; re-run, each run: "
                  f"{r['rerun_runs_s']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
