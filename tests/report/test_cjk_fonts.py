"""A report in Korean or Chinese: CJK glyphs when a font exists, a clear message when not."""

from __future__ import annotations

import copy
import subprocess

import pytest

from desktopseg.core.errors import UserError
from desktopseg.report import cjk_fonts, default_scheme, render, write_pdf
from report.helpers import real_result


def pdf_text(path, page: int) -> str:
    out = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"],
                         capture_output=True, text=True, check=True)
    return out.stdout


@pytest.fixture(scope="module")
def result(shared_data):
    return real_result(shared_data / "online_retail_sample.csv")

KOREAN = ["최고 고객", "단골 고객", "잠재 단골", "관심 필요", "휴면 직전", "이탈 위험"]


def _korean(result):
    result = copy.deepcopy(result)
    seg = result.segmentations[default_scheme(result)]
    for s, name in zip(seg.segments, KOREAN, strict=False):
        s.name = name
    return result


def test_without_a_cjk_font_the_report_says_so(result, tmp_path, monkeypatch):
    """A machine without fonts-noto-cjk: no PDF of empty boxes, a message that says why."""
    monkeypatch.setattr(render, "_installed_families", lambda: {"DejaVu Sans"})
    pdf = tmp_path / "ko.pdf"
    with pytest.raises(UserError) as exc:
        write_pdf(_korean(result), pdf)
    assert "Korean" in str(exc.value) and "no font for those letters" in str(exc.value)
    assert "fonts-noto-cjk" in (exc.value.hint or "")
    assert not list(tmp_path.iterdir())  # nothing half-written left behind


def test_an_english_report_needs_no_cjk_font(result, tmp_path, monkeypatch):
    monkeypatch.setattr(render, "_installed_families", lambda: {"DejaVu Sans"})
    pdf = tmp_path / "en.pdf"
    write_pdf(result, pdf)
    assert pdf.stat().st_size > 0


def test_a_face_qt_knows_is_added_to_matplotlib(monkeypatch):
    """Qt finds Noto Sans CJK through fontconfig; matplotlib's cache lacks it: its file is added."""
    from matplotlib import font_manager

    files = [f for f in font_manager.findSystemFonts() if "NotoSansCJK" in f]
    if not files:
        pytest.skip("no Noto Sans CJK file on this machine")
    fm = font_manager.fontManager
    monkeypatch.setattr(fm, "ttflist", [f for f in fm.ttflist if "CJK" not in f.name])
    monkeypatch.setattr(cjk_fonts, "system_font_files", lambda: files)
    assert "Noto Sans CJK KR" not in {f.name for f in fm.ttflist}
    assert cjk_fonts.matplotlib_families(["Noto Sans CJK KR"]) == ["Noto Sans CJK KR"]


def test_korean_names_print_when_a_font_exists(result, tmp_path):
    if not render._cjk_families("한국어"):
        pytest.skip("no CJK font on this machine (the no-font path is tested above)")
    pdf = tmp_path / "ko.pdf"
    write_pdf(_korean(result), pdf)
    assert KOREAN[0] in pdf_text(pdf, page=1)
