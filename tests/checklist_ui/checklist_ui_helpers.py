"""Shared by the checklist store and UI tests: a small template, an audit that uses
it, and tiny photos (a module, so tests can import it)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from auditdesk import model
from auditdesk.demo_checklist import png_bytes
from auditdesk.store import Store
from auditdesk.store import checklists as cl

TEMPLATE = """\
code: plant_walk
version: "1.0.0"
kind: base
name_vi: Khảo sát nhà máy
name_en: Plant walk
areas:
  - {code: air, name_vi: Khí nén, name_en: Compressed air, order: 1}
  - {code: water, name_vi: Nước, name_en: Water, order: 2}
items:
  - code: A-1
    area: air
    text_vi: Có máy nén khí không?
    text_en: Is there an air compressor?
    answer_type: yes_no_na
    required: true
  - code: A-2
    area: air
    text_vi: Công suất máy nén
    text_en: Compressor power
    answer_type: number
    unit: kW
    units: [hp]
    min: 0
    max: 1000
    required: true
    condition: {item: A-1, equals: yes}
  - code: A-3
    area: air
    text_vi: Máy nén có biến tần không?
    text_en: Does the compressor have a variable-speed drive?
    answer_type: yes_no_na
    condition: {item: A-2, gt: 7.5}
    finding_hint: no
    technique: TC
  - code: A-4
    area: air
    text_vi: Có nghe thấy rò rỉ khí nén không?
    text_en: Are air leaks audible?
    answer_type: yes_no_na
    condition: {item: A-1, equals: yes}
    finding_hint: yes
    technique: GH
    estimator: compressed_air_leaks
    opportunity_vi: Sửa rò rỉ khí nén
    opportunity_en: Repair the air leaks
  - code: A-5
    area: air
    text_vi: Loại máy nén chính
    text_en: Main compressor type
    answer_type: choice
    choices:
      - {code: screw, vi: Trục vít, en: Screw}
      - {code: piston, vi: Piston, en: Piston}
    condition: {item: A-1, equals: yes}
  - code: W-1
    area: water
    text_vi: Nguồn nước chính
    text_en: Main water source
    answer_type: text
    required: true
  - code: W-2
    area: water
    text_vi: Ảnh đồng hồ nước tổng
    text_en: Photo of the main water meter
    answer_type: photo
"""


@dataclass
class AuditFixture:
    store: Store
    audit_id: str
    path: Path

    def checklist(self) -> cl.AuditChecklist:
        loaded = cl.AuditChecklist.load(self.store, self.audit_id)
        assert loaded is not None
        return loaded


def make_audit(store: Store, sector: str = "textile") -> str:
    park = store.parks.create(model.Park(name="KCN Thử"))
    enterprise = store.enterprises.create(model.Enterprise(
        park_id=park.id, name="Công ty Thử", sector=sector))
    audit = store.audits.create(model.Audit(
        enterprise_id=enterprise.id, title="Khảo sát", start_date="2025-03-01"))
    return audit.id


def picture(seed: int, width: int = 64, height: int = 48) -> bytes:
    """A small valid PNG, different for every seed."""
    return png_bytes(width, height, lambda x, y: ((x * seed) % 256, (y * 7) % 256, seed % 256))


def count(store: Store, table: str) -> int:
    return int(store.query(f"SELECT count(*) FROM {table}")[0][0])
