"""The speed-and-scale benchmark (`make bench`): every figure of issue 6 with its target.

    .venv/bin/python benchmarks/run_all.py [--sizes 10000,100000,1000000] [--quick] [--repeat N]
                                           [--no-gui] [--extra-csv 3000000]

1. Generates seeded POS line-item tables (benchmarks/datagen.py; one customer per 20 lines, so
   50,000 at 1M) as .csv and .xlsx, cached in benchmarks/data/ under a name keyed by size, seed
   and a hash of datagen.py, so re-runs skip the minutes the 1M .xlsx takes to write.
2. For each size and format, a FRESH subprocess (so peak memory of one size never mixes into
   another) times read, clean, customer features, each scheme, persona cards, Excel export and
   end to end (pipeline.run: file -> persona cards, what the window shows), best of N; and
   times the baselines in the same process: the raw fastexcel read alone,
   pandas.read_excel(engine="openpyxl") (at 1M the first 100,000 rows, scaled linearly: it
   reads row by row) and lifetimes' summary_data_from_transaction_data; at the largest size
   also choosing k on the customers. Peak memory (VmHWM) comes from one more fresh process
   that runs pipeline.run once and nothing else; the stage child's own high-water mark (with
   the baselines' extra reads) is kept beside it as bench_process_peak_rss_mb.
3. The GUI figures: benchmarks/bench_gui.py (timer gaps during a run, drop -> persona cards)
   and desktopseg.gui.startup_probe (cold start -> shown window).
4. ``compare FILE --at DAY`` against one ``segment`` run on the CSVs: benchmarks/bench_compare.py
   (issue 15; skip with --no-compare).

Prints a table of every figure with its target and PASS/FAIL and writes
benchmarks/results/bench.json. The machine is shared: ratios come from the same run.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "data"
RESULTS = HERE / "results"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

SEED = 0
MB = 1024**2


# ---- datasets ---------------------------------------------------------------------------------
def generator_version() -> str:
    """A short hash of datagen.py: a changed generator never reuses stale cached files."""
    return hashlib.sha1((HERE / "datagen.py").read_bytes()).hexdigest()[:8]


def dataset(lines: int, fmt: str, seed: int = SEED) -> Path:
    """Return the cached dataset of ``lines`` lines as .csv or .xlsx, generating it if missing."""
    path = DATA / f"pos_{lines}_s{seed}_g{generator_version()}.{fmt}"
    if path.exists():
        return path
    import datagen

    DATA.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    df = datagen.make_pos_lines(lines, max(1, lines // 20), seed)
    tmp = path.with_suffix(".part." + fmt)  # a killed run never leaves a half file under the key
    (datagen.write_csv if fmt == "csv" else datagen.write_xlsx)(df, tmp)
    tmp.replace(path)
    print(f"  generated {path.name} in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    return path


# ---- one size in a child process --------------------------------------------------------------
def _peak_rss_mb() -> float:
    """Peak resident memory of this process in MB.

    VmHWM, not getrusage's ru_maxrss: Linux carries ru_maxrss over fork and exec, so a child
    started by a parent that had just generated 3M lines reported the parent's 1.2 GB.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / MB if sys.platform == "darwin" else peak / 1024  # bytes on macOS, else KiB


def peak_child(path: Path) -> dict:
    """Run ``pipeline.run(path)`` once in this fresh process; return its time and peak RSS.

    The memory target is about the app's own work on one file. The stage-by-stage child also
    holds the benchmark's extra reads (the raw fastexcel baseline, a second end-to-end run,
    the Excel export), so its high-water mark is reported beside this one, not instead.
    """
    import pyarrow.csv  # noqa: F401
    import sklearn.cluster  # noqa: F401

    from desktopseg.core import pipeline

    before = _peak_rss_mb()
    t = time.perf_counter()
    result = pipeline.run(path)
    took = time.perf_counter() - t
    return {"peak_rss_mb": round(_peak_rss_mb(), 1), "after_imports_mb": round(before, 1),
            "seconds": round(took, 3), "customers": int(len(result.customers))}


def run_peak_child(path: Path) -> dict:
    """Run :func:`peak_child` in a fresh interpreter."""
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--peak", str(path)],
        capture_output=True, text=True, cwd=ROOT,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"peak child failed on {path.name}:\n{proc.stderr[-4000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _best(times: list[float]) -> float:
    return min(times)


def child(path: Path, repeat: int, baselines: bool) -> dict:
    """Time every stage on ``path`` in this (fresh) process; return the figures."""
    # Import cost is start-up's business (the startup probe), not the pipeline's.
    import pyarrow.csv  # noqa: F401
    import sklearn.cluster  # noqa: F401
    import sklearn.metrics  # noqa: F401

    from desktopseg.core import pipeline
    from desktopseg.core.export import write_workbook
    from desktopseg.core.features import build_customers
    from desktopseg.core.model import AnalysisSettings, ImportOptions
    from desktopseg.core.personas import attach_personas
    from desktopseg.core.progress import Task
    from desktopseg.core.segmentation import run_scheme

    settings = AnalysisSettings()
    is_xlsx = path.suffix == ".xlsx"
    stages: dict[str, list[float]] = {}

    def add(name: str, seconds: float) -> None:
        stages.setdefault(name, []).append(seconds)

    def raw_read() -> None:
        import fastexcel

        t = time.perf_counter()
        fastexcel.read_excel(str(path)).load_sheet(0).to_arrow()
        add("raw fastexcel read", time.perf_counter() - t)

    out: dict = {"file": path.name, "size_mb": round(path.stat().st_size / MB, 1)}
    peak_after_first = None
    for _ in range(repeat):
        # Stage by stage, calling the same functions pipeline.analyse calls.
        marks: dict[str, float] = {}

        def progress(step: str, fraction: float, marks=marks) -> None:
            if fraction >= 0.7 and "read" not in marks:
                marks["read"] = time.perf_counter()  # import_file's reading step ends at 0.7

        t0 = time.perf_counter()
        data = pipeline.load(path, ImportOptions(), progress)
        t1 = time.perf_counter()
        add("read", marks.get("read", t1) - t0)
        add("clean", t1 - marks.get("read", t1))
        result = build_customers(data, settings, Task())
        t2 = time.perf_counter()
        add("customer features", t2 - t1)
        personas = 0.0
        for name in settings.schemes:
            t = time.perf_counter()
            try:
                seg = run_scheme(name, result.customers, settings, Task())
            except pipeline.SchemeUnavailable:
                continue
            t_seg = time.perf_counter()
            add(f"scheme {name}", t_seg - t)
            attach_personas(seg, result)
            personas += time.perf_counter() - t_seg
            result.segmentations[name] = seg
        add("persona cards", personas)
        with tempfile.TemporaryDirectory() as tmp:
            t = time.perf_counter()
            write_workbook(result, Path(tmp) / "result.xlsx", Task())
            add("Excel export", time.perf_counter() - t)
        out["lines"] = int(len(data.transactions))
        out["customers"] = int(len(result.customers))
        out["segments"] = {n: len(s.segments) for n, s in result.segmentations.items()}
        del data, result, seg
        if is_xlsx:
            raw_read()
        # End to end: the one call the window and the command line make.
        t = time.perf_counter()
        result = pipeline.run(path)
        add("end to end", time.perf_counter() - t)
        if peak_after_first is None:
            peak_after_first = _peak_rss_mb()
        last = result
        del result
    out["stages"] = {k: round(_best(v), 3) for k, v in stages.items()}
    out["runs"] = {k: [round(x, 3) for x in v] for k, v in stages.items()}
    out["peak_rss_mb"] = round(peak_after_first, 1)

    if baselines:
        tx = last.data.transactions
        out["baselines"] = {}

        def lifetimes_rfm():
            from lifetimes.utils import summary_data_from_transaction_data

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return summary_data_from_transaction_data(
                    tx, "customer_key", "date", monetary_value_col="amount",
                    observation_period_end=tx["date"].max())

        times = []
        for _ in range(repeat):
            t = time.perf_counter()
            lifetimes_rfm()
            times.append(time.perf_counter() - t)
        out["baselines"]["lifetimes RFM summary"] = round(min(times), 3)

        from desktopseg.core.segmentation.clusters import _standardize, choose_k, feature_matrix

        x = _standardize(feature_matrix(last.customers)[0])
        times = []
        for _ in range(max(repeat, 3)):
            t = time.perf_counter()
            choose_k(x, settings)
            times.append(time.perf_counter() - t)
        out["baselines"]["choose k"] = round(min(times), 3)
        out["baselines"]["choose k customers"] = int(len(x))

        if is_xlsx:
            import pandas as pd

            n = out["lines"]
            rows = min(n, 100_000)
            t = time.perf_counter()
            pd.read_excel(path, engine="openpyxl", nrows=rows)
            took = time.perf_counter() - t
            out["baselines"]["pandas+openpyxl read"] = round(took * n / rows, 3)
            out["baselines"]["pandas+openpyxl rows timed"] = rows
    return out


def run_child(path: Path, repeat: int, baselines: bool) -> dict:
    """Run :func:`child` in a fresh interpreter; return its figures."""
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", str(path),
         "--repeat", str(repeat)] + ([] if baselines else ["--no-baselines"]),
        capture_output=True, text=True, cwd=ROOT,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"child failed on {path.name}:\n{proc.stderr[-4000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# ---- GUI and start-up ---------------------------------------------------------------------------
def gui_figures(paths: dict[int, Path]) -> dict:
    """Run bench_gui.py in its own process (it owns the QApplication) and return its JSON."""
    args = [sys.executable, str(HERE / "bench_gui.py"), "--json"]
    for _lines, path in sorted(paths.items()):
        args += ["--file", str(path)]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(args, capture_output=True, text=True, cwd=ROOT, env=env)
    if proc.returncode != 0:
        raise RuntimeError(f"bench_gui failed:\n{proc.stderr[-4000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def startup_figures(runs: int) -> dict:
    from desktopseg.gui.startup_probe import measure_once

    times = [measure_once()[0] for _ in range(runs)]
    return {"runs": [round(t, 3) for t in times], "best": round(min(times), 3),
            "median": round(statistics.median(times), 3)}


# ---- report --------------------------------------------------------------------------------------
class Checks:
    """Collects (figure, value, target, pass) rows."""

    def __init__(self) -> None:
        self.rows: list[dict] = []

    def add(self, figure: str, value: float | None, unit: str, target: str, ok: bool | None,
            note: str = "") -> None:
        self.rows.append({"figure": figure, "value": value, "unit": unit, "target": target,
                          "pass": ok, "note": note})

    def print(self) -> None:
        print(f"\n{'figure':<58} {'value':>12}  {'target':<16} result")
        for r in self.rows:
            v = "n/a" if r["value"] is None else f"{r['value']:,.2f} {r['unit']}"
            res = "-" if r["pass"] is None else ("PASS" if r["pass"] else "FAIL")
            print(f"{r['figure']:<58} {v:>12}  {r['target']:<16} {res}"
                  + (f"  ({r['note']})" if r["note"] else ""))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000,1000000",
                    help="comma-separated line counts (default 10k, 100k, 1M)")
    ap.add_argument("--quick", action="store_true", help="10k and 100k lines only")
    ap.add_argument("--repeat", type=int, default=0,
                    help="best of N per timing (default 3 below 1M lines, 2 at 1M)")
    ap.add_argument("--no-gui", action="store_true", help="skip the window benchmarks")
    ap.add_argument("--no-compare", action="store_true", help="skip compare vs. segment")
    ap.add_argument("--extra-csv", type=int, default=0,
                    help="also time a CSV of this many lines (growth curve beyond 1M)")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--no-baselines", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--peak", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.peak:
        print(json.dumps(peak_child(args.peak)))
        return 0

    if args.child:
        print(json.dumps(child(args.child, args.repeat or 1, not args.no_baselines)))
        return 0

    sizes = [10_000, 100_000] if args.quick else [int(s) for s in args.sizes.split(",")]
    print(f"DesktopSeg benchmark: sizes {sizes}, {os.cpu_count()} cores, "
          f"load {os.getloadavg()[0]:.1f}, generator {generator_version()}", file=sys.stderr)
    results: dict = {"machine": {"python": platform.python_version(), "cores": os.cpu_count(),
                                 "load_at_start": round(os.getloadavg()[0], 2)},
                     "generator": generator_version(), "seed": SEED, "sizes": {}}
    paths: dict[int, dict[str, Path]] = {}
    for n in sizes:
        paths[n] = {fmt: dataset(n, fmt) for fmt in ("csv", "xlsx")}
    if args.extra_csv:
        paths[args.extra_csv] = {"csv": dataset(args.extra_csv, "csv")}

    for n, by_fmt in paths.items():
        rep = args.repeat or (3 if n < 1_000_000 else 2 if n == 1_000_000 else 1)
        results["sizes"][n] = {}
        for fmt, path in by_fmt.items():
            print(f"  {n:>9,} lines .{fmt}: running (best of {rep})...", file=sys.stderr)
            t = time.perf_counter()
            fig = run_child(path, rep, baselines=True)
            fig["bench_process_peak_rss_mb"] = fig.pop("peak_rss_mb")
            fig["one_run"] = run_peak_child(path)
            fig["peak_rss_mb"] = fig["one_run"]["peak_rss_mb"]
            results["sizes"][n][fmt] = fig
            print(f"    done in {time.perf_counter() - t:.0f} s: end to end "
                  f"{fig['stages']['end to end']:.2f} s, peak {fig['peak_rss_mb']:.0f} MB "
                  f"(one run in a fresh process; the benchmark process with all its extra reads: "
                  f"{fig['bench_process_peak_rss_mb']:.0f} MB)", file=sys.stderr)

    if not args.no_gui:
        print("  window benchmarks (bench_gui.py)...", file=sys.stderr)
        gui_sizes = {n: p["xlsx"] for n, p in paths.items() if "xlsx" in p
                     and n in (100_000, 1_000_000)}
        results["gui"] = gui_figures(gui_sizes) if gui_sizes else {}
        print("  cold start (startup_probe, 5 runs)...", file=sys.stderr)
        results["startup"] = startup_figures(5)

    if not args.no_compare:
        print("  compare vs. one segment run (bench_compare.py)...", file=sys.stderr)
        from bench_compare import run_sizes as compare_sizes

        results["compare"] = compare_sizes([n for n in sizes if n >= 100_000] or sizes)
    # Issue 16: fit + forecast of 50,000 customers, and what the forecast adds at 1M lines.
    print("  forecast, 50,000 customers (bench_forecast.py)...", file=sys.stderr)
    results["forecast"] = script_json("bench_forecast.py")
    # Issue 18: the workbook of 50,000 customers, and the window while a batch of clients runs.
    print("  Excel export, 50,000 customers (bench_export.py)...", file=sys.stderr)
    results["export"] = script_json("bench_export.py")
    if not args.no_gui:
        print("  window during a batch of clients (bench_gui_clients.py, 5 reruns)...",
              file=sys.stderr)
        results["gui_clients"] = script_json("bench_gui_clients.py")

    checks = summarise(results)
    results["checks"] = checks.rows
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / "bench.json"
    out.write_text(json.dumps(results, indent=1, default=str))
    print_tables(results)
    checks.print()
    print(f"\nwritten {out.relative_to(ROOT)}")
    return 0


def script_json(script: str, *args: str) -> dict:
    """Run a benchmark script of this folder with --json in a fresh process; its last line."""
    proc = subprocess.run([sys.executable, str(HERE / script), "--json", *args],
                          capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def print_tables(results: dict) -> None:
    """The per-size stage table (seconds, best of N) and peak memory."""
    stage_names: list[str] = []
    cols = []
    for n, by_fmt in results["sizes"].items():
        for fmt, fig in by_fmt.items():
            cols.append((f"{int(n):,} {fmt}", fig))
            for k in fig["stages"]:
                if k not in stage_names:
                    stage_names.append(k)
    print("\nseconds (best of N)" + "".join(f"{c:>16}" for c, _ in cols))
    for s in stage_names:
        print(f"{s:<19}" + "".join(
            f"{fig['stages'][s]:>16.3f}" if s in fig["stages"] else f"{'':>16}" for _, fig in cols))
    print(f"{'peak RSS MB':<19}" + "".join(f"{fig['peak_rss_mb']:>16.0f}" for _, fig in cols))
    print(f"{'customers':<19}" + "".join(f"{fig['customers']:>16,}" for _, fig in cols))
    for key in ("raw fastexcel read", "pandas+openpyxl read", "lifetimes RFM summary",
                "choose k"):
        vals = [fig["stages"].get(key, fig.get("baselines", {}).get(key)) for _, fig in cols]
        if any(v is not None for v in vals) and key not in stage_names:
            print(f"{key[:19]:<19}" + "".join(
                f"{v:>16.3f}" if v is not None else f"{'':>16}" for v in vals))


def _peak_note(fig: dict) -> str:
    return (f"one pipeline.run in a fresh process; the stage-timing process, with the "
            f"baselines' extra reads, peaked at {fig.get('bench_process_peak_rss_mb', 0):.0f} MB")


def summarise(results: dict) -> Checks:
    """Every target of issue 6 with its measured value."""
    c = Checks()
    sizes = results["sizes"]
    big = sizes.get(1_000_000) or sizes.get("1000000")
    if big and "xlsx" in big:
        x = big["xlsx"]
        e2e, raw = x["stages"]["end to end"], x["stages"]["raw fastexcel read"]
        c.add("1M .xlsx end to end / raw fastexcel read", e2e / raw, "x", "<= 1.3x",
              e2e / raw <= 1.3, f"{e2e:.2f} s vs {raw:.2f} s")
        pd_read = x["baselines"]["pandas+openpyxl read"]
        c.add("1M .xlsx pandas+openpyxl read / end to end", pd_read / e2e, "x", ">= 12x",
              pd_read / e2e >= 12,
              f"openpyxl {pd_read:.1f} s, first {x['baselines']['pandas+openpyxl rows timed']:,}"
              " rows timed and scaled")
        c.add("1M .xlsx peak memory (RSS)", x["peak_rss_mb"], "MB", "< 1536 MB",
              x["peak_rss_mb"] < 1536, _peak_note(x))
    if big and "csv" in big:
        x = big["csv"]
        e2e = x["stages"]["end to end"]
        c.add("1M .csv end to end", e2e, "s", "< 4 s", e2e < 4)
        c.add("1M .csv peak memory (RSS)", x["peak_rss_mb"], "MB", "< 1536 MB",
              x["peak_rss_mb"] < 1536, _peak_note(x))
        k = x["baselines"]["choose k"]
        c.add(f"choose k on {x['baselines']['choose k customers']:,} customers", k, "s",
              "< 3 s", k < 3)
        lt = x["baselines"]["lifetimes RFM summary"]
        feat = x["stages"]["customer features"]
        c.add("1M lifetimes RFM summary / our customer features", lt / feat, "x", "-", None,
              f"lifetimes {lt:.2f} s (3 columns), ours {feat:.2f} s (every feature)")
    gui = results.get("gui") or {}
    for name, run in gui.get("runs", {}).items():
        c.add(f"window: longest timer gap, {name}", run["max_gap_ms"], "ms", "< 100 ms",
              run["max_gap_ms"] < 100, f"mode {run['mode']}")
        if "drop_to_cards_s" in run:
            target = "< 3 s" if "100,000" in name else "-"
            c.add(f"window: drop -> persona cards, {name}", run["drop_to_cards_s"], "s", target,
                  run["drop_to_cards_s"] < 3 if target != "-" else None)
    for n, f in (results.get("compare") or {}).items():
        s = f["seconds"]
        c.add(f"compare --at / one segment run, {int(n):,} .csv", f["ratio_segment"], "x",
              "<= 2x" if int(n) >= 1_000_000 else "-",
              f["ratio_segment"] <= 2 if int(n) >= 1_000_000 else None,
              f"compare {s['compare']:.2f} s, segment {s['segment']:.2f} s, segment "
              f"--scheme behavioral {s['segment behavioral']:.2f} s")
    fc = results.get("forecast")
    if fc:
        c.add(f"forecast: fit + forecast {fc['customers']:,} customers (best of 3)",
              fc["fit_forecast_s"], "s", "<= 2 s", fc["ok"],
              f"{fc['ratio']:.1f}x a pandas groupby summary ({fc['groupby_s']:.2f} s); "
              f"with its backtest {fc['with_backtest_s']:.2f} s; adds "
              f"{fc['forecast_adds_s']:.2f} s to {fc['pipeline_lines']:,} lines' features "
              f"({fc['features_s']:.2f} s)")
    ex = results.get("export")
    if ex:
        c.add(f"Excel export, {ex['customers']:,} customers (best of 3)", ex["best_s"], "s",
              "<= 1.5 s", ex["ok"], f"median {ex['median_s']:.2f} s")
    gc = results.get("gui_clients")
    if gc:
        c.add(f"window: longest timer gap during a batch of {gc['clients']} clients (worst of "
              f"{len(gc['runs'])})", gc["worst_gap_ms"], "ms", "<= 100 ms each", gc["ok"],
              "reruns: " + ", ".join(f"{r['max_gap_ms']:.0f}" for r in gc["runs"]))
    st = results.get("startup")
    if st:
        c.add("cold start -> window shown (best of 5)", st["best"], "s", "< 1 s", st["best"] < 1,
              f"median {st['median']:.2f} s")
    return c


if __name__ == "__main__":
    raise SystemExit(main())
