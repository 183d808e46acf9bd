"""Tiny synthetic camera files made with PyAV, once per test session, then copied as needed.

Every video is 64x48, a few frames of seeded noise, so two seeds never share bytes and the
whole suite's media takes well under a second to make.
"""

import atexit
import functools
import shutil
import tempfile
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

_CACHE = Path(tempfile.mkdtemp(prefix="evidence-media-"))
atexit.register(shutil.rmtree, _CACHE, True)


@functools.cache
def sample_video(
    seed: int = 0,
    *,
    frames: int = 10,
    size: tuple[int, int] = (64, 48),
    fps: int = 10,
    created: str | None = "2026-11-25T06:30:12Z",
) -> Path:
    """An H.264 MP4 of ``frames`` noise frames; the path is shared, copy it before changing."""
    path = _CACHE / f"sample-{seed}-{frames}-{size[0]}x{size[1]}-{fps}.mp4"
    rng = np.random.default_rng(seed)
    with av.open(str(path), "w") as container:
        if created:
            container.metadata["creation_time"] = created
        stream = container.add_stream("libx264", rate=fps)
        stream.width, stream.height, stream.pix_fmt = size[0], size[1], "yuv420p"
        stream.codec_context.time_base = Fraction(1, fps)
        for _ in range(frames):
            picture = rng.integers(0, 255, (size[1], size[0], 3), dtype=np.uint8)
            for packet in stream.encode(av.VideoFrame.from_ndarray(picture, format="rgb24")):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return path


@functools.cache
def truncated_video(seed: int = 900) -> Path:
    """A video cut off in the middle, as a camera leaves it when its battery dies."""
    whole = sample_video(seed, frames=30).read_bytes()
    path = _CACHE / f"truncated-{seed}.mp4"
    path.write_bytes(whole[: len(whole) * 2 // 3])
    return path


def copy_video(target: Path, seed: int = 0, **options: object) -> Path:
    """Put a sample video at ``target`` (parents created) and return ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(sample_video(seed, **options), target)  # type: ignore[arg-type]
    return target
