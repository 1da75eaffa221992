"""``desktopseg batch``: many clients in one go (issue 18).

    desktopseg batch INPUT... --out-dir DIR [--practice NAME] [--logo PNG] [--no-pdf]
                              [--until YYYY-MM-DD]

Each input is one client: DIR/<input name>.pdf and DIR/<input name>.xlsx per client and
DIR/clients.xlsx with a row per analysed client. A client whose file needs fixing is named with
the reason and skipped; the others are still done. Exit 2 when any client was skipped, else 0.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktopseg import APP_NAME

EXIT_OK, EXIT_BUG, EXIT_USER = 0, 1, 2


def add_parser(sub) -> None:
    """Register the ``batch`` sub-command on the CLI's sub-parsers."""
    sp = sub.add_parser("batch", help="analyse several clients' files and write a pack for each")
    sp.add_argument("inputs", nargs="+", metavar="INPUT", help="one export per client")
    sp.add_argument("--out-dir", required=True, help="folder for the reports and workbooks")
    sp.add_argument("--practice", default="", help="your practice's name, printed on every page")
    sp.add_argument("--logo", help="your practice's logo (PNG), printed on every report page")
    sp.add_argument("--no-pdf", action="store_true", help="write the workbooks only")
    from desktopseg.cli import _iso_date

    sp.add_argument("--until", type=_iso_date, metavar="YYYY-MM-DD",
                    help="analyse only the sales up to this date, as if it were today")
    sp.add_argument("-q", "--quiet", action="store_true",
                    help="print only the clients that need fixing")


def cmd_batch(args) -> int:
    """Run the batch; print one line per client and where the clients workbook is."""
    from desktopseg.core.batch import run_batch
    from desktopseg.core.clients_book import write_clients_book
    from desktopseg.core.letterhead import Letterhead
    from desktopseg.core.model import AnalysisSettings

    Letterhead.for_file("x", args.practice, args.logo)  # a missing logo fails before any work
    render_pdf = None
    if not args.no_pdf:
        from desktopseg.report import write_pdf

        def render_pdf(result, path, letterhead):
            write_pdf(result, path, letterhead=letterhead)

    total = len(args.inputs)

    def progress(step: str, fraction: float) -> None:
        return None

    def on_client(run) -> None:
        n = on_client.count = getattr(on_client, "count", 0) + 1
        if run.done and args.quiet:
            return
        if run.done:
            s = run.summary
            print(f"[{n}/{total}] {run.client}: {s['customers']} customers -> "
                  f"{', '.join(p.name for p in (run.workbook, run.report) if p)}", flush=True)
        else:
            print(f"[{n}/{total}] {run.client}: SKIPPED - {run.problem}", flush=True)
            if run.hint:
                print(f"        {run.hint}", flush=True)

    out_dir = Path(args.out_dir)
    outcome = run_batch(args.inputs, out_dir, practice=args.practice, logo=args.logo,
                        render_pdf=render_pdf, progress=progress, on_client=on_client,
                        settings=AnalysisSettings(analysis_date=getattr(args, "until", None)))
    book = write_clients_book(outcome, out_dir, args.practice)
    done, skipped = len(outcome.done), len(outcome.skipped)
    if not args.quiet or skipped:
        print(f"\n{done} of {total} clients done; {skipped} need fixing. Overview: {book}")
    if outcome.cancelled:
        print(f"{APP_NAME}: stopped.", file=sys.stderr)
        return EXIT_USER
    if any(r.internal for r in outcome.skipped):
        return EXIT_BUG
    return EXIT_USER if skipped else EXIT_OK


def main(argv: list[str] | None = None) -> int:  # pragma: no cover - via desktopseg.cli
    """Run ``batch`` on its own (the CLI normally dispatches here)."""
    p = argparse.ArgumentParser(prog="desktopseg")
    add_parser(p.add_subparsers(dest="command", required=True))
    return cmd_batch(p.parse_args(["batch", *(argv or sys.argv[1:])]))
