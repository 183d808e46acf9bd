"""Frame-accurate review on a real store: frame indexes, markers, stills, viewings, angles."""

import hashlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from sqlalchemy import func, select

from app.core.clock import FixedClock
from app.core.errors import NotFoundError, PermissionDeniedError, ValidationError
from app.media.frame_index import build_index
from app.media.stills import read_provenance
from app.services import angle_groups, markers, stills_register, viewing_log
from app.services.auth import Actor
from app.services.frame_indexes import index_recordings, recording_index
from app.services.review_sources import review_source
from app.services.station import StationContext
from app.store.models import AuditEntry
from app.store.review import Marker, Still, StoredFrameIndex, Viewing
from tests.services.review_footage import FRAMES, Crew, build_crew, import_numbered
from tests.support import corpus

START = datetime(2026, 11, 25, 1, 30, tzinfo=UTC)


@pytest.fixture
def crew(station: StationContext, manager: Actor) -> Crew:
    return build_crew(station, manager)


@pytest.fixture
def recording(station: StationContext, crew: Crew, tmp_path: Path) -> int:
    return import_numbered(station, crew, tmp_path / "card", "DSJ-A", START)


def count(station: StationContext, query) -> int:  # type: ignore[no-untyped-def]
    with station.store.read() as session:
        return int(session.scalar(query))


def audit_actions(station: StationContext) -> list[str]:
    with station.store.read() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


def shown(path: Path) -> int | None:
    with Image.open(path) as image:
        return corpus.read_index(np.asarray(image.convert("RGB")))


def test_the_frame_index_is_built_once_and_kept(station, crew, recording) -> None:
    first = recording_index(station, crew.keeper, recording)
    again = recording_index(station, crew.owner, recording)
    source = review_source(station, crew.keeper, recording)
    assert len(first) == len(again) == FRAMES
    assert np.array_equal(first.pts, build_index(source.recording.path).pts)
    assert np.array_equal(again.key_frame, first.key_frame)
    assert count(station, select(func.count()).select_from(StoredFrameIndex)) == 1
    assert audit_actions(station).count("recording.index-frames") == 1


def test_the_import_hook_indexes_ahead_of_review(station, crew, recording) -> None:
    assert index_recordings(station, crew.keeper, [recording, 9999]) == 1
    with station.store.read() as session:
        stored = session.scalars(select(StoredFrameIndex)).one()
    assert stored.frame_count == FRAMES


def test_a_marker_sits_on_its_exact_frame_with_its_times(station, crew, recording) -> None:
    row = markers.add_marker(station, crew.keeper, recording, 17, "id-shown", " 出示工作证 ")
    assert (row.frame, row.kind, row.label, row.note) == (17, "id-shown", "出示证件", "出示工作证")
    assert row.media_time == pytest.approx(1.7)
    assert row.device_time == START + timedelta(seconds=1.7)
    assert row.corrected_time == row.device_time  # this device's clock was right
    assert row.author == "keeper"
    markers.add_marker(station, crew.owner, recording, 3, "start")
    listed = markers.list_markers(station, crew.owner, recording)
    assert [(m.frame, m.kind) for m in listed] == [(3, "start"), (17, "id-shown")]
    assert audit_actions(station).count("marker.add") == 2


@pytest.mark.parametrize(
    ("frame", "kind", "note", "message"),
    [
        (FRAMES, "scene", "", "no frame 30"),
        (-1, "scene", "", "no frame -1"),
        (2, "selfie", "", "unknown marker kind 'selfie'"),
        (2, "scene", "长" * 2001, "at most 2000"),
    ],
)
def test_bad_markers_are_refused_and_nothing_is_written(
    station, crew, recording, frame, kind, note, message
) -> None:
    before = audit_actions(station)
    with pytest.raises(ValidationError, match=message):
        markers.add_marker(station, crew.keeper, recording, frame, kind, note)
    assert count(station, select(func.count()).select_from(Marker)) == 0
    assert [a for a in audit_actions(station) if a != "recording.index-frames"] == before


def test_someone_without_access_can_neither_view_nor_mark(station, crew, recording) -> None:
    with pytest.raises(PermissionDeniedError, match="not the officer's own recording"):
        viewing_log.open_viewing(station, crew.other, recording)
    with pytest.raises(PermissionDeniedError):
        markers.add_marker(station, crew.other, recording, 1, "scene")
    with pytest.raises(PermissionDeniedError, match="review.still"):
        stills_register.make_still(station, crew.owner, recording, 1, Path("x.png"))
    assert count(station, select(func.count()).select_from(Viewing)) == 0
    assert count(station, select(func.count()).select_from(Marker)) == 0
    assert audit_actions(station).count("access.denied") == 2


def test_a_viewing_is_logged_with_its_duration(station, crew, recording, clock: FixedClock):
    opened = viewing_log.open_viewing(station, crew.owner, recording)
    clock.advance(timedelta(minutes=2, seconds=5))
    closed = viewing_log.close_viewing(station, crew.owner, opened.id)
    assert closed.duration_s == 125.0
    assert closed.reason == "the officer's own recording"
    with pytest.raises(ValidationError, match="closed already"):
        viewing_log.close_viewing(station, crew.owner, opened.id)
    with pytest.raises(NotFoundError):
        viewing_log.close_viewing(station, crew.keeper, opened.id)
    viewing_log.open_viewing(station, crew.keeper, recording, purpose="multi-angle")
    register = viewing_log.list_viewings(station, crew.keeper, recording)
    assert [(v.viewer, v.purpose, v.duration_s) for v in register] == [
        ("owner", "review", 125.0),
        ("keeper", "multi-angle", None),
    ]
    # An officer reads only their own lines of the register.
    assert [v.viewer for v in viewing_log.list_viewings(station, crew.owner, recording)] == [
        "owner"
    ]
    actions = audit_actions(station)
    assert actions.count("viewing.open") == 2 and actions.count("viewing.close") == 1


def test_a_still_is_the_exact_frame_with_its_provenance(station, crew, recording, tmp_path):
    out = tmp_path / "still-11.png"
    record = stills_register.make_still(station, crew.keeper, recording, 11, out)
    assert shown(out) == 11
    assert record.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    source = review_source(station, crew.keeper, recording)
    provenance = read_provenance(out)
    assert provenance["recording_sha256"] == source.recording.sha256
    assert provenance["frame_index"] == "11"
    assert provenance["device_time"] == (START + timedelta(seconds=1.1)).isoformat()
    assert provenance["made_by"] == "keeper"
    sidecar = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert sidecar["still_sha256"] == record.sha256
    with station.store.read() as session:
        still = session.scalars(select(Still)).one()
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "still.make")).one()
    assert (still.frame, still.sha256) == (11, record.sha256)
    assert json.loads(entry.details)["sha256"] == record.sha256
    with pytest.raises(ValidationError, match="exists"):
        stills_register.make_still(station, crew.keeper, recording, 12, out)
    assert [s["frame"] for s in stills_register.list_stills(station, crew.keeper, recording)] == [
        11
    ]


def test_an_exported_frame_is_a_closed_viewing(station, crew, recording, tmp_path) -> None:
    out = tmp_path / "frame.png"
    export = stills_register.export_frame(station, crew.owner, recording, 29, out)
    assert shown(out) == 29 and export.media_time == pytest.approx(2.9)
    (viewing,) = viewing_log.list_viewings(station, crew.owner, recording)
    assert (viewing.purpose, viewing.id, viewing.duration_s) == ("frame", export.viewing_id, 0.0)
    with pytest.raises(ValidationError, match="no frame 30"):
        stills_register.export_frame(station, crew.owner, recording, 30, tmp_path / "f30.png")
    with pytest.raises(ValidationError, match="exists"):
        stills_register.export_frame(station, crew.owner, recording, 28, out)
    assert len(viewing_log.list_viewings(station, crew.owner, recording)) == 1
    stills_register.export_frame(station, crew.owner, recording, 28, out, overwrite=True)
    assert shown(out) == 28


def test_angles_line_up_by_corrected_device_time(station, crew, recording, tmp_path) -> None:
    # Camera B started 2 s later in true time and its clock runs 3 s ahead.
    later = START + timedelta(seconds=2)
    second = import_numbered(station, crew, tmp_path / "b", "DSJ-B", later, clock_ahead_s=3.0,
                             first=100)  # fmt: skip
    group = angle_groups.create_group(station, crew.keeper, [recording, second, recording], "现场")
    assert [m.recording_id for m in group.members] == [recording, second]
    assert group.members[1].clock_offset_s == pytest.approx(3.0)
    clocks = [review_source(station, crew.keeper, rid).clock for rid in (recording, second)]
    assert angle_groups.aligned_frames(clocks, 0, 25) == [25, 5]
    assert angle_groups.aligned_frames(clocks, 0, 15) == [15, None]  # B was not yet recording
    assert angle_groups.aligned_frames(clocks, 1, 3) == [23, 3]
    assert angle_groups.aligned_frames(clocks, 1, 29) == [None, 29]  # A had stopped
    assert [g.id for g in angle_groups.groups_of(station, crew.owner, second)] == [group.id]
    assert angle_groups.angle_group(station, crew.owner, group.id).name == "现场"
    assert "angle-group.create" in audit_actions(station)


def test_angle_groups_refuse_bad_input(station, crew, recording) -> None:
    with pytest.raises(ValidationError, match="at least two"):
        angle_groups.create_group(station, crew.keeper, [recording, recording])
    with pytest.raises(NotFoundError):
        angle_groups.create_group(station, crew.keeper, [recording, 4242])
    with pytest.raises(PermissionDeniedError, match="review.group-angles"):
        angle_groups.create_group(station, crew.owner, [recording, recording + 1])
