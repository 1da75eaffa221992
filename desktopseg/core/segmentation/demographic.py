"""Who the customers are: life stage (age band x children at home), income band, location.

Reads the list's own columns (list_columns.source_table) and the roles the importer found
(age, gender, city, region, country). Values that can't be true (born 1893, an age of 130,
marital status "YOLO", a negative income) count as unknown, with a note; they never make a
group of their own. details: dimensions, age_source, income_bands (cut points), unknown
({"age": n, "marital": n, "income": n}), implausible (examples per field), reference_year.
Each profile's extra holds the median age, share with children and median income.
"""

from __future__ import annotations

import re
from datetime import date

import numpy as np
import pandas as pd

from desktopseg.core.i18n import N_, _
from desktopseg.core.list_columns import find, joined_dates, numbers, source_table
from desktopseg.core.model import AnalysisSettings, Segmentation
from desktopseg.core.progress import Task
from desktopseg.core.segmentation.common import finish, require_customers, unavailable
from desktopseg.core.segmentation.common import money as common_money

DIMENSIONS = ("life_stage", "income", "location", "gender", "marital")
#: Ages a customer can plausibly have; others are read as mistakes.
AGE_RANGE = (16, 100)
#: Age bands: under 35, 35-54, 55 and over.
AGE_BANDS = (35, 55)
#: An income this many times the median is a typing mistake (666,666 in a list of 50,000s).
INCOME_OUTLIER = 20.0
#: Two dimensions are combined only when they make at most this many groups.
MAX_COMBINED = 12

#: (age band, children at home) -> life stage name. None: the list says nothing about children.
LIFE_STAGES: dict[tuple[str, bool | None], str] = {
    ("young", False): N_("Young singles and couples"),
    ("young", True): N_("Young families"),
    ("mid", True): N_("Established families"),
    ("mid", False): N_("Midlife, no children at home"),
    ("older", True): N_("Older parents with children at home"),
    ("older", False): N_("Empty nesters"),
    ("young", None): N_("Young adults (under 35)"),
    ("mid", None): N_("Midlife adults (35 to 54)"),
    ("older", None): N_("Older adults (55 and over)"),
}
AGE_UNKNOWN = N_("Age unknown")

#: Marital statuses as lists write them -> "couple" / "single". Anything else is unknown.
MARITAL = {
    "married": "couple", "together": "couple", "partner": "couple", "partnered": "couple",
    "couple": "couple", "engaged": "couple", "cohabiting": "couple", "civil partnership":
    "couple", "in a relationship": "couple", "single": "single", "alone": "single",
    "divorced": "single", "widow": "single", "widowed": "single", "widower": "single",
    "separated": "single", "unmarried": "single", "never married": "single",
}


def _age(customers: pd.DataFrame, table: pd.DataFrame, settings: AnalysisSettings):
    """(age per customer or None, where it came from, reference year, implausible examples)."""
    ref = settings.analysis_date.year if settings.analysis_date else None
    if ref is None:
        joined = joined_dates(table)
        ref = int(joined.max().year) if joined is not None and joined.notna().any() else None
    ref = ref or date.today().year
    if "age" in customers and pd.to_numeric(customers["age"], errors="coerce").notna().any():
        age = pd.to_numeric(customers["age"], errors="coerce").astype(float)
        return age, _("age"), ref, []
    cols = find(table, r"^age$", r"^age[ _(]")
    if cols:
        return numbers(table, cols[0]), cols[0], ref, []
    cols = find(table, r"year.?(of.?)?birth", r"birth.?year", r"^yob$")
    if cols:
        born = numbers(table, cols[0])
        return ref - born, cols[0], ref, born
    cols = find(table, r"birth.?date", r"date.?of.?birth", r"^dob$", r"^birthday$")
    if cols:
        # Birthdays are often kept without the year (Square: "03-14"): no age in them.
        text = table[cols[0]].astype("string")
        with_year = text.str.contains(r"(?:18|19|20)\d\d", regex=True, na=False)
        d = pd.to_datetime(text.where(with_year), errors="coerce", format="mixed")
        age = (ref - d.dt.year).astype(float)
        if age.between(*AGE_RANGE).any():
            return age, cols[0], ref, d.dt.year
    return None, None, ref, []


def _children(table: pd.DataFrame) -> tuple[pd.Series | None, list[str]]:
    cols = find(table, r"^kid", r"child", r"^teen", r"^dependants?$", r"^dependents?$")
    cols = [c for c in cols if numbers(table, c).notna().any()]
    if not cols:
        return None, []
    total = sum(numbers(table, c) for c in cols)
    return total, cols


def _income(table: pd.DataFrame) -> tuple[pd.Series | None, str | None]:
    cols = find(table, r"income", r"salary", r"earnings")
    cols = [c for c in cols if numbers(table, c).notna().any()]
    return (numbers(table, cols[0]), cols[0]) if cols else (None, None)


def income_unit(column: str | None) -> str:
    """Return the unit a header gives in brackets: "AnnualIncome (k$)" -> "k$", else ""."""
    m = re.search(r"[(\[]\s*([^()\[\]]{1,12}?)\s*[)\]]\s*$", str(column or ""))
    return m.group(1) if m else ""


def _marital(table: pd.DataFrame) -> tuple[pd.Series | None, str | None]:
    cols = find(table, r"marital", r"relationship", r"civil.?status")
    if not cols:
        return None, None
    raw = table[cols[0]].astype("string").str.strip()
    return raw, cols[0]


def _location(customers: pd.DataFrame, table: pd.DataFrame) -> tuple[pd.Series | None, str]:
    for col in ("city", "region", "country", "location", "postcode"):
        if col in customers and customers[col].nunique() > 1:
            return customers[col].astype("string"), col
    for pat in (r"^city$", r"^town$", r"region|state|county", r"country"):
        cols = find(table, pat)
        if cols and table[cols[0]].nunique() > 1:
            return table[cols[0]].astype("string"), cols[0]
    return None, ""


def available_dimensions(customers: pd.DataFrame, settings: AnalysisSettings) -> list[str]:
    """Return the demographic dimensions this list supports."""
    table = source_table(customers)
    out = []
    if _age(customers, table, settings)[0] is not None:
        out.append("life_stage")
    if _income(table)[0] is not None:
        out.append("income")
    if _location(customers, table)[0] is not None:
        out.append("location")
    if "gender" in customers or find(table, r"^gender$", r"^sex$"):
        out.append("gender")
    if _marital(table)[0] is not None:
        out.append("marital")
    return out


def run(customers: pd.DataFrame, settings: AnalysisSettings, task: Task) -> Segmentation:
    """Group customers by life stage and income band (or the dimensions in the settings)."""
    require_customers(customers)
    table = source_table(customers)
    table.index = customers.index
    available = available_dimensions(customers, settings)
    if not {"life_stage", "income"} & set(available):
        # Location alone is what company segments already group by; gender or marital
        # status alone is too thin to act on.
        raise unavailable(_("Groups of who your customers are need an age or birth year, an "
                            "income or a location column, and this list has none."))
    wanted = [d for d in settings.demographic_dimensions if d in DIMENSIONS][:2]
    dims = [d for d in wanted if d in available] or [
        d for d in ("life_stage", "income", "location") if d in available][:2]
    notes: list[str] = []
    unknown: dict[str, int] = {}
    implausible: dict[str, list] = {}
    parts: list[pd.Series] = []
    why: list[pd.Series] = []
    extra_cols: dict[str, pd.Series] = {}
    idx = customers.index

    age, age_source, ref, born = _age(customers, table, settings)
    kids, kid_cols = _children(table)
    income, income_col = _income(table)
    unit = income_unit(income_col)

    def money(v) -> str:  # an income with the unit its column gives ("29.50 k$")
        return f"{common_money(v)} {unit}" if unit else common_money(v)
    marital_raw, marital_col = _marital(table)

    if age is not None:
        bad = age.notna() & ((age < AGE_RANGE[0]) | (age > AGE_RANGE[1]))
        if bad.any():
            shown = (pd.Series(born, index=idx)[bad] if len(born) else age[bad])
            examples = sorted({int(v) for v in shown.dropna()})[:5]
            implausible["age"] = examples
            word = (_("born in {years}") if len(born) else _("aged {years}")).format(
                years=", ".join(map(str, examples)))
            notes.append(_("{n} customers have an age that can't be right ({word}); their age "
                           "counts as unknown.").format(n=int(bad.sum()), word=word))
        age = age.where(~bad)
        unknown["age"] = int(age.isna().sum())
        extra_cols["age"] = age
    if kids is not None:
        extra_cols["children"] = kids
    if income is not None:
        med = float(income[income > 0].median()) if (income > 0).any() else np.nan
        bad = income.notna() & ((income < 0) | (income > INCOME_OUTLIER * med))
        if bad.any():
            implausible["income"] = sorted({float(v) for v in income[bad]})[:5]
            notes.append(_("{n} incomes can't be right ({values}) and count as unknown.").format(
                n=int(bad.sum()), values=", ".join(money(v) for v in implausible["income"])))
        income = income.where(~bad)
        unknown["income"] = int(income.isna().sum())
        extra_cols["income"] = income
    marital = None
    if marital_raw is not None:
        key = marital_raw.str.casefold()
        marital = key.map(MARITAL)
        bad = key.notna() & marital.isna()
        if bad.any():
            implausible["marital"] = sorted(set(marital_raw[bad].dropna()))[:5]
            notes.append(_("{n} customers have a marital status that isn't one ({values}); it "
                           "counts as unknown.").format(
                               n=int(bad.sum()),
                               values=", ".join(f"'{v}'" for v in implausible["marital"])))
        unknown["marital"] = int(marital.isna().sum())

    for dim in dims:
        if dim == "life_stage":
            band = pd.Series(np.select([age < AGE_BANDS[0], age < AGE_BANDS[1], age.notna()],
                                       ["young", "mid", "older"], "unknown"), index=idx)
            home = ([None] * len(idx) if kids is None else
                    [None if k != k else bool(k > 0) for k in kids])
            lab = pd.Series([_(AGE_UNKNOWN) if b == "unknown" else _(LIFE_STAGES[(b, h)])
                             for b, h in zip(band, home, strict=True)], index=idx, dtype=object)
            age_txt = [_("age unknown") if a != a else _("age {a:.0f}").format(a=a) for a in age]
            kid_txt = ([""] * len(idx) if kids is None else
                       ["" if k != k else _(", {k:.0f} children at home").format(k=k)
                        for k in kids])
            why.append(pd.Series([a + k for a, k in zip(age_txt, kid_txt, strict=True)],
                                 index=idx))
            parts.append(lab)
        elif dim == "income":
            known = income.dropna()
            cuts = [float(known.quantile(1 / 3)), float(known.quantile(2 / 3))] if len(known) \
                else [0.0, 0.0]
            lab = pd.Series(np.select(
                [income.isna(), income < cuts[0], income < cuts[1]],
                [_("Income unknown"), _("Lower income"), _("Middle income")],
                _("Higher income")), index=idx, dtype=object)
            parts.append(lab)
            why.append(pd.Series([_("income unknown") if v != v else
                                  _("income {m}").format(m=money(v)) for v in income],
                                 index=idx))
            unknown.setdefault("income", int(income.isna().sum()))
            notes.append(_("Income bands split the known incomes in three equal parts: lower "
                           "under {a}, middle {a} to {b}, higher from {b}.").format(
                               a=money(cuts[0]), b=money(cuts[1])))
            extra_cols["income_cuts"] = pd.Series([cuts] * len(idx), index=idx)
        elif dim == "location":
            loc, col = _location(customers, table)
            lab = loc.fillna(_("Location unknown")).astype(object)
            parts.append(lab)
            why.append(_("{col}: ").format(col=col) + lab.astype(str))
        elif dim == "gender":
            g = (customers["gender"] if "gender" in customers else
                 table[find(table, r"^gender$", r"^sex$")[0]]).astype("string").str.strip()
            g = g.str.capitalize()
            lab = g.where(g.str.casefold().isin(["male", "female", "m", "f", "non-binary",
                                                 "other"]), _("Gender unknown"))
            lab = lab.replace({"M": _("Male"), "F": _("Female")}).fillna(_("Gender unknown"))
            parts.append(lab.astype(object))
            why.append(_("gender: ") + lab.astype(str))
        else:  # marital
            lab = marital.map({"couple": _("Couples"), "single": _("Singles")}).fillna(
                _("Marital status unknown"))
            parts.append(lab.astype(object))
            why.append(_("marital status: ") + marital_raw.fillna("-").astype(str))
    task.report(0.6)
    if len(parts) == 2:
        sizes = [p[~p.astype(str).str.contains(_("unknown"), regex=False)].nunique()
                 for p in parts]
        if sizes[0] * sizes[1] > MAX_COMBINED:
            notes.append(_("{a} and {b} together would make {n} groups, too many to act on; "
                           "grouped by {a} only (pick the dimensions in Settings).").format(
                               a=_(_WORDS[dims[0]]), b=_(_WORDS[dims[1]]),
                               n=sizes[0] * sizes[1]))
            notes[-1] = notes[-1][:1].upper() + notes[-1][1:]
            dims, parts, why = dims[:1], parts[:1], why[:1]
    labels = parts[0].astype(str)
    for p in parts[1:]:
        labels = labels + " · " + p.astype(str)
    reasons = why[0].astype(str)
    for w in why[1:]:
        reasons = reasons + "; " + w.astype(str)
    reasons = reasons.str.slice(0, 1).str.upper() + reasons.str.slice(1) + ": " + labels
    # A group is never made of unknowns alone when the rest can be told apart.
    details = {"dimensions": dims, "age_source": age_source, "reference_year": ref,
               "children_columns": kid_cols, "income_column": income_col,
               "marital_column": marital_col, "unknown": unknown,
               "implausible": implausible}
    order = _order(labels)
    seg = finish("demographic", _("Who your customers are"), customers, labels, reasons,
                 settings, order=order,
                 descriptions=_descriptions(labels, dims, children_known=kids is not None),
                 details=details, notes=notes)
    for p in seg.segments:
        rows = seg.labels == p.name
        for key in ("age", "income"):
            if key in extra_cols:
                v = extra_cols[key][rows].dropna()
                p.extra["median_" + key] = float(v.median()) if len(v) else None
        if "income" in extra_cols and unit:
            p.extra["income_unit"] = unit
        if "children" in extra_cols:
            v = extra_cols["children"][rows].dropna()
            p.extra["share_with_children"] = float((v > 0).mean()) if len(v) else None
        if marital is not None:
            v = marital[rows].dropna()
            p.extra["share_couples"] = float((v == "couple").mean()) if len(v) else None
    return seg


_WORDS = {"life_stage": N_("life stage"), "income": N_("income"), "location": N_("location"),
          "gender": N_("gender"), "marital": N_("marital status")}


def _order(labels: pd.Series) -> list[str]:
    """Life stages in the order of a life, then the rest; unknowns last."""
    stages = [_(s) for s in LIFE_STAGES.values()]
    bands = [_("Lower income"), _("Middle income"), _("Higher income")]

    def key(name: str):
        first = name.split(" · ")[0]
        second = name.split(" · ")[1] if " · " in name else ""
        unknown = bool(re.search(_("unknown"), name, re.IGNORECASE))
        return (unknown, stages.index(first) if first in stages else len(stages),
                bands.index(second) if second in bands else len(bands), name)

    return sorted(set(labels), key=key)


def _descriptions(labels: pd.Series, dims: list[str],
                  children_known: bool = True) -> dict[str, str]:
    # A list without a children column is grouped by age alone: say no more than that.
    stage = (_("life stage (age and children at home)") if children_known
             else _("age"))
    words = {"life_stage": stage,
             "income": _("income"), "location": _("where they live"), "gender": _("gender"),
             "marital": _("marital status")}
    about = _("Customers grouped by {dims}.").format(dims=_(" and ").join(words[d] for d in dims))
    return dict.fromkeys(set(labels), about)
