"""The errors Evidence Station raises on purpose, and how they are told apart.

Everything that is the world's fault (bad input, a missing file, a wrong password, an
unreachable database) is an ``EvidenceStationError`` with a message a clerk can act on;
the CLI prints it as one line and the GUI shows it in one message box. Anything else is a
bug and is logged with its traceback.

    EvidenceStationError
    ├── StationError              the station folder: missing, already there, not writable
    ├── StoreError                the database: unreachable, locked, too new
    ├── DamagedError              the station's own files are damaged: restore, exit 1
    ├── PolicyError               a policy profile that is unknown or broken
    ├── AuthError                 login: unknown user, wrong password
    │   └── AccountLockedError    too many wrong passwords in a row
    ├── PermissionDeniedError     the role may not do this
    ├── ValidationError           input that breaks a rule (a duplicate login, an unknown unit)
    └── NotFoundError             the thing named does not exist
"""

from datetime import datetime


class EvidenceStationError(Exception):
    """A failure the user can understand and act on."""


class StationError(EvidenceStationError):
    """The station folder is missing, already initialised, or not writable."""


class StoreError(EvidenceStationError):
    """The database cannot be reached or used."""


class DamagedError(EvidenceStationError):
    """The station's own database or settings file is damaged or gone.

    Not the person's input and not a bug: the message names the file and what to do
    (restore it from the backup). The CLI exits 1 for it, like a check that found a problem.
    """


class PolicyError(EvidenceStationError):
    """A policy profile is unknown or does not validate."""


class AuthError(EvidenceStationError):
    """A login failed."""


class AccountLockedError(AuthError):
    """The account is locked after repeated failed logins, until ``locked_until`` (UTC)."""

    def __init__(self, message: str, locked_until: datetime) -> None:
        super().__init__(message)
        self.locked_until = locked_until


class PermissionDeniedError(EvidenceStationError):
    """The acting person's role does not allow the action."""


class ValidationError(EvidenceStationError):
    """Input breaks a rule of the domain."""


class NotFoundError(EvidenceStationError):
    """A unit, person or record that was named does not exist."""
