"""Compare two PyInstaller bundles: what each size reduction in desktopseg.spec saves.

    # a bundle with every reduction switched off, then the normal one
    export DESKTOPSEG_KEEP=qt_unused,other_gui,tests,dev_tools,optional_extras,qt_translations
    DESKTOPSEG_KEEP=$DESKTOPSEG_KEEP,source_files,unlinked_libraries,strip pyinstaller \
        --distpath /tmp/baseline --workpath /tmp/baseline-build installers/desktopseg.spec
    installers/build.sh --no-installer
    python installers/size_report.py /tmp/baseline/DesktopSeg dist/DesktopSeg

Prints, per component (a top-level package of the bundle; PySide6 and pyarrow one level deeper),
the raw size and the compressed size (zlib level 6 per file, which tracks the .tar.gz within a
few per cent) before and after, largest saving first, and the totals.
"""

from __future__ import annotations

import argparse
import os
import zlib
from collections import defaultdict
from pathlib import Path

DEEPER = ("PySide6", "pyarrow", "PySide6/Qt")


def component(rel: str) -> str:
    """Name the part of the bundle a file belongs to."""
    parts = rel.replace("\\", "/").split("/")
    if parts[0] == "_internal":
        parts = parts[1:]
    if len(parts) == 1:
        return parts[0] if parts[0].endswith((".so", ".dll", ".dylib")) or "." in parts[0] else "/"
    if parts[0] == "PySide6" and parts[1] == "Qt" and len(parts) > 3:
        return "/".join(parts[:3]) + ("/" + parts[3] if parts[2] == "lib" else "")
    if parts[0] == "pyarrow" and len(parts) == 2:
        return "pyarrow/" + parts[1]
    return parts[0]


def measure(bundle: Path) -> dict[str, tuple[int, int]]:
    """Return {component: (raw bytes, compressed bytes)} for every regular file in ``bundle``."""
    sizes: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for folder, _, files in os.walk(bundle):
        for name in files:
            path = Path(folder) / name
            if path.is_symlink():
                continue
            data = path.read_bytes()
            entry = sizes[component(str(path.relative_to(bundle)))]
            entry[0] += len(data)
            entry[1] += len(zlib.compress(data, 6))
    return {k: (v[0], v[1]) for k, v in sizes.items()}


def mb(n: int) -> str:
    """Format bytes as MB with one decimal."""
    return f"{n / 1e6:8.1f}"


def main(argv: list[str] | None = None) -> int:
    """Print the comparison table."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("before", type=Path)
    p.add_argument("after", type=Path)
    p.add_argument("--top", type=int, default=25, help="rows to show")
    args = p.parse_args(argv)
    before, after = measure(args.before), measure(args.after)
    rows = []
    for key in set(before) | set(after):
        b, a = before.get(key, (0, 0)), after.get(key, (0, 0))
        rows.append((b[1] - a[1], key, b, a))
    rows.sort(reverse=True)
    print(f"{'component':<44}{'raw before':>11}{'after':>9}{'gz before':>11}{'after':>9}  (MB)")
    for saved, key, b, a in rows[: args.top]:
        if saved == 0 and b == a:
            continue
        print(f"{key:<44}{mb(b[0]):>11}{mb(a[0]):>9}{mb(b[1]):>11}{mb(a[1]):>9}")
    tb = [sum(v[i] for v in before.values()) for i in (0, 1)]
    ta = [sum(v[i] for v in after.values()) for i in (0, 1)]
    print(f"{'TOTAL':<44}{mb(tb[0]):>11}{mb(ta[0]):>9}{mb(tb[1]):>11}{mb(ta[1]):>9}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
