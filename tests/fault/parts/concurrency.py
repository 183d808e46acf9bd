"""Several processes on one station at once, on SQLite and on PostgreSQL (issue #17).

Two races, taken in turn on each database: three ``ingest`` runs started together with
overlapping files (every file must end up registered exactly once), and three ``form
approve`` of the same form started together (exactly one approval may land; the others are
refused, never a crash). Afterwards ``audit verify`` and ``verify --all`` must pass.
"""

from __future__ import annotations

import contextlib
import json
import tempfile
from collections import Counter
from pathlib import Path

from tests.fault.parts import Part
from tests.fault.runner import Outcome, Runner, wait
from tests.fault.tally import Check, Verdict
from tests.fault.world import DEVICE, MANAGER, OFFICER, World, rng_for

ROW = "concurrency"
#: The demo station's form that waits for the manager's approval.
WAITING_FORM = "2"


def together(runner: Runner, commands: list[list[str]], limit: float) -> list[Outcome]:
    """Start every command before waiting for any; their outcomes in order."""
    with contextlib.ExitStack() as stack:
        files = [
            (
                stack.enter_context(tempfile.TemporaryFile()),
                stack.enter_context(tempfile.TemporaryFile()),
            )
            for _ in commands
        ]
        pids = [runner.start(c, out=o, err=e) for c, (o, e) in zip(commands, files, strict=True)]
        ends = [wait(pid, limit) for pid in pids]
        outcomes = []
        for command, (out, err), (code, sig, hung) in zip(commands, files, ends, strict=True):
            out.seek(0)
            err.seek(0)
            text = out.read().decode(errors="replace"), err.read().decode(errors="replace")
            outcomes.append(Outcome(tuple(command), code, *text, 0.0, hung, sig))
        return outcomes


def run(world: World, seed: int, trial: int) -> list[Check]:
    backends = ["sqlite", "postgresql"] if world.pg_template else ["sqlite"]
    backend = backends[(trial // 2) % len(backends)]
    race = ("ingest", "approve")[trial % 2]
    folder = world.trial_dir("concurrency", trial)
    home = world.fresh_station(folder / "station", backend)
    runner = world.runner()
    station = ["--home", str(home), "--user", MANAGER]
    case = f"{race} race on {backend}"
    if race == "ingest":
        checks = _ingest_race(
            world, runner, station, folder, rng_for("concurrency", seed, trial), case
        )
    else:
        checks = _approve_race(runner, station, case)
    if any(c.verdict is not Verdict.CLEAN for c in checks):
        return checks
    for argv in (["audit", "verify"], ["verify", "--all"]):
        outcome = runner.run([*station, *argv])
        check = Check.of_call(ROW, outcome, case)
        if check.verdict is not Verdict.CLEAN or outcome.code != 0:
            return [
                check
                if check.verdict is not Verdict.CLEAN
                else check.wrong(f"{' '.join(argv)}: {outcome.summary()}")
            ]
    return checks


def _ingest_race(
    world: World, runner: Runner, station: list[str], folder: Path, rng, case: str
) -> list[Check]:  # type: ignore[no-untyped-def]
    card = folder / "card"
    card.mkdir()
    files = []
    for source in world.corpus[:6]:
        copy = card / source.name
        copy.write_bytes(source.read_bytes())
        files.append(copy)
    runs = [rng.sample(files, 3) for _ in range(3)]
    commands = [
        [*station, "ingest", *map(str, r), "--officer", OFFICER, "--device", DEVICE] for r in runs
    ]
    outcomes = together(runner, commands, world.timeout)
    for outcome in outcomes:
        check = Check.of_call(ROW, outcome, case)
        if check.verdict is not Verdict.CLEAN:
            return [check]
        if outcome.code != 0:
            return [check.wrong(f"an ingest refused: {outcome.summary()}")]
    listing = runner.run([*station, "recordings", "list", "--limit", "1000", "--json"])
    names = Counter(row["file_name"] for row in json.loads(listing.stdout or "[]"))
    wanted = {f.name for r in runs for f in r}
    wrong = {name: names[name] for name in wanted if names[name] != 1}
    check = Check(ROW, Verdict.CLEAN, case)
    return [check.wrong(f"registered counts {wrong}") if wrong else check]


def _approve_race(runner: Runner, station: list[str], case: str) -> list[Check]:
    commands = [
        [*station, "form", "approve", WAITING_FORM, "--comment", f"第{n}次"] for n in range(3)
    ]
    outcomes = together(runner, commands, runner.timeout)
    for outcome in outcomes:
        check = Check.of_call(ROW, outcome, case)
        if check.verdict is not Verdict.CLEAN:
            return [check]
    approved = sum(1 for o in outcomes if o.code == 0)
    shown = runner.run([*station, "form", "show", WAITING_FORM, "--json"])
    steps = [s for s in json.loads(shown.stdout or "{}").get("steps", []) if s["step"] != "submit"]
    check = Check(ROW, Verdict.CLEAN, case)
    if approved != 1 or len(steps) != 1:
        return [
            check.wrong(f"{approved} approvals succeeded, {len(steps)} approval steps recorded")
        ]
    return [check]


PART = Part("concurrency", 40, run, needs_postgres=True)
