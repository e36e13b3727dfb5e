"""The project-office workbook as a public file format (WORKBOOK.md): sheet names,
column headers, number formats, code lists and the format version.

Everything a reader of the file depends on is declared here, once, and the
tests hold it. Headers are two lines: the Vietnamese one above, the English
one below it. The English line is the **key** of a column — stable, with the
unit in it (``Cost savings (VND/yr)``), the row the filter sits on and the row
the importer looks columns up by. The Vietnamese line is a label for people.
Both are literal text here rather than entries of the translation catalogue:
the workbook is bilingual by design and must read the same whoever exports it.

Format version ``MAJOR.MINOR``: MINOR grows when columns or sheets are added
(older importers ignore what they do not know), MAJOR when a column changes
meaning or goes away. The importer reads every version whose MAJOR it knows.
"""

from __future__ import annotations

from dataclasses import dataclass

FORMAT_VERSION = "1.0"
SUPPORTED_MAJOR = (1,)
APP_MARK = "AuditDesk"  # the first cell of Cover: what made the file

# --- sheets ------------------------------------------------------------------------------

COVER, ENTERPRISE, BASELINE, MONTHLY = "Cover", "Enterprise", "Baseline", "Monthly"
CHECKLIST, OPPORTUNITIES, SUMMARY, REFERENCE = "Checklist", "Opportunities", "Summary", "Reference"
AUDIT_SHEETS = (COVER, ENTERPRISE, BASELINE, MONTHLY, CHECKLIST, OPPORTUNITIES, SUMMARY,
                REFERENCE)
PORTFOLIO, BY_PARK, BY_TECHNIQUE, BY_STATUS = "Portfolio", "ByPark", "ByTechnique", "ByStatus"
ROLLUP_SHEETS = (SUMMARY, PORTFOLIO, BY_PARK, BY_TECHNIQUE, BY_STATUS, OPPORTUNITIES, REFERENCE)

# Row (0-based) of the English header line on sheets whose table starts at the top;
# the Vietnamese line is the row above. Cover and Summary have a title block first.
HEADER_ROW = 1
TITLED_HEADER_ROW = 4

# --- number formats ----------------------------------------------------------------------

FORMATS: dict[str, str] = {
    "text": "@",
    "code": "@",
    "int": "#,##0",
    "qty": "#,##0",
    "qty1": "#,##0.0",
    "vnd": "#,##0",
    "usd": "#,##0.00",
    "tco2": "#,##0.00",
    "yr": "0.00",
    "pct": "0.0%",
    "factor": "General",
    "date": "yyyy-mm-dd",
    "month": "yyyy-mm",
    "datetime": "yyyy-mm-dd hh:mm:ss",
    "general": "General",
}

DATA, FORMULA, DERIVED = "data", "formula", "derived"  # how a column's cells come to be


@dataclass(frozen=True)
class Column:
    """One column of a table sheet.

    ``role``: DATA cells are read back on import; FORMULA cells are live formulas
    (with AuditDesk's value cached); DERIVED cells are values AuditDesk computed
    or labels, shown for people and ignored on import. ``fmt`` names a number
    format of ``FORMATS``; ``codes`` is the data-validation list of a code column.
    """

    key: str
    en: str
    vi: str
    fmt: str = "text"
    role: str = DATA
    width: float = 12
    codes: tuple[str, ...] = ()


def headers(columns: tuple[Column, ...]) -> list[str]:
    """The English header line (the columns' keys in the file)."""
    return [c.en for c in columns]


# --- vocabularies (codes with their English and Vietnamese names) ------------------------

TECHNIQUES: dict[str, tuple[str, str]] = {
    "GH": ("Good housekeeping", "Quản lý nội vi tốt"),
    "IM": ("Input material change", "Thay đổi nguyên liệu đầu vào"),
    "PC": ("Better process control", "Kiểm soát quá trình tốt hơn"),
    "EM": ("Equipment modification", "Cải tiến thiết bị"),
    "TC": ("Technology change", "Thay đổi công nghệ"),
    "OR": ("On-site recovery and reuse", "Tuần hoàn, tái sử dụng tại chỗ"),
    "BP": ("Production of useful by-product", "Sản xuất sản phẩm phụ hữu ích"),
    "PM": ("Product modification", "Cải tiến sản phẩm"),
}
OPPORTUNITY_STATUSES: dict[str, tuple[str, str]] = {
    "identified": ("Identified", "Đã xác định"),
    "proposed": ("Proposed", "Đã đề xuất"),
    "accepted": ("Accepted", "Đã chấp nhận"),
    "scheduled": ("Scheduled", "Đã lên lịch"),
    "rejected": ("Rejected", "Đã từ chối"),
    "in_progress": ("In progress", "Đang thực hiện"),
    "implemented": ("Implemented", "Đã thực hiện"),
    "verified": ("Verified", "Đã xác minh"),
}
AUDIT_STATUSES: dict[str, tuple[str, str]] = {
    "planned": ("Planned", "Đã lên kế hoạch"),
    "fieldwork": ("Fieldwork", "Khảo sát hiện trường"),
    "analysis": ("Analysis", "Phân tích"),
    "review": ("In review", "Đang xem xét"),
    "signed_off": ("Signed off", "Đã ký duyệt"),
    "closed": ("Closed", "Đã đóng"),
}
AUDIT_TYPES: dict[str, tuple[str, str]] = {
    "walkthrough": ("Walk-through", "Sơ bộ"),
    "detailed": ("Detailed", "Chi tiết"),
    "followup": ("Follow-up", "Theo dõi sau đánh giá"),
}
PRIORITIES: dict[str, tuple[str, str]] = {
    "high": ("High", "Cao"), "medium": ("Medium", "Trung bình"), "low": ("Low", "Thấp"),
}
YES_NO: dict[str, tuple[str, str]] = {"yes": ("Yes", "Có"), "no": ("No", "Không")}
ANSWERS: dict[str, tuple[str, str]] = {
    "yes": ("Yes", "Có"), "no": ("No", "Không"), "na": ("Not applicable", "Không áp dụng"),
}
SECTORS: dict[str, tuple[str, str]] = {
    "seafood": ("Seafood processing", "Chế biến thủy sản"),
    "food": ("Food and beverage", "Thực phẩm và đồ uống"),
    "textile": ("Textile dyeing and finishing", "Dệt nhuộm và hoàn tất"),
    "garment": ("Garment", "May mặc"),
    "metal_finishing": ("Metal finishing and plating", "Xử lý bề mặt và xi mạ kim loại"),
    "metal": ("Metal fabrication", "Gia công kim loại"),
    "electronics": ("Electronics", "Điện tử"),
    "chemicals": ("Chemicals", "Hóa chất"),
    "plastics": ("Plastics and rubber", "Nhựa và cao su"),
    "paper": ("Pulp and paper", "Bột giấy và giấy"),
    "building_materials": ("Building materials", "Vật liệu xây dựng"),
    "wood": ("Wood and furniture", "Gỗ và nội thất"),
    "other": ("Other", "Khác"),
}
VOLTAGE_LEVELS: dict[str, tuple[str, str]] = {
    "ge110kv": ("110 kV and above", "Từ 110 kV trở lên"),
    "22to110kv": ("22 kV to below 110 kV", "Từ 22 kV đến dưới 110 kV"),
    "6to22kv": ("6 kV to below 22 kV", "Từ 6 kV đến dưới 22 kV"),
    "lt6kv": ("Below 6 kV", "Dưới 6 kV"),
}
# Carriers with a canonical unit, in the order of auditdesk.model.carriers; (EN, VI, unit).
CARRIERS: dict[str, tuple[str, str, str]] = {
    "electricity": ("Electricity", "điện", "kWh"),
    "water": ("Water", "nước", "m³"),
    "wastewater": ("Wastewater", "nước thải", "m³"),
    "natural_gas": ("Natural gas", "khí thiên nhiên", "m³"),
    "lpg": ("LPG", "LPG", "kg"),
    "diesel": ("Diesel", "dầu DO", "L"),
    "fuel_oil": ("Fuel oil", "dầu FO", "kg"),
    "coal": ("Coal", "than", "kg"),
    "biomass": ("Biomass", "sinh khối", "kg"),
    "steam": ("Steam", "hơi nước", "kg"),
    "compressed_air": ("Compressed air", "khí nén", "m³"),
}
HEADLINE_WATER = "water"  # the m³/yr of the headline sentence


def carrier_column(code: str) -> Column:
    """The savings column of one carrier: ``Electricity savings (kWh/yr)``."""
    en, vi, unit = CARRIERS[code]
    return Column(f"saving_{code}", f"{en} savings ({unit}/yr)",
                  f"Tiết kiệm {vi} ({unit}/năm)", "qty", DATA, 14)


CARRIER_COLUMNS = tuple(carrier_column(code) for code in CARRIERS)

# --- Cover and Enterprise: field / value tables -------------------------------------------

FIELD_COLUMNS = (
    Column("field", "Field", "Mục (tiếng Anh)", "text", DATA, 30),
    Column("field_vi", "Field (Vietnamese)", "Mục", "text", DERIVED, 34),
    Column("value", "Value", "Giá trị", "general", DATA, 44),
    Column("meaning", "Meaning of the code", "Ý nghĩa của mã", "text", DERIVED, 30),
)


@dataclass(frozen=True)
class Field:
    """One row of a field/value sheet: its English key, Vietnamese label, kind and role."""

    key: str
    en: str
    vi: str
    kind: str = "text"  # text | code | date | datetime | int | number
    role: str = DATA
    codes: tuple[str, ...] = ()


COVER_FIELDS = (
    Field("enterprise", "Enterprise", "Doanh nghiệp", role=FORMULA),
    Field("park", "Industrial park", "Khu công nghiệp", role=FORMULA),
    Field("province", "Province", "Tỉnh, thành phố", role=FORMULA),
    Field("sector", "Sector", "Ngành", role=DERIVED),
    Field("title", "Audit", "Đợt đánh giá"),
    Field("audit_type", "Audit type", "Loại đánh giá", "code", codes=tuple(AUDIT_TYPES)),
    Field("start_date", "Start date", "Ngày bắt đầu", "date"),
    Field("end_date", "End date", "Ngày kết thúc", "date"),
    Field("auditors", "Auditors", "Chuyên gia đánh giá"),
    Field("reviewer", "Reviewer", "Người xem xét"),
    Field("status", "Audit status", "Trạng thái đánh giá", "code", codes=tuple(AUDIT_STATUSES)),
    Field("baseline_start", "Baseline from", "Đường cơ sở từ ngày", "date"),
    Field("baseline_end", "Baseline to", "Đường cơ sở đến ngày", "date"),
    Field("grid_year", "Grid emission-factor year", "Năm của hệ số phát thải lưới điện", "int"),
    Field("template_code", "Checklist template", "Mẫu bảng kiểm", "code"),
    Field("template_version", "Checklist template version", "Phiên bản mẫu bảng kiểm", "code"),
    Field("template_addons", "Checklist add-ons", "Phần bổ sung theo ngành", "code"),
    Field("notes", "Audit notes", "Ghi chú đợt đánh giá"),
    Field("reference_set", "Reference-data set", "Bộ dữ liệu tham chiếu"),
    Field("reference_date", "Reference-data effective date", "Ngày hiệu lực của dữ liệu tham chiếu",
          "date"),
    Field("app_version", "AuditDesk version", "Phiên bản AuditDesk", role=DERIVED),
    Field("format_version", "Workbook format version", "Phiên bản định dạng sổ tính", "code"),
    Field("exported_at", "Exported at", "Thời điểm xuất", "datetime", DERIVED),
    Field("audit_id", "Audit id", "Mã định danh đợt đánh giá", "code"),
    Field("enterprise_id", "Enterprise id", "Mã định danh doanh nghiệp", "code"),
    Field("park_id", "Park id", "Mã định danh khu công nghiệp", "code"),
)

ENTERPRISE_FIELDS = (
    Field("name", "Name", "Tên doanh nghiệp"),
    Field("sector", "Sector", "Ngành", "code", codes=tuple(SECTORS)),
    Field("products", "Products", "Sản phẩm"),
    Field("capacity", "Capacity", "Công suất"),
    Field("employees", "Employees", "Số lao động", "int"),
    Field("shifts", "Shifts per day", "Số ca mỗi ngày", "int"),
    Field("operating_hours", "Operating hours (h/yr)", "Số giờ vận hành (giờ/năm)", "number"),
    Field("voltage_level", "Supply voltage", "Cấp điện áp", "code", codes=tuple(VOLTAGE_LEVELS)),
    Field("address", "Address", "Địa chỉ"),
    Field("contact_name", "Contact", "Người liên hệ"),
    Field("contact_phone", "Contact phone", "Điện thoại liên hệ"),
    Field("contact_email", "Contact e-mail", "Thư điện tử liên hệ"),
    Field("notes", "Notes", "Ghi chú"),
    Field("park_name", "Industrial park", "Khu công nghiệp"),
    Field("park_province", "Province", "Tỉnh, thành phố"),
    Field("park_board", "Management board", "Ban quản lý"),
)

# --- table sheets ---------------------------------------------------------------------------

BASELINE_COLUMNS = (
    Column("carrier", "Carrier", "Mã dạng năng lượng, tài nguyên", "code", DATA, 14),
    Column("carrier_en", "Carrier (English)", "Tên (tiếng Anh)", "text", DERIVED, 16),
    Column("carrier_vi", "Carrier (Vietnamese)", "Tên", "text", DERIVED, 16),
    Column("unit", "Unit", "Đơn vị", "code", DERIVED, 7),
    Column("amount", "Consumption (unit/yr)", "Tiêu thụ (đơn vị/năm)", "qty", DERIVED, 14),
    Column("gj_factor", "GJ per unit", "GJ trên một đơn vị", "factor", DERIVED, 11),
    Column("gj", "Energy (GJ/yr)", "Năng lượng (GJ/năm)", "qty", FORMULA, 13),
    Column("toe_factor", "TOE per unit", "TOE trên một đơn vị", "factor", DERIVED, 11),
    Column("toe", "Energy (TOE/yr)", "Năng lượng (TOE/năm)", "qty1", FORMULA, 13),
    Column("co2e_factor", "tCO2e per unit", "tCO2e trên một đơn vị", "factor", DERIVED, 11),
    Column("co2e", "Emissions (tCO2e/yr)", "Phát thải (tCO2e/năm)", "tco2", FORMULA, 13),
    Column("bio_factor", "Biogenic CO2 per unit (t)", "CO2 sinh học trên một đơn vị (t)", "factor",
           DERIVED, 11),
    Column("biogenic", "Biogenic CO2 (t/yr)", "CO2 sinh học (t/năm)", "tco2", FORMULA, 12),
    Column("price", "Price (VND per unit)", "Đơn giá (VND/đơn vị)", "vnd", DERIVED, 11),
    Column("cost_vnd", "Cost (VND/yr)", "Chi phí (VND/năm)", "vnd", FORMULA, 16),
    Column("cost_usd", "Cost (USD/yr)", "Chi phí (USD/năm)", "usd", FORMULA, 14),
    Column("share_gj", "Share of energy", "Tỷ trọng năng lượng", "pct", FORMULA, 10),
    Column("share_cost", "Share of cost", "Tỷ trọng chi phí", "pct", FORMULA, 10),
    Column("specific", "Specific consumption (unit per production unit)",
           "Suất tiêu hao (đơn vị trên một đơn vị sản phẩm)", "qty1", FORMULA, 16),
    Column("specific_unit", "Specific consumption unit", "Đơn vị suất tiêu hao", "code", DERIVED,
           12),
)

MONTHLY_COLUMNS = (
    Column("month", "Month", "Tháng", "month", DATA, 9),
    Column("meter", "Meter", "Đồng hồ đo", "text", DATA, 28),
    Column("carrier", "Carrier", "Dạng năng lượng, tài nguyên", "code", DATA, 12),
    Column("unit", "Unit", "Đơn vị", "code", DATA, 7),
    Column("consumption", "Consumption (unit/month)", "Tiêu thụ (đơn vị/tháng)", "qty1", DATA, 14),
    Column("product", "Product", "Sản phẩm", "text", DATA, 18),
    Column("production", "Production (production unit/month)", "Sản lượng (đơn vị/tháng)", "qty1",
           DATA, 14),
    Column("production_unit", "Production unit", "Đơn vị sản lượng", "code", DATA, 9),
    Column("specific", "Specific consumption (unit per production unit)",
           "Suất tiêu hao (đơn vị trên một đơn vị sản phẩm)", "qty1", FORMULA, 14),
    Column("parent", "Sub-meter of", "Là đồng hồ con của", "text", DERIVED, 22),
    Column("meter_id", "Meter id", "Mã định danh đồng hồ", "code", DATA, 12),
    Column("parent_id", "Parent meter id", "Mã định danh đồng hồ cha", "code", DATA, 12),
)

CHECKLIST_COLUMNS = (
    Column("area", "Area", "Mã khu vực", "code", DERIVED, 14),
    Column("area_vi", "Area (Vietnamese)", "Khu vực", "text", DERIVED, 22),
    Column("area_en", "Area (English)", "Khu vực (tiếng Anh)", "text", DERIVED, 22),
    Column("item", "Item", "Mã mục", "code", DATA, 9),
    Column("text_vi", "Item (Vietnamese)", "Nội dung", "text", DERIVED, 48),
    Column("text_en", "Item (English)", "Nội dung (tiếng Anh)", "text", DERIVED, 48),
    Column("answer_type", "Answer type", "Kiểu trả lời", "code", DERIVED, 10),
    Column("answer", "Answer", "Trả lời (mã)", "code", DATA, 10),
    Column("answer_label", "Answer (label)", "Trả lời", "text", DERIVED, 18),
    Column("value", "Value", "Giá trị", "general", DATA, 11),
    Column("unit", "Unit", "Đơn vị", "code", DATA, 8),
    Column("note", "Note", "Ghi chú", "text", DATA, 36),
    Column("finding", "Finding", "Phát hiện", "code", DATA, 9, tuple(YES_NO)),
    Column("photos", "Photos", "Số ảnh", "int", DERIVED, 7),
    Column("response_id", "Answer id", "Mã định danh câu trả lời", "code", DATA, 12),
)

OPPORTUNITY_COLUMNS = (
    Column("code", "Code", "Mã", "code", DATA, 8),
    Column("title", "Title", "Tên giải pháp", "text", DATA, 36),
    Column("description", "Description", "Mô tả", "text", DATA, 36),
    Column("area", "Area", "Mã khu vực", "code", DATA, 14),
    Column("area_name", "Area name", "Khu vực", "text", DERIVED, 20),
    Column("technique", "RECP technique", "Kỹ thuật RECP", "code", DATA, 10, tuple(TECHNIQUES)),
    Column("estimator", "Estimator", "Phương pháp ước tính", "code", DATA, 16),
    *CARRIER_COLUMNS,
    Column("cost_vnd", "Cost savings (VND/yr)", "Tiết kiệm chi phí (VND/năm)", "vnd", DATA, 16),
    Column("vnd_per_usd", "Exchange rate (VND/USD)", "Tỷ giá (VND/USD)", "vnd", FORMULA, 10),
    Column("cost_usd", "Cost savings (USD/yr)", "Tiết kiệm chi phí (USD/năm)", "usd", FORMULA, 14),
    Column("inv_equipment", "Investment: equipment (VND)", "Đầu tư: thiết bị (VND)", "vnd", DATA,
           15),
    Column("inv_installation", "Investment: installation (VND)", "Đầu tư: lắp đặt (VND)", "vnd",
           DATA, 15),
    Column("inv_engineering", "Investment: engineering (VND)", "Đầu tư: thiết kế, kỹ thuật (VND)",
           "vnd", DATA, 15),
    Column("inv_other", "Investment: other (VND)", "Đầu tư: khác (VND)", "vnd", DATA, 15),
    Column("investment", "Investment (VND)", "Tổng đầu tư (VND)", "vnd", FORMULA, 16),
    Column("om_change", "O&M cost change (VND/yr)", "Thay đổi chi phí vận hành, bảo trì (VND/năm)",
           "vnd", DATA, 15),
    Column("net", "Net savings (VND/yr)", "Tiết kiệm ròng (VND/năm)", "vnd", FORMULA, 16),
    Column("payback", "Simple payback (yr)", "Thời gian hoàn vốn giản đơn (năm)", "yr", FORMULA, 10),
    Column("lifetime", "Lifetime (yr)", "Tuổi thọ (năm)", "qty1", DATA, 9),
    Column("discount_rate", "Discount rate", "Tỷ lệ chiết khấu", "pct", DATA, 9),
    Column("npv", "NPV (VND)", "Giá trị hiện tại ròng NPV (VND)", "vnd", FORMULA, 16),
    Column("irr", "IRR", "Tỷ suất hoàn vốn nội bộ IRR", "pct", FORMULA, 9),
    Column("co2e", "CO2e reduction (t/yr)", "Giảm phát thải CO2e (t/năm)", "tco2", DATA, 12),
    Column("status", "Status", "Trạng thái", "code", DATA, 12, tuple(OPPORTUNITY_STATUSES)),
    Column("priority", "Priority", "Mức ưu tiên", "code", DATA, 9, tuple(PRIORITIES)),
    Column("owner", "Owner", "Người phụ trách", "text", DATA, 16),
    Column("symbiosis", "Industrial symbiosis", "Cộng sinh công nghiệp", "code", DATA, 10,
           tuple(YES_NO)),
    Column("partner", "Symbiosis partner", "Đối tác cộng sinh", "text", DATA, 20),
    Column("comments", "Reviewer comments", "Ý kiến người xem xét", "text", DATA, 30),
    Column("checklist_item", "Checklist item", "Mục bảng kiểm", "code", DATA, 9),
    Column("id", "Id", "Mã định danh", "code", DATA, 12),
)

REFERENCE_COLUMNS = (
    Column("set", "Reference-data set", "Bộ dữ liệu tham chiếu", "text", DATA, 22),
    Column("set_date", "Set effective date", "Ngày hiệu lực của bộ", "date", DATA, 11),
    Column("key", "Key", "Khóa", "code", DATA, 28),
    Column("category", "Category", "Nhóm", "code", DATA, 12),
    Column("label_en", "Factor (English)", "Hệ số (tiếng Anh)", "text", DATA, 36),
    Column("label_vi", "Factor (Vietnamese)", "Hệ số", "text", DATA, 36),
    Column("value", "Value", "Giá trị", "factor", DATA, 12),
    Column("unit", "Unit", "Đơn vị", "code", DATA, 12),
    Column("source", "Source", "Nguồn", "text", DATA, 40),
    Column("effective_date", "Effective date", "Ngày hiệu lực", "date", DATA, 11),
    Column("note", "Note", "Ghi chú", "text", DATA, 24),
)

SUMMARY_COLUMNS = (
    Column("section", "Section", "Nhóm chỉ tiêu", "code", DERIVED, 11),
    Column("code", "Code", "Mã", "code", DERIVED, 13),
    Column("kpi_en", "Indicator", "Chỉ tiêu (tiếng Anh)", "text", DERIVED, 34),
    Column("kpi_vi", "Indicator (Vietnamese)", "Chỉ tiêu", "text", DERIVED, 34),
    Column("unit", "Unit", "Đơn vị", "code", DERIVED, 9),
    Column("recp", "RECP", "RECP", "general", FORMULA, 17),
    Column("symbiosis", "Industrial symbiosis", "Cộng sinh công nghiệp", "general", FORMULA, 17),
    Column("all", "All", "Tất cả", "general", FORMULA, 17),
)

# --- roll-up -----------------------------------------------------------------------------------

ROLLUP_PREFIX = (
    Column("park", "Industrial park", "Khu công nghiệp", "text", DERIVED, 22),
    Column("enterprise", "Enterprise", "Doanh nghiệp", "text", DERIVED, 28),
    Column("audit", "Audit", "Đợt đánh giá", "text", DERIVED, 24),
    Column("year", "Year", "Năm", "general", DERIVED, 6),
)
ROLLUP_SUFFIX = (
    Column("audit_id", "Audit id", "Mã định danh đợt đánh giá", "code", DERIVED, 12),
    Column("park_id", "Park id", "Mã định danh khu công nghiệp", "code", DERIVED, 12),
)
ROLLUP_OPPORTUNITY_COLUMNS = ROLLUP_PREFIX + tuple(  # the rate is each audit's own, as data
    Column(c.key, c.en, c.vi, c.fmt, DERIVED, c.width) if c.key == "vnd_per_usd" else c
    for c in OPPORTUNITY_COLUMNS) + ROLLUP_SUFFIX

# The measures of every aggregate table (Portfolio, ByPark, ByTechnique, ByStatus): totals
# over RECP opportunities (rejected ones left out), industrial symbiosis counted apart.
METRIC_COLUMNS = (
    Column("recp_count", "RECP opportunities", "Số giải pháp RECP", "int", FORMULA, 10),
    *(Column(c.key, c.en, c.vi, c.fmt, FORMULA, c.width) for c in CARRIER_COLUMNS),
    Column("cost_vnd", "Cost savings (VND/yr)", "Tiết kiệm chi phí (VND/năm)", "vnd", FORMULA, 16),
    Column("cost_usd", "Cost savings (USD/yr)", "Tiết kiệm chi phí (USD/năm)", "usd", FORMULA, 14),
    Column("investment", "Investment (VND)", "Tổng đầu tư (VND)", "vnd", FORMULA, 16),
    Column("net", "Net savings (VND/yr)", "Tiết kiệm ròng (VND/năm)", "vnd", FORMULA, 16),
    Column("co2e", "CO2e reduction (t/yr)", "Giảm phát thải CO2e (t/năm)", "tco2", FORMULA, 12),
    Column("payback", "Weighted payback (yr)", "Thời gian hoàn vốn bình quân (năm)", "yr", FORMULA,
           10),
    Column("is_count", "Industrial symbiosis opportunities", "Số giải pháp cộng sinh công nghiệp",
           "int", FORMULA, 12),
    Column("is_cost_vnd", "Industrial symbiosis cost savings (VND/yr)",
           "Tiết kiệm chi phí từ cộng sinh công nghiệp (VND/năm)", "vnd", FORMULA, 16),
    Column("is_co2e", "Industrial symbiosis CO2e reduction (t/yr)",
           "Giảm phát thải CO2e từ cộng sinh công nghiệp (t/năm)", "tco2", FORMULA, 14),
    Column("rejected", "Rejected opportunities", "Số giải pháp bị từ chối", "int", FORMULA, 10),
)

PORTFOLIO_COLUMNS = (
    Column("park", "Industrial park", "Khu công nghiệp", "text", DERIVED, 22),
    Column("province", "Province", "Tỉnh, thành phố", "text", DERIVED, 14),
    Column("enterprise", "Enterprise", "Doanh nghiệp", "text", DERIVED, 28),
    Column("sector", "Sector", "Ngành", "code", DERIVED, 12),
    Column("audit", "Audit", "Đợt đánh giá", "text", DERIVED, 24),
    Column("audit_type", "Audit type", "Loại đánh giá", "code", DERIVED, 11),
    Column("start_date", "Start date", "Ngày bắt đầu", "date", DERIVED, 11),
    Column("end_date", "End date", "Ngày kết thúc", "date", DERIVED, 11),
    Column("status", "Audit status", "Trạng thái đánh giá", "code", DERIVED, 11),
    Column("reference_set", "Reference-data set", "Bộ dữ liệu tham chiếu", "text", DERIVED, 20),
    Column("vnd_per_usd", "Exchange rate (VND/USD)", "Tỷ giá (VND/USD)", "vnd", DERIVED, 10),
    *METRIC_COLUMNS,
    Column("audit_id", "Audit id", "Mã định danh đợt đánh giá", "code", DERIVED, 12),
    Column("enterprise_id", "Enterprise id", "Mã định danh doanh nghiệp", "code", DERIVED, 12),
    Column("park_id", "Park id", "Mã định danh khu công nghiệp", "code", DERIVED, 12),
)
BY_PARK_COLUMNS = (
    Column("park", "Industrial park", "Khu công nghiệp", "text", DERIVED, 26),
    Column("province", "Province", "Tỉnh, thành phố", "text", DERIVED, 14),
    Column("audits", "Audits", "Số đợt đánh giá", "int", FORMULA, 8),
    Column("enterprises", "Enterprises", "Số doanh nghiệp", "int", DERIVED, 10),
    *METRIC_COLUMNS,
    Column("park_id", "Park id", "Mã định danh khu công nghiệp", "code", DERIVED, 12),
)
BY_TECHNIQUE_COLUMNS = (
    Column("technique", "RECP technique", "Kỹ thuật RECP", "code", DERIVED, 10),
    Column("name_en", "Technique (English)", "Tên (tiếng Anh)", "text", DERIVED, 30),
    Column("name_vi", "Technique (Vietnamese)", "Tên", "text", DERIVED, 30),
    *METRIC_COLUMNS,
)
BY_STATUS_COLUMNS = (
    Column("status", "Status", "Trạng thái", "code", DERIVED, 12),
    Column("name_en", "Status (English)", "Tên (tiếng Anh)", "text", DERIVED, 16),
    Column("name_vi", "Status (Vietnamese)", "Tên", "text", DERIVED, 16),
    *(c for c in METRIC_COLUMNS if c.key != "rejected"),
)

# --- the legend on Cover (English, Vietnamese) -----------------------------------------------

LEGEND: tuple[tuple[str, str], ...] = (
    (("Each table has two header lines: Vietnamese above, English below. The English line is "
      "the stable name of a column; filters sit on it."),
     ("Mỗi bảng có hai dòng tiêu đề: tiếng Việt ở trên, tiếng Anh ở dưới. Dòng tiếng Anh là tên "
      "cố định của cột; bộ lọc đặt trên dòng này.")),
    (("Units are in the headers, never in the cells. Money is VND; USD through the exchange rate "
      "of the reference-data set."),
     ("Đơn vị ghi ở tiêu đề cột, không ghi trong ô. Tiền tính bằng VND; USD quy đổi theo tỷ giá "
      "của bộ dữ liệu tham chiếu.")),
    (("Shaded cells are formulas over the workbook's own cells; a spreadsheet that recalculates "
      "shows AuditDesk's figures."),
     ("Ô tô nền là công thức tính từ chính các ô của sổ tính; khi tính lại, bảng tính cho cùng "
      "kết quả như AuditDesk.")),
    (("Totals leave out rejected opportunities; industrial-symbiosis opportunities are counted "
      "apart."),
     "Các tổng không tính giải pháp bị từ chối; giải pháp cộng sinh công nghiệp được tính riêng."),
)
