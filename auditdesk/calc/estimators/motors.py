"""Motor-system estimators: a variable-speed drive on a pump or fan, and a
high-efficiency motor replacing a standard one.

Physics only (see auditdesk.calc.estimator): inputs arrive as floats in the
declared units, savings leave as electricity in kWh/yr.
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

HOURS_PER_LEAP_YEAR = 8784.0
VSD_POINTS = 4  # operating points of the load profile
LOW_SPEED_WARNING = 0.40  # below ~30-40 % speed the pump/fan curve must be checked
NEGLIGIBLE_KWH = 1e-6  # a baseline below this (kWh/yr) has no meaningful saving share


def _point_inputs(index: int, flow: float, hours: float) -> tuple[InputSpec, ...]:
    """The three inputs of operating point ``index`` of the VSD load profile."""
    return (
        InputSpec(
            f"flow_{index}", f"Point {index}: flow", f"Điểm {index}: lưu lượng", "%",
            flow, 0.0, 100.0,
            help_en="Flow (or air volume) needed at this operating point, as a share of the "
            "flow at full speed. 0 % means the VSD can stop the pump or fan.",
            help_vi="Lưu lượng (hoặc lưu lượng gió) cần ở điểm vận hành này, tính theo % "
            "lưu lượng ở tốc độ định mức. 0 % nghĩa là biến tần có thể dừng bơm/quạt.",
        ),
        InputSpec(
            f"hours_{index}", f"Point {index}: hours", f"Điểm {index}: số giờ", "h/yr",
            hours, 0.0, HOURS_PER_LEAP_YEAR,
            help_en="Hours per year spent at this flow. Leave 0 for an unused point.",
            help_vi="Số giờ mỗi năm vận hành ở lưu lượng này. Để 0 nếu không dùng điểm này.",
        ),
        InputSpec(
            f"present_power_{index}", f"Point {index}: present power",
            f"Điểm {index}: công suất hiện tại", "kW", 0.0, 0.0, 100_000.0,
            help_en="Electric power the motor draws today at this flow (measured, e.g. with a "
            "throttled valve or damper). 0 = the full-speed power above (bypass, recirculation).",
            help_vi="Công suất điện động cơ đang tiêu thụ ở lưu lượng này (đo thực tế, ví dụ khi "
            "đang tiết lưu bằng van hoặc cửa gió). 0 = lấy công suất ở tốc độ định mức "
            "(điều tiết bằng đường hồi/bypass).",
        ),
    )


@register
class VsdPumpFan(Estimator):
    """Variable-speed drive replacing throttling/bypass control of a centrifugal
    pump or fan, over a load profile of up to four operating points."""

    id = "vsd_pump_fan"
    title_en = "Variable-speed drive on a pump or fan"
    title_vi = "Lắp biến tần cho bơm hoặc quạt"
    techniques = ("EM", "PC")
    area = "motors_pumps_fans"
    inputs = (
        InputSpec(
            "full_speed_power", "Power at full speed and full flow",
            "Công suất ở tốc độ và lưu lượng định mức", "kW", 30.0, 0.1, 100_000.0,
            help_en="Electric input power of the motor at full speed and 100 % flow (measured, "
            "or rated shaft power × load ÷ motor efficiency).",
            help_vi="Công suất điện đầu vào của động cơ ở tốc độ định mức và 100 % lưu lượng "
            "(đo thực tế, hoặc công suất trục định mức × hệ số tải ÷ hiệu suất động cơ).",
        ),
        InputSpec(
            "static_head_share", "Static head share", "Tỷ lệ cột áp tĩnh", "%", 0.0, 0.0, 100.0,
            help_en="Share of the total head (or fan pressure) at full flow that does not fall "
            "with flow: lift height, a fixed back-pressure. 0 % for a closed loop or a free "
            "fan; the larger it is, the smaller the saving.",
            help_vi="Phần cột áp (hoặc áp suất quạt) ở lưu lượng định mức không giảm theo lưu "
            "lượng: chiều cao bơm lên, áp suất đối kháng cố định. 0 % với mạch kín hoặc quạt "
            "thông gió tự do; càng lớn thì tiết kiệm càng ít.",
        ),
        InputSpec(
            "drive_loss", "Drive losses", "Tổn thất của biến tần", "%", 3.0, 0.0, 10.0,
            help_en="Losses of the drive as a share of its input power, typically 2–5 %.",
            help_vi="Tổn thất trong biến tần, tính theo % công suất đầu vào, thường 2–5 %.",
        ),
        *_point_inputs(1, 80.0, 6000.0),
        *_point_inputs(2, 60.0, 0.0),
        *_point_inputs(3, 50.0, 0.0),
        *_point_inputs(4, 100.0, 0.0),
    )
    outputs = (
        OutputSpec("operating_hours", "Operating hours", "Tổng số giờ vận hành", "h/yr"),
        OutputSpec("baseline_energy", "Energy today", "Điện năng hiện tại", "kWh/yr"),
        OutputSpec("vsd_energy", "Energy with VSD", "Điện năng khi có biến tần", "kWh/yr"),
        OutputSpec("energy_saving", "Energy saving", "Điện năng tiết kiệm", "kWh/yr"),
        OutputSpec("saving_share", "Saving share", "Tỷ lệ tiết kiệm", "%"),
        OutputSpec("minimum_speed", "Lowest speed used", "Tốc độ thấp nhất", "%"),
        *(
            spec
            for i in range(1, VSD_POINTS + 1)
            for spec in (
                OutputSpec(f"speed_{i}", f"Point {i}: speed", f"Điểm {i}: tốc độ", "%"),
                OutputSpec(
                    f"vsd_power_{i}", f"Point {i}: power with VSD",
                    f"Điểm {i}: công suất khi có biến tần", "kW",
                ),
            )
        ),
    )
    formula = QT_TRANSLATE_NOOP(
        "Estimator",
        "Per point: q = Q/Q_full; head h = s + (1 − s)·q²; speed n = √h; "
        "P_VSD = P_full · q · h / (1 − loss); ΔE = Σ (P_present − P_VSD) · t. "
        "Without static head (s = 0) this is the cube law P = P_full · n³.",
    )
    source = QT_TRANSLATE_NOOP(
        "Estimator",
        "Affinity laws and static head: Hydraulic Institute, Europump & US DOE, "
        "'Variable Speed Pumping — A Guide to Successful Applications, Executive Summary' "
        "(2004), section 'Pumping Systems' (system curve = static + friction head); "
        "drive losses: US DOE Motor Systems Tip Sheet #11 'Adjustable Speed Drive Part-Load "
        "Efficiency', Table 1; REFERENCE.md §6."
    )
    assumptions = (
        QT_TRANSLATE_NOOP(
            "Estimator",
            "The system curve is a static part plus a friction part that grows with the "
            "square of the flow; pump (fan) and motor efficiencies stay as at full load.",
        ),
        QT_TRANSLATE_NOOP(
            "Estimator",
            "Without a measured present power, the present system is taken to draw its "
            "full-speed power at every flow (bypass or recirculation); with a throttling "
            "valve or damper the present power is lower, so enter it measured.",
        ),
        QT_TRANSLATE_NOOP(
            "Estimator",
            "With static head the speed is estimated as the square root of the head ratio; "
            "the true speed depends on the pump or fan curve.",
        ),
    )
    example: ClassVar[dict[str, float | str]] = {
        "full_speed_power": 30.0,
        "static_head_share": 0.0,
        "drive_loss": 0.0,
        "flow_1": 80.0,
        "hours_1": 6000.0,
        "hours_2": 0.0,
        "hours_3": 0.0,
        "hours_4": 0.0,
    }
    example_source = QT_TRANSLATE_NOOP(
        "Estimator",
        "REFERENCE.md §7 (ideal cube law): 30 kW at full speed → 15.36 kW at 80 % speed; "
        "6,000 h/yr chosen for illustration → 14.64 kW × 6,000 h = 87,840 kWh/yr. "
        "Same rule as US DOE Motor Tip Sheet #11: 20 % less speed ≈ 50 % less power."
    )

    def compute(
        self, values: dict[str, float | str], context: EstimateContext | None = None
    ) -> PhysicalResult:
        """Savings in kWh/yr of running the pump or fan at the speed each flow needs."""
        v = {**self.defaults(), **values}
        full_power = float(v["full_speed_power"])
        static = float(v["static_head_share"]) / 100.0
        drive_efficiency = 1.0 - float(v["drive_loss"]) / 100.0
        out: dict[str, float] = {}
        notes: list[str] = []
        hours_total = baseline = with_vsd = 0.0
        speeds_used: list[float] = []
        for i in range(1, VSD_POINTS + 1):
            q = float(v[f"flow_{i}"]) / 100.0
            hours = float(v[f"hours_{i}"])
            present = float(v[f"present_power_{i}"]) or full_power
            head = static + (1.0 - static) * q * q
            speed = math.sqrt(head) if q > 0.0 else 0.0
            vsd_power = full_power * q * head / drive_efficiency
            out[f"speed_{i}"] = speed * 100.0
            out[f"vsd_power_{i}"] = vsd_power
            hours_total += hours
            baseline += present * hours
            with_vsd += vsd_power * hours
            if hours > 0.0 and q > 0.0:
                speeds_used.append(speed)
        saving = baseline - with_vsd
        out.update(
            operating_hours=hours_total,
            baseline_energy=baseline,
            vsd_energy=with_vsd,
            energy_saving=saving,
            saving_share=saving / baseline * 100.0 if baseline > NEGLIGIBLE_KWH else 0.0,
            minimum_speed=min(speeds_used) * 100.0 if speeds_used else 0.0,
        )
        if speeds_used and min(speeds_used) < LOW_SPEED_WARNING:
            notes.append(QT_TRANSLATE_NOOP(
                "Estimator",
                "Some operating point runs below about 40 % speed: check the pump or fan "
                "curve (minimum flow, static head) and the motor's cooling at low speed.",
            ))
        if hours_total > HOURS_PER_LEAP_YEAR:
            notes.append(QT_TRANSLATE_NOOP(
                "Estimator", "The hours of the operating points add up to more than a year.",
            ))
        return PhysicalResult(savings={"electricity": saving}, values=out, notes=notes)


@register
class MotorReplacement(Estimator):
    """A high-efficiency (IE3/IE4) motor replacing a standard one of the same
    rating on the same load."""

    id = "motor_replacement"
    title_en = "High-efficiency motor replacement"
    title_vi = "Thay động cơ hiệu suất cao"
    techniques = ("TC",)
    area = "motors_pumps_fans"
    inputs = (
        InputSpec(
            "rated_power", "Rated (shaft) power", "Công suất định mức (trên trục)", "kW",
            15.0, 0.1, 10_000.0,
            help_en="Nameplate output power of the motor.",
            help_vi="Công suất đầu ra ghi trên nhãn động cơ.",
        ),
        InputSpec(
            "load", "Load", "Hệ số tải", "%", 75.0, 0.0, 125.0,
            help_en="Shaft power as a share of rated power (from measured input power, "
            "current or slip).",
            help_vi="Công suất trên trục so với công suất định mức (xác định từ công suất điện "
            "đo được, dòng điện hoặc độ trượt).",
        ),
        InputSpec(
            "efficiency_old", "Efficiency of the present motor", "Hiệu suất động cơ hiện tại",
            "%", 88.0, 10.0, 99.9,
            help_en="At the working load; old or rewound motors are often 1–2 points below "
            "their nameplate.",
            help_vi="Ở mức tải làm việc; động cơ cũ hoặc đã quấn lại thường thấp hơn nhãn "
            "1–2 điểm phần trăm.",
        ),
        InputSpec(
            "efficiency_new", "Efficiency of the new motor", "Hiệu suất động cơ mới", "%",
            92.0, 10.0, 99.9,
            help_en="From the data sheet, at the same load (IE3 / IE4 class).",
            help_vi="Theo catalogue, ở cùng mức tải (cấp IE3 / IE4).",
        ),
        InputSpec(
            "hours", "Operating hours", "Số giờ vận hành", "h/yr", 6000.0, 0.0,
            HOURS_PER_LEAP_YEAR,
            help_en="Hours per year the motor runs.",
            help_vi="Số giờ động cơ chạy mỗi năm.",
        ),
        InputSpec(
            "motor_count", "Number of motors", "Số động cơ", "", 1.0, 1.0, 1000.0,
            help_en="Identical motors on identical duty.",
            help_vi="Số động cơ giống nhau, cùng chế độ làm việc.",
        ),
    )
    outputs = (
        OutputSpec("shaft_power", "Shaft power per motor", "Công suất trục mỗi động cơ", "kW"),
        OutputSpec("input_power_old", "Input power today", "Công suất điện hiện tại", "kW"),
        OutputSpec("input_power_new", "Input power, new motor", "Công suất điện động cơ mới",
                   "kW"),
        OutputSpec("demand_reduction", "Demand reduction", "Công suất giảm", "kW"),
        OutputSpec("energy_saving", "Energy saving", "Điện năng tiết kiệm", "kWh/yr"),
    )
    formula = QT_TRANSLATE_NOOP(
        "Estimator",
        "ΔP = N · P_rated · L · (1/η_old − 1/η_new); ΔE = ΔP · t.",
    )
    source = QT_TRANSLATE_NOOP(
        "Estimator",
        "US DOE Motor Challenge fact sheet 'Buying an Energy-Efficient Electric Motor' "
        "(kW saved = hp × 0.746 × L × (100/E_std − 100/E_HE)); US DOE 'Determining Electric "
        "Motor Load and Efficiency' (load from measured power); REFERENCE.md §6."
    )
    assumptions = (
        QT_TRANSLATE_NOOP(
            "Estimator",
            "Both motors drive the same shaft power; the new motor's slightly higher speed "
            "(less slip) on a centrifugal load, which can eat part of the saving, is ignored.",
        ),
        QT_TRANSLATE_NOOP(
            "Estimator",
            "Efficiencies are those at the working load, not only the nameplate values.",
        ),
    )
    example: ClassVar[dict[str, float | str]] = {
        "rated_power": 18.65,
        "load": 100.0,
        "efficiency_old": 88.5,
        "efficiency_new": 91.0,
        "hours": 4000.0,
        "motor_count": 1.0,
    }
    example_source = QT_TRANSLATE_NOOP(
        "Estimator",
        "aeusp.com 'demh' worked example (REFERENCE.md §7): 25 hp (× 0.746 = 18.65 kW), "
        "88.5 % → 91 %, full load, 4,000 h/yr → 0.578 kW; × $0.06/kWh → $138.95/yr."
    )

    def compute(
        self, values: dict[str, float | str], context: EstimateContext | None = None
    ) -> PhysicalResult:
        """Savings in kWh/yr from the lower losses of the new motor."""
        v = {**self.defaults(), **values}
        count = float(v["motor_count"])
        shaft = float(v["rated_power"]) * float(v["load"]) / 100.0
        eta_old = float(v["efficiency_old"]) / 100.0
        eta_new = float(v["efficiency_new"]) / 100.0
        power_old = count * shaft / eta_old
        power_new = count * shaft / eta_new
        reduction = power_old - power_new
        saving = reduction * float(v["hours"])
        notes: list[str] = []
        if float(v["load"]) < 50.0:
            notes.append(QT_TRANSLATE_NOOP(
                "Estimator",
                "The motor runs below half load: efficiencies differ from the nameplate and a "
                "smaller motor may save more than a more efficient one of the same size.",
            ))
        if eta_new < eta_old:
            notes.append(QT_TRANSLATE_NOOP(
                "Estimator", "The new motor is less efficient than the present one.",
            ))
        return PhysicalResult(
            savings={"electricity": saving},
            values={
                "shaft_power": shaft,
                "input_power_old": power_old,
                "input_power_new": power_new,
                "demand_reduction": reduction,
                "energy_saving": saving,
            },
            notes=notes,
        )
