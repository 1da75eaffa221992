"""Company segments: sector (SIC/NAICS), size band, company revenue band, location."""

from __future__ import annotations

import pandas as pd

from desktopseg.core.i18n import _
from desktopseg.core.model import AnalysisSettings, Segmentation
from desktopseg.core.progress import Task
from desktopseg.core.segmentation.common import finish, require_customers, unavailable
from desktopseg.core.segmentation.industry import band_labels, sector_labels

DIMENSIONS = ("sector", "size", "revenue", "location")
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
    company = [d for d in available if d != "location"]
    wanted = [d for d in settings.firmographic_dimensions if d in DIMENSIONS][:2]
    if not company and "location" not in wanted:
        raise unavailable(_("Company segments need industry codes (SIC or NAICS), employee "
                            "counts or company revenue, and this data has none."))
    notes: list[str] = []
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
    title = _("Company profile") if company else _("Location")
    words = {"sector": _("industry sector"), "size": _("number of employees"),
             "revenue": _("company revenue"), "location": _("location")}
    about = _("Customers grouped by {dims}.").format(dims=_(" and ").join(words[d] for d in dims))
    return finish("firmographic", title, customers, labels, reasons, settings,
                  descriptions={k: about for k in counts.index},
                  details=details, notes=notes)
