"""Allow ``python -m desktopseg``."""

import multiprocessing

if __name__ == "__main__":
    # A frozen app must call this before anything else, or joblib/multiprocessing
    # children re-launch the whole program (pyinstaller/pyinstaller#4110).
    multiprocessing.freeze_support()
    from desktopseg.cli import main

    raise SystemExit(main())
