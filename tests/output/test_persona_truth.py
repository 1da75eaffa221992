"""Persona cards tell the truth about their segment, on every sample, the shared data, random
data and in all four languages (issue 13).

Each segment has a defining trait (core/segment_traits.py). A card's tagline and actions must
agree with it; a name stands for one group per result; on too short a period nobody is lapsed
and no rate per year is given. An independent word check (the words a reader would take as
"still coming" or "gone") guards the English text against a table that is wrong itself.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from desktopseg.core import pipeline
from desktopseg.core.i18n import set_number_marks, set_translator
from desktopseg.core.model import AnalysisSettings, ColumnMapping, ImportOptions
from desktopseg.core.personas import ACTIONS
from desktopseg.core.rule_words import customers_fit, shop_figures
from desktopseg.core.segment_traits import (
    ACTION_CLAIMS,
    LAPSED_SEGMENTS,
    NEUTRAL,
    TAGLINE_CLAIMS,
    TRAITS,
    has_trait,
    trait_of,
)
from desktopseg.core.segmentation.behavioral import segment_names
from desktopseg.core.segmentation.value import tier_names

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "persona_truth"
LANGUAGES = ("en", "fi", "ko", "zh_CN")

# The reader's words (as /work/shared/hooks/persona_check.py reads them).
ACTIVE_WORDS = ("again and again", "often, recently", "everyday", "seen lately",
                "getting to know you", "steady", "regular", "comes back")
LAPSED_WORDS = ("drifted", "less often", "long time ago", "hasn't been back", "not been back",
                "used to", "overdue")
ACTIVE_SEGMENTS = {"Champions", "Loyal", "New", "Promising", "Potential Loyalist"}


def _files() -> list[Path]:
    samples = sorted((ROOT / "sample_workbooks").glob("*.xlsx")) + sorted(
        (ROOT / "sample_workbooks").glob("*.csv"))
    shared = sorted(Path("/work/shared/data").glob("*.csv"))
    return samples + shared + sorted(FIXTURES.glob("*.csv"))


FILES = _files()
_LOADED: dict[Path, object] = {}


def _load(path: Path):
    if path not in _LOADED:
        _LOADED[path] = pipeline.load(path)
    return _LOADED[path]


@pytest.fixture
def language(request):
    lang = request.param
    if lang != "en":
        from desktopseg.gui.app import install_core_translator

        install_core_translator(lang)
    yield lang
    set_translator(None)
    set_number_marks(None)


def problems_of(result, english: bool) -> list[str]:
    """Every way the cards of ``result`` contradict their segments (empty: none)."""
    out: list[str] = []
    names: dict[str, str] = {}
    rhythm = (result.segmentations.get("behavioral").details.get("rhythm", {})
              if "behavioral" in result.segmentations else {})
    short = bool(rhythm.get("too_short_for_lapsed"))
    for scheme, seg in result.segmentations.items():
        for p in seg.segments:
            trait = trait_of(scheme, p.name)
            where = f"{scheme}/{p.name}"
            key = p.extra.get("tagline_key")
            claim = TAGLINE_CLAIMS.get(key)
            if key != trait.line and (claim is None or not trait.allows(claim)):
                out.append(f"{where}: tagline '{key}' disagrees with its trait")
            for k in p.extra.get("action_keys", []):
                if not trait.allows(ACTION_CLAIMS[k]):
                    out.append(f"{where}: action '{k}' disagrees with its trait")
            if not 2 <= len(p.persona.actions) <= 3:
                out.append(f"{where}: {len(p.persona.actions)} actions")
            other = names.setdefault(p.persona.name, where)
            if other != where:
                out.append(f"name {p.persona.name} stands for {other} and {where}")
            if not p.persona.rule:
                out.append(f"{where}: no 'why this group' rule")
            if english:
                tag = p.persona.tagline.lower()
                active = any(w in tag for w in ACTIVE_WORDS)
                lapsed = any(w in tag for w in LAPSED_WORDS)
                seg_name = p.name
                if scheme == "behavioral" and (
                        (seg_name in LAPSED_SEGMENTS and active and not lapsed)
                        or (seg_name in ACTIVE_SEGMENTS and lapsed and not active)
                        or (seg_name in ("Loyal", "Champions") and any(
                            w in tag for w in ("bought once", "not yet a habit")))):
                    out.append(f"{where}: reads '{tag}'")
                acts = " ".join(p.persona.actions)
                if seg_name in ("Champions", "Can't Lose Them", "Loyal") and "Reprice" in acts:
                    out.append(f"{where}: offered repricing")
                if short and "a year" in p.persona.story:
                    out.append(f"{where}: a rate per year from {rhythm.get('span_days')} days")
    if short and "behavioral" in result.segmentations:
        seg = result.segmentations["behavioral"]
        lapsed = {n for n in seg.labels.unique() if n in LAPSED_SEGMENTS}
        if lapsed:
            out.append(f"lapsed labels {sorted(lapsed)} on too short a period")
        # The note is in the analysis language: look for its translated opening words.
        from desktopseg.core.i18n import _ as core_

        opening = core_("The data covers only {days} days (under {min} days{gap}): too short to "
                        "tell who has stopped coming, so nobody is called At Risk, Can't Lose "
                        "Them, Hibernating, Lost or About to Sleep, and no rates per year are "
                        "given.").split("{")[0]
        if not any(n.startswith(opening) for n in seg.notes):
            out.append("the scheme does not say why no one is lapsed")
    return out


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_cards_agree_with_their_segments(path, language):
    data = _load(path)
    result = pipeline.analyse(data, AnalysisSettings(persona_language=language))
    # The mall list (age, gender, income) has no scheme yet; demographic groups come later.
    assert result.segmentations or path.name == "mall_customers.csv", result.unavailable
    assert problems_of(result, english=language == "en") == []


def _random_shop(seed: int, days: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    end = pd.Timestamp("2024-06-30")
    rows = []
    for c in range(int(rng.integers(20, 120))):
        gap = float(rng.choice([1, 3, 7, 14, 30, 90, 180]))
        last = end - pd.Timedelta(days=int(rng.integers(0, days)))
        k = int(rng.integers(1, 12))
        for j in range(k):
            day = last - pd.Timedelta(days=int(j * gap * rng.uniform(0.7, 1.3)))
            if day < end - pd.Timedelta(days=days - 1):
                break
            rows.append((f"C{c}", day.date().isoformat(), round(float(rng.lognormal(3, 1)), 2)))
    return pd.DataFrame(rows, columns=["Customer", "Date", "Amount"])


@pytest.mark.parametrize("language", ["en", "ko"], indirect=True)
@pytest.mark.parametrize(("seed", "days"), [(1, 3), (2, 5), (3, 12), (4, 27), (5, 45),
                                            (6, 120), (7, 400), (8, 800)])
def test_random_shops(tmp_path, seed, days, language):
    path = tmp_path / "shop.csv"
    _random_shop(seed, days).to_csv(path, index=False)
    mapping = ColumnMapping(roles={"Customer": "customer_id", "Date": "date", "Amount": "amount"})
    result = pipeline.run(path, ImportOptions(mapping=mapping),
                          AnalysisSettings(persona_language=language))
    assert problems_of(result, english=language == "en") == []
    rhythm = result.segmentations["behavioral"].details["rhythm"]
    assert rhythm["too_short_for_lapsed"] == (days < 28 or (
        rhythm["typical_gap_days"] is not None and days < 2 * rhythm["typical_gap_days"]) or
        rhythm["span_days"] < 28)


def test_five_days_of_square_sales_have_no_lapsed_customers():
    result = pipeline.run(FIXTURES / "five_day_square_items.csv")
    seg = result.segmentations["behavioral"]
    assert not set(seg.labels) & set(LAPSED_SEGMENTS)
    assert any("only 5 days" in n for n in seg.notes)
    for p in seg.segments:
        assert "a year" not in p.persona.story
        assert "Average orders per year" not in dict(p.persona.key_figures)
        # Square's location, also in its Channel column, is neither a channel nor a home town.
        assert "Sunrise Social Club" not in p.persona.story + p.persona.typical


def test_companies_are_told_as_businesses():
    result = pipeline.run(FIXTURES / "b2b_invoices.csv")
    for seg in result.segmentations.values():
        for p in seg.segments:
            assert p.persona.name.endswith("'s firm"), p.persona.name
            assert p.persona.story.startswith(p.persona.name)


def test_a_weekly_customer_five_weeks_out_is_overdue(tmp_path):
    """Recency against their own rhythm: weekly buyers gone five weeks are At Risk (or worse),
    not as recent as a yearly buyer five weeks out."""
    rows = []
    end = pd.Timestamp("2024-12-31")
    for c in range(10):  # weekly contractors, last seen 35 days ago
        rows += [(f"W{c}", (end - pd.Timedelta(days=35 + 7 * k)).date().isoformat(), 200.0)
                 for k in range(40)]
    for c in range(30):  # everyone else: monthly, seen lately or long ago
        back = 3 + c * 6
        rows += [(f"M{c}", (end - pd.Timedelta(days=back + 30 * k)).date().isoformat(), 50.0)
                 for k in range(6)]
    path = tmp_path / "shop.csv"
    pd.DataFrame(rows, columns=["Customer", "Date", "Amount"]).to_csv(path, index=False)
    mapping = ColumnMapping(roles={"Customer": "customer_id", "Date": "date", "Amount": "amount"})
    seg = pipeline.run(path, ImportOptions(mapping=mapping)).segmentations["behavioral"]
    weekly = seg.labels[[f"W{c}" for c in range(10)]]
    assert set(weekly) <= set(LAPSED_SEGMENTS), weekly.value_counts()
    assert all("overdue for them" in seg.reasons[f"W{c}"] for c in range(10))
    # ... while a monthly customer 19 days out is not called lapsed.
    assert seg.labels["M2"] not in LAPSED_SEGMENTS  # last seen 15 days ago


def test_why_this_group_in_the_same_words_on_card_and_drill_down():
    result = pipeline.run(ROOT / "sample_workbooks" / "hardware_store_sales.xlsx",
                          only=("behavioral",))
    seg = result.segmentations["behavioral"]
    for p in seg.segments:
        trait = trait_of("behavioral", p.name)
        if not trait.rule:
            continue
        words = trait.rule[:1].upper() + trait.rule[1:]
        assert "days ago" in p.persona.rule
        members = seg.reasons[seg.labels == p.name]
        assert len(members)
        if not p.persona.rule.startswith(words):  # the words don't fit the group's numbers
            assert p.persona.rule.startswith("Compared with your typical customer")
            assert not members.str.startswith(words).any()
            continue
        # The words go to every customer whose own numbers fit them, and to no one else.
        fit = customers_fit(trait.says, result.customers.reindex(members.index),
                            shop_figures(result.customers, seg.labels))
        assert fit.any()
        assert (members.str.startswith(words).to_numpy() == fit).all()


def test_typical_and_average_are_both_labelled():
    result = pipeline.run(ROOT / "sample_workbooks" / "hardware_store_sales.xlsx",
                          only=("behavioral",))
    for p in result.segmentations["behavioral"].segments:
        figures = dict(p.persona.key_figures)
        assert "Average order" in figures and "Typical order" in figures
        assert f"average {figures['Average order']}" in p.persona.story
        assert f"Typical order about {figures['Typical order']}" in p.persona.story


def test_a_segment_without_a_trait_gets_neutral_words():
    assert trait_of("value", "A tier added tomorrow") is NEUTRAL
    assert trait_of("demographic", "Women 25-34") is NEUTRAL
    for key, claim in TAGLINE_CLAIMS.items():
        assert NEUTRAL.allows(claim), key  # neutral: no claim can contradict it
    assert set(ACTION_CLAIMS) == set(ACTIONS)


def test_segments_without_a_trait():
    """Lists the built-in segments that have no row in TRAITS (add one when this fails)."""
    builtin = [("behavioral", n) for n in segment_names()] + [("value", n) for n in tier_names()]
    missing = [f"{s}/{n}" for s, n in builtin if not has_trait(s, n)]
    assert missing == [], "segments without a trait in core/segment_traits.py: " + ", ".join(
        missing)
    assert all(not math.isnan(len(t.line)) and t.line for t in TRAITS.values())


@pytest.mark.parametrize(("name", "company"), [
    ("Sunrise Social Club LLC", True), ("Marco Renovations Ltd", True), ("Acme Inc.", True),
    ("Müller GmbH", True), ("Kahvila Oy", True), ("Adams Brewing Co.", True),
    ("주식회사 한빛", True), ("北京华联有限公司", True),
    ("Anna Lee", False), ("Oscar Coates", False), ("Inca Garcia", False), ("Agnes Ab", False),
])
def test_company_names(name, company):
    from desktopseg.core.business import is_company_name

    assert is_company_name(name) is company


@pytest.mark.parametrize(("value", "channel"), [
    ("Online", True), ("In store", True), ("Counter", True), ("Onlineshop", True),
    ("Delivery", True), ("Sunrise Social Club LLC", False), ("Main Street", False),
])
def test_channels_are_channels(value, channel):
    from desktopseg.core.personas import is_channel

    assert is_channel(value) is channel
