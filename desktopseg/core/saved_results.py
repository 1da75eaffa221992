"""The last analysis kept in the project file, so reopening a project shows it without re-running.

Re-running every scheme and the forecast took 3–6 s on the samples each time a project was
opened; the results themselves are a few hundred kilobytes. They are kept as one JSON document
(the result's dataclasses, tagged) plus its tables as Parquet blobs in the project's ``frames``
table under ``result/…`` names. The imported data is not repeated: the project already holds it.

No pickle: a project file is shared between people (a bookkeeper hands one to a client), and
unpickling runs code. The decoder builds only dataclasses defined in ``desktopseg.core`` and
pandas tables, numbers, text and dates.

Saved results are used only while they still describe the project (:func:`key`): the same saved
data (the tables' SHA-256), the same source description, the same settings, this app version,
this format and the same window language. Anything else — an older project without results, a
newer export added, settings changed, a newer DesktopSeg — re-runs the analysis as before.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import importlib
import json
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from desktopseg import __version__
from desktopseg.core.i18n import N_, _, localize_number

#: Bump when the shape of AnalysisResult (or of this encoding) changes: older saved results are
#: then ignored and the analysis re-runs.
FORMAT_VERSION = 1
#: Prefix of the result's tables in the project's ``frames`` table.
FRAME_PREFIX = "result/"
#: Name of the document holding the encoded result.
DOCUMENT = "result"

_ALLOWED_MODULE = "desktopseg.core."


def key(data_sha256: dict[str, str], source: dict[str, Any], settings: dict[str, Any]) -> str:
    """Return what saved results must match to be shown: data, source, settings, versions."""
    payload = {
        "format": FORMAT_VERSION,
        "app_version": __version__,
        "data": {k: data_sha256[k] for k in sorted(data_sha256)},
        # imported_at changes on a re-read of the same file; the content does not
        "source": {k: source.get(k) for k in ("name", "size", "sha256")},
        "settings": settings,
        # The result's words and numbers are written in the window's language at the time
        "text": [_(N_("Champions")), _(N_("Customers")), localize_number("1,234.5")],
    }
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------------------------------------
# Encoding
# ---------------------------------------------------------------------------------------------


def encode(result: Any) -> tuple[dict[str, Any], dict[str, pd.DataFrame]]:
    """Return (JSON-able document, tables by name) for ``result`` without its imported data."""
    frames: dict[str, pd.DataFrame] = {}
    fields = {f.name: getattr(result, f.name) for f in dataclasses.fields(result)
              if f.name != "data"}
    doc = {
        "format": FORMAT_VERSION,
        "class": _class_name(type(result)),
        "fields": {k: _encode(v, frames) for k, v in fields.items()},
    }
    return doc, frames


def _class_name(cls: type) -> str:
    return f"{cls.__module__}:{cls.__qualname__}"


def _encode(value: Any, frames: dict[str, pd.DataFrame]) -> Any:
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, (int, float)) and type(value) in (int, float):
        return value
    if isinstance(value, np.generic):
        return {"__np__": value.dtype.str, "v": value.item()}
    if isinstance(value, pd.Timestamp):
        return {"__ts__": value.isoformat()}
    if isinstance(value, dt.datetime):
        return {"__datetime__": value.isoformat()}
    if isinstance(value, dt.date):
        return {"__date__": value.isoformat()}
    if isinstance(value, pd.DataFrame):
        name = f"{FRAME_PREFIX}{len(frames)}"
        frames[name] = value
        return {"__frame__": name}
    if isinstance(value, pd.Series):
        name = f"{FRAME_PREFIX}{len(frames)}"
        column = "__series__"
        frames[name] = value.to_frame(column)
        return {"__series__": name, "name": _encode(value.name, frames)}
    if isinstance(value, np.ndarray):
        return {"__ndarray__": value.tolist(), "dtype": value.dtype.str}
    if isinstance(value, tuple):
        return {"__tuple__": [_encode(v, frames) for v in value]}
    if isinstance(value, list):
        return [_encode(v, frames) for v in value]
    if isinstance(value, dict):
        if all(isinstance(k, str) and not k.startswith("__") for k in value):
            return {k: _encode(v, frames) for k, v in value.items()}
        return {"__dict__": [[_encode(k, frames), _encode(v, frames)] for k, v in value.items()]}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        cls = type(value)
        if not cls.__module__.startswith(_ALLOWED_MODULE):
            raise TypeError(f"cannot keep a {cls!r} in a project")
        return {"__dc__": _class_name(cls),
                "fields": {f.name: _encode(getattr(value, f.name), frames)
                           for f in dataclasses.fields(value)}}
    raise TypeError(f"cannot keep a {type(value)!r} in a project")


# ---------------------------------------------------------------------------------------------
# Decoding
# ---------------------------------------------------------------------------------------------


def decode(doc: dict[str, Any], frames: dict[str, pd.DataFrame], data: Any) -> Any:
    """Rebuild the result :func:`encode` took apart, around the project's imported ``data``.

    Raises ValueError when the document is not one this code wrote (then re-run instead).
    """
    if doc.get("format") != FORMAT_VERSION:
        raise ValueError("saved results of another format")
    cls = _dataclass(doc.get("class"))
    fields = {k: _decode(v, frames) for k, v in dict(doc["fields"]).items()}
    return _build(cls, fields | {"data": data})


def _dataclass(name: Any) -> type:
    """Return the dataclass ``module:Qualname``, only from desktopseg.core."""
    if not isinstance(name, str) or ":" not in name:
        raise ValueError(f"not a class name: {name!r}")
    module, qualname = name.split(":", 1)
    if not module.startswith(_ALLOWED_MODULE) or "." in qualname:
        raise ValueError(f"not a class the project may hold: {name}")
    cls = getattr(importlib.import_module(module), qualname, None)
    if not (isinstance(cls, type) and dataclasses.is_dataclass(cls)):
        raise ValueError(f"not a class the project may hold: {name}")
    return cls


def _build(cls: type, fields: dict[str, Any]) -> Any:
    known = {f.name: f for f in dataclasses.fields(cls)}
    init = {k: v for k, v in fields.items() if k in known and known[k].init}
    obj = cls(**init)
    for k, v in fields.items():
        if k in known and not known[k].init:
            setattr(obj, k, v)
    return obj


_SCALARS: dict[str, Callable[[Any], Any]] = {
    "__ts__": pd.Timestamp,
    "__datetime__": dt.datetime.fromisoformat,
    "__date__": dt.date.fromisoformat,
}


def _decode(value: Any, frames: dict[str, pd.DataFrame]) -> Any:
    if isinstance(value, list):
        return [_decode(v, frames) for v in value]
    if not isinstance(value, dict):
        return value
    for tag, make in _SCALARS.items():
        if tag in value:
            return make(value[tag])
    if "__np__" in value:
        return np.dtype(value["__np__"]).type(value["v"])
    if "__frame__" in value:
        return frames[value["__frame__"]]
    if "__series__" in value:
        series = frames[value["__series__"]]["__series__"]
        series.name = _decode(value.get("name"), frames)
        return series
    if "__ndarray__" in value:
        return np.asarray(value["__ndarray__"], dtype=np.dtype(value["dtype"]))
    if "__tuple__" in value:
        return tuple(_decode(v, frames) for v in value["__tuple__"])
    if "__dict__" in value:
        return {_hashable(_decode(k, frames)): _decode(v, frames) for k, v in value["__dict__"]}
    if "__dc__" in value:
        cls = _dataclass(value["__dc__"])
        return _build(cls, {k: _decode(v, frames) for k, v in value["fields"].items()})
    return {k: _decode(v, frames) for k, v in value.items()}


def _hashable(key: Any) -> Any:
    return tuple(_hashable(k) for k in key) if isinstance(key, list) else key
