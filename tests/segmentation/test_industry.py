"""SIC divisions, NAICS sectors and size bands at their boundaries."""

from __future__ import annotations

import pandas as pd
import pytest

from desktopseg.core.segmentation.industry import (
    band_labels,
    detect_system,
    naics_sector,
    sector_labels,
    sic_division,
)


@pytest.mark.parametrize(
    ("code", "division"),
    [
        ("0100", "A"), ("0999", "A"), (742, "A"), ("742", "A"), (781, "A"),
        ("1000", "B"), ("1499", "B"),
        ("1500", "C"), ("1799", "C"),
        ("1800", None), ("1999", None),
        ("2000", "D"), ("3999", "D"),
        ("4000", "E"), ("4999", "E"),
        ("5000", "F"), ("5199", "F"),
        ("5200", "G"), ("5999", "G"),
        ("6000", "H"), ("6799", "H"), ("6800", None),
        ("7000", "I"), ("8999", "I"),
        ("9000", None), ("9100", "J"), ("9729", "J"), ("9730", None),
        ("9900", "K"), ("9999", "K"),
        ("0099", None), ("SIC 5812 Eating places", "G"), (5812.0, "G"), (None, None), ("", None),
    ],
)
def test_sic_division_boundaries(code, division):
    hit = sic_division(code)
    assert (hit[0] if hit else None) == division


@pytest.mark.parametrize(
    ("code", "sector"),
    [
        ("11", "11"), ("111110", "11"), ("21", "21"), ("22", "22"), ("236115", "23"),
        ("31", "31-33"), ("311111", "31-33"), ("33", "31-33"), ("339999", "31-33"),
        ("42", "42"), ("44", "44-45"), ("445110", "44-45"), ("45", "44-45"),
        ("48", "48-49"), ("484110", "48-49"), ("49", "48-49"),
        ("51", "51"), ("52", "52"), ("53", "53"), ("541940", "54"), ("55", "55"),
        ("561730", "56"), ("61", "61"), ("62", "62"), ("71", "71"), ("72", "72"), ("81", "81"),
        ("92", "92"), ("921110", "92"),
        ("34", None), ("43", None), ("46", None), ("50", None), ("99", None), ("1", None),
    ],
)
def test_naics_sector_boundaries(code, sector):
    hit = naics_sector(code)
    assert (hit[0] if hit else None) == sector


def test_naics_has_twenty_sectors():
    names = {naics_sector(f"{i:02d}")[1] for i in range(10, 100) if naics_sector(f"{i:02d}")}
    assert len(names) == 20


def test_system_is_decided_per_column_and_unknown_codes_say_their_code():
    sic = pd.Series(["742", "5812", "1800", None])
    labels, reasons, system = sector_labels(sic)
    assert system == "SIC"
    assert labels.tolist()[:2] == ["Agriculture, Forestry and Fishing", "Retail Trade"]
    assert "1800" in labels.iloc[2] and "Unknown" in labels.iloc[2]
    assert labels.iloc[3] == "Sector unknown"
    assert "0742" in reasons.iloc[0]

    naics = pd.Series(["541940", "445110", "92", "311"])
    assert detect_system(naics) == "NAICS"
    labels, _r, system = sector_labels(naics)
    assert system == "NAICS"
    assert labels.tolist() == ["Professional, Scientific, and Technical Services", "Retail Trade",
                               "Public Administration", "Manufacturing"]


def test_size_bands_follow_lower_bounds():
    labels = band_labels(pd.Series([1, 9, 10, 49, 50, 249, 250, 10_000, 0, None]),
                         (1, 10, 50, 250), "employees")
    assert labels.tolist() == [
        "1-9 employees", "1-9 employees", "10-49 employees", "10-49 employees",
        "50-249 employees", "50-249 employees", "250+ employees", "250+ employees",
        "Size unknown", "Size unknown",
    ]
    rev = band_labels(pd.Series([5e5, 1e6, 2.5e7, 6e7]), (0, 1e6, 1e7, 5e7), "revenue")
    assert rev.tolist() == ["Company revenue under 1M", "Company revenue 1M-10M",
                            "Company revenue 10M-50M", "Company revenue 50M+"]
