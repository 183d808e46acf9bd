"""The public keys a station trusts for its chain head, kept in its folder (``audit-keys.json``).

Each key signs the heads from ``from_seq`` up to ``to_seq`` (open while it is the current
key). The list is also recorded in the chain (one ``audit.key-*`` entry per key), so a key
slipped into the file alone is caught, and so is a key dropped from it.
"""

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from app.core.atomic import write_atomically
from app.integrity.head_signing import key_id

_FIELDS = {"key", "public_key", "from_seq", "to_seq", "created"}


@dataclass(frozen=True)
class TrustedKey:
    key: str
    public_key: str
    from_seq: int
    to_seq: int | None
    created: str

    def covers(self, seq: int) -> bool:
        return self.from_seq <= seq and (self.to_seq is None or seq <= self.to_seq)


class TrustedKeysError(ValueError):
    """The file is there but is not a list of trusted keys."""


def read_trusted_keys(path: Path) -> list[TrustedKey] | None:
    """The keys in ``path``; ``None`` when there is no file.

    Raises:
        TrustedKeysError: the file is unreadable or not exactly the expected shape.
    """
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, RecursionError) as exc:
        raise TrustedKeysError(f"{path.name} is damaged") from exc
    if not isinstance(data, dict) or set(data) != {"keys"} or not isinstance(data["keys"], list):
        raise TrustedKeysError(f"{path.name} is damaged: not a list of keys")
    return [_parse(item, path.name) for item in data["keys"]]


def _parse(item: object, name: str) -> TrustedKey:
    if not isinstance(item, dict) or set(item) != _FIELDS:
        raise TrustedKeysError(f"{name} is damaged: a key entry has the wrong fields")
    key = TrustedKey(**item)
    numbers_ok = all(
        isinstance(n, int) and not isinstance(n, bool) and n >= 1
        for n in (key.from_seq, *([key.to_seq] if key.to_seq is not None else []))
    )
    texts_ok = all(isinstance(t, str) for t in (key.key, key.public_key, key.created))
    if not (numbers_ok and texts_ok) or not _matches(key):
        raise TrustedKeysError(f"{name} is damaged: key {key.key!r} is not well formed")
    return key


def _matches(key: TrustedKey) -> bool:
    try:
        return len(key.public_key) == 64 and key_id(key.public_key) == key.key
    except ValueError:
        return False


def write_trusted_keys(path: Path, keys: list[TrustedKey]) -> None:
    document = {"keys": [asdict(k) for k in keys]}
    write_atomically(path, json.dumps(document, indent=2).encode("utf-8"))
