"""The pages of the main window, in navigation order: one entry per page.

A feature adds its page by adding one ``PageSpec`` to ``PAGES``: its id, its title, its
icon, which roles see it, and how it is built. The main window builds only the pages the
signed-in role may see, so no one meets a page that refuses them.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from app.services.auth import Actor
from app.services.permissions import Action, is_allowed
from app.ui.approvals_page import ApprovalsPage
from app.ui.audit_page import AuditPage
from app.ui.compliance_page import CompliancePage
from app.ui.devices_page import DevicesPage
from app.ui.overview_page import OverviewPage
from app.ui.people_page import PeoplePage
from app.ui.recordings_page import build_recordings_page
from app.ui.reports_page import ReportsPage

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


@dataclass(frozen=True)
class PageSpec:
    """One navigation entry: ``title`` is a source string of the "MainWindow" context."""

    id: str
    title: str
    icon: str
    is_visible: Callable[[Actor], bool]
    build: Callable[["MainWindow"], QWidget]


def _allowed(action: Action) -> Callable[[Actor], bool]:
    return lambda actor: is_allowed(actor.role, action)


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "overview",
        QT_TRANSLATE_NOOP("MainWindow", "Overview"),
        "overview",
        lambda _actor: True,
        lambda window: OverviewPage(window.context, window.actor, window.monitor),
    ),
    PageSpec(
        "recordings",
        QT_TRANSLATE_NOOP("MainWindow", "Recordings"),
        "recordings",
        _allowed(Action.VIEW_RECORDINGS),
        build_recordings_page,
    ),
    PageSpec(
        "devices",
        QT_TRANSLATE_NOOP("MainWindow", "Devices"),
        "camera",
        _allowed(Action.VIEW_DEVICES),
        lambda window: DevicesPage(window.context, window.actor),
    ),
    PageSpec(
        "approvals",
        QT_TRANSLATE_NOOP("MainWindow", "Approvals"),
        "approval",
        _allowed(Action.FILE_FORMS),
        lambda window: ApprovalsPage(window.context, window.actor),
    ),
    PageSpec(
        "compliance",
        QT_TRANSLATE_NOOP("MainWindow", "Compliance"),
        "compliance",
        _allowed(Action.VIEW_COMPLIANCE),
        lambda window: CompliancePage(window.context, window.actor),
    ),
    PageSpec(
        "people",
        QT_TRANSLATE_NOOP("MainWindow", "People and units"),
        "people",
        _allowed(Action.VIEW_PEOPLE),
        lambda window: PeoplePage(window.context, window.actor),
    ),
    PageSpec(
        "reports",
        QT_TRANSLATE_NOOP("MainWindow", "Registers and forms"),
        "print",
        _allowed(Action.PRINT_REPORTS),
        lambda window: ReportsPage(window.context, window.actor),
    ),
    PageSpec(
        "audit",
        QT_TRANSLATE_NOOP("MainWindow", "Audit log"),
        "audit",
        _allowed(Action.VIEW_AUDIT),
        lambda window: AuditPage(window.context, window.monitor),
    ),
)


def visible_pages(actor: Actor) -> list[PageSpec]:
    """The pages ``actor``'s role may see, in navigation order."""
    return [page for page in PAGES if page.is_visible(actor)]
