"""Layout of the client form: personal data, address, contact, huisarts, household, network."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from pohsd.domain.enums import Gender
from ui.models.network_model import gender_text
from ui.views.client_form_rows import (
    DateEditFactory,
    HouseholdRow,
    NetworkRow,
    line_edit,
    named,
    row_header,
)
from ui.views.form_helpers import error_label

_ROW_PATH = re.compile(r"^(household|network)\[(\d+)\]\.(\w+)$")


class ClientFormView(QScrollArea):
    """All fields of a client, with an error line under each; rows for household and network."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("ClientFormView", text)

    def __init__(self, make_date_edit: DateEditFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("client_form_view")
        self.setAccessibleName(self.tr("Gegevens van de cliënt"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._make_date_edit = make_date_edit
        body = QWidget(self)
        self.setWidget(body)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(4, 4, 12, 4)
        outer.setSpacing(12)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.household_rows: list[HouseholdRow] = []
        self.network_rows: list[NetworkRow] = []

        self.general_error = error_label(body, "client_form_error")
        outer.addWidget(self.general_error)
        note = QLabel(self.tr("Velden met een * zijn verplicht. De rest mag leeg blijven."), body)
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        outer.addWidget(note)

        person = QGroupBox(self.tr("Persoonsgegevens"), body)
        form = self._form(person)
        self.given_name = line_edit(person, "client_given_name", self.tr("Voornaam"))
        self._add(form, self.tr("Voornaam *"), "given_name", self.given_name)
        self.family_name = line_edit(person, "client_family_name", self.tr("Achternaam"))
        self._add(form, self.tr("Achternaam *"), "family_name", self.family_name)
        self.birth_date = make_date_edit(person)
        named(self.birth_date, "client_birth_date", self.tr("Geboortedatum"))
        self.birth_date.setMaximumWidth(160)
        self._add(form, self.tr("Geboortedatum *"), "birth_date", self.birth_date)
        self.gender = QComboBox(person)
        named(self.gender, "client_gender", self.tr("Geslacht"))
        for gender in (Gender.VROUW, Gender.MAN, Gender.ANDERS, Gender.ONBEKEND):
            self.gender.addItem(gender_text(gender), gender.value)
        self.gender.setCurrentIndex(self.gender.findData(Gender.ONBEKEND.value))
        self.gender.setMaximumWidth(160)
        self._add(form, self.tr("Geslacht"), "gender", self.gender)
        self.bsn = line_edit(person, "client_bsn_edit", self.tr("BSN"))
        self.bsn.setMaximumWidth(160)
        self.bsn.setPlaceholderText(self.tr("9 cijfers"))
        self.bsn_reveal = QPushButton(self.tr("Toon"), person)
        named(self.bsn_reveal, "client_bsn_reveal", self.tr("Toon BSN"))
        self.bsn_reveal.setToolTip(
            self.tr("Het tonen van het BSN wordt vastgelegd in het logboek.")
        )
        self.bsn_reveal.hide()
        bsn_row = QHBoxLayout()
        bsn_row.setSpacing(8)
        bsn_row.addWidget(self.bsn)
        bsn_row.addWidget(self.bsn_reveal)
        bsn_row.addStretch(1)
        self._add(form, self.tr("BSN"), "bsn", bsn_row)
        self.huisarts = QComboBox(person)
        named(self.huisarts, "client_huisarts", self.tr("Verantwoordelijke huisarts"))
        self.huisarts.setEditable(True)
        self.huisarts.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.huisarts.lineEdit().setObjectName("client_huisarts_text")
        self.huisarts.lineEdit().setAccessibleName(self.tr("Verantwoordelijke huisarts"))
        self.huisarts.lineEdit().setPlaceholderText(self.tr("Kies of typ een naam"))
        self._add(form, self.tr("Huisarts"), "responsible_gp", self.huisarts)

        address = QGroupBox(self.tr("Adres en contact"), body)
        aform = self._form(address)
        self.street = line_edit(address, "client_street", self.tr("Straat"))
        self._add(aform, self.tr("Straat"), "address.street", self.street)
        self.house_number = line_edit(address, "client_house_number", self.tr("Huisnummer"))
        self.house_number.setMaximumWidth(90)
        self.addition = line_edit(address, "client_addition", self.tr("Toevoeging"))
        self.addition.setMaximumWidth(90)
        number_row = QHBoxLayout()
        number_row.setSpacing(8)
        number_row.addWidget(self.house_number)
        number_row.addWidget(QLabel(self.tr("toevoeging"), address))
        number_row.addWidget(self.addition)
        number_row.addStretch(1)
        self._add(aform, self.tr("Huisnummer"), "address.house_number", number_row)
        self.errors["address.addition"] = self.errors["address.house_number"]
        self.fields["address.addition"] = self.addition
        self.postal_code = line_edit(address, "client_postal_code", self.tr("Postcode"))
        self.postal_code.setPlaceholderText(self.tr("1234 AB"))
        self.postal_code.setMaximumWidth(120)
        self._add(aform, self.tr("Postcode"), "address.postal_code", self.postal_code)
        self.city = line_edit(address, "client_city", self.tr("Plaats"))
        self._add(aform, self.tr("Plaats"), "address.city", self.city)
        self.phone = line_edit(address, "client_phone", self.tr("Telefoon"))
        self.phone.setPlaceholderText(self.tr("06 12345678"))
        self._add(aform, self.tr("Telefoon"), "phone", self.phone)
        self.email = line_edit(address, "client_email", self.tr("E-mail"))
        self._add(aform, self.tr("E-mail"), "email", self.email)

        top = QGridLayout()
        top.setHorizontalSpacing(16)
        top.setVerticalSpacing(12)
        top.addWidget(person, 0, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(address, 0, 1, Qt.AlignmentFlag.AlignTop)
        top.setColumnStretch(0, 1)
        top.setColumnStretch(1, 1)
        self._top, self._address_box = top, address
        outer.addLayout(top)

        household = QGroupBox(self.tr("Huishouden: wie woont er in huis"), body)
        self._household_box = QVBoxLayout(household)
        self._household_box.setSpacing(6)
        self._household_header = row_header(
            household,
            (self.tr("Relatie"), self.tr("Voornaam"), self.tr("Geboortedatum"), ""),
            HouseholdRow.WIDTHS,
        )
        self._household_box.addWidget(self._household_header)
        self.add_household_button = QPushButton(self.tr("Huisgenoot toevoegen"), household)
        named(self.add_household_button, "household_add", self.tr("Huisgenoot toevoegen"))
        self._household_box.addWidget(self.add_household_button, 0, Qt.AlignmentFlag.AlignLeft)
        outer.addWidget(household)

        network = QGroupBox(self.tr("Netwerk: wie helpt of staat klaar"), body)
        self._network_box = QVBoxLayout(network)
        self._network_box.setSpacing(6)
        self._network_header = row_header(
            network,
            (
                self.tr("Naam"),
                self.tr("Relatie"),
                self.tr("Rollen"),
                self.tr("Telefoon"),
                self.tr("Mag benaderd"),
                "",
            ),
            NetworkRow.WIDTHS,
        )
        self._network_box.addWidget(self._network_header)
        self.add_network_button = QPushButton(self.tr("Persoon toevoegen"), network)
        named(self.add_network_button, "network_add", self.tr("Netwerkpersoon toevoegen"))
        self._network_box.addWidget(self.add_network_button, 0, Qt.AlignmentFlag.AlignLeft)
        outer.addWidget(network)
        outer.addStretch(1)
        self._update_headers()

    def use_one_column(self) -> None:
        """Put the address under the personal data (narrow screens, large scaling)."""
        self._top.removeWidget(self._address_box)
        self._top.addWidget(self._address_box, 1, 0, Qt.AlignmentFlag.AlignTop)
        self._top.setColumnStretch(1, 0)

    # -- building -------------------------------------------------------------------------

    def _form(self, box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def _add(self, form: QFormLayout, label: str, key: str, field: QWidget | QHBoxLayout) -> None:
        """A form row whose field cell holds the widget and, under it, its error line."""
        parent = form.parentWidget()
        cell = QWidget(parent)
        cell.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if isinstance(field, QWidget):
            field.setParent(cell)
            column.addWidget(field)
            self.fields[key] = field
        else:
            column.addLayout(field)
            self.fields[key] = field.itemAt(0).widget()
        error = error_label(cell, f"error_{key.replace('.', '_')}")
        column.addWidget(error)
        self.errors[key] = error
        form.addRow(label, cell)

    # -- household and network rows -------------------------------------------------------

    def add_household_row(self) -> HouseholdRow:
        row = HouseholdRow(self._make_date_edit, self.widget())
        row.remove_requested.connect(self.remove_household_row)
        self.household_rows.append(row)
        self._household_box.insertWidget(self._household_box.count() - 1, row)
        self._renumber()
        return row

    def add_network_row(self) -> NetworkRow:
        row = NetworkRow(self.widget())
        row.remove_requested.connect(self.remove_network_row)
        self.network_rows.append(row)
        self._network_box.insertWidget(self._network_box.count() - 1, row)
        self._renumber()
        return row

    def remove_household_row(self, row: HouseholdRow) -> None:
        self.household_rows.remove(row)
        self._drop(row)

    def remove_network_row(self, row: NetworkRow) -> None:
        self.network_rows.remove(row)
        self._drop(row)

    def _drop(self, row: QWidget) -> None:
        row.hide()
        row.setParent(None)  # out of the widget tree at once; deleted later
        row.deleteLater()
        self._renumber()

    def _renumber(self) -> None:
        for i, household in enumerate(self.household_rows):
            household.renumber(i)
        for i, person in enumerate(self.network_rows):
            person.renumber(i)
        self._update_headers()

    def _update_headers(self) -> None:
        self._household_header.setVisible(bool(self.household_rows))
        self._network_header.setVisible(bool(self.network_rows))

    # -- errors and focus -----------------------------------------------------------------

    def clear_errors(self) -> None:
        for label in (self.general_error, *self.errors.values()):
            label.setText("")
            label.hide()
        for row in (*self.household_rows, *self.network_rows):
            row.error.setText("")
            row.error.hide()

    def show_error(self, path: str, text: str) -> QWidget | None:
        """Show `text` next to the field named by a core path; return the widget to focus."""
        match = _ROW_PATH.match(path)
        if match:
            kind, index, attr = match.group(1), int(match.group(2)), match.group(3)
            rows: list[HouseholdRow] | list[NetworkRow] = (
                self.household_rows if kind == "household" else self.network_rows
            )
            if index < len(rows):
                row = rows[index]
                row.error.setText(text)
                row.error.show()
                widget = getattr(row, attr, None)
                return widget if isinstance(widget, QWidget) else row.focus_chain()[0]
        elif path in self.errors:
            self.errors[path].setText(text)
            self.errors[path].show()
            return self.fields[path]
        self.general_error.setText(text)
        self.general_error.show()
        return None

    def focus_chain(self) -> list[QWidget]:
        """Every focusable field in reading order (rows are added later than the buttons)."""
        chain: list[QWidget] = [
            self.given_name,
            self.family_name,
            self.birth_date,
            self.gender,
            self.bsn,
            self.bsn_reveal,
            self.huisarts,
            self.street,
            self.house_number,
            self.addition,
            self.postal_code,
            self.city,
            self.phone,
            self.email,
        ]
        for household in self.household_rows:
            chain.extend(household.focus_chain())
        chain.append(self.add_household_button)
        for person in self.network_rows:
            chain.extend(person.focus_chain())
        chain.append(self.add_network_button)
        return chain
