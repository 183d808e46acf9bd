"""Writing to and reading from the audit chain (R9.2), inside the caller's unit of work.

Every change writes its audit entry in the same transaction as the change, so either both
land or neither does. The newest link is also written to the station folder after each
commit: deleting the newest entries from the database then no longer goes unnoticed.
"""

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Select, event, select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from app.core.atomic import write_atomically
from app.core.clock import Clock
from app.integrity.audit_chain import (
    GENESIS_HASH,
    ChainHead,
    ChainReport,
    DamagedLink,
    canonical_details,
    is_link_hash,
    link_hash,
    parse_head,
    verify_links,
)
from app.services.audit_rows import RAW_COLUMNS, AuditRow, EntryDecoder, stream_links
from app.services.station_keys import StationKeys
from app.services.vault_records import UNRECORDED, first_record_problem
from app.store.engine import Store
from app.store.models import AuditEntry, AuditHead, Person

__all__ = ["AuditFilter", "AuditRow", "AuditTrail", "ChainReport", "read_outside_head", "trail_of"]

log = logging.getLogger(__name__)

_PENDING_HEAD = "audit_pending_head"
VERIFY_BATCH = 2000


@dataclass(frozen=True)
class AuditFilter:
    """What the audit log page narrows the list by; empty fields mean no restriction."""

    actor: str = ""
    action: str = ""
    text: str = ""
    since: datetime | None = None
    until: datetime | None = None


class AuditTrail:
    """The audit chain of one store, with its head copy in one station folder."""

    def __init__(
        self, store: Store, head_file: Path, clock: Clock, keys: StationKeys | None = None
    ) -> None:
        self._store = store
        self._head_file = head_file
        self._clock = clock
        self._keys = keys
        event.listen(store.writer_factory, "after_commit", self._on_commit)

    def detach(self) -> None:
        event.remove(self._store.writer_factory, "after_commit", self._on_commit)

    def start_chain(self, session: Session) -> None:
        """Create the head row of an empty chain; part of initialising a store."""
        session.add(AuditHead(id=1, seq=0, hash=GENESIS_HASH))
        session.flush()

    def record(
        self,
        session: Session,
        *,
        actor: str,
        action: str,
        target_kind: str,
        target_id: object,
        details: Mapping[str, object] | None = None,
    ) -> int:
        """Append one entry; returns its sequence number.

        The head row is locked first (``FOR UPDATE`` on PostgreSQL; SQLite writers already
        hold the database's write lock), so concurrent writers queue rather than fork.
        """
        head = session.execute(select(AuditHead).with_for_update()).scalar_one()
        if self._keys is not None:
            self._keys.check_previous(head.seq, head.hash, head.key_id, head.signature)
        entry = AuditEntry(
            seq=head.seq + 1,
            at=self._clock(),
            actor=actor,
            action=action,
            target_kind=target_kind,
            target_id=str(target_id),
            details=canonical_details(details or {}),
            prev_hash=head.hash,
        )
        entry.hash = link_hash(
            seq=entry.seq,
            at=entry.at,
            actor=entry.actor,
            action=entry.action,
            target_kind=entry.target_kind,
            target_id=entry.target_id,
            details=entry.details,
            prev_hash=entry.prev_hash,
        )
        session.add(entry)
        head.seq, head.hash = entry.seq, entry.hash
        if self._keys is not None:
            # Signed with every move: only the holder of the station key can move the head
            # and still have it verify (issue #17, item 4).
            signed = self._keys.sign_head(entry.seq, entry.hash)
            head.key_id, head.signature = signed.key_id, signed.signature
        session.flush()
        session.info[_PENDING_HEAD] = ChainHead(entry.seq, entry.hash)
        return entry.seq

    def _on_commit(self, session: Session) -> None:
        head = session.info.pop(_PENDING_HEAD, None)
        if head is not None:
            self.save_outside_head(head)

    def save_outside_head(self, head: ChainHead) -> None:
        """Keep the newest link in the station folder; never move it backwards."""
        try:
            current = read_outside_head(self._head_file)
        except ValueError:
            current = None  # a damaged copy is replaced; verification has already said so
        if current is not None and current.seq >= head.seq:
            return
        payload = {"seq": head.seq, "hash": head.hash}
        write_atomically(self._head_file, json.dumps(payload).encode("utf-8"))

    def verify(self) -> ChainReport:
        """Check every link and compare the end with the heads kept in and out of the table."""
        try:
            outside = read_outside_head(self._head_file)
        except ValueError as exc:
            return ChainReport(False, 0, ChainHead(0, GENESIS_HASH), 1, str(exc))
        heads = [outside] if outside is not None else []
        with self._store.read() as session:
            report = verify_links(
                stream_links(session, batch=VERIFY_BATCH),
                table_head=_table_head(session),
                outside_heads=heads,
            )
            if report.problem.startswith("numbered"):
                report = _name_renumbered(session, report)
            if report.ok:
                report = _check_vault_records(session, report)
            if report.ok and self._keys is not None:
                problem = self._keys.check_head(session, report.head.seq)
                if problem:
                    report = ChainReport(
                        False, report.entries, report.head, report.head.seq, problem
                    )
        if report.ok and outside is None:
            return ChainReport(
                False,
                report.entries,
                report.head,
                1,
                f"the chain head file {self._head_file.name} is missing from the station folder",
            )
        if report.ok and outside is not None and outside.seq < report.head.seq:
            # The station moves its file after every commit, so a database ahead of it
            # holds entries the station did not write (issue #17, item 3).
            return ChainReport(
                False,
                report.entries,
                report.head,
                outside.seq + 1,
                f"the chain head file {self._head_file.name} is behind the database "
                f"(#{outside.seq} of #{report.head.seq}): entries were added outside the station",
            )
        return report

    def current_head(self) -> ChainHead:
        with self._store.read() as session:
            head = session.get(AuditHead, 1)
            return ChainHead(head.seq, head.hash) if head else ChainHead(0, GENESIS_HASH)

    def list_entries(
        self, where: AuditFilter, *, before_seq: int | None = None, limit: int = 200
    ) -> list[AuditRow]:
        """Newest first, one page at a time: pass the last ``seq`` seen as ``before_seq``."""
        query = (
            select(*RAW_COLUMNS, Person.name)
            .outerjoin(Person, Person.login == AuditEntry.actor)
            .order_by(AuditEntry.seq.desc())
            .limit(limit)
        )
        if before_seq is not None:
            query = query.where(AuditEntry.seq < before_seq)
        if where.actor:
            query = query.where(AuditEntry.actor == where.actor)
        if where.action:
            query = query.where(AuditEntry.action.startswith(where.action))
        if where.text:
            pattern = f"%{where.text}%"
            query = query.where(
                AuditEntry.details.like(pattern) | AuditEntry.target_id.like(pattern)
            )
        if where.since is not None:
            query = query.where(AuditEntry.at >= where.since)
        if where.until is not None:
            query = query.where(AuditEntry.at < where.until)
        with self._store.read() as session:
            return _rows(session, query)


def trail_of(session: Session, target_kind: str, target_id: object) -> list[AuditRow]:
    """Every entry about one thing (a recording, a device, a form), oldest first.

    Runs in the caller's session so a detail pane can show the trail together with the
    viewing entry it has just written.
    """
    query = (
        select(*RAW_COLUMNS, Person.name)
        .outerjoin(Person, Person.login == AuditEntry.actor)
        .where(AuditEntry.target_kind == target_kind, AuditEntry.target_id == str(target_id))
        .order_by(AuditEntry.seq)
    )
    return _rows(session, query)


def read_outside_head(path: Path) -> ChainHead | None:
    """The head kept in the station folder; ``None`` when there is none, ``ValueError``
    when it is damaged or unreadable (which must fail verification, not be ignored)."""
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
        return parse_head(data)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, RecursionError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else str(exc)
        raise ValueError(f"the chain head file {path.name} is damaged: {reason}") from exc


def _rows(session: Session, query: Select[Any]) -> list[AuditRow]:
    decoder = EntryDecoder(session.get_bind().dialect)
    return [decoder.row(raw, raw.name) for raw in session.execute(query)]


def _table_head(session: Session) -> ChainHead | None:
    """The head row, or ``None`` when it is gone or holds something that is not a head."""
    row = session.execute(
        select(
            type_coerce(AuditHead.seq, NullType()).label("seq"),
            type_coerce(AuditHead.hash, NullType()).label("hash"),
        )
    ).first()
    if row is None or isinstance(row.seq, bool) or not isinstance(row.seq, int):
        return None
    return ChainHead(row.seq, row.hash) if is_link_hash(row.hash) else None


def _check_vault_records(session: Session, report: ChainReport) -> ChainReport:
    """A sound chain must also vouch for every recording's digests in the database."""
    problem = first_record_problem(session)
    if problem is None:
        return report
    if problem.status == UNRECORDED:
        text = f"recording {problem.recording_id} has no import entry (added outside the station)"
    else:
        text = (
            f"recording {problem.recording_id}: its digests in the database differ from "
            "the audit chain (the record was changed)"
        )
    return ChainReport(False, report.entries, report.head, problem.entry, text)


def _name_renumbered(session: Session, report: ChainReport) -> ChainReport:
    """A gap in the numbering may be an entry whose number was damaged (SQLite sorts a
    text number after every real one): the entry that follows the last good link by its
    hash is the one to name."""
    query = select(*RAW_COLUMNS).where(AuditEntry.prev_hash == report.head.hash).limit(1)
    raw = session.execute(query).first()
    if raw is None:
        return report
    link = EntryDecoder(session.get_bind().dialect).link(raw)
    if not isinstance(link, DamagedLink):
        return report
    return ChainReport(False, report.entries, report.head, report.head.seq + 1, link.problem)
