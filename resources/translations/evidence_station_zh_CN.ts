<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../app/ui/person_dialog.py" line="32"/>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_dialog.py" line="36"/>
        <source>e.g. zhangsan (letters and digits)</source>
        <translation>例如 zhangsan（字母和数字）</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_dialog.py" line="46"/>
        <source>At least {count} characters</source>
        <translation>至少 {count} 个字符</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_dialog.py" line="50"/>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_dialog.py" line="51"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_dialog.py" line="52"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_dialog.py" line="53"/>
        <source>Unit</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_dialog.py" line="54"/>
        <source>Initial password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_dialog.py" line="55"/>
        <source>Repeat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_dialog.py" line="66"/>
        <source>Please fill in: login name.</source>
        <translation>请填写：登录名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_dialog.py" line="70"/>
        <source>The login name may hold up to 60 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;, starting with a letter or digit.</source>
        <translation>登录名最多 60 个字符，只能使用字母、数字及“.”“_”“-”“@”，并以字母或数字开头。</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_dialog.py" line="76"/>
        <source>Please fill in: full name.</source>
        <translation>请填写：姓名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_dialog.py" line="79"/>
        <source>Please fill in: initial password.</source>
        <translation>请填写：初始密码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_dialog.py" line="83"/>
        <source>The password needs at least {count} characters.</source>
        <translation>密码至少需要 {count} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_dialog.py" line="89"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>AddUnitDialog</name>
    <message>
        <location filename="../../app/ui/unit_dialog.py" line="29"/>
        <source>Add unit</source>
        <translation>添加单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/unit_dialog.py" line="35"/>
        <source>e.g. GTCG-2 (letters, digits, - _ .)</source>
        <translation>例如 GTCG-2（字母、数字及 - _ .）</translation>
    </message>
    <message>
        <location filename="../../app/ui/unit_dialog.py" line="37"/>
        <source>e.g. Community policing team 2</source>
        <translation>例如：城关派出所社区警务二队</translation>
    </message>
    <message>
        <location filename="../../app/ui/unit_dialog.py" line="38"/>
        <source>Parent unit</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/unit_dialog.py" line="39"/>
        <source>Unit code</source>
        <translation>单位代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/unit_dialog.py" line="40"/>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/unit_dialog.py" line="48"/>
        <source>Please fill in: unit code.</source>
        <translation>请填写：单位代码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/unit_dialog.py" line="51"/>
        <source>The unit code may hold up to 40 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>单位代码最多 40 个字符，只能使用字母、数字及“-”“_”“.”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/unit_dialog.py" line="55"/>
        <source>Please fill in: unit name.</source>
        <translation>请填写：单位名称。</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <location filename="../../app/ui/labels.py" line="25"/>
        <source>Station created</source>
        <extracomment>Audit actions by id; an action not listed here is shown by its id.</extracomment>
        <translation>创建工作站</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="26"/>
        <source>Logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="27"/>
        <source>Login failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="28"/>
        <source>Login refused (locked)</source>
        <translation>拒绝登录（账户已锁定）</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="29"/>
        <source>Logged out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="30"/>
        <source>Unit added</source>
        <translation>添加单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="31"/>
        <source>Unit renamed</source>
        <translation>单位更名</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="32"/>
        <source>Person added</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="33"/>
        <source>Account enabled</source>
        <translation>启用账户</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="34"/>
        <source>Account disabled</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="35"/>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="36"/>
        <source>Policy profile copied</source>
        <translation>复制制度配置</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="37"/>
        <source>Policy profile applied</source>
        <translation>启用制度配置</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="42"/>
        <source>Login and logout</source>
        <extracomment>The prefixes the audit log&apos;s action filter offers, in menu order.</extracomment>
        <translation>登录与退出</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="43"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="44"/>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="45"/>
        <source>Policy profiles</source>
        <translation>制度配置</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="46"/>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <location filename="../../app/ui/labels.py" line="100"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="101"/>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="102"/>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="103"/>
        <source>parent unit</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="104"/>
        <source>client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="105"/>
        <source>failures</source>
        <translation>失败次数</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="106"/>
        <source>locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="107"/>
        <source>from</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="108"/>
        <source>to</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="109"/>
        <source>profile</source>
        <translation>制度配置</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="110"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="111"/>
        <source>based on</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="112"/>
        <source>changes</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="131"/>
        <source>{name}: {value}</source>
        <translation>{name}：{value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="135"/>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <location filename="../../app/ui/audit_filter_bar.py" line="44"/>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_filter_bar.py" line="47"/>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_filter_bar.py" line="51"/>
        <source>Object or details contain…</source>
        <translation>对象或详情包含…</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_filter_bar.py" line="55"/>
        <source>Any time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_filter_bar.py" line="56"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_filter_bar.py" line="57"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_filter_bar.py" line="58"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_filter_bar.py" line="59"/>
        <source>Date range…</source>
        <translation>指定日期…</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_filter_bar.py" line="65"/>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_filter_bar.py" line="67"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_filter_bar.py" line="84"/>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_filter_bar.py" line="86"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_filter_bar.py" line="88"/>
        <source>Text</source>
        <translation>关键字</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_filter_bar.py" line="90"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../app/ui/audit_page.py" line="45"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_page.py" line="47"/>
        <source>Every action in the station, newest first. Entries are chained by hash: a changed or removed entry breaks the chain.</source>
        <translation>工作站内的每一项操作，按时间倒序排列。各条记录以哈希值链接：任何记录被修改或删除，审计链即告中断。</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_page.py" line="51"/>
        <location filename="../../app/ui/audit_page.py" line="169"/>
        <source>Verify chain</source>
        <translation>校验审计链</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_page.py" line="139"/>
        <source>Loading… {count} entries shown</source>
        <translation>正在加载… 已显示 {count} 条</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_page.py" line="141"/>
        <source>{count} entries</source>
        <translation>共 {count} 条</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_page.py" line="143"/>
        <source>{count} entries shown; scroll down for more</source>
        <translation>已显示 {count} 条，向下滚动加载更多</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_page.py" line="149"/>
        <source>Verifying…</source>
        <translation>正在校验…</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../app/ui/audit_model.py" line="37"/>
        <source>No.</source>
        <extracomment>``data(index, ROW_ROLE)`` gives the whole ``AuditRow`` of a line.</extracomment>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_model.py" line="38"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_model.py" line="39"/>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_model.py" line="40"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_model.py" line="41"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_model.py" line="42"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_model.py" line="194"/>
        <source>Entry {seq} · action {action}
{details}
Hash: {hash}</source>
        <translation>第 {seq} 条 · 操作 {action}
{details}
哈希值：{hash}</translation>
    </message>
</context>
<context>
    <name>AuditTarget</name>
    <message>
        <location filename="../../app/ui/labels.py" line="62"/>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="63"/>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="64"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="65"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="66"/>
        <source>Profile</source>
        <translation>制度配置</translation>
    </message>
</context>
<context>
    <name>ChainText</name>
    <message>
        <location filename="../../app/ui/chain_texts.py" line="14"/>
        <source>numbered {found} where {expected} belongs (an entry is missing, inserted or moved)</source>
        <translation>序号为 {found}，此处应为 {expected}（有记录缺失、插入或被移动）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_texts.py" line="21"/>
        <source>does not follow the entry before it (an entry was removed, inserted or moved)</source>
        <translation>与前一条记录不衔接（有记录被删除、插入或移动）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_texts.py" line="28"/>
        <source>its content does not match its hash (it was changed)</source>
        <translation>内容与其哈希值不符（记录已被修改）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_texts.py" line="32"/>
        <source>the chain ends before its head record (newest entries removed?)</source>
        <translation>审计链在链头记录之前中断（最新的记录可能已被删除）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_texts.py" line="38"/>
        <source>entries up to No. {seq} were recorded outside the database but are gone</source>
        <translation>库外链头表明应有至第 {seq} 条的记录，但这些记录已不存在</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_texts.py" line="45"/>
        <source>differs from its hash kept outside the database (the chain was rewritten)</source>
        <translation>与库外保存的哈希值不一致（审计链被改写）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_texts.py" line="52"/>
        <source>the chain head file {name} is missing from the station folder</source>
        <translation>工作站文件夹中缺少链头文件 {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_texts.py" line="58"/>
        <source>the chain head file {name} is damaged</source>
        <translation>链头文件 {name} 已损坏</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_texts.py" line="78"/>
        <source>Audit chain intact</source>
        <translation>审计链完整</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_texts.py" line="79"/>
        <source>Audit chain broken at No. {seq}</source>
        <translation>审计链异常（第 {seq} 条）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_texts.py" line="87"/>
        <source>Audit chain intact: {count} entries checked, head No. {seq} ({hash}…).</source>
        <translation>审计链完整：已校验 {count} 条记录，链头为第 {seq} 条（{hash}…）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_texts.py" line="90"/>
        <source>Audit chain broken at entry No. {seq}: {problem}. {count} entries before it are intact. Report this to the supervision department.</source>
        <translation>审计链异常：第 {seq} 条记录{problem}。此前的 {count} 条记录完整。请报告督察部门。</translation>
    </message>
</context>
<context>
    <name>ErrorBox</name>
    <message>
        <location filename="../../app/ui/errors.py" line="27"/>
        <source>Cannot complete the operation</source>
        <translation>无法完成操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="32"/>
        <source>Internal error</source>
        <translation>内部错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="34"/>
        <source>An internal error occurred. The operation was not completed.
The details are in the station&apos;s log file; please report it to the system administrator.</source>
        <translation>发生内部错误，操作未完成。
详细信息已记入工作站日志文件，请报告系统管理员。</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../app/ui/error_texts.py" line="17"/>
        <source>Wrong login name or password.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="18"/>
        <source>This account is locked after 5 wrong passwords in a row. Try again after {until}, or ask the unit head to reset the password.</source>
        <translation>该账户因连续 5 次输错密码已被锁定，请于 {until} 后再试，或请单位负责人重置密码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="27"/>
        <source>The login name {login} is already taken.</source>
        <translation>登录名 {login} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="31"/>
        <source>A unit with the code {code} already exists.</source>
        <translation>单位代码 {code} 已存在。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="35"/>
        <source>The unit code {code} is not valid: use up to 40 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>单位代码 {code} 无效：最多 40 个字符，只能使用字母、数字及“-”“_”“.”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="42"/>
        <source>The login name {login} is not valid: use up to 60 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;.</source>
        <translation>登录名 {login} 无效：最多 60 个字符，只能使用字母、数字及“.”“_”“-”“@”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="50"/>
        <source>A password needs at least {count} characters.</source>
        <translation>密码至少需要 {count} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="54"/>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账户。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="58"/>
        <source>A name is required.</source>
        <translation>必须填写名称。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="62"/>
        <source>There is no unit with the code {code}.</source>
        <translation>不存在代码为 {code} 的单位。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="66"/>
        <source>There is no person with the login name {login}.</source>
        <translation>不存在登录名为 {login} 的人员。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="70"/>
        <source>Your role does not allow this action.</source>
        <translation>您的角色无权进行此项操作。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="74"/>
        <source>The station folder {path} does not exist.</source>
        <translation>工作站文件夹 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="78"/>
        <source>{path} is not a station folder. Initialise a station there first (evidence-station init).</source>
        <translation>{path} 不是工作站文件夹。请先在该处初始化工作站（evidence-station init）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="86"/>
        <source>Cannot reach the database {db}. Check the network and the database server.

Reason: {reason}</source>
        <translation>无法连接数据库 {db}。请检查网络和数据库服务器。

原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="94"/>
        <source>The database does not hold the station {station} of this folder.</source>
        <translation>数据库中没有本文件夹所属的工作站 {station}。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="51"/>
        <source>Log in — Evidence Station</source>
        <translation>登录 — 执法记录管理工作站</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="56"/>
        <source>Your login name</source>
        <translation>请输入登录名</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="59"/>
        <location filename="../../app/ui/login_dialog.py" line="106"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="66"/>
        <location filename="../../app/ui/login_dialog.py" line="163"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="85"/>
        <source>Law-enforcement Recording Station</source>
        <translation>执法记录管理工作站</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="88"/>
        <source>{unit} · station {code}</source>
        <translation>{unit} · 工作站 {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="105"/>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="143"/>
        <source>Enter your login name.</source>
        <translation>请输入登录名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="147"/>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="163"/>
        <source>Logging in…</source>
        <translation>正在登录…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="35"/>
        <source>Overview</source>
        <translation>工作站概况</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="36"/>
        <source>People and units</source>
        <translation>人员与单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="37"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="73"/>
        <source>Evidence Station — {unit}</source>
        <translation>执法记录管理工作站 — {unit}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="115"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="117"/>
        <source>&amp;Verify audit chain</source>
        <translation>校验审计链(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="120"/>
        <source>&amp;Log out / switch user</source>
        <translation>注销 / 切换用户(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="123"/>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="127"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="128"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="138"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="139"/>
        <source>&amp;About Evidence Station</source>
        <translation>关于执法记录管理工作站(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="190"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="191"/>
        <source>The language changes to {language} the next time the program starts.</source>
        <translation>界面语言将在下次启动程序时切换为{language}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="200"/>
        <source>About Evidence Station</source>
        <translation>关于执法记录管理工作站</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="202"/>
        <source>&lt;h3&gt;Law-enforcement Recording Station&lt;/h3&gt;&lt;p&gt;Version {version}&lt;/p&gt;&lt;p&gt;Keeps a unit&apos;s audio-visual records of its field work: hand-over, storage, review, approvals and the audit trail, under the unit&apos;s policy profile.&lt;/p&gt;&lt;p&gt;For use on the unit&apos;s dedicated, offline equipment only.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;执法记录管理工作站&lt;/h3&gt;&lt;p&gt;版本 {version}&lt;/p&gt;&lt;p&gt;按本单位适用的制度配置，管理执法全过程音视频记录：移交、存储、审看、审批与审计。&lt;/p&gt;&lt;p&gt;仅限在本单位专用、不接入互联网的设备上使用。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <location filename="../../app/ui/navigation_bar.py" line="44"/>
        <source>Recording Station</source>
        <translation>执法记录管理工作站</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../app/ui/overview_page.py" line="52"/>
        <source>Station overview</source>
        <translation>工作站概况</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="54"/>
        <source>Welcome, {name}. The station, its rules and the state of its audit chain.</source>
        <translation>{name}，您好。以下是本工作站、适用制度及审计链的状态。</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="84"/>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="85"/>
        <location filename="../../app/ui/overview_page.py" line="96"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="86"/>
        <source>Unit code</source>
        <translation>单位代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="87"/>
        <source>Station code</source>
        <translation>工作站编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="88"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="92"/>
        <source>Signed in</source>
        <translation>当前用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="93"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="94"/>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="95"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="104"/>
        <source>Audit chain</source>
        <translation>审计链</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="105"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="106"/>
        <source>Entries</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="107"/>
        <source>Head hash</source>
        <translation>链头哈希</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="108"/>
        <source>Last verified</source>
        <translation>最近校验</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="109"/>
        <source>Verifying…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="113"/>
        <source>Policy profile</source>
        <translation>执法记录管理制度</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="114"/>
        <source>Regulation</source>
        <translation>制度名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="115"/>
        <source>Profile id</source>
        <translation>配置编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="116"/>
        <source>Issued by</source>
        <translation>发布单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="117"/>
        <source>Hand-over deadline</source>
        <translation>移交时限</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="118"/>
        <source>Interruption report</source>
        <translation>中断报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="119"/>
        <source>Retention</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="120"/>
        <source>Activity categories</source>
        <translation>记录范围</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="121"/>
        <source>Notice to the party</source>
        <translation>告知用语</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="125"/>
        <source>Approvals required</source>
        <translation>审批流程</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../app/ui/people_page.py" line="64"/>
        <source>People and units</source>
        <translation>人员与单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_page.py" line="65"/>
        <source>The unit tree and the accounts of the people in it, with their roles.</source>
        <translation>单位层级及其人员账户与角色。</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_page.py" line="69"/>
        <source>Include subordinate units</source>
        <translation>含下级单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_page.py" line="84"/>
        <source>Add unit</source>
        <translation>添加单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_page.py" line="85"/>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_page.py" line="86"/>
        <location filename="../../app/ui/people_page.py" line="234"/>
        <source>Disable account</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_page.py" line="87"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_page.py" line="88"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_page.py" line="205"/>
        <source>{unit} · {count} people</source>
        <translation>{unit} · 共 {count} 人</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_page.py" line="232"/>
        <source>Enable account</source>
        <translation>启用账户</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_page.py" line="298"/>
        <source>Disable the account of {name} ({login})? They can no longer log in.</source>
        <translation>确定停用 {name}（{login}）的账户吗？停用后该账户将无法登录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_page.py" line="301"/>
        <source>Enable the account of {name} ({login}) again?</source>
        <translation>确定重新启用 {name}（{login}）的账户吗？</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../app/ui/people_model.py" line="28"/>
        <source>Login name</source>
        <extracomment>``data(index, ROW_ROLE)`` gives the whole ``PersonRow`` of a line.</extracomment>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_model.py" line="29"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_model.py" line="30"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_model.py" line="31"/>
        <source>Unit</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_model.py" line="32"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_model.py" line="115"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_model.py" line="117"/>
        <source>Locked until {time}</source>
        <translation>锁定至 {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_model.py" line="120"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
</context>
<context>
    <name>RequestKind</name>
    <message>
        <location filename="../../app/ui/labels.py" line="51"/>
        <source>Retrieval</source>
        <extracomment>Request kinds of the policy profiles&apos; approval chains (REQUIREMENTS R5, R6, R8).</extracomment>
        <translation>调取</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="52"/>
        <source>Retrieval by superior notice</source>
        <translation>上级调取（通知单）</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="53"/>
        <source>Viewing</source>
        <translation>查阅</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="54"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="55"/>
        <source>Release to media</source>
        <translation>对外公开</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="56"/>
        <source>Purge</source>
        <translation>删除销毁</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="57"/>
        <source>Interruption report</source>
        <translation>中断/未记录报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="58"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="82"/>
        <source>none</source>
        <translation>无需审批</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="24"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="31"/>
        <source>At least {count} characters</source>
        <translation>至少 {count} 个字符</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="35"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="36"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="37"/>
        <source>Repeat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="38"/>
        <source>A locked account is unlocked as well.</source>
        <translation>如账户已被锁定，将同时解除锁定。</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="46"/>
        <source>Please fill in: new password.</source>
        <translation>请填写：新密码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="49"/>
        <source>The password needs at least {count} characters.</source>
        <translation>密码至少需要 {count} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="55"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../app/ui/labels.py" line="13"/>
        <source>Officer</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="14"/>
        <source>Recording administrator</source>
        <translation>执法记录仪管理员</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="15"/>
        <source>Unit head</source>
        <translation>单位负责人</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="16"/>
        <source>Legal office</source>
        <translation>法制部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="17"/>
        <source>Supervision</source>
        <translation>督察部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="18"/>
        <source>Equipment (police support)</source>
        <translation>警务保障（装备）</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="19"/>
        <source>Clerk</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="20"/>
        <source>Superior unit</source>
        <translation>上级机关</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../app/ui/service_dialog.py" line="103"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>StationStatusBar</name>
    <message>
        <location filename="../../app/ui/station_status_bar.py" line="19"/>
        <source>Station: {unit} ({code})</source>
        <translation>工作站：{unit}（{code}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/station_status_bar.py" line="22"/>
        <source>User: {name} · {role}</source>
        <translation>用户：{name} · {role}</translation>
    </message>
    <message>
        <location filename="../../app/ui/station_status_bar.py" line="24"/>
        <source>Profile: {id}</source>
        <translation>制度：{id}</translation>
    </message>
    <message>
        <location filename="../../app/ui/station_status_bar.py" line="38"/>
        <source>Verifying audit chain…</source>
        <translation>正在校验审计链…</translation>
    </message>
    <message>
        <location filename="../../app/ui/station_status_bar.py" line="48"/>
        <source>Audit chain not verified</source>
        <translation>审计链未校验</translation>
    </message>
</context>
<context>
    <name>UnitTreeWidget</name>
    <message>
        <location filename="../../app/ui/unit_tree.py" line="25"/>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/unit_tree.py" line="43"/>
        <source>Unit code: {code}</source>
        <translation>单位代码：{code}</translation>
    </message>
</context>
</TS>
