"""What the GUI says about an audit-chain verification, short (status bar) and long (page)."""

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services.audit import ChainReport

_CONTEXT = "ChainText"

_PROBLEMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"^numbered (?P<found>\d+) where (?P<expected>\d+) belongs"),
        QT_TRANSLATE_NOOP(
            "ChainText",
            "numbered {found} where {expected} belongs (an entry is missing, inserted or moved)",
        ),
    ),
    (
        re.compile(r"^does not follow the entry before it"),
        QT_TRANSLATE_NOOP(
            "ChainText",
            "does not follow the entry before it (an entry was removed, inserted or moved)",
        ),
    ),
    (
        re.compile(r"^its content does not match its hash"),
        QT_TRANSLATE_NOOP("ChainText", "its content does not match its hash (it was changed)"),
    ),
    (
        re.compile(r"^the chain ends before its head record"),
        QT_TRANSLATE_NOOP(
            "ChainText", "the chain ends before its head record (newest entries removed?)"
        ),
    ),
    (
        re.compile(r"^entries up to #(?P<seq>\d+) were recorded outside the database"),
        QT_TRANSLATE_NOOP(
            "ChainText",
            "entries up to No. {seq} were recorded outside the database but are gone",
        ),
    ),
    (
        re.compile(r"^differs from its hash kept outside the database"),
        QT_TRANSLATE_NOOP(
            "ChainText",
            "differs from its hash kept outside the database (the chain was rewritten)",
        ),
    ),
    (
        re.compile(r"^the chain head file (?P<name>\S+) is missing"),
        QT_TRANSLATE_NOOP(
            "ChainText", "the chain head file {name} is missing from the station folder"
        ),
    ),
    (
        re.compile(r"^recording (?P<id>\d+) has no import entry"),
        QT_TRANSLATE_NOOP(
            "ChainText",
            "recording {id} has no import entry in the audit chain (added outside the station)",
        ),
    ),
    (
        re.compile(r"^recording (?P<id>\d+): its digests in the database differ"),
        QT_TRANSLATE_NOOP(
            "ChainText",
            "the digests of recording {id} in the database differ from the audit chain "
            "(the record was changed)",
        ),
    ),
    (
        re.compile(r"^the chain head is not signed by the station's key"),
        QT_TRANSLATE_NOOP(
            "ChainText",
            "the chain head is not signed by the station's key (entries were added outside it)",
        ),
    ),
    (
        re.compile(r"^the chain head is not signed"),
        QT_TRANSLATE_NOOP("ChainText", "the chain head is not signed"),
    ),
    (
        re.compile(r"^the chain head's signature does not match"),
        QT_TRANSLATE_NOOP(
            "ChainText",
            "the chain head's signature does not match (entries were added or changed without "
            "the station's key)",
        ),
    ),
    (
        re.compile(r"^the key (?P<key>\w+) recorded in entry #(?P<seq>\d+) is not trusted"),
        QT_TRANSLATE_NOOP(
            "ChainText",
            "the signing key {key} recorded in entry No. {seq} is not in the station's list of "
            "trusted keys",
        ),
    ),
    (
        re.compile(r"^the key (?P<key>\w+) is trusted in \S+ for other entries"),
        QT_TRANSLATE_NOOP(
            "ChainText", "the station's list of trusted keys gives the key {key} other entries"
        ),
    ),
    (
        re.compile(r"^\S+ trusts the key (?P<key>\w+), which the audit chain never recorded"),
        QT_TRANSLATE_NOOP(
            "ChainText",
            "the station trusts the key {key}, which the audit chain never recorded "
            "(the list of trusted keys was changed)",
        ),
    ),
    (
        re.compile(r"^the station's trusted keys"),
        QT_TRANSLATE_NOOP("ChainText", "the station's list of trusted keys is damaged"),
    ),
    (
        re.compile(r"^its number is damaged"),
        QT_TRANSLATE_NOOP("ChainText", "its number is damaged (the entry was changed)"),
    ),
    (
        re.compile(r"^its time is damaged"),
        QT_TRANSLATE_NOOP("ChainText", "its time is damaged (the entry was changed)"),
    ),
    (
        re.compile(r"^its [a-z ]+ is not text"),
        QT_TRANSLATE_NOOP("ChainText", "one of its fields is not text (the entry was changed)"),
    ),
    (
        re.compile(r"^it cannot be read from the database"),
        QT_TRANSLATE_NOOP("ChainText", "it cannot be read from the database (damaged storage)"),
    ),
    (
        re.compile(r"^the chain head file (?P<name>\S+) is behind the database"),
        QT_TRANSLATE_NOOP(
            "ChainText",
            "the chain head file {name} is behind the database: entries were added outside "
            "the station",
        ),
    ),
    (
        re.compile(r"^the chain head file (?P<name>\S+) is damaged"),
        QT_TRANSLATE_NOOP("ChainText", "the chain head file {name} is damaged"),
    ),
)


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


def problem_text(problem: str) -> str:
    for pattern, source in _PROBLEMS:
        found = pattern.match(problem)
        if found:
            return _tr(source).format(**found.groupdict())
    return problem


def chain_short_text(report: ChainReport) -> str:
    """For the status bar: ``Audit chain intact`` or ``Audit chain broken at No. 12``."""
    if report.ok:
        return QCoreApplication.translate("ChainText", "Audit chain intact")
    if report.first_bad is None:
        return QCoreApplication.translate("ChainText", "Audit check failed")
    return QCoreApplication.translate("ChainText", "Audit chain broken at No. {seq}").format(
        seq=report.first_bad
    )


def chain_long_text(report: ChainReport) -> str:
    """For the audit page: what was checked and, when broken, where and why."""
    if report.ok:
        return QCoreApplication.translate(
            "ChainText", "Audit chain intact: {count} entries checked, head No. {seq} ({hash}…)."
        ).format(count=report.entries, seq=report.head.seq, hash=report.head.hash[:16])
    if report.first_bad is None:
        return QCoreApplication.translate(
            "ChainText", "Audit check failed: {problem}. Report this to the supervision department."
        ).format(problem=problem_text(report.problem))
    return QCoreApplication.translate(
        "ChainText",
        "Audit chain broken at entry No. {seq}: {problem}. {count} entries before it are intact. "
        "Report this to the supervision department.",
    ).format(seq=report.first_bad, problem=problem_text(report.problem), count=report.entries)
