<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AddMemberDialog</name>
    <message>
        <location filename="../../ui/org/add_member.py" line="+26" />
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
    <name>BackupTableModel</name>
    <message>
        <location filename="../../ui/backups/model.py" line="-23" />
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What it holds</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Not usable: {0}</source>
        <translation>无法使用：{0}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{0} initiative(s), {1} task(s), {2} goal(s), {3} member(s)</source>
        <translation>{0} 个协作项目，{1} 项任务，{2} 个目标，{3} 名成员</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ui/backups/dialog.py" line="+44" />
        <source>Backups of {0}</source>
        <translation>{0} 的备份</translation>
    </message>
    <message>
        <location line="+4" />
        <source>CrossDesk backs this workspace up when it is opened and every 30 minutes while you edit, and before an import or a restore. It keeps every backup of today, one a day for a week and one a week for two months.
Folder: {0}</source>
        <translation>CrossDesk 会在打开工作区时、编辑期间每 30 分钟以及导入或恢复之前自动备份。当天的备份全部保留，一周内每天保留一份，两个月内每周保留一份。
文件夹：{0}</translation>
    </message>
    <message>
        <location line="+24" />
        <source>&amp;Restore selected…</source>
        <translation>恢复所选备份(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show &amp;folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <location line="+33" />
        <source>A read-only workspace cannot be restored.</source>
        <translation>只读的工作区不能恢复。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>There are no backups of this workspace yet.</source>
        <translation>此工作区还没有备份。</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+17" />
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Replace the whole workspace with the backup taken {0} ({1})?

The present state is backed up first, so you can come back to it by restoring that backup.</source>
        <translation>用 {0} 的备份（{1}）替换整个工作区吗？

当前状态会先备份，需要时可以恢复那份备份回到现在的状态。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Restored the backup taken {0}.</source>
        <translation>已恢复 {0} 的备份。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Backed up to {0}.</source>
        <translation>已备份到 {0}。</translation>
    </message>
</context>
<context>
    <name>BaselineDialog</name>
    <message>
        <location filename="../../ui/baselines/dialog.py" line="+75" />
        <source>Baselines</source>
        <translation>基准</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use as re&amp;ference</source>
        <translation>设为参照(&amp;F)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Form 4's variance, the late count and the Gantt's grey bars measure against the reference baseline (★).</source>
        <translation>表4的偏差、逾期任务数和甘特图的灰色条均以参照基准（★）为准。</translation>
    </message>
    <message>
        <location line="+36" />
        <location line="+3" />
        <source>Rename baseline</source>
        <translation>重命名基准</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Use “%1” as reference</source>
        <translation>将“%1”设为参照基准</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+4" />
        <source>Delete baseline</source>
        <translation>删除基准</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Delete the baseline “%1”? You can undo this with Ctrl+Z.</source>
        <translation>删除基准“%1”？可按 Ctrl+Z 撤销。</translation>
    </message>
</context>
<context>
    <name>BaselineModel</name>
    <message>
        <location line="-95" />
        <source>Reference</source>
        <translation>参照</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Saved on</source>
        <translation>保存日期</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
</context>
<context>
    <name>CalendarDaysModel</name>
    <message>
        <location filename="../../ui/calendar/calendar_dialog.py" line="+71" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location line="+11" />
        <source>Working calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <location line="+17" />
        <source>e.g. National Day</source>
        <translation>例如：国庆节</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Mark as &amp;holiday</source>
        <translation>设为节假日(&amp;H)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mark as &amp;working day</source>
        <translation>设为上班日(&amp;W)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Normal day</source>
        <translation>恢复正常(&amp;N)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Weekends are off and weekdays are working days unless marked here. Every working-day count of the schedule follows.</source>
        <translation>除在此标记的日期外，周末休息、工作日上班。进度计划中的所有工作日计算都以此为准。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Import from file…</source>
        <translation>从文件导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A text or CSV file with one day per line: date, kind (holiday / workday, 休 / 班), name</source>
        <translation>每行一天的文本或 CSV 文件：日期、类型（holiday / workday，休 / 班）、名称</translation>
    </message>
    <message>
        <location line="+5" />
        <source>China's statutory holidays and make-up working days (调休) of the year shown; days already in the calendar stay as they are</source>
        <translation>所显示年份的中国法定节假日与调休上班日；日历中已有的日期保持不变</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Mark %1 as a working day</source>
        <translation>将 %1 设为上班日</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mark %1 as a holiday</source>
        <translation>将 %1 设为节假日</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Let %1 follow the week</source>
        <translation>%1 恢复按周作息</translation>
    </message>
    <message numerus="yes">
        <location line="+17" />
        <source>Import %n calendar day(s)</source>
        <translation>
            <numerusform>导入 %n 个日历日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n day(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add China's public holidays for %1…</source>
        <translation>添加 %1 年中国法定节假日…</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Add China's public holidays for %1</source>
        <translation>添加 %1 年中国法定节假日</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 day(s) of %2 added; %3 already set kept as they were.</source>
        <translation>已添加 %2 年的 %1 天；已设置的 %3 天保持不变。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Import holidays and make-up days</source>
        <translation>导入节假日和调休上班日</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Text or CSV files</source>
        <translation>文本或 CSV 文件</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
</context>
<context>
    <name>ChildModel</name>
    <message>
        <location filename="../../ui/register/child_tables.py" line="-114" />
        <source>Edit {0}</source>
        <translation>修改“{0}”</translation>
    </message>
</context>
<context>
    <name>ChildTable</name>
    <message>
        <location line="+63" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add a row below the current one</source>
        <translation>在当前行下方添加一行</translation>
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
        <location line="+47" />
        <source>Add {0}</source>
        <translation>添加{0}</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Delete {0} row(s)</source>
        <translation>删除 {0} 行</translation>
    </message>
</context>
<context>
    <name>CloseRoundDialog</name>
    <message>
        <location filename="../../ui/rounds/close_dialog.py" line="+26" />
        <location line="+21" />
        <source>Close round</source>
        <translation>结束本轮</translation>
    </message>
    <message>
        <location line="-19" />
        <source>Closing “{0}” makes it read-only: it can still be viewed, printed and exported, and reopened from the Initiative menu.</source>
        <translation>结束“{0}”后该轮变为只读：仍可查看、打印和导出，也可从“协作项目”菜单重新打开。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Still open ({0}):</source>
        <translation>仍未完成（{0} 项）：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nothing is left open.</source>
        <translation>没有未完成的事项。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Form 5:</source>
        <translation>效果评估：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Closing date:</source>
        <translation>结束日期：</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../ui/common/date_editor.py" line="+53" />
        <source>e.g. 2027-03-31 or 3/31</source>
        <translation>如 2027-03-31 或 3/31</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pick from a calendar (F4)</source>
        <translation>从日历中选择（F4）</translation>
    </message>
</context>
<context>
    <name>DateTimeEditor</name>
    <message>
        <location filename="../../ui/common/datetime_editor.py" line="+33" />
        <source>Time of day (24 h)</source>
        <translation>时刻（24 小时制）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Today, at this minute</source>
        <translation>今天，此刻</translation>
    </message>
</context>
<context>
    <name>DepartmentsInput</name>
    <message>
        <location filename="../../ui/register/field_inputs.py" line="+296" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>DepartmentsModel</name>
    <message>
        <location filename="../../ui/org/org_models.py" line="+13" />
        <source>Rename department</source>
        <translation>重命名部门</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/gantt/filter_bar.py" line="+21" />
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Blocked</source>
        <translation>受阻</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../ui/register/filters.py" line="+111" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../ui/register/filters.py" line="-26" />
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../ui/register/filters.py" line="-2" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+13" />
        <location filename="../../ui/register/filters.py" line="+29" />
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../ui/register/filters.py" line="+2" />
        <source>All owners</source>
        <translation>全部责任人</translation>
    </message>
    <message>
        <location filename="../../ui/register/filters.py" line="-37" />
        <source>Overdue only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lead department</source>
        <translation>牵头部门</translation>
    </message>
    <message>
        <location line="+26" />
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
</context>
<context>
    <name>FindingsButton</name>
    <message>
        <location filename="../../ui/findings/findings_list.py" line="+154" />
        <source>Show every finding; choose one to go to its row</source>
        <translation>列出全部规则提示；选择一条即可转到所在行</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Choose a finding to go to its row</source>
        <translation>选择一条提示，转到它所在的行</translation>
    </message>
</context>
<context>
    <name>ForeignColumnsModel</name>
    <message>
        <location filename="../../ui/excel/columns_model.py" line="+53" />
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Header</source>
        <translation>表头</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cells with data</source>
        <translation>有内容的单元格</translation>
    </message>
    <message>
        <location line="+1" />
        <source>For example</source>
        <translation>示例</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Left out on purpose</source>
        <translation>有意不导入</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not imported: “%1” is filled by another column</source>
        <translation>不导入：“%1”已由另一列填写</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not imported — choose a field or leave it out</source>
        <translation>未导入——请选择字段，或设为不导入</translation>
    </message>
</context>
<context>
    <name>FormTable</name>
    <message>
        <location filename="../../ui/forms/form_table.py" line="+137" />
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
        <location line="+55" />
        <source>{0} rule finding(s)</source>
        <translation>{0} 条规则提示</translation>
    </message>
    <message>
        <location line="+3" />
        <source>All rules of this form are kept</source>
        <translation>本表规则均已满足</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Add row to {0}</source>
        <translation>向“{0}”添加行</translation>
    </message>
    <message>
        <location line="+13" />
        <source>(new)</source>
        <translation>（新）</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Delete {0} row(s) from {1}</source>
        <translation>从“{1}”删除 {0} 行</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Rows can be moved in the form's own order only; click “Form order” first.</source>
        <translation>只有按表单本身的顺序显示时才能移动行，请先点击“表单顺序”。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Move row</source>
        <translation>移动行</translation>
    </message>
</context>
<context>
    <name>FormTableModel</name>
    <message>
        <location filename="../../ui/forms/table_model.py" line="+233" />
        <source>computed, not typed</source>
        <translation>自动计算，无需填写</translation>
    </message>
    <message>
        <location line="+89" />
        <source>Edit {0}</source>
        <translation>修改“{0}”</translation>
    </message>
</context>
<context>
    <name>GanttTab</name>
    <message>
        <location filename="../../ui/gantt/tab.py" line="+28" />
        <source>Group by measure</source>
        <translation>按措施分组</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Status date: work not done by this day is forecast from it on</source>
        <translation>状态日期：到此日尚未完成的工作从这一天起预测</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the reference baseline as a thin grey bar under each task</source>
        <translation>在每项任务下方以细灰条显示参照基准</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Days</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Months</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Quarters</source>
        <translation>季度</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Working calendar…</source>
        <translation>工作日历…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Holidays and make-up working days, which every working-day count of the schedule follows</source>
        <translation>节假日和调休上班日，进度计划中的所有工作日计算都以此为准</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status date</source>
        <translation>状态日期</translation>
    </message>
    <message>
        <location line="+190" />
        <source>Move “%1” to %2</source>
        <translation>将“%1”移到 %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Let “%1” finish on %2</source>
        <translation>将“%1”的完成日期改为 %2</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Let “%1” wait for “%2”</source>
        <translation>让“%1”等待“%2”完成</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+6" />
        <source>(no measure)</source>
        <translation>（无所属措施）</translation>
    </message>
    <message>
        <location line="-1" />
        <location line="+10" />
        <location line="+18" />
        <source>Gantt chart</source>
        <translation>甘特图</translation>
    </message>
    <message>
        <location line="-27" />
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Export the chart as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <location line="+2" />
        <source>PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <location line="+18" />
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location line="-11" />
        <source>The plan is too long for one image; export a PDF, which spreads it over several pages.</source>
        <translation>计划太长，无法放进一张图片；请导出 PDF，它会分多页排布。</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+14" />
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location line="-9" />
        <source>Export the chart as PDF</source>
        <translation>将图表导出为 PDF</translation>
    </message>
</context>
<context>
    <name>GanttTaskList</name>
    <message>
        <location filename="../../ui/gantt/task_list.py" line="+79" />
        <source>Task list</source>
        <translation>任务列表</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Slack</source>
        <translation>时差</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(no measure)</source>
        <translation>（无所属措施）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Due within 72 hours</source>
        <translation>72 小时内到期</translation>
    </message>
    <message>
        <location line="+1" />
        <source>More than 2 working days late: a risk notice is due</source>
        <translation>已延误超过 2 个工作日：需要发出风险通报</translation>
    </message>
    <message>
        <location line="+128" />
        <source>Early %1 – %2, late %3 – %4, slack %5 working days</source>
        <translation>最早 %1 – %2，最迟 %3 – %4，时差 %5 个工作日</translation>
    </message>
    <message>
        <location line="+5" />
        <source>On the critical path</source>
        <translation>在关键路径上</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../ui/window/guide.py" line="+20" />
        <source>CrossDesk guide</source>
        <translation>CrossDesk 使用指南</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Align goals</source>
        <translation>对齐目标</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type the goals (Form 1), print it with File ▸ Print this form, and record each department head's signature in the sign-off lines below the goals.</source>
        <translation>填写协作目标（表 1），用“文件 ▸ 打印此表单”打印，并在目标下方的签字行中记录各部门负责人的签字。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Form the team</source>
        <translation>组建团队</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Form 2: one overall lead, a liaison for each department taking part, the executors. Edit ▸ Departments and people holds the lists every form picks from; a pasted list of departments is taken whole.</source>
        <translation>表 2：一名总负责人、每个参与部门一名接口人，以及执行人。“编辑 ▸ 部门和人员”维护各表单选用的部门和人员名单，可整段粘贴部门列表。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Map today's process</source>
        <translation>梳理现有流程</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Form 3: break points, blockages and pain points, rated for impact and frequency; the %1 tab shows which to tackle first.</source>
        <translation>表 3：断点、堵点和痛点，按影响程度和发生频率评分；%1页签显示应优先解决哪些。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Design the plan</source>
        <translation>设计方案</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The measures (above) and the tasks that carry them out (Form 4); who does, approves, is consulted or informed goes in the %1 tab.</source>
        <translation>优化措施（上方）和落实措施的任务（表 4）；谁执行、谁批准、咨询谁、告知谁，在%1页签中填写。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Execute and monitor</source>
        <translation>执行与监控</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drag a bar to move a task, its end to change its length, its dot to another bar to link them; late and critical tasks are red. Actual dates and progress go in Form 4.</source>
        <translation>拖动横条可移动任务，拖动其末端可改变工期，把横条上的圆点拖到另一横条上可建立前后关系；延误和关键任务显示为红色。实际日期和完成率在表 4 中填写。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Evaluate and improve</source>
        <translation>评估与改进</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Form 5: each KPI before, its target and after; the change and whether it was met are computed.</source>
        <translation>表 5：每项指标的优化前、目标值和优化后数值；改善幅度和是否达标自动计算。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add a row below the current one</source>
        <translation>在当前行下方添加一行</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Typing, Enter or F2</source>
        <translation>直接输入、Enter 或 F2</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Edit the current cell (typing replaces it)</source>
        <translation>编辑当前单元格（直接输入会替换原内容）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store the cell and go down, as in a spreadsheet</source>
        <translation>保存单元格并下移一行，与电子表格相同</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store the cell and edit the next / previous one</source>
        <translation>保存单元格并编辑下一个 / 上一个单元格</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Leave the cell as it was</source>
        <translation>放弃修改，保留单元格原内容</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A new line in a long text</source>
        <translation>在长文本中换行</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open the calendar of a date, the list of a choice</source>
        <translation>打开日期的日历或选项的下拉列表</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0" />
        <source>2027-03-31, 2027/3/31, 20270331, 2027年3月31日; 3/31 or 3月31日 takes the year nearest the row's other date</source>
        <translation>2027-03-31、2027/3/31、20270331、2027年3月31日；只写 3/31 或 3月31日时，取最接近该行另一日期的年份</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Delete the selected rows</source>
        <translation>删除选中的行</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the row up / down</source>
        <translation>上移 / 下移当前行</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo / redo, also after switching tabs</source>
        <translation>撤销 / 重做，切换页签后同样有效</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import an Excel workbook / export to Excel</source>
        <translation>导入 Excel 工作簿 / 导出到 Excel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print this form</source>
        <translation>打印此表单</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This guide</source>
        <translation>本指南</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Broken rules (a task without an A, a team without an overall lead, a goal without a date, a signature for an older version of a form) are shown, never forbidden: each tab counts its own in its title, and the count in the status bar opens the list of all of them; choose one to go to its row.</source>
        <translation>未满足的规则（任务没有 A、小组没有总负责人、目标没有日期、签字对应的是表单旧版本）只作提示，不会阻止操作：每个页签在标题中显示本页的提示数，点击状态栏中的提示数可打开全部提示的列表，选择一条即可转到它所在的行。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Every change is saved the moment it is made; there is no Save button.</source>
        <translation>每次修改都会立即保存，因此没有“保存”按钮。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The six steps, and where each form lives</source>
        <translation>六个步骤及各表单所在的页签</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keys in the forms</source>
        <translation>表格中的按键</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rules</source>
        <translation>规则</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../ui/excel/preview_dialog.py" line="+165" />
        <source>Import preview</source>
        <translation>导入预览</translation>
    </message>
    <message>
        <location line="-75" />
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="-17" />
        <source>Show only rows with &amp;errors</source>
        <translation>只显示有错误的行(&amp;E)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rows of the file</source>
        <translation>文件中的行</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Ro&amp;ws of the file:</source>
        <translation>文件中的行(&amp;W)：</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Read again</source>
        <translation>重新读取(&amp;R)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read the same file again, after correcting it in Excel</source>
        <translation>在 Excel 中改正并保存后，重新读取同一文件</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Columns the import does not know</source>
        <translation>导入程序不认识的列</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Import the selected column as</source>
        <translation>所选列导入为</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Import the selected column &amp;as:</source>
        <translation>所选列导入为(&amp;A)：</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Correct the rows with errors in the file, then read it again.</source>
        <translation>请在文件中改正有错误的行，然后点击“重新读取”。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>&amp;Columns the import does not know: %1.</source>
        <translation>不认识的列(&amp;C)：%1 列。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 of them will not be imported unless you choose a field.</source>
        <translation>其中 %1 列不会导入，除非为其选择对应字段。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Your choice is remembered for the next file.</source>
        <translation>所作选择会保存在工作区中，下次导入时自动沿用。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 new, %2 to update, %3 unchanged, %4 with errors</source>
        <translation>新增 %1 行，更新 %2 行，未变 %3 行，有错误 %4 行</translation>
    </message>
    <message>
        <location line="+7" />
        <source>New departments: %1</source>
        <translation>新部门：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New people: %1</source>
        <translation>新人员：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New measures: %1</source>
        <translation>新措施：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ignored sheets (not a form): %1</source>
        <translation>已忽略的工作表（不是表单）：%1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The file could not be read again; this preview is out of date.</source>
        <translation>无法重新读取该文件，此预览已过时。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nothing can be imported until every error is corrected.</source>
        <translation>所有错误改正之前，不能导入任何内容。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Correct the file in Excel, save it, then click Read again.</source>
        <translation>请在 Excel 中改正并保存文件，然后点击“重新读取”。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Not imported (decide later)</source>
        <translation>不导入（稍后决定）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Leave out on purpose</source>
        <translation>有意不导入</translation>
    </message>
    <message>
        <location line="+2" />
        <source>filled by another column</source>
        <translation>已由另一列填写</translation>
    </message>
</context>
<context>
    <name>InitiativeActions</name>
    <message>
        <location filename="../../ui/window/initiative_actions.py" line="+30" />
        <location line="+3" />
        <location line="+3" />
        <source>New initiative</source>
        <translation>新建协作项目</translation>
    </message>
    <message>
        <location line="-6" />
        <location line="+17" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+5" />
        <location line="+2" />
        <source>Rename initiative</source>
        <translation>重命名协作项目</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+6" />
        <location line="+2" />
        <source>Delete initiative</source>
        <translation>删除协作项目</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Delete “{0}” with all its forms? You can undo this with Ctrl+Z.</source>
        <translation>删除“{0}”及其全部表单吗？可以用 Ctrl+Z 撤销。</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <location filename="../../ui/register/item_form.py" line="-232" />
        <source>Choose an item in the list, or make a new one with “New”.</source>
        <translation>在左侧列表中选择一项，或用“新建”登记一项。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Delete item</source>
        <translation>删除此项</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This item's sheet, ready to sign: preview, print or save as PDF</source>
        <translation>此项的表单（带签字栏）：预览、打印或另存为 PDF</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Calendar invitation…</source>
        <translation>日历邀请…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the meeting as an .ics invitation (with the attendees' e-mail addresses from Form 2) for Outlook or Thunderbird</source>
        <translation>将会议保存为 .ics 邀请（含表 2 中参会人的电子邮箱），可用 Outlook 或 Thunderbird 打开</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Make a Form 4 task</source>
        <translation>转为表 4 任务</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Turn the selected action item into a task of Form 4 (the task remembers this meeting)</source>
        <translation>把选中的行动项转为表 4 的任务（任务会记住来自本次会议）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Invite the team</source>
        <translation>邀请团队成员</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add everyone of Form 2 who is not yet among the attendees</source>
        <translation>把表 2 中尚未列为参会人的成员全部加入</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Propose from what is open</source>
        <translation>按未结事项建议议程</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add agenda items for late and at-risk tasks, problems and requests past or near their clocks, and the last meeting's open action items</source>
        <translation>为延误和有风险的任务、已到或将到时限的问题与申请、上次会议未完成的行动项添加议题</translation>
    </message>
    <message>
        <location line="+88" />
        <source>Attendees (and who confirmed the minutes)</source>
        <translation>参会人（及纪要确认）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agenda: what was said, the disagreements</source>
        <translation>议程：讨论内容与分歧</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outcomes: decisions and action items</source>
        <translation>会议结论：决议与行动项</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What each department is asked for</source>
        <translation>各部门协作事项</translation>
    </message>
    <message>
        <location line="+82" />
        <source>nothing more is owed</source>
        <translation>已无待办时限</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+30" />
        <source>Edit {0}</source>
        <translation>修改“{0}”</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Everyone of Form 2 is invited already.</source>
        <translation>表 2 的成员均已在参会人中。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Invite {0} team member(s)</source>
        <translation>邀请 {0} 名团队成员</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Propose the agenda</source>
        <translation>建议议程</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing open to put on the agenda.</source>
        <translation>没有需要列入议程的未结事项。</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Make task “{0}”</source>
        <translation>转为任务“{0}”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The action item is now a task of Form 4.</source>
        <translation>该行动项已转为表 4 的任务。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Save the calendar invitation</source>
        <translation>保存日历邀请</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Calendar invitation</source>
        <translation>日历邀请</translation>
    </message>
</context>
<context>
    <name>KanbanTab</name>
    <message>
        <location filename="../../ui/kanban/tab.py" line="+28" />
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Blocked</source>
        <translation>受阻</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <location line="+1" />
        <source>critical</source>
        <translation>关键</translation>
    </message>
    <message>
        <location line="+1" />
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+0" />
        <source>due within 72 h</source>
        <translation>72 小时内到期</translation>
    </message>
    <message>
        <location line="+1" />
        <source>risk notice</source>
        <translation>需风险通报</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no owner</source>
        <translation>无责任人</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Set “%1” to %2</source>
        <translation>将“%1”设为%2</translation>
    </message>
</context>
<context>
    <name>KpiChartPanel</name>
    <message>
        <location filename="../../ui/evaluation/kpi_panel.py" line="+41" />
        <source>Save as PNG…</source>
        <translation>保存为 PNG…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the chart as a picture for a report</source>
        <translation>将图表保存为图片，用于汇报</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Save chart as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
    <message>
        <location line="+1" />
        <source>kpi-chart.png</source>
        <translation>KPI对比图.png</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PNG images</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Save as PNG</source>
        <translation>保存为 PNG</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The picture could not be saved: %1</source>
        <translation>图片无法保存：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window/main_window.py" line="+84" />
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
        <location line="+55" />
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
        <location line="+2" />
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>C&amp;lose workspace</source>
        <translation>关闭工作区(&amp;L)</translation>
    </message>
    <message>
        <location line="+5" />
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
        <source>&amp;Add row</source>
        <translation>添加行(&amp;A)</translation>
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
        <location line="+2" />
        <source>Working &amp;calendar…</source>
        <translation>工作日历(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Pre&amp;ferences…</source>
        <translation>首选项(&amp;F)…</translation>
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
        <location line="+3" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Guide to the six steps and the keys</source>
        <translation>六步法与快捷键指南(&amp;G)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;About CrossDesk</source>
        <translation>关于 CrossDesk(&amp;A)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+111" />
        <source>Copy saved to {0}</source>
        <translation>副本已保存到 {0}</translation>
    </message>
    <message>
        <location line="+199" />
        <source>All rules kept</source>
        <translation>所有规则均已满足</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0} rule finding(s)</source>
        <translation>{0} 条规则提示</translation>
    </message>
    <message>
        <location line="+45" />
        <source>[read-only]</source>
        <translation>［只读］</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(read-only: changes are not possible)</source>
        <translation>（只读：不能修改）</translation>
    </message>
    <message>
        <location line="+26" />
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
    <name>MatrixTab</name>
    <message>
        <location filename="../../ui/matrix/matrix_tab.py" line="-167" />
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the matrix and its ranked list as a picture</source>
        <translation>将矩阵及其排序列表保存为图片</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location line="+36" />
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open and addressed</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+15" />
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message numerus="yes">
        <location line="+22" />
        <source>%n of %1 shown</source>
        <translation>
            <numerusform>显示 %n 项，共 %1 项</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48" />
        <source>Re-rate</source>
        <translation>重新评分</translation>
    </message>
    <message>
        <location line="+6" />
        <source>priority-matrix.png</source>
        <translation>优先级矩阵.png</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PNG images</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Export matrix as PNG</source>
        <translation>将矩阵导出为 PNG</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The picture could not be saved: %1</source>
        <translation>图片无法保存：%1</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../ui/window/message_bar.py" line="+25" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>NewDepartments</name>
    <message>
        <location filename="../../ui/org/new_departments.py" line="+21" />
        <source>Add department…</source>
        <translation>添加部门…</translation>
    </message>
    <message>
        <location line="+23" />
        <location line="+28" />
        <source>Add department</source>
        <translation>添加部门</translation>
    </message>
    <message>
        <location line="-38" />
        <source>Add department “{0}”</source>
        <translation>添加部门“{0}”</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add {0} departments</source>
        <translation>添加 {0} 个部门</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Add departments</source>
        <translation>添加部门</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paste or type the departments, one per line or separated by 、 ， , or ;</source>
        <translation>粘贴或输入部门名称：每行一个，或用顿号、逗号、分号分隔</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Name of the department (several may be separated by 、 ， , or ;):</source>
        <translation>部门名称（多个部门可用顿号、逗号或分号分隔）：</translation>
    </message>
</context>
<context>
    <name>NextRoundDialog</name>
    <message>
        <location filename="../../ui/rounds/next_round_dialog.py" line="+33" />
        <location line="+15" />
        <source>Start next round</source>
        <translation>开始下一轮</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Name of the new round:</source>
        <translation>新一轮名称：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tasks re-planned from:</source>
        <translation>任务重新排期起始日：</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Carried over</source>
        <translation>带入下一轮</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Goals, to be signed again ({0})</source>
        <translation>目标，需重新签字（{0}）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Team ({0})</source>
        <translation>协作小组（{0}）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Departments ({0})</source>
        <translation>部门（{0}）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pain points not yet solved ({0})</source>
        <translation>尚未解决的痛点（{0}）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Measures marked “adjust” or “next round” ({0})</source>
        <translation>标为“调整”或“下一轮”的措施（{0}）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Their tasks, re-planned: not started, 0 %, no actual dates ({0})</source>
        <translation>其任务，重新排期：未开始、0%、无实际日期（{0}）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>KPIs, last round's “after” as the new “before” ({0})</source>
        <translation>指标，以上一轮“优化后”作为新的“优化前”（{0}）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Left behind</source>
        <translation>不带入</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Measures kept as standard practice ({0})</source>
        <translation>固化为标准做法的措施（{0}）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pain points solved ({0})</source>
        <translation>已解决的痛点（{0}）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0} task(s) of those measures; every sign-off, actual date and feedback</source>
        <translation>上述措施的 {0} 项任务；全部签字、实际日期与反馈意见</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{0} register item(s), {1} baseline(s) and {2} weekly report(s): they stay with this round and its archive</source>
        <translation>{0} 项协调事项、{1} 个基准和 {2} 份周报：留在本轮及其归档中</translation>
    </message>
</context>
<context>
    <name>OrgDialog</name>
    <message>
        <location filename="../../ui/org/org_dialog.py" line="+35" />
        <source>Departments and people</source>
        <translation>部门和人员</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Paste a list of departments here with Ctrl+V: one per line, or separated by 、 ， , or ;</source>
        <translation>可在此用 Ctrl+V 粘贴部门列表：每行一个，或用顿号、逗号、分号分隔</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Paste departments</source>
        <translation>粘贴部门</translation>
    </message>
    <message>
        <location line="-10" />
        <location line="+6" />
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Paste a list…</source>
        <translation>粘贴列表…</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+5" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+79" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Delete department</source>
        <translation>删除部门</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Move department</source>
        <translation>移动部门</translation>
    </message>
    <message>
        <location line="+3" />
        <source>New person</source>
        <translation>新建人员</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Delete person</source>
        <translation>删除人员</translation>
    </message>
</context>
<context>
    <name>PastReportsModel</name>
    <message>
        <location filename="../../ui/report/past_model.py" line="+44" />
        <source>{0} · {1} late, {2} finished</source>
        <translation>{0} · 逾期 {1} 项，完成 {2} 项</translation>
    </message>
    <message>
        <location line="+3" />
        <source>As of {0}, made {1}</source>
        <translation>截至 {0}，生成于 {1}</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/org/org_models.py" line="+37" />
        <source>Edit person</source>
        <translation>修改人员</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <location filename="../../ui/window/plan_actions.py" line="+27" />
        <source>&amp;Plan</source>
        <translation>计划(&amp;P)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Save baseline…</source>
        <translation>保存基准(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Baselines…</source>
        <translation>基准管理(&amp;B)…</translation>
    </message>
    <message>
        <location line="+18" />
        <location line="+4" />
        <location line="+6" />
        <location line="+2" />
        <source>Save baseline</source>
        <translation>保存基准</translation>
    </message>
    <message>
        <location line="-7" />
        <source>A copy of every task's planned dates, to measure delays against. Name:</source>
        <translation>保存每项任务计划日期的副本，用于衡量延误。名称：</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../ui/excel/preview_model.py" line="+68" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+5" />
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+1" />
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location line="+1" />
        <source>error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="+33" />
        <source>Change organisation name</source>
        <translation>修改单位名称</translation>
    </message>
    <message>
        <location line="+29" />
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
        <location line="+39" />
        <source>Organisation</source>
        <translation>单位名称</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../ui/printing/preview.py" line="-54" />
        <location line="+75" />
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location line="-68" />
        <source>All forms</source>
        <translation>全部表单</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Page width</source>
        <translation>页宽</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Print:</source>
        <translation>打印：</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../ui/excel/progress.py" line="+22" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RaciModel</name>
    <message>
        <location filename="../../ui/raci/model.py" line="+231" />
        <source>Its members:</source>
        <translation>其成员：</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Carries R or A on {0} of {1} tasks: far more than the others.</source>
        <translation>在 {1} 项任务中有 {0} 项承担 R 或 A，远多于其他人。</translation>
    </message>
</context>
<context>
    <name>RaciTab</name>
    <message>
        <location filename="../../ui/raci/tab.py" line="+67" />
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+9" />
        <source>One column per team member, under their department</source>
        <translation>每位小组成员一列，归在其部门下</translation>
    </message>
    <message>
        <location line="+2" />
        <source>One column per department; small grey letters show what its members hold</source>
        <translation>每个部门一列；灰色小字母表示其成员承担的角色</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Columns:</source>
        <translation>列：</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Broken rules</source>
        <translation>违反的规则</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Click a finding to go to its task</source>
        <translation>点击一条提示即可跳到对应任务</translation>
    </message>
    <message>
        <location line="+155" />
        <source>No initiative is open.</source>
        <translation>没有打开的协作项目。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No tasks yet: add them in Form 4 (tracking).</source>
        <translation>还没有任务：请在表 4（执行跟踪）中添加。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No team members yet: add them in Form 2.</source>
        <translation>还没有小组成员：请在表 2 中添加。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No departments take part yet.</source>
        <translation>还没有参与部门。</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n task(s) break a RACI rule</source>
        <translation>
            <numerusform>%n 项任务违反 RACI 规则</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Every task has one A and at least one R</source>
        <translation>每项任务都有一个 A 和至少一个 R</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Broken rules (%n)</source>
        <translation>
            <numerusform>违反的规则（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42" />
        <source>Set %1 on %2</source>
        <translation>将 %2 设为 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>Clear %n RACI cell(s)</source>
        <translation>
            <numerusform>清除 %n 个 RACI 单元格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Set %n RACI cell(s) to </source>
        <translation>
            <numerusform>将 %n 个 RACI 单元格设为 </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+83" />
        <source>Paste %n RACI cell(s)</source>
        <translation>
            <numerusform>粘贴 %n 个 RACI 单元格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n pasted cell(s) fell outside the grid and were left out.</source>
        <translation>
            <numerusform>有 %n 个粘贴的单元格超出表格范围，已略去。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadOnlyNotice</name>
    <message>
        <location filename="../../ui/backups/notice.py" line="+17" />
        <source>“{0}” is on a disk or folder that cannot be written, so it is open read-only: you can look and print, but not change it. To edit it, save a copy to a writable folder (File ▸ Save a copy as…) and open that.</source>
        <translation>“{0}”所在的磁盘或文件夹不可写入，因此以只读方式打开：可以查看和打印，但不能修改。如需编辑，请将副本保存到可写入的文件夹（文件 ▸ 另存副本…），然后打开该副本。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Opened read-only</source>
        <translation>已以只读方式打开</translation>
    </message>
</context>
<context>
    <name>RecordSignatureDialog</name>
    <message>
        <location filename="../../ui/printing/signature_dialog.py" line="+27" />
        <source>Record signature</source>
        <translation>登记签字</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The version printed at the foot of the signed page</source>
        <translation>签字页页脚印的版本号</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signed by:</source>
        <translation>签字人：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Version on the page:</source>
        <translation>页面上的版本：</translation>
    </message>
    <message>
        <location line="+8" />
        <source>This is not the form's current version (%1): the signature will show as stale.</source>
        <translation>这不是表单的当前版本（%1）：该签字将显示为已过时。</translation>
    </message>
</context>
<context>
    <name>RegisterActions</name>
    <message>
        <location filename="../../ui/window/register_actions.py" line="-4" />
        <source>&amp;Register</source>
        <translation>协调(&amp;R)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Show the register</source>
        <translation>显示协调登记(&amp;S)</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <location filename="../../ui/register/tab.py" line="-191" />
        <location line="+7" />
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A new meeting, problem, risk notice or request</source>
        <translation>登记新的会议、问题、风险预警或申请</translation>
    </message>
    <message>
        <location line="+152" />
        <source>New {0}</source>
        <translation>新建{0}</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Delete {0}</source>
        <translation>删除 {0}</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../ui/window/report_actions.py" line="+31" />
        <source>&amp;Weekly report…</source>
        <translation>协作进度周报(&amp;W)…</translation>
    </message>
    <message>
        <location line="+29" />
        <source>This week's report is due at 17:00 (File ▸ Weekly report…)</source>
        <translation>本周周报须在 17:00 前发出（文件 ▸ 协作进度周报…）</translation>
    </message>
</context>
<context>
    <name>RerateCommand</name>
    <message>
        <location filename="../../ui/matrix/commands.py" line="+17" />
        <source>Re-rate “{0}”</source>
        <translation>重新评分“{0}”</translation>
    </message>
</context>
<context>
    <name>RoundActions</name>
    <message>
        <location filename="../../ui/window/round_actions.py" line="-111" />
        <source>&amp;Close round…</source>
        <translation>结束本轮(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;open round…</source>
        <translation>重新打开本轮(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start ne&amp;xt round…</source>
        <translation>开始下一轮(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Archive round…</source>
        <translation>归档本轮(&amp;A)…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Sign-off panel</source>
        <translation>签字面板(&amp;S)</translation>
    </message>
    <message>
        <location line="+85" />
        <source>This round was closed on {0} and is read-only: it can be viewed, printed and exported. {1}</source>
        <translation>本轮已于 {0} 结束，为只读：仍可查看、打印和导出。{1}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>It continues the round “{0}”.</source>
        <translation>本轮延续自“{0}”。</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Close round</source>
        <translation>结束本轮</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Reopen round</source>
        <translation>重新打开本轮</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reopen “{0}”, closed on {1}, so that it can be changed again? You can undo this with Ctrl+Z.</source>
        <translation>重新打开于 {1} 结束的“{0}”，使其可再次修改？可用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Start next round</source>
        <translation>开始下一轮</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Archive round</source>
        <translation>归档本轮</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zip archive</source>
        <translation>Zip 压缩文件</translation>
    </message>
</context>
<context>
    <name>SignoffDock</name>
    <message>
        <location filename="../../ui/signoff/dock.py" line="+32" />
        <source>Sign-off</source>
        <translation>确认签字</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Form:</source>
        <translation>表单：</translation>
    </message>
</context>
<context>
    <name>SignoffModel</name>
    <message>
        <location filename="../../ui/printing/signoff_panel.py" line="+66" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Department head</source>
        <translation>部门负责人</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Signer</source>
        <translation>签字人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signed on</source>
        <translation>签字日期</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Version signed</source>
        <translation>签字版本</translation>
    </message>
    <message>
        <location line="+0" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Not signed</source>
        <translation>未签字</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stale: signed without a recorded version (now %1)</source>
        <translation>已过时：签字时未登记版本（现为 %1）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Stale: the form changed since (now %1)</source>
        <translation>已过时：签字后表单已修改（现为 %1）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Signed, current</source>
        <translation>已签字，为当前版本</translation>
    </message>
</context>
<context>
    <name>SignoffPanel</name>
    <message>
        <location line="+57" />
        <source>Record signature…</source>
        <translation>登记签字…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Clear signature</source>
        <translation>清除签字</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Remove line</source>
        <translation>删除此行</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove the selected sign-off line, e.g. of a department that no longer takes part</source>
        <translation>删除选中的签字行，例如已不再参与的部门</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Last printed: %1 %2.</source>
        <translation>上次打印：版本 %1（%2）。</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Record signature</source>
        <translation>登记签字</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Record signature of %1</source>
        <translation>登记 %1 的签字</translation>
    </message>
    <message>
        <location line="-128" />
        <source>Add missing signers</source>
        <translation>补全签字人</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add a sign-off line for each expected signer who has none: the heads of the departments taking part (Form 1, plan review), else the overall lead and the liaisons</source>
        <translation>为每位尚无签字行的应签人添加一行：表 1 和优化方案评审由各参与部门负责人签字，其他表单由总负责人和各接口人签字</translation>
    </message>
    <message>
        <location line="+61" />
        <source>%2 is now version %1.</source>
        <translation>%2现为版本 %1。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nobody signs %1 yet: Add missing signers.</source>
        <translation>%1尚无签字人：请点“补全签字人”。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Stale signatures: %1 signed another version of %3 than it now holds (now %2). Print the form again and collect new signatures.</source>
        <translation>签字已过时：%1 签字的不是%3的当前版本（现为 %2）。请重新打印表单并再次收集签字。</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Clear signature of %1</source>
        <translation>清除 %1 的签字</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Remove the sign-off line of %1</source>
        <translation>删除 %1 的签字行</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Add sign-off lines</source>
        <translation>添加签字行</translation>
    </message>
</context>
<context>
    <name>TrackingSummary</name>
    <message>
        <location filename="../../ui/evaluation/tracking_summary.py" line="-46" />
        <source>A milestone is on time when it finished on or before its planned finish (its baseline finish once a baseline is saved); milestones not yet due are not counted.</source>
        <translation>里程碑在计划完成日期（保存基准后为基准完成日期）当天或之前完成即为按时；尚未到期的里程碑不计入。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tasks finished after their planned finish, or unfinished past it; once a baseline is saved, tasks whose actual or forecast finish is after the baseline's.</source>
        <translation>晚于计划完成日期完成、或已过计划完成日期仍未完成的任务；保存基准后，为实际或预计完成晚于基准完成的任务。</translation>
    </message>
</context>
<context>
    <name>WeeklyReportDialog</name>
    <message>
        <location filename="../../ui/report/dialog.py" line="+73" />
        <source>Weekly report</source>
        <translation>协作进度周报</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;As of:</source>
        <translation>截至(&amp;A)：</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Past reports:</source>
        <translation>以往周报(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Reopen</source>
        <translation>重新打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Save &amp;PDF…</source>
        <translation>保存 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save E&amp;xcel…</source>
        <translation>保存 Excel(&amp;X)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Create &amp;e-mail</source>
        <translation>生成邮件(&amp;E)</translation>
    </message>
    <message>
        <location line="+83" />
        <source>No e-mail address (reach them another way): {0}</source>
        <translation>没有电子邮件地址（请用其他方式联系）：{0}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The report kept as of {0}, as it was sent.</source>
        <translation>截至 {0} 留存的周报，与发送时一致。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Report as of {0}: kept.</source>
        <translation>截至 {0} 的周报：已留存。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Report as of {0}: the workspace is read-only, so it is not kept.</source>
        <translation>截至 {0} 的周报：工作区为只读，不会留存。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Report as of {0}: kept when you save or send it.</source>
        <translation>截至 {0} 的周报：保存或发送时将留存。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Keep weekly report</source>
        <translation>保存周报</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Save weekly report as PDF</source>
        <translation>将周报保存为 PDF</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Save weekly report as Excel</source>
        <translation>将周报保存为 Excel</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Create e-mail</source>
        <translation>生成邮件</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The e-mail is open in your mail program, ready to send.</source>
        <translation>邮件已在邮件程序中打开，可以发送。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No mail program opened the e-mail. The draft is saved as {0}: open it with your mail program.</source>
        <translation>没有邮件程序打开此邮件。草稿已保存为 {0}，请用邮件程序打开。</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/window/workspace_flow.py" line="+36" />
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
        <location line="+11" />
        <source>Cannot open workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Cannot create workspace</source>
        <translation>无法创建工作区</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/window/file_actions.py" line="+33" />
        <source>&amp;Import Excel workbook…</source>
        <translation>导入 Excel 工作簿(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Export to Excel…</source>
        <translation>导出到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export this &amp;form to Excel…</source>
        <translation>将本表单导出到 Excel(&amp;F)…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Print this form…</source>
        <translation>打印本表单(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print &amp;all forms…</source>
        <translation>打印全部表单(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save form as P&amp;DF…</source>
        <translation>将本表单存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save all forms a&amp;s PDF…</source>
        <translation>将全部表单存为 PDF(&amp;S)…</translation>
    </message>
</context>
<context><name>DamagedWorkspace</name><message><location filename="../../ui/backups/damaged.py" line="26" /><source>Workspace damaged</source><translation>工作区已损坏</translation></message><message><location filename="../../ui/backups/damaged.py" line="40" /><source>&amp;Restore this backup</source><translation>恢复此备份(&amp;R)</translation></message><message><location filename="../../ui/backups/damaged.py" line="41" /><source>&amp;Choose another backup…</source><translation>选择其他备份(&amp;C)…</translation></message><message><location filename="../../ui/backups/damaged.py" line="31" /><source>There is no good backup of this workspace. Keep the file: a copy may still be rescued by your IT support.</source><translation>此工作区没有完好的备份。请保留该文件：IT 支持人员或许仍能从中挽救数据。</translation></message><message><location filename="../../ui/backups/damaged.py" line="27" /><source>Part of “{0}” cannot be read: the file is damaged. This happens when a disk or USB stick fails or is pulled out while saving. The file was not changed.</source><translation>“{0}”有一部分无法读取：文件已损坏。磁盘或 U 盘故障、或在保存时被拔出，都会造成这种情况。文件未作任何改动。</translation></message><message><location filename="../../ui/backups/damaged.py" line="36" /><source>The newest good backup was taken {0} ({1}).

Restore it? Changes made after that moment are lost. The damaged file is kept in the backups folder.</source><translation>最新的完好备份创建于 {0}（{1}）。

要恢复它吗？此后所做的修改将会丢失。损坏的文件会保留在备份文件夹中。</translation></message></context><context><name>FileDialogs</name><message><location filename="../../ui/common/file_dialogs.py" line="203" /><source>&amp;Replace</source><translation>替换(&amp;R)</translation></message><message><location filename="../../ui/common/file_dialogs.py" line="221" /><source>Open &amp;folder</source><translation>打开文件夹(&amp;F)</translation></message><message><location filename="../../ui/common/file_dialogs.py" line="202" /><source>“{0}” exists already in {1}.

Replace it?</source><translation>{1} 中已有“{0}”。

要替换它吗？</translation></message><message><location filename="../../ui/common/file_dialogs.py" line="219" /><source>Saved as “{0}” in the folder:</source><translation>已保存为“{0}”，所在文件夹：</translation></message></context><context><name>ExcelActions</name><message><location filename="../../ui/excel/actions.py" line="76" /><source>Export to Excel</source><translation>导出到 Excel</translation></message><message><location filename="../../ui/excel/actions.py" line="85" /><source>Writing the workbook…</source><translation>正在写入工作簿…</translation></message><message><location filename="../../ui/excel/actions.py" line="113" /><source>Import from Excel</source><translation>从 Excel 导入</translation></message><message><location filename="../../ui/excel/actions.py" line="51" /><source>Importing…</source><translation>正在导入…</translation></message><message><location filename="../../ui/excel/actions.py" line="133" /><source>Import %1</source><translation>导入 %1</translation></message></context><context><name>ImportSession</name><message><location filename="../../ui/excel/import_session.py" line="60" /><source>Reading the workbook…</source><translation>正在读取工作簿…</translation></message><message><location filename="../../ui/excel/import_session.py" line="69" /><source>Checking the rows…</source><translation>正在检查各行…</translation></message><message><location filename="../../ui/excel/import_session.py" line="30" /><source>Import column “%1” as chosen</source><translation>设定列“%1”的导入方式</translation></message></context><context><name>PrintOutput</name><message><location filename="../../ui/printing/output.py" line="49" /><source>Print</source><translation>打印</translation></message><message><location filename="../../ui/printing/output.py" line="53" /><source>The printer could not be started.</source><translation>无法启动打印机。</translation></message><message><location filename="../../ui/printing/output.py" line="64" /><source>Save as PDF</source><translation>另存为 PDF</translation></message><message><location filename="../../ui/printing/output.py" line="65" /><source>PDF files</source><translation>PDF 文件</translation></message></context><context><name>TaskMenu</name><message><location filename="../../ui/register/task_menu.py" line="32" /><source>Write a risk notice…</source><translation>填写风险预警通知…</translation></message><message><location filename="../../ui/register/task_menu.py" line="51" /><source>Write a risk notice</source><translation>填写风险预警通知</translation></message><message><location filename="../../ui/register/task_menu.py" line="35" /><source>The task is not late; a notice can be written all the same</source><translation>该任务并未延误，但仍可填写预警通知</translation></message><message><location filename="../../ui/register/task_menu.py" line="39" /><source>Open risk notice {0}</source><translation>打开风险预警 {0}</translation></message></context><context><name>WorkspaceFlow</name><message><location filename="../../ui/window/workspace_flow.py" line="65" /><source>No such workspace</source><translation>没有此工作区</translation></message><message><location filename="../../ui/window/workspace_flow.py" line="69" /><source>&amp;Create workspace</source><translation>新建工作区(&amp;C)</translation></message><message><location filename="../../ui/window/workspace_flow.py" line="78" /><source>Open workspace</source><translation>打开工作区</translation></message><message><location filename="../../ui/window/workspace_flow.py" line="83" /><source>New workspace</source><translation>新建工作区</translation></message><message><location filename="../../ui/window/workspace_flow.py" line="99" /><source>Save a copy as</source><translation>另存副本</translation></message><message><location filename="../../ui/window/workspace_flow.py" line="24" /><source>CrossDesk workspaces</source><translation>CrossDesk 工作区</translation></message><message><location filename="../../ui/window/workspace_flow.py" line="25" /><source>All files</source><translation>所有文件</translation></message><message><location filename="../../ui/window/workspace_flow.py" line="83" /><source>workspace</source><translation>工作区</translation></message><message><location filename="../../ui/window/workspace_flow.py" line="66" /><source>There is no workspace “{0}” in {1} yet.

Create a new, empty workspace there?</source><translation>{1} 中还没有工作区“{0}”。

要在那里新建一个空白工作区吗？</translation></message><message><location filename="../../ui/window/workspace_flow.py" line="100" /><source>-copy</source><translation>-副本</translation></message><message><location filename="../../ui/window/workspace_flow.py" line="109" /><source>Cannot save copy</source><translation>无法保存副本</translation></message></context><context><name>QObject</name><message>
        <source>Workspace in use</source>
        <translation>工作区正在使用中</translation>
    </message>
    <message>
        <source>{0}

Open it read-only? You can look and print, but not change it.</source>
        <translation>{0}

以只读方式打开吗？可以查看和打印，但不能修改。</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation>无法创建工作区</translation>
    </message>
<message>
        <source>&amp;Import Excel workbook…</source>
        <translation>导入 Excel 工作簿(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>导出到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>Export this &amp;form to Excel…</source>
        <translation>将本表单导出到 Excel(&amp;F)…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print this form…</source>
        <translation>打印本表单(&amp;P)…</translation>
    </message>
    <message>
        <source>Print &amp;all forms…</source>
        <translation>打印全部表单(&amp;A)…</translation>
    </message>
    <message>
        <source>Save form as P&amp;DF…</source>
        <translation>将本表单存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save all forms a&amp;s PDF…</source>
        <translation>将全部表单存为 PDF(&amp;S)…</translation>
    </message>
</context></TS>
