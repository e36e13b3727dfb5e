"""Chiller estimator: a more efficient chiller (or a chiller upgrade) meeting
the same cooling load.

Physics only (see auditdesk.calc.estimator): savings in kWh/yr of electricity.
The load is declared in refrigeration tons (pint's ``refrigeration_ton``,
12,000 Btu/h ≈ 3.517 kW thermal); callers with kW thermal are converted by the
engine. Efficiency is in kW of electricity per refrigeration ton.
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
KW_THERMAL_PER_RT = 12_000 * 1055.05585262 / 3_600_000  # 12,000 Btu(IT)/h in kW = 3.5169
RT = "refrigeration_ton"  # pint parses "RT" as ronnatesla: spell the unit out


def _cop(kw_per_rt: float) -> float:
    """Coefficient of performance (kW cooling per kW electric) of a kW/RT figure."""
    return KW_THERMAL_PER_RT / kw_per_rt if kw_per_rt > 0.0 else 0.0


@register
class ChillerEfficiency(Estimator):
    """Replace or upgrade a chiller: same cooling delivered, fewer kW per RT."""

    id = "chiller_efficiency"
    title_en = "High-efficiency chiller"
    title_vi = "Thay máy làm lạnh nước (chiller) hiệu suất cao"
    techniques = ("TC",)
    area = "hvac_chillers"
    inputs = (
        InputSpec(
            "capacity", "Chiller capacity", "Năng suất lạnh của chiller", RT, 300.0, 1.0,
            10_000.0,
            help_en="Rated cooling capacity (1 RT = 3.517 kW thermal).",
            help_vi="Năng suất lạnh định mức (1 RT = 3,517 kW nhiệt).",
        ),
        InputSpec(
            "average_load", "Average load", "Mức tải trung bình", "%", 75.0, 0.0, 100.0,
            help_en="Average cooling load over the operating hours as a share of capacity. "
            "Enter 100 % and the equivalent full-load hours below if you have those.",
            help_vi="Tải lạnh trung bình trong thời gian vận hành, tính theo % năng suất "
            "định mức. Nhập 100 % và số giờ tương đương đầy tải nếu đã có số liệu đó.",
        ),
        InputSpec(
            "hours", "Operating hours", "Số giờ vận hành", "h/yr", 4000.0, 0.0,
            HOURS_PER_LEAP_YEAR,
            help_en="Hours per year the chiller runs.",
            help_vi="Số giờ chiller chạy mỗi năm.",
        ),
        InputSpec(
            "kw_per_rt_old", "Present chiller efficiency", "Hiệu suất chiller hiện tại",
            f"kW/{RT}", 0.85, 0.3, 3.0,
            help_en="Electric kW per RT of cooling at the average load, measured or from the "
            "data sheet (older chillers typically 0.8–1.0 kW/RT).",
            help_vi="Số kW điện cho mỗi RT lạnh ở mức tải trung bình, đo thực tế hoặc theo "
            "catalogue (chiller cũ thường 0,8–1,0 kW/RT).",
        ),
        InputSpec(
            "kw_per_rt_new", "New chiller efficiency", "Hiệu suất chiller mới", f"kW/{RT}",
            0.56, 0.3, 3.0,
            help_en="Electric kW per RT of the new chiller at the same load (part-load "
            "figure, e.g. from IPLV data, rather than the full-load rating).",
            help_vi="Số kW điện cho mỗi RT của chiller mới ở cùng mức tải (nên dùng số liệu "
            "non tải, ví dụ IPLV, thay vì số liệu đầy tải).",
        ),
    )
    outputs = (
        OutputSpec("equivalent_full_load_hours", "Equivalent full-load hours",
                   "Số giờ tương đương đầy tải", "h/yr"),
        OutputSpec("cooling_load", "Average cooling load", "Tải lạnh trung bình", "kW"),
        OutputSpec("power_old", "Average power today", "Công suất trung bình hiện tại", "kW"),
        OutputSpec("power_new", "Average power, new chiller",
                   "Công suất trung bình chiller mới", "kW"),
        OutputSpec("demand_reduction", "Demand reduction", "Công suất giảm", "kW"),
        OutputSpec("energy_old", "Energy today", "Điện năng hiện tại", "kWh/yr"),
        OutputSpec("energy_new", "Energy, new chiller", "Điện năng chiller mới", "kWh/yr"),
        OutputSpec("energy_saving", "Energy saving", "Điện năng tiết kiệm", "kWh/yr"),
        OutputSpec("cop_old", "COP today", "COP hiện tại", ""),
        OutputSpec("cop_new", "COP, new chiller", "COP chiller mới", ""),
    )
    formula = QT_TRANSLATE_NOOP(
        "Estimator",
        "EFLH = load · t; ΔE = Q_RT · EFLH · (kW/RT_old − kW/RT_new); "
        "COP = 3.517 / (kW/RT).",
    )
    source = QT_TRANSLATE_NOOP(
        "Estimator",
        "US Army Corps of Engineers ETL 1110-1-181 (1998), Appendix C §d: annual energy = "
        "capacity × kW/ton × EFLH (Table C3); American Public Power Association, 'Chiller "
        "retrofit energy savings' (energy = tons × kW/ton × load factor × hours); "
        "REFERENCE.md §6."
    )
    assumptions = (
        QT_TRANSLATE_NOOP(
            "Estimator",
            "The new chiller meets the same cooling load for the same hours; pumps, cooling "
            "tower fans and condenser-water temperature are unchanged.",
        ),
        QT_TRANSLATE_NOOP(
            "Estimator",
            "One kW/RT figure represents each chiller over the year; chillers are far less "
            "efficient at low part load than at their rating.",
        ),
    )
    example: ClassVar[dict[str, float | str]] = {
        "capacity": 150.0,
        "average_load": 75.0,
        "hours": 3000.0,
        "kw_per_rt_old": 0.85,
        "kw_per_rt_new": 0.56,
    }
    example_source = QT_TRANSLATE_NOOP(
        "Estimator",
        "American Public Power Association, 'Chiller retrofit energy savings' (CP1): 150-ton "
        "centrifugal chiller, 0.85 → 0.56 kW/ton, load factor 0.75, 3,000 h/yr → 286,875 − "
        "189,000 = 97,875 kWh/yr; × $0.085/kWh → $8,319/yr."
    )

    def compute(
        self, values: dict[str, float | str], context: EstimateContext | None = None
    ) -> PhysicalResult:
        """Savings in kWh/yr of the lower kW/RT at the same cooling load."""
        v = {**self.defaults(), **values}
        load_share = float(v["average_load"]) / 100.0
        eflh = load_share * float(v["hours"])
        capacity = float(v["capacity"])
        old, new = float(v["kw_per_rt_old"]), float(v["kw_per_rt_new"])
        load_rt = capacity * load_share
        energy_old = capacity * eflh * old
        energy_new = capacity * eflh * new
        saving = energy_old - energy_new
        notes: list[str] = []
        if new > old:
            notes.append(QT_TRANSLATE_NOOP(
                "Estimator", "The new chiller uses more kW per RT than the present one.",
            ))
        return PhysicalResult(
            savings={"electricity": saving},
            values={
                "equivalent_full_load_hours": eflh,
                "cooling_load": load_rt * KW_THERMAL_PER_RT,
                "power_old": load_rt * old,
                "power_new": load_rt * new,
                "demand_reduction": load_rt * (old - new),
                "energy_old": energy_old,
                "energy_new": energy_new,
                "energy_saving": saving,
                "cop_old": _cop(old),
                "cop_new": _cop(new),
            },
            notes=notes,
        )
