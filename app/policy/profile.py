"""The policy profile: one regulation's deadlines, retention, scope and approvals as plain data.

Profiles are frozen so that a profile chosen at start-up can be shared by every service and
worker without anyone changing it under their feet; a unit that wants other figures makes a
copy (``loader.copy_profile``) rather than editing one in place.
"""

from dataclasses import dataclass
from enum import StrEnum

from app.core.roles import Role


class DeadlineRule(StrEnum):
    """How a deadline is counted from the end of the activity."""

    HOURS = "hours"  # a fixed number of hours after the activity ends
    SAME_DAY = "same-day"  # the end of the activity's local calendar day
    IMMEDIATELY = "immediately"  # 立即: right after the activity, with a small grace


class RetentionKind(StrEnum):
    """The shapes of retention period the seeds use."""

    FIXED = "fixed"  # exactly N months [000 §9(5)]
    MINIMUM = "minimum"  # not less than N months [002 §14(2)] [003 §7(4)] [004 §14]
    CASE_CLOSED = "case-closed"  # case closed + N months, with a minimum [002 §14(2)]
    LONG_TERM = "long-term"  # 长期保存, kept until a person decides otherwise [002 §14(2)]
    CASE_FILE = "case-file"  # 随案卷: the case file's own period [001 §29] [004 §14]


class Importance(StrEnum):
    """How important a recording is; only wenshang distinguishes (特别重要 [003 §7(4)])."""

    NORMAL = "normal"
    IMPORTANT = "important"


#: Every request that needs approval, in the order forms list them (REQUIREMENTS R5, R6, R8).
REQUEST_KINDS: tuple[str, ...] = (
    "retrieval",
    "retrieval-notice",
    "viewing",
    "copy",
    "media-release",
    "purge",
    "interruption-report",
    "export",
)

#: Forms whose required fields a profile may name (REQUIREMENTS R12).
FORM_KINDS: tuple[str, ...] = (
    "handover",
    "device-ledger",
    "interruption-report",
    "retrieval",
    "retrieval-notice",
    "viewing",
    "copy",
    "export",
    "seal",
)

#: Pre-use checks a seed may demand of the officer [000 §8(3)] [002 §10] [003 §6(4)] [004 §5].
PRE_USE_CHECKS: tuple[str, ...] = ("general", "battery", "storage", "clock")


@dataclass(frozen=True)
class Deadline:
    """When something is due, counted from the end of the activity.

    ``hours`` is used by ``HOURS``; ``grace_hours`` by ``IMMEDIATELY`` (立即 cannot be
    checked to the second, so a profile says how long "immediately" may take).
    ``after_return_hours`` applies when the officer was working away: the deadline is then
    that many hours after returning, if that is later [001 §17] [004 §13].
    ``from_seed`` is False when the seed sets no figure and the profile carries a default.
    """

    rule: DeadlineRule
    hours: float | None = None
    grace_hours: float | None = None
    after_return_hours: float | None = None
    from_seed: bool = True
    basis: str = ""


@dataclass(frozen=True)
class Category:
    """An activity category from the seed's scope list; ``id`` is stable ascii."""

    id: str
    label_zh: str


@dataclass(frozen=True)
class Reason:
    """A reason for interrupting or not recording, as the seed words it."""

    id: str
    label_zh: str


@dataclass(frozen=True)
class RetentionRule:
    """One line of a retention table; the first rule that matches a recording decides.

    A rule matches when the recording's category is in ``categories`` (empty = any),
    its importance equals ``importance`` (None = any) and, if ``evidence_only``, it is
    used as evidence. The last rule of a profile matches everything.
    """

    id: str
    label_zh: str
    kind: RetentionKind
    months: int | None = None
    min_months: int | None = None
    disc: bool = False
    categories: tuple[str, ...] = ()
    importance: Importance | None = None
    evidence_only: bool = False
    from_seed: bool = True
    basis: str = ""

    @property
    def is_catch_all(self) -> bool:
        return not self.categories and self.importance is None and not self.evidence_only


@dataclass(frozen=True)
class Interruption:
    """Interruption / non-recording reports (中断、未记录工作记录), REQUIREMENTS R5."""

    deadline: Deadline
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class Approvals:
    """The ordered chain of roles that must approve each request kind (REQUEST_KINDS)."""

    retrieval: tuple[Role, ...]
    retrieval_notice: tuple[Role, ...]
    viewing: tuple[Role, ...]
    copy: tuple[Role, ...]
    media_release: tuple[Role, ...]
    purge: tuple[Role, ...]
    interruption_report: tuple[Role, ...]
    export: tuple[Role, ...]

    def chain(self, request_kind: str) -> tuple[Role, ...]:
        """The chain for a kind id such as ``"retrieval-notice"``; KeyError if unknown."""
        if request_kind not in REQUEST_KINDS:
            raise KeyError(request_kind)
        chain: tuple[Role, ...] = getattr(self, request_kind.replace("-", "_"))
        return chain


@dataclass(frozen=True)
class Backup:
    """Whether a second copy must be kept, and by whom [003 §7(4)] [004 §12]."""

    required: bool
    keeper: Role | None = None


@dataclass(frozen=True)
class Notification:
    """Telling the party that recording is on [000 §8(1)] [004 §8]."""

    required: bool
    phrase_zh: str | None = None


@dataclass(frozen=True)
class Flags:
    """Yes/no and numeric rules that switch app behaviour on or off."""

    clear_device_after_import: bool = False
    clock_calibration_before_recording: bool = False
    min_devices_major_action: int = 1
    equipment_rate_target: float | None = None
    sealed_interrogation_copies: bool = False
    upload_to_supervision: bool = False
    pre_use_checks: tuple[str, ...] = ()


@dataclass(frozen=True)
class FormFields:
    """The fields a form must carry because the seed says so."""

    kind: str
    fields: tuple[str, ...]


@dataclass(frozen=True)
class PolicyProfile:
    """One regulation (or a unit's adjusted copy of one), as the app applies it."""

    id: str
    name: str
    issuer: str
    seed: str
    handover: Deadline
    retention: tuple[RetentionRule, ...]
    categories: tuple[Category, ...]
    interruption: Interruption
    approvals: Approvals
    backup: Backup
    notification: Notification
    flags: Flags
    forms: tuple[FormFields, ...] = ()
    based_on: str | None = None

    def category(self, category_id: str) -> Category | None:
        """The category with this id, or None."""
        return next((c for c in self.categories if c.id == category_id), None)

    def form_fields(self, form_kind: str) -> tuple[str, ...]:
        """The fields the seed requires on a form of this kind; empty when it says nothing."""
        return next((f.fields for f in self.forms if f.kind == form_kind), ())

    def summary(self) -> dict[str, object]:
        """A plain JSON-able description for ``profiles --json`` and the GUI."""
        from app.policy.describe import summarize  # describe imports this module

        return summarize(self)
