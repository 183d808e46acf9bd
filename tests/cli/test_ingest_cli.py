"""``ingest``, ``verify`` and ``recordings``, for real, including the faults of DESIGN §3.3.

After every fault: no half-registered recording, no stray partial copy, ``verify --all``
and ``audit verify`` exit 0, and the import runs again to completion.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.core.roles import Role
from app.services.auth import log_in
from app.services.devices import DeviceKind, add_device, assign_device
from app.services.people import add_person
from app.services.station import init_station
from tests.support.media import copy_video, sample_video, truncated_video
from tests.support.mutants import zeroed_inside

PASSWORD = "cli-admin-pass"
PROJECT = Path(__file__).resolve().parents[2]


def command(home: Path, *args: str) -> list[str]:
    return [sys.executable, str(PROJECT / "main.py"), "--home", str(home), "--user", "admin", *args]


def environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVIDENCE_STATION")}
    env["EVIDENCE_STATION_PASSWORD"] = PASSWORD
    return env


def cli(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(command(home, *args), input=stdin, capture_output=True, text=True,
                          env=environment(), timeout=300, check=False)  # fmt: skip


def recordings_in_db(home: Path) -> int:
    with sqlite3.connect(home / "station.db") as db:
        return db.execute("SELECT count(*) FROM recordings").fetchone()[0]


def assert_consistent(home: Path) -> None:
    verified = cli(home, "verify", "--all", "--json")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert cli(home, "audit", "verify").returncode == 0
    assert not list((home / "vault").rglob("*.part"))


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A station with officer li wearing device A1, built in-process (CLI start-up is slow)."""
    home = tmp_path / "工作站"
    with init_station(home, profile_id="guantao-psb", unit_name="馆陶县公安局",
                      admin_login="admin", admin_password=PASSWORD) as station:  # fmt: skip
        manager = log_in(station, "admin", PASSWORD, client="test")
        add_person(station, manager, login="li", name="李伟", role=Role.OFFICER,
                   password="officer-pass-1")  # fmt: skip
        add_device(station, manager, asset_no="A1", serial="S1", model="DSJ",
                   kind=DeviceKind.BODY_CAMERA)  # fmt: skip
        assign_device(station, manager, "A1", "li")
    return home


@pytest.fixture
def camera(tmp_path: Path) -> Path:
    root = tmp_path / "相机"
    copy_video(root / "DSJ_A1_20261125_143012_0001.MP4", 61)
    copy_video(root / "sub" / "ZFJLY-A1-20261125150000.mp4", 62)
    shutil.copyfile(truncated_video(), root / "20261125_160000_003.mov")
    (root / "thumb.jpg").write_bytes(b"jpg")
    (root / "index.db").write_bytes(b"db")
    return root


def test_ingest_json_shape_and_verify(home: Path, camera: Path) -> None:
    result = cli(home, "ingest", str(camera), "--officer", "li", "--device", "A1", "--json",
                 "--category", "inspection")  # fmt: skip
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert {"imported", "duplicates", "damaged", "skipped"} <= set(report)
    assert len(report["imported"]) == 3 and len(report["skipped"]) == 2
    for item in report["imported"]:
        assert {"id", "source", "sha256", "sm3", "size", "late", "delay_hours"} <= set(item)
        assert item["late"] is True and item["delay_hours"] > 0  # a year-old clock: all late
    [damaged] = report["damaged"]
    assert damaged["source"].endswith("003.mov") and damaged["reason"] and damaged["id"]
    again = json.loads(cli(home, "ingest", str(camera), "--officer", "li", "--device", "A1",
                           "--json").stdout)  # fmt: skip
    assert len(again["duplicates"]) == 3 and again["imported"] == []
    listed = json.loads(cli(home, "recordings", "list", "--officer", "li", "--json").stdout)
    assert len(listed) == 3
    shown = json.loads(cli(home, "recordings", "show", str(listed[0]["id"]), "--json").stdout)
    assert shown["sha256"] in {i["sha256"] for i in report["imported"]}
    assert_consistent(home)
    # Change one vault file: verify names it and exits 1.
    target = home / "vault" / damaged["sha256"][:2] / damaged["sha256"][2:4] / damaged["sha256"]
    target.chmod(0o644)
    target.write_bytes(b"tampered")
    checked = cli(home, "verify", "--all")
    assert checked.returncode == 1 and f"recording {damaged['id']}: changed" in checked.stdout


def test_unknown_category_lists_the_valid_ones(home: Path, camera: Path) -> None:
    result = cli(home, "ingest", str(camera), "--officer", "li", "--device", "A1",
                 "--category", "picnic")  # fmt: skip
    assert result.returncode == 2 and "incident-response" in result.stderr
    assert recordings_in_db(home) == 0


def test_confidentiality_at_import_and_afterwards(home: Path, tmp_path: Path) -> None:
    copy_video(tmp_path / "card" / "DSJ_A1_20261125_143012_0001.MP4", 63)
    refused = cli(home, "ingest", str(tmp_path / "card"), "--officer", "li", "--device", "A1",
                  "--confidentiality", "secret")  # fmt: skip
    assert refused.returncode == 2 and "valid: none, personal-privacy" in refused.stderr
    assert recordings_in_db(home) == 0
    result = cli(home, "ingest", str(tmp_path / "card"), "--officer", "li", "--device", "A1",
                 "--confidentiality", "personal-privacy", "--json")  # fmt: skip
    assert result.returncode == 0, result.stderr
    rid = str(json.loads(result.stdout)["imported"][0]["id"])
    shown = json.loads(cli(home, "recordings", "show", rid, "--json").stdout)
    assert shown["confidentiality"] == "personal-privacy"
    marked = cli(home, "recordings", "mark", rid, "state-secret", "--reason", "涉密", "--json")
    assert marked.returncode == 0, marked.stderr
    assert json.loads(marked.stdout)["previous"] == "personal-privacy"
    assert "[state-secret]" in cli(home, "recordings", "list").stdout
    no_reason = cli(home, "recordings", "mark", rid, "none")
    assert no_reason.returncode == 2 and "--reason" in no_reason.stderr


def test_kill_during_copy_then_resume(home: Path, tmp_path: Path) -> None:
    big = tmp_path / "大文件" / "DSJ_A1_20261125_143012_0009.MP4"
    big.parent.mkdir()
    with big.open("wb") as handle:
        for _ in range(160):
            handle.write(os.urandom(1 << 20))
    process = subprocess.Popen(command(home, "ingest", str(big.parent), "--officer", "li",
                                       "--device", "A1"), env=environment(),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    incoming = home / "vault" / ".incoming"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not any(
        p.stat().st_size > 0 for p in incoming.glob("*.part") if p.exists()
    ):
        time.sleep(0.005)
    process.kill()
    process.wait()
    assert list(incoming.glob("*.part")), "the copy was not caught in flight"
    assert recordings_in_db(home) == 0
    resumed = cli(home, "ingest", "--resume", "--json")
    assert resumed.returncode == 0, resumed.stderr
    [run] = json.loads(resumed.stdout)["resumed"]
    assert len(run["imported"]) == 1 and run["imported"][0]["size"] == 160 << 20
    assert recordings_in_db(home) == 1
    assert_consistent(home)


def test_same_files_from_two_processes_at_once(home: Path, camera: Path) -> None:
    args = ("ingest", str(camera), "--officer", "li", "--device", "A1", "--json")
    processes = [
        subprocess.Popen(command(home, *args), env=environment(), stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]  # fmt: skip
    outputs = [p.communicate(timeout=300) for p in processes]
    assert [p.returncode for p in processes] == [0, 0], outputs
    reports = [json.loads(out) for out, _err in outputs]
    assert sum(len(r["imported"]) for r in reports) == 3
    assert sum(len(r["duplicates"]) for r in reports) == 3
    assert recordings_in_db(home) == 3
    assert_consistent(home)


@pytest.fixture
def tiny_vault(home: Path):
    vault = home / "vault"
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(vault)],
                             capture_output=True, check=False)  # fmt: skip
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs as the vault: {mounted.stderr.decode().strip()}")
    yield vault
    subprocess.run(["umount", str(vault)], check=False)


def test_full_vault_fails_cleanly(home: Path, tmp_path: Path, tiny_vault: Path) -> None:
    source = tmp_path / "满" / "DSJ_A1_20261125_143012_0001.MP4"
    source.parent.mkdir()
    source.write_bytes(os.urandom(3 << 20))
    result = cli(home, "ingest", str(source.parent), "--officer", "li", "--device", "A1", "--json")
    assert result.returncode == 1
    [failed] = json.loads(result.stdout)["failed"]
    assert "full" in failed["reason"]
    assert recordings_in_db(home) == 0
    assert_consistent(home)
    subprocess.run(["umount", str(tiny_vault)], check=True)
    resumed = cli(home, "ingest", "--resume", "--json")
    assert resumed.returncode == 0, resumed.stderr
    assert recordings_in_db(home) == 1
    assert_consistent(home)


def test_plain_text_for_audio_only_and_for_nothing_new(home: Path, tmp_path: Path) -> None:
    """#16.15: no "NonexNone None fps", no "hand-over None", no clearing hint for nothing."""
    root = tmp_path / "录音笔"
    root.mkdir()
    subprocess.run(["ffmpeg", "-v", "error", "-f", "lavfi", "-i", "sine=frequency=440:duration=1",
                    "-c:a", "aac", str(root / "DSJ_A1_20261125_170000_0004.mp4")],
                   check=True)  # fmt: skip
    first = cli(home, "ingest", str(root), "--officer", "li", "--device", "A1", "--json")
    assert first.returncode == 0, first.stderr
    [item] = json.loads(first.stdout)["imported"]
    shown = cli(home, "recordings", "show", str(item["id"]))
    assert shown.returncode == 0, shown.stderr
    assert "audio only" in shown.stdout and "None" not in shown.stdout
    again = cli(home, "ingest", str(root), "--officer", "li", "--device", "A1", "--clear-device")
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("hand-over ") and "0 imported, 1 duplicates" in again.stdout
    assert "None" not in again.stdout and "--clear-device" not in again.stdout
    (tmp_path / "空" / "thumb.jpg").parent.mkdir()
    (tmp_path / "空" / "thumb.jpg").write_bytes(b"jpg")
    nothing = cli(home, "ingest", str(tmp_path / "空"), "--officer", "li", "--device", "A1")
    assert nothing.stdout.startswith("no hand-over: 0 imported"), nothing.stdout + nothing.stderr


def test_a_fifo_and_device_links_are_named_never_opened(home: Path, tmp_path: Path) -> None:
    """Issue #17: a FIFO (opening it blocks) or a link to a device is skipped, and said so."""
    card = tmp_path / "card"
    copy_video(card / "DSJ_A1_20261125_143012_0001.MP4", 63)
    os.mkfifo(card / "DSJ_A1_20261125_150000_0002.MP4")
    (card / "DSJ_A1_20261125_160000_0003.MP4").symlink_to("/dev/zero")
    pipe = tmp_path / "direct.mp4"
    os.mkfifo(pipe)
    result = cli(home, "ingest", str(card), str(pipe), "--officer", "li", "--device", "A1",
                 "--json")  # fmt: skip
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert [Path(i["source"]).name for i in report["imported"]] == [
        "DSJ_A1_20261125_143012_0001.MP4"
    ]
    assert {Path(i["source"]).name: i["reason"] for i in report["not_regular"]} == {
        "DSJ_A1_20261125_150000_0002.MP4": "a named pipe (FIFO): not a regular file, not opened",
        "DSJ_A1_20261125_160000_0003.MP4":
            "a symbolic link to a character device (/dev/zero): not a regular file, not opened",
        "direct.mp4": "a named pipe (FIFO): not a regular file, not opened",
    }  # fmt: skip
    assert {i["source"] for i in report["not_regular"]} <= {i["source"] for i in report["skipped"]}
    text = cli(home, "ingest", str(pipe), "--officer", "li", "--device", "A1")
    assert text.returncode == 1 and f"NOT OPENED {pipe}: a named pipe (FIFO)" in text.stdout
    assert_consistent(home)


def test_ingest_decodes_every_frame_unless_told_not_to(home: Path, tmp_path: Path) -> None:
    """Issue #17: damage the import's two-frame probe misses is found by the full check."""
    card = tmp_path / "card"
    copy_video(card / "DSJ_A1_20261125_143012_0001.MP4", 64)
    zeroed_inside(sample_video(5, frames=30), card / "DSJ_A1_20261125_150000_0002.MP4")
    result = cli(home, "ingest", str(card), "--officer", "li", "--device", "A1", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    checks = {c["recording_id"]: c for c in report["decode_checks"]}
    [damaged] = report["damaged"]
    assert damaged["source"].endswith("0002.MP4") and damaged["reason"].startswith("decode errors")
    assert checks[damaged["id"]]["status"] == "damaged"
    assert checks[damaged["id"]]["first_bad_frame"] is not None
    assert sorted(c["status"] for c in checks.values()) == ["clean", "damaged"]
    shown = json.loads(cli(home, "recordings", "show", str(damaged["id"]), "--json").stdout)
    assert shown["decode_check"] == checks[damaged["id"]] and shown["is_damaged"] is True
    again = cli(home, "verify", str(damaged["id"]), "--decode")
    assert again.returncode == 1 and f"recording {damaged['id']}: DAMAGED from" in again.stdout
    other = copy_video(tmp_path / "card2" / "DSJ_A1_20261125_160000_0003.MP4", 65)
    skipped = cli(home, "ingest", str(other), "--officer", "li", "--device", "A1", "--json",
                  "--no-decode-check")  # fmt: skip
    assert skipped.returncode == 0 and json.loads(skipped.stdout)["decode_checks"] == []
    assert_consistent(home)
