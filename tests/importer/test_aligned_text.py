"""Text exports with values aligned in columns but a header that is not."""

from __future__ import annotations

import pandas as pd

from desktopseg.core.pipeline import load
from tests.importer import shapes


def test_header_not_aligned_with_its_values(tmp_path):
    """The CDNOW master file: the dollar column is the money, the CD count the quantity.

    Read as fixed-width columns named by two-or-more-space gaps, "date number_of_cds" was one
    name and "dollar_value" sat over the CD counts: revenue came out 94 % short.
    """
    path = shapes.cdnow_as_shipped(tmp_path / "CDNOW_master.txt")
    truth = pd.read_csv(path, sep=r"\s+", dtype={"customer_id": str, "date": str})
    before = path.read_bytes()
    data = load(path)
    tx = data.transactions
    assert tx["amount"].sum() == truth["dollar_value"].sum()
    assert tx["customer_key"].nunique() == truth["customer_id"].nunique()
    assert tx["date"].min() == pd.to_datetime(truth["date"], format="%Y%m%d").min()
    roles = {role: col for col, role in data.mapping.roles.items() if role}
    assert roles["amount"] == "dollar_value"
    assert roles["quantity"] == "number_of_cds"
    assert path.read_bytes() == before


def test_names_with_spaces_in_aligned_columns_stay_whole(tmp_path):
    """Two-word names under a one-word header are still one column each."""
    text = (
        "CUSTNO   NAME            DATE        AMOUNT\n"
        "1001     ACME LTD        19970101     120.50\n"
        "1002     SMITH SONS      19970215      80.00\n"
        "1003     J BLOGGS        19970301      15.00\n"
    )
    p = tmp_path / "legacy.txt"
    p.write_text(text, encoding="ascii")
    tx = load(p).transactions
    assert tx["amount"].tolist() == [120.5, 80.0, 15.0]
    assert tx["customer_key"].tolist() == ["1001", "1002", "1003"]
