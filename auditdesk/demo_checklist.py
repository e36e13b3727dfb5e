"""Walk-through checklists of the demo audits: the RECP base template with each
enterprise's sector add-on, about half of the shown items answered the way an
auditor would have found these plants, findings with notes (several already
turned into the demo opportunities) and a few small photos.

The photos are drawn here as tiny PNGs (pure Python, no imaging library):
nameplates, gauges and equipment outlines standing in for camera pictures.
"""

from __future__ import annotations

import random
import struct
import zlib
from collections.abc import Callable

from auditdesk.store import Store

# One answer per line: ``CODE | answer | ! (a finding) | note``. Answers are written
# the English way (choice codes, yes/no/na, numbers with a decimal point) in the item's
# unit. Items whose condition does not hold are skipped.
SEAFOOD = """
ES-001 | yes
ES-002 | 3200
ES-003 | 48
ES-004 | 22to110kv
ES-005 | 605000
ES-006 | 1450
ES-007 | yes
ES-008 | 24 | ! | Máy nén lạnh chạy gần hết công suất giờ cao điểm 17–20 h.
ES-009 | yes | ! | Có thể làm đá vảy và hạ nhiệt kho trữ đông vào ban đêm.
ES-010 | 0.93
ES-011 | no
ES-012 | yes
ES-013 | yes
ES-015 | no
ES-017 | yes
ES-018 | 120
ES-019 | no | ! | Mái kho lạnh khoảng 6.000 m² chưa lắp điện mặt trời.
CA-001 | yes
CA-002 | 2
CA-003 | screw
CA-004 | 75
CA-005 | 12.4
CA-006 | 7.2
CA-007 | 7.5 | | Máy đóng gói chỉ cần 6 bar.
CA-008 | 6
CA-009 | yes | ! | Nghe rõ tiếng rò ở khớp nối nhanh và súng xịt xưởng sơ chế (12 điểm).
CA-010 | 32
CA-011 | yes
CA-012 | 4800
CA-013 | 1600
CA-014 | no
CA-015 | staggered
CA-018 | timer
CA-020 | no
CA-022 | refrigerated
BS-001 | yes
BS-002 | do
BS-003 | fire_tube
BS-004 | 2
BS-005 | 6
BS-006 | 3
BS-007 | 55
BS-009 | 15500
BS-011 | 7.9 | ! | Đo khói: O2 7,9 %, đầu đốt chưa được chỉnh từ khi lắp.
BS-012 | 272
BS-013 | no
BS-014 | no
BS-018 | fixed_times
BS-020 | 15 | | Hơi cấp trực tiếp vào nồi luộc; nước ngưng dàn gia nhiệt xả ra cống.
BS-024 | 18
BS-025 | no
BS-026 | 3
BS-027 | yes
BS-028 | no
BS-029 | 40
BS-030 | 12
MP-001 | 1850
MP-002 | 46
MP-003 | 45
MP-004 | 62
MP-005 | 5600
MP-006 | ie2
MP-008 | throttle | ! | Van đầu đẩy bơm nước giải nhiệt dàn ngưng chỉ mở khoảng 50 %.
MP-009 | 50
MP-010 | yes
MP-012 | no
LT-001 | t8 | ! | Kho thành phẩm đã dùng LED; xưởng sơ chế còn 420 bộ T8 chấn lưu điện từ.
LT-002 | 420
LT-003 | 86
LT-004 | 5600
HV-001 | no
HV-011 | 24
HV-013 | 14
PH-001 | no
CT-001 | yes
CT-002 | 420
CT-003 | 5
CT-005 | 2.5
CT-006 | overflow
CT-010 | no
WS-001 | park
WS-002 | 11500
WS-003 | 14500
WS-004 | no
WS-005 | yes
WS-006 | yes | ! | Vòi xịt không có cò ngắt; bể rã đông tràn liên tục.
WS-007 | 9
WS-008 | no
WS-009 | yes
WS-010 | 24
WW-001 | pretreat_park
WW-002 | 330
WW-003 | yes
WW-005 | 2200
WW-006 | no
WW-007 | yes
MC-001 | yes
MC-002 | 6.5
MC-004 | weighed
SW-001 | 95
SW-002 | yes
SW-003 | 15
SW-008 | yes
MG-001 | yes
MG-002 | yes
MG-003 | yes
MG-004 | iso14001
MG-007 | yes
MG-008 | no
MG-009 | 1260
SF-001 | ammonia
SF-002 | 820
SF-003 | -38
SF-004 | 39
SF-005 | no
SF-006 | no
SF-007 | no | ! | Cửa kho lạnh số 2 mở suốt ca, rèm nhựa rách.
SF-009 | no
SF-011 | 45
SF-012 | 1.2
SF-013 | running_water
SF-014 | 24
SF-017 | no | ! | Nước rửa cuối khá sạch, đang xả bỏ; có thể dùng rửa sơ bộ nguyên liệu.
SF-018 | no
SF-019 | no | ! | Đầu vỏ tôm khoảng 92 t/tháng đang trả phí xử lý; Chitin Hải Phòng sẵn sàng mua.
SF-020 | 38
"""

TEXTILE = """
ES-001 | yes
ES-002 | 2500
ES-003 | 62
ES-004 | 22to110kv
ES-005 | 410000
ES-006 | 720
ES-007 | yes
ES-008 | 17
ES-009 | no
ES-010 | 0.86 | ! | Tụ bù tự động hỏng một cấp; tháng nào cũng trả tiền công suất phản kháng.
ES-011 | yes
ES-012 | no
ES-013 | yes
ES-014 | 6.8
ES-017 | no
ES-019 | no
CA-001 | yes
CA-002 | 3
CA-003 | screw
CA-004 | 110
CA-007 | 7
CA-008 | 5.5
CA-009 | yes
CA-010 | 18
CA-011 | yes
CA-014 | no
CA-015 | none
CA-018 | cracked_open
CA-022 | refrigerated
BS-001 | yes
BS-002 | coal
BS-003 | fluidised_bed
BS-004 | 10
BS-005 | 9
BS-006 | 6
BS-007 | 68
BS-008 | 405
BS-011 | 8.1 | ! | O2 8,1 % ở cửa khói; quạt gió điều chỉnh bằng van chặn.
BS-012 | 190
BS-013 | no | ! | Khói sau lò 190 °C chưa qua bộ hâm nước.
BS-014 | no
BS-015 | 72
BS-016 | yes
BS-018 | fixed_times
BS-019 | 6
BS-020 | 35 | ! | Nước ngưng máy nhuộm và máy văng xả ra mương.
BS-021 | 52
BS-022 | no
BS-024 | 140
BS-025 | no
BS-026 | 14
BS-028 | no | ! | Tuyến hơi chính đã bảo ôn năm 2024; còn van, mặt bích ở khu máy nhuộm.
BS-029 | 140
BS-030 | 38
BS-031 | 48
BS-032 | yes
MP-001 | 2600
MP-002 | 58
MP-003 | 90
MP-004 | 70
MP-005 | 7800
MP-006 | ie1
MP-008 | vsd
MP-012 | no
MP-013 | yes
LT-001 | t5
LT-002 | 680
LT-003 | 32
LT-004 | 7800
LT-009 | central
HV-001 | no
HV-013 | 22
HV-016 | no
PH-001 | yes
PH-002 | thermal_oil
PH-003 | 1200
PH-004 | 190
PH-005 | 75
PH-006 | no
PH-009 | no
PH-011 | yes
PH-012 | yes
CT-001 | yes
CT-002 | 180
CT-005 | 2.8
CT-006 | manual
WS-001 | mixed
WS-002 | 35500
WS-003 | 11800
WS-004 | no
WS-006 | yes | ! | 4 điểm rò ở van xả và ống mềm xưởng nhuộm.
WS-007 | 4
WS-010 | 118
WS-012 | yes
WS-013 | no
WW-001 | pretreat_park
WW-002 | 1050
WW-003 | yes
WW-004 | 12500
WW-005 | 1800
WW-006 | no
WW-007 | yes
MC-001 | no
MC-002 | 3.5
MC-003 | 7.5
MC-004 | weighed
SW-001 | 60
SW-002 | yes
SW-003 | 40
SW-004 | 1.2
SW-006 | 25
SW-007 | yes
SW-009 | yes
MG-001 | yes
MG-002 | yes
MG-003 | yes
MG-004 | none
MG-007 | yes
MG-009 | 1370
TX-001 | blend
TX-002 | jet
TX-003 | 8 | ! | Máy jet đời cũ chạy 1:8; máy airflow mới đạt 1:4–1:6.
TX-004 | 115
TX-005 | no
TX-006 | no
TX-007 | 85
TX-008 | no
TX-009 | 70
TX-010 | no
TX-011 | by_hand
TX-012 | 70
TX-013 | 82 | ! | Tỷ lệ nhuộm lại cao với màu đậm; nhà cung cấp đề xuất thuốc nhuộm gắn màu cao.
TX-014 | no
TX-017 | no
TX-018 | no
"""

PLATING = """
ES-001 | no
ES-004 | below6kv
ES-005 | 225000
ES-006 | 520
ES-007 | yes
ES-008 | 26
ES-010 | 0.91
ES-013 | yes
ES-014 | 7.5
ES-015 | yes | ! | Đầu cốt cáp cấp chỉnh lưu bể mạ niken bị đổi màu, sờ thấy nóng.
CA-001 | yes
CA-002 | 1
CA-003 | piston
CA-004 | 22
CA-007 | 6
CA-009 | yes | ! | Rò ở ống khuấy bể và súng thổi khô (khoảng 12 điểm).
CA-011 | yes | | Dùng khí nén thổi khô chi tiết sau rửa.
BS-001 | no
MP-003 | 37
MP-008 | throttle | ! | Quạt hút tháp xử lý khí thải 37 kW chỉnh bằng van gió.
MP-009 | 70
MP-012 | yes
LT-001 | metal_halide | ! | 160 đèn cao áp 400 W trong xưởng mạ.
LT-002 | 160
LT-003 | 455
LT-004 | 4800
HV-001 | yes
HV-002 | air_cooled
HV-003 | 60
HV-004 | 1.2 | ! | Chiller piston R22 làm mát bể mạ crôm, hiệu suất kém.
PH-001 | yes
PH-002 | gas
PH-003 | 240
PH-004 | 180
PH-005 | 95 | ! | Vách lò sấy LPG nóng 95 °C, bông cách nhiệt đã xẹp.
PH-006 | yes
PH-007 | 280
PH-008 | no
PH-010 | yes
PH-012 | yes | ! | Sấy 180 °C trong khi lớp thụ động chỉ cần 120–150 °C.
CT-001 | no
WS-001 | park
WS-002 | 5000
WS-003 | 15200
WS-006 | yes
WS-009 | yes
WW-001 | pretreat_park
WW-002 | 170
WW-006 | no
WW-012 | yes | ! | KCN nhắc nhở 2 lần năm 2024 vì niken vượt giới hạn tiếp nhận.
MC-001 | no
MC-004 | by_eye
MC-006 | yes
MC-007 | yes
SW-004 | 3.5
SW-005 | no
MG-003 | no
MF-001 | zinc
MF-002 | yes | ! | Thụ động crôm VI cho mạ kẽm; có thể chuyển sang crôm III.
MF-003 | no | ! | Giá treo nhấc ra rửa ngay, không chờ nhỏ giọt.
MF-004 | no | ! | Chi tiết treo ngửa, đọng dung dịch trong hốc.
MF-005 | no
MF-006 | single_overflow | ! | Một bể rửa tràn sau mỗi bể mạ, vòi nước mở suốt ca.
MF-007 | 28
MF-008 | no
MF-010 | 4
MF-012 | yes
MF-013 | no
MF-014 | 65
MF-016 | yes
MF-017 | thyristor
MF-019 | yes
MF-020 | 6
"""

# Demo opportunity code → the checklist item whose finding it came from.
OPPORTUNITY_ITEMS = {
    "BX-01": "CA-009", "BX-02": "MP-008", "BX-03": "SF-017", "BX-04": "SF-019",
    "BX-05": "LT-001", "BX-06": "BS-011",
    "PN-01": "BS-011", "PN-02": "BS-013", "PN-03": "BS-020", "PN-04": "TX-003",
    "PN-05": "TX-013", "PN-06": "BS-028", "PN-07": "WS-006",
    "HL-01": "MF-006", "HL-02": "MF-003", "HL-03": "MF-004", "HL-04": "PH-012",
    "HL-05": "CA-009", "HL-06": "PH-005", "HL-07": "LT-001", "HL-08": "MP-008",
    "HL-09": "HV-004",
}

# sector → (answers, add-on code, photos: (item, caption, picture kind))
PLANS: dict[str, tuple[str, str, list[tuple[str, str, str]]]] = {
    "seafood": (SEAFOOD, "addon_seafood_food", [
        ("ES-020", "Tủ điện tổng MSB và công tơ 22 kV", "panel"),
        ("CA-025", "Nhãn máy nén trục vít số 1", "plate"),
        ("CA-025", "Đồng hồ áp suất bình chứa: 7,5 bar", "gauge"),
        ("CA-009", "Khớp nối nhanh rò khí ở bàn sơ chế 4", "machine"),
        ("SF-022", "Cửa kho lạnh số 2, rèm nhựa rách", "door"),
    ]),
    "textile": (TEXTILE, "addon_textile_dyeing", [
        ("BS-034", "Nhãn lò hơi tầng sôi 10 t/h", "plate"),
        ("BS-028", "Van và mặt bích trần ở khu máy nhuộm", "machine"),
        ("TX-020", "Máy nhuộm jet số 3", "machine"),
        ("TX-020", "Đồng hồ nhiệt độ bể nhuộm", "gauge"),
    ]),
    "metal_finishing": (PLATING, "addon_metal_finishing", [
        ("MF-021", "Dây chuyền mạ kẽm và bể rửa tràn", "machine"),
        ("PH-013", "Vách lò sấy LPG", "panel"),
    ]),
}


def add_demo_checklists(store: Store) -> None:
    """Give every demo audit its checklist, answers, findings, photos and links."""
    from auditdesk.store import attachments, checklists

    library = checklists.template_library(store)
    base = next(e for e in library if e.code == "recp_walkthrough")
    audits = store.query("SELECT a.id, e.sector FROM audit a JOIN enterprise e "
                         "ON e.id = a.enterprise_id ORDER BY a.start_date")
    with store.transaction():
        for audit_id, sector in audits:
            if sector not in PLANS:
                continue
            answers, addon_code, photos = PLANS[sector]
            addon = next(e for e in library if e.code == addon_code)
            checklists.start_checklist(store, audit_id, base, [addon])
            checklist = checklists.AuditChecklist.load(store, audit_id)
            assert checklist is not None
            for line in answers.strip().splitlines():
                code, answer, flag, note = (part.strip() for part in (line + "|||").split("|")[:4])
                if not checklist.is_shown(code):
                    continue
                outcome = checklist.answer(code, answer, "en")
                if not outcome.saved:
                    raise ValueError(f"demo answer {code} = {answer!r}: {outcome.error}")
                if note:
                    checklist.set_note(code, note)
                if flag == "!":
                    checklist.set_finding(code, True)
            for number, (code, caption, kind) in enumerate(photos):
                picture = demo_picture(kind, seed=hash_seed(f"{sector}{number}"))
                attachments.add_photo(store, audit_id, code, picture, f"IMG_{2031 + number}.png",
                                      width=DEMO_WIDTH, height=DEMO_HEIGHT, thumbnail=picture,
                                      caption=caption)
            for opportunity in store.opportunities.list("audit_id = ?", (audit_id,)):
                item_code = OPPORTUNITY_ITEMS.get(opportunity.code)
                if item_code and checklist.is_finding(item_code):
                    store.opportunities.update(opportunity.id, checklist_item_code=item_code)


def hash_seed(text: str) -> int:
    """A stable seed from text (``hash()`` changes between runs)."""
    return zlib.crc32(text.encode("utf-8"))


# --- tiny PNG pictures ----------------------------------------------------------------

DEMO_WIDTH, DEMO_HEIGHT = 240, 180
Pixel = tuple[int, int, int]


def png_bytes(width: int, height: int, pixel: Callable[[int, int], Pixel]) -> bytes:
    """A valid 8-bit RGB PNG of ``width`` × ``height`` coloured by ``pixel(x, y)``."""
    rows = bytearray()
    for y in range(height):
        rows.append(0)  # filter: none
        for x in range(width):
            rows.extend(pixel(x, y))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b""))


def demo_picture(kind: str, seed: int) -> bytes:
    """A stand-in photo: ``plate`` (nameplate), ``gauge``, ``panel``, ``door`` or ``machine``."""
    rng = random.Random(seed)
    w, h = DEMO_WIDTH, DEMO_HEIGHT
    grey = rng.randint(150, 190)
    wall = (grey, grey + rng.randint(-6, 6), grey + rng.randint(-10, 4))  # painted concrete
    floor = (grey - 70, grey - 68, grey - 64)
    accent = rng.choice([(38, 98, 160), (196, 92, 40), (70, 130, 80), (150, 150, 60)])
    lines = [rng.randint(20, 60) for _ in range(6)]

    def background(x: int, y: int) -> Pixel:
        base = wall if y < h * 0.7 else floor
        shade = (x * 7 + y * 3 + seed) % 11 - 5  # a little texture, like a real photo
        return (base[0] + shade, base[1] + shade, base[2] + shade)

    def plate(x: int, y: int) -> Pixel:
        if 30 <= x < w - 30 and 30 <= y < h - 30:
            for i, length in enumerate(lines):
                if 50 + i * 16 <= y < 56 + i * 16 and 45 <= x < 45 + length * 2.5:
                    return (40, 40, 45)
            if (x - 38) ** 2 + (y - 38) ** 2 < 16 or (x - (w - 38)) ** 2 + (y - 38) ** 2 < 16:
                return (90, 90, 95)
            return (196, 200, 205)
        return background(x, y)

    def gauge(x: int, y: int) -> Pixel:
        cx, cy, r = w // 2, h // 2, 70
        d2 = (x - cx) ** 2 + (y - cy) ** 2
        if d2 < (r - 6) ** 2:
            on_needle = abs((y - cy) * 40 + (x - cx) * 30) < 90 and y < cy and x > cx - 40
            return (200, 30, 30) if on_needle and d2 < (r - 14) ** 2 else (245, 245, 240)
        if d2 < r ** 2:
            return (60, 60, 60)
        return background(x, y)

    def box(x: int, y: int, left: int, top: int, right: int, bottom: int) -> bool:
        return left <= x < right and top <= y < bottom

    def panel(x: int, y: int) -> Pixel:
        if box(x, y, 40, 20, w - 40, h - 20):
            if box(x, y, w // 2 - 2, 20, w // 2 + 2, h - 20):
                return (30, 30, 30)
            if (y - 40) % 30 < 10 and 60 <= x < w - 60 and y < h - 40:
                return (235, 235, 235)
            return (180, 185, 190)
        return background(x, y)

    def door(x: int, y: int) -> Pixel:
        if box(x, y, 60, 15, w - 60, int(h * 0.7)):
            stripe = (x // 12) % 2 == 0 and y > 40 and not 100 <= x < 130
            return (210, 215, 205) if stripe else (120, 140, 150)
        return background(x, y)

    def machine(x: int, y: int) -> Pixel:
        if box(x, y, 30, 50, w - 30, int(h * 0.78)):
            return accent if (x + y) % 40 > 3 else (30, 30, 30)
        if box(x, y, 60, 25, 100, 50):
            return (90, 90, 100)
        return background(x, y)

    painters = {"plate": plate, "gauge": gauge, "panel": panel, "door": door,
                "machine": machine}
    return png_bytes(w, h, painters[kind])
