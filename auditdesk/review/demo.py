"""A little review life for the demo database. On the plating audit the
enterprise's deputy director asks about the counter-flow rinse and accepts the
LED high-bays; on the textile audit the energy manager and the auditor discuss the economizer, she
accepts it, rejects the new dyeing machines, and the implemented pipe
insulation gets its follow-up data. Each act is made as the person who made
it, so the history reads as it would in a real review."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from auditdesk.review import comments, followup, lifecycle
from auditdesk.review.roles import AUDITOR, REVIEWER

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.store.database import Store

TEXTILE_AUDIT = "Kiểm toán năng lượng và RECP 2025"
REVIEWER_NAME = "Phạm Thị Thu Hà"
AUDITOR_NAME = "Võ Minh Tuấn"
PLATING_AUDIT = "Đánh giá nhanh RECP 2025"
PLATING_REVIEWER = "Bùi Đức Long"
PLATING_AUDITOR = "Lê Quang Vinh"


@contextmanager
def _as(store: Store, name: str) -> Iterator[None]:
    before = store.user
    store.user = name
    try:
        yield
    finally:
        store.user = before


def add_demo_review(store: Store) -> None:
    """Comments and decisions on the plating and textile audits, one follow-up."""
    _plating(store)
    _textile(store)


def _plating(store: Store) -> None:
    audits = store.audits.list("title = ?", (PLATING_AUDIT,))
    if not audits:
        return
    audit = audits[0]
    opps = {o.code: o for o in store.opportunities.for_audit(audit.id)}
    rinse, lighting = opps["HL-01"], opps["HL-07"]
    with _as(store, PLATING_REVIEWER):
        comments.add_comment(
            store, audit.id, "Rửa ngược 3 bậc cần thêm 2 bể. Cuối dây chuyền có đủ chỗ không, "
            "và có phải dừng dây chuyền để lắp không?", REVIEWER, rinse.id)
    with _as(store, PLATING_AUDITOR):
        comments.add_comment(
            store, audit.id, "Đã đo: đặt được 2 bể 1,2 × 0,8 m sau bể mạ, dời giá để phôi sang "
            "trái. Lắp trong 2 ngày nghỉ cuối tuần, không phải dừng sản xuất.", AUDITOR,
            rinse.id)
    with _as(store, PLATING_REVIEWER):
        lifecycle.move(store, lighting.id, "accepted", REVIEWER)
        comments.add_comment(
            store, audit.id, "Công ty sẽ trình giám đốc duyệt ngân sách cho HL-01 và HL-07 "
            "trong tháng 4; các giải pháp còn lại xem xét sau báo cáo cuối.", REVIEWER)


def _textile(store: Store) -> None:
    audits = store.audits.list("title = ?", (TEXTILE_AUDIT,))
    if not audits:
        return
    audit = audits[0]
    opps = {o.code: o for o in store.opportunities.for_audit(audit.id)}
    economizer, dyeing, insulation = opps["PN-02"], opps["PN-04"], opps["PN-06"]
    with _as(store, REVIEWER_NAME):
        comments.add_comment(
            store, audit.id, "Nhiệt độ khói đo ngày 18/3 chỉ 172 °C khi lò chạy 70 % tải. "
            "Đề nghị tính lại với số liệu vận hành cả năm trước khi quyết định.", REVIEWER,
            economizer.id)
    with _as(store, AUDITOR_NAME):
        comments.add_comment(
            store, audit.id, "Đã đối chiếu nhật ký vận hành 12 tháng: trung bình 188 °C ở "
            "tải 85 %. Giữ số liệu tính toán; sẽ ghi rõ trong báo cáo.", AUDITOR, economizer.id)
    with _as(store, REVIEWER_NAME):
        lifecycle.move(store, economizer.id, "accepted", REVIEWER)
        lifecycle.move(store, dyeing.id, "rejected", REVIEWER, rejection_reason="investment",
                       rejection_note="Chưa có ngân sách năm 2025; xem lại khi thay máy "
                                      "nhuộm theo kế hoạch 2027.")
        comments.add_comment(
            store, audit.id, "Đã xem xét các giải pháp cùng phòng cơ điện; sẽ ký duyệt khi "
            "nhận báo cáo cuối.", REVIEWER)
        followup.record_implementation(store, insulation.id, REVIEWER,
                                 implementation_date="2025-04-15",
                                 actual_investment=158_000_000.0)
    coal = [m for m in store.meters.for_enterprise(audit.enterprise_id) if m.carrier == "coal"]
    with _as(store, AUDITOR_NAME):
        followup.plan_verification(store, insulation.id, AUDITOR, ipmvp_option="C",
                             meters=[m.id for m in coal])
