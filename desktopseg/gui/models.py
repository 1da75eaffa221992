"""Table models: the buckets of one segmentation, and a paged DataFrame for drill-downs.

Models format for display in ``data()`` and give raw numbers under :data:`SORT_ROLE` so a
QSortFilterProxyModel sorts money as money. They never open dialogs.
"""

from __future__ import annotations

import math
import numbers
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from desktopseg.gui.common import fmt_date, fmt_money, fmt_number, fmt_percent
from desktopseg.gui.effort_rating import rating_text

if TYPE_CHECKING:
    import pandas as pd

    from desktopseg.core.model import Segmentation

SORT_ROLE = Qt.ItemDataRole.UserRole
#: Role carrying the segment name (the key to drill down with).
SEGMENT_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex
#: The roles DataFrameModel answers; views ask for a dozen per cell on every repaint.
_FRAME_ROLES = frozenset(int(r) for r in (
    Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.TextAlignmentRole))


def _sort_value(v: Any) -> float:
    """Missing values sort below every number."""
    if v is None:
        return -math.inf
    try:
        f = float(v)
    except (TypeError, ValueError):
        return -math.inf
    return -math.inf if math.isnan(f) else f


class BucketsModel(QAbstractTableModel):
    """One row per segment: customers, share, revenue, margin, average order, effort."""

    COLUMNS = ("segment", "customers", "share", "revenue", "margin", "avg_order", "effort",
               "profit", "description")

    #: The owner typed an effort rating (segment name, 1-10; 0 clears it).
    effort_rated = Signal(str, float)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._segments: list = []

    def set_segmentation(self, seg: Segmentation | None) -> None:
        """Show the segments of ``seg`` (None empties the table)."""
        self.beginResetModel()
        self._segments = list(seg.segments) if seg is not None else []
        self.endResetModel()

    def segment_at(self, row: int):
        """Return the SegmentProfile on ``row``."""
        return self._segments[row]

    def headers(self) -> list[str]:
        """Return the translated column titles."""
        return [
            self.tr("Segment"), self.tr("Customers"), self.tr("Share"), self.tr("Revenue"),
            self.tr("Margin"), self.tr("Average order"), self.tr("Effort (1–10)"),
            self.tr("Profit after service"), self.tr("What it means"),
        ]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """Return the number of rows (none under a valid parent: a flat table)."""
        return 0 if parent.isValid() else len(self._segments)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of columns."""
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        """Return translated column titles and 1-based row numbers."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers()[section] if 0 <= section < len(self.COLUMNS) else None
        return str(section + 1)

    def _raw(self, s, col: str):
        return {
            "segment": s.name,
            "customers": s.customers,
            "share": s.share,
            "revenue": s.revenue,
            "margin": s.margin,
            "avg_order": s.avg_order,
            "effort": s.avg_effort,
            "profit": s.extra.get("profit_after_service"),
            "description": s.description,
        }[col]

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        """Return the value for ``role``: formatted text, sort key, alignment, colour."""
        if not index.isValid() or not (0 <= index.row() < len(self._segments)):
            return None
        s = self._segments[index.row()]
        col = self.COLUMNS[index.column()]
        raw = self._raw(s, col)
        if role == Qt.ItemDataRole.DisplayRole:
            if col in ("segment", "description"):
                return raw or ""
            if col == "customers":
                return fmt_number(raw)
            if col == "share":
                return fmt_percent(raw)
            if col in ("revenue", "margin", "avg_order", "profit"):
                return fmt_money(raw, 0 if col != "avg_order" else 2)
            if col == "effort":
                return rating_text(s) if raw is not None else fmt_number(raw, 1)
        if role == Qt.ItemDataRole.EditRole and col == "effort":
            return int(round(s.extra.get("effort_rating") or 0))
        if role == SORT_ROLE:
            if col in ("segment", "description"):
                return (raw or "").casefold()
            return _sort_value(raw)
        if role == SEGMENT_ROLE:
            return s.name
        if role == Qt.ItemDataRole.TextAlignmentRole and col not in ("segment", "description"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and col == "segment" and s.persona is not None:
            return QColor(s.persona.color)
        if role == Qt.ItemDataRole.ToolTipRole and col in ("segment", "description"):
            return s.description or None
        if role == Qt.ItemDataRole.ToolTipRole and col == "effort":
            return self.tr("Type your own rating, 1 (little) to 10 (a lot); 0 clears it.")
        if role == Qt.ItemDataRole.ForegroundRole and col == "profit" and \
                -math.inf < _sort_value(raw) < 0:
            return QColor("#c0392b")
        if role == Qt.ItemDataRole.ForegroundRole and col == "margin" and \
                -math.inf < _sort_value(raw) < 0:
            return QColor("#c0392b")  # loss-making buckets stand out
        return None


    def flags(self, index: _Index):
        """Cells are read-only except the effort, where the owner types a rating."""
        base = super().flags(index)
        if index.isValid() and self.COLUMNS[index.column()] == "effort" and \
                self._segments[index.row()].extra.get("effort_source") != "column":
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: _Index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Take a typed rating (0 clears it); the window re-weighs the segment and redraws."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or \
                self.COLUMNS[index.column()] != "effort":
            return False
        try:
            rating = float(value)
        except (TypeError, ValueError):
            return False
        if not 0 <= rating <= 10:
            return False
        self.effort_rated.emit(self._segments[index.row()].name, rating)
        self.dataChanged.emit(index, index.siblingAtColumn(len(self.COLUMNS) - 1))
        return True


class DataFrameModel(QAbstractTableModel):
    """A read-only DataFrame, fetched in pages so 50,000 customers open instantly.

    Based on Qt for Python's examples/external/pandas/dataframe_model.py; paging as in
    Spyder's dataframeeditor (canFetchMore / fetchMore).
    """

    PAGE = 500

    def __init__(self, frame: pd.DataFrame | None = None, parent=None,
                 money_columns: tuple[str, ...] = (), headers: dict[str, str] | None = None):
        super().__init__(parent)
        self._frame = None
        self._names: list[str] = []
        self._values: dict[int, list[Any]] = {}
        self._loaded = 0
        self._money = set(money_columns)
        self._headers = headers or {}
        if frame is not None:
            self.set_frame(frame)

    def set_frame(self, frame: pd.DataFrame) -> None:
        """Replace the content."""
        self.beginResetModel()
        self._frame = frame.reset_index(drop=True)
        self._names = [str(c) for c in self._frame.columns]
        self._values = {}
        self._loaded = min(self.PAGE, len(self._frame))
        self.endResetModel()

    def _cell(self, row: int, column: int) -> Any:
        # data() runs for every role of every visible cell on each repaint: DataFrame.iat took
        # ~30 us a call, so each column becomes a Python list once, on first use.
        # Only fetched rows are converted (a drill-down can hold 50,000 customers).
        values = self._values.setdefault(column, [])
        if row >= len(values):
            values += self._frame.iloc[len(values):self._loaded, column].tolist()
        return values[row]

    def frame(self) -> pd.DataFrame | None:
        """Return the whole frame shown (not just the fetched rows)."""
        return self._frame

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of rows (none under a valid parent: a flat table)."""
        return 0 if parent.isValid() or self._frame is None else self._loaded

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of columns."""
        return 0 if parent.isValid() or self._frame is None else len(self._names)

    def canFetchMore(self, parent: _Index) -> bool:  # noqa: N802
        """Return True while rows remain unfetched."""
        return not parent.isValid() and self._frame is not None and self._loaded < len(self._frame)

    def fetchMore(self, parent: _Index) -> None:  # noqa: N802
        """Fetch the next page of rows."""
        if parent.isValid() or self._frame is None:
            return
        n = min(self.PAGE, len(self._frame) - self._loaded)
        if n <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + n - 1)
        self._loaded += n
        self.endInsertRows()

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        """Return translated column titles and 1-based row numbers."""
        if role != Qt.ItemDataRole.DisplayRole or self._frame is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._names):
                name = self._names[section]
                return self._headers.get(name, name)
            return None
        return str(section + 1)

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        """Return the value for ``role``: formatted text, sort key, alignment, colour."""
        if self._frame is None or not index.isValid() or int(role) not in _FRAME_ROLES:
            return None
        if not (0 <= index.row() < self._loaded and 0 <= index.column() < len(self._names)):
            return None
        value = self._cell(index.row(), index.column())
        name = self._names[index.column()]
        numeric = isinstance(value, numbers.Real) and not isinstance(value, bool)
        if isinstance(value, bool) or type(value).__name__ == "bool_":
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("yes") if value else ""
            return int(bool(value)) if role == SORT_ROLE else None
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None or (numeric and math.isnan(float(value))):
                return ""
            if hasattr(value, "strftime"):
                return fmt_date(value)
            if numeric:
                if name in self._money:
                    return fmt_money(value, 2)
                return fmt_number(value, 0 if float(value).is_integer() else 1)
            text = str(value)
            return "" if text in ("<NA>", "nan", "NaT") else text
        if role == SORT_ROLE:
            return _sort_value(value) if numeric else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, str) and len(value) > 30:
            return value  # long reasons are cut off in the cell
        if role == Qt.ItemDataRole.TextAlignmentRole and numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
