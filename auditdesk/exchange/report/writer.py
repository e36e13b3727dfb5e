"""Lay the report out with reportlab and write it atomically.

The document is built in memory (several passes: the contents and the
"page n of N" need the page numbers), then written to a temporary file beside
the target, flushed to disk and moved over the target with ``os.replace``: a
reader never sees half a PDF, and a failure or a cancel leaves the old file
(or none) and no temporary file behind.
"""

from __future__ import annotations

import datetime as _dt
import io
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditdesk import __version__
from auditdesk.exchange.report import styles as st
from auditdesk.exchange.report import text as t
from auditdesk.exchange.report.text import clean, report_language
from auditdesk.i18n import fill, translate

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.exchange.report.content import ReportContent
    from auditdesk.store.database import Store

Progress = Callable[[int, int, str], None]
STEPS = 100  # progress is reported as done / STEPS


class ReportError(Exception):
    """The report cannot be written (the message says why and what to do)."""


@dataclass(frozen=True)
class ReportResult:
    """A written report: where, how many pages and bytes, in which language."""

    path: Path
    pages: int
    size: int
    lang: str


def _page_word(page: int, total: int) -> str:
    """“Page 3 of 15” in the current language."""
    return fill(translate("Report", "Page %1 of %2"), page, total)


def _document(target: io.BytesIO, content: ReportContent, progress: Progress) -> Any:
    """A reportlab document: A4, body frame, outline and contents fed by the headings."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    from auditdesk.exchange.report.front import report_title

    margin = st.MARGIN_MM * mm
    title = f"{report_title()} – {clean(content.enterprise.name)}"

    class Document(BaseDocTemplate):  # type: ignore[misc]
        passes = 0

        def afterFlowable(self, flowable: Any) -> None:  # reportlab's name
            outline = getattr(flowable, "outline", None)
            if outline is None:
                return
            text, level, key = outline
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
            self.notify("TOCEntry", (level, text, self.page, key))

    document = Document(
        target, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=margin,
        bottomMargin=margin, title=title, author=clean(content.audit.auditors),
        subject=clean(content.audit.title), creator=f"AuditDesk {__version__}",
        initialFontName=st.FONT, lang="vi-VN" if content.lang == "vi" else "en-GB")
    frame = Frame(margin, margin, A4[0] - 2 * margin, A4[1] - 2 * margin, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    document.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    state = {"pass": 0, "size": 1}

    def on_progress(kind: str, value: int) -> None:
        if kind == "PASS":
            state["pass"] = value
        elif kind == "SIZE_EST":
            state["size"] = max(1, value)
        elif kind == "PROGRESS":
            share = min(1.0, value / state["size"])
            done = 55 + min(3, state["pass"]) * 13 - 13 + int(13 * share)
            progress(min(done, STEPS - 1), STEPS, translate("Report", "Laying out the pages…"))

    document.setProgressCallBack(on_progress)
    return document


def build_story(content: ReportContent, progress: Progress) -> list[Any]:
    """Every flowable of the report, section by section (charts are drawn here)."""
    from auditdesk.exchange.report import annex, energy, front, options

    heading = st.Heading()
    story: list[Any] = front.cover(content) + front.contents()
    progress(25, STEPS, translate("Report", "Drawing the charts…"))
    story += front.summary(content, heading)
    story += energy.enterprise(content, heading)
    progress(35, STEPS, translate("Report", "Drawing the charts…"))
    story += energy.current_use(content, heading)
    progress(45, STEPS, translate("Report", "Describing the opportunities…"))
    story += options.opportunities(content, heading)
    story += annex.annex(content, heading)
    return story


def render(content: ReportContent, progress: Progress | None = None) -> tuple[bytes, int]:
    """The PDF of ``content`` as bytes, and its number of pages."""
    report = progress or (lambda done, total, text: None)
    st.register_fonts()
    story = build_story(content, report)
    buffer = io.BytesIO()
    document = _document(buffer, content, report)
    header = f"{clean(content.enterprise.name)} – {clean(content.audit.title)}"
    footer = fill(translate("Report", "Energy audit report · made on %1 with AuditDesk %2"),
                  t.date(content.made_on.isoformat(), content.lang), __version__)
    canvas = st.page_decorations(header, footer, _page_word)
    document.multiBuild(story, canvasmaker=canvas)
    return buffer.getvalue(), document.page


def write_atomically(data: bytes, path: Path) -> None:
    """Write ``data`` to a temporary file beside ``path``, sync it, and move it over ``path``."""
    folder = path.parent if str(path.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_report(store: Store, audit_id: str, path: str | Path, lang: str,
                 progress: Progress | None = None, made_on: _dt.date | None = None
                 ) -> ReportResult:
    """Write the PDF report of ``audit_id`` in ``lang`` (``"vi"`` or ``"en"``) to ``path``.

    ``progress(done, total, text)`` is called as the work advances; it may raise
    (e.g. ``ui.tasks.Cancelled``) to stop, and then nothing is written.
    ``made_on`` is the report's date (default: today). Raises ``StoreError``
    for an unknown audit and ``ReportError`` when the file cannot be written.
    """
    from auditdesk.exchange.report.content import gather

    report = progress or (lambda done, total, text: None)
    target = Path(path)
    lang = lang if lang in ("vi", "en") else "vi"
    with report_language(lang):
        folder = target.parent if str(target.parent) else Path(".")
        if not folder.is_dir():
            raise ReportError(fill(translate("Report", "Cannot write the report: the folder "
                                                       "%1 does not exist."), folder))
        report(0, STEPS, translate("Report", "Reading the audit…"))
        content = gather(store, audit_id, lang,
                         lambda done, total, text: report(
                             5 + (15 * done // total if total else 0), STEPS,
                             translate("Report", "Reading the audit…")), made_on)
        data, pages = render(content, report)
        report(STEPS - 1, STEPS, translate("Report", "Saving the file…"))
        try:
            write_atomically(data, target)
        except OSError as exc:
            raise ReportError(fill(translate("Report", "Cannot write the report to %1: %2"),
                                   target, exc.strerror or exc)) from exc
        report(STEPS, STEPS, "")
    return ReportResult(target, pages, len(data), lang)
