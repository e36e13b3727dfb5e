"""Steam and boiler estimators: steam leaks and failed traps, combustion tuning.

Condensate return, insulation and feedwater economizers are in ``steam_heat``.

Heat saved at the point of use becomes boiler fuel saved (÷ boiler efficiency),
converted to the chosen fuel's canonical unit with the calorific value and
density of the audit's reference-data set (passed in the engine's context). If
the plant buys steam, the saving is counted as steam (kg) instead.
"""

from __future__ import annotations

from auditdesk.calc.estimator import (
    EstimateContext,
    Estimator,
    InputSpec,
    OutputSpec,
    PhysicalResult,
    register,
)
from auditdesk.calc.reference import amount_per_gj, reference_from_context
from auditdesk.i18n import QT_TRANSLATE_NOOP, translate

FUELS = ("natural_gas", "lpg", "diesel", "fuel_oil", "coal", "biomass")
MMBTU_PER_GJ = 1.0 / 1.055056
KPA_PER_PSI = 6.894757293
KG_PER_LB = 0.45359237
CP_WATER = 4.19  # kJ/(kg·K), liquid water 10–100 °C (4.18–4.22)
ATMOSPHERE_KPA = 101.325


def fuel_input(allow_purchased_steam: bool = True) -> InputSpec:
    """The boiler fuel (or purchased steam) whose use falls."""
    choices = FUELS + (("steam",) if allow_purchased_steam else ())
    return InputSpec(
        "fuel",
        "Boiler fuel",
        "Nhiên liệu lò hơi",
        "",
        "natural_gas",
        None,
        None,
        "The fuel burned for this steam; 'steam' when the plant buys steam.",
        "Nhiên liệu đốt tạo ra hơi này; chọn 'steam' nếu nhà máy mua hơi.",
        choices=choices,
    )


def efficiency_input() -> InputSpec:
    return InputSpec(
        "boiler_efficiency",
        "Boiler efficiency (fuel to steam)",
        "Hiệu suất lò hơi (nhiên liệu sang hơi)",
        "%",
        80.0,
        40,
        100,
        "Ignored when steam is bought.",
        "Không dùng khi mua hơi.",
    )


def hours_input(default: float = 6000.0) -> InputSpec:
    return InputSpec(
        "hours",
        "Operating hours",
        "Số giờ vận hành",
        "h/yr",
        default,
        0,
        8784,
        "Hours per year the steam system runs.",
        "Số giờ mỗi năm hệ thống hơi vận hành.",
    )


def heat_to_savings(
    context: EstimateContext | None,
    fuel: str,
    heat_gj: float,
    efficiency_pct: float,
    steam_kg: float | None = None,
) -> tuple[dict[str, float], float]:
    """({carrier: amount/yr}, fuel energy GJ/yr) for ``heat_gj`` of useful heat saved.

    Fuel: heat / efficiency × canonical units per GJ (NCV, density of the set).
    Purchased steam: ``steam_kg`` when known, else heat / ``steam.enthalpy_gj_per_t``.
    """
    ref = reference_from_context(context)
    if fuel == "steam":
        if steam_kg is None:
            steam_kg = heat_gj / ref.value("steam.enthalpy_gj_per_t") * 1000.0
        return {"steam": steam_kg}, heat_gj
    fuel_gj = heat_gj / (efficiency_pct / 100.0)
    return {fuel: fuel_gj * amount_per_gj(ref, fuel)}, fuel_gj


def _energy_outputs(prefix_en: str, prefix_vi: str) -> tuple[OutputSpec, OutputSpec]:
    return (
        OutputSpec("fuel_energy", prefix_en, prefix_vi, "GJ/yr"),
        OutputSpec("fuel_energy_mmbtu", prefix_en, prefix_vi, "MMBtu/yr"),
    )


@register
class SteamLeakRepair(Estimator):
    """Steam lost through a leak or a trap failed open, by Napier's formula."""

    id = "steam_leaks"
    title_en = "Steam leak and failed-trap repair"
    title_vi = "Sửa rò rỉ hơi và bẫy hơi hỏng"
    techniques = ("GH",)
    area = "boilers_steam"
    inputs = (
        fuel_input(),
        efficiency_input(),
        InputSpec(
            "steam_pressure",
            "Steam pressure",
            "Áp suất hơi",
            "bar",
            7.0,
            0.1,
            40,
            "Gauge pressure upstream of the leak.",
            "Áp suất dư trước chỗ rò.",
            pressure="gauge",
        ),
        InputSpec(
            "orifice_diameter",
            "Leak or trap orifice diameter",
            "Đường kính lỗ rò hoặc lỗ bẫy",
            "mm",
            None,
            0.5,
            50,
            "For a failed trap, its orifice diameter from the data sheet.",
            "Với bẫy hơi hỏng: đường kính lỗ theo catalogue.",
        ),
        InputSpec(
            "leak_count", "Number of such leaks", "Số chỗ rò như vậy", "", 1, 1, 10000, "", ""
        ),
        hours_input(),
        InputSpec(
            "heat_per_kg",
            "Heat lost per kg of steam",
            "Nhiệt mất trên mỗi kg hơi",
            "kJ/kg",
            2640.0,
            1500,
            3200,
            "Steam enthalpy minus make-up water enthalpy when condensate is lost "
            "(7 barg from 30 °C: 2,640); the latent heat when it is not.",
            "Entanpi hơi trừ entanpi nước bổ sung khi mất nước ngưng (7 barg, từ 30 °C: "
            "2.640); nhiệt ẩn hóa hơi nếu không mất nước ngưng.",
        ),
        InputSpec(
            "discharge",
            "Discharges to",
            "Xả ra",
            "",
            "atmosphere",
            None,
            None,
            "closed_return: into a condensate return line, counted as half the flow.",
            "closed_return: xả vào đường hồi nước ngưng, tính bằng một nửa lưu lượng.",
            choices=("atmosphere", "closed_return"),
        ),
    )
    outputs = (
        OutputSpec("steam_loss_lb_h", "Steam loss (Napier)", "Lượng hơi mất (Napier)", "lb/h"),
        OutputSpec("steam_loss", "Steam loss", "Lượng hơi mất", "kg/h"),
        OutputSpec("steam_loss_year", "Steam lost per year", "Lượng hơi mất mỗi năm", "t/yr"),
        OutputSpec("heat_lost", "Heat lost", "Nhiệt mất", "GJ/yr"),
        *_energy_outputs("Boiler fuel energy saved", "Năng lượng nhiên liệu lò hơi tiết kiệm"),
        OutputSpec("water", "Make-up water saved", "Nước bổ sung tiết kiệm", "m3/yr"),
    )
    formula = QT_TRANSLATE_NOOP(
        "Estimator",
        "W [lb/h] = 24.24 × P_abs [psia] × D² [in²] (× 0.5 into a closed return); "
        "heat = W × hours × heat per kg; fuel = heat / boiler efficiency",
    )
    source = QT_TRANSLATE_NOOP(
        "Estimator",
        "Napier's formula for saturated steam through an orifice; worked example: "
        "Manczyk, 'Steam Loss' (5 psig, 3/16 in, 5,808 h/yr); closed-return halving: "
        "REFERENCE.md §6 rule of thumb"
    )
    assumptions = (
        QT_TRANSLATE_NOOP("Estimator", "Napier's formula assumes choked flow of saturated steam."),
        QT_TRANSLATE_NOOP("Estimator", "The leak runs all the operating hours."),
    )
    example = {
        "fuel": "natural_gas",
        "boiler_efficiency": 80.0,
        "steam_pressure": 5 * KPA_PER_PSI / 100.0,
        "orifice_diameter": 0.1875 * 25.4,
        "leak_count": 1,
        "hours": 5808,
        "heat_per_kg": 960.8 * 2.326,
        "discharge": "atmosphere",
    }
    example_source = QT_TRANSLATE_NOOP(
        "Estimator",
        "Manczyk, 'Steam Loss': 5 psig (19.696 psia), D = 0.1875 in, 5,808 h/yr, 960.8 Btu/lb, "
        "boiler 80 %, gas $6.23/MMBtu → 16.78 lb/h and $729.20/yr"
    )

    def compute(
        self, values: dict[str, float | str], context: EstimateContext | None = None
    ) -> PhysicalResult:
        psia = (float(values["steam_pressure"]) * 100.0 + ATMOSPHERE_KPA) / KPA_PER_PSI
        diameter_in = float(values["orifice_diameter"]) / 25.4
        factor = 0.5 if values["discharge"] == "closed_return" else 1.0
        lb_h = 24.24 * psia * diameter_in**2 * float(values["leak_count"]) * factor
        kg_h = lb_h * KG_PER_LB
        kg_year = kg_h * float(values["hours"])
        heat_gj = kg_year * float(values["heat_per_kg"]) / 1e6
        savings, fuel_gj = heat_to_savings(
            context, str(values["fuel"]), heat_gj, float(values["boiler_efficiency"]), kg_year
        )
        water = kg_year / 1000.0 if values["discharge"] == "atmosphere" else 0.0
        if water:
            savings["water"] = water
        notes = []
        if psia * KPA_PER_PSI < 2 * ATMOSPHERE_KPA:
            notes.append(
                QT_TRANSLATE_NOOP(
                    "Estimator",
                    "Below about 1 bar gauge the flow is not choked: Napier's formula overstates it.",
                )
            )
        return PhysicalResult(
            savings=savings,
            values={
                "steam_loss_lb_h": lb_h,
                "steam_loss": kg_h,
                "steam_loss_year": kg_year / 1000.0,
                "heat_lost": heat_gj,
                "fuel_energy": fuel_gj,
                "fuel_energy_mmbtu": fuel_gj * MMBTU_PER_GJ,
                "water": water,
            },
            notes=notes,
        )


# US DOE Steam Tip Sheet #4, "Combustion Efficiency for Natural Gas" (%), HHV basis.
DOE_EXCESS_AIR = (9.5, 15.0, 28.1, 44.9, 81.6)  # % (O2 2, 3, 5, 7, 10 %)
DOE_NET_STACK_F = (200.0, 300.0, 400.0, 500.0, 600.0)  # flue gas − combustion air, °F
DOE_EFFICIENCY = (
    (85.4, 83.1, 80.8, 78.4, 76.0),
    (85.2, 82.8, 80.4, 77.9, 75.4),
    (84.7, 82.1, 79.5, 76.7, 74.0),
    (84.1, 81.2, 78.2, 75.2, 72.1),
    (82.8, 79.3, 75.6, 71.9, 68.2),
)


def _interpolate(x: float, xs: tuple[float, ...], ys: tuple[float, ...]) -> float:
    """Piecewise-linear, extended linearly beyond both ends."""
    index = 0
    while index < len(xs) - 2 and x > xs[index + 1]:
        index += 1
    x0, x1 = xs[index], xs[index + 1]
    return ys[index] + (ys[index + 1] - ys[index]) * (x - x0) / (x1 - x0)


def doe_combustion_efficiency(excess_air_pct: float, net_stack_c: float) -> float:
    """Combustion efficiency (%) of natural gas from the DOE Steam Tip #4 table.

    Bilinear interpolation in excess air (%) and net stack temperature
    (flue gas minus combustion air, K or °C difference).
    """
    stack_f = net_stack_c * 1.8
    per_row = tuple(_interpolate(stack_f, DOE_NET_STACK_F, row) for row in DOE_EFFICIENCY)
    return _interpolate(excess_air_pct, DOE_EXCESS_AIR, per_row)


def in_doe_table(excess_air_pct: float, net_stack_c: float) -> bool:
    return (
        DOE_EXCESS_AIR[0] <= excess_air_pct <= DOE_EXCESS_AIR[-1]
        and DOE_NET_STACK_F[0] <= net_stack_c * 1.8 <= DOE_NET_STACK_F[-1]
    )


@register
class BoilerCombustionTuning(Estimator):
    """Fuel saved by lowering excess air and stack temperature."""

    id = "boiler_tuning"
    title_en = "Boiler combustion tuning"
    title_vi = "Tinh chỉnh quá trình cháy lò hơi"
    techniques = ("PC",)
    area = "boilers_steam"
    inputs = (
        fuel_input(allow_purchased_steam=False),
        InputSpec(
            "fuel_energy",
            "Annual boiler fuel energy",
            "Năng lượng nhiên liệu lò hơi mỗi năm",
            "GJ/yr",
            None,
            1,
            1e8,
            "Fuel quantity × calorific value (e.g. 1,000,000 m³ gas × 0.036 GJ/m³ = 36,000 GJ).",
            "Lượng nhiên liệu × nhiệt trị (ví dụ 1.000.000 m³ khí × 0,036 GJ/m³ = 36.000 GJ).",
        ),
        InputSpec(
            "excess_air_before",
            "Excess air now",
            "Hệ số không khí thừa hiện tại",
            "%",
            None,
            0,
            300,
            "From the flue-gas analyser; excess air ≈ O₂/(20.9 − O₂) × 100.",
            "Theo máy phân tích khói; không khí thừa ≈ O₂/(20,9 − O₂) × 100.",
        ),
        InputSpec(
            "excess_air_after",
            "Excess air after tuning",
            "Không khí thừa sau tinh chỉnh",
            "%",
            15.0,
            0,
            300,
            "About 10–15 % is attainable on gas, 20–30 % on oil and coal.",
            "Khoảng 10–15 % với khí, 20–30 % với dầu và than.",
        ),
        InputSpec(
            "net_stack_before",
            "Net stack temperature now",
            "Nhiệt độ khói thực hiện tại",
            "delta_degC",
            None,
            0,
            500,
            "Flue gas minus combustion air temperature.",
            "Nhiệt độ khói trừ nhiệt độ không khí cấp.",
        ),
        InputSpec(
            "net_stack_after",
            "Net stack temperature after",
            "Nhiệt độ khói thực sau cải tiến",
            "delta_degC",
            None,
            0,
            500,
            "",
            "",
        ),
        InputSpec(
            "method",
            "Efficiency from",
            "Cách tính hiệu suất",
            "",
            "doe_table",
            None,
            None,
            "doe_table: DOE Steam Tip #4 natural-gas table; rule_of_thumb: +1 point per 15 % "
            "less excess air and per 22 °C lower stack temperature from the measured efficiency.",
            "doe_table: bảng khí thiên nhiên của DOE Steam Tip #4; rule_of_thumb: +1 điểm % cho "
            "mỗi 15 % không khí thừa giảm và mỗi 22 °C nhiệt độ khói giảm, từ hiệu suất đo được.",
            choices=("doe_table", "rule_of_thumb"),
        ),
        InputSpec(
            "efficiency_before",
            "Measured combustion efficiency now",
            "Hiệu suất cháy đo được hiện tại",
            "%",
            80.0,
            40,
            100,
            "Used by the rule of thumb.",
            "Dùng cho quy tắc kinh nghiệm.",
        ),
    )
    outputs = (
        OutputSpec(
            "efficiency_before", "Combustion efficiency now", "Hiệu suất cháy hiện tại", "%"
        ),
        OutputSpec(
            "efficiency_after", "Combustion efficiency after", "Hiệu suất cháy sau cải tiến", "%"
        ),
        OutputSpec("fuel_saving", "Fuel saving", "Tỷ lệ tiết kiệm nhiên liệu", "%"),
        *_energy_outputs("Fuel energy saved", "Năng lượng nhiên liệu tiết kiệm"),
    )
    formula = QT_TRANSLATE_NOOP("Estimator", "fuel saved = fuel × (1 − E₁/E₂)")
    source = QT_TRANSLATE_NOOP(
        "Estimator",
        "US DOE Steam Tip Sheet #4 'Improve Your Boiler's Combustion Efficiency' (2006), table "
        "'Combustion Efficiency for Natural Gas' and example; rule of thumb per REFERENCE.md §6"
    )
    assumptions = (
        QT_TRANSLATE_NOOP(
            "Estimator", "Complete combustion, no water vapour in the combustion air (DOE table)."
        ),
        QT_TRANSLATE_NOOP("Estimator", "The steam demand stays the same."),
    )
    example = {
        "fuel": "natural_gas",
        "fuel_energy": 500_000 / MMBTU_PER_GJ,
        "excess_air_before": 44.9,
        "excess_air_after": 9.5,
        "net_stack_before": 400 / 1.8,
        "net_stack_after": 300 / 1.8,
        "method": "doe_table",
        "efficiency_before": 78.2,
    }
    example_source = QT_TRANSLATE_NOOP(
        "Estimator",
        "US DOE Steam Tip #4: 500,000 MMBtu/yr, 44.9 % → 9.5 % excess air, 400 → 300 °F net "
        "stack (78.2 % → 83.1 %) → 29,482 MMBtu/yr, $235,856/yr at $8.00/MMBtu"
    )

    def compute(
        self, values: dict[str, float | str], context: EstimateContext | None = None
    ) -> PhysicalResult:
        ea1, ea2 = float(values["excess_air_before"]), float(values["excess_air_after"])
        st1, st2 = float(values["net_stack_before"]), float(values["net_stack_after"])
        notes = []
        if values["method"] == "doe_table":
            e1 = doe_combustion_efficiency(ea1, st1)
            e2 = doe_combustion_efficiency(ea2, st2)
            if not (in_doe_table(ea1, st1) and in_doe_table(ea2, st2)):
                notes.append(
                    QT_TRANSLATE_NOOP(
                        "Estimator",
                        "Outside the DOE table (9.5–81.6 % excess air, 200–600 °F): extrapolated.",
                    )
                )
            if values["fuel"] != "natural_gas":
                notes.append(
                    QT_TRANSLATE_NOOP(
                        "Estimator",
                        "The DOE table is for natural gas: for other fuels it is an approximation.",
                    )
                )
        else:
            e1 = float(values["efficiency_before"])
            e2 = e1 + (ea1 - ea2) / 15.0 + (st1 - st2) / 22.0
        if not (0 < e1 <= 100 and 0 < e2 <= 100):
            raise ValueError(
                translate(
                    "Estimator",
                    "The combustion efficiencies must stay between 0 and 100 %: check the excess air "
                    "and stack temperatures.",
                )
            )
        share = 1.0 - e1 / e2
        fuel_gj = float(values["fuel_energy"]) * share
        ref = reference_from_context(context)
        fuel = str(values["fuel"])
        return PhysicalResult(
            savings={fuel: fuel_gj * amount_per_gj(ref, fuel)},
            values={
                "efficiency_before": e1,
                "efficiency_after": e2,
                "fuel_saving": share * 100.0,
                "fuel_energy": fuel_gj,
                "fuel_energy_mmbtu": fuel_gj * MMBTU_PER_GJ,
            },
            notes=notes,
        )
