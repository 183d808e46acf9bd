"""Refusals about the ledger of recorders: adding, issuing, faults and repairs."""

TEXTS: dict[str, tuple[str, str]] = {
    "device.not-found": (
        "no device with asset number {asset!r}",
        "不存在资产编号为 {asset} 的设备",
    ),
    "device.unknown-event": (
        "unknown device event {kind!r}; valid: {valid}",
        "未知的设备事项 {kind!r}；可用的事项：{valid:device-event}",
    ),
}
