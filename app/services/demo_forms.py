"""Demo forms: one in every state, an overdue interruption report, the registers filled.

Times are counted back from the station's clock, so the overdue report is overdue whenever
the demo is built and opened.
"""

from datetime import timedelta

from app.core.clock import STATION_TZ
from app.services import forms
from app.services.auth import Actor, log_in, log_out
from app.services.form_records import TargetRef
from app.services.station import StationContext

_LOGINS = ("wangjz", "liwei", "zhaoqiang", "sunli", "chenjing", "zhoujian", "huangshi")


def add_demo_forms(context: StationContext, password: str) -> None:
    """File, approve, reject and close forms as the demo people would (guantao-psb)."""
    people = {login: log_in(context, login, password, client="demo") for login in _LOGINS}
    try:
        _requests(context, people)
        _reports(context, people)
        _supervision(context, people)
    finally:
        for actor in people.values():
            log_out(context, actor)


def _local(context: StationContext, delta: timedelta) -> str:
    """A time ``delta`` from now, written as a clerk types it (local, to the minute)."""
    return (context.clock() + delta).astimezone(STATION_TZ).strftime("%Y-%m-%dT%H:%M")


def _recordings(*ids: int) -> list[TargetRef]:
    return [TargetRef("recording", str(i)) for i in ids]


def _requests(context: StationContext, p: dict[str, Actor]) -> None:
    until = _local(context, timedelta(days=30))
    draft = {"reason": "复核现场处置经过", "valid_until": until}
    forms.create_form(context, p["liwei"], "viewing", draft, _recordings(1))

    retrieval = {
        "case_no": "馆公(治)行罚决字〔2026〕0312号",
        "purpose": "作为证据使用",
        "valid_until": until,
    }
    waiting = forms.create_form(context, p["zhaoqiang"], "retrieval", retrieval, _recordings(2, 3))
    forms.submit_form(context, p["zhaoqiang"], waiting.id)

    approved = forms.create_form(context, p["liwei"], "retrieval", retrieval, _recordings(1))
    forms.submit_form(context, p["liwei"], approved.id)
    forms.approve_form(context, p["wangjz"], approved.id, "同意调取")

    viewing = forms.create_form(context, p["liwei"], "viewing", draft, _recordings(4))
    forms.submit_form(context, p["liwei"], viewing.id)
    forms.approve_form(context, p["wangjz"], viewing.id, "同意查阅")
    forms.close_form(context, p["chenjing"], viewing.id)

    copy = forms.create_form(
        context, p["sunli"], "copy", {"reason": "个人留存", "valid_until": until}, _recordings(5)
    )
    forms.submit_form(context, p["sunli"], copy.id)
    forms.reject_form(context, p["wangjz"], copy.id, "个人不得私自复制、保存执法记录 [000 §9(4)]")

    withdrawn = forms.create_form(context, p["zhaoqiang"], "viewing", draft, _recordings(6))
    forms.submit_form(context, p["zhaoqiang"], withdrawn.id)
    forms.withdraw_form(context, p["zhaoqiang"], withdrawn.id)

    notice = {"holding_unit": "GTCG", "purpose": "案件评查", "valid_until": until}
    superior = forms.create_form(context, p["huangshi"], "retrieval-notice", notice, _recordings(2))
    forms.submit_form(context, p["huangshi"], superior.id)
    forms.approve_form(context, p["wangjz"], superior.id)


def _reports(context: StationContext, p: dict[str, Actor]) -> None:
    basis = "《馆陶县公安局执法全过程记录工作制度》第七条"
    overdue = {
        "activity_start": _local(context, -timedelta(days=2, hours=3)),
        "activity_end": _local(context, -timedelta(days=2)),
        "reason": "weather",
        "description": "暴雨致执法记录仪无法正常使用",
    }
    forms.create_form(context, p["liwei"], "interruption-report", overdue)

    first = {**overdue, "reason": "venue", "legal_basis": basis}
    first["activity_start"] = _local(context, -timedelta(hours=2))
    first["activity_end"] = _local(context, -timedelta(hours=1))
    report = forms.create_form(context, p["sunli"], "interruption-report", first)
    forms.submit_form(context, p["sunli"], report.id)
    forms.reject_form(context, p["wangjz"], report.id, "原因与现场情况不符，请更正")
    fixed = forms.correct_form(context, p["sunli"], report.id, {"reason": "emergency"})
    forms.submit_form(context, p["sunli"], fixed.id)

    handover = {
        "administrator": "chenjing",
        "handed_over_at": _local(context, -timedelta(hours=20)),
        "files": "FILE0001.MP4, FILE0002.MP4",
    }
    entry = forms.create_form(context, p["liwei"], "handover", handover)
    forms.submit_form(context, p["liwei"], entry.id)
    forms.approve_form(context, p["chenjing"], entry.id)

    fault = {
        "device": "GT-DSJ-002",  # the camera zhaoqiang wears (demo_recordings)
        "fault_description": "开机后无法录像，屏幕提示存储卡错误",
        "discovered_at": _local(context, -timedelta(days=1)),
    }
    report = forms.create_form(context, p["zhaoqiang"], "device-fault", fault)
    forms.submit_form(context, p["zhaoqiang"], report.id)


def _supervision(context: StationContext, p: dict[str, Actor]) -> None:
    inspection = {
        "inspected_unit": "GTCG",
        "inspected_at": _local(context, -timedelta(days=10)),
        "finding": "两起警情处置未全程记录，未制作工作记录",
        "rectification_order": "补写工作记录，组织执法记录仪使用培训",
        "rectification_deadline": _local(context, -timedelta(days=3)),
    }
    opened = forms.create_form(context, p["zhoujian"], "inspection", inspection)
    forms.submit_form(context, p["zhoujian"], opened.id)
    accountability = {
        "person": "sunli",
        "violation": "not-recorded",
        "facts": "2026年处置警情未按规定记录，引发投诉",
        "measure": "written-self-criticism",
    }
    record = forms.create_form(context, p["zhoujian"], "accountability", accountability)
    forms.submit_form(context, p["zhoujian"], record.id)
    forms.approve_form(context, p["wangjz"], record.id, "责令作出书面检查")
