"""The installers agree with the app and with each other: names, version, MIME type, icons."""

from __future__ import annotations

import ast
import configparser
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

import desktopseg
from desktopseg.core import project
from desktopseg.paths import bundled_path

ROOT = Path(__file__).resolve().parents[2]
INSTALLERS = ROOT / "installers"
LINUX = INSTALLERS / "linux"
SPEC = INSTALLERS / "desktopseg.spec"
NSIS = INSTALLERS / "windows" / "desktopseg.nsi"
ICONS = ROOT / "resources" / "icons"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def spec_constants() -> dict[str, object]:
    """The spec's module-level string constants and what it imports from the package."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    found: dict[str, object] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found[target.id] = node.value.value
        if isinstance(node, ast.ImportFrom) and node.module == "desktopseg":
            found["imports_from_package"] = sorted(a.name for a in node.names)
    return found


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(LINUX / "desktopseg.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def mime_types() -> dict[str, list[str]]:
    import xml.etree.ElementTree as ET

    root = ET.parse(LINUX / "desktopseg-mime.xml").getroot()
    return {
        t.get("type"): [g.get("pattern") for g in t.findall(f"{MIME_NS}glob")]
        for t in root.findall(f"{MIME_NS}mime-type")
    }


def test_spec_takes_name_and_version_from_the_package():
    """The spec imports APP_NAME and __version__ instead of repeating them."""
    consts = spec_constants()
    assert {"APP_NAME", "__version__"} <= set(consts["imports_from_package"])
    assert not re.search(r"version\s*=\s*['\"]\d", SPEC.read_text(encoding="utf-8"))


def test_every_hidden_import_has_a_reason():
    """Each entry of the spec's hiddenimports list sits under a comment saying why."""
    text = SPEC.read_text(encoding="utf-8")
    start = text.index("hiddenimports = [")
    block = text[start : text.index("]\n", start)]
    lines = block.splitlines()[1:]
    for i, line in enumerate(lines):
        if line.strip() and not line.strip().startswith("#"):
            assert lines[i - 1].strip().startswith("#"), f"no comment above: {line.strip()}"


def test_project_type_is_the_same_everywhere():
    """.dseg and its MIME type match in the app, the spec, the desktop entry, the MIME XML, NSIS."""
    consts = spec_constants()
    suffix = project.SUFFIX
    assert consts["PROJECT_SUFFIX"] == suffix.lstrip(".")
    types = mime_types()
    assert list(types) == [consts["PROJECT_MIME"]]
    assert types[consts["PROJECT_MIME"]] == [f"*{suffix}"]
    assert consts["PROJECT_MIME"] in desktop_entry()["MimeType"].split(";")
    nsis = NSIS.read_text(encoding="utf-8")
    assert f'"Software\\Classes\\{suffix}" "" "${{PROG_ID}}"' in nsis
    assert f'"Content Type" "{consts["PROJECT_MIME"]}"' in nsis


def test_mime_magic_matches_the_project_file_header(tmp_path):
    """The XML's magic (bytes 0 and 68) is what an SQLite file with our application_id holds."""
    db = tmp_path / f"x{project.SUFFIX}"
    with sqlite3.connect(db) as conn:
        conn.execute(f"PRAGMA application_id = {project.APPLICATION_ID}")
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    header = db.read_bytes()[:100]
    text = (LINUX / "desktopseg-mime.xml").read_text(encoding="utf-8")
    matches = re.findall(r'value="([^"]+)" offset="(\d+)"', text)
    assert matches, "no magic in the MIME XML"
    for value, offset in matches:
        start = int(offset)
        assert header[start : start + len(value)] == value.encode("ascii")


@pytest.mark.skipif(shutil.which("update-mime-database") is None, reason="no shared-mime-info")
def test_mime_xml_compiles(tmp_path):
    """update-mime-database accepts the XML and registers the glob."""
    (tmp_path / "packages").mkdir()
    shutil.copy(LINUX / "desktopseg-mime.xml", tmp_path / "packages" / "desktopseg.xml")
    subprocess.run(["update-mime-database", str(tmp_path)], check=True, capture_output=True)
    globs = (tmp_path / "globs2").read_text(encoding="utf-8")
    assert f"application/x-desktopseg-project:*{project.SUFFIX}" in globs
    assert (tmp_path / "application" / "x-desktopseg-project.xml").is_file()


def test_desktop_entry_launches_the_installed_command():
    """Exec runs the /usr/bin link the .deb makes; Icon names the hicolor icon it installs."""
    entry = desktop_entry()
    command = entry["Exec"].split()[0]
    make_deb = (LINUX / "make_deb.sh").read_text(encoding="utf-8")
    assert f'ln -s /opt/desktopseg/{desktopseg.APP_NAME} "$pkg/usr/bin/{command}"' in make_deb
    assert entry["TryExec"] == command
    assert entry["Name"] == desktopseg.APP_NAME
    assert f'/apps/{entry["Icon"]}.png"' in make_deb
    assert entry["Terminal"] == "false"
    assert "%f" in entry["Exec"]  # a file opened from the file manager reaches the app


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-utils not installed")
def test_desktop_entry_is_valid():
    """desktop-file-validate reports nothing."""
    proc = subprocess.run(["desktop-file-validate", str(LINUX / "desktopseg.desktop")],
                          capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout.strip() == "", proc.stdout + proc.stderr


def test_windows_and_macos_names_match_the_bundle():
    """NSIS installs the executable PyInstaller names; the .app is named after the app."""
    nsis = NSIS.read_text(encoding="utf-8")
    assert f'!define APP_EXE "{desktopseg.APP_NAME}.exe"' in nsis
    assert "RequestExecutionLevel user" in nsis
    code = [ln for ln in nsis.splitlines() if not ln.lstrip().startswith(";")]
    assert not any("HKLM" in ln for ln in code), "a per-user installer must not write HKLM"
    spec = SPEC.read_text(encoding="utf-8")
    assert 'name=f"{APP_NAME}.app"' in spec and "NSHighResolutionCapable" in spec
    assert 'icon=str(ICONS / "desktopseg.icns")' in spec


def test_generated_icons_are_complete():
    """Every hicolor size exists at its size with transparency; .ico and .icns hold many sizes."""
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(ICONS / f"desktopseg-{size}.png") as im:
            assert im.size == (size, size) and im.mode == "RGBA"
            assert im.getpixel((0, 0))[3] < 8  # rounded corner: transparent (filter ringing aside)
            assert im.getpixel((size // 2, size // 2))[3] == 255
    with Image.open(ICONS / "desktopseg.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ICONS / "desktopseg.icns") as icns:
        assert icns.size[0] >= 512


def test_committed_icons_are_what_the_script_draws():
    """resources/make_icons.py still draws the committed icon (nobody edited one by hand)."""
    sys.path.insert(0, str(ROOT / "resources"))
    try:
        import make_icons
    finally:
        sys.path.pop(0)
    import numpy as np

    drawn = np.asarray(make_icons.draw_master())
    with Image.open(ROOT / "resources" / "icon.png") as committed:
        assert np.array_equal(drawn, np.asarray(committed.convert("RGBA")))


def test_self_test_samples_are_in_the_bundle_list():
    """The samples --self-test opens exist and have a suffix the spec collects."""
    from desktopseg import selftest

    spec = SPEC.read_text(encoding="utf-8")
    collected = re.search(r'sample\.suffix\.lower\(\) in \(([^)]*)\)', spec).group(1)
    for rel in selftest.SAMPLES:
        path = bundled_path(rel)
        assert path.is_file(), rel
        assert f'"{path.suffix}"' in collected


def test_bundled_path_follows_the_bundle(monkeypatch, tmp_path):
    """From source it resolves into the checkout; frozen, into PyInstaller's folder."""
    assert bundled_path("sample_workbooks") == ROOT / "sample_workbooks"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert bundled_path("resources/icon.png") == tmp_path / "resources" / "icon.png"


def test_deb_control_template_is_complete():
    """The control template has every field dpkg-deb needs, with placeholders filled in."""
    text = (LINUX / "control.in").read_text(encoding="utf-8")
    fields = dict(re.findall(r"^([A-Za-z-]+): (.*)$", text, re.M))
    assert fields["Package"] == "desktopseg"
    assert {"Version", "Architecture", "Maintainer", "Description", "Depends"} <= set(fields)
    assert fields["Version"] == "@VERSION@" and fields["Architecture"] == "@ARCH@"
    for script in ("postinst", "postrm"):
        body = (LINUX / script).read_text(encoding="utf-8")
        assert body.startswith("#!/bin/sh") and "update-mime-database" in body
