"""Time-of-use load shifting on the Vietnamese manufacturing tariff (EVN, giá
bán điện cho sản xuất): moving load out of the peak hours into the off-peak or
normal hours, directly or through storage (ice, chilled water, hot water).

The shifted kWh are still bought, so the saving is money, returned as
``extra_cost_savings_vnd``; storage losses are extra kWh (a negative
electricity saving) that the engine prices like any other electricity.
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

# Both EVN schedules have 5 peak hours a day: legacy 09:30-11:30 + 17:00-20:00,
# Decision 963/QĐ-BCT 17:30-22:30.
PEAK_HOURS_PER_DAY = 5.0
PEAK_DAYS_PER_YEAR = 313.0  # Monday to Saturday: Sunday has no peak hours
WINDOW_HOURS = {"offpeak": 6.0, "normal": 13.0}  # hours a day of the target period


@register
class TouLoadShift(Estimator):
    """Move a load from peak hours to off-peak (or normal) hours."""

    id = "tou_load_shift"
    title_en = "Shift load out of peak hours"
    title_vi = "Chuyển phụ tải ra khỏi giờ cao điểm"
    techniques = ("PC", "EM")
    area = "electricity_supply"
    needs_context = True
    inputs = (
        InputSpec(
            "shifted_power", "Load shifted", "Công suất dịch chuyển", "kW", 100.0, 0.0,
            100_000.0,
            help_en="Average power taken out of the peak hours (e.g. a chiller, crusher, "
            "pumps filling a tank, a batch furnace).",
            help_vi="Công suất trung bình được chuyển ra khỏi giờ cao điểm (ví dụ chiller, "
            "máy nghiền, bơm cấp vào bể chứa, lò nung theo mẻ).",
        ),
        InputSpec(
            "hours_per_day", "Peak hours shifted per day", "Số giờ cao điểm được dịch chuyển "
            "mỗi ngày", "h/day", 3.0, 0.0, 24.0,
            help_en="Hours a day the load is kept out of the peak (EVN has 5 peak hours a day, "
            "Monday to Saturday).",
            help_vi="Số giờ mỗi ngày phụ tải được đưa ra khỏi giờ cao điểm (EVN quy định 5 giờ "
            "cao điểm mỗi ngày, từ thứ Hai đến thứ Bảy).",
        ),
        InputSpec(
            "days", "Days per year", "Số ngày mỗi năm", "day/yr", 300.0, 0.0, 366.0,
            help_en="Days a year the shift is made (Sundays have no peak hours).",
            help_vi="Số ngày mỗi năm thực hiện dịch chuyển (Chủ nhật không có giờ cao điểm).",
        ),
        InputSpec(
            "target_period", "Moved to", "Chuyển sang", "", "offpeak",
            choices=("offpeak", "normal"),
            help_en="offpeak = off-peak hours (giờ thấp điểm); normal = normal hours "
            "(giờ bình thường).",
            help_vi="offpeak = giờ thấp điểm; normal = giờ bình thường.",
        ),
        InputSpec(
            "storage_efficiency", "Storage round-trip efficiency", "Hiệu suất tích trữ", "%",
            100.0, 50.0, 100.0,
            help_en="100 % when the load itself is rescheduled; less with storage (ice or "
            "chilled-water storage, a hot-water tank), whose losses add kWh.",
            help_vi="100 % nếu chỉ dời lịch chạy của phụ tải; thấp hơn khi dùng tích trữ (trữ "
            "đá, trữ nước lạnh, bồn nước nóng) vì tổn thất làm tăng số kWh.",
        ),
    )
    outputs = (
        OutputSpec("shifted_energy", "Energy moved out of the peak",
                   "Điện năng chuyển khỏi giờ cao điểm", "kWh/yr"),
        OutputSpec("storage_losses", "Storage losses", "Tổn thất tích trữ", "kWh/yr"),
        OutputSpec("recharge_power", "Power needed in the target period",
                   "Công suất cần trong khung giờ mới", "kW"),
        OutputSpec("price_peak", "Peak price", "Giá giờ cao điểm", "VND/kWh"),
        OutputSpec("price_target", "Price of the target period", "Giá khung giờ mới",
                   "VND/kWh"),
        OutputSpec("shift_value", "Value of moving the energy", "Giá trị của việc dịch chuyển",
                   "VND/yr"),
    )
    formula = QT_TRANSLATE_NOOP(
        "Estimator",
        "E = P · h · days; value = E · (price_peak − price_target); "
        "losses = E · (1/η − 1) kWh, priced as electricity; "
        "P_recharge = P · h / (η · window hours).",
    )
    source = QT_TRANSLATE_NOOP(
        "Estimator",
        "EVN manufacturing tariff, Decision 1279/QĐ-BCT (10/05/2025), prices by voltage and "
        "time-of-use period; peak/off-peak hours: legacy schedule and Decision 963/QĐ-BCT "
        "(22/04/2026) (REFERENCE.md §2)."
    )
    assumptions = (
        QT_TRANSLATE_NOOP(
            "Estimator",
            "The same kWh are used, only later; production output does not change.",
        ),
        QT_TRANSLATE_NOOP(
            "Estimator",
            "Storage losses are bought in the target period but priced by the engine at the "
            "audit's electricity price.",
        ),
        QT_TRANSLATE_NOOP(
            "Estimator",
            "Both EVN schedules have 5 peak hours a day, Monday to Saturday, 6 off-peak hours "
            "and 13 normal hours every day.",
        ),
    )
    example: ClassVar[dict[str, float | str]] = {
        "shifted_power": 100.0,
        "hours_per_day": 3.0,
        "days": 312.0,
        "target_period": "offpeak",
        "storage_efficiency": 100.0,
    }
    example_source = QT_TRANSLATE_NOOP(
        "Estimator",
        "Hand-computed from the published tariff (Decision 1279/QĐ-BCT, 6–22 kV, REFERENCE.md "
        "§2): 100 kW × 3 h × 312 days = 93,600 kWh/yr moved from peak (3,508 VND/kWh) to "
        "off-peak (1,234) → 212,846,400 VND/yr before VAT."
    )

    def compute(
        self, values: dict[str, float | str], context: EstimateContext | None = None
    ) -> PhysicalResult:
        """Money saved per year by the price difference; kWh added by storage losses."""
        v = {**self.defaults(), **values}
        notes: list[str] = []
        if context is None:
            context = EstimateContext()
            notes.append(QT_TRANSLATE_NOOP(
                "Estimator",
                "No tariff given: the 6–22 kV manufacturing tariff of Decision 1279/QĐ-BCT "
                "was used.",
            ))
        target = str(v["target_period"])
        if target not in WINDOW_HOURS:
            raise ValueError(f"target_period must be one of {sorted(WINDOW_HOURS)}: {target!r}")
        price_target = context.tariff_offpeak if target == "offpeak" else context.tariff_normal
        hours_per_day = float(v["hours_per_day"])
        days = float(v["days"])
        efficiency = float(v["storage_efficiency"]) / 100.0
        shifted = float(v["shifted_power"]) * hours_per_day * days
        losses = shifted * (1.0 / efficiency - 1.0)
        value = shifted * (context.tariff_peak - price_target)
        recharge = float(v["shifted_power"]) * hours_per_day / efficiency / WINDOW_HOURS[target]
        if hours_per_day > PEAK_HOURS_PER_DAY:
            notes.append(QT_TRANSLATE_NOOP(
                "Estimator",
                "More hours a day than the 5 peak hours of the EVN tariff: only peak hours "
                "earn the peak price difference.",
            ))
        if days > PEAK_DAYS_PER_YEAR:
            notes.append(QT_TRANSLATE_NOOP(
                "Estimator",
                "More days than there are Mondays to Saturdays in a year: Sundays have no "
                "peak hours.",
            ))
        if hours_per_day / efficiency > WINDOW_HOURS[target]:
            notes.append(QT_TRANSLATE_NOOP(
                "Estimator",
                "At the same power the shifted energy needs more hours than the target period "
                "has a day: the recharge power is higher than the load shifted.",
            ))
        return PhysicalResult(
            savings={"electricity": -losses} if losses else {},  # no storage: no kWh change
            values={
                "shifted_energy": shifted,
                "storage_losses": losses,
                "recharge_power": recharge,
                "price_peak": context.tariff_peak,
                "price_target": price_target,
                "shift_value": value,
            },
            extra_cost_savings_vnd=value,
            notes=notes,
        )
