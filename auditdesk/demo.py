"""The built-in demo database: two parks, three enterprises, three audits.

Deterministic (seeded) and realistic: 36 months of meter readings shaped by
each plant's production (a fixed base load plus a part proportional to
output, with seasonal swings and noise), monthly production, and RECP
opportunities across the eight techniques with VND costs. Orders of magnitude
follow ../shared/reference (tariffs, fuel use per tonne of product typical of
the sector). Used by ``auditdesk demo``, ``make run``, tests and screenshots.
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from auditdesk import model
from auditdesk.store import Store

SEED = 20250301
AUDIT_MONTH = dt.date(2025, 3, 1)
MONTHS = 36  # readings from March 2022 to February 2025


@dataclass
class MeterPlan:
    name: str
    carrier: str
    unit: str
    kind: str  # register | period
    fixed: float  # per month, in the carrier's canonical unit
    per_unit: float  # per unit of production
    multiplier: float = 1.0
    rollover: float | None = None
    location: str = ""
    daily: bool = False  # daily logger readings instead of monthly
    start_register: float = 0.0
    parent: str | None = None


# An estimator input as the auditor typed it: a number in the declared unit, a
# choice code, or (number, unit) when it was read off a nameplate in another unit.
InputValue = float | str | tuple[float, str]


@dataclass
class OpportunityPlan:
    code: str
    title: str
    area: str
    technique: str
    estimator: str  # estimator id; "custom" when the saving is typed (no estimator fits)
    inputs: dict[str, InputValue]
    investment: tuple[float, float, float, float]  # equipment, installation, engineering, other
    status: str = "proposed"
    priority: str = "medium"
    lifetime: float = 10.0
    description: str = ""
    symbiosis: bool = False
    partner: str = ""
    om_cost: float = 0.0  # VND/yr, positive = extra running cost


@dataclass
class EnterprisePlan:
    park: str
    enterprise: model.Enterprise
    product: str
    product_unit: str
    monthly_output: float
    season: Callable[[int], float]  # month (1-12) -> factor
    meters: list[MeterPlan]
    audit: model.Audit
    areas: list[tuple[str, str]]
    opportunities: list[OpportunityPlan] = field(default_factory=list)


def _tet_dip(month: int) -> float:
    """Output dips around Tết (late Jan / Feb) and peaks before year end."""
    return {1: 0.85, 2: 0.70, 3: 0.95, 4: 1.0, 5: 1.02, 6: 1.05, 7: 1.05, 8: 1.08,
            9: 1.06, 10: 1.10, 11: 1.12, 12: 1.05}[month]


def _seafood_season(month: int) -> float:
    """Shrimp processing follows the harvest: high from May to November."""
    return {1: 0.80, 2: 0.65, 3: 0.85, 4: 0.95, 5: 1.05, 6: 1.15, 7: 1.20, 8: 1.20,
            9: 1.15, 10: 1.10, 11: 1.00, 12: 0.90}[month]


def _plans() -> list[EnterprisePlan]:
    seafood = EnterprisePlan(
        park="deepc",
        enterprise=model.Enterprise(
            name="Công ty TNHH Chế biến Thủy sản Biển Xanh",
            sector="seafood",
            products="Tôm đông lạnh (IQF, block), cá tra phi lê",
            capacity="7.000 t thành phẩm/năm",
            employees=820, shifts=2, operating_hours=5_600, voltage_level="22to110kv",
            address="Lô CN3.2, KCN Deep C II, Đình Vũ, Hải An, Hải Phòng",
            contact_name="Nguyễn Văn Hùng (trưởng phòng cơ điện)",
            contact_phone="0225 3 979 512", contact_email="hung.nv@bienxanh-seafood.vn",
        ),
        product="Tôm đông lạnh", product_unit="t", monthly_output=480.0, season=_seafood_season,
        meters=[
            MeterPlan("Điện tổng 22 kV (TBA 2×1600 kVA)", "electricity", "kWh", "register",
                      fixed=210_000, per_unit=820, multiplier=200, location="Trạm biến áp",
                      start_register=31_250.0),
            MeterPlan("Điện máy nén lạnh NH3", "electricity", "kWh", "register",
                      fixed=60_000, per_unit=430, rollover=1_000_000, location="Phòng máy lạnh",
                      daily=True, start_register=912_400.0,
                      parent="Điện tổng 22 kV (TBA 2×1600 kVA)"),
            MeterPlan("Nước cấp KCN", "water", "m3", "period", fixed=3_500, per_unit=16.5,
                      location="Đồng hồ nước tổng"),
            MeterPlan("Nước thải ra trạm XLNT KCN", "wastewater", "m3", "period", fixed=2_800,
                      per_unit=14.0, location="Hố ga cuối"),
            MeterPlan("Dầu DO lò hơi luộc tôm", "diesel", "L", "period", fixed=2_000,
                      per_unit=28.0, location="Kho nhiên liệu"),
        ],
        audit=model.Audit(
            title="Đánh giá RECP chi tiết 2025", audit_type="detailed",
            start_date="2025-03-10", end_date="2025-03-12",
            auditors="Trần Thị Mai; Lê Quang Vinh", reviewer="Nguyễn Văn Hùng",
            status="analysis",
        ),
        areas=[("refrigeration", "Hệ thống lạnh NH3 và kho lạnh"),
               ("processing", "Xưởng sơ chế và luộc"), ("utilities", "Phụ trợ: khí nén, nước")],
        opportunities=_seafood_opportunities(),
    )
    textile = EnterprisePlan(
        park="hiepphuoc",
        enterprise=model.Enterprise(
            name="Công ty TNHH Dệt Nhuộm Phương Nam",
            sector="textile",
            products="Vải dệt kim cotton/polyester nhuộm hoàn tất",
            capacity="3.600 t vải/năm",
            employees=540, shifts=3, operating_hours=7_800, voltage_level="22to110kv",
            address="Đường số 8, KCN Hiệp Phước, Nhà Bè, TP. Hồ Chí Minh",
            contact_name="Phạm Thị Thu Hà (cán bộ quản lý năng lượng)",
            contact_phone="028 3 780 1266", contact_email="ha.ptt@phuongnam-textile.vn",
        ),
        product="Vải dệt kim nhuộm", product_unit="t", monthly_output=300.0, season=_tet_dip,
        meters=[
            MeterPlan("Điện tổng 22 kV", "electricity", "kWh", "register", fixed=95_000,
                      per_unit=1_050, multiplier=8_000, location="Trạm 22 kV",
                      start_register=4_120.0),
            MeterPlan("Nước giếng + nước cấp", "water", "m3", "period", fixed=4_000,
                      per_unit=105, location="Bể chứa nước thô"),
            MeterPlan("Nước thải sau XLNT", "wastewater", "m3", "period", fixed=3_000,
                      per_unit=92, location="Mương quan trắc"),
            MeterPlan("Than cám lò hơi tầng sôi", "coal", "kg", "period", fixed=60_000,
                      per_unit=1_150, location="Bãi than"),
        ],
        audit=model.Audit(
            title="Kiểm toán năng lượng và RECP 2025", audit_type="detailed",
            start_date="2025-03-17", end_date="2025-03-20",
            auditors="Võ Minh Tuấn; Đặng Thị Lan", reviewer="Phạm Thị Thu Hà",
            status="review",
        ),
        areas=[("boiler", "Lò hơi tầng sôi 10 t/h"), ("dyehouse", "Xưởng nhuộm"),
               ("finishing", "Xưởng hoàn tất (máy văng sấy)")],
        opportunities=_textile_opportunities(),
    )
    plating = EnterprisePlan(
        park="deepc",
        enterprise=model.Enterprise(
            name="Công ty CP Xi mạ Kim loại Hải Long",
            sector="metal_finishing",
            products="Mạ kẽm, mạ niken-crôm chi tiết cơ khí và phụ tùng xe máy",
            capacity="14.000 t chi tiết/năm",
            employees=210, shifts=2, operating_hours=4_800, voltage_level="lt6kv",
            address="Lô CN5.1, KCN Deep C I, Đình Vũ, Hải An, Hải Phòng",
            contact_name="Bùi Đức Long (phó giám đốc kỹ thuật)",
            contact_phone="0225 3 769 044", contact_email="long.bd@hailongplating.vn",
        ),
        product="Chi tiết mạ", product_unit="t", monthly_output=1_150.0, season=_tet_dip,
        meters=[
            MeterPlan("Điện tổng 0,4 kV", "electricity", "kWh", "register", fixed=70_000,
                      per_unit=135, multiplier=200, location="Tủ điện tổng MSB",
                      start_register=52_800.0),
            MeterPlan("Nước cấp", "water", "m3", "period", fixed=900, per_unit=3.6,
                      location="Đồng hồ nước tổng"),
            MeterPlan("LPG lò sấy", "lpg", "kg", "period", fixed=1_500, per_unit=9.5,
                      location="Trạm LPG"),
        ],
        audit=model.Audit(
            title="Đánh giá nhanh RECP 2025", audit_type="walkthrough",
            start_date="2025-03-25", end_date="2025-03-25",
            auditors="Lê Quang Vinh", reviewer="Bùi Đức Long", status="fieldwork",
        ),
        areas=[("plating_line", "Dây chuyền mạ kẽm"), ("drying", "Lò sấy LPG")],
        opportunities=_plating_opportunities(),
    )
    return [seafood, textile, plating]


def _seafood_opportunities() -> list[OpportunityPlan]:
    """Shrimp plant: 5,600 h/yr, NH3 refrigeration, diesel boiler for the cookers."""
    return [
        OpportunityPlan(
            "BX-01", "Sửa rò rỉ khí nén xưởng sơ chế", "compressed_air", "GH",
            "compressed_air_leaks",
            {"hole_diameter": (1 / 16, "inch"), "leak_count": 12, "pressure": 7.0,
             "air_temperature": 32.0, "specific_power": 7.2, "hours": 5_600,
             "control_credit": 70.0},
            (8_000_000, 4_000_000, 0, 0), status="accepted", priority="high", lifetime=3,
            description="Khảo sát siêu âm: 12 điểm rò cỡ 1/16 in ở khớp nối nhanh và ống "
                        "mềm; máy nén có tải/không tải."),
        OpportunityPlan(
            "BX-02", "Lắp biến tần cho bơm nước giải nhiệt dàn ngưng", "motors_pumps_fans", "EM",
            "vsd_pump_fan",
            {"full_speed_power": 82.0, "static_head_share": 10.0, "drive_loss": 3.0,
             "flow_1": 85.0, "hours_1": 2_800, "flow_2": 70.0, "hours_2": 2_400,
             "hours_3": 0.0, "hours_4": 0.0},
            (185_000_000, 30_000_000, 10_000_000, 0), status="proposed",
            description="2 bơm 45 kW chạy van tiết lưu hồi về bể; lưu lượng theo tải lạnh."),
        OpportunityPlan(
            "BX-03", "Tận dụng nước rửa cuối để rửa sơ bộ nguyên liệu", "water_supply", "OR",
            "water_reuse",
            {"reused_volume": 60.0, "days": 300.0, "fresh_water_displaced": 100.0,
             "discharge_avoided": 100.0, "treatment_energy": 0.3, "treatment_cost": 1_500.0},
            (95_000_000, 25_000_000, 0, 0), status="scheduled"),
        OpportunityPlan(
            "BX-04", "Bán đầu vỏ tôm cho nhà máy chitin/bột tôm", "solid_waste", "BP", "custom",
            {"other_cost_saving": 620_000_000.0}, (0, 15_000_000, 0, 0), status="accepted",
            symbiosis=True, partner="Công ty CP Chitin Hải Phòng",
            description="Đầu vỏ tôm (≈1.100 t/năm) bán thay vì trả phí xử lý."),
        OpportunityPlan(
            "BX-05", "Thay đèn huỳnh quang T8 bằng LED ở xưởng và kho", "lighting", "TC",
            "led_retrofit",
            {"count_old": 420, "watts_old": 86.0, "count_new": 420, "watts_new": 36.0,
             "hours": 5_600},
            (240_000_000, 20_000_000, 0, 0), status="implemented",
            description="Bộ đèn 2 × 36 W T8 chấn lưu điện từ (≈ 86 W) → LED tube 2 × 18 W."),
        OpportunityPlan(
            "BX-06", "Tinh chỉnh đầu đốt lò hơi dầu DO của nồi luộc tôm", "boilers_steam", "PC",
            "boiler_tuning",
            {"fuel": "diesel", "fuel_energy": 6_600.0, "excess_air_before": 60.0,
             "excess_air_after": 25.0, "net_stack_before": 240.0, "net_stack_after": 215.0,
             "method": "rule_of_thumb", "efficiency_before": 80.0},
            (18_000_000, 0, 12_000_000, 0), status="accepted", priority="high", lifetime=3,
            description="Đo khói: O2 7,9 %, khói 272 °C; mục tiêu O2 4 %."),
    ]


def _textile_opportunities() -> list[OpportunityPlan]:
    """Dye house: 10 t/h coal-fired fluidised-bed boiler, 7,800 h/yr."""
    return [
        OpportunityPlan(
            "PN-01", "Điều chỉnh gió thừa lò hơi (O2 8 % → 4 %)", "boilers_steam", "PC",
            "boiler_tuning",
            {"fuel": "coal", "fuel_energy": 125_000.0, "excess_air_before": 62.0,
             "excess_air_after": 24.0, "net_stack_before": 190.0, "net_stack_after": 165.0,
             "method": "rule_of_thumb", "efficiency_before": 78.0},
            (45_000_000, 0, 20_000_000, 0), status="accepted", priority="high", lifetime=5),
        OpportunityPlan(
            "PN-02", "Lắp bộ hâm nước cấp tận dụng nhiệt khói lò hơi", "boilers_steam", "OR",
            "feedwater_economizer",
            {"steam_flow": 7.0, "feedwater_before": 60.0, "feedwater_after": 100.0,
             "steam_enthalpy": 2_769.0, "hours": 7_800, "fuel": "coal",
             "boiler_efficiency": 78.0},
            (1_250_000_000, 220_000_000, 80_000_000, 0), status="proposed", lifetime=12,
            description="Khói sau lò 190 °C; giữ trên 150 °C để tránh đọng axit."),
        OpportunityPlan(
            "PN-03", "Hồi lưu nước ngưng về bồn cấp lò hơi", "boilers_steam", "EM",
            "condensate_return",
            {"condensate_flow": 2_500.0, "hours": 7_800, "condensate_temperature": 85.0,
             "makeup_temperature": 30.0, "flash_fraction": 5.0, "drained_to_sewer": "yes",
             "treatment_cost": 4_000.0, "fuel": "coal", "boiler_efficiency": 78.0},
            (320_000_000, 60_000_000, 0, 0), status="scheduled"),
        OpportunityPlan(
            "PN-04", "Giảm tỷ lệ dung dịch nhuộm 1:8 → 1:6 (máy nhuộm mới)",
            "materials_chemicals", "TC", "custom",
            {"water": 62_000.0, "wastewater": 55_000.0, "coal": 160_000.0,
             "electricity": 85_000.0},
            (6_800_000_000, 400_000_000, 150_000_000, 0), status="proposed", lifetime=15,
            description="Số liệu theo chào hàng của nhà cung cấp máy nhuộm và mẻ thử."),
        OpportunityPlan(
            "PN-05", "Thay thuốc nhuộm hoạt tính có độ gắn màu cao", "materials_chemicals", "IM",
            "custom",
            {"water": 21_000.0, "wastewater": 21_000.0, "other_cost_saving": 310_000_000.0},
            (0, 0, 40_000_000, 0), status="identified",
            description="Giảm nhuộm lại và số lần giặt sau nhuộm (thử nghiệm 3 tháng)."),
        OpportunityPlan(
            "PN-06", "Bảo ôn đường ống hơi, van và mặt bích trần", "boilers_steam", "GH",
            "insulation",
            {"surface": "pipe", "outer_diameter": 88.9, "length": 140.0,
             "surface_temperature": 165.0, "ambient_temperature": 32.0, "hours": 7_800,
             "method": "fraction", "loss_reduction": 90.0, "fuel": "coal",
             "boiler_efficiency": 78.0},
            (120_000_000, 45_000_000, 0, 0), status="implemented", priority="high"),
        OpportunityPlan(
            "PN-07", "Sửa rò rỉ nước ở van xả và ống mềm xưởng nhuộm", "water_supply", "GH",
            "water_leak",
            {"hole_diameter": 2.0, "pressure": 3.5, "leak_count": 4, "hours": 7_800,
             "wastewater_share": 90.0},
            (10_000_000, 8_000_000, 0, 0), status="accepted", lifetime=3),
    ]


def _plating_opportunities() -> list[OpportunityPlan]:
    """Zinc plating shop: 4,800 h/yr, LPG drying ovens, 0.4 kV supply."""
    return [
        OpportunityPlan(
            "HL-01", "Rửa ngược dòng 3 bậc cho dây chuyền mạ kẽm", "plating_lines", "EM",
            "water_reuse",
            {"reused_volume": 50.0, "days": 290.0, "fresh_water_displaced": 100.0,
             "discharge_avoided": 100.0, "treatment_energy": 0.0, "treatment_cost": 0.0},
            (210_000_000, 40_000_000, 0, 0), status="proposed", priority="high"),
        OpportunityPlan(
            "HL-02", "Treo giá nhỏ giọt để giảm kéo theo dung dịch mạ", "plating_lines", "GH",
            "custom", {"other_cost_saving": 185_000_000.0}, (12_000_000, 0, 0, 0),
            status="accepted", lifetime=3,
            description="Giảm hóa chất mạ và hóa chất xử lý nước thải kéo theo."),
        OpportunityPlan(
            "HL-03", "Thay chi tiết treo bằng thiết kế dễ thoát dung dịch",
            "materials_chemicals", "PM", "custom", {"other_cost_saving": 95_000_000.0},
            (60_000_000, 0, 15_000_000, 0), status="identified", lifetime=5),
        OpportunityPlan(
            "HL-04", "Hạ nhiệt độ sấy 180 → 150 °C và điều khiển theo mẻ", "process_heating",
            "PC", "custom", {"lpg": 21_000.0}, (35_000_000, 10_000_000, 0, 0),
            status="proposed",
            description="Theo thử nghiệm sấy 2 tuần của xưởng (đo LPG theo bình)."),
        OpportunityPlan(
            "HL-05", "Sửa rò rỉ khí nén khuấy bể và súng thổi khô", "compressed_air", "GH",
            "compressed_air_leaks",
            {"hole_diameter": 2.0, "leak_count": 12, "pressure": (87.0, "psi"),
             "air_temperature": 32.0, "specific_power": 7.4, "hours": 4_800,
             "control_credit": 60.0},
            (6_000_000, 3_000_000, 0, 0), status="accepted", priority="high", lifetime=3),
        OpportunityPlan(
            "HL-06", "Bảo ôn vách lò sấy LPG bằng bông khoáng 75 mm", "process_heating", "EM",
            "insulation",
            {"surface": "vertical", "area": 36.0, "surface_temperature": 95.0,
             "ambient_temperature": 32.0, "hours": 4_800, "method": "thickness",
             "insulation_thickness": 75.0, "insulation_conductivity": 0.045,
             "jacket_emissivity": 0.9, "fuel": "lpg", "boiler_efficiency": 85.0},
            (70_000_000, 25_000_000, 0, 0), status="proposed"),
        OpportunityPlan(
            "HL-07", "Thay đèn cao áp metal halide 400 W bằng đèn LED highbay 150 W",
            "lighting", "TC", "led_retrofit",
            {"count_old": 160, "watts_old": 455.0, "count_new": 160, "watts_new": 150.0,
             "hours": 4_800},
            (400_000_000, 80_000_000, 0, 0), status="proposed"),
        OpportunityPlan(
            "HL-08", "Lắp biến tần cho quạt hút tháp xử lý khí thải bể mạ", "motors_pumps_fans",
            "EM", "vsd_pump_fan",
            {"full_speed_power": 37.0, "static_head_share": 0.0, "drive_loss": 3.0,
             "flow_1": 80.0, "hours_1": 2_400, "present_power_1": 33.0, "flow_2": 60.0,
             "hours_2": 2_400, "present_power_2": 29.0, "hours_3": 0.0, "hours_4": 0.0},
            (120_000_000, 30_000_000, 10_000_000, 0), status="proposed",
            description="Quạt 37 kW điều chỉnh bằng van gió; công suất đo ở hai chế độ."),
        OpportunityPlan(
            "HL-09", "Thay chiller piston làm mát bể mạ crôm bằng chiller trục vít",
            "plating_lines", "TC", "chiller_efficiency",
            {"capacity": 60.0, "average_load": 65.0, "hours": 4_800, "kw_per_rt_old": 1.2,
             "kw_per_rt_new": 0.75},
            (1_350_000_000, 200_000_000, 50_000_000, 0), status="identified", priority="low",
            lifetime=15,
            description="Chiller cũ còn chạy được; thay sớm chủ yếu vì hiệu suất và môi chất R22."),
    ]


def _month_add(day: dt.date, months: int) -> dt.date:
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _readings(plan: EnterprisePlan, meter: MeterPlan, meter_id: str, output: list[float],
              rng: random.Random) -> list[model.Reading]:
    """Readings for 36 months; consumption = fixed + per_unit × production ± 4 % noise."""
    start = _month_add(AUDIT_MONTH, -MONTHS)
    readings: list[model.Reading] = []
    register = meter.start_register
    if meter.kind == "register":
        readings.append(model.Reading(meter_id=meter_id, ts=f"{start.isoformat()}T08:00:00",
                                      value=round(register, 1), source="manual"))
    for i in range(MONTHS):
        month_start = _month_add(start, i)
        month_end = _month_add(start, i + 1)
        use = (meter.fixed + meter.per_unit * output[i]) * rng.gauss(1.0, 0.04)
        if meter.kind == "period":
            source = "bill"
            readings.append(model.Reading(meter_id=meter_id, ts=f"{month_end.isoformat()}T00:00:00",
                                          value=round(use, 1), source=source))
            continue
        if meter.daily:
            days = (month_end - month_start).days
            for d in range(days):
                day = month_start + dt.timedelta(days=d + 1)
                weekday_factor = 0.55 if day.weekday() == 6 else 1.08
                register += use / days * weekday_factor / meter.multiplier
                if meter.rollover:
                    register %= meter.rollover
                readings.append(model.Reading(meter_id=meter_id, ts=f"{day.isoformat()}T07:00:00",
                                              value=round(register, 1), source="logger"))
        else:
            register += use / meter.multiplier
            if meter.rollover:
                register %= meter.rollover
            readings.append(model.Reading(meter_id=meter_id, ts=f"{month_end.isoformat()}T08:00:00",
                                          value=round(register, 2), source="manual"))
    return readings


def build_demo(store: Store) -> None:
    """Fill an empty store with the demo data, in one transaction."""
    rng = random.Random(SEED)
    start = _month_add(AUDIT_MONTH, -MONTHS)
    with store.transaction():
        reference = store.reference_sets.ensure_builtin()
        parks = {
            "deepc": store.parks.create(model.Park(
                name="KCN Deep C (Hải Phòng)", province="Hải Phòng",
                management_board="Ban Quản lý Khu kinh tế Hải Phòng",
                address="Đình Vũ – Cát Hải, Hải An, Hải Phòng",
                notes="KCN thí điểm chuyển đổi sang KCN sinh thái (dự án MPI–UNIDO–SECO).")),
            "hiepphuoc": store.parks.create(model.Park(
                name="KCN Hiệp Phước (TP. Hồ Chí Minh)", province="TP. Hồ Chí Minh",
                management_board="Ban Quản lý các KCX và KCN TP. Hồ Chí Minh (HEPZA)",
                address="Huyện Nhà Bè, TP. Hồ Chí Minh",
                notes="KCN thí điểm chuyển đổi sang KCN sinh thái (dự án MPI–UNIDO–SECO).")),
        }
        for plan in _plans():
            enterprise = store.enterprises.create(
                model.Enterprise(**{**_fields(plan.enterprise), "park_id": parks[plan.park].id}))
            audit = store.audits.create(model.Audit(**{
                **_fields(plan.audit), "enterprise_id": enterprise.id,
                "reference_set_id": reference.id,
                "baseline_start": _month_add(AUDIT_MONTH, -12).isoformat(),
                "baseline_end": (AUDIT_MONTH - dt.timedelta(days=1)).isoformat()}))
            for code, name in plan.areas:
                store.areas.create(model.Area(audit_id=audit.id, code=code, name=name))
            output = [plan.monthly_output * plan.season(_month_add(start, i).month)
                      * rng.gauss(1.0, 0.05) for i in range(MONTHS)]
            for i, quantity in enumerate(output):
                first = _month_add(start, i)
                last = _month_add(start, i + 1) - dt.timedelta(days=1)
                store.production.create(model.ProductionRecord(
                    enterprise_id=enterprise.id, period_start=first.isoformat(),
                    period_end=last.isoformat(), product=plan.product,
                    quantity=round(quantity, 1), unit=plan.product_unit))
            meter_ids: dict[str, str] = {}
            for mp in plan.meters:
                meter = store.meters.create(model.Meter(
                    enterprise_id=enterprise.id, name=mp.name, carrier=mp.carrier, unit=mp.unit,
                    kind=mp.kind, multiplier=mp.multiplier, rollover=mp.rollover,
                    location=mp.location,
                    parent_id=meter_ids.get(mp.parent) if mp.parent else None))
                meter_ids[mp.name] = meter.id
                store.readings.add_many(_readings(plan, mp, meter.id, output, rng),
                                        label="demo")
            for op in plan.opportunities:
                _add_opportunity(store, audit.id, op)
        from auditdesk.demo_checklist import add_demo_checklists  # checklists, photos, links

        add_demo_checklists(store)
        from auditdesk.review.demo import add_demo_review  # comments, decisions, follow-up

        add_demo_review(store)


def _fields(obj: model.Entity) -> dict[str, object]:
    import dataclasses

    return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)
            if f.name not in ("id", "created_at", "updated_at")}


def _add_opportunity(store: Store, audit_id: str, plan: OpportunityPlan) -> None:
    """Create the opportunity, then estimate it with the audit's reference data
    (savings per carrier, costs, CO2e and the report are stored with it)."""
    from auditdesk.store.estimates import encode_inputs, recompute_opportunity

    equipment, installation, engineering, other = plan.investment
    opportunity = store.opportunities.create(model.Opportunity(
        audit_id=audit_id, code=plan.code, title=plan.title, description=plan.description,
        area=plan.area, technique=plan.technique, estimator_id=plan.estimator,
        inputs=encode_inputs(plan.inputs), status=plan.status,
        priority=plan.priority, investment_equipment=equipment,
        investment_installation=installation, investment_engineering=engineering,
        investment_other=other, om_cost_change=plan.om_cost, lifetime_yr=plan.lifetime,
        symbiosis=plan.symbiosis, partner=plan.partner))
    recompute_opportunity(store, opportunity.id)


def write_demo(path: str | Path, *, user: str = "demo") -> Path:
    """Create the demo database at ``path`` (refusing to overwrite an existing file)."""
    target = Path(path)
    if target.exists():
        raise FileExistsError(str(target))
    tmp = target.with_name(target.name + ".part")
    for leftover in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
        leftover.unlink(missing_ok=True)
    store = Store(tmp, user=user)
    try:
        build_demo(store)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()
    tmp.replace(target)
    Path(str(tmp) + ".lock").unlink(missing_ok=True)
    return target
