"""The forecast backtest table of issue 16: ours against lifetimes' BG/NBD and Pareto/NBD.

Each history is split in time (calibration, then a holdout); every model is fitted on the
calibration part in the same run and forecasts the holdout for the customers seen by then.

    .venv/bin/python benchmarks/forecast_backtest_table.py \
        [--oracle-python /tmp/lt/bin/python] [--cdnow CDNOW_master.txt] [--charts DIR]

--oracle-python: a Python with lifetimes (see benchmarks/lifetimes_oracle.py); without it the
lifetimes rows are left out. --cdnow: the full CDNOW purchase history (23,570 customers,
1997-01 to 1998-06; it ships with lifetimes as lifetimes/datasets/CDNOW_master.txt), split the
classic way: 39 weeks of calibration, 39 weeks of holdout.
Columns: total error of forecast orders, Spearman rank correlation of forecast and actual
orders per customer, AUC of "bought again in the holdout" (chance to buy again, computed
the same way for every model), AUC of chance still active for the same truth, mean absolute
error of orders per customer, total revenue error.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktopseg.core import forecast as F  # noqa: E402
from desktopseg.core.forecast_models import fit  # noqa: E402
from tests.forecast.simulate import simulate_history  # noqa: E402

SHARED = ROOT.parent / "shared" / "data" / "online_retail_sample.csv"


def histories(cdnow: str | None) -> list[tuple[str, pd.DataFrame, int]]:
    """(name, sales lines, holdout days) of every history measured."""
    from desktopseg.core.pipeline import load

    out = []
    if SHARED.exists():
        out.append(("Online retail sample (shared data)", load(SHARED).transactions, 90))
    if cdnow:
        raw = pd.read_csv(cdnow, sep=r"\s+", header=0, names=["id", "date", "cds", "usd"],
                          dtype={"id": str, "date": str})
        tx = pd.DataFrame({"customer_key": raw["id"],
                           "date": pd.to_datetime(raw["date"], format="%Y%m%d"),
                           "amount": raw["usd"], "order_id": pd.NA})
        out.append(("CDNOW full, 39 + 39 weeks", tx, 273))
    out.append(("Generated CDNOW-like (Pareto/NBD), 20,000", simulate_history(20000, seed=11),
                273))
    seasonal = simulate_history(20000, days=3 * 365, births=730, seasonal=1.5,
                                start="2021-01-01", seed=12)
    out.append(("Generated, 3 years, Christmas peak, 20,000",
                seasonal[seasonal["date"] <= "2023-12-20"], 90))
    return out


def oracle(py: str, h: F.Histories, days: int) -> pd.DataFrame:
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "in.csv", Path(tmp) / "out.csv"
        pd.DataFrame({"frequency": h.x, "recency": h.t_x, "T": h.T,
                      "mean_spend": h.mean_spend, "days": h.days}).to_csv(src, index=False)
        subprocess.run([py, str(ROOT / "benchmarks" / "lifetimes_oracle.py"), str(src), str(dst),
                        str(days)], check=True)
        return pd.read_csv(dst)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--oracle-python")
    ap.add_argument("--cdnow")
    ap.add_argument("--charts", help="folder for a forecast-vs-actual PNG per history")
    args = ap.parse_args()
    cols = ["total_error", "rank_correlation", "auc_bought_again", "auc_chance_active", "mae",
            "revenue_error", "mean_chance_buy"]
    for name, tx, hold in histories(args.cdnow):
        lines = F.prepare_lines(tx)
        end = int(lines.p_day.max())
        t0 = time.perf_counter()
        bt, preds = F.run_backtest(lines, end, hold, hold_days=hold)
        took = time.perf_counter() - t0
        cut = end - hold
        h = F.summarise(lines, cut)
        actual, revenue = F._actuals(lines, h, cut, end)
        spend = preds["ours"].spend
        rows = {f"ours ({bt.model}{', ' + bt.correction if bt.correction else ''})":
                bt.measures["ours"]}
        rows["our BG/NBD"] = F.scores(F.predict(h, fit("bgnbd", h.x, h.t_x, h.T), spend, hold),
                                      actual, revenue)
        rows["our Pareto/NBD"] = bt.measures["pareto"]
        if args.oracle_python:
            o = oracle(args.oracle_python, h, hold)
            for key, label in (("bg", "lifetimes BG/NBD"), ("pareto", "lifetimes Pareto/NBD")):
                e = o[f"{key}_expected"].to_numpy()
                alive = o[f"{key}_alive"].to_numpy()
                pred = SimpleNamespace(expected_orders=e * h.orders_per_day,
                                       chance_buy=np.minimum(e / (1 + e), alive),
                                       chance_active=alive,
                                       expected_revenue=e * o["gg_spend"].to_numpy())
                rows[label] = F.scores(pred, actual, revenue)
        print(f"\n### {name}: {len(h.keys):,} customers by {bt.cut}, holdout {hold} days to "
              f"{bt.end}, {bt.best['actual_orders']:,.0f} orders in it (our backtest took "
              f"{took:.1f} s)\n")
        print(f"Sentence: {bt.sentence()}  Corrections the history allowed to test: "
              f"{', '.join(bt.corrections_checked) or 'none'}; used: {bt.correction or 'none'}"
              f" (factor {bt.factor:.2f}). Rule of thumb AUC bought again: {bt.rules_auc:.3f}\n")
        rows["(share who did buy again)"] = {"mean_chance_buy": float((actual > 0).mean())}
        print("| model | " + " | ".join(cols) + " |")
        print("|---" * (len(cols) + 1) + "|")
        for label, m in rows.items():
            cells = ["" if c not in m else f"{m[c]:+.1%}" if c.endswith("error")
                     else f"{m[c]:.3f}" for c in cols]
            print(f"| {label} | " + " | ".join(cells) + " |")
        if args.charts:
            from desktopseg.core.forecast_charts import forecast_figure

            slug = "".join(ch if ch.isalnum() else "_" for ch in name.lower())[:40].strip("_")
            fc = SimpleNamespace(backtest=bt, future_weekly=None, days=hold)
            forecast_figure(fc).savefig(Path(args.charts) / f"issue16_{slug}.png", dpi=100)
    np.seterr(all="ignore")


if __name__ == "__main__":
    main()
