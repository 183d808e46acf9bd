<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddDeviceDialog</name>
    <message>
        <location filename="../../app/ui/device_dialog.py" line="26"/>
        <source>Add device</source>
        <translation>添加设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_dialog.py" line="30"/>
        <source>e.g. GT-DSJ-005</source>
        <translation>例如 GT-DSJ-005</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_dialog.py" line="33"/>
        <source>e.g. DSJ-HY9</source>
        <translation>例如 DSJ-HY9</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_dialog.py" line="38"/>
        <source>Asset number</source>
        <translation>资产编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_dialog.py" line="39"/>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_dialog.py" line="40"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_dialog.py" line="41"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_dialog.py" line="42"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_dialog.py" line="47"/>
        <source>Please fill in: asset number.</source>
        <translation>请填写：资产编号。</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_dialog.py" line="48"/>
        <source>Please fill in: serial number.</source>
        <translation>请填写：序列号。</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_dialog.py" line="49"/>
        <source>Please fill in: model.</source>
        <translation>请填写：型号。</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../app/ui/person_dialog.py" line="34"/>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_dialog.py" line="38"/>
        <source>e.g. zhangsan (letters and digits)</source>
        <translation>例如 zhangsan（字母和数字）</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_dialog.py" line="48"/>
        <source>At least {count} characters</source>
        <translation>至少 {count} 个字符</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_dialog.py" line="52"/>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_dialog.py" line="53"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_dialog.py" line="54"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_dialog.py" line="55"/>
        <source>Unit</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_dialog.py" line="56"/>
        <source>Initial password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_dialog.py" line="57"/>
        <source>Repeat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_dialog.py" line="68"/>
        <source>Please fill in: login name.</source>
        <translation>请填写：登录名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_dialog.py" line="72"/>
        <source>The login name may hold up to 60 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;, starting with a letter or digit.</source>
        <translation>登录名最多 60 个字符，只能使用字母、数字及“.”“_”“-”“@”，并以字母或数字开头。</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_dialog.py" line="78"/>
        <source>Please fill in: full name.</source>
        <translation>请填写：姓名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_dialog.py" line="81"/>
        <source>Please fill in: initial password.</source>
        <translation>请填写：初始密码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_dialog.py" line="85"/>
        <source>The password needs at least {count} characters.</source>
        <translation>密码至少需要 {count} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/ui/person_dialog.py" line="91"/>
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
    <name>AnglePanel</name>
    <message>
        <location filename="../../app/ui/multi_angle_view.py" line="41"/>
        <source>{device} · {officer} · clock offset {offset:+.3f} s</source>
        <translation>{device} · {officer} · 时钟偏差 {offset:+.3f} 秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/multi_angle_view.py" line="42"/>
        <source>unknown device</source>
        <translation>未知设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/multi_angle_view.py" line="50"/>
        <source>Multi-angle review plays exact frames without sound; angles stay in step.</source>
        <translation>多角度回放逐帧精确显示，无声音；各角度保持同步。</translation>
    </message>
    <message>
        <location filename="../../app/ui/multi_angle_view.py" line="91"/>
        <source>Not recording at this moment</source>
        <translation>此刻未在录制</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="78"/>
        <location filename="../../app/ui/approvals_page.py" line="414"/>
        <source>Approvals</source>
        <translation>审批事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="80"/>
        <source>Forms waiting for your signature, the forms you filed, and every form of your unit you may read: requests, reports, hand-overs and inspections.</source>
        <translation>待您签批的表单、您提交的表单，以及本单位您有权查阅的全部表单：申请、报告、移交登记和监督检查。</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="107"/>
        <source>New form</source>
        <translation>新建表单</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="109"/>
        <source>Edit draft</source>
        <translation>编辑草稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="110"/>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="111"/>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="112"/>
        <source>Correct</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="114"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="115"/>
        <source>Reject</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="116"/>
        <source>Mark as done</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="118"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="119"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="141"/>
        <source>Waiting for me</source>
        <translation>待我审批</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="142"/>
        <source>Filed by me</source>
        <translation>我提交的</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="144"/>
        <source>All forms</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="152"/>
        <source>All kinds</source>
        <translation>全部表单类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="157"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="169"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="171"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="257"/>
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="261"/>
        <source>Nothing waits for you.</source>
        <translation>暂无待您办理的事项。</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="264"/>
        <source>{count} forms shown; scroll for more</source>
        <translation>已显示 {count} 份表单，向下滚动查看更多</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="267"/>
        <source>{count} forms</source>
        <translation>共 {count} 份表单</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="271"/>
        <source>Waiting for me ({count})</source>
        <translation>待我审批（{count}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="391"/>
        <source>Submit form No. {id}? It is signed and can no longer be changed.</source>
        <translation>提交第 {id} 号表单？提交即签名，内容不能再修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="402"/>
        <source>Withdraw form No. {id}?</source>
        <translation>撤回第 {id} 号表单？</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="473"/>
        <source>Printed</source>
        <translation>已生成打印件</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="475"/>
        <source>{title}: {pages} pages, number {number}.
Saved as {path}</source>
        <translation>{title}：共 {pages} 页，编号 {number}。
已保存为 {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="479"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>AssignDeviceDialog</name>
    <message>
        <location filename="../../app/ui/device_dialog.py" line="75"/>
        <source>Issue device</source>
        <translation>发放设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_dialog.py" line="75"/>
        <source>Issue</source>
        <translation>发放</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_dialog.py" line="84"/>
        <source>The wearer is responsible for the device; lending it is forbidden.</source>
        <translation>谁佩戴谁负责；严禁转借他人使用。</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_dialog.py" line="87"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_dialog.py" line="88"/>
        <source>Issue to</source>
        <translation>发放给</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_dialog.py" line="97"/>
        <source>Please choose the wearer.</source>
        <translation>请选择佩戴人。</translation>
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
        <source>Action refused (not permitted)</source>
        <translation>越权操作被拒绝</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="31"/>
        <source>Unit added</source>
        <translation>添加单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="32"/>
        <source>Unit renamed</source>
        <translation>单位更名</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="33"/>
        <source>Person added</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="34"/>
        <source>Account enabled</source>
        <translation>启用账户</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="35"/>
        <source>Account disabled</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="36"/>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="37"/>
        <source>Policy profile copied</source>
        <translation>复制制度配置</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="38"/>
        <source>Policy profile applied</source>
        <translation>启用制度配置</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="39"/>
        <source>Device added</source>
        <translation>新增设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="40"/>
        <source>Device issued</source>
        <translation>发放设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="41"/>
        <source>Device returned</source>
        <translation>收回设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="42"/>
        <source>Pre-use check</source>
        <translation>使用前检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="43"/>
        <source>Device fault reported</source>
        <translation>报告故障</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="44"/>
        <source>Device fault checked</source>
        <translation>故障检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="45"/>
        <source>Device sent for repair</source>
        <translation>送修</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="46"/>
        <source>Device back in service</source>
        <translation>恢复使用</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="47"/>
        <source>Device damaged</source>
        <translation>设备损坏</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="48"/>
        <source>Device lost</source>
        <translation>设备丢失</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="49"/>
        <source>Compensation recorded</source>
        <translation>登记赔偿</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="50"/>
        <source>Device retired</source>
        <translation>设备报废</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="51"/>
        <source>Hand-over started</source>
        <translation>开始移交</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="52"/>
        <source>Hand-over completed</source>
        <translation>移交完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="53"/>
        <source>Recording imported</source>
        <translation>执法记录入库</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="54"/>
        <source>Duplicate hand-over</source>
        <translation>重复移交</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="55"/>
        <source>Recorded on another&apos;s device</source>
        <translation>使用他人设备录制</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="56"/>
        <source>Confidentiality changed</source>
        <translation>密级变更</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="57"/>
        <source>Frame index built</source>
        <translation>建立帧索引</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="58"/>
        <source>Full decode check</source>
        <translation>全片解码检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="59"/>
        <source>Recording details viewed</source>
        <translation>查看记录详情</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="60"/>
        <source>Recording viewed</source>
        <translation>查阅执法记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="61"/>
        <source>Recording copied</source>
        <translation>复制执法记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="62"/>
        <source>Access refused</source>
        <translation>拒绝访问</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="63"/>
        <source>Playback opened</source>
        <translation>开始回放</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="64"/>
        <source>Playback closed</source>
        <translation>结束回放</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="65"/>
        <source>Marker added</source>
        <translation>添加标记</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="66"/>
        <source>Still saved</source>
        <translation>保存截图</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="67"/>
        <source>Angles grouped</source>
        <translation>多角度关联</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="68"/>
        <source>Integrity check</source>
        <translation>完整性校验</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="69"/>
        <source>File changed (alarm)</source>
        <translation>文件被改动（告警）</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="70"/>
        <source>File missing (alarm)</source>
        <translation>文件缺失（告警）</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="71"/>
        <source>Record changed (alarm)</source>
        <translation>登记被改（告警）</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="72"/>
        <source>File not recorded (alarm)</source>
        <translation>文件无入库记录（告警）</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="73"/>
        <source>File matches again</source>
        <translation>校验恢复一致</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="74"/>
        <source>Form filled in</source>
        <translation>填写表单</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="75"/>
        <source>Draft edited</source>
        <translation>修改草稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="76"/>
        <source>Form submitted</source>
        <translation>提交表单</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="77"/>
        <source>Form withdrawn</source>
        <translation>撤回表单</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="78"/>
        <source>Form approved</source>
        <translation>批准表单</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="79"/>
        <source>Form rejected</source>
        <translation>退回表单</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="80"/>
        <source>Form corrected</source>
        <translation>更正表单</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="81"/>
        <source>Form closed</source>
        <translation>办结表单</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="82"/>
        <source>Printout generated</source>
        <translation>生成打印件</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="83"/>
        <source>Printed on paper</source>
        <translation>纸质打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="84"/>
        <source>Signing key created</source>
        <translation>创建签名密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="85"/>
        <source>Signing key rotated</source>
        <translation>更换签名密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="86"/>
        <source>Missing signing key replaced</source>
        <translation>替换缺失的签名密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="87"/>
        <source>Other station&apos;s head witnessed</source>
        <translation>见证其他工作站的链头</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="92"/>
        <source>Login and logout</source>
        <extracomment>The prefixes the audit log&apos;s action filter offers, in menu order.</extracomment>
        <translation>登录与退出</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="93"/>
        <source>Refused actions</source>
        <translation>被拒绝的操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="94"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="95"/>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="96"/>
        <source>Policy profiles</source>
        <translation>制度配置</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="97"/>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="98"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="99"/>
        <source>Hand-overs</source>
        <translation>移交</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="100"/>
        <source>Recordings</source>
        <translation>执法记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="101"/>
        <source>Viewing and copying</source>
        <translation>查阅与复制</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="102"/>
        <source>Playback</source>
        <translation>回放</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="103"/>
        <source>Integrity</source>
        <translation>完整性</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="104"/>
        <source>Forms and approvals</source>
        <translation>表单与审批</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="105"/>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="106"/>
        <source>Signing keys and witnesses</source>
        <translation>签名密钥与见证</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <location filename="../../app/ui/labels.py" line="168"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="169"/>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="170"/>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="171"/>
        <source>parent unit</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="172"/>
        <source>client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="173"/>
        <source>failures</source>
        <translation>失败次数</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="174"/>
        <source>locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="175"/>
        <source>from</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="176"/>
        <source>to</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="177"/>
        <source>profile</source>
        <translation>制度配置</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="178"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="179"/>
        <source>based on</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="180"/>
        <source>changes</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="194"/>
        <source>This entry is damaged and cannot be read: report it to the supervision department</source>
        <translation>此条目已损坏，无法读取：请报告督察部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="207"/>
        <source>{name}: {value}</source>
        <translation>{name}：{value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="211"/>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <location filename="../../app/ui/audit_filter_bar.py" line="34"/>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_filter_bar.py" line="37"/>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_filter_bar.py" line="41"/>
        <source>Object or details contain…</source>
        <translation>对象或详情包含…</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_filter_bar.py" line="44"/>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_filter_bar.py" line="46"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_filter_bar.py" line="56"/>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_filter_bar.py" line="58"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_filter_bar.py" line="60"/>
        <source>Text</source>
        <translation>关键字</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_filter_bar.py" line="62"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../app/ui/audit_page.py" line="46"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_page.py" line="48"/>
        <source>Every action in the station, newest first. Entries are chained by hash: a changed or removed entry breaks the chain.</source>
        <translation>工作站内的每一项操作，按时间倒序排列。各条记录以哈希值链接：任何记录被修改或删除，审计链即告中断。</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_page.py" line="52"/>
        <location filename="../../app/ui/audit_page.py" line="149"/>
        <source>Verify chain</source>
        <translation>校验审计链</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_page.py" line="119"/>
        <source>Loading… {count} entries shown</source>
        <translation>正在加载… 已显示 {count} 条</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_page.py" line="121"/>
        <source>{count} entries</source>
        <translation>共 {count} 条</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_page.py" line="123"/>
        <source>{count} entries shown; scroll down for more</source>
        <translation>已显示 {count} 条，向下滚动加载更多</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_page.py" line="129"/>
        <source>Verifying…</source>
        <translation>正在校验…</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../app/ui/audit_model.py" line="27"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_model.py" line="28"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_model.py" line="29"/>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_model.py" line="30"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_model.py" line="31"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_model.py" line="32"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_model.py" line="112"/>
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
        <location filename="../../app/ui/labels.py" line="122"/>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="123"/>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="124"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="125"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="126"/>
        <source>Profile</source>
        <translation>制度配置</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="127"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="128"/>
        <source>Recording</source>
        <translation>执法记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="129"/>
        <source>Hand-over</source>
        <translation>移交</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="130"/>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="131"/>
        <source>Vault</source>
        <translation>存储库</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="132"/>
        <source>Stored file</source>
        <translation>存储文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="133"/>
        <source>Angle group</source>
        <translation>多角度组</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="134"/>
        <source>Signing key</source>
        <translation>签名密钥</translation>
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
        <source>recording {id} has no import entry in the audit chain (added outside the station)</source>
        <translation>录像 {id} 在审计链中没有入库记录（在本工作站之外添加）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_texts.py" line="65"/>
        <source>the digests of recording {id} in the database differ from the audit chain (the record was changed)</source>
        <translation>数据库中录像 {id} 的摘要与审计链不符（登记被改动）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_texts.py" line="73"/>
        <source>the chain head is not signed by the station&apos;s key (entries were added outside it)</source>
        <translation>链头不是由本工作站的密钥签名的（有条目是在工作站之外添加的）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_texts.py" line="80"/>
        <source>the chain head is not signed</source>
        <translation>链头没有签名</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_texts.py" line="84"/>
        <source>the chain head&apos;s signature does not match (entries were added or changed without the station&apos;s key)</source>
        <translation>链头签名不符（有条目在没有工作站密钥的情况下被添加或改动）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_texts.py" line="92"/>
        <source>the signing key {key} recorded in entry No. {seq} is not in the station&apos;s list of trusted keys</source>
        <translation>第 {seq} 条记录登记的签名密钥 {key} 不在本工作站的可信密钥清单中</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_texts.py" line="100"/>
        <source>the station&apos;s list of trusted keys gives the key {key} other entries</source>
        <translation>本工作站的可信密钥清单为密钥 {key} 登记了不同的条目范围</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_texts.py" line="106"/>
        <source>the station trusts the key {key}, which the audit chain never recorded (the list of trusted keys was changed)</source>
        <translation>本工作站信任密钥 {key}，但审计链从未登记该密钥（可信密钥清单被改动）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_texts.py" line="114"/>
        <source>the station&apos;s list of trusted keys is damaged</source>
        <translation>本工作站的可信密钥清单已损坏</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_texts.py" line="118"/>
        <source>its number is damaged (the entry was changed)</source>
        <translation>其序号已损坏（该记录被改动）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_texts.py" line="122"/>
        <source>its time is damaged (the entry was changed)</source>
        <translation>其时间已损坏（该记录被改动）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_texts.py" line="126"/>
        <source>one of its fields is not text (the entry was changed)</source>
        <translation>其某个字段不是文本（该记录被改动）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_texts.py" line="130"/>
        <source>it cannot be read from the database (damaged storage)</source>
        <translation>无法从数据库读取（存储已损坏）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_texts.py" line="134"/>
        <source>the chain head file {name} is behind the database: entries were added outside the station</source>
        <translation>链头文件 {name} 落后于数据库：有条目是在本工作站之外添加的</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_texts.py" line="142"/>
        <source>the chain head file {name} is damaged</source>
        <translation>链头文件 {name} 已损坏</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_texts.py" line="162"/>
        <source>Audit chain intact</source>
        <translation>审计链完整</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_texts.py" line="164"/>
        <source>Audit check failed</source>
        <translation>审计核查未通过</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_texts.py" line="165"/>
        <source>Audit chain broken at No. {seq}</source>
        <translation>审计链异常（第 {seq} 条）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_texts.py" line="173"/>
        <source>Audit chain intact: {count} entries checked, head No. {seq} ({hash}…).</source>
        <translation>审计链完整：已校验 {count} 条记录，链头为第 {seq} 条（{hash}…）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_texts.py" line="177"/>
        <source>Audit check failed: {problem}. Report this to the supervision department.</source>
        <translation>审计核查未通过：{problem}。请报告督察部门。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chain_texts.py" line="180"/>
        <source>Audit chain broken at entry No. {seq}: {problem}. {count} entries before it are intact. Report this to the supervision department.</source>
        <translation>审计链异常：第 {seq} 条记录{problem}。此前的 {count} 条记录完整。请报告督察部门。</translation>
    </message>
</context>
<context>
    <name>CloseFormDialog</name>
    <message>
        <location filename="../../app/ui/form_action_dialogs.py" line="91"/>
        <source>Close form No. {id}</source>
        <translation>办结第 {id} 号表单</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_action_dialogs.py" line="91"/>
        <source>Mark as done</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_action_dialogs.py" line="97"/>
        <source>{kind}, No. {id}: record that it has been carried out.</source>
        <translation>{kind}，第 {id} 号：登记办理情况。</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_action_dialogs.py" line="108"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_action_dialogs.py" line="122"/>
        <source>Please fill in: {field}.</source>
        <translation>请填写：{field}。</translation>
    </message>
</context>
<context>
    <name>ComplianceList</name>
    <message>
        <location filename="../../app/ui/compliance_lists.py" line="30"/>
        <location filename="../../app/ui/compliance_lists.py" line="60"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_lists.py" line="31"/>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_lists.py" line="32"/>
        <location filename="../../app/ui/compliance_lists.py" line="50"/>
        <location filename="../../app/ui/compliance_lists.py" line="65"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_lists.py" line="33"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_lists.py" line="34"/>
        <location filename="../../app/ui/compliance_lists.py" line="48"/>
        <location filename="../../app/ui/compliance_lists.py" line="68"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_lists.py" line="35"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_lists.py" line="38"/>
        <location filename="../../app/ui/compliance_lists.py" line="54"/>
        <location filename="../../app/ui/compliance_lists.py" line="62"/>
        <source>Officer</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_lists.py" line="39"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_lists.py" line="40"/>
        <source>Not recorded from</source>
        <translation>未记录起</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_lists.py" line="41"/>
        <source>Until</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_lists.py" line="42"/>
        <location filename="../../app/ui/compliance_lists.py" line="64"/>
        <source>Report due</source>
        <translation>报告期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_lists.py" line="43"/>
        <source>Recordings</source>
        <translation>相关录像</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_lists.py" line="46"/>
        <source>Asset number</source>
        <translation>资产编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_lists.py" line="47"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_lists.py" line="49"/>
        <source>Holder</source>
        <translation>领用人</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_lists.py" line="53"/>
        <source>Recording</source>
        <translation>录像编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_lists.py" line="55"/>
        <source>Recorded</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_lists.py" line="56"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_lists.py" line="57"/>
        <source>Handed over late by</source>
        <translation>逾期时长</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_lists.py" line="61"/>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_lists.py" line="63"/>
        <source>Activity or gap</source>
        <translation>执法活动或中断时段</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_lists.py" line="69"/>
        <source>Officers</source>
        <translation>执法人员数</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_lists.py" line="70"/>
        <source>With a working device</source>
        <translation>配有完好设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_lists.py" line="71"/>
        <source>Equipment rate</source>
        <translation>配备率</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_lists.py" line="75"/>
        <source>Faulty</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_lists.py" line="76"/>
        <source>In repair</source>
        <translation>维修中</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_lists.py" line="79"/>
        <source>Interrupted</source>
        <translation>记录中断</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_lists.py" line="80"/>
        <source>Not recorded</source>
        <translation>无入库记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_lists.py" line="84"/>
        <source>{hours} h</source>
        <translation>{hours} 小时</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_lists.py" line="85"/>
        <source>{start} – {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_lists.py" line="86"/>
        <source>No report</source>
        <translation>未报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_model.py" line="43"/>
        <source>Double-click to open form No. {id}</source>
        <translation>双击打开第 {id} 号表单</translation>
    </message>
</context>
<context>
    <name>CompliancePage</name>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="58"/>
        <source>Overdue interruption reports</source>
        <translation>逾期未报工作记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="59"/>
        <source>Past the profile&apos;s deadline, not submitted</source>
        <translation>已过制度规定期限仍未提交</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="64"/>
        <source>Gaps without a report</source>
        <translation>中断未说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="65"/>
        <source>Recording stopped; no report explains it</source>
        <translation>记录中断，无工作记录说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="70"/>
        <source>Late hand-overs</source>
        <translation>逾期移交</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="71"/>
        <source>Recordings handed over after the deadline</source>
        <translation>超过时限移交的执法记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="76"/>
        <source>Pending approvals</source>
        <translation>待审批事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="77"/>
        <source>Forms submitted, not yet decided</source>
        <translation>已提交、尚未审批的表单</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="82"/>
        <source>Reports filed late</source>
        <translation>迟报工作记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="83"/>
        <source>Submitted after their deadline</source>
        <translation>超过期限后提交</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="88"/>
        <source>Overdue rectifications</source>
        <translation>整改逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="89"/>
        <source>Inspection findings past their deadline</source>
        <translation>超过整改期限的检查问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="94"/>
        <source>Open rectifications</source>
        <translation>整改中</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="95"/>
        <source>Inspection findings not yet closed</source>
        <translation>尚未销号的检查问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="100"/>
        <source>Integrity alarms</source>
        <translation>完整性告警</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="101"/>
        <source>Stored files whose check failed</source>
        <translation>校验未通过的存储文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="106"/>
        <source>Faulty devices</source>
        <translation>故障设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="107"/>
        <source>Faulty or in repair</source>
        <translation>故障或维修中</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="112"/>
        <source>Open fault reports</source>
        <translation>未处理故障报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="113"/>
        <source>Device faults not yet checked</source>
        <translation>尚未检查处理的设备故障</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="118"/>
        <source>Equipment rate</source>
        <translation>配备率</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="119"/>
        <source>Officers holding a working device</source>
        <translation>配有完好执法记录仪的执法人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="124"/>
        <source>Accountability records</source>
        <translation>责任追究记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="125"/>
        <source>Violations decided, with the measure taken</source>
        <translation>已决定的过错情形及追究方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="159"/>
        <source>Compliance</source>
        <translation>合规监督</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="161"/>
        <source>Late, missing and waiting items of {unit} and the units below it. Click a figure to see what it counts.</source>
        <translation>{unit}及下级单位逾期、缺漏和待办事项。点击数字查看明细。</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="165"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="171"/>
        <source>Click a figure above to list what it counts.</source>
        <translation>点击上方数字查看明细。</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="181"/>
        <source>The recordings page lists these files.</source>
        <translation>这些文件在“执法记录”页面中列出。</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="239"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="257"/>
        <source>As of {time} · unit {unit} and below · gaps of the last 90 days</source>
        <translation>统计时间 {time} · 单位 {unit} 及下级 · 中断检测范围为最近 90 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="278"/>
        <source>{equipped} of {officers} officers hold a working device</source>
        <translation>{officers} 名执法人员中 {equipped} 名配有完好设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="292"/>
        <source>{title} — reading…</source>
        <translation>{title} — 正在读取…</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="310"/>
        <source>{title} · {count} items</source>
        <translation>{title} · 共 {count} 项</translation>
    </message>
</context>
<context>
    <name>DateRangePicker</name>
    <message>
        <location filename="../../app/ui/date_range.py" line="34"/>
        <source>Any time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/date_range.py" line="35"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../app/ui/date_range.py" line="36"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/date_range.py" line="37"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/date_range.py" line="38"/>
        <source>Date range…</source>
        <translation>指定日期…</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../app/ui/form_action_dialogs.py" line="43"/>
        <source>Approve form No. {id}</source>
        <translation>批准第 {id} 号表单</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_action_dialogs.py" line="43"/>
        <source>Reject form No. {id}</source>
        <translation>退回第 {id} 号表单</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_action_dialogs.py" line="44"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_action_dialogs.py" line="44"/>
        <source>Reject</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_action_dialogs.py" line="49"/>
        <source>{kind}, No. {id}, filed by {name} ({unit})</source>
        <translation>{kind}，第 {id} 号，申请人 {name}（{unit}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_action_dialogs.py" line="58"/>
        <source>e.g. 同意</source>
        <translation>例如：同意</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_action_dialogs.py" line="58"/>
        <source>Why the form is rejected (required)</source>
        <translation>退回理由（必填）</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_action_dialogs.py" line="62"/>
        <source>Comment</source>
        <translation>审批意见</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_action_dialogs.py" line="62"/>
        <source>Reason *</source>
        <translation>退回理由 *</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_action_dialogs.py" line="73"/>
        <source>A rejection needs a reason: please fill in the reason.</source>
        <translation>退回必须说明理由：请填写退回理由。</translation>
    </message>
</context>
<context>
    <name>DeviceEventDialog</name>
    <message>
        <location filename="../../app/ui/device_event_dialog.py" line="30"/>
        <source>{event}: {asset}</source>
        <translation>{event}：{asset}</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_event_dialog.py" line="33"/>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_event_dialog.py" line="44"/>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_event_dialog.py" line="45"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_event_dialog.py" line="46"/>
        <source>State now</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_event_dialog.py" line="47"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_event_dialog.py" line="49"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_event_dialog.py" line="54"/>
        <source>What is wrong, e.g. does not switch on</source>
        <translation>故障现象，例如：无法开机</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_event_dialog.py" line="55"/>
        <source>What the check found</source>
        <translation>检查结论</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_event_dialog.py" line="56"/>
        <source>Where it was sent, work order number</source>
        <translation>送修单位、维修单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_event_dialog.py" line="57"/>
        <source>What was repaired or replaced</source>
        <translation>维修或更换的部件</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_event_dialog.py" line="58"/>
        <source>When and where it was lost, who reported it</source>
        <translation>遗失的时间、地点及报告人</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_event_dialog.py" line="59"/>
        <source>How it was damaged</source>
        <translation>损坏经过</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_event_dialog.py" line="60"/>
        <source>Who compensates, on what decision</source>
        <translation>赔偿人及赔偿决定</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_event_dialog.py" line="61"/>
        <source>Why it is retired</source>
        <translation>报废原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_event_dialog.py" line="68"/>
        <source>Please fill in the note.</source>
        <translation>请填写说明。</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_event_dialog.py" line="73"/>
        <source>Please fill in the amount.</source>
        <translation>请填写金额。</translation>
    </message>
</context>
<context>
    <name>DeviceHistoryDialog</name>
    <message>
        <location filename="../../app/ui/device_history_dialog.py" line="45"/>
        <source>Device history: {asset}</source>
        <translation>设备履历：{asset}</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_history_dialog.py" line="47"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_history_dialog.py" line="50"/>
        <source>Issued to</source>
        <translation>领用人</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_history_dialog.py" line="50"/>
        <source>Issued</source>
        <translation>发放时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_history_dialog.py" line="50"/>
        <location filename="../../app/ui/device_history_dialog.py" line="51"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_history_dialog.py" line="50"/>
        <source>Returned</source>
        <translation>归还时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_history_dialog.py" line="54"/>
        <location filename="../../app/ui/device_history_dialog.py" line="58"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_history_dialog.py" line="54"/>
        <source>Step</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_history_dialog.py" line="54"/>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_history_dialog.py" line="54"/>
        <source>State after</source>
        <translation>处理后状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_history_dialog.py" line="55"/>
        <location filename="../../app/ui/device_history_dialog.py" line="59"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_history_dialog.py" line="58"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_history_dialog.py" line="58"/>
        <source>Person</source>
        <translation>检查人</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_history_dialog.py" line="58"/>
        <source>Battery</source>
        <translation>电量</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_history_dialog.py" line="59"/>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_history_dialog.py" line="59"/>
        <source>Clock</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_history_dialog.py" line="62"/>
        <source>Issue and return</source>
        <translation>发放与归还</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_history_dialog.py" line="63"/>
        <source>Faults and repairs</source>
        <translation>故障与维修</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_history_dialog.py" line="64"/>
        <source>Checks</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_history_dialog.py" line="93"/>
        <source>(still issued)</source>
        <translation>（尚未归还）</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_history_dialog.py" line="101"/>
        <source>{note} ({amount} yuan)</source>
        <translation>{note}（{amount} 元）</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_history_dialog.py" line="109"/>
        <source>Issue and return ({count})</source>
        <translation>发放与归还（{count}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_history_dialog.py" line="110"/>
        <source>Faults and repairs ({count})</source>
        <translation>故障与维修（{count}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_history_dialog.py" line="111"/>
        <source>Checks ({count})</source>
        <translation>检查记录（{count}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_history_dialog.py" line="126"/>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_history_dialog.py" line="126"/>
        <source>Problem</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_history_dialog.py" line="131"/>
        <source>The history could not be loaded.</source>
        <translation>无法加载设备履历。</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../app/ui/devices_page.py" line="118"/>
        <source>Devices</source>
        <extracomment>The steps the &quot;record&quot; menu offers; the fault has its own button.</extracomment>
        <translation>设备管理</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="120"/>
        <source>The ledger of recorders: who wears which device, faults and repairs, pre-use checks, and the equipment rate of each unit.</source>
        <translation>执法记录仪台账：设备由谁佩戴、故障与维修、使用前检查，以及各单位的配备率。</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="139"/>
        <source>Add device</source>
        <translation>添加设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="140"/>
        <source>Issue</source>
        <translation>发放</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="141"/>
        <location filename="../../app/ui/devices_page.py" line="323"/>
        <source>Take back</source>
        <translation>收回</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="142"/>
        <source>Report fault</source>
        <translation>报告故障</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="143"/>
        <source>Pre-use check</source>
        <translation>使用前检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="144"/>
        <source>History</source>
        <translation>设备履历</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="145"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="154"/>
        <source>Record step</source>
        <translation>登记事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="235"/>
        <source>{count} devices, {in_service} in service</source>
        <translation>共 {count} 台设备，{in_service} 台在用</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="324"/>
        <source>Take device {asset} back from {name}?</source>
        <translation>确认从{name}处收回设备 {asset}？</translation>
    </message>
</context>
<context>
    <name>DevicesTableModel</name>
    <message>
        <location filename="../../app/ui/devices_model.py" line="17"/>
        <source>Asset number</source>
        <translation>资产编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="18"/>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="19"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="20"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="21"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="22"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="23"/>
        <source>Issued to</source>
        <translation>佩戴人</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_model.py" line="79"/>
        <source>— not issued —</source>
        <translation>—（未发放）</translation>
    </message>
</context>
<context>
    <name>EquipmentRateCard</name>
    <message>
        <location filename="../../app/ui/equipment_rate_card.py" line="18"/>
        <source>Equipment rate</source>
        <translation>配备率</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_rate_card.py" line="47"/>
        <source>Officers holding a working device, per unit. The profile sets no target.</source>
        <translation>各单位持有在用设备的执法人员比例。本制度未规定配备率目标。</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_rate_card.py" line="51"/>
        <source>Officers holding a working device, per unit. Target: {target} %.</source>
        <translation>各单位持有在用设备的执法人员比例。目标：{target}%。</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_rate_card.py" line="59"/>
        <source>{percent} % overall ({equipped}/{officers})</source>
        <translation>总体 {percent}%（{equipped}/{officers}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_rate_card.py" line="68"/>
        <source>No officers yet.</source>
        <translation>尚无执法人员。</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_rate_card.py" line="86"/>
        <source>{equipped}/{officers} · {percent} %</source>
        <translation>{equipped}/{officers} · {percent}%</translation>
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
        <location filename="../../app/ui/error_texts.py" line="29"/>
        <source>Wrong login name or password.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="30"/>
        <source>This account is locked after 5 wrong passwords in a row. Try again after {until}, or ask the unit head to reset the password.</source>
        <translation>该账户因连续 5 次输错密码已被锁定，请于 {until} 后再试，或请单位负责人重置密码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="37"/>
        <source>, </source>
        <extracomment>Joins the items of a list in a message (roles, states, fields): &quot;、&quot; in Chinese.</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="41"/>
        <source>edit</source>
        <extracomment>What the forms engine refuses to do to a form, as the messages name it.</extracomment>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="42"/>
        <location filename="../../app/ui/error_texts.py" line="43"/>
        <source>submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="44"/>
        <location filename="../../app/ui/error_texts.py" line="45"/>
        <source>withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="46"/>
        <location filename="../../app/ui/error_texts.py" line="47"/>
        <source>correct</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="48"/>
        <source>close</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="53"/>
        <source>asset number</source>
        <extracomment>The ledger entries a device needs (``add_device``).</extracomment>
        <translation>资产编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="54"/>
        <source>serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="55"/>
        <source>model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="60"/>
        <source>a named pipe (FIFO)</source>
        <extracomment>What an import source is when it is not a regular file (``services/ingest_sources.py``).</extracomment>
        <translation>命名管道</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="61"/>
        <source>a character device</source>
        <translation>字符设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="62"/>
        <source>a block device</source>
        <translation>块设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="63"/>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="64"/>
        <source>a special file</source>
        <translation>特殊文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="72"/>
        <source>the same unit</source>
        <extracomment>Where a recording&apos;s unit stands from the actor&apos;s (``unit_tree.Relation``).</extracomment>
        <translation>本单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="73"/>
        <source>a unit below</source>
        <translation>下级单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="74"/>
        <source>a unit above</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="75"/>
        <source>a unit alongside</source>
        <translation>平级单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="76"/>
        <source>an unrelated unit</source>
        <translation>无隶属关系的单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="162"/>
        <source>The login name {login} is already taken.</source>
        <translation>登录名 {login} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="166"/>
        <source>A unit with the code {code} already exists.</source>
        <translation>单位代码 {code} 已存在。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="170"/>
        <source>The unit code {code} is not valid: use up to 40 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>单位代码 {code} 无效：最多 40 个字符，只能使用字母、数字及“-”“_”“.”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="177"/>
        <source>The login name {login} is not valid: use up to 60 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;.</source>
        <translation>登录名 {login} 无效：最多 60 个字符，只能使用字母、数字及“.”“_”“-”“@”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="185"/>
        <source>A password needs at least {count} characters.</source>
        <translation>密码至少需要 {count} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="189"/>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账户。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="193"/>
        <source>A name is required.</source>
        <translation>必须填写名称。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="197"/>
        <source>There is no unit with the code {code}.</source>
        <translation>不存在代码为 {code} 的单位。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="201"/>
        <source>There is no person with the login name {login}.</source>
        <translation>不存在登录名为 {login} 的人员。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="205"/>
        <source>There is no active account with the login name {login}.</source>
        <translation>不存在登录名为 {login} 的在用账户。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="209"/>
        <source>Your role does not allow this action.</source>
        <translation>您的角色无权进行此项操作。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="214"/>
        <source>The station folder {path} does not exist.</source>
        <translation>工作站文件夹 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="218"/>
        <source>{path} is not a station folder. Initialise a station there first (evidence-station init).</source>
        <translation>{path} 不是工作站文件夹。请先在该处初始化工作站（evidence-station init）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="226"/>
        <source>Cannot reach the database {db}. Check the network and the database server.

Reason: {reason}</source>
        <translation>无法连接数据库 {db}。请检查网络和数据库服务器。

原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="234"/>
        <source>{path} is a file, not a station folder.</source>
        <translation>{path} 是一个文件，不是工作站文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="238"/>
        <source>Cannot read the station folder {path}: {reason}</source>
        <translation>无法读取工作站文件夹 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="243"/>
        <source>The database {db} is damaged ({reason}). Stop using this station and restore the database from its backup.</source>
        <translation>数据库 {db} 已损坏（{reason}）。请停止使用本工作站，并从备份恢复数据库。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="252"/>
        <source>The database file {path} is missing or is not a file. Restore it from the station&apos;s backup.</source>
        <translation>数据库文件 {path} 缺失或不是文件。请从工作站的备份中恢复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="261"/>
        <source>The station&apos;s settings file {path} is damaged ({reason}). Restore it from the station&apos;s backup.</source>
        <translation>工作站设置文件 {path} 已损坏（{reason}）。请从工作站的备份中恢复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="269"/>
        <source>The database does not hold the station {station} of this folder.</source>
        <translation>数据库中没有本文件夹所属的工作站 {station}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="276"/>
        <source>Not a single frame of the file can be decoded.</source>
        <translation>文件中没有任何一帧可以解码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="280"/>
        <source>The file is incomplete: its end cannot be decoded (cut off).</source>
        <translation>文件不完整：文件末尾无法解码（已被截断）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="286"/>
        <source>The file is corrupt: {detail}</source>
        <translation>文件已损坏：{detail}</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="290"/>
        <source>The file cannot be opened as audio or video: {detail}</source>
        <translation>无法作为音视频文件打开：{detail}</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="294"/>
        <source>The file holds no video or audio.</source>
        <translation>文件中没有视频或音频内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="298"/>
        <source>The file&apos;s stream header is damaged: its codec cannot be recognised.</source>
        <translation>文件的音视频流头部已损坏，无法识别其编码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="305"/>
        <source>This is {kind}, not a regular file: it was not opened.</source>
        <translation>这是{kind}，不是普通文件，未打开。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="312"/>
        <source>This is a symbolic link to {kind} ({target}), not a regular file: it was not opened.</source>
        <translation>这是指向{kind}（{target}）的符号链接，不是普通文件，未打开。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="320"/>
        <source>This symbolic link points nowhere ({target}): it was not opened.</source>
        <translation>此符号链接指向的目标不存在（{target}），未打开。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="326"/>
        <source>This entry cannot be examined ({reason}): it was not opened.</source>
        <translation>无法检查此条目（{reason}），未打开。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="333"/>
        <source>Decoding reports errors: {detail}</source>
        <translation>解码出错：{detail}</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="338"/>
        <source>The file cannot be decoded: {detail}</source>
        <translation>文件无法解码：{detail}</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="342"/>
        <source>Only {frames} of {total} frames can be decoded.</source>
        <translation>共 {total} 帧中只有 {frames} 帧可以解码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="346"/>
        <source>The decoder marked a picture as corrupt.</source>
        <translation>解码器标记画面已损坏。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="351"/>
        <source>The decoder crashed on this file (exit code {code}): it is damaged.</source>
        <translation>解码器处理此文件时崩溃（退出码 {code}）：文件已损坏。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="357"/>
        <source>The decoder stopped responding on this file ({seconds} s without progress): it is damaged.</source>
        <translation>解码器处理此文件时失去响应（{seconds} 秒无进展）：文件已损坏。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="365"/>
        <source>The decoder failed on this file ({detail}).</source>
        <translation>解码器处理此文件失败（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="370"/>
        <source>{path} is damaged and cannot be decoded ({detail}).</source>
        <translation>{path} 已损坏，无法解码（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="374"/>
        <source>The video header of {path} is damaged: its codec cannot be recognised.</source>
        <translation>{path} 的视频流头部已损坏，无法识别其编码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="381"/>
        <source>{path} is not a readable video file ({detail}).</source>
        <translation>{path} 不是可读取的音视频文件（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="385"/>
        <source>{path} holds no video.</source>
        <translation>{path} 中没有视频。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="389"/>
        <source>The video of {path} holds no frames.</source>
        <translation>{path} 的视频中没有任何画面帧。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="393"/>
        <source>Frame {frame} of {path} cannot be decoded.</source>
        <translation>{path} 的第 {frame} 帧无法解码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="398"/>
        <source>Not started: the import was cancelled.</source>
        <translation>未开始：导入已被取消。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="402"/>
        <source>Not started: the evidence vault is full.</source>
        <translation>未开始：存储库空间已满。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="406"/>
        <source>The import was cancelled while the file was checked.</source>
        <translation>检查文件时导入被取消。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="410"/>
        <source>An internal error stopped this file ({detail}); see the station&apos;s log.</source>
        <translation>内部错误导致此文件未能导入（{detail}），详见工作站日志。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="416"/>
        <source>The source is no longer there (card removed?).</source>
        <translation>源文件已不存在（存储卡已拔出？）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="420"/>
        <source>{reason} (given up after {count} attempts)</source>
        <translation>{reason}（已尝试 {count} 次，不再重试）</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="425"/>
        <source>The import was interrupted {count} times; this file was given up.</source>
        <translation>导入已中断 {count} 次，此文件不再重试。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="431"/>
        <source>The import was cancelled while the file was being copied.</source>
        <translation>复制过程中导入被取消，该文件未保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="435"/>
        <source>The evidence vault {root} is full. Free some space, or move the vault to a larger disk.</source>
        <translation>存储库 {root} 空间已满。请清理磁盘空间，或将存储库迁移到容量更大的磁盘。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="443"/>
        <source>Cannot write to the evidence vault {root}: {reason}</source>
        <translation>无法写入存储库 {root}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="448"/>
        <source>The file {path} changed while it was being copied ({start} bytes at the start, {read} bytes read, {now} bytes now).</source>
        <translation>文件 {path} 在复制过程中被改动（开始时 {start} 字节，已读取 {read} 字节，当前 {now} 字节）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="456"/>
        <source>The file {path} disappeared while it was being copied.</source>
        <translation>文件 {path} 在复制过程中已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="460"/>
        <source>The file {path} could not be read to its end: {reason}</source>
        <translation>文件 {path} 未能完整读取：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="464"/>
        <source>Cannot read the file {path}: {reason}</source>
        <translation>无法读取文件 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="468"/>
        <source>The copy of {path} in the evidence vault differs from the original; it was not kept.</source>
        <translation>{path} 在存储库中的副本与原文件不一致，该副本未予保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="475"/>
        <source>There is no device with the asset number {asset}.</source>
        <translation>不存在资产编号为 {asset} 的设备。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="479"/>
        <source>Unknown activity category {category}. Valid categories: {valid}</source>
        <translation>未知的执法活动类别 {category}。可用类别：{valid}</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="487"/>
        <source>Form No. {id} is {state}: its content can no longer be changed. File a correction instead.</source>
        <translation>第 {id} 号表单当前状态为“{state}”，内容不能再修改；如需更改，请提出更正。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="497"/>
        <source>Form No. {id} is {state}. To {action} a form, it must be: {states}.</source>
        <translation>第 {id} 号表单当前状态为“{state}”，只有状态为“{states}”的表单才能{action}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="507"/>
        <source>Only the applicant may {action} form No. {id}.</source>
        <translation>只有申请人本人才能{action}第 {id} 号表单。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="512"/>
        <source>Form No. {id} already has a correction; correct that one instead.</source>
        <translation>第 {id} 号表单已有更正版本，请在该更正版本上继续更正。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="518"/>
        <source>You cannot approve or reject form No. {id}: you filed it yourself.</source>
        <translation>第 {id} 号表单由您本人提交，您不能对其审批。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="525"/>
        <source>Form No. {id} waits for the {role} at step {step} of its approvals ({chain}); {login} is {own}.</source>
        <translation>第 {id} 号表单正处于审批流程（{chain}）的第 {step} 步，应由{role}审批；{login} 的角色是{own}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="536"/>
        <source>Form No. {id} names {named} to sign it; {login} cannot sign it.</source>
        <translation>第 {id} 号表单指定由 {named} 签批，{login} 不能签批。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="542"/>
        <source>{login} ({unit}) is not in the unit {target} or a unit above it, and cannot handle this.</source>
        <translation>{login}（{unit}）不属于单位 {target} 或其上级单位，无权办理。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="550"/>
        <source>Form No. {id} was changed after it was signed; it cannot be approved.</source>
        <translation>第 {id} 号表单在签名后被改动过，不能批准。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="557"/>
        <source>Form No. {id} ({kind}) lacks required fields: {fields}.</source>
        <translation>第 {id} 号表单（{kind}）缺少必填项：{fields}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="563"/>
        <source>Form No. {id} cannot be closed before {fields} is filled in.</source>
        <translation>第 {id} 号表单须先填写{fields}，才能办结。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="571"/>
        <source>Form No. {id} ({kind}) must name the recordings it concerns.</source>
        <translation>第 {id} 号表单（{kind}）必须写明所涉及的执法记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="578"/>
        <source>Form No. {id}: the end of the validity must be after its start.</source>
        <translation>第 {id} 号表单：有效期的截止时间必须晚于起始时间。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="584"/>
        <source>Form No. {id}: the activity ends before it starts.</source>
        <translation>第 {id} 号表单：执法活动的结束时间早于开始时间。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="588"/>
        <source>The unit {unit} is not {own} or a unit below it.</source>
        <translation>单位 {unit} 既不是 {own}，也不是其下级单位。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="592"/>
        <source>A {kind} goes to a unit below {own}.</source>
        <translation>{kind}只能发往 {own} 的下级单位。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="597"/>
        <source>The role {role} cannot file a {kind}; it is filed by: {allowed}.</source>
        <translation>{role}不能填报{kind}；可填报的角色：{allowed}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="606"/>
        <source>The role {role} cannot close a {kind}; it is closed by: {allowed}.</source>
        <translation>{role}不能办结{kind}；可办结的角色：{allowed}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="615"/>
        <source>A {kind} has no closing step: its approval completes it.</source>
        <translation>{kind}没有办结环节，批准后即告完成。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="620"/>
        <source>Give the reason for rejecting the form.</source>
        <translation>退回表单须填写理由。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="624"/>
        <source>There is no form No. {id}.</source>
        <translation>不存在第 {id} 号表单。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="628"/>
        <source>{login} may not read form No. {id}.</source>
        <translation>{login} 无权查阅第 {id} 号表单。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="633"/>
        <source>{field}: {value} is not a time; write it like {example} (the station&apos;s local time).</source>
        <translation>{field}：“{value}”不是有效的时间，请按 {example} 的格式填写（本站当地时间）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="642"/>
        <source>{field}: {value} is not a time between the years {first} and {last}.</source>
        <translation>{field}：{value} 不是 {first} 年至 {last} 年之间的时间。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="649"/>
        <source>{field}: {value} is not a number.</source>
        <translation>{field}：“{value}”不是数字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="654"/>
        <source>{field}: {value} is not one of the choices: {valid}</source>
        <translation>{field}：“{value}”不是可选的值。可选值：{valid}</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="660"/>
        <source>{text}: write the record&apos;s number, from 1 to {last}.</source>
        <translation>{text}：请填写记录编号，1 至 {last}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="664"/>
        <source>{text} is not a recording number; write a number, or KIND:ID with KIND one of {kinds}.</source>
        <translation>“{text}”不是有效的录像编号：请填写编号，或按“类型:编号”填写，类型可为 {kinds}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="673"/>
        <source>Enter the device&apos;s {what}.</source>
        <translation>请填写设备的{what}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="678"/>
        <source>A device with the asset number {asset} already exists.</source>
        <translation>资产编号为 {asset} 的设备已存在。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="682"/>
        <source>Device {asset} is {state}; it cannot be issued.</source>
        <translation>设备 {asset} 当前状态为“{state}”，不能发放。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="687"/>
        <source>Device {asset} is issued to {holder}; take it back first.</source>
        <translation>设备 {asset} 已发放给 {holder}，请先办理归还。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="691"/>
        <source>Device {asset} is not issued to anyone.</source>
        <translation>设备 {asset} 未发放给任何人。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="695"/>
        <source>Device {asset} is {state}: “{event}” cannot be recorded.</source>
        <translation>设备 {asset} 当前状态为“{state}”，不能登记“{event}”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="701"/>
        <source>“{event}” needs a note (the reason or the finding).</source>
        <translation>登记“{event}”须填写说明（原因或检查结果）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="706"/>
        <source>Enter the amount of the compensation.</source>
        <translation>请填写赔偿金额。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="711"/>
        <source>{login} may not view recording No. {id}: {reason}</source>
        <translation>{login} 无权查看第 {id} 号执法记录：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="716"/>
        <source>{login} may not copy recording No. {id}: {reason}</source>
        <translation>{login} 无权复制第 {id} 号执法记录：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="721"/>
        <source>{login} may not set the confidentiality of recording No. {id}: {reason}</source>
        <translation>{login} 无权设置第 {id} 号执法记录的保密标注：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="728"/>
        <source>it is marked {mark}, which only these roles may access: {roles}.</source>
        <translation>该记录标注为“{mark}”，仅限以下角色访问：{roles}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="735"/>
        <source>a copy needs an approved copy or retrieval form that names this recording.</source>
        <translation>复制须有列明该记录、已获批准的复制审批表或调取审批表。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="742"/>
        <source>the {role} sees footage only through an approved request.</source>
        <translation>{role}只能通过已获批准的申请查看执法记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="747"/>
        <source>it is not the officer&apos;s own recording, and no approved request names it.</source>
        <translation>该记录不是本人的执法记录，且没有列明该记录的已批准申请。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="755"/>
        <source>it is outside the authority of {unit} (held by {relation}), and no approved request names it.</source>
        <translation>该记录超出 {unit} 的职权范围（属于{relation}），且没有列明该记录的已批准申请。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="764"/>
        <source>There is no recording No. {id}.</source>
        <translation>不存在第 {id} 号执法记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="769"/>
        <source>Recording No. {id} has no frame {frame} (its frames are 0 to {last}).</source>
        <translation>第 {id} 号执法记录没有第 {frame} 帧（帧号范围为 0 至 {last}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="777"/>
        <source>A file named {path} already exists; choose another name.</source>
        <translation>文件 {path} 已存在，请另选文件名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="781"/>
        <source>{path} lies among the station&apos;s own files (database, vault, audit log); choose another folder.</source>
        <translation>{path} 位于工作站自身的文件之中（数据库、证据库、审计日志），请另选文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="790"/>
        <source>{path} cannot be used: the file saved beside it, {side}, would replace one of the station&apos;s own files. Choose another name.</source>
        <translation>不能使用 {path}：随之保存的文件 {side} 会覆盖工作站自身的文件。请另选文件名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="798"/>
        <source>Cannot write the still {path}: {reason}</source>
        <translation>无法写入截图 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="806"/>
        <source>{path}: the output must be a {suffix} file.</source>
        <translation>{path}：输出文件必须是 {suffix} 文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="810"/>
        <source>{path} is a folder; name a {suffix} file.</source>
        <translation>{path} 是文件夹，请指定一个 {suffix} 文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="823"/>
        <source>Nothing was changed: this computer cannot sign the audit chain (the station key or the list of trusted keys is missing or damaged, or the chain&apos;s head was moved without the key). Check the audit chain and ask the administrator.</source>
        <translation>未做任何更改：本机无法为审计链签名（工作站密钥或可信密钥清单缺失或已损坏，或链头在没有密钥的情况下被移动）。请核查审计链并联系管理员。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="802"/>
        <source>The folder {path} does not exist.</source>
        <translation>文件夹 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="814"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_texts.py" line="818"/>
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
</context>
<context>
    <name>EvidenceLabel</name>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="13"/>
        <source>Body camera</source>
        <translation>执法记录仪</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="14"/>
        <source>Camera</source>
        <translation>摄像机</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="15"/>
        <source>Audio recorder</source>
        <translation>录音设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="16"/>
        <source>Interview-room system</source>
        <translation>询问室同步录音录像系统</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="20"/>
        <source>In service</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="21"/>
        <source>Faulty</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="22"/>
        <source>In repair</source>
        <translation>维修中</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="23"/>
        <location filename="../../app/ui/evidence_labels.py" line="33"/>
        <source>Lost</source>
        <translation>遗失</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="24"/>
        <location filename="../../app/ui/evidence_labels.py" line="35"/>
        <source>Retired</source>
        <translation>报废</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="28"/>
        <source>Fault reported</source>
        <translation>报告故障</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="29"/>
        <source>Checked by administrator</source>
        <translation>管理员检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="30"/>
        <source>Sent for repair</source>
        <translation>送修</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="31"/>
        <source>Back in service</source>
        <translation>恢复使用</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="32"/>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="34"/>
        <source>Compensation</source>
        <translation>赔偿</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="39"/>
        <source>Matches its digests</source>
        <translation>与哈希值一致</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="40"/>
        <source>CHANGED — does not match</source>
        <translation>已被改动——与哈希值不符</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="41"/>
        <source>MISSING from the store</source>
        <translation>存储中缺失</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="42"/>
        <source>RECORD CHANGED — digests differ from the audit chain</source>
        <translation>登记被改——摘要与审计链不符</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="45"/>
        <source>UNRECORDED — no import in the audit chain</source>
        <translation>无记录——审计链中没有入库记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="49"/>
        <source>from the recorder&apos;s file name</source>
        <translation>取自记录仪文件名</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="50"/>
        <source>from the file&apos;s metadata</source>
        <translation>取自文件元数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="51"/>
        <source>from the file&apos;s time stamp</source>
        <translation>取自文件时间戳</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="55"/>
        <source>Fixed period</source>
        <translation>固定期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="56"/>
        <source>Minimum period</source>
        <translation>最低期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="57"/>
        <source>Case closed + period</source>
        <translation>结案后计算</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="58"/>
        <source>Long-term</source>
        <translation>长期保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="59"/>
        <source>With the case file</source>
        <translation>随案卷保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="63"/>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="64"/>
        <source>imported, damaged</source>
        <translation>已导入（文件损坏）</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="65"/>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="69"/>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="70"/>
        <source>Handed over again (duplicate)</source>
        <translation>再次移交（重复）</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="71"/>
        <source>Recorded on a lent device</source>
        <translation>使用他人设备录制（借用）</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="72"/>
        <source>Details viewed</source>
        <translation>查看详情</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="73"/>
        <source>Integrity alarm: file changed</source>
        <translation>完整性告警：文件被改动</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="74"/>
        <source>Integrity alarm: file missing</source>
        <translation>完整性告警：文件缺失</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="75"/>
        <source>Integrity alarm: digests differ from the audit chain</source>
        <translation>完整性告警：摘要与审计链不符</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="78"/>
        <source>Integrity alarm: no import in the audit chain</source>
        <translation>完整性告警：审计链中没有入库记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="81"/>
        <source>File matches again</source>
        <translation>文件重新一致</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="82"/>
        <source>Verified</source>
        <translation>完整性校验</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="86"/>
        <source>Pre-use check</source>
        <translation>使用前检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="87"/>
        <source>Clock measured at import</source>
        <translation>导入时测定时间偏差</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="91"/>
        <source>File changed</source>
        <translation>文件被改动</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="92"/>
        <source>File missing</source>
        <translation>文件缺失</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="93"/>
        <source>Record changed</source>
        <translation>登记被改</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence_labels.py" line="94"/>
        <source>Not recorded</source>
        <translation>无入库记录</translation>
    </message>
</context>
<context>
    <name>FormDetailView</name>
    <message>
        <location filename="../../app/ui/form_detail.py" line="105"/>
        <location filename="../../app/ui/form_detail.py" line="148"/>
        <source>No form selected</source>
        <translation>未选择表单</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_detail.py" line="119"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_detail.py" line="120"/>
        <source>Approval chain</source>
        <translation>审批流程</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_detail.py" line="121"/>
        <source>History and versions</source>
        <translation>历史与版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_detail.py" line="122"/>
        <source>Choose a form in the list to see it here.</source>
        <translation>在左侧列表中选择一份表单查看详情。</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_detail.py" line="163"/>
        <source>No. {id} · version {version} · {unit}</source>
        <translation>第 {id} 号 · 第 {version} 版 · {unit}</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_detail.py" line="174"/>
        <source>Overdue since {time}</source>
        <translation>已于 {time} 逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_detail.py" line="187"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_detail.py" line="188"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_detail.py" line="189"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_detail.py" line="190"/>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_detail.py" line="193"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_detail.py" line="200"/>
        <source>Recordings concerned</source>
        <translation>涉及录像</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_detail.py" line="201"/>
        <source>Content hash</source>
        <translation>内容摘要</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_detail.py" line="202"/>
        <source>Legal basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_detail.py" line="208"/>
        <source>Applicant signs</source>
        <translation>申请人签名</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_detail.py" line="212"/>
        <source>Step {number}: {role}</source>
        <translation>第 {number} 步：{role}</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_detail.py" line="219"/>
        <source>Waiting for this signature</source>
        <translation>等待签批</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_detail.py" line="221"/>
        <location filename="../../app/ui/form_detail.py" line="235"/>
        <source>Not signed</source>
        <translation>未签</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_detail.py" line="223"/>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_detail.py" line="223"/>
        <source>None needed: approved on submit</source>
        <translation>无需审批：提交即生效</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_detail.py" line="227"/>
        <source>Closing: {roles}</source>
        <translation>办结：{roles}</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_detail.py" line="228"/>
        <source>Not closed</source>
        <translation>未办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_detail.py" line="230"/>
        <source>Rejected</source>
        <translation>不予批准</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_detail.py" line="236"/>
        <source>{name} ({login}) · {time} · signature {signature}…</source>
        <translation>{name}（{login}）· {time} · 签名 {signature}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_detail.py" line="243"/>
        <source>Comment: {comment}</source>
        <translation>意见：{comment}</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_detail.py" line="247"/>
        <source>Rejected by {name} ({login}) · {time}
Reason: {comment}</source>
        <translation>{name}（{login}）于 {time} 退回
理由：{comment}</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../app/ui/form_dialog.py" line="169"/>
        <source>Save as draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_dialog.py" line="170"/>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_dialog.py" line="173"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_dialog.py" line="182"/>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_dialog.py" line="195"/>
        <source>Edit draft No. {id}</source>
        <translation>编辑草稿（第 {id} 号）</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_dialog.py" line="197"/>
        <source>Correct form No. {id} (new version {version})</source>
        <translation>更正第 {id} 号表单（新版本：第 {version} 版）</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_dialog.py" line="200"/>
        <source>New form</source>
        <translation>新建表单</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_dialog.py" line="224"/>
        <source>Basis: {basis} · Approval: {chain} · Applicant: {name} ({unit})</source>
        <translation>依据：{basis} · 审批：{chain} · 申请人：{name}（{unit}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_dialog.py" line="255"/>
        <source>Recording numbers, e.g. 12, 15 (or KIND:ID such as device:GT-0007)</source>
        <translation>录像编号，如 12, 15（或 类型:编号，如 device:GT-0007）</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_dialog.py" line="259"/>
        <source>Recordings concerned *</source>
        <translation>涉及录像 *</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_dialog.py" line="271"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_dialog.py" line="277"/>
        <source>Set</source>
        <translation>填写</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_dialog.py" line="279"/>
        <source>Login name of the person</source>
        <translation>人员登录名</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_dialog.py" line="281"/>
        <source>A number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_dialog.py" line="325"/>
        <source>Please fill in: {fields}.</source>
        <translation>请填写：{fields}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_dialog.py" line="330"/>
        <source>Recordings concerned</source>
        <translation>涉及录像</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_dialog.py" line="338"/>
        <source>no person has the login name {value}</source>
        <translation>没有登录名为 {value} 的人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_dialog.py" line="340"/>
        <source>no unit has the code {value}</source>
        <translation>没有代码为 {value} 的单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_dialog.py" line="342"/>
        <source>{value} is not a number</source>
        <translation>{value} 不是数字</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_dialog.py" line="345"/>
        <source>{field}: {reason}</source>
        <translation>{field}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_dialog.py" line="476"/>
        <source>Saved as draft No. {id}, but it could not be submitted: {reason}</source>
        <translation>已保存为第 {id} 号草稿，但未能提交：{reason}</translation>
    </message>
</context>
<context>
    <name>FormHistoryView</name>
    <message>
        <location filename="../../app/ui/form_history.py" line="44"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_history.py" line="45"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_history.py" line="46"/>
        <source>Signed by</source>
        <translation>签署人</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_history.py" line="47"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_history.py" line="48"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_history.py" line="49"/>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_history.py" line="50"/>
        <source>Signature (SHA-256)</source>
        <translation>签名（SHA-256）</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_history.py" line="63"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_history.py" line="69"/>
        <source>Signed steps</source>
        <translation>签署记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_history.py" line="100"/>
        <source>Signature: {signature}
Content signed: {content}</source>
        <translation>签名：{signature}
所签内容摘要：{content}</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_history.py" line="122"/>
        <source>Version {version} · No. {id} · {state} · created {time}</source>
        <translation>第 {version} 版 · 第 {id} 号 · {state} · 创建于 {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_history.py" line="128"/>
        <source>{text} (shown)</source>
        <translation>{text}（当前显示）</translation>
    </message>
</context>
<context>
    <name>FormState</name>
    <message>
        <location filename="../../app/ui/form_labels.py" line="26"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_labels.py" line="27"/>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_labels.py" line="28"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_labels.py" line="29"/>
        <source>Rejected</source>
        <translation>不予批准</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_labels.py" line="30"/>
        <source>Done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_labels.py" line="31"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_labels.py" line="32"/>
        <source>Superseded by a correction</source>
        <translation>已更正</translation>
    </message>
</context>
<context>
    <name>FormStep</name>
    <message>
        <location filename="../../app/ui/form_labels.py" line="47"/>
        <source>Submitted</source>
        <extracomment>Text and background colour of a state&apos;s badge.</extracomment>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_labels.py" line="48"/>
        <source>Approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_labels.py" line="49"/>
        <source>Rejected</source>
        <translation>不予批准</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_labels.py" line="50"/>
        <source>Withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_labels.py" line="51"/>
        <source>Done</source>
        <translation>办结</translation>
    </message>
</context>
<context>
    <name>FormViewDialog</name>
    <message>
        <location filename="../../app/ui/form_view_dialog.py" line="34"/>
        <location filename="../../app/ui/form_view_dialog.py" line="63"/>
        <source>Form No. {id}</source>
        <translation>第 {id} 号表单</translation>
    </message>
</context>
<context>
    <name>FormsTableModel</name>
    <message>
        <location filename="../../app/ui/forms_model.py" line="32"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms_model.py" line="33"/>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms_model.py" line="34"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms_model.py" line="35"/>
        <source>Waiting for</source>
        <translation>待办理</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms_model.py" line="36"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms_model.py" line="37"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms_model.py" line="38"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms_model.py" line="39"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms_model.py" line="136"/>
        <source>Overdue since {time}</source>
        <translation>已于 {time} 逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms_model.py" line="148"/>
        <source>{kind} (version {version})</source>
        <translation>{kind}（第 {version} 版）</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms_model.py" line="171"/>
        <source>Closing</source>
        <translation>待办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms_model.py" line="179"/>
        <source>{time} · overdue</source>
        <translation>{time} · 已逾期</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="83"/>
        <source>Import recordings</source>
        <translation>导入执法记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="107"/>
        <source>Resume import</source>
        <translation>继续导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="110"/>
        <source>Detect cameras</source>
        <translation>检测记录仪</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="111"/>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="112"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="113"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="122"/>
        <source>Specify</source>
        <translation>指定</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="127"/>
        <source>(otherwise: the end of each recording)</source>
        <translation>（不指定则取每段录像的结束时间）</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="130"/>
        <source>Optional, e.g. 馆公（城）行罚决字〔2026〕123号</source>
        <translation>可选，例如 馆公（城）行罚决字〔2026〕123号</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="132"/>
        <source>Delete the files from the camera after a verified import</source>
        <translation>校验无误后删除记录仪中的文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="135"/>
        <source>Optional: a second disk for the backup copy</source>
        <translation>可选：备份到另一块存储设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="136"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="142"/>
        <source>Start import</source>
        <translation>开始导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="145"/>
        <location filename="../../app/ui/import_dialog.py" line="241"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="159"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="175"/>
        <source>1. Footage to import</source>
        <translation>1. 待导入的执法记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="194"/>
        <source>2. Hand-over</source>
        <translation>2. 移交信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="198"/>
        <source>Officer</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="199"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="201"/>
        <source>Activity category</source>
        <translation>执法活动类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="206"/>
        <source>Activity end</source>
        <translation>活动结束时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="207"/>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="208"/>
        <source>Camera</source>
        <translation>记录仪</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="212"/>
        <location filename="../../app/ui/import_dialog.py" line="395"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="242"/>
        <location filename="../../app/ui/import_dialog.py" line="527"/>
        <source>Stop import</source>
        <translation>停止导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="243"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="291"/>
        <source>The policy profile requires it [003 §7(3)].</source>
        <translation>本单位制度要求导入后清除记录仪存储 [003 §7(3)]。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="297"/>
        <source>not issued</source>
        <translation>未发放</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="307"/>
        <source>An import was interrupted: officer {officer}, device {device}, {done} files already committed. Resume it to import the rest.</source>
        <translation>有一次导入未完成：执法人员 {officer}，设备 {device}，已提交 {done} 个文件。可继续导入其余文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="321"/>
        <source>Looking for cameras…</source>
        <translation>正在检测记录仪…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="340"/>
        <source>{count} cameras found and added above.</source>
        <translation>检测到 {count} 台记录仪，已添加到上方列表。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="345"/>
        <source>No camera found. Plug the camera in (USB storage mode), or add a folder or files, or drag them here.</source>
        <translation>未检测到记录仪。请以 USB 存储模式连接记录仪，或添加文件夹、文件，也可直接拖放到此处。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="352"/>
        <source>Camera detection failed; add the folder by hand.</source>
        <translation>检测记录仪失败，请手动添加文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="378"/>
        <source>Folder with footage</source>
        <translation>选择执法记录所在文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="384"/>
        <source>Footage files</source>
        <translation>选择执法记录文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="435"/>
        <source>This device is issued to {holder}. Lending devices is forbidden [000 §8(7)]: the footage will be flagged as recorded on a lent device.</source>
        <translation>此设备登记在{holder}名下。严禁转借设备 [000 §8(7)]：本次导入的记录将被标记为借用设备录制。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="451"/>
        <source>Add the camera, a folder or files to import.</source>
        <translation>请添加记录仪、文件夹或文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="453"/>
        <source>Please choose the officer handing over.</source>
        <translation>请选择移交的执法人员。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="455"/>
        <source>Please choose the device the footage was recorded on.</source>
        <translation>请选择录制所用的设备。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="508"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="509"/>
        <source>Stopping after the current chunk…</source>
        <translation>正在停止，当前数据块完成后结束…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="529"/>
        <source>Stop the import? Files already committed are kept; the rest can be imported later with &quot;Resume import&quot;.</source>
        <translation>确认停止导入？已提交的文件将保留，其余文件可稍后通过“继续导入”完成。</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../app/ui/import_summary.py" line="38"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_summary.py" line="39"/>
        <source>Duplicates</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_summary.py" line="40"/>
        <location filename="../../app/ui/import_summary.py" line="148"/>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_summary.py" line="41"/>
        <location filename="../../app/ui/import_summary.py" line="164"/>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_summary.py" line="42"/>
        <location filename="../../app/ui/import_summary.py" line="152"/>
        <source>Not preserved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_summary.py" line="43"/>
        <location filename="../../app/ui/import_summary.py" line="156"/>
        <source>Late</source>
        <translation>迟交</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_summary.py" line="59"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_summary.py" line="59"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_summary.py" line="59"/>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_summary.py" line="93"/>
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_summary.py" line="95"/>
        <source>Import finished with problems</source>
        <translation>导入完成，但存在问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_summary.py" line="96"/>
        <source>Import complete</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_summary.py" line="102"/>
        <source>Hand-over register entry No. {id}.</source>
        <translation>移交登记第 {id} 号。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_summary.py" line="107"/>
        <source>{count} files handed over late, up to {hours} h after the deadline.</source>
        <translation>{count} 个文件逾期移交，最长超期 {hours} 小时。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_summary.py" line="114"/>
        <source>{count} files were recorded on a device issued to someone else: flagged as lending.</source>
        <translation>{count} 个文件使用登记在他人名下的设备录制，已标记为借用。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_summary.py" line="121"/>
        <source>Committed files are kept; the rest can be imported later with &quot;Resume import&quot;.</source>
        <translation>已提交的文件已保留，其余文件可稍后通过“继续导入”完成。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_summary.py" line="126"/>
        <source>{count} files could not be deleted from the device.</source>
        <translation>{count} 个文件无法从记录仪中删除。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_summary.py" line="132"/>
        <source>The backup copy failed for {count} files.</source>
        <translation>{count} 个文件备份失败。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_summary.py" line="142"/>
        <source>not a media file ({kind})</source>
        <translation>非音视频文件（{kind}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_summary.py" line="156"/>
        <source>{hours} h late</source>
        <translation>超期 {hours} 小时</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_summary.py" line="161"/>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_summary.py" line="161"/>
        <source>already recording {id}</source>
        <translation>已是第 {id} 号记录</translation>
    </message>
</context>
<context>
    <name>IntegrityAlarmList</name>
    <message>
        <location filename="../../app/ui/integrity_alarms.py" line="42"/>
        <source>These originals no longer match the digests taken at import. Nothing has been repaired: report to the unit head and keep the files as they are.</source>
        <translation>以下原始文件与导入时的哈希值不再一致。系统未作任何修复：请报告单位负责人，并保持文件现状。</translation>
    </message>
    <message>
        <location filename="../../app/ui/integrity_alarms.py" line="52"/>
        <source>Detected</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/integrity_alarms.py" line="53"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/integrity_alarms.py" line="54"/>
        <source>Recordings</source>
        <translation>涉及记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/integrity_alarms.py" line="55"/>
        <source>Expected SHA-256</source>
        <translation>应有 SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/ui/integrity_alarms.py" line="56"/>
        <source>Found SHA-256</source>
        <translation>实际 SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/ui/integrity_alarms.py" line="57"/>
        <source>Detected by</source>
        <translation>校验人</translation>
    </message>
    <message>
        <location filename="../../app/ui/integrity_alarms.py" line="91"/>
        <source>Integrity alarms: {count}</source>
        <translation>完整性告警：{count} 条</translation>
    </message>
</context>
<context>
    <name>JobProgressDialog</name>
    <message>
        <location filename="../../app/ui/progress_dialog.py" line="46"/>
        <source>Stopping after the current step…</source>
        <translation>正在停止：当前步骤完成后结束…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="52"/>
        <source>Log in — Evidence Station</source>
        <translation>登录 — 执法记录管理工作站</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="57"/>
        <source>Your login name</source>
        <translation>请输入登录名</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="60"/>
        <location filename="../../app/ui/login_dialog.py" line="108"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="67"/>
        <location filename="../../app/ui/login_dialog.py" line="165"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="87"/>
        <source>Law-enforcement Recording Station</source>
        <translation>执法记录管理工作站</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="90"/>
        <source>{unit} · station {code}</source>
        <translation>{unit} · 工作站 {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="107"/>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="145"/>
        <source>Enter your login name.</source>
        <translation>请输入登录名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="149"/>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="165"/>
        <source>Logging in…</source>
        <translation>正在登录…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/pages.py" line="48"/>
        <source>Overview</source>
        <translation>工作站概况</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="55"/>
        <source>Recordings</source>
        <translation>执法记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="62"/>
        <source>Devices</source>
        <translation>设备管理</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="69"/>
        <source>Approvals</source>
        <translation>审批事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="76"/>
        <source>Compliance</source>
        <translation>合规监督</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="83"/>
        <source>People and units</source>
        <translation>人员与单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="90"/>
        <source>Registers and forms</source>
        <translation>报表打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="97"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="53"/>
        <source>Evidence Station — {unit}</source>
        <translation>执法记录管理工作站 — {unit}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="89"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="91"/>
        <source>&amp;Verify audit chain</source>
        <translation>校验审计链(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="94"/>
        <source>&amp;Log out / switch user</source>
        <translation>注销 / 切换用户(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="97"/>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="101"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="102"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="112"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="113"/>
        <source>&amp;About Evidence Station</source>
        <translation>关于执法记录管理工作站(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="164"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="165"/>
        <source>The language changes to {language} the next time the program starts.</source>
        <translation>界面语言将在下次启动程序时切换为{language}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="174"/>
        <source>About Evidence Station</source>
        <translation>关于执法记录管理工作站</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="176"/>
        <source>&lt;h3&gt;Law-enforcement Recording Station&lt;/h3&gt;&lt;p&gt;Version {version}&lt;/p&gt;&lt;p&gt;Keeps a unit&apos;s audio-visual records of its field work: hand-over, storage, review, approvals and the audit trail, under the unit&apos;s policy profile.&lt;/p&gt;&lt;p&gt;For use on the unit&apos;s dedicated, offline equipment only.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;执法记录管理工作站&lt;/h3&gt;&lt;p&gt;版本 {version}&lt;/p&gt;&lt;p&gt;按本单位适用的制度配置，管理执法全过程音视频记录：移交、存储、审看、审批与审计。&lt;/p&gt;&lt;p&gt;仅限在本单位专用、不接入互联网的设备上使用。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="201"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="203"/>
        <source>Background work (an import, a check or a printout) is still running. Quit anyway? It is given a moment to finish; an import that is cut short can be resumed with &quot;Resume import&quot; next time.</source>
        <translation>后台工作（导入、校验或打印）仍在运行。仍要退出吗？程序会稍等它们结束；中途停止的导入，下次可用“继续导入”接着完成。</translation>
    </message>
</context>
<context>
    <name>MarkerDialog</name>
    <message>
        <location filename="../../app/ui/marker_dialog.py" line="23"/>
        <source>Add marker</source>
        <translation>添加标记</translation>
    </message>
    <message>
        <location filename="../../app/ui/marker_dialog.py" line="29"/>
        <source>What the frame shows (optional)</source>
        <translation>该帧所示内容（可选）</translation>
    </message>
    <message>
        <location filename="../../app/ui/marker_dialog.py" line="32"/>
        <source>Frame</source>
        <translation>帧</translation>
    </message>
    <message>
        <location filename="../../app/ui/marker_dialog.py" line="33"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/marker_dialog.py" line="34"/>
        <source>Note</source>
        <translation>说明</translation>
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
        <location filename="../../app/ui/overview_page.py" line="51"/>
        <source>Station overview</source>
        <translation>工作站概况</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="53"/>
        <source>Welcome, {name}. The station, its rules and the state of its audit chain.</source>
        <translation>{name}，您好。以下是本工作站、适用制度及审计链的状态。</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="83"/>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="84"/>
        <location filename="../../app/ui/overview_page.py" line="95"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="85"/>
        <source>Unit code</source>
        <translation>单位代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="86"/>
        <source>Station code</source>
        <translation>工作站编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="87"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="91"/>
        <source>Signed in</source>
        <translation>当前用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="92"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="93"/>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="94"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="103"/>
        <source>Audit chain</source>
        <translation>审计链</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="104"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="105"/>
        <source>Entries</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="106"/>
        <source>Head hash</source>
        <translation>链头哈希</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="107"/>
        <source>Last verified</source>
        <translation>最近校验</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="108"/>
        <source>Verifying…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="112"/>
        <source>Policy profile</source>
        <translation>执法记录管理制度</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="113"/>
        <source>Regulation</source>
        <translation>制度名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="114"/>
        <source>Profile id</source>
        <translation>配置编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="115"/>
        <source>Issued by</source>
        <translation>发布单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="116"/>
        <source>Hand-over deadline</source>
        <translation>移交时限</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="117"/>
        <source>Interruption report</source>
        <translation>中断报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="118"/>
        <source>Retention</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="119"/>
        <source>Activity categories</source>
        <translation>记录范围</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="120"/>
        <source>Notice to the party</source>
        <translation>告知用语</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="124"/>
        <source>Approvals required</source>
        <translation>审批流程</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../app/ui/people_page.py" line="79"/>
        <source>People and units</source>
        <translation>人员与单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_page.py" line="80"/>
        <source>The unit tree and the accounts of the people in it, with their roles.</source>
        <translation>单位层级及其人员账户与角色。</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_page.py" line="84"/>
        <source>Include subordinate units</source>
        <translation>含下级单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_page.py" line="96"/>
        <source>Add unit</source>
        <translation>添加单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_page.py" line="97"/>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_page.py" line="98"/>
        <location filename="../../app/ui/people_page.py" line="220"/>
        <source>Disable account</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_page.py" line="99"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_page.py" line="100"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_page.py" line="182"/>
        <source>{unit} · {count} people</source>
        <translation>{unit} · 共 {count} 人</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_page.py" line="218"/>
        <source>Enable account</source>
        <translation>启用账户</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_page.py" line="290"/>
        <source>Disable the account of {name} ({login})? They can no longer log in.</source>
        <translation>确定停用 {name}（{login}）的账户吗？停用后该账户将无法登录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_page.py" line="293"/>
        <source>Enable the account of {name} ({login}) again?</source>
        <translation>确定重新启用 {name}（{login}）的账户吗？</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../app/ui/people_model.py" line="19"/>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_model.py" line="20"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_model.py" line="21"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_model.py" line="22"/>
        <source>Unit</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_model.py" line="23"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_model.py" line="71"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_model.py" line="73"/>
        <source>Locked until {time}</source>
        <translation>锁定至 {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_model.py" line="76"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
</context>
<context>
    <name>PlayerWidget</name>
    <message>
        <location filename="../../app/ui/player/player_widget.py" line="105"/>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/player_widget.py" line="268"/>
        <source>Frame {n} / {last}</source>
        <translation>帧 {n} / {last}</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/player_widget.py" line="269"/>
        <source>Media time {t}</source>
        <translation>媒体时间 {t}</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/player_widget.py" line="272"/>
        <source>Device time {t}</source>
        <translation>设备时间 {t}</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/player_widget.py" line="277"/>
        <source>Corrected {t} (clock offset {o:+.3f} s)</source>
        <translation>校正时间 {t}（时钟偏差 {o:+.3f} 秒）</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/player_widget.py" line="290"/>
        <source>Cannot show this video</source>
        <translation>无法显示该视频</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/player_widget.py" line="297"/>
        <source>libvlc is not installed: playing without sound; frames stay exact.</source>
        <translation>未安装 libvlc：无声播放，画面帧仍然精确。</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/player_widget.py" line="299"/>
        <source>No native window for libvlc: playing without sound.</source>
        <translation>libvlc 无可用窗口：无声播放。</translation>
    </message>
</context>
<context>
    <name>PreUseCheckDialog</name>
    <message>
        <location filename="../../app/ui/device_event_dialog.py" line="90"/>
        <source>Pre-use check</source>
        <translation>使用前检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_event_dialog.py" line="90"/>
        <source>Record check</source>
        <translation>登记检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_event_dialog.py" line="94"/>
        <source>Battery charged</source>
        <translation>电量充足</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_event_dialog.py" line="95"/>
        <source>Enough free storage</source>
        <translation>存储空间充足</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_event_dialog.py" line="96"/>
        <source>Date and time correct</source>
        <translation>日期时间准确</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_event_dialog.py" line="102"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_event_dialog.py" line="105"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_event_dialog.py" line="106"/>
        <source>Battery</source>
        <translation>电量</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_event_dialog.py" line="107"/>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_event_dialog.py" line="108"/>
        <source>Clock</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_event_dialog.py" line="109"/>
        <source>Clock offset</source>
        <translation>时间偏差</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_event_dialog.py" line="110"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../app/ui/progress_panel.py" line="62"/>
        <source>Preparing…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_panel.py" line="23"/>
        <source>{done} of {total} files · {mb_done} of {mb_total} MB · {rate} MB/s · about {eta} left</source>
        <translation>文件 {done}/{total} · {mb_done}/{mb_total} MB · {rate} MB/s · 约剩 {eta}</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_panel.py" line="34"/>
        <source>{done} of {total} · about {eta} left</source>
        <translation>{done}/{total} · 约剩 {eta}</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_panel.py" line="71"/>
        <source>Last file: {name}</source>
        <translation>最近完成：{name}</translation>
    </message>
</context>
<context>
    <name>RecordingDetailPane</name>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="88"/>
        <source>Select a recording to see its details.</source>
        <translation>选择一条执法记录以查看详情。</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="120"/>
        <source>Audit trail of this recording</source>
        <translation>本记录的审计轨迹</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="132"/>
        <source>Recording</source>
        <translation>执法记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="134"/>
        <source>Officer</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="135"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="136"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="137"/>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="138"/>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="139"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="140"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="141"/>
        <source>Device clock offset</source>
        <translation>设备时间偏差</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="142"/>
        <source>Damage</source>
        <translation>损坏情况</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="143"/>
        <source>Decode check</source>
        <translation>解码检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="149"/>
        <source>Integrity</source>
        <translation>完整性</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="154"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="155"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="156"/>
        <source>Last verified</source>
        <translation>最近校验</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="165"/>
        <source>Hand-over</source>
        <translation>移交</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="167"/>
        <source>Activity ended</source>
        <translation>活动结束</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="168"/>
        <source>Deadline</source>
        <translation>移交期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="169"/>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="170"/>
        <source>Timeliness</source>
        <translation>是否按时</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="171"/>
        <source>Hand-over register</source>
        <translation>移交登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="177"/>
        <source>Retention</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="178"/>
        <source>Keep until</source>
        <translation>保存至</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="179"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="180"/>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="186"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="186"/>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="186"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="245"/>
        <source>Recording {id} · {file}</source>
        <translation>第 {id} 号记录 · {file}</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="260"/>
        <source>{asset} — not the officer&apos;s own device (lending)</source>
        <translation>{asset}——非本人设备（借用）</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="268"/>
        <source>{time} ({source})</source>
        <translation>{time}（{source}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="276"/>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="279"/>
        <source>None found</source>
        <translation>未发现</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="285"/>
        <source>Not checked yet (runs in the background after import)</source>
        <translation>尚未检查（导入后在后台进行）</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="287"/>
        <source>Every frame decodes ({frames} frames)</source>
        <translation>全部画面均可解码（共 {frames} 帧）</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="289"/>
        <source>Damaged: {reason}</source>
        <translation>已损坏：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="290"/>
        <source>Damaged from {time} (frame {frame}): {reason}</source>
        <translation>自 {time}（第 {frame} 帧）起损坏：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="304"/>
        <source>{fps} fps</source>
        <translation>{fps} 帧/秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="319"/>
        <source>Not yet</source>
        <translation>尚未校验</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="327"/>
        <source>{time} by {login}</source>
        <translation>{time}，{login}</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="332"/>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="342"/>
        <source>No. {id}, {time}: {officer} → {admin}, {files} files ({outcome})</source>
        <translation>第 {id} 号，{time}：{officer} → {admin}，{files} 个文件（{outcome}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_detail.py" line="354"/>
        <source>No end date (kept)</source>
        <translation>无截止日期（长期保存）</translation>
    </message>
</context>
<context>
    <name>RecordingsFilterBar</name>
    <message>
        <location filename="../../app/ui/recordings_filter_bar.py" line="39"/>
        <source>Officer</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_filter_bar.py" line="44"/>
        <source>Late hand-overs only</source>
        <translation>仅迟交</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_filter_bar.py" line="45"/>
        <source>Damaged files only</source>
        <translation>仅损坏文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_filter_bar.py" line="46"/>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_filter_bar.py" line="48"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_filter_bar.py" line="64"/>
        <source>All officers</source>
        <translation>全部执法人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_filter_bar.py" line="67"/>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_filter_bar.py" line="70"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_filter_bar.py" line="83"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_filter_bar.py" line="85"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_filter_bar.py" line="87"/>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
</context>
<context>
    <name>RecordingsPage</name>
    <message>
        <location filename="../../app/ui/recordings_page.py" line="96"/>
        <source>Recordings</source>
        <translation>执法记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_page.py" line="98"/>
        <source>Footage handed over into the station&apos;s store, newest first. Every original is kept unchanged with its SHA-256 and SM3 digests; opening details is recorded in the audit log.</source>
        <translation>已移交入库的执法记录，最新的在前。原始文件保持不变，并保存 SHA-256 与 SM3 哈希值；查看详情将记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_page.py" line="103"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_page.py" line="121"/>
        <source>Verify selected</source>
        <translation>校验所选</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_page.py" line="122"/>
        <location filename="../../app/ui/recordings_page.py" line="231"/>
        <source>Verify whole store</source>
        <translation>校验全部存储</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_page.py" line="123"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_page.py" line="124"/>
        <source>Review</source>
        <translation>回放</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_page.py" line="125"/>
        <source>Frame-accurate review of the selected recording</source>
        <translation>逐帧回放审查所选记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_page.py" line="229"/>
        <source>Verifying store…</source>
        <translation>正在校验存储…</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_page.py" line="238"/>
        <source>{count} recordings shown · loading…</source>
        <translation>已显示 {count} 条 · 正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_page.py" line="240"/>
        <source>{count} recordings</source>
        <translation>共 {count} 条</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_page.py" line="242"/>
        <source>{count} recordings shown · scroll down for more</source>
        <translation>已显示 {count} 条 · 向下滚动加载更多</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_page.py" line="292"/>
        <source>Verifying recordings</source>
        <translation>正在校验执法记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_page.py" line="319"/>
        <source>Verification</source>
        <translation>完整性校验</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_page.py" line="305"/>
        <source>{count} recordings checked: every original matches its digests.</source>
        <translation>已校验 {count} 条记录：所有原始文件均与哈希值一致。</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_page.py" line="310"/>
        <source>{count} of {checked} recordings do NOT match their digests: {ids}. An integrity alarm has been raised; nothing was repaired.</source>
        <translation>已校验 {checked} 条记录，其中 {count} 条与哈希值不一致：{ids}。已发出完整性告警，系统未作任何修复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_page.py" line="358"/>
        <source>Recordings concerned: {ids}</source>
        <translation>涉及记录：{ids}</translation>
    </message>
</context>
<context>
    <name>RecordingsTableModel</name>
    <message>
        <location filename="../../app/ui/recordings_model.py" line="32"/>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_model.py" line="33"/>
        <source>Officer</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_model.py" line="34"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_model.py" line="35"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_model.py" line="36"/>
        <source>Case no.</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_model.py" line="37"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_model.py" line="38"/>
        <source>Hand-over</source>
        <translation>移交</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_model.py" line="39"/>
        <source>File state</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_model.py" line="40"/>
        <source>Integrity</source>
        <translation>完整性</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_model.py" line="41"/>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_model.py" line="49"/>
        <source>Late {hours} h</source>
        <translation>迟交 {hours} 小时</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_model.py" line="135"/>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_model.py" line="138"/>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_model.py" line="140"/>
        <source>Intact</source>
        <translation>完好</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_model.py" line="143"/>
        <source>Alarm</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_model.py" line="156"/>
        <source>{asset} (lent)</source>
        <translation>{asset}（借用）</translation>
    </message>
    <message>
        <location filename="../../app/ui/recordings_model.py" line="173"/>
        <source>Recording {id} · {file}</source>
        <translation>第 {id} 号记录 · {file}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../app/ui/reports_page.py" line="83"/>
        <source>Registers and forms</source>
        <translation>报表打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="85"/>
        <source>Print the registers and forms the regulations require. Every printout carries the unit, page numbers, a QR code and the audit chain head, and is itself recorded in the audit log.</source>
        <translation>打印制度要求的各类台账、登记表和表单。每份打印件均载明单位、页码、二维码及审计链头，打印行为本身记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="110"/>
        <source>Comes with a later feature of the station.</source>
        <translation>该报表随后续功能提供。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="127"/>
        <source>All dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="129"/>
        <source>Number of the record to print</source>
        <translation>要打印的记录编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="130"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="132"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="133"/>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="146"/>
        <source>Choose a register or form on the left, set its period or record number, then press Generate to see it here.
Every printout gets its own number and an entry in the audit log.</source>
        <translation>请在左侧选择台账或表单，设置时间段或记录编号，然后点击“生成”，在此处预览。
每份打印件都有独立编号，并记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="168"/>
        <source>Period</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="169"/>
        <source>Record</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="229"/>
        <source>Enter the number of the record to print.</source>
        <translation>请填写要打印的记录编号。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="235"/>
        <source>The period ends before it starts.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="244"/>
        <source>Generating…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="250"/>
        <source>Generating {title}</source>
        <translation>正在生成{title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="262"/>
        <source>{title}: {pages} pages, number {number}</source>
        <translation>{title}：共 {pages} 页，编号 {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="273"/>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="275"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="311"/>
        <source>The printer could not be opened.</source>
        <translation>无法打开打印机。</translation>
    </message>
</context>
<context>
    <name>RequestKind</name>
    <message>
        <location filename="../../app/ui/labels.py" line="111"/>
        <source>Retrieval</source>
        <extracomment>Request kinds of the policy profiles&apos; approval chains (REQUIREMENTS R5, R6, R8).</extracomment>
        <translation>调取</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="112"/>
        <source>Retrieval by superior notice</source>
        <translation>上级调取（通知单）</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="113"/>
        <source>Viewing</source>
        <translation>查阅</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="114"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="115"/>
        <source>Release to media</source>
        <translation>对外公开</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="116"/>
        <source>Purge</source>
        <translation>删除销毁</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="117"/>
        <source>Interruption report</source>
        <translation>中断/未记录报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="118"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="150"/>
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
    <name>ReviewWindow</name>
    <message>
        <location filename="../../app/ui/review_window.py" line="98"/>
        <source>Review recording {id}</source>
        <translation>回放审查：记录 {id}</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_window.py" line="118"/>
        <source>Opening recording {id}…</source>
        <translation>正在打开记录 {id}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_window.py" line="146"/>
        <source>Frame</source>
        <translation>帧</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_window.py" line="146"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_window.py" line="146"/>
        <source>Device time</source>
        <translation>设备时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_window.py" line="146"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_window.py" line="152"/>
        <source>Add marker (M)</source>
        <translation>添加标记 (M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_window.py" line="155"/>
        <source>Save still…</source>
        <translation>保存截图…</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_window.py" line="161"/>
        <source>Show angles side by side</source>
        <translation>多角度并列回放</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_window.py" line="172"/>
        <source>Markers</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_window.py" line="176"/>
        <source>Multi-angle</source>
        <translation>多角度</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_window.py" line="181"/>
        <source>Viewing log</source>
        <translation>查阅登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_window.py" line="286"/>
        <source>{name} ({count} recordings)</source>
        <translation>{name}（{count} 段记录）</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_window.py" line="292"/>
        <source>This recording is in no multi-angle group.</source>
        <translation>本记录不属于任何多角度组。</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_window.py" line="294"/>
        <source>Viewing no. {id} logged at {at}; access: {reason}</source>
        <translation>已登记第 {id} 号查阅，时间 {at}；授权依据：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_window.py" line="306"/>
        <source>{officer} · device {device} · device start {start} · clock offset {offset:+.3f} s · {frames} frames · SHA-256 {sha}</source>
        <translation>{officer} · 设备 {device} · 设备开始时间 {start} · 时钟偏差 {offset:+.3f} 秒 · 共 {frames} 帧 · SHA-256 {sha}</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_window.py" line="320"/>
        <source>Recording {id} cannot be reviewed</source>
        <translation>记录 {id} 无法回放</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_window.py" line="382"/>
        <source>Save still</source>
        <translation>保存截图</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_window.py" line="382"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_window.py" line="392"/>
        <source>Still no. {id}, frame {frame}.
SHA-256 {sha}</source>
        <translation>静态图第 {id} 号，第 {frame} 帧。
SHA-256 {sha}</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_window.py" line="417"/>
        <source>{count} angles in step by corrected device time.</source>
        <translation>{count} 个角度按校正后的设备时间同步。</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_window.py" line="422"/>
        <source>Not shown (no access): recordings {ids}.</source>
        <translation>未显示（无权查阅）：记录 {ids}。</translation>
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
    <name>SavedNotice</name>
    <message>
        <location filename="../../app/ui/saved_notice.py" line="20"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_notice.py" line="21"/>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/saved_notice.py" line="25"/>
        <source>Open folder</source>
        <translation>打开所在文件夹</translation>
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
        <location filename="../../app/ui/station_status_bar.py" line="46"/>
        <source>Verifying audit chain…</source>
        <translation>正在校验审计链…</translation>
    </message>
    <message>
        <location filename="../../app/ui/station_status_bar.py" line="56"/>
        <source>Audit chain not verified</source>
        <translation>审计链未校验</translation>
    </message>
    <message>
        <location filename="../../app/ui/station_status_bar.py" line="67"/>
        <source>Integrity alarms: {count}</source>
        <translation>完整性告警：{count} 条</translation>
    </message>
    <message>
        <location filename="../../app/ui/station_status_bar.py" line="69"/>
        <source>Vault intact</source>
        <translation>存储完整</translation>
    </message>
    <message>
        <location filename="../../app/ui/station_status_bar.py" line="82"/>
        <source>Checking recordings: {done} of {total}</source>
        <translation>正在检查录像解码：第 {done} 个，共 {total} 个</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <location filename="../../app/ui/player/controls.py" line="48"/>
        <source>Back 10 frames (Shift+Left)</source>
        <translation>后退 10 帧（Shift+←）</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/controls.py" line="49"/>
        <source>Back one frame (Left)</source>
        <translation>后退一帧（←）</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/controls.py" line="52"/>
        <source>Play / pause (Space, K)</source>
        <translation>播放 / 暂停（空格、K）</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/controls.py" line="57"/>
        <source>Forward one frame (Right)</source>
        <translation>前进一帧（→）</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/controls.py" line="58"/>
        <source>Forward 10 frames (Shift+Right)</source>
        <translation>前进 10 帧（Shift+→）</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/controls.py" line="62"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/controls.py" line="70"/>
        <source>Frame</source>
        <translation>帧</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/controls.py" line="76"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/controls.py" line="90"/>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/controls.py" line="93"/>
        <source>Full screen (F)</source>
        <translation>全屏（F）</translation>
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
