"""The printed report: page count, text, fonts, layout limits, atomic writes, print preview."""

from __future__ import annotations

import copy
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from desktopseg.core.errors import UserError
from desktopseg.report import default_scheme, make_print_preview, write_pdf
from report.helpers import build_result, real_result

HERE = Path(__file__).resolve().parent


def pdf_pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(next(line for line in out.stdout.splitlines()
                    if line.startswith("Pages:")).split()[1])


def pdf_text(path: Path, page: int | None = None) -> str:
    args = ["pdftotext", "-layout"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    out = subprocess.run([*args, str(path), "-"], capture_output=True, text=True, check=True)
    return norm(out.stdout)


def norm(text: str) -> str:
    """Text as pdftotext gives it back: ligatures (ff, fi) undone by NFKC, lines joined.

    pdftotext also joins words hyphenated at a line end ("first-/time" -> "firsttime"),
    so hyphens are dropped on both sides of a comparison.
    """
    text = re.sub(r"-\s+", "", unicodedata.normalize("NFKC", text))
    return " ".join(text.replace("-", "").split())


def render_pages(path: Path, out_dir: Path) -> list[Path]:
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(path), str(out_dir / "page")],
                   check=True)
    return sorted(out_dir.glob("page-*.png"))


@pytest.fixture(scope="module")
def result(shared_data):
    return real_result(shared_data / "online_retail_sample.csv")


@pytest.fixture(scope="module")
def report_pdf(result, tmp_path_factory):
    path = tmp_path_factory.mktemp("report") / "segments.pdf"
    write_pdf(result, path)
    return path


def test_one_overview_page_plus_one_per_segment(result, report_pdf):
    """An overview page, the persona cards (two share a page when they fit), then the forecast
    page when there is one."""
    seg = result.segmentations[default_scheme(result)]
    assert len(seg.segments) >= 2
    assert result.forecast is not None
    pages = pdf_pages(report_pdf)
    assert 2 + (len(seg.segments) + 1) // 2 <= pages <= 2 + len(seg.segments)
    page = pdf_text(report_pdf, page=pages)
    assert page.startswith("Forecast")
    assert norm(result.forecast.backtest.sentence()) in page


def test_overview_lists_every_segment_and_persona(result, report_pdf):
    seg = result.segmentations[default_scheme(result)]
    overview = pdf_text(report_pdf, page=1)
    assert "Customer segments" in overview
    assert f"{len(result.customers):,}" in overview
    for s in seg.segments:
        assert s.name in overview
        assert s.persona.name in overview
        assert f"{s.customers:,}" in overview


def test_each_segment_page_carries_its_persona_card(result, report_pdf):
    seg = result.segmentations[default_scheme(result)]
    pages = pdf_pages(report_pdf)
    texts = {p: pdf_text(report_pdf, page=p) for p in range(2, pages + 1)}
    for s in seg.segments:
        page = next(p for p, t in texts.items() if s.persona.name in t)
        text = texts[page]
        assert s.persona.name in text
        assert norm(s.persona.tagline) in text
        assert norm(s.persona.story) in text  # the whole story, nothing cut off
        for action in s.persona.actions:
            assert norm(action) in text
        assert f"Page {page} of {pages}" in text


def test_pages_render_with_charts(report_pdf, tmp_path):
    """Every page rasterises; the overview has a chart, so it is far from blank."""
    pages = render_pages(report_pdf, tmp_path)
    assert len(pages) == pdf_pages(report_pdf)
    for png in pages:
        img = QImage(str(png))
        assert img.width() > 200 and img.height() > 300
    overview = QImage(str(pages[0]))
    ink = sum(
        1
        for x in range(0, overview.width(), 3)
        for y in range(0, overview.height(), 3)
        if overview.pixelColor(x, y).lightness() < 200
    )
    assert ink > 800  # title, table and the effort-vs-margin chart


def test_a4_by_default(report_pdf):
    info = subprocess.run(["pdfinfo", str(report_pdf)], capture_output=True, text=True).stdout
    assert "595 x 842 pts (A4)" in info


def _has_cjk_font() -> bool:
    from desktopseg.report.render import _cjk_families

    return bool(_cjk_families("한국어 中文"))


def test_korean_and_chinese_names_use_a_cjk_font(tmp_path):
    """Persona text in Hangul and Han prints with Noto Sans CJK glyphs, not tofu boxes."""
    result = build_result()
    pdf = tmp_path / "cjk.pdf"
    if not _has_cjk_font():  # no CJK font here: a clear message, not empty boxes
        with pytest.raises(UserError, match="no font for those letters"):
            write_pdf(result, pdf)
        return
    write_pdf(result, pdf)
    text = pdf_text(pdf)
    assert "김민준" in text and "王芳" in text and "단골 고객" in text and "曾经的好客户" in text
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "NotoSansCJK" in fonts


def test_long_notes_continue_on_more_pages_and_are_never_cut(result, tmp_path):
    """A persona with pages of notes spills onto extra pages; every word still prints."""
    result = copy.deepcopy(result)
    seg = result.segmentations[default_scheme(result)]
    persona = seg.segments[0].persona
    persona.notes = " ".join(f"Note {i}: call them before the spring delivery." for i in range(400))
    persona.notes += " The very last note."
    persona.name = "Rosalind Featherstonehaugh-Montgomery"
    pdf = tmp_path / "notes.pdf"
    write_pdf(result, pdf)
    plain = tmp_path / "plain.pdf"
    persona.notes = ""
    write_pdf(result, plain)
    assert pdf_pages(pdf) > pdf_pages(plain) + 1
    text = pdf_text(pdf)
    assert "The very last note." in text
    assert all(f"Note {i}:" in text for i in range(0, 400, 37))
    assert norm("Rosalind Featherstonehaugh-Montgomery") in text


def test_never_written_over_the_source_file(result, tmp_path):
    result = copy.copy(result)
    result.data = copy.copy(result.data)
    result.data.report = copy.copy(result.data.report)
    source = tmp_path / "export.csv"
    shutil.copy(result.data.report.file, source)
    result.data.report.file = str(source)
    before = source.read_bytes()
    with pytest.raises(UserError, match="came from"):
        write_pdf(result, source)
    assert source.read_bytes() == before


def test_failed_write_keeps_the_old_pdf(result, tmp_path, monkeypatch):
    """If painting fails half-way, the previous PDF is untouched and no temp file is left."""
    from desktopseg.report import render

    pdf = tmp_path / "old.pdf"
    pdf.write_bytes(b"%PDF-1.4 previous report")

    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(render, "_segment_figure", boom)
    with pytest.raises(RuntimeError):
        write_pdf(result, pdf)
    assert pdf.read_bytes() == b"%PDF-1.4 previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["old.pdf"]


def test_no_segments_is_a_plain_message(result, tmp_path):
    empty = copy.copy(result)
    empty.segmentations = {}
    with pytest.raises(UserError, match="no segments"):
        write_pdf(empty, tmp_path / "x.pdf")
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("platform", [None, ""], ids=["platform unset", "platform empty"])
def test_command_line_without_a_screen(samples_dir, tmp_path, platform):
    """`desktopseg report` writes the PDF with no display.

    No DISPLAY, and QT_QPA_PLATFORM unset or set to nothing (as some shells and service
    managers leave it), so write_pdf has to start Qt offscreen itself; a US locale gets Letter
    paper.
    """
    workbook = samples_dir / "bookkeeper_quickbooks_sales_by_customer.xlsx"
    before = workbook.read_bytes()
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    if platform is not None:
        env["QT_QPA_PLATFORM"] = platform
    env.update(LANG="en_US.UTF-8", LC_ALL="en_US.UTF-8")
    pdf = tmp_path / "us.pdf"
    cli = [sys.executable, "-m", "desktopseg"]
    proc = subprocess.run([*cli, "report", str(workbook), "--pdf", str(pdf), "-q"],
                          env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert "612 x 792 pts (letter)" in info
    assert pdf_pages(pdf) >= 3
    assert "Customer segments" in pdf_text(pdf, page=1)
    assert workbook.read_bytes() == before


@pytest.mark.slow
def test_no_screen_open_writes_the_report_into_the_current_folder(samples_dir, tmp_path):
    """`desktopseg FILE` without a screen prints the summary and writes FILE-segments.pdf."""
    workbook = samples_dir / "bookkeeper_quickbooks_sales_by_customer.xlsx"
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    proc = subprocess.run([sys.executable, "-m", "desktopseg", str(workbook)], env=env,
                          cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    written = tmp_path / (workbook.stem + "-segments.pdf")
    assert str(written) in proc.stdout
    assert pdf_pages(written) >= 3
    assert "Customer segments" in pdf_text(written, page=1)


def test_print_preview_paints_every_page(qtbot, result):
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    dialog = make_print_preview(None, result)
    qtbot.addWidget(dialog)
    dialog.show()
    preview = dialog.findChild(QPrintPreviewWidget)
    seg = result.segmentations[default_scheme(result)]
    # Overview, the persona cards (two to a page when they fit), the forecast page.
    qtbot.waitUntil(lambda: 2 + len(seg.segments) // 2 <= preview.pageCount()
                    <= 2 + len(seg.segments), timeout=60000)
    dialog.close()


def test_cancel_stops_between_pages_and_keeps_the_old_pdf(result, tmp_path):
    """Progress runs per page; a cancel part-way raises Cancelled and leaves no new file."""
    from desktopseg.core.errors import Cancelled
    from desktopseg.core.progress import Task

    fractions = []
    task = Task(lambda step, f: fractions.append(f), lambda: len(fractions) >= 3)
    pdf = tmp_path / "kept.pdf"
    pdf.write_bytes(b"%PDF-1.4 earlier")
    with pytest.raises(Cancelled):
        write_pdf(result, pdf, task=task)
    assert pdf.read_bytes() == b"%PDF-1.4 earlier"
    assert [p.name for p in tmp_path.iterdir()] == ["kept.pdf"]
    assert fractions == sorted(fractions) and 0 < fractions[-1] < 1


def test_korean_segment_names_in_charts_have_glyphs(result, tmp_path):
    """Segment names in Hangul reach the matplotlib charts with a CJK fallback font.

    Without it matplotlib warns "Glyph ... missing from font(s)", which this suite turns into
    an error, and prints boxes.
    """
    result = copy.deepcopy(result)
    seg = result.segmentations[default_scheme(result)]
    korean = ["최고 고객", "단골 고객", "잠재 단골", "관심 필요", "휴면 직전", "이탈 위험",
              "놓치면 안 될 고객", "휴면 고객", "떠난 고객", "기타", "신규 고객", "유망 고객"]
    for s, name in zip(seg.segments, korean, strict=False):
        s.name = name
    pdf = tmp_path / "ko.pdf"
    if not _has_cjk_font():
        with pytest.raises(UserError, match="no font for those letters"):
            write_pdf(result, pdf)
        return
    write_pdf(result, pdf)
    overview = pdf_text(pdf, page=1)
    assert korean[0] in overview and korean[1] in overview


def test_other_scheme_on_request(result, tmp_path):
    """scheme= picks the scheme; its segments, not the default one's, get the pages."""
    other = next(name for name in result.segmentations if name != default_scheme(result))
    seg = result.segmentations[other]
    pdf = tmp_path / "other.pdf"
    write_pdf(result, pdf, scheme=other)
    assert 2 + (len(seg.segments) + 1) // 2 <= pdf_pages(pdf) <= 2 + len(seg.segments)
    overview = pdf_text(pdf, page=1)
    assert norm(seg.title) in overview
    assert all(norm(s.name) in overview for s in seg.segments)


def test_report_words_go_through_qt_translation(result, tmp_path, monkeypatch):
    """Every fixed word of the report is looked up in Qt's "report" translation context."""
    from PySide6.QtCore import QCoreApplication

    from desktopseg.report import render

    seen = []

    class Translating:
        @staticmethod
        def translate(context, text, *args):
            seen.append(context)
            return "«" + QCoreApplication.translate(context, text) + "»"

        instance = staticmethod(QCoreApplication.instance)

    monkeypatch.setattr(render, "QCoreApplication", Translating)
    pdf = tmp_path / "translated.pdf"
    write_pdf(result, pdf)
    assert set(seen) == {"report"}
    assert "«Customer segments»" in pdf_text(pdf, page=1)
    assert "«What to do»" in pdf_text(pdf, page=2)
