"""Print the corpus counts (issue 7 asks for them) at the end of the pytest run."""

from __future__ import annotations

from .stats import STATS


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """Summarise inputs tried, clear errors, correct imports and crashes."""
    if not STATS["inputs"] and not STATS["mutants"]:
        return
    tr = terminalreporter
    tr.section("hostile-input corpus")
    tr.write_line(f"inputs tried:    {len(STATS['inputs'])}")
    tr.write_line(f"clear errors:    {len(STATS['clear_errors'])} (exit 2 with a message)")
    tr.write_line(f"correct imports: {len(STATS['imports'])}")
    tr.write_line(f"damaged copies:  {STATS['mutants']} (random byte changes of the valid files)")
    tr.write_line(f"crashes/hangs:   {len(STATS['crashes'])}"
                  + "".join(f"\n  {k}: {v}" for k, v in sorted(STATS["crashes"].items())))
    if STATS["seconds"] is not None:
        tr.write_line(f"corpus run time: {STATS['seconds']:.0f} s")
