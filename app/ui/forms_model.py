"""The forms of the approvals page as a Qt table model, paged by form id in a worker.

"All" and "mine" page newest first by id (keyset: ``before_id`` of the last row, never
OFFSET): ``canFetchMore`` says whether the last page was full and ``fetchMore`` asks the
service for the next one in a background job. The inbox ("waiting for me") is ordered by
urgency instead — overdue first, then by due time — which only the whole list can give, so
its job reads every page; what waits for one person's signature is a short list.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from app.services.auth import Actor
from app.services.form_kinds import get_kind
from app.services.form_queries import list_forms
from app.services.form_records import APPROVED, FormView
from app.services.station import StationContext
from app.ui.form_labels import OVERDUE_TEXT, role_id_label, state_color, state_label, when_text
from app.ui.paged_table_model import PagedTableModel

log = logging.getLogger(__name__)

PAGE_SIZE = 100
WAITING, MINE, ALL = "waiting", "mine", "all"

COLUMNS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("FormsTableModel", "No."),
    QT_TRANSLATE_NOOP("FormsTableModel", "Form"),
    QT_TRANSLATE_NOOP("FormsTableModel", "State"),
    QT_TRANSLATE_NOOP("FormsTableModel", "Waiting for"),
    QT_TRANSLATE_NOOP("FormsTableModel", "Applicant"),
    QT_TRANSLATE_NOOP("FormsTableModel", "Unit"),
    QT_TRANSLATE_NOOP("FormsTableModel", "Due"),
    QT_TRANSLATE_NOOP("FormsTableModel", "Created"),
)
NUMBER, KIND, STATE, WAITS, APPLICANT, UNIT, DUE, CREATED = range(len(COLUMNS))

_FAR_FUTURE = datetime.max


@dataclass(frozen=True)
class FormQuery:
    """Which forms the table shows: a scope (waiting, mine, all), a kind and a state."""

    scope: str = ALL
    kind: str | None = None
    state: str | None = None


def urgency_key(form: FormView) -> tuple[bool, datetime, int]:
    """Overdue first, then the nearest due time, then the oldest form."""
    due = form.due_at.replace(tzinfo=None) if form.due_at else _FAR_FUTURE
    return (not form.overdue, due, form.id)


def read_page(
    context: StationContext, actor: Actor, query: FormQuery, before_id: int | None, limit: int
) -> list[FormView]:
    """One page of the query, newest first; for the inbox every waiting form, by urgency."""
    if query.scope != WAITING:
        return list_forms(
            context, actor, state=query.state, kind=query.kind, mine=query.scope == MINE,
            before_id=before_id, limit=limit,
        )  # fmt: skip
    found: list[FormView] = []
    before = None
    while True:
        page = list_forms(
            context, actor, state=query.state, kind=query.kind, waiting=True,
            before_id=before, limit=limit,
        )  # fmt: skip
        found += page
        if len(page) < limit:
            return sorted(found, key=urgency_key)
        before = page[-1].id


class FormsTableModel(PagedTableModel[FormView]):
    """Forms the actor may read, filtered by a ``FormQuery``.

    Signals:
        loading_changed(bool): a page request started (True) or ended (False).
        load_failed(object): a page request raised this exception.
    """

    COLUMNS = COLUMNS
    CONTEXT = "FormsTableModel"

    def __init__(
        self, context: StationContext, actor: Actor, *, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__(page_size)
        self._context = context
        self._actor = actor
        self._query: FormQuery | None = None
        self._exhausted = True  # nothing to fetch until a query is set

    @property
    def query(self) -> FormQuery | None:
        return self._query

    def set_query(self, query: FormQuery) -> None:
        """Show the forms matching ``query`` from the start; nothing of the old list stays."""
        self._restart(lambda: setattr(self, "_query", query))

    def _page_job(self) -> Callable[[], object]:
        before = self._rows[-1].id if self._rows else None
        context, actor, query, limit = self._context, self._actor, self._query, self._page_size
        assert query is not None  # exhausted until set_query
        return lambda: read_page(context, actor, query, before, limit)

    def _take_page(self, result: object) -> tuple[list[FormView], bool]:
        rows: list[FormView] = result  # type: ignore[assignment]
        waiting = self._query is not None and self._query.scope == WAITING
        return rows, waiting or len(rows) < self._page_size

    def refresh(self) -> None:
        if self._query is not None:
            self.set_query(replace(self._query))

    def _row_data(self, form: FormView, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(form, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(form, column)
        if role == Qt.ItemDataRole.FontRole and column == DUE and form.overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and form.overdue:
            return QCoreApplication.translate("FormsTableModel", "Overdue since {time}").format(
                time=when_text(form.due_at)
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, form: FormView, column: int) -> str | None:
        if column == NUMBER:
            return str(form.id)
        if column == KIND:
            if form.version > 1:
                return QCoreApplication.translate(
                    "FormsTableModel", "{kind} (version {version})"
                ).format(kind=form.kind_label, version=form.version)
            return form.kind_label
        if column == STATE:
            return state_label(form.state)
        if column == WAITS:
            return self._waits_text(form)
        if column == APPLICANT:
            return f"{form.applicant_name}（{form.applicant}）"
        if column == UNIT:
            return form.unit_name
        if column == DUE:
            return self._due_text(form)
        if column == CREATED:
            return when_text(form.created_at)
        return None

    @staticmethod
    def _waits_text(form: FormView) -> str:
        if form.next_role:
            return role_id_label(form.next_role)
        if form.state == APPROVED and get_kind(form.kind).has_closing:
            return QCoreApplication.translate("FormsTableModel", "Closing")
        return ""

    @staticmethod
    def _due_text(form: FormView) -> str:
        if form.due_at is None:
            return ""
        if form.overdue:
            return QCoreApplication.translate("FormsTableModel", "{time} · overdue").format(
                time=when_text(form.due_at)
            )
        return when_text(form.due_at)

    @staticmethod
    def _foreground(form: FormView, column: int) -> QColor | None:
        if column == STATE:
            return state_color(form.state)
        if column == DUE and form.overdue:
            return QColor(OVERDUE_TEXT)
        return None

    def row_of_id(self, form_id: int) -> int:
        return next((i for i, f in enumerate(self._rows) if f.id == form_id), -1)

    def replace_form(self, form: FormView) -> None:
        """Show ``form``'s new state in place (after an action), if it is on the list."""
        row = self.row_of_id(form.id)
        if row >= 0:
            self._rows[row] = form
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
