"""The main window: navigation on the left, one page at a time, menus and the status bar.

Only pages that work and that the signed-in role may see are built (REQUIREMENTS §1);
``app/ui/pages.py`` lists them.
"""

import logging

from PySide6.QtCore import QCoreApplication, QSize, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QMessageBox, QStackedWidget, QWidget

from app import __version__
from app.services.audit import ChainReport
from app.services.auth import Actor
from app.services.permissions import Action, is_allowed
from app.services.station import StationContext, StationInfo
from app.ui.chain_monitor import ChainMonitor
from app.ui.errors import show_error
from app.ui.icons import ON_DARK, ON_DARK_SELECTED, app_icon, icon
from app.ui.jobs import has_running_jobs
from app.ui.labels import role_label
from app.ui.language import CHINESE, ENGLISH, current_language, save_language
from app.ui.navigation_bar import NavigationBar
from app.ui.pages import PageSpec, visible_pages
from app.ui.station_status_bar import StationStatusBar

log = logging.getLogger(__name__)

LANGUAGE_NAMES = {CHINESE: "中文（简体）", ENGLISH: "English"}


class MainWindow(QMainWindow):
    """The station's main window for one signed-in person.

    Signals:
        logout_requested(): the user chose to log out or switch user.
    """

    logout_requested = Signal()

    def __init__(
        self,
        context: StationContext,
        actor: Actor,
        info: StationInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.actor = actor
        self._quit_confirmed = False
        self.setWindowTitle(self.tr("Evidence Station — {unit}").format(unit=info.unit_name))
        self.setWindowIcon(app_icon())
        self._fit_to_screen()
        self.setMinimumSize(1100, 680)
        self.monitor = ChainMonitor(context.audit, self)
        self.status = StationStatusBar(info, actor)
        self.setStatusBar(self.status)
        self.nav = NavigationBar(
            info.unit_name, f"{actor.name}（{actor.login}）", role_label(actor.role)
        )
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        for spec in visible_pages(actor):
            self._add_page(spec)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.nav.page_selected.connect(self._on_nav_page_selected)
        self.monitor.verified.connect(self._on_monitor_verified)
        self.monitor.verification_failed.connect(self._on_monitor_verification_failed)
        self.nav.select(self.page_ids()[0])
        self.monitor.verify()

    def _add_page(self, spec: PageSpec) -> None:
        page = spec.build(self)
        self.pages[spec.id] = page
        self.stack.addWidget(page)
        title = QCoreApplication.translate("MainWindow", spec.title)
        self.nav.add_page(spec.id, title, icon(spec.icon, ON_DARK, ON_DARK_SELECTED))

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        if is_allowed(self.actor.role, Action.VERIFY_AUDIT):
            verify = file_menu.addAction(icon("shield-check"), self.tr("&Verify audit chain"))
            verify.triggered.connect(self._on_verify_action_triggered)
            file_menu.addSeparator()
        self.logout_action = file_menu.addAction(icon("logout"), self.tr("&Log out / switch user"))
        self.logout_action.triggered.connect(self._on_logout_action_triggered)
        file_menu.addSeparator()
        self.quit_action = file_menu.addAction(self.tr("E&xit"))
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self._on_quit_action_triggered)

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(icon("language"), self.tr("&Language"))
        self.language_group = QActionGroup(self)
        for language in (CHINESE, ENGLISH):
            action = QAction(LANGUAGE_NAMES[language], self.language_group)
            action.setCheckable(True)
            action.setChecked(language == current_language())
            action.setData(language)
            language_menu.addAction(action)
        self.language_group.triggered.connect(self._on_language_group_triggered)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = help_menu.addAction(icon("info"), self.tr("&About Evidence Station"))
        about.triggered.connect(self._on_about_action_triggered)

    def page_ids(self) -> list[str]:
        return self.nav.page_ids()

    def show_page(self, page_id: str) -> QWidget:
        """Switch to ``page_id`` (one of ``page_ids()``) and return its widget."""
        self.nav.select(page_id)
        return self.pages[page_id]

    @property
    def is_busy(self) -> bool:
        """Whether any page or the chain check is still waiting for a background job."""
        pages_busy = any(getattr(page, "is_busy", False) for page in self.pages.values())
        return pages_busy or self.monitor.is_running

    @Slot(str)
    def _on_nav_page_selected(self, page_id: str) -> None:
        page = self.pages[page_id]
        self.stack.setCurrentWidget(page)
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

    @Slot(object)
    def _on_monitor_verified(self, report: ChainReport) -> None:
        self.status.set_chain_report(report)

    @Slot(object)
    def _on_monitor_verification_failed(self, exc: object) -> None:
        self.status.set_chain_unknown()
        show_error(self, exc)  # type: ignore[arg-type]

    @Slot()
    def _on_verify_action_triggered(self) -> None:
        self.status.set_chain_pending()
        self.monitor.verify()

    @Slot()
    def _on_logout_action_triggered(self) -> None:
        self.logout_requested.emit()

    @Slot(QAction)
    def _on_language_group_triggered(self, action: QAction) -> None:
        language = str(action.data())
        save_language(language)
        if language == current_language():
            return
        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr("The language changes to {language} the next time the program starts.").format(
                language=LANGUAGE_NAMES[language]
            ),
        )

    @Slot()
    def _on_about_action_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Evidence Station"),
            self.tr(
                "<h3>Law-enforcement Recording Station</h3>"
                "<p>Version {version}</p>"
                "<p>Keeps a unit's audio-visual records of its field work: hand-over, "
                "storage, review, approvals and the audit trail, under the unit's policy "
                "profile.</p>"
                "<p>For use on the unit's dedicated, offline equipment only.</p>"
            ).format(version=__version__),
        )

    def _fit_to_screen(self) -> None:
        """1440×900, or less on a smaller screen: a window as big as the screen hides its
        status bar under the taskbar."""
        size = QSize(1440, 900)
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry().size()
            size = size.boundedTo(QSize(room.width() * 9 // 10, room.height() * 9 // 10))
        self.resize(size)

    def may_quit(self) -> bool:
        """Whether the user, told that background work still runs, still wants to quit."""
        if not has_running_jobs():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Quit"),
            self.tr(
                "Background work (an import, a check or a printout) is still running. "
                "Quit anyway? It is given a moment to finish; an import that is cut short "
                'can be resumed with "Resume import" next time.'
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def _on_quit_action_triggered(self) -> None:
        if self.may_quit():
            self._quit_confirmed = True
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        # Only the user's own closing (title bar, Alt+F4) asks; the program's never does.
        if event.spontaneous() and not self._quit_confirmed and not self.may_quit():
            event.ignore()
            return
        log.info("main window closed by %s", self.actor.login)
        super().closeEvent(event)
