"""What the forms GUI reads in workers: the setup, the field checks, a form with its versions.

The checks are the service's own (``normalize_fields``, ``missing_fields``, ``parse_target``)
applied one field at a time, so that the dialog can name the field that is wrong while the
user types, with the same rule the service applies when the form is saved.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass

from app.core.errors import ValidationError
from app.policy.profile import PolicyProfile
from app.services.auth import Actor
from app.services.form_fields import normalize_fields
from app.services.form_kinds import FormKind
from app.services.form_queries import get_form
from app.services.form_records import FormView, TargetRef
from app.services.forms import parse_target
from app.services.people import UnitRow, list_units
from app.services.profiles import active_profile
from app.services.station import StationContext
from app.ui.errors import error_text

#: The sources a person enters when filing (forms.py fills the rest from signed steps).
ENTERED_AT_CREATE = ("entry", "applicant", "applicant-unit")

_SEPARATORS = re.compile(r"[\s,，;；、]+")


@dataclass(frozen=True)
class FormSetup:
    """The policy profile (choice lists, required fields) and the unit tree."""

    profile: PolicyProfile
    units: tuple[UnitRow, ...]


@dataclass(frozen=True)
class FieldProblem:
    """A value the service refuses: which field, which value, its reason in the GUI's language."""

    key: str
    value: str
    message: str


def read_form_setup(context: StationContext) -> FormSetup:
    return FormSetup(active_profile(context), tuple(list_units(context)))


def check_entries(
    context: StationContext,
    kind: FormKind,
    profile: PolicyProfile,
    values: Mapping[str, str],
    *,
    allowed: tuple[str, ...] = ENTERED_AT_CREATE,
) -> list[FieldProblem]:
    """Each non-empty value through the service's validator; the ones it refuses."""
    problems: list[FieldProblem] = []
    with context.store.read() as session:
        for key, value in values.items():
            if not value.strip():
                continue
            try:
                normalize_fields(session, kind, profile, {key: value}, allowed=allowed)
            except ValidationError as exc:
                problems.append(FieldProblem(key, value.strip(), error_text(exc)))
    return problems


def parse_targets(text: str) -> list[TargetRef]:
    """``12, 15`` or ``recording:12 device:GT-0007``: a bare number is a recording.

    Raises:
        ValidationError: from ``parse_target``, naming the valid kinds.
    """
    targets = []
    for token in _SEPARATORS.split(text.strip()):
        if token:
            targets.append(parse_target(token if ":" in token else f"recording:{token}"))
    return targets


def targets_text(targets: tuple[TargetRef, ...] | list[TargetRef]) -> str:
    """The inverse of ``parse_targets``: recordings by number, anything else as KIND:ID."""
    return ", ".join(t.id if t.kind == "recording" else str(t) for t in targets)


def read_versions(context: StationContext, actor: Actor, form: FormView) -> list[FormView]:
    """Every version of ``form`` the actor may read, oldest first (walks both links)."""
    older: list[FormView] = []
    previous = form.previous_id
    while previous is not None:
        version = get_form(context, actor, previous)
        older.insert(0, version)
        previous = version.previous_id
    newer: list[FormView] = []
    following = form.next_id
    while following is not None:
        version = get_form(context, actor, following)
        newer.append(version)
        following = version.next_id
    return [*older, form, *newer]


def read_detail(
    context: StationContext, actor: Actor, form_id: int
) -> tuple[FormView, list[FormView]]:
    form = get_form(context, actor, form_id)
    return form, read_versions(context, actor, form)
