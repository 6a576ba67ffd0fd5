<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AddMemberDialog</name>
    <message>
        <location filename="../../ui/dialogs/add_member.py" line="+21" />
        <source>Add team member</source>
        <translation>添加小组成员</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Type a new name or pick a person</source>
        <translation>输入新姓名或选择已有人员</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The department is used for a new person only.</source>
        <translation>部门仅用于新添加的人员。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
</context>
<context>
    <name>DepartmentsModel</name>
    <message>
        <location filename="../../ui/models/org_models.py" line="+19" />
        <source>Rename department</source>
        <translation>重命名部门</translation>
    </message>
</context>
<context>
    <name>FormTable</name>
    <message>
        <location filename="../../ui/tabs/form_table.py" line="+90" />
        <source>Filter rows…</source>
        <translation>筛选行…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add a row (Ctrl+N)</source>
        <translation>添加一行（Ctrl+N）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the selected rows (Delete)</source>
        <translation>删除选中的行（Delete 键）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Form order</source>
        <translation>表单顺序</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show rows in the form's own order again</source>
        <translation>恢复按表单本身的顺序显示各行</translation>
    </message>
    <message>
        <location line="+50" />
        <source>… and {0} more</source>
        <translation>……另有 {0} 行</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Add row to {0}</source>
        <translation>向“{0}”添加行</translation>
    </message>
    <message>
        <location line="+8" />
        <source>(new)</source>
        <translation>（新）</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Delete {0} row(s) from {1}</source>
        <translation>从“{1}”删除 {0} 行</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Rows can be moved in the form's own order only; click “Form order” first.</source>
        <translation>只有按表单本身的顺序显示时才能移动行，请先点击“表单顺序”。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Move row</source>
        <translation>移动行</translation>
    </message>
</context>
<context>
    <name>FormTableModel</name>
    <message>
        <location filename="../../ui/models/form_table_model.py" line="+132" />
        <source>computed, not typed</source>
        <translation>自动计算，无需填写</translation>
    </message>
    <message>
        <location line="+76" />
        <source>Edit {0}</source>
        <translation>修改“{0}”</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+50" />
        <source>Open or create a workspace to begin (File menu).</source>
        <translation>请先打开或新建一个工作区（“文件”菜单）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Initiative:</source>
        <translation>协作项目：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location line="+39" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save a &amp;copy as…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Close workspace</source>
        <translation>关闭工作区(&amp;C)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Add &amp;row</source>
        <translation>添加行(&amp;R)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete rows</source>
        <translation>删除行(&amp;D)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Departments and &amp;people…</source>
        <translation>部门和人员(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Initiative</source>
        <translation>协作项目(&amp;I)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New initiative…</source>
        <translation>新建协作项目(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About CrossDesk</source>
        <translation>关于 CrossDesk(&amp;A)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Copy saved to {0}</source>
        <translation>副本已保存到 {0}</translation>
    </message>
    <message>
        <location line="+50" />
        <location line="+6" />
        <location line="+11" />
        <source>New initiative</source>
        <translation>新建协作项目</translation>
    </message>
    <message>
        <location line="-17" />
        <location line="+24" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+7" />
        <location line="+4" />
        <source>Rename initiative</source>
        <translation>重命名协作项目</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+13" />
        <source>Delete initiative</source>
        <translation>删除协作项目</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Delete “{0}” with all its forms? You can undo this with Ctrl+Z.</source>
        <translation>删除“{0}”及其全部表单吗？可以用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location line="+62" />
        <source>All rules kept</source>
        <translation>所有规则均已满足</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0} rule finding(s)</source>
        <translation>{0} 条规则提示</translation>
    </message>
    <message>
        <location line="+20" />
        <source>[read-only]</source>
        <translation>［只读］</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(read-only: changes are not possible)</source>
        <translation>（只读：不能修改）</translation>
    </message>
    <message>
        <location line="+13" />
        <source>About CrossDesk</source>
        <translation>关于 CrossDesk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CrossDesk {0}
A workbench for cross-department collaboration initiatives.</source>
        <translation>CrossDesk（跨部门协作台）{0}
跨部门协作项目的工作台。</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../ui/message_bar.py" line="+25" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>OrgDialog</name>
    <message>
        <location filename="../../ui/dialogs/org_dialog.py" line="+32" />
        <source>Departments and people</source>
        <translation>部门和人员</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+14" />
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location line="-13" />
        <location line="+14" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+8" />
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+41" />
        <source>New department</source>
        <translation>新建部门</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+43" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="-27" />
        <source>Add department</source>
        <translation>添加部门</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Delete department</source>
        <translation>删除部门</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Move department</source>
        <translation>移动部门</translation>
    </message>
    <message>
        <location line="+5" />
        <source>New person</source>
        <translation>新建人员</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Delete person</source>
        <translation>删除人员</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/models/org_models.py" line="+45" />
        <source>Edit person</source>
        <translation>修改人员</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences.py" line="+32" />
        <source>Change organisation name</source>
        <translation>修改单位名称</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The new language is used the next time CrossDesk starts. Printed sheets and exported workbooks follow it too.</source>
        <translation>新语言将在下次启动 CrossDesk 时生效，打印的表单和导出的工作簿也随之使用该语言。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Program</source>
        <translation>程序</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+5" />
        <source>e.g. East China Precision Ltd.</source>
        <translation>例如：华东精密制造有限公司</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Open a workspace to set the name printed on its sheets.</source>
        <translation>请先打开一个工作区，再设置打印在表单上的单位名称。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This workspace is open read-only; its name cannot be changed.</source>
        <translation>此工作区以只读方式打开，无法修改单位名称。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Printed at the top of every sheet from this workspace.</source>
        <translation>打印在此工作区每张表单的抬头。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This workspace</source>
        <translation>当前工作区</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Organisation:</source>
        <translation>单位名称(&amp;O)：</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Organisation</source>
        <translation>单位名称</translation>
    </message>
</context>
<context>
    <name>WorkspaceFlow</name>
    <message>
        <location filename="../../ui/workspace_flow.py" line="+21" />
        <source>CrossDesk workspaces (*{0});;All files (*)</source>
        <translation>CrossDesk 工作区 (*{0});;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Workspace in use</source>
        <translation>工作区正在使用中</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0}

Open it read-only? You can look and print, but not change it.</source>
        <translation>{0}

以只读方式打开吗？可以查看和打印，但不能修改。</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+5" />
        <source>Cannot open workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location line="+6" />
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Cannot create workspace</source>
        <translation>无法创建工作区</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save a copy as</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cannot save copy</source>
        <translation>无法保存副本</translation>
    </message>
</context>
</TS>
