"""Three laptops, one factory: two auditors edit different and the same records,
the office merges both; merging again changes nothing; decisions travel back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from teamwork_helpers import Laptops, fingerprint

from auditdesk import model
from auditdesk.exchange.package import ConflictError, MergeSummary, merge_files, open_package
from auditdesk.store import Store


def _answer(laptops: Laptops, store: Store, code: str, answer: str) -> model.ChecklistResponse:
    return store.responses.create(model.ChecklistResponse(
        audit_id=laptops.audit_id, template_id=laptops.template_id, item_code=code,
        answer=answer, answered_by=store.user))


def _field_work(laptops: Laptops) -> dict[str, str]:
    """An and Bình work on their copies; returns the ids involved."""
    opps = laptops.opportunities(laptops.an)
    an, binh = laptops.an, laptops.binh
    an.opportunities.update(opps[0].id, title="Sửa rò rỉ khí nén (An)")
    an.opportunities.update(opps[1].id, status="rejected")
    an.opportunities.update(opps[2].id, description="Đo lại áp suất (An)")
    new = an.opportunities.create(model.Opportunity(
        audit_id=laptops.audit_id, code="AN-01", title="Thu hồi nước ngưng", technique="OR"))
    _answer(laptops, an, "E-01", "yes")

    binh.opportunities.update(opps[0].id, title="Sửa rò rỉ khí nén (Bình)")
    binh.opportunities.update(opps[2].id, owner="Bình")
    binh.opportunities.update(opps[3].id, investment_equipment=123_000_000.0)
    meter = binh.query("SELECT id FROM meter WHERE enterprise_id = "
                       "(SELECT enterprise_id FROM audit WHERE id = ?) ORDER BY name LIMIT 1",
                       (laptops.audit_id,))[0][0]
    first = binh.readings.list(meter)[0]
    binh.readings.update(meter, first.ts, value=first.value + 1000.0, note="đọc lại")
    binh.readings.add_many([model.Reading(meter_id=meter, ts="2031-01-01", value=1.0),
                            model.Reading(meter_id=meter, ts="2031-02-01", value=2.0)])
    _answer(laptops, binh, "E-01", "no")
    _answer(laptops, binh, "E-02", "yes")
    return {"same": opps[0].id, "an_only": opps[1].id, "both_fields": opps[2].id,
            "binh_only": opps[3].id, "new": new.id, "meter": meter, "first_ts": first.ts}


def _merge(store: Store, path: Path, **options: object) -> MergeSummary:
    return merge_files(store, [path], **options)[0]  # type: ignore[arg-type]


def test_three_laptop_scenario(laptops: Laptops) -> None:
    ids = _field_work(laptops)
    from_an = laptops.package(laptops.an, "an")
    from_binh = laptops.package(laptops.binh, "binh")
    office = laptops.office

    first = _merge(office, from_an)
    assert first.conflicting == 0
    assert first.tables["opportunity"].updated == 3 and first.tables["opportunity"].added == 1
    assert first.tables["checklist_response"].added == 1
    assert office.opportunities.get(ids["same"]).title == "Sửa rò rỉ khí nén (An)"

    plan = _merge(office, from_binh, on_conflict="ask")
    assert not plan.applied
    conflicts = {(c.table, c.field): c for c in plan.conflicts}
    assert set(conflicts) == {("opportunity", "title"), ("checklist_response", "answer"),
                              ("checklist_response", "answered_by")}
    title = conflicts[("opportunity", "title")]
    assert (title.ours, title.ours_by) == ("Sửa rò rỉ khí nén (An)", "An")
    assert (title.theirs, title.theirs_by) == ("Sửa rò rỉ khí nén (Bình)", "Bình")
    assert title.has_base and title.base not in (title.ours, title.theirs)
    assert title.ours_at and title.theirs_at and title.label.endswith("(An)")
    answer = conflicts[("checklist_response", "answer")]
    assert (answer.ours, answer.theirs, answer.has_base) == ("yes", "no", False)
    assert office.opportunities.get(ids["same"]).title == "Sửa rò rỉ khí nén (An)"  # plan only

    choices = {title.ident: "theirs", answer.ident: "ours",
               conflicts[("checklist_response", "answered_by")].ident: "ours"}
    merged = _merge(office, from_binh, choices=choices)
    assert merged.applied and not merged.unresolved()
    counts = merged.tables["opportunity"]
    assert (counts.updated, counts.merged, counts.conflicts) == (1, 1, 1)
    assert merged.tables["reading"].added == 2 and merged.tables["reading"].updated == 1
    assert merged.tables["checklist_response"].added == 1  # E-02; E-01 was the same record

    opp = {o.id: o for o in office.opportunities.for_audit(laptops.audit_id)}
    assert opp[ids["same"]].title == "Sửa rò rỉ khí nén (Bình)"
    assert opp[ids["an_only"]].status == "rejected"
    assert (opp[ids["both_fields"]].description, opp[ids["both_fields"]].owner) == (
        "Đo lại áp suất (An)", "Bình")
    assert opp[ids["binh_only"]].investment_equipment == 123_000_000.0
    assert opp[ids["new"]].title == "Thu hồi nước ngưng"
    reading = office.readings.list(ids["meter"], ids["first_ts"])[0]
    assert reading.note == "đọc lại"
    answers = {r.item_code: r.answer for r in office.responses.list(
        "audit_id = ? AND template_id = ?", (laptops.audit_id, laptops.template_id))}
    assert answers == {"E-01": "yes", "E-02": "yes"}

    # who changed what stays in the history: both authors, and the merge itself
    history = office.history.list(entity="opportunity", entity_id=ids["same"])
    authors = {(h.user, h.op, h.new) for h in history if h.field == "title"}
    assert ("An", "update", "Sửa rò rỉ khí nén (An)") in authors
    assert ("Bình", "update", "Sửa rò rỉ khí nén (Bình)") in authors
    assert ("Văn phòng", "merge", "Sửa rò rỉ khí nén (Bình)") in authors
    notes = [json.loads(h.new) for h in office.history.list(entity="audit",
                                                           entity_id=laptops.audit_id)
             if h.op == "merge"]
    assert [n["package"] for n in notes] == ["binh.auditdesk", "an.auditdesk"]
    assert notes[0]["conflicts_theirs"] == 1 and notes[0]["conflicts_ours"] == 2


def test_merge_both_into_a_third_empty_laptop(laptops: Laptops, tmp_path: Path) -> None:
    ids = _field_work(laptops)
    from_an = laptops.package(laptops.an, "an")
    from_binh = laptops.package(laptops.binh, "binh")
    with Store(tmp_path / "third.auditdesk.sqlite", user="Chi") as third:
        added = _merge(third, from_an)
        with open_package(from_an) as package:
            shipped = len(package.tables["reference_set"].rows) + len(
                package.tables["factor"].rows)  # the shipped set: the same here already
            assert added.added == sum(len(t.rows) for t in package.tables.values()) - shipped
        assert added.updated == 0 and added.skipped == shipped
        assert third.reference_sets.count() == 1
        assert third.audits.count() == 1 and third.parks.count() == 1
        plan = _merge(third, from_binh, on_conflict="ask")
        assert {(c.table, c.field) for c in plan.conflicts} == {
            ("opportunity", "title"), ("checklist_response", "answer"),
            ("checklist_response", "answered_by")}
        _merge(third, from_binh, on_conflict="theirs")
        assert third.opportunities.get(ids["same"]).title == "Sửa rò rỉ khí nén (Bình)"
        assert third.opportunities.get(ids["both_fields"]).owner == "Bình"
        assert third.readings.count(ids["meter"]) == laptops.binh.readings.count(ids["meter"])


def test_merging_the_same_packages_again_changes_nothing(laptops: Laptops) -> None:
    _field_work(laptops)
    from_an = laptops.package(laptops.an, "an")
    from_binh = laptops.package(laptops.binh, "binh")
    merge_files(laptops.office, [from_an, from_binh], on_conflict="ours")
    before = fingerprint(laptops.office.path)
    for again in merge_files(laptops.office, [from_an, from_binh], on_conflict="fail"):
        assert (again.added, again.updated, again.conflicting, again.history_added) == (0, 0, 0, 0)
        assert again.skipped > 0
    assert fingerprint(laptops.office.path) == before


def test_a_decision_travels_back_to_the_auditor(laptops: Laptops) -> None:
    ids = _field_work(laptops)
    merge_files(laptops.office, [laptops.package(laptops.an, "an")])
    _merge(laptops.office, laptops.package(laptops.binh, "binh"), on_conflict="ours")
    assert laptops.office.opportunities.get(ids["same"]).title.endswith("(An)")

    back = _merge(laptops.binh, laptops.package(laptops.office, "office"), on_conflict="fail")
    assert back.conflicting == 0  # the office already decided against Bình's version
    assert laptops.binh.opportunities.get(ids["same"]).title.endswith("(An)")
    answers = {r.item_code: r.answer for r in laptops.binh.responses.list(
        "audit_id = ?", (laptops.audit_id,))}
    assert answers["E-01"] == "yes"

    before = fingerprint(laptops.office.path, skip=("history",))
    again = _merge(laptops.office, laptops.package(laptops.binh, "binh-2"), on_conflict="fail")
    assert (again.added, again.updated, again.conflicting) == (0, 0, 0)
    assert again.history_added == 1  # only the note that Bình merged the office's package
    assert fingerprint(laptops.office.path, skip=("history",)) == before


def test_undecided_conflicts_fail_and_change_nothing(laptops: Laptops) -> None:
    _field_work(laptops)
    merge_files(laptops.office, [laptops.package(laptops.an, "an")])
    before = fingerprint(laptops.office.path)
    with pytest.raises(ConflictError) as caught:
        _merge(laptops.office, laptops.package(laptops.binh, "binh"), on_conflict="fail")
    assert "3 fields of 2 records" in str(caught.value)
    assert fingerprint(laptops.office.path) == before


def test_a_record_deleted_here_stays_deleted(laptops: Laptops) -> None:
    opps = laptops.opportunities(laptops.office)
    package = laptops.package(laptops.an, "an")  # An has not touched it
    laptops.office.opportunities.delete(opps[0].id)
    summary = _merge(laptops.office, package, on_conflict="fail")
    assert summary.tables["opportunity"].kept_deleted == 1
    assert summary.tables["opportunity_saving"].kept_deleted >= 1  # its savings follow
    assert laptops.office.opportunities.find(opps[0].id) is None


def test_a_record_deleted_here_but_changed_there_is_a_conflict(laptops: Laptops) -> None:
    opps = laptops.opportunities(laptops.office)
    laptops.an.opportunities.update(opps[0].id, status="rejected")
    package = laptops.package(laptops.an, "an")
    laptops.office.opportunities.delete(opps[0].id)
    plan = _merge(laptops.office, package, on_conflict="ask")
    deleted = [c for c in plan.conflicts if not c.field]
    assert len(deleted) == 1 and deleted[0].ours_by == "Văn phòng" and deleted[0].theirs_by == "An"
    _merge(laptops.office, package, choices={deleted[0].ident: "theirs"}, on_conflict="fail")
    assert laptops.office.opportunities.get(opps[0].id).status == "rejected"


def test_keeping_a_deletion_is_remembered(laptops: Laptops) -> None:
    opps = laptops.opportunities(laptops.office)
    laptops.an.opportunities.update(opps[0].id, status="rejected")
    package = laptops.package(laptops.an, "an")
    laptops.office.opportunities.delete(opps[0].id)
    _merge(laptops.office, package, on_conflict="ours")
    assert laptops.office.opportunities.find(opps[0].id) is None
    again = _merge(laptops.office, package, on_conflict="fail")
    assert again.conflicting == 0 and again.tables["opportunity"].kept_deleted == 1


def test_photos_travel_once_by_content(laptops: Laptops, tmp_path: Path) -> None:
    data = b"\xff\xd8\xff" + bytes(range(256)) * 40
    import hashlib

    sha = hashlib.sha256(data).hexdigest()
    with laptops.an.transaction():
        laptops.an.conn.execute("INSERT INTO blob(sha256, data, thumbnail) VALUES (?, ?, ?)",
                                (sha, data, b"thumb"))
        for caption in ("Rò rỉ ở van", "Cùng ảnh, mục khác"):
            laptops.an.attachments.create(model.Attachment(
                audit_id=laptops.audit_id, entity="checklist_item", entity_id="A-1",
                sha256=sha, filename="leak.jpg", mime="image/jpeg", size=len(data),
                caption=caption))
    package = laptops.package(laptops.an, "an")
    import zipfile

    with zipfile.ZipFile(package) as zf:
        names = zf.namelist()
        assert names.count(f"blobs/{sha}") == 1  # two attachments, one copy of the bytes
        assert f"blobs/{hashlib.sha256(b'thumb').hexdigest()}" in names
    with Store(tmp_path / "other.auditdesk.sqlite", user="Chi") as other:
        _merge(other, package)
        row = other.conn.execute("SELECT data, thumbnail FROM blob WHERE sha256 = ?",
                                 (sha,)).fetchone()
        assert bytes(row[0]) == data and bytes(row[1]) == b"thumb"
        assert other.attachments.count("sha256 = ?", (sha,)) == 2
        added = _merge(laptops.office, package).tables["blob"]
        again = _merge(laptops.office, package).tables["blob"]
        assert added.added == 1 and again.added == 0 and again.unchanged == added.unchanged + 1


def test_a_photo_deleted_here_does_not_come_back(laptops: Laptops) -> None:
    import hashlib

    data = b"\xff\xd8\xff photo of a leaking valve"
    sha = hashlib.sha256(data).hexdigest()
    with laptops.an.transaction():
        laptops.an.conn.execute("INSERT INTO blob(sha256, data) VALUES (?, ?)", (sha, data))
        photo = laptops.an.attachments.create(model.Attachment(
            audit_id=laptops.audit_id, sha256=sha, filename="valve.jpg", size=len(data)))
    package = laptops.package(laptops.an, "an")
    _merge(laptops.office, package)
    laptops.office.attachments.delete(photo.id)  # the office removes the photo
    assert laptops.office.query("SELECT count(*) FROM blob WHERE sha256 = ?", (sha,))[0][0] == 0
    again = _merge(laptops.office, package, on_conflict="fail")
    assert again.tables["attachment"].kept_deleted == 1
    assert again.tables["blob"].added == 0
    assert laptops.office.query("SELECT count(*) FROM blob WHERE sha256 = ?", (sha,))[0][0] == 0


def test_templates_seeded_with_other_ids_are_the_same_record(laptops: Laptops) -> None:
    """Each database installs the shipped checklist with its own ids; the unique
    (code, version) says they are one template, and answers follow it."""
    for store in (laptops.office, laptops.an):
        template = store.templates.create(model.ChecklistTemplate(
            code="textile", version="2.1", name_en="Textile add-on", body="{}"))
        store.items.create(model.ChecklistItem(template_id=template.id, code="T-01",
                                               text_en="Is the dye bath heat recovered?"))
    an_template = laptops.an.templates.list("code = 'textile'")[0]
    laptops.an.responses.create(model.ChecklistResponse(
        audit_id=laptops.audit_id, template_id=an_template.id, item_code="T-01", answer="no"))
    summary = _merge(laptops.office, laptops.package(laptops.an, "an"), on_conflict="fail")
    assert summary.tables["checklist_template"].added == 0
    assert summary.tables["checklist_item"].added == 0
    office_template = laptops.office.templates.list("code = 'textile'")
    assert len(office_template) == 1
    response = laptops.office.responses.list("item_code = 'T-01'")[0]
    assert response.template_id == office_template[0].id


def test_a_table_added_by_a_later_migration_comes_along(laptops: Laptops) -> None:
    """Pack and merge discover tables from the schema: a comment table that hangs
    off opportunities travels without code changes."""
    for store in (laptops.office, laptops.an):
        with store.transaction():
            store.conn.execute(
                "CREATE TABLE opportunity_comment (id TEXT PRIMARY KEY, created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL, opportunity_id TEXT NOT NULL REFERENCES "
                "opportunity(id), body TEXT NOT NULL, votes INTEGER)")
    opp = laptops.opportunities(laptops.an)[0]
    with laptops.an.transaction():
        laptops.an.conn.execute(
            "INSERT INTO opportunity_comment VALUES ('c-1', '2025-03-01T00:00:00Z', "
            "'2025-03-01T00:00:00Z', ?, 'Giá thiết bị quá thấp?', 2)", (opp.id,))
    summary = _merge(laptops.office, laptops.package(laptops.an, "an"))
    assert summary.tables["opportunity_comment"].added == 1
    assert laptops.office.query("SELECT body, votes FROM opportunity_comment")[0][:] == (
        "Giá thiết bị quá thấp?", 2)


def test_auditors_who_start_from_the_office_package(laptops: Laptops, tmp_path: Path) -> None:
    """No file copies: each auditor merges the office's package into a new, empty
    database, works, and sends a package back. The history alone tells what changed."""
    start = laptops.package(laptops.office, "office")
    opps = laptops.opportunities(laptops.office)
    with Store(tmp_path / "an-new.auditdesk.sqlite", user="An") as an, \
            Store(tmp_path / "binh-new.auditdesk.sqlite", user="Bình") as binh:
        for store in (an, binh):
            _merge(store, start, on_conflict="fail")
        an.opportunities.update(opps[0].id, status="rejected")
        binh.opportunities.update(opps[1].id, owner="Bình")
        binh.opportunities.update(opps[0].id, owner="Bình")
        from auditdesk.exchange.package import export_audits

        export_audits(an, [laptops.audit_id], tmp_path / "an.auditdesk")
        export_audits(binh, [laptops.audit_id], tmp_path / "binh.auditdesk")
    first = _merge(laptops.office, tmp_path / "an.auditdesk", on_conflict="fail")
    second = _merge(laptops.office, tmp_path / "binh.auditdesk", on_conflict="fail")
    assert (first.updated, first.conflicting) == (1, 0)
    assert second.conflicting == 0 and second.tables["opportunity"].merged == 1
    merged = laptops.office.opportunities.get(opps[0].id)
    assert (merged.status, merged.owner) == ("rejected", "Bình")
    assert laptops.office.opportunities.get(opps[1].id).owner == "Bình"
