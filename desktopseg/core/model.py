"""The plain data objects that travel along the one data path (DESIGN.md §2).

file -> ImportResult (canonical transactions + customer attributes + ImportReport + ColumnMapping)
     -> AnalysisResult (customers table + one Segmentation per scheme, each with personas)

Everything here is a dataclass or a pandas DataFrame: no Qt, no open files, picklable, so the GUI
can pass it between threads or processes and the project file can store it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pandas as pd

# --------------------------------------------------------------------------------------------
# Column roles (DESIGN.md §3). The key is the role name used in mappings, JSON and the GUI.
# --------------------------------------------------------------------------------------------

#: Roles of a transaction table (one row per line item or per order).
TRANSACTION_ROLES: tuple[str, ...] = (
    "customer_id",
    "customer_name",
    "first_name",
    "last_name",
    "email",
    "phone",
    "company",
    "date",
    "time",
    "order_id",
    "amount",
    "quantity",
    "unit_price",
    "cost",
    "margin",
    "discount",
    "tax",
    "product",
    "category",
    "channel",
    "event_type",  # Payment / Refund / cancelled status...
    "location",
    "city",
    "region",
    "country",
    "postcode",
    "acquisition_source",
)

#: Roles that describe the customer rather than the sale (joined on customer id).
CUSTOMER_ROLES: tuple[str, ...] = (
    "industry_code",
    "industry",
    "employees",
    "annual_revenue",
    "founded",
    "effort_score",
    "service_minutes",
    "tickets",
    "age",
    "gender",
    "segment_hint",  # e.g. "Contractor"/"Homeowner", a customer type the business already keeps
    # Totals as a customer list carries them (Square customer directory, CRM exports):
    "first_purchase",
    "last_purchase",
    "order_count",
    "lifetime_spend",
    "category_spend",  # several columns may have this role (yearly spend per product family)
    "channel_orders",  # purchases per channel (NumWebPurchases...): several columns, summed
    "recency_days",  # days since the last purchase, as a customer list states it
    "date_joined",  # when the customer signed up (Dt_Customer)
)

ALL_ROLES: tuple[str, ...] = TRANSACTION_ROLES + CUSTOMER_ROLES

#: Roles that more than one column may carry.
MULTI_ROLES: frozenset[str] = frozenset({"category_spend", "channel_orders"})

# --------------------------------------------------------------------------------------------
# Canonical tables
# --------------------------------------------------------------------------------------------

#: Columns of ImportResult.transactions. Required: customer_key, date, amount, order_id,
#: is_refund, source_row. Optional columns are present only when the file had them.
#:
#: customer_key  str   the id the customer is known by: their id, else lower-cased e-mail, else
#:                     normalised name. <NA> for anonymous / walk-in lines (kept, counted).
#: date          datetime64[ns]  naive local date-time of the sale.
#: amount        float64  net amount of the line, refunds negative, in the file's currency.
#: order_id      str   ticket / invoice id; synthesised as "<customer_key>|<date>" when absent.
#: is_refund     bool
#: source_row    int64  1-based row number in the source sheet (what the user sees in Excel).
#: quantity, unit_price, cost (total cost of the line), discount, tax: float64.
#: customer_id, customer_name, first_name, last_name, email, phone, company, product,
#: category, channel, location, city, region, country, postcode, acquisition_source: string.
TRANSACTION_REQUIRED: tuple[str, ...] = (
    "customer_key",
    "date",
    "amount",
    "order_id",
    "is_refund",
    "source_row",
)

#: ImportResult.customers: one row per customer, column "customer_key" (unique), then any of
#: the CUSTOMER_ROLES and the descriptive TRANSACTION_ROLES (name, e-mail, city...). Customer
#: lists put their totals here ("first_purchase", "last_purchase" datetime64; "order_count",
#: "lifetime_spend" float64) and each category_spend column as "spend:<header>" float64.


@dataclass
class ColumnMapping:
    """How the columns of one table map to roles; the user can override and save it.

    ``roles`` maps the column header (as read, after joining two-row headers) to a role name
    from :data:`ALL_ROLES` or None for "ignore".
    """

    roles: dict[str, str | None] = field(default_factory=dict)
    sheet: str | None = None
    header_row: int | None = None  # 1-based row of the header in the sheet
    date_order: str | None = None  # "DMY", "MDY", "YMD" or None for automatic
    decimal: str | None = None  # "." or "," or None for automatic
    format_name: str | None = None  # recognised export ("Square items"...) or None
    table_kind: str | None = None  # "transactions" | "customers" | None for automatic
    currency: str | None = None  # ISO code of the money (detected or chosen), None: unknown
    #: Roles of the columns of a joined sheet or customer file: {sheet or file name: roles}.
    joined: dict[str, dict[str, str | None]] = field(default_factory=dict)
    #: Sheets or customer files the user chose not to join (by name).
    left_out: list[str] = field(default_factory=list)
    #: The column (as headed in the file or a joined sheet) customers are grouped by, or None.
    group_by: str | None = None

    def role_of(self, column: str) -> str | None:
        """Return the role of ``column`` or None."""
        return self.roles.get(column)

    def column_for(self, role: str) -> str | None:
        """Return the first column mapped to ``role``, or None."""
        for column, r in self.roles.items():
            if r == role:
                return column
        return None

    def to_json(self) -> str:
        """Serialise to a JSON string (stable; saved next to projects and per export format)."""
        return json.dumps(asdict(self), indent=2, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> ColumnMapping:
        """Load a mapping saved by :meth:`to_json`; unknown keys are ignored."""
        data = json.loads(text)
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def save(self, path: str | Path) -> None:
        """Write the mapping as JSON to ``path``."""
        Path(path).write_text(self.to_json(), encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> ColumnMapping:
        """Read a mapping JSON file."""
        return cls.from_json(Path(path).read_text(encoding="utf-8"))


@dataclass
class Problem:
    """One thing the importer noticed. severity: "info" | "warning" | "error"."""

    severity: str
    message: str
    row: int | None = None
    column: str | None = None


@dataclass
class ColumnInfo:
    """What the importer concluded about one column."""

    name: str
    role: str | None
    confidence: float  # 0..1
    reason: str = ""  # e.g. "header matches 'Customer ID'" / "94% of values are dates"


@dataclass
class ImportReport:
    """What was read, kept and dropped, and why (shown to the user; stable JSON via inspect)."""

    file: str
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    sheet_reason: str = ""
    header_row: int | None = None
    format: str | None = None
    table_kind: str = "transactions"
    columns: list[ColumnInfo] = field(default_factory=list)
    rows_read: int = 0
    rows_kept: int = 0
    dropped: dict[str, int] = field(default_factory=dict)
    date_format: str | None = None
    problems: list[Problem] = field(default_factory=list)
    anonymous_rows: int = 0  # kept, but without a customer (walk-ins, guests without e-mail)
    duplicate_rows: int = 0  # exact duplicate lines found (reported; see dropped for handling)
    refund_rows: int = 0
    customer_source: str | None = None  # e.g. "Customers sheet joined on Customer ID"
    currency: str | None = None  # ISO code found in the export (core/currency.py), or None
    currency_source: str = ""  # where it was found: "amounts", "column 'Currency'"...
    #: Per loaded file when several were stacked: {file, lines, overlaps} (empty for one file).
    files: list[dict[str, Any]] = field(default_factory=list)
    #: Sheets or files joined on the customer (or left out by the user), as plain dicts
    #: {name, label, used, columns: [{name, role, confidence, reason}]} (core/importer/joined.py).
    joined: list[dict[str, Any]] = field(default_factory=list)
    #: Text columns of the customer with few distinct values: what customers can be grouped by.
    group_columns: list[str] = field(default_factory=list)

    def add_problem(self, severity: str, message: str, row=None, column=None) -> None:
        """Append a problem."""
        self.problems.append(Problem(severity, message, row, column))

    def drop(self, reason: str, count: int) -> None:
        """Count ``count`` rows dropped for ``reason`` (plain words, e.g. 'total row')."""
        if count:
            self.dropped[reason] = self.dropped.get(reason, 0) + int(count)

    def to_inspect_json(self) -> dict[str, Any]:
        """Return the stable shape printed by ``desktopseg inspect --json`` (issue #2)."""
        return {
            "file": self.file,
            "sheet": self.sheet,
            "sheets": list(self.sheets),
            "header_row": self.header_row,
            "format": self.format,
            "table_kind": self.table_kind,
            "columns": [
                {"name": c.name, "role": c.role, "confidence": round(float(c.confidence), 3)}
                for c in self.columns
            ],
            "rows": {"read": self.rows_read, "kept": self.rows_kept, "dropped": dict(self.dropped)},
            "date_format": self.date_format,
            "problems": [asdict(p) for p in self.problems],
            **({"files": [dict(f) for f in self.files]} if self.files else {}),
            **({"joined": [dict(j) for j in self.joined]} if self.joined else {}),
            **({"group_columns": list(self.group_columns)} if self.group_columns else {}),
        }


@dataclass
class ImportOptions:
    """Choices the user (or CLI flags) can impose on the importer; None means automatic."""

    sheet: str | None = None
    mapping: ColumnMapping | None = None
    date_order: str | None = None  # "DMY" / "MDY" / "YMD" override for ambiguous columns
    customer_sheet: str | None = None  # sheet holding the customer list, if not automatic
    customer_file: str | Path | None = None  # a second file holding the customer list
    max_rows: int | None = None  # preview: read at most this many data rows
    inspect: bool = False  # show what was found even when a needed column is missing
    group_by: str | None = None  # group customers by this column (else the mapping's choice)


@dataclass
class ImportResult:
    """The cleaned data of one import."""

    transactions: pd.DataFrame | None  # canonical table, None for a pure customer list
    customers: pd.DataFrame | None  # customer attributes / totals, None if the file has none
    report: ImportReport
    mapping: ColumnMapping

    @property
    def table_kind(self) -> str:
        """'transactions' or 'customers'."""
        return self.report.table_kind


#: Columns of AnalysisResult.customers (index: customer_key), built by core/features.py and read
#: by every scheme, the personas, the exports and the GUI. A column is absent (not all-NaN) when
#: the data cannot support it; attribute columns (industry_code, employees, city...) are copied
#: from ImportResult.customers / the transactions when present.
CUSTOMER_FEATURES: dict[str, str] = {
    "name": "display name (name, else e-mail, else id)",
    "email": "e-mail address, when known",
    "first_name": "first name, when known or split from the name",
    "last_name": "last name, when known or split from the name",
    "first_purchase": "datetime of the first purchase",
    "last_purchase": "datetime of the last purchase",
    "recency_days": "days from the last purchase to the analysis date",
    "tenure_days": "days from the first purchase to the analysis date",
    "orders": "number of distinct orders (refund-only orders not counted)",
    "revenue": "net revenue, refunds subtracted",
    "margin": "revenue minus cost (or revenue x margin %), see AnalysisResult.margin_source",
    "avg_order": "revenue / orders",
    "orders_per_year": "orders per 365 days of tenure (one-time buyers count a year of tenure)",
    "months_active_12": "distinct months with a purchase in the 12 months before the analysis date",
    "interpurchase_days": "median days between consecutive orders (NaN for one order)",
    "refunds": "number of refund lines",
    "refund_amount": "total refunded (positive number)",
    "preferred_channel": "channel with most revenue, 'Mixed' when none has 60%",
    "favourite_category": "category with most revenue",
    "favourite_product": "product with most revenue",
    "effort": "service effort 1-10 (given, or derived: see AnalysisResult.effort_source)",
    "effort_quadrant": "stars | worth the effort | low-touch | reprice or let go",
    "buyer_type": "first-time | regular | special-occasion | occasional",
    "churn_risk": "low | medium | high (overdue against the customer's own rhythm)",
    "overdue_ratio": "days since last order / usual days between orders",
    "upsell_potential": "low | medium | high",
    "ltv": "simple lifetime-value estimate (see core/features.py for the formula)",
    "expected_orders": "orders expected in the forecast days (see core/forecast.py)",
    "chance_active": "chance (0-1) the customer still buys from the shop at all",
    "expected_revenue": "revenue expected in the forecast days",
    "chance_buy": "chance (0-1) of buying again in the forecast days",
    "sector": "industry sector from SIC/NAICS (firmographic data only)",
    "size_band": "employee band (firmographic data only)",
    "revenue_band": "company revenue band (firmographic data only)",
}


# --------------------------------------------------------------------------------------------
# Analysis
# --------------------------------------------------------------------------------------------

SCHEMES: tuple[str, ...] = ("behavioral", "value", "firmographic", "clusters")
#: Schemes for customer lists (issue 17): they run when the data supports them (custom: when
#: there are rules) and are left out quietly otherwise, unless asked for by name.
LIST_SCHEMES: tuple[str, ...] = ("demographic", "needs", "custom")
ALL_SCHEMES: tuple[str, ...] = SCHEMES + LIST_SCHEMES


@dataclass
class AnalysisSettings:
    """Every setting that changes the analysis. Saved with the project; GUI edits these."""

    analysis_date: date | None = None  # default: the last date in the data
    margin_pct: float | None = None  # 0..100, used only when the data has no cost
    schemes: tuple[str, ...] = SCHEMES
    # Behavioral
    rfm_levels: int = 5
    rfm_thresholds: dict[str, list[float]] | None = None  # {"R": [...], "F": [...], "M": [...]}
    rfm_grid: dict[str, Any] | None = None  # None: the default grid in core/data/rfm_grid.json
    # Firmographic
    firmographic_dimensions: tuple[str, ...] = ("sector",)  # sector|size|revenue|location
    size_bands: tuple[int, ...] = (1, 10, 50, 250)  # lower bounds: 1-9, 10-49, 50-249, 250+
    revenue_bands: tuple[float, ...] = (0, 1e6, 1e7, 5e7)
    # Clusters
    k_min: int = 2
    k_max: int = 8
    min_cluster_share: float = 0.02
    seed: int = 0
    k_groups: int | None = None  # the owner's own number of automatic groups (None: chosen)
    # Customer lists (core/segmentation/demographic.py, needs.py, custom.py)
    demographic_dimensions: tuple[str, ...] = ("life_stage", "income")
    custom_rules: dict[str, Any] | None = None  # RULES.json shape (rules.RuleSet.to_dict)
    group_by: str | None = None  # a text column of the customer whose values are the groups
    # Every scheme
    min_segment_share: float = 0.01  # smaller buckets fold into "Other"
    max_segments: int = 20
    effort_inputs: tuple[str, ...] = ("effort_score", "service_minutes", "tickets", "refunds")
    # Forecast (core/forecast.py): days ahead, 0 switches the forecast and its test off
    forecast_days: int = 90
    # Persona cards
    persona_language: str = "en"  # name list for persona names: en | ko | zh_CN | fi
    currency: str | None = None  # ISO code to show money in; None: as detected in the export
    # Cost to serve (core/cost_to_serve.py): None means the documented defaults
    activity_minutes: dict[str, float] | None = None  # activity -> minutes
    hourly_rate: float | None = None  # staff time per hour, in the file's currency
    category_margin_pct: dict[str, float] | None = None  # product category -> margin %
    effort_ratings: dict[str, dict[str, float]] | None = None  # scheme -> segment -> 1..10

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able dict."""
        d = asdict(self)
        if self.analysis_date is not None:
            d["analysis_date"] = self.analysis_date.isoformat()
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> AnalysisSettings:
        """Inverse of :meth:`to_dict`; unknown keys ignored, lists become tuples."""
        kw = {k: v for k, v in d.items() if k in cls.__dataclass_fields__}
        if kw.get("analysis_date"):
            kw["analysis_date"] = date.fromisoformat(str(kw["analysis_date"])[:10])
        for k in ("schemes", "firmographic_dimensions", "size_bands", "revenue_bands",
                  "effort_inputs", "demographic_dimensions"):
            if k in kw and kw[k] is not None:
                kw[k] = tuple(kw[k])
        return cls(**kw)


@dataclass
class Persona:
    """A person-like portrait of one segment (DESIGN.md §5). name/notes are user-editable."""

    segment: str
    name: str
    initials: str
    tagline: str
    story: str  # the narrative written from the segment's numbers
    key_figures: list[tuple[str, str]] = field(default_factory=list)  # (label, formatted value)
    favourites: list[str] = field(default_factory=list)  # products or categories
    typical: str = ""  # typical channel / location / industry in words
    actions: list[str] = field(default_factory=list)  # 2-3 suggested actions
    color: str = "#4C72B0"
    notes: str = ""
    rule: str = ""  # "why this group": the segment's defining rule in plain words


@dataclass
class SegmentProfile:
    """The numbers behind one bucket. Money in the file's currency; shares 0..1."""

    name: str
    customers: int
    share: float
    revenue: float
    revenue_share: float
    margin: float | None
    margin_share: float | None
    avg_order: float | None
    orders_per_year: float | None
    avg_effort: float | None  # mean service effort 1-10, None when the data has none
    description: str = ""  # one line: the rule or character of the bucket
    persona: Persona | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Segmentation:
    """One scheme's result: a label and a reason per customer, and a profile per segment."""

    scheme: str  # one of SCHEMES
    title: str  # user-facing, e.g. "Buying behaviour (RFM)"
    labels: pd.Series  # index customer_key -> segment name
    reasons: pd.Series  # index customer_key -> plain-words reason for the label
    segments: list[SegmentProfile]
    details: dict[str, Any] = field(default_factory=dict)  # thresholds used, grid, k, scores...
    notes: list[str] = field(default_factory=list)  # plain-words caveats shown to the user

    def segment(self, name: str) -> SegmentProfile | None:
        """Return the profile named ``name`` or None."""
        return next((s for s in self.segments if s.name == name), None)


@dataclass
class AnalysisResult:
    """Everything the views, exports and report show."""

    data: ImportResult
    customers: pd.DataFrame  # index customer_key; one row of features per customer
    segmentations: dict[str, Segmentation]
    unavailable: dict[str, str]  # scheme -> plain-words reason it could not run
    settings: AnalysisSettings
    period_start: datetime | None = None
    period_end: datetime | None = None
    margin_source: str = "none"  # "cost" | "margin_pct" | "none"
    effort_source: str | None = None  # plain words: what the effort figure is made of
    notes: list[str] = field(default_factory=list)
    forecast: Any = None  # core.forecast.ForecastResult, None when off or not possible
    service: dict[str, Any] = field(default_factory=dict)  # cost to serve: sources, minutes
