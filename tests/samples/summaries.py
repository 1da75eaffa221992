"""The summary of every sample and shared file, kept so that a change to them is on purpose.

Each file's summary (the same JSON as ``desktopseg segment FILE --summary-json``) is kept in
``tests/samples/summaries/<file>.json``. ``test_summaries.py`` runs them again and lists every
place that differs: group sizes, revenue, persona words, notes, the forecast. A change that is
meant: write them again and say in the closing note what changed and why::

    .venv/bin/python -m tests.samples.summaries --update

Numbers are compared to a thousandth (relative) so that another BLAS or scipy build does not
count as a change; words exactly.
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KEPT = Path(__file__).with_name("summaries")
SHARED = ROOT.parent / "shared" / "data"


def files() -> list[Path]:
    """Every sample workbook and shared data file (the shared ones when present)."""
    out = sorted((ROOT / "sample_workbooks").glob("*.xlsx"))
    out += sorted((ROOT / "sample_workbooks").glob("*.csv"))
    out += sorted(SHARED.glob("*.csv")) if SHARED.is_dir() else []
    return out


def summary(path: Path) -> dict:
    """The summary JSON of ``path`` with the default settings, as the command line writes it."""
    from desktopseg.core.pipeline import run, summary_dict

    data = summary_dict(run(str(path)))
    data.pop("file", None)  # where the file lies is not part of what was found in it
    return json.loads(json.dumps(data, ensure_ascii=False, default=str))


def kept_path(path: Path) -> Path:
    return KEPT / f"{path.name}.json"


def differences(kept, now, where: str = "") -> list[str]:
    """Every place ``now`` differs from ``kept`` (numbers to a thousandth, words exactly)."""
    if isinstance(kept, dict) and isinstance(now, dict):
        out = []
        for k in sorted(set(kept) | set(now), key=str):
            if k not in now:
                out.append(f"{where}/{k}: gone (was {json.dumps(kept[k])[:120]})")
            elif k not in kept:
                out.append(f"{where}/{k}: new ({json.dumps(now[k])[:120]})")
            else:
                out += differences(kept[k], now[k], f"{where}/{k}")
        return out
    if isinstance(kept, list) and isinstance(now, list):
        if len(kept) != len(now):
            return [f"{where}: {len(kept)} items, now {len(now)}"]
        return [d for i, (a, b) in enumerate(zip(kept, now, strict=True))
                for d in differences(a, b, f"{where}[{i}]")]
    numbers = (int, float)
    if isinstance(kept, numbers) and isinstance(now, numbers) \
            and not isinstance(kept, bool) and not isinstance(now, bool):
        if math.isclose(kept, now, rel_tol=1e-3, abs_tol=1e-6):
            return []
    elif kept == now:
        return []
    return [f"{where}: {json.dumps(kept, ensure_ascii=False)[:160]} -> "
            f"{json.dumps(now, ensure_ascii=False)[:160]}"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--update", action="store_true", help="write the kept summaries again")
    args = ap.parse_args()
    KEPT.mkdir(exist_ok=True)
    for path in files():
        now = summary(path)
        target = kept_path(path)
        if args.update:
            target.write_text(json.dumps(now, indent=1, ensure_ascii=False) + "\n",
                              encoding="utf-8")
            print(f"wrote {target.relative_to(ROOT)}")
        else:
            kept = json.loads(target.read_text(encoding="utf-8")) if target.exists() else {}
            diff = differences(kept, now)
            print(f"{path.name}: {len(diff)} differences")
            for line in diff[:40]:
                print("  " + line)


if __name__ == "__main__":
    main()
