"""error_texts words the services' English messages in Chinese, and matches what they say.

The messages are produced by calling the real code wherever that is cheap (the probe on a
bad file, the vault on a vanished source, the forms, devices and access services on the
demo station), so a service that rewords a message fails here instead of showing English
to a Chinese user. The few that need a full disk or a tampered database are samples.
"""

import errno
import os
import re
import socket
import threading
from collections.abc import Callable
from dataclasses import replace
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.core.clock import parse_local_time
from app.core.config import StationConfig, write_config
from app.core.errors import EvidenceStationError
from app.core.paths import StationPaths
from app.integrity import vault as vault_module
from app.integrity.vault import Vault
from app.media.decoding import damage_text, decoding
from app.media.errors import DecoderCrashError
from app.media.import_probe import probe_for_import
from app.media.isolation import MediaChild
from app.media.probe import probe
from app.media.stills import write_still
from app.services import forms
from app.services.access import AccessTarget, authorize
from app.services.auth import Actor
from app.services.confidentiality import set_confidentiality
from app.services.decode_checks import check_recordings
from app.services.devices import (
    DeviceEventKind,
    DeviceKind,
    add_device,
    assign_device,
    record_device_event,
    return_device,
)
from app.services.form_kinds import KINDS
from app.services.form_queries import get_form
from app.services.form_records import TARGET_KINDS, TargetRef
from app.services.ingest import IngestProgress, IngestRequest, import_files
from app.services.ingest_record import IngestItem
from app.services.ingest_sources import walk_sources
from app.services.output_files import check_output_file, check_output_folder
from app.services.recordings import recording_detail
from app.services.station import StationContext, open_station
from app.store.models import Person
from app.store.recordings import Recording
from app.ui.error_texts import message_text
from app.ui.errors import error_text
from app.ui.import_summary import ImportSummary
from app.ui.recording_detail import RecordingDetailPane
from tests.support import misbehaving
from tests.support.media import copy_video, sample_video
from tests.support.mutants import wrong_size_before_minf
from tests.ui.conftest import sign_in

_WORD = re.compile(r"[A-Za-z]{2,}")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def assert_chinese(text: str, *params: object) -> None:
    """Chinese, carrying every parameter, and no English word that is not a parameter."""
    assert _HAN.search(text), text
    rest = text
    for param in sorted((str(p) for p in params), key=len, reverse=True):
        assert param in text, (param, text)
        rest = rest.replace(param, "")
    assert _WORD.findall(rest) == [], text


def raised(call: Callable[[], object]) -> EvidenceStationError:
    with pytest.raises(EvidenceStationError) as caught:
        call()
    return caught.value


# -- damage found by the import probe ------------------------------------------------------


def _video(
    path: Path, *, container: str | None = None, options: dict[str, str] | None = None
) -> bytes:
    rng = np.random.default_rng(7)
    with av.open(str(path), "w", format=container, options=options or {}) as output:
        stream = output.add_stream("libx264", rate=10)
        stream.width, stream.height, stream.pix_fmt = 64, 48, "yuv420p"
        stream.codec_context.time_base = Fraction(1, 10)
        for _ in range(30):
            picture = rng.integers(0, 255, (48, 64, 3), dtype=np.uint8)
            for packet in stream.encode(av.VideoFrame.from_ndarray(picture, format="rgb24")):
                output.mux(packet)
        for packet in stream.encode():
            output.mux(packet)
    return path.read_bytes()


def _garbage(path: Path) -> None:
    path.write_bytes(b"\x00 not a video \xff" * 64)


def _subtitles_only(path: Path) -> None:
    path.write_text("WEBVTT\n\n00:00.000 --> 00:01.000\n现场\n", encoding="utf-8")


def _no_decodable_frame(path: Path) -> None:
    whole = _video(path, options={"movflags": "faststart"})  # the header before the data
    path.write_bytes(whole[:600] + bytes(len(whole) - 600))


def _cut_off(path: Path) -> None:
    whole = _video(path, container="mpegts")
    path.write_bytes(whole[: len(whole) // 2])


def _corrupt(path: Path) -> None:
    whole = _video(path, container="matroska")
    path.write_bytes(whole[:600] + bytes(len(whole) - 600))


@pytest.mark.parametrize(
    ("make", "name", "said", "detail"),
    [
        (_garbage, "garbage.mp4", "cannot be opened as media: ", True),
        (_subtitles_only, "subtitles.mp4", "holds no video or audio stream", False),
        (_no_decodable_frame, "empty.mp4", "no frame can be decoded", False),
        (_cut_off, "cut.ts", "truncated: the end of the file cannot be decoded", False),
        (_corrupt, "corrupt.mkv", "corrupt: ", True),
    ],
)
def test_what_the_probe_finds_is_worded_in_chinese(
    tmp_path: Path, make: Callable[[Path], None], name: str, said: str, detail: bool
) -> None:
    path = tmp_path / name
    make(path)
    damage = probe_for_import(path).damage
    assert damage is not None and damage.startswith(said)  # the case this test is about
    text = message_text(damage)
    if detail:
        assert_chinese(text, damage.removeprefix(said))
    else:
        assert damage == said
        assert_chinese(text)


def test_a_damaged_stream_header_is_worded_in_chinese(tmp_path: Path) -> None:
    path = wrong_size_before_minf(sample_video(0), tmp_path / "hdlr.mp4", 0)
    assert_chinese(message_text(str(probe_for_import(path).damage)))
    assert_chinese(error_text(raised(lambda: probe(path, None))), path)


@pytest.mark.parametrize(
    "exc", [av.error.InvalidDataError(1094995529, "Invalid data"), IndexError("list index")]
)
def test_a_decoder_failure_is_worded_in_chinese(exc: Exception) -> None:
    def fail() -> None:
        with decoding("片段.mp4"):
            raise exc

    text = error_text(raised(fail))
    assert_chinese(text.replace(damage_text(exc), ""), "片段.mp4")


def test_a_file_without_video_is_worded_in_chinese(tmp_path: Path) -> None:
    text = tmp_path / "notes.mp4"
    text.write_text("这不是视频\n" * 50, encoding="utf-8")
    error = raised(lambda: probe(text, None))
    assert_chinese(error_text(error).replace(str(error).rpartition("(")[2][:-1], ""), text)


def test_a_crashing_decoder_is_worded_in_chinese(tmp_path: Path) -> None:
    child = MediaChild(stall_s=5)
    try:
        exc = raised(lambda: child.run(misbehaving.crash, tmp_path / "a.mp4"))
    finally:
        child.close()
    assert isinstance(exc, DecoderCrashError)
    code = str(exc.reason).rpartition(" ")[2][:-1]
    assert_chinese(message_text(str(exc.reason)), code)
    assert_chinese(error_text(exc), tmp_path / "a.mp4", code)


@pytest.mark.parametrize(
    ("reason", "params"),
    [
        ("the decoder stopped responding (60 s without progress)", ["60"]),
        ("the decoder failed (ValueError: bad box)", ["ValueError: bad box"]),
        ("cancelled while checking the file", []),
        ("internal error: KeyError('x')", ["KeyError('x')"]),
        ("the source is no longer there", []),
        ("the source is no longer there (given up after 3 attempts)", ["3"]),
        ("the import was interrupted 11 times (given up)", ["11"]),
    ],
)
def test_why_an_import_gave_a_file_up_is_worded_in_chinese(reason: str, params: list) -> None:
    assert_chinese(message_text(reason), *params)


def test_entries_that_are_not_regular_files_are_worded_in_chinese(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.mp4")
    (tmp_path / "zero.mp4").symlink_to("/dev/zero")
    (tmp_path / "gone.mp4").symlink_to(tmp_path / "nothing")
    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(str(tmp_path / "s.mp4"))
        found = walk_sources((tmp_path,))
    assert len(found.not_regular) == 4 and found.media == []
    for item in found.not_regular:
        target = os.readlink(item.source) if Path(item.source).is_symlink() else None
        assert_chinese(message_text(str(item.reason)), *([target] if target else []))


# -- the vault refusing a file ---------------------------------------------------------------


def test_a_vanished_source_is_worded_in_chinese(tmp_path: Path) -> None:
    source = tmp_path / "gone.mp4"
    exc = raised(lambda: Vault(tmp_path / "vault").store(source))
    assert_chinese(error_text(exc), source)
    assert "文件或文件夹不存在" in error_text(exc)  # the system's reason, named in Chinese


def test_a_copy_that_differs_is_worded_in_chinese(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = copy_video(tmp_path / "card" / "a.mp4")
    monkeypatch.setattr(vault_module, "crc32_of_file", lambda *_a, **_k: -1)
    exc = raised(lambda: Vault(tmp_path / "vault").store(source))
    assert_chinese(error_text(exc), source)


@pytest.mark.parametrize(
    ("code", "strerror"), [(errno.ENOSPC, None), (errno.EACCES, "Permission denied")]
)
def test_the_vault_disk_refusing_is_worded_in_chinese(
    tmp_path: Path, code: int, strerror: str | None
) -> None:
    error = vault_module._vault_error(OSError(code, strerror or "No space left"), tmp_path)
    assert_chinese(error_text(error), tmp_path)
    assert strerror is None or "没有权限" in error_text(error)


def test_a_source_that_moved_under_the_reader_is_worded_in_chinese(tmp_path: Path) -> None:
    source = copy_video(tmp_path / "a.mp4")
    size = source.stat().st_size
    changed = raised(lambda: vault_module._check_whole(source, size, size - 10))
    assert_chinese(error_text(changed), source, size, size - 10)
    gone = tmp_path / "gone.mp4"
    assert_chinese(error_text(raised(lambda: vault_module._check_whole(gone, 1, 1))), gone)

    class FailingReader:
        def read(self, _size: int) -> bytes:
            raise OSError(errno.EIO, "Input/output error")

    cut = raised(lambda: vault_module._read_source(FailingReader(), source))
    assert_chinese(error_text(cut), source)
    assert "读写错误" in error_text(cut)


# -- an import run and its summary -----------------------------------------------------------


def test_the_import_summary_words_why_files_were_not_preserved(
    qtbot: QtBot, context: StationContext, tmp_path: Path
) -> None:
    card = tmp_path / "card"
    copy_video(card / "DSJ_A_0001.MP4", seed=301)
    copy_video(card / "DSJ_A_0002.MP4", seed=302)
    cancel = threading.Event()

    def on_progress(progress: IngestProgress) -> None:
        if progress.bytes_done:
            cancel.set()  # while the first file is being copied

    request = IngestRequest((card,), "liwei", "GT-DSJ-001")
    admin = sign_in(context, "chenjing")
    gone = tmp_path / "gone"
    missing = raised(lambda: import_files(context, admin, replace(request, sources=(gone,))))
    assert_chinese(error_text(missing), gone)
    unknown = raised(lambda: import_files(context, admin, replace(request, category="picnic")))
    assert_chinese(error_text(unknown), "picnic", *str(unknown).split("valid: ")[1].split(", "))
    report = import_files(
        context, admin, request, on_progress=on_progress, cancel=cancel, parallel=1
    )
    reasons = sorted(item.reason or "" for item in report.failed)
    assert reasons == ["cancelled while copying", "not started: the import was cancelled"]
    garbage = tmp_path / "DSJ_A_0003.MP4"
    _garbage(garbage)
    damage = probe_for_import(garbage).damage
    assert damage is not None
    report.imported.append(IngestItem(str(garbage), damaged=True, reason=damage))
    summary = ImportSummary()
    qtbot.addWidget(summary)
    summary.show_report(report)
    details = [
        summary.items.topLevelItem(i).text(2) for i in range(summary.items.topLevelItemCount())
    ]
    assert len(details) == 3
    assert_chinese(details[0], damage.split(": ", 1)[1])
    for text in details[1:]:
        assert_chinese(text)


def test_the_detail_pane_words_the_damage_of_a_recording(
    qtbot: QtBot, context: StationContext, manager: Actor
) -> None:
    with context.store.read() as session:
        recording_id, damage = session.execute(
            select(Recording.id, Recording.damage_reason).where(Recording.is_damaged)
        ).first()  # the demo's half file
    pane = RecordingDetailPane(context, manager, {})
    qtbot.addWidget(pane)
    pane.show_recording(recording_id, at_once=True)
    qtbot.waitUntil(lambda: pane.detail is not None, timeout=10_000)
    shown = pane.recording_card.value("damage")
    assert shown == message_text(damage) != damage
    said, _, detail = damage.partition(": ")
    assert said == "cannot be opened as media"  # the demo cuts an MP4 before its index
    assert_chinese(shown, detail)


def test_the_detail_pane_words_the_decode_check_in_chinese(
    qtbot: QtBot, context: StationContext, manager: Actor, tmp_path: Path
) -> None:
    with context.store.read() as session:
        damaged = session.scalar(select(Recording.id).where(Recording.is_damaged))
    [row] = check_recordings(context, manager, [damaged])
    assert row.status == "damaged" and row.reason is not None
    pane = RecordingDetailPane(context, manager, {})
    qtbot.addWidget(pane)
    pane.show_recording(damaged, at_once=True)
    qtbot.waitUntil(lambda: pane.detail is not None, timeout=10_000)
    detail = row.reason.split(": ", 2)[-1]
    assert_chinese(pane.recording_card.value("decode"), detail, *[row.first_bad_frame] * (
        row.first_bad_s is not None))  # fmt: skip
    assert_chinese(message_text("decode errors: only 3 of 10 frames can be decoded"), 3, 10)
    assert_chinese(message_text("decode errors: the decoder marked the picture corrupt"))


# -- forms -----------------------------------------------------------------------------------

RETRIEVAL = {"case_no": "馆公(治)立字〔2026〕118号", "purpose": "作为证据使用"}
UNTIL = {"valid_until": "2026-12-31T18:00"}
TARGETS = [TargetRef("recording", "1")]


def test_form_workflow_refusals_are_worded_in_chinese(context: StationContext) -> None:
    liwei, wangjz = sign_in(context, "liwei"), sign_in(context, "wangjz")
    form_id = forms.create_form(context, liwei, "retrieval", RETRIEVAL, TARGETS).id

    lacking = raised(lambda: forms.submit_form(context, liwei, form_id))
    assert_chinese(error_text(lacking), form_id)
    assert "有效期至" in error_text(lacking) and "执法记录调取审批表" in error_text(lacking)

    forms.edit_draft(context, liwei, form_id, UNTIL, [])
    untargeted = raised(lambda: forms.submit_form(context, liwei, form_id))
    assert_chinese(error_text(untargeted), form_id)

    forms.edit_draft(context, liwei, form_id, {}, TARGETS)
    forms.submit_form(context, liwei, form_id)
    frozen = raised(lambda: forms.edit_draft(context, liwei, form_id, {"purpose": "另"}))
    assert_chinese(error_text(frozen), form_id)
    assert "待审批" in error_text(frozen)

    not_theirs = raised(
        lambda: forms.withdraw_form(context, sign_in(context, "zhaoqiang"), form_id)
    )
    assert_chinese(error_text(not_theirs), form_id)

    legal = sign_in(context, "liufang")
    wrong_role = raised(lambda: forms.approve_form(context, legal, form_id))
    assert_chinese(error_text(wrong_role), form_id, "liufang", 1)
    assert "单位负责人" in error_text(wrong_role) and "法制部门" in error_text(wrong_role)

    no_reason = raised(lambda: forms.reject_form(context, wangjz, form_id, " "))
    assert_chinese(error_text(no_reason))

    forms.approve_form(context, wangjz, form_id)
    late = raised(lambda: forms.withdraw_form(context, liwei, form_id))
    assert_chinese(error_text(late), form_id)
    assert "已批准" in error_text(late) and "撤回" in error_text(late)

    not_closer = raised(lambda: forms.close_form(context, sign_in(context, "wuhao"), form_id))
    assert_chinese(error_text(not_closer), "wuhao")
    assert "执法记录仪管理员" in error_text(not_closer)

    unreadable = raised(lambda: get_form(context, sign_in(context, "sunli"), form_id))
    assert_chinese(error_text(unreadable), "sunli", form_id)

    forms.correct_form(context, liwei, form_id, {"purpose": "补充取证"})
    twice = raised(lambda: forms.correct_form(context, liwei, form_id, {"purpose": "再次"}))
    assert_chinese(error_text(twice), form_id)


def test_form_filing_refusals_are_worded_in_chinese(context: StationContext) -> None:
    wangjz, sunli = sign_in(context, "wangjz"), sign_in(context, "sunli")
    copy_id = forms.create_form(context, wangjz, "copy", {"reason": "复核", **UNTIL}, TARGETS).id
    forms.submit_form(context, wangjz, copy_id)
    own = raised(lambda: forms.approve_form(context, wangjz, copy_id))
    assert_chinese(error_text(own), copy_id, "wangjz")

    clerk = sign_in(context, "zhengyu")
    not_filer = raised(
        lambda: forms.create_form(context, clerk, "retrieval", {**RETRIEVAL, **UNTIL}, TARGETS)
    )
    assert_chinese(error_text(not_filer), "zhengyu")
    assert "文书" in error_text(not_filer) and "执法人员" in error_text(not_filer)

    bad_time = raised(
        lambda: forms.create_form(context, sunli, "retrieval", {"valid_until": "明天"}, TARGETS)
    )
    assert_chinese(error_text(bad_time), "明天", "2026-11-26T09:30")
    assert "有效期至" in error_text(bad_time)

    no_choice = raised(
        lambda: forms.create_form(context, sunli, "interruption-report", {"reason": "电池"})
    )
    choices = str(no_choice).split("is not one of: ")[1].split(", ")
    labels = [choice.split(" (")[1][:-1] for choice in choices]  # "weather (因天气…)"
    assert_chinese(error_text(no_choice), "电池", *labels)
    assert error_text(no_choice).startswith("中断（未记录）原因：")

    far = forms.create_form(context, sunli, "retrieval", {**RETRIEVAL, **UNTIL}, TARGETS).id
    forms.submit_form(context, sunli, far)
    forms.approve_form(context, wangjz, far)
    outside = raised(lambda: forms.close_form(context, sign_in(context, "chenjing"), far))
    assert_chinese(error_text(outside), "chenjing", "GTCG", "GTJJ-1")

    missing = raised(lambda: get_form(context, wangjz, 99_999))
    assert_chinese(error_text(missing), 99_999)
    target = raised(lambda: forms.parse_target("camera:1"))
    assert_chinese(error_text(target), "camera:1", *TARGET_KINDS)


# -- devices ---------------------------------------------------------------------------------


def test_device_refusals_are_worded_in_chinese(context: StationContext, manager: Actor) -> None:
    issued = raised(lambda: assign_device(context, manager, "GT-DSJ-001", "zhaoqiang"))
    assert_chinese(error_text(issued), "GT-DSJ-001", "liwei")

    faulty = raised(lambda: assign_device(context, manager, "GT-DSJ-004", "zhaoqiang"))
    assert_chinese(error_text(faulty), "GT-DSJ-004")
    assert "故障" in error_text(faulty)

    idle = raised(lambda: return_device(context, manager, "GT-LY-001"))
    assert_chinese(error_text(idle), "GT-LY-001")

    def add(asset: str, serial: str) -> object:
        return add_device(context, manager, asset_no=asset, serial=serial, model="DSJ-HY9",
                          kind=DeviceKind.BODY_CAMERA)  # fmt: skip

    taken = raised(lambda: add("GT-DSJ-001", "HY2025A0099"))
    assert_chinese(error_text(taken), "GT-DSJ-001")
    unnamed = raised(lambda: add("GT-DSJ-099", " "))
    assert_chinese(error_text(unnamed))
    assert "序列号" in error_text(unnamed)

    repair = raised(
        lambda: record_device_event(context, manager, "GT-DSJ-001", DeviceEventKind.REPAIR, "送修")
    )
    assert_chinese(error_text(repair), "GT-DSJ-001")
    no_note = raised(
        lambda: record_device_event(context, manager, "GT-DSJ-004", DeviceEventKind.CHECK, " ")
    )
    assert_chinese(error_text(no_note))


# -- access to footage -----------------------------------------------------------------------


def _recording_of(context: StationContext, login: str) -> int:
    with context.store.read() as session:
        found = session.scalars(
            select(Recording.id)
            .join(Person, Person.id == Recording.officer_id)
            .where(Person.login == login)
            .order_by(Recording.id)
        ).first()
    assert found is not None
    return found


def test_access_refusals_are_worded_in_chinese(context: StationContext, manager: Actor) -> None:
    theirs = _recording_of(context, "zhaoqiang")
    not_own = raised(lambda: recording_detail(context, sign_in(context, "liwei"), theirs))
    assert_chinese(error_text(not_own), "liwei", theirs)

    superior = raised(lambda: recording_detail(context, sign_in(context, "huangshi"), theirs))
    assert_chinese(error_text(superior), "huangshi", theirs)
    assert "上级机关" in error_text(superior)

    elsewhere = _recording_of(context, "sunli")
    admin = sign_in(context, "chenjing")
    outside = raised(lambda: recording_detail(context, admin, elsewhere))
    assert_chinese(error_text(outside), "chenjing", elsewhere, "GTCG")

    target = AccessTarget("recording", theirs, manager.unit_id)
    copy = raised(lambda: authorize(context, manager, target, "copy"))
    assert_chinese(error_text(copy), manager.login, theirs)

    own_unit = _recording_of(context, "liwei")
    set_confidentiality(context, manager, own_unit, "state-secret", "涉及国家秘密")
    secret = raised(lambda: recording_detail(context, admin, own_unit))
    assert_chinese(error_text(secret), "chenjing", own_unit, "国家秘密")
    assert "单位负责人" in error_text(secret)


# -- stills and printouts --------------------------------------------------------------------


def test_output_file_refusals_are_worded_in_chinese(tmp_path: Path) -> None:
    paths = StationPaths(tmp_path / "station")

    def still(out: Path) -> EvidenceStationError:
        return raised(
            lambda: check_output_file(paths, out, suffix=".png", side_suffixes=(".json",))
        )

    existing = tmp_path / "still.png"
    existing.write_bytes(b"png")
    assert_chinese(error_text(still(existing)), existing)
    nowhere = tmp_path / "missing" / "still.png"
    assert_chinese(error_text(still(nowhere)), nowhere.parent)
    jpeg = tmp_path / "still.jpg"
    assert_chinese(error_text(still(jpeg)), jpeg, ".png")
    paths.logs.mkdir(parents=True)
    assert_chinese(error_text(still(paths.root / "logs" / "x.png")), paths.root / "logs" / "x.png")
    beside_head = tmp_path / "pictures" / "still.png"
    beside_head.parent.mkdir()
    side = beside_head.with_suffix(".json")
    side.symlink_to(paths.audit_head)  # the head file under another name
    assert_chinese(error_text(still(beside_head)), beside_head, side)
    backup = raised(lambda: check_output_folder(paths, paths.vault))
    assert_chinese(error_text(backup), paths.vault)

    folder = tmp_path / "taken.png"
    folder.mkdir()
    picture = np.zeros((8, 8, 3), dtype=np.uint8)
    unwritable = raised(lambda: write_still(picture, folder))
    assert_chinese(error_text(unwritable), folder)

    for out, extra in (
        (tmp_path / "report.txt", ".pdf"),
        (tmp_path / "missing" / "report.pdf", ""),
        (tmp_path / "folder.pdf", ".pdf"),
    ):
        if out.name == "folder.pdf":
            out.mkdir()
        text = error_text(raised(lambda out=out: check_output_file(paths, out, suffix=".pdf")))
        assert_chinese(text, out if out.parent.is_dir() else out.parent, *filter(None, [extra]))


def test_damaged_station_refusals_are_worded_in_chinese(tmp_path: Path) -> None:
    """The station folder, its settings and its database, damaged for real (issue #17)."""
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    assert_chinese(error_text(raised(lambda: open_station(a_file))), a_file)
    paths = StationPaths(tmp_path / "station")
    paths.root.mkdir()
    paths.config.write_bytes(b"\xff\xfe[[[ station = \n")
    damaged = raised(lambda: open_station(paths.root))
    assert_chinese(error_text(damaged), paths.config, str(damaged).split("(", 1)[1].split(")")[0])
    write_config(paths, StationConfig(station_code="ST-1"))
    assert_chinese(error_text(raised(lambda: open_station(paths.root))), paths.database)
    paths.database.write_bytes(b"not a database at all " * 400)
    corrupt = raised(lambda: open_station(paths.root))
    db = paths.sqlite_url()
    assert_chinese(error_text(corrupt), db, "file is not a database")
    valid_from = KINDS["retrieval"].spec("valid_from")
    assert valid_from is not None
    year = raised(lambda: parse_local_time("0001-01-01", valid_from.term))
    assert_chinese(error_text(year), "0001-01-01", 1900, 2999)
    assert valid_from.label_zh in error_text(year)


# -- samples of what needs a full disk, a tampered database or another profile ---------------

SAMPLES: list[tuple[str, tuple[object, ...]]] = [
    (
        "cannot read the station folder /srv/station: Permission denied",
        ("/srv/station", "Permission denied"),
    ),
    ("not started: the vault is full", ()),
    ("form 12 was changed after it was signed; it cannot be approved", (12,)),
    ("form 7 cannot be closed without check_result（检查结果）", (7,)),
    ("form 7: valid_until must be after valid_from", (7,)),
    (
        "form 3 (interruption-report) lacks required field(s): reason（中断（未记录）原因）, "
        "activity_start（执法活动开始时间）",
        (3, "中断（未记录）原因、执法活动开始时间"),
    ),
    ("form 7: activity_end is before activity_start", (7,)),
    ("form 7 is to be signed by wangjz, not liwei", (7, "wangjz", "liwei")),
    ("unit: unit GTJJ is not under GTCG", ("GTJJ", "GTCG")),
    ("unit: a retrieval-notice goes to a unit below GTCG", ("GTCG",)),
    ("retrieval forms have no closing step; approval ends them", ()),
    ("total_bytes: 'abc' is not a number", ("abc",)),
    ("case_officer: no person with login 'nobody'", ("nobody",)),
    ("a compensation entry needs the amount", ()),
    ("no device with asset number 'GT-9'", ("GT-9",)),
    ("no active person with login 'liwei'", ("liwei",)),
    ("no recording with id 5", (5,)),
    ("recording 5 has no frame 99 (it has frames 0 to 9)", (5, 99, 9)),
    (
        "liwei may not mark recording 5: not the officer's own recording and no approved "
        "request names it",
        ("liwei", 5),
    ),
    (
        "cannot write /media/usb/report.pdf: Read-only file system",
        ("/media/usb/report.pdf", "Read-only file system"),
    ),
]


@pytest.mark.parametrize(("message", "params"), SAMPLES)
def test_sample_messages_are_worded_in_chinese(message: str, params: tuple[object, ...]) -> None:
    assert_chinese(message_text(message), *params)


def test_an_unknown_message_is_left_as_written() -> None:
    assert message_text("the moon is made of cheese") == "the moon is made of cheese"
    assert message_text("") == ""
