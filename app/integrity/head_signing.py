"""Signatures over the audit chain's head: what is signed, and how a signature is checked.

Hashes alone let anyone who can write the database extend the chain with entries whose
hashes are all correct (issue #17, item 4). The head is therefore signed with an Ed25519
key the database does not hold; a head whose signature does not verify was moved by
someone without the key. The same keys sign witness statements, the heads one station
hands to another so that a station that rewrites its own history is caught by its
neighbours.
"""

import hashlib
import json
from collections.abc import Mapping

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

HEAD_CONTEXT = b"evidence-station/audit-head/v1\n"
STATEMENT_CONTEXT = b"evidence-station/witness-statement/v1\n"


def head_message(seq: int, head_hash: str) -> bytes:
    """The bytes a head signature covers; the prefix keeps it apart from any other use."""
    return HEAD_CONTEXT + f"{seq}\n{head_hash}".encode("ascii")


def statement_message(statement: Mapping[str, object]) -> bytes:
    """The bytes a witness statement's signature covers: every field but the signature."""
    fields = {k: v for k, v in statement.items() if k != "signature"}
    text = json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return STATEMENT_CONTEXT + text.encode("utf-8")


def public_hex(key: Ed25519PrivateKey) -> str:
    return key.public_key().public_bytes_raw().hex()


def key_id(public_key_hex: str) -> str:
    """A short, stable name of a public key: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(bytes.fromhex(public_key_hex)).hexdigest()[:16]


def fingerprint(public_key_hex: str) -> str:
    """The key id in groups of four, as printed on paper and read aloud."""
    ident = key_id(public_key_hex)
    return " ".join(ident[i : i + 4] for i in range(0, len(ident), 4))


def sign(key: Ed25519PrivateKey, message: bytes) -> str:
    return key.sign(message).hex()


def is_valid(public_key_hex: str, message: bytes, signature_hex: object) -> bool:
    """Whether ``signature_hex`` is that key's signature of ``message``; never raises."""
    if not isinstance(signature_hex, str):
        return False
    try:
        public = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex))
        public.verify(bytes.fromhex(signature_hex), message)
    except (ValueError, InvalidSignature):
        return False
    return True
