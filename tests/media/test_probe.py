"""``probe`` and ``frame`` on bare files, through the public command line."""

import json
import os
import subprocess
import sys
import wave
from pathlib import Path

import pytest
from PIL import Image

from app.media.errors import NotVideoError, UnreadableMediaError
from app.media.probe import probe
from tests.support import corpus
from tests.support.media import sample_video
from tests.support.mutants import wrong_size_before_minf

PROJECT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def media(tmp_path_factory: pytest.TempPathFactory) -> dict[str, corpus.CorpusFile]:
    return corpus.build(corpus.corpus_folder(tmp_path_factory.getbasetemp()))


def cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVIDENCE_STATION")}
    env["XDG_CACHE_HOME"] = str(home / "cache")
    return subprocess.run(
        [sys.executable, str(PROJECT / "main.py"), "--home", str(home / "none"), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def assert_refused(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert fragment in lines[0]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("h264_bframes_open_gop", {"codec": "h264", "frames": 90, "fps": 25.0, "vfr": False}),
        ("hevc", {"codec": "hevc", "frames": 60, "vfr": False}),
        ("mjpeg_avi", {"codec": "mjpeg", "frames": 40, "container": "avi"}),
        ("mpegts_audio", {"frames": 75, "has_audio": True, "container": "mpegts"}),
        ("ntsc_2997", {"frames": 60, "fps": pytest.approx(29.97, abs=0.001), "vfr": False}),
        ("vfr", {"frames": 60, "vfr": True}),
        ("start_offset", {"frames": 50, "start_time": pytest.approx(3.5, abs=0.01)}),
        ("edit_list", {"frames": 62, "start_time": 0.0, "duration": pytest.approx(2.48)}),
        ("rotation_90", {"rotation": 90, "display_width": 128, "display_height": 160}),
        ("long_gop_audio", {"frames": 120, "keyframes": 2, "audio_codec": "aac"}),
    ],
)
def test_probe_reports_the_exact_facts(media, name: str, expected: dict) -> None:
    info = probe(media[name].path).as_json()
    assert info["width"] == corpus.WIDTH and info["height"] == corpus.HEIGHT
    assert info["frames"] == len(media[name].truth)
    for key, value in expected.items():
        assert info[key] == value, key


def test_probe_json_from_the_command_line(media, tmp_path: Path) -> None:
    result = cli("probe", str(media["ntsc_2997"].path), "--json", home=tmp_path)
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    keys = {"frames", "width", "height", "duration", "fps", "vfr", "codec", "rotation"}
    assert keys | {"start_time"} <= document.keys()
    assert document["frames"] == 60
    assert document["duration"] == pytest.approx(60 * 1001 / 30000, abs=1e-3)


def test_frame_writes_exactly_that_frame_turned_for_display(media, tmp_path: Path) -> None:
    out = tmp_path / "第7帧.png"
    result = cli(
        "frame", str(media["rotation_90"].path), "--index", "7", "--out", str(out), home=tmp_path
    )
    assert result.returncode == 0, result.stderr
    picture = __import__("numpy").asarray(Image.open(out).convert("RGB"))
    assert picture.shape[:2] == (corpus.WIDTH, corpus.HEIGHT)
    assert corpus.read_index(corpus.unrotate(picture, 90)) == 7


def test_frame_after_the_edit_list(media, tmp_path: Path) -> None:
    out = tmp_path / "f.png"
    item = media["edit_list"]
    result = cli("frame", str(item.path), "--index", "5", "--out", str(out), home=tmp_path)
    assert result.returncode == 0, result.stderr
    picture = __import__("numpy").asarray(Image.open(out).convert("RGB"))
    assert corpus.read_index(picture) == item.truth[5] == 23


def test_a_frame_out_of_range_is_one_line(media, tmp_path: Path) -> None:
    out = tmp_path / "f.png"
    path = str(media["hevc"].path)
    assert_refused(cli("frame", path, "--index", "60", "--out", str(out), home=tmp_path), "60")
    assert_refused(cli("frame", path, "--index", "-1", "--out", str(out), home=tmp_path), "-1")
    assert not out.exists()


def test_an_unreadable_file_is_one_line(tmp_path: Path) -> None:
    junk = tmp_path / "broken.mp4"
    junk.write_bytes(b"\x00\x00\x00\x18ftypmp42" + os.urandom(3000))
    assert_refused(cli("probe", str(junk), home=tmp_path), "broken.mp4")
    out = tmp_path / "f.png"
    assert_refused(
        cli("frame", str(junk), "--index", "0", "--out", str(out), home=tmp_path), "broken.mp4"
    )
    assert_refused(cli("probe", str(tmp_path / "missing.mp4"), home=tmp_path), "no such file")


def test_a_sound_file_is_not_a_video(tmp_path: Path) -> None:
    sound = tmp_path / "录音.wav"
    with wave.open(str(sound), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(8000)
        handle.writeframes(b"\x00\x01" * 8000)
    assert_refused(cli("probe", str(sound), home=tmp_path), "no video stream")
    with pytest.raises(NotVideoError):
        probe(sound)


def test_a_text_file_is_not_readable_media(tmp_path: Path) -> None:
    text = tmp_path / "notes.mp4"
    text.write_text("这不是视频\n" * 50, encoding="utf-8")
    with pytest.raises((UnreadableMediaError, NotVideoError)):
        probe(text)


def test_a_damaged_stream_header_is_one_line(tmp_path: Path) -> None:
    """Issue #17: a wrong box size before ``minf`` crashed ``probe`` with exit 3."""
    path = wrong_size_before_minf(sample_video(0), tmp_path / "hdlr-0.mp4", 0)
    assert_refused(cli("probe", str(path), home=tmp_path), "codec cannot be read")
    out = tmp_path / "f.png"
    result = cli("frame", str(path), "--index", "0", "--out", str(out), home=tmp_path)
    assert_refused(result, "hdlr-0.mp4")
    assert not out.exists()
