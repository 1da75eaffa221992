"""Turn raw cells into numbers and dates, one decision per column (never per row).

Everything here is vectorised: a column of a million cells is parsed by a handful of pandas
string operations, never by a Python loop over the cells.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

#: Cell texts that mean "nothing here" in exports (R writes NA, Square writes None, Excel #N/A).
NULL_TEXTS = frozenset(
    {
        "",
        "na",
        "n/a",
        "nan",
        "none",
        "null",
        "-",
        "--",
        "#n/a",
        "#value!",
        "#ref!",
        "#div/0!",
        "#num!",
        "#name?",
        "#null!",
    }
)


def _whole_numbers(series: pd.Series) -> bool:
    """Tell whether every non-blank value of a float column is a whole int64-sized number."""
    values = series.to_numpy(dtype="float64", na_value=np.nan)
    values = values[~np.isnan(values)]
    return bool(values.size) and bool(
        np.all(np.abs(values) < 2**53) and np.all(np.floor(values) == values)
    )


def arrow_text(series: pd.Series) -> pa.ChunkedArray:
    """Return the column as a trimmed Arrow string array (pyarrow.compute is ~20x faster)."""
    if series.dtype.kind in "OSU" or isinstance(series.dtype, pd.StringDtype):
        s = series if isinstance(series.dtype, pd.StringDtype) else series.astype("string")
    elif series.dtype.kind == "f" and _whole_numbers(series):
        # A numeric id column with blanks (walk-ins) arrives as float: "10100", not "10100.0".
        s = series.astype("Int64").astype("string")
    else:
        s = series.astype("string")
    arr = (
        pa.chunked_array([pa.array(s, type=pa.large_string())])
        if not isinstance(s.array, pd.arrays.ArrowStringArray)
        else pa.chunked_array(pa.array(s))
    )
    return pc.utf8_trim_whitespace(arr)


#: NULL_TEXTS as they are written (lower, UPPER, Title): matching these needs no lower-casing
#: of the whole column, which is the expensive part on a million cells.
_NULL_VARIANTS = pa.array(sorted({v for t in NULL_TEXTS for v in (t, t.upper(), t.title())}))


def null_or_in(arr: pa.ChunkedArray, words: pa.Array) -> pa.ChunkedArray:
    """Return True where an Arrow text cell is null or one of ``words``.

    A column whose texts are all longer than the longest word (dates, e-mails, order numbers)
    needs no hash lookup of every cell.
    """
    nulls = pc.is_null(arr)
    longest = pc.max(pc.binary_length(words)).as_py() or 0
    textual = pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type)
    if textual and not pc.any(pc.less_equal(pc.binary_length(arr), longest)).as_py():
        return nulls
    return pc.or_kleene(nulls, pc.is_in(arr, value_set=words))


def null_mask(arr: pa.ChunkedArray) -> pa.ChunkedArray:
    """Return True where an Arrow text cell is empty or a null word (NA, None, #N/A...)."""
    return null_or_in(arr, _NULL_VARIANTS)


def _ascii_only(arr: pa.Array | pa.ChunkedArray) -> bool:
    """Tell whether every byte of an Arrow text array's data is ASCII (a superset of its cells)."""
    chunks = arr.chunks if isinstance(arr, pa.ChunkedArray) else [arr]
    for chunk in chunks:
        if not (pa.types.is_string(chunk.type) or pa.types.is_large_string(chunk.type)):
            return False
        data = chunk.buffers()[2]
        if data is not None and data.size and np.frombuffer(data, dtype=np.uint8).max() >= 0x80:
            return False
    return True


def lower(arr: pa.Array | pa.ChunkedArray):
    """Lower-case Arrow texts, like pc.utf8_lower.

    Most exports are plain ASCII, where Arrow's ASCII kernel gives the same result about ten
    times faster; one look at the bytes decides.
    """
    return pc.ascii_lower(arr) if _ascii_only(arr) else pc.utf8_lower(arr)


def _np_bool(arr) -> np.ndarray:
    return np.asarray(pc.fill_null(arr, False).to_numpy(zero_copy_only=False), dtype=bool)


def is_blank(series: pd.Series) -> pd.Series:
    """Return True where a cell is empty or holds only spaces / a null word."""
    if series.dtype.kind in "biufcmM":
        return series.isna()
    return pd.Series(_np_bool(null_mask(arrow_text(series))), index=series.index, copy=False)


def as_text(series: pd.Series) -> pd.Series:
    """Return the column as stripped strings with blanks as <NA>."""
    if series.dtype.kind in "biuf":
        v = series.astype("float64")
        whole = v.dropna().mod(1).eq(0).all()
        out = (v.astype("Int64") if whole else v).astype("string")
        return out
    if series.dtype.kind in "mM":
        return series.dt.strftime("%Y-%m-%d").astype("string")
    clean = _clean_by_value(series)
    if clean is not None:
        return pd.Series(clean.to_pandas().astype("string").array, index=series.index)
    arr = arrow_text(series)
    nulls = null_mask(arr)
    if pc.any(nulls).as_py():
        arr = pc.if_else(nulls, pa.scalar(None, arr.type), arr)
    return pd.Series(arr.to_pandas().astype("string").array, index=series.index)


def _clean_by_value(series: pd.Series) -> pa.ChunkedArray | None:
    """Return a long text column's Arrow strings as as_text makes them, if none needs trimming.

    Products, categories and channels repeat a few dozen texts over a million lines: one hash
    pass for the distinct texts, then trimming and the blank words on those few, is cheaper
    than trimming and checking every cell. None when some text needs trimming (or the column
    is short or varied); as_text then does the full work.
    """
    if len(series) < 50000 or not isinstance(series.array, pd.arrays.ArrowStringArray):
        return None
    raw = pa.array(series.array)
    raw = raw if isinstance(raw, pa.ChunkedArray) else pa.chunked_array([raw])
    head = raw.slice(0, 20000)
    # Only for a few hundred texts: with thousands (customer ids, e-mails) the hash pass costs
    # about what it saves.
    if pc.count_distinct(head).as_py() > 500:
        return None
    # as_text needs a hash pass only for texts as short as a blank word; a column whose first
    # lines have none (e-mails, order numbers) is most likely cheap there already.
    longest = pc.max(pc.binary_length(_NULL_VARIANTS)).as_py()
    if not pc.any(pc.less_equal(pc.binary_length(head), longest)).as_py():
        return None
    uniq = pc.drop_null(pc.unique(raw))
    if 4 * len(uniq) >= len(raw):
        return None
    if not pc.all(pc.equal(pc.utf8_trim_whitespace(uniq), uniq)).as_py():
        return None
    # No text needs trimming; blank words ("" in a CSV) are looked up among these few.
    words = uniq.filter(null_mask(uniq))
    if len(words):
        raw = pc.if_else(pc.is_in(raw, value_set=words), pa.scalar(None, raw.type), raw)
    return raw


@dataclass
class NumberParse:
    """A column parsed as numbers: the values, which cells parsed, and what was decided."""

    values: pd.Series  # float64, NaN where blank or not a number
    ok: pd.Series  # bool: a number was read
    blank: pd.Series  # bool: the cell was empty
    decimal: str  # "." or ","
    currency: bool  # some cells carried a currency sign or code
    percent: bool  # some cells ended with %

    @property
    def rate(self) -> float:
        """Share of non-blank cells that are numbers (0..1)."""
        filled = int((~self.blank).sum())
        return float(self.ok.sum()) / filled if filled else 0.0


def _count(arr: pa.ChunkedArray, pattern: str) -> int:
    return int(pc.sum(pc.cast(pc.match_substring_regex(arr, pattern), pa.int64())).as_py() or 0)


def _decide_decimal(t: pa.ChunkedArray, hint: str | None) -> str:
    """Pick '.' or ',' as the decimal separator for one column of cleaned number texts."""
    sample = pc.drop_null(t)
    if len(sample) > 50000:
        sample = sample.slice(0, 50000)
    both_eu = _count(sample, r"\.\d{3}(?:\.\d{3})*,\d*$")
    both_us = _count(sample, r",\d{3}(?:,\d{3})*\.\d*$")
    if both_eu or both_us:
        return "," if both_eu > both_us else "."
    # "12,5" / "12,50" / "0,2500": a comma with other than exactly three digits after it.
    comma_dec = _count(sample, r"^-?\d*,(?:\d{1,2}|\d{4,})$")
    comma_three = _count(sample, r"^-?\d{1,3},\d{3}$")
    dot_dec = _count(sample, r"^-?\d*\.(?:\d{1,2}|\d{4,})$")
    if comma_dec and not dot_dec:
        return ","
    if dot_dec:
        return "."
    if comma_three and hint == ",":
        return ","
    return hint or "."


_CURRENCY_RE2 = (
    r"[$€£¥₩₹₽¢]|(?i:\b(?:EUR|USD|GBP|AUD|CAD|NZD|CHF|SEK|NOK|DKK|JPY|CNY|RMB|KRW|"
    r"INR|HKD|SGD|kr|zł|Kč|Ft)\b)|원|元|円"
)


def _cast_numbers(texts: pa.ChunkedArray) -> pa.ChunkedArray:
    """Cast Arrow texts to float64; ArrowInvalid when any text is not a plain number.

    A text column (names, products) fails on its first text, so that one is cast alone first:
    a failing cast of a whole column costs hundreds of times more than one of a single cell.
    """
    first = pc.index(pc.is_valid(texts), True).as_py()
    if first >= 0:
        pc.cast(texts.slice(first, 1), pa.float64())
    return pc.cast(texts, pa.float64())


def _plain_numbers_by_value(series: pd.Series, decimal_hint: str | None) -> NumberParse | None:
    """Parse a long text column of plain numbers once per distinct text; None if it isn't one.

    Prices and quantities repeat (a million lines hold a few hundred distinct amounts), so
    trimming, blank words and the cast run on those few texts; the same steps as the plain
    number path of parse_numbers, so the result is the same.
    """
    if len(series) < 50000:
        return None
    raw = pa.array(series.array)
    raw = raw if isinstance(raw, pa.ChunkedArray) else pa.chunked_array([raw])
    if pc.count_distinct(raw.slice(0, 20000)).as_py() > 2000:
        return None
    uniq = pc.unique(raw)
    if 4 * len(uniq) >= len(raw):
        return None
    text = pc.utf8_trim_whitespace(uniq)
    blank_u = null_mask(text)
    try:
        vals_u = pc.cast(pc.if_else(blank_u, pa.scalar(None, text.type), text), pa.float64())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    pos = pc.index_in(raw, value_set=uniq)
    idx = series.index
    blank = pd.Series(_np_bool(pc.fill_null(blank_u, True).take(pos)), index=idx, copy=False)
    got = vals_u.take(pos).to_numpy(zero_copy_only=False)
    values = pd.Series(np.asarray(got, dtype="float64"), index=idx, copy=False)
    return NumberParse(values, values.notna() & ~blank, blank, decimal_hint or ".", False, False)


def parse_numbers(series: pd.Series, decimal_hint: str | None = None) -> NumberParse:
    """Parse money, quantities and percentages: ``$1,149.00 ``, ``($33.62)``, ``1.234,56 €``."""
    idx = series.index
    if series.dtype.kind in "biuf" or series.dtype == bool:
        values = series.astype("float64")
        blank = values.isna()
        return NumberParse(values, ~blank, blank, decimal_hint or ".", False, False)
    if series.dtype.kind in "mM":
        blank = series.isna()
        nan = pd.Series(np.nan, index=idx)
        return NumberParse(nan, pd.Series(False, index=idx), blank, ".", False, False)
    if isinstance(series.dtype, pd.StringDtype) and decimal_hint != ",":
        quick = _plain_numbers_by_value(series, decimal_hint)
        if quick is not None:
            return quick
    num = None
    if series.dtype == object:
        # Mixed cells from a spreadsheet: real numbers stay numbers, the rest is text.
        isnum = series.map(lambda x: isinstance(x, (int, float)) and not isinstance(x, bool))
        num = pd.to_numeric(series.where(isnum), errors="coerce").astype("float64")
    arr = arrow_text(series)
    blank_arr = null_mask(arr)
    blank = pd.Series(_np_bool(blank_arr), index=idx, copy=False)
    try:
        # Plain numbers ("12.50", "-3", "1e3") cast directly: one pass instead of ten. Not in
        # decimal-comma files, where "1.250" means one thousand two hundred and fifty.
        if decimal_hint == ",":
            raise pa.ArrowInvalid("decimal comma")
        vals = _cast_numbers(pc.if_else(blank_arr, pa.scalar(None, arr.type), arr))
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        vals = None
    if vals is not None and num is None:
        values = pd.Series(
            np.asarray(vals.to_numpy(zero_copy_only=False), dtype="float64"), index=idx, copy=False
        )
        return NumberParse(
            values, values.notna() & ~blank, blank, decimal_hint or ".", False, False
        )
    currency = _count(arr, _CURRENCY_RE2) > 0
    percent = _count(arr, r"%$") > 0
    if num is None and not pc.any(pc.match_substring_regex(arr, r"\d")).as_py():
        # Not a digit in the column (names, products): none of the steps below reads a number.
        nan = pd.Series(np.nan, index=idx)
        return NumberParse(
            nan, pd.Series(False, index=idx), blank, decimal_hint or ".", currency, percent
        )
    neg_paren = pc.match_substring_regex(arr, r"^\(.*\)$")
    t = pc.replace_substring_regex(arr, _CURRENCY_RE2, "")
    t = pc.replace_substring_regex(t, r"[\s\x{00a0}\x{202f}'%()]", "")
    trailing = pc.match_substring_regex(t, r"^[\d.,]+-$")
    t = pc.replace_substring_regex(t, r"^([\d.,]+)-$", r"\1")
    t = pc.replace_substring_regex(t, r"^\+", "")
    good = pc.match_substring_regex(t, r"^-?[\d.,]*\d[\d.,]*(?:[eE][-+]?\d+)?$")
    t = pc.if_else(good, t, pa.scalar(None, t.type))
    decimal = _decide_decimal(t, decimal_hint)
    if decimal == ",":
        t = pc.replace_substring(pc.replace_substring(t, ".", ""), ",", ".")
    else:
        t = pc.replace_substring(t, ",", "")
    # A number that still has two dots ("1.2.3") is not a number.
    t = pc.if_else(
        pc.match_substring_regex(t, r"^-?\d*\.?\d*(?:[eE][-+]?\d+)?$"), t, pa.scalar(None, t.type)
    )
    vals = pc.cast(t, pa.float64())
    neg = pc.or_kleene(pc.fill_null(neg_paren, False), pc.fill_null(trailing, False))
    vals = pc.if_else(neg, pc.negate(vals), vals)
    values = pd.Series(
        np.asarray(vals.to_numpy(zero_copy_only=False), dtype="float64"), index=idx, copy=False
    )
    if num is not None:
        values = values.fillna(num)
    values = values.where(~blank)
    ok = values.notna() & ~blank
    return NumberParse(values, ok, blank, decimal, currency, percent)


@dataclass
class DateParse:
    """A column parsed as dates: the values, which cells parsed, the format chosen."""

    values: pd.Series  # datetime64, NaT where blank or not a date
    ok: pd.Series
    blank: pd.Series
    format: str | None  # user-facing description, e.g. "dd.mm.yyyy" or "Excel date cells"
    order: str | None  # "DMY" / "MDY" / "YMD" when it mattered
    ambiguous: bool  # both day-first and month-first read every value

    @property
    def rate(self) -> float:
        """Share of non-blank cells that are dates (0..1)."""
        filled = int((~self.blank).sum())
        return float(self.ok.sum()) / filled if filled else 0.0


#: (strptime time part, user-facing name)
_TIME_PARTS = (
    ("", ""),
    (" %H:%M", " hh:mm"),
    (" %H:%M:%S", " hh:mm:ss"),
    (" %I:%M %p", " hh:mm am/pm"),
    (" %I:%M:%S %p", " hh:mm:ss am/pm"),
)
# (strptime pattern without time, order, user-facing name)
_DATE_PATTERNS: list[tuple[str, str, str]] = [
    ("%Y-%m-%d", "YMD", "yyyy-mm-dd"),
    ("%Y/%m/%d", "YMD", "yyyy/mm/dd"),
    ("%Y.%m.%d", "YMD", "yyyy.mm.dd"),
    ("%d.%m.%Y", "DMY", "dd.mm.yyyy"),
    ("%m.%d.%Y", "MDY", "mm.dd.yyyy"),
    ("%d/%m/%Y", "DMY", "dd/mm/yyyy"),
    ("%m/%d/%Y", "MDY", "mm/dd/yyyy"),
    ("%d-%m-%Y", "DMY", "dd-mm-yyyy"),
    ("%m-%d-%Y", "MDY", "mm-dd-yyyy"),
    ("%d.%m.%y", "DMY", "dd.mm.yy"),
    ("%d/%m/%y", "DMY", "dd/mm/yy"),
    ("%m/%d/%y", "MDY", "mm/dd/yy"),
    ("%d-%m-%y", "DMY", "dd-mm-yy"),
    ("%m-%d-%y", "MDY", "mm-dd-yy"),
    ("%d-%b-%Y", "DMY", "dd-Mon-yyyy"),
    ("%d-%b-%y", "DMY", "dd-Mon-yy"),  # Excel's d-mmm-yy, kept when a sheet is saved as CSV
    ("%d %b %y", "DMY", "dd Mon yy"),
    ("%d/%b/%Y", "DMY", "dd/Mon/yyyy"),
    ("%d-%B-%Y", "DMY", "dd-Month-yyyy"),
    ("%d %b %Y", "DMY", "dd Mon yyyy"),
    ("%d %B %Y", "DMY", "dd Month yyyy"),
    ("%b %d, %Y", "MDY", "Mon dd, yyyy"),
    ("%B %d, %Y", "MDY", "Month dd, yyyy"),
    ("%Y%m%d", "YMD", "yyyymmdd"),
]
# A zone after the time, also after fractions of a second ("...:28.123Z") or an am/pm marker
# (Clover writes "23-Aug-2026 09:34 PM EDT").
_TZ_TAIL = (
    r"(\d:\d\d(?::\d\d(?:\.\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?)\s*"
    r"(?:[+-]\d{2}:?\d{2}|Z|UTC|GMT[+-]?\d*|[A-Z]{3,5})$"
)
_EXCEL_1900 = pd.Timestamp("1899-12-30")
_EXCEL_1904 = pd.Timestamp("1904-01-01")


_CJK_DATE = r"^\s*(\d{4})\s*[.년年]\s*(\d{1,2})\s*[.월月]\s*(\d{1,2})\s*[.일日]?\s*$"


def parse_dates(
    series: pd.Series,
    order: str | None = None,
    prefer: str = "DMY",
    date1904: bool = False,
) -> DateParse:
    """Parse one column of dates with one format for the whole column.

    ``order`` forces DMY/MDY/YMD for ambiguous text; otherwise the reading under which every
    value is a valid date wins, and a tie (both readings valid) picks ``prefer`` and says so.
    """
    text = series.dtype.kind not in "biufcmM"
    arr = arrow_text(series) if text else None
    blank = (
        pd.Series(_np_bool(null_mask(arr)), index=series.index, copy=False)
        if text
        else series.isna()
    )
    idx = series.index
    nat = pd.Series(pd.NaT, index=idx, dtype="datetime64[us]")
    if series.dtype.kind == "M":
        vals = series.dt.tz_localize(None) if getattr(series.dt, "tz", None) else series
        # 9999-12-31 placeholders and 1899 zero dates are not sales (and overflow ns).
        v = vals.to_numpy()
        # Compared as datetime64 directly: the .dt.year accessor is slow on a million dates.
        inside = (v >= np.datetime64("1900-01-01")) & (v < np.datetime64("2101-01-01"))
        vals = vals.where(inside).astype("datetime64[us]")
        return DateParse(vals, vals.notna(), blank, "date cells", None, False)
    if series.dtype.kind in "iuf":
        v = series.astype("float64")
        filled = v.dropna()
        if len(filled) == 0:
            return DateParse(nat, pd.Series(False, index=idx), blank, None, None, False)
        if filled.between(19000101, 21001231).all() and (filled % 1 == 0).all():
            vals = pd.to_datetime(
                v.astype("Int64").astype("string"), format="%Y%m%d", errors="coerce"
            )
            return DateParse(vals, vals.notna(), blank, "yyyymmdd numbers", "YMD", False)
        if filled.between(1, 2958465).all():
            origin = _EXCEL_1904 if date1904 else _EXCEL_1900
            vals = origin + pd.to_timedelta(v.round(6), unit="D")
            ok = vals.notna() & v.between(20000, 80000)  # 1954..2119: plausible sales dates
            name = "Excel serial numbers (1904 system)" if date1904 else "Excel serial numbers"
            return DateParse(vals.where(ok), ok, blank, name, None, False)
        return DateParse(nat, pd.Series(False, index=idx), blank, None, None, False)

    if arr is None:  # True/False cells: read as text, like any other cells
        arr = arrow_text(series)
    arr = pc.if_else(null_mask(arr), pa.scalar(None, arr.type), arr)
    real = None
    if series.dtype == object:
        # Mixed cells (some real dates, some text) from a workbook.
        isdate = series.map(lambda x: hasattr(x, "year"))
        if isdate.any():
            real = pd.to_datetime(series.where(isdate), errors="coerce")
    filled = pc.drop_null(arr)
    if len(filled) == 0:
        if real is not None:
            return DateParse(real, real.notna(), blank, "date cells", None, False)
        return DateParse(nat, pd.Series(False, index=idx), blank, None, None, False)
    probe = pc.unique(filled.slice(0, 200000))
    repeats = 4 * len(probe) < min(len(filled), 200000)
    if len(probe) > 3000:
        probe = probe.take(np.linspace(0, len(probe) - 1, 3000).astype("int64"))
    if _count(pa.chunked_array([probe]), _TZ_TAIL) or _count(
        pa.chunked_array([probe]), r"\d:\d\d\.\d+$"
    ):
        arr = pc.replace_substring_regex(arr, _TZ_TAIL, r"\1")
        arr = pc.replace_substring_regex(arr, r"(\d:\d\d)\.\d+$", r"\1")
        probe = pc.replace_substring_regex(probe, _TZ_TAIL, r"\1")
        probe = pc.replace_substring_regex(probe, r"(\d:\d\d)\.\d+$", r"\1")
    if _count(pa.chunked_array([probe]), _CJK_DATE):
        # Korean "2024. 3. 5." / "2024년 3월 5일" and Chinese "2024年3月5日": year, month, day.
        arr = pc.replace_substring_regex(arr, _CJK_DATE, r"\1-\2-\3")
        probe = pc.replace_substring_regex(probe, _CJK_DATE, r"\1-\2-\3")
    if _count(pa.chunked_array([probe]), r"^\d{4}-\d\d-\d\dT"):
        arr = pc.replace_substring(arr, "T", " ")
        probe = pc.replace_substring(probe, "T", " ")
    # Try every format on a few values first, then only the promising ones on the probe.
    # Every format has a numeric day or year, so texts without a digit skip the lot.
    small = probe.slice(0, 40)
    first: list[tuple[float, str, str, str]] = []
    digits = pc.any(pc.match_substring_regex(small, r"\d")).as_py()
    for base, ordr, name in _DATE_PATTERNS if digits else []:
        for tpart, tname in _TIME_PARTS:
            fmt = base + tpart
            got = _strptime(small, fmt)
            rate = (len(got) - got.null_count) / len(small)
            if rate > 0:
                first.append((rate, fmt, ordr, name + tname))
    top_small = max((sc[0] for sc in first), default=0.0)
    n_probe = len(probe)
    scores: list[tuple[float, str, str, str]] = []
    for rate0, fmt, ordr, name in first:
        if rate0 < 0.5 * top_small:
            continue
        got = _strptime(probe, fmt)
        rate = (len(got) - got.null_count) / n_probe
        if rate > 0:
            scores.append((rate, fmt, ordr, name + ""))
    if not scores:
        return DateParse(
            nat if real is None else real,
            pd.Series(False, index=idx) if real is None else real.notna(),
            blank,
            "date cells" if real is not None else None,
            None,
            False,
        )
    best = max(sc[0] for sc in scores)
    top = [sc for sc in scores if sc[0] >= best - 1e-9]
    orders = {sc[2] for sc in top}
    ambiguous = {"DMY", "MDY"} <= orders
    chosen = None
    if order:
        chosen = next((sc for sc in top if sc[2] == order), None)
        if chosen is None:
            # The user's order reads fewer values; still honour it if it reads most of them.
            cand = [sc for sc in scores if sc[2] == order and sc[0] >= 0.5]
            chosen = max(cand) if cand else None
    if chosen is None:
        chosen = next((sc for sc in top if sc[2] == prefer), top[0]) if ambiguous else top[0]
    _, fmt, ordr, name = chosen
    if repeats:
        # Few distinct texts (a date column repeats each day many times): parse each once.
        uniq = pc.unique(arr)
        got = _strptime(uniq, fmt).take(pc.index_in(arr, value_set=uniq))
    else:
        got = _strptime(arr, fmt)
    vals = pd.Series(got.to_pandas().array, index=idx).astype("datetime64[us]")
    if ordr == "YMD" and fmt != "%Y%m%d":
        # ISO dates can't be misread, so a column mixing "2025-12-31 14:30" and
        # "2025-12-31 14:30:05" is still one format; pick up the other precisions.
        missed = vals.isna() & ~blank
        if missed.any():
            texts = pd.Series(pa.chunked_array(arr).to_pandas().array, index=idx)[missed]
            vals = vals.fillna(
                pd.to_datetime(texts, format="ISO8601", errors="coerce").astype("datetime64[us]")
            )
    if real is not None:
        vals = vals.fillna(real)
    ok = vals.notna()
    return DateParse(vals, ok, blank, name, ordr, ambiguous and not order)


def _strptime(arr, fmt: str):
    """Arrow's strptime (C++, vectorised) with dates outside 1900-2100 treated as invalid."""
    got = pc.strptime(arr, format=fmt, unit="s", error_is_null=True)
    if got.null_count == len(got):
        return got  # nothing read: most formats on most columns
    year = pc.year(got)
    got = pc.if_else(
        pc.and_(pc.greater_equal(year, 1900), pc.less_equal(year, 2100)),
        got,
        pa.scalar(None, got.type),
    )
    # Arrow rolls impossible days over ("2024-02-30" -> 1 March). Rolled-over results land on
    # days 1-3, so only those few are checked again with pandas' strict parser.
    suspect = np.flatnonzero(_np_bool(pc.less_equal(pc.day(got), 3)))
    if len(suspect):
        texts = pa.chunked_array(arr).take(pa.array(suspect)).to_pandas()
        strict = pd.to_datetime(texts, format=fmt, errors="coerce")
        bad = suspect[strict.isna().to_numpy()]
        if len(bad):
            mask = np.zeros(len(got), dtype=bool)
            mask[bad] = True
            got = pc.if_else(pa.array(mask), pa.scalar(None, got.type), got)
    return got
