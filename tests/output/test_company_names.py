"""Business customers keep one name (a Company column); people are split into first/last."""

from __future__ import annotations

import csv

import pandas as pd
import pytest

from desktopseg.core.names import is_business, rename_in_text, rename_persona


@pytest.mark.parametrize("name", [
    "Patel Remodeling", "Wagner Roofing LLC", "Morales & Sons Plumbing", "Nordic Design Oy",
    "Svensson Bygg AB", "Müller GmbH", "Acme Inc.", "Harbourside Catering Co.",
    "Fisher Bros Remodeling", "Bloom Florist Ltd",
])
def test_businesses_are_recognised(name):
    assert is_business(name)


@pytest.mark.parametrize("name", [
    "Austin Hamilton", "Ananya Kowalski", "María José García", "Jack", "Anne-Marie Cole",
    "ann@shop.com", None, "",
])
def test_people_are_not_businesses(name):
    assert not is_business(name)


def test_rename_persona_renames_the_story_and_initials():
    from desktopseg.core.model import Persona

    p = Persona(segment="At Risk", name="Jack", initials="J", tagline="Jack used to come often",
                story="Jack has bought 4 times; Jackson's shop is not Jack's.")
    rename_persona(p, "Fading Jack")
    assert p.name == "Fading Jack" and p.initials == "FJ"
    assert p.story == "Fading Jack has bought 4 times; Jackson's shop is not Fading Jack's."
    assert p.tagline.startswith("Fading Jack ")
    assert rename_in_text("Jackie and Jack", "Jack", "Jo") == "Jackie and Jo"


@pytest.fixture(scope="module")
def hardware(tmp_path_factory):
    from desktopseg.core import pipeline
    from tests.conftest import SAMPLES

    path = SAMPLES / "hardware_store_sales.xlsx"
    if not path.exists():
        pytest.skip("sample workbook not generated")
    data = pipeline.load(str(path))
    return pipeline.analyse(data)


def test_workbook_keeps_company_names_whole(hardware, tmp_path):
    """In the Customers sheet a contractor has a Company and no First/Last split."""
    from desktopseg.core.export import write_workbook

    out = tmp_path / "r.xlsx"
    write_workbook(hardware, out)
    c = pd.read_excel(out, sheet_name="Customers", engine="openpyxl")
    firms = c[c["Name"].map(is_business)]
    people = c[~c["Name"].map(is_business)]
    assert len(firms) > 20 and len(people) > 20
    assert firms["First name"].isna().all() and firms["Last name"].isna().all()
    assert (firms["Company"] == firms["Name"]).all()
    patel = c[c["Name"] == "Patel Remodeling"]
    assert len(patel) == 1 and patel["First name"].isna().all()
    # People are still split for a friendly greeting.
    assert people["First name"].notna().mean() > 0.9


def test_csv_lists_never_greet_a_business_by_a_word_of_its_name(hardware, tmp_path):
    from desktopseg.core.export import write_segment_csvs

    files = write_segment_csvs(hardware, tmp_path)
    rows = []
    for f in files:
        with open(f, encoding="utf-8-sig", newline="") as fh:
            rows += list(csv.DictReader(fh))
    firms = [r for r in rows if r["Company"]]
    assert firms, "the hardware store has contractors with e-mail addresses"
    assert all(r["First Name"] == "" and r["Last Name"] == "" for r in firms)
    assert any(r["Company"] == "Patel Remodeling" for r in firms)
