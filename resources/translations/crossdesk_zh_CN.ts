<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences.py" line="+58" />
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
</TS>
