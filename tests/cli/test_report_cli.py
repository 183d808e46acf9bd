"""``report`` on the command line, run for real in a subprocess."""

import json
from pathlib import Path

from tests.cli.test_cli import assert_refused, cli, home  # noqa: F401 - the fixture
from tests.reports.pdf import pdf_text


def test_list_json_names_every_kind(home: Path) -> None:  # noqa: F811
    result = cli("--home", str(home), "report", "--list", "--json")
    assert result.returncode == 0, result.stderr
    kinds = {k["kind"]: k for k in json.loads(result.stdout)}
    assert len(kinds) == 15
    assert kinds["retrieval-approval"] == {
        "kind": "retrieval-approval",
        "title": "执法记录调取审批表",
        "per_record": True,
        "available": True,
    }
    assert kinds["people-roster"]["available"] is True


def test_prints_the_roster_and_audits_the_print(home: Path, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "名册.pdf"
    result = cli("--home", str(home), "--user", "admin", "report", "people-roster",
                 "--out", str(out), "--json")  # fmt: skip
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    assert printed["pages"] == 1 and printed["title"] == "人员名册" and out.exists()
    assert "馆陶县公安局" in pdf_text(out)
    log = cli("--home", str(home), "--user", "admin", "audit", "list", "--limit", "3", "--json")
    entry = next(e for e in json.loads(log.stdout) if e["action"] == "report.print")
    assert entry["details"]["sha256"] == printed["sha256"]
    assert entry["details"]["kind"] == "people-roster"


def test_audit_extract_takes_a_period(home: Path, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "audit.pdf"
    result = cli("--home", str(home), "--user", "admin", "report", "audit-extract", "--out",
                 str(out), "--from", "2000-01-01", "--to", "2999-12-31")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "station.init" in pdf_text(out)


def test_refusals_are_one_line(home: Path, tmp_path: Path) -> None:  # noqa: F811
    out = str(tmp_path / "x.pdf")
    base = ("--home", str(home), "--user", "admin", "report")
    assert_refused(cli(*base, "nonsense", "--out", out), "valid kinds: device-ledger")
    assert_refused(cli(*base, "retrieval-approval", "--out", out), "give --id ID")
    assert_refused(
        cli(*base, "custody-report", "--id", "1", "--out", out), "no recording with id 1"
    )
    assert_refused(cli(*base, "people-roster"), "give --out")
    assert_refused(cli(*base, "audit-extract", "--out", out, "--from", "yesterday"), "not a time")
    assert not Path(out).exists()


def test_an_existing_pdf_is_replaced_only_with_overwrite(home: Path, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "roster.pdf"
    out.write_bytes(b"someone else's file")
    base = ("--home", str(home), "--user", "admin", "report", "people-roster", "--out", str(out))
    assert_refused(cli(*base), "a file of that name exists")
    assert out.read_bytes() == b"someone else's file"
    assert cli(*base, "--overwrite").returncode == 0
    assert "馆陶县公安局" in pdf_text(out)
    for own in (home / "logs" / "r.pdf", home / "vault" / "r.pdf"):
        assert_refused(cli(*base[:-1], str(own), "--overwrite"), "station's own files")
        assert not own.exists()
