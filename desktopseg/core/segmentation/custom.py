"""Your own groups: named conditions over the file's own columns, first match wins.

The rules come from settings.custom_rules (the RULES.json shape of rules.RuleSet) and are read
by core/segmentation/rules.py. Customers no condition matches form the last group ("Everyone
else"). Groups keep the owner's names and order and are never folded into "Other".
details: rules (the RuleSet dict), counts (every group, zero counts kept), matched (rows each
condition matches on its own), columns (the columns the conditions read).
"""

from __future__ import annotations

import pandas as pd

from desktopseg.core.i18n import _
from desktopseg.core.list_columns import rule_table
from desktopseg.core.model import AnalysisSettings, Segmentation
from desktopseg.core.progress import Task
from desktopseg.core.segmentation.common import finish, require_customers, unavailable
from desktopseg.core.segmentation.rules import RuleSet, apply_rules, compile_rules


def run(customers: pd.DataFrame, settings: AnalysisSettings, task: Task) -> Segmentation:
    """Put every customer in the first of the owner's groups whose condition they meet."""
    if settings.group_by:  # one group per value of a column (core/group_by.py)
        from desktopseg.core.group_by import run as run_grouped

        return run_grouped(customers, settings, task)
    if not settings.custom_rules:
        raise unavailable(_("You have not made your own groups yet (View > Your Own Groups, "
                            "or --rules RULES.json on the command line)."))
    require_customers(customers, 1)
    rules = RuleSet.from_dict(settings.custom_rules)
    if not rules.groups:
        raise unavailable(_("Your own groups have no conditions yet."))
    table = rule_table(customers)
    nodes = compile_rules(rules, table.columns)
    outcome = apply_rules(rules, table)
    task.report(0.6)
    other = rules.other_name()
    reasons = pd.Series(index=customers.index, dtype=object)
    for g in rules.groups:
        rows = outcome.labels == g.name
        reasons[rows] = _("Meets the condition of '{name}': {when}").format(
            name=g.name, when=g.when.strip())
    reasons[outcome.labels == other] = _("Meets none of the conditions above.")
    descriptions = {g.name: g.when.strip() for g in rules.groups}
    descriptions[other] = _("Customers who meet none of the conditions.")
    notes = []
    empty = [name for name, n in outcome.counts.items() if n == 0]
    if empty:
        notes.append(_("No customer is in {names}.").format(
            names=", ".join(f"'{n}'" for n in empty)))
    shadowed = [g.name for g in rules.groups
                if outcome.counts[g.name] < outcome.matched[g.name]]
    if shadowed:
        notes.append(_("Some customers meet more than one condition; each is in the first "
                       "group that fits ({names} lost some to groups above them).").format(
                           names=", ".join(f"'{n}'" for n in shadowed)))
    columns = []
    for node in nodes:
        columns += [c for c in node.columns() if c not in columns]
    details = {"rules": rules.to_dict(), "counts": outcome.counts,
               "matched": outcome.matched, "columns": columns}
    title = rules.name or _("Your own groups")
    return finish("custom", title, customers, outcome.labels, reasons, settings,
                  order=[g.name for g in rules.groups] + [other],
                  descriptions=descriptions, details=details, notes=notes, fold=False)
