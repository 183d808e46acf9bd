"""The full decode check: clean files are clean, damage inside is found and placed."""

from pathlib import Path

import pytest

from app.media.decode_check import check_decoding
from app.media.import_probe import probe_for_import
from tests.support import corpus
from tests.support.media import sample_video
from tests.support.mutants import wrong_size_before_minf, zeroed_inside


@pytest.fixture(scope="module")
def media(tmp_path_factory: pytest.TempPathFactory) -> dict[str, corpus.CorpusFile]:
    return corpus.build(corpus.corpus_folder(tmp_path_factory.getbasetemp()))


@pytest.mark.parametrize("name", corpus.CASE_NAMES)
def test_every_corpus_file_decodes_cleanly(media, name: str) -> None:  # type: ignore[no-untyped-def]
    item = media[name]
    result = check_decoding(item.path)
    assert result.clean, result
    assert result.frames == len(item.truth)


def test_damage_the_import_probe_misses_is_found_with_its_place(tmp_path: Path) -> None:
    path = zeroed_inside(sample_video(5, frames=30), tmp_path / "zeroed.mp4")
    assert probe_for_import(path).damage is None  # why the full check exists (issue #17)
    seen: list[float] = []
    result = check_decoding(path, on_progress=seen.append)
    assert not result.clean
    assert result.reason is not None and result.reason.startswith("decode errors: ")
    # sample_video runs at 10 fps: the frame number and the time agree.
    assert result.first_bad_s is not None and result.first_bad_frame is not None
    assert 0 < result.first_bad_frame < 30
    assert result.first_bad_frame == round(result.first_bad_s * 10)


def test_a_file_that_does_not_open_is_damaged_at_the_start(tmp_path: Path) -> None:
    junk = tmp_path / "junk.mp4"
    junk.write_bytes(b"\x00 not a video " * 100)
    result = check_decoding(junk)
    assert (result.clean, result.frames, result.first_bad_frame) == (False, 0, 0)
    broken = wrong_size_before_minf(sample_video(0), tmp_path / "hdlr.mp4", 0)
    assert not check_decoding(broken).clean
