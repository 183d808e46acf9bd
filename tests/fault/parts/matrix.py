"""The role × action × unit matrix, driven through the command line (issue #17, 1 and 5).

Every person of the template station (every role, in units at three depths, plus a
sub-unit manager and a sub-unit administrator) tries each action on targets in different
units: viewing a recording, adding a person of each role to each unit, reporting a device
faulty, approving a waiting form, marking a recording confidential, listing the audit log.
The expected answer comes from the rules in ``docs/commands.md`` and the issue:
recordings by role and unit subtree; person management only by a manager, within the
manager's subtree and never above the manager's own role; a device reported only by its
wearer among officers; a form approved only by a manager whose unit holds the
applicant's; a mark set only by an administrator or manager who can see the recording;
the audit log only for the manager, legal office, supervision and superior. A cell whose
answer those rules leave open is only checked for a clean exit. Every refusal must also
be audited (a new ``*.denied`` entry).
"""

from __future__ import annotations

import functools
import random
from dataclasses import dataclass

from tests.fault.parts import Part
from tests.fault.tally import Check, Verdict
from tests.fault.world import World, sqlite

ROW = "permission matrix"

#: login: (role, unit) — the demo's people and the two the template adds.
PEOPLE = {
    "wangjz": ("manager", "ROOT"),
    "liwei": ("officer", "GTCG"),
    "zhaoqiang": ("officer", "GTCG-1"),
    "sunli": ("officer", "GTJJ-1"),
    "chenjing": ("evidence-officer", "GTCG"),
    "liufang": ("legal", "ROOT"),
    "zhoujian": ("supervision", "ROOT"),
    "wuhao": ("equipment", "ROOT"),
    "zhengyu": ("clerk", "GTCG"),
    "huangshi": ("superior", "ROOT"),
    "gtcgmgr": ("manager", "GTCG"),
    "gtjjadmin": ("evidence-officer", "GTJJ"),
}
#: Extra people the template station gets (see ``world``): login, name, role, unit.
EXTRA_PEOPLE = (
    ("gtcgmgr", "城关所长", "manager", "GTCG"),
    ("gtjjadmin", "交警管理员", "evidence-officer", "GTJJ"),
)
PARENT = {
    "GTCG": "ROOT",
    "GTCG-1": "GTCG",
    "GTWL": "ROOT",
    "GTJJ": "ROOT",
    "GTJJ-1": "GTJJ",
    "GTZA": "ROOT",
    "ROOT": None,
}
#: Recordings of the demo station: id -> (officer, unit).
RECORDINGS = {1: ("liwei", "GTCG"), 9: ("zhaoqiang", "GTCG-1"), 17: ("sunli", "GTJJ-1")}
#: Devices in service: asset -> wearer.
DEVICES = {"GT-DSJ-001": "liwei", "GT-DSJ-002": "zhaoqiang", "GT-DSJ-003": "sunli"}
ROLES = (
    "officer",
    "evidence-officer",
    "manager",
    "legal",
    "supervision",
    "equipment",
    "clerk",
    "superior",
)
UNIT_READERS = {"manager", "evidence-officer", "legal", "supervision"}
#: Forms waiting for a manager's approval: id -> the applicant's unit.
WAITING_FORMS = {2: "GTCG-1", 10: "GTJJ-1"}
AUDIT_READERS = {"manager", "legal", "supervision", "superior"}


@dataclass(frozen=True)
class Cell:
    actor: str
    action: str
    argv: tuple[str, ...]
    allowed: bool | None  # None: the rules leave it open

    @property
    def case(self) -> str:
        role, unit = PEOPLE[self.actor]
        return f"{self.actor} ({role}, {unit}): {self.action}"


def within(unit: str, top: str) -> bool:
    """Is ``unit`` ``top`` or below it?"""
    current: str | None = unit
    while current is not None:
        if current == top:
            return True
        current = PARENT[current]
    return False


def _view(actor: str, recording: int) -> bool:
    role, unit = PEOPLE[actor]
    officer, where = RECORDINGS[recording]
    if role == "officer":
        return officer == actor
    return role in UNIT_READERS and within(where, unit)


def _approve(actor: str, form: int) -> bool:
    """The chain waits for a manager: one whose unit holds the applicant's."""
    role, unit = PEOPLE[actor]
    return role == "manager" and within(WAITING_FORMS[form], unit)


def _mark(actor: str, recording: int) -> bool:
    """Administrators and managers who can see the recording now (docs/commands.md)."""
    return PEOPLE[actor][0] in ("evidence-officer", "manager") and _view(actor, recording)


def _add_person(actor: str, role: str, unit: str) -> bool | None:
    mine, home = PEOPLE[actor]
    if mine != "manager" or not within(unit, home):
        return False
    return True if role != "superior" else None


@functools.cache
def cells() -> tuple[Cell, ...]:
    out: list[Cell] = []
    for actor in PEOPLE:
        for recording in RECORDINGS:
            out.append(
                Cell(
                    actor,
                    f"recordings show {recording}",
                    ("recordings", "show", str(recording)),
                    _view(actor, recording),
                )
            )
        for role in ROLES:
            for unit in ("ROOT", "GTCG", "GTCG-1", "GTJJ-1"):
                argv = (
                    "user",
                    "add",
                    "cellnew",
                    "--name",
                    "新人",
                    "--role",
                    role,
                    "--unit",
                    unit,
                    "--password-stdin",
                )
                out.append(
                    Cell(
                        actor,
                        f"user add --role {role} --unit {unit}",
                        argv,
                        _add_person(actor, role, unit),
                    )
                )
        for asset, wearer in DEVICES.items():
            mine = PEOPLE[actor][0] == "officer"
            allowed = (wearer == actor) if mine else None
            argv = ("device", "fault", asset, "--reason", "按键失灵")
            out.append(Cell(actor, f"device fault {asset}", argv, allowed))
        for form in WAITING_FORMS:
            argv = ("form", "approve", str(form), "--comment", "同意")
            out.append(Cell(actor, f"form approve {form}", argv, _approve(actor, form)))
        for recording in RECORDINGS:
            argv = (
                "recordings",
                "mark",
                str(recording),
                "personal-privacy",
                "--reason",
                "涉及隐私",
            )
            out.append(Cell(actor, f"recordings mark {recording}", argv, _mark(actor, recording)))
        out.append(
            Cell(
                actor,
                "audit list",
                ("audit", "list", "--limit", "3"),
                PEOPLE[actor][0] in AUDIT_READERS,
            )
        )
    random.Random(0).shuffle(out)
    return tuple(out)


def _denials(world_home) -> int:  # type: ignore[no-untyped-def]
    with sqlite(world_home) as db:
        (count,) = db.execute(
            "SELECT count(*) FROM audit_entries WHERE action LIKE '%denied%'"
        ).fetchone()
    return int(count)


def run(world: World, seed: int, trial: int) -> list[Check]:
    cell = cells()[trial % len(cells())]
    home = world.fresh_station(world.trial_dir("matrix", trial) / "station")
    before = _denials(home)
    outcome = world.runner().run(
        ["--home", str(home), "--user", cell.actor, *cell.argv], stdin=b"new-person-pass-1\n"
    )
    check = Check.of_call(ROW, outcome, cell.case)
    if check.verdict is not Verdict.CLEAN:
        return [check]
    if cell.allowed is False and outcome.code == 0:
        return [check.wrong("allowed, must be refused")]
    if cell.allowed is True and outcome.code != 0:
        return [check.wrong(f"refused, must be allowed: {outcome.summary()}")]
    if outcome.code == 2 and cell.allowed is False and _denials(home) == before:
        return [check.wrong(f"refused ({outcome.summary()}) but the refusal was not audited")]
    return [check]


def trial_of(case: str) -> int:
    """The trial number of the cell whose case text is ``case`` (for the fast subset)."""
    return next(n for n, cell in enumerate(cells()) if cell.case == case)


PART = Part("matrix", lambda: len(cells()), run, find=trial_of)
