"""The frame index of a video: every frame's timestamp and the keyframe to decode it from.

Frame N (DESIGN §3.2) is the N-th frame in presentation order of the first video stream,
after the edit list and the start offset. The index is built by demuxing packets only (no
decoding), so a two-hour recording is indexed in seconds, and is then stored so that
opening the recording later costs no rescan.

Codec quirks handled here:
- B-frames: packets arrive in decode order; sorting their PTS gives presentation order.
- Open GOPs: leading pictures after an I-frame in decode order show *before* it and
  reference the previous GOP, so each frame's start keyframe is the last keyframe that
  precedes it in decode order *and* does not show after it.
- Edit lists (mov/mp4): FFmpeg's mov demuxer marks the packets before the edit's start
  with the discard flag; the decoder drops their pictures, so they are not frames.
- Missing PTS (AVI, some MPEG-TS): fall back to DTS, then to decode order.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import zipfile
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from app.core.atomic import write_atomically
from app.media.decoding import decoding
from app.media.errors import NotVideoError, UnreadableMediaError

log = logging.getLogger(__name__)

FORMAT_VERSION = 1


@dataclass(frozen=True, eq=False)
class FrameIndex:
    """Per frame, in presentation order: its PTS and the keyframe to start decoding from.

    All timestamps are in ``time_base`` units. ``key_dts[n]`` and ``key_pts[n]`` are the
    decode and presentation timestamps of the keyframe packet decoding must start from to
    produce frame ``n`` (the demuxer seeks by DTS; that packet may itself be no frame, when
    an edit list cuts it away); ``key_frame[n]`` is the first frame that decoding yields.
    """

    time_base: Fraction
    pts: np.ndarray
    key_frame: np.ndarray
    key_dts: np.ndarray
    key_pts: np.ndarray
    last_duration: int

    def __len__(self) -> int:
        return int(self.pts.size)

    @property
    def keyframes(self) -> np.ndarray:
        """Frame numbers at which decoding can start, ascending."""
        return np.unique(self.key_frame)

    def start_of(self, n: int) -> tuple[int, int]:
        """(DTS, PTS) of the keyframe packet that decoding frame ``n`` starts from."""
        return int(self.key_dts[n]), int(self.key_pts[n])

    def seconds(self) -> np.ndarray:
        """Each frame's time in seconds from frame 0 (the contract's timeline)."""
        return (self.pts - self.pts[0]).astype(np.float64) * float(self.time_base)

    def frame_of_pts(self, pts: int) -> int | None:
        """The frame number whose PTS is ``pts``, or ``None`` when no frame has it."""
        n = int(np.searchsorted(self.pts, pts))
        return n if n < len(self) and int(self.pts[n]) == pts else None

    @property
    def start_time(self) -> float:
        return float(self.pts[0] * self.time_base)

    @property
    def duration(self) -> float:
        """From the first frame's start to the end of the last frame."""
        return float((int(self.pts[-1]) - int(self.pts[0]) + self.last_duration) * self.time_base)

    def to_bytes(self) -> bytes:
        """A compact, versioned serialisation (for the database or a cache file)."""
        buffer = io.BytesIO()
        np.savez_compressed(
            buffer,
            version=np.array([FORMAT_VERSION]),
            time_base=np.array([self.time_base.numerator, self.time_base.denominator]),
            pts=self.pts,
            key_frame=self.key_frame,
            key_dts=self.key_dts,
            key_pts=self.key_pts,
            last_duration=np.array([self.last_duration]),
        )
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> FrameIndex:
        with np.load(io.BytesIO(data)) as arrays:
            if int(arrays["version"][0]) != FORMAT_VERSION:
                raise ValueError("frame index of another format version")
            num, den = (int(v) for v in arrays["time_base"])
            return cls(
                Fraction(num, den),
                arrays["pts"].astype(np.int64),
                arrays["key_frame"].astype(np.int64),
                arrays["key_dts"].astype(np.int64),
                arrays["key_pts"].astype(np.int64),
                int(arrays["last_duration"][0]),
            )


def open_container(path: Path) -> av.container.InputContainer:
    """Open ``path`` for reading, as a domain error when it is not readable media."""
    if not path.is_file():
        raise UnreadableMediaError("media.no-file", path=path)
    try:
        return av.open(str(path), mode="r")
    except (av.FFmpegError, OSError, UnicodeDecodeError) as exc:
        raise UnreadableMediaError("media.unreadable", path=path, detail=str(exc)) from None


def video_stream(container: av.container.InputContainer, path: Path) -> av.video.VideoStream:
    if not container.streams.video:
        raise NotVideoError("media.no-video", path=path)
    stream = container.streams.video[0]
    if stream.codec_context is None:
        # A damaged stream description (e.g. a wrong box size before mp4's ``minf``)
        # leaves PyAV without a decoder for the stream.
        raise UnreadableMediaError("media.no-codec", path=path)
    return stream


@dataclass
class _Packet:
    pts: int
    dts: int
    key: bool
    discard: bool


def _read_packets(path: Path) -> tuple[list[_Packet], Fraction, int]:
    """The video stream's packets in decode order (no decoding), discarded ones flagged.

    Call under ``decoding``: a damaged file fails anywhere in the demuxer.
    """
    container = open_container(path)
    try:
        stream = video_stream(container, path)
        packets, last_duration, order = [], 0, 0
        for packet in container.demux(stream):
            if packet.size == 0:
                continue
            dts = packet.dts if packet.dts is not None else packet.pts
            dts = dts if dts is not None else (packets[-1].dts + 1 if packets else order)
            pts = packet.pts if packet.pts is not None else dts
            packets.append(_Packet(pts, dts, packet.is_keyframe, packet.is_discard))
            last_duration, order = packet.duration or 0, order + 1
        time_base = stream.time_base
    finally:
        container.close()
    return packets, time_base, last_duration


def _start_keys(packets: list[_Packet]) -> list[_Packet]:
    """For each packet (decode order), the keyframe packet its decoding must start from."""
    keys: list[_Packet] = []
    starts = []
    for packet in packets:
        if packet.key or not keys:
            keys.append(packet)
        k = len(keys) - 1
        # An open GOP's leading pictures show before their I-frame: start one GOP earlier.
        while k > 0 and keys[k].pts > packet.pts:
            k -= 1
        starts.append(keys[k])
    return starts


def build_index(path: Path) -> FrameIndex:
    """Demux ``path`` once and index its first video stream's frames.

    Raises:
        UnreadableMediaError: the file cannot be read as media.
        NotVideoError: it has no video stream, or a video stream without frames.
    """
    with decoding(path):
        return _index_of(path, *_read_packets(path))


def _index_of(
    path: Path, packets: list[_Packet], time_base: Fraction, last_duration: int
) -> FrameIndex:
    starts = _start_keys(packets)
    kept = [i for i, p in enumerate(packets) if not p.discard]
    if not kept:
        raise NotVideoError("media.no-frames", path=path)
    pts = np.array([packets[i].pts for i in kept], np.int64)
    order = np.argsort(pts, kind="stable")
    sorted_pts = pts[order]
    key_pts = np.array([starts[i].pts for i in kept], np.int64)[order]
    key_dts = np.array([starts[i].dts for i in kept], np.int64)[order]
    key_frame = np.searchsorted(sorted_pts, key_pts).astype(np.int64)
    if last_duration <= 0 and len(kept) > 1:
        last_duration = int(np.median(np.diff(sorted_pts)))
    log.info("indexed %s: %d frames, %d keyframes", path.name, len(pts), len(set(key_dts)))
    return FrameIndex(time_base, sorted_pts, key_frame, key_dts, key_pts, last_duration)


def cache_key(path: Path) -> str:
    """Names a bare file's index by path, size and modification time (a changed file misses)."""
    stat = path.stat()
    text = f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|v{FORMAT_VERSION}"
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def user_cache_dir() -> Path:
    """The per-user cache folder for indexes of bare files (not recordings of a station)."""
    if os.name == "nt":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
        return base / "EvidenceStation" / "cache" / "frame-index"
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    return base / "evidence-station" / "frame-index"


def load_or_build(path: Path, cache_dir: Path | None = None) -> FrameIndex:
    """The index of a bare file, from the cache when the file has not changed since."""
    if not path.is_file():
        raise UnreadableMediaError("media.no-file", path=path)
    folder = cache_dir if cache_dir is not None else user_cache_dir()
    cached = folder / f"{cache_key(path)}.npz"
    try:
        return FrameIndex.from_bytes(cached.read_bytes())
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):
        pass  # no cache yet, or a damaged one: rebuild it
    index = build_index(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomically(cached, index.to_bytes())
    except OSError as exc:
        log.warning("frame index cache not written: %s", exc)
    return index
