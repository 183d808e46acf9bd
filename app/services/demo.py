"""The demo station a newcomer opens with ``scripts/demo``: a county bureau with its people.

Later features add their own demo material here (devices, recordings, forms), so that
the demo always shows every page with something on it.
"""

from dataclasses import dataclass
from pathlib import Path

from app.core.clock import Clock, system_clock
from app.core.roles import Role
from app.services.auth import log_in, log_out
from app.services.decode_checks import check_recordings, unchecked_recordings
from app.services.demo_forms import add_demo_forms
from app.services.demo_recordings import add_demo_recordings
from app.services.demo_review import add_demo_review
from app.services.people import add_person, add_unit
from app.services.station import StationContext, init_station

DEMO_PROFILE = "guantao-psb"
DEMO_PASSWORD = "demo-2026"
DEMO_MANAGER = "wangjz"


@dataclass(frozen=True)
class DemoPerson:
    login: str
    name: str
    role: Role
    unit: str


DEMO_UNITS: tuple[tuple[str, str, str | None], ...] = (
    # code, name, parent (None: the station's own unit, 馆陶县公安局)
    ("GTCG", "城关派出所", None),
    ("GTCG-1", "城关派出所社区警务一队", "GTCG"),
    ("GTWL", "魏僧寨派出所", None),
    ("GTJJ", "交通警察大队", None),
    ("GTJJ-1", "交警大队一中队", "GTJJ"),
    ("GTZA", "治安管理大队", None),
)

DEMO_PEOPLE: tuple[DemoPerson, ...] = (
    DemoPerson("liwei", "李伟", Role.OFFICER, "GTCG"),
    DemoPerson("zhaoqiang", "赵强", Role.OFFICER, "GTCG-1"),
    DemoPerson("sunli", "孙丽", Role.OFFICER, "GTJJ-1"),
    DemoPerson("chenjing", "陈静", Role.EVIDENCE_OFFICER, "GTCG"),
    DemoPerson("liufang", "刘芳", Role.LEGAL, "ROOT"),
    DemoPerson("zhoujian", "周建", Role.SUPERVISION, "ROOT"),
    DemoPerson("wuhao", "吴昊", Role.EQUIPMENT, "ROOT"),
    DemoPerson("zhengyu", "郑玉", Role.CLERK, "GTCG"),
    DemoPerson("huangshi", "黄实", Role.SUPERIOR, "ROOT"),
)


def build_demo_station(
    home: Path, clock: Clock = system_clock, db_url: str | None = None
) -> StationContext:
    """Create the demo station in ``home``; every demo account has ``DEMO_PASSWORD``.

    ``db_url`` puts its store on another database (the fault campaign builds it on
    PostgreSQL too).
    """
    context = init_station(
        home,
        profile_id=DEMO_PROFILE,
        unit_name="馆陶县公安局",
        admin_login=DEMO_MANAGER,
        admin_name="王建中",
        admin_password=DEMO_PASSWORD,
        db_url=db_url,
        clock=clock,
    )
    manager = log_in(context, DEMO_MANAGER, DEMO_PASSWORD, client="demo")
    for code, name, parent in DEMO_UNITS:
        add_unit(context, manager, code, name, parent)
    for person in DEMO_PEOPLE:
        add_person(
            context,
            manager,
            login=person.login,
            name=person.name,
            role=person.role,
            password=DEMO_PASSWORD,
            unit_code=person.unit,
        )
    log_out(context, manager)
    # Recordings and devices first: the forms name them, and a form's targets must exist.
    add_demo_recordings(context, DEMO_MANAGER, DEMO_PASSWORD)
    add_demo_forms(context, DEMO_PASSWORD)
    add_demo_review(context, "chenjing", DEMO_PASSWORD)
    # The full decode check that follows every import, done here so the demo opens with
    # its footage checked and the damaged clip showing where its picture breaks.
    checker = log_in(context, "chenjing", DEMO_PASSWORD, client="demo")
    check_recordings(context, checker, unchecked_recordings(context))
    log_out(context, checker)
    return context
