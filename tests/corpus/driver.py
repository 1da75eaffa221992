"""Run many `desktopseg` command lines in one process and write one JSON line per run.

    python tests/corpus/driver.py JOBS.json RESULTS.jsonl

Importing pandas and friends costs about a second per process, so the corpus harness runs its
inputs through :func:`desktopseg.cli.main` in-process here, each under a SIGALRM time bound, and
the harness (test_corpus.py) bounds the whole process's memory and kills and restarts it if a
run hangs inside C code where the alarm can't reach. Before each run a ``start`` line is written,
so a process that dies or is killed still tells which input did it.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import io
import json
import os
import signal
import sys
import tempfile
import time
from pathlib import Path

MAX_CAPTURE = 2_000_000  # characters of stdout/stderr kept per run


class Hang(BaseException):
    """Raised by the alarm; a BaseException so the CLI's last-resort handler can't swallow it."""


def fingerprint(path: str, limit: int | None) -> dict | None:
    """Return size, mtime and a hash of (the first ``limit`` bytes of) a regular file."""
    p = Path(path)
    try:
        st = p.stat()
        if not p.is_file():
            return None
        h = hashlib.sha256()
        with open(p, "rb") as fh:
            remaining = st.st_size if limit is None else min(limit, st.st_size)
            while remaining > 0:
                block = fh.read(min(remaining, 1 << 20))
                if not block:
                    break
                h.update(block)
                remaining -= len(block)
    except OSError:  # unreadable on purpose (no permission): compare size and mtime only
        try:
            st = p.stat()
        except OSError:
            return None
        return {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "sha256": None}
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "sha256": h.hexdigest()}


def _on_alarm(signum, frame):
    raise Hang()


def run_one(job: dict) -> dict:
    """Run one command line in-process and describe what happened."""
    from desktopseg.cli import main
    from desktopseg.core.appdirs import log_path

    # A fresh home per run: remembered mappings and logs of one input must not steer the next.
    os.environ["DESKTOPSEG_HOME"] = tempfile.mkdtemp(prefix="home-", dir=job["home"])
    log = log_path()
    before = fingerprint(job["path"], job.get("hash_limit"))
    out, err = io.StringIO(), io.StringIO()
    rc: int | str
    t0 = time.perf_counter()
    signal.signal(signal.SIGALRM, _on_alarm)
    signal.alarm(int(job["timeout"]))
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                rc = main(list(job["argv"]))
            except SystemExit as exc:  # argparse
                rc = exc.code if isinstance(exc.code, int) else 2
    except Hang:
        rc = "hang"
    finally:
        signal.alarm(0)
    elapsed = time.perf_counter() - t0
    after = fingerprint(job["path"], job.get("hash_limit"))
    gc.collect()
    return {
        "id": job["id"],
        "event": "done",
        "rc": rc,
        "elapsed": round(elapsed, 3),
        "stdout": out.getvalue()[:MAX_CAPTURE],
        "stderr": err.getvalue()[:MAX_CAPTURE],
        "log": log.read_text(encoding="utf-8", errors="replace")[-20000:] if log.exists() else "",
        "source_before": before,
        "source_after": after,
    }


def main(argv: list[str]) -> int:
    """Run every job of the JOBS file, appending results to the RESULTS file."""
    jobs = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    # Warm the imports once so the first job's time bound measures the import, not start-up.
    import desktopseg.cli  # noqa: F401
    import desktopseg.core.pipeline  # noqa: F401

    with open(argv[1], "a", encoding="utf-8") as results:
        for job in jobs:
            results.write(json.dumps({"id": job["id"], "event": "start"}) + "\n")
            results.flush()
            os.fsync(results.fileno())
            results.write(json.dumps(run_one(job), default=str) + "\n")
            results.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
