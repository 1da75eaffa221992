"""Excel export speed: the workbook of 50,000 customers (issue 18 point 5, target <= 1.5 s).

    .venv/bin/python benchmarks/bench_export.py [--customers 50000] [--repeat 3] [--json]
                                                [--against GIT_REVISION]

Builds a seeded POS table (datagen.make_pos_lines, 5 lines per customer), runs the pipeline
once, then times :func:`desktopseg.core.export.write_workbook` (every sheet, print setup
included) best of N. Prints the best and the median; with --profile, the top functions.
With --against, the writer of that revision (its core/export.py) runs in turn with this one on
the same result, so the ratio holds however busy the machine is.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

TARGET_S = 1.5


def analysed(customers: int, seed: int = 0):
    """Return an AnalysisResult for ``customers`` customers of a seeded POS table."""
    import datagen

    from desktopseg.core import pipeline

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"pos_{customers}.csv"
        datagen.write_csv(datagen.make_pos_lines(customers * 5, customers, seed), path)
        return pipeline.run(path)


def _writer_of(revision: str):
    """Return write_workbook of ``revision``'s core/export.py (the rest of the code is this)."""
    import importlib.util
    import subprocess

    source = subprocess.run(
        ["git", "show", f"{revision}:desktopseg/core/export.py"], cwd=HERE.parent,
        check=True, capture_output=True, text=True).stdout
    folder = Path(tempfile.mkdtemp(prefix="bench-export-"))
    path = folder / "export_baseline.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("export_baseline", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["export_baseline"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module.write_workbook


def against(revision: str, customers: int = 50_000, repeat: int = 5) -> dict:
    """Time this writer and ``revision``'s in turn on one result; return both and the ratio."""
    from desktopseg.core.export import write_workbook

    old_write = _writer_of(revision)
    result = analysed(customers)
    wall: dict[str, list[float]] = {"baseline": [], "now": []}
    cpu: dict[str, list[float]] = {"baseline": [], "now": []}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(repeat):
            for name, fn in (("baseline", old_write), ("now", write_workbook)):
                out = Path(tmp) / f"{name}.xlsx"
                t, c = time.perf_counter(), time.process_time()
                fn(result, out)
                wall[name].append(time.perf_counter() - t)
                cpu[name].append(time.process_time() - c)
        sizes = {n: round((Path(tmp) / f"{n}.xlsx").stat().st_size / 1024**2, 1) for n in wall}
    fig = {"customers": int(len(result.customers)), "revision": revision, "sizes_mb": sizes}
    for name in wall:
        fig[name] = {"wall_s": [round(t, 3) for t in wall[name]],
                     "cpu_s": [round(t, 3) for t in cpu[name]],
                     "best_s": round(min(wall[name]), 3),
                     "median_s": round(statistics.median(wall[name]), 3)}
    fig["ratio_best"] = round(min(wall["now"]) / min(wall["baseline"]), 2)
    fig["ratio_median"] = round(statistics.median(wall["now"])
                                / statistics.median(wall["baseline"]), 2)
    fig["ratio_cpu"] = round(min(cpu["now"]) / min(cpu["baseline"]), 2)
    return fig


def measure(customers: int = 50_000, repeat: int = 3, profile: bool = False) -> dict:
    """Time write_workbook on ``customers`` customers; return the figures."""
    from desktopseg.core.export import write_workbook

    result = analysed(customers)
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "result.xlsx"
        for _ in range(repeat):
            t = time.perf_counter()
            write_workbook(result, out)
            times.append(time.perf_counter() - t)
        if profile:
            import cProfile
            import pstats

            prof = cProfile.Profile()
            prof.runcall(write_workbook, result, out)
            pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
        size = out.stat().st_size
    best = min(times)
    return {
        "customers": int(len(result.customers)),
        "sheets": 2 + sum(len(s.segments) for s in list(result.segmentations.values())[:1]),
        "best_s": round(best, 3),
        "median_s": round(statistics.median(times), 3),
        "size_mb": round(size / 1024**2, 1),
        "target_s": TARGET_S,
        "ok": best <= TARGET_S,
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--customers", type=int, default=50_000)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--profile", action="store_true")
    p.add_argument("--json", action="store_true")
    p.add_argument("--against", metavar="REVISION",
                   help="also time the writer of this git revision, in turn with this one")
    args = p.parse_args(argv)
    if args.against:
        fig = against(args.against, args.customers, args.repeat)
        if args.json:
            print(json.dumps(fig))
            return 0
        for name in ("baseline", "now"):
            f = fig[name]
            print(f"{name:<8} wall {f['wall_s']} best {f['best_s']:.2f} s median "
                  f"{f['median_s']:.2f} s; CPU {f['cpu_s']} ({fig['sizes_mb'][name]} MB)")
        print(f"now / baseline ({fig['revision']}): best {fig['ratio_best']}, median "
              f"{fig['ratio_median']}, CPU {fig['ratio_cpu']}")
        return 0
    fig = measure(args.customers, args.repeat, args.profile)
    if args.json:
        print(json.dumps(fig))
    else:
        print(f"Excel export, {fig['customers']:,} customers: best {fig['best_s']:.2f} s, "
              f"median {fig['median_s']:.2f} s ({fig['size_mb']} MB) -- target "
              f"<= {TARGET_S} s: {'PASS' if fig['ok'] else 'FAIL'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
