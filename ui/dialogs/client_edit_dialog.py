"""One dialog to create or edit a client; the core validates, errors appear beside the field."""

from __future__ import annotations

from itertools import pairwise
from typing import cast

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pohsd.domain.client import Address, Client, ClientInput, HouseholdMember, NetworkPerson
from pohsd.domain.enums import Gender
from pohsd.domain.errors import ValidationError
from ui.bridge import ChangeBridge
from ui.messages import error_text, rule_text
from ui.tasks import TaskRunner
from ui.viewmodels.clients_vm import ClientFormViewModel
from ui.views.client_form_rows import HouseholdRow, NetworkRow
from ui.views.client_form_view import ClientFormView
from ui.views.form_helpers import ViewModelDialog, show_status
from ui.widgets.date_edit import DateEdit


def _date_edit(parent: QWidget) -> QLineEdit:
    return DateEdit(parent)


class ClientEditDialog(ViewModelDialog):
    """Create (client None) or edit a client. Nothing is stored until every field is valid.

    Signals:
        saved(Client): the stored client, after the changes were published.
    """

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("ClientEditDialog", text)

    saved = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        bridge: ChangeBridge,
        client: Client | None = None,
        parent: QWidget | None = None,
        initiator: object | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("client_edit_dialog")
        # The title never names the client (screen sharing, taskbar previews).
        self.setWindowTitle(
            self.tr("Nieuwe cliënt") if client is None else self.tr("Cliënt bewerken")
        )
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.vm = ClientFormViewModel(
            runner, bridge, client.id if client else None, initiator, self
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        self.view = ClientFormView(_date_edit, self)
        layout.addWidget(self.view, 1)

        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        self.status = QLabel(self)
        self.status.setObjectName("client_form_status")
        self.status.setWordWrap(True)
        buttons.addWidget(self.status, 1)
        self.cancel_button = QPushButton(self.tr("Annuleren"), self)
        self.cancel_button.setObjectName("client_cancel")
        self.cancel_button.setAccessibleName(self.tr("Annuleren"))
        self.cancel_button.setToolTip(self.tr("Sluiten zonder op te slaan (Esc)"))
        self.save_button = QPushButton(self.tr("Opslaan"), self)
        self.save_button.setObjectName("client_save")
        self.save_button.setAccessibleName(self.tr("Opslaan"))
        self.save_button.setToolTip(self.tr("Opslaan (Ctrl+Enter)"))
        self.save_button.setProperty("primary", True)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.view.add_household_button.clicked.connect(self._add_household)
        self.view.add_network_button.clicked.connect(self._add_network)
        self.view.bsn_reveal.clicked.connect(self.vm.reveal_bsn)
        self.vm.saved.connect(self._on_saved)
        self.vm.invalid.connect(self._on_invalid)
        self.vm.error.connect(self._on_error)
        self.vm.busy_changed.connect(self._on_busy)
        self.vm.huisartsen_loaded.connect(self._on_huisartsen)
        self.vm.bsn_revealed.connect(self._on_bsn)

        if client is not None:
            self._fill(client)
        self._fix_tab_order()
        self.view.given_name.setFocus()
        # Fit 1366×768 and 150 % scaling: never larger than the screen; the form scrolls.
        available = self.screen().availableGeometry()
        self.resize(min(1080, available.width() - 40), min(700, available.height() - 40))
        if available.width() < 1100:
            self.view.use_one_column()
        self.vm.load_huisartsen()

    # -- filling and reading --------------------------------------------------------------

    def _fill(self, client: Client) -> None:
        v = self.view
        v.given_name.setText(client.given_name)
        v.family_name.setText(client.family_name)
        cast(DateEdit, v.birth_date).set_date(client.birth_date)
        v.gender.setCurrentIndex(max(0, v.gender.findData(client.gender.value)))
        if client.bsn:
            v.bsn.setText(client.bsn)
            v.bsn.setEchoMode(QLineEdit.EchoMode.Password)
            v.bsn_reveal.show()
        v.street.setText(client.address.street)
        v.house_number.setText(client.address.house_number)
        v.addition.setText(client.address.addition)
        v.postal_code.setText(client.address.postal_code)
        v.city.setText(client.address.city)
        v.phone.setText(client.phone)
        v.email.setText(client.email)
        v.huisarts.setEditText(client.responsible_gp)
        for member in client.household:
            row = v.add_household_row()
            row.record_id = member.id
            row.relation.setCurrentIndex(max(0, row.relation.findData(member.relation)))
            row.given_name.setText(member.given_name)
            cast(DateEdit, row.birth_date).set_date(member.birth_date)
        for person in client.network:
            prow = v.add_network_row()
            prow.record_id = person.id
            prow.naam.setText(person.naam)
            prow.relatie.setCurrentIndex(max(0, prow.relatie.findData(person.relatie)))
            prow.set_roles(person.rol)
            prow.telefoon.setText(person.telefoon)
            prow.mag_benaderd.setCurrentIndex(
                max(0, prow.mag_benaderd.findData(person.mag_benaderd))
            )

    def collect(self) -> ClientInput:
        """What was typed, as a ClientInput.

        Raises:
            ValidationError: a date field holds text that is not a date (rule "date_format").
        """
        v = self.view
        household = tuple(
            HouseholdMember(
                relation=str(row.relation.currentData()),
                given_name=row.given_name.text(),
                birth_date=cast(DateEdit, row.birth_date).date_value(f"household[{i}].birth_date"),
                id=row.record_id,
            )
            for i, row in enumerate(v.household_rows)
        )
        network = tuple(
            NetworkPerson(
                naam=row.naam.text(),
                relatie=str(row.relatie.currentData()),
                rol=row.roles(),
                telefoon=row.telefoon.text(),
                mag_benaderd=row.mag_benaderd.currentData(),
                id=row.record_id,
            )
            for row in v.network_rows
        )
        return ClientInput(
            given_name=v.given_name.text(),
            family_name=v.family_name.text(),
            birth_date=cast(DateEdit, v.birth_date).date_value("birth_date"),
            gender=Gender(v.gender.currentData()),
            bsn=v.bsn.text(),
            address=Address(
                street=v.street.text(),
                house_number=v.house_number.text(),
                addition=v.addition.text(),
                postal_code=v.postal_code.text(),
                city=v.city.text(),
            ),
            phone=v.phone.text(),
            email=v.email.text(),
            responsible_gp=v.huisarts.currentText(),
            household=household,
            network=network,
        )

    # -- actions --------------------------------------------------------------------------

    def save(self) -> None:
        if self.vm.busy:
            return
        self.view.clear_errors()
        self.status.setText("")
        try:
            data = self.collect()
        except ValidationError as exc:
            self.vm.invalid_input(exc)
            return
        self.vm.save(data)

    def discard(self) -> None:
        """Close at once without saving and take every typed value out of the widget tree."""
        self.vm.close()
        for edit in self.findChildren(QLineEdit):
            edit.setText("")
        self.hide()
        self.setParent(None)
        self.deleteLater()

    def _add_household(self) -> None:
        row: HouseholdRow = self.view.add_household_row()
        self._fix_tab_order()
        row.relation.setFocus()

    def _add_network(self) -> None:
        row: NetworkRow = self.view.add_network_row()
        self._fix_tab_order()
        row.naam.setFocus()

    def _fix_tab_order(self) -> None:
        # Enter in a field never presses a button (no half-typed saves, no removed rows).
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        chain = [*self.view.focus_chain(), self.cancel_button, self.save_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- results --------------------------------------------------------------------------

    def _on_saved(self, client: Client) -> None:
        self.saved.emit(client)
        self.accept()

    def _on_invalid(self, field: str, rule: str) -> None:
        widget = self.view.show_error(field, rule_text(rule))
        self._set_status(
            self.tr("Er is niets opgeslagen. Verbeter het gemarkeerde veld."), error=True
        )
        if widget is not None:
            self.view.ensureWidgetVisible(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_error(self, exc: BaseException) -> None:
        self._set_status(error_text(exc), error=True)

    def _on_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        if busy:
            self._set_status(self.tr("Bezig met opslaan…"), error=False)

    def _set_status(self, text: str, *, error: bool) -> None:
        show_status(self.status, text, error=error)

    def _on_huisartsen(self, names: list[str]) -> None:
        combo = self.view.huisarts
        typed = combo.currentText()
        combo.clear()
        combo.addItems(names)
        if not typed and self.vm.is_new and len(names) == 1:
            typed = names[0]
        combo.setEditText(typed)

    def _on_bsn(self, bsn: str) -> None:
        self.view.bsn.setText(bsn)
        self.view.bsn.setEchoMode(QLineEdit.EchoMode.Normal)
        self.view.bsn_reveal.hide()
