"""Financieel overzicht (geld.rondkomen): income, fixed costs and debts with live totals."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pohsd.domain.errors import ValidationError
from pohsd.intake.finance import (
    INKOMEN_BRONNEN,
    VASTE_LASTEN,
    FinancieelOverzicht,
    Inkomst,
    Schuld,
    VasteLast,
    parse_amount,
)
from ui.i18n import arg
from ui.messages import rule_text

_MONTH = re.compile(r"^(\d{1,2})[-/ ](\d{4})$")
INCOME, COSTS, DEBTS = "income", "fixed_costs", "debts"
_FLAGS = (
    ("arrears", QT_TRANSLATE_NOOP("FinanceRow", "achterstand")),
    ("collection_agency", QT_TRANSLATE_NOOP("FinanceRow", "incasso")),
    ("bailiff", QT_TRANSLATE_NOOP("FinanceRow", "deurwaarder")),
    ("garnishment", QT_TRANSLATE_NOOP("FinanceRow", "beslag")),
)


def euro(amount: Decimal) -> str:
    """Dutch money notation: € 1.210,50 (a minus sign for a shortfall)."""
    text = f"{abs(amount):,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return f"− € {text}" if amount < 0 else f"€ {text}"


def _named(widget: QWidget, object_name: str, accessible: str) -> QWidget:
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible)
    return widget


class FinanceRow(QWidget):
    """One line of a list: a choice or a name, an amount, and for debts the details."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("FinanceRow", text)

    def __init__(self, kind: str, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        lines = QVBoxLayout(self)
        lines.setContentsMargins(0, 0, 0, 4 if kind == DEBTS else 0)
        lines.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(6)
        lines.addLayout(row)
        second = QHBoxLayout()
        second.setContentsMargins(12, 0, 0, 0)
        second.setSpacing(12)
        self.choice: QComboBox | None = None
        self.creditor: QLineEdit | None = None
        self.since: QLineEdit | None = None
        self.flags: dict[str, QCheckBox] = {}
        if kind == DEBTS:
            self.creditor = QLineEdit(self)
            self.creditor.setPlaceholderText(self.tr("Schuldeiser"))
            row.addWidget(self.creditor, 2)
        else:
            self.choice = QComboBox(self)
            self.choice.addItems(INKOMEN_BRONNEN if kind == INCOME else VASTE_LASTEN)
            row.addWidget(self.choice, 2)
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(self.tr("bedrag, bv. 1.210,50"))
        self.amount.setMaximumWidth(150)
        row.addWidget(QLabel("€", self))
        row.addWidget(self.amount, 1)
        if kind == DEBTS:
            self.since = QLineEdit(self)
            self.since.setPlaceholderText(self.tr("sinds mm-jjjj"))
            self.since.setMaximumWidth(130)
            row.addWidget(self.since)
            for key, text in _FLAGS:
                box = QCheckBox(self.tr(text), self)
                self.flags[key] = box
                second.addWidget(box)
            second.addStretch(1)
            lines.addLayout(second)
        self.remove = QPushButton(self.tr("✕"), self)
        self.remove.setAutoDefault(False)
        self.remove.setToolTip(self.tr("Regel verwijderen"))
        self.remove.setFixedWidth(self.remove.fontMetrics().horizontalAdvance("✕") + 24)
        row.addWidget(self.remove)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.hide()
        row.addWidget(self.error)
        self.renumber(index)

    def renumber(self, index: int) -> None:
        prefix = f"finance_{self.kind}_{index}"
        number = index + 1
        if self.choice is not None:
            _named(self.choice, f"{prefix}_choice", arg(self.tr("Soort, regel %1"), number))
        if self.creditor is not None:
            _named(
                self.creditor, f"{prefix}_creditor", arg(self.tr("Schuldeiser, regel %1"), number)
            )
        _named(self.amount, f"{prefix}_amount", arg(self.tr("Bedrag, regel %1"), number))
        if self.since is not None:
            _named(self.since, f"{prefix}_since", arg(self.tr("Sinds (maand), regel %1"), number))
        for key, box in self.flags.items():
            _named(box, f"{prefix}_{key}", arg(f"{box.text()}, " + self.tr("regel %1"), number))
        _named(self.remove, f"{prefix}_remove", arg(self.tr("Regel %1 verwijderen"), number))

    def focus_chain(self) -> list[QWidget]:
        first = [w for w in (self.choice, self.creditor) if w is not None]
        rest = [w for w in (self.since,) if w is not None]
        return [*first, self.amount, *rest, *self.flags.values(), self.remove]

    def is_blank(self) -> bool:
        typed = [self.amount.text(), self.creditor.text() if self.creditor else ""]
        return not any(t.strip() for t in typed)

    def read(self) -> dict[str, Any]:
        """This line in the exchange format; raises ValidationError with the rule."""
        amount = parse_amount(self.amount.text(), "amount") if self.amount.text().strip() else None
        if amount is None:
            raise ValidationError("amount", "required")
        money: int | float = int(amount) if amount == amount.to_integral_value() else float(amount)
        if self.kind == INCOME and self.choice is not None:
            return {"source": self.choice.currentText(), "amount_per_month": money}
        if self.kind == COSTS and self.choice is not None:
            return {"item": self.choice.currentText(), "amount_per_month": money}
        creditor = self.creditor.text().strip() if self.creditor else ""
        if not creditor:
            raise ValidationError("creditor", "required")
        data: dict[str, Any] = {"creditor": creditor, "amount": money}
        since = self.since.text().strip() if self.since else ""
        if since:
            match = _MONTH.match(since)
            if not match or not 1 <= int(match.group(1)) <= 12:
                raise ValidationError("since", "month_format")
            data["since"] = f"{match.group(2)}-{int(match.group(1)):02d}"
        data.update({key: box.isChecked() for key, box in self.flags.items()})
        return data

    def write(self, data: dict[str, Any]) -> None:
        for widget in (self.choice, self.creditor, self.amount, self.since, *self.flags.values()):
            if widget is not None:
                widget.blockSignals(True)
        if self.choice is not None:
            self.choice.setCurrentText(str(data.get("source") or data.get("item") or ""))
        if self.creditor is not None:
            self.creditor.setText(str(data.get("creditor", "")))
        amount = data.get("amount_per_month", data.get("amount"))
        self.amount.setText(euro(Decimal(str(amount)))[2:] if amount is not None else "")
        if self.since is not None and isinstance(data.get("since"), str):
            year, month = data["since"].split("-")
            self.since.setText(f"{month}-{year}")
        for key, box in self.flags.items():
            box.setChecked(bool(data.get(key)))
        for widget in (self.choice, self.creditor, self.amount, self.since, *self.flags.values()):
            if widget is not None:
                widget.blockSignals(False)

    def show_error(self, rule: str | None) -> None:
        self.error.setText(rule_text(rule) if rule else "")
        self.error.setVisible(bool(rule))


class FinanceEditor(QFrame):
    """The worksheet. Totals follow every keystroke; only a valid sheet is passed on.

    Signals:
        changed(dict): the whole worksheet in the exchange format (`save_finance`).
        rows_changed(): a line was added or removed (the keyboard order changes).
    """

    changed = Signal(dict)
    rows_changed = Signal()

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("FinanceEditor", text)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("finance_editor")
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(6)
        title = QLabel(self.tr("Financieel overzicht"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.rows: dict[str, list[FinanceRow]] = {INCOME: [], COSTS: [], DEBTS: []}
        self.boxes: dict[str, QVBoxLayout] = {}
        self.add_buttons: dict[str, QPushButton] = {}
        for kind, heading, add in (
            (INCOME, self.tr("Inkomsten per maand"), self.tr("+ Inkomen toevoegen")),
            (COSTS, self.tr("Vaste lasten per maand"), self.tr("+ Vaste last toevoegen")),
            (DEBTS, self.tr("Schulden"), self.tr("+ Schuld toevoegen")),
        ):
            layout.addWidget(QLabel(heading, self))
            box = QVBoxLayout()
            box.setSpacing(4)
            layout.addLayout(box)
            self.boxes[kind] = box
            button = QPushButton(add, self)
            _named(button, f"finance_{kind}_add", add.lstrip("+ "))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, k=kind: self.add_row(k, focus=True))
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.add_buttons[kind] = button
        totals = QGridLayout()
        totals.setHorizontalSpacing(16)
        self.totals: dict[str, QLabel] = {}
        for i, (key, text) in enumerate(
            (
                ("income", self.tr("Totaal inkomsten")),
                ("costs", self.tr("Totaal vaste lasten")),
                ("free", self.tr("Vrij besteedbaar per maand")),
                ("debts", self.tr("Schulden")),
            )
        ):
            caption = QLabel(text, self)
            value = QLabel(self)
            _named(value, f"finance_total_{key}", text)
            value.setWordWrap(True)  # never wider than the question area
            if key == "free":
                font = value.font()
                font.setBold(True)
                value.setFont(font)
                caption.setFont(font)
            totals.addWidget(caption, i, 0)
            totals.addWidget(value, i, 1)
            self.totals[key] = value
        totals.setColumnStretch(1, 1)
        layout.addLayout(totals)
        note = QLabel(
            self.tr("Inkomsten min vaste lasten. Het overzicht oordeelt niet of dat genoeg is."),
            self,
        )
        note.setProperty("role", "hint")
        note.setWordWrap(True)
        layout.addWidget(note)
        self._update()

    def add_row(self, kind: str, *, focus: bool = False) -> FinanceRow:
        row = FinanceRow(kind, len(self.rows[kind]), self)
        self.rows[kind].append(row)
        self.boxes[kind].addWidget(row)
        row.show()  # at once, not on the next event loop pass: Tab may come right after
        for widget in (row.choice, row.creditor, row.amount, row.since):
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(self._edited)
            elif isinstance(widget, QComboBox):
                widget.activated.connect(self._edited)
        for box in row.flags.values():
            box.toggled.connect(self._edited)
        row.remove.clicked.connect(lambda _c=False, r=row: self.remove_row(r))
        self.rows_changed.emit()
        if focus:
            row.focus_chain()[0].setFocus(Qt.FocusReason.OtherFocusReason)
        return row

    def remove_row(self, row: FinanceRow) -> None:
        rows = self.rows[row.kind]
        index = rows.index(row)
        rows.remove(row)
        self.boxes[row.kind].removeWidget(row)
        row.hide()
        row.deleteLater()
        for i, other in enumerate(rows):
            other.renumber(i)
        self.rows_changed.emit()
        target = rows[min(index, len(rows) - 1)].amount if rows else self.add_buttons[row.kind]
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        self._edited()

    def set_data(self, data: dict[str, Any] | None) -> None:
        """Show a stored worksheet (no `changed` is emitted)."""
        for rows in self.rows.values():
            for row in list(rows):
                self.boxes[row.kind].removeWidget(row)
                row.deleteLater()
            rows.clear()
        data = data or {}
        for kind in (INCOME, COSTS, DEBTS):
            for item in data.get(kind, []):
                self.add_row(kind).write(item)
        self._update()

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for kind in (INCOME, COSTS, DEBTS):
            for row in self.rows[kind]:
                chain += row.focus_chain()
            chain.append(self.add_buttons[kind])
        return chain

    def overview(self) -> tuple[FinancieelOverzicht, dict[str, list[dict[str, Any]]], bool]:
        """The valid lines as totals, the exchange data, and whether every line was valid."""
        data: dict[str, list[dict[str, Any]]] = {INCOME: [], COSTS: [], DEBTS: []}
        valid = True
        for kind, rows in self.rows.items():
            for row in rows:
                if row.is_blank():
                    row.show_error(None)
                    continue
                try:
                    data[kind].append(row.read())
                    row.show_error(None)
                except ValidationError as exc:
                    valid = False
                    row.show_error(
                        exc.rule if exc.rule != "required" or row.amount.text() else None
                    )
        return self._sheet(data), data, valid

    @staticmethod
    def _sheet(data: dict[str, list[dict[str, Any]]]) -> FinancieelOverzicht:
        return FinancieelOverzicht(
            tuple(Inkomst(i["source"], Decimal(str(i["amount_per_month"]))) for i in data[INCOME]),
            tuple(VasteLast(c["item"], Decimal(str(c["amount_per_month"]))) for c in data[COSTS]),
            tuple(Schuld(d["creditor"], Decimal(str(d["amount"])), d.get("since"),
                         d["arrears"], d["collection_agency"], d["bailiff"], d["garnishment"])
                  for d in data[DEBTS]),
        )  # fmt: skip

    def _edited(self, *_args: object) -> None:
        _sheet, data, valid = self._update()
        if valid:
            self.changed.emit(data)

    def _update(self) -> tuple[FinancieelOverzicht, dict[str, list[dict[str, Any]]], bool]:
        sheet, data, valid = self.overview()
        self.totals["income"].setText(euro(sheet.totaal_inkomsten))
        self.totals["costs"].setText(euro(sheet.totaal_vaste_lasten))
        self.totals["free"].setText(euro(sheet.vrij_besteedbaar_per_maand))
        debts = arg(
            self.tr("%1 bij %2 schuldeisers; achterstanden %3; deurwaarder of beslag: %4"),
            euro(sheet.totaal_schulden),
            sheet.aantal_schuldeisers,
            euro(sheet.totaal_achterstanden),
            len(sheet.met_deurwaarder_of_beslag),
        )
        self.totals["debts"].setText(debts if sheet.schulden else self.tr("geen vastgelegd"))
        return sheet, data, valid
