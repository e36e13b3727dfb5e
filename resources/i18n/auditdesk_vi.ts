<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AddReadingDialog</name>
    <message>
        <source>Add a reading to %1</source>
        <translation>Thêm chỉ số cho %1</translation>
    </message>
    <message>
        <source>at</source>
        <translation>lúc</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Reading (%1)</source>
        <translation>Chỉ số (%1)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Save and add the next</source>
        <translation>Lưu và nhập chỉ số tiếp theo</translation>
    </message>
    <message>
        <source>Save this reading and type the next one, a month later (Ctrl+Enter)</source>
        <translation>Lưu chỉ số này và nhập chỉ số tiếp theo, một tháng sau (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>A date without a time means the end of that day (a bill&apos;s last day, a reading at close of business).</source>
        <translation>Ngày không kèm giờ được hiểu là cuối ngày đó (ngày cuối kỳ hóa đơn, lần đọc lúc hết giờ làm việc).</translation>
    </message>
    <message>
        <source>A reading cannot be negative.</source>
        <translation>Chỉ số không thể âm.</translation>
    </message>
    <message>
        <source>This meter already has a reading at %1.</source>
        <translation>Đồng hồ này đã có chỉ số lúc %1.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong inside AuditDesk: a fault in the program, not in your data.

Your work is safe: every change is saved as you make it, and the open database stays open. You can keep working; if the same thing happens again, close AuditDesk and start it again.

Please report it: send the log file below to the AuditDesk team, with a few words on what you were doing.
%1</source>
        <translation>AuditDesk gặp sự cố bên trong: đây là lỗi của chương trình, không phải của dữ liệu của bạn.

Công việc của bạn vẫn an toàn: mọi thay đổi đều được lưu ngay khi bạn thực hiện, và cơ sở dữ liệu đang mở vẫn mở. Bạn có thể tiếp tục làm việc; nếu sự cố lặp lại, hãy đóng AuditDesk rồi khởi động lại.

Vui lòng báo lỗi: gửi tệp nhật ký dưới đây cho nhóm AuditDesk, kèm vài dòng về việc bạn đang làm.
%1</translation>
    </message>
    <message>
        <source>(the log could not be written; the details below say what happened)</source>
        <translation>(không ghi được tệp nhật ký; phần chi tiết bên dưới cho biết điều gì đã xảy ra)</translation>
    </message>
</context>
<context>
    <name>AreaDelegate</name>
    <message>
        <source>%1/%2 answered</source>
        <translation>đã trả lời %1/%2</translation>
    </message>
    <message>
        <source>required %1/%2</source>
        <translation>bắt buộc %1/%2</translation>
    </message>
</context>
<context>
    <name>AreaListModel</name>
    <message>
        <source>All areas</source>
        <translation>Mọi khu vực</translation>
    </message>
    <message>
        <source>%1 of %2 shown items answered; %3 of %4 required items</source>
        <translation>Đã trả lời %1/%2 câu đang hiện; %3/%4 câu bắt buộc</translation>
    </message>
</context>
<context>
    <name>AuditLock</name>
    <message>
        <source>The audit&apos;s opportunities and their estimates</source>
        <translation>Các cơ hội của cuộc đánh giá và ước tính của chúng</translation>
    </message>
    <message>
        <source>The savings of the audit&apos;s opportunities</source>
        <translation>Mức tiết kiệm của các cơ hội trong cuộc đánh giá</translation>
    </message>
    <message>
        <source>The audit&apos;s areas</source>
        <translation>Các khu vực của cuộc đánh giá</translation>
    </message>
    <message>
        <source>The audit&apos;s checklist answers</source>
        <translation>Các câu trả lời danh mục khảo sát của cuộc đánh giá</translation>
    </message>
    <message>
        <source>The audit&apos;s photos and documents</source>
        <translation>Ảnh và tài liệu của cuộc đánh giá</translation>
    </message>
    <message>
        <source>The audit&apos;s baseline period, reference data and checklist</source>
        <translation>Giai đoạn cơ sở, bộ dữ liệu tham chiếu và danh mục khảo sát của cuộc đánh giá</translation>
    </message>
    <message>
        <source>The unit, kind, multiplier, rollover or parent of a meter in the audit&apos;s baseline</source>
        <translation>Đơn vị, loại, hệ số nhân, giá trị quay vòng hoặc đồng hồ cha của một đồng hồ trong đường cơ sở</translation>
    </message>
    <message>
        <source>Readings in the audit&apos;s baseline period</source>
        <translation>Chỉ số trong giai đoạn cơ sở của cuộc đánh giá</translation>
    </message>
    <message>
        <source>Production figures in the audit&apos;s baseline period</source>
        <translation>Số liệu sản lượng trong giai đoạn cơ sở của cuộc đánh giá</translation>
    </message>
    <message>
        <source>The reference data the audit used</source>
        <translation>Bộ dữ liệu tham chiếu mà cuộc đánh giá đã dùng</translation>
    </message>
    <message>
        <source>Unlocking a signed-off audit needs a reason: say why its figures must change.</source>
        <translation>Mở khóa một cuộc đánh giá đã ký duyệt cần có lý do: hãy nói vì sao số liệu phải thay đổi.</translation>
    </message>
    <message>
        <source>“%1” was signed off by %2 on %3</source>
        <translation>“%1” đã được %2 ký duyệt ngày %3</translation>
    </message>
    <message>
        <source>%1 cannot change: %2. The audited figures of a signed-off audit are locked; to change them, unlock the audit in its Review tab, giving a reason.</source>
        <translation>%1 không thể thay đổi: %2. Số liệu của cuộc đánh giá đã ký duyệt bị khóa; muốn sửa, hãy mở khóa cuộc đánh giá ở thẻ Xem xét và ghi rõ lý do.</translation>
    </message>
</context>
<context>
    <name>AuditOverview</name>
    <message>
        <source>This audit no longer exists.</source>
        <translation>Cuộc đánh giá này không còn tồn tại.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Auditors</source>
        <translation>Chuyên gia đánh giá</translation>
    </message>
    <message>
        <source>Enterprise reviewer</source>
        <translation>Người rà soát của doanh nghiệp</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Cơ hội</translation>
    </message>
    <message>
        <source>Electricity savings</source>
        <translation>Tiết kiệm điện</translation>
    </message>
    <message>
        <source>Water savings</source>
        <translation>Tiết kiệm nước</translation>
    </message>
    <message>
        <source>m³/yr</source>
        <translation>m³/năm</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Đầu tư</translation>
    </message>
    <message>
        <source>Meters</source>
        <translation>Đồng hồ đo</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Production records</source>
        <translation>Số liệu sản xuất</translation>
    </message>
    <message>
        <source>Checklist answers</source>
        <translation>Câu trả lời danh mục kiểm tra</translation>
    </message>
    <message>
        <source>%1 findings</source>
        <translation>%1 phát hiện</translation>
    </message>
    <message>
        <source>Cost savings</source>
        <translation>Tiết kiệm chi phí</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Kỹ thuật</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Savings per year</source>
        <translation>Tiết kiệm mỗi năm</translation>
    </message>
    <message>
        <source>Investment (million ₫)</source>
        <translation>Đầu tư (triệu ₫)</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>a record of %1 (row %2) refers to a missing %3 record.</source>
        <translation>một bản ghi của %1 (dòng %2) trỏ tới một bản ghi %3 không tồn tại.</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>Đang sao chép cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>The backup of %1 was not kept: the copy is damaged (%2).</source>
        <translation>Bản sao lưu của %1 không được giữ: bản sao bị hỏng (%2).</translation>
    </message>
    <message>
        <source>%1 could not be backed up: %2</source>
        <translation>Không sao lưu được %1: %2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged and was not restored (%2).</source>
        <translation>Bản sao lưu %1 bị hỏng nên không được khôi phục (%2).</translation>
    </message>
    <message>
        <source>%1 is open in another AuditDesk (%2). Close it there, then restore.</source>
        <translation>%1 đang được mở trong một AuditDesk khác (%2). Hãy đóng nó ở đó rồi khôi phục.</translation>
    </message>
    <message>
        <source>%1 could not be restored: %2</source>
        <translation>Không khôi phục được %1: %2</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups of %1</source>
        <translation>Bản sao lưu của %1</translation>
    </message>
    <message>
        <source>AuditDesk backs this database up when you open it and every %1 minutes while you work, and keeps the newest %2 (Settings). Backups are in %3.</source>
        <translation>AuditDesk sao lưu cơ sở dữ liệu này khi mở và cứ %1 phút một lần khi bạn làm việc, giữ lại %2 bản mới nhất (Cài đặt). Các bản sao lưu nằm trong %3.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>Khôi phục bản sao lưu này…</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Chưa có bản sao lưu nào.</translation>
    </message>
    <message>
        <source>Reading the backup…</source>
        <translation>Đang đọc bản sao lưu…</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored: %1</source>
        <translation>Bản sao lưu này bị hỏng, không thể khôi phục: %1</translation>
    </message>
    <message>
        <source>Last change: %1 by %2</source>
        <translation>Thay đổi cuối: %1, do %2</translation>
    </message>
    <message>
        <source>Audits:</source>
        <translation>Các cuộc đánh giá:</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… và %1 cuộc khác</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <source>Replace the open database by the backup made %1? Changes made since then are not in it. The current file is kept in the backup folder, so this can be undone.</source>
        <translation>Thay cơ sở dữ liệu đang mở bằng bản sao lưu lúc %1? Những thay đổi từ sau lúc đó không có trong bản này. Tệp hiện tại được giữ lại trong thư mục sao lưu nên có thể hoàn tác.</translation>
    </message>
</context>
<context>
    <name>BackupModel</name>
    <message>
        <source>Made</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>on opening</source>
        <translation>khi mở</translation>
    </message>
    <message>
        <source>while working</source>
        <translation>trong lúc làm việc</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>sao lưu thủ công</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>trước khi khôi phục</translation>
    </message>
</context>
<context>
    <name>BaselineCharts</name>
    <message>
        <source>Monthly consumption by carrier</source>
        <translation>Tiêu thụ hằng tháng theo loại năng lượng</translation>
    </message>
    <message>
        <source>Share of energy and cost by carrier</source>
        <translation>Tỷ trọng năng lượng và chi phí theo loại</translation>
    </message>
    <message>
        <source>Specific consumption by month</source>
        <translation>Suất tiêu hao theo tháng</translation>
    </message>
    <message>
        <source>Consumption against production</source>
        <translation>Tiêu thụ so với sản lượng</translation>
    </message>
    <message>
        <source>No readings in the period.</source>
        <translation>Không có chỉ số trong kỳ.</translation>
    </message>
    <message>
        <source>Energy (GJ)</source>
        <translation>Năng lượng (GJ)</translation>
    </message>
    <message>
        <source>Cost (VND)</source>
        <translation>Chi phí (VNĐ)</translation>
    </message>
    <message>
        <source>No energy or cost to share.</source>
        <translation>Không có năng lượng hoặc chi phí để chia tỷ trọng.</translation>
    </message>
    <message>
        <source>No production figures: no specific consumption.</source>
        <translation>Chưa có số liệu sản lượng: không tính được suất tiêu hao.</translation>
    </message>
    <message>
        <source>period: %1</source>
        <translation>cả kỳ: %1</translation>
    </message>
    <message>
        <source>No production figures: no regression.</source>
        <translation>Chưa có số liệu sản lượng: không hồi quy được.</translation>
    </message>
    <message>
        <source>months</source>
        <translation>các tháng</translation>
    </message>
    <message>
        <source>%1 = %2 + %3 × production
R² = %4</source>
        <translation>%1 = %2 + %3 × sản lượng
R² = %4</translation>
    </message>
    <message>
        <source>Production per month (%1)</source>
        <translation>Sản lượng mỗi tháng (%1)</translation>
    </message>
</context>
<context>
    <name>BaselineModel</name>
    <message>
        <source>All energy</source>
        <translation>Tổng năng lượng</translation>
    </message>
</context>
<context>
    <name>BaselineTab</name>
    <message>
        <source>12 months before the audit</source>
        <translation>12 tháng trước kiểm toán</translation>
    </message>
    <message>
        <source>Keep as the audit&apos;s baseline</source>
        <translation>Lưu làm kỳ cơ sở của cuộc kiểm toán</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Lưu thành PNG…</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Kỳ cơ sở từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Consumption against production</source>
        <translation>Tiêu thụ so với sản lượng</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>Specific consumption and regression of</source>
        <translation>Suất tiêu hao và hồi quy của</translation>
    </message>
    <message>
        <source>Consumption by month</source>
        <translation>Tiêu thụ theo tháng</translation>
    </message>
    <message>
        <source>The first month is after the last month: the baseline is not computed.</source>
        <translation>Tháng đầu sau tháng cuối: chưa tính đường cơ sở.</translation>
    </message>
    <message>
        <source>Computing the baseline…</source>
        <translation>Đang tính đường cơ sở…</translation>
    </message>
    <message>
        <source>The baseline could not be computed: %1</source>
        <translation>Không tính được đường cơ sở: %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>&lt;b&gt;Key energy user&lt;/b&gt;: %1 TOE per year, at least 1,000 TOE per year (Law 50/2010/QH12) — energy audits every 3 years.</source>
        <translation>&lt;b&gt;Cơ sở sử dụng năng lượng trọng điểm&lt;/b&gt;: %1 TOE/năm, từ 1.000 TOE/năm trở lên (Luật 50/2010/QH12) — kiểm toán năng lượng 3 năm một lần.</translation>
    </message>
    <message>
        <source>Not a key energy user: %1 TOE per year, below 1,000 TOE per year.</source>
        <translation>Không phải cơ sở sử dụng năng lượng trọng điểm: %1 TOE/năm, dưới 1.000 TOE/năm.</translation>
    </message>
    <message>
        <source>All four charts</source>
        <translation>Cả bốn biểu đồ</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>Lưu thành PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Không lưu được %1: %2</translation>
    </message>
</context>
<context>
    <name>BaselineTableModel</name>
    <message>
        <source>Carrier</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Amount per year</source>
        <translation>Lượng mỗi năm</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Cost (VND)</source>
        <translation>Chi phí (VNĐ)</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Chi phí (USD)</translation>
    </message>
    <message>
        <source>Share of energy</source>
        <translation>Tỷ trọng năng lượng</translation>
    </message>
    <message>
        <source>Share of cost</source>
        <translation>Tỷ trọng chi phí</translation>
    </message>
    <message>
        <source>Tonnes of oil equivalent, MOIT factors (letter 3505/BCT-KHCN)</source>
        <translation>Tấn dầu quy đổi, hệ số của Bộ Công Thương (công văn 3505/BCT-KHCN)</translation>
    </message>
    <message>
        <source>Grid emission factor of the audit&apos;s year; fuels by IPCC 2006; biogenic CO2 not counted</source>
        <translation>Hệ số phát thải lưới điện của năm kiểm toán; nhiên liệu theo IPCC 2006; không tính CO2 sinh học</translation>
    </message>
    <message>
        <source>Months not fully covered by readings: %1</source>
        <translation>Các tháng chưa đủ chỉ số: %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>%1 exists; use --force to replace it.</source>
        <translation>%1 đã tồn tại; dùng --force để thay thế.</translation>
    </message>
    <message>
        <source>Demo database written to %1</source>
        <translation>Đã ghi cơ sở dữ liệu mẫu vào %1</translation>
    </message>
    <message>
        <source>Unknown view: %1</source>
        <translation>Không rõ màn hình: %1</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Không ghi được %1</translation>
    </message>
    <message>
        <source>%1: template “%2” version %3, %4 items: no mistakes.</source>
        <translation>%1: mẫu “%2” phiên bản %3, %4 câu: không có lỗi.</translation>
    </message>
    <message>
        <source>Imported template “%1” version %2.</source>
        <translation>Đã nhập mẫu “%1” phiên bản %2.</translation>
    </message>
    <message>
        <source>Template “%1” version %2 is already in the database.</source>
        <translation>Mẫu “%1” phiên bản %2 đã có trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>No template “%1” %2.</source>
        <translation>Không có mẫu “%1” %2.</translation>
    </message>
</context>
<context>
    <name>CLIHelp</name>
    <message>
        <source>AuditDesk: RECP energy and water audits, offline.</source>
        <translation>AuditDesk: kiểm toán năng lượng và nước theo RECP, không cần mạng.</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>hiện số phiên bản rồi thoát</translation>
    </message>
    <message>
        <source>language of messages (default: the settings)</source>
        <translation>ngôn ngữ của thông báo (mặc định: theo cài đặt)</translation>
    </message>
    <message>
        <source>back up, check or restore a database</source>
        <translation>sao lưu, kiểm tra hoặc khôi phục cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>list the backups, newest first</source>
        <translation>liệt kê các bản sao lưu, mới nhất trước</translation>
    </message>
    <message>
        <source>run the integrity check</source>
        <translation>kiểm tra tính toàn vẹn</translation>
    </message>
    <message>
        <source>replace the database by this backup (the current file is kept)</source>
        <translation>thay cơ sở dữ liệu bằng bản sao lưu này (tệp hiện tại được giữ lại)</translation>
    </message>
    <message>
        <source>print an audit&apos;s baseline per carrier</source>
        <translation>in đường cơ sở của một cuộc kiểm toán theo từng dạng năng lượng</translation>
    </message>
    <message>
        <source>Annual consumption per carrier in native unit, GJ, TOE, tCO2e, VND and USD, the totals and the key-energy-user flag.</source>
        <translation>Mức tiêu thụ hằng năm theo từng dạng năng lượng, tính theo đơn vị gốc, GJ, TOE, tCO2e, VND và USD, các tổng cộng và dấu hiệu cơ sở sử dụng năng lượng trọng điểm.</translation>
    </message>
    <message>
        <source>the AuditDesk database</source>
        <translation>cơ sở dữ liệu AuditDesk</translation>
    </message>
    <message>
        <source>the audit (its id or its exact title)</source>
        <translation>cuộc kiểm toán (mã hoặc tên chính xác)</translation>
    </message>
    <message>
        <source>first month</source>
        <translation>tháng đầu</translation>
    </message>
    <message>
        <source>last month</source>
        <translation>tháng cuối</translation>
    </message>
    <message>
        <source>product for specific consumption (default: the main one)</source>
        <translation>sản phẩm để tính suất tiêu hao (mặc định: sản phẩm chính)</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>in JSON thay cho văn bản</translation>
    </message>
    <message>
        <source>list the estimators or run one</source>
        <translation>liệt kê các công cụ ước tính hoặc chạy một công cụ</translation>
    </message>
    <message>
        <source>Estimate the savings of one measure with the built-in reference data.</source>
        <translation>Ước tính mức tiết kiệm của một giải pháp bằng dữ liệu tham chiếu có sẵn.</translation>
    </message>
    <message>
        <source>estimator id (see --list)</source>
        <translation>mã công cụ ước tính (xem --list)</translation>
    </message>
    <message>
        <source>list every estimator</source>
        <translation>liệt kê mọi công cụ ước tính</translation>
    </message>
    <message>
        <source>an input, e.g. --set pressure=100psig (repeatable)</source>
        <translation>một đầu vào, ví dụ --set pressure=100psig (có thể lặp lại)</translation>
    </message>
    <message>
        <source>start from the estimator&apos;s published worked example</source>
        <translation>bắt đầu từ ví dụ tính đã công bố của công cụ ước tính</translation>
    </message>
    <message>
        <source>tariff voltage level: ge110kv, 22to110kv, 6to22kv, lt6kv</source>
        <translation>cấp điện áp của biểu giá: ge110kv, 22to110kv, 6to22kv, lt6kv</translation>
    </message>
    <message>
        <source>year of the grid emission factor</source>
        <translation>năm của hệ số phát thải lưới điện</translation>
    </message>
    <message>
        <source>the investment (default: 0)</source>
        <translation>vốn đầu tư (mặc định: 0)</translation>
    </message>
    <message>
        <source>change in O&amp;M cost per year (positive = extra cost)</source>
        <translation>thay đổi chi phí vận hành và bảo dưỡng mỗi năm (số dương = chi phí tăng thêm)</translation>
    </message>
    <message>
        <source>economic lifetime of the measure (default: 10 years)</source>
        <translation>tuổi thọ kinh tế của giải pháp (mặc định: 10 năm)</translation>
    </message>
    <message>
        <source>discount rate for the NPV, e.g. 0.10 for 10 %% (the default)</source>
        <translation>tỷ lệ chiết khấu để tính NPV, ví dụ 0.10 cho 10 %% (mặc định)</translation>
    </message>
    <message>
        <source>a reference-data file to use</source>
        <translation>tệp dữ liệu tham chiếu cần dùng</translation>
    </message>
    <message>
        <source>write the demo database to PATH</source>
        <translation>ghi cơ sở dữ liệu mẫu vào PATH</translation>
    </message>
    <message>
        <source>replace an existing file</source>
        <translation>thay tệp đã có</translation>
    </message>
    <message>
        <source>write an audit&apos;s project-office workbook (.xlsx)</source>
        <translation>ghi sổ tính cho văn phòng dự án của một cuộc kiểm toán (.xlsx)</translation>
    </message>
    <message>
        <source>Write the project-office workbook of one audit: Cover, Enterprise, Baseline, Monthly, Checklist, Opportunities, Summary and Reference.</source>
        <translation>Ghi sổ tính cho văn phòng dự án của một cuộc kiểm toán: các trang Cover, Enterprise, Baseline, Monthly, Checklist, Opportunities, Summary và Reference.</translation>
    </message>
    <message>
        <source>the audit: its id, a unique beginning of it, or its exact title</source>
        <translation>cuộc kiểm toán: mã, phần đầu duy nhất của mã, hoặc tên chính xác</translation>
    </message>
    <message>
        <source>open the main window (the default)</source>
        <translation>mở cửa sổ chính (mặc định)</translation>
    </message>
    <message>
        <source>database to open</source>
        <translation>cơ sở dữ liệu cần mở</translation>
    </message>
    <message>
        <source>open the demo database (created on first use)</source>
        <translation>mở cơ sở dữ liệu mẫu (tạo ra ở lần dùng đầu tiên)</translation>
    </message>
    <message>
        <source>files to open as if dropped on the window: a database, audit packages to merge, workbooks or readings to import</source>
        <translation>các tệp cần mở như khi thả vào cửa sổ: một cơ sở dữ liệu, các gói kiểm toán cần gộp, sổ tính hoặc số liệu chỉ số cần nhập</translation>
    </message>
    <message>
        <source>import meter readings from a CSV or Excel file</source>
        <translation>nhập chỉ số công tơ từ tệp CSV hoặc Excel</translation>
    </message>
    <message>
        <source>Import meter readings from CSV or Excel in one transaction; every problem is listed by row and column. Exit status 1 when nothing was imported.</source>
        <translation>Nhập chỉ số công tơ từ CSV hoặc Excel trong một giao dịch; mọi lỗi được liệt kê theo hàng và cột. Mã thoát 1 khi không nhập được gì.</translation>
    </message>
    <message>
        <source>the meter (its id or its exact name)</source>
        <translation>công tơ (mã hoặc tên chính xác)</translation>
    </message>
    <message>
        <source>column with the date (or date-time)</source>
        <translation>cột ngày (hoặc ngày giờ)</translation>
    </message>
    <message>
        <source>column with the reading</source>
        <translation>cột chỉ số</translation>
    </message>
    <message>
        <source>column with the time of day</source>
        <translation>cột giờ trong ngày</translation>
    </message>
    <message>
        <source>column naming the meter of each row (meters of the same enterprise)</source>
        <translation>cột ghi tên công tơ của từng hàng (các công tơ của cùng doanh nghiệp)</translation>
    </message>
    <message>
        <source>auto (default), dd/mm/yyyy, mm/dd/yyyy, yyyy-mm-dd ... or a strftime pattern such as %%d/%%m/%%Y</source>
        <translation>auto (mặc định), dd/mm/yyyy, mm/dd/yyyy, yyyy-mm-dd ... hoặc mẫu strftime như %%d/%%m/%%Y</translation>
    </message>
    <message>
        <source>numbers are written 1.234,5</source>
        <translation>số được viết dạng 1.234,5</translation>
    </message>
    <message>
        <source>numbers are written 1,234.5</source>
        <translation>số được viết dạng 1,234.5</translation>
    </message>
    <message>
        <source>unit of the values in the file (e.g. MWh), converted to the meter&apos;s</source>
        <translation>đơn vị của các giá trị trong tệp (ví dụ MWh), được đổi sang đơn vị của công tơ</translation>
    </message>
    <message>
        <source>the CSV encoding (default: detect)</source>
        <translation>bảng mã của tệp CSV (mặc định: tự nhận biết)</translation>
    </message>
    <message>
        <source>the Excel sheet (default: the first)</source>
        <translation>trang tính Excel (mặc định: trang đầu tiên)</translation>
    </message>
    <message>
        <source>source recorded on every reading (default: logger)</source>
        <translation>nguồn ghi cho mọi chỉ số (mặc định: logger)</translation>
    </message>
    <message>
        <source>store the valid rows even when other rows have problems</source>
        <translation>lưu các hàng hợp lệ kể cả khi hàng khác có lỗi</translation>
    </message>
    <message>
        <source>check everything and report, but store nothing</source>
        <translation>kiểm tra tất cả và báo cáo, nhưng không lưu gì</translation>
    </message>
    <message>
        <source>import an audit workbook (.xlsx) that AuditDesk wrote</source>
        <translation>nhập sổ tính kiểm toán (.xlsx) do AuditDesk ghi</translation>
    </message>
    <message>
        <source>Import a project-office workbook back into an audit, all or nothing; every problem is listed by sheet, row and column.</source>
        <translation>Nhập lại sổ tính của văn phòng dự án vào một cuộc kiểm toán, nhập tất cả hoặc không nhập gì; mọi lỗi được liệt kê theo trang tính, hàng và cột.</translation>
    </message>
    <message>
        <source>check and report what would be imported, store nothing</source>
        <translation>kiểm tra và báo cáo những gì sẽ được nhập, không lưu gì</translation>
    </message>
    <message>
        <source>merge .auditdesk packages into a database</source>
        <translation>hợp nhất các gói .auditdesk vào một cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>database to merge into</source>
        <translation>cơ sở dữ liệu nhận dữ liệu hợp nhất</translation>
    </message>
    <message>
        <source>a field changed here and in the package: ask (in a terminal), keep ours, take theirs, or fail and change nothing (default: ask)</source>
        <translation>một trường bị sửa cả ở đây và trong gói: ask (hỏi, trong cửa sổ lệnh), ours (giữ bản của mình), theirs (lấy bản trong gói), hoặc fail (dừng và không thay đổi gì) (mặc định: ask)</translation>
    </message>
    <message>
        <source>export audits with everything they reference to a .auditdesk package</source>
        <translation>xuất các cuộc kiểm toán cùng mọi dữ liệu liên quan ra một gói .auditdesk</translation>
    </message>
    <message>
        <source>database to read</source>
        <translation>cơ sở dữ liệu cần đọc</translation>
    </message>
    <message>
        <source>audit id (or a unique beginning of it); repeat for several</source>
        <translation>mã cuộc kiểm toán (hoặc phần đầu duy nhất của mã); lặp lại cho nhiều cuộc</translation>
    </message>
    <message>
        <source>write an audit&apos;s PDF report (Vietnamese or English)</source>
        <translation>ghi báo cáo PDF của một cuộc kiểm toán (tiếng Việt hoặc tiếng Anh)</translation>
    </message>
    <message>
        <source>The audit report for the enterprise as a PDF: summary with the priority list, the enterprise, current energy and water use with charts, the opportunities with their technical basis and financial analysis, and an annex with the checklist findings and photos. Choose the language with --lang vi|en.</source>
        <translation>Báo cáo kiểm toán cho doanh nghiệp dạng PDF: tóm tắt với danh sách ưu tiên, thông tin doanh nghiệp, hiện trạng sử dụng năng lượng và nước kèm biểu đồ, các giải pháp với cơ sở kỹ thuật và phân tích tài chính, và phụ lục với các phát hiện theo danh mục kiểm tra và ảnh. Chọn ngôn ngữ bằng --lang vi|en.</translation>
    </message>
    <message>
        <source>the PDF to write (replaced if it exists)</source>
        <translation>tệp PDF cần ghi (thay thế nếu đã có)</translation>
    </message>
    <message>
        <source>write the portfolio roll-up workbook of many audits</source>
        <translation>ghi sổ tính tổng hợp danh mục của nhiều cuộc kiểm toán</translation>
    </message>
    <message>
        <source>Roll up the selected audits into one workbook (Summary, Portfolio, ByPark, ByTechnique, ByStatus, Opportunities, Reference) after consistency checks.</source>
        <translation>Tổng hợp các cuộc kiểm toán đã chọn vào một sổ tính (Summary, Portfolio, ByPark, ByTechnique, ByStatus, Opportunities, Reference) sau khi kiểm tra tính nhất quán.</translation>
    </message>
    <message>
        <source>a park (id, unique id beginning or exact name); repeat for more</source>
        <translation>một khu công nghiệp (mã, phần đầu duy nhất của mã hoặc tên chính xác); lặp lại cho nhiều khu</translation>
    </message>
    <message>
        <source>audits started in this year; repeat for more</source>
        <translation>các cuộc kiểm toán bắt đầu trong năm này; lặp lại cho nhiều năm</translation>
    </message>
    <message>
        <source>audit status code (planned, fieldwork, analysis, review, signed_off, closed); repeat for more</source>
        <translation>mã trạng thái kiểm toán (planned, fieldwork, analysis, review, signed_off, closed); lặp lại cho nhiều trạng thái</translation>
    </message>
    <message>
        <source>replace enterprise names by Enterprise 001, 002 …</source>
        <translation>thay tên doanh nghiệp bằng Doanh nghiệp 001, 002 …</translation>
    </message>
    <message>
        <source>write the roll-up even when the consistency checks found issues</source>
        <translation>vẫn ghi sổ tổng hợp kể cả khi kiểm tra tính nhất quán phát hiện vấn đề</translation>
    </message>
    <message>
        <source>render the main window to a PNG</source>
        <translation>chụp cửa sổ chính ra ảnh PNG</translation>
    </message>
    <message>
        <source>park, enterprise, overview, or an audit tab name</source>
        <translation>park, enterprise, overview, hoặc tên một thẻ của cuộc kiểm toán</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT</source>
        <translation>RỘNGxCAO</translation>
    </message>
    <message>
        <source>count opportunities and sum proposed, accepted, implemented and verified savings</source>
        <translation>đếm các giải pháp và cộng mức tiết kiệm đề xuất, được chấp nhận, đã thực hiện và đã xác minh</translation>
    </message>
    <message>
        <source>Opportunities by status and RECP technique; proposed, accepted, implemented and verified savings (kWh/yr, m3/yr, VND/yr, USD/yr, tCO2e/yr, investment).</source>
        <translation>Các giải pháp theo trạng thái và kỹ thuật RECP; mức tiết kiệm đề xuất, được chấp nhận, đã thực hiện và đã xác minh (kWh/năm, m3/năm, VND/năm, USD/năm, tCO2e/năm, vốn đầu tư).</translation>
    </message>
    <message>
        <source>one audit (its id or its exact title)</source>
        <translation>một cuộc kiểm toán (mã hoặc tên chính xác)</translation>
    </message>
    <message>
        <source>every audit in a park (id or exact name)</source>
        <translation>mọi cuộc kiểm toán trong một khu công nghiệp (mã hoặc tên chính xác)</translation>
    </message>
    <message>
        <source>check, list, import or export checklist templates</source>
        <translation>kiểm tra, liệt kê, nhập hoặc xuất các mẫu danh mục kiểm tra</translation>
    </message>
    <message>
        <source>validate template files</source>
        <translation>kiểm tra các tệp mẫu</translation>
    </message>
    <message>
        <source>templates a new checklist can use</source>
        <translation>các mẫu mà danh mục kiểm tra mới có thể dùng</translation>
    </message>
    <message>
        <source>validate template files and store them</source>
        <translation>kiểm tra các tệp mẫu và lưu chúng</translation>
    </message>
    <message>
        <source>write a template as YAML (or .json)</source>
        <translation>ghi một mẫu ra YAML (hoặc .json)</translation>
    </message>
    <message>
        <source>default: the newest</source>
        <translation>mặc định: phiên bản mới nhất</translation>
    </message>
</context>
<context>
    <name>CalcCLI</name>
    <message>
        <source>required</source>
        <translation>bắt buộc</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
    <message>
        <source>&apos;--set %1&apos;: write NAME=VALUE, e.g. pressure=7bar.</source>
        <translation>&apos;--set %1&apos;: viết TÊN=GIÁ_TRỊ, ví dụ pressure=7bar.</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>Đầu vào:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>mặc định</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>Kết quả:</translation>
    </message>
    <message>
        <source>Savings per year:</source>
        <translation>Tiết kiệm mỗi năm:</translation>
    </message>
    <message>
        <source> (+%1 t biogenic CO2, not in the total)</source>
        <translation> (+%1 tấn CO2 sinh học, không cộng vào tổng)</translation>
    </message>
    <message>
        <source>Total: %1 per year, %2 tCO2e per year</source>
        <translation>Tổng cộng: %1 mỗi năm, %2 tCO2e mỗi năm</translation>
    </message>
    <message>
        <source>Payback %1 yr, NPV %2, IRR %3</source>
        <translation>Thời gian hoàn vốn %1 năm, NPV %2, IRR %3</translation>
    </message>
    <message>
        <source>Formula: %1</source>
        <translation>Công thức: %1</translation>
    </message>
    <message>
        <source>Reference data: %1 (%2); grid emission factor %3</source>
        <translation>Dữ liệu tham chiếu: %1 (%2); hệ số phát thải lưới điện năm %3</translation>
    </message>
    <message>
        <source>Name an estimator, or use --list to see them.</source>
        <translation>Hãy nêu tên một công cụ ước tính, hoặc dùng --list để xem danh sách.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Lỗi: %1</translation>
    </message>
</context>
<context>
    <name>Carrier</name>
    <message>
        <source>Electricity</source>
        <translation>Điện</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Nước</translation>
    </message>
    <message>
        <source>Wastewater</source>
        <translation>Nước thải</translation>
    </message>
    <message>
        <source>Natural gas</source>
        <translation>Khí thiên nhiên</translation>
    </message>
    <message>
        <source>LPG</source>
        <translation>LPG</translation>
    </message>
    <message>
        <source>Diesel oil (DO)</source>
        <translation>Dầu DO</translation>
    </message>
    <message>
        <source>Fuel oil (FO)</source>
        <translation>Dầu FO</translation>
    </message>
    <message>
        <source>Coal</source>
        <translation>Than</translation>
    </message>
    <message>
        <source>Biomass</source>
        <translation>Sinh khối</translation>
    </message>
    <message>
        <source>Steam</source>
        <translation>Hơi nước</translation>
    </message>
    <message>
        <source>Compressed air</source>
        <translation>Khí nén</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Lưu thành PNG…</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Lưu biểu đồ thành tệp PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved: %1</source>
        <translation>Không lưu được biểu đồ: %1</translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <source>mac-curve.png</source>
        <translation>duong-cong-MAC.png</translation>
    </message>
    <message>
        <source>savings-payback.png</source>
        <translation>tiet-kiem-hoan-von.png</translation>
    </message>
    <message>
        <source>Marginal abatement cost curve</source>
        <translation>Đường cong chi phí giảm phát thải biên (MAC)</translation>
    </message>
    <message>
        <source>Emissions avoided (tCO2e/yr, cumulative)</source>
        <translation>Phát thải tránh được (tCO2e/năm, cộng dồn)</translation>
    </message>
    <message>
        <source>Cost of abatement (million ₫/tCO2e)</source>
        <translation>Chi phí giảm phát thải (triệu ₫/tCO2e)</translation>
    </message>
    <message>
        <source>USD/tCO2e</source>
        <translation>USD/tCO2e</translation>
    </message>
    <message>
        <source>No opportunity of this audit avoids CO2e yet.</source>
        <translation>Chưa có cơ hội nào của đợt đánh giá này giảm được CO2e.</translation>
    </message>
    <message>
        <source>Bar width: tCO2e avoided per year; height: cost per tonne over the lifetime (below zero: the measure saves money).</source>
        <translation>Độ rộng cột: tCO2e tránh được mỗi năm; chiều cao: chi phí cho mỗi tấn trong suốt tuổi thọ (dưới 0: giải pháp tiết kiệm được tiền).</translation>
    </message>
    <message>
        <source>%1 opportunities that avoid no CO2e are not shown.</source>
        <translation>Không hiển thị %1 cơ hội không giảm được CO2e.</translation>
    </message>
    <message>
        <source>Savings versus payback</source>
        <translation>Tiết kiệm và thời gian hoàn vốn</translation>
    </message>
    <message>
        <source>Simple payback (yr)</source>
        <translation>Thời gian hoàn vốn giản đơn (năm)</translation>
    </message>
    <message>
        <source>Cost savings (million ₫/yr)</source>
        <translation>Tiết kiệm chi phí (triệu ₫/năm)</translation>
    </message>
    <message>
        <source>RECP technique</source>
        <translation>Kỹ thuật RECP</translation>
    </message>
    <message>
        <source>No opportunity of this audit pays back yet.</source>
        <translation>Chưa có cơ hội nào của đợt đánh giá này hoàn vốn được.</translation>
    </message>
    <message>
        <source>Bubble area: investment.</source>
        <translation>Diện tích bong bóng: vốn đầu tư.</translation>
    </message>
    <message>
        <source>%1 opportunities without a net saving are not shown.</source>
        <translation>Không hiển thị %1 cơ hội không có tiết kiệm ròng.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>item %1</source>
        <translation>mục %1</translation>
    </message>
    <message>
        <source>area %1</source>
        <translation>khu vực %1</translation>
    </message>
    <message>
        <source>header</source>
        <translation>phần đầu</translation>
    </message>
    <message>
        <source>field “%1”</source>
        <translation>trường “%1”</translation>
    </message>
    <message>
        <source>The file is not valid YAML: %1</source>
        <translation>Tệp không phải YAML hợp lệ: %1</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Không đọc được tệp: %1</translation>
    </message>
    <message>
        <source>Answer yes, no or n/a.</source>
        <translation>Hãy trả lời có, không hoặc không áp dụng.</translation>
    </message>
    <message>
        <source>“%1” is not one of the choices: %2.</source>
        <translation>“%1” không có trong các lựa chọn: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a unit of this item; use %2.</source>
        <translation>“%1” không phải đơn vị của mục này; hãy dùng %2.</translation>
    </message>
    <message>
        <source>“%1” is not a number (write it like %2).</source>
        <translation>“%1” không phải là số (hãy viết như %2).</translation>
    </message>
    <message>
        <source>Must be at least %1 %2.</source>
        <translation>Phải từ %1 %2 trở lên.</translation>
    </message>
    <message>
        <source>Must be at most %1 %2.</source>
        <translation>Không được vượt quá %1 %2.</translation>
    </message>
    <message>
        <source>“%1” needs a number, not “%2”.</source>
        <translation>“%1” cần một số, không phải “%2”.</translation>
    </message>
    <message>
        <source>“in” needs a list of answers, such as [no, na].</source>
        <translation>“in” cần một danh sách câu trả lời, ví dụ [no, na].</translation>
    </message>
    <message>
        <source>“equals” needs one answer, such as yes.</source>
        <translation>“equals” cần một câu trả lời, ví dụ yes.</translation>
    </message>
    <message>
        <source>A condition must be a mapping such as {item: BS-001, equals: yes}.</source>
        <translation>Điều kiện phải là một ánh xạ, ví dụ {item: BS-001, equals: yes}.</translation>
    </message>
    <message>
        <source>“%1” must stand alone in its condition.</source>
        <translation>“%1” phải đứng riêng trong điều kiện của nó.</translation>
    </message>
    <message>
        <source>“%1” needs a list of conditions.</source>
        <translation>“%1” cần một danh sách điều kiện.</translation>
    </message>
    <message>
        <source>A condition needs “item” (the code of an earlier item), or “all”/“any”.</source>
        <translation>Điều kiện cần “item” (mã của một mục phía trước), hoặc “all”/“any”.</translation>
    </message>
    <message>
        <source>Unknown condition key “%1”; use one of: %2.</source>
        <translation>Khóa điều kiện “%1” không hợp lệ; hãy dùng một trong: %2.</translation>
    </message>
    <message>
        <source>A condition on an item needs exactly one of: %1.</source>
        <translation>Điều kiện trên một mục cần đúng một trong: %1.</translation>
    </message>
    <message>
        <source>A finding hint mapping needs exactly one of: %1.</source>
        <translation>Gợi ý phát hiện dạng ánh xạ cần đúng một trong: %1.</translation>
    </message>
    <message>
        <source>Unknown field; expected one of: %1.</source>
        <translation>Trường không hợp lệ; chỉ dùng một trong: %1.</translation>
    </message>
    <message>
        <source>This field is written twice.</source>
        <translation>Trường này được viết hai lần.</translation>
    </message>
    <message>
        <source>Missing; this field is required.</source>
        <translation>Còn thiếu; trường này là bắt buộc.</translation>
    </message>
    <message>
        <source>Must be text, not “%1”.</source>
        <translation>Phải là văn bản, không phải “%1”.</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits and _ . + - only.</source>
        <translation>Chỉ dùng chữ thường, chữ số và các ký tự _ . + -.</translation>
    </message>
    <message>
        <source>Write the version like 1.0.0 (quoted).</source>
        <translation>Hãy viết phiên bản dạng 1.0.0 (trong dấu ngoặc kép).</translation>
    </message>
    <message>
        <source>Must be “base” or “addon”.</source>
        <translation>Phải là “base” hoặc “addon”.</translation>
    </message>
    <message>
        <source>An add-on must name the base template it extends.</source>
        <translation>Phần bổ sung phải ghi rõ danh mục gốc mà nó mở rộng.</translation>
    </message>
    <message>
        <source>Only an add-on names a base template.</source>
        <translation>Chỉ phần bổ sung mới ghi danh mục gốc.</translation>
    </message>
    <message>
        <source>This add-on extends “%1”, not “%2”.</source>
        <translation>Phần bổ sung này mở rộng “%1”, không phải “%2”.</translation>
    </message>
    <message>
        <source>An add-on must name its sector.</source>
        <translation>Phần bổ sung phải ghi rõ ngành.</translation>
    </message>
    <message>
        <source>Unknown sector; use one of: %1.</source>
        <translation>Ngành không hợp lệ; hãy dùng một trong: %1.</translation>
    </message>
    <message>
        <source>Must be a list of areas.</source>
        <translation>Phải là danh sách các khu vực.</translation>
    </message>
    <message>
        <source>An area must be a mapping with code, name_vi, name_en and order.</source>
        <translation>Khu vực phải là ánh xạ gồm code, name_vi, name_en và order.</translation>
    </message>
    <message>
        <source>Use letters, digits and _ . - only.</source>
        <translation>Chỉ dùng chữ cái, chữ số và các ký tự _ . -.</translation>
    </message>
    <message>
        <source>Duplicate area code.</source>
        <translation>Mã khu vực bị trùng.</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>Phải là số nguyên.</translation>
    </message>
    <message>
        <source>Must be a list of at least one item.</source>
        <translation>Phải là danh sách có ít nhất một mục.</translation>
    </message>
    <message>
        <source>An item must be a mapping of fields.</source>
        <translation>Mỗi mục phải là một ánh xạ các trường.</translation>
    </message>
    <message>
        <source>Duplicate code; item #%1 already uses it.</source>
        <translation>Mã bị trùng; mục #%1 đã dùng mã này.</translation>
    </message>
    <message>
        <source>Use letters, digits and _ . - only (such as CA-012).</source>
        <translation>Chỉ dùng chữ cái, chữ số và các ký tự _ . - (ví dụ CA-012).</translation>
    </message>
    <message>
        <source>Unknown answer type “%1”; use one of: %2.</source>
        <translation>Kiểu trả lời “%1” không hợp lệ; hãy dùng một trong: %2.</translation>
    </message>
    <message>
        <source>A number item needs a unit (such as kW, bar, h/yr, %).</source>
        <translation>Mục kiểu số cần có đơn vị (ví dụ kW, bar, h/yr, %).</translation>
    </message>
    <message>
        <source>Only number items have “%1”.</source>
        <translation>Chỉ mục kiểu số mới có “%1”.</translation>
    </message>
    <message>
        <source>Must be a list of units, such as [bar, psi].</source>
        <translation>Phải là danh sách đơn vị, ví dụ [bar, psi].</translation>
    </message>
    <message>
        <source>A unit is listed twice.</source>
        <translation>Có đơn vị bị liệt kê hai lần.</translation>
    </message>
    <message>
        <source>Must be a number, not “%1”.</source>
        <translation>Phải là số, không phải “%1”.</translation>
    </message>
    <message>
        <source>“max” is less than “min”.</source>
        <translation>“max” nhỏ hơn “min”.</translation>
    </message>
    <message>
        <source>Must be true or false.</source>
        <translation>Phải là true hoặc false.</translation>
    </message>
    <message>
        <source>Unknown RECP technique “%1”; use one of: %2.</source>
        <translation>Kỹ thuật RECP “%1” không hợp lệ; hãy dùng một trong: %2.</translation>
    </message>
    <message>
        <source>Unknown estimator “%1”; use one of: %2.</source>
        <translation>Công cụ ước tính “%1” không hợp lệ; hãy dùng một trong: %2.</translation>
    </message>
    <message>
        <source>Text and photo items cannot suggest a finding.</source>
        <translation>Mục văn bản và mục ảnh không thể gợi ý phát hiện.</translation>
    </message>
    <message>
        <source>Only choice items have “choices”.</source>
        <translation>Chỉ mục lựa chọn mới có “choices”.</translation>
    </message>
    <message>
        <source>A choice item needs a list of at least two choices, each with code, vi and en.</source>
        <translation>Mục lựa chọn cần danh sách ít nhất hai lựa chọn, mỗi lựa chọn có code, vi và en.</translation>
    </message>
    <message>
        <source>A choice must be a mapping with code, vi and en.</source>
        <translation>Mỗi lựa chọn phải là ánh xạ gồm code, vi và en.</translation>
    </message>
    <message>
        <source>Duplicate choice code “%1”.</source>
        <translation>Mã lựa chọn “%1” bị trùng.</translation>
    </message>
    <message>
        <source>A template must be a YAML mapping with a header, “areas” and “items”.</source>
        <translation>Danh mục phải là một ánh xạ YAML gồm phần đầu, “areas” và “items”.</translation>
    </message>
    <message>
        <source>Item %1 is a photo item; its answer cannot be tested.</source>
        <translation>Mục %1 là mục ảnh; không thể kiểm tra câu trả lời của nó.</translation>
    </message>
    <message>
        <source>“%1” compares numbers, but item %2 is not a number item (it is %3).</source>
        <translation>“%1” so sánh số, nhưng mục %2 không phải mục kiểu số (mà là %3).</translation>
    </message>
    <message>
        <source>Item %1 (%2) never answers “%3”.</source>
        <translation>Mục %1 (%2) không bao giờ có câu trả lời “%3”.</translation>
    </message>
    <message>
        <source>Unknown area “%1”; define it under “areas”.</source>
        <translation>Khu vực “%1” chưa được khai báo; hãy khai báo trong “areas”.</translation>
    </message>
    <message>
        <source>Refers to %1, which comes later; a condition may only refer to earlier items.</source>
        <translation>Tham chiếu tới %1 nằm phía sau; điều kiện chỉ được tham chiếu các mục phía trước.</translation>
    </message>
    <message>
        <source>Refers to unknown item %1.</source>
        <translation>Tham chiếu tới mục %1 không tồn tại.</translation>
    </message>
    <message>
        <source>Conditions form a cycle: %1.</source>
        <translation>Các điều kiện tạo thành vòng lặp: %1.</translation>
    </message>
    <message>
        <source>“%1” is not a unit AuditDesk understands (write it like kW, m³/h, h/yr).</source>
        <translation>AuditDesk không hiểu đơn vị “%1” (hãy viết như kW, m³/h, h/yr).</translation>
    </message>
    <message>
        <source>“%1” cannot be converted to “%2”.</source>
        <translation>Không thể quy đổi “%1” sang “%2”.</translation>
    </message>
    <message>
        <source>“%1” is not a base template.</source>
        <translation>“%1” không phải danh mục gốc.</translation>
    </message>
    <message>
        <source>“%1” is not an add-on of “%2”.</source>
        <translation>“%1” không phải phần bổ sung của “%2”.</translation>
    </message>
    <message>
        <source>Area code already used in %1.</source>
        <translation>Mã khu vực đã được dùng trong %1.</translation>
    </message>
    <message>
        <source>Code already used in %1.</source>
        <translation>Mã đã được dùng trong %1.</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Checklist</source>
        <translation>Danh mục khảo sát</translation>
    </message>
</context>
<context>
    <name>ChecklistStore</name>
    <message>
        <source>No template %1 version %2.</source>
        <translation>Không có mẫu %1 phiên bản %2.</translation>
    </message>
    <message>
        <source>This database already holds template “%1” version %2 with other content. Give the changed template a new version number: audits keep the version they used.</source>
        <translation>Cơ sở dữ liệu đã có mẫu “%1” phiên bản %2 với nội dung khác. Hãy đặt số phiên bản mới cho mẫu đã sửa: các cuộc đánh giá giữ nguyên phiên bản đã dùng.</translation>
    </message>
    <message>
        <source>The add-on “%1” extends the template “%2”, which this database does not have. Import “%2” first.</source>
        <translation>Phần bổ sung “%1” mở rộng mẫu “%2” nhưng cơ sở dữ liệu chưa có mẫu này. Hãy nhập “%2” trước.</translation>
    </message>
    <message>
        <source>“%1” version %2 is a template shipped with AuditDesk; give your changed copy another code or a new version number.</source>
        <translation>“%1” phiên bản %2 là mẫu có sẵn của AuditDesk; hãy đặt mã khác hoặc số phiên bản mới cho bản đã sửa.</translation>
    </message>
    <message>
        <source>This audit already has a checklist.</source>
        <translation>Cuộc đánh giá này đã có danh mục khảo sát.</translation>
    </message>
    <message>
        <source>The checklist template “%1” version %2 of this audit is missing from the database.</source>
        <translation>Cơ sở dữ liệu thiếu mẫu danh mục “%1” phiên bản %2 của cuộc đánh giá này.</translation>
    </message>
    <message>
        <source>This finding is already the opportunity “%1”.</source>
        <translation>Phát hiện này đã thành cơ hội “%1”.</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Unanswered</source>
        <translation>Chưa trả lời</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>With photos</source>
        <translation>Có ảnh</translation>
    </message>
    <message>
        <source>Search questions in Vietnamese or English (Ctrl+F)</source>
        <translation>Tìm câu hỏi bằng tiếng Việt hoặc tiếng Anh (Ctrl+F)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <source>Export this checklist&apos;s template…</source>
        <translation>Xuất mẫu của danh mục này…</translation>
    </message>
    <message>
        <source>Import a template into this database…</source>
        <translation>Nhập mẫu vào cơ sở dữ liệu này…</translation>
    </message>
    <message>
        <source>%1 of %2 items answered · required %3 of %4 · %5 listed</source>
        <translation>Đã trả lời %1/%2 câu · bắt buộc %3/%4 · đang liệt kê %5</translation>
    </message>
</context>
<context>
    <name>CommentThread</name>
    <message>
        <source>Write a comment… (Ctrl+Enter sends)</source>
        <translation>Viết ý kiến… (Ctrl+Enter để gửi)</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Gửi ý kiến</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Chưa có ý kiến nào.</translation>
    </message>
</context>
<context>
    <name>Comments</name>
    <message>
        <source>comment</source>
        <translation>ghi ý kiến</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Ours (here)</source>
        <translation>Bên này</translation>
    </message>
    <message>
        <source>Changed here</source>
        <translation>Sửa ở bên này</translation>
    </message>
    <message>
        <source>Theirs (package)</source>
        <translation>Bên gói</translation>
    </message>
    <message>
        <source>Changed in the package</source>
        <translation>Sửa trong gói</translation>
    </message>
    <message>
        <source>(deleted here)</source>
        <translation>(đã xóa ở bên này)</translation>
    </message>
    <message>
        <source>(restore it)</source>
        <translation>(khôi phục lại)</translation>
    </message>
</context>
<context>
    <name>CostsForm</name>
    <message>
        <source>Equipment (₫)</source>
        <translation>Thiết bị (₫)</translation>
    </message>
    <message>
        <source>Installation (₫)</source>
        <translation>Lắp đặt (₫)</translation>
    </message>
    <message>
        <source>Engineering (₫)</source>
        <translation>Thiết kế, tư vấn (₫)</translation>
    </message>
    <message>
        <source>Other (₫)</source>
        <translation>Chi phí khác (₫)</translation>
    </message>
    <message>
        <source>Change in O&amp;M cost (₫/yr)</source>
        <translation>Thay đổi chi phí vận hành, bảo trì (₫/năm)</translation>
    </message>
    <message>
        <source>Lifetime (yr)</source>
        <translation>Tuổi thọ (năm)</translation>
    </message>
    <message>
        <source>Discount rate (%)</source>
        <translation>Tỷ lệ chiết khấu (%)</translation>
    </message>
    <message>
        <source>Total investment (₫)</source>
        <translation>Tổng vốn đầu tư (₫)</translation>
    </message>
    <message>
        <source>Extra running cost per year is positive; a cost that falls is negative.</source>
        <translation>Chi phí vận hành tăng thêm mỗi năm nhập số dương; chi phí giảm đi nhập số âm.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Nhập một số.</translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <source>Kind of record</source>
        <translation>Loại bản ghi</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Đã có</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
</context>
<context>
    <name>DeliverablesController</name>
    <message>
        <source>Export &amp;workbook…</source>
        <translation>Xuất &amp;sổ tính…</translation>
    </message>
    <message>
        <source>The project-office workbook of the selected audit</source>
        <translation>Sổ tính gửi Ban quản lý dự án của đợt đánh giá đang chọn</translation>
    </message>
    <message>
        <source>&amp;Import workbook…</source>
        <translation>&amp;Nhập sổ tính…</translation>
    </message>
    <message>
        <source>Portfolio &amp;roll-up…</source>
        <translation>&amp;Tổng hợp danh mục…</translation>
    </message>
    <message>
        <source>Nothing was changed. The cells to fix are listed under “Show Details…”.</source>
        <translation>Không có gì bị thay đổi. Các ô cần sửa được liệt kê trong “Show Details…”.</translation>
    </message>
    <message>
        <source>Choose the audit to export on the left first.</source>
        <translation>Hãy chọn đợt đánh giá cần xuất ở khung bên trái trước.</translation>
    </message>
    <message>
        <source>Export workbook</source>
        <translation>Xuất sổ tính</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Đang ghi sổ tính…</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Đã hủy xuất: không có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 kB).</source>
        <translation>Đã ghi %1 (%2 kB).</translation>
    </message>
    <message>
        <source>Import workbook</source>
        <translation>Nhập sổ tính</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Đang kiểm tra %1…</translation>
    </message>
    <message>
        <source>Import “%1” of %2 from %3?

It will create: %4.
It will update: %5.</source>
        <translation>Nhập “%1” của %2 từ %3?

Sẽ tạo mới: %4.
Sẽ cập nhật: %5.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Đang nhập %1…</translation>
    </message>
    <message>
        <source>Imported %1: created %2; updated %3.</source>
        <translation>Đã nhập %1: tạo mới %2; cập nhật %3.</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>Yes, with a partner</source>
        <translation>Có, với một đối tác</translation>
    </message>
    <message>
        <source>The opportunity exchanges a resource (waste heat, treated water, a by-product) with another enterprise or the city.</source>
        <translation>Cơ hội này trao đổi tài nguyên (nhiệt thải, nước đã xử lý, sản phẩm phụ) với doanh nghiệp khác hoặc với đô thị.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>partner enterprise or organisation</source>
        <translation>doanh nghiệp hoặc tổ chức đối tác</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>RECP technique</source>
        <translation>Kỹ thuật RECP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Mức ưu tiên</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Industrial symbiosis</source>
        <translation>Cộng sinh công nghiệp</translation>
    </message>
</context>
<context>
    <name>DisplayUnits</name>
    <message>
        <source>%1/yr</source>
        <translation>%1/năm</translation>
    </message>
    <message>
        <source>million ₫</source>
        <translation>triệu ₫</translation>
    </message>
    <message>
        <source>Cost savings (%1 million ₫/yr)</source>
        <translation>Tiết kiệm chi phí (%1 triệu ₫/năm)</translation>
    </message>
    <message>
        <source>Investment (%1 million ₫)</source>
        <translation>Vốn đầu tư (%1 triệu ₫)</translation>
    </message>
    <message>
        <source>of which industrial symbiosis (%1)</source>
        <translation>trong đó cộng sinh công nghiệp (%1)</translation>
    </message>
</context>
<context>
    <name>Drop</name>
    <message>
        <source>AuditDesk cannot use these files:
%1

It takes audit packages (.auditdesk), workbooks and readings (.xlsx, .csv), photos (.jpg, .png) and databases (.sqlite, .db).</source>
        <translation>AuditDesk không dùng được các tệp này:
%1

AuditDesk nhận gói kiểm toán (.auditdesk), sổ tính và số liệu chỉ số (.xlsx, .csv), ảnh (.jpg, .png) và cơ sở dữ liệu (.sqlite, .db).</translation>
    </message>
    <message>
        <source>One database is open at a time: %1 is opened, these are not:
%2</source>
        <translation>Mỗi lần chỉ mở được một cơ sở dữ liệu: đã mở %1, các tệp sau không được mở:
%2</translation>
    </message>
    <message>
        <source>Open a database first, then drop these files again:
%1</source>
        <translation>Hãy mở một cơ sở dữ liệu trước, rồi thả lại các tệp này:
%1</translation>
    </message>
    <message>
        <source>This database is open read-only (%1), so nothing can be added to it. These files were not used:
%2</source>
        <translation>Cơ sở dữ liệu này đang mở ở chế độ chỉ đọc (%1), nên không thể thêm gì vào. Các tệp sau không được dùng:
%2</translation>
    </message>
    <message>
        <source>Choose on the left the audit the readings belong to, then drop the files again:
%1</source>
        <translation>Hãy chọn ở bên trái cuộc đánh giá mà các chỉ số thuộc về, rồi thả lại các tệp:
%1</translation>
    </message>
    <message>
        <source>%1 has no meters yet. Add its meters in the Meters tab of the audit, then drop the readings again.</source>
        <translation>%1 chưa có đồng hồ đo nào. Hãy thêm đồng hồ trong thẻ Đồng hồ và chỉ số của cuộc đánh giá, rồi thả lại các tệp chỉ số.</translation>
    </message>
    <message>
        <source>Photos belong to a checklist item. Open the Checklist tab of the audit, choose the item, then drop the photos again:
%1</source>
        <translation>Ảnh được gắn với một mục trong danh mục khảo sát. Hãy mở thẻ Danh mục khảo sát của cuộc đánh giá, chọn mục, rồi thả lại ảnh:
%1</translation>
    </message>
    <message>
        <source>Choose the checklist item the photos show, then drop them again.</source>
        <translation>Hãy chọn mục danh mục khảo sát mà ảnh thể hiện, rồi thả lại ảnh.</translation>
    </message>
</context>
<context>
    <name>EditorRules</name>
    <message>
        <source>Reject it in the Review tab, where the reason is given.</source>
        <translation>Hãy từ chối ở thẻ Xem xét, nơi ghi lý do từ chối.</translation>
    </message>
    <message>
        <source>Record it as implemented in the Follow-up tab, with its date.</source>
        <translation>Hãy ghi nhận đã thực hiện ở thẻ Theo dõi, kèm ngày thực hiện.</translation>
    </message>
    <message>
        <source>Verify it in the Follow-up tab, with its measured savings.</source>
        <translation>Hãy xác minh ở thẻ Theo dõi, kèm mức tiết kiệm đo được.</translation>
    </message>
    <message>
        <source>Signed off: the audited figures are locked; status, priority and owner can still change.</source>
        <translation>Đã ký duyệt: số liệu đánh giá bị khóa; trạng thái, mức ưu tiên và người phụ trách vẫn sửa được.</translation>
    </message>
    <message>
        <source>Your role (%1) decides and follows up; the auditor edits the figures.</source>
        <translation>Vai trò của bạn (%1) quyết định và theo dõi; chuyên gia đánh giá sửa số liệu.</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>Input %1 = &apos;%2&apos; is not one of the choices: %3.</source>
        <translation>Đầu vào %1 = &apos;%2&apos; không thuộc các lựa chọn: %3.</translation>
    </message>
    <message>
        <source>Input %1 of %2: %3</source>
        <translation>Đầu vào %1 của %2: %3</translation>
    </message>
    <message>
        <source>Input %1 = %2 is outside the allowed range %3.</source>
        <translation>Đầu vào %1 = %2 nằm ngoài khoảng cho phép %3.</translation>
    </message>
    <message>
        <source>Estimator %1 has no input &apos;%2&apos;. Its inputs are: %3.</source>
        <translation>Công cụ ước tính %1 không có đầu vào &apos;%2&apos;. Các đầu vào của nó là: %3.</translation>
    </message>
    <message>
        <source>Input &apos;%1&apos; (%2) is required%3.</source>
        <translation>Cần nhập đầu vào &apos;%1&apos; (%2)%3.</translation>
    </message>
    <message>
        <source>Grid emission factor year %1 is not in the set; choose one of: %2.</source>
        <translation>Bộ dữ liệu không có hệ số phát thải lưới điện năm %1; hãy chọn một trong: %2.</translation>
    </message>
    <message>
        <source>Investment %1 VND must be 0 or more.</source>
        <translation>Vốn đầu tư %1 đồng phải từ 0 trở lên.</translation>
    </message>
    <message>
        <source>The change in O&amp;M cost must be a number.</source>
        <translation>Thay đổi chi phí vận hành và bảo dưỡng phải là một số.</translation>
    </message>
    <message>
        <source>The set has no price for %1 (&apos;%2&apos;): its saving is not valued.</source>
        <translation>Bộ dữ liệu không có giá của %1 (&apos;%2&apos;): phần tiết kiệm này không được quy ra tiền.</translation>
    </message>
    <message>
        <source>Purchased steam: its CO2e belongs to the supplier and is not counted here.</source>
        <translation>Hơi mua ngoài: phát thải CO2e thuộc về đơn vị cung cấp hơi và không tính ở đây.</translation>
    </message>
    <message>
        <source>Unknown estimator &apos;%1&apos;. Known: %2.</source>
        <translation>Không có công cụ ước tính &apos;%1&apos;. Các công cụ hiện có: %2.</translation>
    </message>
    <message>
        <source>Estimator %1: %2</source>
        <translation>Công cụ ước tính %1: %2</translation>
    </message>
    <message>
        <source>Grid emission factor %1 is an estimate: %2</source>
        <translation>Hệ số phát thải lưới điện năm %1 chỉ là giá trị ước tính: %2</translation>
    </message>
</context>
<context>
    <name>EnterprisePage</name>
    <message>
        <source>Main products</source>
        <translation>Sản phẩm chính</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Công suất</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Số lao động</translation>
    </message>
    <message>
        <source>Shifts per day</source>
        <translation>Số ca mỗi ngày</translation>
    </message>
    <message>
        <source>Operating hours (h/yr)</source>
        <translation>Số giờ vận hành (giờ/năm)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>Các cuộc đánh giá</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>EntityForms</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>e.g. KCN Deep C II</source>
        <translation>ví dụ: KCN Deep C II</translation>
    </message>
    <message>
        <source>Province / city</source>
        <translation>Tỉnh / thành phố</translation>
    </message>
    <message>
        <source>Management board</source>
        <translation>Ban Quản lý</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Industrial park</source>
        <translation>Khu công nghiệp</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <source>Main products</source>
        <translation>Sản phẩm chính</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Công suất</translation>
    </message>
    <message>
        <source>e.g. 3,600 t fabric/yr</source>
        <translation>ví dụ: 3.600 t vải/năm</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Số lao động</translation>
    </message>
    <message>
        <source>Shifts per day</source>
        <translation>Số ca mỗi ngày</translation>
    </message>
    <message>
        <source>Operating hours</source>
        <translation>Số giờ vận hành</translation>
    </message>
    <message>
        <source>Grid connection (tariff)</source>
        <translation>Cấp điện áp đấu nối (biểu giá)</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên cuộc đánh giá</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Auditors</source>
        <translation>Chuyên gia đánh giá</translation>
    </message>
    <message>
        <source>names, separated by ;</source>
        <translation>các tên, cách nhau bởi dấu ;</translation>
    </message>
    <message>
        <source>Enterprise reviewer</source>
        <translation>Người rà soát của doanh nghiệp</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>Dữ liệu tham chiếu</translation>
    </message>
    <message>
        <source>Grid emission factor year</source>
        <translation>Năm của hệ số phát thải lưới điện</translation>
    </message>
    <message>
        <source>default of the reference data</source>
        <translation>mặc định theo dữ liệu tham chiếu</translation>
    </message>
    <message>
        <source>Baseline from</source>
        <translation>Đường cơ sở từ ngày</translation>
    </message>
    <message>
        <source>Baseline to</source>
        <translation>Đường cơ sở đến ngày</translation>
    </message>
</context>
<context>
    <name>Estimates</name>
    <message>
        <source>The stored inputs of this opportunity are damaged; choose the estimator again and re-enter them.</source>
        <translation>Dữ liệu đầu vào đã lưu của cơ hội này bị hỏng; hãy chọn lại phương pháp tính và nhập lại.</translation>
    </message>
</context>
<context>
    <name>Estimator</name>
    <message>
        <source>EFLH = load · t; ΔE = Q_RT · EFLH · (kW/RT_old − kW/RT_new); COP = 3.517 / (kW/RT).</source>
        <translation>EFLH = mức tải · t; ΔE = Q_RT · EFLH · (kW/RT_cũ − kW/RT_mới); COP = 3,517 / (kW/RT).</translation>
    </message>
    <message>
        <source>US Army Corps of Engineers ETL 1110-1-181 (1998), Appendix C §d: annual energy = capacity × kW/ton × EFLH (Table C3); American Public Power Association, &apos;Chiller retrofit energy savings&apos; (energy = tons × kW/ton × load factor × hours); REFERENCE.md §6.</source>
        <translation>US Army Corps of Engineers ETL 1110-1-181 (1998), Phụ lục C §d: điện năng hằng năm = công suất lạnh × kW/RT × số giờ đầy tải tương đương (Bảng C3); American Public Power Association, &apos;Chiller retrofit energy savings&apos; (điện năng = RT × kW/RT × hệ số tải × số giờ); REFERENCE.md §6.</translation>
    </message>
    <message>
        <source>The new chiller meets the same cooling load for the same hours; pumps, cooling tower fans and condenser-water temperature are unchanged.</source>
        <translation>Chiller mới đáp ứng cùng tải lạnh trong cùng số giờ; bơm, quạt tháp giải nhiệt và nhiệt độ nước giải nhiệt không thay đổi.</translation>
    </message>
    <message>
        <source>One kW/RT figure represents each chiller over the year; chillers are far less efficient at low part load than at their rating.</source>
        <translation>Mỗi chiller được đặc trưng bằng một giá trị kW/RT cho cả năm; chiller chạy non tải thấp kém hiệu quả hơn nhiều so với định mức.</translation>
    </message>
    <message>
        <source>American Public Power Association, &apos;Chiller retrofit energy savings&apos; (CP1): 150-ton centrifugal chiller, 0.85 → 0.56 kW/ton, load factor 0.75, 3,000 h/yr → 286,875 − 189,000 = 97,875 kWh/yr; × $0.085/kWh → $8,319/yr.</source>
        <translation>American Public Power Association, &apos;Chiller retrofit energy savings&apos; (CP1): máy làm lạnh ly tâm 150 RT, 0,85 → 0,56 kW/RT, hệ số tải 0,75, 3.000 h/năm → 286.875 − 189.000 = 97.875 kWh/năm; × 0,085 USD/kWh → 8.319 USD/năm.</translation>
    </message>
    <message>
        <source>The new chiller uses more kW per RT than the present one.</source>
        <translation>Chiller mới tiêu thụ nhiều kW trên mỗi RT hơn chiller hiện tại.</translation>
    </message>
    <message>
        <source>ΔP = (N_old · W_old − N_new · W_new) / 1000; ΔE = ΔP · t. Light check: ratio = N_new · lm_new / (N_old · lm_old); E_after = E_today · ratio.</source>
        <translation>ΔP = (N_cũ · W_cũ − N_mới · W_mới) / 1000; ΔE = ΔP · t. Kiểm tra ánh sáng: tỷ lệ = N_mới · lm_mới / (N_cũ · lm_cũ); E_sau = E_hiện tại · tỷ lệ.</translation>
    </message>
    <message>
        <source>US DOE Industrial Assessment Centers, recommendation ARC 2.7142 &apos;Utilize higher efficiency lamps and/or ballasts&apos; (ΔkWh = (W_baseline − W_proposed) × H, baseline watts including ballast losses); QCVN 22:2016/BYT (required workplace illuminance); REFERENCE.md §6.</source>
        <translation>US DOE Industrial Assessment Centers, khuyến nghị ARC 2.7142 &apos;Utilize higher efficiency lamps and/or ballasts&apos; (ΔkWh = (W_hiện tại − W_đề xuất) × H, công suất hiện tại gồm cả tổn hao chấn lưu); QCVN 22:2016/BYT (độ rọi yêu cầu tại nơi làm việc); REFERENCE.md §6.</translation>
    </message>
    <message>
        <source>Burning hours do not change; savings from new controls (occupancy sensors, daylight dimming) and from less air-conditioning load are not counted.</source>
        <translation>Số giờ chiếu sáng không đổi; chưa tính phần tiết kiệm từ điều khiển mới (cảm biến hiện diện, điều chỉnh theo ánh sáng tự nhiên) và từ việc giảm tải điều hòa không khí.</translation>
    </message>
    <message>
        <source>Illuminance after the retrofit scales with the installed lumens (same layout, same maintenance); 0 means it was not estimated.</source>
        <translation>Độ rọi sau cải tạo tỷ lệ với tổng quang thông lắp đặt (cùng cách bố trí, cùng chế độ bảo dưỡng); giá trị 0 nghĩa là chưa ước tính.</translation>
    </message>
    <message>
        <source>Forthright LED, &apos;LED lighting savings calculations&apos; (04/12/2023), long-hand example: 80 fixtures of 4 × 54 W T5 (216 W) → 90 W LED, 5,000 h/yr → 10.08 kW and 50,400 kWh/yr; × $0.1319/kWh → $6,647.76/yr.</source>
        <translation>Forthright LED, &apos;LED lighting savings calculations&apos; (04/12/2023), ví dụ tính chi tiết: 80 bộ đèn 4 × 54 W T5 (216 W) → đèn LED 90 W, 5.000 h/năm → 10,08 kW và 50.400 kWh/năm; × 0,1319 USD/kWh → 6.647,76 USD/năm.</translation>
    </message>
    <message>
        <source>The LED lighting gives noticeably less light than the present one.</source>
        <translation>Hệ thống đèn LED cho ánh sáng ít hơn đáng kể so với hệ thống hiện tại.</translation>
    </message>
    <message>
        <source>Light-level check skipped: enter the lumens and the measured illuminance.</source>
        <translation>Chưa kiểm tra được độ rọi: hãy nhập quang thông và độ rọi đo được.</translation>
    </message>
    <message>
        <source>The estimated illuminance after the retrofit is below the required level.</source>
        <translation>Độ rọi ước tính sau cải tạo thấp hơn mức yêu cầu.</translation>
    </message>
    <message>
        <source>Per point: q = Q/Q_full; head h = s + (1 − s)·q²; speed n = √h; P_VSD = P_full · q · h / (1 − loss); ΔE = Σ (P_present − P_VSD) · t. Without static head (s = 0) this is the cube law P = P_full · n³.</source>
        <translation>Tại mỗi điểm: q = Q/Q_đm; cột áp h = s + (1 − s)·q²; tốc độ n = √h; P_BT = P_đm · q · h / (1 − tổn thất); ΔE = Σ (P_hiện tại − P_BT) · t. Khi không có cột áp tĩnh (s = 0) đây là quy luật lập phương P = P_đm · n³.</translation>
    </message>
    <message>
        <source>Affinity laws and static head: Hydraulic Institute, Europump &amp; US DOE, &apos;Variable Speed Pumping — A Guide to Successful Applications, Executive Summary&apos; (2004), section &apos;Pumping Systems&apos; (system curve = static + friction head); drive losses: US DOE Motor Systems Tip Sheet #11 &apos;Adjustable Speed Drive Part-Load Efficiency&apos;, Table 1; REFERENCE.md §6.</source>
        <translation>Định luật tương tự và cột áp tĩnh: Hydraulic Institute, Europump &amp; US DOE, &apos;Variable Speed Pumping — A Guide to Successful Applications, Executive Summary&apos; (2004), mục &apos;Pumping Systems&apos; (đường đặc tính hệ thống = cột áp tĩnh + tổn thất ma sát); tổn thất của biến tần: US DOE Motor Systems Tip Sheet #11 &apos;Adjustable Speed Drive Part-Load Efficiency&apos;, Bảng 1; REFERENCE.md §6.</translation>
    </message>
    <message>
        <source>The system curve is a static part plus a friction part that grows with the square of the flow; pump (fan) and motor efficiencies stay as at full load.</source>
        <translation>Đặc tính hệ thống gồm phần cột áp tĩnh cộng phần tổn thất ma sát tăng theo bình phương lưu lượng; hiệu suất bơm (quạt) và động cơ giữ như khi đầy tải.</translation>
    </message>
    <message>
        <source>Without a measured present power, the present system is taken to draw its full-speed power at every flow (bypass or recirculation); with a throttling valve or damper the present power is lower, so enter it measured.</source>
        <translation>Nếu không nhập công suất hiện tại đo được, hệ thống hiện tại được coi là tiêu thụ công suất ở tốc độ định mức tại mọi lưu lượng (điều tiết bằng đường hồi/bypass); khi tiết lưu bằng van hoặc cửa gió thì công suất hiện tại thấp hơn, nên hãy nhập số đo thực tế.</translation>
    </message>
    <message>
        <source>With static head the speed is estimated as the square root of the head ratio; the true speed depends on the pump or fan curve.</source>
        <translation>Khi có cột áp tĩnh, tốc độ được ước tính bằng căn bậc hai của tỷ số cột áp; tốc độ thực tế phụ thuộc đường đặc tính của bơm hoặc quạt.</translation>
    </message>
    <message>
        <source>REFERENCE.md §7 (ideal cube law): 30 kW at full speed → 15.36 kW at 80 % speed; 6,000 h/yr chosen for illustration → 14.64 kW × 6,000 h = 87,840 kWh/yr. Same rule as US DOE Motor Tip Sheet #11: 20 % less speed ≈ 50 % less power.</source>
        <translation>REFERENCE.md §7 (định luật lập phương lý tưởng): 30 kW ở tốc độ định mức → 15,36 kW ở 80 % tốc độ; chọn 6.000 h/năm để minh họa → 14,64 kW × 6.000 h = 87.840 kWh/năm. Cùng quy tắc với US DOE Motor Tip Sheet #11: giảm 20 % tốc độ ≈ giảm 50 % công suất.</translation>
    </message>
    <message>
        <source>Some operating point runs below about 40 % speed: check the pump or fan curve (minimum flow, static head) and the motor&apos;s cooling at low speed.</source>
        <translation>Có điểm vận hành chạy dưới khoảng 40 % tốc độ: cần kiểm tra đường đặc tính bơm hoặc quạt (lưu lượng tối thiểu, cột áp tĩnh) và khả năng làm mát động cơ khi chạy chậm.</translation>
    </message>
    <message>
        <source>The hours of the operating points add up to more than a year.</source>
        <translation>Tổng số giờ của các điểm vận hành vượt quá số giờ trong một năm.</translation>
    </message>
    <message>
        <source>ΔP = N · P_rated · L · (1/η_old − 1/η_new); ΔE = ΔP · t.</source>
        <translation>ΔP = N · P_đm · L · (1/η_cũ − 1/η_mới); ΔE = ΔP · t.</translation>
    </message>
    <message>
        <source>US DOE Motor Challenge fact sheet &apos;Buying an Energy-Efficient Electric Motor&apos; (kW saved = hp × 0.746 × L × (100/E_std − 100/E_HE)); US DOE &apos;Determining Electric Motor Load and Efficiency&apos; (load from measured power); REFERENCE.md §6.</source>
        <translation>Tài liệu US DOE Motor Challenge &apos;Buying an Energy-Efficient Electric Motor&apos; (kW tiết kiệm = hp × 0,746 × L × (100/E_chuẩn − 100/E_HS cao)); US DOE &apos;Determining Electric Motor Load and Efficiency&apos; (hệ số tải từ công suất đo được); REFERENCE.md §6.</translation>
    </message>
    <message>
        <source>Both motors drive the same shaft power; the new motor&apos;s slightly higher speed (less slip) on a centrifugal load, which can eat part of the saving, is ignored.</source>
        <translation>Hai động cơ kéo cùng một công suất trên trục; bỏ qua việc động cơ mới quay nhanh hơn một chút (độ trượt nhỏ hơn) khi kéo tải ly tâm, điều có thể làm giảm một phần mức tiết kiệm.</translation>
    </message>
    <message>
        <source>Efficiencies are those at the working load, not only the nameplate values.</source>
        <translation>Hiệu suất là hiệu suất ở mức tải làm việc thực tế, không chỉ là giá trị ghi trên nhãn.</translation>
    </message>
    <message>
        <source>aeusp.com &apos;demh&apos; worked example (REFERENCE.md §7): 25 hp (× 0.746 = 18.65 kW), 88.5 % → 91 %, full load, 4,000 h/yr → 0.578 kW; × $0.06/kWh → $138.95/yr.</source>
        <translation>Ví dụ tính của aeusp.com &apos;demh&apos; (REFERENCE.md §7): 25 hp (× 0,746 = 18,65 kW), 88,5 % → 91 %, đầy tải, 4.000 h/năm → 0,578 kW; × 0,06 USD/kWh → 138,95 USD/năm.</translation>
    </message>
    <message>
        <source>The motor runs below half load: efficiencies differ from the nameplate and a smaller motor may save more than a more efficient one of the same size.</source>
        <translation>Động cơ chạy dưới một nửa tải: hiệu suất thực khác với nhãn, và thay bằng động cơ công suất nhỏ hơn có thể tiết kiệm nhiều hơn thay động cơ hiệu suất cao cùng công suất.</translation>
    </message>
    <message>
        <source>The new motor is less efficient than the present one.</source>
        <translation>Động cơ mới có hiệu suất thấp hơn động cơ hiện tại.</translation>
    </message>
    <message>
        <source>E = P · h · days; value = E · (price_peak − price_target); losses = E · (1/η − 1) kWh, priced as electricity; P_recharge = P · h / (η · window hours).</source>
        <translation>E = P · h · số ngày; giá trị = E · (giá_cao điểm − giá_khung đích); tổn thất = E · (1/η − 1) kWh, tính tiền như điện năng; P_nạp = P · h / (η · số giờ của khung đích).</translation>
    </message>
    <message>
        <source>EVN manufacturing tariff, Decision 1279/QĐ-BCT (10/05/2025), prices by voltage and time-of-use period; peak/off-peak hours: legacy schedule and Decision 963/QĐ-BCT (22/04/2026) (REFERENCE.md §2).</source>
        <translation>Biểu giá điện cho sản xuất của EVN, Quyết định 1279/QĐ-BCT (10/05/2025), giá theo cấp điện áp và khung giờ; giờ cao điểm/thấp điểm: khung giờ cũ và Quyết định 963/QĐ-BCT (22/04/2026) (REFERENCE.md §2).</translation>
    </message>
    <message>
        <source>The same kWh are used, only later; production output does not change.</source>
        <translation>Vẫn dùng cùng số kWh, chỉ vào thời điểm khác; sản lượng không thay đổi.</translation>
    </message>
    <message>
        <source>Storage losses are bought in the target period but priced by the engine at the audit&apos;s electricity price.</source>
        <translation>Tổn thất tích trữ được mua trong khung giờ đích nhưng chương trình tính tiền theo giá điện của cuộc đánh giá.</translation>
    </message>
    <message>
        <source>Both EVN schedules have 5 peak hours a day, Monday to Saturday, 6 off-peak hours and 13 normal hours every day.</source>
        <translation>Cả hai khung giờ của EVN đều có 5 giờ cao điểm mỗi ngày từ thứ Hai đến thứ Bảy, 6 giờ thấp điểm và 13 giờ bình thường mỗi ngày.</translation>
    </message>
    <message>
        <source>Hand-computed from the published tariff (Decision 1279/QĐ-BCT, 6–22 kV, REFERENCE.md §2): 100 kW × 3 h × 312 days = 93,600 kWh/yr moved from peak (3,508 VND/kWh) to off-peak (1,234) → 212,846,400 VND/yr before VAT.</source>
        <translation>Tự tính từ biểu giá đã công bố (Quyết định 1279/QĐ-BCT, 6–22 kV, REFERENCE.md §2): 100 kW × 3 h × 312 ngày = 93.600 kWh/năm chuyển từ giờ cao điểm (3.508 ₫/kWh) sang giờ thấp điểm (1.234) → 212.846.400 ₫/năm chưa gồm VAT.</translation>
    </message>
    <message>
        <source>No tariff given: the 6–22 kV manufacturing tariff of Decision 1279/QĐ-BCT was used.</source>
        <translation>Chưa có biểu giá: đã dùng giá điện sản xuất cấp điện áp 6–22 kV theo Quyết định 1279/QĐ-BCT.</translation>
    </message>
    <message>
        <source>More hours a day than the 5 peak hours of the EVN tariff: only peak hours earn the peak price difference.</source>
        <translation>Số giờ mỗi ngày nhiều hơn 5 giờ cao điểm của biểu giá EVN: chỉ những giờ cao điểm mới được hưởng chênh lệch giá cao điểm.</translation>
    </message>
    <message>
        <source>More days than there are Mondays to Saturdays in a year: Sundays have no peak hours.</source>
        <translation>Số ngày nhiều hơn số ngày từ thứ Hai đến thứ Bảy trong năm: Chủ nhật không có giờ cao điểm.</translation>
    </message>
    <message>
        <source>At the same power the shifted energy needs more hours than the target period has a day: the recharge power is higher than the load shifted.</source>
        <translation>Nếu giữ nguyên công suất, điện năng dịch chuyển cần nhiều giờ hơn số giờ mỗi ngày của khung giờ đích: công suất nạp phải lớn hơn công suất phụ tải được dịch chuyển.</translation>
    </message>
    <message>
        <source>h = p / (ρ·g); v = √(2·g·h); Q = N · C_d · (π·d²/4) · v; ΔV = Q · t; wastewater = ΔV · share.</source>
        <translation>h = p / (ρ·g); v = √(2·g·h); Q = N · C_d · (π·d²/4) · v; ΔV = Q · t; nước thải = ΔV · tỷ lệ.</translation>
    </message>
    <message>
        <source>Torricelli / sharp-edged orifice equation with discharge coefficient (e.g. Munson, Young &amp; Okiishi, &apos;Fundamentals of Fluid Mechanics&apos;, ch. 3, free jets and flow rate through an orifice, C_d ≈ 0.61); REFERENCE.md §6 and §7.</source>
        <translation>Phương trình Torricelli cho lỗ thành mỏng có hệ số lưu lượng (ví dụ Munson, Young &amp; Okiishi, &apos;Fundamentals of Fluid Mechanics&apos;, chương 3, dòng phun tự do và lưu lượng qua lỗ, C_d ≈ 0,61); REFERENCE.md §6 và §7.</translation>
    </message>
    <message>
        <source>The leak is a hole discharging to the atmosphere at the line pressure; pressure drop in the pipe up to the leak is ignored.</source>
        <translation>Chỗ rò được coi là một lỗ xả ra khí quyển ở áp suất đường ống; bỏ qua tổn thất áp suất trong ống tới chỗ rò.</translation>
    </message>
    <message>
        <source>Water density 1000 kg/m³, g = 9.80665 m/s².</source>
        <translation>Khối lượng riêng của nước 1000 kg/m³, g = 9,80665 m/s².</translation>
    </message>
    <message>
        <source>REFERENCE.md §7: 2 mm hole at 3 bar (30.6 m), C_d 0.6 → 0.1663 m³/h ≈ 1,456.5 m³/yr (the published figures use g = 9.81 and h rounded to 30.6 m; exact: 0.1662 m³/h).</source>
        <translation>REFERENCE.md §7: lỗ 2 mm ở 3 bar (30,6 m), C_d 0,6 → 0,1663 m³/h ≈ 1.456,5 m³/năm (số liệu công bố dùng g = 9,81 và h làm tròn 30,6 m; tính chính xác: 0,1662 m³/h).</translation>
    </message>
    <message>
        <source>E = k · Q · ΔT; D = d · Q; B = max(E/(C − 1) − D, 0); M = E + D + B; ΔV_water = (M_now − M_target) · t; ΔV_wastewater = (B_now − B_target) · t.</source>
        <translation>E = k · Q · ΔT; D = d · Q; B = max(E/(C − 1) − D, 0); M = E + D + B; ΔV_nước = (M_hiện tại − M_mục tiêu) · t; ΔV_nước thải = (B_hiện tại − B_mục tiêu) · t.</translation>
    </message>
    <message>
        <source>Evaporation ≈ 0.00085 × circulation × range [°F] (≈ 1 % of circulation per 10 °F) and blowdown B = (E − (C − 1)·D)/(C − 1), i.e. drift and blowdown together remove E/(C − 1): SPX/Marley, &apos;Cooling Tower Fundamentals&apos; (ed. J. C. Hensley), blowdown section; make-up = evaporation + drift + blowdown: US DOE FEMP, &apos;Cooling Towers: Understanding Key Components of Cooling Towers and How to Improve Water Efficiency&apos; (2011); REFERENCE.md §6.</source>
        <translation>Bay hơi ≈ 0,00085 × lưu lượng tuần hoàn × chênh lệch nhiệt độ [°F] (≈ 1 % lưu lượng tuần hoàn cho mỗi 10 °F) và xả đáy B = (E − (C − 1)·D)/(C − 1), tức là cuốn theo và xả đáy cùng lấy đi E/(C − 1): SPX/Marley, &apos;Cooling Tower Fundamentals&apos; (J. C. Hensley chủ biên), mục xả đáy; nước bổ sung = bay hơi + cuốn theo + xả đáy: US DOE FEMP, &apos;Cooling Towers: Understanding Key Components of Cooling Towers and How to Improve Water Efficiency&apos; (2011); REFERENCE.md §6.</translation>
    </message>
    <message>
        <source>Heat load, circulation and range do not change, so evaporation does not change; drift carries dissolved solids out like blowdown.</source>
        <translation>Tải nhiệt, lưu lượng tuần hoàn và chênh lệch nhiệt độ không đổi nên lượng bay hơi không đổi; nước bị gió cuốn mang chất rắn hòa tan ra ngoài giống như xả đáy.</translation>
    </message>
    <message>
        <source>All blowdown goes to the drain as wastewater; no leaks or overflow.</source>
        <translation>Toàn bộ nước xả đáy đi vào hệ thống nước thải; không có rò rỉ hay tràn.</translation>
    </message>
    <message>
        <source>&apos;Case Example Calculations&apos;, utilities cooling tower (scribd.com document 46640740): 9,900 gpm, ΔT 8 °F, evaporation 0.1 %/°F (114,048 gpd), windage 0.1 % (14,256 gpd), cycles 4 → 8: blowdown 23,760 → 2,037 gpd, make-up 152,064 → 130,341 gpd.</source>
        <translation>&apos;Case Example Calculations&apos;, tháp giải nhiệt phụ trợ (tài liệu scribd.com 46640740): 9.900 gpm, ΔT 8 °F, bay hơi 0,1 %/°F (114.048 gpd), cuốn theo 0,1 % (14.256 gpd), chu kỳ cô đặc 4 → 8: xả đáy 23.760 → 2.037 gpd, nước bổ sung 152.064 → 130.341 gpd.</translation>
    </message>
    <message>
        <source>Drift alone removes more dissolved solids than these cycles need: the tower cannot reach them without reducing drift.</source>
        <translation>Riêng lượng nước bị gió cuốn đã mang ra nhiều chất rắn hòa tan hơn mức cần ở số chu kỳ này: tháp không thể đạt được số chu kỳ đó nếu không giảm tổn thất gió cuốn.</translation>
    </message>
    <message>
        <source>Above about 8 cycles little more water is saved and the scaling risk rises: check the limits with the water-treatment supplier.</source>
        <translation>Trên khoảng 8 chu kỳ, lượng nước tiết kiệm thêm không đáng kể trong khi nguy cơ đóng cặn tăng: hãy kiểm tra giới hạn với nhà cung cấp hóa chất xử lý nước.</translation>
    </message>
    <message>
        <source>V = v · days; ΔV_water = V · f_fresh; ΔV_wastewater = V · f_discharge; ΔE = −V · e_treat; Δcost = −V · c_treat.</source>
        <translation>V = v · số ngày; ΔV_nước = V · f_thay thế; ΔV_nước thải = V · f_xả thải; ΔE = −V · e_xử lý; Δchi phí = −V · c_xử lý.</translation>
    </message>
    <message>
        <source>Water balance of the reuse loop (UNIDO/UNEP RECP methodology, technique &apos;on-site recovery and reuse&apos;); wastewater charges per m³ as in REFERENCE.md §3 (e.g. Bắc Chu Lai IP, 8,640 VND/m³).</source>
        <translation>Cân bằng nước của vòng tái sử dụng (phương pháp luận RECP của UNIDO/UNEP, kỹ thuật &apos;tuần hoàn, tái sử dụng tại chỗ&apos;); phí xử lý nước thải theo m³ như REFERENCE.md §3 (ví dụ KCN Bắc Chu Lai, 8.640 ₫/m³).</translation>
    </message>
    <message>
        <source>The reused water meets the quality the receiving use needs; production is unchanged.</source>
        <translation>Nước tái sử dụng đạt chất lượng mà nơi sử dụng yêu cầu; sản xuất không thay đổi.</translation>
    </message>
    <message>
        <source>Hand-computed from published prices (REFERENCE.md §3): 50 m³/day of last-rinse water reused for 300 days → 15,000 m³/yr of water and of wastewater (at Bắc Chu Lai IP&apos;s 8,640 VND/m³ class C: 129.6 M VND/yr of wastewater charges), 7,500 kWh/yr and 45 M VND/yr of treatment at 0.5 kWh/m³ and 3,000 VND/m³.</source>
        <translation>Tự tính từ giá đã công bố (REFERENCE.md §3): tái sử dụng 50 m³/ngày nước giặt cuối trong 300 ngày → 15.000 m³/năm nước cấp và nước thải (theo giá nước thải loại C 8.640 ₫/m³ của KCN Bắc Chu Lai: 129,6 triệu ₫/năm phí nước thải), 7.500 kWh/năm và 45 triệu ₫/năm chi phí xử lý ở mức 0,5 kWh/m³ và 3.000 ₫/m³.</translation>
    </message>
    <message>
        <source>ṁ = C_d·A·p₀·√(k/(R·T₀))·(2/(k+1))^((k+1)/(2(k−1))) when choked (p₀ &gt; 1.89 p_atm), else the subsonic nozzle equation; V_free = ṁ/ρ(p_atm, T₀); kWh/yr = V_free × specific power × hours × control share</source>
        <translation>ṁ = C_d·A·p₀·√(k/(R·T₀))·(2/(k+1))^((k+1)/(2(k−1))) khi dòng tới hạn (p₀ &gt; 1,89 p_atm), ngược lại dùng phương trình vòi phun dưới âm; V_tự do = ṁ/ρ(p_atm, T₀); kWh/năm = V_tự do × suất tiêu hao điện × số giờ × tỷ lệ tiết kiệm nhờ điều khiển</translation>
    </message>
    <message>
        <source>Isentropic orifice flow (Moss, Pressure Vessel Design Manual; any gas-dynamics text); orifice table, free air at C = 1.0 and 70 °F, in US DOE/CAC &apos;Improving Compressed Air System Performance: A Sourcebook for Industry&apos;, fact sheet &apos;Compressed Air System Leaks&apos;; US DOE Compressed Air Tip Sheet #3 (leaks 20–30 % of output)</source>
        <translation>Dòng chảy đẳng entropy qua lỗ (Moss, Pressure Vessel Design Manual; hoặc giáo trình khí động lực học bất kỳ); bảng lưu lượng qua lỗ, khí tự do với C = 1,0 và 70 °F, trong US DOE/CAC &apos;Improving Compressed Air System Performance: A Sourcebook for Industry&apos;, tài liệu &apos;Compressed Air System Leaks&apos;; US DOE Compressed Air Tip Sheet #3 (rò rỉ chiếm 20–30 % sản lượng khí)</translation>
    </message>
    <message>
        <source>Air is an ideal gas with k = 1.4 and R = 287.05 J/(kg·K).</source>
        <translation>Không khí là khí lý tưởng với k = 1,4 và R = 287,05 J/(kg·K).</translation>
    </message>
    <message>
        <source>Free air is taken at the standard atmosphere (101.325 kPa) and the line temperature.</source>
        <translation>Khí tự do được tính ở áp suất khí quyển tiêu chuẩn (101,325 kPa) và nhiệt độ trong đường ống.</translation>
    </message>
    <message>
        <source>The leak flows all the hours the system is pressurised.</source>
        <translation>Chỗ rò xì khí trong suốt thời gian hệ thống có áp.</translation>
    </message>
    <message>
        <source>Orifice table (REFERENCE.md §6): a 1/4 in hole at 100 psig, C = 1.0, 70 °F leaks 104 cfm of free air</source>
        <translation>Bảng lưu lượng qua lỗ (REFERENCE.md §6): lỗ 1/4 in ở 100 psig, C = 1,0, 70 °F rò 104 cfm khí tự do</translation>
    </message>
    <message>
        <source>Line pressure is below about 0.9 bar gauge: subsonic flow.</source>
        <translation>Áp suất đường ống dưới khoảng 0,9 bar (dư): dòng chảy dưới âm.</translation>
    </message>
    <message>
        <source>rule of thumb: s = 0.5 % × Δp[psi]; isentropic: s = 1 − w(p₂)/w(p₁), w = N·k/(k−1)·((p/p_atm)^((k−1)/(N·k)) − 1); unregulated air: u × (1 − p₂,abs/p₁,abs); kWh/yr = P × hours × (s_compression + s_demand × (1 − s_compression))</source>
        <translation>quy tắc kinh nghiệm: s = 0,5 % × Δp[psi]; đoạn nhiệt: s = 1 − w(p₂)/w(p₁), w = N·k/(k−1)·((p/p_atm)^((k−1)/(N·k)) − 1); khí không điều áp: u × (1 − p₂,abs/p₁,abs); kWh/năm = P × số giờ × (s_nén + s_nhu cầu × (1 − s_nén))</translation>
    </message>
    <message>
        <source>US DOE/CAC &apos;Improving Compressed Air System Performance: A Sourcebook for Industry&apos; (2003), fact sheet &apos;Pressure Drop and Controlling System Pressure&apos;: about 1 % of energy per 2 psi near 100 psig; isentropic compression work (thermodynamics texts)</source>
        <translation>US DOE/CAC &apos;Improving Compressed Air System Performance: A Sourcebook for Industry&apos; (2003), tài liệu &apos;Pressure Drop and Controlling System Pressure&apos;: khoảng 1 % năng lượng cho mỗi 2 psi quanh mức 100 psig; công nén đẳng entropy (giáo trình nhiệt động học)</translation>
    </message>
    <message>
        <source>The compressors deliver the same free-air flow at the lower pressure.</source>
        <translation>Máy nén cấp cùng lưu lượng khí tự do ở áp suất thấp hơn.</translation>
    </message>
    <message>
        <source>Air is an ideal gas with k = 1.4; intercooling back to inlet temperature.</source>
        <translation>Không khí là khí lý tưởng với k = 1,4; làm mát trung gian về nhiệt độ cửa hút.</translation>
    </message>
    <message>
        <source>DOE/CAC Sourcebook rule: 100 → 90 psig saves about 5 % of compressor energy (100 kW, 6,000 h/yr → 30,000 kWh/yr)</source>
        <translation>Quy tắc của DOE/CAC Sourcebook: giảm từ 100 → 90 psig tiết kiệm khoảng 5 % năng lượng máy nén (100 kW, 6.000 h/năm → 30.000 kWh/năm)</translation>
    </message>
    <message>
        <source>The new pressure is higher than the current one: energy use rises.</source>
        <translation>Áp suất mới cao hơn áp suất hiện tại: tiêu thụ năng lượng tăng.</translation>
    </message>
    <message>
        <source>Savings as entered by the auditor, per carrier and per year.</source>
        <translation>Mức tiết kiệm do kiểm toán viên nhập, theo từng loại năng lượng/tài nguyên và theo năm.</translation>
    </message>
    <message>
        <source>Entered by the auditor; state the basis (offer, trial, measurement) in the notes.</source>
        <translation>Do kiểm toán viên nhập; hãy ghi rõ cơ sở (báo giá, chạy thử, đo đạc) trong phần ghi chú.</translation>
    </message>
    <message>
        <source>The auditor is responsible for the figures; record how they were obtained.</source>
        <translation>Kiểm toán viên chịu trách nhiệm về các số liệu; hãy ghi rõ cách xác định chúng.</translation>
    </message>
    <message>
        <source>REFERENCE.md §7 Vietnam check: 200,000 kWh/yr saved (at 1,899 VND/kWh: 379.8 M VND/yr; with I = 500 M VND, i = 10 %, n = 10: payback 1.3165 yr).</source>
        <translation>Kiểm tra theo số liệu Việt Nam, REFERENCE.md §7: tiết kiệm 200.000 kWh/năm (với giá 1.899 ₫/kWh: 379,8 triệu ₫/năm; với I = 500 triệu ₫, i = 10 %, n = 10: hoàn vốn 1,3165 năm).</translation>
    </message>
    <message>
        <source>W [lb/h] = 24.24 × P_abs [psia] × D² [in²] (× 0.5 into a closed return); heat = W × hours × heat per kg; fuel = heat / boiler efficiency</source>
        <translation>W [lb/h] = 24,24 × P_abs [psia] × D² [in²] (× 0,5 khi xả vào đường hồi kín); nhiệt = W × số giờ × nhiệt trên mỗi kg; nhiên liệu = nhiệt / hiệu suất lò hơi</translation>
    </message>
    <message>
        <source>Napier&apos;s formula for saturated steam through an orifice; worked example: Manczyk, &apos;Steam Loss&apos; (5 psig, 3/16 in, 5,808 h/yr); closed-return halving: REFERENCE.md §6 rule of thumb</source>
        <translation>Công thức Napier cho hơi bão hòa qua lỗ; ví dụ tính: Manczyk, &apos;Steam Loss&apos; (5 psig, 3/16 in, 5.808 h/năm); giảm một nửa với hệ thống hồi nước ngưng kín: quy tắc kinh nghiệm REFERENCE.md §6</translation>
    </message>
    <message>
        <source>Napier&apos;s formula assumes choked flow of saturated steam.</source>
        <translation>Công thức Napier giả định dòng hơi bão hòa ở trạng thái tới hạn.</translation>
    </message>
    <message>
        <source>The leak runs all the operating hours.</source>
        <translation>Chỗ rò xì hơi trong suốt số giờ vận hành.</translation>
    </message>
    <message>
        <source>Manczyk, &apos;Steam Loss&apos;: 5 psig (19.696 psia), D = 0.1875 in, 5,808 h/yr, 960.8 Btu/lb, boiler 80 %, gas $6.23/MMBtu → 16.78 lb/h and $729.20/yr</source>
        <translation>Manczyk, &apos;Steam Loss&apos;: 5 psig (19,696 psia), D = 0,1875 in, 5.808 h/năm, 960,8 Btu/lb, lò hơi 80 %, khí 6,23 USD/MMBtu → 16,78 lb/h và 729,20 USD/năm</translation>
    </message>
    <message>
        <source>Below about 1 bar gauge the flow is not choked: Napier&apos;s formula overstates it.</source>
        <translation>Dưới khoảng 1 bar (dư) dòng chảy không ở trạng thái tới hạn: công thức Napier cho kết quả cao hơn thực tế.</translation>
    </message>
    <message>
        <source>fuel saved = fuel × (1 − E₁/E₂)</source>
        <translation>nhiên liệu tiết kiệm = nhiên liệu × (1 − E₁/E₂)</translation>
    </message>
    <message>
        <source>US DOE Steam Tip Sheet #4 &apos;Improve Your Boiler&apos;s Combustion Efficiency&apos; (2006), table &apos;Combustion Efficiency for Natural Gas&apos; and example; rule of thumb per REFERENCE.md §6</source>
        <translation>US DOE Steam Tip Sheet #4 &apos;Improve Your Boiler&apos;s Combustion Efficiency&apos; (2006), bảng &apos;Combustion Efficiency for Natural Gas&apos; và ví dụ; quy tắc kinh nghiệm theo REFERENCE.md §6</translation>
    </message>
    <message>
        <source>Complete combustion, no water vapour in the combustion air (DOE table).</source>
        <translation>Cháy hoàn toàn, không khí cấp không chứa hơi nước (bảng DOE).</translation>
    </message>
    <message>
        <source>The steam demand stays the same.</source>
        <translation>Nhu cầu hơi không thay đổi.</translation>
    </message>
    <message>
        <source>US DOE Steam Tip #4: 500,000 MMBtu/yr, 44.9 % → 9.5 % excess air, 400 → 300 °F net stack (78.2 % → 83.1 %) → 29,482 MMBtu/yr, $235,856/yr at $8.00/MMBtu</source>
        <translation>US DOE Steam Tip #4: 500.000 MMBtu/năm, không khí thừa 44,9 % → 9,5 %, nhiệt độ khói thực 400 → 300 °F (78,2 % → 83,1 %) → 29.482 MMBtu/năm, 235.856 USD/năm với giá 8,00 USD/MMBtu</translation>
    </message>
    <message>
        <source>Outside the DOE table (9.5–81.6 % excess air, 200–600 °F): extrapolated.</source>
        <translation>Ngoài phạm vi bảng DOE (không khí thừa 9,5–81,6 %, 200–600 °F): đã ngoại suy.</translation>
    </message>
    <message>
        <source>The DOE table is for natural gas: for other fuels it is an approximation.</source>
        <translation>Bảng DOE lập cho khí thiên nhiên: với nhiên liệu khác chỉ là giá trị gần đúng.</translation>
    </message>
    <message>
        <source>The combustion efficiencies must stay between 0 and 100 %: check the excess air and stack temperatures.</source>
        <translation>Hiệu suất cháy phải nằm trong khoảng 0–100 %: hãy kiểm tra hệ số không khí thừa và nhiệt độ khói.</translation>
    </message>
    <message>
        <source>fuel = (1 − flash) × condensate × hours × c_p × (T_condensate − T_make-up) / boiler efficiency; water = (1 − flash) × condensate × hours / 1000</source>
        <translation>nhiên liệu = (1 − tỷ lệ tái bay hơi) × nước ngưng × số giờ × c_p × (T_nước ngưng − T_nước bổ sung) / hiệu suất lò hơi; nước = (1 − tỷ lệ tái bay hơi) × nước ngưng × số giờ / 1000</translation>
    </message>
    <message>
        <source>US DOE Steam Tip Sheet #8 &apos;Return Condensate to the Boiler&apos; (2012), example</source>
        <translation>US DOE Steam Tip Sheet #8 &apos;Return Condensate to the Boiler&apos; (2012), ví dụ</translation>
    </message>
    <message>
        <source>Liquid water c_p = 4.19 kJ/(kg·K); 1 t of make-up water = 1 m³.</source>
        <translation>Nước lỏng có c_p = 4,19 kJ/(kg·K); 1 tấn nước bổ sung = 1 m³.</translation>
    </message>
    <message>
        <source>US DOE Steam Tip #8: 10,000 lb/h more condensate at 180 °F, make-up 55 °F, 12 % flash, 8,000 h/yr, boiler 80 % → (1 − 0.12) × 10,000 × 8,000 × (148 − 23) / 0.8 = 11,000 MMBtu/yr of fuel</source>
        <translation>US DOE Steam Tip #8: thu hồi thêm 10.000 lb/h nước ngưng ở 180 °F, nước bổ sung 55 °F, tái bay hơi 12 %, 8.000 h/năm, lò hơi 80 % → (1 − 0,12) × 10.000 × 8.000 × (148 − 23) / 0,8 = 11.000 MMBtu/năm nhiên liệu</translation>
    </message>
    <message>
        <source>q = (h_conv + h_rad) × A × (T_s − T_a), h_rad = εσ(T_s² + T_a²)(T_s + T_a), h_conv from Nu(Ra, Re); saved = (q_bare − q_insulated) × hours; fuel = saved / boiler efficiency</source>
        <translation>q = (h_đối lưu + h_bức xạ) × A × (T_s − T_a), h_bức xạ = εσ(T_s² + T_a²)(T_s + T_a), h_đối lưu theo Nu(Ra, Re); tiết kiệm = (q_trần − q_bảo ôn) × số giờ; nhiên liệu = tiết kiệm / hiệu suất lò hơi</translation>
    </message>
    <message>
        <source>Convection correlations: Incropera &amp; DeWitt, Fundamentals of Heat and Mass Transfer, ch. 7 and 9 (Churchill–Chu, Churchill–Bernstein); check against US DOE Steam Tip Sheet #2 &apos;Insulate Steam Distribution and Condensate Return Lines&apos;, table and example</source>
        <translation>Các tương quan đối lưu: Incropera &amp; DeWitt, Fundamentals of Heat and Mass Transfer, chương 7 và 9 (Churchill–Chu, Churchill–Bernstein); đối chiếu với US DOE Steam Tip Sheet #2 &apos;Insulate Steam Distribution and Condensate Return Lines&apos;, bảng và ví dụ</translation>
    </message>
    <message>
        <source>Surroundings radiate at the air temperature.</source>
        <translation>Môi trường xung quanh bức xạ ở nhiệt độ không khí.</translation>
    </message>
    <message>
        <source>A flat surface is taken as a square: its side sets the convection length.</source>
        <translation>Bề mặt phẳng được coi là hình vuông: cạnh hình vuông là chiều dài đặc trưng cho đối lưu.</translation>
    </message>
    <message>
        <source>US DOE Steam Tip #2: 1,120 ft of bare 1 in line at 150 psig (366 °F) lose 285 MMBtu/yr per 100 ft = 3,192 MMBtu/yr; with the 2 in and 4 in lines 5,069 MMBtu/yr, ≈ $45,620/yr at $8.00/MMBtu, boiler 80 %, insulation 90 %</source>
        <translation>US DOE Steam Tip #2: 1.120 ft đường ống 1 in để trần ở 150 psig (366 °F) mất 285 MMBtu/năm cho mỗi 100 ft = 3.192 MMBtu/năm; cùng các đường ống 2 in và 4 in là 5.069 MMBtu/năm, ≈ 45.620 USD/năm với giá 8,00 USD/MMBtu, lò hơi 80 %, bảo ôn 90 %</translation>
    </message>
    <message>
        <source>Q = ṁ × c_p × (T₂ − T₁); fuel = Q × hours / boiler efficiency; share = c_p (T₂ − T₁) / (h_steam − c_p T₁)</source>
        <translation>Q = ṁ × c_p × (T₂ − T₁); nhiên liệu = Q × số giờ / hiệu suất lò hơi; tỷ lệ = c_p (T₂ − T₁) / (h_hơi − c_p T₁)</translation>
    </message>
    <message>
        <source>Heat balance on the feedwater; checks: Forbes Marshall &apos;Every 6 °C rise in feedwater temperature reduces the fuel bill by 1 %&apos;; US DOE Steam Tip Sheet #3 (economizers save 5–10 % of fuel)</source>
        <translation>Cân bằng nhiệt của nước cấp; đối chiếu: Forbes Marshall &apos;Every 6 °C rise in feedwater temperature reduces the fuel bill by 1 %&apos; (cứ tăng 6 °C nhiệt độ nước cấp thì giảm 1 % chi phí nhiên liệu); US DOE Steam Tip Sheet #3 (bộ hâm nước tiết kiệm 5–10 % nhiên liệu)</translation>
    </message>
    <message>
        <source>Boiler efficiency and steam output do not change.</source>
        <translation>Hiệu suất lò hơi và sản lượng hơi không đổi.</translation>
    </message>
    <message>
        <source>Liquid water c_p = 4.19 kJ/(kg·K).</source>
        <translation>Nước lỏng có c_p = 4,19 kJ/(kg·K).</translation>
    </message>
    <message>
        <source>Forbes Marshall tip: 5 barg steam (657.9 kcal/kg), feedwater 40 → 46 °C saves about 1 % of the fuel</source>
        <translation>Mẹo của Forbes Marshall: hơi 5 barg (657,9 kcal/kg), nước cấp 40 → 46 °C tiết kiệm khoảng 1 % nhiên liệu</translation>
    </message>
    <message>
        <source>The feedwater gets colder: fuel use rises.</source>
        <translation>Nước cấp nguội hơn: tiêu thụ nhiên liệu tăng.</translation>
    </message>
</context>
<context>
    <name>EstimatorChoice</name>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Rule of thumb</source>
        <translation>Quy tắc kinh nghiệm</translation>
    </message>
    <message>
        <source>Isentropic compression work</source>
        <translation>Công nén đoạn nhiệt</translation>
    </message>
    <message>
        <source>DOE table (natural gas)</source>
        <translation>Bảng của DOE (khí thiên nhiên)</translation>
    </message>
    <message>
        <source>Share of the bare loss removed</source>
        <translation>Tỷ lệ tổn thất trần được loại bỏ</translation>
    </message>
    <message>
        <source>Insulation thickness</source>
        <translation>Chiều dày bảo ôn</translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation>Đường ống</translation>
    </message>
    <message>
        <source>Vertical wall</source>
        <translation>Thành đứng</translation>
    </message>
    <message>
        <source>Horizontal surface facing up</source>
        <translation>Mặt nằm ngang hướng lên</translation>
    </message>
    <message>
        <source>To the atmosphere</source>
        <translation>Xả ra khí quyển</translation>
    </message>
    <message>
        <source>Into a closed condensate return</source>
        <translation>Vào đường hồi nước ngưng kín</translation>
    </message>
    <message>
        <source>Normal hours</source>
        <translation>Giờ bình thường</translation>
    </message>
    <message>
        <source>Off-peak hours</source>
        <translation>Giờ thấp điểm</translation>
    </message>
    <message>
        <source>Purchased steam</source>
        <translation>Hơi mua ngoài</translation>
    </message>
</context>
<context>
    <name>EstimatorInputForm</name>
    <message>
        <source>required</source>
        <translation>bắt buộc</translation>
    </message>
    <message>
        <source>Allowed: %1 to %2 %3</source>
        <translation>Cho phép: từ %1 đến %2 %3</translation>
    </message>
    <message>
        <source>Required: no default.</source>
        <translation>Bắt buộc nhập: không có giá trị mặc định.</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Mặc định: %1</translation>
    </message>
    <message>
        <source>“%1” is not a number (example: %2).</source>
        <translation>“%1” không phải là số (ví dụ: %2).</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export audit package</source>
        <translation>Xuất gói kiểm toán</translation>
    </message>
    <message>
        <source>The package holds each audit with its park, enterprise, meters and readings, production, checklist answers, photos, opportunities, reference data and change history. Another AuditDesk merges it without duplicates.</source>
        <translation>Gói chứa từng cuộc đánh giá cùng khu công nghiệp, doanh nghiệp, đồng hồ đo và chỉ số, sản lượng, câu trả lời danh mục kiểm tra, ảnh, cơ hội, dữ liệu tham chiếu và lịch sử thay đổi. Một AuditDesk khác gộp gói này mà không tạo bản trùng.</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Cuộc đánh giá</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>Tệp gói</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>AuditDesk package</source>
        <translation>Gói dữ liệu AuditDesk</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>“%1” is not a number (example: %2).</source>
        <translation>“%1” không phải là số (ví dụ: %2).</translation>
    </message>
</context>
<context>
    <name>Financial</name>
    <message>
        <source>Lifetime %1 yr is outside the allowed range 1–%2 yr.</source>
        <translation>Tuổi thọ %1 năm nằm ngoài khoảng cho phép 1–%2 năm.</translation>
    </message>
    <message>
        <source>Discount rate %1 is outside the allowed range: a fraction between −0.5 and 1 (0.10 = 10 %).</source>
        <translation>Tỷ suất chiết khấu %1 nằm ngoài khoảng cho phép: phải là một phân số từ −0,5 đến 1 (0,10 = 10 %).</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>%1 %2/yr</source>
        <translation>%1 %2/năm</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Ngày thực hiện</translation>
    </message>
    <message>
        <source>Actual investment
(million ₫)</source>
        <translation>Đầu tư thực tế
(triệu ₫)</translation>
    </message>
    <message>
        <source>IPMVP</source>
        <translation>IPMVP</translation>
    </message>
    <message>
        <source>Measured savings</source>
        <translation>Tiết kiệm đo được</translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <source>Start the work</source>
        <translation>Bắt đầu thực hiện</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>Hoãn lại</translation>
    </message>
    <message>
        <source>Record as implemented</source>
        <translation>Ghi nhận đã thực hiện</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <source>Withdraw verification</source>
        <translation>Hủy xác minh</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>chưa</translation>
    </message>
    <message>
        <source>as spent</source>
        <translation>số tiền đã chi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <source>Implemented on</source>
        <translation>Ngày thực hiện</translation>
    </message>
    <message>
        <source>Actual investment (₫)</source>
        <translation>Đầu tư thực tế (₫)</translation>
    </message>
    <message>
        <source>A — retrofit isolation, key parameters measured</source>
        <translation>A — cô lập cải tạo, đo các thông số chính</translation>
    </message>
    <message>
        <source>B — retrofit isolation, all parameters measured</source>
        <translation>B — cô lập cải tạo, đo mọi thông số</translation>
    </message>
    <message>
        <source>C — whole facility (utility meters)</source>
        <translation>C — toàn nhà máy (đồng hồ tổng)</translation>
    </message>
    <message>
        <source>D — calibrated simulation</source>
        <translation>D — mô phỏng đã hiệu chỉnh</translation>
    </message>
    <message>
        <source>Measure savings</source>
        <translation>Đo mức tiết kiệm</translation>
    </message>
    <message>
        <source>Record as verified</source>
        <translation>Ghi nhận đã xác minh</translation>
    </message>
    <message>
        <source>Measurement and verification</source>
        <translation>Đo lường và kiểm chứng</translation>
    </message>
    <message>
        <source>IPMVP option</source>
        <translation>Phương án IPMVP</translation>
    </message>
    <message>
        <source>Verifying meters</source>
        <translation>Đồng hồ kiểm chứng</translation>
    </message>
    <message>
        <source>Verified: %1 ± %2 %3/yr, measured from %4 to %5 (90 % confidence).</source>
        <translation>Đã xác minh: %1 ± %2 %3/năm, đo từ %4 đến %5 (độ tin cậy 90 %).</translation>
    </message>
    <message>
        <source>The actual investment is not a number of ₫ (for example 150.000.000).</source>
        <translation>Đầu tư thực tế không phải là số tiền ₫ (ví dụ 150.000.000).</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>Measuring…</source>
        <translation>Đang đo…</translation>
    </message>
    <message>
        <source>Measuring the savings…</source>
        <translation>Đang tính mức tiết kiệm đo được…</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Lịch sử thay đổi của %1</translation>
    </message>
</context>
<context>
    <name>HistoryFormat</name>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>RECP technique</source>
        <translation>Kỹ thuật RECP</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Mức ưu tiên</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Estimator inputs</source>
        <translation>Dữ liệu đầu vào của ước tính</translation>
    </message>
    <message>
        <source>Estimate report</source>
        <translation>Báo cáo ước tính</translation>
    </message>
    <message>
        <source>Estimator</source>
        <translation>Phương pháp ước tính</translation>
    </message>
    <message>
        <source>Investment: equipment</source>
        <translation>Đầu tư: thiết bị</translation>
    </message>
    <message>
        <source>Investment: installation</source>
        <translation>Đầu tư: lắp đặt</translation>
    </message>
    <message>
        <source>Investment: engineering</source>
        <translation>Đầu tư: thiết kế, kỹ thuật</translation>
    </message>
    <message>
        <source>Investment: other</source>
        <translation>Đầu tư: khác</translation>
    </message>
    <message>
        <source>Amount per year</source>
        <translation>Lượng mỗi năm</translation>
    </message>
    <message>
        <source>Cost savings (₫/yr)</source>
        <translation>Tiết kiệm chi phí (₫/năm)</translation>
    </message>
    <message>
        <source>tCO2e/yr</source>
        <translation>tCO2e/năm</translation>
    </message>
    <message>
        <source>Reason for rejection</source>
        <translation>Lý do từ chối</translation>
    </message>
    <message>
        <source>Rejection details</source>
        <translation>Chi tiết từ chối</translation>
    </message>
    <message>
        <source>RECP sort</source>
        <translation>Phân loại RECP</translation>
    </message>
    <message>
        <source>Implementation date</source>
        <translation>Ngày thực hiện</translation>
    </message>
    <message>
        <source>Actual investment (₫)</source>
        <translation>Đầu tư thực tế (₫)</translation>
    </message>
    <message>
        <source>IPMVP option</source>
        <translation>Phương án IPMVP</translation>
    </message>
    <message>
        <source>Verifying meters</source>
        <translation>Đồng hồ kiểm chứng</translation>
    </message>
    <message>
        <source>Measured savings</source>
        <translation>Tiết kiệm đo được</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation>Người ký duyệt</translation>
    </message>
    <message>
        <source>Signed off as</source>
        <translation>Ký duyệt với vai trò</translation>
    </message>
    <message>
        <source>Signed off on</source>
        <translation>Ngày ký duyệt</translation>
    </message>
    <message>
        <source>Reason for unlocking</source>
        <translation>Lý do mở khóa</translation>
    </message>
    <message>
        <source>Baseline from</source>
        <translation>Cơ sở từ</translation>
    </message>
    <message>
        <source>Baseline to</source>
        <translation>Cơ sở đến</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Mục khảo sát</translation>
    </message>
    <message>
        <source>Other savings (₫/yr)</source>
        <translation>Tiết kiệm khác (₫/năm)</translation>
    </message>
    <message>
        <source>Change in O&amp;M cost (₫/yr)</source>
        <translation>Thay đổi chi phí vận hành, bảo trì (₫/năm)</translation>
    </message>
    <message>
        <source>Lifetime (yr)</source>
        <translation>Tuổi thọ (năm)</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>Tỷ lệ chiết khấu</translation>
    </message>
    <message>
        <source>Industrial symbiosis</source>
        <translation>Cộng sinh công nghiệp</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Auditors</source>
        <translation>Chuyên gia đánh giá</translation>
    </message>
    <message>
        <source>Enterprise reviewer</source>
        <translation>Người rà soát của doanh nghiệp</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <source>Grid emission factor year</source>
        <translation>Năm của hệ số phát thải lưới điện</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>Bộ dữ liệu tham chiếu</translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation>Mẫu danh mục khảo sát</translation>
    </message>
    <message>
        <source>Checklist version</source>
        <translation>Phiên bản danh mục khảo sát</translation>
    </message>
    <message>
        <source>Checklist add-ons</source>
        <translation>Phần bổ sung của danh mục khảo sát</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Cuộc đánh giá</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Cơ hội</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Tiết kiệm</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Checklist answer</source>
        <translation>Câu trả lời khảo sát</translation>
    </message>
    <message>
        <source>Photo or document</source>
        <translation>Ảnh hoặc tài liệu</translation>
    </message>
    <message>
        <source>created</source>
        <translation>tạo mới</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>xóa</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>nhập từ tệp</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>%1 %2/yr</source>
        <translation>%1 %2/năm</translation>
    </message>
    <message>
        <source>%1 readings</source>
        <translation>%1 chỉ số</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Giá trị cũ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Giá trị mới</translation>
    </message>
    <message>
        <source>The whole audit</source>
        <translation>Toàn bộ cuộc đánh giá</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Người</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>mọi ngày</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Mọi người</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 thay đổi</translation>
    </message>
</context>
<context>
    <name>Icons</name>
    <message>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Choose a CSV or Excel file</source>
        <extracomment>role -&gt; (label, optional); labels are translated by the subclass&apos;s ``role_label``.</extracomment>
        <translation>Chọn tệp CSV hoặc Excel</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>detect</source>
        <translation>tự nhận biết</translation>
    </message>
    <message>
        <source>comma: 1.234,5</source>
        <translation>dấu phẩy: 1.234,5</translation>
    </message>
    <message>
        <source>point: 1,234.5</source>
        <translation>dấu chấm: 1,234.5</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Định dạng ngày</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Dấu thập phân</translation>
    </message>
    <message>
        <source>Check the whole file</source>
        <translation>Kiểm tra cả tệp</translation>
    </message>
    <message>
        <source>All or nothing: import only if every row is valid</source>
        <translation>Tất cả hoặc không: chỉ nhập khi mọi dòng đều hợp lệ</translation>
    </message>
    <message>
        <source>Valid rows only: leave out the rows with problems</source>
        <translation>Chỉ các dòng hợp lệ: bỏ qua các dòng có lỗi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Bảng mã</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>Cột nào chứa gì</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Các dòng đầu của tệp</translation>
    </message>
    <message>
        <source>Preview: the rows as they will be read, and every problem by row and column</source>
        <translation>Xem trước: các dòng sẽ được đọc như thế nào, và mọi lỗi theo dòng và cột</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.xlsx *.xlsm)</source>
        <translation>Bảng (*.csv *.txt *.xlsx *.xlsm)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>CSV file, encoding %1, separator “%2”, header in row %3.</source>
        <translation>Tệp CSV, bảng mã %1, dấu phân cách “%2”, tiêu đề ở dòng %3.</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”, header in row %2.</source>
        <translation>Tệp Excel, trang tính “%1”, tiêu đề ở dòng %2.</translation>
    </message>
    <message>
        <source>Choose the column for: %1.</source>
        <translation>Hãy chọn cột cho: %1.</translation>
    </message>
    <message>
        <source>First rows: %1 read correctly, %2 with problems. “Check the whole file” lists the problems of every row.</source>
        <translation>Các dòng đầu: %1 dòng đọc được, %2 dòng có lỗi. “Kiểm tra cả tệp” liệt kê lỗi của mọi dòng.</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Đang kiểm tra tệp…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>Nothing imported: %1 rows have problems and “all or nothing” was chosen. Fix them, or choose “valid rows only” to import the %2 valid rows.</source>
        <translation>Chưa nhập gì: %1 dòng có lỗi và đã chọn “tất cả hoặc không”. Hãy sửa các dòng đó, hoặc chọn “chỉ các dòng hợp lệ” để nhập %2 dòng hợp lệ.</translation>
    </message>
    <message>
        <source>Whole file checked: %1 rows would be stored, %2 are already stored, %3 rows have problems. Nothing was written.</source>
        <translation>Đã kiểm tra cả tệp: %1 dòng sẽ được lưu, %2 dòng đã có sẵn, %3 dòng có lỗi. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>Imported %1 rows; %2 were already stored (skipped); %3 rows with problems were left out.</source>
        <translation>Đã nhập %1 dòng; %2 dòng đã có sẵn (bỏ qua); %3 dòng có lỗi không được nhập.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Chưa lưu gì.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was stored.</source>
        <translation>Đã hủy: chưa lưu gì.</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>⚑ Finding</source>
        <translation>⚑ Phát hiện</translation>
    </message>
    <message>
        <source>Flag this answer as a finding (F, or Ctrl+Shift+F)</source>
        <translation>Đánh dấu câu trả lời này là phát hiện (F, hoặc Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Turn into opportunity</source>
        <translation>Chuyển thành cơ hội</translation>
    </message>
    <message>
        <source>Create an opportunity from this finding, with the area, title, RECP technique and estimator filled in (Ctrl+Shift+O)</source>
        <translation>Tạo cơ hội từ phát hiện này, điền sẵn khu vực, tiêu đề, giải pháp RECP và cách ước tính (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>This answer usually means a finding: press F to flag it.</source>
        <translation>Câu trả lời này thường là một phát hiện: nhấn F để đánh dấu.</translation>
    </message>
    <message>
        <source>What you saw, measured or were told</source>
        <translation>Điều bạn thấy, đo được hoặc được cho biết</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <source>Keys: Y / N / A answer · 1–9 choose · Enter or Tab: next · Shift+Tab: back · F: finding</source>
        <translation>Phím: Y / N / A trả lời · 1–9 chọn · Enter hoặc Tab: câu sau · Shift+Tab: câu trước · F: phát hiện</translation>
    </message>
    <message>
        <source>required</source>
        <translation>bắt buộc</translation>
    </message>
    <message>
        <source>Opportunity: %1</source>
        <translation>Cơ hội: %1</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <source>Required, not answered yet</source>
        <translation>Bắt buộc, chưa trả lời</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>Has a note</source>
        <translation>Có ghi chú</translation>
    </message>
    <message>
        <source>Photos: %1</source>
        <translation>Ảnh: %1</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>propose it to the enterprise</source>
        <translation>đề xuất cơ hội với doanh nghiệp</translation>
    </message>
    <message>
        <source>withdraw the proposal</source>
        <translation>rút lại đề xuất</translation>
    </message>
    <message>
        <source>accept it</source>
        <translation>chấp nhận</translation>
    </message>
    <message>
        <source>schedule it</source>
        <translation>lên lịch thực hiện</translation>
    </message>
    <message>
        <source>reject it</source>
        <translation>từ chối</translation>
    </message>
    <message>
        <source>propose it again</source>
        <translation>đề xuất lại</translation>
    </message>
    <message>
        <source>start the work</source>
        <translation>bắt đầu thực hiện</translation>
    </message>
    <message>
        <source>postpone the work</source>
        <translation>hoãn thực hiện</translation>
    </message>
    <message>
        <source>record it as implemented</source>
        <translation>ghi nhận đã thực hiện</translation>
    </message>
    <message>
        <source>reopen the work</source>
        <translation>mở lại việc thực hiện</translation>
    </message>
    <message>
        <source>record its measured savings as verified</source>
        <translation>ghi nhận mức tiết kiệm đo được là đã xác minh</translation>
    </message>
    <message>
        <source>withdraw the verification</source>
        <translation>hủy xác minh</translation>
    </message>
    <message>
        <source>Investment too high, or no budget</source>
        <translation>Vốn đầu tư quá lớn hoặc chưa có ngân sách</translation>
    </message>
    <message>
        <source>Payback too long</source>
        <translation>Thời gian hoàn vốn quá dài</translation>
    </message>
    <message>
        <source>Not technically feasible here</source>
        <translation>Không khả thi về kỹ thuật tại đây</translation>
    </message>
    <message>
        <source>Risk to production or product quality</source>
        <translation>Rủi ro cho sản xuất hoặc chất lượng sản phẩm</translation>
    </message>
    <message>
        <source>Savings estimate not credible</source>
        <translation>Ước tính tiết kiệm chưa thuyết phục</translation>
    </message>
    <message>
        <source>Already done, or planned another way</source>
        <translation>Đã làm, hoặc đã có kế hoạch theo cách khác</translation>
    </message>
    <message>
        <source>Other (say why)</source>
        <translation>Khác (ghi rõ lý do)</translation>
    </message>
    <message>
        <source>Implement now</source>
        <translation>Thực hiện ngay</translation>
    </message>
    <message>
        <source>Needs further study</source>
        <translation>Cần nghiên cứu thêm</translation>
    </message>
    <message>
        <source>Rejected by the auditor</source>
        <translation>Chuyên gia loại bỏ</translation>
    </message>
    <message>
        <source>“%1” is not a status of an opportunity.</source>
        <translation>“%1” không phải là một trạng thái của cơ hội.</translation>
    </message>
    <message>
        <source>The opportunity is already %1.</source>
        <translation>Cơ hội này đã ở trạng thái %1.</translation>
    </message>
    <message>
        <source>An opportunity that is %1 cannot become %2 (from %1 it can become: %3).</source>
        <translation>Cơ hội ở trạng thái %1 không thể chuyển sang %2 (từ %1 chỉ có thể chuyển sang: %3).</translation>
    </message>
    <message>
        <source>Only the %1 may %2 (opportunity %3 → %4); your role in the settings is %5.</source>
        <translation>Chỉ %1 mới được %2 (cơ hội %3 → %4); vai trò của bạn trong phần thiết lập là %5.</translation>
    </message>
    <message>
        <source>The auditor&apos;s RECP sort rejected this option: change the sort before proposing it.</source>
        <translation>Chuyên gia đã loại giải pháp này khi phân loại RECP: hãy đổi phân loại trước khi đề xuất.</translation>
    </message>
    <message>
        <source>Choose the reason for the rejection.</source>
        <translation>Hãy chọn lý do từ chối.</translation>
    </message>
    <message>
        <source>Say in a few words why it is rejected.</source>
        <translation>Hãy ghi vài lời vì sao từ chối.</translation>
    </message>
    <message>
        <source>Enter the date it was implemented.</source>
        <translation>Hãy nhập ngày thực hiện.</translation>
    </message>
    <message>
        <source>Choose the IPMVP option of the verification.</source>
        <translation>Hãy chọn phương án IPMVP để xác minh.</translation>
    </message>
    <message>
        <source>Choose the meter(s) that verify the savings.</source>
        <translation>Hãy chọn (các) đồng hồ để kiểm chứng mức tiết kiệm.</translation>
    </message>
    <message>
        <source>Measure the savings with the meters before recording them as verified.</source>
        <translation>Hãy đo mức tiết kiệm bằng đồng hồ trước khi ghi nhận là đã xác minh.</translation>
    </message>
    <message>
        <source>sort the options</source>
        <translation>phân loại giải pháp</translation>
    </message>
    <message>
        <source>“%1” is not a RECP sort.</source>
        <translation>“%1” không phải là một phân loại RECP.</translation>
    </message>
</context>
<context>
    <name>MV</name>
    <message>
        <source>No month after the implementation has both consumption and production: nothing to measure yet.</source>
        <translation>Chưa có tháng nào sau khi thực hiện có đủ cả tiêu thụ và sản lượng: chưa có gì để đo.</translation>
    </message>
    <message>
        <source>Enter the implementation date first.</source>
        <translation>Hãy nhập ngày thực hiện trước.</translation>
    </message>
    <message>
        <source>Choose the meter(s) that verify the savings.</source>
        <translation>Hãy chọn (các) đồng hồ để kiểm chứng mức tiết kiệm.</translation>
    </message>
    <message>
        <source>A verifying meter is not a meter of this enterprise.</source>
        <translation>Một đồng hồ kiểm chứng không thuộc doanh nghiệp này.</translation>
    </message>
    <message>
        <source>The verifying meters measure different carriers; choose meters of one carrier.</source>
        <translation>Các đồng hồ kiểm chứng đo các dạng năng lượng khác nhau; hãy chọn đồng hồ của cùng một dạng.</translation>
    </message>
    <message>
        <source>The implementation date is inside the baseline period: there is no before and after to compare.</source>
        <translation>Ngày thực hiện nằm trong giai đoạn cơ sở: không có trước và sau để so sánh.</translation>
    </message>
    <message>
        <source>No production figures in the baseline period: the baseline model needs them.</source>
        <translation>Không có số liệu sản lượng trong giai đoạn cơ sở: mô hình cơ sở cần có số liệu này.</translation>
    </message>
    <message>
        <source>The reporting period ends before it starts (%1).</source>
        <translation>Giai đoạn báo cáo kết thúc trước khi bắt đầu (%1).</translation>
    </message>
    <message>
        <source>The baseline model cannot be fitted: %1</source>
        <translation>Không lập được mô hình cơ sở: %1</translation>
    </message>
    <message>
        <source>Left out for missing readings or production: %1.</source>
        <translation>Bỏ qua vì thiếu chỉ số hoặc sản lượng: %1.</translation>
    </message>
    <message>
        <source>Annual figures are scaled from %1 months; IPMVP recommends a full year of reporting data.</source>
        <translation>Số liệu năm được quy đổi từ %1 tháng; IPMVP khuyến nghị đủ một năm số liệu báo cáo.</translation>
    </message>
    <message>
        <source>plan the verification</source>
        <translation>lập kế hoạch xác minh</translation>
    </message>
    <message>
        <source>record the implementation</source>
        <translation>ghi nhận việc thực hiện</translation>
    </message>
</context>
<context>
    <name>MVView</name>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Production (%1)</source>
        <translation>Sản lượng (%1)</translation>
    </message>
    <message>
        <source>Predicted (%1)</source>
        <translation>Dự báo (%1)</translation>
    </message>
    <message>
        <source>Actual (%1)</source>
        <translation>Thực tế (%1)</translation>
    </message>
    <message>
        <source>Savings (%1)</source>
        <translation>Tiết kiệm (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 saved: %2 ± %3 %4&lt;/b&gt; over %5 months (90 % confidence), about %6 %4/yr.</source>
        <translation>&lt;b&gt;%1 tiết kiệm: %2 ± %3 %4&lt;/b&gt; trong %5 tháng (độ tin cậy 90 %), khoảng %6 %4/năm.</translation>
    </message>
    <message>
        <source>Predicted by the baseline model %1 %2, measured %3 %2; standard error %4 %2, fractional uncertainty %5 %.</source>
        <translation>Mô hình cơ sở dự báo %1 %2, đo được %3 %2; sai số chuẩn %4 %2, độ bất định tương đối %5 %.</translation>
    </message>
    <message>
        <source>Baseline model (%1 to %2): %3 %4/month + %5 %4 per %6, R² %7, %8 months.</source>
        <translation>Mô hình cơ sở (%1 đến %2): %3 %4/tháng + %5 %4 cho mỗi %6, R² %7, %8 tháng.</translation>
    </message>
    <message>
        <source>Specific consumption before %1, after %2 %3: by that measure %4 %5 saved (it ignores the fixed part of the load).</source>
        <translation>Suất tiêu hao trước %1, sau %2 %3: theo cách tính này tiết kiệm %4 %5 (bỏ qua phần phụ tải cố định).</translation>
    </message>
    <message>
        <source>Worth about %1 million ₫/yr.</source>
        <translation>Tương đương khoảng %1 triệu ₫/năm.</translation>
    </message>
    <message>
        <source>Meters: %1. Savings = predicted − actual per month, summed; SE = s·√(m + m²/n + (ΣPⱼ − m·P̄)²/Sxx) (ASHRAE Guideline 14, Annex B; IPMVP option C).</source>
        <translation>Đồng hồ: %1. Tiết kiệm = dự báo − thực tế mỗi tháng, cộng dồn; SE = s·√(m + m²/n + (ΣPⱼ − m·P̄)²/Sxx) (ASHRAE Guideline 14, Phụ lục B; IPMVP phương án C).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open a database, or choose a park, enterprise or audit on the left.</source>
        <translation>Hãy mở một cơ sở dữ liệu, hoặc chọn một KCN, doanh nghiệp hay cuộc đánh giá ở bên trái.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Tạo cơ sở dữ liệu mới…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation>Mở cơ sở dữ liệu mẫ&amp;u</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;Close database</source>
        <translation>Đó&amp;ng cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>New &amp;park…</source>
        <translation>&amp;KCN mới…</translation>
    </message>
    <message>
        <source>New &amp;enterprise…</source>
        <translation>&amp;Doanh nghiệp mới…</translation>
    </message>
    <message>
        <source>New &amp;audit…</source>
        <translation>Cuộc đánh &amp;giá mới…</translation>
    </message>
    <message>
        <source>&amp;Edit selected…</source>
        <translation>&amp;Sửa mục đã chọn…</translation>
    </message>
    <message>
        <source>&amp;Delete selected…</source>
        <translation>&amp;Xóa mục đã chọn…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>T&amp;rợ giúp</translation>
    </message>
    <message>
        <source>&amp;About AuditDesk</source>
        <translation>&amp;Giới thiệu AuditDesk</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Chỉ đọc: %1</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[chỉ đọc]</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it.</source>
        <translation>%1 đã tồn tại. Hãy chọn tên khác, hoặc mở tệp đó.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (không tìm thấy)</translation>
    </message>
    <message>
        <source>%1 is not there any more: it was moved, renamed or deleted, or its drive is not connected. It was removed from the recent files; use Open database… to find it.</source>
        <translation>%1 không còn ở đó: tệp đã bị di chuyển, đổi tên hoặc xóa, hoặc ổ đĩa chứa nó chưa được kết nối. Tệp đã được bỏ khỏi danh sách tệp gần đây; hãy dùng Mở cơ sở dữ liệu… để tìm lại.</translation>
    </message>
    <message>
        <source>no database open</source>
        <translation>chưa mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>AuditDesk %1
RECP energy and water audits for Vietnam&apos;s industrial parks.

Database: %2</source>
        <translation>AuditDesk %1
Đánh giá RECP, kiểm toán năng lượng và nước cho các khu công nghiệp Việt Nam.

Cơ sở dữ liệu: %2</translation>
    </message>
    <message>
        <source>About AuditDesk</source>
        <translation>Giới thiệu AuditDesk</translation>
    </message>
    <message>
        <source>New park</source>
        <translation>KCN mới</translation>
    </message>
    <message>
        <source>New enterprise</source>
        <translation>Doanh nghiệp mới</translation>
    </message>
    <message>
        <source>New audit</source>
        <translation>Cuộc đánh giá mới</translation>
    </message>
    <message>
        <source>RECP assessment</source>
        <translation>Đánh giá RECP</translation>
    </message>
    <message>
        <source>Edit park</source>
        <translation>Sửa KCN</translation>
    </message>
    <message>
        <source>Edit enterprise</source>
        <translation>Sửa doanh nghiệp</translation>
    </message>
    <message>
        <source>Edit audit</source>
        <translation>Sửa cuộc đánh giá</translation>
    </message>
    <message>
        <source>Delete the park “%1”, its enterprises and all their audits, meters and readings?</source>
        <translation>Xóa KCN “%1”, các doanh nghiệp trong KCN cùng toàn bộ cuộc đánh giá, đồng hồ đo và chỉ số của họ?</translation>
    </message>
    <message>
        <source>Delete the enterprise “%1” with its audits, meters and readings?</source>
        <translation>Xóa doanh nghiệp “%1” cùng các cuộc đánh giá, đồng hồ đo và chỉ số của doanh nghiệp?</translation>
    </message>
    <message>
        <source>Delete the audit “%1” with its checklist answers, opportunities and photos?</source>
        <translation>Xóa cuộc đánh giá “%1” cùng các câu trả lời danh mục kiểm tra, cơ hội và ảnh?</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>%1: %2 fields of %3 records were changed both here and in the package, to different values. Nothing was merged. Choose for each field in the merge view, or merge again keeping ours or taking theirs.</source>
        <translation>%1: %2 trường của %3 bản ghi đã bị sửa ở cả bên này lẫn trong gói, thành các giá trị khác nhau. Chưa gộp gì cả. Hãy chọn cho từng trường trong màn hình gộp, hoặc gộp lại và giữ bên này hay lấy bên gói.</translation>
    </message>
    <message>
        <source>The merge of %1 could not be written (%2). Nothing was changed.</source>
        <translation>Không ghi được kết quả gộp %1 (%2). Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>this database has no table “%1” to merge into.</source>
        <translation>cơ sở dữ liệu này không có bảng “%1” để gộp vào.</translation>
    </message>
    <message>
        <source>Merging %1…</source>
        <translation>Đang gộp %1…</translation>
    </message>
    <message>
        <source>The package %1 cannot be merged: %2 (%3): %4 Nothing was changed.</source>
        <translation>Không gộp được gói %1: %2 (%3): %4 Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>the field “%1” does not exist here.</source>
        <translation>trường “%1” không có ở đây.</translation>
    </message>
    <message>
        <source>the key field “%1” is missing.</source>
        <translation>thiếu trường khóa “%1”.</translation>
    </message>
    <message>
        <source>the package holds this record twice.</source>
        <translation>gói chứa bản ghi này hai lần.</translation>
    </message>
    <message>
        <source>two records of the package are the same record here.</source>
        <translation>hai bản ghi trong gói lại là cùng một bản ghi ở đây.</translation>
    </message>
    <message>
        <source>the field “%1” is empty, but this database requires a value.</source>
        <translation>trường “%1” để trống, nhưng cơ sở dữ liệu này bắt buộc có giá trị.</translation>
    </message>
    <message>
        <source>the field “%1” must be a number, not “%2”.</source>
        <translation>trường “%1” phải là số, không phải “%2”.</translation>
    </message>
    <message>
        <source>the field “%1” must be text, not “%2”.</source>
        <translation>trường “%1” phải là văn bản, không phải “%2”.</translation>
    </message>
    <message>
        <source>the content does not match its checksum.</source>
        <translation>nội dung không khớp với mã kiểm tra của nó.</translation>
    </message>
    <message>
        <source>the package lacks the field “%1”, which this database requires.</source>
        <translation>gói thiếu trường “%1” mà cơ sở dữ liệu này bắt buộc.</translation>
    </message>
    <message>
        <source>its field “%1” refers to %2 %3, which is neither in the package nor in this database.</source>
        <translation>trường “%1” của nó trỏ tới %2 %3, không có trong gói cũng không có trong cơ sở dữ liệu này.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge “%1”</source>
        <translation>Gộp “%1”</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Gộp</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Package made by %1 on %2 with AuditDesk %3</source>
        <translation>Gói do %1 tạo lúc %2 bằng AuditDesk %3</translation>
    </message>
    <message>
        <source>Merging into %1: %2.</source>
        <translation>Gộp vào %1: %2.</translation>
    </message>
    <message>
        <source>%1 new records</source>
        <translation>%1 bản ghi mới</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 cập nhật</translation>
    </message>
    <message>
        <source>%1 already here</source>
        <translation>%1 đã có</translation>
    </message>
    <message>
        <source>%1 with conflicts to decide</source>
        <translation>%1 có xung đột cần quyết định</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>không có gì cần làm</translation>
    </message>
    <message>
        <source>These fields were changed both here and in the package since the two last met. For each, tick the value to keep; records marked yellow still need a choice. Fields changed on one side only are merged without asking; nothing is written until you press Merge.</source>
        <translation>Các trường này đã bị sửa ở cả bên này lẫn trong gói kể từ lần hai bên khớp nhau gần nhất. Với mỗi trường, đánh dấu giá trị cần giữ; bản ghi tô vàng là còn chưa chọn. Trường chỉ sửa ở một bên được gộp mà không hỏi; chưa có gì được ghi cho tới khi bạn bấm Gộp.</translation>
    </message>
    <message>
        <source>No conflicts: every change is on one side only and will be merged as it is.</source>
        <translation>Không có xung đột: mỗi thay đổi chỉ ở một bên và sẽ được gộp nguyên như vậy.</translation>
    </message>
    <message>
        <source>Keep all of this database&apos;s values</source>
        <translation>Giữ mọi giá trị của bên này</translation>
    </message>
    <message>
        <source>Take all of the package&apos;s values</source>
        <translation>Lấy mọi giá trị của gói</translation>
    </message>
    <message>
        <source>%1 of %2 conflicting fields still to choose.</source>
        <translation>Còn %1 trên %2 trường xung đột cần chọn.</translation>
    </message>
    <message>
        <source>Every conflict is decided. Merge writes it all in one step, or nothing if anything goes wrong.</source>
        <translation>Mọi xung đột đã được quyết định. Gộp ghi tất cả trong một bước, hoặc không ghi gì nếu có lỗi.</translation>
    </message>
    <message>
        <source>Merge writes it all in one step, or nothing if anything goes wrong.</source>
        <translation>Gộp ghi tất cả trong một bước, hoặc không ghi gì nếu có lỗi.</translation>
    </message>
    <message>
        <source>not known (the two copies share no earlier version)</source>
        <translation>không rõ (hai bản không có phiên bản chung nào trước đó)</translation>
    </message>
    <message>
        <source>%1 — %2. Before both changes: %3</source>
        <translation>%1 — %2. Trước khi hai bên sửa: %3</translation>
    </message>
    <message>
        <source>Here: changed by %1, %2</source>
        <translation>Bên này: %1 sửa lúc %2</translation>
    </message>
    <message>
        <source>In the package: changed by %1, %2</source>
        <translation>Trong gói: %1 sửa lúc %2</translation>
    </message>
    <message>
        <source>Deleted in this database.</source>
        <translation>Đã bị xóa trong cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>Changed in the package after it was deleted here; take it to restore the record.</source>
        <translation>Đã được sửa trong gói sau khi bị xóa ở đây; chọn bên gói để khôi phục bản ghi.</translation>
    </message>
</context>
<context>
    <name>MergeFields</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên gọi</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Mức ưu tiên</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Province / city</source>
        <translation>Tỉnh / thành phố</translation>
    </message>
    <message>
        <source>Management board</source>
        <translation>Ban quản lý</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <source>Main products</source>
        <translation>Sản phẩm chính</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Công suất</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Số lao động</translation>
    </message>
    <message>
        <source>Shifts per day</source>
        <translation>Số ca mỗi ngày</translation>
    </message>
    <message>
        <source>Operating hours</source>
        <translation>Giờ vận hành</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Grid connection (tariff)</source>
        <translation>Cấp điện áp đấu nối (biểu giá)</translation>
    </message>
    <message>
        <source>Audit type</source>
        <translation>Loại đánh giá</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Auditors</source>
        <translation>Chuyên gia đánh giá</translation>
    </message>
    <message>
        <source>Enterprise reviewer</source>
        <translation>Người rà soát của doanh nghiệp</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>Dữ liệu tham chiếu</translation>
    </message>
    <message>
        <source>Baseline from</source>
        <translation>Đường cơ sở từ</translation>
    </message>
    <message>
        <source>Baseline to</source>
        <translation>Đường cơ sở đến</translation>
    </message>
    <message>
        <source>Grid emission factor year</source>
        <translation>Năm hệ số phát thải lưới điện</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Dạng năng lượng</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>Hệ số nhân</translation>
    </message>
    <message>
        <source>Rollover</source>
        <translation>Ngưỡng quay vòng</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Số sê-ri</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Kỳ từ</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Kỳ đến</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Người trả lời</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>RECP technique</source>
        <translation>Kỹ thuật RECP</translation>
    </message>
    <message>
        <source>Estimator</source>
        <translation>Công cụ ước tính</translation>
    </message>
    <message>
        <source>Estimator inputs</source>
        <translation>Dữ liệu vào của ước tính</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Kết quả ước tính</translation>
    </message>
    <message>
        <source>Investment: equipment</source>
        <translation>Đầu tư: thiết bị</translation>
    </message>
    <message>
        <source>Investment: installation</source>
        <translation>Đầu tư: lắp đặt</translation>
    </message>
    <message>
        <source>Investment: engineering</source>
        <translation>Đầu tư: thiết kế kỹ thuật</translation>
    </message>
    <message>
        <source>Investment: other</source>
        <translation>Đầu tư: khác</translation>
    </message>
    <message>
        <source>O&amp;M cost change</source>
        <translation>Thay đổi chi phí vận hành và bảo trì</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Tuổi thọ</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>Tỷ lệ chiết khấu</translation>
    </message>
    <message>
        <source>Industrial symbiosis</source>
        <translation>Cộng sinh công nghiệp</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Other savings (VND)</source>
        <translation>Tiết kiệm khác (VND)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Lượng</translation>
    </message>
    <message>
        <source>Cost savings (VND)</source>
        <translation>Tiết kiệm chi phí (VND)</translation>
    </message>
    <message>
        <source>CO2e (t)</source>
        <translation>CO2e (t)</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Tên tệp</translation>
    </message>
    <message>
        <source>(whole record)</source>
        <translation>(cả bản ghi)</translation>
    </message>
    <message>
        <source>(file content)</source>
        <translation>(nội dung tệp)</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 thêm mới</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 cập nhật</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 bỏ qua</translation>
    </message>
    <message>
        <source>%1 conflicting</source>
        <translation>%1 xung đột</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>không có gì</translation>
    </message>
</context>
<context>
    <name>MergeTables</name>
    <message>
        <source>Park</source>
        <translation>Khu công nghiệp</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Cuộc đánh giá</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Đồng hồ đo</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Sản lượng</translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation>Mẫu danh mục kiểm tra</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Mục danh mục kiểm tra</translation>
    </message>
    <message>
        <source>Checklist answer</source>
        <translation>Câu trả lời danh mục kiểm tra</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Cơ hội</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Khoản tiết kiệm</translation>
    </message>
    <message>
        <source>Photo or document (content)</source>
        <translation>Ảnh hoặc tài liệu (nội dung)</translation>
    </message>
    <message>
        <source>Photo or document</source>
        <translation>Ảnh hoặc tài liệu</translation>
    </message>
    <message>
        <source>Reference data set</source>
        <translation>Bộ dữ liệu tham chiếu</translation>
    </message>
    <message>
        <source>Reference factor</source>
        <translation>Hệ số tham chiếu</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>AuditDesk</source>
        <translation>AuditDesk</translation>
    </message>
</context>
<context>
    <name>MeterForm</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>e.g. Main incomer 22 kV</source>
        <translation>vd. Công tơ tổng 22 kV</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Loại năng lượng</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kiểu</translation>
    </message>
    <message>
        <source>Multiplier / CT ratio</source>
        <translation>Hệ số nhân / tỷ số TI</translation>
    </message>
    <message>
        <source>Rollover value</source>
        <translation>Ngưỡng quay vòng</translation>
    </message>
    <message>
        <source>e.g. 1000000 for a 6-digit register</source>
        <translation>vd. 1000000 cho mặt số 6 chữ số</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>Parent meter (sub-metering)</source>
        <translation>Đồng hồ cấp trên (đo phụ)</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Số sê-ri</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>%1 is not a unit of %2 (use a unit that converts to %3).</source>
        <translation>%1 không phải đơn vị của %2 (hãy dùng đơn vị quy đổi được sang %3).</translation>
    </message>
    <message>
        <source>Choose a meter of the same enterprise that is not this meter or one of its sub-meters.</source>
        <translation>Hãy chọn một đồng hồ của cùng doanh nghiệp, không phải chính nó hoặc đồng hồ cấp dưới của nó.</translation>
    </message>
</context>
<context>
    <name>MeterTableModel</name>
    <message>
        <source>Meter</source>
        <translation>Đồng hồ</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kiểu</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>Hệ số nhân</translation>
    </message>
    <message>
        <source>Rollover</source>
        <translation>Quay vòng</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>Parent meter</source>
        <translation>Đồng hồ cấp trên</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Số chỉ số</translation>
    </message>
    <message>
        <source>Last reading</source>
        <translation>Lần đọc cuối</translation>
    </message>
</context>
<context>
    <name>MetersBaseline</name>
    <message>
        <source>No production figures in the baseline period: no specific consumption or regression.</source>
        <translation>Không có số liệu sản lượng trong kỳ cơ sở: không tính được suất tiêu hao và hồi quy.</translation>
    </message>
    <message>
        <source>Production of %1: %2</source>
        <translation>Sản lượng %1: %2</translation>
    </message>
</context>
<context>
    <name>MetersCLI</name>
    <message>
        <source>Baseline %1 to %2 (reference data: %3)</source>
        <translation>Đường cơ sở từ %1 đến %2 (bộ số liệu tham chiếu: %3)</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Amount/yr</source>
        <translation>Lượng/năm</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Share GJ</source>
        <translation>Tỷ trọng GJ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>Biogenic CO2 (not in the total): %1 t</source>
        <translation>CO2 sinh học (không cộng vào tổng): %1 t</translation>
    </message>
    <message>
        <source>Key energy user: %1 TOE/yr, at least 1,000 TOE/yr (Law 50/2010/QH12).</source>
        <translation>Cơ sở sử dụng năng lượng trọng điểm: %1 TOE/năm, từ 1.000 TOE/năm trở lên (Luật 50/2010/QH12).</translation>
    </message>
    <message>
        <source>Not a key energy user: %1 TOE/yr, below 1,000 TOE/yr.</source>
        <translation>Không phải cơ sở sử dụng năng lượng trọng điểm: %1 TOE/năm, dưới 1.000 TOE/năm.</translation>
    </message>
    <message>
        <source>Against production of %1 (%2):</source>
        <translation>So với sản lượng %1 (%2):</translation>
    </message>
    <message>
        <source>All energy</source>
        <translation>Tổng năng lượng</translation>
    </message>
    <message>
        <source>fixed %1 %2/month + %3 %2 per %4, R² %5 (%6 months)</source>
        <translation>cố định %1 %2/tháng + %3 %2 trên mỗi %4, R² %5 (%6 tháng)</translation>
    </message>
    <message>
        <source>“%1” is not a month: write YYYY-MM, e.g. 2024-03.</source>
        <translation>“%1” không phải là tháng: hãy viết YYYY-MM, vd. 2024-03.</translation>
    </message>
    <message>
        <source>Give both --from and --to, or neither.</source>
        <translation>Hãy cho cả --from và --to, hoặc bỏ cả hai.</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to trước --from.</translation>
    </message>
    <message>
        <source>No database at %1.</source>
        <translation>Không có cơ sở dữ liệu tại %1.</translation>
    </message>
    <message>
        <source>No audit with the id or title “%1”.</source>
        <translation>Không có cuộc kiểm toán nào có mã hoặc tên “%1”.</translation>
    </message>
    <message>
        <source>row %1, column “%2”</source>
        <translation>dòng %1, cột “%2”</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>dòng %1</translation>
    </message>
    <message>
        <source>column “%1”</source>
        <translation>cột “%1”</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>Nothing imported: %1 rows have problems and all or nothing was asked. Fix them, or import only the %2 valid rows (--valid-only).</source>
        <translation>Chưa nhập gì: %1 dòng có lỗi và đã yêu cầu tất cả hoặc không. Hãy sửa các dòng đó, hoặc chỉ nhập %2 dòng hợp lệ (--valid-only).</translation>
    </message>
    <message>
        <source>Dry run: %1 readings would be stored in %2, %3 are already stored, %4 rows have problems. Nothing was written.</source>
        <translation>Chạy thử: %1 chỉ số sẽ được lưu vào %2, %3 chỉ số đã có sẵn, %4 dòng có lỗi. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>Imported %1 readings into %2; %3 were already stored (skipped); %4 rows with problems were left out.</source>
        <translation>Đã nhập %1 chỉ số vào %2; %3 chỉ số đã có sẵn (bỏ qua); %4 dòng có lỗi không được nhập.</translation>
    </message>
    <message>
        <source>Unknown date format “%1”. Use one of: %2, or a strftime pattern.</source>
        <translation>Định dạng ngày “%1” không hợp lệ. Hãy dùng một trong: %2, hoặc một mẫu strftime.</translation>
    </message>
    <message>
        <source>No meter with the id or name “%1”.</source>
        <translation>Không có đồng hồ nào có mã hoặc tên “%1”.</translation>
    </message>
    <message>
        <source>Name the date and value columns (--date-column, --value-column). The file&apos;s columns are: %1</source>
        <translation>Hãy chỉ rõ cột ngày và cột giá trị (--date-column, --value-column). Các cột của tệp: %1</translation>
    </message>
</context>
<context>
    <name>MetersFeature</name>
    <message>
        <source>Meters and readings</source>
        <translation>Đồng hồ và chỉ số</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Sản lượng</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Đường cơ sở</translation>
    </message>
</context>
<context>
    <name>MetersFormat</name>
    <message>
        <source>“%1” is not a number (example: %2).</source>
        <extracomment>Units offered for meters and production (stored as written here).</extracomment>
        <translation>“%1” không phải là số (ví dụ: %2).</translation>
    </message>
</context>
<context>
    <name>MetersImport</name>
    <message>
        <source>Choose the product column, or type the product&apos;s name.</source>
        <extracomment>The date formats offered by name (command line and import dialog) -&gt; strftime pattern.</extracomment>
        <translation>Hãy chọn cột sản phẩm, hoặc nhập tên sản phẩm.</translation>
    </message>
</context>
<context>
    <name>MetersTab</name>
    <message>
        <source>Add meter…</source>
        <translation>Thêm đồng hồ…</translation>
    </message>
    <message>
        <source>Edit meter…</source>
        <translation>Sửa đồng hồ…</translation>
    </message>
    <message>
        <source>Delete meter…</source>
        <translation>Xóa đồng hồ…</translation>
    </message>
    <message>
        <source>Meters</source>
        <translation>Đồng hồ đo</translation>
    </message>
    <message>
        <source>New meter</source>
        <translation>Đồng hồ mới</translation>
    </message>
    <message>
        <source>Meter %1</source>
        <translation>Đồng hồ %1</translation>
    </message>
    <message>
        <source>Delete the meter %1 and its %2 readings? Its sub-meters stay, without a parent.</source>
        <translation>Xóa đồng hồ %1 và %2 chỉ số của nó? Các đồng hồ cấp dưới vẫn giữ lại, không còn cấp trên.</translation>
    </message>
</context>
<context>
    <name>MonthlyTableModel</name>
    <message>
        <source>Carrier (unit)</source>
        <translation>Loại (đơn vị)</translation>
    </message>
    <message>
        <source>Production (%1)</source>
        <translation>Sản lượng (%1)</translation>
    </message>
    <message>
        <source>%1 of %2 days covered by readings</source>
        <translation>%1 trên %2 ngày có chỉ số</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>Parks, enterprises and audits</source>
        <translation>KCN, doanh nghiệp và cuộc đánh giá</translation>
    </message>
</context>
<context>
    <name>OpportunityEditor</name>
    <message>
        <source>code</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>What is to be done, and where</source>
        <translation>Làm gì, ở đâu</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ví dụ</translation>
    </message>
    <message>
        <source>Fill in the estimator&apos;s published worked example</source>
        <translation>Điền ví dụ tính toán đã công bố của phương pháp này</translation>
    </message>
    <message>
        <source>Estimator</source>
        <translation>Phương pháp tính</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Ước tính</translation>
    </message>
    <message>
        <source>Costs and finance</source>
        <translation>Tài chính</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <source>Read-only: shown, not editable.</source>
        <translation>Chỉ đọc: xem được, không sửa được.</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Đã lưu mọi thay đổi.</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <source>Saved, except the value marked in red.</source>
        <translation>Đã lưu, trừ giá trị đánh dấu màu đỏ.</translation>
    </message>
    <message>
        <source>Not saved: correct the value marked in red; the rest of the estimate keeps its last saved values.</source>
        <translation>Chưa lưu: hãy sửa giá trị đánh dấu màu đỏ; phần còn lại của ước tính giữ giá trị đã lưu gần nhất.</translation>
    </message>
    <message>
        <source>&lt;i&gt;No result until the marked value is corrected.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Chưa có kết quả cho đến khi giá trị được đánh dấu được sửa.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Đang sửa…</translation>
    </message>
</context>
<context>
    <name>OpportunityPane</name>
    <message>
        <source>Accept</source>
        <translation>Chấp nhận</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Lên lịch</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Từ chối…</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Rút đề xuất</translation>
    </message>
    <message>
        <source>Propose again</source>
        <translation>Đề xuất lại</translation>
    </message>
    <message>
        <source>The auditor&apos;s RECP sort of this option</source>
        <translation>Phân loại RECP của chuyên gia cho giải pháp này</translation>
    </message>
    <message>
        <source>RECP sort: —</source>
        <translation>Phân loại RECP: —</translation>
    </message>
    <message>
        <source>RECP sort: %1</source>
        <translation>Phân loại RECP: %1</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Lịch sử…</translation>
    </message>
    <message>
        <source>Comments on this opportunity</source>
        <translation>Ý kiến về cơ hội này</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Trạng thái: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Lý do: %1</translation>
    </message>
    <message>
        <source>Technique: %1</source>
        <translation>Kỹ thuật: %1</translation>
    </message>
    <message>
        <source>Decided by the %1 (your role: %2).</source>
        <translation>Do %1 quyết định (vai trò của bạn: %2).</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <source>entry %1, line %2</source>
        <translation>mục %1, dòng %2</translation>
    </message>
    <message>
        <source>The package %1 was refused: %2 Nothing was changed.</source>
        <translation>Gói %1 bị từ chối: %2 Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>an empty name or one with a NUL character</source>
        <translation>tên rỗng hoặc có ký tự NUL</translation>
    </message>
    <message>
        <source>an absolute path</source>
        <translation>đường dẫn tuyệt đối</translation>
    </message>
    <message>
        <source>a backslash in the path</source>
        <translation>dấu gạch chéo ngược trong đường dẫn</translation>
    </message>
    <message>
        <source>a “..”, “.” or empty part in the path</source>
        <translation>thành phần “..”, “.” hoặc rỗng trong đường dẫn</translation>
    </message>
    <message>
        <source>there is no such file.</source>
        <translation>không có tệp này.</translation>
    </message>
    <message>
        <source>it is not a zip file, or it is damaged or incomplete (a copy that did not finish?): %1.</source>
        <translation>đây không phải tệp zip, hoặc tệp bị hỏng hay không đầy đủ (sao chép chưa xong?): %1.</translation>
    </message>
    <message>
        <source>the checksum of entry %1 does not match the manifest: the file is damaged or was altered.</source>
        <translation>mã kiểm tra của mục %1 không khớp với bảng kê: tệp bị hỏng hoặc đã bị sửa.</translation>
    </message>
    <message>
        <source>Checking the package…</source>
        <translation>Đang kiểm tra gói…</translation>
    </message>
    <message>
        <source>it has %1 entries, more than the limit of %2.</source>
        <translation>gói có %1 mục, vượt giới hạn %2.</translation>
    </message>
    <message>
        <source>entry “%1” has %2.</source>
        <translation>mục “%1” có %2.</translation>
    </message>
    <message>
        <source>entry %1 appears twice.</source>
        <translation>mục %1 xuất hiện hai lần.</translation>
    </message>
    <message>
        <source>entry %1 is encrypted.</source>
        <translation>mục %1 bị mã hóa.</translation>
    </message>
    <message>
        <source>entry %1 uses a compression AuditDesk does not write.</source>
        <translation>mục %1 dùng kiểu nén mà AuditDesk không tạo ra.</translation>
    </message>
    <message>
        <source>it would unpack to more than %1 MB (a zip bomb?).</source>
        <translation>khi giải nén gói sẽ lớn hơn %1 MB (bom nén zip?).</translation>
    </message>
    <message>
        <source>entry %1 would unpack to %2 times its packed size, more than the limit of %3 (a zip bomb?).</source>
        <translation>mục %1 khi giải nén sẽ lớn gấp %2 lần kích thước nén, vượt giới hạn %3 (bom nén zip?).</translation>
    </message>
    <message>
        <source>entry %1 is damaged (%2).</source>
        <translation>mục %1 bị hỏng (%2).</translation>
    </message>
    <message>
        <source>its size is wrong</source>
        <translation>kích thước không đúng</translation>
    </message>
    <message>
        <source>its manifest is not valid (%1).</source>
        <translation>bảng kê của gói không hợp lệ (%1).</translation>
    </message>
    <message>
        <source>it has no manifest, so it is not an AuditDesk package.</source>
        <translation>gói không có bảng kê nên không phải gói AuditDesk.</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>quá lớn</translation>
    </message>
    <message>
        <source>its manifest does not describe an AuditDesk package.</source>
        <translation>bảng kê không mô tả một gói AuditDesk.</translation>
    </message>
    <message>
        <source>it was made by a newer AuditDesk (%1, package format %2; this AuditDesk reads format %3). Update AuditDesk to merge it.</source>
        <translation>gói được tạo bằng AuditDesk mới hơn (%1, định dạng gói %2; AuditDesk này đọc định dạng %3). Hãy cập nhật AuditDesk để gộp gói.</translation>
    </message>
    <message>
        <source>it was made by a newer AuditDesk (%1, database version %2; this AuditDesk reads up to %3). Update AuditDesk to merge it.</source>
        <translation>gói được tạo bằng AuditDesk mới hơn (%1, phiên bản cơ sở dữ liệu %2; AuditDesk này đọc tới %3). Hãy cập nhật AuditDesk để gộp gói.</translation>
    </message>
    <message>
        <source>entry %1 is listed in the manifest but missing from the file (an incomplete copy?).</source>
        <translation>mục %1 có trong bảng kê nhưng không có trong tệp (bản sao chưa đầy đủ?).</translation>
    </message>
    <message>
        <source>entry %1 is not listed in the manifest.</source>
        <translation>mục %1 không có trong bảng kê.</translation>
    </message>
    <message>
        <source>entry %1 has a different size than the manifest says.</source>
        <translation>mục %1 có kích thước khác với bảng kê.</translation>
    </message>
    <message>
        <source>the photo in entry %1 does not match its name: the file is damaged or was altered.</source>
        <translation>ảnh trong mục %1 không khớp với tên của nó: tệp bị hỏng hoặc đã bị sửa.</translation>
    </message>
    <message>
        <source>entry %1, line %2 is not valid JSON (%3).</source>
        <translation>mục %1, dòng %2 không phải JSON hợp lệ (%3).</translation>
    </message>
    <message>
        <source>entry %1, line %2: %3</source>
        <translation>mục %1, dòng %2: %3</translation>
    </message>
    <message>
        <source>entry %1 holds %2 records but the manifest says %3.</source>
        <translation>mục %1 chứa %2 bản ghi nhưng bảng kê ghi %3.</translation>
    </message>
    <message>
        <source>expected a list of %1 values (%2).</source>
        <translation>cần một danh sách %1 giá trị (%2).</translation>
    </message>
    <message>
        <source>the value of “%1” is neither text, a number nor a stored photo.</source>
        <translation>giá trị của “%1” không phải văn bản, số hay ảnh được lưu.</translation>
    </message>
    <message>
        <source>a history row must list at, user, entity, entity_id, op, field, old and new.</source>
        <translation>một dòng lịch sử phải gồm at, user, entity, entity_id, op, field, old và new.</translation>
    </message>
    <message>
        <source>a history row needs its time, user, record and operation.</source>
        <translation>một dòng lịch sử cần thời điểm, người dùng, bản ghi và thao tác.</translation>
    </message>
    <message>
        <source>the field, old and new values of a history row are text.</source>
        <translation>trường, giá trị cũ và mới của một dòng lịch sử phải là văn bản.</translation>
    </message>
    <message>
        <source>a merged-version row must be [table, key, values].</source>
        <translation>một dòng phiên bản đã gộp phải có dạng [bảng, khóa, giá trị].</translation>
    </message>
    <message>
        <source>No audit with id %1 in this database.</source>
        <translation>Không có cuộc đánh giá nào có mã %1 trong cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>Choose at least one audit to export.</source>
        <translation>Hãy chọn ít nhất một cuộc đánh giá để xuất.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <source>The audits could not be read from %1 (%2). No package was written.</source>
        <translation>Không đọc được các cuộc đánh giá từ %1 (%2). Chưa ghi gói nào.</translation>
    </message>
</context>
<context>
    <name>ParkPage</name>
    <message>
        <source>Enterprises (%1)</source>
        <translation>Doanh nghiệp (%1)</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>Cuộc đánh giá</translation>
    </message>
</context>
<context>
    <name>PhotoAnswer</name>
    <message>
        <source>Answer this item with photos: add them from files, or drop them on this item.</source>
        <translation>Trả lời câu này bằng ảnh: thêm ảnh từ tệp, hoặc kéo thả ảnh vào câu này.</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <source>Caption</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <source>Delete photo</source>
        <translation>Xóa ảnh</translation>
    </message>
    <message>
        <source>Delete this photo from the item?</source>
        <translation>Xóa ảnh này khỏi câu hỏi?</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>The file looks like an image but cannot be read (%1).</source>
        <translation>Tệp có vẻ là ảnh nhưng không đọc được (%1).</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Thêm ảnh…</translation>
    </message>
    <message>
        <source>Add photos from files (Ctrl+Shift+P), or drop them on this item</source>
        <translation>Thêm ảnh từ tệp (Ctrl+Shift+P), hoặc kéo thả ảnh vào câu này</translation>
    </message>
    <message>
        <source>No photos.</source>
        <translation>Không có ảnh.</translation>
    </message>
    <message>
        <source>Drop photos here.</source>
        <translation>Thả ảnh vào đây.</translation>
    </message>
    <message>
        <source>No photos yet: drop them here, or add them from files.</source>
        <translation>Chưa có ảnh: thả ảnh vào đây, hoặc thêm từ tệp.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Thêm ảnh</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Reading photos…</source>
        <translation>Đang đọc ảnh…</translation>
    </message>
    <message>
        <source>%1 is already attached to this item; it was not added again.</source>
        <translation>%1 đã được đính kèm vào câu này; không thêm lại.</translation>
    </message>
    <message>
        <source>Photos not added</source>
        <translation>Ảnh không được thêm</translation>
    </message>
    <message>
        <source>Opening the photo…</source>
        <translation>Đang mở ảnh…</translation>
    </message>
    <message>
        <source>Remove the photo “%1” from this item?</source>
        <translation>Gỡ ảnh “%1” khỏi câu này?</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <source>%1 is empty; it is not a photo.</source>
        <translation>%1 trống; đây không phải là ảnh.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; photos of up to %3 MB can be attached. Take it again at a lower resolution, or shrink it, and add it again.</source>
        <translation>%1 nặng %2 MB; chỉ đính kèm được ảnh tối đa %3 MB. Hãy chụp lại ở độ phân giải thấp hơn hoặc thu nhỏ ảnh rồi thêm lại.</translation>
    </message>
    <message>
        <source>%1 is a HEIC/HEIF photo, which AuditDesk cannot show. Set the camera to JPEG (“Most compatible”) or convert the photo, and add it again.</source>
        <translation>%1 là ảnh HEIC/HEIF, AuditDesk không hiển thị được. Hãy đặt máy ảnh sang JPEG (“Tương thích nhất”) hoặc chuyển đổi ảnh rồi thêm lại.</translation>
    </message>
    <message>
        <source>%1 is not an image AuditDesk can show (JPEG, PNG, WebP, GIF or BMP).</source>
        <translation>%1 không phải là ảnh AuditDesk hiển thị được (JPEG, PNG, WebP, GIF hoặc BMP).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>The photo&apos;s data is missing from the database.</source>
        <translation>Cơ sở dữ liệu thiếu dữ liệu của ảnh này.</translation>
    </message>
</context>
<context>
    <name>PortfolioDashboard</name>
    <message>
        <source>Portfolio dashboard</source>
        <translation>Bảng tổng quan danh mục</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Danh mục đánh giá</translation>
    </message>
    <message>
        <source>The audits the filters select, as the roll-up workbook adds them up: rejected opportunities left out, industrial symbiosis counted apart.</source>
        <translation>Các đợt đánh giá theo bộ lọc, cộng như trong sổ tính tổng hợp: không tính giải pháp bị từ chối, cộng sinh công nghiệp tính riêng.</translation>
    </message>
    <message>
        <source>All parks</source>
        <translation>Tất cả KCN</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Tất cả các năm</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>KCN</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Audit status</source>
        <translation>Trạng thái đánh giá</translation>
    </message>
    <message>
        <source>Replace enterprise names by Enterprise 001, 002 …</source>
        <translation>Thay tên doanh nghiệp bằng Doanh nghiệp 001, 002 …</translation>
    </message>
    <message>
        <source>Export roll-up workbook…</source>
        <translation>Xuất sổ tính tổng hợp…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Adding up the portfolio…</source>
        <translation>Đang tổng hợp danh mục…</translation>
    </message>
    <message>
        <source>%1 RECP solutions proposed for %2 enterprises, saving %3 kWh/yr, %4 m³/yr, %5 USD/yr and %6 tCO2e/yr; %7 industrial-symbiosis solutions counted apart.</source>
        <translation>%1 giải pháp RECP được đề xuất cho %2 doanh nghiệp, tiết kiệm %3 kWh/năm, %4 m³/năm, %5 USD/năm và %6 tCO2e/năm; %7 giải pháp cộng sinh công nghiệp được tính riêng.</translation>
    </message>
    <message>
        <source>No audit matches these filters.</source>
        <translation>Không có đợt đánh giá nào khớp với bộ lọc.</translation>
    </message>
    <message>
        <source>RECP solutions</source>
        <translation>Giải pháp RECP</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Electricity saved</source>
        <translation>Điện tiết kiệm</translation>
    </message>
    <message>
        <source>Water saved</source>
        <translation>Nước tiết kiệm</translation>
    </message>
    <message>
        <source>m³/yr</source>
        <translation>m³/năm</translation>
    </message>
    <message>
        <source>Cost savings</source>
        <translation>Tiết kiệm chi phí</translation>
    </message>
    <message>
        <source>Emissions avoided</source>
        <translation>Phát thải giảm được</translation>
    </message>
    <message>
        <source>tCO2e/yr</source>
        <translation>tCO2e/năm</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Vốn đầu tư</translation>
    </message>
    <message>
        <source>million ₫</source>
        <translation>triệu ₫</translation>
    </message>
    <message>
        <source>Industrial-symbiosis solutions</source>
        <translation>Giải pháp cộng sinh công nghiệp</translation>
    </message>
    <message>
        <source>Cost savings by park</source>
        <translation>Tiết kiệm chi phí theo KCN</translation>
    </message>
    <message>
        <source>Million ₫/yr</source>
        <translation>Triệu ₫/năm</translation>
    </message>
    <message>
        <source>%1 solutions, %2 tCO2e/yr</source>
        <translation>%1 giải pháp, %2 tCO2e/năm</translation>
    </message>
    <message>
        <source>Solutions by RECP technique</source>
        <translation>Giải pháp theo kỹ thuật RECP</translation>
    </message>
    <message>
        <source>RECP technique</source>
        <translation>Kỹ thuật RECP</translation>
    </message>
    <message>
        <source>Opportunities by status</source>
        <translation>Giải pháp theo trạng thái</translation>
    </message>
    <message>
        <source>Number of opportunities</source>
        <translation>Số giải pháp</translation>
    </message>
    <message>
        <source>RECP</source>
        <translation>RECP</translation>
    </message>
    <message>
        <source>Industrial symbiosis</source>
        <translation>Cộng sinh công nghiệp</translation>
    </message>
    <message>
        <source>Consistency checks: %1 issue(s) to look at before the roll-up.</source>
        <translation>Kiểm tra tính nhất quán: %1 vấn đề cần xem trước khi tổng hợp.</translation>
    </message>
    <message>
        <source>Consistency checks: nothing to fix.</source>
        <translation>Kiểm tra tính nhất quán: không có gì cần sửa.</translation>
    </message>
    <message>
        <source>The checks found %1 issue(s). Export the roll-up anyway? They are listed under the Summary table of the workbook.</source>
        <translation>Phần kiểm tra tìm thấy %1 vấn đề. Vẫn xuất sổ tính tổng hợp? Các vấn đề sẽ được liệt kê dưới bảng Summary của sổ tính.</translation>
    </message>
    <message>
        <source>Export roll-up workbook</source>
        <translation>Xuất sổ tính tổng hợp</translation>
    </message>
    <message>
        <source>Writing the roll-up workbook…</source>
        <translation>Đang ghi sổ tính tổng hợp…</translation>
    </message>
    <message>
        <source>Wrote %1: %2 audits of %3 enterprises, %4 opportunities.</source>
        <translation>Đã ghi %1: %2 đợt đánh giá của %3 doanh nghiệp, %4 giải pháp.</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
</context>
<context>
    <name>ProblemTableModel</name>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Text in the file</source>
        <translation>Nội dung trong tệp</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tệp</translation>
    </message>
</context>
<context>
    <name>ProductionForm</name>
    <message>
        <source>First day</source>
        <translation>Ngày đầu</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ngày cuối</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Sản lượng</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Enter the unit (e.g. t).</source>
        <translation>Hãy nhập đơn vị (vd. t).</translation>
    </message>
</context>
<context>
    <name>ProductionImportDialog</name>
    <message>
        <source>Import production figures</source>
        <translation>Nhập số liệu sản lượng</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Ngày đầu</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ngày cuối</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Sản lượng</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>when the file has no product column</source>
        <translation>khi tệp không có cột sản phẩm</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Tên sản phẩm</translation>
    </message>
    <message>
        <source>Store quantities in</source>
        <translation>Lưu sản lượng theo đơn vị</translation>
    </message>
</context>
<context>
    <name>ProductionModelTable</name>
    <message>
        <source>Consumption of</source>
        <translation>Tiêu thụ</translation>
    </message>
    <message>
        <source>Specific (per %1)</source>
        <translation>Suất tiêu hao (trên %1)</translation>
    </message>
    <message>
        <source>Fixed part (per month)</source>
        <translation>Phần cố định (mỗi tháng)</translation>
    </message>
    <message>
        <source>Variable part (per %1)</source>
        <translation>Phần biến đổi (trên %1)</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Số tháng</translation>
    </message>
    <message>
        <source>Least squares: consumption = fixed part + variable part × production, over the complete months</source>
        <translation>Bình phương tối thiểu: tiêu thụ = phần cố định + phần biến đổi × sản lượng, trên các tháng đủ số liệu</translation>
    </message>
</context>
<context>
    <name>ProductionTab</name>
    <message>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Delete selected…</source>
        <translation>Xóa các dòng đã chọn…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Nhập từ tệp…</translation>
    </message>
    <message>
        <source>Production records</source>
        <translation>Số liệu sản lượng</translation>
    </message>
    <message>
        <source>New production record</source>
        <translation>Số liệu sản lượng mới</translation>
    </message>
    <message>
        <source>Production record</source>
        <translation>Số liệu sản lượng</translation>
    </message>
    <message>
        <source>Select the records to delete first.</source>
        <translation>Hãy chọn các dòng cần xóa trước.</translation>
    </message>
    <message>
        <source>Delete %1 production records?</source>
        <translation>Xóa %1 dòng số liệu sản lượng?</translation>
    </message>
</context>
<context>
    <name>ProductionTableModel</name>
    <message>
        <source>First day</source>
        <translation>Ngày đầu</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ngày cuối</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Sản lượng</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Tăng</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Giảm</translation>
    </message>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Xem chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>K&amp;hông với tất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Đóng không lưu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>ReadingGrid</name>
    <message>
        <source>Add reading…</source>
        <translation>Thêm chỉ số…</translation>
    </message>
    <message>
        <source>Delete selected…</source>
        <translation>Xóa các dòng đã chọn…</translation>
    </message>
    <message>
        <source>Import readings…</source>
        <translation>Nhập chỉ số từ tệp…</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Months and years</source>
        <translation>Theo tháng và năm</translation>
    </message>
    <message>
        <source>%1 readings</source>
        <translation>%1 chỉ số</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>đang kiểm tra…</translation>
    </message>
    <message>
        <source>The readings could not be checked: %1</source>
        <translation>Không kiểm tra được các chỉ số: %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>đủ</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>một phần</translation>
    </message>
    <message>
        <source>no readings</source>
        <translation>không có chỉ số</translation>
    </message>
    <message>
        <source>Consumption (%1)</source>
        <translation>Tiêu thụ (%1)</translation>
    </message>
    <message>
        <source>Days covered</source>
        <translation>Số ngày có số liệu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Select the readings to delete first.</source>
        <translation>Hãy chọn các chỉ số cần xóa trước.</translation>
    </message>
    <message>
        <source>Delete %1 readings of %2? The change history keeps them.</source>
        <translation>Xóa %1 chỉ số của %2? Lịch sử thay đổi vẫn lưu lại chúng.</translation>
    </message>
</context>
<context>
    <name>ReadingImportDialog</name>
    <message>
        <source>Import readings into %1</source>
        <translation>Nhập chỉ số vào %1</translation>
    </message>
    <message>
        <source>Date (or date and time)</source>
        <translation>Ngày (hoặc ngày và giờ)</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Giờ trong ngày</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Meter (when the file has several)</source>
        <translation>Đồng hồ (khi tệp có nhiều đồng hồ)</translation>
    </message>
    <message>
        <source>as the meter (%1)</source>
        <translation>như đồng hồ (%1)</translation>
    </message>
    <message>
        <source>Unit of the values</source>
        <translation>Đơn vị của giá trị</translation>
    </message>
    <message>
        <source>Source of the readings</source>
        <translation>Nguồn chỉ số</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Đồng hồ</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Ngày giờ</translation>
    </message>
    <message>
        <source>Reading (%1)</source>
        <translation>Chỉ số (%1)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
</context>
<context>
    <name>ReadingTableModel</name>
    <message>
        <source>Date and time</source>
        <translation>Ngày giờ</translation>
    </message>
    <message>
        <source>Reading (%1)</source>
        <translation>Chỉ số (%1)</translation>
    </message>
    <message>
        <source>Consumption (%1)</source>
        <translation>Tiêu thụ (%1)</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>A reading cannot be negative.</source>
        <translation>Chỉ số không thể âm.</translation>
    </message>
    <message>
        <source>Unknown source.</source>
        <translation>Nguồn không hợp lệ.</translation>
    </message>
    <message>
        <source>This column cannot be edited.</source>
        <translation>Không sửa được cột này.</translation>
    </message>
    <message>
        <source>There is already a reading at %1.</source>
        <translation>Đã có chỉ số lúc %1.</translation>
    </message>
    <message>
        <source>Row %1, %2: %3 Nothing was changed.</source>
        <translation>Dòng %1, %2: %3 Chưa thay đổi gì.</translation>
    </message>
</context>
<context>
    <name>Readings</name>
    <message>
        <source>The register passed its rollover value; counted across it.</source>
        <extracomment>Intervals with any of these flags are shown but never summed.</extracomment>
        <translation>Bộ đếm đã quay vòng qua giá trị tối đa; đã tính tiêu thụ qua điểm quay vòng.</translation>
    </message>
    <message>
        <source>Negative consumption (a drop that is not a rollover): not counted.</source>
        <translation>Tiêu thụ âm (chỉ số giảm nhưng không phải quay vòng): không được tính.</translation>
    </message>
    <message>
        <source>Unusually high compared with this meter&apos;s history.</source>
        <translation>Cao bất thường so với lịch sử của đồng hồ này.</translation>
    </message>
    <message>
        <source>First period: its start is assumed one interval earlier.</source>
        <translation>Kỳ đầu tiên: thời điểm bắt đầu được giả định sớm hơn một khoảng đo.</translation>
    </message>
    <message>
        <source>The period&apos;s start is unknown (a single reading): not counted.</source>
        <translation>Không rõ thời điểm bắt đầu của kỳ (chỉ có một chỉ số): không được tính.</translation>
    </message>
    <message>
        <source>Longer than usual: consumption is spread evenly over the gap.</source>
        <translation>Dài hơn bình thường: lượng tiêu thụ được chia đều cho khoảng trống.</translation>
    </message>
    <message>
        <source>Two readings at the same moment: not counted.</source>
        <translation>Hai chỉ số cùng một thời điểm: không được tính.</translation>
    </message>
    <message>
        <source>Rollover</source>
        <translation>Quay vòng</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Âm</translation>
    </message>
    <message>
        <source>Spike</source>
        <translation>Đột biến</translation>
    </message>
    <message>
        <source>Assumed start</source>
        <translation>Giả định điểm đầu</translation>
    </message>
    <message>
        <source>No start</source>
        <translation>Không có điểm đầu</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Khoảng trống</translation>
    </message>
    <message>
        <source>Same time</source>
        <translation>Trùng thời điểm</translation>
    </message>
    <message>
        <source>Not a valid date-time: %1</source>
        <translation>Không phải ngày giờ hợp lệ: %1</translation>
    </message>
    <message>
        <source>Unknown unit: %1</source>
        <extracomment>unit -&gt; (dimension, factor to the dimension&apos;s base unit: kWh, m3, kg).</extracomment>
        <translation>Đơn vị không xác định: %1</translation>
    </message>
    <message>
        <source>Cannot convert %1 to %2.</source>
        <translation>Không thể quy đổi %1 sang %2.</translation>
    </message>
    <message>
        <source>No price for %1: its cost is not counted.</source>
        <translation>Chưa có đơn giá cho %1: chi phí không được tính.</translation>
    </message>
    <message>
        <source>No grid emission factor for %1.</source>
        <translation>Chưa có hệ số phát thải lưới điện năm %1.</translation>
    </message>
    <message>
        <source>Purchased steam has no emission factor: not counted in tCO2e.</source>
        <translation>Hơi mua ngoài chưa có hệ số phát thải: không tính vào tCO2e.</translation>
    </message>
    <message>
        <source>Meter %1 has a parent that is not in the list.</source>
        <translation>Đồng hồ %1 có đồng hồ cấp trên không nằm trong danh sách.</translation>
    </message>
    <message>
        <source>Meter %1 is left out: %2</source>
        <translation>Đồng hồ %1 bị bỏ qua: %2</translation>
    </message>
    <message>
        <source>Meter %1 has no readings in the baseline period.</source>
        <translation>Đồng hồ %1 không có chỉ số nào trong giai đoạn cơ sở.</translation>
    </message>
    <message>
        <source>%1: months not fully covered by readings: %2.</source>
        <translation>%1: các tháng chưa có đủ chỉ số: %2.</translation>
    </message>
    <message>
        <source>At least 3 months with consumption and production are needed.</source>
        <translation>Cần ít nhất 3 tháng có cả số liệu tiêu thụ và sản lượng.</translation>
    </message>
    <message>
        <source>Production is the same every month: no regression is possible.</source>
        <translation>Sản lượng các tháng như nhau: không thể lập hồi quy.</translation>
    </message>
    <message>
        <source>This file cannot be read: %1</source>
        <translation>Không đọc được tệp này: %1</translation>
    </message>
    <message>
        <source>The file is %1 MB, above the import limit of %2 MB. Split it (for example by year) or leave out the columns you do not need.</source>
        <translation>Tệp có dung lượng %1 MB, vượt giới hạn nhập %2 MB. Hãy tách tệp (ví dụ theo năm) hoặc bỏ bớt các cột không cần.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Tệp trống.</translation>
    </message>
    <message>
        <source>The file has no data rows below the header.</source>
        <translation>Tệp không có dòng dữ liệu nào bên dưới dòng tiêu đề.</translation>
    </message>
    <message>
        <source>%1 files cannot be read: save the sheet as .xlsx or CSV first.</source>
        <translation>Không đọc được tệp %1: hãy lưu bảng tính dưới dạng .xlsx hoặc CSV trước.</translation>
    </message>
    <message>
        <source>Unknown encoding: %1</source>
        <translation>Bảng mã không xác định: %1</translation>
    </message>
    <message>
        <source>The workbook has no sheet named %1.</source>
        <translation>Sổ tính không có trang tính nào tên %1.</translation>
    </message>
    <message>
        <source>Row %1 cannot be read: %2</source>
        <translation>Không đọc được dòng %1: %2</translation>
    </message>
    <message>
        <source>No header row found: a row naming the columns (such as Date, Value) must come just before the first row of data. Choose the header row.</source>
        <translation>Không tìm thấy dòng tiêu đề: ngay trước dòng dữ liệu đầu tiên phải có một dòng ghi tên các cột (ví dụ Ngày, Giá trị). Hãy chọn dòng tiêu đề.</translation>
    </message>
    <message>
        <source>Row %1 is empty: it cannot be the header.</source>
        <translation>Dòng %1 trống: không thể dùng làm dòng tiêu đề.</translation>
    </message>
    <message>
        <source>No column named “%1” in the file. Its columns are: %2.</source>
        <translation>Tệp không có cột nào tên “%1”. Các cột của tệp: %2.</translation>
    </message>
    <message>
        <source>Choose a month column, or start and end columns.</source>
        <translation>Hãy chọn cột tháng, hoặc cột ngày bắt đầu và cột ngày kết thúc.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Cột %1</translation>
    </message>
    <message>
        <source>This row is not valid %1 text: the file probably uses another encoding (for example Windows-1258). Choose the file&apos;s encoding and import again.</source>
        <translation>Dòng này không phải văn bản %1 hợp lệ: có lẽ tệp dùng bảng mã khác (ví dụ Windows-1258). Hãy chọn bảng mã của tệp và nhập lại.</translation>
    </message>
    <message>
        <source>This row has %1 cells but the header only %2: a decimal comma in a comma-separated file, or a stray delimiter?</source>
        <translation>Dòng này có %1 ô nhưng dòng tiêu đề chỉ có %2: có thể do dấu phẩy thập phân trong tệp phân cách bằng dấu phẩy, hoặc thừa dấu phân cách?</translation>
    </message>
    <message>
        <source>The value is empty.</source>
        <translation>Giá trị trống.</translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation>Không phải là số.</translation>
    </message>
    <message>
        <source>Not a number (the decimal mark of this file is “%1”).</source>
        <translation>Không phải là số (dấu thập phân của tệp này là “%1”).</translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation>Ngày trống.</translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation>Không phải là ngày.</translation>
    </message>
    <message>
        <source>Not a date in the format %1.</source>
        <translation>Không phải ngày theo định dạng %1.</translation>
    </message>
    <message>
        <source>Not a valid date (read as %1).</source>
        <translation>Ngày không hợp lệ (đọc theo %1).</translation>
    </message>
    <message>
        <source>The year %1 is out of range.</source>
        <translation>Năm %1 nằm ngoài phạm vi cho phép.</translation>
    </message>
    <message>
        <source>Not a time of day.</source>
        <translation>Không phải giờ trong ngày.</translation>
    </message>
    <message>
        <source>Not a month.</source>
        <translation>Không phải là tháng.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Ngày kết thúc trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>No meter called “%1”.</source>
        <translation>Không có đồng hồ nào tên “%1”.</translation>
    </message>
    <message>
        <source>A cumulative register cannot be negative.</source>
        <translation>Chỉ số cộng dồn không thể âm.</translation>
    </message>
    <message>
        <source>Consumption in a period cannot be negative.</source>
        <translation>Lượng tiêu thụ trong một kỳ không thể âm.</translation>
    </message>
    <message>
        <source>A production quantity cannot be negative.</source>
        <translation>Sản lượng không thể âm.</translation>
    </message>
    <message>
        <source>The same meter and time appear in an earlier row of this file; this row is skipped.</source>
        <translation>Cùng đồng hồ và thời điểm đã có ở một dòng phía trên trong tệp; dòng này bị bỏ qua.</translation>
    </message>
    <message>
        <source>The same product and period appear in an earlier row; this row is skipped.</source>
        <translation>Cùng sản phẩm và kỳ đã có ở một dòng phía trên; dòng này bị bỏ qua.</translation>
    </message>
    <message>
        <source>Numbers such as %1 can be read with either decimal mark; they were read with “%2”. Choose the decimal mark to confirm.</source>
        <translation>Các số như %1 có thể hiểu theo cả hai kiểu dấu thập phân; đã đọc với dấu “%2”. Hãy chọn dấu thập phân để xác nhận.</translation>
    </message>
    <message>
        <source>Dates such as %1 can be read as day/month or month/day; they were read as day/month/year (the Vietnamese default). Choose the date format to confirm.</source>
        <translation>Các ngày như %1 có thể hiểu là ngày/tháng hoặc tháng/ngày; đã đọc theo ngày/tháng/năm (mặc định của Việt Nam). Hãy chọn định dạng ngày để xác nhận.</translation>
    </message>
    <message>
        <source>%1 more problems are not listed.</source>
        <translation>Còn %1 lỗi khác không được liệt kê.</translation>
    </message>
</context>
<context>
    <name>RecpArea</name>
    <message>
        <source>Electricity supply and power quality</source>
        <translation>Cấp điện và chất lượng điện năng</translation>
    </message>
    <message>
        <source>Compressed air</source>
        <translation>Hệ thống khí nén</translation>
    </message>
    <message>
        <source>Boilers and steam</source>
        <translation>Lò hơi và hệ thống hơi</translation>
    </message>
    <message>
        <source>Motors, pumps and fans</source>
        <translation>Động cơ, bơm và quạt</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>Chiếu sáng</translation>
    </message>
    <message>
        <source>HVAC and chillers</source>
        <translation>Điều hòa không khí và máy làm lạnh nước</translation>
    </message>
    <message>
        <source>Refrigeration and cold storage</source>
        <translation>Hệ thống lạnh và kho lạnh</translation>
    </message>
    <message>
        <source>Processing lines</source>
        <translation>Dây chuyền chế biến</translation>
    </message>
    <message>
        <source>Process heating (furnaces and ovens)</source>
        <translation>Gia nhiệt quá trình (lò nung, lò sấy)</translation>
    </message>
    <message>
        <source>Plating and surface-treatment lines</source>
        <translation>Dây chuyền xi mạ và xử lý bề mặt</translation>
    </message>
    <message>
        <source>Dyeing and finishing</source>
        <translation>Nhuộm và hoàn tất</translation>
    </message>
    <message>
        <source>Cooling towers</source>
        <translation>Tháp giải nhiệt</translation>
    </message>
    <message>
        <source>Water supply and use</source>
        <translation>Cấp nước và sử dụng nước</translation>
    </message>
    <message>
        <source>Wastewater</source>
        <translation>Nước thải</translation>
    </message>
    <message>
        <source>Materials and chemicals</source>
        <translation>Nguyên vật liệu và hóa chất</translation>
    </message>
    <message>
        <source>Solid waste and by-products</source>
        <translation>Chất thải rắn và phụ phẩm</translation>
    </message>
    <message>
        <source>Management practices</source>
        <translation>Thực hành quản lý</translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <source>The reference-data set &apos;%1&apos; has no factor &apos;%2&apos;. Add it to the set or choose another set.</source>
        <translation>Bộ dữ liệu tham chiếu &apos;%1&apos; không có hệ số &apos;%2&apos;. Hãy bổ sung hệ số này vào bộ hoặc chọn bộ khác.</translation>
    </message>
    <message>
        <source>Reference-data set &apos;%1&apos;: the key &apos;%2&apos; appears twice.</source>
        <translation>Bộ dữ liệu tham chiếu &apos;%1&apos;: khóa &apos;%2&apos; xuất hiện hai lần.</translation>
    </message>
    <message>
        <source>%1: factor #%2 (key &apos;%3&apos;), field &apos;%4&apos;: %5</source>
        <translation>%1: hệ số #%2 (khóa &apos;%3&apos;), trường &apos;%4&apos;: %5</translation>
    </message>
    <message>
        <source>%1: factor #%2 is not a mapping of fields.</source>
        <translation>%1: hệ số #%2 không phải là một tập các trường (mapping).</translation>
    </message>
    <message>
        <source>missing.</source>
        <translation>bị thiếu.</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>phải là văn bản.</translation>
    </message>
    <message>
        <source>must be a finite number, got &apos;%1&apos;.</source>
        <translation>phải là một số hữu hạn, nhưng nhận được &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD.</source>
        <translation>phải là ngày viết theo dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>every factor needs its source.</source>
        <translation>mỗi hệ số đều phải có nguồn.</translation>
    </message>
    <message>
        <source>Cannot read the reference-data file %1: %2</source>
        <translation>Không đọc được tệp dữ liệu tham chiếu %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid YAML: %2</source>
        <translation>%1 không phải YAML hợp lệ: %2</translation>
    </message>
    <message>
        <source>%1: the file needs a &apos;set:&apos; section.</source>
        <translation>%1: tệp cần có mục &apos;set:&apos;.</translation>
    </message>
    <message>
        <source>%1: &apos;set:&apos; needs a &apos;name&apos;.</source>
        <translation>%1: &apos;set:&apos; cần có &apos;name&apos;.</translation>
    </message>
    <message>
        <source>%1: &apos;set:&apos; needs an &apos;effective_date&apos; written YYYY-MM-DD.</source>
        <translation>%1: &apos;set:&apos; cần có &apos;effective_date&apos; viết theo dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1: the file needs a non-empty &apos;factors:&apos; list.</source>
        <translation>%1: tệp cần có danh sách &apos;factors:&apos; không rỗng.</translation>
    </message>
    <message>
        <source>duplicate of factor #%1.</source>
        <translation>trùng với hệ số #%1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an energy carrier.</source>
        <translation>&apos;%1&apos; không phải là một loại năng lượng.</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>Viet Nam default 2025</source>
        <translation>Bộ mặc định Việt Nam 2025</translation>
    </message>
    <message>
        <source>Built-in reference data for RECP audits in Viet Nam: grid emission factors, EVN manufacturing tariff, typical prices, IPCC 2006 fuel factors, MOIT TOE factors.</source>
        <translation>Dữ liệu tham chiếu có sẵn cho kiểm toán RECP tại Việt Nam: hệ số phát thải lưới điện, biểu giá bán lẻ điện cho sản xuất của EVN, giá điển hình, hệ số nhiên liệu theo IPCC 2006, hệ số quy đổi TOE của Bộ Công Thương.</translation>
    </message>
    <message>
        <source>AuditDesk REFERENCE.md (MONRE/MAE, EVN Decision 1279/QĐ-BCT, IPCC 2006, MOIT 3505/BCT-KHCN); every factor names its own source.</source>
        <translation>REFERENCE.md của AuditDesk (Bộ Tài nguyên và Môi trường/Bộ Nông nghiệp và Môi trường, giá điện EVN theo Quyết định 1279/QĐ-BCT, IPCC 2006, Công văn 3505/BCT-KHCN của Bộ Công Thương); mỗi hệ số ghi nguồn riêng.</translation>
    </message>
    <message>
        <source>MONRE Department of Climate Change (now MAE), Viet Nam grid emission factor, combined margin; summary table on climatechange.vn (&apos;Viet Nam&apos;s 2023 updated grid emission factor signifies lower electricity emissions&apos;)</source>
        <translation>Cục Biến đổi khí hậu, Bộ Tài nguyên và Môi trường (nay là Bộ Nông nghiệp và Môi trường), hệ số phát thải lưới điện Việt Nam, biên kết hợp; bảng tổng hợp trên climatechange.vn (bài &apos;Viet Nam&apos;s 2023 updated grid emission factor signifies lower electricity emissions&apos;)</translation>
    </message>
    <message>
        <source>MONRE Department of Climate Change (now MAE), Viet Nam grid emission factor, combined margin; summary table on climatechange.vn (&apos;Viet Nam&apos;s 2023 updated grid emission factor signifies lower electricity emissions&apos;); letter 327/BĐKH-PTCBT</source>
        <translation>Cục Biến đổi khí hậu, Bộ Tài nguyên và Môi trường (nay là Bộ Nông nghiệp và Môi trường), hệ số phát thải lưới điện Việt Nam, biên kết hợp; bảng tổng hợp trên climatechange.vn (bài &apos;Viet Nam&apos;s 2023 updated grid emission factor signifies lower electricity emissions&apos;); Công văn 327/BĐKH-PTCBT</translation>
    </message>
    <message>
        <source>(check) The letter number 327/BĐKH-PTCBT comes from a secondary source.</source>
        <translation>(cần kiểm tra) Số công văn 327/BĐKH-PTCBT lấy từ một nguồn thứ cấp.</translation>
    </message>
    <message>
        <source>Latest official value; the default year.</source>
        <translation>Giá trị chính thức mới nhất; là năm mặc định.</translation>
    </message>
    <message>
        <source>HUST/MAE research estimate of the 2024 grid emission factor, &apos;for reference only&apos;</source>
        <translation>Ước tính nghiên cứu của Đại học Bách khoa Hà Nội (HUST) và Bộ Nông nghiệp và Môi trường về hệ số phát thải lưới điện năm 2024, &apos;chỉ để tham khảo&apos;</translation>
    </message>
    <message>
        <source>Estimate, not an official value: never use it as the default.</source>
        <translation>Giá trị ước tính, không chính thức: không bao giờ dùng làm giá trị mặc định.</translation>
    </message>
    <message>
        <source>2023 is the latest official value; 2024 is only a research estimate.</source>
        <translation>Năm 2023 là giá trị chính thức mới nhất; năm 2024 chỉ là ước tính nghiên cứu.</translation>
    </message>
    <message>
        <source>EVN retail tariff for manufacturing (sản xuất), Decision 1279/QĐ-BCT, effective 10/05/2025</source>
        <translation>Giá bán lẻ điện của EVN cho sản xuất, Quyết định 1279/QĐ-BCT của Bộ Công Thương, áp dụng từ 10/05/2025</translation>
    </message>
    <message>
        <source>(check) Taken from three consistent secondary copies of Decision 1279/QĐ-BCT. Price before VAT.</source>
        <translation>(cần kiểm tra) Lấy từ ba bản sao thứ cấp khớp nhau của Quyết định 1279/QĐ-BCT. Giá chưa gồm thuế GTGT.</translation>
    </message>
    <message>
        <source>Resolution 204/2025/QH15 (VAT reduced to 8 % until 31/12/2026)</source>
        <translation>Nghị quyết 204/2025/QH15 của Quốc hội (giảm thuế GTGT xuống 8 % đến hết 31/12/2026)</translation>
    </message>
    <message>
        <source>(check) 8 % until 31/12/2026; the standard rate is 10 %.</source>
        <translation>(cần kiểm tra) 8 % đến hết 31/12/2026; thuế suất thông thường là 10 %.</translation>
    </message>
    <message>
        <source>Blended from the 6–22 kV manufacturing tariff before VAT for a flat 24-hour, 7-day load under the legacy time-of-use schedule: 96 h/week normal (57.1 %), 42 h/week off-peak (25.0 %), 30 h/week peak (17.9 %). Valued before VAT because a manufacturer deducts input VAT. Replace with the enterprise&apos;s average price from its bills when known.</source>
        <translation>Bình quân từ giá điện cho sản xuất cấp điện áp 6–22 kV, chưa gồm thuế GTGT, cho phụ tải đều 24 giờ, 7 ngày theo khung giờ cũ: 96 h/tuần giờ bình thường (57,1 %), 42 h/tuần giờ thấp điểm (25,0 %), 30 h/tuần giờ cao điểm (17,9 %). Tính giá chưa gồm thuế GTGT vì doanh nghiệp sản xuất được khấu trừ thuế GTGT đầu vào. Khi biết, thay bằng giá bình quân theo hóa đơn của doanh nghiệp.</translation>
    </message>
    <message>
        <source>AuditDesk placeholder: typical industrial-park supply price range 2024–2025 (no verified park price list)</source>
        <translation>Giá trị tạm của AuditDesk: khoảng giá nước cấp điển hình tại khu công nghiệp 2024–2025 (chưa có bảng giá đã kiểm chứng của khu công nghiệp)</translation>
    </message>
    <message>
        <source>Typical placeholder, not a quoted price: replace with the enterprise&apos;s invoices.</source>
        <translation>Giá trị tạm điển hình, không phải giá được báo: thay bằng giá trên hóa đơn của doanh nghiệp.</translation>
    </message>
    <message>
        <source>Bắc Chu Lai IP central wastewater treatment, inlet class C (chulai.quangnam.gov.vn, &apos;chi phí khác&apos;)</source>
        <translation>Xử lý nước thải tập trung KCN Bắc Chu Lai, nước thải đầu vào loại C (chulai.quangnam.gov.vn, &apos;chi phí khác&apos;)</translation>
    </message>
    <message>
        <source>Verified example price (class B: 7,000 VND/m3; Tam Hiệp IP 11,275 class C, 6,765 class B); replace with the park&apos;s own price. Wastewater volume is often 0.8–1.0 × supplied water.</source>
        <translation>Giá ví dụ đã kiểm chứng (loại B: 7.000 đồng/m3; KCN Tam Hiệp 11.275 loại C, 6.765 loại B); thay bằng giá của chính khu công nghiệp. Lượng nước thải thường bằng 0,8–1,0 × lượng nước cấp.</translation>
    </message>
    <message>
        <source>AuditDesk placeholder: about 14 USD/MMBtu at 36 MJ/m3 (industrial pipeline gas, 2024–2025)</source>
        <translation>Giá trị tạm của AuditDesk: khoảng 14 USD/MMBtu với 36 MJ/m3 (khí đường ống cho công nghiệp, 2024–2025)</translation>
    </message>
    <message>
        <source>AuditDesk placeholder: bulk industrial LPG, 2024–2025</source>
        <translation>Giá trị tạm của AuditDesk: LPG công nghiệp mua số lượng lớn, 2024–2025</translation>
    </message>
    <message>
        <source>AuditDesk placeholder: DO 0.05S retail price range 2025 (Ministry of Industry and Trade price bulletins)</source>
        <translation>Giá trị tạm của AuditDesk: khoảng giá bán lẻ dầu DO 0,05S năm 2025 (thông cáo giá của Bộ Công Thương)</translation>
    </message>
    <message>
        <source>AuditDesk placeholder: FO 3.5S price range 2025 (Ministry of Industry and Trade price bulletins)</source>
        <translation>Giá trị tạm của AuditDesk: khoảng giá dầu FO 3,5S năm 2025 (thông cáo giá của Bộ Công Thương)</translation>
    </message>
    <message>
        <source>AuditDesk placeholder: industrial coal delivered, 2024–2025</source>
        <translation>Giá trị tạm của AuditDesk: than công nghiệp giao tận nơi, 2024–2025</translation>
    </message>
    <message>
        <source>AuditDesk placeholder: rice husk / wood chips delivered, 2024–2025</source>
        <translation>Giá trị tạm của AuditDesk: trấu / dăm gỗ giao tận nơi, 2024–2025</translation>
    </message>
    <message>
        <source>AuditDesk placeholder: steam bought from an industrial-park central boiler, 2024–2025</source>
        <translation>Giá trị tạm của AuditDesk: hơi mua từ lò hơi trung tâm của khu công nghiệp, 2024–2025</translation>
    </message>
    <message>
        <source>IPCC 2006 Guidelines, Vol. 2 Ch. 1, Tables 1.2 (NCV) and 1.4 (CO2): natural gas</source>
        <translation>Hướng dẫn IPCC 2006, Tập 2, Chương 1, Bảng 1.2 (nhiệt trị thấp) và Bảng 1.4 (CO2): khí thiên nhiên</translation>
    </message>
    <message>
        <source>IPCC 2006 Guidelines, Vol. 2 Ch. 2, Table 2.3 (stationary combustion, manufacturing industries)</source>
        <translation>Hướng dẫn IPCC 2006, Tập 2, Chương 2, Bảng 2.3 (đốt nhiên liệu tĩnh tại, công nghiệp chế biến, chế tạo)</translation>
    </message>
    <message>
        <source>IPCC 2006 Guidelines, Vol. 2 Ch. 1, Tables 1.2 (NCV) and 1.4 (CO2)</source>
        <translation>Hướng dẫn IPCC 2006, Tập 2, Chương 1, Bảng 1.2 (nhiệt trị thấp) và Bảng 1.4 (CO2)</translation>
    </message>
    <message>
        <source>IPCC 2006 Guidelines, Vol. 2 Ch. 1, Tables 1.2 (NCV) and 1.4 (CO2): liquefied petroleum gases</source>
        <translation>Hướng dẫn IPCC 2006, Tập 2, Chương 1, Bảng 1.2 (nhiệt trị thấp) và Bảng 1.4 (CO2): khí dầu mỏ hóa lỏng (LPG)</translation>
    </message>
    <message>
        <source>IPCC 2006 Guidelines, Vol. 2 Ch. 1, Tables 1.2 (NCV) and 1.4 (CO2): gas/diesel oil</source>
        <translation>Hướng dẫn IPCC 2006, Tập 2, Chương 1, Bảng 1.2 (nhiệt trị thấp) và Bảng 1.4 (CO2): dầu diesel (gas/diesel oil)</translation>
    </message>
    <message>
        <source>IPCC 2006 Guidelines, Vol. 2 Ch. 1, Tables 1.2 (NCV) and 1.4 (CO2): residual fuel oil</source>
        <translation>Hướng dẫn IPCC 2006, Tập 2, Chương 1, Bảng 1.2 (nhiệt trị thấp) và Bảng 1.4 (CO2): dầu nhiên liệu cặn (dầu FO)</translation>
    </message>
    <message>
        <source>IPCC 2006 Guidelines, Vol. 2 Ch. 1, Tables 1.2 (NCV) and 1.4 (CO2): other bituminous coal</source>
        <translation>Hướng dẫn IPCC 2006, Tập 2, Chương 1, Bảng 1.2 (nhiệt trị thấp) và Bảng 1.4 (CO2): than bitum khác</translation>
    </message>
    <message>
        <source>Choose coal_anthracite for Quảng Ninh anthracite.</source>
        <translation>Chọn coal_anthracite cho than antraxit Quảng Ninh.</translation>
    </message>
    <message>
        <source>IPCC 2006 Guidelines, Vol. 2 Ch. 1, Tables 1.2 (NCV) and 1.4 (CO2): anthracite</source>
        <translation>Hướng dẫn IPCC 2006, Tập 2, Chương 1, Bảng 1.2 (nhiệt trị thấp) và Bảng 1.4 (CO2): than antraxit</translation>
    </message>
    <message>
        <source>IPCC 2006 Guidelines, Vol. 2 Ch. 1, Tables 1.2 (NCV) and 1.4 (CO2): sub-bituminous coal</source>
        <translation>Hướng dẫn IPCC 2006, Tập 2, Chương 1, Bảng 1.2 (nhiệt trị thấp) và Bảng 1.4 (CO2): than á bitum</translation>
    </message>
    <message>
        <source>IPCC 2006 Guidelines, Vol. 2 Ch. 1, Tables 1.2 (NCV) and 1.4 (CO2): other primary solid biomass</source>
        <translation>Hướng dẫn IPCC 2006, Tập 2, Chương 1, Bảng 1.2 (nhiệt trị thấp) và Bảng 1.4 (CO2): sinh khối rắn sơ cấp khác</translation>
    </message>
    <message>
        <source>As-received values differ (rice husk ~13–15 MJ/kg, pellets ~16.5–18 MJ/kg): enter a measured value when known.</source>
        <translation>Giá trị ở trạng thái nhận khác nhau (trấu ~13–15 MJ/kg, viên nén ~16,5–18 MJ/kg): nhập giá trị đo được khi có.</translation>
    </message>
    <message>
        <source>Biogenic CO2: reported separately, not added to the total.</source>
        <translation>CO2 sinh học: báo cáo riêng, không cộng vào tổng.</translation>
    </message>
    <message>
        <source>As-received rice husk is often ~13–15 MJ/kg: enter a measured value when known.</source>
        <translation>Trấu ở trạng thái nhận thường khoảng 13–15 MJ/kg: nhập giá trị đo được khi có.</translation>
    </message>
    <message>
        <source>IPCC 2006 Guidelines, Vol. 2 Ch. 1, Tables 1.2 (NCV) and 1.4 (CO2): wood/wood waste</source>
        <translation>Hướng dẫn IPCC 2006, Tập 2, Chương 1, Bảng 1.2 (nhiệt trị thấp) và Bảng 1.4 (CO2): gỗ/phế phẩm gỗ</translation>
    </message>
    <message>
        <source>Pellets are ~16.5–18 MJ/kg as received: enter a measured value when known.</source>
        <translation>Viên nén ở trạng thái nhận khoảng 16,5–18 MJ/kg: nhập giá trị đo được khi có.</translation>
    </message>
    <message>
        <source>IPCC 2006 Guidelines, Vol. 2 Ch. 1, Tables 1.2 (NCV) and 1.4 (CO2): other biogas</source>
        <translation>Hướng dẫn IPCC 2006, Tập 2, Chương 1, Bảng 1.2 (nhiệt trị thấp) và Bảng 1.4 (CO2): khí sinh học khác</translation>
    </message>
    <message>
        <source>CH4/N2O: IPCC 2006 Table 2.3 gaseous biomass value (1 / 0.1 kg/TJ).</source>
        <translation>CH4/N2O: giá trị của sinh khối dạng khí trong Bảng 2.3 IPCC 2006 (1 / 0,1 kg/TJ).</translation>
    </message>
    <message>
        <source>IPCC 2006 Guidelines, Vol. 2 Ch. 1, Tables 1.2 (NCV) and 1.4 (CO2): motor gasoline</source>
        <translation>Hướng dẫn IPCC 2006, Tập 2, Chương 1, Bảng 1.2 (nhiệt trị thấp) và Bảng 1.4 (CO2): xăng động cơ</translation>
    </message>
    <message>
        <source>TCVN 5689:2018 (diesel fuel): 820–860 kg/m3 at 15 °C; mid value</source>
        <translation>TCVN 5689:2018 (nhiên liệu điêzen): 820–860 kg/m3 ở 15 °C; lấy giá trị giữa</translation>
    </message>
    <message>
        <source>(check) MOIT 3505/BCT-KHCN (1.02 TOE/t vs 0.88 TOE/1000 L) implies 0.863 kg/L; use the supplier&apos;s value.</source>
        <translation>(cần kiểm tra) Theo Công văn 3505/BCT-KHCN của Bộ Công Thương (1,02 TOE/t so với 0,88 TOE/1000 L) thì khối lượng riêng là 0,863 kg/L; hãy dùng giá trị của nhà cung cấp.</translation>
    </message>
    <message>
        <source>Typical pipeline natural gas at 15 °C and 101.325 kPa (ISO 6976 conditions)</source>
        <translation>Khí thiên nhiên đường ống điển hình ở 15 °C và 101,325 kPa (điều kiện ISO 6976)</translation>
    </message>
    <message>
        <source>(check) Typical value (36 MJ/m3 with the IPCC NCV); use the gas supplier&apos;s density or heating value per m3.</source>
        <translation>(cần kiểm tra) Giá trị điển hình (36 MJ/m3 với nhiệt trị thấp của IPCC); hãy dùng khối lượng riêng hoặc nhiệt trị trên mỗi m3 của nhà cung cấp khí.</translation>
    </message>
    <message>
        <source>IPCC Fifth Assessment Report (AR5), WG1 Ch. 8, Table 8.7 (as used for UNFCCC reporting under the Paris Agreement)</source>
        <translation>Báo cáo đánh giá lần thứ năm của IPCC (AR5), Nhóm công tác I, Chương 8, Bảng 8.7 (dùng cho báo cáo theo UNFCCC trong khuôn khổ Thỏa thuận Paris)</translation>
    </message>
    <message>
        <source>AR6 gives 27.9 (fossil 29.8); AR4 gave 25.</source>
        <translation>AR6: 27,9 (nguồn hóa thạch 29,8); AR4: 25.</translation>
    </message>
    <message>
        <source>AR6 gives 273; AR4 gave 298.</source>
        <translation>AR6: 273; AR4: 298.</translation>
    </message>
    <message>
        <source>MOIT conversion table attached to letter 3505/BCT-KHCN (19/04/2011)</source>
        <translation>Bảng quy đổi kèm theo Công văn 3505/BCT-KHCN ngày 19/04/2011 của Bộ Công Thương</translation>
    </message>
    <message>
        <source>A primary-energy factor. 10 GWh = 1,543 TOE.</source>
        <translation>Hệ số theo năng lượng sơ cấp. 10 GWh = 1.543 TOE.</translation>
    </message>
    <message>
        <source>0.88 TOE per 1,000 L (1.02 TOE/t).</source>
        <translation>0,88 TOE trên 1.000 L (1,02 TOE/t).</translation>
    </message>
    <message>
        <source>0.99 TOE/t (0.94 TOE per 1,000 L).</source>
        <translation>0,99 TOE/t (0,94 TOE trên 1.000 L).</translation>
    </message>
    <message>
        <source>1.09 TOE/t.</source>
        <translation>1,09 TOE/t.</translation>
    </message>
    <message>
        <source>0.90 TOE per 1,000 m3.</source>
        <translation>0,90 TOE trên 1.000 m3.</translation>
    </message>
    <message>
        <source>(check) Coal grades 3–4: 0.60 TOE/t. Grades 1–2: 0.70; grades 5–6: 0.50 or 0.60 (the two published copies disagree); coke 0.70–0.75.</source>
        <translation>(cần kiểm tra) Than loại 3–4: 0,60 TOE/t. Loại 1–2: 0,70; loại 5–6: 0,50 hoặc 0,60 (hai bản đã công bố không khớp nhau); than cốc 0,70–0,75.</translation>
    </message>
    <message>
        <source>0.83 TOE per 1,000 L (1.05 TOE/t).</source>
        <translation>0,83 TOE trên 1.000 L (1,05 TOE/t).</translation>
    </message>
    <message>
        <source>IEA/OECD definition of the tonne of oil equivalent (10^7 kcal); MOIT 3505/BCT-KHCN</source>
        <translation>Định nghĩa tấn dầu tương đương của IEA/OECD (10^7 kcal); Công văn 3505/BCT-KHCN của Bộ Công Thương</translation>
    </message>
    <message>
        <source>Used for carriers not in the MOIT table (biomass, steam).</source>
        <translation>Dùng cho các dạng năng lượng không có trong bảng của Bộ Công Thương (sinh khối, hơi).</translation>
    </message>
    <message>
        <source>Approximate commercial-bank selling rate, 2025 (State Bank of Viet Nam central rate plus band)</source>
        <translation>Tỷ giá bán ra gần đúng của ngân hàng thương mại năm 2025 (tỷ giá trung tâm của Ngân hàng Nhà nước Việt Nam cộng biên độ)</translation>
    </message>
    <message>
        <source>(check) Replace with the rate on the audit date.</source>
        <translation>(cần kiểm tra) Thay bằng tỷ giá vào ngày kiểm toán.</translation>
    </message>
    <message>
        <source>IAPWS-IF97 steam tables: saturated steam at 7 barg (8 bara), h = 2,769 kJ/kg, from feedwater at 30 °C, h = 126 kJ/kg</source>
        <translation>Bảng hơi nước IAPWS-IF97: hơi bão hòa ở 7 barg (8 bara), h = 2.769 kJ/kg, từ nước cấp 30 °C, h = 126 kJ/kg</translation>
    </message>
    <message>
        <source>Assumed conditions: saturated steam at 7 barg from 30 °C feedwater; adjust for other pressures.</source>
        <translation>Điều kiện giả định: hơi bão hòa 7 barg từ nước cấp 30 °C; điều chỉnh khi áp suất khác.</translation>
    </message>
</context>
<context>
    <name>RegisterFeature</name>
    <message>
        <source>Opportunities</source>
        <translation>Cơ hội</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Biểu đồ</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên giải pháp</translation>
    </message>
    <message>
        <source>Savings
(million ₫/yr)</source>
        <translation>Tiết kiệm
(triệu ₫/năm)</translation>
    </message>
    <message>
        <source>Investment
(million ₫)</source>
        <translation>Đầu tư
(triệu ₫)</translation>
    </message>
    <message>
        <source>Payback
(yr)</source>
        <translation>Hoàn vốn
(năm)</translation>
    </message>
    <message>
        <source>NPV
(million ₫)</source>
        <translation>NPV
(triệu ₫)</translation>
    </message>
    <message>
        <source>IRR
(%)</source>
        <translation>IRR
(%)</translation>
    </message>
    <message>
        <source>Emissions avoided
(tCO2e/yr)</source>
        <translation>Giảm phát thải
(tCO2e/năm)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>RECP
technique</source>
        <translation>Kỹ thuật
RECP</translation>
    </message>
    <message>
        <source>Savings
(USD/yr)</source>
        <translation>Tiết kiệm
(USD/năm)</translation>
    </message>
    <message>
        <source>Abatement cost
(USD/tCO2e)</source>
        <translation>Chi phí giảm phát thải
(USD/tCO2e)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Estimator</source>
        <translation>Phương pháp tính</translation>
    </message>
    <message>
        <source>Symbiosis partner</source>
        <translation>Đối tác cộng sinh</translation>
    </message>
    <message>
        <source>Industrial symbiosis with %1</source>
        <translation>Cộng sinh công nghiệp với %1</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>Search code, title, owner, partner…</source>
        <translation>Tìm theo mã, tên, người phụ trách, đối tác…</translation>
    </message>
    <message>
        <source>All techniques</source>
        <translation>Mọi kỹ thuật</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Add an opportunity to this audit</source>
        <translation>Thêm một cơ hội vào đợt đánh giá này</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Nhân bản</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <source>Delete opportunity</source>
        <translation>Xóa cơ hội</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Mọi khu vực</translation>
    </message>
    <message>
        <source>The audit is signed off: its opportunities are locked. Unlock it in the Review tab, giving a reason, to change them.</source>
        <translation>Cuộc đánh giá đã được ký xác nhận: các cơ hội đã bị khóa. Muốn thay đổi, hãy mở khóa trong thẻ Xem xét và nêu lý do.</translation>
    </message>
    <message>
        <source>“%1” has a value that cannot be saved (marked in red). Leave it and lose that change?</source>
        <translation>“%1” có giá trị không lưu được (đánh dấu màu đỏ). Rời đi và bỏ thay đổi đó?</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Cơ hội mới</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (bản sao)</translation>
    </message>
    <message>
        <source>Delete the opportunity “%1 %2” with its savings? The change history keeps a copy.</source>
        <translation>Xóa cơ hội “%1 %2” cùng các số liệu tiết kiệm? Lịch sử thay đổi vẫn giữ một bản sao.</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Reject opportunity</source>
        <translation>Từ chối cơ hội</translation>
    </message>
    <message>
        <source>In your own words (required for “Other”)</source>
        <translation>Ghi rõ bằng lời của bạn (bắt buộc khi chọn “Khác”)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>5. Annex</source>
        <translation>5. Phụ lục</translation>
    </message>
    <message>
        <source>5.1 Walk-through findings</source>
        <translation>5.1 Các phát hiện khi khảo sát hiện trường</translation>
    </message>
    <message>
        <source>No walk-through checklist was started for this audit.</source>
        <translation>Cuộc kiểm toán này chưa có bảng kiểm khảo sát.</translation>
    </message>
    <message>
        <source>No checklist item was flagged as a finding.</source>
        <translation>Không có mục nào của bảng kiểm được đánh dấu là phát hiện.</translation>
    </message>
    <message>
        <source>The items of the checklist “%1” that the auditor flagged as findings, with the answer and note recorded on site; the last column names the opportunity made from the finding.</source>
        <translation>Các mục của bảng kiểm “%1” được kiểm toán viên đánh dấu là phát hiện, kèm câu trả lời và ghi chú tại hiện trường; cột cuối ghi giải pháp được đề xuất từ phát hiện đó.</translation>
    </message>
    <message>
        <source>5.2 Photographs</source>
        <translation>5.2 Hình ảnh</translation>
    </message>
    <message>
        <source>5.3 Reference data used</source>
        <translation>5.3 Số liệu tham chiếu đã sử dụng</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>Auditor&apos;s note</source>
        <translation>Ghi chú của kiểm toán viên</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Giải pháp</translation>
    </message>
    <message>
        <source>No photographs were attached to the checklist.</source>
        <translation>Bảng kiểm không có hình ảnh đính kèm.</translation>
    </message>
    <message>
        <source>Photographs taken during the walk-through (at most %1 per item and %2 in all, reduced for printing; the audit file keeps the originals).</source>
        <translation>Hình ảnh chụp trong quá trình khảo sát (tối đa %1 ảnh mỗi mục và %2 ảnh tổng cộng, đã thu nhỏ để in; tệp kiểm toán lưu ảnh gốc).</translation>
    </message>
    <message>
        <source>%1 more photographs are kept in the audit file and not printed here.</source>
        <translation>Còn %1 ảnh khác được lưu trong tệp kiểm toán, không in trong báo cáo này.</translation>
    </message>
    <message>
        <source>Reference-data set “%1” of %2, as pinned by the audit; every estimate and the baseline use it.</source>
        <translation>Bộ số liệu tham chiếu “%1” ngày %2 được gắn với cuộc kiểm toán; mọi tính toán giải pháp và đường cơ sở đều dùng bộ số liệu này.</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Hệ số</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <source>All energy</source>
        <translation>Tổng năng lượng</translation>
    </message>
    <message>
        <source>Monthly consumption by carrier</source>
        <translation>Tiêu thụ hằng tháng theo loại năng lượng</translation>
    </message>
    <message>
        <source>Share of energy (GJ)</source>
        <translation>Cơ cấu năng lượng (GJ)</translation>
    </message>
    <message>
        <source>Share of cost (VND)</source>
        <translation>Cơ cấu chi phí (đồng)</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Không có số liệu</translation>
    </message>
    <message>
        <source>Specific consumption by month</source>
        <translation>Suất tiêu hao theo tháng</translation>
    </message>
    <message>
        <source>period: %1</source>
        <translation>cả giai đoạn: %1</translation>
    </message>
    <message>
        <source>Consumption against production</source>
        <translation>Tiêu thụ theo sản lượng</translation>
    </message>
    <message>
        <source>Production per month (%1)</source>
        <translation>Sản lượng hằng tháng (%1)</translation>
    </message>
    <message>
        <source>Annual cost savings and investment per opportunity</source>
        <translation>Chi phí tiết kiệm hằng năm và vốn đầu tư của từng giải pháp</translation>
    </message>
    <message>
        <source>Cost savings (million ₫/yr)</source>
        <translation>Chi phí tiết kiệm (triệu ₫/năm)</translation>
    </message>
    <message>
        <source>Investment (million ₫)</source>
        <translation>Vốn đầu tư (triệu ₫)</translation>
    </message>
    <message>
        <source>million ₫</source>
        <translation>triệu ₫</translation>
    </message>
    <message>
        <source>2. The enterprise and its operations</source>
        <translation>2. Thông tin doanh nghiệp và hoạt động sản xuất</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Industrial park</source>
        <translation>Khu công nghiệp</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Công suất</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Số lao động</translation>
    </message>
    <message>
        <source>Shifts per day</source>
        <translation>Số ca/ngày</translation>
    </message>
    <message>
        <source>Operating hours</source>
        <translation>Số giờ vận hành</translation>
    </message>
    <message>
        <source>%1 h/yr</source>
        <translation>%1 giờ/năm</translation>
    </message>
    <message>
        <source>Grid connection (EVN tariff)</source>
        <translation>Cấp điện áp (biểu giá EVN)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>2.1 General information</source>
        <translation>2.1 Thông tin chung</translation>
    </message>
    <message>
        <source>2.2 Production</source>
        <translation>2.2 Tình hình sản xuất</translation>
    </message>
    <message>
        <source>Main product in the baseline period: %1, %2 %3 in %4 months (%5 %3 per month on average).</source>
        <translation>Sản phẩm chính trong giai đoạn cơ sở: %1, %2 %3 trong %4 tháng (bình quân %5 %3/tháng).</translation>
    </message>
    <message>
        <source>Other products: %1.</source>
        <translation>Sản phẩm khác: %1.</translation>
    </message>
    <message>
        <source>No production figures were recorded for the baseline period.</source>
        <translation>Chưa có số liệu sản lượng của giai đoạn cơ sở.</translation>
    </message>
    <message>
        <source>2.3 The audit</source>
        <translation>2.3 Thông tin về cuộc kiểm toán</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 items answered)</source>
        <translation>%1 (đã trả lời %2/%3 mục)</translation>
    </message>
    <message>
        <source>grid emission factor of %1</source>
        <translation>hệ số phát thải lưới điện năm %1</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Cuộc kiểm toán</translation>
    </message>
    <message>
        <source>Audit type</source>
        <translation>Loại kiểm toán</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Auditors</source>
        <translation>Kiểm toán viên</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Người rà soát</translation>
    </message>
    <message>
        <source>Walk-through checklist</source>
        <translation>Bảng kiểm khảo sát</translation>
    </message>
    <message>
        <source>Baseline period</source>
        <translation>Giai đoạn cơ sở</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>Số liệu tham chiếu</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1, ngày %2</translation>
    </message>
    <message>
        <source>3. Current energy and water use</source>
        <translation>3. Hiện trạng sử dụng năng lượng và nước</translation>
    </message>
    <message>
        <source>3.1 Energy balance</source>
        <translation>3.1 Cân bằng năng lượng</translation>
    </message>
    <message>
        <source>Annual use per carrier in the baseline period %1, from the top-level meters (sub-meters are inside them), converted with the reference data “%2”: GJ by calorific value, TOE by the MOIT factors, tCO2e by the grid and IPCC factors, cost at the set&apos;s prices.</source>
        <translation>Lượng tiêu thụ hằng năm của từng loại năng lượng và nước trong giai đoạn cơ sở %1, lấy từ các đồng hồ tổng (đã bao gồm các đồng hồ nhánh) và quy đổi theo bộ số liệu tham chiếu “%2”: GJ theo nhiệt trị, TOE theo hệ số của Bộ Công Thương, tCO2e theo hệ số phát thải lưới điện và IPCC, chi phí theo đơn giá của bộ số liệu.</translation>
    </message>
    <message>
        <source>No meter readings cover the baseline period.</source>
        <translation>Không có chỉ số đồng hồ nào trong giai đoạn cơ sở.</translation>
    </message>
    <message>
        <source>3.2 Consumption by month</source>
        <translation>3.2 Tiêu thụ theo tháng</translation>
    </message>
    <message>
        <source>Notes on the data:</source>
        <translation>Ghi chú về số liệu:</translation>
    </message>
    <message>
        <source>3.3 Specific consumption</source>
        <translation>3.3 Suất tiêu hao</translation>
    </message>
    <message>
        <source>3.4 Meters</source>
        <translation>3.4 Đồng hồ đo</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Production (%1)</source>
        <translation>Sản lượng (%1)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>* month not fully covered by readings.</source>
        <translation>* tháng chưa có đủ chỉ số đồng hồ.</translation>
    </message>
    <message>
        <source>No production figures: no specific consumption or regression.</source>
        <translation>Không có số liệu sản lượng nên không tính được suất tiêu hao và hồi quy.</translation>
    </message>
    <message>
        <source>Consumption per %1 of %2 (complete months only), and the regression of monthly consumption on production: consumption = fixed part + variable part × production. The fixed part is the base load that does not change with output.</source>
        <translation>Suất tiêu hao tính theo sản phẩm %2 (đơn vị %1), chỉ gồm các tháng đủ số liệu, và hồi quy lượng tiêu thụ hằng tháng theo sản lượng: tiêu thụ = phần cố định + phần biến đổi × sản lượng. Phần cố định là phụ tải nền, không thay đổi theo sản lượng.</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Chuỗi số liệu</translation>
    </message>
    <message>
        <source>Specific consumption</source>
        <translation>Suất tiêu hao</translation>
    </message>
    <message>
        <source>Fixed per month</source>
        <translation>Phần cố định/tháng</translation>
    </message>
    <message>
        <source>Variable per unit</source>
        <translation>Phần biến đổi/đơn vị SP</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Số tháng</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Đồng hồ</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Năng lượng/nước</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Sub-meter of</source>
        <translation>Đồng hồ nhánh của</translation>
    </message>
    <message>
        <source>No meters recorded.</source>
        <translation>Chưa có đồng hồ đo nào.</translation>
    </message>
    <message>
        <source>Energy audit report</source>
        <translation>Báo cáo kiểm toán năng lượng</translation>
    </message>
    <message>
        <source>Audit dates</source>
        <translation>Thời gian kiểm toán</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Ngày lập báo cáo</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1, ngày %2</translation>
    </message>
    <message>
        <source>Prepared with AuditDesk %1.</source>
        <translation>Lập bằng AuditDesk %1.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Mục lục</translation>
    </message>
    <message>
        <source>1. Summary</source>
        <translation>1. Tóm tắt</translation>
    </message>
    <message>
        <source>This report gives the results of the audit “%1” of %2 (%3; auditors: %4). It follows the structure of an energy audit report under Circular 25/2020/TT-BCT.</source>
        <translation>Báo cáo này trình bày kết quả cuộc kiểm toán “%1” tại %2 (%3; kiểm toán viên: %4), theo cấu trúc báo cáo kiểm toán năng lượng quy định tại Thông tư 25/2020/TT-BCT.</translation>
    </message>
    <message>
        <source>1.1 Energy and water consumption</source>
        <translation>1.1 Tiêu thụ năng lượng và nước</translation>
    </message>
    <message>
        <source>In the baseline period %1 the enterprise used %2 GJ of energy (%3 TOE) and emitted %4 tCO2e. Energy and water cost %5 (%6).</source>
        <translation>Trong giai đoạn cơ sở %1, doanh nghiệp tiêu thụ %2 GJ năng lượng (%3 TOE) và phát thải %4 tCO2e. Chi phí năng lượng và nước là %5 (%6).</translation>
    </message>
    <message>
        <source>At %1 TOE/yr the enterprise is a key energy user (at least 1,000 TOE/yr, Law 50/2010/QH12): it must audit its energy use every three years.</source>
        <translation>Với mức tiêu thụ %1 TOE/năm, doanh nghiệp là cơ sở sử dụng năng lượng trọng điểm (từ 1.000 TOE/năm trở lên, Luật 50/2010/QH12) và phải thực hiện kiểm toán năng lượng định kỳ ba năm một lần.</translation>
    </message>
    <message>
        <source>At %1 TOE/yr the enterprise is below the 1,000 TOE/yr of a key energy user (Law 50/2010/QH12).</source>
        <translation>Với mức tiêu thụ %1 TOE/năm, doanh nghiệp chưa thuộc diện cơ sở sử dụng năng lượng trọng điểm (ngưỡng 1.000 TOE/năm, Luật 50/2010/QH12).</translation>
    </message>
    <message>
        <source>Opportunities retained: %1. Together they save %2 per year (%3) for an investment of %4, pay back in %5 years and avoid %6 tCO2e per year.</source>
        <translation>Số giải pháp được lựa chọn: %1. Các giải pháp này tiết kiệm %2 mỗi năm (%3) với tổng vốn đầu tư %4, hoàn vốn sau %5 năm và giảm phát thải %6 tCO2e mỗi năm.</translation>
    </message>
    <message>
        <source>Rejected opportunities, not counted: %1.</source>
        <translation>Số giải pháp bị loại (không được tính): %1.</translation>
    </message>
    <message>
        <source>tCO2e/yr</source>
        <translation>tCO2e/năm</translation>
    </message>
    <message>
        <source>1.2 Savings potential</source>
        <translation>1.2 Tiềm năng tiết kiệm</translation>
    </message>
    <message>
        <source>1.3 Priority list of opportunities</source>
        <translation>1.3 Danh mục giải pháp ưu tiên</translation>
    </message>
    <message>
        <source>Opportunities retained, quickest payback first; those that never pay back come last. Rejected opportunities are not listed or counted.</source>
        <translation>Các giải pháp được lựa chọn, xếp theo thời gian hoàn vốn từ ngắn đến dài; giải pháp không hoàn vốn xếp cuối. Các giải pháp bị loại không được liệt kê và không được tính.</translation>
    </message>
    <message>
        <source>Amount/yr</source>
        <translation>Lượng/năm</translation>
    </message>
    <message>
        <source>Cost (million ₫)</source>
        <translation>Chi phí (triệu ₫)</translation>
    </message>
    <message>
        <source>Share of energy</source>
        <translation>Tỷ trọng năng lượng</translation>
    </message>
    <message>
        <source>Share of cost</source>
        <translation>Tỷ trọng chi phí</translation>
    </message>
    <message>
        <source>No opportunity has been retained yet.</source>
        <translation>Chưa có giải pháp nào được lựa chọn.</translation>
    </message>
    <message>
        <source>Energy saved: %1 GJ/yr (%2 TOE/yr), %3 of the baseline&apos;s energy use.</source>
        <translation>Năng lượng tiết kiệm: %1 GJ/năm (%2 TOE/năm), bằng %3 mức tiêu thụ năng lượng của giai đoạn cơ sở.</translation>
    </message>
    <message>
        <source>Industrial symbiosis with partners outside the enterprise: %1 of these opportunities, saving %2 per year.</source>
        <translation>Cộng sinh công nghiệp với đối tác bên ngoài doanh nghiệp: %1 trong số các giải pháp trên, tiết kiệm %2 mỗi năm.</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Năng lượng/tài nguyên</translation>
    </message>
    <message>
        <source>Use per year</source>
        <translation>Tiêu thụ/năm</translation>
    </message>
    <message>
        <source>Savings per year</source>
        <translation>Tiết kiệm/năm</translation>
    </message>
    <message>
        <source>Share of use</source>
        <translation>Tỷ lệ so với tiêu thụ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Savings (million ₫/yr)</source>
        <translation>Tiết kiệm (triệu ₫/năm)</translation>
    </message>
    <message>
        <source>Payback (yr)</source>
        <translation>Hoàn vốn (năm)</translation>
    </message>
    <message>
        <source>4. Energy and resource saving opportunities</source>
        <translation>4. Các giải pháp tiết kiệm năng lượng và tài nguyên</translation>
    </message>
    <message>
        <source>Opportunities identified: %1, of which retained: %2. Each one retained is described below in the order of the priority list, with the basis of its estimate so that every figure can be checked.</source>
        <translation>Số giải pháp đã xác định: %1, trong đó được lựa chọn: %2. Mỗi giải pháp được lựa chọn được trình bày dưới đây theo thứ tự của danh mục ưu tiên, kèm cơ sở tính toán để có thể kiểm tra từng số liệu.</translation>
    </message>
    <message>
        <source>4.1 By RECP technique</source>
        <translation>4.1 Theo kỹ thuật RECP</translation>
    </message>
    <message>
        <source>4.%1 Opportunities not retained</source>
        <translation>4.%1 Các giải pháp không được lựa chọn</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>RECP technique</source>
        <translation>Kỹ thuật RECP</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>From the finding</source>
        <translation>Từ phát hiện</translation>
    </message>
    <message>
        <source>Industrial symbiosis with</source>
        <translation>Cộng sinh công nghiệp với</translation>
    </message>
    <message>
        <source>Implemented on</source>
        <translation>Ngày thực hiện</translation>
    </message>
    <message>
        <source>Technical basis</source>
        <translation>Cơ sở kỹ thuật</translation>
    </message>
    <message>
        <source>This opportunity has no stored estimate: its savings were entered directly.</source>
        <translation>Giải pháp này chưa có kết quả tính toán được lưu: mức tiết kiệm được nhập trực tiếp.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Phương pháp</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Công thức</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Thông số đầu vào</translation>
    </message>
    <message>
        <source>Intermediate value</source>
        <translation>Giá trị trung gian</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Giả định</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Reference data: %1 (%2); grid emission factor of %3.</source>
        <translation>Số liệu tham chiếu: %1 (%2); hệ số phát thải lưới điện năm %3.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>mặc định</translation>
    </message>
    <message>
        <source>Cost savings (₫/yr)</source>
        <translation>Chi phí tiết kiệm (₫/năm)</translation>
    </message>
    <message>
        <source>Other cost savings</source>
        <translation>Tiết kiệm chi phí khác</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Mức tiết kiệm</translation>
    </message>
    <message>
        <source>equipment</source>
        <translation>thiết bị</translation>
    </message>
    <message>
        <source>installation</source>
        <translation>lắp đặt</translation>
    </message>
    <message>
        <source>engineering</source>
        <translation>thiết kế, kỹ thuật</translation>
    </message>
    <message>
        <source>other</source>
        <translation>khác</translation>
    </message>
    <message>
        <source>does not exist (the cash flows never change sign)</source>
        <translation>không xác định (dòng tiền không đổi dấu)</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 năm</translation>
    </message>
    <message>
        <source>no payback: the net savings are not positive</source>
        <translation>không hoàn vốn: tiết kiệm ròng không dương</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Vốn đầu tư</translation>
    </message>
    <message>
        <source>Change in O&amp;M cost</source>
        <translation>Thay đổi chi phí vận hành, bảo dưỡng</translation>
    </message>
    <message>
        <source>%1 per year</source>
        <translation>%1/năm</translation>
    </message>
    <message>
        <source>Net annual savings</source>
        <translation>Tiết kiệm ròng hằng năm</translation>
    </message>
    <message>
        <source>Simple payback</source>
        <translation>Thời gian hoàn vốn giản đơn</translation>
    </message>
    <message>
        <source>NPV (%1 discount rate, %2 years)</source>
        <translation>NPV (chiết khấu %1, %2 năm)</translation>
    </message>
    <message>
        <source>IRR</source>
        <translation>IRR</translation>
    </message>
    <message>
        <source>CO2e avoided</source>
        <translation>Giảm phát thải CO2e</translation>
    </message>
    <message>
        <source>%1 t per year</source>
        <translation>%1 tấn/năm</translation>
    </message>
    <message>
        <source>Marginal abatement cost</source>
        <translation>Chi phí giảm phát thải biên</translation>
    </message>
    <message>
        <source>%1 per tCO2e</source>
        <translation>%1/tCO2e</translation>
    </message>
    <message>
        <source>Financial analysis</source>
        <translation>Phân tích tài chính</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Đang dàn trang…</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>Đang vẽ biểu đồ…</translation>
    </message>
    <message>
        <source>Describing the opportunities…</source>
        <translation>Đang trình bày các giải pháp…</translation>
    </message>
    <message>
        <source>Energy audit report · made on %1 with AuditDesk %2</source>
        <translation>Báo cáo kiểm toán năng lượng · lập ngày %1 bằng AuditDesk %2</translation>
    </message>
    <message>
        <source>Cannot write the report: the folder %1 does not exist.</source>
        <translation>Không ghi được báo cáo: thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <source>Reading the audit…</source>
        <translation>Đang đọc dữ liệu kiểm toán…</translation>
    </message>
    <message>
        <source>Saving the file…</source>
        <translation>Đang lưu tệp…</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>Không ghi được báo cáo vào %1: %2</translation>
    </message>
    <message>
        <source>Figures given by the auditor; the description of the opportunity says how they were obtained.</source>
        <translation>Số liệu do kiểm toán viên cung cấp; phần mô tả giải pháp nêu rõ cách xác định.</translation>
    </message>
</context>
<context>
    <name>ReportAction</name>
    <message>
        <source>Audit report (PDF)</source>
        <translation>Báo cáo kiểm toán (PDF)</translation>
    </message>
    <message>
        <source>Language of the report:</source>
        <translation>Ngôn ngữ của báo cáo:</translation>
    </message>
    <message>
        <source>Save the audit report</source>
        <translation>Lưu báo cáo kiểm toán</translation>
    </message>
    <message>
        <source>Audit &amp;report (PDF)…</source>
        <translation>Báo cáo &amp;kiểm toán (PDF)…</translation>
    </message>
    <message>
        <source>Writing the audit report…</source>
        <translation>Đang lập báo cáo kiểm toán…</translation>
    </message>
    <message>
        <source>Wrote the audit report %1: %2 pages, %3 kB.</source>
        <translation>Đã ghi báo cáo kiểm toán %1: %2 trang, %3 kB.</translation>
    </message>
    <message>
        <source>The audit report was cancelled; no file was written.</source>
        <translation>Đã hủy lập báo cáo kiểm toán; không có tệp nào được ghi.</translation>
    </message>
</context>
<context>
    <name>ReportCLI</name>
    <message>
        <source>No database at %1.</source>
        <translation>Không có cơ sở dữ liệu tại %1.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 pages, %3 kB.</source>
        <translation>Đã ghi %1: %2 trang, %3 kB.</translation>
    </message>
</context>
<context>
    <name>ReportMonths</name>
    <message>
        <source>Jan</source>
        <translation>T1</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>T2</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>T3</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>T4</translation>
    </message>
    <message>
        <source>May</source>
        <translation>T5</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>T6</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>T7</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>T8</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>T9</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>T10</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>T11</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>T12</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; million ₫/yr</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; triệu ₫/năm</translation>
    </message>
    <message>
        <source>%1 USD/yr</source>
        <translation>%1 USD/năm</translation>
    </message>
    <message>
        <source>payback &lt;b&gt;%1&lt;/b&gt; yr</source>
        <translation>hoàn vốn &lt;b&gt;%1&lt;/b&gt; năm</translation>
    </message>
    <message>
        <source>NPV %1 million ₫</source>
        <translation>NPV %1 triệu ₫</translation>
    </message>
    <message>
        <source>IRR %1 %</source>
        <translation>IRR %1 %</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; tCO2e/yr</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; tCO2e/năm</translation>
    </message>
    <message>
        <source>Savings per year</source>
        <translation>Tiết kiệm mỗi năm</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Tài nguyên</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Lượng</translation>
    </message>
    <message>
        <source>million ₫</source>
        <translation>triệu ₫</translation>
    </message>
    <message>
        <source>tCO2e</source>
        <translation>tCO2e</translation>
    </message>
    <message>
        <source>Other cost savings</source>
        <translation>Tiết kiệm chi phí khác</translation>
    </message>
    <message>
        <source>Nothing saved yet.</source>
        <translation>Chưa có tiết kiệm nào.</translation>
    </message>
    <message>
        <source> (%1 USD)</source>
        <translation> (%1 USD)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>Cost savings %1 ₫/yr%2.</source>
        <translation>Tiết kiệm chi phí %1 ₫/năm%2.</translation>
    </message>
    <message>
        <source>Energy %1 GJ/yr = %2 TOE/yr.</source>
        <translation>Năng lượng %1 GJ/năm = %2 TOE/năm.</translation>
    </message>
    <message>
        <source>Biogenic CO2 (memo, not in the total): %1 t/yr.</source>
        <translation>CO2 sinh học (ghi nhớ, không cộng vào tổng): %1 t/năm.</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Vốn đầu tư</translation>
    </message>
    <message>
        <source>Change in O&amp;M cost</source>
        <translation>Thay đổi chi phí vận hành, bảo trì</translation>
    </message>
    <message>
        <source>million ₫/yr</source>
        <translation>triệu ₫/năm</translation>
    </message>
    <message>
        <source>Net annual savings</source>
        <translation>Tiết kiệm ròng hằng năm</translation>
    </message>
    <message>
        <source>Simple payback</source>
        <translation>Thời gian hoàn vốn giản đơn</translation>
    </message>
    <message>
        <source>yr</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>NPV (%1 %, %2 yr)</source>
        <translation>NPV (%1 %, %2 năm)</translation>
    </message>
    <message>
        <source>IRR</source>
        <translation>IRR</translation>
    </message>
    <message>
        <source>Savings-to-investment ratio</source>
        <translation>Tỷ số tiết kiệm trên đầu tư (SIR)</translation>
    </message>
    <message>
        <source>Capital recovery factor</source>
        <translation>Hệ số thu hồi vốn</translation>
    </message>
    <message>
        <source>Cost of saved electricity</source>
        <translation>Chi phí cho mỗi kWh điện tiết kiệm</translation>
    </message>
    <message>
        <source>₫/kWh</source>
        <translation>₫/kWh</translation>
    </message>
    <message>
        <source>Cost of saved energy</source>
        <translation>Chi phí cho mỗi GJ năng lượng tiết kiệm</translation>
    </message>
    <message>
        <source>₫/GJ</source>
        <translation>₫/GJ</translation>
    </message>
    <message>
        <source>Cost of saved water</source>
        <translation>Chi phí cho mỗi m³ nước tiết kiệm</translation>
    </message>
    <message>
        <source>₫/m³</source>
        <translation>₫/m³</translation>
    </message>
    <message>
        <source>Marginal abatement cost</source>
        <translation>Chi phí giảm phát thải biên</translation>
    </message>
    <message>
        <source>₫/tCO2e</source>
        <translation>₫/tCO2e</translation>
    </message>
    <message>
        <source>USD/tCO2e</source>
        <translation>USD/tCO2e</translation>
    </message>
    <message>
        <source>Financial indicators</source>
        <translation>Chỉ tiêu tài chính</translation>
    </message>
    <message>
        <source>Intermediate values</source>
        <translation>Giá trị trung gian</translation>
    </message>
    <message>
        <source>default</source>
        <translation>mặc định</translation>
    </message>
    <message>
        <source>Inputs used</source>
        <translation>Dữ liệu đầu vào đã dùng</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Phương pháp</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Công thức</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Giả định</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Lưu ý</translation>
    </message>
    <message>
        <source>Worked example</source>
        <translation>Ví dụ tính toán</translation>
    </message>
    <message>
        <source>Reference data: %1 (%2); grid emission factor of %3.</source>
        <translation>Bộ dữ liệu tham chiếu: %1 (%2); hệ số phát thải lưới điện năm %3.</translation>
    </message>
</context>
<context>
    <name>ReviewFeature</name>
    <message>
        <source>Review</source>
        <translation>Xem xét</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Theo dõi</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Savings
(million ₫/yr)</source>
        <translation>Tiết kiệm
(triệu ₫/năm)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Ý kiến</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <source>Sign off…</source>
        <translation>Ký duyệt…</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Mở khóa…</translation>
    </message>
    <message>
        <source>Comments on the whole audit</source>
        <translation>Ý kiến chung về cuộc đánh giá</translation>
    </message>
    <message>
        <source>🔒 Signed off by &lt;b&gt;%1&lt;/b&gt; (%2) on %3 — the audited figures are locked.</source>
        <translation>🔒 Đã được &lt;b&gt;%1&lt;/b&gt; (%2) ký duyệt ngày %3 — số liệu đánh giá đã khóa.</translation>
    </message>
    <message>
        <source>Not signed off: the audited figures can still change.</source>
        <translation>Chưa ký duyệt: số liệu đánh giá vẫn có thể thay đổi.</translation>
    </message>
    <message>
        <source>Last unlocked because: %1</source>
        <translation>Lần mở khóa gần nhất vì: %1</translation>
    </message>
    <message>
        <source>Your role: %1</source>
        <translation>Vai trò của bạn: %1</translation>
    </message>
    <message>
        <source>No estimate: %1</source>
        <translation>Không có ước tính: %1</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Auditor</source>
        <translation>Chuyên gia đánh giá</translation>
    </message>
    <message>
        <source>Enterprise reviewer</source>
        <translation>Người rà soát của doanh nghiệp</translation>
    </message>
    <message>
        <source>Project office</source>
        <translation>Ban Quản lý dự án</translation>
    </message>
    <message>
        <source> or </source>
        <translation> hoặc </translation>
    </message>
    <message>
        <source>Only the %1 may %2; your role in the settings is %3.</source>
        <translation>Chỉ %1 mới được %2; vai trò của bạn trong phần thiết lập là %3.</translation>
    </message>
</context>
<context>
    <name>Rollup</name>
    <message>
        <source>No audit matches the selection: nothing to roll up.</source>
        <translation>Không có đợt đánh giá nào khớp với lựa chọn: không có gì để tổng hợp.</translation>
    </message>
    <message>
        <source>The roll-up was not written: %1 consistency issue(s) to fix first.</source>
        <translation>Chưa ghi sổ tính tổng hợp: cần sửa trước %1 vấn đề về tính nhất quán.</translation>
    </message>
    <message>
        <source>%1: opportunity %2 saves “%3”, which has no unit the roll-up can add up. Change the carrier of that saving.</source>
        <translation>%1: giải pháp %2 tiết kiệm “%3”, loại không có đơn vị để cộng vào tổng hợp. Hãy đổi dạng năng lượng, tài nguyên của khoản tiết kiệm đó.</translation>
    </message>
    <message>
        <source>%1 audit(s) have no VND/USD exchange rate in their reference data, so their USD figures are empty: %2. Give their reference-data set a rate (fx.usd).</source>
        <translation>%1 đợt đánh giá không có tỷ giá VND/USD trong dữ liệu tham chiếu nên các số liệu USD bị trống: %2. Hãy bổ sung tỷ giá (fx.usd) cho bộ dữ liệu tham chiếu đó.</translation>
    </message>
    <message>
        <source>%1 VND/USD (%2 audits)</source>
        <translation>%1 VND/USD (%2 đợt đánh giá)</translation>
    </message>
    <message>
        <source>The audits convert VND to USD at different rates: %1. Their USD totals are added at each audit&apos;s own rate; re-estimate them with one set to compare like with like.</source>
        <translation>Các đợt đánh giá quy đổi VND sang USD theo những tỷ giá khác nhau: %1. Tổng USD được cộng theo tỷ giá riêng của từng đợt; hãy ước tính lại bằng cùng một bộ dữ liệu để so sánh được với nhau.</translation>
    </message>
    <message>
        <source>%1: %2 audits</source>
        <translation>%1: %2 đợt đánh giá</translation>
    </message>
    <message>
        <source>The audits use reference-data sets with different factors (tariffs, emission factors, exchange rates): %1. Re-estimate them with one set, or accept that their figures rest on different bases.</source>
        <translation>Các đợt đánh giá dùng những bộ dữ liệu tham chiếu có hệ số khác nhau (giá điện, hệ số phát thải, tỷ giá): %1. Hãy ước tính lại bằng cùng một bộ, hoặc chấp nhận rằng số liệu dựa trên những cơ sở khác nhau.</translation>
    </message>
    <message>
        <source>%1 appears twice (two audits with the same enterprise, title and date). Leave one out of the selection or merge them.</source>
        <translation>%1 xuất hiện hai lần (hai đợt đánh giá cùng doanh nghiệp, cùng tên và cùng ngày). Hãy bỏ một đợt khỏi lựa chọn hoặc gộp chúng lại.</translation>
    </message>
    <message>
        <source>“%1” is an opportunity of two selected audits of %2 (%3 and %4): it would be counted twice. Reject it in one of them or leave one audit out.</source>
        <translation>“%1” là giải pháp của hai đợt đánh giá được chọn của %2 (%3 và %4): nó sẽ bị tính hai lần. Hãy từ chối nó ở một đợt hoặc bỏ một đợt khỏi lựa chọn.</translation>
    </message>
    <message>
        <source>%1 and %2 both report an industrial-symbiosis exchange with each other: the same exchange may be counted twice. Keep it in one of the two audits.</source>
        <translation>%1 và %2 đều báo cáo một trao đổi cộng sinh công nghiệp với nhau: cùng một trao đổi có thể bị tính hai lần. Chỉ giữ nó ở một trong hai đợt đánh giá.</translation>
    </message>
    <message>
        <source>Enterprise %1</source>
        <translation>Doanh nghiệp %1</translation>
    </message>
</context>
<context>
    <name>SavingsPanel</name>
    <message>
        <source>Cost savings (million ₫/yr)</source>
        <translation>Tiết kiệm chi phí (triệu ₫/năm)</translation>
    </message>
    <message>
        <source>Electricity (MWh/yr)</source>
        <translation>Điện (MWh/năm)</translation>
    </message>
    <message>
        <source>Water (m³/yr)</source>
        <translation>Nước (m³/năm)</translation>
    </message>
    <message>
        <source>Emissions avoided (tCO2e/yr)</source>
        <translation>Giảm phát thải (tCO2e/năm)</translation>
    </message>
    <message>
        <source>Investment (million ₫)</source>
        <translation>Đầu tư (triệu ₫)</translation>
    </message>
    <message>
        <source>Proposed, accepted and implemented: estimates. Verified: measured with meters, per year.</source>
        <translation>Đề xuất, chấp nhận và đã thực hiện: số ước tính. Đã xác minh: đo bằng đồng hồ, quy ra năm.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Savings of the enterprise&apos;s audits&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tiết kiệm theo các cuộc đánh giá của doanh nghiệp&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Enterprise total</source>
        <translation>Tổng doanh nghiệp</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Cuộc đánh giá</translation>
    </message>
    <message>
        <source>%1 opportunities</source>
        <translation>%1 cơ hội</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Enter a whole number from %1 to %2.</source>
        <translation>Nhập một số nguyên từ %1 đến %2.</translation>
    </message>
    <message>
        <source>Choose one of %1.</source>
        <translation>Chọn một trong: %1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Your name (recorded in the change history)</source>
        <translation>Tên của bạn (ghi trong lịch sử thay đổi)</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Chuyên gia đánh giá</translation>
    </message>
    <message>
        <source>Enterprise reviewer</source>
        <translation>Người rà soát của doanh nghiệp</translation>
    </message>
    <message>
        <source>Project office</source>
        <translation>Ban Quản lý dự án</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>kWh (kilowatt-hours)</source>
        <translation>kWh (kilôoát giờ)</translation>
    </message>
    <message>
        <source>MWh (megawatt-hours)</source>
        <translation>MWh (mêgaoát giờ)</translation>
    </message>
    <message>
        <source>GJ (gigajoules)</source>
        <translation>GJ (gigajun)</translation>
    </message>
    <message>
        <source>Energy totals in</source>
        <translation>Tổng năng lượng tính bằng</translation>
    </message>
    <message>
        <source>VND (₫)</source>
        <translation>VND (₫)</translation>
    </message>
    <message>
        <source>USD ($)</source>
        <translation>USD ($)</translation>
    </message>
    <message>
        <source>USD uses the exchange rate of each audit&apos;s reference data; an audit without a rate shows VND.</source>
        <translation>USD được quy đổi theo tỷ giá trong dữ liệu tham chiếu của từng cuộc đánh giá; cuộc đánh giá không có tỷ giá sẽ hiển thị VND.</translation>
    </message>
    <message>
        <source>Money in</source>
        <translation>Tiền tệ hiển thị</translation>
    </message>
    <message>
        <source>The reference data (tariffs, emission factors, exchange rate) a new audit starts with</source>
        <translation>Dữ liệu tham chiếu (biểu giá, hệ số phát thải, tỷ giá) mà một cuộc đánh giá mới sử dụng ban đầu</translation>
    </message>
    <message>
        <source>Reference data of new audits</source>
        <translation>Dữ liệu tham chiếu cho cuộc đánh giá mới</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Số bản sao lưu giữ lại</translation>
    </message>
    <message>
        <source>Backup every (minutes)</source>
        <translation>Sao lưu mỗi (phút)</translation>
    </message>
    <message>
        <source>The built-in set</source>
        <translation>Bộ có sẵn</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (từ %2)</translation>
    </message>
    <message>
        <source>%1 (not in this database)</source>
        <translation>%1 (không có trong cơ sở dữ liệu này)</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Nhập một số.</translation>
    </message>
</context>
<context>
    <name>SetupPanel</name>
    <message>
        <source>This audit has no checklist yet.</source>
        <translation>Cuộc đánh giá này chưa có danh mục khảo sát.</translation>
    </message>
    <message>
        <source>Choose the walk-through template and the add-ons of the enterprise&apos;s sector. The audit keeps the template version it starts with, even when newer versions are imported later.</source>
        <translation>Chọn mẫu danh mục khảo sát và phần bổ sung theo ngành của doanh nghiệp. Cuộc đánh giá giữ phiên bản mẫu lúc bắt đầu, kể cả khi sau này nhập phiên bản mới hơn.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <source>Sector add-ons</source>
        <translation>Phần bổ sung theo ngành</translation>
    </message>
    <message>
        <source>Start the checklist</source>
        <translation>Bắt đầu khảo sát</translation>
    </message>
    <message>
        <source>Import a template…</source>
        <translation>Nhập mẫu…</translation>
    </message>
    <message>
        <source>Export the chosen template…</source>
        <translation>Xuất mẫu đã chọn…</translation>
    </message>
    <message>
        <source>The database is open read-only: the checklist cannot be started here.</source>
        <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ đọc: không thể bắt đầu danh mục ở đây.</translation>
    </message>
    <message>
        <source>(none for this template)</source>
        <translation>(mẫu này không có)</translation>
    </message>
    <message>
        <source>These templates do not fit together</source>
        <translation>Các mẫu này không khớp với nhau</translation>
    </message>
</context>
<context>
    <name>SignOff</name>
    <message>
        <source>sign the audit off</source>
        <translation>ký duyệt cuộc đánh giá</translation>
    </message>
    <message>
        <source>Enter the name of the person who signs off.</source>
        <translation>Hãy nhập tên người ký duyệt.</translation>
    </message>
    <message>
        <source>Enter the date of the sign-off.</source>
        <translation>Hãy nhập ngày ký duyệt.</translation>
    </message>
    <message>
        <source>This audit is already signed off.</source>
        <translation>Cuộc đánh giá này đã được ký duyệt.</translation>
    </message>
    <message>
        <source>unlock a signed-off audit</source>
        <translation>mở khóa cuộc đánh giá đã ký duyệt</translation>
    </message>
    <message>
        <source>Say why the audit is unlocked.</source>
        <translation>Hãy nói vì sao mở khóa cuộc đánh giá.</translation>
    </message>
    <message>
        <source>This audit is not signed off.</source>
        <translation>Cuộc đánh giá này chưa được ký duyệt.</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Sign off the audit</source>
        <translation>Ký duyệt cuộc đánh giá</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Signing off locks the audited figures: estimates, savings, checklist answers, photos, and the readings and production of the baseline period. Decisions, follow-up and comments stay open. Unlocking later needs a reason and is recorded.</source>
        <translation>Ký duyệt sẽ khóa số liệu đánh giá: ước tính, mức tiết kiệm, câu trả lời khảo sát, ảnh, chỉ số và sản lượng của giai đoạn cơ sở. Quyết định, theo dõi và ý kiến vẫn mở. Mở khóa về sau cần có lý do và được ghi lại.</translation>
    </message>
    <message>
        <source>Opportunities still waiting for a decision: %1.</source>
        <translation>Số cơ hội còn chờ quyết định: %1.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>opened read-only on request.</source>
        <translation>được mở ở chế độ chỉ đọc theo yêu cầu.</translation>
    </message>
    <message>
        <source>No database at %1.</source>
        <translation>Không có cơ sở dữ liệu tại %1.</translation>
    </message>
    <message>
        <source>another AuditDesk has this file open (%1). Close it there to edit here.</source>
        <translation>một phiên AuditDesk khác đang mở tệp này (%1). Hãy đóng tệp ở đó để chỉnh sửa tại đây.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade that cannot be made read-only. Open it where it is not in use.</source>
        <translation>%1 cần được nâng cấp, nhưng không thể nâng cấp ở chế độ chỉ đọc. Hãy mở tệp khi không có ai khác đang sử dụng.</translation>
    </message>
    <message>
        <source>it holds tables AuditDesk did not make</source>
        <translation>tệp chứa các bảng không do AuditDesk tạo ra</translation>
    </message>
    <message>
        <source>%1 was made by a newer AuditDesk (database version %2; this AuditDesk reads up to %3). Update AuditDesk to open it. The file was not changed.</source>
        <translation>%1 được tạo bởi phiên bản AuditDesk mới hơn (phiên bản cơ sở dữ liệu %2; AuditDesk này chỉ đọc được đến %3). Hãy cập nhật AuditDesk để mở tệp. Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>%1 is not an AuditDesk database or is damaged (%2).</source>
        <translation>%1 không phải là cơ sở dữ liệu AuditDesk hoặc đã bị hỏng (%2).</translation>
    </message>
    <message>
        <source>This database is open read-only: %1</source>
        <translation>Cơ sở dữ liệu này đang mở ở chế độ chỉ đọc: %1</translation>
    </message>
    <message>
        <source>No %1 with id %2.</source>
        <translation>Không tìm thấy %1 có mã %2.</translation>
    </message>
    <message>
        <source>Invalid %1: %2</source>
        <translation>%1 không hợp lệ: %2</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Proposed</source>
        <translation>Đã đề xuất</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Đã chấp nhận</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Đã thực hiện</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Đã xác minh</translation>
    </message>
</context>
<context>
    <name>SummaryCLI</name>
    <message>
        <source>%1 audit(s), %2 opportunities</source>
        <translation>%1 cuộc đánh giá, %2 cơ hội</translation>
    </message>
    <message>
        <source>By status:</source>
        <translation>Theo trạng thái:</translation>
    </message>
    <message>
        <source>By RECP technique:</source>
        <translation>Theo kỹ thuật RECP:</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>m3 water/yr</source>
        <translation>m3 nước/năm</translation>
    </message>
    <message>
        <source>kWh/yr</source>
        <translation>kWh/năm</translation>
    </message>
    <message>
        <source>VND/yr</source>
        <translation>₫/năm</translation>
    </message>
    <message>
        <source>USD/yr</source>
        <translation>USD/năm</translation>
    </message>
    <message>
        <source>Investment VND</source>
        <translation>Đầu tư VND</translation>
    </message>
    <message>
        <source>tCO2e/yr</source>
        <translation>tCO2e/năm</translation>
    </message>
    <message>
        <source>Proposed, accepted and implemented savings are estimates; verified savings are measured.</source>
        <translation>Tiết kiệm đề xuất, chấp nhận và đã thực hiện là số ước tính; tiết kiệm đã xác minh là số đo.</translation>
    </message>
    <message>
        <source>No database at %1.</source>
        <translation>Không có cơ sở dữ liệu tại %1.</translation>
    </message>
    <message>
        <source>No audit with the id or title “%1”.</source>
        <translation>Không có cuộc đánh giá nào có mã hoặc tên “%1”.</translation>
    </message>
    <message>
        <source>No park with the id or name “%1”.</source>
        <translation>Không có khu công nghiệp nào có mã hoặc tên “%1”.</translation>
    </message>
    <message>
        <source>All audits in the database</source>
        <translation>Mọi cuộc đánh giá trong cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>Tariff</name>
    <message>
        <source>110 kV and above</source>
        <translation>Từ 110 kV trở lên</translation>
    </message>
    <message>
        <source>22 kV to below 110 kV</source>
        <translation>Từ 22 kV đến dưới 110 kV</translation>
    </message>
    <message>
        <source>6 kV to below 22 kV</source>
        <translation>Từ 6 kV đến dưới 22 kV</translation>
    </message>
    <message>
        <source>Below 6 kV</source>
        <translation>Dưới 6 kV</translation>
    </message>
    <message>
        <source>Normal hours</source>
        <translation>Giờ bình thường</translation>
    </message>
    <message>
        <source>Off-peak hours</source>
        <translation>Giờ thấp điểm</translation>
    </message>
    <message>
        <source>Peak hours</source>
        <translation>Giờ cao điểm</translation>
    </message>
    <message>
        <source>Unknown voltage level &apos;%1&apos;; choose one of: %2.</source>
        <translation>Không có cấp điện áp &apos;%1&apos;; hãy chọn một trong: %2.</translation>
    </message>
    <message>
        <source>Unknown time-of-use period &apos;%1&apos;; choose one of: %2.</source>
        <translation>Không có khung giờ &apos;%1&apos;; hãy chọn một trong: %2.</translation>
    </message>
    <message>
        <source>Energy in period &apos;%1&apos; must be 0 kWh or more, got %2.</source>
        <translation>Điện năng trong khung giờ &apos;%1&apos; phải từ 0 kWh trở lên, nhận được %2.</translation>
    </message>
    <message>
        <source>The period shares must add up to more than 0.</source>
        <translation>Tổng tỷ lệ các khung giờ phải lớn hơn 0.</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>TeamworkCLI</name>
    <message>
        <source>No database at %1.</source>
        <translation>Không có cơ sở dữ liệu tại %1.</translation>
    </message>
    <message>
        <source>%1 is sound.</source>
        <translation>%1 nguyên vẹn.</translation>
    </message>
    <message>
        <source>Restored %1 from %2; the replaced file is kept as %3.</source>
        <translation>Đã khôi phục %1 từ %2; tệp bị thay được giữ lại là %3.</translation>
    </message>
    <message>
        <source>%1: deleted here (%2, %3), changed in the package (%4, %5)</source>
        <translation>%1: đã xóa ở bên này (%2, %3), đã sửa trong gói (%4, %5)</translation>
    </message>
    <message>
        <source>%1, %2: ours “%3” (%4, %5) | theirs “%6” (%7, %8)</source>
        <translation>%1, %2: bên này “%3” (%4, %5) | bên gói “%6” (%7, %8)</translation>
    </message>
    <message>
        <source>%1: %2; %3 history rows added.</source>
        <translation>%1: %2; thêm %3 dòng lịch sử.</translation>
    </message>
    <message>
        <source>kept ours</source>
        <translation>giữ bên này</translation>
    </message>
    <message>
        <source>took theirs</source>
        <translation>lấy bên gói</translation>
    </message>
    <message>
        <source>  [o] keep ours  [t] take theirs  [O]/[T] the same for all the rest  [q] quit, change nothing: </source>
        <translation>  [o] giữ bên này  [t] lấy bên gói  [O]/[T] như vậy cho mọi mục còn lại  [q] thoát, không thay đổi gì: </translation>
    </message>
    <message>
        <source>Stopped: nothing was changed.</source>
        <translation>Đã dừng: không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>No audit with id %1.</source>
        <translation>Không có cuộc đánh giá nào có mã %1.</translation>
    </message>
    <message>
        <source>%1 matches %2 audits; give more of the id.</source>
        <translation>%1 khớp với %2 cuộc đánh giá; hãy nhập mã dài hơn.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 audit(s), %3 records, %4 readings, %5 history rows, %6 kB.</source>
        <translation>Đã ghi %1: %2 cuộc đánh giá, %3 bản ghi, %4 chỉ số, %5 dòng lịch sử, %6 kB.</translation>
    </message>
</context>
<context>
    <name>TeamworkController</name>
    <message>
        <source>E&amp;xport audit package…</source>
        <translation>&amp;Xuất gói kiểm toán…</translation>
    </message>
    <message>
        <source>&amp;Merge packages…</source>
        <translation>Gộ&amp;p các gói kiểm toán…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Bản sao lưu…</translation>
    </message>
    <message>
        <source>Backed up.</source>
        <translation>Đã sao lưu.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Sao lưu tự động không thành công: %1</translation>
    </message>
    <message>
        <source>Looking for a good backup…</source>
        <translation>Đang tìm một bản sao lưu tốt…</translation>
    </message>
    <message>
        <source>%1 is damaged (%2), and no good backup of it was found. Stop working in it, keep a copy of the file and ask for help.</source>
        <translation>%1 bị hỏng (%2) và không tìm thấy bản sao lưu tốt nào. Hãy ngừng làm việc trên tệp này, giữ lại một bản sao của tệp và nhờ hỗ trợ.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2

Restore the newest good backup, made %3? Changes made after it are not in it. The damaged file is kept in %4.</source>
        <translation>%1 bị hỏng: %2

Khôi phục bản sao lưu tốt mới nhất, tạo lúc %3? Những thay đổi sau lúc đó không có trong bản này. Tệp hỏng được giữ lại trong %4.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Đang khôi phục bản sao lưu…</translation>
    </message>
    <message>
        <source>Restored %1 from the backup made %2. The file it replaced is kept as %3.</source>
        <translation>Đã khôi phục %1 từ bản sao lưu lúc %2. Tệp bị thay được giữ lại là %3.</translation>
    </message>
    <message>
        <source>Writing the audit package…</source>
        <translation>Đang ghi gói kiểm toán…</translation>
    </message>
    <message>
        <source>Wrote %1: %2 audit(s), %3 records, %4 kB. Send this file to the colleague or office who merges it.</source>
        <translation>Đã ghi %1: %2 cuộc đánh giá, %3 bản ghi, %4 kB. Hãy gửi tệp này cho đồng nghiệp hoặc văn phòng sẽ gộp nó.</translation>
    </message>
    <message>
        <source>Merge packages</source>
        <translation>Gộp các gói kiểm toán</translation>
    </message>
    <message>
        <source>AuditDesk package</source>
        <translation>Gói dữ liệu AuditDesk</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <source>Merge of %1 cancelled: nothing was changed.</source>
        <translation>Đã hủy gộp %1: không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Merging %1…</source>
        <translation>Đang gộp %1…</translation>
    </message>
    <message>
        <source>Merged:</source>
        <translation>Đã gộp:</translation>
    </message>
</context>
<context>
    <name>TemplateFiles</name>
    <message>
        <source>Export the template</source>
        <translation>Xuất mẫu</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Import a checklist template</source>
        <translation>Nhập mẫu danh mục khảo sát</translation>
    </message>
    <message>
        <source>Cannot read %1 as UTF-8 text: %2</source>
        <translation>Không đọc được %1 dưới dạng văn bản UTF-8: %2</translation>
    </message>
    <message>
        <source>Imported “%1” version %2 (%3 items). New checklists can use it.</source>
        <translation>Đã nhập “%1” phiên bản %2 (%3 câu). Các danh mục mới có thể dùng mẫu này.</translation>
    </message>
    <message>
        <source>“%1” version %2 is already in this database; nothing changed.</source>
        <translation>“%1” phiên bản %2 đã có trong cơ sở dữ liệu; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Checking the template…</source>
        <translation>Đang kiểm tra mẫu…</translation>
    </message>
    <message>
        <source>%1 has %2 mistake(s); nothing was imported. Correct them and import it again:</source>
        <translation>%1 có %2 lỗi; chưa nhập gì. Hãy sửa rồi nhập lại:</translation>
    </message>
    <message>
        <source>… and %1 more (see the details).</source>
        <translation>… và %1 lỗi khác (xem chi tiết).</translation>
    </message>
    <message>
        <source>The template has mistakes</source>
        <translation>Mẫu có lỗi</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>&lt;b&gt;Totals&lt;/b&gt; of %1 opportunities</source>
        <translation>&lt;b&gt;Tổng&lt;/b&gt; của %1 cơ hội</translation>
    </message>
    <message>
        <source> (%1 rejected, not counted)</source>
        <translation> (%1 cơ hội bị loại, không tính)</translation>
    </message>
    <message>
        <source> — only those the filter shows</source>
        <translation> — chỉ các cơ hội đang lọc</translation>
    </message>
    <message>
        <source>Cost savings (%1 USD/yr)</source>
        <translation>Tiết kiệm chi phí (%1 USD/năm)</translation>
    </message>
    <message>
        <source>million ₫/yr</source>
        <translation>triệu ₫/năm</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Vốn đầu tư</translation>
    </message>
    <message>
        <source>million ₫</source>
        <translation>triệu ₫</translation>
    </message>
    <message>
        <source>Weighted payback</source>
        <translation>Hoàn vốn bình quân gia quyền</translation>
    </message>
    <message>
        <source>yr</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>Emissions avoided</source>
        <translation>Phát thải giảm được</translation>
    </message>
    <message>
        <source>tCO2e/yr</source>
        <translation>tCO2e/năm</translation>
    </message>
    <message>
        <source>of which industrial symbiosis (%1)</source>
        <translation>trong đó cộng sinh công nghiệp (%1)</translation>
    </message>
    <message>
        <source>%1: %2 (%3 million ₫/yr)</source>
        <translation>%1: %2 (%3 triệu ₫/năm)</translation>
    </message>
    <message>
        <source>By RECP technique: %1</source>
        <translation>Theo kỹ thuật RECP: %1</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>It holds data added since; delete it yourself if it must go.</source>
        <translation>Bản ghi này đã có thêm dữ liệu từ đó; nếu cần bỏ nó, hãy tự xóa.</translation>
    </message>
    <message>
        <source>The meter has another reading at that time now.</source>
        <translation>Đồng hồ nay đã có một chỉ số khác vào thời điểm đó.</translation>
    </message>
    <message>
        <source>New park “%1”</source>
        <translation>KCN mới “%1”</translation>
    </message>
    <message>
        <source>Edit park “%1”</source>
        <translation>Sửa KCN “%1”</translation>
    </message>
    <message>
        <source>New enterprise “%1”</source>
        <translation>Doanh nghiệp mới “%1”</translation>
    </message>
    <message>
        <source>Edit enterprise “%1”</source>
        <translation>Sửa doanh nghiệp “%1”</translation>
    </message>
    <message>
        <source>New audit “%1”</source>
        <translation>Cuộc đánh giá mới “%1”</translation>
    </message>
    <message>
        <source>Edit audit “%1”</source>
        <translation>Sửa cuộc đánh giá “%1”</translation>
    </message>
    <message>
        <source>New meter “%1”</source>
        <translation>Đồng hồ mới “%1”</translation>
    </message>
    <message>
        <source>Edit meter “%1”</source>
        <translation>Sửa đồng hồ “%1”</translation>
    </message>
    <message>
        <source>New production record %1</source>
        <translation>Số liệu sản lượng mới %1</translation>
    </message>
    <message>
        <source>Edit production record %1</source>
        <translation>Sửa số liệu sản lượng %1</translation>
    </message>
    <message>
        <source>New record %1</source>
        <translation>Bản ghi mới %1</translation>
    </message>
    <message>
        <source>Edit record %1</source>
        <translation>Sửa bản ghi %1</translation>
    </message>
    <message>
        <source>Edit reading %1</source>
        <translation>Sửa chỉ số %1</translation>
    </message>
    <message>
        <source>Move reading %1 to %2</source>
        <translation>Chuyển chỉ số %1 sang %2</translation>
    </message>
    <message>
        <source>Add reading %1</source>
        <translation>Thêm chỉ số %1</translation>
    </message>
    <message>
        <source>Delete reading %1</source>
        <translation>Xóa chỉ số %1</translation>
    </message>
    <message>
        <source>Add %1 readings</source>
        <translation>Thêm %1 chỉ số</translation>
    </message>
    <message>
        <source>Delete %1 readings</source>
        <translation>Xóa %1 chỉ số</translation>
    </message>
    <message>
        <source>Delete production record %1</source>
        <translation>Xóa số liệu sản lượng %1</translation>
    </message>
    <message>
        <source>Delete %1 production records</source>
        <translation>Xóa %1 số liệu sản lượng</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Trả lời %1</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Ghi chú cho %1</translation>
    </message>
    <message>
        <source>Finding %1</source>
        <translation>Phát hiện %1</translation>
    </message>
    <message>
        <source>Edit opportunity %1</source>
        <translation>Sửa cơ hội %1</translation>
    </message>
    <message>
        <source>Add opportunity %1</source>
        <translation>Thêm cơ hội %1</translation>
    </message>
    <message>
        <source>Delete opportunity %1</source>
        <translation>Xóa cơ hội %1</translation>
    </message>
    <message>
        <source>Status of %1: %2</source>
        <translation>Trạng thái của %1: %2</translation>
    </message>
    <message>
        <source>RECP sort of %1: %2</source>
        <translation>Phân loại RECP của %1: %2</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>Ý kiến về %1</translation>
    </message>
    <message>
        <source>Comment on the audit</source>
        <translation>Ý kiến về cuộc đánh giá</translation>
    </message>
    <message>
        <source>Follow-up of %1</source>
        <translation>Theo dõi %1</translation>
    </message>
</context>
<context>
    <name>UndoController</name>
    <message>
        <source>Undo %1</source>
        <translation>Hoàn tác %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Làm lại %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>“%1” cannot be undone: %2</source>
        <translation>Không thể hoàn tác “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be redone: %2</source>
        <translation>Không thể làm lại “%1”: %2</translation>
    </message>
</context>
<context>
    <name>UnitNames</name>
    <message>
        <source>yr</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>day</source>
        <translation>ngày</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>&apos;%1&apos; is not a number with an optional unit (write e.g. 7.5 bar, with a decimal point and no thousands separator).</source>
        <translation>&apos;%1&apos; không phải là một số (có thể kèm đơn vị). Hãy viết, ví dụ: 7.5 bar — dùng dấu chấm thập phân và không dùng dấu phân cách hàng nghìn.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; divides by zero.</source>
        <translation>&apos;%1&apos; chia cho 0.</translation>
    </message>
    <message>
        <source>Unknown unit &apos;%1&apos;.</source>
        <translation>Đơn vị không xác định &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cannot convert %1 to %2: they measure different things.</source>
        <translation>Không thể quy đổi %1 sang %2: hai đơn vị đo các đại lượng khác nhau.</translation>
    </message>
    <message>
        <source>Cannot convert %1 to %2: a temperature difference is not a temperature.</source>
        <translation>Không thể quy đổi %1 sang %2: chênh lệch nhiệt độ không phải là nhiệt độ.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>&apos;%1&apos; không phải là số.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a finite number.</source>
        <translation>&apos;%1&apos; không phải là số hữu hạn.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the audit</source>
        <translation>Mở khóa cuộc đánh giá</translation>
    </message>
    <message>
        <source>Unlocking lets the audited figures change again. Say why: the reason, your name and the time are kept in the history.</source>
        <translation>Mở khóa cho phép số liệu đánh giá thay đổi trở lại. Hãy nói vì sao: lý do, tên bạn và thời điểm được lưu trong lịch sử.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter a date.</source>
        <translation>Hãy nhập ngày.</translation>
    </message>
    <message>
        <source>Not a valid date (expected YYYY-MM-DD).</source>
        <translation>Ngày không hợp lệ (định dạng YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Trường này là bắt buộc.</translation>
    </message>
    <message>
        <source>Must be at least %1.</source>
        <translation>Phải lớn hơn hoặc bằng %1.</translation>
    </message>
    <message>
        <source>Unknown voltage level.</source>
        <translation>Cấp điện áp không hợp lệ.</translation>
    </message>
    <message>
        <source>Choose the industrial park.</source>
        <translation>Hãy chọn khu công nghiệp.</translation>
    </message>
    <message>
        <source>Unknown sector.</source>
        <translation>Ngành không hợp lệ.</translation>
    </message>
    <message>
        <source>Shifts per day must be between 0 and 4.</source>
        <translation>Số ca mỗi ngày phải từ 0 đến 4.</translation>
    </message>
    <message>
        <source>Operating hours must be between 0 and 8,784 h/yr.</source>
        <translation>Số giờ vận hành phải từ 0 đến 8.784 giờ/năm.</translation>
    </message>
    <message>
        <source>Not a valid e-mail address.</source>
        <translation>Địa chỉ thư điện tử không hợp lệ.</translation>
    </message>
    <message>
        <source>Enter a year such as 2023.</source>
        <translation>Nhập một năm, ví dụ 2023.</translation>
    </message>
    <message>
        <source>Choose the enterprise.</source>
        <translation>Hãy chọn doanh nghiệp.</translation>
    </message>
    <message>
        <source>Unknown audit type.</source>
        <translation>Loại đánh giá không hợp lệ.</translation>
    </message>
    <message>
        <source>Unknown status.</source>
        <translation>Trạng thái không hợp lệ.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Ngày kết thúc sớm hơn ngày bắt đầu.</translation>
    </message>
    <message>
        <source>Unknown carrier.</source>
        <translation>Dạng năng lượng/tài nguyên không hợp lệ.</translation>
    </message>
    <message>
        <source>Unknown meter kind.</source>
        <translation>Loại đồng hồ không hợp lệ.</translation>
    </message>
    <message>
        <source>The multiplier must be greater than zero.</source>
        <translation>Hệ số nhân phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>The rollover value must be greater than zero.</source>
        <translation>Giá trị quay vòng phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>A meter cannot be its own parent.</source>
        <translation>Một đồng hồ không thể là đồng hồ cha của chính nó.</translation>
    </message>
    <message>
        <source>Unknown RECP technique.</source>
        <translation>Kỹ thuật RECP không hợp lệ.</translation>
    </message>
    <message>
        <source>Lifetime must be between 0 and 50 years.</source>
        <translation>Tuổi thọ phải từ 0 đến 50 năm.</translation>
    </message>
    <message>
        <source>Discount rate must be a fraction such as 0.10.</source>
        <translation>Tỷ lệ chiết khấu phải là một phân số, ví dụ 0,10.</translation>
    </message>
    <message>
        <source>Name the partner of an industrial-symbiosis opportunity.</source>
        <translation>Hãy nêu tên đối tác của cơ hội cộng sinh công nghiệp.</translation>
    </message>
    <message>
        <source>Unknown RECP sort.</source>
        <translation>Phân loại RECP không hợp lệ.</translation>
    </message>
    <message>
        <source>The IPMVP option is A, B, C or D.</source>
        <translation>Phương án IPMVP là A, B, C hoặc D.</translation>
    </message>
    <message>
        <source>Choose the audit.</source>
        <translation>Hãy chọn cuộc đánh giá.</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <source>Good housekeeping</source>
        <translation>Quản lý nội vi tốt</translation>
    </message>
    <message>
        <source>Input material change</source>
        <translation>Thay đổi nguyên liệu đầu vào</translation>
    </message>
    <message>
        <source>Better process control</source>
        <translation>Kiểm soát quá trình tốt hơn</translation>
    </message>
    <message>
        <source>Equipment modification</source>
        <translation>Cải tiến thiết bị</translation>
    </message>
    <message>
        <source>Technology change</source>
        <translation>Thay đổi công nghệ</translation>
    </message>
    <message>
        <source>On-site recovery and reuse</source>
        <translation>Tuần hoàn, tái sử dụng tại chỗ</translation>
    </message>
    <message>
        <source>Production of useful by-product</source>
        <translation>Sản xuất sản phẩm phụ hữu ích</translation>
    </message>
    <message>
        <source>Product modification</source>
        <translation>Cải tiến sản phẩm</translation>
    </message>
    <message>
        <source>Walk-through</source>
        <translation>Sơ bộ</translation>
    </message>
    <message>
        <source>Detailed</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Theo dõi sau đánh giá</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Đã lên kế hoạch</translation>
    </message>
    <message>
        <source>Fieldwork</source>
        <translation>Khảo sát hiện trường</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Phân tích</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Đang xem xét</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Đã ký duyệt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Đã xác định</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Đã đề xuất</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Đã chấp nhận</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Đã lên lịch</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Đã từ chối</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Đã thực hiện</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Đã xác minh</translation>
    </message>
    <message>
        <source>Cumulative register</source>
        <translation>Chỉ số cộng dồn</translation>
    </message>
    <message>
        <source>Consumption per period</source>
        <translation>Tiêu thụ theo kỳ</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Ghi thủ công</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Hóa đơn</translation>
    </message>
    <message>
        <source>Logger</source>
        <translation>Bộ ghi dữ liệu</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Ước tính</translation>
    </message>
    <message>
        <source>Seafood processing</source>
        <translation>Chế biến thủy sản</translation>
    </message>
    <message>
        <source>Food and beverage</source>
        <translation>Thực phẩm và đồ uống</translation>
    </message>
    <message>
        <source>Textile dyeing and finishing</source>
        <translation>Dệt nhuộm và hoàn tất</translation>
    </message>
    <message>
        <source>Garment</source>
        <translation>May mặc</translation>
    </message>
    <message>
        <source>Metal finishing and plating</source>
        <translation>Xử lý bề mặt và xi mạ kim loại</translation>
    </message>
    <message>
        <source>Metal fabrication</source>
        <translation>Gia công kim loại</translation>
    </message>
    <message>
        <source>Electronics</source>
        <translation>Điện tử</translation>
    </message>
    <message>
        <source>Chemicals</source>
        <translation>Hóa chất</translation>
    </message>
    <message>
        <source>Plastics and rubber</source>
        <translation>Nhựa và cao su</translation>
    </message>
    <message>
        <source>Pulp and paper</source>
        <translation>Bột giấy và giấy</translation>
    </message>
    <message>
        <source>Building materials</source>
        <translation>Vật liệu xây dựng</translation>
    </message>
    <message>
        <source>Wood and furniture</source>
        <translation>Gỗ và nội thất</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>110 kV and above</source>
        <translation>Từ 110 kV trở lên</translation>
    </message>
    <message>
        <source>22 kV to below 110 kV</source>
        <translation>Từ 22 kV đến dưới 110 kV</translation>
    </message>
    <message>
        <source>6 kV to below 22 kV</source>
        <translation>Từ 6 kV đến dưới 22 kV</translation>
    </message>
    <message>
        <source>Below 6 kV</source>
        <translation>Dưới 6 kV</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>%1 is longer than the %2 characters a spreadsheet cell holds. Shorten it, then export again.</source>
        <translation>%1 dài hơn %2 ký tự mà một ô bảng tính chứa được. Hãy rút ngắn rồi xuất lại.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <source>Opportunity %1 saves %2, which the workbook has no column for. Change the carrier of that saving, then export again.</source>
        <translation>Giải pháp %1 tiết kiệm %2, loại mà sổ tính không có cột. Hãy đổi dạng năng lượng, tài nguyên của khoản tiết kiệm đó rồi xuất lại.</translation>
    </message>
    <message>
        <source>Opportunity %1</source>
        <translation>Giải pháp %1</translation>
    </message>
</context>
<context>
    <name>WorkbookCLI</name>
    <message>
        <source>No database at %1.</source>
        <translation>Không có cơ sở dữ liệu tại %1.</translation>
    </message>
    <message>
        <source>The workbook was not written: %1</source>
        <translation>Chưa ghi sổ tính: %1</translation>
    </message>
    <message>
        <source>Wrote %1: %2 opportunities, %3 checklist items, %4 meters, %5 kB.</source>
        <translation>Đã ghi %1: %2 giải pháp, %3 mục bảng kiểm, %4 đồng hồ đo, %5 kB.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Không nhập gì: %1</translation>
    </message>
    <message>
        <source>Dry run, nothing stored. %1 — %2: would create %3; would update %4.</source>
        <translation>Chạy thử, không lưu gì. %1 — %2: sẽ tạo mới %3; sẽ cập nhật %4.</translation>
    </message>
    <message>
        <source>Imported %1 — %2: created %3; updated %4.</source>
        <translation>Đã nhập %1 — %2: tạo mới %3; cập nhật %4.</translation>
    </message>
    <message>
        <source>“%1” names %2 parks; give its id or exact name.</source>
        <translation>“%1” ứng với %2 KCN; hãy nhập mã định danh hoặc đúng tên của KCN.</translation>
    </message>
    <message>
        <source>Unknown audit status %1; use one of %2.</source>
        <translation>Không rõ trạng thái đánh giá %1; hãy dùng một trong %2.</translation>
    </message>
    <message>
        <source>Fix them, or add --force to write the roll-up with them listed.</source>
        <translation>Hãy sửa các vấn đề này, hoặc thêm --force để vẫn ghi sổ tính tổng hợp kèm danh sách vấn đề.</translation>
    </message>
    <message>
        <source>The roll-up was not written: %1</source>
        <translation>Chưa ghi sổ tính tổng hợp: %1</translation>
    </message>
    <message>
        <source>Wrote %1: %2 audits of %3 enterprises, %4 opportunities, %5 kB.</source>
        <translation>Đã ghi %1: %2 đợt đánh giá của %3 doanh nghiệp, %4 giải pháp, %5 kB.</translation>
    </message>
</context>
<context>
    <name>WorkbookImport</name>
    <message>
        <source>%1 (row %2): %3</source>
        <translation>%1 (dòng %2): %3</translation>
    </message>
    <message>
        <source>%1 (row %2, column %3 “%4”): %5</source>
        <translation>%1 (dòng %2, cột %3 “%4”): %5</translation>
    </message>
    <message>
        <source>no header line with the workbook&apos;s column names was found.</source>
        <translation>không tìm thấy dòng tiêu đề có tên các cột của sổ tính.</translation>
    </message>
    <message>
        <source>the column “%1” is missing.</source>
        <translation>thiếu cột “%1”.</translation>
    </message>
    <message>
        <source>this cell is empty.</source>
        <translation>ô này đang trống.</translation>
    </message>
    <message>
        <source>enter a number.</source>
        <translation>hãy nhập một số.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” không phải là số.</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>%1 không phải là số nguyên.</translation>
    </message>
    <message>
        <source>enter a date.</source>
        <translation>hãy nhập ngày.</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>“%1” không phải là ngày.</translation>
    </message>
    <message>
        <source>“%1” is not one of the codes %2.</source>
        <translation>“%1” không thuộc các mã %2.</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no.</source>
        <translation>“%1” không phải yes hay no.</translation>
    </message>
    <message>
        <source>Imported from the workbook %1.</source>
        <translation>Nhập từ sổ tính %1.</translation>
    </message>
    <message>
        <source>Monthly totals imported from the workbook %1.</source>
        <translation>Tổng theo tháng nhập từ sổ tính %1.</translation>
    </message>
    <message>
        <source>no data for this month in the workbook</source>
        <translation>sổ tính không có số liệu của tháng này</translation>
    </message>
    <message>
        <source>%1 month(s) of production were already in this database and were kept.</source>
        <translation>%1 tháng sản lượng đã có trong cơ sở dữ liệu này và được giữ nguyên.</translation>
    </message>
    <message>
        <source>in this database the enterprise belongs to another park (%1), not to the park of the workbook.</source>
        <translation>trong cơ sở dữ liệu này, doanh nghiệp thuộc một KCN khác (%1), không phải KCN ghi trong sổ tính.</translation>
    </message>
    <message>
        <source>in this database the audit belongs to another enterprise (%1).</source>
        <translation>trong cơ sở dữ liệu này, đợt đánh giá thuộc một doanh nghiệp khác (%1).</translation>
    </message>
    <message>
        <source>this audit is signed off and locked in this database; unlock it before importing changes.</source>
        <translation>đợt đánh giá này đã được ký duyệt và khóa trong cơ sở dữ liệu này; hãy mở khóa trước khi nhập thay đổi.</translation>
    </message>
    <message>
        <source>the audit uses checklist %1 version %2 in this database.</source>
        <translation>trong cơ sở dữ liệu này, đợt đánh giá dùng bảng kiểm %1 phiên bản %2.</translation>
    </message>
    <message>
        <source>every factor must belong to the set named on Cover (%1, %2).</source>
        <translation>mọi hệ số phải thuộc bộ dữ liệu ghi ở trang Cover (%1, %2).</translation>
    </message>
    <message>
        <source>the key %1 is already on row %2.</source>
        <translation>khóa %1 đã có ở dòng %2.</translation>
    </message>
    <message>
        <source>the set “%1” of this database has another value for %2; reference data are never changed by an import.</source>
        <translation>bộ “%1” trong cơ sở dữ liệu này có giá trị khác cho %2; dữ liệu tham chiếu không bao giờ bị thay đổi khi nhập.</translation>
    </message>
    <message>
        <source>the Checklist sheet has answers but no template is named.</source>
        <translation>trang Checklist có câu trả lời nhưng không ghi tên mẫu bảng kiểm.</translation>
    </message>
    <message>
        <source>the checklist template %1 version %2 is neither in this database nor shipped with AuditDesk; import the template first.</source>
        <translation>mẫu bảng kiểm %1 phiên bản %2 không có trong cơ sở dữ liệu này và không đi kèm AuditDesk; hãy nhập mẫu trước.</translation>
    </message>
    <message>
        <source>the template has no item %1.</source>
        <translation>mẫu không có mục %1.</translation>
    </message>
    <message>
        <source>the item %1 is already on row %2.</source>
        <translation>mục %1 đã có ở dòng %2.</translation>
    </message>
    <message>
        <source>“%1” is not one of the answers %2.</source>
        <translation>“%1” không thuộc các câu trả lời %2.</translation>
    </message>
    <message>
        <source>only number items take a value; write the answer in “Answer”.</source>
        <translation>chỉ mục kiểu số mới có giá trị; hãy ghi câu trả lời vào cột “Answer”.</translation>
    </message>
    <message>
        <source>the production of %1 differs from row %2.</source>
        <translation>sản lượng của %1 khác với dòng %2.</translation>
    </message>
    <message>
        <source>meter %1 is described differently on row %2.</source>
        <translation>đồng hồ %1 được mô tả khác ở dòng %2.</translation>
    </message>
    <message>
        <source>%1 of this meter is already on row %2.</source>
        <translation>tháng %1 của đồng hồ này đã có ở dòng %2.</translation>
    </message>
    <message>
        <source>a monthly consumption cannot be negative.</source>
        <translation>tiêu thụ theo tháng không thể âm.</translation>
    </message>
    <message>
        <source>in this database this meter belongs to another enterprise.</source>
        <translation>trong cơ sở dữ liệu này, đồng hồ này thuộc một doanh nghiệp khác.</translation>
    </message>
    <message>
        <source>the parent meter is neither in the workbook nor in this database.</source>
        <translation>đồng hồ cha không có trong sổ tính cũng không có trong cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>%1 meter(s) are already in this database: their monthly figures come from their readings and were not imported.</source>
        <translation>%1 đồng hồ đã có trong cơ sở dữ liệu này: số liệu tháng của chúng được tính từ số đọc nên không được nhập.</translation>
    </message>
    <message>
        <source>this opportunity (id %1) is already on row %2.</source>
        <translation>giải pháp này (mã định danh %1) đã có ở dòng %2.</translation>
    </message>
    <message>
        <source>in this database this opportunity belongs to another audit.</source>
        <translation>trong cơ sở dữ liệu này, giải pháp này thuộc một đợt đánh giá khác.</translation>
    </message>
    <message>
        <source>comments already made cannot be changed through a workbook; add new text after them.</source>
        <translation>không thể sửa các ý kiến đã có qua sổ tính; hãy viết thêm sau chúng.</translation>
    </message>
    <message>
        <source>there is no estimator %1.</source>
        <translation>không có phương pháp ước tính %1.</translation>
    </message>
    <message>
        <source>a CO2e reduction needs the resource saving that causes it.</source>
        <translation>mức giảm CO2e cần có khoản tiết kiệm tài nguyên tạo ra nó.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Không có tệp %1.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): it cannot be opened as one.</source>
        <translation>%1 không phải sổ tính Excel (.xlsx): không mở được như một sổ tính.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). Export it again or ask for a fresh copy.</source>
        <translation>%1 bị hỏng và không đọc được (%2). Hãy xuất lại hoặc xin một bản mới.</translation>
    </message>
    <message>
        <source>%1 is not an AuditDesk audit workbook: it has no sheet “Cover”.</source>
        <translation>%1 không phải sổ tính đánh giá của AuditDesk: không có trang “Cover”.</translation>
    </message>
    <message>
        <source>this sheet is missing from the workbook.</source>
        <translation>sổ tính thiếu trang này.</translation>
    </message>
    <message>
        <source>the field “%1” is missing.</source>
        <translation>thiếu mục “%1”.</translation>
    </message>
    <message>
        <source>%1 is not an AuditDesk audit workbook: its Cover has no field table.</source>
        <translation>%1 không phải sổ tính đánh giá của AuditDesk: trang Cover không có bảng thông tin.</translation>
    </message>
    <message>
        <source>%1 is not an AuditDesk audit workbook: its Cover names no workbook format version.</source>
        <translation>%1 không phải sổ tính đánh giá của AuditDesk: trang Cover không ghi phiên bản định dạng sổ tính.</translation>
    </message>
    <message>
        <source>%1 has workbook format %2, written by a newer AuditDesk; this one reads format %3. Update AuditDesk to import it.</source>
        <translation>%1 có định dạng sổ tính %2, do AuditDesk mới hơn ghi; bản này đọc định dạng %3. Hãy cập nhật AuditDesk để nhập.</translation>
    </message>
    <message>
        <source>Reading the workbook…</source>
        <translation>Đang đọc sổ tính…</translation>
    </message>
    <message>
        <source>Checking it against the database…</source>
        <translation>Đang đối chiếu với cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2 cell(s) to fix.</source>
        <translation>Không nhập gì từ %1: có %2 ô cần sửa.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
</context>
<context>
    <name>YesNoAnswer</name>
    <message>
        <source>Yes (Y)</source>
        <translation>Có (Y)</translation>
    </message>
    <message>
        <source>No (N)</source>
        <translation>Không (N)</translation>
    </message>
    <message>
        <source>N/A (A)</source>
        <translation>Không áp dụng (A)</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <extracomment>argparse&apos;s user-facing messages (Python 3.11), translated under the context &quot;argparse&quot;. Its programming errors (conflicting options …) stay English.</extracomment>
        <translation>cách dùng: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>đối số vị trí</translation>
    </message>
    <message>
        <source>options</source>
        <translation>tùy chọn</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>hiện trợ giúp này rồi thoát</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: lỗi: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>đối số %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>thiếu các đối số bắt buộc: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>cần một trong các đối số %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>không được dùng cùng đối số %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>đối số không nhận ra: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>lựa chọn không hợp lệ: %(value)r (chọn một trong %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>giá trị %(type)s không hợp lệ: %(value)r</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>không có lệnh %(parser_name)r (chọn một trong: %(choices)s)</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>cần một giá trị</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>cần nhiều nhất một giá trị</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>cần ít nhất một giá trị</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>cần %s giá trị</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>cần %s giá trị</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tùy chọn không rõ ràng: %(option)s có thể là %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>tùy chọn không mong đợi: %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>giá trị %r viết kèm không được dùng</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>không mở được &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
</TS>
