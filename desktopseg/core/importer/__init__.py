"""The importer: a spreadsheet a shop owner really has -> canonical tables + ImportReport.

    import_file(path, options, task) -> ImportResult

read.py finds sheets, encodings and the header; roles.py and formats.py say what each column
is; values.py parses numbers and dates per column; clean.py builds the canonical tables.
The user's file is only ever opened for reading.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

from desktopseg.core.errors import UserError
from desktopseg.core.i18n import _
from desktopseg.core.importer import clean, content_roles
from desktopseg.core.importer.formats import FORMATS, KnownFormat, recognise
from desktopseg.core.importer.memory import recall_mapping, remember_mapping
from desktopseg.core.importer.read import (
    MAX_COLUMNS,
    RawTable,
    Workbook,
    read_text,
    sniff_kind,
)
from desktopseg.core.importer.roles import (
    DATE_ROLES,
    NUMERIC_ROLES,
    RoleGuess,
    assign_roles,
    header_guesses,
    normalise,
    profile_column,
    value_guesses,
)
from desktopseg.core.model import (
    ALL_ROLES,
    ColumnInfo,
    ColumnMapping,
    ImportOptions,
    ImportReport,
    ImportResult,
)
from desktopseg.core.progress import Task

__all__ = ["import_file", "detect_mapping", "remember_mapping", "recall_mapping", "FORMATS"]

_SALES_WORDS = (
    "sale",
    "transaction",
    "invoice",
    "order",
    "item",
    "payment",
    "line",
    "detail",
    "receipt",
    "ledger",
    "판매",
    "매출",
    "주문",
    "销售",
    "订单",
    "交易",
    "myynti",
    "tilaus",
    "lasku",
    "umsatz",
    "verkauf",
    "rechnung",
    "vente",
    "facture",
    "commande",
    "venta",
    "factura",
    "pedido",
)
_CUSTOMER_WORDS = (
    "customer",
    "client",
    "contact",
    "account",
    "member",
    "고객",
    "客户",
    "asiak",
    "kunde",
    "client",
    "cliente",
)
PROFILE_SAMPLE = 5000
_CODE_HEADER = re.compile(r"code|id$|^id|number|^no$|zip|postal|phone|year|sic|naics|nace")


def _sample(frame: pd.DataFrame) -> pd.DataFrame:
    if len(frame) <= PROFILE_SAMPLE:
        return frame
    idx = np.unique(np.r_[np.arange(3000), np.linspace(3000, len(frame) - 1, 2000).astype("int64")])
    return frame.iloc[idx]


def detect_mapping(
    raw: RawTable, options: ImportOptions, prefer: str = "DMY"
) -> tuple[ColumnMapping, KnownFormat | None, list[ColumnInfo], dict]:
    """Decide each column's role: user mapping > known format > remembered > detected."""
    headers = [str(c) for c in raw.frame.columns]
    fmt = recognise(headers)
    user = options.mapping
    remembered = None if (user or fmt) else recall_mapping(headers)
    sample = _sample(raw.frame)
    profiles = {}
    candidates: dict[str, list[RoleGuess]] = {}
    for h in headers:
        hg = header_guesses(h)
        if not content_roles.is_exact(h):
            tolerant = content_roles.tolerant_guesses(h)
            if tolerant and not tolerant[0].role:
                hg = []  # a header that says what the column is not (web visits, income)
            elif tolerant:
                hg = tolerant + [g for g in hg if g.role != tolerant[0].role]
        says_date = bool(hg) and hg[0].role in DATE_ROLES | content_roles.DATE_NEW
        p = profile_column(
            h, sample[h], raw.decimal_hint, options.date_order, prefer, raw.date1904, says_date
        )
        profiles[h] = p
        guesses = []
        for g in hg:
            conf = g.confidence
            numeric = NUMERIC_ROLES | content_roles.NUMERIC_NEW
            if g.role in numeric and p.filled and (p.number is None or p.number.rate < 0.6):
                conf *= 0.35  # "Total" header over text values is not an amount
            if g.role in DATE_ROLES | content_roles.DATE_NEW and p.filled and (
                p.date is None or p.date.rate < 0.6
            ):
                conf *= 0.35
            constant = p.unique == 1 and p.filled >= 20
            if constant and g.role in ("amount", "category_spend", "cost", "order_count"):
                continue  # the same figure on every row (Z_Revenue = 11) is not money spent
            if g.role == "customer_id" and p.email_rate > 0.8:
                continue
            if p.filled == 0:
                conf *= 0.5
            guesses.append(RoleGuess(g.role, conf, g.reason))
        guesses += value_guesses(p, len(sample))
        guesses.sort(key=lambda g: -g.confidence)
        candidates[h] = guesses
    assigned = assign_roles(headers, candidates)
    roles = {h: (g.role if g else None) for h, g in assigned.items()}
    reasons = {h: (g.reason if g else "") for h, g in assigned.items()}
    conf = {h: (g.confidence if g else 0.0) for h, g in assigned.items()}
    source = None
    if fmt is not None:
        known = fmt.roles_for(headers)
        for h in headers:
            if normalise(h) in {normalise(k) for k in fmt.roles}:
                roles[h], conf[h] = known[h], 1.0
                reasons[h] = _("{fmt} column").format(fmt=fmt.name)
            elif roles[h] in set(known.values()) - {None}:
                roles[h], conf[h], reasons[h] = None, 0.0, ""
    for saved, label in (
        (remembered, _("remembered from an earlier file")),
        (user, _("chosen by you")),
    ):
        if saved is None:
            continue
        source = label
        for h, r in saved.roles.items():
            if h in roles and (r is None or r in ALL_ROLES):
                if r is not None:
                    for other in headers:  # one column per role
                        if roles[other] == r and other != h and r != "category_spend":
                            roles[other], conf[other], reasons[other] = None, 0.0, ""
                roles[h], conf[h], reasons[h] = r, 1.0, label
    kind = (
        (user.table_kind if user and user.table_kind else None)
        or (fmt.table_kind if fmt else None)
        or _table_kind(roles, profiles, len(raw.frame))
    )
    if kind == "customers":
        _customer_list_roles(roles, conf, reasons, profiles)
        if fmt is None and user is None and remembered is None:
            from desktopseg.core.importer.summary_lists import summary_list_roles

            summary_list_roles(roles, conf, reasons, profiles)
        for h, r in roles.items():
            if r == "event_type" and fmt is None:  # "Marital_Status": a list has no sale events
                roles[h], conf[h], reasons[h] = None, 0.0, ""
            code = next((x for x, y in roles.items() if y == "industry_code"), None)
            if r is None and code and re.match(r"^(sic|naics)", normalise(h)):
                reasons[h] = _("kept as a second industry code beside '{col}'").format(col=code)
    order_note = None
    if kind == "transactions" and fmt is None and user is None and remembered is None:
        for h, r in roles.items():
            if r == "recency_days":  # the sale dates say when each customer last bought
                roles[h], conf[h] = None, 0.0
                reasons[h] = _("ignored: the sale dates say when each customer last bought")
        order_note = content_roles.choose_order_id(sample, roles, conf, reasons)
    mapping = ColumnMapping(
        roles=roles,
        sheet=raw.sheet,
        header_row=raw.header_row,
        date_order=options.date_order,
        decimal=raw.decimal_hint,
        format_name=fmt.name if fmt else None,
        table_kind=kind,
    )
    infos = [ColumnInfo(h, roles[h], round(float(conf[h]), 3), reasons[h]) for h in headers]
    return mapping, fmt, infos, {"profiles": profiles, "source": source, "order_note": order_note}


def _table_kind(roles: dict, profiles: dict, n: int) -> str:
    present = set(roles.values())
    if "date" not in present:
        return "customers"
    totals = present & {"first_purchase", "last_purchase", "order_count", "lifetime_spend"}
    id_col = next((h for h, r in roles.items() if r in ("customer_id", "email")), None)
    if totals and id_col is not None and profiles[id_col].unique >= 0.98 * profiles[id_col].filled:
        return "customers"
    return "transactions"


def _customer_list_roles(roles, conf, reasons, profiles) -> None:
    """In a customer list, unclaimed money-like number columns are spend per category."""
    for h, r in roles.items():
        if r is not None:
            continue
        p = profiles[h]
        if _CODE_HEADER.search(normalise(h)) or content_roles.NOT_SPEND.search(normalise(h)):
            continue  # NAICS Code, Zip, Account No: numbers, but not money
        values = p.number.values.dropna() if p.number is not None else pd.Series(dtype=float)
        # Spend columns hold money: many distinct values and sums in the hundreds, unlike
        # counts such as deliveries or phone calls.
        if (
            p.number is not None
            and p.number.rate > 0.95
            and p.unique > 20
            and values.quantile(0.9) > 100
        ):
            roles[h], conf[h] = "category_spend", 0.6
            reasons[h] = _("numbers per customer: read as spend on '{h}'").format(h=h)
    for h, r in list(roles.items()):
        if r == "amount":
            roles[h], reasons[h] = "lifetime_spend", _("total per customer")


def _prefer_order(raw: RawTable, fmt: KnownFormat | None) -> str:
    """Return the reading for dates that are valid both ways (03/04/2024), used only on a tie.

    The export's own convention first; else US dollars suggest month-first; else day-first,
    which most of the world writes.
    """
    if fmt and fmt.date_order:
        return fmt.date_order
    if raw.decimal_hint == ",":
        return "DMY"
    head = raw.frame.head(200)
    for c in head.columns:
        if head[c].dtype.kind not in "biufmM":
            if head[c].astype("string").str.contains("$", regex=False).fillna(False).any():
                return "MDY"
    return "DMY"


def _score_sheet(raw: RawTable) -> tuple[float, str, str]:
    """How much a sheet looks like sales lines: (score, kind guess, reason)."""
    headers = [str(c) for c in raw.frame.columns]
    fmt = recognise(headers)
    roles = {}
    for h in headers:
        g = header_guesses(h)
        if g:
            roles.setdefault(g[0].role, h)
    name = (raw.sheet or "").casefold()
    score = min(len(raw.frame), 10000) / 10000
    reason = []
    if fmt:
        score += 5 if fmt.table_kind == "transactions" else 1
        reason.append(_("it is a {fmt} export").format(fmt=fmt.name))
    if "date" in roles and ("amount" in roles or "unit_price" in roles):
        score += 3
        reason.append(_("it has dates and amounts"))
    if any(w in name for w in _SALES_WORDS):
        score += 2
        reason.append(_("its name says sales"))
    kind = (
        "customers"
        if (
            "date" not in roles or any(w in name for w in _CUSTOMER_WORDS) and "amount" not in roles
        )
        else "transactions"
    )
    if kind == "customers":
        score -= 2
    return score, kind, ", ".join(reason) or _("it has the most data")


def import_file(path: Path, options: ImportOptions, task: Task) -> ImportResult:
    """Read ``path`` into the canonical tables; UserError for anything the user can fix."""
    path = Path(path)
    task = task or Task()
    with task.step(_("Reading file"), 0.0, 0.7) as sub:
        raw, sheets, reason, others, wb = _read_main(path, options, sub)
    _drop_empty_columns(raw, path)
    report = ImportReport(
        file=str(path),
        sheet=raw.sheet,
        sheets=sheets,
        sheet_reason=reason,
        header_row=raw.header_row,
    )
    for severity, msg in raw.problems:
        report.add_problem(severity, msg)
    if raw.frame.shape[0] == 0:
        raise UserError(
            _("The table has a header but no rows under it."),
            hint=_("Export a period that has sales in it."),
            file=path,
            sheet=raw.sheet,
            row=raw.header_row,
        )
    task.report(0.72, _("Recognising columns"))
    fmt0 = recognise([str(c) for c in raw.frame.columns])
    split = None
    if fmt0 is not None and fmt0.name.startswith("WooCommerce"):
        from desktopseg.core.importer import woo_items

        split = woo_items.split_order_items(raw.frame)
        if split is not None:
            raw.frame = split[0]
            report.add_problem(
                "info",
                _("{n} orders had their items packed in order_item columns; they were split "
                  "into {k} lines, one per item.").format(n=split[1], k=len(split[0])),
            )
    prefer = _prefer_order(raw, fmt0)
    mapping, fmt, infos, extra = detect_mapping(raw, options, prefer)
    if split is not None and options.mapping is None:
        woo_items.apply_roles(mapping.roles, infos)
    report.format = fmt.name if fmt else None
    _currency(raw, mapping, options, report)
    report.columns = infos
    report.table_kind = mapping.table_kind or "transactions"
    report.rows_read = len(raw.frame)
    if fmt and fmt.approximate:
        report.add_problem(
            "info",
            _(
                "Recognised as {fmt}; this layout was built without a "
                "real export to check, so look over the columns."
            ).format(fmt=fmt.name),
        )
    if raw.encoding and raw.encoding not in ("utf-8", "utf-8-sig"):
        report.add_problem("info", _("Text encoding: {enc}.").format(enc=raw.encoding))
    if raw.title_rows:
        report.add_problem(
            "info", _("{n} title rows above the header were skipped.").format(n=raw.title_rows)
        )
    if extra.get("order_note"):
        report.add_problem("info", extra["order_note"])
    task.report(0.8, _("Cleaning rows"))
    try:
        transactions, customers = _clean(path, options, raw, mapping, fmt, report, prefer,
                                         others, wb, task)
    except UserError as exc:
        exc = content_roles.with_candidates(exc, raw.frame, mapping.roles, report.table_kind)
        if not options.inspect:
            raise exc from None
        report.add_problem("error", f"{exc.message} {exc.hint}".strip(), column=exc.column)
        for message, hint in content_roles.missing_role_problems(
            raw.frame.head(5000), mapping.roles, report.table_kind
        ):
            if message != exc.message:
                report.add_problem("error", f"{message} {hint}")
        transactions = customers = None
    if transactions is not None or customers is not None:
        _balance(report)
    if transactions is not None:
        from desktopseg.core.importer.mixed_currency import note_mixed_currencies

        note_mixed_currencies(raw.frame, raw.first_data_row, transactions, report)
    if extra.get("source"):
        report.add_problem("info", _("Column choices {src}.").format(src=extra["source"]))
    from desktopseg.core import group_by

    group_by.carry(raw, options, _saved_choices(options, raw), mapping, transactions, customers,
                   report)
    task.report(1.0)
    return ImportResult(
        transactions=transactions, customers=customers, report=report, mapping=mapping
    )


def _clean(path, options, raw, mapping, fmt, report, prefer, others, wb, task):
    """Return (transactions, customers) built from the mapped table."""
    date_order = options.date_order or (options.mapping.date_order if options.mapping else None)
    customers = None
    if report.table_kind == "customers":
        customers = clean.build_customers(
            raw, mapping.roles, fmt, report, date_order, prefer, str(path)
        )
        transactions = None
        report.rows_kept = len(customers)
    else:
        with task.step(_("Cleaning rows"), 0.8, 0.97) as sub:
            transactions = clean.build_transactions(
                raw, mapping.roles, fmt, report, date_order, prefer, str(path), sub
            )
        report.rows_kept = len(transactions)
        customers = _join_customer_list(path, options, others, wb, transactions, report, task,
                                        saved=_saved_choices(options, raw))
    return transactions, customers


def _saved_choices(options, raw) -> ColumnMapping | None:
    """Return the user's mapping, else the one remembered for these columns."""
    if options.mapping is not None:
        return options.mapping
    return recall_mapping([str(c) for c in raw.frame.columns])


def _currency(raw: RawTable, mapping, options: ImportOptions, report: ImportReport) -> None:
    """Note the export's currency: the saved mapping's choice, else detected (core/currency)."""
    from desktopseg.core.currency import detect

    saved = options.mapping.currency if options.mapping is not None else None
    if saved:
        report.currency, report.currency_source = saved, "mapping"
    else:
        report.currency, report.currency_source = detect(raw.frame, mapping.roles)
    mapping.currency = report.currency


def _drop_empty_columns(raw: RawTable, path: Path) -> None:
    """Forget unnamed columns without a value (spacers, stray formatting); refuse absurd widths."""
    frame = raw.frame
    unnamed = [c for c in frame.columns if str(c).startswith("Column ")]
    if unnamed:
        empty = frame[unnamed].isna().all()
        drop = list(empty[empty].index)
        if drop:
            raw.frame = frame = frame.drop(columns=drop)
    if frame.shape[1] > MAX_COLUMNS:
        raise UserError(
            _("The table has {n} columns; a sales export has a few dozen.").format(
                n=frame.shape[1]
            ),
            hint=_("Check that this is the right sheet, or delete the extra columns and save."),
            file=path,
            sheet=raw.sheet,
            row=raw.header_row,
        )


def _balance(report: ImportReport) -> None:
    """Keep rows_kept + dropped == rows_read true; anything unexplained is a bug, say it."""
    gap = report.rows_read - report.rows_kept - sum(report.dropped.values())
    if gap > 0:
        report.drop(_("other"), gap)


def _read_main(path: Path, options: ImportOptions, task: Task):
    kind = sniff_kind(path)
    if kind == "text":
        raw = read_text(path, options.max_rows, task)
        if raw.frame.shape[1] == 0:
            raise UserError(_("The file has no columns."), file=path)
        return raw, [], "", [], None
    wb = Workbook(path, kind)
    names = wb.sheet_names
    if not names:
        raise UserError(
            _("The workbook is damaged: it has no sheets that can be read."),
            hint=_("Open it in Excel or LibreOffice, save it as .xlsx and open that copy."),
            file=path,
        )
    want = options.sheet or (options.mapping.sheet if options.mapping else None)
    if want is not None:
        if want not in names:
            raise UserError(
                _("There is no sheet called '{s}'.").format(s=want),
                hint=_("The sheets are: {names}.").format(names=", ".join(names)),
                file=path,
            )
        raw = wb.read(want, options.max_rows, task)
        others = [n for n in names if n != want]
        raw, reason, others = _stack_same_sheets(raw, _("chosen by you"), names,
                                                 [(n, None) for n in others], wb, options, task)
        return raw, names, reason, [n for n, _t in others], wb
    if len(names) == 1:
        return wb.read(names[0], options.max_rows, task), names, "", [], wb
    read: dict[str, RawTable] = {}
    scored = []
    errors: list[UserError] = []
    for i, n in enumerate(names):
        with task.step(n, i / len(names), (i + 1) / len(names)) as sub:
            try:
                read[n] = wb.read(n, options.max_rows, sub)
            except UserError as exc:
                errors.append(exc)
                continue
        score, kind, why = _score_sheet(read[n])
        if wb.is_hidden(n):  # a hidden sheet ranks below every visible one
            score, why = score - 100, why + ", " + _("but it is hidden")
        scored.append((score, kind, why, n))
    if not scored:
        raise errors[0]
    scored.sort(key=lambda s: -s[0])
    best_score, _kind, why, best = scored[0]
    others = [n for n in names if n != best]
    reason = _("looks like the sales: {why}; other sheets: {others}").format(
        why=why, others=", ".join(others)
    )
    raw, reason, rest = _stack_same_sheets(read[best], reason, names,
                                           [(n, read.get(n)) for n in others], wb, options, task)
    return raw, names, reason, rest, wb


def _stack_same_sheets(raw: RawTable, reason: str, names: list[str], others, wb,
                       options: ImportOptions, task: Task):
    """Read the visible sheets with the very same columns as ``raw`` as one table with it.

    A shop's history kept as a sheet per year or month ("Year 2009-2010", "Year 2010-2011")
    is one table: reading only the biggest sheet would lose the other years. A line that is on
    two sheets (the periods overlap) is counted once. Returns (raw, reason, other sheets).
    """
    columns = [str(c) for c in raw.frame.columns]
    same, rest = [], []
    for name, table in others:
        if table is None and not wb.is_hidden(name):
            try:
                table = wb.read(name, options.max_rows, task)
            except UserError:
                table = None
        if (table is not None and not wb.is_hidden(name) and len(table.frame)
                and [str(c) for c in table.frame.columns] == columns):
            same.append((name, table))
        else:
            rest.append((name, table))
    if not same:
        return raw, reason, rest
    order = {n: i for i, n in enumerate(names)}
    parts = sorted([(raw.sheet, raw), *same], key=lambda p: order.get(p[0], 0))
    frames, seen, overlaps = [], Counter(), 0
    for _name, table in parts:
        frame = table.frame.astype("string")
        h = pd.util.hash_pandas_object(frame, index=False)
        nth = h.groupby(h).cumcount().to_numpy()  # the n-th copy of a line on this sheet
        dup = nth < h.map(seen).fillna(0).to_numpy()
        overlaps += int(dup.sum())
        seen.update(h.tolist())
        frames.append(table.frame.loc[~dup])
    raw.frame = pd.concat(frames, ignore_index=True)
    sheets = ", ".join(f"'{n}'" for n, _t in parts)
    reason = _("sheets {sheets} have the same columns and were read as one table").format(
        sheets=sheets)
    raw.problems.append(("info", _("Sheets {sheets} have the same columns; their {n} lines "
                                   "were read as one table.").format(sheets=sheets,
                                                                     n=len(raw.frame))))
    if overlaps:
        raw.problems.append(("info", _("{n} lines were on two sheets (overlapping periods) and "
                                       "are counted once.").format(n=overlaps)))
    return raw, reason, rest


def _join_customer_list(path, options, others, wb, transactions, report, task, saved=None):
    """Attach a customer list (another sheet or options.customer_file): see joined.py."""
    from desktopseg.core.importer.joined import join_customer_list

    return join_customer_list(path, options, saved, others, wb, transactions, report)


def _attach(cust: pd.DataFrame, transactions: pd.DataFrame, report: ImportReport, label: str):
    keys = set(transactions["customer_key"].dropna().unique())
    cust = cust.copy()
    hit = cust["customer_key"].isin(keys)
    if not hit.any():
        # Transactions keyed by id and the list by name (or the other way): try the others.
        for role in ("customer_id", "email", "customer_name", "company"):
            if role in cust:
                alt = cust[role].astype("string")
                alt = alt.str.lower() if role == "email" else alt
                if role in ("customer_name", "company"):
                    alt = alt.str.casefold().str.replace(r"\s+", " ", regex=True).str.strip()
                if alt.isin(keys).any():
                    cust["customer_key"] = alt
                    hit = alt.isin(keys)
                    break
    if not hit.any():
        report.add_problem(
            "warning",
            _(
                "The customer list in {src} shares no customer with the sales, so it was not used."
            ).format(src=label),
        )
        return None
    report.customer_source = _("{src} joined on customer").format(src=label)
    missing = len(keys) - int(hit.sum())
    if missing > 0:
        report.add_problem(
            "info", _("{n} customers in the sales are not in the customer list.").format(n=missing)
        )
    return cust.loc[hit].drop_duplicates("customer_key").reset_index(drop=True)
