"""The main window: welcome -> import preview -> results, with menus, progress and errors.

Screens live in a QStackedWidget. Every slow step runs through the one TaskRunner (worker.py);
the window only reads its widgets, starts a job from jobs.py and shows what comes back. pandas,
matplotlib and the analysis code are imported on first use, so the window opens fast.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QWidget,
)

import desktopseg
from desktopseg.gui import jobs, several
from desktopseg.gui.common import (
    PROJECT_SUFFIX,
    SPREADSHEET_SUFFIXES,
    is_openable,
    show_bug,
    show_error,
)
from desktopseg.gui.welcome import WelcomePage
from desktopseg.gui.worker import TaskRunner

if TYPE_CHECKING:
    from desktopseg.core.model import AnalysisResult, ImportResult

MAX_RECENT = 10
#: How often unsaved work is written to the autosave folder (env override for the crash test).
AUTOSAVE_MS = int(os.environ.get("DESKTOPSEG_AUTOSAVE_MS", "60000"))
#: The screens' modules are imported in the background this long after the window opens (the
#: window is on screen by then; see jobs.preload_screens).
PRELOAD_MS = 800


class MainWindow(QMainWindow):
    """DesktopSeg's one window."""

    #: Emitted after new results are on screen (tests wait for it).
    results_shown = Signal()
    #: Emitted when the import preview is on screen.
    preview_shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(desktopseg.APP_NAME)
        self.setAcceptDrops(True)
        self.resize(1280, 800)
        self.runner = TaskRunner(self)
        from desktopseg.gui.wheel_guard import install_wheel_guard

        install_wheel_guard()  # no drop-down or number box changes under a passing wheel
        # Import the screens' modules in the background while the user picks a file.
        QTimer.singleShot(PRELOAD_MS, jobs.preload_screens)
        self.runner.progress.connect(self._on_progress)
        self.runner.finished.connect(self._on_task_finished)
        self.runner.failed.connect(self._on_task_failed)
        self.runner.cancelled.connect(self._on_task_cancelled)
        self.runner.warned.connect(self._on_task_warned)
        self.runner.busy_changed.connect(self._on_busy_changed)
        self._job_kind = ""  # what the running job is, to route its result
        self._job_context: dict[str, Any] = {}
        self.warnings: list[str] = []

        self.path: str | None = None  # the spreadsheet the data came from
        self.data: ImportResult | None = None
        self.result: AnalysisResult | None = None
        self.project = None  # core.project.Project once there is data
        self.dirty = False

        self.stack = QStackedWidget()
        self.welcome = WelcomePage()
        self.welcome.open_requested.connect(self.open_path)
        self.welcome.browse_requested.connect(self.open_dialog)
        self.stack.addWidget(self.welcome)
        self.preview = None  # ImportPreviewPage, built on first use
        self.results = None  # ResultsPage, built on first use
        self.compare_view = None  # its "What changed" tab (gui/compare_view.py)
        self.settings_dock: QDockWidget | None = None
        self.settings_panel = None
        self.setCentralWidget(self.stack)

        self._build_status_bar()
        self._build_menus()
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setInterval(AUTOSAVE_MS)
        self._autosave_timer.timeout.connect(self._autosave)
        self._restore_window()
        self._refresh_recent()
        self._update_actions()

    # ==== construction ==========================================================================
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.step_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setFixedWidth(220)
        self.progress_bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.clicked.connect(self.cancel_task)
        for w in (self.step_label, self.progress_bar, self.cancel_button):
            bar.addPermanentWidget(w)
            w.hide()

    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        K = QKeySequence.StandardKey
        self.act_open = self._action(self.tr("&Open…"), self.open_dialog, K.Open,
                                     self.tr("Open a spreadsheet export or a project"))
        self.act_save = self._action(self.tr("&Save Project"), self.save_project, K.Save)
        self.act_save_as = self._action(self.tr("Save Project &As…"), self.save_project_as,
                                        K.SaveAs)
        self.act_export_xlsx = self._action(self.tr("Export to &Excel…"), self.export_workbook,
                                            "Ctrl+E")
        self.act_export_csv = self._action(self.tr("Export &Customer Lists (CSV)…"),
                                           self.export_csvs)
        self.act_print = self._action(self.tr("&Print…"), self.print_report, K.Print)
        self.act_preview = self._action(self.tr("Print Pre&view…"), self.print_preview)
        self.act_pdf = self._action(self.tr("Export &PDF…"), self.export_pdf)
        self.act_close = self._action(self.tr("&Close"), self.close_project, K.Close,
                                      self.tr("Close this project and go back to the start page"))
        self.act_quit = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.act_open)
        several.add_menu_actions(self, file_menu)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.act_add_newer = self._action(
            self.tr("Add a &Newer Export…"), self.add_newer_export_dialog,
            tip=self.tr("Add this shop's latest export; the project keeps the earlier one to "
                        "show what changed"))
        file_menu.addAction(self.act_add_newer)
        file_menu.addSeparator()
        file_menu.addAction(self.act_save)
        file_menu.addAction(self.act_save_as)
        file_menu.addSeparator()
        file_menu.addAction(self.act_export_xlsx)
        file_menu.addAction(self.act_export_csv)
        file_menu.addSeparator()
        file_menu.addAction(self.act_print)
        file_menu.addAction(self.act_preview)
        file_menu.addAction(self.act_pdf)
        file_menu.addSeparator()
        file_menu.addAction(self.act_close)
        file_menu.addSeparator()
        self.act_clients = self._action(self.tr("C&lients…"), self.show_clients)  # issue 18
        file_menu.addAction(self.act_clients)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)

        view = self.menuBar().addMenu(self.tr("&View"))
        self.act_start = self._action(self.tr("&Start Page"), self.show_welcome, "Ctrl+0")
        self.act_columns = self._action(self.tr("Review &Columns…"), self.show_preview)
        self.act_tab_groups = self._action(self.tr("&Groups"), self._show_tab_groups, "Ctrl+1")
        self.act_tab_personas = self._action(self.tr("&Persona Cards"), self._show_tab_personas,
                                             "Ctrl+2")
        self.act_tab_charts = self._action(self.tr("C&harts"), self._show_tab_charts, "Ctrl+3")
        for a in (self.act_start, self.act_columns, self.act_tab_groups, self.act_tab_personas,
                  self.act_tab_charts):
            view.addAction(a)
        view.addSeparator()
        self.act_settings = self._action(self.tr("Analysis &Settings"), self.toggle_settings,
                                         "Ctrl+,")
        self.act_settings.setCheckable(True)
        view.addAction(self.act_settings)
        self.act_rules = self._action(self.tr("Your Own &Groups…"), self.open_rules_editor,
                                      "Ctrl+G")
        view.addAction(self.act_rules)
        self.language_menu = view.addMenu(self.tr("&Language"))
        self._build_language_menu()

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.act_log = self._action(self.tr("Open the &Log Folder"), self.open_log_folder)
        help_menu.addAction(self.act_log)
        self.act_about = self._action(self.tr("&About DesktopSeg"), self.about)
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.act_about)

    def _build_language_menu(self) -> None:
        from PySide6.QtGui import QActionGroup

        from desktopseg.gui.app import LANGUAGE_KEY, LANGUAGES

        current = str(QSettings().value(LANGUAGE_KEY, "") or "")
        group = QActionGroup(self)
        choices = [("", self.tr("Same as the system"))] + list(LANGUAGES)
        for code, name in choices:
            action = self.language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(self._on_language_chosen)

    @Slot()
    def _on_language_chosen(self) -> None:
        from desktopseg.gui.app import LANGUAGE_KEY

        action = self.sender()
        if not isinstance(action, QAction):
            return
        QSettings().setValue(LANGUAGE_KEY, action.data() or "")
        self.statusBar().showMessage(
            self.tr("The new language is used from the next time DesktopSeg starts."), 10000)

    def _update_actions(self) -> None:
        has_result = self.result is not None
        busy = self.runner.is_busy()
        for a in (self.act_export_xlsx, self.act_export_csv, self.act_print, self.act_preview,
                  self.act_pdf, self.act_tab_groups, self.act_tab_personas, self.act_tab_charts):
            a.setEnabled(has_result)
        self.act_save.setEnabled(self.project is not None and not busy)
        self.act_save_as.setEnabled(self.project is not None and not busy)
        self.act_close.setEnabled((self.project is not None or self.data is not None) and not busy)
        self.act_columns.setEnabled(self.data is not None and self.path is not None)
        self.act_settings.setEnabled(has_result)
        self.act_rules.setEnabled(has_result and not busy)
        self.act_add_newer.setEnabled(self.project is not None and has_result and not busy)

    def _ensure_preview(self):
        if self.preview is None:
            from desktopseg.gui.import_preview import ImportPreviewPage

            self.preview = ImportPreviewPage()
            self.preview.reload_requested.connect(self._on_preview_reload)
            self.preview.continue_requested.connect(self._on_preview_continue)
            self.preview.back_requested.connect(self.show_welcome)
            self.stack.addWidget(self.preview)
        return self.preview

    def _ensure_results(self):
        if self.results is None:
            from desktopseg.gui.results import ResultsPage
            from desktopseg.gui.settings_panel import SettingsPanel

            self.results = ResultsPage()
            self.results.persona_edited.connect(self._on_persona_edited)
            if hasattr(self.results, "settings_button"):
                self.results.settings_button.clicked.connect(self.toggle_settings)
            self.results.effort_rated.connect(self._on_effort_rated)
            self.stack.addWidget(self.results)
            self.settings_panel = SettingsPanel()
            self.settings_panel.settings_changed.connect(self._on_settings_changed)
            self.settings_dock = QDockWidget(self.tr("Analysis settings"), self)
            self.settings_dock.setObjectName("settingsDock")
            self.settings_dock.setWidget(self.settings_panel)
            self.settings_dock.setMinimumWidth(300)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.settings_dock)
            self.settings_dock.visibilityChanged.connect(self.act_settings.setChecked)
            self.settings_dock.hide()
            from desktopseg.gui.compare_view import CompareView

            self.compare_view = CompareView()
            self.compare_view.compare_requested.connect(self._on_compare_requested)
            self.results.tabs.addTab(self.compare_view, self.tr("What changed"))
            self.restore_state()
        return self.results

    # ==== opening ===============================================================================
    @Slot()
    def open_dialog(self) -> None:
        """Ask for a file and open it."""
        patterns = " ".join(f"*{s}" for s in SPREADSHEET_SUFFIXES)
        filters = ";;".join([
            self.tr("Spreadsheets and projects ({patterns})").format(
                patterns=f"{patterns} *{PROJECT_SUFFIX}"),
            self.tr("Spreadsheets ({patterns})").format(patterns=patterns),
            self.tr("DesktopSeg projects (*{suffix})").format(suffix=PROJECT_SUFFIX),
            self.tr("All files (*)"),
        ])
        from desktopseg.gui.export_done import open_folder

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open"), str(open_folder()), filters)
        if path:
            self.open_path(path)

    @Slot(str)
    def open_path(self, path: str) -> None:
        """Open a spreadsheet (-> import preview) or a .dseg project (-> results)."""
        from desktopseg.gui.unsaved import confirm_replace

        path = str(path)
        if not confirm_replace(self):
            return
        QSettings().setValue("paths/last_folder", str(Path(path).parent))
        self.statusBar().clearMessage()  # a message about the previous file is stale now
        if Path(path).suffix.lower() == PROJECT_SUFFIX:
            self._start("project", jobs.open_saved_project, path, context={"path": path})
        else:
            self._start("load", jobs.load_file, path, None, context={"path": path})

    def _add_recent(self, path: str) -> None:
        if not isinstance(path, str):
            return  # several files: not one recent entry
        s = QSettings()
        recent = [p for p in (s.value("recent/files", [], list) or []) if p != path]
        recent.insert(0, path)
        s.setValue("recent/files", recent[:MAX_RECENT])
        self._refresh_recent()

    def recent_files(self) -> list[str]:
        """Return the recently opened files and projects, newest first."""
        return [str(p) for p in (QSettings().value("recent/files", [], list) or [])]

    def _refresh_recent(self) -> None:
        recent = self.recent_files()
        self.welcome.set_recent(recent)
        self.recent_menu.clear()
        for p in recent:
            if not Path(p).exists():
                continue
            action = self.recent_menu.addAction(Path(p).name)
            action.setData(p)
            action.setToolTip(p)
            action.triggered.connect(self._on_recent_triggered)
        self.recent_menu.setEnabled(not self.recent_menu.isEmpty())

    @Slot()
    def _on_recent_triggered(self) -> None:
        action = self.sender()
        if isinstance(action, QAction) and action.data():
            self.open_path(action.data())

    # ==== screens ===============================================================================
    @Slot()
    def show_clients(self) -> None:
        """Open the practice's clients (File > Clients…)."""
        from desktopseg.gui.clients_view import ClientsView

        view = ClientsView(self)
        view.exec()
        if view.chosen_project:  # Open: the client's project, through the usual open path
            self.open_path(view.chosen_project)

    def show_welcome(self) -> None:
        """Go back to the start page (results stay available from the View menu)."""
        self.stack.setCurrentWidget(self.welcome)

    @Slot()
    def show_preview(self) -> None:
        """Show the import preview of the current data."""
        if self.data is None or self.path is None:
            return
        self._ensure_preview().set_import(self.path, self.data)
        self.stack.setCurrentWidget(self.preview)
        self._update_title(several.display_name(self.path))
        self.preview_shown.emit()

    def show_results(self) -> None:
        """Show the current result."""
        if self.result is None:
            return
        from desktopseg.core import currency

        currency.use(currency.of_result(self.result))  # tables show money in its currency
        page = self._ensure_results()
        page.set_result(self.result)
        self.settings_panel.set_settings(self.result.settings, self.result)
        self.compare_view.set_source(self.data, self.project)
        self.stack.setCurrentWidget(page)
        self._update_title()
        self._update_actions()
        self.results_shown.emit()

    def _update_title(self, name: str | None = None) -> None:
        """Name the project (or the file the data came from) in the title bar."""
        if name is None:
            name = Path(self.project.path).name if self.project is not None and \
                self.project.path else several.display_name(self.path)
        self.setWindowTitle(f"{name} – {desktopseg.APP_NAME}" if name else desktopseg.APP_NAME)

    @Slot()
    def _show_tab_groups(self) -> None:
        self._show_tab(0)

    @Slot()
    def _show_tab_personas(self) -> None:
        self._show_tab(1)

    @Slot()
    def _show_tab_charts(self) -> None:
        self._show_tab(2)

    def _show_tab(self, index: int) -> None:
        if self.results is not None and self.result is not None:
            self.stack.setCurrentWidget(self.results)
            self.results.tabs.setCurrentIndex(index)

    @Slot()
    def open_rules_editor(self) -> None:
        """View > Your Own Groups…: edit the groups, then analyse again with them."""
        from desktopseg.gui.rules_editor import edit_rules

        edit_rules(self)

    @Slot()
    def close_project(self) -> None:
        """File > Close: after asking to save, forget the project and show the start page."""
        from desktopseg.gui.unsaved import confirm_replace, discard

        if self.runner.is_busy() or not confirm_replace(self):
            return
        discard(self)  # nothing unsaved is left here: the autosave goes with the project
        self.path = self.data = self.result = self.project = None
        if self.settings_dock is not None:
            self.settings_dock.hide()
        self.statusBar().clearMessage()
        self.show_welcome()
        self._update_title("")
        self._update_actions()

    @Slot()
    def toggle_settings(self) -> None:
        """Show or hide the settings panel."""
        if self.settings_dock is not None:
            self.settings_dock.setVisible(not self.settings_dock.isVisible())

    # ==== running jobs ==========================================================================
    def _start(self, kind: str, fn, *args, context: dict | None = None) -> None:
        self._job_kind = kind
        self._job_context = context or {}
        self.warnings = []
        self.runner.start(fn, *args)

    def run_analysis(self, settings=None) -> None:
        """Analyse the current data in the background with ``settings`` (default: current)."""
        if self.data is None or (self.data.transactions is None and self.data.customers is None):
            return  # only the columns were read (the preview is waiting for a fix)
        if settings is None:
            settings = self.project.settings if self.project is not None else None
        if settings is None:
            from desktopseg.core.model import AnalysisSettings
            from desktopseg.gui.common import ui_language

            settings = AnalysisSettings(persona_language=ui_language())
        edits = dict(self.project.persona_edits) if self.project is not None else {}
        self._start("analyse", jobs.analyse, self.data, settings, edits,
                    context={"settings": settings})

    @Slot()
    def cancel_task(self) -> None:
        """Stop the running job; whatever was on screen stays."""
        self.runner.cancel()
        self.step_label.setText(self.tr("Stopping…"))

    @Slot(str, float)
    def _on_progress(self, step: str, fraction: float) -> None:
        from desktopseg.core.i18n import _

        self.step_label.setText(_(step))
        self.progress_bar.setValue(int(fraction * 1000))

    @Slot(bool)
    def _on_busy_changed(self, busy: bool) -> None:
        for w in (self.step_label, self.progress_bar, self.cancel_button):
            w.setVisible(busy)
        if busy:
            self.progress_bar.setValue(0)
            self.step_label.setText(self.tr("Starting…"))
            if QApplication.overrideCursor() is None:
                QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            while QApplication.overrideCursor() is not None:
                QApplication.restoreOverrideCursor()
        self._update_actions()

    @Slot(str)
    def _on_task_warned(self, message: str) -> None:
        self.warnings.append(message)
        self.statusBar().showMessage(self.tr("Note: {message}").format(message=message), 15000)

    @Slot(object)
    def _on_task_failed(self, exc: object) -> None:
        show_error(self, exc)  # type: ignore[arg-type]

    @Slot()
    def _on_task_cancelled(self) -> None:
        self.statusBar().showMessage(
            self.tr("Stopped. The previous results are still shown.") if self.result is not None
            else self.tr("Stopped."), 8000)
        if self._job_kind == "analyse" and self.result is not None and self.settings_panel:
            self.settings_panel.set_settings(self.result.settings, self.result)

    @Slot(object)
    def _on_task_finished(self, value: object) -> None:
        kind = self._job_kind
        try:
            handler = {
                "load": self._loaded, "reload": self._reloaded, "analyse": self._analysed,
                "project": self._project_opened, "save": self._saved,
                "autosave": self._autosaved, "export": self._exported,
                "compare": self._compared, "newer": self._newer_loaded,
            }[kind]
            handler(value)
        except Exception as exc:  # noqa: BLE001 - showing a result must not kill the window
            show_bug(self, exc)

    # ---- job results ---------------------------------------------------------------------------
    def _show_fixable(self, loaded: jobs.Loaded) -> None:
        """Show the detected columns so the user can fix a mapping that does not work."""
        self.path, self.data = loaded.path, loaded.data
        self.show_preview()
        show_error(self, loaded.error)

    def _loaded(self, loaded: jobs.Loaded) -> None:
        if loaded.error is not None:
            self._add_recent(loaded.path)
            self._show_fixable(loaded)
            return
        self.path, self.data = loaded.path, loaded.data
        self.result = None
        self._new_project(loaded.data, loaded.source)
        self._add_recent(loaded.path)
        errors = [p for p in loaded.data.report.problems if p.severity == "error"]
        if loaded.remembered and not errors:
            self.statusBar().showMessage(self.tr(
                "Columns set as you chose last time for a file like this. To change them: "
                "View > Review Columns."), 15000)
            self.run_analysis()
        else:
            self.show_preview()

    def _reloaded(self, loaded: jobs.Loaded) -> None:
        if loaded.error is not None:
            self._show_fixable(loaded)
            return
        self.path, self.data = loaded.path, loaded.data
        self._new_project(loaded.data, loaded.source)
        if self._job_context.get("then_analyse"):
            jobs.remember(loaded.data)
            self.run_analysis()
        else:
            self.show_preview()

    def _new_project(self, data, source: dict | None = None) -> None:
        from desktopseg.core.model import AnalysisSettings
        from desktopseg.core.project import discard_autosave, new_project
        from desktopseg.gui.common import ui_language

        if self.project is not None and not self.dirty:  # unsaved work keeps its autosave
            discard_autosave(self.project)
        # Persona names come from the window's language; a saved project keeps its own.
        from desktopseg.gui.cost_settings import recall_for

        settings = recall_for(data, AnalysisSettings(persona_language=ui_language()))
        self.project = new_project(data, settings, source)
        from desktopseg.gui.rules_editor import offer_remembered_rules

        offer_remembered_rules(self, data)
        self.dirty = False

    def _analysed(self, result: AnalysisResult) -> None:
        from desktopseg.core.project import add_run

        self.result = result
        if self.project is not None:
            self.project.settings = result.settings
            self.project.result = result  # kept in the file: reopening shows it at once
            add_run(self.project, result)
        self.show_results()

    # ---- comparing (issue 15) ------------------------------------------------------------------
    @Slot(object)
    def _on_compare_requested(self, request) -> None:
        from desktopseg.gui.compare_view import run_compare

        if self.data is None or self.runner.is_busy():
            return
        settings = self.result.settings if self.result is not None else None
        self._start("compare", run_compare, self.data, self.project, settings, request)

    def _compared(self, outcome) -> None:
        self.compare_view.set_outcome(outcome)

    def _comparison(self):
        """Return the comparison on the What changed tab (exports and print-outs include it)."""
        view = self.compare_view
        return view.outcome.comparison if view is not None and view.outcome else None

    @Slot()
    def add_newer_export_dialog(self) -> None:
        """Ask for a newer export of the same shop and add it to the project."""
        patterns = " ".join(f"*{s}" for s in SPREADSHEET_SUFFIXES)
        start = QSettings().value("paths/last_folder", str(Path.home()))
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Add a Newer Export"), str(start),
            self.tr("Spreadsheets ({patterns})").format(patterns=patterns))
        if path:
            self.add_newer_export(path)

    def add_newer_export(self, path: str) -> None:
        """Read ``path`` with the project's columns; it becomes the data, the old a snapshot."""
        from desktopseg.core.model import ImportOptions

        if self.project is None:
            return
        options = ImportOptions(mapping=self.project.data.mapping)
        self._start("newer", jobs.load_file, str(path), options, context={"path": str(path)})

    def _newer_loaded(self, loaded: jobs.Loaded) -> None:
        from desktopseg.core.errors import UserError
        from desktopseg.core.snapshots import add_newer_export

        if loaded.error is not None:
            show_error(self, loaded.error)
            return
        try:
            snap = add_newer_export(self.project, loaded.data, loaded.source)
        except UserError as exc:
            show_error(self, exc)
            return
        self.path, self.data = loaded.path, loaded.data
        self._mark_dirty()
        self.statusBar().showMessage(self.tr(
            "Newer export added. The project keeps the data up to {day}: see What changed.")
            .format(day=snap.as_of.isoformat()), 15000)
        self.run_analysis()

    def _project_opened(self, opened: jobs.Opened) -> None:
        if opened.result is None:  # no results kept in the file, or stale: analyse again
            path = self._job_context["path"]
            self._start("project", jobs.open_project, path, context={"path": path})
            return
        self.project = opened.project
        self.data = opened.project.data
        self.result = opened.project.result = opened.result
        src = opened.project.source.get("path")
        self.path = src if src and Path(src).exists() else None
        self.dirty = False
        self._add_recent(str(self._job_context["path"]))
        self.show_results()
        if opened.source_changed and self.path:
            self._offer_changed_source(opened.project.source)

    def _offer_changed_source(self, source: dict) -> None:
        """Offer to read the project's file again as a newer export: it changed since."""
        from datetime import datetime

        from desktopseg.gui.common import fmt_date

        try:
            when = fmt_date(datetime.fromisoformat(str(source.get("imported_at"))))
        except ValueError:
            when = ""
        text = (self.tr("'{name}' has changed since this project read it on {day}.")
                if when else self.tr("'{name}' has changed since this project read it.")
                ).format(name=source.get("name") or Path(self.path).name, day=when)
        answer = QMessageBox.question(
            self, self.tr("The File Has Changed"),
            text + "\n\n" + self.tr("Read it now as a newer export? What the project has now "
                                     "is kept, so What changed can compare the two."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self.add_newer_export(self.path)

    def _saved(self, path: str) -> None:
        from desktopseg.core.project import discard_autosave

        self.project.path = Path(path)
        self.dirty = False
        discard_autosave(self.project)
        from desktopseg.gui.export_done import remember_save

        remember_save(path)
        self._add_recent(str(path))
        self.statusBar().showMessage(self.tr("Saved to {path}").format(path=path), 8000)
        self._update_title()

    def _autosaved(self, path) -> None:
        pass

    def _exported(self, where) -> None:
        from desktopseg.gui.export_done import remember_save, show_export_done

        target = self._job_context.get("path", where)
        remember_save(target)
        written = getattr(where, "written", None)  # per-segment CSV export: counts per list
        if written is not None:
            left_out = sum(getattr(where, "left_out", {}).values())
            lists = sum(1 for n in written.values() if n)
            from desktopseg.core.not_written import not_written

            missing = not_written(where, self.result)
            if lists and missing:
                QMessageBox.information(self, self.tr("Some lists not written"),
                                        "\n".join(missing))
            if lists == 0:
                QMessageBox.information(self, self.tr("No lists written"), self.tr(
                    "None of these customers has an e-mail address in the file, so there was "
                    "nothing for an e-mail tool to import. Export to Excel to get every "
                    "customer with their group."))
                return
            text = self.tr(
                "{lists} lists written to {path}; {left} customers without an e-mail address "
                "left out.").format(lists=lists, path=target, left=left_out)
            self.statusBar().showMessage(text, 15000)
            self.export_box = show_export_done(self, target, text)
            return
        text = self.tr("Written to {path}").format(path=target)
        self.statusBar().showMessage(text, 10000)
        self.export_box = show_export_done(self, target, text)

    # ---- preview --------------------------------------------------------------------------------
    @Slot(object)
    def _on_preview_reload(self, options) -> None:
        from desktopseg.gui.unsaved import confirm_replace

        if self.path and confirm_replace(self):
            self._start("reload", jobs.load_file, self.path, options, context={})

    @Slot(object)
    def _on_preview_continue(self, options) -> None:
        if options is None and self.data is not None and (
                self.data.transactions is None and self.data.customers is None):
            options = self.preview.options()  # only columns were read: read the rows now
        if options is None:  # nothing changed: analyse what was read
            jobs.remember(self.data)
            self.run_analysis()
        elif self.path:
            from desktopseg.gui.unsaved import confirm_replace

            if not confirm_replace(self):
                return
            self._start("reload", jobs.load_file, self.path, options,
                        context={"then_analyse": True})

    # ---- settings and personas ------------------------------------------------------------------
    @Slot(object)
    def _on_settings_changed(self, settings) -> None:
        from desktopseg.gui.cost_settings import remember_for

        remember_for(self.data, settings)  # minutes, rate and margins: remembered per shop
        self._mark_dirty()
        self.run_analysis(settings)

    @Slot(str)
    def _on_persona_edited(self, segment: str) -> None:
        if self.project is None or self.results is None:
            return
        scheme = self.results.current_scheme()
        seg = self.results.current_segmentation()
        profile = seg.segment(segment) if seg is not None else None
        if profile is None or profile.persona is None:
            return
        self.project.persona_edits[(scheme, segment)] = {
            "name": profile.persona.name, "notes": profile.persona.notes}
        self._mark_dirty()

    @Slot(str, str, float)
    def _on_effort_rated(self, scheme: str, segment: str, rating: float) -> None:
        # The rating lives in the analysis settings, so the project saves it (issue 14).
        if self.project is not None and self.result is not None:
            self.project.settings = self.result.settings
            self._mark_dirty()

    def _mark_dirty(self) -> None:
        self.dirty = True
        if not self._autosave_timer.isActive():
            self._autosave_timer.start()

    @Slot()
    def _autosave(self) -> None:
        if self.dirty and self.project is not None and not self.runner.is_busy():
            self._start("autosave", jobs.autosave, self.project)

    # ==== saving and exporting ==================================================================
    @Slot()
    def save_project(self) -> None:
        """Save the project where it was saved before, else ask where."""
        if self.project is None:
            return
        if self.project.path is None:
            self.save_project_as()
        else:
            self._start("save", jobs.save_project, str(self.project.path), self.project)

    @Slot()
    def save_project_as(self) -> None:
        """Ask where to save the project."""
        if self.project is None:
            return
        from desktopseg.gui.export_done import save_folder

        stem = several.stem(self.path) if self.path else "project"
        start = save_folder() / f"{stem}{PROJECT_SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save project"), str(start),
            self.tr("DesktopSeg projects (*{suffix})").format(suffix=PROJECT_SUFFIX))
        if path:
            if not path.lower().endswith(PROJECT_SUFFIX):
                path += PROJECT_SUFFIX
            self._start("save", jobs.save_project, path, self.project)

    def _ask_save_path(self, title: str, suggested: str, filt: str) -> str | None:
        from desktopseg.gui.export_done import save_folder

        path, _ = QFileDialog.getSaveFileName(self, title, str(save_folder() / suggested), filt)
        return path or None

    def _stem(self) -> str:
        return (several.stem(self.path) if self.path else "customers") + "-segments"

    @Slot()
    def export_workbook(self) -> None:
        """Write the results to an Excel workbook."""
        if self.result is None:
            return
        path = self._ask_save_path(self.tr("Export to Excel"), self._stem() + ".xlsx",
                                   self.tr("Excel workbook (*.xlsx)"))
        if path:
            self._start("export", jobs.export_workbook, self.result, path,
                        self._comparison(), context={"path": path})

    @Slot()
    def export_csvs(self) -> None:
        """Write one CSV list per segment of the scheme shown, for e-mail tools."""
        if self.result is None:
            return
        from desktopseg.gui.export_done import save_folder

        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder for the customer lists"), str(save_folder()))
        if folder:
            scheme = self.results.current_scheme() if self.results else None
            self._start("export", jobs.export_csvs, self.result, folder, scheme,
                        context={"path": folder})

    @Slot()
    def export_pdf(self) -> None:
        """Write the printable report as a PDF."""
        if self.result is None:
            return
        path = self._ask_save_path(self.tr("Export PDF"), self._stem() + ".pdf",
                                   self.tr("PDF document (*.pdf)"))
        if path:
            scheme = self.results.current_scheme() if self.results else None
            self._start("export", jobs.export_pdf, self.result, path, scheme,
                        self._comparison(), context={"path": path})

    @Slot()
    def print_report(self) -> None:
        """Print the report."""
        if self.result is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self._render(printer)

    @Slot()
    def print_preview(self) -> None:
        """Show the print preview of the report."""
        if self.result is None:
            return
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        # Say so at once: laying out the pages takes a moment (feedback within 100 ms).
        self.statusBar().showMessage(self.tr("Preparing the print preview…"))
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self.statusBar().repaint()
        try:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintPreviewDialog(printer, self)
            dialog.setWindowTitle(self.tr("Print preview"))
            dialog.paintRequested.connect(self._render)
            dialog.resize(1000, 800)
            QTimer.singleShot(0, self._preview_ready)
        except Exception:
            self._preview_ready()
            raise
        dialog.exec()

    @Slot()
    def _preview_ready(self) -> None:
        """Take the busy cursor and message away once the preview is on screen."""
        if QApplication.overrideCursor() is not None and not self.runner.is_busy():
            QApplication.restoreOverrideCursor()
        self.statusBar().clearMessage()

    @Slot(object)
    def _render(self, printer) -> None:
        try:
            from desktopseg.report import render_report

            scheme = self.results.current_scheme() if self.results else None
            render_report(self.result, printer, scheme, comparison=self._comparison())
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)

    # ==== help ==================================================================================
    @Slot()
    def about(self) -> None:
        """Show the About box."""
        QMessageBox.about(self, self.tr("About DesktopSeg"), self.tr(
            "<h3>DesktopSeg {version}</h3><p>Find out who your customers are, from the "
            "spreadsheet your till already exports.</p><p>Everything stays on this computer: "
            "no internet connection is used.</p>").format(version=desktopseg.__version__))

    @Slot()
    def open_log_folder(self) -> None:
        """Open the folder holding the log file."""
        from desktopseg.core.appdirs import log_path

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_path().parent)))

    # ==== drag and drop =========================================================================
    def _dropped_path(self, event) -> str | None:
        mime = event.mimeData()
        if len(several.dropped_paths(mime)) > 1 or any(
                Path(p).is_dir() for p in several.dropped_paths(mime)):
            return "several"
        if not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile() and is_openable(url.toLocalFile()):
                return url.toLocalFile()
        return None

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Accept drags that carry a file DesktopSeg can open."""
        if self._dropped_path(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        """Keep accepting while the drag moves."""
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802
        """Open the dropped file."""
        path = self._dropped_path(event)
        if path == "several":
            event.acceptProposedAction()
            several.open_paths(self, several.dropped_paths(event.mimeData()))
        elif path:
            event.acceptProposedAction()
            self.open_path(path)

    # ==== window state ==========================================================================
    def _restore_window(self) -> None:
        s = QSettings()
        geometry = s.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._saved_state = s.value("window/state")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Offer to save, remember the window, cancel and wait for background work."""
        from desktopseg.gui.unsaved import confirm_replace

        if not confirm_replace(self, closing=True):
            event.ignore()
            return
        s = QSettings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        # The window goes at once (feedback within 100 ms); stopping the worker follows.
        self.hide()
        self._autosave_timer.stop()
        # Cancel and wait, so no worker thread outlives the window (vorta#684).
        self.runner.shutdown()
        if self.project is not None and not self.dirty:
            try:
                from desktopseg.core.project import discard_autosave

                discard_autosave(self.project)
            except Exception:  # noqa: BLE001,S110 - closing must always work
                pass
        super().closeEvent(event)

    def _save_now(self) -> None:
        """Save synchronously (when closing there is no time to wait for signals)."""
        path = str(self.project.path) if self.project.path else None
        if path is None:
            from desktopseg.gui.export_done import save_folder

            stem = several.stem(self.path) if self.path else "project"
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save project"), str(save_folder() / f"{stem}{PROJECT_SUFFIX}"),
                self.tr("DesktopSeg projects (*{suffix})").format(suffix=PROJECT_SUFFIX))
        if not path:
            return
        if not path.lower().endswith(PROJECT_SUFFIX):
            path += PROJECT_SUFFIX
        try:
            jobs.save_project(path, self.project)
            self.project.path = Path(path)
            self.dirty = False
            from desktopseg.core.project import discard_autosave
            from desktopseg.gui.export_done import remember_save

            discard_autosave(self.project)
            remember_save(path)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)

    def restore_state(self) -> None:
        """Restore dock positions (after the results page created its dock)."""
        if self._saved_state is not None:
            self.restoreState(self._saved_state)


if __name__ == "__main__":
    import sys

    app = QApplication(sys.argv)
    app.setOrganizationName(desktopseg.ORG_NAME)
    app.setApplicationName(desktopseg.APP_NAME)
    window = MainWindow()
    window.show()
    if len(sys.argv) > 1:
        window.open_path(sys.argv[1])
    app.exec()
