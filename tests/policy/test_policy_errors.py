"""A broken profile is refused with a message naming the file and the dotted key."""

import tomllib
from collections.abc import Callable
from typing import Any

import pytest
import tomli_w

from app.core.errors import PolicyError
from app.policy.loader import POLICY_DIR, parse_profile

SOURCE = "guantao-psb.toml"


def guantao_document() -> dict[str, Any]:
    return tomllib.loads((POLICY_DIR / SOURCE).read_text(encoding="utf-8"))


def parse_changed(change: Callable[[dict[str, Any]], None]) -> None:
    document = guantao_document()
    change(document)
    parse_profile(tomli_w.dumps(document), SOURCE)


def test_negative_hours_message_is_exact():
    def change(doc):
        doc["handover"]["hours"] = -3

    with pytest.raises(PolicyError) as info:
        parse_changed(change)
    assert str(info.value) == (
        "guantao-psb.toml: handover.hours: must be a positive number, got -3"
    )


def _set(path: str, value: object) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = doc
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        node[int(last) if last.isdigit() else last] = value

    return change


def _delete(path: str) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = doc
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        del node[last]

    return change


@pytest.mark.parametrize(
    ("change", "message"),
    [
        # missing keys
        (_delete("name"), "name: is missing"),
        (_delete("handover.hours"), "handover.hours: is missing"),
        (_delete("approvals.export"), "approvals.export: is missing"),
        (_delete("interruption.reasons"), "interruption.reasons: is missing"),
        # wrong types
        (_set("handover.hours", "12"), "handover.hours: must be a positive number, got '12'"),
        (_set("handover.hours", True), "handover.hours: must be a positive number, got true"),
        (_set("handover", 12), "handover: must be a table, got 12"),
        (_set("retention.rules.0.months", 2.5), "retention.rules[0].months: must be a positive"),
        (
            _set("flags.clear_device_after_import", "yes"),
            "flags.clear_device_after_import: must be true or false, got 'yes'",
        ),
        (_set("approvals.viewing", "manager"), "approvals.viewing: must be a list of strings"),
        # out of range
        (_set("handover.hours", 0), "handover.hours: must be a positive number, got 0"),
        (_set("handover.hours", float("nan")), "handover.hours: must be a positive number"),
        (_set("retention.rules.0.months", -1), "retention.rules[0].months: must be a positive"),
        (_set("flags.equipment_rate_target", 1.5), "flags.equipment_rate_target: must be a"),
        (_set("seed", "0"), "seed: must be the seed file's three-digit number"),
        (_set("id", "Guantao PSB"), "id: must be lower-case ascii"),
        (_set("handover.rule", "tomorrow"), "handover.rule: must be one of hours, same-day"),
        # unknown names
        (
            _set("approvals.viewing", ["manager", "chief"]),
            "approvals.viewing: unknown role 'chief'",
        ),
        (_set("approvals.borrow", ["manager"]), "approvals.borrow: is not a known key"),
        (_set("approvals.viewing", []), "approvals.viewing: needs at least one approving role"),
        (
            _set("approvals.viewing", ["manager", "manager"]),
            "approvals.viewing: names a role twice",
        ),
        (
            _set("retention.rules.0.categories", ["karaoke"]),
            "retention.rules[0].categories: unknown category 'karaoke'",
        ),
        (_set("handover.hour", 12), "handover.hour: is not a known key"),
        (_set("retention.rules.0.kind", "forever"), "retention.rules[0].kind: must be one of"),
        (_set("forms.receipt", ["x"]), "forms.receipt: is not a known key"),
        (_set("flags.pre_use_checks", ["smell"]), "flags.pre_use_checks: unknown check 'smell'"),
        # structure
        (
            _set("categories.1.id", "incident-response"),
            "categories: duplicate id 'incident-response'",
        ),
        (
            _set("retention.rules.0.categories", ["inspection"]),
            "retention.rules[0]: the last rule must apply to every recording",
        ),
        (_set("backup.required", True), "backup.keeper: is missing"),
        (_set("retention.rules", []), "retention.rules: must be a non-empty array of tables"),
    ],
)
def test_broken_profile_names_file_and_key(change, message):
    with pytest.raises(PolicyError) as info:
        parse_changed(change)
    assert str(info.value).startswith(f"{SOURCE}: ")
    assert message in str(info.value)


def test_text_that_is_not_toml():
    with pytest.raises(PolicyError, match=r"^broken\.toml: not valid TOML"):
        parse_profile('id = "x\n', "broken.toml")


def test_unused_key_for_the_rule_is_refused():
    def change(doc):
        doc["handover"]["rule"] = "same-day"

    with pytest.raises(PolicyError, match="handover.hours: is not a known key"):
        parse_changed(change)
