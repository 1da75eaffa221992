"""Window responsiveness during a big analysis: the longest gap between 10 ms timer ticks.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_gui.py \
        --file benchmarks/data/pos_100000_....xlsx --file benchmarks/data/pos_1000000_....xlsx \
        [--mode process|thread] [--json] [--reaction 0.25]

Opens the real main window offscreen and, for each file, does what a user does: drop the file
(``open_path``), confirm the column preview, wait for the persona cards. Meanwhile a QTimer on
the GUI thread ticks every 10 ms; any step that holds the interpreter lock (or blocks the GUI
thread) shows up as a long gap between ticks. Reports the longest gap, where in the run it
happened, and the time from drop to persona cards on screen.

``--mode`` chooses how the worker runs the jobs: ``process`` (default; a spawned child process,
see desktopseg/gui/worker.py) or ``thread`` (the worker thread in this process), so both can be
compared in the same run.

``--reaction`` (default 0.25 s): the simulated user waits that long, with the event loop running,
before clicking Continue on the preview and before opening the persona cards; drop -> cards
leaves those waits out. With 0 the clicks land in the same event-loop turn the screen appeared
in, so the work of two screens falls into one timer gap (stricter than any person).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A private profile: no remembered mappings, recent files or autosaves from the user's runs.
os.environ.setdefault("DESKTOPSEG_HOME", tempfile.mkdtemp(prefix="desktopseg-bench-"))


class GapProbe:
    """A 10 ms QTimer on the GUI thread that remembers the longest gap between its ticks."""

    def __init__(self, label_fn) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.label_fn = label_fn
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.reset()

    def reset(self) -> None:
        self.last = time.perf_counter()
        self.max_gap = 0.0
        self.where = ""
        self.gaps: list[float] = []
        self.by_step: dict[str, float] = {}

    def start(self) -> None:
        self.reset()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = now - self.last
        self.last = now
        self.gaps.append(gap)
        where = self.label_fn()  # every step seen since the previous tick
        self.by_step[where] = max(self.by_step.get(where, 0.0), gap)
        if gap > self.max_gap:
            self.max_gap, self.where = gap, where


def run_one(app, window, path: Path, timeout: float = 600.0, reaction: float = 0.25) -> dict:
    """Drop ``path`` on the window, confirm the preview, wait for persona cards; measure."""
    from desktopseg.gui.personas_view import PersonaCard

    state = {"step": "starting", "seen": ["starting"]}
    timeline: list[tuple[float, str]] = []

    def set_step(step: str) -> None:
        if step != state["step"]:
            timeline.append((round(time.perf_counter() - t0, 3), step))
            state["seen"].append(step)
        state["step"] = step

    def seen_since_last_tick() -> str:
        label = " + ".join(dict.fromkeys(state["seen"]))
        state["seen"] = [state["step"]]
        return label

    def on_progress(step: str, fraction: float) -> None:
        set_step(step)

    # The screens the window builds on its own thread when a job ends are named in the gaps.
    def traced(method, name):
        def run(*a, **k):
            set_step(name)
            return method(*a, **k)
        return run

    window.__dict__.pop("show_preview", None)
    window.__dict__.pop("show_results", None)
    window.show_preview = traced(window.show_preview, "window builds the preview")
    window.show_results = traced(window.show_results, "window builds the results")
    window.runner.progress.connect(on_progress)
    window.runner.finished.connect(
        lambda _r: timeline.append((round(time.perf_counter() - t0, 3), "job finished")))
    probe = GapProbe(seen_since_last_tick)
    done = {"results": False, "preview": False}
    def on_results() -> None:
        done["results"] = True
        timeline.append((round(time.perf_counter() - t0, 3), "results shown"))

    on_preview = lambda: done.__setitem__("preview", True)  # noqa: E731
    window.results_shown.connect(on_results)
    window.preview_shown.connect(on_preview)
    failed: list[object] = []
    window.runner.failed.connect(failed.append)
    window.result = None

    def user_looks(label: str) -> float:
        # A person takes a moment before the next click: the window keeps running its event
        # loop meanwhile. Without it, two screens' work would fall into one timer gap.
        set_step(label)
        t = time.perf_counter()
        while time.perf_counter() - t < reaction:
            app.processEvents()
            time.sleep(0.001)
        return time.perf_counter() - t

    probe.start()
    t0 = time.perf_counter()
    looked = 0.0  # time spent "looking", taken out of drop -> cards
    window.open_path(str(path))
    preview_at = None
    while not done["results"]:
        app.processEvents()
        time.sleep(0.001)
        if failed:
            raise RuntimeError(f"the run failed: {failed[0]!r}")
        if done["preview"] and preview_at is None:
            preview_at = time.perf_counter()
            looked += user_looks("user reads the preview")
            set_step("user clicks Continue")
            window._on_preview_continue(None)
        if time.perf_counter() - t0 > timeout:
            raise TimeoutError(f"no results after {timeout} s")
    # The results page fills a tab when it is first shown: open the persona cards (after the
    # user's moment), let the paint events through, then stop the clock.
    looked += user_looks("user looks at the results")
    set_step("user opens the persona cards")
    window._show_tab_personas()
    app.processEvents()
    # The cards after the first screenful are built a few per event turn: wait for the last.
    while window.results.personas.pending():
        app.processEvents()
        time.sleep(0.001)
    t_cards = time.perf_counter() - t0 - looked
    probe.stop()
    cards = len(window.results.findChildren(PersonaCard))
    window.results_shown.disconnect(on_results)
    window.preview_shown.disconnect(on_preview)
    gaps = sorted(probe.gaps)
    return {
        "file": path.name,
        "drop_to_cards_s": round(t_cards, 3),
        "user_reaction_s": reaction,
        "drop_to_preview_s": round(preview_at - t0, 3) if preview_at else None,
        "max_gap_ms": round(probe.max_gap * 1000, 1),
        "max_gap_during": probe.where,
        "p99_gap_ms": round(gaps[int(len(gaps) * 0.99)] * 1000, 1) if gaps else None,
        "ticks": len(gaps),
        "persona_cards": cards,
        "customers": int(len(window.result.customers)),
        "timeline": timeline,
        "max_gap_ms_by_step": {k: round(v * 1000, 1) for k, v in sorted(
            probe.by_step.items(), key=lambda kv: -kv[1])[:8]},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--file", type=Path, action="append", required=True)
    ap.add_argument("--mode", choices=("process", "thread"), default=None,
                    help="how the worker runs jobs (default: the app's own choice)")
    ap.add_argument("--json", action="store_true", help="print one JSON line last")
    ap.add_argument("--reaction", type=float, default=0.25,
                    help="seconds the simulated user takes before Continue and before opening "
                         "the persona cards (the window's event loop runs meanwhile; taken out "
                         "of drop -> cards); 0 clicks in the same event-loop turn")
    args = ap.parse_args(argv)
    if args.mode:
        os.environ["DESKTOPSEG_WORKER"] = args.mode

    from desktopseg.gui.app import make_application
    from desktopseg.gui.main_window import MainWindow
    from desktopseg.gui.worker import default_mode

    app = make_application(["bench_gui"])
    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    # A user takes seconds to find and drop a file; meanwhile the worker's child warms up.
    t = time.perf_counter()
    while time.perf_counter() - t < 4:
        app.processEvents()
        time.sleep(0.01)
    out = {"mode": default_mode(), "runs": {}}
    for path in args.file:
        fig = run_one(app, window, path, reaction=args.reaction)
        fig["mode"] = out["mode"]
        name = f"{fig['customers'] * 20:,} lines" if fig["customers"] else path.name
        out["runs"][f"{path.stem.split('_')[1] if '_' in path.stem else path.stem}"] = fig
        print(f"{path.name}: drop -> persona cards {fig['drop_to_cards_s']:.2f} s, "
              f"longest timer gap {fig['max_gap_ms']:.0f} ms (during '{fig['max_gap_during']}'), "
              f"p99 {fig['p99_gap_ms']} ms, {fig['persona_cards']} cards [{out['mode']}] {name}",
              file=sys.stderr)
    # Name runs by line count for the report.
    out["runs"] = {f"{int(k):,} lines .xlsx" if k.isdigit() else k: v
                   for k, v in out["runs"].items()}
    window.runner.shutdown()
    if args.json:
        print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
