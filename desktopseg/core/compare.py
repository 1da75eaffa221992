"""Who moved between segments: two moments of the same shop under one set of rules.

    compare_at(data, day, settings)        as of ``day`` vs. the end of the data
    compare_data(old, new, settings)       an older export (or project) vs. a newer one
    summary_dict(comparison)               the compare summary JSON (issue 15)

Movement only means something under the same rules, so both moments use ONE set of settings:
the user's, and -- for buying behaviour when the cut points are automatic -- the cut points the
EARLIER moment's own run chose, frozen and applied to the later moment (``rules="earlier"``).
The earlier moment is then exactly what ``segment --until DAY`` shows; the later one is what
``segment`` shows with those cut points. ``rules="each"`` lets each moment choose its own cut
points (the later moment is then exactly plain ``segment``). ``Comparison.rules_text`` says which.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pandas as pd

from desktopseg.core.errors import UserError
from desktopseg.core.i18n import _, localize_number
from desktopseg.core.model import AnalysisResult, AnalysisSettings, ImportResult
from desktopseg.core.progress import CancelFn, ProgressFn, Task

#: Schemes a comparison can follow (automatic groups are re-made at every run).
COMPARABLE = ("behavioral", "value", "firmographic")
RULES = ("earlier", "each")


@dataclass
class Comparison:
    """Two analyses of the same customers and, per customer, where they were and where they are.

    ``customers`` (index customer_key): ``before`` (segment name, None for a customer first seen
    after the earlier moment), ``after`` (segment name; :func:`gone_name` for a customer missing
    from the newer data), ``revenue_before``, ``revenue_after``, ``name``, ``email``.
    """

    scheme: str
    before: AnalysisResult
    after: AnalysisResult
    before_as_of: date | None
    after_as_of: date | None
    customers: pd.DataFrame
    settings: AnalysisSettings
    rules: str
    rules_text: str
    order: list[str] = field(default_factory=list)

    # ---- tables ----------------------------------------------------------------------------
    def before_sizes(self) -> dict[str, int]:
        """Return customers per segment at the earlier moment, as its segment list shows them."""
        return {s.name: int(s.customers) for s in self.before.segmentations[self.scheme].segments}

    def after_sizes(self) -> dict[str, int]:
        """Return customers per segment at the later moment."""
        return {s.name: int(s.customers) for s in self.after.segmentations[self.scheme].segments}

    def moves(self) -> pd.DataFrame:
        """One row per (from, to) pair with customers and revenue; ``from`` is None for new ones."""
        c = self.customers
        frm = c["before"].astype(object).where(c["before"].notna(), None)
        g = pd.DataFrame({"from": frm.fillna(_NEW), "to": c["after"],
                          "revenue_before": c["revenue_before"].fillna(0.0),
                          "revenue_after": c["revenue_after"].fillna(0.0)})
        out = (g.groupby(["from", "to"], sort=False)
               .agg(customers=("to", "size"), revenue_before=("revenue_before", "sum"),
                    revenue_after=("revenue_after", "sum"))
               .reset_index())
        rank = {n: i for i, n in enumerate([_NEW, *self.order])}
        out["_a"] = out["from"].map(rank).fillna(len(rank))
        out["_b"] = out["to"].map(rank).fillna(len(rank))
        out = out.sort_values(["_a", "_b"]).drop(columns=["_a", "_b"]).reset_index(drop=True)
        out["from"] = out["from"].astype(object).where(out["from"] != _NEW, None)
        return out

    def matrix(self, value: str = "customers") -> pd.DataFrame:
        """From (rows, "New customers" first) x to (columns): ``value`` is customers or revenue."""
        m = self.moves()
        m["from"] = m["from"].fillna(new_name())
        column = "customers" if value == "customers" else "revenue_after"
        table = m.pivot_table(index="from", columns="to", values=column, aggfunc="sum",
                              fill_value=0, sort=False)
        rows = [r for r in [new_name(), *self.order] if r in table.index]
        rows += [r for r in table.index if r not in rows]
        cols = [c for c in self.order if c in table.columns]
        cols += [c for c in table.columns if c not in cols]
        return table.reindex(index=rows, columns=cols, fill_value=0)

    def movers(self, frm: str | None, to: str) -> pd.DataFrame:
        """Return the customers who went from ``frm`` (None: new customers) to ``to``."""
        c = self.customers
        mask = (c["before"].isna() if frm is None else c["before"] == frm) & (c["after"] == to)
        cols = [k for k in ("name", "email", "before", "after", "revenue_before",
                            "revenue_after", "last_purchase") if k in c]
        return c.loc[mask.to_numpy(dtype=bool), cols].sort_values("revenue_after",
                                                                  ascending=False)

    def new_customers(self) -> int:
        """Count the customers first seen after the earlier moment."""
        return int(self.customers["before"].isna().sum())

    def sentences(self, limit: int = 6) -> list[str]:
        """One plain sentence per important move (the biggest changes of segment)."""
        return [text for text, _row in self.important_moves(limit)]

    def important_moves(self, limit: int = 6) -> list[tuple[str, dict[str, Any]]]:
        """Return the moves worth a sentence, biggest first, each with its sentence."""
        m = self.moves()
        changed = m[m["from"].notna() & (m["from"] != m["to"])].copy()
        changed["weight"] = changed["customers"] * (1 + changed["revenue_before"].abs()
                                                    / max(float(changed["revenue_before"]
                                                                .abs().sum()), 1.0))
        changed = changed.sort_values("weight", ascending=False).head(limit)
        rank = {n: i for i, n in enumerate(self.order)}
        out = []
        new = self.new_customers()
        since = _day(self.before_as_of)
        for row in changed.to_dict("records"):
            a, b = rank.get(row["from"], 99), rank.get(row["to"], 99)
            one = row["customers"] == 1
            if b > a:
                template = (_("1 customer slipped from {a} to {b}; they had spent {money} by "
                              "{day}.") if one else
                            _("{n} customers slipped from {a} to {b}; they had spent {money} "
                              "by {day}."))
            elif b < a:
                template = (_("1 customer moved up from {a} to {b}; they had spent {money} by "
                              "{day}.") if one else
                            _("{n} customers moved up from {a} to {b}; they had spent {money} "
                              "by {day}."))
            else:
                template = (_("1 customer went from {a} to {b}; they had spent {money} by "
                              "{day}.") if one else
                            _("{n} customers went from {a} to {b}; they had spent {money} "
                              "by {day}."))
            out.append((template.format(n=count(row["customers"]), a=row["from"], b=row["to"],
                                        money=money(row["revenue_before"]), day=since), row))
        if new:
            text = (_("1 new customer came after {day}.") if new == 1 else
                    _("{n} new customers came after {day}.")).format(n=count(new), day=since)
            out.append((text, {"from": None, "to": None, "customers": new}))
        return out


_NEW = "\0new"  # sorts "new customers" first without clashing with a segment name


def new_name() -> str:
    """Return what the move matrix calls customers first seen after the earlier moment."""
    return _("New customers")


def gone_name() -> str:
    """Where customers missing from the newer data went (only when comparing two files)."""
    return _("Not in the newer data")


def money(x: float) -> str:
    """Money with thousands separators and no decimals, in the user's number style."""
    return localize_number(f"{x:,.0f}")


def count(n: int) -> str:
    """Format a whole number with thousands separators, in the user's number style."""
    return localize_number(f"{int(n):,}")


def _day(d: date | None) -> str:
    return d.isoformat() if d else _("the earlier date")


def _as_of(result: AnalysisResult) -> date | None:
    day = result.settings.analysis_date
    if day is not None:
        return day
    return result.period_end.date() if result.period_end is not None else None


def _check_scheme(scheme: str) -> None:
    if scheme == "clusters":
        raise UserError(
            _("Automatic groups are made afresh at every run, so they can't be compared."),
            hint=_("Compare buying behaviour, customer value or company type instead."))
    if scheme not in COMPARABLE:
        raise UserError(_("There is no scheme called '{name}'.").format(name=scheme),
                        hint=_("Choose one of: {names}.").format(names=", ".join(COMPARABLE)))


def _frozen(settings: AnalysisSettings, earlier: AnalysisResult, scheme: str,
            rules: str) -> tuple[AnalysisSettings, str]:
    """Return the later moment's settings and the words that say which rules were used."""
    day = _day(_as_of(earlier))
    if scheme != "behavioral":
        return settings, _("The same settings at both dates; the {scheme} groups are made from "
                           "each date's own figures.").format(scheme=earlier.segmentations[
                               scheme].title if scheme in earlier.segmentations else scheme)
    if settings.rfm_thresholds:
        return settings, _("Your own cut points at both dates: {cuts}.").format(
            cuts=_cuts_text(settings.rfm_thresholds))
    if rules == "each":
        return settings, _("Cut points chosen afresh at each date (equal-sized groups); the "
                           "same segment grid.")
    seg = earlier.segmentations.get("behavioral")
    cuts = (seg.details.get("thresholds") if seg is not None else None) or {}
    if not cuts or not all(cuts.get(d) for d in "RFM"):
        return settings, _("Cut points chosen afresh at each date: the earlier data was too "
                           "small to fix them.")
    frozen = {d: [float(x) for x in cuts[d]] for d in "RFM"}
    return (dataclasses.replace(settings, rfm_thresholds=frozen),
            _("Cut points of {day} used at both dates: {cuts}; the same segment grid.").format(
                day=day, cuts=_cuts_text(frozen)))


def _cuts_text(cuts: dict[str, list[float]]) -> str:
    words = {"R": _("days since last purchase"), "F": _("orders"), "M": _("spend")}
    return "; ".join("{w} {c}".format(w=words[d], c=", ".join(f"{x:g}" for x in cuts.get(d, [])))
                     for d in "RFM" if cuts.get(d))


def _per_customer(before: AnalysisResult, after: AnalysisResult, scheme: str) -> pd.DataFrame:
    a_lab = before.segmentations[scheme].labels
    b_lab = after.segmentations[scheme].labels
    keys = b_lab.index.union(a_lab.index, sort=False)
    out = pd.DataFrame(index=keys)
    out.index.name = "customer_key"
    out["before"] = a_lab.reindex(keys).astype(object)
    after_lab = b_lab.reindex(keys).astype(object)
    out["after"] = after_lab.where(after_lab.notna(), gone_name())
    out["revenue_before"] = before.customers["revenue"].reindex(keys).astype(float)
    out["revenue_after"] = after.customers["revenue"].reindex(keys).astype(float)
    for col in ("name", "email", "last_purchase"):
        if col in after.customers:
            val = after.customers[col].reindex(keys)
            if col in before.customers:
                val = val.where(val.notna(), before.customers[col].reindex(keys))
            out[col] = val
    return out


def _order(before: AnalysisResult, after: AnalysisResult, scheme: str) -> list[str]:
    names = [s.name for s in before.segmentations[scheme].segments]
    names += [s.name for s in after.segmentations[scheme].segments if s.name not in names]
    if scheme == "behavioral":
        from desktopseg.core.segmentation.behavioral import segment_names

        # Best first, the grid's order, whatever sizes the two moments had.
        rank = {_(n): i for i, n in enumerate(segment_names())}
        names.sort(key=lambda n: rank.get(n, len(rank)))
    return names


def compare_results(before_data: ImportResult, after_data: ImportResult,
                    settings: AnalysisSettings | None, *, before_day: date | None,
                    scheme: str = "behavioral", rules: str = "earlier",
                    task: Task | None = None) -> Comparison:
    """Analyse both moments with one set of rules and match the customers."""
    from desktopseg.core.pipeline import analyse

    _check_scheme(scheme)
    if rules not in RULES:
        raise UserError(_("Rules must be one of: {names}.").format(names=", ".join(RULES)))
    task = task or Task()
    settings = dataclasses.replace(settings or AnalysisSettings(), analysis_date=None)
    with task.step(_("Analysing the earlier date"), 0.0, 0.5) as sub:
        before = analyse(before_data, dataclasses.replace(settings, analysis_date=before_day),
                         task=sub, only=(scheme,))
    later, rules_text = _frozen(settings, before, scheme, rules)
    with task.step(_("Analysing the later date"), 0.5, 0.95) as sub:
        after = analyse(after_data, later, task=sub, only=(scheme,))
    customers = _per_customer(before, after, scheme)
    return Comparison(scheme=scheme, before=before, after=after, before_as_of=_as_of(before),
                      after_as_of=_as_of(after), customers=customers, settings=later,
                      rules=rules, rules_text=rules_text, order=_order(before, after, scheme))


def compare_at(data: ImportResult, day: date, settings: AnalysisSettings | None = None,
               progress: ProgressFn | None = None, cancelled: CancelFn | None = None, *,
               scheme: str = "behavioral", rules: str = "earlier",
               task: Task | None = None) -> Comparison:
    """Compare the shop as of ``day`` with the end of the data."""
    task = Task.of(task, progress, cancelled)
    tx = data.transactions
    if tx is not None and "date" in tx and tx["date"].notna().any():
        end = pd.Timestamp(tx["date"].max()).date()
        start = pd.Timestamp(tx["date"].min()).date()
        if day >= end:
            raise UserError(
                _("There are no sales after {day} in this data (the last is on {end}), so "
                  "there is nothing to compare with.").format(day=day.isoformat(),
                                                                end=end.isoformat()),
                hint=_("Pick a date between the first sale ({start}) and the last.").format(
                    start=start.isoformat()),
                file=data.report.file)
        if day < start:
            raise UserError(
                _("The data starts on {start}, after {day}: there were no customers yet.")
                .format(day=day.isoformat(), start=start.isoformat()),
                hint=_("Pick a date between the first sale and the last ({end}).").format(
                    end=end.isoformat()),
                file=data.report.file)
    return compare_results(data, data, settings, before_day=day, scheme=scheme, rules=rules,
                           task=task)


def compare_data(old: ImportResult, new: ImportResult,
                 settings: AnalysisSettings | None = None, progress: ProgressFn | None = None,
                 cancelled: CancelFn | None = None, *, scheme: str = "behavioral",
                 rules: str = "earlier", task: Task | None = None) -> Comparison:
    """Compare an older export with a newer one, each as of its own last sale."""
    task = Task.of(task, progress, cancelled)
    return compare_results(old, new, settings, before_day=None, scheme=scheme, rules=rules,
                           task=task)


def moves_table(cmp: Comparison) -> pd.DataFrame:
    """Return the moves with plain headers (the workbook's Moves sheet, the window's export)."""
    m = cmp.moves()
    before = _day(cmp.before_as_of)
    after = _day(cmp.after_as_of)
    return pd.DataFrame({
        _("From (on {day})").format(day=before): m["from"].fillna(new_name()),
        _("To (on {day})").format(day=after): m["to"],
        _("Customers"): m["customers"].astype("int64"),
        _("Revenue by {day}").format(day=before): m["revenue_before"].astype(float),
        _("Revenue by {day}").format(day=after): m["revenue_after"].astype(float),
    })


def movers_table(cmp: Comparison, frm: str | None = "*", to: str | None = None
                 ) -> pd.DataFrame:
    """Return customers whose segment changed (or those of one move), with plain headers."""
    c = cmp.customers
    if frm == "*" and to is None:
        mask = c["before"].isna() | (c["before"] != c["after"])
    else:
        mask = (c["before"].isna() if frm is None else c["before"] == frm) & (c["after"] == to)
    c = c.loc[mask.to_numpy(dtype=bool)].sort_values("revenue_after", ascending=False)
    before = _day(cmp.before_as_of)
    after = _day(cmp.after_as_of)
    out = pd.DataFrame(index=c.index)
    out[_("Customer ID")] = c.index.astype(str)
    for col, head in (("name", _("Name")), ("email", _("E-mail"))):
        if col in c:
            out[head] = c[col].astype(object)
    out[_("From (on {day})").format(day=before)] = c["before"].astype(object).where(
        c["before"].notna(), new_name())
    out[_("To (on {day})").format(day=after)] = c["after"]
    out[_("Revenue by {day}").format(day=before)] = c["revenue_before"].fillna(0.0)
    out[_("Revenue by {day}").format(day=after)] = c["revenue_after"].fillna(0.0)
    if "last_purchase" in c:
        out[_("Last purchase")] = c["last_purchase"]
    return out.reset_index(drop=True)


def _num(x: float) -> float:
    return round(float(x), 2)


def summary_dict(cmp: Comparison) -> dict[str, Any]:
    """Return the compare summary JSON (issue 15; stable: tools and tests depend on it)."""
    moves = cmp.moves()
    return {
        "scheme": cmp.scheme,
        "before": {"as_of": _iso(cmp.before_as_of), "customers": int(cmp.customers["before"]
                                                                      .notna().sum())},
        "after": {"as_of": _iso(cmp.after_as_of),
                  "customers": int((cmp.customers["after"] != gone_name()).sum())},
        "moves": [{"from": r["from"], "to": r["to"], "customers": int(r["customers"]),
                   "revenue_before": _num(r["revenue_before"]),
                   "revenue_after": _num(r["revenue_after"])}
                  for r in moves.to_dict("records")],
        "new_customers": cmp.new_customers(),
        "rules": {"kind": cmp.rules, "text": cmp.rules_text,
                  "rfm_thresholds": cmp.settings.rfm_thresholds},
        "sentences": cmp.sentences(),
    }


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def sizes_from_moves(moves: list[dict[str, Any]], side: str) -> dict[str, int]:
    """Sum the moves' customers by ``side`` ("from" or "to"); new customers left out of "from"."""
    out: dict[str, int] = {}
    for m in moves:
        name = m[side]
        if name is None:
            continue
        out[name] = out.get(name, 0) + int(m["customers"])
    return out


__all__ = ["COMPARABLE", "Comparison", "compare_at", "compare_data", "compare_results",
           "gone_name", "moves_table", "movers_table", "new_name", "sizes_from_moves",
           "summary_dict"]
