"""Table models of the baseline view: carriers (with a totals row) and the production models."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from auditdesk.ui.meters import formatting as fmt

if TYPE_CHECKING:  # pragma: no cover
    from auditdesk.calc.baseline import CarrierBaseline
    from auditdesk.store.baseline import AuditBaseline, CarrierModel

Index = QModelIndex | QPersistentModelIndex
CARRIER, AMOUNT, UNIT, GJ, TOE, CO2E, VND, USD, SHARE_GJ, SHARE_COST = range(10)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_INCOMPLETE = QColor("#fdeccb")


def series_label(key: str) -> str:
    """A carrier's name, or "All energy" for the GJ total."""
    from PySide6.QtCore import QCoreApplication

    from auditdesk.model.carriers import CARRIERS

    if key in CARRIERS:
        return fmt.carrier_label(key)
    return QCoreApplication.translate("BaselineModel", "All energy")


class BaselineTableModel(QAbstractTableModel):
    """One row per carrier (top-level meters only), then the totals."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.result: AuditBaseline | None = None
        self._carriers: list[CarrierBaseline] = []

    def set_result(self, result: AuditBaseline | None) -> None:
        self.beginResetModel()
        self.result = result
        self._carriers = list(result.baseline.carriers) if result else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or not self._carriers:
            return 0
        return len(self._carriers) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else SHARE_COST + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Carrier"),
                self.tr("Amount per year"),
                self.tr("Unit"),
                "GJ",
                "TOE",
                "tCO2e",
                self.tr("Cost (VND)"),
                self.tr("Cost (USD)"),
                self.tr("Share of energy"),
                self.tr("Share of cost"),
            ][section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                TOE: self.tr("Tonnes of oil equivalent, MOIT factors (letter 3505/BCT-KHCN)"),
                CO2E: self.tr(
                    "Grid emission factor of the audit's year; fuels by IPCC "
                    "2006; biogenic CO2 not counted"
                ),
            }.get(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.result is None:
            return None
        row, column = index.row(), index.column()
        total = row == len(self._carriers)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._total_text(column) if total else self._text(self._carriers[row], column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (CARRIER, UNIT):
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and total:
            font = QFont()
            font.setBold(True)
            return font
        if not total and not self._carriers[row].complete:
            if role == Qt.ItemDataRole.BackgroundRole and column in (CARRIER, AMOUNT):
                return QBrush(_INCOMPLETE)
            if role == Qt.ItemDataRole.ToolTipRole:
                missing = [m.period for m in self._carriers[row].months if m.status != "complete"]
                return self.tr("Months not fully covered by readings: %1").replace(
                    "%1", ", ".join(missing)
                )
        return None

    def _text(self, c: CarrierBaseline, column: int) -> str:
        values = {
            CARRIER: fmt.carrier_label(c.carrier),
            AMOUNT: fmt.number(c.amount),
            UNIT: fmt.unit_label(c.unit),
            GJ: fmt.number(c.gj),
            TOE: fmt.number(c.toe, 1),
            CO2E: fmt.number(c.co2e_t, 1),
            VND: fmt.number(c.cost_vnd),
            USD: fmt.number(c.cost_usd),
            SHARE_GJ: fmt.percent(c.share_gj),
            SHARE_COST: fmt.percent(c.share_cost),
        }
        return values[column]

    def _total_text(self, column: int) -> str:
        assert self.result is not None
        b = self.result.baseline
        values = {
            CARRIER: self.tr("Total"),
            GJ: fmt.number(b.total_gj),
            TOE: fmt.number(b.total_toe, 1),
            CO2E: fmt.number(b.total_co2e_t, 1),
            VND: fmt.number(b.total_cost_vnd),
            USD: fmt.number(b.total_cost_usd),
            SHARE_GJ: "100 %" if b.total_gj else "",
            SHARE_COST: "100 %" if b.total_cost_vnd else "",
        }
        return values.get(column, "")


SERIES, SPECIFIC, FIXED, VARIABLE, R2, MONTHS = range(6)


class ProductionModelTable(QAbstractTableModel):
    """Per carrier and for all energy: specific consumption and the regression on production."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.result: AuditBaseline | None = None
        self._models: list[CarrierModel] = []

    def set_result(self, result: AuditBaseline | None) -> None:
        self.beginResetModel()
        self.result = result
        self._models = [m for m in result.models if m.specific is not None] if result else []
        self.endResetModel()

    def model(self, row: int) -> CarrierModel:
        return self._models[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._models)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else MONTHS + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or self.result is None:
            return None
        per = fmt.unit_label(self.result.production_unit)
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Consumption of"),
                self.tr("Specific (per %1)").replace("%1", per),
                self.tr("Fixed part (per month)"),
                self.tr("Variable part (per %1)").replace("%1", per),
                "R²",
                self.tr("Months"),
            ][section]
        if role == Qt.ItemDataRole.ToolTipRole and section in (FIXED, VARIABLE):
            return self.tr(
                "Least squares: consumption = fixed part + variable part × "
                "production, over the complete months"
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.result is None:
            return None
        model, column = self._models[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column != SERIES:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and model.note:
            return model.note
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        unit = fmt.unit_label(model.unit)
        reg = model.regression
        specific = model.specific.overall if model.specific else None
        if column == SERIES:
            return series_label(model.key)
        if column == SPECIFIC:
            return f"{fmt.sensible(specific)} {unit}" if specific is not None else "–"
        if reg is None:
            return "–" if column != MONTHS else ""
        return {
            FIXED: f"{fmt.number(reg.fixed)} {unit}",
            VARIABLE: f"{fmt.sensible(reg.variable)} {unit}",
            R2: fmt.number(reg.r_squared, 3),
            MONTHS: fmt.number(reg.n),
        }[column]


class MonthlyTableModel(QAbstractTableModel):
    """Consumption per carrier (native unit) and production, month by month.

    A month not fully covered by readings is shaded and says how many days are;
    a month without readings shows a dash, never a zero.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.result: AuditBaseline | None = None
        self._months: list[str] = []

    def set_result(self, result: AuditBaseline | None) -> None:
        self.beginResetModel()
        self.result = result
        self._months = result.period.months if result else []
        self.endResetModel()

    def _rows(self) -> int:
        if self.result is None:
            return 0
        return len(self.result.baseline.carriers) + (1 if self.result.production else 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._months else len(self._months) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Carrier (unit)")
        month = self._months[section - 1]
        return f"{month[5:7]}/{month[:4]}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.result is None:
            return None
        carriers = self.result.baseline.carriers
        row, column = index.row(), index.column()
        if row == len(carriers):  # production
            if role == Qt.ItemDataRole.DisplayRole:
                if column == 0:
                    unit = fmt.unit_label(self.result.production_unit)
                    return self.tr("Production (%1)").replace("%1", unit)
                return fmt.sensible(self.result.production.get(self._months[column - 1]))
            if role == Qt.ItemDataRole.TextAlignmentRole and column:
                return _RIGHT
            return None
        carrier = carriers[row]
        if column == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{fmt.carrier_label(carrier.carrier)} ({fmt.unit_label(carrier.unit)})"
            return None
        month = carrier.months[column - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return fmt.number(month.consumption)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        if month.status != "complete":
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(_INCOMPLETE)
            if role == Qt.ItemDataRole.ToolTipRole:
                return (
                    self.tr("%1 of %2 days covered by readings")
                    .replace("%1", fmt.number(month.covered_days, 1))
                    .replace("%2", fmt.number(month.days))
                )
        return None
