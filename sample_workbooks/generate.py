"""Write the bundled sample workbooks and the truth about the customer groups planted in them.

Run `python sample_workbooks/generate.py [--out DIR]`. Every random choice comes from a numpy
generator with a fixed seed and every file is written so that its bytes do not depend on the
clock, so running it twice gives identical files (tests/samples checks this).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

import numpy as np

# openpyxl serialises XML differently with lxml installed (namespace placement, "<a />" vs
# "<a/>"); it picks the library once at import, from this variable. Run as a script, the
# generator always takes the standard-library path so the bytes don't depend on lxml.
os.environ.setdefault("OPENPYXL_LXML", "False")

from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Font  # noqa: E402

HERE = Path(__file__).resolve().parent

#: Every sample ends on this day (the analysis date the tests assume).
END = date(2026, 10, 31)
#: Two years of history.
START = date(2024, 11, 1)
#: Fixed workbook timestamps: openpyxl would otherwise stamp the time of the run.
FIXED_STAMP = datetime(2026, 11, 2, 9, 14, 0)
#: Zip entries get this time instead of the time of writing (zipfile stamps localtime()).
ZIP_STAMP = (2026, 11, 2, 9, 14, 0)

# --------------------------------------------------------------------------------------------
# Names. Plain lists so the output never depends on a package's word list changing.
# --------------------------------------------------------------------------------------------

FIRST_NAMES = (
    "Olivia Liam Emma Noah Ava Elijah Sophia James Isabella William Mia Benjamin Charlotte Lucas "
    "Amelia Henry Harper Theodore Evelyn Jack Abigail Levi Emily Alexander Ella Jackson Elizabeth "
    "Mateo Camila Daniel Luna Michael Sofia Mason Avery Sebastian Mila Ethan Aria Logan Scarlett "
    "Owen Penelope Samuel Layla Jacob Chloe Asher Victoria Aiden Madison John Eleanor Joseph Grace "
    "Wyatt Nora David Riley Leo Zoey Luke Hannah Julian Hazel Hudson Lily Grayson Ellie Matthew "
    "Violet Ezra Lillian Gabriel Zoe Carter Stella Isaac Aurora Jayden Natalie Luca Emilia "
    "Anthony Everly Dylan Leah Lincoln Aubrey Thomas Willow Maverick Addison Elias Lucy Josiah "
    "Audrey Charles Bella Caleb Nova Christopher Brooklyn Ezekiel Paisley Miles Savannah Jaxon "
    "Claire Isaiah Skylar Andrew Isla Joshua Genesis Nathan Naomi Nolan Elena Adrian Caroline "
    "Cameron Eliana Santiago Anna Eli Maya Aaron Valentina Ryan Ruby Angel Kennedy Cooper Ivy "
    "Waylon Ariana Easton Aaliyah Kai Cora Christian Madelyn Landon Alice Colton Kinsley Roman "
    "Hailey Axel Gabriella Brooks Allison Jonathan Gianna Robert Serenity Jameson Samantha Ian "
    "Sarah Everett Quinn Greyson Eva Wesley Piper Jeremiah Sophie Hunter Sadie Leonardo Delilah "
    "Jordan Josephine Jose Nevaeh Bennett Adeline Silas Arya Nicholas Emery Parker Lydia Beau "
    "Clara Weston Vivian Austin Madeline Connor Peyton Carson Julia Dominic Rylee Xavier Brielle "
    "Priya Arjun Mei Wei Hana Kenji Fatima Omar Aisha Yusuf Ngozi Chidi Rosa Diego Lucia Marco "
    "Ingrid Lars Siobhan Declan Maria Dev Anh Minh Tariq Leila Ravi Ananya Sione Tama Kaia"
).split()

LAST_NAMES = (
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez "
    "Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris "
    "Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill "
    "Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips "
    "Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers "
    "Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson "
    "Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo "
    "Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell "
    "Coleman Butler Henderson Barnes Gonzales Fisher Vasquez Simmons Romero Jordan Patterson "
    "Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera "
    "Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernandez "
    "McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns "
    "Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz Hunt "
    "Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer "
    "Rice Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant "
    "O'Brien Dunn Kelley Spencer Hawkins Arnold Pierce Vazquez Hansen Peters Santos Hart Bradley "
    "Nakamura Okafor Haddad Kowalski Lindqvist Brennan Novak Rossi Takahashi Osei Singh Yamamoto"
).split()

GERMAN_FIRST = (
    "Jürgen Björn Jörg Günter Sören Käthe Jörn Anneliese Lukas Maximilian Sophie Marie Leonie "
    "Hannah Felix Jonas Lea Lena Paul Anna Emilia Tim Laura Niklas Julia Moritz Sarah Jan Katrin "
    "Stefan Sabine Thomas Andrea Michael Claudia Matthias Petra Ulrich Monika Wolfgang Ursula "
    "Dieter Gisela Helmut Renate Bärbel Hans Ingrid Klaus Gerda Rüdiger Sönke Götz Mareike "
    "Florian Franziska Tobias Johanna Sebastian Carolin Frieda Mats Henrike Ole Merle Malte "
    "Aylin Emre Zeynep Ömer Jovana Luka Ana Milan Élodie Aino Eetu Päivi Jyrki"
).split()

GERMAN_LAST = (
    "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch "
    "Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann "
    "Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König "
    "Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel "
    "Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht "
    "Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto "
    "Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn "
    "Pohl Engel Horn Busch Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer Gößmann Özdemir "
    "Yılmaz Nieminen Mäkinen Järvinen Virtanen"
).split()

# Characters that cp1252 cannot hold are dropped from German names before use.
GERMAN_LAST = [n for n in GERMAN_LAST if n.encode("cp1252", "ignore").decode("cp1252") == n]
GERMAN_FIRST = [n for n in GERMAN_FIRST if n.encode("cp1252", "ignore").decode("cp1252") == n]

MAIL_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com",
                "proton.me", "comcast.net")
GERMAN_MAIL_DOMAINS = ("gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de",
                       "freenet.de")

_ASCII = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe",
                        "Ü": "Ue", "é": "e", "'": ""})


class NamePool:
    """Hands out distinct, realistic person names drawn from a seeded generator."""

    def __init__(self, rng: np.random.Generator, first: Sequence[str], last: Sequence[str]):
        self.rng = rng
        self.first = list(first)
        self.last = list(last)
        self.used: set[str] = set()

    def person(self) -> tuple[str, str]:
        """Return a (first, last) name pair not handed out before."""
        while True:
            f = self.first[int(self.rng.integers(len(self.first)))]
            last = self.last[int(self.rng.integers(len(self.last)))]
            if f"{f} {last}" not in self.used:
                self.used.add(f"{f} {last}")
                return f, last

    def email(self, first: str, last: str, domains: Sequence[str]) -> str:
        """Return a plausible private e-mail address for a person."""
        f = first.translate(_ASCII).lower()
        la = last.translate(_ASCII).lower()
        style = int(self.rng.integers(5))
        local = [f"{f}.{la}", f"{f[0]}{la}", f"{f}{la}{int(self.rng.integers(1, 99))}",
                 f"{f}_{la}", f"{la}.{f}"][style]
        local = local.encode("ascii", "ignore").decode()
        return f"{local}@{domains[int(self.rng.integers(len(domains)))]}"


# --------------------------------------------------------------------------------------------
# Deterministic file writing
# --------------------------------------------------------------------------------------------


def _new_workbook() -> Workbook:
    wb = Workbook()
    wb.properties.creator = "DesktopSeg sample generator"
    wb.properties.lastModifiedBy = None
    wb.properties.created = FIXED_STAMP
    wb.properties.modified = FIXED_STAMP
    return wb


def save_workbook_reproducibly(wb: Workbook, path: Path) -> None:
    """Save so that the bytes depend only on the content, not on when it ran.

    Byte-identical output also needs openpyxl's standard-library XML path (see
    OPENPYXL_LXML above): in a process that imported openpyxl with lxml first, the content is the
    same but the bytes differ.

    openpyxl stamps dcterms:modified with the current time on every save
    (openpyxl/writer/excel.py `save_workbook`) and zipfile stamps each entry with localtime(),
    so the saved archive is rewritten with fixed stamps.
    """
    buffer = io.BytesIO()
    wb.save(buffer)
    stamp = FIXED_STAMP.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + stamp.encode() + rb"\g<2>", data)
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_STAMP)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            dst.writestr(entry, data, compresslevel=9)
    path.write_bytes(out.getvalue())


def _write_sheet(ws, header: Sequence[str], rows: Sequence[Sequence], widths=None,
                 number_formats: dict[int, str] | None = None) -> None:
    ws.append(list(header))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append(list(row))
    if number_formats:
        for col, fmt in number_formats.items():
            for (cell,) in ws.iter_rows(min_row=2, min_col=col, max_col=col):
                cell.number_format = fmt
    if widths:
        from openpyxl.utils import get_column_letter

        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A2"


@dataclass
class Truth:
    """What the generator planted in one file: which customer belongs to which group."""

    customer_key_column: str
    groups: dict[str, list[str]] = field(default_factory=dict)
    notes: str = ""
    extra: dict = field(default_factory=dict)

    def add(self, group: str, key: str) -> None:
        """Record that the customer with this key was planted in group."""
        self.groups.setdefault(group, []).append(key)

    def write(self, path: Path) -> None:
        """Write the truth as JSON: customer_key_column, groups, notes and any extras."""
        payload = {"customer_key_column": self.customer_key_column,
                   "groups": {g: list(ids) for g, ids in self.groups.items()},
                   "notes": self.notes, **self.extra}
        path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------------------------
# Date helpers
# --------------------------------------------------------------------------------------------


def _month_starts() -> list[date]:
    months, d = [], START
    while d <= END:
        months.append(d)
        d = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return months


def _random_day_in(rng: np.random.Generator, first: date, last: date,
                   weekday_weights: Sequence[float] | None = None) -> date:
    """Pick a day between first and last inclusive, optionally weighted by weekday (Mon=0)."""
    last = min(last, END)
    first = max(first, START)
    span = (last - first).days + 1
    if span <= 0:
        return last
    if weekday_weights is None:
        return first + timedelta(days=int(rng.integers(span)))
    w = np.asarray(weekday_weights, dtype=float)[(first.weekday() + np.arange(span)) % 7]
    return first + timedelta(days=int(rng.choice(span, p=w / w.sum())))


def _month_end(d: date) -> date:
    nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def _second_sunday_of_may(year: int) -> date:
    d = date(year, 5, 1)
    first_sunday = d + timedelta(days=(6 - d.weekday()) % 7)
    return first_sunday + timedelta(days=7)


def _clock(rng: np.random.Generator, open_h: int = 9, close_h: int = 18) -> time:
    seconds = int(rng.integers(open_h * 3600, close_h * 3600))
    return time(seconds // 3600, seconds % 3600 // 60, seconds % 60)


def _token(rng: np.random.Generator, n: int, alphabet: str) -> str:
    return "".join(alphabet[i] for i in rng.integers(len(alphabet), size=n))


B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
UPPER = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def _usd(value: float) -> str:
    """Money as Square writes it: $8.00, -$9.00, $1,020.00."""
    sign = "-" if value < 0 else ""
    return f"{sign}${abs(value):,.2f}"


# --------------------------------------------------------------------------------------------
# a. Florist, Square "Items" export
# --------------------------------------------------------------------------------------------

SQUARE_ITEMS_HEADER = (
    "Date,Time,Time Zone,Category,Item,Qty,Price Point Name,SKU,Modifiers Applied,Gross Sales,"
    "Discounts,Net Sales,Tax,Transaction ID,Payment ID,Device Name,Notes,Details,Event Type,"
    "Location,Dining Option,Customer ID,Customer Name,Customer Reference ID,Unit,Count,GTIN,"
    "Itemization Type,Commission,Employee,Fulfillment Note,Channel,Token,Card Brand,PAN Suffix"
).split(",")

SQUARE_CUSTOMERS_HEADER = (
    "Reference ID,First Name,Last Name,Email Address,Phone Number,Nickname,Company Name,"
    "Street Address 1,Street Address 2,City,State,Postal Code,Birthday,Memo,Square Customer ID,"
    "Creation Source,First Visit,Last Visit,Transaction Count,Lifetime Spend,"
    "Email Subscription Status,Instant Profile,Blocked from online booking"
).split(",")

FLORIST_CATALOG = {
    "Roses": [("Dozen Red Roses", 65.0), ("Half Dozen Roses", 38.0), ("Single Stem Rose", 6.0),
              ("Two Dozen Roses", 120.0), ("Dozen Garden Roses", 78.0)],
    "Bouquets": [("Seasonal Bouquet", 45.0), ("Petite Bouquet", 28.0), ("Deluxe Bouquet", 75.0),
                 ("Tulip Bunch", 24.0), ("Peony Bouquet", 58.0), ("Wildflower Wrap", 32.0)],
    "Plants": [("Orchid Pot", 42.0), ("Peace Lily", 35.0), ("Succulent Trio", 22.0),
               ("Fiddle Leaf Fig", 68.0), ("Potted Hydrangea", 39.0)],
    "Arrangements": [("Table Centrepiece", 85.0), ("Bridal Bouquet", 180.0),
                     ("Sympathy Wreath", 220.0), ("Standing Spray", 350.0), ("Boutonniere", 18.0),
                     ("Altar Arrangement", 260.0), ("Corsage", 25.0), ("Casket Spray", 420.0)],
    "Gifts": [("Greeting Card", 5.0), ("Chocolate Box", 18.0), ("Glass Vase", 15.0),
              ("Balloon", 9.0), ("Scented Candle", 24.0)],
}
FLORIST_TAX = 0.0725
FLORIST_LOCATION = "Petal & Stem Florist"
#: Square's Details links end in the seller's unit (location) id, the same on every row.
FLORIST_UNIT = "L7PX2QW9M4ZKE"


@dataclass
class Order:
    """One ticket: its day and time, its customer (None for a walk-in) and its lines."""

    day: date
    clock: time
    customer: str | None
    lines: list[tuple[str, str, float, float]]  # category, item, qty, unit price
    channel: str = "in_store"


def _pick(rng: np.random.Generator, catalog: dict, category: str) -> tuple[str, float]:
    items = catalog[category]
    return items[int(rng.integers(len(items)))]


def _florist_lines(rng: np.random.Generator, weights: dict[str, float], n_lines: int,
                   qty_max: int = 1) -> list[tuple[str, str, float, float]]:
    cats = list(weights)
    p = np.array([weights[c] for c in cats])
    lines = []
    for _ in range(n_lines):
        cat = cats[int(rng.choice(len(cats), p=p / p.sum()))]
        item, price = _pick(rng, FLORIST_CATALOG, cat)
        qty = float(rng.integers(1, qty_max + 1)) if qty_max > 1 else 1.0
        lines.append((cat, item, qty, price))
    return lines


def _n_lines(rng: np.random.Generator) -> int:
    """Most florist tickets hold one item, some two or three."""
    return int(rng.choice([1, 2, 3], p=[0.7, 0.24, 0.06]))


def make_florist(path: Path) -> Truth:
    """Write a florist's Square Items export with the customer directory on a second sheet."""
    rng = np.random.default_rng(20261031)
    names = NamePool(rng, FIRST_NAMES, LAST_NAMES)
    truth = Truth(
        "Customer ID",
        notes=(
            "Square Items export of a florist, 2024-11-01..2026-10-31. Walk-in lines have no "
            "Customer ID (about 30% of rows). Groups: valentines_mothers_day buy only in the week "
            "before Feb 14 and Mother's Day; monthly_regulars buy in nearly every month; lapsed "
            "bought monthly until 2025-08..2026-02 and nothing since; one_time bought once; "
            "big_event_spenders placed 1-3 large wedding/funeral orders; occasional is background "
            "(2-5 scattered purchases). Refunds (~3% of rows) never touch one_time or "
            "big_event_spenders. Sheet 'Customers' is the Square customer directory (e-mails)."
        ),
    )
    months = _month_starts()
    customers: dict[str, dict] = {}
    orders: list[Order] = []
    wk = (0.8, 0.8, 0.9, 1.0, 1.4, 1.6, 0.7)  # florists are busiest Friday and Saturday

    def new_customer(group: str) -> str:
        cid = _token(rng, 26, UPPER)
        first, last = names.person()
        customers[cid] = {"first": first, "last": last, "group": group}
        truth.add(group, cid)
        return cid

    online = lambda: "online" if rng.random() < 0.25 else "in_store"  # noqa: E731

    for _ in range(50):
        cid = new_customer("valentines_mothers_day")
        holidays = [date(y, 2, 14) for y in (2025, 2026)] + [
            _second_sunday_of_may(y) for y in (2025, 2026)]
        chosen = [h for h in holidays if rng.random() < 0.8]
        if len(chosen) < 2:
            chosen = [holidays[0], holidays[2]] if rng.random() < 0.5 else holidays[1::2]
        for h in chosen:
            day = h - timedelta(days=int(rng.integers(0, 7)))
            mix = {"Roses": 6, "Gifts": 2} if h.month == 2 else {"Bouquets": 4, "Plants": 3,
                                                                   "Gifts": 1}
            orders.append(Order(day, _clock(rng), cid,
                                _florist_lines(rng, mix, _n_lines(rng)), online()))

    for _ in range(40):
        cid = new_customer("monthly_regulars")
        for m in months:
            for _k in range(1 + (rng.random() < 0.08)):
                if rng.random() < 0.88:
                    day = _random_day_in(rng, m, _month_end(m), wk)
                    mix = {"Bouquets": 6, "Plants": 2, "Roses": 1, "Gifts": 1}
                    orders.append(Order(day, _clock(rng), cid,
                                        _florist_lines(rng, mix, _n_lines(rng)),
                                        online()))

    for _ in range(40):
        cid = new_customer("lapsed")
        begin = int(rng.integers(0, 3))
        stop = int(rng.integers(10, 17))  # last month bought: 2025-08 .. 2026-02
        for i, m in enumerate(months[begin:stop], start=begin):
            if rng.random() < 0.88 or (i == stop - 1):
                day = _random_day_in(rng, m, _month_end(m), wk)
                mix = {"Bouquets": 5, "Plants": 3, "Roses": 1, "Gifts": 1}
                orders.append(Order(day, _clock(rng), cid,
                                    _florist_lines(rng, mix, _n_lines(rng)), online()))

    for _ in range(60):
        cid = new_customer("one_time")
        day = _random_day_in(rng, START, END, wk)
        mix = {"Bouquets": 4, "Roses": 2, "Plants": 2, "Gifts": 1}
        orders.append(Order(day, _clock(rng), cid,
                            _florist_lines(rng, mix, _n_lines(rng)), online()))

    for _ in range(40):
        cid = new_customer("big_event_spenders")
        for _k in range(int(rng.integers(1, 3))):
            wedding = rng.random() < 0.6
            if wedding:
                month = int(rng.choice([4, 5, 6, 7, 8, 9, 10]))
                year = 2025 if month > 10 or rng.random() < 0.5 else 2026
                day = _random_day_in(rng, date(year, month, 1), _month_end(date(year, month, 1)),
                                     (0.1, 0.1, 0.2, 0.4, 1.0, 2.0, 0.2))
                lines = [("Arrangements", "Bridal Bouquet", 1.0, 180.0),
                         ("Arrangements", "Table Centrepiece", float(rng.integers(6, 16)), 85.0),
                         ("Arrangements", "Boutonniere", float(rng.integers(4, 10)), 18.0)]
                if rng.random() < 0.6:
                    lines.append(("Arrangements", "Altar Arrangement", float(rng.integers(1, 3)),
                                  260.0))
                if rng.random() < 0.5:
                    lines.append(("Arrangements", "Corsage", float(rng.integers(2, 7)), 25.0))
            else:
                day = _random_day_in(rng, START, END, wk)
                lines = [("Arrangements", "Casket Spray", 1.0, 420.0),
                         ("Arrangements", "Standing Spray", float(rng.integers(1, 3)), 350.0),
                         ("Arrangements", "Sympathy Wreath", float(rng.integers(1, 4)), 220.0)]
            orders.append(Order(day, _clock(rng), cid, lines, "in_store"))

    for _ in range(40):
        cid = new_customer("occasional")
        for _k in range(int(rng.integers(2, 6))):
            day = _random_day_in(rng, START, END, wk)
            mix = {"Bouquets": 4, "Roses": 2, "Plants": 3, "Gifts": 2}
            orders.append(Order(day, _clock(rng), cid,
                                _florist_lines(rng, mix, _n_lines(rng)), online()))

    identified_rows = sum(len(o.lines) for o in orders)
    walkin_rows_wanted = int(identified_rows * 0.30 / 0.70)
    walkin_rows = 0
    holidays = [date(y, 2, 14) for y in (2025, 2026)] + [_second_sunday_of_may(y)
                                                         for y in (2025, 2026)]
    while walkin_rows < walkin_rows_wanted:
        if rng.random() < 0.25:
            h = holidays[int(rng.integers(len(holidays)))]
            day = h - timedelta(days=int(rng.integers(0, 7)))
        else:
            day = _random_day_in(rng, START, END, wk)
        mix = {"Bouquets": 4, "Roses": 3, "Plants": 2, "Gifts": 2}
        lines = _florist_lines(rng, mix, _n_lines(rng))
        orders.append(Order(day, _clock(rng), None, lines, "in_store"))
        walkin_rows += len(lines)

    rows: list[tuple[datetime, list]] = []
    spend: dict[str, list] = {}
    cards: dict[str, tuple[str, str, str]] = {}
    no_refund = set(truth.groups["one_time"]) | set(truth.groups["big_event_spenders"])
    for order in orders:
        tx = _token(rng, 25, B62) + "ZY"
        pay = _token(rng, 25, B62) + "ZY"
        card = rng.random() < 0.85
        new_card = (
            _token(rng, 24, UPPER),
            str(rng.choice(["Visa", "Mastercard", "American Express", "Discover"],
                           p=[0.5, 0.3, 0.12, 0.08])),
            f"{int(rng.integers(0, 10000)):04d}")
        # Token identifies the card: a known customer keeps paying with the same one.
        if order.customer:
            new_card = cards.setdefault(order.customer, new_card)
        token, brand, pan = new_card if card else (None, None, None)
        cust = customers.get(order.customer) if order.customer else None
        stamp = datetime.combine(order.day, order.clock)
        discount_rate = 0.10 if rng.random() < 0.06 else 0.0
        for cat, item, qty, price in order.lines:
            gross = round(qty * price, 2)
            disc = round(gross * discount_rate, 2)
            net = gross - disc
            tax = round(net * FLORIST_TAX, 2)
            modifiers = None
            if cat in ("Bouquets", "Roses") and rng.random() < 0.3:
                modifiers = str(rng.choice(["Card Message", "Gift Wrap", "Card Message, Gift Wrap",
                                            "Extra Greenery"]))
            row = [
                order.day.isoformat(), order.clock.strftime("%H:%M:%S"),
                "Pacific Time (US & Canada)", cat, item, f"{qty:.1f}",
                None, None, modifiers, _usd(gross), _usd(-disc) if disc else "$0.00",
                _usd(net), _usd(tax), tx, pay,
                "Square Register 0412" if order.channel == "in_store" else None, None,
                f"https://app.squareup.com/dashboard/sales/transactions/{tx}/by-unit/{FLORIST_UNIT}",
                "Payment", FLORIST_LOCATION, None,
                order.customer, f"{cust['first']} {cust['last']}" if cust else None, None,
                "ea", "1", None, "Physical Good", "$0.00", None,
                "Delivery" if order.channel == "online" and rng.random() < 0.5 else None,
                FLORIST_LOCATION if order.channel == "in_store" else "Square Online",
                token, brand, pan,
            ]
            rows.append((stamp, row))
            if order.customer:
                spend.setdefault(order.customer, []).append((order.day, tx, net))
            refundable = order.customer not in no_refund
            if refundable and rng.random() < 0.031:
                back = min(order.day + timedelta(days=int(rng.integers(0, 6))), END)
                rclock = _clock(rng)
                rtx = _token(rng, 25, B62) + "ZY"
                refund = list(row)
                refund[0], refund[1] = back.isoformat(), rclock.strftime("%H:%M:%S")
                refund[5] = f"{-qty:.1f}"
                refund[9], refund[10] = _usd(-gross), _usd(disc) if disc else "$0.00"
                refund[11], refund[12] = _usd(-net), _usd(-tax)
                refund[13], refund[14] = rtx, _token(rng, 25, B62) + "ZY"
                refund[16] = str(rng.choice(["Wilted on arrival", "Wrong address",
                                             "Accidental Charge", "Customer changed mind"]))
                refund[17] = (f"https://app.squareup.com/dashboard/sales/transactions/{rtx}"
                              f"/by-unit/{FLORIST_UNIT}")
                refund[18] = "Refund"
                rows.append((datetime.combine(back, rclock), refund))
                if order.customer:
                    spend[order.customer].append((back, rtx, -net))

    rows.sort(key=lambda r: (r[0], r[1][13]), reverse=True)  # Square lists newest first

    wb = _new_workbook()
    ws = wb.active
    ws.title = "Items"
    _write_sheet(ws, SQUARE_ITEMS_HEADER, [r for _, r in rows])

    directory = []
    for cid, c in customers.items():
        visits = spend.get(cid, [])
        email = names.email(c["first"], c["last"], MAIL_DOMAINS) if rng.random() < 0.88 else None
        phone = (f"({int(rng.integers(200, 990))}) 555-{int(rng.integers(100, 200)):04d}"
                 if rng.random() < 0.6 else None)
        directory.append([
            None, c["first"], c["last"], email, phone, None, None, None, None,
            str(rng.choice(["Portland", "Beaverton", "Lake Oswego", "Tigard", "Gresham"])),
            "OR", None, None, None, cid,
            "Directory" if rng.random() < 0.3 else "Instant Profile",
            min(v[0] for v in visits).isoformat(), max(v[0] for v in visits).isoformat(),
            len({v[1] for v in visits if v[2] > 0}), _usd(sum(v[2] for v in visits)),
            "subscribed" if email and rng.random() < 0.7 else "unsubscribed" if email else None,
            "Y" if rng.random() < 0.5 else "N", "N",
        ])
    _write_sheet(wb.create_sheet("Customers"), SQUARE_CUSTOMERS_HEADER, directory)
    save_workbook_reproducibly(wb, path)
    return truth


# --------------------------------------------------------------------------------------------
# b. Hardware store sales lines + service log
# --------------------------------------------------------------------------------------------

#: category -> (list margin, [(item, list price)])
HARDWARE_CATALOG = {
    "Lumber": (0.22, [("2x4x8 Stud", 4.28), ("2x6x10 SPF", 9.85), ("Plywood 3/4in 4x8", 52.00),
                      ("OSB Sheet 7/16in", 18.50), ("Pressure Treated 4x4x8", 14.97)]),
    "Fasteners": (0.42, [("Deck Screws 5lb", 34.97), ("Framing Nails 50lb", 89.00),
                         ("Concrete Anchors 25pk", 16.48), ("Drywall Screws 1lb", 8.97)]),
    "Concrete": (0.25, [("Concrete Mix 80lb", 6.25), ("Mortar Mix 60lb", 8.98),
                        ("Rebar #4 10ft", 7.45)]),
    "Tools": (0.33, [("Cordless Drill Kit", 129.00), ("Claw Hammer", 24.97),
                     ("Tape Measure 25ft", 12.98), ("Utility Knife", 8.97),
                     ("Circular Saw Blade", 21.97)]),
    "Paint": (0.45, [("Interior Paint Gallon", 38.98), ("Primer Gallon", 24.98),
                     ("Roller Kit", 14.97), ("Painter's Tape", 6.97), ("Drop Cloth", 11.48)]),
    "Plumbing": (0.42, [("PVC Pipe 10ft", 9.48), ("Ball Valve 3/4in", 14.22), ("Wax Ring", 5.47),
                        ("PEX Tubing 100ft", 42.98)]),
    "Electrical": (0.30, [("Romex 12/2 250ft", 118.00), ("Outlet 10pk", 19.97),
                          ("LED Bulbs 4pk", 9.98), ("Breaker 20A", 11.47)]),
    "Garden": (0.45, [("Potting Soil 2cu ft", 7.97), ("Garden Hose 50ft", 29.98),
                      ("Mulch Bag", 3.97), ("Grass Seed 7lb", 34.98)]),
}
HARDWARE_START = date(2025, 11, 1)  # one year of history: a busy store has many lines


def _hw_line(rng, categories: dict[str, float], qty_scale: float, discount: float,
             markup: tuple[float, float] | None = None):
    """One sales line; `discount` off list price, or a cost-plus `markup` range instead."""
    cats = list(categories)
    p = np.array([categories[c] for c in cats])
    cat = cats[int(rng.choice(len(cats), p=p / p.sum()))]
    margin, items = HARDWARE_CATALOG[cat]
    item, price = items[int(rng.integers(len(items)))]
    bulk = cat in ("Lumber", "Concrete")
    qty = max(1, int(rng.gamma(2.0, qty_scale * (8 if bulk else 1))))
    cost = round(price * (1 - margin), 2)
    unit = (round(cost * rng.uniform(*markup), 2) if markup
            else round(price * (1 - discount), 2))
    return cat, item, qty, unit, cost


def make_hardware(path: Path) -> Truth:
    """Write a hardware store's sales lines (one year) and its per-account service log."""
    rng = np.random.default_rng(4711)
    names = NamePool(rng, FIRST_NAMES, LAST_NAMES)
    truth = Truth(
        "Account No",
        notes=(
            "Hardware store sales lines 2025-11-01..2026-10-31, sheet 'Sales'; sheet 'Service log' "
            "gives service minutes, phone calls and deliveries per account. Walk-in cash sales "
            "have no Account No (Customer 'CASH SALE'). contractors_good: frequent large orders "
            "at a 5% trade discount (margin ~25%) and few service minutes per dollar; "
            "contractors_costly: many small phone/delivery orders priced at cost plus 0-9% "
            "(margin ~4%) and many service minutes (the 'reprice or let go' quadrant); "
            "homeowners_regular: small counter visits most weeks at list price; "
            "homeowners_occasional: 1-5 weekend DIY visits a year. Most accounts have an e-mail "
            "in the service log."
        ),
    )
    accounts: dict[int, dict] = {}
    orders: list[tuple[date, time, int | None, str, list]] = []
    next_account = iter(range(10100, 99999, 7))
    weekday = (1.0, 1.0, 1.0, 1.0, 1.0, 0.5, 0.15)
    weekend = (0.1, 0.1, 0.1, 0.1, 0.3, 1.0, 0.9)
    trades = ("Construction", "Builders", "Remodeling", "Roofing", "Electric", "Plumbing",
              "Carpentry", "Renovations", "Decks & Fences", "Contracting")

    def company() -> str:
        last = names.last[int(rng.integers(len(names.last)))]
        trade = trades[int(rng.integers(len(trades)))]
        style = int(rng.integers(4))
        name = [f"{last} {trade}", f"{last} & Sons {trade}", f"{last} {trade} LLC",
                f"{last} Bros {trade}"][style]
        while name in names.used:
            name += " Inc"
        names.used.add(name)
        return name

    def account(group: str, kind: str, name: str) -> int:
        no = next(next_account)
        accounts[no] = {"name": name, "type": kind, "group": group, "minutes": 0.0,
                        "calls": 0, "deliveries": 0}
        truth.add(group, str(no))
        return no

    days = (END - HARDWARE_START).days + 1
    for _ in range(40):
        no = account("contractors_good", "Contractor", company())
        for week in range(0, days, 7):
            if rng.random() < 0.30:
                day = _random_day_in(rng, HARDWARE_START + timedelta(days=week),
                                     HARDWARE_START + timedelta(days=week + 6), weekday)
                channel = str(rng.choice(["Counter", "Delivery", "Phone", "Online"],
                                         p=[0.55, 0.3, 0.1, 0.05]))
                mix = {"Lumber": 3, "Fasteners": 3, "Concrete": 1, "Tools": 2, "Electrical": 2,
                       "Plumbing": 2}
                lines = [_hw_line(rng, mix, 3.0, 0.05) for _ in range(int(rng.integers(2, 4)))]
                orders.append((day, _clock(rng, 6, 10), no, channel, lines))
                accounts[no]["minutes"] += float(rng.uniform(2, 6))
                accounts[no]["calls"] += int(channel == "Phone")
                accounts[no]["deliveries"] += int(channel == "Delivery")

    for _ in range(40):
        no = account("contractors_costly", "Contractor", company())
        for week in range(0, days, 7):
            for _k in range(int(rng.poisson(0.9))):
                day = _random_day_in(rng, HARDWARE_START + timedelta(days=week),
                                     HARDWARE_START + timedelta(days=week + 6), weekday)
                channel = str(rng.choice(["Phone", "Delivery", "Counter"], p=[0.45, 0.35, 0.2]))
                mix = {"Fasteners": 3, "Electrical": 2, "Plumbing": 2, "Lumber": 1, "Paint": 1}
                lines = [_hw_line(rng, mix, 0.6, 0.0, markup=(1.0, 1.09))
                         for _ in range(int(rng.integers(1, 3)))]
                orders.append((day, _clock(rng, 7, 17), no, channel, lines))
                accounts[no]["minutes"] += float(rng.uniform(18, 45))
                accounts[no]["calls"] += 1 + int(rng.poisson(1.5))
                accounts[no]["deliveries"] += int(channel == "Delivery")

    for _ in range(55):
        first, last = names.person()
        no = account("homeowners_regular", "Homeowner", f"{first} {last}")
        for week in range(0, days, 7):
            if rng.random() < 0.45:
                day = _random_day_in(rng, HARDWARE_START + timedelta(days=week),
                                     HARDWARE_START + timedelta(days=week + 6))
                mix = {"Paint": 2, "Garden": 3, "Plumbing": 1, "Tools": 1, "Fasteners": 1,
                       "Electrical": 1}
                lines = [_hw_line(rng, mix, 0.5, 0.0) for _ in range(int(rng.integers(1, 3)))]
                orders.append((day, _clock(rng, 8, 19), no, "Counter", lines))
                accounts[no]["minutes"] += float(rng.uniform(1, 5))

    for _ in range(65):
        first, last = names.person()
        no = account("homeowners_occasional", "Homeowner", f"{first} {last}")
        for _k in range(int(rng.integers(1, 6))):
            day = _random_day_in(rng, HARDWARE_START, END, weekend)
            mix = {"Paint": 3, "Garden": 3, "Tools": 2, "Lumber": 1, "Fasteners": 1}
            lines = [_hw_line(rng, mix, 0.7, 0.0) for _ in range(int(rng.integers(1, 4)))]
            orders.append((day, _clock(rng, 8, 17), no, "Counter", lines))
            accounts[no]["minutes"] += float(rng.uniform(3, 12))

    for _ in range(900):
        day = _random_day_in(rng, HARDWARE_START, END, (1, 1, 1, 1, 1.2, 1.6, 1.0))
        mix = {"Paint": 2, "Garden": 2, "Tools": 2, "Fasteners": 2, "Plumbing": 1,
               "Electrical": 1}
        lines = [_hw_line(rng, mix, 0.5, 0.0) for _ in range(int(rng.integers(1, 3)))]
        orders.append((day, _clock(rng, 7, 20), None, "Counter", lines))

    orders.sort(key=lambda o: (o[0], o[1]))
    rows = []
    for number, (day, _clock_time, no, channel, lines) in enumerate(orders, start=51001):
        acc = accounts.get(no) if no else None
        for cat, item, qty, unit, cost in lines:
            rows.append([day, f"S{number}", no, acc["name"] if acc else "CASH SALE",
                         acc["type"] if acc else "Walk-in", channel, item, cat, qty, unit, cost,
                         round(qty * unit, 2)])
        if acc is None or acc["group"] == "contractors_good":
            continue
        if rng.random() < 0.04:  # a return: negative quantities on a new invoice
            cat, item, qty, unit, cost = lines[0]
            back = min(day + timedelta(days=int(rng.integers(1, 10))), END)
            rows.append([back, f"R{number}", no, acc["name"], acc["type"], "Counter", item, cat,
                         -qty, unit, cost, round(-qty * unit, 2)])
            acc["minutes"] += 10.0
    rows.sort(key=lambda r: (r[0], r[1]))

    wb = _new_workbook()
    ws = wb.active
    ws.title = "Sales"
    header = ("Date", "Invoice", "Account No", "Customer", "Customer Type", "Channel", "Item",
              "Category", "Qty", "Unit Price", "Unit Cost", "Line Total")
    _write_sheet(ws, header, rows, widths=(11, 9, 11, 30, 13, 10, 24, 12, 6, 10, 10, 11),
                 number_formats={1: "mm/dd/yyyy", 10: "#,##0.00", 11: "#,##0.00",
                                 12: "#,##0.00"})
    mail = NamePool(np.random.default_rng(4712), FIRST_NAMES, LAST_NAMES)
    log = []
    for no, a in sorted(accounts.items()):
        if a["type"] == "Contractor":
            domain = re.sub(r"[^a-z]", "", a["name"].lower().replace(" llc", "")) + ".com"
            email = f"{('office', 'orders', 'info')[int(mail.rng.integers(3))]}@{domain}"
        elif mail.rng.random() < 0.85:
            first, last = a["name"].split(" ", 1)
            email = mail.email(first, last, MAIL_DOMAINS)
        else:
            email = None
        log.append([no, a["name"], a["type"], email, round(a["minutes"]), a["calls"],
                    a["deliveries"]])
    _write_sheet(wb.create_sheet("Service log"),
                 ("Account No", "Customer", "Customer Type", "Email", "Service Minutes",
                  "Phone Calls", "Deliveries"), log, widths=(11, 30, 13, 34, 15, 12, 11))
    save_workbook_reproducibly(wb, path)
    return truth


# --------------------------------------------------------------------------------------------
# c. B2B office-supplies supplier: Customers + Invoices
# --------------------------------------------------------------------------------------------

#: group -> (how many, [(NAICS, SIC, company-name words)], employees range, favourite categories)
B2B_SECTORS = {
    "manufacturing": (26, [(332710, 3599, "Machine Works"), (311811, 2051, "Bakery Products"),
                           (337214, 2522, "Office Furniture Mfg"), (325412, 2834, "Pharma Labs"),
                           (336390, 3714, "Auto Components")],
                      (50, 249), {"Janitorial": 3, "Safety": 3, "Paper": 2, "Breakroom": 2}),
    "retail": (26, [(445110, 5411, "Market"), (448140, 5651, "Outfitters"),
                    (444130, 5251, "Hardware"), (453220, 5947, "Gifts"),
                    (446110, 5912, "Pharmacy")],
               (2, 9), {"Mailroom": 3, "Paper": 2, "Breakroom": 1, "Writing": 1}),
    "transportation_warehousing": (20, [(484121, 4213, "Freight Lines"),
                                        (493110, 4225, "Warehousing"),
                                        (488510, 4731, "Logistics"),
                                        (492110, 4215, "Courier Services")],
                                   (250, 900), {"Mailroom": 5, "Safety": 2, "Janitorial": 1}),
    "professional_services": (30, [(541110, 8111, "Law Group"), (541211, 8721, "CPAs"),
                                   (541330, 8711, "Engineering"),
                                   (541810, 7311, "Creative Agency")],
                              (10, 49), {"Paper": 4, "Ink & Toner": 3, "Writing": 2,
                                         "Furniture": 1}),
    "health_care": (20, [(621210, 8021, "Dental Care"), (621111, 8011, "Family Medicine"),
                         (623110, 8051, "Care Home")],
                    (10, 49), {"Janitorial": 4, "Paper": 2, "Breakroom": 1, "Safety": 1}),
    # SIC 0742/0781 lose their leading zero in Excel: division A (agriculture) by SIC, but NAICS
    # files veterinarians under 54 and landscapers under 56.
    "agricultural_services": (14, [(541940, 742, "Veterinary Clinic"),
                                   (561730, 781, "Landscaping")],
                              (2, 9), {"Paper": 2, "Janitorial": 2, "Breakroom": 1}),
}
B2B_PRODUCTS = {
    "Paper": [("Copy Paper Letter 10-ream case", 54.99), ("Sticky Notes 24pk", 21.49),
              ("Legal Pads 12pk", 17.99)],
    "Ink & Toner": [("Toner Cartridge Black", 129.00), ("Ink Cartridge Color 3pk", 64.50)],
    "Writing": [("Ballpoint Pens 60pk", 14.99), ("Highlighters 24pk", 12.49)],
    "Furniture": [("Ergonomic Task Chair", 289.00), ("Standing Desk", 549.00),
                  ("Filing Cabinet", 219.00)],
    "Breakroom": [("Coffee Beans 5lb", 49.99), ("Paper Cups 1000ct", 38.50),
                  ("Bottled Water 24pk", 6.99)],
    "Janitorial": [("Paper Towels 12-roll case", 32.99), ("Nitrile Gloves 1000ct", 79.00),
                   ("Disinfectant Wipes 6pk", 27.49), ("Trash Liners 250ct", 24.99)],
    "Safety": [("Hi-Vis Vest", 8.99), ("Safety Glasses 12pk", 29.99),
               ("First Aid Kit", 59.00)],
    "Mailroom": [("Shipping Labels 1000ct", 44.99), ("Packing Tape 36 rolls", 69.99),
                 ("Stretch Film Roll", 24.50), ("Corrugated Boxes 25pk", 39.99)],
}
B2B_CITIES = (("Seattle", "United States"), ("Tacoma", "United States"),
              ("Bellevue", "United States"), ("Everett", "United States"),
              ("Spokane", "United States"), ("Portland", "United States"),
              ("Vancouver", "Canada"), ("Surrey", "Canada"))
B2B_START = date(2025, 11, 1)


def make_b2b(path: Path) -> Truth:
    """Write an office-supplies supplier's customer list (firmographics) and invoices."""
    rng = np.random.default_rng(90210)
    names = NamePool(rng, FIRST_NAMES, LAST_NAMES)
    truth = Truth(
        "Customer ID",
        notes=(
            "Office-supplies supplier, invoices 2025-11-01..2026-10-31. Groups by industry "
            "(planted by NAICS/SIC code and a typical size): manufacturing (NAICS 31-33, "
            "50-249 employees), retail (44-45, 1-9), transportation_warehousing (48-49, 250+), "
            "professional_services (54, 10-49), health_care (62, 10-49), agricultural_services "
            "(SIC 0742/0781 written as 742/781, i.e. SIC division A; NAICS 541940/561730, "
            "sectors 54/56; 1-9). high_support_low_margin overlaps the industry groups: "
            "accounts with 60-160 support hours a year and 3-9% margin; all others have 1-20 "
            "hours and 25-40% margin. size_bands gives each customer's employee band."
        ),
        extra={"overlapping_groups": ["high_support_low_margin"], "size_bands": {}},
    )
    customers = []
    invoices = []
    days = (END - B2B_START).days + 1
    number = iter(range(24001, 99999))
    serial = iter(range(1001, 9999))
    suffixes = ("Inc", "LLC", "Co", "Ltd", "Group", "")
    for group, (count, codes, (lo, hi), favourites) in B2B_SECTORS.items():
        for _ in range(count):
            cid = f"C{next(serial)}"
            naics, sic, words = codes[int(rng.integers(len(codes)))]
            last = names.last[int(rng.integers(len(names.last)))]
            city, country = B2B_CITIES[int(rng.choice(len(B2B_CITIES),
                                                      p=[.3, .14, .14, .1, .07, .1, .1, .05]))]
            place = city if rng.random() < 0.4 else last
            company = f"{place} {words} {suffixes[int(rng.integers(len(suffixes)))]}".strip()
            while company in names.used:
                company = f"{last} {company}"
            names.used.add(company)
            employees = int(np.exp(rng.uniform(np.log(lo), np.log(hi + 1))))
            revenue = round(employees * rng.uniform(90_000, 260_000), -3)
            costly = rng.random() < 0.15
            support = float(rng.uniform(60, 160)) if costly else float(rng.uniform(1, 20))
            customers.append([cid, company, sic, naics, employees, revenue, city, country,
                              round(support, 1)])
            truth.add(group, cid)
            if costly:
                truth.add("high_support_low_margin", cid)
            band = ("1-9" if employees < 10 else "10-49" if employees < 50
                    else "50-249" if employees < 250 else "250+")
            truth.extra["size_bands"].setdefault(band, []).append(cid)
            per_month = min(4.0, 0.5 + employees / 120)
            margin_lo, margin_hi = (0.03, 0.09) if costly else (0.25, 0.40)
            cats = list(favourites) + [c for c in B2B_PRODUCTS if c not in favourites]
            weights = np.array([favourites.get(c, 0.3) for c in cats], dtype=float)
            for _k in range(max(1, int(rng.poisson(per_month * 12)))):
                day = B2B_START + timedelta(days=int(rng.integers(days)))
                if day.weekday() >= 5:  # invoices go out on working days
                    day += timedelta(days=7 - day.weekday()) if day < END - timedelta(2) \
                        else -timedelta(days=day.weekday() - 4)
                inv = f"INV-{next(number)}"
                for _line in range(int(rng.integers(1, 5))):
                    cat = cats[int(rng.choice(len(cats), p=weights / weights.sum()))]
                    product, price = B2B_PRODUCTS[cat][int(rng.integers(len(B2B_PRODUCTS[cat])))]
                    qty = max(1, int(rng.gamma(1.5, 1 + employees / 40)))
                    amount = round(qty * price, 2)
                    cost = round(amount * (1 - rng.uniform(margin_lo, margin_hi)), 2)
                    invoices.append([inv, day, cid, product, cat, qty, price, amount, cost])
    invoices.sort(key=lambda r: (r[1], r[0]))
    # Invoice numbers run with the date, as an accounting system hands them out.
    renumber: dict[str, str] = {}
    for row in invoices:
        row[0] = renumber.setdefault(row[0], f"INV-{24001 + len(renumber)}")

    wb = _new_workbook()
    ws = wb.active
    ws.title = "Customers"
    _write_sheet(ws, ("Customer ID", "Company", "SIC Code", "NAICS Code", "Employees",
                      "Annual Revenue", "City", "Country", "Support Hours"), customers,
                 widths=(12, 36, 10, 12, 11, 16, 12, 14, 14), number_formats={6: "#,##0"})
    _write_sheet(wb.create_sheet("Invoices"),
                 ("Invoice No", "Invoice Date", "Customer ID", "Product", "Category", "Quantity",
                  "Unit Price", "Amount", "Cost"), invoices,
                 widths=(12, 12, 12, 32, 12, 9, 10, 11, 11),
                 number_formats={2: "yyyy-mm-dd", 7: "#,##0.00", 8: "#,##0.00",
                                 9: "#,##0.00"})
    save_workbook_reproducibly(wb, path)
    return truth


# --------------------------------------------------------------------------------------------
# d. Bookkeeper: QuickBooks Online "Sales by Customer Detail" exported to Excel
# --------------------------------------------------------------------------------------------

QB_PRODUCTS = (("Corporate Lunch Buffet", 18.50, "per guest"), ("Breakfast Platter", 65.00, ""),
               ("Coffee Service", 4.00, "per guest"), ("Sandwich Platter", 55.00, ""),
               ("Dessert Tray", 45.00, ""), ("Delivery Fee", 35.00, ""),
               ("Event Catering Package", 2400.00, ""), ("Staff Hours", 38.00, "per hour"))


def make_quickbooks(path: Path) -> Truth:
    """Write a catering firm's QuickBooks 'Sales by Customer Detail' report, title rows and all."""
    rng = np.random.default_rng(1099)
    truth = Truth(
        "Name",
        notes=(
            "QuickBooks Online 'Sales by Customer Detail' (Excel export) of a catering firm, "
            "2024-11-01..2026-10-31: three title rows, a blank row, the header, then per "
            "customer a name row, detail rows and a 'Total for <name>' row; 'TOTAL' and an "
            "'Accrual basis ...' footer at the bottom. Customer key is the Name column (also "
            "the group label in column A). big_regular: 1-3 invoices a month, $800-4,000 each; "
            "small_regular: about monthly, $60-300; one_off: one invoice; declining: regular "
            "and mid-sized in year one, then fewer and smaller orders, none in the last 3-6 "
            "months. Credit memos are negative."
        ),
    )
    businesses = ("Architects", "Law Partners", "Dental Group", "Realty", "Insurance Agency",
                  "Church", "High School PTA", "Rotary Club", "Engineering", "Medical Clinic",
                  "Software", "Credit Union", "Brewing Co", "Yoga Studio", "Accounting",
                  "Film Festival", "Library Friends", "Chamber of Commerce", "Hotel",
                  "Property Management")
    names = NamePool(rng, FIRST_NAMES, LAST_NAMES)
    customers: dict[str, list] = {}
    months = _month_starts()

    def company() -> str:
        while True:
            last = names.last[int(rng.integers(len(names.last)))]
            name = f"{last} {businesses[int(rng.integers(len(businesses)))]}"
            if rng.random() < 0.3:
                name += " Ltd"
            if name not in customers:
                customers[name] = []
                return name

    def invoice(name: str, day: date, scale: float) -> None:
        lines = []
        guests = max(5, int(rng.gamma(3.0, 8 * scale)))
        for product, price, unit in QB_PRODUCTS[:5]:
            if rng.random() < 0.45:
                qty = guests if unit == "per guest" else max(1, guests // 12)
                lines.append((product, qty, price))
        if scale > 3 and rng.random() < 0.3:
            lines.append(("Event Catering Package", 1, 2400.00))
            lines.append(("Staff Hours", int(rng.integers(6, 20)), 38.00))
        if not lines:
            lines.append(("Sandwich Platter", max(1, guests // 10), 55.00))
        lines.append(("Delivery Fee", 1, 35.00))
        kind = "Sales Receipt" if scale < 1 and rng.random() < 0.4 else "Invoice"
        customers[name].append((day, kind, lines))

    for _ in range(14):
        name = company()
        truth.add("big_regular", name)
        for m in months:
            for _k in range(int(rng.integers(1, 4))):
                invoice(name, _random_day_in(rng, m, _month_end(m), (1, 1, 1, 1, 1, 0, 0)), 4.5)
    for _ in range(22):
        name = company()
        truth.add("small_regular", name)
        for m in months:
            if rng.random() < 0.85:
                invoice(name, _random_day_in(rng, m, _month_end(m), (1, 1, 1, 1, 1, 0.3, 0)),
                        0.35)
    for _ in range(24):
        name = company()
        truth.add("one_off", name)
        invoice(name, _random_day_in(rng, START, END), float(rng.uniform(0.5, 4)))
    for _ in range(16):
        name = company()
        truth.add("declining", name)
        stop = int(rng.integers(17, 21))  # last possible month 2026-04..2026-07
        for i, m in enumerate(months[:stop]):
            fade = 1.0 if i < 12 else max(0.15, 1 - (i - 11) / 8)
            if rng.random() < (0.95 if i < 12 else 0.55 * fade):
                invoice(name, _random_day_in(rng, m, _month_end(m), (1, 1, 1, 1, 1, 0, 0)),
                        2.0 * fade)

    header = ("", "Type", "Date", "Num", "Product/Service", "Memo/Description", "Name", "Qty",
              "Sales Price", "Amount", "Balance")
    wb = _new_workbook()
    ws = wb.active
    ws.title = "Sales by Customer Detail"
    ws.append(["Harbourside Catering Co."])
    ws.append(["Sales by Customer Detail"])
    ws.append(["November 2024 - October 2026"])
    ws.append([])
    ws.append(list(header))
    doc_no = iter(range(3001, 99999))
    grand_qty, grand_amount = 0, 0.0
    row_no = 5
    detail_rows: list[int] = []
    bold_rows: list[int] = [1, 2, 5]

    def put(values: list, bold: bool = False) -> None:
        # ws.max_row scans every row (O(n)), so the row number is counted here.
        nonlocal row_no
        ws.append(values)
        row_no += 1
        if bold:
            bold_rows.append(row_no)

    entries_of: dict[str, list] = {}
    doc_day: dict[int, date] = {}
    for name in sorted(customers, key=str.casefold):
        entries = entries_of[name] = []
        for day, kind, lines in customers[name]:
            num = next(doc_no)
            doc_day[num] = day
            for product, qty, price in lines:
                memo = f"{product} for {qty} guests" if price < 20 else product
                entries.append((day, num, kind, product, memo, qty, price, round(qty * price, 2)))
            if rng.random() < 0.04:  # a credit memo after a complaint
                product, qty, price = lines[0]
                back = min(day + timedelta(days=int(rng.integers(1, 8))), END)
                doc_day[num := next(doc_no)] = back
                entries.append((back, num, "Credit Memo", product, "Credit: late delivery", None,
                                None, -round(qty * price * 0.5, 2)))
    # QuickBooks numbers documents in the order they were made, across all customers.
    final_no = {k: str(3001 + i) for i, k in enumerate(sorted(doc_day, key=lambda k: (doc_day[k],
                                                                                      k)))}
    for name in sorted(customers, key=str.casefold):
        put([name], bold=True)
        entries = [(e[0], final_no[e[1]], *e[2:]) for e in entries_of[name]]
        balance, total_qty = 0.0, 0
        for day, num, kind, product, memo, qty, price, amount in sorted(
                entries, key=lambda e: (e[0], int(e[1]))):
            balance = round(balance + amount, 2)
            total_qty += qty or 0
            put([None, kind, day, num, product, memo, name, qty, price, amount, balance])
            detail_rows.append(row_no)
        put([f"Total for {name}", None, None, None, None, None, None, total_qty, None, balance,
             balance], bold=True)
        grand_qty += total_qty
        grand_amount = round(grand_amount + balance, 2)
    put(["TOTAL", None, None, None, None, None, None, grand_qty, None, grand_amount,
         grand_amount], bold=True)
    put([])
    put([])
    put(["Accrual basis Monday, 2 November 2026 09:14 AM"])
    for r in bold_rows:
        ws.cell(r, 1).font = Font(bold=True)
    for cell in ws[5]:
        cell.font = Font(bold=True)
    for r in detail_rows:
        ws.cell(r, 3).number_format = "mm/dd/yyyy"
    for row in ws.iter_rows(min_row=6, min_col=9, max_col=11):
        for cell in row:
            cell.number_format = "#,##0.00"
    from openpyxl.utils import get_column_letter

    for i, w in enumerate((26, 13, 11, 7, 24, 30, 26, 7, 11, 12, 12), start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    save_workbook_reproducibly(wb, path)
    return truth


# --------------------------------------------------------------------------------------------
# e. German shop export: semicolons, decimal comma, dd.mm.yyyy, cp1252
# --------------------------------------------------------------------------------------------

TEA_CATALOG = (("Tee", "Darjeeling First Flush 100 g", 12.90), ("Tee", "Earl Grey 250 g", 9.50),
               ("Tee", "Grüner Sencha 100 g", 8.90), ("Tee", "Rooibos Vanille 250 g", 7.90),
               ("Tee", "Matcha Zeremonie 30 g", 24.00), ("Zubehör", "Teekanne Glas 1,2 l", 34.90),
               ("Zubehör", "Teesieb Edelstahl", 6.50), ("Zubehör", "Kluntje 500 g", 4.20),
               ("Geschenke", "Geschenkbox Wintertraum", 29.90),
               ("Geschenke", "Adventskalender Tee", 39.00),
               ("Geschenke", "Präsentkorb Groß", 59.00))
EU_START = date(2024, 11, 1)


def _de_money(value: float) -> str:
    """Money as a German spreadsheet writes it: 1.234,56."""
    text = f"{value:,.2f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def make_european_csv(path: Path) -> Truth:
    """Write a German tea shop's order export as a semicolon CSV in Windows-1252."""
    rng = np.random.default_rng(49)
    names = NamePool(rng, GERMAN_FIRST, GERMAN_LAST)
    truth = Truth(
        "Kundennummer",
        notes=(
            "German shop export 2024-11-01..2026-10-31, cp1252, ';', decimal comma, thousands "
            "point, dd.mm.yyyy. Guest checkouts have no Kundennummer and are keyed by E-Mail "
            "(the truth lists their e-mail). regulars: an order every 1-2 months; "
            "christmas_buyers: only between 15 Nov and 23 Dec (gift boxes, some large company "
            "orders over 1.000,00); one_time: a single order. Returns are negative lines."
        ),
        extra={"guest_key_column": "E-Mail"},
    )
    people: dict[str, tuple[str | None, str, str]] = {}  # key -> (Kundennummer, name, e-mail)
    orders: list[tuple[date, str, list, str]] = []
    serial = iter(range(20417, 99999, 3))

    def person(group: str, guest: bool) -> str:
        first, last = names.person()
        email = names.email(first, last, GERMAN_MAIL_DOMAINS)
        number = None if guest else str(next(serial))
        key = email if guest else number
        people[key] = (number, f"{first} {last}", email)
        truth.add(group, key)
        return key

    def lines(kinds: dict[str, float], n: int, qty_hi: int = 3) -> list:
        cats = list(kinds)
        p = np.array([kinds[c] for c in cats])
        out = []
        for _ in range(n):
            cat = cats[int(rng.choice(len(cats), p=p / p.sum()))]
            options = [t for t in TEA_CATALOG if t[0] == cat]
            _c, item, price = options[int(rng.integers(len(options)))]
            out.append((item, int(rng.integers(1, qty_hi + 1)), price))
        return out

    months = _month_starts()
    for _ in range(50):
        key = person("regulars", guest=False)
        step = float(rng.uniform(1.0, 2.0))
        t = float(rng.uniform(0, step))
        while t < len(months):
            m = months[int(t)]
            day = _random_day_in(rng, m, _month_end(m))
            channel = str(rng.choice(["Onlineshop", "Laden"], p=[0.6, 0.4]))
            orders.append((day, key, lines({"Tee": 5, "Zubehör": 1}, int(rng.integers(1, 4))),
                           channel))
            t += step * float(rng.uniform(0.7, 1.3))
    for _ in range(50):
        key = person("christmas_buyers", guest=rng.random() < 0.3)
        company_order = rng.random() < 0.15
        for year in (2024, 2025):
            if rng.random() < 0.85 or year == 2025:
                day = _random_day_in(rng, date(year, 11, 15), date(year, 12, 23))
                if company_order:
                    items = [("Geschenkbox Wintertraum", int(rng.integers(30, 60)), 29.90)]
                else:
                    items = lines({"Geschenke": 5, "Tee": 2}, int(rng.integers(1, 4)))
                orders.append((day, key, items, "Onlineshop"))
    for _ in range(70):
        key = person("one_time", guest=rng.random() < 0.5)
        day = _random_day_in(rng, EU_START, END)
        orders.append((day, key, lines({"Tee": 4, "Zubehör": 2, "Geschenke": 1},
                                       int(rng.integers(1, 3))), "Onlineshop"))

    orders.sort(key=lambda o: (o[0], o[1]))
    header = ("Bestellnummer", "Datum", "Kundennummer", "Kunde", "E-Mail", "Artikel",
              "Kategorie", "Menge", "Einzelpreis", "Gesamt", "Kanal")
    category = {item: cat for cat, item, _p in TEA_CATALOG}
    rows = []
    for number, (day, key, items, channel) in enumerate(orders, start=100001):
        kdnr, name, email = people[key]
        for item, qty, price in items:
            rows.append([str(number), day.strftime("%d.%m.%Y"), kdnr or "", name, email, item,
                         category[item], str(qty), _de_money(price), _de_money(qty * price),
                         channel])
        if key in truth.groups["regulars"] and rng.random() < 0.03:
            item, qty, price = items[0]
            back = min(day + timedelta(days=int(rng.integers(3, 14))), END)
            rows.append([str(number), back.strftime("%d.%m.%Y"), kdnr or "", name, email, item,
                         category[item], str(-qty), _de_money(price), _de_money(-qty * price),
                         "Retoure"])
    with path.open("w", encoding="cp1252", newline="") as f:
        writer = csv.writer(f, delimiter=";", lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)
    return truth


#: File name -> the function that writes it and returns what it planted.
SAMPLES: dict[str, Callable[[Path], Truth]] = {
    "florist_square_items.xlsx": make_florist,
    "hardware_store_sales.xlsx": make_hardware,
    "b2b_supplier.xlsx": make_b2b,
    "bookkeeper_quickbooks_sales_by_customer.xlsx": make_quickbooks,
    "european_shop_export.csv": make_european_csv,
}


def environment() -> dict[str, str]:
    """Versions that decide the exact bytes: numpy's streams, openpyxl's XML, zlib's deflate."""
    import platform
    import zlib

    import openpyxl

    return {"python": ".".join(platform.python_version_tuple()[:2]), "numpy": np.__version__,
            "openpyxl": openpyxl.__version__, "zlib": zlib.ZLIB_RUNTIME_VERSION}


def generate_all(out_dir: Path = HERE) -> list[Path]:
    """Write every sample file and its truth JSON into out_dir; return the paths written."""
    out_dir = Path(out_dir)
    (out_dir / "truth").mkdir(parents=True, exist_ok=True)
    written = []
    for name, make in SAMPLES.items():
        truth = make(out_dir / name)
        truth_path = out_dir / "truth" / f"{Path(name).stem}.json"
        truth.write(truth_path)
        written += [out_dir / name, truth_path]
    env_path = out_dir / "generated_with.json"
    env_path.write_text(json.dumps(environment(), indent=2) + "\n", encoding="utf-8")
    return written + [env_path]


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="folder to write into")
    args = parser.parse_args(argv)
    for path in generate_all(args.out):
        print(f"{path.stat().st_size:>9,d}  {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
