"""The command line's own refusals: how it was called, where its input came from."""

from app.core.messages import register_terms

#: Where a piece of text that is not UTF-8 came from (``checked_text``'s ``where``).
TEXT_SOURCES = {
    "the station folder's name": "工作站文件夹名称",
    "the login (--user or EVIDENCE_STATION_USER)": "登录名（--user 或 EVIDENCE_STATION_USER）",
    "the password": "密码",
    "the password typed": "输入的密码",
    "--password-stdin: standard input": "--password-stdin 的标准输入",
    "EVIDENCE_STATION_PASSWORD": "EVIDENCE_STATION_PASSWORD 环境变量",
}

#: What to do instead of typing a password when there is no terminal (``prompt``).
REMEDIES = {
    "set EVIDENCE_STATION_PASSWORD": "请设置 EVIDENCE_STATION_PASSWORD",
    "give --password-stdin": "请使用 --password-stdin",
}

register_terms("text-source", TEXT_SOURCES.get)
register_terms("remedy", REMEDIES.get)

TEXTS: dict[str, tuple[str, str]] = {
    "cli.usage": ("{detail}", "命令行有误：{detail}（用 --help 查看用法）"),
    "cli.no-command": (
        "name a command, or run without arguments for the GUI",
        "请指定命令；不带参数运行则打开图形界面",
    ),
    "cli.not-utf8": (
        "{where:text-source} is not valid UTF-8 text",
        "{where:text-source}不是有效的 UTF-8 文本",
    ),
    "cli.word-not-utf8": (
        "the command line word {word} is not valid UTF-8 text",
        "命令行中的 {word} 不是有效的 UTF-8 文本",
    ),
    "cli.needs-user": (
        "this command acts for a person: give --user LOGIN",
        "此命令须以某人的身份执行：请用 --user 指定登录名",
    ),
    "cli.no-password": (
        "no password: {otherwise:remedy} or run in a terminal",
        "没有密码：{otherwise:remedy}，或在终端中运行",
    ),
    "cli.stdin-no-password": (
        "--password-stdin: standard input holds no password",
        "--password-stdin：标准输入中没有密码",
    ),
    "cli.passwords-differ": ("the two passwords differ", "两次输入的密码不一致"),
    "cli.field-pair": (
        "--field {pair!r}: write KEY=VALUE",
        "--field {pair!r}：请按 KEY=VALUE 填写",
    ),
    "cli.set-pair": ("--set {item!r}: write KEY=VALUE", "--set {item!r}：请按 KEY=VALUE 填写"),
    "cli.ingest-needs": (
        "ingest needs SRC..., --officer and --device (or --resume)",
        "ingest 需要 SRC...、--officer 和 --device（或 --resume）",
    ),
    "cli.verify-needs": ("verify needs --all or recording ids", "verify 需要 --all 或执法记录编号"),
    "cli.recording-id": ("recording id {detail}", "执法记录编号有误：{detail}"),
    "cli.no-report-kind": (
        "name a report kind, or use --list to see them",
        "请指定打印件种类，可用 --list 查看",
    ),
    "cli.report-needs-id": (
        "report {kind} prints one record ({title}): give --id ID",
        "打印件 {kind}（{title}）针对一条记录：请用 --id 指定编号",
    ),
    "cli.report-needs-out": (
        "report {kind}: give --out FILE.pdf",
        "打印件 {kind}：请用 --out 指定 PDF 文件",
    ),
    "cli.interrupted": ("interrupted", "已中断"),
    "cli.internal-error": (
        "internal error: {detail} (details in the log)",
        "内部错误：{detail}（详见日志）",
    ),
}
