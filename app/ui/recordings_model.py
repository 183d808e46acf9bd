"""The recordings browser as a Qt table model, paged from ``list_recordings`` by key.

Rows arrive one page at a time: ``canFetchMore`` says whether the last page reached the
end, ``fetchMore`` asks the service for the rows after the last key seen (keyset paging,
never OFFSET) in a background job, and the answer is appended with
``beginInsertRows``/``endInsertRows``. A new query resets the model and drops any page
still on its way for the old one. ``data()`` only formats the rows it holds.
"""

import logging
from collections.abc import Callable, Mapping

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QColor

from app.core.clock import local_text, span_text
from app.services.auth import Actor
from app.services.recordings import RecordingCursor, RecordingRow
from app.services.station import StationContext
from app.ui.paged_table_model import PagedTableModel
from app.ui.recording_pages import PAGE_SIZE, RecordingPage, RecordingQuery, fetch_recording_page

log = logging.getLogger(__name__)

ALARM_BACKGROUND, ALARM_TEXT = "#fdecea", "#b71c1c"
WARNING_TEXT, MUTED_TEXT = "#b45309", "#8a94a3"
COLUMNS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("RecordingsTableModel", "Start time"),
    QT_TRANSLATE_NOOP("RecordingsTableModel", "Officer"),
    QT_TRANSLATE_NOOP("RecordingsTableModel", "Device"),
    QT_TRANSLATE_NOOP("RecordingsTableModel", "Category"),
    QT_TRANSLATE_NOOP("RecordingsTableModel", "Case no."),
    QT_TRANSLATE_NOOP("RecordingsTableModel", "Duration"),
    QT_TRANSLATE_NOOP("RecordingsTableModel", "Hand-over"),
    QT_TRANSLATE_NOOP("RecordingsTableModel", "File state"),
    QT_TRANSLATE_NOOP("RecordingsTableModel", "Integrity"),
    QT_TRANSLATE_NOOP("RecordingsTableModel", "File name"),
)
START, OFFICER, DEVICE, CATEGORY, CASE, DURATION, HANDOVER, DAMAGED, INTEGRITY, FILE = range(
    len(COLUMNS)
)


def delay_text(hours: float) -> str:
    return QCoreApplication.translate("RecordingsTableModel", "Late {hours} h").format(
        hours=f"{hours:.1f}"
    )


class RecordingsTableModel(PagedTableModel[RecordingRow]):
    """Recordings newest first, narrowed by a ``RecordingQuery``.

    Signals:
        loading_changed(bool): a page request started (True) or ended (False).
        load_failed(object): a page request raised this exception.
    """

    COLUMNS = COLUMNS
    CONTEXT = "RecordingsTableModel"

    def __init__(
        self, context: StationContext, actor: Actor, *, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__(page_size)
        self._context = context
        self._actor = actor
        self._query = RecordingQuery()
        self._after: RecordingCursor | None = None
        self._categories: dict[str, str] = {}
        self._alarmed: frozenset[int] = frozenset()

    @property
    def query(self) -> RecordingQuery:
        return self._query

    def set_query(self, query: RecordingQuery) -> None:
        """Show the recordings matching ``query``, starting again from the newest."""

        def change() -> None:
            self._query, self._after = query, None

        self._restart(change)

    def _page_job(self) -> Callable[[], object]:
        context, actor, query = self._context, self._actor, self._query
        after, limit = self._after, self._page_size
        return lambda: fetch_recording_page(context, actor, query, after=after, limit=limit)

    def _take_page(self, result: object) -> tuple[list[RecordingRow], bool]:
        page: RecordingPage = result  # type: ignore[assignment]
        self._after = page.after
        return page.rows, page.exhausted

    def refresh(self) -> None:
        self.set_query(self._query)

    def set_category_labels(self, labels: Mapping[str, str]) -> None:
        """Category ids → the profile's Chinese names, for display."""
        self._categories = dict(labels)
        self._emit_all_changed()

    def set_alarmed_ids(self, ids: frozenset[int]) -> None:
        """Recordings with an integrity alarm on record; shown in red."""
        self._alarmed = frozenset(ids)
        self._emit_all_changed()

    def _row_data(self, row: RecordingRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and row.id in self._alarmed:
            return QColor(ALARM_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DURATION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: RecordingRow, column: int) -> str | None:
        texts = {
            START: lambda: local_text(row.started_at),
            OFFICER: lambda: f"{row.officer_name}（{row.officer_login}）",
            DEVICE: lambda: self._device_text(row),
            CATEGORY: lambda: self._categories.get(row.category, row.category),
            CASE: lambda: row.case_no or "—",
            DURATION: lambda: span_text(row.duration_s),
            HANDOVER: lambda: (
                delay_text(row.delay_hours)
                if row.is_late
                else QCoreApplication.translate("RecordingsTableModel", "On time")
            ),
            DAMAGED: lambda: (
                QCoreApplication.translate("RecordingsTableModel", "Damaged")
                if row.is_damaged
                else QCoreApplication.translate("RecordingsTableModel", "Intact")
            ),
            INTEGRITY: lambda: (
                QCoreApplication.translate("RecordingsTableModel", "Alarm")
                if row.id in self._alarmed
                else "—"
            ),
            FILE: lambda: row.file_name,
        }
        text = texts.get(column)
        return text() if text else None

    @staticmethod
    def _device_text(row: RecordingRow) -> str:
        asset = row.device_asset or "—"
        return (
            QCoreApplication.translate("RecordingsTableModel", "{asset} (lent)").format(asset=asset)
            if row.is_lent
            else asset
        )

    def _foreground(self, row: RecordingRow, column: int) -> QColor | None:
        if row.id in self._alarmed:
            return QColor(ALARM_TEXT)
        if (column == HANDOVER and row.is_late) or (column == DAMAGED and row.is_damaged):
            return QColor(ALARM_TEXT)
        if column == DEVICE and row.is_lent:
            return QColor(WARNING_TEXT)
        if column in (HANDOVER, DAMAGED, INTEGRITY):
            return QColor(MUTED_TEXT)
        return None

    def _tooltip(self, row: RecordingRow) -> str:
        return QCoreApplication.translate("RecordingsTableModel", "Recording {id} · {file}").format(
            id=row.id, file=row.file_name
        )

    def row_of_id(self, recording_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == recording_id), -1)
