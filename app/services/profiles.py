"""Which policy profile a station applies, and the copies a unit makes of the built-ins."""

from sqlalchemy import select

from app.core.errors import PolicyError, ValidationError
from app.policy.loader import (
    builtin_profiles,
    copy_profile,
    get_builtin_profile,
    parse_profile,
    profile_to_toml,
)
from app.policy.profile import PolicyProfile
from app.services.auth import Actor
from app.services.permissions import Action, require
from app.services.station import StationContext
from app.store.models import CustomProfile, Station


def available_profiles(context: StationContext | None) -> list[PolicyProfile]:
    """The built-in profiles, then the unit copies kept in the store (when one is open)."""
    profiles = builtin_profiles()
    if context is not None:
        with context.store.read() as session:
            for row in session.scalars(select(CustomProfile).order_by(CustomProfile.id)):
                profiles.append(parse_profile(row.toml, f"custom profile {row.id}"))
    return profiles


def find_profile(context: StationContext, profile_id: str) -> PolicyProfile:
    with context.store.read() as session:
        row = session.get(CustomProfile, profile_id)
    if row is not None:
        return parse_profile(row.toml, f"custom profile {row.id}")
    return get_builtin_profile(profile_id)


def active_profile(context: StationContext) -> PolicyProfile:
    """The profile this station applies to deadlines, retention and approvals."""
    with context.store.read() as session:
        profile_id = session.scalar(
            select(Station.profile_id).where(Station.code == context.config.station_code)
        )
    if profile_id is None:
        raise PolicyError("policy.station-has-none", station=context.config.station_code)
    return find_profile(context, profile_id)


def copy_builtin_profile(
    context: StationContext,
    actor: Actor,
    *,
    base_id: str,
    new_id: str,
    name: str,
    changes: dict[str, object],
) -> PolicyProfile:
    """Store a unit's adjusted copy of a profile; it is validated like a shipped file."""
    require(context, actor, Action.MANAGE_PROFILES, target=("profile", new_id))
    if any(profile.id == new_id for profile in available_profiles(context)):
        raise ValidationError("policy.profile-exists", profile=new_id)
    profile = copy_profile(find_profile(context, base_id), new_id, name, changes)
    with context.store.write() as session:
        session.add(
            CustomProfile(
                id=new_id,
                name=name,
                based_on=base_id,
                unit_id=actor.unit_id,
                toml=profile_to_toml(profile),
                created_at=context.clock(),
            )
        )
        context.audit.record(
            session,
            actor=actor.login,
            action="profile.copy",
            target_kind="profile",
            target_id=new_id,
            details={"based_on": base_id, "changes": {k: str(v) for k, v in changes.items()}},
        )
    return profile


def use_profile(context: StationContext, actor: Actor, profile_id: str) -> None:
    """Switch the station to another profile; later deadlines follow the new one."""
    require(context, actor, Action.MANAGE_PROFILES, target=("profile", profile_id))
    find_profile(context, profile_id)
    with context.store.write() as session:
        station = session.scalar(select(Station).where(Station.code == context.config.station_code))
        if station is None:
            raise ValidationError("station.unknown", station=context.config.station_code)
        old, station.profile_id = station.profile_id, profile_id
        context.audit.record(
            session,
            actor=actor.login,
            action="profile.use",
            target_kind="station",
            target_id=station.code,
            details={"from": old, "to": profile_id},
        )
