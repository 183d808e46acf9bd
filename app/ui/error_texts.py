"""The user's-language wording of the domain errors and reasons the GUI can run into.

Services raise errors with English messages written for the log and the CLI, and store
English reasons (a damaged file's, a failed import's). Until they carry a machine-readable
code, this table recognises the messages the GUI can show and words them for the user;
anything it does not recognise is shown as the service wrote it.

Each entry's regex names the message's parameters (a login, a path, a form number); the
translation reuses them by name. A parameter that is itself an id the GUI has a name for
(a form state, a role, a device state) is named on the way through, and a nested reason
("may not see recording 5: <reason>") goes through the table again.
"""

import re
from collections.abc import Callable, Mapping
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services.devices import DeviceEventKind, DeviceState
from app.services.form_kinds import KINDS
from app.ui.evidence_labels import device_event_label, device_state_label
from app.ui.form_labels import role_id_label, state_label

_CONTEXT = "ErrorText"

#: Joins the items of a list in a message (roles, states, fields): "、" in Chinese.
LIST_SEPARATOR = QT_TRANSLATE_NOOP("ErrorText", ", ")

#: What the forms engine refuses to do to a form, as the messages name it.
_FORM_ACTIONS: dict[str, str] = {
    "edit": QT_TRANSLATE_NOOP("ErrorText", "edit"),
    "submit": QT_TRANSLATE_NOOP("ErrorText", "submit"),
    "submitted": QT_TRANSLATE_NOOP("ErrorText", "submit"),
    "withdraw": QT_TRANSLATE_NOOP("ErrorText", "withdraw"),
    "withdrawn": QT_TRANSLATE_NOOP("ErrorText", "withdraw"),
    "correct": QT_TRANSLATE_NOOP("ErrorText", "correct"),
    "corrected": QT_TRANSLATE_NOOP("ErrorText", "correct"),
    "done": QT_TRANSLATE_NOOP("ErrorText", "close"),
}

#: The ledger entries a device needs (``add_device``).
_DEVICE_FIELDS: dict[str, str] = {
    "asset number": QT_TRANSLATE_NOOP("ErrorText", "asset number"),
    "serial": QT_TRANSLATE_NOOP("ErrorText", "serial number"),
    "model": QT_TRANSLATE_NOOP("ErrorText", "model"),
}

#: What an import source is when it is not a regular file (``services/ingest_sources.py``).
_SPECIAL_FILES: dict[str, str] = {
    "a named pipe (FIFO)": QT_TRANSLATE_NOOP("ErrorText", "a named pipe (FIFO)"),
    "a character device": QT_TRANSLATE_NOOP("ErrorText", "a character device"),
    "a block device": QT_TRANSLATE_NOOP("ErrorText", "a block device"),
    "a socket": QT_TRANSLATE_NOOP("ErrorText", "a socket"),
    "a special file": QT_TRANSLATE_NOOP("ErrorText", "a special file"),
}
_SPECIAL_KIND = (
    r"(?P<kind>a named pipe \(FIFO\)|a character device|a block device|a socket|a special file)"
)

#: Where a recording's unit stands from the actor's (``unit_tree.Relation``).
_RELATIONS: dict[str, str] = {
    "same": QT_TRANSLATE_NOOP("ErrorText", "the same unit"),
    "below": QT_TRANSLATE_NOOP("ErrorText", "a unit below"),
    "above": QT_TRANSLATE_NOOP("ErrorText", "a unit above"),
    "sibling": QT_TRANSLATE_NOOP("ErrorText", "a unit alongside"),
    "unrelated": QT_TRANSLATE_NOOP("ErrorText", "an unrelated unit"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


def _join(items: list[str]) -> str:
    return _tr(LIST_SEPARATOR).join(items)


def _named(table: Mapping[str, str]) -> Callable[[str], str]:
    return lambda value: _tr(table[value]) if value in table else value


def _roles(text: str) -> str:
    return _join([role_id_label(role) for role in text.split(", ")])


def _chain(text: str) -> str:
    return " → ".join(role_id_label(role) for role in text.split(" → "))


def _states(text: str) -> str:
    return _join([state_label(state) for state in text.split(" or ")])


def _kind(kind_id: str) -> str:
    kind = KINDS.get(kind_id)
    return kind.label_zh if kind is not None else kind_id


def _field(field_type: str) -> Callable[[str], str]:
    """A form field's label by its key and type (``datetime``, ``number``, ``choice``).

    The message does not say the form's kind; the kinds agree on the label of every such
    key, only free-text keys (``reason``, ``purpose``) differ between kinds.
    """

    def label(key: str) -> str:
        for kind in KINDS.values():
            spec = kind.spec(key)
            if spec is not None and spec.type == field_type:
                return spec.label_zh
        return key

    return label


def _fields(text: str) -> str:
    """``case_no（案件编号）, valid_until（有效期至）`` (``describe_fields``) as its labels."""
    items = [re.fullmatch(r"[\w-]+（(.*)）", item) for item in text.split(", ")]
    if not all(items):
        return text
    return _join([item.group(1) for item in items if item])


def _device_state(state: str) -> str:
    known = state in DeviceState._value2member_map_
    return device_state_label(DeviceState(state)) if known else state


def _device_event(kind: str) -> str:
    known = kind in DeviceEventKind._value2member_map_
    return device_event_label(DeviceEventKind(kind)) if known else kind


def _reason(text: str) -> str:
    return message_text(text)


class _Entry(NamedTuple):
    pattern: re.Pattern[str]
    source: str
    convert: Mapping[str, Callable[[str], str]]


def _entry(pattern: str, source: str, **convert: Callable[[str], str]) -> _Entry:
    return _Entry(re.compile(pattern, re.DOTALL), source, convert)


_PATTERNS: tuple[_Entry, ...] = (
    # -- people and units ------------------------------------------------------------------
    _entry(
        r"login '(?P<login>.*)' is already taken",
        QT_TRANSLATE_NOOP("ErrorText", "The login name {login} is already taken."),
    ),
    _entry(
        r"a unit with code '(?P<code>.*)' already exists",
        QT_TRANSLATE_NOOP("ErrorText", "A unit with the code {code} already exists."),
    ),
    _entry(
        r"unit code '(?P<code>.*)': use up to 40 .*",
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "The unit code {code} is not valid: use up to 40 letters, digits, '-', '_' or '.'.",
        ),
    ),
    _entry(
        r"login '(?P<login>.*)': use up to 60 .*",
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "The login name {login} is not valid: use up to 60 letters, digits, "
            "'.', '_', '-' or '@'.",
        ),
    ),
    _entry(
        r"a password needs at least (?P<count>\d+) characters",
        QT_TRANSLATE_NOOP("ErrorText", "A password needs at least {count} characters."),
    ),
    _entry(
        r"you cannot disable your own account",
        QT_TRANSLATE_NOOP("ErrorText", "You cannot disable your own account."),
    ),
    _entry(
        r"the (?:person|unit) needs a name",
        QT_TRANSLATE_NOOP("ErrorText", "A name is required."),
    ),
    _entry(
        r"(?:[\w-]+: )?no unit with code '(?P<code>.*)'",
        QT_TRANSLATE_NOOP("ErrorText", "There is no unit with the code {code}."),
    ),
    _entry(
        r"(?:[\w-]+: )?no person with login '(?P<login>.*)'",
        QT_TRANSLATE_NOOP("ErrorText", "There is no person with the login name {login}."),
    ),
    _entry(
        r"no active person with login '(?P<login>.*)'",
        QT_TRANSLATE_NOOP("ErrorText", "There is no active account with the login name {login}."),
    ),
    _entry(
        r".* may not do .*",
        QT_TRANSLATE_NOOP("ErrorText", "Your role does not allow this action."),
    ),
    # -- the station and its database ------------------------------------------------------
    _entry(
        r"station folder (?P<path>.*) does not exist .*",
        QT_TRANSLATE_NOOP("ErrorText", "The station folder {path} does not exist."),
    ),
    _entry(
        r"(?P<path>.*) is not a station folder .*",
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "{path} is not a station folder. Initialise a station there first "
            "(evidence-station init).",
        ),
    ),
    _entry(
        r"cannot reach the database (?P<db>\S+): (?P<reason>.*)",
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "Cannot reach the database {db}. Check the network and the database server.\n\n"
            "Reason: {reason}",
        ),
    ),
    _entry(
        r"(?P<path>.+) is a file, not a station folder",
        QT_TRANSLATE_NOOP("ErrorText", "{path} is a file, not a station folder."),
    ),
    _entry(
        r"cannot read the station folder (?P<path>.+): (?P<reason>.*)",
        QT_TRANSLATE_NOOP("ErrorText", "Cannot read the station folder {path}: {reason}"),
    ),
    _entry(
        r"the database (?P<db>\S+) is damaged \((?P<reason>.*)\): stop using this station and "
        r"restore the database from its backup",
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "The database {db} is damaged ({reason}). Stop using this station and restore the "
            "database from its backup.",
        ),
    ),
    _entry(
        r"(?P<path>.+) is missing or not a file: restore it from the station's backup \(the "
        r"settings file says the station keeps its database here\)",
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "The database file {path} is missing or is not a file. Restore it from the "
            "station's backup.",
        ),
    ),
    _entry(
        r"(?P<path>.+) is damaged \((?P<reason>.*)\): restore it from the station's backup "
        r"\(it names the station code and the database\)",
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "The station's settings file {path} is damaged ({reason}). Restore it from the "
            "station's backup.",
        ),
    ),
    _entry(
        r"the database does not hold station (?P<station>.*)",
        QT_TRANSLATE_NOOP(
            "ErrorText", "The database does not hold the station {station} of this folder."
        ),
    ),
    # -- a file's damage found at import (media/import_probe.py) ---------------------------
    _entry(
        r"no frame can be decoded",
        QT_TRANSLATE_NOOP("ErrorText", "Not a single frame of the file can be decoded."),
    ),
    _entry(
        r"truncated: the end of the file cannot be decoded",
        QT_TRANSLATE_NOOP(
            "ErrorText", "The file is incomplete: its end cannot be decoded (cut off)."
        ),
    ),
    _entry(
        r"corrupt: (?P<detail>.*)",
        QT_TRANSLATE_NOOP("ErrorText", "The file is corrupt: {detail}"),
    ),
    _entry(
        r"cannot be opened as media: (?P<detail>.*)",
        QT_TRANSLATE_NOOP("ErrorText", "The file cannot be opened as audio or video: {detail}"),
    ),
    _entry(
        r"holds no video or audio stream",
        QT_TRANSLATE_NOOP("ErrorText", "The file holds no video or audio."),
    ),
    _entry(
        r"the stream's codec cannot be read",
        QT_TRANSLATE_NOOP(
            "ErrorText", "The file's stream header is damaged: its codec cannot be recognised."
        ),
    ),
    # -- import sources that are not regular files (services/ingest_sources.py) ----------
    _entry(
        _SPECIAL_KIND + r": not a regular file, not opened",
        QT_TRANSLATE_NOOP("ErrorText", "This is {kind}, not a regular file: it was not opened."),
        kind=_named(_SPECIAL_FILES),
    ),
    _entry(
        r"a symbolic link to "
        + _SPECIAL_KIND
        + r" \((?P<target>.*)\): not a regular file, not opened",
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "This is a symbolic link to {kind} ({target}), not a regular file: it was not opened.",
        ),
        kind=_named(_SPECIAL_FILES),
    ),
    _entry(
        r"a broken symbolic link \((?P<target>.*)\): not a regular file, not opened",
        QT_TRANSLATE_NOOP(
            "ErrorText", "This symbolic link points nowhere ({target}): it was not opened."
        ),
    ),
    _entry(
        r"cannot be examined \((?P<reason>.*)\): not a regular file, not opened",
        QT_TRANSLATE_NOOP(
            "ErrorText", "This entry cannot be examined ({reason}): it was not opened."
        ),
    ),
    # -- the full decode check (media/decode_check.py) -----------------------------------
    _entry(
        r"decode errors: (?P<detail>.*)",
        QT_TRANSLATE_NOOP("ErrorText", "Decoding reports errors: {detail}"),
        detail=_reason,
    ),
    _entry(
        r"cannot be decoded: (?P<detail>.*)",
        QT_TRANSLATE_NOOP("ErrorText", "The file cannot be decoded: {detail}"),
    ),
    _entry(
        r"only (?P<frames>\d+) of (?P<total>\d+) frames can be decoded",
        QT_TRANSLATE_NOOP("ErrorText", "Only {frames} of {total} frames can be decoded."),
    ),
    _entry(
        r"the decoder marked the picture corrupt",
        QT_TRANSLATE_NOOP("ErrorText", "The decoder marked a picture as corrupt."),
    ),
    # -- a decoder's child process that crashed or hung (media/isolation.py) --------------
    _entry(
        r"the decoder crashed \(exit code (?P<code>-?\d+|None)\)",
        QT_TRANSLATE_NOOP(
            "ErrorText", "The decoder crashed on this file (exit code {code}): it is damaged."
        ),
    ),
    _entry(
        r"the decoder stopped responding \((?P<seconds>[\d.]+) s without progress\)",
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "The decoder stopped responding on this file ({seconds} s without progress): "
            "it is damaged.",
        ),
    ),
    _entry(
        r"the decoder failed \((?P<detail>.*)\)",
        QT_TRANSLATE_NOOP("ErrorText", "The decoder failed on this file ({detail})."),
    ),
    # -- a video that cannot be decoded (media/decoding.py, frame_index.py, frames.py) ---
    _entry(
        r"(?P<path>.+): damaged media, cannot be decoded \((?P<detail>.*)\)",
        QT_TRANSLATE_NOOP("ErrorText", "{path} is damaged and cannot be decoded ({detail})."),
    ),
    _entry(
        r"(?P<path>.+): the video stream's codec cannot be read",
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "The video header of {path} is damaged: its codec cannot be recognised.",
        ),
    ),
    _entry(
        r"(?P<path>.+): not a readable media file \((?P<detail>.*)\)",
        QT_TRANSLATE_NOOP("ErrorText", "{path} is not a readable video file ({detail})."),
    ),
    _entry(
        r"(?P<path>.+): the file has no video stream",
        QT_TRANSLATE_NOOP("ErrorText", "{path} holds no video."),
    ),
    _entry(
        r"(?P<path>.+): the video stream holds no frames",
        QT_TRANSLATE_NOOP("ErrorText", "The video of {path} holds no frames."),
    ),
    _entry(
        r"(?P<path>.+): frame (?P<frame>\d+) cannot be decoded",
        QT_TRANSLATE_NOOP("ErrorText", "Frame {frame} of {path} cannot be decoded."),
    ),
    # -- an import that did not preserve a file (services/ingest.py, integrity/vault.py) ----
    _entry(
        r"not started: the import was cancelled",
        QT_TRANSLATE_NOOP("ErrorText", "Not started: the import was cancelled."),
    ),
    _entry(
        r"not started: the vault is full",
        QT_TRANSLATE_NOOP("ErrorText", "Not started: the evidence vault is full."),
    ),
    _entry(
        r"cancelled while checking the file",
        QT_TRANSLATE_NOOP("ErrorText", "The import was cancelled while the file was checked."),
    ),
    _entry(
        r"internal error: (?P<detail>.*)",
        QT_TRANSLATE_NOOP(
            "ErrorText", "An internal error stopped this file ({detail}); see the station's log."
        ),
    ),
    _entry(
        r"the source is no longer there",
        QT_TRANSLATE_NOOP("ErrorText", "The source is no longer there (card removed?)."),
    ),
    _entry(
        r"(?P<reason>.+) \(given up after (?P<count>\d+) attempts\)",
        QT_TRANSLATE_NOOP("ErrorText", "{reason} (given up after {count} attempts)"),
        reason=_reason,
    ),
    _entry(
        r"the import was interrupted (?P<count>\d+) times \(given up\)",
        QT_TRANSLATE_NOOP(
            "ErrorText", "The import was interrupted {count} times; this file was given up."
        ),
    ),
    _entry(
        r"cancelled while copying",
        QT_TRANSLATE_NOOP("ErrorText", "The import was cancelled while the file was being copied."),
    ),
    _entry(
        r"the vault (?P<root>.+) is full: free space or move it to a larger disk",
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "The evidence vault {root} is full. Free some space, or move the vault to a "
            "larger disk.",
        ),
    ),
    _entry(
        r"cannot write to the vault (?P<root>.+?): (?P<reason>.*)",
        QT_TRANSLATE_NOOP("ErrorText", "Cannot write to the evidence vault {root}: {reason}"),
    ),
    _entry(
        r"(?P<path>.+) changed while it was copied \((?P<start>\d+) bytes at the start, "
        r"(?P<read>\d+) read, (?P<now>\d+) now\)",
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "The file {path} changed while it was being copied ({start} bytes at the start, "
            "{read} bytes read, {now} bytes now).",
        ),
    ),
    _entry(
        r"(?P<path>.+) disappeared while it was copied",
        QT_TRANSLATE_NOOP("ErrorText", "The file {path} disappeared while it was being copied."),
    ),
    _entry(
        r"(?P<path>.+) could not be read to the end: (?P<reason>.*)",
        QT_TRANSLATE_NOOP("ErrorText", "The file {path} could not be read to its end: {reason}"),
    ),
    _entry(
        r"cannot read (?P<path>.+?): (?P<reason>.*)",
        QT_TRANSLATE_NOOP("ErrorText", "Cannot read the file {path}: {reason}"),
    ),
    _entry(
        r"the vault copy of (?P<path>.+) differs from the source",
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "The copy of {path} in the evidence vault differs from the original; it was not kept.",
        ),
    ),
    _entry(
        r"(?:[\w-]+: )?no device with asset number '(?P<asset>.*)'",
        QT_TRANSLATE_NOOP("ErrorText", "There is no device with the asset number {asset}."),
    ),
    _entry(
        r"unknown activity category '(?P<category>.*)'; valid: (?P<valid>.*)",
        QT_TRANSLATE_NOOP(
            "ErrorText", "Unknown activity category {category}. Valid categories: {valid}"
        ),
    ),
    # -- forms (services/forms.py, form_fields.py, form_queries.py) ------------------------
    _entry(
        r"form (?P<id>\d+) is (?P<state>[\w-]+): its content cannot change any more; "
        r"file a correction \(form correct\) instead",
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "Form No. {id} is {state}: its content can no longer be changed. "
            "File a correction instead.",
        ),
        state=state_label,
    ),
    _entry(
        r"form (?P<id>\d+) is (?P<state>[\w-]+); only a (?P<states>.+) form can be "
        r"(?P<action>[\w-]+)",
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "Form No. {id} is {state}. To {action} a form, it must be: {states}.",
        ),
        state=state_label,
        states=_states,
        action=_named(_FORM_ACTIONS),
    ),
    _entry(
        r"only the applicant may (?P<action>[\w-]+) form (?P<id>\d+)",
        QT_TRANSLATE_NOOP("ErrorText", "Only the applicant may {action} form No. {id}."),
        action=_named(_FORM_ACTIONS),
    ),
    _entry(
        r"form (?P<id>\d+) already has a correction; correct that one",
        QT_TRANSLATE_NOOP(
            "ErrorText", "Form No. {id} already has a correction; correct that one instead."
        ),
    ),
    _entry(
        r"\S+: you cannot approve or reject your own form (?P<id>\d+)",
        QT_TRANSLATE_NOOP(
            "ErrorText", "You cannot approve or reject form No. {id}: you filed it yourself."
        ),
    ),
    _entry(
        r"form (?P<id>\d+) waits for (?P<role>[\w-]+) \([^)]*\) at step (?P<step>\d+) of "
        r"(?P<chain>.+); (?P<login>\S+) is (?P<own>[\w-]+)",
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "Form No. {id} waits for the {role} at step {step} of its approvals ({chain}); "
            "{login} is {own}.",
        ),
        role=role_id_label,
        chain=_chain,
        own=role_id_label,
    ),
    _entry(
        r"form (?P<id>\d+) is to be signed by (?P<named>.*), not (?P<login>\S+)",
        QT_TRANSLATE_NOOP(
            "ErrorText", "Form No. {id} names {named} to sign it; {login} cannot sign it."
        ),
    ),
    _entry(
        r"(?P<login>\S+) \((?P<unit>.+)\) is not in unit (?P<target>.+) or above it",
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "{login} ({unit}) is not in the unit {target} or a unit above it, and cannot "
            "handle this.",
        ),
    ),
    _entry(
        r"form (?P<id>\d+) was changed after it was signed; it cannot be approved",
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "Form No. {id} was changed after it was signed; it cannot be approved.",
        ),
    ),
    _entry(
        r"form (?P<id>\d+) \((?P<kind>[\w-]+)\) lacks required field\(s\): (?P<fields>.*)",
        QT_TRANSLATE_NOOP("ErrorText", "Form No. {id} ({kind}) lacks required fields: {fields}."),
        kind=_kind,
        fields=_fields,
    ),
    _entry(
        r"form (?P<id>\d+) cannot be closed without (?P<fields>.*)",
        QT_TRANSLATE_NOOP(
            "ErrorText", "Form No. {id} cannot be closed before {fields} is filled in."
        ),
        fields=_fields,
    ),
    _entry(
        r"form (?P<id>\d+) \((?P<kind>[\w-]+)\) must name the recordings it is about "
        r"\(--target\)",
        QT_TRANSLATE_NOOP(
            "ErrorText", "Form No. {id} ({kind}) must name the recordings it concerns."
        ),
        kind=_kind,
    ),
    _entry(
        r"form (?P<id>\d+): valid_until must be after valid_from",
        QT_TRANSLATE_NOOP(
            "ErrorText", "Form No. {id}: the end of the validity must be after its start."
        ),
    ),
    _entry(
        r"form (?P<id>\d+): activity_end is before activity_start",
        QT_TRANSLATE_NOOP("ErrorText", "Form No. {id}: the activity ends before it starts."),
    ),
    _entry(
        r"[\w-]+: unit (?P<unit>.+) is not under (?P<own>.+)",
        QT_TRANSLATE_NOOP("ErrorText", "The unit {unit} is not {own} or a unit below it."),
    ),
    _entry(
        r"[\w-]+: a (?P<kind>[\w-]+) goes to a unit below (?P<own>.+)",
        QT_TRANSLATE_NOOP("ErrorText", "A {kind} goes to a unit below {own}."),
        kind=_kind,
    ),
    _entry(
        r"\S+ \((?P<role>[\w-]+)\) may not file (?P<kind>[\w-]+); filed by (?P<allowed>.+)",
        QT_TRANSLATE_NOOP(
            "ErrorText", "The role {role} cannot file a {kind}; it is filed by: {allowed}."
        ),
        role=role_id_label,
        kind=_kind,
        allowed=_roles,
    ),
    _entry(
        r"\S+ \((?P<role>[\w-]+)\) may not close (?P<kind>[\w-]+) forms; (?P<allowed>.+) may",
        QT_TRANSLATE_NOOP(
            "ErrorText", "The role {role} cannot close a {kind}; it is closed by: {allowed}."
        ),
        role=role_id_label,
        kind=_kind,
        allowed=_roles,
    ),
    _entry(
        r"(?P<kind>[\w-]+) forms have no closing step; approval ends them",
        QT_TRANSLATE_NOOP("ErrorText", "A {kind} has no closing step: its approval completes it."),
        kind=_kind,
    ),
    _entry(
        r"a rejection needs a reason: give --comment",
        QT_TRANSLATE_NOOP("ErrorText", "Give the reason for rejecting the form."),
    ),
    _entry(
        r"no form (?P<id>\d+)",
        QT_TRANSLATE_NOOP("ErrorText", "There is no form No. {id}."),
    ),
    _entry(
        r"(?P<login>\S+) may not read form (?P<id>\d+)",
        QT_TRANSLATE_NOOP("ErrorText", "{login} may not read form No. {id}."),
    ),
    _entry(
        r"(?P<field>[\w-]+): ['\"](?P<value>.*)['\"] is not a time; write e\.g\. "
        r"(?P<example>\S+) \(station local time\)",
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "{field}: {value} is not a time; write it like {example} (the station's local time).",
        ),
        field=_field("datetime"),
    ),
    _entry(
        r"(?P<field>[\w-]+): ['\"](?P<value>.*)['\"] is not between the years (?P<first>\d+) "
        r"and (?P<last>\d+)",
        QT_TRANSLATE_NOOP(
            "ErrorText", "{field}: {value} is not a time between the years {first} and {last}."
        ),
        field=_field("datetime"),
    ),
    _entry(
        r"(?P<field>[\w-]+): ['\"](?P<value>.*)['\"] is not a number",
        QT_TRANSLATE_NOOP("ErrorText", "{field}: {value} is not a number."),
        field=_field("number"),
    ),
    _entry(
        r"(?P<field>[\w-]+): ['\"](?P<value>.*)['\"] is not one of: (?P<valid>.*)",
        QT_TRANSLATE_NOOP("ErrorText", "{field}: {value} is not one of the choices: {valid}"),
        field=_field("choice"),
    ),
    _entry(
        r"target ['\"](?P<text>.*)['\"]: a (?:recording|form) is named by its number \(1 to "
        r"(?P<last>\d+)\)",
        QT_TRANSLATE_NOOP("ErrorText", "{text}: write the record's number, from 1 to {last}."),
    ),
    _entry(
        r"target ['\"](?P<text>.*)['\"]: write KIND:ID, KIND one of (?P<kinds>.*)",
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "{text} is not a recording number; write a number, or KIND:ID with KIND one "
            "of {kinds}.",
        ),
    ),
    # -- devices (services/devices.py) -----------------------------------------------------
    _entry(
        r"the device needs an? (?P<what>asset number|serial|model)",
        QT_TRANSLATE_NOOP("ErrorText", "Enter the device's {what}."),
        what=_named(_DEVICE_FIELDS),
    ),
    _entry(
        r"a device with asset number '(?P<asset>.*)' already exists",
        QT_TRANSLATE_NOOP("ErrorText", "A device with the asset number {asset} already exists."),
    ),
    _entry(
        r"device (?P<asset>.+) is (?P<state>[\w-]+); it cannot be issued",
        QT_TRANSLATE_NOOP("ErrorText", "Device {asset} is {state}; it cannot be issued."),
        state=_device_state,
    ),
    _entry(
        r"device (?P<asset>.+) is issued to (?P<holder>\S+); return it first",
        QT_TRANSLATE_NOOP("ErrorText", "Device {asset} is issued to {holder}; take it back first."),
    ),
    _entry(
        r"device (?P<asset>.+) is not issued to anyone",
        QT_TRANSLATE_NOOP("ErrorText", "Device {asset} is not issued to anyone."),
    ),
    _entry(
        r"device (?P<asset>.+) is (?P<state>[\w-]+): cannot record (?P<event>[\w-]+)",
        QT_TRANSLATE_NOOP("ErrorText", "Device {asset} is {state}: “{event}” cannot be recorded."),
        state=_device_state,
        event=_device_event,
    ),
    _entry(
        r"a (?P<event>[\w-]+) entry needs a note \(reason or finding\)",
        QT_TRANSLATE_NOOP("ErrorText", "“{event}” needs a note (the reason or the finding)."),
        event=_device_event,
    ),
    _entry(
        r"a compensation entry needs the amount",
        QT_TRANSLATE_NOOP("ErrorText", "Enter the amount of the compensation."),
    ),
    # -- access to footage (services/access.py, recordings.py, confidentiality.py) ---------
    _entry(
        r"(?P<login>\S+) may not (?:see|view) recording (?P<id>\d+): (?P<reason>.*)",
        QT_TRANSLATE_NOOP("ErrorText", "{login} may not view recording No. {id}: {reason}"),
        reason=_reason,
    ),
    _entry(
        r"(?P<login>\S+) may not copy recording (?P<id>\d+): (?P<reason>.*)",
        QT_TRANSLATE_NOOP("ErrorText", "{login} may not copy recording No. {id}: {reason}"),
        reason=_reason,
    ),
    _entry(
        r"(?P<login>\S+) may not mark recording (?P<id>\d+): (?P<reason>.*)",
        QT_TRANSLATE_NOOP(
            "ErrorText", "{login} may not set the confidentiality of recording No. {id}: {reason}"
        ),
        reason=_reason,
    ),
    _entry(
        r"(?P<mark>.+): only cleared roles \((?P<roles>.*)\) have access",
        QT_TRANSLATE_NOOP(
            "ErrorText", "it is marked {mark}, which only these roles may access: {roles}."
        ),
        roles=_roles,
    ),
    _entry(
        r"copying needs an approved copy or retrieval form naming this item",
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "a copy needs an approved copy or retrieval form that names this recording.",
        ),
    ),
    _entry(
        r"(?P<role>[\w-]+) sees footage only through an approved request",
        QT_TRANSLATE_NOOP("ErrorText", "the {role} sees footage only through an approved request."),
        role=role_id_label,
    ),
    _entry(
        r"not the officer's own recording and no approved request names it",
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "it is not the officer's own recording, and no approved request names it.",
        ),
    ),
    _entry(
        r"outside (?P<unit>.+)'s authority \((?P<relation>[\w-]+) unit\) and no approved "
        r"request names it",
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "it is outside the authority of {unit} (held by {relation}), and no approved "
            "request names it.",
        ),
        relation=_named(_RELATIONS),
    ),
    _entry(
        r"no recording with id (?P<id>\d+)",
        QT_TRANSLATE_NOOP("ErrorText", "There is no recording No. {id}."),
    ),
    _entry(
        r"recording (?P<id>\d+) has no frame (?P<frame>-?\d+) \(it has frames 0 to "
        r"(?P<last>-?\d+)\)",
        QT_TRANSLATE_NOOP(
            "ErrorText", "Recording No. {id} has no frame {frame} (its frames are 0 to {last})."
        ),
    ),
    # -- stills and printed output (services/output_files.py, media/stills.py, printing) -----
    _entry(
        r"(?P<path>.+): a file of that name exists; choose another name or overwrite it "
        r"\(--overwrite\)",
        QT_TRANSLATE_NOOP("ErrorText", "A file named {path} already exists; choose another name."),
    ),
    _entry(
        r"(?P<path>.+) is among the station's own files; choose another folder",
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "{path} lies among the station's own files (database, vault, audit log); choose "
            "another folder.",
        ),
    ),
    _entry(
        r"(?P<path>.+): its companion file (?P<side>.+) would replace one of the station's "
        r"own files; choose another name",
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "{path} cannot be used: the file saved beside it, {side}, would replace one of "
            "the station's own files. Choose another name.",
        ),
    ),
    _entry(
        r"(?P<path>.+): cannot write the still \((?P<reason>.*)\)",
        QT_TRANSLATE_NOOP("ErrorText", "Cannot write the still {path}: {reason}"),
    ),
    _entry(
        r"(?P<path>.+): no such folder(?: for the output)?",
        QT_TRANSLATE_NOOP("ErrorText", "The folder {path} does not exist."),
    ),
    _entry(
        r"(?P<path>.+): the output must be a (?P<suffix>\.\w+) file",
        QT_TRANSLATE_NOOP("ErrorText", "{path}: the output must be a {suffix} file."),
    ),
    _entry(
        r"(?P<path>.+) is a folder; name a (?P<suffix>\.\w+) file",
        QT_TRANSLATE_NOOP("ErrorText", "{path} is a folder; name a {suffix} file."),
    ),
    _entry(
        r"cannot write (?P<path>.+?): (?P<reason>.*)",
        QT_TRANSLATE_NOOP("ErrorText", "Cannot write {path}: {reason}"),
    ),
    _entry(
        r"(?P<path>.*[/\\].*) does not exist",
        QT_TRANSLATE_NOOP("ErrorText", "{path} does not exist."),
    ),
    # -- the signed audit chain (issue #17) --------------------------------------------------
    _entry(
        r"cannot sign the audit chain: .*",
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "Nothing was changed: this computer cannot sign the audit chain (the station key "
            "or the list of trusted keys is missing or damaged, or the chain's head was moved "
            "without the key). Check the audit chain and ask the administrator.",
        ),
    ),
)


def message_text(message: str) -> str:
    """A service's English message or reason in the user's language, or as it is if unknown."""
    for entry in _PATTERNS:
        found = entry.pattern.fullmatch(message)
        if found:
            values = {
                name: entry.convert[name](value) if name in entry.convert else value
                for name, value in found.groupdict().items()
            }
            return _tr(entry.source).format(**values)
    return message
