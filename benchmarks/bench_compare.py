"""Time `compare FILE --at DAY` against one `segment` run on the same file (issue 15, point 6).

Run:  .venv/bin/python benchmarks/bench_compare.py [--sizes 100000,1000000] [--repeat N] [--json]

Each size runs in a fresh process on run_all.py's cached line-item CSV (datagen.py, one customer
per 20 lines). Timed, best of N, in the same process so the ratio holds on a busy machine:
- *segment*: ``pipeline.run(path)`` -- what ``desktopseg segment FILE`` computes (every scheme);
- *segment behavioral*: ``pipeline.run(path, only=("behavioral",))`` (``--scheme behavioral``);
- *compare*: ``pipeline.load(path)`` then ``compare.compare_at(data, DAY)`` -- what
  ``desktopseg compare FILE --at DAY`` computes (buying behaviour at both dates); DAY is 91 days
  before the last sale (the start of the last quarter).
The target is compare <= 2x one segment run at 1M lines.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

TARGET = 2.0


def child(path: Path, repeat: int) -> dict:
    """Time segment and compare on ``path`` in this (fresh) process."""
    import sklearn.cluster  # noqa: F401 - import cost is start-up's, not the pipeline's

    from desktopseg.core import pipeline
    from desktopseg.core.compare import compare_at

    times: dict[str, list[float]] = {"segment": [], "segment behavioral": [], "compare": []}
    day = None
    for _ in range(repeat):
        t = time.perf_counter()
        result = pipeline.run(path)
        times["segment"].append(time.perf_counter() - t)
        day = (result.period_end - timedelta(days=91)).date()
        del result
        t = time.perf_counter()
        pipeline.run(path, only=("behavioral",))
        times["segment behavioral"].append(time.perf_counter() - t)
        t = time.perf_counter()
        data = pipeline.load(path)
        cmp = compare_at(data, day)
        times["compare"].append(time.perf_counter() - t)
        moved = int((cmp.customers["before"] != cmp.customers["after"]).sum())
        del data, cmp
    best = {k: round(min(v), 3) for k, v in times.items()}
    return {"file": path.name, "day": day.isoformat(), "seconds": best,
            "runs": {k: [round(x, 3) for x in v] for k, v in times.items()},
            "moved": moved,
            "ratio_segment": round(best["compare"] / best["segment"], 3),
            "ratio_segment_behavioral": round(best["compare"] / best["segment behavioral"], 3)}


def run_sizes(sizes: list[int], repeat: int | None = None) -> dict:
    """Run :func:`child` per size in a fresh interpreter; return {lines: figures}."""
    from run_all import dataset

    out = {}
    for n in sizes:
        path = dataset(n, "csv")
        rep = repeat or (3 if n < 1_000_000 else 2)
        proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child",
                               str(path), "--repeat", str(rep)],
                              capture_output=True, text=True, cwd=ROOT)
        if proc.returncode != 0:
            raise RuntimeError(f"bench_compare child failed on {path.name}:\n"
                               f"{proc.stderr[-4000:]}")
        out[n] = json.loads(proc.stdout.strip().splitlines()[-1])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100000,1000000")
    ap.add_argument("--repeat", type=int, default=0)
    ap.add_argument("--json", action="store_true", help="print one JSON line (for run_all.py)")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.repeat or 1)))
        return 0
    figures = run_sizes([int(s) for s in args.sizes.split(",")], args.repeat or None)
    if args.json:
        print(json.dumps(figures))
        return 0
    print(f"{'lines':>10} {'segment':>9} {'seg. RFM':>9} {'compare':>9} {'ratio':>7} "
          f"{'ratio RFM':>9}  target <= {TARGET:g}x")
    for n, f in figures.items():
        s = f["seconds"]
        ok = "PASS" if f["ratio_segment"] <= TARGET else "FAIL"
        print(f"{n:>10,} {s['segment']:>9.2f} {s['segment behavioral']:>9.2f} "
              f"{s['compare']:>9.2f} {f['ratio_segment']:>6.2f}x "
              f"{f['ratio_segment_behavioral']:>8.2f}x  {ok}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
