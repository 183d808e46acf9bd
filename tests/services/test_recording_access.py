"""R6 on the recordings themselves: the browser list and the detail view obey ``access``.

Six recordings in the unit tree of ``form_people`` (ROOT → A → A1, ROOT → B):
``a`` by off_a, ``a2`` by off_a2, ``a1`` by off_a1 (unit A1), ``b`` by off_b (unit B),
``secret`` by off_a marked state secret at import, ``private`` by off_a marked personal
privacy afterwards. Every visible set is checked three ways: the keyset-paged list, the
one-recording decision, and the audited detail view, so the CLI and the GUI cannot differ.
"""

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.core.clock import FixedClock
from app.core.errors import PermissionDeniedError, ValidationError
from app.services import forms
from app.services.auth import Actor
from app.services.confidentiality import set_confidentiality
from app.services.devices import DeviceKind, add_device
from app.services.form_records import TargetRef
from app.services.ingest import IngestRequest, import_files
from app.services.recordings import (
    RecordingFilter,
    list_recordings,
    recording_access,
    recording_detail,
)
from app.services.station import StationContext
from app.store.models import AuditEntry
from tests.services.form_people import Crew, build_crew
from tests.support.media import copy_video

UNTIL = "2026-11-27T10:00"  # station time; the test clock starts 2026-11-26 10:00 station time


class Footage:
    """The crew and the ids of the six recordings by name."""

    def __init__(self, crew: Crew, ids: dict[str, int]) -> None:
        self.crew, self.ids = crew, ids
        self.names = {rid: name for name, rid in ids.items()}

    def visible(self, station: StationContext, login: str) -> set[str]:
        """Names the list shows to ``login``, read one row per keyset page."""
        names, after = [], None
        while page := list_recordings(station, self.crew[login], RecordingFilter(),
                                      after=after, limit=1):  # fmt: skip
            names.append(self.names[page[0].id])
            after = page[-1].cursor
        assert len(names) == len(set(names))
        return set(names)

    def decided(self, station: StationContext, login: str) -> set[str]:
        actor = self.crew[login]
        return {n for n, rid in self.ids.items() if recording_access(station, actor, rid).allowed}


def _import(station: StationContext, crew: Crew, tmp: Path, officer: str, seed: int,
            admin: str, mark: str = "none") -> int:  # fmt: skip
    folder = tmp / f"{officer}-{seed}"
    copy_video(folder / f"DSJ_A1_20261125_08{seed:02d}00_1.MP4", 300 + seed)
    request = IngestRequest((folder,), officer, "DSJ-X", confidentiality=mark)
    report = import_files(station, crew[admin], request)
    assert len(report.imported) == 1, report.as_json()
    return report.imported[0].id  # type: ignore[return-value]


@pytest.fixture
def footage(station: StationContext, manager: Actor, tmp_path: Path) -> Footage:
    crew = build_crew(station, manager)
    add_device(station, manager, asset_no="DSJ-X", serial="SN-X", model="DSJ-V9",
               kind=DeviceKind.BODY_CAMERA)  # fmt: skip
    ids = {
        "a": _import(station, crew, tmp_path, "off_a", 1, "adm_a"),
        "a2": _import(station, crew, tmp_path, "off_a2", 2, "adm_a"),
        "a1": _import(station, crew, tmp_path, "off_a1", 3, "adm_a"),
        "b": _import(station, crew, tmp_path, "off_b", 4, "adm_b"),
        "secret": _import(station, crew, tmp_path, "off_a", 5, "adm_a", "state-secret"),
        "private": _import(station, crew, tmp_path, "off_a", 6, "adm_a"),
    }
    set_confidentiality(station, crew["adm_a"], ids["private"], "personal-privacy", "涉及未成年人")
    return Footage(crew, ids)


def _approved(station: StationContext, crew: Crew, kind: str, applicant: str, approver: str,
              fields: dict[str, str], *targets: int) -> int:  # fmt: skip
    refs = [TargetRef("recording", str(t)) for t in targets]
    form = forms.create_form(station, crew[applicant], kind, {"valid_until": UNTIL, **fields}, refs)
    forms.submit_form(station, crew[applicant], form.id)
    forms.approve_form(station, crew[approver], form.id)
    return form.id


ALL = {"a", "a2", "a1", "b", "secret", "private"}
EXPECTED = {
    # an officer: their own, and not even their own once it is marked [000 §10(3)]
    "off_a": {"a"},
    "off_a2": {"a2"},
    # the administrator: unit and below, personal privacy too, no secrets; sibling unit apart
    "adm_a": {"a", "a2", "a1", "private"},
    "adm_b": {"b"},
    # the unit head of A and the county head: their trees, secrets included
    "head_a": {"a", "a2", "a1", "secret", "private"},
    "admin": ALL,
    "legal": ALL,
    # supervision of A: its tree, personal privacy, no secrets
    "sup_a": {"a", "a2", "a1", "private"},
    # the 上级机关 role only through a retrieval notice [000 §10(2)]
    "super": set(),
}


def test_who_sees_what_without_requests(station: StationContext, footage: Footage) -> None:
    for login, expected in EXPECTED.items():
        assert footage.visible(station, login) == expected, login
        assert footage.decided(station, login) == expected, login


def test_the_detail_view_refuses_and_audits_the_refusal(
    station: StationContext, footage: Footage
) -> None:
    crew, ids = footage.crew, footage.ids
    with pytest.raises(PermissionDeniedError, match="outside B's authority"):
        recording_detail(station, crew["adm_b"], ids["a"])
    with pytest.raises(PermissionDeniedError, match="国家秘密"):
        recording_detail(station, crew["adm_a"], ids["secret"])
    with station.store.read() as session:
        denied = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "access.denied").order_by(AuditEntry.seq)
        ).all()
    assert [(e.actor, e.target_id) for e in denied] == [
        ("adm_b", str(ids["a"])),
        ("adm_a", str(ids["secret"])),
    ]
    detail = recording_detail(station, crew["head_a"], ids["secret"])
    assert detail.row.confidentiality == "state-secret"
    assert detail.audit_trail[-1].details["confidentiality"] == "state-secret"


def test_a_viewing_grant_opens_exactly_its_recording_until_it_expires(
    station: StationContext, footage: Footage, clock: FixedClock
) -> None:
    crew, ids = footage.crew, footage.ids
    form_id = _approved(station, crew, "viewing", "off_a2", "head_a", {"reason": "核对现场情况"},
                        ids["a"], ids["private"], ids["secret"])  # fmt: skip
    # named and in the approving unit's tree: seen; a secret stays closed even when named
    assert footage.visible(station, "off_a2") == {"a2", "a", "private"}
    assert footage.decided(station, "off_a2") == {"a2", "a", "private"}
    detail = recording_detail(station, crew["off_a2"], ids["a"])
    assert detail.audit_trail[-1].details["grant"] == form_id
    with pytest.raises(PermissionDeniedError):
        recording_detail(station, crew["off_a2"], ids["a1"])  # not named on the form
    clock.advance(timedelta(days=2))  # past valid_until
    assert footage.visible(station, "off_a2") == {"a2"}
    with pytest.raises(PermissionDeniedError, match="no approved request"):
        recording_detail(station, crew["off_a2"], ids["a"])


def test_a_retrieval_notice_opens_a_subordinates_recording_to_the_superior(
    station: StationContext, footage: Footage
) -> None:
    crew, ids = footage.crew, footage.ids
    _approved(station, crew, "retrieval-notice", "super", "head_b",
              {"holding_unit": "B", "purpose": "监督检查"}, ids["b"])  # fmt: skip
    assert footage.visible(station, "super") == {"b"}
    assert recording_detail(station, crew["super"], ids["b"]).row.officer_login == "off_b"
    with pytest.raises(PermissionDeniedError):
        recording_detail(station, crew["super"], ids["a"])


def test_marking_is_for_those_who_keep_and_see_the_footage(
    station: StationContext, footage: Footage
) -> None:
    crew, ids = footage.crew, footage.ids
    with pytest.raises(PermissionDeniedError):
        set_confidentiality(station, crew["off_a"], ids["a"], "personal-privacy", "隐私")
    with pytest.raises(PermissionDeniedError, match="国家秘密"):
        set_confidentiality(station, crew["adm_a"], ids["secret"], "none", "解密")
    with station.store.read() as session:
        refused = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "permission.denied")
            .order_by(AuditEntry.seq.desc())
        ).first()  # fmt: skip
    assert (refused.actor, refused.target_id) == ("adm_a", str(ids["secret"]))
    assert "recording.mark-confidentiality" in refused.details
    with pytest.raises(ValidationError, match="valid: none, personal-privacy"):
        set_confidentiality(station, crew["adm_a"], ids["a"], "top-secret", "x")
    with pytest.raises(ValidationError, match="why"):
        set_confidentiality(station, crew["adm_a"], ids["a"], "commercial-secret", " ")
    change = set_confidentiality(station, crew["head_a"], ids["secret"], "none", "经审查不涉密")
    assert (change.previous, change.mark) == ("state-secret", "none")
    assert "secret" in footage.visible(station, "adm_a")
    with station.store.read() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "recording.confidentiality")
            .order_by(AuditEntry.seq.desc())
        ).first()  # fmt: skip
    assert (entry.actor, entry.target_id) == ("head_a", str(ids["secret"]))
    assert '"reason": "经审查不涉密"' in entry.details or "经审查不涉密" in entry.details


def test_ingest_refuses_an_unknown_mark(station: StationContext, footage: Footage,
                                        tmp_path: Path) -> None:  # fmt: skip
    with pytest.raises(ValidationError, match="unknown confidentiality 'secret'"):
        _import(station, footage.crew, tmp_path, "off_a", 9, "adm_a", "secret")
