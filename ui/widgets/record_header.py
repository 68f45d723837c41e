"""The client record's header and Overzicht values: facts, BSN shown on request, archive."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Qt

from pohsd.domain.client import Client
from ui.i18n import arg
from ui.models.client_list_model import format_date
from ui.models.network_model import gender_text
from ui.viewmodels.clients_vm import ClientRecordViewModel
from ui.views.client_record_view import ClientRecordView

BSN_MASK = "•••••••••"


class RecordHeader(QObject):
    """Fills the record from a Client; the BSN is masked until asked (and that is audited)."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("RecordHeader", text)

    def __init__(self, view: ClientRecordView, vm: ClientRecordViewModel) -> None:
        super().__init__(view)
        self.rv = view
        self.vm = vm
        self.bsn_shown = False
        self._archive_target = False
        view.bsn_button.clicked.connect(self._toggle_bsn)
        view.archive_button.clicked.connect(self._ask_archive)
        view.confirm_yes.clicked.connect(self._confirm_archive)
        view.confirm_no.clicked.connect(view.confirm_frame.hide)
        vm.bsn_revealed.connect(self._on_bsn)

    def show(self, client: Client) -> None:
        rv = self.rv
        rv.error.hide()
        rv.name_label.setText(client.full_name)
        rv.archived_label.setVisible(client.archived_at is not None)
        facts = [
            arg(self.tr("%1 jaar"), client.age_on(date.today()))
            + f" ({format_date(client.birth_date)})"
        ]
        if client.address.postal_code:
            facts.append(client.address.postal_code)
        facts.append(arg(self.tr("Huisarts: %1"), client.responsible_gp or "—"))
        rv.facts_label.setText("  ·  ".join(facts))
        self.bsn_shown = False
        self._show_bsn_state(client.bsn != "")
        address = client.address
        street = " ".join(p for p in (address.street, address.house_number, address.addition) if p)
        values = {
            "name": client.full_name,
            "birth_date": format_date(client.birth_date),
            "gender": gender_text(client.gender),
            "street": street,
            "postal_code": address.postal_code,
            "city": address.city,
            "phone": client.phone,
            "email": client.email,
            "gp": client.responsible_gp,
        }
        for key, value in values.items():
            rv.values[key].setText(value or "—")
        archived = client.archived_at is not None
        rv.archive_button.setText(
            self.tr("Terugzetten uit archief") if archived else self.tr("Archiveren")
        )
        rv.archive_button.setAccessibleName(
            self.tr("Dossier terugzetten uit archief")
            if archived
            else self.tr("Dossier archiveren")
        )
        rv.confirm_frame.hide()
        rv.show_table(rv.network_stack, bool(client.network))
        rv.show_table(rv.household_stack, bool(client.household))

    def clear(self) -> None:
        self.bsn_shown = False

    # -- BSN ----------------------------------------------------------------------------------

    def _show_bsn_state(self, has_bsn: bool) -> None:
        rv = self.rv
        rv.bsn_button.setVisible(has_bsn)
        if not has_bsn:
            rv.bsn_label.setText(self.tr("BSN: niet vastgelegd"))
            return
        rv.bsn_label.setText(arg(self.tr("BSN: %1"), BSN_MASK))
        rv.bsn_button.setText(self.tr("Toon BSN"))
        rv.bsn_button.setAccessibleName(self.tr("Toon BSN"))

    def _toggle_bsn(self) -> None:
        if self.bsn_shown:
            self.bsn_shown = False
            self._show_bsn_state(True)
        else:
            self.vm.reveal_bsn()  # audited: client.bsn_shown

    def _on_bsn(self, bsn: str) -> None:
        rv = self.rv
        self.bsn_shown = bool(bsn)
        if not bsn:
            self._show_bsn_state(False)
            return
        rv.bsn_label.setText(arg(self.tr("BSN: %1"), bsn))
        rv.bsn_button.setText(self.tr("Verberg BSN"))
        rv.bsn_button.setAccessibleName(self.tr("Verberg BSN"))

    # -- archive ------------------------------------------------------------------------------

    def _ask_archive(self) -> None:
        client = self.vm.client
        if client is None:
            return
        rv = self.rv
        self._archive_target = client.archived_at is None
        if self._archive_target:
            rv.confirm_text.setText(
                self.tr(
                    "Dossier archiveren? Er wordt niets verwijderd: het dossier blijft bewaard, "
                    "maar staat niet meer in de lijst. Terugvinden kan met 'Toon gearchiveerd'."
                )
            )
            rv.confirm_yes.setText(self.tr("Ja, archiveren"))
        else:
            rv.confirm_text.setText(
                self.tr("Dossier terugzetten uit het archief? Het staat dan weer in de lijst.")
            )
            rv.confirm_yes.setText(self.tr("Ja, terugzetten"))
        rv.confirm_frame.show()
        rv.confirm_no.setFocus(Qt.FocusReason.OtherFocusReason)

    def _confirm_archive(self) -> None:
        self.rv.confirm_frame.hide()
        self.vm.set_archived(self._archive_target)
