"""Loading, saving and copying policy profiles; the public entry points of ``app.policy``.

The five built-in profiles live in ``resources/policies/<id>.toml``, one per seed regulation
(REQUIREMENTS §2). A unit never edits a built-in: it copies one and changes dotted keys,
and the copy is validated exactly like a file so that a bad figure is caught when it is
entered, not when a deadline is computed months later.
"""

import logging
import re
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

import tomli_w

from app.core.errors import PolicyError
from app.core.messages import Message
from app.policy.profile import PolicyProfile
from app.policy.schema import build_profile
from app.policy.serialize import profile_document

log = logging.getLogger(__name__)

#: Where the built-in profiles are shipped (resources/ beside app/).
POLICY_DIR = Path(__file__).resolve().parents[2] / "resources" / "policies"

#: Keys that copy_profile's own arguments set; changing them by key would lose provenance.
_COPY_ARGUMENT_KEYS = ("id", "name", "based_on")

_INDEX = re.compile(r"\[(\d+)\]")


def parse_profile(text: str, source: str) -> PolicyProfile:
    """Parse and validate one profile document; ``source`` names it in error messages.

    Raises:
        PolicyError: the text is not TOML, or a key is missing, mistyped or out of range;
            the message reads ``<source>: <dotted.key>: <what is wrong>``.
    """
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError("policy.not-toml", source=source, detail=str(exc)) from None
    return build_profile(document, source)


def load_profile_file(path: Path) -> PolicyProfile:
    """Read a profile file (a unit's saved copy or a built-in)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicyError("policy.unreadable", source=path.name, detail=str(exc)) from None
    return parse_profile(text, path.name)


def builtin_profiles() -> list[PolicyProfile]:
    """The five shipped profiles, sorted by id."""
    return list(_load_builtins())


def get_builtin_profile(profile_id: str) -> PolicyProfile:
    """The shipped profile with this id.

    Raises:
        PolicyError: no built-in profile has this id; the message lists the valid ids.
    """
    profiles = {p.id: p for p in _load_builtins()}
    if profile_id not in profiles:
        raise PolicyError("policy.unknown-profile", profile=profile_id, valid=list(profiles))
    return profiles[profile_id]


def profile_to_toml(profile: PolicyProfile) -> str:
    """The profile as TOML text that ``parse_profile`` reads back to an equal profile."""
    return tomli_w.dumps(profile_document(profile))


def copy_profile(
    base: PolicyProfile, new_id: str, name: str, changes: dict[str, object]
) -> PolicyProfile:
    """A unit's adjusted copy of ``base``, validated like a file.

    Args:
        base: the profile copied; the copy's ``based_on`` is its id.
        new_id: the copy's id (lower-case ascii words joined by '-').
        name: the copy's Chinese name.
        changes: dotted keys to new values, e.g. ``{"handover.hours": 8}``; list items are
            addressed as ``retention.rules[0].months`` (or ``retention.rules.0.months``);
            a value of None removes an optional key.

    Raises:
        PolicyError: a key cannot be set or the result does not validate; the message
            names the copy and the dotted key.
    """
    source = f"{new_id} (copy of {base.id})"
    document = profile_document(base)
    document.update(id=new_id, name=name, based_on=base.id)
    for key, value in changes.items():
        if key in _COPY_ARGUMENT_KEYS:
            raise PolicyError(
                "policy.invalid", source=source, where=key, problem=Message("policy.set-by-copy")
            )
        _set_dotted(document, key, value, source)
    return build_profile(document, source)


@cache
def _load_builtins() -> tuple[PolicyProfile, ...]:
    profiles = []
    for path in sorted(POLICY_DIR.glob("*.toml")):
        profile = load_profile_file(path)
        if profile.id != path.stem:
            raise PolicyError(
                "policy.invalid",
                source=path.name,
                where="id",
                problem=Message("policy.id-not-file-name", {"id": profile.id}),
            )
        profiles.append(profile)
    if not profiles:
        raise PolicyError("policy.none-found", path=POLICY_DIR)
    log.debug("loaded builtin policy profiles %s", [p.id for p in profiles])
    return tuple(sorted(profiles, key=lambda p: p.id))


def _set_dotted(document: dict[str, Any], key: str, value: object, source: str) -> None:
    """Set ``a.b[0].c`` in the nested document, creating missing tables on the way."""
    parts = _INDEX.sub(r".\1", key).split(".")
    if not all(parts):
        raise PolicyError(
            "policy.invalid", source=source, where=key, problem=Message("policy.not-dotted")
        )
    node: Any = document
    for depth, part in enumerate(parts):
        last = depth == len(parts) - 1
        if isinstance(node, list):
            if not part.isdigit() or int(part) >= len(node):
                problem = Message("policy.not-an-item", {"part": part})
                raise PolicyError("policy.invalid", source=source, where=key, problem=problem)
            index: int | str = int(part)
        elif isinstance(node, dict):
            index = part
            if not last:
                node.setdefault(part, {})
        else:
            problem = Message("policy.not-a-table", {"part": ".".join(parts[:depth])})
            raise PolicyError("policy.invalid", source=source, where=key, problem=problem)
        if last:
            _assign(node, index, value)
        else:
            node = node[index]


def _assign(node: Any, index: int | str, value: object) -> None:
    if value is None and isinstance(node, dict):
        node.pop(index, None)
    else:
        node[index] = list(value) if isinstance(value, tuple) else value
