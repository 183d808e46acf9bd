"""Exact frames on every kind of file the corpus holds: the picture read back is the index."""

import random
from pathlib import Path

import numpy as np
import pytest

from app.media.frame_index import FrameIndex, build_index, load_or_build
from app.media.frames import FrameReader
from tests.support import corpus

FRAME_BYTES = corpus.WIDTH * corpus.HEIGHT * 3 // 2


@pytest.fixture(scope="session")
def media(tmp_path_factory: pytest.TempPathFactory) -> dict[str, corpus.CorpusFile]:
    return corpus.build(corpus.corpus_folder(tmp_path_factory.getbasetemp()))


def shown(reader: FrameReader, n: int, rotation: int) -> int | None:
    return corpus.read_index(corpus.unrotate(reader.picture(n), rotation))


@pytest.mark.parametrize("name", corpus.CASE_NAMES)
def test_the_index_counts_the_frames_ffmpeg_shows(media, name: str) -> None:
    item = media[name]
    index = build_index(item.path)
    assert len(index) == len(item.truth)
    assert None not in item.truth
    assert np.all(np.diff(index.pts) > 0)


@pytest.mark.parametrize("name", corpus.CASE_NAMES)
def test_every_frame_is_exact_forward_and_backward(media, name: str) -> None:
    item = media[name]
    n = len(item.truth)
    # A cache of four frames forces seeks all the time: the keyframe path, not the cache.
    with FrameReader(item.path, cache_bytes=4 * FRAME_BYTES) as reader:
        forward = [shown(reader, i, item.case.rotation) for i in range(n)]
        backward = [shown(reader, i, item.case.rotation) for i in reversed(range(n))]
    assert forward == item.truth
    assert backward[::-1] == item.truth


@pytest.mark.parametrize("name", corpus.CASE_NAMES)
def test_random_access_is_exact(media, name: str) -> None:
    item = media[name]
    picks = random.Random(name).choices(range(len(item.truth)), k=40)
    with FrameReader(item.path, cache_bytes=4 * FRAME_BYTES) as reader:
        assert [shown(reader, i, item.case.rotation) for i in picks] == [
            item.truth[i] for i in picks
        ]


def test_the_edit_list_hides_the_frames_before_its_start(media) -> None:
    item = media["edit_list"]
    assert item.truth[0] == 18  # -ss 0.7 at 25 fps, cut inside a GOP
    with FrameReader(item.path) as reader:
        assert shown(reader, 0, 0) == 18
        assert reader.index.start_time == 0.0


def test_rotation_turns_the_picture_clockwise(media) -> None:
    with FrameReader(media["rotation_90"].path) as reader:
        picture = reader.picture(7)
        assert reader.rotation == 90
    assert picture.shape[:2] == (corpus.WIDTH, corpus.HEIGHT)
    # Turned back counter-clockwise it reads; turned the other way it does not.
    assert corpus.read_index(np.rot90(picture, k=1)) == 7
    assert corpus.read_index(np.rot90(picture, k=-1)) is None


def test_the_open_gop_leading_frames_start_one_gop_earlier(media) -> None:
    index = build_index(media["h264_bframes_open_gop"].path)
    keys = index.keyframes
    assert keys.size >= 3
    # Some frame before a keyframe (in presentation order) decodes from an earlier one.
    for key in keys[1:]:
        assert int(index.key_frame[key - 1]) < key


def test_stepping_back_within_the_gop_decodes_nothing(media) -> None:
    item = media["long_gop_audio"]
    with FrameReader(item.path) as reader:
        reader.frame(90)
        decoded = reader.stats.decoded
        for n in range(89, 80, -1):
            assert shown(reader, n, 0) == n
        assert reader.stats.decoded == decoded


def test_stepping_forward_decodes_one_frame_more(media) -> None:
    item = media["long_gop_audio"]
    with FrameReader(item.path) as reader:
        reader.frame(50)
        seeks = reader.stats.seeks
        for n in range(51, 60):
            assert shown(reader, n, 0) == n
        assert reader.stats.seeks == seeks
        assert reader.stats.decoded <= 60 + 8  # decoder delay, never a second pass


def test_random_access_decodes_from_the_keyframe_not_the_start(media) -> None:
    item = media["long_gop_audio"]  # keyframes at 0 and 100
    with FrameReader(item.path, cache_bytes=4 * FRAME_BYTES) as reader:
        assert shown(reader, 110, 0) == 110
        assert reader.stats.decoded <= 11 + 8


def test_the_index_round_trips_and_caches(media, tmp_path: Path) -> None:
    path = media["vfr"].path
    index = build_index(path)
    again = FrameIndex.from_bytes(index.to_bytes())
    assert np.array_equal(again.pts, index.pts)
    assert np.array_equal(again.key_dts, index.key_dts)
    assert again.time_base == index.time_base
    cached = load_or_build(path, tmp_path)
    assert list(tmp_path.glob("*.npz"))
    assert np.array_equal(load_or_build(path, tmp_path).pts, cached.pts)
