"""Translatable names for the ids of devices, recordings and the vault (issue #4 pages).

Services speak stable ascii ids (``in-service``, ``recording.import``); the pages show
them in the user's language. Source text is marked with ``QT_TRANSLATE_NOOP`` and
translated where shown, like ``labels.py`` does for roles and the foundation's actions.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services.devices import DeviceEventKind, DeviceKind, DeviceState

DEVICE_KINDS: dict[DeviceKind, str] = {
    DeviceKind.BODY_CAMERA: QT_TRANSLATE_NOOP("EvidenceLabel", "Body camera"),
    DeviceKind.CAMERA: QT_TRANSLATE_NOOP("EvidenceLabel", "Camera"),
    DeviceKind.AUDIO_RECORDER: QT_TRANSLATE_NOOP("EvidenceLabel", "Audio recorder"),
    DeviceKind.INTERVIEW_ROOM: QT_TRANSLATE_NOOP("EvidenceLabel", "Interview-room system"),
}

DEVICE_STATES: dict[DeviceState, str] = {
    DeviceState.IN_SERVICE: QT_TRANSLATE_NOOP("EvidenceLabel", "In service"),
    DeviceState.FAULTY: QT_TRANSLATE_NOOP("EvidenceLabel", "Faulty"),
    DeviceState.IN_REPAIR: QT_TRANSLATE_NOOP("EvidenceLabel", "In repair"),
    DeviceState.LOST: QT_TRANSLATE_NOOP("EvidenceLabel", "Lost"),
    DeviceState.RETIRED: QT_TRANSLATE_NOOP("EvidenceLabel", "Retired"),
}

DEVICE_EVENTS: dict[DeviceEventKind, str] = {
    DeviceEventKind.FAULT: QT_TRANSLATE_NOOP("EvidenceLabel", "Fault reported"),
    DeviceEventKind.CHECK: QT_TRANSLATE_NOOP("EvidenceLabel", "Checked by administrator"),
    DeviceEventKind.REPAIR: QT_TRANSLATE_NOOP("EvidenceLabel", "Sent for repair"),
    DeviceEventKind.BACK_IN_SERVICE: QT_TRANSLATE_NOOP("EvidenceLabel", "Back in service"),
    DeviceEventKind.DAMAGED: QT_TRANSLATE_NOOP("EvidenceLabel", "Damaged"),
    DeviceEventKind.LOST: QT_TRANSLATE_NOOP("EvidenceLabel", "Lost"),
    DeviceEventKind.COMPENSATION: QT_TRANSLATE_NOOP("EvidenceLabel", "Compensation"),
    DeviceEventKind.RETIRE: QT_TRANSLATE_NOOP("EvidenceLabel", "Retired"),
}

VAULT_STATES: dict[str, str] = {
    "ok": QT_TRANSLATE_NOOP("EvidenceLabel", "Matches its digests"),
    "changed": QT_TRANSLATE_NOOP("EvidenceLabel", "CHANGED — does not match"),
    "missing": QT_TRANSLATE_NOOP("EvidenceLabel", "MISSING from the store"),
    "record-changed": QT_TRANSLATE_NOOP(
        "EvidenceLabel", "RECORD CHANGED — digests differ from the audit chain"
    ),
    "unrecorded": QT_TRANSLATE_NOOP("EvidenceLabel", "UNRECORDED — no import in the audit chain"),
}

START_SOURCES: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("EvidenceLabel", "from the recorder's file name"),
    "container": QT_TRANSLATE_NOOP("EvidenceLabel", "from the file's metadata"),
    "file-time": QT_TRANSLATE_NOOP("EvidenceLabel", "from the file's time stamp"),
}

RETENTION_KINDS: dict[str, str] = {
    "fixed": QT_TRANSLATE_NOOP("EvidenceLabel", "Fixed period"),
    "minimum": QT_TRANSLATE_NOOP("EvidenceLabel", "Minimum period"),
    "case-closed": QT_TRANSLATE_NOOP("EvidenceLabel", "Case closed + period"),
    "long-term": QT_TRANSLATE_NOOP("EvidenceLabel", "Long-term"),
    "case-file": QT_TRANSLATE_NOOP("EvidenceLabel", "With the case file"),
}

HANDOVER_OUTCOMES: dict[str, str] = {
    "imported": QT_TRANSLATE_NOOP("EvidenceLabel", "imported"),
    "damaged": QT_TRANSLATE_NOOP("EvidenceLabel", "imported, damaged"),
    "duplicate": QT_TRANSLATE_NOOP("EvidenceLabel", "duplicate"),
}

ACTIONS: dict[str, str] = {
    "recording.import": QT_TRANSLATE_NOOP("EvidenceLabel", "Imported"),
    "recording.duplicate": QT_TRANSLATE_NOOP("EvidenceLabel", "Handed over again (duplicate)"),
    "recording.lent-device": QT_TRANSLATE_NOOP("EvidenceLabel", "Recorded on a lent device"),
    "recording.view-details": QT_TRANSLATE_NOOP("EvidenceLabel", "Details viewed"),
    "vault.changed": QT_TRANSLATE_NOOP("EvidenceLabel", "Integrity alarm: file changed"),
    "vault.missing": QT_TRANSLATE_NOOP("EvidenceLabel", "Integrity alarm: file missing"),
    "vault.record-changed": QT_TRANSLATE_NOOP(
        "EvidenceLabel", "Integrity alarm: digests differ from the audit chain"
    ),
    "vault.unrecorded": QT_TRANSLATE_NOOP(
        "EvidenceLabel", "Integrity alarm: no import in the audit chain"
    ),
    "vault.matches-again": QT_TRANSLATE_NOOP("EvidenceLabel", "File matches again"),
    "vault.verify": QT_TRANSLATE_NOOP("EvidenceLabel", "Verified"),
}

CHECK_SOURCES: dict[str, str] = {
    "pre-use": QT_TRANSLATE_NOOP("EvidenceLabel", "Pre-use check"),
    "import": QT_TRANSLATE_NOOP("EvidenceLabel", "Clock measured at import"),
}

ALARM_KINDS: dict[str, str] = {
    "changed": QT_TRANSLATE_NOOP("EvidenceLabel", "File changed"),
    "missing": QT_TRANSLATE_NOOP("EvidenceLabel", "File missing"),
    "record-changed": QT_TRANSLATE_NOOP("EvidenceLabel", "Record changed"),
    "unrecorded": QT_TRANSLATE_NOOP("EvidenceLabel", "Not recorded"),
}


def _label(table: dict, key: object) -> str:  # type: ignore[type-arg]
    source = table.get(key)
    return QCoreApplication.translate("EvidenceLabel", source) if source else str(key)


def device_kind_label(kind: DeviceKind) -> str:
    return _label(DEVICE_KINDS, kind)


def device_state_label(state: DeviceState) -> str:
    return _label(DEVICE_STATES, state)


def device_event_label(kind: DeviceEventKind) -> str:
    return _label(DEVICE_EVENTS, kind)


def vault_state_label(state: str) -> str:
    return _label(VAULT_STATES, state)


def start_source_label(source: str) -> str:
    return _label(START_SOURCES, source)


def retention_kind_label(kind: str) -> str:
    return _label(RETENTION_KINDS, kind)


def handover_outcome_label(outcome: str) -> str:
    return _label(HANDOVER_OUTCOMES, outcome)


def evidence_action_label(action: str) -> str:
    return _label(ACTIONS, action)


def alarm_kind_label(kind: str) -> str:
    return _label(ALARM_KINDS, kind)


def check_source_label(source: str) -> str:
    return _label(CHECK_SOURCES, source)
