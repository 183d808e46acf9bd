"""What the station says when it refuses or reports a problem: a code and its parameters.

A refusal is data, like HTTPX's exceptions and Anki's message ids: a stable ``code``
(``form.not-approvable``) and the parameters it names (``{form_id, state}``), fixed where
the error is raised. ``app.core.catalog`` holds the one English and one Chinese text of
each code; ``Message.text(language)`` renders it. The GUI and the CLI both render through
here, so neither ever reads the English of an exception to find out what it means.

Parameters are plain values. In a text, ``{state:form-state}`` names a *term table*: the
value is an id (a form state, a role, a device state) that English shows as it is and
Chinese shows by its Chinese name; a ``Term`` carries its own Chinese name. A list is
joined (``{roles:role}`` gives ``manager, legal`` or ``单位负责人、法制部门``);
``{states:form-state:or}`` joins with "or", ``{chain:role:chain}`` with arrows. A
parameter that is itself a ``Message`` (a nested reason) is rendered in the same
language. Times are shown in station local time.
"""

import os
import string
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

ENGLISH = "en"
CHINESE = "zh_CN"
LANGUAGES = (CHINESE, ENGLISH)
#: Overrides the language of the command line and the GUI (``en`` or ``zh_CN``).
LANG_ENV = "EVIDENCE_STATION_LANG"

#: A term table: an id → its Chinese name, or None when the id is not one it knows.
TermLookup = Callable[[str], str | None]

_JOINERS: dict[str, tuple[str, str]] = {
    "and": (", ", "、"),
    "or": (" or ", "或"),
    "chain": (" → ", " → "),
}

_terms: dict[str, TermLookup] = {}


def register_terms(name: str, lookup: TermLookup) -> None:
    """Make ``{param:name}`` name its ids in Chinese through ``lookup``.

    The tables of ``app.core.catalog`` are registered there; a layer above core registers
    the tables whose names it owns (the form kinds' titles live with the kinds).
    """
    _terms[name] = lookup


def term_tables() -> Mapping[str, TermLookup]:
    """The registered term tables, by name (for tests that check a catalog's texts)."""
    return dict(_terms)


@dataclass(frozen=True)
class Term:
    """A parameter that names something with a Chinese name of its own (a form kind, a field).

    English shows ``text``, Chinese shows ``zh``: for names that live as data with what they
    name (the kinds' titles), where a term table would copy them.
    """

    text: str
    zh: str

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Message:
    """A code and its parameters: what went wrong, not yet in any language."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def text(self, language: str = ENGLISH) -> str:
        """The message in ``language`` (``en`` or ``zh_CN``)."""
        return render(self.code, self.params, language)

    def __str__(self) -> str:
        return self.text(ENGLISH)


class _Formatter(string.Formatter):
    def __init__(self, language: str) -> None:
        self.chinese = language == CHINESE

    def format_field(self, value: Any, format_spec: str) -> str:
        table, _, joiner = format_spec.partition(":")
        if isinstance(value, list | tuple | set | frozenset):
            en, zh = _JOINERS[joiner or "and"]
            return (zh if self.chinese else en).join(self._one(item, table) for item in value)
        return self._one(value, table)

    def _one(self, value: Any, table: str) -> str:
        if isinstance(value, Message):
            return value.text(CHINESE if self.chinese else ENGLISH)
        if isinstance(value, Term):
            return value.zh if self.chinese else value.text
        if isinstance(value, datetime):
            from app.core.clock import local_text  # the clock's errors are Messages too

            return local_text(value)
        if isinstance(value, Path):
            return str(value)
        text = str(getattr(value, "value", value))
        if table and self.chinese:
            return _terms[table](text) or text
        return text


def render(code: str, params: Mapping[str, Any], language: str = ENGLISH) -> str:
    """The text of ``code`` with ``params`` in ``language``; English when not Chinese."""
    from app.core.catalog import TEXTS

    if code not in TEXTS:
        return code
    english, chinese = TEXTS[code]
    template = chinese if language == CHINESE else english
    return _Formatter(language).format(template, **params)


def language_from_environment(fallback: Callable[[], str]) -> str:
    """The language a command-line run speaks.

    ``EVIDENCE_STATION_LANG`` when it names one; else the terminal's locale (the first of
    ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` that is set): Chinese for ``zh…``, English for any
    other (``C``/``POSIX`` are the untranslated locale); when no locale is set at all (a
    Windows console, a service), ``fallback()`` — the station's own setting.
    """
    chosen = os.environ.get(LANG_ENV, "").strip()
    if chosen in LANGUAGES:
        return chosen
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        locale = os.environ.get(name, "").strip()
        if locale:
            return CHINESE if locale.lower().startswith("zh") else ENGLISH
    return fallback()


def placeholders(template: str) -> Iterable[tuple[str, str]]:
    """The ``(name, format spec)`` of each placeholder of a catalog text."""
    for _, name, spec, _ in string.Formatter().parse(template):
        if name is not None:
            yield name, spec or ""
