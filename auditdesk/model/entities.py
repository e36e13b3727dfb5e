"""Plain dataclasses for every stored entity (no Qt, no database code).

Keys are text UUIDs so audits made on different laptops can be merged later.
Dates are ISO text (``YYYY-MM-DD``), timestamps ISO UTC text. Money is VND.
Each class names its table in ``__table__``; ``validate()`` returns
``{field: message}`` for the UI to show beside the field and for the CLI.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from typing import ClassVar

from auditdesk.i18n import translate
from auditdesk.model import vocab
from auditdesk.model.carriers import CARRIERS


def new_id() -> str:
    """A random text UUID (uuid is imported here: it costs ~4 ms at start-up)."""
    import uuid

    return str(uuid.uuid4())


VOLTAGE_LEVELS = ("ge110kv", "22to110kv", "6to22kv", "lt6kv")
RECP_SORTS = ("", "now", "study", "rejected")  # the auditor's RECP sort of an option
IPMVP_OPTIONS = ("", "A", "B", "C", "D")  # how an implemented measure is verified

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _check_date(errors: dict[str, str], name: str, value: str, required: bool = False) -> None:
    if not value:
        if required:
            errors[name] = translate("Validation", "Enter a date.")
        return
    try:
        _dt.date.fromisoformat(value)
    except ValueError:
        errors[name] = translate("Validation", "Not a valid date (expected YYYY-MM-DD).")


def _check_required(errors: dict[str, str], name: str, value: str) -> None:
    if not value or not value.strip():
        errors[name] = translate("Validation", "This field is required.")


def _check_min(errors: dict[str, str], name: str, value: float | None, low: float) -> None:
    if value is not None and value < low:
        errors[name] = translate("Validation", "Must be at least %1.").replace("%1", f"{low:g}")


@dataclass(kw_only=True)
class Entity:
    __table__: ClassVar[str] = ""
    id: str = field(default_factory=new_id)
    created_at: str = ""
    updated_at: str = ""

    def validate(self) -> dict[str, str]:
        return {}


@dataclass(kw_only=True)
class Park(Entity):
    __table__: ClassVar[str] = "park"
    name: str = ""
    province: str = ""
    management_board: str = ""
    address: str = ""
    notes: str = ""

    def validate(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        _check_required(errors, "name", self.name)
        return errors


@dataclass(kw_only=True)
class Enterprise(Entity):
    __table__: ClassVar[str] = "enterprise"
    park_id: str = ""
    name: str = ""
    sector: str = "other"
    products: str = ""
    capacity: str = ""
    employees: int | None = None
    shifts: int | None = None
    operating_hours: float | None = None  # h/yr
    address: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    notes: str = ""
    voltage_level: str = "6to22kv"  # EVN tariff band: ge110kv | 22to110kv | 6to22kv | lt6kv

    def validate(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        _check_required(errors, "name", self.name)
        if self.voltage_level not in VOLTAGE_LEVELS:
            errors["voltage_level"] = translate("Validation", "Unknown voltage level.")
        if not self.park_id:
            errors["park_id"] = translate("Validation", "Choose the industrial park.")
        if self.sector not in vocab.SECTORS:
            errors["sector"] = translate("Validation", "Unknown sector.")
        _check_min(errors, "employees", self.employees, 0)
        if self.shifts is not None and not 0 <= self.shifts <= 4:
            errors["shifts"] = translate("Validation", "Shifts per day must be between 0 and 4.")
        if self.operating_hours is not None and not 0 <= self.operating_hours <= 8784:
            errors["operating_hours"] = translate("Validation", "Operating hours must be between 0 and 8,784 h/yr.")
        if self.contact_email and not _EMAIL.match(self.contact_email):
            errors["contact_email"] = translate("Validation", "Not a valid e-mail address.")
        return errors


@dataclass(kw_only=True)
class Audit(Entity):
    __table__: ClassVar[str] = "audit"
    enterprise_id: str = ""
    title: str = ""
    audit_type: str = "walkthrough"
    start_date: str = ""
    end_date: str = ""
    auditors: str = ""
    reviewer: str = ""
    status: str = "planned"
    reference_set_id: str | None = None
    template_code: str = ""
    template_version: str = ""
    baseline_start: str = ""
    baseline_end: str = ""
    notes: str = ""
    grid_year: int | None = None  # year of the grid emission factor; None = the set's default
    template_addons: str = ""  # JSON list of sector add-on template codes used
    signed_off_by: str = ""  # the reviewer who signed the audit off
    signed_off_role: str = ""  # their role then (auditor / reviewer / office)
    signed_off_on: str = ""  # date of the sign-off
    locked: bool = False  # signed off: the store refuses changes to the audited figures
    unlock_reason: str = ""  # why it was last unlocked (the history keeps every one)

    def validate(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        _check_required(errors, "title", self.title)
        if self.grid_year is not None and not 2000 <= self.grid_year <= 2100:
            errors["grid_year"] = translate("Validation", "Enter a year such as 2023.")
        if not self.enterprise_id:
            errors["enterprise_id"] = translate("Validation", "Choose the enterprise.")
        if self.audit_type not in vocab.AUDIT_TYPES:
            errors["audit_type"] = translate("Validation", "Unknown audit type.")
        if self.status not in vocab.AUDIT_STATUSES:
            errors["status"] = translate("Validation", "Unknown status.")
        _check_date(errors, "start_date", self.start_date, required=True)
        _check_date(errors, "end_date", self.end_date)
        _check_date(errors, "baseline_start", self.baseline_start)
        _check_date(errors, "baseline_end", self.baseline_end)
        _check_date(errors, "signed_off_on", self.signed_off_on)
        if "start_date" not in errors and "end_date" not in errors and self.end_date:
            if self.end_date < self.start_date:
                errors["end_date"] = translate("Validation", "The end date is before the start date.")
        return errors


@dataclass(kw_only=True)
class Area(Entity):
    __table__: ClassVar[str] = "area"
    audit_id: str = ""
    code: str = ""
    name: str = ""
    notes: str = ""

    def validate(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        _check_required(errors, "name", self.name)
        return errors


@dataclass(kw_only=True)
class Meter(Entity):
    __table__: ClassVar[str] = "meter"
    enterprise_id: str = ""
    name: str = ""
    carrier: str = "electricity"
    unit: str = "kWh"
    kind: str = "register"
    multiplier: float = 1.0
    rollover: float | None = None
    location: str = ""
    parent_id: str | None = None
    notes: str = ""
    serial: str = ""

    def validate(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        _check_required(errors, "name", self.name)
        if self.carrier not in CARRIERS:
            errors["carrier"] = translate("Validation", "Unknown carrier.")
        if self.kind not in vocab.METER_KINDS:
            errors["kind"] = translate("Validation", "Unknown meter kind.")
        if not self.multiplier or self.multiplier <= 0:
            errors["multiplier"] = translate("Validation", "The multiplier must be greater than zero.")
        if self.rollover is not None and self.rollover <= 0:
            errors["rollover"] = translate("Validation", "The rollover value must be greater than zero.")
        if self.parent_id and self.parent_id == self.id:
            errors["parent_id"] = translate("Validation", "A meter cannot be its own parent.")
        return errors


@dataclass(kw_only=True)
class Reading:
    """One meter reading. Its identity is (meter_id, ts): a meter has one value per instant.

    Readings are stored without a UUID (a million rows stay compact and fast);
    the natural key merges across laptops just as well.
    """

    __table__: ClassVar[str] = "reading"
    meter_id: str
    ts: str  # ISO local date-time, "YYYY-MM-DDTHH:MM:SS" or a date
    value: float
    source: str = "manual"
    note: str = ""


@dataclass(kw_only=True)
class ProductionRecord(Entity):
    __table__: ClassVar[str] = "production"
    enterprise_id: str = ""
    period_start: str = ""
    period_end: str = ""
    product: str = ""
    quantity: float = 0.0
    unit: str = "t"

    def validate(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        _check_required(errors, "product", self.product)
        _check_date(errors, "period_start", self.period_start, required=True)
        _check_date(errors, "period_end", self.period_end, required=True)
        if not errors and self.period_end < self.period_start:
            errors["period_end"] = translate("Validation", "The end date is before the start date.")
        _check_min(errors, "quantity", self.quantity, 0)
        return errors


@dataclass(kw_only=True)
class ChecklistTemplate(Entity):
    __table__: ClassVar[str] = "checklist_template"
    code: str = ""
    version: str = ""
    name_vi: str = ""
    name_en: str = ""
    body: str = ""  # the template's full text (JSON), as imported


@dataclass(kw_only=True)
class ChecklistItem(Entity):
    __table__: ClassVar[str] = "checklist_item"
    template_id: str = ""
    code: str = ""
    seq: int = 0
    area: str = ""
    text_vi: str = ""
    text_en: str = ""
    answer_type: str = "yes_no_na"
    unit: str = ""
    choices: str = ""  # JSON list
    required: bool = False
    condition: str = ""  # JSON
    help_vi: str = ""
    help_en: str = ""
    technique: str = ""
    estimator: str = ""


@dataclass(kw_only=True)
class ChecklistResponse(Entity):
    __table__: ClassVar[str] = "checklist_response"
    audit_id: str = ""
    template_id: str = ""
    item_code: str = ""
    answer: str = ""
    value: float | None = None
    unit: str = ""
    note: str = ""
    finding: bool = False
    answered_by: str = ""


@dataclass(kw_only=True)
class Opportunity(Entity):
    __table__: ClassVar[str] = "opportunity"
    audit_id: str = ""
    code: str = ""
    title: str = ""
    description: str = ""
    area: str = ""
    technique: str = "GH"
    estimator_id: str = "custom"
    inputs: str = "{}"  # JSON of estimator inputs (value and unit per name)
    status: str = "identified"
    priority: str = "medium"
    owner: str = ""
    investment_equipment: float = 0.0
    investment_installation: float = 0.0
    investment_engineering: float = 0.0
    investment_other: float = 0.0
    om_cost_change: float = 0.0  # VND/yr, positive = extra cost
    lifetime_yr: float = 10.0
    discount_rate: float = 0.10
    symbiosis: bool = False
    partner: str = ""
    checklist_item_code: str = ""
    extra_savings_vnd: float = 0.0  # money saved that no carrier explains (VND/yr)
    estimate: str = ""  # JSON of the last estimate report (inputs, intermediates, results)
    rejection_reason: str = ""  # code of auditdesk.review.lifecycle.REJECTION_REASONS
    rejection_note: str = ""  # the reviewer's own words on the rejection
    recp_sort: str = ""  # the auditor's RECP sort: now | study | rejected ("" = not sorted)
    implementation_date: str = ""
    actual_investment: float | None = None  # VND, as spent (None = not known)
    ipmvp_option: str = ""  # A | B | C | D
    verification_meters: str = ""  # JSON list of the ids of the meters that verify it
    verified_savings: str = ""  # JSON of the measured savings recorded at verification

    @property
    def investment(self) -> float:
        return (
            self.investment_equipment
            + self.investment_installation
            + self.investment_engineering
            + self.investment_other
        )

    def validate(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        _check_required(errors, "title", self.title)
        if self.technique not in vocab.TECHNIQUES:
            errors["technique"] = translate("Validation", "Unknown RECP technique.")
        if self.status not in vocab.OPPORTUNITY_STATUSES:
            errors["status"] = translate("Validation", "Unknown status.")
        for name in (
            "investment_equipment",
            "investment_installation",
            "investment_engineering",
            "investment_other",
        ):
            _check_min(errors, name, getattr(self, name), 0)
        if not 0 < self.lifetime_yr <= 50:
            errors["lifetime_yr"] = translate("Validation", "Lifetime must be between 0 and 50 years.")
        if not -0.5 < self.discount_rate < 1:
            errors["discount_rate"] = translate("Validation", "Discount rate must be a fraction such as 0.10.")
        if self.symbiosis and not self.partner.strip():
            errors["partner"] = translate("Validation", "Name the partner of an industrial-symbiosis opportunity.")
        if self.recp_sort not in RECP_SORTS:
            errors["recp_sort"] = translate("Validation", "Unknown RECP sort.")
        if self.ipmvp_option not in IPMVP_OPTIONS:
            errors["ipmvp_option"] = translate("Validation", "The IPMVP option is A, B, C or D.")
        _check_date(errors, "implementation_date", self.implementation_date)
        _check_min(errors, "actual_investment", self.actual_investment, 0)
        return errors


@dataclass(kw_only=True)
class OpportunitySaving(Entity):
    """Annual saving of one carrier by one opportunity, in the carrier's canonical unit."""

    __table__: ClassVar[str] = "opportunity_saving"
    opportunity_id: str = ""
    carrier: str = "electricity"
    amount: float = 0.0
    cost_vnd: float = 0.0
    co2e_t: float = 0.0
    biogenic_co2_t: float = 0.0


@dataclass(kw_only=True)
class Comment(Entity):
    """A remark in the review of an audit: on one opportunity, or on the whole audit
    (``opportunity_id`` None). ``author`` and ``role`` are as the writer's settings were."""

    __table__: ClassVar[str] = "comment"
    audit_id: str = ""
    opportunity_id: str | None = None
    author: str = ""
    role: str = ""
    body: str = ""

    def validate(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        _check_required(errors, "body", self.body)
        if not self.audit_id:
            errors["audit_id"] = translate("Validation", "Choose the audit.")
        return errors


@dataclass(kw_only=True)
class Attachment(Entity):
    __table__: ClassVar[str] = "attachment"
    audit_id: str = ""
    entity: str = ""
    entity_id: str = ""
    sha256: str = ""
    filename: str = ""
    mime: str = ""
    size: int = 0
    width: int | None = None
    height: int | None = None
    caption: str = ""


@dataclass(kw_only=True)
class ReferenceSet(Entity):
    __table__: ClassVar[str] = "reference_set"
    name: str = ""
    description: str = ""
    effective_date: str = ""
    source: str = ""
    builtin: bool = False
    parent_id: str | None = None

    def validate(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        _check_required(errors, "name", self.name)
        _check_date(errors, "effective_date", self.effective_date)
        return errors


@dataclass(kw_only=True)
class Factor(Entity):
    __table__: ClassVar[str] = "factor"
    set_id: str = ""
    key: str = ""
    category: str = ""
    label_en: str = ""
    label_vi: str = ""
    value: float = 0.0
    unit: str = ""
    source: str = ""
    effective_date: str = ""
    note: str = ""


@dataclass
class HistoryEntry:
    id: int
    at: str
    user: str
    entity: str
    entity_id: str
    op: str  # create / update / delete / import
    field: str | None
    old: str | None
    new: str | None
