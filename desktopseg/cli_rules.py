"""Command-line options for groups: --rules RULES.json, --groups K and --group-by COLUMN.

Registered from cli.py (``add_arguments`` on the segment and report parsers, ``apply`` before
running). A rules file has the shape {"name", "segments": [{"name", "when"}], "otherwise"};
a condition that can't be read stops the run with exit 2 and a caret under the place.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the window starts through cli.py before pandas may load
    from desktopseg.core.model import AnalysisSettings


def add_arguments(sp: argparse.ArgumentParser) -> None:
    """Add --rules, --groups and --group-by to a sub-command."""
    sp.add_argument("--rules", metavar="RULES.json",
                    help='your own groups: {"name", "segments": [{"name", "when"}], '
                         '"otherwise"}')
    sp.add_argument("--groups", type=int, metavar="K",
                    help="number of automatic groups (default: chosen from the data)")
    sp.add_argument("--group-by", metavar="COLUMN",
                    help="group customers by a text column of theirs (e.g. 'Customer Type'); "
                         "'inspect' lists the columns that can")


def apply(args: argparse.Namespace, settings: AnalysisSettings) -> None:
    """Read --rules and --groups into ``settings``; UserError when the rules file is wrong."""
    if getattr(args, "rules", None):
        from desktopseg.core.segmentation.rules import RuleSet

        settings.custom_rules = RuleSet.load(args.rules).to_dict()
    if getattr(args, "groups", None):
        settings.k_groups = int(args.groups)
