"""Refresh the translation sources and compile them: ``python -m desktopseg.gui.i18n_build``.

Qt code (``self.tr``, ``QCoreApplication.translate``, ``QT_TRANSLATE_NOOP``) is scanned by Qt's own
``pyside6-lupdate``. Core text marked with ``_("...")`` / ``N_("...")`` has no Qt context, so an AST
scan collects it into the context ``"core"``, the one :func:`desktopseg.gui.app._translate_core`
looks up. Both are merged into ``resources/translations/desktopseg_<lang>.ts`` keeping every
existing translation; ``pyside6-lrelease`` then writes the ``.qm`` files next to them.

The ``.qm`` files are committed too (a few tens of kB), so a fresh clone and the installers have
them without a build step; ``tests/i18n`` checks they are up to date with the ``.ts`` sources.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent
REPO_DIR = PACKAGE_DIR.parent
TS_DIR = REPO_DIR / "resources" / "translations"
#: Languages shipped besides the English source, as Qt locale names.
SHIPPED_LANGUAGES = ("fi", "ko", "zh_CN")
#: Context of text marked in core with ``_()``.
CORE_CONTEXT = "core"
#: Folders whose Python files hold Qt translation calls.
QT_SOURCE_DIRS = ("gui", "report")


@dataclass
class Message:
    """One translatable text: where it is looked up, the English source, and its translation."""

    context: str
    source: str
    translation: str = ""
    locations: list[tuple[str, int]] = field(default_factory=list)
    finished: bool = False

    @property
    def key(self) -> tuple[str, str]:
        """(context, source): what Qt looks a translation up by."""
        return self.context, self.source


def _tool(name: str) -> str:
    """Path of a PySide6 command-line tool from the running interpreter's environment."""
    candidate = Path(sys.executable).parent / name
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def python_files(folder: Path) -> list[Path]:
    """Return the package's Python sources under ``folder`` (no caches)."""
    return sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def core_messages(root: Path = PACKAGE_DIR) -> list[Message]:
    """Strings passed to ``_()`` or ``N_()`` anywhere in the package (context ``core``)."""
    found: dict[str, Message] = {}
    for path in python_files(root):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ("_", "N_") and node.args):
                continue
            text = _literal(node.args[0])
            if text is None or not text.strip():
                continue
            msg = found.setdefault(text, Message(CORE_CONTEXT, text))
            msg.locations.append((path.relative_to(REPO_DIR).as_posix(), node.lineno))
    return list(found.values())


def data_messages(root: Path = PACKAGE_DIR) -> list[Message]:
    """Names shipped in core/data JSON that the core shows through ``_()`` at run time."""
    import json

    data = root / "core" / "data"
    texts: list[tuple[str, str]] = []
    grid = json.loads((data / "rfm_grid.json").read_text(encoding="utf-8"))
    for name, about in grid["names"].items():
        texts += [("rfm_grid.json", name), ("rfm_grid.json", about)]
    for file, key in (("sic_divisions.json", "divisions"), ("naics_sectors.json", "sectors")):
        for row in json.loads((data / file).read_text(encoding="utf-8"))[key]:
            texts.append((file, row["name"]))
    found: dict[str, Message] = {}
    for file, text in texts:
        msg = found.setdefault(text, Message(CORE_CONTEXT, text))
        msg.locations.append(((data / file).relative_to(REPO_DIR).as_posix(), 0))
    return list(found.values())


def helper_messages(root: Path = PACKAGE_DIR) -> list[Message]:
    """Strings passed to the module-level ``tr(text, context)`` helper of gui/common.py."""
    found: dict[tuple[str, str], Message] = {}
    for folder in QT_SOURCE_DIRS:
        for path in python_files(root / folder):
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                        and node.func.id == "tr" and node.args):
                    continue
                text = _literal(node.args[0])
                if not text:
                    continue
                context = "DesktopSeg"
                if len(node.args) > 1 and _literal(node.args[1]):
                    context = _literal(node.args[1])
                for kw in node.keywords:
                    if kw.arg == "context" and _literal(kw.value):
                        context = _literal(kw.value)
                msg = found.setdefault((context, text), Message(context, text))
                msg.locations.append((path.relative_to(REPO_DIR).as_posix(), node.lineno))
    return list(found.values())


def qt_messages(root: Path = PACKAGE_DIR) -> list[Message]:
    """Strings Qt's lupdate finds in the GUI and report code."""
    files = [str(p) for folder in QT_SOURCE_DIRS for p in python_files(root / folder)]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "scan.ts"
        subprocess.run([_tool("pyside6-lupdate"), "-silent", "-locations", "absolute", *files,
                        "-ts", str(out)], check=True)
        return read_ts(out)


def read_ts(path: Path) -> list[Message]:
    """Messages of a Qt Linguist .ts file, in file order (obsolete ones left out)."""
    messages = []
    tree = ET.parse(path)
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr_el = m.find("translation")
            kind = tr_el.get("type", "") if tr_el is not None else ""
            if kind in ("obsolete", "vanished"):
                continue
            msg = Message(name, m.findtext("source") or "",
                          (tr_el.text or "") if tr_el is not None else "",
                          finished=kind != "unfinished" and bool(tr_el is not None and tr_el.text))
            for loc in m.iter("location"):
                filename = loc.get("filename", "")
                try:
                    filename = (path.parent / filename).resolve().relative_to(REPO_DIR).as_posix()
                except ValueError:
                    pass
                msg.locations.append((filename, int(loc.get("line", "0") or 0)))
            messages.append(msg)
    return messages


def current_messages(root: Path = PACKAGE_DIR) -> list[Message]:
    """Every translatable text in the package now, deduplicated by (context, source)."""
    merged: dict[tuple[str, str], Message] = {}
    found = (qt_messages(root) + helper_messages(root) + core_messages(root)
             + data_messages(root))
    for msg in found:
        if msg.key in merged:
            merged[msg.key].locations.extend(msg.locations)
        else:
            merged[msg.key] = msg
    return sorted(merged.values(), key=lambda m: (m.context, m.source))


def write_ts(path: Path, language: str, messages: list[Message]) -> None:
    """Write ``messages`` as a Qt Linguist .ts file (locations relative to the repository)."""
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    by_context: dict[str, list[Message]] = {}
    for msg in messages:
        by_context.setdefault(msg.context, []).append(msg)
    for name in sorted(by_context):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = name
        for msg in by_context[name]:
            m = ET.SubElement(ctx, "message")
            # File names only: line numbers would change the .ts on every unrelated edit.
            for filename in sorted({f for f, _line in msg.locations}):
                ET.SubElement(m, "location", filename=(Path("../..") / filename).as_posix())
            ET.SubElement(m, "source").text = msg.source
            t = ET.SubElement(m, "translation")
            if msg.translation:
                t.text = msg.translation
            if not (msg.translation and msg.finished):
                t.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def merge(language: str, messages: list[Message], ts_dir: Path = TS_DIR) -> tuple[int, int]:
    """Update ``desktopseg_<language>.ts`` to ``messages``; return (translated, total)."""
    path = ts_dir / f"desktopseg_{language}.ts"
    old = {m.key: m for m in read_ts(path)} if path.exists() else {}
    out = []
    for msg in messages:
        prev = old.get(msg.key)
        out.append(Message(msg.context, msg.source,
                           prev.translation if prev else "", list(msg.locations),
                           prev.finished if prev else False))
    write_ts(path, language, out)
    return sum(1 for m in out if m.translation and m.finished), len(out)


def compile_qm(language: str, ts_dir: Path = TS_DIR, out_dir: Path | None = None) -> Path:
    """Compile ``desktopseg_<language>.ts`` into a .qm file with lrelease; return its path."""
    ts = ts_dir / f"desktopseg_{language}.ts"
    qm = (out_dir or ts_dir) / f"desktopseg_{language}.qm"
    subprocess.run([_tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm",
                    str(qm)], check=True)
    return qm


#: Screens pictured per language by :func:`localized_screenshots`.
SCREENSHOT_NAMES = ("buckets", "persona-cards", "report-page")


def localized_screenshots(out: Path, languages: tuple[str, ...] = ("en",) + SHIPPED_LANGUAGES,
                          sample: str = "hardware") -> list[Path]:
    """Render the results screens and a printed page as ``<screen>-<lang>.png`` into ``out``.

    One process per language: the locale and translators are fixed when the app starts.
    """
    import os

    written = []
    out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for language in languages:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, "-m", "desktopseg.gui.screenshots", tmp, "--sample",
                            sample, "--lang", "en_US" if language == "en" else language],
                           check=True, env=env)
            for name in SCREENSHOT_NAMES:
                shot = Path(tmp) / f"{name}.png"
                if shot.exists():
                    target = out / f"{name}-{language}.png"
                    shutil.copyfile(shot, target)
                    written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    """Extract, merge and compile; print how complete each language is."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-extract", action="store_true",
                        help="only compile the .ts files as they are")
    parser.add_argument("--screenshots", metavar="FOLDER", type=Path,
                        help="afterwards, picture the results in every language into FOLDER")
    args = parser.parse_args(argv)
    TS_DIR.mkdir(parents=True, exist_ok=True)
    messages = [] if args.no_extract else current_messages()
    for language in SHIPPED_LANGUAGES:
        if messages:
            done, total = merge(language, messages)
            print(f"{language}: {done}/{total} translated")
        compile_qm(language)
    if args.screenshots:
        for path in localized_screenshots(args.screenshots):
            print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
