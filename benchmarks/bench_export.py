"""Excel export speed: the workbook of 50,000 customers (issue 18 point 5, target <= 1.5 s).

    .venv/bin/python benchmarks/bench_export.py [--customers 50000] [--repeat 3] [--json]

Builds a seeded POS table (datagen.make_pos_lines, 5 lines per customer), runs the pipeline
once, then times :func:`desktopseg.core.export.write_workbook` (every sheet, print setup
included) best of N. Prints the best and the median; with --profile, the top functions.
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
    args = p.parse_args(argv)
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
