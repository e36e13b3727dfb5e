"""The report's look with reportlab: embedded fonts, paragraph styles, tables, pages.

Fonts: DejaVu Sans, which has every Vietnamese letter, is taken from
matplotlib's own data folder (a dependency already) and embedded as a subset,
so the PDF reads the same on a machine without it. Pages are A4 portrait with
a running header and "page n of N" in the footer; headings feed the table of
contents and the PDF outline (bookmarks).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable, Table

FONT = "AuditDeskSans"
BOLD = "AuditDeskSans-Bold"
ITALIC = "AuditDeskSans-Oblique"
BOLD_ITALIC = "AuditDeskSans-BoldOblique"
_FILES = {FONT: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf",
          ITALIC: "DejaVuSans-Oblique.ttf", BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf"}

INK = "#1f2a33"
ACCENT = "#1b4f72"
MUTED = "#5f6b76"
RULE = "#b8c4ce"
HEADER_FILL = "#e4ecf2"
TOTAL_FILL = "#f2f5f7"
MARGIN_MM = 18


def font_folder() -> Path:
    """matplotlib's folder of TrueType fonts (DejaVu Sans ships there)."""
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf"


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Register DejaVu Sans (regular, bold, italic) with reportlab, once per process."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = font_folder()
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, BOLD)
    addMapping(FONT, 0, 1, ITALIC)
    addMapping(FONT, 1, 1, BOLD_ITALIC)


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of the report, by role."""

    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    caption: ParagraphStyle
    bullet: ParagraphStyle
    toc1: ParagraphStyle
    toc2: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    """The report's paragraph styles (fonts registered on first use)."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()
    ink, accent, muted = HexColor(INK), HexColor(ACCENT), HexColor(MUTED)
    body = ParagraphStyle("body", fontName=FONT, bulletFontName=FONT, fontSize=9, leading=12.6,
                          textColor=ink,
                          spaceAfter=5)
    cell = ParagraphStyle("cell", parent=body, fontSize=7.6, leading=9.6, spaceAfter=0)
    head = ParagraphStyle("cellHead", parent=cell, fontName=BOLD)
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10.6, spaceBefore=4),
        muted=ParagraphStyle("muted", parent=body, fontSize=8, leading=10.6, textColor=muted),
        cell=cell,
        cell_right=ParagraphStyle("cellRight", parent=cell, alignment=TA_RIGHT),
        cell_head=head,
        cell_head_right=ParagraphStyle("cellHeadRight", parent=head, alignment=TA_RIGHT),
        h1=ParagraphStyle("h1", parent=body, fontName=BOLD, fontSize=14, leading=18,
                          textColor=accent, spaceBefore=4, spaceAfter=8, keepWithNext=1),
        h2=ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=11, leading=14,
                          textColor=accent, spaceBefore=10, spaceAfter=5, keepWithNext=1),
        h3=ParagraphStyle("h3", parent=body, fontName=BOLD, fontSize=9.5, leading=12.5,
                          textColor=ink, spaceBefore=8, spaceAfter=3, keepWithNext=1),
        title=ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=22, leading=28,
                             textColor=accent, alignment=TA_CENTER, spaceAfter=10),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=13, leading=18,
                                alignment=TA_CENTER, spaceAfter=6),
        caption=ParagraphStyle("caption", parent=body, fontSize=7.6, leading=9.6,
                               textColor=muted, alignment=TA_CENTER, spaceBefore=2),
        bullet=ParagraphStyle("bullet", parent=body, leftIndent=10, bulletIndent=2,
                              spaceAfter=2),
        toc1=ParagraphStyle("toc1", parent=body, fontName=BOLD, fontSize=9.5, leading=15,
                            leftIndent=0),
        toc2=ParagraphStyle("toc2", parent=body, fontSize=9, leading=13, leftIndent=16),
    )


def esc(text: object) -> str:
    """Text for a reportlab paragraph: markup characters escaped, line breaks kept."""
    return html.escape(str(text), quote=False).replace("\n", "<br/>")


def para(text: object, style: ParagraphStyle) -> Flowable:
    """A paragraph of plain ``text`` (escaped) in ``style``."""
    from reportlab.platypus import Paragraph

    return Paragraph(esc(text), style)


def bullet(text: object) -> Flowable:
    """One item of a bulleted list."""
    from reportlab.platypus import Paragraph

    return Paragraph(esc(text), styles().bullet, bulletText="•")


def rich(markup: str, style: ParagraphStyle) -> Flowable:
    """A paragraph from markup the caller escaped itself (``<b>``, ``<br/>``)."""
    from reportlab.platypus import Paragraph

    return Paragraph(markup, style)


def usable_width() -> float:
    """The width of the text on an A4 page between the margins, in points."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    return float(A4[0] - 2 * MARGIN_MM * mm)


def table(head: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float],
          numeric: Sequence[int] = (), total: bool = False) -> Table:
    """A table that flows over pages with its header repeated.

    ``widths`` are fractions of the text width; columns in ``numeric`` are
    right-aligned; ``total`` shades the last row as a total. Cells that are
    strings become wrapping paragraphs; flowables are kept as they are.
    """
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Table, TableStyle

    s = styles()
    right = set(numeric)

    def cell(value: object, column: int, header: bool) -> object:
        if not isinstance(value, str):
            return value
        if header:
            return para(value, s.cell_head_right if column in right else s.cell_head)
        return para(value, s.cell_right if column in right else s.cell)

    data = [[cell(v, i, True) for i, v in enumerate(head)]]
    data += [[cell(v, i, False) for i, v in enumerate(row)] for row in rows]
    width = usable_width()
    result = Table(data, colWidths=[w * width for w in widths], repeatRows=1)
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 7.6),  # not Helvetica, which is not embedded
        ("BACKGROUND", (0, 0), (-1, 0), HexColor(HEADER_FILL)),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, HexColor(ACCENT)),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, HexColor(RULE)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for column in range(1, len(head)):  # air between a number and the text after it
        if column - 1 in right and column not in right:
            commands.append(("LEFTPADDING", (column, 0), (column, -1), 6))
    if total and rows:
        commands += [("BACKGROUND", (0, -1), (-1, -1), HexColor(TOTAL_FILL)),
                     ("LINEABOVE", (0, -1), (-1, -1), 0.8, HexColor(ACCENT))]
    result.setStyle(TableStyle(commands))
    return result


def key_values(pairs: Sequence[tuple[str, str]], label_width: float = 0.34) -> Table:
    """A two-column table of labels and values (no header row)."""
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Table, TableStyle

    s = styles()
    width = usable_width()
    data = [[para(label, s.cell_head), para(value, s.cell)] for label, value in pairs]
    result = Table(data, colWidths=[label_width * width, (1 - label_width) * width])
    result.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 7.6),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, HexColor(RULE)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.8),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return result


def layout_grid(cells: Sequence[Sequence[object]], widths: Sequence[float],
                bottom_padding: float = 0) -> Table:
    """A table without lines that only places things side by side (charts, photos)."""
    from reportlab.platypus import Table, TableStyle

    result = Table([list(row) for row in cells], colWidths=list(widths))
    result.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 7.6),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), bottom_padding),
    ]))
    return result


def image(data: bytes, width: float, max_height: float | None = None) -> Flowable:
    """A PNG/JPEG at ``width`` points (height from its aspect), capped at ``max_height``."""
    import io

    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    reader = ImageReader(io.BytesIO(data))
    pixels_w, pixels_h = reader.getSize()
    height = width * pixels_h / pixels_w
    if max_height is not None and height > max_height:
        width, height = width * max_height / height, max_height
    return Image(io.BytesIO(data), width=width, height=height)


class Heading:
    """Makes numbered headings that also feed the contents and the PDF outline."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, text: str, level: int) -> Flowable:
        from reportlab.platypus import Paragraph

        s = styles()
        self.count += 1
        style = (s.h1, s.h2, s.h3)[min(level, 2)]
        paragraph = Paragraph(esc(text), style)
        paragraph.outline = (text, level, f"h{self.count}")  # type: ignore[attr-defined]
        return paragraph


def page_decorations(header: str, footer: str, page_word: Callable[[int, int], str]
                     ) -> type:
    """A canvas class that writes the running header and "page n of N" on every page
    but the cover (it holds the pages until it knows how many there are)."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    class DecoratedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("initialFontName", FONT)
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                if self._pageNumber > 1:
                    self._decorate(total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _decorate(self, total: int) -> None:
            width, height = A4
            left, right = MARGIN_MM * mm, width - MARGIN_MM * mm
            self.saveState()
            self.setStrokeColor(HexColor(RULE))
            self.setLineWidth(0.5)
            self.line(left, height - 12 * mm, right, height - 12 * mm)
            self.line(left, 12 * mm, right, 12 * mm)
            self.setFillColor(HexColor(MUTED))
            self.setFont(FONT, 7.2)
            self.drawString(left, height - 10.5 * mm, _fit(self, header, right - left))
            self.drawString(left, 8.5 * mm, _fit(self, footer, (right - left) * 0.75))
            self.drawRightString(right, 8.5 * mm, page_word(self._pageNumber, total))
            self.restoreState()

    return DecoratedCanvas


def _fit(canvas: Any, text: str, width: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` points at the current font."""
    if canvas.stringWidth(text) <= width:
        return text
    while text and canvas.stringWidth(text + "…") > width:
        text = text[:-1]
    return text + "…"
