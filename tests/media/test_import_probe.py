"""The import probe's damage check on whole and cut-off files of the containers cameras write."""

from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest

from app.media.import_probe import probe_for_import


def encode(
    path: Path, *, codec: str = "libx264", seconds: int = 6, options: dict[str, str] | None = None
) -> Path:
    """``seconds`` of noise at 10 fps with a keyframe every 2 s, as a camera writes it."""
    rng = np.random.default_rng(7)
    with av.open(str(path), "w", options=options or {}) as container:
        video = container.add_stream(codec, rate=10)
        video.width, video.height = 64, 48
        video.pix_fmt = "yuvj420p" if codec == "mjpeg" else "yuv420p"
        video.codec_context.time_base = Fraction(1, 10)
        video.codec_context.gop_size = 20
        for _ in range(seconds * 10):
            picture = rng.integers(0, 255, (48, 64, 3), dtype=np.uint8)
            for packet in video.encode(av.VideoFrame.from_ndarray(picture, format="rgb24")):
                container.mux(packet)
        for packet in video.encode():
            container.mux(packet)
    return path


def cut(path: Path, fraction: float) -> Path:
    data = path.read_bytes()
    target = path.with_name(f"cut-{path.name}")
    target.write_bytes(data[: int(len(data) * fraction)])
    return target


@pytest.mark.parametrize(
    ("name", "codec", "options"),
    [
        ("whole.ts", "libx264", None),  # MPEG-TS: no index, seeks are guesses by bytes
        ("whole.mp4", "libx264", None),
        ("whole-faststart.mp4", "libx264", {"movflags": "faststart"}),
        ("whole.avi", "mjpeg", None),
    ],
)
def test_a_whole_file_is_not_damaged(
    tmp_path: Path, name: str, codec: str, options: dict[str, str] | None
) -> None:
    facts = probe_for_import(encode(tmp_path / name, codec=codec, options=options))
    assert facts.damage is None
    assert facts.duration_s == pytest.approx(6.0, abs=0.2)


def test_a_long_mpeg_ts_file_is_not_damaged(tmp_path: Path) -> None:
    """Long enough that the tail is far from the start: the seek lands past the last keyframe."""
    facts = probe_for_import(encode(tmp_path / "long.ts", seconds=40))
    assert facts.damage is None


def test_an_mp4_cut_off_after_its_index_is_truncated(tmp_path: Path) -> None:
    """The index (faststart) promises 6 s; the pictures stop at about a third."""
    whole = encode(tmp_path / "camera.mp4", options={"movflags": "faststart"})
    assert probe_for_import(cut(whole, 0.35)).damage == (
        "truncated: the end of the file cannot be decoded"
    )


def test_an_mp4_cut_off_before_its_index_cannot_be_opened(tmp_path: Path) -> None:
    whole = encode(tmp_path / "camera.mp4")
    assert probe_for_import(cut(whole, 0.6)).damage.startswith("cannot be opened as media")  # type: ignore[union-attr]


def test_a_file_that_is_no_media_is_reported_not_raised(tmp_path: Path) -> None:
    junk = tmp_path / "DSJ_0001.MP4"
    junk.write_bytes(b"\x00" * 4096)
    assert probe_for_import(junk).damage.startswith("cannot be opened as media")  # type: ignore[union-attr]
