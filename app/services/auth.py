"""Logging in: password check, lockout after repeated failures, one session per login."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from app.core.clock import as_utc
from app.core.errors import AccountLockedError, AuthError
from app.core.roles import Role
from app.services.passwords import password_matches
from app.services.station import StationContext
from app.store.models import LoginSession, Person, Unit

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)


@dataclass(frozen=True)
class Actor:
    """The person a service acts for; every audit entry names its ``login``."""

    person_id: int
    login: str
    name: str
    role: Role
    unit_id: int
    unit_code: str
    unit_name: str
    session_id: int


def log_in(context: StationContext, login: str, password: str, *, client: str) -> Actor:
    """Check the password and open a login session.

    Raises:
        AuthError: unknown login, disabled account or wrong password (one message for
            all three, so a guesser learns nothing).
        AccountLockedError: the fifth wrong password in a row locks the account for
            15 minutes; a right password does not open it early.
    """
    now = context.clock()
    with context.store.write() as session:
        person = session.scalar(select(Person).where(Person.login == login))
        if person is None or not person.active:
            context.audit.record(
                session,
                actor=login or "?",
                action="login.failed",
                target_kind="person",
                target_id=login,
                details={"client": client},
            )
            failure: AuthError = AuthError("auth.wrong-password", login=login)
        elif person.locked_until is not None and as_utc(person.locked_until) > now:
            context.audit.record(
                session,
                actor=login,
                action="login.refused-locked",
                target_kind="person",
                target_id=login,
                details={"client": client},
            )
            failure = _locked(login, as_utc(person.locked_until))
        elif not password_matches(person.password_hash, password):
            failure = _count_failure(context, session, person, client)
        else:
            return _open_session(context, session, person, client)
    raise failure


def _locked(login: str, until: datetime) -> AccountLockedError:
    return AccountLockedError("auth.locked", login=login, until=until)


def _count_failure(context: StationContext, session, person: Person, client: str) -> AuthError:  # type: ignore[no-untyped-def]
    now = context.clock()
    if person.locked_until is not None and as_utc(person.locked_until) <= now:
        person.failed_logins, person.locked_until = 0, None
    person.failed_logins += 1
    details: dict[str, object] = {"client": client, "failures": person.failed_logins}
    if person.failed_logins >= MAX_FAILED_LOGINS:
        person.locked_until = now + LOCKOUT
        details["locked_until"] = person.locked_until.isoformat()
    context.audit.record(
        session,
        actor=person.login,
        action="login.failed",
        target_kind="person",
        target_id=person.login,
        details=details,
    )
    if person.locked_until is not None:
        return _locked(person.login, person.locked_until)
    return AuthError("auth.wrong-password", login=person.login)


def _open_session(context: StationContext, session, person: Person, client: str) -> Actor:  # type: ignore[no-untyped-def]
    person.failed_logins, person.locked_until = 0, None
    record = LoginSession(person_id=person.id, client=client, started_at=context.clock())
    session.add(record)
    session.flush()
    context.audit.record(
        session,
        actor=person.login,
        action="login",
        target_kind="session",
        target_id=record.id,
        details={"client": client},
    )
    unit = session.get_one(Unit, person.unit_id)
    return Actor(
        person.id,
        person.login,
        person.name,
        Role(person.role),
        unit.id,
        unit.code,
        unit.name,
        record.id,
    )


def log_out(context: StationContext, actor: Actor) -> None:
    with context.store.write() as session:
        record = session.get(LoginSession, actor.session_id)
        if record is not None and record.ended_at is None:
            record.ended_at = context.clock()
            context.audit.record(
                session,
                actor=actor.login,
                action="logout",
                target_kind="session",
                target_id=actor.session_id,
            )
