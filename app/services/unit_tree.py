"""The unit tree as the access rules read it: who is above whom (R6.4, R13)."""

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.roles import ROLE_RANK, Role
from app.services.auth import Actor
from app.store.models import Unit


class Relation(StrEnum):
    """Where a unit stands from the actor's unit."""

    SAME = "same"
    BELOW = "below"  # the actor's unit is an ancestor of it (the actor is superior)
    ABOVE = "above"  # the actor's unit is a descendant of it
    SIBLING = "sibling"
    UNRELATED = "unrelated"


@dataclass(frozen=True)
class UnitTree:
    """Parent links and codes of every unit; a station has tens of units, read once per call."""

    parents: dict[int, int | None]
    codes: dict[int, str]

    @classmethod
    def load(cls, session: Session) -> "UnitTree":
        rows = session.execute(select(Unit.id, Unit.parent_id, Unit.code)).all()
        return cls({r.id: r.parent_id for r in rows}, {r.id: r.code for r in rows})

    def ancestors(self, unit_id: int) -> list[int]:
        """The unit itself, then its parent, up to the root."""
        chain: list[int] = []
        current: int | None = unit_id
        while current is not None and current not in chain:
            chain.append(current)
            current = self.parents.get(current)
        return chain

    def is_within(self, unit_id: int, root_id: int) -> bool:
        """Whether ``unit_id`` is ``root_id`` or below it."""
        return root_id in self.ancestors(unit_id)

    def subtree(self, root_id: int) -> set[int]:
        return {unit for unit in self.parents if self.is_within(unit, root_id)}

    def relation(self, actor_unit: int, target_unit: int) -> Relation:
        if actor_unit == target_unit:
            return Relation.SAME
        if self.is_within(target_unit, actor_unit):
            return Relation.BELOW
        if self.is_within(actor_unit, target_unit):
            return Relation.ABOVE
        if self.parents.get(actor_unit) == self.parents.get(target_unit):
            return Relation.SIBLING
        return Relation.UNRELATED

    def id_of(self, code: str) -> int | None:
        return next((uid for uid, c in self.codes.items() if c == code), None)


def management_scope(tree: UnitTree, actor: Actor) -> frozenset[int]:
    """The units an actor acts on: their own and every unit below it (R6.4, R13).

    The one answer to "is this within the actor's authority" for footage, forms, people
    and devices, so that no feature draws the line differently (issue #17).
    """
    return frozenset(tree.subtree(actor.unit_id))


def management_rank(tree: UnitTree, actor: Actor) -> int:
    """How high the actor stands when managing people: the role's rank, except that the
    unit head of the top unit ranks with the superior organ (they open its accounts)."""
    if actor.role is Role.MANAGER and tree.parents.get(actor.unit_id) is None:
        return ROLE_RANK[Role.SUPERIOR]
    return ROLE_RANK[actor.role]
