"""The errors Evidence Station raises on purpose, and how they are told apart.

Everything that is the world's fault (bad input, a missing file, a wrong password, an
unreachable database) is an ``EvidenceStationError``. It carries a stable code and the
parameters it names, fixed where it is raised (``ValidationError("form.not-approvable",
form_id=5, state="submitted", …)``); ``app.core.catalog`` words each code in English and
Chinese. ``str(exc)`` is the English line (the log, the English CLI); ``exc.text(language)``
is what the CLI prints and the GUI shows. The class says what kind of refusal it is, and
the CLI's exit code follows from it; the code says which one. Anything else is a bug and
is logged with its traceback.

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

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from app.core.messages import ENGLISH, Message


class EvidenceStationError(Exception):
    """A failure the user can understand and act on: a catalog code and its parameters."""

    def __init__(self, code: str, /, **params: Any) -> None:
        super().__init__(code)
        self.message = Message(code, params)

    @property
    def code(self) -> str:
        return self.message.code

    @property
    def params(self) -> Mapping[str, Any]:
        return self.message.params

    def text(self, language: str = ENGLISH) -> str:
        """The refusal in ``language`` (``en`` or ``zh_CN``)."""
        return self.message.text(language)

    def __str__(self) -> str:
        return self.message.text(ENGLISH)

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword parameters do not survive Exception's own pickling (a decoder's child
        # process hands its error back pickled).
        return (_rebuilt, (type(self), self.code, dict(self.params)))


def _rebuilt(cls: type[EvidenceStationError], code: str, params: dict[str, Any]) -> Any:
    return cls(code, **params)


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

    def __init__(self, code: str, /, **params: Any) -> None:
        super().__init__(code, **params)
        self.locked_until: datetime = params["until"]


class PermissionDeniedError(EvidenceStationError):
    """The acting person's role does not allow the action."""


class ValidationError(EvidenceStationError):
    """Input breaks a rule of the domain."""


class NotFoundError(EvidenceStationError):
    """A unit, person or record that was named does not exist."""
