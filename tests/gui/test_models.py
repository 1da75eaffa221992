"""Table models: pass Qt's model checks, format for the locale, sort numbers as numbers."""

from __future__ import annotations

import pytest
from fakes import fake_result
from PySide6.QtCore import QLocale, QSortFilterProxyModel, Qt

from desktopseg.gui.models import SORT_ROLE, BucketsModel, DataFrameModel

pytestmark = pytest.mark.gui


@pytest.fixture
def english_locale():
    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(old)


def test_buckets_model_passes_modeltester(qtmodeltester):
    model = BucketsModel()
    model.set_segmentation(fake_result().segmentations["behavioral"])
    qtmodeltester.check(model, force_py=True)


def test_dataframe_model_passes_modeltester_while_paging(qtmodeltester):
    frame = fake_result().customers.reset_index()
    model = DataFrameModel(frame, money_columns=("revenue",))
    model.PAGE = 7
    model.set_frame(frame)
    qtmodeltester.check(model, force_py=True)


def test_buckets_show_locale_money_and_sort_numerically(english_locale):
    """Revenue shows with thousands separators; sorting by it orders by value, not text."""
    seg = fake_result().segmentations["behavioral"]
    seg.segments[0].revenue = 12345.6
    seg.segments[1].revenue = 9.0
    model = BucketsModel()
    model.set_segmentation(seg)
    col = BucketsModel.COLUMNS.index("revenue")
    assert model.data(model.index(0, col)) == "12,346"
    assert model.data(model.index(0, BucketsModel.COLUMNS.index("share"))).endswith("%")
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(col, Qt.SortOrder.DescendingOrder)
    values = [proxy.data(proxy.index(r, col), SORT_ROLE) for r in range(proxy.rowCount())]
    assert values == sorted(values, reverse=True)
    assert proxy.data(proxy.index(0, 0)) == seg.segments[0].name


def test_dataframe_model_fetches_in_pages():
    frame = fake_result().customers.reset_index()
    model = DataFrameModel()
    model.PAGE = 25
    model.set_frame(frame)
    assert model.rowCount() == 25
    from PySide6.QtCore import QModelIndex

    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == len(frame)


def test_only_real_losses_are_red():
    """A negative margin is shown in red; an unknown margin (no cost data) is not."""
    seg = fake_result().segmentations["behavioral"]
    seg.segments[0].margin = -120.0
    seg.segments[1].margin = None
    model = BucketsModel()
    model.set_segmentation(seg)
    col = BucketsModel.COLUMNS.index("margin")
    assert model.data(model.index(0, col), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(1, col), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(1, col)) == "–"
