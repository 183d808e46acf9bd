"""Refusals about the station itself: its folder, settings, database, keys and policy."""

TEXTS: dict[str, tuple[str, str]] = {
    "station.is-a-file": (
        "{path} is a file, not a station folder",
        "{path} 是一个文件，不是工作站文件夹",
    ),
    "station.no-folder": (
        "station folder {path} does not exist (run 'init' first)",
        "工作站文件夹 {path} 不存在（请先运行 init 初始化）",
    ),
    "station.not-a-station": (
        "{path} is not a station folder (run 'init' first)",
        "{path} 不是工作站文件夹。请先在该处初始化工作站（evidence-station init）",
    ),
    "station.unreadable": (
        "cannot read the station folder {path}: {reason}",
        "无法读取工作站文件夹 {path}：{reason:os-error}",
    ),
    "station.config-damaged": (
        "{path} is damaged ({reason}): restore it from the station's backup "
        "(it names the station code and the database)",
        "工作站设置文件 {path} 已损坏（{reason}）。请从工作站的备份中恢复",
    ),
    "station.setting-missing": ("{key} is missing", "缺少设置项 {key}"),
    "station.setting-not-text": ("a setting is not text", "有设置项不是文本"),
    "station.database-missing": (
        "{path} is missing or not a file: restore it from the station's backup "
        "(the settings file says the station keeps its database here)",
        "数据库文件 {path} 缺失或不是文件。请从工作站的备份中恢复",
    ),
    "station.not-in-database": (
        "the database does not hold station {station}",
        "数据库中没有本文件夹所属的工作站 {station}",
    ),
    "station.unknown": ("unknown station {station}", "未知的工作站 {station}"),
    "station.unwritable": (
        "cannot write to the station folder {path}: {reason}",
        "无法写入工作站文件夹 {path}：{reason:os-error}",
    ),
    "station.exists": (
        "{path} is already a station; choose another --home",
        "{path} 已经是一个工作站；请用 --home 另选文件夹",
    ),
    "station.admin-needs-login": ("the administrator needs a login", "必须填写管理员的登录名"),
    "station.database-taken": (
        "this database already holds another station's people; use a new database",
        "该数据库中已有另一个工作站的人员；请使用新的数据库",
    ),
    "policy.station-has-none": (
        "station {station} has no policy profile",
        "工作站 {station} 没有策略配置",
    ),
    "policy.profile-exists": (
        "a profile with id {profile!r} already exists",
        "编号为 {profile!r} 的策略配置已存在",
    ),
    "store.bad-url": ("not a database URL: {url!r}", "不是有效的数据库地址：{url}"),
    "store.unusable": (
        "cannot use database {db}: {reason}",
        "无法使用数据库 {db}：{reason}",
    ),
    "store.unreachable": (
        "cannot reach the database {db}: {reason}",
        "无法连接数据库 {db}。请检查网络和数据库服务器。原因：{reason}",
    ),
    "store.damaged": (
        "the database {db} is damaged ({reason}): stop using this station and restore "
        "the database from its backup",
        "数据库 {db} 已损坏（{reason}）。请停止使用本工作站，并从备份恢复数据库",
    ),
    "store.too-new": (
        "the database is at schema {schema}, newer than this program knows: "
        "install the newer Evidence Station",
        "数据库的结构版本（{schema}）比本程序新：请安装新版本的执法记录管理工作站",
    ),
    "keys.trusted-damaged": (
        "cannot sign the audit chain: {detail}; restore it",
        "未做任何更改：本机的可信密钥清单已损坏，无法为审计链签名。请从备份恢复该清单并联系管理员",
    ),
    "keys.no-key-for-entry": (
        "cannot sign the audit chain: {file} lists no key for entry {seq}; "
        "restore it from the backup",
        "未做任何更改：可信密钥清单 {file} 中没有适用于第 {seq} 条记录的密钥，无法为审计链签名。"
        "请从备份恢复该清单，核查审计链并联系管理员",
    ),
    "keys.head-moved": (
        "cannot sign the audit chain: its head #{seq} was moved without the station key; "
        "run audit verify",
        "未做任何更改：审计链的链头（第 {seq} 条）在没有工作站密钥的情况下被移动，无法签名。"
        "请核查审计链（audit verify）并联系管理员",
    ),
    "keys.no-trusted-key": (
        "cannot sign: no trusted key for entry {seq}",
        "无法签名：没有适用于第 {seq} 条记录的可信密钥",
    ),
    "keys.cannot-sign": (
        "cannot sign the audit chain: {reason}",
        "未做任何更改：本机无法为审计链签名（{reason}）。请核查审计链并联系管理员",
    ),
    "keys.not-here": (
        "cannot sign the audit chain: the key {key} is not on this computer; restore the key "
        "folder from its backup, or start the station again to take a new key into use",
        "未做任何更改：签名密钥 {key} 不在本机上，无法为审计链签名。请从备份恢复密钥文件夹，"
        "或重新启动工作站以启用新密钥，并联系管理员",
    ),
    "keys.rotate-needs-reason": ("say why the key is rotated (--reason)", "请说明更换密钥的原因"),
    "keys.cannot-change": (
        "cannot change the signing key: {detail}",
        "无法更换签名密钥：可信密钥清单缺失或已损坏。请从备份恢复该清单并联系管理员",
    ),
    "keys.windows-error": (
        "{call} failed (Windows error {error})",
        "系统调用 {call} 失败（Windows 错误 {error}）",
    ),
    "keys.unreadable": (
        "cannot read the signing key {key}: {reason}",
        "无法读取签名密钥 {key}：{reason:os-error}",
    ),
    "keys.damaged": (
        "the signing key file of {key} is damaged",
        "签名密钥 {key} 的密钥文件已损坏",
    ),
    "keys.other-key": (
        "the signing key file of {key} holds another key",
        "签名密钥 {key} 的密钥文件中是另一把密钥",
    ),
    "policy.not-toml": (
        "{source}: not valid TOML: {detail}",
        "策略配置 {source} 不是有效的 TOML 文件：{detail}",
    ),
    "policy.unreadable": (
        "{source}: cannot be read: {detail}",
        "无法读取策略配置 {source}：{detail}",
    ),
    "policy.unknown-profile": (
        "unknown policy profile {profile!r}; valid profiles: {valid}",
        "未知的策略配置 {profile!r}；可用的策略配置：{valid}",
    ),
    "policy.none-found": ("no policy profiles found in {path}", "在 {path} 中没有找到策略配置"),
    "policy.invalid": (
        "{source}: {where}: {problem}",
        "策略配置 {source} 的 {where} 一项有误：{problem}",
    ),
    "policy.set-by-copy": (
        "is set by the copy itself, not as a change",
        "由复制操作本身设定，不能作为修改项",
    ),
    "policy.id-not-file-name": (
        "must match the file name, got {id!r}",
        "必须与文件名一致，实际为 {id!r}",
    ),
    "policy.not-dotted": ("is not a dotted key", "不是以点分隔的键名"),
    "policy.not-an-item": ("{part!r} is not an item of the list", "{part!r} 不是列表中的项"),
    "policy.not-a-table": ("{part} is not a table", "{part} 不是表"),
    "policy.unknown-category": (
        "unknown activity category {category!r}; valid: {valid}",
        "未知的执法活动类别 {category!r}。可用类别：{valid}",
    ),
    "policy.unknown-importance": (
        "unknown importance {importance!r}; valid: {valid}",
        "未知的重要程度 {importance!r}；可用的取值：{valid}",
    ),
    "policy.unknown-request-kind": (
        "unknown request kind {kind!r}; valid: {valid}",
        "未知的申请种类 {kind!r}；可用的种类：{valid}",
    ),
    "policy.return-before-end": (
        "the return time is before the end of the activity",
        "归还时间早于执法活动的结束时间",
    ),
    "time.not-a-time": (
        "{what}: {text!r} is not a time; write e.g. 2026-11-26T09:30 (station local time)",
        "{what}：“{text}”不是有效的时间，请按 2026-11-26T09:30 的格式填写（本站当地时间）",
    ),
    "time.out-of-range": (
        "{what}: {text!r} is not between the years {first} and {last}",
        "{what}：{text} 不是 {first} 年至 {last} 年之间的时间",
    ),
}
