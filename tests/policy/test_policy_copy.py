"""A unit copies a profile, changes figures by dotted key, and saves it as TOML."""

from datetime import UTC, datetime, timedelta

import pytest

from app.core.errors import PolicyError
from app.core.roles import Role
from app.policy.loader import (
    builtin_profiles,
    copy_profile,
    get_builtin_profile,
    parse_profile,
    profile_to_toml,
)
from app.policy.profile import DeadlineRule
from app.policy.rules import handover_deadline, required_approvals, retention_end

END = datetime(2024, 3, 10, 7, 0, tzinfo=UTC)


@pytest.mark.parametrize("profile", builtin_profiles(), ids=lambda p: p.id)
def test_every_builtin_round_trips_through_toml(profile):
    assert parse_profile(profile_to_toml(profile), f"{profile.id}.toml") == profile


def test_copy_and_change_hours():
    base = get_builtin_profile("guantao-psb")
    copy = copy_profile(base, "guantao-xinhua", "新华派出所执法记录制度", {"handover.hours": 8})
    assert (copy.id, copy.name, copy.based_on) == (
        "guantao-xinhua",
        "新华派出所执法记录制度",
        base.id,
    )
    assert (copy.seed, copy.issuer) == (base.seed, base.issuer)
    assert handover_deadline(copy, END) == END + timedelta(hours=8)
    assert handover_deadline(base, END) == END + timedelta(hours=12)  # base untouched
    assert parse_profile(profile_to_toml(copy), "guantao-xinhua.toml") == copy
    assert copy.summary()["based_on"] == "guantao-psb"


@pytest.mark.parametrize("key", ["retention.rules[1].months", "retention.rules.1.months"])
def test_changzhi_sets_its_archives_period(key):
    copy = copy_profile(get_builtin_profile("changzhi-psb"), "changzhi-x", "长治某所", {key: 36})
    decision = retention_end(
        copy, category="other", recorded_at=datetime(2024, 1, 31, 4, 0, tzinfo=UTC)
    )
    assert decision.until == datetime(2027, 1, 31).date()


def test_switch_rule_and_remove_unused_key():
    copy = copy_profile(
        get_builtin_profile("baimiaozi-town"),
        "baimiaozi-b",
        "某镇",
        {"handover.rule": "same-day", "handover.hours": None, "handover.after_return_hours": 24},
    )
    assert copy.handover.rule is DeadlineRule.SAME_DAY
    assert copy.handover.hours is None
    assert copy.handover.after_return_hours == 24


def test_change_approval_chain_and_flags():
    copy = copy_profile(
        get_builtin_profile("wenshang-urban"),
        "wenshang-a",
        "某中队",
        {
            "approvals.viewing": ("legal", "manager"),
            "flags.min_devices_major_action": 3,
            "flags.equipment_rate_target": 0.9,
            "forms.viewing": ["viewer", "reason"],
        },
    )
    assert required_approvals(copy, "viewing") == (Role.LEGAL, Role.MANAGER)
    assert copy.flags.min_devices_major_action == 3
    assert copy.flags.equipment_rate_target == 0.9
    assert copy.form_fields("viewing") == ("viewer", "reason")
    assert parse_profile(profile_to_toml(copy), "wenshang-a.toml") == copy


def test_copy_of_a_copy_records_its_parent():
    first = copy_profile(get_builtin_profile("guantao-psb"), "unit-a", "甲", {})
    second = copy_profile(first, "unit-b", "乙", {})
    assert second.based_on == "unit-a"


@pytest.mark.parametrize(
    ("new_id", "changes", "message"),
    [
        ("unit-x", {"handover.hours": -1}, "handover.hours: must be a positive number, got -1"),
        ("unit-x", {"handover.hourz": 3}, "handover.hourz: is not a known key"),
        ("unit-x", {"approvals.copy": ["boss"]}, "approvals.copy: unknown role 'boss'"),
        ("unit-x", {"id": "other"}, "id: is set by the copy itself"),
        ("unit-x", {"based_on": "x"}, "based_on: is set by the copy itself"),
        ("unit-x", {"retention.rules[5].months": 3}, "'5' is not an item of the list"),
        ("unit-x", {"handover.hours.x": 3}, "handover.hours is not a table"),
        ("unit-x", {"handover..hours": 3}, "is not a dotted key"),
        ("Unit X", {}, "id: must be lower-case ascii"),
    ],
)
def test_bad_copies_are_refused(new_id, changes, message):
    with pytest.raises(PolicyError) as info:
        copy_profile(get_builtin_profile("guantao-psb"), new_id, "某单位", changes)
    assert str(info.value).startswith(f"{new_id} (copy of guantao-psb): ")
    assert message in str(info.value)
