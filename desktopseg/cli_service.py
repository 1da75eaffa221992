"""Command-line options for cost to serve (issue 14), registered from cli.py.

--margin-pct N | FILE.json   margin % overall, or {"category": %, ..., "*": % for the rest}
--effort-minutes FILE.json   minutes per activity, e.g. {"delivery": 30, "order": 5}
--hourly-rate N              staff time per hour, in the file's currency
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktopseg.core.errors import UserError

if TYPE_CHECKING:  # the command line starts without pandas; the analysis imports it later
    from desktopseg.core.model import AnalysisSettings

#: The activities of core/cost_to_serve.DEFAULT_MINUTES, with their default minutes.
_ACTIVITIES_HELP = ("order (4), line (1), remote_order (6), delivery (20), pickup (3), "
                    "return (15), discount (2), cancellation (10), dispute (45), ticket (12)")


def add_arguments(sp: argparse.ArgumentParser) -> None:
    """Add the cost-to-serve options to a subcommand's parser."""
    sp.add_argument("--margin-pct", metavar="N|FILE.json",
                    help="margin %% when the file has no cost: one number, or a JSON file of "
                    "margin %% per product category (\"*\" for the rest)")
    sp.add_argument("--effort-minutes", metavar="FILE.json",
                    help="minutes of staff time per activity, JSON: " + _ACTIVITIES_HELP)
    sp.add_argument("--hourly-rate", type=float, metavar="N",
                    help="cost of an hour of staff time in the file's currency (default 25)")


def _read_json(path: str, option: str) -> Any:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise UserError(f"{option}: the file '{path}' can't be read ({exc.strerror}).",
                        hint="Check the path.", file=path) from None
    except ValueError as exc:
        raise UserError(f"{option}: the file '{path}' is not valid JSON ({exc}).",
                        hint='Write it like {"delivery": 30, "order": 5}.', file=path) from None


def _number(value: Any, option: str, what: str, low: float, high: float | None) -> float:
    try:
        x = float(value)
    except (TypeError, ValueError):
        x = float("nan")
    if not (x >= low and (high is None or x <= high)):
        limit = f"between {low:g} and {high:g}" if high is not None else f"at least {low:g}"
        raise UserError(f"{option}: {what} must be a number {limit}, not '{value}'.",
                        hint="Correct the value and run the command again.")
    return x


def apply(args: argparse.Namespace, settings: AnalysisSettings) -> AnalysisSettings:
    """Put the options given on ``settings``; raise UserError for a value that can't be used."""
    from desktopseg.core.cost_to_serve import DEFAULT_MINUTES

    margin = getattr(args, "margin_pct", None)
    if margin is not None:
        if Path(margin).suffix.lower() == ".json":
            table = _read_json(margin, "--margin-pct")
            if not isinstance(table, dict) or not table:
                raise UserError("--margin-pct: the JSON file must map product categories to "
                                "margin %, e.g. {\"Roses\": 45, \"*\": 40}.", file=margin)
            settings.category_margin_pct = {
                str(k): _number(v, "--margin-pct", f"the margin of '{k}'", -100, 100)
                for k, v in table.items()}
            if "*" in table:
                settings.margin_pct = settings.category_margin_pct["*"]
        else:
            settings.margin_pct = _number(margin, "--margin-pct", "the margin %", -100, 100)
    minutes = getattr(args, "effort_minutes", None)
    if minutes is not None:
        table = _read_json(minutes, "--effort-minutes")
        unknown = [k for k in (table if isinstance(table, dict) else {})
                   if k not in DEFAULT_MINUTES]
        if not isinstance(table, dict) or unknown:
            raise UserError(
                "--effort-minutes: the JSON file must map activities to minutes"
                + (f"; unknown: {', '.join(map(str, unknown))}" if unknown else "") + ".",
                hint="Activities: " + ", ".join(DEFAULT_MINUTES) + ".", file=minutes)
        settings.activity_minutes = {
            k: _number(v, "--effort-minutes", f"the minutes for '{k}'", 0, None)
            for k, v in table.items()}
    rate = getattr(args, "hourly_rate", None)
    if rate is not None:
        settings.hourly_rate = _number(rate, "--hourly-rate", "the hourly rate", 0, None)
    return settings
