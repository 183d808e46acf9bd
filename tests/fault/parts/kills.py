"""kill -9 at a random moment of ``ingest``, ``ingest --resume`` and other writes (issue #17).

After the kills, ``ingest --resume`` runs to its end and the same files are handed over
once more (a kill before the journal existed leaves nothing to resume). Then every source
must be in the vault exactly once with its right digests, every vault object must belong
to a recording, no partial copy or journal may be left, the originals must be unchanged,
and ``audit verify`` and ``verify --all`` must pass. A kill that came after the command had
already finished is retried sooner, so every counted trial killed a running process.
Every fifth trial kills another write instead (a still, a form approval, a confidentiality
mark, a new account): the chain must still verify and the command must run again cleanly.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import select
import signal
import tempfile
from pathlib import Path

from tests.fault.parts import Part
from tests.fault.runner import Runner, wait
from tests.fault.tally import Check, Verdict
from tests.fault.world import DEVICE, MANAGER, OFFICER, World, rng_for, sqlite

ROW = "kill -9"
NOTE = (
    "kill -9 covers `ingest`, `ingest --resume`, `still`, `form approve`, `recordings mark` "
    "and `user add`; the station has no export or destruction command yet, so those were "
    "not tried."
)


def kill_after(runner: Runner, argv: list[str], delay: float, stdin: bytes = b"") -> bool:
    """Start ``argv``, SIGKILL it after ``delay`` s; True when it was still running then."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        pid = runner.start(argv, stdin=stdin, out=out, err=err)
        handle = os.pidfd_open(pid)
        try:
            finished, _, _ = select.select([handle], [], [], delay)
        finally:
            os.close(handle)
        if not finished:
            os.kill(pid, signal.SIGKILL)
        wait(pid, 30)
        return not finished


#: Other writes killed in every fifth trial: each must leave the chain verifiable and be
#: repeatable afterwards (a refusal is fine, a crash is not).
WRITES = {
    "still": ["still", "1", "--index", "3", "--out", "{folder}/still.png"],
    "form approve": ["form", "approve", "2", "--comment", "同意"],
    "recordings mark": ["recordings", "mark", "1", "personal-privacy", "--reason", "隐私"],
    "user add": [
        "user",
        "add",
        "killed",
        "--name",
        "新人",
        "--role",
        "officer",
        "--password-stdin",
    ],
}


def run(world: World, seed: int, trial: int) -> list[Check]:
    rng = rng_for("kill", seed, trial)
    runner = world.runner()
    if trial % 5 == 4:
        return [_kill_a_write(world, runner, trial, rng)]
    sources = rng.sample(world.corpus, rng.randint(2, min(5, len(world.corpus))))
    delay = rng.uniform(0.05, 2.0)
    for _attempt in range(5):
        folder = world.trial_dir("kill", trial)
        files = [folder / "card" / s.name for s in sources]
        files[0].parent.mkdir()
        for source, copy in zip(sources, files, strict=True):
            copy.write_bytes(source.read_bytes())
        home = world.fresh_station(folder / "station")
        station = ["--home", str(home), "--user", MANAGER]
        ingest = [*station, "ingest", *map(str, files), "--officer", OFFICER, "--device", DEVICE]
        if kill_after(runner, ingest, delay):
            break
        delay /= 2
    else:
        raise RuntimeError(f"ingest always finished before the kill (last delay {delay:.3f} s)")
    case = f"{len(files)} files, ingest killed after {delay:.2f} s"
    if rng.random() < 0.5:
        resume_delay = rng.uniform(0.05, 1.5)
        landed = kill_after(runner, [*station, "ingest", "--resume"], resume_delay)
        case += f", resume killed after {resume_delay:.2f} s" if landed else ", resume finished"
    return [_after_kills(world, runner, station, home, files, sources, case)]


def _kill_a_write(world: World, runner: Runner, trial: int, rng: random.Random) -> Check:
    name = sorted(WRITES)[(trial // 5) % len(WRITES)]
    delay = rng.uniform(0.02, 0.8)
    for _attempt in range(6):
        folder = world.trial_dir("kill", trial)
        home = world.fresh_station(folder / "station")
        argv = ["--home", str(home), "--user", MANAGER]
        argv += [w.replace("{folder}", str(folder)) for w in WRITES[name]]
        if kill_after(runner, argv, delay, stdin=b"killed-pass-1\n"):
            break
        delay /= 2
    else:
        raise RuntimeError(f"{name} always finished before the kill (last delay {delay:.3f} s)")
    case = f"{name} killed after {delay:.2f} s"
    again = runner.run(argv, stdin=b"killed-pass-1\n")
    audit = runner.run(["--home", str(home), "audit", "verify"])
    for outcome in (again, audit):
        check = Check.of_call(ROW, outcome, case)
        if check.verdict is not Verdict.CLEAN:
            return check
    if audit.code != 0:
        return check.wrong(f"audit verify after the kill: {audit.summary()}")
    return check


def _after_kills(
    world: World,
    runner: Runner,
    station: list[str],
    home: Path,
    files: list[Path],
    sources: list[Path],
    case: str,
) -> Check:
    calls = [
        runner.run([*station, "ingest", "--resume", "--json"]),
        runner.run(
            [*station, "ingest", *map(str, files), "--officer", OFFICER, "--device", DEVICE]
        ),
    ]
    for outcome in calls:
        check = Check.of_call(ROW, outcome, case)
        if not outcome.clean:
            return check
        if outcome.code != 0:
            return check.wrong(f"{' '.join(outcome.argv[3:5])}: {outcome.summary()}")
    problems = _problems(home, files, sources)
    verify = runner.run([*station, "verify", "--all"])
    audit = runner.run(["--home", str(home), "audit", "verify"])
    for outcome in (verify, audit):
        if not outcome.clean:
            return Check.of_call(ROW, outcome, case)
        if outcome.code != 0:
            problems.append(f"{outcome.argv[-2:]} {outcome.summary()}")
    check = Check(ROW, Check.of_call(ROW, audit, case).verdict, case)
    return check.wrong("; ".join(problems)) if problems else check


def _problems(home: Path, files: list[Path], sources: list[Path]) -> list[str]:
    problems = []
    for copy, source in zip(files, sources, strict=True):
        if copy.read_bytes() != source.read_bytes():
            problems.append(f"original {copy.name} changed")
    with sqlite(home) as db:
        for copy in files:
            sha = hashlib.sha256(copy.read_bytes()).hexdigest()
            (count,) = db.execute(
                "SELECT count(*) FROM recordings r JOIN vault_objects v "
                "ON v.id = r.vault_object_id WHERE v.sha256 = ?",
                (sha,),
            ).fetchone()
            if count != 1:
                problems.append(f"{copy.name} registered {count} times")
        (orphans,) = db.execute(
            "SELECT count(*) FROM vault_objects v WHERE NOT EXISTS "
            "(SELECT 1 FROM recordings r WHERE r.vault_object_id = v.id)"
        ).fetchone()
        known = {row[0] for row in db.execute("SELECT sha256 FROM vault_objects")}
    if orphans:
        problems.append(f"{orphans} vault objects without a recording")
    on_disk = {p.name for p in (home / "vault").glob("??/??/*") if p.is_file()}
    if on_disk - known:
        problems.append(f"{len(on_disk - known)} vault files without a vault object")
    partial = list((home / "vault").rglob("*.part"))
    if partial:
        problems.append(f"{len(partial)} partial copies left in the vault")
    journals = list((home / "journal").glob("*.json")) if (home / "journal").is_dir() else []
    if journals:
        names = json.dumps([j.name for j in journals])
        problems.append(f"{len(journals)} journals left after the resume: {names}")
    return problems


PART = Part("kill", 125, run, note=NOTE)
