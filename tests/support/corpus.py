"""A tiny video corpus in which every frame shows its own index, built once per test run.

Each picture is a 4 x 3 grid of big blocks: the top-left block is always white and the
top-right one always black (they give the orientation, so a rotated picture does not read
as a number), the other ten blocks are the bits of the frame's index. Big blocks survive
lossy compression at any quality the encoders pick, so the index reads back exactly.

The truth for a file is what the system ``ffmpeg`` decodes from it (every frame, in
presentation order, no frame-rate conversion): a second decoder we did not write. For most
cases that is simply ``0 .. n-1``; for the edit-list case it starts where the edit starts.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

WIDTH, HEIGHT = 160, 128
COLS, ROWS = 4, 3
BITS = 10
_DATA_CELLS = [c for c in range(COLS * ROWS) if c not in (0, COLS - 1)]


def pattern(index: int) -> np.ndarray:
    """The grey picture (HEIGHT x WIDTH, uint8) that shows ``index``."""
    picture = np.full((HEIGHT, WIDTH), 128, np.uint8)
    cells = {0: 255, COLS - 1: 0}
    for bit, cell in enumerate(_DATA_CELLS):
        cells[cell] = 255 if index >> bit & 1 else 0
    cw, ch = WIDTH // COLS, HEIGHT // ROWS
    for cell, value in cells.items():
        row, col = divmod(cell, COLS)
        picture[row * ch + 2 : (row + 1) * ch - 2, col * cw + 2 : (col + 1) * cw - 2] = value
    return picture


def read_index(picture: np.ndarray) -> int | None:
    """The index a picture shows, or ``None`` when it is not one of ours (or upside down).

    Accepts grey (H x W) or colour (H x W x 3) pictures of the corpus size.
    """
    grey = picture.mean(axis=2) if picture.ndim == 3 else picture.astype(float)
    if grey.shape != (HEIGHT, WIDTH):
        return None
    cw, ch = WIDTH // COLS, HEIGHT // ROWS

    def level(cell: int) -> float:
        row, col = divmod(cell, COLS)
        y, x = row * ch, col * cw
        return float(grey[y + ch // 4 : y + 3 * ch // 4, x + cw // 4 : x + 3 * cw // 4].mean())

    if level(0) < 200 or level(COLS - 1) > 55:
        return None
    value = 0
    for bit, cell in enumerate(_DATA_CELLS):
        lv = level(cell)
        if 55 < lv < 200:
            return None
        value |= (lv >= 128) << bit
    return value


@dataclass(frozen=True)
class Case:
    """One file of the corpus and how it was made."""

    name: str
    suffix: str
    frames: int
    encode: list[str]
    rate: str = "25"
    audio: bool = False
    setpts: str | None = None
    remux: list[str] = field(default_factory=list)
    remux_input: list[str] = field(default_factory=list)
    rotation: int = 0
    keyint: int = 0


X264 = ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"]

CASES = [
    Case(
        "h264_bframes_open_gop",
        ".mp4",
        90,
        [*X264, "-preset", "medium", "-bf", "3", "-x264-params", "open-gop=1:keyint=24:scenecut=0"],
        keyint=24,
    ),
    Case(
        "hevc",
        ".mp4",
        60,
        [
            "-c:v",
            "libx265",
            "-preset",
            "ultrafast",
            "-pix_fmt",
            "yuv420p",
            "-x265-params",
            "keyint=20:min-keyint=20:bframes=3:log-level=error",
        ],
        keyint=20,
    ),
    Case("mjpeg_avi", ".avi", 40, ["-c:v", "mjpeg", "-q:v", "5", "-pix_fmt", "yuvj420p"]),
    Case(
        "mpegts_audio",
        ".ts",
        75,
        [*X264, "-bf", "2", "-g", "25", "-c:a", "mp2"],
        audio=True,
        keyint=25,
    ),
    Case("ntsc_2997", ".mp4", 60, [*X264, "-bf", "2", "-g", "30"], rate="30000/1001", keyint=30),
    Case(
        "vfr",
        ".mkv",
        60,
        [*X264, "-bf", "2", "-g", "15", "-fps_mode", "passthrough"],
        setpts="N/25+0.02*N*N/60+0.05*gt(N\\,30)",
        keyint=15,
    ),
    Case(
        "start_offset",
        ".mp4",
        50,
        [*X264, "-bf", "2", "-g", "12", "-output_ts_offset", "3.5"],
        keyint=12,
    ),
    Case(
        "edit_list",
        ".mp4",
        80,
        [*X264, "-bf", "2", "-g", "40"],
        remux_input=["-ss", "0.7"],
        remux=["-c", "copy"],
        keyint=40,
    ),
    Case(
        "rotation_90",
        ".mp4",
        40,
        [*X264, "-bf", "2", "-g", "20"],
        remux=["-c", "copy", "-metadata:s:v:0", "rotate=90"],
        rotation=90,
        keyint=20,
    ),
    Case(
        "long_gop_audio",
        ".mp4",
        120,
        [*X264, "-bf", "3", "-g", "100", "-keyint_min", "100", "-sc_threshold", "0", "-c:a", "aac"],
        audio=True,
        keyint=100,
    ),
]
CASE_NAMES = [case.name for case in CASES]


def _encode(case: Case, out: Path) -> None:
    raw = b"".join(pattern(n).tobytes() for n in range(case.frames))
    command = ["ffmpeg", "-v", "error", "-y", "-f", "rawvideo", "-pix_fmt", "gray"]
    command += ["-s", f"{WIDTH}x{HEIGHT}", "-r", case.rate, "-i", "pipe:0"]
    if case.audio:
        command += ["-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000"]
        command += ["-shortest"]
    if case.setpts:
        command += ["-vf", f"setpts=({case.setpts})/TB"]
    command += [*case.encode, str(out)]
    subprocess.run(command, input=raw, check=True, capture_output=True)


def _make(case: Case, folder: Path) -> Path:
    final = folder / f"{case.name}{case.suffix}"
    if final.exists():
        return final
    if not case.remux:
        _encode(case, final.with_name(f"partial-{final.name}"))
        final.with_name(f"partial-{final.name}").rename(final)
        return final
    source = folder / f"source-{case.name}{case.suffix}"
    _encode(case, source)
    partial = final.with_name(f"partial-{final.name}")
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y", *case.remux_input, "-i", str(source)]
        + [*case.remux, str(partial)],
        check=True,
        capture_output=True,
    )
    partial.rename(final)
    return final


def reference_indices(path: Path) -> list[int | None]:
    """What the system ffmpeg decodes from ``path``: each frame's shown index, in order."""
    probe = ffprobe_video(path)
    width, height = probe["width"], probe["height"]
    if probe.get("rotation") in (90, -90, 270, -270):
        width, height = height, width
    out = subprocess.run(
        ["ffmpeg", "-v", "error", "-i", str(path), "-map", "0:v:0", "-fps_mode", "passthrough"]
        + ["-f", "rawvideo", "-pix_fmt", "gray", "pipe:1"],
        check=True,
        capture_output=True,
    ).stdout
    frames = np.frombuffer(out, np.uint8).reshape(-1, height, width)
    return [read_index(unrotate(frame, probe.get("rotation", 0))) for frame in frames]


def unrotate(picture: np.ndarray, rotation: int) -> np.ndarray:
    """Undo a display rotation of ``rotation`` degrees clockwise (as players show it)."""
    turns = (rotation // 90) % 4
    return np.rot90(picture, k=turns) if turns else picture


def ffprobe_video(path: Path) -> dict:
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-select_streams", "v:0", "-show_streams", "-of", "json"]
        + [str(path)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    stream = json.loads(out)["streams"][0]
    rotation = 0
    for side in stream.get("side_data_list", []):
        if "rotation" in side:
            rotation = -int(side["rotation"])
    if "rotate" in stream.get("tags", {}):
        rotation = int(stream["tags"]["rotate"])
    return {"width": stream["width"], "height": stream["height"], "rotation": rotation % 360}


@dataclass(frozen=True)
class CorpusFile:
    case: Case
    path: Path
    truth: list[int | None]


def build(folder: Path) -> dict[str, CorpusFile]:
    """Every case, encoded into ``folder`` unless already there, with its decoded truth."""
    return {
        name: CorpusFile(case, path, reference_indices(path))
        for (name, path), case in zip(make_files(folder).items(), CASES, strict=True)
    }


def make_files(folder: Path) -> dict[str, Path]:
    """Every case encoded into ``folder`` unless already there, without the decoded truth."""
    folder.mkdir(parents=True, exist_ok=True)
    return {case.name: _make(case, folder) for case in CASES}


def corpus_folder(base: Path) -> Path:
    """Where a test run keeps its corpus: one folder under the run's base temp dir."""
    return base / "media-corpus"
