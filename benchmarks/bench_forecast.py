"""Time the forecast: fit and forecast 50,000 customers, and what it adds to an analysis.

Run:  .venv/bin/python benchmarks/bench_forecast.py [--customers 50000] [--pipeline-lines 1000000]
                                                     [--json]

1. Fit + forecast (issue 16, target <= 2 s): a CDNOW-like history of 50,000 customers
   (tests/forecast/simulate.py); summarise, fit the two purchase models the app tries and
   Gamma-Gamma, forecast 90 days for everyone. Baseline in the same run: the same per-customer
   summary with a plain pandas groupby (frequency, first and last day, spend), so the ratio
   holds when the machine is busy. Best of 3.
2. With the backtest (what every analysis does): forecast_lines(...) end to end.
3. What it adds to the 1M-line segment benchmark (benchmarks/bench_segmentation.py's table):
   build_customers alone against build_customers + attach_forecast. Best of 2.
--json: also print the figures as one JSON line (benchmarks/run_all.py, `make bench`).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from desktopseg.core import forecast as F  # noqa: E402
from desktopseg.core.forecast_models import fit, fit_spend  # noqa: E402
from tests.forecast.simulate import simulate_history  # noqa: E402


def best(fn, n=3):
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--customers", type=int, default=50_000)
    ap.add_argument("--pipeline-lines", type=int, default=1_000_000)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    fig: dict = {"customers": args.customers}
    tx = simulate_history(args.customers, seed=1)
    lines = F.prepare_lines(tx)
    end = int(lines.p_day.max())

    def fit_and_forecast():
        h = F.summarise(lines, end)
        models = {k: fit(k, h.x, h.t_x, h.T) for k in F.APP_MODELS}
        spend = fit_spend(h.mean_spend, h.days)
        model = max(models.values(), key=lambda m: m.loglik)
        return F.predict(h, model, spend, 90)

    def groupby_summary():
        g = tx.assign(day=tx["date"].dt.normalize()).groupby("customer_key")
        return g.agg(first=("day", "min"), last=("day", "max"), days=("day", "nunique"),
                     spend=("amount", "sum"))

    ours = best(fit_and_forecast)
    base = best(groupby_summary)
    print(f"{args.customers:,} customers, {len(tx):,} purchases")
    print(f"fit + forecast: {ours:.2f} s (target <= 2 s: {'PASS' if ours <= 2 else 'FAIL'}); "
          f"pandas groupby summary {base:.2f} s; ratio {ours / base:.1f}x")
    full = best(lambda: F.forecast_lines(lines, end, 90), 2)
    print(f"with the backtest (every analysis): {full:.2f} s")
    fig.update(fit_forecast_s=ours, groupby_s=base, ratio=ours / base, ok=ours <= 2,
               with_backtest_s=full)

    if args.pipeline_lines:
        from bench_segmentation import generate

        from desktopseg.core.features import build_customers
        from desktopseg.core.model import AnalysisSettings
        from desktopseg.core.progress import Task

        data = generate(args.pipeline_lines, args.pipeline_lines // 20)
        settings = AnalysisSettings()
        t_features = best(lambda: build_customers(data, settings, Task()), 2)
        result = build_customers(data, settings, Task())
        t_forecast = best(lambda: F.attach_forecast(result), 2)
        print(f"{args.pipeline_lines:,} lines, {len(result.customers):,} customers: customer "
              f"features {t_features:.2f} s; forecast adds {t_forecast:.2f} s "
              f"(switch off with forecast_days=0)")
        fig.update(pipeline_lines=args.pipeline_lines, features_s=t_features,
                   forecast_adds_s=t_forecast)
    if args.json:
        print(json.dumps(fig))
    np.seterr(all="ignore")


if __name__ == "__main__":
    main()
