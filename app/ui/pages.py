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
from app.ui.audit_page import AuditPage
from app.ui.overview_page import OverviewPage
from app.ui.people_page import PeoplePage

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
        "people",
        QT_TRANSLATE_NOOP("MainWindow", "People and units"),
        "people",
        _allowed(Action.VIEW_PEOPLE),
        lambda window: PeoplePage(window.context, window.actor),
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
