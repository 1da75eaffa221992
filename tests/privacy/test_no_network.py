"""DesktopSeg never touches the network (DESIGN.md §12, issue 7 "Safe output and privacy")."""

from __future__ import annotations

import ast
import hashlib
import socket
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "desktopseg"
NETWORK_MODULES = ("urllib.request", "http.client", "requests", "socket", "httpx", "urllib3",
                   "aiohttp", "ftplib", "smtplib", "PySide6.QtNetwork", "PyQt5.QtNetwork",
                   "PyQt6.QtNetwork")

_attempts: list[str] = []
_watching = False


def _audit(event: str, args) -> None:
    # Audit hooks can't be removed, so this one only records while a test watches.
    if _watching and event.startswith(("socket.", "urllib.Request")):
        _attempts.append(f"{event} {args!r}"[:200])


sys.addaudithook(_audit)


@pytest.fixture
def no_network(monkeypatch):
    """Make every way to open a connection fail loudly, and record any attempt."""
    global _watching

    def refuse(*args, **kwargs):
        _attempts.append(f"socket call {args!r}"[:200])
        raise OSError("network access is blocked in this test")

    class BlockedSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            refuse(*args)

    monkeypatch.setattr(socket, "socket", BlockedSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "gethostbyname", refuse)
    _attempts.clear()
    _watching = True
    yield _attempts
    _watching = False


def _digest(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def test_import_segment_export_report_with_sockets_blocked(no_network, samples_dir, tmp_path,
                                                         qapp):
    """The whole path from a sample workbook to Excel, CSV and PDF runs with no socket.

    ``qapp`` first: the report paints with Qt and pytest-qt expects to own the application.
    """
    from desktopseg.core.export import write_segment_csvs, write_workbook
    from desktopseg.core.pipeline import run, summary_dict
    from desktopseg.report import write_pdf

    source = samples_dir / "florist_square_items.xlsx"
    before = _digest(source)
    result = run(source)
    summary = summary_dict(result)
    assert summary["customers"] > 0 and summary["schemes"]
    write_workbook(result, tmp_path / "result.xlsx")
    write_segment_csvs(result, tmp_path / "csv")
    write_pdf(result, tmp_path / "report.pdf")
    assert (tmp_path / "result.xlsx").read_bytes()[:2] == b"PK"
    assert list((tmp_path / "csv").glob("*.csv"))
    assert (tmp_path / "report.pdf").read_bytes()[:5] == b"%PDF-"
    assert _digest(source) == before, "the source workbook was modified"
    assert no_network == [], f"network was attempted: {no_network}"


def test_blocking_is_real(no_network):
    """The guard itself catches a connection attempt (so the test above can fail)."""
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", 9))
    assert no_network


def test_no_module_imports_a_network_library():
    """No module in desktopseg/ imports urllib.request, http.client, requests, socket, QtNetwork."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "__import__"
                  and node.args and isinstance(node.args[0], ast.Constant)):
                names = [str(node.args[0].value)]
            for n in names:
                if any(n == m or n.startswith(m + ".") for m in NETWORK_MODULES):
                    offenders.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}: {n}")
    assert offenders == []
