"""Reading audit entries defensively: a stored row that is not what the schema says is
reported as damaged, never raised (issue #17, item 8).

Whoever can write the database can put a blob where the actor belongs, text where the
number belongs (SQLite keeps whatever it is given) or a time that does not parse. The ORM
would raise on such a row and take ``audit verify`` or the audit page down with it, so the
columns are fetched untyped and each one is checked here.
"""

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Dialect, Select, select, type_coerce
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from app.core.clock import as_utc
from app.integrity.audit_chain import ChainLink, DamagedLink
from app.store.models import AuditEntry

#: The columns of an entry as the database hands them over, without type conversion.
RAW_COLUMNS = (
    type_coerce(AuditEntry.seq, NullType()).label("seq"),
    type_coerce(AuditEntry.at, NullType()).label("at"),
    type_coerce(AuditEntry.actor, NullType()).label("actor"),
    type_coerce(AuditEntry.action, NullType()).label("action"),
    type_coerce(AuditEntry.target_kind, NullType()).label("target_kind"),
    type_coerce(AuditEntry.target_id, NullType()).label("target_id"),
    type_coerce(AuditEntry.details, NullType()).label("details"),
    type_coerce(AuditEntry.prev_hash, NullType()).label("prev_hash"),
    type_coerce(AuditEntry.hash, NullType()).label("hash"),
)
_TEXT_COLUMNS = ("actor", "action", "target_kind", "target_id", "details", "prev_hash", "hash")

#: Shown for the time of an entry whose stored time cannot be read; ``damage`` says so.
UNREADABLE_TIME = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class AuditRow:
    """An audit entry as the log page and ``audit list`` show it.

    ``damage`` is empty for a sound entry; otherwise it says what could not be read, and
    the unreadable fields hold placeholders (number 0, time ``UNREADABLE_TIME``).
    """

    seq: int
    at: datetime
    actor: str
    action: str
    target_kind: str
    target_id: str
    details: dict[str, object]
    hash: str
    actor_name: str | None = None
    damage: str = ""


class EntryDecoder:
    """Turns untyped rows into links or rows, as the database's dialect stored them."""

    def __init__(self, dialect: Dialect) -> None:
        column_type = AuditEntry.__table__.c.at.type
        processor = column_type.dialect_impl(dialect).result_processor(dialect, None)
        self._parse_time: Callable[[Any], Any] = processor or (lambda value: value)

    def link(self, raw: Any) -> ChainLink | DamagedLink:
        """The link a row holds, or what is wrong with it."""
        problem, at = self._problem(raw), self._read_time(raw.at)
        if problem or at is None:
            return DamagedLink(raw.seq if _is_int(raw.seq) else None, problem)
        return ChainLink(seq=raw.seq, at=at, **{name: getattr(raw, name) for name in _TEXT_COLUMNS})

    def row(self, raw: Any, actor_name: str | None) -> AuditRow:
        """The row for a list; a damaged entry is shown as damaged, not dropped."""
        problem = self._problem(raw) or _details_problem(raw.details)
        return AuditRow(
            seq=raw.seq if _is_int(raw.seq) else 0,
            at=self._read_time(raw.at) or UNREADABLE_TIME,
            actor=_text(raw.actor),
            actor_name=actor_name,
            action=_text(raw.action),
            target_kind=_text(raw.target_kind),
            target_id=_text(raw.target_id),
            details={} if problem else json.loads(raw.details),
            hash=_text(raw.hash),
            damage=problem,
        )

    def _problem(self, raw: Any) -> str:
        if not _is_int(raw.seq):
            return "its number is damaged (the entry was changed)"
        if self._read_time(raw.at) is None:
            return "its time is damaged (the entry was changed)"
        for name in _TEXT_COLUMNS:
            if not isinstance(getattr(raw, name), str):
                return f"its {name.replace('_', ' ')} is not text (the entry was changed)"
        return ""

    def _read_time(self, value: Any) -> datetime | None:
        try:
            moment = self._parse_time(value)
            return as_utc(moment) if isinstance(moment, datetime) else None
        except (ValueError, TypeError, AttributeError, OverflowError):
            return None


def stream_links(session: Session, *, batch: int) -> Iterator[ChainLink | DamagedLink]:
    """Every link in ``seq`` order, in keyset pages; an unreadable row ends the stream.

    A page the database cannot hand over (a corrupted page, text that is not UTF-8) is read
    again one row at a time, so the report names the first entry that cannot be read.
    """
    decoder = EntryDecoder(session.get_bind().dialect)
    last: Any = None
    size = batch
    while True:
        query = _page(last, size)
        try:
            rows = session.execute(query).all()
        except DatabaseError:
            if size == 1:
                yield DamagedLink(None, "it cannot be read from the database (damaged storage)")
                return
            size = 1
            continue
        for raw in rows:
            yield decoder.link(raw)
            last = raw.seq
        if len(rows) < size:
            return


def _page(after: Any, size: int) -> Select[Any]:
    query = select(*RAW_COLUMNS).order_by(AuditEntry.seq).limit(size)
    if after is not None:
        query = query.where(AuditEntry.seq > after)
    return query


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _text(value: object) -> str:
    return value if isinstance(value, str) else "?"


def _details_problem(details: object) -> str:
    """Details that are text but not a JSON object hash fine; the list must still show them."""
    try:
        parsed = json.loads(details)  # type: ignore[arg-type]
    except (TypeError, ValueError, RecursionError):
        return "its details are not readable (the entry was changed)"
    return "" if isinstance(parsed, dict) else "its details are not readable"
