"""README's two commands are the ones CI runs and they name files that exist."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", text)[:2]


def test_ci_runs_readme_test_command_verbatim():
    """.ci/run contains README's second command (the test command) as one exact line."""
    run_cmd, test_cmd = _readme_commands()
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test_cmd in ci_lines
    assert "pytest" in test_cmd


def test_readme_run_command_names_a_bundled_sample():
    """The run command opens a sample workbook that is committed in the repository."""
    run_cmd, _ = _readme_commands()
    sample = re.search(r"(sample_workbooks/\S+)", run_cmd).group(1)
    assert (ROOT / sample).is_file()
