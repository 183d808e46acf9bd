"""Damaged files through every decoding entry point: a domain error or a result, no crash."""

import struct
from pathlib import Path

import cv2
import pytest

from app.core.errors import EvidenceStationError
from app.media.decoding import decoding
from app.media.errors import NotVideoError, UnreadableMediaError
from app.media.frame_index import build_index
from app.media.frames import FrameReader
from app.media.import_probe import probe_for_import
from app.media.probe import probe
from app.media.thumbnails import make_thumbnails
from tests.support import corpus
from tests.support.media import sample_video
from tests.support.mutants import KINDS, mutants, wrong_size_before_minf

#: Originals for the mutants: a plain camera MP4, B-frames with an open GOP, MPEG-TS, AVI.
_ORIGINALS = ("h264_bframes_open_gop", "mpegts_audio", "mjpeg_avi")
_PER_ORIGINAL = 2 * len(KINDS)


@pytest.fixture(scope="module")
def originals(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    files = corpus.build(corpus.corpus_folder(tmp_path_factory.getbasetemp()))
    return [sample_video(3, frames=20), *(files[name].path for name in _ORIGINALS)]


def hdlr_sized(folder: Path, size: int) -> Path:
    return wrong_size_before_minf(sample_video(0), folder / f"hdlr-{size}.mp4", size)


def use_every_entry_point(path: Path) -> None:
    """What probe, frame, still and the review window do with a file, end to end."""
    index = build_index(path)
    probe(path, index)
    with FrameReader(path, index) as reader:
        reader.picture(0)
        reader.picture(len(reader) - 1)
        make_thumbnails(reader, 4)


def test_mutants_are_refused_with_a_media_error_or_read(
    originals: list[Path], tmp_path: Path
) -> None:
    outcomes: dict[str, int] = {"read": 0, "refused": 0}
    for original in originals:
        for mutant in mutants(original, seed=17, count=_PER_ORIGINAL):
            path = mutant.write_to(tmp_path)
            facts = probe_for_import(path)  # never raises: damage is a finding
            assert facts.damage is None or facts.damage.strip()
            try:
                use_every_entry_point(path)
                outcomes["read"] += 1
            except (UnreadableMediaError, NotVideoError):
                outcomes["refused"] += 1
    # The mutants do both: some stay readable, many are refused (a check that cannot pass
    # trivially by refusing or by reading everything).
    assert outcomes["read"] > 0 and outcomes["refused"] > 0, outcomes


@pytest.mark.parametrize("size", [0, 8, 44, 0xFFFFFFFF])
def test_wrong_box_size_before_minf_is_unreadable_not_a_crash(tmp_path: Path, size: int) -> None:
    path = hdlr_sized(tmp_path, size)
    with pytest.raises(UnreadableMediaError, match="codec cannot be read"):
        probe(path, None)
    with pytest.raises(UnreadableMediaError):
        FrameReader(path)
    facts = probe_for_import(path)
    assert (facts.damage, facts.codec) == ("the stream's codec cannot be read", None)


@pytest.mark.parametrize(
    "exc",
    [struct.error("unpack requires a buffer"), IndexError("list index out of range"),
     OverflowError("too big"), MemoryError(), AttributeError("'NoneType' has no 'name'"),
     cv2.error("resize: empty picture")],
)  # fmt: skip
def test_the_boundary_turns_decoder_errors_into_the_media_error(exc: Exception) -> None:
    refusal = r"^clip\.mp4: damaged media, cannot be decoded"
    with pytest.raises(UnreadableMediaError, match=refusal), decoding("clip.mp4"):
        raise exc


def test_the_boundary_lets_domain_errors_and_interrupts_through() -> None:
    with pytest.raises(NotVideoError), decoding("clip.mp4"):
        raise NotVideoError("clip.mp4: the file has no video stream")
    with pytest.raises(KeyboardInterrupt), decoding("clip.mp4"):
        raise KeyboardInterrupt
    assert issubclass(UnreadableMediaError, EvidenceStationError)
