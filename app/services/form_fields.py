"""Checking what a person types into a form: known keys, right types, values from the lists.

Values are kept as text in the form's JSON; times are normalised to ISO 8601 UTC so that the
content hash of a form does not depend on how the time was typed.
"""

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.clock import parse_local_time
from app.core.errors import ValidationError
from app.core.messages import Term
from app.policy.profile import PolicyProfile
from app.services.form_kinds import FieldSpec, FormKind
from app.services.form_targets import check_device
from app.services.violations import MEASURES, violations_for
from app.store.models import Person, Unit

YES_NO = ("yes", "no")


def choices_for(spec: FieldSpec, profile: PolicyProfile) -> tuple[tuple[str, str], ...]:
    """(id, Chinese label) pairs a choice field accepts under this profile."""
    if spec.choices == "interruption-reason":
        return tuple((r.id, r.label_zh) for r in profile.interruption.reasons)
    if spec.choices == "violation":
        return tuple((c.id, c.label_zh) for c in violations_for(profile.seed))
    if spec.choices == "measure":
        return tuple((c.id, c.label_zh) for c in MEASURES)
    if spec.choices == "yes-no":
        return (("yes", "是"), ("no", "否"))
    return ()


def normalize_fields(
    session: Session,
    kind: FormKind,
    profile: PolicyProfile,
    entries: Mapping[str, str],
    *,
    allowed: tuple[str, ...],
) -> dict[str, str]:
    """Check ``entries`` against the kind; only fields filled by ``allowed`` sources may appear.

    Raises:
        ValidationError: naming the first unknown key, wrong source, or bad value.
    """
    result: dict[str, str] = {}
    for key, raw in entries.items():
        spec = kind.spec(key)
        if spec is None:
            valid = [f.term for f in kind.fields if f.filled_by in allowed]
            raise ValidationError("form.unknown-field", kind=kind.term, key=key, valid=valid)
        if spec.filled_by not in allowed:
            raise ValidationError("form.field-not-entered-here", field=spec.term, kind=kind.term)
        value = raw.strip()
        if value:
            result[key] = _check_value(session, spec, profile, value)
    return result


def _check_value(session: Session, spec: FieldSpec, profile: PolicyProfile, value: str) -> str:
    if spec.type == "datetime":
        return parse_local_time(value, spec.term).isoformat()
    if spec.type == "number":
        try:
            float(value)
        except ValueError:
            raise ValidationError("form.field-not-number", field=spec.term, value=value) from None
        return value
    if spec.type == "login":
        if session.scalar(select(Person.id).where(Person.login == value)) is None:
            raise ValidationError("form.field-no-person", field=spec.term, login=value)
        return value
    if spec.type == "device":
        check_device(session, value, spec.term)
        return value
    if spec.type == "unit":
        if session.scalar(select(Unit.id).where(Unit.code == value)) is None:
            raise ValidationError("form.field-no-unit", field=spec.term, code=value)
        return value
    if spec.type == "choice":
        options = choices_for(spec, profile)
        if value not in {option for option, _ in options}:
            valid = [Term(f"{option} ({label})", label) for option, label in options]
            raise ValidationError(
                "form.field-not-a-choice", field=spec.term, value=value, valid=valid
            )
    return value


def missing_fields(kind: FormKind, profile: PolicyProfile, fields: Mapping[str, str]) -> list[str]:
    """Entered fields the kind or the profile requires that are still empty, before submit."""
    demanded = set(profile.form_fields(kind.policy_form)) if kind.policy_form else set()
    return [
        spec.key
        for spec in kind.fields
        if spec.filled_by in ("entry", "applicant", "applicant-unit")
        and (spec.required or spec.key in demanded)
        and not fields.get(spec.key)
    ]


def field_terms(kind: FormKind, keys: list[str]) -> list[Term]:
    """The fields ``keys`` of ``kind`` in a refusal; English shows ``reason（中断原因）``."""
    return [
        Term(f"{key}（{spec.label_zh}）", spec.label_zh) for key in keys if (spec := kind.spec(key))
    ]
