<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AddMemberDialog</name>
    <message>
        <location filename="../../ui/dialogs/add_member.py" line="+21" />
        <source>Add team member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Type a new name or pick a person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>The department is used for a new person only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Department</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DepartmentsModel</name>
    <message>
        <location filename="../../ui/models/org_models.py" line="+19" />
        <source>Rename department</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FormTable</name>
    <message>
        <location filename="../../ui/tabs/form_table.py" line="+90" />
        <source>Filter rows…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Add row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Add a row (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Delete the selected rows (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Move up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Move down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Form order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Show rows in the form's own order again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+50" />
        <source>… and {0} more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+27" />
        <source>Add row to {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>(new)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>Delete {0} row(s) from {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Rows can be moved in the form's own order only; click “Form order” first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Move row</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FormTableModel</name>
    <message>
        <location filename="../../ui/models/form_table_model.py" line="+132" />
        <source>computed, not typed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+76" />
        <source>Edit {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+50" />
        <source>Open or create a workspace to begin (File menu).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Initiative:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>New…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+38" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New workspace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Open…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Open &amp;recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Save a &amp;copy as…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Close workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Add &amp;row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Departments and &amp;people…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Initiative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New initiative…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Rename…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About CrossDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+61" />
        <source>Copy saved to {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+50" />
        <location line="+6" />
        <location line="+11" />
        <source>New initiative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-17" />
        <location line="+24" />
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <location line="+7" />
        <location line="+4" />
        <source>Rename initiative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <location line="+13" />
        <source>Delete initiative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-12" />
        <source>Delete “{0}” with all its forms? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+62" />
        <source>All rules kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>{0} rule finding(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+20" />
        <source>[read-only]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>(read-only: changes are not possible)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>About CrossDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>CrossDesk {0}
A workbench for cross-department collaboration initiatives.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../ui/message_bar.py" line="+25" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OrgDialog</name>
    <message>
        <location filename="../../ui/dialogs/org_dialog.py" line="+32" />
        <source>Departments and people</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Departments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <location line="+14" />
        <source>Add…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-13" />
        <location line="+14" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-13" />
        <source>Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+41" />
        <source>New department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <location line="+43" />
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-27" />
        <source>Add department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>Delete department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Move department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>New person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>Add person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>Delete person</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/models/org_models.py" line="+45" />
        <source>Edit person</source>
        <translation type="unfinished" />
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
    <name>parent</name>
    <message>
        <location filename="../../ui/workspace_flow.py" line="+27" />
        <source>Workspace in use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>{0}

Open it read-only? You can look and print, but not change it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <location line="+5" />
        <source>Cannot open workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Open workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>New workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Cannot create workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Save a copy as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Cannot save copy</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location line="-66" />
        <source>CrossDesk workspaces (*{0});;All files (*)</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
