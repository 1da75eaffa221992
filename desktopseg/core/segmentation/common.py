"""What every scheme shares: folding tiny buckets, segment profiles, reasons for every row."""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import repeat
from typing import Any

import numpy as np
import pandas as pd

from desktopseg.core.i18n import _, localize_number
from desktopseg.core.model import AnalysisSettings, Segmentation, SegmentProfile

#: Fewer customers than this and no scheme can say anything useful.
MIN_CUSTOMERS = 3


def unavailable(reason: str):
    """Return the SchemeUnavailable to raise (imported late: pipeline imports us lazily)."""
    from desktopseg.core.pipeline import SchemeUnavailable

    return SchemeUnavailable(reason)


def require_customers(customers: pd.DataFrame, minimum: int = MIN_CUSTOMERS) -> None:
    """Raise SchemeUnavailable when there are too few customers to form segments."""
    n = len(customers)
    if n < minimum:
        raise unavailable(
            _("Only {n} customer(s) in the data: segments need at least {m}.").format(
                n=n, m=minimum))


def money(x: float | None) -> str:
    """Format an amount the way reasons show it."""
    if x is None or x != x:
        return "-"
    from desktopseg.core.currency import current, format_money

    return format_money(localize_number(f"{x:,.2f}"), current())


@dataclass(frozen=True)
class CodedTexts:
    """Texts of every row, kept as the distinct texts and each row's index into them."""

    texts: np.ndarray  # object array
    codes: np.ndarray  # one index per row

    def rows(self) -> np.ndarray:
        """Return the text of every row (an object array)."""
        return self.texts[self.codes]

    def take(self, rows: np.ndarray) -> CodedTexts:
        """Return the texts of ``rows`` only (positions or a mask)."""
        return CodedTexts(self.texts, self.codes[rows])

    def by_text(self) -> CodedTexts:
        """Return the same texts with one code per distinct text (values that read alike).

        Rounded numbers ("79%", "<0.1%") have far fewer texts than values; fewer texts let
        ``join_rows`` merge them with their neighbours.
        """
        codes, texts = pd.factorize(self.texts)
        return CodedTexts(np.asarray(texts, dtype=object), codes[self.codes])


def take_rows(pieces: Pieces, rows: np.ndarray) -> Pieces:
    """Return ``pieces`` (as from ``template_pieces``) for ``rows`` only."""
    return [p if isinstance(p, str) else p.take(rows) if isinstance(p, CodedTexts)
            else np.asarray(p, dtype=object)[rows] for p in pieces]


def distinct_texts(fn: Callable[[Any], str], values: Any) -> CodedTexts:
    """``fn(v)`` for every value, calling ``fn`` once per distinct value.

    Reasons are written for every customer; formatting 50,000 amounts one by one was most of a
    scheme's time, while the distinct amounts are fewer. ``fn`` gets plain Python numbers
    (``tolist``). A field for ``format_rows``; ``.rows()`` gives the text of every row.
    """
    return _coded(values, lambda uniq: [fn(v) for v in uniq]).by_text()


def money_texts(values: Any) -> CodedTexts:
    """``money(v)`` for every value, each distinct value formatted once (as distinct_texts)."""
    return _coded(values, _money_many)


def _money_many(values: list) -> list[str]:
    texts = ["-" if x is None or x != x else f"{x:,.2f}" for x in values]
    # One call for all: the locale's marks are swapped character by character.
    joined = "\n".join(texts)
    local = localize_number(joined)
    texts = texts if local == joined else local.split("\n")
    from desktopseg.core.currency import current, format_money

    code = current()
    return [t if t == "-" or not code else format_money(t, code) for t in texts]


def _coded(values: Any, texts_of: Callable[[list], list[str]]) -> CodedTexts:
    """``texts_of`` the distinct values, with each row's index into them.

    Numbers are told apart by their bits, so -0.0 (which formats as "-0.00") is never written
    as 0.0, and passed on as plain Python numbers; other values are passed on one per row, as
    they are.
    """
    arr = np.asarray(values)
    if arr.ndim != 1 or arr.dtype.kind not in "fiub" or not len(arr):
        return CodedTexts(_object_array(texts_of(list(arr.ravel()))), np.arange(arr.size))
    if arr.dtype.kind in "iu" and int(arr.max()) - int(arr.min()) <= 4 * len(arr):
        # Small whole numbers (scores, order counts, days): a lookup table, no sorting.
        offset = arr - arr.min()
        seen = np.zeros(int(offset.max()) + 1, dtype=bool)
        seen[offset] = True
        uniq = (np.flatnonzero(seen) + arr.min()).astype(arr.dtype)
        return CodedTexts(_object_array(texts_of(uniq.tolist())), (np.cumsum(seen) - 1)[offset])
    key = arr.view(f"i{arr.dtype.itemsize}") if arr.dtype.kind == "f" else arr
    _keys, first, inverse = np.unique(key, return_index=True, return_inverse=True)
    return CodedTexts(_object_array(texts_of(arr[first].tolist())), inverse.reshape(-1))


def _object_array(items: Sequence) -> np.ndarray:
    out = np.empty(len(items), dtype=object)
    out[:] = items
    return out


#: Texts the same in every row, sequences of texts (one per row) and, from
#: ``template_pieces``, distinct texts with each row's index into them.
Pieces = list[Sequence[str] | str | CodedTexts]


def join_rows(*columns: Sequence[str] | str | CodedTexts) -> list[str]:
    """Concatenate texts row by row; a plain str is the same in every row."""
    cols = _compact(columns)
    if all(isinstance(c, str) for c in cols):
        raise ValueError("join_rows needs at least one column with a text per row")
    cols = [repeat(c) if isinstance(c, str) else c.rows() if isinstance(c, CodedTexts) else c
            for c in cols]
    return ["".join(parts) for parts in zip(*cols, strict=False)]  # repeat() never ends


def _compact(columns: Sequence[Sequence[str] | str | CodedTexts]) -> Pieces:
    """Fewer pieces for the same texts: joining costs a step per piece and row.

    Fixed texts go into a neighbouring coded column's distinct texts; neighbouring coded
    columns with few combinations (scores, segment names) become one.
    """
    out: Pieces = []
    for col in columns:
        prev = out[-1] if out else None
        if isinstance(col, str):
            if isinstance(prev, str):
                out[-1] = prev + col
            elif isinstance(prev, CodedTexts) and _few(prev):
                out[-1] = CodedTexts(_object_array([t + col for t in prev.texts.tolist()]),
                                     prev.codes)
            else:
                out.append(col)
            continue
        if isinstance(col, CodedTexts) and isinstance(prev, str) and _few(col):
            col = CodedTexts(_object_array([prev + t for t in col.texts.tolist()]), col.codes)
            out.pop()
            prev = out[-1] if out else None
        if (isinstance(col, CodedTexts) and isinstance(prev, CodedTexts)
                and len(prev.texts) * len(col.texts) <= len(col.codes) // 4):
            col = _combined(prev, col)
            out.pop()
        out.append(col)
    return out


def _few(col: CodedTexts) -> bool:
    """Whether a column has few enough texts that changing them beats a step per row."""
    return len(col.texts) * 4 <= len(col.codes)


def _combined(first: CodedTexts, second: CodedTexts) -> CodedTexts:
    """One coded column for two: the texts of each combination that occurs, joined."""
    a, b, nb = first.texts, second.texts, len(second.texts)
    return _coded(first.codes * nb + second.codes,
                  lambda keys: [a[k // nb] + b[k % nb] for k in keys])


def _per_row(value: Any) -> bool:
    return isinstance(value, np.ndarray | pd.Series | list)


def format_rows(template: str, **fields: Any) -> list[str]:
    """``template.format(**row)`` for every row: the same texts, several times faster.

    ``fields`` as for ``template_pieces``.
    """
    pieces = template_pieces(template, **fields)
    if all(isinstance(p, str) for p in pieces):
        return ["".join(pieces)] * _rows(fields)
    return join_rows(*pieces)


def template_pieces(template: str, **fields: Any) -> Pieces:
    """``template.format(**row)`` for every row, as pieces for ``join_rows``.

    ``fields`` are arrays with one value per row (all the same length), plain values (the same
    in every row) or tuples of pieces (texts ready to splice in, as from this function). Each
    field's distinct values are formatted once and the pieces are joined row by row later:
    ``str.format`` per customer was a large part of a scheme's time. Templates are translated,
    so they are parsed, not assumed: one with anything but plain ``{name}`` or ``{name:spec}``
    fields is formatted row by row.
    """
    pieces: Pieces = []
    for literal, name, spec, conversion in string.Formatter().parse(template):
        if literal:
            pieces.append(literal)
        if name is None:
            continue
        if name not in fields or conversion or "{" in spec:
            return [_format_each_row(template, fields)]
        value = fields[name]
        if isinstance(value, CodedTexts):
            if spec:
                return [_format_each_row(template, fields)]
            pieces.append(value)
        elif isinstance(value, tuple):
            if spec:
                return [_format_each_row(template, fields)]
            pieces.extend(value)
        elif _per_row(value):
            # A list as objects: np.asarray would copy texts into a fixed-width array.
            value = _object_array(value) if isinstance(value, list) else np.asarray(value)
            if not spec and pd.api.types.infer_dtype(value, skipna=False) == "string":
                # Texts already (format(text, "") is the text); coded, to join with neighbours.
                codes, uniq = pd.factorize(value)
                pieces.append(CodedTexts(np.asarray(uniq, dtype=object), codes))
            else:
                as_text = ("{:" + spec + "}").format  # the same as format(v, spec)
                texts = _coded(value, lambda uniq, f=as_text: list(map(f, uniq)))
                pieces.append(texts.by_text() if spec else texts)
        else:
            pieces.append(format(value, spec))
    return pieces


def _rows(fields: Mapping[str, Any]) -> int:
    for value in fields.values():
        for column in value if isinstance(value, tuple) else [value]:
            if isinstance(column, CodedTexts):
                return len(column.codes)
            if _per_row(column):
                return len(column)
    raise ValueError("format_rows needs at least one field with a value per row")


def _joined(pieces: tuple) -> list[str] | str:
    if all(isinstance(p, str) for p in pieces):
        return "".join(pieces)
    return join_rows(*pieces)


def _format_each_row(template: str, fields: Mapping[str, Any]) -> list[str]:
    fields = {k: _joined(v) if isinstance(v, tuple)
              else v.rows() if isinstance(v, CodedTexts) else v for k, v in fields.items()}
    per_row = {k: list(np.asarray(v, dtype=object) if isinstance(v, list) else np.asarray(v))
               for k, v in fields.items() if _per_row(v)}
    return [template.format(**{**fields, **{k: v[i] for k, v in per_row.items()}})
            for i in range(_rows(fields))]


def other_name() -> str:
    """Return the name of the bucket small segments fold into."""
    return _("Other")


def fold_small(labels: pd.Series, reasons: pd.Series, settings: AnalysisSettings,
               order: Sequence[str] | None = None) -> tuple[pd.Series, pd.Series, list[str]]:
    """Fold buckets below settings.min_segment_share (and beyond max_segments) into "Other"."""
    n = len(labels)
    counts = labels.value_counts()
    small = [s for s, c in counts.items() if c / n < settings.min_segment_share]
    keep = [s for s in counts.index if s not in small]
    limit = max(2, int(settings.max_segments))
    if len(keep) + (1 if small else 0) > limit:
        # Keep the biggest buckets; the rest join "Other".
        keep_sorted = sorted(keep, key=lambda s: (-counts[s], str(s)))
        small += keep_sorted[limit - 1:]
        keep = keep_sorted[: limit - 1]
    notes: list[str] = []
    if len(small) < 2:
        # One small group keeps its own name: "Other" would say less about the same customers.
        return labels, reasons, notes
    folded = labels.isin(small)
    other = other_name()
    reasons = reasons.copy()
    one = _("{reason} (grouped into '{other}': only 1 customer in '{name}')")
    many = _("{reason} (grouped into '{other}': only {count} customers in '{name}')")
    reasons[folded] = [
        (one if int(counts[lab]) == 1 else many).format(
            reason=r, other=other, count=int(counts[lab]), name=lab)
        for r, lab in zip(reasons[folded], labels[folded], strict=True)
    ]
    labels = labels.where(~folded, other)
    notes.append(_("{k} small groups ({names}) with {n} customers in all are shown together as "
                   "'{other}'.").format(k=len(small), names=", ".join(map(str, small)),
                                        n=int(folded.sum()), other=other))
    return labels, reasons, notes


def _values(customers: pd.DataFrame, col: str) -> np.ndarray | None:
    return None if col not in customers else customers[col].to_numpy(dtype=float)


def _sum(values: np.ndarray | None, rows: np.ndarray | slice) -> float | None:
    if values is None:
        return None
    return float(np.nansum(values[rows]))


def _mean(values: np.ndarray | None, rows: np.ndarray) -> float | None:
    """Mean of the known values in ``rows`` (None when there are none; no numpy warning)."""
    if values is None:
        return None
    v = values[rows]
    v = v[np.isfinite(v)]
    return float(v.mean()) if len(v) else None


def profiles(customers: pd.DataFrame, labels: pd.Series, order: Sequence[str] | None = None,
             descriptions: Mapping[str, str] | None = None) -> list[SegmentProfile]:
    """One SegmentProfile per label present, in ``order`` (then by size), "Other" last."""
    n = len(customers)
    lab = labels.reindex(customers.index).to_numpy(dtype=object)
    revenue, margin, orders, opy, effort = (
        _values(customers, c) for c in ("revenue", "margin", "orders", "orders_per_year",
                                         "effort"))
    everyone = slice(None)
    total_rev = _sum(revenue, everyone) or 0.0
    total_margin = _sum(margin, everyone)
    # Each label's rows from one pass (missing labels get -1 and no profile, as in
    # value_counts); comparing every label once per segment was most of the time here.
    codes, uniques = pd.factorize(lab)
    rows_of = {name: np.flatnonzero(codes == i) for i, name in enumerate(uniques.tolist())}
    present = {name: len(rows) for name, rows in rows_of.items()}
    rank = {name: i for i, name in enumerate(order or [])}
    other = other_name()
    names = sorted(present, key=lambda s: (s == other, rank.get(s, len(rank)), -present[s],
                                           str(s)))
    out = []
    for name in names:
        rows = rows_of[name]
        count = len(rows)
        rev = _sum(revenue, rows) or 0.0
        mar = _sum(margin, rows)
        n_orders = _sum(orders, rows)
        avg_order = rev / n_orders if n_orders else None
        out.append(SegmentProfile(
            name=str(name),
            customers=count,
            share=count / n if n else 0.0,
            revenue=rev,
            revenue_share=rev / total_rev if total_rev else 0.0,
            margin=mar,
            margin_share=(mar / total_margin) if mar is not None and total_margin else None,
            avg_order=avg_order,
            orders_per_year=_mean(opy, rows),
            avg_effort=_mean(effort, rows),
            description=(descriptions or {}).get(name, ""),
        ))
    return out


def finish(scheme: str, title: str, customers: pd.DataFrame, labels: pd.Series,
           reasons: pd.Series, settings: AnalysisSettings, *, order: Sequence[str] | None = None,
           descriptions: Mapping[str, str] | None = None, details: dict | None = None,
           notes: list[str] | None = None, fold: bool = True) -> Segmentation:
    """Fold tiny buckets, build profiles and the bucket-count notes: the end of every scheme."""
    notes = list(notes or [])
    labels = labels.reindex(customers.index).astype(object)
    reasons = reasons.reindex(customers.index).astype(object)
    if fold:
        labels, reasons, fold_notes = fold_small(labels, reasons, settings, order)
        notes += fold_notes
    descriptions = dict(descriptions or {})
    if other_name() in set(labels) and other_name() not in descriptions:
        descriptions[other_name()] = _("Small groups shown together.")
    segs = profiles(customers, labels, order, descriptions)
    if len(segs) < 2:
        notes.append(_("All {n} customers fall into one group: the data can't support two or "
                       "more segments for this analysis.").format(n=len(customers)))
    return Segmentation(scheme=scheme, title=title, labels=labels, reasons=reasons,
                        segments=segs, details=details or {}, notes=notes)
