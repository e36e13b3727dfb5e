"""Lighting estimator: LED fixtures (or lamps) replacing fluorescent, HID or
halogen lighting, with an optional check of the light level afterwards.

Physics only (see auditdesk.calc.estimator): savings in kWh/yr of electricity.
"""

from __future__ import annotations

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
LESS_LIGHT_WARNING = 0.90  # warn when the new lighting gives under 90 % of the old lumens


@register
class LedRetrofit(Estimator):
    """LED retrofit: old and new fixture counts and system watts (lamp plus
    ballast or driver), the hours they burn, and optionally their lumens."""

    id = "led_retrofit"
    title_en = "LED lighting retrofit"
    title_vi = "Thay đèn chiếu sáng bằng đèn LED"
    techniques = ("TC",)
    area = "lighting"
    inputs = (
        InputSpec(
            "count_old", "Present fixtures", "Số bộ đèn hiện tại", "", 100.0, 0.0, 100_000.0,
            help_en="Number of fixtures (or lamps) to be replaced.",
            help_vi="Số bộ đèn (hoặc bóng đèn) sẽ được thay.",
        ),
        InputSpec(
            "watts_old", "System watts per present fixture",
            "Công suất hệ thống mỗi bộ đèn hiện tại", "W", 80.0, 0.0, 5000.0,
            help_en="Input watts of one fixture including its ballast (e.g. 2 × 36 W T8 on a "
            "magnetic ballasts ≈ 90 W; 400 W metal halide ≈ 455 W).",
            help_vi="Công suất đầu vào của một bộ đèn kể cả chấn lưu (ví dụ 2 × 36 W T8 dùng "
            "chấn lưu điện từ ≈ 90 W; đèn metal halide 400 W ≈ 455 W).",
        ),
        InputSpec(
            "count_new", "New LED fixtures", "Số bộ đèn LED mới", "", 100.0, 0.0, 100_000.0,
            help_en="Number of LED fixtures after the retrofit (may differ from the present "
            "count after a lighting redesign).",
            help_vi="Số bộ đèn LED sau cải tạo (có thể khác số hiện tại nếu bố trí lại).",
        ),
        InputSpec(
            "watts_new", "System watts per LED fixture", "Công suất hệ thống mỗi bộ đèn LED",
            "W", 36.0, 0.0, 5000.0,
            help_en="Input watts of one LED fixture including its driver.",
            help_vi="Công suất đầu vào của một bộ đèn LED kể cả bộ nguồn (driver).",
        ),
        InputSpec(
            "hours", "Burning hours", "Số giờ chiếu sáng", "h/yr", 4000.0, 0.0,
            HOURS_PER_LEAP_YEAR,
            help_en="Hours per year the lights are on (hours per day × days per year).",
            help_vi="Số giờ đèn bật mỗi năm (số giờ mỗi ngày × số ngày mỗi năm).",
        ),
        InputSpec(
            "lumens_old", "Lumens per present fixture", "Quang thông mỗi bộ đèn hiện tại", "lm",
            0.0, 0.0, 200_000.0,
            help_en="Optional, for the light-level check. 0 = not known.",
            help_vi="Không bắt buộc, dùng để kiểm tra độ rọi. 0 = không rõ.",
        ),
        InputSpec(
            "lumens_new", "Lumens per LED fixture", "Quang thông mỗi bộ đèn LED", "lm",
            0.0, 0.0, 200_000.0,
            help_en="Optional, from the LED data sheet. 0 = not known.",
            help_vi="Không bắt buộc, theo catalogue đèn LED. 0 = không rõ.",
        ),
        InputSpec(
            "lux_measured", "Illuminance measured today", "Độ rọi đo được hiện tại", "lx",
            0.0, 0.0, 100_000.0,
            help_en="Optional: average illuminance on the work plane today. 0 = not measured.",
            help_vi="Không bắt buộc: độ rọi trung bình trên mặt phẳng làm việc hiện tại. "
            "0 = chưa đo.",
        ),
        InputSpec(
            "lux_required", "Required illuminance", "Độ rọi yêu cầu", "lx", 0.0, 0.0, 100_000.0,
            help_en="Optional: minimum for the task, e.g. from QCVN 22:2016/BYT. 0 = no check.",
            help_vi="Không bắt buộc: mức tối thiểu cho công việc, ví dụ theo QCVN "
            "22:2016/BYT. 0 = không kiểm tra.",
        ),
    )
    outputs = (
        OutputSpec("load_old", "Lighting load today", "Công suất chiếu sáng hiện tại", "kW"),
        OutputSpec("load_new", "Lighting load with LED", "Công suất chiếu sáng khi dùng LED",
                   "kW"),
        OutputSpec("demand_reduction", "Demand reduction", "Công suất giảm", "kW"),
        OutputSpec("energy_saving", "Energy saving", "Điện năng tiết kiệm", "kWh/yr"),
        OutputSpec("light_output_ratio", "Light output, new ÷ old",
                   "Tỷ lệ quang thông mới ÷ cũ", "%"),
        OutputSpec("lux_estimated", "Estimated illuminance after",
                   "Độ rọi ước tính sau cải tạo", "lx"),
    )
    formula = QT_TRANSLATE_NOOP(
        "Estimator",
        "ΔP = (N_old · W_old − N_new · W_new) / 1000; ΔE = ΔP · t. "
        "Light check: ratio = N_new · lm_new / (N_old · lm_old); E_after = E_today · ratio.",
    )
    source = QT_TRANSLATE_NOOP(
        "Estimator",
        "US DOE Industrial Assessment Centers, recommendation ARC 2.7142 'Utilize higher "
        "efficiency lamps and/or ballasts' (ΔkWh = (W_baseline − W_proposed) × H, baseline "
        "watts including ballast losses); QCVN 22:2016/BYT (required workplace illuminance); "
        "REFERENCE.md §6."
    )
    assumptions = (
        QT_TRANSLATE_NOOP(
            "Estimator",
            "Burning hours do not change; savings from new controls (occupancy sensors, "
            "daylight dimming) and from less air-conditioning load are not counted.",
        ),
        QT_TRANSLATE_NOOP(
            "Estimator",
            "Illuminance after the retrofit scales with the installed lumens (same layout, "
            "same maintenance); 0 means it was not estimated.",
        ),
    )
    example: ClassVar[dict[str, float | str]] = {
        "count_old": 80.0,
        "watts_old": 216.0,
        "count_new": 80.0,
        "watts_new": 90.0,
        "hours": 5000.0,
        "lumens_old": 0.0,
        "lumens_new": 0.0,
        "lux_measured": 0.0,
        "lux_required": 0.0,
    }
    example_source = QT_TRANSLATE_NOOP(
        "Estimator",
        "Forthright LED, 'LED lighting savings calculations' (04/12/2023), long-hand example: "
        "80 fixtures of 4 × 54 W T5 (216 W) → 90 W LED, 5,000 h/yr → 10.08 kW and "
        "50,400 kWh/yr; × $0.1319/kWh → $6,647.76/yr."
    )

    def compute(
        self, values: dict[str, float | str], context: EstimateContext | None = None
    ) -> PhysicalResult:
        """Savings in kWh/yr of the lower lighting load, and the light-level check."""
        v = {**self.defaults(), **values}
        load_old = float(v["count_old"]) * float(v["watts_old"]) / 1000.0
        load_new = float(v["count_new"]) * float(v["watts_new"]) / 1000.0
        reduction = load_old - load_new
        saving = reduction * float(v["hours"])
        lumens_old = float(v["count_old"]) * float(v["lumens_old"])
        lumens_new = float(v["count_new"]) * float(v["lumens_new"])
        known = lumens_old >= 1.0 and lumens_new > 0.0  # under 1 lm in all: not entered
        ratio = lumens_new / lumens_old if known else 0.0
        lux_estimated = float(v["lux_measured"]) * ratio
        lux_required = float(v["lux_required"])
        notes: list[str] = []
        if ratio and ratio < LESS_LIGHT_WARNING:
            notes.append(QT_TRANSLATE_NOOP(
                "Estimator", "The LED lighting gives noticeably less light than the present one.",
            ))
        if lux_required > 0.0:
            if lux_estimated == 0.0:
                notes.append(QT_TRANSLATE_NOOP(
                    "Estimator",
                    "Light-level check skipped: enter the lumens and the measured illuminance.",
                ))
            elif lux_estimated < lux_required:
                notes.append(QT_TRANSLATE_NOOP(
                    "Estimator",
                    "The estimated illuminance after the retrofit is below the required level.",
                ))
        return PhysicalResult(
            savings={"electricity": saving},
            values={
                "load_old": load_old,
                "load_new": load_new,
                "demand_reduction": reduction,
                "energy_saving": saving,
                "light_output_ratio": ratio * 100.0,
                "lux_estimated": lux_estimated,
            },
            notes=notes,
        )
