"""One page of the recordings browser, fetched by key; plain Python run in a worker.

``list_recordings`` filters by officer, unit, category and time in SQL. The "late only"
and "damaged only" switches are not (yet) service filters, so for them this walks the
keyset pages in order and keeps the matching rows, with a bounded number of rows read per
call: the browser asks again for the next stretch, and the key it resumes from is the last
row *read*, not the last row kept, so paging stays exact and never uses OFFSET.
"""

from dataclasses import dataclass

from app.services.auth import Actor
from app.services.recordings import (
    MAX_PAGE,
    RecordingCursor,
    RecordingFilter,
    RecordingRow,
    list_recordings,
)
from app.services.station import StationContext

PAGE_SIZE = 200
#: Keyset pages of ``MAX_PAGE`` rows read at most per call when flags narrow the list.
SCAN_PAGES = 5


@dataclass(frozen=True)
class RecordingQuery:
    """What the browser shows: the service's filter plus the flags applied over it."""

    filters: RecordingFilter = RecordingFilter()
    late_only: bool = False
    damaged_only: bool = False

    @property
    def has_flags(self) -> bool:
        return self.late_only or self.damaged_only

    def matches(self, row: RecordingRow) -> bool:
        return (row.is_late or not self.late_only) and (row.is_damaged or not self.damaged_only)


@dataclass(frozen=True)
class RecordingPage:
    """The rows to show, the key to resume after, and whether the list has ended."""

    rows: list[RecordingRow]
    after: RecordingCursor | None
    exhausted: bool


def fetch_recording_page(
    context: StationContext,
    actor: Actor,
    query: RecordingQuery,
    *,
    after: RecordingCursor | None = None,
    limit: int = PAGE_SIZE,
    scan_pages: int = SCAN_PAGES,
) -> RecordingPage:
    """The next page of ``query`` after ``after``; may hold fewer rows than ``limit``."""
    if not query.has_flags:
        rows = list_recordings(context, actor, query.filters, after=after, limit=limit)
        return RecordingPage(rows, rows[-1].cursor if rows else after, len(rows) < limit)
    kept: list[RecordingRow] = []
    cursor = after
    for _ in range(scan_pages):
        batch = list_recordings(context, actor, query.filters, after=cursor, limit=MAX_PAGE)
        kept.extend(row for row in batch if query.matches(row))
        cursor = batch[-1].cursor if batch else cursor
        if len(batch) < MAX_PAGE:
            return RecordingPage(kept, cursor, True)
        if len(kept) >= limit:
            break
    return RecordingPage(kept, cursor, False)
