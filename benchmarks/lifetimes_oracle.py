"""Reference fits with `lifetimes` (an oracle only; never a dependency of DesktopSeg).

Runs in a separate, throw-away environment that has lifetimes, e.g.
    python3 -m venv /tmp/lt && /tmp/lt/bin/pip install lifetimes "numpy<2" "pandas<2" "scipy<1.12"
    /tmp/lt/bin/python benchmarks/lifetimes_oracle.py IN.csv OUT.csv DAYS
IN.csv: frequency, recency, T (days; as lifetimes defines them), mean_spend, days (purchase
days). OUT.csv: per customer, BG/NBD and Pareto/NBD expected purchases in DAYS days and chance
alive, and Gamma-Gamma expected spend per purchase day; each fitted by lifetimes, no penalty.
"""

import sys
import time
import warnings

import pandas as pd
from lifetimes import BetaGeoFitter, GammaGammaFitter, ParetoNBDFitter

warnings.simplefilter("ignore")


def main(src: str, dst: str, days: float) -> None:
    d = pd.read_csv(src)
    f, r, T = (d[c].to_numpy(float) for c in ("frequency", "recency", "T"))
    out = pd.DataFrame(index=d.index)
    t0 = time.time()
    bg = BetaGeoFitter().fit(f, r, T)
    out["bg_expected"] = bg.conditional_expected_number_of_purchases_up_to_time(days, f, r, T)
    out["bg_alive"] = bg.conditional_probability_alive(f, r, T)
    t1 = time.time()
    pn = ParetoNBDFitter().fit(f, r, T)
    out["pareto_expected"] = pn.conditional_expected_number_of_purchases_up_to_time(
        days, f, r, T)
    out["pareto_alive"] = pn.conditional_probability_alive(f, r, T)
    t2 = time.time()
    ok = (d["frequency"] > 0) & (d["mean_spend"] > 0)
    gg = GammaGammaFitter().fit(d.loc[ok, "days"], d.loc[ok, "mean_spend"])
    p, q, v = gg.params_["p"], gg.params_["q"], gg.params_["v"]
    pop = p * v / (q - 1)
    out["gg_spend"] = pop
    out.loc[ok, "gg_spend"] = gg.conditional_expected_average_profit(
        d.loc[ok, "days"], d.loc[ok, "mean_spend"])
    out.to_csv(dst, index=False)
    print(f"lifetimes: BG/NBD {t1 - t0:.1f} s {dict(bg.params_)}; "
          f"Pareto/NBD {t2 - t1:.1f} s {dict(pn.params_)}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], float(sys.argv[3]))
