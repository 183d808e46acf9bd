"""Role × action × unit, cell by cell (issue #17): people, units, devices and approvals.

Every actor sits in unit A of the tree below and acts on something in A (their own
unit), A1 (below), B (a sibling branch) or ROOT (above). A refused cell must raise
``PermissionDeniedError`` and leave a ``permission.denied`` entry naming the actor; an
allowed cell must succeed and leave none. One station is built per module and copied
for each cell, on SQLite (the PostgreSQL side of the rules is the same code; the race
test in ``test_forms_concurrency`` covers PostgreSQL locking).

    ROOT  admin (manager), off_root
    ├── A   head_a (manager), off_a, adm_a, clerk_a, equip_a, legal_a, sup_a, super_a
    │   └── A1  off_a1
    └── B   head_b, adm_b, off_b
"""

import json
import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from app.core.clock import FixedClock
from app.core.errors import PermissionDeniedError
from app.core.roles import ROLE_RANK, Role
from app.services import devices, forms, ingest, people
from app.services.auth import Actor, log_in
from app.services.form_records import TargetRef
from app.services.permissions import Action, is_allowed
from app.services.station import StationContext, init_station, open_station
from app.store.forms import Form
from app.store.models import AuditEntry, Person, Unit
from tests.services.form_people import Crew, build_crew
from tests.support.media import copy_video
from tests.support.recording_rows import add_recording_rows

ADMIN_PASSWORD = "station-admin-1"
CLOCK = FixedClock(datetime(2026, 11, 26, 2, 0, tzinfo=UTC))
UNITS = ("A", "A1", "B", "ROOT")
IN_SCOPE = {"A", "A1"}  # head_a's unit and the one below it
OFFICER_OF = {"A": "off_a", "A1": "off_a1", "B": "off_b", "ROOT": "off_root"}
ACTOR_OF = {
    Role.MANAGER: "head_a",
    Role.OFFICER: "off_a",
    Role.EVIDENCE_OFFICER: "adm_a",
    Role.CLERK: "clerk_a",
    Role.EQUIPMENT: "equip_a",
    Role.LEGAL: "legal_a",
    Role.SUPERVISION: "sup_a",
    Role.SUPERIOR: "super_a",
}
KEEPERS = {Role.MANAGER, Role.EVIDENCE_OFFICER, Role.EQUIPMENT}  # the device ledger
CHECKERS = KEEPERS | {Role.OFFICER}  # faults and pre-use checks


def _device(unit: str) -> str:
    return f"DEV-{unit}"


def _spare(unit: str) -> str:
    return f"SPARE-{unit}"


def _build(home: Path) -> None:
    """The template station: the crew, an officer at ROOT, a device issued to each unit's
    officer and one spare per unit, and a submitted copy form filed in each unit."""
    with init_station(
        home, profile_id="guantao-psb", unit_name="馆陶县公安局", admin_login="admin",
        admin_name="王建中", admin_password=ADMIN_PASSWORD, clock=CLOCK,
    ) as station:  # fmt: skip
        admin = log_in(station, "admin", ADMIN_PASSWORD, client="test")
        build_crew(station, admin)
        people.add_person(station, admin, login="off_root", name="林一", role=Role.OFFICER,
                          password="officer-pass-1", unit_code="ROOT")  # fmt: skip
        crew = _crew(station)
        owner = crew.actors["off_root"]  # the recording every unit's copy form names
        add_recording_rows(station, owner.person_id, owner.unit_id, (1,))
        for unit in UNITS:
            for asset in (_device(unit), _spare(unit)):
                devices.add_device(station, admin, asset_no=asset, serial=asset, model="DSJ",
                                   kind=devices.DeviceKind.BODY_CAMERA, unit_code=unit)  # fmt: skip
            devices.assign_device(station, admin, _device(unit), OFFICER_OF[unit])
            filer = crew[OFFICER_OF[unit]]
            fields = {"reason": "复核", "valid_until": "2026-12-31T18:00"}
            form = forms.create_form(station, filer, "copy", fields, [TargetRef("recording", "1")])
            forms.submit_form(station, filer, form.id)


def _crew(station: StationContext) -> Crew:
    """Everyone as the services see them, read from the station (no password checks)."""
    with station.store.read() as session:
        rows = session.execute(select(Person, Unit).join(Unit, Person.unit_id == Unit.id))
        actors = {
            p.login: Actor(p.id, p.login, p.name, Role(p.role), u.id, u.code, u.name, 0)
            for p, u in rows
        }
        units = {u.code: u.id for u in session.scalars(select(Unit))}
    return Crew(actors, units)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("matrix") / "station"
    _build(home)
    return home


@pytest.fixture
def world(template: Path, tmp_path: Path) -> Iterator[tuple[StationContext, Crew]]:
    home = tmp_path / "station"
    shutil.copytree(template, home)
    with open_station(home, clock=CLOCK) as station:
        yield station, _crew(station)


def _form_of(station: StationContext, unit: str) -> int:
    with station.store.read() as session:
        unit_id = session.scalar(select(Unit.id).where(Unit.code == unit))
        return session.scalar(select(Form.id).where(Form.unit_id == unit_id))


def _camera_file(station: StationContext, unit: str) -> Path:
    """A small real video beside the station folder, as a camera's card would hold it."""
    return copy_video(station.paths.root.parent / "camera" / f"DSJ_{unit}_0001.MP4", 5)


def _reaches_device(role: Role, unit: str) -> bool:
    return role in CHECKERS and unit in IN_SCOPE and (role is not Role.OFFICER or unit == "A")


Cell = Callable[[StationContext, Crew, Actor, str], object]

CELLS: dict[str, tuple[Cell, Callable[[Role, str], bool]]] = {
    "unit.add": (
        lambda s, c, me, u: people.add_unit(s, me, "NEW", "新单位", u),
        lambda role, u: role is Role.MANAGER and u in IN_SCOPE,
    ),
    "person.add": (
        lambda s, c, me, u: people.add_person(
            s, me, login="new1", name="新人", role=Role.OFFICER, password="pw-12345678", unit_code=u
        ),  # fmt: skip
        lambda role, u: role is Role.MANAGER and u in IN_SCOPE,
    ),
    "person.disable": (
        lambda s, c, me, u: people.set_person_active(s, me, OFFICER_OF[u], False),
        lambda role, u: role is Role.MANAGER and u in IN_SCOPE,
    ),
    "person.reset-password": (
        lambda s, c, me, u: people.reset_password(s, me, OFFICER_OF[u], "new-pass-123"),
        lambda role, u: role is Role.MANAGER and u in IN_SCOPE,
    ),
    "device.add": (
        lambda s, c, me, u: devices.add_device(
            s,
            me,
            asset_no="NEW-1",
            serial="S",
            model="M",
            kind=devices.DeviceKind.CAMERA,
            unit_code=u,
        ),  # fmt: skip
        lambda role, u: role in KEEPERS and u in IN_SCOPE,
    ),
    "device.assign": (
        lambda s, c, me, u: devices.assign_device(s, me, _spare(u), OFFICER_OF[u]),
        lambda role, u: role in KEEPERS and u in IN_SCOPE,
    ),
    "device.return": (
        lambda s, c, me, u: devices.return_device(s, me, _device(u)),
        lambda role, u: role in KEEPERS and u in IN_SCOPE,
    ),
    # An officer reaches only the device issued to them: DEV-A is off_a's.
    "device.report-fault": (
        lambda s, c, me, u: devices.report_fault(s, me, _device(u), "无法开机"),
        lambda role, u: _reaches_device(role, u),
    ),
    "device.pre-use-check": (
        lambda s, c, me, u: devices.log_pre_use_check(
            s, me, _device(u), battery_ok=True, storage_ok=True, clock_ok=True
        ),  # fmt: skip
        lambda role, u: _reaches_device(role, u),
    ),
    # Footage comes in only for an officer and a device within the importer's reach.
    "recording.import": (
        lambda s, c, me, u: ingest.import_files(
            s, me, ingest.IngestRequest((_camera_file(s, u),), OFFICER_OF[u], _device(u))
        ),  # fmt: skip
        lambda role, u: is_allowed(role, Action.IMPORT_RECORDINGS) and u in IN_SCOPE,
    ),
    # The copy form's chain waits for a unit head of the form's unit or above it.
    "form.approve": (
        lambda s, c, me, u: forms.approve_form(s, me, _form_of(s, u)),
        lambda role, u: role is Role.MANAGER and u in IN_SCOPE,
    ),
}


def _newest(station: StationContext) -> AuditEntry:
    with station.store.read() as session:
        return session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()


@pytest.mark.parametrize("unit", UNITS)
@pytest.mark.parametrize("role", list(ACTOR_OF))
@pytest.mark.parametrize("cell", list(CELLS))
def test_cell(world: tuple[StationContext, Crew], cell: str, role: Role, unit: str) -> None:
    station, crew = world
    act, allowed = CELLS[cell]
    me = crew[ACTOR_OF[role]]
    if allowed(role, unit):
        act(station, crew, me, unit)
        assert _newest(station).action != "permission.denied"
        return
    before = _newest(station).seq
    with pytest.raises(PermissionDeniedError):
        act(station, crew, me, unit)
    entry = _newest(station)
    assert (entry.seq, entry.actor, entry.action) == (before + 1, me.login, "permission.denied")
    assert json.loads(entry.details)["role"] == role.value


@pytest.mark.parametrize("role", list(Role))
def test_a_unit_head_creates_roles_no_higher_than_their_own(
    world: tuple[StationContext, Crew], role: Role
) -> None:
    station, crew = world
    create = lambda: people.add_person(  # noqa: E731
        station, crew["head_a"], login="new1", name="新人", role=role,
        password="pw-12345678", unit_code="A",
    )  # fmt: skip
    if ROLE_RANK[role] <= ROLE_RANK[Role.MANAGER]:
        assert create().role is role
        return
    with pytest.raises(PermissionDeniedError, match="superior account ranks above head_a"):
        create()
    assert _newest(station).action == "permission.denied"


def test_the_top_units_head_opens_superior_accounts(world: tuple[StationContext, Crew]) -> None:
    station, crew = world
    row = people.add_person(station, crew["admin"], login="county", name="县局", role=Role.SUPERIOR,
                            password="pw-12345678", unit_code="ROOT")  # fmt: skip
    assert row.role is Role.SUPERIOR


def test_an_account_cannot_approve_what_its_creator_filed(
    world: tuple[StationContext, Crew],
) -> None:
    """The campaign's attack: head_a opens m9 above A (refused), then a manager in A whose
    approval of head_a's own form is refused too; the county's head approves it."""
    station, crew = world
    head_a = crew["head_a"]
    with pytest.raises(PermissionDeniedError, match="unit ROOT is outside A"):
        people.add_person(station, head_a, login="m9", name="九", role=Role.MANAGER,
                          password="pw-12345678", unit_code="ROOT")  # fmt: skip
    people.add_person(station, head_a, login="m8", name="八", role=Role.MANAGER,
                      password="pw-12345678", unit_code="A")  # fmt: skip
    m8 = log_in(station, "m8", "pw-12345678", client="test")
    fields = {"reason": "复核", "valid_until": "2026-12-31T18:00"}
    form = forms.create_form(station, head_a, "copy", fields, [TargetRef("recording", "1")])
    forms.submit_form(station, head_a, form.id)
    with pytest.raises(PermissionDeniedError, match="created by the applicant"):
        forms.approve_form(station, m8, form.id)
    entry = _newest(station)
    assert (entry.actor, entry.action, entry.target_id) == ("m8", "permission.denied", str(form.id))
    assert forms.approve_form(station, crew["admin"], form.id).state == "approved"


@pytest.mark.parametrize("role", list(ACTOR_OF))
def test_people_and_devices_are_listed_within_the_actors_subtree(
    world: tuple[StationContext, Crew], role: Role
) -> None:
    """A unit's staff see their own unit and the ones below it, never a sibling or above."""
    station, crew = world
    me = crew[ACTOR_OF[role]]
    for listing, action in (
        (lambda: {p.unit_code for p in people.list_people(station, me)}, "person.view"),
        (lambda: {d.unit_code for d in devices.list_devices(station, me)}, "device.view"),
    ):
        try:
            seen = listing()
        except PermissionDeniedError:
            assert _newest(station).action == "permission.denied", action
            continue
        assert seen == IN_SCOPE, (role, action)
    everyone = {p.unit_code for p in people.list_people(station, crew["admin"])}
    assert everyone >= set(UNITS)
