"""Paints one area of the side list: its name, a progress bar and the counts
(answered of shown, required answered of required), in rows tall enough for a finger."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from auditdesk.ui.checklist.models import CODE_ROLE, COUNTS_ROLE, GREEN, GREY, RED

ROW_HEIGHT = 54


class AreaDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(option.rect.width() or 200, ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        style = option.widget.style() if option.widget else None
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)
        counts = index.data(COUNTS_ROLE) or (0, 0, 0, 0)
        answered, required_done, required, total = counts
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_color = option.palette.highlightedText().color() if selected else \
            option.palette.text().color()
        rect = option.rect.adjusted(10, 6, -10, -6)
        painter.save()
        name_font = QFont(option.font)
        name_font.setBold(not index.data(CODE_ROLE))  # "All areas" in bold
        painter.setFont(name_font)
        painter.setPen(text_color)
        name = painter.fontMetrics().elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""), Qt.TextElideMode.ElideRight,
            rect.width())
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), 18),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), name)
        bar = QRect(rect.left(), rect.top() + 22, rect.width(), 5)
        painter.fillRect(bar, QColor("#dde5ea"))
        if total:
            done = QRect(bar.left(), bar.top(), round(bar.width() * answered / total), bar.height())
            painter.fillRect(done, QColor(GREEN))
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() - 1.5, 7.0))
        painter.setFont(small)
        complete = required_done == required
        painter.setPen(text_color if selected else QColor(GREY))
        counts_text = self.tr("%1/%2 answered").replace("%1", str(answered)).replace(
            "%2", str(total))
        line = QRect(rect.left(), rect.top() + 29, rect.width(), 16)
        painter.drawText(line, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         counts_text)
        if required:
            painter.setPen(text_color if selected else QColor(GREEN if complete else RED))
            required_text = self.tr("required %1/%2").replace("%1", str(required_done)).replace(
                "%2", str(required))
            painter.drawText(line, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             required_text)
        painter.restore()
