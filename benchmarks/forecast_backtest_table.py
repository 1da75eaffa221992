"""The forecast backtest table of issue 16: ours against lifetimes' BG/NBD and Pareto/NBD.

Each history is split in time (calibration, then a holdout). "ours" is exactly what the app
would have done on the day of the split: ``forecast_lines`` on the calibration part alone --
its own backtest inside the calibration part picks the model and any correction -- then its
forecast is scored against the holdout, which nothing saw before. The plain models (ours and
lifetimes', fitted by maximum likelihood on every customer, no correction) are fitted on the
same calibration part in the same run.

    .venv/bin/python benchmarks/forecast_backtest_table.py \\
        [--oracle-python /tmp/lt/bin/python] [--cdnow CDNOW_master.txt] [--charts DIR] \\
        [--save-json AFTER.json] [--before BEFORE.json]

--oracle-python: a Python with lifetimes (see benchmarks/lifetimes_oracle.py); without it the
lifetimes rows are left out. --cdnow: the full CDNOW purchase history (23,570 customers,
1997-01 to 1998-06; it ships with lifetimes as lifetimes/datasets/CDNOW_master.txt), split the
classic way: 39 weeks of calibration, 39 weeks of holdout. --save-json: the rows as JSON;
--before: a JSON saved by an earlier version, shown as "before -> after" in the "ours" row.
Columns: total error of forecast orders, Spearman rank correlation of forecast and actual
orders per customer, AUC of "bought again in the holdout" (chance to buy again, computed
the same way for every model), AUC of chance still active for the same truth, mean absolute
error of orders per customer, total revenue error.
"""

from __future__ import annotations

import argparse
import json
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
COLS = ["total_error", "rank_correlation", "auc_bought_again", "auc_chance_active", "mae",
        "revenue_error", "mean_chance_buy"]
ALL = 10**9  # fit on every customer


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
    # Shaped like the public Online Retail II (2009-12 to 2011-12): one earlier Christmas only.
    two = simulate_history(20000, days=740, births=600, seasonal=1.5, start="2009-12-01",
                           seed=13)
    out.append(("Generated, 2 years (2009-12 to 2011-12), Christmas peak, 20,000",
                two[two["date"] <= "2011-12-09"], 90))
    return out


def oracle(py: str, h: F.Histories, days: int) -> pd.DataFrame:
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "in.csv", Path(tmp) / "out.csv"
        pd.DataFrame({"frequency": h.x, "recency": h.t_x, "T": h.T,
                      "mean_spend": h.mean_spend, "days": h.days}).to_csv(src, index=False)
        subprocess.run([py, str(ROOT / "benchmarks" / "lifetimes_oracle.py"), str(src), str(dst),
                        str(days)], check=True)
        return pd.read_csv(dst)


def _cell(col: str, v: float) -> str:
    return f"{v:+.1%}" if col.endswith("error") else f"{v:.3f}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--oracle-python")
    ap.add_argument("--cdnow")
    ap.add_argument("--charts", help="folder for a forecast-vs-actual PNG per history")
    ap.add_argument("--save-json")
    ap.add_argument("--before")
    args = ap.parse_args()
    before = json.loads(Path(args.before).read_text()) if args.before else {}
    saved = {}
    for name, tx, hold in histories(args.cdnow):
        lines = F.prepare_lines(tx)
        end = int(lines.p_day.max())
        cut = end - hold
        calibration = lines.upto(cut)
        t0 = time.perf_counter()
        h, pred, bt = F.forecast_lines(calibration, cut, hold)
        took = time.perf_counter() - t0
        actual, revenue = F._actuals(lines, h, cut, end)
        spend = pred.spend
        inner = (f"{bt.days} days to {bt.end}: {bt.model}, corrections tested "
                 f"{', '.join(bt.corrections_checked) or 'none'}, used "
                 f"{bt.correction or 'none'} (factor on the forecast {pred.factor:.2f})"
                 if bt.available else bt.sentence())
        rows = {f"ours ({pred.model.kind}{', ' + bt.correction if bt.correction else ''})":
                F.scores(pred, actual, revenue)}
        for kind, label in (("bgnbd", "our BG/NBD"), ("mbgnbd", "our MBG/NBD"),
                            ("pareto", "our Pareto/NBD")):
            m = fit(kind, h.x, h.t_x, h.T, size=ALL)
            rows[label] = F.scores(F.predict(h, m, spend, hold), actual, revenue)
        if args.oracle_python:
            o = oracle(args.oracle_python, h, hold)
            for key, label in (("bg", "lifetimes BG/NBD"), ("pareto", "lifetimes Pareto/NBD")):
                e = o[f"{key}_expected"].to_numpy()
                alive = o[f"{key}_alive"].to_numpy()
                p = SimpleNamespace(expected_orders=e * h.orders_per_day,
                                    chance_buy=np.minimum(e / (1 + e), alive),
                                    chance_active=alive,
                                    expected_revenue=e * o["gg_spend"].to_numpy())
                rows[label] = F.scores(p, actual, revenue)
        ours = next(iter(rows.values()))
        print(f"\n### {name}: {len(h.keys):,} customers by {F._date(cut)}, holdout {hold} days "
              f"to {F._date(end)}, {actual.sum():,.0f} orders in it\n")
        print(f"The app on the calibration part alone ({took:.1f} s): its own test held out "
              f"{inner}. Rule of thumb AUC bought again: {bt.rules_auc:.3f}\n")
        rows["(share who did buy again)"] = {"mean_chance_buy": float((actual > 0).mean())}
        print("| model | " + " | ".join(COLS) + " |")
        print("|---" * (len(COLS) + 1) + "|")
        old = before.get(name, {})
        for i, (label, m) in enumerate(rows.items()):
            cells = []
            for c in COLS:
                if c not in m:
                    cells.append("")
                elif i == 0 and c in old.get("ours", {}):
                    cells.append(f"{_cell(c, old['ours'][c])} → {_cell(c, m[c])}")
                else:
                    cells.append(_cell(c, m[c]))
            print(f"| {label} | " + " | ".join(cells) + " |")
        saved[name] = {"ours": {c: ours[c] for c in COLS}, "label": next(iter(rows))}
        if args.charts:
            from desktopseg.core.forecast_charts import forecast_figure

            slug = "".join(ch if ch.isalnum() else "_" for ch in name.lower())[:40].strip("_")
            shown = F.Backtest(True, cut=F._date(cut), end=F._date(end), days=hold,
                               measures={"ours": ours})
            seasonal = bt.correction and F.seasonal_factor(calibration, cut, hold) is not None
            shape = F.season_index(calibration, cut) if seasonal else None
            shown.weekly = F._weekly(lines, h, pred, cut, end, shape)
            fc = SimpleNamespace(backtest=shown, future_weekly=None, days=hold)
            forecast_figure(fc).savefig(Path(args.charts) / f"issue16_{slug}.png", dpi=100)
    if args.save_json:
        Path(args.save_json).write_text(json.dumps(saved, indent=1))
    np.seterr(all="ignore")


if __name__ == "__main__":
    main()
