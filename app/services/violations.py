"""What accountability records choose from (R10.3): each seed's violations and the measures.

Ids are stable ascii so records keep their meaning when a label is reworded; every entry
cites the article it comes from. Violations are listed per seed because each regulation
words its own list; a station picks from the list of its profile's seed.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Choice:
    """One entry of a list a form chooses from."""

    id: str
    label_zh: str
    basis: str


VIOLATIONS: dict[str, tuple[Choice, ...]] = {
    "000": (
        Choice(
            "not-recorded", "不按照规定进行执法记录，引发群众涉法信访、投诉，造成后果", "000 §11(1)"
        ),
        Choice("damaged-by-misuse", "因操作不当致使执法记录损坏、丢失，造成后果", "000 §11(2)"),
        Choice("not-stored", "不按照规定存储，致使执法记录损毁、丢失，造成后果", "000 §11(3)"),
        Choice("leaked", "违反规定泄露执法记录内容，造成后果", "000 §11(4)"),
        Choice("tampered", "对执法记录进行删改，弄虚作假", "000 §11(5)"),
        Choice("device-destroyed", "故意毁坏执法记录装备", "000 §11(6)"),
        Choice("other", "其他故意或过失违反执法记录制度有关规定，造成后果", "000 §11(7)"),
    ),
    "001": (
        Choice("device-neglect", "因失职导致行政执法记录设备不能正常使用", "001 §35(1)"),
        Choice("not-recorded", "不制作或不按要求制作执法全过程记录", "001 §35(2)"),
        Choice(
            "leaked", "违反规定擅自复制、保存、传播、泄露执法记录信息，造成严重后果", "001 §35(3)"
        ),
        Choice("tampered", "故意毁损、删除、修改执法全过程中文字或音像记录信息", "001 §35(4)"),
        Choice(
            "not-stored", "不按规定储存或维护致使执法记录损毁、丢失，造成严重后果", "001 §35(5)"
        ),
        Choice("other", "其他违反执法全过程记录规定，造成严重后果", "001 §35(6)"),
    ),
    "002": (
        Choice(
            "not-recorded",
            "不按照规定使用记录仪，引发群众涉法信访、投诉，网络、媒体负面炒作，造成严重后果",
            "002 §18(1)",
        ),
        Choice("leaked", "违反规定泄露、外传记录资料", "002 §18(2)"),
        Choice("tampered", "对执法记录进行删改、弄虚作假", "002 §18(3)"),
        Choice("not-stored", "不按规定存储记录，致使记录损毁、灭失", "002 §18(4)"),
        Choice("device-destroyed", "故意毁坏记录仪及相关存储设备", "002 §18(5)"),
        Choice("device-lent", "将执法记录仪转借其他单位和个人使用", "002 §18(6)"),
        Choice("other", "其他违反本规定，造成严重后果", "002 §18(7)"),
    ),
    "003": (
        Choice(
            "not-recorded-evidence",
            "应当进行执法全过程记录而没有记录，影响案件调查取证",
            "003 §9(1)",
        ),
        Choice(
            "lost-by-misuse",
            "因设备使用不当或数据存储不善，致使影像资料灭失，并造成后果",
            "003 §9(2)",
        ),
        Choice(
            "not-recorded-media",
            "应当动态记录而没有记录，造成事实不清、无法查证，在媒体或社会舆论上形成恶劣影响",
            "003 §9(3)",
        ),
        Choice(
            "not-recorded-violence",
            "暴力抗法现场没有动态记录，致使无法追究违法分子责任",
            "003 §9(4)",
        ),
        Choice("not-recorded-lawsuit", "应当动态记录而没有记录，造成行政诉讼败诉", "003 §9(5)"),
    ),
    "004": (
        Choice("evidence-deleted", "故意删除有效证据信息", "004 §20(1)"),
        Choice("device-lent", "擅自借给其他人员使用", "004 §20(2)"),
        Choice(
            "not-recorded",
            "不按照规定进行现场执法记录，导致发生涉法信访、投诉或引发网络、媒体负面炒作",
            "004 §20(3)",
        ),
        Choice("leaked", "违反规定泄露现场执法摄录的音像资料内容造成后果", "004 §20(4)"),
        Choice(
            "tampered", "故意摄录虚假证据信息或对摄录的音像资料进行删改，弄虚作假", "004 §20(5)"
        ),
        Choice("misused", "用于非单位工作或违法违纪活动", "004 §20(6)"),
        Choice(
            "lost-or-not-stored",
            "保管不妥造成设备遗失、被盗或不按照规定存储致使音像资料损毁、丢失，并造成后果",
            "004 §20(7)",
        ),
        Choice("other", "其他严重违反音像记录设备管理、使用规定行为", "004 §20(8)"),
    ),
}

#: The measures the seeds name; 004 §21 lists them as a scale, the others use the same terms.
MEASURES: tuple[Choice, ...] = (
    Choice("written-self-criticism", "责令作出书面检查", "004 §21(1); 003 §9(1)"),
    Choice("circulated-criticism", "通报批评", "004 §21(2); 003 §9(1)"),
    Choice("suspension-one-month", "停止执法工作一个月", "004 §21(3)"),
    Choice("no-award-this-year", "取消当年评优评先资格", "004 §21(4); 003 §9(2)"),
    Choice("administrative-sanction", "给予行政处分", "004 §21(5); 001 §35; 003 §9(3)"),
    Choice("rectify-within-deadline", "责令限期整改", "001 §35; 000 §4"),
    Choice("compensation", "按原价赔偿", "002 §17"),
    Choice("criminal-referral", "移送追究刑事责任", "001 §35"),
)


def violations_for(seed: str) -> tuple[Choice, ...]:
    """The violations of the profile's seed; every seed's list when the seed has none."""
    if seed in VIOLATIONS:
        return VIOLATIONS[seed]
    return tuple(choice for choices in VIOLATIONS.values() for choice in choices)
