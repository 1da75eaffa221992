"""`--margin-pct`, `--effort-minutes` and `--hourly-rate` reach the analysis and the summary."""

from __future__ import annotations

import json

import pytest

from desktopseg.cli import main


def _summary(tmp_path, *args):
    out = tmp_path / "s.json"
    rc = main(["segment", *args, "-q", "--summary-json", str(out)])
    return rc, (json.loads(out.read_text(encoding="utf-8")) if rc == 0 else None)


@pytest.fixture(scope="module")
def florist(samples_dir):
    return str(samples_dir / "florist_square_items.xlsx")


def test_margin_pct_gives_profit_after_service(tmp_path, florist):
    rc, s = _summary(tmp_path, florist, "--scheme", "value", "--margin-pct", "40")
    assert rc == 0 and s["margin_source"] == "margin_pct"
    for seg in s["schemes"]["value"]["segments"]:
        assert seg["effort_source"] == "estimated"
        assert seg["profit_after_service"] == pytest.approx(
            seg["margin"] - seg["cost_to_serve"], abs=0.05)
        assert seg["margin"] == pytest.approx(0.4 * seg["revenue"], abs=0.05)


def test_margin_per_category_from_a_json_file(tmp_path, florist):
    table = tmp_path / "margins.json"
    table.write_text(json.dumps({"*": 10}), encoding="utf-8")
    rc, low = _summary(tmp_path, florist, "--scheme", "value", "--margin-pct", str(table))
    assert rc == 0
    rc, high = _summary(tmp_path, florist, "--scheme", "value", "--margin-pct", "60")
    total = sum(x["margin"] for x in low["schemes"]["value"]["segments"])
    assert total == pytest.approx(
        sum(x["margin"] for x in high["schemes"]["value"]["segments"]) / 6, rel=1e-3)


def test_effort_minutes_and_hourly_rate_change_the_cost(tmp_path, florist):
    rc, base = _summary(tmp_path, florist, "--scheme", "behavioral")
    minutes = tmp_path / "minutes.json"
    minutes.write_text(json.dumps({"order": 8, "line": 2, "return": 30, "discount": 4}),
                       encoding="utf-8")
    rc, doubled = _summary(tmp_path, florist, "--scheme", "behavioral",
                           "--effort-minutes", str(minutes), "--hourly-rate", "50")
    assert rc == 0
    assert doubled["cost_to_serve"]["minutes"]["order"] == 8
    assert doubled["cost_to_serve"]["hourly_rate"] == 50
    for a, b in zip(base["schemes"]["behavioral"]["segments"],
                    doubled["schemes"]["behavioral"]["segments"], strict=True):
        assert b["cost_to_serve"] == pytest.approx(4 * a["cost_to_serve"], rel=0.01)


@pytest.mark.parametrize("args, words", [
    (["--hourly-rate", "-3"], "hourly rate"),
    (["--margin-pct", "abc"], "margin %"),
    (["--effort-minutes", "nowhere.json"], "can't be read"),
])
def test_bad_values_exit_2_with_a_message(tmp_path, florist, capsys, args, words):
    rc, _ = _summary(tmp_path, florist, *args)
    assert rc == 2
    assert words in capsys.readouterr().err


def test_unknown_activity_is_named(tmp_path, florist, capsys):
    bad = tmp_path / "m.json"
    bad.write_text(json.dumps({"coffee": 5}), encoding="utf-8")
    rc, _ = _summary(tmp_path, florist, "--effort-minutes", str(bad))
    assert rc == 2
    err = capsys.readouterr().err
    assert "coffee" in err and "delivery" in err
