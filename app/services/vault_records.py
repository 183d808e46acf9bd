"""What the audit chain says each vault file is, checked against the database's copy
(issue #17, item 2).

The vault is addressed by SHA-256 and re-hashing compares a file with the digests in
``vault_objects``. Whoever can write both the vault folder and the database could swap a
file and rewrite its row to match; only the ``recording.import`` entry, protected by the
chain, still holds the digests the file had when it was handed over. So each recording's
digests in the database must equal those of its import entry, and every later entry that
names the recording's file by digest must name the same one.
"""

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.integrity.digests import Digests
from app.services.audit_rows import RAW_COLUMNS
from app.store.models import AuditEntry
from app.store.recordings import Recording, VaultObject

RECORD_BATCH = 500

#: Entries that name a recording's file by its SHA-256 (``details["sha256"]``).
NAMING_ACTIONS = (
    "recording.import",
    "recording.duplicate",
    "vault.changed",
    "vault.missing",
    "vault.matches-again",
)

RECORD_CHANGED = "record-changed"
UNRECORDED = "unrecorded"


@dataclass(frozen=True)
class RecordCheck:
    """One recording's digests in the database against the chain's.

    ``status`` is ``"ok"``, ``"record-changed"`` (the database's digests differ from the
    import entry, or a later entry names another file) or ``"unrecorded"`` (no readable
    import entry). ``entry`` is the audit entry that disagrees (or the import entry).
    """

    recording_id: int
    status: str
    recorded_sha256: str | None = None
    entry: int | None = None


def check_records(
    session: Session, digests_by_recording: dict[int, Digests]
) -> dict[int, RecordCheck]:
    """Compare the database's digests of these recordings with the chain's, a batch at a time."""
    ids = sorted(digests_by_recording)
    checks: dict[int, RecordCheck] = {}
    for start in range(0, len(ids), RECORD_BATCH):
        batch = ids[start : start + RECORD_BATCH]
        entries = _naming_entries(session, batch)
        for rid in batch:
            checks[rid] = _check(rid, digests_by_recording[rid], entries.get(rid, []))
    return checks


def first_record_problem(session: Session) -> RecordCheck | None:
    """The first recording whose digests the chain does not vouch for, or ``None``."""
    for batch in _recording_batches(session):
        checks = check_records(session, batch)
        for rid in sorted(checks):
            if checks[rid].status != "ok":
                return checks[rid]
    return None


def _recording_batches(session: Session) -> Iterator[dict[int, Digests]]:
    after = 0
    while True:
        rows = session.execute(
            select(Recording.id, VaultObject.sha256, VaultObject.sm3, VaultObject.size)
            .join(VaultObject, Recording.vault_object_id == VaultObject.id)
            .where(Recording.id > after)
            .order_by(Recording.id)
            .limit(RECORD_BATCH)
        ).all()
        if not rows:
            return
        yield {rid: Digests(sha256, sm3, size) for rid, sha256, sm3, size in rows}
        after = rows[-1][0]


@dataclass(frozen=True)
class _Naming:
    seq: int
    action: str
    details: dict[str, object]


def _naming_entries(session: Session, recording_ids: Iterable[int]) -> dict[int, list[_Naming]]:
    """The entries naming each recording's file, oldest first; unreadable ones are skipped
    (``audit verify`` names those on its own)."""
    query = (
        select(*RAW_COLUMNS)
        .where(
            AuditEntry.target_kind == "recording",
            AuditEntry.target_id.in_([str(rid) for rid in recording_ids]),
            AuditEntry.action.in_(NAMING_ACTIONS),
        )
        .order_by(AuditEntry.seq)
    )
    found: dict[int, list[_Naming]] = {}
    for raw in session.execute(query):
        details = _details(raw.details)
        if details is None or not isinstance(raw.seq, int) or not str(raw.target_id).isdigit():
            continue
        found.setdefault(int(raw.target_id), []).append(_Naming(raw.seq, raw.action, details))
    return found


def _details(text: object) -> dict[str, object] | None:
    try:
        parsed = json.loads(text)  # type: ignore[arg-type]
    except (TypeError, ValueError, RecursionError):
        return None
    return parsed if isinstance(parsed, dict) else None


def _check(recording_id: int, stored: Digests, entries: list[_Naming]) -> RecordCheck:
    imports = [e for e in entries if e.action == "recording.import"]
    if not imports:
        return RecordCheck(recording_id, UNRECORDED)
    first = imports[0]
    recorded = Digests(
        str(first.details.get("sha256")),
        str(first.details.get("sm3")),
        first.details.get("size"),  # type: ignore[arg-type]
    )
    if recorded != stored:
        return RecordCheck(recording_id, RECORD_CHANGED, recorded.sha256, first.seq)
    for later in entries:
        if later.details.get("sha256") != recorded.sha256:
            return RecordCheck(recording_id, RECORD_CHANGED, recorded.sha256, later.seq)
    return RecordCheck(recording_id, "ok", recorded.sha256, first.seq)
