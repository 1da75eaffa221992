"""`--csv-dir` names every customer list it did not write, and why."""

from __future__ import annotations

import csv
from datetime import date, timedelta

from desktopseg.cli import main


def _shop(path, *, emails_for_recent_only: bool) -> None:
    """A year of a shop: 30 regulars seen lately (with e-mail), 30 long gone (without)."""
    end = date(2024, 12, 31)
    rows = []
    for i in range(60):
        recent = i < 30
        for k in range(2 + i % 6):
            day = end - timedelta(days=(k * 9 + i % 5) if recent else 200 + k * 20 + i)
            mail = f"c{i}@example.com" if recent or not emails_for_recent_only else ""
            rows.append((f"C{i:03d}", mail, day.isoformat(), f"{10 + i * 3 + k:.2f}",
                         f"O{i}-{k}"))
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Customer ID", "Email", "Date", "Amount", "Order ID"])
        w.writerows(rows)


def test_lists_without_e_mails_are_named(tmp_path, capsys):
    src = tmp_path / "shop.csv"
    _shop(src, emails_for_recent_only=True)
    out = tmp_path / "lists"
    assert main(["segment", str(src), "-q", "--scheme", "behavioral", "--csv-dir", str(out)]) == 0
    err = capsys.readouterr().err
    written = {p.stem.split(" - ", 1)[1] for p in out.glob("*.csv")}
    assert written  # the recent regulars have addresses
    named = {line.split("'")[1] for line in err.splitlines() if "was not written" in line}
    assert named, err
    assert not named & written
    for line in err.splitlines():
        if "was not written" in line:
            assert "e-mail address" in line


def test_no_e_mails_at_all_says_so(tmp_path, shared_data, capsys):
    out = tmp_path / "lists"
    rc = main(["segment", str(shared_data / "online_retail_sample.csv"), "-q",
               "--scheme", "value", "--csv-dir", str(out)])
    assert rc == 0
    assert not list(out.glob("*.csv"))
    assert "No customer lists were written" in capsys.readouterr().err


def test_every_list_written_says_nothing(tmp_path, capsys):
    src = tmp_path / "shop.csv"
    _shop(src, emails_for_recent_only=False)
    out = tmp_path / "lists"
    assert main(["segment", str(src), "-q", "--scheme", "behavioral", "--csv-dir", str(out)]) == 0
    assert "not written" not in capsys.readouterr().err
    assert list(out.glob("*.csv"))
