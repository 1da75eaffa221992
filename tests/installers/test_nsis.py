"""The Windows installer script compiles with makensis against a stand-in payload."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

import desktopseg

NSIS = Path(__file__).resolve().parents[2] / "installers" / "windows" / "desktopseg.nsi"
pytestmark = pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis not installed")


def stand_in_payload(folder: Path) -> Path:
    """A folder shaped like the PyInstaller bundle, with placeholder files."""
    (folder / "_internal").mkdir(parents=True)
    (folder / f"{desktopseg.APP_NAME}.exe").write_bytes(b"MZ stand-in")
    (folder / "desktopseg-cli.exe").write_bytes(b"MZ stand-in")
    (folder / "_internal" / "base_library.zip").write_bytes(b"PK stand-in")
    return folder


def makensis(*defines: str, cwd: Path) -> subprocess.CompletedProcess:
    # -WX: any warning (unused string, missing file...) fails the build, as it should in CI.
    return subprocess.run(["makensis", "-V2", "-WX", *defines, str(NSIS)], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


def test_installer_script_compiles(tmp_path):
    """makensis builds a Windows executable from the script and a bundle-shaped payload."""
    payload = stand_in_payload(tmp_path / "payload")
    out = tmp_path / f"DesktopSeg-{desktopseg.__version__}-setup.exe"  # "setup.exe" alone warns
    proc = makensis(f"-DVERSION={desktopseg.__version__}", f"-DPAYLOAD={payload}",
                    f"-DOUTFILE={out}", cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert out.read_bytes()[:2] == b"MZ"
    assert out.stat().st_size > 50_000  # the NSIS stub, MUI pages and five languages


def test_installer_refuses_to_build_without_a_version(tmp_path):
    """A forgotten -DVERSION stops the build with a message instead of an unversioned setup."""
    payload = stand_in_payload(tmp_path / "payload")
    proc = makensis(f"-DPAYLOAD={payload}", cwd=tmp_path)
    assert proc.returncode != 0
    assert "Pass the version" in proc.stdout + proc.stderr
