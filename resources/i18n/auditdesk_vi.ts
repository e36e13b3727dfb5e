<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Something went wrong inside AuditDesk. Your audit is safe: every change is saved as you make it. Please send the log file to the AuditDesk team:
%1</source>
        <translation>Đã xảy ra lỗi bên trong AuditDesk. Dữ liệu đánh giá của bạn vẫn an toàn: mọi thay đổi đều được lưu ngay khi bạn thực hiện. Vui lòng gửi tệp nhật ký cho nhóm AuditDesk:
%1</translation>
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
        <source>MWh/yr</source>
        <translation>MWh/năm</translation>
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
        <source>million ₫</source>
        <translation>triệu ₫</translation>
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
        <source>per year</source>
        <translation>mỗi năm</translation>
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
    <name>Estimator</name>
    <message>
        <source>EFLH = load · t; ΔE = Q_RT · EFLH · (kW/RT_old − kW/RT_new); COP = 3.517 / (kW/RT).</source>
        <translation>EFLH = mức tải · t; ΔE = Q_RT · EFLH · (kW/RT_cũ − kW/RT_mới); COP = 3,517 / (kW/RT).</translation>
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
        <source>The new chiller uses more kW per RT than the present one.</source>
        <translation>Chiller mới tiêu thụ nhiều kW trên mỗi RT hơn chiller hiện tại.</translation>
    </message>
    <message>
        <source>ΔP = (N_old · W_old − N_new · W_new) / 1000; ΔE = ΔP · t. Light check: ratio = N_new · lm_new / (N_old · lm_old); E_after = E_today · ratio.</source>
        <translation>ΔP = (N_cũ · W_cũ − N_mới · W_mới) / 1000; ΔE = ΔP · t. Kiểm tra ánh sáng: tỷ lệ = N_mới · lm_mới / (N_cũ · lm_cũ); E_sau = E_hiện tại · tỷ lệ.</translation>
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
        <source>Both motors drive the same shaft power; the new motor&apos;s slightly higher speed (less slip) on a centrifugal load, which can eat part of the saving, is ignored.</source>
        <translation>Hai động cơ kéo cùng một công suất trên trục; bỏ qua việc động cơ mới quay nhanh hơn một chút (độ trượt nhỏ hơn) khi kéo tải ly tâm, điều có thể làm giảm một phần mức tiết kiệm.</translation>
    </message>
    <message>
        <source>Efficiencies are those at the working load, not only the nameplate values.</source>
        <translation>Hiệu suất là hiệu suất ở mức tải làm việc thực tế, không chỉ là giá trị ghi trên nhãn.</translation>
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
        <source>The leak is a hole discharging to the atmosphere at the line pressure; pressure drop in the pipe up to the leak is ignored.</source>
        <translation>Chỗ rò được coi là một lỗ xả ra khí quyển ở áp suất đường ống; bỏ qua tổn thất áp suất trong ống tới chỗ rò.</translation>
    </message>
    <message>
        <source>Water density 1000 kg/m³, g = 9.80665 m/s².</source>
        <translation>Khối lượng riêng của nước 1000 kg/m³, g = 9,80665 m/s².</translation>
    </message>
    <message>
        <source>E = k · Q · ΔT; D = d · Q; B = max(E/(C − 1) − D, 0); M = E + D + B; ΔV_water = (M_now − M_target) · t; ΔV_wastewater = (B_now − B_target) · t.</source>
        <translation>E = k · Q · ΔT; D = d · Q; B = max(E/(C − 1) − D, 0); M = E + D + B; ΔV_nước = (M_hiện tại − M_mục tiêu) · t; ΔV_nước thải = (B_hiện tại − B_mục tiêu) · t.</translation>
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
        <source>The reused water meets the quality the receiving use needs; production is unchanged.</source>
        <translation>Nước tái sử dụng đạt chất lượng mà nơi sử dụng yêu cầu; sản xuất không thay đổi.</translation>
    </message>
    <message>
        <source>ṁ = C_d·A·p₀·√(k/(R·T₀))·(2/(k+1))^((k+1)/(2(k−1))) when choked (p₀ &gt; 1.89 p_atm), else the subsonic nozzle equation; V_free = ṁ/ρ(p_atm, T₀); kWh/yr = V_free × specific power × hours × control share</source>
        <translation>ṁ = C_d·A·p₀·√(k/(R·T₀))·(2/(k+1))^((k+1)/(2(k−1))) khi dòng tới hạn (p₀ &gt; 1,89 p_atm), ngược lại dùng phương trình vòi phun dưới âm; V_tự do = ṁ/ρ(p_atm, T₀); kWh/năm = V_tự do × suất tiêu hao điện × số giờ × tỷ lệ tiết kiệm nhờ điều khiển</translation>
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
        <source>Line pressure is below about 0.9 bar gauge: subsonic flow.</source>
        <translation>Áp suất đường ống dưới khoảng 0,9 bar (dư): dòng chảy dưới âm.</translation>
    </message>
    <message>
        <source>rule of thumb: s = 0.5 % × Δp[psi]; isentropic: s = 1 − w(p₂)/w(p₁), w = N·k/(k−1)·((p/p_atm)^((k−1)/(N·k)) − 1); unregulated air: u × (1 − p₂,abs/p₁,abs); kWh/yr = P × hours × (s_compression + s_demand × (1 − s_compression))</source>
        <translation>quy tắc kinh nghiệm: s = 0,5 % × Δp[psi]; đoạn nhiệt: s = 1 − w(p₂)/w(p₁), w = N·k/(k−1)·((p/p_atm)^((k−1)/(N·k)) − 1); khí không điều áp: u × (1 − p₂,abs/p₁,abs); kWh/năm = P × số giờ × (s_nén + s_nhu cầu × (1 − s_nén))</translation>
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
        <source>The new pressure is higher than the current one: energy use rises.</source>
        <translation>Áp suất mới cao hơn áp suất hiện tại: tiêu thụ năng lượng tăng.</translation>
    </message>
    <message>
        <source>Savings as entered by the auditor, per carrier and per year.</source>
        <translation>Mức tiết kiệm do kiểm toán viên nhập, theo từng loại năng lượng/tài nguyên và theo năm.</translation>
    </message>
    <message>
        <source>The auditor is responsible for the figures; record how they were obtained.</source>
        <translation>Kiểm toán viên chịu trách nhiệm về các số liệu; hãy ghi rõ cách xác định chúng.</translation>
    </message>
    <message>
        <source>W [lb/h] = 24.24 × P_abs [psia] × D² [in²] (× 0.5 into a closed return); heat = W × hours × heat per kg; fuel = heat / boiler efficiency</source>
        <translation>W [lb/h] = 24,24 × P_abs [psia] × D² [in²] (× 0,5 khi xả vào đường hồi kín); nhiệt = W × số giờ × nhiệt trên mỗi kg; nhiên liệu = nhiệt / hiệu suất lò hơi</translation>
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
        <source>Below about 1 bar gauge the flow is not choked: Napier&apos;s formula overstates it.</source>
        <translation>Dưới khoảng 1 bar (dư) dòng chảy không ở trạng thái tới hạn: công thức Napier cho kết quả cao hơn thực tế.</translation>
    </message>
    <message>
        <source>fuel saved = fuel × (1 − E₁/E₂)</source>
        <translation>nhiên liệu tiết kiệm = nhiên liệu × (1 − E₁/E₂)</translation>
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
        <source>Liquid water c_p = 4.19 kJ/(kg·K); 1 t of make-up water = 1 m³.</source>
        <translation>Nước lỏng có c_p = 4,19 kJ/(kg·K); 1 tấn nước bổ sung = 1 m³.</translation>
    </message>
    <message>
        <source>q = (h_conv + h_rad) × A × (T_s − T_a), h_rad = εσ(T_s² + T_a²)(T_s + T_a), h_conv from Nu(Ra, Re); saved = (q_bare − q_insulated) × hours; fuel = saved / boiler efficiency</source>
        <translation>q = (h_đối lưu + h_bức xạ) × A × (T_s − T_a), h_bức xạ = εσ(T_s² + T_a²)(T_s + T_a), h_đối lưu theo Nu(Ra, Re); tiết kiệm = (q_trần − q_bảo ôn) × số giờ; nhiên liệu = tiết kiệm / hiệu suất lò hơi</translation>
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
        <source>Q = ṁ × c_p × (T₂ − T₁); fuel = Q × hours / boiler efficiency; share = c_p (T₂ − T₁) / (h_steam − c_p T₁)</source>
        <translation>Q = ṁ × c_p × (T₂ − T₁); nhiên liệu = Q × số giờ / hiệu suất lò hơi; tỷ lệ = c_p (T₂ − T₁) / (h_hơi − c_p T₁)</translation>
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
        <source>The feedwater gets colder: fuel use rises.</source>
        <translation>Nước cấp nguội hơn: tiêu thụ nhiên liệu tăng.</translation>
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
    <name>Messages</name>
    <message>
        <source>AuditDesk</source>
        <translation>AuditDesk</translation>
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
        <source>Backups to keep</source>
        <translation>Số bản sao lưu giữ lại</translation>
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
</TS>
