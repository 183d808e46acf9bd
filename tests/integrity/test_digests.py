"""One read pass gives the same SHA-256 and SM3 as hashing the bytes directly."""

import hashlib
import threading
import zlib
from pathlib import Path

import pytest

from app.integrity.digests import (
    CHUNK_SIZE,
    MultiDigest,
    OperationCancelledError,
    crc32_of_file,
    digest_file,
)


@pytest.mark.parametrize("size", [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE * 3 + 17])
def test_digests_match_hashlib(tmp_path: Path, size: int) -> None:
    data = bytes(range(256)) * (size // 256) + bytes(size % 256)
    path = tmp_path / "文件.bin"
    path.write_bytes(data)
    digests = digest_file(path)
    assert digests.sha256 == hashlib.sha256(data).hexdigest()
    assert digests.sm3 == hashlib.new("sm3", data).hexdigest()
    assert digests.size == size
    assert crc32_of_file(path) == zlib.crc32(data)


def test_sm3_known_answer() -> None:
    """GB/T 32905 test vector: SM3("abc")."""
    with MultiDigest() as multi:
        multi.update(b"abc")
        values = multi.hexdigests()
    assert values["sm3"] == "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"


def test_cancel_stops_between_chunks(tmp_path: Path) -> None:
    path = tmp_path / "big.bin"
    path.write_bytes(b"x" * (CHUNK_SIZE * 3))
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(OperationCancelledError):
        digest_file(path, cancel=cancel)
    assert {t.name for t in threading.enumerate()}.isdisjoint({"digest-sha256", "digest-sm3"})
