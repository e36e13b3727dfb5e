"""Fixtures of the review tests (helpers in review_helpers.py)."""

from __future__ import annotations

import pytest
from review_helpers import Plant, build_plant

from auditdesk.store import Store


@pytest.fixture
def plant(store: Store) -> Plant:
    return build_plant(store)
