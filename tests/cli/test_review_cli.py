"""The review commands for real, in a subprocess: JSON shapes, exit codes, audit and log."""

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from app.integrity.vault import Vault
from app.media.stills import read_provenance
from app.services.auth import log_in
from app.services.station import init_station
from tests.services.review_footage import PASSWORD, build_crew, import_numbered
from tests.support import corpus
from tests.support.mutants import wrong_size_before_minf

PROJECT = Path(__file__).resolve().parents[2]
ADMIN_PASSWORD = "cli-admin-pass"


def cli(home: Path, user: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVIDENCE_STATION")}
    env["EVIDENCE_STATION_PASSWORD"] = PASSWORD
    command = [sys.executable, str(PROJECT / "main.py"), "--home", str(home), "--user", user]
    return subprocess.run(
        [*command, *args], capture_output=True, text=True, env=env, timeout=300, check=False
    )


def as_json(result: subprocess.CompletedProcess[str]) -> dict:
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def home(tmp_path: Path) -> tuple[Path, int, int]:
    """A station with two recordings of one event (devices A and B, B's clock 3 s ahead)."""
    home = tmp_path / "工作站"
    with init_station(
        home,
        profile_id="guantao-psb",
        unit_name="馆陶县公安局",
        admin_login="admin",
        admin_password=ADMIN_PASSWORD,
    ) as station:
        crew = build_crew(station, log_in(station, "admin", ADMIN_PASSWORD, client="test"))
        start = station.clock() - timedelta(hours=1)
        first = import_numbered(station, crew, tmp_path / "a", "DSJ-A", start)
        second = import_numbered(
            station, crew, tmp_path / "b", "DSJ-B", start, clock_ahead_s=3.0, first=100
        )
    return home, first, second


def test_markers_stills_angles_and_viewings(home, tmp_path: Path) -> None:
    home, first, second = home
    added = as_json(
        cli(
            home,
            "keeper",
            "marker",
            "add",
            str(first),
            "--frame",
            "12",
            "--kind",
            "id-shown",
            "--note",
            "出示证件",
            "--json",
        )
    )
    assert {
        "id",
        "frame",
        "kind",
        "label",
        "note",
        "media_time",
        "device_time",
        "author",
        "at",
    } <= set(added)
    assert (added["frame"], added["label"], added["media_time"]) == (12, "出示证件", 1.2)
    listed = as_json(cli(home, "owner", "markers", str(first), "--json"))
    assert [m["id"] for m in listed["markers"]] == [added["id"]]

    still = tmp_path / "still.png"
    made = as_json(
        cli(home, "keeper", "still", str(first), "--index", "7", "--out", str(still), "--json")
    )
    with Image.open(still) as image:
        assert corpus.read_index(np.asarray(image.convert("RGB"))) == 7
    assert read_provenance(still)["recording_sha256"] == made["provenance"]["recording_sha256"]
    assert Path(made["sidecar"]).is_file()

    frame = tmp_path / "frame.png"
    exported = as_json(
        cli(home, "owner", "frame", str(first), "--index", "29", "--out", str(frame), "--json")
    )
    assert exported["frame"] == 29 and exported["viewing_id"] >= 1

    group = as_json(
        cli(
            home,
            "keeper",
            "angle",
            "group",
            str(first),
            str(second),
            "--name",
            "现场两角度",
            "--json",
        )
    )
    assert [m["recording_id"] for m in group["members"]] == [first, second]
    assert group["members"][1]["clock_offset_s"] == pytest.approx(3.0, abs=0.5)
    angles = as_json(cli(home, "owner", "angles", str(second), "--json"))
    assert [g["id"] for g in angles["groups"]] == [group["id"]]

    viewings = as_json(cli(home, "keeper", "viewings", str(first), "--json"))["viewings"]
    assert [(v["viewer"], v["purpose"]) for v in viewings] == [("owner", "frame")]
    assert viewings[0]["closed_at"] is not None and viewings[0]["duration_s"] >= 0
    assert cli(home, "keeper", "audit", "verify").returncode == 0


@pytest.mark.parametrize(
    ("user", "args", "message"),
    [
        ("other", ("frame", "{first}", "--index", "1", "--out", "{tmp}/x.png"), "may not see"),
        ("keeper", ("marker", "add", "{first}", "--frame", "30", "--kind", "scene"), "no frame 30"),
        ("keeper", ("marker", "add", "{first}", "--frame", "1", "--kind", "x"), "unknown marker"),
        ("keeper", ("still", "{first}", "--index", "1", "--out", "{tmp}/x.jpg"), ".png"),
        ("keeper", ("angle", "group", "{first}"), "at least two"),
        ("keeper", ("markers", "999"), "no recording with id 999"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(home, tmp_path: Path, user, args, message) -> None:
    home, first, _second = home
    filled = [a.format(first=first, tmp=tmp_path) for a in args]
    result = cli(home, user, *filled)
    assert result.returncode == 2, result.stdout + result.stderr
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.png").exists()


def test_a_damaged_vault_copy_is_refused_in_one_line(home, tmp_path: Path) -> None:
    """Issue #17: ``still`` and ``frame`` on a recording whose vault copy went bad: exit 2."""
    home, first, _second = home
    sha256 = as_json(cli(home, "keeper", "recordings", "show", str(first), "--json"))["sha256"]
    copy = Vault(home / "vault").path_for(sha256)
    damaged = wrong_size_before_minf(copy, tmp_path / "damaged.mp4", 0)
    copy.chmod(0o600)
    copy.write_bytes(damaged.read_bytes())
    for command in ("still", "frame"):
        out = tmp_path / f"{command}.png"
        result = cli(home, "keeper", command, str(first), "--index", "1", "--out", str(out))
        assert result.returncode == 2, result.stdout + result.stderr
        assert "codec cannot be read" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert not out.exists()


def test_outputs_never_land_on_the_station_own_files(home, tmp_path: Path) -> None:
    """Issue #17: ``still 1 --out HOME/audit-head.png`` wrote its sidecar over the head file."""
    home, first, _second = home
    for command, out, *more in (
        ("still", home / "audit-head.png"),
        ("frame", home / "audit-head.png", "--overwrite"),
        ("still", home / "vault" / "x.png", "--overwrite"),
        ("frame", home / "logs" / "x.png"),
    ):
        result = cli(home, "keeper", command, str(first), "--index", "1", "--out", str(out), *more)
        assert result.returncode == 2, result.stdout + result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "station's own files" in result.stderr
        assert not out.exists()
    assert set(json.loads((home / "audit-head.json").read_text())) >= {"seq", "hash"}
    assert cli(home, "keeper", "audit", "verify").returncode == 0


def test_an_existing_still_is_replaced_only_with_overwrite(home, tmp_path: Path) -> None:
    home, first, _second = home
    out = tmp_path / "still.png"
    out.write_bytes(b"someone's picture")
    command = ("still", str(first), "--index", "3", "--out", str(out))
    refused = cli(home, "keeper", *command)
    assert refused.returncode == 2 and "--overwrite" in refused.stderr
    assert out.read_bytes() == b"someone's picture"
    made = as_json(cli(home, "keeper", *command, "--overwrite", "--json"))
    with Image.open(out) as image:
        assert corpus.read_index(np.asarray(image.convert("RGB"))) == 3
    assert made["sha256"] and Path(made["sidecar"]).is_file()
