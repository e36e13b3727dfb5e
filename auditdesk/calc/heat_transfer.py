"""Heat loss of hot surfaces to still or moving air: convection plus radiation.

First principles, SI units (W, m, K). Correlations (Incropera & DeWitt,
Fundamentals of Heat and Mass Transfer, ch. 7 and 9):
natural convection — horizontal cylinder and vertical plate by Churchill & Chu,
hot horizontal plate facing up by Lloyd & Moran; forced convection — cylinder by
Churchill & Bernstein, flat plate laminar/turbulent; mixed convection
h = (h_nat³ + h_forced³)^(1/3); radiation h_r = εσ(T_s² + T_a²)(T_s + T_a) to
surroundings at air temperature. Air properties at the film temperature:
Sutherland's law for viscosity and conductivity, ideal-gas density, Pr = 0.71.

With ε = 0.7 this reproduces the US DOE Steam Tip Sheet #2 table of bare-pipe
losses (75 °F air, no wind) within 3.5 % for 1, 2 and 4 in pipe.
"""

from __future__ import annotations

import math

STEFAN_BOLTZMANN = 5.670374419e-8  # W/(m²·K⁴)
GRAVITY = 9.80665
PRANDTL_AIR = 0.71

SURFACES = ("pipe", "vertical", "horizontal")


def air_properties(film_k: float) -> tuple[float, float]:
    """(kinematic viscosity m²/s, thermal conductivity W/(m·K)) of air at 1 atm."""
    viscosity = 1.716e-5 * (film_k / 273.15) ** 1.5 * (273.15 + 110.4) / (film_k + 110.4)
    conductivity = 0.0241 * (film_k / 273.15) ** 1.5 * (273.15 + 194.0) / (film_k + 194.0)
    density = 101_325.0 / (287.05 * film_k)
    return viscosity / density, conductivity


def _nusselt_natural(surface: str, rayleigh: float) -> float:
    pr = PRANDTL_AIR
    if surface == "pipe":
        return (
            float(0.60 + 0.387 * rayleigh ** (1 / 6) / (1 + (0.559 / pr) ** (9 / 16)) ** (8 / 27))
            ** 2
        )
    if surface == "vertical":
        return (
            float(0.825 + 0.387 * rayleigh ** (1 / 6) / (1 + (0.492 / pr) ** (9 / 16)) ** (8 / 27))
            ** 2
        )
    return float(0.54 * rayleigh**0.25 if rayleigh < 1e7 else 0.15 * rayleigh ** (1 / 3))


def _nusselt_forced(surface: str, reynolds: float) -> float:
    pr = PRANDTL_AIR
    if reynolds <= 0:
        return 0.0
    if surface == "pipe":
        return float(
            0.3
            + 0.62
            * reynolds**0.5
            * pr ** (1 / 3)
            / (1 + (0.4 / pr) ** (2 / 3)) ** 0.25
            * (1 + (reynolds / 282_000) ** 0.625) ** 0.8
        )
    if reynolds < 5e5:
        return float(0.664 * reynolds**0.5 * pr ** (1 / 3))
    return float((0.037 * reynolds**0.8 - 871.0) * pr ** (1 / 3))


def characteristic_length(surface: str, size_m: float) -> float:
    """Length used in Ra and Re: the pipe diameter, the wall height, or area/perimeter."""
    if surface == "horizontal":
        return size_m / 4.0  # a square of side size_m: A/P
    return size_m


def surface_coefficients(
    surface: str,
    size_m: float,
    surface_k: float,
    ambient_k: float,
    emissivity: float,
    wind_m_s: float = 0.0,
) -> tuple[float, float]:
    """(convective, radiative) coefficients in W/(m²·K) of a surface at ``surface_k``.

    ``size_m``: outside diameter of a pipe, height of a vertical wall, side of a
    horizontal plate facing up.
    """
    if surface not in SURFACES:
        raise ValueError(f"surface must be one of {SURFACES}")
    delta = max(surface_k - ambient_k, 1e-9)
    film = 0.5 * (surface_k + ambient_k)
    nu, k = air_properties(film)
    length = characteristic_length(surface, size_m)
    rayleigh = GRAVITY / film * delta * length**3 / nu**2 * PRANDTL_AIR
    natural = _nusselt_natural(surface, rayleigh) * k / length
    forced = _nusselt_forced(surface, wind_m_s * size_m / nu) * k / size_m
    convective = (natural**3 + forced**3) ** (1 / 3)
    radiative = (
        emissivity * STEFAN_BOLTZMANN * (surface_k**2 + ambient_k**2) * (surface_k + ambient_k)
    )
    return convective, radiative


def bare_loss_w_per_m2(
    surface: str,
    size_m: float,
    surface_c: float,
    ambient_c: float,
    emissivity: float,
    wind_m_s: float = 0.0,
) -> float:
    """Heat flux (W/m²) from a bare surface at ``surface_c`` to air at ``ambient_c``."""
    ts, ta = surface_c + 273.15, ambient_c + 273.15
    if ts <= ta:
        return 0.0
    convective, radiative = surface_coefficients(surface, size_m, ts, ta, emissivity, wind_m_s)
    return (convective + radiative) * (ts - ta)


def insulated_loss_w(
    surface: str,
    size_m: float,
    area_or_length: float,
    hot_c: float,
    ambient_c: float,
    thickness_m: float,
    conductivity: float,
    jacket_emissivity: float,
    wind_m_s: float = 0.0,
) -> tuple[float, float]:
    """(heat loss W, outer surface °C) through insulation of ``thickness_m``.

    Pipe: ``area_or_length`` is the length (m), conduction ln(r₂/r₁)/(2πkL);
    flat: the area (m²), conduction t/(kA). The jacket temperature is found by
    bisection so that conduction equals convection plus radiation.
    """
    ta = ambient_c + 273.15
    th = hot_c + 273.15
    if th <= ta:
        return 0.0, ambient_c
    if surface == "pipe":
        outer_d = size_m + 2 * thickness_m
        resistance = math.log(outer_d / size_m) / (2 * math.pi * conductivity * area_or_length)
        outer_area = math.pi * outer_d * area_or_length
        outer_size = outer_d
    else:
        resistance = thickness_m / (conductivity * area_or_length)
        outer_area = area_or_length
        outer_size = size_m
    low, high = ta, th
    for _ in range(80):
        jacket = 0.5 * (low + high)
        conducted = (th - jacket) / resistance
        hc, hr = surface_coefficients(surface, outer_size, jacket, ta, jacket_emissivity, wind_m_s)
        if conducted > (hc + hr) * outer_area * (jacket - ta):
            low = jacket
        else:
            high = jacket
    jacket = 0.5 * (low + high)
    return (th - jacket) / resistance, jacket - 273.15
