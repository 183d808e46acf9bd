"""Tampering with a fresh copy of the station, the way someone with file access would.

Each trial changes one thing in the audit log, its head (row and file) or the vault, and
then asks the station: ``audit verify`` for the chain, ``verify --all`` and ``audit
verify`` for the vault. Every tamper must be detected (exit 1) and the damaged entry or
recording named; a detection that points somewhere else, or none, is a failure. Kinds are
taken in turn, so every run covers each of them.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from tests.fault.parts import Part
from tests.fault.runner import Outcome
from tests.fault.tally import Check, Verdict
from tests.fault.world import MANAGER, World, rng_for, sqlite

#: What a tamper returns: the case text and which entries (or recordings) must be named;
#: ``None`` when detection is enough (a damaged head file names no entry).
Tampered = tuple[str, set[int] | None]
Tamper = Callable[[sqlite3.Connection, Path, random.Random], Tampered]


def _last(db: sqlite3.Connection) -> int:
    return int(db.execute("SELECT max(seq) FROM audit_entries").fetchone()[0])


def _pick(db: sqlite3.Connection, rng: random.Random) -> int:
    return rng.randint(2, _last(db) - 1)


def _other_hex(text: str, rng: random.Random) -> str:
    at = rng.randrange(len(text))
    new = rng.choice([c for c in "0123456789abcdef" if c != text[at]])
    return text[:at] + new + text[at + 1 :]


def edit_field(db: sqlite3.Connection, home: Path, rng: random.Random) -> Tampered:
    seq = _pick(db, rng)
    column = rng.choice(["at", "actor", "action", "target_kind", "target_id", "details"])
    value = {
        "at": "2020-01-01 00:00:00.000000",
        "actor": "nobody",
        "action": "login",
        "target_kind": "station",
        "target_id": "999999",
        "details": json.dumps({"note": "changed"}),
    }[column]
    (old,) = db.execute(f"SELECT {column} FROM audit_entries WHERE seq = ?", (seq,)).fetchone()  # noqa: S608
    if old == value:  # rewriting a login entry's action to "login" changes nothing
        value = f"{value}-changed"
    db.execute(f"UPDATE audit_entries SET {column} = ? WHERE seq = ?", (value, seq))  # noqa: S608
    return f"entry #{seq}: {column} rewritten", {seq}


def edit_hash(db: sqlite3.Connection, home: Path, rng: random.Random) -> Tampered:
    seq = _pick(db, rng)
    column = rng.choice(["hash", "prev_hash"])
    (old,) = db.execute(f"SELECT {column} FROM audit_entries WHERE seq = ?", (seq,)).fetchone()  # noqa: S608
    db.execute(f"UPDATE audit_entries SET {column} = ? WHERE seq = ?", (_other_hex(old, rng), seq))  # noqa: S608
    return f"entry #{seq}: one digit of {column} changed", {seq}


def rehash_one(db: sqlite3.Connection, home: Path, rng: random.Random) -> Tampered:
    """The entry's content changed and its own hash recomputed: the next link breaks."""
    seq = _pick(db, rng)
    db.execute("UPDATE audit_entries SET target_id = 'forged' WHERE seq = ?", (seq,))
    _rehash(db, seq, seq)
    return f"entry #{seq}: changed and its hash recomputed", {seq, seq + 1}


def rehash_rest(db: sqlite3.Connection, home: Path, rng: random.Random) -> Tampered:
    """Changed, every later hash recomputed and the head row moved: only outside heads see it."""
    seq, last = _pick(db, rng), _last(db)
    db.execute("UPDATE audit_entries SET actor = 'forger' WHERE seq = ?", (seq,))
    head = _rehash(db, seq, last)
    db.execute("UPDATE audit_head SET seq = ?, hash = ?", (last, head))
    if rng.random() < 0.5:
        _write_head_file(home, last, head)
        return f"entry #{seq} changed, chain rehashed to the end, head row and file moved", set(
            range(seq, last + 2)
        )
    return f"entry #{seq} changed, chain rehashed to the end, head row moved", set(
        range(seq, last + 2)
    )


def delete_middle(db: sqlite3.Connection, home: Path, rng: random.Random) -> Tampered:
    seq = _pick(db, rng)
    db.execute("DELETE FROM audit_entries WHERE seq = ?", (seq,))
    return f"entry #{seq} deleted", {seq, seq + 1}


def delete_newest(db: sqlite3.Connection, home: Path, rng: random.Random) -> Tampered:
    last = _last(db)
    count = rng.randint(1, 5)
    first = last - count + 1
    db.execute("DELETE FROM audit_entries WHERE seq >= ?", (first,))
    how = rng.choice(
        [
            "head untouched",
            "head row moved",
            "head row and file moved",
            "head row moved, head file seq 0",
            "head row moved, head file seq -3",
        ]
    )
    if how != "head untouched":
        (prev,) = db.execute(
            "SELECT hash FROM audit_entries WHERE seq = ?", (first - 1,)
        ).fetchone()
        db.execute("UPDATE audit_head SET seq = ?, hash = ?", (first - 1, prev))
        if how == "head row and file moved":
            # only the station key tells: the report names the entry the unsigned head claims
            _write_head_file(home, first - 1, prev)
            return f"newest {count} entries deleted ({how})", {first - 1, first}
        if how.endswith(("seq 0", "seq -3")):
            # the head file itself is now malformed: reporting that is the detection
            _write_head_file(home, int(how.rsplit(" ", 1)[1]), prev)
            return f"newest {count} entries deleted ({how})", None
    return f"newest {count} entries deleted ({how})", {first}


def insert_entry(db: sqlite3.Connection, home: Path, rng: random.Random) -> Tampered:
    seq = _pick(db, rng)
    db.execute("UPDATE audit_entries SET seq = -seq WHERE seq >= ?", (seq,))
    db.execute("UPDATE audit_entries SET seq = 1 - seq WHERE seq < 0")
    row = db.execute(
        "SELECT at, actor, action, target_kind, target_id, details, prev_hash, hash "
        "FROM audit_entries WHERE seq = ?",
        (seq + 1,),
    ).fetchone()
    db.execute(
        "INSERT INTO audit_entries (seq, at, actor, action, target_kind, target_id, details, "
        "prev_hash, hash) VALUES (?, ?, 'ghost', 'person.add', 'person', 'ghost', '{}', ?, ?)",
        (seq, row[0], row[6], row[7]),
    )
    return f"entry inserted at #{seq}", {seq, seq + 1}


def swap_entries(db: sqlite3.Connection, home: Path, rng: random.Random) -> Tampered:
    a = _pick(db, rng)
    b = rng.choice([s for s in range(2, _last(db)) if s != a])
    db.execute("UPDATE audit_entries SET seq = -1 WHERE seq = ?", (a,))
    db.execute("UPDATE audit_entries SET seq = ? WHERE seq = ?", (a, b))
    db.execute("UPDATE audit_entries SET seq = ? WHERE seq = -1", (b,))
    return f"entries #{a} and #{b} swapped", {min(a, b)}


def append_forged(db: sqlite3.Connection, home: Path, rng: random.Random) -> Tampered:
    """A new entry with a correctly computed hash, head row and head file moved (#17, 4)."""
    last = _last(db)
    (prev, at) = db.execute("SELECT hash, at FROM audit_entries WHERE seq = ?", (last,)).fetchone()
    db.execute(
        "INSERT INTO audit_entries (seq, at, actor, action, target_kind, target_id, details, "
        "prev_hash, hash) VALUES (?, ?, 'wangjz', 'person.add', 'person', 'ghost', '{}', ?, '')",
        (last + 1, at, prev),
    )
    head = _rehash(db, last + 1, last + 1)
    db.execute("UPDATE audit_head SET seq = ?, hash = ?", (last + 1, head))
    _write_head_file(home, last + 1, head)
    return "a forged entry appended with its hash, head row and head file moved", {last + 1}


def odd_type(db: sqlite3.Connection, home: Path, rng: random.Random) -> Tampered:
    """A value of a type the column never holds (#17, 8): must read as tampered, not crash."""
    seq = _pick(db, rng)
    column, value, text = rng.choice(
        [
            ("actor", b"\x00\xffadmin", "a blob actor"),
            ("details", b"\x89PNG", "blob details"),
            ("at", "not a time", "a malformed time"),
            ("at", "9999-99-99 99:99:99", "an impossible time"),
            ("at", 1234567890, "a number for a time"),
            ("target_id", 3.5, "a float target"),
            ("seq", "five", "a text sequence number"),
        ]
    )
    db.execute(f"UPDATE audit_entries SET {column} = ? WHERE seq = ?", (value, seq))  # noqa: S608
    return f"entry #{seq}: {text}", ({seq} if column != "seq" else None)


def raw_bytes(db: sqlite3.Connection, home: Path, rng: random.Random) -> Tampered:
    """One hex digit of an entry's hash changed in the database file itself."""
    seq = _pick(db, rng)
    (digest,) = db.execute("SELECT hash FROM audit_entries WHERE seq = ?", (seq,)).fetchone()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = home / "station.db"
    data = bytearray(path.read_bytes())
    at = data.find(digest.encode())
    position = at + rng.randrange(64)
    data[position] = ord(rng.choice([c for c in "0123456789abcdef" if c != chr(data[position])]))
    path.write_bytes(bytes(data))
    return f"entry #{seq}: its hash edited in the file's bytes", {seq, seq + 1}


def corrupt_page(db: sqlite3.Connection, home: Path, rng: random.Random) -> Tampered:
    """Garbage over the bytes around an entry: a damaged page of the audit table."""
    seq = _pick(db, rng)
    (digest,) = db.execute("SELECT hash FROM audit_entries WHERE seq = ?", (seq,)).fetchone()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = home / "station.db"
    data = bytearray(path.read_bytes())
    at = max(0, data.find(digest.encode()) - rng.randint(0, 200))
    data[at : at + 48] = rng.randbytes(48)
    path.write_bytes(bytes(data))
    return f"48 random bytes written over entry #{seq} in the file", None


def head_file(db: sqlite3.Connection, home: Path, rng: random.Random) -> Tampered:
    head = home / "audit-head.json"
    last = _last(db)
    how = rng.choice(
        [
            "deleted",
            "garbage",
            "seq 0",
            "seq -1",
            "seq one back",
            "wrong hash",
            "a folder",
            "seq as text",
            "empty",
        ]
    )
    text = json.loads(head.read_text(encoding="utf-8"))
    if how == "deleted":
        head.unlink()
    elif how == "garbage":
        head.write_bytes(os.urandom(40))
    elif how == "a folder":
        head.unlink()
        head.mkdir()
    elif how == "empty":
        head.write_text("", encoding="utf-8")
    else:
        (prev,) = db.execute("SELECT hash FROM audit_entries WHERE seq = ?", (last - 1,)).fetchone()
        seq, digest = {
            "seq 0": (0, text["hash"]),
            "seq -1": (-1, text["hash"]),
            "seq one back": (last - 1, prev),
            "wrong hash": (last, _other_hex(text["hash"], rng)),
            "seq as text": (str(last), text["hash"]),
        }[how]
        _write_head_file(home, seq, digest)  # type: ignore[arg-type]
    return f"head file {how}", None


def head_row(db: sqlite3.Connection, home: Path, rng: random.Random) -> Tampered:
    how = rng.choice(["deleted", "seq back", "hash changed"])
    if how == "deleted":
        db.execute("DELETE FROM audit_head")
    elif how == "seq back":
        db.execute("UPDATE audit_head SET seq = seq - 1")
    else:
        (digest,) = db.execute("SELECT hash FROM audit_head").fetchone()
        db.execute("UPDATE audit_head SET hash = ?", (_other_hex(digest, rng),))
    return f"head row {how}", None


AUDIT_KINDS: dict[str, Tamper] = {
    "edit-field": edit_field,
    "edit-hash": edit_hash,
    "rehash-one": rehash_one,
    "rehash-rest": rehash_rest,
    "delete-middle": delete_middle,
    "delete-newest": delete_newest,
    "insert": insert_entry,
    "swap": swap_entries,
    "append-forged": append_forged,
    "odd-type": odd_type,
    "raw-bytes": raw_bytes,
    "corrupt-page": corrupt_page,
    "head-file": head_file,
    "head-row": head_row,
}


# ---- the vault -------------------------------------------------------------------------


def _recordings(db: sqlite3.Connection) -> list[tuple[int, str]]:
    return db.execute(
        "SELECT r.id, v.sha256 FROM recordings r JOIN vault_objects v ON v.id = r.vault_object_id "
        "ORDER BY r.id"
    ).fetchall()


def _vault_file(home: Path, sha256: str) -> Path:
    return home / "vault" / sha256[:2] / sha256[2:4] / sha256


def vault_edit(db: sqlite3.Connection, home: Path, rng: random.Random) -> Tampered:
    rid, sha = rng.choice(_recordings(db))
    path = _vault_file(home, sha)
    data = bytearray(path.read_bytes())
    how = rng.choice(["byte flipped", "truncated", "bytes appended", "emptied", "zeroed range"])
    if how == "byte flipped":
        at = rng.randrange(len(data))
        data[at] ^= 1 << rng.randrange(8)
    elif how == "truncated":
        del data[rng.randrange(len(data)) :]
    elif how == "bytes appended":
        data += rng.randbytes(rng.randint(1, 64))
    elif how == "emptied":
        data = bytearray()
    else:
        at = rng.randrange(len(data))
        data[at : at + 256] = bytes(len(data[at : at + 256]))
    path.chmod(0o644)
    path.write_bytes(bytes(data))
    return f"recording #{rid}: vault file {how}", {rid}


def vault_remove(db: sqlite3.Connection, home: Path, rng: random.Random) -> Tampered:
    rid, sha = rng.choice(_recordings(db))
    path = _vault_file(home, sha)
    how = rng.choice(
        [
            "deleted",
            "moved to another folder",
            "replaced by a folder",
            "replaced by a symlink to another recording",
        ]
    )
    recordings = _recordings(db)
    if how == "deleted":
        path.unlink()
    elif how == "moved to another folder":
        path.rename(home / "vault" / sha)
    elif how == "replaced by a folder":
        path.unlink()
        path.mkdir()
    else:
        other = _vault_file(home, rng.choice([s for r, s in recordings if r != rid]))
        path.unlink()
        path.symlink_to(other)
    return f"recording #{rid}: vault file {how}", {rid}


def vault_swap(db: sqlite3.Connection, home: Path, rng: random.Random) -> Tampered:
    (rid, sha), (other, other_sha) = rng.sample(_recordings(db), 2)
    a, b = _vault_file(home, sha), _vault_file(home, other_sha)
    how = rng.choice(["swapped with another recording's file", "overwritten by another's file"])
    data_a, data_b = a.read_bytes(), b.read_bytes()
    for path in (a, b):
        path.chmod(0o644)
    a.write_bytes(data_b)
    if how.startswith("swapped"):
        b.write_bytes(data_a)
        return f"recordings #{rid} and #{other}: vault files {how}", {rid, other}
    return f"recording #{rid}: vault file {how}", {rid}


def vault_rewrite(db: sqlite3.Connection, home: Path, rng: random.Random) -> Tampered:
    """The file swapped AND its digests rewritten in the database (#17, 2)."""
    import hashlib

    rid, sha = rng.choice(_recordings(db))
    path = _vault_file(home, sha)
    data = bytearray(path.read_bytes())
    data[rng.randrange(len(data))] ^= 0x10
    new_sha = hashlib.sha256(data).hexdigest()
    new_sm3 = hashlib.new("sm3", data).hexdigest()
    path.unlink()
    target = _vault_file(home, new_sha)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(bytes(data))
    db.execute(
        "UPDATE vault_objects SET sha256 = ?, sm3 = ?, size = ? WHERE sha256 = ?",
        (new_sha, new_sm3, len(data), sha),
    )
    return f"recording #{rid}: vault file changed and its digests rewritten in the database", {rid}


VAULT_KINDS: dict[str, Tamper] = {
    "vault-edit": vault_edit,
    "vault-remove": vault_remove,
    "vault-swap": vault_swap,
    "vault-rewrite": vault_rewrite,
}
KINDS = {**AUDIT_KINDS, **VAULT_KINDS}
_NAMES = tuple(KINDS)


# ---- helpers that forge as an attacker with the formula would ----------------------------


def _rehash(db: sqlite3.Connection, first: int, last: int) -> str:
    """Recompute hashes (and the next prev_hash) from ``first`` to ``last``; the last hash."""
    from app.integrity.audit_chain import link_hash

    (prev,) = db.execute("SELECT prev_hash FROM audit_entries WHERE seq = ?", (first,)).fetchone()
    rows = db.execute(
        "SELECT seq, at, actor, action, target_kind, target_id, details FROM audit_entries "
        "WHERE seq BETWEEN ? AND ? ORDER BY seq",
        (first, last),
    ).fetchall()
    for seq, at, actor, action, kind, target, details in rows:
        moment = datetime.fromisoformat(at)
        digest = link_hash(
            seq=seq,
            at=moment if moment.tzinfo else moment.replace(tzinfo=UTC),
            actor=actor,
            action=action,
            target_kind=kind,
            target_id=target,
            details=details,
            prev_hash=prev,
        )
        db.execute(
            "UPDATE audit_entries SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, digest, seq)
        )
        prev = digest
    db.execute("UPDATE audit_entries SET prev_hash = ? WHERE seq = ?", (prev, last + 1))
    return prev


def _write_head_file(home: Path, seq: int, digest: str) -> None:
    path = home / "audit-head.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data.update(seq=seq, hash=digest)
    path.write_text(json.dumps(data), encoding="utf-8")


# ---- the trial ---------------------------------------------------------------------------


def run(world: World, seed: int, trial: int) -> list[Check]:
    rng = rng_for("tamper", seed, trial)
    name = _NAMES[trial % len(_NAMES)]
    folder = world.trial_dir("tamper", trial)
    home = world.fresh_station(folder / "station")
    with sqlite(home) as db:
        case, named = KINDS[name](db, home, rng)
    runner = world.runner()
    audit = runner.run(["--home", str(home), "audit", "verify", "--json"])
    if name in AUDIT_KINDS:
        return [_judge_audit(audit, f"{name}: {case}", named)]
    verify = runner.run(["--home", str(home), "--user", MANAGER, "verify", "--all", "--json"])
    return [_judge_vault(verify, audit, f"{name}: {case}", named)]


def _judge_audit(audit: Outcome, case: str, named: set[int] | None) -> Check:
    check = Check.of_call("audit tamper", audit, case)
    if check.verdict is not Verdict.CLEAN:
        return check
    if audit.code != 1:
        return check.wrong(f"audit verify exit {audit.code}: not detected")
    first_bad = _json(audit).get("first_bad")
    if named is not None and first_bad not in named:
        return check.wrong(f"detected, but names #{first_bad} (expected {_span(named)})")
    return check


def _judge_vault(verify: Outcome, audit: Outcome, case: str, named: set[int] | None) -> Check:
    for outcome in (verify, audit):
        check = Check.of_call("vault tamper", outcome, case)
        if check.verdict is not Verdict.CLEAN:
            return check
    problems = {p.get("recording_id") for p in _json(verify).get("problems", [])}
    if verify.code == 1 and (named is None or named & problems):
        return check
    if audit.code == 1:
        return check
    if verify.code == 1:
        return check.wrong(f"verify names {sorted(map(str, problems))}, expected {_span(named)}")
    return check.wrong(f"verify exit {verify.code}, audit verify exit {audit.code}: not detected")


def _json(outcome: Outcome) -> dict:
    try:
        document = json.loads(outcome.stdout)
    except ValueError:
        return {}
    return document if isinstance(document, dict) else {}


def _span(named: set[int] | None) -> str:
    if not named:
        return "any"
    ordered = sorted(named)
    return f"#{ordered[0]}" if len(ordered) == 1 else f"#{ordered[0]}–#{ordered[-1]}"


PART = Part("tamper", 1000, run)
