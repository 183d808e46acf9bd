"""The user's-language wording of the domain errors the GUI can run into.

Services raise errors with English messages written for the log and the CLI. Until they
carry a machine-readable code, this table recognises the messages the GUI can trigger and
words them for the user; anything it does not recognise is shown as the service wrote it.
"""

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core.clock import local_text
from app.core.errors import AccountLockedError, AuthError

_CONTEXT = "ErrorText"

WRONG_PASSWORD = QT_TRANSLATE_NOOP("ErrorText", "Wrong login name or password.")
LOCKED = QT_TRANSLATE_NOOP(
    "ErrorText",
    "This account is locked after 5 wrong passwords in a row. Try again after {until}, "
    "or ask the unit head to reset the password.",
)

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"^login '(?P<login>.*)' is already taken$"),
        QT_TRANSLATE_NOOP("ErrorText", "The login name {login} is already taken."),
    ),
    (
        re.compile(r"^a unit with code '(?P<code>.*)' already exists$"),
        QT_TRANSLATE_NOOP("ErrorText", "A unit with the code {code} already exists."),
    ),
    (
        re.compile(r"^unit code '(?P<code>.*)': use up to 40 .*$"),
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "The unit code {code} is not valid: use up to 40 letters, digits, '-', '_' or '.'.",
        ),
    ),
    (
        re.compile(r"^login '(?P<login>.*)': use up to 60 .*$"),
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "The login name {login} is not valid: use up to 60 letters, digits, "
            "'.', '_', '-' or '@'.",
        ),
    ),
    (
        re.compile(r"^a password needs at least (?P<count>\d+) characters$"),
        QT_TRANSLATE_NOOP("ErrorText", "A password needs at least {count} characters."),
    ),
    (
        re.compile(r"^you cannot disable your own account$"),
        QT_TRANSLATE_NOOP("ErrorText", "You cannot disable your own account."),
    ),
    (
        re.compile(r"^the (?:person|unit) needs a name$"),
        QT_TRANSLATE_NOOP("ErrorText", "A name is required."),
    ),
    (
        re.compile(r"^no unit with code '(?P<code>.*)'$"),
        QT_TRANSLATE_NOOP("ErrorText", "There is no unit with the code {code}."),
    ),
    (
        re.compile(r"^no person with login '(?P<login>.*)'$"),
        QT_TRANSLATE_NOOP("ErrorText", "There is no person with the login name {login}."),
    ),
    (
        re.compile(r"^.* may not do .*$"),
        QT_TRANSLATE_NOOP("ErrorText", "Your role does not allow this action."),
    ),
    (
        re.compile(r"^station folder (?P<path>.*) does not exist .*$"),
        QT_TRANSLATE_NOOP("ErrorText", "The station folder {path} does not exist."),
    ),
    (
        re.compile(r"^(?P<path>.*) is not a station folder .*$"),
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "{path} is not a station folder. Initialise a station there first "
            "(evidence-station init).",
        ),
    ),
    (
        re.compile(r"^cannot reach the database (?P<db>\S+): (?P<reason>.*)$"),
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "Cannot reach the database {db}. Check the network and the database server.\n\n"
            "Reason: {reason}",
        ),
    ),
    (
        re.compile(r"^the database does not hold station (?P<station>.*)$"),
        QT_TRANSLATE_NOOP(
            "ErrorText", "The database does not hold the station {station} of this folder."
        ),
    ),
)


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


def auth_error_text(exc: AuthError) -> str:
    """What the login dialog says; never the raw message, which names the login in English."""
    if isinstance(exc, AccountLockedError):
        return _tr(LOCKED).format(until=local_text(exc.locked_until))
    return _tr(WRONG_PASSWORD)


def error_text(exc: Exception) -> str:
    """The user's-language text of a domain error, or its own message when not known."""
    if isinstance(exc, AuthError):
        return auth_error_text(exc)
    message = str(exc)
    for pattern, source in _PATTERNS:
        found = pattern.match(message)
        if found:
            return _tr(source).format(**found.groupdict())
    return message
