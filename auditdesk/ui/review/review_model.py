"""The review's table: the audit's opportunities with status, savings, payback and
how many comments each has."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QBrush, QColor

from auditdesk.model import vocab
from auditdesk.review import comments
from auditdesk.review.lifecycle import reason_label
from auditdesk.store import Store
from auditdesk.store.estimates import RegisterRow, register_rows
from auditdesk.ui.labels import vocab_label
from auditdesk.ui.register import formatting
from auditdesk.ui.review.table_model import Column, RowsModel

STATUS_ORDER = list(vocab.OPPORTUNITY_STATUSES)
STATUS_COLOURS = {"proposed": "#1b6ca8", "accepted": "#2e7d5b", "scheduled": "#7b4fa0",
                  "rejected": "#8a8f94", "in_progress": "#e08a1e", "implemented": "#2e7d5b",
                  "verified": "#17602f"}


@dataclass(frozen=True)
class ReviewRow:
    row: RegisterRow
    comments: int
    rejection: str  # the reason's label and the reviewer's words

    @property
    def id(self) -> str:
        return self.row.id


def review_rows(store: Store, audit_id: str, ids: list[str] | None = None) -> list[ReviewRow]:
    counts = comments.comment_counts(store, audit_id)
    reasons = {r[0]: (r[1], r[2]) for r in store.query(
        "SELECT id, rejection_reason, rejection_note FROM opportunity WHERE audit_id = ?",
        (audit_id,))}
    result = []
    for row in register_rows(store, audit_id, ids):
        code, note = reasons.get(row.id, ("", ""))
        rejection = " — ".join(t for t in (reason_label(code) if code else "", note) if t)
        result.append(ReviewRow(row, counts.get(row.id, 0), rejection))
    return result



def make_review_model(parent: QObject | None = None) -> RowsModel[ReviewRow]:
    columns: list[Column[ReviewRow]] = [
        Column(QCoreApplication.translate("ReviewModel", "Code"), lambda r: r.row.code),
        Column(QCoreApplication.translate("ReviewModel", "Title"), lambda r: r.row.title,
               tooltip=lambda r: r.row.description or None),
        Column(QCoreApplication.translate("ReviewModel", "Status"),
               lambda r: vocab_label(vocab.OPPORTUNITY_STATUSES, r.row.status),
               lambda r: STATUS_ORDER.index(r.row.status) if r.row.status in STATUS_ORDER
               else 99, tooltip=lambda r: r.rejection or None,
               colour=lambda r: STATUS_COLOURS.get(r.row.status)),
        Column(QCoreApplication.translate("ReviewModel", "Savings\n(million ₫/yr)"),
               lambda r: formatting.millions(r.row.cost_savings_vnd),
               lambda r: r.row.cost_savings_vnd, numeric=True),
        Column(QCoreApplication.translate("ReviewModel", "Comments"),
               lambda r: str(r.comments) if r.comments else "", lambda r: r.comments,
               numeric=True),
    ]
    model: RowsModel[ReviewRow] = RowsModel(columns, lambda r: r.id, parent)
    model.foreground = lambda r: QBrush(QColor("#8a8f94")) if r.row.status == "rejected" else None
    return model
