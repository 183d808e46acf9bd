"""The fast subset of the fault campaign: a handful of trials of every part (issue #17).

One campaign process runs all the cases below (its own zygote, pool and template station,
exactly as ``scripts/campaign`` does) and each test reads its case's checks. Under
pytest-xdist the first worker to arrive runs it and the others wait for its results. A
known open defect is an ``xfail(strict=True)`` naming it: when the fix lands the case
passes, the strict xfail fails, and the mark must go.
"""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = 17


@dataclass(frozen=True)
class Case:
    """A trial by number (``part:trial``) or, for listed cases, by text (``part=text``)."""

    spec: str
    defect: str = ""

    @property
    def name(self) -> str:
        return self.spec.replace("`", "").replace("'", "")


def _trial(part: str, number: int, defect: str = "") -> Case:
    return Case(f"{part}:{number}", defect)


def _cli(case: str, defect: str = "") -> Case:
    return Case(f"cli={case}", defect)


def _cell(case: str, defect: str = "") -> Case:
    return Case(f"matrix={case}", defect)


CASES = [
    # media: trial 11*i is corpus file i with mutation kind i
    *[_trial("media", 11 * i) for i in range(6)],
    # tamper: trial k is kind k (see tamper.KINDS)
    *[_trial("tamper", k) for k in range(17)],
    _trial("tamper", 17),
    _trial("kill", 0),
    _trial("kill", 1),
    _cli("`audit list` limit = '999999999999999999999999999999'"),
    _cli("`recordings list` since = '2026-13-45'"),
    _cli("`ingest` sources = '{fifo}'"),
    _cli("`frame` out = '{home}/audit-head.png'"),
    _cli("`still` out = '{home}/audit-head.png'"),
    _cli("`recordings list` with corrupt-db"),
    _cli("`user list` with garbage-toml"),
    _cli("a password that is not UTF-8"),
    _cli("`recordings list` with stdout closed"),
    _cell("wangjz (manager, ROOT): audit list"),
    _cell("zhengyu (clerk, GTCG): recordings show 1"),
    _cell("gtcgmgr (manager, GTCG): user add --role manager --unit ROOT"),
    _cell("liwei (officer, GTCG): device fault GT-DSJ-002"),
    _trial("concurrency", 0),  # ingest race on SQLite
    _trial("concurrency", 1),  # approve race on SQLite
    _trial("concurrency", 2),  # ingest race on PostgreSQL
]


@pytest.fixture(scope="session")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    """The campaign's checks by case spec; run once for all xdist workers."""
    shared = tmp_path_factory.getbasetemp().parent
    path = shared / "campaign-results.json"
    with (shared / "campaign.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not path.exists():
            _run_campaign(shared / "campaign", path)
    document = json.loads(path.read_text())
    checks = {(t["part"], t["trial"]): t["checks"] for t in document["trials"]}
    return {spec: checks[tuple(found)] for spec, found in document["cases"].items()}


def _run_campaign(work: Path, path: Path) -> None:
    cases = [f"--case={c.spec}" for c in CASES]
    command = [
        sys.executable,
        "-m",
        "tests.fault.campaign",
        *cases,
        "--seed",
        str(SEED),
        "--work",
        str(work),
        "--report",
        str(work / "report.md"),
        "--results",
        str(path),
        "--workers",
        str(os.cpu_count() or 2),
    ]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if not path.exists():
        pytest.fail(f"the campaign did not finish:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(
            c, id=c.name, marks=[pytest.mark.xfail(reason=c.defect, strict=True)] * bool(c.defect)
        )
        for c in CASES
    ],
)
def test_case_holds(case: Case, results: dict[str, list[dict]]) -> None:
    checks = results[case.spec]
    failing = [c for c in checks if c["verdict"] != "CLEAN"]
    assert checks
    assert not failing, "\n".join(
        f"{c['row']}: {c['verdict']}: {c['case']}: {c['detail']}" for c in failing
    )
