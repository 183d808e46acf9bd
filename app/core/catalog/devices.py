"""Refusals about the ledger of recorders: adding, issuing, faults and repairs."""

TEXTS: dict[str, tuple[str, str]] = {
    "device.not-found": (
        "no device with asset number {asset!r}",
        "不存在资产编号为 {asset} 的设备",
    ),
    "device.not-issued-to": (
        "device {asset} is not issued to {login}",
        "设备 {asset} 没有发放给 {login}",
    ),
    "device.unit-outside": (
        "device {asset} belongs to unit {unit}, outside {own}",
        "设备 {asset} 属于单位 {unit}，不在 {own} 及其下级单位之内",
    ),
    "device.wearer-outside": (
        "{login} is outside {own} and the units below it",
        "{login} 不在 {own} 及其下级单位之内",
    ),
    "device.unknown-kind": (
        "unknown device kind {kind!r}; valid: {valid}",
        "未知的设备类型 {kind!r}；可用的类型：{valid}",
    ),
    "device.needs-field": ("the device needs a {what}", "请填写设备的{what:device-field}"),
    "device.exists": (
        "a device with asset number {asset!r} already exists",
        "资产编号为 {asset} 的设备已存在",
    ),
    "device.not-issuable": (
        "device {asset} is {state}; it cannot be issued",
        "设备 {asset} 当前状态为“{state:device-state}”，不能发放",
    ),
    "device.already-issued": (
        "device {asset} is issued to {holder}; return it first",
        "设备 {asset} 已发放给 {holder}，请先办理归还",
    ),
    "device.not-issued": ("device {asset} is not issued to anyone", "设备 {asset} 未发放给任何人"),
    "device.event-needs-note": (
        "a {event} entry needs a note (reason or finding)",
        "登记“{event:device-event}”须填写说明（原因或检查结果）",
    ),
    "device.compensation-needs-amount": (
        "a compensation entry needs the amount",
        "请填写赔偿金额",
    ),
    "device.event-not-allowed": (
        "device {asset} is {state}: cannot record {event}",
        "设备 {asset} 当前状态为“{state:device-state}”，不能登记“{event:device-event}”",
    ),
    "device.unknown-event": (
        "unknown device event {kind!r}; valid: {valid}",
        "未知的设备事项 {kind!r}；可用的事项：{valid:device-event}",
    ),
}
