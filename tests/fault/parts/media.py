"""Damaged videos through ``probe``, ``frame``, ``ingest`` and ``still`` (issue #17, 6/7/11).

Trial ``k`` takes corpus file ``k mod n`` and the mutation kinds in turn, so a run of any
size covers every file with every kind. Each call runs under the campaign's time limit.
An ingest that registers a mutant as sound although FFmpeg reports decode errors in it is
a wrong success ("damaged file taken as sound"); a crashed ingest must be resumable.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.fault.parts import Part
from tests.fault.runner import Outcome
from tests.fault.tally import Check, Verdict
from tests.fault.world import DEVICE, MANAGER, OFFICER, World, rng_for
from tests.support.mutants import KINDS, mutate

_KINDS = tuple(KINDS)


def run(world: World, seed: int, trial: int) -> list[Check]:
    rng = rng_for("media", seed, trial)
    source = world.corpus[trial % len(world.corpus)]
    kind = _KINDS[(trial // len(world.corpus)) % len(_KINDS)]
    folder = world.trial_dir("media", trial)
    path = folder / f"{source.stem}-{trial:05d}-{kind}{source.suffix}"
    path.write_bytes(mutate(source.read_bytes(), kind, rng))
    case = f"{kind} mutant of {source.name}"
    runner = world.runner()

    probe = runner.run(["probe", str(path), "--json"])
    frames = _frames(probe)
    index = rng.randrange(frames) if frames else rng.randrange(40)
    frame = runner.run(["frame", str(path), "--index", str(index), "--out", str(folder / "f.png")])
    checks = [
        Check.of_call("probe", probe, case),
        Check.of_call("frame", frame, f"{case}, frame {index}"),
    ]

    home = world.fresh_station(folder / "station")
    station = ["--home", str(home), "--user", MANAGER]
    ingest = runner.run(
        [*station, "ingest", str(path), "--officer", OFFICER, "--device", DEVICE, "--json"]
    )
    check = Check.of_call("ingest", ingest, case)
    recording: int | None = None
    if check.verdict is not Verdict.CLEAN:
        resume = runner.run([*station, "ingest", "--resume", "--json"])
        if not resume.clean:
            check = Check(
                check.row, check.verdict, case, f"{check.detail}; then resume: {resume.summary()}"
            )
    elif ingest.code == 0:
        recording, damaged = _recording(ingest)
        if recording is not None and not damaged:
            errors = decode_errors(path)
            if errors:
                check = check.wrong(f"registered as sound as #{recording}; ffmpeg: {errors}")
    checks.append(check)
    if recording is not None:
        still = runner.run(
            [
                *station,
                "still",
                str(recording),
                "--index",
                str(index),
                "--out",
                str(folder / "s.png"),
            ]
        )
        checks.append(Check.of_call("still", still, f"{case}, frame {index}"))
    return checks


def _frames(probe: Outcome) -> int | None:
    if probe.code != 0:
        return None
    try:
        frames = json.loads(probe.stdout).get("frames")
    except ValueError:
        return None
    return frames if isinstance(frames, int) and frames > 0 else None


def _recording(ingest: Outcome) -> tuple[int | None, bool]:
    """The recording the ingest made (new or the duplicate's) and whether it is flagged."""
    try:
        report = json.loads(ingest.stdout)
    except ValueError:
        return None, False
    for item in report.get("imported", []) + report.get("duplicates", []):
        if item.get("id") is not None:
            return int(item["id"]), bool(item.get("damaged"))
    return None, False


def decode_errors(path: Path) -> str:
    """What FFmpeg (a decoder we did not write) reports decoding the whole file; '' if clean."""
    result = subprocess.run(
        ["ffmpeg", "-v", "error", "-nostdin", "-i", str(path), "-map", "0:v:0?", "-f", "null", "-"],
        capture_output=True,
        text=True,
        errors="replace",
        timeout=120,
        check=False,
    )
    lines = result.stderr.strip().splitlines()
    if result.returncode != 0 and not lines:
        lines = [f"exit {result.returncode}"]
    return f"{lines[0][:160]} ({len(lines)} lines)" if lines else ""


PART = Part("media", 1000, run)
