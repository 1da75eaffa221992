"""The effort vs margin chart in the window keeps its labels clear of the bubbles after the
window is resized: the chart is drawn again for its new size (issue 19, point 5)."""

from __future__ import annotations

from pathlib import Path

import pytest
from output.test_effort_labels_clear import label_clashes

from desktopseg.core import pipeline
from desktopseg.gui.charts_view import ChartsView

pytestmark = pytest.mark.gui

SAMPLE = Path(__file__).resolve().parents[2] / "sample_workbooks" / "florist_square_items.xlsx"


def test_resized_chart_is_drawn_again_with_clear_labels(qtbot, tmp_path):
    result = pipeline.analyse(pipeline.load(str(SAMPLE)))
    view = ChartsView()
    qtbot.addWidget(view)
    view.show_kind("effort_margin")
    view.resize(1200, 760)
    view.show()
    view.set_result(result, result.segmentations["behavioral"])
    qtbot.waitExposed(view)
    for width, height in [(1000, 600), (760, 520), (1260, 780)]:  # as in 1024x700..1280x800
        view.resize(width, height)
        qtbot.waitUntil(lambda: view._drawn_size == view._canvas_size(), timeout=5000)
        fig = view.canvas.figure
        w, h = fig.get_size_inches() * fig.dpi
        assert abs(w - view.canvas.width() * view.canvas.device_pixel_ratio) <= 2
        assert label_clashes(fig) == [], (width, height)
    view.grab().save(str(tmp_path / "effort.png"))
