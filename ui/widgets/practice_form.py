"""Practice details form (naam, AGB, adres, telefoon, huisartsen) for wizard and settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from pohsd.domain.errors import ValidationError
from pohsd.domain.practice import Practice, validated_practice
from ui.messages import rule_text
from ui.views.form_helpers import error_label, field_box, show_error


class _KeepEnterLineEdit(QLineEdit):
    """Enter adds the name to the list and does not also press the dialog's default button."""

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override QLineEdit.keyPressEvent."""
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class PracticeForm(QWidget):
    """Edits a `Practice`; `validated()` applies the core's rules and shows messages inline."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("PracticeForm", text)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceForm")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)

        self.naam = self._line("practiceName", self.tr("Naam van de praktijk"))
        self.naam.setPlaceholderText(self.tr("bijvoorbeeld Huisartsenpraktijk De Linde"))
        self.naam_error = error_label(self, "practiceNameError")
        form.addRow(self.tr("&Naam"), field_box(self, self.naam, self.naam_error))

        self.agb = self._line("practiceAgb", self.tr("AGB-code van de praktijk"))
        self.agb.setPlaceholderText(self.tr("8 cijfers"))
        self.agb.setMaxLength(12)
        self.agb_error = error_label(self, "practiceAgbError")
        form.addRow(self.tr("&AGB-code"), field_box(self, self.agb, self.agb_error))

        self.adres = self._line("practiceAddress", self.tr("Adres van de praktijk"))
        self.adres.setPlaceholderText(self.tr("straat en huisnummer, postcode en plaats"))
        self.adres_error = error_label(self, "practiceAddressError")
        form.addRow(self.tr("A&dres"), field_box(self, self.adres, self.adres_error))

        self.telefoon = self._line("practicePhone", self.tr("Telefoonnummer van de praktijk"))
        self.telefoon.setPlaceholderText(self.tr("bijvoorbeeld 030 1234567"))
        self.telefoon_error = error_label(self, "practicePhoneError")
        form.addRow(self.tr("&Telefoon"), field_box(self, self.telefoon, self.telefoon_error))

        gp_box = QWidget(self)
        gp_layout = QVBoxLayout(gp_box)
        gp_layout.setContentsMargins(0, 0, 0, 0)
        gp_layout.setSpacing(4)
        add_row = QHBoxLayout()
        self.gp_input = self._line(
            "practiceGpInput", self.tr("Naam van een huisarts"), _KeepEnterLineEdit
        )
        self.gp_input.setPlaceholderText(self.tr("bijvoorbeeld dr. A. de Wit, dan Enter"))
        add_row.addWidget(self.gp_input, 1)
        self.gp_add = self._button("practiceGpAdd", self.tr("Toevoegen"))
        add_row.addWidget(self.gp_add)
        gp_layout.addLayout(add_row)
        list_row = QHBoxLayout()
        self.gp_list = QListWidget(self)
        self.gp_list.setObjectName("practiceGpList")
        self.gp_list.setAccessibleName(self.tr("Huisartsen in de praktijk"))
        self.gp_list.setMaximumHeight(96)
        self.gp_list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        list_row.addWidget(self.gp_list, 1)
        self.gp_remove = self._button("practiceGpRemove", self.tr("Verwijderen"))
        list_row.addWidget(self.gp_remove, 0, Qt.AlignmentFlag.AlignTop)
        gp_layout.addLayout(list_row)
        self.gp_error = error_label(self, "practiceGpError")
        gp_layout.addWidget(self.gp_error)
        form.addRow(self.tr("&Huisartsen"), gp_box)

        self.gp_add.clicked.connect(self._add_gp)
        self.gp_input.returnPressed.connect(self._add_gp)
        self.gp_remove.clicked.connect(self._remove_gp)
        self.gp_list.currentRowChanged.connect(self._update_buttons)
        self._errors = {
            "naam": (self.naam_error, self.naam),
            "agb_code": (self.agb_error, self.agb),
            "adres": (self.adres_error, self.adres),
            "telefoon": (self.telefoon_error, self.telefoon),
        }
        for label, field in self._errors.values():
            field.textEdited.connect(lambda _t, lbl=label: show_error(lbl, ""))
        self._update_buttons()

    def _line(self, name: str, accessible: str, cls: type[QLineEdit] = QLineEdit) -> QLineEdit:
        line = cls(self)
        line.setObjectName(name)
        line.setAccessibleName(accessible)
        return line

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.setAutoDefault(False)
        return button

    # ---- data ------------------------------------------------------------------------------------

    def practice(self) -> Practice:
        """What is typed now, unvalidated."""
        gps = tuple(
            self.gp_list.item(i).text().strip()
            for i in range(self.gp_list.count())
            if self.gp_list.item(i).text().strip()
        )
        return Practice(
            naam=self.naam.text(),
            agb_code=self.agb.text(),
            adres=self.adres.text(),
            telefoon=self.telefoon.text(),
            huisartsen=gps,
        )

    def set_practice(self, practice: Practice) -> None:
        self.clear_errors()
        self.naam.setText(practice.naam)
        self.agb.setText(practice.agb_code)
        self.adres.setText(practice.adres)
        self.telefoon.setText(practice.telefoon)
        self.gp_list.clear()
        for name in practice.huisartsen:
            self._append_gp(name)
        self._update_buttons()

    def clear(self) -> None:
        self.set_practice(Practice(naam=""))
        self.gp_input.clear()

    def validated(self) -> Practice | None:
        """The practice after the core's checks, or None with the message beside the field."""
        self.clear_errors()
        if self.gp_input.text().strip():
            self._add_gp()  # a typed name without Enter still counts
        try:
            return validated_practice(self.practice())
        except ValidationError as exc:
            self.show_validation(exc)
            return None

    def show_validation(self, exc: ValidationError) -> None:
        label, field = self._errors.get(exc.field, (self.gp_error, self.gp_input))
        show_error(label, rule_text(exc.rule))
        field.setFocus()

    def clear_errors(self) -> None:
        for label, _field in self._errors.values():
            show_error(label, "")
        show_error(self.gp_error, "")

    # ---- huisartsen list -------------------------------------------------------------------------

    def _append_gp(self, name: str) -> None:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.gp_list.addItem(item)

    def _add_gp(self) -> None:
        name = self.gp_input.text().strip()
        if name:
            self._append_gp(name)
            self.gp_input.clear()
            self._update_buttons()
        self.gp_input.setFocus()

    def _remove_gp(self) -> None:
        row = self.gp_list.currentRow()
        if row >= 0:
            self.gp_list.takeItem(row)
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        self.gp_remove.setEnabled(self.gp_list.currentRow() >= 0)
