"""WooCommerce "Customer/Order CSV Export" packs an order's items into order_item_1..N columns.

Each cell reads like ``product_id:4959|1|30|size: Medium`` (legacy: id, quantity, total, meta)
or ``name:T-Shirt|product_id:12|quantity:2|total:20.00`` (named parts). Splitting them gives one
line per item, so products and quantities are known and the amounts are the items' totals.
"""

from __future__ import annotations

import re

import pandas as pd

from desktopseg.core.i18n import _

_ITEM_COL = re.compile(r"^order_item_\d+$", re.IGNORECASE)
_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?$")
ITEM, QTY, TOTAL = "Item", "Item quantity", "Item total"


def parse_item(cell: str) -> tuple[str | None, float | None, float | None]:
    """Return (product, quantity, total) of one packed item cell."""
    named: dict[str, str] = {}
    bare: list[str] = []
    for part in str(cell).split("|"):
        key, sep, value = part.partition(":")
        if sep and not _NUMBER.match(key.strip()):
            named[key.strip().lower()] = value.strip()
        else:
            bare.append(part.strip())
    product = named.get("name") or named.get("sku") or named.get("product_id")
    numbers = [float(b) for b in bare if _NUMBER.match(b)]
    qty = named.get("quantity") or named.get("qty")
    total = named.get("total") or named.get("line_total")
    q = float(qty) if qty and _NUMBER.match(qty) else (numbers[0] if numbers else None)
    t = (
        float(total)
        if total and _NUMBER.match(total)
        else (numbers[1] if len(numbers) > 1 else None)
    )
    return product, q, t


def split_order_items(frame: pd.DataFrame) -> tuple[pd.DataFrame, int] | None:
    """Return (one row per packed item, orders split), or None when there is nothing to split."""
    cols = [c for c in frame.columns if _ITEM_COL.match(str(c))]
    if not cols:
        return None
    packed = frame[cols].astype("string")
    long = packed.stack().dropna()
    long = long[long.str.strip() != ""]
    if long.empty:
        return None
    parsed = [parse_item(v) for v in long.tolist()]
    order_rows = long.index.get_level_values(0)
    base = frame.drop(columns=cols).loc[order_rows].copy()
    base[ITEM] = pd.array([p[0] for p in parsed], dtype="string")
    base[QTY] = pd.array([p[1] for p in parsed], dtype="Float64")
    base[TOTAL] = pd.array([p[2] for p in parsed], dtype="Float64")
    return base.reset_index(drop=True), int(order_rows.nunique())


def apply_roles(roles: dict, infos: list) -> None:
    """Give the split columns their roles; the order total no longer is the line amount."""
    for h, r in list(roles.items()):
        if r in ("amount", "product", "quantity"):
            roles[h] = None
    roles.update({ITEM: "product", QTY: "quantity", TOTAL: "amount"})
    why = _("split from the order_item columns")
    for info in infos:
        if info.name in (ITEM, QTY, TOTAL):
            info.role, info.confidence, info.reason = roles[info.name], 1.0, why
        elif roles.get(info.name) is None and info.role in ("amount", "product", "quantity"):
            info.role, info.confidence, info.reason = None, 0.0, _("the items' totals are used")
