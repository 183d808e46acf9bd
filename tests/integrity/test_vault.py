"""The vault: content addressing, read-only originals, nothing left behind on failure."""

import hashlib
import os
import stat
import subprocess
import threading
from pathlib import Path

import pytest

from app.integrity.digests import CHUNK_SIZE, OperationCancelledError
from app.integrity.vault import (
    INCOMING,
    CopyMismatchError,
    SourceReadError,
    Vault,
    VaultFullError,
)


def leftovers(vault: Vault) -> list[Path]:
    return list((vault.root / INCOMING).glob("*"))


def test_store_addresses_by_content_and_makes_the_copy_read_only(tmp_path: Path) -> None:
    data = os.urandom(CHUNK_SIZE + 5)
    # Deeper than Windows' old 260-character limit, in Chinese.
    source = tmp_path.joinpath(*["很长的文件夹名字" * 6] * 6, "源 文件.MP4")
    assert len(str(source)) > 300
    source.parent.mkdir(parents=True)
    source.write_bytes(data)
    vault = Vault(tmp_path / "vault")
    stored = vault.store(source)
    sha = hashlib.sha256(data).hexdigest()
    assert stored.path == tmp_path / "vault" / sha[:2] / sha[2:4] / sha
    assert stored.path.read_bytes() == data
    assert stored.digests.sm3 == hashlib.new("sm3", data).hexdigest()
    assert not stored.path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    assert not stored.was_present
    again = vault.store(source)
    assert again.was_present and again.path == stored.path
    assert leftovers(vault) == []
    assert source.read_bytes() == data  # the source is only read


def test_a_source_that_shrinks_mid_copy_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "camera.MP4"
    source.write_bytes(os.urandom(CHUNK_SIZE * 3))
    vault = Vault(tmp_path / "vault")

    def pull_the_cable(_count: int) -> None:
        with source.open("r+b") as handle:
            handle.truncate(CHUNK_SIZE + 100)

    with pytest.raises(SourceReadError, match="changed while it was copied"):
        vault.store(source, on_bytes=pull_the_cable)
    assert leftovers(vault) == []
    assert not any(p.is_file() for p in vault.root.rglob("*") if INCOMING not in p.parts)


def test_a_source_deleted_mid_copy_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "camera.MP4"
    source.write_bytes(os.urandom(CHUNK_SIZE * 2))
    vault = Vault(tmp_path / "vault")
    with pytest.raises(SourceReadError):
        vault.store(source, on_bytes=lambda _n: source.unlink(missing_ok=True))
    assert leftovers(vault) == []


def test_a_copy_that_reads_back_differently_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = os.urandom(CHUNK_SIZE * 2 + 3)
    source = tmp_path / "camera.MP4"
    source.write_bytes(data)
    vault = Vault(tmp_path / "vault")
    real_fsync = os.fsync
    spot = CHUNK_SIZE + 7

    def fsync_after_a_bad_write(descriptor: int) -> None:
        """A disk that stored one byte wrong: what is read back is not what was sent."""
        if os.fstat(descriptor).st_size == len(data):
            os.pwrite(descriptor, bytes([data[spot] ^ 0x01]), spot)
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", fsync_after_a_bad_write)
    with pytest.raises(CopyMismatchError, match="differs from the source"):
        vault.store(source)
    monkeypatch.undo()
    assert leftovers(vault) == []
    assert not any(p.is_file() for p in vault.root.rglob("*") if INCOMING not in p.parts)
    assert vault.store(source).path.read_bytes() == data  # a second try stores it


def test_cancel_removes_the_partial_copy(tmp_path: Path) -> None:
    source = tmp_path / "camera.MP4"
    source.write_bytes(os.urandom(CHUNK_SIZE * 3))
    vault = Vault(tmp_path / "vault")
    cancel = threading.Event()
    with pytest.raises(OperationCancelledError):
        vault.store(source, cancel=cancel, on_bytes=lambda _n: cancel.set())
    assert leftovers(vault) == []


def test_stale_partial_copies_of_dead_processes_are_removed(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "vault")
    (vault.root / INCOMING).mkdir(parents=True)
    finished = subprocess.Popen(["true"])
    finished.wait()
    stale = vault.root / INCOMING / f"{finished.pid}-abc.part"
    live = vault.root / INCOMING / f"{os.getpid()}-def.part"
    stale.write_bytes(b"half")
    live.write_bytes(b"in progress")
    assert vault.remove_stale_temporaries() == 1
    assert not stale.exists() and live.exists()


@pytest.fixture
def tiny_vault(tmp_path: Path):
    folder = tmp_path / "tiny"
    folder.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tiny tmpfs needs root")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs: {mounted.stderr.decode().strip()}")
    yield folder
    subprocess.run(["umount", str(folder)], check=False)


def test_a_full_disk_leaves_nothing_behind(tmp_path: Path, tiny_vault: Path) -> None:
    source = tmp_path / "big.MP4"
    source.write_bytes(os.urandom(3 * 1024 * 1024))
    vault = Vault(tiny_vault)
    with pytest.raises(VaultFullError, match="full"):
        vault.store(source)
    assert leftovers(vault) == []
    small = tmp_path / "small.MP4"
    small.write_bytes(b"fits")
    assert vault.store(small).path.read_bytes() == b"fits"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("swap", ["fifo", "device"])
def test_a_source_swapped_for_a_pipe_or_device_is_refused_unread(tmp_path: Path, swap: str) -> None:
    """The walk saw a regular file; by the copy it is a FIFO (which a plain open blocks on
    until a writer comes) or a link to ``/dev/zero`` (which reads until the vault is full)."""
    source = tmp_path / "DSJ_0001.MP4"
    if swap == "fifo":
        os.mkfifo(source)
    else:
        source.symlink_to("/dev/zero")
    vault = Vault(tmp_path / "vault")
    with pytest.raises(SourceReadError, match="not a regular file"):
        vault.store(source)
    assert not [p for p in vault.root.rglob("*") if p.is_file()]
