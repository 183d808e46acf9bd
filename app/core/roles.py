"""The roles people hold at a station (REQUIREMENTS §1); policy and services both speak them."""

from enum import StrEnum


class Role(StrEnum):
    """A person's role; the value is the id used on the command line and in profiles."""

    OFFICER = "officer"
    EVIDENCE_OFFICER = "evidence-officer"
    MANAGER = "manager"
    LEGAL = "legal"
    SUPERVISION = "supervision"
    EQUIPMENT = "equipment"
    CLERK = "clerk"
    SUPERIOR = "superior"


ROLE_NAMES_ZH: dict[Role, str] = {
    Role.OFFICER: "执法人员",
    Role.EVIDENCE_OFFICER: "执法记录仪管理员",
    Role.MANAGER: "单位负责人",
    Role.LEGAL: "法制部门",
    Role.SUPERVISION: "督察部门",
    Role.EQUIPMENT: "警务保障（装备）",
    Role.CLERK: "文书",
    Role.SUPERIOR: "上级机关",
}


#: How high a role stands when people are managed (issue #17): an account creates and
#: changes only accounts whose role ranks no higher than its own. The unit head of the
#: top unit ranks with the superior organ (see ``services.unit_tree.management_rank``).
ROLE_RANK: dict[Role, int] = {
    Role.OFFICER: 1,
    Role.CLERK: 1,
    Role.EQUIPMENT: 2,
    Role.EVIDENCE_OFFICER: 2,
    Role.LEGAL: 3,
    Role.SUPERVISION: 3,
    Role.MANAGER: 4,
    Role.SUPERIOR: 5,
}


def parse_role(text: str) -> Role:
    """Return the role named by its id, or raise ``ValueError`` listing the valid ids."""
    try:
        return Role(text)
    except ValueError:
        valid = ", ".join(r.value for r in Role)
        raise ValueError(f"unknown role {text!r}; valid roles: {valid}") from None
