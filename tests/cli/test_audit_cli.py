"""``audit verify`` on a tampered station: an alarm with exit 1, never a crash (issue #17)."""

import json
import sqlite3
from pathlib import Path

from tests.cli.test_cli import cli, home  # noqa: F401


def test_a_zeroed_head_file_with_truncation_is_caught(home: Path) -> None:  # noqa: F811
    """The campaign's attack: head file at seq 0, newest entries gone, head row moved."""
    assert (
        cli("--home", str(home), "unit", "add", "T", "--name", "某队", user="admin").returncode == 0
    )
    with sqlite3.connect(home / "station.db") as db:
        top = db.execute("SELECT max(seq) FROM audit_entries").fetchone()[0]
        db.execute("DELETE FROM audit_entries WHERE seq >= ?", (top - 1,))
        row = db.execute("SELECT seq, hash FROM audit_entries ORDER BY seq DESC").fetchone()
        db.execute("UPDATE audit_head SET seq = ?, hash = ?", row)
    (home / "audit-head.json").write_text(json.dumps({"seq": 0, "hash": "0" * 64}))
    result = cli("--home", str(home), "audit", "verify", "--json")
    assert result.returncode == 1, result.stderr
    assert json.loads(result.stdout)["ok"] is False
    assert "audit-head.json is damaged" in result.stderr
    assert "Traceback" not in result.stderr


def test_key_rotation_and_witnesses_from_the_command_line(home: Path, tmp_path: Path) -> None:  # noqa: F811
    h = ("--home", str(home))
    before = json.loads(cli(*h, "audit", "verify", "--json").stdout)["key"]
    rotated = cli(*h, "audit", "key", "rotate", "--reason", "年度更换", "--json", user="admin")
    assert rotated.returncode == 0, rotated.stderr
    after = json.loads(cli(*h, "audit", "verify", "--json").stdout)
    assert after["ok"] and after["key"] == json.loads(rotated.stdout)["fingerprint"] != before
    statement = tmp_path / "head.json"
    exported = cli(*h, "audit", "witness", "export", "--out", str(statement), user="admin")
    assert exported.returncode == 0, exported.stderr
    assert cli(*h, "audit", "verify", "--witness", str(statement)).returncode == 0
    refused = cli(*h, "audit", "witness", "import", str(statement), user="admin")
    assert refused.returncode == 2 and "own head" in refused.stderr
    inside = cli(*h, "audit", "witness", "export", "--out", str(home / "audit-keys.json"),
                 "--overwrite", user="admin")  # fmt: skip
    assert inside.returncode == 2 and "Traceback" not in inside.stderr
    seq = json.loads(statement.read_text())["seq"]
    with sqlite3.connect(home / "station.db") as db:
        db.execute("UPDATE audit_entries SET actor = 'rewritten' WHERE seq = ?", (seq,))
    caught = cli(*h, "audit", "verify", "--witness", str(statement))
    assert caught.returncode == 1
