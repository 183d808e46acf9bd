"""Cross-witnessing chain heads between stations (issue #17, item 4).

A station hands its signed head to its neighbours (``audit witness export``); each records
it in its own chain (``audit witness import``). A station that later rewrites its own
history, even holding its database and its key, cannot take back what its neighbours
recorded: ``audit verify --witness`` checks that its chain still contains every head it
once stated, and an import that contradicts an earlier one from the same station (the
same entry with another hash, or a head that went backwards) is recorded as a conflict.
"""

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.core.atomic import write_atomically
from app.core.errors import ValidationError
from app.core.regular_files import read_regular
from app.integrity.audit_chain import is_link_hash
from app.integrity.head_signing import is_valid, key_id, statement_message
from app.services.audit_rows import RAW_COLUMNS
from app.services.auth import Actor
from app.services.output_files import check_output_file
from app.services.permissions import Action, require
from app.services.station import StationContext
from app.store.models import AuditEntry, AuditHead

KIND = "evidence-station/witness-statement/v1"
WITNESS_ACTION = "audit.witness"
#: A statement is a few hundred bytes; anything much larger is not one.
_MAX_STATEMENT_BYTES = 64 * 1024
_FIELDS = {"kind", "station", "seq", "hash", "key", "public_key", "at", "signature"}


@dataclass(frozen=True)
class WitnessStatement:
    """One station's signed statement of its chain head at a moment."""

    kind: str
    station: str
    seq: int
    hash: str
    key: str
    public_key: str
    at: str
    signature: str

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class WitnessImport:
    statement: WitnessStatement
    seq: int  # this station's entry that records it
    conflict: str  # empty, or how it contradicts what was witnessed before


def export_statement(
    context: StationContext, actor: Actor, out: Path, *, overwrite: bool = False
) -> WitnessStatement:
    """Write this station's signed head to ``out`` (a ``.json`` file) for its neighbours.

    Raises:
        ValidationError: ``out`` is refused (the station's own files, wrong name).
        SigningKeyError: the station cannot sign (its key is not here).
    """
    require(context, actor, Action.VIEW_AUDIT)
    out = check_output_file(context.paths, out, suffix=".json", overwrite=overwrite)
    with context.store.read() as session:
        head = session.get_one(AuditHead, 1)
        seq, head_hash = head.seq, head.hash
        # Never vouch to a neighbour for a head the station did not sign itself.
        context.keys.check_previous(seq, head_hash, head.key_id, head.signature)
    signed = context.keys.sign_statement(
        {
            "kind": KIND,
            "station": context.config.station_code,
            "seq": seq,
            "hash": head_hash,
            "at": context.clock().isoformat(),
        }  # fmt: skip
    )
    statement = WitnessStatement(**signed)
    write_atomically(out, json.dumps(statement.as_json(), ensure_ascii=False, indent=2).encode())
    return statement


def read_statement(path: Path) -> WitnessStatement:
    """A statement read strictly and its signature checked against the key it names.

    Raises:
        ValidationError: unreadable, malformed, or the signature does not verify.
    """
    try:
        data = json.loads(read_regular(Path(path), _MAX_STATEMENT_BYTES).decode("utf-8"))
    except (OSError, ValueError, RecursionError) as exc:
        raise ValidationError("witness.unreadable", path=path) from exc
    if not isinstance(data, dict) or set(data) != _FIELDS or data["kind"] != KIND:
        raise ValidationError("witness.not-a-statement", path=path)
    texts = ("station", "hash", "key", "public_key", "at", "signature")
    seq = data["seq"]
    if not all(isinstance(data[name], str) for name in texts) or not _is_count(seq):
        raise ValidationError("witness.malformed", path=path)
    statement = WitnessStatement(**data)
    if not is_link_hash(statement.hash) or not _names_its_key(statement):
        raise ValidationError("witness.malformed", path=path)
    if not is_valid(statement.public_key, statement_message(data), statement.signature):
        raise ValidationError("witness.bad-signature", path=path)
    return statement


def import_statement(context: StationContext, actor: Actor, path: Path) -> WitnessImport:
    """Record another station's signed head in this station's chain.

    Raises:
        PermissionDeniedError: only a manager records witness statements.
        ValidationError: the statement is unreadable, forged, or this station's own.
    """
    require(context, actor, Action.MANAGE_KEYS)
    statement = read_statement(path)
    if statement.station == context.config.station_code:
        raise ValidationError("witness.own-head", path=path)
    with context.store.write() as session:
        conflict = _conflict(_witnessed(session, statement.station), statement)
        details: dict[str, object] = statement.as_json()
        if conflict:
            details["conflict"] = conflict
        seq = context.audit.record(session, actor=actor.login, action=WITNESS_ACTION,
                                   target_kind="station", target_id=statement.station,
                                   details=details)  # fmt: skip
    return WitnessImport(statement, seq, conflict)


def check_witness(context: StationContext, path: Path) -> str:
    """What a statement about this station says is wrong with its chain, or ``""``.

    The statement must be signed by a key this station trusts, and the chain must still
    hold the entry it states with the same hash: if not, the history was rewritten after
    the neighbour recorded it.
    """
    statement = read_statement(path)
    if statement.station != context.config.station_code:
        return f"the witness statement is about station {statement.station}, not this one"
    trusted = {k.key: k for k in context.keys.trusted()}
    key = trusted.get(statement.key)
    if key is None or key.public_key != statement.public_key or not key.covers(statement.seq):
        return f"the witness statement of #{statement.seq} is signed by a key not trusted here"
    with context.store.read() as session:
        found = session.scalar(select(AuditEntry.hash).where(AuditEntry.seq == statement.seq))
    if found != statement.hash:
        return (
            f"the chain no longer holds entry #{statement.seq} as witnessed on {statement.at} "
            "(its history was rewritten)"
        )
    return ""


def _witnessed(session: Any, station: str) -> list[dict[str, Any]]:
    query = select(*RAW_COLUMNS).where(
        AuditEntry.action == WITNESS_ACTION,
        AuditEntry.target_kind == "station",
        AuditEntry.target_id == station,
    )
    found = []
    for raw in session.execute(query):
        try:
            found.append(json.loads(raw.details))
        except (TypeError, ValueError):
            continue  # a damaged entry: audit verify names it
    return found


def _conflict(earlier: list[dict[str, Any]], statement: WitnessStatement) -> str:
    for before in earlier:
        if before.get("seq") == statement.seq and before.get("hash") != statement.hash:
            return f"entry #{statement.seq} was witnessed before with another hash"
    newest = max((b.get("seq", 0) for b in earlier if isinstance(b.get("seq"), int)), default=0)
    if statement.seq < newest:
        return f"the head went back from #{newest} to #{statement.seq}"
    return ""


def _is_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1


def _names_its_key(statement: WitnessStatement) -> bool:
    try:
        return len(statement.public_key) == 64 and key_id(statement.public_key) == statement.key
    except ValueError:
        return False
