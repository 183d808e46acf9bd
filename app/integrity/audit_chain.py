"""The audit chain's arithmetic: how a link is hashed and how a whole chain is checked.

Each entry's hash covers its own content and the previous entry's hash, so changing,
inserting, deleting or reordering any entry breaks every link after it. Deleting the
newest entries breaks nothing inside the chain, which is why the head is also kept
outside the audit table (``ChainHead``) and compared at the end.
"""

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from app.core.clock import as_utc

GENESIS_HASH = "0" * 64
_HEX64 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class ChainLink:
    """One audit entry as stored: everything its hash covers, plus the hashes."""

    seq: int
    at: datetime
    actor: str
    action: str
    target_kind: str
    target_id: str
    details: str
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class DamagedLink:
    """An entry whose stored columns cannot be read as a link: a changed column type, a
    malformed time, an unreadable page. It counts as tampered (issue #17, item 8)."""

    seq: int | None  # its number, when at least that is readable
    problem: str


@dataclass(frozen=True)
class ChainHead:
    """The newest link as remembered somewhere other than the audit table."""

    seq: int
    hash: str


@dataclass(frozen=True)
class ChainReport:
    """The outcome of a verification; ``first_bad`` names the first link that fails."""

    ok: bool
    entries: int
    head: ChainHead
    first_bad: int | None = None
    problem: str = ""


def is_link_hash(value: object) -> bool:
    """Whether ``value`` has the shape of a link hash: 64 lower-case hex digits."""
    return isinstance(value, str) and _HEX64.fullmatch(value) is not None


def parse_head(data: object) -> ChainHead:
    """A head as kept outside the database, checked field by field.

    The head file is what makes deleting the newest entries visible, so anything but an
    exact ``{"seq": N, "hash": H}`` with N ≥ 1 is refused: a head of 0 or below would
    otherwise vouch for nothing (issue #17, item 3).

    Raises:
        ValueError: the shape, the number or the hash is wrong; the message says which.
    """
    if not isinstance(data, dict) or set(data) != {"seq", "hash"}:
        raise ValueError("it is not a head record (exactly seq and hash)")
    seq, value = data["seq"], data["hash"]
    if isinstance(seq, bool) or not isinstance(seq, int) or seq < 1:
        raise ValueError(f"its entry number {seq!r} is not a positive whole number")
    if not is_link_hash(value):
        raise ValueError("its hash is not 64 hexadecimal digits")
    return ChainHead(seq, value)


def canonical_details(details: Mapping[str, object]) -> str:
    """Details as JSON text that hashes the same on every machine and database."""
    return json.dumps(details, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def timestamp_text(moment: datetime) -> str:
    """The time as hashed: UTC to the microsecond, whatever the database hands back."""
    return as_utc(moment).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def link_hash(
    *,
    seq: int,
    at: datetime,
    actor: str,
    action: str,
    target_kind: str,
    target_id: str,
    details: str,
    prev_hash: str,
) -> str:
    """SHA-256 over the link's fields, length-prefixed so no two field splits collide."""
    digest = hashlib.sha256()
    for field in (
        str(seq),
        timestamp_text(at),
        actor,
        action,
        target_kind,
        target_id,
        details,
        prev_hash,
    ):
        data = field.encode("utf-8")
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def _link_problem(link: ChainLink, expected_seq: int, prev_hash: str) -> str:
    if link.seq != expected_seq:
        return (
            f"numbered {link.seq} where {expected_seq} belongs (entry missing, inserted or moved)"
        )
    if link.prev_hash != prev_hash:
        return "does not follow the entry before it (an entry was removed, inserted or moved)"
    recomputed = link_hash(
        seq=link.seq,
        at=link.at,
        actor=link.actor,
        action=link.action,
        target_kind=link.target_kind,
        target_id=link.target_id,
        details=link.details,
        prev_hash=link.prev_hash,
    )
    if recomputed != link.hash:
        return "its content does not match its hash (the entry was changed)"
    return ""


def verify_links(
    links: Iterable[ChainLink | DamagedLink],
    *,
    table_head: ChainHead | None,
    outside_heads: Iterable[ChainHead],
) -> ChainReport:
    """Walk the chain in sequence order and compare its end with every head kept elsewhere.

    Args:
        links: the entries ordered by ``seq``, streamed; a damaged one ends the walk there.
        table_head: the head row stored beside the entries (``None`` when it is missing).
        outside_heads: heads kept outside the database (the station folder's file, printed
            registers); each must be a link of the chain with the same hash.
    """
    expected_seq, prev_hash, count = 1, GENESIS_HASH, 0
    seen: dict[int, str] = {}
    outside = {head.seq: head for head in outside_heads}
    for link in links:
        if isinstance(link, DamagedLink):
            bad = link.seq if link.seq is not None else expected_seq
            return ChainReport(
                False, count, ChainHead(expected_seq - 1, prev_hash), bad, link.problem
            )
        problem = _link_problem(link, expected_seq, prev_hash)
        if problem:
            return ChainReport(
                False, count, ChainHead(expected_seq - 1, prev_hash), link.seq, problem
            )
        if link.seq in outside:
            seen[link.seq] = link.hash
        expected_seq, prev_hash, count = link.seq + 1, link.hash, count + 1
    end = ChainHead(expected_seq - 1, prev_hash)
    return _compare_heads(end, count, table_head, outside, seen)


def _compare_heads(
    end: ChainHead,
    count: int,
    table_head: ChainHead | None,
    outside: dict[int, ChainHead],
    seen: dict[int, str],
) -> ChainReport:
    if table_head is None or table_head != end:
        return ChainReport(
            False,
            count,
            end,
            end.seq + 1,
            "the chain ends before its head record (newest entries removed?)",
        )
    for seq, head in sorted(outside.items()):
        if seq > end.seq:
            return ChainReport(
                False,
                count,
                end,
                end.seq + 1,
                f"entries up to #{seq} were recorded outside the database but are gone",
            )
        if seen.get(seq) != head.hash:
            return ChainReport(
                False,
                count,
                end,
                seq,
                "differs from its hash kept outside the database (the chain was rewritten)",
            )
    return ChainReport(True, count, end)
