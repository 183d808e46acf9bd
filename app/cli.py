"""The headless commands (DESIGN §3.1); the GUI and these share every service.

Bad input of any kind ends in one line on stderr and a non-zero exit: 2 for input the
station refuses, 1 for a check that found a problem, 3 for a bug (logged in full).
"""

import argparse
import getpass
import json
import logging
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from app import __version__
from app.core.clock import local_text
from app.core.errors import EvidenceStationError, ValidationError
from app.core.logs import configure_logging
from app.core.paths import StationPaths, default_home
from app.core.roles import Role, parse_role
from app.services import audit, people, profiles, station
from app.services.auth import Actor, log_in, log_out
from app.services.permissions import Action, require
from app.services.selftest import run_self_test

log = logging.getLogger(__name__)

PASSWORD_ENV = "EVIDENCE_STATION_PASSWORD"
USER_ENV = "EVIDENCE_STATION_USER"
EXIT_CHECK_FAILED, EXIT_BAD_INPUT, EXIT_BUG = 1, 2, 3


class CommandError(EvidenceStationError):
    """A command line that cannot be run as written."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise CommandError(message)


class Invocation:
    """One run of a command: the parsed options and the station it works on."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.home = Path(args.home) if args.home else default_home()
        self._context: station.StationContext | None = None
        self._actor: Actor | None = None

    def context(self) -> station.StationContext:
        if self._context is None:
            self._context = station.open_station(self.home, self.args.db)
        return self._context

    def actor(self) -> Actor:
        """Log in as ``--user`` with the password from the environment or a prompt."""
        if self._actor is None:
            login = self.args.user or os.environ.get(USER_ENV)
            if not login:
                raise CommandError("this command acts for a person: give --user LOGIN")
            password = os.environ.get(PASSWORD_ENV)
            if password is None:
                password = _prompt(f"password for {login}: ")
            self._actor = log_in(self.context(), login, password, client="cli")
        return self._actor

    def close(self) -> None:
        if self._context is not None:
            if self._actor is not None:
                log_out(self._context, self._actor)
            self._context.close()

    def emit(self, document: object, text: str | Sequence[str]) -> None:
        if self.args.json:
            print(json.dumps(document, ensure_ascii=False, indent=2, default=str))
        else:
            print(text if isinstance(text, str) else "\n".join(text))


def _prompt(question: str) -> str:
    if not sys.stdin or not sys.stdin.isatty():
        raise CommandError(f"no password: set {PASSWORD_ENV} or run in a terminal")
    return getpass.getpass(question)


def _new_password(args: argparse.Namespace, whose: str) -> str:
    if args.password_stdin:
        line = sys.stdin.readline()
        if not line.strip():
            raise CommandError("--password-stdin: standard input holds no password")
        return line.rstrip("\r\n")
    first = _prompt(f"new password for {whose}: ")
    if _prompt("again: ") != first:
        raise CommandError("the two passwords differ")
    return first


def cmd_init(inv: Invocation) -> int:
    a = inv.args
    password = _new_password(a, a.admin)
    context = station.init_station(
        inv.home,
        profile_id=a.profile,
        unit_name=a.unit,
        unit_code=a.unit_code,
        admin_login=a.admin,
        admin_name=a.admin_name,
        admin_password=password,
        db_url=a.db,
    )
    info = station.station_info(context)
    context.close()
    inv.emit(
        {
            "home": str(inv.home),
            "station": info.code,
            "unit": info.unit_name,
            "unit_code": info.unit_code,
            "profile": info.profile_id,
            "admin": a.admin,
        },
        f"station {info.code} ({info.unit_name}) created in {inv.home}, profile {info.profile_id}",
    )
    return 0


def cmd_profiles(inv: Invocation) -> int:
    context = inv.context() if StationPaths(inv.home).config.is_file() else None
    active = profiles.active_profile(context).id if context else None
    found = profiles.available_profiles(context)
    documents = [dict(p.summary(), active=p.id == active) for p in found]
    lines = [f"{'*' if p.id == active else ' '} {p.id:<20} {p.name}" for p in found]
    inv.emit(documents, lines)
    return 0


def cmd_profile_copy(inv: Invocation) -> int:
    a = inv.args
    changes: dict[str, object] = {}
    for item in a.set or []:
        key, sep, value = item.partition("=")
        if not sep:
            raise CommandError(f"--set {item!r}: write KEY=VALUE")
        changes[key.strip()] = _toml_value(value.strip())
    profile = profiles.copy_builtin_profile(
        inv.context(),
        inv.actor(),
        base_id=a.base,
        new_id=a.new_id,
        name=a.name or a.new_id,
        changes=changes,
    )
    inv.emit(profile.summary(), f"profile {profile.id} created from {a.base}")
    return 0


def _toml_value(text: str) -> object:
    import tomllib

    try:
        return tomllib.loads(f"v = {text}")["v"]
    except tomllib.TOMLDecodeError:
        return text


def cmd_profile_use(inv: Invocation) -> int:
    profiles.use_profile(inv.context(), inv.actor(), inv.args.profile)
    inv.emit({"profile": inv.args.profile}, f"the station now applies {inv.args.profile}")
    return 0


def cmd_unit_add(inv: Invocation) -> int:
    a = inv.args
    row = people.add_unit(inv.context(), inv.actor(), a.code, a.name, a.parent)
    inv.emit(
        {"code": row.code, "name": row.name, "parent": row.parent_code},
        f"unit {row.code} {row.name} added under {row.parent_code}",
    )
    return 0


def cmd_unit_list(inv: Invocation) -> int:
    inv.actor()
    rows = people.list_units(inv.context())
    inv.emit(
        [{"code": r.code, "name": r.name, "parent": r.parent_code, "depth": r.depth} for r in rows],
        [f"{'  ' * r.depth}{r.code}  {r.name}" for r in rows],
    )
    return 0


def cmd_user_add(inv: Invocation) -> int:
    a = inv.args
    actor = inv.actor()
    try:
        role = parse_role(a.role)
    except ValueError as exc:
        raise ValidationError(str(exc)) from None
    password = _new_password(a, a.login)
    row = people.add_person(
        inv.context(),
        actor,
        login=a.login,
        name=a.name,
        role=role,
        password=password,
        unit_code=a.unit,
    )
    inv.emit(row.as_json(), f"{row.login} ({row.name}, {row.role.value}) added to {row.unit_name}")
    return 0


def cmd_user_list(inv: Invocation) -> int:
    rows = people.list_people(inv.context(), inv.actor())
    inv.emit(
        [row.as_json() for row in rows],
        [
            f"{r.login:<16} {r.name:<8} {r.role.value:<17} {r.unit_code:<10} "
            f"{'' if r.active else 'disabled'}"
            for r in rows
        ],
    )
    return 0


def cmd_audit_verify(inv: Invocation) -> int:
    if inv.args.user:
        inv.actor()
    report = inv.context().audit.verify()
    document = {
        "ok": report.ok,
        "entries": report.entries,
        "head": {"seq": report.head.seq, "hash": report.head.hash},
        "first_bad": report.first_bad,
        "problem": report.problem or None,
    }
    if report.ok:
        inv.emit(
            document, f"audit chain intact: {report.entries} entries, head {report.head.hash[:16]}"
        )
        return 0
    message = f"audit chain broken at entry #{report.first_bad}: {report.problem}"
    if inv.args.json:
        inv.emit(document, "")
    print(message, file=sys.stderr)
    return EXIT_CHECK_FAILED


def cmd_audit_list(inv: Invocation) -> int:
    context, actor = inv.context(), inv.actor()
    require(actor.role, Action.VIEW_AUDIT, who=actor.login)
    rows = context.audit.list_entries(
        audit.AuditFilter(actor=inv.args.actor or ""), limit=inv.args.limit
    )
    inv.emit(
        [
            {
                "seq": r.seq,
                "at": r.at.isoformat(),
                "actor": r.actor,
                "action": r.action,
                "target_kind": r.target_kind,
                "target_id": r.target_id,
                "details": r.details,
                "hash": r.hash,
            }
            for r in rows
        ],
        [
            f"{r.seq:>6}  {local_text(r.at)}  {r.actor:<12} {r.action:<22} "
            f"{r.target_kind}:{r.target_id}"
            for r in rows
        ],
    )
    return 0


def cmd_demo(inv: Invocation) -> int:
    from app.services.demo import DEMO_MANAGER, DEMO_PASSWORD, build_demo_station

    home = (
        Path(inv.args.home)
        if inv.args.home
        else Path(tempfile.mkdtemp(prefix="evidence-station-demo-"))
    )
    if not StationPaths(home).config.is_file():
        build_demo_station(home).close()
    from app.ui.launch import render_screenshots, run_gui

    if inv.args.screenshots:
        written = render_screenshots(home, Path(inv.args.screenshots), DEMO_MANAGER, DEMO_PASSWORD)
        inv.emit([str(p) for p in written], [str(p) for p in written])
        return 0
    print(f"demo station in {home}; log in as {DEMO_MANAGER} / {DEMO_PASSWORD}")
    return run_gui(home, None, login=(DEMO_MANAGER, DEMO_PASSWORD))


def cmd_self_test(inv: Invocation) -> int:
    checks = run_self_test(inv.home, inv.args.db)
    inv.emit(
        [{"check": c.name, "ok": c.ok, "detail": c.detail} for c in checks],
        [f"{'ok     ' if c.ok else 'MISSING'} {c.name:<13} {c.detail}" for c in checks],
    )
    return 0 if all(c.ok for c in checks) else EXIT_CHECK_FAILED


def _global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """Options every command takes, before or after its name."""
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--home", default=default, help="the station folder")
    parser.add_argument("--db", default=default, help="database URL (e.g. PostgreSQL)")
    parser.add_argument("--user", default=default, help="act as this login")
    parser.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="print one JSON document",
    )


def _command(subparsers, name: str, handler: Callable[[Invocation], int], help_text: str):  # type: ignore[no-untyped-def]
    parser = subparsers.add_parser(name, help=help_text, description=help_text)
    _global_options(parser, suppress=True)
    parser.set_defaults(handler=handler)
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="evidence-station", description="执法记录管理工作站 Evidence Station")
    _global_options(parser, suppress=False)
    parser.add_argument("--version", action="version", version=f"evidence-station {__version__}")
    parser.add_argument("--self-test", action="store_true", help="check this installation")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = _command(commands, "init", cmd_init, "create a station in --home")
    p.add_argument("--profile", required=True, help="policy profile id (see 'profiles')")
    p.add_argument("--unit", required=True, help="the station's own unit name")
    p.add_argument("--unit-code", default=station.DEFAULT_ROOT_UNIT_CODE)
    p.add_argument("--admin", required=True, help="login of the first manager")
    p.add_argument("--admin-name", help="the manager's name (defaults to the login)")
    p.add_argument("--password-stdin", action="store_true")

    _command(commands, "profiles", cmd_profiles, "list the policy profiles")
    profile = commands.add_parser("profile", help="copy or choose a policy profile")
    profile_commands = profile.add_subparsers(
        dest="profile_command", required=True, parser_class=_Parser
    )
    p = _command(profile_commands, "copy", cmd_profile_copy, "copy a profile and change it")
    p.add_argument("base")
    p.add_argument("new_id")
    p.add_argument("--name")
    p.add_argument("--set", action="append", metavar="KEY=VALUE")
    p = _command(profile_commands, "use", cmd_profile_use, "apply another profile")
    p.add_argument("profile")

    unit = commands.add_parser("unit", help="the unit tree")
    unit_commands = unit.add_subparsers(dest="unit_command", required=True, parser_class=_Parser)
    p = _command(unit_commands, "add", cmd_unit_add, "add a unit")
    p.add_argument("code")
    p.add_argument("--name", required=True)
    p.add_argument("--parent", help="parent unit code (default: the station's own unit)")
    _command(unit_commands, "list", cmd_unit_list, "show the unit tree")

    user = commands.add_parser("user", help="people and their roles")
    user_commands = user.add_subparsers(dest="user_command", required=True, parser_class=_Parser)
    p = _command(user_commands, "add", cmd_user_add, "add a person")
    p.add_argument("login")
    p.add_argument("--name", required=True)
    p.add_argument("--role", required=True, help=", ".join(r.value for r in Role))
    p.add_argument("--unit", help="unit code (default: the station's own unit)")
    p.add_argument("--password-stdin", action="store_true")
    _command(user_commands, "list", cmd_user_list, "list people")

    audit_parser = commands.add_parser("audit", help="the audit chain")
    audit_commands = audit_parser.add_subparsers(
        dest="audit_command", required=True, parser_class=_Parser
    )
    _command(audit_commands, "verify", cmd_audit_verify, "check the whole audit chain")
    p = _command(audit_commands, "list", cmd_audit_list, "show the newest audit entries")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--actor", help="only entries by this login")

    p = _command(commands, "demo", cmd_demo, "open the GUI on a demo station")
    p.add_argument("--screenshots", metavar="DIR", help="render every page to PNG and exit")
    return parser


def run(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(argv)
    inv = Invocation(args)
    configure_logging(StationPaths(inv.home).logs)
    try:
        if args.self_test:
            return cmd_self_test(inv)
        if args.command is None:
            raise CommandError("name a command, or run without arguments for the GUI")
        return int(args.handler(inv))
    finally:
        inv.close()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``evidence-station`` console script and of ``main.py``."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:
        from app.ui.launch import run_gui

        return run_gui(default_home(), None, login=None)
    try:
        return run(argv)
    except EvidenceStationError as exc:
        print(f"evidence-station: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("evidence-station: interrupted", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as exc:  # noqa: BLE001 - the one boundary that turns bugs into a line
        log.exception("internal error")
        print(f"evidence-station: internal error: {exc!r} (details in the log)", file=sys.stderr)
        return EXIT_BUG


if __name__ == "__main__":
    sys.exit(main())
