"""Compressed-air estimators: leak repair (orifice method) and pressure reduction."""

from __future__ import annotations

import math

from auditdesk.calc.estimator import (
    EstimateContext,
    Estimator,
    InputSpec,
    OutputSpec,
    PhysicalResult,
    register,
)
from auditdesk.i18n import QT_TRANSLATE_NOOP

ATMOSPHERE_PA = 101_325.0
GAS_CONSTANT_AIR = 287.05  # J/(kg·K)
HEAT_CAPACITY_RATIO_AIR = 1.4
CUBIC_FEET_PER_M3 = 35.314666721
PSI_PER_BAR = 14.503773773


def critical_pressure_ratio(k: float = HEAT_CAPACITY_RATIO_AIR) -> float:
    """p_ambient/p_upstream below which the flow is choked: (2/(k+1))^(k/(k−1)) ≈ 0.528."""
    return float((2.0 / (k + 1.0)) ** (k / (k - 1.0)))


def orifice_mass_flow(
    diameter_m: float,
    upstream_pa_abs: float,
    temperature_k: float,
    discharge_coefficient: float,
    downstream_pa_abs: float = ATMOSPHERE_PA,
    k: float = HEAT_CAPACITY_RATIO_AIR,
) -> tuple[float, bool]:
    """Mass flow (kg/s) of air through a round hole and whether it is choked.

    Isentropic nozzle flow of an ideal gas (any gas-dynamics text; Moss):
    choked, ṁ = C_d·A·p₀·√(k/(R·T₀))·(2/(k+1))^((k+1)/(2(k−1)));
    subsonic, ṁ = C_d·A·p₀·√(2k/((k−1)·R·T₀)·(r^(2/k) − r^((k+1)/k))), r = p/p₀.
    """
    area = math.pi * diameter_m**2 / 4.0
    ratio = downstream_pa_abs / upstream_pa_abs
    if ratio >= 1.0:
        return 0.0, False
    if ratio <= critical_pressure_ratio(k):
        flux = math.sqrt(k / (GAS_CONSTANT_AIR * temperature_k)) * (2.0 / (k + 1.0)) ** (
            (k + 1.0) / (2.0 * (k - 1.0))
        )
        return discharge_coefficient * area * upstream_pa_abs * flux, True
    flux = math.sqrt(
        2.0
        * k
        / ((k - 1.0) * GAS_CONSTANT_AIR * temperature_k)
        * (ratio ** (2.0 / k) - ratio ** ((k + 1.0) / k))
    )
    return discharge_coefficient * area * upstream_pa_abs * flux, False


def _hours_input(default: float = 6000.0) -> InputSpec:
    return InputSpec(
        "hours",
        "Operating hours",
        "Số giờ vận hành",
        "h/yr",
        default,
        0,
        8784,
        "Hours per year the system is pressurised.",
        "Số giờ mỗi năm hệ thống có áp.",
    )


@register
class CompressedAirLeakRepair(Estimator):
    """Electricity saved by repairing leaks, sized by the orifice method."""

    id = "compressed_air_leaks"
    title_en = "Compressed-air leak repair"
    title_vi = "Sửa rò rỉ khí nén"
    techniques = ("GH",)
    area = "compressed_air"
    inputs = (
        InputSpec(
            "hole_diameter",
            "Equivalent hole diameter",
            "Đường kính lỗ rò tương đương",
            "mm",
            None,
            0.1,
            25,
            "Diameter of a round hole leaking as much as the leak (1/16 in = 1.59 mm, "
            "1/8 in = 3.18 mm, 1/4 in = 6.35 mm).",
            "Đường kính lỗ tròn có lưu lượng rò bằng chỗ rò (1/16 in = 1,59 mm, "
            "1/8 in = 3,18 mm, 1/4 in = 6,35 mm).",
        ),
        InputSpec(
            "leak_count",
            "Number of such leaks",
            "Số chỗ rò như vậy",
            "",
            1,
            1,
            10000,
            "How many leaks of this size are repaired.",
            "Số chỗ rò cỡ này được sửa.",
        ),
        InputSpec(
            "pressure",
            "Line pressure",
            "Áp suất đường ống",
            "bar",
            7.0,
            0.1,
            40,
            "Pressure at the leak, gauge.",
            "Áp suất tại chỗ rò (áp suất dư).",
            pressure="gauge",
        ),
        InputSpec(
            "air_temperature",
            "Air temperature",
            "Nhiệt độ không khí",
            "degC",
            30.0,
            -10,
            80,
            "Temperature of the air in the line and at the compressor intake.",
            "Nhiệt độ khí trong ống và tại cửa hút máy nén.",
        ),
        InputSpec(
            "discharge_coefficient",
            "Discharge coefficient C_d",
            "Hệ số lưu lượng C_d",
            "",
            0.61,
            0.3,
            1.0,
            "About 0.61–0.65 for a sharp-edged hole, 0.97 for a rounded one; 1.0 gives the "
            "theoretical flow of the published tables.",
            "Khoảng 0,61–0,65 với lỗ cạnh sắc, 0,97 với lỗ bo tròn; 1,0 cho lưu lượng lý "
            "thuyết như các bảng tra.",
        ),
        InputSpec(
            "specific_power",
            "Specific power of the compressors",
            "Suất tiêu hao điện của máy nén",
            "kW/(m3/min)",
            7.06,
            3.0,
            15.0,
            "Electric input per free-air flow, from the data sheet; typically 0.18–0.22 kW/cfm "
            "(6.4–7.8 kW per m³/min).",
            "Công suất điện trên lưu lượng khí tự do, theo catalogue; thường 0,18–0,22 kW/cfm "
            "(6,4–7,8 kW trên m³/phút).",
        ),
        _hours_input(),
        InputSpec(
            "control_credit",
            "Share of leak power the compressor control saves",
            "Tỷ lệ công suất rò được tiết kiệm nhờ điều khiển máy nén",
            "%",
            100.0,
            0,
            100,
            "100 % for VSD or well-sequenced compressors; less for load/unload or modulation "
            "control, which keep drawing power at part load.",
            "100 % với máy nén biến tần hoặc điều phối tốt; thấp hơn với điều khiển "
            "có tải/không tải hoặc tiết lưu vì vẫn tiêu thụ điện khi non tải.",
        ),
    )
    outputs = (
        OutputSpec("choked", "Choked (sonic) flow: 1 = yes", "Dòng tới hạn (vận tốc âm): 1 = có"),
        OutputSpec(
            "flow_per_leak_cfm", "Free-air flow per leak", "Lưu lượng khí tự do mỗi chỗ rò", "cfm"
        ),
        OutputSpec(
            "flow_total", "Free-air flow of all leaks", "Tổng lưu lượng khí tự do rò", "m3/min"
        ),
        OutputSpec(
            "mass_flow_total", "Mass flow of all leaks", "Tổng lưu lượng khối lượng rò", "kg/h"
        ),
        OutputSpec("power", "Compressor power lost", "Công suất máy nén bị mất", "kW"),
        OutputSpec("air_volume", "Free air lost per year", "Khí tự do mất mỗi năm", "m3/yr"),
        OutputSpec("electricity", "Electricity saved", "Điện tiết kiệm", "kWh/yr"),
    )
    formula = QT_TRANSLATE_NOOP(
        "Estimator",
        "ṁ = C_d·A·p₀·√(k/(R·T₀))·(2/(k+1))^((k+1)/(2(k−1))) when choked (p₀ > 1.89 p_atm), "
        "else the subsonic nozzle equation; V_free = ṁ/ρ(p_atm, T₀); "
        "kWh/yr = V_free × specific power × hours × control share",
    )
    source = QT_TRANSLATE_NOOP(
        "Estimator",
        "Isentropic orifice flow (Moss, Pressure Vessel Design Manual; any gas-dynamics text); "
        "orifice table, free air at C = 1.0 and 70 °F, in US DOE/CAC 'Improving Compressed Air "
        "System Performance: A Sourcebook for Industry', fact sheet 'Compressed Air System "
        "Leaks'; US DOE Compressed Air Tip Sheet #3 (leaks 20–30 % of output)"
    )
    assumptions = (
        QT_TRANSLATE_NOOP("Estimator", "Air is an ideal gas with k = 1.4 and R = 287.05 J/(kg·K)."),
        QT_TRANSLATE_NOOP(
            "Estimator",
            "Free air is taken at the standard atmosphere (101.325 kPa) and the line temperature.",
        ),
        QT_TRANSLATE_NOOP("Estimator", "The leak flows all the hours the system is pressurised."),
    )
    example = {
        "hole_diameter": 6.35,
        "leak_count": 1,
        "pressure": 100 / PSI_PER_BAR,
        "air_temperature": (70 - 32) / 1.8,
        "discharge_coefficient": 1.0,
        "specific_power": 7.06,
        "hours": 8760,
        "control_credit": 100,
    }
    example_source = QT_TRANSLATE_NOOP(
        "Estimator",
        "Orifice table (REFERENCE.md §6): a 1/4 in hole at 100 psig, C = 1.0, 70 °F leaks "
        "104 cfm of free air"
    )

    def compute(
        self, values: dict[str, float | str], context: EstimateContext | None = None
    ) -> PhysicalResult:
        diameter_m = float(values["hole_diameter"]) / 1000.0
        upstream = float(values["pressure"]) * 1e5 + ATMOSPHERE_PA
        temperature = float(values["air_temperature"]) + 273.15
        mass_one, choked = orifice_mass_flow(
            diameter_m, upstream, temperature, float(values["discharge_coefficient"])
        )
        density_free = ATMOSPHERE_PA / (GAS_CONSTANT_AIR * temperature)
        count = float(values["leak_count"])
        flow_m3_min = mass_one / density_free * 60.0 * count
        power = (
            flow_m3_min * float(values["specific_power"]) * float(values["control_credit"]) / 100
        )
        hours = float(values["hours"])
        notes = []
        if not choked:
            notes.append(
                QT_TRANSLATE_NOOP(
                    "Estimator", "Line pressure is below about 0.9 bar gauge: subsonic flow."
                )
            )
        return PhysicalResult(
            savings={"electricity": power * hours},
            values={
                "choked": 1.0 if choked else 0.0,
                "flow_per_leak_cfm": mass_one / density_free * 60.0 * CUBIC_FEET_PER_M3,
                "flow_total": flow_m3_min,
                "mass_flow_total": mass_one * count * 3600.0,
                "power": power,
                "air_volume": flow_m3_min * 60.0 * hours,
                "electricity": power * hours,
            },
            notes=notes,
        )


def compression_work_ratio(
    p_discharge_abs: float, p_inlet_abs: float, stages: int, k: float = HEAT_CAPACITY_RATIO_AIR
) -> float:
    """Isentropic work per unit mass with equal stage ratios, in units of R·T₁ (first principles).

    w = N·k/(k−1)·[(p₂/p₁)^((k−1)/(N·k)) − 1]
    """
    exponent = (k - 1.0) / (stages * k)
    return float(stages * k / (k - 1.0) * ((p_discharge_abs / p_inlet_abs) ** exponent - 1.0))


@register
class CompressedAirPressureReduction(Estimator):
    """Electricity saved by lowering the compressor discharge pressure."""

    id = "compressed_air_pressure"
    title_en = "Lower compressed-air pressure"
    title_vi = "Giảm áp suất khí nén"
    techniques = ("PC",)
    area = "compressed_air"
    inputs = (
        InputSpec(
            "compressor_power",
            "Average compressor input power",
            "Công suất điện trung bình của máy nén",
            "kW",
            None,
            0.1,
            10000,
            "Measured or from the energy meter: kWh per year / hours.",
            "Đo hoặc tính từ công tơ: kWh mỗi năm / số giờ.",
        ),
        _hours_input(),
        InputSpec(
            "pressure_before",
            "Discharge pressure now",
            "Áp suất xả hiện tại",
            "bar",
            7.5,
            0.5,
            40,
            "Gauge pressure.",
            "Áp suất dư.",
            pressure="gauge",
        ),
        InputSpec(
            "pressure_after",
            "Discharge pressure after",
            "Áp suất xả sau cải tiến",
            "bar",
            6.5,
            0.5,
            40,
            "Gauge pressure the end uses still accept.",
            "Áp suất dư mà các hộ tiêu thụ vẫn chấp nhận.",
            pressure="gauge",
        ),
        InputSpec(
            "method",
            "Method",
            "Phương pháp",
            "",
            "rule_of_thumb",
            None,
            None,
            "rule_of_thumb: 1 % of power per 2 psi (0.138 bar) near 100 psig; isentropic: "
            "compression work of an ideal multi-stage compressor.",
            "rule_of_thumb: 1 % công suất cho mỗi 2 psi (0,138 bar) quanh 100 psig; isentropic: "
            "công nén đoạn nhiệt của máy nén nhiều cấp lý tưởng.",
            choices=("rule_of_thumb", "isentropic"),
        ),
        InputSpec(
            "stages",
            "Compression stages",
            "Số cấp nén",
            "",
            2,
            1,
            4,
            "Used by the isentropic method; most oil-injected screw compressors act like 1–2.",
            "Dùng cho phương pháp đoạn nhiệt; máy nén trục vít ngâm dầu tương đương 1–2 cấp.",
        ),
        InputSpec(
            "unregulated_share",
            "Share of demand that is unregulated (leaks, open blowing)",
            "Tỷ lệ nhu cầu không điều áp (rò rỉ, thổi hở)",
            "%",
            0.0,
            0,
            80,
            "That air falls with absolute pressure as well (leaks flow ∝ p_abs).",
            "Lượng khí này cũng giảm theo áp suất tuyệt đối (lưu lượng rò ∝ p_abs).",
        ),
    )
    outputs = (
        OutputSpec("pressure_drop_psi", "Pressure reduction", "Mức giảm áp suất", "psi"),
        OutputSpec(
            "compression_saving",
            "Saving from lower compression work",
            "Tiết kiệm do giảm công nén",
            "%",
        ),
        OutputSpec(
            "demand_saving",
            "Saving from less unregulated air",
            "Tiết kiệm do giảm khí không điều áp",
            "%",
        ),
        OutputSpec("total_saving", "Total power saving", "Tổng tỷ lệ tiết kiệm công suất", "%"),
        OutputSpec("power_saved", "Power saved", "Công suất tiết kiệm", "kW"),
        OutputSpec("electricity", "Electricity saved", "Điện tiết kiệm", "kWh/yr"),
    )
    formula = QT_TRANSLATE_NOOP(
        "Estimator",
        "rule of thumb: s = 0.5 % × Δp[psi]; isentropic: s = 1 − w(p₂)/w(p₁), "
        "w = N·k/(k−1)·((p/p_atm)^((k−1)/(N·k)) − 1); unregulated air: u × (1 − p₂,abs/p₁,abs); "
        "kWh/yr = P × hours × (s_compression + s_demand × (1 − s_compression))",
    )
    source = QT_TRANSLATE_NOOP(
        "Estimator",
        "US DOE/CAC 'Improving Compressed Air System Performance: A Sourcebook for Industry' "
        "(2003), fact sheet 'Pressure Drop and Controlling System Pressure': about 1 % of energy "
        "per 2 psi near 100 psig; isentropic compression work (thermodynamics texts)"
    )
    assumptions = (
        QT_TRANSLATE_NOOP(
            "Estimator", "The compressors deliver the same free-air flow at the lower pressure."
        ),
        QT_TRANSLATE_NOOP(
            "Estimator", "Air is an ideal gas with k = 1.4; intercooling back to inlet temperature."
        ),
    )
    example = {
        "compressor_power": 100.0,
        "hours": 6000,
        "pressure_before": 100 / PSI_PER_BAR,
        "pressure_after": 90 / PSI_PER_BAR,
        "method": "rule_of_thumb",
        "stages": 2,
        "unregulated_share": 0.0,
    }
    example_source = QT_TRANSLATE_NOOP(
        "Estimator",
        "DOE/CAC Sourcebook rule: 100 → 90 psig saves about 5 % of compressor energy "
        "(100 kW, 6,000 h/yr → 30,000 kWh/yr)"
    )

    def compute(
        self, values: dict[str, float | str], context: EstimateContext | None = None
    ) -> PhysicalResult:
        before_bar = float(values["pressure_before"])
        after_bar = float(values["pressure_after"])
        before_abs = before_bar * 1e5 + ATMOSPHERE_PA
        after_abs = after_bar * 1e5 + ATMOSPHERE_PA
        drop_psi = (before_bar - after_bar) * PSI_PER_BAR
        if values["method"] == "isentropic":
            stages = max(1, round(float(values["stages"])))
            work_before = compression_work_ratio(before_abs, ATMOSPHERE_PA, stages)
            work_after = compression_work_ratio(after_abs, ATMOSPHERE_PA, stages)
            compression = 1.0 - work_after / work_before
        else:
            compression = 0.005 * drop_psi
        demand = float(values["unregulated_share"]) / 100.0 * (1.0 - after_abs / before_abs)
        total = compression + demand * (1.0 - compression)
        power_saved = float(values["compressor_power"]) * total
        notes = []
        if drop_psi < 0:
            notes.append(
                QT_TRANSLATE_NOOP(
                    "Estimator",
                    "The new pressure is higher than the current one: energy use rises.",
                )
            )
        energy = power_saved * float(values["hours"])
        return PhysicalResult(
            savings={"electricity": energy},
            values={
                "pressure_drop_psi": drop_psi,
                "compression_saving": compression * 100.0,
                "demand_saving": demand * 100.0,
                "total_saving": total * 100.0,
                "power_saved": power_saved,
                "electricity": energy,
            },
            notes=notes,
        )
