"""Measure start-up: process start to the first shown window of ``python -m desktopseg``.

    python -m desktopseg.gui.startup_probe [--runs 5]

Starts the app N times with DESKTOPSEG_STARTUP_PROBE set to the wall-clock time just before the
process is created; the app prints the seconds to its first Expose event and quits.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import time


def measure_once(extra_env: dict[str, str] | None = None) -> tuple[float, str]:
    """Start the app once; return (seconds to first shown window, heavy modules loaded)."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(extra_env or {})
    env["DESKTOPSEG_STARTUP_PROBE"] = repr(time.time())
    proc = subprocess.run([sys.executable, "-m", "desktopseg"], env=env, capture_output=True,
                          text=True, timeout=60)
    match = re.search(r"startup_seconds=([\d.]+) heavy_modules=(\S+)", proc.stdout)
    if not match:
        raise RuntimeError(f"no probe output:\n{proc.stdout}\n{proc.stderr}")
    return float(match.group(1)), match.group(2)


def main(argv: list[str] | None = None) -> int:
    """Print each run and the median."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=5)
    args = p.parse_args(argv)
    times = []
    for i in range(args.runs):
        seconds, heavy = measure_once()
        times.append(seconds)
        print(f"run {i + 1}: {seconds:.3f} s to window shown (heavy modules loaded: {heavy})")
    print(f"median {statistics.median(times):.3f} s, max {max(times):.3f} s (target < 1.5 s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
