"""Numbers and dates are decided per column, vectorised, with the quirks real exports have."""

import pandas as pd
import pytest

from desktopseg.core.importer.values import parse_dates, parse_numbers


@pytest.mark.parametrize(
    ("cells", "expected", "decimal"),
    [
        (["$1,149.00 ", "-$9.00", "($33.62)", "$0.00 "], [1149.0, -9.0, -33.62, 0.0], "."),
        (["1.234,56 €", "EUR 12,50", "0,25", "-3,10"], [1234.56, 12.5, 0.25, -3.1], ","),
        (["1.0", "-1.0", "2.5", "10"], [1.0, -1.0, 2.5, 10.0], "."),
        (["1495.0000", "12.5000", "3"], [1495.0, 12.5, 3.0], "."),
        (["£ 1 200,00", "12,50-"], [1200.0, -12.5], ","),
    ],
)
def test_money_texts(cells, expected, decimal):
    p = parse_numbers(pd.Series(cells, dtype="string"))
    assert p.values.tolist() == pytest.approx(expected)
    assert p.decimal == decimal
    assert p.rate == 1.0


def test_percent_and_garbage_are_told_apart():
    p = parse_numbers(pd.Series(["15%", "abc", "", "7.5 %"], dtype="string"))
    assert p.percent
    assert p.values.iloc[0] == 15.0 and p.values.iloc[3] == 7.5
    assert not p.ok.iloc[1] and p.blank.iloc[2]


def test_semicolon_file_hint_reads_thousands_ambiguity_as_decimal_comma():
    p = parse_numbers(pd.Series(["1,250", "2,500"], dtype="string"), decimal_hint=",")
    assert p.values.tolist() == [1.25, 2.5]
    q = parse_numbers(pd.Series(["1,250", "2,500"], dtype="string"))
    assert q.values.tolist() == [1250.0, 2500.0]


@pytest.mark.parametrize(
    ("cells", "first", "fmt"),
    [
        (["12/27/2018", "11/30/2018"], "2018-12-27", "mm/dd/yyyy"),
        (["27.12.2018", "01.02.2019"], "2018-12-27", "dd.mm.yyyy"),
        (["27/12/2018 14:03", "03/01/2019 10:00"], "2018-12-27 14:03", "dd/mm/yyyy hh:mm"),
        (["2026-06-08 22:55:29 +1000"], "2026-06-08 22:55:29", "yyyy-mm-dd hh:mm:ss"),
        (["5/31/2016 0:37", "12/1/2016 13:05"], "2016-05-31 00:37", "mm/dd/yyyy hh:mm"),
        (["2011-03-10 16:16:00"], "2011-03-10 16:16", "yyyy-mm-dd hh:mm:ss"),
    ],
)
def test_date_texts(cells, first, fmt):
    d = parse_dates(pd.Series(cells, dtype="string"))
    assert d.values.iloc[0] == pd.Timestamp(first)
    assert d.format == fmt
    assert d.rate == 1.0


def test_one_format_per_column_never_per_row():
    # 13/01 only reads day-first, so 03/04 in the same column must be 3 April too.
    d = parse_dates(pd.Series(["13/01/2024", "03/04/2024"], dtype="string"))
    assert d.order == "DMY" and not d.ambiguous
    assert d.values.iloc[1] == pd.Timestamp("2024-04-03")


def test_ambiguous_column_is_reported_and_can_be_overridden():
    s = pd.Series(["03/04/2024", "05/06/2024"], dtype="string")
    auto = parse_dates(s, prefer="MDY")
    assert auto.ambiguous and auto.order == "MDY"
    forced = parse_dates(s, order="DMY")
    assert forced.values.iloc[0] == pd.Timestamp("2024-04-03") and not forced.ambiguous


def test_excel_serials_both_systems_and_yyyymmdd():
    s = pd.Series([45000.0, 45001.5])
    assert parse_dates(s).values.iloc[0] == pd.Timestamp("2023-03-15")
    assert parse_dates(s, date1904=True).values.iloc[0] == pd.Timestamp("2027-03-16")
    y = parse_dates(pd.Series([19970101, 20181227]))
    assert y.values.tolist() == [pd.Timestamp("1997-01-01"), pd.Timestamp("2018-12-27")]


def test_invalid_dates_are_marked_not_guessed():
    d = parse_dates(pd.Series(["2024-02-30", "2024-02-28", "soon"], dtype="string"))
    assert d.ok.tolist() == [False, True, False]


def _repeat(cells: list, n: int) -> pd.Series:
    return pd.Series((cells * (n // len(cells) + 1))[:n], dtype="string")


@pytest.mark.parametrize(
    "cells",
    [
        ["12.50", " 3 ", "", None, "NA", "-4", "1e3", "None", "0.10"],
        ["12.50", "$3.00", "", "n/a"],  # not plain: the per-column money path
    ],
)
def test_long_number_columns_read_per_distinct_text_like_short_ones(cells):
    big = _repeat(cells, 60000)
    whole = parse_numbers(big)
    pieces = [parse_numbers(big.iloc[i : i + 20000]) for i in range(0, 60000, 20000)]
    for part in ("values", "ok", "blank"):
        joined = pd.concat([getattr(p, part) for p in pieces])
        pd.testing.assert_series_equal(getattr(whole, part), joined)


def test_long_date_and_time_columns_read_per_distinct_text_like_short_ones():
    from desktopseg.core.importer.clean import _time_of_day

    dates = _repeat(["2024-02-03", "2024-02-30", "", None, "2024-12-31", " 2023-01-02"], 60000)
    whole = parse_dates(dates)
    pieces = [parse_dates(dates.iloc[i : i + 100]) for i in range(0, 600, 100)]
    pd.testing.assert_series_equal(whole.values.iloc[:600], pd.concat([p.values for p in pieces]))
    assert whole.values.isna().sum() == 30000  # Feb 30th, blanks and nulls
    times = _repeat(["13:50:46", "9:05:00", "", None, "25:00:00", "00:00:01"], 60000)
    got = _time_of_day(times)
    assert (got[:6] == _time_of_day(times.iloc[:6])).all()
    assert (got.reshape(-1, 6) == got[:6]).all()
    assert got[0].astype("int64") == 49846


def test_true_false_cells_are_not_dates():
    for cells in (pd.Series([True, False]), pd.Series([True, None], dtype=object)):
        d = parse_dates(cells)
        assert d.values.isna().all() and d.format is None
