"""Child process for the atomic-save kill test.

Imports everything once, then forks one saver per request so each kill costs a fork, not a
Python start-up. Protocol on stdin/stdout, one line each:
  -> "fork PATH START"   <- "pid N"      a saver saves revisions START, START+1, ... to PATH and
                                          writes "saved R" after each save returns
  -> "reap N"            <- "reaped N"
  -> "quit"
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Appended, not prepended, so the tests folder never shadows an installed library.
sys.path.append(str(Path(__file__).resolve().parents[1]))

from report.helpers import load_import  # noqa: E402

from desktopseg.core.project import new_project, save_project  # noqa: E402


def main() -> None:
    project = new_project(load_import(nrows=4000))
    out = sys.stdout.fileno()
    for line in sys.stdin:
        cmd, *args = line.split()
        if cmd == "fork":
            path, start = Path(args[0]), int(args[1])
            pid = os.fork()
            if pid == 0:
                rev = start
                while True:
                    project.source["revision"] = rev
                    project.persona_edits[("behavioral", "Loyal")] = {"name": f"rev {rev}",
                                                                      "notes": ""}
                    save_project(path, project)
                    os.write(out, f"saved {rev}\n".encode())
                    rev += 1
            os.write(out, f"pid {pid}\n".encode())
        elif cmd == "reap":
            os.waitpid(int(args[0]), 0)
            os.write(out, f"reaped {args[0]}\n".encode())
        elif cmd == "quit":
            return


if __name__ == "__main__":
    main()
