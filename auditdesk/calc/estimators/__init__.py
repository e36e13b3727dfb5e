"""Built-in estimators. Importing this package registers every one of them."""

from importlib import import_module

# One module per family; each module registers its estimators on import.
_MODULES: tuple[str, ...] = (
    "motors",
    "lighting",
    "chiller",
    "water",
    "tariff_shift",
    "custom",
    "compressed_air",
    "steam",
    "steam_heat",
)

for _name in _MODULES:
    import_module(f"{__name__}.{_name}")
