"""Company segments: sector (SIC/NAICS), size band, company revenue band, location."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from desktopseg.core.i18n import _
from desktopseg.core.model import AnalysisSettings, Segmentation
from desktopseg.core.progress import Task
from desktopseg.core.segmentation.common import (
    finish,
    money,
    require_customers,
    unavailable,
)
from desktopseg.core.segmentation.industry import band_labels, sector_labels

DIMENSIONS = ("sector", "size", "revenue", "location", "deal_size")
#: Location and deal size are combined only when they make at most this many groups.
MAX_COMBINED = 12
_LOCATION_COLUMNS = ("country", "region", "city", "location", "postcode")


def _has(customers: pd.DataFrame, col: str, numeric: bool = False) -> bool:
    if col not in customers:
        return False
    v = pd.to_numeric(customers[col], errors="coerce") if numeric else customers[col]
    return bool(v.notna().any())


def _location_column(customers: pd.DataFrame) -> str | None:
    """Return the coarsest location column that still tells customers apart."""
    for col in _LOCATION_COLUMNS:
        if _has(customers, col) and customers[col].nunique() > 1:
            return col
    return None


_COMPANY_NAME = re.compile(
    r"\b(?:inc|ltd|llc|llp|plc|co|corp|corporation|company|gmbh|ag|sa|s\.a|sarl|srl|spa|bv|"
    r"nv|ab|oy|as|pty|kg|limited|group|holdings?|imports?|trading|wholesale)\b\.?",
    re.IGNORECASE)
_TIER_COLUMNS = (r"deal.?size", r"account.?tier", r"^tier$", r"account.?type",
                 r"customer.?tier", r"size.?class")


def _tier_column(customers: pd.DataFrame) -> str | None:
    """Return the deal size / account tier column the list carries (kept as the file has it)."""
    for col in customers.columns:
        name = str(col)
        if name.startswith("col:") and any(re.search(p, name[4:], re.IGNORECASE)
                                           for p in _TIER_COLUMNS):
            if 1 < customers[col].nunique() <= 10:
                return col
    return None


def looks_like_companies(customers: pd.DataFrame) -> bool:
    """Whether the customers are companies: a company column, or most names end in Inc., Ltd."""
    if _has(customers, "company") or _tier_column(customers):
        return True
    if "name" not in customers or not len(customers):
        return False
    names = customers["name"].astype("string").fillna("")
    return bool(names.str.contains(_COMPANY_NAME).mean() >= 0.5)


def _deal_size(customers: pd.DataFrame):
    """(labels, reasons, detail) by deal size: the list's tier column, else average order."""
    idx = customers.index
    tier = _tier_column(customers)
    if tier is not None:
        lab = customers[tier].astype("string").str.strip().fillna(_("Tier unknown"))
        return (lab.astype(object), (_("{col}: ").format(col=tier[4:]) + lab).astype(object),
                {"column": tier[4:]})
    aov = pd.to_numeric(customers["avg_order"], errors="coerce")
    lo, hi = float(aov.quantile(1 / 3)), float(aov.quantile(2 / 3))
    lab = pd.Series(np.select([aov.isna(), aov < lo, aov < hi],
                              [_("Deal size unknown"), _("Small deals"), _("Medium deals")],
                              _("Large deals")), index=idx, dtype=object)
    why = pd.Series([_("average order {m}").format(m=money(v)) for v in aov], index=idx)
    return lab, why, {"bands": [lo, hi]}


def available_dimensions(customers: pd.DataFrame) -> list[str]:
    """Return the firmographic dimensions this customer table can support."""
    out = []
    if _has(customers, "industry_code") or _has(customers, "industry"):
        out.append("sector")
    if _has(customers, "employees", numeric=True):
        out.append("size")
    if _has(customers, "annual_revenue", numeric=True):
        out.append("revenue")
    if _location_column(customers):
        out.append("location")
    if looks_like_companies(customers) and (_tier_column(customers) or _has(
            customers, "avg_order", numeric=True)):
        out.append("deal_size")
    return out


def _dimension(customers: pd.DataFrame, dim: str, settings: AnalysisSettings):
    """(labels, reasons, detail) for one dimension."""
    idx = customers.index
    if dim == "sector":
        if _has(customers, "industry_code"):
            labels, reasons, system = sector_labels(customers["industry_code"])
            return labels, reasons, {"code_system": system}
        ind = customers["industry"].astype(object)
        labels = ind.where(ind.notna(), _("Sector unknown"))
        return labels, _("Industry: ") + labels.astype(str), {"code_system": None}
    if dim == "deal_size":
        return _deal_size(customers)
    if dim in ("size", "revenue"):
        col, bounds, kind = (("employees", settings.size_bands, "employees") if dim == "size"
                             else ("annual_revenue", settings.revenue_bands, "revenue"))
        labels = band_labels(customers[col], bounds, kind)
        raw = pd.to_numeric(customers[col], errors="coerce")
        word = _("employees") if dim == "size" else _("company revenue")
        reasons = pd.Series([_("{word}: {v}").format(word=word, v="-" if v != v else f"{v:,.0f}")
                             + " (" + lab + ")" for v, lab in zip(raw, labels, strict=True)],
                            index=idx, dtype=object)
        return labels, reasons, {"bands": list(bounds)}
    col = _location_column(customers)
    loc = customers[col].astype(object)
    labels = loc.where(loc.notna(), _("Location unknown")).astype(str)
    return labels, (_("{col}: ").format(col=col.capitalize()) + labels), {"column": col}


def run(customers: pd.DataFrame, settings: AnalysisSettings, task: Task) -> Segmentation:
    """Group customers by one or two company attributes (settings.firmographic_dimensions)."""
    require_customers(customers)
    available = available_dimensions(customers)
    company = [d for d in available if d not in ("location", "deal_size")]
    wanted = [d for d in settings.firmographic_dimensions if d in DIMENSIONS][:2]
    many = ""
    if not company and "deal_size" in available and not set(wanted) & set(available):
        # A B2B export without industry codes still says where its companies are and how
        # big their deals are: group by those (issue 17).
        wanted = [d for d in ("location", "deal_size") if d in available]
        if len(wanted) == 2:
            n_places = customers[_location_column(customers)].nunique()
            if n_places * 3 > MAX_COMBINED:
                wanted = ["deal_size"]
                many = _("{n} places and 3 deal sizes would make too many groups; grouped by "
                         "deal size (choose location in Settings).").format(n=n_places)
    if not company and not set(wanted) & {"location", "deal_size"}:
        raise unavailable(_("Company segments need industry codes (SIC or NAICS), employee "
                            "counts or company revenue, and this data has none."))
    notes: list[str] = [many] if many else []
    dims = [d for d in wanted if d in available]
    missing = [d for d in wanted if d not in available]
    if dims and missing:
        notes.append(_("The data has no {missing}, so only {used} is used.").format(
            missing=" / ".join(missing), used=" / ".join(dims)))
    if not dims:
        dims = company[:1] or available[:1]
        notes.append(_("The data has no {wanted}; grouped by {used} instead.").format(
            wanted=" / ".join(wanted) or "-", used=dims[0]))
    labels, reasons, details = None, None, {"dimensions": dims}
    for dim in dims:
        lab, why, det = _dimension(customers, dim, settings)
        details[dim] = det
        if labels is None:
            labels, reasons = lab.astype(str), why.astype(str)
        else:
            labels = labels + " · " + lab.astype(str)
            reasons = reasons + "; " + why.astype(str)
    task.report(0.5)
    counts = labels.value_counts()
    details["counts_before_folding"] = counts.to_dict()
    title = (_("Company profile") if company or "deal_size" in dims else _("Location"))
    words = {"sector": _("industry sector"), "size": _("number of employees"),
             "revenue": _("company revenue"), "location": _("location"),
             "deal_size": _("deal size")}
    about = _("Customers grouped by {dims}.").format(dims=_(" and ").join(words[d] for d in dims))
    return finish("firmographic", title, customers, labels, reasons, settings,
                  descriptions={k: about for k in counts.index},
                  details=details, notes=notes)
