"""Open a 400-item checklist with 300 answers and 200 photos, against a floor, in one run.

What is timed (wall clock, ``time.perf_counter``, median of ``--repeat`` interleaved runs,
after one warm-up run of each; offscreen Qt; the database is already open, as when the
auditor clicks the Checklist tab):

* **ours**: ``ChecklistPage(store, audit_id)`` — read the audit's stored template (its
  JSON body parsed and validated again: the parse cache is cleared before every run),
  the 300 answers, photo counts and linked opportunities; build the item, filter and
  area models, the editor of the first unanswered item; show the page, let the worker
  load that item's thumbnails (it has 4 photos), and paint it (``grab()``).
* **floor**: the least any checklist screen must do to show the same rows: plain
  ``sqlite3`` reads of the 400 item rows, the 300 answers and the photo counts into a
  ``QStandardItemModel`` (code, question, answer) shown in a ``QTableView`` beside a
  ``QListView`` of the area names; shown and painted the same way. No conditions, no
  completion counts, no editor, no thumbnails.

The data: a generated template of 8 areas × 50 items (yes/no, numbers with units,
choices, text, photo items; 40 % of them conditional), 300 answers given through
``AuditChecklist.answer`` (with change history), and 200 photos (400×300 noise PNGs,
~360 kB each, ~75 MB in all, with JPEG thumbnails) attached to about a hundred items.

Run: ``.venv/bin/python bench/bench_checklist.py [--repeat 7]``.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("AUDITDESK_NO_CRASH_DIALOG", "1")

AREAS = 8
PER_AREA = 50
ANSWERS = 300
PHOTOS = 200


def template_text() -> str:
    """YAML of a 400-item template: per area a gate question, then mixed items."""
    lines = ['code: bench400', 'version: "1.0.0"', "kind: base", "name_vi: Đo thử 400",
             "name_en: Bench 400", "areas:"]
    for a in range(AREAS):
        lines.append(f"  - {{code: area{a}, name_vi: Khu vực {a}, name_en: Area {a}, "
                     f"order: {a}}}")
    lines.append("items:")
    for a in range(AREAS):
        gate = f"A{a}-000"
        for i in range(PER_AREA):
            code = f"A{a}-{i:03d}"
            kind = ("yes_no_na", "number", "choice", "yes_no_na", "text", "number", "photo",
                    "yes_no_na", "number", "yes_no_na")[i % 10] if i else "yes_no_na"
            item = [f"  - code: {code}", f"    area: area{a}",
                    f"    text_vi: Câu hỏi số {i} của khu vực {a} về máy nén, bơm và quạt?",
                    f"    text_en: Question {i} of area {a} about compressors, pumps and fans?",
                    f"    answer_type: {kind}"]
            if kind == "number":
                item += ["    unit: kW", "    units: [hp]", "    min: 0", "    max: 10000"]
            if kind == "choice":
                item.append("    choices: [{code: a, vi: Một, en: One}, {code: b, vi: Hai, en: "
                            "Two}, {code: c, vi: Ba, en: Three}]")
            if kind == "yes_no_na" and i:
                item += ["    finding_hint: no", "    technique: GH"]
            if i and i % 5 in (1, 2):
                item.append(f"    condition: {{item: {gate}, equals: yes}}")
            item.append(f"    required: {'true' if i % 7 == 0 else 'false'}")
            lines += item
    return "\n".join(lines) + "\n"


def noise_png(seed: int, width: int = 400, height: int = 300) -> bytes:
    """A valid RGB PNG of random pixels (does not compress: a camera-like size)."""
    rng = random.Random(seed)
    raw = bytearray()
    for _ in range(height):
        raw.append(0)
        raw.extend(rng.randbytes(width * 3))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (len(data).to_bytes(4, "big") + kind + data
                + zlib.crc32(kind + data).to_bytes(4, "big"))

    header = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([8, 2, 0, 0, 0])
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(bytes(raw), 1)) + chunk(b"IEND", b""))


def build(path: Path) -> tuple[str, str]:
    """The database: returns (audit id, code of the first unanswered item)."""
    from auditdesk import model
    from auditdesk.store import Store, attachments
    from auditdesk.store import checklists as cl
    from auditdesk.ui.checklist.photos import THUMB_SIZE, decode, encode_jpeg

    store = Store(path, user="bench")
    park = store.parks.create(model.Park(name="KCN"))
    enterprise = store.enterprises.create(model.Enterprise(park_id=park.id, name="DN"))
    audit = store.audits.create(model.Audit(enterprise_id=enterprise.id, title="Bench",
                                            start_date="2025-03-01"))
    cl.import_template(store, template_text(), "bench400.yaml")
    cl.start_checklist(store, audit.id, cl.find_entry(store, "bench400"))
    checklist = cl.AuditChecklist.load(store, audit.id)
    assert checklist is not None
    values = {"yes_no_na": "yes", "number": "7.5", "choice": "b", "text": "ok"}
    answered = 0
    for item in checklist.template.items:
        if answered == ANSWERS:
            break
        if checklist.is_shown(item.code) and item.answer_type in values:
            checklist.answer(item.code, values[item.answer_type], "en")
            answered += 1
    shown = [i for i in checklist.template.items if checklist.is_shown(i.code)]
    first_open = next(i.code for i in shown
                      if i.code not in checklist.answers and i.answer_type != "photo")
    before = [i.code for i in shown[:[i.code for i in shown].index(first_open)]
              if i.answer_type == "photo"]  # photo items are answered by their photos
    spread = [i.code for i in checklist.template.items[::4]]
    codes = ([first_open] * 4 + before + spread * 2)[:PHOTOS]
    for number, code in enumerate(codes):
        data = noise_png(number)
        thumbnail = encode_jpeg(decode(data, THUMB_SIZE)[0])
        attachments.add_photo(store, audit.id, code, data, f"IMG_{number:04d}.png",
                              width=400, height=300, thumbnail=thumbnail)
    assert answered == ANSWERS and store.attachments.count() == PHOTOS
    store.close()
    return audit.id, first_open


def timed(function: Callable[[], object], repeat: int) -> tuple[float, list[float]]:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs), runs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        os.environ["AUDITDESK_HOME"] = home
        return run(Path(home), args.repeat)


def run(folder: Path, repeat: int) -> int:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QHBoxLayout, QListView, QTableView, QWidget

    from auditdesk import i18n
    from auditdesk.store import Store
    from auditdesk.store.checklists import template_from_body
    from auditdesk.ui.app import create_app
    from auditdesk.ui.checklist.page import ChecklistPage
    from auditdesk.ui.tasks import running_tasks

    app = create_app([])
    i18n.set_language("en")
    path = folder / "bench.auditdesk.sqlite"
    started = time.perf_counter()
    audit_id, first_open = build(path)
    print(f"built in {time.perf_counter() - started:.1f} s: {AREAS * PER_AREA} items, "
          f"{ANSWERS} answers, {PHOTOS} photos, database {path.stat().st_size / 1e6:.0f} MB")
    store = Store(path, user="bench")

    def settle() -> None:
        app.processEvents()
        while running_tasks():
            app.processEvents()
            time.sleep(0.001)

    def ours() -> None:
        template_from_body.cache_clear()
        page = ChecklistPage(store, audit_id)
        page.resize(1100, 760)
        page.show()
        settle()
        view = page.view
        assert view is not None and view.current_code == first_open
        assert view.editor.photos.model.rowCount() == 4
        assert all(view.editor.photos.model.icons.get(p.sha256) is not None
                   for p in view.editor.photos.model.photos)
        page.grab()
        page.close()
        page.deleteLater()
        app.processEvents()

    def floor() -> None:
        conn = store.conn
        answers = {r[0]: r[1] or ("" if r[2] is None else str(r[2])) for r in conn.execute(
            "SELECT item_code, answer, value FROM checklist_response WHERE audit_id = ?",
            (audit_id,))}
        photos = dict(conn.execute(
            "SELECT entity_id, count(*) FROM attachment WHERE audit_id = ? GROUP BY entity_id",
            (audit_id,)).fetchall())
        model = QStandardItemModel(0, 3)
        for code, text, area in conn.execute(
                "SELECT i.code, i.text_en, i.area FROM checklist_item i JOIN checklist_template t "
                "ON t.id = i.template_id WHERE t.code = 'bench400' ORDER BY i.seq"):
            model.appendRow([QStandardItem(code), QStandardItem(text),
                             QStandardItem(answers.get(code, "") + (" ▣" if code in photos
                                                                    else ""))])
        areas = QStandardItemModel()
        for (name,) in conn.execute("SELECT DISTINCT area FROM checklist_item ORDER BY area"):
            areas.appendRow(QStandardItem(name))
        window = QWidget()
        layout = QHBoxLayout(window)
        area_view, table = QListView(window), QTableView(window)
        area_view.setModel(areas)
        table.setModel(model)
        layout.addWidget(area_view)
        layout.addWidget(table, 1)
        window.resize(1100, 760)
        window.show()
        app.processEvents()
        window.grab()
        window.close()
        window.deleteLater()
        app.processEvents()

    ours()  # warm-up: imports and first-use costs are not part of either figure
    floor()
    ours_runs: list[float] = []
    floor_runs: list[float] = []
    for _ in range(repeat):  # interleaved, so a busy moment hurts both
        ours_runs += timed(ours, 1)[1]
        floor_runs += timed(floor, 1)[1]
    t_ours, t_floor = statistics.median(ours_runs), statistics.median(floor_runs)
    store.close()
    QApplication.processEvents()
    print(f"ours  (checklist tab shown, thumbnails in) {t_ours * 1000:8.0f} ms "
          f"(min {min(ours_runs) * 1000:.0f})")
    print(f"floor (plain table of the same rows)       {t_floor * 1000:8.0f} ms "
          f"(min {min(floor_runs) * 1000:.0f})")
    print(f"ratio ours / floor                         {t_ours / t_floor:8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
