"""Write tests/fixtures/project_v1.dseg: run once per schema version, then commit the file.

    .venv/bin/python tests/project/make_fixture.py
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

# Appended, not prepended, so the tests folder never shadows an installed library.
sys.path.append(str(Path(__file__).resolve().parents[1]))

from report.helpers import build_result, load_import  # noqa: E402

from desktopseg.core import project as projmod  # noqa: E402


def main() -> None:
    fixtures = Path(__file__).resolve().parents[1] / "fixtures"
    out = fixtures / f"project_v{projmod.SCHEMA_VERSION}.dseg"
    data = load_import(nrows=300)
    project = projmod.new_project(data)
    project.source["path"] = "online_retail_sample.csv"  # no absolute path of this machine
    project.source["imported_at"] = "2026-11-23T12:00:00"
    project.settings.margin_pct = 35.0
    project.persona_edits[("behavioral", "Loyal")] = {"name": "김민준", "notes": "Likes tulips."}
    projmod.add_run(project, build_result(data), at=datetime(2026, 11, 23, 12, 0))
    projmod.save_project(out, project)
    print(out)


if __name__ == "__main__":
    main()
