"""Custom measure: the auditor types the annual savings per carrier (from a
supplier's offer, a trial, a calculation made elsewhere), plus any saving that
only shows in money.

Inputs are named by carrier code (auditdesk.model.carriers) and declared in
the carrier's canonical unit per year, so ``compute`` passes them through.
"""

from __future__ import annotations

from typing import ClassVar

from auditdesk.calc.estimator import (
    EstimateContext,
    Estimator,
    InputSpec,
    PhysicalResult,
    register,
)
from auditdesk.i18n import QT_TRANSLATE_NOOP

# (carrier code, unit per year, English label, Vietnamese label)
CARRIER_INPUTS: tuple[tuple[str, str, str, str], ...] = (
    ("electricity", "kWh/yr", "Electricity saved", "Điện năng tiết kiệm"),
    ("water", "m**3/yr", "Water saved", "Nước tiết kiệm"),
    ("wastewater", "m**3/yr", "Wastewater avoided", "Nước thải giảm"),
    ("natural_gas", "m**3/yr", "Natural gas saved", "Khí thiên nhiên tiết kiệm"),
    ("lpg", "kg/yr", "LPG saved", "LPG tiết kiệm"),
    ("diesel", "L/yr", "Diesel oil (DO) saved", "Dầu diesel (DO) tiết kiệm"),
    ("fuel_oil", "kg/yr", "Fuel oil (FO) saved", "Dầu mazut (FO) tiết kiệm"),
    ("coal", "kg/yr", "Coal saved", "Than tiết kiệm"),
    ("biomass", "kg/yr", "Biomass saved", "Sinh khối tiết kiệm"),
    ("steam", "kg/yr", "Steam saved", "Hơi nước tiết kiệm"),
)
MONEY_INPUT = "other_cost_saving"


@register
class CustomMeasure(Estimator):
    """Savings typed in by the auditor, carrier by carrier."""

    id = "custom"
    title_en = "Custom measure (savings entered directly)"
    title_vi = "Giải pháp khác (nhập trực tiếp mức tiết kiệm)"
    techniques = ("GH", "IM", "PC", "EM", "TC", "OR", "BP", "PM")
    area = "management"
    inputs = (
        *(
            InputSpec(
                code, label_en, label_vi, unit, 0.0,
                help_en="Saving per year; negative when the measure uses more.",
                help_vi="Lượng tiết kiệm mỗi năm; nhập số âm nếu giải pháp làm tăng tiêu thụ.",
            )
            for code, unit, label_en, label_vi in CARRIER_INPUTS
        ),
        InputSpec(
            MONEY_INPUT, "Other cost saving", "Tiết kiệm chi phí khác", "VND/yr", 0.0,
            help_en="Money saved per year that no quantity above explains (e.g. less "
            "chemicals, lower waste-disposal fees, income from a by-product).",
            help_vi="Số tiền tiết kiệm mỗi năm không thể hiện qua các đại lượng trên (ví dụ "
            "giảm hóa chất, giảm phí xử lý chất thải, thu từ bán sản phẩm phụ).",
        ),
    )
    outputs = ()
    formula = QT_TRANSLATE_NOOP(
        "Estimator", "Savings as entered by the auditor, per carrier and per year.",
    )
    source = QT_TRANSLATE_NOOP(
        "Estimator",
        "Entered by the auditor; state the basis (offer, trial, measurement) in the notes.",
    )
    assumptions = (
        QT_TRANSLATE_NOOP(
            "Estimator",
            "The auditor is responsible for the figures; record how they were obtained.",
        ),
    )
    example: ClassVar[dict[str, float | str]] = {"electricity": 200_000.0}
    example_source = QT_TRANSLATE_NOOP(
        "Estimator",
        "REFERENCE.md §7 Vietnam check: 200,000 kWh/yr saved (at 1,899 VND/kWh: "
        "379.8 M VND/yr; with I = 500 M VND, i = 10 %, n = 10: payback 1.3165 yr)."
    )

    def compute(
        self, values: dict[str, float | str], context: EstimateContext | None = None
    ) -> PhysicalResult:
        """The entered savings (carriers left at 0 are omitted)."""
        v = {**self.defaults(), **values}
        savings = {
            code: float(v[code]) for code, *_ in CARRIER_INPUTS if float(v[code]) != 0.0
        }
        return PhysicalResult(
            savings=savings, values={}, extra_cost_savings_vnd=float(v[MONEY_INPUT])
        )
