"""File -> raw tables: safety checks, sheets, encodings, delimiters. Nothing is ever written.

Workbooks (.xlsx .xlsm .xls .ods) are read with fastexcel: it parses in Rust and releases the
interpreter lock, so the window stays responsive (python-calamine holds the lock for seconds,
pandas+openpyxl is ~15x slower; benchmarks/bench_readers.py measures all three). Text files are
decoded once, sniffed on their first lines, and parsed by pandas' C reader as strings; the
per-column number and date decisions happen later in values.py.
"""

from __future__ import annotations

import codecs
import csv
import io
import logging
import os
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

from desktopseg.core.errors import UserError
from desktopseg.core.i18n import _
from desktopseg.core.importer.header import detect_header, header_names
from desktopseg.core.progress import Task

# fastexcel logs "Could not determine dtype ..., falling back to string" for every text column
# of a sheet; that is exactly what we want for mixed columns, not something to show the user.
logging.getLogger("fastexcel.types.dtype").setLevel(logging.ERROR)

WORKBOOK_EXT = {".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"}
TEXT_EXT = {".csv", ".tsv", ".txt", ".tab", ".dat", ".prn"}
HEAD_ROWS = 60  # rows looked at to find the header (a bounded head, never the whole file)
#: An archive that claims to unpack to more than this is not a sales export.
ABSURD_UNPACKED = 16 * 1024**3
#: A member that unpacks to more than this many times its packed size is a zip bomb
#: (real sheets compress ~10-20x; a 1M-row POS sheet measured 9x).
BOMB_RATIO = 100
#: Bytes of memory the reader needs per cell of the sheet's used range (calamine's cell).
BYTES_PER_CELL = 32
MAX_COLUMNS = 1000  # a sales export has a few dozen columns


@dataclass
class RawTable:
    """One table as read: data rows under the header, columns named, values untyped or typed."""

    frame: pd.DataFrame
    header_row: int  # 1-based row of the (last) header line in the sheet/file
    first_data_row: int  # 1-based row number of frame row 0
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    decimal_hint: str | None = None
    date1904: bool = False
    title_rows: int = 0  # non-blank rows above the header (report titles)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (severity, message)


def _available_memory() -> int:
    try:
        import psutil

        return int(psutil.virtual_memory().available)
    except Exception:  # noqa: BLE001 - psutil missing or unsupported platform: assume plenty
        try:
            return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        except (ValueError, OSError, AttributeError):
            return 8 * 1024**3


def _too_large(path: Path, need: int) -> UserError:
    return UserError(
        _(
            "This file is too large to open on this computer: it needs about {need:.1f} GB of "
            "memory and {free:.1f} GB is free."
        ).format(need=need / 1024**3, free=_available_memory() / 1024**3),
        hint=_(
            "Export a shorter period (for example one year at a time) or close other "
            "programs and try again."
        ),
        file=path,
    )


def sniff_kind(path: Path) -> str:
    """Check the file is safe to read and say what it is: 'zip', 'ole', 'ods' or 'text'."""
    if not path.exists():
        raise UserError(
            _("The file can't be found."),
            hint=_("Check that it hasn't been moved, renamed or deleted."),
            file=path,
        )
    if path.is_dir():
        raise UserError(
            _("This is a folder, not a file."),
            hint=_("Choose the exported spreadsheet inside it."),
            file=path,
        )
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(8192)
    except PermissionError:
        raise UserError(
            _("The file can't be opened: permission denied."),
            hint=_(
                "Close it in other programs, or copy it somewhere you can read it, and try again."
            ),
            file=path,
        ) from None
    except OSError as exc:
        raise UserError(
            _("The file can't be read ({err}).").format(err=exc.strerror or exc),
            hint=_("Copy it to your computer and try again."),
            file=path,
        ) from None
    if size == 0 or not head.strip(b"\x00\r\n\t \xef\xbb\xbf\xff\xfe"):
        raise UserError(
            _("The file is empty."),
            hint=_("Export the data again from your sales program."),
            file=path,
        )
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _check_zip(path)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return _check_ole(path, size)
    for magic, what in (
        (b"%PDF", "a PDF document"),
        (b"\x89PNG", "a PNG picture"),
        (b"\xff\xd8\xff", "a JPEG picture"),
        (b"GIF8", "a GIF picture"),
        (b"Rar!", "a RAR archive"),
        (b"7z\xbc\xaf", "a 7-Zip archive"),
        (b"\x1f\x8b", "a gzip archive"),
        (b"{\\rtf", "a Word (RTF) document"),
        (b"SQLite format 3", "a database file"),
    ):
        if head.startswith(magic):
            raise UserError(
                _("This file is not a spreadsheet: it is {what}.").format(what=what),
                hint=_(
                    "Export your sales as Excel (.xlsx) or CSV from your sales program and "
                    "open that file."
                ),
                file=path,
            )
    low = head[:2048].lstrip(b"\xef\xbb\xbf \r\n\t").lower()
    if low.startswith((b"<!doctype html", b"<html", b"<table")):
        raise UserError(
            _("This file is a web page saved with a spreadsheet name, not a real spreadsheet."),
            hint=_(
                "Open it in Excel or LibreOffice and save it as .xlsx or .csv, then open that file."
            ),
            file=path,
        )
    utf16 = head.startswith((b"\xff\xfe", b"\xfe\xff")) or head[1:200:2].count(0) > 60
    if b"\x00" in head and not utf16 and not _few_nuls(head):
        raise UserError(
            _("This file is not a spreadsheet or text export (it holds binary data)."),
            hint=_("Export your sales as Excel (.xlsx) or CSV and open that file."),
            file=path,
        )
    # Text held in memory as strings costs several times the file's size.
    if size * 6 > _available_memory():
        raise _too_large(path, size * 6)
    return "text"


def _few_nuls(head: bytes) -> bool:
    """Return True for text with a few NUL bytes in fields (a till's glitch), not binary data."""
    control = sum(head.count(bytes([b])) for b in (*range(1, 9), *range(14, 32)))
    return head.count(b"\x00") <= max(8, len(head) // 200) and control == 0


def _check_zip(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
            total = sum(i.file_size for i in infos)
            for i in infos:
                if (
                    i.compress_type != zipfile.ZIP_STORED
                    and i.compress_size > i.file_size * 1.02 + 4096
                ):
                    # Deflate never grows data this much: the directory lies about the size,
                    # which is how zip bombs slip past size checks.
                    raise UserError(
                        _(
                            "The file is damaged: its archive says one part is {small} bytes "
                            "but it holds far more."
                        ).format(small=i.file_size),
                        hint=_("Download or export it again, then open the new copy."),
                        file=path,
                    )
                if i.file_size > 50 * 1024**2 and i.file_size > BOMB_RATIO * max(
                    i.compress_size, 1
                ):
                    raise UserError(
                        _(
                            "The file unpacks to an absurd size ({size:.0f} GB from {packed:.1f} "
                            "MB); it is damaged or not a real export."
                        ).format(size=i.file_size / 1024**3, packed=path.stat().st_size / 1024**2),
                        hint=_("Export the data again from your sales program."),
                        file=path,
                    )
            is_ods = "mimetype" in names and zf.read("mimetype")[:64].startswith(
                b"application/vnd.oasis.opendocument.spreadsheet"
            )
            if "EncryptedPackage" in names:
                raise _password(path)
    except zipfile.BadZipFile:
        raise UserError(
            _(
                "The file is damaged: it looks like a workbook but its archive can't "
                "be opened (it may be cut short)."
            ),
            hint=_("Download or export it again, then open the new copy."),
            file=path,
        ) from None
    except (OSError, EOFError, KeyError, zipfile.LargeZipFile) as exc:
        raise UserError(
            _("The file is damaged and can't be opened ({err}).").format(err=exc),
            hint=_("Download or export it again, then open the new copy."),
            file=path,
        ) from None
    if total > ABSURD_UNPACKED:
        raise UserError(
            _(
                "The file unpacks to an absurd size ({size:.0f} GB); it is damaged or not a real "
                "export."
            ).format(size=total / 1024**3),
            hint=_("Export a shorter period from your sales program."),
            file=path,
        )
    if not is_ods and "[Content_Types].xml" not in names:
        raise UserError(
            _("This file is a zip archive, not a spreadsheet."),
            hint=_("Unpack it and open the spreadsheet inside."),
            file=path,
        )
    # The parsed cells take roughly as much memory as the unpacked XML.
    if total > _available_memory():
        raise _too_large(path, total)
    return "ods" if is_ods else "zip"


def _password(path: Path) -> UserError:
    return UserError(
        _("The workbook is protected with a password, so it can't be read."),
        hint=_(
            "Open it in Excel, remove the password (File > Info > Protect "
            "Workbook), save a copy and open that copy."
        ),
        file=path,
    )


def _check_ole(path: Path, size: int) -> str:
    # Encrypted .xlsx files are OLE containers holding an "EncryptedPackage" stream; the stream
    # name sits in the directory sectors, which small files keep near the start or the end.
    marker = "EncryptedPackage".encode("utf-16-le")
    with open(path, "rb") as fh:
        data = fh.read(min(size, 4 * 1024**2))
        if marker in data:
            raise _password(path)
        if size > len(data):
            fh.seek(max(size - 4 * 1024**2, 0))
            if marker in fh.read():
                raise _password(path)
    if size * 8 > _available_memory():
        raise _too_large(path, size * 8)
    return "ole"


# ------------------------------------------------------------------------------------------
# Workbooks
# ------------------------------------------------------------------------------------------


def _fastexcel_error(path: Path, exc: Exception, sheet: str | None = None) -> UserError:
    text = str(exc)
    low = text.lower()
    if "password" in low or "encrypt" in low or "protected" in low:
        return _password(path)
    return UserError(
        _(
            "The workbook can't be read: it is damaged or not in a format this program knows "
            "({err})."
        ).format(err=text.splitlines()[0][:160] if text else type(exc).__name__),
        hint=_("Open it in Excel or LibreOffice, save it as .xlsx and open that copy."),
        file=path,
        sheet=sheet,
    )


def _check_legacy_xls(path: Path) -> None:
    """Refuse a damaged .xls before the Rust reader sees it.

    A cell record beyond the format's 65,536 rows or 256 columns makes calamine allocate
    ~128 GB and abort the whole process, which no exception handler can catch. xlrd (pure
    Python, strict about the BIFF records) parses the file first; .xls files are at most
    65,536 rows, so this costs seconds at worst.
    """
    import xlrd

    try:
        book = xlrd.open_workbook(str(path), on_demand=True)
        try:
            for index in range(book.nsheets):
                book.sheet_by_index(index)
                book.unload_sheet(index)
        finally:
            book.release_resources()
    except xlrd.biffh.XLRDError as exc:
        if "encrypt" in str(exc).lower() or "password" in str(exc).lower():
            return  # the fastexcel path words the password message
        raise _damaged_xls(path, exc) from None
    except Exception as exc:  # noqa: BLE001 - xlrd asserts on records outside the format
        raise _damaged_xls(path, exc) from None


def _damaged_xls(path: Path, exc: Exception) -> UserError:
    return UserError(
        _("The old-style Excel file (.xls) is damaged and can't be read safely "
          "({err})."
          ).format(err=(str(exc).splitlines() or [type(exc).__name__])[0][:120] or "bad record"),
        hint=_("Open it in Excel or LibreOffice, save it as .xlsx and open that copy."),
        file=path,
    )


class Workbook:
    """An open workbook: sheet names and visibility, and sheets read on demand."""

    def __init__(self, path: Path, kind: str) -> None:
        import fastexcel

        self.path = path
        self.kind = kind
        if path.suffix.lower() == ".xls":
            _check_legacy_xls(path)
        try:
            self._reader = fastexcel.read_excel(str(path))
            self.sheet_names: list[str] = list(self._reader.sheet_names)
        except Exception as exc:  # noqa: BLE001 - fastexcel raises its own error classes
            raise _fastexcel_error(path, exc) from None
        self.date1904 = self._read_date1904() if kind == "zip" else False

    def _read_date1904(self) -> bool:
        """Whether the workbook counts dates from 1904 (old Mac Excel); parsed with limits."""
        from defusedxml import ElementTree

        try:
            with zipfile.ZipFile(self.path) as zf:
                info = zf.getinfo("xl/workbook.xml")
                if info.file_size > 16 * 1024**2:
                    return False
                root = ElementTree.fromstring(zf.read(info))
        except Exception:  # noqa: BLE001 - a missing or odd workbook.xml: the 1900 default
            return False
        for el in root.iter():
            if el.tag.endswith("workbookPr"):
                return str(el.get("date1904", "")).lower() in ("1", "true")
        return False

    def _sheet_paths(self) -> dict[str, str]:
        """Map sheet names to their XML part inside the .xlsx (parsed with limits)."""
        from defusedxml import ElementTree

        try:
            with zipfile.ZipFile(self.path) as zf:
                wb = ElementTree.fromstring(zf.read("xl/workbook.xml"))
                rels = ElementTree.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
        except Exception:  # noqa: BLE001 - unusual layout: rows are counted from 1
            return {}
        targets = {r.get("Id"): r.get("Target", "") for r in rels}
        out = {}
        for el in wb.iter():
            if el.tag.endswith("}sheet"):
                rid = next((v for k, v in el.attrib.items() if k.endswith("}id")), None)
                target = targets.get(rid, "").lstrip("/")
                out[el.get("name")] = target if target.startswith("xl/") else "xl/" + target
        return out

    def first_row(self, sheet: str) -> int:
        """Return the 1-based sheet row of the first cell with a value (calamine starts there).

        Only the start of the sheet's XML is unpacked, so this is cheap on big files.
        """
        if self.kind != "zip":
            return 1
        part = self._sheet_paths().get(sheet)
        if not part:
            return 1
        try:
            with zipfile.ZipFile(self.path) as zf, zf.open(part) as fh:
                head = fh.read(256 * 1024).decode("utf-8", errors="replace")
        except (KeyError, OSError, zipfile.BadZipFile):
            return 1
        for m in re.finditer(r'<c r="[A-Z]+(\d+)"[^>]*?(/>|>(.*?)</c>)', head, re.S):
            if m.group(2) != "/>" and re.search(r"<(?:\w+:)?(?:v|t|is)[ >]", m.group(3) or ""):
                return int(m.group(1))
        return 1

    def check_size(self, sheet: str) -> None:
        """Refuse a sheet whose used range would not fit in memory (a stray far cell).

        The reader allocates rows x columns of the used range. The <dimension> at the start of
        the sheet's XML gives it cheaply; when that claims an absurd range, the sheet is
        scanned (streamed, bounded by the archive checks) for its real last cell, because
        dimensions sometimes lie.
        """
        if self.kind != "zip":
            return
        part = self._sheet_paths().get(sheet)
        if not part:
            return
        try:
            with zipfile.ZipFile(self.path) as zf, zf.open(part) as fh:
                head = fh.read(64 * 1024)
                m = re.search(rb'<(?:\w+:)?dimension ref="[A-Z]*\d*:?([A-Z]+)(\d+)"', head)
                if not m or not self._absurd(_col_number(m.group(1)), int(m.group(2))):
                    return
                rows, cols, tail = 0, 0, b""
                chunk = head
                while chunk:
                    text = tail + chunk
                    for r in re.findall(rb'<(?:\w+:)?row r="(\d+)"', text):
                        rows = max(rows, int(r))
                    for c in set(re.findall(rb'<(?:\w+:)?c r="([A-Z]+)\d', text)):
                        cols = max(cols, _col_number(c))
                    tail = text[-64:]
                    chunk = fh.read(4 * 1024**2)
        except (KeyError, OSError, zipfile.BadZipFile, EOFError, zlib.error):
            return  # the reader itself will say the file is damaged
        if self._absurd(cols, rows):
            raise UserError(
                _(
                    "The sheet reaches cell {cell}, so it would need about {gb:.0f} GB of "
                    "memory to read."
                ).format(
                    cell=_col_letters(cols) + str(rows), gb=rows * cols * BYTES_PER_CELL / 1024**3
                ),
                hint=_(
                    "Delete the stray cells far below or to the right of your data (Ctrl+End "
                    "in Excel shows the last cell), save, and open it again."
                ),
                file=self.path,
                sheet=sheet,
            )

    @staticmethod
    def _absurd(cols: int, rows: int) -> bool:
        return cols * rows * BYTES_PER_CELL > _available_memory() // 2

    def _load(
        self,
        sheet: str,
        header_row: int,
        max_rows: int | None,
        string_columns: list[int] | None = None,
    ):
        kw = {"header_row": header_row, "n_rows": max_rows}
        # Arrow's allocator keeps the pages freed by earlier work (an earlier file, the first
        # reading of this one) for its own reuse, but the reader allocates elsewhere: hand them
        # back first. Opening a second 1M-line workbook peaked ~200 MB lower with this.
        pa.default_memory_pool().release_unused()
        if string_columns:
            kw["dtypes"] = {i: "string" for i in string_columns}
        try:
            ws = self._reader.load_sheet(sheet, **kw)
            batch, errors = ws.to_arrow_with_errors()
        except Exception as exc:  # noqa: BLE001 - fastexcel raises its own error classes
            if "could not determine dtype" not in str(exc) or kw.get("dtypes") == "string":
                raise _fastexcel_error(self.path, exc, sheet) from None
            # Excel error cells (#NAME?, #REF!) stop type guessing: read every column as
            # text; values.py then reads numbers and dates per column and the error cells
            # count as unreadable.
            kw["dtypes"] = "string"
            try:
                ws = self._reader.load_sheet(sheet, **kw)
                batch, errors = ws.to_arrow_with_errors()
            except Exception as exc2:  # noqa: BLE001
                raise _fastexcel_error(self.path, exc2, sheet) from None
        bad = sorted({e.position[1] for e in errors.errors}) if errors is not None else []
        return batch, bad

    def _hidden_sheets(self) -> set[str]:
        """Names of hidden sheets, from workbook.xml (parsed with limits; no sheet is loaded)."""
        from defusedxml import ElementTree

        if not hasattr(self, "_hidden"):
            self._hidden: set[str] = set()
            try:
                with zipfile.ZipFile(self.path) as zf:
                    info = zf.getinfo("xl/workbook.xml")
                    if info.file_size <= 16 * 1024**2:
                        root = ElementTree.fromstring(zf.read(info))
                        self._hidden = {
                            el.get("name", "")
                            for el in root.iter()
                            if el.tag.endswith("}sheet")
                            and el.get("state") in ("hidden", "veryHidden")
                        }
            except Exception:  # noqa: BLE001 - not an .xlsx layout (.ods): none known hidden
                pass
        return self._hidden

    def is_hidden(self, sheet: str) -> bool:
        """Return True for a sheet the workbook hides (scratch or lookup sheets)."""
        if self.kind == "zip":
            return sheet in self._hidden_sheets()
        try:
            ws = self._reader.load_sheet(sheet, n_rows=0)
        except Exception:  # noqa: BLE001 - an unreadable sheet is judged when read
            return False
        return str(getattr(ws, "visible", "visible")).lower() != "visible"

    def read(self, sheet: str, max_rows: int | None, task: Task) -> RawTable:
        """Read one sheet: find its header, then read every row once with typed columns."""
        self.check_size(sheet)
        task.report(0.05)
        batch, bad = self._load(sheet, 0, max_rows)
        if bad:
            # Cells that don't fit the type guessed from the first rows ("n/a" under dates,
            # "$1,149.00" under numbers) would be lost: read those columns as text instead.
            batch = None  # free the first reading before the second: each is a sheet's worth
            batch, _bad = self._load(sheet, 0, max_rows, bad)
        task.report(0.6)
        frame = batch.to_pandas()
        del batch
        named = np.array([not str(c).startswith("__UNNAMED__") for c in frame.columns])
        used = int((named | frame.notna().any().to_numpy()).sum()) if len(named) else 0
        if used > MAX_COLUMNS:
            # Checked before the header search, which looks at every cell of the first rows.
            raise UserError(
                _("The table has {n} columns; a sales export has a few dozen.").format(n=used),
                hint=_("Check that this is the right sheet, or delete the extra columns and save."),
                file=self.path,
                sheet=sheet,
            )
        first = [None if str(c).startswith("__UNNAMED__") else c for c in frame.columns]
        if frame.shape[1] == 0 or (frame.shape[0] == 0 and all(c is None for c in first)):
            raise UserError(
                _("The sheet is empty."),
                hint=_("Choose the sheet that holds your sales, or export again."),
                file=self.path,
                sheet=sheet,
            )
        grid = [first] + frame.head(HEAD_ROWS).astype(object).where(
            frame.head(HEAD_ROWS).notna(), None
        ).values.tolist()
        start, n = detect_header(grid)
        title_rows = sum(1 for row in grid[:start] if any(_filled(v) for v in row))
        names = header_names(grid[start : start + n])
        if start == 0 and n == 1:
            frame.columns = names
        else:
            last = start + n - 1
            # The header is further down: read again from there so every column gets its
            # own type (title rows above it made everything text). Report-style sheets with
            # title rows are small; plain exports (header on row 1) are read only once.
            frame = None  # free the first reading before the second
            batch, bad = self._load(sheet, last, max_rows)
            if bad:
                batch = None
                batch, _bad = self._load(sheet, last, max_rows, bad)
            frame = batch.to_pandas()
            del batch
            frame.columns = names[: frame.shape[1]] + [
                f"Column {i + 1}" for i in range(len(names), frame.shape[1])
            ]
        task.report(0.9)
        # 1-based sheet row of the (last) header line: fastexcel counts from the first
        # row that holds a value, Excel from row 1.
        header_row = start + n + self.first_row(sheet) - 1
        return RawTable(
            frame,
            header_row,
            header_row + 1,
            sheet=sheet,
            date1904=self.date1904,
            title_rows=title_rows,
        )


def _col_number(letters: bytes | str) -> int:
    n = 0
    for ch in letters.decode() if isinstance(letters, bytes) else letters:
        n = n * 26 + ord(ch) - 64
    return n


def _col_letters(n: int) -> str:
    out = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def _filled(v) -> bool:
    return v is not None and not (isinstance(v, float) and v != v) and str(v).strip() != ""


# ------------------------------------------------------------------------------------------
# Text files
# ------------------------------------------------------------------------------------------


def detect_encoding(raw: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16, else what charset-normalizer finds (cp1252...)."""
    if raw.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if raw[1:400:2].count(0) > len(raw[1:400:2]) * 0.6:
        return "utf-16-le"
    if raw[0:400:2].count(0) > len(raw[0:400:2]) * 0.6:
        return "utf-16-be"
    cut = raw.rfind(b"\n")
    probe = raw[: cut + 1] if cut > 0 else raw
    try:
        probe.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    # A handful of accented letters or a euro sign is too little for a statistical guess
    # (three "0,01 €" lines score as cp437); such a short tail of non-ASCII bytes in a
    # Windows export is cp1252 whenever it decodes as such.
    if sum(b > 0x7F for b in probe[:65536]) <= 32:
        try:
            probe.decode("cp1252")
            return "cp1252"
        except UnicodeDecodeError:
            pass
    best = from_bytes(probe).best()
    enc = best.encoding if best is not None else "cp1252"
    # Single-byte guesses between the Latin code pages are often wrong on short samples
    # (German text scores as cp1250); Windows exports in Western Europe and the Americas are
    # cp1252, so prefer it whenever it decodes the sample to ordinary letters.
    if enc in (
        "latin_1",
        "iso8859_1",
        "ascii",
        "cp1250",
        "iso8859_2",
        "iso8859_15",
        "cp1257",
        "iso8859_9",
        "cp1254",
        "mac_roman",
    ):
        try:
            probe.decode("cp1252")
            return "cp1252"
        except UnicodeDecodeError:
            return enc
    return enc


_DELIMS = [",", ";", "\t", "|"]
WHITESPACE = r"\s+"  # delimiter of text parted by runs of spaces


def sniff_delimiter(lines: list[str]) -> str | None:
    """Return the delimiter giving most lines the same (>1) field count; None: aligned."""
    best, best_score = None, 0.0
    sample = [ln for ln in lines if ln.strip()][:50]
    if not sample:
        return ","
    for d in _DELIMS:
        counts = [len(r) for r in csv.reader(sample, delimiter=d)]
        if not counts:
            continue
        top = max(counts)
        if top < 2:
            continue
        common = max(set(counts), key=counts.count)
        share = counts.count(common) / len(counts)
        score = share * min(common, 50) if common > 1 else 0
        if score > best_score:
            best, best_score = d, score
    if best is None or best_score < 1.0:
        aligned = [ln for ln in sample if re.search(r"\S {2,}\S", ln)]
        if len(aligned) >= max(2, len(sample) // 2):
            return None
        if best is None:
            # Values parted by single spaces ("1 19970101 1 11.77"), same count on every line.
            counts = {len(ln.split()) for ln in sample}
            if len(counts) == 1 and counts.pop() > 1:
                return WHITESPACE
    return best or ","


def read_text(path: Path, max_rows: int | None, task: Task) -> RawTable:
    """Read a CSV/TSV/TXT export: encoding, delimiter and header found on the first lines."""
    with open(path, "rb") as fh:
        raw = fh.read(256 * 1024)
    src: Path | bytes = path
    nuls = 0
    if b"\x00" in raw and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        data = path.read_bytes()
        if _few_nuls(data[: 256 * 1024]):
            nuls = data.count(b"\x00")
            src = data.replace(b"\x00", b"")  # NUL bytes inside fields: dropped, counted
            raw = src[: 256 * 1024]
    encoding = detect_encoding(raw)
    text = raw.decode(encoding, errors="replace")
    lines = text.splitlines()[: HEAD_ROWS + 1]
    if len(raw) == 256 * 1024 and len(lines) > 1:
        lines = lines[:-1]  # the last line of the probe may be cut
    delimiter = sniff_delimiter(lines)
    if delimiter is None:
        grid = [re.split(r"\s{2,}", ln.strip()) if ln.strip() else [] for ln in lines]
    elif delimiter == WHITESPACE:
        grid = [ln.split() for ln in lines]
    else:
        grid = list(csv.reader(lines, delimiter=delimiter))
    grid = [[c if c.strip() else None for c in row] for row in grid]
    start, n = detect_header(grid)
    names = header_names(grid[start : start + n])
    task.report(0.1)
    skip = start + n
    try:
        if delimiter is None:
            frame = pd.read_fwf(
                _source(src),
                encoding=encoding,
                skiprows=skip,
                header=None,
                dtype=str,
                nrows=max_rows,
                infer_nrows=200,
                skip_blank_lines=False,
                keep_default_na=False,
            )
        elif delimiter == WHITESPACE:
            frame = pd.read_csv(_source(src), encoding=encoding, sep=WHITESPACE, skiprows=skip,
                                header=None, dtype=str, nrows=max_rows, keep_default_na=False)
        else:
            frame = _read_csv(src, encoding, delimiter, skip, len(names), max_rows)
    except UnicodeDecodeError:
        # The start of the file decoded, a later part didn't: a mixed-encoding file.
        frame = _read_csv(
            src,
            "cp1252" if encoding.startswith("utf-8") else "latin-1",
            delimiter or r"\s{2,}",
            skip,
            len(names),
            max_rows,
        )
        encoding = "mixed (read as cp1252)"
    except pd.errors.EmptyDataError:
        frame = pd.DataFrame(columns=range(len(names)))
    except (pd.errors.ParserError, ValueError) as exc:
        raise UserError(
            _("The text file can't be split into columns ({err}).").format(
                err=str(exc).splitlines()[0][:160]
            ),
            hint=_(
                "Export it again as CSV, or open it in a spreadsheet program and save it as .xlsx."
            ),
            file=path,
        ) from None
    task.report(0.8)
    width = frame.shape[1]
    if delimiter is None and len(names) != width:
        # Aligned columns whose header is not aligned with its values ("customer_id  date
        # number_of_cds  dollar_value" over "00001 19970101  1   11.77"): split by two or more
        # spaces the header has fewer names than the values have columns, and the names would
        # sit over the wrong values. Words parted by any spaces, one per column, fit instead.
        words = [ln.split() for ln in lines[start : start + n]]
        if words and all(len(w) == width for w in words):
            names = header_names(words)
    cols = names[:width] + [f"Column {i + 1}" for i in range(len(names), width)]
    frame.columns = cols
    frame = frame.astype("string")
    decimal_hint = "," if delimiter == ";" else None
    problems = []
    if nuls:
        problems.append(
            ("info", _("{n} NUL characters inside fields were dropped.").format(n=nuls))
        )
    return RawTable(
        frame,
        start + n,
        start + n + 1,
        encoding=encoding,
        delimiter=delimiter or "aligned columns",
        decimal_hint=decimal_hint,
        title_rows=sum(1 for r in grid[:start] if any(r)),
        problems=problems,
    )


def _without_stray_carriage_returns(path: Path, encoding: str, sep: str) -> Path | bytes:
    """Return the bytes with in-line CRs made spaces, when there are any; else the path.

    Both CSV readers take a lone CR for a line break, so a note typed with a stray CR splits
    its row and the sale is lost. A lone CR that ends a row with all its fields (an old Mac
    line ending, mixed with LF) stays a line break; one that cuts a row short becomes a space.
    The user's file is only read, never changed.
    """
    if encoding.startswith("utf-16") or len(sep) != 1:
        return path
    data = path.read_bytes()
    if b"\r" not in data or data.count(b"\r") == data.count(b"\r\n"):
        return path
    lone = [m.start() for m in re.finditer(rb"\r(?!\n)", data[: 64 * 1024**2])]
    if len(lone) > 10_000:
        return path  # a file whose lines end in CR: the readers handle that
    delim = sep.encode("ascii", "replace")
    first_break = re.search(rb"\r\n|\n|\r", data)
    fields = data[: first_break.start() if first_break else len(data)].count(delim)
    cut = bytearray(data)
    changed = False
    for i in lone:
        start = max(data.rfind(b"\n", 0, i), data.rfind(b"\r", 0, i)) + 1
        if data[start:i].count(delim) < fields:
            cut[i : i + 1] = b" "
            changed = True
    return bytes(cut) if changed else path


def _source(src: Path | bytes):
    return io.BytesIO(src) if isinstance(src, bytes) else src


def _read_csv(
    path: Path | bytes, encoding: str, sep: str, skip: int, width: int, max_rows: int | None
) -> pd.DataFrame:
    if isinstance(path, Path):
        path = _without_stray_carriage_returns(path, encoding, sep)
    if max_rows is None and len(sep) == 1:
        fast = _read_csv_arrow(path, encoding, sep, skip, width)
        if fast is not None:
            return fast
    return _read_csv_pandas(path, encoding, sep, skip, width, max_rows)


def _read_csv_arrow(
    path: Path | bytes, encoding: str, sep: str, skip: int, width: int
) -> pd.DataFrame | None:
    """Pyarrow's multi-threaded CSV reader (all text); None when the file needs pandas' care."""
    from pyarrow import csv as pacsv

    bad = []

    def invalid(row) -> str:
        bad.append(row)
        return "skip"

    names = [str(i) for i in range(width)]
    try:
        table = pacsv.read_csv(
            _source(path),
            read_options=pacsv.ReadOptions(
                skip_rows=skip,
                column_names=names,
                encoding=encoding.replace("-sig", "") if encoding != "utf-8-sig" else "utf8",
                block_size=8 * 1024**2,
            ),
            # newlines_in_values: a lone CR inside a quoted field (Mac-typed notes) otherwise
            # splits the row and its sale is lost; it costs ~0.1 s on a million lines.
            parse_options=pacsv.ParseOptions(
                delimiter=sep,
                ignore_empty_lines=False,
                invalid_row_handler=invalid,
                newlines_in_values=True,
            ),
            convert_options=pacsv.ConvertOptions(
                column_types={n: pa.string() for n in names},
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, UnicodeDecodeError, LookupError):
        return None
    if bad:
        return None  # short or long lines (footers, group rows): pandas keeps them
    # One piece per column (the reader makes one per 8 MB block): picking rows out of a
    # chunked column joins all its pieces again on every pick.
    frame = table.combine_chunks().to_pandas(types_mapper={pa.string(): pd.StringDtype()}.get)
    frame.columns = range(width)
    return frame


def _read_csv_pandas(
    path: Path | bytes, encoding: str, sep: str, skip: int, width: int, max_rows: int | None
) -> pd.DataFrame:
    kw = dict(
        sep=sep,
        encoding=encoding,
        skiprows=skip,
        header=None,
        dtype=str,
        keep_default_na=False,
        na_filter=False,
        skip_blank_lines=False,
        nrows=max_rows,
        encoding_errors="strict",
    )
    try:
        return pd.read_csv(_source(path), engine="c", names=list(range(width)), **kw)
    except pd.errors.ParserError:
        # A line with more fields than the header (a footer or a stray comma): read with the
        # python engine and keep the first fields of such lines.
        return pd.read_csv(
            _source(path),
            engine="python",
            names=list(range(width)),
            on_bad_lines=lambda fields: fields[:width],
            **kw,
        )
