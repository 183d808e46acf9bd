"""The five shipped profiles load and carry the figures of REQUIREMENTS §2 and their seeds."""

import json

import pytest

from app.core.errors import PolicyError
from app.core.roles import Role
from app.policy.loader import builtin_profiles, get_builtin_profile
from app.policy.profile import REQUEST_KINDS, DeadlineRule, RetentionKind
from app.policy.rules import required_approvals

IDS = ["baimiaozi-town", "changzhi-psb", "guantao-psb", "jiangyuan-culture", "wenshang-urban"]


def test_every_builtin_loads_sorted_by_id():
    assert [p.id for p in builtin_profiles()] == IDS


@pytest.mark.parametrize(
    ("profile_id", "seed", "issuer", "name"),
    [
        ("guantao-psb", "000", "馆陶县公安局", "馆陶县公安局执法全过程记录工作制度"),
        ("changzhi-psb", "001", "长治市公安局", "长治市公安机关行政执法全过程记录实施办法"),
        (
            "baimiaozi-town",
            "002",
            "迁西县白庙子镇人民政府",
            "迁西县白庙子镇人民政府执法全过程记录信息收集、保存、管理、使用制度",
        ),
        ("wenshang-urban", "003", "汶上县城市管理局", "汶上县城市管理局执法全过程记录制度"),
        (
            "jiangyuan-culture",
            "004",
            "江源区文广旅局",
            "江源区文广旅局执法音像记录及设备日常管理制度",
        ),
    ],
)
def test_identity(profile_id, seed, issuer, name):
    profile = get_builtin_profile(profile_id)
    assert (profile.seed, profile.issuer, profile.name) == (seed, issuer, name)
    assert profile.based_on is None


def test_unknown_profile_lists_valid_ids():
    with pytest.raises(PolicyError, match="unknown policy profile 'nope'") as info:
        get_builtin_profile("nope")
    assert all(profile_id in str(info.value) for profile_id in IDS)


@pytest.mark.parametrize(
    ("profile_id", "rule", "hours", "after_return", "from_seed"),
    [
        ("guantao-psb", DeadlineRule.HOURS, 12, None, True),  # [000 §9(4)]
        ("changzhi-psb", DeadlineRule.HOURS, 24, None, False),  # default, configurable
        ("baimiaozi-town", DeadlineRule.HOURS, 24, None, True),  # [002 §14(1)]
        ("wenshang-urban", DeadlineRule.SAME_DAY, None, None, True),  # [003 §7(3)]
        ("jiangyuan-culture", DeadlineRule.SAME_DAY, None, 24, True),  # [004 §13]
    ],
)
def test_handover_figures(profile_id, rule, hours, after_return, from_seed):
    handover = get_builtin_profile(profile_id).handover
    assert (handover.rule, handover.hours) == (rule, hours)
    assert (handover.after_return_hours, handover.from_seed) == (after_return, from_seed)


@pytest.mark.parametrize(
    ("profile_id", "expected"),
    [
        ("guantao-psb", [("all", RetentionKind.FIXED, 12, None, False)]),
        (
            "changzhi-psb",
            [
                ("evidence", RetentionKind.CASE_FILE, None, None, False),
                ("other", RetentionKind.MINIMUM, 6, None, False),
            ],
        ),
        (
            "baimiaozi-town",
            [
                ("simple", RetentionKind.MINIMUM, 3, None, False),
                ("administrative-case", RetentionKind.CASE_CLOSED, 3, 6, False),
                ("major-incident", RetentionKind.LONG_TERM, None, None, True),
                ("other", RetentionKind.MINIMUM, 3, None, False),
            ],
        ),
        (
            "wenshang-urban",
            [
                ("important", RetentionKind.MINIMUM, 12, None, True),
                ("other", RetentionKind.MINIMUM, 6, None, False),
            ],
        ),
        (
            "jiangyuan-culture",
            [
                ("evidence", RetentionKind.CASE_FILE, None, None, True),
                ("other", RetentionKind.MINIMUM, 12, None, False),
            ],
        ),
    ],
)
def test_retention_tables(profile_id, expected):
    rules = get_builtin_profile(profile_id).retention
    assert [(r.id, r.kind, r.months, r.min_months, r.disc) for r in rules] == expected


def test_changzhi_non_evidence_retention_is_a_marked_default():
    evidence, other = get_builtin_profile("changzhi-psb").retention
    assert evidence.from_seed and evidence.evidence_only
    assert not other.from_seed


@pytest.mark.parametrize(
    ("profile_id", "kind", "chain"),
    [
        ("guantao-psb", "retrieval", (Role.MANAGER,)),  # [000 §10(1)]
        ("guantao-psb", "retrieval-notice", (Role.MANAGER,)),  # [000 §10(2)]
        ("changzhi-psb", "media-release", (Role.MANAGER, Role.SUPERIOR)),  # [001 §33]
        ("baimiaozi-town", "interruption-report", (Role.MANAGER,)),  # [002 §9]
        ("wenshang-urban", "viewing", (Role.MANAGER,)),
        ("jiangyuan-culture", "viewing", (Role.LEGAL, Role.MANAGER)),  # [004 §16]
        ("jiangyuan-culture", "retrieval", (Role.LEGAL, Role.MANAGER)),  # [004 §17]
        ("jiangyuan-culture", "interruption-report", (Role.MANAGER,)),  # [004 §7]
    ],
)
def test_approval_chains(profile_id, kind, chain):
    assert required_approvals(get_builtin_profile(profile_id), kind) == chain


@pytest.mark.parametrize("profile_id", IDS)
@pytest.mark.parametrize("kind", REQUEST_KINDS)
def test_every_kind_has_a_chain_of_roles(profile_id, kind):
    chain = required_approvals(get_builtin_profile(profile_id), kind)
    assert chain
    assert all(isinstance(role, Role) for role in chain)


@pytest.mark.parametrize(
    ("profile_id", "attribute", "value"),
    [
        ("wenshang-urban", "clear_device_after_import", True),  # [003 §7(3)]
        ("guantao-psb", "clear_device_after_import", False),
        ("wenshang-urban", "clock_calibration_before_recording", True),  # [003 §6(1)]
        ("wenshang-urban", "min_devices_major_action", 2),  # [003 §6(8)]
        ("jiangyuan-culture", "min_devices_major_action", 1),
        ("wenshang-urban", "sealed_interrogation_copies", True),  # [003 §8]
        ("baimiaozi-town", "equipment_rate_target", 1.0),  # [002 §6]
        ("changzhi-psb", "equipment_rate_target", None),
        ("guantao-psb", "upload_to_supervision", True),  # [000 §5] [000 §9(2)]
    ],
)
def test_flags(profile_id, attribute, value):
    assert getattr(get_builtin_profile(profile_id).flags, attribute) == value


@pytest.mark.parametrize(
    ("profile_id", "required", "keeper"),
    [
        ("wenshang-urban", True, Role.LEGAL),  # [003 §7(4)]
        ("jiangyuan-culture", True, Role.EVIDENCE_OFFICER),  # [004 §12]
        ("guantao-psb", False, None),
    ],
)
def test_backup(profile_id, required, keeper):
    backup = get_builtin_profile(profile_id).backup
    assert (backup.required, backup.keeper) == (required, keeper)


def test_jiangyuan_notification_phrase_is_the_seeds():
    notification = get_builtin_profile("jiangyuan-culture").notification
    assert notification.required
    assert notification.phrase_zh == (
        "您好，我们是江源区文广旅局执法人员×××、×××，为保护您的合法权益，"
        "监督我们的执法行为，本次执法全程录音录像。"
    )  # [004 §8]


@pytest.mark.parametrize(
    ("profile_id", "category_ids"),
    [
        (
            "guantao-psb",
            [
                "incident-response",
                "inspection",
                "interrogation",
                "scene-survey",
                "petition",
                "supervision",
                "other",
            ],
        ),
        (
            "jiangyuan-culture",
            ["inspection", "complaint", "investigation", "service", "coercive-measure", "other"],
        ),
    ],
)
def test_scope_lists(profile_id, category_ids):
    assert [c.id for c in get_builtin_profile(profile_id).categories] == category_ids


@pytest.mark.parametrize(
    ("profile_id", "reason_ids"),
    [
        ("guantao-psb", {"weather", "venue", "emergency"}),  # [000 §7]
        ("changzhi-psb", {"force-majeure", "special-circumstances"}),  # [001 §17]
        ("baimiaozi-town", {"device-fault"}),  # [002 §9]
        (
            "jiangyuan-culture",
            {"device-fault", "weather", "battery", "storage", "change-of-place", "secret-privacy"},
        ),  # [004 §7] [004 §11]
    ],
)
def test_interruption_reasons(profile_id, reason_ids):
    reasons = get_builtin_profile(profile_id).interruption.reasons
    assert reason_ids <= {r.id for r in reasons}


@pytest.mark.parametrize(
    ("profile_id", "form", "fields"),
    [
        ("guantao-psb", "interruption-report", ("reason", "legal_basis", "officer_signature")),
        ("jiangyuan-culture", "export", ("maker", "extractor", "extracted_at")),  # [004 §15]
        ("changzhi-psb", "copy", ("copier", "approver", "copied_at", "reason")),  # [001 §32]
        ("wenshang-urban", "handover", ()),
    ],
)
def test_required_form_fields(profile_id, form, fields):
    assert get_builtin_profile(profile_id).form_fields(form) == fields


@pytest.mark.parametrize("profile", builtin_profiles(), ids=lambda p: p.id)
def test_summary_is_plain_json(profile):
    summary = json.loads(json.dumps(profile.summary(), ensure_ascii=False))
    assert {"id", "name", "seed", "issuer", "based_on"} <= summary.keys()
    assert {"handover_deadline", "handover_deadline_zh", "retention", "retention_zh"} <= (
        summary.keys()
    )
    assert summary["id"] == profile.id


@pytest.mark.parametrize(
    ("profile_id", "handover", "retention_zh"),
    [
        ("guantao-psb", "12h after activity end", "保存期限为1年"),
        ("changzhi-psb", "24h after activity end (default", "随案卷保存期限保存"),
        ("baimiaozi-town", "24h after activity end", "案件终结后3个月，但不少于6个月"),
        ("wenshang-urban", "same day", "不少于6个月"),
        ("jiangyuan-culture", "24h after return when away", "不少于1年"),
    ],
)
def test_summary_texts(profile_id, handover, retention_zh):
    summary = get_builtin_profile(profile_id).summary()
    assert handover in summary["handover_deadline"]
    assert retention_zh in summary["retention_zh"]
