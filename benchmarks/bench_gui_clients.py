"""Window responsiveness while clients run: the longest gap of a 10 ms timer during a batch.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_gui_clients.py \
        [--clients 5] [--reruns 5] [--no-pdf] [--mode process|thread] [--json]

Opens the real main window offscreen and its File > Clients… view, registers ``--clients``
clients (copies of the sample workbooks, each in its own export folder), clicks "Refresh all"
and, while every client is read, analysed and written (workbook and PDF), a QTimer on the GUI
thread ticks every 10 ms. Reports the longest gap per rerun and checks each against 100 ms
(issue 18 point 6: "in each of five reruns").
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DESKTOPSEG_HOME", tempfile.mkdtemp(prefix="desktopseg-bench-clients-"))

TARGET_MS = 100.0
SAMPLES = ("florist_square_items.xlsx", "hardware_store_sales.xlsx", "b2b_supplier.xlsx",
           "bookkeeper_quickbooks_sales_by_customer.xlsx", "european_shop_export.csv")


def register(n: int, base: Path) -> None:
    """Register ``n`` clients, each with a copy of a sample workbook in its own folder."""
    from desktopseg.core.clients import Registry

    reg = Registry.load()
    for i in range(n):
        sample = SAMPLES[i % len(SAMPLES)]
        folder = base / f"client_{i + 1}"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / "sample_workbooks" / sample, folder / sample)
        reg.add(f"Client {i + 1} ({Path(sample).stem.split('_')[0]})", folder)
    reg.save()


def one_run(app, view, timeout: float = 900.0) -> dict:
    """Click Refresh all; return the longest timer gap until the refresh finished."""
    from bench_gui import GapProbe

    state = {"step": "starting"}
    view.runner.progress.connect(lambda step, _f: state.__setitem__("step", step))
    done: list[object] = []
    view.runner.finished.connect(done.append)
    view.runner.failed.connect(done.append)
    probe = GapProbe(lambda: state["step"])
    probe.start()
    t0 = time.perf_counter()
    view.refresh_all()
    while not done:
        app.processEvents()
        time.sleep(0.001)
        if time.perf_counter() - t0 > timeout:
            raise TimeoutError(f"the refresh took over {timeout} s")
    # The view fills its table when the result arrives: include that in the measurement.
    t_end = time.perf_counter() + 0.2
    while time.perf_counter() < t_end:
        app.processEvents()
        time.sleep(0.001)
    probe.stop()
    outcome = done[0]
    gaps = sorted(probe.gaps)
    return {
        "seconds": round(time.perf_counter() - t0 - 0.2, 2),
        "max_gap_ms": round(probe.max_gap * 1000, 1),
        "max_gap_during": probe.where,
        "p99_gap_ms": round(gaps[int(len(gaps) * 0.99)] * 1000, 1) if gaps else None,
        "clients_done": len(outcome.clients) - len(outcome.problems)
        if hasattr(outcome, "clients") else 0,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=len(SAMPLES), help="how many clients")
    ap.add_argument("--reruns", type=int, default=5)
    ap.add_argument("--no-pdf", action="store_true", help="workbooks only")
    ap.add_argument("--mode", choices=("process", "thread"), default=None)
    ap.add_argument("--json", action="store_true", help="print one JSON line last")
    ap.add_argument("--settle", type=float, default=6.0,
                    help="seconds between opening the view and the first click: a person "
                         "takes that long, and the worker children finish starting meanwhile")
    args = ap.parse_args(argv)
    if args.mode:
        os.environ["DESKTOPSEG_WORKER"] = args.mode

    from desktopseg.gui.app import make_application
    from desktopseg.gui.clients_view import ClientsView
    from desktopseg.gui.main_window import MainWindow
    from desktopseg.gui.worker import default_mode

    register(args.clients, Path(tempfile.mkdtemp(prefix="desktopseg-bench-exports-")))
    app = make_application(["bench_gui_clients"])
    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    view = ClientsView(window, with_pdf=not args.no_pdf)
    view.show()
    t = time.perf_counter()
    while time.perf_counter() - t < args.settle:  # the worker's child warms up as in real use
        app.processEvents()
        time.sleep(0.01)
    runs = []
    for i in range(args.reruns):
        fig = one_run(app, view)
        runs.append(fig)
        print(f"rerun {i + 1}: {args.clients} clients in {fig['seconds']:.1f} s, longest timer "
              f"gap {fig['max_gap_ms']:.0f} ms (during '{fig['max_gap_during']}'), "
              f"p99 {fig['p99_gap_ms']} ms [{default_mode()}]", file=sys.stderr)
    worst = max(r["max_gap_ms"] for r in runs)
    ok = all(r["max_gap_ms"] <= TARGET_MS for r in runs)
    print(f"longest gap over {len(runs)} reruns: {worst:.0f} ms -- target <= {TARGET_MS:.0f} ms "
          f"in each: {'PASS' if ok else 'FAIL'}", file=sys.stderr)
    view.done(0)
    window.runner.shutdown()
    if args.json:
        print(json.dumps({"mode": default_mode(), "clients": args.clients, "runs": runs,
                          "worst_gap_ms": worst, "ok": ok}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
