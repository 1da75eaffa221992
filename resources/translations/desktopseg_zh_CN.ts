<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>BucketsModel</name>
    <message>
      <location filename="../../desktopseg/gui/models.py" />
      <source>Average order</source>
      <translation>平均订单额</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/models.py" />
      <source>Customers</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/models.py" />
      <source>Effort (1–10)</source>
      <translation>服务投入 (1–10)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/models.py" />
      <source>Margin</source>
      <translation>利润</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/models.py" />
      <source>Profit after service</source>
      <translation>扣除服务成本后的利润</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/models.py" />
      <source>Revenue</source>
      <translation>收入</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/models.py" />
      <source>Segment</source>
      <translation>分组</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/models.py" />
      <source>Share</source>
      <translation>占比</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/models.py" />
      <source>Type your own rating, 1 (little) to 10 (a lot); 0 clears it.</source>
      <translation>输入您自己的评分，1（很少）到 10（很多）；输入 0 可清除。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/models.py" />
      <source>What it means</source>
      <translation>含义</translation>
    </message>
  </context>
  <context>
    <name>BucketsView</name>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>{title}: {n} groups. Double-click a group to see its customers and why each is there.</source>
      <translation>{title}：{n} 个分组。双击分组可查看其中的客户及归入原因。</translation>
    </message>
  </context>
  <context>
    <name>ChartsView</name>
    <message>
      <location filename="../../desktopseg/gui/charts_view.py" />
      <source>Charts are not available in this version.</source>
      <translation>此版本无法使用图表。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/charts_view.py" />
      <source>No results yet.</source>
      <translation>暂无结果。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/charts_view.py" />
      <source>Recency × frequency grid</source>
      <translation>最近购买 × 频率 网格</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/charts_view.py" />
      <source>Segment sizes</source>
      <translation>分组规模</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/charts_view.py" />
      <source>Service effort vs. margin</source>
      <translation>服务投入与利润</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/charts_view.py" />
      <source>Sorry, this chart could not be drawn.</source>
      <translation>抱歉，无法绘制此图表。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/charts_view.py" />
      <source>The details are in {path}</source>
      <translation>详细信息见 {path}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/charts_view.py" />
      <source>The recency × frequency grid needs the buying-behaviour grouping.</source>
      <translation>最近购买 × 频率网格需要使用购买行为分组。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/charts_view.py" />
      <source>Who brings the money</source>
      <translation>谁带来收入</translation>
    </message>
  </context>
  <context>
    <name>ClientsView</name>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>1 client refreshed.</source>
      <translation>已刷新 1 家客户。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Add a client</source>
      <translation>添加客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Add…</source>
      <translation>添加…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Client</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Client's name:</source>
      <translation>客户名称：</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Clients</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Exports arrive in</source>
      <translation>导出文件存放位置</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Last export</source>
      <translation>最近导出</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Last run</source>
      <translation>上次分析</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Needs fixing: {problem}</source>
      <translation>需要处理：{problem}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Open</source>
      <translation>打开</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Open the client's last results in the main window</source>
      <translation>在主窗口中打开该客户的最近结果</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Practice:</source>
      <translation>事务所：</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Problems</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Refresh all</source>
      <translation>全部刷新</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Remove client</source>
      <translation>移除客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Remove {name}? Their autosaves, remembered column mapping and past runs kept by the app are deleted. Their own export files are not touched.</source>
      <translation>要移除 {name} 吗？本程序为其保存的自动保存文件、记住的列对应关系和过往分析记录都会被删除。其自己的导出文件不会受影响。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Remove…</source>
      <translation>移除…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Starting…</source>
      <translation>正在开始…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Stopped after 1 client.</source>
      <translation>处理完 1 家客户后已停止。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Stopped after {n} clients.</source>
      <translation>处理完 {n} 家客户后已停止。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Stopped.</source>
      <translation>已停止。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>The refresh stopped: {error}</source>
      <translation>刷新已中断：{error}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Their till or accounting system (optional, e.g. Square, QuickBooks):</source>
      <translation>他们使用的收银或记账系统（可选，例如 Square、QuickBooks）：</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Where do {name}'s exports arrive?</source>
      <translation>{name} 的导出文件存放在哪里？</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Your practice's name, printed on each report</source>
      <translation>您的事务所名称，会印在每份报告上</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>{name} has no results yet: click Refresh all first.</source>
      <translation>{name} 还没有结果：请先点击“全部刷新”。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>{n} clients refreshed.</source>
      <translation>已刷新 {n} 家客户。</translation>
    </message>
  </context>
  <context>
    <name>CompareView</name>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Compare</source>
      <translation>比较</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Customers</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Export everyone who moved</source>
      <translation>导出所有变动的客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Export everyone who moved…</source>
      <translation>导出所有变动的客户…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Flow between the two dates</source>
      <translation>两个日期之间的客户流动</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Move</source>
      <translation>变动</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Move matrix</source>
      <translation>变动表</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Move matrix (chart)</source>
      <translation>变动表（图表）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Pick an earlier date and press Compare to see who moved between segments since then.</source>
      <translation>选择一个较早的日期并点击“比较”，查看从那时起哪些客户换了分组。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Revenue</source>
      <translation>收入</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Revenue before</source>
      <translation>之前的收入</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Revenue now</source>
      <translation>现在的收入</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Rows: segment at the earlier date · columns: at the later date. Double-click a number for the customers.</source>
      <translation>行：较早日期的分组 · 列：较晚日期的分组。双击数字可查看对应的客户。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Segment sizes over time</source>
      <translation>分组规模随时间的变化</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Show customers…</source>
      <translation>显示客户…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>This file has no purchase dates, so there is no earlier moment to compare with.</source>
      <translation>此文件没有购买日期，因此没有更早的时间点可以比较。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Who moved</source>
      <translation>谁换了分组</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>the data as of</source>
      <translation>截至以下日期的数据</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>the earlier export (to {day})</source>
      <translation>之前的导出文件（截至 {day}）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>with the end of the data</source>
      <translation>与数据最后一天相比</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>{a} → {b}</source>
      <translation>{a} → {b}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>{a} → {b}: 1 customer</source>
      <translation>{a} → {b}：1 位客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>{a} → {b}: {n} customers</source>
      <translation>{a} → {b}：{n} 位客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>{before} customers on {day}, {after} on {end}; {new} new since then.</source>
      <translation>{day} 有 {before} 位客户，{end} 有 {after} 位；此后新增 {new} 位。</translation>
    </message>
  </context>
  <context>
    <name>CostToServeBox</name>
    <message>
      <location filename="../../desktopseg/gui/cost_settings.py" />
      <source> min</source>
      <translation> 分钟</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cost_settings.py" />
      <source>Category</source>
      <translation>品类</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cost_settings.py" />
      <source>Cost to serve</source>
      <translation>服务成本</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cost_settings.py" />
      <source>Margin %</source>
      <translation>利润率 %</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cost_settings.py" />
      <source>Margin % per product category (blank: the margin above). A cost column in the file wins.</source>
      <translation>每个商品品类的利润率 %（留空：使用上面的利润率）。如果文件中有成本列，以成本列为准。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cost_settings.py" />
      <source>Minutes of staff time per activity. Without service figures in your file, each customer's effort and cost to serve are estimated from these.</source>
      <translation>每项活动占用的员工分钟数。如果文件中没有服务数据，将根据这些数值估算每位客户的服务投入和服务成本。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cost_settings.py" />
      <source>Staff time per hour:</source>
      <translation>员工每小时成本：</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cost_settings.py" />
      <source>What an hour of staff time costs you, wages and overheads, in the file's currency.</source>
      <translation>员工工作一小时让您花费多少（含工资和其他开支），以文件中的货币计。</translation>
    </message>
  </context>
  <context>
    <name>CurrencyBox</name>
    <message>
      <location filename="../../desktopseg/gui/currency_box.py" />
      <source>As in the file</source>
      <translation>与文件一致</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/currency_box.py" />
      <source>As in the file (not stated)</source>
      <translation>与文件一致（未注明）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/currency_box.py" />
      <source>As in the file ({code})</source>
      <translation>与文件一致（{code}）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/currency_box.py" />
      <source>The currency money is shown in: tables, cards, report and Excel file. Kept with the column choices of this export.</source>
      <translation>显示金额所用的货币，用于表格、卡片、报告和 Excel 文件。会与此导出文件的列选择一起保存。</translation>
    </message>
  </context>
  <context>
    <name>CustomersDialog</name>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>1 customer in {segment}</source>
      <translation>{segment} 中的 1 位客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Average order</source>
      <translation>平均订单额</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Buyer type</source>
      <translation>买家类型</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Chance to buy again (%)</source>
      <translation>再次购买的概率 (%)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Churn risk</source>
      <translation>流失风险</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Customer ID</source>
      <translation>客户编号</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Customers in {segment}</source>
      <translation>{segment} 中的客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Days since</source>
      <translation>距今天数</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>E-mail</source>
      <translation>电子邮件</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Effort</source>
      <translation>服务投入</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Export customer list</source>
      <translation>导出客户名单</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Export list…</source>
      <translation>导出名单…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Find a customer…</source>
      <translation>查找客户…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Last purchase</source>
      <translation>最近一次购买</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Margin</source>
      <translation>利润</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Orders</source>
      <translation>订单数</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Revenue</source>
      <translation>收入</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Why here</source>
      <translation>归入原因</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>{n} customers in {segment}</source>
      <translation>{segment} 中有 {n} 位客户</translation>
    </message>
  </context>
  <context>
    <name>DataFrameModel</name>
    <message>
      <location filename="../../desktopseg/gui/models.py" />
      <source>yes</source>
      <translation>是</translation>
    </message>
  </context>
  <context>
    <name>DesktopSeg</name>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Please check this</source>
      <translation>请检查</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/app.py" />
      <location filename="../../desktopseg/gui/common.py" />
      <source>Sorry, something went wrong</source>
      <translation>抱歉，出错了</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/app.py" />
      <location filename="../../desktopseg/gui/common.py" />
      <source>Sorry, something went wrong inside DesktopSeg. Your file was not changed.

The details are in this log file; please send it to us:
{path}</source>
      <translation>抱歉，DesktopSeg 内部出错了。您的文件没有被更改。

详细信息在此日志文件中，请发送给我们：
{path}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>{where}: {message}</source>
      <translation>{where}：{message}</translation>
    </message>
  </context>
  <context>
    <name>EffortRating</name>
    <message>
      <location filename="../../desktopseg/gui/effort_rating.py" />
      <source>{value} (estimated from activity)</source>
      <translation>{value}（根据活动估算）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/effort_rating.py" />
      <source>{value} (your rating)</source>
      <translation>{value}（您的评分）</translation>
    </message>
  </context>
  <context>
    <name>EffortRatingBox</name>
    <message>
      <location filename="../../desktopseg/gui/effort_rating.py" />
      <source>How much of your time these customers take, 1 = little, 10 = a lot. Your rating replaces the estimate in the chart and the report (a service column in the file still wins).</source>
      <translation>这些客户占用您多少时间，1 = 很少，10 = 很多。您的评分会取代图表和报告中的估算值（但如果文件中有服务列，仍以文件为准）。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/effort_rating.py" />
      <source>The file has its own service figures for each customer; those are used.</source>
      <translation>文件中已有每位客户的服务数据，将使用这些数据。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/effort_rating.py" />
      <source>Your effort rating (1–10):</source>
      <translation>您的服务投入评分 (1–10)：</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/effort_rating.py" />
      <source>not rated</source>
      <translation>未评分</translation>
    </message>
  </context>
  <context>
    <name>ExportDoneBox</name>
    <message>
      <location filename="../../desktopseg/gui/export_done.py" />
      <source>Export finished</source>
      <translation>导出完成</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/export_done.py" />
      <source>Open</source>
      <translation>打开</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/export_done.py" />
      <source>Show in folder</source>
      <translation>在文件夹中显示</translation>
    </message>
  </context>
  <context>
    <name>ForecastView</name>
    <message>
      <location filename="../../desktopseg/gui/forecast_view.py" />
      <source>In the next {days} days, the customers you have are expected to place about {orders} orders worth about {revenue}.</source>
      <translation>预计在未来 {days} 天内，您现有的客户将下约 {orders} 笔订单，金额约 {revenue}。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/forecast_view.py" />
      <source>No forecast: it needs sales with dates, and it can be switched off in the settings.</source>
      <translation>没有预测：预测需要带日期的销售记录，也可以在设置中关闭。</translation>
    </message>
  </context>
  <context>
    <name>ImportPreviewPage</name>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>(no grouping)</source>
      <translation>（不分组）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>(not used)</source>
      <translation>（未使用）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>1 file read</source>
      <translation>已读取 1 个文件</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>&lt;b&gt;Please check:&lt;/b&gt; these dates could be day-first or month-first; {read}</source>
      <translation>&lt;b&gt;请检查：&lt;/b&gt;这些日期可能是“日在前”或“月在前”；{read}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Also read: {source}.</source>
      <translation>同时读取：{source}。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Automatic</source>
      <translation>自动</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Back</source>
      <translation>返回</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Check how {name} was read</source>
      <translation>检查 {name} 的读取方式</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Column in your file</source>
      <translation>文件中的列</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Column titles in row:</source>
      <translation>列标题所在行：</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Continue</source>
      <translation>继续</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Continue anyway?</source>
      <translation>仍然继续吗？</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Customer (as grouped)</source>
      <translation>客户（合并后）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Dates:</source>
      <translation>日期：</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Day first (31/12/2024)</source>
      <translation>日在前 (31/12/2024)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>First rows as they will be analysed</source>
      <translation>将要分析的前几行</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>From {source}</source>
      <translation>来自{source}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Group customers by:</source>
      <translation>按此列给客户分组：</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>It adds: {columns}.</source>
      <translation>它增加了：{columns}。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Its columns are listed below the file's own; untick it to leave it out.</source>
      <translation>它的列列在文件本身的列下面；取消勾选即可不使用它。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Left out: {sources}.</source>
      <translation>未使用：{sources}。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Month first (12/31/2024)</source>
      <translation>月在前 (12/31/2024)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Not an export we know by name, so the columns were recognised from their titles and contents. Please check them.</source>
      <translation>这不是我们认识的导出格式，因此根据列标题和内容识别了各列。请检查。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Nothing unusual.</source>
      <translation>没有异常。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Please check the columns</source>
      <translation>请检查各列</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Recognised as a {format} export.</source>
      <translation>已识别为 {format} 导出文件。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Refund</source>
      <translation>退款</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Row in file</source>
      <translation>文件中的行</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Rows: {read} read, {kept} kept</source>
      <translation>行数：读取 {read}，保留 {kept}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Sheet '{sheet}' was chosen: {reason}</source>
      <translation>已选择工作表“{sheet}”：{reason}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Sheet:</source>
      <translation>工作表：</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>The row that holds the column titles</source>
      <translation>列标题所在的行</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Things we noticed</source>
      <translation>我们注意到</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Use {source}, joined on the customer</source>
      <translation>使用{source}，按客户关联</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Used as</source>
      <translation>用作</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Why</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Year first (2024-12-31)</source>
      <translation>年在前 (2024-12-31)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>You chose this</source>
      <translation>您选择的</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Your customers are also put in one group per value of this column</source>
      <translation>还会按此列的每个值把客户各分为一组</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>column '{column}'</source>
      <translation>“{column}”列</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>detected</source>
      <translation>已识别</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>it has the most data</source>
      <translation>数据最多</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>read as {format}</source>
      <translation>按 {format} 读取</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>row {row}</source>
      <translation>第 {row} 行</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>{n} files read together</source>
      <translation>已合并读取 {n} 个文件</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>{n} left out: {reason}</source>
      <translation>{n} 行未使用：{reason}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>{n} sales without a customer (walk-ins) counted but not grouped</source>
      <translation>{n} 笔无客户信息的销售（散客）已计入，但未分组</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>{reason} (sure: {pct})</source>
      <translation>{reason}（把握：{pct}）</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&amp;About DesktopSeg</source>
      <translation>关于 DesktopSeg(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&amp;Close</source>
      <translation>关闭(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&amp;Groups</source>
      <translation>分组(&amp;G)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&amp;Language</source>
      <translation>语言(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&amp;Open…</source>
      <translation>打开(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&amp;Persona Cards</source>
      <translation>人物卡片(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&amp;Print…</source>
      <translation>打印(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&amp;Save Project</source>
      <translation>保存项目(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&amp;Start Page</source>
      <translation>起始页(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>'{name}' has changed since this project read it on {day}.</source>
      <translation>“{name}”在本项目于 {day} 读取之后已更改。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>'{name}' has changed since this project read it.</source>
      <translation>“{name}”在本项目读取之后已更改。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&lt;h3&gt;DesktopSeg {version}&lt;/h3&gt;&lt;p&gt;Find out who your customers are, from the spreadsheet your till already exports.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: no internet connection is used.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;DesktopSeg {version}&lt;/h3&gt;&lt;p&gt;用收银系统导出的表格，了解您的客户是谁。&lt;/p&gt;&lt;p&gt;所有数据都留在这台电脑上，不使用任何网络连接。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>About DesktopSeg</source>
      <translation>关于 DesktopSeg</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Add a &amp;Newer Export…</source>
      <translation>添加较新的导出文件(&amp;N)…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Add a Newer Export</source>
      <translation>添加较新的导出文件</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Add this shop's latest export; the project keeps the earlier one to show what changed</source>
      <translation>添加这家店最新的导出文件；项目会保留之前的文件，用来显示有何变化</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>All files (*)</source>
      <translation>所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Analysis &amp;Settings</source>
      <translation>分析设置(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Analysis settings</source>
      <translation>分析设置</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>C&amp;harts</source>
      <translation>图表(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>C&amp;lients…</source>
      <translation>客户(&amp;L)…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Choose a folder for the customer lists</source>
      <translation>选择客户名单的保存文件夹</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Close this project and go back to the start page</source>
      <translation>关闭此项目并返回起始页</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Columns set as you chose last time for a file like this. To change them: View &gt; Review Columns.</source>
      <translation>已按您上次对类似文件的选择设置各列。如需更改：视图 &gt; 检查列。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>DesktopSeg projects (*{suffix})</source>
      <translation>DesktopSeg 项目 (*{suffix})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Export &amp;Customer Lists (CSV)…</source>
      <translation>导出客户名单 (CSV)(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Export &amp;PDF…</source>
      <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Export PDF</source>
      <translation>导出 PDF</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Export to &amp;Excel…</source>
      <translation>导出到 Excel(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Export to Excel</source>
      <translation>导出到 Excel</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Newer export added. The project keeps the data up to {day}: see What changed.</source>
      <translation>已添加较新的导出文件。项目现在保留截至 {day} 的数据：请查看“有何变化”。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>No lists written</source>
      <translation>未写入任何名单</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>None of these customers has an e-mail address in the file, so there was nothing for an e-mail tool to import. Export to Excel to get every customer with their group.</source>
      <translation>这些客户在文件中都没有电子邮件地址，因此没有可导入邮件工具的内容。导出到 Excel 可获得所有客户及其分组。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Note: {message}</source>
      <translation>注意：{message}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Open</source>
      <translation>打开</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Open &amp;Recent</source>
      <translation>打开最近文件(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Open a spreadsheet export or a project</source>
      <translation>打开导出的表格或项目</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Open the &amp;Log Folder</source>
      <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>PDF document (*.pdf)</source>
      <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Preparing the print preview…</source>
      <translation>正在准备打印预览…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Print Pre&amp;view…</source>
      <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Print preview</source>
      <translation>打印预览</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Read it now as a newer export? What the project has now is kept, so What changed can compare the two.</source>
      <translation>现在作为较新的导出读取吗？项目现有的数据会保留，以便“有何变化”比较两者。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Review &amp;Columns…</source>
      <translation>检查列(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Same as the system</source>
      <translation>跟随系统</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Save Project &amp;As…</source>
      <translation>项目另存为(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Save project</source>
      <translation>保存项目</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Saved to {path}</source>
      <translation>已保存到 {path}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Some lists not written</source>
      <translation>部分名单未写入</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Spreadsheets ({patterns})</source>
      <translation>表格 ({patterns})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Spreadsheets and projects ({patterns})</source>
      <translation>表格和项目 ({patterns})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Starting…</source>
      <translation>正在开始…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Stopped.</source>
      <translation>已停止。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Stopped. The previous results are still shown.</source>
      <translation>已停止。仍显示之前的结果。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Stopping…</source>
      <translation>正在停止…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>The File Has Changed</source>
      <translation>文件已更改</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>The new language is used from the next time DesktopSeg starts.</source>
      <translation>新语言将在下次启动 DesktopSeg 时生效。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>What changed</source>
      <translation>有何变化</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Written to {path}</source>
      <translation>已写入 {path}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Your Own &amp;Groups…</source>
      <translation>自定义分组(&amp;G)…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>{lists} lists written to {path}; {left} customers without an e-mail address left out.</source>
      <translation>已将 {lists} 份名单写入 {path}；{left} 位没有电子邮件地址的客户未包含在内。</translation>
    </message>
  </context>
  <context>
    <name>PersonaCard</name>
    <message>
      <location filename="../../desktopseg/gui/personas_view.py" />
      <source>&lt;b&gt;Favourites:&lt;/b&gt; {items}</source>
      <translation>&lt;b&gt;常买：&lt;/b&gt;{items}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/personas_view.py" />
      <source>&lt;b&gt;Typically:&lt;/b&gt; {text}</source>
      <translation>&lt;b&gt;通常：&lt;/b&gt;{text}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/personas_view.py" />
      <source>&lt;b&gt;What to do&lt;/b&gt;</source>
      <translation>&lt;b&gt;建议做法&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/personas_view.py" />
      <source>&lt;b&gt;Why this group:&lt;/b&gt; {rule}</source>
      <translation>&lt;b&gt;归入原因：&lt;/b&gt;{rule}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/personas_view.py" />
      <source>Click to rename this persona</source>
      <translation>点击重命名此人物</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/personas_view.py" />
      <source>Your notes about these customers…</source>
      <translation>关于这些客户的备注…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/personas_view.py" />
      <source>{segment} · 1 customer ({share})</source>
      <translation>{segment} · 1 位客户（{share}）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/personas_view.py" />
      <source>{segment} · {n} customers ({share})</source>
      <translation>{segment} · {n} 位客户（{share}）</translation>
    </message>
  </context>
  <context>
    <name>PersonaCardsView</name>
    <message>
      <location filename="../../desktopseg/gui/personas_view.py" />
      <source>No persona cards for this grouping.</source>
      <translation>此分组方式没有人物卡片。</translation>
    </message>
  </context>
  <context>
    <name>ResultsPage</name>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>Change how customers are grouped; the groups are worked out again at once</source>
      <translation>更改客户的分组方式；分组会立即重新计算</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>Charts</source>
      <translation>图表</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>Forecast</source>
      <translation>预测</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>Group customers by:</source>
      <translation>客户分组方式：</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>Groups</source>
      <translation>分组</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>Not available for this file: </source>
      <translation>此文件无法使用：</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>Persona cards</source>
      <translation>人物卡片</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>Settings…</source>
      <translation>设置…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>Sorry, charts could not be shown. The details are in {path}</source>
      <translation>抱歉，无法显示图表。详细信息见 {path}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>{n} customers</source>
      <translation>{n} 位客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>{n} sales lines</source>
      <translation>{n} 条销售记录</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>{scheme} (not available)</source>
      <translation>{scheme}（不可用）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>{scheme}: {reason}</source>
      <translation>{scheme}：{reason}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>{start} to {end}</source>
      <translation>{start} 至 {end}</translation>
    </message>
  </context>
  <context>
    <name>RulesEditor</name>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>&amp;Add group</source>
      <translation>添加分组(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>&amp;Remove</source>
      <translation>删除(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>&lt;b&gt;Customers are grouped by the column '{column}' now&lt;/b&gt; (chosen when the file was read). OK puts your own groups in its place.</source>
      <translation>&lt;b&gt;客户目前按“{column}”列分组&lt;/b&gt;（读取文件时选择）。点击确定会用您自己的分组取而代之。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Columns (double-click to add):</source>
      <translation>列（双击即可添加）：</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Customers</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Each group needs its own name; used twice: {names}.</source>
      <translation>每个分组都需要自己的名称；重复使用的名称：{names}。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Everyone else:</source>
      <translation>其余客户：</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Group</source>
      <translation>分组</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Group {i}</source>
      <translation>分组 {i}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Move &amp;down</source>
      <translation>下移(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Move &amp;up</source>
      <translation>上移(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Name of this grouping:</source>
      <translation>此分组方式的名称：</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Name your groups and say who belongs in each, using the columns of your file. A customer goes into the first group whose condition fits. Examples: &lt;i&gt;Kidhome + Teenhome &amp;gt; 0&lt;/i&gt; · &lt;i&gt;Marital_Status in ('Married', 'Together')&lt;/i&gt; · &lt;i&gt;Income between 30000 and 60000&lt;/i&gt; · &lt;i&gt;Education contains 'PhD'&lt;/i&gt; · &lt;i&gt;Income is empty&lt;/i&gt;.</source>
      <translation>为您的分组命名，并用文件中的列说明每个分组包含哪些客户。客户会归入第一个条件相符的分组。示例：&lt;i&gt;Kidhome + Teenhome &amp;gt; 0&lt;/i&gt; · &lt;i&gt;Marital_Status in ('Married', 'Together')&lt;/i&gt; · &lt;i&gt;Income between 30000 and 60000&lt;/i&gt; · &lt;i&gt;Education contains 'PhD'&lt;/i&gt; · &lt;i&gt;Income is empty&lt;/i&gt;。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Who is in it</source>
      <translation>包含哪些客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Your Own Groups</source>
      <translation>自定义分组</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Your own groups</source>
      <translation>自定义分组</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Your own groups from an earlier file with the same columns are used again (View &gt; Your Own Groups… to change them).</source>
      <translation>已再次使用之前列相同的文件中的自定义分组（如需更改：视图 &gt; 自定义分组…）。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>can't read</source>
      <translation>无法识别</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>{n} customers</source>
      <translation>{n} 位客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>{n} customers in all; each is counted in one group only.</source>
      <translation>共 {n} 位客户；每位客户只计入一个分组。</translation>
    </message>
  </context>
  <context>
    <name>SettingsPanel</name>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source> days</source>
      <translation> 天</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>A change here works the groups out again at once.</source>
      <translation>在此处更改后，分组会立即重新计算。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>All groupings</source>
      <translation>所有分组方式</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Automatic groups</source>
      <translation>自动分组</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Buying behaviour</source>
      <translation>购买行为</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cut_points_note.py" />
      <source>Changing the levels or a cut point (then Enter) works the groups out again.</source>
      <translation>修改级数或分界点（然后按回车）会重新划分分组。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Chosen from the data</source>
      <translation>根据数据选择</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Company revenue</source>
      <translation>公司营收</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Company type (pick one or two)</source>
      <translation>公司类型（选一到两项）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Count days up to:</source>
      <translation>天数计算截至：</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Currency:</source>
      <translation>货币：</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Days since last purchase:</source>
      <translation>距上次购买天数：</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Deal size</source>
      <translation>交易规模</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Fold groups smaller than:</source>
      <translation>合并小于此比例的分组：</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Forecast the next:</source>
      <translation>预测未来：</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Forecast who buys again in this many days after the last date, tested on your own history. Turn it off to analyse large files faster.</source>
      <translation>预测最后日期之后这么多天内谁会再次购买，并用您自己的历史数据检验。关闭它可以更快地分析大文件。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Gender</source>
      <translation>性别</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>How many score levels for recency, frequency and money (5 is usual; fewer for small files)</source>
      <translation>最近购买、频率和金额的评分级数（通常为 5；小文件可少一些）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>How well the groups separate (higher is better): {scores}. {rule}</source>
      <translation>分组的区分程度（越高越好）：{scores}。{rule}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Income</source>
      <translation>收入</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Industry sector</source>
      <translation>行业</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Life stage (age and children at home)</source>
      <translation>人生阶段（年龄及家中是否有孩子）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Location</source>
      <translation>地区</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cut_points_note.py" />
      <source>Many customers share the same value there, so the levels that would have split them were merged. Every cut point used is shown.</source>
      <translation>很多客户在这一项上的数值相同，所以本该把他们分开的级别被合并了。所有用到的分界点都已列出。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Margin when costs are unknown:</source>
      <translation>成本未知时的利润率：</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Marital status</source>
      <translation>婚姻状况</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Number of employees</source>
      <translation>员工人数</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Number of groups:</source>
      <translation>分组数量：</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Number of orders:</source>
      <translation>订单数：</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Numbers separated by ';', e.g. 30; 90; 180</source>
      <translation>用“;”分隔的数字，例如 30; 90; 180</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Refunds and returns</source>
      <translation>退款和退货</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Score levels:</source>
      <translation>评分级数：</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Service effort counts</source>
      <translation>计入服务投入</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Set the cut points myself</source>
      <translation>自己设置分界点</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Spend:</source>
      <translation>消费金额：</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>The values where one score ends and the next begins, separated by ';'. Shown: the cuts the last analysis used.</source>
      <translation>每一级评分结束、下一级开始的数值，用“;”分隔。当前显示：上次分析使用的分界点。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>This file has no purchase dates, so it can't be analysed as of a date.</source>
      <translation>此文件没有购买日期，因此无法按某个日期的情况进行分析。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Use:</source>
      <translation>使用：</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>When your file has no cost column, margin is estimated as this share of sales.</source>
      <translation>文件中没有成本列时，按销售额的此比例估算利润。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Where they live</source>
      <translation>居住地</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Who they are (pick one or two)</source>
      <translation>他们是谁（选一到两项）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Your file has costs, so margins are exact.</source>
      <translation>您的文件包含成本，因此利润是准确的。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cut_points_note.py" />
      <source>days since last purchase</source>
      <translation>距上次购买的天数</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>not set</source>
      <translation>未设置</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cut_points_note.py" />
      <source>number of orders</source>
      <translation>订单数</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>off</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cut_points_note.py" />
      <source>spend</source>
      <translation>消费金额</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>the last sale</source>
      <translation>最后一笔销售</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>to</source>
      <translation>至</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cut_points_note.py" />
      <source>{measure}: the cut point {value} appears twice, because so many customers have that value that they fill two levels; they are split between them by their place in the file.</source>
      <translation>{measure}：分界点 {value} 出现了两次，因为具有这个数值的客户太多，占满了两个级别；他们按在文件中的先后顺序分到这两个级别。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cut_points_note.py" />
      <source>{measure}: {n} levels, not {k}.</source>
      <translation>{measure}：{n} 个级别，而不是 {k} 个。</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>A European shop (CSV)</source>
      <translation>欧洲商店 (CSV)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>A bookkeeper's QuickBooks report</source>
      <translation>记账员的 QuickBooks 报表</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>A florist (Square export)</source>
      <translation>花店 (Square 导出)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>A hardware store</source>
      <translation>五金店</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>An office-supply wholesaler (two sheets)</source>
      <translation>办公用品批发商（两个工作表）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>DesktopSeg reads the sales or customer export from your till, web shop or accounting program and sorts your customers into groups you can act on. Your file stays on this computer and is never changed.</source>
      <translation>DesktopSeg 读取收银系统、网店或记账软件导出的销售或客户数据，把客户分成您可以据此行动的分组。您的文件留在这台电脑上，永远不会被修改。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>Double-click a sample or a recent file to open it.</source>
      <translation>双击示例或最近的文件即可打开。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>Drop a spreadsheet or a DesktopSeg project here</source>
      <translation>将表格或 DesktopSeg 项目拖放到这里</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>Excel (.xlsx, .xls), OpenDocument (.ods), CSV or text exports</source>
      <translation>Excel (.xlsx, .xls)、OpenDocument (.ods)、CSV 或文本导出文件</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>Files you open will be listed here.</source>
      <translation>打开过的文件会列在这里。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>No sample workbooks were found.</source>
      <translation>未找到示例工作簿。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>Open a file…</source>
      <translation>打开文件…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>Recent files and projects</source>
      <translation>最近的文件和项目</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>Try a sample</source>
      <translation>试用示例</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>Who are your customers?</source>
      <translation>您的客户是谁？</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>“{name}” is selected: double-click it or press Enter to open it.</source>
      <translation>已选中“{name}”：双击它或按 Enter 键打开。</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source> and </source>
      <translation>和</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>'in' needs a list in brackets, for example in ('a', 'b').</source>
      <translation>“in” 后面需要一个用括号括起来的列表，例如 in ('a', 'b')。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>'{ch}' can't be used in a condition.</source>
      <translation>条件中不能使用“{ch}”。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/list_totals.py" />
      <source>'{col}' counts the days since each customer's last purchase; last-purchase dates are counted back from {day}, the latest date in the list.</source>
      <translation>“{col}”是每位客户距上次购买的天数；上次购买日期从名单中最晚的日期 {day} 往回推算。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>'{col}' is in hours; it was turned into minutes.</source>
      <translation>“{col}”以小时为单位，已换算为分钟。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/content_roles.py" />
      <source>'{col}' is not an order number (its values repeat across customers and dates), so each customer's purchases are counted by date.</source>
      <translation>“{col}”不是订单号（其值在不同客户和日期之间重复出现），因此每位客户的购买次数按日期计算。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/content_roles.py" />
      <source>'{col}' was taken as the order number because of what it holds.</source>
      <translation>根据其内容，已将“{col}”用作订单号。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>'{name}' is not a column of this file, and names of the program's insides can't be used.</source>
      <translation>“{name}”不是此文件中的列，并且不能使用程序内部的名称。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/not_written.py" />
      <source>'{segment}' was not written: none of its {n} customers has an e-mail address.</source>
      <translation>未写入“{segment}”：该分组的 {n} 位客户都没有电子邮件地址。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>'{word}' can't stand here; a column name, number or text is needed.</source>
      <translation>此处不能使用“{word}”；这里需要列名、数字或文本。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>(all customers: {v})</source>
      <translation>（全部客户：{v}）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>(your rating)</source>
      <translation>（您的评分）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rhythm.py" />
      <source>, or under twice the typical {gap} days between one customer's visits</source>
      <translation>，或不到同一位客户通常光顾间隔（{gap} 天）的两倍</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>, {k:.0f} children at home</source>
      <translation>，家中有 {k:.0f} 个孩子</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>1 customer</source>
      <translation>1 位客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>1 customer moved up from {a} to {b}; they had spent {money} by {day}.</source>
      <translation>1 位客户从“{a}”升到了“{b}”；截至 {day} 已消费 {money}。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>1 customer slipped from {a} to {b}; they had spent {money} by {day}.</source>
      <translation>1 位客户从“{a}”降到了“{b}”；截至 {day} 已消费 {money}。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>1 customer went from {a} to {b}; they had spent {money} by {day}.</source>
      <translation>1 位客户从“{a}”转到了“{b}”；截至 {day} 已消费 {money}。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>1 new customer came after {day}.</source>
      <translation>{day} 之后来了 1 位新客户。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>1 order</source>
      <translation>1 笔订单</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>2 groups: their score ({two:.2f}) beats the best of 3 to 8 groups ({k} groups, {s:.2f}) by {m:.2f} or more.</source>
      <translation>2 个分组：其得分（{two:.2f}）比 3 到 8 个分组中的最佳结果（{k} 个分组，{s:.2f}）高出 {m:.2f} 或更多。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>35 to 54</source>
      <translation>35 至 54 岁</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>35 to 54 with children at home</source>
      <translation>35 至 54 岁，家中有孩子</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>35 to 54, no children at home</source>
      <translation>35 至 54 岁，家中没有孩子</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>55 or over</source>
      <translation>55 岁及以上</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>55 or over with children still at home</source>
      <translation>55 岁及以上，孩子仍住在家里</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>55 or over, no children at home</source>
      <translation>55 岁及以上，家中没有孩子</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>; after the cost of serving them {v}</source>
      <translation>；扣除服务成本后 {v}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>; effort {e:.1f}/10: {q}</source>
      <translation>；服务投入 {e:.1f}/10：{q}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>; estimated lifetime value {v}</source>
      <translation>；预计终身价值 {v}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>A column name, number or text is needed here.</source>
      <translation>此处需要列名、数字或文本。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>A condition can't be used as a number or text here.</source>
      <translation>此处不能把条件当作数字或文本使用。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>A family loyalty card so every visit adds up.</source>
      <translation>办一张家庭会员卡，让每次光顾都能累积。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>A group of your customers</source>
      <translation>您的一组客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>A handwritten card or early access to something new. No discounts: they come anyway.</source>
      <translation>一张手写卡片，或抢先体验新品。不要打折：他们反正会来。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>A list after 'in' holds numbers and texts in quotes only.</source>
      <translation>“in” 后面的列表只能包含数字和带引号的文本。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>A mix of buyers: {kinds}.</source>
      <translation>买家类型不一：{kinds}。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>A number can't run into letters here.</source>
      <translation>此处数字后面不能紧跟字母。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>A personal thank-you for staying with you.</source>
      <translation>一句私人感谢，谢谢他们一直支持您。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>A regular: buys in most months.</source>
      <translation>常客：大多数月份都会购买。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>A rules file needs a list of groups under "segments".</source>
      <translation>规则文件需要在 "segments" 下列出分组。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>A second purchase soon after the first is what turns a newcomer into a regular.</source>
      <translation>第一次购买后不久再买第二次，新客户就会变成常客。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>A small share of customers brings most of the money.</source>
      <translation>一小部分客户带来了大部分收入。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>About to Sleep</source>
      <translation>即将沉睡</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>About {k} in 10 are expected to buy again in the next {d} days.</source>
      <translation>预计每 10 位中约有 {k} 位会在未来 {d} 天内再次购买。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Accommodation and Food Services</source>
      <translation>住宿和餐饮业</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Add a column with service minutes, support tickets or an effort score (1-10) per customer or per sale, and this chart will show which segments take more time than they bring.</source>
      <translation>添加一列每位客户或每笔销售的服务分钟数、支持工单数或投入评分 (1-10)，此图表就会显示哪些分组花费的时间多于带来的收益。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/snapshots.py" />
      <source>Add a newer export (File &gt; Add a Newer Export).</source>
      <translation>请添加较新的导出文件（文件 &gt; 添加较新的导出文件）。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Administrative and Support and Waste Management</source>
      <translation>行政支持与废物管理</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>After repricing: {action}</source>
      <translation>调整价格之后：{action}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>After the cost of serving them, {good} and {bad}.</source>
      <translation>扣除服务成本后，{good}，{bad}。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Age</source>
      <translation>年龄</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Age unknown</source>
      <translation>年龄未知</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/sic_divisions.json" />
      <source>Agriculture, Forestry and Fishing</source>
      <translation>农业、林业和渔业</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Agriculture, Forestry, Fishing and Hunting</source>
      <translation>农业、林业、渔业和狩猎</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>All clients</source>
      <translation>所有客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>All customers look the same in the data, so there are no groups to find.</source>
      <translation>数据中所有客户看起来都一样，因此找不到分组。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/common.py" />
      <source>All {n} customers fall into one group: the data can't support two or more segments for this analysis.</source>
      <translation>全部 {n} 位客户都在同一个分组中：这些数据不足以在此分析中分出两个或更多分组。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>Amounts are quantity x unit price ('{q}' x '{p}').</source>
      <translation>金额 = 数量 × 单价（“{q}” × “{p}”）。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/batch.py" />
      <location filename="../../desktopseg/core/pipeline.py" />
      <location filename="../../desktopseg/gui/jobs.py" />
      <source>Analysing</source>
      <translation>正在分析</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>Analysing the earlier date</source>
      <translation>正在分析较早的日期</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>Analysing the later date</source>
      <translation>正在分析较晚的日期</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/snapshots.py" />
      <source>Analysing {day}</source>
      <translation>正在分析 {day}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Annual revenue</source>
      <translation>年营收</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Answer your campaigns</source>
      <translation>会回应您的营销活动</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Arts, Entertainment, and Recreation</source>
      <translation>艺术、娱乐和休闲</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Ask for a birthday at the till or in the next mailing.</source>
      <translation>在收银台或下一次寄信时询问他们的生日。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Ask for a second purchase: a reminder with something that goes with their first buy.</source>
      <translation>争取第二次购买：提醒他们有与第一次所买商品相配的东西。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Ask occasional customers for a second purchase</source>
      <translation>争取偶尔光顾的客户再买一次</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Ask them what they want next; they reply.</source>
      <translation>问问他们接下来想要什么；他们会回复的。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>At Risk</source>
      <translation>有流失风险</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/names.py" />
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Automatic groups</source>
      <translation>自动分组</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>Automatic groups are made afresh at every run, so they can't be compared.</source>
      <translation>自动分组每次分析都会重新生成，因此无法比较。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Automatic groups need numbers that differ between customers (spend, orders, dates), and this data has none.</source>
      <translation>自动分组需要在客户之间有差异的数字（消费、订单、日期），而这些数据中没有。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Average customers who have not bought for a while.</source>
      <translation>一段时间没有购买的普通客户。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Average margin per customer</source>
      <translation>每位客户的平均利润</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <location filename="../../desktopseg/core/personas.py" />
      <source>Average order</source>
      <translation>平均订单额</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Average orders per year</source>
      <translation>平均每年订单数</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Average revenue per customer (no cost in the data)</source>
      <translation>每位客户的平均收入（数据中没有成本）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Average service effort (1 = little, 10 = a lot)</source>
      <translation>平均服务投入（1 = 很少，10 = 很多）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>BG/NBD purchase model</source>
      <translation>BG/NBD 购买模型</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Below average, and their visits are fading.</source>
      <translation>低于平均水平，光顾越来越少。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Big regular spenders who come less often lately</source>
      <translation>最近来得少了的大额常客</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Big spenders</source>
      <translation>大额买家</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Big-basket buyers</source>
      <translation>大单买家</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Bought for the first time very recently.</source>
      <translation>最近刚第一次购买。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Bought little, long ago</source>
      <translation>很久以前买过一点</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Bought little, long ago.</source>
      <translation>很久以前买过一点。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Bought once, 1 day ago, spent {spent}; </source>
      <translation>只买过一次，在 1 天前，消费 {spent}；</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Bought once, not back yet</source>
      <translation>买过一次，尚未回头</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Bought once, on the last day of the data, spent {spent}; </source>
      <translation>只买过一次，在数据的最后一天，消费 {spent}；</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Bought once, {days} days ago, spent {spent}; </source>
      <translation>只买过一次，在 {days} 天前，消费 {spent}；</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Bought recently, buy often and spend the most.</source>
      <translation>最近购买、经常购买，消费最多。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Bought {orders} times, last 1 day ago, spent {spent}; </source>
      <translation>买过 {orders} 次，最近一次在 1 天前，消费 {spent}；</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Bought {orders} times, last {days} days ago, spent {spent}; </source>
      <translation>买过 {orders} 次，最近一次在 {days} 天前，消费 {spent}；</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Bought {orders} times, the last on the last day of the data, spent {spent}; </source>
      <translation>买过 {orders} 次，最近一次在数据的最后一天，消费 {spent}；</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Bring most of your money</source>
      <translation>带来您大部分的收入</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Bring new customers back for a second visit</source>
      <translation>让新客户再来第二次</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Browse a lot</source>
      <translation>经常浏览</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Bundles rather than discounts protect the margin.</source>
      <translation>用组合套装代替打折，可以保住利润。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Busy young parents</source>
      <translation>忙碌的年轻父母</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Buy often, recently and well</source>
      <translation>常买、最近买、买得多</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Buy regularly and spend well.</source>
      <translation>经常购买，消费不错。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Buyer type</source>
      <translation>买家类型</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/names.py" />
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Buying behaviour (RFM)</source>
      <translation>购买行为 (RFM)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Buying-behaviour segments need purchase dates, and this data has none.</source>
      <translation>购买行为分组需要购买日期，而这些数据中没有。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Buying-behaviour segments need the number of orders per customer, and this data has none.</source>
      <translation>购买行为分组需要每位客户的订单数，而这些数据中没有。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Buys now and then.</source>
      <translation>偶尔购买。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Buys through several channels.</source>
      <translation>通过多个渠道购买。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Call or write to each of them yourself, with a good reason to come back.</source>
      <translation>亲自给每个人打电话或写信，给他们一个回来的好理由。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>Calling functions is not allowed ('{name}(…)'); only column names, numbers and texts.</source>
      <translation>不允许调用函数（“{name}(…)”）；只能使用列名、数字和文本。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>Calling functions is not allowed; only column names, numbers, texts and the words and/or/not/in/between/contains/is empty.</source>
      <translation>不允许调用函数；只能使用列名、数字、文本以及 and/or/not/in/between/contains/is empty 这些词。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>Campaign responders</source>
      <translation>积极响应营销活动的客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Can't Lose Them</source>
      <translation>不能失去</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>Catalogue buyers</source>
      <translation>目录购物客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <location filename="../../desktopseg/core/saved_results.py" />
      <source>Champions</source>
      <translation>冠军客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Chance still active</source>
      <translation>仍活跃的概率</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Chance to buy again (forecast)</source>
      <translation>再次购买的概率（预测）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Charge for the service: a delivery fee, a phone-order fee, and a minimum order for free delivery.</source>
      <translation>为服务收费：收取送货费、电话订购费，并设定免运费的最低订单金额。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Check how the group grows or shrinks next quarter.</source>
      <translation>下个季度看看这个分组是变大还是变小。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/batch.py" />
      <source>Check in 'desktopseg inspect' that the customer, date and amount columns were found.</source>
      <translation>请用“desktopseg inspect”检查是否找到了客户、日期和金额列。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>Check that a column identifies the customer (an id, e-mail or name).</source>
      <translation>请确认有一列能识别客户（编号、电子邮件或名称）。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Check that it hasn't been moved, renamed or deleted.</source>
      <translation>请确认它没有被移动、重命名或删除。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>Check that the file is not open in another program and that you may read it.</source>
      <translation>请确认文件没有在其他程序中打开，并且您有读取权限。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>Check that this is the date column, or save the dates in a standard form such as 2024-03-31.</source>
      <translation>请确认这是日期列，或将日期保存为标准格式，例如 2024-03-31。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Check that this is the right sheet, or delete the extra columns and save.</source>
      <translation>请确认这是正确的工作表，或删除多余的列后保存。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>Check the column choices in the import preview.</source>
      <translation>请在导入预览中检查列的选择。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>Check there is free space and that you may write to that folder.</source>
      <translation>请确认有足够空间，并且您有该文件夹的写入权限。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/joined.py" />
      <source>Choose a file with one row per customer.</source>
      <translation>请选择每位客户占一行的文件。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>Choose a later analysis date.</source>
      <translation>请选择更晚的分析日期。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Choose an existing folder.</source>
      <translation>请选择一个已存在的文件夹。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/snapshots.py" />
      <source>Choose an export made after {old}.</source>
      <translation>请选择在 {old} 之后导出的文件。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Choose another name for the export.</source>
      <translation>请为导出文件换一个名称。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients.py" />
      <source>Choose another name.</source>
      <translation>请换一个名称。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>Choose another name; projects end in {suffix}.</source>
      <translation>请换一个名称；项目文件以 {suffix} 结尾。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>Choose one of: {names}.</source>
      <translation>请选择其中之一：{names}。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>Choose the amount column in the import preview, or export the report with sales amounts.</source>
      <translation>请在导入预览中选择金额列，或导出包含销售金额的报表。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Choose the behaviour scheme to see it.</source>
      <translation>选择购买行为分组即可查看。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>Choose the column with the sale amounts in the import preview.</source>
      <translation>请在导入预览中选择销售金额列。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>Choose the customer column in the import preview, or export the report with customer details.</source>
      <translation>请在导入预览中选择客户列，或导出包含客户信息的报表。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>Choose the date column in the import preview, or export the report with a date column.</source>
      <translation>请在导入预览中选择日期列，或导出包含日期列的报表。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Choose the exported spreadsheet inside it.</source>
      <translation>请选择其中导出的表格。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/several.py" />
      <source>Choose the folder the exports were saved in.</source>
      <translation>请选择保存导出文件的文件夹。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Choose the sheet that holds your sales, or export again.</source>
      <translation>请选择包含销售数据的工作表，或重新导出。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Churn risk</source>
      <translation>流失风险</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>Churn risk and upsell potential come from the forecast: in the test it picked who bought again better than the 'overdue' rule of thumb ({m:.2f} against {r:.2f}, where 0.5 is guessing and 1 is perfect).</source>
      <translation>流失风险和追加销售潜力来自预测：在测试中，它比“逾期”经验法则更能找出会再次购买的客户（{m:.2f} 对 {r:.2f}，0.5 相当于瞎猜，1 为完美）。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>Churn risk and upsell potential use the 'overdue' rule of thumb, because the forecast could not be tested on this history.</source>
      <translation>流失风险和追加销售潜力使用“逾期”经验法则，因为无法用这段历史数据检验预测。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>Churn risk and upsell potential use the 'overdue' rule of thumb: in the test it picked who bought again at least as well as the forecast.</source>
      <translation>流失风险和追加销售潜力使用“逾期”经验法则：在测试中，它找出会再次购买的客户的效果至少和预测一样好。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>City</source>
      <translation>城市</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>Cleaning rows</source>
      <translation>正在清理行</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>Client</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/batch.py" />
      <location filename="../../desktopseg/core/clients.py" />
      <source>Client {i} of {n}: {name}</source>
      <translation>第 {i} 家客户，共 {n} 家：{name}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>Clients</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Close it (for example in Excel) and export again, or choose another name.</source>
      <translation>请先关闭它（例如在 Excel 中）后重新导出，或换一个名称。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Close it in other programs, or copy it somewhere you can read it, and try again.</source>
      <translation>请在其他程序中关闭它，或将其复制到可读取的位置后重试。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>Column choices {src}.</source>
      <translation>列的选择{src}。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/print_setup.py" />
      <source>Columns A to {last} printed; all {n} are in the file</source>
      <translation>已打印 A 至 {last} 列；全部 {n} 列都在文件中</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/group_by.py" />
      <source>Columns that can group customers: {columns}.</source>
      <translation>可用于给客户分组的列：{columns}。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/content_roles.py" />
      <source>Columns that could hold it: {cols}. Choose one in the import preview, or pass --mapping.</source>
      <translation>可能包含它的列：{cols}。请在导入预览中选择一列，或使用 --mapping。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/content_roles.py" />
      <source>Columns that could hold it: {cols}. Choose one in the import preview, or pass a mapping (--mapping).</source>
      <translation>可能包含它的列：{cols}。请在导入预览中选择一列，或传入列对应关系（--mapping）。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Come into the shop</source>
      <translation>到店购买</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Comes back again and again</source>
      <translation>一次又一次回来</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Comes for special occasions, year after year.</source>
      <translation>每年在特别的日子光顾。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Coming less often than before</source>
      <translation>来得比以前少</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Company</source>
      <translation>公司</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/names.py" />
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>Company profile</source>
      <translation>公司概况</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Company revenue</source>
      <translation>公司营收</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/industry.py" />
      <source>Company revenue under {hi}</source>
      <translation>公司营收低于 {hi}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/industry.py" />
      <source>Company revenue unknown</source>
      <translation>公司营收未知</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/industry.py" />
      <source>Company revenue {lo}+</source>
      <translation>公司营收 {lo} 以上</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/industry.py" />
      <source>Company revenue {lo}-{hi}</source>
      <translation>公司营收 {lo}-{hi}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>Company segments need industry codes (SIC or NAICS), employee counts or company revenue, and this data has none.</source>
      <translation>公司分组需要行业代码（SIC 或 NAICS）、员工人数或公司营收，而这些数据中没有。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>Compare buying behaviour, customer value or company type instead.</source>
      <translation>请改为比较购买行为、客户价值或公司类型。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>Compared with all customers: {bits}.</source>
      <translation>与全部客户相比：{bits}。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Compared with the typical customer: {bits}.</source>
      <translation>与典型客户相比：{bits}。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <source>Compared with your typical customer: {facts}</source>
      <translation>与您的典型客户相比：{facts}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Comparing</source>
      <translation>正在比较</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <location filename="../../desktopseg/core/data/sic_divisions.json" />
      <source>Construction</source>
      <translation>建筑业</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Copy it to your computer and try again.</source>
      <translation>请将它复制到您的电脑后重试。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>Core</source>
      <translation>核心</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Cost more than they bring</source>
      <translation>花费多于带来的收益</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <location filename="../../desktopseg/core/export.py" />
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Cost to serve</source>
      <translation>服务成本</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Costs more than they bring</source>
      <translation>花费多于带来的收益</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Country</source>
      <translation>国家</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Couples</source>
      <translation>两口之家</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Cumulative share of margin</source>
      <translation>利润累计占比</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Cumulative share of revenue (no cost in the data)</source>
      <translation>收入累计占比（数据中没有成本）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <location filename="../../desktopseg/core/export.py" />
      <source>Customer ID</source>
      <translation>客户编号</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Customer name</source>
      <translation>客户名称</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Customer number in the file</source>
      <translation>文件中的客户编号</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Customer segments</source>
      <translation>客户分组</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Customer type</source>
      <translation>客户类型</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/names.py" />
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>Customer value</source>
      <translation>客户价值</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <location filename="../../desktopseg/core/clients_book.py" />
      <location filename="../../desktopseg/core/compare.py" />
      <location filename="../../desktopseg/core/compare_charts.py" />
      <location filename="../../desktopseg/core/export.py" />
      <location filename="../../desktopseg/core/personas.py" />
      <location filename="../../desktopseg/core/saved_results.py" />
      <source>Customers</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>Customers grouped by {dims}.</source>
      <translation>按{dims}对客户分组。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare_charts.py" />
      <source>Customers moving between segments</source>
      <translation>在分组之间变动的客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>Customers who cost more than they bring (negative {basis}).</source>
      <translation>花费多于收益的客户（{basis}为负）。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/custom.py" />
      <source>Customers who meet none of the conditions.</source>
      <translation>不符合任何条件的客户。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>Cut points chosen afresh at each date (equal-sized groups); the same segment grid.</source>
      <translation>每个日期都重新选择分界点（等量分组）；分组网格相同。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>Cut points chosen afresh at each date: the earlier data was too small to fix them.</source>
      <translation>每个日期都重新选择分界点：较早的数据太少，无法固定分界点。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>Cut points of {day} used at both dates: {cuts}; the same segment grid.</source>
      <translation>两个日期都使用 {day} 的分界点：{cuts}；分组网格相同。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>Data from {name}</source>
      <translation>数据来源：{name}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>Dates like 03/04 could be day-first or month-first; read as {order}. Change it in the preview if that is wrong.</source>
      <translation>像 03/04 这样的日期可能是日在前或月在前；已按{order}读取。如有错误，请在预览中更改。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Days as a customer</source>
      <translation>成为客户的天数</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>Days between purchases are estimated as (last - first purchase) / (orders - 1): the customer list has no individual sales.</source>
      <translation>购买间隔按（最后一次 - 第一次购买）/（订单数 - 1）估算：客户名单中没有逐笔销售记录。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Days since last purchase</source>
      <translation>距上次购买天数</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_columns.py" />
      <source>Days since the last purchase come from the column '{col}'; the list is read as of {day}.</source>
      <translation>距上次购买的天数来自“{col}”列；名单按 {day} 的情况读取。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>Deal seekers</source>
      <translation>爱找优惠的客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>Deal size unknown</source>
      <translation>交易规模未知</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Delete the stray cells far below or to the right of your data (Ctrl+End in Excel shows the last cell), save, and open it again.</source>
      <translation>删除数据下方或右侧远处的零散单元格（在 Excel 中按 Ctrl+End 可看到最后一个单元格），保存后重新打开。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>DesktopSeg never writes over your original file.</source>
      <translation>DesktopSeg 绝不会覆盖您的原始文件。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>Did you mean {names}?</source>
      <translation>您是指 {names} 吗？</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>Discounts and refunds written once per order ({cols}) are taken off that order.</source>
      <translation>每个订单只记一次的折扣和退款（{cols}）会从该订单中扣除。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Download or export it again, then open the new copy.</source>
      <translation>请重新下载或导出，然后打开新的副本。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <location filename="../../desktopseg/core/export.py" />
      <source>E-mail</source>
      <translation>电子邮件</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>Each group needs its own name; used twice: {names}.</source>
      <translation>每个分组都需要自己的名称；重复使用的名称：{names}。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Each of the 25 cells needs one of: {names}.</source>
      <translation>25 个格子中每个都需要以下之一：{names}。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Educational Services</source>
      <translation>教育服务</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Effort from</source>
      <translation>服务投入来源</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Effort quadrant</source>
      <translation>投入象限</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Effort score (given)</source>
      <translation>投入评分（已提供）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Effort: {source}</source>
      <translation>服务投入：{source}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Employees</source>
      <translation>员工</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Empty nesters</source>
      <translation>空巢家庭</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Established families</source>
      <translation>成熟的有孩家庭</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Established households</source>
      <translation>安定的家庭</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>Even so, judged by each customer's own buying rhythm, about {k} in 10 are expected to buy again in the next {d} days.</source>
      <translation>即便如此，按每位客户自己的购买节奏来看，预计每 10 位中约有 {k} 位会在未来 {d} 天内再次购买。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Every customer has the same {dim} value, so all get the middle score.</source>
      <translation>所有客户的{dim}值相同，因此都得到中间分。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>Everyone else</source>
      <translation>其余客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>Expected ')' to close the bracket opened here.</source>
      <translation>缺少“)”来闭合在此处开始的括号。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>Expected ',' or ')' to go on with the list.</source>
      <translation>此处应为“,”或“)”，以继续列表。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>Expected '{word}' here.</source>
      <translation>此处应为“{word}”。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Expected orders (forecast)</source>
      <translation>预计订单数（预测）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Expected revenue (forecast)</source>
      <translation>预计收入（预测）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>Export a period that has sales in it.</source>
      <translation>请导出有销售记录的时间段。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Export a shorter period (for example one year at a time) or close other programs and try again.</source>
      <translation>请导出较短的时间段（例如每次一年），或关闭其他程序后重试。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Export a shorter period from your sales program.</source>
      <translation>请从销售软件导出较短的时间段。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/batch.py" />
      <source>Export a shorter period, or close other programs.</source>
      <translation>请导出较短的时间段，或关闭其他程序。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Export it again as CSV, or open it in a spreadsheet program and save it as .xlsx.</source>
      <translation>请重新导出为 CSV，或在表格软件中打开后另存为 .xlsx。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Export the data again from your sales program.</source>
      <translation>请从销售软件重新导出数据。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>Export the report with a customer column (ID, name or e-mail), or choose it in the import preview.</source>
      <translation>请导出包含客户列（编号、名称或电子邮件）的报表，或在导入预览中选择该列。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Export your sales as Excel (.xlsx) or CSV and open that file.</source>
      <translation>请将销售数据导出为 Excel (.xlsx) 或 CSV，然后打开该文件。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Export your sales as Excel (.xlsx) or CSV from your sales program and open that file.</source>
      <translation>请从销售软件将销售数据导出为 Excel (.xlsx) 或 CSV，然后打开该文件。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>FM = (F + M) / 2, rounded half up</source>
      <translation>FM = (F + M) / 2，四舍五入</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Family-size offers still fit them.</source>
      <translation>家庭装优惠仍然适合他们。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Favourite category</source>
      <translation>最常买的品类</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Favourite product</source>
      <translation>最常买的商品</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Favourite: {category}.</source>
      <translation>最爱：{category}。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Female</source>
      <translation>女</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>Fewer than 1 in 10 are expected to buy again in the next {d} days.</source>
      <translation>预计每 10 位中不到 1 位会在未来 {d} 天内再次购买。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <location filename="../../desktopseg/core/export.py" />
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Finance and Insurance</source>
      <translation>金融和保险</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/sic_divisions.json" />
      <source>Finance, Insurance and Real Estate</source>
      <translation>金融、保险和房地产</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Find out why they send things back: check descriptions, sizes and quality.</source>
      <translation>找出他们退货的原因：检查商品描述、尺码和质量。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>First name</source>
      <translation>名</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>First purchase</source>
      <translation>首次购买</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Follow up a visit with a reminder of what they looked at.</source>
      <translation>在他们来过之后，发一条提醒，附上他们看过的商品。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>For example: {example}</source>
      <translation>例如：{example}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast_charts.py" />
      <source>Forecast</source>
      <translation>预测</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast_charts.py" />
      <source>Forecast for the next {n} days</source>
      <translation>未来 {n} 天的预测</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>Forecasting the next {n} days</source>
      <translation>正在预测未来 {n} 天</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Found you through</source>
      <translation>了解渠道</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Founded</source>
      <translation>成立时间</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Free delivery above a basket size to grow their orders.</source>
      <translation>订单满一定金额免运费，让他们每次买得更多。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Frequency &amp; spend score (higher = more)</source>
      <translation>频率与金额评分（越高越多）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Frequent buyers</source>
      <translation>常买客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>Frequent site visitors</source>
      <translation>常逛网站的客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>From (on {day})</source>
      <translation>原分组（{day}）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Gender</source>
      <translation>性别</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Gender unknown</source>
      <translation>性别未知</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Gift ideas for children and grandchildren before holidays.</source>
      <translation>节日前为孩子和孙辈推荐礼物点子。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients.py" />
      <source>Give the client a name.</source>
      <translation>请为客户填写名称。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Greet them by name; in-store events and samples.</source>
      <translation>叫出他们的名字；举办店内活动，提供试用品。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>Group '{group}': {message}</source>
      <translation>分组“{group}”：{message}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>Group {i} in the rules needs a "name" and a "when" condition.</source>
      <translation>规则中的分组 {i} 需要一个 "name" 和一个 "when" 条件。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/group_by.py" />
      <source>Grouped by {column}</source>
      <translation>按{column}分组</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>Groups by what customers want need channel, deal, campaign or survey-answer columns, and this list has none.</source>
      <translation>按客户需求分组需要渠道、优惠、营销活动或问卷答案列，而此名单中没有。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Groups of who your customers are need an age or birth year, an income or a location column, and this list has none.</source>
      <translation>按客户身份分组需要年龄或出生年份、收入或地区列，而此名单中没有。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Has drifted away</source>
      <translation>已经流失</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Has only returned things so far</source>
      <translation>目前只有退货</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Health Care and Social Assistance</source>
      <translation>医疗保健和社会救助</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Hibernating</source>
      <translation>休眠客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>High {col}</source>
      <translation>{col}高</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>High-maintenance customers</source>
      <translation>费心的客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>High-margin customers</source>
      <translation>高利润客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Higher income</source>
      <translation>较高收入</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>How many groups: {rule}</source>
      <translation>分组数量：{rule}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>If they won't pay for the service, let them go politely: stop the extra trips and calls.</source>
      <translation>如果他们不愿为服务付费，就礼貌地放手：不再额外跑腿和打电话。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>If you have a copy or an autosave of it, open that; otherwise import the spreadsheet again.</source>
      <translation>如果有副本或自动保存的版本，请打开它；否则请重新导入表格。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>In '{name}': {bits}</source>
      <translation>“{name}”中：{bits}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>In '{name}': {vals}</source>
      <translation>“{name}”中：{vals}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>In the middle years</source>
      <translation>中年人</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>In your list: {column}</source>
      <translation>您的名单中：{column}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/several.py" />
      <source>In {n} files, e.g. {name}: {message}</source>
      <translation>在 {n} 个文件中，例如 {name}：{message}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Income bands split the known incomes in three equal parts: lower under {a}, middle {a} to {b}, higher from {b}.</source>
      <translation>收入档次把已知收入平均分成三份：较低收入低于 {a}，中等收入为 {a} 至 {b}，较高收入从 {b} 起。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Income unknown</source>
      <translation>收入未知</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Industry</source>
      <translation>行业</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Industry code</source>
      <translation>行业代码</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>Industry: </source>
      <translation>行业：</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Information</source>
      <translation>信息业</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Invite them to a tasting or an evening event.</source>
      <translation>邀请他们参加品鉴会或晚间活动。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>It brings in the most money.</source>
      <translation>它带来的收入最多。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Just getting to know you</source>
      <translation>刚开始认识您</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Keep the printed catalogue coming, with an order form.</source>
      <translation>继续寄送印刷目录，并附上订购单。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Keep the service but make it lighter: one named contact, a standard order list, fewer special trips.</source>
      <translation>保留服务但简化它：指定一位联系人、使用标准订货单、减少特别上门。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Keep the web shop quick; send offers by e-mail.</source>
      <translation>保持网店快速流畅；通过电子邮件发送优惠。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Lapsed customers</source>
      <translation>流失客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>Large deals</source>
      <translation>大额交易</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>Largest segments</source>
      <translation>最大的分组</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Last name</source>
      <translation>姓</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <location filename="../../desktopseg/core/export.py" />
      <source>Last purchase</source>
      <translation>最近一次购买</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Last seen 1 day ago.</source>
      <translation>上次光顾在 1 天前。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Last seen a long time ago</source>
      <translation>很久没有来过了</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Last seen on the last day of the data.</source>
      <translation>上次光顾在数据的最后一天。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Last seen {days} days ago.</source>
      <translation>上次光顾在 {days} 天前。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>Leave the date out, or use a sales export with a date on each line.</source>
      <translation>请不填日期，或使用每行都有日期的销售导出文件。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Let them go quietly: one last 'we miss you' offer, then stop spending on them.</source>
      <translation>让他们安静离开：最后发一次“我们想念您”的优惠，之后不再为他们花钱。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Lifetime spend (from the file)</source>
      <translation>累计消费（来自文件）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Lifetime value (estimate)</source>
      <translation>终身价值（估算）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>Lifetime value equals the spend so far: the data has no order counts or dates to project from.</source>
      <translation>终身价值等于目前的消费：数据中没有可用于预测的订单数或日期。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Light {cat} buyers</source>
      <translation>{cat}少量买家</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>Location</source>
      <translation>地区</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>Location unknown</source>
      <translation>地区未知</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>Long tail</source>
      <translation>长尾</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Long-standing customers</source>
      <translation>老客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Look after the group '{name}'</source>
      <translation>照顾好分组“{name}”</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Look at who is in here: a new group may be hiding.</source>
      <translation>看看这里都有谁：可能藏着一个新的分组。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>Looking inside a value with '.' is not allowed; only column names, numbers and texts can be used.</source>
      <translation>不允许用“.”查看值的内部；只能使用列名、数字和文本。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>Loss-making</source>
      <translation>亏损</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Lost</source>
      <translation>已流失</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>Lost {amount} in {basis}</source>
      <translation>{basis}亏损 {amount}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>Low {col}</source>
      <translation>{col}低</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Low-maintenance customers</source>
      <translation>省心的客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Low-margin customers</source>
      <translation>低利润客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Low-touch</source>
      <translation>省心</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Lower income</source>
      <translation>较低收入</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Loyal</source>
      <translation>忠实客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Loyalty reward: a stamp card or points so regular visits add up.</source>
      <translation>会员回馈：集章卡或积分，让经常光顾有所累积。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Make it easy: bundles for the family and quick pick-up.</source>
      <translation>让一切更方便：家庭组合装和快速取货。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Male</source>
      <translation>男</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Management of Companies and Enterprises</source>
      <translation>公司和企业管理</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <location filename="../../desktopseg/core/data/sic_divisions.json" />
      <source>Manufacturing</source>
      <translation>制造业</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Many customers have bought only a little; a reminder brings some of them back.</source>
      <translation>很多客户只买过一点；一个提醒就能让其中一些人回来。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Many customers, small sums each</source>
      <translation>客户多，每人金额小</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>Many small customers who bring the last {pct:.0f}%.</source>
      <translation>许多小客户，带来最后的 {pct:.0f}%。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Margin</source>
      <translation>利润</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Margin from</source>
      <translation>利润来源</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <location filename="../../desktopseg/core/personas.py" />
      <source>Margin share</source>
      <translation>利润占比</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Marital status unknown</source>
      <translation>婚姻状况未知</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>Medium deals</source>
      <translation>中等交易</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/custom.py" />
      <source>Meets none of the conditions above.</source>
      <translation>不符合以上任何条件。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/custom.py" />
      <source>Meets the condition of '{name}': {when}</source>
      <translation>符合“{name}”的条件：{when}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Middle income</source>
      <translation>中等收入</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>Middle of the road</source>
      <translation>中规中矩</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Midlife adults (35 to 54)</source>
      <translation>中年人（35 至 54 岁）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Midlife, no children at home</source>
      <translation>中年，家中无子女</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/sic_divisions.json" />
      <source>Mining</source>
      <translation>采矿业</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Mining, Quarrying, and Oil and Gas Extraction</source>
      <translation>采矿、采石及油气开采</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>Minutes per activity from</source>
      <translation>每项活动分钟数来源</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <location filename="../../desktopseg/core/importer/list_totals.py" />
      <source>Mixed</source>
      <translation>混合</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Months active (last 12)</source>
      <translation>活跃月数（最近 12 个月）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Most are first-time buyers.</source>
      <translation>大多数是首次购买。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Most often a business of {size} staff ({share}).</source>
      <translation>多为员工 {size} 人的企业（{share}）。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Most often buys through {channel} ({share}).</source>
      <translation>多通过 {channel} 购买（{share}）。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Most often from {place} ({share}).</source>
      <translation>多来自 {place}（{share}）。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Most often in {sector} ({share}).</source>
      <translation>多在 {sector} 行业（{share}）。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/cli_compare.py" />
      <location filename="../../desktopseg/gui/jobs.py" />
      <source>Movers</source>
      <translation>变动的客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/cli_compare.py" />
      <location filename="../../desktopseg/gui/jobs.py" />
      <source>Moves</source>
      <translation>分组变动</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <location filename="../../desktopseg/core/export.py" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Needs Attention</source>
      <translation>需要关注</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Needs attention, and pays for it</source>
      <translation>需要照顾，但物有所值</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>Needs fixing</source>
      <translation>需要修复</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>New</source>
      <translation>新客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>New customers</source>
      <translation>新客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Newcomers</source>
      <translation>新客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Newest, lightest buyers</source>
      <translation>最新、买得最少的客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/content_roles.py" />
      <source>No column looks like it: export the report with that column.</source>
      <translation>没有哪一列像是它：请导出包含该列的报表。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/content_roles.py" />
      <source>No column looks like it; {hint}</source>
      <translation>没有哪一列像是它；{hint}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>No column says who the customer was (an ID, name or e-mail).</source>
      <translation>没有任何一列说明客户是谁（编号、名称或电子邮件）。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>No column with amounts (or quantity and unit price) was found.</source>
      <translation>未找到金额列（或数量和单价）。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>No column with sale dates was found.</source>
      <translation>未找到销售日期列。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>No cost or margin is known, so tiers are by revenue. Set a margin % to see margin.</source>
      <translation>成本和利润未知，因此按收入分级。设置利润率即可查看利润。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>No customer bought twice, so 'overdue' is measured against 90 days.</source>
      <translation>没有客户买过两次，因此“逾期”按 90 天衡量。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>No customer has a positive {basis}, so there is no value to rank.</source>
      <translation>没有客户的{basis}为正，因此无法按价值排序。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/custom.py" />
      <source>No customer is in {names}.</source>
      <translation>{names} 中没有客户。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/not_written.py" />
      <source>No customer lists were written: none of the customers has a usable e-mail address.</source>
      <translation>没有写入任何客户名单：没有一位客户有可用的电子邮件地址。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/not_written.py" />
      <source>No customer lists were written: the data has no e-mail addresses, and e-mail tools need one per customer. Export to Excel to get every customer with their group.</source>
      <translation>没有写入任何客户名单：数据中没有电子邮件地址，而邮件工具需要每位客户都有一个。导出到 Excel 可获得所有客户及其分组。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>No customers were found in this file.</source>
      <translation>此文件中未找到客户。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients.py" />
      <source>No export found in {folder}.</source>
      <translation>在 {folder} 中没有找到导出文件。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/industry.py" />
      <source>No industry code</source>
      <translation>无行业代码</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>No purchase date</source>
      <translation>无购买日期</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>No purchase date known</source>
      <translation>不知道购买日期</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>No purchase date or order count in the data</source>
      <translation>数据中没有购买日期或订单数</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>No row has both a readable date and an amount.</source>
      <translation>没有任何一行同时具有可读的日期和金额。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/batch.py" />
      <source>No segments could be made from this file.</source>
      <translation>无法根据此文件分出任何分组。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/sic_divisions.json" />
      <source>Nonclassifiable Establishments</source>
      <translation>无法分类的机构</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>None of the dates in column '{col}' can be read (for example '{ex}').</source>
      <translation>“{col}”列中的日期都无法读取（例如“{ex}”）。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>None of the rows says who the customer was.</source>
      <translation>没有任何一行说明客户是谁。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Not available</source>
      <translation>不可用</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/group_by.py" />
      <source>Not given</source>
      <translation>未填写</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>Not in the newer data</source>
      <translation>较新的数据中没有</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Nudge the customers who are drifting</source>
      <translation>提醒渐渐疏远的客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Offer family-size packs and a reason to come back each month.</source>
      <translation>提供家庭装，并给他们一个每月再来的理由。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Offer your regulars something that goes with their usual buy</source>
      <translation>给常客推荐与他们常买商品相配的东西</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Offer your steady customers something that goes with their usual buy</source>
      <translation>给稳定客户推荐与他们常买商品相配的东西</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Older adults (55 and over)</source>
      <translation>年长者（55 岁及以上）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Older customers who value service</source>
      <translation>重视服务的年长客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Older parents with children at home</source>
      <translation>家中有子女的年长父母</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>One value of your column</source>
      <translation>您的列中的一个值</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Only for the {good} who are profitable after service: {action}</source>
      <translation>只针对扣除服务成本后仍有利润的 {good} 位客户：{action}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Only for the {n} customer who is profitable after service: {action}</source>
      <translation>仅针对扣除服务成本后仍盈利的 {n} 位客户：{action}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Only refunds, no purchases, in this period</source>
      <translation>此期间只有退款，没有购买</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/snapshots.py" />
      <source>Only sales exports with dates can be added as a newer export.</source>
      <translation>只有带日期的销售导出文件才能作为较新的导出添加。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/common.py" />
      <source>Only {n} customer(s) in the data: segments need at least {m}.</source>
      <translation>数据中只有 {n} 位客户：分组至少需要 {m} 位。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Only {n} customers: scores use {k} levels instead of {levels}.</source>
      <translation>只有 {n} 位客户：评分使用 {k} 级而不是 {levels} 级。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>Open a spreadsheet export to start a new analysis, or pick a {suffix} file.</source>
      <translation>打开导出的表格开始新的分析，或选择一个 {suffix} 文件。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Open it in Excel or LibreOffice and save it as .xlsx or .csv, then open that file.</source>
      <translation>请在 Excel 或 LibreOffice 中打开，另存为 .xlsx 或 .csv，然后打开该文件。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Open it in Excel or LibreOffice, save it as .xlsx and open that copy.</source>
      <translation>请在 Excel 或 LibreOffice 中打开，另存为 .xlsx，然后打开该副本。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook), save a copy and open that copy.</source>
      <translation>请在 Excel 中打开，取消密码（文件 &gt; 信息 &gt; 保护工作簿），保存一份副本并打开该副本。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/snapshots.py" />
      <source>Open the file on its own instead.</source>
      <translation>请改为单独打开该文件。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/jobs.py" />
      <source>Opening project</source>
      <translation>正在打开项目</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Order from the catalogue</source>
      <translation>从商品目录订购</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Orders</source>
      <translation>订单数</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Orders (from the file)</source>
      <translation>订单数（来自文件）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_columns.py" />
      <source>Orders are the sum of the columns {cols}.</source>
      <translation>订单数为 {cols} 列之和。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/list_totals.py" />
      <source>Orders per customer are the sum of {cols}.</source>
      <translation>每位客户的订单数为 {cols} 之和。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast_charts.py" />
      <source>Orders per week</source>
      <translation>每周订单数</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Orders per year</source>
      <translation>每年订单数</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast_charts.py" />
      <source>Orders that came in (customers you already had)</source>
      <translation>实际收到的订单（来自已有客户）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/common.py" />
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Other Services (except Public Administration)</source>
      <translation>其他服务（公共管理除外）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>Over the last 90 days</source>
      <translation>过去 90 天</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>Over the last {n} days</source>
      <translation>过去 {n} 天</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Overdue (x usual gap)</source>
      <translation>逾期（通常间隔的倍数）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/print_setup.py" />
      <source>Page {page} of {pages}</source>
      <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>Pareto/NBD purchase model</source>
      <translation>Pareto/NBD 购买模型</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/letterhead.py" />
      <source>Pass a PNG file that exists, or leave the logo out.</source>
      <translation>请指定一个确实存在的 PNG 文件，或不使用标志。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Peak {peak}: the last {rest} of customers lose money</source>
      <translation>峰值 {peak}：最后 {rest} 的客户造成亏损</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Peak {peak}: the last {rest} of customers returned more than they bought</source>
      <translation>峰值 {peak}：最后 {rest} 的客户退货多于购买</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Period</source>
      <translation>期间</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Persona</source>
      <translation>人物</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Personal service and a printed newsletter work well.</source>
      <translation>贴心的个人服务和纸质通讯效果很好。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>Phone buyers</source>
      <translation>电话订购买家</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>Pick a date between the first sale ({start}) and the last.</source>
      <translation>请选择第一笔销售（{start}）和最后一笔销售之间的日期。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>Pick a date between the first sale and the last ({end}).</source>
      <translation>请选择第一笔销售和最后一笔销售（{end}）之间的日期。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Point them to the web shop for repeat buys.</source>
      <translation>引导他们到网店回购。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Postcode</source>
      <translation>邮编</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Potential Loyalist</source>
      <translation>潜在忠实客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Preferred channel</source>
      <translation>常用渠道</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/letterhead.py" />
      <source>Prepared by {practice}</source>
      <translation>由 {practice} 编制</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Professional, Scientific, and Technical Services</source>
      <translation>专业、科学和技术服务</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <location filename="../../desktopseg/core/export.py" />
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Profit after service</source>
      <translation>扣除服务成本后的利润</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Promising</source>
      <translation>有潜力</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <location filename="../../desktopseg/core/data/sic_divisions.json" />
      <source>Public Administration</source>
      <translation>公共管理</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Put them first on every campaign list.</source>
      <translation>每次营销活动都把他们放在名单首位。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Rare buyers</source>
      <translation>很少购买的客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Reach them where they browse: social posts and the web shop.</source>
      <translation>在他们常逛的地方接触他们：社交媒体和网店。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/batch.py" />
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <location filename="../../desktopseg/core/pipeline.py" />
      <location filename="../../desktopseg/gui/jobs.py" />
      <source>Reading file</source>
      <translation>正在读取文件</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Real Estate and Rental and Leasing</source>
      <translation>房地产及租赁</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Recency score (higher = bought more recently)</source>
      <translation>最近购买评分（越高越近）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Recency x frequency &amp; spend</source>
      <translation>最近购买 × 频率与金额</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Recent buyers</source>
      <translation>近期买家</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Recent buyers who could become regulars</source>
      <translation>有望成为常客的近期买家</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Recent buyers who have spent little so far</source>
      <translation>目前消费还不多的近期买家</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Recent customers who have not spent much yet.</source>
      <translation>最近的客户，消费还不多。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Recent customers with a few purchases: could become loyal.</source>
      <translation>购买过几次的近期客户：有望成为忠实客户。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>Recognised as {fmt}; this layout was built without a real export to check, so look over the columns.</source>
      <translation>已识别为 {fmt}；此格式未经真实导出文件验证，请检查各列。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>Recognising columns</source>
      <translation>正在识别列</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Refunded</source>
      <translation>已退款</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Refunds</source>
      <translation>退款</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Refunds only</source>
      <translation>只有退款</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Region</source>
      <translation>区域</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Regulars who keep coming</source>
      <translation>一直光顾的常客</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Remind them before they drift away: a message around the time they usually reorder.</source>
      <translation>在他们流失前提醒：在他们通常再次下单的时候发一条消息。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>Report</source>
      <translation>报告</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Reprice or let go</source>
      <translation>重新定价或放手</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Reprice or let go: charge for the extra service, set a minimum order, or stop chasing these accounts.</source>
      <translation>重新定价或放手：对额外服务收费、设定最低订单额，或不再追着这些客户。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Reprice their service first (after the cost of serving them they bring {pas}). Only then: {action}</source>
      <translation>先重新为他们的服务定价（扣除服务成本后，他们带来 {pas}）。然后再：{action}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Reprice their service first (after the cost of serving them they cost you {loss} more than they bring). Only then: {action}</source>
      <translation>先重新为他们的服务定价（扣除服务成本后，他们让您多花 {loss}，超过他们带来的收入）。然后再：{action}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Reprice: put their prices up to a level that pays for the time they take.</source>
      <translation>重新定价：把价格提高到足以支付他们所占用时间的水平。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <location filename="../../desktopseg/core/data/sic_divisions.json" />
      <source>Retail Trade</source>
      <translation>零售业</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Return more than most</source>
      <translation>退货比大多数顾客多</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Returns more than they buy: about {amount} net per order.</source>
      <translation>退货多于购买：每单净额约 {amount}。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <location filename="../../desktopseg/core/export.py" />
      <source>Revenue</source>
      <translation>收入</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>Revenue by {day}</source>
      <translation>截至 {day} 的收入</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_columns.py" />
      <source>Revenue is the sum</source>
      <translation>收入为各列之和</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>Revenue is the sum of the spend columns ({cols}).</source>
      <translation>收入为消费列（{cols}）之和。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare_charts.py" />
      <source>Revenue of customers moving between segments (by the later date)</source>
      <translation>在分组之间变动的客户的收入（按较晚的日期计算）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <location filename="../../desktopseg/core/personas.py" />
      <source>Revenue share</source>
      <translation>收入占比</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Row in the source file</source>
      <translation>源文件中的行</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>Rules must be one of: {names}.</source>
      <translation>规则必须是以下之一：{names}。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Run an analysis first.</source>
      <translation>请先运行分析。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients.py" />
      <source>Save the client's sales export into that folder, or pick another folder.</source>
      <translation>请将该客户的销售导出文件保存到那个文件夹，或选择其他文件夹。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>Saved {when}</source>
      <translation>保存于 {when}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/jobs.py" />
      <source>Saving project</source>
      <translation>正在保存项目</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Sector</source>
      <translation>部门</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <location filename="../../desktopseg/core/segmentation/industry.py" />
      <source>Sector unknown</source>
      <translation>部门未知</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Seen lately, not yet a habit</source>
      <translation>最近来过，还没成为习惯</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Segment</source>
      <translation>分组</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare_charts.py" />
      <source>Segment on {day}</source>
      <translation>{day} 时的分组</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare_charts.py" />
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Segment sizes over time</source>
      <translation>分组规模随时间的变化</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Segment sizes: {title}</source>
      <translation>分组规模：{title}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>Segmenting: {name}</source>
      <translation>正在分组：{name}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Send a reminder around the time they usually buy.</source>
      <translation>在他们通常购买的时候发一条提醒。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Send a thank-you with a tip for what they bought and a reason to return this month.</source>
      <translation>发一封感谢信，附上所购商品的小贴士，再给他们一个本月再来的理由。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Send offers to them and not to full-price buyers.</source>
      <translation>把优惠发给他们，而不是发给按原价购买的客户。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Send one friendly reminder with something that goes with their first buy.</source>
      <translation>发一次友好的提醒，推荐与他们第一次所买商品相配的东西。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <location filename="../../desktopseg/core/personas.py" />
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Service effort</source>
      <translation>服务投入</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Service effort (1-10)</source>
      <translation>服务投入 (1-10)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Service effort about {effort} out of 10 (estimated from activity).</source>
      <translation>服务投入约 {effort}/10（根据活动估算）。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Service effort about {effort} out of 10.</source>
      <translation>服务投入约 {effort}/10。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Service effort vs. margin</source>
      <translation>服务投入与利润</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Service effort {effort} out of 10 (your rating).</source>
      <translation>服务投入 {effort}/10（您的评分）。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Service minutes</source>
      <translation>服务分钟数</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Service minutes (estimated from activity)</source>
      <translation>服务分钟数（根据活动估算）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Service minutes used for the cost</source>
      <translation>用于计算成本的服务分钟数</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/sic_divisions.json" />
      <source>Services</source>
      <translation>服务业</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Settled, time to treat themselves</source>
      <translation>生活安定，开始犒劳自己</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Several channels</source>
      <translation>多个渠道</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Share</source>
      <translation>占比</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Share of customers, biggest first</source>
      <translation>客户占比，从大到小</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Share via {channel}</source>
      <translation>经由{channel}的占比</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>Sheets {sheets} have the same columns; their {n} lines were read as one table.</source>
      <translation>工作表 {sheets} 的列相同；其 {n} 行已作为一个表读取。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Shop online</source>
      <translation>网上购物</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Show new items on the home page first.</source>
      <translation>在首页优先展示新品。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Show the premium range: quality over quantity.</source>
      <translation>展示高端系列：重质不重量。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Singles</source>
      <translation>单身人士</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Size</source>
      <translation>规模</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/industry.py" />
      <source>Size unknown</source>
      <translation>规模未知</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Small baskets</source>
      <translation>小额订单</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>Small deals</source>
      <translation>小额交易</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/common.py" />
      <source>Small groups shown together.</source>
      <translation>小分组合并显示。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Small spenders</source>
      <translation>低消费客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Small, infrequent buyers not seen for a long time.</source>
      <translation>很久没来、偶尔少量购买的客户。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Small, occasional buyers, not seen for long</source>
      <translation>偶尔少量购买、很久没来的客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Small-basket buyers</source>
      <translation>小单买家</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>Some amounts are percentages.</source>
      <translation>部分金额是百分比。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/custom.py" />
      <source>Some customers meet more than one condition; each is in the first group that fits ({names} lost some to groups above them).</source>
      <translation>有些客户符合不止一个条件；每位客户都归入第一个符合的分组（{names} 中有部分客户被归入了排在前面的分组）。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/batch.py" />
      <source>Something went wrong inside the program.</source>
      <translation>程序内部出错了。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_columns.py" />
      <source>Spend is the sum of the columns {cols}.</source>
      <translation>消费金额为 {cols} 列之和。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Spend less than most customers</source>
      <translation>消费比大多数顾客少</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Spend: {category}</source>
      <translation>消费：{category}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Spends well when they come</source>
      <translation>来了就买得多</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Sporadic customers</source>
      <translation>偶尔光顾的客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Stars</source>
      <translation>明星客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <location filename="../../desktopseg/core/personas.py" />
      <source>Stay in touch: a short seasonal newsletter with what's new.</source>
      <translation>保持联系：一份简短的季节通讯，介绍新品。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Steady customers</source>
      <translation>稳定客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Steady, everyday customers</source>
      <translation>稳定的日常客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Still shopping for a full house</source>
      <translation>仍在为一大家子采购</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Stop discounting: they come anyway; keep offers for people who need a nudge.</source>
      <translation>停止打折：他们反正会来；把优惠留给需要推一把的人。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>Store buyers</source>
      <translation>门店买家</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Suggest an item that goes with what they usually buy, at a small saving.</source>
      <translation>推荐一件与他们常买商品相配的东西，略有优惠。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>Summarising customers</source>
      <translation>正在汇总客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Support tickets</source>
      <translation>支持工单</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Tagline</source>
      <translation>一句话描述</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Takes a lot of looking after for a thin margin</source>
      <translation>照顾多、利润薄</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Takes more time than their margin pays for</source>
      <translation>利润抵不上所花的时间</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>Text encoding: {enc}.</source>
      <translation>文本编码：{enc}。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>Texts go in single quotes ('Married'); names with spaces in double quotes.</source>
      <translation>文字要放在单引号中（'Married'）；含空格的名称要放在双引号中。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Thank them with a loyalty reward; they buy for several people.</source>
      <translation>用会员回馈感谢他们；他们是为好几个人购买。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Thank your best customers</source>
      <translation>感谢您最好的客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>The amount column '{col}' holds no numbers.</source>
      <translation>金额列“{col}”中没有数字。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>The best third of customers by {basis}; together they bring {pct:.0f}% of it. Spending is spread evenly here, so the first 80% comes from more than a third of the customers.</source>
      <translation>按{basis}排名前三分之一的客户；他们合计贡献其中的 {pct:.0f}%。这里的消费分布比较均匀，所以前 80% 来自超过三分之一的客户。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>The clustering reported: {msg}</source>
      <translation>聚类报告：{msg}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/group_by.py" />
      <source>The column '{column}' is not in this data (was its sheet left out?).</source>
      <translation>这些数据中没有“{column}”列（是否未使用它所在的工作表？）。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>The condition is empty.</source>
      <translation>条件是空的。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>The condition is nested too deeply.</source>
      <translation>条件嵌套太深。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>The condition is too long ({n} characters; at most {m}).</source>
      <translation>条件太长（{n} 个字符；最多 {m} 个）。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>The condition stops too early: something is missing at the end.</source>
      <translation>条件提前结束了：末尾缺少内容。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>The cost column looks like cost per unit, so it was multiplied by the quantity of each line.</source>
      <translation>成本列看起来是单位成本，因此已乘以每行的数量。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/joined.py" />
      <source>The customer file doesn't look like a customer list.</source>
      <translation>客户文件看起来不像客户名单。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>The customer list has no ID or name column, so each customer is known by their row number.</source>
      <translation>客户名单中没有编号或名称列，因此按行号识别每位客户。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>The customer list has no spend figures, so value analysis is not possible.</source>
      <translation>客户名单中没有消费数据，因此无法进行价值分析。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>The customer list in {src} shares no customer with the sales, so it was not used.</source>
      <translation>{src} 中的客户名单与销售记录没有共同客户，因此未使用。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>The customers don't separate into groups (too few distinct customers).</source>
      <translation>客户无法分成分组（不同的客户太少）。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>The customers don't separate into groups by their answers.</source>
      <translation>根据客户的回答，无法把他们分成不同的分组。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>The customers who bring the first {pct:.0f}% of {basis}.</source>
      <translation>带来前 {pct:.0f}% {basis}的客户。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>The customers who bring the next {pct:.0f}%.</source>
      <translation>带来接下来 {pct:.0f}% 的客户。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rhythm.py" />
      <source>The data covers only {days} days (under {min} days{gap}): too short to tell who has stopped coming, so nobody is called At Risk, Can't Lose Them, Hibernating, Lost or About to Sleep, and no rates per year are given.</source>
      <translation>数据只覆盖 {days} 天（不到 {min} 天{gap}）：时间太短，无法判断谁已不再光顾，因此没有人被归为“有流失风险”“不能失去”“休眠客户”“已流失”或“即将沉睡”，也不给出按年计算的比率。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>The data has no {missing}, so only {used} is used.</source>
      <translation>数据中没有{missing}，因此只使用{used}。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>The data has no {wanted}; grouped by {used} instead.</source>
      <translation>数据中没有{wanted}；改按{used}分组。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>The data starts on {start}, after {day}: there were no customers yet.</source>
      <translation>数据从 {start} 开始，晚于 {day}：那时还没有客户。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/batch.py" />
      <source>The details are in the log file.</source>
      <translation>详细信息在日志文件中。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The file can't be found.</source>
      <translation>找不到文件。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The file can't be opened: permission denied.</source>
      <translation>无法打开文件：没有权限。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The file can't be read ({err}).</source>
      <translation>无法读取文件（{err}）。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>The file can't be replaced: it may be open in another program.</source>
      <translation>无法替换文件：它可能在其他程序中打开着。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>The file has no columns.</source>
      <translation>文件中没有列。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The file is damaged and can't be opened ({err}).</source>
      <translation>文件已损坏，无法打开（{err}）。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The file is damaged: it looks like a workbook but its archive can't be opened (it may be cut short).</source>
      <translation>文件已损坏：看起来是工作簿，但其压缩包无法打开（可能不完整）。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The file is damaged: its archive says one part is {small} bytes but it holds far more.</source>
      <translation>文件已损坏：其压缩包显示某部分为 {small} 字节，但实际内容多得多。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The file is empty.</source>
      <translation>文件是空的。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/batch.py" />
      <source>The file is too big to analyse on this computer.</source>
      <translation>此文件太大，无法在这台电脑上分析。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The file unpacks to an absurd size ({size:.0f} GB from {packed:.1f} MB); it is damaged or not a real export.</source>
      <translation>文件解压后大得离谱（{packed:.1f} MB 解压为 {size:.0f} GB）；它已损坏或不是真正的导出文件。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The file unpacks to an absurd size ({size:.0f} GB); it is damaged or not a real export.</source>
      <translation>文件解压后大得离谱（{size:.0f} GB）；它已损坏或不是真正的导出文件。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>The folder for the export doesn't exist.</source>
      <translation>导出文件夹不存在。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/several.py" />
      <source>The folder has no spreadsheet or CSV files.</source>
      <translation>该文件夹中没有表格或 CSV 文件。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>The forecast test was switched off.</source>
      <translation>预测检验已关闭。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/letterhead.py" />
      <source>The logo '{name}' can't be found.</source>
      <translation>找不到标志“{name}”。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>The number of groups was chosen on a sample of {n} customers.</source>
      <translation>分组数量是基于 {n} 位客户的样本选定的。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The old-style Excel file (.xls) is damaged and can't be read safely ({err}).</source>
      <translation>旧版 Excel 文件（.xls）已损坏，无法安全读取（{err}）。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>The project can't be saved over the file the data came from.</source>
      <translation>不能用项目覆盖数据来源文件。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>The project could not be saved: {reason}</source>
      <translation>无法保存项目：{reason}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>The project file can't be found.</source>
      <translation>找不到项目文件。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>The project file can't be read: {reason}</source>
      <translation>无法读取项目文件：{reason}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>The rules file can't be read: {why}</source>
      <translation>无法读取规则文件：{why}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>The rules file is not valid JSON (line {line}, column {col}).</source>
      <translation>规则文件不是有效的 JSON（第 {line} 行，第 {col} 列）。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/mixed_currency.py" />
      <source>The sales are in {k} currencies (lines: {list}). Their amounts are added as they are written, without converting; export one currency at a time for true totals.</source>
      <translation>销售使用了 {k} 种货币（行：{list}）。金额按原样相加，未作换算；如需准确合计，请每次只导出一种货币。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>The sales history is too short to test the forecast on it, so treat the forecast as a rough guide.</source>
      <translation>销售历史太短，无法检验预测，因此预测仅供粗略参考。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>The same settings at both dates; the {scheme} groups are made from each date's own figures.</source>
      <translation>两个日期使用相同的设置；{scheme}分组按各日期自己的数字划分。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>The segment grid can't be used: {problems}.</source>
      <translation>无法使用分组网格：{problems}。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The sheet is empty.</source>
      <translation>工作表是空的。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The sheet reaches cell {cell}, so it would need about {gb:.0f} GB of memory to read.</source>
      <translation>工作表延伸到单元格 {cell}，读取它需要约 {gb:.0f} GB 内存。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>The sheets are: {names}.</source>
      <translation>工作表有：{names}。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>The solid middle</source>
      <translation>稳健的中坚客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>The table has a header but no rows under it (only blank or total rows).</source>
      <translation>表格有标题行，但下面没有数据行（只有空行或合计行）。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>The table has a header but no rows under it.</source>
      <translation>表格有标题行，但下面没有数据行。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The table has {n} columns; a sales export has a few dozen.</source>
      <translation>表格有 {n} 列；销售导出文件通常只有几十列。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The text file can't be split into columns ({err}).</source>
      <translation>无法将文本文件拆分成列（{err}）。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The workbook can't be read: it is damaged or not in a format this program knows ({err}).</source>
      <translation>无法读取工作簿：它已损坏或格式不受支持（{err}）。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>The workbook is damaged: it has no sheets that can be read.</source>
      <translation>工作簿已损坏：没有可读取的工作表。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The workbook is protected with a password, so it can't be read.</source>
      <translation>工作簿受密码保护，无法读取。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>The {name} analysis can't run on this file: {reason}</source>
      <translation>此文件无法进行“{name}”分析：{reason}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Their margin does not pay for the staff time they take (profit after service below zero).</source>
      <translation>他们带来的利润不足以支付所占用的员工时间（扣除服务成本后的利润低于零）。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare_charts.py" />
      <source>There are no customers to compare.</source>
      <translation>没有可比较的客户。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>There are no sales after {day} in this data (the last is on {end}), so there is nothing to compare with.</source>
      <translation>此数据中 {day} 之后没有销售（最后一笔在 {end}），因此没有可比较的内容。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>There are no sales on or before the analysis date {day}.</source>
      <translation>在分析日期 {day} 当天或之前没有销售。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>There are no segments to export yet.</source>
      <translation>暂时没有可导出的分组。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients.py" />
      <source>There is already a client called '{name}'.</source>
      <translation>已经有名为“{name}”的客户。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/group_by.py" />
      <source>There is no column called '{column}' to group customers by.</source>
      <translation>没有名为“{column}”的列可用于给客户分组。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>There is no column called '{name}'.</source>
      <translation>没有名为“{name}”的列。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast_charts.py" />
      <source>There is no forecast: the file has no dated sales, or the forecast is switched off.</source>
      <translation>没有预测：文件中没有带日期的销售，或预测已关闭。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>There is no positive total to share out yet.</source>
      <translation>还没有可分配的正数总额。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>There is no scheme called '{name}'.</source>
      <translation>没有名为“{name}”的分组方式。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>There is no sheet called '{s}'.</source>
      <translation>没有名为“{s}”的工作表。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare_charts.py" />
      <source>There is only one snapshot yet. Add a newer export to this project (File &gt; Add a Newer Export) to see how the segments change.</source>
      <translation>目前只有一份快照。请向此项目添加一份较新的导出文件（文件 &gt; 添加较新的导出），即可查看分组的变化。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>They are later than usual; a reminder now costs less than winning them back.</source>
      <translation>他们比平时来得晚了；现在提醒一下，比以后再把他们赢回来更省钱。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>They buy often, spend the most and came recently: keep them feeling valued.</source>
      <translation>他们经常购买、消费最多，而且最近来过：让他们一直感到被重视。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>They buy regularly; a small bundle raises what they spend.</source>
      <translation>他们定期购买；一个小小的组合优惠就能提高他们的消费。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>They come back reliably; a small bundle raises what they spend.</source>
      <translation>他们总会回来；一个小小的组合优惠就能提高他们的消费。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>They used to buy often or spend a lot, and have not been back for a while.</source>
      <translation>他们以前经常购买或消费很多，但已经有一阵子没回来了。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>This customer list has no purchase dates, so the buying-behaviour (RFM) analysis needs a sales file with dates; value and cluster analysis work on it.</source>
      <translation>此客户名单没有购买日期，因此购买行为 (RFM) 分析需要带日期的销售文件；价值分析和聚类分析可以使用它。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>This data has no information about service effort, so this chart would only be guesswork.</source>
      <translation>这些数据没有服务投入信息，因此此图表只能是猜测。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/snapshots.py" />
      <source>This export ends on {new}, but the project's data already runs to {old}.</source>
      <translation>此导出文件截至 {new}，但项目中的数据已经到 {old}。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>This file has no purchase dates, so it can't be analysed as of {day}.</source>
      <translation>此文件没有购买日期，因此无法按 {day} 的情况进行分析。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>This file is a web page saved with a spreadsheet name, not a real spreadsheet.</source>
      <translation>此文件是以表格名称保存的网页，不是真正的表格。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>This file is a zip archive, not a spreadsheet.</source>
      <translation>此文件是 zip 压缩包，不是表格。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>This file is not a DesktopSeg project.</source>
      <translation>此文件不是 DesktopSeg 项目。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>This file is not a spreadsheet or text export (it holds binary data).</source>
      <translation>此文件不是表格或文本导出文件（包含二进制数据）。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>This file is not a spreadsheet: it is {what}.</source>
      <translation>此文件不是表格：它是{what}。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>This file is too large to open on this computer: it needs about {need:.1f} GB of memory and {free:.1f} GB is free.</source>
      <translation>此文件太大，无法在这台电脑上打开：需要约 {need:.1f} GB 内存，而可用内存为 {free:.1f} GB。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>This grid belongs to the buying-behaviour (RFM) segments.</source>
      <translation>此网格属于购买行为 (RFM) 分组。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>This is a folder, not a file.</source>
      <translation>这是文件夹，不是文件。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>This is a value, not a condition: compare it with something (for example '&gt; 0').</source>
      <translation>这是一个值，不是条件：请把它和某个值比较（例如 '&gt; 0'）。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>This project file is damaged and can't be opened.</source>
      <translation>此项目文件已损坏，无法打开。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/snapshots.py" />
      <source>This project has only one export, so there is nothing to compare yet.</source>
      <translation>此项目只有一份导出文件，因此暂时没有可比较的内容。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>This project was saved by a newer version of DesktopSeg.</source>
      <translation>此项目由更新版本的 DesktopSeg 保存。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>This quote is never closed.</source>
      <translation>这个引号没有闭合。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>Tier unknown</source>
      <translation>级别未知</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>Time-driven activity-based costing (Kaplan &amp; Anderson, Harvard Business Review, 2004). The minutes are starting points for a small shop: change them to yours.</source>
      <translation>时间驱动作业成本法（Kaplan &amp; Anderson，《哈佛商业评论》，2004）。这些分钟数只是小店的初始参考值：请改成您自己的数值。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>To (on {day})</source>
      <translation>到（{day}）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>Too few customers bought twice early enough to test the forecast, so treat it as a rough guide.</source>
      <translation>足够早就买过两次的客户太少，无法检验预测，因此预测仅供粗略参考。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Top 20% of customers bring {share} of the total</source>
      <translation>前 20% 的客户带来总额的 {share}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>Top customers</source>
      <translation>顶级客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Transportation and Warehousing</source>
      <translation>运输和仓储</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/sic_divisions.json" />
      <source>Transportation, Communications and Utilities</source>
      <translation>运输、通信和公用事业</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Try a first-order offer on something new in.</source>
      <translation>针对新到的商品试试首单优惠。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Try a phone or e-mail reminder when the new one is out.</source>
      <translation>新一期推出时，试试用电话或电子邮件提醒。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Typical customers</source>
      <translation>典型客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Typical order</source>
      <translation>典型订单额</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Typical order about {amount}.</source>
      <translation>典型订单额约 {amount}。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Typical order about {typical}, average {average}.</source>
      <translation>典型订单额约 {typical}，平均 {average}。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Typically a business of {size} staff in {sector}.</source>
      <translation>通常是{sector}行业、{size} 名员工的企业。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Typically a business of {size} staff.</source>
      <translation>通常是 {size} 名员工的企业。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Typically in {sector}.</source>
      <translation>通常在{sector}行业。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>Unexpected '{what}' here: join conditions with 'and' or 'or'.</source>
      <translation>此处不应出现“{what}”：请用 'and' 或 'or' 连接条件。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/__init__.py" />
      <source>Unknown scheme '{name}'; choose one of {schemes}.</source>
      <translation>未知的分组方式“{name}”；请从 {schemes} 中选择。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/industry.py" />
      <source>Unknown sector (code {code})</source>
      <translation>未知行业（代码 {code}）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Unpack it and open the spreadsheet inside.</source>
      <translation>请解压后打开其中的表格。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>Update DesktopSeg to open it.</source>
      <translation>请更新 DesktopSeg 后再打开。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Upsell bundle: pair their usual buy with a related item at a small saving.</source>
      <translation>搭配销售：把他们常买的东西和相关商品组合，略有优惠。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Upsell potential</source>
      <translation>追加销售潜力</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Used to buy well, but not for a long time.</source>
      <translation>以前买得不少，但很久没买了。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Used to buy well, now overdue</source>
      <translation>以前买得不少，现在已逾期未回</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Used to spend well, hasn't been back</source>
      <translation>以前消费不少，之后没再回来</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Usual channel: {channel}.</source>
      <translation>常用渠道：{channel}。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Usual days between orders</source>
      <translation>通常下单间隔天数</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Usually from {place}.</source>
      <translation>通常来自{place}。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Utilities</source>
      <translation>公用事业</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>VIP thank-you: early access or a small gift, a handwritten card.</source>
      <translation>VIP 答谢：抢先购买或小礼物，附一张手写卡片。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>Value tiers need sales amounts or spend per customer, and this data has none.</source>
      <translation>价值分级需要销售金额或每位客户的消费额，而这些数据中没有。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Visits fading, not been back lately</source>
      <translation>光顾渐少，最近没再来</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Wait for a deal</source>
      <translation>等优惠再买</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>We don't know their age</source>
      <translation>我们不知道他们的年龄</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>Web buyers</source>
      <translation>网上买家</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Welcome series: a thank-you, a tip for what they bought, and a reason for a second visit within a month.</source>
      <translation>欢迎系列：一句感谢、一个关于所购商品的小贴士，再给一个月内再来的理由。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Were among the best customers, but have not come back for a long time.</source>
      <translation>曾是最好的客户之一，但很久没有回来了。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Were among your best, now overdue</source>
      <translation>曾是您最好的客户之一，现在已逾期未回</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare_charts.py" />
      <source>What changed</source>
      <translation>有哪些变化</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>What is wrong</source>
      <translation>问题所在</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>What it is</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>What moved</source>
      <translation>变动情况</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast_charts.py" />
      <source>What the test would have forecast</source>
      <translation>检验中的预测值</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>What to do</source>
      <translation>建议做法</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>What your customers want</source>
      <translation>您的客户想要什么</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare_charts.py" />
      <source>Where customers went: {title}</source>
      <translation>客户去向：{title}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Who brings the margin</source>
      <translation>谁带来利润</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Who brings the revenue</source>
      <translation>谁带来收入</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Who your customers are</source>
      <translation>您的客户是谁</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <location filename="../../desktopseg/core/data/sic_divisions.json" />
      <source>Wholesale Trade</source>
      <translation>批发业</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Win back the good customers who have gone quiet</source>
      <translation>赢回沉寂下来的好客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Win them back: a personal note or call with a good reason to return.</source>
      <translation>赢回他们：一封私人信息或一个电话，给出回来的好理由。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>Workbook</source>
      <translation>工作簿</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Worth the effort</source>
      <translation>值得投入</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Write to this group in words that fit what they have in common.</source>
      <translation>用符合这组客户共同点的话语与他们沟通。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Write to this group with a message that fits its condition.</source>
      <translation>给这个分组写一条符合其条件的消息。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/batch.py" />
      <location filename="../../desktopseg/core/export.py" />
      <source>Writing Excel file</source>
      <translation>正在写入 Excel 文件</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/jobs.py" />
      <source>Writing Excel workbook</source>
      <translation>正在写入 Excel 工作簿</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/jobs.py" />
      <source>Writing customer lists</source>
      <translation>正在写入客户名单</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/batch.py" />
      <location filename="../../desktopseg/gui/jobs.py" />
      <source>Writing the report</source>
      <translation>正在生成报告</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/custom.py" />
      <source>You have not made your own groups yet (View &gt; Your Own Groups, or --rules RULES.json on the command line).</source>
      <translation>您还没有设置自定义分组（视图 &gt; 自定义分组，或在命令行中使用 --rules RULES.json）。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Young adults (under 35)</source>
      <translation>年轻人（35 岁以下）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Young and trying things</source>
      <translation>年轻、乐于尝试</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Young families</source>
      <translation>年轻家庭</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Young singles and couples</source>
      <translation>年轻单身人士和伴侣</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Young, free and trying things</source>
      <translation>年轻、自由、乐于尝鲜</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Your best customers: often, recently, generously</source>
      <translation>您最好的客户：常来、最近来、出手大方</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>Your own cut points at both dates: {cuts}.</source>
      <translation>两个日期都使用您自己设定的分界点：{cuts}。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Your own group</source>
      <translation>自定义分组</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/custom.py" />
      <source>Your own groups</source>
      <translation>自定义分组</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/group_by.py" />
      <source>Your own groups are set aside while customers are grouped by {column}.</source>
      <translation>按{column}给客户分组时，暂不使用自定义分组。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/custom.py" />
      <source>Your own groups have no conditions yet.</source>
      <translation>自定义分组还没有任何条件。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>Your sales history does not yet cover the same weeks of an earlier year, so this forecast cannot allow for a busy or quiet time of year in them, such as a holiday rush.</source>
      <translation>您的销售记录尚未涵盖往年的同一周，因此本预测无法考虑这些时段的旺季或淡季，例如节日高峰。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/summary_lists.py" />
      <source>a part of the period; '{h}' holds the whole</source>
      <translation>期间的一部分；“{h}”包含整个期间</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>after the cost of serving them</source>
      <translation>扣除服务成本后</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>age</source>
      <translation>年龄</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>age not known</source>
      <translation>年龄未知</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>age unknown</source>
      <translation>年龄未知</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>age {a:.0f}</source>
      <translation>{a:.0f} 岁</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>aged {years}</source>
      <translation>{years} 岁</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>all customers alike</source>
      <translation>所有客户都一样</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>amount not readable</source>
      <translation>金额无法读取</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>answer your campaigns</source>
      <translation>会回应您的营销活动</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>answered {pct} of {n} campaigns</source>
      <translation>回应了 {n} 次营销活动中的 {pct}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>automatic groups</source>
      <translation>自动分组</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>average buyers whose last purchase was a while ago</source>
      <translation>普通买家，上次购买已是一段时间以前</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>average order {m}</source>
      <translation>平均订单额 {m}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>blank row</source>
      <translation>空行</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>born in {years}</source>
      <translation>出生于 {years} 年</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>bought fairly recently, more often than most</source>
      <translation>最近不久买过，购买次数比大多数客户多</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>bought in {v:.0f} of the last 12 months</source>
      <translation>最近 12 个月中有 {v:.0f} 个月购买</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>bought little and seldom, and not for a long time</source>
      <translation>买得少、来得少，而且很久没买了</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>bought little, and not for longer than usual</source>
      <translation>买得少，而且已比平时更久没买了</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>bought little, long ago</source>
      <translation>很久以前买过一点</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>bought often before, but not for longer than usual</source>
      <translation>以前常买，但已比平时更久没买了</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>bought recently, but little so far</source>
      <translation>最近买过，但目前买得不多</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>bought recently, fewer times than your regulars so far</source>
      <translation>最近买过，但目前购买次数比常客少</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>bought the most recently and often, and spent the most</source>
      <translation>最近购买、购买最频繁，消费也最多</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>bought very recently, with the fewest orders and lowest spend so far</source>
      <translation>刚刚购买过，目前订单最少、消费最低</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>bring less than nothing: returns or costs exceed what they buy</source>
      <translation>带来的收益为负：退货或成本超过了购买额</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>but it is hidden</source>
      <translation>但它被隐藏了</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>buy a large share on deals</source>
      <translation>很多时候趁优惠购买</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>buy mostly from the catalogue</source>
      <translation>主要通过商品目录购买</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>buy mostly in the shop</source>
      <translation>主要在店里购买</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>buy mostly on the web</source>
      <translation>主要在网上购买</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>buying behaviour</source>
      <translation>购买行为</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>by phone</source>
      <translation>通过电话</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>cancellation</source>
      <translation>取消订单</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>cancelled order (not a sale, not a return)</source>
      <translation>已取消的订单（既不是销售，也不是退货）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>cell R{r} FM{fm} has the unknown name '{name}'</source>
      <translation>R{r} FM{fm} 格中有未知名称“{name}”</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <location filename="../../desktopseg/core/importer/joined.py" />
      <source>chosen by you</source>
      <translation>由您选择</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>close to the average customer on every measure</source>
      <translation>各项指标都接近平均客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>company revenue</source>
      <translation>公司营收</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>company type</source>
      <translation>公司类型</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>cost in the data</source>
      <translation>数据中的成本</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>cost more to serve than they bring</source>
      <translation>服务成本高于他们带来的收益</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/joined.py" />
      <source>customer file {name}</source>
      <translation>客户文件 {name}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>customer for 1 day</source>
      <translation>成为客户 1 天</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>customer for {v:,.0f} days</source>
      <translation>成为客户 {v:,.0f} 天</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>customer heading row (its name was carried down to the lines below)</source>
      <translation>客户标题行（其名称已填入下面各行）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>customer listed twice</source>
      <translation>客户重复出现</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>customer names carried down from heading rows</source>
      <translation>客户名称从标题行向下填充</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>customer value</source>
      <translation>客户价值</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>date not readable</source>
      <translation>日期无法读取</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>days since last purchase</source>
      <translation>距上次购买天数</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>deal size</source>
      <translation>交易规模</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>delivery</source>
      <translation>送货</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>derived from {inputs}: each ranked among all customers and scaled to 1-10</source>
      <translation>由{inputs}得出：每项在全部客户中排名并换算为 1-10</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>discount</source>
      <translation>折扣</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>dispute</source>
      <translation>纠纷</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>effort {v:.1f}/10</source>
      <translation>服务投入 {v:.1f}/10</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>employees</source>
      <translation>员工人数</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>equal-sized groups</source>
      <translation>等量分组</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>equal-sized groups after ranking (ties split by order in the list)</source>
      <translation>按排名等量分组（并列时按名单顺序拆分）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>estimated from activity</source>
      <translation>根据活动估算</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>estimated from activity ({minutes}; staff time at {rate} an hour)</source>
      <translation>根据活动估算（{minutes}；员工每小时成本 {rate}）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/several.py" />
      <source>file {name}</source>
      <translation>文件 {name}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>first run</source>
      <translation>首次运行</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>first-time</source>
      <translation>首次购买</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>fixed: 1, 2, 3... orders, the top level for more</source>
      <translation>固定：1、2、3…笔订单，更多的归入最高级</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>from the catalogue</source>
      <translation>通过商品目录</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>from the service minutes in the file (customers without them: {label})</source>
      <translation>来自文件中的服务分钟数（没有该数据的客户：{label}）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>gender</source>
      <translation>性别</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>gender: </source>
      <translation>性别：</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/content_roles.py" />
      <source>header '{h}' looks like a misspelling of '{w}'</source>
      <translation>标题“{h}”看起来是“{w}”的拼写错误</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/roles.py" />
      <source>header '{h}' looks like {r}</source>
      <translation>标题“{h}”看起来是{r}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/roles.py" />
      <source>header '{h}' means {r}</source>
      <translation>标题“{h}”表示{r}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/content_roles.py" />
      <source>header '{h}' reads as {what}</source>
      <translation>标题“{h}”被识别为{what}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <location filename="../../desktopseg/core/forecast.py" />
      <source>high</source>
      <translation>高</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>ignored: the sale dates say when each customer last bought</source>
      <translation>已忽略：销售日期已说明每位客户最近一次购买的时间</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>in the shop</source>
      <translation>在店里</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>income</source>
      <translation>收入水平</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>income unknown</source>
      <translation>收入水平未知</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>income {m}</source>
      <translation>收入 {m}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>industry sector</source>
      <translation>行业</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>it has dates and amounts</source>
      <translation>包含日期和金额</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>it has the most data</source>
      <translation>数据最多</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>it is a {fmt} export</source>
      <translation>这是 {fmt} 导出文件</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>its name says sales</source>
      <translation>名称表明是销售数据</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>kept as a second industry code beside '{col}'</source>
      <translation>作为“{col}”之外的第二个行业代码保留</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>last bought 1 day ago</source>
      <translation>上次购买在 1 天前</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>last bought {v:,.0f} days ago</source>
      <translation>上次购买在 {v:,.0f} 天前</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <source>last purchase typically {days} days ago</source>
      <translation>最近一次购买通常在 {days} 天前</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <source>last purchase {days} days ago</source>
      <translation>上次购买在 {days} 天前</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <source>last purchase {days} days ago (typical customer: {shop} days ago)</source>
      <translation>最近一次购买在 {days} 天前（典型客户：{shop} 天前）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <source>last seen {days} days ago</source>
      <translation>最近一次出现在 {days} 天前</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>life stage</source>
      <translation>人生阶段</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>life stage (age and children at home)</source>
      <translation>人生阶段（年龄以及家中是否有子女）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>line</source>
      <translation>订单行</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>location</source>
      <translation>地区</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>looks like the sales: {why}; other sheets: {others}</source>
      <translation>看起来是销售数据：{why}；其他工作表：{others}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <location filename="../../desktopseg/core/forecast.py" />
      <source>low</source>
      <translation>低</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>low-touch</source>
      <translation>省心</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>many small orders</source>
      <translation>很多小订单</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>margin</source>
      <translation>利润</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>margin minus cost to serve</source>
      <translation>利润减去服务成本</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>margin {m}</source>
      <translation>利润 {m}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>marital status</source>
      <translation>婚姻状况</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>marital status: </source>
      <translation>婚姻状况：</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <location filename="../../desktopseg/core/forecast.py" />
      <source>medium</source>
      <translation>中</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>meet none of your conditions</source>
      <translation>不符合您的任何条件</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>meet your own condition</source>
      <translation>符合您自己设定的条件</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>modified BG/NBD purchase model</source>
      <translation>修正 BG/NBD 购买模型</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/summary_lists.py" />
      <source>money per customer over the period '{h}': read as each customer's total spend</source>
      <translation>“{h}”期间每位客户的金额：读作每位客户的总消费</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>no amount</source>
      <translation>无金额</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>no date</source>
      <translation>无日期</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/summary_lists.py" />
      <source>no header, one different text per row: read as the customer's name</source>
      <translation>无表头，每行文字各不相同：读作客户姓名</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>no one moved</source>
      <translation>没有客户变动</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <source>no orders</source>
      <translation>没有订单</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>not a sale (status or type)</source>
      <translation>不是销售（状态或类型）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>not in the data</source>
      <translation>数据中没有</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>not known: no cost in the data</source>
      <translation>未知：数据中没有成本</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>not known: set a margin % (no cost in the data)</source>
      <translation>未知：请设置利润率 %（数据中没有成本）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rhythm.py" />
      <source>not overdue for them: usually every {gap} days</source>
      <translation>对他们来说不算逾期：通常每 {gap} 天购买一次</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>not seen for a while</source>
      <translation>有一阵子没来了</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/content_roles.py" />
      <source>not the order number: the same values appear for different customers on different dates (a line number inside the order)</source>
      <translation>不是订单号：相同的值出现在不同日期的不同客户中（是订单内的行号）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>number of employees</source>
      <translation>员工人数</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>numbers per customer: read as spend on '{h}'</source>
      <translation>每位客户的数字：按“{h}”上的消费读取</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>occasional</source>
      <translation>偶尔</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>on the web</source>
      <translation>在网上</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>only returned goods in this period</source>
      <translation>此期间只有退货</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>order</source>
      <translation>订单</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>order refunded in full (no revenue)</source>
      <translation>全额退款的订单（无收入）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>orders</source>
      <translation>订单数</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <location filename="../../desktopseg/core/importer/several.py" />
      <source>other</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rhythm.py" />
      <source>overdue for them: usually every {gap} days, now {days}</source>
      <translation>对他们来说已逾期：通常每 {gap} 天购买一次，现在已过 {days} 天</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>phone/e-mail order</source>
      <translation>电话/电子邮件订单</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>pick-up</source>
      <translation>到店取货</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>refunds</source>
      <translation>退款</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>regular</source>
      <translation>常客</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <location filename="../../desktopseg/gui/jobs.py" />
      <source>remembered from an earlier file</source>
      <translation>沿用之前文件的设置</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>report footer or note row</source>
      <translation>报表页脚或备注行</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>reprice or let go</source>
      <translation>重新定价或放手</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>return/refund</source>
      <translation>退货/退款</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>revenue</source>
      <translation>收入</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>row R{r} needs exactly {k} names</source>
      <translation>R{r} 行需要正好 {k} 个名称</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>scores for recency {r}, frequency {f}, spend {m} (of {levels}): {name}</source>
      <translation>最近购买 {r} 分、频率 {f} 分、消费 {m} 分（共 {levels} 级）：{name}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>service minutes</source>
      <translation>服务分钟数</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>share one value of the column they are grouped by</source>
      <translation>在分组所依据的列中取值相同</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/joined.py" />
      <source>sheet '{s}'</source>
      <translation>工作表“{s}”</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>sheets {sheets} have the same columns and were read as one table</source>
      <translation>工作表 {sheets} 的列相同，已作为一个表读取</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>since the run of {day} (sales up to {end}): {moves}</source>
      <translation>自 {day} 那次运行以来（销售截至 {end}）：{moves}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>since the run of {day}: {moves}</source>
      <translation>自 {day} 那次运行以来：{moves}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>special-occasion</source>
      <translation>特别场合</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>spend</source>
      <translation>消费金额</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <source>spent {amount} (typical customer: {shop})</source>
      <translation>消费 {amount}（典型客户：{shop}）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>spent {m}</source>
      <translation>消费 {m}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/woo_items.py" />
      <source>split from the order_item columns</source>
      <translation>从 order_item 列拆分而来</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>stars</source>
      <translation>明星客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>support ticket</source>
      <translation>支持工单</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>support tickets</source>
      <translation>支持工单</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>the customers who bring the next 15% of the total</source>
      <translation>带来接下来 15% 总额的客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>the customers who together bring 80% of the total</source>
      <translation>合计带来总额 80% 的客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>the earlier date</source>
      <translation>较早的日期</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>the effort score (1-10) given in the data</source>
      <translation>数据中提供的投入评分 (1-10)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>the file</source>
      <translation>文件</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/woo_items.py" />
      <source>the items' totals are used</source>
      <translation>使用各商品的合计</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>the many customers who together bring the last 5%</source>
      <translation>合计只带来最后 5% 的众多客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>the margin % setting ({pct}%)</source>
      <translation>利润率设置（{pct}%）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/content_roles.py" />
      <source>the order number: the same on all lines of one purchase, different between purchases</source>
      <translation>订单号：同一次购买的所有行都相同，不同购买之间各不相同</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rhythm.py" />
      <source>too little data to call anyone lapsed</source>
      <translation>数据太少，无法判断谁已流失</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>total or subtotal row</source>
      <translation>合计或小计行</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>total per customer</source>
      <translation>每位客户合计</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>typical age {a:.0f}</source>
      <translation>典型年龄 {a:.0f} 岁</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>typical income {m}</source>
      <translation>典型收入 {m}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <source>typically 1 order</source>
      <translation>通常 1 个订单</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <source>typically {orders} orders</source>
      <translation>通常 {orders} 个订单</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>under 35</source>
      <translation>35 岁以下</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>under 35 with children at home</source>
      <translation>35 岁以下，家中有子女</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>under 35, no children at home</source>
      <translation>35 岁以下，家中无子女</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>unknown</source>
      <translation>未知</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/roles.py" />
      <source>values are money ({p:.0%} parse)</source>
      <translation>数值是金额（{p:.0%} 可解析）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>visit the web site often</source>
      <translation>经常访问网站</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>voided, deleted or draft (never a sale)</source>
      <translation>已作废、已删除或草稿（从未成交）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>were among the best customers, but have not been back for longer than usual</source>
      <translation>曾是最好的客户之一，但已比平时更久没有回来</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>what your customers want</source>
      <translation>客户想要什么</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>where they live</source>
      <translation>居住地</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>who are new to you</source>
      <translation>对您来说是新客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>who bought recently</source>
      <translation>最近购买过</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>who buy a lot of {cat}</source>
      <translation>大量购买{cat}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>who buy in few months</source>
      <translation>只在少数月份购买</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>who buy little {cat}</source>
      <translation>很少购买{cat}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>who buy most months</source>
      <translation>大多数月份都购买</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>who have known you for long</source>
      <translation>认识您很久了</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>who need a lot of service</source>
      <translation>需要大量服务</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>who need little service</source>
      <translation>需要很少服务</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>who order often</source>
      <translation>经常下单</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>who seldom order</source>
      <translation>很少下单</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>who spend a lot</source>
      <translation>消费多</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>who spend little</source>
      <translation>消费少</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>who your customers are</source>
      <translation>客户是谁</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>with big baskets</source>
      <translation>客单价高</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>with high margins</source>
      <translation>利润高</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>with small baskets</source>
      <translation>客单价低</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>with thin margins</source>
      <translation>利润薄</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>worth the effort</source>
      <translation>值得投入</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>yearly value x expected years x chance still active (see the customer features)</source>
      <translation>年价值 × 预期年数 × 仍活跃的概率（见客户特征）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>your own groups</source>
      <translation>自定义分组</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>your rating</source>
      <translation>您的评分</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>your thresholds</source>
      <translation>您设定的分界点</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>{activity} {m} min</source>
      <translation>{activity} {m} 分钟</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>{a} and {b} together would make {n} groups, too many to act on; grouped by {a} only (pick the dimensions in Settings).</source>
      <translation>{a}和{b}组合起来会分出 {n} 个分组，太多了，难以逐一跟进；因此只按{a}分组（可在分析设置中选择维度）。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>{a}, {b}</source>
      <translation>{a}、{b}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>{a}; {b}</source>
      <translation>{a}；{b}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>{basis} {amount} ({own} of the total); with the customers who bring more, {cum:.0f}%</source>
      <translation>{basis} {amount}（占总额 {own}）；加上贡献更多的客户，共 {cum:.0f}%</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>{cat} buyers</source>
      <translation>{cat}买家</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/group_by.py" />
      <source>{column} is not given</source>
      <translation>{column}未填写</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/group_by.py" />
      <source>{column} is {value}</source>
      <translation>{column}为{value}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>{col} {v}</source>
      <translation>{col} {v}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>{col}: </source>
      <translation>{col}：</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>{count} ({share})</source>
      <translation>{count}（{share}）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>{count} ({share}) · {revenue} of revenue</source>
      <translation>{count}（{share}）· 收入 {revenue}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>{count} customers</source>
      <translation>{count} 位客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>{effort} / 10</source>
      <translation>{effort} / 10</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>{fmt} column</source>
      <translation>{fmt} 列</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>{f} unknown</source>
      <translation>{f}未知</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>{k} groups, as you chose.</source>
      <translation>按您的选择分为 {k} 个分组。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>{k} groups: the best score among 3 to 8 groups ({s:.2f}); 2 groups would need {m:.2f} more to be chosen.</source>
      <translation>{k} 个分组：在 3 到 8 个分组中得分最高（{s:.2f}）；2 个分组的得分还需再高 {m:.2f} 才会被选中。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>{k} groups: the best score of those possible.</source>
      <translation>{k} 个分组：在所有可行的分组数中得分最高。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/common.py" />
      <source>{k} small groups ({names}) with {n} customers in all are shown together as '{other}'.</source>
      <translation>{k} 个小分组（{names}，共 {n} 位客户）合并显示为“{other}”。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/industry.py" />
      <source>{lo}+ employees</source>
      <translation>{lo} 名以上员工</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/industry.py" />
      <source>{lo}-{hi} employees</source>
      <translation>{lo}-{hi} 名员工</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>{m} on {cat}</source>
      <translation>{cat}消费 {m}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>{m} per order</source>
      <translation>每单 {m}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>{n:,} customers</source>
      <translation>{n:,} 位客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>{name} and {n} others {trait}{facts}.</source>
      <translation>{name}和另外 {n} 位客户{trait}{facts}。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>{name} and {n} others: {rule}{facts}.</source>
      <translation>{name}和另外 {n} 位：{rule}{facts}。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>{name} has bought once so far.</source>
      <translation>{name}目前只买过一次。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>{name} has bought {orders} times in the {days} days of data.</source>
      <translation>在数据覆盖的 {days} 天里，{name}购买了 {orders} 次。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>{name} has bought {orders} times, typically {per_year} times a year.</source>
      <translation>{name}已购买 {orders} 次，通常每年 {per_year} 次。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>{name} has bought {orders} times.</source>
      <translation>{name}已购买 {orders} 次。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>{name} has only returned things so far.</source>
      <translation>{name}目前只有退货。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <location filename="../../desktopseg/core/personas.py" />
      <source>{name} is one of your customers.</source>
      <translation>{name}是您的客户之一。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>{name} {qualifier}</source>
      <translation>{name}（{qualifier}）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>{name}'s firm</source>
      <translation>{name}的公司</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>{name}'s group is split: {share} have bought once, the others typically {orders} times.</source>
      <translation>{name}的群体分为两部分：{share} 只买过一次，其余的通常买过 {orders} 次。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>{name}'s group{facts}.</source>
      <translation>{name}所在的分组{facts}。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>{n} NUL characters inside fields were dropped.</source>
      <translation>已删除字段中的 {n} 个 NUL 字符。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>{n} cost more than they bring</source>
      <translation>{n} 位的成本高于其带来的收入</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>{n} costs more than it brings</source>
      <translation>{n} 位的成本高于其带来的收入</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>{n} customers appear more than once in the list; the first row of each is used.</source>
      <translation>{n} 位客户在名单中出现多次；每位使用第一行。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>{n} customers have a marital status that isn't one ({values}); it counts as unknown.</source>
      <translation>{n} 位客户的婚姻状况不是有效值（{values}）；按未知处理。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>{n} customers have an age that can't be right ({word}); their age counts as unknown.</source>
      <translation>{n} 位客户的年龄不可能正确（{word}）；其年龄按未知处理。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>{n} customers in the sales are not in the customer list.</source>
      <translation>销售记录中有 {n} 位客户不在客户名单中。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>{n} customers moved up from {a} to {b}; they had spent {money} by {day}.</source>
      <translation>{n} 位客户从“{a}”升到了“{b}”；截至 {day}，他们已消费 {money}。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>{n} customers on the customer list have no sales in this period and are left out.</source>
      <translation>客户名单中有 {n} 位客户在此期间没有销售，未包含在内。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>{n} customers only returned goods in this period and are shown as '{name}'.</source>
      <translation>{n} 位客户在此期间只有退货，显示为“{name}”。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>{n} customers slipped from {a} to {b}; they had spent {money} by {day}.</source>
      <translation>{n} 位客户从“{a}”滑落到“{b}”；截至 {day}，他们已消费 {money}。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>{n} customers went from {a} to {b}; they had spent {money} by {day}.</source>
      <translation>{n} 位客户从“{a}”变为“{b}”；截至 {day}，他们已消费 {money}。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rhythm.py" />
      <source>{n} customers were placed by their own buying rhythm as well as by the recency score: 'overdue' means much longer than their usual gap between orders.</source>
      <translation>{n} 位客户除了按最近购买评分，还按他们自己的购买节奏归类：“逾期”指距上次购买的时间远超过他们通常的下单间隔。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>{n} customers without a purchase date or order count are shown as '{name}'.</source>
      <translation>{n} 位没有购买日期或订单数的客户显示为“{name}”。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>{n} dates in column '{col}' can't be read; those rows were left out.</source>
      <translation>“{col}”列中有 {n} 个日期无法读取；这些行未使用。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/several.py" />
      <source>{n} files were read together; {k} lines were also in an earlier file and were counted once.</source>
      <translation>已合并读取 {n} 个文件；其中 {k} 行在之前的文件中也有，只计算了一次。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>{n} incomes can't be right ({values}) and count as unknown.</source>
      <translation>有 {n} 个收入值不可能正确（{values}），按未知处理。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>{n} lines are exact copies of an earlier line. They were kept (two identical sales are possible); check the export if that is unexpected.</source>
      <translation>{n} 行与之前某行完全相同。已保留（可能确有两笔相同的销售）；如不符合预期，请检查导出文件。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/statuses.py" />
      <source>{n} lines are of orders marked {values}: they are counted as sales, but may still change.</source>
      <translation>{n} 行属于标记为 {values} 的订单：已计为销售，但仍可能变化。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>{n} lines have no customer (walk-in or guest); they are kept and counted, not joined into one customer.</source>
      <translation>{n} 行没有客户（散客或访客）；它们会保留并计入，但不会合并为一位客户。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/order_lines.py" />
      <source>{n} lines left the customer blank; they were given the customer of the other lines of the same order.</source>
      <translation>{n} 行未填客户；已按同一订单其他行的客户补上。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>{n} lines were on two sheets (overlapping periods) and are counted once.</source>
      <translation>{n} 行同时出现在两个工作表中（期间重叠），只计一次。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>{n} moved to {segment}</source>
      <translation>{n} 位转入“{segment}”</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>{n} new</source>
      <translation>{n} 位新客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>{n} new customers came after {day}.</source>
      <translation>{day} 之后来了 {n} 位新客户。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>{n} of these customers are profitable</source>
      <translation>这些客户中有 {n} 位盈利</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>{n} of these customers is profitable</source>
      <translation>这些客户中有 {n} 位盈利</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>{n} orders had their items packed in order_item columns; they were split into {k} lines, one per item.</source>
      <translation>{n} 笔订单的商品都放在 order_item 列中；已拆分为 {k} 行，每件商品一行。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>{n} places and 3 deal sizes would make too many groups; grouped by deal size (choose location in Settings).</source>
      <translation>{n} 个地区加上 3 种交易规模会分出太多分组；因此按交易规模分组（可在分析设置中选择地区）。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>{n} sales lines after the analysis date {day} are left out.</source>
      <translation>分析日期 {day} 之后的 {n} 条销售记录未包含在内。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>{n} sales lines have no cost; their margin is estimated at the average rate of the others ({pct:.0f}%).</source>
      <translation>{n} 条销售记录没有成本；其利润按其他记录的平均比例（{pct:.0f}%）估算。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>{n} sales lines without a customer (walk-ins or guests, {amount} in total) are counted in the import but left out of the customer analysis.</source>
      <translation>{n} 条无客户的销售记录（散客或访客，共 {amount}）已计入导入数据，但不参与客户分析。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>{n} title rows above the header were skipped.</source>
      <translation>已跳过标题行上方的 {n} 行标题。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <source>{orders} (typical customer: {shop})</source>
      <translation>{orders}（典型客户：{shop}）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <source>{orders} orders</source>
      <translation>{orders} 笔订单</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/roles.py" />
      <source>{p:.0%} of values are dates</source>
      <translation>{p:.0%} 的值是日期</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/roles.py" />
      <source>{p:.0%} of values are e-mail addresses</source>
      <translation>{p:.0%} 的值是电子邮件地址</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>{pct:.0f}% with children at home</source>
      <translation>{pct:.0f}% 家中有子女</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>{pct} bought on a deal</source>
      <translation>{pct} 的购买使用了优惠</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>{pct} of purchases {where}</source>
      <translation>{where}的购买占 {pct}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>{period} (to {end}) we would have forecast {forecast:,.0f} orders from the customers we already had; there were {actual:,.0f}.</source>
      <translation>{period}（截至 {end}），我们原本会预测已有客户下 {forecast:,.0f} 笔订单；实际为 {actual:,.0f} 笔。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/common.py" />
      <source>{reason} (grouped into '{other}': only 1 customer in '{name}')</source>
      <translation>{reason}（并入“{other}”：“{name}”只有 1 位客户）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/common.py" />
      <source>{reason} (grouped into '{other}': only {count} customers in '{name}')</source>
      <translation>{reason}（并入“{other}”：“{name}”只有 {count} 位客户）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>{reason}; {why}</source>
      <translation>{reason}；{why}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <source>{rule}. </source>
      <translation>{rule}。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <source>{rule}: {ranges}</source>
      <translation>{rule}：{ranges}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>{scheme}: segment</source>
      <translation>{scheme}：分组</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>{scheme}: why</source>
      <translation>{scheme}：原因</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>{segment} {pct} %</source>
      <translation>{segment} {pct}%</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>{share} {kind}</source>
      <translation>{share} {kind}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>{src} joined on customer</source>
      <translation>{src} 已按客户关联</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <location filename="../../desktopseg/core/project.py" />
      <source>{start} to {end}</source>
      <translation>{start} 至 {end}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/industry.py" />
      <source>{system} code {code} is not in any sector</source>
      <translation>{system} 代码 {code} 不属于任何行业</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/industry.py" />
      <source>{system} code {code}: {sector}</source>
      <translation>{system} 代码 {code}：{sector}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>{this} (typical customer: {all})</source>
      <translation>{this}（典型客户：{all}）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>{title} ({how})</source>
      <translation>{title}（{how}）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>{v:,.0f} orders</source>
      <translation>{v:,.0f} 笔订单</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>{value} (estimated from activity)</source>
      <translation>{value}（根据活动估算）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>{value} (your rating)</source>
      <translation>{value}（您的评分）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>{value} ({share})</source>
      <translation>{value}（{share}）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>{v} visits a month ({col})</source>
      <translation>每月访问 {v} 次（{col}）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>{word}: {v}</source>
      <translation>{word}：{v}</translation>
    </message>
  </context>
  <context>
    <name>export_done</name>
    <message>
      <location filename="../../desktopseg/gui/export_done.py" />
      <source>CSV file (*.csv)</source>
      <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/export_done.py" />
      <source>Choose another folder or file name.</source>
      <translation>请选择其他文件夹或文件名。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/export_done.py" />
      <source>The list could not be saved: {error}</source>
      <translation>无法保存名单：{error}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/export_done.py" />
      <source>The list was saved to {path}.</source>
      <translation>列表已保存到 {path}。</translation>
    </message>
  </context>
  <context>
    <name>report</name>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>(your rating)</source>
      <translation>（您的评分）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>*Effort and cost to serve {how}</source>
      <translation>*服务投入和服务成本：{how}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Automatic groups</source>
      <translation>自动分组</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Average order</source>
      <translation>平均订单额</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Buying behaviour</source>
      <translation>购买行为</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Check that you may write to that folder.</source>
      <translation>请确认您有该文件夹的写入权限。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Check the printer is ready, or that you may write to the folder.</source>
      <translation>请确认打印机已就绪，或您有该文件夹的写入权限。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/cjk_fonts.py" />
      <source>Chinese or Japanese</source>
      <translation>中文或日文</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Choose another name for the PDF.</source>
      <translation>请为 PDF 换一个名称。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Company type</source>
      <translation>公司类型</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Cost to serve {how}</source>
      <translation>服务成本：{how}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Customer segments</source>
      <translation>客户分组</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Customer segments - {file}</source>
      <translation>客户分组 - {file}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Customer value</source>
      <translation>客户价值</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Customers</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Effort</source>
      <translation>服务投入</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Effort*</source>
      <translation>服务投入*</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Favourites</source>
      <translation>常买</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/compact_card.py" />
      <source>Favourites:</source>
      <translation>常买：</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/forecast_page.py" />
      <source>Forecast</source>
      <translation>预测</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/forecast_page.py" />
      <source>In the next {days} days, the customers you have are expected to place about {orders} orders worth about {revenue}.</source>
      <translation>在接下来的 {days} 天里，您现有的客户预计会下约 {orders} 笔订单，金额约 {revenue}。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/cjk_fonts.py" />
      <source>Install a CJK font (on Linux the package fonts-noto-cjk, 'Noto Sans CJK'), or print the report in English or Finnish.</source>
      <translation>请安装 CJK 字体（在 Linux 上安装 fonts-noto-cjk 软件包，即“Noto Sans CJK”），或用英文或芬兰文打印报告。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/compact_card.py" />
      <location filename="../../desktopseg/report/render.py" />
      <source>Key figures</source>
      <translation>关键数字</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/cjk_fonts.py" />
      <source>Korean</source>
      <translation>韩文</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Margin</source>
      <translation>利润</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Margin estimated at {pct}% of sales</source>
      <translation>利润按销售额的 {pct}% 估算</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Margin from the cost in the file</source>
      <translation>利润按文件中的成本计算</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>No cost in the file, so margin is not known</source>
      <translation>文件中没有成本，因此利润未知</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Not in this report: {scheme} - {reason}</source>
      <translation>本报告未包含：{scheme} - {reason}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/compact_card.py" />
      <location filename="../../desktopseg/report/render.py" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Page {page} of {pages}</source>
      <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Period: {start} to {end}</source>
      <translation>期间：{start} 至 {end}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Persona</source>
      <translation>人物</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Print preview</source>
      <translation>打印预览</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Profit after service</source>
      <translation>扣除服务成本后的利润</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Revenue</source>
      <translation>收入</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Run the analysis first.</source>
      <translation>请先运行分析。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Segment</source>
      <translation>分组</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Segment: {segment} · 1 customer ({share})</source>
      <translation>分组：{segment} · 1 位客户（{share}）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Segment: {segment} · {n} customers ({share})</source>
      <translation>分组：{segment} · {n} 位客户（{share}）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Service effort</source>
      <translation>服务投入</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Share</source>
      <translation>占比</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Share of all customers, revenue and margin</source>
      <translation>占全部客户、收入和利润的比例</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>The PDF could not be written.</source>
      <translation>无法写入 PDF。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>The folder for the report doesn't exist.</source>
      <translation>报告的文件夹不存在。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>The printer or PDF file stopped taking pages.</source>
      <translation>打印机或 PDF 文件停止接收页面。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>The report can't be written over the file the data came from.</source>
      <translation>不能用报告覆盖数据来源文件。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>The report could not be started on this printer or file.</source>
      <translation>无法在此打印机或文件上开始生成报告。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/cjk_fonts.py" />
      <source>The report is in {script}, but this computer has no font for those letters, so it would print empty boxes.</source>
      <translation>报告使用{script}，但这台电脑没有这些文字的字体，打印出来会是空白方框。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>There are no segments to print yet.</source>
      <translation>暂时没有可打印的分组。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>To see which segments take more of your time than they bring, add a column with service minutes, support tickets or an effort score (1-10); the effort-vs-margin chart then appears here.</source>
      <translation>若想看出哪些分组花费的时间多于带来的收益，请添加服务分钟数、支持工单数或投入评分 (1-10) 列；投入与利润图表随后会出现在这里。</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/compact_card.py" />
      <location filename="../../desktopseg/report/render.py" />
      <source>Typically: {x}</source>
      <translation>通常：{x}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/compact_card.py" />
      <location filename="../../desktopseg/report/render.py" />
      <source>What to do</source>
      <translation>建议做法</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>{n} customers</source>
      <translation>{n} 位客户</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>{n} sales lines</source>
      <translation>{n} 条销售记录</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>{x} of 10</source>
      <translation>{x} / 10</translation>
    </message>
  </context>
  <context>
    <name>roles</name>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Age</source>
      <translation>年龄</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Amount (line total)</source>
      <translation>金额（行合计）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Category</source>
      <translation>品类</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Channel (in store, online…)</source>
      <translation>渠道（门店、网上…）</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>City</source>
      <translation>城市</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Company</source>
      <translation>公司</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Company revenue</source>
      <translation>公司营收</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Cost</source>
      <translation>成本</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Country</source>
      <translation>国家</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Customer ID</source>
      <translation>客户编号</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Customer name</source>
      <translation>客户名称</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Customer type</source>
      <translation>客户类型</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Date joined</source>
      <translation>加入日期</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Date of sale</source>
      <translation>销售日期</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Days since last purchase</source>
      <translation>距上次购买天数</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Discount</source>
      <translation>折扣</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>E-mail</source>
      <translation>电子邮件</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Employees</source>
      <translation>员工</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>First name</source>
      <translation>名</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>First purchase</source>
      <translation>首次购买</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Gender</source>
      <translation>性别</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>How they found you</source>
      <translation>了解渠道</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Industry</source>
      <translation>行业</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Industry code (SIC/NAICS)</source>
      <translation>行业代码 (SIC/NAICS)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Last name</source>
      <translation>姓</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Last purchase</source>
      <translation>最近一次购买</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Location / store</source>
      <translation>地区 / 门店</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Margin</source>
      <translation>利润</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Number of orders</source>
      <translation>订单数</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Order / invoice number</source>
      <translation>订单 / 发票号</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Postcode</source>
      <translation>邮编</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Product</source>
      <translation>商品</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Purchases through a channel</source>
      <translation>通过某个渠道的购买</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Region</source>
      <translation>区域</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Sale or refund</source>
      <translation>销售或退款</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Service effort (1–10)</source>
      <translation>服务投入 (1–10)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Service minutes</source>
      <translation>服务分钟数</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Spend on a category</source>
      <translation>品类消费</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Support tickets</source>
      <translation>支持工单</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Tax</source>
      <translation>税</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Time of sale</source>
      <translation>销售时间</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Total spend</source>
      <translation>消费总额</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Unit price</source>
      <translation>单价</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Year founded</source>
      <translation>成立年份</translation>
    </message>
  </context>
  <context>
    <name>schemes</name>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Automatic groups</source>
      <translation>自动分组</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Buying behaviour</source>
      <translation>购买行为</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Company type</source>
      <translation>公司类型</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Customer value</source>
      <translation>客户价值</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>What they want</source>
      <translation>他们想要什么</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Who they are</source>
      <translation>他们是谁</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Your own groups</source>
      <translation>自定义分组</translation>
    </message>
  </context>
  <context>
    <name>window</name>
    <message>
      <location filename="../../desktopseg/gui/app.py" />
      <source>DesktopSeg closed unexpectedly last time. Open the work it saved automatically?

{details}</source>
      <translation>DesktopSeg 上次意外关闭。要打开自动保存的工作吗？

{details}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/app.py" />
      <source>Recover your work?</source>
      <translation>恢复您的工作吗？</translation>
    </message>
  </context>
</TS>
