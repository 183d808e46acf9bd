"""Two processes writing at once must queue on the chain head, never fork the chain."""

import subprocess
import sys
import textwrap
from pathlib import Path

from sqlalchemy import func, select

from app.services.station import StationContext
from app.store.models import AuditEntry, Unit
from tests.conftest import ADMIN_PASSWORD

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from app.services.auth import log_in
    from app.services.people import add_unit
    from app.services.station import open_station

    home, db_url, prefix, count = sys.argv[1], sys.argv[2] or None, sys.argv[3], int(sys.argv[4])
    with open_station(Path(home), db_url) as context:
        actor = log_in(context, "admin", sys.argv[5], client="test")
        for number in range(count):
            add_unit(context, actor, f"{prefix}{number}", f"{prefix} 单位 {number}")
    """
)


def test_two_processes_never_fork_the_chain(
    station: StationContext, db_url: str | None, tmp_path: Path
) -> None:
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    count = 25
    writers = [
        subprocess.Popen(
            [
                sys.executable,
                str(script),
                str(station.paths.root),
                db_url or "",
                prefix,
                str(count),
                ADMIN_PASSWORD,
            ],
            cwd=Path(__file__).resolve().parents[2],
        )
        for prefix in ("A", "B")
    ]
    assert [writer.wait(timeout=300) for writer in writers] == [0, 0]

    with station.store.read() as session:
        units = session.scalar(select(func.count()).select_from(Unit))
        entries = session.scalar(select(func.count()).select_from(AuditEntry))
        top = session.scalar(select(func.max(AuditEntry.seq)))
    assert units == 1 + 2 * count
    assert entries == top
    report = station.audit.verify()
    assert report.ok, report.problem
    assert report.entries == entries
