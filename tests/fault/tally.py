"""What the campaign counts: each check's verdict, the table rows and the failing cases.

A trial (one mutant, one tampered station, one kill) makes one or more checks; each check
belongs to a row of the table in ``docs/reliability.md`` and has one verdict. A failing
check keeps what is needed to run it again alone: the part, the campaign seed and the
trial's number (``scripts/campaign --only PART --seed N --trial K``).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field

from tests.fault.runner import Outcome


class Verdict(enum.Enum):
    CLEAN = "clean"
    CRASH = "crash"
    HANG = "hang"
    WRONG = "undetected / wrong success"


@dataclass(frozen=True)
class Check:
    """One verdict of a trial for one row of the table."""

    row: str
    verdict: Verdict
    case: str = ""
    detail: str = ""

    @classmethod
    def of_call(cls, row: str, outcome: Outcome, case: str) -> Check:
        """Clean unless the call crashed or hung (a refusal is clean)."""
        if outcome.hung:
            return cls(row, Verdict.HANG, case, _command(outcome))
        if outcome.crashed:
            return cls(row, Verdict.CRASH, case, f"{_command(outcome)} -> {outcome.summary()}")
        return cls(row, Verdict.CLEAN, case)

    def wrong(self, detail: str) -> Check:
        return Check(self.row, Verdict.WRONG, self.case, detail)


def _command(outcome: Outcome) -> str:
    words = [w if w and " " not in w else repr(w) for w in outcome.argv]
    text = printable(" ".join(words))
    return text if len(text) < 300 else text[:297] + "..."


def printable(text: str) -> str:
    """``text`` with lone surrogates (undecodable bytes given on purpose) escaped."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


@dataclass(frozen=True)
class TrialResult:
    """Everything one trial found."""

    part: str
    seed: int
    trial: int
    checks: tuple[Check, ...]
    seconds: float = 0.0

    @property
    def failures(self) -> list[Check]:
        return [c for c in self.checks if c.verdict is not Verdict.CLEAN]

    def repro(self) -> str:
        return f"scripts/campaign --only {self.part} --seed {self.seed} --trial {self.trial}"


@dataclass
class Row:
    tried: int = 0
    counts: dict[Verdict, int] = field(default_factory=lambda: dict.fromkeys(Verdict, 0))

    def add(self, verdict: Verdict) -> None:
        self.tried += 1
        self.counts[verdict] += 1


@dataclass
class Tally:
    """The table: rows in the order they were first seen, and every failing check."""

    rows: dict[str, Row] = field(default_factory=dict)
    failures: list[tuple[TrialResult, Check]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    results: list[TrialResult] = field(default_factory=list)

    def add(self, result: TrialResult) -> None:
        self.results.append(result)
        for check in result.checks:
            self.rows.setdefault(check.row, Row()).add(check.verdict)
            if check.verdict is not Verdict.CLEAN:
                self.failures.append((result, check))

    def extend(self, results: Iterable[TrialResult]) -> None:
        for result in results:
            self.add(result)

    def as_json(self) -> list[dict[str, object]]:
        """Every trial and its checks (``--results``; the fast test reads it)."""
        return [
            {
                "part": r.part,
                "trial": r.trial,
                "seed": r.seed,
                "checks": [
                    {
                        "row": c.row,
                        "verdict": c.verdict.name,
                        "case": printable(c.case),
                        "detail": printable(c.detail),
                    }
                    for c in r.checks
                ],
            }
            for r in self.results
        ]

    def table(self) -> list[str]:
        lines = [
            "| part | tried | clean | crashes | hangs | undetected / wrong success |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for name, row in self.rows.items():
            c = row.counts
            lines.append(
                f"| {name} | {row.tried} | {c[Verdict.CLEAN]} | {c[Verdict.CRASH]} "
                f"| {c[Verdict.HANG]} | {c[Verdict.WRONG]} |"
            )
        return lines

    def failure_lines(self, limit: int = 400) -> list[str]:
        lines = []
        for result, check in self.failures[:limit]:
            lines.append(
                printable(
                    f"- **{check.row}**, {check.verdict.value}: {check.case} — "
                    f"{check.detail} (`{result.repro()}`)"
                )
            )
        if len(self.failures) > limit:
            lines.append(f"- … and {len(self.failures) - limit} more")
        return lines
