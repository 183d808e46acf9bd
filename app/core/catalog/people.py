"""Refusals about people, units, logins and what a role may do."""

TEXTS: dict[str, tuple[str, str]] = {
    "auth.wrong-password": (
        "wrong login or password for {login!r}",
        "登录名或密码错误（{login}）",
    ),
    "auth.locked": (
        "account {login!r} is locked until {until} after repeated wrong passwords",
        "账户 {login} 因连续 5 次输错密码已被锁定，请于 {until} 后再试，或请单位负责人重置密码",
    ),
    "people.no-person": ("no person with login {login!r}", "不存在登录名为 {login} 的人员"),
    "people.no-active-person": (
        "no active person with login {login!r}",
        "不存在登录名为 {login} 的在用账户",
    ),
    "people.no-unit": ("no unit with code {code!r}", "不存在代码为 {code} 的单位"),
    "people.unknown-role": (
        "unknown role {role!r}; valid roles: {valid}",
        "未知的角色 {role!r}；可用的角色：{valid:role}",
    ),
}
