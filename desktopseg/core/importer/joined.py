"""Sheets and files joined on the customer, with the user's roles, shown in the preview.

A workbook's other sheet (a Customers list, a Service log) or a second customer file adds
attributes to the sales, joined on the customer. The sheet is found as before: the first that
looks like a customer list (or is named as the customer sheet) and shares customers with the
sales. What the user can change, through the same ColumnMapping the main sheet's roles are in:

- ``mapping.joined[name]``: the roles of that sheet's (or file's) columns, over the detected ones;
- ``mapping.left_out``: sheets or files not to join at all.

Every sheet or file joined or left out is recorded on ``report.joined`` as a plain dict
``{name, label, kind, used, columns: [{name, role, confidence, reason}]}`` (plain, so a saved
project reads it back as it was), so the preview can show its columns and the CLI's
``inspect --json`` names them for a mapping file.
"""

from __future__ import annotations

from pathlib import Path

from desktopseg.core.errors import UserError
from desktopseg.core.i18n import _
from desktopseg.core.importer import clean
from desktopseg.core.model import (
    ALL_ROLES,
    MULTI_ROLES,
    ColumnMapping,
    ImportOptions,
    ImportReport,
)
from desktopseg.core.progress import Task


def join_customer_list(path, options: ImportOptions, saved: ColumnMapping | None, others, wb,
                       transactions, report: ImportReport):
    """Attach a customer list (another sheet or options.customer_file) by customer key."""
    from desktopseg.core import importer as imp

    chosen = dict(saved.joined or {}) if saved is not None else {}
    left_out = set(saved.left_out or ()) if saved is not None else set()
    if options.customer_file:
        return _join_file(Path(options.customer_file), options, chosen, left_out,
                          transactions, report)
    cand = []
    for item in others:
        name, raw = item if isinstance(item, tuple) else (item, None)
        if options.customer_sheet and name != options.customer_sheet:
            continue
        if raw is None and wb is not None:
            try:
                raw = wb.read(name, None, Task())
            except UserError:
                continue
        if raw is None or len(raw.frame) == 0:
            continue
        _score, kind, _why = imp._score_sheet(raw)
        if kind == "customers" or name == options.customer_sheet:
            cand.append((name, raw))
    for name, raw in cand:
        roles, fmt, columns = sheet_roles(raw, chosen.get(name))
        label = _("sheet '{s}'").format(s=name)
        entry = {"name": name, "label": label, "kind": "sheet", "used": False,
                 "columns": columns}
        if name in left_out:
            report.joined.append(entry)
            continue
        sub_report = ImportReport(file=str(path), sheet=name)
        try:
            cust = clean.build_customers(raw, roles, fmt, sub_report, None, "DMY", str(path))
        except UserError:
            continue
        joined = imp._attach(cust, transactions, report, label)
        if joined is not None:
            entry["used"] = True
            report.joined.append(entry)
            return joined
    return None


def _join_file(cpath: Path, options, chosen, left_out, transactions, report):
    """Join a second file holding the customer list (``--customers`` on the command line)."""
    from desktopseg.core import importer as imp

    name = cpath.name
    roles = chosen.get(name)
    mapping = ColumnMapping(roles=dict(roles), table_kind="customers") if roles else None
    sub = imp.import_file(cpath, ImportOptions(sheet=options.customer_sheet, mapping=mapping),
                          Task())
    label = _("customer file {name}").format(name=name)
    entry = {"name": name, "label": label, "kind": "file", "used": False,
             "columns": [_column(c.name, c.role, c.confidence, c.reason)
                         for c in sub.report.columns]}
    if name in left_out:
        report.joined.append(entry)
        return None
    cust = sub.customers
    if cust is None:
        raise UserError(
            _("The customer file doesn't look like a customer list."),
            hint=_("Choose a file with one row per customer."),
            file=cpath,
        )
    joined = imp._attach(cust, transactions, report, label)
    entry["used"] = joined is not None
    report.joined.append(entry)
    return joined


def sheet_roles(raw, user_roles: dict | None):
    """Return (roles, format, columns) of a customer sheet: detected, then the user's choices."""
    from desktopseg.core import importer as imp

    mapping, fmt, infos, _x = imp.detect_mapping(raw, ImportOptions())
    roles = dict(mapping.roles)
    if "date" in roles.values() and "amount" not in roles.values():
        roles = {h: (None if r == "date" else r) for h, r in roles.items()}
    for h, r in list(roles.items()):
        if r == "amount":  # a customer list's money is what the customer spent in all
            roles[h] = "lifetime_spend"
    info = {c.name: c for c in infos}
    mine = set()
    for h, r in (user_roles or {}).items():
        if h not in roles or (r is not None and r not in ALL_ROLES):
            continue
        if r is not None and r not in MULTI_ROLES:
            for other, was in roles.items():  # one column per role
                if was == r and other != h:
                    roles[other] = None
                    mine.add(other)
        roles[h] = r
        mine.add(h)
    columns = []
    for h, r in roles.items():
        c = info.get(h)
        if h in mine:
            columns.append(_column(h, r, 1.0, _("chosen by you")))
        else:
            columns.append(_column(h, r, c.confidence if c else 0.0, c.reason if c else ""))
    return roles, fmt, columns


def _column(name, role, confidence, reason) -> dict:
    return {"name": str(name), "role": role, "confidence": round(float(confidence), 3),
            "reason": reason or ""}


def roles_of(report: ImportReport) -> dict[str, dict[str, str | None]]:
    """Return {sheet or file: {column: role}} of what was joined or left out (for a mapping)."""
    return {j["name"]: {c["name"]: c["role"] for c in j.get("columns", [])}
            for j in report.joined}
