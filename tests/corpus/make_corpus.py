"""Write the corpus of malformed and hostile inputs the importer must survive (issue 7).

Run ``python tests/corpus/make_corpus.py OUTDIR`` to write every file into OUTDIR, or call
:func:`build` from a test. Output is deterministic (seeded; fixed zip timestamps), so a failure
found once can be reproduced byte for byte. Nothing here needs a dependency beyond the project's
own: the legacy .xls files and the password-protected workbook are written by the small
compound-file (CFB) and BIFF8 writers below, because xlwt and msoffcrypto-tool are not
dependencies of DesktopSeg.

Each :class:`Entry` says what a correct importer does with its file: ``"ok"`` (a correct import,
with the facts that must hold) or ``"user_error"`` (the clear message of DESIGN.md §10: exit 2, the
message names the file and the problem). ``"either"`` is kept for the few inputs where both a
sensible import and a clear refusal are right (e.g. an .xlsx named .csv); the harness still
demands no traceback, no hang, no memory blow-up and an untouched source.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import io
import math
import os
import random
import re
import struct
import sys
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# Zip members get this timestamp so the bytes don't depend on the clock.
ZIP_TIME = (2024, 1, 1, 0, 0, 0)
N_CUSTOMERS = 25
N_ROWS = 120
HEADER = ["Customer ID", "Customer Name", "Email", "Date", "Order ID", "Product", "Amount"]
SECRET = "SECRET-TOKEN-7f3c9a-not-for-output"


@dataclass
class Entry:
    """One corpus input and what a correct importer does with it."""

    name: str
    path: Path
    #: "ok" | "user_error" | "either" | "shown" (inspect shows the columns and names what is
    #: missing with exit 0, issue 12; segment refuses)
    expect: str
    why: str
    segment: str | None = None  # expectation for `desktopseg segment`; None: same as expect
    error_words: str | None = None  # regex (case-insensitive) the user_error message must match
    rows_read: int | None = None  # expected inspect rows.read
    rows_kept: int | None = None
    customers: int | None = None  # expected summary customers
    #: (inspect_json or None, summary_json or None) -> list of broken expectations
    check: Callable[[dict | None, dict | None], list[str]] | None = None
    hash_limit: int | None = None  # compare only the first N bytes (sparse giant files)
    skip: str | None = None  # reason this entry can't run here
    transactions: bool = True  # an "ok" import must map customer, date and amount roles
    forbidden_output: tuple[str, ...] = ()  # text that must never appear in any output
    #: cell texts that exports must neutralise (no exported cell may start with one as is)
    formula_payloads: tuple[str, ...] = ()

    @property
    def segment_expect(self) -> str:
        """What `desktopseg segment` must do with the file."""
        return self.segment or self.expect


# --------------------------------------------------------------------------------------------
# The valid data every variant starts from
# --------------------------------------------------------------------------------------------

FIRST = ["Ava", "Ben", "Chloe", "Dan", "Ella", "Finn", "Grace", "Hugo", "Isla", "Jack",
         "Kira", "Liam", "Mia", "Noah", "Olga", "Pia", "Quinn", "Ruth", "Sami", "Tom",
         "Una", "Vic", "Wen", "Xavi", "Yara"]
LAST = ["Brown", "Smith", "Virtanen", "Kim", "Wang", "Müller", "Dubois", "García"]
PRODUCTS = ["Red roses", "Tulips", "Orchid", "Gift card", "Vase", "Wreath"]
RTL_CJK_NAMES = ["محمد علي", "فاطمة حسن", "דוד כהן", "שרה לוי", "王小明", "李娜", "김민준",
                 "이서연", "山田太郎", "佐藤花子"]


def base_rows(seed: int = 7) -> list[dict]:
    """Return N_ROWS sales lines of N_CUSTOMERS customers in 2024 (every customer buys)."""
    rng = random.Random(seed)
    rows = []
    start = dt.date(2024, 1, 1)
    for i in range(N_ROWS):
        c = i % N_CUSTOMERS  # every customer appears, so the customer count is exact
        d = start + dt.timedelta(days=rng.randrange(0, 360))
        rows.append({
            "Customer ID": f"C{c + 1:03d}",
            "Customer Name": f"{FIRST[c]} {LAST[c % len(LAST)]}",
            "Email": f"{FIRST[c].lower()}{c + 1}@example.com",
            "Date": d,
            "Order ID": f"O{1000 + i}",
            "Product": rng.choice(PRODUCTS),
            "Amount": round(rng.uniform(5, 250), 2),
        })
    return rows


def _cell_text(value) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def csv_text(rows: list[dict], header=HEADER, sep: str = ",", line_end: str = "\n") -> str:
    """Return rows as CSV text."""
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator=line_end)
    w.writerow(header)
    for r in rows:
        w.writerow([_cell_text(r[h]) for h in header])
    return buf.getvalue()


def write_xlsx(path: Path, sheets: list[tuple[str, list[list]]], *, epoch1904: bool = False,
               hidden: tuple[str, ...] = (), merges: dict[str, list[str]] | None = None) -> None:
    """Write sheets (name, rows) with openpyxl, with fixed metadata so bytes are stable."""
    import openpyxl
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    if epoch1904:
        wb.epoch = CALENDAR_MAC_1904
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
        if name in hidden:
            ws.sheet_state = "hidden"
        for rng in (merges or {}).get(name, []):
            ws.merge_cells(rng)
        for cell in ws["D"][1:] if rows and rows[0][3:4] == ["Date"] else []:
            if isinstance(cell.value, dt.date):
                cell.number_format = "yyyy-mm-dd"
    fixed = dt.datetime(2024, 1, 1)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    buf = io.BytesIO()
    wb.save(buf)
    _restamp_zip(buf.getvalue(), path)


def _restamp_zip(data: bytes, path: Path, replace: dict[str, bytes] | None = None,
                 drop: tuple[str, ...] = ()) -> None:
    """Rewrite a zip with fixed member timestamps, replacing or dropping members."""
    replace = replace or {}
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            if info.filename in drop:
                continue
            body = replace.get(info.filename, src.read(info.filename))
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time here
                body = re.sub(rb"<dcterms:modified([^>]*)>[^<]*<", rb"<dcterms:modified\1>"
                              rb"2024-01-01T00:00:00Z<", body)
            z.writestr(zipfile.ZipInfo(info.filename, ZIP_TIME), body,
                       compress_type=zipfile.ZIP_DEFLATED)
    path.write_bytes(out.getvalue())


def table(rows: list[dict], header=HEADER) -> list[list]:
    """Rows as a list of lists with the header first."""
    return [list(header)] + [[r[h] for h in header] for r in rows]


def write_ods(path: Path, rows: list[list]) -> None:
    """Write one sheet of rows (header first) as .ods with odfpy."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    t = Table(name="Sales")
    for row in rows:
        tr = TableRow()
        for v in row:
            if isinstance(v, dt.date):
                cell = TableCell(valuetype="date", datevalue=v.isoformat())
                cell.addElement(P(text=v.isoformat()))
            elif isinstance(v, (int, float)):
                cell = TableCell(valuetype="float", value=v)
                cell.addElement(P(text=str(v)))
            else:
                cell = TableCell(valuetype="string")
                cell.addElement(P(text=str(v)))
            tr.addElement(cell)
        t.addElement(tr)
    doc.spreadsheet.addElement(t)
    buf = io.BytesIO()
    doc.write(buf)
    # odfpy stamps the current time into meta.xml; drop it for stable bytes.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "meta.xml":
                body = re.sub(rb"<meta:creation-date>[^<]*</meta:creation-date>", b"", body)
                body = re.sub(rb"<dc:date>[^<]*</dc:date>", b"", body)
            kind = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zipfile.ZipInfo(info.filename, ZIP_TIME), body, compress_type=kind)
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------------------------
# Legacy binary formats: a compound file (CFB) writer and a minimal BIFF8 workbook
# --------------------------------------------------------------------------------------------

ENDOFCHAIN, FREESECT, FATSECT = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD


def cfb(streams: dict[str, bytes]) -> bytes:
    """Return a version-3 compound file holding ``streams`` in the root storage.

    Streams are padded to 4096 bytes so none belongs in the mini stream, which keeps the
    writer small; padding after a BIFF EOF record or an encrypted package is ignored by readers.
    """
    sector = 512
    names = sorted(streams, key=lambda n: (len(n), n.upper()))  # CFB's directory order
    datas = [streams[n].ljust(4096, b"\0") for n in names]
    chains, next_sector = [], 0
    for d in datas:
        count = -(-len(d) // sector)
        chains.append(list(range(next_sector, next_sector + count)))
        next_sector += count
    n_entries = 1 + len(names)
    dir_count = -(-n_entries * 128 // sector)
    dir_chain = list(range(next_sector, next_sector + dir_count))
    next_sector += dir_count
    fat_count = 1
    while (next_sector + fat_count) > fat_count * (sector // 4):
        fat_count += 1
    fat_chain = list(range(next_sector, next_sector + fat_count))
    assert fat_count <= 109
    fat = [FREESECT] * (fat_count * (sector // 4))
    for chain in chains + [dir_chain]:
        for a, b in zip(chain, chain[1:] + [ENDOFCHAIN], strict=False):
            fat[a] = b
    for s in fat_chain:
        fat[s] = FATSECT

    def entry(name, kind, start, size, child=FREESECT, right=FREESECT):
        raw = name.encode("utf-16-le") + b"\0\0"
        return (raw.ljust(64, b"\0") + struct.pack("<HBB", len(raw), kind, 1)
                + struct.pack("<III", FREESECT, right, child) + b"\0" * 16 + b"\0" * 4
                + b"\0" * 16 + struct.pack("<III", start, size, 0))

    # The children hang off the root as a chain of right siblings (a degenerate but valid tree).
    dir_bytes = entry("Root Entry", 5, ENDOFCHAIN, 0, child=1 if names else FREESECT)
    for i, (n, d, chain) in enumerate(zip(names, datas, chains, strict=False)):
        right = i + 2 if i + 1 < len(names) else FREESECT
        dir_bytes += entry(n, 2, chain[0], len(d), right=right)
    dir_bytes = dir_bytes.ljust(dir_count * sector, b"\0")
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16
              + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
              + struct.pack("<IIIIIIIII", 0, fat_count, dir_chain[0], 0, 4096, ENDOFCHAIN, 0,
                            ENDOFCHAIN, 0))
    difat = fat_chain + [FREESECT] * (109 - fat_count)
    header += struct.pack("<109I", *difat)
    body = b"".join(d.ljust(len(c) * sector, b"\0") for d, c in zip(datas, chains, strict=False))
    return header + body + dir_bytes + struct.pack(f"<{len(fat)}I", *fat)


def _rec(kind: int, data: bytes = b"") -> bytes:
    return struct.pack("<HH", kind, len(data)) + data


def _xl_ustr16(s: str) -> bytes:
    return struct.pack("<HB", len(s), 1) + s.encode("utf-16-le")


def biff8_workbook(rows: list[list], *, encrypted: bool = False, sheet: str = "Sales",
                   extra_cell: tuple[int, int] | None = None) -> bytes:
    """Return a BIFF8 Workbook stream with one sheet; dates become date-formatted numbers.

    ``extra_cell`` (row, column) adds one number cell there, even outside what BIFF8 allows.
    """
    bof = lambda kind: _rec(0x0809, struct.pack("<HHHHII", 0x0600, kind, 0x0DBB, 0x07CC, 0, 6))  # noqa: E731
    glob = [bof(0x0005)]
    if encrypted:
        # FILEPASS: RC4 encryption header; a reader that sees it must ask for the password.
        rng = random.Random(3)
        glob.append(_rec(0x002F, struct.pack("<HHH", 1, 1, 1)
                         + bytes(rng.randrange(256) for _ in range(48))))
    glob += [_rec(0x0042, struct.pack("<H", 1200)), _rec(0x0022, struct.pack("<H", 0))]
    font = struct.pack("<HHHHHBBBB", 200, 0, 0x7FFF, 400, 0, 0, 0, 0, 0) + bytes([5, 1]) + \
        "Arial".encode("utf-16-le")
    glob += [_rec(0x0031, font) for _ in range(5)]
    for i in range(16):  # style XFs, then one plain cell XF (15) and one date cell XF (16)
        glob.append(_rec(0x00E0, struct.pack("<HHH", 0, 0, 0xFFF5 if i < 15 else 0x0001)
                         + b"\0" * 14))
    glob.append(_rec(0x00E0, struct.pack("<HHH", 0, 14, 0x0001) + b"\0" * 14))
    name = struct.pack("<BB", len(sheet), 1) + sheet.encode("utf-16-le")
    boundsheet_at = len(b"".join(glob))
    glob.append(_rec(0x0085, struct.pack("<IBB", 0, 0, 0) + name))
    glob.append(_rec(0x000A))
    sheet_recs = [bof(0x0010), _rec(0x0200, struct.pack("<IIHHH", 0, len(rows), 0,
                                                          max(len(r) for r in rows), 0))]
    epoch = dt.date(1899, 12, 30)
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if isinstance(v, dt.date):
                sheet_recs.append(_rec(0x0203, struct.pack("<HHHd", r, c, 16,
                                                           float((v - epoch).days))))
            elif isinstance(v, (int, float)):
                sheet_recs.append(_rec(0x0203, struct.pack("<HHHd", r, c, 15, float(v))))
            else:
                sheet_recs.append(_rec(0x0204, struct.pack("<HHH", r, c, 15) + _xl_ustr16(str(v))))
    if extra_cell:
        sheet_recs.append(_rec(0x0203, struct.pack("<HHHd", *extra_cell, 15, 1.0)))
    sheet_recs.append(_rec(0x000A))
    g = b"".join(glob)
    offset = len(g)
    # Patch the BOUNDSHEET's stream offset of the sheet's BOF record now that it is known.
    g = g[: boundsheet_at + 4] + struct.pack("<I", offset) + g[boundsheet_at + 8:]
    return g + b"".join(sheet_recs)


def write_xls(path: Path, rows: list[list], *, encrypted: bool = False) -> None:
    """Write a legacy .xls (BIFF8 in a compound file)."""
    path.write_bytes(cfb({"Workbook": biff8_workbook(rows, encrypted=encrypted)}))


def encrypted_ooxml() -> bytes:
    """Return what Excel writes for a password-protected .xlsx: an agile-encrypted package.

    The shape is real (a compound file with EncryptionInfo 4.4 + EncryptedPackage streams); the
    key material is random because no reader should get past recognising it.
    """
    rng = random.Random(11)
    b64 = lambda n: base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode()  # noqa: E731
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" '
        'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">'
        f'<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" '
        f'cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" '
        f'saltValue="{b64(16)}"/><dataIntegrity encryptedHmacKey="{b64(64)}" '
        f'encryptedHmacValue="{b64(64)}"/><keyEncryptors><keyEncryptor '
        'uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">'
        f'<p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" '
        f'hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" '
        f'hashAlgorithm="SHA512" saltValue="{b64(16)}" '
        f'encryptedVerifierHashInput="{b64(16)}" encryptedVerifierHashValue="{b64(64)}" '
        f'encryptedKeyValue="{b64(32)}"/></keyEncryptor></keyEncryptors></encryption>'
    )
    info = struct.pack("<HHI", 4, 4, 0x40) + xml.encode()
    package = struct.pack("<Q", 6000) + bytes(rng.randrange(256) for _ in range(6016))
    return cfb({"EncryptionInfo": info, "EncryptedPackage": package})


# --------------------------------------------------------------------------------------------
# Zip and XML bombs
# --------------------------------------------------------------------------------------------


def _deflate(data: bytes, finish: bool) -> bytes:
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush(zlib.Z_FINISH if finish else zlib.Z_FULL_FLUSH)


def write_zip_bomb(path: Path, members: dict[str, bytes], bomb_name: str, head: bytes,
                   chunk: bytes, repeat: int, tail: bytes, *, lie_size: bool = False) -> int:
    """Write a zip whose ``bomb_name`` inflates to head + chunk*repeat + tail; return that size.

    A raw deflate stream is a sequence of blocks, and a full flush leaves no back-reference to
    earlier data, so the chunk is compressed once and its bytes repeated: a gigabyte member
    is written in about a second and takes a few MB. ``lie_size`` writes a small uncompressed
    size into the headers, as hostile files do to slip past size checks.
    """
    z_chunk = _deflate(chunk, finish=False)
    crc = zlib.crc32(head)
    for _ in range(repeat):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(tail, crc)
    size = len(head) + len(chunk) * repeat + len(tail)
    assert size < 0xFFFFFFFF, "keep below 4 GiB: no zip64 needed"
    comp_head, comp_tail = _deflate(head, finish=False), _deflate(tail, finish=True)
    comp_size = len(comp_head) + len(z_chunk) * repeat + len(comp_tail)
    dos_time, dos_date = 0, (2024 - 1980) << 9 | 1 << 5 | 1
    central, offset = [], 0
    with open(path, "wb") as fh:
        order = list(members) + [bomb_name]
        for name in order:
            if name == bomb_name:
                m_crc, m_size, m_comp = crc, (1000 if lie_size else size), comp_size
            else:
                body = _deflate(members[name], finish=True)
                m_crc, m_size, m_comp = zlib.crc32(members[name]), len(members[name]), len(body)
            raw = name.encode()
            local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, dos_time, dos_date,
                                m_crc, m_comp, m_size, len(raw), 0) + raw
            fh.write(local)
            if name == bomb_name:
                fh.write(comp_head)
                for _ in range(repeat):
                    fh.write(z_chunk)
                fh.write(comp_tail)
            else:
                fh.write(body)
            central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, dos_time,
                                       dos_date, m_crc, m_comp, m_size, len(raw), 0, 0, 0, 0, 0,
                                       offset) + raw)
            offset += len(local) + m_comp
        cd = b"".join(central)
        fh.write(cd)
        fh.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(order), len(order), len(cd),
                             offset, 0))
    return size


def _break_deflate(data: bytes, member: str) -> bytes:
    """Return the zip with one byte of ``member``'s deflate data changed so inflating fails.

    The first position (in a fixed order) whose change makes zlib raise is used, so the
    output is deterministic; a bad CRC alone would be too gentle a test.
    """
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(member)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for pos in range(start + 2, start + info.compress_size - 2):
        broken = bytearray(data)
        broken[pos] ^= 0xFF
        try:
            zlib.decompressobj(-15).decompress(bytes(broken[start:start + info.compress_size]))
        except zlib.error:
            return bytes(broken)
    raise AssertionError("no byte of the member breaks inflation")


def xlsx_members(base: Path) -> dict[str, bytes]:
    """Return the members of a valid .xlsx written by openpyxl."""
    z = zipfile.ZipFile(base)
    return {n: z.read(n) for n in z.namelist()}


def with_shared_strings(members: dict[str, bytes]) -> dict[str, bytes]:
    """Return the members with sheet1's inline strings moved to xl/sharedStrings.xml.

    openpyxl writes inline strings; Excel writes a shared-string table, which is where
    hostile XML usually hides, so the bombs below use this layout.
    """
    sheet = members["xl/worksheets/sheet1.xml"].decode()
    strings: list[str] = []
    index: dict[str, int] = {}

    def shared(m: re.Match) -> str:
        text = m.group(2)
        if text not in index:
            index[text] = len(strings)
            strings.append(text)
        return f'<c r="{m.group(1)}" t="s"><v>{index[text]}</v></c>'

    sheet = re.sub(r'<c r="([A-Z]+[0-9]+)" t="inlineStr"><is><t>([^<]*)</t></is></c>', shared,
                   sheet)
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           f'count="{len(strings)}" uniqueCount="{len(strings)}">'
           + "".join(f"<si><t>{t}</t></si>" for t in strings) + "</sst>")
    out = dict(members)
    out["xl/worksheets/sheet1.xml"] = sheet.encode()
    out["xl/sharedStrings.xml"] = sst.encode()
    out["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    out["xl/_rels/workbook.xml.rels"] = members["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    return out


def write_members(path: Path, members: dict[str, bytes]) -> None:
    """Write zip members with fixed timestamps."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in members.items():
            z.writestr(zipfile.ZipInfo(name, ZIP_TIME), body, compress_type=zipfile.ZIP_DEFLATED)


LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
              for i in range(1, 10))
    + "]>"
)


def _with_doctype(xml: bytes, doctype: str) -> bytes:
    """Insert a DOCTYPE right after the XML declaration (or at the start)."""
    text = xml.decode("utf-8")
    if text.startswith("<?xml"):
        end = text.index("?>") + 2
        return (text[:end] + doctype + text[end:]).encode()
    return (doctype + text).encode()


# --------------------------------------------------------------------------------------------
# The entries
# --------------------------------------------------------------------------------------------


def _summary_period(summary: dict | None) -> tuple[str | None, str | None]:
    p = (summary or {}).get("period") or {}
    return p.get("start"), p.get("end")


def check_period(start: str, end: str):
    """A check that the summary's period is exactly start..end (ISO dates)."""

    def check(_inspect, summary):
        if summary is None:
            return []
        got = _summary_period(summary)
        return [] if got == (start, end) else [f"period {got} != ({start!r}, {end!r})"]

    return check


def check_sane_period(_inspect, summary) -> list[str]:
    """The period must not reach a placeholder year (9999) or before 1900."""
    start, end = _summary_period(summary)
    bad = []
    if end and int(end[:4]) >= 9000:
        bad.append(f"a placeholder date (year {end[:4]}) was taken as a sale: period ends {end}")
    if start and int(start[:4]) < 1900:
        bad.append(f"a date before 1900 was taken as a sale: period starts {start}")
    return bad


def check_revenue_total(expected: float):
    """A check that the segment revenues of the value scheme add up to ``expected``."""

    def check(_inspect, summary):
        if not summary:
            return []
        for scheme in summary.get("schemes", {}).values():
            total = sum((s.get("revenue") or 0) for s in scheme.get("segments", []))
            if abs(total - expected) > 0.05:
                return [f"revenue of {scheme.get('title')} adds up to {total:.2f}, "
                        f"expected {expected:.2f}"]
            return []
        return []

    return check


def build(out: Path) -> list[Entry]:
    """Write every corpus file into ``out`` and return the entries (deterministic)."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    rows = base_rows()
    total = round(sum(r["Amount"] for r in rows), 2)
    first = min(r["Date"] for r in rows).isoformat()
    last = max(r["Date"] for r in rows).isoformat()
    entries: list[Entry] = []

    def add(name, filename, expect, why, **kw) -> Path:
        p = out / filename
        entries.append(Entry(name, p, expect, why, **kw))
        return p

    ok_base = dict(rows_read=N_ROWS, rows_kept=N_ROWS, customers=N_CUSTOMERS)
    not_a_sheet = r"not .*(spreadsheet|workbook|excel)|can.?t be read|cannot be read|unreadable|" \
                  r"doesn.?t look like|not a valid|corrupt|damaged|unsupported|unknown"
    corrupt = r"corrupt|damaged|broken|incomplete|truncated|can.?t be (read|opened)|" \
              r"cannot be (read|opened)|not a valid|unreadable"
    empty = r"empty|no (data|rows)|nothing"

    # ---- controls: the same data, well formed, in every format -------------------------------
    p = add("valid_csv", "valid.csv", "ok", "control: the base data as a plain CSV",
            check=check_period(first, last), **ok_base)
    p.write_text(csv_text(rows), encoding="utf-8")
    base_xlsx = add("valid_xlsx", "valid.xlsx", "ok", "control: the base data written by openpyxl",
                    check=check_period(first, last), **ok_base)
    write_xlsx(base_xlsx, [("Sales", table(rows))])
    base_ods = add("valid_ods", "valid.ods", "ok", "control: the base data written by odfpy",
                   check=check_period(first, last), **ok_base)
    write_ods(base_ods, table(rows))
    base_xls = add("valid_xls", "valid.xls", "ok", "control: a BIFF8 .xls with date cells",
                   check=check_period(first, last), **ok_base)
    write_xls(base_xls, table(rows))
    base_bytes = base_xlsx.read_bytes()

    # ---- not a spreadsheet at all --------------------------------------------------------------
    add("missing_path", "does-not-exist.xlsx", "user_error", "a path that does not exist",
        error_words=r"not found|doesn.?t exist|does not exist|no such|can.?t find|cannot find|"
                    r"can.?t be found")
    # A folder is read as the exports in it (issue 12), even one named like a workbook.
    d = add("directory_path", "a-folder.xlsx", "ok", "a folder named like a workbook: the "
            "export inside is read", rows_read=3, rows_kept=3, customers=3)
    d.mkdir(exist_ok=True)
    (d / "inside.csv").write_text(csv_text(rows[:3]), encoding="utf-8")
    for ext in ("xlsx", "csv", "xls", "ods"):
        add(f"zero_bytes_{ext}", f"zero-bytes.{ext}", "user_error", f"an empty .{ext} (0 bytes)",
            error_words=empty).write_bytes(b"")
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]"
           b"/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    add("pdf_named_xlsx", "invoice.pdf.xlsx", "user_error", "a PDF renamed .xlsx",
        error_words=r"pdf|" + not_a_sheet).write_bytes(pdf)
    ihdr = b"IHDR" + struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)  # a 1x1 grey pixel
    idat = b"IDAT" + zlib.compress(b"\0\0")
    png = (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + ihdr + struct.pack(">I", zlib.crc32(ihdr))
           + struct.pack(">I", len(idat) - 4) + idat + struct.pack(">I", zlib.crc32(idat))
           + struct.pack(">I", 0) + b"IEND" + struct.pack(">I", zlib.crc32(b"IEND")))
    add("png_named_xlsx", "photo.xlsx", "user_error", "a PNG image renamed .xlsx",
        error_words=r"image|png|picture|" + not_a_sheet).write_bytes(png)
    add("png_named_csv", "photo.csv", "user_error", "a PNG image renamed .csv (binary as text)",
        error_words=r"image|png|picture|binary|text|" + not_a_sheet).write_bytes(png * 50)
    add("random_bytes_xls", "noise.xls", "user_error", "random bytes named .xls",
        error_words=not_a_sheet + "|" + corrupt).write_bytes(random.Random(5).randbytes(20000))
    add("nul_only_csv", "zeros.csv", "user_error", "a CSV of 64 KB of NUL bytes",
        error_words=empty + "|binary|text|" + not_a_sheet).write_bytes(b"\0" * 65536)
    html = "<html><body><table><tr>" + "".join(f"<th>{h}</th>" for h in HEADER) + "</tr>" + "".join(
        "<tr>" + "".join(f"<td>{_cell_text(r[h])}</td>" for h in HEADER) + "</tr>" for r in rows
    ) + "</table></body></html>"
    add("html_named_xls", "web-export.xls", "either",
        "an HTML table named .xls, as many web shops export", customers=None,
        error_words=r"html|web page|" + not_a_sheet).write_text(html, encoding="utf-8")

    # ---- broken containers ---------------------------------------------------------------------
    add("truncated_xlsx_half", "truncated-half.xlsx", "user_error", "an .xlsx cut in half",
        error_words=corrupt).write_bytes(base_bytes[: len(base_bytes) // 2])
    add("truncated_xlsx_tail", "truncated-tail.xlsx", "user_error",
        "an .xlsx missing its last 200 bytes (end of the zip directory)",
        error_words=corrupt).write_bytes(base_bytes[:-200])
    members = xlsx_members(base_xlsx)
    sheet_info = zipfile.ZipFile(base_xlsx).getinfo("xl/worksheets/sheet1.xml")
    flipped = bytearray(base_bytes)
    mid = sheet_info.header_offset + 30 + len(sheet_info.filename) + sheet_info.compress_size // 2
    for i in range(mid, mid + 64):
        flipped[i] ^= 0x5A
    add("corrupt_xlsx_bits", "flipped-bits.xlsx", "user_error",
        "an .xlsx with 64 damaged bytes inside the sheet data (bad CRC/deflate)",
        error_words=corrupt).write_bytes(bytes(flipped))
    p = add("xlsx_without_workbook", "no-workbook.xlsx", "user_error",
            "a zip with the content types but no xl/workbook.xml", error_words=corrupt)
    _restamp_zip(base_bytes, p, drop=("xl/workbook.xml",))
    p = add("xlsx_without_sheet", "no-sheet-part.xlsx", "user_error",
            "an .xlsx whose workbook names a sheet part that is missing", error_words=corrupt)
    _restamp_zip(base_bytes, p, drop=("xl/worksheets/sheet1.xml",))
    p = add("zip_not_office", "holiday-photos.xlsx", "user_error",
            "an ordinary zip archive (a text file inside) named .xlsx",
            error_words=r"zip|archive|" + not_a_sheet)
    with zipfile.ZipFile(p, "w") as z:
        z.writestr(zipfile.ZipInfo("readme.txt", ZIP_TIME), "hello")
    p = add("malformed_sheet_xml", "bad-xml.xlsx", "user_error",
            "an .xlsx whose sheet XML stops mid-tag", error_words=corrupt)
    _restamp_zip(base_bytes, p, replace={"xl/worksheets/sheet1.xml":
                                         members["xl/worksheets/sheet1.xml"][:3000]})
    p = add("corrupt_deflate_stream", "bad-deflate.xlsx", "user_error",
            "an .xlsx whose sheet data stops inflating (zlib: invalid code or distance)",
            error_words=corrupt)
    p.write_bytes(_break_deflate(base_bytes, "xl/worksheets/sheet1.xml"))
    ods_bytes = base_ods.read_bytes()
    add("truncated_ods", "truncated.ods", "user_error", "an .ods cut in half",
        error_words=corrupt).write_bytes(ods_bytes[: len(ods_bytes) // 2])
    p = add("ods_without_content", "no-content.ods", "user_error",
            "an .ods with its mimetype but no content.xml", error_words=corrupt + "|" + empty)
    _restamp_zip(ods_bytes, p, drop=("content.xml",))
    xls_bytes = base_xls.read_bytes()
    add("truncated_xls", "truncated.xls", "user_error", "an .xls cut after 1.5 KB",
        error_words=corrupt).write_bytes(xls_bytes[:1536])
    broken = bytearray(xls_bytes)
    broken[512:1024] = random.Random(9).randbytes(512)  # the Workbook stream's first sector
    add("corrupt_xls_stream", "scrambled.xls", "user_error",
        "an .xls whose workbook stream starts with noise", error_words=corrupt).write_bytes(
        bytes(broken))

    # ---- password protection -------------------------------------------------------------------
    pw = r"password|protected|encrypted"
    add("encrypted_xlsx", "locked.xlsx", "user_error",
        "a password-protected .xlsx (agile encryption in a compound file)",
        error_words=pw).write_bytes(encrypted_ooxml())
    p = add("xls_cell_out_of_range", "far-cell.xls", "either",
            "an .xls with one cell record at row 65536, column 65536 (BIFF8 stops at IV65536)",
            error_words=corrupt + r"|65536|too large|memory")
    p.write_bytes(cfb({"Workbook": biff8_workbook(table(rows), extra_cell=(0xFFFF, 0xFFFF))}))
    p = add("encrypted_xls", "locked.xls", "user_error",
            "a password-protected .xls (BIFF8 FILEPASS, RC4)", error_words=pw)
    write_xls(p, table(rows), encrypted=True)

    # ---- empty and header-only -----------------------------------------------------------------
    add("header_only_csv", "header-only.csv", "user_error", "a CSV with a header and no rows",
        error_words=empty).write_text(",".join(HEADER) + "\n", encoding="utf-8")
    p = add("header_only_xlsx", "header-only.xlsx", "user_error", "a sheet with only a header",
            error_words=empty)
    write_xlsx(p, [("Sales", [HEADER])])
    p = add("empty_sheet_xlsx", "empty-sheet.xlsx", "user_error", "a workbook with one empty sheet",
            error_words=empty)
    write_xlsx(p, [("Sheet1", [])])
    add("title_only_csv", "title-only.csv", "user_error", "a CSV with only a report title line",
        error_words=empty + r"|header|column").write_text(
        "Sales by Customer Detail - January 2024\n", encoding="utf-8")
    # A list of names is a (poor) customer list: reading it as one, with every analysis left
    # out for a stated reason (DESIGN §11), is as right as refusing it.
    add("one_column_csv", "one-column.csv", "either",
        "a CSV with a single column of customer names (25 names, each on several lines)",
        customers=N_CUSTOMERS, transactions=False,
        error_words=r"amount|money|price|column").write_text(
        "Customer\n" + "".join(f"{r['Customer Name']}\n" for r in rows), encoding="utf-8")
    add("no_customer_column", "no-customer.csv", "shown",
        "dates and amounts but nothing that identifies a customer",
        error_words=r"customer", segment="user_error").write_text(
        csv_text(rows, header=["Date", "Product", "Amount"]), encoding="utf-8")
    add("no_amount_column", "no-amount.csv", "shown",
        "customers and dates but no money column",
        error_words=r"amount|money|price|revenue|total", segment="user_error").write_text(
        csv_text(rows, header=["Customer ID", "Customer Name", "Date", "Product"]),
        encoding="utf-8")
    bad_dates = [dict(r, Date=["soon", "n/a", "31/02/2024", "2024-13-45", "yesterday"][i % 5])
                 for i, r in enumerate(rows)]
    add("all_dates_invalid", "bad-dates.csv", "shown", "every date cell is junk text",
        error_words=r"date", segment="user_error").write_text(csv_text(bad_dates),
                                                              encoding="utf-8")

    # ---- size ----------------------------------------------------------------------------------
    # A header cell in every column is odd enough that a clear refusal is as right as a read.
    p = add("columns_16384", "16384-columns.xlsx", "either",
            "a header 16,384 columns wide (A..XFD); data in the first seven",
            error_words=r"16,?384|columns", customers=None)
    wide = [HEADER + [f"Extra {i}" for i in range(len(HEADER), 16384)]] + table(rows)[1:]
    write_xlsx(p, [("Sales", wide)])
    p = add("cell_10mb_xlsx", "huge-cell.xlsx", "ok", "one product cell holds 10 MB of text",
            **ok_base)
    big = [list(r) for r in table(rows)]
    big[5][5] = "Roses " * (10 * 1024 * 1024 // 6)
    write_xlsx(p, [("Sales", big)])
    big_csv = [dict(r) for r in rows]
    big_csv[5]["Product"] = "x" * (10 * 1024 * 1024)
    add("cell_10mb_csv", "huge-cell.csv", "ok", "one product field holds 10 MB of text",
        **ok_base).write_text(csv_text(big_csv), encoding="utf-8")
    # Reading it needs a sparse reader; refusing it is fair if the message points at the cell.
    p = add("far_away_cell", "far-cell.xlsx", "either",
            "the base data plus one stray cell at XFD1048576 (a dense reader allocates 17e9 cells)",
            error_words=r"XFD1048576")
    sheet_xml = members["xl/worksheets/sheet1.xml"].decode()
    stray = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    _restamp_zip(base_bytes, p, replace={"xl/worksheets/sheet1.xml": re.sub(
        r'<dimension ref="[^"]*"\s*/>', '<dimension ref="A1:XFD1048576"/>',
        sheet_xml.replace("</sheetData>", stray + "</sheetData>")).encode()})
    p = add("styled_to_the_end", "styled-to-row-1048576.xlsx", "ok",
            "the base data plus an empty formatted cell at G1048576, as sheets formatted "
            "'to the end' have", **ok_base)
    styled = '<row r="1048576"><c r="G1048576" s="1"/></row>'
    _restamp_zip(base_bytes, p, replace={"xl/worksheets/sheet1.xml": re.sub(
        r'<dimension ref="[^"]*"\s*/>', '<dimension ref="A1:G1048576"/>',
        sheet_xml.replace("</sheetData>", styled + "</sheetData>")).encode()})
    p = add("many_sheets", "120-sheets.xlsx", "ok",
            "119 small note sheets and the sales on sheet 61", **ok_base,
            check=lambda i, s: [] if not i or i["sheet"] == "Sales"
            else [f"sheet {i['sheet']!r} chosen"])
    notes = [(f"Note {k}", [["Note", "Value"], [f"memo {k}", k]]) for k in range(119)]
    write_xlsx(p, notes[:60] + [("Sales", table(rows))] + notes[60:])
    p = add("dimension_lie", "dimension-lie.xlsx", "ok",
            "a small sheet whose <dimension> claims A1:XFD1048576", **ok_base)
    _restamp_zip(base_bytes, p, replace={"xl/worksheets/sheet1.xml": re.sub(
        r'<dimension ref="[^"]*"\s*/>', '<dimension ref="A1:XFD1048576"/>', sheet_xml).encode()})
    p = add("sparse_200gb_csv", "giant.csv", "user_error",
            "a 200 GB CSV (sparse: 1 MB of sales lines, then zeros) - far too large for memory",
            error_words=r"large|big|size|memory|GB", hash_limit=2 << 20)
    with open(p, "wb") as fh:
        text = csv_text(rows)
        body = text[text.index("\n") + 1:]
        fh.write(text.encode())
        while fh.tell() < 1 << 20:  # real text first, so a sniff of the head sees a CSV
            fh.write(body.encode())
        fh.truncate(200 * 1024**3)

    # ---- bombs ---------------------------------------------------------------------------------
    row_xml = ('<row><c t="inlineStr"><is><t>C001</t></is></c><c><v>12.5</v></c></row>' * 200
               ).encode()
    chunk = row_xml * ((1 << 20) // len(row_xml) + 1)
    sheet_head = sheet_xml[: sheet_xml.index("<sheetData>") + len("<sheetData>")].encode()
    sheet_tail = b"</sheetData></worksheet>"
    bomb_members = {k: v for k, v in members.items() if k != "xl/worksheets/sheet1.xml"}
    zb = r"too (large|big)|decompress|unpack|expand|size|zip bomb|suspicious|corrupt|damaged"
    p = add("zip_bomb", "zip-bomb.xlsx", "user_error",
            "an .xlsx whose sheet XML inflates to 1.5 GB from about 4 MB", error_words=zb)
    write_zip_bomb(p, bomb_members, "xl/worksheets/sheet1.xml", sheet_head, chunk,
                   1536 * (1 << 20) // len(chunk), sheet_tail)
    p = add("zip_bomb_lying_size", "zip-bomb-lying.xlsx", "user_error",
            "the same bomb, but the zip headers claim 1000 bytes uncompressed", error_words=zb)
    write_zip_bomb(p, bomb_members, "xl/worksheets/sheet1.xml", sheet_head, chunk,
                   1536 * (1 << 20) // len(chunk), sheet_tail, lie_size=True)
    xml_bad = r"entit|xml|forbidden|unsafe|" + corrupt
    sst_members = with_shared_strings(members)
    sst_xml = sst_members["xl/sharedStrings.xml"].decode()
    p = add("valid_xlsx_shared_strings", "valid-sst.xlsx", "ok",
            "control: the base data with a shared-string table, as Excel writes it",
            check=check_period(first, last), **ok_base)
    write_members(p, sst_members)
    xml_bad = r"entit|xml|forbidden|unsafe|" + corrupt
    p = add("billion_laughs_sst", "laughs-sst.xlsx", "either",
            "sharedStrings.xml declares nested entities (billion laughs) and uses &lol9;",
            error_words=xml_bad, customers=None)
    write_members(p, dict(sst_members, **{"xl/sharedStrings.xml": _with_doctype(
        sst_xml.replace("<t>Red roses</t>", "<t>&lol9;</t>", 1).encode(), LAUGHS)}))
    p = add("billion_laughs_sheet", "laughs-sheet.xlsx", "either",
            "sheet1.xml declares nested entities and a cell uses &lol9;", error_words=xml_bad,
            customers=None)
    laugh_sheet = sheet_xml.replace(
        "</sheetData>",
        '<row r="500"><c r="A500" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData>')
    _restamp_zip(base_bytes, p, replace={"xl/worksheets/sheet1.xml": _with_doctype(
        laugh_sheet.encode(), LAUGHS.replace("lolz", "worksheet"))})
    (out / "secret.txt").write_text(SECRET, encoding="utf-8")
    p = add("xxe_external_entity", "xxe.xlsx", "either",
            "sharedStrings.xml pulls a local file in through an external entity (XXE)",
            error_words=xml_bad, customers=None, forbidden_output=(SECRET,))
    xxe = sst_xml.replace(f"<t>{rows[0]['Customer Name']}</t>", "<t>&xxe;</t>", 1)
    doctype = f'<!DOCTYPE sst [<!ENTITY xxe SYSTEM "{(out / "secret.txt").as_uri()}">]>'
    write_members(p, dict(sst_members, **{"xl/sharedStrings.xml": _with_doctype(xxe.encode(),
                                                                                doctype)}))

    # ---- workbook features ---------------------------------------------------------------------
    p = add("formulas_without_values", "formulas-only.xlsx", "shown",
            "the only money column holds formulas that were never calculated (no cached values)",
            error_words=r"formula|calculat|amount|money", segment="user_error")
    frows = table(rows, header=["Customer ID", "Customer Name", "Date", "Order ID", "Product"])
    frows[0] += ["Quantity", "Price each", "Total"]
    for i, r in enumerate(rows, start=2):
        frows[i - 1] += [f"=1+{i % 3}", f"={r['Amount']}/2", f"=F{i}*G{i}"]
    write_xlsx(p, [("Sales", frows)])
    p = add("formula_side_column", "formula-tax.xlsx", "ok",
            "real amounts plus an uncalculated formula column (Tax = Amount * 0.2)", **ok_base,
            check=check_revenue_total(total))
    trows = table(rows)
    trows[0].append("Tax")
    for i, row in enumerate(trows[1:], start=2):
        row.append(f"=G{i}*0.2")
    write_xlsx(p, [("Sales", trows)])
    p = add("merged_over_data", "merged.xlsx", "ok",
            "customer id and name merged down over each customer's three order lines",
            rows_read=N_ROWS, check=check_revenue_total(total))
    mrows = sorted(rows, key=lambda r: (r["Customer ID"], r["Date"]))
    mtable = table(mrows)
    merges, i = [], 2
    while i <= N_ROWS + 1:
        j = i
        while j + 1 <= N_ROWS + 1 and mtable[j][0] == mtable[i - 1][0]:
            j += 1
        if j > i:
            merges += [f"A{i}:A{j}", f"B{i}:B{j}"]
        i = j + 1
    write_xlsx(p, [("Sales", mtable)], merges={"Sales": merges})
    p = add("hidden_data_sheet", "hidden.xlsx", "ok",
            "a visible empty sheet first and the data on a hidden sheet", **ok_base)
    write_xlsx(p, [("Start here", []), ("Sales", table(rows))], hidden=("Sales",))
    p = add("date_1904", "mac-1904.xlsx", "ok", "a workbook on the 1904 date system",
            check=check_period(first, last), **ok_base)
    write_xlsx(p, [("Sales", table(rows))], epoch1904=True)
    xrows = table(rows)
    xrows[3][3] = dt.date(9999, 12, 31)
    xrows[7][3] = dt.date(1899, 12, 31)
    p = add("dates_9999_1899", "far-dates.xlsx", "ok",
            "two sales dated 9999-12-31 and 1899-12-31 among normal 2024 dates",
            rows_read=N_ROWS, check=check_sane_period)
    write_xlsx(p, [("Sales", xrows)])
    erows = table(rows)
    errors = ("#REF!", "#DIV/0!", "#N/A", "#VALUE!", "#NAME?")
    for k, err in zip((2, 4, 6, 8, 10), errors, strict=True):
        erows[k][6] = err
    erows[12][3] = "#REF!"
    erows[14][0] = "#N/A"
    p = add("excel_errors", "errors.xlsx", "ok",
            "Excel error values (#REF!, #DIV/0!, #N/A, #VALUE!, #NAME?) in amount, date, id",
            rows_read=N_ROWS)
    write_xlsx(p, [("Sales", erows)])

    # ---- amounts -------------------------------------------------------------------------------
    nrows = [dict(r) for r in rows]
    for k in range(0, N_ROWS, 10):
        nrows[k]["Amount"] = -nrows[k]["Amount"]
    nan_text = [dict(r) for r in nrows]
    for k, v in zip((3, 13, 23, 33), ("NaN", "nan", "", "-"), strict=False):
        nan_text[k]["Amount"] = v
    add("negative_and_nan_csv", "negative-nan.csv", "ok",
        "refunds as negative amounts; NaN, nan, empty and '-' amounts", rows_read=N_ROWS,
        customers=N_CUSTOMERS).write_text(csv_text(nan_text), encoding="utf-8")
    nan_x = table(nrows)
    for k in (4, 14, 24):
        nan_x[k][6] = math.nan
    nan_x[34][6] = math.inf
    p = add("nan_cells_xlsx", "nan-cells.xlsx", "ok",
            "<v>nan</v> and <v>inf</v> number cells (openpyxl writes them; Excel would not)",
            rows_read=N_ROWS, customers=N_CUSTOMERS)
    write_xlsx(p, [("Sales", nan_x)])
    refunds = [dict(r, Amount=-r["Amount"]) for r in rows]
    add("all_refunds", "all-refunds.csv", "ok", "every line is a refund (negative amount)",
        segment="either", **ok_base,
        check=lambda i, s: [] if not s else check_revenue_total(-total)(i, s)).write_text(
        csv_text(refunds), encoding="utf-8")
    add("single_row", "single-row.csv", "ok", "one sale by one customer", rows_read=1,
        rows_kept=1, customers=1, segment="either").write_text(csv_text(rows[:1]),
                                                              encoding="utf-8")

    # ---- text encodings and characters ---------------------------------------------------------
    ename = [dict(r) for r in rows]
    for k in range(0, N_ROWS, 7):
        ename[k]["Product"] = "Crème brûlée café"
    lines = csv_text(ename).splitlines(keepends=True)
    mixed = b"".join(ln.encode("cp1252") if i % 2 else ln.encode("utf-8")
                     for i, ln in enumerate(lines))
    add("mixed_encodings_csv", "mixed-encoding.csv", "ok",
        "UTF-8 and cp1252 lines in one CSV (accented product names)",
        **ok_base).write_bytes(mixed)
    nul = csv_text(rows).replace("@example.com", "@exa\0mple.com").encode()
    add("nul_bytes_csv", "nul-bytes.csv", "ok", "NUL bytes inside e-mail fields",
        rows_read=N_ROWS, customers=N_CUSTOMERS).write_bytes(nul)
    rtl = [dict(r) for r in rows]
    for r in rtl:  # one name per customer id, so the customer count stays exact
        r["Customer Name"] = RTL_CJK_NAMES[int(r["Customer ID"][1:]) % len(RTL_CJK_NAMES)] + \
            " " + r["Customer ID"]
    p = add("rtl_cjk_xlsx", "rtl-cjk.xlsx", "ok",
            "Arabic, Hebrew, Chinese, Korean and Japanese customer names", **ok_base)
    write_xlsx(p, [("Sales", table(rtl))])
    zh = ["客户编号", "客户名称", "电子邮件", "日期", "订单号", "产品", "金额"]
    zh_rows = [{z: r[h] for z, h in zip(zh, HEADER, strict=False)} for r in rtl]
    add("chinese_headers_csv", "chinese.csv", "ok", "Chinese headers and CJK names (UTF-8)",
        **ok_base).write_text(csv_text(zh_rows, header=zh), encoding="utf-8")
    add("utf16_tsv", "unicode-text.csv", "ok",
        "UTF-16 LE with BOM, tab separated (Excel's 'Unicode text')", **ok_base).write_bytes(
        b"\xff\xfe" + csv_text(rtl, sep="\t", line_end="\r\n").encode("utf-16-le"))
    add("utf16_no_bom", "utf16-nobom.csv", "either", "UTF-16 LE without a BOM", customers=None,
        error_words=r"encoding|text|" + not_a_sheet).write_bytes(
        csv_text(rows).encode("utf-16-le"))
    le = csv_text(rows).splitlines()
    ends = ["\r\n", "\n", "\r"]
    add("mixed_line_endings", "mixed-endings.csv", "ok", "CRLF, LF and lone CR line endings mixed",
        **ok_base).write_text("".join(ln + ends[i % 3] for i, ln in enumerate(le)),
                              encoding="utf-8", newline="")
    unclosed = csv_text(rows).splitlines(keepends=True)
    unclosed[40] = unclosed[40].replace(",", ',"', 1)
    add("unclosed_quote", "unclosed-quote.csv", "either",
        "a quote opened on line 41 and never closed", customers=None,
        error_words=r"quote|row|line").write_text("".join(unclosed), encoding="utf-8")
    add("xlsx_named_csv", "really-xlsx.csv", "either", "an .xlsx file named .csv",
        customers=None, error_words=r"xlsx|excel|workbook|" + not_a_sheet).write_bytes(base_bytes)
    add("csv_named_xlsx", "really-csv.xlsx", "either", "a CSV file named .xlsx",
        customers=None, error_words=r"csv|text|" + not_a_sheet).write_text(
        csv_text(rows), encoding="utf-8")
    payloads = ("=HYPERLINK(\"http://evil.example\",\"x\")", "+SUM(1,2)", "-2+3",
                "@SUM(A1)", "\tTAB", "\rCR")
    inj = [dict(r) for r in rows]
    for r in inj:  # one payload per customer, so every customer name is hostile
        r["Customer Name"] = payloads[int(r["Customer ID"][1:]) % len(payloads)] + \
            r["Customer ID"]
    p = add("formula_injection_xlsx", "formula-names.xlsx", "ok",
            "customer names that spreadsheets would run as formulas (= + - @ tab CR)",
            **ok_base, formula_payloads=payloads)
    write_xlsx(p, [("Sales", table(inj))])
    text_payloads = payloads[:-1]  # a CR inside a CSV field is its own entry below
    for r in inj:
        r["Customer Name"] = text_payloads[int(r["Customer ID"][1:]) % len(text_payloads)] + \
            r["Customer ID"]
    add("formula_injection_csv", "formula-names.csv", "ok",
        "customer names that spreadsheets would run as formulas (= + - @ tab)",
        **ok_base, formula_payloads=text_payloads).write_text(csv_text(inj), encoding="utf-8")
    lone_cr = [dict(r) for r in rows]
    for r in lone_cr[::6]:
        r["Product"] = "Roses\rred"
    add("lone_cr_in_quotes", "cr-in-field.csv", "ok",
        "quoted product fields holding a lone CR (old Mac line break) inside the text",
        check=check_revenue_total(total), **ok_base).write_text(csv_text(lone_cr),
                                                                encoding="utf-8", newline="")
    p = add("rtl_emoji_sheet_name", "sheet-name.xlsx", "ok",
            "the data sheet is named in Arabic with an emoji, beside an empty 'Sheet1'",
            check=lambda i, s: [] if not i or i["sheet"] == "مبيعات 📈"
            else [f"sheet {i['sheet']!r} chosen"], **ok_base)
    write_xlsx(p, [("Sheet1", []), ("مبيعات 📈", table(rows))])
    add("million_blank_lines", "blank-lines.csv", "shown",
        "a header followed by a million blank lines", error_words=empty,
        segment="user_error").write_text(
        ",".join(HEADER) + "\n" * 1_000_001, encoding="utf-8")
    multi = [dict(r) for r in rows]
    for r in multi[::4]:
        r["Product"] = "Bouquet\nwith card:\r\n\"Happy birthday, Mum\""
    add("multiline_fields", "multiline.csv", "ok",
        "quoted product fields with line breaks and quotes inside (a row is not a line)",
        check=check_revenue_total(total), **ok_base).write_text(csv_text(multi),
                                                                encoding="utf-8")
    p = add("no_read_permission", "locked-out.csv", "user_error", "a CSV the user may not read",
            error_words=r"permission|access|allowed|can.?t (read|open)|cannot (read|open)",
            skip="root can read any file" if hasattr(os, "geteuid") and os.geteuid() == 0
            else None)
    p.write_text(csv_text(rows), encoding="utf-8")
    os.chmod(p, 0)

    for e in entries:
        if e.expect == "either" and e.segment is None:
            e.segment = "either"
    return entries


def main(argv: list[str] | None = None) -> int:
    """Write the corpus into the folder given on the command line and list it."""
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: make_corpus.py OUTDIR", file=sys.stderr)
        return 2
    for e in build(Path(argv[0])):
        print(f"{e.expect:<10} {e.path.name:<28} {e.why}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
