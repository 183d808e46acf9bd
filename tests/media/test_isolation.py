"""The child process that decodes untrusted files: results, crashes, hangs, cancel."""

import os
import threading
from pathlib import Path

import pytest

from app.media.errors import DecoderCrashError, UnreadableMediaError
from app.media.import_probe import probe_for_import
from app.media.isolation import DecodeCancelledError, MediaChild, MediaChildren
from tests.support import misbehaving
from tests.support.media import sample_video


@pytest.fixture
def child():  # type: ignore[no-untyped-def]
    child = MediaChild(stall_s=5)
    yield child
    child.close()


def test_a_probe_in_the_child_says_what_one_here_says(child: MediaChild) -> None:
    video = sample_video(0)
    assert child.run(probe_for_import, video) == probe_for_import(video)


def test_one_child_serves_many_files_and_is_replaced_after_a_crash(child: MediaChild) -> None:
    first = child.run(misbehaving.pid_of_child, Path("a.mp4"))
    assert first != os.getpid()
    assert child.run(misbehaving.pid_of_child, Path("b.mp4")) == first
    with pytest.raises(DecoderCrashError, match=r"a\.mp4: the decoder crashed \(exit code -?\d+\)"):
        child.run(misbehaving.crash, Path("a.mp4"))
    assert child.run(misbehaving.pid_of_child, Path("c.mp4")) not in (first, os.getpid())


def test_a_hung_decoder_is_killed(tmp_path: Path) -> None:
    child = MediaChild(stall_s=1)
    try:
        with pytest.raises(DecoderCrashError, match="stopped responding"):
            child.run(misbehaving.hang, tmp_path / "a.mp4")
        assert child.run(misbehaving.pid_of_child, tmp_path / "b.mp4") != os.getpid()
    finally:
        child.close()


def test_an_error_in_the_job_is_a_media_error(child: MediaChild) -> None:
    with pytest.raises(UnreadableMediaError, match="ValueError: cannot parse a.mp4"):
        child.run(misbehaving.fail, Path("a.mp4"))


def test_progress_arrives_and_cancel_stops_the_child(child: MediaChild) -> None:
    seen: list[float] = []
    assert child.run(misbehaving.count_to_three, Path("a.mp4"), on_progress=seen.append) == 3
    assert seen == [0.0, 1.0, 2.0]
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(DecodeCancelledError):
        child.run(misbehaving.hang, Path("a.mp4"), cancel=cancel)


def test_children_of_a_batch_are_reused_and_closed() -> None:
    with MediaChildren(stall_s=5) as children:
        pids = {children.run(misbehaving.pid_of_child, Path(f"{n}.mp4")) for n in range(3)}
    assert len(pids) == 1
