<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>PdfReport</name>
    <message>
        <location filename="../ui/report/PdfPages.cpp" line="100"/>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="114"/>
        <source>&lt;h1&gt;%1&lt;/h1&gt;&lt;p&gt;KOL plan report · plan made %2 · method: %3&lt;/p&gt;</source>
        <translation>&lt;h1&gt;%1&lt;/h1&gt;&lt;p&gt;KOL 投放方案报告 · 方案生成于 %2 · 方法：%3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="116"/>
        <source>&lt;h3&gt;Requirements&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Budget: %1 %2&lt;/li&gt;&lt;li&gt;Channels: %3&lt;/li&gt;&lt;li&gt;KOL tiers: %4&lt;/li&gt;&lt;li&gt;Phases:&lt;ul&gt;%5&lt;/ul&gt;&lt;/li&gt;&lt;li&gt;Rules: tier hierarchy %6, max cell share %7%8&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;投放需求&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;预算：%1 %2&lt;/li&gt;&lt;li&gt;渠道：%3&lt;/li&gt;&lt;li&gt;KOL 层级：%4&lt;/li&gt;&lt;li&gt;阶段：&lt;ul&gt;%5&lt;/ul&gt;&lt;/li&gt;&lt;li&gt;规则：层级顺序 %6，单元格占比上限 %7%8&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="119"/>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="119"/>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="120"/>
        <source>; channel shares %1</source>
        <translation>；渠道占比 %1</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="122"/>
        <source>&lt;p&gt;&lt;i&gt;The plan was made for a budget of %1; the scenario&apos;s is now %2.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;该方案按预算 %1 生成；情景当前预算为 %2。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="134"/>
        <source>effect</source>
        <translation>效果</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="138"/>
        <source>spend</source>
        <translation>实际花费</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="139"/>
        <location filename="../ui/report/PdfReport.cpp" line="269"/>
        <source>reach</source>
        <translation>触达</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="140"/>
        <source>engagements</source>
        <translation>互动</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="142"/>
        <source>penalty</source>
        <translation>罚分</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="143"/>
        <source>uplift vs template</source>
        <translation>相对模板提升</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="146"/>
        <source>&lt;h3&gt;Figures against the expert template&lt;/h3&gt;&lt;table border=&apos;1&apos; cellspacing=&apos;0&apos; cellpadding=&apos;4&apos;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;plan&lt;/th&gt;&lt;th&gt;template&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;h3&gt;与专家模板对比&lt;/h3&gt;&lt;table border=&apos;1&apos; cellspacing=&apos;0&apos; cellpadding=&apos;4&apos;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;方案&lt;/th&gt;&lt;th&gt;模板&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="153"/>
        <source>&lt;h3&gt;Notes&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;说明&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="172"/>
        <source>&lt;h3&gt;Strategy matrix&lt;/h3&gt;&lt;p&gt;Amounts and their share of the budget; &lt;i&gt;lock&lt;/i&gt; locked, &lt;i&gt;off&lt;/i&gt; disabled, &lt;b&gt;!&lt;/b&gt; breaks a rule.&lt;/p&gt;&lt;table border=&apos;1&apos; cellspacing=&apos;0&apos; cellpadding=&apos;3&apos; width=&apos;100%&apos;&gt;&lt;tr&gt;&lt;th&gt;channel&lt;/th&gt;&lt;th&gt;tier&lt;/th&gt;</source>
        <translation>&lt;h3&gt;策略矩阵&lt;/h3&gt;&lt;p&gt;金额及其占预算比例；&lt;i&gt;锁定&lt;/i&gt; 已锁定，&lt;i&gt;关&lt;/i&gt; 已停用，&lt;b&gt;!&lt;/b&gt; 违反规则。&lt;/p&gt;&lt;table border=&apos;1&apos; cellspacing=&apos;0&apos; cellpadding=&apos;3&apos; width=&apos;100%&apos;&gt;&lt;tr&gt;&lt;th&gt;渠道&lt;/th&gt;&lt;th&gt;层级&lt;/th&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="178"/>
        <source>&lt;th&gt;total&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;th&gt;合计&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="189"/>
        <source> &lt;i&gt;off&lt;/i&gt;</source>
        <translation> &lt;i&gt;关&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="189"/>
        <source> &lt;i&gt;lock&lt;/i&gt;</source>
        <translation> &lt;i&gt;锁定&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="201"/>
        <source>&lt;tr&gt;&lt;td colspan=&apos;2&apos;&gt;&lt;b&gt;total&lt;/b&gt;&lt;/td&gt;</source>
        <translation>&lt;tr&gt;&lt;td colspan=&apos;2&apos;&gt;&lt;b&gt;合计&lt;/b&gt;&lt;/td&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="212"/>
        <source>&lt;h3&gt;KOLs per cell&lt;/h3&gt;&lt;table border=&apos;1&apos; cellspacing=&apos;0&apos; cellpadding=&apos;3&apos; width=&apos;100%&apos;&gt;&lt;tr&gt;&lt;th&gt;cell&lt;/th&gt;&lt;th&gt;KOL&lt;/th&gt;&lt;th&gt;name&lt;/th&gt;&lt;th&gt;followers&lt;/th&gt;&lt;th&gt;format&lt;/th&gt;&lt;th&gt;price&lt;/th&gt;&lt;th&gt;predicted reach&lt;/th&gt;&lt;th&gt;score&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;h3&gt;各单元格 KOL&lt;/h3&gt;&lt;table border=&apos;1&apos; cellspacing=&apos;0&apos; cellpadding=&apos;3&apos; width=&apos;100%&apos;&gt;&lt;tr&gt;&lt;th&gt;单元格&lt;/th&gt;&lt;th&gt;KOL&lt;/th&gt;&lt;th&gt;名称&lt;/th&gt;&lt;th&gt;粉丝数&lt;/th&gt;&lt;th&gt;内容形式&lt;/th&gt;&lt;th&gt;价格&lt;/th&gt;&lt;th&gt;预测触达&lt;/th&gt;&lt;th&gt;得分&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="240"/>
        <source>KOL plan: %1</source>
        <translation>KOL 投放方案：%1</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="253"/>
        <source>plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="253"/>
        <source>expert template</source>
        <translation>专家模板</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="258"/>
        <source>&lt;h3&gt;Charts&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;图表&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="260"/>
        <source>Allocation by channel</source>
        <translation>按渠道分配</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="261"/>
        <location filename="../ui/report/PdfReport.cpp" line="265"/>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="264"/>
        <source>Allocation by phase</source>
        <translation>按阶段分配</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="268"/>
        <source>Predicted reach by channel and phase</source>
        <translation>按渠道和阶段的预测触达</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/MatrixCellText.cpp" line="17"/>
        <source>off</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../ui/MatrixCellText.cpp" line="20"/>
        <source>lock %1</source>
        <translation>锁定 %1</translation>
    </message>
    <message>
        <location filename="../ui/MatrixCellText.cpp" line="37"/>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location filename="../ui/MatrixCellText.cpp" line="37"/>
        <source>Disabled: the allocator leaves it empty</source>
        <translation>已停用：分配器不会向其分配预算</translation>
    </message>
    <message>
        <location filename="../ui/MatrixCellText.cpp" line="39"/>
        <source>Locked at %1</source>
        <translation>锁定在 %1</translation>
    </message>
    <message>
        <location filename="../ui/MatrixCellText.cpp" line="41"/>
        <source>Minimum %1</source>
        <translation>最低 %1</translation>
    </message>
    <message>
        <location filename="../ui/MatrixCellText.cpp" line="42"/>
        <source>Maximum %1</source>
        <translation>最高 %1</translation>
    </message>
    <message>
        <location filename="../ui/MatrixCellText.cpp" line="42"/>
        <source>No maximum</source>
        <translation>无上限</translation>
    </message>
    <message>
        <location filename="../ui/Launch.cpp" line="61"/>
        <source>Preparing a demo project: generating a market and training the KOL performance model…</source>
        <translation>正在准备示例项目：生成市场并训练 KOL 表现预测模型…</translation>
    </message>
    <message>
        <location filename="../ui/Launch.cpp" line="63"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/Launch.cpp" line="64"/>
        <source>Welcome to KOL Planner</source>
        <translation>欢迎使用 KOL 投放规划</translation>
    </message>
    <message>
        <location filename="../ui/Launch.cpp" line="71"/>
        <source>Preparing a demo project: %1…</source>
        <translation>正在准备示例项目：%1…</translation>
    </message>
    <message>
        <location filename="../ui/Launch.cpp" line="81"/>
        <source>No demo project</source>
        <translation>没有示例项目</translation>
    </message>
    <message>
        <location filename="../ui/Launch.cpp" line="82"/>
        <source>The demo project could not be built: %1</source>
        <translation>无法生成示例项目：%1</translation>
    </message>
    <message>
        <location filename="../ui/Launch.cpp" line="86"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="29"/>
        <source>Budget planning over channels, phases and KOL tiers</source>
        <translation>按渠道、阶段和达人层级规划预算</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="32"/>
        <source>The .kolplan project to open</source>
        <translation>要打开的 .kolplan 项目</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="34"/>
        <source>Run one allocation, save a screenshot to FILE and exit</source>
        <translation>运行一次分配，将截图保存到 FILE 后退出</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="36"/>
        <source>Method for --smoke-test (default optimal)</source>
        <translation>--smoke-test 使用的方法（默认 optimal）</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="38"/>
        <source>Most RL training steps (default 60000)</source>
        <translation>强化学习训练的最多步数（默认 60000）</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="40"/>
        <source>User interface language, e.g. zh_CN</source>
        <translation>界面语言，例如 zh_CN</translation>
    </message>
    <message>
        <location filename="../ui/Launch.cpp" line="47"/>
        <location filename="../ui/Launch.cpp" line="76"/>
        <location filename="../app/gui_main.cpp" line="64"/>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
</context>
<context>
    <name>kol::AllocatePanel</name>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="22"/>
        <source>Train a new policy</source>
        <translation>重新训练策略</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="23"/>
        <source>Allocate</source>
        <translation>分配</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="24"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="29"/>
        <source>Evaluation effect</source>
        <translation>评估效果</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="29"/>
        <location filename="../ui/AllocatePanel.cpp" line="30"/>
        <source>training steps</source>
        <translation>训练步数</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="29"/>
        <source>× template</source>
        <translation>× 模板</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="30"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="30"/>
        <source>loss, return</source>
        <translation>损失、回报</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="47"/>
        <source>policy&apos;s plan</source>
        <translation>策略方案</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="48"/>
        <source>optimal</source>
        <translation>最优</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="49"/>
        <source>template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="52"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="89"/>
        <source>%1 finished in %2 s; longest GUI stall %3 ms</source>
        <translation>%1 完成，用时 %2 秒；界面最长停顿 %3 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="167"/>
        <source>Note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="99"/>
        <location filename="../ui/AllocatePanel.cpp" line="101"/>
        <source>Allocation failed: %1</source>
        <translation>分配失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="39"/>
        <source>Train the policy again even if the scenario has one</source>
        <translation>即使情景已有策略也重新训练</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="106"/>
        <source>Cancelled; the plan is unchanged</source>
        <translation>已取消；方案未改变</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="107"/>
        <source>The run for &apos;%1&apos; was cancelled: %2</source>
        <translation>“%1”的运行已取消：%2</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="230"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>kol::BackgroundJob</name>
    <message>
        <location filename="../ui/BackgroundJob.cpp" line="46"/>
        <source>superseded by a new run</source>
        <translation>已被新的运行取代</translation>
    </message>
</context>
<context>
    <name>kol::BarChart</name>
    <message>
        <location filename="../ui/ChartKit.cpp" line="137"/>
        <source> (millions)</source>
        <translation>（百万）</translation>
    </message>
    <message>
        <location filename="../ui/ChartKit.cpp" line="137"/>
        <source> (thousands)</source>
        <translation>（千）</translation>
    </message>
</context>
<context>
    <name>kol::CompareView</name>
    <message>
        <location filename="../ui/CompareView.cpp" line="32"/>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="36"/>
        <source>Allocation per channel</source>
        <translation>各渠道分配</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="48"/>
        <source>Tick 2 to 4 scenarios</source>
        <translation>勾选 2 到 4 个情景</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="70"/>
        <source>Computing figures: %1 (%2%)</source>
        <translation>正在计算指标：%1（%2%）</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="148"/>
        <source>Tick 2 to 4 scenarios to compare.</source>
        <translation>请勾选 2 到 4 个情景进行对比。</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="80"/>
        <location filename="../ui/CompareView.cpp" line="81"/>
        <source>Cannot compare: %1</source>
        <translation>无法对比：%1</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="86"/>
        <source>Comparison cancelled.</source>
        <translation>比较已取消。</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="87"/>
        <source>Comparison cancelled: %1.</source>
        <translation>比较已取消：%1。</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="117"/>
        <source>another project was opened</source>
        <translation>打开了另一个项目</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="154"/>
        <source>Computing figures…</source>
        <translation>正在计算指标…</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="173"/>
        <source>%1, savings by bisection</source>
        <translation>%1，二分法求节省预算</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CompareView.cpp" line="194"/>
        <source>Saved plans of %n scenario(s); colours mark differences from the first.</source>
        <translation>
            <numerusform>已保存的 %n 个情景方案；颜色标出与第一个情景的差异。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="196"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="197"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="198"/>
        <source>Spend</source>
        <translation>花费</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="199"/>
        <source>Effect</source>
        <translation>效果</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="200"/>
        <source>Reach</source>
        <translation>触达</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="201"/>
        <source>Engagements</source>
        <translation>互动</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="202"/>
        <source>Uplift vs template</source>
        <translation>相对模板提升</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="203"/>
        <source>Budget savings vs template</source>
        <translation>相对模板节省预算</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="224"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="232"/>
        <source>%1 than %2</source>
        <translation>比 %2 %1</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="232"/>
        <source>higher</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="232"/>
        <source>lower</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="259"/>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="287"/>
        <source>%1 − %2
%3</source>
        <translation>%1 − %2
%3</translation>
    </message>
</context>
<context>
    <name>kol::MatrixView</name>
    <message>
        <location filename="../ui/MatrixView.cpp" line="131"/>
        <source>the clipboard holds no amounts</source>
        <translation>剪贴板中没有金额</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="140"/>
        <source>the pasted range (%1 × %2) runs past the matrix&apos;s cells</source>
        <translation>粘贴区域（%1 × %2）超出了矩阵的单元格</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="147"/>
        <source>pasted row %1, column %2: &apos;%3&apos; is not an amount</source>
        <translation>粘贴的第 %1 行第 %2 列：“%3”不是金额</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MatrixView.cpp" line="156"/>
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>粘贴 %n 个单元格</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="157"/>
        <source>the amounts could not be pasted</source>
        <translation>无法粘贴这些金额</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="170"/>
        <source>Lock cells</source>
        <translation>锁定单元格</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="170"/>
        <source>Unlock cells</source>
        <translation>解锁单元格</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="185"/>
        <source>Enable cells</source>
        <translation>启用单元格</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="185"/>
        <source>Disable cells</source>
        <translation>停用单元格</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="191"/>
        <source>the minimum must be 0 or more and not above the maximum</source>
        <translation>最低值须不小于 0 且不高于最高值</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="200"/>
        <source>Set bounds</source>
        <translation>设置上下限</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MatrixView.cpp" line="213"/>
        <source>Bounds of %n cell(s)</source>
        <translation>
            <numerusform>%n 个单元格的上下限</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="217"/>
        <source>no maximum</source>
        <translation>无上限</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="218"/>
        <source>Minimum</source>
        <translation>最低</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="219"/>
        <source>Maximum</source>
        <translation>最高</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="230"/>
        <source>Bounds not changed: enter amounts (0 or more)</source>
        <translation>上下限未更改：请输入金额（不小于 0）</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="234"/>
        <source>Bounds not changed: %1</source>
        <translation>上下限未更改：%1</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="246"/>
        <location filename="../ui/MatrixView.cpp" line="281"/>
        <source>Nothing pasted: %1</source>
        <translation>未粘贴：%1</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="256"/>
        <source>Clear cells</source>
        <translation>清空单元格</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="272"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="272"/>
        <source>Lock at the current amount</source>
        <translation>按当前金额锁定</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="274"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="274"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="276"/>
        <source>Bounds…</source>
        <translation>上下限…</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="278"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="279"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
</context>
<context>
    <name>kol::PlanDocument</name>
    <message>
        <location filename="../ui/PlanDocument.cpp" line="104"/>
        <location filename="../ui/PlanDocument.cpp" line="125"/>
        <location filename="../ui/PlanDocument.cpp" line="153"/>
        <source>a run is under way for this scenario</source>
        <translation>该情景正在运行中</translation>
    </message>
    <message>
        <location filename="../ui/PlanDocument.cpp" line="119"/>
        <source>Set %1</source>
        <translation>设置 %1</translation>
    </message>
    <message>
        <location filename="../ui/PlanDocument.cpp" line="187"/>
        <source>Allocate with %1</source>
        <translation>用 %1 分配</translation>
    </message>
    <message>
        <location filename="../ui/PlanDocument.cpp" line="205"/>
        <source>the market cannot be rebuilt</source>
        <translation>无法重建市场</translation>
    </message>
</context>
<context>
    <name>kol::ProjectWindow</name>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="56"/>
        <location filename="../ui/ProjectWindow.cpp" line="320"/>
        <source>KOL Planner</source>
        <translation>KOL 投放规划</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="71"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="72"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="73"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="74"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="84"/>
        <source>Scenarios</source>
        <translation>情景</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="89"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="97"/>
        <source>Strategy matrix</source>
        <translation>策略矩阵</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="98"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="99"/>
        <source>Compare scenarios</source>
        <translation>情景对比</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="123"/>
        <source>Set the budget to %1</source>
        <translation>将预算设为 %1</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="126"/>
        <source>Budget not changed: %1</source>
        <translation>预算未更改：%1</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="157"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="158"/>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="159"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="160"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="162"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="164"/>
        <location filename="../ui/ProjectWindowFiles.cpp" line="157"/>
        <location filename="../ui/ProjectWindowFiles.cpp" line="193"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="167"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="168"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="169"/>
        <source>Plan as &amp;CSV…</source>
        <translation>方案导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="170"/>
        <source>&amp;KOL list as CSV…</source>
        <translation>KOL 清单导出为 CSV(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="171"/>
        <source>&amp;Report as PDF…</source>
        <translation>报告导出为 PDF(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="294"/>
        <source>&lt;br&gt;&lt;span style=&apos;color:#8a5a00&apos;&gt;Data: %1&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:#8a5a00&apos;&gt;数据：%1&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="296"/>
        <source> (and %1 more; hover for all)</source>
        <translation>（另有 %1 条；悬停查看全部）</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="334"/>
        <source>the window was closed</source>
        <translation>窗口已关闭</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="354"/>
        <source>Set-up not applied: a run is under way for this scenario; cancel it first</source>
        <translation>设置未应用：该情景正在运行中，请先取消</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="226"/>
        <source>Export a PDF report</source>
        <translation>导出 PDF 报告</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="227"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="235"/>
        <location filename="../ui/ProjectWindowFiles.cpp" line="254"/>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="238"/>
        <location filename="../ui/ProjectWindowFiles.cpp" line="257"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="172"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="178"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="180"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="181"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="183"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="188"/>
        <source>Lock selected cells</source>
        <translation>锁定所选单元格</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="188"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="190"/>
        <source>Unlock selected cells</source>
        <translation>解锁所选单元格</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="190"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="192"/>
        <source>Disable selected cells</source>
        <translation>停用所选单元格</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="193"/>
        <source>Enable selected cells</source>
        <translation>启用所选单元格</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="195"/>
        <source>&amp;Plan</source>
        <translation>方案(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="197"/>
        <source>Campaign &amp;set-up…</source>
        <translation>投放设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="197"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="199"/>
        <source>&amp;Allocate</source>
        <translation>分配(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="199"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="200"/>
        <source>&amp;Cancel allocation</source>
        <translation>取消分配(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="202"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="203"/>
        <source>&amp;About KOL Planner</source>
        <translation>关于 KOL 投放规划(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="204"/>
        <source>About KOL Planner</source>
        <translation>关于 KOL 投放规划</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="205"/>
        <source>KOL Planner %1
Budget planning over channels, phases and KOL tiers.</source>
        <translation>KOL 投放规划 %1
按渠道、阶段和达人层级规划预算。</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="209"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="77"/>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="89"/>
        <source>Cannot create project</source>
        <translation>无法创建项目</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="92"/>
        <source>New project: import KOLs and posts with kolplanner-cli import, then fit the model</source>
        <translation>新项目：请用 kolplanner-cli import 导入 KOL 和帖子，然后训练模型</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowScenarios.cpp" line="78"/>
        <source>This scenario cannot be shown: %1</source>
        <translation>无法显示该情景：%1</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowScenarios.cpp" line="92"/>
        <source>No figures for this scenario: %1</source>
        <translation>该情景没有指标：%1</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="251"/>
        <source>No scenario — create one with New</source>
        <translation>没有情景——请点击“新建”创建</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="251"/>
        <source>No project open — File › Open…</source>
        <translation>未打开项目——文件 › 打开…</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="267"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · tier hierarchy %3 · max cell share %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · 层级约束 %3 · 单格最高占比 %4</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="269"/>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="269"/>
        <source>off</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="274"/>
        <source>Plan (%1): effect &lt;b&gt;%2&lt;/b&gt; (%3 – %4) · spend %5 of %6 · reach %7 · engagements %8 · penalty %9 · &lt;b&gt;%10&lt;/b&gt; vs template</source>
        <translation>方案（%1）：效果 &lt;b&gt;%2&lt;/b&gt;（%3 – %4）· 花费 %5 / %6 · 触达 %7 · 互动 %8 · 惩罚 %9 · 相对模板 &lt;b&gt;%10&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="282"/>
        <source>&lt;br&gt;&lt;span style=&apos;color:#B00020&apos;&gt;Breaks: %1&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:#B00020&apos;&gt;违反：%1&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="284"/>
        <source> (and %1 more)</source>
        <translation>（另有 %1 条）</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="301"/>
        <source>Plan (%1): no figures — %2</source>
        <translation>方案（%1）：无指标——%2</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="303"/>
        <source>the market could not be built</source>
        <translation>无法构建市场</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="307"/>
        <source>%1 KOLs · %2 posts · %3</source>
        <translation>%1 个 KOL · %2 条帖子 · %3</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="315"/>
        <source>&apos;%1&apos; has unsaved edits; the comparison uses saved scenarios — save to include them.</source>
        <translation>“%1”有未保存的编辑；对比使用已保存的情景——保存后才会包含这些编辑。</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="324"/>
        <source>%1%2 — KOL Planner</source>
        <translation>%1%2 — KOL 投放规划</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="98"/>
        <location filename="../ui/ProjectWindowFiles.cpp" line="122"/>
        <source>no project is open</source>
        <translation>没有打开的项目</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="114"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="149"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="150"/>
        <source>Scenario &apos;%1&apos; has unsaved changes. Save them?</source>
        <translation>情景“%1”有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="169"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="170"/>
        <source>KOL Planner projects (*.kolplan);;All files (*)</source>
        <translation>KOL 投放规划项目 (*.kolplan);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="175"/>
        <location filename="../ui/ProjectWindowFiles.cpp" line="270"/>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="184"/>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="78"/>
        <location filename="../ui/ProjectWindowFiles.cpp" line="185"/>
        <source>KOL Planner projects (*.kolplan)</source>
        <translation>KOL 投放规划项目 (*.kolplan)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="51"/>
        <source>another project was opened</source>
        <translation>打开了另一个项目</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="64"/>
        <source>the project was closed</source>
        <translation>项目已关闭</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="200"/>
        <source>there is no plan with figures to export</source>
        <translation>没有可导出的带指标方案</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="209"/>
        <source>there is no plan with figures to report</source>
        <translation>没有带指标的方案可生成报告</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="246"/>
        <source> KOLs</source>
        <translation> KOL 清单</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="246"/>
        <source> plan</source>
        <translation> 方案</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="248"/>
        <source>Export the KOL list</source>
        <translation>导出 KOL 清单</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="248"/>
        <source>Export the plan</source>
        <translation>导出方案</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="249"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowScenarios.cpp" line="65"/>
        <source>the scenario was switched</source>
        <translation>已切换情景</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowScenarios.cpp" line="117"/>
        <source>New scenario</source>
        <translation>新建情景</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowScenarios.cpp" line="117"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowScenarios.cpp" line="123"/>
        <source>Cannot create scenario</source>
        <translation>无法创建情景</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowScenarios.cpp" line="135"/>
        <source>Duplicate scenario</source>
        <translation>复制情景</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowScenarios.cpp" line="135"/>
        <source>Name of the copy</source>
        <translation>副本名称</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowScenarios.cpp" line="136"/>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowScenarios.cpp" line="141"/>
        <source>Cannot duplicate scenario</source>
        <translation>无法复制情景</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowScenarios.cpp" line="153"/>
        <source>Rename scenario</source>
        <translation>重命名情景</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowScenarios.cpp" line="153"/>
        <source>New name</source>
        <translation>新名称</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowScenarios.cpp" line="158"/>
        <source>Cannot rename scenario</source>
        <translation>无法重命名情景</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowScenarios.cpp" line="170"/>
        <source>Delete scenario</source>
        <translation>删除情景</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowScenarios.cpp" line="171"/>
        <source>Delete scenario &apos;%1&apos; and its plans? This cannot be undone.</source>
        <translation>删除情景“%1”及其方案？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowScenarios.cpp" line="176"/>
        <source>Cannot delete scenario</source>
        <translation>无法删除情景</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowScenarios.cpp" line="179"/>
        <source>the scenario was deleted</source>
        <translation>情景已删除</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="359"/>
        <location filename="../ui/ProjectWindow.cpp" line="367"/>
        <source>Set-up not applied: %1</source>
        <translation>设置未应用：%1</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="364"/>
        <source>Edit the campaign set-up</source>
        <translation>编辑投放设置</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowRun.cpp" line="39"/>
        <source>Cannot allocate: %1</source>
        <translation>无法分配：%1</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowRun.cpp" line="41"/>
        <source>no market for this scenario</source>
        <translation>该情景没有市场数据</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowRun.cpp" line="46"/>
        <source>Cannot allocate: unknown method &apos;%1&apos;</source>
        <translation>无法分配：未知方法“%1”</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowRun.cpp" line="77"/>
        <source>Allocating &apos;%1&apos; with %2…</source>
        <translation>正在用%2分配“%1”…</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowRun.cpp" line="83"/>
        <source>The %1 plan for &apos;%2&apos; was not applied: the scenario changed while it ran.</source>
        <translation>“%2”的 %1 方案未应用：运行期间情景已更改。</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowRun.cpp" line="112"/>
        <source>Running for &apos;%1&apos;…</source>
        <translation>正在为“%1”运行…</translation>
    </message>
</context>
<context>
    <name>kol::ResultsPanel</name>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="33"/>
        <source>Allocation by channel</source>
        <translation>按渠道分配</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="34"/>
        <source>Allocation by phase</source>
        <translation>按阶段分配</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="35"/>
        <source>Allocation by tier</source>
        <translation>按层级分配</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="36"/>
        <source>Predicted reach by channel and phase</source>
        <translation>按渠道和阶段的预测触达</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="37"/>
        <source>Predicted engagements by channel and phase</source>
        <translation>按渠道和阶段的预测互动</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="40"/>
        <source>Value curve of the cell</source>
        <translation>单元格的价值曲线</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="40"/>
        <location filename="../ui/ResultsPanel.cpp" line="109"/>
        <location filename="../ui/ResultsPanel.cpp" line="110"/>
        <location filename="../ui/ResultsPanel.cpp" line="111"/>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="40"/>
        <source>value</source>
        <translation>价值</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="44"/>
        <source>KOL</source>
        <translation>KOL</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="44"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="44"/>
        <source>Followers</source>
        <translation>粉丝数</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="44"/>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="44"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="44"/>
        <source>Predicted reach</source>
        <translation>预测触达</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="44"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="48"/>
        <source>best combination</source>
        <translation>最佳组合</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="49"/>
        <source>chosen amount</source>
        <translation>选定金额</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="108"/>
        <source>plan (%1)</source>
        <translation>方案（%1）</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="108"/>
        <source>expert template</source>
        <translation>专家模板</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="112"/>
        <source>reach</source>
        <translation>触达</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="113"/>
        <source>engagements</source>
        <translation>互动</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="127"/>
        <source>Select a cell of the matrix to see its KOLs</source>
        <translation>选择矩阵中的单元格以查看其 KOL</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ResultsPanel.cpp" line="142"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 buys %n KOL(s) for %3</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;：%2 可购买 %n 个 KOL，花费 %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kol::SetupDialog</name>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="90"/>
        <source>Tier hierarchy (Head ≥ Mid ≥ Tail in each channel and phase)</source>
        <translation>层级约束（每个渠道和阶段内 头部 ≥ 腰部 ≥ 尾部）</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="96"/>
        <source>Campaign set-up: %1</source>
        <translation>投放设置：%1</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="106"/>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="106"/>
        <source>Start (YYYY-MM-DD)</source>
        <translation>开始（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="106"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="115"/>
        <source>Add phase</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="116"/>
        <source>Remove phase</source>
        <translation>删除阶段</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="124"/>
        <source>Reach</source>
        <translation>触达</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="124"/>
        <source>Engagement</source>
        <translation>互动</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="124"/>
        <source>Follower quality</source>
        <translation>粉丝质量</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="125"/>
        <source>Price efficiency</source>
        <translation>价格效率</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="125"/>
        <source>Format fit</source>
        <translation>形式匹配度</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="128"/>
        <source>Composite score weights</source>
        <translation>综合评分权重</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="139"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="140"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="141"/>
        <source>Max cell share</source>
        <translation>单格最高占比</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="143"/>
        <source>Phases</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="151"/>
        <source>Channels, tiers and formats (tick; drag to reorder)</source>
        <translation>渠道、层级和内容形式（勾选；拖动调整顺序）</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="156"/>
        <source>None ticked: every format</source>
        <translation>都不勾选：允许所有形式</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="157"/>
        <source>Channel share bounds (%)</source>
        <translation>渠道占比上下限（%）</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="159"/>
        <source>Expert template weights</source>
        <translation>专家模板权重</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="185"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="185"/>
        <source>Min %</source>
        <translation>最低 %</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="185"/>
        <source>Max %</source>
        <translation>最高 %</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="199"/>
        <source>Axis</source>
        <translation>维度</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="199"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="199"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="207"/>
        <location filename="../ui/SetupDialog.cpp" line="274"/>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="210"/>
        <location filename="../ui/SetupDialog.cpp" line="275"/>
        <source>phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="213"/>
        <source>tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="290"/>
        <source>phase %1: &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation>第 %1 个阶段：“%2”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="297"/>
        <source>channel share of %1: &apos;%2&apos; is not a number</source>
        <translation>%1 的渠道占比：“%2”不是数字</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="304"/>
        <source>template weight of %1: &apos;%2&apos; is not a number</source>
        <translation>%1 的模板权重：“%2”不是数字</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="319"/>
        <source>Not applied:</source>
        <translation>未应用：</translation>
    </message>
</context>
<context>
    <name>kol::StrategyMatrixModel</name>
    <message>
        <location filename="../ui/StrategyMatrixModel.cpp" line="107"/>
        <source>Total allocated: %1 of the budget %2</source>
        <translation>已分配合计：%1 / 预算 %2</translation>
    </message>
    <message>
        <location filename="../ui/StrategyMatrixModel.cpp" line="108"/>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <location filename="../ui/StrategyMatrixModel.cpp" line="130"/>
        <source>
Spend %1 · effect %2 · reach %3</source>
        <translation>
花费 %1 · 效果 %2 · 触达 %3</translation>
    </message>
    <message>
        <location filename="../ui/StrategyMatrixModel.cpp" line="189"/>
        <location filename="../ui/StrategyMatrixModel.cpp" line="200"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
</TS>
