"""The campaign's parts: each turns (seed, trial number) into one trial and its checks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tests.fault.tally import Check
from tests.fault.world import World

TrialFunction = Callable[[World, int, int], list[Check]]


@dataclass(frozen=True)
class Part:
    """One kind of trial.

    Attributes:
        name: what ``--only`` takes.
        full: trials at ``--scale 1`` (the issue's goal figures), or a function that counts
            them (the command-line part generates its lines from the parser).
        run: ``run(world, seed, trial)`` makes trial number ``trial`` and returns its checks.
        needs_postgres: some of its trials run on PostgreSQL.
        find: the trial number of a case text, for parts whose trials are a fixed list.
    """

    name: str
    full: int | Callable[[], int]
    run: TrialFunction
    needs_postgres: bool = False
    note: str = ""
    find: Callable[[str], int] | None = None

    def trial_named(self, case: str) -> int:
        """The trial number of a case given by its text (parts whose trials are a list)."""
        if self.find is None:
            raise ValueError(f"part {self.name} numbers its trials; give a number")
        return self.find(case)

    def count(self, scale: float) -> int:
        full = self.full() if callable(self.full) else self.full
        return max(1, round(full * scale))
