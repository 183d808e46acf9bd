"""The one paging mechanism of the long tables: pages by key, fetched in a worker.

A subclass says how to ask for the next page (``_page_job``) and what a finished page
holds (``_take_page``); this class keeps the rows, asks Qt's ``fetchMore`` protocol for
more only when the last page was full, drops pages that arrive for a filter no longer
shown, and never retries a failed page in a loop (the page offers a refresh instead).
"""

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Signal, Slot

from app.ui.jobs import JobRunner
from app.ui.row_table_model import AnyIndex, RowT, RowTableModel


class PagedTableModel(RowTableModel[RowT]):
    """Rows newest first, a page at a time.

    Subclasses set ``COLUMNS`` (source strings) and ``CONTEXT`` (their translation
    context) and implement ``_page_job``, ``_take_page`` and ``_row_data``.

    Signals:
        loading_changed(bool): a page request started (True) or ended (False).
        load_failed(object): a page request raised this exception.
    """

    loading_changed = Signal(bool)
    load_failed = Signal(object)

    def __init__(self, page_size: int) -> None:
        super().__init__()
        self._page_size = page_size
        self._exhausted = False
        self._runner: JobRunner | None = None

    @property
    def is_loading(self) -> bool:
        return self._runner is not None

    @property
    def is_exhausted(self) -> bool:
        return self._exhausted

    def _restart(self, change: Callable[[], None]) -> None:
        """Apply ``change`` (a new filter) and load again from the newest; keep nothing."""
        self.beginResetModel()
        change()
        self._rows = []
        self._exhausted = False
        was_loading, self._runner = self.is_loading, None
        self.endResetModel()
        if was_loading:
            self.loading_changed.emit(False)
        self.fetchMore(QModelIndex())

    def _page_job(self) -> Callable[[], object]:
        """The service call that reads the page after the rows held now."""
        raise NotImplementedError

    def _take_page(self, result: object) -> tuple[list[RowT], bool]:
        """The rows of a finished page, and whether it was the last one."""
        raise NotImplementedError

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and not self._exhausted and self._runner is None

    def fetchMore(self, parent: AnyIndex) -> None:
        if not self.canFetchMore(parent):
            return
        self._runner = JobRunner(self._page_job(), name=f"{type(self).__name__} page")
        self._runner.finished.connect(self._on_page_finished)
        self._runner.failed.connect(self._on_page_failed)
        self._runner.start()
        self.loading_changed.emit(True)

    @Slot(object)
    def _on_page_finished(self, result: object) -> None:
        if self.sender() is not self._runner:
            return  # a page for a filter no longer shown
        rows, last = self._take_page(result)
        if rows:
            # The page counts as running until its rows are in: a view that asks for
            # more from rowsAboutToBeInserted would otherwise page from the old last row.
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._runner = None
        self._exhausted = last
        self.loading_changed.emit(False)
        if not rows and not last:
            # A scan that found nothing yet (rows filtered after the query): a view only
            # asks again when rows arrive, so keep going until a match or the end.
            self.fetchMore(QModelIndex())

    @Slot(object)
    def _on_page_failed(self, exc: object) -> None:
        if self.sender() is not self._runner:
            return
        self._runner = None
        self._exhausted = True  # do not retry in a loop; the page offers a refresh
        self.loading_changed.emit(False)
        self.load_failed.emit(exc)
