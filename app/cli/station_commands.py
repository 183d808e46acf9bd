"""Commands about the station itself: init, profiles, demo, self-test."""

import argparse
import os
import tempfile
import tomllib
from pathlib import Path

from app.cli.invocation import CommandError, Invocation, add_command, add_group, new_password
from app.core.paths import KEYS_ENV, StationPaths
from app.services import profiles, station
from app.services.selftest import run_self_test

EXIT_CHECK_FAILED = 1


def cmd_init(inv: Invocation) -> int:
    a = inv.args
    password = new_password(a, a.admin, env_allowed=True)
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
            raise CommandError("cli.set-pair", item=item)
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
    """``8`` is a number, ``true`` a boolean, anything else is taken as text."""
    try:
        return tomllib.loads(f"v = {text}")["v"]
    except tomllib.TOMLDecodeError:
        return text


def cmd_profile_use(inv: Invocation) -> int:
    profiles.use_profile(inv.context(), inv.actor(), inv.args.profile)
    inv.emit({"profile": inv.args.profile}, f"the station now applies {inv.args.profile}")
    return 0


def cmd_demo(inv: Invocation) -> int:
    from app.services.demo import DEMO_MANAGER, DEMO_PASSWORD, build_demo_station
    from app.ui.launch import render_screenshots, run_gui

    if inv.args.home:
        home = Path(inv.args.home)
    else:
        # A throwaway demo keeps its signing key beside it, not among the account's keys.
        scratch = Path(tempfile.mkdtemp(prefix="evidence-station-demo-"))
        home = scratch / "station"
        os.environ.setdefault(KEYS_ENV, str(scratch / "keys"))
    if not StationPaths(home).config.is_file():
        build_demo_station(home).close()
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


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    p = add_command(commands, "init", cmd_init, "create a station in --home")
    p.add_argument("--profile", required=True, help="policy profile id (see 'profiles')")
    p.add_argument("--unit", required=True, help="the station's own unit name")
    p.add_argument("--unit-code", default=station.DEFAULT_ROOT_UNIT_CODE)
    p.add_argument("--admin", required=True, help="login of the first manager")
    p.add_argument("--admin-name", help="the manager's name (defaults to the login)")
    p.add_argument("--password-stdin", action="store_true")

    add_command(commands, "profiles", cmd_profiles, "list the policy profiles")
    group = add_group(commands, "profile", "copy or choose a policy profile")
    p = add_command(group, "copy", cmd_profile_copy, "copy a profile and change it")
    p.add_argument("base")
    p.add_argument("new_id")
    p.add_argument("--name")
    p.add_argument("--set", action="append", metavar="KEY=VALUE")
    p = add_command(group, "use", cmd_profile_use, "apply another profile")
    p.add_argument("profile")

    p = add_command(commands, "demo", cmd_demo, "open the GUI on a demo station")
    p.add_argument("--screenshots", metavar="DIR", help="render every page to PNG and exit")
