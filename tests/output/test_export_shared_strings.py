"""The fast workbook writer: shared strings, cells without references, awkward text.

The Customers and segment sheets are written as XML by core/export.py (not cell by cell
through openpyxl): text goes once into xl/sharedStrings.xml and a cell right after a written
one leaves out its reference. These tests read the file back with two independent readers
(openpyxl and calamine, which the importer uses) and compare every cell with the data.
"""

from __future__ import annotations

import re
import zipfile

import fastexcel
import numpy as np
import openpyxl
import pandas as pd

from desktopseg.core.export import write_workbook

from .helpers import customers_from_transactions, result_from, retail_transactions

AWKWARD = [
    "  leading spaces",
    "trailing space ",
    "Smith & Sons <Ltd>",
    "bell\x07inside",
    "line\nbreak",
    "=1+1",
    "\tTab",
    "Zoë Ångström",
    "王小明",
]


def _result(retail_csv):
    tx = retail_transactions(retail_csv)
    c = customers_from_transactions(tx).iloc[:400].copy()
    result = result_from(tx, c, file=str(retail_csv))
    c = result.customers
    # Gaps in the middle of rows: the next cell must land in its own column all the same.
    c.loc[c.index[::3], "email"] = None
    c.loc[c.index[::4], "revenue"] = np.nan
    c.loc[c.index[::5], "last_purchase"] = pd.NaT
    names = c["name"].astype(object).to_numpy().copy()
    names[: len(AWKWARD)] = AWKWARD
    names[len(AWKWARD)] = AWKWARD[2]  # the same text twice: one shared string
    c["name"] = names
    return result


def _expected(value):
    """What a cell holding ``value`` reads back as (control characters are not allowed)."""
    if value is None or value is pd.NaT or value is pd.NA or (
        isinstance(value, float) and np.isnan(value)
    ):
        return None
    if isinstance(value, str):
        return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", value)
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    return value


def test_every_cell_reads_back_with_both_readers(retail_csv, tmp_path):
    result = _result(retail_csv)
    path = tmp_path / "out.xlsx"
    write_workbook(result, path)
    c = result.customers

    wb = openpyxl.load_workbook(path)
    ws = wb["Customers"]
    cols = {cell.value: i + 1 for i, cell in enumerate(ws[1])}
    checked = 0
    for header, column in (("Name", "name"), ("E-mail", "email"), ("Revenue", "revenue"),
                           ("Last purchase", "last_purchase"), ("Orders", "orders")):
        got = [ws.cell(r, cols[header]).value for r in range(2, len(c) + 2)]
        want = [_expected(v) for v in c[column].tolist()]
        if column == "revenue":
            assert got == [None if w is None else np.float64(w) for w in want]
        else:
            assert got == want, header
        checked += len(got)
    assert checked == 5 * len(c)
    # Spaces at either end survive; formula-like text stays text with the quote prefix.
    first = {ws.cell(r, cols["Name"]).value: ws.cell(r, cols["Name"]) for r in range(2, 12)}
    assert "  leading spaces" in first and "trailing space " in first
    assert first["=1+1"].data_type == "s" and first["=1+1"].quotePrefix
    assert first["\tTab"].quotePrefix and not first["王小明"].quotePrefix

    # calamine (the importer's reader) sees the same table, segment sheets included.
    reader = fastexcel.read_excel(path)
    frame = reader.load_sheet("Customers").to_pandas()
    assert [_expected(v) for v in frame["Name"]] == [_expected(v) for v in c["name"]]
    assert [_expected(v) for v in frame["E-mail"]] == [_expected(v) for v in c["email"]]
    seg = result.segmentations["behavioral"]
    for s in seg.segments:
        part = reader.load_sheet(s.name).to_pandas()
        members = c.index[(seg.labels.reindex(c.index) == s.name).to_numpy(dtype=bool)]
        assert part["Customer ID"].tolist() == list(members)
        assert [_expected(v) for v in part["Name"]] == [
            _expected(v) for v in c.loc[members, "name"]
        ]


def test_texts_are_shared_once_and_sheets_point_at_them(retail_csv, tmp_path):
    result = _result(retail_csv)
    path = tmp_path / "out.xlsx"
    write_workbook(result, path)
    with zipfile.ZipFile(path) as z:
        sst = z.read("xl/sharedStrings.xml").decode()
        types = z.read("[Content_Types].xml").decode()
        rels = z.read("xl/_rels/workbook.xml.rels").decode()
        customers = z.read("xl/worksheets/sheet2.xml").decode()
    texts = re.findall(r"<si><t[^>]*>(.*?)</t></si>", sst, flags=re.S)
    assert len(texts) == len(set(texts))  # each text once
    assert f'uniqueCount="{len(texts)}"' in sst
    assert "Smith &amp; Sons &lt;Ltd&gt;" in texts
    assert '<si><t xml:space="preserve">  leading spaces</t></si>' in sst
    assert "sharedStrings" in types and "sharedStrings.xml" in rels
    # Segment labels are written once, not once per customer.
    labels = set(result.segmentations["behavioral"].labels)
    assert sum(t in labels for t in texts) == len(labels)
    assert 't="inlineStr"' not in customers.split("</row>", 1)[1]  # data rows: shared strings
