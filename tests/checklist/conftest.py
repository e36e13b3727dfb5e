"""Fixtures of the checklist tests: the sample template and an English-language switch."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from checklist_samples import HEADER, SAMPLE_ITEMS

from auditdesk import i18n
from auditdesk.checklist.template import Template, load_template_text


@pytest.fixture
def sample() -> Template:
    return load_template_text(HEADER + SAMPLE_ITEMS, "sample.yaml")


@pytest.fixture
def english() -> Iterator[None]:
    """Run the test with English messages (the default language is Vietnamese)."""
    before = i18n.current_language()
    i18n.set_language("en")
    yield
    i18n.set_language(before)
