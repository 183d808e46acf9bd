"""The public command line, run for real in a subprocess, as a script or a clerk would."""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__

PASSWORD = "cli-admin-pass"
PROJECT = Path(__file__).resolve().parents[2]


def cli(
    *args: str, stdin: str = "", password: str | None = PASSWORD, user: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVIDENCE_STATION")}
    if password is not None:
        env["EVIDENCE_STATION_PASSWORD"] = password
    command = [sys.executable, str(PROJECT / "main.py"), *args]
    if user:
        command[2:2] = ["--user", user]
    return subprocess.run(
        command, input=stdin, capture_output=True, text=True, env=env, timeout=120, check=False
    )


def assert_refused(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert fragment in lines[0]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "工作站 一"
    result = cli(
        "--home",
        str(home),
        "init",
        "--profile",
        "guantao-psb",
        "--unit",
        "馆陶县公安局",
        "--admin",
        "admin",
        "--password-stdin",
        "--json",
        stdin=PASSWORD + "\n",
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["profile"] == "guantao-psb"
    return home


def snapshot(home: Path) -> dict[str, bytes]:
    return {
        p.name: p.read_bytes()
        for p in home.iterdir()
        if p.is_file() and not p.name.startswith("station.db")
    }


def test_version() -> None:
    result = cli("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_profiles_lists_the_five_seeds(tmp_path: Path) -> None:
    result = cli("--home", str(tmp_path / "none"), "profiles", "--json")
    assert result.returncode == 0, result.stderr
    ids = {profile["id"] for profile in json.loads(result.stdout)}
    assert ids == {
        "guantao-psb",
        "changzhi-psb",
        "baimiaozi-town",
        "wenshang-urban",
        "jiangyuan-culture",
    }


def test_people_and_units_end_to_end(home: Path) -> None:
    h = ["--home", str(home)]
    assert cli(*h, "unit", "add", "PCS1", "--name", "城关派出所", user="admin").returncode == 0
    added = cli(
        *h,
        "user",
        "add",
        "li",
        "--name",
        "李伟",
        "--role",
        "officer",
        "--unit",
        "PCS1",
        "--password-stdin",
        "--json",
        stdin="officer-pass-1\n",
        user="admin",
    )
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["unit"] == "PCS1"
    default_unit = cli(
        *h,
        "user",
        "add",
        "zh",
        "--name",
        "郑玉",
        "--role",
        "clerk",
        "--password-stdin",
        stdin="clerk-pass-12\n",
        user="admin",
    )
    assert default_unit.returncode == 0, default_unit.stderr
    listed = cli("user", "list", "--json", *h, "--user", "admin")
    assert listed.returncode == 0, listed.stderr
    people = {p["login"]: p for p in json.loads(listed.stdout)}
    assert people["li"]["role"] == "officer"
    assert people["zh"]["unit"] == "ROOT"
    assert people["admin"]["role"] == "manager"
    entries = json.loads(cli(*h, "audit", "list", "--limit", "12", "--json", user="admin").stdout)
    changes = [e for e in entries if not e["action"].startswith("log")]
    assert [e["action"] for e in changes][:3] == ["person.add", "person.add", "unit.add"]
    assert all(e["actor"] == "admin" for e in entries)


@pytest.mark.parametrize(
    "role",
    [
        "officer",
        "evidence-officer",
        "manager",
        "legal",
        "supervision",
        "equipment",
        "clerk",
        "superior",
    ],
)
def test_every_role_id_is_accepted(home: Path, role: str) -> None:
    result = cli(
        "--home",
        str(home),
        "user",
        "add",
        f"u-{role}",
        "--name",
        "某人",
        "--role",
        role,
        "--password-stdin",
        stdin="some-password\n",
        user="admin",
    )
    assert result.returncode == 0, result.stderr


def test_audit_verify_detects_tampering(home: Path) -> None:
    assert (
        cli("--home", str(home), "unit", "add", "T", "--name", "某队", user="admin").returncode == 0
    )
    intact = cli("--home", str(home), "audit", "verify", "--json")
    assert intact.returncode == 0, intact.stderr
    assert json.loads(intact.stdout)["ok"] is True
    with sqlite3.connect(home / "station.db") as db:
        db.execute("UPDATE audit_entries SET actor = 'mallory' WHERE seq = 2")
    broken = cli("--home", str(home), "audit", "verify")
    assert broken.returncode == 1
    assert "#2" in broken.stderr


def test_audit_verify_detects_truncation(home: Path) -> None:
    cli("--home", str(home), "unit", "add", "T", "--name", "某队", user="admin")
    with sqlite3.connect(home / "station.db") as db:
        top = db.execute("SELECT max(seq) FROM audit_entries").fetchone()[0]
        db.execute("DELETE FROM audit_entries WHERE seq >= ?", (top - 1,))
        row = db.execute("SELECT seq, hash FROM audit_entries ORDER BY seq DESC").fetchone()
        db.execute("UPDATE audit_head SET seq = ?, hash = ?", row)
    assert cli("--home", str(home), "audit", "verify").returncode == 1


def test_self_test_names_each_check(home: Path) -> None:
    result = cli("--home", str(home), "--self-test", "--json")
    checks = {c["check"]: c for c in json.loads(result.stdout)}
    assert set(checks) == {"write access", "database", "policies", "fonts", "libvlc", "ffmpeg"}
    assert checks["database"]["ok"] and checks["policies"]["ok"] and checks["fonts"]["ok"]
    assert result.returncode == (0 if all(c["ok"] for c in checks.values()) else 1)


def test_init_on_an_existing_station_changes_nothing(home: Path) -> None:
    before = snapshot(home)
    result = cli(
        "--home",
        str(home),
        "init",
        "--profile",
        "guantao-psb",
        "--unit",
        "另一个",
        "--admin",
        "other",
        "--password-stdin",
        stdin="another-pass\n",
    )
    assert_refused(result, "already a station")
    assert snapshot(home) == before


def test_init_takes_the_password_from_the_environment(tmp_path: Path) -> None:
    home = tmp_path / "env"
    result = cli(
        "--home",
        str(home),
        "init",
        "--profile",
        "changzhi-psb",
        "--unit",
        "长治市公安局",
        "--admin",
        "chief",
    )
    assert result.returncode == 0, result.stderr
    assert cli("--home", str(home), "user", "list", user="chief").returncode == 0


def test_new_account_without_a_password_source(home: Path) -> None:
    result = cli(
        "--home", str(home), "user", "add", "x", "--name", "某", "--role", "clerk", user="admin"
    )
    assert_refused(result, "--password-stdin")


def test_unknown_profile(tmp_path: Path) -> None:
    result = cli(
        "--home",
        str(tmp_path / "s"),
        "init",
        "--profile",
        "no-such",
        "--unit",
        "某局",
        "--admin",
        "a",
        "--password-stdin",
        stdin="long-password\n",
    )
    assert_refused(result, "no-such")
    assert not (tmp_path / "s").exists()


def test_wrong_password_then_lockout(home: Path) -> None:
    h = ["--home", str(home)]
    for _ in range(4):
        assert_refused(
            cli(*h, "user", "list", user="admin", password="bad-password"),
            "wrong login or password",
        )
    assert_refused(cli(*h, "user", "list", user="admin", password="bad-password"), "locked")
    assert_refused(cli(*h, "user", "list", user="admin"), "locked")
    assert cli(*h, "audit", "verify").returncode == 0


def test_missing_user(home: Path) -> None:
    assert_refused(cli("--home", str(home), "unit", "add", "X", "--name", "某队"), "--user")


def test_missing_home(tmp_path: Path) -> None:
    assert_refused(
        cli("--home", str(tmp_path / "nowhere"), "user", "list", user="admin"), "does not exist"
    )


def test_read_only_home(read_only_dir: Path) -> None:
    result = cli(
        "--home",
        str(read_only_dir),
        "init",
        "--profile",
        "guantao-psb",
        "--unit",
        "某局",
        "--admin",
        "a",
        "--password-stdin",
        stdin="long-password\n",
    )
    assert_refused(result, "cannot write")


def test_unreachable_database(tmp_path: Path) -> None:
    result = cli(
        "--home",
        str(tmp_path / "s"),
        "--db",
        "postgresql://nobody@127.0.0.1:1/none",
        "init",
        "--profile",
        "guantao-psb",
        "--unit",
        "某局",
        "--admin",
        "a",
        "--password-stdin",
        stdin="long-password\n",
    )
    assert_refused(result, "cannot reach")
    assert not (tmp_path / "s").exists()


def test_bad_role_and_bad_option(home: Path) -> None:
    assert_refused(
        cli(
            "--home",
            str(home),
            "user",
            "add",
            "x",
            "--name",
            "某",
            "--role",
            "boss",
            "--password-stdin",
            stdin="long-password\n",
            user="admin",
        ),
        "unknown role",
    )
    assert_refused(cli("--home", str(home), "unit", "add"), "required")
    assert_refused(cli("--home", str(home), "frobnicate"), "invalid choice")


def test_officer_may_not_add_people(home: Path) -> None:
    cli(
        "--home",
        str(home),
        "user",
        "add",
        "li",
        "--name",
        "李伟",
        "--role",
        "officer",
        "--password-stdin",
        stdin="officer-pass-1\n",
        user="admin",
    )
    result = cli(
        "--home",
        str(home),
        "user",
        "add",
        "x",
        "--name",
        "某",
        "--role",
        "clerk",
        "--password-stdin",
        stdin="long-password\n",
        user="li",
        password="officer-pass-1",
    )
    assert_refused(result, "may not")


def test_station_on_postgresql(tmp_path: Path, postgres_server) -> None:  # type: ignore[no-untyped-def]
    url = postgres_server.create_database("cli_station")
    home = tmp_path / "pg"
    result = cli(
        "--home",
        str(home),
        "--db",
        url,
        "init",
        "--profile",
        "jiangyuan-culture",
        "--unit",
        "江源区文广旅局",
        "--admin",
        "admin",
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    assert result.returncode == 0, result.stderr
    assert (
        cli("--home", str(home), "unit", "add", "T1", "--name", "稽查一队", user="admin").returncode
        == 0
    )
    assert cli("--home", str(home), "audit", "verify").returncode == 0
