"""Shared helpers for the meters store, command-line and UI tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditdesk import model
from auditdesk.store import Store


@pytest.fixture
def plant(store: Store) -> dict[str, model.Meter]:
    """One enterprise with a register meter (CT ratio 10, rollover 10,000), a sub-meter,
    a per-period water meter, and an audit starting 2025-03-10."""
    park = store.parks.create(model.Park(name="KCN Thử"))
    enterprise = store.enterprises.create(model.Enterprise(name="Công ty Thử", park_id=park.id))
    store.audits.create(
        model.Audit(enterprise_id=enterprise.id, title="Audit 2025", start_date="2025-03-10")
    )
    main = store.meters.create(
        model.Meter(
            enterprise_id=enterprise.id,
            name="Công tơ tổng",
            carrier="electricity",
            unit="kWh",
            kind="register",
            multiplier=10.0,
            rollover=10_000.0,
        )
    )
    sub = store.meters.create(
        model.Meter(
            enterprise_id=enterprise.id,
            name="Máy nén khí",
            carrier="electricity",
            unit="kWh",
            parent_id=main.id,
        )
    )
    water = store.meters.create(
        model.Meter(
            enterprise_id=enterprise.id, name="Nước cấp", carrier="water", unit="m3", kind="period"
        )
    )
    return {"main": main, "sub": sub, "water": water}


def audit_id(store: Store) -> str:
    return store.audits.list()[0].id


def write_csv(folder: Path, text: str, name: str = "readings.csv", encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


GOOD = (
    "Ngày;Giờ;Chỉ số\n31/01/2024;08:00;1.000,5\n29/02/2024;08:00;1.100\n31/03/2024;08:00;1.250,25\n"
)
BAD = (
    "Date,Value\n"
    "2024-01-01,100\n"  # row 2 ok
    "2024-01-02,abc\n"  # row 3 text in a number
    "2024-13-45,101\n"  # row 4 unknown date
    "2024-01-04,103\n"  # row 5 ok
    "2024-01-04,104\n"  # row 6 duplicate timestamp of row 5
    "2024-01-05,-3\n"  # row 7 negative
)
