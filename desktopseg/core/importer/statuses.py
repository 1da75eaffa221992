"""Order statuses of exports no known format describes (issue 12).

A cancelled order never happened: it is neither a sale nor a return, so its lines are left out
and counted. Orders on hold or disputed did happen but may yet change: they are kept, and the
user is told how many there are.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from desktopseg.core.i18n import _

CANCELLED = ("cancelled", "canceled", "void", "voided", "annulé", "annule", "storniert",
             "cancelado", "peruttu", "취소", "取消", "已取消")  # fmt: skip
FLAGGED = ("on hold", "on-hold", "onhold", "disputed", "in dispute", "pending", "in process")


def _mask(ev: pa.ChunkedArray, words) -> np.ndarray:
    hit = pc.fill_null(pc.is_in(ev, value_set=pa.array(list(words))), False)
    return np.asarray(hit.to_numpy(zero_copy_only=False), dtype=bool)


def read_statuses(
    ev: pa.ChunkedArray, raw_col, report, column: str, skip: np.ndarray | None = None
) -> np.ndarray:
    """Return True for cancelled lines; report the lines on hold or disputed (kept).

    ``skip``: lines already left out for another reason (not reported as kept).
    """
    cancelled = _mask(ev, CANCELLED)
    flagged = _mask(ev, FLAGGED)
    if skip is not None:
        flagged &= ~skip
    if flagged.any():
        values = sorted({str(v) for v in raw_col[flagged].dropna().unique()})
        report.add_problem(
            "warning",
            _(
                "{n} lines are of orders marked {values}: they are counted as sales, but may "
                "still change."
            ).format(n=int(flagged.sum()), values=" / ".join(values)),
            column=column,
        )
    return cancelled
