"""Industry codes (SIC and NAICS) to sectors, and employee/revenue bands, as plain lookups."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

import numpy as np
import pandas as pd

from desktopseg.core.i18n import _

_DIGITS = re.compile(r"\d+")


@cache
def _table(name: str) -> dict:
    return json.loads(resources.files("desktopseg.core").joinpath("data", name).read_text("utf-8"))


def code_digits(value: object) -> str | None:
    """Return the first run of digits in ``value`` ('SIC 5812 Eating' -> '5812'), or None."""
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NA:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    m = _DIGITS.search(str(value))
    return m.group(0) if m else None


def detect_system(codes: pd.Series) -> str:
    """Decide per column whether codes are 'NAICS' (mostly 5-6 digits) or 'SIC' (up to 4)."""
    digits = codes.map(code_digits).dropna()
    if digits.empty:
        return "SIC"
    long_share = float((digits.str.len() >= 5).mean())
    return "NAICS" if long_share >= 0.5 else "SIC"


def sic_division(code: object) -> tuple[str, str] | None:
    """Return (division letter, name) for a SIC code, left-padding to 4 digits; None if unused."""
    d = code_digits(code)
    if d is None or len(d) > 4:
        return None
    n = int(d.rjust(4, "0"))  # Excel drops leading zeros: 742 is SIC 0742 (veterinary services)
    for div in _table("sic_divisions.json")["divisions"]:
        if div["from"] <= n <= div["to"]:
            return div["code"], _(div["name"])
    return None


def naics_sector(code: object) -> tuple[str, str] | None:
    """Return (sector code, name) for a NAICS code of 2-6 digits; None if not a sector."""
    d = code_digits(code)
    if d is None or not 2 <= len(d) <= 6:
        return None
    n = int(d[:2])
    for sec in _table("naics_sectors.json")["sectors"]:
        if sec["from"] <= n <= sec["to"]:
            return sec["code"], _(sec["name"])
    return None


def sector_labels(codes: pd.Series, system: str | None = None) -> tuple[pd.Series, pd.Series, str]:
    """Label each code with its sector; return (labels, reasons, system used)."""
    # Codes repeat a lot: classify each distinct code once.
    ucodes, inverse = np.unique(codes.astype(object).where(codes.notna(), "").astype(str),
                                return_inverse=True)
    system = system or detect_system(pd.Series(ucodes))
    labels, reasons = [], []
    for raw in ucodes.tolist():
        d = code_digits(raw)
        if d is None:
            labels.append(_("Sector unknown"))
            reasons.append(_("No industry code"))
            continue
        # A 5-6 digit code in a SIC column can only be NAICS; a 3-digit one in a NAICS column
        # is still read as NAICS (its first two digits are the sector).
        sys_ = "NAICS" if len(d) >= 5 else system
        hit = naics_sector(d) if sys_ == "NAICS" else sic_division(d)
        if hit is None:
            labels.append(_("Unknown sector (code {code})").format(code=d))
            reasons.append(_("{system} code {code} is not in any sector").format(system=sys_,
                                                                                code=d))
        else:
            name = _(hit[1])
            labels.append(name)
            shown = d.rjust(4, "0") if sys_ == "SIC" else d
            reasons.append(_("{system} code {code}: {sector}").format(system=sys_, code=shown,
                                                                        sector=name))
    return (pd.Series(np.asarray(labels, dtype=object)[inverse], index=codes.index, dtype=object),
            pd.Series(np.asarray(reasons, dtype=object)[inverse], index=codes.index,
                      dtype=object), system)


def _compact(x: float) -> str:
    for div, suffix in ((1e9, "bn"), (1e6, "M"), (1e3, "k")):
        if abs(x) >= div:
            v = x / div
            return f"{v:.0f}{suffix}" if v == int(v) else f"{v:.1f}{suffix}"
    return f"{x:.0f}"


def band_labels(values: pd.Series, bounds: tuple[float, ...], kind: str) -> pd.Series:
    """Put each value in a band given by ascending lower bounds; kind 'employees'|'revenue'."""
    bounds = tuple(sorted(float(b) for b in bounds))
    names = []
    for i, lo in enumerate(bounds):
        hi = bounds[i + 1] if i + 1 < len(bounds) else None
        if kind == "employees":
            if hi is None:
                names.append(_("{lo}+ employees").format(lo=int(lo)))
            else:
                names.append(_("{lo}-{hi} employees").format(lo=int(lo), hi=int(hi) - 1))
        else:
            if hi is None:
                names.append(_("Company revenue {lo}+").format(lo=_compact(lo)))
            elif lo <= 0:
                names.append(_("Company revenue under {hi}").format(hi=_compact(hi)))
            else:
                names.append(_("Company revenue {lo}-{hi}").format(lo=_compact(lo),
                                                                   hi=_compact(hi)))
    v = pd.to_numeric(values, errors="coerce").astype("float64").to_numpy()
    idx = np.searchsorted(np.asarray(bounds), v, side="right") - 1
    unknown = _("Size unknown") if kind == "employees" else _("Company revenue unknown")
    out = np.where(np.isnan(v) | (idx < 0), None, idx)
    return pd.Series([unknown if i is None else names[i] for i in out], index=values.index,
                     dtype=object)
