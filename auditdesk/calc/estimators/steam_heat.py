"""Steam-system heat recovery: condensate return, insulation, feedwater economizer.

Shares the fuel conversion of ``steam.py``: heat saved ÷ boiler efficiency →
fuel in its canonical unit (or purchased steam in kg).
"""

from __future__ import annotations

import math

from auditdesk.calc import heat_transfer
from auditdesk.calc.estimator import (
    EstimateContext,
    Estimator,
    InputSpec,
    OutputSpec,
    PhysicalResult,
    register,
)
from auditdesk.calc.estimators.steam import (
    CP_WATER,
    MMBTU_PER_GJ,
    _energy_outputs,
    efficiency_input,
    fuel_input,
    heat_to_savings,
    hours_input,
)
from auditdesk.i18n import QT_TRANSLATE_NOOP

KG_PER_LB = 0.45359237
METRES_PER_FOOT = 0.3048


def _f_to_c(fahrenheit: float) -> float:
    return (fahrenheit - 32.0) / 1.8


@register
class CondensateReturn(Estimator):
    """Fuel, water and sewage saved by returning more condensate to the boiler."""

    id = "condensate_return"
    title_en = "Return more condensate"
    title_vi = "Tăng thu hồi nước ngưng"
    techniques = ("OR",)
    area = "boilers_steam"
    inputs = (
        InputSpec(
            "condensate_flow",
            "Additional condensate returned",
            "Lượng nước ngưng thu hồi thêm",
            "kg/h",
            None,
            1,
            500_000,
            "",
            "",
        ),
        hours_input(),
        InputSpec(
            "condensate_temperature",
            "Condensate temperature at the feed tank",
            "Nhiệt độ nước ngưng về bồn cấp",
            "degC",
            90.0,
            20,
            200,
            "",
            "",
        ),
        InputSpec(
            "makeup_temperature",
            "Make-up water temperature",
            "Nhiệt độ nước bổ sung",
            "degC",
            30.0,
            0,
            60,
            "",
            "",
        ),
        InputSpec(
            "flash_fraction",
            "Flash steam lost",
            "Tỷ lệ hơi tái bay hơi bị mất",
            "%",
            0.0,
            0,
            40,
            "Share of the condensate that flashes and is vented at the receiver.",
            "Phần nước ngưng tự bay hơi và xả ra tại bồn thu.",
        ),
        InputSpec(
            "drained_to_sewer",
            "Condensate now goes to the drain",
            "Nước ngưng hiện xả ra cống",
            "",
            "yes",
            None,
            None,
            "yes: wastewater falls by the same volume.",
            "yes: lượng nước thải giảm cùng thể tích.",
            choices=("yes", "no"),
        ),
        InputSpec(
            "treatment_cost",
            "Water treatment chemicals",
            "Chi phí hóa chất xử lý nước",
            "VND/m3",
            0.0,
            0,
            200_000,
            "Per m³ of make-up water.",
            "Tính trên mỗi m³ nước bổ sung.",
        ),
        fuel_input(),
        efficiency_input(),
    )
    outputs = (
        OutputSpec("heat_recovered", "Heat recovered", "Nhiệt thu hồi", "GJ/yr"),
        *_energy_outputs("Boiler fuel energy saved", "Năng lượng nhiên liệu lò hơi tiết kiệm"),
        OutputSpec("water", "Make-up water saved", "Nước bổ sung tiết kiệm", "m3/yr"),
    )
    formula = QT_TRANSLATE_NOOP(
        "Estimator",
        "fuel = (1 − flash) × condensate × hours × c_p × (T_condensate − T_make-up) / boiler "
        "efficiency; water = (1 − flash) × condensate × hours / 1000",
    )
    source = QT_TRANSLATE_NOOP(
        "Estimator", "US DOE Steam Tip Sheet #8 'Return Condensate to the Boiler' (2012), example"
    )
    assumptions = (
        QT_TRANSLATE_NOOP(
            "Estimator", "Liquid water c_p = 4.19 kJ/(kg·K); 1 t of make-up water = 1 m³."
        ),
    )
    example = {
        "condensate_flow": 10_000 * KG_PER_LB,
        "hours": 8000,
        "condensate_temperature": _f_to_c(180),
        "makeup_temperature": _f_to_c(55),
        "flash_fraction": 12.0,
        "drained_to_sewer": "yes",
        "treatment_cost": 0.0,
        "fuel": "natural_gas",
        "boiler_efficiency": 80.0,
    }
    example_source = QT_TRANSLATE_NOOP(
        "Estimator",
        "US DOE Steam Tip #8: 10,000 lb/h more condensate at 180 °F, make-up 55 °F, 12 % flash, "
        "8,000 h/yr, boiler 80 % → (1 − 0.12) × 10,000 × 8,000 × (148 − 23) / 0.8 = "
        "11,000 MMBtu/yr of fuel"
    )

    def compute(
        self, values: dict[str, float | str], context: EstimateContext | None = None
    ) -> PhysicalResult:
        returned_kg = (
            (1 - float(values["flash_fraction"]) / 100)
            * float(values["condensate_flow"])
            * float(values["hours"])
        )
        rise = float(values["condensate_temperature"]) - float(values["makeup_temperature"])
        heat_gj = returned_kg * CP_WATER * rise / 1e6
        savings, fuel_gj = heat_to_savings(
            context, str(values["fuel"]), heat_gj, float(values["boiler_efficiency"])
        )
        water = returned_kg / 1000.0
        savings["water"] = savings.get("water", 0.0) + water
        if values["drained_to_sewer"] == "yes":
            savings["wastewater"] = water
        return PhysicalResult(
            savings=savings,
            values={
                "heat_recovered": heat_gj,
                "fuel_energy": fuel_gj,
                "fuel_energy_mmbtu": fuel_gj * MMBTU_PER_GJ,
                "water": water,
            },
            extra_cost_savings_vnd=water * float(values["treatment_cost"]),
        )


@register
class SurfaceInsulation(Estimator):
    """Heat saved by insulating bare pipes and hot surfaces (convection + radiation)."""

    id = "insulation"
    title_en = "Insulate bare pipes and hot surfaces"
    title_vi = "Bảo ôn đường ống và bề mặt nóng"
    techniques = ("EM",)
    area = "boilers_steam"
    inputs = (
        InputSpec(
            "surface",
            "Surface",
            "Loại bề mặt",
            "",
            "pipe",
            None,
            None,
            "pipe; vertical wall; horizontal surface facing up.",
            "pipe: ống; vertical: thành đứng; horizontal: mặt nằm ngang hướng lên.",
            choices=heat_transfer.SURFACES,
        ),
        InputSpec(
            "outer_diameter",
            "Pipe outside diameter",
            "Đường kính ngoài của ống",
            "mm",
            60.3,
            10,
            2000,
            "DN25 = 33.4 mm, DN50 = 60.3 mm, DN100 = 114.3 mm.",
            "DN25 = 33,4 mm, DN50 = 60,3 mm, DN100 = 114,3 mm.",
        ),
        InputSpec("length", "Pipe length", "Chiều dài ống", "m", 10.0, 0.1, 100_000, "", ""),
        InputSpec(
            "area",
            "Surface area (flat surfaces)",
            "Diện tích bề mặt (bề mặt phẳng)",
            "m**2",
            1.0,
            0.01,
            100_000,
            "",
            "",
        ),
        InputSpec(
            "surface_temperature",
            "Bare surface temperature",
            "Nhiệt độ bề mặt trần",
            "degC",
            None,
            40,
            650,
            "Saturated steam: 7 barg ≈ 170 °C, 10 barg ≈ 184 °C.",
            "Hơi bão hòa: 7 barg ≈ 170 °C, 10 barg ≈ 184 °C.",
        ),
        InputSpec(
            "ambient_temperature",
            "Ambient air temperature",
            "Nhiệt độ không khí xung quanh",
            "degC",
            30.0,
            -10,
            50,
            "",
            "",
        ),
        InputSpec(
            "emissivity",
            "Bare surface emissivity",
            "Độ đen bề mặt trần",
            "",
            0.7,
            0.05,
            1.0,
            "0.7 reproduces the DOE bare-pipe table; oxidised steel 0.6–0.9.",
            "0,7 khớp bảng ống trần của DOE; thép bị oxy hóa 0,6–0,9.",
        ),
        InputSpec("wind_speed", "Air speed", "Tốc độ gió", "m/s", 0.0, 0, 20, "", ""),
        hours_input(),
        InputSpec(
            "method",
            "Loss after insulating from",
            "Cách tính tổn thất sau bảo ôn",
            "",
            "fraction",
            None,
            None,
            "fraction: a share of the bare loss is removed (DOE: 90 %); thickness: "
            "conduction through the insulation.",
            "fraction: giảm theo tỷ lệ tổn thất trần (DOE: 90 %); thickness: tính dẫn nhiệt "
            "qua lớp bảo ôn.",
            choices=("fraction", "thickness"),
        ),
        InputSpec(
            "loss_reduction",
            "Loss removed by insulation",
            "Tỷ lệ tổn thất giảm nhờ bảo ôn",
            "%",
            90.0,
            0,
            100,
            "",
            "",
        ),
        InputSpec(
            "insulation_thickness",
            "Insulation thickness",
            "Chiều dày bảo ôn",
            "mm",
            50.0,
            5,
            400,
            "",
            "",
        ),
        InputSpec(
            "insulation_conductivity",
            "Insulation conductivity",
            "Hệ số dẫn nhiệt của vật liệu bảo ôn",
            "W/(m*K)",
            0.045,
            0.015,
            0.3,
            "Mineral wool at 100 °C: about 0.04–0.05.",
            "Bông khoáng ở 100 °C: khoảng 0,04–0,05.",
        ),
        InputSpec(
            "jacket_emissivity",
            "Jacket emissivity",
            "Độ đen lớp vỏ bọc",
            "",
            0.1,
            0.03,
            1.0,
            "Aluminium 0.1; painted 0.9.",
            "Nhôm 0,1; sơn 0,9.",
        ),
        fuel_input(),
        efficiency_input(),
    )
    outputs = (
        OutputSpec(
            "bare_flux", "Bare surface heat flux", "Mật độ dòng nhiệt bề mặt trần", "W/m**2"
        ),
        OutputSpec("bare_loss", "Bare heat loss", "Tổn thất nhiệt khi để trần", "kW"),
        OutputSpec(
            "insulated_loss", "Heat loss after insulating", "Tổn thất nhiệt sau bảo ôn", "kW"
        ),
        OutputSpec(
            "bare_loss_mmbtu", "Bare heat loss per year", "Tổn thất nhiệt trần mỗi năm", "MMBtu/yr"
        ),
        OutputSpec("heat_saved", "Heat saved", "Nhiệt tiết kiệm", "GJ/yr"),
        *_energy_outputs("Boiler fuel energy saved", "Năng lượng nhiên liệu lò hơi tiết kiệm"),
    )
    formula = QT_TRANSLATE_NOOP(
        "Estimator",
        "q = (h_conv + h_rad) × A × (T_s − T_a), h_rad = εσ(T_s² + T_a²)(T_s + T_a), h_conv from "
        "Nu(Ra, Re); saved = (q_bare − q_insulated) × hours; fuel = saved / boiler efficiency",
    )
    source = QT_TRANSLATE_NOOP(
        "Estimator",
        "Convection correlations: Incropera & DeWitt, Fundamentals of Heat and Mass Transfer, "
        "ch. 7 and 9 (Churchill–Chu, Churchill–Bernstein); check against US DOE Steam Tip "
        "Sheet #2 'Insulate Steam Distribution and Condensate Return Lines', table and example"
    )
    assumptions = (
        QT_TRANSLATE_NOOP("Estimator", "Surroundings radiate at the air temperature."),
        QT_TRANSLATE_NOOP(
            "Estimator",
            "A flat surface is taken as a square: its side sets the convection length.",
        ),
    )
    example = {
        "surface": "pipe",
        "outer_diameter": 1.315 * 25.4,
        "length": 1120 * METRES_PER_FOOT,
        "area": 1.0,
        "surface_temperature": _f_to_c(366),
        "ambient_temperature": _f_to_c(75),
        "emissivity": 0.7,
        "wind_speed": 0.0,
        "hours": 8760,
        "method": "fraction",
        "loss_reduction": 90.0,
        "insulation_thickness": 50.0,
        "insulation_conductivity": 0.045,
        "jacket_emissivity": 0.1,
        "fuel": "natural_gas",
        "boiler_efficiency": 80.0,
    }
    example_source = QT_TRANSLATE_NOOP(
        "Estimator",
        "US DOE Steam Tip #2: 1,120 ft of bare 1 in line at 150 psig (366 °F) lose "
        "285 MMBtu/yr per 100 ft = 3,192 MMBtu/yr; with the 2 in and 4 in lines 5,069 MMBtu/yr, "
        "≈ $45,620/yr at $8.00/MMBtu, boiler 80 %, insulation 90 %"
    )

    def compute(
        self, values: dict[str, float | str], context: EstimateContext | None = None
    ) -> PhysicalResult:
        surface = str(values["surface"])
        if surface == "pipe":
            size = float(values["outer_diameter"]) / 1000.0
            extent = float(values["length"])
            bare_area = math.pi * size * extent
        else:
            extent = float(values["area"])
            size = math.sqrt(extent)
            bare_area = extent
        hot, ambient = float(values["surface_temperature"]), float(values["ambient_temperature"])
        wind = float(values["wind_speed"])
        flux = heat_transfer.bare_loss_w_per_m2(
            surface, size, hot, ambient, float(values["emissivity"]), wind
        )
        bare_kw = flux * bare_area / 1000.0
        if values["method"] == "thickness":
            insulated_w, _jacket = heat_transfer.insulated_loss_w(
                surface,
                size,
                extent,
                hot,
                ambient,
                float(values["insulation_thickness"]) / 1000.0,
                float(values["insulation_conductivity"]),
                float(values["jacket_emissivity"]),
                wind,
            )
            insulated_kw = insulated_w / 1000.0
        else:
            insulated_kw = bare_kw * (1 - float(values["loss_reduction"]) / 100.0)
        hours = float(values["hours"])
        heat_gj = (bare_kw - insulated_kw) * hours * 3600 / 1e6
        savings, fuel_gj = heat_to_savings(
            context, str(values["fuel"]), heat_gj, float(values["boiler_efficiency"])
        )
        return PhysicalResult(
            savings=savings,
            values={
                "bare_flux": flux,
                "bare_loss": bare_kw,
                "insulated_loss": insulated_kw,
                "bare_loss_mmbtu": bare_kw * hours * 3600 / 1e6 * MMBTU_PER_GJ,
                "heat_saved": heat_gj,
                "fuel_energy": fuel_gj,
                "fuel_energy_mmbtu": fuel_gj * MMBTU_PER_GJ,
            },
        )


@register
class FeedwaterEconomizer(Estimator):
    """Fuel saved by heating boiler feedwater with flue-gas heat (or any waste heat)."""

    id = "feedwater_economizer"
    title_en = "Feedwater economizer / heat recovery"
    title_vi = "Bộ hâm nước cấp / thu hồi nhiệt"
    techniques = ("OR",)
    area = "boilers_steam"
    inputs = (
        InputSpec(
            "steam_flow",
            "Feedwater (≈ steam) flow",
            "Lưu lượng nước cấp (≈ lưu lượng hơi)",
            "t/h",
            None,
            0.05,
            500,
            "",
            "",
        ),
        InputSpec(
            "feedwater_before",
            "Feedwater temperature now",
            "Nhiệt độ nước cấp hiện tại",
            "degC",
            None,
            0,
            200,
            "",
            "",
        ),
        InputSpec(
            "feedwater_after",
            "Feedwater temperature with recovery",
            "Nhiệt độ nước cấp khi thu hồi nhiệt",
            "degC",
            None,
            0,
            250,
            "Keep the flue gas above its dew point (gas ≈ 57 °C, oil ≈ 120–150 °C).",
            "Giữ khói trên điểm đọng sương (khí ≈ 57 °C, dầu ≈ 120–150 °C).",
        ),
        InputSpec(
            "steam_enthalpy",
            "Steam enthalpy",
            "Entanpi của hơi",
            "kJ/kg",
            2769.0,
            2500,
            3600,
            "Saturated steam: 5 barg 2,757; 7 barg 2,769; 10 barg 2,778 kJ/kg.",
            "Hơi bão hòa: 5 barg 2.757; 7 barg 2.769; 10 barg 2.778 kJ/kg.",
        ),
        hours_input(),
        fuel_input(allow_purchased_steam=False),
        efficiency_input(),
    )
    outputs = (
        OutputSpec("heat_recovered_kw", "Heat recovered", "Nhiệt thu hồi", "kW"),
        OutputSpec(
            "fuel_saving", "Share of boiler fuel saved", "Tỷ lệ nhiên liệu lò hơi tiết kiệm", "%"
        ),
        *_energy_outputs("Fuel energy saved", "Năng lượng nhiên liệu tiết kiệm"),
    )
    formula = QT_TRANSLATE_NOOP(
        "Estimator",
        "Q = ṁ × c_p × (T₂ − T₁); fuel = Q × hours / boiler efficiency; "
        "share = c_p (T₂ − T₁) / (h_steam − c_p T₁)",
    )
    source = QT_TRANSLATE_NOOP(
        "Estimator",
        "Heat balance on the feedwater; checks: Forbes Marshall 'Every 6 °C rise in feedwater "
        "temperature reduces the fuel bill by 1 %'; US DOE Steam Tip Sheet #3 (economizers "
        "save 5–10 % of fuel)"
    )
    assumptions = (
        QT_TRANSLATE_NOOP("Estimator", "Boiler efficiency and steam output do not change."),
        QT_TRANSLATE_NOOP("Estimator", "Liquid water c_p = 4.19 kJ/(kg·K)."),
    )
    example = {
        "steam_flow": 1.0,
        "feedwater_before": 40.0,
        "feedwater_after": 46.0,
        "steam_enthalpy": 657.9 * 4.1868,
        "hours": 6000,
        "fuel": "fuel_oil",
        "boiler_efficiency": 80.0,
    }
    example_source = QT_TRANSLATE_NOOP(
        "Estimator",
        "Forbes Marshall tip: 5 barg steam (657.9 kcal/kg), feedwater 40 → 46 °C saves about "
        "1 % of the fuel"
    )

    def compute(
        self, values: dict[str, float | str], context: EstimateContext | None = None
    ) -> PhysicalResult:
        before, after = float(values["feedwater_before"]), float(values["feedwater_after"])
        flow_kg_s = float(values["steam_flow"]) * 1000.0 / 3600.0
        heat_kw = flow_kg_s * CP_WATER * (after - before)
        heat_gj = heat_kw * float(values["hours"]) * 3600 / 1e6
        savings, fuel_gj = heat_to_savings(
            context, str(values["fuel"]), heat_gj, float(values["boiler_efficiency"])
        )
        duty_per_kg = float(values["steam_enthalpy"]) - CP_WATER * before
        notes = []
        if after < before:
            notes.append(
                QT_TRANSLATE_NOOP("Estimator", "The feedwater gets colder: fuel use rises.")
            )
        return PhysicalResult(
            savings=savings,
            values={
                "heat_recovered_kw": heat_kw,
                "fuel_saving": CP_WATER * (after - before) / duty_per_kg * 100.0,
                "fuel_energy": fuel_gj,
                "fuel_energy_mmbtu": fuel_gj * MMBTU_PER_GJ,
            },
            notes=notes,
        )
