"""Counts of the corpus run, filled by the tests and printed at the end of the session."""

from __future__ import annotations

STATS: dict = {
    "inputs": set(),  # entry names tried
    "clear_errors": set(),  # entries refused with a clear message (exit 2)
    "imports": set(),  # entries imported with every expectation met
    "crashes": {},  # "<entry>-<command>" -> exit code, "hang" or "died"
    "mutants": 0,  # randomly damaged copies of the valid files run
    "seconds": None,
}
