"""``form …`` end to end in a subprocess, through the approval chains of two profiles."""

import json
import shutil
from pathlib import Path

import pytest

from app.services.auth import log_in
from app.services.people import list_units
from app.services.station import open_station
from tests.cli.test_cli import PASSWORD, assert_refused, cli
from tests.support.recording_rows import add_recording_rows

PEOPLE = (
    ("liwei", "officer", "A"),
    ("chenjing", "evidence-officer", "A"),
    ("headA", "manager", "A"),
    ("liufang", "legal", "ROOT"),
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One station with its people, built once; each test works on a copy of its folder."""
    home = tmp_path_factory.mktemp("forms") / "工作站"
    steps = [
        ("init", "--profile", "guantao-psb", "--unit", "馆陶县公安局", "--admin", "admin"),
        ("unit", "add", "A", "--name", "城关派出所"),
        *(("user", "add", login, "--name", login, "--role", role, "--unit", unit)
          for login, role, unit in PEOPLE),
    ]  # fmt: skip
    for step in steps:
        stdin = PASSWORD + "\n" if step[0] == "init" else PASSWORD + "\n" + PASSWORD + "\n"
        extra = ("--password-stdin",) if step[0] in ("init", "user") else ()
        user = None if step[0] == "init" else "admin"
        result = cli("--home", str(home), *step, *extra, stdin=stdin, user=user)
        assert result.returncode == 0, result.stderr
    with open_station(home) as station:  # the recordings the forms below name must exist
        manager = log_in(station, "admin", PASSWORD, client="test")
        unit_a = next(u.id for u in list_units(station) if u.code == "A")
        add_recording_rows(station, manager.person_id, unit_a, (3, 7, 8))
    return home


@pytest.fixture
def home(template: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(template, tmp_path / template.name))


def form(home: Path, user: str, *args: str) -> dict:  # type: ignore[type-arg]
    result = cli("--home", str(home), "form", *args, "--json", user=user)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def refused(home: Path, user: str, fragment: str, *args: str) -> None:
    assert_refused(cli("--home", str(home), "form", *args, user=user), fragment)


def test_guantao_retrieval_through_the_cli(home: Path) -> None:
    new = form(
        home, "liwei", "new", "retrieval",
        "--field", "purpose=作为证据使用", "--field", "valid_until=2027-01-31T18:00",
        "--target", "recording:7", "--target", "recording:8",
    )  # fmt: skip
    form_id = str(new["id"])
    assert (new["state"], new["chain"], new["targets"]) == (
        "draft",
        ["manager"],
        ["recording:7", "recording:8"],
    )
    refused(home, "liwei", "case_no（案件编号）", "submit", form_id)
    form(home, "liwei", "edit", form_id, "--field", "case_no=馆公〔2026〕7号")
    submitted = form(home, "liwei", "submit", form_id)
    assert submitted["state"] == "submitted" and submitted["next_role"] == "manager"
    refused(home, "liwei", "cannot change any more", "edit", form_id, "--field", "purpose=x")
    refused(home, "liufang", "waits for manager", "approve", form_id)
    waiting = form(home, "headA", "list", "--waiting")
    assert [f["id"] for f in waiting] == [new["id"]]
    approved = form(home, "headA", "approve", form_id, "--comment", "同意")
    assert approved["state"] == "approved"
    assert approved["values"]["approver"] == "headA"
    done = form(home, "chenjing", "done", form_id, "--field", "provision_note=光盘一张")
    assert done["state"] == "done" and done["values"]["provided_by"] == "chenjing"
    shown = form(home, "liwei", "show", form_id)
    assert [s["step"] for s in shown["steps"]] == ["submit", "approve", "done"]
    assert form(home, "liwei", "list", "--mine", "--state", "done")[0]["id"] == new["id"]


def test_jiangyuan_viewing_legal_then_manager(home: Path) -> None:
    use = cli("--home", str(home), "profile", "use", "jiangyuan-culture", user="admin")
    assert use.returncode == 0, use.stderr
    own = form(
        home, "headA", "new", "viewing", "--field", "reason=复核",
        "--field", "valid_until=2027-01-31T18:00", "--target", "recording:3",
    )  # fmt: skip
    form(home, "headA", "submit", str(own["id"]))
    refused(home, "headA", "your own form", "approve", str(own["id"]))

    new = form(
        home, "liwei", "new", "viewing", "--field", "reason=案情研判",
        "--field", "valid_until=2027-01-31T18:00", "--target", "recording:3",
    )  # fmt: skip
    form_id = str(new["id"])
    assert form(home, "liwei", "submit", form_id)["chain"] == ["legal", "manager"]
    refused(home, "headA", "waits for legal", "approve", form_id)
    assert form(home, "liufang", "approve", form_id)["next_role"] == "manager"
    assert form(home, "headA", "approve", form_id)["state"] == "approved"
    rejected = cli("--home", str(home), "form", "reject", form_id, "--comment", "x", user="headA")
    assert_refused(rejected, "is approved")


def test_rejection_and_correction(home: Path) -> None:
    fields = [
        "--field",
        "activity_start=2026-11-26T08:00",
        "--field",
        "activity_end=2026-11-26T09:00",
    ]
    new = form(home, "liwei", "new", "interruption-report", *fields, "--field", "reason=weather")
    refused(home, "liwei", "legal_basis（依据）", "submit", str(new["id"]))
    form(home, "liwei", "edit", str(new["id"]), "--field", "legal_basis=第七条")
    form(home, "liwei", "submit", str(new["id"]))
    refused(home, "headA", "needs a reason", "reject", str(new["id"]), "--comment", " ")
    form(home, "headA", "reject", str(new["id"]), "--comment", "原因不实")
    corrected = form(home, "liwei", "correct", str(new["id"]), "--field", "reason=emergency")
    assert (corrected["version"], corrected["previous_id"]) == (2, new["id"])
    form(home, "liwei", "submit", str(corrected["id"]))
    assert form(home, "liwei", "show", str(new["id"]))["state"] == "superseded"
    refused(home, "liwei", "no form 999", "show", "999")
    refused(home, "liwei", "write KEY=VALUE", "new", "viewing", "--field", "reason")
