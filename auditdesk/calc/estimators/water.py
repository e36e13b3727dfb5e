"""Water estimators: repairing leaks, running cooling towers at more cycles of
concentration, and reusing or recycling water.

Physics only (see auditdesk.calc.estimator): savings in m3/yr of water and of
wastewater, electricity in kWh/yr where a measure uses power.
"""

from __future__ import annotations

import math
from typing import ClassVar

from auditdesk.calc.estimator import (
    EstimateContext,
    Estimator,
    InputSpec,
    OutputSpec,
    PhysicalResult,
    register,
)
from auditdesk.i18n import QT_TRANSLATE_NOOP

GRAVITY = 9.80665  # m/s2, standard gravity
WATER_DENSITY = 1000.0  # kg/m3 (997 at 25 °C: 0.15 % on the leak flow, inside C_d's spread)
HOURS_PER_LEAP_YEAR = 8784.0
HIGH_CYCLES_WARNING = 8.0


def _hours_input(default: float) -> InputSpec:
    return InputSpec(
        "hours", "Hours under pressure", "Số giờ có áp", "h/yr", default, 0.0,
        HOURS_PER_LEAP_YEAR,
        help_en="Hours per year the system runs (8,760 when it is never shut down).",
        help_vi="Số giờ hệ thống vận hành mỗi năm (8.760 nếu không bao giờ dừng).",
    )


@register
class WaterLeak(Estimator):
    """Repair of leaks from holes in pressurised water pipes (Torricelli)."""

    id = "water_leak"
    title_en = "Water-leak repair"
    title_vi = "Sửa chữa rò rỉ nước"
    techniques = ("GH",)
    area = "water_supply"
    inputs = (
        InputSpec(
            "hole_diameter", "Hole diameter", "Đường kính lỗ rò", "mm", 2.0, 0.1, 100.0,
            help_en="Diameter of a round hole of the same area as the leak.",
            help_vi="Đường kính lỗ tròn có cùng diện tích với chỗ rò.",
        ),
        InputSpec(
            "pressure", "Water pressure", "Áp suất nước", "bar", 3.0, 0.05, 25.0,
            pressure="gauge",
            help_en="Gauge pressure in the pipe at the leak.",
            help_vi="Áp suất dư trong ống tại chỗ rò.",
        ),
        InputSpec(
            "discharge_coefficient", "Discharge coefficient", "Hệ số lưu lượng", "", 0.6, 0.3,
            1.0,
            help_en="About 0.6 for a sharp-edged hole or crack, up to 0.9–1.0 for a rounded "
            "opening such as a loose fitting.",
            help_vi="Khoảng 0,6 với lỗ hoặc vết nứt sắc cạnh, tới 0,9–1,0 với lỗ bo tròn như "
            "mối nối bị lỏng.",
        ),
        InputSpec(
            "leak_count", "Number of leaks", "Số điểm rò", "", 1.0, 1.0, 10_000.0,
            help_en="Leaks of this size at this pressure.",
            help_vi="Số điểm rò có cùng kích thước và áp suất.",
        ),
        _hours_input(8760.0),
        InputSpec(
            "wastewater_share", "Billed as wastewater", "Tỷ lệ tính phí nước thải", "%", 0.0,
            0.0, 100.0,
            help_en="Share of supplied water the park bills as wastewater (often 80–100 %). "
            "0 if the leaked water is not billed as wastewater.",
            help_vi="Tỷ lệ nước cấp được KCN tính phí xử lý nước thải (thường 80–100 %). "
            "Nhập 0 nếu nước rò rỉ không bị tính phí nước thải.",
        ),
    )
    outputs = (
        OutputSpec("head", "Pressure head", "Cột áp", "m"),
        OutputSpec("velocity", "Jet velocity", "Vận tốc dòng phun", "m/s"),
        OutputSpec("flow_per_leak", "Flow per leak", "Lưu lượng mỗi điểm rò", "m**3/h"),
        OutputSpec("leak_flow", "Total leak flow", "Tổng lưu lượng rò", "m**3/h"),
        OutputSpec("water_saving", "Water saving", "Nước tiết kiệm", "m**3/yr"),
        OutputSpec("wastewater_saving", "Wastewater charge avoided", "Nước thải giảm tính phí",
                   "m**3/yr"),
    )
    formula = QT_TRANSLATE_NOOP(
        "Estimator",
        "h = p / (ρ·g); v = √(2·g·h); Q = N · C_d · (π·d²/4) · v; ΔV = Q · t; "
        "wastewater = ΔV · share.",
    )
    source = QT_TRANSLATE_NOOP(
        "Estimator",
        "Torricelli / sharp-edged orifice equation with discharge coefficient (e.g. Munson, "
        "Young & Okiishi, 'Fundamentals of Fluid Mechanics', ch. 3, free jets and flow rate "
        "through an orifice, C_d ≈ 0.61); REFERENCE.md §6 and §7."
    )
    assumptions = (
        QT_TRANSLATE_NOOP(
            "Estimator",
            "The leak is a hole discharging to the atmosphere at the line pressure; "
            "pressure drop in the pipe up to the leak is ignored.",
        ),
        QT_TRANSLATE_NOOP(
            "Estimator",
            "Water density 1000 kg/m³, g = 9.80665 m/s².",
        ),
    )
    example: ClassVar[dict[str, float | str]] = {
        "hole_diameter": 2.0,
        "pressure": 3.0,
        "discharge_coefficient": 0.6,
        "leak_count": 1.0,
        "hours": 8760.0,
        "wastewater_share": 0.0,
    }
    example_source = QT_TRANSLATE_NOOP(
        "Estimator",
        "REFERENCE.md §7: 2 mm hole at 3 bar (30.6 m), C_d 0.6 → 0.1663 m³/h ≈ 1,456.5 m³/yr "
        "(the published figures use g = 9.81 and h rounded to 30.6 m; exact: 0.1662 m³/h)."
    )

    def compute(
        self, values: dict[str, float | str], context: EstimateContext | None = None
    ) -> PhysicalResult:
        """Water (and billed wastewater) saved per year by stopping the leaks."""
        v = {**self.defaults(), **values}
        head = float(v["pressure"]) * 1e5 / (WATER_DENSITY * GRAVITY)
        velocity = math.sqrt(2.0 * GRAVITY * head)
        area = math.pi * (float(v["hole_diameter"]) / 1000.0) ** 2 / 4.0
        flow_per_leak = float(v["discharge_coefficient"]) * area * velocity * 3600.0
        leak_flow = flow_per_leak * float(v["leak_count"])
        water = leak_flow * float(v["hours"])
        wastewater = water * float(v["wastewater_share"]) / 100.0
        savings = {"water": water}
        if wastewater:  # omitted when the park does not bill it
            savings["wastewater"] = wastewater
        return PhysicalResult(
            savings=savings,
            values={
                "head": head,
                "velocity": velocity,
                "flow_per_leak": flow_per_leak,
                "leak_flow": leak_flow,
                "water_saving": water,
                "wastewater_saving": wastewater,
            },
        )


@register
class CoolingTowerCycles(Estimator):
    """Raise the cycles of concentration of an evaporative cooling tower: less
    blowdown, hence less make-up water and less wastewater."""

    id = "cooling_tower_cycles"
    title_en = "Cooling tower: more cycles of concentration"
    title_vi = "Tháp giải nhiệt: tăng số chu kỳ cô đặc"
    techniques = ("PC",)
    area = "cooling_towers"
    inputs = (
        InputSpec(
            "circulation", "Circulating water flow", "Lưu lượng nước tuần hoàn", "m**3/h",
            500.0, 1.0, 100_000.0,
            help_en="Flow pumped over the tower.",
            help_vi="Lưu lượng nước bơm lên tháp.",
        ),
        InputSpec(
            "range", "Cooling range", "Chênh lệch nhiệt độ nước vào – ra tháp", "delta_degC",
            5.0, 0.5, 30.0,
            help_en="Hot-water temperature minus cold-water temperature.",
            help_vi="Nhiệt độ nước nóng vào tháp trừ nhiệt độ nước lạnh ra khỏi tháp.",
        ),
        InputSpec(
            "evaporation_factor", "Evaporation per degree", "Tỷ lệ bay hơi trên mỗi độ",
            "%/delta_degC", 0.153, 0.1, 0.2,
            help_en="Share of the circulation evaporated per °C of range: 0.153 %/°C "
            "(= 0.00085 per °F); 0.18 %/°C (1 % per 10 °F) gives a higher, cautious "
            "evaporation.",
            help_vi="Phần lưu lượng tuần hoàn bay hơi trên mỗi °C chênh lệch: 0,153 %/°C "
            "(= 0,00085 trên mỗi °F); 0,18 %/°C (1 % cho mỗi 10 °F) cho lượng bay hơi cao "
            "hơn, thiên về an toàn.",
        ),
        InputSpec(
            "drift", "Drift loss", "Tổn thất do gió cuốn (drift)", "%", 0.02, 0.0, 0.5,
            help_en="Droplets carried out with the air, share of circulation: 0.001–0.005 % "
            "with good drift eliminators, 0.05–0.2 % without.",
            help_vi="Giọt nước bị gió cuốn ra ngoài, tính theo % lưu lượng tuần hoàn: "
            "0,001–0,005 % nếu có tấm chắn giọt tốt, 0,05–0,2 % nếu không có.",
        ),
        InputSpec(
            "cycles_now", "Cycles of concentration today", "Số chu kỳ cô đặc hiện tại", "", 3.0,
            1.2, 50.0,
            help_en="Conductivity (or chloride) of the tower water ÷ that of the make-up water.",
            help_vi="Độ dẫn điện (hoặc hàm lượng clorua) của nước trong tháp ÷ của nước bổ sung.",
        ),
        InputSpec(
            "cycles_target", "Target cycles of concentration", "Số chu kỳ cô đặc mục tiêu", "",
            6.0, 1.2, 50.0,
            help_en="Reachable with better blowdown control or water treatment; agree it with "
            "the water-treatment supplier (scaling, silica).",
            help_vi="Đạt được nhờ kiểm soát xả đáy hoặc xử lý nước tốt hơn; thống nhất với nhà "
            "cung cấp hóa chất xử lý nước (nguy cơ đóng cặn, silica).",
        ),
        _hours_input(8760.0),
    )
    outputs = (
        OutputSpec("evaporation", "Evaporation", "Lượng bay hơi", "m**3/h"),
        OutputSpec("drift_loss", "Drift", "Tổn thất gió cuốn", "m**3/h"),
        OutputSpec("blowdown_now", "Blowdown today", "Lượng xả đáy hiện tại", "m**3/h"),
        OutputSpec("blowdown_target", "Blowdown at target cycles", "Lượng xả đáy ở mục tiêu",
                   "m**3/h"),
        OutputSpec("makeup_now", "Make-up today", "Lượng nước bổ sung hiện tại", "m**3/h"),
        OutputSpec("makeup_target", "Make-up at target cycles",
                   "Lượng nước bổ sung ở mục tiêu", "m**3/h"),
        OutputSpec("water_saving", "Make-up water saved", "Nước bổ sung tiết kiệm", "m**3/yr"),
        OutputSpec("wastewater_saving", "Blowdown avoided", "Nước xả đáy giảm", "m**3/yr"),
    )
    formula = QT_TRANSLATE_NOOP(
        "Estimator",
        "E = k · Q · ΔT; D = d · Q; B = max(E/(C − 1) − D, 0); M = E + D + B; "
        "ΔV_water = (M_now − M_target) · t; ΔV_wastewater = (B_now − B_target) · t.",
    )
    source = QT_TRANSLATE_NOOP(
        "Estimator",
        "Evaporation ≈ 0.00085 × circulation × range [°F] (≈ 1 % of circulation per 10 °F) "
        "and blowdown B = (E − (C − 1)·D)/(C − 1), i.e. drift and blowdown together remove "
        "E/(C − 1): SPX/Marley, 'Cooling Tower Fundamentals' (ed. J. C. Hensley), blowdown "
        "section; make-up = evaporation + drift + blowdown: US DOE FEMP, 'Cooling Towers: "
        "Understanding Key Components of Cooling Towers and How to Improve Water Efficiency' "
        "(2011); REFERENCE.md §6."
    )
    assumptions = (
        QT_TRANSLATE_NOOP(
            "Estimator",
            "Heat load, circulation and range do not change, so evaporation does not change; "
            "drift carries dissolved solids out like blowdown.",
        ),
        QT_TRANSLATE_NOOP(
            "Estimator",
            "All blowdown goes to the drain as wastewater; no leaks or overflow.",
        ),
    )
    example: ClassVar[dict[str, float | str]] = {
        "circulation": 9900 * 3.785411784 * 60 / 1000,  # 9,900 US gpm in m3/h
        "range": 8 / 1.8,  # 8 °F
        "evaporation_factor": 0.1 * 1.8,  # 0.1 % per °F
        "drift": 0.1,
        "cycles_now": 4.0,
        "cycles_target": 8.0,
        "hours": 8760.0,
    }
    example_source = QT_TRANSLATE_NOOP(
        "Estimator",
        "'Case Example Calculations', utilities cooling tower (scribd.com document 46640740): "
        "9,900 gpm, ΔT 8 °F, evaporation 0.1 %/°F (114,048 gpd), windage 0.1 % "
        "(14,256 gpd), cycles 4 → 8: blowdown 23,760 → 2,037 gpd, make-up 152,064 → "
        "130,341 gpd."
    )

    def compute(
        self, values: dict[str, float | str], context: EstimateContext | None = None
    ) -> PhysicalResult:
        """Make-up water and blowdown saved per year by raising the cycles."""
        v = {**self.defaults(), **values}
        circulation = float(v["circulation"])
        evaporation = (
            float(v["evaporation_factor"]) / 100.0 * circulation * float(v["range"])
        )
        drift = float(v["drift"]) / 100.0 * circulation
        notes: list[str] = []

        def blowdown(cycles: float) -> float:
            bleed = evaporation / (cycles - 1.0)  # solids removal needed: drift + blowdown
            if bleed < drift:
                notes.append(QT_TRANSLATE_NOOP(
                    "Estimator",
                    "Drift alone removes more dissolved solids than these cycles need: "
                    "the tower cannot reach them without reducing drift.",
                ))
            return max(bleed - drift, 0.0)

        blowdown_now = blowdown(float(v["cycles_now"]))
        blowdown_target = blowdown(float(v["cycles_target"]))
        makeup_now = evaporation + drift + blowdown_now
        makeup_target = evaporation + drift + blowdown_target
        hours = float(v["hours"])
        water = (makeup_now - makeup_target) * hours
        wastewater = (blowdown_now - blowdown_target) * hours
        if float(v["cycles_target"]) > HIGH_CYCLES_WARNING:
            notes.append(QT_TRANSLATE_NOOP(
                "Estimator",
                "Above about 8 cycles little more water is saved and the scaling risk rises: "
                "check the limits with the water-treatment supplier.",
            ))
        return PhysicalResult(
            savings={"water": water, "wastewater": wastewater},
            values={
                "evaporation": evaporation,
                "drift_loss": drift,
                "blowdown_now": blowdown_now,
                "blowdown_target": blowdown_target,
                "makeup_now": makeup_now,
                "makeup_target": makeup_target,
                "water_saving": water,
                "wastewater_saving": wastewater,
            },
            notes=list(dict.fromkeys(notes)),
        )


@register
class WaterReuse(Estimator):
    """Reuse or recycle a water stream (e.g. last rinse to first rinse, treated
    effluent to cooling or cleaning) in place of fresh water."""

    id = "water_reuse"
    title_en = "Water reuse / recycling"
    title_vi = "Tái sử dụng / tuần hoàn nước"
    techniques = ("OR",)
    area = "water_supply"
    inputs = (
        InputSpec(
            "reused_volume", "Water reused", "Lượng nước tái sử dụng", "m**3/day", 20.0, 0.0,
            100_000.0,
            help_en="Volume reused per operating day.",
            help_vi="Lượng nước được tái sử dụng mỗi ngày sản xuất.",
        ),
        InputSpec(
            "days", "Operating days", "Số ngày vận hành", "day/yr", 300.0, 0.0, 366.0,
            help_en="Days per year the reuse runs.",
            help_vi="Số ngày mỗi năm hệ thống tái sử dụng hoạt động.",
        ),
        InputSpec(
            "fresh_water_displaced", "Fresh water displaced", "Tỷ lệ thay thế nước cấp", "%",
            100.0, 0.0, 100.0,
            help_en="Share of the reused water that replaces purchased or pumped fresh water.",
            help_vi="Phần nước tái sử dụng thay thế được nước cấp phải mua hoặc khai thác.",
        ),
        InputSpec(
            "discharge_avoided", "Discharge avoided", "Tỷ lệ nước thải giảm", "%", 100.0, 0.0,
            100.0,
            help_en="Share of the reused water that no longer goes to the wastewater plant "
            "(less when a reject stream, e.g. RO concentrate, is still discharged).",
            help_vi="Phần nước tái sử dụng không còn xả về trạm xử lý nước thải (thấp hơn nếu "
            "vẫn còn dòng thải, ví dụ nước cô đặc của RO).",
        ),
        InputSpec(
            "treatment_energy", "Electricity for treatment and pumping",
            "Điện năng cho xử lý và bơm", "kWh/m**3", 0.0, 0.0, 20.0,
            help_en="Extra electricity per m³ reused (pumps, filters, RO). 0 if none.",
            help_vi="Điện năng tăng thêm cho mỗi m³ tái sử dụng (bơm, lọc, RO). 0 nếu không có.",
        ),
        InputSpec(
            "treatment_cost", "Treatment cost", "Chi phí xử lý", "VND/m**3", 0.0, 0.0,
            200_000.0,
            help_en="Chemicals, membranes and labour per m³ reused, without electricity. "
            "Leave 0 if you enter them as running costs in the financial data.",
            help_vi="Chi phí hóa chất, màng lọc, nhân công cho mỗi m³ tái sử dụng, không kể "
            "điện. Để 0 nếu đã nhập vào chi phí vận hành ở phần tài chính.",
        ),
    )
    outputs = (
        OutputSpec("reused_per_year", "Water reused", "Lượng nước tái sử dụng", "m**3/yr"),
        OutputSpec("water_saving", "Fresh water saved", "Nước cấp tiết kiệm", "m**3/yr"),
        OutputSpec("wastewater_saving", "Wastewater avoided", "Nước thải giảm", "m**3/yr"),
        OutputSpec("added_electricity", "Added electricity", "Điện năng tăng thêm", "kWh/yr"),
        OutputSpec("treatment_cost_per_year", "Treatment cost", "Chi phí xử lý", "VND/yr"),
    )
    formula = QT_TRANSLATE_NOOP(
        "Estimator",
        "V = v · days; ΔV_water = V · f_fresh; ΔV_wastewater = V · f_discharge; "
        "ΔE = −V · e_treat; Δcost = −V · c_treat.",
    )
    source = QT_TRANSLATE_NOOP(
        "Estimator",
        "Water balance of the reuse loop (UNIDO/UNEP RECP methodology, technique 'on-site "
        "recovery and reuse'); wastewater charges per m³ as in REFERENCE.md §3 (e.g. Bắc Chu "
        "Lai IP, 8,640 VND/m³)."
    )
    assumptions = (
        QT_TRANSLATE_NOOP(
            "Estimator",
            "The reused water meets the quality the receiving use needs; production is "
            "unchanged.",
        ),
    )
    example: ClassVar[dict[str, float | str]] = {
        "reused_volume": 50.0,
        "days": 300.0,
        "fresh_water_displaced": 100.0,
        "discharge_avoided": 100.0,
        "treatment_energy": 0.5,
        "treatment_cost": 3000.0,
    }
    example_source = QT_TRANSLATE_NOOP(
        "Estimator",
        "Hand-computed from published prices (REFERENCE.md §3): 50 m³/day of last-rinse "
        "water reused for 300 days → 15,000 m³/yr of water and of wastewater (at Bắc Chu Lai "
        "IP's 8,640 VND/m³ class C: 129.6 M VND/yr of wastewater charges), 7,500 kWh/yr and "
        "45 M VND/yr of treatment at 0.5 kWh/m³ and 3,000 VND/m³."
    )

    def compute(
        self, values: dict[str, float | str], context: EstimateContext | None = None
    ) -> PhysicalResult:
        """Water and wastewater saved, treatment electricity and cost added."""
        v = {**self.defaults(), **values}
        reused = float(v["reused_volume"]) * float(v["days"])
        water = reused * float(v["fresh_water_displaced"]) / 100.0
        wastewater = reused * float(v["discharge_avoided"]) / 100.0
        electricity = reused * float(v["treatment_energy"])
        cost = reused * float(v["treatment_cost"])
        savings = {"water": water, "wastewater": wastewater}
        if electricity:  # omitted when the reuse needs no extra power
            savings["electricity"] = -electricity
        return PhysicalResult(
            savings=savings,
            values={
                "reused_per_year": reused,
                "water_saving": water,
                "wastewater_saving": wastewater,
                "added_electricity": electricity,
                "treatment_cost_per_year": cost,
            },
            extra_cost_savings_vnd=0.0 - cost,
        )
