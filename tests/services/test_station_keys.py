"""The signed chain head: forged tails, trusted-key tampering, missing and rotated keys
(issue #17, item 4)."""

import json
import os
import sqlite3
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from app.core.errors import PermissionDeniedError
from app.core.paths import key_folder
from app.core.roles import Role
from app.integrity.audit_chain import link_hash
from app.integrity.head_signing import head_message, is_valid
from app.integrity.key_files import DpapiProtector, KeyFolder
from app.integrity.trusted_keys import read_trusted_keys
from app.services.auth import Actor, log_in
from app.services.people import add_person, add_unit
from app.services.station import StationContext, open_station
from app.services.station_keys import SigningKeyError, rotate_key
from app.store.models import AuditEntry, AuditHead
from tests.services.test_audit_tamper import busy_station  # noqa: F401

sqlite_only = pytest.mark.parametrize("db_url", [None])


def actions(station: StationContext) -> list[str]:
    with station.store.read() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


def forge_tail(station: StationContext) -> int:
    """Append an entry with a correct hash and move head row and head file, as the campaign."""
    with sqlite3.connect(station.paths.database) as db:
        last, prev, at = db.execute(
            "SELECT seq, hash, at FROM audit_entries ORDER BY seq DESC LIMIT 1"
        ).fetchone()
    with station.store.read() as session:
        stored_at = session.scalars(select(AuditEntry.at).where(AuditEntry.seq == last)).one()
    forged = link_hash(
        seq=last + 1, at=stored_at, actor="admin", action="person.add", target_kind="person",
        target_id="ghost", details="{}", prev_hash=prev,
    )  # fmt: skip
    with sqlite3.connect(station.paths.database) as db:
        db.execute(
            "INSERT INTO audit_entries (seq, at, actor, action, target_kind, target_id, details,"
            " prev_hash, hash) VALUES (?, ?, 'admin', 'person.add', 'person', 'ghost', '{}', ?, ?)",
            (last + 1, at, prev, forged),
        )
        db.execute("UPDATE audit_head SET seq = ?, hash = ?", (last + 1, forged))
    station.paths.audit_head.write_text(json.dumps({"seq": last + 1, "hash": forged}))
    return last + 1


def test_every_head_the_station_writes_is_signed(busy_station: StationContext) -> None:  # noqa: F811
    (key,) = read_trusted_keys(busy_station.paths.audit_keys) or []
    with busy_station.store.read() as session:
        head = session.get_one(AuditHead, 1)
        assert head.key_id == key.key
        assert is_valid(key.public_key, head_message(head.seq, head.hash), head.signature)
    assert busy_station.audit.verify().ok


@sqlite_only
def test_a_forged_tail_with_correct_hashes_is_caught(busy_station: StationContext) -> None:  # noqa: F811
    forged = forge_tail(busy_station)
    report = busy_station.audit.verify()
    assert not report.ok
    assert report.first_bad == forged
    assert "signature" in report.problem


@sqlite_only
def test_the_station_never_extends_a_forged_tail(
    busy_station: StationContext,  # noqa: F811
    manager: Actor,
    tmp_path: Path,
) -> None:
    """Signing on top of a forged head would make the forgery verify: writes are refused."""
    forged = forge_tail(busy_station)
    with pytest.raises(SigningKeyError, match="moved without the station key"):
        add_unit(busy_station, manager, "AFTER", "伪造之后")
    with pytest.raises(SigningKeyError):
        rotate_key(busy_station, manager, "after a forgery")
    report = busy_station.audit.verify()
    assert (report.ok, report.first_bad) == (False, forged)


@sqlite_only
def test_a_removed_signature_is_caught(busy_station: StationContext) -> None:  # noqa: F811
    with sqlite3.connect(busy_station.paths.database) as db:
        db.execute("UPDATE audit_head SET key_id = NULL, signature = NULL")
    report = busy_station.audit.verify()
    assert not report.ok and "not signed" in report.problem


@sqlite_only
def test_a_key_slipped_into_the_trusted_list_is_caught(
    busy_station: StationContext,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The forger's own key in audit-keys.json, the forged head signed with it."""
    keys = json.loads(busy_station.paths.audit_keys.read_text())
    forged = forge_tail(busy_station)
    ident, private = KeyFolder(tmp_path / "forger").create()
    keys["keys"][-1]["to_seq"] = forged - 1
    keys["keys"].append({"key": ident, "public_key": private.public_key().public_bytes_raw().hex(),
                         "from_seq": forged, "to_seq": None, "created": "2026-11-26"})  # fmt: skip
    busy_station.paths.audit_keys.write_text(json.dumps(keys))
    with sqlite3.connect(busy_station.paths.database) as db:
        (head_hash,) = db.execute("SELECT hash FROM audit_head").fetchone()
        signature = private.sign(head_message(forged, head_hash)).hex()
        db.execute("UPDATE audit_head SET key_id = ?, signature = ?", (ident, signature))
    report = busy_station.audit.verify()
    assert not report.ok
    assert "never recorded" in report.problem


@sqlite_only
def test_a_lost_trusted_list_refuses_writes_and_is_reported(
    busy_station: StationContext,  # noqa: F811
    manager: Actor,
) -> None:
    busy_station.paths.audit_keys.unlink()
    report = busy_station.audit.verify()
    assert not report.ok and "not trusted" in report.problem
    with pytest.raises(SigningKeyError, match="no key"):
        add_unit(busy_station, manager, "LOST", "丢失密钥后")
    with open_station(busy_station.paths.root) as reopened:
        assert not busy_station.paths.audit_keys.exists()  # never re-created behind our back
        assert not reopened.audit.verify().ok


@sqlite_only
def test_a_key_missing_from_this_computer_is_replaced_and_recorded(
    busy_station: StationContext,  # noqa: F811
) -> None:
    (old,) = read_trusted_keys(busy_station.paths.audit_keys) or []
    (key_folder() / f"{old.key}.key").unlink()
    with open_station(busy_station.paths.root) as reopened:
        assert actions(reopened)[-1] == "audit.key-replace"
        first, second = read_trusted_keys(reopened.paths.audit_keys) or []
        assert (first.key, first.to_seq) == (old.key, second.from_seq - 1)
        assert reopened.audit.verify().ok
        manager = log_in(reopened, "admin", "station-admin-1", client="test")
        add_unit(reopened, manager, "NEW", "换钥之后")
        assert reopened.audit.verify().ok


@sqlite_only
def test_a_missing_key_is_not_replaced_over_a_forged_head(
    busy_station: StationContext,  # noqa: F811
) -> None:
    (old,) = read_trusted_keys(busy_station.paths.audit_keys) or []
    forge_tail(busy_station)
    (key_folder() / f"{old.key}.key").unlink()
    with open_station(busy_station.paths.root) as reopened:
        assert "audit.key-replace" not in actions(reopened)
        assert not reopened.audit.verify().ok


def test_a_manager_rotates_the_key_and_others_may_not(
    station: StationContext, manager: Actor
) -> None:
    add_unit(station, manager, "PCS1", "城关派出所")
    add_person(station, manager, login="li", name="李伟", role=Role.OFFICER,
               password="officer-pass-1", unit_code="PCS1")  # fmt: skip
    officer = log_in(station, "li", "officer-pass-1", client="test")
    with pytest.raises(PermissionDeniedError):
        rotate_key(station, officer, "scheduled")
    new = rotate_key(station, manager, "scheduled yearly rotation")
    assert actions(station)[-1] == "audit.key-rotate"
    keys = read_trusted_keys(station.paths.audit_keys) or []
    assert [k.key for k in keys][-1] == new.key and keys[0].to_seq == new.from_seq - 1
    add_unit(station, manager, "PCS2", "城南派出所")
    assert station.audit.verify().ok


def test_keys_live_outside_the_station_folder_readable_by_the_owner_only(
    station: StationContext,
) -> None:
    (key,) = read_trusted_keys(station.paths.audit_keys) or []
    path = key_folder() / f"{key.key}.key"
    assert path.is_file()
    assert station.paths.root not in path.parents
    assert not any(station.paths.root.rglob("*.key"))
    if sys.platform != "win32":
        assert path.stat().st_mode & 0o777 == 0o600


class XorProtector:
    """A reversible stand-in for DPAPI: proves the folder stores only what it was handed."""

    def protect(self, data: bytes) -> bytes:
        return bytes(b ^ 0x5A for b in data)

    def unprotect(self, data: bytes) -> bytes:
        return bytes(b ^ 0x5A for b in data)


def test_a_protector_seals_the_key_file(tmp_path: Path) -> None:
    folder = KeyFolder(tmp_path / "keys", XorProtector())
    ident, key = folder.create()
    assert folder.path_for(ident).read_bytes() != key.private_bytes_raw()
    loaded = folder.load(ident)
    assert loaded is not None and loaded.private_bytes_raw() == key.private_bytes_raw()


def test_a_sealed_key_opened_without_its_seal_is_refused(tmp_path: Path) -> None:
    from app.integrity.key_files import KeyFileError

    ident, _key = KeyFolder(tmp_path / "keys", XorProtector()).create()
    with pytest.raises(KeyFileError, match="holds another key|damaged"):
        KeyFolder(tmp_path / "keys").load(ident)


@pytest.mark.skipif(sys.platform != "win32", reason="DPAPI exists on Windows only")
def test_dpapi_round_trip(tmp_path: Path) -> None:
    folder = KeyFolder(tmp_path / "keys", DpapiProtector())
    ident, key = folder.create()
    assert folder.path_for(ident).read_bytes() != key.private_bytes_raw()
    loaded = folder.load(ident)
    assert loaded is not None and loaded.private_bytes_raw() == key.private_bytes_raw()


def test_the_key_folder_follows_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("EVIDENCE_STATION_KEYS", str(tmp_path / "elsewhere"))
    assert key_folder() == tmp_path / "elsewhere"
    monkeypatch.delenv("EVIDENCE_STATION_KEYS")
    assert key_folder().parts[-2:] == (("EvidenceStation", "keys") if sys.platform == "win32"
                                       else ("evidence-station", "keys"))  # fmt: skip
    assert str(key_folder()).startswith(
        os.environ["APPDATA" if sys.platform == "win32" else "XDG_CONFIG_HOME"]
    )
