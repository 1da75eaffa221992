"""Command line: the same pipeline as the window, headless (DESIGN.md §11).

    desktopseg                      open the app
    desktopseg FILE                 open the app with FILE
                                    (no screen: print the summary and write a PDF)
    desktopseg inspect FILE [--sheet S] [--json]
    desktopseg segment FILE [--scheme S] [--mapping MAP.json] [--out X.xlsx]
                            [--summary-json S.json] [--csv-dir DIR]
    desktopseg report FILE --pdf REPORT.pdf
    desktopseg compare FILE --at YYYY-MM-DD | compare OLD NEW   (see cli_compare.py)
    desktopseg batch INPUT... --out-dir DIR [--practice NAME] [--logo PNG] [--no-pdf]

Exit codes: 0 done, 2 the input needs fixing (message on stderr), 1 internal error (traceback
in the log file).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import traceback
from datetime import date
from pathlib import Path

from desktopseg import APP_NAME, __version__, cli_rules, cli_service
from desktopseg.core.errors import Cancelled, UserError

EXIT_OK, EXIT_BUG, EXIT_USER = 0, 1, 2
COMMANDS = ("inspect", "segment", "report", "compare", "batch")
log = logging.getLogger("desktopseg")


def _has_screen() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    if os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal")):
        return True  # the caller asked for an offscreen window (tests, self-test)
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _stderr_progress(quiet: bool):
    last = {"step": None, "pct": -10}

    def progress(step: str, fraction: float) -> None:
        if quiet:
            return
        pct = int(fraction * 100)
        if step != last["step"] or pct >= last["pct"] + 10:
            last["step"], last["pct"] = step, pct
            print(f"[{pct:3d}%] {step}", file=sys.stderr, flush=True)

    return progress


def _options(args):
    from desktopseg.core.model import ColumnMapping, ImportOptions

    mapping = None
    if getattr(args, "mapping", None):
        try:
            mapping = ColumnMapping.load(args.mapping)
        except (OSError, ValueError, TypeError) as exc:
            raise UserError(
                f"The mapping file can't be read: {exc}",
                hint="Pass a JSON file written by 'desktopseg inspect' or saved from the app.",
                file=args.mapping,
            ) from None
    return ImportOptions(
        sheet=getattr(args, "sheet", None),
        mapping=mapping,
        date_order=getattr(args, "date_order", None),
        customer_file=getattr(args, "customers", None),
        group_by=getattr(args, "group_by", None),
    )


def cmd_inspect(args) -> int:
    """Print what the importer sees (text, or the stable JSON shape)."""
    from desktopseg.core.pipeline import load

    opts = _options(args)
    opts.inspect = True  # show every column even when one the analysis needs is missing
    data = load(args.file, opts)
    info = data.report.to_inspect_json()
    if args.json:
        print(json.dumps(info, indent=2, ensure_ascii=False, default=str))
        return EXIT_OK
    rep = data.report
    print(f"File:        {rep.file}")
    reason = f"  ({rep.sheet_reason})" if rep.sheet_reason else ""
    print(f"Sheet:       {rep.sheet or '-'}{reason}")
    if len(rep.sheets) > 1:
        print(f"Sheets:      {', '.join(rep.sheets)}")
    print(f"Header row:  {rep.header_row}")
    print(f"Format:      {rep.format or 'not a known export (columns detected from content)'}")
    print(f"Table:       {rep.table_kind}")
    print(f"Dates:       {rep.date_format or '-'}")
    print(f"Rows:        {rep.rows_read} read, {rep.rows_kept} kept")
    for reason, n in rep.dropped.items():
        print(f"             {n} dropped: {reason}")
    if rep.anonymous_rows:
        print(f"             {rep.anonymous_rows} kept without a customer (walk-in / guest)")
    for f in rep.files:
        name = Path(f["file"]).name
        print(f"  {name}: {f['lines']} lines, {f['overlaps']} also in an earlier file")
    print("Columns:")
    width = max([len(c.name) for c in rep.columns]
                + [len(c["name"]) for j in rep.joined for c in j.get("columns", [])], default=10)
    for c in rep.columns:
        role = c.role or "-"
        print(f"  {c.name:<{width}}  {role:<18} {c.confidence:4.0%}  {c.reason}")
    for j in rep.joined:  # joined sheets and files (core/importer/joined.py)
        print(f"Joined:      {j['label']}" + ("" if j.get("used") else " (left out)"))
        for c in j.get("columns", []):
            print(f"  {c['name']:<{width}}  {c['role'] or '-':<18} {c['confidence']:4.0%}  "
                  f"{c['reason']}")
    if rep.group_columns:
        print(f"Group by:    {', '.join(rep.group_columns)}  (segment --group-by COLUMN)")
    if rep.problems:
        print("Problems:")
        for p in rep.problems:
            where = ", ".join(x for x in (f"row {p.row}" if p.row else "", p.column or "") if x)
            print(f"  [{p.severity}] {p.message}" + (f" ({where})" if where else ""))
    return EXIT_OK


def cmd_segment(args) -> int:
    """Segment the file; write the workbook, CSV lists and summary JSON that were asked for."""
    from desktopseg.cli_forecast import apply_forecast_options, write_forecast_outputs
    from desktopseg.core.model import AnalysisSettings
    from desktopseg.core.pipeline import run, summary_dict

    only = None if args.scheme == "all" else (args.scheme,)
    settings = AnalysisSettings()
    if args.margin is not None:
        settings.margin_pct = args.margin
    if args.until is not None:
        settings.analysis_date = args.until
    cli_rules.apply(args, settings)
    apply_forecast_options(args, settings)
    cli_service.apply(args, settings)
    result = run(args.file, _options(args), settings, _stderr_progress(args.quiet), only=only)
    summary = summary_dict(result)
    if not result.segmentations and (args.out or args.csv_dir):
        reasons = " ".join(dict.fromkeys(why.strip() for why in result.unavailable.values()))
        raise UserError(
            "No segments could be made from this file, so there is nothing to export."
            + (f" {reasons}" if reasons else ""),
            hint="Check in 'desktopseg inspect' that the customer, date and amount columns "
            "were found, and that the file holds more than a couple of customers.",
            file=args.file if isinstance(args.file, str) else None,
        )
    if args.out:
        from desktopseg.core.export import write_workbook

        write_workbook(result, Path(args.out))
    if args.csv_dir:
        from desktopseg.core.export import write_segment_csvs
        from desktopseg.core.not_written import not_written

        lists = write_segment_csvs(result, Path(args.csv_dir))
        for line in not_written(lists, result):
            print(line, file=sys.stderr)
    write_forecast_outputs(args, result)
    if args.summary_json:
        Path(args.summary_json).write_text(
            json.dumps(summary, indent=2, ensure_ascii=False, default=str), encoding="utf-8"
        )
    if not args.quiet:
        print_summary(summary)
    return EXIT_OK


def print_summary(summary: dict) -> None:
    """Print the segment summary as plain text (also the no-screen main job)."""
    period = summary["period"]
    print(
        f"{summary['customers']} customers, {summary['transactions']} sales lines"
        + (f", {period['start']} to {period['end']}" if period["start"] else "")
    )
    for scheme in summary["schemes"].values():
        print(f"\n== {scheme['title']} ==")
        for s in scheme["segments"]:
            rev = s["revenue"] if s["revenue"] is not None else 0
            print(f"  {s['name']:<28} {s['customers']:>6} customers  revenue {rev:>12,.2f}")
            if s.get("persona"):
                print(f"      {s['persona']['name']}: {s['persona']['tagline']}")
    for name, reason in summary["unavailable"].items():
        from desktopseg.core.names import scheme_title

        print(f"\n({scheme_title(name)}: not available - {reason})")


def cmd_report(args) -> int:
    """Write the printable summary as a PDF."""
    from desktopseg.core.model import AnalysisSettings
    from desktopseg.core.pipeline import run
    from desktopseg.report import write_pdf

    settings = cli_service.apply(args, AnalysisSettings(analysis_date=args.until))
    cli_rules.apply(args, settings)
    result = run(args.file, _options(args), settings, _stderr_progress(args.quiet))
    # --group-by: the report is about those groups (the window prints the scheme on screen).
    grouped = "custom" if getattr(args, "group_by", None) and "custom" in result.segmentations \
        else None
    write_pdf(result, Path(args.pdf), scheme=grouped)
    if not args.quiet:
        print(f"Report written to {args.pdf}")
    return EXIT_OK


def cmd_open(args) -> int:
    """Open the window (or, without a screen, do its main job headless)."""
    if args.self_test:
        from desktopseg.selftest import self_test

        return self_test()
    if args.file and not _has_screen():
        # No screen (a server, CI): do the main job anyway -- print the summary and write the
        # report next to nothing of the user's: into the current folder, named after the file.
        from desktopseg.core.pipeline import run, summary_dict

        result = run(args.file, _options(args), None, _stderr_progress(False))
        print_summary(summary_dict(result))
        pdf = Path.cwd() / (Path(args.file).stem + "-segments.pdf")
        try:
            from desktopseg.report import write_pdf

            write_pdf(result, pdf)
            print(f"\nNo screen found, so the printable summary was written to {pdf}")
        except ImportError:
            pass
        return EXIT_OK
    from desktopseg.gui.app import run_app

    return run_app(args.file)


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2024-06-30") from None


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser for the sub-commands."""
    p = argparse.ArgumentParser(prog="desktopseg", description="Find out who your customers are.")
    p.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    def common(sp):
        sp.add_argument("file", nargs="+",
                        help="spreadsheet export (.xlsx .xlsm .xls .ods .csv .tsv .txt); "
                        "several files or a folder are read together")
        sp.add_argument("--sheet", help="sheet to read (default: the one that looks like sales)")
        sp.add_argument("--mapping", help="column mapping JSON (from inspect --json or the app)")
        sp.add_argument("--customers", help="a second file with the customer list")
        sp.add_argument("--date-order", choices=["DMY", "MDY", "YMD"],
                        help="how to read ambiguous dates like 03/04/2024")
        sp.add_argument("-q", "--quiet", action="store_true", help="no progress or summary")

    sp = sub.add_parser("inspect", help="show what the importer sees")
    common(sp)
    sp.add_argument("--json", action="store_true", help="print JSON (stable shape)")

    def as_of(sp):
        sp.add_argument("--until", type=_iso_date, metavar="YYYY-MM-DD",
                        help="analyse only the sales up to this date, as if it were today")

    sp = sub.add_parser("segment", help="segment customers and write results")
    common(sp)
    as_of(sp)
    sp.add_argument("--scheme", default="all",
                    choices=["all", "behavioral", "value", "firmographic", "clusters",
                             "demographic", "needs", "custom"])
    cli_rules.add_arguments(sp)
    sp.add_argument("--out", help="write an Excel workbook of the results")
    sp.add_argument("--summary-json", help="write the summary as JSON")
    sp.add_argument("--csv-dir", help="write one CSV per segment for e-mail tools")
    sp.add_argument("--margin", type=float, help="margin %% to assume when the file has no cost")
    from desktopseg.cli_forecast import add_forecast_options

    add_forecast_options(sp)
    cli_service.add_arguments(sp)

    sp = sub.add_parser("report", help="write the printable summary as PDF")
    common(sp)
    as_of(sp)
    sp.add_argument("--pdf", required=True, help="where to write the PDF")
    cli_rules.add_arguments(sp)
    cli_service.add_arguments(sp)

    from desktopseg.cli_compare import add_parser as add_compare

    add_compare(sub, common, _iso_date)

    from desktopseg.batch_cli import add_parser as add_batch  # issue 18: many clients at once

    add_batch(sub)
    return p


def _cmd_batch(args) -> int:
    from desktopseg.batch_cli import cmd_batch

    return cmd_batch(args)


def _open_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="desktopseg", description="Find out who your customers are.")
    p.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    p.add_argument("--self-test", action="store_true",
                   help="open the window offscreen, analyse a bundled sample, write a PDF, exit")
    p.add_argument("file", nargs="?", help="a spreadsheet export or a .dseg project to open")
    p.add_argument("--sheet", help=argparse.SUPPRESS)
    p.add_argument("--mapping", help=argparse.SUPPRESS)
    p.set_defaults(command="open")
    return p


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in COMMANDS:
        args = build_parser().parse_args(argv)
        files = getattr(args, "file", None)  # batch takes its inputs by another name
        if isinstance(files, list) and len(files) == 1 and not Path(files[0]).is_dir():
            args.file = args.file[0]  # one file: exactly as before
    else:
        args = _open_parser().parse_args(argv)
    from desktopseg.cli_compare import cmd_compare

    handler = {"inspect": cmd_inspect, "segment": cmd_segment, "report": cmd_report,
               "compare": cmd_compare, "open": cmd_open, "batch": _cmd_batch}[args.command]
    try:
        return handler(args)
    except UserError as exc:
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return EXIT_USER
    except Cancelled:
        print(f"{APP_NAME}: stopped.", file=sys.stderr)
        return EXIT_USER
    except KeyboardInterrupt:
        return 130
    except Exception:  # noqa: BLE001 - the last line of defence: log it, apologise, exit 1
        from desktopseg.core.appdirs import log_path

        path = log_path()
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(traceback.format_exc() + "\n")
        print(
            f"{APP_NAME}: sorry, something went wrong inside the program. "
            f"The details are in {path}",
            file=sys.stderr,
        )
        return EXIT_BUG


if __name__ == "__main__":
    raise SystemExit(main())
