"""The frozen app's entry point: PyInstaller runs this file as ``__main__``.

It differs from ``python -m desktopseg`` in two ways a bundle needs: ``freeze_support()`` comes
before anything else, and output goes to a log file in the user's data folder, because a
windowed build (Windows, the macOS .app, a Linux menu launch) has no console to show it on.
"""

import multiprocessing
import sys


def _log_to_file() -> None:
    """Send logging, crash dumps and (when there is no console) stdout/stderr to the log file."""
    import faulthandler
    import logging

    from desktopseg.core.appdirs import log_path

    path = log_path()
    # Kept open for the life of the process: faulthandler writes to it from a signal handler.
    stream = open(path, "a", encoding="utf-8", buffering=1)  # noqa: SIM115
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("desktopseg")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    # A hard crash in Qt or a compiled extension leaves a Python stack in the log.
    faulthandler.enable(stream)
    # PyInstaller's windowed bootloader sets these to None; print() would vanish and
    # sys.stderr.write() would raise.
    if sys.stdout is None:
        sys.stdout = stream
    if sys.stderr is None:
        sys.stderr = stream


if __name__ == "__main__":
    # First, before any import that may start workers: a frozen app otherwise re-runs itself in
    # every multiprocessing/joblib child (pyinstaller/pyinstaller#4110).
    multiprocessing.freeze_support()
    try:
        _log_to_file()
    except OSError:
        pass  # a read-only or full home folder must not stop the app from starting
    from desktopseg.cli import main

    raise SystemExit(main())
