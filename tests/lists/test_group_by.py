"""Group customers by a text column of their own (Customer Type) — core and command line,
checked against pandas' own counts of the hardware store sample."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest

from desktopseg.core.model import AnalysisSettings, ColumnMapping, ImportOptions
from desktopseg.core.pipeline import analyse, load

SAMPLE = "hardware_store_sales.xlsx"


@pytest.fixture(scope="module")
def hardware(samples_dir):
    path = samples_dir / SAMPLE
    if not path.exists():
        pytest.skip("sample workbook not generated")
    return path


def _expected(path, customers) -> pd.Series:
    """Customers per Customer Type from the Sales sheet, read by pandas: each account's most
    frequent type (ties: alphabetical), blank types 'Not given'."""
    sales = pd.read_excel(path, sheet_name="Sales", engine="openpyxl")
    sales = sales.dropna(subset=["Account No"])
    sales["key"] = sales["Account No"].astype("int64").astype(str)
    sales["type"] = sales["Customer Type"].astype("string").str.strip().replace("", pd.NA)
    counts = sales.dropna(subset=["type"]).groupby(["key", "type"]).size().reset_index(name="n")
    counts = counts.sort_values(["key", "n", "type"], ascending=[True, False, True])
    per_customer = counts.drop_duplicates("key").set_index("key")["type"]
    per_customer = per_customer.reindex(customers).fillna("Not given")
    return per_customer.value_counts()


def test_groups_are_the_column_values_with_pandas_counts(hardware):
    """Grouping by Customer Type: one group per type, sizes as pandas counts them."""
    data = load(hardware, ImportOptions(group_by="Customer Type"))
    assert data.mapping.group_by == "Customer Type"
    assert "Customer Type" in data.report.group_columns
    assert "Channel" not in data.report.group_columns  # differs from sale to sale
    result = analyse(data, only=("custom",))
    seg = result.segmentations["custom"]
    got = {s.name: s.customers for s in seg.segments}
    want = _expected(hardware, result.customers.index)
    assert got == {str(k): int(v) for k, v in want.items()}
    assert len(got) >= 2
    assert seg.title == "Grouped by Customer Type"
    assert result.settings.group_by is None  # the choice stays with the mapping
    for s in seg.segments:
        assert s.persona.rule == f"Customer Type is {s.name}"
        assert "condition" not in s.persona.story
    key = seg.labels.index[0]
    assert seg.reasons[key] == f"Customer Type is {seg.labels[key]}"


def test_a_customer_with_several_types_gets_the_most_frequent(hardware):
    """Lines of one account that disagree: the most frequent type wins; none: 'Not given'."""
    data = load(hardware, ImportOptions(group_by="Customer Type"))
    tx = data.transactions
    first = tx["customer_key"].dropna().iloc[0]
    rows = tx.index[tx["customer_key"] == first]
    tx.loc[rows[:1], "group_by"] = "Wholesale"  # one odd line of many
    second = tx["customer_key"].dropna().unique()[1]
    tx.loc[tx["customer_key"] == second, "group_by"] = pd.NA
    result = analyse(data, only=("custom",))
    labels = result.segmentations["custom"].labels
    assert labels[first] in {"Contractor", "Homeowner"}
    assert labels[second] == "Not given"
    assert result.segmentations["custom"].segment("Not given").customers == 1


def test_settings_can_ask_for_a_joined_sheet_column(hardware):
    """The Service log's own Customer Type (a joined sheet) groups the same customers."""
    data = load(hardware)
    result = analyse(data, AnalysisSettings(group_by="Customer Type"), only=("custom",))
    seg = result.segmentations["custom"]
    assert {s.name for s in seg.segments} == {"Contractor", "Homeowner"}


def test_joined_roles_and_left_out_from_a_mapping_file(hardware, tmp_path):
    """A mapping JSON changes a joined sheet's role and can leave the sheet out."""
    data = load(hardware)
    shown = data.report.to_inspect_json()  # what `inspect --json` prints to write a mapping
    assert shown["joined"][0]["name"] == "Service log"
    assert {c["name"] for c in shown["joined"][0]["columns"]} >= {"Phone Calls", "Deliveries"}
    assert shown["group_columns"] == ["Customer Type"]
    mapping = ColumnMapping.from_json(data.mapping.to_json())
    assert mapping.joined["Service log"]["Phone Calls"] == "tickets"
    mapping.joined["Service log"]["Phone Calls"] = None
    changed = load(hardware, ImportOptions(mapping=mapping))
    assert "tickets" not in changed.customers.columns
    assert "service_minutes" in changed.customers.columns
    mapping.left_out = ["Service log"]
    out = load(hardware, ImportOptions(mapping=mapping))
    assert out.customers is None
    assert out.report.joined[0]["used"] is False


def test_cli_group_by_writes_summary_and_workbook(hardware, tmp_path):
    """`segment --group-by 'Customer Type'` gives the groups in the summary and the workbook."""
    summary, book = tmp_path / "s.json", tmp_path / "r.xlsx"
    run = subprocess.run(
        [sys.executable, "-m", "desktopseg", "segment", str(hardware), "--group-by",
         "Customer Type", "--summary-json", str(summary), "--out", str(book), "-q"],
        capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    got = json.loads(summary.read_text(encoding="utf-8"))["schemes"]["custom"]
    names = {s["name"]: s["customers"] for s in got["segments"]}
    assert set(names) == {"Contractor", "Homeowner"}
    assert got["title"] == "Grouped by Customer Type"
    listed = pd.read_excel(book, sheet_name="Customers", engine="openpyxl")
    column = "Grouped by Customer Type: segment"
    assert listed[column].value_counts().to_dict() == names
    assert set(listed["Grouped by Customer Type: why"]) == {
        "Customer Type is Contractor", "Customer Type is Homeowner"}
    bad = subprocess.run(
        [sys.executable, "-m", "desktopseg", "segment", str(hardware), "--group-by", "Colour",
         "-q"], capture_output=True, text=True, timeout=600)
    assert bad.returncode == 2
    assert "Customer Type" in bad.stderr


def test_most_frequent_value_per_customer_ties_alphabetical():
    """Most frequent value per customer; a tie goes to the first in alphabetical order."""
    from desktopseg.core.group_by import most_frequent

    keys = pd.Series(["a", "a", "a", "b", "b", "c"])
    values = pd.Series(["Retail", "Trade", "Trade", "Trade", "Retail", None], dtype="string")
    got = most_frequent(keys, values)
    assert got.to_dict() == {"a": "Trade", "b": "Retail"}


def test_several_files_keep_the_grouping(hardware, tmp_path):
    """Two copies of the sample read together still group by the type, each customer once."""
    import shutil

    for name in ("a.xlsx", "b.xlsx"):
        shutil.copy(hardware, tmp_path / name)
    data = load(tmp_path, ImportOptions(group_by="Customer Type"))
    assert [j["name"] for j in data.report.joined] == ["Service log"]
    result = analyse(data, only=("custom",))
    one = analyse(load(hardware, ImportOptions(group_by="Customer Type")), only=("custom",))
    assert ({s.name: s.customers for s in result.segmentations["custom"].segments}
            == {s.name: s.customers for s in one.segmentations["custom"].segments})
