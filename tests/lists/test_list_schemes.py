"""Customer lists end to end: demographic, needs, your own groups, behaviour from list columns."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from desktopseg.core import pipeline
from desktopseg.core.model import AnalysisSettings, ColumnMapping, ImportOptions
from tests.lists.conftest import MALL
from tests.lists.fixtures import CHANNELS, MNT

ROOT = Path(__file__).resolve().parents[2]


def run_list(path, mapping=None, **settings):
    options = ImportOptions(mapping=ColumnMapping.load(mapping)) if mapping else None
    return pipeline.run(path, options, AnalysisSettings(**settings))


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktopseg", *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT,
                          env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
                               "PATH": "/usr/bin:/bin", "HOME": str(ROOT / ".."),
                               "LC_ALL": "C.UTF-8"})


def test_mall_list_gets_life_stage_and_income_groups():
    """200 mall customers: age bands x income thirds, counts as pandas cuts them."""
    raw = pd.read_csv(MALL)
    result = run_list(MALL)
    seg = result.segmentations["demographic"]
    assert sum(s.customers for s in seg.segments) == len(raw) == 200
    age = raw["Age"]
    inc = raw["AnnualIncome (k$)"]
    lo, hi = inc.quantile(1 / 3), inc.quantile(2 / 3)
    young_high = int(((age < 35) & (inc >= hi)).sum())
    assert seg.segment("Young adults (under 35) · Higher income").customers == young_high
    older_low = int(((age >= 55) & (inc < lo)).sum())
    assert seg.segment("Older adults (55 and over) · Lower income").customers == older_low
    assert all(s.persona is not None and s.persona.tagline for s in seg.segments)


def test_mall_needs_groups_are_named_by_the_spending_score():
    result = run_list(MALL)
    seg = result.segmentations["needs"]
    names = [s.name for s in seg.segments]
    assert "High SpendingScore (1-100)" in names
    means = seg.details["means"]["SpendingScore (1-100)"]
    assert means["High SpendingScore (1-100)"] == means.max()


def test_marketing_list_demographic_counts_impossible_values_as_unknown(marketing):
    path, frame, mapping = marketing
    result = run_list(path, mapping)
    seg = result.segmentations["demographic"]
    notes = " ".join(seg.notes)
    assert "1893" in notes and "1899" in notes
    assert "'YOLO'" in notes and "'Absurd'" in notes and "Alone" not in notes
    assert seg.details["unknown"]["age"] == 3
    assert not any("1893" in s.name or "YOLO" in s.name for s in seg.segments)
    # Life stage as pandas works it out (reference year: the last join date's year).
    ref = pd.to_datetime(frame["Dt_Customer"], format="%m/%d/%Y").max().year
    age = ref - frame["Year_Birth"]
    home = (frame["Kidhome"] + frame["Teenhome"]) > 0
    ok = age.between(16, 100)
    expected = {"Young families": int((ok & (age < 35) & home).sum()),
                "Empty nesters": int((ok & (age >= 55) & ~home).sum()),
                "Established families": int((ok & age.between(35, 54) & home).sum())}
    for name, n in expected.items():
        assert seg.segment(name).customers == n, name
    card = seg.segment("Empty nesters").persona
    assert "55 or over" in card.story and card.tagline == "Empty nesters"


def test_marketing_list_needs_finds_channel_and_deal_groups(marketing):
    path, frame, mapping = marketing
    seg = run_list(path, mapping).segmentations["needs"]
    names = " ".join(s.name for s in seg.segments)
    for word in ("Web buyers", "Store buyers", "Catalogue buyers", "Deal seekers",
                 "Campaign responders"):
        assert word in names
    web = seg.labels[seg.labels == "Web buyers"].index
    f = frame.set_index(frame["ID"].astype(str))
    share = f[list(CHANNELS)].div(f[list(CHANNELS)].sum(axis=1), axis=0)
    assert share.loc[web, "NumWebPurchases"].mean() > 0.6
    assert 3 <= seg.details["k"] <= 8


def test_marketing_list_supports_behaviour_and_value(marketing):
    """Spend = sum of Mnt*, orders = sum of Num*Purchases, recency from Recency."""
    path, frame, mapping = marketing
    result = run_list(path, mapping)
    assert {"behavioral", "value"} <= set(result.segmentations)
    c = result.customers
    f = frame.set_index(frame["ID"].astype(str))
    assert (c["revenue"] == f.loc[c.index, list(MNT)].sum(axis=1)).all()
    assert (c["orders"] == f.loc[c.index, list(CHANNELS)].sum(axis=1)).all()
    assert (c["recency_days"] == f.loc[c.index, "Recency"]).all()


def test_rules_file_on_the_command_line_matches_pandas(marketing, tmp_path):
    path, frame, mapping = marketing
    rules = {"name": "Households", "segments": [
        {"name": "Families with teens", "when": "Teenhome > 0 and Kidhome = 0"},
        {"name": "Young children", "when": "Kidhome + Teenhome > 0"},
        {"name": "Big spenders", "when": "MntWines + MntMeatProducts > 600"},
        {"name": "Couples", "when": "Marital_Status in ('Married', 'Together')"}],
        "otherwise": "Everyone else"}
    rules_file = tmp_path / "rules.json"
    rules_file.write_text(json.dumps(rules), encoding="utf-8")
    out = tmp_path / "summary.json"
    proc = cli("segment", path, "--mapping", mapping, "--rules", rules_file, "--scheme",
               "custom", "--summary-json", out, "-q")
    assert proc.returncode == 0, proc.stderr
    got = {s["name"]: s["customers"] for s in
           json.loads(out.read_text("utf-8"))["schemes"]["custom"]["segments"]}
    teens = (frame["Teenhome"] > 0) & (frame["Kidhome"] == 0)
    young = ~teens & (frame["Kidhome"] + frame["Teenhome"] > 0)
    big = ~teens & ~young & (frame["MntWines"] + frame["MntMeatProducts"] > 600)
    couples = ~teens & ~young & ~big & frame["Marital_Status"].isin(["Married", "Together"])
    rest = ~(teens | young | big | couples)
    expected = {"Families with teens": teens.sum(), "Young children": young.sum(),
                "Big spenders": big.sum(), "Couples": couples.sum(), "Everyone else": rest.sum()}
    assert got == {k: int(v) for k, v in expected.items() if v}


def test_rules_injection_on_the_command_line_exits_2(marketing, tmp_path):
    path, _frame, mapping = marketing
    rules_file = tmp_path / "evil.json"
    rules_file.write_text(json.dumps({"name": "x", "segments": [
        {"name": "Evil", "when": "__import__('os').system('touch /tmp/pwned17')"}]}),
        encoding="utf-8")
    proc = cli("segment", path, "--mapping", mapping, "--rules", rules_file, "-q")
    assert proc.returncode == 2
    assert "Group 'Evil'" in proc.stderr and "Calling functions is not allowed" in proc.stderr
    lines = proc.stderr.splitlines()
    caret = lines[-1].index("^")
    assert lines[-2][caret] == "("
    assert not Path("/tmp/pwned17").exists()


def test_custom_groups_reach_the_workbook(marketing, tmp_path):
    from desktopseg.core.export import write_workbook

    path, _frame, mapping = marketing
    rules = {"name": "Mine", "segments": [{"name": "Parents", "when": "Kidhome > 0"}]}
    result = run_list(path, mapping, custom_rules=rules)
    seg = result.segmentations["custom"]
    assert [s.name for s in seg.segments] == ["Parents", "Everyone else"]
    out = tmp_path / "r.xlsx"
    write_workbook(result, out)
    import openpyxl

    wb = openpyxl.load_workbook(out, read_only=True)
    cells = [v for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row]
    assert "Mine" in cells and "Parents" in cells and "Mine: segment" in cells
    assert cells.count("Parents") >= seg.segment("Parents").customers


@pytest.mark.parametrize("scheme", ["needs", "custom"])
def test_list_schemes_asked_for_by_name_on_sales_data_say_why(scheme, b2b):
    path, _frame = b2b
    proc = cli("segment", path, "--scheme", scheme, "-q")
    assert proc.returncode == 2
    assert "can't run on this file" in proc.stderr


def test_b2b_export_without_industry_codes_gets_company_segments(b2b):
    """Country, city and deal size: company segments instead of 'need industry codes'."""
    path, frame = b2b
    result = pipeline.run(path)
    assert "firmographic" in result.segmentations, result.unavailable
    seg = result.segmentations["firmographic"]
    assert seg.details["dimensions"][-1] == "deal_size"
    per_customer = frame.groupby("CUSTOMERNAME")["SALES"].mean()
    hi = per_customer.quantile(2 / 3)
    large = {n for n, v in per_customer.items() if v >= hi}
    got = {result.customers.loc[k, "name"] for k in seg.labels.index
           if seg.labels[k].endswith("Large deals")}
    assert got == large


def test_retail_shop_still_needs_industry_codes():
    """A consumer shop with countries is not a company list: no company segments."""
    result = pipeline.run("/work/shared/data/online_retail_sample.csv", only=None)
    assert "industry codes" in result.unavailable["firmographic"]


def test_birthdays_without_a_year_give_no_ages():
    """Square keeps birthdays as '03-14': no age in them, so no 'Age unknown' group for all."""
    from desktopseg.core.model import AnalysisSettings
    from desktopseg.core.pipeline import SchemeUnavailable
    from desktopseg.core.progress import Task
    from desktopseg.core.segmentation import run_scheme

    customers = pd.DataFrame({"col:Birthday": ["03-14", "11-02", "07-30", None],
                              "col:Date of birth": [None] * 4}, index=list("abcd"))
    with pytest.raises(SchemeUnavailable):
        run_scheme("demographic", customers, AnalysisSettings(), Task())
    customers["col:Birthday"] = ["1980-03-14", "1890-11-02", "2001-07-30", "1960-01-01"]
    seg = run_scheme("demographic", customers,
                     AnalysisSettings(analysis_date=__import__("datetime").date(2024, 1, 1)),
                     Task())
    assert seg.labels.to_dict() == {"a": "Midlife adults (35 to 54)", "b": "Age unknown",
                                    "c": "Young adults (under 35)",
                                    "d": "Older adults (55 and over)"}
    assert "1890" in " ".join(seg.notes)


@pytest.mark.parametrize("scheme", ["demographic", "needs", "custom"])
def test_list_schemes_print(scheme, marketing, tmp_path):
    """The printable summary takes each list scheme like any other."""
    from desktopseg.report import write_pdf

    path, _frame, mapping = marketing
    result = run_list(path, mapping, custom_rules={"name": "Mine", "segments": [
        {"name": "Parents", "when": "Kidhome > 0"}]})
    out = tmp_path / f"{scheme}.pdf"
    write_pdf(result, out, scheme=scheme)
    assert out.read_bytes()[:5] == b"%PDF-" and out.stat().st_size > 5000


def test_workbook_shows_the_lists_own_columns_under_their_names(marketing, tmp_path):
    import openpyxl

    from desktopseg.core.export import write_workbook

    path, _frame, mapping = marketing
    out = tmp_path / "w.xlsx"
    write_workbook(run_list(path, mapping), out)
    wb = openpyxl.load_workbook(out, read_only=True)
    headers = [v for ws in wb.worksheets for row in ws.iter_rows(max_row=3, values_only=True)
               for v in row if isinstance(v, str)]
    assert "In your list: Marital_Status" in headers
    assert not any(h.startswith("col:") for h in headers)


def test_project_keeps_the_rules_and_the_lists_own_columns(marketing, tmp_path):
    """Saved and opened again: the same groups from the same columns, no file needed."""
    from desktopseg.core.project import load_project, new_project, save_project

    path, _frame, mapping = marketing
    rules = {"name": "Mine", "segments": [{"name": "Parents", "when": "Kidhome > 0"},
                                          {"name": "Web fans", "when": "NumWebPurchases > 5"}],
             "otherwise": "Others"}
    data = pipeline.load(path, ImportOptions(mapping=ColumnMapping.load(mapping)))
    settings = AnalysisSettings(custom_rules=rules, k_groups=4)
    first = pipeline.analyse(data, settings)
    project = new_project(data, settings, {"path": str(path)})
    save_project(tmp_path / "p.dseg", project)
    again = load_project(tmp_path / "p.dseg")
    assert again.settings.custom_rules == rules and again.settings.k_groups == 4
    second = pipeline.analyse(again.data, again.settings)
    for scheme in ("custom", "demographic", "needs"):
        pd.testing.assert_series_equal(first.segmentations[scheme].labels,
                                       second.segmentations[scheme].labels, check_names=False)
    assert second.segmentations["clusters"].details["k"] == 4
