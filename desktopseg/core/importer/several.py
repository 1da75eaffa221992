"""Several files of one shop at once (issue 12): weekly exports, a folder, old and new layouts.

    import_files([path, ...] or folder, options, task) -> ImportResult

Each file is imported on its own (its own header, layout and column roles), so files whose
layouts differ stack by role in the canonical table. Lines that are in two files because the
exported periods overlap are counted once: by order or transaction number when the files have
one, else as identical lines in two files. Identical lines inside one file are kept (two equal
sales are possible), as for a single file. A customer list among the files joins the sales.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pandas as pd

from desktopseg.core.errors import UserError
from desktopseg.core.i18n import _
from desktopseg.core.model import ImportOptions, ImportReport, ImportResult
from desktopseg.core.progress import Task

#: Files a folder is read for (the importer's own kinds); everything else there is ignored.
SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".xls", ".ods")
OVERLAP = "line also in an earlier file (overlapping periods)"


def expand(paths) -> list[Path]:
    """Return the files named, a folder standing for the spreadsheets in it (sorted by name)."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(
                f
                for f in p.iterdir()
                if f.is_file()
                and f.suffix.lower() in SUFFIXES
                and not f.name.startswith((".", "~$"))
            )
            if not found:
                raise UserError(
                    _("The folder has no spreadsheet or CSV files."),
                    hint=_("Choose the folder the exports were saved in."),
                    file=p,
                )
            out += found
        else:
            out.append(p)
    return list(dict.fromkeys(out))


def is_several(path) -> bool:
    """Return True when ``path`` names more than one file: a list or a folder."""
    if isinstance(path, (list, tuple)):
        return len(path) != 1 or Path(path[0]).is_dir()
    return Path(path).is_dir()


def _overlaps(tx: pd.DataFrame, by_order: bool, seen_orders: set, seen_rows: Counter):
    """Return True for lines of ``tx`` already loaded from an earlier file."""
    if by_order:
        return tx["order_id"].isin(seen_orders).to_numpy()
    cols = [c for c in tx.columns if c != "source_row"]
    h = pd.util.hash_pandas_object(tx[cols], index=False)
    # The n-th copy of a line in this file overlaps when earlier files had at least n copies.
    nth = h.groupby(h).cumcount().to_numpy()
    return (nth < h.map(seen_rows).fillna(0).to_numpy()).astype(bool)


def _has_order_numbers(result: ImportResult) -> bool:
    return "order_id" in set(result.mapping.roles.values())


def import_files(paths, options: ImportOptions | None, task: Task | None) -> ImportResult:
    """Import every file and stack them into one result; see the module docstring."""
    from desktopseg.core.importer import _attach, import_file

    files = expand(paths)
    options = options or ImportOptions()
    task = task or Task()
    if len(files) == 1:
        return import_file(files[0], options, task)
    results: list[tuple[Path, ImportResult]] = []
    for i, f in enumerate(files):
        with task.step(f.name, i / len(files), (i + 1) / len(files)) as sub:
            results.append((f, import_file(f, options, sub)))
    sales = [(f, r) for f, r in results if r.transactions is not None]
    lists = [(f, r) for f, r in results if r.transactions is None and r.customers is not None]
    first = (sales or lists or results)[0][1]
    report = ImportReport(
        file=str(files[0].parent if len({f.parent for f in files}) == 1 else files[0]),
        sheet=first.report.sheet,
        header_row=first.report.header_row,
        format=first.report.format,
        table_kind="transactions" if sales else "customers",
        date_format=first.report.date_format,
    )
    seen_cols: dict[str, object] = {}
    same: dict[tuple, list] = {}
    for f, r in results:
        rep = r.report
        report.rows_read += rep.rows_read
        for reason, n in rep.dropped.items():
            report.drop(reason, n)
        for c in rep.columns:
            seen_cols.setdefault(c.name, c)
        # Sheets joined in each file, and the columns that can group customers (issue 19).
        report.joined += [j for j in rep.joined
                          if j["name"] not in {k["name"] for k in report.joined}]
        report.group_columns += [c for c in rep.group_columns if c not in report.group_columns]
        for p in rep.problems:
            shape = (p.severity, re.sub(r"\d+", "#", p.message), p.column)
            same.setdefault(shape, []).append((f, p))
        report.duplicate_rows += rep.duplicate_rows
        if report.format != rep.format:
            report.format = None
    # One message per kind of problem: "In 12 files, e.g. week01.csv: 22 lines have no ..."
    for (severity, _shape, column), hits in same.items():
        f, p = hits[0]
        if len(hits) == 1:
            text = f"{f.name}: {p.message}"
        else:
            text = _("In {n} files, e.g. {name}: {message}").format(
                n=len(hits), name=f.name, message=p.message
            )
        report.add_problem(severity, text, p.row if len(hits) == 1 else None, column)
    report.columns = list(seen_cols.values())
    by_order = bool(sales) and all(_has_order_numbers(r) for _f, r in sales)
    seen_orders: set = set()
    seen_rows: Counter = Counter()
    stacked = []
    for f, r in results:
        tx = r.transactions
        entry = {"file": str(f), "lines_read": r.report.rows_read, "lines": 0, "overlaps": 0}
        if tx is None:
            entry["lines"] = 0 if r.customers is None else len(r.customers)
            report.files.append(entry)
            continue
        dup = _overlaps(tx, by_order, seen_orders, seen_rows)
        keep = tx.loc[~dup]
        entry["lines"], entry["overlaps"] = len(keep), int(dup.sum())
        report.files.append(entry)
        if by_order:
            seen_orders.update(tx["order_id"].dropna().unique())
        else:
            cols = [c for c in tx.columns if c != "source_row"]
            seen_rows.update(pd.util.hash_pandas_object(tx[cols], index=False).tolist())
        stacked.append(keep)
    overlaps = sum(e["overlaps"] for e in report.files)
    report.drop(_(OVERLAP), overlaps)
    transactions = customers = None
    if stacked:
        transactions = pd.concat(stacked, ignore_index=True, sort=False)
        report.rows_kept = len(transactions)
        report.refund_rows = int(transactions["is_refund"].sum())
        report.anonymous_rows = int(transactions["customer_key"].isna().sum())
        own = [r.customers for _f, r in sales if r.customers is not None]
        if lists:
            cust = pd.concat([r.customers for _f, r in lists], ignore_index=True, sort=False)
            names = ", ".join(f.name for f, _r in lists)
            customers = _attach(cust, transactions, report, _("file {name}").format(name=names))
        elif own:
            customers = pd.concat(own, ignore_index=True, sort=False).drop_duplicates(
                "customer_key"
            )
    elif lists:
        customers = pd.concat([r.customers for _f, r in lists], ignore_index=True, sort=False)
        customers = customers.drop_duplicates("customer_key").reset_index(drop=True)
        report.rows_kept = len(customers)
    report.add_problem(
        "info",
        _(
            "{n} files were read together; {k} lines were also in an earlier file and were "
            "counted once."
        ).format(n=len(files), k=overlaps),
    )
    gap = report.rows_read - report.rows_kept - sum(report.dropped.values())
    if gap > 0:
        report.drop(_("other"), gap)
    return ImportResult(
        transactions=transactions, customers=customers, report=report, mapping=first.mapping
    )
