"""The station's signing key: signs every head the station writes, starts, rotates and
replaces keys, and checks the head's signature (issue #17, item 4).

The private key lives in the account's key folder (``app.core.paths.key_folder``), never
in the database or the station folder; the station folder lists the public keys it
trusts (``audit-keys.json``) and the chain records each key as it is taken into use
(``audit.key-new``, ``audit.key-rotate``, ``audit.key-replace``). Whoever can write the
database but does not hold the key can no longer move the head unseen.

A key that is missing when the station opens (a new computer, a wiped profile) is
replaced by a new one and the replacement is recorded, provided the current head still
carries a valid signature of the missing key: the station keeps working, and the log says
from which entry on another key signs. A head that does not verify is never re-signed.
"""

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from app.core.clock import Clock
from app.core.errors import DamagedError, ValidationError
from app.core.paths import StationPaths, key_folder
from app.integrity.head_signing import (
    fingerprint,
    head_message,
    is_valid,
    public_hex,
    sign,
    statement_message,
)
from app.integrity.key_files import KeyFileError, KeyFolder
from app.integrity.trusted_keys import (
    TrustedKey,
    TrustedKeysError,
    read_trusted_keys,
    write_trusted_keys,
)
from app.services.audit_rows import RAW_COLUMNS
from app.store.models import AuditEntry, AuditHead

if TYPE_CHECKING:
    from app.services.audit import AuditTrail
    from app.services.auth import Actor
    from app.services.station import StationContext

log = logging.getLogger(__name__)

KEY_NEW, KEY_ROTATE, KEY_REPLACE = "audit.key-new", "audit.key-rotate", "audit.key-replace"
KEY_ACTIONS = (KEY_NEW, KEY_ROTATE, KEY_REPLACE)


class SigningKeyError(DamagedError):
    """The station cannot sign its chain head, so it refuses to write.

    Not the person's input: a file of the station (the trusted list) or of this computer's
    account (the key folder) is missing or damaged, or the head was moved. Like a damaged
    store it ends the command with exit 1 and says what to restore (issue #17).
    """


@dataclass(frozen=True)
class HeadSignature:
    key_id: str
    signature: str


class StationKeys:
    """One station's view of its keys: the trusted list in its folder, the private halves in
    the account's key folder."""

    def __init__(self, paths: StationPaths, clock: Clock, folder: KeyFolder | None = None) -> None:
        self._path = paths.audit_keys
        self._clock = clock
        self._folder = folder or KeyFolder(key_folder())
        self._private: dict[str, Ed25519PrivateKey] = {}

    @property
    def path(self) -> Path:
        return self._path

    def trusted(self) -> list[TrustedKey]:
        """The trusted keys, oldest first; empty when the station has none yet.

        Raises:
            TrustedKeysError: ``audit-keys.json`` is damaged.
        """
        return read_trusted_keys(self._path) or []

    def sign_head(self, seq: int, head_hash: str) -> HeadSignature:
        """Sign a head the station is writing, with the key trusted for that entry number.

        Raises:
            SigningKeyError: no trusted key covers ``seq`` or its private half is not here.
        """
        try:
            key = next((k for k in self.trusted() if k.covers(seq)), None)
        except TrustedKeysError as exc:
            raise SigningKeyError("keys.trusted-damaged", detail=str(exc)) from exc
        if key is None:
            raise SigningKeyError("keys.no-key-for-entry", file=self._path.name, seq=seq)
        private = self._private_key(key.key)
        return HeadSignature(key.key, sign(private, head_message(seq, head_hash)))

    def check_previous(
        self, seq: int, head_hash: str, key_id: str | None, signature: str | None
    ) -> None:
        """Refuse to extend a head the station did not sign.

        Appending to a head that someone moved without the key and signing the result would
        make the forged entries part of a validly signed chain; so before each new entry the
        current head's signature is checked (a head no trusted key covers, the empty chain
        or one written before signing began, has nothing to check).

        Raises:
            SigningKeyError: the current head does not carry a valid signature.
        """
        try:
            key = next((k for k in self.trusted() if k.covers(seq)), None)
        except TrustedKeysError as exc:
            raise SigningKeyError("keys.trusted-damaged", detail=str(exc)) from exc
        if key is None:
            return
        if key_id != key.key or not is_valid(
            key.public_key, head_message(seq, head_hash), signature
        ):
            raise SigningKeyError("keys.head-moved", seq=seq)

    def sign_statement(self, fields: dict[str, object]) -> dict[str, object]:
        """A witness statement of ``fields`` (with its ``seq``), signed with the key trusted
        for that entry; the key's id and public half travel with it."""
        seq = fields["seq"]
        key = next((k for k in self.trusted() if isinstance(seq, int) and k.covers(seq)), None)
        if key is None:
            raise SigningKeyError("keys.no-trusted-key", seq=seq)
        statement = {**fields, "key": key.key, "public_key": key.public_key}
        statement["signature"] = sign(self._private_key(key.key), statement_message(statement))
        return statement

    def fingerprint(self, seq: int) -> str:
        """The fingerprint of the key trusted for entry ``seq`` (printed on registers)."""
        try:
            key = next((k for k in self.trusted() if k.covers(seq)), None)
        except TrustedKeysError:
            return ""
        return fingerprint(key.public_key) if key else ""

    def _private_key(self, ident: str) -> Ed25519PrivateKey:
        if ident not in self._private:
            try:
                found = self._folder.load(ident)
            except KeyFileError as exc:
                raise SigningKeyError("keys.cannot-sign", reason=exc.message) from exc
            if found is None:
                raise SigningKeyError("keys.not-here", key=ident)
            self._private[ident] = found
        return self._private[ident]

    def has_private(self, ident: str) -> bool:
        try:
            self._private_key(ident)
        except SigningKeyError:
            return False
        return True

    def take_new_key(self, session: Session, trail: "AuditTrail", *, actor: str, action: str,
                     reason: str) -> TrustedKey:  # fmt: skip
        """Create a key, trust it from the next entry on and record that entry with it.

        Runs in the caller's write transaction; the caller puts the trusted list back with
        ``restore`` when the transaction does not commit.
        """
        new, previous = self.prepare_key(session)
        self.record_key(session, trail, new, previous, actor=actor, action=action, reason=reason)
        return new

    def prepare_key(self, session: Session) -> tuple[TrustedKey, TrustedKey | None]:
        """Create a key and trust it from the next entry on; returns it and the one it ends.

        The head row is locked first, so no other writer takes an entry number in between;
        the trusted list is written before the next entry so that entry is signed with the
        new key.
        """
        head = session.execute(select(AuditHead).with_for_update()).scalar_one()
        keys = self.trusted()
        previous = next((k for k in keys if k.to_seq is None), None)
        ident, private = self._folder.create()
        self._private[ident] = private
        new = TrustedKey(ident, public_hex(private), head.seq + 1, None,
                         self._clock().isoformat())  # fmt: skip
        closed = [replace(k, to_seq=head.seq) if k.to_seq is None else k for k in keys]
        write_trusted_keys(self._path, [*closed, new])
        return new, previous

    def record_key(self, session: Session, trail: "AuditTrail", new: TrustedKey,
                   previous: TrustedKey | None, *, actor: str, action: str,
                   reason: str) -> None:  # fmt: skip
        """The chain's entry for a key taken into use: what makes the file's list checkable."""
        details: dict[str, object] = {
            "key": new.key, "public_key": new.public_key, "reason": reason,
        }  # fmt: skip
        if previous is not None:
            details["previous_key"] = previous.key
        trail.record(session, actor=actor, action=action, target_kind="station-key",
                     target_id=new.key, details=details)  # fmt: skip
        log.warning("audit signing key %s taken into use (%s): %s", new.key, action, reason)

    def restore(self, keys: list[TrustedKey] | None) -> None:
        """Put back the trusted list as it was before a key change that did not commit."""
        if keys is None:
            self._path.unlink(missing_ok=True)
        else:
            write_trusted_keys(self._path, keys)

    def check_head(self, session: Session, head_seq: int) -> str:
        """What is wrong with the signed head and the trusted keys, or ``""``.

        Every key the station folder trusts must be recorded in the chain and every key the
        chain records must be trusted; the head row must carry a valid signature of the
        key trusted for its entry number.
        """
        try:
            keys = self.trusted()
        except TrustedKeysError as exc:
            return f"the station's trusted keys: {exc}"
        recorded = _recorded_keys(session)
        problem = _compare_keys(keys, recorded, head_seq, self._path.name)
        if problem:
            return problem
        if not keys:
            return ""  # a station that never had a key: nothing was signed yet
        return _head_problem(session, keys)


SYSTEM_ACTOR = "system"


def ensure_signing_key(context: "StationContext") -> None:
    """At start: give a station its first key, or replace one missing from this computer.

    A station created before heads were signed gets its first key here. A trusted key
    whose private half is gone is replaced only while the head still verifies under it;
    otherwise nothing is signed, writes are refused and ``audit verify`` says why.
    """
    keys = context.keys
    try:
        trusted = keys.trusted()
    except TrustedKeysError as exc:
        log.warning("not signing: %s", exc)
        return
    with context.store.read() as session:
        recorded = _recorded_keys(session)
        head_problem = _head_problem(session, trusted) if trusted else ""
    if not trusted:
        if recorded:
            log.error("not signing: %s is missing but the chain records keys", keys.path.name)
            return
        change_key(context, SYSTEM_ACTOR, KEY_NEW, "first signing key of this station")
        return
    current = trusted[-1]
    if current.to_seq is not None or keys.has_private(current.key):
        return
    if head_problem:
        log.error("not replacing the missing key %s: %s", current.key, head_problem)
        return
    change_key(context, SYSTEM_ACTOR, KEY_REPLACE,
               f"the signing key {current.key} is not on this computer")  # fmt: skip


def rotate_key(context: "StationContext", actor: "Actor", reason: str) -> TrustedKey:
    """A manager replaces the station key (a scheduled rotation, a suspected leak).

    Raises:
        PermissionDeniedError: the person may not manage keys.
        ValidationError: no reason was given.
    """
    # Imported here: permissions needs the station context, which opens with this module.
    from app.services.permissions import Action, require

    require(context, actor, Action.MANAGE_KEYS)
    if not reason.strip():
        raise ValidationError("keys.rotate-needs-reason")
    return change_key(context, actor.login, KEY_ROTATE, reason.strip())


def change_key(context: "StationContext", actor: str, action: str, reason: str) -> TrustedKey:
    """Take a new key into use in one transaction; the trusted list is restored on failure."""
    try:
        before = read_trusted_keys(context.keys.path)
    except TrustedKeysError as exc:
        raise SigningKeyError("keys.cannot-change", detail=str(exc)) from exc
    try:
        with context.store.write() as session:
            return context.keys.take_new_key(
                session, context.audit, actor=actor, action=action, reason=reason
            )
    except BaseException:
        context.keys.restore(before)
        raise


def _recorded_keys(session: Session) -> dict[str, tuple[int, str]]:
    """Each key the chain records, with the entry number and public key it names."""
    query = select(*RAW_COLUMNS).where(AuditEntry.action.in_(KEY_ACTIONS)).order_by(AuditEntry.seq)
    found: dict[str, tuple[int, str]] = {}
    for raw in session.execute(query):
        details = _json_object(raw.details)
        if isinstance(raw.seq, int) and isinstance(details.get("public_key"), str):
            found[str(details.get("key"))] = (raw.seq, str(details["public_key"]))
    return found


def _compare_keys(keys: Iterable[TrustedKey], recorded: dict[str, tuple[int, str]],
                  head_seq: int, name: str) -> str:  # fmt: skip
    trusted = {k.key: k for k in keys}
    for ident, (seq, public) in recorded.items():
        key = trusted.get(ident)
        if key is None or key.public_key != public:
            return f"the key {ident} recorded in entry #{seq} is not trusted by {name}"
        if not key.covers(seq):
            return f"the key {ident} is trusted in {name} for other entries than #{seq}"
    for key in trusted.values():
        if key.from_seq <= head_seq and key.key not in recorded:
            return f"{name} trusts the key {key.key}, which the audit chain never recorded"
    return ""


def _head_problem(session: Session, keys: list[TrustedKey]) -> str:
    row: Any = session.execute(
        select(
            type_coerce(AuditHead.seq, NullType()).label("seq"),
            type_coerce(AuditHead.hash, NullType()).label("hash"),
            type_coerce(AuditHead.key_id, NullType()).label("key_id"),
            type_coerce(AuditHead.signature, NullType()).label("signature"),
        )
    ).first()
    if row is None or not isinstance(row.seq, int) or not isinstance(row.hash, str):
        return "the chain head is not signed"
    key = next((k for k in keys if k.covers(row.seq)), None)
    if key is None or row.key_id != key.key:
        return "the chain head is not signed by the station's key (entries were added outside it)"
    if not is_valid(key.public_key, head_message(row.seq, row.hash), row.signature):
        return (
            "the chain head's signature does not match (entries were added or changed "
            "without the station's key)"
        )
    return ""


def _json_object(text: object) -> dict[str, object]:
    try:
        parsed = json.loads(text)  # type: ignore[arg-type]
    except (TypeError, ValueError, RecursionError):
        return {}
    return parsed if isinstance(parsed, dict) else {}
