"""Refusals about people, units, logins and what a role may do."""

TEXTS: dict[str, tuple[str, str]] = {
    "auth.wrong-password": (
        "wrong login or password for {login!r}",
        "登录名或密码错误",
    ),
    "auth.locked": (
        "account {login!r} is locked until {until} after repeated wrong passwords",
        "该账户因连续 5 次输错密码已被锁定，请于 {until} 后再试，或请单位负责人重置密码",
    ),
    "people.no-person": ("no person with login {login!r}", "不存在登录名为 {login} 的人员"),
    "people.no-active-person": (
        "no active person with login {login!r}",
        "不存在登录名为 {login} 的在用账户",
    ),
    "people.no-unit": ("no unit with code {code!r}", "不存在代码为 {code} 的单位"),
    "people.unit-needs-name": ("the unit needs a name", "必须填写单位名称"),
    "people.person-needs-name": ("the person needs a name", "必须填写姓名"),
    "people.unit-exists": ("a unit with code {code!r} already exists", "单位代码 {code} 已存在"),
    "people.bad-unit-code": (
        "unit code {code!r}: use up to 40 letters, digits, '-', '_' or '.'",
        "单位代码 {code} 无效：最多 40 个字符，只能使用字母、数字及“-”“_”“.”",
    ),
    "people.bad-login": (
        "login {login!r}: use up to 60 letters, digits, '.', '_', '-' or '@'",
        "登录名 {login} 无效：最多 60 个字符，只能使用字母、数字及“.”“_”“-”“@”",
    ),
    "people.login-taken": ("login {login!r} is already taken", "登录名 {login} 已被使用"),
    "people.disable-self": ("you cannot disable your own account", "不能停用自己的账户"),
    "people.password-too-short": (
        "a password needs at least {count} characters",
        "密码至少需要 {count} 个字符",
    ),
    "people.unit-outside": (
        "unit {unit} is outside {own} and the units below it",
        "单位 {unit} 不在 {own} 及其下级单位之内",
    ),
    "people.person-outside": (
        "{login} is in unit {unit}, outside {own}'s units",
        "{login} 属于单位 {unit}，不在 {own} 及其下级单位之内",
    ),
    "people.role-ranks-above": (
        "a {role} account ranks above {login}",
        "{role:role}账户的级别高于 {login}",
    ),
    "permission.denied": (
        "{login} ({role}) may not do {action}",
        "{login}（{role:role}）无权进行此项操作：{action:action}",
    ),
    "permission.out-of-scope": (
        "{login} ({role}): {problem}",
        "{login}（{role:role}）无权办理：{problem}",
    ),
    "people.unknown-role": (
        "unknown role {role!r}; valid roles: {valid}",
        "未知的角色 {role!r}；可用的角色：{valid:role}",
    ),
}
