"""Stations witness each other's signed heads; a rewritten history is caught (issue #17)."""

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.clock import FixedClock
from app.core.errors import PermissionDeniedError, ValidationError
from app.core.roles import Role
from app.services.auth import Actor, log_in
from app.services.people import add_person, add_unit
from app.services.station import StationContext, init_station
from app.services.witness import check_witness, export_statement, import_statement

pytestmark = pytest.mark.parametrize("db_url", [None])


@pytest.fixture
def neighbour(tmp_path: Path, clock: FixedClock) -> Iterator[StationContext]:
    context = init_station(tmp_path / "neighbour", profile_id="guantao-psb", unit_name="邻站",
                           admin_login="nb", admin_password="neighbour-1", unit_code="NB",
                           clock=clock)  # fmt: skip
    yield context
    context.close()


def test_a_neighbour_records_our_head_and_we_still_hold_it(
    station: StationContext, manager: Actor, neighbour: StationContext, tmp_path: Path
) -> None:
    statement = export_statement(station, manager, tmp_path / "head.json")
    done = import_statement(
        neighbour, log_in(neighbour, "nb", "neighbour-1", client="test"), tmp_path / "head.json"
    )
    assert (done.statement, done.conflict) == (statement, "")
    assert neighbour.audit.verify().ok
    add_unit(station, manager, "PCS1", "城关派出所")  # the chain moves on: it still extends it
    assert check_witness(station, tmp_path / "head.json") == ""


def test_a_rewritten_history_is_caught_by_the_witness(
    station: StationContext, manager: Actor, tmp_path: Path
) -> None:
    add_unit(station, manager, "PCS1", "城关派出所")
    export_statement(station, manager, tmp_path / "head.json")
    head = json.loads((tmp_path / "head.json").read_text())
    with sqlite3.connect(station.paths.database) as db:  # the station's own admin rewrites
        db.execute("UPDATE audit_entries SET hash = ? WHERE seq = ?", ("ab" * 32, head["seq"]))
    assert "rewritten" in check_witness(station, tmp_path / "head.json")


def test_a_contradicting_statement_is_recorded_as_a_conflict(
    station: StationContext, manager: Actor, neighbour: StationContext, tmp_path: Path
) -> None:
    boss = log_in(neighbour, "nb", "neighbour-1", client="test")
    add_unit(station, manager, "PCS1", "城关派出所")
    export_statement(station, manager, tmp_path / "later.json")
    import_statement(neighbour, boss, tmp_path / "later.json")
    earlier = json.loads((tmp_path / "later.json").read_text())
    # The station rolls back and states an older head: the neighbour notices.
    station_head = {**earlier, "seq": earlier["seq"] - 1}
    unsigned = ("key", "public_key", "signature")
    signed = station.keys.sign_statement(
        {k: v for k, v in station_head.items() if k not in unsigned}
    )
    (tmp_path / "older.json").write_text(json.dumps(signed))
    done = import_statement(neighbour, boss, tmp_path / "older.json")
    assert "went back" in done.conflict
    assert neighbour.audit.verify().ok


@pytest.mark.parametrize(
    "edit",
    [
        {"seq": 999},
        {"hash": "cd" * 32},
        {"signature": "00" * 64},
        {"seq": 0},
        {"extra": 1},
    ],
)
def test_a_forged_or_malformed_statement_is_refused(
    station: StationContext,
    manager: Actor,
    neighbour: StationContext,
    tmp_path: Path,
    edit: dict[str, object],
) -> None:
    export_statement(station, manager, tmp_path / "head.json")
    forged = {**json.loads((tmp_path / "head.json").read_text()), **edit}
    (tmp_path / "forged.json").write_text(json.dumps(forged))
    with pytest.raises(ValidationError):
        import_statement(
            neighbour,
            log_in(neighbour, "nb", "neighbour-1", client="test"),
            tmp_path / "forged.json",
        )


def test_only_a_manager_imports_and_no_station_imports_itself(
    station: StationContext, manager: Actor, tmp_path: Path
) -> None:
    export_statement(station, manager, tmp_path / "head.json")
    with pytest.raises(ValidationError, match="own head"):
        import_statement(station, manager, tmp_path / "head.json")
    add_unit(station, manager, "PCS1", "城关派出所")
    add_person(station, manager, login="li", name="李伟", role=Role.OFFICER,
               password="officer-pass-1", unit_code="PCS1")  # fmt: skip
    with pytest.raises(PermissionDeniedError):
        import_statement(
            station, log_in(station, "li", "officer-pass-1", client="test"), tmp_path / "head.json"
        )


def test_the_statement_never_lands_on_the_station_files(
    station: StationContext, manager: Actor
) -> None:
    with pytest.raises(ValidationError):
        export_statement(station, manager, station.paths.audit_keys)
