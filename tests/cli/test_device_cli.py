"""``device`` commands, run for real in a subprocess."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.roles import Role
from app.services.auth import log_in
from app.services.people import add_person
from app.services.station import init_station

PASSWORD = "cli-admin-pass"
PROJECT = Path(__file__).resolve().parents[2]


def cli(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVIDENCE_STATION")}
    env["EVIDENCE_STATION_PASSWORD"] = PASSWORD
    return subprocess.run(
        [sys.executable, str(PROJECT / "main.py"), "--home", str(home), *args],
        input=stdin, capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A station with one officer, built in-process (CLI start-up is slow)."""
    home = tmp_path / "站"
    with init_station(home, profile_id="baimiaozi-town", unit_name="白庙子镇",
                      admin_login="admin", admin_password=PASSWORD) as station:  # fmt: skip
        manager = log_in(station, "admin", PASSWORD, client="test")
        add_person(station, manager, login="li", name="李伟", role=Role.OFFICER,
                   password="officer-pass-1")  # fmt: skip
    return home


def test_device_lifecycle(home: Path) -> None:
    u = ("--user", "admin")
    added = cli(home, *u, "device", "add", "ZFJLY-01", "--serial", "SN1", "--model", "DSJ-V9",
                "--kind", "body-camera", "--json")  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout) | {} == {
        "asset_no": "ZFJLY-01", "serial": "SN1", "model": "DSJ-V9", "kind": "body-camera",
        "unit": "ROOT", "state": "in-service", "assignee": None, "assignee_name": None,
    }  # fmt: skip
    assert cli(home, *u, "device", "assign", "ZFJLY-01", "--officer", "li").returncode == 0
    listed = json.loads(cli(home, *u, "device", "list", "--json").stdout)
    assert [(d["asset_no"], d["assignee"]) for d in listed] == [("ZFJLY-01", "li")]
    assert cli(home, *u, "device", "fault", "ZFJLY-01", "--reason", "屏幕碎裂").returncode == 0
    repaired = cli(home, *u, "device", "event", "ZFJLY-01", "back-in-service", "--note", "修好")
    assert repaired.returncode == 0, repaired.stderr
    assert "now in-service" in repaired.stdout
    rate = json.loads(cli(home, *u, "device", "rate", "--json").stdout)
    assert rate == [{"unit": "ROOT", "unit_name": "白庙子镇", "officers": 1, "equipped": 1,
                     "rate": 1.0}]  # fmt: skip
    assert cli(home, *u, "device", "return", "ZFJLY-01").returncode == 0
    assert cli(home, *u, "device", "event", "ZFJLY-01", "lost", "--note", "遗失").returncode == 0
    paid = cli(home, *u, "device", "event", "ZFJLY-01", "compensation", "--note", "赔偿",
               "--compensation", "1800")  # fmt: skip
    assert paid.returncode == 0, paid.stderr
    history = cli(home, *u, "device", "history", "ZFJLY-01").stdout
    assert "compensation 1800.00 yuan" in history  # #16.15


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("device", "add", "A", "--serial", "S", "--model", "M", "--kind", "drone"), "drone"),
        (("device", "assign", "NOPE", "--officer", "li"), "NOPE"),
        (("device", "fault", "NOPE", "--reason", "x"), "NOPE"),
    ],
)
def test_bad_input_is_one_line(home: Path, args: tuple[str, ...], fragment: str) -> None:
    result = cli(home, "--user", "admin", *args)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and fragment in result.stderr
