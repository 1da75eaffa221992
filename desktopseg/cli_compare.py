"""``desktopseg compare``: who moved between segments (issue 15).

    desktopseg compare FILE --at YYYY-MM-DD     as of that date vs. the end of the data
    desktopseg compare OLD NEW                  two exports, or two saved projects (.dseg)
        [--scheme behavioral|value|firmographic] [--rules earlier|each]
        [--summary-json S.json] [--out RESULT.xlsx] [--pdf REPORT.pdf]

Registered from cli.py with :func:`add_parser`; exit codes as every other command.
"""

from __future__ import annotations

import json
from pathlib import Path

from desktopseg.core.errors import UserError

EXIT_OK = 0


def add_parser(sub, common, iso_date) -> None:
    """Add the ``compare`` sub-command to ``sub`` (the parser's sub-parsers)."""
    sp = sub.add_parser("compare", help="who moved between segments since an earlier date")
    common(sp)
    sp.add_argument("new", nargs="?", help="a newer export or project to compare FILE with")
    sp.add_argument("--at", type=iso_date, metavar="YYYY-MM-DD",
                    help="compare the customers as of this date with the end of the data")
    sp.add_argument("--scheme", default="behavioral",
                    choices=["behavioral", "value", "firmographic"])
    sp.add_argument("--rules", default="earlier", choices=["earlier", "each"],
                    help="cut points: the earlier date's for both (default), or each its own")
    sp.add_argument("--summary-json", help="write the comparison as JSON")
    sp.add_argument("--out", help="write an Excel workbook with Moves and Movers sheets")
    sp.add_argument("--pdf", help="write the printable report with the 'What changed' pages")
    sp.add_argument("--margin", type=float, help="margin %% to assume when the file has no cost")


def _load(path: str, args):
    """(ImportResult, settings or None) from an export or a saved project."""
    from desktopseg.core.project import SUFFIX, load_project

    if Path(path).suffix.lower() == SUFFIX:
        project = load_project(path)
        return project.data, project.settings
    from desktopseg.cli import _options
    from desktopseg.core.pipeline import load

    opts = _options(args)
    return load(path, opts), None


def run_compare(args, progress=None):
    """Build the comparison the arguments ask for (no output written)."""
    import dataclasses

    from desktopseg.core.compare import compare_at, compare_data
    from desktopseg.core.model import AnalysisSettings

    if isinstance(args.file, list):  # FILE takes several paths: OLD NEW arrive together
        files = [*args.file, *([args.new] if args.new else [])]
        if len(files) > 2:
            raise UserError(
                "Compare takes one file with a date, or two files: the older and the newer.",
                hint="e.g. desktopseg compare march.xlsx june.xlsx")
        args.file, args.new = files[0], (files[1] if len(files) == 2 else None)
    if (args.at is None) == (args.new is None):
        raise UserError(
            "Give either a date (--at YYYY-MM-DD) or a second, newer file to compare with.",
            hint="e.g. desktopseg compare sales.xlsx --at 2024-06-30, "
            "or desktopseg compare march.xlsx june.xlsx")
    old, settings = _load(args.file, args)
    settings = settings or AnalysisSettings()
    if args.margin is not None:
        settings = dataclasses.replace(settings, margin_pct=args.margin)
    if args.at is not None:
        return compare_at(old, args.at, settings, progress, scheme=args.scheme, rules=args.rules)
    new, _new_settings = _load(args.new, args)
    return compare_data(old, new, settings, progress, scheme=args.scheme, rules=args.rules)


def cmd_compare(args) -> int:
    """Compare two moments; print the moves and write the files asked for."""
    from desktopseg.cli import _stderr_progress
    from desktopseg.core.compare import movers_table, moves_table, summary_dict

    cmp = run_compare(args, _stderr_progress(args.quiet))
    summary = summary_dict(cmp)
    if args.summary_json:
        Path(args.summary_json).write_text(
            json.dumps(summary, indent=2, ensure_ascii=False, default=str), encoding="utf-8")
    if args.out:
        from desktopseg.core.export import write_workbook
        from desktopseg.core.i18n import _

        write_workbook(cmp.after, Path(args.out), extra_sheets=[
            (_("Moves"), moves_table(cmp)), (_("Movers"), movers_table(cmp))])
    if args.pdf:
        from desktopseg.report import write_pdf

        write_pdf(cmp.after, Path(args.pdf), cmp.scheme, comparison=cmp)
    if not args.quiet:
        print_comparison(summary)
    return EXIT_OK


def print_comparison(summary: dict) -> None:
    """Print the comparison as plain text."""
    b, a = summary["before"], summary["after"]
    print(f"{b['customers']} customers on {b['as_of']}, {a['customers']} on {a['as_of']}; "
          f"{summary['new_customers']} new.")
    print(summary["rules"]["text"])
    print()
    for line in summary["sentences"]:
        print(f"  {line}")
    print()
    for m in summary["moves"]:
        frm = m["from"] if m["from"] is not None else "(new)"
        noun = "customer " if m["customers"] == 1 else "customers"
        print(f"  {frm:<22} -> {m['to']:<22} {m['customers']:>6} {noun}  "
              f"revenue {m['revenue_before']:>12,.2f} -> {m['revenue_after']:>12,.2f}")


__all__ = ["add_parser", "cmd_compare", "run_compare"]
