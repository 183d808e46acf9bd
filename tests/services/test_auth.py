"""Logging in: argon2id hashes, one message for every failure, lockout after five."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.core.clock import FixedClock
from app.core.errors import AccountLockedError, AuthError
from app.core.roles import Role
from app.services.auth import LOCKOUT, MAX_FAILED_LOGINS, log_in, log_out
from app.services.people import add_person, set_person_active
from app.services.station import StationContext
from app.store.models import AuditEntry, LoginSession, Person
from tests.conftest import ADMIN_PASSWORD


def actions(station: StationContext) -> list[str]:
    with station.store.read() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


def test_password_is_stored_as_argon2id(station: StationContext) -> None:
    with station.store.read() as session:
        stored = session.scalars(select(Person.password_hash)).one()
    assert stored.startswith("$argon2id$")
    assert ADMIN_PASSWORD not in stored


def test_login_opens_a_session_and_logout_closes_it(station: StationContext) -> None:
    actor = log_in(station, "admin", ADMIN_PASSWORD, client="test")
    assert (actor.login, actor.role, actor.unit_name) == ("admin", Role.MANAGER, "馆陶县公安局")
    log_out(station, actor)
    with station.store.read() as session:
        record = session.get_one(LoginSession, actor.session_id)
    assert record.ended_at is not None
    assert actions(station)[-2:] == ["login", "logout"]


@pytest.mark.parametrize("login, password", [("admin", "wrong-password"), ("nobody", "x" * 10)])
def test_wrong_login_or_password_is_one_message(
    station: StationContext, login: str, password: str
) -> None:
    with pytest.raises(AuthError, match="wrong login or password"):
        log_in(station, login, password, client="test")
    assert actions(station)[-1] == "login.failed"


def test_fifth_failure_locks_for_fifteen_minutes(
    station: StationContext, clock: FixedClock
) -> None:
    for _ in range(MAX_FAILED_LOGINS - 1):
        with pytest.raises(AuthError) as caught:
            log_in(station, "admin", "wrong-password", client="test")
        assert not isinstance(caught.value, AccountLockedError)
    with pytest.raises(AccountLockedError):
        log_in(station, "admin", "wrong-password", client="test")
    with pytest.raises(AccountLockedError, match="locked until"):
        log_in(station, "admin", ADMIN_PASSWORD, client="test")
    clock.advance(LOCKOUT - timedelta(seconds=1))
    with pytest.raises(AccountLockedError):
        log_in(station, "admin", ADMIN_PASSWORD, client="test")
    clock.advance(timedelta(seconds=2))
    assert log_in(station, "admin", ADMIN_PASSWORD, client="test").login == "admin"
    assert station.audit.verify().ok


def test_success_resets_the_failure_count(station: StationContext) -> None:
    for _ in range(MAX_FAILED_LOGINS - 1):
        with pytest.raises(AuthError):
            log_in(station, "admin", "wrong-password", client="test")
    log_in(station, "admin", ADMIN_PASSWORD, client="test")
    for _ in range(MAX_FAILED_LOGINS - 1):
        with pytest.raises(AuthError) as caught:
            log_in(station, "admin", "wrong-password", client="test")
        assert not isinstance(caught.value, AccountLockedError)


def test_disabled_account_cannot_log_in(station: StationContext, manager) -> None:  # type: ignore[no-untyped-def]
    add_person(
        station, manager, login="li", name="李伟", role=Role.OFFICER, password="officer-pass-1"
    )
    set_person_active(station, manager, "li", False)
    with pytest.raises(AuthError):
        log_in(station, "li", "officer-pass-1", client="test")
