"""Malformed command lines for every command (issue #17, 9 and 10; DESIGN §3.1).

The lines are generated from the CLI's own argparse tree: for every command a valid
baseline (values by option name), then one change at a time — each option's value
replaced by the bad values of its type, a required argument dropped, an unknown option
added — plus damage to what every command stands on: the station folder, its database and
settings file, the password, the database URL, a closed output pipe. A line must end in a
clean refusal (exit 1 or 2, no traceback) or a success; a line that is certainly wrong
(``must refuse``) and exits 0 is a wrong success, and so is a refused line that changed the
store. New commands and options are covered as soon as they are registered.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import os
import random
import shutil
from dataclasses import dataclass
from pathlib import Path

from app.cli.arguments import BoundedDecimal, BoundedInt
from tests.fault.parts import Part
from tests.fault.tally import Check, Verdict
from tests.fault.world import MANAGER, World, sqlite

ROW = "bad command lines"
GLOBAL = {"home", "db", "user", "json", "help", "version", "self_test"}
#: Commands a line is not generated for: ``demo`` opens the GUI on a new demo station.
SKIPPED = {("demo",)}


@dataclass(frozen=True)
class Line:
    """One command line to try; ``{home}``, ``{card}``, ``{out}`` are filled in per trial."""

    argv: tuple[str, ...]
    case: str
    must_refuse: bool
    stdin: bytes = b""
    env: tuple[tuple[str, str], ...] = ()
    damage: str = ""  # what to do to the station or the output first (see _damage)
    #: a refused login still counts the failure against the account (lockout)
    failed_login: bool = False


# ---- valid values by option name, bad values by kind ---------------------------------------

VALID = {
    "profile": "guantao-psb",
    "base": "guantao-psb",
    "new_id": "campaign-copy",
    "unit": "GTCG",
    "unit_code": "NEWU",
    "admin": "newadmin",
    "admin_name": "新管理员",
    "code": "NEWU",
    "name": "新名字",
    "parent": "GTCG",
    "login": "newuser",
    "role": "officer",
    "limit": "5",
    "actor": MANAGER,
    "file": "{card}",
    "source": "{card}",
    "index": "0",
    "out": "{out}",
    "kind": None,
    "id": "1",
    "asset": "GT-DSJ-001",
    "serial": "SN-X",
    "model": "M-X",
    "officer": "liwei",
    "reason": "测试原因",
    "note": "测试",
    "compensation": "10",
    "sources": "{card}",
    "device": "GT-DSJ-001",
    "category": None,
    "activity_end": None,
    "case": "案-1",
    "mirror": None,
    "device_time": None,
    "confidentiality": "none",
    "ids": "1",
    "recording": "1",
    "recordings": "1",
    "frame": "0",
    "comment": "同意",
    "since": None,
    "until": None,
    "field": None,
    "target": None,
    "set": None,
    "state": None,
    "before": None,
    "screenshots": None,
}
#: ``kind`` means something else in every command that has one.
KIND = {
    "report": "device-ledger",
    "device add": "camera",
    "device event": "check",
    "form new": "viewing",
    "marker add": "scene",
}
#: Names whose value must already exist (a reference) or must be new (an identifier).
REFERENCES = {"asset", "officer", "device", "unit", "parent", "actor", "profile", "base"}
IDENTIFIERS = {"login", "code", "unit_code", "admin", "new_id"}
NEW_NAMES = {("device add", "asset")}
#: Names that mean free text in one command although they name a reference elsewhere.
TEXT_NAMES = {("init", "unit")}
TIMES = {"since", "until", "activity_end", "device_time"}
#: Optional arguments a command's baseline still needs to get past its first check.
BASELINE_EXTRA = {"ingest": {"officer", "device"}, "report": {"out"}, "init": {"password_stdin"}}
PATHS_IN = {"file", "source", "sources"}
PATHS_OUT = {"out", "mirror", "screenshots"}
FILTERS = {
    "actor",
    ("recordings list", "category"),
    ("recordings list", "officer"),
    ("recordings list", "unit"),
    ("device list", "unit"),
}

BAD_INT = [
    ("abc", True),
    ("", True),
    ("1.5", True),
    ("-1", True),
    ("0", None),
    ("9" * 30, True),
    ("-" + "9" * 30, True),
    ("0x10", True),
    ("1e3", True),
]
BAD_FLOAT = [
    ("abc", True),
    ("nan", True),
    ("inf", True),
    ("-1", True),
    ("1e999", True),
    ("1e308", False),
]
BAD_TIME = [
    ("yesterday", True),
    ("2026-13-45", True),
    ("0001-01-01", False),
    ("9999-12-31T23:59:59", False),
    ("2026-11-25T25:00", True),
    ("2026-11-25T10:00+25:00", True),
    ("", True),
    ("-1", True),
]
BAD_TEXT = [
    ("", False),
    (" ", False),
    ("x" * 100_000, False),
    ("\t\n", False),
    ("名" * 2000, False),
    ("\udcff\udcfe", False),
    ("-x", False),
]
BAD_REFERENCE = [
    ("NOPE-999", True),
    ("", True),
    ("\udcff", True),
    ("x" * 5000, True),
    ("' OR 1=1 --", True),
]
BAD_IDENTIFIER = [
    ("", True),
    (" ", True),
    ("a b", None),
    ("x" * 500, None),
    ("../x", None),
    ("\udcff", None),
    ("ROOT", None),
    (MANAGER, None),
]
BAD_CHOICE = [("nonsense", True), ("", True), ("NONE", None)]
BAD_KEY_VALUE = [
    ("novalue", True),
    ("=x", True),
    ("a=b=c", None),
    ("x" * 1000 + "=1", True),
    ("handover.hours=-5", None),
    ("handover.hours=abc", None),
]
BAD_TARGET = [
    ("recording:99999", True),
    ("recording:", True),
    (":1", True),
    ("x:y", True),
    ("recording:-1", True),
    ("recording:abc", True),
    ("recording:" + "9" * 30, True),
]
BAD_PATH_IN = [
    ("/nonexistent/x.mp4", True),
    ("", True),
    ("{home}", True),
    ("{fifo}", None),
    ("{devzero}", None),
    ("{home}/station.db", True),
    ("/", True),
]
BAD_PATH_OUT = [
    ("/nonexistent/dir/x.png", True),
    ("", True),
    ("{home}/audit-head.png", True),
    ("{home}/station.db", True),
    ("{home}", True),
    ("{home}/vault/x.png", True),
    ("/proc/version", True),
]
#: Lines about what every command stands on, tried with a few commands each.
STATION_DAMAGE = [
    "corrupt-db",
    "truncated-db",
    "db-is-folder",
    "no-db",
    "garbage-toml",
    "toml-bad-url",
    "home-is-file",
    "no-home",
]
DAMAGED_COMMANDS = [
    ("audit", "verify"),
    ("recordings", "list"),
    ("user", "list"),
    ("form", "list"),
    ("verify", "--all"),
]


def _bad_values(command: str, action: argparse.Action) -> list[tuple[str, bool | None]]:
    """The bad values for an argument; a filter may match nothing, so none must be refused."""
    values = _values_of_kind(command, action)
    if action.dest in FILTERS or (command, action.dest) in FILTERS:
        return [(value, None) for value, _ in values]
    return values


def _values_of_kind(command: str, action: argparse.Action) -> list[tuple[str, bool | None]]:
    dest = action.dest
    if (command, dest) in TEXT_NAMES:
        return BAD_TEXT
    if action.choices is not None:
        return BAD_CHOICE
    if action.type is int or isinstance(action.type, BoundedInt):
        return BAD_INT
    if action.type is float or isinstance(action.type, BoundedDecimal):
        return BAD_FLOAT
    if dest in TIMES:
        return BAD_TIME
    if dest in ("field", "set"):
        return BAD_KEY_VALUE
    if dest == "target":
        return BAD_TARGET
    if dest in PATHS_IN:
        return BAD_PATH_IN
    if dest in PATHS_OUT:
        return BAD_PATH_OUT
    if dest in IDENTIFIERS or (command, dest) in NEW_NAMES:
        return BAD_IDENTIFIER
    if dest in REFERENCES:
        return BAD_REFERENCE
    if dest in ("kind", "role", "confidentiality", "category", "state"):
        return BAD_CHOICE
    return BAD_TEXT


# ---- the tree ------------------------------------------------------------------------------


def commands() -> list[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Every leaf command of the CLI with its parser, in a stable order."""
    from app.cli import FEATURES, build_parser

    found: list[tuple[tuple[str, ...], argparse.ArgumentParser]] = []

    def walk(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> None:
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]  # noqa: SLF001
        if not subs:
            found.append((path, parser))
        for sub in subs:
            for name, child in sorted(sub.choices.items()):
                walk(child, (*path, name))

    walk(build_parser(tuple(FEATURES)), ())
    return [(path, parser) for path, parser in found if path and path not in SKIPPED]


def _arguments(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    return [
        a
        for a in parser._actions  # noqa: SLF001
        if a.dest not in GLOBAL and not isinstance(a, argparse._HelpAction)
    ]  # noqa: SLF001


def _valid(command: str, action: argparse.Action) -> str | None:
    if action.dest == "kind":
        return KIND.get(command)
    return VALID.get(action.dest, "x")


def _word(action: argparse.Action, value: str) -> list[str]:
    return [action.option_strings[0], value] if action.option_strings else [value]


def _baseline(
    command: str, arguments: list[argparse.Action]
) -> list[tuple[argparse.Action, list[str]]]:
    """A line that gets past the command's own checks: required and positional arguments."""
    extra = BASELINE_EXTRA.get(command, set())
    words = []
    for action in arguments:
        if action.dest in extra and action.nargs == 0:
            words.append((action, [action.option_strings[0]]))
            continue
        if not (action.required or not action.option_strings or action.dest in extra):
            continue
        value = _valid(command, action)
        if command == "report" and action.dest == "out":
            value = "{out}.pdf"
        if value is not None:
            words.append((action, _word(action, value)))
    return words


@functools.cache
def lines() -> tuple[Line, ...]:
    """Every generated line in a fixed shuffled order: trial ``k`` is line ``k mod len``.

    Shuffled (by a constant, not the campaign's seed, so a trial number always names the
    same line) so that a scaled-down run still samples every command.
    """
    out = _generated()
    random.Random(0).shuffle(out)
    return tuple(out)


def _generated() -> list[Line]:
    out: list[Line] = []
    for path, parser in commands():
        command = " ".join(path)
        # init makes a new station; every other command works on the template's copy
        user = ("--home", "{new}") if path == ("init",) else ("--home", "{home}", "--user", MANAGER)
        stdin = b"new-station-pass-1\n" if path == ("init",) else b""
        arguments = _arguments(parser)
        base = _baseline(command, arguments)
        words = [w for _, ws in base for w in ws]
        for action in arguments:
            if action.nargs == 0:
                continue
            kept = [w for a, ws in base if a is not action for w in ws]
            for value, must in _bad_values(command, action):
                argv = (*user, *path, *kept, *_word(action, value))
                case = f"`{command}` {action.dest} = {value[:40]!r}"
                out.append(Line(argv, case, bool(must), stdin=stdin))
        for action, _ in base:
            if action.nargs == 0:
                continue
            kept = [w for a, ws in base if a is not action for w in ws]
            out.append(
                Line((*user, *path, *kept), f"`{command}` without {action.dest}", True, stdin)
            )
        out.append(
            Line(
                (*user, *path, *words, "--bogus-option"), f"`{command}` unknown option", True, stdin
            )
        )
        out.append(
            Line(
                (*user, *path, *words),
                f"`{command}` with stdout closed",
                False,
                stdin,
                damage="broken-pipe",
            )
        )
    return out + _station_lines()


def _station_lines() -> list[Line]:
    out = []
    for damage in STATION_DAMAGE:
        for words in DAMAGED_COMMANDS:
            argv = ("--home", "{home}", "--user", MANAGER, *words)
            out.append(Line(argv, f"`{' '.join(words)}` with {damage}", True, damage=damage))
    base = ("--home", "{home}", "--user", MANAGER, "recordings", "list")
    for password, case in (
        ("\udcff\udcfe", "a password that is not UTF-8"),
        ("", "an empty password"),
        ("wrong-password", "a wrong password"),
    ):
        env = (("EVIDENCE_STATION_PASSWORD", password),)
        out.append(Line(base, case, True, env=env, failed_login=True))
    for url in (
        "nonsense",
        "postgresql://nobody@127.0.0.1:1/x",
        "sqlite:////nonexistent/x.db",
        "mysql://x/y",
        "sqlite:///{home}/vault",
    ):
        out.append(Line(("--db", url, *base), f"--db {url}", True))
    out.append(
        Line(("--home", "{home}", "--user", "nobody", "recordings", "list"), "unknown --user", True)
    )
    stdin = b"\xff\xfe\n"
    new_user = (
        "--home",
        "{home}",
        "--user",
        MANAGER,
        "user",
        "add",
        "u1",
        "--name",
        "n",
        "--role",
        "officer",
        "--password-stdin",
    )
    out.append(Line(new_user, "--password-stdin that is not UTF-8", True, stdin=stdin))
    out.append(Line(new_user, "--password-stdin empty", True, stdin=b"\n"))
    return out


# ---- a trial -------------------------------------------------------------------------------


def run(world: World, seed: int, trial: int) -> list[Check]:
    line = lines()[trial % len(lines())]
    folder = world.trial_dir("cli", trial)
    home = world.fresh_station(folder / "station")
    card = folder / "card.mp4"
    card.write_bytes(world.corpus[0].read_bytes())
    fifo = folder / "fifo.mp4"
    os.mkfifo(fifo)
    (folder / "zero.mp4").symlink_to("/dev/zero")
    values = {
        "{home}": str(home),
        "{card}": str(card),
        "{out}": str(folder / "out.png"),
        "{fifo}": str(fifo),
        "{devzero}": str(folder / "zero.mp4"),
        "{new}": str(folder / "new-station"),
    }
    argv = [_fill(word, values) for word in line.argv]
    _damage(line.damage, home)
    before = _store_digest(home)
    outcome = world.runner().run(
        argv,
        stdin=line.stdin,
        env=dict(line.env),
        cwd=folder,
        broken_pipe=line.damage == "broken-pipe",
    )
    check = Check.of_call(ROW, outcome, line.case)
    if check.verdict is not Verdict.CLEAN:
        return [check]
    if line.must_refuse and outcome.code == 0:
        return [check.wrong("accepted (exit 0)")]
    # exit 2 is a refusal and must change nothing; exit 1 may be partial work (an import
    # whose backup copy failed) and a failed login is counted against the account
    if outcome.code == 2 and before and not line.failed_login and _store_digest(home) != before:
        return [check.wrong(f"refused ({outcome.summary()}) but the store changed")]
    special = [values[k] for k in ("{fifo}", "{devzero}") if k in "".join(line.argv)]
    if special and outcome.code == 0 and special[0] not in outcome.stdout + outcome.stderr:
        return [check.wrong("exit 0 without saying the file was skipped and why")]
    return [check]


def _fill(word: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        word = word.replace(key, value)
    return word


def _damage(damage: str, home: Path) -> None:
    database, config = home / "station.db", home / "station.toml"
    if damage == "corrupt-db":
        data = bytearray(database.read_bytes())
        data[100:4196] = os.urandom(4096)
        database.write_bytes(bytes(data))
    elif damage == "truncated-db":
        data = database.read_bytes()
        database.write_bytes(data[: len(data) // 3])
    elif damage == "db-is-folder":
        database.unlink()
        database.mkdir()
    elif damage == "no-db":
        database.unlink()
    elif damage == "garbage-toml":
        config.write_bytes(b"\xff\xfe[[[ station = \n")
    elif damage == "toml-bad-url":
        config.write_text(config.read_text() + 'database_url = "postgresql://x@127.0.0.1:1/none"\n')
    elif damage == "home-is-file":
        shutil.rmtree(home)
        home.write_text("not a folder")
    elif damage == "no-home":
        shutil.rmtree(home)


def _store_digest(home: Path) -> str:
    """A digest of every table but the audit log, its head, login sessions and caches."""
    if not (home / "station.db").is_file():
        return ""
    digest = hashlib.sha256()
    try:
        with sqlite(home) as db:
            tables = [
                r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            ]
            for table in sorted(
                set(tables) - {"audit_entries", "audit_head", "login_sessions", "frame_indexes"}
            ):
                for row in db.execute(f'SELECT * FROM "{table}" ORDER BY 1'):  # noqa: S608
                    digest.update(repr(row).encode())
    except Exception:  # noqa: BLE001 - a damaged store has no digest to compare
        return ""
    return digest.hexdigest()


def trial_of(case: str) -> int:
    """The trial number of the line whose case text is ``case`` (for the fast subset)."""
    return next(n for n, line in enumerate(lines()) if line.case == case)


PART = Part("cli", lambda: len(lines()), run, find=trial_of)
