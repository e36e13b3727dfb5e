"""Walk-through checklists in the store: the template library, an audit's checklist and
its answers (no Qt).

Templates
=========
A template is stored as one ``checklist_template`` row (its complete JSON in
``body``) plus one ``checklist_item`` row per item; ``(code, version)`` is
unique. The *library* offered for a new checklist is the templates shipped in
``resources/templates`` plus every template stored in the database (imported
by a project office, or used by an audit).

An audit's checklist is the merge of a base template with the add-ons chosen
for it (``auditdesk.checklist.template.merge_templates``), stored as its own
row: code and version join the parts with ``+``
(``recp_walkthrough+addon_textile_dyeing`` / ``1.0.0+1.0.0``) and the audit
records them in ``template_code`` / ``template_version`` (the add-on codes also
in ``template_addons``, a JSON list). A stored template is never changed: a
changed template must come with a new version (``import_template`` refuses the
same code and version with other content), so answers already given always
keep the questions they answered.

Answers
=======
``AuditChecklist`` is one audit's checklist in memory, kept in step with the
store: every ``answer``, ``set_note`` and ``set_finding`` writes at once
through the managers (change history included); a number typed as text
returns the error to show beside the item and writes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from auditdesk.checklist.answers import Answer, answers_from_responses, parse_answer
from auditdesk.checklist.logic import (
    CompletionReport,
    ItemFilter,
    answer_label,
    completion,
    draft_opportunity,
    filter_items,
    suggests_finding,
    visibility,
)
from auditdesk.checklist.template import (
    Template,
    TemplateItem,
    load_builtin_templates,
    load_template_text,
    merge_templates,
    template_to_entities,
)
from auditdesk.i18n import fill, translate
from auditdesk.store import attachments
from auditdesk.store.errors import StoreError

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.model.entities import ChecklistResponse, ChecklistTemplate, Opportunity
    from auditdesk.store.database import Store


class ChecklistError(StoreError):
    """A checklist action that cannot be done; the message says why and what to do."""


# --- the template library -------------------------------------------------------------


@dataclass(frozen=True)
class LibraryEntry:
    """A template one can start a checklist with (or add to one, for an add-on).

    ``stored_id`` is the ``checklist_template`` row, ``""`` for a shipped
    template not yet in this database; ``builtin`` says it ships with AuditDesk.
    """

    code: str
    version: str
    kind: str
    base: str
    sectors: tuple[str, ...]
    name_vi: str
    name_en: str
    stored_id: str = ""
    builtin: bool = False

    def name(self, lang: str) -> str:
        return self.name_en if lang == "en" else self.name_vi

    @property
    def key(self) -> tuple[str, str]:
        return self.code, self.version


def version_key(version: str) -> tuple[tuple[int, ...], ...]:
    """Sort key of a version text: ``1.10.0`` after ``1.9.2``; a ``-suffix`` sorts before
    the plain release; joined versions (``1.0.0+1.0.0``) compare part by part."""
    key: list[tuple[int, ...]] = []
    for part in version.split("+"):
        release, _, suffix = part.partition("-")
        numbers = tuple(int(n) for n in release.split(".") if n.isdigit())
        key.append((*numbers, 0 if suffix else 1))
    return tuple(key)


@lru_cache(maxsize=1)
def shipped_templates() -> tuple[Template, ...]:
    """The templates shipped in ``resources/templates`` (read once per process)."""
    return tuple(load_builtin_templates())




@lru_cache(maxsize=16)
def template_from_body(body: str) -> Template:
    """The ``Template`` of a stored row's ``body`` (parsed once per process).

    Bodies are JSON (``template_to_json``): read with ``json`` — twenty times faster
    than the YAML reader, which would also note every line for error messages — and
    validated all the same. Anything else goes through ``load_template_text``.
    """
    from auditdesk.checklist.validation import build_template
    from auditdesk.checklist.yamlio import SourceMap

    try:
        data = json.loads(body)
    except ValueError:
        return load_template_text(body, "database", check_units=False)
    return build_template(data, SourceMap(), "database", None, False)


def _entry(template: Template, stored_id: str = "", builtin: bool = False) -> LibraryEntry:
    return LibraryEntry(template.code, template.version, template.kind, template.base,
                        template.sectors, template.name_vi, template.name_en, stored_id, builtin)


def shipped_entries() -> list[LibraryEntry]:
    """Library entries of the shipped templates (no database needed)."""
    return [_entry(template, builtin=True) for template in shipped_templates()]


def template_library(store: Store) -> list[LibraryEntry]:
    """Every template this database can use: stored ones, then shipped ones it lacks.

    Bases first, then add-ons; by code, newest version first.
    """
    builtin_keys = {(t.code, t.version) for t in shipped_templates()}
    entries: dict[tuple[str, str], LibraryEntry] = {}
    for row in store.query("SELECT id, code, version, name_vi, name_en, body "
                           "FROM checklist_template"):
        try:
            head = json.loads(row["body"])
        except (TypeError, ValueError):
            continue  # not a template this AuditDesk wrote; it cannot be started
        sectors = head.get("sector") or ()
        entries[(row["code"], row["version"])] = LibraryEntry(
            row["code"], row["version"], str(head.get("kind", "base")), str(head.get("base", "")),
            tuple(sectors) if isinstance(sectors, list) else (str(sectors),),
            row["name_vi"], row["name_en"], row["id"],
            (row["code"], row["version"]) in builtin_keys)
    for template in shipped_templates():
        entries.setdefault((template.code, template.version), _entry(template, builtin=True))
    ordered = sorted(entries.values(), key=lambda e: version_key(e.version), reverse=True)
    return sorted(ordered, key=lambda e: (e.kind != "base", e.code))


def load_entry(store: Store, entry: LibraryEntry) -> Template:
    """The full template behind a library entry."""
    if entry.stored_id:
        return template_from_body(store.templates.get(entry.stored_id).body)
    for template in shipped_templates():
        if (template.code, template.version) == entry.key:
            return template
    raise ChecklistError(fill(translate("ChecklistStore", "No template %1 version %2."),
                              entry.code, entry.version))


def find_entry(store: Store, code: str, version: str = "") -> LibraryEntry | None:
    """The library entry ``code`` at ``version`` (the newest when ``version`` is empty)."""
    for entry in template_library(store):
        if entry.code == code and (not version or entry.version == version):
            return entry
    return None


def addons_for(library: Sequence[LibraryEntry], base_code: str) -> list[LibraryEntry]:
    """The newest version of every add-on that extends ``base_code``."""
    seen: dict[str, LibraryEntry] = {}
    for entry in library:  # newest first within a code
        if entry.kind == "addon" and entry.base == base_code:
            seen.setdefault(entry.code, entry)
    return list(seen.values())


# --- storing and importing --------------------------------------------------------------


def _same_body(a: str, b: str) -> bool:
    try:
        return bool(json.loads(a) == json.loads(b))
    except ValueError:
        return a == b


def install_template(store: Store, template: Template) -> tuple[ChecklistTemplate, bool]:
    """Store ``template`` (header + one row per item) unless it is there already.

    Returns ``(row, created)``. The same code and version with other content is
    refused (``ChecklistError``): a stored template never changes.
    """
    from auditdesk.model.entities import ChecklistItem
    from auditdesk.store.database import utc_now
    from auditdesk.store.managers import to_row

    header, items = template_to_entities(template)
    existing = store.templates.list("code = ? AND version = ?", (template.code, template.version))
    if existing:
        if _same_body(existing[0].body, header.body):
            return existing[0], False
        raise ChecklistError(fill(translate(
            "ChecklistStore", "This database already holds template “%1” version %2 with other "
            "content. Give the changed template a new version number: audits keep the version "
            "they used."), template.code, template.version))
    columns = [name for name in to_row(ChecklistItem()) if name]
    sql = (f"INSERT INTO checklist_item ({', '.join(columns)}) "
           f"VALUES ({', '.join('?' for _ in columns)})")
    now = utc_now()
    with store.transaction():
        row = store.templates.create(header)
        store.conn.executemany(sql, [
            [value for value in to_row(item).values()]
            for item in (_stamped(i, now) for i in items)])
        store.record("checklist_item", row.id, "import", None, None, {"items": len(items)})
    return row, True


def _stamped(item: Any, now: str) -> Any:
    item.created_at = item.updated_at = now
    return item


def prepare_import(text: str, source: str, bases: Sequence[Template]) -> Template:
    """Validate template ``text`` for import (units included); no database needed.

    An add-on is checked against its base among ``bases`` (the newest version
    of that code) and must merge with it. Raises ``TemplateError`` listing every
    mistake, or ``ChecklistError`` when an add-on's base is not available.
    """
    template = load_template_text(text, source)
    if template.kind != "addon":
        return template
    candidates = sorted((b for b in bases if b.code == template.base),
                        key=lambda b: version_key(b.version), reverse=True)
    if not candidates:
        raise ChecklistError(fill(translate(
            "ChecklistStore", "The add-on “%1” extends the template “%2”, which this database "
            "does not have. Import “%2” first."), template.code, template.base))
    template = load_template_text(text, source, candidates[0])
    merge_templates(candidates[0], [template])  # raises TemplateError on colliding codes
    return template


def library_bases(store: Store) -> list[Template]:
    """The base templates of the library (for checking add-ons on import)."""
    return [load_entry(store, e) for e in template_library(store) if e.kind == "base"]


def install_import(store: Store, template: Template) -> tuple[ChecklistTemplate, bool]:
    """Store an imported, validated template; refuses to replace a shipped one."""
    for shipped in shipped_templates():
        if (shipped.code, shipped.version) == (template.code, template.version) \
                and shipped != template:
            raise ChecklistError(fill(translate(
                "ChecklistStore", "“%1” version %2 is a template shipped with AuditDesk; give "
                "your changed copy another code or a new version number."),
                template.code, template.version))
    return install_template(store, template)


def import_template(store: Store, text: str, source: str) -> tuple[ChecklistTemplate, bool]:
    """Validate and store a template file's ``text`` (``prepare_import`` + ``install_import``)."""
    return install_import(store, prepare_import(text, source, library_bases(store)))


# --- starting an audit's checklist --------------------------------------------------------


def start_checklist(store: Store, audit_id: str, base: LibraryEntry,
                    addons: Sequence[LibraryEntry] = ()) -> ChecklistTemplate:
    """Give ``audit_id`` the checklist ``base`` + ``addons`` and record which versions it uses.

    Refused (``ChecklistError``) when the audit already has a checklist.
    """
    audit = store.audits.get(audit_id)
    if audit.template_code:
        raise ChecklistError(translate("ChecklistStore", "This audit already has a checklist."))
    merged = merge_templates(load_entry(store, base), [load_entry(store, a) for a in addons])
    with store.transaction():
        row, _ = install_template(store, merged)
        store.audits.update(audit_id, template_code=merged.code, template_version=merged.version,
                            template_addons=json.dumps([a.code for a in addons]))
    return row


# --- one audit's checklist ----------------------------------------------------------------


@dataclass(frozen=True)
class AnswerOutcome:
    """What ``AuditChecklist.answer`` did.

    ``error``: the message to show beside the item (nothing was saved).
    ``shown``/``hidden``: items that appeared or disappeared with this answer.
    ``finding_suggested``: the template marks this answer as a likely finding.
    """

    error: str = ""
    shown: tuple[str, ...] = ()
    hidden: tuple[str, ...] = ()
    finding_suggested: bool = False

    @property
    def saved(self) -> bool:
        return not self.error


@dataclass
class AuditChecklist:
    """One audit's checklist: template, answers, findings and photo counts, in step with
    the store. Build it with ``AuditChecklist.load``."""

    store: Store
    audit_id: str
    row: ChecklistTemplate
    template: Template
    responses: dict[str, ChecklistResponse] = field(default_factory=dict)
    photo_counts: dict[str, int] = field(default_factory=dict)
    opportunities: dict[str, Opportunity] = field(default_factory=dict)  # by item code
    answers: dict[str, Answer] = field(default_factory=dict)
    _shown: dict[str, bool] = field(default_factory=dict)

    @classmethod
    def load(cls, store: Store, audit_id: str) -> AuditChecklist | None:
        """The audit's checklist, or ``None`` when it has not been started."""
        audit = store.audits.get(audit_id)
        if not audit.template_code:
            return None
        rows = store.templates.list("code = ? AND version = ?",
                                    (audit.template_code, audit.template_version))
        if not rows:
            raise ChecklistError(fill(translate(
                "ChecklistStore", "The checklist template “%1” version %2 of this audit is "
                "missing from the database."), audit.template_code, audit.template_version))
        checklist = cls(store, audit_id, rows[0], template_from_body(rows[0].body))
        checklist.reload()
        return checklist

    def reload(self) -> None:
        """Read answers, photo counts and linked opportunities again from the store."""
        self.responses = {r.item_code: r for r in self.store.responses.list(
            "audit_id = ?", (self.audit_id,))}
        self.answers = answers_from_responses(self.template, self.responses.values())
        self.photo_counts = attachments.photo_counts(self.store.conn, self.audit_id)
        self.opportunities = {o.checklist_item_code: o for o in self.store.opportunities.list(
            "audit_id = ? AND checklist_item_code != ''", (self.audit_id,))}
        self._shown = visibility(self.template, self.answers)

    # --- reading -------------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    @property
    def flagged(self) -> set[str]:
        return {code for code, r in self.responses.items() if r.finding}

    def item(self, code: str) -> TemplateItem:
        return self.template.item(code)

    def is_shown(self, code: str) -> bool:
        return self._shown.get(code, False)

    def completion(self) -> CompletionReport:
        return completion(self.template, self.answers, self.photo_counts)

    def filter(self, item_filter: ItemFilter) -> list[TemplateItem]:
        return filter_items(self.template, self.answers, item_filter, self.flagged,
                            self.photo_counts)

    def note(self, code: str) -> str:
        response = self.responses.get(code)
        return response.note if response else ""

    def is_finding(self, code: str) -> bool:
        response = self.responses.get(code)
        return bool(response and response.finding)

    def unit(self, code: str) -> str:
        """The unit the auditor chose for a number item (the item's unit by default)."""
        response = self.responses.get(code)
        return (response.unit if response and response.unit else "") or self.item(code).unit

    def stored_answer(self, code: str) -> Answer:
        """The answer as stored: a number in ``unit(code)``, else the code or text."""
        response = self.responses.get(code)
        if response is None:
            return None
        if self.item(code).answer_type == "number":
            return response.value
        return response.answer or None

    def label(self, code: str, lang: str) -> str:
        """How the answer reads in ``lang`` (``"7,5 kW"``, ``"Không"``)."""
        return answer_label(self.item(code), self.stored_answer(code), lang, self.unit(code))

    # --- writing -------------------------------------------------------------------------

    def answer(self, code: str, text: str, lang: str, unit: str | None = None) -> AnswerOutcome:
        """Check and save what was typed for ``code`` (empty text clears the answer)."""
        item = self.item(code)
        parsed = parse_answer(item, text, lang, unit)
        if not parsed.ok:
            return AnswerOutcome(error=parsed.error)
        is_number = item.answer_type == "number"
        value = parsed.value if is_number else None
        answer = "" if is_number or parsed.value is None else str(parsed.value)
        self._write(code, answer=answer, value=value,
                    unit=parsed.unit if is_number and parsed.value is not None else "")
        before = self._shown
        self._update_answer(code)
        changed = [c for c, shown in self._shown.items() if before.get(c) != shown]
        return AnswerOutcome(
            shown=tuple(c for c in changed if self._shown[c]),
            hidden=tuple(c for c in changed if not self._shown[c]),
            finding_suggested=suggests_finding(item, self.answers.get(code)))

    def set_note(self, code: str, note: str) -> None:
        self._write(code, note=note.strip())

    def set_finding(self, code: str, flagged: bool) -> None:
        self._write(code, finding=flagged)

    def _write(self, code: str, **changes: Any) -> None:
        from auditdesk.model.entities import ChecklistResponse

        current = self.responses.get(code)
        values: dict[str, Any] = {"answer": "", "value": None, "unit": "", "note": "",
                                  "finding": False}
        if current is not None:
            values.update(answer=current.answer, value=current.value, unit=current.unit,
                          note=current.note, finding=current.finding)
        values.update(changes)
        empty = not (values["answer"] or values["value"] is not None or values["note"]
                     or values["finding"])
        if current is None and empty:
            return
        if current is None:
            self.responses[code] = self.store.responses.create(ChecklistResponse(
                audit_id=self.audit_id, template_id=self.row.id, item_code=code,
                answered_by=self.store.user, **values))
        elif empty:
            self.store.responses.delete(current.id)
            del self.responses[code]
        else:
            self.responses[code] = self.store.responses.update(
                current.id, answered_by=self.store.user, **values)

    def _update_answer(self, code: str) -> None:
        response = self.responses.get(code)
        found = answers_from_responses(self.template, [response] if response else [])
        if code in found:
            self.answers[code] = found[code]
        else:
            self.answers.pop(code, None)
        self._shown = visibility(self.template, self.answers)

    def photos_changed(self) -> None:
        """Call after adding or deleting photos (photo items count as answered by them)."""
        self.photo_counts = attachments.photo_counts(self.store.conn, self.audit_id)

    # --- findings → opportunities ---------------------------------------------------------

    def create_opportunity(self, code: str, lang: str) -> Opportunity:
        """Turn the finding on ``code`` into an opportunity of this audit, pre-filled with
        area, title, description and the item's RECP technique and estimator."""
        existing = self.opportunities.get(code)
        if existing is not None:
            raise ChecklistError(fill(translate(
                "ChecklistStore", "This finding is already the opportunity “%1”."), existing.title))
        draft = draft_opportunity(self.template, code, lang, self.stored_answer(code),
                                  self.note(code), self.unit(code))
        opportunity = draft.to_opportunity(self.audit_id)
        codes = [row[0] for row in self.store.query(
            "SELECT code FROM opportunity WHERE audit_id = ?", (self.audit_id,))]
        from auditdesk.store.estimates import next_code  # the register's numbering

        opportunity.code = next_code(codes)
        with self.store.transaction():
            if not self.is_finding(code):
                self.set_finding(code, True)
            created = self.store.opportunities.create(opportunity)
        self.opportunities[code] = created
        return created

