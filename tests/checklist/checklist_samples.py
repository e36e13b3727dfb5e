"""Template text shared by the checklist tests (a module, so tests can import it)."""

from __future__ import annotations

import textwrap

# Nine header lines: the first item starts on line 10 of the text.
HEADER = """\
code: sample
version: "1.0.0"
kind: base
name_vi: Mẫu
name_en: Sample
areas:
  - {code: air, name_vi: Khí nén, name_en: Compressed air, order: 1}
  - {code: steam, name_vi: Lò hơi, name_en: Boilers and steam, order: 2}
items:
"""

SAMPLE_ITEMS = """\
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
    condition:
      all:
        - {item: A-1, equals: yes}
        - {item: A-2, gt: 7.5}
    finding_hint: no
    technique: TC
    estimator: custom
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
    text_vi: Ảnh máy nén
    text_en: Photo of the compressor
    answer_type: photo
    condition: {item: A-1, equals: yes}
  - code: S-1
    area: steam
    text_vi: Nhiên liệu lò hơi
    text_en: Boiler fuel
    answer_type: choice
    choices:
      - {code: coal, vi: Than, en: Coal}
      - {code: biomass, vi: Sinh khối, en: Biomass}
      - {code: gas, vi: Khí đốt, en: Gas}
      - {code: none, vi: Không có lò hơi, en: No boiler}
    required: true
  - code: S-2
    area: steam
    text_vi: Nhiệt độ khói thải
    text_en: Stack temperature
    answer_type: number
    unit: °C
    units: [°F]
    condition: {item: S-1, in: [coal, biomass, gas]}
    finding_hint: {gt: 200}
    technique: EM
    estimator: feedwater_economizer
  - code: S-3
    area: steam
    text_vi: Lò có bộ hâm nước không?
    text_en: Does the boiler have an economiser?
    answer_type: yes_no_na
    required: true
    condition:
      any:
        - {item: S-2, ge: 180}
        - {item: S-1, equals: coal}
  - code: S-4
    area: steam
    text_vi: Ghi chú về lò hơi
    text_en: Notes on the boiler
    answer_type: text
"""


def template_text(items: str) -> str:
    """The sample header followed by ``items``: YAML list entries written at column 0
    (``- code: X``), indented here to sit under ``items:``."""
    return HEADER + textwrap.indent(textwrap.dedent(items), "  ")
