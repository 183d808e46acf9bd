"""A small unit tree with one person per role, for the forms and access tests.

ROOT 馆陶县公安局      admin (manager), legal, super (superior), sup (supervision)
├── A  城关派出所      head_a (manager), off_a, off_a2 (officers), adm_a, clerk_a, equip_a
│   └── A1 社区警务队   off_a1 (officer)
└── B  魏僧寨派出所     head_b (manager), adm_b, off_b
    └── B1 一中队       off_b1
"""

from dataclasses import dataclass
from functools import cache

from app.core.roles import Role
from app.services.auth import Actor
from app.services.passwords import hash_password
from app.services.people import add_unit
from app.services.station import StationContext
from app.store.models import Person

PASSWORD = "forms-test-pass"

UNITS = (
    ("A", "城关派出所", None),
    ("A1", "社区警务队", "A"),
    ("B", "魏僧寨派出所", None),
    ("B1", "一中队", "B"),
)

PEOPLE = (
    ("legal", "刘芳", Role.LEGAL, "ROOT"),
    ("super", "黄实", Role.SUPERIOR, "ROOT"),
    ("sup", "周建", Role.SUPERVISION, "ROOT"),
    ("head_a", "张所长", Role.MANAGER, "A"),
    ("off_a", "李伟", Role.OFFICER, "A"),
    ("off_a2", "王二", Role.OFFICER, "A"),
    ("adm_a", "陈静", Role.EVIDENCE_OFFICER, "A"),
    ("clerk_a", "郑玉", Role.CLERK, "A"),
    ("equip_a", "吴昊", Role.EQUIPMENT, "A"),
    ("legal_a", "钱律", Role.LEGAL, "A"),
    ("sup_a", "孙督", Role.SUPERVISION, "A"),
    ("super_a", "上级", Role.SUPERIOR, "A"),
    ("off_a1", "赵强", Role.OFFICER, "A1"),
    ("head_b", "马所长", Role.MANAGER, "B"),
    ("adm_b", "何管", Role.EVIDENCE_OFFICER, "B"),
    ("off_b", "孙丽", Role.OFFICER, "B"),
    ("off_b1", "冯一", Role.OFFICER, "B1"),
)


@dataclass
class Crew:
    """Logged-in actors by login, plus unit ids by code."""

    actors: dict[str, Actor]
    units: dict[str, int]

    def __getitem__(self, login: str) -> Actor:
        return self.actors[login]


@cache
def _password_hash() -> str:
    return hash_password(PASSWORD)


def build_crew(station: StationContext, manager: Actor) -> Crew:
    """The tree and its people; rows are written directly because argon2 per person would
    cost seconds per test, and the actors are what ``log_in`` would return."""
    units = {"ROOT": manager.unit_id}
    names = {"ROOT": manager.unit_name}
    for code, name, parent in UNITS:
        units[code] = add_unit(station, manager, code, name, parent).id
        names[code] = name
    actors = {"admin": manager}
    with station.store.write() as session:
        for login, name, role, unit in PEOPLE:
            person = Person(
                login=login,
                name=name,
                role=role.value,
                unit_id=units[unit],
                password_hash=_password_hash(),
                active=True,
                failed_logins=0,
                created_at=station.clock(),
            )
            session.add(person)
            session.flush()
            actors[login] = Actor(person.id, login, name, role, units[unit], unit, names[unit], 0)
    return Crew(actors, units)
