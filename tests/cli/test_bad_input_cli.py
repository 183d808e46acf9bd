"""Bad command lines end in one line on stderr, never a traceback (issue #17 item 9, #16).

Each case runs the real program in a subprocess on a real station folder, damaged where
the case says so: numbers out of range, years outside 1900–2999, bytes that are not UTF-8,
a corrupt or missing database, a broken settings file, a folder that cannot be read, and a
reader that closes our standard output.
"""

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from app.services.auth import log_in
from app.services.devices import DeviceKind, add_device
from app.services.station import init_station

PASSWORD = "cli-admin-pass"
PROJECT = Path(__file__).resolve().parents[2]
NINES = "9" * 30


def run(
    home: Path,
    *args: str,
    stdin: bytes = b"",
    env: dict[str, str] | None = None,
    prefix: tuple[str, ...] = (),
) -> subprocess.CompletedProcess[bytes]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("EVIDENCE_STATION")}
    environment["EVIDENCE_STATION_PASSWORD"] = PASSWORD
    environment.update(env or {})
    command = [*prefix, sys.executable, str(PROJECT / "main.py"), "--home", str(home), *args]
    return subprocess.run(
        command, input=stdin, capture_output=True, env=environment, timeout=120, check=False
    )


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A station with one device, built once; each case works on its own copy."""
    home = tmp_path_factory.mktemp("template") / "station"
    with init_station(
        home,
        profile_id="guantao-psb",
        unit_name="馆陶县公安局",
        admin_login="admin",
        admin_password=PASSWORD,
    ) as station:
        manager = log_in(station, "admin", PASSWORD, client="test")
        add_device(station, manager, asset_no="DSJ-1", serial="S1", model="M1",
                   kind=DeviceKind.BODY_CAMERA)  # fmt: skip
    return home


@pytest.fixture
def home(template: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "station"
    shutil.copytree(template, copy)
    return copy


def assert_one_line(result: subprocess.CompletedProcess[bytes], code: int, fragment: str) -> None:
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == code, err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert fragment in err, err


USER = ("--user", "admin")
LINES = [
    (("audit", "list", "--limit", NINES), "--limit: 999"),
    (("audit", "list", "--limit", "0"), "from 1 to 100000"),
    (("audit", "list", "--limit", "-5"), "from 1 to 100000"),
    (("recordings", "list", "--limit", "٣"), "is not a whole number"),
    (("form", "list", "--limit", "1e3"), "is not a whole number"),
    (("form", "list", "--before", NINES), "from 1 to 2147483647"),
    (("recordings", "show", NINES), "from 1 to 2147483647"),
    (("frame", NINES, "--index", "0", "--out", "x.png"), "recording id 999"),
    (("still", "1", "--index", "-1", "--out", "x.png"), "--index: -1 is out of range"),
    (("recordings", "list", "--from", "0001-01-01"), "between the years 1900 and 2999"),
    (("recordings", "list", "--to", "9999-12-31T23:59:59"), "between the years"),
    (("recordings", "list", "--to", "3000-01-01"), "between the years"),
    (("report", "audit-extract", "--out", "x.pdf", "--to", "9999-12-31"), "--to: '9999"),
    (("form", "new", "viewing", "--field", "valid_until=0001-01-01T00:00"), "between the years"),
    (("recordings", "list", "--from", "2026-13-45"), "is not a time"),
    (("device", "event", "DSJ-1", "compensation", "--note", "n", "--compensation", "nan"), "nan"),
    (("device", "event", "DSJ-1", "compensation", "--note", "n", "--compensation", "1e999"), "1e9"),
    (("device", "event", "DSJ-1", "compensation", "--note", "n", "--compensation", "-1"), "range"),
    (("unit", "list", "--json", "\udcff"), "not valid UTF-8"),
]


@pytest.mark.parametrize(("args", "fragment"), LINES, ids=[" ".join(a)[:50] for a, _ in LINES])
def test_bad_values_are_refused_in_one_line(
    home: Path, args: tuple[str, ...], fragment: str
) -> None:
    assert_one_line(run(home, *USER, *args), 2, fragment)


def test_a_login_or_password_that_is_not_utf8(home: Path) -> None:
    """Bytes that are not UTF-8 arrive as lone surrogates, which argon2 cannot encode."""
    env_password = run(
        home, *USER, "unit", "list", env={"EVIDENCE_STATION_PASSWORD": "\udcff\udcfe"}
    )
    assert_one_line(env_password, 2, "the password is not valid UTF-8 text")
    assert_one_line(run(home, "--user", "\udcff", "unit", "list"), 2, "not valid UTF-8")
    new_user = (*USER, "user", "add", "u1", "--name", "n", "--role", "officer", "--password-stdin")
    for stdin, locale in ((b"\xff\xfe" * 8 + b"\n", "C.UTF-8"), (b"\xff\xfe" * 8 + b"\n", "C")):
        result = run(home, *new_user, stdin=stdin, env={"LC_ALL": locale})
        assert_one_line(result, 2, "standard input is not valid UTF-8 text")
    assert "u1" not in run(home, *USER, "user", "list").stdout.decode()


def _corrupt(home: Path) -> None:
    data = bytearray((home / "station.db").read_bytes())
    data[100:4196] = os.urandom(4096)
    (home / "station.db").write_bytes(bytes(data))


def _truncate(home: Path) -> None:
    data = (home / "station.db").read_bytes()
    (home / "station.db").write_bytes(data[: len(data) // 3])


def _no_code(home: Path) -> None:
    (home / "station.toml").write_text('language = "zh_CN"\n', encoding="utf-8")


def _code_not_text(home: Path) -> None:
    (home / "station.toml").write_text("station_code = 5\n", encoding="utf-8")


DAMAGE: list[tuple[Callable[[Path], None], str]] = [
    (_corrupt, "is damaged (database disk image is malformed)"),
    (_truncate, "is damaged"),
    (lambda home: (home / "station.db").unlink(), "station.db is missing"),
    (lambda home: (home / "station.toml").write_bytes(b"\xff\xfe[[[ x =\n"), "is damaged"),
    (_no_code, "station.toml is damaged (station_code is missing)"),
    (_code_not_text, "station.toml is damaged (a setting is not text)"),
]


@pytest.mark.parametrize(("damage", "fragment"), DAMAGE, ids=[f for _, f in DAMAGE])
@pytest.mark.parametrize("command", [("recordings", "list"), ("audit", "verify")])
def test_a_damaged_store_is_exit_1_with_what_to_do(
    home: Path, damage: Callable[[Path], None], fragment: str, command: tuple[str, ...]
) -> None:
    damage(home)
    before = sorted(p.name for p in home.iterdir())
    result = run(home, *USER, *command)
    assert_one_line(result, 1, fragment)
    assert "backup" in result.stderr.decode()
    assert sorted(p.name for p in home.iterdir()) == before  # no new, empty database


def test_a_station_folder_that_is_a_file(tmp_path: Path) -> None:
    a_file = tmp_path / "station"
    a_file.write_text("not a folder")
    assert_one_line(run(a_file, *USER, "unit", "list"), 2, "is a file, not a station folder")


@pytest.mark.skipif(
    os.geteuid() != 0 or shutil.which("setpriv") is None,
    reason="needs root's setpriv to take away root's right to read any folder",
)
def test_an_unreadable_station_folder_is_refused_without_a_traceback(home: Path) -> None:
    """Once a full traceback from logging's last resort; now one line (issue #17)."""
    home.chmod(0)
    try:
        drop = ("setpriv", "--bounding-set", "-dac_override,-dac_read_search")
        result = run(home, *USER, "unit", "list", prefix=drop)
    finally:
        home.chmod(0o755)
    assert_one_line(result, 2, "cannot read the station folder")


def test_a_closed_standard_output_ends_quietly_with_141(home: Path) -> None:
    """``evidence-station audit list | head -1``: the reader went away (issue #16 item 12)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    environment = {k: v for k, v in os.environ.items() if not k.startswith("EVIDENCE_STATION")}
    environment["EVIDENCE_STATION_PASSWORD"] = PASSWORD
    command = [sys.executable, str(PROJECT / "main.py"), "--home", str(home), *USER]
    try:
        result = subprocess.run(
            [*command, "--json", "audit", "list", "--limit", "500"],
            stdout=write_end, stderr=subprocess.PIPE, env=environment, timeout=120, check=False,
        )  # fmt: skip
    finally:
        os.close(write_end)
    assert (result.returncode, result.stderr) == (141, b"")
    log = (home / "logs" / "evidence-station.log").read_text(encoding="utf-8")
    assert "standard output closed" in log and "Traceback" not in log


def _wrong_successes(home: Path) -> list[tuple[tuple[str, ...], str]]:
    """Command lines the campaign found accepted with exit 0 (issue #17 item 10)."""
    ingest = ("ingest", "--officer", "admin", "--device", "DSJ-1")
    return [
        ((*ingest, str(home)), "is the station's own folder"),
        ((*ingest, str(home / "station.db")), "is the station's own folder"),
        ((*ingest, str(home / "vault")), "is the station's own folder"),
        ((*ingest, str(home.parent)), "holds it"),
        ((*ingest, "--mirror", str(home), str(PROJECT / "README.md")), "inside it or around it"),
        ((*ingest, "--mirror", "", str(PROJECT / "README.md")), "--mirror: an empty name"),
        (
            (*ingest, "--mirror", str(home.parent / "no-drive" / "b"), str(PROJECT / "README.md")),
            "no such folder",
        ),
        ((*ingest, ""), "an empty name"),
        (("report", "audit-extract", "--out", "x.pdf", "--to", ""), "--to: '' is not a time"),
        (("report", "audit-extract", "--out", ""), "--out: an empty name"),
        (("frame", "1", "--index", "0", "--out", ""), "--out: an empty name"),
    ]


def test_the_campaigns_wrong_successes_are_refused(home: Path) -> None:
    for args, fragment in _wrong_successes(home):
        assert_one_line(run(home, *USER, *args), 2, fragment)
    with sqlite3.connect(home / "station.db") as db:
        assert db.execute("SELECT count(*) FROM recordings").fetchone() == (0,)
        assert db.execute("SELECT count(*) FROM handovers").fetchone() == (0,)
    assert not [p for p in (home / "vault").rglob("*") if p.is_file()]


def test_an_empty_unit_code_or_station_folder_is_refused(tmp_path: Path) -> None:
    new = tmp_path / "new"
    init = ("init", "--unit", "馆陶县公安局", "--admin", "admin", "--profile", "guantao-psb")
    assert_one_line(run(new, *init, "--unit-code", ""), 2, "unit code ''")
    assert not new.exists()
    empty_home = [sys.executable, str(PROJECT / "main.py"), "--home", "", "unit", "list"]
    result = subprocess.run(empty_home, capture_output=True, timeout=120, check=False, cwd=tmp_path)
    assert_one_line(result, 2, "--home: an empty name")


def test_a_station_that_cannot_sign_refuses_writes_with_exit_1(home: Path) -> None:
    """The trusted key list gone: nothing is written (not even the login) and the one line
    says what to restore; exit 1 as for a damaged store, not 2 as for bad input."""
    (home / "audit-keys.json").unlink()
    result = run(home, *USER, "unit", "add", "LOST", "--name", "丢失密钥后")
    assert_one_line(result, 1, "restore it from the backup")
    with sqlite3.connect(home / "station.db") as db:
        assert db.execute("SELECT count(*) FROM units WHERE code = 'LOST'").fetchone() == (0,)
