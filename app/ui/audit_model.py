"""The audit log as a Qt table model, paged from the audit trail by sequence number.

Rows arrive one page at a time: ``canFetchMore`` says whether the last page was full,
``fetchMore`` asks the trail for the entries before the oldest one shown (keyset paging,
never OFFSET) in a background job, and the answer is appended with
``beginInsertRows``/``endInsertRows``. A new filter resets the model and drops any page
still on its way for the old filter.
"""

import logging
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from app.core.clock import local_text
from app.services.audit import AuditFilter, AuditRow, AuditTrail
from app.ui.labels import action_label, damaged_entry_text, details_text, target_kind_label
from app.ui.paged_table_model import PagedTableModel

log = logging.getLogger(__name__)

PAGE_SIZE = 200
BROKEN_BACKGROUND, BROKEN_TEXT = "#fdecea", "#b71c1c"

COLUMNS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("AuditTableModel", "No."),
    QT_TRANSLATE_NOOP("AuditTableModel", "Time"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Operator"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Action"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Object"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Details"),
)
SEQ, TIME, ACTOR, ACTION, TARGET, DETAILS = range(len(COLUMNS))


class AuditTableModel(PagedTableModel[AuditRow]):
    """Audit entries newest first, filtered by an ``AuditFilter``.

    Signals:
        loading_changed(bool): a page request started (True) or ended (False).
        load_failed(object): a page request raised this exception.
    """

    COLUMNS = COLUMNS
    CONTEXT = "AuditTableModel"

    def __init__(self, trail: AuditTrail, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(page_size)
        self._trail = trail
        self._filter = AuditFilter()
        self._broken_seq: int | None = None

    @property
    def audit_filter(self) -> AuditFilter:
        return self._filter

    def set_filter(self, where: AuditFilter) -> None:
        """Show the entries matching ``where``, starting again from the newest."""
        self._restart(lambda: setattr(self, "_filter", where))

    def _page_job(self) -> Callable[[], object]:
        before = self._rows[-1].seq if self._rows else None
        trail, where, limit = self._trail, self._filter, self._page_size
        return lambda: trail.list_entries(where, before_seq=before, limit=limit)

    def _take_page(self, result: object) -> tuple[list[AuditRow], bool]:
        rows: list[AuditRow] = result  # type: ignore[assignment]
        return rows, len(rows) < self._page_size

    def set_broken_seq(self, seq: int | None) -> None:
        """Mark the entry where the last verification found the chain broken (or none)."""
        self._broken_seq = seq
        self._emit_all_changed()

    def refresh(self) -> None:
        self.set_filter(self._filter)

    def _row_data(self, row: AuditRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SEQ:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if row.damage or row.seq == self._broken_seq:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor(BROKEN_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(BROKEN_TEXT)
        return None

    def _display(self, row: AuditRow, column: int) -> str | None:
        if row.damage and column in (TIME, DETAILS):
            # A row someone changed in the database: say so rather than show placeholders.
            return "—" if column == TIME else damaged_entry_text()
        if column == SEQ:
            return str(row.seq)
        if column == TIME:
            return local_text(row.at)
        if column == ACTOR:
            return f"{row.actor_name}（{row.actor}）" if row.actor_name else row.actor
        if column == ACTION:
            return action_label(row.action)
        if column == TARGET:
            return f"{target_kind_label(row.target_kind)} {row.target_id}"
        if column == DETAILS:
            return details_text(row.details)
        return None

    def _tooltip(self, row: AuditRow) -> str:
        return QCoreApplication.translate(
            "AuditTableModel", "Entry {seq} · action {action}\n{details}\nHash: {hash}"
        ).format(seq=row.seq, action=row.action, details=details_text(row.details), hash=row.hash)
