<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
  <context>
    <name>BucketsModel</name>
    <message>
      <location filename="../../desktopseg/gui/models.py" />
      <source>Average order</source>
      <translation>평균 주문액</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/models.py" />
      <source>Customers</source>
      <translation>고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/models.py" />
      <source>Effort (1–10)</source>
      <translation>응대 부담 (1–10)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/models.py" />
      <source>Margin</source>
      <translation>마진</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/models.py" />
      <source>Profit after service</source>
      <translation>응대 비용을 뺀 이익</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/models.py" />
      <source>Revenue</source>
      <translation>매출</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/models.py" />
      <source>Segment</source>
      <translation>그룹</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/models.py" />
      <source>Share</source>
      <translation>비중</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/models.py" />
      <source>Type your own rating, 1 (little) to 10 (a lot); 0 clears it.</source>
      <translation>직접 점수를 입력하세요. 1(적음)부터 10(많음)까지, 0을 넣으면 지워집니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/models.py" />
      <source>What it means</source>
      <translation>의미</translation>
    </message>
  </context>
  <context>
    <name>BucketsView</name>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>{title}: {n} groups. Double-click a group to see its customers and why each is there.</source>
      <translation>{title}: {n}개 그룹. 그룹을 더블클릭하면 고객과 각 고객이 속한 이유를 볼 수 있습니다.</translation>
    </message>
  </context>
  <context>
    <name>ChartsView</name>
    <message>
      <location filename="../../desktopseg/gui/charts_view.py" />
      <source>Charts are not available in this version.</source>
      <translation>이 버전에서는 차트를 사용할 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/charts_view.py" />
      <source>No results yet.</source>
      <translation>아직 결과가 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/charts_view.py" />
      <source>Recency × frequency grid</source>
      <translation>최근성 × 빈도 표</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/charts_view.py" />
      <source>Segment sizes</source>
      <translation>그룹 크기</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/charts_view.py" />
      <source>Service effort vs. margin</source>
      <translation>응대 부담 대비 마진</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/charts_view.py" />
      <source>Sorry, this chart could not be drawn.</source>
      <translation>죄송합니다. 차트를 그릴 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/charts_view.py" />
      <source>The details are in {path}</source>
      <translation>자세한 내용은 {path}에 있습니다</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/charts_view.py" />
      <source>The recency × frequency grid needs the buying-behaviour grouping.</source>
      <translation>최근성 × 빈도 표는 구매 행동 분류가 필요합니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/charts_view.py" />
      <source>Who brings the money</source>
      <translation>매출을 만드는 고객</translation>
    </message>
  </context>
  <context>
    <name>ClientsView</name>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>1 client refreshed.</source>
      <translation>거래처 1곳을 새로 고쳤습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Add a client</source>
      <translation>거래처 추가</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Add…</source>
      <translation>추가…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Cancel</source>
      <translation>취소</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Client</source>
      <translation>거래처</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Client's name:</source>
      <translation>거래처 이름:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Clients</source>
      <translation>거래처</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Exports arrive in</source>
      <translation>내보내기 파일 폴더</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Last export</source>
      <translation>최근 내보내기 파일</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Last run</source>
      <translation>마지막 분석</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Needs fixing: {problem}</source>
      <translation>해결 필요: {problem}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Open</source>
      <translation>열기</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Open the client's last results in the main window</source>
      <translation>고객사의 최근 결과를 기본 창에서 열기</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Practice:</source>
      <translation>사무소:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Problems</source>
      <translation>문제</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Refresh all</source>
      <translation>모두 새로 고침</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Remove client</source>
      <translation>거래처 삭제</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Remove {name}? Their autosaves, remembered column mapping and past runs kept by the app are deleted. Their own export files are not touched.</source>
      <translation>{name}을(를) 삭제할까요? 앱이 보관하던 자동 저장본, 기억해 둔 열 지정, 지난 분석 기록이 삭제됩니다. 거래처가 직접 내보낸 파일은 그대로 둡니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Remove…</source>
      <translation>삭제…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Starting…</source>
      <translation>시작하는 중…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Stopped after 1 client.</source>
      <translation>거래처 1곳 처리 후 중지했습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Stopped after {n} clients.</source>
      <translation>거래처 {n}곳 처리 후 중지했습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Stopped.</source>
      <translation>중지했습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Summary</source>
      <translation>요약</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>The refresh stopped: {error}</source>
      <translation>새로 고침이 중단되었습니다: {error}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Their till or accounting system (optional, e.g. Square, QuickBooks):</source>
      <translation>사용하는 POS 또는 회계 프로그램 (선택 사항, 예: Square, QuickBooks):</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Where do {name}'s exports arrive?</source>
      <translation>{name}의 내보내기 파일은 어디에 저장되나요?</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Your practice's name, printed on each report</source>
      <translation>보고서마다 인쇄되는 사무소 이름</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>{name} has no results yet: click Refresh all first.</source>
      <translation>{name}에는 아직 결과가 없습니다. 먼저 '모두 새로 고침'을 누르세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>{n} clients refreshed.</source>
      <translation>거래처 {n}곳을 새로 고쳤습니다.</translation>
    </message>
  </context>
  <context>
    <name>CompareView</name>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Compare</source>
      <translation>비교</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Customers</source>
      <translation>고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Export everyone who moved</source>
      <translation>이동한 고객 모두 내보내기</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Export everyone who moved…</source>
      <translation>이동한 고객 모두 내보내기…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Flow between the two dates</source>
      <translation>두 날짜 사이의 흐름</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Move</source>
      <translation>이동</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Move matrix</source>
      <translation>이동 표</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Move matrix (chart)</source>
      <translation>이동 표 (차트)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Pick an earlier date and press Compare to see who moved between segments since then.</source>
      <translation>이전 날짜를 고르고 비교를 누르면 그 뒤로 그룹을 옮긴 고객을 볼 수 있습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Revenue</source>
      <translation>매출</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Revenue before</source>
      <translation>이전 매출</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Revenue now</source>
      <translation>현재 매출</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Rows: segment at the earlier date · columns: at the later date. Double-click a number for the customers.</source>
      <translation>행: 이전 날짜의 그룹 · 열: 이후 날짜의 그룹. 숫자를 더블클릭하면 해당 고객을 볼 수 있습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Segment sizes over time</source>
      <translation>시간에 따른 그룹 크기</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Show customers…</source>
      <translation>고객 보기…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>This file has no purchase dates, so there is no earlier moment to compare with.</source>
      <translation>이 파일에는 구매 날짜가 없어 비교할 이전 시점이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Who moved</source>
      <translation>이동한 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>the data as of</source>
      <translation>이 날짜 기준 데이터</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>the earlier export (to {day})</source>
      <translation>이전 내보내기 파일 ({day}까지)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>with the end of the data</source>
      <translation>시점과 데이터 마지막 날을</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>{a} → {b}</source>
      <translation>{a} → {b}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>{a} → {b}: 1 customer</source>
      <translation>{a} → {b}: 고객 1명</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>{a} → {b}: {n} customers</source>
      <translation>{a} → {b}: 고객 {n}명</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>{before} customers on {day}, {after} on {end}; {new} new since then.</source>
      <translation>{day} 고객 {before}명, {end} 고객 {after}명. 그 뒤 신규 고객 {new}명.</translation>
    </message>
  </context>
  <context>
    <name>CostToServeBox</name>
    <message>
      <location filename="../../desktopseg/gui/cost_settings.py" />
      <source> min</source>
      <translation> 분</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cost_settings.py" />
      <source>Category</source>
      <translation>카테고리</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cost_settings.py" />
      <source>Cost to serve</source>
      <translation>응대 비용</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cost_settings.py" />
      <source>Margin %</source>
      <translation>마진 %</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cost_settings.py" />
      <source>Margin % per product category (blank: the margin above). A cost column in the file wins.</source>
      <translation>상품 카테고리별 마진 %입니다(비워 두면 위의 마진 적용). 파일에 비용 열이 있으면 그 값을 씁니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cost_settings.py" />
      <source>Minutes of staff time per activity. Without service figures in your file, each customer's effort and cost to serve are estimated from these.</source>
      <translation>활동별로 드는 직원 시간(분)입니다. 파일에 응대 정보가 없으면 이 값으로 고객마다 응대 부담과 응대 비용을 추정합니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cost_settings.py" />
      <source>Staff time per hour:</source>
      <translation>직원 시간당 비용:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cost_settings.py" />
      <source>What an hour of staff time costs you, wages and overheads, in the file's currency.</source>
      <translation>직원 한 시간에 드는 비용(인건비와 간접비 포함)을 파일의 통화로 입력하세요.</translation>
    </message>
  </context>
  <context>
    <name>CurrencyBox</name>
    <message>
      <location filename="../../desktopseg/gui/currency_box.py" />
      <source>As in the file</source>
      <translation>파일 그대로</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/currency_box.py" />
      <source>As in the file (not stated)</source>
      <translation>파일 그대로 (표시 없음)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/currency_box.py" />
      <source>As in the file ({code})</source>
      <translation>파일 그대로 ({code})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/currency_box.py" />
      <source>The currency money is shown in: tables, cards, report and Excel file. Kept with the column choices of this export.</source>
      <translation>금액을 표시할 통화입니다. 표, 카드, 보고서, Excel 파일에 적용되며 이 내보내기 파일의 열 선택과 함께 저장됩니다.</translation>
    </message>
  </context>
  <context>
    <name>CustomersDialog</name>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>1 customer in {segment}</source>
      <translation>{segment}의 고객 1명</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Average order</source>
      <translation>평균 주문액</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Buyer type</source>
      <translation>구매자 유형</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Chance to buy again (%)</source>
      <translation>재구매 확률 (%)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Churn risk</source>
      <translation>이탈 위험</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Customer ID</source>
      <translation>고객 ID</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Customers in {segment}</source>
      <translation>{segment}의 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Days since</source>
      <translation>경과 일수</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>E-mail</source>
      <translation>이메일</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Effort</source>
      <translation>응대 부담</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Export customer list</source>
      <translation>고객 목록 내보내기</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Export list…</source>
      <translation>목록 내보내기…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Find a customer…</source>
      <translation>고객 찾기…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Last purchase</source>
      <translation>마지막 구매</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Margin</source>
      <translation>마진</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Name</source>
      <translation>이름</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Orders</source>
      <translation>주문 수</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Revenue</source>
      <translation>매출</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Why here</source>
      <translation>이유</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>{n} customers in {segment}</source>
      <translation>{segment}의 고객 {n}명</translation>
    </message>
  </context>
  <context>
    <name>DataFrameModel</name>
    <message>
      <location filename="../../desktopseg/gui/models.py" />
      <source>yes</source>
      <translation>예</translation>
    </message>
  </context>
  <context>
    <name>DesktopSeg</name>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Please check this</source>
      <translation>확인해 주세요</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/app.py" />
      <location filename="../../desktopseg/gui/common.py" />
      <source>Sorry, something went wrong</source>
      <translation>죄송합니다. 문제가 발생했습니다</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/app.py" />
      <location filename="../../desktopseg/gui/common.py" />
      <source>Sorry, something went wrong inside DesktopSeg. Your file was not changed.

The details are in this log file; please send it to us:
{path}</source>
      <translation>죄송합니다. DesktopSeg 내부에서 문제가 발생했습니다. 파일은 변경되지 않았습니다.

자세한 내용은 아래 로그 파일에 있습니다. 저희에게 보내 주세요:
{path}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>{where}: {message}</source>
      <translation>{where}: {message}</translation>
    </message>
  </context>
  <context>
    <name>EffortRating</name>
    <message>
      <location filename="../../desktopseg/gui/effort_rating.py" />
      <source>{value} (estimated from activity)</source>
      <translation>{value} (활동 기록으로 추정)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/effort_rating.py" />
      <source>{value} (your rating)</source>
      <translation>{value} (직접 매긴 점수)</translation>
    </message>
  </context>
  <context>
    <name>EffortRatingBox</name>
    <message>
      <location filename="../../desktopseg/gui/effort_rating.py" />
      <source>How much of your time these customers take, 1 = little, 10 = a lot. Your rating replaces the estimate in the chart and the report (a service column in the file still wins).</source>
      <translation>이 고객들에게 시간이 얼마나 드는지 매겨 주세요. 1 = 적음, 10 = 많음. 직접 매긴 점수가 차트와 보고서의 추정값을 대신합니다(파일에 응대 열이 있으면 그 값이 우선입니다).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/effort_rating.py" />
      <source>The file has its own service figures for each customer; those are used.</source>
      <translation>파일에 고객별 응대 정보가 있어 그 값을 사용합니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/effort_rating.py" />
      <source>Your effort rating (1–10):</source>
      <translation>직접 매긴 응대 부담 점수 (1–10):</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/effort_rating.py" />
      <source>not rated</source>
      <translation>점수 없음</translation>
    </message>
  </context>
  <context>
    <name>ExportDoneBox</name>
    <message>
      <location filename="../../desktopseg/gui/export_done.py" />
      <source>Export finished</source>
      <translation>내보내기 완료</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/export_done.py" />
      <source>Open</source>
      <translation>열기</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/export_done.py" />
      <source>Show in folder</source>
      <translation>폴더에서 보기</translation>
    </message>
  </context>
  <context>
    <name>ForecastView</name>
    <message>
      <location filename="../../desktopseg/gui/forecast_view.py" />
      <source>In the next {days} days, the customers you have are expected to place about {orders} orders worth about {revenue}.</source>
      <translation>앞으로 {days}일 동안 지금 고객들이 약 {orders}건, 약 {revenue} 규모의 주문을 할 것으로 예상됩니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/forecast_view.py" />
      <source>No forecast: it needs sales with dates, and it can be switched off in the settings.</source>
      <translation>예측이 없습니다: 날짜가 있는 판매 내역이 필요하며, 설정에서 꺼져 있을 수도 있습니다.</translation>
    </message>
  </context>
  <context>
    <name>ImportPreviewPage</name>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>(no grouping)</source>
      <translation>(그룹 나누지 않음)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>(not used)</source>
      <translation>(사용 안 함)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>1 file read</source>
      <translation>파일 1개 읽음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>&lt;b&gt;Please check:&lt;/b&gt; these dates could be day-first or month-first; {read}</source>
      <translation>&lt;b&gt;확인해 주세요:&lt;/b&gt; 날짜가 일/월 순서인지 월/일 순서인지 알 수 없습니다. {read}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Also read: {source}.</source>
      <translation>함께 읽음: {source}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Amount</source>
      <translation>금액</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Automatic</source>
      <translation>자동</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Back</source>
      <translation>뒤로</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Check how {name} was read</source>
      <translation>{name} 읽은 결과 확인</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Column in your file</source>
      <translation>파일의 열</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Column titles in row:</source>
      <translation>열 제목 행:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Continue</source>
      <translation>계속</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Continue anyway?</source>
      <translation>그래도 계속할까요?</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Customer (as grouped)</source>
      <translation>고객 (묶음 기준)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Dates:</source>
      <translation>날짜:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Day first (31/12/2024)</source>
      <translation>일 먼저 (31/12/2024)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>First rows as they will be analysed</source>
      <translation>분석될 첫 행들</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>From {source}</source>
      <translation>출처: {source}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Group customers by:</source>
      <translation>고객을 나눌 기준 열:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>It adds: {columns}.</source>
      <translation>추가되는 열: {columns}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Its columns are listed below the file's own; untick it to leave it out.</source>
      <translation>이 시트의 열은 파일 자체의 열 아래에 표시됩니다. 빼려면 선택을 해제하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Left out: {sources}.</source>
      <translation>제외됨: {sources}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Month first (12/31/2024)</source>
      <translation>월 먼저 (12/31/2024)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Not an export we know by name, so the columns were recognised from their titles and contents. Please check them.</source>
      <translation>알려진 내보내기 형식이 아니어서 제목과 내용으로 열을 인식했습니다. 확인해 주세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Nothing unusual.</source>
      <translation>특이 사항 없음.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Please check the columns</source>
      <translation>열을 확인해 주세요</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Recognised as a {format} export.</source>
      <translation>{format} 내보내기로 인식했습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Refund</source>
      <translation>환불</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Row in file</source>
      <translation>파일의 행</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Rows: {read} read, {kept} kept</source>
      <translation>행: {read}개 읽음, {kept}개 사용</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Sheet '{sheet}' was chosen: {reason}</source>
      <translation>'{sheet}' 시트를 선택했습니다: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Sheet:</source>
      <translation>시트:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>The row that holds the column titles</source>
      <translation>열 제목이 있는 행</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Things we noticed</source>
      <translation>발견한 사항</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Use {source}, joined on the customer</source>
      <translation>{source} 사용 (고객 기준으로 연결)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Used as</source>
      <translation>용도</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Why</source>
      <translation>이유</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Year first (2024-12-31)</source>
      <translation>연도 먼저 (2024-12-31)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>You chose this</source>
      <translation>직접 선택함</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Your customers are also put in one group per value of this column</source>
      <translation>이 열의 값마다 고객을 한 그룹씩으로도 나눕니다</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>column '{column}'</source>
      <translation>'{column}' 열</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>detected</source>
      <translation>감지됨</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>it has the most data</source>
      <translation>데이터가 가장 많음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>read as {format}</source>
      <translation>{format} 형식으로 읽음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>row {row}</source>
      <translation>{row}행</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>{n} files read together</source>
      <translation>파일 {n}개를 함께 읽음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>{n} left out: {reason}</source>
      <translation>{n}개 제외: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>{n} sales without a customer (walk-ins) counted but not grouped</source>
      <translation>고객 정보 없는 판매 {n}건(비회원)은 집계했지만 그룹에는 넣지 않았습니다</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>{reason} (sure: {pct})</source>
      <translation>{reason} (확신도: {pct})</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&amp;About DesktopSeg</source>
      <translation>DesktopSeg 정보(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&amp;Close</source>
      <translation>닫기(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&amp;File</source>
      <translation>파일(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&amp;Groups</source>
      <translation>그룹(&amp;G)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&amp;Help</source>
      <translation>도움말(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&amp;Language</source>
      <translation>언어(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&amp;Open…</source>
      <translation>열기(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&amp;Persona Cards</source>
      <translation>페르소나 카드(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&amp;Print…</source>
      <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&amp;Quit</source>
      <translation>종료(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&amp;Save Project</source>
      <translation>프로젝트 저장(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&amp;Start Page</source>
      <translation>시작 페이지(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&amp;View</source>
      <translation>보기(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>'{name}' has changed since this project read it on {day}.</source>
      <translation>'{name}' 파일이 이 프로젝트가 {day}에 읽은 뒤로 바뀌었습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>'{name}' has changed since this project read it.</source>
      <translation>'{name}' 파일이 이 프로젝트가 읽은 뒤로 바뀌었습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&lt;h3&gt;DesktopSeg {version}&lt;/h3&gt;&lt;p&gt;Find out who your customers are, from the spreadsheet your till already exports.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: no internet connection is used.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;DesktopSeg {version}&lt;/h3&gt;&lt;p&gt;POS에서 내보낸 스프레드시트로 고객이 누구인지 알아보세요.&lt;/p&gt;&lt;p&gt;모든 데이터는 이 컴퓨터에만 있으며 인터넷 연결을 사용하지 않습니다.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>About DesktopSeg</source>
      <translation>DesktopSeg 정보</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Add a &amp;Newer Export…</source>
      <translation>새 내보내기 파일 추가(&amp;N)…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Add a Newer Export</source>
      <translation>새 내보내기 파일 추가</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Add this shop's latest export; the project keeps the earlier one to show what changed</source>
      <translation>이 매장의 최신 내보내기 파일을 추가합니다. 무엇이 바뀌었는지 보여 주기 위해 이전 파일도 프로젝트에 보관됩니다</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>All files (*)</source>
      <translation>모든 파일 (*)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Analysis &amp;Settings</source>
      <translation>분석 설정(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Analysis settings</source>
      <translation>분석 설정</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>C&amp;harts</source>
      <translation>차트(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>C&amp;lients…</source>
      <translation>거래처(&amp;L)…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Cancel</source>
      <translation>취소</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Choose a folder for the customer lists</source>
      <translation>고객 목록을 저장할 폴더 선택</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Close this project and go back to the start page</source>
      <translation>이 프로젝트를 닫고 시작 페이지로 돌아갑니다</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Columns set as you chose last time for a file like this. To change them: View &gt; Review Columns.</source>
      <translation>지난번 비슷한 파일에서 선택한 대로 열을 지정했습니다. 변경하려면: 보기 &gt; 열 검토.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>DesktopSeg projects (*{suffix})</source>
      <translation>DesktopSeg 프로젝트 (*{suffix})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Export &amp;Customer Lists (CSV)…</source>
      <translation>고객 목록 내보내기(CSV)(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Export &amp;PDF…</source>
      <translation>PDF 내보내기(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Export PDF</source>
      <translation>PDF 내보내기</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Export to &amp;Excel…</source>
      <translation>Excel로 내보내기(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Export to Excel</source>
      <translation>Excel로 내보내기</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Newer export added. The project keeps the data up to {day}: see What changed.</source>
      <translation>새 내보내기 파일을 추가했습니다. 프로젝트에 {day}까지의 데이터도 보관됩니다. '변경 사항'에서 확인하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>No lists written</source>
      <translation>저장한 목록 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>None of these customers has an e-mail address in the file, so there was nothing for an e-mail tool to import. Export to Excel to get every customer with their group.</source>
      <translation>이 고객들 중 파일에 이메일 주소가 있는 사람이 없어 이메일 도구로 가져올 내용이 없습니다. 모든 고객과 그룹을 받으려면 Excel로 내보내세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Note: {message}</source>
      <translation>참고: {message}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Open</source>
      <translation>열기</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Open &amp;Recent</source>
      <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Open a spreadsheet export or a project</source>
      <translation>스프레드시트 내보내기 파일이나 프로젝트 열기</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Open the &amp;Log Folder</source>
      <translation>로그 폴더 열기(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>PDF document (*.pdf)</source>
      <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Preparing the print preview…</source>
      <translation>인쇄 미리 보기를 준비하는 중…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Print Pre&amp;view…</source>
      <translation>인쇄 미리 보기(&amp;V)…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Print preview</source>
      <translation>인쇄 미리 보기</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Read it now as a newer export? What the project has now is kept, so What changed can compare the two.</source>
      <translation>지금 새 내보내기로 읽을까요? 프로젝트의 현재 데이터는 그대로 남아 '무엇이 바뀌었나'에서 둘을 비교할 수 있습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Review &amp;Columns…</source>
      <translation>열 검토(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Same as the system</source>
      <translation>시스템과 같게</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Save Project &amp;As…</source>
      <translation>다른 이름으로 프로젝트 저장(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Save project</source>
      <translation>프로젝트 저장</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Saved to {path}</source>
      <translation>{path}에 저장했습니다</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Some lists not written</source>
      <translation>일부 목록을 저장하지 못함</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Spreadsheets ({patterns})</source>
      <translation>스프레드시트 ({patterns})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Spreadsheets and projects ({patterns})</source>
      <translation>스프레드시트 및 프로젝트 ({patterns})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Starting…</source>
      <translation>시작하는 중…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Stopped.</source>
      <translation>중지했습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Stopped. The previous results are still shown.</source>
      <translation>중지했습니다. 이전 결과가 그대로 표시됩니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Stopping…</source>
      <translation>중지하는 중…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>The File Has Changed</source>
      <translation>파일이 바뀌었습니다</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>The new language is used from the next time DesktopSeg starts.</source>
      <translation>새 언어는 DesktopSeg를 다음에 시작할 때 적용됩니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>What changed</source>
      <translation>변경 사항</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Written to {path}</source>
      <translation>{path}에 저장했습니다</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Your Own &amp;Groups…</source>
      <translation>내 그룹(&amp;G)…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>{lists} lists written to {path}; {left} customers without an e-mail address left out.</source>
      <translation>목록 {lists}개를 {path}에 저장했습니다. 이메일 주소가 없는 고객 {left}명은 제외했습니다.</translation>
    </message>
  </context>
  <context>
    <name>PersonaCard</name>
    <message>
      <location filename="../../desktopseg/gui/personas_view.py" />
      <source>&lt;b&gt;Favourites:&lt;/b&gt; {items}</source>
      <translation>&lt;b&gt;자주 사는 것:&lt;/b&gt; {items}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/personas_view.py" />
      <source>&lt;b&gt;Typically:&lt;/b&gt; {text}</source>
      <translation>&lt;b&gt;대개:&lt;/b&gt; {text}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/personas_view.py" />
      <source>&lt;b&gt;What to do&lt;/b&gt;</source>
      <translation>&lt;b&gt;할 일&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/personas_view.py" />
      <source>&lt;b&gt;Why this group:&lt;/b&gt; {rule}</source>
      <translation>&lt;b&gt;이 그룹인 이유:&lt;/b&gt; {rule}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/personas_view.py" />
      <source>Click to rename this persona</source>
      <translation>클릭하여 페르소나 이름 바꾸기</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/personas_view.py" />
      <source>Your notes about these customers…</source>
      <translation>이 고객들에 대한 메모…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/personas_view.py" />
      <source>{segment} · 1 customer ({share})</source>
      <translation>{segment} · 고객 1명 ({share})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/personas_view.py" />
      <source>{segment} · {n} customers ({share})</source>
      <translation>{segment} · 고객 {n}명 ({share})</translation>
    </message>
  </context>
  <context>
    <name>PersonaCardsView</name>
    <message>
      <location filename="../../desktopseg/gui/personas_view.py" />
      <source>No persona cards for this grouping.</source>
      <translation>이 분류에는 페르소나 카드가 없습니다.</translation>
    </message>
  </context>
  <context>
    <name>ResultsPage</name>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>Change how customers are grouped; the groups are worked out again at once</source>
      <translation>고객을 나누는 방식을 바꿉니다. 그룹이 바로 다시 계산됩니다</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>Charts</source>
      <translation>차트</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>Forecast</source>
      <translation>예측</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>Group customers by:</source>
      <translation>고객 분류 기준:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>Groups</source>
      <translation>그룹</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>Not available for this file: </source>
      <translation>이 파일에서는 사용할 수 없음: </translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>Persona cards</source>
      <translation>페르소나 카드</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>Settings…</source>
      <translation>설정…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>Sorry, charts could not be shown. The details are in {path}</source>
      <translation>죄송합니다. 차트를 표시할 수 없습니다. 자세한 내용은 {path}에 있습니다</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>{n} customers</source>
      <translation>고객 {n}명</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>{n} sales lines</source>
      <translation>판매 {n}줄</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>{scheme} (not available)</source>
      <translation>{scheme} (사용 불가)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>{scheme}: {reason}</source>
      <translation>{scheme}: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>{start} to {end}</source>
      <translation>{start} ~ {end}</translation>
    </message>
  </context>
  <context>
    <name>RulesEditor</name>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>&amp;Add group</source>
      <translation>그룹 추가(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>&amp;Remove</source>
      <translation>삭제(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>&lt;b&gt;Customers are grouped by the column '{column}' now&lt;/b&gt; (chosen when the file was read). OK puts your own groups in its place.</source>
      <translation>&lt;b&gt;지금 고객이 '{column}' 열로 묶여 있습니다&lt;/b&gt; (파일을 읽을 때 선택). 확인을 누르면 그 자리에 직접 만든 그룹이 들어갑니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Columns (double-click to add):</source>
      <translation>열 (더블클릭하여 추가):</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Customers</source>
      <translation>고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Each group needs its own name; used twice: {names}.</source>
      <translation>그룹마다 이름이 달라야 합니다. 두 번 쓰인 이름: {names}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Everyone else:</source>
      <translation>나머지 고객:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Group</source>
      <translation>그룹</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Group {i}</source>
      <translation>그룹 {i}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Move &amp;down</source>
      <translation>아래로 이동(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Move &amp;up</source>
      <translation>위로 이동(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Name of this grouping:</source>
      <translation>이 분류의 이름:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Name your groups and say who belongs in each, using the columns of your file. A customer goes into the first group whose condition fits. Examples: &lt;i&gt;Kidhome + Teenhome &amp;gt; 0&lt;/i&gt; · &lt;i&gt;Marital_Status in ('Married', 'Together')&lt;/i&gt; · &lt;i&gt;Income between 30000 and 60000&lt;/i&gt; · &lt;i&gt;Education contains 'PhD'&lt;/i&gt; · &lt;i&gt;Income is empty&lt;/i&gt;.</source>
      <translation>그룹 이름을 정하고, 파일의 열을 사용해 각 그룹에 누가 속하는지 적으세요. 고객은 조건이 맞는 첫 번째 그룹에 들어갑니다. 예: &lt;i&gt;Kidhome + Teenhome &amp;gt; 0&lt;/i&gt; · &lt;i&gt;Marital_Status in ('Married', 'Together')&lt;/i&gt; · &lt;i&gt;Income between 30000 and 60000&lt;/i&gt; · &lt;i&gt;Education contains 'PhD'&lt;/i&gt; · &lt;i&gt;Income is empty&lt;/i&gt;.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Who is in it</source>
      <translation>포함 조건</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Your Own Groups</source>
      <translation>내 그룹</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Your own groups</source>
      <translation>내 그룹</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Your own groups from an earlier file with the same columns are used again (View &gt; Your Own Groups… to change them).</source>
      <translation>열이 같은 이전 파일에서 만든 내 그룹을 다시 사용합니다 (바꾸려면: 보기 &gt; 내 그룹…).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>can't read</source>
      <translation>읽을 수 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>{n} customers</source>
      <translation>고객 {n}명</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>{n} customers in all; each is counted in one group only.</source>
      <translation>모두 고객 {n}명. 각 고객은 한 그룹에만 들어갑니다.</translation>
    </message>
  </context>
  <context>
    <name>SettingsPanel</name>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source> days</source>
      <translation>일</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>A change here works the groups out again at once.</source>
      <translation>여기서 바꾸면 그룹이 바로 다시 계산됩니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>All groupings</source>
      <translation>모든 분류</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Automatic groups</source>
      <translation>자동 그룹</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Buying behaviour</source>
      <translation>구매 행동</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cut_points_note.py" />
      <source>Changing the levels or a cut point (then Enter) works the groups out again.</source>
      <translation>단계나 구간 경계를 바꾸고 Enter를 누르면 그룹을 다시 계산합니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Chosen from the data</source>
      <translation>데이터에서 자동 선택</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Company revenue</source>
      <translation>기업 매출</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Company type (pick one or two)</source>
      <translation>기업 유형 (하나 또는 둘 선택)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Count days up to:</source>
      <translation>일수 계산 기준일:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Currency:</source>
      <translation>통화:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Days since last purchase:</source>
      <translation>마지막 구매 후 일수:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Deal size</source>
      <translation>거래 규모</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Fold groups smaller than:</source>
      <translation>다음보다 작은 그룹은 합치기:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Forecast the next:</source>
      <translation>예측 기간:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Forecast who buys again in this many days after the last date, tested on your own history. Turn it off to analyse large files faster.</source>
      <translation>마지막 날짜 이후 이 기간 안에 누가 다시 구매할지 예측합니다. 예측은 이 가게의 실제 구매 기록으로 검증합니다. 큰 파일을 더 빨리 분석하려면 끄세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Gender</source>
      <translation>성별</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>How many score levels for recency, frequency and money (5 is usual; fewer for small files)</source>
      <translation>최근성, 빈도, 금액의 점수 단계 수 (보통 5, 작은 파일은 더 적게)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>How well the groups separate (higher is better): {scores}. {rule}</source>
      <translation>그룹이 얼마나 잘 나뉘는지 (높을수록 좋음): {scores}. {rule}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Income</source>
      <translation>소득</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Industry sector</source>
      <translation>업종</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Life stage (age and children at home)</source>
      <translation>생애 단계 (나이와 함께 사는 자녀)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Location</source>
      <translation>지역</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cut_points_note.py" />
      <source>Many customers share the same value there, so the levels that would have split them were merged. Every cut point used is shown.</source>
      <translation>많은 고객의 값이 같아서, 이들을 나눌 단계가 하나로 합쳐졌습니다. 사용된 구간 경계는 모두 표시됩니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Margin when costs are unknown:</source>
      <translation>비용을 모를 때 마진:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Marital status</source>
      <translation>결혼 여부</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Number of employees</source>
      <translation>직원 수</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Number of groups:</source>
      <translation>그룹 수:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Number of orders:</source>
      <translation>주문 수:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Numbers separated by ';', e.g. 30; 90; 180</source>
      <translation>';'로 구분한 숫자, 예: 30; 90; 180</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Refunds and returns</source>
      <translation>환불 및 반품</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Score levels:</source>
      <translation>점수 단계:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Service effort counts</source>
      <translation>응대 부담 반영</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Set the cut points myself</source>
      <translation>구간 경계 직접 설정</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Spend:</source>
      <translation>구매 금액:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>The values where one score ends and the next begins, separated by ';'. Shown: the cuts the last analysis used.</source>
      <translation>한 점수가 끝나고 다음 점수가 시작되는 값을 ';'로 구분해 입력합니다. 표시된 값: 마지막 분석에서 사용한 경계.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>This file has no purchase dates, so it can't be analysed as of a date.</source>
      <translation>이 파일에는 구매 날짜가 없어 특정 날짜 기준으로 분석할 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Use:</source>
      <translation>사용:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>When your file has no cost column, margin is estimated as this share of sales.</source>
      <translation>파일에 비용 열이 없으면 마진을 매출의 이 비율로 추정합니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Where they live</source>
      <translation>사는 곳</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Who they are (pick one or two)</source>
      <translation>어떤 고객인지 (하나 또는 둘 선택)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Your file has costs, so margins are exact.</source>
      <translation>파일에 비용이 있어 마진이 정확합니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cut_points_note.py" />
      <source>days since last purchase</source>
      <translation>마지막 구매 후 지난 일수</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>not set</source>
      <translation>설정 안 함</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cut_points_note.py" />
      <source>number of orders</source>
      <translation>주문 수</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>off</source>
      <translation>끔</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cut_points_note.py" />
      <source>spend</source>
      <translation>구매액</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>the last sale</source>
      <translation>마지막 판매일</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>to</source>
      <translation>~</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cut_points_note.py" />
      <source>{measure}: the cut point {value} appears twice, because so many customers have that value that they fill two levels; they are split between them by their place in the file.</source>
      <translation>{measure}: 구간 경계 {value}이(가) 두 번 나옵니다. 이 값을 가진 고객이 너무 많아 두 단계를 채우기 때문이며, 파일에 나오는 순서대로 두 단계에 나뉩니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cut_points_note.py" />
      <source>{measure}: {n} levels, not {k}.</source>
      <translation>{measure}: {k}단계가 아니라 {n}단계입니다.</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>A European shop (CSV)</source>
      <translation>유럽 상점 (CSV)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>A bookkeeper's QuickBooks report</source>
      <translation>회계사의 QuickBooks 보고서</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>A florist (Square export)</source>
      <translation>꽃집 (Square 내보내기)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>A hardware store</source>
      <translation>철물점</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>An office-supply wholesaler (two sheets)</source>
      <translation>사무용품 도매상 (시트 2개)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>DesktopSeg reads the sales or customer export from your till, web shop or accounting program and sorts your customers into groups you can act on. Your file stays on this computer and is never changed.</source>
      <translation>DesktopSeg는 POS, 온라인 쇼핑몰, 회계 프로그램에서 내보낸 판매 또는 고객 파일을 읽어 바로 활용할 수 있는 그룹으로 고객을 나눕니다. 파일은 이 컴퓨터에만 있으며 절대 변경되지 않습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>Double-click a sample or a recent file to open it.</source>
      <translation>예제나 최근 파일을 더블클릭하면 열립니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>Drop a spreadsheet or a DesktopSeg project here</source>
      <translation>스프레드시트나 DesktopSeg 프로젝트를 여기에 놓으세요</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>Excel (.xlsx, .xls), OpenDocument (.ods), CSV or text exports</source>
      <translation>Excel(.xlsx, .xls), OpenDocument(.ods), CSV 또는 텍스트 내보내기</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>Files you open will be listed here.</source>
      <translation>연 파일이 여기에 표시됩니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>No sample workbooks were found.</source>
      <translation>예제 통합 문서를 찾을 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>Open a file…</source>
      <translation>파일 열기…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>Recent files and projects</source>
      <translation>최근 파일 및 프로젝트</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>Try a sample</source>
      <translation>예제 사용해 보기</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>Who are your customers?</source>
      <translation>고객은 누구인가요?</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>“{name}” is selected: double-click it or press Enter to open it.</source>
      <translation>“{name}”이(가) 선택되었습니다. 열려면 더블클릭하거나 Enter 키를 누르세요.</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source> and </source>
      <translation> 및 </translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>'in' needs a list in brackets, for example in ('a', 'b').</source>
      <translation>'in' 뒤에는 괄호로 묶은 목록이 필요합니다. 예: in ('a', 'b').</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>'{ch}' can't be used in a condition.</source>
      <translation>조건에는 '{ch}'을(를) 쓸 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/list_totals.py" />
      <source>'{col}' counts the days since each customer's last purchase; last-purchase dates are counted back from {day}, the latest date in the list.</source>
      <translation>'{col}' 열은 각 고객의 마지막 구매 후 일수입니다. 마지막 구매 날짜는 목록에서 가장 늦은 날짜인 {day}부터 거꾸로 계산했습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>'{col}' is in hours; it was turned into minutes.</source>
      <translation>'{col}' 열은 시간 단위여서 분으로 바꿨습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/content_roles.py" />
      <source>'{col}' is not an order number (its values repeat across customers and dates), so each customer's purchases are counted by date.</source>
      <translation>'{col}' 열은 주문 번호가 아니어서(값이 여러 고객과 날짜에 걸쳐 반복됨) 각 고객의 구매를 날짜별로 셉니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/content_roles.py" />
      <source>'{col}' was taken as the order number because of what it holds.</source>
      <translation>'{col}' 열은 들어 있는 내용으로 보아 주문 번호로 사용했습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>'{name}' is not a column of this file, and names of the program's insides can't be used.</source>
      <translation>'{name}'은(는) 이 파일의 열이 아니며, 프로그램 내부 이름은 사용할 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/not_written.py" />
      <source>'{segment}' was not written: none of its {n} customers has an e-mail address.</source>
      <translation>'{segment}' 목록을 저장하지 않았습니다: 고객 {n}명 중 이메일 주소가 있는 사람이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>'{word}' can't stand here; a column name, number or text is needed.</source>
      <translation>'{word}'은(는) 여기에 올 수 없습니다. 열 이름, 숫자 또는 텍스트가 필요합니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>(all customers: {v})</source>
      <translation>(전체 고객: {v})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>(your rating)</source>
      <translation>(직접 매긴 점수)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rhythm.py" />
      <source>, or under twice the typical {gap} days between one customer's visits</source>
      <translation>, 또는 고객의 평소 방문 간격인 {gap}일의 두 배 미만</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>, {k:.0f} children at home</source>
      <translation>, 집에 자녀 {k:.0f}명</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>1 customer</source>
      <translation>고객 1명</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>1 customer moved up from {a} to {b}; they had spent {money} by {day}.</source>
      <translation>고객 1명이 {a}에서 {b}(으)로 올라갔습니다. {day}까지 구매액: {money}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>1 customer slipped from {a} to {b}; they had spent {money} by {day}.</source>
      <translation>고객 1명이 {a}에서 {b}(으)로 내려갔습니다. {day}까지 구매액: {money}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>1 customer went from {a} to {b}; they had spent {money} by {day}.</source>
      <translation>고객 1명이 {a}에서 {b}(으)로 옮겨 갔습니다. {day}까지 구매액: {money}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>1 new customer came after {day}.</source>
      <translation>{day} 이후 신규 고객 1명이 왔습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>1 order</source>
      <translation>주문 1건</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>2 groups: their score ({two:.2f}) beats the best of 3 to 8 groups ({k} groups, {s:.2f}) by {m:.2f} or more.</source>
      <translation>그룹 2개: 점수({two:.2f})가 3~8개 그룹 중 최고 점수({k}개 그룹, {s:.2f})보다 {m:.2f} 이상 높습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>35 to 54</source>
      <translation>35~54세</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>35 to 54 with children at home</source>
      <translation>35~54세, 자녀와 함께 사는 가구</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>35 to 54, no children at home</source>
      <translation>35~54세, 함께 사는 자녀 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>55 or over</source>
      <translation>55세 이상</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>55 or over with children still at home</source>
      <translation>55세 이상, 아직 자녀와 함께 사는 가구</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>55 or over, no children at home</source>
      <translation>55세 이상, 함께 사는 자녀 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>; after the cost of serving them {v}</source>
      <translation>; 응대 비용을 빼면 {v}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>; effort {e:.1f}/10: {q}</source>
      <translation>; 응대 부담 {e:.1f}/10: {q}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>; estimated lifetime value {v}</source>
      <translation>; 예상 고객 생애 가치 {v}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>A column name, number or text is needed here.</source>
      <translation>여기에는 열 이름, 숫자 또는 텍스트가 필요합니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>A condition can't be used as a number or text here.</source>
      <translation>여기서는 조건을 숫자나 텍스트처럼 쓸 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>A family loyalty card so every visit adds up.</source>
      <translation>방문할 때마다 쌓이는 가족 단골 카드.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>A group of your customers</source>
      <translation>내 고객의 한 그룹</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>A handwritten card or early access to something new. No discounts: they come anyway.</source>
      <translation>손글씨 카드나 신상품을 먼저 만나 볼 기회. 할인은 필요 없습니다: 어차피 오는 고객입니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>A list after 'in' holds numbers and texts in quotes only.</source>
      <translation>'in' 뒤 목록에는 숫자와 따옴표로 묶은 텍스트만 넣을 수 있습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>A mix of buyers: {kinds}.</source>
      <translation>여러 유형의 구매자: {kinds}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>A number can't run into letters here.</source>
      <translation>여기서는 숫자 바로 뒤에 글자가 올 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>A personal thank-you for staying with you.</source>
      <translation>꾸준히 찾아 주셔서 고맙다는 개인적인 감사 인사.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>A regular: buys in most months.</source>
      <translation>단골: 대부분의 달에 구매합니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>A rules file needs a list of groups under "segments".</source>
      <translation>규칙 파일에는 "segments" 아래에 그룹 목록이 있어야 합니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>A second purchase soon after the first is what turns a newcomer into a regular.</source>
      <translation>첫 구매 후 곧 이어지는 두 번째 구매가 신규 고객을 단골로 만듭니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>A small share of customers brings most of the money.</source>
      <translation>적은 수의 고객이 매출 대부분을 가져옵니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>About to Sleep</source>
      <translation>이탈 직전</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>About {k} in 10 are expected to buy again in the next {d} days.</source>
      <translation>앞으로 {d}일 안에 10명 중 약 {k}명이 다시 구매할 것으로 예상됩니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Accommodation and Food Services</source>
      <translation>숙박 및 음식점업</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Add a column with service minutes, support tickets or an effort score (1-10) per customer or per sale, and this chart will show which segments take more time than they bring.</source>
      <translation>고객별 또는 판매별 응대 시간(분), 문의 건수, 부담 점수(1-10) 열을 추가하면 이 차트에서 들이는 시간에 비해 수익이 적은 그룹을 볼 수 있습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/snapshots.py" />
      <source>Add a newer export (File &gt; Add a Newer Export).</source>
      <translation>새 내보내기 파일을 추가하세요 (파일 &gt; 새 내보내기 파일 추가).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Administrative and Support and Waste Management</source>
      <translation>사업 지원 및 폐기물 관리업</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>After repricing: {action}</source>
      <translation>가격 조정 후: {action}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>After the cost of serving them, {good} and {bad}.</source>
      <translation>응대 비용을 빼면 {good}, {bad}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Age</source>
      <translation>나이</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Age unknown</source>
      <translation>나이 알 수 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/sic_divisions.json" />
      <source>Agriculture, Forestry and Fishing</source>
      <translation>농업, 임업 및 어업</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Agriculture, Forestry, Fishing and Hunting</source>
      <translation>농업, 임업, 어업 및 수렵업</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>All clients</source>
      <translation>모든 거래처</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>All customers look the same in the data, so there are no groups to find.</source>
      <translation>데이터상 모든 고객이 같아 보여 찾을 그룹이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/common.py" />
      <source>All {n} customers fall into one group: the data can't support two or more segments for this analysis.</source>
      <translation>고객 {n}명이 모두 한 그룹에 속합니다. 이 분석에서는 데이터로 두 개 이상의 그룹을 만들 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>Amounts are quantity x unit price ('{q}' x '{p}').</source>
      <translation>금액은 수량 × 단가('{q}' × '{p}')입니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/batch.py" />
      <location filename="../../desktopseg/core/pipeline.py" />
      <location filename="../../desktopseg/gui/jobs.py" />
      <source>Analysing</source>
      <translation>분석 중</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>Analysing the earlier date</source>
      <translation>이전 날짜 분석 중</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>Analysing the later date</source>
      <translation>이후 날짜 분석 중</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/snapshots.py" />
      <source>Analysing {day}</source>
      <translation>{day} 분석 중</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Annual revenue</source>
      <translation>연 매출</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Answer your campaigns</source>
      <translation>캠페인에 잘 반응함</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Arts, Entertainment, and Recreation</source>
      <translation>예술, 스포츠 및 여가 서비스업</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Ask for a birthday at the till or in the next mailing.</source>
      <translation>계산대에서나 다음 우편물로 생일을 여쭤 보세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Ask for a second purchase: a reminder with something that goes with their first buy.</source>
      <translation>두 번째 구매를 권하세요: 첫 구매와 어울리는 상품을 알려 주세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Ask occasional customers for a second purchase</source>
      <translation>가끔 오는 고객에게 두 번째 구매 권하기</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Ask them what they want next; they reply.</source>
      <translation>다음에 무엇을 원하는지 물어보세요. 답해 주는 고객입니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>At Risk</source>
      <translation>이탈 위험</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/names.py" />
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Automatic groups</source>
      <translation>자동 그룹</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>Automatic groups are made afresh at every run, so they can't be compared.</source>
      <translation>자동 그룹은 분석할 때마다 새로 만들어지므로 비교할 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Automatic groups need numbers that differ between customers (spend, orders, dates), and this data has none.</source>
      <translation>자동 그룹에는 고객마다 다른 숫자(구매액, 주문 수, 날짜)가 필요한데 이 데이터에는 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Average customers who have not bought for a while.</source>
      <translation>한동안 구매하지 않은 평균적인 고객.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Average margin per customer</source>
      <translation>고객당 평균 마진</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <location filename="../../desktopseg/core/personas.py" />
      <source>Average order</source>
      <translation>평균 주문액</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Average orders per year</source>
      <translation>연평균 주문 수</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Average revenue per customer (no cost in the data)</source>
      <translation>고객당 평균 매출 (데이터에 비용 없음)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Average service effort (1 = little, 10 = a lot)</source>
      <translation>평균 응대 부담 (1 = 적음, 10 = 많음)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>BG/NBD purchase model</source>
      <translation>BG/NBD 구매 모델</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Below average, and their visits are fading.</source>
      <translation>평균 이하이며 방문이 줄고 있습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Big regular spenders who come less often lately</source>
      <translation>최근 방문이 뜸해진 큰 단골 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Big spenders</source>
      <translation>큰손 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Big-basket buyers</source>
      <translation>대량 구매 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Bought for the first time very recently.</source>
      <translation>아주 최근에 처음 구매했습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Bought little, long ago</source>
      <translation>오래전에 조금 구매</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Bought little, long ago.</source>
      <translation>오래전에 조금 샀습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Bought once, 1 day ago, spent {spent}; </source>
      <translation>1일 전 한 번 구매, {spent} 지출; </translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Bought once, not back yet</source>
      <translation>한 번 구매 후 아직 재방문 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Bought once, on the last day of the data, spent {spent}; </source>
      <translation>데이터 마지막 날 한 번 구매, {spent} 지출; </translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Bought once, {days} days ago, spent {spent}; </source>
      <translation>{days}일 전 한 번 구매, {spent} 지출; </translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Bought recently, buy often and spend the most.</source>
      <translation>최근에 샀고, 자주 사며, 가장 많이 씁니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Bought {orders} times, last 1 day ago, spent {spent}; </source>
      <translation>{orders}회 구매, 마지막 구매 1일 전, {spent} 지출; </translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Bought {orders} times, last {days} days ago, spent {spent}; </source>
      <translation>{orders}회 구매, 마지막 구매 {days}일 전, {spent} 지출; </translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Bought {orders} times, the last on the last day of the data, spent {spent}; </source>
      <translation>{orders}회 구매, 마지막 구매는 데이터 마지막 날, {spent} 지출; </translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Bring most of your money</source>
      <translation>매출 대부분을 가져옴</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Bring new customers back for a second visit</source>
      <translation>신규 고객이 두 번째로 방문하게 하기</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Browse a lot</source>
      <translation>자주 둘러봄</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Bundles rather than discounts protect the margin.</source>
      <translation>할인보다 묶음 상품이 마진을 지켜 줍니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Busy young parents</source>
      <translation>바쁜 젊은 부모</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Buy often, recently and well</source>
      <translation>최근에 자주, 넉넉히 구매</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Buy regularly and spend well.</source>
      <translation>꾸준히 사고 넉넉히 씁니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Buyer type</source>
      <translation>구매자 유형</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/names.py" />
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Buying behaviour (RFM)</source>
      <translation>구매 행동 (RFM)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Buying-behaviour segments need purchase dates, and this data has none.</source>
      <translation>구매 행동 그룹에는 구매 날짜가 필요한데 이 데이터에는 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Buying-behaviour segments need the number of orders per customer, and this data has none.</source>
      <translation>구매 행동 그룹에는 고객별 주문 수가 필요한데 이 데이터에는 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Buys now and then.</source>
      <translation>가끔 구매합니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Buys through several channels.</source>
      <translation>여러 채널에서 구매합니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Call or write to each of them yourself, with a good reason to come back.</source>
      <translation>한 분 한 분에게 직접 전화하거나 편지를 보내 다시 올 좋은 이유를 전하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>Calling functions is not allowed ('{name}(…)'); only column names, numbers and texts.</source>
      <translation>함수는 호출할 수 없습니다('{name}(…)'). 열 이름, 숫자, 텍스트만 쓸 수 있습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>Calling functions is not allowed; only column names, numbers, texts and the words and/or/not/in/between/contains/is empty.</source>
      <translation>함수는 호출할 수 없습니다. 열 이름, 숫자, 텍스트와 and/or/not/in/between/contains/is empty 같은 단어만 쓸 수 있습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>Campaign responders</source>
      <translation>캠페인 반응 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Can't Lose Them</source>
      <translation>놓치면 안 될 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>Catalogue buyers</source>
      <translation>카탈로그 구매 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <location filename="../../desktopseg/core/saved_results.py" />
      <source>Champions</source>
      <translation>최우수 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Chance still active</source>
      <translation>계속 활동할 확률</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Chance to buy again (forecast)</source>
      <translation>재구매 확률 (예측)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Charge for the service: a delivery fee, a phone-order fee, and a minimum order for free delivery.</source>
      <translation>서비스에 요금을 받으세요: 배송비, 전화 주문 수수료, 무료 배송 최소 주문액을 정하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Check how the group grows or shrinks next quarter.</source>
      <translation>다음 분기에 이 그룹이 늘어나는지 줄어드는지 확인하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/batch.py" />
      <source>Check in 'desktopseg inspect' that the customer, date and amount columns were found.</source>
      <translation>'desktopseg inspect'에서 고객, 날짜, 금액 열을 찾았는지 확인하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>Check that a column identifies the customer (an id, e-mail or name).</source>
      <translation>고객을 구분하는 열(ID, 이메일 또는 이름)이 있는지 확인하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Check that it hasn't been moved, renamed or deleted.</source>
      <translation>파일이 이동, 이름 변경 또는 삭제되지 않았는지 확인하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>Check that the file is not open in another program and that you may read it.</source>
      <translation>파일이 다른 프로그램에서 열려 있지 않은지, 읽기 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>Check that this is the date column, or save the dates in a standard form such as 2024-03-31.</source>
      <translation>이 열이 날짜 열인지 확인하거나 2024-03-31 같은 표준 형식으로 날짜를 저장하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Check that this is the right sheet, or delete the extra columns and save.</source>
      <translation>올바른 시트인지 확인하거나 불필요한 열을 삭제하고 저장하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>Check the column choices in the import preview.</source>
      <translation>가져오기 미리 보기에서 열 선택을 확인하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>Check there is free space and that you may write to that folder.</source>
      <translation>여유 공간이 있는지, 그 폴더에 쓰기 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/joined.py" />
      <source>Choose a file with one row per customer.</source>
      <translation>고객당 한 행인 파일을 선택하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>Choose a later analysis date.</source>
      <translation>더 늦은 분석 날짜를 선택하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Choose an existing folder.</source>
      <translation>존재하는 폴더를 선택하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/snapshots.py" />
      <source>Choose an export made after {old}.</source>
      <translation>{old} 이후에 만든 내보내기 파일을 선택하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Choose another name for the export.</source>
      <translation>내보낼 파일에 다른 이름을 지정하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients.py" />
      <source>Choose another name.</source>
      <translation>다른 이름을 선택하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>Choose another name; projects end in {suffix}.</source>
      <translation>다른 이름을 선택하세요. 프로젝트 파일은 {suffix}로 끝납니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>Choose one of: {names}.</source>
      <translation>다음 중 하나를 선택하세요: {names}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>Choose the amount column in the import preview, or export the report with sales amounts.</source>
      <translation>가져오기 미리 보기에서 금액 열을 선택하거나 판매 금액이 포함된 보고서를 내보내세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Choose the behaviour scheme to see it.</source>
      <translation>보려면 구매 행동 분류를 선택하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>Choose the column with the sale amounts in the import preview.</source>
      <translation>가져오기 미리 보기에서 판매 금액 열을 선택하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>Choose the customer column in the import preview, or export the report with customer details.</source>
      <translation>가져오기 미리 보기에서 고객 열을 선택하거나 고객 정보가 포함된 보고서를 내보내세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>Choose the date column in the import preview, or export the report with a date column.</source>
      <translation>가져오기 미리 보기에서 날짜 열을 선택하거나 날짜 열이 포함된 보고서를 내보내세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Choose the exported spreadsheet inside it.</source>
      <translation>그 안에 있는 내보낸 스프레드시트를 선택하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/several.py" />
      <source>Choose the folder the exports were saved in.</source>
      <translation>내보내기 파일이 저장된 폴더를 선택하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Choose the sheet that holds your sales, or export again.</source>
      <translation>판매 내역이 있는 시트를 선택하거나 다시 내보내세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Churn risk</source>
      <translation>이탈 위험</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>Churn risk and upsell potential come from the forecast: in the test it picked who bought again better than the 'overdue' rule of thumb ({m:.2f} against {r:.2f}, where 0.5 is guessing and 1 is perfect).</source>
      <translation>이탈 위험과 추가 판매 가능성은 예측으로 계산했습니다. 검증에서 예측이 '지연' 어림 규칙보다 다시 구매할 고객을 더 잘 골라냈습니다({m:.2f} 대 {r:.2f}, 0.5는 찍기 수준, 1은 완벽).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>Churn risk and upsell potential use the 'overdue' rule of thumb, because the forecast could not be tested on this history.</source>
      <translation>이 구매 기록으로는 예측을 검증할 수 없어 이탈 위험과 추가 판매 가능성에 '지연' 어림 규칙을 사용합니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>Churn risk and upsell potential use the 'overdue' rule of thumb: in the test it picked who bought again at least as well as the forecast.</source>
      <translation>이탈 위험과 추가 판매 가능성에 '지연' 어림 규칙을 사용합니다. 검증에서 이 규칙이 다시 구매할 고객을 예측 못지않게 잘 골라냈습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>City</source>
      <translation>도시</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>Cleaning rows</source>
      <translation>행 정리 중</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>Client</source>
      <translation>거래처</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/batch.py" />
      <location filename="../../desktopseg/core/clients.py" />
      <source>Client {i} of {n}: {name}</source>
      <translation>거래처 {i}/{n}: {name}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>Clients</source>
      <translation>거래처</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Close it (for example in Excel) and export again, or choose another name.</source>
      <translation>파일을 닫고(예: Excel에서) 다시 내보내거나 다른 이름을 선택하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Close it in other programs, or copy it somewhere you can read it, and try again.</source>
      <translation>다른 프로그램에서 닫거나 읽을 수 있는 곳에 복사한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>Column choices {src}.</source>
      <translation>열 선택 {src}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/print_setup.py" />
      <source>Columns A to {last} printed; all {n} are in the file</source>
      <translation>A~{last} 열만 인쇄됨, 전체 {n}개 열은 파일에 있음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/group_by.py" />
      <source>Columns that can group customers: {columns}.</source>
      <translation>고객을 나눌 수 있는 열: {columns}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/content_roles.py" />
      <source>Columns that could hold it: {cols}. Choose one in the import preview, or pass --mapping.</source>
      <translation>해당할 수 있는 열: {cols}. 가져오기 미리 보기에서 하나를 선택하거나 --mapping 옵션을 지정하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/content_roles.py" />
      <source>Columns that could hold it: {cols}. Choose one in the import preview, or pass a mapping (--mapping).</source>
      <translation>해당할 수 있는 열: {cols}. 가져오기 미리 보기에서 하나를 선택하거나 열 지정(--mapping)을 전달하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Come into the shop</source>
      <translation>매장에 직접 옴</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Comes back again and again</source>
      <translation>계속해서 다시 찾는 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Comes for special occasions, year after year.</source>
      <translation>해마다 특별한 날에 찾아옵니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Coming less often than before</source>
      <translation>예전보다 덜 찾는 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Company</source>
      <translation>회사</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/names.py" />
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>Company profile</source>
      <translation>기업 프로필</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Company revenue</source>
      <translation>기업 매출</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/industry.py" />
      <source>Company revenue under {hi}</source>
      <translation>기업 매출 {hi} 미만</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/industry.py" />
      <source>Company revenue unknown</source>
      <translation>기업 매출 알 수 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/industry.py" />
      <source>Company revenue {lo}+</source>
      <translation>기업 매출 {lo} 이상</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/industry.py" />
      <source>Company revenue {lo}-{hi}</source>
      <translation>기업 매출 {lo}-{hi}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>Company segments need industry codes (SIC or NAICS), employee counts or company revenue, and this data has none.</source>
      <translation>기업 그룹에는 업종 코드(SIC 또는 NAICS), 직원 수 또는 기업 매출이 필요한데 이 데이터에는 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>Compare buying behaviour, customer value or company type instead.</source>
      <translation>대신 구매 행동, 고객 가치 또는 기업 유형을 비교하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>Compared with all customers: {bits}.</source>
      <translation>전체 고객과 비교하면: {bits}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Compared with the typical customer: {bits}.</source>
      <translation>일반 고객과 비교하면: {bits}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <source>Compared with your typical customer: {facts}</source>
      <translation>일반적인 고객과 비교하면: {facts}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Comparing</source>
      <translation>비교 중</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <location filename="../../desktopseg/core/data/sic_divisions.json" />
      <source>Construction</source>
      <translation>건설업</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Copy it to your computer and try again.</source>
      <translation>컴퓨터에 복사한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>Core</source>
      <translation>핵심</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Cost more than they bring</source>
      <translation>버는 것보다 비용이 더 듦</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <location filename="../../desktopseg/core/export.py" />
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Cost to serve</source>
      <translation>응대 비용</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Costs more than they bring</source>
      <translation>버는 것보다 비용이 더 드는 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Country</source>
      <translation>국가</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Couples</source>
      <translation>부부·커플</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Cumulative share of margin</source>
      <translation>마진 누적 비중</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Cumulative share of revenue (no cost in the data)</source>
      <translation>매출 누적 비중 (데이터에 비용 없음)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <location filename="../../desktopseg/core/export.py" />
      <source>Customer ID</source>
      <translation>고객 ID</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Customer name</source>
      <translation>고객 이름</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Customer number in the file</source>
      <translation>파일의 고객 번호</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Customer segments</source>
      <translation>고객 그룹</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Customer type</source>
      <translation>고객 유형</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/names.py" />
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>Customer value</source>
      <translation>고객 가치</translation>
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
      <translation>고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>Customers grouped by {dims}.</source>
      <translation>{dims} 기준으로 고객을 나눴습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare_charts.py" />
      <source>Customers moving between segments</source>
      <translation>그룹을 옮긴 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>Customers who cost more than they bring (negative {basis}).</source>
      <translation>버는 것보다 비용이 더 드는 고객 ({basis} 마이너스).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/custom.py" />
      <source>Customers who meet none of the conditions.</source>
      <translation>어느 조건에도 맞지 않는 고객.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>Cut points chosen afresh at each date (equal-sized groups); the same segment grid.</source>
      <translation>구간 경계를 날짜마다 새로 정했습니다(같은 크기의 그룹). 그룹 표는 같습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>Cut points chosen afresh at each date: the earlier data was too small to fix them.</source>
      <translation>구간 경계를 날짜마다 새로 정했습니다. 이전 데이터가 너무 적어 고정할 수 없었습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>Cut points of {day} used at both dates: {cuts}; the same segment grid.</source>
      <translation>두 날짜 모두 {day}의 구간 경계를 사용했습니다: {cuts}. 그룹 표는 같습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>Data from {name}</source>
      <translation>데이터: {name}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>Dates like 03/04 could be day-first or month-first; read as {order}. Change it in the preview if that is wrong.</source>
      <translation>03/04 같은 날짜는 일/월 순서인지 월/일 순서인지 알 수 없어 {order}(으)로 읽었습니다. 틀렸다면 미리 보기에서 바꾸세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Days as a customer</source>
      <translation>고객 기간(일)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>Days between purchases are estimated as (last - first purchase) / (orders - 1): the customer list has no individual sales.</source>
      <translation>구매 간격은 (마지막 - 첫 구매) / (주문 수 - 1)로 추정했습니다. 고객 목록에 개별 판매 내역이 없기 때문입니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Days since last purchase</source>
      <translation>마지막 구매 후 일수</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_columns.py" />
      <source>Days since the last purchase come from the column '{col}'; the list is read as of {day}.</source>
      <translation>마지막 구매 후 일수는 '{col}' 열에서 가져왔으며, 목록은 {day} 기준으로 읽었습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>Deal seekers</source>
      <translation>할인 찾는 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>Deal size unknown</source>
      <translation>거래 규모 알 수 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Delete the stray cells far below or to the right of your data (Ctrl+End in Excel shows the last cell), save, and open it again.</source>
      <translation>데이터 아래나 오른쪽 멀리 떨어진 셀을 지우고(Excel에서 Ctrl+End로 마지막 셀 확인) 저장한 뒤 다시 여세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>DesktopSeg never writes over your original file.</source>
      <translation>DesktopSeg는 원본 파일을 절대 덮어쓰지 않습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>Did you mean {names}?</source>
      <translation>{names}을(를) 말씀하신 건가요?</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>Discounts and refunds written once per order ({cols}) are taken off that order.</source>
      <translation>주문마다 한 번씩 적힌 할인과 환불({cols})은 그 주문에서 뺍니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Download or export it again, then open the new copy.</source>
      <translation>다시 다운로드하거나 내보낸 뒤 새 파일을 여세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <location filename="../../desktopseg/core/export.py" />
      <source>E-mail</source>
      <translation>이메일</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>Each group needs its own name; used twice: {names}.</source>
      <translation>그룹마다 이름이 달라야 합니다. 두 번 쓰인 이름: {names}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Each of the 25 cells needs one of: {names}.</source>
      <translation>25개 칸마다 다음 중 하나가 필요합니다: {names}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Educational Services</source>
      <translation>교육 서비스업</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Effort from</source>
      <translation>응대 부담 기준</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Effort quadrant</source>
      <translation>응대 부담 사분면</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Effort score (given)</source>
      <translation>응대 부담 점수 (입력값)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Effort: {source}</source>
      <translation>응대 부담: {source}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Employees</source>
      <translation>직원 수</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Empty nesters</source>
      <translation>자녀를 독립시킨 가구</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Established families</source>
      <translation>자리 잡은 가족</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Established households</source>
      <translation>자리 잡은 가구</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>Even so, judged by each customer's own buying rhythm, about {k} in 10 are expected to buy again in the next {d} days.</source>
      <translation>그래도 고객마다 자신의 구매 주기로 보면 10명 중 약 {k}명이 앞으로 {d}일 안에 다시 구매할 것으로 예상됩니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Every customer has the same {dim} value, so all get the middle score.</source>
      <translation>모든 고객의 {dim} 값이 같아 모두 중간 점수를 받습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>Everyone else</source>
      <translation>나머지 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>Expected ')' to close the bracket opened here.</source>
      <translation>여기서 연 괄호를 닫는 ')'가 필요합니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>Expected ',' or ')' to go on with the list.</source>
      <translation>목록을 이어 가려면 ',' 또는 ')'가 필요합니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>Expected '{word}' here.</source>
      <translation>여기에는 '{word}'이(가) 필요합니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Expected orders (forecast)</source>
      <translation>예상 주문 수 (예측)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Expected revenue (forecast)</source>
      <translation>예상 매출 (예측)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>Export a period that has sales in it.</source>
      <translation>판매가 있는 기간을 내보내세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Export a shorter period (for example one year at a time) or close other programs and try again.</source>
      <translation>더 짧은 기간(예: 한 번에 1년)을 내보내거나 다른 프로그램을 닫고 다시 시도하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Export a shorter period from your sales program.</source>
      <translation>판매 프로그램에서 더 짧은 기간을 내보내세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/batch.py" />
      <source>Export a shorter period, or close other programs.</source>
      <translation>더 짧은 기간을 내보내거나 다른 프로그램을 닫으세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Export it again as CSV, or open it in a spreadsheet program and save it as .xlsx.</source>
      <translation>CSV로 다시 내보내거나 스프레드시트 프로그램에서 열어 .xlsx로 저장하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Export the data again from your sales program.</source>
      <translation>판매 프로그램에서 데이터를 다시 내보내세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>Export the report with a customer column (ID, name or e-mail), or choose it in the import preview.</source>
      <translation>고객 열(ID, 이름 또는 이메일)이 포함된 보고서를 내보내거나 가져오기 미리 보기에서 선택하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Export your sales as Excel (.xlsx) or CSV and open that file.</source>
      <translation>판매 내역을 Excel(.xlsx)이나 CSV로 내보내고 그 파일을 여세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Export your sales as Excel (.xlsx) or CSV from your sales program and open that file.</source>
      <translation>판매 프로그램에서 판매 내역을 Excel(.xlsx)이나 CSV로 내보내고 그 파일을 여세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>FM = (F + M) / 2, rounded half up</source>
      <translation>FM = (F + M) / 2, 반올림</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Family-size offers still fit them.</source>
      <translation>가족용 대용량 혜택이 여전히 잘 맞습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Favourite category</source>
      <translation>선호 카테고리</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Favourite product</source>
      <translation>선호 상품</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Favourite: {category}.</source>
      <translation>선호: {category}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Female</source>
      <translation>여성</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>Fewer than 1 in 10 are expected to buy again in the next {d} days.</source>
      <translation>앞으로 {d}일 안에 다시 구매할 고객은 10명 중 1명도 안 될 것으로 예상됩니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <location filename="../../desktopseg/core/export.py" />
      <source>File</source>
      <translation>파일</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Finance and Insurance</source>
      <translation>금융 및 보험업</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/sic_divisions.json" />
      <source>Finance, Insurance and Real Estate</source>
      <translation>금융, 보험 및 부동산업</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Find out why they send things back: check descriptions, sizes and quality.</source>
      <translation>반품 이유를 알아보세요: 상품 설명, 사이즈, 품질을 확인하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>First name</source>
      <translation>이름</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>First purchase</source>
      <translation>첫 구매</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Follow up a visit with a reminder of what they looked at.</source>
      <translation>방문 후 둘러본 상품을 다시 알려 주세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>For example: {example}</source>
      <translation>예: {example}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast_charts.py" />
      <source>Forecast</source>
      <translation>예측</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast_charts.py" />
      <source>Forecast for the next {n} days</source>
      <translation>앞으로 {n}일 예측</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>Forecasting the next {n} days</source>
      <translation>앞으로 {n}일 예측 중</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Found you through</source>
      <translation>유입 경로</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Founded</source>
      <translation>설립</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Free delivery above a basket size to grow their orders.</source>
      <translation>일정 금액 이상 구매 시 무료 배송으로 주문 금액을 키우세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Frequency &amp; spend score (higher = more)</source>
      <translation>빈도·금액 점수 (높을수록 많음)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Frequent buyers</source>
      <translation>자주 사는 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>Frequent site visitors</source>
      <translation>사이트 자주 방문 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>From (on {day})</source>
      <translation>이전 그룹 ({day})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Gender</source>
      <translation>성별</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Gender unknown</source>
      <translation>성별 알 수 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Gift ideas for children and grandchildren before holidays.</source>
      <translation>명절이나 연휴 전에 자녀와 손주를 위한 선물 아이디어.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients.py" />
      <source>Give the client a name.</source>
      <translation>거래처 이름을 입력하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Greet them by name; in-store events and samples.</source>
      <translation>이름을 불러 반갑게 맞으세요. 매장 행사와 샘플도 좋습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>Group '{group}': {message}</source>
      <translation>'{group}' 그룹: {message}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>Group {i} in the rules needs a "name" and a "when" condition.</source>
      <translation>규칙의 {i}번째 그룹에 "name"과 "when" 조건이 필요합니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/group_by.py" />
      <source>Grouped by {column}</source>
      <translation>{column} 기준 그룹</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>Groups by what customers want need channel, deal, campaign or survey-answer columns, and this list has none.</source>
      <translation>고객이 원하는 것에 따른 그룹에는 채널, 할인, 캠페인 또는 설문 응답 열이 필요한데 이 목록에는 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Groups of who your customers are need an age or birth year, an income or a location column, and this list has none.</source>
      <translation>고객이 누구인지에 따른 그룹에는 나이나 출생 연도, 소득 또는 지역 열이 필요한데 이 목록에는 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Has drifted away</source>
      <translation>발길이 끊긴 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Has only returned things so far</source>
      <translation>지금까지 반품만 한 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Health Care and Social Assistance</source>
      <translation>보건 및 사회복지 서비스업</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Hibernating</source>
      <translation>휴면 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>High {col}</source>
      <translation>{col} 높음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>High-maintenance customers</source>
      <translation>손이 많이 가는 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>High-margin customers</source>
      <translation>고마진 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Higher income</source>
      <translation>고소득층</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>How many groups: {rule}</source>
      <translation>그룹 수: {rule}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>If they won't pay for the service, let them go politely: stop the extra trips and calls.</source>
      <translation>서비스 요금을 내지 않으려 한다면 정중하게 정리하세요: 추가 배송과 통화를 그만두세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>If you have a copy or an autosave of it, open that; otherwise import the spreadsheet again.</source>
      <translation>사본이나 자동 저장본이 있으면 그것을 여세요. 없으면 스프레드시트를 다시 가져오세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>In '{name}': {bits}</source>
      <translation>'{name}': {bits}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>In '{name}': {vals}</source>
      <translation>'{name}': {vals}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>In the middle years</source>
      <translation>중년층</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>In your list: {column}</source>
      <translation>목록의 열: {column}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/several.py" />
      <source>In {n} files, e.g. {name}: {message}</source>
      <translation>파일 {n}개에서 (예: {name}): {message}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Income bands split the known incomes in three equal parts: lower under {a}, middle {a} to {b}, higher from {b}.</source>
      <translation>소득 구간은 알려진 소득을 세 등분했습니다: 낮음 {a} 미만, 중간 {a}~{b}, 높음 {b} 이상.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Income unknown</source>
      <translation>소득 알 수 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Industry</source>
      <translation>업종</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Industry code</source>
      <translation>업종 코드</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>Industry: </source>
      <translation>업종: </translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Information</source>
      <translation>정보통신업</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Invite them to a tasting or an evening event.</source>
      <translation>시음·시식회나 저녁 행사에 초대하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>It brings in the most money.</source>
      <translation>가장 많은 매출을 가져옵니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Just getting to know you</source>
      <translation>이제 막 알게 된 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Keep the printed catalogue coming, with an order form.</source>
      <translation>주문서를 넣은 인쇄 카탈로그를 계속 보내세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Keep the service but make it lighter: one named contact, a standard order list, fewer special trips.</source>
      <translation>서비스는 유지하되 가볍게: 전담 담당자 한 명, 표준 주문 목록, 특별 방문 줄이기.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Keep the web shop quick; send offers by e-mail.</source>
      <translation>온라인 쇼핑몰은 빠르게 유지하고 혜택은 이메일로 보내세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Lapsed customers</source>
      <translation>이탈한 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>Large deals</source>
      <translation>대형 거래</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>Largest segments</source>
      <translation>가장 큰 그룹</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Last name</source>
      <translation>성</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <location filename="../../desktopseg/core/export.py" />
      <source>Last purchase</source>
      <translation>마지막 구매</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Last seen 1 day ago.</source>
      <translation>마지막 방문 1일 전.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Last seen a long time ago</source>
      <translation>마지막 방문이 오래전</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Last seen on the last day of the data.</source>
      <translation>데이터 마지막 날에 마지막으로 방문.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Last seen {days} days ago.</source>
      <translation>마지막 방문 {days}일 전.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>Leave the date out, or use a sales export with a date on each line.</source>
      <translation>날짜를 빼거나, 줄마다 날짜가 있는 판매 내보내기 파일을 사용하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Let them go quietly: one last 'we miss you' offer, then stop spending on them.</source>
      <translation>조용히 보내 주세요: 마지막으로 '보고 싶어요' 혜택을 한 번 보내고, 그 뒤로는 비용을 쓰지 마세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Lifetime spend (from the file)</source>
      <translation>총 구매액 (파일 기준)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Lifetime value (estimate)</source>
      <translation>고객 생애 가치 (추정)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>Lifetime value equals the spend so far: the data has no order counts or dates to project from.</source>
      <translation>고객 생애 가치는 지금까지의 구매액과 같습니다. 예측에 쓸 주문 수나 날짜가 데이터에 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Light {cat} buyers</source>
      <translation>{cat} 소량 구매 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>Location</source>
      <translation>지역</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>Location unknown</source>
      <translation>지역 알 수 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>Long tail</source>
      <translation>롱테일</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Long-standing customers</source>
      <translation>오랜 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Look after the group '{name}'</source>
      <translation>'{name}' 그룹 챙기기</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Look at who is in here: a new group may be hiding.</source>
      <translation>누가 있는지 살펴보세요. 새로운 그룹이 숨어 있을 수 있습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>Looking inside a value with '.' is not allowed; only column names, numbers and texts can be used.</source>
      <translation>'.'로 값 안쪽을 들여다볼 수 없습니다. 열 이름, 숫자, 텍스트만 쓸 수 있습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>Loss-making</source>
      <translation>손실</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Lost</source>
      <translation>떠난 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>Lost {amount} in {basis}</source>
      <translation>{basis} {amount} 손실</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>Low {col}</source>
      <translation>{col} 낮음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Low-maintenance customers</source>
      <translation>손이 덜 가는 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Low-margin customers</source>
      <translation>저마진 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Low-touch</source>
      <translation>손이 덜 감</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Lower income</source>
      <translation>저소득층</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Loyal</source>
      <translation>충성 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Loyalty reward: a stamp card or points so regular visits add up.</source>
      <translation>단골 혜택: 도장 카드나 포인트로 꾸준한 방문에 보답하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Make it easy: bundles for the family and quick pick-up.</source>
      <translation>편하게 해 주세요: 가족용 묶음 상품과 빠른 픽업.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Male</source>
      <translation>남성</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Management of Companies and Enterprises</source>
      <translation>기업 경영 관리업</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <location filename="../../desktopseg/core/data/sic_divisions.json" />
      <source>Manufacturing</source>
      <translation>제조업</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Many customers have bought only a little; a reminder brings some of them back.</source>
      <translation>조금만 구매한 고객이 많습니다. 알림을 보내면 일부는 다시 찾아옵니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Many customers, small sums each</source>
      <translation>고객은 많지만 1인당 금액은 적음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>Many small customers who bring the last {pct:.0f}%.</source>
      <translation>마지막 {pct:.0f}%를 가져오는 많은 소규모 고객.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Margin</source>
      <translation>마진</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Margin from</source>
      <translation>마진 기준</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <location filename="../../desktopseg/core/personas.py" />
      <source>Margin share</source>
      <translation>마진 비중</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Marital status unknown</source>
      <translation>결혼 여부 알 수 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>Medium deals</source>
      <translation>중간 규모 거래</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/custom.py" />
      <source>Meets none of the conditions above.</source>
      <translation>위 조건에 하나도 맞지 않습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/custom.py" />
      <source>Meets the condition of '{name}': {when}</source>
      <translation>'{name}'의 조건에 맞음: {when}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Middle income</source>
      <translation>중간 소득</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>Middle of the road</source>
      <translation>무난한 중간층</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Midlife adults (35 to 54)</source>
      <translation>중년층 (35~54세)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Midlife, no children at home</source>
      <translation>중년, 함께 사는 자녀 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/sic_divisions.json" />
      <source>Mining</source>
      <translation>광업</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Mining, Quarrying, and Oil and Gas Extraction</source>
      <translation>광업, 채석업 및 석유·가스 채굴업</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>Minutes per activity from</source>
      <translation>활동별 시간(분) 기준</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <location filename="../../desktopseg/core/importer/list_totals.py" />
      <source>Mixed</source>
      <translation>혼합</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Months active (last 12)</source>
      <translation>활동한 달 (최근 12개월)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Most are first-time buyers.</source>
      <translation>대부분 첫 구매 고객입니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Most often a business of {size} staff ({share}).</source>
      <translation>대개 직원 {size}명 규모의 회사 ({share}).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Most often buys through {channel} ({share}).</source>
      <translation>대개 {channel}(으)로 구매 ({share}).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Most often from {place} ({share}).</source>
      <translation>대개 {place} 출신 ({share}).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Most often in {sector} ({share}).</source>
      <translation>대개 {sector} 업종 ({share}).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/cli_compare.py" />
      <location filename="../../desktopseg/gui/jobs.py" />
      <source>Movers</source>
      <translation>이동한 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/cli_compare.py" />
      <location filename="../../desktopseg/gui/jobs.py" />
      <source>Moves</source>
      <translation>이동</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <location filename="../../desktopseg/core/export.py" />
      <source>Name</source>
      <translation>이름</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Needs Attention</source>
      <translation>관심 필요</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Needs attention, and pays for it</source>
      <translation>손이 가지만 그만큼 버는 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>Needs fixing</source>
      <translation>수정 필요</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>New</source>
      <translation>신규</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>New customers</source>
      <translation>신규 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Newcomers</source>
      <translation>신규 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Newest, lightest buyers</source>
      <translation>가장 최근에 왔고 가장 적게 사는 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/content_roles.py" />
      <source>No column looks like it: export the report with that column.</source>
      <translation>그런 열이 보이지 않습니다. 그 열이 포함된 보고서를 내보내세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/content_roles.py" />
      <source>No column looks like it; {hint}</source>
      <translation>그런 열이 보이지 않습니다. {hint}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>No column says who the customer was (an ID, name or e-mail).</source>
      <translation>고객을 알려 주는 열(ID, 이름 또는 이메일)이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>No column with amounts (or quantity and unit price) was found.</source>
      <translation>금액 열(또는 수량과 단가)을 찾지 못했습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>No column with sale dates was found.</source>
      <translation>판매 날짜 열을 찾지 못했습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>No cost or margin is known, so tiers are by revenue. Set a margin % to see margin.</source>
      <translation>비용이나 마진을 알 수 없어 매출로 등급을 나눴습니다. 마진을 보려면 마진 %를 설정하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>No customer bought twice, so 'overdue' is measured against 90 days.</source>
      <translation>두 번 구매한 고객이 없어 '지연'을 90일 기준으로 판단합니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>No customer has a positive {basis}, so there is no value to rank.</source>
      <translation>{basis}이(가) 플러스인 고객이 없어 순위를 매길 가치가 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/custom.py" />
      <source>No customer is in {names}.</source>
      <translation>{names}에 속한 고객이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/not_written.py" />
      <source>No customer lists were written: none of the customers has a usable e-mail address.</source>
      <translation>고객 목록을 저장하지 않았습니다: 쓸 수 있는 이메일 주소가 있는 고객이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/not_written.py" />
      <source>No customer lists were written: the data has no e-mail addresses, and e-mail tools need one per customer. Export to Excel to get every customer with their group.</source>
      <translation>고객 목록을 저장하지 않았습니다: 데이터에 이메일 주소가 없는데, 이메일 도구에는 고객마다 주소가 하나씩 필요합니다. 모든 고객과 그룹을 받으려면 Excel로 내보내세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>No customers were found in this file.</source>
      <translation>이 파일에서 고객을 찾지 못했습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients.py" />
      <source>No export found in {folder}.</source>
      <translation>{folder}에서 내보내기 파일을 찾지 못했습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/industry.py" />
      <source>No industry code</source>
      <translation>업종 코드 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>No purchase date</source>
      <translation>구매 날짜 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>No purchase date known</source>
      <translation>구매 날짜를 알 수 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>No purchase date or order count in the data</source>
      <translation>데이터에 구매 날짜나 주문 수가 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>No row has both a readable date and an amount.</source>
      <translation>읽을 수 있는 날짜와 금액이 모두 있는 행이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/batch.py" />
      <source>No segments could be made from this file.</source>
      <translation>이 파일로는 그룹을 만들 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/sic_divisions.json" />
      <source>Nonclassifiable Establishments</source>
      <translation>분류 불가 사업체</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>None of the dates in column '{col}' can be read (for example '{ex}').</source>
      <translation>'{col}' 열의 날짜를 하나도 읽을 수 없습니다(예: '{ex}').</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>None of the rows says who the customer was.</source>
      <translation>고객이 누구인지 알려 주는 행이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Not available</source>
      <translation>사용할 수 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/group_by.py" />
      <source>Not given</source>
      <translation>값 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>Not in the newer data</source>
      <translation>새 데이터에 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Note</source>
      <translation>참고</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Nudge the customers who are drifting</source>
      <translation>발길이 뜸해지는 고객에게 한 번 더 권하세요</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Offer family-size packs and a reason to come back each month.</source>
      <translation>가족용 대용량 상품과 매달 다시 올 이유를 제안하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Offer your regulars something that goes with their usual buy</source>
      <translation>단골에게 평소 사는 상품과 어울리는 것을 제안하세요</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Offer your steady customers something that goes with their usual buy</source>
      <translation>꾸준한 고객에게 평소 사는 상품과 어울리는 것을 제안하세요</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Older adults (55 and over)</source>
      <translation>장년층 (55세 이상)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Older customers who value service</source>
      <translation>서비스를 중시하는 연령대 높은 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Older parents with children at home</source>
      <translation>자녀와 함께 사는 장년 부모</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>One value of your column</source>
      <translation>내 열의 값 하나</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Only for the {good} who are profitable after service: {action}</source>
      <translation>응대 비용을 빼도 이익이 나는 {good}명에게만: {action}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Only for the {n} customer who is profitable after service: {action}</source>
      <translation>응대 비용을 빼고도 이익이 나는 고객 {n}명에게만: {action}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Only refunds, no purchases, in this period</source>
      <translation>이 기간에는 구매 없이 환불만 있음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/snapshots.py" />
      <source>Only sales exports with dates can be added as a newer export.</source>
      <translation>날짜가 있는 판매 내보내기 파일만 새 내보내기로 추가할 수 있습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/common.py" />
      <source>Only {n} customer(s) in the data: segments need at least {m}.</source>
      <translation>데이터에 고객이 {n}명뿐입니다. 그룹을 나누려면 최소 {m}명이 필요합니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Only {n} customers: scores use {k} levels instead of {levels}.</source>
      <translation>고객이 {n}명뿐이라 점수를 {levels}단계 대신 {k}단계로 매깁니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>Open a spreadsheet export to start a new analysis, or pick a {suffix} file.</source>
      <translation>새 분석을 시작하려면 스프레드시트 내보내기 파일을 열거나 {suffix} 파일을 선택하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Open it in Excel or LibreOffice and save it as .xlsx or .csv, then open that file.</source>
      <translation>Excel이나 LibreOffice에서 열어 .xlsx 또는 .csv로 저장한 뒤 그 파일을 여세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Open it in Excel or LibreOffice, save it as .xlsx and open that copy.</source>
      <translation>Excel이나 LibreOffice에서 열어 .xlsx로 저장한 뒤 그 사본을 여세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook), save a copy and open that copy.</source>
      <translation>Excel에서 열어 암호를 제거하고(파일 &gt; 정보 &gt; 통합 문서 보호) 사본을 저장한 뒤 그 사본을 여세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/snapshots.py" />
      <source>Open the file on its own instead.</source>
      <translation>대신 그 파일만 따로 여세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/jobs.py" />
      <source>Opening project</source>
      <translation>프로젝트 여는 중</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Order from the catalogue</source>
      <translation>카탈로그로 주문</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Orders</source>
      <translation>주문 수</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Orders (from the file)</source>
      <translation>주문 수 (파일 기준)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_columns.py" />
      <source>Orders are the sum of the columns {cols}.</source>
      <translation>주문 수는 {cols} 열의 합계입니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/list_totals.py" />
      <source>Orders per customer are the sum of {cols}.</source>
      <translation>고객별 주문 수는 {cols}의 합계입니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast_charts.py" />
      <source>Orders per week</source>
      <translation>주당 주문 수</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Orders per year</source>
      <translation>연간 주문 수</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast_charts.py" />
      <source>Orders that came in (customers you already had)</source>
      <translation>들어온 주문 (기존 고객)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/common.py" />
      <source>Other</source>
      <translation>기타</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Other Services (except Public Administration)</source>
      <translation>기타 서비스업 (공공 행정 제외)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>Over the last 90 days</source>
      <translation>최근 90일 동안</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>Over the last {n} days</source>
      <translation>최근 {n}일 동안</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Overdue (x usual gap)</source>
      <translation>지연 (평소 간격의 배수)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/print_setup.py" />
      <source>Page {page} of {pages}</source>
      <translation>{page} / {pages}쪽</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>Pareto/NBD purchase model</source>
      <translation>Pareto/NBD 구매 모델</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/letterhead.py" />
      <source>Pass a PNG file that exists, or leave the logo out.</source>
      <translation>존재하는 PNG 파일을 지정하거나 로고를 빼세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Peak {peak}: the last {rest} of customers lose money</source>
      <translation>최고점 {peak}: 나머지 {rest} 고객은 손실</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Peak {peak}: the last {rest} of customers returned more than they bought</source>
      <translation>최고점 {peak}: 나머지 {rest} 고객은 구매보다 반품이 많음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Period</source>
      <translation>기간</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Persona</source>
      <translation>페르소나</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Personal service and a printed newsletter work well.</source>
      <translation>세심한 개인 응대와 종이 소식지가 잘 통합니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Phone</source>
      <translation>전화</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>Phone buyers</source>
      <translation>전화 주문 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>Pick a date between the first sale ({start}) and the last.</source>
      <translation>첫 판매일({start})과 마지막 판매일 사이의 날짜를 선택하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>Pick a date between the first sale and the last ({end}).</source>
      <translation>첫 판매일과 마지막 판매일({end}) 사이의 날짜를 선택하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Point them to the web shop for repeat buys.</source>
      <translation>재구매는 온라인 쇼핑몰로 안내하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Postcode</source>
      <translation>우편번호</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Potential Loyalist</source>
      <translation>충성 고객 후보</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Preferred channel</source>
      <translation>선호 채널</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/letterhead.py" />
      <source>Prepared by {practice}</source>
      <translation>작성: {practice}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Professional, Scientific, and Technical Services</source>
      <translation>전문, 과학 및 기술 서비스업</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <location filename="../../desktopseg/core/export.py" />
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Profit after service</source>
      <translation>응대 비용을 뺀 이익</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Promising</source>
      <translation>유망 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <location filename="../../desktopseg/core/data/sic_divisions.json" />
      <source>Public Administration</source>
      <translation>공공 행정</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Put them first on every campaign list.</source>
      <translation>모든 캠페인 목록에서 이 고객들을 맨 앞에 두세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Rare buyers</source>
      <translation>드물게 사는 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Reach them where they browse: social posts and the web shop.</source>
      <translation>이 고객들이 자주 보는 곳에서 만나세요: SNS 게시물과 온라인 쇼핑몰.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/batch.py" />
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <location filename="../../desktopseg/core/pipeline.py" />
      <location filename="../../desktopseg/gui/jobs.py" />
      <source>Reading file</source>
      <translation>파일 읽는 중</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Real Estate and Rental and Leasing</source>
      <translation>부동산 및 임대업</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Recency score (higher = bought more recently)</source>
      <translation>최근성 점수 (높을수록 최근 구매)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Recency x frequency &amp; spend</source>
      <translation>최근성 × 빈도·금액</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Recent buyers</source>
      <translation>최근 구매 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Recent buyers who could become regulars</source>
      <translation>단골이 될 수 있는 최근 구매 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Recent buyers who have spent little so far</source>
      <translation>아직 많이 쓰지 않은 최근 구매 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Recent customers who have not spent much yet.</source>
      <translation>최근 고객이지만 아직 많이 쓰지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Recent customers with a few purchases: could become loyal.</source>
      <translation>몇 번 구매한 최근 고객: 충성 고객이 될 수 있습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>Recognised as {fmt}; this layout was built without a real export to check, so look over the columns.</source>
      <translation>{fmt}(으)로 인식했습니다. 이 형식은 실제 내보내기 파일로 확인하지 않았으니 열을 살펴보세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>Recognising columns</source>
      <translation>열 인식 중</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Refunded</source>
      <translation>환불됨</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Refunds</source>
      <translation>환불</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Refunds only</source>
      <translation>환불만</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Region</source>
      <translation>지역</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Regulars who keep coming</source>
      <translation>꾸준히 찾아오는 단골</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Remind them before they drift away: a message around the time they usually reorder.</source>
      <translation>발길이 끊기기 전에 알려 주세요: 평소 재주문하는 시기쯤 메시지를 보내세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>Report</source>
      <translation>보고서</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Reprice or let go</source>
      <translation>가격 조정 또는 정리</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Reprice or let go: charge for the extra service, set a minimum order, or stop chasing these accounts.</source>
      <translation>가격을 조정하거나 정리하세요: 추가 서비스에 요금을 받거나, 최소 주문액을 정하거나, 이 거래처 관리를 줄이세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Reprice their service first (after the cost of serving them they bring {pas}). Only then: {action}</source>
      <translation>먼저 서비스 가격을 조정하세요(응대 비용을 빼면 {pas}). 그다음에: {action}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Reprice their service first (after the cost of serving them they cost you {loss} more than they bring). Only then: {action}</source>
      <translation>먼저 이들에 대한 서비스 가격을 다시 정하세요 (응대 비용을 빼면 가져오는 것보다 {loss} 더 듭니다). 그다음에: {action}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Reprice: put their prices up to a level that pays for the time they take.</source>
      <translation>가격 조정: 들이는 시간만큼 비용이 충당되도록 가격을 올리세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <location filename="../../desktopseg/core/data/sic_divisions.json" />
      <source>Retail Trade</source>
      <translation>소매업</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Return more than most</source>
      <translation>다른 고객보다 반품이 많음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Returns more than they buy: about {amount} net per order.</source>
      <translation>구매보다 반품이 많습니다: 주문당 순 {amount} 정도.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <location filename="../../desktopseg/core/export.py" />
      <source>Revenue</source>
      <translation>매출</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>Revenue by {day}</source>
      <translation>{day}까지의 매출</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_columns.py" />
      <source>Revenue is the sum</source>
      <translation>매출은 합계로 계산함</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>Revenue is the sum of the spend columns ({cols}).</source>
      <translation>매출은 구매액 열({cols})의 합계입니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare_charts.py" />
      <source>Revenue of customers moving between segments (by the later date)</source>
      <translation>그룹을 옮긴 고객의 매출 (나중 날짜 기준)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <location filename="../../desktopseg/core/personas.py" />
      <source>Revenue share</source>
      <translation>매출 비중</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Row in the source file</source>
      <translation>원본 파일의 행</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>Rules must be one of: {names}.</source>
      <translation>규칙은 다음 중 하나여야 합니다: {names}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Run an analysis first.</source>
      <translation>먼저 분석을 실행하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients.py" />
      <source>Save the client's sales export into that folder, or pick another folder.</source>
      <translation>거래처의 판매 내보내기 파일을 그 폴더에 저장하거나 다른 폴더를 선택하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>Saved {when}</source>
      <translation>{when} 저장</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/jobs.py" />
      <source>Saving project</source>
      <translation>프로젝트 저장 중</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Sector</source>
      <translation>부문</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <location filename="../../desktopseg/core/segmentation/industry.py" />
      <source>Sector unknown</source>
      <translation>부문 알 수 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Seen lately, not yet a habit</source>
      <translation>최근에 왔지만 아직 단골은 아님</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Segment</source>
      <translation>그룹</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare_charts.py" />
      <source>Segment on {day}</source>
      <translation>{day} 기준 그룹</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare_charts.py" />
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Segment sizes over time</source>
      <translation>시간에 따른 그룹 크기</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Segment sizes: {title}</source>
      <translation>그룹 크기: {title}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>Segmenting: {name}</source>
      <translation>분류 중: {name}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Send a reminder around the time they usually buy.</source>
      <translation>평소 구매하는 시기쯤 알림을 보내세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Send a thank-you with a tip for what they bought and a reason to return this month.</source>
      <translation>감사 인사와 함께 구매한 상품 활용 팁, 이번 달에 다시 올 이유를 보내세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Send offers to them and not to full-price buyers.</source>
      <translation>할인 혜택은 이 고객들에게 보내고, 정가로 사는 고객에게는 보내지 마세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Send one friendly reminder with something that goes with their first buy.</source>
      <translation>첫 구매와 어울리는 상품을 담아 친근한 알림을 한 번 보내세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <location filename="../../desktopseg/core/personas.py" />
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Service effort</source>
      <translation>응대 부담</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Service effort (1-10)</source>
      <translation>응대 부담 (1-10)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Service effort about {effort} out of 10 (estimated from activity).</source>
      <translation>응대 부담 약 {effort}/10 (활동 기록으로 추정).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Service effort about {effort} out of 10.</source>
      <translation>응대 부담 약 {effort}/10.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Service effort vs. margin</source>
      <translation>응대 부담 대비 마진</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Service effort {effort} out of 10 (your rating).</source>
      <translation>응대 부담 {effort}/10 (직접 매긴 점수).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Service minutes</source>
      <translation>응대 시간(분)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Service minutes (estimated from activity)</source>
      <translation>응대 시간(분) (활동 기록으로 추정)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Service minutes used for the cost</source>
      <translation>비용 계산에 쓴 응대 시간(분)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/sic_divisions.json" />
      <source>Services</source>
      <translation>서비스업</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Settled, time to treat themselves</source>
      <translation>자리를 잡고 이제 자신을 위해 쓰는 층</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Several channels</source>
      <translation>여러 채널</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Share</source>
      <translation>비중</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Share of customers, biggest first</source>
      <translation>고객 비중, 큰 순서</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Share via {channel}</source>
      <translation>{channel} 경유 비중</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>Sheets {sheets} have the same columns; their {n} lines were read as one table.</source>
      <translation>시트 {sheets}의 열이 같아서 {n}개 행을 하나의 표로 읽었습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Shop online</source>
      <translation>온라인으로 구매</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Show new items on the home page first.</source>
      <translation>홈페이지에 신상품을 먼저 보여 주세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Show the premium range: quality over quantity.</source>
      <translation>프리미엄 상품을 보여 주세요: 양보다 질입니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Singles</source>
      <translation>싱글</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Size</source>
      <translation>규모</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/industry.py" />
      <source>Size unknown</source>
      <translation>규모 알 수 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Small baskets</source>
      <translation>소량 구매</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>Small deals</source>
      <translation>소규모 거래</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/common.py" />
      <source>Small groups shown together.</source>
      <translation>작은 그룹은 함께 표시합니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Small spenders</source>
      <translation>소액 구매 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Small, infrequent buyers not seen for a long time.</source>
      <translation>오랫동안 보이지 않은, 드물게 조금 사는 고객.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Small, occasional buyers, not seen for long</source>
      <translation>오랫동안 보이지 않은, 가끔 조금 사는 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Small-basket buyers</source>
      <translation>소량 구매 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>Some amounts are percentages.</source>
      <translation>일부 금액은 백분율입니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/custom.py" />
      <source>Some customers meet more than one condition; each is in the first group that fits ({names} lost some to groups above them).</source>
      <translation>일부 고객은 여러 조건에 맞습니다. 각 고객은 맞는 첫 번째 그룹에 들어갑니다({names}의 일부 고객은 위쪽 그룹으로 갔습니다).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/batch.py" />
      <source>Something went wrong inside the program.</source>
      <translation>프로그램 내부에서 문제가 발생했습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_columns.py" />
      <source>Spend is the sum of the columns {cols}.</source>
      <translation>구매액은 {cols} 열의 합계입니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Spend less than most customers</source>
      <translation>대부분의 고객보다 적게 구매</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Spend: {category}</source>
      <translation>구매액: {category}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Spends well when they come</source>
      <translation>올 때마다 넉넉히 사는 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Sporadic customers</source>
      <translation>간헐적 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Stars</source>
      <translation>스타</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <location filename="../../desktopseg/core/personas.py" />
      <source>Stay in touch: a short seasonal newsletter with what's new.</source>
      <translation>계속 연락하세요: 새 소식을 담은 짧은 계절 소식지.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Steady customers</source>
      <translation>꾸준한 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Steady, everyday customers</source>
      <translation>꾸준한 일상 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Still shopping for a full house</source>
      <translation>아직 온 가족을 위해 장 보는 층</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Stop discounting: they come anyway; keep offers for people who need a nudge.</source>
      <translation>할인을 멈추세요: 어차피 오는 고객입니다. 혜택은 한 번 더 권유가 필요한 사람에게 쓰세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>Store buyers</source>
      <translation>매장 구매 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Suggest an item that goes with what they usually buy, at a small saving.</source>
      <translation>평소 사는 상품과 어울리는 상품을 조금 할인해 제안하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>Summarising customers</source>
      <translation>고객 요약 중</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Summary</source>
      <translation>요약</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Support tickets</source>
      <translation>문의 건수</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Tagline</source>
      <translation>한 줄 소개</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Takes a lot of looking after for a thin margin</source>
      <translation>마진은 적은데 손이 많이 가는 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Takes more time than their margin pays for</source>
      <translation>마진으로 충당되지 않을 만큼 손이 많이 감</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>Text encoding: {enc}.</source>
      <translation>텍스트 인코딩: {enc}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>Texts go in single quotes ('Married'); names with spaces in double quotes.</source>
      <translation>텍스트는 작은따옴표('Married')로, 공백이 있는 이름은 큰따옴표로 감싸세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Thank them with a loyalty reward; they buy for several people.</source>
      <translation>단골 혜택으로 고마움을 전하세요. 여러 사람 몫을 사는 고객입니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Thank your best customers</source>
      <translation>최고의 고객에게 감사를 전하세요</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>The amount column '{col}' holds no numbers.</source>
      <translation>금액 열 '{col}'에 숫자가 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>The best third of customers by {basis}; together they bring {pct:.0f}% of it. Spending is spread evenly here, so the first 80% comes from more than a third of the customers.</source>
      <translation>{basis} 기준 상위 3분의 1 고객으로, 이들이 전체의 {pct:.0f}%를 차지합니다. 여기서는 구매가 고르게 퍼져 있어 처음 80%가 고객 3분의 1보다 많은 사람에게서 나옵니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>The clustering reported: {msg}</source>
      <translation>군집 분석 메시지: {msg}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/group_by.py" />
      <source>The column '{column}' is not in this data (was its sheet left out?).</source>
      <translation>이 데이터에 '{column}' 열이 없습니다 (그 시트를 제외했나요?).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>The condition is empty.</source>
      <translation>조건이 비어 있습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>The condition is nested too deeply.</source>
      <translation>조건이 너무 깊게 중첩되어 있습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>The condition is too long ({n} characters; at most {m}).</source>
      <translation>조건이 너무 깁니다({n}자, 최대 {m}자).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>The condition stops too early: something is missing at the end.</source>
      <translation>조건이 너무 일찍 끝납니다: 끝에 빠진 부분이 있습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>The cost column looks like cost per unit, so it was multiplied by the quantity of each line.</source>
      <translation>비용 열이 단위당 비용으로 보여 각 행의 수량을 곱했습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/joined.py" />
      <source>The customer file doesn't look like a customer list.</source>
      <translation>고객 파일이 고객 목록처럼 보이지 않습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>The customer list has no ID or name column, so each customer is known by their row number.</source>
      <translation>고객 목록에 ID나 이름 열이 없어 각 고객을 행 번호로 구분합니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>The customer list has no spend figures, so value analysis is not possible.</source>
      <translation>고객 목록에 구매액이 없어 가치 분석을 할 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>The customer list in {src} shares no customer with the sales, so it was not used.</source>
      <translation>{src}의 고객 목록에 판매 내역과 겹치는 고객이 없어 사용하지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>The customers don't separate into groups (too few distinct customers).</source>
      <translation>고객을 그룹으로 나눌 수 없습니다 (서로 다른 고객이 너무 적음).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>The customers don't separate into groups by their answers.</source>
      <translation>응답 내용으로는 고객을 그룹으로 나눌 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>The customers who bring the first {pct:.0f}% of {basis}.</source>
      <translation>{basis}의 처음 {pct:.0f}%를 가져오는 고객.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>The customers who bring the next {pct:.0f}%.</source>
      <translation>그다음 {pct:.0f}%를 가져오는 고객.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rhythm.py" />
      <source>The data covers only {days} days (under {min} days{gap}): too short to tell who has stopped coming, so nobody is called At Risk, Can't Lose Them, Hibernating, Lost or About to Sleep, and no rates per year are given.</source>
      <translation>데이터 기간이 {days}일뿐입니다({min}일 미만{gap}). 누가 발길을 끊었는지 판단하기에는 너무 짧아서 이탈 위험, 놓치면 안 될 고객, 휴면 고객, 떠난 고객, 이탈 직전으로 분류된 고객이 없으며 연간 비율도 표시하지 않습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>The data has no {missing}, so only {used} is used.</source>
      <translation>데이터에 {missing}이(가) 없어 {used}만 사용합니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>The data has no {wanted}; grouped by {used} instead.</source>
      <translation>데이터에 {wanted}이(가) 없어 대신 {used} 기준으로 나눴습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>The data starts on {start}, after {day}: there were no customers yet.</source>
      <translation>데이터가 {day} 이후인 {start}부터 시작합니다: 그때는 아직 고객이 없었습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/batch.py" />
      <source>The details are in the log file.</source>
      <translation>자세한 내용은 로그 파일에 있습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The file can't be found.</source>
      <translation>파일을 찾을 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The file can't be opened: permission denied.</source>
      <translation>파일을 열 수 없습니다: 권한이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The file can't be read ({err}).</source>
      <translation>파일을 읽을 수 없습니다 ({err}).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>The file can't be replaced: it may be open in another program.</source>
      <translation>파일을 바꿀 수 없습니다: 다른 프로그램에서 열려 있을 수 있습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>The file has no columns.</source>
      <translation>파일에 열이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The file is damaged and can't be opened ({err}).</source>
      <translation>파일이 손상되어 열 수 없습니다 ({err}).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The file is damaged: it looks like a workbook but its archive can't be opened (it may be cut short).</source>
      <translation>파일이 손상되었습니다: 통합 문서처럼 보이지만 압축을 열 수 없습니다(잘렸을 수 있음).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The file is damaged: its archive says one part is {small} bytes but it holds far more.</source>
      <translation>파일이 손상되었습니다: 압축 정보상 한 부분이 {small}바이트인데 실제로는 훨씬 큽니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The file is empty.</source>
      <translation>파일이 비어 있습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/batch.py" />
      <source>The file is too big to analyse on this computer.</source>
      <translation>파일이 너무 커서 이 컴퓨터에서 분석할 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The file unpacks to an absurd size ({size:.0f} GB from {packed:.1f} MB); it is damaged or not a real export.</source>
      <translation>파일 압축을 풀면 비정상적으로 커집니다({packed:.1f} MB에서 {size:.0f} GB). 손상되었거나 실제 내보내기 파일이 아닙니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The file unpacks to an absurd size ({size:.0f} GB); it is damaged or not a real export.</source>
      <translation>파일 압축을 풀면 비정상적으로 커집니다({size:.0f} GB). 손상되었거나 실제 내보내기 파일이 아닙니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>The folder for the export doesn't exist.</source>
      <translation>내보낼 폴더가 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/several.py" />
      <source>The folder has no spreadsheet or CSV files.</source>
      <translation>폴더에 스프레드시트나 CSV 파일이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>The forecast test was switched off.</source>
      <translation>예측 검증이 꺼져 있습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/letterhead.py" />
      <source>The logo '{name}' can't be found.</source>
      <translation>로고 '{name}'을(를) 찾을 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>The number of groups was chosen on a sample of {n} customers.</source>
      <translation>그룹 수는 고객 {n}명 표본으로 정했습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The old-style Excel file (.xls) is damaged and can't be read safely ({err}).</source>
      <translation>이전 형식의 Excel 파일(.xls)이 손상되어 안전하게 읽을 수 없습니다({err}).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>The project can't be saved over the file the data came from.</source>
      <translation>데이터를 가져온 파일에 프로젝트를 덮어쓸 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>The project could not be saved: {reason}</source>
      <translation>프로젝트를 저장할 수 없습니다: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>The project file can't be found.</source>
      <translation>프로젝트 파일을 찾을 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>The project file can't be read: {reason}</source>
      <translation>프로젝트 파일을 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>The rules file can't be read: {why}</source>
      <translation>규칙 파일을 읽을 수 없습니다: {why}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>The rules file is not valid JSON (line {line}, column {col}).</source>
      <translation>규칙 파일이 올바른 JSON이 아닙니다({line}행, {col}열).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/mixed_currency.py" />
      <source>The sales are in {k} currencies (lines: {list}). Their amounts are added as they are written, without converting; export one currency at a time for true totals.</source>
      <translation>판매가 {k}가지 통화로 되어 있습니다 (행: {list}). 금액은 환산 없이 적힌 그대로 더해집니다. 정확한 합계를 보려면 통화별로 따로 내보내세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>The sales history is too short to test the forecast on it, so treat the forecast as a rough guide.</source>
      <translation>판매 기록이 너무 짧아 예측을 검증할 수 없습니다. 예측은 대략적인 참고로만 보세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>The same settings at both dates; the {scheme} groups are made from each date's own figures.</source>
      <translation>두 날짜의 설정이 같습니다. {scheme} 그룹은 날짜마다 그 시점의 수치로 만듭니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>The segment grid can't be used: {problems}.</source>
      <translation>그룹 표를 사용할 수 없습니다: {problems}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The sheet is empty.</source>
      <translation>시트가 비어 있습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The sheet reaches cell {cell}, so it would need about {gb:.0f} GB of memory to read.</source>
      <translation>시트가 {cell} 셀까지 이어져 있어 읽으려면 약 {gb:.0f} GB의 메모리가 필요합니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>The sheets are: {names}.</source>
      <translation>시트 목록: {names}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>The solid middle</source>
      <translation>탄탄한 중간층</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>The table has a header but no rows under it (only blank or total rows).</source>
      <translation>표에 제목 행은 있지만 그 아래에 행이 없습니다(빈 행이나 합계 행만 있음).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>The table has a header but no rows under it.</source>
      <translation>표에 제목 행은 있지만 그 아래에 행이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The table has {n} columns; a sales export has a few dozen.</source>
      <translation>표에 열이 {n}개 있습니다. 판매 내보내기 파일은 보통 수십 개입니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The text file can't be split into columns ({err}).</source>
      <translation>텍스트 파일을 열로 나눌 수 없습니다 ({err}).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The workbook can't be read: it is damaged or not in a format this program knows ({err}).</source>
      <translation>통합 문서를 읽을 수 없습니다: 손상되었거나 이 프로그램이 모르는 형식입니다 ({err}).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>The workbook is damaged: it has no sheets that can be read.</source>
      <translation>통합 문서가 손상되었습니다: 읽을 수 있는 시트가 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The workbook is protected with a password, so it can't be read.</source>
      <translation>통합 문서가 암호로 보호되어 읽을 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>The {name} analysis can't run on this file: {reason}</source>
      <translation>이 파일에서는 {name} 분석을 실행할 수 없습니다: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Their margin does not pay for the staff time they take (profit after service below zero).</source>
      <translation>마진으로 들이는 직원 시간을 감당하지 못합니다(응대 비용을 뺀 이익이 0 미만).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare_charts.py" />
      <source>There are no customers to compare.</source>
      <translation>비교할 고객이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>There are no sales after {day} in this data (the last is on {end}), so there is nothing to compare with.</source>
      <translation>이 데이터에는 {day} 이후 판매가 없어(마지막 판매일은 {end}) 비교할 것이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>There are no sales on or before the analysis date {day}.</source>
      <translation>분석 날짜 {day} 이전에는 판매가 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>There are no segments to export yet.</source>
      <translation>아직 내보낼 그룹이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients.py" />
      <source>There is already a client called '{name}'.</source>
      <translation>'{name}'(이)라는 거래처가 이미 있습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/group_by.py" />
      <source>There is no column called '{column}' to group customers by.</source>
      <translation>고객을 나눌 '{column}' 열이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>There is no column called '{name}'.</source>
      <translation>'{name}'(이)라는 열이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast_charts.py" />
      <source>There is no forecast: the file has no dated sales, or the forecast is switched off.</source>
      <translation>예측이 없습니다: 파일에 날짜가 있는 판매가 없거나 예측이 꺼져 있습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>There is no positive total to share out yet.</source>
      <translation>아직 나눌 플러스 합계가 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>There is no scheme called '{name}'.</source>
      <translation>'{name}'(이)라는 분류 방식은 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>There is no sheet called '{s}'.</source>
      <translation>'{s}'(이)라는 시트가 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare_charts.py" />
      <source>There is only one snapshot yet. Add a newer export to this project (File &gt; Add a Newer Export) to see how the segments change.</source>
      <translation>아직 시점이 하나뿐입니다. 그룹이 어떻게 바뀌는지 보려면 이 프로젝트에 새 내보내기 파일을 추가하세요(파일 &gt; 새 내보내기 추가).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>They are later than usual; a reminder now costs less than winning them back.</source>
      <translation>평소보다 늦어지고 있습니다. 지금 알림을 보내는 편이 나중에 다시 모셔 오는 것보다 비용이 적게 듭니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>They buy often, spend the most and came recently: keep them feeling valued.</source>
      <translation>자주 사고, 가장 많이 쓰며, 최근에도 왔습니다: 소중한 고객이라고 느끼게 해 주세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>They buy regularly; a small bundle raises what they spend.</source>
      <translation>꾸준히 삽니다. 작은 묶음 상품으로 구매액을 늘릴 수 있습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>They come back reliably; a small bundle raises what they spend.</source>
      <translation>믿음직하게 다시 찾아옵니다. 작은 묶음 상품으로 구매액을 늘릴 수 있습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>They used to buy often or spend a lot, and have not been back for a while.</source>
      <translation>예전에는 자주 사거나 많이 썼지만 한동안 오지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>This customer list has no purchase dates, so the buying-behaviour (RFM) analysis needs a sales file with dates; value and cluster analysis work on it.</source>
      <translation>이 고객 목록에는 구매 날짜가 없어 구매 행동(RFM) 분석에는 날짜가 있는 판매 파일이 필요합니다. 가치 분석과 군집 분석은 가능합니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>This data has no information about service effort, so this chart would only be guesswork.</source>
      <translation>이 데이터에는 응대 부담 정보가 없어 이 차트는 추측일 뿐입니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/snapshots.py" />
      <source>This export ends on {new}, but the project's data already runs to {old}.</source>
      <translation>이 내보내기 파일은 {new}에 끝나지만 프로젝트 데이터는 이미 {old}까지 있습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>This file has no purchase dates, so it can't be analysed as of {day}.</source>
      <translation>이 파일에는 구매 날짜가 없어 {day} 기준으로 분석할 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>This file is a web page saved with a spreadsheet name, not a real spreadsheet.</source>
      <translation>이 파일은 스프레드시트 이름으로 저장된 웹 페이지이며 실제 스프레드시트가 아닙니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>This file is a zip archive, not a spreadsheet.</source>
      <translation>이 파일은 zip 압축 파일이며 스프레드시트가 아닙니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>This file is not a DesktopSeg project.</source>
      <translation>이 파일은 DesktopSeg 프로젝트가 아닙니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>This file is not a spreadsheet or text export (it holds binary data).</source>
      <translation>이 파일은 스프레드시트나 텍스트 내보내기 파일이 아닙니다(바이너리 데이터 포함).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>This file is not a spreadsheet: it is {what}.</source>
      <translation>이 파일은 스프레드시트가 아닙니다: {what}입니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>This file is too large to open on this computer: it needs about {need:.1f} GB of memory and {free:.1f} GB is free.</source>
      <translation>이 파일은 이 컴퓨터에서 열기에 너무 큽니다: 약 {need:.1f} GB의 메모리가 필요한데 여유 메모리는 {free:.1f} GB입니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>This grid belongs to the buying-behaviour (RFM) segments.</source>
      <translation>이 표는 구매 행동(RFM) 그룹에 해당합니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>This is a folder, not a file.</source>
      <translation>이것은 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>This is a value, not a condition: compare it with something (for example '&gt; 0').</source>
      <translation>이것은 조건이 아니라 값입니다: 무언가와 비교하세요(예: '&gt; 0').</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>This project file is damaged and can't be opened.</source>
      <translation>이 프로젝트 파일은 손상되어 열 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/snapshots.py" />
      <source>This project has only one export, so there is nothing to compare yet.</source>
      <translation>이 프로젝트에는 내보내기 파일이 하나뿐이라 아직 비교할 것이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>This project was saved by a newer version of DesktopSeg.</source>
      <translation>이 프로젝트는 더 새로운 버전의 DesktopSeg로 저장되었습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>This quote is never closed.</source>
      <translation>따옴표가 닫히지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>Tier unknown</source>
      <translation>등급 알 수 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>Time-driven activity-based costing (Kaplan &amp; Anderson, Harvard Business Review, 2004). The minutes are starting points for a small shop: change them to yours.</source>
      <translation>시간 기반 활동 원가 계산(Kaplan &amp; Anderson, Harvard Business Review, 2004). 분 단위 값은 작은 가게를 위한 기본값이니 가게에 맞게 바꾸세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>To (on {day})</source>
      <translation>이동 후 ({day})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>Too few customers bought twice early enough to test the forecast, so treat it as a rough guide.</source>
      <translation>예측을 검증할 만큼 일찍 두 번 구매한 고객이 너무 적습니다. 예측은 대략적인 참고로만 보세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Top 20% of customers bring {share} of the total</source>
      <translation>상위 20% 고객이 전체의 {share}를 차지</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>Top customers</source>
      <translation>상위 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Transportation and Warehousing</source>
      <translation>운수 및 창고업</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/sic_divisions.json" />
      <source>Transportation, Communications and Utilities</source>
      <translation>운수, 통신 및 공공설비업</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Try a first-order offer on something new in.</source>
      <translation>새로 들어온 상품으로 첫 주문 혜택을 제안해 보세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Try a phone or e-mail reminder when the new one is out.</source>
      <translation>새 제품이 나오면 전화나 이메일로 알려 보세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Typical customers</source>
      <translation>일반 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Typical order</source>
      <translation>보통 주문액</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Typical order about {amount}.</source>
      <translation>보통 주문액 약 {amount}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Typical order about {typical}, average {average}.</source>
      <translation>보통 주문액 약 {typical}, 평균 {average}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Typically a business of {size} staff in {sector}.</source>
      <translation>대개 {sector} 업종의 직원 {size}명 규모 기업.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Typically a business of {size} staff.</source>
      <translation>대개 직원 {size}명 규모 기업.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Typically in {sector}.</source>
      <translation>대개 {sector} 업종.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>Unexpected '{what}' here: join conditions with 'and' or 'or'.</source>
      <translation>여기에 예상치 못한 '{what}'이(가) 있습니다: 조건은 'and'나 'or'로 이으세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/__init__.py" />
      <source>Unknown scheme '{name}'; choose one of {schemes}.</source>
      <translation>알 수 없는 분류 방식 '{name}'. 다음 중 하나를 선택하세요: {schemes}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/industry.py" />
      <source>Unknown sector (code {code})</source>
      <translation>알 수 없는 업종 (코드 {code})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Unpack it and open the spreadsheet inside.</source>
      <translation>압축을 풀고 안에 있는 스프레드시트를 여세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>Update DesktopSeg to open it.</source>
      <translation>열려면 DesktopSeg를 업데이트하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Upsell bundle: pair their usual buy with a related item at a small saving.</source>
      <translation>추가 판매 묶음: 자주 사는 상품에 관련 상품을 조금 할인해 함께 제안하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Upsell potential</source>
      <translation>추가 판매 가능성</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Used to buy well, but not for a long time.</source>
      <translation>예전에는 많이 샀지만 오랫동안 사지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Used to buy well, now overdue</source>
      <translation>전에는 많이 샀지만 지금은 올 때가 지난 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Used to spend well, hasn't been back</source>
      <translation>전에는 많이 샀지만 다시 오지 않는 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Usual channel: {channel}.</source>
      <translation>주로 이용하는 채널: {channel}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Usual days between orders</source>
      <translation>평소 주문 간격(일)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Usually from {place}.</source>
      <translation>주로 {place}에서.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Utilities</source>
      <translation>전기, 가스 및 수도업</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>VIP thank-you: early access or a small gift, a handwritten card.</source>
      <translation>VIP 감사: 먼저 구매할 기회나 작은 선물, 손글씨 카드.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>Value tiers need sales amounts or spend per customer, and this data has none.</source>
      <translation>가치 등급에는 판매 금액이나 고객별 구매액이 필요한데 이 데이터에는 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Visits fading, not been back lately</source>
      <translation>방문이 줄고 요즘 오지 않는 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Wait for a deal</source>
      <translation>할인을 기다림</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>We don't know their age</source>
      <translation>나이를 알 수 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>Web buyers</source>
      <translation>온라인 구매 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Welcome series: a thank-you, a tip for what they bought, and a reason for a second visit within a month.</source>
      <translation>환영 메시지 묶음: 감사 인사, 구매한 상품 활용 팁, 한 달 안에 다시 올 이유.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Were among the best customers, but have not come back for a long time.</source>
      <translation>최고의 고객이었지만 오랫동안 돌아오지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Were among your best, now overdue</source>
      <translation>최고의 고객이었지만 지금은 올 때가 지난 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare_charts.py" />
      <source>What changed</source>
      <translation>달라진 점</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>What is wrong</source>
      <translation>문제점</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>What it is</source>
      <translation>설명</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>What moved</source>
      <translation>이동 내역</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast_charts.py" />
      <source>What the test would have forecast</source>
      <translation>검증했다면 예측했을 수치</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>What to do</source>
      <translation>할 일</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>What your customers want</source>
      <translation>고객이 원하는 것</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare_charts.py" />
      <source>Where customers went: {title}</source>
      <translation>고객이 옮겨 간 곳: {title}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Who brings the margin</source>
      <translation>마진을 만드는 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Who brings the revenue</source>
      <translation>매출을 만드는 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Who your customers are</source>
      <translation>고객은 누구인가</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <location filename="../../desktopseg/core/data/sic_divisions.json" />
      <source>Wholesale Trade</source>
      <translation>도매업</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Win back the good customers who have gone quiet</source>
      <translation>발길이 뜸해진 좋은 고객을 다시 모셔 오세요</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Win them back: a personal note or call with a good reason to return.</source>
      <translation>다시 모셔 오세요: 돌아올 좋은 이유를 담은 개인 메시지나 전화.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>Workbook</source>
      <translation>통합 문서</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Worth the effort</source>
      <translation>수고할 가치 있음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Write to this group in words that fit what they have in common.</source>
      <translation>이 그룹의 공통점에 맞는 말로 연락하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Write to this group with a message that fits its condition.</source>
      <translation>이 그룹의 조건에 맞는 메시지를 보내세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/batch.py" />
      <location filename="../../desktopseg/core/export.py" />
      <source>Writing Excel file</source>
      <translation>Excel 파일 쓰는 중</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/jobs.py" />
      <source>Writing Excel workbook</source>
      <translation>Excel 통합 문서 쓰는 중</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/jobs.py" />
      <source>Writing customer lists</source>
      <translation>고객 목록 쓰는 중</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/batch.py" />
      <location filename="../../desktopseg/gui/jobs.py" />
      <source>Writing the report</source>
      <translation>보고서 쓰는 중</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/custom.py" />
      <source>You have not made your own groups yet (View &gt; Your Own Groups, or --rules RULES.json on the command line).</source>
      <translation>아직 직접 만든 그룹이 없습니다(보기 &gt; 직접 만든 그룹, 또는 명령줄에서 --rules RULES.json).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Young adults (under 35)</source>
      <translation>청년층 (35세 미만)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Young and trying things</source>
      <translation>새로운 걸 시도하는 젊은 층</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Young families</source>
      <translation>젊은 가족</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Young singles and couples</source>
      <translation>젊은 싱글과 커플</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Young, free and trying things</source>
      <translation>젊고 자유롭게 이것저것 해 보는 층</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Your best customers: often, recently, generously</source>
      <translation>최고의 고객: 자주, 최근에, 넉넉히</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>Your own cut points at both dates: {cuts}.</source>
      <translation>두 날짜 모두 직접 정한 구간 경계: {cuts}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Your own group</source>
      <translation>직접 만든 그룹</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/custom.py" />
      <source>Your own groups</source>
      <translation>직접 만든 그룹</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/group_by.py" />
      <source>Your own groups are set aside while customers are grouped by {column}.</source>
      <translation>고객을 {column} 기준으로 나누는 동안에는 내 그룹을 사용하지 않습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/custom.py" />
      <source>Your own groups have no conditions yet.</source>
      <translation>직접 만든 그룹에 아직 조건이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>Your sales history does not yet cover the same weeks of an earlier year, so this forecast cannot allow for a busy or quiet time of year in them, such as a holiday rush.</source>
      <translation>판매 기록에 아직 이전 해의 같은 주가 없어서, 이 예측은 그 기간의 성수기나 비수기(예: 연말 대목)를 반영할 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/summary_lists.py" />
      <source>a part of the period; '{h}' holds the whole</source>
      <translation>기간의 일부; '{h}'에 전체 기간이 있습니다</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>after the cost of serving them</source>
      <translation>응대 비용을 빼면</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>age</source>
      <translation>나이</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>age not known</source>
      <translation>나이 모름</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>age unknown</source>
      <translation>나이 알 수 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>age {a:.0f}</source>
      <translation>{a:.0f}세</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>aged {years}</source>
      <translation>{years}세</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>all customers alike</source>
      <translation>모든 고객이 비슷함</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>amount not readable</source>
      <translation>금액을 읽을 수 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>answer your campaigns</source>
      <translation>캠페인에 반응함</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>answered {pct} of {n} campaigns</source>
      <translation>캠페인 {n}개 중 {pct}에 반응함</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>automatic groups</source>
      <translation>자동 그룹</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>average buyers whose last purchase was a while ago</source>
      <translation>마지막 구매가 좀 지난 평균적인 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>average order {m}</source>
      <translation>평균 주문액 {m}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>blank row</source>
      <translation>빈 행</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>born in {years}</source>
      <translation>{years}년생</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>bought fairly recently, more often than most</source>
      <translation>비교적 최근에 샀고, 대부분의 고객보다 자주 삼</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>bought in {v:.0f} of the last 12 months</source>
      <translation>최근 12개월 중 {v:.0f}개월 구매</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>bought little and seldom, and not for a long time</source>
      <translation>조금씩 드물게 샀고, 오랫동안 사지 않음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>bought little, and not for longer than usual</source>
      <translation>조금 샀고, 평소보다 오래 사지 않음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>bought little, long ago</source>
      <translation>오래전에 조금 삼</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>bought often before, but not for longer than usual</source>
      <translation>전에는 자주 샀지만 평소보다 오래 사지 않음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>bought recently, but little so far</source>
      <translation>최근에 샀지만 아직 조금만 삼</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>bought recently, fewer times than your regulars so far</source>
      <translation>최근에 샀지만 아직 단골보다 구매 횟수가 적음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>bought the most recently and often, and spent the most</source>
      <translation>가장 최근에, 가장 자주 샀고 가장 많이 씀</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>bought very recently, with the fewest orders and lowest spend so far</source>
      <translation>아주 최근에 샀고, 아직 주문 수와 구매액이 가장 적음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>bring less than nothing: returns or costs exceed what they buy</source>
      <translation>오히려 손해: 반품이나 비용이 구매액보다 큼</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>but it is hidden</source>
      <translation>하지만 숨겨져 있음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>buy a large share on deals</source>
      <translation>할인 상품을 많이 삼</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>buy mostly from the catalogue</source>
      <translation>주로 카탈로그로 삼</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>buy mostly in the shop</source>
      <translation>주로 매장에서 삼</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>buy mostly on the web</source>
      <translation>주로 온라인에서 삼</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>buying behaviour</source>
      <translation>구매 행동</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>by phone</source>
      <translation>전화로</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>cancellation</source>
      <translation>주문 취소</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>cancelled order (not a sale, not a return)</source>
      <translation>취소된 주문 (판매도 반품도 아님)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>cell R{r} FM{fm} has the unknown name '{name}'</source>
      <translation>R{r} FM{fm} 칸에 알 수 없는 이름 '{name}'이(가) 있음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <location filename="../../desktopseg/core/importer/joined.py" />
      <source>chosen by you</source>
      <translation>직접 선택함</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>close to the average customer on every measure</source>
      <translation>모든 지표가 평균 고객과 비슷함</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>company revenue</source>
      <translation>기업 매출</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>company type</source>
      <translation>기업 유형</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>cost in the data</source>
      <translation>데이터의 비용</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>cost more to serve than they bring</source>
      <translation>버는 것보다 응대 비용이 더 듦</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/joined.py" />
      <source>customer file {name}</source>
      <translation>고객 파일 {name}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>customer for 1 day</source>
      <translation>고객이 된 지 1일</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>customer for {v:,.0f} days</source>
      <translation>고객이 된 지 {v:,.0f}일</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>customer heading row (its name was carried down to the lines below)</source>
      <translation>고객 제목 행 (이름을 아래 행에 채워 넣음)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>customer listed twice</source>
      <translation>고객이 두 번 나옴</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>customer names carried down from heading rows</source>
      <translation>제목 행의 고객 이름을 아래로 채움</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>customer value</source>
      <translation>고객 가치</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>date not readable</source>
      <translation>날짜를 읽을 수 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>days since last purchase</source>
      <translation>마지막 구매 후 일수</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>deal size</source>
      <translation>거래 규모</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>delivery</source>
      <translation>배송</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>derived from {inputs}: each ranked among all customers and scaled to 1-10</source>
      <translation>{inputs}에서 산출: 각 값을 전체 고객 중 순위로 매겨 1-10으로 환산</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>discount</source>
      <translation>할인</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>dispute</source>
      <translation>분쟁</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>effort {v:.1f}/10</source>
      <translation>응대 부담 {v:.1f}/10</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>employees</source>
      <translation>직원 수</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>equal-sized groups</source>
      <translation>같은 크기의 그룹</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>equal-sized groups after ranking (ties split by order in the list)</source>
      <translation>순위에 따른 같은 크기의 그룹 (동점은 목록 순서로 나눔)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>estimated from activity</source>
      <translation>활동 기록으로 추정</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>estimated from activity ({minutes}; staff time at {rate} an hour)</source>
      <translation>활동 기록으로 추정 ({minutes}; 직원 시간당 {rate})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/several.py" />
      <source>file {name}</source>
      <translation>파일 {name}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>first run</source>
      <translation>첫 실행</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>first-time</source>
      <translation>첫 구매</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>fixed: 1, 2, 3... orders, the top level for more</source>
      <translation>고정: 1, 2, 3... 주문, 그 이상은 최고 단계</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>from the catalogue</source>
      <translation>카탈로그로</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>from the service minutes in the file (customers without them: {label})</source>
      <translation>파일의 응대 시간(분) 기준 (이 값이 없는 고객: {label})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>gender</source>
      <translation>성별</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>gender: </source>
      <translation>성별: </translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/content_roles.py" />
      <source>header '{h}' looks like a misspelling of '{w}'</source>
      <translation>'{h}' 제목은 '{w}'의 오타로 보임</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/roles.py" />
      <source>header '{h}' looks like {r}</source>
      <translation>'{h}' 제목은 {r}(으)로 보임</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/roles.py" />
      <source>header '{h}' means {r}</source>
      <translation>'{h}' 제목은 {r}을(를) 뜻함</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/content_roles.py" />
      <source>header '{h}' reads as {what}</source>
      <translation>'{h}' 제목을 {what}(으)로 읽음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <location filename="../../desktopseg/core/forecast.py" />
      <source>high</source>
      <translation>높음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>ignored: the sale dates say when each customer last bought</source>
      <translation>무시함: 판매 날짜로 각 고객의 마지막 구매일을 알 수 있음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>in the shop</source>
      <translation>매장에서</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>income</source>
      <translation>소득</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>income unknown</source>
      <translation>소득 알 수 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>income {m}</source>
      <translation>소득 {m}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>industry sector</source>
      <translation>업종</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>it has dates and amounts</source>
      <translation>날짜와 금액이 있음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>it has the most data</source>
      <translation>데이터가 가장 많음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>it is a {fmt} export</source>
      <translation>{fmt} 내보내기 파일임</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>its name says sales</source>
      <translation>이름에 판매라는 뜻이 있음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>kept as a second industry code beside '{col}'</source>
      <translation>'{col}' 옆에 두 번째 업종 코드로 보관함</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>last bought 1 day ago</source>
      <translation>마지막 구매 1일 전</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>last bought {v:,.0f} days ago</source>
      <translation>마지막 구매 {v:,.0f}일 전</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <source>last purchase typically {days} days ago</source>
      <translation>마지막 구매는 보통 {days}일 전</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <source>last purchase {days} days ago</source>
      <translation>마지막 구매 {days}일 전</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <source>last purchase {days} days ago (typical customer: {shop} days ago)</source>
      <translation>마지막 구매 {days}일 전 (일반적인 고객: {shop}일 전)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <source>last seen {days} days ago</source>
      <translation>마지막 방문 {days}일 전</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>life stage</source>
      <translation>생애 단계</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>life stage (age and children at home)</source>
      <translation>생애 단계 (나이와 함께 사는 자녀)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>line</source>
      <translation>판매 줄</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>location</source>
      <translation>지역</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>looks like the sales: {why}; other sheets: {others}</source>
      <translation>판매 내역으로 보임: {why}. 다른 시트: {others}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <location filename="../../desktopseg/core/forecast.py" />
      <source>low</source>
      <translation>낮음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>low-touch</source>
      <translation>손이 덜 가는</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>many small orders</source>
      <translation>소액 주문이 많음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>margin</source>
      <translation>마진</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>margin minus cost to serve</source>
      <translation>마진 - 응대 비용</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>margin {m}</source>
      <translation>마진 {m}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>marital status</source>
      <translation>결혼 여부</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>marital status: </source>
      <translation>결혼 여부: </translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <location filename="../../desktopseg/core/forecast.py" />
      <source>medium</source>
      <translation>보통</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>meet none of your conditions</source>
      <translation>어떤 조건에도 맞지 않음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>meet your own condition</source>
      <translation>직접 정한 조건에 맞음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>modified BG/NBD purchase model</source>
      <translation>수정 BG/NBD 구매 모델</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/summary_lists.py" />
      <source>money per customer over the period '{h}': read as each customer's total spend</source>
      <translation>'{h}' 기간의 고객별 금액: 각 고객의 총구매액으로 읽음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>no amount</source>
      <translation>금액 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>no date</source>
      <translation>날짜 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/summary_lists.py" />
      <source>no header, one different text per row: read as the customer's name</source>
      <translation>머리글 없음, 행마다 다른 텍스트: 고객 이름으로 읽음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>no one moved</source>
      <translation>이동한 고객 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <source>no orders</source>
      <translation>주문 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>not a sale (status or type)</source>
      <translation>판매 아님 (상태 또는 유형)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>not in the data</source>
      <translation>데이터에 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>not known: no cost in the data</source>
      <translation>알 수 없음: 데이터에 비용 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>not known: set a margin % (no cost in the data)</source>
      <translation>알 수 없음: 마진 %를 정하세요 (데이터에 비용 없음)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rhythm.py" />
      <source>not overdue for them: usually every {gap} days</source>
      <translation>이 고객에게는 늦지 않음: 보통 {gap}일마다 구매</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>not seen for a while</source>
      <translation>한동안 오지 않은</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/content_roles.py" />
      <source>not the order number: the same values appear for different customers on different dates (a line number inside the order)</source>
      <translation>주문 번호 아님: 같은 값이 다른 날짜의 다른 고객에게도 나옴 (주문 안의 행 번호)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>number of employees</source>
      <translation>직원 수</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>numbers per customer: read as spend on '{h}'</source>
      <translation>고객별 숫자: '{h}' 구매액으로 읽음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>occasional</source>
      <translation>가끔</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>on the web</source>
      <translation>온라인에서</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>only returned goods in this period</source>
      <translation>이 기간에 반품만 함</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>order</source>
      <translation>주문</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>order refunded in full (no revenue)</source>
      <translation>전액 환불된 주문 (매출 없음)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>orders</source>
      <translation>주문</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <location filename="../../desktopseg/core/importer/several.py" />
      <source>other</source>
      <translation>기타</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rhythm.py" />
      <source>overdue for them: usually every {gap} days, now {days}</source>
      <translation>이 고객에게는 늦음: 보통 {gap}일마다 구매하는데 지금 {days}일째</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>phone/e-mail order</source>
      <translation>전화/이메일 주문</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>pick-up</source>
      <translation>픽업</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>refunds</source>
      <translation>환불</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>regular</source>
      <translation>단골</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <location filename="../../desktopseg/gui/jobs.py" />
      <source>remembered from an earlier file</source>
      <translation>이전 파일에서 기억함</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>report footer or note row</source>
      <translation>보고서 바닥글 또는 메모 행</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>reprice or let go</source>
      <translation>가격 조정 또는 정리</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>return/refund</source>
      <translation>반품/환불</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>revenue</source>
      <translation>매출</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>row R{r} needs exactly {k} names</source>
      <translation>R{r} 행에는 이름이 정확히 {k}개 있어야 함</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>scores for recency {r}, frequency {f}, spend {m} (of {levels}): {name}</source>
      <translation>최근성 {r}, 빈도 {f}, 금액 {m} 점수 ({levels}단계 중): {name}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>service minutes</source>
      <translation>응대 시간(분)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>share one value of the column they are grouped by</source>
      <translation>그룹 기준 열의 값이 같음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/joined.py" />
      <source>sheet '{s}'</source>
      <translation>'{s}' 시트</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>sheets {sheets} have the same columns and were read as one table</source>
      <translation>시트 {sheets}의 열이 같아 하나의 표로 읽었습니다</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>since the run of {day} (sales up to {end}): {moves}</source>
      <translation>{day} 실행 이후 (판매 {end}까지): {moves}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>since the run of {day}: {moves}</source>
      <translation>{day} 실행 이후: {moves}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>special-occasion</source>
      <translation>특별한 날</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>spend</source>
      <translation>구매액</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <source>spent {amount} (typical customer: {shop})</source>
      <translation>{amount} 사용 (일반적인 고객: {shop})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>spent {m}</source>
      <translation>{m} 지출</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/woo_items.py" />
      <source>split from the order_item columns</source>
      <translation>order_item 열에서 나눔</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>stars</source>
      <translation>스타</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>support ticket</source>
      <translation>문의</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>support tickets</source>
      <translation>문의 건수</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>the customers who bring the next 15% of the total</source>
      <translation>그다음 전체의 15%를 가져오는 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>the customers who together bring 80% of the total</source>
      <translation>합쳐서 전체의 80%를 가져오는 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>the earlier date</source>
      <translation>이전 날짜</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>the effort score (1-10) given in the data</source>
      <translation>데이터에 있는 응대 부담 점수(1-10)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>the file</source>
      <translation>파일</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/woo_items.py" />
      <source>the items' totals are used</source>
      <translation>상품별 합계를 사용함</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>the many customers who together bring the last 5%</source>
      <translation>합쳐서 마지막 5%를 가져오는 많은 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>the margin % setting ({pct}%)</source>
      <translation>마진 % 설정 ({pct}%)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/content_roles.py" />
      <source>the order number: the same on all lines of one purchase, different between purchases</source>
      <translation>주문 번호: 한 번 구매한 모든 행에서 같고, 구매마다 다름</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rhythm.py" />
      <source>too little data to call anyone lapsed</source>
      <translation>데이터가 너무 적어 발길이 끊긴 고객을 판단할 수 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>total or subtotal row</source>
      <translation>합계 또는 소계 행</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>total per customer</source>
      <translation>고객별 합계</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>typical age {a:.0f}</source>
      <translation>보통 나이 {a:.0f}세</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>typical income {m}</source>
      <translation>보통 소득 {m}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <source>typically 1 order</source>
      <translation>보통 주문 1건</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <source>typically {orders} orders</source>
      <translation>보통 주문 {orders}건</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>under 35</source>
      <translation>35세 미만</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>under 35 with children at home</source>
      <translation>35세 미만, 자녀와 함께 삶</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>under 35, no children at home</source>
      <translation>35세 미만, 함께 사는 자녀 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>unknown</source>
      <translation>알 수 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/roles.py" />
      <source>values are money ({p:.0%} parse)</source>
      <translation>값이 금액임 ({p:.0%} 인식)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>visit the web site often</source>
      <translation>웹사이트를 자주 방문함</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>voided, deleted or draft (never a sale)</source>
      <translation>무효, 삭제 또는 초안 (판매 아님)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>were among the best customers, but have not been back for longer than usual</source>
      <translation>최고의 고객이었지만 평소보다 오래 오지 않음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>what your customers want</source>
      <translation>고객이 원하는 것</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>where they live</source>
      <translation>사는 곳</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>who are new to you</source>
      <translation>새로 알게 된</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>who bought recently</source>
      <translation>최근에 구매한</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>who buy a lot of {cat}</source>
      <translation>{cat}을(를) 많이 사는</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>who buy in few months</source>
      <translation>몇 달만 구매하는</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>who buy little {cat}</source>
      <translation>{cat}을(를) 조금 사는</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>who buy most months</source>
      <translation>대부분의 달에 구매하는</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>who have known you for long</source>
      <translation>오래 알고 지낸</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>who need a lot of service</source>
      <translation>서비스가 많이 필요한</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>who need little service</source>
      <translation>서비스가 적게 필요한</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>who order often</source>
      <translation>자주 주문하는</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>who seldom order</source>
      <translation>드물게 주문하는</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>who spend a lot</source>
      <translation>많이 쓰는</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>who spend little</source>
      <translation>적게 쓰는</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>who your customers are</source>
      <translation>고객은 누구인가</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>with big baskets</source>
      <translation>한 번에 많이 사는</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>with high margins</source>
      <translation>마진이 높은</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>with small baskets</source>
      <translation>한 번에 조금 사는</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>with thin margins</source>
      <translation>마진이 낮은</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>worth the effort</source>
      <translation>수고할 가치가 있는</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>yearly value x expected years x chance still active (see the customer features)</source>
      <translation>연간 가치 × 예상 연수 × 계속 활동할 확률 (고객 지표 참고)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>your own groups</source>
      <translation>직접 만든 그룹</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>your rating</source>
      <translation>직접 매긴 점수</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>your thresholds</source>
      <translation>직접 정한 경계</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>{activity} {m} min</source>
      <translation>{activity} {m}분</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>{a} and {b} together would make {n} groups, too many to act on; grouped by {a} only (pick the dimensions in Settings).</source>
      <translation>{a}와(과) {b}를 함께 쓰면 그룹이 {n}개가 되어 활용하기에 너무 많습니다. {a} 기준으로만 나눴습니다(설정에서 기준을 선택하세요).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>{a}, {b}</source>
      <translation>{a}, {b}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>{a}; {b}</source>
      <translation>{a}; {b}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>{basis} {amount} ({own} of the total); with the customers who bring more, {cum:.0f}%</source>
      <translation>{basis} {amount} (전체의 {own}); 더 많이 가져오는 고객과 합치면 {cum:.0f}%</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>{cat} buyers</source>
      <translation>{cat} 구매 고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/group_by.py" />
      <source>{column} is not given</source>
      <translation>{column} 값 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/group_by.py" />
      <source>{column} is {value}</source>
      <translation>{column}: {value}</translation>
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
      <translation>{col}: </translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>{count} ({share})</source>
      <translation>{count} ({share})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>{count} ({share}) · {revenue} of revenue</source>
      <translation>{count} ({share}) · 매출 {revenue}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>{count} customers</source>
      <translation>고객 {count}명</translation>
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
      <translation>{fmt} 열</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>{f} unknown</source>
      <translation>{f} 알 수 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>{k} groups, as you chose.</source>
      <translation>선택한 대로 {k}개 그룹.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>{k} groups: the best score among 3 to 8 groups ({s:.2f}); 2 groups would need {m:.2f} more to be chosen.</source>
      <translation>{k}개 그룹: 3~8개 그룹 중 가장 좋은 점수({s:.2f}). 2개 그룹이 선택되려면 {m:.2f}가 더 필요합니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>{k} groups: the best score of those possible.</source>
      <translation>{k}개 그룹: 가능한 경우 중 가장 좋은 점수.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/common.py" />
      <source>{k} small groups ({names}) with {n} customers in all are shown together as '{other}'.</source>
      <translation>작은 그룹 {k}개({names}, 총 고객 {n}명)를 '{other}'(으)로 묶어 표시합니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/industry.py" />
      <source>{lo}+ employees</source>
      <translation>직원 {lo}명 이상</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/industry.py" />
      <source>{lo}-{hi} employees</source>
      <translation>직원 {lo}-{hi}명</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>{m} on {cat}</source>
      <translation>{cat}에 {m}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>{m} per order</source>
      <translation>주문당 {m}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>{n:,} customers</source>
      <translation>고객 {n:,}명</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>{name} and {n} others {trait}{facts}.</source>
      <translation>{name} 외 {n}명: {trait}{facts}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>{name} and {n} others: {rule}{facts}.</source>
      <translation>{name} 외 {n}명: {rule}{facts}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>{name} has bought once so far.</source>
      <translation>{name}은(는) 지금까지 한 번 구매했습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>{name} has bought {orders} times in the {days} days of data.</source>
      <translation>{name}은(는) 데이터 기간 {days}일 동안 {orders}회 구매했습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>{name} has bought {orders} times, typically {per_year} times a year.</source>
      <translation>{name}은(는) {orders}회 구매했으며, 보통 1년에 {per_year}회 삽니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>{name} has bought {orders} times.</source>
      <translation>{name}은(는) {orders}회 구매했습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>{name} has only returned things so far.</source>
      <translation>{name}은(는) 지금까지 반품만 했습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <location filename="../../desktopseg/core/personas.py" />
      <source>{name} is one of your customers.</source>
      <translation>{name}은(는) 고객 중 한 명입니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>{name} {qualifier}</source>
      <translation>{qualifier} {name}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>{name}'s firm</source>
      <translation>{name}의 회사</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>{name}'s group is split: {share} have bought once, the others typically {orders} times.</source>
      <translation>{name} 그룹은 나뉩니다: {share}는 한 번 구매했고, 나머지는 보통 {orders}번 구매했습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>{name}'s group{facts}.</source>
      <translation>{name}의 그룹{facts}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>{n} NUL characters inside fields were dropped.</source>
      <translation>필드 안의 NUL 문자 {n}개를 제거했습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>{n} cost more than they bring</source>
      <translation>{n}명은 가져오는 것보다 비용이 더 듭니다</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>{n} costs more than it brings</source>
      <translation>{n}명은 가져오는 것보다 비용이 더 듭니다</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>{n} customers appear more than once in the list; the first row of each is used.</source>
      <translation>고객 {n}명이 목록에 두 번 이상 나옵니다. 각 고객의 첫 행을 사용합니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>{n} customers have a marital status that isn't one ({values}); it counts as unknown.</source>
      <translation>고객 {n}명의 결혼 여부가 올바른 값이 아니어서({values}) 알 수 없음으로 처리합니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>{n} customers have an age that can't be right ({word}); their age counts as unknown.</source>
      <translation>고객 {n}명의 나이가 맞지 않아({word}) 나이를 알 수 없음으로 처리합니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>{n} customers in the sales are not in the customer list.</source>
      <translation>판매 내역의 고객 {n}명이 고객 목록에 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>{n} customers moved up from {a} to {b}; they had spent {money} by {day}.</source>
      <translation>고객 {n}명이 {a}에서 {b}(으)로 올라갔습니다. {day}까지 {money}를 쓴 고객들입니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>{n} customers on the customer list have no sales in this period and are left out.</source>
      <translation>고객 목록의 고객 {n}명은 이 기간에 판매가 없어 제외했습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>{n} customers only returned goods in this period and are shown as '{name}'.</source>
      <translation>고객 {n}명은 이 기간에 반품만 해서 '{name}'(으)로 표시합니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>{n} customers slipped from {a} to {b}; they had spent {money} by {day}.</source>
      <translation>고객 {n}명이 {a}에서 {b}(으)로 내려갔습니다. {day}까지 {money}를 쓴 고객들입니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>{n} customers went from {a} to {b}; they had spent {money} by {day}.</source>
      <translation>고객 {n}명이 {a}에서 {b}(으)로 옮겨 갔습니다. {day}까지 {money}를 쓴 고객들입니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rhythm.py" />
      <source>{n} customers were placed by their own buying rhythm as well as by the recency score: 'overdue' means much longer than their usual gap between orders.</source>
      <translation>고객 {n}명은 최근성 점수뿐 아니라 각자의 구매 주기로도 분류했습니다: '지연'은 평소 주문 간격보다 훨씬 오래 지났다는 뜻입니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>{n} customers without a purchase date or order count are shown as '{name}'.</source>
      <translation>구매 날짜나 주문 수가 없는 고객 {n}명은 '{name}'(으)로 표시합니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>{n} dates in column '{col}' can't be read; those rows were left out.</source>
      <translation>'{col}' 열의 날짜 {n}개를 읽을 수 없어 해당 행을 제외했습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/several.py" />
      <source>{n} files were read together; {k} lines were also in an earlier file and were counted once.</source>
      <translation>파일 {n}개를 함께 읽었습니다. {k}개 행은 이전 파일에도 있어 한 번만 셌습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>{n} incomes can't be right ({values}) and count as unknown.</source>
      <translation>소득 {n}개가 맞지 않아({values}) 알 수 없음으로 처리합니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>{n} lines are exact copies of an earlier line. They were kept (two identical sales are possible); check the export if that is unexpected.</source>
      <translation>{n}개 행이 앞의 행과 똑같습니다. 같은 판매가 두 번 있을 수 있어 그대로 두었습니다. 예상과 다르면 내보내기 파일을 확인하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/statuses.py" />
      <source>{n} lines are of orders marked {values}: they are counted as sales, but may still change.</source>
      <translation>{n}개 행은 {values}(으)로 표시된 주문입니다: 판매로 집계하지만 아직 바뀔 수 있습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>{n} lines have no customer (walk-in or guest); they are kept and counted, not joined into one customer.</source>
      <translation>{n}개 행에 고객 정보가 없습니다(비회원 또는 게스트). 집계에는 포함하지만 한 고객으로 합치지 않습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/order_lines.py" />
      <source>{n} lines left the customer blank; they were given the customer of the other lines of the same order.</source>
      <translation>{n}개 행에 고객이 비어 있어, 같은 주문의 다른 행에 있는 고객을 넣었습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>{n} lines were on two sheets (overlapping periods) and are counted once.</source>
      <translation>{n}개 행이 두 시트에 모두 있어(기간 겹침) 한 번만 셉니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>{n} moved to {segment}</source>
      <translation>{n}명이 {segment}(으)로 이동</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>{n} new</source>
      <translation>신규 {n}명</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>{n} new customers came after {day}.</source>
      <translation>{day} 이후 신규 고객 {n}명이 왔습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>{n} of these customers are profitable</source>
      <translation>이 고객 중 {n}명은 이익이 납니다</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>{n} of these customers is profitable</source>
      <translation>이 고객 중 {n}명은 이익이 납니다</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>{n} orders had their items packed in order_item columns; they were split into {k} lines, one per item.</source>
      <translation>주문 {n}건은 상품이 order_item 열에 묶여 있어 상품마다 한 행씩 {k}개 행으로 나눴습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>{n} places and 3 deal sizes would make too many groups; grouped by deal size (choose location in Settings).</source>
      <translation>지역 {n}곳과 거래 규모 3개로 나누면 그룹이 너무 많아집니다. 거래 규모로 나눴습니다(설정에서 지역을 선택하세요).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>{n} sales lines after the analysis date {day} are left out.</source>
      <translation>분석 날짜 {day} 이후의 판매 {n}줄은 제외합니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>{n} sales lines have no cost; their margin is estimated at the average rate of the others ({pct:.0f}%).</source>
      <translation>판매 {n}줄에 비용이 없어 나머지의 평균 비율({pct:.0f}%)로 마진을 추정합니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>{n} sales lines without a customer (walk-ins or guests, {amount} in total) are counted in the import but left out of the customer analysis.</source>
      <translation>고객 정보가 없는 판매 {n}줄(비회원 또는 게스트, 합계 {amount})은 가져오기에는 포함하지만 고객 분석에서는 제외합니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>{n} title rows above the header were skipped.</source>
      <translation>제목 행 위의 제목 줄 {n}개를 건너뛰었습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <source>{orders} (typical customer: {shop})</source>
      <translation>{orders} (일반적인 고객: {shop})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <source>{orders} orders</source>
      <translation>주문 {orders}건</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/roles.py" />
      <source>{p:.0%} of values are dates</source>
      <translation>값의 {p:.0%}가 날짜</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/roles.py" />
      <source>{p:.0%} of values are e-mail addresses</source>
      <translation>값의 {p:.0%}가 이메일 주소</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>{pct:.0f}% with children at home</source>
      <translation>{pct:.0f}%가 자녀와 함께 삶</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>{pct} bought on a deal</source>
      <translation>할인으로 구매한 비율 {pct}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>{pct} of purchases {where}</source>
      <translation>{where} 구매한 비율 {pct}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>{period} (to {end}) we would have forecast {forecast:,.0f} orders from the customers we already had; there were {actual:,.0f}.</source>
      <translation>{period}({end}까지) 기존 고객의 주문을 {forecast:,.0f}건으로 예측했을 텐데, 실제로는 {actual:,.0f}건이었습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/common.py" />
      <source>{reason} (grouped into '{other}': only 1 customer in '{name}')</source>
      <translation>{reason} ('{other}'(으)로 묶음: '{name}'에는 고객이 1명뿐)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/common.py" />
      <source>{reason} (grouped into '{other}': only {count} customers in '{name}')</source>
      <translation>{reason} ('{other}'(으)로 묶음: '{name}'에 고객 {count}명뿐)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>{reason}; {why}</source>
      <translation>{reason}; {why}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <source>{rule}. </source>
      <translation>{rule}. </translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <source>{rule}: {ranges}</source>
      <translation>{rule}: {ranges}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>{scheme}: segment</source>
      <translation>{scheme}: 그룹</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>{scheme}: why</source>
      <translation>{scheme}: 이유</translation>
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
      <translation>{src}을(를) 고객 기준으로 결합</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <location filename="../../desktopseg/core/project.py" />
      <source>{start} to {end}</source>
      <translation>{start} ~ {end}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/industry.py" />
      <source>{system} code {code} is not in any sector</source>
      <translation>{system} 코드 {code}은(는) 어느 업종에도 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/industry.py" />
      <source>{system} code {code}: {sector}</source>
      <translation>{system} 코드 {code}: {sector}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>{this} (typical customer: {all})</source>
      <translation>{this} (일반 고객: {all})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>{title} ({how})</source>
      <translation>{title} ({how})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>{v:,.0f} orders</source>
      <translation>주문 {v:,.0f}건</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>{value} (estimated from activity)</source>
      <translation>{value} (활동 기록으로 추정)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>{value} (your rating)</source>
      <translation>{value} (직접 매긴 점수)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>{value} ({share})</source>
      <translation>{value} ({share})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>{v} visits a month ({col})</source>
      <translation>월 {v}회 방문 ({col})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>{word}: {v}</source>
      <translation>{word}: {v}</translation>
    </message>
  </context>
  <context>
    <name>export_done</name>
    <message>
      <location filename="../../desktopseg/gui/export_done.py" />
      <source>CSV file (*.csv)</source>
      <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/export_done.py" />
      <source>Choose another folder or file name.</source>
      <translation>다른 폴더나 파일 이름을 선택하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/export_done.py" />
      <source>The list could not be saved: {error}</source>
      <translation>목록을 저장할 수 없습니다: {error}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/export_done.py" />
      <source>The list was saved to {path}.</source>
      <translation>목록을 {path}에 저장했습니다.</translation>
    </message>
  </context>
  <context>
    <name>report</name>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>(your rating)</source>
      <translation>(직접 매긴 점수)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>*Effort and cost to serve {how}</source>
      <translation>*응대 부담과 응대 비용: {how}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Automatic groups</source>
      <translation>자동 그룹</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Average order</source>
      <translation>평균 주문액</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Buying behaviour</source>
      <translation>구매 행동</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Check that you may write to that folder.</source>
      <translation>그 폴더에 쓰기 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Check the printer is ready, or that you may write to the folder.</source>
      <translation>프린터가 준비되었는지, 또는 폴더에 쓰기 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/cjk_fonts.py" />
      <source>Chinese or Japanese</source>
      <translation>중국어 또는 일본어</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Choose another name for the PDF.</source>
      <translation>PDF에 다른 이름을 지정하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Company type</source>
      <translation>기업 유형</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Cost to serve {how}</source>
      <translation>응대 비용 {how}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Customer segments</source>
      <translation>고객 그룹</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Customer segments - {file}</source>
      <translation>고객 그룹 - {file}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Customer value</source>
      <translation>고객 가치</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Customers</source>
      <translation>고객</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Effort</source>
      <translation>응대 부담</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Effort*</source>
      <translation>응대 부담*</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Favourites</source>
      <translation>자주 사는 것</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/compact_card.py" />
      <source>Favourites:</source>
      <translation>자주 사는 것:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/forecast_page.py" />
      <source>Forecast</source>
      <translation>예측</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/forecast_page.py" />
      <source>In the next {days} days, the customers you have are expected to place about {orders} orders worth about {revenue}.</source>
      <translation>앞으로 {days}일 동안 기존 고객이 약 {orders}건, 약 {revenue} 규모의 주문을 할 것으로 예상됩니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/cjk_fonts.py" />
      <source>Install a CJK font (on Linux the package fonts-noto-cjk, 'Noto Sans CJK'), or print the report in English or Finnish.</source>
      <translation>CJK 글꼴을 설치하거나(Linux에서는 fonts-noto-cjk 패키지, 'Noto Sans CJK') 보고서를 영어나 핀란드어로 인쇄하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/compact_card.py" />
      <location filename="../../desktopseg/report/render.py" />
      <source>Key figures</source>
      <translation>주요 수치</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/cjk_fonts.py" />
      <source>Korean</source>
      <translation>한국어</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Margin</source>
      <translation>마진</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Margin estimated at {pct}% of sales</source>
      <translation>마진을 매출의 {pct}%로 추정</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Margin from the cost in the file</source>
      <translation>파일의 비용으로 계산한 마진</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>No cost in the file, so margin is not known</source>
      <translation>파일에 비용이 없어 마진을 알 수 없음</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Not in this report: {scheme} - {reason}</source>
      <translation>이 보고서에 없음: {scheme} - {reason}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/compact_card.py" />
      <location filename="../../desktopseg/report/render.py" />
      <source>Notes</source>
      <translation>메모</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Page {page} of {pages}</source>
      <translation>{page} / {pages}쪽</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Period: {start} to {end}</source>
      <translation>기간: {start} ~ {end}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Persona</source>
      <translation>페르소나</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Print preview</source>
      <translation>인쇄 미리 보기</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Profit after service</source>
      <translation>응대 비용을 뺀 이익</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Revenue</source>
      <translation>매출</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Run the analysis first.</source>
      <translation>먼저 분석을 실행하세요.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Segment</source>
      <translation>그룹</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Segment: {segment} · 1 customer ({share})</source>
      <translation>그룹: {segment} · 고객 1명 ({share})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Segment: {segment} · {n} customers ({share})</source>
      <translation>그룹: {segment} · 고객 {n}명 ({share})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Service effort</source>
      <translation>응대 부담</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Share</source>
      <translation>비중</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Share of all customers, revenue and margin</source>
      <translation>전체 고객, 매출, 마진 중 비중</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>The PDF could not be written.</source>
      <translation>PDF를 쓸 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>The folder for the report doesn't exist.</source>
      <translation>보고서를 저장할 폴더가 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>The printer or PDF file stopped taking pages.</source>
      <translation>프린터나 PDF 파일이 더 이상 페이지를 받지 않습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>The report can't be written over the file the data came from.</source>
      <translation>데이터를 가져온 파일에 보고서를 덮어쓸 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>The report could not be started on this printer or file.</source>
      <translation>이 프린터나 파일로 보고서를 시작할 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/cjk_fonts.py" />
      <source>The report is in {script}, but this computer has no font for those letters, so it would print empty boxes.</source>
      <translation>보고서가 {script}(으)로 되어 있지만 이 컴퓨터에 그 문자를 표시할 글꼴이 없어 빈 네모로 인쇄됩니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>There are no segments to print yet.</source>
      <translation>아직 인쇄할 그룹이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>To see which segments take more of your time than they bring, add a column with service minutes, support tickets or an effort score (1-10); the effort-vs-margin chart then appears here.</source>
      <translation>들이는 시간에 비해 수익이 적은 그룹을 보려면 응대 시간(분), 문의 건수 또는 부담 점수(1-10) 열을 추가하세요. 그러면 여기에 응대 부담 대비 마진 차트가 나타납니다.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/compact_card.py" />
      <location filename="../../desktopseg/report/render.py" />
      <source>Typically: {x}</source>
      <translation>대개: {x}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/compact_card.py" />
      <location filename="../../desktopseg/report/render.py" />
      <source>What to do</source>
      <translation>할 일</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>{n} customers</source>
      <translation>고객 {n}명</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>{n} sales lines</source>
      <translation>판매 {n}줄</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>{x} of 10</source>
      <translation>10점 중 {x}</translation>
    </message>
  </context>
  <context>
    <name>roles</name>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Age</source>
      <translation>나이</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Amount (line total)</source>
      <translation>금액 (행 합계)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Category</source>
      <translation>카테고리</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Channel (in store, online…)</source>
      <translation>채널 (매장, 온라인…)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>City</source>
      <translation>도시</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Company</source>
      <translation>회사</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Company revenue</source>
      <translation>기업 매출</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Cost</source>
      <translation>비용</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Country</source>
      <translation>국가</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Customer ID</source>
      <translation>고객 ID</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Customer name</source>
      <translation>고객 이름</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Customer type</source>
      <translation>고객 유형</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Date joined</source>
      <translation>가입일</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Date of sale</source>
      <translation>판매 날짜</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Days since last purchase</source>
      <translation>마지막 구매 후 일수</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Discount</source>
      <translation>할인</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>E-mail</source>
      <translation>이메일</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Employees</source>
      <translation>직원 수</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>First name</source>
      <translation>이름</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>First purchase</source>
      <translation>첫 구매</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Gender</source>
      <translation>성별</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>How they found you</source>
      <translation>유입 경로</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Industry</source>
      <translation>업종</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Industry code (SIC/NAICS)</source>
      <translation>업종 코드 (SIC/NAICS)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Last name</source>
      <translation>성</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Last purchase</source>
      <translation>마지막 구매</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Location / store</source>
      <translation>지역 / 매장</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Margin</source>
      <translation>마진</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Number of orders</source>
      <translation>주문 수</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Order / invoice number</source>
      <translation>주문 / 송장 번호</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Phone</source>
      <translation>전화</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Postcode</source>
      <translation>우편번호</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Product</source>
      <translation>상품</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Purchases through a channel</source>
      <translation>채널별 구매</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Quantity</source>
      <translation>수량</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Region</source>
      <translation>지역</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Sale or refund</source>
      <translation>판매 또는 환불</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Service effort (1–10)</source>
      <translation>응대 부담 (1–10)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Service minutes</source>
      <translation>응대 시간(분)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Spend on a category</source>
      <translation>카테고리별 구매액</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Support tickets</source>
      <translation>문의 건수</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Tax</source>
      <translation>세금</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Time of sale</source>
      <translation>판매 시간</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Total spend</source>
      <translation>총 구매액</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Unit price</source>
      <translation>단가</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Year founded</source>
      <translation>설립 연도</translation>
    </message>
  </context>
  <context>
    <name>schemes</name>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Automatic groups</source>
      <translation>자동 그룹</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Buying behaviour</source>
      <translation>구매 행동</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Company type</source>
      <translation>기업 유형</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Customer value</source>
      <translation>고객 가치</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>What they want</source>
      <translation>무엇을 원하는가</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Who they are</source>
      <translation>어떤 고객인가</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Your own groups</source>
      <translation>직접 만든 그룹</translation>
    </message>
  </context>
  <context>
    <name>window</name>
    <message>
      <location filename="../../desktopseg/gui/app.py" />
      <source>DesktopSeg closed unexpectedly last time. Open the work it saved automatically?

{details}</source>
      <translation>지난번에 DesktopSeg가 예기치 않게 종료되었습니다. 자동 저장된 작업을 열까요?

{details}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/app.py" />
      <source>Recover your work?</source>
      <translation>작업을 복구할까요?</translation>
    </message>
  </context>
</TS>
